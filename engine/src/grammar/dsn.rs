//! RFC 3464 delivery status notifications: the `message/delivery-status`
//! body, a per-message block then one block per recipient (RFC 3464 §2.1):
//!
//! ```text
//! Reporting-MTA: dns; mx.example.jp
//!
//! Final-Recipient: rfc822; kijitora@example.jp
//! Action: failed
//! Status: 5.1.1
//! Remote-MTA: dns; mx.example.org
//! Diagnostic-Code: smtp; 550 5.1.1 <kijitora@example.jp>... User Unknown
//! ```

use nom::{IResult, Parser, bytes::complete::take_while1, character::complete::char};

/// `field = field-name ":" value`, with `field-name = 1*(ALPHA / DIGIT / "-")`
/// (RFC 5322 §3.6.8 ftext narrowed to what DSNs use).
pub fn field(line: &str) -> IResult<&str, (&str, &str)> {
    let (rest, name) = take_while1(|c: char| c.is_ascii_alphanumeric() || c == '-').parse(line)?;
    let (rest, _) = char(':').parse(rest)?;
    Ok(("", (name, rest.trim())))
}

/// Field names that open or continue a DSN block.
pub fn is_dsn_field(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "final-recipient",
        "original-recipient",
        "action",
        "status",
        "remote-mta",
        "diagnostic-code",
        "last-attempt-date",
        "will-retry-until",
        "final-log-id",
        "reporting-mta",
        "dsn-gateway",
        "received-from-mta",
        "arrival-date",
        "original-envelope-id",
        // RFC 5965 §3.1 feedback report (ARF) fields.
        "feedback-type",
        "user-agent",
        "version",
        "original-mail-from",
        "original-rcpt-to",
        "source-ip",
        "reported-domain",
        "reported-uri",
        "incidents",
        "authentication-results",
        "auth-failure",
        "removal-recipient",
        "received-date",
        "delivery-result",
        "identity-alignment",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)) || name.len() > 2 && name[..2].eq_ignore_ascii_case("x-")
}

/// One per-recipient block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecipientBlock {
    pub final_recipient: Option<String>,
    pub original_recipient: Option<String>,
    pub action: Option<String>,
    pub status: Option<String>,
    pub remote_mta: Option<String>,
    pub diagnostic_code: Option<String>,
    pub last_attempt: Option<String>,
    /// RFC 5965 `Feedback-Type` when the block is an abuse/feedback report.
    pub feedback_type: Option<String>,
    /// RFC 5965 `Original-Rcpt-To` addresses of a feedback report.
    pub feedback_recipients: Vec<String>,
    /// The SMTP command the recipient was refused at, when the message's
    /// human-readable part says so (see [`COMMAND_FIELD`]).
    pub command: Option<String>,
    /// The error as the human-readable part states it for this recipient,
    /// when the block has no `Diagnostic-Code` (see [`TEXT_FIELD`]).
    pub human_text: Option<String>,
}

/// Extension field (RFC 3464 §2.4) that message framing adds to a recipient
/// block: the SMTP command the bounce's human-readable part names for that
/// recipient (`DATA`, `RCPT TO`, …). RFC 3464 itself has no such field.
pub const COMMAND_FIELD: &str = "X-Mailtriage-Command";

/// Extension field that message framing adds to a recipient block without a
/// `Diagnostic-Code`: the line of the human-readable part about that recipient.
pub const TEXT_FIELD: &str = "X-Mailtriage-Text";

impl RecipientBlock {
    /// The recipient address, without its `rfc822;` address type.
    pub fn recipient(&self) -> Option<&str> {
        self.final_recipient.as_deref().or(self.original_recipient.as_deref()).map(strip_type).filter(|a| !a.is_empty())
    }

    /// `smtp; 550 5.1.1 …` → `550 5.1.1 …` (RFC 3464 §2.3.6 diagnostic-type).
    pub fn diagnostic_text(&self) -> Option<&str> {
        self.diagnostic_code.as_deref().map(strip_type).filter(|d| !d.is_empty())
    }

    /// The diagnostic, or else what the human-readable part said.
    pub fn error_text(&self) -> Option<&str> {
        self.diagnostic_text().or(self.human_text.as_deref().map(str::trim).filter(|d| !d.is_empty()))
    }

    /// True when the block reports a failure or a delay.
    pub fn is_failure(&self) -> bool {
        let action = self.action.as_deref().unwrap_or("").to_ascii_lowercase();
        let status_bad = self.status.as_deref().is_some_and(|s| s.trim_start().starts_with(['4', '5']));
        // A `Diagnostic-Code` pasted alone (QA round 15: `Diagnostic-Code: smtp;
        // 550 5.7.515 Access denied, …` and its folded lines): its reply says it.
        let diagnostic_bad =
            self.status.is_none() && self.diagnostic_text().is_some_and(|d| d.trim_start().starts_with(['4', '5']));
        action.starts_with("failed")
            || action.starts_with("delayed")
            || (action.is_empty() && (status_bad || diagnostic_bad))
    }

    /// Sets a field from a `name: value` pair; returns false for other names.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        let slot = match name.to_ascii_lowercase().as_str() {
            "final-recipient" => &mut self.final_recipient,
            "original-recipient" => &mut self.original_recipient,
            "action" => &mut self.action,
            "status" => &mut self.status,
            "remote-mta" => &mut self.remote_mta,
            "diagnostic-code" => &mut self.diagnostic_code,
            "last-attempt-date" => &mut self.last_attempt,
            "feedback-type" => &mut self.feedback_type,
            "x-mailtriage-command" => &mut self.command,
            "x-mailtriage-text" => &mut self.human_text,
            "original-rcpt-to" => {
                let addr = strip_type(value);
                if !addr.is_empty() {
                    self.feedback_recipients.push(addr.to_string());
                }
                return true;
            }
            _ => return false,
        };
        *slot = Some(value.to_string());
        true
    }

    /// Appends a folded continuation line (RFC 5322 §2.2.3) to the last field set.
    pub fn continue_diagnostic(&mut self, more: &str) {
        if let Some(d) = &mut self.diagnostic_code {
            d.push(' ');
            d.push_str(more.trim());
        }
    }
}

/// `rfc822; user@example.com` → `user@example.com`; `dns; mx` → `mx`.
pub fn strip_type(v: &str) -> &str {
    let v = v.trim();
    match v.split_once(';') {
        Some((t, rest)) if !t.contains(' ') && !t.contains('@') => rest.trim(),
        _ => v,
    }
    .trim_matches(['<', '>'])
}

/// A `Remote-MTA` value as a host and an address: Gmail writes `dns;
/// mta7.am0.yahoodns.net. (67.195.228.110, the server for the domain
/// yahoo.com.)` (QA round 15: the whole sentence stood as the host name).
pub fn remote_mta(v: &str) -> (Option<&str>, Option<&str>) {
    use crate::grammar::protolog::is_ip;
    let v = strip_type(v);
    let (name, rest) = v.split_once(|c: char| c.is_whitespace()).unwrap_or((v, ""));
    let name = name.trim_end_matches('.');
    // `(192.0.2.1, …)` as Gmail writes it, `[192.0.2.1]` as Courier does.
    let rest = rest.trim_start();
    let ip = rest
        .strip_prefix('(')
        .and_then(|r| r.split([',', ')']).next())
        .or_else(|| rest.strip_prefix('[').and_then(|r| r.split(']').next()))
        .map(str::trim)
        .filter(|ip| is_ip(ip));
    let bracketed = name.starts_with('[') && name.ends_with(']');
    match (bracketed, name.is_empty()) {
        // `dns; [192.0.2.1]`: an address written as the name.
        (true, _) => (None, Some(&name[1..name.len() - 1]).filter(|ip| is_ip(ip)).or(ip)),
        (false, true) => (None, ip),
        // `dns; 192.0.2.222 (192.0.2.222, the server for the domain.)`
        (false, false) if is_ip(name) => (None, Some(name)),
        (false, false) => (Some(name), ip),
    }
}

/// Parses a whole delivery-status body into its recipient blocks.
pub fn recipient_blocks(body: &str) -> Vec<RecipientBlock> {
    let mut out = Vec::new();
    let mut cur = RecipientBlock::default();
    let mut last_was_diag = false;
    let flush = |cur: &mut RecipientBlock, out: &mut Vec<RecipientBlock>| {
        if cur.final_recipient.is_some() || cur.original_recipient.is_some() {
            out.push(std::mem::take(cur));
        } else {
            *cur = RecipientBlock::default();
        }
    };
    for line in crate::framing::lines(body) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut cur, &mut out);
            last_was_diag = false;
            continue;
        }
        if line.starts_with([' ', '\t']) {
            if last_was_diag {
                cur.continue_diagnostic(line);
            }
            continue;
        }
        if let Ok((_, (name, value))) = field(line) {
            // A second Final-Recipient without a blank line starts a new block.
            if name.eq_ignore_ascii_case("final-recipient") && cur.final_recipient.is_some() {
                flush(&mut cur, &mut out);
            }
            cur.set(name, value);
            last_was_diag = name.eq_ignore_ascii_case("diagnostic-code");
        }
    }
    flush(&mut cur, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_blocks_with_folded_diagnostic() {
        let body = "Reporting-MTA: dns; mx.example.jp\r\nArrival-Date: Thu, 29 Apr 2010 23:34:45 +0900\r\n\r\nFinal-Recipient: rfc822; kijitora@example.jp\r\nAction: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx.example.org\r\nDiagnostic-Code: smtp; 550 5.1.1 <kijitora@example.jp>...\r\n    User Unknown\r\n\r\nFinal-Recipient: rfc822; neko@example.jp\r\nAction: delayed\r\nStatus: 4.4.7\r\n";
        let b = recipient_blocks(body);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].recipient(), Some("kijitora@example.jp"));
        assert_eq!(b[0].diagnostic_text(), Some("550 5.1.1 <kijitora@example.jp>... User Unknown"));
        assert_eq!(b[0].remote_mta.as_deref().map(strip_type), Some("mx.example.org"));
        assert!(b[0].is_failure() && b[1].is_failure());
        assert_eq!(b[1].status.as_deref(), Some("4.4.7"));
    }

    #[test]
    fn delivered_is_not_a_failure_and_fields_are_recognised() {
        let b = recipient_blocks("Final-Recipient: rfc822;a@b.c\nAction: delivered\nStatus: 2.0.0\n");
        assert!(!b[0].is_failure());
        assert!(is_dsn_field("Diagnostic-Code") && is_dsn_field("X-Postfix-Sender") && !is_dsn_field("Subject"));
        assert_eq!(field("Status: 5.1.1").unwrap().1, ("Status", "5.1.1"));
        assert!(field(" folded").is_err());
    }

    #[test]
    fn remote_mta_splits_name_and_address() {
        assert_eq!(
            remote_mta("dns; mta7.am0.yahoodns.net. (67.195.228.110, the server for the domain yahoo.com.)"),
            (Some("mta7.am0.yahoodns.net"), Some("67.195.228.110"))
        );
        assert_eq!(remote_mta("dns; mx.example.com"), (Some("mx.example.com"), None));
        assert_eq!(remote_mta("dns; mx.example.co.jp [192.0.2.95]"), (Some("mx.example.co.jp"), Some("192.0.2.95")));
        assert_eq!(remote_mta("dns; [192.0.2.1]"), (None, Some("192.0.2.1")));
    }
}
