//! SMTP reply lines (RFC 5321 §4.2) and enhanced status codes (RFC 3463 §2).
//!
//! These are the atoms every other grammar ends up calling: an NDR's
//! `Remote Server returned '550 5.1.1 …'`, a queue's `451 4.4.0 Primary
//! target …`, a protocol log's `<,451 5.7.3 Must issue a STARTTLS command
//! first,` all carry the same two codes.

use crate::types::{EnhancedStatus, ReplyCode};
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::{char, one_of},
    combinator::{opt, recognize, verify},
};

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, &str> {
    move |i| take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(i)
}

/// `Reply-code = %x32-35 %x30-35 %x30-39` (RFC 5321 §4.2).
///
/// `421` in `421 4.4.2 Connection dropped due to SocketError`.
pub fn reply_code(i: &str) -> IResult<&str, ReplyCode> {
    let (rest, code) = recognize((one_of("2345"), one_of("012345"), one_of("0123456789"))).parse(i)?;
    // A fourth digit means this was a longer number, not a reply code.
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
    }
    Ok((rest, ReplyCode(code.parse().unwrap_or(0))))
}

/// `status-code = class "." subject "." detail` (RFC 3463 §2), with
/// `class = "2" / "4" / "5"`, `subject = 1*3digit`, `detail = 1*3digit`.
///
/// `4.4.2` in `421 4.4.2 Connection dropped due to SocketError`. A fourth
/// dotted group (an IPv4 address such as `4.4.4.4`) is rejected.
pub fn enhanced_status_code(i: &str) -> IResult<&str, EnhancedStatus> {
    let (rest, raw) = recognize((one_of("245"), char('.'), digits(1, 3), char('.'), digits(1, 3))).parse(i)?;
    let mut after = rest.chars();
    match (after.next(), after.next()) {
        (Some(c), _) if c.is_ascii_digit() => {
            return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
        }
        (Some('.'), Some(d)) if d.is_ascii_digit() => {
            return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
        }
        _ => {}
    }
    let mut parts = raw.split('.').map(|p| p.parse::<u16>().unwrap_or(0));
    let class = parts.next().unwrap_or(0) as u8;
    let subject = parts.next().unwrap_or(0);
    let detail = parts.next().unwrap_or(0);
    Ok((rest, EnhancedStatus::new(class, subject, detail, raw)))
}

/// The separator after a reply code: `SP` for the last line of a reply,
/// `-` for a continuation line (RFC 5321 §4.2.1).
fn reply_separator(i: &str) -> IResult<&str, char> {
    alt((char(' '), char('-'))).parse(i)
}

/// A reply code followed by its enhanced status, as RFC 3463 §3 asks replies
/// to be written: `550 5.1.1 text`, `550-5.1.1 text`, and the Exchange legacy
/// shape `550 #5.1.1 text`.
pub fn reply_with_status(i: &str) -> IResult<&str, (ReplyCode, EnhancedStatus)> {
    let (i, code) = reply_code(i)?;
    let (i, _) = reply_separator(i)?;
    let (i, _) = opt(char('#')).parse(i)?;
    let (i, status) = verify(enhanced_status_code, |s: &EnhancedStatus| {
        s.class == code.class() || code.class() == 2 || code.class() == 3
    })
    .parse(i)
    .or_else(|_: nom::Err<nom::error::Error<&str>>| enhanced_status_code(i))?;
    Ok((i, (code, status)))
}

/// A reply line: `Reply-code [ SP / "-" ] [ status SP ] textstring`.
///
/// Returns the code, the status if present, whether more lines follow
/// (`-`), and the text.
pub fn reply_line(i: &str) -> IResult<&str, ReplyLine<'_>> {
    let (rest, code) = reply_code(i)?;
    let (rest, sep) = opt(reply_separator).parse(rest)?;
    let (rest, status) = opt(|s| {
        let (s, _) = opt(char('#')).parse(s)?;
        let (s, st) = enhanced_status_code(s)?;
        let (s, _) = opt(tag(" ")).parse(s)?;
        Ok((s, st))
    })
    .parse(rest)?;
    Ok(("", ReplyLine { code, continued: sep == Some('-'), status, text: rest.trim_end_matches(['\r', '\n']) }))
}

/// One parsed reply line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyLine<'a> {
    pub code: ReplyCode,
    pub continued: bool,
    pub status: Option<EnhancedStatus>,
    pub text: &'a str,
}

/// Joins a multi-line reply (`250-…` lines then `250 …`) into one text.
/// Returns `None` when the lines do not form one reply.
pub fn multiline_reply(lines: &[&str]) -> Option<(ReplyCode, Option<EnhancedStatus>, String)> {
    let mut code = None;
    let mut status = None;
    let mut text = String::new();
    for (n, line) in lines.iter().enumerate() {
        let (_, r) = reply_line(line).ok()?;
        if *code.get_or_insert(r.code) != r.code {
            return None;
        }
        if status.is_none() {
            status = r.status;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(r.text.trim());
        if !r.continued {
            return (n + 1 == lines.len()).then_some((code?, status, text));
        }
    }
    None
}

/// The code of a multi-line reply a text leaves open: its last reply line
/// starts inside it and says more lines follow (`Reply-code "-"`, RFC 5321
/// §4.2.1), as qmail and Exim quote the remote reply after their own words:
/// `Remote host said: 550-5.7.1 Unauthenticated email from example.no is not
/// accepted due to` (then `550-5.7.1 domain's DMARC policy. …` lines).
pub fn open_reply(text: &str) -> Option<[u8; 3]> {
    let b = text.as_bytes();
    let mut at = memchr::memrchr(b'-', b)?;
    loop {
        if continues_a_reply(text, at) {
            return Some([b[at - 3], b[at - 2], b[at - 1]]);
        }
        at = memchr::memrchr(b'-', &b[..at])?;
    }
}

/// Three bytes that are a reply code, `2yz` to `5yz` (RFC 5321 §4.2).
pub(crate) fn is_reply_code(b: &[u8]) -> bool {
    b.len() == 3 && matches!(b[0], b'2'..=b'5') && b[1..].iter().all(u8::is_ascii_digit)
}

/// Whether the `-` at `dash` ends a reply code that starts a word: a
/// `Reply-code "-"` line start, more lines to follow.
fn continues_a_reply(text: &str, dash: usize) -> bool {
    // Digits first: then `dash - 3` is a character boundary.
    dash >= 3 && is_reply_code(&text.as_bytes()[dash - 3..dash]) && at_word_start(text, dash - 3)
}

/// A multi-line reply quoted as one line repeats its code and status at
/// each of its lines (`550-5.7.1 … this message is 550-5.7.1 likely
/// unsolicited mail …`: Exim's `Diagnostic-Code`, a folded qmail or Postfix
/// text). The text with those repeats after the first line's blanked, so the
/// reply's words read as the sentence they are; `None` when it has none.
pub fn without_repeated_reply_codes(text: &str) -> Option<String> {
    let b = text.as_bytes();
    // The first `Reply-code "-"` at a word start, with its status if any.
    let first = memchr::memchr_iter(b'-', b).find(|&d| continues_a_reply(text, d))?;
    let code = &text[first - 3..first];
    let status =
        enhanced_status_code(&text[first + 1..]).ok().map(|(rest, _)| &text[first + 1..text.len() - rest.len()]);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut from = first + 1;
    while let Some(p) = text[from..].find(code).map(|p| p + from) {
        from = p + 3;
        let rest = &text[p + 3..];
        let sep = rest.bytes().next();
        if !at_word_start(text, p) || !matches!(sep, Some(b'-' | b' ')) {
            continue;
        }
        let mut end = p + 4;
        if let Some(st) = status {
            match text[end..].strip_prefix(st) {
                Some(r) if !r.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.') => end += st.len(),
                _ => continue,
            }
        } else if sep == Some(b' ') && enhanced_status_code(&text[end..]).is_ok() {
            // `550 5.7.1` closing a reply whose first line had no status is another reply.
            continue;
        }
        out.push_str(text[last..p].trim_end());
        out.push(' ');
        last = end + text[end..].len() - text[end..].trim_start().len();
        from = last;
    }
    (last > 0).then(|| {
        out.push_str(&text[last..]);
        out
    })
}

/// `wrapped-reply = wrapper ( "->" / "[Message=" ) *SP Reply-code ( SP /
/// "-" / end ) …`: where the remote server's own reply starts inside an
/// Exchange envelope, the last arrow or `[Message=` followed by a reply
/// code (RFC 5321 §4.2).
///
/// `550 5.0.350 Remote server returned an error -> 554 5.7.1 … blocked using
/// zen.spamhaus.org`, `550 4.4.7 QUEUE.Expired; message expired
/// [Message=451 4.4.0 Primary target IP address responded with: "421 4.4.2
/// Connection dropped due to SocketError."] [LastAttemptedServerName=…]`:
/// the offset of `554` / `451`.
pub fn wrapped_reply(text: &str) -> Option<usize> {
    let after = |mark: &str| {
        let at = find_ascii_case_blind(text, mark)? + mark.len();
        let inner = text[at..].trim_start_matches(' ');
        let (rest, _) = reply_code(inner).ok()?;
        matches!(rest.bytes().next(), None | Some(b' ' | b'-')).then(|| text.len() - inner.len())
    };
    // The innermost, when both are there: the arrow's reply can hold a `[Message=` of its own.
    // Without either, Exchange's queue quoting the next hop's reply: `451
    // 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection
    // dropped due to …"` (the envelope of an NDR's `[Message=…]` is read as a
    // whole, as its rules are written for it).
    match (after("->"), after("[message=")) {
        (Some(a), Some(m)) => Some(a.max(m)),
        (None, None) => after("responded with: \"").or_else(|| after("responded with \"")),
        (a, m) => a.or(m),
    }
}

/// The last place of `mark` (ASCII lower case) in `text`, in any ASCII case.
fn find_ascii_case_blind(text: &str, mark: &str) -> Option<usize> {
    let (t, m) = (text.as_bytes(), mark.as_bytes());
    (0..=t.len().checked_sub(m.len())?).rev().find(|&i| t[i..i + m.len()].eq_ignore_ascii_case(m))
}

/// What a scan of free text found: the codes and the byte span they cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeHit {
    pub reply: Option<ReplyCode>,
    pub status: Option<EnhancedStatus>,
    pub start: usize,
    pub end: usize,
}

fn at_word_start(text: &str, pos: usize) -> bool {
    // The byte before: a character that is not ASCII ends in a byte that is
    // no ASCII letter or digit either.
    match pos.checked_sub(1).and_then(|p| text.as_bytes().get(p)) {
        None => true,
        Some(&c) => !(c.is_ascii_alphanumeric() || c == b'.' || c == b'_'),
    }
}

/// Finds the first SMTP reply/enhanced status in a line of free text.
///
/// Preference: a reply code followed by a status (`421 4.4.2`) anywhere;
/// else a lone status (`#5.1.1`, `Status: 5.1.1`); else a reply code at the
/// start of the text or of a quoted part, followed by words (`'421 Unable`).
pub fn find_codes(text: &str) -> Option<CodeHit> {
    let bytes = text.as_bytes();
    let mut lone_status: Option<CodeHit> = None;
    let mut lone_reply: Option<CodeHit> = None;
    for (pos, &b) in bytes.iter().enumerate() {
        if !(b'2'..=b'5').contains(&b) {
            continue;
        }
        // The shapes the parsers below accept, by their second byte: a reply
        // code (`[0-5]` and a digit) or a status (`.`). Dates, times, ports
        // and addresses are most digits of a log line and are neither.
        let next = bytes.get(pos + 1).copied();
        let reply = matches!(next, Some(b'0'..=b'5')) && bytes.get(pos + 2).is_some_and(u8::is_ascii_digit);
        if !(reply || next == Some(b'.')) || !at_word_start(text, pos) {
            continue;
        }
        let s = &text[pos..];
        // What follows the three digits, for the parsers below that need
        // it: a separator (`SP` / `-`) or a colon. The numbers of a log line
        // (addresses, ports, sizes) have neither, and are not parsed.
        let after = bytes.get(pos + 3).copied();
        let separated = reply && matches!(after, Some(b' ' | b'-'));
        if separated {
            if let Ok((rest, (code, status))) = reply_with_status(s) {
                return Some(CodeHit {
                    reply: Some(code),
                    status: Some(status),
                    start: pos,
                    end: text.len() - rest.len(),
                });
            }
        }
        if lone_status.is_none() && next == Some(b'.') {
            if let Ok((rest, status)) = enhanced_status_code(s) {
                lone_status =
                    Some(CodeHit { reply: None, status: Some(status), start: pos, end: text.len() - rest.len() });
                continue;
            }
        }
        if separated && lone_reply.is_none() && reply_may_stand_alone(text, pos) {
            if let Ok((rest, code)) = reply_code(s) {
                // `550 User unknown`, `550 <a@b>: User unknown`, `550-'Unknown…`:
                // words or a quoted address follow, not another number.
                if code.class() >= 4
                    && rest.starts_with([' ', '-'])
                    && rest[1..].starts_with(|c: char| c.is_alphabetic() || matches!(c, '<' | '\'' | '"' | ':' | '['))
                    && !measure(&rest[1..])
                {
                    lone_reply =
                        Some(CodeHit { reply: Some(code), status: None, start: pos, end: text.len() - rest.len() });
                }
            }
        }
        // `Lỗi 421: Máy chủ tạm thời không sẵn sàng`, `Ошибка 550: …`: a word
        // naming an error in any language, the code, a colon and words
        // (QA round 16: only English lead-ins were read).
        // (Every code `labelled_reply` takes refuses: no class check.)
        if reply && after == Some(b':') && lone_reply.is_none() && labelled_reply(text, pos) {
            if let Ok((rest, code)) = reply_code(s) {
                lone_reply =
                    Some(CodeHit { reply: Some(code), status: None, start: pos, end: text.len() - rest.len() });
            }
        }
    }
    match (lone_status, lone_reply) {
        // `dsn=5.0.0, status=bounced (host … said: 550 spam message
        // rejected …)`: the status and the reply are apart, and the reply
        // code is as much the server's answer as the status is.
        (Some(status), Some(reply)) => Some(CodeHit { reply: reply.reply, ..status }),
        (status, reply) => status.or(reply),
    }
}

/// Whether `words` start with a unit, so the number before them is a
/// measure, not a reply (`Elapsed Time: 550 ms.`, as the Remote
/// Connectivity Analyzer times each step; `Size: 421 KB`).
fn measure(words: &str) -> bool {
    const UNITS: [&str; 16] = [
        "ms", "msec", "s", "sec", "secs", "second", "seconds", "min", "minutes", "hours", "days", "bytes", "kb", "mb",
        "kib", "mib",
    ];
    let unit = words.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit))
}

/// `<word> <code>: <words>` at `pos`: the word before is letters of any
/// script (an error's name: `Lỗi`, `Error`, `Ошибка`), and a colon, a
/// space and a letter follow the three digits.
fn labelled_reply(text: &str, pos: usize) -> bool {
    let (before, after) = (&text[..pos], &text[pos..]);
    let word = before.strip_suffix(' ').and_then(|b| b.split(' ').next_back()).unwrap_or("");
    let tail = after.get(3..).unwrap_or("");
    // The replies RFC 5321 §4.2.3 lists that refuse: not a port (`Port 443:`)
    // nor an HTTP status (`Error 404:`) of the same shape.
    const REFUSALS: [&str; 20] = [
        "421", "450", "451", "452", "455", "500", "501", "502", "503", "504", "521", "530", "534", "535", "550", "551",
        "552", "553", "554", "556",
    ];
    !word.is_empty()
        && after.get(..3).is_some_and(|c| REFUSALS.contains(&c))
        && word.chars().all(char::is_alphabetic)
        && tail.strip_prefix(": ").is_some_and(|t| t.starts_with(char::is_alphabetic))
}

/// A bare reply code is only trusted where replies are quoted: at the start
/// of the text or after a quote, `:`, `(`, `;`, `[` or `=`.
/// Not after the `=` of a short key: Exim's log fields (`U=goclea5 ID=502
/// B=redirect_resolver`) hold numbers, not replies (QA round 15), while a
/// quoting field has a name (`[Message=550 …]`, `reply=451 …`).
fn reply_may_stand_alone(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    if let Some(key) = before.strip_suffix('=') {
        let name = key.rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
        return name.len() > 3;
    }
    // `：` is the colon of Chinese and Japanese text (`错误：550 User not found`).
    before.is_empty() || before.ends_with(['\'', '"', ':', '(', ';', '[', '<', '>', '#', '：'])
}

/// The SMTP command a reply answered (RFC 5321 §4.1.1), as far as a bounce
/// tells it. `EndOfData` is the reply to the message's content (the final
/// `.`, RFC 5321 §4.1.1.4), `Data` the reply to the `DATA` verb itself: a
/// bounce quoting the one must not be shown saying the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Helo,
    Mail,
    Rcpt,
    Data,
    EndOfData,
}

impl Command {
    pub fn as_str(self) -> &'static str {
        match self {
            Command::Helo => "EHLO",
            Command::Mail => "MAIL FROM",
            Command::Rcpt => "RCPT TO",
            Command::Data => "DATA",
            Command::EndOfData => "end of DATA",
        }
    }

    /// The stage of the transaction: the `DATA` verb and the content's end
    /// are one stage (the recipients were accepted).
    pub fn stage(self) -> Command {
        match self {
            Command::EndOfData => Command::Data,
            c => c,
        }
    }
}

/// The command the text says its reply answered; with several (a transcript),
/// the last one named.
pub fn command_in(text: &str) -> Option<Command> {
    use super::wordings::COMMAND_WORDING;
    // One automaton pass instead of a reverse search per wording; the
    // latest start wins, and on a tie the wording listed last.
    let mut last: Option<(usize, usize)> = None;
    crate::needles::COMMAND_WORDS.search(text.as_bytes(), |id, start| {
        last = last.max(Some((start, id)));
        false
    });
    last.map(|(_, id)| COMMAND_WORDING[id].1)
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_open_reply_is_the_last_reply_line_that_says_more_follow() {
        assert_eq!(
            open_reply("Remote host said: 550-5.7.1 Unauthenticated email from x is not accepted due to"),
            Some(*b"550")
        );
        assert_eq!(open_reply("550-5.7.26 This mail has been blocked"), Some(*b"550"));
        assert_eq!(open_reply("reason: 421-4.7.0 [TSS04] a - b"), Some(*b"421"));
        // A closed reply, a date, a number inside a word: none.
        assert_eq!(open_reply("550 5.7.1 done"), None);
        assert_eq!(open_reply("2026-01-20 said: 550 x"), None);
        assert_eq!(open_reply("id x550-1 y"), None);
        assert_eq!(open_reply("650-5.7.1 x"), None);
        assert_eq!(open_reply(""), None);
        assert_eq!(open_reply("「m-FILTER」が"), None);
        assert_eq!(open_reply("«550-5.7.1 x"), Some(*b"550"));
    }

    #[test]
    fn a_reply_quoted_as_one_line_reads_without_its_repeated_codes() {
        let exim = "550-5.7.1 [82.165.159.8 12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. \
                    Please visit 550-5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for more information. - gsmtp";
        assert_eq!(
            without_repeated_reply_codes(exim).as_deref(),
            Some(
                "550-5.7.1 [82.165.159.8 12] Our system has detected that this message is likely unsolicited mail. \
                 Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp"
            )
        );
        // After words of its own, and without a status.
        assert_eq!(
            without_repeated_reply_codes("reason: 550-Mailbox is 550-currently 550 full").as_deref(),
            Some("reason: 550-Mailbox is currently full")
        );
        // Another code, another status, a longer number, a single line: unchanged.
        for t in [
            "550-5.7.1 a 451 4.7.1 b",
            "550-5.7.1 a 550-5.7.10 b",
            "550-5.7.1 a x550-5.7.1 b",
            "550 5.7.1 one line, 550 again",
            "2026-01-20 nothing",
            "「m-FILTER」が 550-5.7.1 é",
            "",
        ] {
            assert_eq!(without_repeated_reply_codes(t), None, "{t}");
        }
    }

    #[test]
    fn wrapped_reply_is_the_reply_after_the_last_arrow() {
        let t = "550 5.0.350 Remote server returned an error -> 554 5.7.1 Service unavailable";
        assert_eq!(wrapped_reply(t).map(|at| &t[at..at + 3]), Some("554"));
        let t = "451 4.4.395 Target host responded with error. ->421-4.4.1 timed out";
        assert_eq!(wrapped_reply(t).map(|at| &t[at..at + 3]), Some("421"));
        // An arrow before anything but a reply code is no envelope.
        assert_eq!(wrapped_reply("a -> b"), None);
        assert_eq!(wrapped_reply("x -> 5541 y"), None);
        assert_eq!(wrapped_reply("x -> 650 y"), None);
        assert_eq!(wrapped_reply("-> 550"), Some(3));
        assert_eq!(wrapped_reply("no arrow 550 here"), None);
        let t = "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to TimedOut.\" Attempted failover";
        assert_eq!(wrapped_reply(t).map(|at| &t[at..at + 9]), Some("421 4.4.2"));
        let t = "451 4.4.0 Primary target IP address responded with \"421 4.4.2 connection dropped due to timeout\"";
        assert_eq!(wrapped_reply(t).map(|at| &t[at..at + 9]), Some("421 4.4.2"));
        let t = "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Primary target IP address responded with: \"421 4.4.2 x\"] [LastAttemptedServerName=mx]";
        assert_eq!(wrapped_reply(t).map(|at| &t[at..at + 9]), Some("451 4.4.0"));
        let t = "450 4.4.317 Cannot connect to remote server [message= 451 5.7.3 STARTTLS is required]";
        assert_eq!(wrapped_reply(t).map(|at| &t[at..at + 3]), Some("451"));
        // A message that is no reply is no envelope.
        assert_eq!(wrapped_reply("450 4.4.316 Connection refused [Message=Socket error code 10061]"), None);
    }

    use super::*;

    #[test]
    fn command_wording() {
        assert_eq!(command_in("550 Unknown user (in reply to end of DATA command)"), Some(Command::EndOfData));
        assert_eq!(command_in("550 Unknown user (in reply to DATA command)"), Some(Command::Data));
        assert_eq!(command_in(">>> RCPT To:<a@b.c> <<< 250 ok >>> DATA <<< 550 x"), Some(Command::Data));
        assert_eq!(command_in("SMTP error from remote mail server after RCPT TO:<a@b.c>: 550 no"), Some(Command::Rcpt));
        assert_eq!(command_in("550 5.1.1 User unknown"), None);
    }

    #[test]
    fn reply_code_accepts_three_digits_only() {
        assert_eq!(reply_code("421 x").unwrap().1, ReplyCode(421));
        assert!(reply_code("4210").is_err());
        assert!(reply_code("621").is_err());
        assert!(reply_code("1").is_err());
    }

    #[test]
    fn enhanced_status_keeps_raw_and_rejects_ip_addresses() {
        let (_, s) = enhanced_status_code("5.01.001 x").unwrap();
        assert_eq!(s.raw, "5.01.001");
        assert_eq!(s.canonical(), "5.1.1");
        assert!(enhanced_status_code("4.4.4.4").is_err());
        assert!(enhanced_status_code("5.7.1234").is_err());
        assert!(enhanced_status_code("3.1.1").is_err());
        assert_eq!(enhanced_status_code("5.4.316").unwrap().1.detail, 316);
    }

    #[test]
    fn reply_line_parses_seed_error() {
        let (_, r) = reply_line("421 4.4.2 Connection dropped due to SocketError").unwrap();
        assert_eq!(r.code, ReplyCode(421));
        assert_eq!(r.status.unwrap().raw, "4.4.2");
        assert_eq!(r.text, "Connection dropped due to SocketError");
        assert!(!r.continued);
        let (_, r) = reply_line("250-PIPELINING").unwrap();
        assert!(r.continued);
        assert_eq!(r.status, None);
    }

    #[test]
    fn multiline_reply_joins_lines() {
        let lines = ["550-5.7.1 Blocked", "550-5.7.1 see https://x", "550 5.7.1 end"];
        let (code, st, text) = multiline_reply(&lines).unwrap();
        assert_eq!(code, ReplyCode(550));
        assert_eq!(st.unwrap().raw, "5.7.1");
        assert_eq!(text, "Blocked see https://x end");
        assert!(multiline_reply(&["550-a", "451 b"]).is_none());
        assert!(multiline_reply(&["550-a"]).is_none());
    }

    #[test]
    fn find_codes_in_free_text() {
        // A measure is no reply.
        assert_eq!(find_codes("Elapsed Time: 550 ms."), None);
        assert_eq!(find_codes("Message size: 452 KB"), None);
        assert_eq!(
            find_codes("Error: 550 Sender rejected").and_then(|h| h.reply).map(|r| r.to_string()),
            Some("550".into())
        );
        let h = find_codes("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'").unwrap();
        assert_eq!(h.reply, Some(ReplyCode(550)));
        assert_eq!(h.status.as_ref().unwrap().raw, "5.1.1");
        let h = find_codes("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##").unwrap();
        assert_eq!(h.reply, Some(ReplyCode(550)));
        let h = find_codes("Status: 5.2.2").unwrap();
        assert_eq!(h.reply, None);
        assert_eq!(h.status.unwrap().raw, "5.2.2");
        let h = find_codes("responded with: \"421 Unable to connect\"").unwrap();
        assert_eq!(h.reply, Some(ReplyCode(421)));
        assert!(find_codes("connected to 10.4.4.4 port 25").is_none());
        assert!(find_codes("the year 2024 and 550 things").is_none());
        let h =
            find_codes("Reason: [{LED=450 4.4.317 Cannot connect [Message=451 4.4.0 Security status IllegalMessage]")
                .unwrap();
        assert_eq!(h.reply, Some(ReplyCode(450)));
        assert_eq!(h.status.unwrap().raw, "4.4.317");
        // Postfix's own status and the server's reply, apart (QA round 15:
        // Mail.ru's `550 spam message rejected` lost its code).
        let h =
            find_codes("dsn=5.0.0, status=bounced (host mxs.mail.ru[94.100.180.31] said: 550 spam message rejected.")
                .unwrap();
        assert_eq!((h.reply, h.status.unwrap().raw.as_str()), (Some(ReplyCode(550)), "5.0.0"));
        let h = find_codes(
            "dsn=4.0.0, status=deferred (host x[192.0.2.1] refused to talk to me: 550 mwinf5c14 ME Adresse IP",
        )
        .unwrap();
        assert_eq!((h.reply, h.status.unwrap().raw.as_str()), (Some(ReplyCode(550)), "4.0.0"));
    }

    #[test]
    fn a_number_in_a_short_log_field_is_no_reply() {
        let exim = "2013-01-08 15:20:47 SMTP connection identification H=NULL A=127.0.0.1 U=goclea5 ID=502 B=redirect_resolver";
        assert_eq!(find_codes(exim), None);
        let hit = find_codes("[Message=550 Requested action not taken]").expect("a quoted reply");
        assert_eq!(hit.reply.map(|r| r.0), Some(550));
        let hit = find_codes("错误：550 User not found").expect("after a full-width colon");
        assert_eq!(hit.reply.map(|r| r.0), Some(550));
        // A word naming the error in any language, the code and a colon.
        let hit = find_codes("Lỗi 421: Máy chủ tạm thời không sẵn sàng").expect("a labelled reply");
        assert_eq!(hit.reply.map(|r| r.0), Some(421));
        assert_eq!(find_codes("Port 443: connection refused"), None);
        assert_eq!(find_codes("Error 404: page not found"), None);
    }
}
