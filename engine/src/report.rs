//! Reports: findings grouped per rule and affected party, plus the notes that
//! tell the user what happened to input we could not read.

use crate::framing::Encoding;
use crate::kb::{Rule, Severity};
use crate::types::{Direction, InputKind, Occurrence, ReplyCode};
use serde::{Deserialize, Serialize};

/// Rule id for an error no rule explains (still shown, never hidden).
pub const UNCLASSIFIED: &str = "unclassified";

/// All occurrences of one rule for one code and one recipient/endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<ReplyCode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_ip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    pub kind: InputKind,
    pub count: u64,
    pub first_line: u64,
    pub last_line: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    pub evidence: Vec<Occurrence>,
}

impl Finding {
    pub fn new(rule: Option<&'static Rule>, occ: Occurrence) -> Self {
        Self {
            rule: rule.map_or(UNCLASSIFIED, |r| r.id).to_string(),
            severity: rule.map_or(Severity::Warning, |r| r.severity),
            reason: rule.map_or("undefined", |r| r.reason).to_string(),
            status: occ.status.as_ref().map(|s| s.raw.clone()),
            reply: occ.reply,
            recipient: occ.recipient.clone(),
            remote_host: occ.remote_host.clone(),
            remote_ip: occ.remote_ip.clone(),
            direction: occ.direction,
            kind: occ.kind,
            count: 1,
            first_line: occ.location.line,
            last_line: occ.location.line,
            first_seen: occ.timestamp.clone(),
            last_seen: occ.timestamp.clone(),
            evidence: vec![occ],
        }
    }

    /// Adds another occurrence of the same finding.
    pub fn add(&mut self, occ: Occurrence, keep: usize) {
        self.seen_again(occ.location.line, occ.timestamp.as_deref());
        if self.evidence.len() < keep {
            self.evidence.push(occ);
        }
    }

    /// Counts another occurrence without keeping it as evidence (what
    /// [`Finding::add`] does once `keep` occurrences are kept).
    pub fn seen_again(&mut self, line: u64, timestamp: Option<&str>) {
        self.count += 1;
        self.last_line = line;
        if let Some(t) = timestamp {
            if self.first_seen.is_none() {
                self.first_seen = Some(t.to_string());
            }
            match &mut self.last_seen {
                Some(last) => {
                    last.clear();
                    last.push_str(t);
                }
                None => self.last_seen = Some(t.to_string()),
            }
        }
    }
}

/// Something the user should know about how the input was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "note", rename_all = "kebab-case")]
pub enum Note {
    Binary,
    /// A binary input compressed in a format this tool does not read
    /// (`xz`, `bzip2`, `zstd`, `7z`, …): nothing of it was read.
    Compressed {
        format: String,
    },
    Utf16,
    Empty,
    Lossy {
        lines: u64,
        /// The Windows code page they were read in, when their bytes told
        /// one (`windows-1251`: a file saved as "ANSI" on a Russian Windows).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        charset: Option<String>,
    },
    Truncated {
        lines: u64,
    },
    TooManyFindings {
        dropped: u64,
    },
    /// Past `analyze::RECIPIENT_FINDINGS` findings, these occurrences were
    /// counted under their rule, codes and peer, without their recipient.
    RecipientsGrouped {
        occurrences: u64,
    },
    /// A message over the MIME size limit was read as plain lines.
    MessageTooLarge,
    /// A message holding more attached messages than the MIME reader takes
    /// (`message::MAX_ATTACHED_MESSAGES`) was read as plain lines.
    MessageTooDeep,
    /// A message of more MIME parts than the MIME reader takes
    /// (`message::MAX_PARTS`) was read as plain lines.
    MessageTooManyParts,
    /// A multipart message whose parts could not be told apart (no
    /// boundary, or an empty one) was read as plain lines.
    MimeUnreadable,
    /// An Outlook .msg that could not be read.
    BadMessage,
    /// A gzip or zip container could not be read to the end.
    Archive {
        problem: String,
    },
    /// A zip member that could not be opened at all (encrypted, a method
    /// not read here, a zip inside over the size bound): nothing of it was
    /// read.
    ArchiveMember {
        problem: String,
    },
    /// Cancel stopped the reading of this input: the report covers its
    /// start only (the page; the CLI has no Cancel).
    Cancelled,
    /// Hosts whose TLS handshakes failed with SocketError after this server
    /// had negotiated TLS 1.2 or 1.3 with them in this input: TLS 1.2 works.
    Tls12Works {
        hosts: u64,
    },
    /// Hosts whose TLS handshakes failed with SocketError after this server
    /// had negotiated TLS 1.2 or 1.3 as a client with another host in this
    /// input: TLS 1.2 is enabled here, so the failures are not its absence.
    Tls12Elsewhere {
        hosts: u64,
    },
    /// Clients whose TLS handshakes failed with SocketError after this
    /// server had negotiated TLS 1.2 or 1.3 as the server in this input:
    /// TLS 1.2 is enabled for receiving, the clients are the old side.
    Tls12ServerWorks {
        clients: u64,
    },
}

impl Note {
    /// Its name in the CLI's JSON (`{"note": "archive-member", …}`).
    pub fn code(&self) -> &'static str {
        match self {
            Note::Binary => "binary",
            Note::Compressed { .. } => "compressed",
            Note::Utf16 => "utf16",
            Note::Empty => "empty",
            Note::Lossy { .. } => "lossy",
            Note::Truncated { .. } => "truncated",
            Note::TooManyFindings { .. } => "too-many-findings",
            Note::RecipientsGrouped { .. } => "recipients-grouped",
            Note::MessageTooLarge => "message-too-large",
            Note::MessageTooDeep => "message-too-deep",
            Note::MessageTooManyParts => "message-too-many-parts",
            Note::MimeUnreadable => "mime-unreadable",
            Note::BadMessage => "bad-message",
            Note::Archive { .. } => "archive",
            Note::ArchiveMember { .. } => "archive-member",
            Note::Cancelled => "cancelled",
            Note::Tls12Works { .. } => "tls12-works",
            Note::Tls12Elsewhere { .. } => "tls12-elsewhere",
            Note::Tls12ServerWorks { .. } => "tls12-server-works",
        }
    }

    /// The note of a container that could not be read (to the end): an
    /// input with one is damaged, not merely without findings.
    pub fn is_archive_problem(&self) -> bool {
        matches!(self, Note::Archive { .. } | Note::ArchiveMember { .. })
    }

    /// A container that could not be read (to the end), or a file
    /// compressed in a format not read: the CLI's exit code 2.
    pub fn is_unread(&self) -> bool {
        self.is_archive_problem() || matches!(self, Note::Compressed { .. })
    }
}

/// The analysis of one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputReport {
    pub path: String,
    pub kind: InputKind,
    pub encoding: Encoding,
    pub lines: u64,
    pub bytes: u64,
    pub unrecognised_lines: u64,
    pub unrecognised_samples: Vec<(u64, String)>,
    pub findings: Vec<Finding>,
    pub notes: Vec<Note>,
    /// Findings per hour per rule, in hour order (occurrences with a timestamp).
    #[serde(default)]
    pub timeline: Vec<TimelinePoint>,
}

/// One bucket of the findings-over-time chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelinePoint {
    /// `2023-01-11T16` (ISO) or `Jan 20 10` (syslog).
    pub hour: String,
    pub rule: String,
    pub count: u64,
}

/// The finding shape of the `mailtriage triage --format json` contract:
/// `{"rule","status","reply","reason","recipient",…}`, absent values omitted.
/// Fields in name order, as the document has always printed its keys (it
/// was first built as a `serde_json::Value`, whose maps sort them); it is
/// now written straight from these structs.
#[derive(Debug, Clone, Serialize)]
pub struct ContractFinding<'a> {
    pub count: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    pub kind: InputKind,
    pub line: u64,
    pub reason: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_host: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_ip: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
    pub rule: &'a str,
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'a str>,
    pub text: &'a str,
}

/// The input shape of the same contract (fields in name order, as above).
#[derive(Debug, Clone, Serialize)]
pub struct ContractInput<'a> {
    pub findings: Vec<ContractFinding<'a>>,
    pub kind: InputKind,
    pub lines: u64,
    #[serde(serialize_with = "notes_in_name_order")]
    pub notes: &'a [Note],
    pub path: &'a str,
    pub unrecognised_lines: u64,
}

/// A note's keys in name order too (`{"lines":3,"note":"lossy"}`): its
/// tag comes first when written straight. Notes are few.
fn notes_in_name_order<S: serde::Serializer>(notes: &&[Note], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::{Error, SerializeSeq};
    let mut seq = s.serialize_seq(Some(notes.len()))?;
    for n in notes.iter() {
        seq.serialize_element(&serde_json::to_value(n).map_err(S::Error::custom)?)?;
    }
    seq.end()
}

impl InputReport {
    /// Ends an input with the problem its container reported: a zip member
    /// the reader would not open (nothing came out, and the problem is not
    /// the gzip or zip data itself, `gzip: …`/`zip: …`) could not be opened
    /// ([`Note::ArchiveMember`]); any other is damaged or cut short
    /// ([`Note::Archive`]). Either way it is not an empty input.
    pub fn add_archive_problem(&mut self, problem: String) {
        self.notes.retain(|n| *n != Note::Empty);
        let data = ["zip: ", "gzip: ", "tar: "].iter().any(|p| problem.starts_with(p));
        self.notes.push(if self.bytes == 0 && !data {
            Note::ArchiveMember { problem }
        } else {
            Note::Archive { problem }
        });
    }

    pub fn contract(&self) -> ContractInput<'_> {
        ContractInput {
            path: &self.path,
            kind: self.kind,
            findings: self
                .findings
                .iter()
                .map(|f| ContractFinding {
                    rule: &f.rule,
                    status: f.status.as_deref(),
                    reply: f.reply.map(|r| r.to_string()),
                    reason: &f.reason,
                    recipient: f.recipient.as_deref(),
                    severity: f.severity,
                    kind: f.kind,
                    direction: f.direction,
                    remote_host: f.remote_host.as_deref(),
                    remote_ip: f.remote_ip.as_deref(),
                    count: f.count,
                    line: f.first_line,
                    text: f.evidence.first().map_or("", |o| o.text.as_str()),
                })
                .collect(),
            lines: self.lines,
            unrecognised_lines: self.unrecognised_lines,
            notes: &self.notes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_code_is_its_name_in_the_json() {
        let problem = || "x".to_string();
        for n in [
            Note::Binary,
            Note::Compressed { format: "xz".into() },
            Note::Utf16,
            Note::Empty,
            Note::Lossy { lines: 1, charset: None },
            Note::Truncated { lines: 1 },
            Note::TooManyFindings { dropped: 1 },
            Note::RecipientsGrouped { occurrences: 1 },
            Note::MessageTooLarge,
            Note::MessageTooDeep,
            Note::MessageTooManyParts,
            Note::MimeUnreadable,
            Note::BadMessage,
            Note::Archive { problem: problem() },
            Note::ArchiveMember { problem: problem() },
            Note::Cancelled,
        ] {
            assert_eq!(serde_json::to_value(&n).unwrap()["note"], n.code());
        }
    }

    #[test]
    fn a_container_problem_says_whether_anything_was_read() {
        let problem = |bytes: u64, p: &str| {
            let mut r = crate::analyze::analyze("a.zip!m.log", &vec![b'x'; bytes as usize]);
            r.add_archive_problem(p.to_string());
            assert!(!r.notes.contains(&Note::Empty), "not an empty input");
            r.notes.into_iter().find(Note::is_archive_problem).map(|n| matches!(n, Note::ArchiveMember { .. }))
        };
        // Encrypted or a method not read: nothing came out, not opened.
        assert_eq!(problem(0, "unsupported Zip archive: Password required to decrypt file"), Some(true));
        // The data itself is damaged (a whole zip cut before its directory,
        // a gzip member cut in its header), or it was read partway.
        assert_eq!(problem(0, "zip: invalid Zip archive: Could not find EOCD"), Some(false));
        assert_eq!(problem(0, "gzip: the compressed stream is truncated"), Some(false));
        assert_eq!(problem(10, "gzip: corrupt deflate stream"), Some(false));
    }
}
