//! The page's side of the parsing pipeline: the worker bridge (respawned
//! after a crash), jobs with progress, cancel, drag-and-drop of files and
//! folders, and the views for progress and errors.

use crate::state::{Action, FileId, State, same_file, unique_names};
use crate::worker::{Input, JobEnd, JsCodec, Output, ParseWorker, Source, WARM_UP_JOB, run_job, split_transcripts};
use gloo::worker::{Spawnable, WorkerBridge};
use mailtriage_engine::census::{self, CensusReport};
use mailtriage_engine::i18n;
use mailtriage_engine::session::TranscriptRow;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Where trunk's loader shim for the worker bin is, relative to the page.
pub const WORKER_LOADER: &str = "./worker_loader.js";

/// Milliseconds since the page started.
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// A job: its id, the names of its inputs and their bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct JobInfo {
    pub job: u32,
    pub names: Vec<String>,
    pub total: f64,
}

/// What is being read: the running job and the jobs queued after it (files
/// picked while a job runs are read after it, in order, and shown as one
/// list with it: "file 3 of 21").
#[derive(Debug, Clone, PartialEq)]
pub struct Running {
    pub jobs: Vec<JobInfo>,
    /// Which of `jobs` is being read.
    pub current: usize,
    /// Bytes of the jobs before `current` (all read).
    pub before: f64,
    pub started: f64,
    /// `jobs[..cancel_upto]` are being cancelled (jobs added after the
    /// Cancel are read after them).
    pub cancel_upto: Option<usize>,
}

impl Running {
    fn new(jobs: Vec<JobInfo>, started: f64) -> Self {
        Self { jobs, current: 0, before: 0.0, started, cancel_upto: None }
    }

    /// The job being read.
    pub fn job(&self) -> u32 {
        self.jobs[self.current].job
    }

    /// Every input's name, in reading order.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        self.jobs.iter().flat_map(|j| j.names.iter())
    }

    pub fn files(&self) -> usize {
        self.jobs.iter().map(|j| j.names.len()).sum()
    }

    pub fn total(&self) -> f64 {
        self.jobs.iter().map(|j| j.total).sum()
    }

    /// The index (in [`Running::names`]) of job `i`'s first input.
    fn offset(&self, i: usize) -> usize {
        self.jobs[..i].iter().map(|j| j.names.len()).sum()
    }

    /// The input being read (index into [`Running::names`]) and the bytes
    /// read of all, from the latest progress tick.
    pub fn position(&self, tick: Option<ProgressTick>) -> (usize, f64, f64) {
        let base = self.offset(self.current);
        match tick {
            Some(t) if t.job == self.job() => (base + t.file as usize, self.before + t.done, t.at),
            _ => (base, self.before, self.started),
        }
    }

    /// The names queued after the job being read.
    pub fn queued(&self) -> Vec<&String> {
        self.jobs[self.current + 1..].iter().flat_map(|j| j.names.iter()).collect()
    }
}

/// How far the running job is. Kept by the [`Pipeline`] and drawn by
/// [`ProgressView`] alone: as state of the whole page, each tick (ten a
/// second) ran the whole page's view and its diff.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProgressTick {
    pub job: u32,
    /// The input being read (index into the job's inputs).
    pub file: u32,
    /// Bytes read of all the job's inputs.
    pub done: f64,
    /// When (ms since the page started).
    pub at: f64,
}

/// How the last reading ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    /// Inputs (all of them, also those not read when cancelled).
    pub files: usize,
    /// Bytes read, of `total`.
    pub bytes: f64,
    pub total: f64,
    pub millis: f64,
    pub cancelled: bool,
    /// When cancelled: the input being read then (index, name, whether it
    /// was opened: a Cancel seen between two inputs leaves it unopened and
    /// the one before it read in full).
    pub stopped_at: Option<(usize, String, bool)>,
    /// The only input was a paste too big for the box (it is no file).
    pub pasted: bool,
    /// Peak wasm memory of the reader (worker or page), bytes.
    pub memory: f64,
}

/// Progress and errors of the pipeline.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PipeState {
    pub running: Option<Running>,
    pub last: Option<Finished>,
    /// Errors to show: (message id, detail).
    pub errors: Vec<(&'static str, String)>,
    /// True when the page analyses on its own thread (no worker possible).
    pub local: bool,
    /// The TLS census of the protocol-log rows of every file read since the
    /// page opened or was cleared (each job's census goes on from the last).
    pub census: Option<Rc<CensusData>>,
    /// A job that census covers was cancelled: only what was read before
    /// the Cancel is in it.
    pub census_partial: bool,
    /// The census of the paste box (shown while no file gave one).
    pub paste_census: Option<Rc<CensusData>>,
    /// The worker has warmed up ([`Output::Ready`]).
    pub worker_ready: bool,
    /// Files picked again that were read whole already: read for their
    /// reports, not counted again by the census (see [`Pipeline::run`]);
    /// shown until the next files or a Clear.
    pub already_read: Vec<String>,
}

/// A census and the conversations of its kept sessions (still JS values:
/// only the one opened in the session viewer is decoded).
#[derive(Debug)]
pub struct CensusData {
    pub report: CensusReport,
    pub transcripts: JsValue,
}

impl PartialEq for CensusData {
    fn eq(&self, o: &Self) -> bool {
        std::ptr::eq(self, o)
    }
}

impl CensusData {
    /// The conversation of `kept_sessions[i]`.
    pub fn transcript(&self, i: usize) -> Vec<TranscriptRow> {
        let arr: &js_sys::Array = self.transcripts.unchecked_ref();
        arr.get(i as u32).as_string().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
    }

    /// The census of a paste analysed on the main thread (`None` when it has
    /// no protocol-log rows).
    pub fn of_text(name: &str, text: &str) -> Option<Self> {
        let report = census::census(name, text.as_bytes());
        (report.rows > 0).then(|| {
            let (report, transcripts) = split_transcripts(report);
            Self { report, transcripts }
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PipeAction {
    /// A job was sent: read now, or after the one running.
    Start(JobInfo),
    /// Cancel was pressed: the jobs sent so far are being cancelled.
    Cancel,
    Done(JobEnd),
    Error(&'static str, String),
    Crashed(String),
    /// The worker stopped answering (see [`WATCHDOG_MS`]).
    Silent,
    /// The worker has warmed up.
    WorkerReady,
    DismissErrors,
    Local,
    /// A census, and whether it is of a cancelled job (partial).
    Census(Rc<CensusData>, bool),
    PasteCensus(Option<Rc<CensusData>>),
    /// Clear: nothing read or being read is shown any more.
    Clear,
    /// Files picked again, read without the census (see [`Pipeline::run`]).
    AlreadyRead(Vec<String>),
}

impl Reducible for PipeState {
    type Action = PipeAction;

    fn reduce(self: Rc<Self>, action: PipeAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let t = now();
        match action {
            PipeAction::Start(info) => match &mut s.running {
                Some(r) => r.jobs.push(info),
                None => s.running = Some(Running::new(vec![info], t)),
            },
            PipeAction::AlreadyRead(names) => s.already_read = names,
            PipeAction::Cancel => {
                let Some(r) = &mut s.running else { return self };
                r.cancel_upto = Some(r.jobs.len());
            }
            PipeAction::Done(JobEnd { job, cancelled, memory, file, read, opened }) => {
                let Some(r) = s.running.as_mut().filter(|r| r.job() == job) else { return self };
                if cancelled {
                    let upto = r.cancel_upto.unwrap_or(r.jobs.len()).max(r.current + 1);
                    let index = r.offset(r.current) + file as usize;
                    let name = r.names().nth(index).cloned().unwrap_or_default();
                    let stopped = Running { jobs: r.jobs[..upto].to_vec(), ..r.clone() };
                    s.last = Some(Finished {
                        files: stopped.files(),
                        bytes: r.before + read,
                        total: stopped.total(),
                        millis: t - r.started,
                        cancelled: true,
                        stopped_at: Some((index, name, opened)),
                        pasted: false,
                        memory,
                    });
                    // Jobs sent after the Cancel are read next.
                    let rest = r.jobs[upto..].to_vec();
                    s.running = (!rest.is_empty()).then(|| Running::new(rest, t));
                } else {
                    r.before += r.jobs[r.current].total;
                    r.current += 1;
                    if r.current == r.jobs.len() {
                        s.last = Some(Finished {
                            files: r.files(),
                            bytes: r.total(),
                            total: r.total(),
                            millis: t - r.started,
                            cancelled: false,
                            stopped_at: None,
                            pasted: r.names().all(|n| n == crate::state::PASTE),
                            memory,
                        });
                        s.running = None;
                    }
                }
            }
            PipeAction::Error(id, detail) => s.errors.push((id, detail)),
            PipeAction::Crashed(detail) => {
                s.errors.push(("pipeline-crashed", detail));
                // What was being read is lost: no "cancelled" line, just the error.
                s.running = None;
                s.last = None;
            }
            PipeAction::Silent => {
                s.errors.push(("pipeline-silent", String::new()));
                s.running = None;
                s.last = None;
            }
            PipeAction::DismissErrors => s.errors.clear(),
            PipeAction::Local => s.local = true,
            PipeAction::WorkerReady => s.worker_ready = true,
            PipeAction::Census(c, partial) => {
                s.census = Some(c);
                s.census_partial = partial;
            }
            PipeAction::PasteCensus(c) => {
                if s.paste_census.is_none() && c.is_none() {
                    return self;
                }
                s.paste_census = c;
            }
            PipeAction::Clear => {
                s.running = None;
                s.last = None;
                s.errors.clear();
                s.census = None;
                s.census_partial = false;
                s.paste_census = None;
                s.already_read.clear();
            }
        }
        Rc::new(s)
    }
}

/// Jobs waiting to run on the page (no worker): id, inputs, whether the
/// census starts anew.
type LocalQueue = std::collections::VecDeque<(u32, Vec<Source>, bool)>;

/// Whether `o` is of a job a Clear threw away: nothing of it comes back
/// but its end (it is no longer running).
fn cleared_away(inner: &std::rc::Weak<Inner>, o: &Output) -> bool {
    match (o.job(), inner.upgrade()) {
        (Some(job), Some(p)) => job < p.cleared_below.get() && !matches!(o, Output::Done(_)),
        _ => false,
    }
}

struct Inner {
    bridge: RefCell<Option<WorkerBridge<ParseWorker>>>,
    local: bool,
    next_job: Cell<u32>,
    current: RefCell<HashSet<u32>>,
    cancelled: Rc<RefCell<HashSet<u32>>>,
    on_output: Rc<dyn Fn(Output)>,
    pipe: UseReducerDispatcher<PipeState>,
    /// When the worker last said anything (ms since page start).
    heard: Cell<f64>,
    /// Checks that a busy worker still talks (one that died without a
    /// panic — out of memory, a trap — never says so).
    watchdog: RefCell<Option<gloo::timers::callback::Interval>>,
    /// The latest progress, and who draws it.
    progress: Cell<Option<ProgressTick>>,
    watch: RefCell<Option<Callback<()>>>,
    /// The names inputs were given (reports are keyed by them), with the
    /// file each was: see [`unique_names`].
    names: RefCell<HashMap<String, FileId>>,
    /// The names whose final report came without a Cancel: read whole.
    read_whole: RefCell<HashSet<String>>,
    /// What a Clear threw away: answers about jobs below this are dropped.
    cleared_below: Cell<u32>,
    /// The next job's census starts anew (none was sent since the page
    /// opened or was cleared).
    census_fresh: Cell<bool>,
    /// Without a worker: the jobs waiting, run one after another as the
    /// worker runs them.
    local_queue: Rc<RefCell<LocalQueue>>,
    local_busy: Rc<Cell<bool>>,
    /// Final reports not applied yet, and whether a task to apply them is set.
    pending: RefCell<Vec<Rc<mailtriage_engine::InputReport>>>,
    flush_set: Cell<bool>,
    /// When `pending` was last applied (ms since page start).
    flushed_at: Cell<f64>,
    /// Counts Cancels and Clears: files whose sizes were still being read
    /// (see [`Pipeline::run_picked`]) when one came are not read.
    stops: Cell<u32>,
}

/// Runs `f` in a task of its own (a 0 ms timer), after the tasks asked for
/// before it. A forgotten `gloo` `Timeout` does the same but never frees its
/// closure: one per worker answer, 3.6 MB of the page's heap per 20 000
/// inputs, kept after a Clear (QA, heap snapshot). The future's timer is
/// dropped once it has run.
fn later(f: impl FnOnce() + 'static) {
    later_by(0, f);
}

/// [`later`], in a timer of `ms` milliseconds.
fn later_by(ms: u32, f: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        gloo::timers::future::TimeoutFuture::new(ms).await;
        f();
    });
}

/// Final reports are applied at most this often while they stream in: each
/// application redraws the page, whose views grow with the reports, and a
/// folder of 3 000 small files applied one or two at a time spent 6 s of the
/// page's main thread on it (measured in a trace) for 2 s of the worker's.
const FLUSH_EVERY_MS: f64 = 100.0;

/// A busy worker silent this long is taken for dead and replaced.
pub const WATCHDOG_MS: f64 = 30_000.0;

/// Handle to the pipeline (cheap to clone, equal to itself only).
#[derive(Clone)]
pub struct Pipeline(Rc<Inner>);

impl PartialEq for Pipeline {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

/// True where a worker cannot be started from a script file (`file://`,
/// the single-file build).
fn worker_unavailable() -> bool {
    let Some(w) = web_sys::window() else { return true };
    let file = w.location().protocol().map(|p| p == "file:").unwrap_or(true);
    let single =
        w.document().and_then(|d| d.query_selector("meta[name=mailtriage-single-file]").ok().flatten()).is_some();
    file || single || js_sys::Reflect::get(&w, &JsValue::from_str("Worker")).map(|v| v.is_undefined()).unwrap_or(true)
}

impl Pipeline {
    fn new(state: UseReducerDispatcher<State>, pipe: UseReducerDispatcher<PipeState>) -> Self {
        let local = worker_unavailable();
        if local {
            pipe.dispatch(PipeAction::Local);
        }
        Self(Rc::new_cyclic(|weak: &std::rc::Weak<Inner>| {
            let weak = weak.clone();
            let pipe2 = pipe.clone();
            let heard_by = weak.clone();
            let (weak_flush, weak_pending, state_flush) = (weak.clone(), weak.clone(), state.clone());
            let handle_in_order = move |o: Output| match o {
                Output::Progress { job, file, done } => {
                    if let Some(p) = weak.upgrade() {
                        p.progress.set(Some(ProgressTick { job, file, done, at: now() }));
                        if let Some(cb) = p.watch.borrow().as_ref() {
                            cb.emit(());
                        }
                    }
                }
                // Final reports go through `pending` (see `handle`).
                Output::Reports { .. } => {}
                // A partial report.
                Output::Report { report, job, .. } => {
                    state.dispatch(Action::Report(Rc::new(*report)));
                    // Told once this task has drawn it (Yew renders before
                    // the next task): the worker waits for it.
                    let answer = weak.clone();
                    later(move || {
                        if let Some(p) = answer.upgrade() {
                            if let Some(b) = p.bridge.borrow().as_ref() {
                                b.send(Input::Drawn { job });
                            }
                        }
                    });
                }
                Output::Census { report, transcripts, partial, .. } => {
                    pipe2.dispatch(PipeAction::Census(Rc::new(CensusData { report: *report, transcripts }), partial))
                }
                Output::Failed { name, message, .. } => {
                    pipe2.dispatch(PipeAction::Error(read_error_id(&message), format!("{name}: {message}")))
                }
                Output::Done(end) => {
                    if let Some(p) = weak.upgrade() {
                        p.current.borrow_mut().remove(&end.job);
                    }
                    pipe2.dispatch(PipeAction::Done(end))
                }
                Output::Ready => pipe2.dispatch(PipeAction::WorkerReady),
                Output::Panicked { message } => {
                    pipe2.dispatch(PipeAction::Crashed(message));
                    // Not from inside the bridge's own callback: later.
                    let weak = weak.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Some(p) = weak.upgrade() {
                            Pipeline(p).respawn();
                        }
                    });
                }
            };
            // Final reports wait in `pending` for one task that applies all
            // that came meanwhile (see `Action::Reports`); any other output
            // but progress applies them first, so outputs keep their order.
            let flush = {
                let (weak, state) = (weak_flush.clone(), state_flush);
                move || {
                    if let Some(p) = weak.upgrade() {
                        p.flush_set.set(false);
                        p.flushed_at.set(now());
                        let batch = std::mem::take(&mut *p.pending.borrow_mut());
                        if !batch.is_empty() {
                            state.dispatch(Action::Reports(batch));
                        }
                    }
                }
            };
            let flush_later = flush.clone();
            let hold = move |reports: Vec<mailtriage_engine::InputReport>| {
                if let Some(p) = weak_pending.upgrade() {
                    p.read_whole.borrow_mut().extend(
                        reports
                            .iter()
                            .filter(|r| !r.notes.iter().any(|n| matches!(n, mailtriage_engine::Note::Cancelled)))
                            .map(|r| r.path.clone()),
                    );
                    p.pending.borrow_mut().extend(reports.into_iter().map(Rc::new));
                    if !p.flush_set.replace(true) {
                        // The first soon, later ones with those that come
                        // meanwhile (see [`FLUSH_EVERY_MS`]).
                        let wait = (p.flushed_at.get() + FLUSH_EVERY_MS - now()).clamp(0.0, FLUSH_EVERY_MS);
                        later_by(wait as u32, flush_later.clone());
                    }
                }
            };
            let handle = Rc::new(move |o: Output| match o {
                // Final reports: batched by the worker, one by one without it.
                Output::Reports { reports, .. } => hold(reports),
                Output::Report { report, partial: false, .. } => hold(vec![*report]),
                // Progress is drawn apart from the reports: it need not wait
                // for them (applying them at every file's end was a redraw of
                // the page per file).
                o @ Output::Progress { .. } => handle_in_order(o),
                o => {
                    flush();
                    handle_in_order(o)
                }
            });
            let on_output: Rc<dyn Fn(Output)> = Rc::new(move |o: Output| {
                if let Some(p) = heard_by.upgrade() {
                    p.heard.set(now());
                }
                // The worker's warm-up job answers too, so that decoding
                // answers is warm as well; nothing of it is shown.
                if o.job() == Some(WARM_UP_JOB) {
                    return;
                }
                if cleared_away(&heard_by, &o) {
                    return;
                }
                // Applied in a task of its own: decoding a big snapshot (this
                // task) and redrawing the page for it (that one) together can
                // block the page past 50 ms. Timers of one delay run in the
                // order they were set, so outputs keep their order.
                // Asked again when it is applied: a Clear in between (its
                // timer was set before the Clear) throws it away too (QA
                // round 48: a cleared drop's reports came back).
                let (handle, heard_by) = (handle.clone(), heard_by.clone());
                later(move || {
                    if !cleared_away(&heard_by, &o) {
                        handle(o)
                    }
                });
            });
            Inner {
                bridge: RefCell::new(None),
                local,
                next_job: Cell::new(1),
                current: RefCell::default(),
                cancelled: Rc::default(),
                on_output,
                pipe,
                heard: Cell::new(0.0),
                watchdog: RefCell::new(None),
                progress: Cell::new(None),
                watch: RefCell::new(None),
                names: RefCell::default(),
                read_whole: RefCell::default(),
                cleared_below: Cell::new(0),
                census_fresh: Cell::new(true),
                local_queue: Rc::default(),
                local_busy: Rc::default(),
                pending: RefCell::default(),
                flush_set: Cell::new(false),
                flushed_at: Cell::new(f64::NEG_INFINITY),
                stops: Cell::new(0),
            }
        }))
    }

    fn spawn(&self) -> WorkerBridge<ParseWorker> {
        let cb = self.0.on_output.clone();
        ParseWorker::spawner().callback(move |o| cb(o)).encoding::<JsCodec>().spawn_with_loader(WORKER_LOADER)
    }

    /// Starts the worker ahead of the first job: its script, wasm and
    /// knowledge-base automata load while the user picks files, instead of
    /// inside the first job's time (and CPU, on a two-core machine).
    fn start_worker(&self) {
        if !self.0.local && self.0.bridge.borrow().is_none() {
            *self.0.bridge.borrow_mut() = Some(self.spawn());
        }
    }

    /// Drops the (dead) worker and starts a fresh one.
    fn respawn(&self) {
        self.0.current.borrow_mut().clear();
        let old = self.0.bridge.borrow_mut().take();
        drop(old);
        *self.0.bridge.borrow_mut() = Some(self.spawn());
    }

    /// Reads `sources` in the background; returns the job id. An input
    /// named like an earlier, different one is renamed (`queue.txt (2)`),
    /// so that neither report replaces the other. A file picked again (same
    /// name, size and date) that was read whole is read for its report
    /// only: the census, which goes on from file to file, counted it
    /// already, and counted each connection of a Postfix or Exim log twice
    /// (the page says so; the CLI leaves such copies out as well). A Clear
    /// forgets what was read.
    pub fn run(&self, mut sources: Vec<Source>) -> u32 {
        let mut again = Vec::new();
        {
            let (names, whole) = (self.0.names.borrow(), self.0.read_whole.borrow());
            for s in &mut sources {
                if s.name != crate::state::PASTE
                    && same_file(&names, &s.name, file_id(&s.blob))
                    && whole.contains(&s.name)
                {
                    s.no_census = true;
                    again.push(s.name.clone());
                }
            }
        }
        // Each pick replaces the line (an empty list takes it away).
        self.0.pipe.dispatch(PipeAction::AlreadyRead(again));
        let wanted = sources.iter().map(|s| (s.name.clone(), file_id(&s.blob))).collect();
        let names = unique_names(&mut self.0.names.borrow_mut(), wanted);
        for (s, name) in sources.iter_mut().zip(names) {
            s.name = name;
        }
        let job = self.0.next_job.get();
        self.0.next_job.set(job + 1);
        let names = sources.iter().map(|s| s.name.clone()).collect();
        let total = sources.iter().map(|s| s.blob.size()).sum();
        self.0.pipe.dispatch(PipeAction::Start(JobInfo { job, names, total }));
        self.0.current.borrow_mut().insert(job);
        let fresh = self.0.census_fresh.replace(false);
        if self.0.local {
            // One job at a time, in order, as in the worker.
            self.0.local_queue.borrow_mut().push_back((job, sources, fresh));
            if !self.0.local_busy.replace(true) {
                let (queue, busy) = (self.0.local_queue.clone(), self.0.local_busy.clone());
                let cancelled = self.0.cancelled.clone();
                let emit = self.0.on_output.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    loop {
                        let next = queue.borrow_mut().pop_front();
                        let Some((job, sources, fresh)) = next else { break };
                        let is_cancelled = || cancelled.borrow().contains(&job);
                        run_job(job, sources, fresh, false, &is_cancelled, &|o| emit(o), None).await;
                    }
                    busy.set(false);
                });
            }
        } else {
            self.start_worker();
            self.0.heard.set(now());
            self.start_watchdog();
            if let Some(b) = self.0.bridge.borrow().as_ref() {
                b.send(Input::Run { job, sources, fresh });
            }
        }
        job
    }

    /// [`Pipeline::run`] for files just picked or dropped, once their sizes
    /// are read (see [`stat_in_slices`]); not if Cancel or Clear was
    /// pressed meanwhile.
    pub async fn run_picked(&self, sources: Vec<Source>) {
        let stops = self.0.stops.get();
        stat_in_slices(&sources).await;
        if self.0.stops.get() == stops && !sources.is_empty() {
            self.run(sources);
        }
    }

    fn start_watchdog(&self) {
        if self.0.watchdog.borrow().is_some() {
            return;
        }
        let weak = Rc::downgrade(&self.0);
        let timer = gloo::timers::callback::Interval::new(2_000, move || {
            let Some(p) = weak.upgrade() else { return };
            if p.current.borrow().is_empty() || now() - p.heard.get() < WATCHDOG_MS {
                return;
            }
            p.pipe.dispatch(PipeAction::Silent);
            p.heard.set(now());
            Pipeline(p).respawn();
        });
        *self.0.watchdog.borrow_mut() = Some(timer);
    }

    /// Cancels every job running or queued.
    pub fn cancel(&self) {
        self.0.stops.set(self.0.stops.get() + 1);
        self.0.pipe.dispatch(PipeAction::Cancel);
        self.cancel_jobs();
    }

    /// Clear: cancels every job, and nothing they read comes back.
    pub fn clear(&self) {
        self.0.stops.set(self.0.stops.get() + 1);
        self.cancel_jobs();
        self.0.cleared_below.set(self.0.next_job.get());
        self.0.census_fresh.set(true);
        self.0.names.borrow_mut().clear();
        self.0.read_whole.borrow_mut().clear();
        // Reports that came before the Clear but are not applied yet.
        self.0.pending.borrow_mut().clear();
        self.0.pipe.dispatch(PipeAction::Clear);
    }

    fn cancel_jobs(&self) {
        let jobs: Vec<u32> = self.0.current.borrow().iter().copied().collect();
        for job in jobs {
            self.0.cancelled.borrow_mut().insert(job);
            if let Some(b) = self.0.bridge.borrow().as_ref() {
                b.send(Input::Cancel { job });
            }
        }
    }

    pub fn is_local(&self) -> bool {
        self.0.local
    }

    /// The latest progress of any job.
    pub fn progress(&self) -> Option<ProgressTick> {
        self.0.progress.get()
    }

    /// Who is told of each progress tick (one watcher: the progress view,
    /// which reads it with [`Pipeline::progress`]).
    pub fn watch_progress(&self, cb: Option<Callback<()>>) {
        *self.0.watch.borrow_mut() = cb;
    }
}

/// The pipeline of this page and its progress state.
#[hook]
pub fn use_pipeline(state: &UseReducerHandle<State>) -> (Pipeline, UseReducerHandle<PipeState>) {
    let pipe = use_reducer(PipeState::default);
    let dispatcher = state.dispatcher();
    let pipe_dispatcher = pipe.dispatcher();
    let pipeline = use_memo((), move |_| Pipeline::new(dispatcher, pipe_dispatcher));
    {
        // After the first render, so the page draws before the worker loads.
        let pipeline = (*pipeline).clone();
        use_effect_with((), move |_| pipeline.start_worker());
    }
    ((*pipeline).clone(), pipe)
}

/// The localised sentence for a file that could not be read (the engine's
/// technical message, in English, is shown after it).
pub fn read_error_id(message: &str) -> &'static str {
    if message.starts_with("gzip:") {
        "pipeline-error-gzip"
    } else if message.starts_with("zip:") {
        "pipeline-error-zip"
    } else {
        "pipeline-read-error"
    }
}

/// What tells a file from another of the same name (see [`unique_names`]).
fn file_id(blob: &web_sys::Blob) -> FileId {
    blob.dyn_ref::<web_sys::File>().map(|f| (f.size(), f.last_modified()))
}

/// How long sizes are read in one task at most (ms): Chromium looks up a
/// picked file's size and time on the disk the first time either is read
/// (0.17 ms a file here, twice that in a trace), in the task that reads it,
/// and posting a file to the worker reads them. A folder of 3 000 files
/// blocked the page for half a second on it; [`stat_in_slices`] spreads it
/// over tasks.
const STAT_SLICE_MS: f64 = 20.0;

/// Reads each file's size once, in tasks of [`STAT_SLICE_MS`], so that
/// [`Pipeline::run`] (the progress total, the names, the post to the
/// worker) finds them known.
async fn stat_in_slices(sources: &[Source]) {
    let mut start = now();
    for (i, s) in sources.iter().enumerate() {
        let _ = s.blob.size();
        if i % 8 == 7 && now() - start > STAT_SLICE_MS {
            gloo::timers::future::TimeoutFuture::new(0).await;
            start = now();
        }
    }
}

/// A `Source` per file, named by its path inside a picked folder if any.
pub fn sources_from_list(list: &web_sys::FileList) -> Vec<Source> {
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|f| {
            let rel = js_sys::Reflect::get(&f, &JsValue::from_str("webkitRelativePath"))
                .ok()
                .and_then(|v| v.as_string())
                .filter(|s| !s.is_empty());
            Source::new(rel.unwrap_or_else(|| f.name()), f.into())
        })
        .collect()
}

/// What a drop carried: entries (files or folders) where the browser gives
/// them, plain files otherwise. Must be called during the drop event.
pub fn drop_items(dt: &web_sys::DataTransfer) -> (Vec<web_sys::FileSystemEntry>, Vec<web_sys::File>) {
    let mut entries = Vec::new();
    let mut files = Vec::new();
    let items = dt.items();
    for i in 0..items.length() {
        let Some(item) = items.get(i) else { continue };
        if item.kind() != "file" {
            continue;
        }
        match item.webkit_get_as_entry() {
            Ok(Some(e)) => entries.push(e),
            _ => {
                if let Ok(Some(f)) = item.get_as_file() {
                    files.push(f);
                }
            }
        }
    }
    if entries.is_empty() && files.is_empty() {
        if let Some(list) = dt.files() {
            files.extend((0..list.length()).filter_map(|i| list.get(i)));
        }
    }
    (entries, files)
}

/// Walks dropped entries (folders recursively) into sources.
pub async fn walk_entries(entries: Vec<web_sys::FileSystemEntry>) -> Vec<Source> {
    let mut out = Vec::new();
    let mut stack = entries;
    stack.reverse();
    while let Some(e) = stack.pop() {
        let path = e.full_path().trim_start_matches('/').to_string();
        if e.is_file() {
            let fe: web_sys::FileSystemFileEntry = e.unchecked_into();
            let p = js_sys::Promise::new(&mut |ok, err| fe.file_with_callback_and_callback(&ok, &err));
            if let Ok(f) = JsFuture::from(p).await {
                let name = if path.is_empty() { f.unchecked_ref::<web_sys::File>().name() } else { path };
                out.push(Source::new(name, f.unchecked_into()));
            }
        } else if e.is_directory() {
            let de: web_sys::FileSystemDirectoryEntry = e.unchecked_into();
            let reader = de.create_reader();
            let mut children = Vec::new();
            // readEntries returns a batch at a time until it returns none.
            loop {
                let p = js_sys::Promise::new(&mut |ok, err| {
                    let _ = reader.read_entries_with_callback_and_callback(&ok, &err);
                });
                let Ok(batch) = JsFuture::from(p).await else { break };
                let batch: js_sys::Array = batch.unchecked_into();
                if batch.length() == 0 {
                    break;
                }
                children.extend(batch.iter().map(|v| v.unchecked_into::<web_sys::FileSystemEntry>()));
            }
            children.sort_by_key(|c| c.name());
            stack.extend(children.into_iter().rev());
        }
    }
    out
}

/// Names listed in the "queued" line at most (the rest are counted).
const QUEUED_SHOWN: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub pipe: PipeState,
    pub pipeline: Pipeline,
    pub lang: &'static str,
    pub on_cancel: Callback<()>,
    pub on_dismiss: Callback<()>,
    /// Whether the results view has drawn every report: the outcome line
    /// (`progress-done`) waits for it, so it never speaks of results not
    /// yet on the page.
    #[prop_or(true)]
    pub reports_drawn: bool,
}

/// Progress bar with speed and time left, cancel button, errors.
#[function_component(ProgressView)]
pub fn progress_view(p: &ProgressProps) -> Html {
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let redraw = use_force_update();
    use_effect_with(p.pipeline.clone(), move |pipeline| {
        pipeline.watch_progress(Some(Callback::from(move |()| redraw.force_update())));
        let pipeline = pipeline.clone();
        move || pipeline.watch_progress(None)
    });
    // Keyboard focus on Cancel is not dropped to the page when the box goes
    // (Cancel pressed, or the job ended): it moves to the status line.
    let status = use_node_ref();
    let cancel_focused = use_mut_ref(|| false);
    {
        let (status, cancel_focused) = (status.clone(), cancel_focused.clone());
        use_effect_with(p.pipe.running.is_some(), move |running| {
            if !*running && std::mem::take(&mut *cancel_focused.borrow_mut()) {
                let lost = web_sys::window()
                    .and_then(|w| w.document())
                    .is_none_or(|d| d.active_element().is_none_or(|e| d.body().is_some_and(|b| e == *b)));
                if lost {
                    if let Some(el) = status.cast::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    let running = p.pipe.running.as_ref().map(|r| {
        let (file, done, at) = r.position(p.pipeline.progress());
        let total = r.total();
        let secs = (at - r.started) / 1000.0;
        // A rate (and a time left) only once something was read: before
        // that, "estimating".
        let rate = (done > 0.0 && secs > 0.05).then(|| done / secs);
        let sizes = [("done", crate::text::size(lang, done)), ("total", crate::text::size(lang, total))];
        let stats = match rate {
            Some(rate) => {
                let left = crate::text::time_left(lang, (total - done).max(0.0) / rate);
                let rate = crate::text::rate(lang, rate);
                crate::text::tr(lang, "pipeline-rate", &[], &[("done", &sizes[0].1), ("total", &sizes[1].1),
                    ("rate", &rate), ("left", &left)])
            }
            None => crate::text::tr(lang, "pipeline-estimating", &[], &[("done", &sizes[0].1), ("total", &sizes[1].1)]),
        };
        let name = r.names().nth(file).cloned().unwrap_or_default();
        let queued = r.queued();
        let queued_line = (!queued.is_empty()).then(|| {
            let mut shown: Vec<&str> = queued.iter().take(QUEUED_SHOWN).map(|s| s.as_str()).collect();
            if queued.len() > QUEUED_SHOWN {
                shown.push("…");
            }
            html! {
                <p class="progress-queued" data-testid="progress-queued" data-count={queued.len().to_string()}>
                    { i18n::text_n(lang, "pipeline-queued", &[("count", queued.len() as i64)]) }{" "}
                    <code>{ shown.join(", ") }</code>
                </p>
            }
        });
        let cancel = p.on_cancel.reform(|_: MouseEvent| ());
        let (on_focus, on_blur) = {
            let (a, b) = (cancel_focused.clone(), cancel_focused.clone());
            (
                Callback::from(move |_: FocusEvent| *a.borrow_mut() = true),
                // Focus moved elsewhere (not: the button went away with it).
                Callback::from(move |e: FocusEvent| {
                    if e.related_target().is_some() {
                        *b.borrow_mut() = false;
                    }
                }),
            )
        };
        html! {
            <div class="progress" data-testid="progress-box">
                <div class="progress-head">
                    <span>{ i18n::text_n(lang, "pipeline-reading", &[("index", file as i64 + 1), ("files", r.files() as i64)]) }</span>
                    <code class="progress-file">{ name }</code>
                </div>
                <progress data-testid="progress" max={total.max(1.0).to_string()} value={done.to_string()}
                    aria-label={t("pipeline-progress-label")} />
                <div class="progress-stats" data-testid="progress-stats">{ stats }</div>
                <>{ for queued_line }</>
                <button type="button" data-testid="cancel" onclick={cancel} onfocus={on_focus} onblur={on_blur}>{ t("pipeline-cancel") }</button>
            </div>
        }
    });
    let last = match (&p.pipe.running, &p.pipe.last) {
        (None, Some(f)) if p.reports_drawn => {
            let secs = f.millis / 1000.0;
            let size = crate::text::size(lang, f.bytes);
            let text = match &f.stopped_at {
                Some((index, name, opened)) => {
                    // Cut part-way, or stopped before it was opened (the
                    // files before it read in full: QA round 13).
                    let key = if *opened { "pipeline-cancelled" } else { "pipeline-cancelled-before" };
                    let mut text = crate::text::tr(
                        lang,
                        key,
                        &[("index", *index as i64 + 1), ("files", f.files as i64)],
                        &[("name", name), ("read", &size), ("total", &crate::text::size(lang, f.total))],
                    );
                    let unread = f.files.saturating_sub(index + usize::from(*opened));
                    if unread > 0 {
                        text.push(' ');
                        text.push_str(&i18n::text_n(lang, "pipeline-cancelled-unread", &[("count", unread as i64)]));
                    }
                    text
                }
                None => {
                    let time = crate::text::duration(lang, secs);
                    if f.pasted {
                        // A paste is no file (QA round 13: "1 file read").
                        crate::text::tr(lang, "pipeline-done-paste", &[], &[("size", &size), ("time", &time)])
                    } else if secs >= 1.0 {
                        let rate = crate::text::rate(lang, f.bytes / secs);
                        crate::text::tr(
                            lang,
                            "pipeline-done",
                            &[("files", f.files as i64)],
                            &[("size", &size), ("time", &time), ("rate", &rate)],
                        )
                    } else {
                        crate::text::tr(
                            lang,
                            "pipeline-done-quick",
                            &[("files", f.files as i64)],
                            &[("size", &size), ("time", &time)],
                        )
                    }
                }
            };
            html! {
                <p class="progress-done" data-testid="progress-done" data-cancelled={f.cancelled.to_string()}
                    data-bytes={f.bytes.to_string()} data-millis={f.millis.round().to_string()} data-wasm-memory={f.memory.to_string()}>
                    { text }
                </p>
            }
        }
        // The job is over, its reports are still being drawn (a few per
        // task): said, so the page does not look idle (QA round 48).
        (None, Some(_)) => {
            html! { <p class="progress-drawing" data-testid="progress-drawing">{ t("pipeline-drawing") }</p> }
        }
        _ => html! {},
    };
    let errors = if p.pipe.errors.is_empty() {
        html! {}
    } else {
        // The alert goes with its button: keyboard focus moves to the status
        // line instead of falling to the page (QA round 55).
        let dismiss = {
            let (on_dismiss, status) = (p.on_dismiss.clone(), status.clone());
            Callback::from(move |_: MouseEvent| {
                on_dismiss.emit(());
                if let Some(el) = status.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            })
        };
        html! {
            <div class="pipeline-error" role="alert" data-testid="error">
                { for p.pipe.errors.iter().map(|(id, detail)| html! {
                    <p data-error={*id}>{ t(id) }
                        if !detail.is_empty() { <br/><span class="detail" lang="en"><code>{ detail.clone() }</code></span> }
                    </p>
                }) }
                <button type="button" onclick={dismiss}>{ t("pipeline-dismiss") }</button>
            </div>
        }
    };
    // A hook for tests and benchmarks: pick files once the worker is warm.
    let ready = p.pipe.worker_ready.then(|| html! { <span hidden=true data-testid="worker-ready"></span> });
    // The outcome is announced to screen readers, the running figures are not:
    // a live region over a box redrawn ten times a second would announce every
    // tick (the progress element itself tells its value when asked). The
    // region is always there, so the outcome is a change inside it; the
    // optional parts are lists of their own so that none of them coming or
    // going replaces the region (see `steps`).
    // The status line takes the focus when the progress box goes from under it.
    let already = (!p.pipe.already_read.is_empty()).then(|| {
        let names = &p.pipe.already_read;
        html! {
            <p class="progress-done" data-testid="already-read" data-count={names.len().to_string()}>
                { i18n::text_n(lang, "pipeline-already-read", &[("count", names.len() as i64)]) }{" "}
                <code>{ names.join(", ") }</code>
            </p>
        }
    });
    html! { <><>{ for running }</><div class="status" aria-live="polite" tabindex="-1" data-testid="status" ref={status}>{ last }<>{ for already }</></div>{ errors }<>{ for ready }</></> }
}
