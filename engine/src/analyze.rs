//! Semantics: decoded lines → typed occurrences → rule findings.
//!
//! [`Analyzer`] is the streaming entry point used by the CLI and the web
//! worker alike: feed chunks of any size, then `finish` for the report.
//! Memory is bounded by the line cap and the findings table; the input itself
//! is never kept.

use crate::bytemask::find_str;
use crate::census::KeyHasher;
use crate::framing::{Encoding, LineFramer};
use crate::grammar::ndr;
use crate::grammar::wordings::{
    LINE_MARKERS, MARK_DOVECOT, MARK_EXIM, MARK_IIS, MARK_NDR, MARK_QUEUE, MARK_SYSLOG, MARK_WINDOWS,
};
use crate::grammar::{dsn, protolog, queue, smtp};
use crate::kb::{self, Rule};
use crate::message;
use crate::report::{Finding, InputReport, Note};
use crate::types::{Direction, EnhancedStatus, InputKind, Location, Occurrence};
use std::borrow::Cow;
use std::collections::HashMap;

/// Whether text is double-spaced: a forum or web page copied with a blank
/// line after each line (Microsoft Q&A pastes of `Get-Queue | fl`, NDRs).
/// A blank line there ended the reply it cut (`… Security` / blank /
/// `status InvalidToken.`) and split one error into several (QA round 14).
/// Told from the first bytes: at least four lines of text, and no two of
/// them next to each other.
fn double_spaced(head: &[u8]) -> bool {
    if head.contains(&0) {
        return false;
    }
    let (mut text, mut adjacent, mut previous_text) = (0, 0, false);
    // The last piece may be a line cut by the end of the sniffed bytes.
    let mut lines = head.split(|&b| b == b'\n').peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_none() {
            break;
        }
        let is_text = line.iter().any(|b| !b.is_ascii_whitespace());
        if is_text {
            text += 1;
            adjacent += usize::from(previous_text);
        }
        previous_text = is_text;
    }
    text >= 4 && adjacent == 0
}

/// Evidence lines kept per finding.
const EVIDENCE_PER_FINDING: usize = 3;
/// Distinct findings kept per input; more are counted, not stored.
const MAX_FINDINGS: usize = 20_000;

/// Findings of an input from which a new recipient no longer makes a
/// finding of its own (see [`LineState::record_keyed`]).
const RECIPIENT_FINDINGS: usize = 1_000;
/// Unrecognised lines shown as samples.
const UNRECOGNISED_SAMPLES: usize = 20;
/// Longest evidence text kept.
const MAX_RAW: usize = 2_000;

/// Grouping key: one finding per rule, code and affected party.
type Key = (&'static str, Option<String>, Option<u16>, Option<String>, Option<String>);

/// What the protocol-log header told us about the rows that follow.
#[derive(Debug, Default)]
struct LogContext {
    columns: crate::session::Columns,
    direction: Option<Direction>,
    /// Set when `#Fields` names another Exchange transport log (message
    /// tracking, connectivity, agent): its rows are read by
    /// [`LineState::transport_row`].
    transport: Option<protolog::TransportColumns>,
    /// Set when `#Fields` names an IIS SMTP Service log's fields (W3C,
    /// space-separated): its rows are read by [`LineState::iis_reading`].
    iis: Option<crate::grammar::w3c::SmtpColumns>,
    /// A `#Fields` line was read: the rows' columns are known, not guessed.
    fields: bool,
}

/// Streaming analyser for one input (a file or a paste).
pub struct Analyzer {
    name: String,
    framer: LineFramer,
    state: LineState,
    mode: Mode,
    bytes: u64,
    notes: Vec<Note>,
    /// Findings of the delivery attempts an Exchange NDR lists under a
    /// recipient (see [`earlier_attempts`]), kept beside the one finding per
    /// recipient when they tell another cause; `true` for the newest, which
    /// the DSN part has counted already.
    earlier: Vec<(Finding, bool)>,
    /// A JSON document's lines' places in it (see [`crate::records::read`]):
    /// findings point there, and its line count is the document's.
    json: Option<(Vec<crate::records::Origin>, u64)>,
    /// The compression its first bytes name, when it is one not read (see
    /// [`crate::archive::unread_compression`]): said if it is binary.
    compressed: Option<&'static str>,
}

/// Whole messages must be buffered (MIME needs the end to decode the start);
/// everything else streams line by line.
enum Mode {
    /// The first bytes, until the input's shape is known.
    Sniffing(Vec<u8>),
    Lines,
    /// An `.eml` or `.msg`, buffered up to [`MAX_MESSAGE`].
    Message(Vec<u8>),
    /// An HTML page (an NDR saved from Outlook or a browser), buffered up to
    /// [`MAX_MESSAGE`] and read as its text: its tags would otherwise sit
    /// between a recipient and its error on one line.
    Html(Vec<u8>),
    /// A JSON export of delivery events, buffered up to
    /// [`crate::records::MAX_JSON`] and read as its records' lines.
    Json(Vec<u8>),
}

/// Bytes read before deciding whether the input is a whole message.
const SNIFF_BYTES: usize = 8192;
/// Largest message decoded as MIME; a larger one is read as plain lines.
pub const MAX_MESSAGE: usize = 48 << 20;

/// A registry key being listed (see [`LineState::registry`]).
struct RegListing {
    key: String,
    /// Line number and offset of its key line.
    at: (u64, u64),
    /// Values listed under it, of any type.
    values: u32,
    /// The .NET TLS flags among them: 1 SchUseStrongCrypto, 2
    /// SystemDefaultTlsVersions.
    flags: u8,
}

struct LineState {
    /// The text is double-spaced (each line followed by a blank one, as a
    /// forum's copy gives it: see [`double_spaced`]); `blank_run` counts the
    /// blank lines just read. One blank line then separates nothing.
    double_spaced: bool,
    blank_run: u8,
    /// An event of the Schannel source, by its ID, whose message is still
    /// to be read, once a line named the source (see [`Schannel`]).
    schannel: Schannel,
    /// The registry key whose values the lines below list (`reg query`,
    /// a `.reg` file; see [`crate::grammar::registry`]).
    reg: Option<RegListing>,
    /// Flag values PowerShell listed (`Get-ItemProperty`: `Enabled : 0`)
    /// before the `PSPath` that names their key: (line, offset, name, value).
    reg_props: Vec<(u64, u64, &'static str, u64)>,
    /// The client each Postfix smtpd process is serving, by its tag
    /// (`postfix/smtpd[4242]`): (host, IP). See [`LineState::smtpd_client`].
    smtpd_clients: HashMap<String, (Option<String>, String), KeyHasher>,
    /// An IIS SMTP relay's `RCPT TO` address by server IP, until that
    /// server's next row: its reply is about that recipient (the rows of
    /// other connections come between).
    iis_rcpt: HashMap<String, String, KeyHasher>,
    /// Remote endpoints this server negotiated TLS 1.2 or 1.3 with as the
    /// client (a Send log's `TLS protocol SP_PROT_TLS1_2_CLIENT …
    /// negotiation succeeded`), with the time of the first, at most
    /// [`TLS12_PEERS`]: see [`tls12_works`].
    tls12_peers: HashMap<String, String, KeyHasher>,
    /// The host each session's remote server greeted with (a Send log's
    /// `<,220 mx1.partner.example ESMTP …`), at most [`BANNERS`]: it names
    /// the peer of a SocketError whose address names none (masked, or a
    /// documentation address).
    banners: HashMap<u128, Banner, KeyHasher>,
    /// Multi-line error replies of a protocol log whose last line is still
    /// to come, by session (see [`OpenReply`]); at most [`OPEN_REPLIES`].
    open_replies: Vec<OpenReply>,
    /// The earliest row where this server negotiated TLS 1.2 or 1.3 as the
    /// server (a Receive log's `SP_PROT_TLS1_2_SERVER … succeeded`): see
    /// [`tls12_works`].
    tls12_as_server: Option<String>,
    log: LogContext,
    findings: HashMap<Key, Finding, KeyHasher>,
    order: Vec<Key>,
    dropped: u64,
    /// Occurrences whose recipient was not told apart (see
    /// [`RECIPIENT_FINDINGS`]).
    grouped: u64,
    /// The findings those went to: in a bounce they stand for recipients,
    /// and are kept beside the ones named (see [`one_per_recipient`]).
    grouped_keys: std::collections::HashSet<Key, KeyHasher>,
    /// A line with something other than blanks was read.
    text_seen: bool,
    /// A DSN block said `Action: delayed`: the message is still queued.
    delay_notice: bool,
    /// An Exchange NDR's own heading (`Delivery has failed to these
    /// recipients …`) was read: a delay notice in the same input (a forward
    /// of both) does not make the failure's attempts warnings.
    failure_notice: bool,
    unrecognised: u64,
    /// The last line counted unrecognised: a line over 64 KiB comes in
    /// pieces under one number, and is one line.
    unrecognised_at: u64,
    /// A CSV export's recipient column (see [`csv_recipient_column`]).
    csv_recipient: Option<usize>,
    /// A line over 64 KiB one of whose pieces held an error: its other
    /// pieces do not make it a line without one.
    recognised_piece: u64,
    unrecognised_samples: Vec<(u64, String)>,
    kinds: KindCounts,
    byte_offset: u64,
    recipient: Option<String>,
    /// The remote server an Exchange NDR's diagnostic block names on a line
    /// of its own under the recipient, before `Remote Server returned '…'`.
    ndr_host: Option<String>,
    /// The server (name, IP) an Exim bounce names on a line of its own under
    /// the failed address (`    host mx.example.net [192.0.2.7]`), for the
    /// reply lines under it.
    exim_host: Option<(String, String)>,
    /// The server a Sendmail transcript talks to (`... while talking to
    /// mx.example.net.:`), for its `<<< 550 …` lines.
    talking_to: Option<String>,
    /// The `NextHopDomain` of the queue `Get-Queue | Format-List` lists
    /// (its field comes before `LastError`): the peer of its error when the
    /// error names none.
    next_hop: Option<String>,
    /// The NDR's `Receiving server:` (FACTS C.2, newer Exchange Online
    /// NDRs): the remote server of each recipient no line names one for.
    receiving_server: Option<String>,
    /// The RFC 3464 recipient block being read, with its first line number.
    dsn: Option<(u64, u64, dsn::RecipientBlock)>,
    dsn_in_diagnostic: bool,
    /// Findings per hour per rule (`2023-01-11T16`, rule id) → count.
    timeline: Timeline,
    /// A census fed the same lines, so big logs are framed only once.
    census: Option<Box<crate::census::Census>>,
    /// The input's file date, when its reader knows it
    /// ([`Analyzer::written_at`]): RFC 3164 stamps of findings and of the
    /// timeline are dated by it (`2026-01-20T10:00:01`), so they sort in
    /// time (`Dec 30 23` came before `Jan 01 00`, and `Aug` before `Feb`).
    dating: Option<Box<crate::census::Dating>>,
    /// Readings of error texts seen before, by what else classification
    /// reads (see [`memo_slot`]) and text (see [`LineState::occurrence`]).
    memo: Vec<HashMap<String, TextReading, KeyHasher>>,
    /// The last short cells asked about a trigger, with the answer.
    triggers: TriggerMemo,
    /// A free-text line held until the next shows whether it goes on.
    held: Held,
    /// The column a PowerShell list's subject value starts at, while its
    /// wrapped lines may follow (see [`list_subject`]).
    subject_at: Option<usize>,
    /// Where a returned message's header block is, in a bounce's text.
    quoted: Quoted,
}

/// The header block of the message a bounce returns (`Original message
/// headers:` in an Exchange NDR, Exim's `------ This is a copy of the
/// message, including all the headers. ------`, Sendmail's `----- Original
/// message follows -----`) is the sender's own mail: its `Subject: 550 5.7.1
/// test` is not an error of the delivery. Its lines, up to the blank line
/// that ends them, are not read (an attached `message/rfc822` part is left
/// out the same way, see [`message`]).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Quoted {
    #[default]
    No,
    /// After the marker, before the first header.
    Marker,
    Headers,
    /// A header block without a marker, from its first trace or
    /// authentication field (see [`starts_a_header_block`]).
    Fields,
    /// `postcat`'s `*** MESSAGE CONTENTS …` section, up to its next `*** `
    /// line: a queued message, headers and body, whose text is what its
    /// writer wrote, not an error of the queue (QA round 29: a body quoting
    /// "Cannot start TLS" was a finding).
    Contents,
}

/// Lines that introduce a returned message's headers (ASCII case ignored).
const QUOTED_MARKERS: &[&str] = &[
    "original message headers",
    "this is a copy of the message, including all the headers",
    "original message follows",
    "returned mail follows",
    "message header follows",
    "undelivered message headers follow",
];

/// A header field that only a message's header block holds, and that opens
/// one (RFC 5321 §4.4 trace fields, RFC 8601 and RFC 8617 authentication
/// fields, RFC 6376 signatures): `Received: from EX01.contoso.local (10.0.0.5) by …`.
fn starts_a_header_block(line: &str) -> bool {
    const FIELDS: &[&str] = &[
        "received:",
        "return-path:",
        "authentication-results:",
        "arc-seal:",
        "arc-message-signature:",
        "arc-authentication-results:",
        "dkim-signature:",
    ];
    let b = line.as_bytes();
    FIELDS.iter().any(|f| b.len() > f.len() && b[..f.len()].eq_ignore_ascii_case(f.as_bytes()))
}

/// `field-name ":"` at the start (RFC 5322 §2.2: printable ASCII but
/// the colon), or a folded line's blank; `421 4.4.2 …` is none.
fn header_field(line: &str) -> bool {
    let b = line.as_bytes();
    if b.first().is_some_and(|&c| c == b' ' || c == b'\t') {
        return true;
    }
    let name = b.iter().take_while(|&&c| c != b':' && (b'!'..=b'~').contains(&c)).count();
    name > 0 && b.get(name) == Some(&b':')
}

/// A Schannel event read in any language (QA round 16: the Russian,
/// Chinese and Lithuanian texts of events 36887, 36888, 36874 gave
/// nothing). Its ID and numbers are the same in every language: a field
/// `Код события: 36887` / `事件 ID: 36874` / `Id : 36888` after a line that
/// names the source (`Источник: Schannel`, `ProviderName : Schannel`), then
/// a message line whose numbers are the alert code, error state or internal
/// error state. Only when the message matched no rule in its own words.
#[derive(Debug, Default)]
struct Schannel {
    /// A line named the Schannel source.
    source: bool,
    /// The ID of the event whose message is to come.
    pending: Option<u32>,
    /// The line being read names the source (set by [`LineState::plain`],
    /// from the line markers every line is read for: no search of its own).
    named: bool,
    /// The event last read from its text (its English words or its
    /// numbers): the `Event Xml:` section Event Viewer's "Copy details"
    /// adds after the text is the same event, not another (QA round 29).
    told: Option<u32>,
    /// The pending event's ID came from a CSV or tab-separated row, which
    /// holds its message too.
    row: bool,
    /// Numbers of the pending event's XML `<Data>` lines read so far.
    carry: Vec<u32>,
}

/// The name of the field that says an event's source, as Event Viewer,
/// `wevtutil` and PowerShell write it, in the languages of the users.
const SOURCE_FIELDS: [&str; 9] =
    ["source", "providername", "provider name", "источник", "来源", "來源", "šaltinis", "nguồn", "sursa"];

impl Schannel {
    /// Notes the source and the event ID fields.
    fn field(&mut self, line: &str) {
        let names = std::mem::take(&mut self.named);
        self.source |= names;
        if !self.source {
            return;
        }
        if !names && another_source(line) {
            // `Source: MSExchange Monitoring`: the IDs that follow are that
            // source's own numbering.
            self.source = false;
            self.pending = None;
            return;
        }
        // An Event Viewer CSV or tab-separated text export, `Export-Csv`:
        // source, ID and message on one row (`Error,15.01.2024
        // 10:31:04,Schannel,36887,None,"…"`).
        let row = || {
            line.split([',', '\t'])
                .find_map(|c| c.trim().trim_matches('"').parse().ok().filter(|id| SCHANNEL_IDS.contains(id)))
        };
        if let Some(id) = xml_event_id(line) {
            // The XML after the event's text is that event again.
            if self.told.take() != Some(id) {
                self.start(id, false);
            }
        } else if let Some(id) = schannel_event_id(line) {
            self.told = None;
            self.start(id, false);
        } else if let Some(id) = names.then(row).flatten() {
            self.told = None;
            self.start(id, true);
        }
    }

    fn start(&mut self, id: u32, row: bool) {
        self.pending = Some(id);
        self.row = row;
        self.carry.clear();
    }

    /// The pending event was read from `line`: its text, or its XML's.
    fn answered(&mut self, line: &str) {
        if let Some(id) = self.pending.take() {
            self.told = (!line.trim_start().starts_with('<')).then_some(id);
        }
    }

    /// The English message of the pending event, from the numbers of
    /// `line` (a message line: not a field, not the ID's own line).
    fn message(&mut self, line: &str) -> Option<String> {
        let id = self.pending?;
        let t = line.trim();
        let numbers: Vec<u32> = if t.starts_with('<') {
            // An event's XML: its numbers are the values of its `<Data>`
            // elements (not `<TimeCreated SystemTime=…>`, not `Qualifiers`),
            // one element a line when it is indented, so they are gathered
            // across its lines.
            self.carry.extend(numbers_in(&xml_data_values(t)));
            std::mem::take(&mut self.carry)
        } else {
            // A message is a sentence or two; the fields around it
            // (`Компьютер: EX01.corp.example`, `Уровень: Ошибка`) are short.
            // Lengths in bytes: a Chinese message of 25 characters is as long
            // as an English one of 75 (QA round 28: `…严重警报代码为 46。`).
            let short_field = t
                .split_once([':', '：'])
                .is_some_and(|(name, value)| name.chars().count() <= 30 && value.trim().len() < 40);
            if short_field || t.len() < 40 {
                return None;
            }
            // A CSV or tab-separated row: the message is its longest cell
            // (first in `Export-Csv`'s, before the ID and the record number).
            numbers_in(if self.row { longest_cell(t) } else { t })
        };
        let keep = |s: &mut Self, numbers: Vec<u32>| {
            if t.starts_with('<') {
                s.carry = numbers;
            }
        };
        let protocol = ["TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3", "SSL 3.0"].into_iter().find(|p| line.contains(p));
        let text = match Self::english(id, &numbers, protocol) {
            Some(text) => text,
            None => {
                keep(self, numbers);
                return None;
            }
        };
        self.answered(line);
        Some(text)
    }

    /// The English message of event `id` with these numbers, when they
    /// are enough to tell it.
    fn english(id: u32, numbers: &[u32], protocol: Option<&str>) -> Option<String> {
        Some(match id {
            36887 => {
                let alert = numbers.iter().rev().find(|&&n| n <= 255)?;
                format!(
                    "A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is {alert}."
                )
            }
            36888 => {
                let state = numbers.iter().rev().find(|&&n| n >= 1000)?;
                let alert = numbers.iter().rev().find(|&&n| n <= 255)?;
                format!(
                    "A fatal alert was generated and sent to the remote endpoint. The TLS protocol defined fatal error code is {alert}. The Windows SChannel error state is {state}."
                )
            }
            36871 => {
                let state = numbers.iter().rev().find(|&&n| n >= 1000)?;
                format!("A fatal error occurred while creating a TLS credential. The internal error state is {state}.")
            }
            36874 => format!(
                "An {} connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server.",
                protocol?
            ),
            // Messages without a number that decides the rule: the ID is
            // the whole of what they say.
            36876 => "The certificate received from the remote server has not validated correctly.".to_string(),
            36881 => {
                "The certificate received from the remote server has either expired or is not yet valid.".to_string()
            }
            36882 => {
                "The certificate received from the remote server was issued by an untrusted certificate authority."
                    .to_string()
            }
            36884 => "The certificate received from the remote server does not contain the expected name.".to_string(),
            36886 => "No suitable default server credential exists on this system.".to_string(),
            _ => return None,
        })
    }
}

/// The numbers written in `s` (of at most six digits: not a GUID's run).
fn numbers_in(s: &str) -> Vec<u32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty() && d.len() <= 6)
        .filter_map(|d| d.parse().ok())
        .collect()
}

/// The values of the `<Data …>value</Data>` elements of an XML line.
fn xml_data_values(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("<Data") {
        rest = &rest[at..];
        let Some(open) = rest.find('>') else { break };
        // `<Data Name="x" />` holds nothing.
        if rest[..open].ends_with('/') {
            rest = &rest[open + 1..];
            continue;
        }
        let value = &rest[open + 1..];
        let end = value.find('<').unwrap_or(value.len());
        out.push_str(&value[..end]);
        out.push(' ');
        rest = &value[end..];
    }
    out
}

/// The longest cell of a CSV or tab-separated row, quotes honoured.
fn longest_cell(row: &str) -> &str {
    let mut best = "";
    let (mut start, mut quoted) = (0, false);
    for (at, c) in row.char_indices().chain(std::iter::once((row.len(), ','))) {
        match c {
            '"' => quoted = !quoted,
            ',' | '\t' if !quoted || at == row.len() => {
                let cell = &row[start..at];
                if cell.len() > best.len() {
                    best = cell;
                }
                start = at + 1;
            }
            _ => {}
        }
    }
    best
}

/// `Source: MSExchange Monitoring`, `<Provider Name="…"`: a line naming an
/// event's source (not Schannel: the caller knows that one).
fn another_source(line: &str) -> bool {
    if line.contains("<Provider ") {
        return true;
    }
    line.split_once([':', '：']).is_some_and(|(name, value)| {
        let name = name.trim().to_lowercase();
        !value.trim().is_empty() && SOURCE_FIELDS.contains(&name.as_str())
    })
}

/// `Код события: 36887`, `事件 ID： 36874`, `Id : 36888`: a field whose
/// value is one of the Schannel event IDs read by [`Schannel::message`].
fn schannel_event_id(line: &str) -> Option<u32> {
    let (name, value) = line.split_once([':', '：'])?;
    let id: u32 = value.trim().parse().ok()?;
    (name.trim().chars().count() <= 30 && SCHANNEL_IDS.contains(&id)).then_some(id)
}

/// The event ID of an event's XML (`wevtutil qe /f:xml`, PowerShell's
/// `.ToXml()`: `<EventID>36888</EventID>`, also with `Qualifiers`), whose
/// `EventData` then holds its numbers: its message is not in it.
fn xml_event_id(line: &str) -> Option<u32> {
    let at = crate::bytemask::find_str(line, "<EventID")?;
    let value = line[at..].split_once('>')?.1;
    let id: u32 = value.split('<').next()?.trim().parse().ok()?;
    SCHANNEL_IDS.contains(&id).then_some(id)
}

/// The Schannel events [`Schannel::message`] reads in any language.
/// (36870, the private key, is left to its English text: its message says
/// whether the server's or the client's key failed, and the rule is the
/// server's.)
const SCHANNEL_IDS: [u32; 9] = [36871, 36874, 36876, 36881, 36882, 36884, 36886, 36887, 36888];

/// Whether `held` ends in an open refusal quoted as replies are: `4yz-` or
/// `5yz-` at the start, after a space, a colon, a quote or a bracket
/// (`    550-5.7.26 …`, `(gmail-smtp-in.l.google.com: 550-5.7.1 This`), not
/// inside a name (`H=mou03-h01-239-175.dsl.example`, whose `239-` reads as
/// an open reply too).
fn open_refusal(held: &str) -> bool {
    let b = held.as_bytes();
    let mut end = b.len();
    while let Some(dash) = memchr::memrchr(b'-', &b[..end]) {
        if dash >= 3 && smtp::is_reply_code(&b[dash - 3..dash]) {
            let before = dash.checked_sub(4).map(|i| b[i]);
            if before.is_none_or(|c| matches!(c, b' ' | b'\t' | b':' | b'(' | b'[' | b'\'' | b'"')) {
                return matches!(b[dash - 3], b'4' | b'5');
            }
        }
        end = dash;
    }
    false
}

/// `Name:` at the start, the name letters, digits and dashes (a DSN or
/// header field, `Reporting-MTA: dns; …`); `[2001:db8::1] =` is none.
fn named_field(line: &str) -> bool {
    let b = line.as_bytes();
    let name = b.iter().take_while(|&&c| c.is_ascii_alphanumeric() || c == b'-').count();
    (1..=40).contains(&name) && b.get(name) == Some(&b':')
}

fn quotes_a_message(line: &str) -> bool {
    // The markers are lower case: compared blind to ASCII case, with no
    // lowered copy of each short line.
    let t = line.trim().trim_matches(|c: char| c == '-' || c == ' ' || c == ':').as_bytes();
    QUOTED_MARKERS.iter().any(|m| t.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m.as_bytes())))
}

/// A free-text line and the indented lines that continue it, joined as
/// [`message`] joins a bounce's folded lines: Postfix and Exim wrap a long
/// reply onto lines indented under the recipient's, PowerShell's
/// `Format-List` wraps a value (`LastError : …`) under its start. Read as
/// one line, the reply keeps its recipient and is one finding, not one per
/// piece. So are the lines of a multi-line SMTP reply (see [`reply_line`]).
#[derive(Debug, Default)]
struct Held {
    /// Line number and byte offset of the first line, while one is held.
    at: Option<(u64, u64)>,
    /// Its indentation: deeper lines continue it.
    indent: usize,
    text: String,
    /// The code of the multi-line reply it is, while its last line is to
    /// come.
    reply: Option<[u8; 3]>,
    /// It stopped right after a reply's code (see [`cut_after_code`]): the
    /// lines up to the next blank one are that reply's text.
    paragraph: bool,
    /// An Exchange NDR's `returned '…` is open: the lines up to its closing
    /// quote are the reply (see [`open_quote`]).
    quote: bool,
    /// A queue's `[{LED=…` is open: the lines up to its `}]` are its error
    /// (a `Get-Queue | fl` wraps LastError over lines; see [`open_led`]),
    /// at most this many more of them.
    led: u8,
    /// Lines without the code taken in a row into the open multi-line
    /// reply (see [`REPLY_WRAPS`]).
    wrapped: u8,
    /// The addresses listed under it, one a line, when it is a reason in
    /// parentheses: a queue listing's recipients (`mailq`: Postfix's
    /// `(connect to …: Connection timed out)`, Sendmail's `(Deferred: …)`),
    /// which come after the reason they are held for.
    recipients: Vec<String>,
    /// One of its lines starts with `(`: a queue listing's reason.
    reason: bool,
    /// It is a PowerShell error record's message (`Send-MailMessage : …`),
    /// whose position and `+ ` lines are to come (see [`ps_record`]).
    ps: bool,
    /// The display width of the last line taken (see [`HardWrap`]), whether
    /// it ended in a blank, and in a wide character.
    last_width: u32,
    last_blank: bool,
    last_wide: bool,
    /// The indented lines joined to it, for [`HardWrap::unwrap`].
    wraps: Vec<HardWrap>,
}

/// Where an indented line was joined to the one above it: the space put
/// between them (a byte offset in [`Held::text`]) and the line above's
/// width. PowerShell's `Format-List` wraps a long value at words only when
/// the session's culture is English, French, German, Italian, Portuguese or
/// Spanish; in any other (Russian, Chinese, Vietnamese, Lithuanian,
/// Romanian, this tool's users' own) it cuts at the console's last column,
/// mid-word: `… dropped due to So` / `cketError." …`. Such a value's lines
/// are all exactly as wide as the console but the last (one column less
/// where a wide character did not fit), which a wrap at words almost never
/// gives; those pieces are joined with no space (QA round 53: the
/// SocketError was lost). Widths are taken without trailing blanks: a
/// console copy pads every line to the full width (QA round 56).
#[derive(Debug, Clone, Copy)]
struct HardWrap {
    space: usize,
    /// The line above's display width, trailing blanks left out.
    width: u32,
    /// The line above ended in a blank (a cut right after a space, or a
    /// copy's padding): a word ended there.
    blank_end: bool,
    /// Its last character takes two columns: a line one column short of
    /// the console is full when the next wide character did not fit.
    wide_end: bool,
    /// The joined line's indentation: one deeper than the others' is a
    /// cut right before a space.
    lead: usize,
}

impl HardWrap {
    /// Takes out the spaces put at cuts of a value cut at a fixed width:
    /// at least two lines as wide as the widest (a line one narrower is one
    /// whose trailing blank the copy dropped), none narrower.
    fn unwrap(text: &mut String, wraps: &[HardWrap]) {
        let Some(full) = wraps.iter().map(|w| w.width).max() else { return };
        let is_full = |w: &HardWrap| !w.blank_end && (w.width == full || (w.width + 1 == full && w.wide_end));
        let at_full = wraps.iter().filter(|w| is_full(w)).count();
        if at_full < 2 || full < 40 || wraps.iter().any(|w| w.width + 1 < full) {
            return;
        }
        let lead = wraps.iter().map(|w| w.lead).min().unwrap_or(0);
        for w in wraps.iter().rev() {
            let b = text.as_bytes();
            let cut = is_full(w) && w.lead == lead;
            let mid = b.get(w.space) == Some(&b' ')
                && w.space > 0
                && !b[w.space - 1].is_ascii_whitespace()
                && b.get(w.space + 1).is_some_and(|c| !c.is_ascii_whitespace());
            if cut && mid {
                text.remove(w.space);
            }
        }
    }
}

fn ends_blank(line: &str) -> bool {
    line.trim_end_matches(['\r', '\n']).ends_with([' ', '\t'])
}

/// [`display_width`] of a line without its trailing blanks, and whether
/// its last character is a wide one.
fn line_width(line: &str) -> (u32, bool) {
    let t = line.trim_end();
    (display_width(t), t.chars().next_back().is_some_and(|c| char_width(c) == 2))
}

/// A PowerShell `Format-List` line of a message's subject
/// (`Subject        : RE: 550 5.7.1 on PO 4711` from `Get-Message`,
/// `MessageSubject : …` from `Get-MessageTrackingLog`): the sender's words,
/// not an error (QA round 53). The name, blanks, then ` : `, as only a
/// list writes it (a message's own `Subject:` header has no blank before
/// its colon). The column its value starts at, where its wrapped lines are
/// indented to.
fn list_subject(line: &str) -> Option<usize> {
    let rest = line.strip_prefix("MessageSubject").or_else(|| line.strip_prefix("Subject"))?;
    let pad = rest.len() - rest.trim_start_matches(' ').len();
    let value = rest[pad..].strip_prefix(':')?;
    if pad == 0 || !(value.is_empty() || value.starts_with(' ')) {
        return None;
    }
    Some(line.len() - value.len() + 1)
}

/// A line's width on a console: East Asian wide characters take two
/// columns, as PowerShell counts them when it cuts a line.
fn display_width(line: &str) -> u32 {
    crate::framing::text_columns(line.trim_end_matches(['\r', '\n'])) as u32
}

fn char_width(c: char) -> u32 {
    crate::framing::char_columns(c) as u32
}

impl Held {
    /// Adds `piece` to the held text with one space between them, whatever
    /// a copy left at the end of the line (`… reserved by RFC    ` /
    /// `2606};…`).
    fn join(&mut self, piece: &str) {
        self.reason |= piece.starts_with('(');
        self.text.truncate(self.text.trim_end().len());
        // Chinese and Japanese write no space between words: a line wrapped
        // between two of their characters is joined without one.
        let wide = |c: Option<char>| c.is_some_and(|c| char_width(c) == 2);
        if !(wide(self.text.chars().next_back()) && wide(piece.chars().next())) {
            self.text.push(' ');
        }
        self.text.push_str(piece);
    }
}

/// Lines in a row a wrapped multi-line reply may have without its code:
/// Exim indents and keeps Gmail's lines whole, but a quoting mailer or a
/// copy may wrap one (`550-5.7.26  SPF [d] with ip:` / `[2a02:…] =` /
/// `550-5.7.26 did not pass`; IceWarp wraps at 72 columns).
const REPLY_WRAPS: u8 = 2;

/// A line of a multi-line SMTP reply, RFC 5321 §4.2.1: `Reply-line =
/// *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF`,
/// as Gmail's bounces quote it:
/// `550-5.7.26 This mail has been blocked because the sender is unauthenticated.` …
/// `550 5.7.26  https://support.google.com/mail/answer/81126#authentication … - gsmtp`.
/// Its code, whether more lines follow (`-`), and its text without the
/// enhanced status each line repeats (RFC 3463 §2).
fn reply_line(line: &str) -> Option<([u8; 3], bool, &str)> {
    let t = line.trim_start();
    // Sendmail's transcript writes each line the server sent after `<<< `
    // (`<<< 550-5.7.1 … this message is` / `<<< 550 5.7.1 … blocked.`).
    let t = t.strip_prefix("<<< ").unwrap_or(t);
    let b = t.as_bytes();
    if b.len() < 4 || !smtp::is_reply_code(&b[..3]) {
        return None;
    }
    let more = match b[3] {
        b'-' => true,
        b' ' => false,
        _ => return None,
    };
    let text = &t[4..];
    let status = text.split(' ').next().unwrap_or("");
    let repeated = smtp::enhanced_status_code(status).is_ok_and(|(rest, _)| rest.is_empty());
    Some(([b[0], b[1], b[2]], more, if repeated { &text[status.len()..] } else { text }))
}

/// Whether a line stops right after the start of the reply it quotes
/// (`<a@example.com>: host mx[192.0.2.1] said: 421`, then `4.7.0 [TSS04]
/// Messages from … deferred due to` and more on the next lines): Postfix
/// wraps its report at about 80 columns and indents what follows, and a
/// paste can lose the indentation. The code alone says nothing of why.
/// The paragraph ends at a blank line, at another recipient's report, or
/// at an address alone on its line: in `mailq`'s listing the recipients
/// the reason was for, before the next reason (QA round 29: one wrapped
/// reason took every reason after it).
fn cut_after_code(text: &str) -> bool {
    let mut rest = text.trim_end();
    // Nearly every line: it ends in neither `said:` nor a code.
    if !matches!(rest.as_bytes().last(), Some(b':' | b'0'..=b'9')) {
        return false;
    }
    if let Some((head, last)) = rest.rsplit_once(' ') {
        if smtp::enhanced_status_code(last).is_ok_and(|(r, _)| r.is_empty()) {
            rest = head.trim_end();
        }
    }
    if let Some((head, last)) = rest.rsplit_once(' ') {
        if smtp::is_reply_code(last.as_bytes()) {
            rest = head.trim_end();
        }
    }
    let b = rest.as_bytes();
    b.len() >= 5 && b[b.len() - 5..].eq_ignore_ascii_case(b"said:")
}

/// The text of a line that goes on the held reply as Go's `net/textproto`
/// prints a multi-line reply: its lines joined without their `550-`, each
/// still starting with the enhanced status (`550 5.7.25 [2001:db8::1] The
/// IP address sending this message does not` / `5.7.25 have a PTR record
/// setup, …`, as PMail and other Go mailers log Gmail's reply). Only a line
/// that starts with the status the held line's reply gave.
fn status_continuation<'a>(held: &str, line: &'a str) -> Option<&'a str> {
    let t = line.trim_start();
    // Nearly every line: it does not start with `d.`.
    if !(t.as_bytes().first().is_some_and(|b| matches!(b, b'2' | b'4' | b'5')) && t.as_bytes().get(1) == Some(&b'.')) {
        return None;
    }
    let (rest, status) = smtp::enhanced_status_code(t).ok()?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let hit = smtp::find_codes(held)?;
    if !(hit.reply.is_some() && hit.status.is_some_and(|s| s.raw == status.raw)) {
        return None;
    }
    // A line cut right after a code (`… and review 550` / `5.7.1 RFC 5322
    // …`) goes on with its status; a repeated one is left out.
    let cut_at_code = held.trim_end().rsplit(' ').next().is_some_and(|w| smtp::is_reply_code(w.as_bytes()));
    Some(if cut_at_code { t.trim_end() } else { rest.trim() })
}

/// Whether a line opens a PowerShell error record as Windows PowerShell
/// prints it (its NormalView): the command's name, ` : `, the message
/// (`Send-MailMessage : Unable to read data from the transport connection: …`),
/// then the position, the command echoed under `+ `, and the record's
/// `+ CategoryInfo` and `+ FullyQualifiedErrorId`.
fn ps_error(line: &str) -> bool {
    let b = line.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(end) = b.iter().position(|&c| !(c.is_ascii_alphanumeric() || c == b'-')) else { return false };
    let name = &b[..end];
    b[end..].starts_with(b" : ") && name.iter().filter(|&&c| c == b'-').count() == 1 && name.last() != Some(&b'-')
}

/// A line inside a PowerShell error record (see [`ps_error`]).
enum PsLine<'a> {
    /// Not one of its lines: the record has ended.
    Other,
    /// Its position (`At line:1 char:1`, `строка:1 знак:1`, `所在位置 行:1
    /// 字符: 1`) or the command it echoes under `+ `: nothing to read.
    Skip,
    /// `+ CategoryInfo : InvalidOperation: (…) [Send-MailMessage], IOException`:
    /// its value, which names the exception's type.
    Category(&'a str),
    /// `+ FullyQualifiedErrorId : SmtpException,…`: its value, the record's end.
    Id(&'a str),
}

fn ps_record(line: &str) -> PsLine<'_> {
    let t = line.trim();
    if let Some(rest) = t.strip_prefix("+ ") {
        let rest = rest.trim_start();
        let value = |name: &str| rest.strip_prefix(name).map(|v| v.trim_start().trim_start_matches(':').trim());
        return match (value("CategoryInfo"), value("FullyQualifiedErrorId")) {
            (Some(v), _) => PsLine::Category(v),
            (_, Some(v)) => PsLine::Id(v),
            _ => PsLine::Skip,
        };
    }
    // The position, in any language: short, two numbers after colons, the
    // last at its end.
    let numbered =
        t.match_indices(':').filter(|(i, _)| t[i + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit())).count();
    if t.len() < 80 && numbered >= 2 && t.ends_with(|c: char| c.is_ascii_digit()) {
        PsLine::Skip
    } else {
        PsLine::Other
    }
}

/// Whether an Exchange NDR's delivery attempt (`… Server at mx (192.0.2.1)
/// returned '450 4.4.317 Cannot connect to remote server [Message=451 4.4.0`)
/// stops before the quote around the reply closes: a pasted NDR wraps its
/// long lines, and the rest of the reply is on the next ones.
fn open_quote(line: &str) -> bool {
    const MARK: &str = "returned '";
    // The last quote is the one that opens the reply, when one is open.
    memchr::memrchr(b'\'', line.as_bytes()).is_some_and(|q| line[..=q].ends_with(MARK))
}

/// Lines an open `[{LED=…` takes at most: a wrapped LastError is two or
/// three; a structure cut short (a truncated paste) must not swallow the
/// error lines after it.
const LED_LINES: u8 = 4;

/// A line that can go on an open `[{LED=…`: not a field of its own
/// (`RetryCount : 17`, `SRC: …`), not another structure.
fn continues_led(line: &str) -> bool {
    let t = line.trim_start();
    let field = t.split_once(':').is_some_and(|(name, _)| {
        let name = name.trim_end();
        !name.is_empty()
            && name.len() <= 40
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    });
    !field && !t.contains("[{")
}

/// A line whose Exchange last-error structure (`LastError : [{LRT=…};{LED=…`)
/// does not close on it. Only a bracketed one wraps: a message-trace
/// summary row's (`…##Receive, Fail {LED=…};{MSG=};…;{LRT=}`) has no
/// brackets, and the next row is a row of its own (QA round 21).
fn open_led(line: &str) -> bool {
    find_str(line, "{LED=").is_some_and(|at| line[..at + 1].contains("[{") && !line[at..].contains("}]"))
}

/// The server that answered, as a Postfix bounce names it: `<a@b>: host
/// gmail-smtp-in.l.google.com[142.250.27.26] said: 550 …` (QA round 15: a
/// bounce's peer was left out, a log line's was not).
fn host_said(line: &str) -> Option<(&str, &str)> {
    let said = find_str(line, "] said:")?;
    let open = line[..said].rfind('[')?;
    let ip = &line[open + 1..said];
    let start = line[..open].rfind(' ')? + 1;
    let host = &line[start..open];
    (line[..start].ends_with("host ") && !host.is_empty() && protolog::is_ip(ip)).then_some((host, ip))
}

/// The server an Exim bounce names under the failed address, on a line of
/// its own above the reply (`    host mx.example.net [192.0.2.7]` then
/// `    SMTP error from remote mail server after end of data:`, folded into
/// one here), or before its colon (`host mx.example.net [192.0.2.7]: 550 …`,
/// also under the older `SMTP error from remote mail server after …:`).
fn exim_bounce_host(line: &str) -> Option<(&str, &str)> {
    let rest = match line.bytes().find(|&b| b != b' ' && b != b'\t') {
        Some(b'h') => line.trim_start().strip_prefix("host ")?,
        // Older Exim: `SMTP error from remote mail server after RCPT
        // TO:<…>:` above `host mx.example.net [192.0.2.7]: 550 …` (folded).
        Some(b'S') => {
            let t = line.trim_start().strip_prefix("SMTP error from remote mail server after ")?;
            &t[t.find(": host ")? + ": host ".len()..]
        }
        // The failed address with its lines folded onto it (`bob@example.org
        // host mx.example.net [192.0.2.7] Delay reason: …`).
        Some(_) => {
            let t = line.trim_start();
            let sp = memchr::memchr(b' ', t.as_bytes())?;
            memchr::memchr(b'@', &t.as_bytes()[..sp])?;
            t[sp + 1..].strip_prefix("host ")?
        }
        None => return None,
    };
    let (host, rest) = rest.split_once(" [")?;
    let (ip, after) = rest.split_once(']')?;
    let ends = after.is_empty()
        || after.starts_with(':')
        || after.starts_with(" SMTP error from remote")
        || after.starts_with(" Delay reason: ");
    (ends && !host.is_empty() && !host.contains(' ') && protolog::is_ip(ip)).then_some((host, ip))
}

/// The value of a `Get-Queue | Format-List` field (`NextHopDomain : gmail.com`).
fn queue_field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(name)?;
    let value = rest.trim_start_matches([' ', '\t']).strip_prefix(':')?.trim();
    (!value.is_empty()).then_some(value)
}

/// The server a Sendmail transcript names (`... while talking to
/// mx.example.net.:`, deliver.c), without its root dot.
fn talking_to(line: &str) -> Option<&str> {
    let host = line.trim().strip_prefix("... while talking to ")?.strip_suffix(':')?.trim_end_matches('.');
    (!host.is_empty() && !host.contains(' ')).then_some(host)
}

/// The server of an Exchange NDR's attempt line (`12/6/2024 10:15:00 AM -
/// Server at mx1.example.net (192.0.2.10) returned '421 4.4.2 …'`): the
/// partner's server Exchange Online was sending to (QA round 31: a
/// SocketError there was read as Exchange Online refusing the sender).
fn attempt_peer(line: &str) -> Option<(&str, &str)> {
    // One search rules out nearly every line before the grammar runs (in
    // English; in another language, its IP's closing parenthesis).
    if find_str(line, ") returned '").is_none() && !ndr::quotes_a_reply(line.as_bytes()) {
        return None;
    }
    let a = ndr::attempt_line(line)?;
    a.ip.filter(|ip| protolog::is_ip(ip)).map(|ip| (a.host, ip))
}

/// The server a Postfix client's own report names, where no reply of it is
/// quoted: `connect to mx.example.com[192.0.2.25]:25: Connection timed out`,
/// `lost connection with …[…] while …`, `conversation with …[…] timed out`,
/// `TLS is required, but was not offered by host …[…]` (smtp_connect.c,
/// smtp_trouble.c, smtp_proto.c), and its TLS layer's `SSL_connect error to
/// …[…]:25`, `… TLS connection established to …[…]:25`, `certificate
/// verification failed for …[…]:25` (tls_client.c, tls_verify.c), which
/// `posttls-finger` prints too, and its server's `… TLS connection
/// established from …[…]` (tls_server.c): the remote end either way. A queue listing's reasons name it so (QA
/// round 29: findings of two servers' time-outs named neither; QA round 32:
/// a posttls-finger run's).
fn client_peer(line: &str) -> Option<(&str, &str)> {
    // Nearly every line has no bracketed address: one search rules it out.
    memchr::memchr(b'[', line.as_bytes())?;
    [
        "connect to ",
        "lost connection with ",
        "conversation with ",
        "offered by host ",
        "SSL_connect error to ",
        "established to ",
        "established from ",
        "verification failed for ",
    ]
    .iter()
    .find_map(|m| {
        let rest = &line[find_str(line, m)? + m.len()..];
        let (host, after) = rest.split_once('[')?;
        let (ip, _) = after.split_once(']')?;
        (!host.is_empty() && !host.contains(char::is_whitespace) && protolog::is_ip(ip)).then_some((host, ip))
    })
}

/// Whether `text` names Exchange's `SocketError`, any case: the one error
/// whose rules tell Exchange Online from another peer.
fn names_socket_error(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"ocket")
        .any(|i| b.get(i + 5..i + 10).is_some_and(|e| e.eq_ignore_ascii_case(b"error")))
}

/// The recipient a reply names right after its codes, as Postfix's server
/// words a refusal: `550 5.1.1 <bob@example.net>: Recipient address
/// rejected: User unknown in virtual mailbox table`.
fn reply_recipient(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    if b.len() < 8 || !smtp::is_reply_code(&b[..3]) || b[3] != b' ' {
        return None;
    }
    let mut rest = &t[4..];
    if let Some((status, after)) = rest.split_once(' ') {
        if status.split('.').count() == 3 && status.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
            rest = after;
        }
    }
    let (address, after) = rest.strip_prefix('<')?.split_once('>')?;
    after.starts_with(':').then_some(address)
}

/// The recipient column of a CSV export's header (a bounce list of an
/// e-mail service: `created,email,reason,status`; Exchange Online's message
/// trace: `…,recipient_address,recipient_status,…`; `Export-Csv` of
/// `Get-MessageTraceDetail`: `"SenderAddress","RecipientAddress",…`), by
/// name: three or more cells, each a field name.
fn csv_recipient_column(line: &str) -> Option<usize> {
    if !line.contains(',') || line.len() > 2048 {
        return None;
    }
    let mut cells = protolog::Cells::new(line);
    let mut names = Vec::new();
    while let Some(c) = cells.next_cell() {
        let name = c.value();
        let name = name.trim();
        let ok = (1..=40).contains(&name.len())
            && name.bytes().any(|b| b.is_ascii_alphabetic())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b" _-.".contains(&b));
        if !ok || names.len() > 64 {
            return None;
        }
        names.push(name.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase());
    }
    if names.len() < 3 {
        return None;
    }
    ["recipientaddress", "recipient", "email", "emailaddress", "rcptto", "recipientemail", "recipientstatus"]
        .iter()
        .find_map(|want| names.iter().position(|n| n == want))
}

/// The address of a recipient cell: the cell itself, or, in Exchange
/// Online's message-trace summary (`recipient_status`:
/// `lee@fabrikam.com##Receive, Fail;ann@contoso.com##Receive, Deliver`),
/// that of the recipient that failed (else the first).
fn csv_recipient(cell: &str) -> &str {
    let cell = cell.trim();
    if !cell.contains("##") {
        return cell;
    }
    let entries = || cell.split(';').map(str::trim);
    let failed = entries().find(|e| e.split_once("##").is_some_and(|(_, s)| s.to_ascii_lowercase().contains("fail")));
    failed.or_else(|| entries().next()).and_then(|e| e.split_once("##")).map_or(cell, |(a, _)| a.trim())
}

/// The one recipient of a `Get-MessageTrackingLog | fl` event
/// (`Recipients              : {carol@fabrikam.com}`), or of an Exchange
/// Online trace's (`RecipientAddress : carol@fabrikam.com`).
fn tracking_recipients(t: &str) -> Option<&str> {
    // Exchange Online's Get-MessageTrace / Get-MessageTraceDetail `| fl`.
    if let Some(v) = t.strip_prefix("RecipientAddress").and_then(|v| v.trim_start().strip_prefix(':')) {
        return Some(v.trim()).filter(|a| !a.contains([',', ' ']));
    }
    let v = t.strip_prefix("Recipients")?.trim_start().strip_prefix(':')?.trim();
    v.strip_prefix('{')?.strip_suffix('}').map(str::trim).filter(|a| !a.contains([',', ' ']))
}

/// A `Get-MessageTrackingLog | fl` event's list of several recipients.
fn several_tracking_recipients(t: &str) -> bool {
    queue_field(t, "Recipients").and_then(|v| v.strip_prefix('{')).is_some_and(|v| v.contains(',') && v.contains('@'))
}

/// A line that opens another recipient's report (`<b@example.com>: …`).
fn starts_a_recipient(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('<') && t.split_once(">:").is_some_and(|(a, _)| a.contains('@') && !a.contains(' '))
}

/// A held line stops taking continuations at this length (a file of
/// indented lines must not become one line of unbounded size; a folded
/// reply is a few hundred bytes).
const HELD_MAX: usize = 4 * 1024;

/// Recipients listed under one queued message's reason that are read as its
/// own (a listing's message may have thousands: the rest are not named).
const QUEUE_RECIPIENTS: usize = 64;

/// Whether an indented `next` line is the folded rest of `held`, not an item
/// nested in it: structured text (JSON, XML, a list in code) opens its items
/// with a bracket at the end of the line above, or starts them with one.
/// A line that is a section rule (`--- Session Transcript ---`, `=====`)
/// heads lines of their own, too.
pub(crate) fn continues(held: &str, next: &str) -> bool {
    let h = held.trim();
    let opens = h.ends_with(['{', '[', '(']);
    let rule = h.len() >= 3 && h.bytes().take(3).all(|b| b == h.as_bytes()[0] && b"-=*#".contains(&b));
    // A numbered record's label heads its indented fields (`wevtutil qe
    // /f:text`: `Event[0]:`, then `  Source: Schannel`, `  Event ID: …`).
    let label = h.ends_with("]:") && !h.contains(' ');
    let n = next.trim_start();
    // A JSON member (`"key": …`); a quoted phrase goes on the sentence.
    let member =
        n.strip_prefix('"').and_then(|q| q.split_once('"')).is_some_and(|(_, r)| r.trim_start().starts_with(':'));
    // A tag (`<Detail>`), not an address (`<joe@example.com>: …` goes on
    // a Postfix reply).
    let tag = n.strip_prefix('<').is_some_and(|t| !t.split('>').next().unwrap_or("").contains('@'));
    // A transcript's next command: swaks indents what the client sent
    // (` -> RCPT TO:<…>`, ` ~> QUIT` inside TLS) under the server's reply.
    let sent = ["-> ", "~> ", "**> ", "*~> "].iter().any(|a| n.starts_with(a));
    let item = member || tag || sent || n.starts_with(['{', '[', '}', ']']);
    // A table's rows, its columns tab-separated (MXToolbox's results copied
    // from the page start each row with a tab, its empty Status column).
    let row = h.contains('\t') && n.contains('\t');
    // A line that announces a list (`…to the following addresses:`, QQ's
    // `…以下地址：`) and an address on its own under it: the first item.
    let listed = h.ends_with([':', '：']) && lone_address(n).is_some() && smtp::find_codes(h).is_none();
    !opens && !rule && !label && !item && !row && !listed
}

/// A recipient on a line of its own is read alone, and the lines indented
/// under it are one line of their own: Exim lists the host, the command and
/// the reply under the address, which heads them as it heads the lines of
/// an Exchange NDR's block.
pub(crate) fn heads_a_block(held: &str) -> bool {
    lone_address(held).is_some()
}

/// The column its text starts at, a tab to the next multiple of eight:
/// Sendmail's `mailq` indents a reason with spaces and its recipients with
/// tabs.
fn columns(line: &str) -> usize {
    let mut col = 0;
    for b in line.bytes() {
        match b {
            b' ' => col += 1,
            b'\t' => col = (col / 8 + 1) * 8,
            _ => break,
        }
    }
    col
}

/// A queued message's line in a `mailq` listing: its queue ID (`*` when
/// being delivered, `!` on hold), its size and its arrival date
/// (`4XyZ5d3eFGz5wU*   8811 Tue Mar  4 08:30:59  alice@example.org`,
/// Sendmail's `24E9aBcD012345     2087 Tue Mar  4 09:10 <alice@example.org>`):
/// the reason under it is a line of its own.
fn queue_entry(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let id = words.next().unwrap_or("").trim_end_matches(['*', '!']);
    let size = words.next().unwrap_or("");
    let day = words.next().unwrap_or("");
    id.len() >= 8
        && id.bytes().all(|b| b.is_ascii_alphanumeric())
        && !size.is_empty()
        && size.bytes().all(|b| b.is_ascii_digit())
        && ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].contains(&day)
}

/// Leading blanks.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// [`kb::has_trigger`] for the few short cells that recur on nearly every
/// row of a big log (`Local` and `Remote`, the context of each disconnect
/// row): the last ones asked are remembered. Since the automaton is
/// compiled in, a search of five bytes is cheap, and the memo saves only
/// ~0.4 % of a census (1.0 M instructions of a 22 MB log's 231 M).
#[derive(Debug, Default)]
struct TriggerMemo {
    entries: [(String, bool); 4],
    next: usize,
}

impl TriggerMemo {
    /// Cells up to this long are remembered.
    const SHORT: usize = 32;

    fn has_trigger(&mut self, text: &str) -> bool {
        if text.is_empty() || text.len() > Self::SHORT {
            return kb::has_trigger(text);
        }
        if let Some((_, hit)) = self.entries.iter().find(|(t, _)| t == text) {
            return *hit;
        }
        let hit = kb::has_trigger(text);
        let slot = &mut self.entries[self.next];
        slot.0.clear();
        slot.0.push_str(text);
        slot.1 = hit;
        self.next = (self.next + 1) % self.entries.len();
        hit
    }
}

impl Analyzer {
    pub fn new(name: impl Into<String>) -> Self {
        let name = name.into();
        let mut state = LineState::new();
        // A Receive log without its header is still a Receive log by name.
        state.log.direction = protolog::file_name_direction(&name);
        Self {
            name,
            framer: LineFramer::new(),
            state,
            mode: Mode::Sniffing(Vec::new()),
            bytes: 0,
            notes: Vec::new(),
            earlier: Vec::new(),
            json: None,
            compressed: None,
        }
    }

    /// Feeds the next chunk of input.
    pub fn feed(&mut self, chunk: &[u8]) {
        self.bytes += chunk.len() as u64;
        match &mut self.mode {
            Mode::Sniffing(buf) => {
                buf.extend_from_slice(chunk);
                if buf.len() >= SNIFF_BYTES {
                    self.decide();
                }
            }
            Mode::Lines => {
                let state = &mut self.state;
                self.framer.feed(chunk, &mut |n, line| state.line(n, line));
            }
            // Whole inputs read at their end, each up to its cap; past it,
            // their raw lines (a message's with a note).
            Mode::Message(_) | Mode::Html(_) | Mode::Json(_) => {
                let (cap, note) = match self.mode {
                    Mode::Message(_) => (MAX_MESSAGE, Some(Note::MessageTooLarge)),
                    Mode::Html(_) => (MAX_MESSAGE, None),
                    _ => (crate::records::MAX_JSON, None),
                };
                let (Mode::Message(buf) | Mode::Html(buf) | Mode::Json(buf)) = &mut self.mode else { return };
                if buf.len() + chunk.len() <= cap {
                    buf.extend_from_slice(chunk);
                    return;
                }
                let buf = std::mem::take(buf);
                self.notes.extend(note);
                self.switch_to_lines(&buf);
                self.feed_lines(chunk);
            }
        }
    }

    fn feed_lines(&mut self, chunk: &[u8]) {
        let state = &mut self.state;
        self.framer.feed(chunk, &mut |n, line| state.line(n, line));
    }

    fn switch_to_lines(&mut self, buffered: &[u8]) {
        // The first chunk can be a MiB: its start says enough.
        self.state.double_spaced = double_spaced(&buffered[..buffered.len().min(SNIFF_BYTES)]);
        self.mode = Mode::Lines;
        self.feed_lines(buffered);
    }

    /// Picks the mode from the first bytes.
    fn decide(&mut self) {
        let Mode::Sniffing(buf) = &mut self.mode else { return };
        let buf = std::mem::take(buf);
        self.compressed = crate::archive::unread_compression(&buf);
        if buf.starts_with(message::CFB_MAGIC) || message::looks_like_message(&buf) {
            self.mode = Mode::Message(buf);
        } else if message::looks_like_html(&buf) {
            self.mode = Mode::Html(buf);
        } else if crate::records::looks_like_json(&buf) && !crate::records::first_line_is_a_record(&buf) {
            self.mode = Mode::Json(buf);
        } else {
            // The same head however the input came in chunks: one feed of
            // the whole input is longer than the head a stream decides on.
            self.framer.guess_code_page(&buf[..buf.len().min(SNIFF_BYTES)]);
            self.switch_to_lines(&buf);
        }
    }

    /// The findings so far, without ending the input: for a view that
    /// updates while a large file streams in.
    pub fn snapshot(&self) -> InputReport {
        let state = &self.state;
        let mut findings: Vec<Finding> = state.order.iter().filter_map(|k| state.findings.get(k).cloned()).collect();
        let delay_notice = state.is_delay_notice(&findings);
        transients_are_warnings(&mut findings, delay_notice, false);
        findings.sort_by_key(|f| (f.severity, f.first_line));
        let kind = state.kinds.most_common().unwrap_or(InputKind::Text);
        InputReport {
            path: self.name.clone(),
            timeline: timeline_points(&state.timeline),
            kind,
            encoding: self.framer.encoding().unwrap_or(Encoding::Utf8),
            lines: self.framer.stats.lines,
            bytes: self.bytes,
            unrecognised_lines: state.unrecognised,
            unrecognised_samples: state.unrecognised_samples.clone(),
            findings,
            notes: self.notes.clone(),
        }
    }

    /// Bytes fed so far (for progress).
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Like [`Analyzer::new`], also feeding every line to `census` (which
    /// starts a file of this name); [`Analyzer::finish_with_census`] gives it back.
    pub fn with_census(name: impl Into<String>, mut census: crate::census::Census) -> Self {
        let mut a = Self::new(name);
        census.begin_file(&a.name);
        a.state.census = Some(Box::new(census));
        a
    }

    /// The input is a file (or an archive's member) last written at
    /// `unix_secs`: the stamps without a year of its findings, its timeline
    /// and its census are dated by it (see
    /// [`crate::census::Census::written_at`]).
    pub fn written_at(&mut self, unix_secs: i64) {
        self.state.dating =
            crate::census::plausible_written(unix_secs).map(|t| Box::new(crate::census::Dating::new(t)));
        if let Some(c) = &mut self.state.census {
            c.written_at(unix_secs);
        }
    }

    /// Ends the input; returns the report and the census, if one was given.
    pub fn finish_with_census(mut self) -> (InputReport, Option<crate::census::Census>) {
        let report = self.finish_in_place();
        let mut census = self.state.census.take().map(|c| *c);
        if let Some(c) = &mut census {
            c.end_file();
        }
        (report, census)
    }

    /// Ends the input and returns the report.
    pub fn finish(mut self) -> InputReport {
        self.finish_in_place()
    }

    fn finish_in_place(&mut self) -> InputReport {
        self.decide();
        let mut message_mode = false;
        let mode = std::mem::replace(&mut self.mode, Mode::Lines);
        if matches!(mode, Mode::Html(_) | Mode::Json(_)) {
            // A page or a document, read as the lines made of it: not empty,
            // even when none is.
            self.state.text_seen = true;
        }
        if let Mode::Html(buf) = &mode {
            let text = message::html_to_text(&String::from_utf8_lossy(buf));
            self.switch_to_lines(text.as_bytes());
        }
        if let Mode::Json(buf) = &mode {
            match crate::records::read(buf) {
                Some((text, origins)) => {
                    self.switch_to_lines(text.as_bytes());
                    // The document's own lines (a last one without its `\n`).
                    let lines = memchr::memchr_iter(b'\n', buf).count() + usize::from(!buf.ends_with(b"\n"));
                    self.json = Some((origins, lines.max(1) as u64));
                }
                // Not JSON after all: its lines.
                None => self.switch_to_lines(buf),
            }
        }
        if let Mode::Message(buf) = mode {
            let decoded =
                if buf.starts_with(message::CFB_MAGIC) { message::decode_msg(&buf) } else { message::decode_eml(&buf) };
            match decoded {
                // A multipart whose parts could not be told apart (no
                // boundary, `boundary=""`) gave no text at all: its raw
                // lines still hold the bounce.
                Some(d) if d.mime_unreadable => {
                    self.notes.push(Note::MimeUnreadable);
                    self.switch_to_lines(&buf);
                }
                // Too many parts for the MIME reader: its raw lines, read
                // as a stream (no copy of the text is made).
                Some(d) if d.too_many_parts && d.documents.is_empty() => {
                    self.notes.push(Note::MessageTooManyParts);
                    self.switch_to_lines(&buf);
                }
                Some(d) => {
                    message_mode = true;
                    if d.too_deep {
                        self.notes.push(Note::MessageTooDeep);
                    }
                    if d.too_many_parts {
                        self.notes.push(Note::MessageTooManyParts);
                    }
                    if let Some((page, lines)) = d.code_page {
                        self.notes.push(Note::Lossy { lines, charset: page.map(str::to_string) });
                    }
                    self.analyze_message(d);
                    if self.framer.stats.lines == 0 {
                        // Nothing in it is text to read (a complaint that only
                        // attaches the original): its own lines, not none.
                        self.framer.stats.lines = memchr::memchr_iter(b'\n', &buf).count() as u64;
                    }
                }
                None if buf.starts_with(message::CFB_MAGIC) => self.notes.push(Note::BadMessage),
                None => self.switch_to_lines(&buf),
            }
        }
        let state = &mut self.state;
        self.framer.finish(&mut |n, line| state.line(n, line));
        state.end();
        let mut stats = self.framer.stats.clone();
        let mut notes = std::mem::take(&mut self.notes);
        match self.framer.encoding() {
            Some(Encoding::Binary) if !message_mode => {
                notes.push(Note::Binary);
                notes.extend(self.compressed.map(|c| Note::Compressed { format: c.to_string() }));
            }
            Some(Encoding::Utf16Le | Encoding::Utf16Be) => notes.push(Note::Utf16),
            _ => {}
        }
        // Nothing but blanks (a paste of empty lines) is as empty as no byte.
        if self.bytes == 0
            || !message_mode && !state.text_seen && stats.lossy_lines == 0 && !notes.contains(&Note::Binary)
        {
            notes.push(Note::Empty);
        }
        if stats.lossy_lines > 0 {
            notes.push(Note::Lossy { lines: stats.lossy_lines, charset: stats.legacy_charset.map(str::to_string) });
        }
        if stats.truncated_lines > 0 {
            notes.push(Note::Truncated { lines: stats.truncated_lines });
        }
        if state.dropped > 0 {
            notes.push(Note::TooManyFindings { dropped: state.dropped });
        }
        if state.grouped > 0 {
            notes.push(Note::RecipientsGrouped { occurrences: state.grouped });
        }
        let kind = state.kinds.most_common().unwrap_or(InputKind::Text);
        let grouped_keys = std::mem::take(&mut state.grouped_keys);
        let (mut findings, mut grouped): (Vec<Finding>, Vec<bool>) = (Vec::new(), Vec::new());
        for k in state.order.drain(..) {
            if let Some(f) = state.findings.remove(&k) {
                grouped.push(grouped_keys.contains(&k));
                findings.push(f);
            }
        }
        // Asked before a bounce's findings are merged per recipient (its
        // delay words may go into a recipient's coded finding).
        let delay_notice = state.is_delay_notice(&findings);
        if message_mode {
            // A bounce lists its recipients in order; keep that order.
            findings = one_per_recipient(findings, &grouped);
            add_earlier_attempts(&mut findings, std::mem::take(&mut self.earlier));
            transients_are_warnings(&mut findings, delay_notice, true);
            findings.sort_by_key(|f| f.first_line);
        } else {
            // Grouped findings name no recipient either, and count theirs.
            merge_same_failure(&mut findings, state.grouped == 0);
            transients_are_warnings(&mut findings, delay_notice, false);
            findings.sort_by_key(|f| (f.severity, f.first_line));
        }
        let timeline = timeline_points(&state.timeline);
        if let Some((origins, lines)) = self.json.take() {
            at_origins(&mut findings, &origins);
            stats.lines = lines;
        }
        let evidence = if message_mode {
            Tls12Evidence::default()
        } else {
            tls12_works(&findings, &state.tls12_peers, state.tls12_as_server.as_deref())
        };
        notes.extend(evidence.notes());
        InputReport {
            path: std::mem::take(&mut self.name),
            timeline,
            kind,
            encoding: self.framer.encoding().unwrap_or(Encoding::Utf8),
            lines: stats.lines,
            bytes: self.bytes,
            unrecognised_lines: state.unrecognised,
            unrecognised_samples: std::mem::take(&mut state.unrecognised_samples),
            findings,
            notes,
        }
    }

    /// A decoded message: the delivery-status part is authoritative (one
    /// finding per failed recipient); the human-readable text is read when
    /// there is no machine-readable part, or it names no failed recipient.
    fn analyze_message(&mut self, d: message::Decoded) {
        let mut line_base = 0u64;
        // Reads `text`'s lines but those numbered in `skip` (sorted).
        let run = |state: &mut LineState, text: &str, line_base: &mut u64, skip: &[u64]| {
            let base = *line_base;
            let mut framer = LineFramer::new();
            let mut on_line = |n: u64, line: &str| {
                if skip.binary_search(&n).is_err() {
                    state.line(base + n, line);
                }
            };
            framer.feed(text.as_bytes(), &mut on_line);
            framer.finish(&mut on_line);
            state.end();
            *line_base += framer.stats.lines;
        };
        for doc in &d.documents {
            if let message::Document::DeliveryStatus(t) = doc {
                run(&mut self.state, t, &mut line_base, &[]);
            }
        }
        let has_dsn = self.state.findings.values().any(|f| f.recipient.is_some());
        for doc in &d.documents {
            if let message::Document::Text(t) = doc {
                let base = line_base;
                // With a DSN part, the newest attempt's line too: its text can
                // say more than the Diagnostic-Code (`QUEUE.Expired … [Message=
                // 421 4.4.2 Connection dropped due to SocketError]`).
                let attempts = earlier_attempts(t, has_dsn);
                if !has_dsn {
                    // The older attempts are read below, each for its recipient.
                    let skip: Vec<u64> = attempts.iter().map(|a| a.0).collect();
                    run(&mut self.state, t, &mut line_base, &skip);
                } else {
                    line_base += line_count(t);
                }
                for (n, recipient, line, newest) in attempts {
                    let mut one = LineState::new();
                    one.recipient = Some(recipient.clone());
                    one.line(base + n, &line);
                    one.end();
                    for key in one.order.drain(..) {
                        let Some(mut f) = one.findings.remove(&key) else { continue };
                        f.recipient = Some(recipient.clone());
                        for occ in &mut f.evidence {
                            occ.recipient = Some(recipient.clone());
                        }
                        self.earlier.push((f, newest));
                    }
                }
            }
        }
        self.framer.stats.lines = line_base;
        self.framer.stats.bytes = self.bytes;
    }
}

/// The rule of a notice that a message is delayed, not refused.
const DELAY_NOTICE: &str = "bounce-delivery-delayed";

/// The findings whose transient codes make them warnings: all of a delay
/// notice's; else a log's or a queue's attempts ([`is_attempt`]), but none
/// of a `bounce`, a final failure whatever its codes' class (`Action:
/// failed` with `Status: 4.4.2`).
fn transients_are_warnings(findings: &mut [Finding], delay_notice: bool, bounce: bool) {
    findings.iter_mut().filter(|f| delay_notice || !bounce && is_attempt(f.kind)).for_each(transient_is_warning);
}

/// An `error` finding whose codes say the failure is transient (a 4xx reply,
/// a 4.x.x status, and neither says otherwise: RFC 5321 §4.2.1, RFC 3463
/// §3.1) is a `warning`: the message is still queued and is tried again
/// (QA round 40: NetEase's `451 DT:SPM … please try again` and Exim's delay
/// warning read as refusals). `critical` stays (the case this tool is
/// about), and so does an expiry (`4.4.7`: the retries are over). Which
/// findings are read so: [`transients_are_warnings`].
fn transient_is_warning(f: &mut Finding) {
    let status = f.status.as_deref().and_then(|s| s.trim_start().bytes().next());
    let reply = f.reply.map(|r| r.class());
    let transient = match (status, reply) {
        (None, None) => false,
        (s, r) => s.is_none_or(|c| c == b'4') && r.is_none_or(|c| c == 4),
    };
    if transient && f.severity == kb::Severity::Error && f.reason != "expired" {
        f.severity = kb::Severity::Warning;
    }
}

/// A line of a log or a queue: one delivery attempt, whose codes say whether
/// it is to be tried again (a bounce's lines say what ended the attempts).
fn is_attempt(kind: InputKind) -> bool {
    matches!(kind, InputKind::Syslog | InputKind::ProtocolLog | InputKind::QueueError)
}

/// For a bounce message: one finding per failed recipient, keeping the most
/// specific one (a named rule over a generic code rule; codes over none).
fn one_per_recipient(findings: Vec<Finding>, grouped: &[bool]) -> Vec<Finding> {
    let has_recipients = findings.iter().any(|f| f.recipient.is_some());
    let mut out: Vec<Finding> = Vec::new();
    for (i, f) in findings.into_iter().enumerate() {
        // Recipients past the first thousand were counted without their
        // address (QA round 38: a DSN's 1 001st recipient and its other
        // error were gone); those findings stand for them.
        if has_recipients && f.recipient.is_none() && !grouped.get(i).copied().unwrap_or(false) {
            continue;
        }
        match out.iter_mut().find(|o| o.recipient.is_some() && o.recipient == f.recipient) {
            Some(o) => {
                let mut other = f;
                if specificity(&other) > specificity(o) {
                    std::mem::swap(o, &mut other);
                }
                // Two readings of one DSN block (its `Status:` and the
                // human-readable line, when it has no `Diagnostic-Code`),
                // or the human-readable part's and the DSN part's words for
                // the same reply, are one failure, not two.
                let same_reply = o.reply.is_some() && o.reply == other.reply && o.status == other.status;
                if other.first_line == o.first_line || same_reply {
                    o.count = o.count.max(other.count);
                } else {
                    o.count += other.count;
                }
                if o.remote_host.is_none() && o.remote_ip.is_none() {
                    o.remote_host = other.remote_host.take();
                    o.remote_ip = other.remote_ip.take();
                }
                // The recipient's status (its DSN field, say) stays when the
                // line that says more gives none.
                if o.status.is_none() && o.reply.is_none_or(|r| Some(r) == other.reply) {
                    o.status = other.status;
                }
                o.reply = o.reply.or(other.reply);
            }
            None => out.push(f),
        }
    }
    // A "not delivered" notice without detail counts only when nothing more
    // specific was found for the same recipient.
    let specific: Vec<Option<String>> =
        out.iter().filter(|f| f.rule != NO_DETAIL).map(|f| f.recipient.clone()).collect();
    out.retain(|f| f.rule != NO_DETAIL || !specific.contains(&f.recipient));
    // Inside a bounce, "unknown user" words with neither an addressing
    // status nor a command came after the data (see `kb::by_phase`).
    for f in &mut out {
        let (Some(rule), Some(occ)) = (kb::rule(&f.rule), f.evidence.first()) else { continue };
        let phased = kb::by_phase(rule, &occ.text, occ.status.as_ref(), true);
        if phased.id != rule.id {
            f.rule = phased.id.to_string();
            f.reason = phased.reason.to_string();
            f.severity = phased.severity;
        }
    }
    out
}

/// A pasted bounce says a recipient's failure more than once: in its
/// human-readable part (`<pat@example>: TLS is required, but …`, often
/// without codes), in its DSN (`Status: 4.7.4`, `Remote-MTA`), in an Exchange
/// Online NDR's `Status code: 550 5.1.10` and `Reported error: 550 5.1.10
/// RESOLVER.ADR.RecipientNotFound`. One finding per recipient and failure:
/// of the same rule (codes only on one, or the same), or of the same codes,
/// the one that says more is kept (a named rule, then codes, then the
/// remote end), counted for all. A sentence without codes (an Exchange NDR's
/// `The recipient server did not accept our requests to connect.` above its
/// `Remote Server returned '550 4.4.7 QUEUE.Expired'`) goes into the coded
/// finding of its recipient when that says as much. Findings whose codes
/// differ stay apart. With `host_lines`, a log's line that names only the
/// host of a failure goes into the first recipient line of its rule and peer
/// (see [`host_line_of`]).
fn merge_same_failure(findings: &mut Vec<Finding>, host_lines: bool) {
    let says = |f: &Finding| {
        let (named, codes) = specificity(f);
        (named, codes, u8::from(f.remote_ip.is_some() || f.remote_host.is_some()))
    };
    let coded = |f: &Finding| f.status.is_some() || f.reply.is_some();
    // Which findings could have a twin, known before any is compared: one
    // whose recipient another finding names, or an uncoded one whose rule
    // and peer a coded one without recipient has. The rest (nearly all of a
    // big log's, kept apart by peer) skip the scan, which made this
    // quadratic in the findings (a Postfix log with 7 000 of them).
    let mut recipients: HashMap<String, usize> = HashMap::new();
    let mut coded_peers: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
    // The rules and peers of findings with a recipient: a log's line that
    // names the host only (Exim's `H=mx [ip]: SMTP error from remote mail
    // server …` before its `== bob@… … H=mx [ip]: …`, Postfix's `connect to
    // mx[ip]:25: Connection refused` before `to=<bob@…>, … status=deferred
    // (connect to mx[ip]:25: …)`) says the same failure as those lines.
    let mut recipient_peers: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
    // The enhanced statuses of named findings without a recipient, and how
    // many have each: a DSN block's generic finding of that status (`Status:
    // 5.7.9`, RFC 3463's meaning) for a recipient is the same failure as the
    // one named finding the text gave it (QA round 15: "Gmail or Yahoo
    // rejected…" beside "Authentication mechanism too weak (x.7.9)").
    let mut named_statuses: HashMap<&str, usize> = HashMap::new();
    // And of named findings with a recipient: a line of that status with no
    // recipient (a localized Exchange Online NDR's `Код состояния: 550
    // 5.1.10` above the `Адрес получателя:` that names it, QA round 45) is
    // the failure the one such finding tells.
    let mut addressed_statuses: HashMap<&str, usize> = HashMap::new();
    for f in findings.iter() {
        if let Some(r) = &f.recipient {
            *recipients.entry(r.to_ascii_lowercase()).or_default() += 1;
            if let (Some(st), (2, _)) = (&f.status, specificity(f)) {
                *addressed_statuses.entry(st.as_str()).or_default() += 1;
            }
            if let Some(ip) = &f.remote_ip {
                if host_lines {
                    recipient_peers.insert((f.rule.as_str(), ip.as_str()));
                }
            }
        } else {
            if let (true, Some(ip)) = (coded(f), &f.remote_ip) {
                coded_peers.insert((f.rule.as_str(), ip.as_str()));
            }
            if let (Some(st), (2, _)) = (&f.status, specificity(f)) {
                *named_statuses.entry(st.as_str()).or_default() += 1;
            }
        }
    }
    let generic_of_named: Vec<bool> = findings
        .iter()
        .map(|f| {
            f.recipient.is_some()
                && specificity(f).0 < 2
                && f.status.as_deref().is_some_and(|st| named_statuses.get(st) == Some(&1))
        })
        .collect();
    let unaddressed_of_addressed: Vec<bool> = findings
        .iter()
        .map(|f| {
            // (A named one is counted in `named_statuses` itself.)
            let itself = usize::from(specificity(f).0 == 2);
            f.recipient.is_none()
                && f.status.as_deref().is_some_and(|st| {
                    addressed_statuses.get(st) == Some(&1) && named_statuses.get(st).copied().unwrap_or(0) == itself
                })
        })
        .collect();
    drop(named_statuses);
    drop(addressed_statuses);
    let may_merge: Vec<bool> = findings
        .iter()
        .zip(generic_of_named.iter().zip(&unaddressed_of_addressed))
        .map(|(f, (&to_named, &to_addressed))| match (&f.recipient, &f.remote_ip) {
            _ if to_named || to_addressed => true,
            (Some(r), _) => recipients.get(&r.to_ascii_lowercase()).is_some_and(|&n| n > 1),
            (None, Some(ip)) => {
                let key = (f.rule.as_str(), ip.as_str());
                !coded(f) && coded_peers.contains(&key) || recipient_peers.contains(&key)
            }
            (None, None) => false,
        })
        .collect();
    drop(coded_peers);
    drop(recipient_peers);
    let mut i = 0;
    // `findings[i]` is the `k`-th of the findings as they came.
    let mut k = 0;
    while i < findings.len() {
        let f = &findings[i];
        let candidate = may_merge[k];
        let to_named = generic_of_named[k];
        let to_addressed = unaddressed_of_addressed[k];
        k += 1;
        if !candidate {
            i += 1;
            continue;
        }
        let twin = findings.iter().enumerate().position(|(j, g)| {
            let same_codes = g.status == f.status && g.reply == f.reply;
            // Two log lines are two attempts: of the same codes but named
            // for different causes (Postfix's deferrals of one recipient,
            // `421 … Too many connections` then `421 … Service refused`),
            // they are two failures. Elsewhere such lines say one failure
            // twice (a bounce's text and its DSN).
            let attempts = f.kind == InputKind::Syslog
                && g.kind == InputKind::Syslog
                && g.rule != f.rule
                && specificity(f).0 == 2
                && specificity(g).0 == 2;
            let by_recipient = same_recipient(g, f)
                && (g.rule == f.rule && (!coded(f) || same_codes)
                    || coded(f) && same_codes && !attempts
                    || !coded(f) && coded(g));
            // A log's row that says what failed and the reply row of the
            // same failure, with no recipient named (a Receive log's
            // `Inbound AUTH LOGIN failed because of LogonDenied` and its
            // `535 5.7.3 Authentication unsuccessful`): one finding for that
            // peer. Other findings of a peer stay apart, whatever their codes.
            let by_peer = g.rule == f.rule
                && !coded(f)
                && coded(g)
                && f.recipient.is_none()
                && g.recipient.is_none()
                && f.remote_ip.is_some()
                && f.remote_ip == g.remote_ip;
            let by_status = (to_named && g.recipient.is_none()
                || to_addressed && g.recipient.is_some() && (specificity(f).0 < 2 || g.rule == f.rule))
                && specificity(g).0 == 2
                && g.status.is_some()
                && g.status == f.status;
            j != i && (by_recipient || by_peer || by_status || generic_beside_named(f, g)) && says(g) >= says(f)
                || j != i && host_lines && host_line_of(f, g)
        });
        match twin {
            Some(j) => {
                let f = findings.remove(i);
                let j = if j > i { j - 1 } else { j };
                // What the kept one lacks and the merged one knew (a DSN
                // block's recipient and Remote-MTA).
                let g = &mut findings[j];
                if g.recipient.is_none() {
                    g.recipient = f.recipient.clone();
                }
                if g.remote_host.is_none() && g.remote_ip.is_none() {
                    g.remote_host = f.remote_host.clone();
                    g.remote_ip = f.remote_ip.clone();
                }
                // A host's line is the same event as its recipients' lines,
                // which count it already (one a recipient). Two lines of a
                // log are two attempts; a bounce that tells one failure twice
                // (its text and its DSN, an NDR's `Status code:` and
                // `Reported error:`) tells it once (QA round 49: "2x").
                if !(host_lines && host_line_of(&f, g)) {
                    g.count =
                        if is_attempt(f.kind) && is_attempt(g.kind) { g.count + f.count } else { g.count.max(f.count) };
                }
                g.first_line = g.first_line.min(f.first_line);
                g.last_line = g.last_line.max(f.last_line);
                // The next finding is at `i` now.
            }
            None => i += 1,
        }
    }
}

/// `host` names no recipient and is of the rule, the peer and (where it has
/// them) the codes of `g`, which names one: the line a log writes for the
/// host before the line of each recipient the failure held back (see
/// [`merge_same_failure`]).
fn host_line_of(host: &Finding, g: &Finding) -> bool {
    host.recipient.is_none()
        && g.recipient.is_some()
        && host.rule == g.rule
        && host.remote_ip.is_some()
        && host.remote_ip == g.remote_ip
        && host.status.as_ref().is_none_or(|s| g.status.as_ref() == Some(s))
        && host.reply.is_none_or(|r| g.reply == Some(r))
}

/// Both name a recipient, the same one (addresses compare in any case).
fn same_recipient(a: &Finding, b: &Finding) -> bool {
    a.recipient.as_deref().zip(b.recipient.as_deref()).is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// Adds the findings of a recipient's delivery attempts whose rule none of
/// its findings has (the same rule twice is one finding, counted twice; the
/// newest attempt, `true`, is the DSN's failure and is not counted again).
/// They come from the human-readable part, after the DSN's lines, so each
/// recipient's final failure stays first.
fn add_earlier_attempts(findings: &mut Vec<Finding>, earlier: Vec<(Finding, bool)>) {
    for (f, newest) in earlier {
        if let Some(o) = findings.iter_mut().find(|o| o.rule == f.rule && same_recipient(o, &f)) {
            if !newest {
                o.count += f.count;
            }
        } else if newest
            && findings.iter().any(|o| {
                same_recipient(o, &f)
                    && specificity(o).0 == 2
                    && o.reason == f.reason
                    && (o.status.is_some() || o.reply.is_some())
                    && o.status == f.status
                    && o.reply == f.reply
            })
        {
            // The DSN part told the same failure by a named rule of the same
            // cause, and knew its peer (Remote-MTA): the newest line, read
            // alone, is no second diagnosis (QA round 45: Exchange Online's
            // delay notice read as a SocketError of Exchange Online itself).
        } else if let Some(o) = findings.iter_mut().find(|o| newest && generic_beside_named(o, &f)) {
            // The DSN block read only as its status (no Diagnostic-Code):
            // the newest attempt's line is that same failure and says which.
            let mut named = f;
            // (Its line stays the one of its text, which JSON prints beside it.)
            named.count = o.count;
            named.last_line = named.last_line.max(o.last_line);
            if named.remote_host.is_none() && named.remote_ip.is_none() {
                named.remote_host = o.remote_host.take();
                named.remote_ip = o.remote_ip.take();
            }
            named.evidence.append(&mut o.evidence);
            *o = named;
        } else {
            findings.push(f);
        }
    }
}

/// `generic` is the same recipient's finding of a generic code rule and
/// `named` one of a named rule, of the same status or where the generic one
/// has a status that says nothing (x.0.0, Exim's DSN `Status: 5.0.0` under
/// Gmail's `550 5.7.26 …`): one failure, which `named` says best.
fn generic_beside_named(generic: &Finding, named: &Finding) -> bool {
    specificity(generic).0 < 2
        && specificity(named).0 == 2
        && same_recipient(named, generic)
        && generic.status.as_deref().is_some_and(|st| named.status.as_deref() == Some(st) || st.ends_with(".0.0"))
}

/// `text.lines().count()` by one byte search: a message's text is counted
/// so when its lines are not read, and a search call per line cost more.
fn line_count(text: &str) -> u64 {
    let b = text.as_bytes();
    let breaks = memchr::memchr_iter(b'\n', b).count() as u64;
    breaks + u64::from(b.last().is_some_and(|&c| c != b'\n'))
}

/// The delivery attempts an Exchange NDR lists under each recipient (see
/// [`ndr`]): (line number in `text`, recipient, line, whether it is the
/// newest), in line order. The newest attempt, the first line under a
/// recipient, is the failure the DSN part or the reading of the text
/// reports: it is left out unless `newest` asks for it.
fn earlier_attempts(text: &str, newest: bool) -> Vec<(u64, String, String, bool)> {
    // The searchers are built once: building one took as long as a search.
    static SERVER_AT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("erver at "));
    static RETURNED: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("Server returned '"));
    let mut out = Vec::new();
    // Most bounces are not Exchange's: one search of the text spares them
    // the reading of every line.
    let b = text.as_bytes();
    if SERVER_AT.find(b).is_none() && RETURNED.find(b).is_none() && !ndr::quotes_a_reply(b) {
        return out;
    }
    let mut recipient: Option<String> = None;
    let mut seen = 0u32;
    let mut on_line = |n: u64, line: &str| {
        // As the lines are read (a bounce quoted back in a reply).
        let line = crate::framing::unquote(line);
        let t = line.trim_start();
        if let Some(r) = recipient_heading(line) {
            recipient = Some(r.to_string());
            seen = 0;
        } else if ndr::attempt_line(line).is_some() || t.starts_with("Remote Server returned '") {
            // (The undated form names no server: the newest attempt of
            // older builds.)
            seen += 1;
            if let (Some(r), true) = (&recipient, seen > 1 || newest) {
                out.push((n, r.clone(), line.to_string(), seen == 1));
            }
        } else if t.starts_with("Original message headers")
            || t.starts_with("Diagnostic information for administrators")
        {
            // The user section's addresses above are not the block's: its
            // attempts are under addresses of their own.
            recipient = None;
        }
    };
    let mut framer = LineFramer::new();
    framer.feed(text.as_bytes(), &mut on_line);
    framer.finish(&mut on_line);
    out
}

/// A recipient listed on a line of its own (an NDR's user section and its
/// diagnostic block): the address, when it is one.
fn recipient_heading(line: &str) -> Option<&str> {
    let addr = lone_address(line)?;
    let addr = addr.split("<mailto:").next().unwrap_or(addr).trim_end_matches([':', '>', ',', ';']);
    (mailbox_chars(addr) && addr.matches('@').count() == 1).then_some(addr)
}

/// Whether `a` is made of the characters of an address: letters and digits
/// of any script (RFC 6531 addresses, `иван@почта-тест.рф`, `đặng.quốc@…`,
/// `刘镕@…`: QA round 31 found their errors under the recipient above them)
/// and `._%+-=@'`.
fn mailbox_chars(a: &str) -> bool {
    // Windows-1258 writes Vietnamese tones as combining marks, which are
    // not letters. Punctuation of other scripts (`…`, `，`) is not a mailbox's.
    let combining = |c: char| matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}');
    let chars = a.chars().all(|c| c.is_alphanumeric() || "._%+-=@'".contains(c) || combining(c));
    // A top-level domain is ASCII or of one other script (`.рф`), not both:
    // `example.jp您好` is an address with the next words glued to it.
    let tld = a.rsplit('.').next().unwrap_or("");
    chars && (tld.is_ascii() || !tld.bytes().any(|b| b.is_ascii_alphanumeric()))
}

/// The rule for a bounce that says "not delivered" and nothing more.
const NO_DETAIL: &str = "bounce-no-detail";

fn specificity(f: &Finding) -> (u8, u8) {
    let family = kb::rule(&f.rule).map_or("", |r| r.family);
    let named = match family {
        "" => 0,
        _ if f.rule == NO_DETAIL => 1,
        "rfc3463" | "rfc5321" => 1,
        _ => 2,
    };
    (named, u8::from(f.status.is_some()) + u8::from(f.reply.is_some()))
}

/// Analyses a whole input at once.
pub fn analyze(name: &str, input: &[u8]) -> InputReport {
    let mut a = Analyzer::new(name);
    a.feed(input);
    a.finish()
}

/// One line's reading before classification.
struct Reading<'a> {
    kind: InputKind,
    /// The text the error is in (a log row's data+context, a LED value…).
    text: Cow<'a, str>,
    remote_ip: Option<String>,
    remote_host: Option<String>,
    recipient: Option<String>,
    timestamp: Option<String>,
    direction: Option<Direction>,
    /// True when the line belongs to a known format even if it holds no error.
    recognised: bool,
    /// An enhanced status known from elsewhere (a DSN's `Status:` field),
    /// preferred over one found in the text.
    status: Option<EnhancedStatus>,
    /// A refusal this server made to a client (`syslog::refusal_of_client`):
    /// a finding only where a rule is written for that side.
    refused_here: bool,
}

impl<'a> Reading<'a> {
    /// A line of text, nothing yet known of it.
    fn of_text(text: &'a str) -> Self {
        Reading {
            refused_here: false,
            kind: InputKind::Text,
            text: Cow::Borrowed(text),
            remote_ip: None,
            remote_host: None,
            recipient: None,
            timestamp: None,
            direction: None,
            recognised: false,
            status: None,
        }
    }

    /// The same reading, its text copied (a cell with an escaped quote is
    /// read from a copy of the cell).
    fn into_owned(self) -> Reading<'static> {
        Reading { text: Cow::Owned(self.text.into_owned()), ..self }
    }
}

impl Reading<'static> {
    /// The reading of one RFC 3464 recipient block's text.
    fn of_block(block: &dsn::RecipientBlock, text: String, status: Option<EnhancedStatus>) -> Self {
        let (mut host, mut ip) = block.remote_mta.as_deref().map(dsn::remote_mta).unwrap_or_default();
        if host.is_none() && ip.is_none() {
            // No `Remote-MTA`: the server the text under the recipient names
            // (Exim's `host mx.example.net [192.0.2.7]`).
            if let Some((h, i)) = exim_bounce_host(&text) {
                (host, ip) = (Some(h), Some(i));
            }
        }
        let (host, ip) = (host.map(str::to_string), ip.map(str::to_string));
        Reading {
            refused_here: false,
            kind: InputKind::Dsn,
            text: Cow::Owned(text),
            remote_ip: ip,
            remote_host: host,
            recipient: block.recipient().map(str::to_string),
            timestamp: block.last_attempt.clone(),
            direction: None,
            recognised: true,
            status,
        }
    }
}

impl LineState {
    fn new() -> Self {
        LineState {
            log: LogContext::default(),
            findings: HashMap::default(),
            tls12_peers: Default::default(),
            banners: Default::default(),
            open_replies: Vec::new(),
            tls12_as_server: None,
            smtpd_clients: Default::default(),
            iis_rcpt: Default::default(),
            order: Vec::new(),
            dropped: 0,
            grouped: 0,
            grouped_keys: Default::default(),
            text_seen: false,
            delay_notice: false,
            failure_notice: false,
            unrecognised: 0,
            unrecognised_at: 0,
            csv_recipient: None,
            recognised_piece: 0,
            unrecognised_samples: Vec::new(),
            kinds: KindCounts::default(),
            byte_offset: 0,
            recipient: None,
            ndr_host: None,
            exim_host: None,
            talking_to: None,
            next_hop: None,
            receiving_server: None,
            dsn: None,
            dsn_in_diagnostic: false,
            timeline: Timeline::default(),
            census: None,
            dating: None,
            memo: (0..MEMO_SLOTS).map(|_| HashMap::default()).collect(),
            triggers: TriggerMemo::default(),
            held: Held::default(),
            subject_at: None,
            quoted: Quoted::No,
            double_spaced: false,
            blank_run: 0,
            schannel: Schannel::default(),
            reg: None,
            reg_props: Vec::new(),
        }
    }

    /// Reads one physical line: protocol-log rows at once, free text once
    /// the next line shows whether it continues (see [`Held`]).
    /// A line that is a JSON object (a line of NDJSON too big to read as
    /// one document, or beside a broken one: `journalctl -o json` of a busy
    /// server) is read as its record's lines ([`crate::records`]), under its
    /// own number. False when it is not one.
    #[cold]
    fn record_line(&mut self, n: u64, line: &str) -> bool {
        if !line.trim_end().ends_with('}') {
            return false;
        }
        let Some(text) = crate::records::lines(line.as_bytes()) else { return false };
        text.lines().for_each(|l| self.line(n, l));
        true
    }

    fn line(&mut self, n: u64, line: &str) {
        // One compare for the lines of a log.
        if line.starts_with("{\"") && self.record_line(n, line) {
            return;
        }
        let start = self.byte_offset;
        self.byte_offset += line.len() as u64 + 1;
        let line = crate::framing::unquote(line);
        let trimmed = crate::framing::strip_bom(line);
        if !self.text_seen {
            self.text_seen = trimmed.bytes().any(|b| !b.is_ascii_whitespace());
        }
        if n <= 2 && self.csv_recipient.is_none() {
            self.csv_recipient = csv_recipient_column(trimmed);
        }
        if protolog::looks_like_row(trimmed) {
            self.release();
            return self.row_at(n, start, line, trimmed);
        }
        // (Lines of no kind: the list's other lines tell what it is; QA
        // round 56 saw a queue listing become `text`.)
        if let Some(col) = self.subject_at {
            if columns(line) >= col && !line.trim().is_empty() {
                return;
            }
            self.subject_at = None;
        }
        if matches!(trimmed.as_bytes().first(), Some(b'S' | b'M')) {
            if let Some(col) = list_subject(trimmed) {
                self.release();
                self.subject_at = Some(col);
                return;
            }
        }
        if matches!(trimmed.as_bytes().first(), Some(b'H' | b'[' | b' ' | b'\t' | b'"' | b'W' | b'M' | b'@'))
            && self.registry(n, start, trimmed)
        {
            return;
        }
        if matches!(trimmed.as_bytes().first(), Some(b'E' | b'D' | b'S' | b'P')) && self.ps_registry(n, start, trimmed)
        {
            return;
        }
        if self.held.at.is_some() && self.held.text.starts_with("#Fields:") {
            // Read now: whether the lines after it are rows depends on it.
            self.release();
        }
        if self.log.iis.is_some() && !trimmed.starts_with('#') && !trimmed.trim().is_empty() {
            // An IIS SMTP log's row: its fields, not free text.
            self.release();
            return self.row_at(n, start, line, trimmed);
        }
        let blank = line.trim().is_empty();
        if self.double_spaced {
            // A lone blank line is the copy's spacing; a second one in a
            // row is the blank line the text had (a paragraph's end).
            self.blank_run = if blank { self.blank_run.saturating_add(1) } else { 0 };
            if self.blank_run == 1 {
                return;
            }
        }
        let mut indent = indentation(line);
        if self.held.at.is_some() {
            let h = &mut self.held;
            if h.ps && !blank {
                match ps_record(line) {
                    PsLine::Other => {}
                    PsLine::Skip => return,
                    PsLine::Category(text) => {
                        // The exception's type, in English whatever the
                        // language of the message (QA round 32).
                        h.join(text);
                        return;
                    }
                    PsLine::Id(text) => {
                        h.join(text);
                        h.ps = false;
                        return;
                    }
                }
            }
            if h.reason && !blank && columns(line) > h.indent && h.text.trim_end().ends_with(')') {
                if let Some(a) = lone_address(line) {
                    if h.recipients.len() < QUEUE_RECIPIENTS {
                        h.recipients.push(a.to_string());
                    }
                    return;
                }
            }
            if let (Some(code), Some((next, more, text))) = (h.reply, reply_line(line)) {
                if next == code && h.text.len() + line.len() < HELD_MAX {
                    // One reply, one reading: its lines were a finding each
                    // (Gmail's 4.7.28 once as a rate limit, once as spam).
                    let text = text.trim();
                    if !text.is_empty() {
                        h.text.push(' ');
                        h.text.push_str(text);
                    }
                    h.reply = more.then_some(code);
                    h.wrapped = 0;
                    return;
                }
            }
            if !blank
                && h.recipients.is_empty()
                && h.reply.is_some()
                && open_refusal(&h.text)
                && h.wrapped < REPLY_WRAPS
                && h.text.len() + line.len() < HELD_MAX
                && !starts_a_recipient(line)
                && !named_field(line.trim())
                && smtp::find_codes(line).is_none()
                && syslog_time(line).is_none()
            {
                // A piece of the open reply, wrapped: its last line is to come.
                h.join(line.trim());
                h.wrapped += 1;
                return;
            }
            if let Some(text) = status_continuation(&h.text, line).filter(|_| h.text.len() + line.len() < HELD_MAX) {
                h.join(text);
                return;
            }
            let deeper = !blank && indent > h.indent;
            let room = h.text.len() + line.len() < HELD_MAX;
            // A reason whose recipients are listed is whole.
            let listed = !h.recipients.is_empty();
            if deeper && heads_a_block(&h.text) {
                // The lines under it are held as one, at its indentation.
                indent = h.indent;
            } else if room
                && !listed
                && ((deeper
                    && continues(&h.text, line)
                    && lone_address(line).is_none()
                    && !(line.trim_start().starts_with('(') && queue_entry(&h.text)))
                    || (h.paragraph && !blank && !starts_a_recipient(line) && lone_address(line).is_none())
                    || (h.quote && !blank)
                    || (h.led > 0 && !blank && continues_led(line)))
            {
                let space = h.text.trim_end().len();
                if h.wraps.is_empty() {
                    // The first line is still whole in the text: measured
                    // only now, when a line joins it (nearly every line of
                    // a log is held and joined by none).
                    (h.last_width, h.last_wide) = line_width(&h.text);
                    h.last_blank = ends_blank(&h.text);
                }
                if h.wraps.len() < 64 {
                    h.wraps.push(HardWrap {
                        space,
                        width: h.last_width,
                        blank_end: h.last_blank,
                        wide_end: h.last_wide,
                        lead: indent,
                    });
                }
                h.join(line.trim());
                (h.last_width, h.last_wide) = line_width(line);
                h.last_blank = ends_blank(line);
                h.reply = h.reply.or_else(|| smtp::open_reply(line));
                h.paragraph |= cut_after_code(&h.text);
                h.quote = h.quote && !line.contains('\'');
                h.led = if line.contains("}]") { 0 } else { h.led.saturating_sub(1) };
                return;
            }
            self.release();
        }
        if blank {
            return self.line_at(n, start, line, trimmed);
        }
        let h = &mut self.held;
        h.at = Some((n, start));
        h.indent = indent;
        h.text.clear();
        h.text.push_str(line);
        h.wraps.clear();
        h.reason = line.trim_start().starts_with('(');
        h.ps = ps_error(line);
        h.reply = smtp::open_reply(line);
        h.wrapped = 0;
        h.paragraph = cut_after_code(line);
        h.quote = open_quote(line);
        h.led = if open_led(line) { LED_LINES } else { 0 };
    }

    /// Ends the input: the held line is read, the open DSN block flushed.
    fn end(&mut self) {
        self.release();
        self.flush_dsn();
        self.end_listing();
        while !self.open_replies.is_empty() {
            self.close_reply(0);
        }
    }

    /// Ends the registry key's listing: a .NET Framework key listed whole
    /// without its TLS flags has them not set, as Test-Tls12Config.ps1
    /// reports them (`MISSING …\SchUseStrongCrypto`).
    fn end_listing(&mut self) {
        use crate::grammar::registry::{self, NET_FLAGS};
        let Some(l) = self.reg.take() else { return };
        // One value asked for (`reg query … /v Name`) says nothing of the others.
        if !registry::net_framework_key(&l.key) || l.values < 2 {
            return;
        }
        for (bit, name) in NET_FLAGS.into_iter().enumerate() {
            if l.flags & (1 << bit) == 0 {
                let text = registry::Value { key: None, name, data: None }.canonical(&l.key);
                self.registry_value(l.at.0, l.at.1, &text);
            }
        }
    }

    /// Reads the held line, if any. The check is inlined: a protocol log's
    /// every row asks, and none has a line held.
    #[inline(always)]
    fn release(&mut self) {
        if self.held.at.is_some() {
            self.release_held();
        }
    }

    /// A DSN block said `Action: delayed`, or a line the words of a delay
    /// notice ([`DELAY_NOTICE`]): the message is still queued.
    fn is_delay_notice(&self, findings: &[Finding]) -> bool {
        (self.delay_notice || findings.iter().any(|f| f.rule == DELAY_NOTICE)) && !self.failure_notice
    }

    #[inline(never)]
    fn release_held(&mut self) {
        let Some((n, start)) = self.held.at.take() else { return };
        self.held.reply = None;
        self.held.paragraph = false;
        self.held.quote = false;
        self.held.led = 0;
        self.held.ps = false;
        let mut text = std::mem::take(&mut self.held.text);
        if self.held.wraps.len() >= 2 {
            HardWrap::unwrap(&mut text, &self.held.wraps);
        }
        self.held.wraps.clear();
        let recipients = std::mem::take(&mut self.held.recipients);
        if recipients.is_empty() {
            self.line_at(n, start, &text, crate::framing::strip_bom(&text));
        } else {
            // The reason once for each recipient listed under it, and for
            // no line after it.
            for r in recipients {
                self.recipient = Some(r);
                self.line_at(n, start, &text, crate::framing::strip_bom(&text));
            }
            self.recipient = None;
        }
        // Its buffer serves the next one.
        self.held.text = text;
    }

    /// A protocol-log row (`trimmed` is `line` without a BOM). Inlined,
    /// with [`LineState::read_at`]: nearly every line of a big log comes
    /// here, and the call cost ~6 M instructions of a 22 MB log's 226 M.
    #[inline(always)]
    fn row_at(&mut self, n: u64, start: u64, line: &str, trimmed: &str) {
        self.read_at(n, start, line, trimmed, true);
    }

    /// A line of free text (`trimmed` is `line` without a BOM).
    /// A registry key line, or a DWORD value under one or named in full
    /// (see [`crate::grammar::registry`]): read as its canonical line, the
    /// form the knowledge base's registry matchers name. Any other line ends
    /// the key's listing.
    fn registry(&mut self, n: u64, start: u64, line: &str) -> bool {
        use crate::grammar::registry;
        if matches!(line.as_bytes()[0], b'H' | b'[') {
            if let Some(key) = registry::key_line(line) {
                self.release();
                self.end_listing();
                self.reg = Some(RegListing { key, at: (n, start), values: 0, flags: 0 });
                self.kinds.add(InputKind::Text, 1);
                return true;
            }
        }
        let value = match line.as_bytes()[0] {
            b' ' | b'\t' | b'"' if self.reg.is_some() => registry::value_line(line),
            b'W' | b'M' => registry::value_line(line),
            _ => None,
        };
        let Some(value) = value else {
            if let (Some(l), true) = (&mut self.reg, registry::other_value(line)) {
                // A string or binary value: the listing goes on.
                l.values += 1;
                self.release();
                self.kinds.add(InputKind::Text, 1);
                return true;
            }
            if !line.trim().is_empty() {
                self.end_listing();
            }
            return false;
        };
        if let (None, Some(l)) = (&value.key, &mut self.reg) {
            l.values += 1;
            if let Some(bit) = registry::NET_FLAGS.iter().position(|f| f.eq_ignore_ascii_case(value.name)) {
                l.flags |= 1 << bit;
            }
        }
        let Some(key) = value.key.as_deref().or(self.reg.as_ref().map(|l| l.key.as_str())) else { return false };
        let text = value.canonical(key);
        self.release();
        self.registry_value(n, start, &text);
        true
    }

    /// PowerShell's `Get-ItemProperty` list: the flags are held until the
    /// `PSPath` line after them names their key (see
    /// [`crate::grammar::registry::ps_property`]).
    fn ps_registry(&mut self, n: u64, start: u64, line: &str) -> bool {
        use crate::grammar::registry::{self, PsProperty};
        // Nearly every line is out at its second byte (a syslog line's `Dec`):
        // `Enabled`, `DisabledByDefault`, `SchUse…`, `System…`, `PSPath`.
        let second = line.as_bytes().get(1).map_or(0, |b| b | 0x20);
        if !matches!(second, b'n' | b'i' | b'c' | b'y' | b's') {
            return false;
        }
        let property = registry::ps_property(line);
        if property.is_some() {
            // A list's values come a few lines before its PSPath.
            self.reg_props.retain(|p| n - p.0 < 64);
        }
        match property {
            Some(PsProperty::Flag(name, data)) => {
                self.release();
                if self.reg_props.len() < 16 {
                    self.reg_props.push((n, start, name, data));
                }
                self.kinds.add(InputKind::Text, 1);
                true
            }
            Some(PsProperty::Key(key)) => {
                self.release();
                for (at, offset, name, data) in std::mem::take(&mut self.reg_props) {
                    let text = registry::Value { key: None, name, data: Some(data) }.canonical(&key);
                    self.registry_value(at, offset, &text);
                }
                self.kinds.add(InputKind::Text, 1);
                true
            }
            None => false,
        }
    }

    /// One registry value, read as its canonical line.
    fn registry_value(&mut self, n: u64, start: u64, text: &str) {
        let reading = Reading { recognised: true, ..Reading::of_text(text) };
        self.occurrence(n, start, text, &reading);
        self.kinds.add(InputKind::Text, 1);
    }

    fn line_at(&mut self, n: u64, start: u64, line: &str, trimmed: &str) {
        let blank = trimmed.trim().is_empty();
        match self.quoted {
            Quoted::Contents if !trimmed.starts_with("*** ") => return,
            Quoted::Contents => {
                self.quoted = Quoted::No;
                return;
            }
            _ if trimmed.starts_with("*** MESSAGE CONTENTS ") => {
                self.quoted = Quoted::Contents;
                return;
            }
            Quoted::Marker if blank => return,
            Quoted::Marker if !blank => {
                self.quoted = Quoted::Headers;
                return;
            }
            Quoted::Headers if !blank => return,
            // A block found by its first field ends at a line that is no
            // header field too: it may be a piece cut out of a message,
            // without the blank line after it.
            Quoted::Fields if !blank && header_field(trimmed) => return,
            Quoted::Headers | Quoted::Fields => self.quoted = Quoted::No,
            // The marker line itself is read.
            _ if trimmed.len() < 100 && quotes_a_message(trimmed) => self.quoted = Quoted::Marker,
            // A header block with no marker the list knows (an NDR in
            // Russian, Chinese, …: `Исходные заголовки сообщения:`) starts
            // with a trace or authentication field no error line starts with.
            _ if starts_a_header_block(trimmed) => {
                self.quoted = Quoted::Fields;
                return;
            }
            _ => {}
        }
        self.read_at(n, start, line, trimmed, false);
    }

    #[inline(always)]
    fn read_at(&mut self, n: u64, start: u64, line: &str, trimmed: &str, row: bool) {
        // Protocol-log rows are most of a big log: decided once, and they
        // never are RFC 3464 fields nor headers. They reach the census from
        // `protocol_row`, split once for both.
        let reading = if row {
            if self.dsn.is_some() || self.dsn_in_diagnostic {
                self.flush_dsn();
            }
            let reading =
                if self.log.iis.is_some() { self.iis_row(trimmed) } else { self.protocol_row(n, start, trimmed) };
            match reading {
                Some(reading) => reading,
                None => {
                    // A row with nothing to classify: recognised, no finding.
                    self.kinds.add(InputKind::ProtocolLog, 1);
                    return;
                }
            }
        } else {
            // The NUL bytes of a hole (`framing::HOLE`) end in the next line's
            // text (`strip_bom` took them off `trimmed`).
            let line = if line.as_bytes().first() == Some(&0) { line.trim_start_matches('\0') } else { line };
            // Read once for the census and the reading below (without a
            // census, only a syslog line's is read, there).
            // Postfix's bookkeeping of a message: a syslog line with nothing
            // to read, for the census either (no TLS line, no session's end).
            let bookkeeping = !self.schannel.source && crate::grammar::syslog::postfix_bookkeeping(line);
            let tls =
                self.census.is_some().then(|| if bookkeeping { None } else { crate::grammar::syslog::tls_event(line) });
            if let (Some(c), Some(tls)) = (&mut self.census, &tls) {
                c.feed_line_read(line, tls.clone());
            }
            if line.trim().is_empty() {
                self.flush_dsn();
                return;
            }
            if bookkeeping {
                // Recognised, no finding; no DSN field either.
                self.flush_dsn();
                self.kinds.add(InputKind::Syslog, 1);
                self.piece_recognised(n);
                return;
            }
            if self.dsn_line(n, start, line) {
                self.kinds.add(InputKind::Dsn, 1);
                return;
            }
            let reading = self.read(line, tls.as_ref().map(Option::as_ref));
            self.schannel.field(line);
            let Some(reading) = reading else {
                return;
            };
            reading
        };
        let mut found = !reading.text.is_empty() && self.occurrence(n, start, line, &reading);
        if !row && self.schannel.pending.is_some() {
            if found {
                self.schannel.answered(line);
            } else if let Some(text) = self.schannel.message(line) {
                // The message in the system's language: read as the English
                // one the event ID and its numbers stand for.
                let english =
                    Reading { kind: InputKind::WindowsEvent, text: Cow::Owned(text), recognised: true, ..reading };
                found = self.occurrence(n, start, line, &english);
                self.kinds.add(InputKind::WindowsEvent, u64::from(found));
                return;
            }
        }
        self.kinds.add(reading.kind, u64::from(found || reading.recognised));
        if found || reading.recognised {
            self.piece_recognised(n);
        }
        if !found && !reading.recognised && n != self.unrecognised_at && n != self.recognised_piece {
            self.unrecognised_at = n;
            self.unrecognised += 1;
            if self.unrecognised_samples.len() < UNRECOGNISED_SAMPLES {
                self.unrecognised_samples.push((n, truncate(line, 200).to_string()));
            }
        }
    }

    /// Line `n` was recognised. A later piece of a line over 64 KiB that
    /// held its error: the line is not one without (QA round 21: "3 lines
    /// read, 3 without").
    #[inline]
    fn piece_recognised(&mut self, n: u64) {
        if n == self.unrecognised_at && n != 0 {
            self.unrecognised = self.unrecognised.saturating_sub(1);
            self.unrecognised_samples.retain(|(at, _)| *at != n);
            self.unrecognised_at = u64::MAX;
            self.recognised_piece = n;
        }
    }

    /// Reads RFC 3464 fields into the open recipient block; true when the
    /// line was a DSN field or a folded continuation of one.
    fn dsn_line(&mut self, n: u64, start: u64, line: &str) -> bool {
        if line.starts_with([' ', '\t']) {
            if let Some((_, _, block)) = &mut self.dsn {
                if self.dsn_in_diagnostic {
                    block.continue_diagnostic(line);
                }
                return true;
            }
            return false;
        }
        let Ok((_, (name, value))) = dsn::field(line) else {
            // An unfolded multi-line reply (`550-…` / `550 …` lines) that
            // continues the Diagnostic-Code.
            let b = line.as_bytes();
            let reply_line = b.len() > 4 && b[..3].iter().all(u8::is_ascii_digit) && matches!(b[3], b'-' | b' ');
            if let (true, true, Some((_, _, block))) = (self.dsn_in_diagnostic, reply_line, &mut self.dsn) {
                block.continue_diagnostic(line);
                return true;
            }
            self.flush_dsn();
            return false;
        };
        // An RFC 3464 `Status:` starts with its class digit; `Get-Queue |
        // fl`'s `Status : Retry` is no DSN field (QA round 14: the paste was
        // labelled a delivery status notification).
        let wordy_status = name.eq_ignore_ascii_case("status")
            && value.trim_start_matches([' ', '\t', ':']).starts_with(|c: char| c.is_ascii_alphabetic());
        if !dsn::is_dsn_field(name) || wordy_status {
            self.flush_dsn();
            return false;
        }
        let opens = name.eq_ignore_ascii_case("final-recipient")
            || name.eq_ignore_ascii_case("original-recipient")
            || name.eq_ignore_ascii_case("feedback-type");
        let repeat = self
            .dsn
            .as_ref()
            .is_some_and(|(_, _, b)| name.eq_ignore_ascii_case("final-recipient") && b.final_recipient.is_some());
        if repeat {
            self.flush_dsn();
        }
        if self.dsn.is_none() {
            if !opens
                && !name.eq_ignore_ascii_case("action")
                && !name.eq_ignore_ascii_case("status")
                && !name.eq_ignore_ascii_case("diagnostic-code")
            {
                // Per-message fields (Reporting-MTA, Arrival-Date, X-…): recognised, no block.
                return true;
            }
            self.dsn = Some((n, start, dsn::RecipientBlock::default()));
        }
        if let Some((_, _, block)) = &mut self.dsn {
            block.set(name, value);
        }
        self.dsn_in_diagnostic = name.eq_ignore_ascii_case("diagnostic-code");
        true
    }

    /// Ends the open recipient block: one occurrence if it reports a failure.
    fn flush_dsn(&mut self) {
        self.dsn_in_diagnostic = false;
        let Some((n, start, block)) = self.dsn.take() else { return };
        if let Some(kind) = &block.feedback_type {
            // An RFC 5965 feedback report: one finding per reported recipient.
            let text = format!("Feedback-Type: {kind}");
            let mut recipients: Vec<Option<String>> = block.feedback_recipients.iter().cloned().map(Some).collect();
            if recipients.is_empty() {
                recipients.push(None);
            }
            for recipient in recipients {
                let reading = Reading {
                    refused_here: false,
                    kind: InputKind::Dsn,
                    text: Cow::Owned(text.clone()),
                    remote_ip: None,
                    remote_host: None,
                    recipient,
                    timestamp: None,
                    direction: None,
                    recognised: true,
                    status: None,
                };
                self.occurrence(n, start, &text, &reading);
            }
            return;
        }
        self.delay_notice |=
            block.action.as_deref().is_some_and(|a| a.trim().to_ascii_lowercase().starts_with("delayed"));
        if !block.is_failure() {
            // A delivery report (`Action: delivered`) is a finding too.
            let action = block.action.as_deref().unwrap_or("").trim();
            if action.to_ascii_lowercase().starts_with("deliver") {
                let text = format!("Action: {action}; {}", block.diagnostic_text().unwrap_or(""));
                let status =
                    block.status.as_deref().and_then(|s| smtp::enhanced_status_code(s.trim()).ok()).map(|(_, s)| s);
                let reading = Reading::of_block(&block, text.clone(), status);
                self.occurrence(n, start, &text, &reading);
            }
            return;
        }
        let status_text = || format!("Status: {}", block.status.as_deref().unwrap_or(""));
        // Without a Diagnostic-Code, both the Status field (with its comment)
        // and the human-readable part's line are read; the more specific
        // finding is kept per recipient (`one_per_recipient`).
        // `X-Unix; 255`: the type says a local program failed, so keep it.
        let unix =
            block.diagnostic_code.as_deref().map(str::trim).filter(|c| c.to_ascii_lowercase().starts_with("x-unix;"));
        let texts: Vec<String> = match (block.diagnostic_text(), block.human_text.as_deref()) {
            (Some(d), _) => vec![unix.unwrap_or(d).to_string()],
            (None, Some(h)) if !h.trim().is_empty() => vec![status_text(), h.trim().to_string()],
            _ => vec![status_text()],
        };
        let field = block.status.as_deref().and_then(|s| smtp::enhanced_status_code(s.trim()).ok()).map(|(_, s)| s);
        if let Some(r) = block.recipient() {
            self.recipient = Some(r.to_string());
        }
        for mut text in texts {
            let hit = smtp::find_codes(&text);
            let replied = hit.as_ref().is_some_and(|h| h.reply.is_some());
            let in_text = hit.and_then(|h| h.status);
            if let Some(c) = block.command.as_deref() {
                // The message's human-readable part named the command the
                // reply answered; keep it with the reply, as Postfix writes it.
                if smtp::command_in(&text).is_none() {
                    text = format!("{text} (in reply to {c} command)");
                }
            }
            // `Status: 5.0.0` says only "failed"; a specific code in the
            // diagnostic text says why, so it wins (RFC 3464 §2.3.4 allows
            // x.0.0 when the MTA knows no better). So does the status of the
            // remote server's own reply (`450 4.7.1 …`) when the field is the
            // reporting MTA's (Sendmail's `Status: 4.4.7`, "expired"): the
            // finding's reply and status then come from one line.
            let status = match (field.clone(), in_text) {
                (Some(f), Some(t)) if f.subject == 0 && f.detail == 0 && (t.subject, t.detail) != (0, 0) => Some(t),
                (Some(f), Some(t)) if f.class == t.class && replied => Some(t),
                (f, t) => f.or(t),
            };
            let reading = Reading::of_block(&block, text.clone(), status);
            if !self.occurrence(n, start, &text, &reading) {
                // A failed recipient with no code at all is still a finding.
                self.record(None, self.bare_occurrence(n, start, &text, &reading));
            }
        }
    }

    fn bare_occurrence(&self, n: u64, start: u64, raw: &str, r: &Reading<'_>) -> Occurrence {
        Occurrence {
            location: Location { line: n, start, end: start + raw.len() as u64 },
            kind: r.kind,
            reply: None,
            status: r.status.clone(),
            text: truncate(&r.text, MAX_RAW).to_string(),
            remote_host: r.remote_host.clone(),
            remote_ip: r.remote_ip.clone(),
            recipient: r.recipient.clone(),
            timestamp: r.timestamp.clone(),
            direction: r.direction,
            raw: truncate(raw, MAX_RAW).to_string(),
            span: (0, truncate(raw, MAX_RAW).len() as u32),
        }
    }

    /// Decides what kind of line this is and pulls out its parts. `None`
    /// for header lines, which only change state.
    fn read<'a>(
        &mut self,
        line: &'a str,
        tls: Option<Option<&crate::grammar::syslog::TlsEvent<'a>>>,
    ) -> Option<Reading<'a>> {
        let trimmed = crate::framing::strip_bom(line);
        if trimmed.starts_with('#') {
            if let Ok((_, h)) = protolog::header_line(trimmed) {
                match h {
                    protolog::Header::Fields(f) => {
                        self.log.columns = crate::session::Columns::from_fields(&f);
                        self.log.fields = true;
                        self.log.transport = protolog::TransportColumns::from_fields(&f);
                        self.log.iis = crate::grammar::w3c::fields_line(trimmed).ok().and_then(|(_, c)| c);
                        if self.log.iis.is_some() {
                            self.log.transport = None;
                        }
                    }
                    protolog::Header::LogType(t) => self.log.direction = protolog::log_type_direction(t),
                    protolog::Header::Software(_) | protolog::Header::Version(_) | protolog::Header::Date(_) => {}
                    protolog::Header::Other(..) => return Some(self.plain(line, tls)),
                }
                self.kinds.add(InputKind::ProtocolLog, 1);
                return None;
            }
        }
        // Protocol-log rows never get here: `line` reads them first.
        Some(self.plain(line, tls))
    }

    /// A protocol-log row. Errors in these logs are error replies (4xx/5xx
    /// from the side that answers) and information/disconnect rows that name a
    /// failure; commands and positive replies are recognised and skipped
    /// without building any text, which keeps big logs fast: `None` then,
    /// and nothing is built for the row.
    // Inlined into the row path (out of line it cost ~30 instructions a
    // row of a Send log).
    #[inline(always)]
    fn protocol_row<'a>(&mut self, n: u64, start: u64, line: &'a str) -> Option<Reading<'a>> {
        if self.log.transport.is_some() {
            return self.transport_row(line);
        }
        // Kept in the pair it comes in: taking the row out of it cost a copy.
        let parsed = crate::session::parse_row(line, &self.log.columns);
        let row = &parsed.0;
        // A session row has its id and sequence number (as `split_row` asks
        // when the census reads alone): a row cut short (a log copied while
        // being written) opened a session of no one, counted `unknown`.
        if let (Some(c), true) = (&mut self.census, parsed.1) {
            c.row(row, line);
        }
        // Borrowed, not moved out: most rows end below, and moving the row
        // cost a copy of it on every one.
        let (data, context, event) = (&row.data, &row.context, row.event);
        let reply_event = match self.log.direction {
            Some(Direction::Inbound) => event == b'>',
            Some(Direction::Outbound) => event == b'<',
            _ => event == b'<' || event == b'>',
        };
        if !self.open_replies.is_empty() && self.reply_goes_on(row, reply_event) {
            return None;
        }
        let candidate = match event {
            b'*' if routine_information(context) => {
                // A TLS 1.2/1.3 success is routine: noted for `tls12_works`
                // (Exchange writes it in the context column, `*,,TLS protocol …`).
                match tls12_negotiated(context) {
                    Some(Direction::Outbound) if self.tls12_peers.len() < TLS12_PEERS => self.note_tls12(row),
                    Some(Direction::Inbound) => self.note_tls12_server(row),
                    _ => {}
                }
                false
            }
            // `Tarpit for '0.00:00:05' due to '535 5.7.3 …'`: the reply that
            // the next row sends, delayed; that row is the one to read.
            b'*' if data.starts_with("Tarpit for '") => false,
            b'*' | b'-' => self.triggers.has_trigger(data) || self.triggers.has_trigger(context),
            _ if reply_event && data.starts_with("220 ") => {
                // The remote server's greeting, for a SocketError's peer.
                if self.log.direction == Some(Direction::Outbound) {
                    self.note_banner(row);
                }
                false
            }
            _ if reply_event => matches!(data.as_bytes().first(), Some(b'4' | b'5')),
            b'<' | b'>' => false,
            // No protocol log's event: a message tracking row pasted
            // without its `#Fields` (QA round 53: a `DEFER` row with the
            // SocketError in its `recipient-status` went unread).
            b'+' => true,
            _ if !self.log.fields && self.headerless_tracking(line) => return self.transport_row(line),
            _ => true,
        };
        if !candidate || (data.is_empty() && context.is_empty()) {
            return None;
        }
        let text = match (data.is_empty(), context.is_empty()) {
            (false, false) => format!("{data} {context}"),
            (false, true) => data.to_string(),
            _ => context.to_string(),
        };
        let remote_ip = protolog::endpoint_ip(row.remote()).map(str::to_string);
        let timestamp = row.date_time().to_string();
        // Rows pasted without their header: Receive connectors are
        // named `SERVER\Connector` (as the census reads them).
        let direction = self.log.direction.or_else(|| row.connector().contains('\\').then_some(Direction::Inbound));
        if reply_event && data.as_bytes().get(3) == Some(&b'-') && smtp::is_reply_code(&data.as_bytes()[..3]) {
            // The first line of a multi-line reply: read with the rest of it.
            self.open_reply(OpenReply {
                session: crate::census::session_key(row.session_bytes()),
                code: data.as_bytes()[..3].try_into().unwrap_or_default(),
                at: (n, start),
                text,
                remote_ip,
                timestamp,
                direction,
            });
            return None;
        }
        let remote_host =
            self.greeting_host(&text, remote_ip.as_deref(), || crate::census::session_key(row.session_bytes()));
        Some(Reading {
            refused_here: false,
            kind: InputKind::ProtocolLog,
            remote_ip,
            timestamp: Some(timestamp),
            text: Cow::Owned(text),
            remote_host,
            recipient: None,
            direction,
            recognised: true,
            status: None,
        })
    }

    /// The host a SocketError's session greeted with, for its rule (which
    /// reads the peer): only where the address names no peer and a
    /// greeting does.
    fn greeting_host(&self, text: &str, remote_ip: Option<&str>, session: impl FnOnce() -> u128) -> Option<String> {
        if self.banners.is_empty()
            || crate::bytemask::find_str(text, "SocketError").is_none()
            || remote_ip.and_then(kb::peer_of).is_some()
        {
            return None;
        }
        self.banners
            .get(&session())
            .map(Banner::host)
            .filter(|h| lone_host(h) && kb::peer_of_host(h).is_some())
            .map(str::to_string)
    }

    /// Opens a multi-line reply; the oldest open one is read as it is when
    /// [`OPEN_REPLIES`] are open already (their sessions stopped mid-reply).
    #[cold]
    fn open_reply(&mut self, reply: OpenReply) {
        if self.open_replies.len() >= OPEN_REPLIES {
            self.close_reply(0);
        }
        self.open_replies.push(reply);
    }

    /// A row of a session whose multi-line reply is open: a further line of
    /// that reply is joined to it (true: the row is read), and its last line
    /// closes it; any other row of the session closes it as it stands.
    #[cold]
    fn reply_goes_on(&mut self, row: &crate::session::Row<'_>, reply_event: bool) -> bool {
        let session = crate::census::session_key(row.session_bytes());
        let Some(i) = self.open_replies.iter().position(|r| r.session == session) else { return false };
        let line = reply_line(&row.data).filter(|(code, _, _)| reply_event && *code == self.open_replies[i].code);
        let Some((_, more, text)) = line else {
            self.close_reply(i);
            return false;
        };
        let open = &mut self.open_replies[i];
        let text = text.trim();
        if !text.is_empty() && open.text.len() + text.len() < HELD_MAX {
            open.text.push(' ');
            open.text.push_str(text);
        }
        if !more {
            self.close_reply(i);
        }
        true
    }

    /// Reads an open multi-line reply, at its first row; its evidence is
    /// the reply's lines joined, as a bounce's folded reply's is.
    fn close_reply(&mut self, i: usize) {
        let r = self.open_replies.remove(i);
        let remote_host = self.greeting_host(&r.text, r.remote_ip.as_deref(), || r.session);
        let reading = Reading {
            refused_here: false,
            kind: InputKind::ProtocolLog,
            remote_ip: r.remote_ip,
            timestamp: Some(r.timestamp),
            text: Cow::Borrowed(&r.text),
            remote_host,
            recipient: None,
            direction: r.direction,
            recognised: true,
            status: None,
        };
        self.occurrence(r.at.0, r.at.1, &r.text, &reading);
    }

    /// Whether a row with no `#Fields` above it is a message tracking row
    /// (see [`protolog::headerless_tracking`]); its columns are then the
    /// log's. Out of the row path: protocol-log rows never come here.
    #[cold]
    #[inline(never)]
    fn headerless_tracking(&mut self, line: &str) -> bool {
        self.log.transport = protolog::headerless_tracking(line);
        self.log.transport.is_some()
    }

    /// A row of an Exchange transport log that is not a protocol log (see
    /// [`protolog::TransportColumns`]): its status, SMTP response or
    /// description is read as a bounce's line is; the other columns give
    /// the time, the recipient and the other server. `None` for a row with
    /// nothing to read (a `RECEIVE` or `DELIVER` event has no status).
    // Kept out of `protocol_row`, which every row of a protocol log runs.
    #[inline(never)]
    fn transport_row<'a>(&mut self, line: &'a str) -> Option<Reading<'a>> {
        let cols = self.log.transport?;
        let mut cells: Vec<Cow<'a, str>> = Vec::with_capacity(cols.needed);
        let mut split = protolog::Cells::new(line);
        while cells.len() < cols.needed {
            let Some(c) = split.next_cell() else { break };
            cells.push(c.value());
        }
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map(|c| c.trim()).filter(|c| !c.is_empty());
        let text: Cow<'a, str> = match cols.text {
            Some(i) => cells.get(i).cloned().unwrap_or_default(),
            None => Cow::Owned(
                cells
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != cols.time)
                    .map(|(_, c)| c.trim())
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        };
        if text.trim().is_empty() {
            return None;
        }
        let event = cell(cols.event).unwrap_or("");
        let is = |e: &str| event.eq_ignore_ascii_case(e);
        // A message tracking row names the other server for a delivery by
        // SMTP (`SEND`, `FAIL`, `DEFER`); for the others (`RECEIVE`, a
        // `FAIL` of routing) `server-ip` is this server or empty.
        let delivery = cols.event.is_none()
            || (cell(cols.source).is_some_and(|s| s.eq_ignore_ascii_case("SMTP"))
                && (is("SEND") || is("FAIL") || is("DEFER")));
        let direction = cols.direction.or_else(|| (cols.event.is_some() && delivery).then_some(Direction::Outbound));
        let (peer_ip, peer_host) = if delivery {
            (
                cell(cols.peer_ip).and_then(protolog::endpoint_ip).filter(|ip| protolog::is_ip(ip)).map(str::to_string),
                cell(cols.peer_host).map(str::to_string),
            )
        } else {
            (None, None)
        };
        // A `DSN` event's recipient is whom the report went to (the sender);
        // a row of several recipients gives its status to all of them.
        let recipient = cell(cols.recipient)
            .filter(|r| !is("DSN") && !r.contains([';', ',']) && r.contains('@'))
            .map(str::to_string);
        let time = cell(cols.time).map(str::to_string);
        let mut r = match text {
            Cow::Borrowed(t) => self.plain(t, None),
            Cow::Owned(t) => self.plain(&t, None).into_owned(),
        };
        // A tracking row's `[{LED=…};{FQDN=…};{IP=…}]` is the queue's last
        // error, read as the Queue Viewer's is.
        if r.kind != InputKind::QueueError {
            r.kind = InputKind::ProtocolLog;
        }
        r.recognised = true;
        // An agent log's SMTP response is this server's refusal of a sender
        // (its anti-spam policy at work), not a delivery of its own refused.
        r.refused_here |= cols.direction == Some(Direction::Inbound);
        r.recipient = recipient;
        r.timestamp = time.or(r.timestamp);
        r.remote_ip = r.remote_ip.or(peer_ip);
        r.remote_host = r.remote_host.or(peer_host);
        r.direction = r.direction.or(direction);
        Some(r)
    }

    /// A row under an IIS SMTP log's `#Fields` (see [`LineState::iis_reading`]);
    /// one too short for its fields is read as free text.
    #[cold]
    #[inline(never)]
    fn iis_row<'a>(&mut self, line: &'a str) -> Option<Reading<'a>> {
        let cols = self.log.iis?;
        let Some(row) = crate::grammar::w3c::smtp_row(line, &cols) else {
            return Some(self.plain(line, None));
        };
        Some(self.iis_reading(row)).filter(|r| !r.text.is_empty())
    }

    /// A row of an IIS SMTP Service log ([`crate::grammar::w3c`]). A reply
    /// to the relay's delivery is read as an Exchange Send log's reply row
    /// is: its text (`+` read as a space) under the server it came from; a
    /// reply to `RCPT TO` gets that recipient. Commands and its clients'
    /// rows hold no reply text: recognised, with an empty text.
    #[inline(never)]
    fn iis_reading<'a>(&mut self, row: crate::grammar::w3c::SmtpRow<'a>) -> Reading<'a> {
        use crate::grammar::w3c::{Side, decode};
        let ip = row.client_ip.filter(|ip| protolog::is_ip(ip)).map(str::to_string);
        let mut r = Reading {
            refused_here: false,
            kind: InputKind::ProtocolLog,
            text: Cow::Borrowed(""),
            remote_ip: None,
            remote_host: None,
            recipient: None,
            timestamp: match (row.date, row.time) {
                (Some(d), Some(t)) => Some(format!("{d} {t}")),
                (None, t) => t.map(str::to_string),
                (Some(d), None) => Some(d.to_string()),
            },
            direction: Some(Direction::Outbound),
            recognised: true,
            status: None,
        };
        match row.side {
            Side::Command => {
                let Some(ip) = &ip else { return r };
                let rcpt = row.method.is_some_and(|m| m.eq_ignore_ascii_case("RCPT"));
                let addr = row
                    .argument
                    .and_then(|a| between(a, ("<", 0), ">"))
                    .filter(|a| a.contains('@') && !a.contains(['<', ' ']));
                match addr.filter(|_| rcpt) {
                    Some(addr) => {
                        if self.iis_rcpt.len() >= IIS_CONNECTIONS {
                            self.iis_rcpt.clear();
                        }
                        self.iis_rcpt.insert(ip.clone(), addr.to_string());
                    }
                    None => {
                        self.iis_rcpt.remove(ip);
                    }
                }
            }
            Side::Response => {
                // The reply to that connection's command before it.
                let rcpt = ip.as_ref().and_then(|ip| self.iis_rcpt.remove(ip));
                if let Some(reply) = row.argument.filter(|a| matches!(a.as_bytes().first(), Some(b'4' | b'5'))) {
                    r.text = decode(reply);
                    r.recipient = rcpt;
                    r.remote_ip = ip;
                }
            }
            Side::Client => r.direction = Some(Direction::Inbound),
        }
        r
    }

    /// Postfix's smtpd serves one client at a time: its lines from `connect
    /// from host[ip]` to `disconnect from` are about that client, and one
    /// that names none (`warning: TLS library problem: … no shared cipher`,
    /// OpenSSL's reason for the handshake that failed) is given it (QA round
    /// 13: the finding that says why had no peer, its `SSL_accept` line had).
    fn smtpd_client(&mut self, line: &str, r: &mut Reading<'_>) {
        // By the tag, and what follows it, not by searching the line.
        let Some(tag) = crate::grammar::syslog::process_tag(line) else { return };
        if !crate::grammar::syslog::is_smtpd(tag) {
            // Postfix's SMTP client (`postfix/smtp[…]`) delivers out: its
            // lines are outbound (QA round 25: some were "either").
            if r.direction.is_none() && crate::grammar::syslog::program(tag).is_some_and(|p| p.ends_with("/smtp")) {
                r.direction = Some(Direction::Outbound);
            }
            return;
        }
        let after = &line[tag.as_ptr() as usize - line.as_ptr() as usize + tag.len()..];
        if r.remote_ip.is_none() && r.remote_host.is_none() {
            if let Some((host, ip)) = self.smtpd_clients.get(tag) {
                r.remote_host = host.clone();
                r.remote_ip = Some(ip.clone());
                r.direction = r.direction.or(Some(Direction::Inbound));
            }
        } else if after.starts_with(": disconnect from ") {
            self.smtpd_clients.remove(tag);
        } else if r.direction != Some(Direction::Outbound) {
            // A process's client, by its `connect from` line or any other
            // that names it (`SSL_accept error from unknown[198.51.100.66]:
            // -1` when the connect line is not in the paste): its TLS
            // library problem line that follows names no peer.
            // Known already (every line of a connection names it): no copy.
            let known = |(_, ip): &(Option<String>, String)| r.remote_ip.as_deref() == Some(ip.as_str());
            if let Some(ip) = r.remote_ip.clone().filter(|_| !self.smtpd_clients.get(tag).is_some_and(known)) {
                if self.smtpd_clients.len() >= SMTPD_CLIENTS && !self.smtpd_clients.contains_key(tag) {
                    self.smtpd_clients.clear();
                }
                self.smtpd_clients.insert(tag.to_string(), (r.remote_host.clone(), ip));
            }
        }
    }

    /// The host a remote server's greeting names (`220 mx1.partner.example
    /// ESMTP …`; not the `220 2.0.0 SMTP server ready` that answers
    /// STARTTLS), kept for its session (see [`LineState::banners`]).
    /// Kept as written: it is read, for the rare SocketError that needs it,
    /// where it is looked up (checking each greeting cost 8 % of a census).
    #[cold]
    fn note_banner(&mut self, row: &crate::session::Row<'_>) {
        let rest = row.data.get(4..).unwrap_or_default();
        if rest.as_bytes().first().is_none_or(u8::is_ascii_digit) {
            return;
        }
        // A blank is one byte: where it is, a character ends.
        let host = memchr::memchr(b' ', rest.as_bytes()).and_then(|at| rest.get(..at)).unwrap_or(rest);
        if host.len() > Banner::MAX {
            return;
        }
        if self.banners.len() >= BANNERS {
            self.banners.clear();
        }
        if self.banners.capacity() == 0 {
            self.banners.reserve(BANNERS);
        }
        let key = crate::census::session_key(row.session_bytes());
        self.banners.entry(key).or_insert_with(|| Banner::new(host));
    }

    /// This server negotiated TLS 1.2/1.3 as the server: its earliest time.
    #[cold]
    fn note_tls12_server(&mut self, row: &crate::session::Row<'_>) {
        let t = row.date_time();
        if self.tls12_as_server.as_deref().is_none_or(|first| t < first) {
            self.tls12_as_server = Some(t.to_string());
        }
    }

    /// The row's remote host negotiated TLS 1.2/1.3 with this server as the
    /// client; its first such time is kept, by its remote endpoint as written
    /// (`104.47.51.138:25`): its IP is read once per endpoint, at the end.
    #[cold]
    fn note_tls12(&mut self, row: &crate::session::Row<'_>) {
        let remote = row.remote();
        if !remote.is_empty() && !self.tls12_peers.contains_key(remote) {
            self.tls12_peers.insert(remote.to_string(), row.date_time().to_string());
        }
    }

    /// A syslog time stamp as a finding keeps it: an RFC 3164 one dated by
    /// the file when its date is known, any other as written.
    fn dated(&mut self, t: &str) -> String {
        match &mut self.dating {
            Some(d) if !t.starts_with(|c: char| c.is_ascii_digit()) => d.iso(t).unwrap_or_else(|| t.to_string()),
            _ => t.to_string(),
        }
    }

    /// `tls` is the line's [`crate::grammar::syslog::tls_event`] when the
    /// caller read it.
    fn plain<'a>(&mut self, line: &'a str, tls: Option<Option<&crate::grammar::syslog::TlsEvent<'a>>>) -> Reading<'a> {
        // By the first letter: these few words are asked of every line.
        let at = line.bytes().position(|b| b != b' ' && b != b'\t').unwrap_or(line.len());
        let t = &line[at..];
        match t.as_bytes().first() {
            Some(b'D') if t.starts_with("Delivery has failed to these recipients") => self.failure_notice = true,
            // The next queue of the listing.
            Some(b'I') if queue_field(t, "Identity").is_some() => self.next_hop = None,
            Some(b'N') => {
                if let Some(domain) = queue_field(t, "NextHopDomain") {
                    self.next_hop = Some(domain.to_string());
                }
            }
            _ => {}
        }
        let mut marks = line_marks(line);
        if marks == 0
            && line.as_bytes().first().is_some_and(|&b| b.is_ascii_digit() || b == b'[')
            && matches!(crate::grammar::syslog::exim_said(line), Some((Some(_), _)))
        {
            // An Exim main-log line about a message (its stamp, then its id)
            // without a word that marks one: `… 1rgxAo-000ABC-26
            // H=mx.example.org [203.0.113.60]: SMTP error from remote mail
            // server after STARTTLS: 454 …`.
            marks = MARK_SYSLOG | MARK_EXIM;
        }
        if marks & MARK_WINDOWS != 0 {
            self.schannel.named = line.to_ascii_lowercase().contains("schannel");
        }
        if marks & MARK_IIS != 0 {
            if let Some(row) = crate::grammar::w3c::pasted_row(line) {
                return self.iis_reading(row);
            }
        }
        let mut r = Reading::of_text(line);
        if memchr::memchr(b'\\', line.as_bytes()).is_some() && line.contains("\\n") {
            // Exim writes a multi-line reply on one log line with `\n`
            // between its lines (`451-… from\n451 <a@b> to <c@d>. Please try
            // later.`): read as the lines' words, a reply's repeated code apart
            // (two spaces for the two bytes, so offsets into the line still hold).
            r.text = Cow::Owned(line.replace("\\n", "  "));
        }
        if let Some(le) = queue::last_error(line) {
            r.kind = InputKind::QueueError;
            r.recognised = true;
            if let Some(led) = le.led {
                r.text = Cow::Borrowed(led);
            }
            // A name or address has no blanks: one there is where a wrapped
            // `Format-List` cut a long word (`…mail.protection.outl` / `ook.com`).
            let unwrapped = |v: &str| v.split_whitespace().collect::<String>();
            r.remote_host = le.fqdn.map(unwrapped);
            r.remote_ip = le.ip.map(unwrapped);
            if le.led.is_some_and(|l| l.contains("Proxy session setup failed")) {
                // `450 4.7.0 Proxy session setup failed on Frontend with '…'`:
                // FQDN and IP name this organization's Front End server that
                // relayed the attempt; the next hop is the endpoint the quoted
                // error names (QA round 14, a `Get-Queue | fl`).
                r.remote_host = None;
                r.remote_ip = le.led.and_then(queue::last_endpoint).and_then(protolog::endpoint_ip).map(str::to_string);
            }
            r.timestamp = le.lrt.map(str::to_string);
            r.direction = Some(Direction::Outbound);
            if line.trim_start().starts_with("RecipientStatus")
                || line.trim_start().starts_with("Detail")
                || marks & MARK_NDR != 0
            {
                // `Get-MessageTrackingLog | fl`: the event's `Recipients` line
                // came first; `Get-MessageTraceDetail | fl`: its `RecipientAddress`;
                // an NDR's `Remote Server returned '550 4.4.7 QUEUE.Expired; …
                // [{LED=…}]'`: the recipient listed above it (QA round 26).
                r.recipient = self.recipient.clone();
            }
        } else if marks & MARK_QUEUE != 0 {
            r.kind = InputKind::QueueError;
            r.recognised = true;
            let (host, ip) = queue::last_attempted(line);
            r.remote_ip = queue::last_endpoint(line).or(ip).and_then(protolog::endpoint_ip).map(str::to_string);
            // Else, for a SocketError that names no peer, its queue's next
            // hop (QA round 49: a queue to gmail.com was "cannot deliver to
            // Exchange Online"; a smart host is `[host]`). An error that
            // names its server in other words keeps it (QA round 50).
            let hop = || {
                let hop = self.next_hop.as_deref()?.trim_start_matches('[').trim_end_matches(']');
                (r.remote_ip.is_none() && names_socket_error(line)).then(|| hop.to_string())
            };
            r.remote_host = host.map(str::to_string).or_else(hop);
            r.direction = Some(Direction::Outbound);
            // The queue error of one attempt in an NDR's diagnostic block
            // (`… - Remote Server at … returned '451 4.4.0 Primary target …'`)
            // is the listed recipient's, as the block's other lines are.
            // So is an NDR's `Remote Server returned '…'` line that quotes one.
            if marks & MARK_NDR != 0 || ndr::attempt_line(line).is_some() {
                r.recipient = self.recipient.clone();
            }
        } else if marks & MARK_NDR != 0 {
            r.kind = InputKind::ExchangeNdr;
            r.recognised = true;
            r.recipient = self.recipient.clone();
            let (host, ip) = queue::last_attempted(line);
            r.remote_ip = ip.and_then(protolog::endpoint_ip).map(str::to_string);
            r.remote_host = host
                .or_else(|| legacy_ndr_host(line))
                .map(str::to_string)
                .or_else(|| self.ndr_host.clone())
                .or_else(|| self.receiving_server.clone());
        } else if marks & MARK_SYSLOG != 0 {
            r.kind = InputKind::Syslog;
            r.recognised = true;
            r.timestamp = syslog_time(line).map(|t| self.dated(t));
            // Exim's own forms are looked for in Exim's lines only (their
            // searches cost ~5 % of a Postfix log's reading).
            let exim = marks & MARK_EXIM != 0;
            r.recipient = between(line, ("to=<", 3), ">")
                .or_else(|| exim.then(|| exim_recipient(line)).flatten())
                .map(str::to_string)
                // Exim's words in a bounce's body (`  a@example.net` over
                // `    TLS session: (SSL_connect): …`), not a log line: the
                // recipient listed above it (QA round 23: the failure was
                // dropped as no recipient's).
                .or_else(|| {
                    let body = exim && crate::grammar::syslog::exim_said(line).is_none() && syslog_time(line).is_none();
                    body.then(|| self.recipient.clone()).flatten()
                });
            let at = |needle, anchor| crate::bytemask::find_str_at(line, needle, anchor);
            if let Some(at) = at(" T=\"", 1).filter(|_| at(" <= ", 1).is_some()) {
                // An Exim reception's subject (`T="…"`) is the sender's to
                // write: words in it that name an error are not one.
                r.text = Cow::Borrowed(&line[..at]);
            }
            if exim && r.direction.is_none() && failed_delivery(line, 0) {
                // Exim's own deliveries that failed or were deferred.
                r.direction = Some(Direction::Outbound);
            }
            if exim {
                if let Some(x) = at(" X=", 1).filter(|&x| failed_delivery(line, x)) {
                    // A delivery that failed or was deferred after TLS was
                    // set up: the SMTP error is what happened to it, not the
                    // version its `X=` names (QA: a TLS 1.0 peer's `550 5.1.1
                    // User unknown` read as a legacy-TLS warning). The version
                    // is counted in the census; the text read goes without
                    // the field (the evidence keeps the line as written).
                    let end = line[x + 1..].find(' ').map_or(line.len(), |e| x + 1 + e);
                    let mut t = r.text.into_owned();
                    if t.len() >= end && t.is_char_boundary(x) && t.is_char_boundary(end) {
                        t.replace_range(x..end, "");
                    }
                    r.text = Cow::Owned(t);
                }
            }
            let read_here = if tls.is_none() { crate::grammar::syslog::tls_event(line) } else { None };
            if crate::grammar::syslog::exim_more_recipients(line) {
                // One connection, one finding: its `=>` line has it.
                r.text = Cow::Borrowed("");
            } else if let Some(e) = tls.unwrap_or(read_here.as_ref()) {
                // A TLS line names its peer and its side as the census reads
                // them (Postfix `… established to host[ip]`, Exim `H=… [ip]`,
                // Sendmail `relay=[ip]`): findings about two hosts stay two.
                r.remote_ip = e.ip.map(|ip| protolog::canonical_ip(ip).into_owned());
                r.remote_host = e.host.filter(|h| *h != "unknown").map(str::to_string);
                r.direction = Some(e.direction);
            } else if let Some((host, ip)) = peer_field(line, exim, marks & MARK_DOVECOT != 0) {
                // Postfix names a peer without reverse DNS `unknown[ip]`.
                r.remote_host = host.filter(|h| *h != "unknown").map(str::to_string);
                r.remote_ip = ip.map(str::to_string);
            }
            self.smtpd_client(line, &mut r);
        } else if marks & MARK_WINDOWS != 0 {
            r.kind = InputKind::WindowsEvent;
            r.recognised = true;
        } else if lone_address(line).is_some() {
            // A recipient listed on its own line in an NDR's user section
            // (or after a label with no space, `收件人：user@host`).
            // (Outlook's `Name<mailto:user@host>` has no blank either: QA round 46.)
            if let Some(addr) =
                recipient_heading(line).or_else(|| labelled_recipient(line.trim())).or_else(|| mailto_heading(line))
            {
                self.recipient = Some(addr.to_string());
            }
            self.ndr_host = None;
            self.exim_host = None;
            r.recognised = true;
        } else if let Some((host, ip)) = exim_bounce_host(line).filter(|_| line.trim_end().ends_with(']')) {
            self.exim_host = Some((host.to_string(), ip.to_string()));
            r.recognised = true;
        } else if let Some(host) = talking_to(line) {
            self.talking_to = Some(host.to_string());
            r.recognised = true;
        } else if let Some(host) = line.trim().strip_prefix("Receiving server:").map(str::trim) {
            let host = host.split([' ', '(']).next().unwrap_or("");
            self.receiving_server = lone_host(host).then(|| host.to_string());
            r.kind = InputKind::ExchangeNdr;
            r.recognised = true;
        } else if exchange_delay_heading(line) {
            // An Exchange delay notice forwarded or saved as a message says
            // so only in its words (QA round 46: its 441 was an error).
            self.delay_notice = true;
            r.kind = InputKind::ExchangeNdr;
            r.recognised = true;
        } else if self.recipient.is_some() && lone_host(line) {
            // Under the recipient, the server that answered (FACTS C.2:
            // `<rejected recipient>` / `<remote server>` / `Remote Server
            // returned '…'`): QA round 39, a partner's SocketError was put on
            // Exchange Online for want of it.
            self.ndr_host = Some(line.trim().to_string());
            r.recognised = true;
        } else {
            // A line that names its recipient: Sendmail `550 <user@host>...
            // reason`, Exchange 2003 `user@host on <date>` (which also heads
            // the lines below it). Otherwise an error line belongs to the
            // recipient listed on its own line above it.
            let t = line.trim_start();
            let clean = |a: &&str| a.matches('@').count() == 1 && mailbox_chars(a);
            let b = t.as_bytes();
            let sendmail = (b.len() > 6 && b[..3].iter().all(u8::is_ascii_digit) && t[3..].starts_with(" <"))
                .then(|| t[5..].split_once(">...").map(|(a, _)| a))
                .flatten()
                .or_else(|| reply_recipient(t))
                .filter(clean);
            let rcpt_to = t
                .get(..13)
                .filter(|p| p.eq_ignore_ascii_case(">>> rcpt to:<"))
                .and_then(|_| t[13..].split_once('>'))
                .map(|(a, _)| a)
                .filter(clean);
            // Exim's `SMTP error from remote mail server after RCPT TO:<user@host>:
            // 550-5.1.1 …` pasted without the address line above it (QA round 16).
            let exim_rcpt = after_rcpt_to(t).filter(clean);
            let sendmail = sendmail.or(rcpt_to).or(exim_rcpt);
            // A bounce's recipient line with its reply folded onto it:
            // Postfix `<user@host>: host mx[ip] said: 550 …` (also `<user@host>
            // (expanded from <list@host>): …`). It heads the lines below it too.
            let leading = t
                .strip_prefix('<')
                .and_then(|x| x.split_once('>'))
                .filter(|(_, rest)| rest.starts_with(':') || rest.starts_with(" ("))
                .map(|(a, _)| a)
                .filter(clean);
            // Exchange Online's newer NDR, copied as text: `Your message to
            // user@host couldn't be delivered.` and `Recipient Address:\tuser@host`.
            let exo = t
                .strip_prefix("Your message to ")
                .and_then(|r| r.split_once(" couldn"))
                .map(|(a, _)| a)
                // Gmail's: `Your message wasn't delivered to user@host because …`
                // (QA round 31: its finding had no recipient, and its words
                // and its reply were two findings).
                .or_else(|| {
                    [
                        "Your message wasn't delivered to ",
                        "Your message wasn’t delivered to ",
                        "Your message couldn't be delivered to ",
                        "Your message couldn’t be delivered to ",
                    ]
                    .iter()
                    .find_map(|p| t.strip_prefix(p))
                    .and_then(|r| r.split_once(" because"))
                    .map(|(a, _)| a)
                })
                .or_else(|| labelled_recipient(t))
                .or_else(|| mailto_heading(t))
                .or_else(|| tracking_recipients(t))
                .filter(clean);
            let heading = t.split_once(" on ").map(|(a, _)| a).filter(clean).or(leading).or(exo);
            // A transcript's `>>> RCPT To:<user@host>` is the recipient of
            // the `<<<` reply under it too (QA round 50: a second
            // recipient's reply went to the last one listed above).
            if let Some(a) = heading.or(rcpt_to) {
                self.recipient = Some(a.to_string());
            } else if several_tracking_recipients(t) {
                // `Recipients : {jo@…, kai@…}`: the status below is theirs,
                // not the recipient of the event above (QA round 53).
                self.recipient = None;
            }
            r.recipient = sendmail.or(heading).map(str::to_string).or_else(|| self.recipient.clone());
            // A log line of any MTA that starts with its time (Exim's main log).
            r.timestamp = syslog_time(line).map(|t| self.dated(t));
            if let Some((host, ip)) = host_said(line).or_else(|| client_peer(line)).or_else(|| attempt_peer(line)) {
                r.remote_host = Some(host.to_string());
                r.remote_ip = Some(ip.to_string());
            }
        }
        if r.remote_ip.is_none() && r.remote_host.is_none() && r.kind != InputKind::Syslog {
            // An Exim bounce's server, on the line or on its own line above
            // (a bounce's text: a log line names its peer in its own fields).
            let named = exim_bounce_host(line).map(|(h, ip)| (h.to_string(), ip.to_string()));
            if let Some((host, ip)) = named.or_else(|| self.exim_host.clone()) {
                r.remote_host = Some(host);
                r.remote_ip = Some(ip);
            } else if line.trim_start().starts_with("<<< 5")
                || line.trim_start().starts_with(">>> ") && line.contains(" <<< 5")
            {
                // A Sendmail transcript's refusal is the server it talks to
                // (only a refusal: a transcript may list a busy server,
                // `<<< 450 busy`, before the one that refused: Sisimai's
                // RFC822B). A bounce message's transcript reads a command and
                // its reply as one line: `>>> DATA <<< 554 …`.
                r.remote_host = self.talking_to.clone();
            }
        }
        // A placeholder or a cut field is no address (QA round 13: `x.x.x.x`,
        // `10.**.**.***:**>;<FQDN-…>` from a redacted Get-Queue error).
        if r.remote_ip.as_deref().is_some_and(|ip| !protolog::is_ip(protolog::unmapped(ip))) {
            r.remote_ip = None;
        }
        if let (None, Some(col)) = (&r.recipient, self.csv_recipient) {
            // A row of a CSV export: its recipient column.
            let cell = protolog::Cells::new(line).nth_cell(col).map(|c| csv_recipient(&c.value()).to_string());
            r.recipient = cell.filter(|a| a.matches('@').count() == 1 && !a.contains([' ', '<', '>', ',']));
        }
        if r.direction.is_none() && crate::grammar::syslog::refusal_of_client(line) {
            // This server refusing a client (spam, relaying, a blocklisted
            // sender): its own policy at work, not its mail refused. A busy
            // MX logs hundreds a day; each was a critical "your IP is on a
            // blocklist" finding (QA).
            r.direction = Some(Direction::Inbound);
            r.refused_here = true;
            r.recognised = true;
        }
        r
    }

    /// Records an occurrence if the line holds an error; returns whether it did.
    fn occurrence(&mut self, n: u64, start: u64, line: &str, r: &Reading<'_>) -> bool {
        // The same error text recurs all through a big log: its reading
        // (codes, trigger, rule) is remembered, not worked out per line,
        // apart for each kind, side and peer (which rules also read).
        // By name only where a rule reads the peer (SocketError's): a big
        // log of example addresses named every host otherwise.
        let peer = r.remote_ip.as_deref().and_then(kb::peer_of).or_else(|| {
            r.remote_host.as_deref().filter(|_| names_socket_error(r.text.as_ref())).and_then(kb::peer_of_host)
        });
        // Not a dated syslog line's: its text is the line, its time first,
        // so it hardly ever recurs, and remembering each one cost a copy, a
        // hash and a table insert a line.
        let dated = r.kind == InputKind::Syslog && r.timestamp.is_some();
        let memo = (r.status.is_none() && r.text.len() <= MEMO_TEXT && !dated).then(|| memo_slot(r, peer));
        let known = memo.and_then(|k| self.memo.get(k)?.get(r.text.as_ref())).cloned();
        let TextReading { hit, rule, keep, own_codes } = match known {
            Some(m) => m,
            None => {
                let reading = classify_text(r, peer);
                if let Some(map) = memo.and_then(|k| self.memo.get_mut(k)) {
                    if map.len() >= MEMO_ENTRIES {
                        map.clear();
                    }
                    map.insert(r.text.to_string(), reading.clone());
                }
                reading
            }
        };
        if !keep {
            return false;
        }
        let (reply, status) = if own_codes {
            (hit.as_ref().and_then(|h| h.reply), hit.as_ref().and_then(|h| h.status.clone()))
        } else {
            codes_of(hit.as_ref(), r)
        };
        let key = finding_key(rule, status.as_ref(), reply, &r.recipient, &r.remote_ip, &r.remote_host);
        self.record_keyed(rule, key, n, r.timestamp.as_deref(), || {
            let raw = truncate(line, MAX_RAW);
            let span = locate(raw, &r.text, hit.as_ref().map(|h| (h.start, h.end)));
            Occurrence {
                location: Location { line: n, start, end: start + line.len() as u64 },
                kind: r.kind,
                reply,
                status,
                text: truncate(&r.text, MAX_RAW).to_string(),
                // A host name with control or direction-changing characters
                // in it is no host name (QA round 38: terminal escapes inside
                // an NDR's server name became the finding's `remote_host`);
                // the text keeps them. Checked here, where an occurrence is
                // kept, not for every line read (+1.2 % of a mail log).
                remote_host: r.remote_host.clone().filter(|h| !h.chars().any(crate::export::hidden)),
                remote_ip: r.remote_ip.clone(),
                recipient: r.recipient.clone(),
                timestamp: r.timestamp.clone(),
                direction: r.direction.or(rule.map(|x| x.direction)),
                raw: raw.to_string(),
                span,
            }
        });
        true
    }

    fn record(&mut self, rule: Option<&'static Rule>, occ: Occurrence) {
        let key = finding_key(rule, occ.status.as_ref(), occ.reply, &occ.recipient, &occ.remote_ip, &occ.remote_host);
        let (line, timestamp) = (occ.location.line, occ.timestamp.clone());
        self.record_keyed(rule, key, line, timestamp.as_deref(), move || occ);
    }

    /// Records an occurrence (at `line`, stamped `timestamp`) under `key`.
    /// `occ` builds it only when it is kept, for a new finding or one whose
    /// evidence is not full: the other occurrences of a big log are only
    /// counted, and building one costs a copy of the line and of each field.
    fn record_keyed(
        &mut self,
        rule: Option<&'static Rule>,
        mut key: Key,
        line: u64,
        timestamp: Option<&str>,
        occ: impl FnOnce() -> Occurrence,
    ) {
        let grouped = key.3.is_some() && self.findings.len() >= RECIPIENT_FINDINGS && !self.findings.contains_key(&key);
        if grouped {
            // A queue of 50 000 messages is not 87 000 findings, the most
            // of them dropped: the rest is counted by rule, codes and peer,
            // so every failure is in the totals (QA round 29).
            key.3 = None;
            self.grouped += 1;
            // Only a key that is or can still become a finding: past
            // MAX_FINDINGS a new one is dropped, and a set of every distinct
            // peer's key grew with the log (QA round 54: 211 MB for 200 MB
            // of bounces from as many servers).
            if !self.grouped_keys.contains(&key)
                && (self.findings.len() < MAX_FINDINGS || self.findings.contains_key(&key))
            {
                self.grouped_keys.insert(key.clone());
            }
        }
        let occ = move || {
            let mut o = occ();
            if grouped {
                o.recipient = None;
            }
            o
        };
        if let Some(hour) = timestamp.and_then(hour_of) {
            let h = hour.as_bytes();
            if h.len() == 9 && h[4] == b'0' {
                // `Jan 05 10` (journalctl) is the hour RFC 3164's `Jan  5 10` is.
                self.timeline.count(&format!("{} {}", &hour[..4], &hour[5..]), key.0);
            } else {
                // `2026-01-20 10` (Exim, journalctl) is the hour `2026-01-20T10` is.
                self.timeline.count(&iso_t(hour), key.0);
            }
        }
        if let Some(f) = self.findings.get_mut(&key) {
            if f.evidence.len() < EVIDENCE_PER_FINDING {
                f.add(occ(), EVIDENCE_PER_FINDING);
            } else {
                f.seen_again(line, timestamp);
            }
            return;
        }
        if self.findings.len() >= MAX_FINDINGS {
            self.dropped += 1;
            return;
        }
        self.order.push(key.clone());
        self.findings.insert(key, Finding::new(rule, occ()));
    }
}

/// What tells findings apart: the rule, the codes, the recipient and the
/// remote end (its IP, else its host name).
fn finding_key(
    rule: Option<&'static Rule>,
    status: Option<&EnhancedStatus>,
    reply: Option<crate::types::ReplyCode>,
    recipient: &Option<String>,
    remote_ip: &Option<String>,
    remote_host: &Option<String>,
) -> Key {
    (
        rule.map_or(crate::report::UNCLASSIFIED, |r| r.id),
        status.map(EnhancedStatus::canonical),
        reply.map(|c| c.0),
        recipient.clone(),
        remote_ip.clone().or(remote_host.clone()),
    )
}

/// Lines per input kind: a handful of kinds, counted on every line, so a
/// short list beats a hash map.
#[derive(Debug, Default)]
struct KindCounts(Vec<(InputKind, u64)>);

impl KindCounts {
    fn add(&mut self, kind: InputKind, n: u64) {
        match self.0.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, c)) => *c += n,
            None => self.0.push((kind, n)),
        }
    }

    /// The kind with most lines; ties go to the kind listed first in [`InputKind`].
    fn most_common(&self) -> Option<InputKind> {
        self.0.iter().max_by_key(|(k, n)| (*n, std::cmp::Reverse(*k))).map(|(k, _)| *k)
    }
}

/// Information rows that Exchange writes in every healthy session
/// (MS-PROTOLOG; FACTS A.5): session setup, certificate details and the TLS
/// success line for current protocols. They never hold an error, and big
/// logs are mostly these.
fn routine_information(context: &str) -> bool {
    // By the label's first byte: a row's context is tested against the few
    // labels it can start with, not all of them in turn (a TLS success row
    // was ten failed comparisons before its own).
    const SET: &[&str] =
        &["Set Session Permissions", "Sending certificate", "Secure domain certificate", "SmartHost certificate"];
    const REMOTE: &[&str] = &["Received certificate", "Remote certificate", "Received DirectTrust certificate"];
    const CERTIFICATE: &[&str] = &[
        "Certificate subject",
        "Certificate issuer name",
        "Certificate serial number",
        "Certificate thumbprint",
        "Certificate alternate names",
    ];
    // TLS 1.2/1.3 only: a legacy protocol is itself a finding.
    const TLS: &[&str] = &["TLS protocol SP_PROT_TLS1_2_", "TLS protocol SP_PROT_TLS1_3_"];
    // Most such rows' context is a label and nothing else: one compare of
    // equal length.
    if matches!(
        context,
        "Set Session Permissions"
            | "attempting to connect"
            | "Sending certificate"
            | "Received certificate"
            | "Remote certificate"
            | "Certificate subject"
            | "Certificate issuer name"
            | "Certificate serial number"
            | "Certificate thumbprint"
            | "Certificate alternate names"
    ) {
        return true;
    }
    let labels: &[&str] = match context.as_bytes().first() {
        Some(b'S') => SET,
        Some(b'a') => &["attempting to connect"],
        Some(b'R') => REMOTE,
        Some(b'C') => CERTIFICATE,
        Some(b'T') => TLS,
        Some(b'P') => &["Proxy target certificate"],
        _ => return false,
    };
    // No label ends with the start of `failed`, so the word is searched for
    // after the label only.
    labels
        .iter()
        .find(|r| context.starts_with(*r))
        .is_some_and(|r| context.len() == r.len() || find_str(&context[r.len()..], "failed").is_none())
}

/// Open connections of an IIS SMTP relay whose `RCPT TO` is remembered
/// (past this, the table starts again: a reply then names no recipient).
const IIS_CONNECTIONS: usize = 1024;

/// Distinct (hour, rule) buckets kept per input.
const MAX_TIMELINE: usize = 50_000;

/// The hour a timestamp falls in, as the timeline's bucket label:
/// ISO 8601 `2023-01-11T16:00:00.000Z` → `2023-01-11T16`; syslog
/// `Jan 20 10:00:01` → `Jan 20 10`. Other shapes have no bucket.
/// A dated stamp written `2026-01-20 10:00:01` (Exim, journalctl), or its
/// hour, in ISO's `2026-01-20T10:00:01` form; any other text as it is.
pub(crate) fn iso_t(t: &str) -> Cow<'_, str> {
    let b = t.as_bytes();
    if b.len() > 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[10] == b' ' {
        return Cow::Owned(format!("{}T{}", &t[..10], &t[11..]));
    }
    Cow::Borrowed(t)
}

pub fn hour_of(ts: &str) -> Option<&str> {
    let b = ts.as_bytes();
    if b.len() >= 13 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && (b[10] == b'T' || b[10] == b' ') {
        return b[11..13].iter().all(u8::is_ascii_digit).then(|| &ts[..13]);
    }
    if b.len() >= 9
        && b[..3].iter().all(u8::is_ascii_alphabetic)
        && b[3] == b' '
        && b[7..9].iter().all(u8::is_ascii_digit)
    {
        return Some(&ts[..9]);
    }
    None
}

/// Findings per rule per hour, at most [`MAX_TIMELINE`] buckets. By rule,
/// then by hour, so a bucket that exists is found by the borrowed hour
/// (no `String` per finding line).
#[derive(Debug, Default)]
struct Timeline {
    by_rule: HashMap<&'static str, HashMap<String, u64, KeyHasher>, KeyHasher>,
    buckets: usize,
}

impl Timeline {
    fn count(&mut self, hour: &str, rule: &'static str) {
        let hours = self.by_rule.entry(rule).or_default();
        if let Some(n) = hours.get_mut(hour) {
            *n += 1;
        } else if self.buckets < MAX_TIMELINE {
            hours.insert(hour.to_string(), 1);
            self.buckets += 1;
        }
    }
}

/// How many smtpd processes [`LineState::smtpd_clients`] holds: more than
/// a server runs at once (Postfix's default process limit is 100).
const SMTPD_CLIENTS: usize = 4096;

/// A multi-line error reply of a protocol log (RFC 5321 §4.2.1: `421-…`
/// lines, then `421 …`) whose last line is still to come. Exchange writes
/// each line as a row of its own, other sessions' rows may come between
/// them, and read row by row one reply was as many findings, each of a
/// piece of its words (Gmail's 421 4.7.0 rate limit was three generic
/// 4.7.0 findings).
struct OpenReply {
    session: u128,
    code: [u8; 3],
    /// The first row's line number and offset.
    at: (u64, u64),
    /// The reply's lines joined, each without its code (and its status
    /// where it repeats the first line's), as a bounce's folded reply is read.
    text: String,
    remote_ip: Option<String>,
    timestamp: String,
    direction: Option<Direction>,
}

/// Multi-line replies open at once: one per session, and a reply's rows
/// come together, so a few; more are sessions cut off mid-reply.
const OPEN_REPLIES: usize = 16;

/// A greeting's host name, kept inline: one allocation per session of a
/// Send log was most of the cost of keeping them.
#[derive(Clone, Copy)]
struct Banner {
    len: u8,
    bytes: [u8; Banner::MAX],
}

impl Banner {
    /// Longer names are not kept (a host name's labels are 63 bytes at most,
    /// and a greeting's host is hardly ever longer).
    const MAX: usize = 63;

    fn new(host: &str) -> Self {
        let mut bytes = [0u8; Self::MAX];
        let len = host.len().min(Self::MAX);
        bytes[..len].copy_from_slice(&host.as_bytes()[..len]);
        Self { len: len as u8, bytes }
    }

    fn host(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

/// How many sessions' greetings [`LineState::banners`] holds: more than a
/// Send log has open at once (emptied when full).
const BANNERS: usize = 4096;

/// How many hosts [`LineState::tls12_peers`] holds (about 1 MB): a Send
/// log's SocketError hosts are far fewer; past that, no host is added.
const TLS12_PEERS: usize = 10_000;

/// `TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded …` (or 1.3):
/// this server negotiated TLS 1.2 or later, as the client (`Outbound`, a
/// Send log's row) or as the server (`Inbound`, a Receive log's). One
/// reading for both sides: the row is read once.
fn tls12_negotiated(data: &str) -> Option<Direction> {
    let rest = data.strip_prefix("TLS protocol SP_PROT_TLS1_")?;
    let rest = rest.strip_prefix("2_").or_else(|| rest.strip_prefix("3_"))?;
    let side = if rest.starts_with("CLIENT ") {
        Direction::Outbound
    } else if rest.starts_with("SERVER ") {
        Direction::Inbound
    } else {
        return None;
    };
    find_str(rest, " negotiation succeeded").map(|_| side)
}

/// A JSON document's findings, moved from the lines made of its records to
/// where their texts are in it (see [`crate::records::read`]).
fn at_origins(findings: &mut [Finding], origins: &[crate::records::Origin]) {
    let at = |line: u64| usize::try_from(line).ok().and_then(|l| l.checked_sub(1)).and_then(|l| origins.get(l));
    for f in findings {
        for occ in &mut f.evidence {
            if let Some(o) = at(occ.location.line) {
                occ.location = crate::types::Location { line: o.line, start: o.start, end: o.end };
            }
        }
        let (first, last) = (at(f.first_line).map(|o| o.line), at(f.last_line).map(|o| o.line));
        f.first_line = first.unwrap_or(f.first_line);
        f.last_line = last.unwrap_or(f.last_line).max(f.first_line);
    }
}

/// What this input shows of TLS 1.2 beside its SocketError findings (a Send
/// log's, the rules that say TLS 1.2 is missing).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tls12Evidence {
    /// Hosts this server negotiated TLS 1.2 or 1.3 with in a session before
    /// a failure of theirs: for them TLS 1.2 works, and the failures are
    /// intermittent (QA round 13: "TLS 1.2 is missing" beside TLS 1.2
    /// sessions with the same Exchange Online host). Failures that all came
    /// before the first success are the protocol missing, then enabled:
    /// those hosts do not count.
    same_host: u64,
    /// The other failing hosts, when this server had negotiated TLS 1.2 or
    /// 1.3 as the client with some other host before their failure: the
    /// protocol is enabled on the server that wrote the log, so their
    /// failures come from their side or the path (QA round 36: a partner's
    /// SocketError told "TLS 1.2 is missing" beside TLS 1.2 sessions with
    /// another host).
    other_host: u64,
    /// Clients whose handshakes failed so (a Receive log's) after this
    /// server had negotiated TLS 1.2 or 1.3 as the server with another: the
    /// protocol is enabled for receiving, so the clients offer only older
    /// ones or cipher suites it does not accept (QA round 39: an old copier
    /// was told to enable TLS 1.2 on the server).
    as_server: u64,
}

impl Tls12Evidence {
    /// The notes it makes, of the counts that are not zero.
    fn notes(self) -> impl Iterator<Item = Note> {
        [
            (self.same_host > 0).then_some(Note::Tls12Works { hosts: self.same_host }),
            (self.other_host > 0).then_some(Note::Tls12Elsewhere { hosts: self.other_host }),
            (self.as_server > 0).then_some(Note::Tls12ServerWorks { clients: self.as_server }),
        ]
        .into_iter()
        .flatten()
    }
}

fn tls12_works(
    findings: &[Finding],
    by_endpoint: &HashMap<String, String, KeyHasher>,
    as_server: Option<&str>,
) -> Tls12Evidence {
    const RULES: [&str; 2] = ["seed-protolog-socketerror", "protolog-socketerror-other-peer"];
    let mut first_success: HashMap<&str, &str, KeyHasher> = HashMap::default();
    for (endpoint, time) in by_endpoint {
        if let Some(ip) = protolog::endpoint_ip(endpoint) {
            let t = first_success.entry(ip).or_insert(time);
            if time.as_str() < *t {
                *t = time;
            }
        }
    }
    let mut evidence = Tls12Evidence::default();
    if let Some(ok) = as_server {
        evidence.as_server = findings
            .iter()
            .filter(|f| f.rule == "seed-protolog-socketerror-receive" && f.direction == Some(Direction::Inbound))
            .filter(|f| f.last_seen.as_deref().is_some_and(|failed| failed > ok))
            .count() as u64;
    }
    for f in findings.iter().filter(|f| RULES.contains(&f.rule.as_str()) && f.direction == Some(Direction::Outbound)) {
        let Some(failed) = f.last_seen.as_deref() else { continue };
        let own = f.remote_ip.as_deref().and_then(|ip| first_success.get(ip));
        if own.is_some_and(|ok| failed > *ok) {
            evidence.same_host += 1;
        } else if first_success.iter().any(|(ip, ok)| Some(*ip) != f.remote_ip.as_deref() && failed > *ok) {
            evidence.other_host += 1;
        }
    }
    evidence
}

/// The timeline in hour order.
fn timeline_points(t: &Timeline) -> Vec<crate::report::TimelinePoint> {
    let mut v: Vec<crate::report::TimelinePoint> = t
        .by_rule
        .iter()
        .flat_map(|(rule, hours)| {
            hours.iter().map(|(hour, n)| crate::report::TimelinePoint {
                hour: hour.clone(),
                rule: rule.to_string(),
                count: *n,
            })
        })
        .collect();
    v.sort_by(|a, b| a.hour.cmp(&b.hour).then(a.rule.cmp(&b.rule)));
    v
}

/// `Jan 20 10:00:01 host prog[pid]: …` → `Jan 20 10:00:01`.
/// The time stamp a syslog line starts with: RFC 3164 `Jan 20 10:00:01`,
/// RFC 5424 `<22>1 2026-01-20T10:00:01.123+01:00`, an ISO stamp written by
/// rsyslog (`2026-01-20T10:00:01+0100`), Exim's own `2026-01-20 10:00:01`,
/// journalctl's `Tue 2026-01-20 10:00:01 CET`. [`hour_of`] reads each.
pub(crate) fn syslog_time(line: &str) -> Option<&str> {
    // `<PRI>` and RFC 5424's version digit.
    let mut t = line;
    if t.starts_with('<') {
        t = t.split_once('>').map_or(t, |(_, r)| r);
        t = t.strip_prefix("1 ").unwrap_or(t);
    }
    // journalctl's weekday.
    if t.len() > 4 && t.as_bytes()[..3].iter().all(u8::is_ascii_alphabetic) && t.as_bytes()[3] == b' ' {
        let rest = &t[4..];
        let r = rest.as_bytes();
        if r.len() > 5 && r[..4].iter().all(u8::is_ascii_digit) && r[4] == b'-' {
            t = rest;
        }
    }
    let b = t.as_bytes();
    let iso = b.len() >= 19 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-' && b[13] == b':';
    if iso && b[10] == b'T' {
        return t.split(' ').next();
    }
    if iso && b[10] == b' ' {
        return t.get(..19);
    }
    let t = t.get(..15)?;
    let b = t.as_bytes();
    (b[..3].iter().all(u8::is_ascii_alphabetic) && b[3] == b' ' && b[9] == b':' && b[12] == b':').then_some(t)
}

/// Byte span of the error inside the raw line, for highlighting.
fn locate(raw: &str, text: &str, codes: Option<(usize, usize)>) -> (u32, u32) {
    if let Some(off) = find_str(raw, text) {
        let (s, e) = codes.unwrap_or((0, text.len()));
        let end = if codes.is_some() { off + text.len() } else { off + e };
        return ((off + s) as u32, end.min(raw.len()) as u32);
    }
    (0, raw.len() as u32)
}

/// Where a reading is remembered: by all that [`classify_text`] reads
/// besides the text and a status given with it (those are never
/// remembered): the input kind, the side (a refusal of a client apart) and
/// the peer. Keyed by text alone,
/// the first `TLS negotiation failed with error SocketError` row of a log
/// decided the rule of all the others, whichever server each was with (QA):
/// Exchange Online's failures were read as another server's, or the other
/// way round, by the order of the rows.
fn memo_slot(r: &Reading<'_>, peer: Option<kb::Peer>) -> usize {
    let side = match r.direction {
        _ if r.refused_here => 4,
        None => 0,
        Some(Direction::Inbound) => 1,
        Some(Direction::Outbound) => 2,
        Some(Direction::Either) => 3,
    };
    let peer = match peer {
        None => 0,
        Some(kb::Peer::ExchangeOnline) => 1,
        Some(kb::Peer::Other) => 2,
    };
    (r.kind as usize * 5 + side) * 3 + peer
}

/// How many [`memo_slot`]s there are.
const MEMO_SLOTS: usize = 8 * 5 * 3;

/// Texts longer than this are not remembered (see [`LineState::occurrence`]).
const MEMO_TEXT: usize = 512;
/// Remembered readings per input; the memo starts over when full.
const MEMO_ENTRIES: usize = 4096;

/// The reply code and enhanced status of a reading: those found in its
/// text, the status known from elsewhere (a DSN's `Status:`) preferred.
fn codes_of(hit: Option<&smtp::CodeHit>, r: &Reading<'_>) -> (Option<crate::types::ReplyCode>, Option<EnhancedStatus>) {
    let reply = hit.and_then(|h| h.reply);
    let status = r.status.clone().or_else(|| hit.and_then(|h| h.status.clone()));
    (reply, status)
}

/// What [`LineState::occurrence`] works out from a reading's text alone:
/// the codes in it, the rule, and whether it is an error at all.
#[derive(Debug, Clone)]
struct TextReading {
    hit: Option<smtp::CodeHit>,
    rule: Option<&'static Rule>,
    keep: bool,
    /// The codes are the hit's alone (the remote reply inside an envelope),
    /// not the reading's structured status.
    own_codes: bool,
}

/// `peer`: the remote server `r` names, as [`kb::peer_of`] tells it.
fn classify_text(r: &Reading<'_>, peer: Option<kb::Peer>) -> TextReading {
    let hit = smtp::find_codes(&r.text);
    let (reply, status) = codes_of(hit.as_ref(), r);
    let failure = reply.is_some_and(|c| c.class() >= 4) || status.as_ref().is_some_and(EnhancedStatus::is_failure);
    // A failure code is classified whatever the text says; only other text
    // must hold a trigger first.
    // A multi-line reply quoted as one line reads as its sentence.
    let joined = smtp::without_repeated_reply_codes(&r.text);
    let words = joined.as_deref().unwrap_or(&r.text);
    if !failure && !kb::has_trigger(words) {
        return TextReading { hit, rule: None, keep: false, own_codes: false };
    }
    let subject =
        kb::Subject { text: words, reply, status: status.as_ref(), kind: r.kind, direction: r.direction, peer };
    let rule = kb::classify(&subject);
    if r.refused_here && rule.is_none_or(|x| x.direction != Direction::Inbound) {
        return TextReading { hit, rule: None, keep: false, own_codes: false };
    }
    // An envelope rule, or a rule that knows only the outer codes (RFC 3463's
    // or 5321's meaning of `451 4.4.397` in `451 4.4.397 Error communicating
    // with target host. -> 421 4.4.2 Connection dropped due to SocketError`):
    // the reply it wraps says why, when a rule explains that.
    if let Some(inner) = rule.filter(|w| w.wrapper || kb::is_generic(w)).and_then(|w| unwrapped(r, &subject, w)) {
        return inner;
    }
    TextReading { hit, rule, keep: rule.is_some() || failure, own_codes: false }
}

/// The remote server's own reply inside an envelope rule's line (`5.0.350
/// Remote server returned an error -> 554 5.7.1 … blocked using …`), when
/// a rule explains it: that reply is the cause, and its codes go with it.
/// An envelope that explains itself ([`Rule::inner_specific`]) gives way
/// only to an inner reply a specific rule explains: `450 4.4.317 Cannot
/// connect to remote server [Message=451 4.4.0 Socket error SocketError]`
/// says more than x.4.0 does.
fn unwrapped(r: &Reading<'_>, outer: &kb::Subject<'_>, outer_rule: &Rule) -> Option<TextReading> {
    let mut at = smtp::wrapped_reply(&r.text)?;
    // An envelope in an envelope (`550 4.4.7 QUEUE.Expired; message expired
    // [Message=451 4.4.0 Primary target IP address responded with: "451 5.7.3
    // STARTTLS is required to send mail."]`, QA round 31): the innermost
    // reply, a level at a time.
    for _ in 0..3 {
        let text = &r.text[at..];
        let mut hit = smtp::find_codes(text)?;
        let joined = smtp::without_repeated_reply_codes(text);
        let subject = kb::Subject {
            text: joined.as_deref().unwrap_or(text),
            reply: hit.reply,
            status: hit.status.as_ref(),
            ..*outer
        };
        let rule = kb::classify_by_words_or_status(&subject)?;
        if rule.wrapper {
            // Past the inner envelope's own start, so that it is not found again.
            let skip = hit.end;
            at += skip + smtp::wrapped_reply(&text[skip..])?;
            continue;
        }
        if outer_rule.inner_specific && kb::is_generic(rule) {
            return None;
        }
        (hit.start, hit.end) = (hit.start + at, hit.end + at);
        return Some(TextReading { hit: Some(hit), rule: Some(rule), keep: true, own_codes: true });
    }
    None
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The text between `open` (found by its byte at the index given, see
/// [`crate::bytemask::find_str_at`]) and the next `close`.
fn between<'a>(s: &'a str, (open, anchor): (&str, usize), close: &str) -> Option<&'a str> {
    let a = crate::bytemask::find_str_at(s, open, anchor)? + open.len();
    let b = find_str(&s[a..], close)? + a;
    Some(&s[a..b])
}

/// The token after `key` (found by its byte at the index given, see
/// [`crate::bytemask::find_str_at`]) up to a comma or space:
/// `relay=mx.example.com[1.2.3.4]:25`.
fn field_token<'a>(line: &'a str, (key, anchor): (&str, usize)) -> Option<&'a str> {
    let at = crate::bytemask::find_str_at(line, key, anchor)? + key.len();
    line[at..].split([',', ' ']).next().filter(|t| !t.is_empty())
}

/// `host[ip]:port` → (host, ip).
/// The peer a log line names, as (host, IP): Postfix's
/// `relay=mx.example.com[192.0.2.1]:25`, Sendmail's
/// `relay=mx.example.com. [192.0.2.1],` (the name with its root dot, a
/// blank, then the address: the host was read with its dot and the address
/// lost), or ` from host[ip]`.
/// The recipient an Exim main-log line reports a failure for: the address
/// after its flag (`== docs@example.com R=…` deferred, `** …` failed), else
/// the one its remote server refused (`after RCPT TO:<docs@example.com>`).
/// Not a delivery's (`=>`, `->`): what those tell is the connection's (its
/// TLS version), one finding for all its recipients. Nor a `<=` sender.
fn exim_recipient(line: &str) -> Option<&str> {
    let clean = |a: &&str| a.matches('@').count() == 1 && !a.contains(['<', '>', '"', '(']);
    [" == ", " ** "]
        .iter()
        .find_map(|flag| crate::bytemask::find_str_at(line, flag, 1))
        // `** nobody@example.net: Unrouteable address`: the colon is Exim's.
        .and_then(|at| line[at + 4..].split(' ').next().map(|a| a.strip_suffix(':').unwrap_or(a)))
        .filter(clean)
        .or_else(|| after_rcpt_to(line).filter(clean))
}

/// The address Exim's `SMTP error from remote mail server after RCPT
/// TO:<user@host>: …` names (found by its `<`: the line's `a`s are many).
fn after_rcpt_to(line: &str) -> Option<&str> {
    let at = crate::bytemask::find_str_at(line, "after RCPT TO:<", 14)?;
    line[at + 15..].split_once('>').map(|(a, _)| a)
}

fn peer_field(line: &str, exim: bool, dovecot: bool) -> Option<(Option<&str>, Option<&str>)> {
    // Exim's host field (`H=mx.example.org [203.0.113.60]: SMTP error from
    // remote mail server after …`, `H=(helo) [198.51.100.9] F=<…> rejected`).
    // Older Exim and its bounces: `… SMTP error from remote mail server
    // after MAIL FROM:<> SIZE=2402: host gmail-smtp-msa.l.google.com
    // [74.125.43.108]: 530-5.5.1 …`.
    for (needle, anchor) in [(" H=", 1), (" host ", 1)].into_iter().filter(|_| exim) {
        if let Some(at) = crate::bytemask::find_str_at(line, needle, anchor) {
            if let (host, Some(ip)) = crate::grammar::syslog::exim_peer(&line[at + needle.len()..]) {
                return Some((host, Some(ip)));
            }
        }
    }
    // `relay=none`: no connection was made; the reason names the host tried
    // (`connect to mx.example.com[192.0.2.1]:25: Connection timed out`).
    // Dovecot: its client's address (`rip=203.0.113.95, lip=…`).
    if let Some(at) = dovecot.then(|| crate::bytemask::find_str_at(line, ", rip=", 3)).flatten() {
        let ip = line[at + 6..].split([',', ' ']).next().filter(|ip| protolog::is_ip(ip));
        if ip.is_some() {
            return Some((None, ip));
        }
    }
    let Some(relay) = field_token(line, ("relay=", 4)).filter(|r| *r != "none") else {
        // Not Exim's `SMTP error from remote mail server`.
        return bracketed_peer(line)
            .or_else(|| field_token(line, (" from ", 1)).filter(|t| *t != "remote").map(host_and_ip));
    };
    let (host, mut ip) = host_and_ip(relay);
    // Where the token ends in `line` (it is a slice of it).
    let end = relay.as_ptr() as usize - line.as_ptr() as usize + relay.len();
    let after = line.get(end..).unwrap_or("");
    if ip.is_none() {
        // An address (`IP_address` in a redacted sample is none).
        ip = after.strip_prefix(" [").and_then(|b| b.split(']').next()).filter(|i| address_chars(i));
    }
    Some((host.map(|h| h.trim_end_matches('.')).filter(|h| !h.is_empty()), ip))
}

/// The first `name[address]` of a Postfix line (`host mx.example.com[192.0.2.1]
/// said: …`, `lost connection with mx[…]`, `connect from unknown[…]`): the
/// peer it talks of, before any address the reply quotes (Yahoo's `Messages
/// from 198.51.100.7 temporarily deferred` names the sender). The process
/// id (`smtp[1283]`) has no dot or colon, so it is none.
fn bracketed_peer(line: &str) -> Option<(Option<&str>, Option<&str>)> {
    let b = line.as_bytes();
    memchr::memchr_iter(b'[', b).find_map(|open| {
        let close = open + 1 + memchr::memchr(b']', &b[open + 1..])?;
        let ip = &line[open + 1..close];
        // A process id is digits alone.
        let address = address_chars(ip) && ip.contains(['.', ':']);
        let name_len = b[..open]
            .iter()
            .rev()
            .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'))
            .count();
        (address && name_len > 0).then(|| {
            let host = &line[open - name_len..open];
            (Some(host.trim_end_matches('.')).filter(|h| !h.is_empty()), Some(ip))
        })
    })
}

/// Written as an IPv4 or IPv6 address is: hex digits, dots and colons.
fn address_chars(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_hexdigit() || c == b'.' || c == b':')
}

fn host_and_ip(s: &str) -> (Option<&str>, Option<&str>) {
    match s.split_once('[') {
        Some((h, rest)) => (Some(h).filter(|h| !h.is_empty()), rest.split(']').next()),
        None => (Some(s), None),
    }
}

/// An Exim line of a failed (`**`) or deferred (`==`) delivery, its `X=`
/// field at `x` among Exim's own fields (before any quote: a server's
/// reply or a subject may say anything).
fn failed_delivery(line: &str, x: usize) -> bool {
    let quote = memchr::memchr(b'"', line.as_bytes()).unwrap_or(line.len());
    x < quote
        && crate::grammar::syslog::exim_said(line).is_some_and(|(_, s)| s.starts_with("** ") || s.starts_with("== "))
}

/// A line that is just one e-mail address (an NDR's recipient line).
/// A host name alone on its line (`mx1.partner.example`): letters, digits,
/// `-` and dots, two labels at least, the last one of letters.
fn lone_host(line: &str) -> bool {
    let t = line.trim();
    let tld = t.rsplit('.').next().unwrap_or("");
    (4..=253).contains(&t.len())
        && t.contains('.')
        && !t.starts_with('.')
        && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && !t.contains("..")
}

/// `Recipient Address:\tuser@host` (Exchange Online's NDR as text),
/// MDaemon's `Failed address: user@host`, Aliyun's `收件人：user@host`: a
/// bounce's label for the failed recipient, in the languages of the users,
/// and nothing else on the line but the address.
fn labelled_recipient(line: &str) -> Option<&str> {
    // Nearly every line has no address: one search rules them out.
    memchr::memchr(b'@', line.as_bytes())?;
    const LABELS: &[&str] = &[
        "recipient address",
        "failed address",
        "failed recipient",
        "recipient",
        "收件人",
        "收件人地址",
        "địa chỉ người nhận",
        "получатель",
        "адрес получателя",
        "người nhận",
        "gavėjas",
        "destinatar",
    ];
    let (label, rest) = line.split_once([':', '：'])?;
    let label = label.trim();
    if label.chars().count() > 24 || !LABELS.contains(&label.to_lowercase().as_str()) {
        return None;
    }
    lone_address(rest)
}

/// The server an Exchange 2007/2010 NDR names before its status, on the
/// recipient's line (FACTS C.2: `mail.contoso.com #<exchange.contoso.com
/// #5.7.1 smtp;530 5.7.1 …> #SMTP#`, `mx.fabrikam.example #550 5.1.1 …`).
fn legacy_ndr_host(line: &str) -> Option<&str> {
    let (host, rest) = line.trim().split_once(" #")?;
    (rest.starts_with(|c: char| c.is_ascii_digit() || c == '<') && lone_host(host)).then_some(host)
}

/// The first line of an Exchange delay notice (a DSN with `Action:
/// delayed`): `Delivery is delayed to these recipients or groups:` (or
/// `… or distribution lists:`), or the older `Delivery to the following
/// recipients has been delayed.`
fn exchange_delay_heading(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("Delivery is delayed to these recipients")
        || t.starts_with("Delivery to the following recipients has been delayed")
}

/// An Exchange NDR's user section as Outlook copies it: `Accounting
/// (buh@example.com)<mailto:buh@example.com>`, the recipient whose
/// sentence follows (QA round 45: that sentence was a finding of no one).
fn mailto_heading(line: &str) -> Option<&str> {
    let (_, addr) = line.trim_end().strip_suffix('>')?.rsplit_once("<mailto:")?;
    lone_address(addr)
}

fn lone_address(line: &str) -> Option<&str> {
    let t = line.trim().trim_matches(['<', '>']);
    let at = t.find('@')?;
    (at > 0 && !t.contains(char::is_whitespace) && t[at + 1..].contains('.') && t.len() < 256).then_some(t)
}

/// The kinds of [`LINE_MARKERS`] found in `line`, in one pass over it (a
/// `contains` per word would build a searcher per word per line).
fn line_marks(line: &str) -> u8 {
    let mut marks = 0;
    crate::needles::LINE_MARKER_WORDS.search(line.as_bytes(), |id, _| {
        marks |= LINE_MARKERS[id].1;
        false
    });
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ReplyCode;

    /// The labels told by their first byte are the list they replace, read
    /// in turn: every label, alone, followed by text, followed by `failed`,
    /// cut short, in another case, and text that starts with no label.
    #[test]
    fn routine_information_is_the_label_list_read_in_turn() {
        const LABELS: &[&str] = &[
            "Set Session Permissions",
            "attempting to connect",
            "Sending certificate",
            "Received certificate",
            "Remote certificate",
            "Certificate subject",
            "Certificate issuer name",
            "Certificate serial number",
            "Certificate thumbprint",
            "Certificate alternate names",
            "TLS protocol SP_PROT_TLS1_2_",
            "TLS protocol SP_PROT_TLS1_3_",
            "Received DirectTrust certificate",
            "Proxy target certificate",
            "Secure domain certificate",
            "SmartHost certificate",
        ];
        let listed = |c: &str| LABELS.iter().any(|r| c.starts_with(r)) && !c.contains("failed");
        let mut contexts = vec![String::new(), "TLS protocol SP_PROT_TLS1_0_CLIENT".into(), "failed".into()];
        for l in LABELS {
            contexts.push(l.to_string());
            contexts.push(format!("{l}CLIENT negotiation succeeded"));
            contexts.push(format!("{l} failed"));
            contexts.push(format!("{l}failed"));
            contexts.push(l[..l.len() - 1].to_string());
            contexts.push(l.to_lowercase());
            contexts.push(format!("x{l}"));
        }
        for c in &contexts {
            assert_eq!(routine_information(c), listed(c), "{c:?}");
        }
        assert!(routine_information("TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption"));
        assert!(!routine_information("Certificate thumbprint validation failed"));
    }

    /// A Send log whose addresses name no peer (masked, or documentation
    /// ones): the remote server's greeting in the same session does (QA
    /// round 39). Exchange Online's greeting keeps the headline rule.
    #[test]
    fn a_send_logs_greeting_names_the_peer_of_a_socketerror() {
        let log = |ip: &str, banner: &str| {
            let row = |seq: u32, event: &str, data: &str| {
                format!(
                    "2021-01-11T12:00:00.{seq:03}Z,Outbound,08D8B6C1A2B3C4D5,{seq},10.0.0.5:25123,{ip}:25,{event},{data},\n"
                )
            };
            "#Log-type: SMTP Send Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n".to_string()
                + &row(0, "+", "")
                + &row(1, "<", &format!("220 {banner} ESMTP"))
                + &row(2, ">", "EHLO mail.fabrikam.com")
                + &row(3, ">", "STARTTLS")
                + &row(4, "<", "220 2.0.0 Ready to start TLS")
                + &row(5, "*", "TLS negotiation failed with error SocketError")
                + &row(6, "-", "")
        };
        for ip in ["x.x.x.x", "192.0.2.25"] {
            let r = analyze("SEND.LOG", log(ip, "mx1.partner-example.net").as_bytes());
            let f = r.findings.iter().find(|f| f.rule.contains("socketerror")).unwrap();
            assert_eq!(
                (f.rule.as_str(), f.remote_host.as_deref()),
                ("protolog-socketerror-other-peer", Some("mx1.partner-example.net")),
                "{ip}"
            );
            let r = analyze("SEND.LOG", log(ip, "BN8NAM12FT064.mail.protection.outlook.com").as_bytes());
            assert!(r.findings.iter().any(|f| f.rule == "seed-protolog-socketerror"), "{ip}");
        }
    }

    /// Sendmail's transcript quotes each line of the server's reply after
    /// `<<< `: a multi-line reply is one reading there too (it was three
    /// generic 5.7.1 findings), with the server it was talking to.
    #[test]
    fn a_multi_line_reply_in_a_sendmail_transcript_is_one_finding() {
        let text = "   ----- Transcript of session follows -----\n\
            ... while talking to gmail-smtp-in.l.google.com.:\n\
            >>> DATA\n\
            <<< 550-5.7.1 [203.0.113.9      15] Our system has detected that this message is\n\
            <<< 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n\
            <<< 550 5.7.1 this message has been blocked. x1si123 - gsmtp\n\
            554 5.0.0 Service unavailable\n";
        let r = analyze("bounce.txt", text.as_bytes());
        let f = r.findings.iter().find(|f| f.status.as_deref() == Some("5.7.1")).unwrap();
        assert_eq!((f.rule.as_str(), f.count, f.first_line), ("bounce-gmail-unsolicited", 1, 4));
        assert_eq!(f.remote_host.as_deref(), Some("gmail-smtp-in.l.google.com"));
        assert!(f.evidence[0].text.ends_with("this message has been blocked. x1si123 - gsmtp"));
    }

    /// Exchange writes each line of a multi-line reply as a row, with other
    /// sessions' rows between them: one reply is one finding, read whole
    /// (Gmail's rate limit is its own rule, not three generic 4.7.0s), at
    /// its first row. A session that ends mid-reply, or a log that does,
    /// still has what came of it read.
    #[test]
    fn a_multi_line_reply_over_rows_is_one_finding() {
        let row = |sid: &str, seq: u32, ip: &str, event: &str, data: &str| {
            // A cell with a comma is quoted (RFC 4180), as Exchange writes it.
            let data = if data.contains(',') { format!("\"{data}\"") } else { data.to_string() };
            format!("2026-11-02T10:00:00.{seq:03}Z,Internet,{sid},{seq},10.0.0.5:51000,{ip}:25,{event},{data},\n")
        };
        let (a, b, c) = ("08DE5A010000001F", "08DE5A0100000020", "08DE5A0100000021");
        let (gmail, other, third) = ("142.250.1.27", "198.51.100.7", "198.51.100.8");
        let log = "#Log-type: SMTP Send Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n".to_string()
            + &row(a, 1, gmail, "<", "220 mx.google.com ESMTP x1si123 - gsmtp")
            + &row(a, 2, gmail, "<", "421-4.7.0 [203.0.113.9      15] Our system has detected an unusual rate of")
            + &row(b, 1, other, "<", "250 2.1.0 OK")
            + &row(a, 3, gmail, "<", "421-4.7.0 unsolicited mail originating from your IP address. To protect our")
            + &row(b, 2, other, "<", "550-5.1.1 The email account that you tried to reach does not exist.")
            + &row(a, 4, gmail, "<", "421 4.7.0 users from spam, mail sent from your IP address has been temporarily rate limited.")
            + &row(b, 3, other, "-", "")
            + &row(c, 1, third, "<", "451-4.3.0 Temporary local problem")
            + &row(a, 5, gmail, "-", "");
        let r = analyze("SEND.LOG", log.as_bytes());
        let rules: Vec<(&str, u64, u64)> =
            r.findings.iter().map(|f| (f.rule.as_str(), f.count, f.first_line)).collect();
        assert_eq!(r.findings.len(), 3, "{rules:?}");
        let at = |ip: &str| r.findings.iter().find(|f| f.remote_ip.as_deref() == Some(ip)).unwrap();
        let g = at(gmail);
        assert_eq!((g.rule.as_str(), g.count, g.first_line), ("bounce-gmail-unusual-rate", 1, 4), "{rules:?}");
        assert!(g.evidence[0].text.ends_with("temporarily rate limited."), "{}", g.evidence[0].text);
        assert_eq!(g.evidence[0].text.matches("4.7.0").count(), 1, "{}", g.evidence[0].text);
        // Shown as the reply's lines joined, marked from its code on.
        let e = &g.evidence[0];
        assert_eq!((e.raw.as_str(), e.span), (e.text.as_str(), (0, e.text.len() as u32)));
        // Cut off by the session's end: read as far as it went.
        let o = at(other);
        assert_eq!((o.count, o.status.as_deref()), (1, Some("5.1.1")), "{rules:?}");
        assert_eq!(o.evidence[0].text, "550-5.1.1 The email account that you tried to reach does not exist.");
        // Cut off by the log's end.
        assert_eq!(at(third).status.as_deref(), Some("4.3.0"), "{rules:?}");
    }

    /// `quotes_a_message` compares blind to ASCII case against the markers
    /// as written: they must be lower case.
    #[test]
    fn quoted_markers_are_lower_case_and_found_in_any_case() {
        assert!(QUOTED_MARKERS.iter().all(|m| *m == m.to_ascii_lowercase()));
        assert!(quotes_a_message("------ Original Message Headers ------"));
        assert!(!quotes_a_message("  ----- The following addresses had permanent fatal errors -----"));
        assert!(quotes_a_message("UNDELIVERED MESSAGE HEADERS FOLLOW:"));
    }

    /// Postfix's bookkeeping lines are passed over unread: read as any
    /// syslog line, they are recognised and give no finding. Nor do the
    /// words of an address in them now (a sender's `reject-550-5.7.1@…` was
    /// a 5.7.1 finding); a failure among them is read as ever.
    #[test]
    fn postfix_bookkeeping_lines_are_passed_over_as_read() {
        let lines = [
            "Dec  1 00:00:01 mail postfix/cleanup[1008]: DA8201E2BD: message-id=<79cb830c71c2@mx.example.net>",
            "Dec  1 00:00:01 mail postfix/qmgr[900]: DA8201E2BD: from=<user644@example.net>, size=81472, nrcpt=1 (queue active)",
            "Dec  1 00:00:01 mail postfix/qmgr[900]: DA8201E2BD: removed",
            "Dec  1 00:00:01 mail postfix/pickup[1004]: DA8201E2BD: uid=1000 from=<user>",
        ];
        for line in lines {
            assert!(crate::grammar::syslog::postfix_bookkeeping(line), "{line}");
            // The general reading, which they no longer get.
            let mut s = LineState::new();
            let r = s.read(line, None).unwrap();
            assert_eq!((r.kind, r.recognised), (InputKind::Syslog, true), "{line}");
            assert!(!s.occurrence(1, 0, line, &r), "{line}");
        }
        let odd = "Dec  1 00:00:01 mail postfix/qmgr[900]: DA8201E2BD: from=<reject-550-5.7.1@example.net>, size=81472, nrcpt=1 (queue active)";
        let failure = "Dec  1 00:00:02 mail postfix/smtp[1010]: DA8201E2BD: to=<b@example.org>, relay=mx.example.org[203.0.113.5]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (host mx.example.org[203.0.113.5] said: 550 5.1.1 <b@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))";
        let log = [lines[0], odd, failure, lines[2], lines[3]].join("\n");
        let r = analyze("maillog", log.as_bytes());
        assert_eq!((r.kind, r.lines, r.unrecognised_lines), (InputKind::Syslog, 5, 0));
        let found: Vec<(Option<&str>, u64)> = r.findings.iter().map(|f| (f.status.as_deref(), f.first_line)).collect();
        assert_eq!(found, [(Some("5.1.1"), 3)]);
    }

    /// An Exchange NDR's diagnostic block names the remote server on a line
    /// of its own: a partner's SocketError is the partner's (QA round 39),
    /// Exchange Online's stays the headline rule.
    #[test]
    fn an_ndr_names_its_remote_server_on_a_line_of_its_own() {
        let ndr = |host: &str| {
            format!(
                "Diagnostic information for administrators:\n\nGenerating server: EX2016-01.fabrikam.local\n\ndave@partner-example.net\n{host}\nRemote Server returned '421 4.4.2 Connection dropped due to SocketError'\n"
            )
        };
        let r = analyze("ndr.txt", ndr("mx1.partner-example.net").as_bytes());
        assert_eq!(
            (r.findings[0].rule.as_str(), r.findings[0].remote_host.as_deref()),
            ("socketerror-other-peer", Some("mx1.partner-example.net"))
        );
        let r = analyze("ndr.txt", ndr("fabrikam-com.mail.protection.outlook.com").as_bytes());
        assert_eq!(r.findings[0].rule, "seed-ndr-socketerror");
    }

    /// `Get-Queue | fl`'s LastError field is a queue's error, whatever it
    /// quotes (QA round 39: a plain 421 4.4.2 got the NDR's advice).
    #[test]
    fn a_queues_last_error_field_is_a_queue_error() {
        let r = analyze("paste", b"NextHopDomain     : contoso.mail.onmicrosoft.com\nLastError         : 421 4.4.2 Connection dropped due to SocketError\n");
        assert_eq!(
            (r.findings[0].rule.as_str(), r.findings[0].kind),
            ("seed-queue-socketerror", InputKind::QueueError)
        );
        // A queue to another domain's servers: its next hop is the peer
        // (QA round 49: "cannot deliver to Exchange Online" for gmail.com).
        let rule = |text: &str| analyze("paste", text.as_bytes()).findings[0].rule.clone();
        let other = "Identity       : EX01\\12345\nDeliveryType   : DnsConnectorDelivery\nNextHopDomain  : gmail.com\n\
            LastError      : 421 4.4.2 Connection dropped due to SocketError\n";
        assert_eq!(rule(other), "socketerror-other-peer");
        // A tenant's routing domain is Exchange Online; the next queue of
        // the listing has a next hop of its own.
        let tenant = "NextHopDomain  : fabrikam-corp.mail.onmicrosoft.com\nLastError      : 421 4.4.2 Connection dropped due to SocketError\n";
        assert_eq!(rule(tenant), "seed-queue-socketerror");
        let next = format!(
            "{other}\nIdentity       : EX01\\12346\nLastError      : 421 4.4.2 Connection dropped due to SocketError\n"
        );
        let r = analyze("paste", next.as_bytes());
        let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
        assert!(rules.contains(&"seed-queue-socketerror") && rules.contains(&"socketerror-other-peer"), "{rules:?}");
        // An error that names its own server keeps it (QA round 50).
        let named = "NextHopDomain  : fabrikam.com\nLastError      : 421 4.4.1 Connection timed out to mx.partner-relay.net[203.0.113.77]\n";
        assert_eq!(analyze("paste", named.as_bytes()).findings[0].remote_host, None);
    }

    #[test]
    fn line_count_is_what_lines_counts() {
        for t in ["", "a", "a\n", "a\n\n", "\n", "a\r\nb", "a\r\nb\r\n", "\n\nx", "x\ny\nz"] {
            assert_eq!(line_count(t), t.lines().count() as u64, "{t:?}");
        }
    }

    /// Header fields past the 8 KiB looked at and no blank line after them:
    /// no message to decode, and the error after them is found (the page's
    /// test of a 880 KB paste, once the cut line no longer hid the fields).
    #[test]
    fn header_lines_without_a_body_are_read_as_lines() {
        let big = "Received: from a by b\n".repeat(40_000) + "421 4.4.2 Connection dropped due to SocketError\n";
        let r = analyze("big.txt", big.as_bytes());
        assert_eq!(r.findings.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(), ["seed-ndr-socketerror"]);
    }

    /// Blank lines alone are an empty input (QA round 38: no note at all);
    /// a JSON export with nothing to read from is not.
    #[test]
    fn blanks_alone_are_empty() {
        assert_eq!(analyze("paste", b"  \r\n\n\t\n").notes, [Note::Empty]);
        assert!(analyze("events.json", br#"[{"event":"delivered","email":"a@example.org"}]"#).notes.is_empty());
        assert!(analyze("paste", b"\n550 5.1.1 User unknown\n").notes.is_empty());
    }

    /// A bounce for more recipients than are told apart keeps every one in
    /// its totals, and the last one's other error too (QA round 38).
    #[test]
    fn a_bounce_with_thousands_of_recipients_loses_none() {
        let mut dsn = String::from("Reporting-MTA: dns; mx.example.org\r\n\r\n");
        for i in 0..1200 {
            dsn += &format!(
                "Final-Recipient: rfc822; u{i}@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
            );
        }
        dsn += "Final-Recipient: rfc822; last@example.org\r\nAction: failed\r\nStatus: 5.4.316\r\nDiagnostic-Code: smtp; 550 5.4.316 Message expired, connection refused\r\n\r\n";
        let eml = format!(
            "From: postmaster@example.org\r\nTo: a@example.org\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n{dsn}--B--\r\n"
        );
        let r = analyze("big.eml", eml.as_bytes());
        let total = |rule: &str| r.findings.iter().filter(|f| f.rule == rule).map(|f| f.count).sum::<u64>();
        let unknown = r.findings.iter().find(|f| f.status.as_deref() == Some("5.1.1")).map(|f| f.rule.clone()).unwrap();
        assert_eq!(total(&unknown), 1200);
        assert!(
            r.findings.iter().any(|f| f.status.as_deref() == Some("5.4.316")),
            "{:?}",
            r.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
        );
        assert!(r.notes.iter().any(|n| matches!(n, Note::RecipientsGrouped { .. })));
    }

    /// Postfix's deferrals of one recipient are attempts: the same codes
    /// (`421`, `dsn=4.0.0`) under different causes stay two findings (QA
    /// round 35: Orange's `Too many connections` then `Service refused`);
    /// the same cause twice is one finding counted twice.
    #[test]
    fn a_recipients_deferrals_for_different_causes_stay_apart() {
        let line = |n: u32, said: &str| {
            format!(
                "May 14 08:0{n}:01 mx1 postfix/smtp[120{n}]: A1B2C3D4E5: to=<jean@orange.example>, relay=smtp-in.orange.example[192.0.2.65]:25, delay=0.4, delays=0.1/0/0.3/0, dsn=4.0.0, status=deferred (host smtp-in.orange.example[192.0.2.65] refused to talk to me: {said})\n"
            )
        };
        let log = line(
            1,
            "421 mwinf5c14 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]",
        ) + &line(2, "421 Service not available, closing transmission channel")
            + &line(3, "421 mwinf5c14 ME Too many connections, slow down. OFR004_104 [104]");
        let found: Vec<(String, u64)> =
            analyze("maillog", log.as_bytes()).findings.iter().map(|f| (f.rule.clone(), f.count)).collect();
        assert_eq!(
            found,
            [("bounce-too-many-connections".to_string(), 2), ("bounce-service-not-available".to_string(), 1)],
            "{found:?}"
        );
    }

    #[test]
    fn a_returned_header_block_is_not_read_whatever_its_heading_language() {
        // A Russian NDR: its heading is none the marker list knows; the
        // block's Subject quoted an error and made a critical finding.
        let ndr = "Не удалось доставить сообщение следующим получателям или группам:

ivanov@partner.example
Удаленный сервер возвратил \"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\"

Исходные заголовки сообщения:

Received: from EX01.contoso.local (10.0.0.5) by EX02.contoso.local (10.0.0.6) with Microsoft SMTP Server
 id 15.1.2507.6; Tue, 20 Jan 2026 10:00:00 +0100
Subject: RE: 421 4.4.2 Connection dropped due to SocketError - ticket 4711
From: Admin <admin@contoso.example>

421 4.4.2 Connection dropped due to SocketError
";
        let r = analyze("ndr.txt", ndr.as_bytes());
        let got: Vec<(&str, u64)> = r.findings.iter().map(|f| (f.rule.as_str(), f.first_line)).collect();
        // The reply after the block's end is read again.
        assert_eq!(got, [("seed-ndr-socketerror", 13), ("exo-5-1-1-recip-not-found", 4)]);
        // A block cut out of its message, no blank line after it: the first
        // line that is no header field ends it.
        let cut = "Received: from a by b\n\tid 15.1.2507.6\nSubject: 550 5.7.1 test\n421 4.4.2 Connection dropped due to SocketError\n";
        let rules: Vec<String> = analyze("cut.txt", cut.as_bytes()).findings.iter().map(|f| f.rule.clone()).collect();
        assert_eq!(rules, ["seed-ndr-socketerror"]);
    }

    #[test]
    fn an_ndr_sentence_without_codes_is_its_recipients_coded_failure() {
        let ndr = "Delivery has failed to these recipients or groups:
bob@partner.example
The recipient server did not accept our requests to connect.
Diagnostic information for administrators:
Generating server: EX01.contoso.local
bob@partner.example
Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'
";
        let r = analyze("ndr.txt", ndr.as_bytes());
        let got: Vec<(&str, Option<&str>, u64)> =
            r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref(), f.count)).collect();
        // One failure, told twice: counted once.
        assert_eq!(got, [("queue-expired", Some("bob@partner.example"), 1)]);
    }

    #[test]
    fn a_relay_is_read_with_its_address_in_either_mta_s_shape() {
        for (line, host, ip) in [
            (
                "postfix/smtp[1]: 4F2C1: to=<u@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=4.4.1",
                Some("mx.example.net"),
                Some("192.0.2.1"),
            ),
            (
                "sendmail[2]: x: to=<r@goransoncpa.com>, mailer=esmtp, relay=goransoncpa-com.mail.eo.outlook.com. [104.47.55.138], dsn=4.0.0",
                Some("goransoncpa-com.mail.eo.outlook.com"),
                Some("104.47.55.138"),
            ),
            ("sendmail[2]: x: to=<r@x.example>, relay=mx.x.example., dsn=4.0.0", Some("mx.x.example"), None),
            ("sm-mta[3]: x: to=<recipient>, relay=MTA. [IP_address], dsn=4.0.0", Some("MTA"), None),
            ("postfix/smtpd[3]: connect from unknown[198.51.100.7]", Some("unknown"), Some("198.51.100.7")),
            // The peer named before the reply, not the sender its words quote.
            (
                "postfix/smtp[1295]: BC495: host mta7.am0.yahoodns.net[192.0.2.110] said: 421 4.7.0 [TSS04] Messages from 198.51.100.108 temporarily deferred",
                Some("mta7.am0.yahoodns.net"),
                Some("192.0.2.110"),
            ),
            (
                "postfix/smtp[1295]: BC495: lost connection with mx.example.net[2001:db8::25] while sending RCPT TO",
                Some("mx.example.net"),
                Some("2001:db8::25"),
            ),
        ] {
            assert_eq!(peer_field(line, false, false), Some((host, ip)), "{line}");
        }
    }

    #[test]
    fn a_multi_line_reply_is_one_reading() {
        // Gmail's reply as its bounce quotes it (RFC 5321 §4.2.1): each line
        // was a finding, one of them another cause (spam, not a rate limit).
        let rate = "421-4.7.28 [198.51.100.9      15] Our system has detected an unusual rate of
421-4.7.28 unsolicited mail originating from your IP address. To protect our
421-4.7.28 users from spam, mail sent from your IP address has been temporarily
421-4.7.28 rate limited. Please visit
421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to
421 4.7.28 review our Bulk Email Senders Guidelines. a1si1234567wrb.12 - gsmtp
";
        let auth = "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.
550-5.7.26
550-5.7.26  Authentication results:
550-5.7.26  DKIM = did not pass
550-5.7.26  SPF [contoso.example] with ip: [198.51.100.9] = did not pass
550-5.7.26
550-5.7.26  For instructions on setting up authentication, go to
550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1si1234567wrb.12 - gsmtp
";
        let found = |text: &str| -> Vec<(String, u64, u64)> {
            analyze("paste", text.as_bytes()).findings.iter().map(|f| (f.rule.clone(), f.count, f.first_line)).collect()
        };
        assert_eq!(found(rate), [("bounce-gmail-unusual-rate".to_string(), 1, 1)]);
        assert_eq!(found(auth), [("bounce-gmail-unauthenticated".to_string(), 1, 1)]);
        // Two replies one after the other stay two; a reply's last line ends it.
        let both = found(&format!("{rate}{auth}"));
        assert_eq!(
            both.iter().map(|(r, ..)| r.as_str()).collect::<Vec<_>>(),
            ["bounce-gmail-unusual-rate", "bounce-gmail-unauthenticated"]
        );
        assert_eq!(both[1].2, 7);
    }

    #[test]
    fn a_schannel_event_in_any_language_is_read_by_its_id_and_numbers() {
        let rules = |text: &str| -> Vec<String> {
            analyze("paste", text.as_bytes()).findings.iter().map(|f| f.rule.clone()).collect()
        };
        // Event Viewer's text in Russian (QA round 16), its computer name's
        // digits before the message not taken for the alert code.
        let ru = "Имя журнала:   System
Источник:      Schannel
Код события:   36887
Уровень:       Ошибка
Компьютер:     EX01.corp.example.ru
Описание:
Получено неустранимое предупреждение от удаленной конечной точки. Код неустранимого предупреждения, определенный протоколом TLS: 70.
";
        assert_eq!(rules(ru), ["win-36887-alert-70"]);
        let zh = "来源:          Schannel
事件 ID:       36874
描述:
从远程客户端应用程序收到一个 TLS 1.0 连接请求，但服务器不支持客户端应用程序支持的任何密码套件。TLS 连接请求失败。

来源:          Schannel
事件 ID:       36888
描述:
生成了一个严重警报并将其发送到远程终结点。这可能导致连接终止。TLS 协议所定义的严重错误代码为 40。Windows SChannel 错误状态为 1205。
";
        assert_eq!(rules(zh), ["win-36874-no-common-cipher-suite", "win-36888-alert-40-state-1205"]);
        // An Event Viewer CSV export: all on one row.
        let csv = "Level,Date and Time,Source,Event ID,Task Category
Error,15.01.2024 10:31:04,Schannel,36887,None,\"Получено неустранимое предупреждение от удаленной конечной точки. Код неустранимого предупреждения, определенный протоколом TLS: 70.\"
";
        assert_eq!(rules(csv), ["win-36887-alert-70"]);
        // `Get-WinEvent | Format-List` on a Russian system: the certificate
        // events have no number to read, their ID says it all. (Message
        // texts written for this test, not Windows' own translations.)
        let fl = "TimeCreated  : 06.12.2026 10:00:01
ProviderName : Schannel
Id           : 36882
Message      : Сертификат, полученный от удаленного сервера, выдан центром сертификации, не являющимся доверенным.

TimeCreated  : 06.12.2026 10:05:01
ProviderName : Schannel
Id           : 36884
Message      : Сертификат, полученный от удаленного сервера, не содержит ожидаемого имени. Ожидаемое имя сервера: mx.example.net.
";
        assert_eq!(rules(fl), ["win-36882-remote-cert-untrusted-ca", "win-36884-remote-cert-name-mismatch"]);
        // QA round 28: the other forms of the same events.
        // Event Viewer's "Save as" text: tab-separated, one event a row.
        let tab = "级别\t日期和时间\t来源\t事件 ID\t任务类别\n\
                   错误\t2024/3/14 9:12:44\tSchannel\t36887\t无\t从远程终结点收到一个严重警报。TLS 协议所定义的严重警报代码为 46。\n";
        assert_eq!(rules(tab), ["win-36887-alert-46"]);
        // `Export-Csv`: the message first, then the ID and numbers of its own.
        let csv = "\"Message\",\"Id\",\"Version\",\"Qualifiers\",\"Level\",\"RecordId\",\"ProviderName\"\n\
                   \"Получено неустранимое предупреждение от удаленной конечной точки. Код, определенный протоколом TLS: 70.\",\"36887\",\"0\",\"\",\"2\",\"48211\",\"Schannel\"\n";
        assert_eq!(rules(csv), ["win-36887-alert-70"]);
        // `wevtutil qe /f:text`: fields indented under `Event[0]:`.
        let wevtutil = "Event[0]:\n  Log Name: System\n  Source: Schannel\n  Date: 2024-03-14T09:12:44.123\n  Event ID: 36871\n  Description: \n\
                        创建 TLS 客户端凭据时发生严重错误。内部错误状态为 10013。\n";
        assert_eq!(rules(wevtutil), ["win-36871-protocol-mismatch-10013"]);
        // An event's XML an element a line: the numbers of its `<Data>`
        // elements, not of its time stamp; after the event's text ("Copy
        // details"), the same event once.
        let xml = "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n  <System>\n\
                   <Provider Name=\"Schannel\" />\n    <EventID>36888</EventID>\n\
                   <TimeCreated SystemTime=\"2024-03-14T08:12:44.1234567Z\" />\n  </System>\n  <EventData>\n\
                   <Data Name=\"AlertDesc\">40</Data>\n    <Data Name=\"ErrorState\">1205</Data>\n  </EventData>\n</Event>\n";
        assert_eq!(rules(xml), ["win-36888-alert-40-state-1205"]);
        let details = format!(
            "Log Name:      System\nSource:        Schannel\nEvent ID:      36888\nDescription:\n\
             Сгенерировано неустранимое предупреждение. Код неустранимой ошибки, определенный протоколом TLS: 40. Состояние ошибки Windows SChannel: 1205.\n\
             Event Xml:\n{xml}"
        );
        let found = analyze("paste", details.as_bytes()).findings;
        assert_eq!(
            found.iter().map(|f| (f.rule.as_str(), f.count)).collect::<Vec<_>>(),
            [("win-36888-alert-40-state-1205", 1)]
        );
        // Another source's event of the same number is not Schannel's.
        let other = "Source:        Schannel\nEvent ID:      36880\nDescription:\nA TLS server handshake completed successfully.\n\n\
                     Source:        MSExchange Monitoring\nEvent ID:      36887\nDescription:\n\
                     The monitoring probe result was stored. Counter 46 was reset for the next interval.\n";
        assert!(rules(other).is_empty(), "{:?}", rules(other));
        // The same number in a field of another source reads nothing.
        let other = "Source port: 36887
Получено 12 сообщений от удаленного сервера, все они были успешно доставлены получателям.
";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_reply_wrapped_in_a_paste_is_one_reading() {
        let found = |text: &str| -> Vec<(String, Option<String>, Option<String>, u64)> {
            analyze("paste", text.as_bytes())
                .findings
                .iter()
                .map(|f| (f.rule.clone(), f.reply.map(|r| r.0.to_string()), f.status.clone(), f.count))
                .collect()
        };
        let one = |rule: &str, reply: &str, status: &str| {
            vec![(rule.to_string(), Some(reply.to_string()), Some(status.to_string()), 1)]
        };
        // Postfix's report cut after the reply code, its indentation lost.
        let postfix = "The mail system

<pat@yahoo.example>: host mta7.am0.yahoodns.net[192.0.2.94] said: 421
4.7.0 [TSS04] Messages from 198.51.100.14 temporarily deferred due to
unexpected volume or user complaints - 4.16.55.1; see
https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)
";
        assert_eq!(found(postfix), one("bounce-yahoo-complaints-deferred", "421", "4.7.0"));
        // qmail quotes a multi-line reply after words of its own.
        let qmail = "<pat@example.org>:
192.0.2.27 failed after I sent the message.
Remote host said: 550-5.7.1 Unauthenticated email from example.net is not accepted due to
550-5.7.1 domain's DMARC policy. Please contact the administrator of
550-5.7.1 example.net domain if this was a legitimate mail. Please visit
550-5.7.1  https://support.google.com/mail/answer/2451690 to learn about the
550 5.7.1 DMARC initiative. r75si5694561wmf.156 - gsmtp
";
        assert_eq!(found(qmail), one("bounce-dmarc-reject", "550", "5.7.1"));
        // An Exchange NDR's attempt lines, wrapped inside their quotes.
        let ndr = "1/29/2022 4:27:02 PM - Server at mx.example.com (192.0.2.70) returned '450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Socket error
SocketError] [LastAttemptedServerName=mx.example.com] [LastAttemptedIP=192.0.2.70:25] [BN7NAM10FT066.eop-nam10.prod.protection.outlook.com](451 4.4.0
Socket error SocketError)'
";
        assert_eq!(found(ndr), one("exo-4-4-317-cannot-connect", "450", "4.4.317"));
        // Its peer is the server it last tried.
        let f = &analyze("paste", ndr.as_bytes()).findings[0];
        assert_eq!((f.remote_host.as_deref(), f.remote_ip.as_deref()), (Some("mx.example.com"), Some("192.0.2.70")));
        // Without the cut, lines stay apart: two replies, two findings.
        let two = "<a@example.org>: host mx[192.0.2.1] said: 550 5.1.1 No such user
<b@example.org>: host mx[192.0.2.1] said: 552 5.2.2 Mailbox full
";
        assert_eq!(found(two).len(), 2);
        // Go's net/textproto joins a reply's lines without their `550-`
        // (PMail's log, QA round 15): each was a finding of its own.
        let go = "[error] send failed: 550 5.7.25 [2001:db8::69] The IP address sending this message does not
5.7.25 have a PTR record setup, or the corresponding forward DNS entry does
5.7.25 not match the sending IP. As a policy, Gmail does not accept
5.7.25 messages from IPs with missing PTR records. - gsmtp
";
        assert_eq!(found(go), one("bounce-gmail-ptr", "550", "5.7.25"));
        // A piece of a multi-line reply wrapped without its code (Exim kept
        // Gmail's IPv6 on a line of its own; IceWarp wraps at 72 columns).
        let wrapped = "    550-5.7.26 This mail has been blocked because the sender is unauthenticated.
    550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
    550-5.7.26  SPF [example.ru] with ip:
    [2001:db8:7722:1:77:222:41:79] =
    550-5.7.26 did not pass
    550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1si1 - gsmtp
";
        assert_eq!(found(wrapped), one("bounce-gmail-unauthenticated", "550", "5.7.26"));
        let icewarp = "<pat@example.com> (gmail-smtp-in.l.google.com: 550-5.7.1 This
message does not have authentication information or fails to pass
550-5.7.1 authentication checks. To best protect our users from spam, the
550 5.7.1 information. f22si993743pgv.578 - gsmtp)
<kim@example.com> (gmail-smtp-in.l.google.com: 550-5.7.1 This message
does not have authentication information or fails to pass
550 5.7.1 information. f22si993743pgv.578 - gsmtp)
";
        // Exim's line pasted without the address above it names the recipient.
        let exim_rcpt = "SMTP error from remote mail server after RCPT TO:<pat@example.com>: 550-5.1.1 The email account that you tried to reach does not exist.";
        let f = &analyze("paste", exim_rcpt.as_bytes()).findings;
        assert_eq!(f.iter().map(|f| f.recipient.as_deref()).collect::<Vec<_>>(), [Some("pat@example.com")]);
        // One finding a recipient.
        assert_eq!(
            found(icewarp),
            [one("bounce-gmail-unauthenticated", "550", "5.7.1"), one("bounce-gmail-unauthenticated", "550", "5.7.1")]
                .concat()
        );
        // A name with `-239-` in it opens no reply: the next log line is
        // no piece of it.
        let exim = "2017-04-20 12:06:19 1d18yh-0006Kd-Ji <= a@example.fr H=mou03-h01-176-128-239-175.dsl.example [198.51.100.99] P=esmtpa S=723
2017-04-20 10:05:08 1d175P-0002Rb-Pn <= b@example.fr H=smtp05.example.fr [198.51.100.164] P=esmtps X=TLS1.0:DHE_RSA_AES_128_CBC_SHA1:128 CV=no S=10710
";
        let f = &analyze("paste", exim.as_bytes()).findings;
        assert_eq!(
            f.iter().map(|f| (f.rule.as_str(), f.remote_ip.as_deref())).collect::<Vec<_>>(),
            [("mta-tls-exim-legacy-version", Some("198.51.100.164"))]
        );
    }

    #[test]
    fn a_failed_login_and_its_reply_are_one_finding_of_their_peer() {
        let log = "#Log-type: SMTP Receive Protocol Log
#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context
2020-04-02T08:29:05.241Z,EX01\\Client Frontend EX01,08D7D4D2EFBC4D5E,10,192.0.2.101:587,198.51.100.30:58556,*,,Inbound AUTH LOGIN failed because of LogonDenied
2020-04-02T08:29:10.249Z,EX01\\Client Frontend EX01,08D7D4D2EFBC4D5E,13,192.0.2.101:587,198.51.100.30:58556,>,535 5.7.3 Authentication unsuccessful,
2020-04-02T08:31:07.381Z,EX01\\Client Frontend EX01,08D7D4D2EFBC4D65,15,192.0.2.101:587,203.0.113.60:24175,*,,Inbound AUTH LOGIN failed because of LogonDenied
2020-04-02T08:31:12.381Z,EX01\\Client Frontend EX01,08D7D4D2EFBC4D65,18,192.0.2.101:587,203.0.113.60:24175,>,535 5.7.3 Authentication unsuccessful,
";
        let r = analyze("RECV2020040208-1.LOG", log.as_bytes());
        let got: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.remote_ip.as_deref(), f.reply.map(|c| c.0), f.count))
            .collect();
        assert_eq!(
            got,
            [
                ("tls-inbound-auth-denied", Some("198.51.100.30"), Some(535), 2),
                ("tls-inbound-auth-denied", Some("203.0.113.60"), Some(535), 2),
            ]
        );
    }

    #[test]
    fn a_message_with_no_text_to_read_counts_its_own_lines() {
        let eml = "From: staff@hotmail.example\r\nTo: fbl@example.com\r\nSubject: complaint\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n\
From: list@example.com\r\nSubject: news\r\n\r\nHello\r\n--b--\r\n";
        let r = analyze("fbl.eml", eml.as_bytes());
        assert!(r.findings.is_empty());
        assert_eq!(r.lines, 14);
    }

    #[test]
    fn a_reply_wrapped_in_codes_no_rule_names_is_the_finding() {
        // Exchange's 451 4.4.397 has no rule of its own (RFC 3463's x.4.0
        // would say "network problem"); the reply after the arrow says more.
        let q = "LastError : [{LED=451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to TimedOut};{MSG=};{FQDN=mx.contoso.example};{IP=192.0.2.36};{LRT=8/20/2018 12:00:39 AM}]";
        let r = analyze("queue.txt", q.as_bytes());
        let got: Vec<_> =
            r.findings.iter().map(|f| (f.rule.as_str(), f.reply.map(|c| c.0), f.status.as_deref())).collect();
        assert_eq!(got, [("queue-connection-dropped", Some(421), Some("4.4.2"))]);
    }

    #[test]
    fn a_bounce_without_diagnostic_code_reads_the_report_under_the_recipient() {
        // Exim's DSN says only `Status: 5.0.0`; its text part holds Gmail's
        // reply, the lines under the address, with the code on each line.
        let eml = "From: Mail Delivery System <mailer-daemon@example.com>\r\n\
To: user@example.com\r\n\
Subject: Mail delivery failed: returning message to sender\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
--b1\r\n\
Content-Type: text/plain\r\n\r\n\
This message was created automatically by mail delivery software.\r\n\r\n\
  pat@gmail.example\r\n\
    host gmail-smtp-in.l.google.com [192.0.2.27]\r\n\
    SMTP error from remote mail server after end of data:\r\n\
    550-5.7.1 [198.51.100.8      12] Our system has detected that this message is\r\n\
    550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\r\n\
    550-5.7.1 this message has been blocked. Please visit\r\n\
    550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp\r\n\r\n\
--b1\r\n\
Content-Type: message/delivery-status\r\n\r\n\
Reporting-MTA: dns; example.com\r\n\r\n\
Final-Recipient: rfc822; pat@gmail.example\r\n\
Action: failed\r\n\
Status: 5.0.0\r\n\r\n\
--b1--\r\n";
        let r = analyze("bounce.eml", eml.as_bytes());
        let got: Vec<_> =
            r.findings.iter().map(|f| (f.rule.as_str(), f.reply.map(|c| c.0), f.status.as_deref(), f.count)).collect();
        assert_eq!(got, [("bounce-gmail-unsolicited", Some(550), Some("5.7.1"), 1)]);
        assert_eq!(
            (r.findings[0].remote_host.as_deref(), r.findings[0].remote_ip.as_deref()),
            (Some("gmail-smtp-in.l.google.com"), Some("192.0.2.27"))
        );
        // Older Exim names it after the command, and its delay warning
        // under the address (QA round 50).
        for text in [
            "  bob@example.org\n    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    host mx1.example.org [192.0.2.5]: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n",
            "  bob@example.org\n    host mx1.example.org [192.0.2.5]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    451 4.7.1 Greylisted, please try again later\n",
        ] {
            let r = analyze("bounce.txt", text.as_bytes());
            assert_eq!(r.findings[0].remote_ip.as_deref(), Some("192.0.2.5"), "{text}");
        }
    }

    #[test]
    fn refusals_of_clients_are_not_read_as_refusals_of_our_mail() {
        let rules = |name: &str, text: &str| -> Vec<String> {
            analyze(name, text.as_bytes()).findings.iter().map(|f| f.rule.clone()).collect()
        };
        // This server refusing clients: its policy at work, no finding.
        let ours = "Jan 20 10:00:13 mx1 postfix/smtpd[1040]: NOQUEUE: reject: RCPT from unknown[203.0.113.99]: 554 5.7.1 Service unavailable; Client host [203.0.113.99] blocked using zen.spamhaus.org; from=<s@bad.example> to=<u@contoso.example> proto=ESMTP helo=<bad>
Jan 20 10:00:04 mx1 postfix/postscreen[906]: DNSBL rank 3 for [203.0.113.70]:51234
2026-01-20 10:00:08 H=(spammer) [203.0.113.66] F=<x@spam.example> rejected RCPT <u@contoso.example>: JunkMail rejected - 203.0.113.66 is in an RBL
";
        assert_eq!(rules("mail.log", ours), Vec::<String>::new());
        // Our mail refused by a blocklist: the finding it always was.
        let theirs = "Jan 20 10:00:13 mx1 postfix/smtp[2040]: 4F2C1: to=<u@example.net>, relay=mx.example.net[192.0.2.1]:25, status=bounced (host mx.example.net[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [198.51.100.2] blocked using zen.spamhaus.org (in reply to RCPT TO command))\n";
        assert_eq!(rules("mail.log", theirs), ["bounce-dnsbl-listed"]);
        // A Receive log's own refusal is not explained by a rule written for
        // the sending side.
        let head = "#Log-type: SMTP Receive Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n";
        let row = "2026-01-20T10:00:02.000Z,EX01\\Default Frontend EX01,08DE5A0100000202,5,10.0.0.5:25,203.0.113.91:40001,>,\"550 5.7.1 Recipient not authorized, rejected by ConnectionFilterAgent (IP blocked by zen.spamhaus.org)\",\n";
        let got = rules("RECV2026012010-1.LOG", &format!("{head}{row}"));
        assert!(!got.is_empty() && !got.contains(&"bounce-dnsbl-listed".to_string()), "{got:?}");
    }

    #[test]
    fn a_text_seen_before_is_read_again_for_another_peer() {
        // The same failure with Exchange Online and with another server, in
        // either order: each keeps its own rule (the first decided both).
        let head = "#Log-type: SMTP Send Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n";
        let row = |id: &str, ip: &str| {
            format!(
                "2026-01-20T10:00:0{id}.000Z,Internet Mail,08DE5A010000000{id},5,10.0.0.5:1,{ip}:25,*,,TLS negotiation failed with error SocketError\n"
            )
        };
        let (exo, other) = (row("1", "52.101.40.2"), row("2", "142.250.27.26"));
        for log in [format!("{head}{exo}{other}"), format!("{head}{other}{exo}")] {
            let r = analyze("SEND20260120-1.LOG", log.as_bytes());
            let mut got: Vec<(String, String)> =
                r.findings.iter().map(|f| (f.remote_ip.clone().unwrap_or_default(), f.rule.clone())).collect();
            got.sort();
            let want =
                [("142.250.27.26", "protolog-socketerror-other-peer"), ("52.101.40.2", "seed-protolog-socketerror")];
            assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())), "{log}");
        }
    }

    #[test]
    fn find_first_is_str_find() {
        let many = "ab".repeat(100) + "abc";
        for (hay, needle) in [
            ("", ""),
            ("abc", ""),
            ("abc", "c"),
            ("abcabc", "bc"),
            ("héllo wörld", "wö"),
            ("aaaa", "aaaaa"),
            (many.as_str(), "abc"),
            (many.as_str(), "abd"),
            (&"x".repeat(63), "xx"),
            (&("y".repeat(63) + "failed"), "failed"),
            (&("f".repeat(70) + "failed"), "failed"),
            (&("f".repeat(200) + "failed"), "failed"),
            ("Set Session Permissions", "failed"),
        ] {
            assert_eq!(find_str(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
        }
    }

    #[test]
    fn the_trigger_memo_answers_as_the_automaton() {
        let first = kb::RULES.iter().flat_map(|r| r.matchers).find_map(|m| m.text.first().copied()).unwrap();
        let cells = ["Local", "Remote", "", first, "x", "Remote(SocketError)", "LOCAL", "a", "b", "c", "d", first];
        let mut memo = TriggerMemo::default();
        for round in 0..3 {
            for (i, cell) in cells.iter().enumerate() {
                let cell = if (i + round) % 4 == 0 { cell.to_ascii_uppercase() } else { cell.to_string() };
                assert_eq!(memo.has_trigger(&cell), kb::has_trigger(&cell), "{cell:?}");
            }
        }
    }

    #[test]
    fn line_marks_match_a_case_blind_contains_per_word() {
        let lines = [
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'",
            "#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##",
            "Dec  1 10:00:01 mx Postfix/smtp[123]: to=<a@b.example>, status=bounced",
            "Source: Schannel, and MSExchangeTransport, Primary Target IP Address: 10.0.0.1",
            "GENERATING SERVER: bn1.prod.outlook.com",
            "nothing to see",
            "",
            "ünïcödé sendmail[ smtpd[ exim",
        ];
        for line in lines {
            let lower = line.to_ascii_lowercase();
            let want = LINE_MARKERS.iter().filter(|(w, _)| lower.contains(w)).fold(0, |m, (_, k)| m | k);
            assert_eq!(line_marks(line), want, "{line}");
        }
        assert_eq!(line_marks("Primary Target IP Address: 1.2.3.4 Remote Server returned"), MARK_QUEUE | MARK_NDR);
    }

    #[test]
    fn seed_error_in_a_paste() {
        let r = analyze("paste", b"421 4.4.2 Connection dropped due to SocketError\n");
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].rule, "seed-ndr-socketerror");
        assert_eq!(r.findings[0].reply, Some(ReplyCode(421)));
    }

    #[test]
    fn message_tracking_rows_are_read_by_their_columns() {
        // Exchange 2013+ columns (Microsoft Learn, "Message tracking in
        // Exchange Server"); a FAIL of routing, a DEFER by SMTP with the
        // queue's last error, and rows with no status.
        let fields = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version";
        let log = format!(
            "#Software: Microsoft Exchange Server\r\n#Version: 15.02.1118.007\r\n#Log-type: Message Tracking Log\r\n#Date: 2026-01-20T10:00:00.000Z\r\n#Fields: {fields}\r\n\
2026-01-20T10:00:00.100Z,10.0.0.9,app01,10.0.0.5,EX1,08DE5A0100000001;2026-01-20T10:00:00.000Z;0,EX1\\Default EX1,SMTP,RECEIVE,1001,<m1@contoso.com>,net-1,carol@fabrikam.com,,2048,1,,,\"Re: 550 5.7.1 blocked, again\",alice@contoso.com,alice@contoso.com,,Originating,,,,,Email,log-1,15.02.1118.007\r\n\
2026-01-20T10:00:01.123Z,,,10.0.0.5,EX1,,,ROUTING,FAIL,1002,<m2@contoso.com>,net-2,bob@contoso.com,550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found,2048,1,,,Lunch,alice@contoso.com,alice@contoso.com,,Originating,,,,,Email,log-2,15.02.1118.007\r\n\
2026-01-20T10:02:01.000Z,10.0.0.5,EX1,203.0.113.9,mx.fabrikam.com,,Outbound to Internet,SMTP,DEFER,1003,<m3@contoso.com>,net-3,carol@fabrikam.com,\"[{{LED=421 4.4.2 Connection dropped due to SocketError}};{{MSG=}};{{FQDN=mx.fabrikam.com}};{{IP=203.0.113.9}};{{LRT=}}]\",2048,1,,,Hello,alice@contoso.com,alice@contoso.com,,Originating,,,,,Email,log-3,15.02.1118.007\r\n\
2026-01-20T10:03:00.000Z,10.0.0.5,EX1,203.0.113.10,mx2.fabrikam.com,,Outbound to Internet,SMTP,SEND,1004,<m4@contoso.com>,net-4,dave@fabrikam.com,250 2.6.0 Queued mail for delivery,2048,1,,,Hello,alice@contoso.com,alice@contoso.com,,Originating,,,,,Email,log-4,15.02.1118.007\r\n"
        );
        let r = analyze("MSGTRK2026012010-1.LOG", log.as_bytes());
        assert_eq!(r.kind, InputKind::ProtocolLog);
        assert_eq!(r.unrecognised_lines, 0);
        // The subject's words are not read: two findings, not three.
        assert_eq!(r.findings.len(), 2, "{:#?}", r.findings);
        let not_found = r.findings.iter().find(|f| f.status.as_deref() == Some("5.1.1")).expect("5.1.1");
        assert_eq!(not_found.recipient.as_deref(), Some("bob@contoso.com"));
        // A routing failure names no other server (server-ip is this one).
        assert_eq!(not_found.remote_ip, None);
        assert_eq!(not_found.first_seen.as_deref(), Some("2026-01-20T10:00:01.123Z"));
        let dropped = r.findings.iter().find(|f| f.status.as_deref() == Some("4.4.2")).expect("4.4.2");
        assert_eq!(dropped.rule, "seed-queue-socketerror");
        assert_eq!(dropped.kind, InputKind::QueueError);
        assert_eq!(dropped.recipient.as_deref(), Some("carol@fabrikam.com"));
        assert_eq!(dropped.remote_ip.as_deref(), Some("203.0.113.9"));
        assert_eq!(dropped.remote_host.as_deref(), Some("mx.fabrikam.com"));
        assert_eq!(dropped.direction, Some(Direction::Outbound));

        // The same rows copied without the header lines (QA round 53): told
        // by their `event-id`, read by the same columns.
        let rows: String = log.split_inclusive('\n').filter(|l| !l.starts_with('#')).collect();
        let h = analyze("paste", rows.as_bytes());
        let seen = |r: &InputReport| -> Vec<String> {
            r.findings
                .iter()
                .map(|f| format!("{} {:?} {:?} {:?}", f.rule, f.status, f.recipient, f.remote_ip))
                .collect()
        };
        assert_eq!(seen(&h), seen(&r));
        // Exchange 2010's order has no `network-message-id`: the recipient is
        // the twelfth cell.
        let row2010 = "2011-05-03T10:00:01.123Z,,,10.0.0.5,EX1,,,ROUTING,FAIL,1002,<m2@contoso.com>,bob@contoso.com,550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found,2048,1,,,Lunch,alice@contoso.com,alice@contoso.com,,Originating,,,,\r\n";
        let old = analyze("paste", row2010.as_bytes());
        assert_eq!(old.findings.len(), 1, "{:#?}", old.findings);
        assert_eq!(old.findings[0].recipient.as_deref(), Some("bob@contoso.com"));
        assert_eq!(old.findings[0].status.as_deref(), Some("5.1.1"));
        // A protocol log's row without its header keeps its own reading.
        let proto = analyze("paste", b"2026-01-20T10:00:00.000Z,Out,08DE5A0100000001,5,10.0.0.5:1234,203.0.113.9:25,*,,TLS negotiation failed with error SocketError\r\n");
        assert_eq!(proto.findings.len(), 1);
        assert_eq!(proto.findings[0].remote_ip.as_deref(), Some("203.0.113.9"));
    }

    #[test]
    fn findings_of_distinct_peers_past_the_cap_keep_no_key() {
        // QA round 54: each bounce from a server of its own; past the
        // findings' cap the keys of the grouped ones were still kept.
        let mut log = String::new();
        for i in 0..(MAX_FINDINGS + 3_000) {
            let (a, b) = (i / 256, i % 256);
            std::fmt::Write::write_fmt(&mut log, format_args!("Jan 20 10:00:00 mx postfix/smtp[1]: Q{i}: to=<u{i}@d.com>, relay=mx{i}.example.com[10.1.{a}.{b}]:25, dsn=5.1.1, status=bounced (host mx{i}.example.com[10.1.{a}.{b}] said: 550 5.1.1 <u{i}@d.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n")).unwrap();
        }
        let mut a = Analyzer::new("maillog");
        a.feed(log.as_bytes());
        assert!(a.state.grouped_keys.len() <= MAX_FINDINGS, "{}", a.state.grouped_keys.len());
        let r = a.finish();
        assert!(r.notes.iter().any(|n| matches!(n, Note::TooManyFindings { .. })), "{:?}", r.notes);
    }

    #[test]
    fn a_message_of_too_many_parts_is_read_as_lines() {
        // QA round 54: a million empty parts took 650 MB per 10 MB.
        let mut eml = String::from(
            "From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown\r\n",
        );
        for _ in 0..message::MAX_PARTS {
            eml.push_str("--b\r\n\r\n");
        }
        eml.push_str("--b--\r\n");
        let r = analyze("big.eml", eml.as_bytes());
        assert!(r.notes.contains(&Note::MessageTooManyParts), "{:?}", r.notes);
        assert_eq!(r.findings.iter().map(|f| f.status.as_deref()).collect::<Vec<_>>(), [Some("5.1.1")]);
        // A bounce of a few parts is read as MIME.
        let few = analyze("few.eml", eml.replacen("--b\r\n\r\n", "", message::MAX_PARTS - 3).as_bytes());
        assert!(!few.notes.contains(&Note::MessageTooManyParts));
        assert_eq!(few.findings.len(), 1);
    }

    #[test]
    fn a_subject_in_a_powershell_list_is_not_read() {
        // `Get-MessageTrackingLog | fl` and `Get-Message | fl` (QA round 53):
        // the subject, wrapped or not, is the sender's text.
        let list = [
            "EventId         : FAIL",
            "MessageSubject  : 421 4.4.2 reminder about the 550 5.1.1 invoice and the meeting about our",
            "                  connection timed out again",
            "RecipientStatus : {550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found}",
            "",
            "Subject          : 454 4.7.0 budget",
            "LastError        : 451 4.7.0 Temporary server error. Please try again later. PRX5",
        ]
        .join("\n");
        let r = analyze("paste", list.as_bytes());
        let codes: Vec<(Option<String>, u64)> = r.findings.iter().map(|f| (f.status.clone(), f.first_line)).collect();
        assert_eq!(codes, [(Some("5.1.1".to_string()), 4), (Some("4.7.0".to_string()), 7)], "{:#?}", r.findings);
        // An event of two recipients after one of one: its status is not
        // the first event's recipient's.
        let two = [
            "Recipients      : {nobody@contoso.com}",
            "RecipientStatus : {550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found}",
            "",
            "Recipients      : {jo@partner.example, kai@partner.example}",
            "RecipientStatus : {550 4.4.7 QUEUE.Expired; message expired, 550 4.4.7 QUEUE.Expired; message expired}",
        ]
        .join("\n");
        let r = analyze("paste", two.as_bytes());
        let got: Vec<(Option<String>, Option<String>)> =
            r.findings.iter().map(|f| (f.status.clone(), f.recipient.clone())).collect();
        assert_eq!(got, [(Some("5.1.1".into()), Some("nobody@contoso.com".into())), (Some("4.4.7".into()), None)]);
        // A message's own header has no blank before its colon: not a list.
        assert_eq!(list_subject("Subject: 550 5.7.1 test"), None);
        assert_eq!(list_subject("Subject : x"), Some(10));
        assert_eq!(list_subject("SubjectLine : x"), None);
    }

    #[test]
    fn a_get_queue_value_cut_mid_word_is_joined_whole() {
        // `Get-Queue | fl` in a Russian or Chinese session: PowerShell cuts
        // the value at the console's width, inside words (QA round 53).
        let value = "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 52.101.68.9:25";
        let label = "LastError        : ";
        for width in [80usize, 100, 120] {
            let room = width - label.len();
            let chars: Vec<char> = value.chars().collect();
            let mut out =
                format!("Identity         : EX01\\5\nNextHopDomain    : contoso.mail.onmicrosoft.com\n{label}");
            for (k, piece) in chars.chunks(room).enumerate() {
                if k > 0 {
                    out.push_str(&" ".repeat(label.len()));
                }
                out.extend(piece);
                out.push('\n');
            }
            out.push_str("RetryCount       : 17\n");
            let r = analyze("paste", out.as_bytes());
            assert_eq!(r.findings.len(), 1, "{width}: {:#?}", r.findings);
            let f = &r.findings[0];
            assert_eq!(f.rule, "seed-queue-socketerror", "{width}");
            assert_eq!(f.remote_ip.as_deref(), Some("52.101.68.9"), "{width}");
        }
        // Wrapped at words and padded to the console's width, as a console
        // copy gives it (QA round 56: `due to` became `dueto`): the spaces stay.
        for width in [80usize, 100, 120, 127] {
            let mut lines: Vec<String> = vec![label.to_string()];
            for word in value.split(' ') {
                let last = lines.last_mut().expect("a line");
                if last.len() + word.len() + 1 > width && last.trim().len() > label.len() {
                    lines.push(" ".repeat(label.len()));
                }
                let last = lines.last_mut().expect("a line");
                if !last.ends_with(' ') {
                    last.push(' ');
                }
                last.push_str(word);
            }
            let padded: String = lines.iter().map(|l| format!("{l:<width$}\n")).collect();
            let r = analyze("paste", padded.as_bytes());
            assert_eq!(r.findings.len(), 1, "{width}: {:#?}", r.findings);
            assert_eq!(r.findings[0].rule, "seed-queue-socketerror", "{width}");
            assert!(
                r.findings[0].evidence[0].raw.contains("due to SocketError"),
                "{width}: {}",
                r.findings[0].evidence[0].raw
            );
        }
        // `HardWrap::unwrap` of `text` at joins (space, width, blank end,
        // wide end, lead).
        let unwrap = |text: &str, joins: &[(usize, u32, bool, bool, usize)]| {
            let wraps: Vec<HardWrap> = joins
                .iter()
                .map(|&(space, width, blank_end, wide_end, lead)| HardWrap { space, width, blank_end, wide_end, lead })
                .collect();
            let mut t = text.to_string();
            HardWrap::unwrap(&mut t, &wraps);
            t
        };
        // Wrapped at words, lines of other widths: the spaces stay.
        let words = "Either there are no alternate hosts";
        assert_eq!(unwrap(words, &[(12, 70, false, false, 4), (16, 64, false, false, 4)]), words);
        // Cut at one width: the cuts' spaces go, a cut after a blank keeps its
        // (and the cut before ` The`, a line one deeper, keeps its space).
        let cut = "due to So cketError. The last a ttempt";
        let joins =
            [(9, 80, false, false, 4), (20, 80, false, false, 5), (31, 80, false, false, 4), (6, 80, true, false, 4)];
        assert_eq!(unwrap(cut, &joins), "due to SocketError. The last attempt");
        // A line one column short that ends in a wide character is full: the
        // next wide character did not fit (QA round 56).
        let cjk = "故障 转移 52.10 1.68.9";
        assert_eq!(unwrap(cjk, &[(6, 79, false, true, 4), (19, 80, false, false, 4)]), "故障转移 52.101.68.9");
    }

    #[test]
    fn a_double_spaced_get_queue_paste_is_read_as_its_lines() {
        // Microsoft Q&A 234456 (QA round 14): `Get-Queue | fl` copied from a
        // forum, a blank line after every line, LastError wrapped mid-word.
        let paste = "NextHopDomain : destination.com\n\nStatus : Retry\n\nMessageCount : 1\n\n\
LastError : [{LRT=15-01-21 23:50:05};{LED=450 4.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Primary target IP address responded with: \"451 4.4.0 Security\n\n\
status InvalidToken.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate\n\n\
hosts. The last endpoint attempted was 203.0.113.80:25'};{FQDN=MAILSERVER.DOMAIN.LOCAL};{IP=192.168.12.4}]\n\nRetryCount : 17\n";
        let r = analyze("paste", paste.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        let f = &r.findings[0];
        assert_eq!(f.rule, "tls-malformed-handshake");
        // The Front End server that relayed the attempt is no peer; the
        // endpoint the error names is.
        assert_eq!((f.remote_host.as_deref(), f.remote_ip.as_deref()), (None, Some("203.0.113.80")));
        // The same lines without the spacing read the same.
        let single = paste.replace("\n\n", "\n");
        let s = analyze("paste", single.as_bytes());
        assert_eq!(s.findings.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(), ["tls-malformed-handshake"]);
        // Text with lines next to each other is not double-spaced.
        assert!(!double_spaced(b"a\nb\n\nc\n\nd\n\ne\n\nf\n"));
        assert!(double_spaced(b"a\n\nb\n\nc\n\n\n\nd\n\ne\n"));
    }

    #[test]
    fn an_exim_log_line_with_escaped_newlines_is_read_as_its_reply() {
        // An Exim main log (QA round 15, Pastebin 6G7q8H39): replies of several
        // lines written with `\n`, and a field `ID=502` that is no reply.
        let log = "2018-11-10 12:17:10 [6096] 1gLZgZ-0001a5-ME == docs@example.com R=lookuphost T=remote_smtp defer (-44) H=mx2.example.com [192.0.2.52]:25: SMTP error from remote mail server after RCPT TO:<docs@example.com>: 451-192.0.2.80 is not yet authorized to deliver mail from\\n451 <chris@example.net> to <docs@example.com>. Please try later.\n\
2018-11-10 12:19:02 [6147] 1gKmyS-0007A2-F0 SMTP connection identification D=example.net O=jane@example.net M=1gKmyS-0007A2-F0 U=goclea5 ID=502 B=redirect_resolver\n";
        let r = analyze("mainlog", log.as_bytes());
        let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["bounce-greylisted"], "{:#?}", r.findings);
        let f = &r.findings[0];
        let peer = (f.recipient.as_deref(), f.remote_host.as_deref(), f.remote_ip.as_deref());
        assert_eq!(peer, (Some("docs@example.com"), Some("mx2.example.com"), Some("192.0.2.52")));
        // Behind a container runtime's stamp (QA round 20, `kubectl logs
        // --timestamps`), the same.
        let stamped = format!("2026-12-06T10:05:02.555000001Z {}", log.lines().next().unwrap_or(""));
        let f = &analyze("pod.log", stamped.as_bytes()).findings[0];
        assert_eq!((f.recipient.as_deref(), f.remote_ip.as_deref()), (Some("docs@example.com"), Some("192.0.2.52")));
        // Postfix's refusal names its recipient after its codes.
        let r = analyze(
            "paste",
            b"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n",
        );
        assert_eq!(r.findings[0].recipient.as_deref(), Some("bob@example.net"));
        // NDJSON is read line by line, each line as its record, under the
        // file's own line numbers (QA round 21).
        let nd = "{\"email\":\"a@b.example\",\"status\":\"5.1.1\",\"reason\":\"550 5.1.1 User unknown\"}\n{\"email\":\"c@d.example\",\"reason\":\"552 5.2.2 Mailbox full\"}\n{\"email\": broken\n";
        let r = analyze("events.ndjson", nd.as_bytes());
        let mut got: Vec<_> = r.findings.iter().map(|f| (f.recipient.as_deref(), f.count)).collect();
        got.sort();
        assert_eq!(got, [(Some("a@b.example"), 1), (Some("c@d.example"), 1)], "{:#?}", r.findings);
        let lines: Vec<u64> = r.findings.iter().map(|f| f.first_line).collect();
        assert!(lines.contains(&1) && lines.contains(&2), "{lines:?}");
        // Exim's own line without a delivery flag names its host too (QA
        // round 18): a refusal after STARTTLS.
        let log = "2024-03-03 10:25:06 1rgxAo-000ABC-26 H=mx.example.org [203.0.113.60]: SMTP error from remote mail server after STARTTLS: 454 4.7.0 TLS not available due to local problem\n";
        let r = analyze("mainlog", log.as_bytes());
        let peers: Vec<_> = r.findings.iter().map(|f| (f.remote_host.as_deref(), f.remote_ip.as_deref())).collect();
        assert_eq!(peers, [(Some("mx.example.org"), Some("203.0.113.60"))], "{:#?}", r.findings);
    }

    #[test]
    fn a_dsn_blocks_generic_status_is_the_named_failure_of_the_text() {
        // A Gmail-written bounce of a Yahoo refusal (QA round 15, docuseal#524):
        // the reply in the text, then the DSN block with `Status: 5.7.9`.
        let bounce = "The response from the remote server was:\n\
550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.\n\
\n\
Final-Recipient: rfc822; user1@yahoo.example\n\
Action: failed\n\
Status: 5.7.9\n\
Remote-MTA: dns; mta7.am0.yahoodns.net. (67.195.228.110, the server for the\n domain yahoo.com.)\n";
        let r = analyze("bounce.txt", bounce.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        let f = &r.findings[0];
        assert_eq!(f.rule, "bounce-gmail-unauthenticated");
        assert_eq!(f.recipient.as_deref(), Some("user1@yahoo.example"));
        assert_eq!(
            (f.remote_host.as_deref(), f.remote_ip.as_deref()),
            (Some("mta7.am0.yahoodns.net"), Some("67.195.228.110"))
        );
    }

    #[test]
    fn a_transient_refusal_is_a_warning_where_the_message_is_still_queued() {
        use crate::kb::Severity;
        let severities = |name: &str, text: &str| -> Vec<(String, Severity)> {
            analyze(name, text.as_bytes()).findings.into_iter().map(|f| (f.rule, f.severity)).collect()
        };
        // A deferral in a log (QA round 40: NetEase's content filter).
        let deferred = "Jan 20 10:01:13 mail postfix/smtp[21877]: 7A1C63F0B2: to=<chen@126.example>, relay=mx.126.example[192.0.2.161]:25, delay=3.1, delays=0.02/0/1.9/1.2, dsn=4.0.0, status=deferred (host mx.126.example[192.0.2.161] said: 451 DT:SPM 126 mx31, please try again (in reply to end of DATA command))\n";
        let refused = deferred
            .replace("451 DT:SPM", "554 DT:SPM")
            .replace("dsn=4.0.0, status=deferred", "dsn=5.0.0, status=bounced");
        let (d, r) = (severities("maillog", deferred), severities("maillog", &refused));
        assert_eq!((d.len(), r.len()), (1, 1), "{d:?} {r:?}");
        assert_eq!(d[0].0, r[0].0, "the same rule either way");
        assert_eq!((d[0].1, r[0].1), (Severity::Warning, Severity::Error));
        // A bounce is final whatever the class of its status; its delay
        // notice is not.
        let bounce = |action: &str| {
            format!(
                "From: MAILER-DAEMON@mx.example\r\nTo: a@example.org\r\nSubject: Mail delivery\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n\
Content-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.\r\n\r\n--b\r\n\
Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n\
Final-Recipient: rfc822; kim@example.net\r\nAction: {action}\r\nStatus: 4.2.2\r\n\
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\r\n\r\n--b--\r\n"
            )
        };
        let (failed, delayed) = (severities("b.eml", &bounce("failed")), severities("b.eml", &bounce("delayed")));
        assert_eq!((failed.len(), delayed.len()), (1, 1), "{failed:?} {delayed:?}");
        assert_eq!((failed[0].1, delayed[0].1), (Severity::Error, Severity::Warning), "{failed:?} {delayed:?}");
    }

    #[test]
    fn a_bounces_recipient_is_read_from_its_label_or_its_list() {
        // QA round 40: MDaemon, Aliyun (a label with no space after it) and
        // QQ (an address listed under a line that announces it, in a
        // message, whose indented lines are otherwise folded).
        let eml = |body: &str| {
            format!(
                "From: postmaster@mx.example\r\nTo: a@example.org\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
            )
        };
        for (body, want) in [
            (
                "Failed address: aleksej@yandex.example\n\n<-- 554 5.7.1 Message rejected under suspicion of SPAM\n",
                "aleksej@yandex.example",
            ),
            (
                "您的邮件未能发送成功。\n收件人：sunli@aliyun.example\n错误原因：551 5.1.1 recipient is not exist\n",
                "sunli@aliyun.example",
            ),
            (
                "很抱歉，您的邮件无法投递到以下地址：\n  5566778@qq.example\n\n远程服务器返回：\n550 Mailbox not found\n",
                "5566778@qq.example",
            ),
        ] {
            let r = analyze("bounce.eml", eml(body).as_bytes());
            let got: Vec<_> = r.findings.iter().map(|f| f.recipient.as_deref()).collect();
            assert_eq!(got, [Some(want)], "{body}: {:#?}", r.findings);
        }
    }

    #[test]
    fn a_localized_ndr_keeps_the_older_attempts_tls_failure() {
        // QA round 45: Exchange words its attempt lines in the sender's
        // language; the SocketError behind a QUEUE.Expired is in one.
        let ndr = r#"From: postmaster@corp.example
To: ivan@corp.example
Subject: =?utf-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC+?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

Диагностические сведения для администраторов:

olga@partner.example
Удаленный сервер в mx.partner.example (192.0.2.36) возвратил '550 4.4.7 QUEUE.Expired; message expired'
12.03.2024 9:14:03 - Удаленный сервер в mx.partner.example (192.0.2.36) возвратил '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. The last endpoint attempted was 192.0.2.36:25'

--b
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.corp.example

Final-Recipient: rfc822;olga@partner.example
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired

--b--
"#;
        let r = analyze("ndr.eml", ndr.as_bytes());
        let got: Vec<_> = r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref())).collect();
        assert!(got.contains(&("seed-queue-socketerror", Some("olga@partner.example"))), "{got:?}");
        assert!(got.contains(&("queue-expired", Some("olga@partner.example"))), "{got:?}");
    }

    #[test]
    fn an_ndr_copied_from_outlook_names_its_recipients() {
        // QA round 45: the user section's `Name (addr)<mailto:addr>` heads its
        // sentence, which is then the coded finding's, not one of no one; a
        // localized status line above the recipient's label is that failure.
        let paste = "Delivery has failed to these recipients or groups:\n\n\
Accounting (buh@corp.example)<mailto:buh@corp.example>\n\
The recipient's mailbox is full and can't accept messages now. Please try resending this message later.\n\n\
Diagnostic information for administrators:\n\nbuh@corp.example\n\
#554-5.2.2 mailbox full 554 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException; Failed to process message ##\n";
        let r = analyze("paste", paste.as_bytes());
        let got: Vec<_> = r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref())).collect();
        assert_eq!(got, [("bounce-mailbox-full", Some("buh@corp.example"))]);
        let copy = "Код состояния: 550 5.1.10\n\nАдрес получателя:\tanna@fabrikam.example\n\
Сообщаемая ошибка:\t550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient anna@fabrikam.example not found by SMTP address lookup\n";
        let r = analyze("paste", copy.as_bytes());
        let got: Vec<_> = r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref())).collect();
        assert_eq!(got, [("exo-5-1-10-recipient-not-found", Some("anna@fabrikam.example"))]);
    }

    #[test]
    fn an_ndr_names_its_remote_server_on_the_recipients_line_or_once_for_all() {
        // QA round 45: Exchange 2010's `host #550 …` and the newer NDRs'
        // `Receiving server:` (FACTS C.2).
        let legacy = "Diagnostic information for administrators:\n\nGenerating server: EX10.corp.example\n\n\
petrov@fabrikam.example\nmx.fabrikam.example #550 5.1.1 <petrov@fabrikam.example>... User unknown ##\n";
        let r = analyze("paste", legacy.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        assert_eq!(r.findings[0].remote_host.as_deref(), Some("mx.fabrikam.example"));
        let newer = "Diagnostic information for administrators:\n\nGenerating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n\
Receiving server: mx.partner.example\n\nkim@partner.example\nRemote Server returned '550 5.7.1 Service unavailable; Client host blocked'\n";
        let r = analyze("paste", newer.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        assert_eq!(r.findings[0].remote_host.as_deref(), Some("mx.partner.example"));
    }

    #[test]
    fn an_ndr_without_diagnostic_code_is_one_finding_a_recipient() {
        // QA round 41: Exchange's NDR whose DSN part has `Status: 4.4.2` and
        // no Diagnostic-Code; the text's newest attempt says which failure.
        let ndr = "From: Microsoft Outlook <postmaster@fabrikam.example>\r\nTo: user@fabrikam.example\r\n\
Subject: Undeliverable: Report\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
--b1\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n\r\n\
Delivery has failed to these recipients or groups:\r\n\r\nalex@contoso.example\r\n\
The message couldn't be delivered.\r\n\r\nDiagnostic information for administrators:\r\n\r\n\
Generating server: EX01.fabrikam.example\r\n\r\nalex@contoso.example\r\n\
contoso-example.mail.protection.outlook.com\r\n\
Remote Server returned '421 4.4.2 Connection dropped due to SocketError'\r\n\r\n\
--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;EX01.fabrikam.example\r\n\r\n\
Final-recipient: RFC822; alex@contoso.example\r\nAction: failed\r\nStatus: 4.4.2\r\n\
Remote-MTA: dns; 104.47.0.1\r\n\r\n--b1--\r\n";
        let r = analyze("ndr.eml", ndr.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        let f = &r.findings[0];
        assert_eq!((f.rule.as_str(), f.recipient.as_deref()), ("seed-ndr-socketerror", Some("alex@contoso.example")));
        assert_eq!((f.status.as_deref(), f.remote_ip.as_deref()), (Some("4.4.2"), Some("104.47.0.1")));
        assert!(f.evidence[0].text.contains("SocketError"), "{:#?}", f.evidence);
    }

    #[test]
    fn a_diagnostic_code_pasted_alone_is_read() {
        // A DSN's field and its folded lines, as a mailing-list post quotes
        // them (QA round 15, go-sisimai#150).
        let paste = "Diagnostic-Code: smtp; 550 5.7.515 Access denied, sending domain EXAMPLE.JP\n    doesn't meet the required authentication level. The sender's domain in the\n    5322.From address doesn't meet the authentication requirements defined for\n    the sender. Spf= Fail , Dkim= Pass ,\n    DMARC= Pass ...\n";
        let r = analyze("paste", paste.as_bytes());
        assert_eq!(
            r.findings.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(),
            ["bounce-outlook-5-7-515-auth-level"]
        );
    }

    #[test]
    fn a_get_queue_list_is_no_delivery_status_notification() {
        // `Get-Queue | fl` (QA round 14): `Status : Retry` is the queue's state.
        let fl = "Identity          : EX01\\4\nDeliveryType      : SmtpRelayToRemoteAdSite\nStatus            : Retry\nMessageCount      : 2\n\
LastError         : 451 4.4.0 Primary target IP address responded with: \"454 4.7.0 Temporary authentication failure.\" Attempted failover to alternate host, but that did not succeed.\n";
        let r = analyze("paste", fl.as_bytes());
        assert_eq!(r.kind, InputKind::QueueError);
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
    }

    #[test]
    fn a_message_tracking_list_names_the_recipient() {
        // `Get-MessageTrackingLog | fl` (QA round 14, Microsoft Q&A 208018):
        // a status wrapped over two lines, trailing blanks on the first.
        let fl = "EventId                 : FAIL\n\
Recipients              : {officer2@lab.test}\n\
RecipientStatus         : {[{LED=501 5.1.4 Recipient address reserved by RFC    \n\
                          2606};{MSG=};{FQDN=server.mylab.test};{IP=192.168.159.133};{LRT=12/22/2020 2:28:06 AM}]}\n\
TotalBytes              : 8564\n";
        let r = analyze("paste", fl.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        assert_eq!(r.findings[0].rule, "exchange-rfc2606-reserved-domain");
        assert_eq!(r.findings[0].recipient.as_deref(), Some("officer2@lab.test"));
        // A Schannel event as raw XML, no message (QA round 20: `wevtutil
        // qe System /f:xml`): its ID and its EventData's numbers.
        let xml = "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider Name=\"Schannel\" Guid=\"{1F678132-5938-4686-9FDC-C8FF68F15C85}\" /><EventID>36887</EventID><Version>0</Version><Level>2</Level><TimeCreated SystemTime=\"2026-12-06T10:00:01.123456Z\" /><EventRecordID>88000</EventRecordID><Execution ProcessID=\"780\" ThreadID=\"2000\" /><Channel>System</Channel><Computer>EX01.contoso.local</Computer></System><EventData><Data Name=\"AlertDesc\">70</Data></EventData></Event>\n";
        let r = analyze("events.xml", xml.as_bytes());
        assert_eq!(r.findings.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(), ["win-36887-alert-70"]);
        // Dovecot names its client `rip=` (QA round 18).
        let dovecot = "Mar  3 10:15:17 mx1 dovecot: imap-login: Disconnected (no auth attempts in 0 secs): user=<>, rip=203.0.113.95, lip=192.0.2.1, TLS handshaking: SSL_accept() failed: error:0A000102:SSL routines::unsupported protocol, session=<abcDEF>\n";
        let r = analyze("paste", dovecot.as_bytes());
        assert_eq!(r.findings.iter().map(|f| f.remote_ip.as_deref()).collect::<Vec<_>>(), [Some("203.0.113.95")]);
        // `Get-MessageTrace | Get-MessageTraceDetail | fl` (QA round 19).
        let fl = "SenderAddress    : john@contoso.com\n\
RecipientAddress : bad@contoso.com\n\
Event            : Fail\n\
Detail           : Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}]\n";
        let r = analyze("paste", fl.as_bytes());
        let got: Vec<_> = r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref())).collect();
        assert_eq!(got, [("exo-5-1-10-recipient-not-found", Some("bad@contoso.com"))]);
        // A CSV export names each row's recipient in a column of its own
        // (an e-mail service's bounce list; Export-Csv of a trace, after
        // its #TYPE line); a header without one names none.
        let csv = "created,email,reason,status\n\
1714644672,jack@example.com,\"550 5.1.1 <jack@example.com>: Recipient address rejected: User unknown in virtual mailbox table\",5.1.1\n\
1714644700,kate@example.org,\"552 5.2.2 Mailbox full, quota exceeded\",5.2.2\n";
        let r = analyze("bounces.csv", csv.as_bytes());
        let mut got: Vec<_> = r.findings.iter().map(|f| f.recipient.as_deref()).collect();
        got.sort();
        assert_eq!(got, [Some("jack@example.com"), Some("kate@example.org")]);
        let trace = "#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTraceDetail\n\
\"Organization\",\"SenderAddress\",\"RecipientAddress\",\"Event\",\"Detail\"\n\
\"contoso.onmicrosoft.com\",\"scanner@contoso.com\",\"vendor@fabrikam.example\",\"Fail\",\"Reason: [{LED=550 5.7.64 TenantAttribution; Relay Access Denied};{MSG=};{FQDN=};{IP=};{LRT=}]\"\n";
        let r = analyze("trace.csv", trace.as_bytes());
        let got: Vec<_> = r.findings.iter().map(|f| f.recipient.as_deref()).collect();
        assert_eq!(got, [Some("vendor@fabrikam.example")], "{:#?}", r.findings);
        // Exchange Online's summary report: the recipient that failed.
        let summary = "\"origin_timestamp_utc\",\"sender_address\",\"recipient_status\",\"message_subject\"\n\
\"2024-03-03T10:25:06Z\",\"me@contoso.com\",\"ok@contoso.com##Receive, Deliver;lee@fabrikam.example##Receive, Fail {LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}\",\"Hello\"\n";
        let mo = "\"2024-03-03T10:26:06Z\",\"me@contoso.com\",\"mo@fabrikam.example##Receive, Submit, Fail {LED=550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP};{MSG=};{FQDN=};{IP=};{LRT=}\",\"Hi\"\n";
        let r = analyze("MTSummary.csv", format!("{summary}{mo}").as_bytes());
        let mut got: Vec<_> = r.findings.iter().map(|f| f.recipient.as_deref()).collect();
        got.sort();
        // Two rows, two findings: a row's unbracketed structure does not
        // take the next row as its wrapped rest.
        assert_eq!(got, [Some("lee@fabrikam.example"), Some("mo@fabrikam.example")]);
        let plain = "date,host,message\n2026-01-20,mx1,550 5.1.1 user unknown\n";
        assert_eq!(analyze("x.csv", plain.as_bytes()).findings[0].recipient, None);
    }

    #[test]
    fn other_transport_logs_are_read_not_dropped() {
        // A connectivity log: its description is read, its destination is
        // the peer, the side is outbound.
        let log = "#Software: Microsoft Exchange Server\n#Log-type: Transport Connectivity Log\n#Fields: date-time,session,source,Destination,direction,description\n\
2026-01-20T10:00:00.100Z,08DE5A0100000001,SMTP,fabrikam.com,+,Internet;QueueLength=3\n\
2026-01-20T10:00:01.300Z,08DE5A0100000001,SMTP,fabrikam.com,>,451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry\n";
        let r = analyze("CONNECTLOG20260120-1.LOG", log.as_bytes());
        assert_eq!(r.unrecognised_lines, 0);
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        let f = &r.findings[0];
        assert_eq!(f.status.as_deref(), Some("4.4.0"));
        assert_eq!(f.remote_host.as_deref(), Some("fabrikam.com"));
        assert_eq!(f.direction, Some(Direction::Outbound));
        // An agent log's response is this server refusing a sender: not a
        // finding about this server's own mail.
        let log = "#Log-type: Agent Log\n#Fields: Timestamp,SessionId,LocalEndpoint,RemoteEndpoint,EnteredOrgFromIP,MessageId,P1FromAddress,P2FromAddresses,Recipient,NumRecipients,Agent,Event,Action,SmtpResponse,Reason,ReasonData,Diagnostics,NetworkMsgID,TenantID,Directionality\n\
2026-01-20T10:00:00.100Z,08DE5A0100000002,10.0.0.5:25,198.51.100.7:41000,198.51.100.7,,spam@example.net,,carol@contoso.com,1,Connection Filtering Agent,OnRcptCommand,RejectCommand,550 5.7.1 Recipient not authorized,BlockListProvider,zen.example.org,,,,Incoming\n";
        let r = analyze("AGENT20260120-1.LOG", log.as_bytes());
        assert_eq!(r.unrecognised_lines, 0);
        assert!(r.findings.iter().all(|f| f.severity != crate::kb::Severity::Critical), "{:#?}", r.findings);
        // A log of columns no rule names is read whole, row by row.
        let log = "#Fields: date-time,thing,note\n2026-01-20T10:00:00.100Z,x,\"421 4.4.2 Connection dropped due to SocketError\"\n";
        let r = analyze("OTHER.LOG", log.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
        assert_eq!(r.findings[0].status.as_deref(), Some("4.4.2"));
    }

    /// A finding's rule, peer, recipient and side.
    type Seen<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<Direction>);

    /// Each finding's [`Seen`].
    fn peers_of(r: &InputReport) -> Vec<Seen<'_>> {
        r.findings
            .iter()
            .map(|f| (f.rule.as_str(), f.remote_ip.as_deref(), f.recipient.as_deref(), f.direction))
            .collect()
    }

    #[test]
    fn an_exim_delivery_refused_after_tls_is_its_smtp_error_not_its_tls_version() {
        let log = "2026-01-20 10:00:02 1vAbCd-000Xyz-12 ** bob@partner.example R=dnslookup T=remote_smtp H=mx1.partner.example [192.0.2.25] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no: SMTP error from remote mail server after RCPT TO:<bob@partner.example>: 550 5.1.1 <bob@partner.example>: Recipient address rejected: User unknown\n\
2026-01-20 10:05:02 1vAbCe-000Xyz-34 == dave@other.example R=dnslookup T=remote_smtp defer (-44) H=mx.other.example [198.51.100.7] X=TLS1.1:ECDHE-RSA-AES128-SHA:128 CV=no: SMTP error from remote mail server after RCPT TO:<dave@other.example>: 451 4.7.1 Greylisted, try again later\n\
2026-01-20 10:06:01 1vAbCf-000Xyz-56 => erin@third.example R=dnslookup T=remote_smtp H=mx.third.example [203.0.113.9] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=yes C=\"250 2.0.0 OK\"\n";
        let r = analyze("mainlog", log.as_bytes());
        let got = peers_of(&r);
        // The delivered one is the legacy-TLS warning (about its server, no
        // recipient); the version of the other two is the census's to count.
        assert_eq!(
            got,
            [
                ("bounce-user-unknown", Some("192.0.2.25"), Some("bob@partner.example"), Some(Direction::Outbound)),
                ("bounce-greylisted", Some("198.51.100.7"), Some("dave@other.example"), Some(Direction::Outbound)),
                ("mta-tls-exim-legacy-version", Some("203.0.113.9"), None, Some(Direction::Outbound)),
            ]
        );
        // The evidence is the line as written; the text read, without `X=`.
        assert!(r.findings[0].evidence[0].raw.contains("X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no"));
        assert!(
            r.findings[0].evidence[0].text.contains("[192.0.2.25] CV=no: SMTP error"),
            "{:?}",
            r.findings[0].evidence[0]
        );
        // Behind `kubectl logs --prefix`; a recipient without Exim's colon;
        // a deferral without TLS is outbound too; a rate limit after the
        // greeting is a rate limit (QA round 23).
        let more = "[pod/exim-relay-7d9f8b6c5-abcde/exim] 2026-01-20 10:00:02 1vAbCd-000Xyz-12 ** bob@partner.example R=dnslookup T=remote_smtp H=mx1.partner.example [192.0.2.25] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no: SMTP error from remote mail server after RCPT TO:<bob@partner.example>: 550 5.1.1 <bob@partner.example>: Recipient address rejected: User unknown\n\
2026-01-21 10:00:03 1vAbCg-000Xyz-77 ** nobody@nonexistent.example: Unrouteable address\n\
2026-01-21 17:00:02 1vJjAa-000Iii-01 == a@ms3.example R=dnslookup T=remote_smtp defer (-45) H=mx.ms3.example [198.51.100.163]: SMTP error from remote mail server after initial connection: 421 Too many concurrent SMTP connections; please try again later.\n";
        let r = analyze("mainlog", more.as_bytes());
        assert_eq!(
            peers_of(&r),
            [
                ("bounce-user-unknown", Some("192.0.2.25"), Some("bob@partner.example"), Some(Direction::Outbound)),
                ("bounce-unrouteable-address", None, Some("nobody@nonexistent.example"), Some(Direction::Outbound)),
                (
                    "bounce-too-many-connections",
                    Some("198.51.100.163"),
                    Some("a@ms3.example"),
                    Some(Direction::Outbound)
                ),
            ]
        );
    }

    #[test]
    fn an_exim_bounce_names_the_recipient_of_its_tls_failure() {
        // A plain-text Exim bounce (no report part): the second recipient's
        // failure is Exim's TLS line under it, and stays its finding.
        let eml = r#"From: Mail Delivery System <Mailer-Daemon@mx.example.org>
To: sales@example.org
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
Date: Tue, 27 Jan 2026 08:30:45 +0000
Message-Id: <E1vDdAb-000Ccc-02@mx.example.org>

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ops@slow.example
    retry timeout exceeded
  a@example.net
    host old.example.net [203.0.113.6]
    TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol
"#;
        let exim_bounce = analyze("exim-bounce.eml", eml.as_bytes());
        let got: Vec<_> = exim_bounce.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("bounce-retry-timeout", Some("ops@slow.example")),
                ("mta-tls-unsupported-protocol-outbound", Some("a@example.net"))
            ]
        );
        // Postfix's SMTP client is the sending side.
        let line = "Jan 20 13:40:01 mx postfix/smtp[5040]: D3F4A5B6C7: to=<pat@example.net>, relay=mx.example.net[192.0.2.25]:25, dsn=4.7.0, status=deferred (host mx.example.net[192.0.2.25] said: 421 4.7.0 Try again later, closing connection (in reply to MAIL FROM command))\n";
        assert_eq!(analyze("maillog", line.as_bytes()).findings[0].direction, Some(Direction::Outbound));
    }

    #[test]
    fn a_hybrid_queue_error_in_an_ndr_is_its_inner_reply_under_its_recipient() {
        // Exchange Server's NDR quoting its queue's last error: the 4.4.395
        // envelope's inner reply is the cause, the listed recipient its own.
        let ndr = "Delivery has failed to these recipients or groups:\n\nanna@contoso.com\n\n\
Diagnostic information for administrators:\nGenerating server: EX01.contoso.local\n\nanna@contoso.com\n\
Remote Server returned '550 4.4.7 QUEUE.Expired; message expired [{LED=451 4.4.395 Target host responded with error. -> 454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.};{MSG=};{FQDN=contoso-com.mail.protection.outlook.com};{IP=52.101.68.17};{LRT=3/3/2025 6:32:14 AM}]'\n";
        let r = analyze("ndr.txt", ndr.as_bytes());
        let got: Vec<_> =
            r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref(), f.status.as_deref())).collect();
        assert_eq!(got, [("tls-sendconnector-cert-missing", Some("anna@contoso.com"), Some("4.7.5"))]);
    }

    #[test]
    fn an_iis_smtp_relay_log_is_read_by_its_fields() {
        // The W3C log of Windows Server's SMTP Service: a reply's spaces are
        // `+`; `c-ip` of the relay's own deliveries is the server it sent to.
        let log = "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n#Date: 2026-01-20 10:00:00\r\n\
#Fields: date time c-ip cs-username s-sitename s-computername s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status sc-win32-status sc-bytes cs-bytes time-taken cs-version cs-host cs(User-Agent) cs(Cookie) cs(Referer)\r\n\
2026-01-20 10:00:00 10.0.0.40 app01.contoso.local SMTPSVC1 RELAY01 10.0.0.10 0 EHLO - +app01.contoso.local 250 0 240 24 0 SMTP - - - -\r\n\
2026-01-20 10:00:01 203.0.113.25 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 220+mx.partner.example+ready 0 0 30 0 0 SMTP - - - -\r\n\
2026-01-20 10:00:01 203.0.113.25 OutboundConnectionCommand SMTPSVC1 RELAY01 - 25 MAIL - FROM:<app@contoso.example>+SIZE=2048 0 0 4 0 0 SMTP - - - -\r\n\
2026-01-20 10:00:01 203.0.113.25 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 451+5.7.3+Must+issue+a+STARTTLS+command+first 0 0 48 0 31 SMTP - - - -\r\n\
2026-01-20 11:02:11 198.51.100.9 OutboundConnectionCommand SMTPSVC1 RELAY01 - 25 RCPT - TO:<bob@fabrikam.example> 0 0 4 0 0 SMTP - - - -\r\n\
2026-01-20 11:02:11 192.0.2.77 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 250+2.1.0+Sender+OK 0 0 48 0 31 SMTP - - - -\r\n\
2026-01-20 11:02:11 198.51.100.9 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 550+5.1.1+<bob@fabrikam.example>:+Recipient+address+rejected:+User+unknown 0 0 48 0 31 SMTP - - - -\r\n\
2026-01-20 11:02:12 198.51.100.9 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 421+4.7.0+Try+again+later,+closing+connection 0 0 48 0 31 SMTP - - - -\r\n";
        let r = analyze("ex260120.log", log.as_bytes());
        assert_eq!((r.kind, r.unrecognised_lines), (InputKind::ProtocolLog, 0));
        let got: Vec<_> = r
            .findings
            .iter()
            .map(|f| {
                (f.rule.as_str(), f.status.as_deref(), f.remote_ip.as_deref(), f.recipient.as_deref(), f.first_line)
            })
            .collect();
        assert_eq!(
            got,
            [
                ("seed-starttls-first", Some("5.7.3"), Some("203.0.113.25"), None, 8),
                ("bounce-user-unknown", Some("5.1.1"), Some("198.51.100.9"), Some("bob@fabrikam.example"), 11),
                ("rfc3463-7-0-security-other", Some("4.7.0"), Some("198.51.100.9"), None, 12),
            ]
        );
        assert!(r.findings.iter().all(|f| f.direction == Some(Direction::Outbound)));
        // Timed by the row's date and time.
        let hours: Vec<&str> = r.timeline.iter().map(|b| b.hour.as_str()).collect();
        assert_eq!(hours, ["2026-01-20T10", "2026-01-20T11", "2026-01-20T11"]);
        // The same rows pasted without the header: known by their side's name.
        let pasted: String = log.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect();
        let p = analyze("paste", pasted.as_bytes());
        // Its client's row too, by the site after the client's name.
        assert_eq!(p.unrecognised_lines, 0);
        let again: Vec<_> = p
            .findings
            .iter()
            .map(|f| {
                (f.rule.as_str(), f.status.as_deref(), f.remote_ip.as_deref(), f.recipient.as_deref(), f.first_line)
            })
            .map(|(rule, st, ip, rcpt, line)| (rule, st, ip, rcpt, line + 4))
            .collect();
        assert_eq!(again, got);
    }

    #[test]
    fn protocol_log_row_with_header_fields() {
        let log = "#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: SMTP Send Protocol Log\r\n#Date: 2021-01-20T10:00:00.000Z\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n2021-01-20T10:00:00.000Z,Outbound to Office 365,08D8BD0000000001,7,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\r\n";
        let r = analyze("SEND20210120-1.LOG", log.as_bytes());
        assert_eq!(r.kind, InputKind::ProtocolLog);
        let f = &r.findings[0];
        assert_eq!(f.rule, "seed-protolog-socketerror");
        assert_eq!(f.remote_ip.as_deref(), Some("104.47.0.1"));
        assert_eq!(f.direction, Some(Direction::Outbound));
        assert_eq!(r.unrecognised_lines, 0);
    }

    #[test]
    fn unknown_lines_are_counted_not_dropped() {
        let r = analyze("paste", b"hello world\nnothing here\n550 5.1.1 user unknown\n");
        assert_eq!(r.unrecognised_lines, 2);
        assert_eq!(r.unrecognised_samples.len(), 2);
        assert_eq!(r.findings.len(), 1);
    }

    #[test]
    fn repeated_errors_group_into_one_finding() {
        let text = "421 4.4.2 Connection dropped due to SocketError\n".repeat(5);
        let r = analyze("paste", text.as_bytes());
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].count, 5);
        assert_eq!(r.findings[0].evidence.len(), EVIDENCE_PER_FINDING);
    }

    #[test]
    fn timeline_counts_findings_per_hour_and_snapshot_sees_them_early() {
        let head = "#Log-type: SMTP Send Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n";
        let row = |h: u8, s: u8| {
            format!(
                "2021-01-20T{h:02}:00:{s:02}.000Z,Outbound to Office 365,08D8BD00000000{s:02},7,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n"
            )
        };
        let mut a = Analyzer::new("SEND.LOG");
        a.feed(head.as_bytes());
        for (h, s) in [(10, 1), (10, 2), (11, 3)] {
            a.feed(row(h, s).as_bytes());
        }
        a.feed(&[b'\n'; SNIFF_BYTES]);
        let snap = a.snapshot();
        assert_eq!(snap.findings.len(), 1);
        assert_eq!(snap.findings[0].count, 3);
        let r = a.finish();
        let points: Vec<(&str, u64)> = r.timeline.iter().map(|p| (p.hour.as_str(), p.count)).collect();
        assert_eq!(points, vec![("2021-01-20T10", 2), ("2021-01-20T11", 1)]);
        assert!(r.timeline.iter().all(|p| p.rule == "seed-protolog-socketerror"));
        assert_eq!(hour_of("Jan 20 10:00:01"), Some("Jan 20 10"));
        assert_eq!(hour_of("yesterday"), None);
    }

    /// A Postfix log over New Year in a file written on 2026-01-10: its
    /// findings and timeline are dated (December's lines are 2025's) and
    /// the hours sort in time; without the file's date they stay as written.
    #[test]
    fn syslog_stamps_without_a_year_are_dated_by_the_file() {
        let bounce = |t: &str, i: u32| {
            format!(
                "{t} mx postfix/smtp[1]: Q{i}: to=<u{i}@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <u{i}@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n"
            )
        };
        let log: String = [("Dec 30 23:59:58", 1), ("Jan  1 00:00:01", 2), ("Aug  3 09:00:00", 3)]
            .iter()
            .map(|(t, i)| bounce(t, *i))
            .collect();
        let read = |written: Option<i64>| {
            let mut a = Analyzer::new("mail.log");
            if let Some(w) = written {
                a.written_at(w);
            }
            a.feed(log.as_bytes());
            a.finish()
        };
        // 2026-01-10T12:00:00Z.
        let r = read(Some(1_768_046_400));
        let hours: Vec<&str> = r.timeline.iter().map(|p| p.hour.as_str()).collect();
        assert_eq!(hours, ["2025-08-03T09", "2025-12-30T23", "2026-01-01T00"]);
        let seen: Vec<(Option<&str>, Option<&str>)> =
            r.findings.iter().map(|f| (f.first_seen.as_deref(), f.last_seen.as_deref())).collect();
        assert!(seen.contains(&(Some("2025-12-30T23:59:58"), Some("2025-12-30T23:59:58"))), "{seen:?}");
        let r = read(None);
        let hours: Vec<&str> = r.timeline.iter().map(|p| p.hour.as_str()).collect();
        assert_eq!(hours, ["Aug  3 09", "Dec 30 23", "Jan  1 00"]);
    }

    #[test]
    fn html_in_input_is_kept_as_text() {
        let r = analyze("paste", b"<script>alert(1)</script> 550 5.1.1 <img src=x onerror=alert(1)>\n");
        assert!(r.findings[0].evidence[0].raw.contains("<script>"));
    }

    #[test]
    fn the_status_of_the_remote_reply_goes_with_its_reply_code() {
        let dsn = |field: &str, diag: &str| {
            format!(
                "Final-Recipient: rfc822; kim@example.net\nAction: failed\nStatus: {field}\nDiagnostic-Code: smtp; {diag}\n"
            )
        };
        for (field, diag, want) in [
            ("4.4.7", "450 4.7.1 <kim@example.net>: Client host rejected: cannot find your hostname", ("450", "4.7.1")),
            (
                "5.1.1",
                "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
                ("550", "5.7.1"),
            ),
            // No reply code of its own: the field's status stays.
            ("5.1.1", "5.1.2 bad destination system address", ("", "5.1.1")),
            // A class that disagrees is not the same failure: the field stays.
            ("5.4.7", "450 4.7.1 try again later", ("450", "5.4.7")),
        ] {
            let r = analyze("dsn.txt", dsn(field, diag).as_bytes());
            let f = &r.findings[0];
            let got = (f.reply.map(|c| c.to_string()).unwrap_or_default(), f.status.clone().unwrap_or_default());
            assert_eq!((got.0.as_str(), got.1.as_str()), want, "{field} / {diag}");
        }
    }

    /// Exchange Online's `5.0.350` only says "the remote server returned an
    /// error"; the reply after the arrow is the cause when a rule explains
    /// it by its words or its status, and its codes go with it (in a paste
    /// and in a DSN whose Status field is the envelope's).
    #[test]
    fn the_reply_inside_an_exchange_envelope_is_the_cause() {
        let wrap = |inner: &str| format!("550 5.0.350 Remote server returned an error -> {inner}");
        let dsn = |diag: &str| {
            format!(
                "Final-Recipient: rfc822; kim@example.net\nAction: failed\nStatus: 5.0.350\nDiagnostic-Code: smtp; {diag}\n"
            )
        };
        for (inner, want) in [
            (
                "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
                ("bounce-dnsbl-listed", "554", "5.7.1"),
            ),
            (
                "550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
                ("bounce-postfix-unknown-in-table", "550", "5.1.1"),
            ),
            // A bare reply code tells no more than the envelope does.
            ("550 account closed", ("exo-5-0-350-remote-error", "550", "5.0.350")),
        ] {
            for (name, input) in [("paste", wrap(inner)), ("dsn.txt", dsn(&wrap(inner)))] {
                let r = analyze(name, input.as_bytes());
                let f = &r.findings[0];
                let got = (
                    f.rule.as_str(),
                    f.reply.map(|c| c.to_string()).unwrap_or_default(),
                    f.status.clone().unwrap_or_default(),
                );
                assert_eq!((got.0, got.1.as_str(), got.2.as_str()), want, "{name}: {inner}");
            }
        }
        // Without an arrow the envelope rule stands.
        let r = analyze("paste", b"550 5.0.350 Remote server returned an error\n");
        assert_eq!(r.findings[0].rule, "exo-5-0-350-remote-error");
    }

    /// An Exchange NDR whose diagnostic block lists the attempts newest
    /// first: the older attempt's cause is reported for the same recipient,
    /// after the final failure, whether or not a DSN part is attached.
    #[test]
    fn an_ndr_keeps_the_cause_its_older_attempts_show() {
        let human = "Delivery has failed to these recipients or groups:\r\n\r\nkim@fabrikam.example\r\n\r\n\
            Diagnostic information for administrators:\r\n\r\nGenerating server: EX01.contoso.example\r\n\r\n\
            kim@fabrikam.example\r\n\
            6/02/2025 9:40:11 AM - Remote Server at mx.fabrikam.example (192.0.2.25) returned '550 4.4.7 QUEUE.Expired; message expired'\r\n\
            6/02/2025 9:30:11 AM - Remote Server at mx.fabrikam.example (192.0.2.25) returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed.'\r\n\
            6/02/2025 9:20:11 AM - Remote Server at mx.fabrikam.example (192.0.2.25) returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed.'\r\n\r\n\
            Original message headers:\r\n\r\nSubject: figures\r\n";
        let dsn = "Reporting-MTA: dns;EX01.contoso.example\r\n\r\nFinal-Recipient: rfc822;kim@fabrikam.example\r\n\
            Action: failed\r\nStatus: 4.4.7\r\nDiagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired\r\n";
        let head = "From: postmaster@contoso.example\r\nTo: a@contoso.example\r\nSubject: Undeliverable: figures\r\nMIME-Version: 1.0\r\n";
        let with_dsn = format!(
            "{head}Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
             --b\r\nContent-Type: text/plain\r\n\r\n{human}\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n{dsn}\r\n--b--\r\n"
        );
        let text_only = format!("{head}Content-Type: text/plain\r\n\r\n{human}");
        for eml in [with_dsn, text_only] {
            let r = analyze("ndr.eml", eml.as_bytes());
            let got: Vec<(&str, Option<&str>, u64)> =
                r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref(), f.count)).collect();
            assert_eq!(
                got,
                vec![
                    ("queue-expired", Some("kim@fabrikam.example"), 1),
                    ("seed-queue-socketerror", Some("kim@fabrikam.example"), 2)
                ],
                "{eml}"
            );
        }
        // Without a recipient above them the lines are no one's attempts
        // (the user section's addresses are not the diagnostic block's).
        let unlisted = human.replacen("kim@fabrikam.example\r\n6/02", "6/02", 1);
        assert!(earlier_attempts(&unlisted, true).is_empty(), "{unlisted}");
        // The undated form of the newest attempt still counts as the newest.
        let undated = human.replace(
            "6/02/2025 9:40:11 AM - Remote Server at mx.fabrikam.example (192.0.2.25) returned",
            "Remote Server returned",
        );
        assert_eq!(earlier_attempts(&undated, false).len(), 2);
        assert_eq!(earlier_attempts(&undated, true).len(), 3);
        // Pasted as text, an attempt's queue error is the recipient's too.
        let r = analyze("paste", human.as_bytes());
        let socket = r.findings.iter().find(|f| f.rule == "seed-queue-socketerror").expect("SocketError finding");
        assert_eq!(socket.recipient.as_deref(), Some("kim@fabrikam.example"));
    }

    /// An Exchange Online NDR whose newest attempt says why the message
    /// expired (`[Message=421 4.4.2 … SocketError]`) while its DSN part says
    /// only `QUEUE.Expired`: the expiry and the TLS cause are both the
    /// recipient's, each counted once; without the DSN part the cause is read.
    #[test]
    fn an_expired_ndr_names_the_reply_that_kept_failing() {
        let human = "Delivery has failed to these recipients or groups:\r\n\r\nops@partner.example\r\n\r\n\
            Diagnostic information for administrators:\r\n\r\nGenerating server: DM6PR11MB4321.namprd11.prod.outlook.com\r\n\r\n\
            ops@partner.example\r\n\
            Remote Server returned '550 4.4.7 QUEUE.Expired; message expired [Message=421 4.4.2 Connection dropped due to SocketError] [LastAttemptedServerName=mail.partner.example] [LastAttemptedIP=203.0.113.25:25]'\r\n\r\n\
            Original message headers:\r\n\r\nSubject: offer\r\n";
        let dsn = "Reporting-MTA: dns;DM6PR11MB4321.namprd11.prod.outlook.com\r\n\r\nFinal-Recipient: rfc822;ops@partner.example\r\n\
            Action: failed\r\nStatus: 4.4.7\r\nDiagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired\r\n";
        let head = "From: postmaster@contoso.example\r\nTo: a@contoso.example\r\nSubject: Undeliverable: offer\r\nMIME-Version: 1.0\r\n";
        let with_dsn = format!(
            "{head}Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n\
             Content-Type: text/plain\r\n\r\n{human}\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n{dsn}\r\n--b--\r\n"
        );
        let without = format!("{head}Content-Type: text/plain\r\n\r\n{human}");
        let rules = |eml: &str| -> Vec<(String, Option<String>, u64)> {
            analyze("ndr.eml", eml.as_bytes()).findings.into_iter().map(|f| (f.rule, f.recipient, f.count)).collect()
        };
        let ops = Some("ops@partner.example".to_string());
        assert_eq!(
            rules(&with_dsn),
            vec![("queue-expired".into(), ops.clone(), 1), ("seed-ndr-socketerror".into(), ops.clone(), 1)]
        );
        assert_eq!(rules(&without), vec![("seed-ndr-socketerror".into(), ops, 1)]);
    }

    /// A queue listing (`mailq`) lists each reason before its recipients:
    /// each recipient gets that reason, and a reason wrapped after its codes
    /// ends at its recipients (QA round 29: it took every reason after it).
    #[test]
    fn a_queue_listing_gives_each_reason_its_recipients() {
        let found = |text: &str| -> Vec<(String, Option<String>, u64)> {
            analyze("mailq", text.as_bytes())
                .findings
                .iter()
                .map(|f| (f.rule.clone(), f.recipient.clone(), f.first_line))
                .collect()
        };
        let pad = " ".repeat(41);
        let postfix = [
            "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------",
            "9C1B51E0E8B     3377 Tue Mar  4 10:02:11  alerts@example.org",
            "(host mx.example.net[192.0.2.7] said: 451 5.7.3",
            "    STARTTLS is required to send mail (in reply to MAIL FROM command))",
            &format!("{pad}ops@example.net"),
            "(connect to mx.example.com[203.0.113.25]:25: Connection timed out)",
            &format!("{pad}gina@example.com"),
            &format!("{pad}hank@example.com"),
            "",
            "-- 4 Kbytes in 1 Request.",
        ]
        .join("\n");
        let mut got = found(&postfix);
        got.sort();
        let one = |rule: &str, r: &str, line: u64| (rule.to_string(), Some(r.to_string()), line);
        assert_eq!(
            got,
            [
                one("bounce-connection-timed-out", "gina@example.com", 6),
                one("bounce-connection-timed-out", "hank@example.com", 6),
                one("mta-tls-starttls-required-by-receiver", "ops@example.net", 3),
            ]
        );
        // The server a time-out was with, from the client's own words.
        let r = analyze("mailq", postfix.as_bytes());
        let timeout = r.findings.iter().find(|f| f.rule == "bounce-connection-timed-out").unwrap();
        assert_eq!(
            (timeout.remote_host.as_deref(), timeout.remote_ip.as_deref()),
            (Some("mx.example.com"), Some("203.0.113.25"))
        );
        // Sendmail's: the reason indented under the message, the recipients
        // under it with tabs.
        let sendmail = [
            "\t\t/var/spool/mqueue (1 request)",
            "-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------",
            "24E9aBcD012345     2087 Tue Mar  4 09:10 <alice@example.org>",
            "                 (Deferred: Connection timed out with mx.example.com.)",
            "\t\t\t\t\t <gina@example.com>",
            "24E9aBcE012346     4519 Tue Mar  4 08:55 <news@example.org>",
            "\t\t\t\t\t <frank@example.com>",
        ]
        .join("\n");
        let got = found(&sendmail);
        assert_eq!(got, [one("bounce-connection-timed-out", "gina@example.com", 4)]);
    }

    /// Gmail's bounce names its recipient in a sentence: its words and its
    /// reply are one finding of that recipient (QA round 31).
    #[test]
    fn a_gmail_bounce_names_its_recipient() {
        let text = "Address not found\n\nYour message wasn't delivered to someone@gmail.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp\n";
        let r = analyze("gmail", text.as_bytes());
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        assert_eq!(r.findings[0].recipient.as_deref(), Some("someone@gmail.com"));
    }

    /// Exchange Online's attempt line names the partner's server it was
    /// sending to: a SocketError there is not Exchange Online refusing a
    /// sender (QA round 31).
    #[test]
    fn an_attempt_line_names_its_server() {
        let text = "ivan.petrov@mail-host.example\n12/6/2024 10:15:00 AM - Server at mx1.mail-host.example (185.12.92.10) returned '421 4.4.2 Connection dropped due to SocketError'\n";
        let r = analyze("ndr", text.as_bytes());
        let f = &r.findings[0];
        assert_eq!(f.rule, "socketerror-other-peer");
        assert_eq!(
            (f.remote_host.as_deref(), f.remote_ip.as_deref()),
            (Some("mx1.mail-host.example"), Some("185.12.92.10"))
        );
    }

    /// An envelope in an envelope: the innermost reply a rule explains is
    /// the finding, with its codes (QA round 31: "paste it separately").
    #[test]
    fn the_innermost_reply_of_nested_envelopes_is_the_finding() {
        let line = "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Primary target IP address responded with: \"451 5.7.3 STARTTLS is required to send mail.\" Attempted failover to alternate host, but that did not succeed.] [LastAttemptedServerName=mail.example.net] [LastAttemptedIP=203.0.113.9:25]'";
        let r = analyze("ndr", line.as_bytes());
        let f = &r.findings[0];
        assert_eq!(f.rule, "tls-starttls-required", "{:?}", r.findings);
        assert_eq!((f.reply.map(|c| c.0), f.status.as_deref()), (Some(451), Some("5.7.3")));
    }

    /// An NDR lists addresses of any script (RFC 6531): each error is under
    /// its own recipient, not the one above it (QA round 31); words glued
    /// to an address (`example.jp您好，`) or an ellipsis are not one.
    #[test]
    fn a_recipient_may_be_written_in_any_script() {
        let text = [
            "Diagnostic information for administrators:",
            "",
            "huong.tran@congty-xyz.vn",
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            "",
            "иван@почта-тест.рф",
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            "",
            "đặng.quốc@congty-xyz.vn",
            "Remote Server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding.'",
        ]
        .join("\n");
        let r = analyze("ndr", text.as_bytes());
        let mut got: Vec<(&str, &str)> =
            r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref().unwrap_or("-"))).collect();
        got.sort();
        assert_eq!(
            got,
            [
                ("exo-5-1-1-recip-not-found", "huong.tran@congty-xyz.vn"),
                ("exo-5-1-1-recip-not-found", "иван@почта-тест.рф"),
                ("exo-5-7-520-external-forwarding-blocked", "đặng.quốc@congty-xyz.vn"),
            ]
        );
        assert!(!mailbox_chars("kijitora@example.jp您好，"));
        assert!(!mailbox_chars("…@umail.ucc.ie"));
        assert!(mailbox_chars("刘镕@contoso.cn"));
    }

    /// `postcat`'s message section is the queued message: its words are not
    /// the queue's errors; the sections around it are read.
    #[test]
    fn a_queued_message_shown_by_postcat_is_not_read() {
        let text = [
            "*** ENVELOPE RECORDS deferred/4/4XyZ5d3eFGz5wU ***",
            "recipient: gina@example.com",
            "*** MESSAGE CONTENTS deferred/4/4XyZ5d3eFGz5wU ***",
            "Subject: Re: 451 5.7.3 STARTTLS is required to send mail",
            "",
            "Last week our relay logged \"Cannot start TLS: handshake failure\".",
            "*** HEADER EXTRACTED deferred/4/4XyZ5d3eFGz5wU ***",
            "*** MESSAGE FILE END deferred/4/4XyZ5d3eFGz5wU ***",
            "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
        ]
        .join("\n");
        let r = analyze("postcat", text.as_bytes());
        let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(r.findings[0].first_line, 9);
    }

    /// A log's line for the host of a failure (Exim's `H=… [ip]: SMTP error
    /// …`, Postfix's `connect to …[ip]:25: …`) goes into the finding of each
    /// recipient line that follows: one finding a recipient, counted once.
    #[test]
    fn a_host_line_is_its_recipients_failure() {
        let exim = "2026-12-06 10:00:01 1vABCd-000123-AB H=mx1.example.net [192.0.2.10]: SMTP error from remote mail server after initial connection: 421 4.7.0 Try again later, closing connection\n\
            2026-12-06 10:00:01 1vABCd-000123-AB == bob@example.net R=dnslookup T=remote_smtp defer (-46) H=mx1.example.net [192.0.2.10]: SMTP error from remote mail server after initial connection: 421 4.7.0 Try again later, closing connection\n\
            2026-12-06 10:00:02 1vABCd-000124-AB H=mx1.example.net [192.0.2.10]: SMTP error from remote mail server after initial connection: 421 4.7.0 Try again later, closing connection\n\
            2026-12-06 10:00:02 1vABCd-000124-AB == carol@example.net R=dnslookup T=remote_smtp defer (-46) H=mx1.example.net [192.0.2.10]: SMTP error from remote mail server after initial connection: 421 4.7.0 Try again later, closing connection\n\
            2026-12-06 10:00:03 1vABCd-000125-AB H=mx9.example.net [192.0.2.90]: SMTP error from remote mail server after initial connection: 421 4.7.0 Try again later, closing connection\n";
        let postfix = "Dec  6 10:00:01 mail postfix/smtp[1234]: connect to mx1.example.net[192.0.2.10]:25: Connection refused\n\
            Dec  6 10:00:01 mail postfix/smtp[1234]: 4XAbc12345: to=<bob@example.net>, relay=none, delay=0.5, delays=0.1/0/0.4/0, dsn=4.4.1, status=deferred (connect to mx1.example.net[192.0.2.10]:25: Connection refused)\n";
        for (text, want) in [
            (exim, vec![(Some("bob@example.net"), 1, 1), (Some("carol@example.net"), 1, 4), (None, 1, 5)]),
            (postfix, vec![(Some("bob@example.net"), 1, 1)]),
        ] {
            let r = analyze("mail.log", text.as_bytes());
            let got: Vec<(Option<&str>, u64, u64)> =
                r.findings.iter().map(|f| (f.recipient.as_deref(), f.count, f.first_line)).collect();
            assert_eq!(got, want);
        }
    }

    /// The registry values that turn TLS 1.2 off, as `reg query`, a `.reg`
    /// export (UTF-16, as regedit writes it) and Test-Tls12Config.ps1 list
    /// them; the values that leave it on are no finding.
    #[test]
    fn registry_listings_say_where_tls12_is_off() {
        let k = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols";
        let query = format!(
            "\r\n{k}\\TLS 1.0\\Client\r\n    Enabled    REG_DWORD    0x1\r\n\r\n\
             {k}\\TLS 1.2\\Client\r\n    DisabledByDefault    REG_DWORD    0x1\r\n    Enabled    REG_DWORD    0x0\r\n\r\n\
             {k}\\TLS 1.2\\Server\r\n    DisabledByDefault    REG_DWORD    0x0\r\n    Enabled    REG_DWORD    0xffffffff\r\n\r\n\
             End of search: 5 match(es) found.\r\n"
        );
        let export = "Windows Registry Editor Version 5.00\r\n\r\n\
            [HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]\r\n\
            \"SystemDefaultTlsVersions\"=dword:00000001\r\n\"SchUseStrongCrypto\"=dword:00000000\r\n";
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend(export.encode_utf16().flat_map(u16::to_le_bytes));
        let script = "WRONG    HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\\Enabled = 0 (want 1)\n\
            MISSING  HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\\SchUseStrongCrypto (want 1)\n\
            2 value(s) need changing; import enable-tls12.reg and restart the server.\n";
        for (input, want) in [
            (query.into_bytes(), vec![("reg-schannel-tls12-disabled", 2)]),
            (utf16, vec![("reg-dotnet-tls12-not-default", 1)]),
            (script.as_bytes().to_vec(), vec![("reg-schannel-tls12-disabled", 1), ("reg-dotnet-tls12-not-default", 1)]),
        ] {
            let r = analyze("reg.txt", &input);
            let got: Vec<(&str, u64)> = r.findings.iter().map(|f| (f.rule.as_str(), f.count)).collect();
            assert_eq!(got, want);
        }
        // A string value in the listing does not end it; a flag's other
        // non-zero values count as 1; PowerShell's list names its key last.
        let net = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\r\n    \
            InstallPath    REG_SZ    C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\\r\n    \
            SchUseStrongCrypto    REG_DWORD    0x0\r\n";
        let dbd = format!("{k}\\TLS 1.2\\Client\n    DisabledByDefault    REG_DWORD    0xffffffff\n");
        let ps = "Enabled           : 0\nDisabledByDefault : 0\n\
            PSPath            : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\n\
            PSChildName       : Server\n\n\
            Enabled           : -1\nPSPath            : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\n";
        for (input, want) in [
            // SchUseStrongCrypto 0, SystemDefaultTlsVersions not listed.
            (net, vec![("reg-dotnet-tls12-not-default", 2)]),
            (dbd.as_str(), vec![("reg-schannel-tls12-disabled", 1)]),
            (ps, vec![("reg-schannel-tls12-disabled", 1)]),
        ] {
            let r = analyze("reg.txt", input.as_bytes());
            let got: Vec<(&str, u64)> = r.findings.iter().map(|f| (f.rule.as_str(), f.count)).collect();
            assert_eq!(got, want, "{input}");
        }
        // A value asked for alone says nothing of the other.
        let one = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\n    SchUseStrongCrypto    REG_DWORD    0x1\n\nEnd of search: 1 match(es) found.\n";
        assert!(analyze("reg.txt", one.as_bytes()).findings.is_empty());
        // The value's key is in the evidence.
        let r = analyze("reg.txt", script.as_bytes());
        assert!(
            r.findings[0].evidence[0].text.ends_with("TLS 1.2\\Server\\Enabled = 0 (dword)"),
            "{:?}",
            r.findings[0].evidence
        );
    }

    /// The remote end a Postfix or posttls-finger line names without a
    /// syslog prefix.
    #[test]
    fn client_lines_name_their_peer() {
        for (line, want) in [
            (
                "posttls-finger: SSL_connect error to mail.example.net[198.51.100.25]:25: -1",
                Some(("mail.example.net", "198.51.100.25")),
            ),
            (
                "posttls-finger: Untrusted TLS connection established to mx.example.net[192.0.2.40]:25: TLSv1 with cipher AES256-SHA (256/256 bits)",
                Some(("mx.example.net", "192.0.2.40")),
            ),
            (
                "Anonymous TLS connection established from legacy.example.net[198.51.100.10]: TLSv1 with cipher ECDHE-RSA-AES256-SHA (256/256 bits)",
                Some(("legacy.example.net", "198.51.100.10")),
            ),
            ("connect to mx.example.com[192.0.2.25]:25: Connection timed out", Some(("mx.example.com", "192.0.2.25"))),
            ("SSL_connect error to [not an address]", None),
        ] {
            assert_eq!(client_peer(line), want, "{line}");
        }
    }

    /// A PowerShell error record is one error: its message in any language,
    /// read with the exception type its `+ CategoryInfo` line names.
    #[test]
    fn a_powershell_error_record_is_read_whole() {
        let record = |message: &str, position: &str, category: &str| {
            format!(
                "{message}\n{position}\n+ Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Cr ...\n\
                 + ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    \
                 + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], {category}\n    \
                 + FullyQualifiedErrorId : SmtpException,Microsoft.PowerShell.Commands.SendMailMessage\n"
            )
        };
        for (text, want) in [
            (
                record(
                    "Send-MailMessage : Authentication failed because the remote party has closed the transport stream.",
                    "At line:1 char:1",
                    "IOException",
                ),
                vec!["dotnet-tls-remote-closed"],
            ),
            (
                record(
                    "Send-MailMessage : 由于远程方已关闭传输流，身份验证失败。",
                    "所在位置 行:1 字符: 1",
                    "IOException",
                ),
                vec!["dotnet-smtp-connection-closed"],
            ),
            (
                record(
                    "Send-MailMessage : Не удается прочитать данные из транспортного соединения.",
                    "строка:1 знак:1",
                    "IOException",
                ),
                vec!["dotnet-smtp-connection-closed"],
            ),
            // A reply names its own rule; the record's lines add none.
            (
                record(
                    "Send-MailMessage : Сервер SMTP требует защищенное подключение. Ответ сервера: 5.7.57 Client not authenticated to send mail.",
                    "строка:1 знак:1",
                    "SmtpException",
                ),
                vec!["exo-5-7-57-smtp-auth-required"],
            ),
        ] {
            let r = analyze("ps.txt", text.as_bytes());
            let got: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
            assert_eq!(got, want, "{text}");
            assert_eq!(r.findings[0].count, 1);
        }
    }

    /// Past [`RECIPIENT_FINDINGS`] findings, a new recipient's failure is
    /// counted under its rule and peer, with a note: totals stay whole.
    #[test]
    fn a_huge_queue_is_counted_whole() {
        let mut text = String::new();
        for i in 0..1_200 {
            text.push_str(&format!(
                "4XyZ{i:06}     1200 Tue Mar  4 09:11:00  a@example.org\n\
                 (connect to mx.example.com[203.0.113.25]:25: Connection timed out)\n{}u{i}@example.com\n\n",
                " ".repeat(41)
            ));
        }
        let r = analyze("mailq", text.as_bytes());
        assert_eq!(r.findings.iter().map(|f| f.count).sum::<u64>(), 1_200);
        assert!(r.findings.len() <= RECIPIENT_FINDINGS + 1, "{}", r.findings.len());
        assert!(r.notes.contains(&Note::RecipientsGrouped { occurrences: 200 }), "{:?}", r.notes);
        assert!(r.notes.iter().all(|n| !matches!(n, Note::TooManyFindings { .. })));
    }

    /// Pasted bounce text folds a long reply onto indented lines: read as
    /// one line it is one finding per recipient, with its recipient, as the
    /// same bounce read from its message is. Structured text (JSON, a
    /// transcript under a section rule) is not folded.
    #[test]
    fn folded_lines_are_read_as_one() {
        let rules = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
            analyze("paste.txt", text.as_bytes())
                .findings
                .into_iter()
                .map(|f| (f.rule, f.recipient, f.status))
                .collect()
        };
        let postfix = "<kim@gmail.example>: host gmail-smtp-in.l.google.com[192.0.2.26] said:\n    \
            550-5.1.1 The email account that you tried to reach does not exist. Please\n    \
            try 550-5.1.1 double-checking the recipient's email address for typos or\n    \
            550-5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser\n    \
            a1b2c3 - gsmtp (in reply to RCPT TO command)\n\n\
            <lee@example.net> (expanded from <team@example.net>): host mx.example.net[192.0.2.7]\n    \
            said: 552 5.2.2 <lee@example.net>: Recipient address rejected: Mailbox full\n    \
            (in reply to RCPT TO command)\n";
        assert_eq!(
            rules(postfix),
            vec![
                ("bounce-gmail-account-not-exist".into(), Some("kim@gmail.example".into()), Some("5.1.1".into())),
                ("bounce-mailbox-full".into(), Some("lee@example.net".into()), Some("5.2.2".into())),
            ]
        );
        // Exim: the address alone heads the lines indented under it, which are one line.
        let exim = "  bob@example.com\n    host mx.example.com [192.0.2.4]\n    \
            SMTP error from remote mail server after RCPT TO:<bob@example.com>:\n    \
            550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n";
        assert_eq!(
            rules(exim),
            vec![("bounce-user-unknown".into(), Some("bob@example.com".into()), Some("5.1.1".into()))]
        );
        // PowerShell's Format-List wraps a value under its start.
        let queue = "LastError        : 451 4.4.0 Primary target IP address responded with:\n                   \
            \"451 5.7.3 Must issue a STARTTLS command first.\" Attempted\n                   \
            failover to alternate host, but that did not succeed.\nNextHopDomain    : contoso.example\n";
        assert_eq!(rules(queue), vec![("queue-primary-starttls-first".into(), None, Some("4.4.0".into()))]);
        // Items of structured text stay lines of their own.
        let json =
            "[\n  {\n    \"Status\": \"550 5.1.1 User unknown\",\n    \"Other\": \"552 5.2.2 Mailbox full\"\n  }\n]\n";
        assert_eq!(rules(json).len(), 2, "{json}");
        let transcript = "--- Session Transcript ---\n Tue 10:00:01: <-- 250 2.1.0 Ok\n Tue 10:00:01: --> RCPT To:<who@fabrikam.example>\n \
            Tue 10:00:01: <-- 550 5.1.1 <who@fabrikam.example>: Recipient address rejected: User unknown\n";
        assert_eq!(rules(transcript).first().and_then(|r| r.2.clone()), Some("5.1.1".into()));
        // Tab-separated rows are rows.
        let table = "Status\tTest\tResult\n\tSMTP Open Relay\tOK - Not an open relay.\n\tSMTP TLS\tWarning - Does not support TLS.\n";
        assert!(rules(table).is_empty(), "{table}");
        assert_eq!(analyze("t.txt", table.as_bytes()).lines, 3);
        // swaks indents the client's next command under the reply.
        let swaks = "<~* 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com]\n ~> QUIT\n<~  221 2.0.0 Service closing transmission channel\n";
        let r = analyze("swaks.txt", swaks.as_bytes());
        assert!(r.findings[0].evidence[0].text.ends_with("outlook.com]"), "{:?}", r.findings[0].evidence);
        // A file of indented lines is not one line of unbounded size.
        let deep = format!("x\n{}", "    550 5.1.1 unknown user here\n".repeat(2000));
        assert!(analyze("deep.txt", deep.as_bytes()).findings[0].count > 1);
    }

    /// A pasted bounce: its human-readable part and its DSN say each
    /// recipient's failure once each, which is one finding per recipient
    /// (with the DSN's codes); the returned message's headers are the
    /// sender's mail, not errors; Postfix's delay notice is a delay.
    #[test]
    fn a_pasted_bounce_is_one_finding_per_recipient_and_its_quoted_headers_none() {
        let paste = "<joe@fabrikam.example>: host mx1.fabrikam.example[203.0.113.10] said: 550 5.1.1\n    \
            <joe@fabrikam.example>: Recipient address rejected: User unknown in virtual\n    \
            mailbox table (in reply to RCPT TO command)\n\n\
            Final-Recipient: rfc822; joe@fabrikam.example\nAction: failed\nStatus: 5.1.1\n\
            Remote-MTA: dns; mx1.fabrikam.example\n\
            Diagnostic-Code: smtp; 550 5.1.1 <joe@fabrikam.example>: Recipient address\n    \
            rejected: User unknown in virtual mailbox table\n\n\
            Original message headers:\n\nFrom: max@example.org\nSubject: 550 5.7.1 relay denied, again?\n\n";
        let r = analyze("paste.txt", paste.as_bytes());
        let got: Vec<(&str, Option<&str>, u64)> =
            r.findings.iter().map(|f| (f.rule.as_str(), f.recipient.as_deref(), f.count)).collect();
        assert_eq!(got, vec![("bounce-postfix-unknown-in-table", Some("joe@fabrikam.example"), 1)]);
        assert_eq!(r.findings[0].status.as_deref(), Some("5.1.1"));
        // Exchange Online's newer NDR copied as text: the code twice, the
        // recipient named in its own words.
        let exo = "Your message to ivy@contoso.example couldn't be delivered.\nStatus code: 550 5.1.10\n\
            Original Message Details\nRecipient Address:\tivy@contoso.example\nError Details\n\
            Reported error:\t550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n";
        let got: Vec<(String, Option<String>, u64)> =
            analyze("paste.txt", exo.as_bytes()).findings.into_iter().map(|f| (f.rule, f.recipient, f.count)).collect();
        assert_eq!(got, vec![("exo-5-1-10-recipient-not-found".into(), Some("ivy@contoso.example".into()), 1)]);
        let delay = "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n\
            Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n";
        let rules: Vec<String> = analyze("paste.txt", delay.as_bytes()).findings.into_iter().map(|f| f.rule).collect();
        assert_eq!(rules, ["bounce-delivery-delayed"]);
    }

    /// A bounce a user quoted back in a reply (`> ` on every line, nested
    /// `> >`) reads as the bounce itself: each failure once, on its own
    /// recipient (QA round 46: the quote marks made every line a
    /// continuation, and 5.1.1 went to the wrong recipient). Outlook's
    /// `Name<mailto:addr>` heading names the recipient of the words under it.
    #[test]
    fn a_quoted_bounce_reads_as_the_bounce() {
        let ndr = "Delivery has failed to these recipients or distribution lists:\n\n\
            Neko<mailto:mikeneko@example.co.jp>\nThe recipient's e-mail address was not found in the recipient's e-mail system.\n\n\
            Tora<mailto:tora@example.co.jp>\nThe recipient's mailbox is full and can't accept messages now.\n\n\
            Diagnostic information for administrators:\n\nGenerating server: mta4.example.org\n\n\
            mikeneko@example.co.jp\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\n\
            tora@example.co.jp\n#550 5.2.2 STOREDRV.Deliver; mailbox full ##\n\n";
        let read = |text: &str| {
            let mut got: Vec<(String, Option<String>, Option<String>)> = analyze("paste.txt", text.as_bytes())
                .findings
                .into_iter()
                .map(|f| (f.rule, f.recipient, f.status))
                .collect();
            got.sort();
            got
        };
        let plain = read(ndr);
        assert_eq!(
            plain,
            vec![
                ("bounce-mailbox-full".into(), Some("tora@example.co.jp".into()), Some("5.2.2".into())),
                ("exo-5-1-1-recip-not-found".into(), Some("mikeneko@example.co.jp".into()), Some("5.1.1".into())),
            ]
        );
        // An Exchange delay notice saved or forwarded as a message: its
        // attempts are warnings, as in the notice itself.
        let delay = "From: it@example.org\nSubject: FW: Delivery delayed: report\n\n\
            Delivery is delayed to these recipients or groups:\n\ncfo@example.net\n\n\
            Diagnostic information for administrators:\n\ncfo@example.net\n\
            3/13/2025 11:58:02 AM - Remote Server at mx.example.net (203.0.113.80) returned '441 4.4.1 Error encountered while communicating with primary target IP address: \"Failed to connect. Winsock error code: 10060, Win32 error code: 10060.\"'\n";
        let r = analyze("fw.eml", delay.as_bytes());
        assert!(
            !r.findings.is_empty() && r.findings.iter().all(|f| f.severity == kb::Severity::Warning),
            "{:?}",
            r.findings
        );
        // The same notice forwarded as an attachment (Outlook's "Forward as
        // attachment") is read too.
        let (head, body) = delay.split_once("\n\n").unwrap_or_default();
        let attached = format!(
            "From: it@example.org\nSubject: FW: see attached\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"B\"\n\n\
             --B\nContent-Type: text/plain\n\nSee attached.\n--B\nContent-Type: message/rfc822\n\n\
             {}\n\n{body}\n--B--\n",
            head.replace("Subject: FW: Delivery delayed", "Subject: Delivery delayed")
        );
        let rules: Vec<String> = analyze("fw.eml", attached.as_bytes()).findings.into_iter().map(|f| f.rule).collect();
        assert!(rules.iter().any(|r| r == "queue-winsock-10060"), "{rules:?}");
        for prefix in ["> ", ">", "> > ", ">> "] {
            let quoted: String = ndr.lines().map(|l| format!("{prefix}{l}\n")).collect();
            let quoted = format!("On Tue, 22 Feb 2011, Microsoft Exchange wrote:\n{quoted}\nWhich one is ours?\n");
            assert_eq!(read(&quoted), plain, "quoted with {prefix:?}");
        }
    }

    /// A log copied while it was being written ends in a row cut short:
    /// it opens no session (it was counted as a plain one of `unknown`).
    #[test]
    fn a_row_cut_short_is_no_session() {
        let log = "#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n\
            2026-01-20T10:00:00.000Z,Outbound to Office 365,08D0000000000001,0,,104.47.0.4:25,*,,attempting to connect\r\n\
            2026-01-20T10:00:00.100Z,Outbound to Office 365,08D0000000000001,1,10.0.0.5:50123,104.47.0.4:25,-,,Local\r\n\
            2026-01-20T10:00:00.200Z,Outbound to Office 365,08D000000000\r\n";
        let mut a = Analyzer::with_census("SEND2026012010-1.LOG", crate::census::Census::new());
        a.feed(log.as_bytes());
        let census = a.finish_with_census().1.expect("census").finish();
        assert_eq!(census.sessions, 1);
        assert_eq!(census.endpoints.iter().map(|e| e.remote_ip.as_str()).collect::<Vec<_>>(), ["104.47.0.4"]);
    }

    /// A syslog TLS line's finding names the peer and side the census reads
    /// from it, so two hosts on TLS 1.0 are two findings.
    #[test]
    fn syslog_tls_findings_name_their_peer() {
        let text = "Jan  5 10:00:01 mx postfix/smtp[1]: Untrusted TLS connection established to mx.example.net[198.51.100.20]:25: TLSv1.1 with cipher AES256-SHA (256/256 bits)\n\
            Jan  5 10:00:02 mx postfix/smtp[2]: Untrusted TLS connection established to mx.old.example[198.51.100.24]:25: TLSv1 with cipher AES256-SHA (256/256 bits)\n\
            Jan  5 10:00:03 mx sm-mta[3]: STARTTLS=client, relay=[192.0.2.81], version=TLSv1, verify=FAIL, cipher=AES256-SHA, bits=256/256\n";
        let r = analyze("maillog", text.as_bytes());
        type Peer<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<Direction>);
        let mut peers: Vec<Peer<'_>> = r
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.remote_ip.as_deref(), f.remote_host.as_deref(), f.direction))
            .collect();
        peers.sort();
        assert_eq!(
            peers,
            [
                (
                    "mta-tls-legacy-version-negotiated",
                    Some("198.51.100.20"),
                    Some("mx.example.net"),
                    Some(Direction::Outbound)
                ),
                (
                    "mta-tls-legacy-version-negotiated",
                    Some("198.51.100.24"),
                    Some("mx.old.example"),
                    Some(Direction::Outbound)
                ),
                ("mta-tls-sendmail-legacy-version", Some("192.0.2.81"), None, Some(Direction::Outbound)),
            ]
        );
        assert!(
            r.findings.iter().all(|f| f.severity == crate::kb::Severity::Warning),
            "as Exchange's legacy TLS rules"
        );
        // Exim's `->` line is the `=>` line's connection: one finding, once.
        let exim = "2026-01-05 10:00:00 1vAbCd-000001-AB => a@example.net R=dnslookup T=remote_smtp H=mx.remote.example [198.51.100.70] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no C=\"250 2.0.0 OK\"\n\
            2026-01-05 10:00:00 1vAbCd-000001-AB -> b@example.net R=dnslookup T=remote_smtp H=mx.remote.example [198.51.100.70] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no C=\"250 2.0.0 OK\"\n";
        let r = analyze("mainlog", exim.as_bytes());
        let counts: Vec<(&str, u64)> = r.findings.iter().map(|f| (f.rule.as_str(), f.count)).collect();
        assert_eq!(counts, [("mta-tls-exim-legacy-version", 1)]);
        assert_eq!(r.unrecognised_lines, 0);
        // A subject that quotes an error is the sender's text, not one.
        let subject = "2026-01-05 10:00:00 1vAbCd-000002-AB <= a@example.org H=client.example [198.51.100.9] P=esmtps X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 S=100 T=\"Fwd: TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol\"\n";
        assert_eq!(analyze("mainlog", subject.as_bytes()).findings.len(), 0);
    }

    /// journalctl's zero-padded day and RFC 3164's space-padded one are one
    /// hour of the timeline, as are Exim's space and ISO's `T`.
    #[test]
    fn one_hour_is_one_timeline_bucket_whatever_the_stamp() {
        let legacy = "mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[198.51.100.5]: TLSv1 with cipher AES256-SHA (256/256 bits)";
        let text: String = ["Jan  5 10:00:01", "Jan 05 10:20:00", "Jan  5 11:00:00"]
            .iter()
            .map(|t| format!("{t} {legacy}\n"))
            .collect();
        let r = analyze("maillog", text.as_bytes());
        let points: Vec<(&str, u64)> = r.timeline.iter().map(|p| (p.hour.as_str(), p.count)).collect();
        assert_eq!(points, vec![("Jan  5 10", 2), ("Jan  5 11", 1)], "{:?}", r.findings);
    }

    /// Syslog lines of every common stamp count in the hour they name.
    #[test]
    fn syslog_stamps_name_their_hour() {
        for (line, hour) in [
            ("Jan 20 10:00:01 mx postfix/smtpd[1]: x", "Jan 20 10"),
            ("<22>1 2026-01-20T10:00:01.123456+01:00 mx postfix/smtpd 1 - - x", "2026-01-20T10"),
            ("<22>Jan 20 10:00:06 mx postfix/smtpd[1006]: x", "Jan 20 10"),
            ("2026-01-20T10:00:03+0100 mx postfix/smtpd[1003]: x", "2026-01-20T10"),
            ("2026-01-20 10:00:09 1vAbCd-000009-AB <= f@d.example", "2026-01-20 10"),
            ("Tue 2026-01-20 10:00:05.123456 CET mx postfix/smtpd[1005]: x", "2026-01-20 10"),
        ] {
            assert_eq!(syslog_time(line).and_then(hour_of), Some(hour), "{line}");
        }
        assert_eq!(syslog_time("nothing here at all"), None);
        // Exim's stamp and an ISO one are one hour on the timeline.
        let log = "2026-01-20 10:00:09 1vAbCd-000009-AB <= f@d.example H=(x) [192.0.2.1] P=esmtps X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no S=10\n\
            2026-01-20T10:30:00+01:00 mx exim[1]: 2026-01-20 10:30:00 1vAbCd-00000B-AB <= f@d.example H=m.example [192.0.2.2] P=esmtps X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no S=10\n";
        let r = analyze("mainlog", log.as_bytes());
        let hours: Vec<(&str, u64)> = r.timeline.iter().map(|p| (p.hour.as_str(), p.count)).collect();
        assert_eq!(hours, [("2026-01-20T10", 2)]);
    }

    /// A Receive log without its header is a Receive log by its file name.
    #[test]
    fn a_headerless_log_takes_its_side_from_its_file_name() {
        let row = "2026-01-20T10:00:00.000Z,EX01\\Default Frontend EX01,08DE000000000001,4,10.0.0.5:25,192.0.2.7:40000,*,,TLS negotiation failed with error SocketError\n";
        for (name, rule) in [
            ("RECV2026012010-1.LOG", "seed-protolog-socketerror-receive"),
            ("logs.zip!SmtpReceive/RECV2026012010-1.LOG", "seed-protolog-socketerror-receive"),
            ("SEND2026012010-1.LOG", "seed-protolog-socketerror"),
            // Neither header nor name: a Receive connector's name (`SERVER\…`) tells.
            ("paste", "seed-protolog-socketerror-receive"),
        ] {
            assert_eq!(analyze(name, row.as_bytes()).findings[0].rule, rule, "{name}");
        }
        let send = row.replace("EX01\\Default Frontend EX01", "Outbound to Office 365");
        assert_eq!(analyze("paste", send.as_bytes()).findings[0].rule, "seed-protolog-socketerror");
    }

    /// Words that name a check are not its failure: opendkim's pass is no
    /// finding (QA round 13: it was "DKIM did not pass" with a signing fix);
    /// the same words in a refusal still are.
    #[test]
    fn a_check_that_passed_is_no_finding() {
        let pass = "Jun 24 13:44:03 mx opendkim[367011]: 932E2280F22: DKIM verification successful\n";
        assert!(analyze("mail.log", pass.as_bytes()).findings.is_empty());
        let refused = "Jun 24 13:44:05 mx postfix/smtp[4242]: 0ABC123: to=<a@example.org>, relay=mx.example.org[192.0.2.9]:25, \
            delay=1, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.9] said: 550 5.7.1 DKIM verification failed (in reply to end of DATA command))\n";
        let r = analyze("mail.log", refused.as_bytes());
        assert_eq!(r.findings.first().map(|f| f.rule.as_str()), Some("bounce-dkim-fail"));
    }

    /// A SocketError after TLS 1.2 worked with the same host is no missing
    /// TLS 1.2: the report says so (QA round 13); failures that all came
    /// before the first success (the fix applied mid-log) are not that.
    #[test]
    fn tls12_that_worked_before_a_socketerror_is_noted() {
        let row = |t: &str, id: &str, what: &str| {
            format!(
                "2026-01-20T10:{t}.000Z,Outbound to Office 365,08DE00000000000{id},8,10.0.0.5:50100,104.47.51.138:25,*,,{what}\n"
            )
        };
        let ok = "\"TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits\"";
        let failed = "TLS negotiation failed with error SocketError";
        let head = "#Log-type: SMTP Send Protocol Log\n";
        let after = format!("{head}{}{}", row("00:00", "1", ok), row("05:00", "2", failed));
        let r = analyze("SEND.LOG", after.as_bytes());
        assert_eq!(r.findings[0].rule, "seed-protolog-socketerror");
        assert_eq!(r.notes, [Note::Tls12Works { hosts: 1 }]);
        let before = format!("{head}{}{}", row("00:00", "1", failed), row("05:00", "2", ok));
        assert!(analyze("SEND.LOG", before.as_bytes()).notes.is_empty());
        // TLS 1.2 worked as the client with another host first (QA round
        // 36): the protocol is enabled here, whatever that host's failure is.
        let other = row("00:00", "1", ok).replace("104.47.51.138", "203.0.113.200");
        let elsewhere = format!("{head}{other}{}", row("05:00", "2", failed));
        assert_eq!(analyze("SEND.LOG", elsewhere.as_bytes()).notes, [Note::Tls12Elsewhere { hosts: 1 }]);
        let later = format!(
            "{head}{}{}",
            row("00:00", "2", failed),
            row("05:00", "1", ok).replace("104.47.51.138", "203.0.113.200")
        );
        assert!(
            analyze("SEND.LOG", later.as_bytes()).notes.is_empty(),
            "a success after the failure says nothing of it"
        );
    }

    /// A Receive log: TLS 1.2 worked as the server with one client before
    /// another client's handshake failed (QA round 39): the note says the
    /// client is the old side; failures before any success are not that.
    #[test]
    fn tls12_as_the_server_before_a_clients_socketerror_is_noted() {
        let row = |t: &str, id: &str, ip: &str, what: &str| {
            format!(
                "2021-01-11T13:{t}.000Z,EX1\\Default Frontend EX1,08D8B6C1A2B3C4D{id},3,10.0.0.5:25,{ip}:50000,*,,{what}\n"
            )
        };
        let ok = "TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits";
        let failed = "TLS negotiation failed with error SocketError";
        let head = "#Log-type: SMTP Receive Protocol Log\n";
        let after = format!("{head}{}{}", row("00:00", "1", "203.0.113.9", ok), row("05:00", "2", "10.0.0.78", failed));
        let r = analyze("RECV.LOG", after.as_bytes());
        assert!(r.findings.iter().any(|f| f.rule == "seed-protolog-socketerror-receive"), "{:?}", r.findings);
        assert_eq!(r.notes, [Note::Tls12ServerWorks { clients: 1 }]);
        let before =
            format!("{head}{}{}", row("00:00", "2", "10.0.0.78", failed), row("05:00", "1", "203.0.113.9", ok));
        assert!(analyze("RECV.LOG", before.as_bytes()).notes.is_empty());
    }

    /// OpenSSL's reason, logged without a peer, is about the client its
    /// smtpd process is serving.
    #[test]
    fn a_library_problem_names_the_client_of_its_smtpd() {
        let log = "Apr 14 19:24:30 mx postfix/smtpd[4787]: connect from scan.example[198.51.100.62]\n\
            Apr 14 19:24:30 mx postfix/smtpd[4788]: connect from other.example[192.0.2.9]\n\
            Apr 14 19:24:31 mx postfix/smtpd[4787]: warning: TLS library problem: error:0A0000C1:SSL routines::no shared cipher:../ssl/statem/statem_srvr.c:2220:\n\
            Apr 14 19:24:31 mx postfix/smtpd[4787]: disconnect from scan.example[198.51.100.62] ehlo=1 starttls=0/1 commands=1/2\n\
            Apr 14 19:24:32 mx postfix/smtpd[4787]: warning: TLS library problem: error:0A0000C1:SSL routines::no shared cipher:../ssl/statem/statem_srvr.c:2220:\n";
        let r = analyze("mail.log", log.as_bytes());
        let f = r.findings.iter().find(|f| f.rule == "mta-tls-no-shared-cipher").expect("the finding");
        assert_eq!(
            (f.remote_ip.as_deref(), f.direction, f.count),
            (Some("198.51.100.62"), Some(Direction::Inbound), 1)
        );
        // After its disconnect, the process serves no one.
        assert!(r.findings.iter().any(|f| f.rule == "mta-tls-no-shared-cipher" && f.remote_ip.is_none()));
    }
}
