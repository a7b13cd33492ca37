//! The TLS census: per remote IP and direction, which protocol versions its
//! sessions negotiated, which TLS errors they hit, how many were refused for
//! not issuing STARTTLS and how many stayed plain. It answers the seed
//! article's first step — "find who still uses TLS 1.0/1.1".
//!
//! Streaming and bounded: rows update open [`SessionState`]s; a session is
//! folded into the counters as soon as all its rows are in, and only a
//! bounded sample of finished sessions is kept for the session viewer. A
//! [`Census`] per file can be built in parallel and [`Census::merge`]d in any
//! order; sessions that straddle files are completed by the merge.

use crate::framing::LineFramer;
use crate::grammar::{protolog, syslog};
use crate::session::{Columns, Session, SessionState, TlsOutcome, split_row};
use crate::types::Direction;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Sessions kept for the viewer: the interesting ones (legacy TLS, TLS
/// failures, refusals, errors) first, then a few ordinary ones.
pub const KEPT_INTERESTING: usize = 400;
pub const KEPT_ORDINARY: usize = 100;
/// A bounded sample of finished sessions: the earliest ones (by first row,
/// then id and file), whatever order files were read and merged in, so the
/// sample, and every output that shows it, is the same from run to run
/// (first come, first kept would depend on which thread finished first).
#[derive(Debug, Clone)]
struct Sample {
    cap: usize,
    /// The latest kept session on top, the one a new earlier one replaces.
    heap: std::collections::BinaryHeap<ByStart>,
}

/// Boxed: the heap moves its entries as it sifts, and a session is large.
#[derive(Debug, Clone)]
struct ByStart(Box<SessionState>);

/// The order of the sample: first row, then id, then file.
fn start_key(s: &SessionState) -> (Option<&str>, &str, &str) {
    (s.first_time.as_deref(), &s.id, &*s.file)
}

impl ByStart {
    fn key(&self) -> (Option<&str>, &str, &str) {
        start_key(&self.0)
    }
}

impl Ord for ByStart {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.key().cmp(&o.key())
    }
}

impl PartialOrd for ByStart {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl PartialEq for ByStart {
    fn eq(&self, o: &Self) -> bool {
        self.key() == o.key()
    }
}

impl Eq for ByStart {}

impl Sample {
    fn new(cap: usize) -> Self {
        Self { cap, heap: std::collections::BinaryHeap::new() }
    }

    /// Keeps `s` if it is among the earliest; returns how many sessions
    /// were left out (0 or 1: `s`, or the one it replaced).
    fn offer(&mut self, s: Box<SessionState>) -> u64 {
        if self.heap.len() < self.cap {
            self.heap.push(ByStart(s));
            return 0;
        }
        if let Some(mut top) = self.heap.peek_mut() {
            if start_key(&s) < top.key() {
                *top = ByStart(s);
            }
        }
        1
    }

    /// Whether a session whose first row is at `time` could be kept.
    fn may_take(&self, time: &str) -> bool {
        self.heap.len() < self.cap
            || self.heap.peek().is_some_and(|t| t.0.first_time.as_deref().is_some_and(|f| time <= f))
    }
}

/// Open sessions held at once; past this, the stalest are closed as they are
/// (a log that never disconnects must not grow memory without bound). A
/// busy server's log has a few thousand open at a time at most; each open
/// one costs ~1.5 KB, so 1 M sessions that never close take ~60 MB (they
/// took 500 MB with 100 000 open, unboxed).
pub const MAX_OPEN: usize = 25_000;

/// Sessions that ended with a gap in their rows wait for the missing row
/// while this many more end so (see [`Census::end_with_gap`]): Exchange
/// writes a session's rows within moments, so a row still missing after a
/// thousand later sessions have ended is not coming.
pub const ENDED_GRACE: usize = 1_024;

/// A new session copies its conversation (for the sample) only while fewer
/// sessions than this are open: a log whose sessions never close must not
/// hold a transcript for each of [`MAX_OPEN`] sessions (8 KiB each). A
/// normal log has a few hundred open at a time.
pub const RECORDING_OPEN_MAX: usize = 4_096;

/// Finished sessions remembered by key, so that a later row naming one is
/// known as late instead of opening a session counted twice. Duplicated rows
/// and stragglers come soon after the end, so a window of the latest is
/// enough (and keeps memory bounded: under 2 MB per census).
pub const FINISHED_WINDOW: usize = 16_384;
/// How many of the latest finished keys of a census a merge takes over:
/// sessions that end near the end of one file are the ones whose stragglers
/// open the next; taking the whole window would make each merge as dear.
pub const FINISHED_MERGED: usize = 1_024;

/// What the text and Markdown reports say after the number of late rows.
pub const LATE_ROWS_NOTE: &str = "rows named a session that had already ended (rows or sessions written twice, or rows after the disconnect): read, not counted as new sessions";

type SessionKey = (Direction, u128);

/// The latest [`FINISHED_WINDOW`] finished session keys, oldest first.
#[derive(Default, Clone)]
struct Finished {
    set: std::collections::HashSet<SessionKey, KeyHasher>,
    order: std::collections::VecDeque<SessionKey>,
}

impl Finished {
    fn insert(&mut self, key: SessionKey) {
        if self.set.insert(key) {
            self.order.push_back(key);
            if self.order.len() > FINISHED_WINDOW {
                if let Some(old) = self.order.pop_front() {
                    self.set.remove(&old);
                }
            }
        }
    }

    fn contains(&self, key: &SessionKey) -> bool {
        self.set.contains(key)
    }

    /// The latest `n`, oldest first.
    fn latest(&self, n: usize) -> impl Iterator<Item = &SessionKey> {
        self.order.iter().skip(self.order.len().saturating_sub(n))
    }
}

/// Endpoints a census lists, all directions together. Each costs about
/// 1 KB while the census runs; an inbound server flooded from millions of
/// addresses (a botnet) took 1.6 GB for 2.5 M of them, and the page's
/// census, too big to hand from the worker, vanished. Past this, sessions
/// of new addresses are counted in one row per direction, [`MORE_ENDPOINTS`].
pub const MAX_ENDPOINTS: usize = 100_000;

/// The `remote_ip` of the row that counts the sessions of the endpoints
/// past [`MAX_ENDPOINTS`].
pub const MORE_ENDPOINTS: &str = "(more endpoints)";

/// The protocol of a session that started TLS (STARTTLS answered 220)
/// without a row naming the version.
pub const TLS_VERSION_NOT_LOGGED: &str = "TLS";

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Protocols that count as legacy (the seed: TLS 1.0 and 1.1; older still).
pub fn is_legacy(protocol: &str) -> bool {
    matches!(protocol, "TLS1.0" | "TLS1.1" | "SSL3.0" | "SSL2.0")
}

/// A handshake that failed because the client offered only protocols below
/// the server's minimum, in OpenSSL's words (`version too low`; OpenSSL 3:
/// `unsupported protocol`), as Postfix logs them: that client speaks only
/// TLS 1.0/1.1, which is what the census is for.
fn refused_as_legacy(failure: &str) -> bool {
    matches!(failure, "version too low" | "unsupported protocol")
}

/// Counters for one remote IP in one direction. Fields in name order: the
/// census JSON has always printed its keys sorted (it was first built as a
/// `serde_json::Value`), and is now written straight from this struct.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    pub direction: Direction,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Sessions whose start is not in the input (circular logging removed
    /// the hour before, or that file was not given) and that show no TLS
    /// outcome: whether they used TLS cannot be told, so they are not plain.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub incomplete_sessions: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// True when any session negotiated TLS 1.1 or older.
    pub legacy: bool,
    /// Sessions with neither a TLS success nor a TLS failure.
    pub plain_sessions: u64,
    /// Sessions by negotiated protocol (`TLS1.0` … `TLS1.3`).
    pub protocols: Counts,
    pub remote_ip: String,
    pub sessions: u64,
    /// Sessions refused because STARTTLS was not issued (451 5.7.3 / 530 5.7.0).
    pub starttls_required_refusals: u64,
    /// Sessions whose handshake failed, by error value (`SocketError`, `SSL_accept`…).
    pub tls_failures: Counts,
}

/// Counts by name, in name order: an endpoint's sessions by protocol or by
/// failure. Two or three names at most, in practice: a sorted `Vec` of them
/// takes ~50 bytes where a `BTreeMap` took a 368-byte node for its first
/// name (300 000 endpoints: 674 → 305 MB with the other changes of that
/// round). Serialised as a JSON object, as the map was.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(Vec<(String, u64)>);

/// Distinct names one [`Counts`] keeps; the names past them are counted
/// together under [`OTHER_NAMES`]. Real logs give a handful; a log that
/// names a new failure on every row made each insertion slower than the
/// last and memory grow without end (QA round 54: 40 MB took 13 s, 200 MB
/// did not finish in 120 s).
pub const MAX_NAMES: usize = 64;
/// Names a [`Counts`] keeps past [`MAX_NAMES`] (QA round 56: after 64
/// unusual names, TLS 1.0 went under `(other)`): the protocols the census
/// tells apart and the failures that mark a peer legacy.
fn always_named(name: &str) -> bool {
    is_legacy(name)
        || refused_as_legacy(name)
        || matches!(name, "TLS1.2" | "TLS1.3" | TLS_VERSION_NOT_LOGGED | "SocketError")
}

/// Where names past [`MAX_NAMES`] are counted.
pub const OTHER_NAMES: &str = "(other)";
/// A name's length kept (longer ones are cut at a character boundary).
const NAME_BYTES: usize = 128;

/// `name` as a [`Counts`] keeps it: its first [`NAME_BYTES`] characters.
fn kept_name(name: &str) -> &str {
    if name.len() > NAME_BYTES {
        name.char_indices().nth(NAME_BYTES).map_or(name, |(cut, _)| &name[..cut])
    } else {
        name
    }
}

impl Counts {
    /// Adds `n` to the count of `name`.
    pub fn add(&mut self, name: &str, n: u64) {
        let name = kept_name(name);
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(name)) {
            Ok(i) => self.0[i].1 += n,
            Err(_) if self.0.len() >= MAX_NAMES && name != OTHER_NAMES && !always_named(name) => {
                self.add(OTHER_NAMES, n)
            }
            Err(i) => {
                self.0.reserve_exact(1);
                self.0.insert(i, (name.to_string(), n));
            }
        }
    }

    pub fn get(&self, name: &str) -> Option<&u64> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(name)).ok().map(|i| &self.0[i].1)
    }

    /// Takes one from the count of `name`; a count that reaches zero goes.
    fn remove_one(&mut self, name: &str) {
        let at = |c: &Self, n: &str| c.0.binary_search_by(|(k, _)| k.as_str().cmp(n)).ok();
        // A name counted under `(other)` (there only once the names
        // overflowed) is taken from there; a long one as `add` cut it.
        if let Some(i) = at(self, kept_name(name)).or_else(|| at(self, OTHER_NAMES)) {
            self.0[i].1 -= 1;
            if self.0[i].1 == 0 {
                self.0.remove(i);
            }
        }
    }

    /// In name order, as a `BTreeMap` iterates.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &u64)> {
        self.into_iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &u64> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<'a> IntoIterator for &'a Counts {
    type Item = (&'a String, &'a u64);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, u64)>, fn(&'a (String, u64)) -> (&'a String, &'a u64)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, u64)> for Counts {
    fn from_iter<I: IntoIterator<Item = (String, u64)>>(items: I) -> Self {
        let mut c = Counts::default();
        for (k, v) in items {
            c.add(&k, v);
        }
        c
    }
}

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Counts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(BTreeMap::<String, u64>::deserialize(d)?.into_iter().collect())
    }
}

impl Endpoint {
    fn add_time(&mut self, first: Option<&str>, last: Option<&str>) {
        if let Some(f) = first {
            if self.first_seen.as_deref().is_none_or(|s| f < s) {
                set(&mut self.first_seen, f);
            }
        }
        if let Some(l) = last.or(first) {
            if self.last_seen.as_deref().is_none_or(|s| l > s) {
                set(&mut self.last_seen, l);
            }
        }
    }

    fn absorb(&mut self, o: Endpoint) {
        self.sessions += o.sessions;
        for (k, v) in &o.protocols {
            self.protocols.add(k, *v);
        }
        for (k, v) in &o.tls_failures {
            self.tls_failures.add(k, *v);
        }
        self.starttls_required_refusals += o.starttls_required_refusals;
        self.plain_sessions += o.plain_sessions;
        self.incomplete_sessions += o.incomplete_sessions;
        self.legacy |= o.legacy;
        if self.host.is_none() {
            self.host = o.host;
        }
        self.add_time(o.first_seen.as_deref(), o.last_seen.as_deref());
    }
}

/// Sets `slot` to `value`, reusing its buffer (times move on with almost
/// every session; a new `String` each time would be an allocation each).
fn set(slot: &mut Option<String>, value: &str) {
    match slot {
        Some(s) => {
            s.clear();
            s.push_str(value);
        }
        None => *slot = Some(value.to_string()),
    }
}

/// The census of all inputs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CensusReport {
    pub sessions: u64,
    /// Legacy endpoints first, then by session count.
    pub endpoints: Vec<Endpoint>,
    /// Totals by protocol over all endpoints (for the share chart).
    pub protocols: BTreeMap<String, u64>,
    /// Protocol-log rows and syslog TLS lines read.
    pub rows: u64,
    pub files: u64,
    /// A bounded sample of finished sessions, interesting ones first.
    pub kept_sessions: Vec<Session>,
    /// Sessions that were not kept (the sample is bounded).
    pub sessions_not_kept: u64,
    /// Rows that named a session already finished and counted (a row or a
    /// whole session written twice, a straggler after the disconnect): an
    /// id names one connection, so they open no new session.
    #[serde(default)]
    pub late_rows: u64,
}

/// Per-file reading context: the `#Fields` order and the log's direction.
struct FileCtx {
    name: std::sync::Arc<str>,
    columns: Columns,
    direction: Option<Direction>,
    framer: LineFramer,
}

/// Failed deliveries remembered by message and peer, to count the lines
/// of one connection once (Exim's deferrals of a message are written
/// together, one per recipient).
const RECENT_FAILURES: usize = 64;

/// Streaming census builder.
pub struct Census {
    /// Boxed: it is taken out and put back for every line.
    file: Option<Box<FileCtx>>,
    /// Boxed: the table then holds a pointer per session, not the ~800
    /// bytes of one (a log of sessions that never close filled it with
    /// 100 000 of them, and its growth copied them all).
    open: HashMap<SessionKey, Box<SessionState>, KeyHasher>,
    /// Sessions lately finished (see [`FINISHED_WINDOW`]).
    finished: Finished,
    /// Open sessions that have their first row and their disconnect but miss
    /// a row in between, oldest first (see [`ENDED_GRACE`]).
    ended: std::collections::VecDeque<SessionKey>,
    late_rows: u64,
    /// Endpoints by direction (the index is `Direction as usize`), then by
    /// IP, so a finished session looks its endpoint up by a borrowed IP.
    /// Boxed: a table slot is then a key and a pointer, not the ~200 bytes
    /// of an endpoint, and the table's growth copies no endpoint. With
    /// 300 000 distinct peers the census took 1.3 KB of memory each.
    endpoints: [HashMap<String, Box<Endpoint>, KeyHasher>; 3],
    sessions: u64,
    rows: u64,
    files: u64,
    /// Summarised only in [`Census::finish`]: most kept sessions of a
    /// per-file census are dropped again by the merge.
    kept_interesting: Sample,
    kept_ordinary: Sample,
    not_kept: u64,
    /// Rows seen so far; each open session notes when it was last touched.
    clock: u64,
    /// The latest failed deliveries by message and peer (Exim writes one
    /// deferral per recipient of one connection; see [`Census::syslog_event`]).
    recent_failures: std::collections::VecDeque<(String, String, LineTime)>,
    /// The latest Exim deliveries counted: (message id, peer, time).
    recent_deliveries: std::collections::VecDeque<(String, String, LineTime)>,
    /// What Postfix's smtpd processes said of their current connection's TLS
    /// (see [`PostfixTls`]).
    postfix_tls: PostfixTls,
    /// Sendmail client TLS lines waiting for their relay's address (see
    /// [`Census::defer_relay`]), oldest first.
    relays: std::collections::VecDeque<PendingRelay>,
    /// Sessions that neither sample can take read only what is counted
    /// ([`SessionState::lean`]): set by [`Census::lean_when_unsampled`] and
    /// [`Census::without_sessions`], whose samples take no session at all.
    lean_unsampled: bool,
    /// The date of the current file, if its reader knows it (see
    /// [`Census::written_at`]). Boxed: most inputs have no RFC 3164 stamp,
    /// and a wider census slowed every protocol-log row (+0.45 %, layout).
    dating: Option<Box<Dating>>,
}

/// A file's date, for the RFC 3164 stamps of its lines (no year): the
/// census's first and last seen, and the analyser's finding times.
pub(crate) struct Dating {
    /// When it was last written (Unix seconds).
    written: i64,
    /// The last day dated (`Jan 20`) and its ISO date (`2026-01-20T`): a
    /// log's lines are of few days, and dating and formatting each stamp
    /// afresh was 5 % of a Postfix census.
    day: Option<([u8; 6], String)>,
}

impl Dating {
    pub(crate) fn new(written: i64) -> Self {
        Dating { written, day: None }
    }

    /// An RFC 3164 stamp (`Jan 20 10:00:01`) in ISO form, dated by the file
    /// (`2026-01-20T10:00:01`); `None` when `t` is no such stamp.
    pub(crate) fn iso(&mut self, t: &str) -> Option<String> {
        let day: [u8; 6] = t.as_bytes().get(..6)?.try_into().ok()?;
        let clock = match &self.day {
            Some((d, _)) if *d == day => rfc3164_clock(t)?,
            _ => {
                let (month, day_of_month, clock) = rfc3164_date(t)?;
                let year = year_before(self.written, month, day_of_month);
                self.day = Some((day, format!("{year:04}-{month:02}-{day_of_month:02}T")));
                clock
            }
        };
        let date = &self.day.as_ref()?.1;
        let mut stamp = String::with_capacity(date.len() + clock.len());
        stamp.push_str(date);
        stamp.push_str(clock);
        Some(stamp)
    }
}

/// A Sendmail client TLS line waiting for its relay's address.
#[derive(Debug)]
struct PendingRelay {
    /// Its process (`sm-mta[7423]`).
    tag: String,
    host: String,
    line: String,
    /// Its line is a failure.
    failure: bool,
}

/// Sendmail TLS lines kept waiting at most: one per busy sending process.
const PENDING_RELAYS: usize = 256;

/// Postfix's smtpd writes one connection's TLS failure on up to three
/// lines: `SSL_accept error from client[ip]: -1` (not always), `warning: TLS
/// library problem: … version too low` (no peer), then `lost connection
/// after STARTTLS from client[ip]`. Each is one failure of that client: the
/// first of them counts, named by OpenSSL's reason when that came first.
#[derive(Debug, Default)]
struct PostfixTls {
    /// (process, reason) of library problems no failure line has taken yet.
    reasons: std::collections::VecDeque<(String, String)>,
    /// (process, peer) of `SSL_accept` errors whose connection has not yet
    /// said `lost connection after STARTTLS`.
    accepted: std::collections::VecDeque<(String, String)>,
    /// Each smtpd process's connection that a TLS line counted, by peer:
    /// its `disconnect from` line is not another session.
    counted: HashMap<String, String>,
    /// Peers Exim went on with in clear text (`delivering unencrypted to`),
    /// counted then: their delivery line is that same session.
    clear_retries: std::collections::VecDeque<String>,
    /// The first connections this census counted by their last line alone
    /// (see [`Head`]), at most [`HEADS`].
    heads: Vec<Head>,
    /// Sendmail connections (process, peer) a reception counted: its next
    /// messages on the same connection are that session (QA round 50: three
    /// messages, three plain sessions).
    sendmail_connections: std::collections::VecDeque<(String, String)>,
}

/// A connection counted by a line that ends it (`disconnect from …`, `lost
/// connection after STARTTLS from …`) with no earlier line of its process:
/// it may have begun in the log file before, read by another census (files
/// are read in parallel), whose TLS line counted it already. [`Census::merge`]
/// takes it back when the other census's connections left open (its
/// [`PostfixTls::counted`] and `accepted`) hold the same process and peer:
/// a log rotated while a connection was open counts it once.
#[derive(Debug)]
struct Head {
    process: String,
    peer: String,
    direction: Direction,
    counted_as: HeadCount,
}

#[derive(Debug)]
enum HeadCount {
    /// A session summed up by its end line, as this.
    Ended(syslog::Encryption),
    /// A TLS failure of this name.
    Failure(String),
}

/// How many [`Head`]s a census keeps: a rotated log's connections still
/// open end within minutes, among its first lines.
const HEADS: usize = 4096;

/// How many smtpd processes [`PostfixTls::counted`] holds: more than a
/// server runs at once (Postfix's default process limit is 100).
const POSTFIX_CONNECTIONS: usize = 4096;

/// How many processes [`PostfixTls`] remembers at once.
const POSTFIX_TLS_PENDING: usize = 32;

impl PostfixTls {
    fn head(&mut self, process: &str, peer: &str, direction: Direction, counted_as: HeadCount) {
        if self.heads.len() < HEADS {
            self.heads.push(Head { process: process.to_string(), peer: peer.to_string(), direction, counted_as });
        }
    }

    /// Whether `head` ends a connection that a line read here counted and
    /// left open; it is then closed.
    fn continues(&mut self, head: &Head) -> bool {
        let counted = self.counted.get(&head.process).is_some_and(|p| *p == head.peer);
        let accepted = self.accepted.iter().position(|(p, q)| *p == head.process && *q == head.peer);
        let open = match head.counted_as {
            HeadCount::Ended(_) => counted,
            HeadCount::Failure(_) => accepted.is_some(),
        };
        if open {
            if counted {
                self.counted.remove(&head.process);
            }
            if let Some(i) = accepted {
                self.accepted.remove(i);
            }
        }
        open
    }

    /// The connections `other` left open join these (its heads are merged
    /// by [`Census::merge`]).
    fn absorb_open(&mut self, other: PostfixTls) {
        for (process, peer) in other.counted {
            if self.counted.len() < POSTFIX_CONNECTIONS || self.counted.contains_key(&process) {
                self.counted.insert(process, peer);
            }
        }
        for a in other.accepted {
            if self.accepted.len() == POSTFIX_TLS_PENDING {
                self.accepted.pop_front();
            }
            self.accepted.push_back(a);
        }
    }

    /// `process`'s connection with `peer` is counted (a TLS line said how it went).
    fn count(&mut self, process: &str, peer: &str) {
        if self.counted.len() >= POSTFIX_CONNECTIONS && !self.counted.contains_key(process) {
            self.counted.clear();
        }
        self.counted.insert(process.to_string(), peer.to_string());
    }

    /// Whether the connection a `disconnect from` line ends was counted.
    fn was_counted(&mut self, process: &str, peer: &str) -> bool {
        self.counted.get(process).is_some_and(|p| p == peer) && self.counted.remove(process).is_some()
    }

    fn clear_retry(&mut self, peer: &str) {
        if self.clear_retries.len() == POSTFIX_TLS_PENDING {
            self.clear_retries.pop_front();
        }
        self.clear_retries.push_back(peer.to_string());
    }

    /// Whether a clear-text delivery to `peer` is the retry counted already.
    fn was_retried(&mut self, peer: &str) -> bool {
        let at = self.clear_retries.iter().position(|p| p == peer);
        at.and_then(|i| self.clear_retries.remove(i)).is_some()
    }

    fn library_problem(&mut self, process: &str, reason: &str) {
        self.reasons.retain(|(p, _)| p != process);
        if self.reasons.len() == POSTFIX_TLS_PENDING {
            self.reasons.pop_front();
        }
        self.reasons.push_back((process.to_string(), reason.to_string()));
    }

    /// The failure to count for `process`'s line about `peer` (`what` is
    /// its own name for it), or, when that connection's is counted already,
    /// the reason OpenSSL gave since.
    fn failure(&mut self, process: &str, peer: &str, what: &str) -> Result<String, Option<String>> {
        let reason =
            self.reasons.iter().position(|(p, _)| p == process).and_then(|i| self.reasons.remove(i)).map(|(_, r)| r);
        let accepted = self.accepted.iter().position(|(p, q)| p == process && q == peer);
        if what == syslog::LOST_AFTER_STARTTLS_FAILURE {
            if let Some(i) = accepted {
                self.accepted.remove(i);
                return Err(reason);
            }
            return Ok(reason.unwrap_or_else(|| what.to_string()));
        }
        if accepted.is_none() {
            if self.accepted.len() == POSTFIX_TLS_PENDING {
                self.accepted.pop_front();
            }
            self.accepted.push_back((process.to_string(), peer.to_string()));
        }
        Ok(what.to_string())
    }
}

impl Default for Census {
    fn default() -> Self {
        Self::new()
    }
}

impl Census {
    pub fn new() -> Self {
        Self {
            file: None,
            open: HashMap::default(),
            finished: Finished::default(),
            ended: std::collections::VecDeque::new(),
            late_rows: 0,
            endpoints: Default::default(),
            sessions: 0,
            rows: 0,
            files: 0,
            kept_interesting: Sample::new(KEPT_INTERESTING),
            kept_ordinary: Sample::new(KEPT_ORDINARY),
            not_kept: 0,
            clock: 0,
            recent_failures: std::collections::VecDeque::new(),
            recent_deliveries: std::collections::VecDeque::new(),
            postfix_tls: PostfixTls::default(),
            relays: std::collections::VecDeque::new(),
            lean_unsampled: false,
            dating: None,
        }
    }

    /// A census that keeps no sample of sessions: no conversation is copied
    /// while rows stream and none is summarised at the end, for a caller
    /// that shows only the counts (the CLI without `--sessions`). Every count
    /// is the same as [`Census::new`]'s; `kept_sessions` stays empty.
    pub fn without_sessions() -> Self {
        // Empty samples can take no session: every session reads only what
        // is counted, and merging such censuses loses nothing anybody reads.
        Self { kept_interesting: Sample::new(0), kept_ordinary: Sample::new(0), lean_unsampled: true, ..Self::new() }
    }

    /// Sessions that no sample can take any more when they start (the ones
    /// whose conversation is not copied either) read only what is counted,
    /// as in [`Census::without_sessions`]; the kept ones are read whole. For
    /// a census that reads its inputs in order and is never merged (the
    /// browser's): a fragment of a session read apart, by another census,
    /// decides by its own first row, and a session it joins could be kept
    /// without its cipher. Counts are the same either way.
    pub fn lean_when_unsampled(mut self) -> Self {
        self.lean_unsampled = true;
        self
    }

    /// Starts a file: header context (`#Fields`, `#Log-type`) is per file.
    /// The direction falls back to the file name (`SEND…`/`RECV…`).
    pub fn begin_file(&mut self, name: &str) {
        self.end_file();
        let direction = protolog::file_name_direction(name);
        self.files += 1;
        self.dating = None;
        self.file = Some(Box::new(FileCtx {
            name: std::sync::Arc::from(name),
            columns: Columns::default(),
            direction,
            framer: LineFramer::new(),
        }));
    }

    /// The current file was last written at `unix_secs` (its modification
    /// time, from the file system or the browser's `File`, or for a member
    /// of an archive the time its archive stored for it: see
    /// [`crate::archive::Event::Begin`]). A syslog stamp without a year
    /// (RFC 3164's `Dec  7 09:58:33`) is then dated in the year before that
    /// time, as syslog readers do, and gives its endpoint a first and last
    /// seen; without it such stamps give none. Only for a file whose own
    /// date this is: an archive's members are never dated by the archive's
    /// (it may have been made years after them).
    pub fn written_at(&mut self, unix_secs: i64) {
        self.dating = plausible_written(unix_secs).map(|t| Box::new(Dating::new(t)));
    }

    /// A syslog line's time stamp when it carries a date, in the ISO form
    /// Exchange rows have (`2026-01-20T10:00:01…`), for an endpoint's first
    /// and last seen: as written when the stamp has its year (RFC 5424,
    /// ISO, Exim's, journalctl's); RFC 3164's `Jan 20 10:00:01` dated by
    /// the file's own date ([`Census::written_at`]), and none without it.
    fn dated_stamp(&mut self, line: &str) -> Option<String> {
        let t = crate::analyze::syslog_time(line)?;
        let b = t.as_bytes();
        if b.len() >= 19 && b[..4].iter().all(u8::is_ascii_digit) {
            return Some(crate::analyze::iso_t(t).into_owned());
        }
        self.dating.as_deref_mut()?.iso(t)
    }

    /// Feeds the next chunk of the current file (any size).
    pub fn feed(&mut self, chunk: &[u8]) {
        if self.file.is_none() {
            self.begin_file("(input)");
        }
        let mut ctx = self.file.take().expect("file context");
        let mut framer = std::mem::take(&mut ctx.framer);
        framer.feed(chunk, &mut |_, line| self.line(&mut ctx, line));
        ctx.framer = framer;
        self.file = Some(ctx);
    }

    /// Feeds one already framed line of the current file (the analyser
    /// shares its framing this way).
    pub fn feed_line(&mut self, line: &str) {
        self.feed_line_read(line, syslog::tls_event(line));
    }

    /// [`Census::feed_line`] with the line's [`syslog::tls_event`] read by
    /// the caller (the analyser reads it for itself too: once, not twice).
    pub fn feed_line_read(&mut self, line: &str, tls: Option<syslog::TlsEvent<'_>>) {
        if self.file.is_none() {
            self.begin_file("(input)");
        }
        let mut ctx = self.file.take().expect("file context");
        self.line_read(&mut ctx, line, Some(tls));
        self.file = Some(ctx);
    }

    /// Ends the current file. Open sessions stay open: they may go on in
    /// the next file.
    pub fn end_file(&mut self) {
        if let Some(mut ctx) = self.file.take() {
            let mut framer = std::mem::take(&mut ctx.framer);
            framer.finish(&mut |_, line| self.line(&mut ctx, line));
        }
        // Relays whose address never came are counted by name.
        while let Some(r) = self.relays.pop_front() {
            self.flush_relay(r, None, None);
        }
    }

    fn line(&mut self, ctx: &mut FileCtx, line: &str) {
        self.line_read(ctx, line, None);
    }

    /// [`Census::line`], with its TLS event when the caller read it
    /// (`Some`), else read here when the line is no row nor header.
    fn line_read(&mut self, ctx: &mut FileCtx, line: &str, tls: Option<Option<syslog::TlsEvent<'_>>>) {
        let line = crate::framing::strip_bom(line);
        let Some(&first) = line.as_bytes().first() else { return };
        if first == b'#' {
            if let Ok((_, h)) = protolog::header_line(line) {
                match h {
                    protolog::Header::Fields(f) => ctx.columns = Columns::from_fields(&f),
                    protolog::Header::LogType(t) => {
                        if let Some(d) = protolog::log_type_direction(t) {
                            ctx.direction = Some(d);
                        }
                    }
                    _ => {}
                }
            }
            return;
        }
        if first.is_ascii_digit() && protolog::looks_like_row(line) {
            if let Some(row) = split_row(line, &ctx.columns) {
                self.row_in(ctx, &row, line);
                return;
            }
        }
        if !self.relays.is_empty() {
            self.relay_named(line);
        }
        if let Some(e) = tls.unwrap_or_else(|| syslog::tls_event(line)) {
            // Lines pasted without their syslog prefix: one process.
            let tag = syslog::process_tag(line).unwrap_or("");
            if e.failure == Some(syslog::SESSION_IO_ERROR) {
                // Its session was counted by its own line.
                return;
            }
            if e.direction == Direction::Outbound && e.protocol.is_some() && syslog::is_tlsproxy(tag) {
                // With TLS connection reuse, tlsproxy makes the handshake of
                // smtp(8)'s connection and logs it; smtp(8) then logs the same
                // handshake under its own name (Postfix's smtp_proto.c, proxy
                // mode): that line counts it (QA round 47: two sessions).
                return;
            }
            if !self.defer_relay(tag, &e, line) {
                self.tls_line(line, e, tag);
            }
        } else if let Some(reason) = syslog::tls_library_problem(line) {
            self.postfix_tls.library_problem(syslog::process_tag(line).unwrap_or(""), reason);
        } else if let Some(end) = syslog::session_end(line) {
            let time = self.dated_stamp(line);
            self.session_end(&end, time.as_deref());
        }
    }

    /// A Sendmail client's TLS line names its relay by name only
    /// (`STARTTLS=client, relay=mx.example.com., version=TLSv1.2, …`); the
    /// same process's delivery line that follows names its address too
    /// (`… relay=mx.example.com. [192.0.2.25], dsn=2.0.0, stat=Sent`). Such
    /// a line waits for it (see [`Census::relay_named`]), so that the
    /// census counts the relay by its address, as every other peer, not
    /// by a name in the address column. A client line that names no relay
    /// at all (`STARTTLS=client, error: connect failed=0, SSL_error=5`)
    /// waits for the process's next relay with an address. True when `e`
    /// was kept to wait.
    fn defer_relay(&mut self, tag: &str, e: &syslog::TlsEvent<'_>, line: &str) -> bool {
        let named = e.host.filter(|h| *h != "unknown");
        if let Some(at) = self.relays.iter().position(|r| r.tag == tag) {
            let waiting = &self.relays[at];
            if waiting.failure
                && e.failure.is_some()
                && e.direction == Direction::Outbound
                && e.ip.is_none()
                && waiting.host.is_empty() != named.is_none()
                && syslog::sendmail_connection(&waiting.line) == syslog::sendmail_connection(line)
            {
                // One failed handshake told on two lines of one second, one
                // of them naming the relay (`STARTTLS=client, error: connect
                // failed=0` and `ruleset=tls_server, arg1=SOFTWARE,
                // relay=mx.example.com, reject=403 4.7.0 TLS handshake
                // failed.`, in either order): one failure, which waits on
                // for the relay's address.
                if let Some(h) = named {
                    self.relays[at].host = h.to_string();
                }
                return true;
            }
            // A process's earlier connection that never said its address.
            if let Some(old) = self.relays.remove(at) {
                self.flush_relay(old, None, None);
            }
        }
        if e.direction != Direction::Outbound || e.ip.is_some() || tag.is_empty() {
            return false;
        }
        if e.host == Some("unknown") {
            return false;
        }
        // Empty: any relay this process names next.
        let host = named.unwrap_or("");
        if self.relays.len() == PENDING_RELAYS {
            if let Some(old) = self.relays.pop_front() {
                self.flush_relay(old, None, None);
            }
        }
        self.relays.push_back(PendingRelay {
            tag: tag.to_string(),
            host: host.to_string(),
            line: line.to_string(),
            failure: e.failure.is_some(),
        });
        true
    }

    /// A line of a process whose TLS line waits ([`Census::defer_relay`]):
    /// when it names that relay with its address, the TLS line is counted
    /// under the address.
    fn relay_named(&mut self, line: &str) {
        let Some(tag) = syslog::process_tag(line) else { return };
        let Some(at) = self.relays.iter().position(|r| r.tag == tag) else { return };
        let Some((host, ip)) = syslog::relay_with_address(line) else { return };
        let same = |a: &str, b: &str| a.trim_end_matches('.').eq_ignore_ascii_case(b.trim_end_matches('.'));
        let waiting = &self.relays[at].host;
        if !waiting.is_empty() && !same(host, waiting) {
            return;
        }
        let (host, ip) = (host.trim_end_matches('.').to_string(), ip.to_string());
        if let Some(r) = self.relays.remove(at) {
            self.flush_relay(r, Some(&ip), Some(&host));
        }
    }

    /// Counts a waiting TLS line, under `ip` (and `host`, for a line that
    /// named none) when its address came.
    fn flush_relay(&mut self, r: PendingRelay, ip: Option<&str>, host: Option<&str>) {
        if let Some(e) = syslog::tls_event(&r.line) {
            let e = syslog::TlsEvent { ip: ip.or(e.ip), host: e.host.or(host), ..e };
            self.tls_line(&r.line, e, &r.tag);
        }
    }

    /// Counts one syslog TLS line (`tag`: its process).
    fn tls_line(&mut self, line: &str, e: syslog::TlsEvent<'_>, tag: &str) {
        self.rows += 1;
        let failure = match e.failure {
            Some(f) if f == syslog::SSL_ACCEPT_FAILURE || f == syslog::LOST_AFTER_STARTTLS_FAILURE => {
                let peer = e.peer();
                match self.postfix_tls.failure(tag, peer, f) {
                    Ok(label) => {
                        if f == syslog::LOST_AFTER_STARTTLS_FAILURE {
                            let head = HeadCount::Failure(label.clone());
                            self.postfix_tls.head(tag, peer, e.direction, head);
                        }
                        Some(label)
                    }
                    // Its connection's failure is counted already; the
                    // reason that came after it can still say why.
                    Err(reason) => {
                        if reason.as_deref().is_some_and(refused_as_legacy) {
                            endpoint(&mut self.endpoints, peer, e.direction).legacy = true;
                        }
                        return;
                    }
                }
            }
            _ => None,
        };
        let e = syslog::TlsEvent { failure: failure.as_deref().or(e.failure), ..e };
        if e.direction == Direction::Inbound && syslog::is_smtpd(tag) {
            self.postfix_tls.count(tag, e.peer());
        }
        if e.clear_retry {
            self.postfix_tls.clear_retry(e.peer());
        }
        // Read only for the lines that name their message (Exim's, Sendmail's).
        let at = if e.message.is_some() { line_time(line) } else { None };
        if let (Some(_), Some(message)) = (&e.protocol, e.message) {
            // An Exim delivery after TLS was set up writes a line per
            // recipient (`=>`, `**`, `==`: delivered, refused, deferred): the
            // lines of one message to one peer within a minute are one
            // connection (see `syslog::exim`); its retry later is another.
            let (peer, seen) = (e.peer(), &self.recent_deliveries);
            if seen.iter().any(|(m, p, t)| m == message && p == peer && near(t, &at)) {
                return;
            }
            if self.recent_deliveries.len() == RECENT_FAILURES {
                self.recent_deliveries.pop_front();
            }
            self.recent_deliveries.push_back((message.to_string(), peer.to_string(), at.clone()));
        }
        let time = self.dated_stamp(line);
        self.syslog_event(&e, time.as_deref(), &at);
    }

    /// A connection summed up by its last line ([`syslog::session_end`]),
    /// unless a TLS line of it was counted.
    fn session_end(&mut self, end: &syslog::SessionEnd<'_>, time: Option<&str>) {
        let peer = syslog::peer(Some(end.ip), end.host);
        let counted = match (end.process, end.connection) {
            (Some(process), _) => self.postfix_tls.was_counted(process, peer),
            (None, Some(connection)) => {
                let seen = &mut self.postfix_tls.sendmail_connections;
                if seen.iter().any(|(c, p)| c == connection && p == peer) {
                    true
                } else {
                    if seen.len() == POSTFIX_TLS_PENDING {
                        seen.pop_front();
                    }
                    seen.push_back((connection.to_string(), peer.to_string()));
                    false
                }
            }
            (None, None) => end.encryption == syslog::Encryption::Plain && self.postfix_tls.was_retried(peer),
        };
        if counted {
            return;
        }
        if let Some(process) = end.process {
            self.postfix_tls.head(process, peer, end.direction, HeadCount::Ended(end.encryption));
        }
        self.rows += 1;
        let ep = endpoint(&mut self.endpoints, peer, end.direction);
        ep.add_time(time, None);
        if ep.host.is_none() {
            ep.host = end.host.map(str::to_string);
        }
        ep.sessions += 1;
        self.sessions += 1;
        tally_end(ep, end.encryption, true);
    }

    /// A protocol-log row already split by the caller (the analyser splits
    /// each row once for both); rows without a session id are ignored.
    pub fn row(&mut self, row: &crate::session::Row<'_>, raw: &str) {
        if row.session_bytes().is_empty() {
            return;
        }
        if self.file.is_none() {
            self.begin_file("(input)");
        }
        let ctx = self.file.take().expect("file context");
        self.row_in(&ctx, row, raw);
        self.file = Some(ctx);
    }

    fn row_in(&mut self, ctx: &FileCtx, row: &crate::session::Row<'_>, line: &str) {
        {
            {
                self.rows += 1;
                // Receive connectors are named `SERVER\Connector`; send connectors are not.
                let dir = ctx.direction.unwrap_or_else(|| {
                    if row.connector().contains('\\') { Direction::Inbound } else { Direction::Outbound }
                });
                self.clock += 1;
                let key = (dir, session_key(row.session_bytes()));
                let (interesting, ordinary) = (&self.kept_interesting, &self.kept_ordinary);
                let open = self.open.len();
                let s = match self.open.entry(key) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(_) if self.finished.contains(&key) => {
                        // Its session is over and counted (the lookup is per
                        // session, not per row: only where one would open).
                        self.late_rows += 1;
                        return;
                    }
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let mut s = SessionState::new(row, dir, &ctx.name, ctx.columns);
                        // Whether it is interesting is known at its end; its
                        // conversation is only worth holding if either sample
                        // could still take a session that starts now.
                        s.record_transcript = open < RECORDING_OPEN_MAX
                            && (interesting.may_take(row.date_time()) || ordinary.may_take(row.date_time()));
                        s.lean = self.lean_unsampled && !s.record_transcript;
                        e.insert(Box::new(s))
                    }
                };
                let ended_before = s.has_ended();
                s.apply(row, line);
                s.touched = self.clock;
                if s.is_complete() {
                    let s = self.open.remove(&key).expect("open session");
                    self.finished.insert(key);
                    self.finish_session(s);
                } else if !ended_before && s.has_ended() {
                    self.end_with_gap(key);
                } else if self.open.len() > MAX_OPEN {
                    self.evict();
                }
            }
        }
    }

    /// One syslog TLS line is one connection. A peer is known by its IP,
    /// else by its name: Sendmail's client lines name the relay only
    /// (`relay=mx.example.com.`), and relays told apart by name must not
    /// become one `unknown` row (hiding which of them still speaks TLS 1.0).
    fn syslog_event(&mut self, e: &syslog::TlsEvent<'_>, time: Option<&str>, at: &LineTime) {
        let peer = e.peer();
        if e.clear_retry {
            // The delivery goes on in clear text, on a connection of its own.
            let ep = endpoint(&mut self.endpoints, peer, e.direction);
            ep.add_time(time, None);
            ep.sessions += 1;
            ep.plain_sessions += 1;
            self.sessions += 1;
        }
        if let (Some(_), Some(message)) = (e.failure, e.message) {
            // One connection that failed for a message to three recipients
            // is three deferrals (and, in older builds, a `TLS error on
            // connection to …` line before them): one failure of that peer.
            // A line that names no peer (Sendmail's `STARTTLS=client,
            // error: …`) is the failure its connection's other line names.
            // Its retry, more than a minute later, is a connection of its own
            // (QA round 23: three retries over an hour were one failure).
            let same = |p: &str| p == peer || p == "unknown" || peer == "unknown";
            if self.recent_failures.iter().any(|(m, p, t)| m == message && same(p) && near(t, at)) {
                return;
            }
            if self.recent_failures.len() == RECENT_FAILURES {
                self.recent_failures.pop_front();
            }
            self.recent_failures.push_back((message.to_string(), peer.to_string(), at.clone()));
        }
        let ep = endpoint(&mut self.endpoints, peer, e.direction);
        ep.add_time(time, None);
        if ep.host.is_none() {
            ep.host = e.host.filter(|h| *h != "unknown").map(str::to_string);
        }
        ep.sessions += 1;
        self.sessions += 1;
        if let Some(p) = &e.protocol {
            ep.protocols.add(p, 1);
            ep.legacy |= is_legacy(p);
        } else if let Some(f) = e.failure {
            ep.tls_failures.add(f, 1);
            ep.legacy |= refused_as_legacy(f);
        } else if e.refused {
            // Refused before any TLS: a plain session, as for Exchange rows.
            ep.starttls_required_refusals += 1;
            ep.plain_sessions += 1;
        }
    }

    /// Notes a session that ended with a row missing (real Receive logs skip
    /// a sequence number after `AUTH LOGIN`); once [`ENDED_GRACE`] more have
    /// ended so, the oldest is counted as it is. Waiting for its row until
    /// the end, each such session stayed open, and with it the copy of its
    /// conversation: 500 MB for 370 MB of such a log.
    fn end_with_gap(&mut self, key: SessionKey) {
        self.ended.push_back(key);
        while self.ended.len() > ENDED_GRACE {
            let Some(old) = self.ended.pop_front() else { break };
            // Gone already if its missing row came (or it was evicted).
            if let Some(s) = self.open.remove(&old) {
                self.finished.insert(old);
                self.finish_session(s);
            }
        }
    }

    /// Closes the least recently touched tenth of the open sessions.
    fn evict(&mut self) {
        let mut by_age: Vec<(u64, (Direction, u128))> = self.open.iter().map(|(k, s)| (s.touched, *k)).collect();
        by_age.sort_unstable_by_key(|(t, _)| *t);
        for (_, key) in by_age.into_iter().take(MAX_OPEN / 10) {
            if let Some(s) = self.open.remove(&key) {
                // Counted now: its later rows, if any come, are late ones.
                self.finished.insert(key);
                self.finish_session(s);
            }
        }
    }

    fn finish_session(&mut self, s: Box<SessionState>) {
        if s.never_connected() {
            return;
        }
        self.sessions += 1;
        let ep = endpoint(&mut self.endpoints, s.remote_ip().unwrap_or("unknown"), s.direction);
        ep.sessions += 1;
        ep.add_time(s.first_time.as_deref(), s.last_time.as_ref().map(crate::session::Stamp::as_str));
        let mut legacy = false;
        let outcome = s.tls_outcome();
        match outcome {
            TlsOutcome::Negotiated(p) => {
                ep.protocols.add(p, 1);
                legacy = is_legacy(p);
                ep.legacy |= legacy;
            }
            TlsOutcome::Failed(f) => ep.tls_failures.add(f, 1),
            // STARTTLS was answered 220, the conversation went on, and no
            // row says what was negotiated (Exchange 2010 writes no such row).
            TlsOutcome::VersionNotLogged => ep.protocols.add(TLS_VERSION_NOT_LOGGED, 1),
            // STARTTLS was answered 220 and the rows stop there.
            TlsOutcome::Unknown => ep.incomplete_sessions += 1,
            TlsOutcome::None if !s.seen_seq0 && !s.starttls_refused => ep.incomplete_sessions += 1,
            TlsOutcome::None if !s.connected || !s.shown_plain() => ep.incomplete_sessions += 1,
            TlsOutcome::None => ep.plain_sessions += 1,
        }
        let failed = matches!(outcome, TlsOutcome::Failed(_));
        if s.starttls_refused {
            ep.starttls_required_refusals += 1;
        }
        if ep.host.is_none() && s.direction == Direction::Inbound {
            ep.host = s.ehlo.as_ref().map(|(_, e)| e.clone());
        }
        let interesting = legacy || failed || s.starttls_refused || !s.errors.is_empty();
        let sample = if interesting { &mut self.kept_interesting } else { &mut self.kept_ordinary };
        self.not_kept += sample.offer(s);
    }

    /// Adds another census (e.g. of the next file, built on another thread).
    /// Fragments of the same session are joined; joined sessions that are
    /// now complete are counted.
    pub fn merge(&mut self, mut other: Census) {
        other.end_file();
        self.end_file();
        self.sessions += other.sessions;
        self.rows += other.rows;
        self.files += other.files;
        self.not_kept += other.not_kept;
        self.late_rows += other.late_rows;
        // Fragments here of sessions the other census finished (and counted)
        // are stragglers, and the other way round below.
        for key in other.finished.latest(FINISHED_MERGED) {
            if let Some(s) = self.open.remove(key) {
                self.late_rows += u64::from(s.rows);
            }
            self.finished.insert(*key);
        }
        for (dir, theirs) in other.endpoints.into_iter().enumerate() {
            for (ip, e) in theirs {
                let listed = !endpoints_full(&self.endpoints);
                let mine = &mut self.endpoints[dir];
                match mine.get_mut(&ip) {
                    Some(m) => m.absorb(*e),
                    None if listed => {
                        mine.insert(ip, e);
                    }
                    None => endpoint(&mut self.endpoints, MORE_ENDPOINTS, e.direction).absorb(*e),
                }
            }
        }
        self.merge_heads(std::mem::take(&mut other.postfix_tls));
        for s in other.kept_interesting.heap.into_vec() {
            self.not_kept += self.kept_interesting.offer(s.0);
        }
        for s in other.kept_ordinary.heap.into_vec() {
            self.not_kept += self.kept_ordinary.offer(s.0);
        }
        for (key, mut frag) in other.open {
            self.clock += 1;
            if self.finished.contains(&key) {
                self.late_rows += u64::from(frag.rows);
                continue;
            }
            match self.open.remove(&key) {
                Some(mut mine) => {
                    mine.absorb(*frag);
                    if mine.is_complete() {
                        self.finished.insert(key);
                        self.finish_session(mine);
                    } else {
                        mine.touched = self.clock;
                        self.open.insert(key, mine);
                    }
                }
                None => {
                    frag.touched = self.clock;
                    self.open.insert(key, frag);
                }
            }
        }
        if self.open.len() > MAX_OPEN {
            self.evict();
        }
    }

    /// Connections one census counted by their end line and the other by
    /// their TLS line (see [`Head`]) are counted once: the end line's count
    /// is taken back. Called once both censuses' endpoints are here.
    fn merge_heads(&mut self, mut other: PostfixTls) {
        let mine = std::mem::take(&mut self.postfix_tls.heads);
        let theirs = std::mem::take(&mut other.heads);
        let mut kept = Vec::new();
        for h in theirs {
            if self.postfix_tls.continues(&h) { self.uncount(&h) } else { kept.push(h) }
        }
        for h in mine {
            if other.continues(&h) { self.uncount(&h) } else { kept.push(h) }
        }
        kept.truncate(HEADS);
        self.postfix_tls.heads = kept;
        self.postfix_tls.absorb_open(other);
    }

    /// Takes back the session `head` counted.
    fn uncount(&mut self, head: &Head) {
        let ep = endpoint(&mut self.endpoints, &head.peer, head.direction);
        ep.sessions = ep.sessions.saturating_sub(1);
        match &head.counted_as {
            HeadCount::Ended(encryption) => tally_end(ep, *encryption, false),
            HeadCount::Failure(label) => ep.tls_failures.remove_one(label),
        }
        self.sessions = self.sessions.saturating_sub(1);
    }

    /// Sessions still open (waiting for rows from another file).
    pub fn open_sessions(&self) -> usize {
        self.open.len()
    }

    /// The report [`Census::finish`] would give now, leaving this census to
    /// go on with more input (the page's census of every file picked since
    /// its last Clear): sessions still open are counted as they are in the
    /// report, and go on here.
    pub fn report_so_far(&self) -> CensusReport {
        Census {
            file: None,
            open: self.open.clone(),
            // Only rows still to come read these.
            finished: Finished::default(),
            ended: std::collections::VecDeque::new(),
            late_rows: self.late_rows,
            endpoints: self.endpoints.clone(),
            sessions: self.sessions,
            rows: self.rows,
            files: self.files,
            kept_interesting: self.kept_interesting.clone(),
            kept_ordinary: self.kept_ordinary.clone(),
            not_kept: self.not_kept,
            clock: self.clock,
            recent_failures: std::collections::VecDeque::new(),
            recent_deliveries: std::collections::VecDeque::new(),
            postfix_tls: PostfixTls::default(),
            relays: std::collections::VecDeque::new(),
            lean_unsampled: self.lean_unsampled,
            dating: None,
        }
        .finish()
    }

    /// Ends the input: sessions still open are counted as they are.
    pub fn finish(mut self) -> CensusReport {
        self.end_file();
        let mut open: Vec<Box<SessionState>> = std::mem::take(&mut self.open).into_values().collect();
        open.sort_by(|a, b| a.first_time.cmp(&b.first_time).then(a.id.cmp(&b.id)));
        for s in open {
            self.finish_session(s);
        }
        // Sized once: collecting from the tables grew it by doubling.
        let mut endpoints: Vec<Endpoint> = Vec::with_capacity(self.endpoints.iter().map(HashMap::len).sum());
        for map in self.endpoints {
            endpoints.extend(map.into_values().map(|e| *e));
        }
        sort_endpoints(&mut endpoints);
        let protocols = protocol_totals(&endpoints);
        let mut kept: Vec<Session> = self.kept_interesting.heap.iter().map(|s| s.0.summary()).collect();
        kept.sort_by(|a, b| a.first_seen.cmp(&b.first_seen).then(a.id.cmp(&b.id)));
        let mut ordinary: Vec<Session> = self.kept_ordinary.heap.iter().map(|s| s.0.summary()).collect();
        ordinary.sort_by(|a, b| a.first_seen.cmp(&b.first_seen).then(a.id.cmp(&b.id)));
        kept.extend(ordinary);
        CensusReport {
            sessions: self.sessions,
            endpoints,
            protocols,
            rows: self.rows,
            files: self.files,
            kept_sessions: kept,
            sessions_not_kept: self.not_kept,
            late_rows: self.late_rows,
        }
    }
}

/// `Jan 20 10:00:01` (also `Jan  7 …`, `Jan 07 …`) → (1, 20, `10:00:01`):
/// the stamp of RFC 3164 §4.1.2, its month named in English as syslog
/// daemons write it whatever the locale. A day no year has (`Feb 30`, `Apr
/// 31`) is no stamp: it stays as written, undated.
fn rfc3164_date(t: &str) -> Option<(u32, u32, &str)> {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    /// The most days each month has (February's in a leap year).
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let month = MONTHS.iter().position(|m| t.get(..3) == Some(*m))?;
    let day = t.get(4..6)?.trim_start().parse::<u32>().ok().filter(|d| (1..=DAYS[month]).contains(d))?;
    let month = month as u32 + 1;
    Some((month, day, rfc3164_clock(t)?))
}

/// The `10:00:01` of an RFC 3164 stamp.
fn rfc3164_clock(t: &str) -> Option<&str> {
    t.get(7..15).filter(|c| {
        let c = c.as_bytes();
        c.iter().enumerate().all(|(i, b)| if i % 3 == 2 { *b == b':' } else { b.is_ascii_digit() })
    })
}

/// The year of a month and day written no later than `written` (Unix
/// seconds, UTC): the year of `written` unless the day is after it (then a
/// line of the year before), with one day of grace for a server whose
/// local time is ahead of UTC (its New Year's lines in a file dated New
/// Year's Eve in UTC). A log that holds more than a year is dated wrong
/// before its last year; logs are rotated long before that. `Feb 29` is
/// the last leap year's at or before the year so found (QA: a file written
/// on 2025-03-01 dated it `2025-02-29`, a day that never was).
fn year_before(written: i64, month: u32, day: u32) -> i64 {
    let (next_year, nm, nd) = civil_of_unix(written.saturating_add(86_400));
    if (nm, nd) == (month, day) {
        return next_year;
    }
    let (year, m, d) = civil_of_unix(written);
    let mut year = if (month, day) <= (m, d) { year } else { year - 1 };
    if (month, day) == (2, 29) {
        let leap = |y: i64| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        // At most eight years apart (2096, 2104).
        while !leap(year) {
            year -= 1;
        }
    }
    year
}

/// The UTC date (year, month, day) of a Unix time: the days-to-civil
/// algorithm of H. Hinnant's "chrono-compatible low-level date algorithms".
pub(crate) fn civil_of_unix(secs: i64) -> (i64, u32, u32) {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The day (since 1970-01-01) of a date of the proleptic Gregorian calendar:
/// the civil-to-days algorithm of H. Hinnant's "chrono-compatible low-level
/// date algorithms" (the inverse of [`civil_of_unix`]). `None` out of
/// ±10 000 years, or for a month not from 1 to 12 or a day not from 1 to 31.
pub(crate) fn unix_day(year: i64, month: u32, day: u32) -> Option<i64> {
    if !(-10_000..=10_000).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// A file's or member's time (Unix seconds) that may date its stamps: from
/// 1980-01-02 to the end of 2099. A zip's DOS date starts on 1980-01-01,
/// which writers put when they have no time (some with a second or two
/// past midnight); a tar's mtime 0, a gzip's "none" and the mtime 1 of
/// reproducible builds are before it (QA: a file of mtime 0 dated its
/// stamps 1969). Anything else dates nothing: the stamps stay as written.
pub fn plausible_written(secs: i64) -> Option<i64> {
    /// 1980-01-02T00:00:00Z and 2100-01-01T00:00:00Z.
    const FIRST: i64 = 315_619_200;
    const END: i64 = 4_102_444_800;
    (FIRST..END).contains(&secs).then_some(secs)
}

/// When a line was written, to the second: its date as written and the
/// seconds into that day (`None`: no time it names can be read).
type LineTime = Option<(String, u32)>;

/// The time a log line names (a syslog or Exim stamp, also behind
/// `kubectl logs --prefix`).
fn line_time(line: &str) -> LineTime {
    let line = line.strip_prefix("[pod/").and_then(|r| r.split_once("] ")).map_or(line, |(_, r)| r);
    let t = crate::analyze::syslog_time(line)?;
    // `2026-01-20 10:00:02`, `2026-01-20T10:00:02…`, `Jan 20 10:00:02`.
    let (date, clock) =
        if t.as_bytes().get(4) == Some(&b'-') { (t.get(..10)?, t.get(11..19)?) } else { (t.get(..6)?, t.get(7..15)?) };
    let n = |r: std::ops::Range<usize>| clock.get(r)?.parse::<u32>().ok();
    Some((date.to_string(), n(0..2)? * 3600 + n(3..5)? * 60 + n(6..8)?))
}

/// Two lines of one connection: the same day, at most a minute apart; a
/// line whose time is not known is near any other (as before times were read).
fn near(a: &LineTime, b: &LineTime) -> bool {
    match (a, b) {
        (Some((da, sa)), Some((db, sb))) => da == db && sa.abs_diff(*sb) <= 60,
        _ => true,
    }
}

/// Whether the tables hold [`MAX_ENDPOINTS`]: a new address then counts in
/// the [`MORE_ENDPOINTS`] row.
fn endpoints_full(maps: &[HashMap<String, Box<Endpoint>, KeyHasher>; 3]) -> bool {
    maps.iter().map(HashMap::len).sum::<usize>() >= MAX_ENDPOINTS
}

/// Counts (`add`) or takes back the connection a line that sums it up
/// ([`syslog::session_end`]) counted, by what it said of its encryption:
/// one mapping for [`Census::session_end`] and [`Census::uncount`].
fn tally_end(ep: &mut Endpoint, encryption: syslog::Encryption, add: bool) {
    let one = |n: &mut u64| *n = if add { *n + 1 } else { n.saturating_sub(1) };
    let named = |c: &mut Counts, name: &str| if add { c.add(name, 1) } else { c.remove_one(name) };
    match encryption {
        syslog::Encryption::Plain => one(&mut ep.plain_sessions),
        syslog::Encryption::TlsVersionNotLogged => named(&mut ep.protocols, TLS_VERSION_NOT_LOGGED),
        syslog::Encryption::TlsNotCompleted => named(&mut ep.tls_failures, crate::session::TLS_NOT_COMPLETED),
        syslog::Encryption::Unknown => one(&mut ep.incomplete_sessions),
    }
}

/// The endpoint of `ip` in direction `dir`, made on first use (the IP is
/// only copied then).
fn endpoint<'m>(
    maps: &'m mut [HashMap<String, Box<Endpoint>, KeyHasher>; 3],
    ip: &str,
    dir: Direction,
) -> &'m mut Endpoint {
    // A key is an address in its one form (see `canonical_ip`), which that
    // form is of itself: text equal to a key needs no parsing. A census
    // asks this once a session, and parsing each IPv6 one took ~1.5 %.
    if maps[dir as usize].contains_key(ip) {
        return maps[dir as usize].get_mut(ip).expect("the key is in the map");
    }
    // Syslog lines give their IP as written (`[::ffff:192.0.2.1]`), and
    // logs write one address in more than one way.
    let canonical = protolog::canonical_ip(ip);
    let mut ip = canonical.as_ref();
    if endpoints_full(maps) && !maps[dir as usize].contains_key(ip) {
        ip = MORE_ENDPOINTS;
    }
    let map = &mut maps[dir as usize];
    if !map.contains_key(ip) {
        return map.entry(ip.to_string()).or_insert_with(|| {
            Box::new(Endpoint { remote_ip: ip.to_string(), direction: dir, ..Endpoint::default() })
        });
    }
    map.get_mut(ip).expect("the key is in the map")
}

/// The report's order: legacy endpoints first, then by session count.
pub fn sort_endpoints(endpoints: &mut [Endpoint]) {
    // No two endpoints compare equal (an IP has one endpoint a direction),
    // so the unstable sort gives the same order, without a buffer of half
    // the endpoints.
    endpoints.sort_unstable_by(|a, b| {
        b.legacy
            .cmp(&a.legacy)
            .then(b.sessions.cmp(&a.sessions))
            .then(a.remote_ip.cmp(&b.remote_ip))
            .then(a.direction.cmp(&b.direction))
    });
}

/// Sessions by protocol over all endpoints.
pub fn protocol_totals(endpoints: &[Endpoint]) -> BTreeMap<String, u64> {
    let mut protocols = BTreeMap::new();
    for e in endpoints {
        for (p, n) in &e.protocols {
            *protocols.entry(p.clone()).or_default() += n;
        }
    }
    protocols
}

/// The protocols a table shows as columns; others are summed in `other`.
pub const PROTOCOL_COLUMNS: &[&str] = &["TLS1.0", "TLS1.1", "TLS1.2", "TLS1.3"];

/// `SocketError=3; TLS not completed=1`: the failures of a table cell, by
/// name (names have spaces, so `; ` parts them).
pub fn failures_text(e: &Endpoint) -> String {
    e.tls_failures.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
}

/// Sessions of a protocol without a column of its own (`SSL3.0`, Sendmail's
/// `TLSv1/SSLv3`).
pub fn other_protocols(e: &Endpoint) -> u64 {
    e.protocols.iter().filter(|(k, _)| !PROTOCOL_COLUMNS.contains(&k.as_str())).map(|(_, v)| v).sum()
}

const CSV_HEADER: &[&str] = &[
    "remote_ip",
    "direction",
    "host",
    "sessions",
    "TLS1.0",
    "TLS1.1",
    "TLS1.2",
    "TLS1.3",
    "other_protocols",
    "tls_failures",
    "starttls_required_refusals",
    "plain_sessions",
    "legacy",
    "first_seen",
    "last_seen",
    "incomplete_sessions",
];

/// One row per endpoint (RFC 4180, CRLF), legacy endpoints first.
pub fn to_csv(r: &CensusReport) -> String {
    let mut o = CSV_HEADER.join(",");
    o.push_str("\r\n");
    for e in &r.endpoints {
        let mut cells = vec![e.remote_ip.clone(), e.direction.as_str().to_string(), e.host.clone().unwrap_or_default()];
        cells.push(e.sessions.to_string());
        for p in PROTOCOL_COLUMNS {
            cells.push(e.protocols.get(p).copied().unwrap_or(0).to_string());
        }
        cells.push(other_protocols(e).to_string());
        cells.push(failures_text(e));
        cells.push(e.starttls_required_refusals.to_string());
        cells.push(e.plain_sessions.to_string());
        cells.push(e.legacy.to_string());
        cells.push(e.first_seen.clone().unwrap_or_default());
        cells.push(e.last_seen.clone().unwrap_or_default());
        cells.push(e.incomplete_sessions.to_string());
        o.push_str(&cells.iter().map(|c| crate::export::csv_field(c)).collect::<Vec<_>>().join(","));
        o.push_str("\r\n");
    }
    o
}

/// "N SMTP sessions in N files from N remote endpoints; N still negotiate
/// TLS 1.0 or 1.1", in `lang`: the census's summary as the page, the text
/// table and the Markdown export say it.
pub fn summary_text(r: &CensusReport, lang: &str) -> String {
    let legacy = r.endpoints.iter().filter(|e| e.legacy).count();
    crate::i18n::text_n(
        lang,
        "logs-summary",
        &[
            ("sessions", r.sessions as i64),
            ("files", r.files as i64),
            ("endpoints", r.endpoints.len() as i64),
            ("legacy", legacy as i64),
        ],
    )
}

/// A GFM table of the endpoints, legacy ones marked.
pub fn to_markdown(r: &CensusReport, lang: &str) -> String {
    use crate::export::md_cell;
    use crate::i18n;
    let t = |id: &str| i18n::text(lang, id, None);
    let mut o = format!("# {}\n\n{}\n\n", md_cell(&t("logs-heading")), md_cell(&summary_text(r, lang)));
    if r.late_rows > 0 {
        o.push_str(&format!(
            "{}\n\n",
            md_cell(&i18n::text_n(lang, "logs-late-rows", &[("count", r.late_rows as i64)]))
        ));
    }
    let head = [
        t("logs-col-ip"),
        t("logs-col-direction"),
        t("logs-col-host"),
        t("logs-col-sessions"),
        "TLS1.0".into(),
        "TLS1.1".into(),
        "TLS1.2".into(),
        "TLS1.3".into(),
        t("cli-col-other"),
        t("logs-col-failures"),
        t("logs-col-refusals"),
        t("logs-col-plain"),
        t("cli-col-incomplete"),
        t("cli-col-legacy"),
    ];
    o.push_str(&format!("| {} |\n", head.iter().map(|h| md_cell(h)).collect::<Vec<_>>().join(" | ")));
    o.push_str("|---|---|---|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|---|\n");
    for e in &r.endpoints {
        let p = |k: &str| e.protocols.get(k).copied().unwrap_or(0);
        o.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            md_cell(&e.remote_ip),
            md_cell(&t(&format!("logs-direction-{}", e.direction.as_str()))),
            md_cell(e.host.as_deref().unwrap_or("")),
            e.sessions,
            p("TLS1.0"),
            p("TLS1.1"),
            p("TLS1.2"),
            p("TLS1.3"),
            other_protocols(e),
            md_cell(&failures_text(e)),
            e.starttls_required_refusals,
            e.plain_sessions,
            e.incomplete_sessions,
            if e.legacy { format!("**{}**", md_cell(&t("logs-legacy-badge"))) } else { String::new() },
        ));
    }
    o
}

/// Session keys are small, unique integers (a packed id or an FNV hash), and
/// endpoint keys are IPs of two or three words (the analyser's findings and
/// memo keys are short texts too), so a multiply per word is enough; SipHash
/// on every row costs more than the rest of the bookkeeping. A product's low
/// bits only see the input's low bits, and a packed id changes in its last
/// bytes — the high bits of the word — so `finish` folds the high bits down,
/// twice: folded once (bits 32–47 onto 0–15), a table's index (the low
/// bits) never saw an id's last two characters, and 16 384 Exchange ids fell
/// into 192 of 32 768 slots, up to 86 in one (13 017 slots and at most 5
/// folded twice; see the test `exchange_session_ids_spread_over_a_table`).
#[derive(Default, Clone, Copy)]
pub struct KeyHasher;

impl std::hash::BuildHasher for KeyHasher {
    type Hasher = MixHasher;
    fn build_hasher(&self) -> MixHasher {
        MixHasher(0)
    }
}

/// See [`KeyHasher`].
#[derive(Default)]
pub struct MixHasher(u64);

impl std::hash::Hasher for MixHasher {
    fn finish(&self) -> u64 {
        let x = self.0 ^ (self.0 >> 32);
        x ^ (x >> 16)
    }
    /// Eight bytes at a time (an IP is two or three words).
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.write_u64(u64::from_le_bytes(w.try_into().unwrap_or([0; 8])));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.write_u64(u64::from_le_bytes(w));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u128(&mut self, i: u128) {
        self.write_u64(i as u64);
        self.write_u64((i >> 64) as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
}

/// Exchange prints session ids as 16 hex digits: an ASCII id of up to 16
/// bytes is its own key, packed into a `u128` (exact, no parsing; its top bit
/// is clear since ASCII bytes are below 0x80). Other shapes are hashed
/// (FNV-1a) with the top bit set, so the two kinds never meet.
pub(crate) fn session_key(b: &[u8]) -> u128 {
    if let Ok(whole) = <[u8; 16]>::try_from(b) {
        if whole.is_ascii() {
            return u128::from_le_bytes(whole);
        }
    }
    if b.len() <= 16 && b.is_ascii() {
        let mut packed = [0u8; 16];
        packed[..b.len()].copy_from_slice(b);
        return u128::from_le_bytes(packed);
    }
    let h = b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &c| (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3));
    u128::from(h) | (1 << 127)
}

/// The census of one whole input.
pub fn census(name: &str, input: &[u8]) -> CensusReport {
    let mut c = Census::new();
    c.begin_file(name);
    c.feed(input);
    c.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    #[test]
    fn counts_read_and_print_as_the_map_they_replace() {
        let mut c = Counts::default();
        let mut m = BTreeMap::new();
        for (k, n) in [("TLS1.2", 3), ("SocketError", 1), ("TLS1.0", 2), ("TLS1.2", 1), ("", 1), ("é", 1)] {
            c.add(k, n);
            *m.entry(k.to_string()).or_insert(0) += n;
        }
        assert_eq!(c.get("TLS1.2"), Some(&4));
        assert_eq!(c.get("TLS1.3"), None);
        assert_eq!(c.len(), m.len());
        assert_eq!(c.iter().collect::<Vec<_>>(), m.iter().collect::<Vec<_>>());
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, serde_json::to_string(&m).unwrap());
        assert_eq!(serde_json::from_str::<Counts>(&json).unwrap(), c);
        assert!(Counts::default().is_empty());
        assert_eq!(serde_json::to_string(&Counts::default()).unwrap(), "{}");
    }

    #[test]
    fn counts_keep_a_bounded_number_of_names() {
        // QA round 54: a new failure name on every row.
        let mut c = Counts::default();
        for i in 0..10_000 {
            c.add(&format!("Err{i}"), 1);
        }
        c.add(&"x".repeat(10_000), 1);
        assert_eq!(c.len(), MAX_NAMES + 1);
        assert_eq!(c.values().sum::<u64>(), 10_001);
        assert_eq!(c.get(OTHER_NAMES), Some(&(10_001 - MAX_NAMES as u64)));
        assert!(c.keys().all(|k| k.len() <= 128));
        c.remove_one("Err9999");
        assert_eq!(c.get(OTHER_NAMES), Some(&(10_000 - MAX_NAMES as u64)));
        // The protocols the census tells apart keep their own names.
        c.add("TLS1.0", 1);
        c.add("TLS1.2", 2);
        assert_eq!((c.get("TLS1.0"), c.get("TLS1.2")), (Some(&1), Some(&2)));
    }

    const HEADER_SEND: &str = "\u{feff}#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: SMTP Send Protocol Log\r\n#Date: 2023-01-11T16:00:00.000Z\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n";

    fn session(id: &str, ip: &str, hour: u8, tail: &[&str]) -> Vec<String> {
        let mut rows = vec![
            ",*,,attempting to connect".to_string(),
            ",+,,".to_string(),
            ",>,EHLO ex1.contoso.com,".to_string(),
            ",<,250-STARTTLS,".to_string(),
            ",>,STARTTLS,".to_string(),
        ];
        rows.extend(tail.iter().map(|t| t.to_string()));
        rows.iter()
            .enumerate()
            .map(|(i, r)| {
                format!(
                    "2023-01-11T{hour:02}:59:{:02}.000Z,Outbound to Office 365,{id},{i},10.0.0.5:5000,{ip}:25{r}",
                    i % 60
                )
            })
            .collect()
    }

    const TLS10: &str = ",*,,\"TLS protocol SP_PROT_TLS1_0_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA1 with strength 160 bits and key exchange algorithm CALG_ECDHE with strength 256 bits\"";
    const TLS12: &str = ",*,,\"TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDHE with strength 384 bits\"";

    fn sample() -> Vec<Vec<String>> {
        vec![
            session(
                "08DA000000000001",
                "104.47.0.1",
                16,
                &[",*,,TLS negotiation failed with error SocketError", ",-,,Remote(SocketError)"],
            ),
            session("08DA000000000002", "104.47.0.2", 16, &[TLS12, ",>,QUIT,", ",-,,Local"]),
            session("08DA000000000003", "192.0.2.9", 16, &[TLS10, ",-,,Local"]),
            session("08DA000000000004", "192.0.2.9", 16, &[TLS10, ",-,,Local"]),
        ]
    }

    fn interleave(sessions: &[Vec<String>]) -> String {
        let mut out = String::from(HEADER_SEND);
        let longest = sessions.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..longest {
            for s in sessions {
                if let Some(r) = s.get(i) {
                    out.push_str(r);
                    out.push_str("\r\n");
                }
            }
        }
        out
    }

    #[test]
    fn sessions_that_end_with_a_row_missing_are_counted_without_waiting_to_the_end() {
        // Each session skips sequence number 6 (as real Receive logs skip one after
        // `AUTH LOGIN`), so none is ever complete.
        let n = ENDED_GRACE + 500;
        let mut c = Census::new();
        c.begin_file("SEND2023011116-1.LOG");
        c.feed(HEADER_SEND.as_bytes());
        for i in 0..n {
            let mut rows = session(&format!("08DB{i:012X}"), "192.0.2.9", 16, &[TLS10, ",>,QUIT,", ",-,,Local"]);
            rows.remove(6);
            for r in rows {
                c.feed(format!("{r}\r\n").as_bytes());
            }
            assert!(c.open_sessions() <= ENDED_GRACE, "{} open after {i}", c.open_sessions());
        }
        // The last sessions wait for their row until the end.
        assert_eq!(c.open_sessions(), ENDED_GRACE);
        let r = c.finish();
        assert_eq!(r.sessions, n as u64);
        assert_eq!(r.endpoints[0].protocols.get("TLS1.0"), Some(&(n as u64)));
        assert_eq!(r.late_rows, 0);
        // A missing row that does come, soon after, completes its session.
        let rows = session("08DC000000000001", "192.0.2.9", 16, &[TLS12, ",-,,Local"]);
        let late = rows[3].clone();
        let mut text = String::from(HEADER_SEND);
        for r in rows.iter().filter(|r| **r != late).chain([&late]) {
            text.push_str(r);
            text.push_str("\r\n");
        }
        let mut c = Census::new();
        c.begin_file("SEND2023011116-1.LOG");
        c.feed(text.as_bytes());
        assert_eq!(c.open_sessions(), 0);
        assert_eq!(c.finish().sessions, 1);
    }

    #[test]
    fn interleaved_sessions_are_counted() {
        let r = census("SEND2023011116-1.LOG", interleave(&sample()).as_bytes());
        assert_eq!(r.sessions, 4);
        let legacy = &r.endpoints[0];
        assert_eq!((legacy.remote_ip.as_str(), legacy.sessions, legacy.legacy), ("192.0.2.9", 2, true));
        assert_eq!(legacy.protocols.get("TLS1.0"), Some(&2));
        let eo = r.endpoints.iter().find(|e| e.remote_ip == "104.47.0.1").unwrap();
        assert_eq!(eo.tls_failures.get("SocketError"), Some(&1));
        assert_eq!(eo.direction, Direction::Outbound);
        assert_eq!(r.protocols.get("TLS1.2"), Some(&1));
        assert_eq!(r.kept_sessions.len(), 4);
    }

    #[test]
    fn the_kept_sample_is_the_earliest_sessions_in_whatever_order_files_merge() {
        // Ordinary sessions, more than the sample holds, in two files: the
        // later ids in the first file. Same start time, so the id decides.
        let ids = |r: std::ops::Range<usize>| -> Vec<Vec<String>> {
            r.map(|i| session(&format!("08DA{i:012X}"), "104.47.0.2", 16, &[TLS12, ",-,,Local"])).collect()
        };
        let n = KEPT_ORDINARY + 50;
        let (late, early) = (interleave(&ids(n / 2..n)), interleave(&ids(0..n / 2)));
        let one = |name: &str, text: &str| {
            let mut c = Census::new();
            c.begin_file(name);
            c.feed(text.as_bytes());
            c
        };
        let mut ab = one("SEND2023011116-1.LOG", &late);
        ab.merge(one("SEND2023011116-2.LOG", &early));
        let mut ba = one("SEND2023011116-2.LOG", &early);
        ba.merge(one("SEND2023011116-1.LOG", &late));
        let mut seq = Census::new();
        seq.begin_file("SEND2023011116-1.LOG");
        seq.feed(late.as_bytes());
        seq.begin_file("SEND2023011116-2.LOG");
        seq.feed(early.as_bytes());
        let (ab, ba, seq) = (ab.finish(), ba.finish(), seq.finish());
        assert_eq!(ab.kept_sessions, ba.kept_sessions);
        assert_eq!(ab.kept_sessions, seq.kept_sessions);
        let kept: Vec<&str> = ab.kept_sessions.iter().map(|s| s.id.as_str()).collect();
        let want: Vec<String> = (0..KEPT_ORDINARY).map(|i| format!("08DA{i:012X}")).collect();
        assert_eq!(kept, want);
        assert_eq!(ab.sessions_not_kept, 50);
        assert!(ab.kept_sessions.iter().all(|s| !s.transcript.is_empty()), "kept sessions have their conversation");
    }

    #[test]
    fn a_census_without_sessions_counts_the_same_and_keeps_none() {
        let mut sessions: Vec<Vec<String>> = (0..KEPT_ORDINARY + 20)
            .map(|i| session(&format!("08DB{i:012X}"), "104.47.0.2", 16, &[TLS12, ",-,,Local"]))
            .collect();
        sessions.push(session("08DB0000000000FF", "192.0.2.10", 16, &[TLS10, ",-,,Local"]));
        let text = interleave(&sessions);
        let run = |mut c: Census| {
            c.begin_file("SEND2023011116-1.LOG");
            c.feed(text.as_bytes());
            c.finish()
        };
        let (full, counts) = (run(Census::new()), run(Census::without_sessions()));
        // The legacy session is kept as interesting, the first ordinary ones fill their sample.
        assert_eq!(full.kept_sessions.len(), 1 + KEPT_ORDINARY);
        assert!(counts.kept_sessions.is_empty());
        assert_eq!((counts.sessions, counts.rows, counts.files), (full.sessions, full.rows, full.files));
        assert_eq!(counts.sessions, sessions.len() as u64);
        assert_eq!(counts.endpoints, full.endpoints);
        assert_eq!(counts.protocols, full.protocols);
    }

    #[test]
    fn a_session_across_two_files_counts_once_sequential_or_merged() {
        let s = session("08DA0000000000AA", "192.0.2.10", 16, &[TLS10, ",-,,Local"]);
        let (a, b) = s.split_at(3);
        let file_a = interleave(&[a.to_vec()]);
        let file_b = interleave(&[b.to_vec()]);
        let mut seq = Census::new();
        seq.begin_file("SEND2023011116-1.LOG");
        seq.feed(file_a.as_bytes());
        seq.begin_file("SEND2023011117-1.LOG");
        seq.feed(file_b.as_bytes());
        let seq = seq.finish();
        let mut pa = Census::new();
        pa.begin_file("SEND2023011116-1.LOG");
        pa.feed(file_a.as_bytes());
        let mut pb = Census::new();
        pb.begin_file("SEND2023011117-1.LOG");
        pb.feed(file_b.as_bytes());
        assert_eq!(pa.open_sessions(), 1);
        pb.merge(pa); // order does not matter
        let par = pb.finish();
        assert_eq!(seq.sessions, 1);
        assert_eq!(seq.endpoints, par.endpoints);
        assert!(seq.kept_sessions[0].complete && par.kept_sessions[0].complete);
    }

    /// The page reports its census after every pick of files and goes on
    /// with the next pick: a report so far counts an open session as it
    /// is, and the census still joins its rows in the next file to it.
    #[test]
    fn a_report_so_far_leaves_the_census_going() {
        let s = session("08DA0000000000AA", "192.0.2.10", 16, &[TLS10, ",-,,Local"]);
        let other = session("08DA0000000000BB", "192.0.2.11", 16, &[",-,,Local"]);
        let (a, b) = s.split_at(3);
        let mut c = Census::new();
        c.begin_file("SEND2023011116-1.LOG");
        c.feed(interleave(&[a.to_vec(), other]).as_bytes());
        c.end_file();
        let early = c.report_so_far();
        assert_eq!((early.sessions, early.files), (2, 1));
        assert_eq!(c.open_sessions(), 1);
        c.begin_file("SEND2023011117-1.LOG");
        c.feed(interleave(&[b.to_vec()]).as_bytes());
        let late = c.report_so_far();
        assert_eq!(late, c.finish());
        assert_eq!((late.sessions, late.files), (2, 2));
        let tls10 = late.endpoints.iter().find(|e| e.remote_ip == "192.0.2.10").expect("endpoint");
        assert_eq!((tls10.sessions, tls10.legacy), (1, true));
        assert!(late.kept_sessions.iter().all(|k| k.complete));
    }

    /// A log of sessions that never close (a cut log, a broken writer):
    /// at most [`MAX_OPEN`] are held, each counted once all the same.
    /// QA round 52: a connection TCP never made is no SMTP session, and a
    /// session whose rows stop at EHLO (an hourly file given alone) is not
    /// shown to be plain.
    #[test]
    fn only_sessions_shown_without_tls_are_plain() {
        let rows = [
            // Failed to connect: no session.
            "08DA000000000001,0,,192.0.2.1:25,*,,attempting to connect",
            "08DA000000000001,1,,192.0.2.1:25,*,,\"Failed to connect. Winsock error code: 10060, Win32 error code: 10060.\"",
            // Timed out before connecting, no local endpoint: no session.
            "08DA000000000002,0,,192.0.2.2:25,*,,attempting to connect",
            "08DA000000000002,1,,192.0.2.2:25,-,,Remote(TimedOut)",
            // Cut after the EHLO reply: incomplete.
            "08DA000000000003,0,,192.0.2.3:25,*,,attempting to connect",
            "08DA000000000003,1,10.0.0.5:5000,192.0.2.3:25,+,,",
            "08DA000000000003,2,10.0.0.5:5000,192.0.2.3:25,<,220 mx ready,",
            "08DA000000000003,3,10.0.0.5:5000,192.0.2.3:25,>,EHLO ex1.contoso.com,",
            "08DA000000000003,4,10.0.0.5:5000,192.0.2.3:25,<,250 STARTTLS,",
            // A message sent in clear, then cut: plain.
            "08DA000000000004,0,,192.0.2.4:25,*,,attempting to connect",
            "08DA000000000004,1,10.0.0.5:5001,192.0.2.4:25,+,,",
            "08DA000000000004,2,10.0.0.5:5001,192.0.2.4:25,>,EHLO ex1.contoso.com,",
            "08DA000000000004,3,10.0.0.5:5001,192.0.2.4:25,>,MAIL FROM:<a@contoso.com>,",
            // Ended without TLS: plain.
            "08DA000000000005,0,,192.0.2.5:25,*,,attempting to connect",
            "08DA000000000005,1,10.0.0.5:5002,192.0.2.5:25,+,,",
            "08DA000000000005,2,10.0.0.5:5002,192.0.2.5:25,<,220 mx ready,",
            "08DA000000000005,3,10.0.0.5:5002,192.0.2.5:25,-,,Local",
        ];
        let mut log = String::from(HEADER_SEND);
        for r in rows {
            writeln!(log, "2023-01-11T16:00:00.000Z,Outbound,{r}").unwrap();
        }
        let mut c = Census::new();
        c.begin_file("SEND2023011116-1.LOG");
        c.feed(log.as_bytes());
        let r = c.finish();
        assert_eq!(r.sessions, 3);
        let ep = |ip: &str| {
            r.endpoints.iter().find(|e| e.remote_ip == ip).map(|e| (e.plain_sessions, e.incomplete_sessions))
        };
        assert_eq!((ep("192.0.2.1"), ep("192.0.2.2")), (None, None));
        assert_eq!(ep("192.0.2.3"), Some((0, 1)));
        assert_eq!(ep("192.0.2.4"), Some((1, 0)));
        assert_eq!(ep("192.0.2.5"), Some((1, 0)));
    }

    #[test]
    fn sessions_that_never_close_are_held_up_to_a_bound_and_counted_once() {
        let n = 3 * MAX_OPEN + 7;
        let mut log = String::from(HEADER_SEND);
        for i in 0..n {
            writeln!(
                log,
                "2023-01-11T16:00:00.000Z,Outbound,08DA{i:012X},0,,192.0.2.{}:25,*,,attempting to connect",
                i % 200
            )
            .unwrap();
        }
        let mut c = Census::without_sessions();
        c.begin_file("SEND2023011116-1.LOG");
        let mut most = 0;
        for chunk in log.as_bytes().chunks(1 << 16) {
            c.feed(chunk);
            most = most.max(c.open_sessions());
        }
        assert!(most <= MAX_OPEN + 1, "{most} open");
        let r = c.finish();
        assert_eq!(r.sessions, n as u64);
        assert_eq!(r.endpoints.iter().map(|e| e.sessions).sum::<u64>(), n as u64);
    }

    /// Sequentially (one census, file after file) and merged (a census per
    /// file), the two ways the app and the CLI read files.
    fn both_ways(files: &[String]) -> (CensusReport, CensusReport) {
        let name = |i: usize| format!("SEND20230111{:02}-1.LOG", 16 + i);
        let mut seq = Census::new();
        for (i, f) in files.iter().enumerate() {
            seq.begin_file(&name(i));
            seq.feed(f.as_bytes());
        }
        let mut merged: Option<Census> = None;
        // Merged last file first: merging is order-free.
        for (i, f) in files.iter().enumerate().rev() {
            let mut c = Census::new();
            c.begin_file(&name(i));
            c.feed(f.as_bytes());
            match &mut merged {
                Some(m) => m.merge(c),
                None => merged = Some(c),
            }
        }
        (seq.finish(), merged.expect("a file").finish())
    }

    #[test]
    fn a_row_or_a_session_written_twice_is_not_a_second_session() {
        let s = session("08DA0000000000AB", "192.0.2.11", 16, &[TLS10, ",-,,Local"]);
        // The disconnect row repeated: once it opened a session of its own,
        // which never completed and was counted as a plain one.
        let mut dup_row = s.clone();
        dup_row.push(s[s.len() - 1].clone());
        // The whole session pasted twice, as from overlapping excerpts.
        let dup_all = [s.clone(), s.clone()].concat();
        for (what, rows, late) in [("row", &dup_row, 1), ("session", &dup_all, s.len() as u64)] {
            let r = census("SEND2023011116-1.LOG", interleave(std::slice::from_ref(rows)).as_bytes());
            assert_eq!(r.sessions, 1, "{what}");
            assert_eq!(
                (r.endpoints.len(), r.endpoints[0].sessions, r.endpoints[0].plain_sessions),
                (1, 1, 0),
                "{what}"
            );
            assert_eq!(r.endpoints[0].protocols.get("TLS1.0"), Some(&1), "{what}");
            assert_eq!(r.late_rows, late, "{what}");
            assert_eq!(r.rows, rows.len() as u64, "{what}: every row is still read");
        }
    }

    #[test]
    fn a_straggler_in_the_next_file_is_late_sequential_or_merged() {
        let s = session("08DA0000000000AC", "192.0.2.12", 16, &[TLS10, ",-,,Local"]);
        // The session ends in the first file; a copy of one of its rows
        // starts the next, alone, beside a session of the next hour.
        let next = session("08DA0000000000AD", "192.0.2.13", 17, &[TLS12, ",-,,Local"]);
        let files = [interleave(std::slice::from_ref(&s)), interleave(&[vec![s[3].clone()], next])];
        let (seq, par) = both_ways(&files);
        for r in [&seq, &par] {
            assert_eq!((r.sessions, r.late_rows), (2, 1));
            assert!(r.endpoints.iter().all(|e| e.plain_sessions == 0), "no phantom plain session");
        }
        assert_eq!(seq.endpoints, par.endpoints);
    }

    #[test]
    fn rows_after_a_disconnect_split_across_files_count_alike() {
        // Found by the census fuzz target: rows 0 and 1 in one file; the
        // disconnect (2) and a row 8 of the same id in the next. Read in
        // order, the session ends at 2 and row 8 is late; merged, row 8 came
        // with the disconnect and the session waits for rows 3–7. Either way,
        // one session.
        let s = session("08DA0000000000AE", "192.0.2.14", 16, &[]);
        let row = |seq: usize, tail: &str| {
            format!(
                "2023-01-11T16:59:{seq:02}.000Z,Outbound to Office 365,08DA0000000000AE,{seq},10.0.0.5:5000,192.0.2.14:25{tail}"
            )
        };
        let files = [interleave(&[s[..2].to_vec()]), interleave(&[vec![row(2, ",-,,Local"), row(8, ",>,QUIT,")]])];
        let (seq, par) = both_ways(&files);
        assert_eq!((seq.sessions, par.sessions), (1, 1));
        assert_eq!(seq.late_rows, 1);
    }

    #[test]
    fn chunk_size_does_not_matter() {
        let text = interleave(&sample());
        let whole = census("SEND.LOG", text.as_bytes());
        for size in [1, 13, 4096] {
            let mut c = Census::new();
            c.begin_file("SEND.LOG");
            for ch in text.as_bytes().chunks(size) {
                c.feed(ch);
            }
            assert_eq!(c.finish().endpoints, whole.endpoints, "chunk {size}");
        }
    }

    #[test]
    fn exchange_session_ids_spread_over_a_table() {
        // Ids as Exchange numbers them (a fixed prefix, a hex counter), keyed
        // as the census keys them: a table's index is the hash's low bits.
        use std::hash::BuildHasher;
        let slots = 1usize << 15;
        let mut counts = vec![0u32; slots];
        for n in 0..16_384u64 {
            let id = format!("08DE5A01{:08X}", 0x100 + 3 * n);
            let key = (Direction::Outbound, session_key(id.as_bytes()));
            counts[KeyHasher.hash_one(key) as usize & (slots - 1)] += 1;
        }
        let used = counts.iter().filter(|&&c| c > 0).count();
        // Thrown at random, 16 384 keys fill ~12 900 of 32 768 slots.
        assert!(used > 12_000, "{used} slots used");
        assert!(counts.iter().all(|&c| c <= 8), "a slot holds {:?}", counts.iter().max());
    }

    /// With TLS connection reuse, Postfix's tlsproxy and smtp(8) both log
    /// the one handshake (smtp_proto.c); a later `reused` line is that
    /// connection again. Exim's `(recv)` error after a reception over TLS is
    /// the same session ending badly, not a failed handshake (QA round 47);
    /// Sendmail's messages of one connection are one session (QA round 50).
    #[test]
    fn one_connection_logged_twice_is_one_session() {
        let log = "2025-02-01T09:00:00.020000+00:00 mx8 postfix/tlsproxy[6100]: Verified TLS connection established to gmail-smtp-in.l.google.com[173.194.222.26]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\
            2025-02-01T09:00:00.030000+00:00 mx8 postfix/smtp[6200]: Verified TLS connection established to gmail-smtp-in.l.google.com[173.194.222.26]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\
            2025-02-01T09:00:05.000000+00:00 mx8 postfix/smtp[6201]: Verified TLS connection reused to gmail-smtp-in.l.google.com[173.194.222.26]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\
            2025-01-02 10:04:00 1tTxDd-000DeF-Dd <= eve@example.org H=(v261955545.local) [43.6.92.12] P=esmtps X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=15813\n\
            2025-01-02 10:04:00 TLS error on connection from (v261955545.local) [43.6.92.12] (recv): The TLS connection was non-properly terminated.\n\
            2025-01-02 10:02:00 TLS error on connection from old-client.example (oldhelo) [192.0.2.31]:33333 I=[198.51.100.25]:25 (SSL_accept): error:0A000102:SSL routines::unsupported protocol\n\
            Jan  2 10:00:00 mx7 postfix/smtp[906]: Untrusted TLS connection established to mx.z.example[203.0.113.160]:25: TLSv\n\
            Mar  4 10:00:00 mx sm-mta[3001]: 424A00011: from=<a@client.example>, size=1234, class=0, nrcpts=1, msgid=<1@client.example>, proto=ESMTP, daemon=MTA, relay=mail.client.example [198.51.100.60]\n\
            Mar  4 10:00:01 mx sm-mta[3001]: 424A00012: from=<b@client.example>, size=1234, class=0, nrcpts=1, msgid=<2@client.example>, proto=ESMTP, daemon=MTA, relay=mail.client.example [198.51.100.60]\n";
        let r = census("maillog", log.as_bytes());
        let mut got: Vec<String> = r
            .endpoints
            .iter()
            .map(|e| format!("{} {} {:?} {:?} {}", e.remote_ip, e.sessions, e.protocols, e.tls_failures, e.legacy))
            .collect();
        got.sort();
        assert_eq!(
            got,
            [
                r#"173.194.222.26 1 Counts([("TLS1.3", 1)]) Counts([]) false"#,
                r#"192.0.2.31 1 Counts([]) Counts([("unsupported protocol", 1)]) true"#,
                // Sendmail logs a reception per message: one connection.
                r#"198.51.100.60 1 Counts([]) Counts([]) false"#,
                r#"43.6.92.12 1 Counts([("TLS1.3", 1)]) Counts([]) false"#,
            ]
        );
    }

    #[test]
    fn postfix_lines_join_the_census() {
        let log = "Jan 20 10:00:01 mx postfix/smtpd[9]: Anonymous TLS connection established from unknown[198.51.100.7]: TLSv1 with cipher AES256-SHA (256/256 bits)\n\
                   Jan 20 10:00:02 mx postfix/smtpd[9]: SSL_accept error from unknown[198.51.100.7]: -1\n\
                   Jan 20 10:00:03 mx postfix/smtp[8]: Verified TLS connection established to mx1.example.com[192.0.2.1]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n";
        let r = census("maillog", log.as_bytes());
        assert_eq!(r.sessions, 3);
        let e = r.endpoints.iter().find(|e| e.remote_ip == "198.51.100.7").unwrap();
        assert!(e.legacy);
        assert_eq!(e.tls_failures.get("SSL_accept"), Some(&1));
        assert_eq!(e.direction, Direction::Inbound);
        let o = r.endpoints.iter().find(|e| e.remote_ip == "192.0.2.1").unwrap();
        assert_eq!((o.direction, o.host.as_deref()), (Direction::Outbound, Some("mx1.example.com")));
    }

    #[test]
    fn sendmail_relays_named_without_an_ip_stay_apart() {
        let log = "Jan 20 10:00:01 mx sendmail[1]: STARTTLS=client, relay=mx1.one.example., version=TLSv1.2, verify=OK, cipher=ECDHE-RSA-AES256-GCM-SHA384, bits=256/256\n\
                   Jan 20 10:00:02 mx sendmail[2]: STARTTLS=client, relay=mx2.two.example., version=TLSv1, verify=OK, cipher=AES256-SHA, bits=256/256\n";
        let r = census("maillog", log.as_bytes());
        let rows: Vec<(&str, Option<&str>, bool)> =
            r.endpoints.iter().map(|e| (e.remote_ip.as_str(), e.host.as_deref(), e.legacy)).collect();
        assert_eq!(
            rows,
            [("mx2.two.example", Some("mx2.two.example"), true), ("mx1.one.example", Some("mx1.one.example"), false)]
        );
    }

    #[test]
    fn a_sendmail_relay_is_counted_by_the_address_its_delivery_line_names() {
        // Real lines (QA round 13, sm_gmail_tls13.log), a second process
        // interleaved, and a third whose delivery line never comes.
        let log = "Sep  9 11:59:01 ip-172-31-40-194 sm-mta[7423]: STARTTLS=client, relay=gmail-smtp-in.l.google.com., version=TLSv1.3, verify=FAIL, cipher=TLS_AES_256_GCM_SHA384, bits=256/256\n\
                   Sep  9 11:59:01 ip-172-31-40-194 sm-mta[7424]: STARTTLS=client, relay=mx.legacy.example., version=TLSv1, verify=OK, cipher=AES128-SHA, bits=128/128\n\
                   Sep  9 11:59:01 ip-172-31-40-194 sm-mta[7423]: x89Bx1iP007421: to=<ionagamed@gmail.com>, delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=120746, relay=gmail-smtp-in.l.google.com. [173.194.76.26], dsn=2.0.0, stat=Sent (OK)\n\
                   Sep  9 11:59:02 ip-172-31-40-194 sm-mta[7424]: x89Bx1iP007422: to=<a@legacy.example>, delay=00:00:01, mailer=esmtp, pri=120746, relay=mx.legacy.example. [192.0.2.44], dsn=2.0.0, stat=Sent (OK)\n\
                   Sep  9 11:59:03 ip-172-31-40-194 sm-mta[7425]: STARTTLS=client, relay=mx.other.example., version=TLSv1.2, verify=OK, cipher=ECDHE-RSA-AES256-GCM-SHA384, bits=256/256\n";
        let r = census("maillog", log.as_bytes());
        let mut rows: Vec<(&str, Option<&str>, bool)> =
            r.endpoints.iter().map(|e| (e.remote_ip.as_str(), e.host.as_deref(), e.legacy)).collect();
        rows.sort();
        assert_eq!(
            rows,
            [
                ("173.194.76.26", Some("gmail-smtp-in.l.google.com"), false),
                ("192.0.2.44", Some("mx.legacy.example"), true),
                ("mx.other.example", Some("mx.other.example"), false),
            ]
        );
        assert_eq!(r.sessions, 3);
        // Another relay's address on the process's next line is not taken.
        let log = "Jan 20 10:00:01 mx sm-mta[9]: STARTTLS=client, relay=mx1.one.example., version=TLSv1.2, verify=OK, cipher=AES256-SHA, bits=256/256\n\
                   Jan 20 10:00:02 mx sm-mta[9]: u1: to=<a@b.example>, relay=mx9.nine.example. [192.0.2.9], dsn=4.0.0, stat=Deferred\n";
        let r = census("maillog", log.as_bytes());
        assert_eq!(r.endpoints.iter().map(|e| e.remote_ip.as_str()).collect::<Vec<_>>(), ["mx1.one.example"]);
    }

    #[test]
    fn a_sendmail_handshake_refused_by_its_tls_policy_is_one_failure_of_its_relay() {
        // One connection, two lines: the policy check names the relay, the
        // error line does not. It was no failure of the relay, and one of `unknown`.
        let log = "Dec  4 10:24:32 c.spam.sonic.net sendmail[32283]: ruleset=tls_server, arg1=SOFTWARE, relay=goransoncpa-com.mail.eo.outlook.com, reject=403 4.7.0 TLS handshake failed.\n\
                   Dec  4 10:24:32 c.spam.sonic.net sendmail[32283]: STARTTLS=client, error: connect failed=0, SSL_error=5\n\
                   Dec  4 10:31:07 c.spam.sonic.net sendmail[32283]: STARTTLS=client, error: connect failed=0, SSL_error=5\n";
        let r = census("maillog", log.as_bytes());
        let rows: Vec<String> = r
            .endpoints
            .iter()
            .map(|e| format!("{} {} {}", e.remote_ip, e.direction.as_str(), failures_text(e)))
            .collect();
        // A later error of the same process is another connection.
        assert_eq!(
            rows,
            [
                "goransoncpa-com.mail.eo.outlook.com outbound TLS handshake failed (verify=SOFTWARE)=1",
                "unknown outbound STARTTLS=client error=1",
            ]
        );
        assert_eq!(r.sessions, 2);
    }

    #[test]
    fn a_sendmail_handshake_told_on_two_lines_is_one_failure_of_the_address_that_follows() {
        // The error line names no relay, the policy line of the same second
        // does, the delivery line gives its address (QA round 18), in either
        // order; a success of the same process after it stays its own.
        let error = "Mar  3 09:01:04 mx2 sm-mta[8203]: STARTTLS=client, error: connect failed=0, SSL_error=5\n";
        let policy = "Mar  3 09:01:04 mx2 sm-mta[8203]: ruleset=tls_server, arg1=SOFTWARE, relay=smtp.ait.dtu.dk, reject=403 4.7.0 TLS handshake failed.\n";
        let deferred = "Mar  3 09:01:04 mx2 sm-mta[8203]: 2BTA2Xkq008103: to=<c@dtu.dk>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120494, relay=smtp.ait.dtu.dk. [192.0.2.93], dsn=4.0.0, stat=Deferred: 403 4.7.0 TLS handshake failed.\n\
                        Mar  3 09:01:09 mx2 sm-mta[8203]: STARTTLS=client, relay=mx2.dtu.dk., version=TLSv1.2, verify=OK, cipher=AES256-SHA, bits=256/256\n";
        for log in [format!("{error}{policy}{deferred}"), format!("{policy}{error}{deferred}")] {
            let r = census("maillog", log.as_bytes());
            let rows: Vec<String> = r
                .endpoints
                .iter()
                .map(|e| format!("{} {} {:?} {}", e.remote_ip, e.direction.as_str(), e.host, failures_text(e)))
                .collect();
            assert_eq!(rows.len(), 2, "{rows:?}");
            assert!(rows[0].starts_with("192.0.2.93 outbound Some(\"smtp.ait.dtu.dk\") "), "{rows:?}");
            assert!(rows[0].ends_with("=1"), "{rows:?}");
            assert_eq!(rows[1], "mx2.dtu.dk outbound Some(\"mx2.dtu.dk\") ");
            assert_eq!(r.sessions, 2);
        }
    }

    #[test]
    fn receive_log_refusals_and_plain_sessions() {
        let log = "#Log-type: SMTP Receive Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n\
            2023-01-11T16:00:00.000Z,EX1\\Internet,08DB000000000001,0,10.0.0.1:25,198.51.100.9:5000,+,,\n\
            2023-01-11T16:00:00.001Z,EX1\\Internet,08DB000000000001,1,10.0.0.1:25,198.51.100.9:5000,<,MAIL FROM:<a@b.c>,\n\
            2023-01-11T16:00:00.002Z,EX1\\Internet,08DB000000000001,2,10.0.0.1:25,198.51.100.9:5000,>,530 5.7.0 Must issue a STARTTLS command first,\n\
            2023-01-11T16:00:00.003Z,EX1\\Internet,08DB000000000001,3,10.0.0.1:25,198.51.100.9:5000,-,,Local\n";
        let r = census("x.log", log.as_bytes());
        let e = &r.endpoints[0];
        assert_eq!((e.direction, e.starttls_required_refusals, e.plain_sessions), (Direction::Inbound, 1, 1));
    }

    /// Send-log rows of session `id` to `ip`, numbered from `first`.
    fn send_rows(id: &str, ip: &str, first: u32, rows: &[(&str, &str, &str)]) -> String {
        let mut o = String::new();
        for (k, (event, data, context)) in rows.iter().enumerate() {
            let seq = first + k as u32;
            writeln!(
                o,
                "2023-01-11T16:00:{seq:02}.000Z,Internet,{id},{seq},10.0.0.1:1000,{ip}:25,{event},{data},{context}"
            )
            .unwrap();
        }
        o
    }

    #[test]
    fn a_session_is_plain_only_when_the_log_shows_it_was() {
        let head = "#Log-type: SMTP Send Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n";
        let start = [("*", "", "attempting to connect"), ("+", "", ""), ("<", "220 mx ready", "")];
        let tls_rows = |verb: &'static str, reply: &'static str| {
            let mut r = start.to_vec();
            r.extend([(">", verb, ""), ("<", reply, ""), (">", "QUIT", ""), ("-", "", "Local")]);
            r
        };
        let mut log = head.to_string();
        // STARTTLS answered 220, no row naming the protocol (Exchange 2010;
        // a log cut before it): TLS of a version not logged.
        log += &send_rows("08DB000000000001", "192.0.2.1", 0, &tls_rows("STARTTLS", "220 2.0.0 SMTP server ready"));
        // Exchange to Exchange: X-ANONYMOUSTLS is STARTTLS too.
        log +=
            &send_rows("08DB000000000002", "192.0.2.2", 0, &tls_rows("X-ANONYMOUSTLS", "220 2.0.0 SMTP server ready"));
        // STARTTLS refused by the peer: TLS failed (the session went on in
        // clear text, which is what the census is there to show).
        log += &send_rows("08DB000000000003", "192.0.2.3", 0, &tls_rows("STARTTLS", "454 4.7.0 TLS not available"));
        // Its start is not in the input (circular logging): neither.
        log += &send_rows("08DB000000000004", "192.0.2.4", 7, &[(">", "RCPT TO:<a@b.c>", ""), ("-", "", "Local")]);
        // A session whose start is here and that never tried TLS: plain.
        log += &send_rows("08DB000000000005", "192.0.2.5", 0, &[("+", "", ""), (">", "QUIT", ""), ("-", "", "Local")]);
        // STARTTLS answered 220, then the connection dropped before anything
        // else was said: the handshake failed.
        let mut dropped = start.to_vec();
        dropped.extend([
            (">", "STARTTLS", ""),
            ("<", "220 2.0.0 SMTP server ready", ""),
            ("-", "", "Remote(SocketError)"),
        ]);
        log += &send_rows("08DB000000000006", "192.0.2.6", 0, &dropped);
        // The same rows without their end (an excerpt): nothing can be told.
        log += &send_rows("08DB000000000007", "192.0.2.7", 0, &dropped[..dropped.len() - 1]);
        let r = census("SEND.LOG", log.as_bytes());
        let by = |ip: &str| r.endpoints.iter().find(|e| e.remote_ip == ip).unwrap();
        let outcome = |ip: &str| {
            let e = by(ip);
            (e.protocols.get(TLS_VERSION_NOT_LOGGED).copied(), e.plain_sessions, e.incomplete_sessions, e.legacy)
        };
        assert_eq!(outcome("192.0.2.1"), (Some(1), 0, 0, false));
        assert_eq!(outcome("192.0.2.2"), (Some(1), 0, 0, false));
        assert_eq!(outcome("192.0.2.3"), (None, 0, 0, false));
        assert_eq!(by("192.0.2.3").tls_failures.get(crate::session::STARTTLS_REFUSED), Some(&1));
        assert_eq!(outcome("192.0.2.4"), (None, 0, 1, false));
        assert_eq!(outcome("192.0.2.5"), (None, 1, 0, false));
        assert_eq!(outcome("192.0.2.6"), (None, 0, 0, false));
        assert_eq!(by("192.0.2.6").tls_failures.get(crate::session::TLS_NOT_COMPLETED), Some(&1));
        assert_eq!(outcome("192.0.2.7"), (None, 0, 1, false));
        assert_eq!(r.sessions, 7);
        // The session's own view says TLS too (QA round 52: it showed none).
        let kept = |ip: &str| r.kept_sessions.iter().find(|s| s.remote_ip.as_deref() == Some(ip)).expect(ip);
        assert_eq!(kept("192.0.2.1").tls.as_ref().map(|t| t.protocol.as_str()), Some(TLS_VERSION_NOT_LOGGED));
        assert_eq!(kept("192.0.2.5").tls, None);
        // Every table says so; JSON leaves a zero out.
        let json = serde_json::to_value(&r.endpoints).unwrap();
        assert_eq!(json[0].get("incomplete_sessions"), None);
        assert_eq!(serde_json::to_value(by("192.0.2.4")).unwrap()["incomplete_sessions"], 1);
        assert!(to_csv(&r).lines().next().unwrap().ends_with(",incomplete_sessions"));
        assert!(to_markdown(&r, "en").contains("| Without TLS | Incomplete | Legacy |"));
    }

    #[test]
    fn a_postfix_client_that_leaves_after_starttls_is_one_failure_a_connection() {
        // internet.nl's check of a server that takes TLS 1.2 and newer
        // (docker-mailserver#1411): one connection offers TLS 1.0 and is
        // told `version too low`, the next offers none (`SSL_accept error`
        // then `unknown protocol`); each ends `lost connection after STARTTLS`.
        let log = "Mar  3 11:39:34 mail postfix/smtpd[1096]: warning: TLS library problem: error:1417D18C:SSL routines:tls_process_client_hello:version too low:../ssl/statem/statem_srvr.c:989:
Mar  3 11:39:34 mail postfix/smtpd[1096]: lost connection after STARTTLS from internet.nl[192.0.2.10]
Mar  3 11:39:34 mail postfix/smtpd[1096]: disconnect from internet.nl[192.0.2.10] ehlo=1 starttls=0/1 commands=1/2
Mar  3 11:39:35 mail postfix/smtpd[1096]: connect from internet.nl[192.0.2.10]
Mar  3 11:39:35 mail postfix/smtpd[1096]: SSL_accept error from internet.nl[192.0.2.10]: -1
Mar  3 11:39:35 mail postfix/smtpd[1096]: warning: TLS library problem: error:1417D0FC:SSL routines:tls_process_client_hello:unknown protocol:../ssl/statem/statem_srvr.c:953:
Mar  3 11:39:35 mail postfix/smtpd[1096]: lost connection after STARTTLS from internet.nl[192.0.2.10]
Mar  3 11:39:36 mail postfix/smtpd[1097]: lost connection after STARTTLS from other.example[198.51.100.3]
";
        let r = census("maillog", log.as_bytes());
        let by = |ip: &str| r.endpoints.iter().find(|e| e.remote_ip == ip).unwrap();
        let nl = by("192.0.2.10");
        assert_eq!(nl.sessions, 2);
        assert_eq!(nl.tls_failures.get("version too low"), Some(&1));
        assert_eq!(nl.tls_failures.get("SSL_accept"), Some(&1));
        assert!(nl.legacy);
        // OpenSSL's reason after the `SSL_accept error` still tells a legacy client.
        let ctf = "Apr 14 19:24:31 straylight postfix/smtpd[4787]: SSL_accept error from unknown[192.0.2.4]: -1
Apr 14 19:24:31 straylight postfix/smtpd[4787]: warning: TLS library problem: error:1417D18C:SSL routines:tls_process_client_hello:version too low:../ssl/statem/statem_srvr.c:974:
Apr 14 19:24:31 straylight postfix/smtpd[4787]: lost connection after STARTTLS from unknown[192.0.2.4]
";
        let c = census("maillog", ctf.as_bytes());
        assert_eq!(
            (c.sessions, c.endpoints[0].tls_failures.get("SSL_accept"), c.endpoints[0].legacy),
            (1, Some(&1), true)
        );
        let other = by("198.51.100.3");
        assert_eq!(other.tls_failures.get("lost after STARTTLS"), Some(&1));
        assert!(!other.legacy);
        assert_eq!(r.sessions, 3);
    }

    #[test]
    fn syslog_endpoints_are_seen_when_their_lines_say_the_date() {
        let tls = "mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[198.51.100.5]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)";
        let log = format!(
            "<22>1 2026-01-07T18:30:00+00:00 {tls}\n2026-01-05 09:00:01 {tls}\nJan  9 10:00:00 {tls}\nTue 2026-01-06 10:00:05.123 CET {tls}\n"
        );
        let r = census("maillog", log.as_bytes());
        let e = &r.endpoints[0];
        assert_eq!(e.sessions, 4);
        assert_eq!(e.first_seen.as_deref(), Some("2026-01-05T09:00:01"));
        assert_eq!(e.last_seen.as_deref(), Some("2026-01-07T18:30:00+00:00"));
        // Only undated stamps: none.
        let r = census("maillog", format!("Jan  9 10:00:00 {tls}\n").as_bytes());
        assert_eq!((r.endpoints[0].first_seen.as_deref(), r.endpoints[0].last_seen.as_deref()), (None, None));
    }

    /// A Postfix log of RFC 3164 stamps (no year) over New Year, in a file
    /// last written on 2026-01-10: December's lines are 2025's. The next
    /// file, of no known date, dates none of its own.
    #[test]
    fn stamps_without_a_year_are_dated_by_the_file() {
        let tls = |peer: &str, v: &str| {
            format!(
                "mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[{peer}]: {v} with cipher AES256-SHA (256/256 bits)"
            )
        };
        let log = format!(
            "Dec 30 23:59:58 {}\nJan  1 00:00:01 {}\nJan 09 08:00:00 {}\n",
            tls("192.0.2.7", "TLSv1"),
            tls("192.0.2.7", "TLSv1"),
            tls("198.51.100.8", "TLSv1.2")
        );
        let mut c = Census::new();
        c.begin_file("mail.log.1");
        // 2026-01-10T12:00:00Z.
        c.written_at(1_768_046_400);
        c.feed(log.as_bytes());
        c.begin_file("mail.log");
        c.feed(format!("Jan 10 09:00:00 {}\n", tls("203.0.113.9", "TLSv1.3")).as_bytes());
        let r = c.finish();
        let seen = |ip: &str| {
            let e = r.endpoints.iter().find(|e| e.remote_ip == ip).expect(ip);
            (e.first_seen.clone(), e.last_seen.clone())
        };
        let some = |t: &str| Some(t.to_string());
        assert_eq!(seen("192.0.2.7"), (some("2025-12-30T23:59:58"), some("2026-01-01T00:00:01")));
        assert_eq!(seen("198.51.100.8"), (some("2026-01-09T08:00:00"), some("2026-01-09T08:00:00")));
        assert_eq!(seen("203.0.113.9"), (None, None));
    }

    #[test]
    fn a_day_is_dated_in_the_year_before_its_file_was_written() {
        // 2026-12-31T23:30:00Z, then 2024-02-29T12:00:00Z (a leap day).
        let new_years_eve = 1_798_759_800;
        assert_eq!(civil_of_unix(new_years_eve), (2026, 12, 31));
        assert_eq!(year_before(new_years_eve, 12, 31), 2026);
        assert_eq!(year_before(new_years_eve, 3, 1), 2026);
        // A server an hour ahead of UTC wrote its New Year's lines already.
        assert_eq!(year_before(new_years_eve, 1, 1), 2027);
        let leap_day = 1_709_208_000;
        assert_eq!(civil_of_unix(leap_day), (2024, 2, 29));
        assert_eq!(year_before(leap_day, 3, 1), 2024);
        assert_eq!(year_before(leap_day, 3, 2), 2023);
        // A leap day is a leap year's: the last one at or before the year
        // found (QA: 2025-03-01 gave `2025-02-29`).
        let day = |y: i64, m: u32, d: u32| (unix_day(y, m, d).unwrap()) * 86_400 + 43_200;
        assert_eq!(year_before(day(2025, 3, 1), 2, 29), 2024);
        assert_eq!(year_before(day(2026, 2, 1), 2, 29), 2024);
        assert_eq!(year_before(day(2027, 12, 1), 2, 29), 2024);
        assert_eq!(year_before(day(2024, 3, 1), 2, 29), 2024);
        assert_eq!(year_before(day(2025, 2, 28), 2, 29), 2024);
        assert_eq!(year_before(day(2101, 3, 1), 2, 29), 2096);
        // The day of grace into a leap day.
        assert_eq!(year_before(day(2028, 2, 28), 2, 29), 2028);
        for bad in ["Feb 30 10:00:00", "Apr 31 10:00:00", "Sep 31 10:00:00", "Feb 31 10:00:00"] {
            assert_eq!(rfc3164_date(bad), None, "{bad}");
        }
        assert_eq!(rfc3164_date("Feb 29 10:00:00"), Some((2, 29, "10:00:00")));
        assert_eq!(civil_of_unix(0), (1970, 1, 1));
        assert_eq!(civil_of_unix(-1), (1969, 12, 31));
        assert_eq!(rfc3164_date("Jan  7 10:00:01"), Some((1, 7, "10:00:01")));
        assert_eq!(rfc3164_date("Dec 31 23:59:60"), Some((12, 31, "23:59:60")));
        for bad in ["Jan 32 10:00:01", "Jan  0 10:00:01", "Foo  7 10:00:01", "Jan  7 10-00-01", "Jan  7 1"] {
            assert_eq!(rfc3164_date(bad), None, "{bad}");
        }
    }

    /// Past MAX_ENDPOINTS addresses, new ones are counted in one row per
    /// direction: memory stays bounded, no session is lost, and a merge of
    /// per-file censuses keeps the same bound.
    #[test]
    fn endpoints_past_the_bound_are_counted_in_one_row() {
        let extra = 50;
        let log = |from: usize, to: usize| {
            let mut o = String::new();
            for i in from..to {
                writeln!(
                    o,
                    "Jan  5 10:00:00 mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[10.{}.{}.{}]: TLSv1 with cipher AES256-SHA (256/256 bits)",
                    (i >> 16) & 255,
                    (i >> 8) & 255,
                    i & 255
                )
                .unwrap();
            }
            o
        };
        let n = MAX_ENDPOINTS + extra;
        let whole = census("maillog", log(0, n).as_bytes());
        assert_eq!(whole.endpoints.len(), MAX_ENDPOINTS + 1);
        assert_eq!(whole.sessions, n as u64);
        let more = whole.endpoints.iter().find(|e| e.remote_ip == MORE_ENDPOINTS).expect("the overflow row");
        assert_eq!((more.sessions, more.legacy, more.direction), (extra as u64, true, Direction::Inbound));
        assert_eq!(whole.endpoints.iter().map(|e| e.sessions).sum::<u64>(), n as u64);
        // Two halves merged: the same bound, every session counted.
        let mut a = Census::new();
        a.begin_file("a");
        a.feed(log(0, n / 2).as_bytes());
        let mut b = Census::new();
        b.begin_file("b");
        b.feed(log(n / 2, n).as_bytes());
        a.merge(b);
        let merged = a.finish();
        assert_eq!(merged.endpoints.len(), MAX_ENDPOINTS + 1);
        assert_eq!(merged.endpoints.iter().map(|e| e.sessions).sum::<u64>(), n as u64);
    }

    /// Postfix's policy failures name a peer that cannot do TLS at all.
    #[test]
    fn postfix_tls_required_failures_are_counted() {
        let log = "Jan  5 10:00:00 mx postfix/smtp[2711]: 4F2A81C0D3: to=<u@example.com>, relay=mx.example.com[198.51.100.25]:25, delay=0.35, dsn=4.7.4, status=deferred (TLS is required, but was not offered by host mx.example.com[198.51.100.25])\n\
            Jan  5 10:01:00 mx postfix/smtp[2712]: 4F2A81C0D4: to=<u@example.org>, relay=mx.example.org[198.51.100.26]:25, delay=0.35, dsn=4.7.0, status=deferred (TLS is required, but host mx.example.org[198.51.100.26] refused to start TLS: 454 4.7.0 TLS not available due to local problem)\n";
        let r = census("maillog", log.as_bytes());
        type Row<'a> = (&'a str, Direction, Option<&'a u64>, Option<&'a u64>, Option<&'a str>);
        let got: Vec<Row<'_>> = r
            .endpoints
            .iter()
            .map(|e| {
                (
                    e.remote_ip.as_str(),
                    e.direction,
                    e.tls_failures.get("TLS not offered"),
                    e.tls_failures.get("STARTTLS refused"),
                    e.host.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("198.51.100.25", Direction::Outbound, Some(&1), None, Some("mx.example.com")),
                ("198.51.100.26", Direction::Outbound, None, Some(&1), Some("mx.example.org")),
            ]
        );
    }

    #[test]
    fn exim_client_tls_failures_are_counted() {
        let log = "2026-01-20 10:00:00 1abcdf-000003-AB => c@example.net R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.5]:25 X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes\n\
            2026-01-20 10:00:03 1abcdf-000004-AB TLS error on connection to old.example.net [203.0.113.6] (SSL_connect): error:0A000102:SSL routines::unsupported protocol\n\
            2026-01-20 10:00:03 1abcdf-000004-AB == a@example.net R=dnslookup T=remote_smtp defer (-37) H=old.example.net [203.0.113.6]: TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol\n\
            2026-01-20 10:00:03 1abcdf-000004-AB == b@example.net R=dnslookup T=remote_smtp defer (-37) H=old.example.net [203.0.113.6]: TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol\n\
            2026-01-20 10:00:04 1abcdg-000005-AB <= c@example.org H=in.example.org [198.51.100.9] P=esmtps X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 S=99 T=\"H=mx.example.net [203.0.113.5]: TLS session: (SSL_connect): X=TLS1.0:x\"\n\
            2026-01-20 10:00:04 1abcdg-000006-AB ** d@example.net R=dnslookup T=remote_smtp H=mx10.example.net [203.0.113.100]: SMTP error from remote mail server after RCPT TO:<d@example.net>: 550 a TLS session is required, but an attempt to start TLS failed\n\
            2026-01-20 10:00:04 1abcdf-000005-AB TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol: delivering unencrypted to H=old.example.net [203.0.113.6] (not in hosts_require_tls)\n\
            2026-01-20 10:00:05 1abcdf-000005-AB => e@example.org R=dnslookup T=remote_smtp H=old.example.net [203.0.113.6] C=\"250 OK\"\n";
        let r = census("mainlog", log.as_bytes());
        let got: Vec<_> = r
            .endpoints
            .iter()
            .map(|e| {
                (
                    e.remote_ip.as_str(),
                    e.direction,
                    e.sessions,
                    e.tls_failures.get("SSL_connect"),
                    e.protocols.get("TLS1.2"),
                )
            })
            .collect();
        // Two connections that failed TLS: the first one's lines (an error
        // line and a deferral per recipient) are one; after the second,
        // Exim says it delivers in clear text: a plain session of its own
        // (its `=>` line names no TLS, no `X=`, and is not counted again).
        // A subject that quotes Exim's words, and a server's reply that
        // does, are no failure. (Failures first: the table is sorted by
        // what needs attention.)
        assert_eq!(
            got,
            [
                ("203.0.113.6", Direction::Outbound, 3, Some(&1), None),
                ("198.51.100.9", Direction::Inbound, 1, None, Some(&1)),
                ("203.0.113.5", Direction::Outbound, 1, None, Some(&1)),
            ]
        );
        assert_eq!(r.endpoints[0].tls_failures.get("TLS error"), Some(&1));
        assert_eq!(r.endpoints[0].plain_sessions, 1);
        assert_eq!(r.endpoints[0].host.as_deref(), Some("old.example.net"));
    }

    #[test]
    fn exim_deliveries_that_failed_after_tls_count_their_connection_once() {
        // A message to three recipients of one server that speaks TLS 1.0,
        // two refused and one delivered on one connection (a `**` line each,
        // then its `=>`, within a minute),
        // then a deferral of another message there, and its retry later:
        // three connections, all TLS 1.0. Syslog-prefixed lines alike.
        let log = "2026-01-20 10:00:02 1vAbCd-000Xyz-12 ** bob@partner.example R=dnslookup T=remote_smtp H=mx1.partner.example [192.0.2.25] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no: SMTP error from remote mail server after RCPT TO:<bob@partner.example>: 550 5.1.1 User unknown\n\
            2026-01-20 10:00:02 1vAbCd-000Xyz-12 ** carol@partner.example R=dnslookup T=remote_smtp H=mx1.partner.example [192.0.2.25] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no: SMTP error from remote mail server after RCPT TO:<carol@partner.example>: 550 5.1.1 User unknown\n\
            2026-01-20 10:00:03 1vAbCd-000Xyz-12 => erin@partner.example R=dnslookup T=remote_smtp H=mx1.partner.example [192.0.2.25] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no C=\"250 OK\"\n\
            2026-01-20 10:05:02 1vAbCe-000Xyz-34 == dave@partner.example R=dnslookup T=remote_smtp defer (-44) H=mx1.partner.example [192.0.2.25] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no: SMTP error from remote mail server after RCPT TO:<dave@partner.example>: 451 4.7.1 Greylisted\n\
            2026-01-20 10:20:02 1vAbCe-000Xyz-34 == dave@partner.example R=dnslookup T=remote_smtp defer (-44) H=mx1.partner.example [192.0.2.25] X=TLS1.0:ECDHE-RSA-AES256-SHA:256 CV=no: SMTP error from remote mail server after RCPT TO:<dave@partner.example>: 451 4.7.1 Greylisted\n";
        let r = census("mainlog", log.as_bytes());
        assert_eq!(r.endpoints.len(), 1, "{:#?}", r.endpoints);
        let e = &r.endpoints[0];
        assert_eq!((e.remote_ip.as_str(), e.direction, e.sessions), ("192.0.2.25", Direction::Outbound, 3));
        assert_eq!((e.protocols.get("TLS1.0"), e.legacy), (Some(&3), true));
        let syslog: String =
            log.lines().map(|l| format!("Jan 20 {} mx exim[4242]: {}\n", &l.trim()[11..19], &l.trim()[20..])).collect();
        let r = census("maillog", syslog.as_bytes());
        assert_eq!(r.endpoints[0].protocols.get("TLS1.0"), Some(&3), "{syslog}");
    }

    #[test]
    fn a_failed_handshake_retried_later_is_another_connection() {
        // One message deferred three times over an hour, two recipients each
        // time: three failures, not one (QA round 23).
        let retry = |t: &str, r: &str| {
            format!(
                "2026-01-20 {t} 1vTtAa-000Sss-01 == {r}@old.example R=dnslookup T=remote_smtp defer (-37) H=mx.old.example [203.0.113.6]: TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol\n"
            )
        };
        let log: String =
            ["08:00:02", "08:15:02", "09:15:02"].iter().flat_map(|t| [retry(t, "a"), retry(t, "b")]).collect();
        let r = census("mainlog", log.as_bytes());
        let e = &r.endpoints[0];
        assert_eq!((e.remote_ip.as_str(), e.sessions, e.tls_failures.get("SSL_connect")), ("203.0.113.6", 3, Some(&3)));
        // Behind `kubectl logs --prefix` too.
        let pod: String = log.lines().map(|l| format!("[pod/exim-0/exim] {l}\n")).collect();
        assert_eq!(census("pod", pod.as_bytes()).endpoints[0].tls_failures.get("SSL_connect"), Some(&3));
        // The clear-text retry's line with its host first is a failure too.
        let fallback = "2026-01-25 13:00:04 1vEeAb-000Ddd-02 H=mx.ancient.example [203.0.113.7]: TLS session: (SSL_connect): error:0A000102:SSL routines::unsupported protocol: delivering unencrypted to H=mx.ancient.example [203.0.113.7] (not in hosts_require_tls)\n";
        let e = &census("mainlog", fallback.as_bytes()).endpoints[0];
        assert_eq!((e.tls_failures.get("SSL_connect"), e.plain_sessions), (Some(&1), 1));
        // A server that hangs up in response to STARTTLS failed its TLS too.
        let closed = "2026-01-21 16:00:02 1vIiAc-000Hhh-03 == p3@flaky3.example R=dnslookup T=remote_smtp defer (-18) H=mx.flaky3.example [198.51.100.122]: Remote host closed connection in response to STARTTLS\n";
        let r = census("mainlog", closed.as_bytes());
        assert_eq!(r.endpoints[0].tls_failures.get(syslog::EXIM_CLOSED_AFTER_STARTTLS), Some(&1));
    }

    /// A Postfix log rotated while a connection was open: its TLS line (or
    /// its `SSL_accept` error) in one file, its end in the next, read by two
    /// censuses and merged in either order, count it once, as one read of
    /// both files does.
    #[test]
    fn a_connection_across_a_rotated_log_counts_once_whichever_file_merges_first() {
        let pf = |t: &str, pid: u32, what: &str| format!("Jan 19 23:59:{t} mx postfix/smtpd[{pid}]: {what}\n");
        let older = [
            pf("58", 123, "Anonymous TLS connection established from a.example[192.0.2.10]: TLSv1 with cipher AES256-SHA (256/256 bits)"),
            pf("59", 124, "SSL_accept error from b.example[192.0.2.99]: -1"),
        ]
        .concat();
        let newer = [
            pf(
                "01",
                123,
                "disconnect from a.example[192.0.2.10] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
            ),
            pf("02", 124, "lost connection after STARTTLS from b.example[192.0.2.99]"),
            pf("03", 125, "disconnect from c.example[192.0.2.20] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5"),
        ]
        .concat();
        let one = |name: &str, text: &str| {
            let mut c = Census::new();
            c.begin_file(name);
            c.feed(text.as_bytes());
            c
        };
        let whole = census("maillog", (older.clone() + &newer).as_bytes());
        assert_eq!(whole.sessions, 3, "{whole:?}");
        for newer_first in [false, true] {
            let (mut a, b) = (one("maillog.1", &older), one("maillog", &newer));
            let merged = if newer_first {
                let mut b = b;
                b.merge(a);
                b.finish()
            } else {
                a.merge(b);
                a.finish()
            };
            assert_eq!(merged.sessions, whole.sessions, "newer first: {newer_first}");
            assert_eq!(merged.endpoints, whole.endpoints, "newer first: {newer_first}");
        }
    }

    #[test]
    fn one_ipv6_host_written_three_ways_is_one_endpoint() {
        let log = "Jan  5 10:00:00 mx postfix/smtpd[1]: Anonymous TLS connection established from a[2001:db8::1]: TLSv1 with cipher AES256-SHA (256/256 bits)\n\
            Jan  5 10:01:00 mx postfix/smtpd[2]: Anonymous TLS connection established from a[2001:DB8::1]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\n\
            Jan  5 10:02:00 mx postfix/smtpd[3]: Anonymous TLS connection established from a[2001:db8:0:0:0:0:0:1]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\n";
        let r = census("maillog", log.as_bytes());
        assert_eq!(r.endpoints.len(), 1, "{:?}", r.endpoints);
        assert_eq!((r.endpoints[0].remote_ip.as_str(), r.endpoints[0].sessions), ("2001:db8::1", 3));
    }

    #[test]
    fn an_ipv4_mapped_peer_is_its_ipv4_host() {
        let log = "Jan  5 10:00:00 mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[::ffff:198.51.100.5]: TLSv1 with cipher AES256-SHA (256/256 bits)\n\
            Jan  5 10:01:00 mx postfix/smtpd[2]: Anonymous TLS connection established from unknown[198.51.100.5]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\n";
        let r = census("maillog", log.as_bytes());
        assert_eq!(r.endpoints.len(), 1, "{:?}", r.endpoints);
        let e = &r.endpoints[0];
        assert_eq!((e.remote_ip.as_str(), e.sessions, e.legacy), ("198.51.100.5", 2, true));
    }

    #[test]
    fn an_ipv4_mapped_peer_in_hex_is_its_ipv4_host_too() {
        // A dual-stack listener's endpoint in each spelling, and the IPv4 one.
        let rows: String =
            ["[::ffff:c633:6405]", "[::FFFF:198.51.100.5]", "198.51.100.5", "[0:0:0:0:0:ffff:c633:6405]"]
                .iter()
                .enumerate()
                .map(|(i, peer)| {
                    format!(
                        "2023-01-11T16:00:0{i}.000Z,EX1\\Internet,08DB00000000000{i},0,10.0.0.1:25,{peer}:5000,+,,\n\
                     2023-01-11T16:00:0{i}.100Z,EX1\\Internet,08DB00000000000{i},1,10.0.0.1:25,{peer}:5000,-,,Local\n"
                    )
                })
                .collect();
        let log = format!(
            "#Log-type: SMTP Receive Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n{rows}"
        );
        let r = census("RECV.LOG", log.as_bytes());
        assert_eq!(r.sessions, 4);
        assert_eq!(r.endpoints.len(), 1, "{:?}", r.endpoints);
        assert_eq!((r.endpoints[0].remote_ip.as_str(), r.endpoints[0].sessions), ("198.51.100.5", 4));
    }

    #[test]
    fn csv_and_markdown_have_one_row_per_endpoint() {
        let r = census("SEND.LOG", interleave(&sample()).as_bytes());
        let csv = to_csv(&r);
        assert_eq!(csv.lines().count(), 1 + r.endpoints.len());
        assert!(csv.lines().nth(1).unwrap().starts_with("192.0.2.9,outbound,,2,2,0,0,0,0,,0,0,true,"));
        let md = to_markdown(&r, "en");
        assert!(md.contains("| 192.0.2.9 | Outbound |") && md.contains("**legacy TLS**"), "{md}");
        // In the reader's language, as the page and the text table word it.
        let ru = to_markdown(&r, "ru");
        assert!(ru.contains("| 192.0.2.9 | Исходящее |") && !ru.contains("Outbound"), "{ru}");
    }

    #[test]
    fn transcripts_are_read_back_with_their_files_column_order() {
        let log = "#Log-type: SMTP Receive Protocol Log\n#Fields: date-time,session-id,sequence-number,connector-id,local-endpoint,remote-endpoint,event,context,data\n\
            2023-01-11T16:00:00.000Z,08DB000000000002,0,EX1\\Internet,10.0.0.1:25,198.51.100.9:5000,+,,\n\
            2023-01-11T16:00:00.001Z,08DB000000000002,1,EX1\\Internet,10.0.0.1:25,198.51.100.9:5000,<,,EHLO old.example.org\n\
            2023-01-11T16:00:00.002Z,08DB000000000002,2,EX1\\Internet,10.0.0.1:25,198.51.100.9:5000,-,Local,\n";
        let r = census("RECV.LOG", log.as_bytes());
        let s = &r.kept_sessions[0];
        assert_eq!(s.ehlo.as_deref(), Some("old.example.org"));
        assert_eq!(s.transcript.len(), 3);
        assert_eq!(s.transcript[1].data, "EHLO old.example.org");
        assert_eq!(s.transcript[2].context, "Local");
    }

    #[test]
    fn hostile_input_never_panics() {
        for input in [
            &b"\x00\x01\x02"[..],
            b"2023-01-11T16:00:00.000Z,",
            b"2023-01-11T16:00:00.000Z,a,b,99999999999,,,-,,",
            b"#Fields:\n2023-01-11T16:00:00.000Z,x,y,0,,,+,,\n",
        ] {
            let _ = census("x", input);
        }
    }

    /// A Postfix or Exim connection that no TLS line counted is counted by
    /// the line that sums it up; one a TLS line counted is not counted twice
    /// (QA round 13: the plain column was 0 for every Postfix and Exim peer).
    #[test]
    fn connections_without_a_tls_line_are_counted_once() {
        let pf = |pid: u32, what: &str| format!("Jul  1 23:07:47 mx postfix/smtpd[{pid}]: {what}\n");
        let mut log = String::new();
        // Clear text; STARTTLS with its version logged; STARTTLS without.
        log += &pf(1, "disconnect from a.example[192.0.2.1] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5");
        log += &pf(
            2,
            "Anonymous TLS connection established from b.example[192.0.2.2]: TLSv1 with cipher AES256-SHA (256/256 bits)",
        );
        log += &pf(3, "disconnect from c.example[192.0.2.3] ehlo=2 starttls=1 quit=1 commands=4");
        log += &pf(2, "disconnect from b.example[192.0.2.2] ehlo=2 starttls=1 quit=1 commands=4");
        // A failed handshake: its three lines and its end are one failure.
        log += &pf(4, "SSL_accept error from d.example[192.0.2.4]: -1");
        log += &pf(4, "lost connection after STARTTLS from d.example[192.0.2.4]");
        log += &pf(4, "disconnect from d.example[192.0.2.4] ehlo=1 starttls=0/1 commands=1/2");
        // Exim: a reception in clear, a delivery in clear, and the clear-text
        // retry after a failed handshake, whose delivery line is that retry.
        let exim = "2026-01-20 10:00:09 1vAbCd-000009-AB";
        log += &format!("{exim} <= f@d.example H=(helo) [192.0.2.5] P=esmtpa A=plain:f S=10\n");
        log +=
            &format!("{exim} => b@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.6] C=\"250 OK\"\n");
        log += &format!(
            "{exim} TLS session: (certificate verification failed): certificate invalid: delivering unencrypted to H=mx.example.org [192.0.2.7] (not in hosts_require_tls)\n"
        );
        log +=
            &format!("{exim} => c@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.7] C=\"250 OK\"\n");
        let r = census("mail.log", log.as_bytes());
        let by = |ip: &str| r.endpoints.iter().find(|e| e.remote_ip == ip).unwrap_or_else(|| panic!("{ip}"));
        let plain = |ip: &str| (by(ip).sessions, by(ip).plain_sessions);
        assert_eq!(plain("192.0.2.1"), (1, 1));
        assert_eq!((by("192.0.2.2").sessions, by("192.0.2.2").protocols.get("TLS1.0")), (1, Some(&1)));
        assert_eq!((by("192.0.2.3").sessions, by("192.0.2.3").protocols.get(TLS_VERSION_NOT_LOGGED)), (1, Some(&1)));
        assert_eq!((by("192.0.2.4").sessions, by("192.0.2.4").tls_failures.values().sum::<u64>()), (1, 1));
        assert_eq!(plain("192.0.2.5"), (1, 1));
        assert_eq!(plain("192.0.2.6"), (1, 1));
        // The failed handshake, then the retry in clear.
        assert_eq!(plain("192.0.2.7"), (2, 1));
        assert_eq!(r.sessions, 8);
    }
}
