//! Redaction: replaces e-mail addresses, IPv4/IPv6 addresses and host names
//! with stable tokens, so a report can be shared without naming people,
//! servers or networks.
//!
//! Stable means the same value (compared case-insensitively) always gets the
//! same token within one [`Redactor`], across every report it redacts, so the
//! shape of the problem ("all three recipients at the same domain fail") stays
//! visible. Tokens are documentation values: `user1@domain1.example`,
//! `host-2.example`, `192.0.2.3`, `2001:db8::4`, so a redacted report still
//! reads like mail data.
//!
//! What is deliberately left alone: status and reply codes (`5.7.3`, `421`),
//! version numbers, registry paths, cmdlets, file names (`SEND20260120-1.LOG`),
//! Exchange diagnostic tokens (`RESOLVER.ADR.RecipNotFound`) and a few public
//! Microsoft end-points that the fixes themselves name (`aka.ms`,
//! `smtp.office365.com`).

use crate::census::CensusReport;
use crate::report::InputReport;
use crate::session::{Session, TranscriptRow};
use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr};

/// Replaces personal and network identifiers with stable tokens.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Lower-cased original → token, for names (hosts and mail domains).
    names: HashMap<String, String>,
    /// Lower-cased original local part + domain token → token.
    mailboxes: HashMap<String, String>,
    ips: HashMap<String, String>,
    /// Lower-cased single-label server names learnt from Exchange connector
    /// ids (`EX2016\Default Frontend EX2016`) → token.
    servers: HashMap<String, String>,
    users: u32,
    hosts: u32,
    domains: u32,
    v4: u32,
    v6: u32,
}

/// One replacement made in a string: original byte range → new byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    from: (usize, usize),
    to: (usize, usize),
}

/// Public names that identify nobody and that fix steps refer to.
const KEEP: &[&str] = &[
    "aka.ms",
    "asp.net",
    "smtp.office365.com",
    "smtp-legacy.office365.com",
    "outlook.office365.com",
    "go.microsoft.com",
    "learn.microsoft.com",
    "support.microsoft.com",
    "www.iana.org",
];

/// Top-level domains besides the two-letter country codes that count as the
/// end of a host name. Anything else (`RecipNotFound`, `Expired`, `LOG`) is not.
const TLDS: &[&str] = &[
    "com",
    "net",
    "org",
    "edu",
    "gov",
    "mil",
    "int",
    "info",
    "biz",
    "name",
    "pro",
    "local",
    "lan",
    "corp",
    "home",
    "internal",
    "intranet",
    "localdomain",
    "example",
    "test",
    "invalid",
    "localhost",
    "arpa",
    "cloud",
    "online",
    "site",
    "xyz",
    "app",
    "dev",
    "email",
    "mail",
    "tech",
    "group",
    "company",
    "global",
    "asia",
    "mobi",
    "museum",
    "aero",
    "coop",
    "jobs",
    "travel",
    "top",
    "club",
    "shop",
    "store",
    "work",
    "host",
    "network",
    "systems",
    "services",
    "solutions",
    "digital",
    "media",
    "live",
    "space",
    "today",
    "world",
    "one",
    "network",
];

/// Two-letter endings that are far more often file extensions than countries.
const NOT_CC: &[&str] = &["md", "sh", "py", "rs", "js", "cs", "vb", "db", "gz", "xz", "bz", "ts", "hs", "cf"];

impl Redactor {
    pub fn new() -> Self {
        Self::default()
    }

    /// A redacted copy of `s`.
    pub fn text(&mut self, s: &str) -> String {
        self.text_with_edits(s).0
    }

    /// A redacted copy of a report: every free text, address, host and
    /// evidence line, with highlight spans moved to the redacted text.
    pub fn report(&mut self, r: &InputReport) -> InputReport {
        // Server names first, so every line that names them is covered.
        for f in &r.findings {
            for o in &f.evidence {
                self.learn_server(&o.raw);
            }
        }
        for (_, line) in &r.unrecognised_samples {
            self.learn_server(line);
        }
        let mut out = r.clone();
        out.path = self.text(&r.path);
        for (_, line) in &mut out.unrecognised_samples {
            *line = self.text(line);
        }
        for f in &mut out.findings {
            self.opt(&mut f.recipient);
            self.opt(&mut f.remote_host);
            self.opt(&mut f.remote_ip);
            for o in &mut f.evidence {
                self.opt(&mut o.recipient);
                self.opt(&mut o.remote_host);
                self.opt(&mut o.remote_ip);
                o.text = self.text(&o.text);
                let (raw, edits) = self.text_with_edits(&o.raw);
                let s = map_offset(o.span.0 as usize, &edits, false);
                let e = map_offset(o.span.1 as usize, &edits, true).max(s);
                o.span = (s.min(raw.len()) as u32, e.min(raw.len()) as u32);
                o.raw = raw;
            }
        }
        out
    }

    /// A redacted copy of a TLS census: end-point addresses and host names,
    /// and every kept session (see [`Redactor::session`]). Protocol names,
    /// error values and counts stay.
    pub fn census(&mut self, c: &CensusReport) -> CensusReport {
        for s in &c.kept_sessions {
            self.learn_connector(&s.connector);
        }
        let mut out = c.clone();
        for e in &mut out.endpoints {
            e.remote_ip = self.text(&e.remote_ip);
            self.opt(&mut e.host);
        }
        out.kept_sessions = c.kept_sessions.iter().map(|s| self.session(s)).collect();
        out
    }

    /// A redacted copy of one SMTP session: end-points, EHLO name, file
    /// name, certificate subjects, error and disconnect texts, transcript.
    pub fn session(&mut self, s: &Session) -> Session {
        self.learn_connector(&s.connector);
        let mut out = s.clone();
        out.file = self.text(&s.file);
        out.connector = self.text(&s.connector);
        self.opt(&mut out.local_endpoint);
        self.opt(&mut out.remote_endpoint);
        self.opt(&mut out.remote_ip);
        self.opt(&mut out.ehlo);
        self.opt(&mut out.tls_failure);
        self.opt(&mut out.disconnect);
        for c in [&mut out.remote_certificate, &mut out.local_certificate].into_iter().flatten() {
            self.opt(&mut c.subject);
        }
        for e in &mut out.errors {
            e.text = self.text(&e.text);
        }
        out.transcript = self.transcript(&s.transcript);
        out
    }

    /// Redacted copies of transcript rows (data and context; times stay).
    pub fn transcript(&mut self, rows: &[TranscriptRow]) -> Vec<TranscriptRow> {
        rows.iter()
            .map(|r| TranscriptRow { data: self.text(&r.data), context: self.text(&r.context), ..r.clone() })
            .collect()
    }

    fn opt(&mut self, v: &mut Option<String>) {
        if let Some(s) = v {
            *s = self.text(s);
        }
    }

    fn text_with_edits(&mut self, s: &str) -> (String, Vec<Edit>) {
        let mut out = String::with_capacity(s.len());
        let mut edits = Vec::new();
        let bytes = s.as_bytes();
        let mut i = 0;
        let mut copied = 0;
        while i < bytes.len() {
            if !is_run_byte(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && is_run_byte(bytes[i]) {
                i += 1;
            }
            for (a, b, token) in self.run(&s[start..i], start) {
                out.push_str(&s[copied..a]);
                let to_start = out.len();
                out.push_str(&token);
                edits.push(Edit { from: (a, b), to: (to_start, out.len()) });
                copied = b;
            }
        }
        out.push_str(&s[copied..]);
        (out, edits)
    }

    /// Replacements inside one run of address-like characters, as absolute
    /// byte ranges of `s` (the run begins at `base`).
    fn run(&mut self, run: &str, base: usize) -> Vec<(usize, usize, String)> {
        let mut found = Vec::new();
        // E-mail addresses: local@domain, possibly several in one run.
        if run.contains('@') {
            let mut pos = 0;
            for piece in run.split(is_mail_separator) {
                let off = pos;
                pos += piece.len() + 1;
                if let Some((a, b, token)) = self.mailbox(piece) {
                    found.push((base + off + a, base + off + b, token));
                }
            }
            if !found.is_empty() {
                return found;
            }
        }
        // IPv6 (with an optional `IPv6:` prefix, RFC 5321 address literals).
        let trimmed = run.trim_end_matches('.');
        let (prefix, v6) = match trimmed.get(..5) {
            Some(p) if p.eq_ignore_ascii_case("ipv6:") => (5, &trimmed[5..]),
            _ => (0, trimmed),
        };
        // A link-local address may carry its zone (`fe80::1%eth0`, RFC 4007
        // §11): the address is replaced, the interface name kept.
        let addr = v6.split_once('%').map_or(v6, |(a, _)| a);
        if addr.matches(':').count() >= 2 && addr.parse::<Ipv6Addr>().is_ok() {
            let token = self.ip(addr, true);
            return vec![(base + prefix, base + prefix + addr.len(), token)];
        }
        // Otherwise split at colons (ip:port, time stamps) and look at each piece.
        let mut pos = 0;
        for piece in run.split(':') {
            let off = pos;
            pos += piece.len() + 1;
            let lead = piece.len() - piece.trim_start_matches(['.', '-', '_']).len();
            let core = piece.trim_start_matches(['.', '-', '_']).trim_end_matches(['.', '-', '_']);
            if core.is_empty() {
                continue;
            }
            let (a, b) = (base + off + lead, base + off + lead + core.len());
            if let Some(t) = self.servers.get(&core.to_ascii_lowercase()) {
                found.push((a, b, t.clone()));
            } else if is_ipv4(core) {
                found.push((a, b, self.ip(core, false)));
            } else if is_host(core) {
                found.push((a, b, self.host(core)));
            } else if let Some(stem) = file_stem(core).filter(|s| is_host(s)) {
                // `mx1.contoso.example.log`: the host part of a file name.
                found.push((a, a + stem.len(), self.host(stem)));
            }
        }
        found
    }

    /// `(start, end, token)` of the address inside a piece of a run.
    fn mailbox(&mut self, piece: &str) -> Option<(usize, usize, String)> {
        let at = piece.rfind('@')?;
        let local = piece[..at].trim_start_matches(['.', '-']);
        let domain = piece[at + 1..].trim_end_matches(['.', '-']);
        let start = at - local.len();
        if local.is_empty() || local.contains('@') || !local.bytes().all(is_local_byte) {
            return None;
        }
        let domain_token = if is_host(domain) {
            self.domain(domain)
        } else if is_ipv4(domain) {
            self.ip(domain, false)
        } else {
            return None;
        };
        let key = format!("{}@{}", local.to_ascii_lowercase(), domain_token);
        let token = match self.mailboxes.get(&key) {
            Some(t) => t.clone(),
            None => {
                self.users += 1;
                let t = format!("user{}@{domain_token}", self.users);
                self.mailboxes.insert(key, t.clone());
                t
            }
        };
        Some((start, at + 1 + domain.len(), token))
    }

    /// Learns the server name of a protocol-log row's connector id (the
    /// second field: `EX2016\Default Frontend EX2016`).
    fn learn_server(&mut self, line: &str) {
        let mut fields = line.trim_start_matches('\u{feff}').splitn(3, ',');
        let (Some(time), Some(connector)) = (fields.next(), fields.next()) else { return };
        if time.len() >= 19 && time.as_bytes()[4] == b'-' && time.as_bytes()[10] == b'T' {
            self.learn_connector(connector);
        }
    }

    /// `SERVER\Connector name` → remembers `SERVER` (a NetBIOS name: up to
    /// 15 letters, digits and hyphens, with a letter).
    fn learn_connector(&mut self, connector: &str) {
        let Some((name, _)) = connector.split_once('\\') else { return };
        let ok = (1..=15).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && name.bytes().any(|b| b.is_ascii_alphabetic())
            && !name.to_ascii_uppercase().starts_with("HK");
        let key = name.to_ascii_lowercase();
        if ok && !self.servers.contains_key(&key) {
            self.hosts += 1;
            self.servers.insert(key, format!("host-{}", self.hosts));
        }
    }

    fn host(&mut self, name: &str) -> String {
        let key = name.to_ascii_lowercase();
        // Public names the fixes cite, and .NET namespaces (`Microsoft.Exchange.Net`).
        if KEEP.contains(&key.as_str()) || name.starts_with("Microsoft.") || name.starts_with("System.") {
            return name.to_string();
        }
        if let Some(t) = self.names.get(&key) {
            return t.clone();
        }
        self.hosts += 1;
        let t = format!("host-{}.example", self.hosts);
        self.names.insert(key, t.clone());
        t
    }

    fn domain(&mut self, name: &str) -> String {
        let key = name.to_ascii_lowercase();
        if let Some(t) = self.names.get(&key) {
            return t.clone();
        }
        self.domains += 1;
        let t = format!("domain{}.example", self.domains);
        self.names.insert(key, t.clone());
        t
    }

    fn ip(&mut self, ip: &str, v6: bool) -> String {
        let key = ip.to_ascii_lowercase();
        if let Some(t) = self.ips.get(&key) {
            return t.clone();
        }
        let t = if v6 {
            self.v6 += 1;
            format!("2001:db8::{:x}", self.v6)
        } else {
            self.v4 += 1;
            // The three documentation networks of RFC 5737, then a plain counter.
            let n = self.v4;
            match n {
                1..=254 => format!("192.0.2.{n}"),
                255..=508 => format!("198.51.100.{}", n - 254),
                509..=762 => format!("203.0.113.{}", n - 508),
                _ => format!("[ip-{n}]"),
            }
        };
        self.ips.insert(key, t.clone());
        t
    }
}

/// Convenience: redacts a set of reports with one shared [`Redactor`].
pub fn reports(rs: &[InputReport]) -> Vec<InputReport> {
    let mut r = Redactor::new();
    rs.iter().map(|x| r.report(x)).collect()
}

fn is_run_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'@' | b'%' | b'+' | b':')
}

fn is_mail_separator(c: char) -> bool {
    c == ':'
}

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'%' | b'+')
}

fn is_ipv4(s: &str) -> bool {
    s.split('.').count() == 4
        && s.split('.').all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
        && s.parse::<Ipv4Addr>().is_ok()
}

/// The name without a file extension that is never a TLD (`.log`, `.txt`…).
fn file_stem(s: &str) -> Option<&str> {
    let (stem, ext) = s.rsplit_once('.')?;
    FILE_EXT.iter().any(|x| x.eq_ignore_ascii_case(ext)).then_some(stem)
}

const FILE_EXT: &[&str] =
    &["log", "txt", "eml", "msg", "csv", "json", "md", "xml", "html", "htm", "reg", "ps1", "zip", "gz", "evtx"];

/// A DNS name with at least two labels whose last label is a known TLD.
fn is_host(s: &str) -> bool {
    if s.len() > 253 || !s.contains('.') {
        return false;
    }
    let labels: Vec<&str> = s.split('.').collect();
    let valid = labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    });
    if !valid {
        return false;
    }
    let tld = labels[labels.len() - 1].to_ascii_lowercase();
    let cc = tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()) && !NOT_CC.contains(&tld.as_str());
    cc || TLDS.contains(&tld.as_str())
}

/// Where a byte offset of the original text lands in the redacted text. An
/// offset inside a replaced range snaps to the replacement's start (or, for
/// the end of a span, its end), so a highlight never cuts a token in half.
fn map_offset(pos: usize, edits: &[Edit], is_end: bool) -> usize {
    let mut delta: isize = 0;
    for e in edits {
        if pos <= e.from.0 {
            break;
        }
        if pos < e.from.1 {
            return if is_end { e.to.1 } else { e.to.0 };
        }
        delta += (e.to.1 - e.to.0) as isize - (e.from.1 - e.from.0) as isize;
    }
    (pos as isize + delta).max(0) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    #[test]
    fn addresses_hosts_and_ips_get_stable_tokens() {
        let mut r = Redactor::new();
        let a = r.text("to=<Lee@Fabrikam.example>, relay=mail.fabrikam.example[198.51.100.25]:25, dsn=4.7.5");
        assert_eq!(a, "to=<user1@domain1.example>, relay=host-1.example[192.0.2.1]:25, dsn=4.7.5");
        // Same values later, in another case, give the same tokens.
        let b = r.text("lee@fabrikam.example via MAIL.FABRIKAM.EXAMPLE at 198.51.100.25");
        assert_eq!(b, "user1@domain1.example via host-1.example at 192.0.2.1");
        // A new mailbox at the same domain shares the domain token.
        assert_eq!(r.text("sam@fabrikam.example"), "user2@domain1.example");
        // A host seen before as a mail domain keeps that token.
        assert_eq!(r.text("fabrikam.example"), "domain1.example");
    }

    #[test]
    fn ipv6_literals_and_endpoints() {
        let mut r = Redactor::new();
        assert_eq!(r.text("from [IPv6:2001:0db8:85a3::8a2e:370:7334]"), "from [IPv6:2001:db8::1]");
        // With a zone id the address is the same one, and its zone stays.
        assert_eq!(r.text("fe80::1%eth0 fe80::1 [FE80::1%12]:25"), "2001:db8::2%eth0 2001:db8::2 [2001:db8::2%12]:25");
        assert_eq!(r.text("10.0.0.5:50123,104.47.0.1:25"), "192.0.2.1:50123,192.0.2.2:25");
    }

    #[test]
    fn codes_paths_cmdlets_and_times_stay() {
        let mut r = Redactor::new();
        for keep in [
            "451 5.7.3 Must issue a STARTTLS command first",
            "421 4.4.2 Connection dropped due to SocketError",
            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
            r"HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client",
            r"HKLM\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319",
            "Set-SendConnector -Identity Outbound -TlsCertificateName <I>issuer<S>subject",
            "Get-Queue | Retry-Queue",
            "2026-01-20T10:00:00.000Z,Outbound to Office 365,08DC0A0000000001,7",
            "LRT=1/20/2026 10:05:00 AM",
            "SEND20260120-1.LOG get-queue.txt enable-tls12.reg Test-Tls12Config.ps1",
            "error:0A000102:SSL routines::unsupported protocol:../ssl/statem/statem_srvr.c:1657:",
            "SP_PROT_TLS1_0_CLIENT CALG_AES_256 STOREDRV.Deliver QUEUE.Expired",
            "Visit https://aka.ms/smtp_auth_tls. use smtp.office365.com",
            "4.4.317 and 5.4.316 and 4.7.66 and version 15.0.0",
            "postfix/main.cf and master.cf; Microsoft.Exchange.Net threw System.Net.Sockets.SocketException",
        ] {
            assert_eq!(r.text(keep), keep);
        }
    }

    #[test]
    fn reports_are_redacted_everywhere_and_spans_follow() {
        let input = "Jan 20 09:16:03 mx1 postfix/smtp[5020]: 5A6B7C8D9E: to=<sam@fabrikam.example>, relay=mail.fabrikam.example[198.51.100.25]:25, delay=1.2, dsn=4.7.4, status=deferred (TLS is required, but was not offered by host mail.fabrikam.example[198.51.100.25])\n";
        let rep = analyze("mx1.fabrikam.example.log", input.as_bytes());
        assert!(!rep.findings.is_empty());
        let red = Redactor::new().report(&rep);
        let dump = format!("{red:?}");
        for secret in ["fabrikam", "198.51.100.25", "sam@"] {
            assert!(!dump.contains(secret), "{secret} left in {dump}");
        }
        assert_eq!(red.path, "host-1.example.log");
        let f = &red.findings[0];
        assert_eq!(f.recipient.as_deref(), Some("user1@domain1.example"));
        assert_eq!(f.remote_ip.as_deref(), Some("192.0.2.1"));
        let o = &f.evidence[0];
        let (s, e) = (o.span.0 as usize, o.span.1 as usize);
        assert!(s <= e && e <= o.raw.len() && o.raw.is_char_boundary(s) && o.raw.is_char_boundary(e));
        let orig = &rep.findings[0].evidence[0];
        let was = &orig.raw[orig.span.0 as usize..orig.span.1 as usize];
        let now = &o.raw[s..e];
        assert!(was.contains("TLS is required") && now.contains("TLS is required"), "{was:?} → {now:?}");
        assert!(now.contains("host-2.example[192.0.2.1]") || now.contains("host-1.example"), "{now}");
    }

    #[test]
    fn one_redactor_is_stable_across_reports() {
        let a = analyze("a.txt", b"Remote Server returned '550 5.1.1 <kim@northwind.example> not found'\n");
        let b = analyze("b.txt", b"kim@northwind.example\nRemote Server returned '550 5.1.1 not found'\n");
        let red = reports(&[a, b]);
        let txt = format!("{red:?}");
        assert!(!txt.contains("northwind"));
        assert!(txt.matches("user1@domain1.example").count() >= 2, "{txt}");
    }

    #[test]
    fn census_and_sessions_are_redacted_consistently_with_findings() {
        let log = include_str!("../../www/samples/send-protocol-log.log");
        let report = analyze("SEND.log", log.as_bytes());
        let census = crate::census::census("SEND.log", log.as_bytes());
        assert!(!census.endpoints.is_empty() && !census.kept_sessions.is_empty());
        let mut r = Redactor::new();
        let red_report = r.report(&report);
        let red = r.census(&census);
        let dump = format!("{red:?}");
        let orig = format!("{census:?}");
        let secrets = ["104.47.0.1", "203.0.113.7", "10.0.0.5", "mail.contoso.example", "outlook.com"];
        assert!(secrets.iter().filter(|x| orig.contains(*x)).count() >= 4, "test premise: {orig}");
        for secret in secrets {
            assert!(!dump.contains(secret), "{secret} left in the census");
        }
        // The same address has the same token in findings and census.
        let ip = red_report.findings.iter().find_map(|f| f.remote_ip.clone()).unwrap();
        assert!(red.endpoints.iter().any(|e| e.remote_ip == ip), "{ip} not among {:?}", red.endpoints);
        // Facts stay.
        assert_eq!(red.protocols, census.protocols);
        assert_eq!(
            red.endpoints.iter().map(|e| &e.tls_failures).collect::<Vec<_>>(),
            census.endpoints.iter().map(|e| &e.tls_failures).collect::<Vec<_>>()
        );
        assert!(dump.contains("TLS negotiation failed with error SocketError"));
    }

    #[test]
    fn exchange_server_names_from_connector_ids_are_redacted() {
        let log = include_str!("../../www/samples/recv-protocol-log.log");
        let rep = analyze("RECV.log", log.as_bytes());
        assert!(format!("{rep:?}").contains("EX2016"), "test premise");
        let mut r = Redactor::new();
        let red = r.report(&rep);
        let dump = format!("{red:?}");
        assert!(!dump.contains("EX2016"), "{dump}");
        assert!(dump.contains("host-1\\\\Default Frontend host-1"), "{dump}");
        // The census of the same log uses the same token.
        let census = r.census(&crate::census::census("RECV.log", log.as_bytes()));
        assert!(!format!("{census:?}").contains("EX2016"));
        // Registry hives and words are not server names.
        let mut r = Redactor::new();
        r.learn_connector(r"HKLM\SYSTEM");
        assert_eq!(r.text(r"HKLM\SYSTEM\CurrentControlSet"), r"HKLM\SYSTEM\CurrentControlSet");
    }

    #[test]
    fn span_mapping_snaps_to_tokens() {
        let edits = [Edit { from: (4, 10), to: (4, 6) }];
        assert_eq!(map_offset(2, &edits, false), 2);
        assert_eq!(map_offset(4, &edits, false), 4);
        assert_eq!(map_offset(6, &edits, false), 4);
        assert_eq!(map_offset(6, &edits, true), 6);
        assert_eq!(map_offset(12, &edits, true), 8);
    }
}
