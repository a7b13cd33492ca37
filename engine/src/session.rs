//! SMTP sessions rebuilt from Exchange protocol-log rows.
//!
//! Exchange writes one row per SMTP line, interleaving concurrent sessions;
//! `session-id` + `sequence-number` put them back together (MS-PROTOLOG).
//! A session can start in one hourly file and end in the next, and files may
//! be read in parallel, so a [`SessionState`] is built from fragments that
//! [`SessionState::absorb`] combines in any order: every field is either a
//! count, a flag, or "the value at the lowest sequence number".

use crate::grammar::protolog::{self, Field};
use crate::types::Direction;
use serde::{Deserialize, Serialize};

/// Longest transcript kept per session, in bytes of raw rows.
pub const TRANSCRIPT_BYTES: usize = 8 * 1024;
/// Error replies kept per session.
const MAX_ERRORS: usize = 8;
/// Longest text kept of one error reply, its lines joined (a multi-line
/// reply is a few hundred bytes).
const ERROR_TEXT: usize = 2048;

/// Where each column is in this file's rows (from `#Fields`).
#[derive(Debug, Clone, Copy)]
pub struct Columns {
    pub date_time: Option<usize>,
    pub connector: Option<usize>,
    pub session: Option<usize>,
    pub sequence: Option<usize>,
    pub local: Option<usize>,
    pub remote: Option<usize>,
    pub event: Option<usize>,
    pub data: Option<usize>,
    pub context: Option<usize>,
    pub count: usize,
    /// What column `i` holds, for the first [`SLOTS`] columns: one lookup per
    /// field instead of nine comparisons.
    slots: [Slot; SLOTS],
    /// Columns after the last one read need not be split at all.
    needed: usize,
    /// Exchange's own order (see [`protolog::standard_cells`]).
    standard: bool,
}

const SLOTS: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Skip,
    DateTime,
    Connector,
    Session,
    Sequence,
    Local,
    Remote,
    Event,
    Data,
    Context,
}

impl Columns {
    pub fn from_fields(fields: &[Field]) -> Self {
        let at = |f: Field| fields.iter().position(|x| *x == f);
        let mut c = Self {
            date_time: at(Field::DateTime),
            connector: at(Field::ConnectorId),
            session: at(Field::SessionId),
            sequence: at(Field::SequenceNumber),
            local: at(Field::LocalEndpoint),
            remote: at(Field::RemoteEndpoint),
            event: at(Field::Event),
            data: at(Field::Data),
            context: at(Field::Context),
            count: fields.len(),
            slots: [Slot::Skip; SLOTS],
            needed: 0,
            standard: false,
        };
        c.standard = fields.len() == 9
            && [c.date_time, c.connector, c.session, c.sequence, c.local, c.remote, c.event, c.data, c.context]
                == [0, 1, 2, 3, 4, 5, 6, 7, 8].map(Some);
        for i in 0..fields.len() {
            let slot = c.slow_slot(i);
            if slot != Slot::Skip {
                c.needed = i + 1;
                if let Some(s) = c.slots.get_mut(i) {
                    *s = slot;
                }
            }
        }
        c
    }

    /// `Data` and `Context` first: when a `#Fields` line names a column
    /// twice, the first match of this order wins (as it always has).
    fn slow_slot(&self, i: usize) -> Slot {
        let i = Some(i);
        if i == self.data {
            Slot::Data
        } else if i == self.context {
            Slot::Context
        } else if i == self.session {
            Slot::Session
        } else if i == self.sequence {
            Slot::Sequence
        } else if i == self.event {
            Slot::Event
        } else if i == self.date_time {
            Slot::DateTime
        } else if i == self.connector {
            Slot::Connector
        } else if i == self.local {
            Slot::Local
        } else if i == self.remote {
            Slot::Remote
        } else {
            Slot::Skip
        }
    }

    #[inline]
    fn slot(&self, i: usize) -> Slot {
        match self.slots.get(i) {
            Some(s) => *s,
            None => self.slow_slot(i),
        }
    }
}

impl Default for Columns {
    /// Built once: every input starts with it, and building it (nine names
    /// lowercased and matched) cost ~10 000 instructions an input, 3 % of a
    /// triage of 374 bounces.
    fn default() -> Self {
        static DEFAULT: std::sync::OnceLock<Columns> = std::sync::OnceLock::new();
        *DEFAULT.get_or_init(|| Self::from_fields(&protolog::default_fields()))
    }
}

/// One protocol-log row, split into its columns. The identifying cells
/// are byte ranges of the row, sliced into text only when asked for: a
/// census reads most rows by their session id's bytes and time stamp
/// alone. The bounds and character-boundary checks of slicing cells into
/// `&str` on every row were ~8 % of a census's instructions (callgrind,
/// with them removed by hand); reading the hot ones as bytes saves 1.6 %.
#[derive(Default)]
pub struct Row<'a> {
    line: &'a str,
    /// Where [`DATE_TIME`] … [`REMOTE`] are in `line` (empty when absent).
    spans: [std::ops::Range<usize>; 5],
    pub sequence: u32,
    pub event: u8,
    pub data: std::borrow::Cow<'a, str>,
    pub context: std::borrow::Cow<'a, str>,
}

const DATE_TIME: usize = 0;
const CONNECTOR: usize = 1;
const SESSION: usize = 2;
const LOCAL: usize = 3;
const REMOTE: usize = 4;

impl<'a> Row<'a> {
    /// A cell's text (spans always fall on character boundaries: they
    /// come from cells of `line` or end at its commas).
    #[inline]
    fn text(&self, k: usize) -> &'a str {
        self.line.get(self.spans[k].clone()).unwrap_or_default()
    }

    #[inline]
    fn bytes(&self, k: usize) -> &'a [u8] {
        self.line.as_bytes().get(self.spans[k].clone()).unwrap_or_default()
    }

    pub fn date_time(&self) -> &'a str {
        self.text(DATE_TIME)
    }

    /// The time stamp's bytes, compared without slicing it as text.
    #[inline]
    pub fn date_time_bytes(&self) -> &'a [u8] {
        self.bytes(DATE_TIME)
    }

    pub fn connector(&self) -> &'a str {
        self.text(CONNECTOR)
    }

    pub fn session(&self) -> &'a str {
        self.text(SESSION)
    }

    /// The session id's bytes, for a map key.
    #[inline]
    pub fn session_bytes(&self) -> &'a [u8] {
        self.bytes(SESSION)
    }

    pub fn local(&self) -> &'a str {
        self.text(LOCAL)
    }

    pub fn remote(&self) -> &'a str {
        self.text(REMOTE)
    }

    #[inline]
    pub fn has_local(&self) -> bool {
        !self.spans[LOCAL].is_empty()
    }

    #[inline]
    pub fn has_remote(&self) -> bool {
        !self.spans[REMOTE].is_empty()
    }

    /// Where `cell` (a slice of `line`, or `""`) is in it.
    fn span_of(line: &str, cell: &str) -> std::ops::Range<usize> {
        let start = (cell.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
        if cell.is_empty() || start > line.len() { 0..0 } else { start..start + cell.len() }
    }
}

/// By its cells' text, as the row reads (not where they are in the line).
impl std::fmt::Debug for Row<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Row")
            .field("date_time", &self.date_time())
            .field("connector", &self.connector())
            .field("session", &self.session())
            .field("sequence", &self.sequence)
            .field("local", &self.local())
            .field("remote", &self.remote())
            .field("event", &self.event)
            .field("data", &self.data)
            .field("context", &self.context)
            .finish()
    }
}

/// `row = date-time "," connector-id "," session-id "," sequence-number ","
/// local-endpoint "," remote-endpoint "," event "," data "," context`
/// (column order from `#Fields`); `None` when it has no session id.
pub fn split_row<'a>(line: &'a str, cols: &Columns) -> Option<Row<'a>> {
    let (row, has_id) = parse_row(line, cols);
    has_id.then_some(row)
}

/// Like [`split_row`], also for rows without a session id or sequence
/// number (a pasted fragment); the flag says whether it has both.
///
/// One positional pass: each cell is found by [`protolog::Cells`] and
/// stored by its column's slot, with no iterator or `Cow` per cell (this runs
/// for every row of a big log). Cells after the last column read are never
/// looked at.
pub fn parse_row<'a>(line: &'a str, cols: &Columns) -> (Row<'a>, bool) {
    if cols.standard {
        if let Some(([date_time, connector, session, sequence, local, remote, event], data, context)) =
            protolog::standard_cells(line)
        {
            let b = line.as_bytes();
            let seq = parse_u32(b.get(sequence).unwrap_or_default());
            let has_id = !session.is_empty() && seq.is_some();
            let row = Row {
                line,
                sequence: seq.unwrap_or(0),
                event: b.get(event.start).filter(|_| !event.is_empty()).copied().unwrap_or(b'?'),
                spans: [date_time, connector, session, local, remote],
                data: data.value(),
                context: context.value(),
            };
            return (row, has_id);
        }
    }
    parse_row_by_slots(line, cols)
}

/// [`parse_row`] for any column order: each cell stored by its slot.
fn parse_row_by_slots<'a>(line: &'a str, cols: &Columns) -> (Row<'a>, bool) {
    let mut row = Row { line, ..Row::default() };
    let mut seq_seen = false;
    let mut cells = protolog::Cells::new(line);
    for i in 0..cols.needed {
        let Some(cell) = cells.next_cell() else { break };
        // A cell with a doubled quote is owned; the identifying columns never
        // hold one in a real log, and such a cell reads as empty there.
        let plain = if cell.doubled { "" } else { cell.text };
        let span = |k: usize, row: &mut Row<'a>| row.spans[k] = Row::span_of(line, plain);
        match cols.slot(i) {
            Slot::Skip => {}
            Slot::Data => row.data = cell.value(),
            Slot::Context => row.context = cell.value(),
            Slot::Session => span(SESSION, &mut row),
            Slot::Sequence => {
                if let Some(n) = parse_u32(plain.as_bytes()) {
                    row.sequence = n;
                    seq_seen = true;
                }
            }
            Slot::Event => row.event = plain.bytes().next().unwrap_or(b'?'),
            Slot::DateTime => span(DATE_TIME, &mut row),
            Slot::Connector => span(CONNECTOR, &mut row),
            Slot::Local => span(LOCAL, &mut row),
            Slot::Remote => span(REMOTE, &mut row),
        }
    }
    let has_id = !row.spans[SESSION].is_empty() && seq_seen;
    (row, has_id)
}

/// The latest time of a session, rewritten on nearly every row: Exchange's
/// 24-byte stamps are kept inline (in a `String` each row cost a `memcpy`
/// call), any other shape in a `String`.
#[derive(Debug, Clone)]
pub enum Stamp {
    Exchange([u8; 24]),
    Other(String),
}

impl Stamp {
    fn new(t: &str) -> Self {
        match <[u8; 24]>::try_from(t.as_bytes()) {
            Ok(a) => Stamp::Exchange(a),
            Err(_) => Stamp::Other(t.to_string()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            // Twenty-four bytes copied from a `str` are valid UTF-8.
            Stamp::Exchange(a) => std::str::from_utf8(a).unwrap_or_default(),
            Stamp::Other(s) => s,
        }
    }

    /// Becomes the row's time: its bytes copied when both are Exchange's
    /// shape, its text otherwise.
    fn set(&mut self, row: &Row<'_>) {
        match (&mut *self, <[u8; 24]>::try_from(row.date_time_bytes())) {
            (Stamp::Exchange(a), Ok(b)) => *a = b,
            _ => *self = Stamp::new(row.date_time()),
        }
    }

    /// `t.cmp(self.as_str())` for a stamp's bytes, without decoding an
    /// inline stamp (bytes compare as the text does).
    #[inline]
    fn cmp_from(&self, t: &[u8]) -> std::cmp::Ordering {
        match (self, <&[u8; 24]>::try_from(t)) {
            (Stamp::Exchange(a), Ok(x)) => cmp_stamps(x, a),
            _ => t.cmp(self.as_str().as_bytes()),
        }
    }
}

/// Two Exchange stamps in time (and byte) order: three big-endian words.
#[inline]
fn cmp_stamps(x: &[u8; 24], y: &[u8; 24]) -> std::cmp::Ordering {
    let word = |t: &[u8; 24], k: usize| u64::from_be_bytes(t[8 * k..8 * k + 8].try_into().unwrap_or([0; 8]));
    (word(x, 0), word(x, 1), word(x, 2)).cmp(&(word(y, 0), word(y, 1), word(y, 2)))
}

/// `s.trim()`, without decoding characters when neither end can be
/// whitespace (an ASCII letter, digit or sign there), as for nearly every
/// cell: `str::trim` costs a char search at both ends on every row.
#[inline]
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => s,
        (None, _) => s,
        _ => s.trim(),
    }
}

/// A decimal `sequence-number` (surrounding blanks allowed); `None` when it
/// is not one or does not fit.
fn parse_u32(s: &[u8]) -> Option<u32> {
    let d = trim_bytes(s);
    if d.is_empty() || d.len() > 10 {
        return None;
    }
    let mut n: u64 = 0;
    for &b in d {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
    }
    u32::try_from(n).ok()
}

/// [`trim`] for bytes: only when an end is not an ASCII graphic byte is
/// the text decoded and trimmed as `str::trim` would.
#[inline]
fn trim_bytes(s: &[u8]) -> &[u8] {
    match (s.first(), s.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => s,
        (None, _) => s,
        _ => std::str::from_utf8(s).map_or(s, |t| t.trim().as_bytes()),
    }
}

/// The negotiated TLS parameters, from
/// `TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDHE with strength 384 bits`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TlsInfo {
    /// `TLS1.0` … `TLS1.3`, or the raw flag name when unknown.
    pub protocol: String,
    /// The Schannel flag as written (`SP_PROT_TLS1_2_SERVER`).
    pub raw_protocol: String,
    pub cipher: Option<String>,
    pub hash: Option<String>,
    pub key_exchange: Option<String>,
}

/// `SP_PROT_TLS1_2_SERVER` → `TLS1.2` (schannel.h flag names).
pub fn schannel_protocol(flag: &str) -> String {
    let flag = trim(flag);
    let core = strip_repeated(strip_repeated(flag, "SP_PROT_", true), "SP_PROT-", true);
    let core = strip_repeated(strip_repeated(core, "_SERVER", false), "_CLIENT", false);
    match core {
        "TLS1_0" | "TLS1" => "TLS1.0",
        "TLS1_1" => "TLS1.1",
        "TLS1_2" => "TLS1.2",
        "TLS1_3" => "TLS1.3",
        "SSL3" => "SSL3.0",
        "SSL2" => "SSL2.0",
        _ => flag,
    }
    .to_string()
}

/// `trim_start_matches`/`trim_end_matches` for a literal, without building a
/// substring searcher (this runs once per TLS session).
fn strip_repeated<'a>(mut s: &'a str, affix: &str, front: bool) -> &'a str {
    loop {
        let next = if front { s.strip_prefix(affix) } else { s.strip_suffix(affix) };
        match next {
            Some(rest) => s = rest,
            None => return s,
        }
    }
}

/// Reads the TLS success template; `None` for any other text. Exchange's
/// own wording is read in one pass ([`exchange_wording`]); any other by
/// [`algorithms_by_search`].
pub fn tls_success(text: &str) -> Option<TlsInfo> {
    let (flag, rest) = success_flag(text)?;
    let [cipher, hash, key_exchange] = match exchange_wording(rest) {
        Some(names) => names.map(|n| Some(n.to_string())),
        None => algorithms_by_search(rest),
    };
    Some(TlsInfo { protocol: schannel_protocol(flag), raw_protocol: flag.to_string(), cipher, hash, key_exchange })
}

/// `TLS protocol FLAG negotiation succeeded …` → FLAG and the text after
/// it; `None` for any other text.
fn success_flag(text: &str) -> Option<(&str, &str)> {
    let rest = trim(text).strip_prefix("TLS protocol ")?;
    let sp = crate::bytemask::find_byte(rest.as_bytes(), 0, b' ')?;
    let (flag, rest) = (&rest[..sp], &rest[sp + 1..]);
    rest.starts_with("negotiation succeeded").then_some((flag, rest))
}

impl TlsInfo {
    /// The protocol alone, for a census that reads no more (see
    /// [`SessionState::lean`]).
    fn of_flag(flag: &str) -> Self {
        Self {
            protocol: schannel_protocol(flag),
            raw_protocol: String::new(),
            cipher: None,
            hash: None,
            key_exchange: None,
        }
    }
}

/// The cipher, hash and key exchange of any wording of the template: each
/// `algorithm` is named by the word before it (`encryption`, `hash`,
/// `exchange`) and followed by its value; the first value of each is kept.
/// A prebuilt vector search finds them, which is much cheaper than walking
/// every word (a walk over the spaces' byte masks cost more still).
fn algorithms_by_search(rest: &str) -> [Option<String>; 3] {
    const ALGORITHM_WORD: &str = " algorithm ";
    static ALGORITHM: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let finder = ALGORITHM.get_or_init(|| memchr::memmem::Finder::new(ALGORITHM_WORD).into_owned());
    let (mut cipher, mut hash, mut key_exchange) = (None, None, None);
    for at in finder.find_iter(rest.as_bytes()) {
        // The word before: the text after the last space or comma.
        let before = &rest.as_bytes()[..at];
        let named = |word: &str| {
            before.ends_with(word.as_bytes())
                && before.len().checked_sub(word.len() + 1).is_none_or(|i| matches!(before[i], b' ' | b','))
        };
        let slot = if named("encryption") {
            &mut cipher
        } else if named("hash") {
            &mut hash
        } else if named("exchange") {
            &mut key_exchange
        } else {
            continue;
        };
        let after = &rest[at + ALGORITHM_WORD.len()..];
        let value = Some(&after[..memchr::memchr2(b' ', b',', after.as_bytes()).unwrap_or(after.len())])
            .filter(|v| !v.is_empty());
        if slot.is_none() {
            *slot = value.map(str::to_string);
        }
    }
    [cipher, hash, key_exchange]
}

/// The three algorithms of the template exactly as Exchange words it, read
/// in one pass: `negotiation succeeded using bulk encryption algorithm C
/// with strength N bits, MAC hash algorithm H with strength N bits and key
/// exchange algorithm K`, each name in capitals, digits and `_`, and each
/// strength in digits; anything may follow K. `None` for any other wording,
/// which [`algorithms_by_search`] reads. The answers agree: with such
/// names the text before K holds ` algorithm ` exactly three times, after
/// `encryption`, `hash` and `exchange`, and the search keeps the first value
/// of each (a property test holds the two equal).
fn exchange_wording(rest: &str) -> Option<[&str; 3]> {
    fn name(s: &str) -> Option<(&str, &str)> {
        let end =
            s.bytes().position(|b| !(b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')).unwrap_or(s.len());
        (end > 0).then(|| s.split_at(end))
    }
    fn strength(s: &str) -> Option<&str> {
        let s = s.strip_prefix(" with strength ")?;
        let end = s.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(s.len());
        if end == 0 {
            return None;
        }
        s[end..].strip_prefix(" bits")
    }
    let (cipher, rest) = name(rest.strip_prefix("negotiation succeeded using bulk encryption algorithm ")?)?;
    let (hash, rest) = name(strength(rest)?.strip_prefix(", MAC hash algorithm ")?)?;
    let (key_exchange, _) = name(strength(rest)?.strip_prefix(" and key exchange algorithm ")?)?;
    Some([cipher, hash, key_exchange])
}

/// The error value of `TLS negotiation failed with error SocketError`, or
/// `fatal exception` for the receive-side `TLS negotiation failed, fatal exception`.
pub fn tls_failure(text: &str) -> Option<&str> {
    // Exchange writes the template at the start of the field.
    // `trim_start` only when there is something to trim (it decodes chars).
    let text = if text.starts_with(char::is_whitespace) { text.trim_start() } else { text };
    let rest = text.strip_prefix("TLS negotiation failed")?;
    if let Some(v) = rest.strip_prefix(" with error ") {
        // `\r`: a row of a file written with `\r\r\n` line ends.
        return v.split([' ', ',', '.', '\r', '\t']).next().filter(|s| !s.is_empty());
    }
    rest.strip_prefix(", ").map(str::trim).filter(|s| !s.is_empty())
}

/// A certificate named in the session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub subject: Option<String>,
    pub thumbprint: Option<String>,
}

/// An SMTP reply with an error code seen in the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorReply {
    pub seq: u32,
    pub code: u16,
    pub text: String,
}

/// True when `hay` has `word` (eight upper-case letters) as a whole token,
/// in any case; tokens start and end at a space or `-` (`250-STARTTLS`).
/// Runs on every positive reply: token starts come from the byte masks
/// ([`crate::bytemask`]), and each start is tested with one 8-byte compare
/// (`| 0x20` lowers an ASCII letter and maps nothing else onto one).
fn has_keyword(hay: &[u8], word: &[u8; 8]) -> bool {
    use crate::bytemask::byte_bits;
    const LOWER: u64 = 0x2020_2020_2020_2020;
    let want = u64::from_le_bytes(*word) | LOWER;
    let is_word_at = |i: usize| {
        hay.get(i..i + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            .is_some_and(|w| u64::from_le_bytes(w) | LOWER == want)
            && hay.get(i + 8).is_none_or(|c| matches!(c, b' ' | b'-'))
    };
    if is_word_at(0) {
        return true;
    }
    let mut base = 0;
    while base + 8 < hay.len() {
        let mut seps = byte_bits(hay, base, b' ') | byte_bits(hay, base, b'-');
        while seps != 0 {
            if is_word_at(base + seps.trailing_zeros() as usize + 1) {
                return true;
            }
            seps &= seps - 1;
        }
        base += 64;
    }
    false
}

/// The failure of a session whose STARTTLS was answered `220` and that
/// ended before anything else was said (see [`SessionState::tls_outcome`]).
pub const TLS_NOT_COMPLETED: &str = "TLS not completed";

/// The failure of a session whose STARTTLS (or `X-ANONYMOUSTLS`) was
/// answered with an error (RFC 3207 §4: `454 4.7.0 TLS not available due to
/// temporary reason`; Exchange's `554 5.7.3 Unable to initialize security
/// subsystem` when it has no certificate): TLS was asked for and not started.
pub const STARTTLS_REFUSED: &str = "STARTTLS refused";

/// What a session's TLS came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsOutcome<'a> {
    /// A row names the protocol (`TLS1.2`, …).
    Negotiated(&'a str),
    /// A row names the failure (`SocketError`, …), or the session ended
    /// right after STARTTLS was accepted.
    Failed(&'a str),
    /// STARTTLS was accepted and the conversation went on.
    VersionNotLogged,
    /// STARTTLS was accepted and the rows stop there.
    Unknown,
    /// No TLS was started.
    None,
}

/// The lower of two sequence numbers, either of which may be missing.
fn earlier_seq(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// A value and the sequence number it was seen at; the lowest wins.
type Earliest<T> = Option<(u32, T)>;

fn keep_earliest<T>(slot: &mut Earliest<T>, seq: u32, value: T) {
    if slot.as_ref().is_none_or(|(s, _)| seq < *s) {
        *slot = Some((seq, value));
    }
}

/// [`keep_earliest`] for another fragment's value. Two fragments that say
/// something else at the same sequence number (a session id used twice)
/// keep the smaller value, so the result is the same whichever fragment a
/// census read first: per-file censuses are merged as their threads finish.
fn absorb_earliest<T: Ord>(slot: &mut Earliest<T>, other: Earliest<T>) {
    let Some((s, v)) = other else { return };
    match slot {
        Some((mine, held)) if *mine == s => {
            if v < *held {
                *held = v;
            }
        }
        _ => keep_earliest(slot, s, v),
    }
}

/// A session being rebuilt (possibly one fragment of it).
#[derive(Debug, Clone)]
pub struct SessionState {
    pub id: String,
    pub direction: Direction,
    pub connector: String,
    /// Shared by every session of the file.
    pub file: std::sync::Arc<str>,
    pub local: Earliest<String>,
    pub remote: Earliest<String>,
    pub first_time: Option<String>,
    pub last_time: Option<Stamp>,
    pub rows: u32,
    pub max_seq: u32,
    pub seen_seq0: bool,
    pub disconnect: Earliest<String>,
    pub ehlo: Earliest<String>,
    pub starttls_offered: bool,
    pub starttls_attempted: bool,
    /// The sequence number of the `220` that answered STARTTLS (or
    /// Exchange's `X-ANONYMOUSTLS`), when one did: TLS started, whether or
    /// not a row says which protocol it negotiated. With the highest
    /// sequence number of any command or reply row: a conversation that went
    /// on after the `220` went on over TLS (see [`SessionState::tls_outcome`]).
    starttls_accept_seq: Option<u32>,
    last_talk_seq: Option<u32>,
    /// The last command was STARTTLS; its reply decides the above.
    awaiting_tls_reply: bool,
    pub starttls_refused: bool,
    /// A `+` row or a command or reply: the TCP connection was made. A
    /// Send log's session that has only `attempting to connect` and
    /// `Failed to connect. Winsock error code: 10060 …` rows never was an
    /// SMTP session (QA round 52: it was counted as one without TLS).
    pub connected: bool,
    pub connect_failed: bool,
    pub tls: Earliest<TlsInfo>,
    pub failure: Earliest<String>,
    pub remote_cert: Certificate,
    pub local_cert: Certificate,
    /// Which certificate the `Certificate …` rows that follow describe.
    cert_is_remote: Option<bool>,
    pub errors: Vec<ErrorReply>,
    /// The sequence number of the row that goes on the last error reply,
    /// which said more lines follow (`421-…`): Exchange writes each line of
    /// a multi-line reply as a row of its own, one after the other. Set
    /// and read only with error replies (checked on no other row).
    error_next: Option<u32>,
    pub messages: u32,
    pub recipients: u32,
    /// Raw rows, `\n`-separated, in arrival order; sorted when finished.
    pub transcript: String,
    pub transcript_truncated: bool,
    /// When the census last saw a row of it (for evicting stale sessions).
    pub touched: u64,
    /// False once the census's sample of sessions is full: then nobody will
    /// read the transcript, and copying every row would be wasted work.
    pub record_transcript: bool,
    /// Only what the census counts is read (protocol, failure, refusal,
    /// EHLO name, ends): set for a session no sample can take by a census
    /// that asks for it (see `Census::lean_when_unsampled`), where nobody
    /// reads the session's cipher, certificates or disconnect text. Reading
    /// and copying them was ~4 % of a census without a sample.
    pub lean: bool,
    /// The column order of the file its rows came from, to read the
    /// transcript back.
    pub columns: Columns,
}

impl SessionState {
    pub fn new(row: &Row<'_>, direction: Direction, file: &std::sync::Arc<str>, columns: Columns) -> Self {
        Self {
            id: row.session().to_string(),
            direction,
            connector: row.connector().to_string(),
            file: std::sync::Arc::clone(file),
            local: None,
            remote: None,
            first_time: None,
            last_time: None,
            rows: 0,
            max_seq: 0,
            seen_seq0: false,
            disconnect: None,
            ehlo: None,
            starttls_offered: false,
            starttls_attempted: false,
            starttls_accept_seq: None,
            last_talk_seq: None,
            awaiting_tls_reply: false,
            error_next: None,
            starttls_refused: false,
            connected: false,
            connect_failed: false,
            tls: None,
            failure: None,
            remote_cert: Certificate::default(),
            local_cert: Certificate::default(),
            cert_is_remote: None,
            errors: Vec::new(),
            messages: 0,
            recipients: 0,
            transcript: String::new(),
            transcript_truncated: false,
            touched: 0,
            record_transcript: true,
            lean: false,
            columns,
        }
    }

    /// All rows of the session are here: seq 0 through the disconnect, no gap.
    pub fn is_complete(&self) -> bool {
        // `>=`: a row written twice (seen in real excerpts) must not keep it open.
        self.has_ended() && self.rows > self.max_seq
    }

    /// Its first row and its disconnect are here (all rows in between may
    /// not be: see [`SessionState::is_complete`]).
    pub fn has_ended(&self) -> bool {
        self.disconnect.is_some() && self.seen_seq0
    }

    /// Its start is here, no connection was made, and a row says the
    /// attempt failed, or it ended with no local endpoint ever named (no
    /// socket was connected: `-,,Remote(TimedOut)` right after `attempting
    /// to connect`): a Send log's connection that TCP never made. Not an
    /// SMTP session.
    pub fn never_connected(&self) -> bool {
        self.seen_seq0 && !self.connected && (self.connect_failed || (self.has_ended() && self.local.is_none()))
    }

    /// Whether its rows show it would go on without TLS: it ended, or a
    /// message was begun, without TLS. A session whose rows stop before
    /// that (the input ends at EHLO, as an hourly file can) might have
    /// started TLS in the rows that are missing (QA round 52).
    pub fn shown_plain(&self) -> bool {
        self.has_ended() || self.messages > 0 || self.starttls_refused
    }

    /// Applies one row. `raw` is the row's text, for the transcript.
    pub fn apply(&mut self, row: &Row<'_>, raw: &str) {
        let seq = row.sequence;
        self.rows += 1;
        self.max_seq = self.max_seq.max(seq);
        self.seen_seq0 |= seq == 0;
        // Rows mostly come in time order: one comparison with the latest
        // time settles it (first ≤ last, so a newer row leaves first alone).
        let order = self.last_time.as_ref().map(|t| t.cmp_from(row.date_time_bytes()));
        if order == Some(std::cmp::Ordering::Greater) {
            if let Some(t) = &mut self.last_time {
                t.set(row);
            }
        } else if order != Some(std::cmp::Ordering::Equal) && !row.date_time_bytes().is_empty() {
            let time = row.date_time();
            if self.first_time.as_deref().is_none_or(|t| time < t) {
                self.first_time = Some(time.to_string());
            }
            // Here the row is older than the latest time, or the first one.
            if self.last_time.is_none() {
                self.last_time = Some(Stamp::new(time));
            }
        }
        if self.remote.is_none() && row.has_remote() {
            keep_earliest(&mut self.remote, seq, row.remote().to_string());
        }
        if self.local.is_none() && row.has_local() {
            keep_earliest(&mut self.local, seq, row.local().to_string());
        }
        if self.record_transcript && self.transcript.len() + raw.len() < TRANSCRIPT_BYTES {
            if self.transcript.capacity() == 0 {
                self.transcript.reserve(4096);
            }
            self.transcript.push_str(raw);
            self.transcript.push('\n');
        } else if self.record_transcript {
            self.transcript_truncated = true;
        }
        // In a Send log `>` is what we sent and `<` the remote's reply; in a
        // Receive log it is the other way round (FACTS A.3 "Perspective").
        let reply_event = if self.direction == Direction::Inbound { b'>' } else { b'<' };
        match row.event {
            b'-' => {
                let why = if self.lean { String::new() } else { trim(&row.context).to_string() };
                keep_earliest(&mut self.disconnect, seq, why);
            }
            b'*' => self.information(seq, &row.data, &row.context),
            e if e == reply_event => {
                self.talked(seq);
                self.reply(seq, &row.data);
            }
            b'<' | b'>' => {
                self.talked(seq);
                self.command(seq, &row.data);
            }
            b'+' => self.connected = true,
            _ => {}
        }
    }

    #[inline]
    fn talked(&mut self, seq: u32) {
        self.connected = true;
        self.last_talk_seq = Some(self.last_talk_seq.map_or(seq, |t| t.max(seq)));
    }

    /// What the session's TLS came to when no row names it. STARTTLS was
    /// answered `220` and the conversation went on (Exchange 2010 writes no
    /// row naming the protocol): TLS, its version not logged. It ended
    /// right there (a client that cannot do what the server offers drops
    /// the connection): the handshake failed, [`TLS_NOT_COMPLETED`]. Its
    /// rows stop there without an end (an excerpt, a log copied while being
    /// written): nothing can be told.
    pub fn tls_outcome(&self) -> TlsOutcome<'_> {
        match (&self.tls, &self.failure) {
            (Some((_, t)), _) => TlsOutcome::Negotiated(&t.protocol),
            (None, Some((_, f))) => TlsOutcome::Failed(f),
            (None, None) if self.starttls_accept_seq.is_none() => TlsOutcome::None,
            (None, None) if self.starttls_accept_seq.zip(self.last_talk_seq).is_some_and(|(a, t)| t > a) => {
                TlsOutcome::VersionNotLogged
            }
            (None, None) if self.has_ended() => TlsOutcome::Failed(TLS_NOT_COMPLETED),
            (None, None) => TlsOutcome::Unknown,
        }
    }

    fn information(&mut self, seq: u32, data: &str, context: &str) {
        for text in [context, data] {
            if text.starts_with("TLS protocol ") {
                let tls = if self.lean {
                    success_flag(text).map(|(flag, _)| TlsInfo::of_flag(flag))
                } else {
                    tls_success(text)
                };
                if let Some(t) = tls {
                    keep_earliest(&mut self.tls, seq, t);
                    return;
                }
            }
            if let Some(v) = tls_failure(text) {
                keep_earliest(&mut self.failure, seq, v.to_string());
                return;
            }
            // SmtpOutConnection's `Failed to connect. Winsock error code: …`
            // (its first byte first: every information row passes here).
            if text.as_bytes().first() == Some(&b'F') && text.starts_with("Failed to connect") {
                self.connect_failed = true;
            }
        }
        if self.lean {
            return;
        }
        // Certificates: a label row (`Received certificate`), then one row per
        // attribute — or, in newer builds, one row with all values in `data`.
        let label = trim(context);
        // ProtocolLogSession.LogCertificate's labels (FACTS A.5): every one
        // but `Sending certificate` is the other side's (QA round 52).
        let remote_label = [
            "Received certificate",
            "Remote certificate",
            "Received DirectTrust certificate",
            "Proxy target certificate",
            "Secure domain certificate",
            "SmartHost certificate",
        ];
        if remote_label.iter().any(|l| label.starts_with(l)) || label.starts_with("Sending certificate") {
            let remote = !label.starts_with("Sending");
            self.cert_is_remote = Some(remote);
            if !data.trim().is_empty() {
                let cert = if remote { &mut self.remote_cert } else { &mut self.local_cert };
                let d = data.trim();
                cert.thumbprint = d.split(' ').rev().find(|t| is_thumbprint(t)).map(str::to_string);
                if let Some(rest) = d.strip_prefix("CN=") {
                    let end = rest.find(" CN=").map_or(d.len(), |e| e + 3);
                    cert.subject = Some(d[..end].to_string());
                }
            }
            return;
        }
        let Some(remote) = self.cert_is_remote else { return };
        let cert = if remote { &mut self.remote_cert } else { &mut self.local_cert };
        match label {
            "Certificate subject" => cert.subject = Some(data.trim().to_string()),
            "Certificate thumbprint" => cert.thumbprint = Some(data.trim().to_string()),
            _ => {}
        }
    }

    fn reply(&mut self, seq: u32, data: &str) {
        let b = data.as_bytes();
        if b.len() < 3 || !b[..3].iter().all(u8::is_ascii_digit) {
            return;
        }
        let code = (b[0] - b'0') as u16 * 100 + (b[1] - b'0') as u16 * 10 + (b[2] - b'0') as u16;
        if std::mem::take(&mut self.awaiting_tls_reply) {
            if code == 220 {
                // Accepted, so it was offered (Exchange's `X-ANONYMOUSTLS`
                // is offered on a row of its own, or with the EHLO reply's
                // other keywords; QA round 52).
                self.starttls_offered = true;
                self.starttls_accept_seq = earlier_seq(self.starttls_accept_seq, Some(seq));
            } else if code >= 400 {
                keep_earliest(&mut self.failure, seq, STARTTLS_REFUSED.to_string());
            }
        }
        // `250-STARTTLS` on a row of its own, or the whole EHLO reply on one row
        // (`250  HOST Hello [ip] SIZE 37748736 PIPELINING … STARTTLS …`).
        // Exchange offers `X-ANONYMOUSTLS` to its own servers in place of
        // STARTTLS, on a row of its own (QA round 52: attempted, but not
        // offered); see also the `220` that accepts it, above.
        if code == 250
            && !self.starttls_offered
            && (has_keyword(&b[3..], b"STARTTLS")
                || b.get(4..18).is_some_and(|k| k.eq_ignore_ascii_case(b"X-ANONYMOUSTLS")))
        {
            self.starttls_offered = true;
        }
        if code >= 400 {
            // `530 5.7.0 Must issue a STARTTLS command first`, `451 5.7.3 STARTTLS is required to send mail`.
            if (code == 530 || code == 451) && data.to_ascii_uppercase().contains("STARTTLS") {
                self.starttls_refused = true;
            }
            self.error_reply(seq, code, data);
        }
    }

    /// Keeps an error reply. A further line of a multi-line reply (RFC 5321
    /// §4.2.1) is the same error: joined to it, without its code and
    /// repeated status. Out of line: most replies are not errors.
    #[cold]
    #[inline(never)]
    fn error_reply(&mut self, seq: u32, code: u16, data: &str) {
        let joined = self.error_next == Some(seq) && self.errors.last().is_some_and(|e| e.code == code);
        let kept = !joined && self.errors.len() < MAX_ERRORS;
        if let (true, Some(last)) = (joined, self.errors.last_mut()) {
            let rest = crate::grammar::smtp::reply_line(data).map_or("", |(_, r)| r.text).trim();
            if !rest.is_empty() && last.text.len() + rest.len() < ERROR_TEXT {
                last.text.push(' ');
                last.text.push_str(rest);
            }
        } else if kept {
            self.errors.push(ErrorReply { seq, code, text: data.to_string() });
        }
        self.error_next = (data.as_bytes().get(3) == Some(&b'-') && (joined || kept)).then(|| seq.wrapping_add(1));
    }

    fn command(&mut self, seq: u32, data: &str) {
        // A byte loop: the verb ends within a few bytes, sooner than a call
        // to a search routine returns.
        let verb = data.as_bytes().iter().position(|&b| b == b' ').map_or(data, |at| &data[..at]);
        self.awaiting_tls_reply = false;
        if verb.eq_ignore_ascii_case("EHLO") || verb.eq_ignore_ascii_case("HELO") {
            let name = data[verb.len()..].trim();
            if !name.is_empty() {
                keep_earliest(&mut self.ehlo, seq, name.to_string());
            }
        } else if verb.eq_ignore_ascii_case("STARTTLS") || verb.eq_ignore_ascii_case("X-ANONYMOUSTLS") {
            // Exchange servers of one organisation start TLS with
            // `X-ANONYMOUSTLS` between themselves.
            self.starttls_attempted = true;
            self.awaiting_tls_reply = true;
        } else if verb.eq_ignore_ascii_case("MAIL") {
            self.messages += 1;
        } else if verb.eq_ignore_ascii_case("RCPT") {
            self.recipients += 1;
        }
    }

    /// Combines another fragment of the same session (any order).
    pub fn absorb(&mut self, o: SessionState) {
        self.rows += o.rows;
        self.max_seq = self.max_seq.max(o.max_seq);
        self.seen_seq0 |= o.seen_seq0;
        self.connected |= o.connected;
        self.connect_failed |= o.connect_failed;
        // The session is named after the fragment with its earliest row (then
        // the file name), whichever fragment a merge of per-file censuses
        // happens to take first: the same files give the same sample at any -j.
        fn key(s: &SessionState) -> (bool, Option<&str>, &str) {
            (s.first_time.is_none(), s.first_time.as_deref(), &s.file)
        }
        if key(&o) < key(self) {
            self.file = std::sync::Arc::clone(&o.file);
            self.connector.clone_from(&o.connector);
            self.columns = o.columns;
        }
        if o.first_time.as_deref().is_some_and(|t| self.first_time.as_deref().is_none_or(|s| t < s)) {
            self.first_time = o.first_time;
        }
        if o.last_time.as_ref().is_some_and(|t| self.last_time.as_ref().is_none_or(|s| t.as_str() > s.as_str())) {
            self.last_time = o.last_time;
        }
        absorb_earliest(&mut self.local, o.local);
        absorb_earliest(&mut self.remote, o.remote);
        absorb_earliest(&mut self.disconnect, o.disconnect);
        absorb_earliest(&mut self.ehlo, o.ehlo);
        absorb_earliest(&mut self.tls, o.tls);
        absorb_earliest(&mut self.failure, o.failure);
        self.starttls_offered |= o.starttls_offered;
        self.starttls_attempted |= o.starttls_attempted;
        self.starttls_accept_seq = earlier_seq(self.starttls_accept_seq, o.starttls_accept_seq);
        self.last_talk_seq = self.last_talk_seq.max(o.last_talk_seq);
        self.starttls_refused |= o.starttls_refused;
        for (mine, theirs) in [(&mut self.remote_cert, o.remote_cert), (&mut self.local_cert, o.local_cert)] {
            if mine.subject.is_none() {
                mine.subject = theirs.subject;
            }
            if mine.thumbprint.is_none() {
                mine.thumbprint = theirs.thumbprint;
            }
        }
        self.errors.extend(o.errors);
        self.errors.sort_by_key(|e| e.seq);
        self.errors.truncate(MAX_ERRORS);
        self.messages += o.messages;
        self.recipients += o.recipients;
        if self.transcript.len() + o.transcript.len() <= TRANSCRIPT_BYTES {
            self.transcript.push_str(&o.transcript);
        } else {
            self.transcript_truncated = true;
        }
        self.transcript_truncated |= o.transcript_truncated;
    }

    pub fn remote_ip(&self) -> Option<&str> {
        self.remote.as_ref().and_then(|(_, e)| protolog::endpoint_ip(e))
    }

    /// The finished, serialisable view of the session.
    pub fn summary(&self) -> Session {
        let mut transcript: Vec<TranscriptRow> = self
            .transcript
            .lines()
            .filter_map(|l| {
                let r = split_row(l, &self.columns).or_else(|| split_row(l, &Columns::default()))?;
                Some(TranscriptRow {
                    seq: r.sequence,
                    time: r.date_time().to_string(),
                    event: (r.event as char).to_string(),
                    data: r.data.into_owned(),
                    context: r.context.into_owned(),
                })
            })
            .collect();
        transcript.sort_by_key(|r| r.seq);
        Session {
            id: self.id.clone(),
            direction: self.direction,
            connector: self.connector.clone(),
            file: self.file.to_string(),
            local_endpoint: self.local.as_ref().map(|(_, v)| v.clone()),
            remote_endpoint: self.remote.as_ref().map(|(_, v)| v.clone()),
            // In the form the census lists its endpoint by (RFC 5952), so the
            // page finds the session under its endpoint (QA round 52).
            remote_ip: self.remote_ip().map(|ip| protolog::canonical_ip(ip).into_owned()),
            first_seen: self.first_time.clone(),
            last_seen: self.last_time.as_ref().map(|t| t.as_str().to_string()),
            ehlo: self.ehlo.as_ref().map(|(_, v)| v.clone()),
            starttls_offered: self.starttls_offered,
            starttls_attempted: self.starttls_attempted,
            starttls_refused: self.starttls_refused,
            // TLS with no row naming its version (Exchange 2010): the census
            // counts it as `TLS`, and so does the session's view (QA round 52:
            // it showed as a session without TLS).
            tls: self.tls.as_ref().map(|(_, t)| t.clone()).or_else(|| {
                matches!(self.tls_outcome(), TlsOutcome::VersionNotLogged).then(|| TlsInfo {
                    protocol: crate::census::TLS_VERSION_NOT_LOGGED.to_string(),
                    raw_protocol: String::new(),
                    cipher: None,
                    hash: None,
                    key_exchange: None,
                })
            }),
            tls_failure: match self.tls_outcome() {
                TlsOutcome::Failed(f) => Some(f.to_string()),
                _ => None,
            },
            remote_certificate: Some(self.remote_cert.clone())
                .filter(|c| c.subject.is_some() || c.thumbprint.is_some()),
            local_certificate: Some(self.local_cert.clone()).filter(|c| c.subject.is_some() || c.thumbprint.is_some()),
            errors: self.errors.clone(),
            messages: self.messages,
            recipients: self.recipients,
            disconnect: self.disconnect.as_ref().map(|(_, v)| v.clone()),
            complete: self.is_complete(),
            transcript,
            transcript_truncated: self.transcript_truncated,
        }
    }
}

fn is_thumbprint(t: &str) -> bool {
    t.len() == 40 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// One row of a session's conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptRow {
    pub seq: u32,
    pub time: String,
    /// `+`, `-`, `>`, `<` or `*`.
    pub event: String,
    pub data: String,
    pub context: String,
}

/// A finished session, for the session viewer and exports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub direction: Direction,
    pub connector: String,
    pub file: String,
    pub local_endpoint: Option<String>,
    pub remote_endpoint: Option<String>,
    pub remote_ip: Option<String>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub ehlo: Option<String>,
    pub starttls_offered: bool,
    pub starttls_attempted: bool,
    /// The server refused mail because STARTTLS was not issued (451 5.7.3 / 530 5.7.0).
    pub starttls_refused: bool,
    pub tls: Option<TlsInfo>,
    pub tls_failure: Option<String>,
    pub remote_certificate: Option<Certificate>,
    pub local_certificate: Option<Certificate>,
    pub errors: Vec<ErrorReply>,
    /// `MAIL FROM` commands.
    pub messages: u32,
    /// `RCPT TO` commands.
    pub recipients: u32,
    pub disconnect: Option<String>,
    /// False when rows are missing (the log starts or ends mid-session).
    pub complete: bool,
    pub transcript: Vec<TranscriptRow>,
    pub transcript_truncated: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_merge_to_the_same_values_in_either_order() {
        let a: Earliest<String> = Some((3, "192.0.2.9:25".into()));
        let b: Earliest<String> = Some((3, "192.0.2.10:25".into()));
        let c: Earliest<String> = Some((2, "203.0.113.5:25".into()));
        let merged = |first: &Earliest<String>, second: &Earliest<String>| {
            let mut slot = first.clone();
            absorb_earliest(&mut slot, second.clone());
            slot
        };
        assert_eq!(merged(&a, &b), merged(&b, &a));
        assert_eq!(merged(&a, &b), Some((3, "192.0.2.10:25".into())));
        // A lower sequence number still wins.
        assert_eq!(merged(&a, &c), c);
        assert_eq!(merged(&c, &a), c);
        assert_eq!(merged(&None, &a), a);
        assert_eq!(merged(&a, &None), a);
    }

    proptest::proptest! {
        #[test]
        fn keyword_tokens_match_a_word_by_word_reading(hay in "[ sS-]{0,3}(starttls|STARTTLS|StartTLS|x|STARTTLSX|-| ){0,8}[ -]{0,2}") {
            let b = hay.as_bytes();
            let want = (0..b.len()).any(|i| {
                (i == 0 || matches!(b[i - 1], b' ' | b'-'))
                    && b.get(i..i + 8).is_some_and(|w| w.eq_ignore_ascii_case(b"STARTTLS"))
                    && b.get(i + 8).is_none_or(|c| matches!(c, b' ' | b'-'))
            });
            proptest::prop_assert_eq!(has_keyword(b, b"STARTTLS"), want, "{:?}", hay);
        }
    }

    const SEND: &[&str] = &[
        "2023-01-11T16:00:00.000Z,Outbound to Office 365,08DAF3B3C4D5E6F8,0,,104.47.0.1:25,*,,attempting to connect",
        "2023-01-11T16:00:00.010Z,Outbound to Office 365,08DAF3B3C4D5E6F8,1,10.0.0.5:50123,104.47.0.1:25,+,,",
        "2023-01-11T16:00:00.020Z,Outbound to Office 365,08DAF3B3C4D5E6F8,2,10.0.0.5:50123,104.47.0.1:25,<,220 mx.outlook.com Microsoft ESMTP MAIL Service ready,",
        "2023-01-11T16:00:00.030Z,Outbound to Office 365,08DAF3B3C4D5E6F8,3,10.0.0.5:50123,104.47.0.1:25,>,EHLO ex1.contoso.com,",
        "2023-01-11T16:00:00.040Z,Outbound to Office 365,08DAF3B3C4D5E6F8,4,10.0.0.5:50123,104.47.0.1:25,<,250-STARTTLS,",
        "2023-01-11T16:00:00.041Z,Outbound to Office 365,08DAF3B3C4D5E6F8,5,10.0.0.5:50123,104.47.0.1:25,<,250 SMTPUTF8,",
        "2023-01-11T16:00:00.050Z,Outbound to Office 365,08DAF3B3C4D5E6F8,6,10.0.0.5:50123,104.47.0.1:25,>,STARTTLS,",
        "2023-01-11T16:00:00.060Z,Outbound to Office 365,08DAF3B3C4D5E6F8,7,10.0.0.5:50123,104.47.0.1:25,<,220 2.0.0 SMTP server ready,",
        "2023-01-11T16:00:00.070Z,Outbound to Office 365,08DAF3B3C4D5E6F8,8,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError",
        "2023-01-11T16:00:00.080Z,Outbound to Office 365,08DAF3B3C4D5E6F8,9,10.0.0.5:50123,104.47.0.1:25,-,,Remote(SocketError)",
    ];

    fn run(rows: &[&str], dir: Direction) -> SessionState {
        let cols = Columns::default();
        let first = split_row(rows[0], &cols).unwrap();
        let mut s = SessionState::new(&first, dir, &"SEND2023011116-1.LOG".into(), cols);
        for r in rows {
            s.apply(&split_row(r, &cols).unwrap(), r);
        }
        s
    }

    #[test]
    fn send_session_with_socket_error() {
        let s = run(SEND, Direction::Outbound);
        assert!(s.is_complete());
        assert!(s.starttls_offered && s.starttls_attempted && !s.starttls_refused);
        assert_eq!(s.failure.as_ref().unwrap().1, "SocketError");
        assert_eq!(s.ehlo.as_ref().unwrap().1, "ex1.contoso.com");
        assert_eq!(s.remote_ip(), Some("104.47.0.1"));
        let sum = s.summary();
        assert_eq!(sum.transcript.len(), 10);
        assert_eq!(sum.disconnect.as_deref(), Some("Remote(SocketError)"));
    }

    #[test]
    fn fragments_combine_in_any_order() {
        let whole = run(SEND, Direction::Outbound);
        let mut a = run(&SEND[5..], Direction::Outbound);
        let b = run(&SEND[..5], Direction::Outbound);
        assert!(!a.is_complete() && !b.is_complete());
        a.absorb(b);
        assert!(a.is_complete());
        assert_eq!(a.failure, whole.failure);
        assert_eq!(a.ehlo, whole.ehlo);
        assert_eq!(a.first_time, whole.first_time);
        let sum = a.summary();
        assert!(sum.transcript.windows(2).all(|w| w[0].seq < w[1].seq));
    }

    /// The reading before: `split_once` and a backward scan for the word.
    fn tls_success_by_search(text: &str) -> Option<TlsInfo> {
        const ALGORITHM_WORD: &str = " algorithm ";
        let rest = trim(text).strip_prefix("TLS protocol ")?;
        let (flag, rest) = rest.split_once(' ')?;
        if !rest.starts_with("negotiation succeeded") {
            return None;
        }
        let (mut cipher, mut hash, mut key_exchange) = (None, None, None);
        for (at, _) in rest.match_indices(ALGORITHM_WORD) {
            let before = &rest[..at];
            let before = &before[before.bytes().rposition(|b| b == b' ' || b == b',').map_or(0, |p| p + 1)..];
            let slot = match before {
                "encryption" => &mut cipher,
                "hash" => &mut hash,
                "exchange" => &mut key_exchange,
                _ => continue,
            };
            let after = &rest[at + ALGORITHM_WORD.len()..];
            let value = Some(&after[..after.bytes().position(|b| b == b' ' || b == b',').unwrap_or(after.len())])
                .filter(|v| !v.is_empty());
            if slot.is_none() {
                *slot = value.map(str::to_string);
            }
        }
        Some(TlsInfo { protocol: schannel_protocol(flag), raw_protocol: flag.to_string(), cipher, hash, key_exchange })
    }

    proptest::proptest! {
        #[test]
        fn the_tls_template_reads_as_before(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "algorithm", "encryption", "hash", "exchange", "key", "MAC", "bulk", "using", "with",
                    "strength", "256", "bits,", "CALG_AES_256", "CALG_SHA1,", "x,hash", ",", "", "é", "algorithm,",
                    "CALG_ECDHE", "ALGORITHM", "bits", "with strength 0 bits", "with strength 384 bits and key exchange algorithm",
                    "with strength 256 bits, MAC hash algorithm",
                ]),
                0..40,
            ),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", " ", " ", "  ", ","]), 40),
            head in proptest::sample::select(vec![
                "TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded",
                "TLS protocol SP_PROT_TLS1_0_CLIENT negotiation succeeded ",
                " TLS protocol X negotiation succeededalgorithm",
                "TLS protocol  negotiation succeeded",
                "TLS protocol SP_PROT_TLS1_1 negotiation failed",
                "TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm",
                "TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm",
                "TLS protocol SP_PROT_TLS1_0_SERVER negotiation succeeded using bulk encryption algorithm",
            ]),
        ) {
            let mut text = head.to_string();
            for (w, sep) in words.iter().zip(&seps) {
                text.push_str(sep);
                text.push_str(w);
            }
            proptest::prop_assert_eq!(tls_success(&text), tls_success_by_search(&text), "{:?}", text);
            let long = format!("{text} {}", "algorithm hash ".repeat(9));
            proptest::prop_assert_eq!(tls_success(&long), tls_success_by_search(&long));
        }
    }

    #[test]
    fn tls_success_template() {
        let t = tls_success("TLS protocol SP_PROT_TLS1_0_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA1 with strength 160 bits and key exchange algorithm CALG_ECDHE with strength 256 bits").unwrap();
        assert_eq!(t.protocol, "TLS1.0");
        assert_eq!(t.cipher.as_deref(), Some("CALG_AES_256"));
        assert_eq!(t.hash.as_deref(), Some("CALG_SHA1"));
        assert_eq!(t.key_exchange.as_deref(), Some("CALG_ECDHE"));
        assert_eq!(schannel_protocol("SP_PROT_TLS1_3_SERVER"), "TLS1.3");
        assert_eq!(schannel_protocol("SP_PROT_NEW"), "SP_PROT_NEW");
        for (v, want) in [("0", "TLS1.0"), ("1", "TLS1.1"), ("2", "TLS1.2"), ("3", "TLS1.3")] {
            for side in ["CLIENT", "SERVER"] {
                assert_eq!(schannel_protocol(&format!("SP_PROT_TLS1_{v}_{side}")), want);
                assert_eq!(schannel_protocol(&format!(" SP_PROT_TLS1_{v}_{side} ")), want);
            }
        }
        assert!(tls_success("TLS protocol x").is_none());
    }

    #[test]
    fn exchange_wording_reads_the_template_and_leaves_the_rest_to_the_search() {
        let exact = "TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDHE with strength 384 bits";
        for text in [
            exact.to_string(),
            format!("{exact}, hash algorithm OTHER"),
            exact.replace("CALG_AES_256", "algorithm"),
            exact.replace("CALG_SHA_384", "calg_sha_384"),
            exact.replace("strength 0 bits", "strength  bits"),
            exact.replace(" and key", ", and key"),
        ] {
            let rest = text.split_once(" negotiation").map(|(_, r)| format!("negotiation{r}")).unwrap();
            let fast = exchange_wording(&rest).is_some();
            assert_eq!(fast, text == exact || text.starts_with(&format!("{exact},")), "{text}");
            assert_eq!(tls_success(&text), tls_success_by_search(&text), "{text}");
        }
        let rest = exact.split_once("_CLIENT ").map(|(_, r)| r).unwrap();
        assert_eq!(exchange_wording(rest), Some(["CALG_AES_256", "CALG_SHA_384", "CALG_ECDHE"]));
    }

    #[test]
    fn failure_values() {
        assert_eq!(tls_failure("TLS negotiation failed with error NoCredentials"), Some("NoCredentials"));
        assert_eq!(tls_failure("TLS negotiation failed with error SocketError\r"), Some("SocketError"));
        assert_eq!(tls_failure("TLS negotiation failed, fatal exception"), Some("fatal exception"));
        assert_eq!(tls_failure("TLS negotiation succeeded"), None);
    }

    #[test]
    fn receive_side_refusal_and_certificates() {
        let rows = [
            "2023-01-11T16:00:00.000Z,EX1\\Internet,08DA000000000001,0,10.0.0.1:25,198.51.100.7:5000,+,,",
            "2023-01-11T16:00:00.001Z,EX1\\Internet,08DA000000000001,1,10.0.0.1:25,198.51.100.7:5000,<,EHLO legacy.fabrikam.com,",
            "2023-01-11T16:00:00.002Z,EX1\\Internet,08DA000000000001,2,10.0.0.1:25,198.51.100.7:5000,<,MAIL FROM:<a@fabrikam.com>,",
            "2023-01-11T16:00:00.003Z,EX1\\Internet,08DA000000000001,3,10.0.0.1:25,198.51.100.7:5000,>,530 5.7.0 Must issue a STARTTLS command first,",
            "2023-01-11T16:00:00.004Z,EX1\\Internet,08DA000000000001,4,10.0.0.1:25,198.51.100.7:5000,*,,Sending certificate",
            "2023-01-11T16:00:00.005Z,EX1\\Internet,08DA000000000001,5,10.0.0.1:25,198.51.100.7:5000,*,CN=ex1.contoso.com,Certificate subject",
            "2023-01-11T16:00:00.006Z,EX1\\Internet,08DA000000000001,6,10.0.0.1:25,198.51.100.7:5000,*,0123456789ABCDEF0123456789ABCDEF01234567,Certificate thumbprint",
            "2023-01-11T16:00:00.007Z,EX1\\Internet,08DA000000000001,7,10.0.0.1:25,198.51.100.7:5000,-,,Local",
        ];
        let s = run(&rows, Direction::Inbound);
        assert!(s.starttls_refused && s.is_complete());
        assert_eq!(s.messages, 1);
        assert_eq!(s.errors[0].code, 530);
        assert_eq!(s.local_cert.subject.as_deref(), Some("CN=ex1.contoso.com"));
        assert_eq!(s.local_cert.thumbprint.as_deref(), Some("0123456789ABCDEF0123456789ABCDEF01234567"));
        assert_eq!(s.ehlo.as_ref().unwrap().1, "legacy.fabrikam.com");
    }

    /// Exchange writes each line of a multi-line reply as a row: one error
    /// reply, its lines joined; the next reply of the same code is another.
    #[test]
    fn a_multi_line_error_reply_over_rows_is_one_error() {
        let row = |seq: u32, event: &str, data: &str| {
            format!(
                "2026-11-02T10:00:00.{seq:03}Z,Internet,08DE5A010000001F,{seq},10.0.0.5:51000,142.250.1.27:25,{event},{data},"
            )
        };
        let rows = [
            row(0, "+", ""),
            row(1, "<", "220 mx.google.com ESMTP"),
            row(2, ">", "MAIL FROM:<a@contoso.com>"),
            row(3, "<", "250 2.1.0 OK"),
            row(4, ">", "RCPT TO:<b@example.com>"),
            row(5, "<", "550-5.1.1 The email account that you tried to reach does not exist. Please try"),
            row(6, "<", "550-5.1.1 double-checking the recipient's email address for typos or"),
            row(7, "<", "550 5.1.1 unnecessary spaces. x1si123 - gsmtp"),
            row(8, ">", "RCPT TO:<c@example.com>"),
            row(9, "<", "550 5.1.1 <c@example.com> unknown"),
            row(10, "-", ""),
        ];
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let s = run(&rows, Direction::Outbound);
        let errors: Vec<(u32, u16, &str)> = s.errors.iter().map(|e| (e.seq, e.code, e.text.as_str())).collect();
        assert_eq!(
            errors,
            [
                (
                    5,
                    550,
                    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. x1si123 - gsmtp"
                ),
                (9, 550, "550 5.1.1 <c@example.com> unknown"),
            ]
        );
    }

    #[test]
    fn starttls_answered_with_an_error_is_a_tls_failure_not_a_plain_session() {
        // Exchange without a usable certificate (KB 237327's reply); the
        // client gives up. The same for a 454 (RFC 3207 §4).
        for reply in
            ["554 5.7.3 Unable to initialize security subsystem", "454 4.7.0 TLS not available due to temporary reason"]
        {
            let rows = [
                "2023-01-11T16:00:00.000Z,EX1\\Internet,08DA000000000002,0,10.0.0.1:25,203.0.113.35:5000,+,,".to_string(),
                "2023-01-11T16:00:00.001Z,EX1\\Internet,08DA000000000002,1,10.0.0.1:25,203.0.113.35:5000,<,EHLO client.example,".to_string(),
                "2023-01-11T16:00:00.002Z,EX1\\Internet,08DA000000000002,2,10.0.0.1:25,203.0.113.35:5000,<,STARTTLS,".to_string(),
                format!("2023-01-11T16:00:00.003Z,EX1\\Internet,08DA000000000002,3,10.0.0.1:25,203.0.113.35:5000,>,{reply},"),
                "2023-01-11T16:00:00.004Z,EX1\\Internet,08DA000000000002,4,10.0.0.1:25,203.0.113.35:5000,<,QUIT,".to_string(),
                "2023-01-11T16:00:00.005Z,EX1\\Internet,08DA000000000002,5,10.0.0.1:25,203.0.113.35:5000,-,,Remote".to_string(),
            ];
            let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
            let s = run(&rows, Direction::Inbound);
            assert!(s.starttls_attempted && s.is_complete());
            assert_eq!(s.tls_outcome(), TlsOutcome::Failed(STARTTLS_REFUSED), "{reply}");
        }
    }

    #[test]
    fn starttls_offered_in_a_one_row_ehlo_reply() {
        let rows = [
            "2023-01-11T15:59:51.433Z,SRV\\Default Frontend SRV,123453EC62278461,0,10.10.10.10:25,95.10.20.33:56026,+,,",
            "2023-01-11T15:59:53.910Z,SRV\\Default Frontend SRV,123453EC62278461,1,10.10.10.10:25,95.10.20.33:56026,>,250  SRV.DOMAIN.TEST Hello [95.10.20.33] SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS X-ANONYMOUSTLS AUTH NTLM 8BITMIME,",
            "2023-01-11T15:59:56.232Z,SRV\\Default Frontend SRV,123453EC62278461,2,10.10.10.10:25,95.10.20.33:56026,-,,Local",
            "2023-01-11T15:59:56.232Z,SRV\\Default Frontend SRV,123453EC62278461,2,10.10.10.10:25,95.10.20.33:56026,-,,Local",
        ];
        let s = run(&rows, Direction::Inbound);
        assert!(s.starttls_offered);
        assert!(s.is_complete(), "a repeated row does not keep the session open");
        let no = run(&rows[..1], Direction::Inbound);
        assert!(!no.starttls_offered && !no.is_complete());
    }

    #[test]
    fn rows_without_session_or_sequence_are_none() {
        assert!(split_row("2023-01-11T16:00:00.000Z,c,,x,,,*,,", &Columns::default()).is_none());
        assert!(split_row("garbage", &Columns::default()).is_none());
    }

    /// The standard split reads the first 128 bytes' commas at once: rows
    /// whose seventh comma, data or context end on either side of byte 64
    /// and 128, quoted or not, split as the general reader splits them.
    #[test]
    fn the_standard_split_is_the_general_one_around_its_blocks() {
        let cols = Columns::default();
        for pad in 0..150 {
            for tail in 0..150 {
                for (data, context) in [("d", "c"), ("\"a,\"\"b\"", "c"), ("d", "\"x,y\""), ("", ""), ("d,e", "f")] {
                    let line = format!(
                        "2026-01-20T10:00:00.104Z,{},08DE5A050000003C,7,,192.0.2.1:25,*,{data}{},{context}",
                        "C".repeat(pad),
                        "t".repeat(tail)
                    );
                    for cut in [line.len(), line.len().saturating_sub(1), line.len().saturating_sub(tail + 3)] {
                        let Some(line) = line.get(..cut) else { continue };
                        let (fast, fast_id) = parse_row(line, &cols);
                        let (slow, slow_id) = parse_row_by_slots(line, &cols);
                        assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{line}");
                        assert_eq!(fast_id, slow_id, "{line}");
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_standard_split_equals_the_split_by_slots(
            cells in proptest::collection::vec("[0-9a-z,\"Ж .:]{0,30}", 0..14),
            quote in proptest::collection::vec(proptest::bool::weighted(0.15), 14),
        ) {
            let line = cells
                .iter()
                .zip(&quote)
                .map(|(c, q)| if *q { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.clone() })
                .collect::<Vec<_>>()
                .join(",");
            let cols = Columns::default();
            let (fast, fast_id) = parse_row(&line, &cols);
            let (slow, slow_id) = parse_row_by_slots(&line, &cols);
            proptest::prop_assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
            proptest::prop_assert_eq!(fast_id, slow_id);
        }
    }
}
