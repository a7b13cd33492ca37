//! The knowledge base: rules compiled from `kb/*.toml` by `build.rs`.
//!
//! A rule's texts (title, cause, fix steps) live in Fluent files so they can
//! be translated; here are only the facts that do not change with language.

use crate::types::{Direction, EnhancedStatus, InputKind, ReplyCode};
use serde::{Deserialize, Serialize};

/// How bad a finding is, in the order the UI sorts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Critical,
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// An enhanced-status pattern; `class == 0` stands for "4 or 5".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StatusPattern {
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

impl StatusPattern {
    pub fn matches(&self, s: &EnhancedStatus) -> bool {
        (self.class == 0 && s.is_failure() || self.class == s.class)
            && self.subject == s.subject
            && self.detail == s.detail
    }
}

/// One way a rule recognises an occurrence. Every given part must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Matcher {
    /// Lower-case substrings that must all appear in the line.
    pub text: &'static [&'static str],
    pub status: Option<StatusPattern>,
    pub reply: Option<u16>,
    pub class: Option<u8>,
    /// The input kind the line must come from.
    pub kind: Option<InputKind>,
    /// The side the line must come from (a Receive log's rows are
    /// inbound), when its input tells; a line of unknown side passes.
    pub direction: Option<Direction>,
    /// What the remote server must be known to be; a line naming no
    /// remote server fails it.
    pub peer: Option<Peer>,
}

/// The remote server of a line, as far as the knowledge base tells them
/// apart: Exchange Online, whose refusal of TLS 1.0/1.1 is the headline
/// case, or another one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Peer {
    ExchangeOnline,
    Other,
}

/// Exchange Online's mail servers, by address: the SMTP ranges Microsoft
/// publishes (Microsoft 365 URLs and IP address ranges, Exchange Online ID
/// 9; the same as `spf.protection.outlook.com`): 40.92.0.0/15,
/// 40.107.0.0/16, 52.100.0.0/14, 104.47.0.0/17, 2a01:111:f400::/48,
/// 2a01:111:f403::/48. `None` when `ip` is no address, or an address
/// reserved for documentation (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
/// 203.0.113.0/24; RFC 3849: 2001:db8::/32): an example stands for any
/// server, Exchange Online included, so it says nothing about which.
pub fn peer_of(ip: &str) -> Option<Peer> {
    use std::net::IpAddr;
    const V4: [([u8; 4], u32); 4] =
        [([40, 92, 0, 0], 15), ([40, 107, 0, 0], 16), ([52, 100, 0, 0], 14), ([104, 47, 0, 0], 17)];
    const V4_DOC: [([u8; 4], u32); 3] = [([192, 0, 2, 0], 24), ([198, 51, 100, 0], 24), ([203, 0, 113, 0], 24)];
    const V6: [(u128, u32); 2] = [(0x2a01_0111_f400 << 80, 48), (0x2a01_0111_f403 << 80, 48)];
    const V6_DOC: (u128, u32) = (0x2001_0db8 << 96, 32);
    let within = |a: u128, (net, bits): (u128, u32), width: u32| (a ^ net) >> (width - bits) == 0;
    let v4 = |a: u32, nets: &[([u8; 4], u32)]| {
        nets.iter().any(|&(net, bits)| within(a.into(), (u32::from_be_bytes(net).into(), bits), 32))
    };
    // An IPv4-mapped address is its IPv4 one.
    let addr = match ip.trim().parse::<IpAddr>().ok()? {
        IpAddr::V6(a) => a.to_ipv4_mapped().map_or(IpAddr::V6(a), IpAddr::V4),
        a => a,
    };
    let exo = match addr {
        IpAddr::V4(a) if v4(a.into(), &V4_DOC) => return None,
        IpAddr::V4(a) => v4(a.into(), &V4),
        IpAddr::V6(a) if within(u128::from(a), V6_DOC, 128) => return None,
        IpAddr::V6(a) => V6.iter().any(|&n| within(u128::from(a), n, 128)),
    };
    Some(if exo { Peer::ExchangeOnline } else { Peer::Other })
}

/// [`peer_of`] for a server known by its name only, or by an address that
/// tells nothing (an example): Exchange Online's own names
/// (`contoso-com.mail.protection.outlook.com`, `*.outlook.com`,
/// `*.office365.com`, 21Vianet's `*.outlook.cn`) or another server's.
/// `None` for a name reserved for examples (RFC 2606 and RFC 6761:
/// `example.com`, `.example`, `.test`, …) or one of Microsoft's fictitious
/// companies (`mail.contoso.com`): like an example address, it stands for
/// any server.
pub fn peer_of_host(host: &str) -> Option<Peer> {
    // Byte compares, no allocation: every line naming SocketError and a
    // host by an example address asks.
    let h = host.trim().trim_end_matches('.').as_bytes();
    if h.is_empty() || !h.contains(&b'.') || !h.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'.') {
        return None;
    }
    let ends = |d: &str| {
        let d = d.as_bytes();
        h.len() >= d.len()
            && h[h.len() - d.len()..].eq_ignore_ascii_case(d)
            && (h.len() == d.len() || h[h.len() - d.len() - 1] == b'.')
    };
    // `tenant.mail.onmicrosoft.com`: a tenant's routing domain (a hybrid
    // Send connector's next hop) is delivered by Exchange Online.
    if ["outlook.com", "office365.com", "outlook.cn", "microsoft.com", "onmicrosoft.com"].iter().any(|d| ends(d)) {
        return Some(Peer::ExchangeOnline);
    }
    const EXAMPLES: [&str; 8] =
        ["example", "test", "invalid", "localhost", "local", "example.com", "example.net", "example.org"];
    const FICTITIOUS: [&str; 8] = [
        "contoso",
        "fabrikam",
        "tailspintoys",
        "adatum",
        "litwareinc",
        "northwindtraders",
        "wingtiptoys",
        "woodgrovebank",
    ];
    let fictitious = || {
        h.split(|b| *b == b'.' || *b == b'-').any(|l| FICTITIOUS.iter().any(|c| l.eq_ignore_ascii_case(c.as_bytes())))
    };
    if EXAMPLES.iter().any(|d| ends(d)) || fictitious() {
        return None;
    }
    Some(Peer::Other)
}

/// What classification looks at: the error text and its decoded codes.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    pub text: &'a str,
    pub reply: Option<ReplyCode>,
    pub status: Option<&'a EnhancedStatus>,
    pub kind: InputKind,
    /// The side the line comes from, when its input tells.
    pub direction: Option<Direction>,
    /// The remote server the line names, when it names one.
    pub peer: Option<Peer>,
}

impl Matcher {
    /// The code and kind conditions (the text ones are checked through
    /// [`TextIndex`]).
    fn codes_hold(&self, s: &Subject<'_>) -> bool {
        let (reply, status) = (s.reply, s.status);
        if self.kind.is_some_and(|k| k != s.kind) {
            return false;
        }
        if self.direction.zip(s.direction).is_some_and(|(want, got)| want != got) {
            return false;
        }
        if self.peer.is_some() && self.peer != s.peer {
            return false;
        }
        if let Some(p) = &self.status {
            if !status.is_some_and(|s| p.matches(s)) {
                return false;
            }
        }
        if let Some(r) = self.reply {
            if reply != Some(ReplyCode(r)) {
                return false;
            }
        }
        if let Some(c) = self.class {
            let got = reply.map(|r| r.class()).or(status.map(|s| s.class));
            if got != Some(c) {
                return false;
            }
        }
        true
    }
}

// Every text needle of every matcher is in one automaton (`KB_NEEDLES`,
// made by `build.rs`): one pass over a line tells which needles it holds,
// instead of a substring search per needle per matcher (hundreds per line).
// The same automaton answers [`has_trigger`]: the needles that some matcher
// names first are numbered first, so a trigger is a match below
// `FIRST_NEEDLES`.

/// A document that states the cause or the fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reference {
    pub title: &'static str,
    pub url: &'static str,
}

/// One knowledge-base rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub family: &'static str,
    pub severity: Severity,
    /// A reason name from Sisimai's vocabulary.
    pub reason: &'static str,
    pub direction: Direction,
    pub applies_to: &'static [&'static str],
    pub matchers: &'static [Matcher],
    pub artifacts: &'static [&'static str],
    pub references: &'static [Reference],
    pub fixtures: &'static [&'static str],
    /// An envelope around the remote server's own reply (after ` -> `),
    /// which is the cause when a rule explains it.
    pub wrapper: bool,
    /// Of a wrapper with a meaning of its own (`450 4.4.317 Cannot connect
    /// to remote server [Message=…]`): an inner reply replaces it only when a
    /// specific rule explains that reply, not RFC 3463's general meaning.
    pub inner_specific: bool,
}

include!(concat!(env!("OUT_DIR"), "/kb_rules.rs"));

/// A downloadable, copyable file a fix step refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Artifact {
    pub id: &'static str,
    pub file_name: &'static str,
    pub mime: &'static str,
    pub content: &'static str,
}

pub static ARTIFACTS: &[Artifact] = &[
    Artifact {
        id: "tls12-reg",
        file_name: "enable-tls12.reg",
        mime: "text/plain",
        content: include_str!("../kb/artifacts/enable-tls12.reg"),
    },
    Artifact {
        id: "tls12-check-ps1",
        file_name: "Test-Tls12Config.ps1",
        mime: "text/plain",
        content: include_str!("../kb/artifacts/Test-Tls12Config.ps1"),
    },
];

pub fn artifact(id: &str) -> Option<&'static Artifact> {
    ARTIFACTS.iter().find(|a| a.id == id)
}

pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// True when the line holds text some rule looks for, in any ASCII case
/// (the automaton folds case itself: no lowercased copy of the line).
pub fn has_trigger(line: &str) -> bool {
    // Every match, not just the first: one of the needles that are never a
    // matcher's first must not count. A line without a needle (nearly every
    // line) costs one pass either way.
    KB_NEEDLES.search(line.as_bytes(), |id, _| id < FIRST_NEEDLES)
}

/// The rule for "unknown user" wording that came after the message data.
const AFTER_DATA: &str = "bounce-rejected-after-data";

/// "Unknown user" wording names a missing mailbox only when something places
/// the refusal at the address: an addressing status (`x.1.x`), a reply to
/// RCPT TO (or an earlier command), or the address echoed the way RCPT
/// refusals do (`<user@host>: User unknown`). The same words in reply to
/// DATA, or under a status of another subject (`5.2.0`, `5.7.1`, `5.0.0`),
/// come from a filter on the recipient's side, as Sisimai's
/// Reason::UserUnknown / Reason::Filtered read them. `bare` says whether the
/// words alone, with no status and no command, count as after-data (true
/// inside a bounce message, where the MTA would have said more at RCPT).
pub fn by_phase(rule: &'static Rule, text: &str, status: Option<&EnhancedStatus>, bare: bool) -> &'static Rule {
    // Provider or MTA wordings (rules that do not apply to any MTA) mean what
    // their provider says, whatever the phase (Sisimai's Rhost tables).
    if rule.id == AFTER_DATA {
        // Its own wording ("unknown user … end of DATA"), but an addressing
        // status still says the mailbox is missing.
        let unknown = || self::rule("bounce-user-unknown").unwrap_or(rule);
        return if status.is_some_and(|s| s.subject == 1) { unknown() } else { rule };
    }
    let generic = rule.applies_to.contains(&"Any MTA");
    if rule.reason != "userunknown"
        || rule.family != "mta-bounces"
        || !generic
        || rule.id == "bounce-legacy-directory-unknown"
    {
        return rule;
    }
    let filtered = || self::rule(AFTER_DATA).unwrap_or(rule);
    if status.is_some_and(|s| s.subject == 1) {
        return rule;
    }
    match crate::grammar::smtp::command_in(text).map(crate::grammar::smtp::Command::stage) {
        Some(crate::grammar::smtp::Command::Data) => return filtered(),
        Some(_) => return rule,
        None => {}
    }
    let lower = text.to_ascii_lowercase();
    // Sendmail's echo under a status of another subject (`550 5.2.1
    // <a@b>... User Unknown`) is that status's (a filter, a disabled box).
    let echoed = lower.contains(">: user unknown") || status.is_none() && echoes_the_address(&lower);
    if echoed || lower.contains("recipient address rejected") {
        return rule;
    }
    match status {
        Some(_) => filtered(),
        None if bare => filtered(),
        None => rule,
    }
}

/// `<user@host>: User unknown`, or Sendmail's `<user@host>... User unknown`
/// (its `%s... User unknown` reply to RCPT TO): the refused address echoed
/// right before the words, as RCPT refusals do; or right after them,
/// Coremail's (163.com, QQ's enterprise mail) `550 User not found:
/// user@host`. `lower` is lower-case.
fn echoes_the_address(lower: &str) -> bool {
    let before = lower.match_indices("user unknown").any(|(at, _)| {
        let before = lower[..at].trim_end();
        let before = before.strip_suffix(':').or_else(|| before.strip_suffix("...")).map(str::trim_end);
        before.is_some_and(|b| b.ends_with('>'))
    });
    let after = lower.match_indices("user not found:").any(|(at, w)| {
        let next = lower[at + w.len()..].split_whitespace().next().unwrap_or("");
        next.trim_matches(['<', '>']).split_once('@').is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
    });
    before || after
}

/// A rule that gives only what a code means in general: RFC 3463's
/// enhanced status codes and RFC 5321's reply codes.
pub fn is_generic(rule: &Rule) -> bool {
    matches!(rule.family, "rfc3463" | "rfc5321")
}

/// The first rule, most precise matcher first, that explains this line.
pub fn classify(subject: &Subject<'_>) -> Option<&'static Rule> {
    classify_by(subject, |_| true)
}

/// [`classify`], when what decides is the line's words or its enhanced
/// status, not a bare reply code (`550` alone says little more than an
/// envelope around it does).
pub fn classify_by_words_or_status(subject: &Subject<'_>) -> Option<&'static Rule> {
    classify_by(subject, |m| !m.text.is_empty() || m.status.is_some())
}

fn classify_by(subject: &Subject<'_>, deciding: impl Fn(&Matcher) -> bool) -> Option<&'static Rule> {
    if let Some((rule, m)) = first_match(subject) {
        // An enhanced status says more than the basic reply code (RFC 3463
        // §1): when only a reply code decided, a status of unknown detail
        // still names its subject (`550 5.7.520 …`: a policy refusal, x.7.0,
        // not "mailbox unavailable").
        let bare_reply = m.text.is_empty() && m.status.is_none();
        let by_status = subject
            .status
            .filter(|_| bare_reply)
            .and_then(|s| classify_status_only(s, subject.direction).or_else(|| by_subject(s, subject.direction)));
        if let Some(g) = by_status {
            return Some(g);
        }
        return deciding(m).then(|| by_phase(rule, subject.text, subject.status, false));
    }
    by_subject(subject.status?, subject.direction)
}

/// An unknown detail still has a known subject: the rule of `x.S.0`.
fn by_subject(s: &EnhancedStatus, side: Option<Direction>) -> Option<&'static Rule> {
    (s.detail != 0)
        .then(|| EnhancedStatus::new(s.class, s.subject, 0, &s.raw))
        .and_then(|g| classify_status_only(&g, side))
}

/// The rule of the first matcher in `MATCH_ORDER` that holds for this line.
fn first_match(subject: &Subject<'_>) -> Option<(&'static Rule, &'static Matcher)> {
    let mut present = [false; NEEDLE_COUNT];
    // The matchers that could hold, in match order: those whose first needle
    // is here, and those with no text (every one needs a code: `build.rs`)
    // whose codes the line has.
    let mut candidates = TEXTLESS;
    for (c, (status, reply)) in candidates.iter_mut().zip(NEEDS_STATUS.iter().zip(&NEEDS_REPLY)) {
        if subject.status.is_none() {
            *c &= !status;
        }
        if subject.reply.is_none() {
            *c &= !reply;
        }
    }
    KB_NEEDLES.search(subject.text.as_bytes(), |id, _| {
        if !std::mem::replace(&mut present[id], true) && id < FIRST_NEEDLES {
            for &pos in BY_FIRST[id] {
                candidates[pos as usize / 64] |= 1 << (pos % 64);
            }
        }
        false
    });
    let in_order = candidates.iter().enumerate().flat_map(|(w, &bits)| {
        let mut bits = bits;
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let b = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                w * 64 + b
            })
        })
    });
    for pos in in_order {
        let (r, m) = MATCH_ORDER[pos];
        let rule = &RULES[r as usize];
        let matcher = &rule.matchers[m as usize];
        if MATCHER_NEEDLES[pos].iter().all(|&i| present[i as usize])
            && holds(rule, matcher, subject)
            && words_start(MATCHER_NEEDLES[pos], subject.text)
            && !passed_check(rule, matcher, subject)
        {
            return Some((rule, matcher));
        }
    }
    None
}

/// A failure (an error or critical rule) found by words alone, with no code
/// beside them, on a line that reports a check that passed: the words name
/// the check (`block list`, `reverse DNS`, `SPF validation`), not its
/// result. A warning may be about what succeeded (TLS 1.0 negotiated).
fn passed_check(rule: &Rule, m: &Matcher, subject: &Subject<'_>) -> bool {
    matches!(rule.severity, Severity::Critical | Severity::Error)
        && m.status.is_none()
        && m.reply.is_none()
        && m.class.is_none()
        && subject.reply.is_none()
        && subject.status.is_none()
        && says_it_passed(subject.text)
}

/// Whether a line without codes reports a check that passed, as test tools
/// word it (QA round 34: the Remote Connectivity Analyzer's "The address
/// isn't on any of the block lists." and "Sender ID/SPF validation
/// succeeded.", MXToolbox's "OK - Reverse DNS is a valid Hostname" were
/// critical findings), and no failure beside it.
fn says_it_passed(text: &str) -> bool {
    let t = text.trim_start().to_ascii_lowercase();
    let has = |w: &str| t.contains(w);
    let passed = ["succeeded", "successful", "passed", "isn't on any", "is not on any"].iter().any(|w| has(w))
        // At the line's start or a tab-separated cell's (a table's Result column).
        || t.split('\t').any(|cell| ["ok - ", "ok: ", "[ok]", "\u{2713}", "\u{2714}"].iter().any(|p| cell.starts_with(p)));
    let failed =
        ["fail", "error", "reject", "denied", "refus", "unsuccessful", "invalid", "warning"].iter().any(|w| has(w));
    passed && !failed
}

/// Whether each of a matcher's needles that counts only where a word starts
/// ([`WORD_NEEDLES`]) is somewhere in `text` where one does. Checked for a
/// matcher that holds otherwise, not for every needle found: the search of
/// every line stays as it was (a check there cost 1 % of a mail log).
fn words_start(needles: &[u16], text: &str) -> bool {
    needles.iter().all(|&id| {
        WORD_NEEDLES.iter().find(|(w, _)| *w == id).is_none_or(|(_, word)| {
            let hay = text.as_bytes();
            (0..hay.len().saturating_sub(word.len() - 1))
                .any(|at| hay[at..at + word.len()].eq_ignore_ascii_case(word.as_bytes()) && at_word_start(hay, at))
        })
    })
}

/// Whether a word starts at `at` of `hay`: no ASCII letter or digit before,
/// and not an address's local part (`rdns-check@example.org`, a sender in a
/// queue listing).
fn at_word_start(hay: &[u8], at: usize) -> bool {
    let starts = at == 0 || !hay[at - 1].is_ascii_alphanumeric();
    starts && !hay[at..].iter().take_while(|b| !b.is_ascii_whitespace() && !b"<>(),;".contains(b)).any(|&b| b == b'@')
}

/// Whether `m`, a matcher of `rule`, holds for `subject` on all but its
/// text: its codes and kind, and the rule's side.
fn holds(rule: &Rule, m: &Matcher, subject: &Subject<'_>) -> bool {
    m.codes_hold(subject) && sides_agree(rule.direction, subject.direction)
}

/// A rule written for one side (its cause and fix say whose server refused
/// whom) explains no line known to come from the other: a Receive log's
/// `550 5.7.1 … blocked using zen.spamhaus.org` is this server refusing a
/// client, not a blocklist refusing this server's mail ("request delisting
/// of your IP", QA). A line of unknown side, or a rule for either, passes.
fn sides_agree(rule: Direction, line: Option<Direction>) -> bool {
    !matches!(
        (rule, line),
        (Direction::Outbound, Some(Direction::Inbound)) | (Direction::Inbound, Some(Direction::Outbound))
    )
}

/// The first rule whose matcher is this enhanced status alone, and whose
/// side agrees with the line's (as in [`first_match`]: a Receive log's own
/// `550 5.7.x` is not a refusal of this server's mail).
fn classify_status_only(status: &EnhancedStatus, side: Option<Direction>) -> Option<&'static Rule> {
    MATCH_ORDER.iter().map(|&(r, m)| (&RULES[r as usize], &RULES[r as usize].matchers[m as usize])).find_map(
        |(rule, m)| {
            (m.text.is_empty()
                && m.reply.is_none()
                && m.status.is_some_and(|p| p.matches(status))
                && sides_agree(rule.direction, side))
            .then_some(rule)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_that_passed_is_no_finding() {
        let rule = |text: &str| {
            classify(&Subject { text, reply: None, status: None, kind: InputKind::Text, direction: None, peer: None })
                .map(|r| r.id)
        };
        for text in [
            "The address isn't on any of the block lists.",
            "Sender ID/SPF validation succeeded.",
            "OK - Reverse DNS is a valid Hostname",
        ] {
            assert_eq!(rule(text), None, "{text}");
        }
        assert_eq!(rule("The address is on a block list."), Some("bounce-dnsbl-listed"));
        assert_eq!(rule("Reverse DNS lookup failed"), Some("bounce-reverse-dns-required"));
        // "Not listed" is a failure in a directory's words.
        assert_eq!(rule("User not listed in public Name & Address Book"), Some("bounce-legacy-directory-unknown"));
    }

    #[test]
    fn triggers_are_the_needles_named_first() {
        assert_eq!(NEEDLES.len(), NEEDLE_COUNT);
        let firsts: std::collections::BTreeSet<&str> =
            RULES.iter().flat_map(|r| r.matchers.iter()).filter_map(|m| m.text.first().copied()).collect();
        assert_eq!(NEEDLES[..FIRST_NEEDLES].iter().copied().collect::<std::collections::BTreeSet<_>>(), firsts);
        let line =
            "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"";
        assert!(has_trigger(line));
        assert!(!has_trigger("250 2.0.0 OK queued as 4F1"));
        // A needle that is never named first is no trigger.
        if let Some(later) =
            NEEDLES[FIRST_NEEDLES..].iter().find(|n| !NEEDLES[..FIRST_NEEDLES].iter().any(|f| n.contains(f)))
        {
            assert!(!has_trigger(later), "{later}");
        }
    }

    #[test]
    fn triggers_are_found_in_any_case_and_at_any_length() {
        let first = RULES.iter().flat_map(|r| r.matchers.iter()).find_map(|m| m.text.first().copied()).unwrap();
        assert_eq!(first, first.to_ascii_lowercase(), "needles are lowercase");
        let upper = first.to_ascii_uppercase();
        let pad = |n: usize| format!("{}{upper}", "x".repeat(n.saturating_sub(upper.len())));
        for line in [
            first.to_string(),
            format!("x {upper} y"),
            format!("{}{upper}", "é".repeat(400)),
            pad(32),
            pad(33),
            pad(512),
            pad(513),
        ] {
            assert!(has_trigger(&line), "{line}");
        }
        assert!(!has_trigger("nothing a rule would look for: qqqq zzzz"));
        assert!(!has_trigger(""));
    }

    /// What [`first_match`] must answer: every matcher in order, each
    /// needle looked for on its own.
    fn first_match_by_scan(subject: &Subject<'_>) -> Option<&'static Rule> {
        let lower = subject.text.to_ascii_lowercase();
        MATCH_ORDER.iter().map(|&(r, m)| (&RULES[r as usize], &RULES[r as usize].matchers[m as usize])).find_map(
            |(rule, m)| {
                let word = |t: &str| m.text.len() == 1 && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_lowercase());
                let here =
                    |t: &&str| lower.match_indices(*t).any(|(at, _)| !word(t) || at_word_start(lower.as_bytes(), at));
                (m.text.iter().all(here) && holds(rule, m, subject) && !passed_check(rule, m, subject)).then_some(rule)
            },
        )
    }

    #[test]
    fn a_short_word_alone_is_found_only_where_a_word_starts() {
        let rule = |text: &str| crate::analyze("paste", text.as_bytes()).findings.first().map(|f| f.rule.clone());
        // A Postfix queue ID is random mixed-case letters (QA round 29).
        assert_eq!(rule("4XRdNsz8v5Cqz2    63843 Tue Mar  4 09:10:44  sender2@example.org"), None);
        assert_eq!(rule("4XPtRz8v5Cqz3*     1200 Tue Mar  4 09:11:00  rdns-check@example.org"), None);
        assert_eq!(
            rule("550 Client host rejected: no rDNS for 192.0.2.7").as_deref(),
            Some("bounce-reverse-dns-required")
        );
        assert_eq!(rule("550 Rejected: rDNS lookup failed").as_deref(), Some("bounce-reverse-dns-required"));
        assert_eq!(rule("554 listed at multi.surbl.org").as_deref(), Some("bounce-spam-url"));
    }

    #[test]
    fn an_echoed_address_places_user_unknown_at_rcpt() {
        for yes in [
            "<a@example.org>: user unknown",
            "550 5.1.1 <a@example.org>... user unknown",
            "reason: <a@example.org> ...user unknown",
            "550 user not found: wang@163.example",
        ] {
            assert!(echoes_the_address(yes), "{yes}");
        }
        for no in [
            "user unknown",
            "the message was refused after data: user unknown",
            "<a@example.org> said user unknown",
            "550 user not found: see https://example.org",
        ] {
            assert!(!echoes_the_address(no), "{no}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Lines made of knowledge-base needles (in any case, often a
        /// matcher's later needles without its first), filler and codes.
        #[test]
        fn the_indexed_match_is_the_first_matcher_that_holds(
            picks in proptest::collection::vec((0usize..1348, 0usize..4, proptest::bool::ANY), 0..6),
            code in 0usize..8,
            side in 0usize..3,
            kind in 0usize..7,
        ) {
            let matchers: Vec<&Matcher> = RULES.iter().flat_map(|r| r.matchers.iter()).collect();
            let mut text = String::new();
            for (m, n, upper) in picks {
                let m = matchers[m % matchers.len()];
                if let Some(t) = m.text.get(n % m.text.len().max(1)) {
                    text.push_str(&if upper { t.to_ascii_uppercase() } else { t.to_string() });
                }
                text.push_str(" x ");
            }
            let codes = [(None, None), (Some(550), Some((5, 1, 1))), (Some(421), Some((4, 4, 2))),
                (Some(451), Some((4, 7, 3))), (Some(250), None), (None, Some((5, 7, 9))),
                (Some(530), Some((5, 7, 0))), (Some(554), Some((5, 4, 14)))];
            let (reply, status) = codes[code];
            let status = status.map(|(c, s, d)| EnhancedStatus::new(c, s, d, &format!("{c}.{s}.{d}")));
            let kinds = [InputKind::ExchangeNdr, InputKind::Dsn, InputKind::QueueError, InputKind::ProtocolLog,
                InputKind::Syslog, InputKind::WindowsEvent, InputKind::Text];
            let direction = [None, Some(Direction::Inbound), Some(Direction::Outbound)][side];
            let subject = Subject { text: &text, reply: reply.map(ReplyCode), status: status.as_ref(), kind: kinds[kind], direction, peer: None };
            let (got, want) = (first_match(&subject).map(|(r, _)| r.id), first_match_by_scan(&subject).map(|r| r.id));
            proptest::prop_assert_eq!(got, want, "{:?}", text);
        }
    }

    /// Exchange Online's three-digit details name one cause each; a rule
    /// that knows the code wins over a rule of a few common words.
    #[test]
    fn a_three_digit_exchange_status_outranks_common_words() {
        for (line, want) in [
            (
                "550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required",
                "exo-5-7-136-mail-user-requires-auth",
            ),
            (
                "550 5.7.703 the recipient is blocked by your organization using the Tenant Allow/Block List",
                "exo-5-7-703-tenant-recipient-block",
            ),
        ] {
            let r = crate::analyze("paste", line.as_bytes());
            assert_eq!(r.findings.first().map(|f| f.rule.as_str()), Some(want), "{line}");
        }
        // Without the code, the words still find their own rule.
        let r = crate::analyze("paste", b"550 Authentication required\n");
        assert_ne!(r.findings.first().map(|f| f.rule.as_str()), Some("exo-5-7-136-mail-user-requires-auth"));
    }

    /// A status of unknown detail still names its subject, and says more
    /// than the bare reply code beside it (RFC 3463 §1): `550 5.7.498` is a
    /// policy refusal (x.7.0), not "mailbox unavailable" (550).
    #[test]
    fn an_unknown_enhanced_status_outranks_a_bare_reply_code() {
        for (text, want) in [
            ("550 5.7.498 Access denied by the policy of this site.", "rfc3463-7-0-security-other"),
            ("554 5.6.211 Invalid MIME content", "rfc3463-6-0-content-other"),
            // A known status keeps its own rule; a reply alone keeps the reply's.
            ("550 5.1.1 gone", "rfc3463-1-1-bad-mailbox"),
            ("550 gone", "smtp-550-mailbox-unavailable"),
        ] {
            let hit = crate::grammar::smtp::find_codes(text);
            let (reply, status) = (hit.as_ref().and_then(|h| h.reply), hit.as_ref().and_then(|h| h.status.clone()));
            let subject =
                Subject { text, reply, status: status.as_ref(), kind: InputKind::Text, direction: None, peer: None };
            assert_eq!(classify(&subject).map(|r| r.id), Some(want), "{text}");
        }
    }

    #[test]
    fn exchange_online_is_told_by_its_published_smtp_ranges() {
        for ip in [
            "104.47.0.1",
            "104.47.127.255",
            "40.92.1.2",
            "40.93.255.1",
            "40.107.3.4",
            "52.100.0.1",
            "52.103.255.255",
            "2a01:111:f400:7e00::1",
            "2a01:111:f403::5",
            "::ffff:104.47.20.1",
        ] {
            assert_eq!(peer_of(ip), Some(Peer::ExchangeOnline), "{ip}");
        }
        for ip in ["104.47.128.0", "40.94.0.1", "52.104.0.1", "8.8.8.8", "10.0.0.5", "2a01:111:f401::1", "2a00:1450::1"]
        {
            assert_eq!(peer_of(ip), Some(Peer::Other), "{ip}");
        }
        // Examples stand for any server; no address, no peer.
        for ip in ["192.0.2.1", "198.51.100.7", "203.0.113.77", "2001:db8::1", "::ffff:192.0.2.1", "unknown", ""] {
            assert_eq!(peer_of(ip), None, "{ip}");
        }
    }

    #[test]
    fn a_server_known_by_name_is_exchange_online_another_or_an_example() {
        for host in [
            "contoso-com.mail.protection.outlook.com",
            "BN8PR.prod.outlook.com.",
            "smtp.office365.com",
            "x.mail.protection.partner.outlook.cn",
        ] {
            assert_eq!(peer_of_host(host), Some(Peer::ExchangeOnline), "{host}");
        }
        for host in ["mx.tailspin.com", "aspmx.l.google.com", "mail.partner.de", "mx1.hotmail-like.net"] {
            assert_eq!(peer_of_host(host), Some(Peer::Other), "{host}");
        }
        for host in [
            "mx.tailspin.example",
            "mail.example.com",
            "mail.contoso.com",
            "mx.fabrikam.net",
            "exch01.corp.local",
            "localhost",
            "",
            "[192.0.2.1]",
            "mx",
        ] {
            assert_eq!(peer_of_host(host), None, "{host}");
        }
    }

    #[test]
    fn every_rule_has_a_fixture_and_an_https_source() {
        assert!(!RULES.is_empty());
        for r in RULES {
            assert!(!r.fixtures.is_empty(), "{}", r.id);
            assert!(r.references.iter().all(|x| x.url.starts_with("https://")), "{}", r.id);
        }
    }

    #[test]
    fn unknown_user_words_depend_on_the_phase() {
        let read = |text: &str| {
            let hit = crate::grammar::smtp::find_codes(text);
            let status = hit.as_ref().and_then(|h| h.status.clone());
            let subject = Subject {
                text,
                reply: hit.as_ref().and_then(|h| h.reply),
                status: status.as_ref(),
                kind: InputKind::Dsn,
                direction: None,
                peer: None,
            };
            classify(&subject).map(|r| r.reason)
        };
        assert_eq!(
            read("550 5.1.1 <a@b.example>... User unknown (in reply to end of DATA command)"),
            Some("userunknown")
        );
        assert_eq!(read("550 5.0.0 <a@b.example>... User unknown (in reply to end of DATA command)"), Some("filtered"));
        assert_eq!(read("550 5.2.1 <a@b.example>... User unknown (in reply to RCPT TO command)"), Some("userunknown"));
        assert_eq!(read("550 5.7.1 550 User unknown: a@b.example"), Some("filtered"));
        assert_eq!(read("550 no such user here"), Some("userunknown"));
    }

    #[test]
    fn a_status_alone_keeps_the_side_of_the_line() {
        // `550 5.7.708 …` with words no rule names: the reply code decides
        // first, then its status. Exchange Online's 5.7.708 is written for
        // this server's mail refused; a Receive log's own reply is not that.
        let text = "550 5.7.708 Service unavailable";
        let hit = crate::grammar::smtp::find_codes(text);
        let status = hit.as_ref().and_then(|h| h.status.clone());
        let read = |direction| {
            let subject = Subject {
                text,
                reply: hit.as_ref().and_then(|h| h.reply),
                status: status.as_ref(),
                kind: InputKind::ProtocolLog,
                direction,
                peer: None,
            };
            classify(&subject).map(|r| r.id)
        };
        assert_eq!(read(None), Some("exo-5-7-708-ip-not-accepted"));
        assert_eq!(read(Some(Direction::Outbound)), Some("exo-5-7-708-ip-not-accepted"));
        assert_eq!(read(Some(Direction::Inbound)), Some("rfc3463-7-0-security-other"));
    }

    #[test]
    fn every_artifact_a_rule_names_exists() {
        for r in RULES {
            for a in r.artifacts {
                assert!(artifact(a).is_some(), "{} names missing artifact {a}", r.id);
            }
        }
    }
}
