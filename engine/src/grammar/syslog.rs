//! TLS outcome lines of Postfix, Exim and Sendmail syslogs, for the census.
//!
//! Only the lines that say which protocol a connection negotiated, or that
//! its handshake failed, are parsed here; delivery lines with codes are the
//! analyser's business.

use crate::bytemask::{find_str, find_str_at};

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_till, take_till1, take_while1},
    character::complete::char,
    combinator::{opt, peek},
    sequence::delimited,
};

use crate::types::Direction;

/// Whether `hay` holds `needle` (`str::contains` sets a searcher up for
/// each needle, which costs more than the search on a log line).
fn has(hay: &str, needle: &str) -> bool {
    find_str(hay, needle).is_some()
}

/// `hay.split_once(needle)`, by [`find_str`].
fn split_at_str<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    find_str(hay, needle).map(|at| (&hay[..at], &hay[at + needle.len()..]))
}

/// One TLS outcome read from a syslog line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsEvent<'a> {
    pub direction: Direction,
    pub host: Option<&'a str>,
    pub ip: Option<&'a str>,
    /// Normalised protocol (`TLS1.2`), when the handshake succeeded.
    pub protocol: Option<String>,
    pub cipher: Option<&'a str>,
    /// What failed, when it did (`SSL_accept`, `SSL_connect`, `TLS error`…).
    pub failure: Option<&'a str>,
    /// The server refused mail because STARTTLS was not issued.
    pub refused: bool,
    /// Exim gave up on TLS and delivers in clear text on a new connection
    /// (`delivering unencrypted to H=…`): a plain session of the same peer.
    pub clear_retry: bool,
    /// The message whose delivery the line is about (Exim's message id), if
    /// it names one: Exim writes a deferral per recipient of one connection.
    /// For Sendmail, its connection (see `sendmail_connection`).
    pub message: Option<&'a str>,
}

impl TlsEvent<'_> {
    /// Who the census counts it under (see [`peer`]).
    pub fn peer(&self) -> &str {
        peer(self.ip, self.host)
    }
}

/// Who the census counts a syslog connection under: its address (an
/// IPv4-mapped one as IPv4), else its name (a Sendmail client line names the
/// relay only), else `unknown`. A placeholder in brackets (`[x.x.x.x]`,
/// `[SERVERIP]`) is no address.
pub fn peer<'a>(ip: Option<&'a str>, host: Option<&'a str>) -> &'a str {
    use crate::grammar::protolog::{is_ip, unmapped};
    ip.map(unmapped).filter(|ip| is_ip(ip)).or(host).unwrap_or("unknown")
}

/// The program of a process tag ([`process_tag`]): `postfix/smtpd` of
/// `postfix/smtpd[4787]`. A byte search: `rsplit_once('[')` cost ~450
/// instructions a call, and a syslog line's tag is asked for several times.
pub fn program(tag: &str) -> Option<&str> {
    tag.as_bytes().iter().rposition(|&b| b == b'[').map(|at| &tag[..at])
}

/// Whether `tag` is Postfix's tlsproxy (`postfix/tlsproxy[6100]`).
pub fn is_tlsproxy(tag: &str) -> bool {
    program(tag).is_some_and(|p| p.ends_with("tlsproxy"))
}

/// Whether a process tag ([`process_tag`]) is Postfix's SMTP server:
/// `postfix/smtpd[4787]`, `postfix/submission/smtpd[9]`. It serves one
/// client at a time.
pub fn is_smtpd(tag: &str) -> bool {
    program(tag).is_some_and(|p| p.ends_with("smtpd"))
}

/// `TLSv1.2` / `TLSv1` / `TLS1.3` / `SSLv3` → `TLS1.2` / `TLS1.0` / `TLS1.3` / `SSL3.0`.
pub fn normalise_protocol(p: &str) -> String {
    let p = p.trim();
    let (family, ver) = if let Some(v) = p.strip_prefix("TLSv").or_else(|| p.strip_prefix("TLS")) {
        ("TLS", v)
    } else if let Some(v) = p.strip_prefix("SSLv").or_else(|| p.strip_prefix("SSL")) {
        ("SSL", v)
    } else {
        return p.to_string();
    };
    let ver = ver.trim_start_matches(['v', '_']).replace('_', ".");
    match ver.as_str() {
        "" | "1" if family == "TLS" => "TLS1.0".into(),
        "3" if family == "SSL" => "SSL3.0".into(),
        "2" if family == "SSL" => "SSL2.0".into(),
        v if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit() || b == b'.') => format!("{family}{v}"),
        _ => p.to_string(),
    }
}

/// `host[ip]` with an optional `:port`: `mx.example.com[192.0.2.1]:25`.
fn host_bracket_ip(i: &str) -> IResult<&str, (&str, &str)> {
    let (i, host) = take_till(|c| c == '[' || c == ' ' || c == ':').parse(i)?;
    let (i, ip) = delimited(char('['), take_till1(|c| c == ']'), char(']')).parse(i)?;
    let (i, _) = opt((char(':'), take_while1(|c: char| c.is_ascii_digit()))).parse(i)?;
    Ok((i, (host, ip)))
}

/// Postfix (`tls_misc.c`):
/// `Trusted TLS connection established to mx.example.com[192.0.2.1]:25: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)`
/// `Anonymous TLS connection established from unknown[198.51.100.7]: TLSv1 with cipher AES256-SHA (256/256 bits)`
pub fn postfix_established(line: &str) -> Option<TlsEvent<'_>> {
    let at = find_str_at(line, " TLS connection established ", 1)?;
    let rest = &line[at + " TLS connection established ".len()..];
    let parse = |i| -> IResult<&str, TlsEvent<'_>> {
        let (i, dir) = alt((tag("to "), tag("from "))).parse(i)?;
        let (i, (host, ip)) = host_bracket_ip(i)?;
        let (i, _) = tag(": ").parse(i)?;
        let (i, proto) = take_till1(|c| c == ' ').parse(i)?;
        // The version ends at a blank (` with cipher …` follows): a line cut
        // after `TLSv` or `TLSv1` says no version (QA round 47: it counted
        // as TLS 1.0).
        let (i, _) = peek(char(' ')).parse(i)?;
        let (i, cipher) = opt((tag(" with cipher "), take_till1(|c| c == ' '))).parse(i)?;
        let direction = if dir == "to " { Direction::Outbound } else { Direction::Inbound };
        Ok((
            i,
            TlsEvent {
                direction,
                host: Some(host).filter(|h| !h.is_empty()),
                ip: Some(ip),
                protocol: Some(normalise_protocol(proto)),
                cipher: cipher.map(|(_, c)| c),
                failure: None,
                refused: false,
                clear_retry: false,
                message: None,
            },
        ))
    };
    parse(rest).ok().map(|(_, e)| e)
}

const NOT_OFFERED: &str = "TLS is required, but was not offered by host ";
const REQUIRED_HOST: &str = "TLS is required, but host ";
const LOST_AFTER_STARTTLS: &str = "lost connection after STARTTLS from ";
/// The failure of [`postfix_failure`]'s `lost connection after STARTTLS`.
pub const LOST_AFTER_STARTTLS_FAILURE: &str = "lost after STARTTLS";
/// Exim's smtp transport: the server hung up in response to STARTTLS.
pub const EXIM_CLOSED_AFTER_STARTTLS: &str = "closed after STARTTLS";
/// Exim's `TLS error on connection … (recv)` / `(SSL_read)`: a read or
/// write of a session that was up, not a handshake that failed. Read for
/// its peer; the census does not count it.
pub const SESSION_IO_ERROR: &str = "TLS session error";
/// The failure of [`postfix_failure`]'s `SSL_accept error from`.
pub const SSL_ACCEPT_FAILURE: &str = "SSL_accept";

/// What OpenSSL said in Postfix's `warning: TLS library problem:
/// error:1417D18C:SSL routines:tls_process_client_hello:version too
/// low:../ssl/statem/statem_srvr.c:989:` (OpenSSL 3 leaves the function
/// out: `error:0A000102:SSL routines::unsupported protocol:…`): the reason,
/// `version too low`. The line names no peer; the process's next line does.
pub fn tls_library_problem(line: &str) -> Option<&str> {
    const MARK: &str = "TLS library problem: ";
    let at = find_str(line, MARK)? + MARK.len();
    let mut fields = line[at..].split(':');
    // error, code, library, function, reason.
    let reason = fields.nth(4)?.trim();
    (fields.next().is_some() && !reason.is_empty() && reason.len() <= 80).then_some(reason)
}

/// The program and process id a syslog line comes from (`postfix/smtpd[1096]`
/// in `Mar  3 11:39:34 mail postfix/smtpd[1096]: …`): one smtpd process
/// serves one connection at a time, so its lines in a row are that one's.
pub fn process_tag(line: &str) -> Option<&str> {
    let end = find_str(line, "]: ")? + 1;
    // The blank before the tag, a few bytes back (`memrchr`: a byte loop
    // cost 11 M instructions more in a 10 MB Postfix census, `rfind` more still).
    let start = memchr::memrchr(b' ', &line.as_bytes()[..end]).map_or(0, |s| s + 1);
    let tag = &line[start..end];
    // `prog[pid]`: a peer's `unknown[192.0.2.1]: -1` is none.
    let pid = program(tag).map(|p| &tag.as_bytes()[p.len() + 1..tag.len() - 1]);
    pid.is_some_and(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit)).then_some(tag)
}

/// Postfix's bookkeeping of a queued message, which never tells of a
/// failure: most lines of a busy server's log, passed over unread by the
/// analyser. Exactly these forms (`QUEUEID` is the queue file's name):
/// - `postfix/cleanup[1008]: DA8201E2BD: message-id=<79cb830c71c2@mx.example.net>`
/// - `postfix/qmgr[900]: DA8201E2BD: from=<user@example.net>, size=81472, nrcpt=1 (queue active)`
/// - `postfix/qmgr[900]: DA8201E2BD: removed`
/// - `postfix/pickup[1004]: DA8201E2BD: uid=1000 from=<user>`
///
/// (a second instance's `postfix-out/qmgr` too), each after its time. Not qmgr's `from=<…>,
/// status=expired, returned to sender`, nor cleanup's `reject:`,
/// `milter-reject:` or `warning:` lines, which tell of one.
pub fn postfix_bookkeeping(line: &str) -> bool {
    // A log line starts with its time: `Dec  1 00:00:01` (RFC 3164) or
    // `2026-12-01T00:00:01…` (RFC 5424); told by a few bytes, as every line
    // of a bounce's text comes here too.
    let b = line.as_bytes();
    let stamped = b.len() > 40
        && ((b[3] == b' ' && b[6] == b' ' && b[9] == b':' && b[12] == b':')
            || (b[4] == b'-' && b[7] == b'-' && b[10] == b'T'));
    if !stamped {
        return false;
    }
    let Some(tag) = process_tag(line) else { return false };
    let Some((instance, service)) = program(tag).and_then(|p| p.split_once('/')) else { return false };
    if !instance.starts_with("postfix") {
        return false;
    }
    // `: QUEUEID: `, found by bytes (a `str` search costs a searcher's setup).
    let end = tag.as_ptr() as usize - line.as_ptr() as usize + tag.len();
    let Some(rest) = line[end..].strip_prefix(": ") else { return false };
    let id = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let Some(said) = rest[id..].strip_prefix(": ").filter(|_| id >= 5) else { return false };
    let said = said.trim_end();
    let address = |s: &str| s.starts_with("from=<") && !s.contains(['(', ' ', ','].as_slice()) && s.ends_with('>');
    let number = |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    match service {
        "cleanup" => said.starts_with("message-id=") && !said.contains(' '),
        "qmgr" => {
            said == "removed"
                || said.strip_suffix(" (queue active)").and_then(|s| split_at_str(s, ", size=")).is_some_and(
                    |(from, n)| {
                        address(from)
                            && split_at_str(n, ", nrcpt=").is_some_and(|(size, rcpts)| number(size) && number(rcpts))
                    },
                )
        }
        "pickup" => said
            .strip_prefix("uid=")
            .and_then(|s| s.split_once(' '))
            .is_some_and(|(uid, from)| number(uid) && address(from)),
        _ => false,
    }
}

/// Postfix handshake failures:
/// `SSL_accept error from unknown[198.51.100.7]: -1` (smtpd, inbound) and
/// `SSL_connect error to mx.example.com[192.0.2.1]:25: -1` (smtp, outbound);
/// `SSL_accept error from unknown: -1` names no address (a client gone
/// before its name was looked up): a peer known only as `unknown`. And its
/// TLS policy failures (smtp, outbound): `TLS is required, but was not
/// offered by host h[ip]`, `TLS is required, but host h[ip] refused to
/// start TLS: …`.
pub fn postfix_failure(line: &str) -> Option<TlsEvent<'_>> {
    // By `find_str`: `str::find` sets a searcher up for each needle, which
    // cost more than the search (every line that names TLS comes here).
    let (what, dir, at) = if let Some(a) = find_str_at(line, "SSL_accept error from ", 3) {
        (SSL_ACCEPT_FAILURE, Direction::Inbound, a + "SSL_accept error from ".len())
    } else if let Some(a) = find_str_at(line, "SSL_connect error to ", 3) {
        ("SSL_connect", Direction::Outbound, a + "SSL_connect error to ".len())
    } else if let Some(a) = find_str(line, NOT_OFFERED) {
        // `status=deferred (TLS is required, but was not offered by host
        // mx.example.com[192.0.2.25])` (dsn 4.7.4): a peer that cannot do
        // TLS at all, which a census of who cannot do TLS 1.2 must list.
        ("TLS not offered", Direction::Outbound, a + NOT_OFFERED.len())
    } else if let Some(a) = find_str_at(line, LOST_AFTER_STARTTLS, 22) {
        // The client asked for TLS and left before the handshake ended: a
        // client that offers only TLS 1.0/1.1 to a server that no longer
        // takes them (`warning: TLS library problem: … version too low` or
        // `unsupported protocol` just before; openssl/openssl#22926).
        (LOST_AFTER_STARTTLS_FAILURE, Direction::Inbound, a + LOST_AFTER_STARTTLS.len())
    } else if let Some(a) = find_str(line, REQUIRED_HOST).filter(|&a| has(&line[a..], " refused to start TLS")) {
        // `TLS is required, but host mx.example.com[192.0.2.26] refused to
        // start TLS: 454 4.7.0 TLS not available due to local problem`.
        ("STARTTLS refused", Direction::Outbound, a + REQUIRED_HOST.len())
    } else {
        return None;
    };
    let rest = &line[at..];
    let (host, ip) = match host_bracket_ip(rest) {
        Ok((_, (host, ip))) => (host, Some(ip)),
        Err(_) => (rest.split([':', ' ']).next().unwrap_or(""), None),
    };
    Some(TlsEvent {
        direction: dir,
        host: Some(host).filter(|h| !h.is_empty()),
        ip,
        protocol: None,
        cipher: None,
        failure: Some(what),
        refused: false,
        clear_retry: false,
        message: None,
    })
}

/// Exim's host specification (spec, "Logging" chapter, `H=`):
/// `host-spec = [name SP] ["(" helo ")" SP] "[" ip "]" [":" port]` —
/// `mail.example.org [192.0.2.5]`, `(helo.example) [192.0.2.5]:41236`,
/// `([192.168.7.7]) [198.51.100.22]` (an address literal as HELO, which is
/// not the peer's address). Yields the verified name, if any, and the IP.
fn exim_host(i: &str) -> IResult<&str, (Option<&str>, &str)> {
    let (i, name) = opt((take_till1(|c| c == ' ' || c == '(' || c == '['), char(' '))).parse(i)?;
    let (i, _) = opt((delimited(char('('), take_till(|c| c == ')'), char(')')), char(' '))).parse(i)?;
    let (i, ip) = delimited(char('['), take_till1(|c| c == ']'), char(']')).parse(i)?;
    let (i, _) = opt((char(':'), take_while1(|c: char| c.is_ascii_digit()))).parse(i)?;
    Ok((i, (name.map(|(n, _)| n), ip)))
}

/// The verified name and the IP of an Exim host specification (see
/// [`exim_host`]); neither when it does not parse.
pub(crate) fn exim_peer(spec: &str) -> (Option<&str>, Option<&str>) {
    exim_host(spec).map_or((None, None), |(_, (h, ip))| (h, Some(ip)))
}

/// What an Exim main-log line says after its stamp (`2026-01-20 10:00:03`,
/// with `.fff` and a zone offset if logged so), process id (`[4242]`) and
/// message id, and that id: `1abcdf-000004-AB` (Exim before 4.97: base-62
/// 6-6-2) or `1abcdf-00000000004-ABCD` (6-11-4). Also through syslog
/// (`Jan 20 10:00:03 mx exim[4242]: …`). `None` when the line has neither
/// stamp: what follows is not known to be Exim's own words.
pub(crate) fn exim_said(line: &str) -> Option<(Option<&str>, &str)> {
    // `kubectl logs --prefix` names the pod and container first
    // (`[pod/exim-7d9f8b6c5-abcde/exim] 2026-01-20 …`).
    let line = match line.strip_prefix("[pod/").and_then(|r| r.split_once("] ")) {
        Some((_, rest)) => rest,
        None => line,
    };
    // A container runtime's stamp before it (`kubectl logs --timestamps`,
    // `docker logs -t`: `2026-12-06T10:05:01.555000000Z 2026-12-06 …`).
    let s = line.as_bytes();
    let stamped = s.len() > 21 && s[4] == b'-' && s[10] == b'T' && s[..4].iter().all(u8::is_ascii_digit);
    let line = if stamped { line.split_once(' ').map_or(line, |(_, rest)| rest) } else { line };
    let b = line.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let mut rest = if b.len() > 19 && digits(0..4) && b[4] == b'-' && b[10] == b' ' && b[13] == b':' && digits(17..19) {
        let mut r = &line[19..];
        // Milliseconds, then a zone offset.
        if let Some(ms) = r.strip_prefix('.') {
            r = ms.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        if let Some(z) = r.strip_prefix(" +").or_else(|| r.strip_prefix(" -")) {
            if z.len() > 4 && z.as_bytes()[..4].iter().all(u8::is_ascii_digit) && z.as_bytes()[4] == b' ' {
                r = &z[4..];
            }
        }
        r
    } else {
        // By its `x`, rarer than the blank.
        let at = find_str_at(line, " exim[", 2)?;
        let r = &line[at + 6..];
        // After `]:`, from its blank (stripped below).
        r.find("]: ").map(|e| &r[e + 2..])?
    };
    rest = rest.strip_prefix(' ')?;
    if let Some(pid) = rest.strip_prefix('[') {
        let end = pid.find("] ")?;
        pid[..end].bytes().all(|c| c.is_ascii_digit()).then_some(())?;
        rest = &pid[end + 2..];
    }
    let token = rest.split(' ').next().unwrap_or("");
    let base62 = |p: &str| p.bytes().all(|c| c.is_ascii_alphanumeric());
    let mut parts = token.split('-');
    let is_id = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(c), None) => {
            a.len() == 6
                && (6..=11).contains(&b.len())
                && (2..=4).contains(&c.len())
                && [a, b, c].iter().all(|p| base62(p))
        }
        _ => false,
    };
    if is_id {
        return Some((Some(token), rest.get(token.len() + 1..).unwrap_or("")));
    }
    Some((None, rest))
}

/// The call named in `TLS session: (SSL_connect): …` (`gnutls_handshake`
/// in GnuTLS builds), else `TLS session` (`TLS session: (certificate
/// verification failed)`, `TLS session failure:`).
fn exim_call(text: &str) -> &str {
    match text.strip_prefix("TLS session: (").and_then(|r| r.split_once(')')) {
        Some((call, _)) if !call.is_empty() && call.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => call,
        _ => "TLS session",
    }
}

/// Exim's smtp transport (the client side) failing to set up TLS
/// (EXIM-SRC transports/smtp.c; FACTS E.2), in Exim's own words only
/// (never a subject or a remote server's reply that quotes them):
/// - a deferral or failure whose reason, right after the host, is Exim's:
///   `== a@example.net R=dnslookup T=remote_smtp defer (-37) H=mx.example.net [203.0.113.5]: TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol`,
///   `… H=mx.example.net [203.0.113.5]: a TLS session is required, but the server did not offer TLS support`
///   (or `… but an attempt to start TLS failed`);
/// - the retry in clear text, a line of its own:
///   `TLS session: (certificate verification failed): certificate invalid: delivering unencrypted to H=smtp.example.net [192.0.2.117] (not in hosts_require_tls)`
///   (or `TLS session failure: delivering unencrypted to …`).
///
/// The failure is the OpenSSL/GnuTLS call named in parentheses
/// (`SSL_connect`, `gnutls_handshake`), else `TLS session`; a server that
/// does not offer TLS is `TLS not offered`, as Postfix's is.
fn exim_client_failure<'a>(message: Option<&'a str>, said: &'a str) -> Option<TlsEvent<'a>> {
    const REQUIRED: &str = "a TLS session is required, but ";
    const CLEAR: &str = "delivering unencrypted to H=";
    let (failure, host_spec, clear_retry) = if said.starts_with("== ") || said.starts_with("** ") {
        // The reason follows the host (and any `I=`/port fields after it).
        let at = said.find(" H=")?;
        let spec = &said[at + 3..];
        let (after, _) = exim_host(spec).ok()?;
        let (between, reason) = after.split_once(": ")?;
        if between.contains('"') || between.len() > 100 {
            return None;
        }
        let failure = if let Some(why) = reason.strip_prefix(REQUIRED) {
            if why.starts_with("the server did not offer TLS") {
                "TLS not offered"
            } else if why.starts_with("an attempt to start TLS failed") {
                "STARTTLS failed"
            } else {
                "TLS session"
            }
        } else if reason.starts_with("TLS session: (") {
            exim_call(reason)
        } else if reason.starts_with("Remote host closed connection in response to STARTTLS") {
            // No handshake began (QA round 23: the census missed it).
            EXIM_CLOSED_AFTER_STARTTLS
        } else {
            return None;
        };
        (failure, spec, false)
    } else if let Some(ts) = said
        .starts_with("TLS session")
        .then_some(said)
        // With the host first (`H=mx.example.net [192.0.2.7]: TLS session: …`).
        .or_else(|| said.strip_prefix("H=").and_then(|r| r.find(": TLS session").map(|i| &r[i + 2..])))
    {
        let at = ts.find(CLEAR)?;
        (exim_call(ts), &ts[at + CLEAR.len()..], true)
    } else {
        return None;
    };
    let (host, ip) = exim_peer(host_spec);
    Some(TlsEvent {
        direction: Direction::Outbound,
        host,
        ip,
        protocol: None,
        cipher: None,
        failure: Some(failure),
        refused: false,
        clear_retry,
        message,
    })
}

/// Exim: the `X=` field of a reception (`<=`) or delivery (`=>`) line,
/// `... H=mail.example.com [192.0.2.1] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes ...`,
/// and `TLS error on connection from mail.example.com [192.0.2.1]:25 (SSL_accept): ...`.
/// A `->` line is another recipient of the delivery on the `=>` line above
/// it (same connection), so it is not another connection.
pub fn exim(line: &str) -> Option<TlsEvent<'_>> {
    let said = exim_said(line);
    if let Some(e) = said.and_then(|(message, said)| exim_client_failure(message, said)) {
        return Some(e);
    }
    // Exim's own fields come before the first quote: a subject (`T="…"`) or
    // a server's reply (`C="…"`) may say anything.
    let own = &line[..line.find('"').unwrap_or(line.len())];
    let message = said.and_then(|(id, _)| id);
    if let Some(a) = own.find("TLS error on connection ") {
        let rest = &own[a + "TLS error on connection ".len()..];
        let (rest, dir) = if let Some(r) = rest.strip_prefix("from ") {
            (r, Direction::Inbound)
        } else if let Some(r) = rest.strip_prefix("to ") {
            (r, Direction::Outbound)
        } else {
            return None;
        };
        let (host, ip) = exim_peer(rest);
        let failure = if exim_io_error(rest) {
            // The session was up: the reception or delivery line of its
            // message counted it, with its version (QA round 47: a client
            // that hung up without close_notify counted a second session).
            // Its peer and side are still the line's (the census skips it).
            SESSION_IO_ERROR
        } else {
            // A client refused for offering only old versions is named by
            // OpenSSL's reason, as Postfix's are (QA round 47): the census
            // marks it legacy.
            let legacy = ["version too low", "unsupported protocol"].into_iter().find(|r| rest.contains(r));
            legacy.filter(|_| dir == Direction::Inbound).unwrap_or("TLS error")
        };
        return Some(TlsEvent {
            direction: dir,
            host,
            ip,
            protocol: None,
            cipher: None,
            failure: Some(failure),
            refused: false,
            clear_retry: false,
            message,
        });
    }
    // A delivery that failed (`**`) or was deferred (`==`) after TLS was
    // set up names its `X=` too.
    let failed = said.is_some_and(|(_, s)| s.starts_with("** ") || s.starts_with("== "));
    let dir = if own.contains(" <= ") {
        Direction::Inbound
    } else if own.contains(" => ") || failed {
        Direction::Outbound
    } else {
        return None;
    };
    let x = own.find(" X=")? + 3;
    let field = own[x..].split(' ').next()?;
    let mut parts = field.splitn(2, ':');
    let proto = parts.next()?;
    if !(proto.starts_with("TLS") || proto.starts_with("SSL")) {
        return None;
    }
    let cipher = parts.next().map(|c| c.rsplit_once(':').map_or(c, |(c, _)| c));
    let (host, ip) = own.find(" H=").map_or((None, None), |h| exim_peer(&own[h + 3..]));
    Some(TlsEvent {
        direction: dir,
        host,
        ip,
        protocol: Some(normalise_protocol(proto)),
        cipher,
        failure: None,
        refused: false,
        clear_retry: false,
        // Outbound: with its message, so that the lines of one connection
        // count once (`=>` and `**` for two recipients of one message).
        message: if dir == Direction::Outbound { message } else { None },
    })
}

/// Whether an Exim `TLS error on connection from … (op): …` names a read or
/// write of an established session (`recv`, `send`: GnuTLS; `SSL_read`,
/// `SSL_write`: OpenSSL), not its handshake (`SSL_accept`, `SSL_connect`,
/// `gnutls_handshake`).
fn exim_io_error(rest: &str) -> bool {
    let Some((before, _)) = rest.split_once("):") else { return false };
    let op = before.rsplit_once(" (").map_or("", |(_, op)| op);
    matches!(op, "recv" | "send" | "SSL_read" | "SSL_write")
}

/// An Exim `->` line with the connection's TLS fields: another recipient
/// of the delivery on the `=>` line above it, over the same connection
/// (`… -> b@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.7] X=TLS1.0:…`).
/// What it says about TLS was said by that line.
pub fn exim_more_recipients(line: &str) -> bool {
    // By their rarer bytes (`>`, `X`): a blank is every few bytes.
    let at = |needle, anchor| find_str_at(line, needle, anchor);
    at(" -> ", 2).is_some() && at(" X=", 1).is_some() && at(" => ", 2).is_none()
}

/// What a line that sums up a connection says about its encryption, when
/// it is the only word on it (see [`session_end`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encryption {
    /// No STARTTLS: the connection was clear text throughout.
    Plain,
    /// TLS was negotiated; no line of this log names its version.
    TlsVersionNotLogged,
    /// STARTTLS was tried and did not complete.
    TlsNotCompleted,
    /// Not known: a wrapper-mode client gone before its first command.
    Unknown,
}

/// A connection summed up by Postfix's server or Exim, for the census's
/// clear-text sessions (TLS lines count the others):
/// - Postfix 3's smtpd at its end (`disconnect from host[192.0.2.1] ehlo=1
///   mail=1 rcpt=1 data=1 quit=1 commands=5`): its command counters say
///   whether STARTTLS came (`starttls=1`) or failed (`starttls=0/1`); a
///   service in wrapper mode (`smtps`, `submissions`) is TLS from its first
///   byte. Earlier versions write no counters: nothing is said.
/// - Exim's reception (`<= a@example.org H=mx.example.org [192.0.2.1]
///   P=esmtp S=1234`): its protocol is `esmtps`/`esmtpsa` under TLS,
///   `smtp`/`esmtp`/`esmtpa` in clear; and its delivery (`=> b@example.net
///   R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.7]`) without the
///   `X=` field TLS adds. A line with `X=` is [`exim`]'s; a delivery down a
///   connection already used (`[192.0.2.7]*`) is no new session.
///
/// `process` is Postfix's (`postfix/smtpd[4242]`): its TLS lines may have
/// counted this connection already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionEnd<'a> {
    pub direction: Direction,
    pub host: Option<&'a str>,
    pub ip: &'a str,
    pub encryption: Encryption,
    pub process: Option<&'a str>,
    /// Sendmail's process (`sm-mta[3001]`): it forks one per connection and
    /// logs a reception per message, so its receptions from one peer are
    /// one session.
    pub connection: Option<&'a str>,
}

pub fn session_end(line: &str) -> Option<SessionEnd<'_>> {
    if let Some(at) = find_str(line, "]: disconnect from ") {
        let process = process_tag(line).filter(|t| is_smtpd(t))?;
        let (counters, (host, ip)) = host_bracket_ip(&line[at + "]: disconnect from ".len()..]).ok()?;
        if !counters.contains(" commands=") {
            return None;
        }
        // `starttls=1` (done), `starttls=0/1` (one try, none done).
        let done = |name: &str| {
            counters.split(' ').find_map(|c| c.strip_prefix(name)).map(|v| v.split('/').next().unwrap_or(""))
        };
        let wrapper = process.contains("/smtps/") || process.contains("/submissions/");
        let encryption = match done("starttls=") {
            Some("0") => Encryption::TlsNotCompleted,
            Some(_) => Encryption::TlsVersionNotLogged,
            // Its TLS came before any command: with none (`commands=0/0`),
            // whether the handshake was made is not known.
            None if wrapper && done("commands=") == Some("0") => Encryption::Unknown,
            None if wrapper => Encryption::TlsVersionNotLogged,
            None => Encryption::Plain,
        };
        let host = Some(host).filter(|h| !h.is_empty() && *h != "unknown");
        return Some(SessionEnd {
            direction: Direction::Inbound,
            host,
            ip,
            encryption,
            process: Some(process),
            connection: None,
        });
    }
    // Sendmail's own lines only (`sm-mta[3001]:`, `sendmail[3001]:`): the
    // search of every other line cost 0.6 % of a Postfix census.
    if sendmail_line(line) {
        if let Some(at) = find_str(line, ", proto=") {
            return sendmail_reception(line, at);
        }
    }
    let (_, said) = exim_said(line)?;
    let direction = if said.starts_with("<= ") {
        Direction::Inbound
    } else if said.starts_with("=> ") {
        Direction::Outbound
    } else {
        return None;
    };
    // Exim's own fields come before the first quote (see [`exim`]).
    let own = &said[..said.find('"').unwrap_or(said.len())];
    if own.contains(" X=") {
        return None;
    }
    let spec = &own[own.find(" H=")? + 3..];
    let (after, (host, ip)) = exim_host(spec).ok()?;
    let encryption = if direction == Direction::Inbound {
        let protocol = own.split(' ').find_map(|f| f.strip_prefix("P="))?;
        match protocol {
            "smtp" | "esmtp" | "esmtpa" => Encryption::Plain,
            "esmtps" | "esmtpsa" => Encryption::TlsVersionNotLogged,
            // `local`, `local-smtp`, a batch: no connection from a peer.
            _ => return None,
        }
    } else {
        if after.starts_with('*') || !own.contains(" T=") {
            return None;
        }
        Encryption::Plain
    };
    Some(SessionEnd { direction, host, ip, encryption, process: None, connection: None })
}

/// Whether a syslog line is Sendmail's: its tag, within the prefix,
/// names `sm-mta` (Debian's) or `sendmail`.
fn sendmail_line(line: &str) -> bool {
    // The first `[` of a syslog line opens its process id.
    let b = line.as_bytes();
    memchr::memchr(b'[', &b[..b.len().min(128)])
        .is_some_and(|at| b[..at].ends_with(b"sm-mta") || b[..at].ends_with(b"sendmail"))
}

/// Sendmail's reception of a message from a peer (`from=<a@example.org>,
/// size=800, …, proto=ESMTP, daemon=MTA, relay=mail.example.org
/// [192.0.2.53]`): its protocol says whether the connection was under TLS
/// (RFC 3848: `ESMTPS`, `ESMTPSA`), which its `STARTTLS=server` line counted
/// with its version, or in clear text (`SMTP`, `ESMTP`, `ESMTPA`): a plain
/// session, as Exim's `P=esmtp` is (QA round 47). `at`: where `, proto=` is.
fn sendmail_reception(line: &str, at: usize) -> Option<SessionEnd<'_>> {
    let rest = &line[at + ", proto=".len()..];
    let protocol = rest.split(", ").next().unwrap_or("");
    if !matches!(protocol, "SMTP" | "ESMTP" | "ESMTPA") || !line[..at].contains(": from=") {
        return None;
    }
    let relay = rest.find("relay=").map(|r| &rest[r + "relay=".len()..])?;
    let relay = relay.split(", ").next().unwrap_or("");
    // The local submission program hands every local message to the MTA
    // on the loopback address (`relay=localhost [127.0.0.1]`): no peer.
    let ip = bracketed_ip(relay).filter(|ip| !ip.starts_with("127.") && *ip != "::1")?;
    let host = relay.split([' ', '[']).next().map(|h| h.trim_end_matches('.')).filter(|h| !h.is_empty());
    Some(SessionEnd {
        direction: Direction::Inbound,
        host,
        ip,
        encryption: Encryption::Plain,
        process: None,
        connection: process_tag(line),
    })
}

/// Sendmail: `STARTTLS=client, relay=mx.example.com., version=TLSv1.2, verify=OK, cipher=ECDHE-RSA-AES256-GCM-SHA384, bits=256/256`
/// and `STARTTLS=server, relay=host [192.0.2.1], version=TLSv1, verify=NO, ...`; failures
/// `STARTTLS=client, error: connect failed=0, SSL_error=5` / `STARTTLS=server, error: accept failed=...`.
pub fn sendmail(line: &str) -> Option<TlsEvent<'_>> {
    // Sendmail as the client (outbound) or the server (inbound): its TLS
    // lines, or its TLS policy check refusing the connection after STARTTLS.
    const TAGS: [(&str, Direction, bool); 4] = [
        ("ruleset=tls_server,", Direction::Outbound, true),
        ("ruleset=tls_client,", Direction::Inbound, true),
        ("STARTTLS=client", Direction::Outbound, false),
        ("STARTTLS=server", Direction::Inbound, false),
    ];
    let (rest, direction, policy) =
        TAGS.iter().find_map(|&(tag, d, policy)| line.find(tag).map(|at| (&line[at + tag.len()..], d, policy)))?;
    let value = |key: &str| -> Option<&str> {
        let k = rest.find(key)? + key.len();
        Some(rest[k..].split(", ").next().unwrap_or("").trim())
    };
    let relay = value("relay=");
    // `relay=host [ip]`, `relay=[IPv6:…]`, or a bare `relay=IPv6:…`.
    let bare = relay.filter(|r| r.starts_with("IPv6:")).and_then(address_literal);
    let ip = relay.and_then(bracketed_ip).or(bare);
    let host = relay
        .filter(|_| bare.is_none())
        .and_then(|r| r.split([' ', '[']).next())
        .map(|h| h.trim_end_matches('.'))
        .filter(|h| !h.is_empty());
    if policy {
        return rest.contains(" reject=").then(|| TlsEvent {
            direction,
            host,
            ip,
            protocol: None,
            cipher: None,
            failure: Some(sendmail_verify(value("arg1="))),
            refused: false,
            clear_retry: false,
            message: sendmail_connection(line),
        });
    }
    if rest.contains(", error:") {
        let what = if direction == Direction::Outbound { "STARTTLS=client error" } else { "STARTTLS=server error" };
        return Some(TlsEvent {
            direction,
            host,
            ip,
            protocol: None,
            cipher: None,
            failure: Some(what),
            refused: false,
            clear_retry: false,
            message: sendmail_connection(line),
        });
    }
    // `version=` is `${tls_version}`. Current Sendmail fills it from
    // `SSL_get_version()`: the protocol negotiated (`TLSv1` … `TLSv1.3`).
    // Older releases took `SSL_CIPHER_get_version()`, the protocol that
    // introduced the cipher, which OpenSSL before 1.1 names `TLSv1/SSLv3`
    // for every SSLv3-era cipher, whatever was negotiated (TLS 1.2 with
    // AES256-SHA too): that name is kept as it is, not read as TLS 1.0.
    let version = value("version=")?;
    Some(TlsEvent {
        direction,
        host,
        ip,
        protocol: Some(normalise_protocol(version)),
        cipher: value("cipher="),
        failure: None,
        refused: false,
        clear_retry: false,
        message: None,
    })
}

/// What tells one Sendmail connection's lines from another's: the line up
/// to its process (`Dec  4 10:24:32 c.spam.sonic.net sendmail[32283]:`,
/// time, host and pid). A failed handshake is logged twice, the policy
/// check (with the relay) and `STARTTLS=client, error: …` (without), both
/// of one connection.
pub(crate) fn sendmail_connection(line: &str) -> Option<&str> {
    let end = line.find("]: ")? + 2;
    line[..end].contains('[').then_some(&line[..end])
}

/// Sendmail's TLS policy check refusing a connection after STARTTLS:
/// `ruleset=tls_server, arg1=SOFTWARE, relay=goransoncpa-com.mail.eo.outlook.com, reject=403 4.7.0 TLS handshake failed.`
/// (`tls_server`: Sendmail as the client, checking the server it sends to;
/// `tls_client`: as the server, checking a client), a failure of the peer
/// `relay=` names (a name alone, mostly). `arg1` is `${verify}`: `SOFTWARE`
/// the handshake itself failed, `FAIL` the certificate did not verify, `NO`
/// none was presented, `NONE` STARTTLS was not done (cf/README).
fn sendmail_verify(arg1: Option<&str>) -> &'static str {
    match arg1 {
        Some("SOFTWARE") => "TLS handshake failed (verify=SOFTWARE)",
        Some("FAIL") => "certificate not verified (verify=FAIL)",
        Some("NO") => "no certificate (verify=NO)",
        Some("NONE") => "no STARTTLS (verify=NONE)",
        _ => "refused by TLS policy",
    }
}

/// A STARTTLS-required refusal in a Postfix log, either side:
/// `NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 530 5.7.0 Must issue a STARTTLS command first; …` (smtpd, inbound) or
/// `… relay=mx.example.com[192.0.2.1]:25, … status=bounced (host mx.example.com[192.0.2.1] said: 530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command))` (smtp, outbound).
pub fn starttls_refusal(line: &str) -> Option<TlsEvent<'_>> {
    let refusal = find_str_at(line, "Must issue a STARTTLS command first", 13).is_some()
        || (has(line, "5.7.3") || has(line, "5.7.0")) && has(line, "STARTTLS is required");
    if !refusal {
        return None;
    }
    let (direction, at) = if let Some(a) = line.find(" from ").filter(|_| line.contains("reject:")) {
        (Direction::Inbound, a + " from ".len())
    } else if let Some(a) = line.find("relay=") {
        (Direction::Outbound, a + "relay=".len())
    } else {
        return None;
    };
    let (_, (host, ip)) = host_bracket_ip(&line[at..]).ok()?;
    Some(TlsEvent {
        direction,
        host: Some(host).filter(|h| !h.is_empty()),
        ip: Some(ip),
        protocol: None,
        cipher: None,
        failure: None,
        refused: true,
        clear_retry: false,
        message: None,
    })
}

/// `[192.0.2.1]` somewhere in the text → the IP; Sendmail writes an IPv6
/// peer as `[IPv6:2001:db8::1]` (RFC 5321 §4.1.3 address literal).
/// A Sendmail delivery line's relay with its address, `(name, ip)`:
/// `sm-mta[7423]: x89Bx1iP007421: to=<u@gmail.com>, …, relay=gmail-smtp-in.l.google.com. [142.250.1.26], dsn=2.0.0, stat=Sent (…)`.
/// `None` when the relay is an address alone or the address is no IP
/// (a redacted `[IP_address]`).
pub fn relay_with_address(line: &str) -> Option<(&str, &str)> {
    let at = crate::bytemask::find_str(line, "relay=")? + "relay=".len();
    let relay = line[at..].split(", ").next().unwrap_or("");
    let (host, rest) = relay.split_once(" [")?;
    let ip = bracketed_ip(&relay[host.len()..])?;
    let host = host.trim();
    (!host.is_empty() && !host.starts_with('[') && rest.ends_with(']') && crate::grammar::protolog::is_ip(ip))
        .then_some((host, ip))
}

fn bracketed_ip(s: &str) -> Option<&str> {
    let a = s.find('[')? + 1;
    let b = s[a..].find(']')? + a;
    address_literal(&s[a..b])
}

/// An IP as written in an address literal, without its `IPv6:` tag.
fn address_literal(ip: &str) -> Option<&str> {
    let ip = ip.strip_prefix("IPv6:").or_else(|| ip.strip_prefix("ipv6:")).unwrap_or(ip);
    ip.bytes().all(|c| c.is_ascii_hexdigit() || c == b'.' || c == b':').then_some(ip).filter(|i| !i.is_empty())
}

/// A refusal this server made to a client that connected to it (the
/// inbound side), not a refusal of its own mail: Postfix's
/// `postfix/smtpd[1040]: NOQUEUE: reject: RCPT from unknown[203.0.113.99]: 554 5.7.1 Service unavailable; Client host [203.0.113.99] blocked using zen.spamhaus.org; …`
/// (`MAIL from`, `CONNECT from`, `DATA from`, … alike; `postfix/postscreen` too, and its
/// `DNSBL rank 3 for [203.0.113.70]:51234`), Exim's
/// `H=(spammer) [203.0.113.66] F=<x@spam.example> rejected RCPT <u@contoso.example>: …`
/// (`rejected MAIL`, `EHLO`, `HELO`, `connection`, `after DATA`), and Sendmail's
/// `ruleset=check_rcpt, arg1=<u@contoso.example>, relay=[203.0.113.5], reject=550 5.7.1 …`
/// (`check_relay`, `check_mail`: its checks of incoming SMTP); also smtpd's
/// warnings about a client's name.
pub fn refusal_of_client(line: &str) -> bool {
    // smtpd's checks of a client's name (forward-confirmed reverse DNS)
    // warn too: `warning: hostname host.example does not resolve to address 198.51.100.60: …`.
    // Asked of most syslog lines: each search only as far as it decides
    // (`find_str`, by a needle's rarer byte where its first is common).
    let at = |needle: &str, anchor: usize| find_str_at(line, needle, anchor).is_some();
    let postfix = || {
        (at("/smtpd[", 0) || at("/postscreen[", 0))
            && (at(" reject: ", 7)
                || at(" DNSBL rank ", 1)
                || at("warning: hostname ", 7) && at(" does not resolve to address ", 1)
                || at("warning: ", 7) && at(" address not listed for hostname ", 1))
    };
    let exim = || {
        at("H=", 0)
            && [
                " rejected RCPT",
                " rejected MAIL",
                " rejected EHLO",
                " rejected HELO",
                " rejected connection",
                " rejected after DATA",
            ]
            .iter()
            .any(|w| at(w, 1))
    };
    let sendmail = || at("ruleset=check_", 13) && at("reject=", 6);
    // The SPF policy service of Postfix (`policyd-spf[2013]: 550 5.7.23 Message
    // rejected due to: SPF fail - not authorized.`) checks incoming mail only.
    let policy = || at("policyd-spf[", 5);
    postfix() || exim() || sendmail() || policy()
}

/// Any of the above.
pub fn tls_event(line: &str) -> Option<TlsEvent<'_>> {
    // `SSL`: Exim's `X=SSLv3:…`, Postfix's `SSL_accept error`.
    if !has(line, "TLS") && !has(line, "SSL") && find_str_at(line, "=tls_", 4).is_none() {
        return None;
    }
    postfix_established(line)
        .or_else(|| postfix_failure(line))
        .or_else(|| starttls_refusal(line))
        .or_else(|| exim(line))
        .or_else(|| sendmail(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_summed_up_say_whether_they_were_encrypted() {
        use Direction::{Inbound as In, Outbound as Out};
        use Encryption::*;
        let pf = "Jul  1 23:07:47 mx postfix/smtpd[29729]: disconnect from scan.example[198.51.100.62]";
        let exim = "2026-01-20 10:00:09 1vAbCd-000009-AB";
        let mx = "R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.7]";
        for (line, want) in [
            (format!("{pf} ehlo=1 quit=1 commands=2"), Some((In, "198.51.100.62", Plain))),
            (format!("{pf} ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7"), Some((In, "198.51.100.62", TlsVersionNotLogged))),
            (format!("{pf} ehlo=1 starttls=0/1 commands=1/2"), Some((In, "198.51.100.62", TlsNotCompleted))),
            // Postfix 2 writes no counters; smtps is TLS from the first byte,
            // not known when no command came.
            (pf.to_string(), None),
            ("Jul  1 23:07:47 mx postfix/smtps/smtpd[9]: disconnect from a[192.0.2.4] commands=0/0".into(), Some((In, "192.0.2.4", Unknown))),
            (
                "Jul  1 23:07:47 mx postfix/smtps/smtpd[9]: disconnect from a[192.0.2.4] ehlo=1 auth=1 quit=1 commands=3".into(),
                Some((In, "192.0.2.4", TlsVersionNotLogged)),
            ),
            (format!("{exim} <= f@d.example H=(helo) [177.27.244.99] P=esmtpa A=fixed_plain:f S=10"), Some((In, "177.27.244.99", Plain))),
            (format!("{exim} <= f@d.example H=m.example [192.0.2.2] P=esmtps X=TLS1.2:ECDHE:256 S=10"), None),
            (format!("{exim} <= f@d.example U=root P=local S=10"), None),
            (format!("{exim} => b@example.net {mx} C=\"250 OK\""), Some((Out, "192.0.2.7", Plain))),
            // Sendmail's reception: its protocol says TLS or clear text (RFC 3848).
            (
                "Jan  3 09:00:00 mx4 sm-mta[13001]: 5031A0pQ013001: from=<h@plain.example>, size=800, class=0, nrcpts=1, msgid=<p2@plain.example>, proto=ESMTP, daemon=MTA, relay=mail.plain.example [192.0.2.53]".to_string(),
                Some((In, "192.0.2.53", Plain)),
            ),
            ("Jan  3 09:00:00 mx4 sm-mta[13001]: 5031A0pQ013001: from=<h@tls.example>, size=800, class=0, nrcpts=1, msgid=<p3@tls.example>, proto=ESMTPS, daemon=MTA, relay=mail.tls.example [192.0.2.54]".to_string(), None),
            ("Jan  3 09:00:00 mx4 sm-mta[13001]: 5031A0pQ013001: from=<root@example.org>, size=500, class=0, nrcpts=1, msgid=<q1@example.org>, proto=ESMTP, daemon=MTA, relay=localhost [127.0.0.1]".to_string(), None),
            // Down a connection already counted; a local delivery.
            (format!("{exim} => b@example.net {mx}* C=\"250 OK\""), None),
            (format!("{exim} => u <u@example.org> R=local_user T=local_delivery"), None),
        ] {
            let got = session_end(&line).map(|e| (e.direction, e.ip, e.encryption));
            assert_eq!(got, want, "{line}");
        }
    }

    #[test]
    fn the_spf_policy_service_refuses_clients() {
        // QA round 13: a critical "your SPF record" finding for this server's own check.
        assert!(refusal_of_client(
            "mi-gcorp-infra policyd-spf[2013]: 550 5.7.23 Message rejected due to: SPF fail - not authorized."
        ));
        assert!(!refusal_of_client(
            "postfix/smtp[77]: 0AB: to=<a@example.org>, status=bounced (host mx[192.0.2.1] said: 550 5.7.23 SPF fail)"
        ));
    }

    #[test]
    fn postfix_bookkeeping_is_its_exact_forms() {
        let at = "Dec  1 00:00:01 mail ";
        for (said, want) in [
            ("postfix/cleanup[1008]: DA8201E2BD: message-id=<79cb830c71c2@mx231.example.net>", true),
            (
                "postfix/qmgr[900]: DA8201E2BD: from=<user644@mx231.example.net>, size=81472, nrcpt=1 (queue active)",
                true,
            ),
            ("postfix/qmgr[900]: DA8201E2BD: from=<>, size=3011, nrcpt=1 (queue active)", true),
            ("postfix/qmgr[900]: DA8201E2BD: removed", true),
            ("postfix-out/qmgr[901]: 4bQ7Xh2Lq9z9tZ1: removed", true),
            ("postfix/pickup[1004]: DA8201E2BD: uid=1000 from=<user>", true),
            // Lines that tell of a failure, or of more than the message's course.
            ("postfix/qmgr[900]: DA8201E2BD: from=<a@example.net>, status=expired, returned to sender", false),
            (
                "postfix/cleanup[1008]: DA8201E2BD: milter-reject: END-OF-MESSAGE from x[192.0.2.1]: 5.7.1 Spam; from=<a@b> to=<c@d>",
                false,
            ),
            (
                "postfix/cleanup[1008]: DA8201E2BD: reject: header Subject: x from x[192.0.2.1]; from=<a@b> to=<c@d>: 5.7.1 no",
                false,
            ),
            ("postfix/cleanup[1008]: warning: DA8201E2BD: message-id=<x>", false),
            ("postfix/qmgr[900]: DA8201E2BD: from=<a@example.net>, size=1, nrcpt=1 (queue active) SocketError", false),
            ("postfix/qmgr[900]: warning: qmgr_active_corrupt: save corrupt file queue active id DA8201E2BD", false),
            ("postfix/smtp[1010]: DA8201E2BD: removed", false),
            ("postfix/smtpd[1001]: DA8201E2BD: client=mx231.example.net[198.51.238.116]", false),
            ("sendmail[900]: DA8201E2BD: removed", false),
            ("postfix/qmgr[900]: DA82: removed", false),
        ] {
            assert_eq!(postfix_bookkeeping(&format!("{at}{said}")), want, "{said}");
        }
        // RFC 5424's time; a line without one is read as any other.
        assert!(postfix_bookkeeping("2026-12-01T00:00:01.123456+00:00 mail postfix/qmgr[900]: DA8201E2BD: removed"));
        assert!(!postfix_bookkeeping("mail postfix/qmgr[900]: DA8201E2BD: removed, then more words"));
    }

    #[test]
    fn sendmail_tls_policy_refusals_are_failures_of_their_peer() {
        let e = tls_event("Dec  4 10:24:32 c.spam.sonic.net sendmail[32283]: ruleset=tls_server, arg1=SOFTWARE, relay=goransoncpa-com.mail.eo.outlook.com, reject=403 4.7.0 TLS handshake failed.").unwrap();
        assert_eq!(
            (e.direction, e.host, e.ip),
            (Direction::Outbound, Some("goransoncpa-com.mail.eo.outlook.com"), None)
        );
        assert_eq!(e.failure, Some("TLS handshake failed (verify=SOFTWARE)"));
        let e = tls_event("Jan 20 10:00:06 mx2 sm-mta[77]: ruleset=tls_client, arg1=FAIL, relay=mail.example.net [192.0.2.8], reject=403 4.7.0 not authenticated.").unwrap();
        assert_eq!(
            (e.direction, e.ip, e.failure),
            (Direction::Inbound, Some("192.0.2.8"), Some("certificate not verified (verify=FAIL)"))
        );
        // Other rulesets are not about TLS.
        assert!(tls_event("sendmail[77]: ruleset=check_rcpt, arg1=<u@x.example>, relay=[192.0.2.5], reject=550 5.7.1 Relaying denied").is_none());
    }

    #[test]
    fn refusals_of_clients_are_told_from_refusals_of_our_mail() {
        for line in [
            "Jan 20 10:00:13 mx1 postfix/smtpd[1040]: NOQUEUE: reject: RCPT from unknown[203.0.113.99]: 554 5.7.1 Service unavailable; Client host [203.0.113.99] blocked using zen.spamhaus.org; from=<s@bad.example> to=<u@contoso.example> proto=ESMTP helo=<bad>",
            "Jan 20 10:00:04 mx1 postfix/postscreen[906]: DNSBL rank 3 for [203.0.113.70]:51234",
            "Jan 20 10:00:05 mx1 postfix-in/postscreen[906]: NOQUEUE: reject: RCPT from [203.0.113.70]:51234: 550 5.7.1 Service unavailable; client [203.0.113.70] blocked using zen.spamhaus.org",
            "2026-01-20 10:00:08 H=(spammer) [203.0.113.66] F=<x@spam.example> rejected RCPT <u@contoso.example>: JunkMail rejected - 203.0.113.66 is in an RBL",
            "Jan 20 10:00:09 mx1 sendmail[77]: u0KA09: ruleset=check_rcpt, arg1=<u@contoso.example>, relay=[203.0.113.5], reject=550 5.7.1 <u@contoso.example>... Relaying denied",
            "Jan 20 10:00:16 mx1 postfix/smtpd[1050]: warning: hostname host.example does not resolve to address 198.51.100.60: Name or service not known",
            "Jan 20 10:00:17 mx1 postfix/smtpd[1050]: warning: 198.51.100.61: address not listed for hostname mail.example.net",
        ] {
            assert!(refusal_of_client(line), "{line}");
        }
        for line in [
            // Our mail refused by the other side.
            "Jan 20 10:00:13 mx1 postfix/smtp[2040]: 4F2C1: to=<u@example.net>, relay=mx.example.net[192.0.2.1]:25, status=bounced (host mx.example.net[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [198.51.100.2] blocked using zen.spamhaus.org (in reply to RCPT TO command))",
            "2026-01-20 10:00:08 1abcde-000001-AB ** u@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<u@example.net>: 550 5.7.1 rejected: listed at zen.spamhaus.org",
            "Jan 20 10:00:09 mx1 sendmail[77]: u0KA09: ruleset=tls_server, arg1=SOFTWARE, relay=mx.example.net, reject=403 4.7.0 TLS handshake failed.",
        ] {
            assert!(!refusal_of_client(line), "{line}");
        }
    }

    #[test]
    fn a_client_lost_after_starttls_is_a_failure_of_that_client() {
        let e = tls_event("postfix/smtpd[1920086]: lost connection after STARTTLS from mail-db8eur05olkn2025.outbound.protection.outlook.com[40.92.89.25]").unwrap();
        assert_eq!(
            (e.direction, e.host, e.ip, e.failure),
            (
                Direction::Inbound,
                Some("mail-db8eur05olkn2025.outbound.protection.outlook.com"),
                Some("40.92.89.25"),
                Some(LOST_AFTER_STARTTLS_FAILURE)
            )
        );
        // Lost after another command: not TLS.
        assert!(tls_event("postfix/smtpd[7]: lost connection after EHLO from x[192.0.2.1]").is_none());
        let old = "Mar  3 11:39:34 mail postfix/smtpd[1096]: warning: TLS library problem: error:1417D18C:SSL routines:tls_process_client_hello:version too low:../ssl/statem/statem_srvr.c:989:";
        assert_eq!(tls_library_problem(old), Some("version too low"));
        assert_eq!(process_tag(old), Some("postfix/smtpd[1096]"));
        let v3 = "postfix/smtpd[1920086]: warning: TLS library problem: error:0A000102:SSL routines::unsupported protocol:../ssl/statem/statem_srvr.c:1657:";
        assert_eq!(tls_library_problem(v3), Some("unsupported protocol"));
        assert_eq!(process_tag(v3), Some("postfix/smtpd[1920086]"));
        assert_eq!(tls_library_problem("warning: TLS library problem: oops"), None);
        assert_eq!(process_tag("no tag here: x"), None);
        assert_eq!(process_tag("SSL_accept error from unknown[172.22.1.1]: -1"), None);
    }

    #[test]
    fn protocols_normalise() {
        for (raw, want) in [
            ("TLSv1", "TLS1.0"),
            ("TLSv1.1", "TLS1.1"),
            ("TLSv1.2", "TLS1.2"),
            ("TLSv1.3", "TLS1.3"),
            ("TLS1.2", "TLS1.2"),
            ("TLS1_1", "TLS1.1"),
            ("SSLv3", "SSL3.0"),
            ("weird", "weird"),
        ] {
            assert_eq!(normalise_protocol(raw), want, "{raw}");
        }
    }

    #[test]
    fn postfix_lines() {
        let e = tls_event("Jan 20 10:00:01 mx postfix/smtp[4242]: Trusted TLS connection established to mx1.example.com[192.0.2.1]:25: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)").unwrap();
        assert_eq!(e.direction, Direction::Outbound);
        assert_eq!(e.ip, Some("192.0.2.1"));
        assert_eq!(e.host, Some("mx1.example.com"));
        assert_eq!(e.protocol.as_deref(), Some("TLS1.2"));
        assert_eq!(e.cipher, Some("ECDHE-RSA-AES256-GCM-SHA384"));
        let e = tls_event("Jan 20 10:00:02 mx postfix/smtpd[99]: Anonymous TLS connection established from unknown[198.51.100.7]: TLSv1 with cipher AES256-SHA (256/256 bits)").unwrap();
        assert_eq!((e.direction, e.ip, e.host), (Direction::Inbound, Some("198.51.100.7"), Some("unknown")));
        assert_eq!(e.protocol.as_deref(), Some("TLS1.0"));
        let e =
            tls_event("Jan 20 10:00:03 mx postfix/smtpd[99]: SSL_accept error from unknown[198.51.100.8]: -1").unwrap();
        assert_eq!((e.failure, e.ip), (Some("SSL_accept"), Some("198.51.100.8")));
        let e =
            tls_event("Jan 20 10:00:04 mx postfix/smtp[7]: SSL_connect error to mx.example.net[203.0.113.9]:25: -1")
                .unwrap();
        assert_eq!((e.failure, e.direction), (Some("SSL_connect"), Direction::Outbound));
    }

    #[test]
    fn exim_lines_through_syslog_say_what_the_main_log_says() {
        // Before, the syslog form's words started at its `:` and no line of
        // it was known to be Exim's own.
        let main = "2026-01-20 10:00:02 1vAbCd-000Xyz-12 ** bob@partner.example R=dnslookup";
        let syslog = "Jan 20 10:00:02 mx exim[4242]: 1vAbCd-000Xyz-12 ** bob@partner.example R=dnslookup";
        assert_eq!(exim_said(syslog), Some((Some("1vAbCd-000Xyz-12"), "** bob@partner.example R=dnslookup")));
        assert_eq!(exim_said(syslog), exim_said(main));
        assert_eq!(
            exim_said("Jan 20 10:00:02 mx exim[4242]: Start queue run: pid=99"),
            Some((None, "Start queue run: pid=99"))
        );
        assert_eq!(exim_said("Jan 20 10:00:02 mx exim[4242]:"), None);
        // Behind `kubectl logs --prefix` (QA round 23), with or without its stamp.
        let pod = format!("[pod/exim-relay-7d9f8b6c5-abcde/exim] {main}");
        assert_eq!(exim_said(&pod), exim_said(main));
        let both = format!("[pod/exim-relay-7d9f8b6c5-abcde/exim] 2026-01-20T10:00:02.123456789Z {main}");
        assert_eq!(exim_said(&both), exim_said(main));
    }

    #[test]
    fn exim_and_sendmail_lines() {
        let e = tls_event("2026-01-20 10:00:00 1abcde-000001-AB <= a@example.org H=mail.example.org [192.0.2.5] P=esmtps X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=no S=1234").unwrap();
        assert_eq!((e.direction, e.ip, e.protocol.as_deref()), (Direction::Inbound, Some("192.0.2.5"), Some("TLS1.2")));
        assert_eq!(e.cipher, Some("ECDHE-RSA-AES256-GCM-SHA384"));
        let e = tls_event("2026-01-20 10:00:00 TLS error on connection from old.example.com [192.0.2.6]:1025 (SSL_accept): error:0A000102:SSL routines::unsupported protocol").unwrap();
        assert_eq!((e.failure, e.ip), (Some("unsupported protocol"), Some("192.0.2.6")));
        let e = tls_event(
            "2026-01-20 10:00:00 TLS error on connection from old.example.com [192.0.2.6]:1025 (SSL_accept): timed out",
        )
        .unwrap();
        assert_eq!((e.failure, e.ip), (Some("TLS error"), Some("192.0.2.6")));
        // The HELO name in parentheses, even an address literal, is not the peer.
        let e = tls_event("2026-01-20 10:00:01 1abcdf-000002-AB <= b@example.org H=([192.168.7.7]) [198.51.100.22]:41236 P=esmtps X=TLS1.1:ECDHE-RSA-AES256-SHA:256 S=99").unwrap();
        assert_eq!((e.ip, e.host, e.protocol.as_deref()), (Some("198.51.100.22"), None, Some("TLS1.1")));
        let e = tls_event("2026-01-20 10:00:01 1abcdf-000003-AB => c@example.net R=dnslookup T=remote_smtp H=mx.example.net (helo.example.net) [203.0.113.5]:25 X=TLS1.0:AES256-SHA:256").unwrap();
        assert_eq!((e.ip, e.host, e.direction), (Some("203.0.113.5"), Some("mx.example.net"), Direction::Outbound));
        // A session that was up and ended badly is no failed handshake.
        let e = tls_event("2025-01-02 10:04:00 TLS error on connection from (v261955545.local) [43.6.92.12] (recv): The TLS connection was non-properly terminated.").unwrap();
        assert_eq!((e.failure, e.ip, e.direction), (Some(SESSION_IO_ERROR), Some("43.6.92.12"), Direction::Inbound));
        let e = tls_event("2025-01-02 10:04:00 TLS error on connection from mx.example.org (helo) [192.0.2.8]:4000 I=[192.0.2.1]:25 (SSL_read): error:0A000126:SSL routines::unexpected eof while reading").unwrap();
        assert_eq!(e.failure, Some(SESSION_IO_ERROR));
        let e = tls_event("2026-01-20 10:00:02 TLS error on connection from ([198.51.100.99]) [198.51.100.24]:5432 (SSL_accept): timed out").unwrap();
        assert_eq!((e.ip, e.host), (Some("198.51.100.24"), None));
        // The client side failing: deferred, retried in clear text, or required.
        for (line, failure, ip, host) in [
            (
                "2026-01-20 10:00:03 1abcdf-000004-AB == a@example.net R=dnslookup T=remote_smtp defer (-37) H=mx.example.net [203.0.113.5]: TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol",
                "SSL_connect",
                Some("203.0.113.5"),
                Some("mx.example.net"),
            ),
            (
                "2026-01-20 10:00:04 1abcdf-000005-AB TLS session: (certificate verification failed): certificate invalid: delivering unencrypted to H=smtp.example.net [192.0.2.117] (not in hosts_require_tls)",
                "TLS session",
                Some("192.0.2.117"),
                Some("smtp.example.net"),
            ),
            (
                "2026-01-20 10:00:05 1abcdf-000006-AB TLS session failure: delivering unencrypted to H=mx2.example.net [192.0.2.118] (not in hosts_require_tls)",
                "TLS session",
                Some("192.0.2.118"),
                Some("mx2.example.net"),
            ),
            (
                "2026-01-20 10:00:06 1abcdf-000007-AB == b@example.net R=dnslookup T=remote_smtp defer (-37) H=mx3.example.net [192.0.2.119]: TLS session: (gnutls_handshake): A TLS fatal alert has been received.",
                "gnutls_handshake",
                Some("192.0.2.119"),
                Some("mx3.example.net"),
            ),
            (
                "2026-01-20 10:00:07 1abcdf-000008-AB == c@example.net R=dnslookup T=remote_smtp defer (-38) H=mx4.example.net [192.0.2.120]: a TLS session is required, but the server did not offer TLS support",
                "TLS not offered",
                Some("192.0.2.120"),
                Some("mx4.example.net"),
            ),
            (
                "2026-01-20 10:00:08 1abcdf-000009-AB == d@example.net R=dnslookup T=remote_smtp defer (-38) H=mx5.example.net [192.0.2.121]: a TLS session is required, but an attempt to start TLS failed",
                "STARTTLS failed",
                Some("192.0.2.121"),
                Some("mx5.example.net"),
            ),
        ] {
            let e = tls_event(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (e.direction, e.failure, e.ip, e.host),
                (Direction::Outbound, Some(failure), ip, host),
                "{line}"
            );
            assert!(e.protocol.is_none());
        }
        // Another recipient of the same delivery: not another connection.
        assert!(tls_event("2026-01-20 10:00:01 1abcdf-000003-AB -> d@example.net R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.5] X=TLS1.0:AES256-SHA:256").is_none());
        let e = tls_event("Jan 20 10:00:00 mx sendmail[1]: STARTTLS=client, relay=mx.example.com., version=TLSv1.1, verify=OK, cipher=ECDHE-RSA-AES256-SHA, bits=256/256").unwrap();
        assert_eq!(
            (e.direction, e.protocol.as_deref(), e.host),
            (Direction::Outbound, Some("TLS1.1"), Some("mx.example.com"))
        );
        for (relay, host, ip) in [
            ("[IPv6:2001:db8::163]", None, Some("2001:db8::163")),
            ("mail.v6.example [IPv6:2001:db8::164]", Some("mail.v6.example"), Some("2001:db8::164")),
            ("IPv6:2001:db8::165", None, Some("2001:db8::165")),
        ] {
            let line = format!(
                "Jan 20 10:00:07 mta sendmail[2006]: STARTTLS=server, relay={relay}, version=TLSv1, verify=NO, cipher=AES128-SHA, bits=128/128"
            );
            let e = tls_event(&line).unwrap();
            assert_eq!((e.host, e.ip, e.protocol.as_deref()), (host, ip, Some("TLS1.0")), "{relay}");
        }
        let e = tls_event("2026-01-20 10:00:03 1vAbCd-000011-AB <= f@d.example H=(x) [192.0.2.173] P=esmtps X=SSLv3:RC4-SHA:128 CV=no S=10").unwrap();
        assert_eq!((e.ip, e.protocol.as_deref()), (Some("192.0.2.173"), Some("SSL3.0")));
        let e =
            tls_event("Jan 20 11:00:01 mx1 postfix/submission/smtpd[8031]: SSL_accept error from unknown: -1").unwrap();
        assert_eq!(
            (e.host, e.ip, e.failure, e.direction),
            (Some("unknown"), None, Some("SSL_accept"), Direction::Inbound)
        );
        let e = tls_event("Jan 20 10:00:00 mx sendmail[1]: STARTTLS=server, relay=client.example.com [192.0.2.7], version=TLSv1, verify=NO, cipher=AES256-SHA, bits=256/256").unwrap();
        assert_eq!((e.direction, e.protocol.as_deref(), e.ip), (Direction::Inbound, Some("TLS1.0"), Some("192.0.2.7")));
        // An old Sendmail names the cipher's generation, not the protocol
        // (a real line, sonic.net): neither TLS 1.0 nor legacy.
        let e = tls_event("Nov 30 10:35:10 a.spam.sonic.net sendmail[20393]: STARTTLS=client, relay=gmail-smtp-in.l.google.com., version=TLSv1/SSLv3, verify=OK, cipher=RC4-SHA, bits=128/128").unwrap();
        assert_eq!((e.direction, e.protocol.as_deref()), (Direction::Outbound, Some("TLSv1/SSLv3")));
        assert!(!crate::census::is_legacy(e.protocol.as_deref().unwrap_or_default()));
        let e = tls_event("Jan 20 10:00:00 mx sendmail[1]: STARTTLS=client, error: connect failed=0, SSL_error=5, errno=104, retry=-1, relay=mx.example.com").unwrap();
        assert!(e.failure.is_some());
    }

    #[test]
    fn starttls_refusals_both_ways() {
        let e = tls_event("Jan 20 10:00:00 mx postfix/smtpd[5]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 530 5.7.0 Must issue a STARTTLS command first; from=<a@example.org> to=<b@example.com> proto=ESMTP helo=<old>").unwrap();
        assert_eq!((e.direction, e.ip, e.refused), (Direction::Inbound, Some("198.51.100.7"), true));
        let e = tls_event("Jan 20 10:00:00 mx postfix/smtp[6]: 4A2B3C: to=<b@example.net>, relay=mx.example.net[192.0.2.44]:25, delay=1, dsn=5.7.0, status=bounced (host mx.example.net[192.0.2.44] said: 530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command))").unwrap();
        assert_eq!(
            (e.direction, e.ip, e.host, e.refused),
            (Direction::Outbound, Some("192.0.2.44"), Some("mx.example.net"), true)
        );
    }

    #[test]
    fn unrelated_lines_are_none() {
        assert!(tls_event("Jan 20 10:00:00 mx postfix/smtp[1]: 4A2B: to=<a@b.c>, status=sent").is_none());
        assert!(tls_event("TLS connection established").is_none());
        assert!(tls_event("").is_none());
    }
    #[test]
    fn relay_with_address_reads_a_delivery_lines_relay() {
        let l = "sm-mta[7423]: x89B: to=<u@gmail.com>, mailer=esmtp, relay=gmail-smtp-in.l.google.com. [173.194.76.26], dsn=2.0.0, stat=Sent (OK)";
        assert_eq!(relay_with_address(l), Some(("gmail-smtp-in.l.google.com.", "173.194.76.26")));
        let v6 = "sm-mta[1]: u1: to=<a@b>, relay=mx.example. [IPv6:2001:db8::1], dsn=2.0.0, stat=Sent";
        assert_eq!(relay_with_address(v6), Some(("mx.example.", "2001:db8::1")));
        for no in [
            "sm-mta[29534]: u1: to=<recipient>, relay=MTA. [IP_address], dsn=4.0.0, stat=Deferred",
            "sendmail[7420]: x89B: to=a@b, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent",
            "sendmail[7420]: x89B: to=a@b, relay=mx.example., dsn=2.0.0, stat=Sent",
            "sendmail[7420]: x89B: to=a@b, dsn=2.0.0, stat=Sent",
        ] {
            assert_eq!(relay_with_address(no), None, "{no}");
        }
    }
}
