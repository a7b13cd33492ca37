//! Open types for what the grammars find. Every decoded value keeps the raw
//! text it came from, and values we do not know are data, not errors.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An RFC 5321 §4.2 reply code: three digits, first 2–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReplyCode(pub u16);

impl ReplyCode {
    /// First digit: 2 success, 3 intermediate, 4 transient, 5 permanent.
    pub fn class(self) -> u8 {
        (self.0 / 100) as u8
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}", self.0)
    }
}

/// An RFC 3463 enhanced status code `class.subject.detail`, kept with the
/// exact text it was written as (`5.1.1`, `5.01.001`, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EnhancedStatus {
    pub raw: String,
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

impl EnhancedStatus {
    pub fn new(class: u8, subject: u16, detail: u16, raw: &str) -> Self {
        Self { raw: raw.to_string(), class, subject, detail }
    }

    /// Canonical form without leading zeros (`5.1.1`).
    pub fn canonical(&self) -> String {
        format!("{}.{}.{}", self.class, self.subject, self.detail)
    }

    /// True for a status that reports a failure (class 4 or 5).
    pub fn is_failure(&self) -> bool {
        self.class == 4 || self.class == 5
    }
}

impl fmt::Display for EnhancedStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

/// What sort of input a record came from. Detected, never assumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// Exchange Online / Exchange Server NDR text.
    ExchangeNdr,
    /// RFC 3464 delivery status notification or another MTA's bounce.
    Dsn,
    /// Exchange Queue Viewer / Get-Queue / message-trace error text.
    QueueError,
    /// Exchange SMTP Send or Receive protocol log.
    ProtocolLog,
    /// Postfix / Exim / Sendmail syslog lines.
    Syslog,
    /// Windows event text (Schannel, MSExchangeTransport).
    WindowsEvent,
    /// Any other line with an SMTP reply or enhanced status.
    Text,
}

impl InputKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::ExchangeNdr => "exchange-ndr",
            InputKind::Dsn => "dsn",
            InputKind::QueueError => "queue-error",
            InputKind::ProtocolLog => "protocol-log",
            InputKind::Syslog => "syslog",
            InputKind::WindowsEvent => "windows-event",
            InputKind::Text => "text",
        }
    }
}

/// Which way the mail was going, seen from the server that wrote the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Inbound,
    Outbound,
    #[default]
    Either,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Inbound => "inbound",
            Direction::Outbound => "outbound",
            Direction::Either => "either",
        }
    }
}

/// Where a record was found: 1-based line and byte span in the decoded text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub line: u64,
    pub start: u64,
    pub end: u64,
}

/// One error occurrence, as typed as the grammar could make it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    pub location: Location,
    pub kind: InputKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<ReplyCode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<EnhancedStatus>,
    /// The message text the error is about (reply text, log data, …).
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_ip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The whole input line (bounded), for evidence.
    pub raw: String,
    /// Byte span of the matched error inside `raw` (for highlighting).
    pub span: (u32, u32),
}
