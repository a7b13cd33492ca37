//! Exchange SMTP Send/Receive protocol logs (W3C-style header + CSV rows).
//!
//! ```text
//! #Software: Microsoft Exchange Server
//! #Version: 15.0.0.0
//! #Log-type: SMTP Send Protocol Log
//! #Date: 2019-03-21T13:01:06.525Z
//! #Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context
//! 2019-03-21T13:01:06.534Z,Outbound to Office 365,08D6A8D416004F78,0,,x.x.x.x:25,*,,attempting to connect
//! ```
//! Quoting follows RFC 4180 as Exchange writes it: a field with a comma or a
//! quote is wrapped in `"…"` and an inner `"` is doubled.

use nom::{
    IResult, Parser,
    bytes::complete::{tag_no_case, take_till},
    character::complete::space0,
};
use std::borrow::Cow;

/// The columns a row can have; unknown names are kept as `Other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    DateTime,
    ConnectorId,
    SessionId,
    SequenceNumber,
    LocalEndpoint,
    RemoteEndpoint,
    Event,
    Data,
    Context,
    Other(String),
}

impl Field {
    fn from_name(name: &str) -> Self {
        match name.trim().to_ascii_lowercase().as_str() {
            "date-time" => Field::DateTime,
            "connector-id" => Field::ConnectorId,
            "session-id" => Field::SessionId,
            "sequence-number" => Field::SequenceNumber,
            "local-endpoint" => Field::LocalEndpoint,
            "remote-endpoint" => Field::RemoteEndpoint,
            "event" => Field::Event,
            "data" => Field::Data,
            "context" => Field::Context,
            other => Field::Other(other.to_string()),
        }
    }
}

/// The column order Exchange 2013–2019 writes, used when a paste lacks `#Fields`.
pub fn default_fields() -> Vec<Field> {
    "date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context"
        .split(',')
        .map(Field::from_name)
        .collect()
}

/// The `#Fields` of Exchange's message tracking log (Exchange 2013–2019
/// order; Exchange 2010 writes no `network-message-id`), for its rows pasted
/// without their header. <https://learn.microsoft.com/en-us/exchange/mail-flow/transport-logs/message-tracking>
const TRACKING_FIELDS: &str = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version";

/// The message tracking log's `event-id` values (the page above, "Event
/// types in the message tracking log").
const TRACKING_EVENTS: &[&str] = &[
    "AGENTINFO",
    "BADMAIL",
    "CLIENTSUBMISSION",
    "DEFER",
    "DELIVER",
    "DELIVERFAIL",
    "DROP",
    "DSN",
    "DUPLICATEDELIVER",
    "DUPLICATEEXPAND",
    "DUPLICATEREDIRECT",
    "EXPAND",
    "FAIL",
    "HADISCARD",
    "HARECEIVE",
    "HAREDIRECT",
    "HAREDIRECTFAIL",
    "INITMESSAGECREATED",
    "LOAD",
    "MODERATIONEXPIRE",
    "MODERATORAPPROVE",
    "MODERATORREJECT",
    "MODERATORSALLNDR",
    "NOTIFYMAPI",
    "NOTIFYSHADOW",
    "POISONMESSAGE",
    "PROCESS",
    "PROCESSMEETINGMESSAGE",
    "RECEIVE",
    "REDIRECT",
    "RESOLVE",
    "RESUBMIT",
    "RESUBMITDEFER",
    "RESUBMITFAIL",
    "SEND",
    "SUBMIT",
    "SUBMITDEFER",
    "SUBMITFAIL",
    "SUPPRESSED",
    "THROTTLE",
    "TRANSFER",
];

/// The columns of a message tracking row that came without its `#Fields`
/// line (rows copied out of a log): its ninth cell is an `event-id`, and its
/// twelfth a `network-message-id` (a GUID, Exchange 2013 and later) or, in
/// Exchange 2010's order, the recipient. `None` for any other row.
pub fn headerless_tracking(line: &str) -> Option<TransportColumns> {
    let mut split = Cells::new(line);
    let mut cells: Vec<Cell<'_>> = Vec::with_capacity(12);
    while cells.len() < 12 {
        cells.push(split.next_cell()?);
    }
    let event = &cells[8];
    if event.doubled || !TRACKING_EVENTS.contains(&event.text.trim()) {
        return None;
    }
    let eleventh = &cells[11];
    let with_network_id = !eleventh.text.contains('@');
    let mut names: Vec<&str> = TRACKING_FIELDS.split(',').collect();
    if !with_network_id {
        names.retain(|n| *n != "network-message-id");
    }
    let fields: Vec<Field> = names.into_iter().map(Field::from_name).collect();
    TransportColumns::from_fields(&fields)
}

/// A header directive: `#Name: value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Header<'a> {
    Software(&'a str),
    Version(&'a str),
    /// `SMTP Send Protocol Log` / `SMTP Receive Protocol Log`.
    LogType(&'a str),
    Date(&'a str),
    Fields(Vec<Field>),
    Other(&'a str, &'a str),
}

/// `header-line = "#" name ":" SP value` — the names are matched without case
/// because real files write `#Log-type` and the documentation `#Log-Type`.
pub fn header_line(i: &str) -> IResult<&str, Header<'_>> {
    let (i, _) = nom::character::complete::char('#').parse(i)?;
    let (i, name) = take_till(|c| c == ':').parse(i)?;
    let (i, _) = nom::character::complete::char(':').parse(i)?;
    let (value, _) = space0.parse(i)?;
    let value = value.trim_end();
    let h = match name.to_ascii_lowercase().as_str() {
        "software" => Header::Software(value),
        "version" => Header::Version(value),
        "log-type" => Header::LogType(value),
        "date" => Header::Date(value),
        "fields" => Header::Fields(value.split(',').map(Field::from_name).collect()),
        _ => Header::Other(name, value),
    };
    Ok(("", h))
}

/// The columns of an Exchange transport log that is not an SMTP protocol
/// log (no `event`, `data` or `context` column), found by their `#Fields`
/// names. Their rows were read as protocol-log rows without a text and
/// dropped as recognised: a message tracking log's `FAIL … 550 5.1.1 …` and
/// `DEFER … 421 4.4.2 Connection dropped due to SocketError` gave "no known
/// error" (session 14). Which column says what:
///
/// ```text
/// #Log-type: Message Tracking Log
/// #Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,…,recipient-address,recipient-status,…
/// #Log-type: Transport Connectivity Log
/// #Fields: date-time,session,source,Destination,direction,description
/// #Fields: Timestamp,SessionId,LocalEndpoint,RemoteEndpoint,…,Recipients,…,SmtpResponse,Reason,…   (agent log)
/// ```
/// Any other such log is read whole, row by row, as free text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TransportColumns {
    pub time: Option<usize>,
    /// The column whose text is classified; `None`: every column but the time.
    pub text: Option<usize>,
    pub recipient: Option<usize>,
    /// Message tracking: `event-id` (`FAIL`, `DEFER`, `SEND`, `DSN` …) and
    /// `source` (`SMTP` for a delivery to another server).
    pub event: Option<usize>,
    pub source: Option<usize>,
    /// The other server: message tracking's `server-ip` and
    /// `server-hostname` (read for SMTP deliveries only), the agent log's
    /// `RemoteEndpoint`, the connectivity log's `Destination`.
    pub peer_ip: Option<usize>,
    pub peer_host: Option<usize>,
    /// The side all rows are on: connectivity logs record outbound
    /// connections, agent logs the mail this server received.
    pub direction: Option<crate::types::Direction>,
    /// Columns to split: the last one read, plus one.
    pub needed: usize,
}

impl TransportColumns {
    /// `None` for an SMTP protocol log (or a header without columns).
    pub fn from_fields(fields: &[Field]) -> Option<Self> {
        let unnamed = fields.iter().all(|f| matches!(f, Field::Other(n) if n.is_empty()));
        if unnamed || fields.iter().any(|f| matches!(f, Field::Event | Field::Data | Field::Context)) {
            return None;
        }
        // Names compared without case, `-` or `_` (`recipient-status`,
        // `RecipientStatus`).
        let key = |f: &Field| -> String {
            match f {
                Field::DateTime => "datetime".to_string(),
                Field::Other(n) => n.chars().filter(|c| !matches!(c, '-' | '_' | ' ')).collect(),
                _ => String::new(),
            }
        };
        let names: Vec<String> = fields.iter().map(key).collect();
        let at = |n: &str| names.iter().position(|x| x == n);
        let mut c = TransportColumns { time: at("datetime").or_else(|| at("timestamp")), ..Self::default() };
        if let Some(status) = at("recipientstatus") {
            c.text = Some(status);
            c.recipient = at("recipientaddress");
            c.event = at("eventid");
            c.source = at("source");
            c.peer_ip = at("serverip");
            c.peer_host = at("serverhostname");
        } else if let Some(response) = at("smtpresponse") {
            c.text = Some(response);
            c.recipient = at("recipient").or_else(|| at("recipients"));
            c.peer_ip = at("remoteendpoint");
            c.direction = Some(crate::types::Direction::Inbound);
        } else if let (Some(description), Some(destination)) = (at("description"), at("destination")) {
            c.text = Some(description);
            c.peer_host = Some(destination);
            c.direction = Some(crate::types::Direction::Outbound);
        }
        c.needed = if c.text.is_none() {
            fields.len()
        } else {
            [c.time, c.text, c.recipient, c.event, c.source, c.peer_ip, c.peer_host]
                .into_iter()
                .flatten()
                .max()
                .map_or(0, |m| m + 1)
        };
        Some(c)
    }
}

/// `#Log-type: SMTP Send Protocol Log` → outbound (we sent), `… Receive …` →
/// inbound; another log type says nothing about direction.
pub fn log_type_direction(log_type: &str) -> Option<crate::types::Direction> {
    let t = log_type.to_ascii_lowercase();
    if t.contains("send") {
        Some(crate::types::Direction::Outbound)
    } else if t.contains("receive") {
        Some(crate::types::Direction::Inbound)
    } else {
        None
    }
}

/// The side a log file's name tells: Exchange names Send logs `SEND…` and
/// Receive logs `RECV…` (`SEND2026012010-1.LOG`), also as a zip member
/// (`logs.zip!RECV…`). A `#Log-type` line in the file says it better.
pub fn file_name_direction(name: &str) -> Option<crate::types::Direction> {
    let base = name.rsplit(['/', '\\', '!']).next().unwrap_or(name).as_bytes();
    let starts = |p: &[u8]| base.len() >= 4 && base[..4].eq_ignore_ascii_case(p);
    if starts(b"SEND") {
        Some(crate::types::Direction::Outbound)
    } else if starts(b"RECV") {
        Some(crate::types::Direction::Inbound)
    } else {
        None
    }
}

/// True for `#Software: Microsoft Exchange…`, the first line of every file.
pub fn is_exchange_header(line: &str) -> bool {
    let l = line.trim_start_matches('\u{feff}');
    tag_no_case::<_, _, nom::error::Error<&str>>("#Software: Microsoft Exchange").parse(l).is_ok()
}

/// `record = field *("," field)` where `field = quoted / bare`,
/// `quoted = DQUOTE *(not-dquote / 2DQUOTE) DQUOTE`.
///
/// Fills `out` with the fields of one row. Borrowed unless a field holds a
/// doubled quote. A quote left open at the end of the line runs to the end
/// (truncated logs).
pub fn csv_record<'a>(line: &'a str, out: &mut Vec<Cow<'a, str>>) {
    out.clear();
    out.extend(Fields::new(line));
}

/// The fields of one row, without allocating (see [`csv_record`]).
pub struct Fields<'a> {
    cells: Cells<'a>,
}

impl<'a> Fields<'a> {
    pub fn new(line: &'a str) -> Self {
        Self { cells: Cells::new(line) }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = Cow<'a, str>;

    fn next(&mut self) -> Option<Cow<'a, str>> {
        self.cells.next_cell().map(|c| c.value())
    }
}

/// One cell of a row, as found by [`Cells::next_cell`].
#[derive(Debug, Clone, Copy)]
pub struct Cell<'a> {
    /// The cell's text without its surrounding quotes; inner quotes still doubled.
    pub text: &'a str,
    /// The text holds `""` (an escaped quote), so [`Cell::value`] must copy.
    pub doubled: bool,
}

impl<'a> Cell<'a> {
    /// The decoded value: borrowed unless a quote was escaped.
    #[inline]
    pub fn value(&self) -> Cow<'a, str> {
        if self.doubled { Cow::Owned(unescape_quotes(self.text)) } else { Cow::Borrowed(self.text) }
    }
}

/// `text` with each `""` read as one `"`, as `str::replace` would (pairs
/// taken left to right), without building a substring searcher per cell
/// (certificate names quote their `O=""Contoso, Inc.""`).
#[cold]
#[inline(never)]
fn unescape_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(q) = memchr::memchr(b'"', rest.as_bytes()) {
        out.push_str(&rest[..=q]);
        rest = &rest[q + 1..];
        rest = rest.strip_prefix('"').unwrap_or(rest);
    }
    out.push_str(rest);
    out
}

/// The cells of one row in order: `record = field *("," field)`,
/// `field = quoted / bare` (RFC 4180 as Exchange writes it).
///
/// Every row of a big log is split, so commas are found from a bit mask of
/// 64 bytes at a time ([`CommaMask`]) rather than by one search per cell;
/// each cell then costs a bit scan.
pub struct Cells<'a> {
    line: &'a str,
    commas: CommaMask,
    pos: usize,
    done: bool,
}

impl<'a> Cells<'a> {
    pub fn new(line: &'a str) -> Self {
        Self { line, commas: CommaMask::default(), pos: 0, done: false }
    }

    /// The cell at `index` (0 the first); `None` past the last one.
    pub fn nth_cell(mut self, index: usize) -> Option<Cell<'a>> {
        for _ in 0..index {
            self.next_cell()?;
        }
        self.next_cell()
    }

    /// The next cell; `None` after the last one.
    #[inline(always)]
    pub fn next_cell(&mut self) -> Option<Cell<'a>> {
        if self.done {
            return None;
        }
        let line = self.line;
        let bytes = line.as_bytes();
        let pos = self.pos;
        let (text, doubled, comma) = if bytes.get(pos) == Some(&b'"') {
            let start = pos + 1;
            let mut i = start;
            let mut doubled = false;
            let end = loop {
                match memchr_quote(&bytes[i..]) {
                    Some(off) => {
                        let q = i + off;
                        if bytes.get(q + 1) == Some(&b'"') {
                            doubled = true;
                            i = q + 2;
                        } else {
                            break q;
                        }
                    }
                    None => break bytes.len(),
                }
            };
            // The next comma after the closing quote (tolerates junk there).
            (&line[start..end], doubled, self.commas.find(bytes, end))
        } else {
            let comma = self.commas.find(bytes, pos);
            (&line[pos..comma.unwrap_or(bytes.len())], false, comma)
        };
        match comma {
            Some(c) => self.pos = c + 1,
            None => self.done = true,
        }
        Some(Cell { text, doubled })
    }
}

/// The cells of a row in Exchange's own column order (`date-time,
/// connector-id, session-id, sequence-number, local-endpoint,
/// remote-endpoint, event, data, context`: every log it writes), when its
/// first seven cells are bare, as they are in every real row: their seven
/// commas come from one or two comma masks, one bit scan each, with no
/// per-cell search. The seven are byte ranges of `line` (a range that ends
/// at a comma falls on character boundaries), so a caller slices only the
/// ones it reads. `None` when the row is shaped otherwise; then [`Cells`]
/// reads it, with the same result.
#[inline]
pub fn standard_cells(line: &str) -> Option<([std::ops::Range<usize>; 7], Cell<'_>, Cell<'_>)> {
    let b = line.as_bytes();
    // The commas of the first 128 bytes, where a real row's first seven
    // cells end: two masks, then one bit scan a cell. Loading the masks as
    // the cells were found, and searching on for the last two cells, was
    // ~350 instructions a row, a fifth of a census.
    let mut m = crate::bytemask::head_bits(b, b',');
    let mut cells: [std::ops::Range<usize>; 7] = Default::default();
    let mut start = 0;
    let mut quoted = false;
    for cell in &mut cells {
        let comma = if m[0] != 0 {
            next_bit(&mut m[0])
        } else if m[1] != 0 {
            64 + next_bit(&mut m[1])
        } else {
            return standard_cells_far(line);
        };
        quoted |= b[start] == b'"';
        *cell = start..comma;
        start = comma + 1;
    }
    if quoted {
        return None;
    }
    let Some((data, next)) = bare_cell(line, start, &mut m) else {
        // A quoted data cell (a certificate's name): read as any row.
        let mut tail = Cells { line, commas: CommaMask::default(), pos: start, done: false };
        let empty = Cell { text: "", doubled: false };
        let data = tail.next_cell().unwrap_or(empty);
        let context = tail.next_cell().unwrap_or(empty);
        return Some((cells, data, context));
    };
    let context = match next {
        None => Cell { text: "", doubled: false },
        Some(at) => match bare_cell(line, at, &mut m) {
            Some((context, _)) => context,
            None => Cells { line, commas: CommaMask::default(), pos: at, done: false }
                .next_cell()
                .unwrap_or(Cell { text: "", doubled: false }),
        },
    };
    Some((cells, data, context))
}

/// The lowest set bit's place, cleared.
#[inline(always)]
fn next_bit(m: &mut u64) -> usize {
    let at = m.trailing_zeros() as usize;
    *m &= *m - 1;
    at
}

/// The unquoted cell at `start`, by the comma masks `m` of the first 128
/// bytes (their bits before `start` cleared), and where the next cell
/// starts (`None` at the line's end); `None` for a quoted cell.
#[inline(always)]
fn bare_cell<'a>(line: &'a str, start: usize, m: &mut [u64; 2]) -> Option<(Cell<'a>, Option<usize>)> {
    let b = line.as_bytes();
    if b.get(start) == Some(&b'"') {
        return None;
    }
    let comma = if m[0] != 0 {
        Some(next_bit(&mut m[0]))
    } else if m[1] != 0 {
        Some(64 + next_bit(&mut m[1]))
    } else if b.len() > 128 {
        crate::bytemask::find_byte(b, start.max(128), b',')
    } else {
        None
    };
    let end = comma.unwrap_or(b.len());
    let text = line.get(start..end).unwrap_or_default();
    Some((Cell { text, doubled: false }, comma.map(|c| c + 1)))
}

/// [`standard_cells`] for a row whose seventh comma is past its first 128
/// bytes (long connector names or endpoints).
#[cold]
#[inline(never)]
fn standard_cells_far(line: &str) -> Option<([std::ops::Range<usize>; 7], Cell<'_>, Cell<'_>)> {
    let b = line.as_bytes();
    let mut base = 0;
    let mut bits = comma_bits(b, 0);
    let mut rest = bits;
    let mut commas = [0usize; 7];
    for c in &mut commas {
        while rest == 0 {
            base += 64;
            if base >= b.len() {
                return None;
            }
            bits = comma_bits(b, base);
            rest = bits;
        }
        *c = base + rest.trailing_zeros() as usize;
        rest &= rest - 1;
    }
    let mut cells: [std::ops::Range<usize>; 7] = Default::default();
    let mut start = 0;
    for (cell, &comma) in cells.iter_mut().zip(&commas) {
        if b.get(start) == Some(&b'"') {
            return None;
        }
        *cell = start..comma;
        start = comma + 1;
    }
    let mut tail = Cells { line, commas: CommaMask { base, loaded: true, bits }, pos: start, done: false };
    let empty = Cell { text: "", doubled: false };
    let data = tail.next_cell().unwrap_or(empty);
    let context = tail.next_cell().unwrap_or(empty);
    Some((cells, data, context))
}

/// The commas of 64 bytes of a line, one bit per byte (bit `i` for byte
/// `base + i`).
#[derive(Debug, Default, Clone, Copy)]
struct CommaMask {
    base: usize,
    /// False until the first block is read.
    loaded: bool,
    bits: u64,
}

impl CommaMask {
    /// The first `,` of `bytes` at or after `from` (`from` never goes back
    /// before an earlier call's).
    #[inline(always)]
    fn find(&mut self, bytes: &[u8], mut from: usize) -> Option<usize> {
        loop {
            if !self.loaded || from >= self.base + 64 || from < self.base {
                if from >= bytes.len() {
                    return None;
                }
                self.base = from;
                self.bits = comma_bits(bytes, from);
                self.loaded = true;
            }
            let rel = from - self.base;
            let hits = self.bits & (u64::MAX << rel);
            if hits != 0 {
                return Some(self.base + hits.trailing_zeros() as usize);
            }
            from = self.base + 64;
        }
    }
}

/// Bit `i` set when `bytes[base + i] == b','`, for `i < 64`.
#[inline]
fn comma_bits(bytes: &[u8], base: usize) -> u64 {
    crate::bytemask::byte_bits(bytes, base, b',')
}

/// The next `,` at or after `from` (a plain search; tests compare the mask with it).
#[cfg(test)]
fn find_comma(bytes: &[u8], from: usize) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| b == b',').map(|p| from + p)
}

/// The first `"` of `b`, from the byte masks: quoted cells are short,
/// where a call to `memchr` costs more than the search.
#[inline]
fn memchr_quote(b: &[u8]) -> Option<usize> {
    crate::bytemask::find_byte(b, 0, b'"')
}

/// `ip:port`, `[v6]:port` or a bare IP → the IP part (an IPv4-mapped IPv6
/// address as its IPv4 one, see [`unmapped`]).
pub fn endpoint_ip(endpoint: &str) -> Option<&str> {
    let e = endpoint.trim();
    if e.is_empty() {
        return None;
    }
    if let Some(rest) = e.strip_prefix('[') {
        return rest.split(']').next().map(unmapped);
    }
    match e.rsplit_once(':') {
        Some((ip, port)) if !ip.contains(':') && port.bytes().all(|b| b.is_ascii_digit()) => Some(ip),
        _ => Some(unmapped(e)),
    }
}

/// An IPv4 or IPv6 address, not a placeholder a redacted sample left
/// (`x.x.x.x`, `10.**.**.168`, `SERVERIP`, `**userip**`) nor the rest of a
/// field the address was cut from: those are no endpoint to count by.
pub fn is_ip(s: &str) -> bool {
    s.parse::<std::net::IpAddr>().is_ok()
}

/// `::ffff:192.0.2.1` (RFC 4291 §2.5.5.2, what a dual-stack listener logs
/// for an IPv4 peer) → `192.0.2.1`: one host, one census row, whichever
/// socket it came in on. Any other text is returned as it is.
pub fn unmapped(ip: &str) -> &str {
    let b = ip.as_bytes();
    if b.len() > 7 && b[..7].eq_ignore_ascii_case(b"::ffff:") && ip[7..].parse::<std::net::Ipv4Addr>().is_ok() {
        return &ip[7..];
    }
    ip
}

/// An IP address in its one text form, so each host is one census row: an
/// IPv4-mapped IPv6 address (RFC 4291 §2.5.5.2) in either spelling
/// (`::ffff:192.0.2.1`, `::ffff:c000:201`) is its IPv4 address, and any
/// other IPv6 address is written as RFC 5952 says (lower case, longest zero
/// run compressed), so `2001:DB8::1` and `2001:db8:0:0:0:0:0:1` are one
/// row. Anything else (IPv4, a zone index, not an address) is returned as
/// it is; the common, already canonical case allocates nothing.
pub fn canonical_ip(ip: &str) -> std::borrow::Cow<'_, str> {
    let ip = unmapped(ip);
    if !ip.contains(':') {
        return ip.into();
    }
    let Ok(a) = ip.parse::<std::net::Ipv6Addr>() else { return ip.into() };
    if let Some(v4) = a.to_ipv4_mapped() {
        return v4.to_string().into();
    }
    // Written on the stack first (45 bytes at most): a census asks this of
    // every IPv6 session, nearly all already in this form.
    let mut buf = [0u8; 48];
    let mut w = &mut buf[..];
    let _ = std::io::Write::write_fmt(&mut w, format_args!("{a}"));
    let n = 48 - w.len();
    if &buf[..n] == ip.as_bytes() { ip.into() } else { a.to_string().into() }
}

/// `yyyy-MM-ddTHH:mm:ss.fffZ,` at the start of `b`: three words compared
/// at once (digits by their nibbles), as this runs for every line.
fn exchange_stamp(b: &[u8]) -> bool {
    const SHAPE: &[u8; 24] = b"0000-00-00T00:00:00.000Z";
    /// 0xFF where the shape has a digit, per word.
    const fn digits(k: usize) -> u64 {
        let mut m = 0u64;
        let mut i = 0;
        while i < 8 {
            if SHAPE[8 * k + i] == b'0' {
                m |= 0xFF << (8 * i);
            }
            i += 1;
        }
        m
    }
    const fn word(k: usize) -> u64 {
        let mut w = [0u8; 8];
        let mut i = 0;
        while i < 8 {
            w[i] = SHAPE[8 * k + i];
            i += 1;
        }
        u64::from_le_bytes(w)
    }
    const DIGITS: [u64; 3] = [digits(0), digits(1), digits(2)];
    const WORDS: [u64; 3] = [word(0), word(1), word(2)];
    const NIBBLE_HI: u64 = 0xF0F0_F0F0_F0F0_F0F0;
    const NIBBLE_LO: u64 = 0x0F0F_0F0F_0F0F_0F0F;
    const SIX: u64 = 0x0606_0606_0606_0606;
    let Some(head) = b.get(..25) else { return false };
    let mut ok = head[24] == b',';
    for k in 0..3 {
        let w = u64::from_le_bytes(head[8 * k..8 * k + 8].try_into().unwrap_or([0; 8]));
        let (d, shape) = (DIGITS[k], WORDS[k]);
        // Punctuation exactly; digits: high nibble 3, low nibble ≤ 9 (adding
        // 6 to it must not carry into the high nibble).
        ok &= (w ^ shape) & !d == 0;
        ok &= (w ^ shape) & d & NIBBLE_HI == 0;
        ok &= ((w & d & NIBBLE_LO) + (SIX & d)) & NIBBLE_HI == 0;
    }
    ok
}

/// True when a line looks like a protocol-log row: an ISO date-time, a comma.
pub fn looks_like_row(line: &str) -> bool {
    let b = line.as_bytes();
    // Exchange writes `yyyy-MM-ddTHH:mm:ss.fffZ,`: that exact shape (which
    // holds the checks below) has no comma before the one at byte 24, so no
    // search is needed.
    if b.len() > 25 && exchange_stamp(b) {
        return true;
    }
    if b.len() <= 25 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' || b[10] != b'T' {
        return false;
    }
    b[..30.min(b.len())].contains(&b',') && b.get(memchr::memchr(b',', b).unwrap_or(0).saturating_sub(1)) == Some(&b'Z')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescaping_reads_quote_pairs_like_replace() {
        for t in ["", "a", "\"", "\"\"", "\"\"\"", "a\"\"b", "a\"b", "\"\"\"\"x\"", "é\"\"ü\"\"\"", "x\"\"y\"\"z"] {
            assert_eq!(unescape_quotes(t), t.replace("\"\"", "\""), "{t:?}");
        }
    }

    #[test]
    fn the_comma_mask_matches_a_plain_search() {
        // Every offset in lines with commas at every position of a 16-byte
        // compare and across 64-byte blocks, lines shorter than 16 bytes, and
        // bytes (0x80+, 0x2b/0x2d beside ',') next to the commas.
        let long = format!("{},{}", "x".repeat(63), ",a,".repeat(50));
        let lines: [&[u8]; 6] = [
            b"",
            b",",
            "08DE5A010000001F,0,Отправка в Интернет,,[2001:db8::1]:25,+-,".as_bytes(),
            b"\x2b\x2d\x2c\xff\x80\x81,,\x2c",
            b"no comma in this line at all, but here",
            long.as_bytes(),
        ];
        for line in lines {
            for from in 0..=line.len() {
                let want = find_comma(line, from);
                let mut fresh = CommaMask::default();
                assert_eq!(fresh.find(line, from), want, "{line:?} from {from}");
            }
            // And as a row is split: each search starts after the last one.
            let mut mask = CommaMask::default();
            let mut from = 0;
            while let Some(c) = find_comma(line, from) {
                assert_eq!(mask.find(line, from), Some(c));
                from = c + 1 + (c % 3);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn cells_match_a_byte_by_byte_reading(line in "[a,\"Ж ]{0,200}") {
            // The reference: RFC 4180 cells, read one byte at a time.
            let b = line.as_bytes();
            let mut want: Vec<String> = Vec::new();
            let mut pos = 0;
            loop {
                if b.get(pos) == Some(&b'"') {
                    let mut i = pos + 1;
                    let mut cell = String::new();
                    let end = loop {
                        match b[i..].iter().position(|&c| c == b'"') {
                            Some(o) if b.get(i + o + 1) == Some(&b'"') => { cell.push_str(&line[i..i + o + 1]); i += o + 2; }
                            Some(o) => { cell.push_str(&line[i..i + o]); break i + o; }
                            None => { cell.push_str(&line[i..]); break b.len(); }
                        }
                    };
                    want.push(cell);
                    match find_comma(b, end) { Some(c) => pos = c + 1, None => break }
                } else {
                    match find_comma(b, pos) {
                        Some(c) => { want.push(line[pos..c].to_string()); pos = c + 1; }
                        None => { want.push(line[pos..].to_string()); break; }
                    }
                }
            }
            let got: Vec<String> = Fields::new(&line).map(|c| c.into_owned()).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn header_lines() {
        assert_eq!(
            header_line("#Log-type: SMTP Send Protocol Log").unwrap().1,
            Header::LogType("SMTP Send Protocol Log")
        );
        assert_eq!(header_line("#LOG-TYPE: x").unwrap().1, Header::LogType("x"));
        let Header::Fields(f) = header_line("#Fields: date-time,connector-id,event,custom").unwrap().1 else {
            panic!()
        };
        assert_eq!(f, vec![Field::DateTime, Field::ConnectorId, Field::Event, Field::Other("custom".into())]);
        assert!(is_exchange_header("\u{feff}#Software: Microsoft Exchange Server"));
    }

    #[test]
    fn csv_quoting_as_exchange_writes_it() {
        let mut out = Vec::new();
        let line = r#"2023-01-11T16:00:00.000Z,SRV\Default Frontend SRV,08DAF3,7,10.0.0.1:25,10.0.0.2:5123,*,,"TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_128 with strength 128 bits, MAC hash algorithm CALG_SHA_256 with strength 0 bits""#;
        csv_record(line, &mut out);
        assert_eq!(out.len(), 9);
        assert!(out[8].starts_with("TLS protocol SP_PROT_TLS1_2_SERVER"));
        assert!(out[8].contains(", MAC hash"));
        csv_record(r#"a,"say ""hi"", ok",c"#, &mut out);
        assert_eq!(out, vec!["a", "say \"hi\", ok", "c"]);
        csv_record("a,,", &mut out);
        assert_eq!(out, vec!["a", "", ""]);
        csv_record(r#"a,"unterminated, quote"#, &mut out);
        assert_eq!(out, vec!["a", "unterminated, quote"]);
    }

    #[test]
    fn file_names_tell_the_side() {
        use crate::types::Direction::{Inbound, Outbound};
        assert_eq!(file_name_direction("/logs/SmtpSend/SEND2026012010-1.LOG"), Some(Outbound));
        assert_eq!(file_name_direction("C:\\Logs\\recv2026012010-1.log"), Some(Inbound));
        assert_eq!(file_name_direction("logs.zip!hourly/RECV2026012010-1.LOG.gz"), Some(Inbound));
        assert_eq!(file_name_direction("logs.zip!RECV2026012010-1.LOG"), Some(Inbound));
        assert_eq!(file_name_direction("paste"), None);
        assert_eq!(file_name_direction("SEN"), None);
    }

    #[test]
    fn endpoints() {
        assert_eq!(endpoint_ip("104.47.0.1:25"), Some("104.47.0.1"));
        assert_eq!(endpoint_ip("[2a01:111::1]:25"), Some("2a01:111::1"));
        assert_eq!(endpoint_ip("2a01:111::1"), Some("2a01:111::1"));
        assert_eq!(endpoint_ip(""), None);
        // IPv4-mapped IPv6 is the IPv4 host; other IPv6 stays as it is.
        assert_eq!(endpoint_ip("[::ffff:192.0.2.1]:25"), Some("192.0.2.1"));
        assert_eq!(endpoint_ip("[::FFFF:192.0.2.1]:25"), Some("192.0.2.1"));
        assert_eq!(endpoint_ip("::ffff:192.0.2.1"), Some("192.0.2.1"));
        assert_eq!(endpoint_ip("[::ffff:c000:201]:25"), Some("::ffff:c000:201"));
        assert_eq!(endpoint_ip("[::ffff:192.0.2]:25"), Some("::ffff:192.0.2"));
        assert_eq!(endpoint_ip("[2001:db8::ffff:192.0.2.1]:25"), Some("2001:db8::ffff:192.0.2.1"));
        for v6 in ["2001:DB8::1", "2001:db8:0:0:0:0:0:1", "2001:0db8::0001"] {
            assert_eq!(canonical_ip(v6), "2001:db8::1");
        }
        assert!(matches!(canonical_ip("2001:db8::1"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(canonical_ip("192.0.2.1"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(canonical_ip("fe80::1%eth0"), "fe80::1%eth0");
        // An IPv4-mapped address in any spelling is its IPv4 host.
        for mapped in ["::ffff:192.0.2.1", "::FFFF:192.0.2.1", "::ffff:c000:201", "0:0:0:0:0:ffff:c000:0201"] {
            assert_eq!(canonical_ip(mapped), "192.0.2.1");
        }
        // Not mapped: the IPv4-compatible form and a mapped tail elsewhere.
        assert_eq!(canonical_ip("::192.0.2.1"), "::c000:201");
        assert_eq!(canonical_ip("2001:db8::ffff:192.0.2.1"), "2001:db8::ffff:c000:201");
        assert_eq!(canonical_ip("mx.example.com"), "mx.example.com");
    }

    #[test]
    fn row_shape() {
        assert!(looks_like_row(
            "2019-03-21T13:01:06.534Z,Outbound to Office 365,08D6A8D416004F78,0,,x:25,*,,attempting"
        ));
        assert!(!looks_like_row("Mar 21 13:01:06 host postfix/smtp[1]: x"));
        // A localised connector name puts a multi-byte character at byte 30.
        assert!(looks_like_row("2026-01-20T10:00:00.090Z,Отправка в Интернет,08DE5A010000001F,0,,203.51.1.51:25,*,,x"));
        assert!(!looks_like_row("2026-01-20T10:00:00.090ZППППППППППППППППППППППП"));
        // The word-wise stamp check against a byte-by-byte one, one byte
        // changed at a time (digits, their neighbours ':' '/' and punctuation).
        let good = "2026-01-20T10:00:00.090Z,x,08DE,0,,1.2.3.4:25,*,,x";
        let slow = |b: &[u8]| {
            b.len() > 25
                && b[..25]
                    .iter()
                    .zip(b"dddd-dd-ddTdd:dd:dd.dddZ,")
                    .all(|(&c, &s)| if s == b'd' { c.is_ascii_digit() } else { c == s })
        };
        assert!(exchange_stamp(good.as_bytes()));
        for i in 0..25 {
            for c in [b'0', b'9', b'/', b':', b'-', b'T', b'Z', b'.', b',', b'a', 0x80, 0xB9, 0x39 + 0x40] {
                let mut b = good.as_bytes().to_vec();
                b[i] = c;
                assert_eq!(exchange_stamp(&b), slow(&b), "byte {i} = {c:#x}");
            }
        }
    }
}
