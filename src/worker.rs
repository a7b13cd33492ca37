//! The parsing pipeline: a gloo Web Worker that streams files (in
//! `Blob.slice`s, never read whole) through the engine's [`Analyzer`], and
//! the same loop run on the main thread with yields where a worker cannot be
//! started (the single-file build opened from `file://`).
//!
//! Messages go through [`JsCodec`] (serde-wasm-bindgen), so `Blob`s and
//! `File`s travel as themselves (structured clone), not as bytes.

use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use js_sys::Uint8Array;
use mailtriage_engine::archive::{self, Container};
use mailtriage_engine::census::{Census, CensusReport};
use mailtriage_engine::synth::{self, Piece};
use mailtriage_engine::{Analyzer, InputReport};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Bytes the worker's engine takes at a time (copied into wasm memory; the
/// worker checks for a cancel and reports progress between them).
pub const WORKER_SLICE: usize = 4 << 20;
/// Bytes per `Blob.slice` read by the slice reader ([`READER_SCRIPT`]):
/// Chromium pays a fixed cost per read, and reading a 1 GB file alone in a
/// worker took 2.0–2.3 s of the browser's CPU in 16 MiB slices against
/// 2.8–3.2 s in 4 MiB ones (README, Performance). A multiple of
/// [`WORKER_SLICE`], which the engine takes out of each in turn.
pub const READ_SLICE: usize = 4 * WORKER_SLICE;
/// Compressed bytes of a gzip slice decompressed at a time (see [`TURN_MS`]).
const GZIP_PIECE: usize = 256 << 10;
/// While a slice of gzip is decompressed, the event loop takes a turn (a
/// Cancel message gets in) at most this often: each turn is a timer, 4 ms
/// or more in a worker.
const TURN_MS: f64 = 100.0;
/// Bytes per slice on the main thread (each slice must stay well under 50 ms).
pub const MAIN_SLICE: usize = 256 << 10;
/// A big single input sends a partial report every this many bytes.
pub const SNAPSHOT_EVERY: u64 = 32 << 20;
/// …and at most one a second: each is a whole report to copy to the page and
/// draw there, which grows with the findings; on a fast read a snapshot per
/// 32 MiB would keep the page busy with redraws nobody can read.
pub const SNAPSHOT_MIN_MS: f64 = 1000.0;
/// Progress messages at most this often: each redraws the page, and one per
/// 4 MiB slice (some 50 a second) kept the page's main thread busy for a
/// quarter of a core, which the parsing worker needs on a two-core machine.
/// Not one at every file's end either: a folder of 3 000 small files sent
/// 3 000 (the job's end is told by `Output::Done`).
pub const PROGRESS_MIN_MS: f64 = 100.0;
/// A file with this name makes the worker panic on purpose: the only way to
/// test the crash recovery end to end, since the engine itself is fuzzed.
pub const SELFTEST_PANIC: &str = "mailtriage-selftest-panic.txt";
/// A file with this name makes the worker hang (never answer again): the
/// test of the page's watchdog.
pub const SELFTEST_HANG: &str = "mailtriage-selftest-hang.txt";

/// One input: a file (or the paste, as a Blob) and the name it is shown by.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub blob: web_sys::Blob,
    /// Read for its report only: the census, which goes on from job to
    /// job, counted it already (the same file picked again, see
    /// `Pipeline::run`).
    #[serde(default)]
    pub no_census: bool,
}

impl Source {
    pub fn new(name: impl Into<String>, blob: web_sys::Blob) -> Self {
        Source { name: name.into(), blob, no_census: false }
    }
}

impl PartialEq for Source {
    fn eq(&self, o: &Self) -> bool {
        self.name == o.name && JsValue::from(&self.blob) == JsValue::from(&o.blob) && self.no_census == o.no_census
    }
}

/// What the page asks of the worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Input {
    Run {
        job: u32,
        sources: Vec<Source>,
        /// The census starts anew (the page's first job, or its first after
        /// a Clear); otherwise it goes on from the jobs before, so a second
        /// pick of files adds to the census of the first.
        fresh: bool,
    },
    Cancel {
        job: u32,
    },
    /// The page has drawn one more partial report of `job` (see [`Drawn`]).
    Drawn {
        job: u32,
    },
}

/// What the worker tells the page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Output {
    /// `done` bytes of all the job's inputs have been read; `file` is the one being read.
    Progress { job: u32, file: u32, done: f64 },
    /// A report: final for that file, or `partial` while a big file is read.
    Report {
        job: u32,
        file: u32,
        partial: bool,
        #[serde(with = "as_json")]
        report: Box<InputReport>,
    },
    /// Final reports, in order: the worker sends them together (see
    /// [`ReportBatch`]).
    Reports {
        job: u32,
        #[serde(with = "as_json")]
        reports: Vec<InputReport>,
    },
    /// The TLS census of the protocol logs of this job and of the jobs
    /// before it since the census was fresh (see [`Input::Run`]), sent when
    /// it has log rows. `transcripts[i]` is the conversation of
    /// `kept_sessions[i]`.
    Census {
        job: u32,
        /// A job it covers was cancelled: only what was read before the
        /// Cancel is in it.
        partial: bool,
        #[serde(with = "as_json")]
        report: Box<CensusReport>,
        #[serde(with = "serde_wasm_bindgen::preserve")]
        transcripts: JsValue,
    },
    /// A file could not be read.
    Failed { job: u32, file: u32, name: String, message: String },
    /// The job ended (all files read, or cancelled).
    Done(JobEnd),
    /// The worker panicked; it closes itself and the page starts a new one.
    Panicked { message: String },
    /// The worker has warmed up (see [`warm_up_sources`]): a job sent now
    /// runs at full speed from its first slice.
    Ready,
}

/// How a job ended, as the worker tells it and the page's progress takes it
/// (`PipeAction::Done`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct JobEnd {
    pub job: u32,
    /// All its files read, or not (Cancel).
    pub cancelled: bool,
    /// Bytes of wasm memory of whoever read it (it only grows, so this is
    /// the peak).
    pub memory: f64,
    /// The input being read when it ended, and the bytes read of all.
    pub file: u32,
    pub read: f64,
    /// Whether input `file` was begun: a Cancel seen between two inputs
    /// leaves the one before it read in full and this one unopened.
    #[serde(default)]
    pub opened: bool,
}

impl Output {
    /// The job it is about (`None` for what is about the worker itself).
    pub fn job(&self) -> Option<u32> {
        match self {
            Output::Progress { job, .. }
            | Output::Report { job, .. }
            | Output::Reports { job, .. }
            | Output::Census { job, .. }
            | Output::Failed { job, .. }
            | Output::Done(JobEnd { job, .. }) => Some(*job),
            Output::Panicked { .. } | Output::Ready => None,
        }
    }
}

/// Big values cross as one JSON string: decoding a string in wasm is much
/// cheaper for the page than walking thousands of small JS objects.
mod as_json {
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::DeserializeOwned};

    pub fn serialize<T: Serialize, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&serde_json::to_string(v).map_err(serde::ser::Error::custom)?)
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        let text = String::deserialize(d)?;
        serde_json::from_str(&text).map_err(serde::de::Error::custom)
    }
}

/// serde-wasm-bindgen both ways: JS objects keep `Blob`s by reference.
pub struct JsCodec;

impl Codec for JsCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let ser = serde_wasm_bindgen::Serializer::new().serialize_large_number_types_as_bigints(false);
        input.serialize(&ser).unwrap_or_else(|e| wasm_bindgen::throw_str(&format!("worker message: {e}")))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        serde_wasm_bindgen::from_value(input)
            .unwrap_or_else(|e| wasm_bindgen::throw_str(&format!("worker message: {e}")))
    }
}

/// Reads `blob[start..end]` into `buf` (reused between slices).
async fn read_slice(blob: &web_sys::Blob, start: f64, end: f64, buf: &mut Vec<u8>) -> Result<(), String> {
    finish_read(start_read(blob, start, end)?, buf).await
}

/// Asks the browser for `blob[start..end]`; it reads while we go on.
fn start_read(blob: &web_sys::Blob, start: f64, end: f64) -> Result<JsFuture, String> {
    // A whole file is read without a slice of it: making one costs the
    // worker a round trip to the browser (0.2 ms a file, a third of the time
    // for a folder of small files, in a CPU profile).
    if start == 0.0 && end >= blob.size() {
        return Ok(JsFuture::from(blob.array_buffer()));
    }
    let part = blob.slice_with_f64_and_f64(start, end).map_err(js_err)?;
    Ok(JsFuture::from(part.array_buffer()))
}

/// Waits for a read from [`start_read`] and copies it into `buf`.
async fn finish_read(read: JsFuture, buf: &mut Vec<u8>) -> Result<(), String> {
    copy_into(&read.await.map_err(js_err)?, buf);
    Ok(())
}

/// Copies a read slice (an `ArrayBuffer`) into `buf`, reused between slices.
fn copy_into(slice: &JsValue, buf: &mut Vec<u8>) {
    let arr = Uint8Array::new(slice);
    buf.resize(arr.length() as usize, 0);
    arr.copy_to(&mut buf[..]);
}

fn js_err(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The script of the parsing worker's slice reader (`www/reader.js`),
/// relative to the worker's own script, so any sub-path works.
pub const READER_SCRIPT: &str = "./reader.js";
/// Slices the reader may have in flight or ready before the parser takes
/// them (32 MiB at most, beside the one the engine is taking its pieces
/// from): overlapping reads are what let Chromium deliver a file faster than
/// one read at a time does (see `www/reader.js`).
const READ_AHEAD: u32 = 2;

/// A file read by a worker of its own ([`READER_SCRIPT`]) while this one
/// parses. `None` from [`SliceReader::start`] or an error from
/// [`SliceReader::next`] (no worker here, the script did not load, the read
/// failed) sends the caller back to reading the `Blob` itself.
struct SliceReader {
    worker: web_sys::Worker,
    state: Rc<RefCell<ReaderState>>,
    /// The slice the engine's pieces are being copied from, and how far.
    current: RefCell<Option<(Uint8Array, u32)>>,
    _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

#[derive(Default)]
struct ReaderState {
    /// Slices (or an error text) in arrival order.
    queue: VecDeque<Result<js_sys::ArrayBuffer, String>>,
    waker: Option<std::task::Waker>,
}

impl ReaderState {
    fn push(&mut self, item: Result<js_sys::ArrayBuffer, String>) {
        self.queue.push_back(item);
        if let Some(w) = self.waker.take() {
            w.wake();
        }
    }
}

impl SliceReader {
    /// Starts reading `blob[start..end]` in slices of `slice` bytes.
    fn start(blob: &web_sys::Blob, start: f64, end: f64, slice: usize) -> Option<Self> {
        use wasm_bindgen::closure::Closure;
        let worker = web_sys::Worker::new(READER_SCRIPT).ok()?;
        let state = Rc::new(RefCell::new(ReaderState::default()));
        let st = Rc::clone(&state);
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
            let item = match get("buf").dyn_into::<js_sys::ArrayBuffer>() {
                Ok(buf) => Ok(buf),
                Err(_) => Err(get("error").as_string().unwrap_or_else(|| "reader: unexpected message".to_string())),
            };
            st.borrow_mut().push(item);
        });
        let st = Rc::clone(&state);
        let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            st.borrow_mut().push(Err(format!("reader: {}", e.message())));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let msg = js_sys::Object::new();
        for (k, v) in [
            ("blob", JsValue::from(blob.clone())),
            ("start", start.into()),
            ("end", end.into()),
            ("slice", (slice as f64).into()),
            ("ahead", f64::from(READ_AHEAD).into()),
        ] {
            js_sys::Reflect::set(&msg, &JsValue::from_str(k), &v).ok()?;
        }
        worker.post_message(&msg).ok()?;
        Some(Self { worker, state, current: RefCell::new(None), _on_message: on_message, _on_error: on_error })
    }

    /// The next `want` bytes of the file, copied into `buf` from the slices
    /// as they arrive; each slice taken asks the reader for one more.
    async fn next(&self, buf: &mut Vec<u8>, want: usize) -> Result<(), String> {
        // Sized once (zeroing only what it grows by), then filled in place.
        buf.resize(want, 0);
        let mut filled = 0;
        while filled < want {
            let exhausted = self.current.borrow().as_ref().is_none_or(|(a, at)| *at >= a.length());
            if exhausted {
                let item = std::future::poll_fn(|cx| {
                    let mut st = self.state.borrow_mut();
                    match st.queue.pop_front() {
                        Some(item) => std::task::Poll::Ready(item),
                        None => {
                            st.waker = Some(cx.waker().clone());
                            std::task::Poll::Pending
                        }
                    }
                })
                .await?;
                let arr = Uint8Array::new(&item);
                if arr.length() == 0 {
                    return Err("reader: an empty slice".to_string());
                }
                *self.current.borrow_mut() = Some((arr, 0));
                let more = js_sys::Object::new();
                js_sys::Reflect::set(&more, &JsValue::from_str("more"), &JsValue::from_f64(1.0)).map_err(js_err)?;
                self.worker.post_message(&more).map_err(js_err)?;
            }
            let mut current = self.current.borrow_mut();
            // Set just above when the last one ran out; were it not, this
            // reports an error (the caller then reads the Blob itself)
            // rather than going round again.
            let Some((arr, at)) = current.as_mut() else { return Err("reader: no slice".to_string()) };
            let n = (want - filled).min((arr.length() - *at) as usize);
            arr.subarray(*at, *at + n as u32).copy_to(&mut buf[filled..filled + n]);
            filled += n;
            *at += n as u32;
        }
        Ok(())
    }
}

impl Drop for SliceReader {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// Size of this wasm instance's linear memory.
pub fn wasm_memory() -> f64 {
    let mem: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    mem.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64
}

/// Longest the worker waits after a partial report for the page to say it
/// has drawn it (a hidden tab's timers run once a second at most, and an
/// answer lost with a replaced worker must not stall the next one).
pub const DRAWN_WAIT_MS: u32 = 40;

/// The page's answers to the partial reports of the running job. After
/// sending one, the worker waits for its answer (at most [`DRAWN_WAIT_MS`])
/// before it parses on: drawing a report takes the page a few ms of CPU, but
/// with the worker, its reader and the browser's IO threads sharing two
/// cores the page got a fifth of one and its tasks ran 3–7 times as long.
#[derive(Default)]
pub struct Drawn {
    job: Cell<u32>,
    count: Cell<u32>,
    waker: RefCell<Option<std::task::Waker>>,
}

impl Drawn {
    /// A new job: answers about earlier ones no longer count.
    pub fn start(&self, job: u32) {
        self.job.set(job);
        self.count.set(0);
    }

    /// The page drew a partial report of `job`.
    pub fn heard(&self, job: u32) {
        if job == self.job.get() {
            self.count.set(self.count.get() + 1);
        }
        self.wake();
    }

    fn wake(&self) {
        if let Some(w) = self.waker.take() {
            w.wake();
        }
    }

    /// Until the page has drawn `n` partial reports of the job (true), or
    /// [`DRAWN_WAIT_MS`] have passed (false).
    pub async fn wait(self: &Rc<Self>, n: u32) -> bool {
        let timed_out = Rc::new(Cell::new(false));
        let _timer = {
            let (timed_out, me) = (timed_out.clone(), self.clone());
            gloo::timers::callback::Timeout::new(DRAWN_WAIT_MS, move || {
                timed_out.set(true);
                me.wake();
            })
        };
        std::future::poll_fn(|cx| {
            if self.count.get() >= n {
                std::task::Poll::Ready(true)
            } else if timed_out.get() {
                std::task::Poll::Ready(false)
            } else {
                *self.waker.borrow_mut() = Some(cx.waker().clone());
                std::task::Poll::Pending
            }
        })
        .await
    }
}

/// Lets the event loop run (so a Cancel message or a repaint gets in).
async fn yield_now() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Largest zip read into memory where `FileReaderSync` is not available
/// (the main-thread fallback); in the worker zips are read by seeking.
pub const MAX_ZIP_IN_MEMORY: f64 = 512.0 * 1024.0 * 1024.0;

/// Everything one job feeds: one [`Analyzer`] per input (archive members
/// are inputs of their own).
struct Feeder<'a> {
    job: u32,
    file: u32,
    emit: &'a dyn Fn(Output),
    an: Option<Analyzer>,
    next_snapshot: u64,
    /// When the last snapshot was sent (`Date.now()`).
    last_snapshot: f64,
    /// The job's TLS census: the analyser of each input feeds it the lines
    /// it frames (one framing for both).
    census: Option<Census>,
    /// Partial reports sent so far.
    partials: u32,
    /// A job before this one that the census goes on from was cancelled.
    partial_before: bool,
    /// Tars among the inputs are read as their files, and zips inside a
    /// stream (a `.zip.gz`, a zip in a tar) as theirs (see `Unpack`).
    unpack: Option<archive::Unpack>,
    /// The source being read is not fed to the census ([`Source::no_census`]).
    no_census: bool,
}

/// The census the jobs since the last fresh one have built, and whether a
/// Cancel cut any of them: kept between jobs on the thread that reads them
/// (the worker's, or the page's when it has no worker).
struct Carried {
    census: Census,
    partial: bool,
}

thread_local! {
    static CARRIED: RefCell<Option<Carried>> = const { RefCell::new(None) };
}

impl Feeder<'_> {
    /// A file (or a member of a zip read here) begins: `written`, when its
    /// archive stored a time for it.
    fn begin(&mut self, name: &str, written: Option<i64>) {
        self.route(archive::Event::Begin(name, written));
    }

    fn feed(&mut self, bytes: &[u8]) {
        self.route(archive::Event::Chunk(bytes));
    }

    /// Ends the input with the problem its container reported, if any.
    fn end_with(&mut self, problem: Option<String>) {
        self.route(archive::Event::End(problem));
    }

    fn end(&mut self) {
        self.end_with(None);
    }

    /// An input's events through the unpacker (tars, zips in a stream), to the analysers.
    fn route(&mut self, e: archive::Event<'_>) {
        let mut unpack = self.unpack.take().unwrap_or_else(|| archive::Unpack::new("/"));
        unpack.event(e, &mut |e| self.input(e));
        self.unpack = Some(unpack);
    }

    fn input(&mut self, e: archive::Event<'_>) {
        match e {
            archive::Event::Begin(name, written) => self.input_begin(name, written),
            archive::Event::Chunk(bytes) => self.input_feed(bytes),
            archive::Event::End(problem) => self.input_end(problem),
        }
    }

    /// An input begins, last written at `written` (Unix seconds), if known:
    /// a file's own last-modified time, or the time an archive stored for its
    /// member (see `archive::Event::Begin`), which dates its stamps that have
    /// no year ([`Analyzer::written_at`]).
    fn input_begin(&mut self, name: &str, written: Option<i64>) {
        self.input_end(None);
        let mut an = if self.no_census {
            Analyzer::new(name)
        } else {
            Analyzer::with_census(name, self.census.take().unwrap_or_default())
        };
        if let Some(secs) = written {
            an.written_at(secs);
        }
        self.an = Some(an);
        self.next_snapshot = SNAPSHOT_EVERY;
    }

    fn input_feed(&mut self, bytes: &[u8]) {
        let Some(an) = self.an.as_mut() else { return };
        an.feed(bytes);
        if an.bytes() >= self.next_snapshot {
            self.next_snapshot = an.bytes() + SNAPSHOT_EVERY;
            let now = js_sys::Date::now();
            if now - self.last_snapshot < SNAPSHOT_MIN_MS {
                return;
            }
            self.last_snapshot = now;
            if let Some(report) = snapshot(an) {
                (self.emit)(Output::Report { job: self.job, file: self.file, partial: true, report: Box::new(report) });
                self.partials += 1;
            }
        }
    }

    /// Ends the input being read, if any of it was (a Cancel before its
    /// first slice leaves no report).
    fn end_read(&mut self) {
        if let Some(mut unpack) = self.unpack.take() {
            unpack.stop(&mut |e| self.input(e));
            self.unpack = Some(unpack);
        }
        if self.an.as_ref().is_some_and(|an| an.bytes() > 0) {
            self.input_end_as(None, true);
        } else if let Some(an) = self.an.take() {
            // An input read without the census gives none back: the job's stays.
            self.census = an.finish_with_census().1.or(self.census.take());
        }
    }

    fn input_end(&mut self, problem: Option<String>) {
        self.input_end_as(problem, false);
    }

    /// Ends the input being read; `cancelled`: a Cancel cut it, and its
    /// report says so (the status that named it is gone at the next pick).
    fn input_end_as(&mut self, problem: Option<String>, cancelled: bool) {
        if let Some(an) = self.an.take() {
            let (mut report, census) = an.finish_with_census();
            self.census = census.or(self.census.take());
            if let Some(problem) = problem {
                report.add_archive_problem(problem);
            }
            if cancelled {
                report.notes.push(mailtriage_engine::report::Note::Cancelled);
            }
            (self.emit)(Output::Report { job: self.job, file: self.file, partial: false, report: Box::new(report) });
        }
    }
}

/// `Read + Seek` over a `Blob` with `FileReaderSync` (workers only), so a zip
/// is read member by member without loading it whole.
struct BlobReader<'a> {
    blob: &'a web_sys::Blob,
    reader: web_sys::FileReaderSync,
    pos: u64,
    size: u64,
    on_read: &'a dyn Fn(u64),
}

impl std::io::Read for BlobReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let end = (self.pos + out.len() as u64).min(self.size);
        if end <= self.pos {
            return Ok(0);
        }
        let io = |e: JsValue| std::io::Error::other(js_err(e));
        let part = self.blob.slice_with_f64_and_f64(self.pos as f64, end as f64).map_err(io)?;
        let ab = self.reader.read_as_array_buffer(&part).map_err(io)?;
        let arr = Uint8Array::new(&ab);
        let n = arr.length() as usize;
        arr.copy_to(&mut out[..n]);
        self.pos += n as u64;
        (self.on_read)(self.pos);
        Ok(n)
    }
}

impl std::io::Seek for BlobReader<'_> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let p = match to {
            std::io::SeekFrom::Start(p) => p as i64,
            std::io::SeekFrom::End(d) => self.size as i64 + d,
            std::io::SeekFrom::Current(d) => self.pos as i64 + d,
        };
        if p < 0 {
            return Err(std::io::Error::other("seek before start"));
        }
        self.pos = p as u64;
        Ok(self.pos)
    }
}

/// Streams every source of a job through the engine, telling `emit` as it
/// goes. `cancelled` is polled between slices. Shared by the worker and
/// the main-thread fallback (`in_worker == false`: small slices, a yield
/// after each, zips read into memory). `drawn`, in the worker: the page's
/// answers to partial reports, waited for before parsing on.
pub async fn run_job(
    job: u32,
    sources: Vec<Source>,
    fresh: bool,
    in_worker: bool,
    cancelled: &dyn Fn() -> bool,
    emit: &dyn Fn(Output),
    drawn: Option<&Rc<Drawn>>,
) {
    if let Some(d) = drawn {
        d.start(job);
    }
    if fresh {
        CARRIED.with(|c| c.borrow_mut().take());
    }
    if cancelled() {
        // Cancelled while it waited behind another job.
        emit(Output::Done(JobEnd { job, cancelled: true, memory: wasm_memory(), file: 0, read: 0.0, opened: false }));
        return;
    }
    let mut waited = 0;
    let slice = match (in_worker, job) {
        (false, _) => MAIN_SLICE,
        (true, WARM_UP_JOB) => WARM_UP_SLICE,
        (true, _) => WORKER_SLICE,
    };
    let last_progress = Cell::new(f64::NEG_INFINITY);
    let progress = |file: u32, done: f64| {
        let now = js_sys::Date::now();
        if now - last_progress.get() >= PROGRESS_MIN_MS {
            last_progress.set(now);
            emit(Output::Progress { job, file, done });
        }
    };
    let mut done = 0f64;
    let mut buf = Vec::with_capacity(slice);
    let mut feeder = Feeder {
        job,
        file: 0,
        emit,
        an: None,
        next_snapshot: SNAPSHOT_EVERY,
        last_snapshot: f64::NEG_INFINITY,
        census: None,
        partials: 0,
        partial_before: false,
        unpack: None,
        no_census: false,
    };
    // The warm-up's census is its own; a job's goes on from the carried one.
    let carried = if job == WARM_UP_JOB { None } else { CARRIED.with(|c| c.borrow_mut().take()) };
    // Read in order and never merged: see `lean_when_unsampled`.
    let (census, partial_before) =
        carried.map(|c| (c.census, c.partial)).unwrap_or_else(|| (Census::new().lean_when_unsampled(), false));
    feeder.census = Some(census);
    feeder.partial_before = partial_before;
    // The next file's first slice is asked for while this one is read: each
    // read waits for the browser (a folder of small files was a third idle).
    let head = |blob: &web_sys::Blob| start_read(blob, 0.0, blob.size().min(slice as f64));
    let blobs: Vec<web_sys::Blob> = sources.iter().map(|s| s.blob.clone()).collect();
    let mut next_head = blobs.first().map(head);
    // When the event loop last took a turn (see [`TURN_MS`]).
    let mut last_turn = js_sys::Date::now();
    for (i, src) in sources.into_iter().enumerate() {
        let file = i as u32;
        // A zip, or a zip inside a tar, is read in one go: a Cancel sent
        // meanwhile waits in the event loop. It gets in here before the next
        // file; without this turn it was never seen (the next file's first
        // read is one read ahead, already there) and the job went on (QA).
        if in_worker && js_sys::Date::now() - last_turn >= TURN_MS {
            yield_now().await;
            last_turn = js_sys::Date::now();
        }
        if cancelled() {
            return end_job(job, file, done, Ended::Before, &mut feeder, emit);
        }
        let this_head = next_head.take();
        next_head = blobs.get(i + 1).map(head);
        if src.name == SELFTEST_PANIC {
            panic!("self-test panic requested by a file named {SELFTEST_PANIC}");
        }
        if src.name == SELFTEST_HANG && in_worker {
            let start = js_sys::Date::now();
            // Busy for a minute (the page replaces the worker after 30 s).
            while js_sys::Date::now() - start < 60_000.0 {
                std::hint::spin_loop();
            }
        }
        let size = src.blob.size();
        feeder.file = file;
        feeder.no_census = src.no_census;
        let fail = |message: String| emit(Output::Failed { job, file, name: src.name.clone(), message });
        // The first bytes tell the container.
        let head_end = size.min(slice as f64);
        let read = match this_head {
            Some(Ok(read)) => finish_read(read, &mut buf).await,
            _ => read_slice(&src.blob, 0.0, head_end, &mut buf).await,
        };
        if let Err(e) = read {
            fail(e);
            done += size;
            continue;
        }
        match archive::sniff(&buf) {
            Container::Zip => {
                let base = done;
                let r = if in_worker {
                    match web_sys::FileReaderSync::new() {
                        Ok(reader) => {
                            let on_read = |p: u64| progress(file, base + p as f64);
                            let rd =
                                BlobReader { blob: &src.blob, reader, pos: 0, size: size as u64, on_read: &on_read };
                            // Buffered: the zip reader asks for many small pieces,
                            // and seeks to each member (see `SeekBuf`).
                            zip_members(&src.name, archive::SeekBuf::new(1 << 20, rd), &mut feeder)
                        }
                        Err(e) => Err(js_err(e)),
                    }
                } else if size > MAX_ZIP_IN_MEMORY {
                    Err("zip: too large to open without a worker".to_string())
                } else {
                    let mut all = Vec::with_capacity(size as usize);
                    let mut pos = 0f64;
                    let mut r = Ok(());
                    while pos < size && r.is_ok() {
                        let end = (pos + slice as f64).min(size);
                        r = read_slice(&src.blob, pos, end, &mut buf).await;
                        all.extend_from_slice(&buf);
                        pos = end;
                        progress(file, base + pos);
                        yield_now().await;
                    }
                    r.and_then(|()| zip_members(&src.name, std::io::Cursor::new(all), &mut feeder))
                };
                feeder.end();
                done = base + size;
                if let Err(e) = r {
                    fail(e);
                }
                if cancelled() {
                    return end_job(job, file, done, Ended::Cut, &mut feeder, emit);
                }
                continue;
            }
            Container::Gzip | Container::Plain => {}
        }
        let mut gunzip = (archive::sniff(&buf) == Container::Gzip).then(archive::Gunzip::new);
        let gzip = gunzip.is_some();
        feeder.begin(&src.name, file_written(&src.blob));
        let mut pos = 0f64;
        let mut first = true;
        let mut error = None;
        let mut pending: Option<JsFuture> = None;
        // In the worker, a reader worker of its own reads ahead while the
        // engine works (see [`SliceReader`]); elsewhere, or if it fails, the
        // Blob is read here, one slice ahead.
        let mut reader =
            (in_worker && head_end < size).then(|| SliceReader::start(&src.blob, head_end, size, READ_SLICE)).flatten();
        while pos < size {
            if cancelled() {
                return end_job(job, file, done, Ended::Cut, &mut feeder, emit);
            }
            let end = (pos + slice as f64).min(size);
            if !first {
                let from_reader = match &reader {
                    Some(r) => r.next(&mut buf, (end - pos) as usize).await.is_ok(),
                    None => false,
                };
                if !from_reader {
                    reader = None;
                    let read = match pending.take() {
                        Some(read) => Ok(read),
                        None => start_read(&src.blob, pos, end),
                    };
                    if let Err(e) = match read {
                        Ok(read) => finish_read(read, &mut buf).await,
                        Err(e) => Err(e),
                    } {
                        error = Some(e);
                        break;
                    }
                }
            }
            first = false;
            // Without a reader worker, the next slice is read by the browser
            // while the engine works on this one (one slice ahead: memory
            // stays bounded).
            if end < size && reader.is_none() {
                pending = start_read(&src.blob, end, (end + slice as f64).min(size)).ok();
            }
            match &mut gunzip {
                Some(g) => {
                    // A slice of gzip can decompress to hundreds of MB (a 7 MB
                    // slice to 2 GB, QA): it is fed in pieces, and between them
                    // the event loop takes a turn now and then, so a Cancel is
                    // seen within about a tenth of a second, not at the slice's end.
                    for (k, piece) in buf.chunks(GZIP_PIECE).enumerate() {
                        if let Err(e) = g.feed(piece, &mut |out| feeder.feed(out)) {
                            error = Some(e);
                            break;
                        }
                        if in_worker && js_sys::Date::now() - last_turn >= TURN_MS {
                            let read = done + (k * GZIP_PIECE + piece.len()) as f64;
                            progress(file, read);
                            yield_now().await;
                            last_turn = js_sys::Date::now();
                            if cancelled() {
                                // What was read of it counts (the status said
                                // "after 0 B" of a .gz cut in its first slice).
                                return end_job(job, file, read, Ended::Cut, &mut feeder, emit);
                            }
                        }
                    }
                    if error.is_some() {
                        break;
                    }
                }
                None => feeder.feed(&buf),
            }
            if let Some(d) = drawn.filter(|_| feeder.partials > waited) {
                waited = feeder.partials;
                // Unanswered (a hidden tab, a lost answer): parse on anyway.
                let _answered = d.wait(waited).await;
            }
            done += end - pos;
            pos = end;
            progress(file, done);
            if !in_worker {
                yield_now().await;
            }
        }
        // No Cancel is looked for here: the file was read to its end, and a
        // Cancel seen now would mark its complete report as cut (QA); the
        // next file's loop sees it before reading anything.
        if let (Some(g), None) = (gunzip, &error) {
            if let Err(e) = g.finish(&mut |out| feeder.feed(out)) {
                error = Some(e);
            }
        }
        done += size - pos;
        // A damaged .gz says so in its report too, as in the CLI's (a file
        // that could not be read is only in the banner).
        feeder.end_with(error.clone().filter(|_| gzip));
        if let Some(e) = error {
            fail(e);
        }
    }
    let files = feeder.file;
    end_job(job, files, done, Ended::Done, &mut feeder, emit);
}

/// Ends a job: the input being read gets its report of what was read, the
/// census of what was read so far is sent (marked partial when this job or
/// one it goes on from was cancelled: a Cancel keeps what was read, census
/// included), then `Done`.
/// How a job ended: read to its end, or cancelled part-way through input
/// `file`, or cancelled before input `file` was opened.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ended {
    Done,
    Cut,
    Before,
}

fn end_job(job: u32, file: u32, read: f64, ended: Ended, feeder: &mut Feeder<'_>, emit: &dyn Fn(Output)) {
    let cancelled = ended != Ended::Done;
    if cancelled {
        feeder.end_read();
    } else {
        feeder.end();
    }
    let census = feeder.census.take().unwrap_or_default();
    let partial = cancelled || feeder.partial_before;
    let report = if job == WARM_UP_JOB {
        census.finish()
    } else {
        // Kept for the next job: its files add to this census.
        let report = census.report_so_far();
        CARRIED.with(|c| *c.borrow_mut() = Some(Carried { census, partial }));
        report
    };
    if report.rows > 0 {
        let (report, transcripts) = split_transcripts(report);
        emit(Output::Census { job, partial, report: Box::new(report), transcripts });
    }
    emit(Output::Done(JobEnd { job, cancelled, memory: wasm_memory(), file, read, opened: ended != Ended::Before }));
}

/// Takes the conversations out of the kept sessions, as one JS array of
/// JSON strings (one per session, same order), so the page decodes only
/// the one opened.
pub fn split_transcripts(mut report: CensusReport) -> (CensusReport, JsValue) {
    let all = js_sys::Array::new();
    for s in &mut report.kept_sessions {
        let t = std::mem::take(&mut s.transcript);
        all.push(&JsValue::from_str(&serde_json::to_string(&t).unwrap_or_default()));
    }
    (report, all.into())
}

/// A picked or dropped file's last-modified time in Unix seconds (`None`
/// for pasted text, a sample, or a time the browser does not give).
fn file_written(blob: &web_sys::Blob) -> Option<i64> {
    let ms = blob.dyn_ref::<web_sys::File>()?.last_modified();
    ms.is_finite().then(|| (ms / 1000.0).floor() as i64)
}

/// A report of what was read so far.
fn snapshot(an: &Analyzer) -> Option<InputReport> {
    let mut report = an.snapshot();
    crate::findings::keep_shown_evidence(&mut report);
    Some(report)
}

/// Every member of a zip as an input named `archive.zip/member`, each
/// ending with its own problem as a note, if it had one (an encrypted or
/// BZip2 member, a cut gzip member), as the CLI's do: such a member's
/// report said "the input is empty".
fn zip_members<R: std::io::Read + std::io::Seek>(name: &str, rd: R, feeder: &mut Feeder<'_>) -> Result<(), String> {
    // A zip that cannot be opened is an input with its problem too (made so
    // by `zip_inputs`), and the banner names it.
    let problems = archive::zip_inputs(rd, name, "/", &mut |e| match e {
        archive::Event::Begin(input, written) => feeder.begin(input, written),
        archive::Event::Chunk(chunk) => feeder.feed(chunk),
        archive::Event::End(problem) => feeder.end_with(problem),
    })?;
    if problems.is_empty() { Ok(()) } else { Err(problems.join("; ")) }
}

/// A job waiting in the worker: who asked, its id, its inputs, whether its
/// census starts anew. The warm-up job ([`WARM_UP_JOB`]) has no one to answer.
type QueuedJob = (Option<HandlerId>, u32, Vec<Source>, bool);

/// The gloo worker: a queue of jobs run one after another.
pub struct ParseWorker(Shared);

/// What the worker and the task that runs its jobs share.
#[derive(Clone, Default)]
struct Shared {
    queue: Rc<RefCell<VecDeque<QueuedJob>>>,
    cancelled: Rc<RefCell<HashSet<u32>>>,
    busy: Rc<Cell<bool>>,
    drawn: Rc<Drawn>,
    /// Who is told [`Output::Ready`], and whether it has been said.
    handlers: Rc<RefCell<Vec<HandlerId>>>,
    ready: Rc<Cell<bool>>,
}

thread_local! {
    /// Where the panic hook reports to.
    static PANIC_TO: RefCell<Option<(WorkerScope<ParseWorker>, HandlerId)>> = const { RefCell::new(None) };
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        PANIC_TO.with(|p| {
            if let Ok(p) = p.try_borrow() {
                if let Some((scope, id)) = p.as_ref() {
                    scope.respond(*id, Output::Panicked { message });
                }
            }
        });
        // The wasm instance is unusable after the abort that follows: stop.
        if let Ok(g) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() {
            g.close();
        }
    }));
}

/// What runs the queued jobs, apart from the worker so a task can own it.
struct Runner {
    shared: Shared,
    scope: WorkerScope<ParseWorker>,
}

/// Final reports held for one message: sent one by one, a folder of 3 000
/// small files was 3 000 messages for the page to take, decode and apply in
/// tasks of their own. Any other output sends them first, so the order
/// stays; so does a full batch, or one this old when a report comes.
#[derive(Default)]
struct ReportBatch {
    held: RefCell<Vec<InputReport>>,
    /// When the first held report came (ms, `Date.now`).
    since: Cell<f64>,
}

const BATCH_MAX: usize = 64;
const BATCH_MS: f64 = 50.0;

impl ReportBatch {
    fn emit(&self, o: Output, send: &dyn Fn(Output)) {
        match o {
            Output::Report { job, partial: false, report, .. } => {
                let now = js_sys::Date::now();
                let mut held = self.held.borrow_mut();
                if held.is_empty() {
                    self.since.set(now);
                }
                held.push(*report);
                if held.len() >= BATCH_MAX || now - self.since.get() >= BATCH_MS {
                    let reports = std::mem::take(&mut *held);
                    drop(held);
                    send(Output::Reports { job, reports });
                }
            }
            o => {
                let reports = std::mem::take(&mut *self.held.borrow_mut());
                if let (false, Some(job)) = (reports.is_empty(), o.job()) {
                    send(Output::Reports { job, reports });
                }
                send(o);
            }
        }
    }
}

impl ParseWorker {
    fn runner(&self, scope: &WorkerScope<Self>) -> Runner {
        Runner { shared: self.0.clone(), scope: scope.clone() }
    }
}

impl Runner {
    /// Runs queued jobs one after another until none is left. The warm-up
    /// job goes through the same calls as a real one (only its answers go
    /// nowhere, and any job that arrives ends it): the browser's optimised
    /// code is then built for the calls every job makes, instead of being
    /// thrown away and rebuilt for the first real job.
    async fn drain(self) {
        loop {
            let next = self.shared.queue.borrow_mut().pop_front();
            let Some((id, job, sources, fresh)) = next else { break };
            let is_cancelled = || {
                self.shared.cancelled.borrow().contains(&job)
                    || (job == WARM_UP_JOB && !self.shared.queue.borrow().is_empty())
            };
            // The warm-up's answers go to the page like any job's (the
            // page drops them): encoding and posting them, and decoding them
            // there, is part of what a job runs.
            // (The page may connect after the warm-up has started.)
            let send = |o: Output| match id.or_else(|| self.shared.handlers.borrow().first().copied()) {
                Some(to) => self.scope.respond(to, o),
                None => drop(JsCodec::encode(o)),
            };
            let batch = ReportBatch::default();
            let emit = |o: Output| batch.emit(o, &send);
            // The page draws none of the warm-up's reports: nothing to wait for.
            let drawn = (job != WARM_UP_JOB).then_some(&self.shared.drawn);
            run_job(job, sources, fresh, true, &is_cancelled, &emit, drawn).await;
            self.shared.cancelled.borrow_mut().remove(&job);
            if job == WARM_UP_JOB {
                self.say_ready();
            }
        }
        self.shared.busy.set(false);
    }

    /// Tells every connected page that the worker is warm (once).
    fn say_ready(&self) {
        if !self.shared.ready.replace(true) {
            for id in self.shared.handlers.borrow().iter() {
                self.scope.respond(*id, Output::Ready);
            }
        }
    }
}

/// Bytes of the warm-up run: two files of a few slices each, so every step
/// of a job's loop (the slice reader's too) runs many times.
const WARM_UP_BYTES: u64 = 3 * WORKER_SLICE as u64;

/// Bytes per slice of the warm-up job: the browser recompiles a function
/// once it has run enough of its own code, and much of a job's loop runs
/// once per slice; in 4 MiB slices the warm-up's dozen MiB ran it a few
/// times, and whether it was recompiled there or in the first real job
/// depended on how the compiler had laid it out.
const WARM_UP_SLICE: usize = 64 << 10;

/// Text handed to JS at a time while the warm-up logs are generated: they
/// never sit whole in wasm memory (which never shrinks).
const WARM_UP_PIECE: usize = 256 << 10;

/// The warm-up job's id: the page numbers its jobs from 1.
pub const WARM_UP_JOB: u32 = 0;

/// The input of the warm-up job, run as soon as the worker starts: a Send
/// and a Receive log from the engine's generator ([`synth`]), as a real
/// server writes them. Browsers first run wasm through a quick baseline
/// compiler and recompile each function that turns out hot with the
/// optimising one, on other threads: in the first job that was about a
/// hundred recompiles and half a second of CPU (traced; README,
/// Performance), taken from the job on a two-core machine. Run while the
/// page waits for files, it is paid there. The warm-up used to repeat the
/// built-in sample logs: a handful of sessions, the same ones each time, so
/// sessions were hardly ever closed and counted, and the biggest function
/// of a job's loop was still recompiled in the first real job (some 0.3 s
/// of CPU by itself).
fn warm_up_sources() -> Option<Vec<Source>> {
    /// The generated files, as the JS strings each Blob is made of.
    #[derive(Default)]
    struct Files {
        files: Vec<(String, js_sys::Array)>,
        open: [Option<usize>; 2],
        text: [String; 2],
    }
    impl Files {
        fn flush(&mut self, log: usize) {
            if let Some(i) = self.open[log] {
                if !self.text[log].is_empty() {
                    self.files[i].1.push(&JsValue::from_str(&self.text[log]));
                    self.text[log].clear();
                }
            }
        }
    }
    let mut f = Files::default();
    let Ok(_truth) = synth::generate::<std::convert::Infallible>(WARM_UP_BYTES, 64 << 20, 0x5EED, &mut |piece| {
        match piece {
            Piece::Begin { log, name } => {
                f.flush(log);
                f.open[log] = Some(f.files.len());
                f.files.push((name.to_string(), js_sys::Array::new()));
            }
            Piece::Text { log, text } => {
                f.text[log].push_str(text);
                if f.text[log].len() >= WARM_UP_PIECE {
                    f.flush(log);
                }
            }
        }
        Ok(())
    });
    f.flush(0);
    f.flush(1);
    f.files
        .into_iter()
        .map(|(name, parts)| Some(Source::new(name, web_sys::Blob::new_with_str_sequence(&parts).ok()?)))
        .collect()
}

impl Worker for ParseWorker {
    type Message = ();
    type Input = Input;
    type Output = Output;

    fn create(scope: &WorkerScope<Self>) -> Self {
        install_panic_hook();
        // Busy from the start: jobs wait for the warm-up.
        let worker = Self(Shared { busy: Rc::new(Cell::new(true)), ..Shared::default() });
        // While the page waits for files: a warm-up job (see
        // [`warm_up_sources`]); jobs that arrive meanwhile
        // wait in the queue, and one arriving cuts the warm-up short.
        let runner = worker.runner(scope);
        wasm_bindgen_futures::spawn_local(async move {
            match warm_up_sources() {
                Some(sources) if runner.shared.queue.borrow().is_empty() => {
                    runner.shared.queue.borrow_mut().push_back((None, WARM_UP_JOB, sources, false));
                }
                _ => runner.say_ready(),
            }
            runner.drain().await;
        });
        worker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn connected(&mut self, scope: &WorkerScope<Self>, id: HandlerId) {
        PANIC_TO.with(|p| *p.borrow_mut() = Some((scope.clone(), id)));
        self.0.handlers.borrow_mut().push(id);
        if self.0.ready.get() {
            scope.respond(id, Output::Ready);
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Input, id: HandlerId) {
        match msg {
            Input::Cancel { job } => {
                self.0.cancelled.borrow_mut().insert(job);
            }
            Input::Drawn { job } => self.0.drawn.heard(job),
            Input::Run { job, sources, fresh } => {
                self.0.queue.borrow_mut().push_back((Some(id), job, sources, fresh));
                if self.0.busy.replace(true) {
                    return;
                }
                let runner = self.runner(scope);
                wasm_bindgen_futures::spawn_local(async move { runner.drain().await });
            }
        }
    }
}
