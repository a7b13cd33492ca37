//! `mailtriage`: the engine on the command line.
//!
//! Exit codes: 0 nothing found, 1 findings (for `census`: a legacy protocol,
//! a TLS failure or a STARTTLS refusal, or any finding), 2 error (unreadable
//! path, bad arguments).

use clap::{Parser, Subcommand, ValueEnum};
use mailtriage_engine::census::{self, Census, CensusReport};
use mailtriage_engine::{Analyzer, InputReport, export, i18n, kb};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64};

/// Sessions and endpoints make many small, short-lived strings; glibc's
/// allocator spent about a tenth of a census in `malloc`/`free`.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod digest;
mod eval;
mod input;
mod ordered;
mod synth;

#[derive(Parser)]
#[command(
    name = "mailtriage",
    version,
    about = "Explain SMTP bounces, Exchange queue errors and protocol logs: cause and fix"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct Common {
    /// Files or folders (walked recursively; `.gz`, `.zip`, `.tar` and `.tar.gz` are opened, also inside each other); `-` reads standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of the human-readable output (en, vi, zh-CN, lt, ru, ro).
    #[arg(long, default_value = "en")]
    lang: String,
    /// Files processed at once (default: one per core).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Never show the progress bar (it shows on a terminal for inputs over 32 MB).
    #[arg(long)]
    no_progress: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Find every error in bounces, queue errors, protocol logs and syslogs, with cause and fix.
    Triage {
        #[command(flatten)]
        common: Common,
    },
    /// TLS census of protocol logs and MTA syslogs: per remote IP and direction, sessions by TLS
    /// version, TLS failures, STARTTLS refusals.
    Census {
        #[command(flatten)]
        common: Common,
        /// Include the kept sample of sessions (with transcripts) in JSON output.
        #[arg(long)]
        sessions: bool,
    },
    /// Write synthetic Exchange protocol logs (hourly SEND/RECV files) and their census ground truth.
    Synth {
        /// Output folder (created).
        #[arg(long)]
        out: PathBuf,
        /// Total size to write, e.g. 64M, 1G.
        #[arg(long, default_value = "64M")]
        size: String,
        /// Size of one hourly file before the clock moves to the next hour, e.g. 32M.
        #[arg(long, default_value = "32M")]
        file_size: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Compare triage results with a labelled corpus (`EXPECTED.tsv` in Sisimai's
    /// set-of-emails layout) and print agreement per column.
    EvalCorpus {
        /// Folder holding EXPECTED.tsv (e.g. ../shared/corpus/sisimai).
        dir: PathBuf,
        /// Print every disagreement.
        #[arg(long)]
        verbose: bool,
    },
    /// Print a file a fix step refers to (`enable-tls12.reg`, `Test-Tls12Config.ps1`), by its
    /// id as the text report names it: `mailtriage artifact tls12-reg > enable-tls12.reg`.
    Artifact {
        /// The file's id (`tls12-reg`, `tls12-check-ps1`).
        id: String,
    },
    /// List the knowledge-base rules.
    Rules {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// A human-readable report.
    Text,
    /// One JSON document (the documented contract).
    Json,
    /// One JSON object per line (a finding, or a census endpoint).
    Ndjson,
    /// RFC 4180 CSV.
    Csv,
    /// A Markdown report.
    Md,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        // An archive that could not be read to the end is an error (2), after
        // everything read before the damage has been printed.
        Ok((_, true)) => ExitCode::from(2),
        Ok((found, false)) => ExitCode::from(u8::from(found)),
        Err(e) if e.is_empty() => ExitCode::from(2),
        Err(e) => {
            eprintln!("mailtriage: {}", input::shown(&e));
            ExitCode::from(2)
        }
    }
}

/// `--lang` must name one of the languages (a tag such as `ru-RU` or
/// `zh` names its language): an unknown one is a usage error, not English.
fn known_lang(tag: &str) -> Result<(), String> {
    if i18n::supported(tag).is_some() {
        return Ok(());
    }
    let all: Vec<&str> = i18n::LANGUAGES.iter().map(|(l, _)| *l).collect();
    Err(format!("--lang {tag}: not one of {}", all.join(", ")))
}

/// The files the paths name, and the paths that could not be read (their
/// errors, `path: error`).
fn files_of(paths: &[PathBuf], errors: &mut Vec<String>) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for p in paths {
        let (before, errors_before) = (found.len(), errors.len());
        input::collect(p, &mut found, errors);
        if found.len() == before && errors.len() == errors_before && p.is_dir() {
            // Said, so that a wrong folder is not taken for a clean one.
            eprintln!("mailtriage: {}: no files in this folder", input::shown(&p.display().to_string()));
        }
    }
    // A file named twice (a folder and a file in it, two spellings of one
    // path) is read once, under the name it was first reached by: read twice,
    // each of its sessions would be counted twice. Standard input is read
    // once too: a second `-` would only find it at its end.
    let mut seen = std::collections::HashSet::new();
    let mut stdin_seen = false;
    found
        .into_iter()
        .filter_map(|(f, id)| {
            let first = if f.as_os_str() == "-" { !std::mem::replace(&mut stdin_seen, true) } else { seen.insert(id) };
            first.then_some(f)
        })
        .collect()
}

/// For the census, a file whose bytes equal an earlier one's (a copy of a
/// log under another name) is left out, with a note ([`CopyNotes`]): each
/// copy's census would count every session complete in it, while the page,
/// reading files one after another, counts a session id once. Only files of
/// equal size are compared, first by a hash of their first 64 KiB, then byte
/// for byte, so a folder of hourly logs costs one `stat` per file and many
/// logs of one size one read of 64 KiB each. As in [`archived_copies`], the
/// first copy is read unless it has no time to date its RFC 3164 stamps by
/// and a later one has (a log extracted from a reproducible tarball, mtime
/// 0, beside the one it copies): then the later one is.
fn without_copies(files: Vec<PathBuf>, out: &mut CopyNotes<impl Write>) -> Vec<PathBuf> {
    // Kept files by (size, head hash); head hashes made on demand.
    let mut by_size: std::collections::HashMap<u64, Vec<(usize, Option<u64>)>> = std::collections::HashMap::new();
    // Each file kept and whether it is dated; a file left out after all,
    // for a dated copy, is `None`.
    let mut kept: Vec<Option<(PathBuf, bool)>> = Vec::with_capacity(files.len());
    'file: for f in files {
        let (size, dated) = match std::fs::metadata(&f) {
            Ok(m) if m.is_file() && f.as_os_str() != "-" => (m.len(), dated(input::modified(Some(&m)))),
            _ => {
                kept.push(Some((f, true)));
                continue;
            }
        };
        let same_size = by_size.entry(size).or_default();
        // A file of a size not seen before is no copy: nothing to read yet.
        let head = if same_size.is_empty() { None } else { head_hash(&f).ok() };
        for (k, h) in same_size.iter_mut() {
            let Some((earlier, earlier_dated)) = &kept[*k] else { continue };
            if h.is_none() {
                *h = head_hash(earlier).ok();
            }
            if head.is_some() && *h == head && same_bytes(earlier, &f).unwrap_or(false) {
                if dated && !earlier_dated {
                    out.note(&earlier.display().to_string(), &f.display().to_string());
                    kept[*k] = None;
                    *k = kept.len();
                    kept.push(Some((f, true)));
                } else {
                    out.note(&f.display().to_string(), &earlier.display().to_string());
                }
                continue 'file;
            }
        }
        same_size.push((kept.len(), head));
        kept.push(Some((f, dated)));
    }
    kept.into_iter().flatten().map(|(f, _)| f).collect()
}

/// Whether a file or member written at `written` has a time to date its
/// RFC 3164 stamps by ([`mailtriage_engine::census::plausible_written`]).
fn dated(written: Option<i64>) -> bool {
    written.and_then(mailtriage_engine::census::plausible_written).is_some()
}

/// One input of a path as [`without_archived_copies`] compares them.
struct Content {
    name: String,
    /// Decompressed length and hash of the bytes.
    len: u64,
    hash: u64,
    /// Whether it has a time that dates its RFC 3164 stamps
    /// ([`mailtriage_engine::census::plausible_written`]).
    dated: bool,
}

/// The inputs of a path, in the order they are read.
type Contents = Vec<Content>;

/// Which of `files` are archives (gzip or zip), by their first bytes.
fn archives_among(files: &[PathBuf]) -> Vec<bool> {
    let archive = |p: &Path| {
        if p.as_os_str() == "-" {
            return false;
        }
        let mut head = [0u8; 4];
        let n = std::fs::File::open(p).and_then(|mut f| input::read_up_to(&mut f, &mut head)).unwrap_or(0);
        matches!(
            mailtriage_engine::archive::sniff(&head[..n]),
            mailtriage_engine::archive::Container::Gzip | mailtriage_engine::archive::Container::Zip
        )
    };
    files.iter().map(|f| archive(f)).collect()
}

/// Which of `files` the census's first run hashes: the archives, and the
/// plain files whose size an archive lists for a member (a zip's directory;
/// a gzip's `ISIZE`, the size modulo 2^32, RFC 1952 §2.3.1), which may be
/// copies of one: a copy between such a file and a member then ends the
/// first run's reading as one between members does (see [`Copies`]). A
/// folder zipped beside its own logs was read in full twice.
fn hashed_among(files: &[PathBuf], is_archive: &[bool]) -> Vec<bool> {
    use mailtriage_engine::archive::{self, Container};
    use std::io::{Read, Seek};
    let (mut sizes, mut isizes) = (std::collections::HashSet::new(), std::collections::HashSet::new());
    for f in files.iter().zip(is_archive).filter(|(_, a)| **a).map(|(f, _)| f) {
        let Ok(mut file) = std::fs::File::open(f) else { continue };
        let mut head = [0u8; 4];
        let n = input::read_up_to(&mut file, &mut head).unwrap_or(0);
        match archive::sniff(&head[..n]) {
            Container::Zip => sizes.extend(archive::zip_listed_sizes(archive::SeekBuf::new(64 << 10, file))),
            Container::Gzip => {
                let mut isize = [0u8; 4];
                if file.seek(io::SeekFrom::End(-4)).is_ok() && file.read_exact(&mut isize).is_ok() {
                    isizes.insert(u32::from_le_bytes(isize));
                }
            }
            _ => {}
        }
    }
    let may_copy = |f: &Path| match std::fs::metadata(f) {
        Ok(m) if m.is_file() && m.len() > 0 => sizes.contains(&m.len()) || isizes.contains(&(m.len() as u32)),
        _ => false,
    };
    files.iter().zip(is_archive).map(|(f, &a)| a || (f.as_os_str() != "-" && may_copy(f))).collect()
}

/// The digest of each input's bytes ([`digest::Digest`]), fed as they stream.
#[derive(Default)]
struct ContentHash<'s> {
    current: Option<(String, bool, digest::Digest)>,
    found: Contents,
    /// The contents every thread of the run has hashed, when it is a census
    /// that runs again without copies once it finds one (see [`Copies`]).
    copies: Option<&'s Copies>,
}

/// What the archives a census reads hold so far, on all its threads: once
/// two inputs hold the same bytes, the census is certain to run again
/// without one of them ([`archived_copies`]), so the rest of its first run
/// only hashes its inputs and holds no report. A zip of 300 000 bounces
/// that repeat 374 messages was read in full twice, the first time holding
/// 300 000 reports (403 MB max RSS).
#[derive(Default)]
struct Copies {
    seen: Mutex<std::collections::HashSet<(u64, u64)>>,
    found: AtomicBool,
}

impl Copies {
    fn found(&self) -> bool {
        self.found.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl ContentHash<'_> {
    /// An input begins, written at `written` if its file or archive says.
    fn begin(&mut self, name: &str, written: Option<i64>) {
        self.current = Some((name.to_string(), dated(written), digest::Digest::default()));
    }

    fn chunk(&mut self, b: &[u8]) {
        if let Some((_, _, d)) = &mut self.current {
            d.write(b);
        }
    }

    fn end(&mut self, cut_short: bool) {
        // A member cut short is no copy of anything.
        if let (Some((name, dated, d)), false) = (self.current.take(), cut_short) {
            let (len, hash) = d.finish();
            // An empty input is no copy of anything (see `archived_copies`).
            if let Some(c) = self.copies.filter(|_| len > 0)
                && !c.seen.lock().expect("contents").insert((len, hash))
            {
                c.found.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            self.found.push(Content { name, len, hash, dated });
        }
    }
}

/// Each input's decompressed (name, length, hash) in `p` (part `part`), in
/// the order they are read.
fn contents_of(p: &Path, part: Option<(usize, usize)>) -> Contents {
    let mut hash = ContentHash::default();
    let _ = input::stream_part(p, part, &AtomicU64::new(0), &mut |ev| match ev {
        input::Event::Begin(name, written) => hash.begin(name, written),
        input::Event::Chunk(b) => hash.chunk(b),
        input::Event::End(problem) => hash.end(problem.is_some()),
    });
    hash.found
}

/// For the census, the compressed copies [`without_copies`] cannot see: a
/// `.gz` or a zip member whose content, once decompressed, equals a file or
/// member given before it (a folder zipped beside its own logs, an hourly
/// log and its `.gz`) is left out, with a note ([`CopyNotes`]), as a plain copy is:
/// counted twice, the sessions complete in one file were doubled while
/// those spanning two were not. Returns the files still read and the zip
/// members to skip (`archive.zip!member`). Archives are decompressed once
/// more for this; without any archive nothing is read. (The census reads
/// the archives' contents while it counts, see [`census_once`]; this pass
/// is for standard input among them, which cannot be read twice.)
fn without_archived_copies(
    files: Vec<PathBuf>,
    is_archive: &[bool],
    jobs: usize,
    out: &mut CopyNotes<impl Write>,
) -> (Vec<PathBuf>, std::collections::HashSet<String>) {
    if !is_archive.contains(&true) {
        return (files, std::collections::HashSet::new());
    }
    // The archives are read on `jobs` threads (a big zip in parts, see
    // `in_parts`): read one after another, a zip of hourly logs took as long
    // again as the census that follows.
    let archives: Vec<PathBuf> = files.iter().zip(is_archive).filter(|(_, a)| **a).map(|(f, _)| f.clone()).collect();
    let (paths, parts) = in_parts(&archives, jobs);
    let hashed: Mutex<Vec<(usize, Contents)>> = Mutex::new(Vec::new());
    input::parallel(&paths, jobs, false, &|i, p, _| Ok(contents_of(p, parts[i])), &|i, found| {
        hashed.lock().expect("hashes").push((i, found));
    });
    let members = by_file(&files, is_archive, &paths, hashed.into_inner().expect("hashes"));
    archived_copies(files, members, out)
}

/// The contents found in parts `paths` (input `i` of them in `hashed`),
/// back to one list per archive among `files`, its parts' in order; `None`
/// for the other files.
fn by_file(
    files: &[PathBuf],
    is_archive: &[bool],
    paths: &[PathBuf],
    mut hashed: Vec<(usize, Contents)>,
) -> Vec<Option<Contents>> {
    hashed.sort_by_key(|(i, _)| *i);
    let mut by_file: std::collections::HashMap<&Path, Contents> = std::collections::HashMap::new();
    for (i, found) in hashed {
        by_file.entry(paths[i].as_path()).or_default().extend(found);
    }
    files.iter().zip(is_archive).map(|(f, &a)| a.then(|| by_file.remove(f.as_path()).unwrap_or_default())).collect()
}

/// The files still read and the zip members to skip, given each archive's
/// contents and those of the plain files hashed with them (`members`;
/// `None` for a plain file not hashed: read here only where an archive
/// holds something of its size). See [`without_archived_copies`].
/// The first of equal contents is read, unless it has no time to date its
/// RFC 3164 stamps by and a later one has (a zip member stored at the DOS
/// zero date, a tar member of mtime 0, beside the log it copies): then the
/// later one is, and the stamps of the copy read get their year.
fn archived_copies(
    files: Vec<PathBuf>,
    members: Vec<Option<Contents>>,
    out: &mut CopyNotes<impl Write>,
) -> (Vec<PathBuf>, std::collections::HashSet<String>) {
    let mut skip = std::collections::HashSet::new();
    let sizes: std::collections::HashSet<u64> = members.iter().flatten().flatten().map(|m| m.len).collect();
    // The copy read of each content: its name, whether it is dated, and its
    // place in `kept` when it is a whole file.
    let mut seen: std::collections::HashMap<(u64, u64), (String, bool, Option<usize>)> =
        std::collections::HashMap::new();
    // A whole file left out after all, for a dated copy, is `None`.
    let mut kept: Vec<Option<PathBuf>> = Vec::with_capacity(files.len());
    for (f, m) in files.into_iter().zip(members) {
        let entries = match m {
            Some(entries) => entries,
            // A plain file only where an archive holds something of its size.
            None => match std::fs::metadata(&f) {
                Ok(meta) if f.as_os_str() != "-" && sizes.contains(&meta.len()) => contents_of(&f, None),
                _ => Vec::new(),
            },
        };
        let whole = f.display().to_string();
        let mut dropped = false;
        for Content { name, len, hash, dated } in entries {
            if len == 0 {
                continue;
            }
            let place = (name == whole).then_some(kept.len());
            match seen.get_mut(&(len, hash)) {
                Some(first) if dated && !first.1 => {
                    out.note(&first.0, &name);
                    match first.2 {
                        Some(k) => kept[k] = None,
                        None => {
                            skip.insert(first.0.clone());
                        }
                    }
                    *first = (name, true, place);
                }
                Some(first) => {
                    out.note(&name, &first.0);
                    if place.is_some() {
                        dropped = true;
                    } else {
                        skip.insert(name);
                    }
                }
                None => {
                    seen.insert((len, hash), (name, dated, place));
                }
            }
        }
        if !dropped {
            kept.push(Some(f));
        }
    }
    (kept.into_iter().flatten().collect(), skip)
}

/// The notes of the census's inputs read once (see [`without_copies`]): the
/// first [`COPY_NOTES`] each on a line, the others counted on one at the
/// end (a zip of 100 000 bounces that repeat 374 messages wrote 99 626
/// lines to the terminal).
struct CopyNotes<W: Write> {
    out: W,
    shown: usize,
    more: usize,
}

/// Inputs named in the notes of copies read once.
const COPY_NOTES: usize = 20;

impl<W: Write> CopyNotes<W> {
    fn new(out: W) -> Self {
        CopyNotes { out, shown: 0, more: 0 }
    }

    /// `name` has the content of `first`, read before it.
    fn note(&mut self, name: &str, first: &str) {
        if self.shown == COPY_NOTES {
            self.more += 1;
            return;
        }
        self.shown += 1;
        let _ = writeln!(
            self.out,
            "mailtriage: {} has the same content as {first}: read once",
            input::shown(name),
            first = input::shown(first)
        );
    }

    /// The count of copies not named.
    fn finish(mut self) {
        if self.more > 0 {
            let _ = writeln!(
                self.out,
                "mailtriage: {} more inputs have the same content as one before them: each read once",
                self.more
            );
        }
    }
}

/// A hash of a file's first 64 KiB.
fn head_hash(p: &Path) -> io::Result<u64> {
    use std::hash::{Hash, Hasher};
    let mut buf = vec![0u8; 64 << 10];
    let n = input::read_up_to(&mut std::fs::File::open(p)?, &mut buf)?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    buf[..n].hash(&mut h);
    Ok(h.finish())
}

/// Whether two files hold the same bytes (read side by side, 64 KiB at a time).
fn same_bytes(a: &Path, b: &Path) -> io::Result<bool> {
    let (mut fa, mut fb) = (std::fs::File::open(a)?, std::fs::File::open(b)?);
    let (mut ba, mut bb) = (vec![0u8; 64 << 10], vec![0u8; 64 << 10]);
    loop {
        let n = input::read_up_to(&mut fa, &mut ba)?;
        let m = input::read_up_to(&mut fb, &mut bb)?;
        if n != m || ba[..n] != bb[..m] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

/// Threads to run: `-j`, else one per core the process may use. Asked of
/// the system once: each asking reads the cgroup's files (five system calls).
fn jobs(j: Option<usize>) -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    j.unwrap_or_else(|| *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get())))
}

fn io_err(e: io::Error) -> String {
    e.to_string()
}

/// Standard output that a reader may stop reading (`mailtriage census … |
/// head`): the rest is dropped without an error, so the exit code still says
/// whether something was found, as the whole output would have.
struct ReaderGone<W> {
    inner: W,
    gone: bool,
}

impl<W: Write> Write for ReaderGone<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.gone {
            match self.inner.write(buf) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => self.gone = true,
                r => return r,
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.gone = true;
                Ok(())
            }
            r if !self.gone => r,
            _ => Ok(()),
        }
    }
}

/// Whether any input could not be read to the end (a damaged gzip or zip
/// member) or at all (compressed as this tool does not read: `xz`, …),
/// which `run` reports as exit code 2.
fn broken(reports: &[InputReport]) -> bool {
    reports.iter().any(|r| r.notes.iter().any(mailtriage_engine::Note::is_unread))
}

/// The census formats have no place for an input's notes: the ones that
/// say part of an input was not read go to stderr, one line each (`all`;
/// else only the inputs not read behind an exit code 2: damaged archives,
/// compression not read).
fn warn_notes(err: &mut impl Write, reports: &[InputReport], lang: &str, all: bool) {
    use mailtriage_engine::Note;
    for r in reports {
        for n in &r.notes {
            let lost = matches!(
                n,
                Note::Binary
                    | Note::Compressed { .. }
                    | Note::Archive { .. }
                    | Note::ArchiveMember { .. }
                    | Note::BadMessage
                    | Note::Truncated { .. }
                    | Note::Lossy { .. }
                    | Note::MessageTooLarge
                    | Note::MessageTooDeep
                    | Note::MessageTooManyParts
                    // The census's findings have no note of their own: a
                    // cut list is said (QA round 56).
                    | Note::TooManyFindings { .. }
                    | Note::MimeUnreadable
            );
            if lost && (all || n.is_unread()) {
                let _ =
                    writeln!(err, "mailtriage: {}: {}", input::shown(&r.path), input::shown(&i18n::note_text(lang, n)));
            }
        }
    }
}

/// Exit code 1: some finding asks for something to be done. Findings of
/// severity `info` alone (a delivered DSN, an automatic reply, a client
/// that sent no certificate) are reported but leave the exit code 0, so a
/// healthy log does not raise a monitoring alert.
fn needs_attention(reports: &[InputReport]) -> bool {
    reports.iter().flat_map(|r| &r.findings).any(|f| f.severity != kb::Severity::Info)
}

/// Runs a command: whether something was found, and whether an input was
/// broken (see [`broken`]).
fn run(cli: Cli) -> Result<(bool, bool), String> {
    if let Command::Triage { common } | Command::Census { common, .. } = &cli.command {
        known_lang(&common.lang)?;
    }
    let out = io::stdout();
    // On a terminal every format is written as `input::terminal_safe` makes
    // it; to a file or a pipe, byte for byte.
    let tty = std::io::IsTerminal::is_terminal(&out);
    // Not locked for the run: `triage` writes from the threads that read
    // (see `ordered`). Its writes go to `Stdout` 8 KiB at a time.
    let mut out = io::BufWriter::new(ReaderGone { inner: out, gone: false });
    let mut damaged = false;
    // Paths that could not be read: said on stderr after the report of the
    // others, and the exit code is 2.
    let mut unreadable = Vec::new();
    let found = match cli.command {
        Command::Triage { common } => {
            let files = files_of(&common.paths, &mut unreadable);
            let layout = Layout { format: common.format, lang: i18n::negotiate(&common.lang), tty };
            let (found, broken) =
                triage_streamed(&files, &common, &layout, &mut out, &mut unreadable).map_err(io_err)?;
            damaged = broken;
            found
        }
        Command::Census { common, sessions } => {
            let mut copies = CopyNotes::new(io::stderr());
            let files = without_copies(files_of(&common.paths, &mut unreadable), &mut copies);
            let is_archive = archives_among(&files);
            let stdin = files.iter().any(|f| f.as_os_str() == "-");
            let run = if is_archive.contains(&true) && !stdin {
                // The archives' contents are hashed as the census reads
                // them (and the plain files that may be copies of their
                // members); only when one holds a copy is it run again
                // without (and once two are seen to, the rest is only
                // hashed: see `Copies`).
                let hashed = hashed_among(&files, &is_archive);
                let mut first = census_once(&files, &Default::default(), Some(&hashed), &common, sessions);
                let members = first.members.take().unwrap_or_default();
                let (kept, skip) = archived_copies(files.clone(), members, &mut copies);
                copies.finish();
                if kept.len() == files.len() && skip.is_empty() {
                    first
                } else {
                    drop(first);
                    census_once(&kept, &skip, None, &common, sessions)
                }
            } else {
                let (files, skip) = without_archived_copies(files, &is_archive, jobs(common.jobs), &mut copies);
                copies.finish();
                census_once(&files, &skip, None, &common, sessions)
            };
            unreadable.extend(run.failed);
            let reports = run.listed.into_reports();
            let report = run.census.finish();
            let lang = i18n::negotiate(&common.lang);
            write_report(&mut out, tty, common.format, |mut o| {
                write_census(&mut o, &report, &reports, common.format, sessions, lang)
            })
            .map_err(io_err)?;
            warn_notes(&mut io::stderr(), &reports, lang, true);
            damaged = broken(&reports);
            report.endpoints.iter().any(|e| e.legacy || !e.tls_failures.is_empty() || e.starttls_required_refusals > 0)
                || needs_attention(&reports)
        }
        Command::Synth { out: dir, size, file_size, seed } => {
            let size = synth::parse_size(&size)?;
            let file_size = synth::parse_size(&file_size)?;
            let truth = synth::generate(&dir, size, file_size, seed).map_err(|e| format!("{}: {e}", dir.display()))?;
            writeln!(
                out,
                "wrote {} files, {} bytes, {} sessions to {}",
                truth.files,
                truth.bytes,
                truth.sessions,
                dir.display()
            )
            .map_err(io_err)?;
            false
        }
        Command::EvalCorpus { dir, verbose } => {
            eval::run(&dir, verbose).map_err(|e| format!("{}: {e}", dir.display()))?;
            false
        }
        Command::Artifact { id } => {
            let a = kb::artifact(&id).ok_or_else(|| {
                let ids: Vec<&str> = kb::ARTIFACTS.iter().map(|a| a.id).collect();
                format!("no file named {id}: the files are {}", ids.join(", "))
            })?;
            out.write_all(a.content.as_bytes()).map_err(io_err)?;
            false
        }
        Command::Rules { format } => {
            match format {
                Format::Json | Format::Ndjson => {
                    serde_json::to_writer_pretty(&mut out, kb::RULES).map_err(|e| io_err(e.into()))?
                }
                _ => {
                    for r in kb::RULES {
                        writeln!(
                            out,
                            "{:<40} {:<9} {:<15} {}",
                            r.id,
                            r.severity.as_str(),
                            r.reason,
                            i18n::text("en", r.id, None)
                        )
                        .map_err(io_err)?;
                    }
                }
            }
            false
        }
    };
    out.flush().map_err(io_err)?;
    for e in &unreadable {
        eprintln!("mailtriage: {}", input::shown(e));
    }
    Ok((found, damaged || !unreadable.is_empty()))
}

/// What [`census_once`] gives.
struct CensusRun {
    /// The census of every input, merged.
    census: Census,
    /// The reports it lists.
    listed: Listed,
    /// The paths that could not be read.
    failed: Vec<String>,
    /// Each file's contents as it was read, when asked for (see [`by_file`]).
    members: Option<Vec<Option<Contents>>>,
}

/// One census over `files` (the zip members named in `skip` left out),
/// and, given which files to hash (see [`hashed_among`]), the contents of
/// each as it was read (for [`archived_copies`]: no second pass
/// decompresses them).
fn census_once(
    files: &[PathBuf],
    skip: &std::collections::HashSet<String>,
    hash: Option<&[bool]>,
    common: &Common,
    sessions: bool,
) -> CensusRun {
    let (paths, parts) = in_parts(files, jobs(common.jobs));
    let hashed_files: std::collections::HashSet<&Path> = match hash {
        Some(a) => files.iter().zip(a).filter(|(_, a)| **a).map(|(f, _)| f.as_path()).collect(),
        None => Default::default(),
    };
    // Per-file censuses are merged as they finish (merging is order-free),
    // so memory holds one census per worker plus the merged one.
    // Without `--sessions` nothing shows the sample of sessions: it is
    // neither copied nor summarised.
    let census = || if sessions { Census::new() } else { Census::without_sessions() };
    let merged: Mutex<Census> = Mutex::new(census());
    let listed: Mutex<Listed> = Mutex::new(Listed::default());
    let hashed: Mutex<Vec<(usize, Contents)>> = Mutex::new(Vec::new());
    let copies = Copies::default();
    let failed = input::parallel(
        &paths,
        jobs(common.jobs),
        !common.no_progress,
        &|i, p, read| {
            let mut c = census();
            let mut k = 0;
            let hashed_file = hashed_files.contains(p);
            // A file not hashed, once the run is certain to be made again.
            if copies.found() && !hashed_file {
                return Ok(c);
            }
            let mut hash = hashed_file.then(|| ContentHash { copies: Some(&copies), ..ContentHash::default() });
            let read = triage_path_each(p, parts[i], read, Some(&mut c), skip, hash.as_mut(), &mut |r| {
                let mut listed = listed.lock().expect("reports");
                // The run is made again: what it lists is not written.
                if copies.found() {
                    *listed = Listed::default();
                } else {
                    listed.hold((i, k), r);
                }
                k += 1;
            });
            // A path that failed part-way is named on stderr and
            // counts nothing: neither its census nor its reports.
            if read.is_err() {
                listed.lock().expect("reports").forget(i);
            }
            if let Some(h) = hash {
                hashed.lock().expect("hashes").push((i, h.found));
            }
            read.map(|()| c)
        },
        &|_, c| merged.lock().expect("census").merge(c),
    );
    CensusRun {
        census: merged.into_inner().expect("census"),
        listed: listed.into_inner().expect("reports"),
        failed,
        members: hash.map(|a| by_file(files, a, &paths, hashed.into_inner().expect("hashes"))),
    }
}

/// `triage` of `files`: each report is rendered by the thread that read it
/// and written in input order as soon as the inputs before it are (see
/// [`ordered`]); a zip of 100 000 bounces held every report until the end
/// (305 MB). Damaged archives are named on stderr after the report. Returns
/// whether something was found and whether an input was broken; paths
/// that could not be read go to `unreadable`.
fn triage_streamed(
    files: &[PathBuf],
    common: &Common,
    layout: &Layout<'_>,
    out: &mut (impl Write + Send),
    unreadable: &mut Vec<String>,
) -> io::Result<(bool, bool)> {
    let (files, parts) = in_parts(files, jobs(common.jobs));
    let mut items = 0usize;
    let order = ordered::InOrder::new(HELD_BYTES, |piece: &str| layout.write_item(out, &mut items, piece));
    let attention = AtomicBool::new(false);
    let damaged = AtomicBool::new(false);
    // Notes of damaged archives: by input, then by report within it.
    let warnings: Mutex<Vec<(usize, usize, String)>> = Mutex::new(Vec::new());
    let failed = input::parallel(
        &files,
        jobs(common.jobs),
        !common.no_progress,
        &|i, p, read| {
            let _done = ordered::DoneOnDrop(&order, i);
            let (mut k, mut batch, mut bytes) = (0, Vec::new(), 0);
            let result = triage_path_each(p, parts[i], read, None, &std::collections::HashSet::new(), None, &mut |r| {
                let one = std::slice::from_ref(&r);
                if needs_attention(one) {
                    attention.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                if broken(one) {
                    damaged.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                let mut w = Vec::new();
                warn_notes(&mut w, one, layout.lang, false);
                if !w.is_empty() {
                    warnings.lock().expect("warnings").push((i, k, String::from_utf8_lossy(&w).into_owned()));
                }
                k += 1;
                let item = layout.item(&r);
                bytes += item.len();
                batch.push(item);
                if bytes >= BATCH_BYTES {
                    order.put(i, std::mem::take(&mut batch));
                    bytes = 0;
                }
            });
            order.put(i, batch);
            result
        },
        &|_, ()| {},
    );
    let written = order.finish();
    unreadable.extend(failed);
    written?;
    out.write_all(layout.tail(items).as_bytes())?;
    let mut warnings = warnings.into_inner().expect("warnings");
    warnings.sort();
    for (_, _, w) in warnings {
        eprint!("{w}");
    }
    Ok((attention.into_inner(), damaged.into_inner()))
}

/// Each file once, and a big zip once a part, in a row (see
/// [`input::zip_parts`]): the members of one zip are read by as many
/// threads as the others' files, in the same order.
fn in_parts(files: &[PathBuf], jobs: usize) -> (Vec<PathBuf>, Vec<Option<(usize, usize)>>) {
    let (mut paths, mut parts) = (Vec::with_capacity(files.len()), Vec::with_capacity(files.len()));
    for f in files {
        let n = input::zip_parts(f, jobs);
        for k in 0..n {
            paths.push(f.clone());
            parts.push((n > 1).then_some((k, n)));
        }
    }
    (paths, parts)
}

/// Streams part `part` of `path` (see [`input::stream_part`]; `None`: all
/// of it) through the analyser, and through `census` when one is given
/// (sharing the framing), leaving out the inputs (zip members) named in
/// `skip`; each report goes to `each` as its input ends (a zip's members
/// one by one), none is held here.
fn triage_path_each(
    path: &Path,
    part: Option<(usize, usize)>,
    read: &AtomicU64,
    mut census: Option<&mut Census>,
    skip: &std::collections::HashSet<String>,
    mut hash: Option<&mut ContentHash<'_>>,
    each: &mut dyn FnMut(InputReport),
) -> io::Result<()> {
    let mut current: Option<Analyzer> = None;
    // `hash` hashes the input it was told began (not one skipped), with or
    // without `current`.
    input::stream_part(path, part, read, &mut |ev| match ev {
        input::Event::Begin(name, _) if skip.contains(name) => current = None,
        // Its date, for its lines' stamps without a year: a file's own (none
        // for stdin), a member's as its archive stored it (never the
        // archive's: it may have been made long after).
        input::Event::Begin(name, written) => {
            if let Some(h) = hash.as_deref_mut() {
                h.begin(name, written);
                // A run that will be made again without copies: hashed only.
                if h.copies.is_some_and(Copies::found) {
                    current = None;
                    return;
                }
            }
            let mut a = match census.as_deref_mut() {
                Some(c) => Analyzer::with_census(name, std::mem::take(c)),
                None => Analyzer::new(name),
            };
            if let Some(secs) = written {
                a.written_at(secs);
            }
            current = Some(a);
        }
        input::Event::Chunk(b) => {
            if let Some(h) = hash.as_deref_mut() {
                h.chunk(b);
            }
            if let Some(a) = &mut current {
                a.feed(b);
            }
        }
        input::Event::End(problem) => {
            if let Some(h) = hash.as_deref_mut() {
                h.end(problem.is_some());
            }
            if let Some(a) = current.take() {
                let (mut r, c) = a.finish_with_census();
                if let (Some(slot), Some(c)) = (census.as_deref_mut(), c) {
                    *slot = c;
                }
                if let Some(p) = problem {
                    r.add_archive_problem(p);
                }
                each(r);
            }
        }
    })
}

/// Findings a `census` run lists: each input lists at most 20 000 (the
/// engine's cap), but the census holds every input's report until its
/// document is written (the findings come after the endpoints, known last),
/// and a folder or an archive of many inputs held them all (QA round 54: 20
/// files of 10 MB, 966 MB). Past this, an input's findings are counted in
/// its note (`too-many-findings`), not listed; the census's counts are not
/// affected. (`triage` writes each report as its input ends, holding none:
/// it lists all.)
const MAX_LISTED_FINDINGS: usize = 50_000;

/// The reports `census` holds until its document is written, by their
/// place in the run (input, then report within it), and the findings they
/// list: the first [`MAX_LISTED_FINDINGS`] in that order, whichever input
/// ends first. Past the cap, findings are taken back from the last report
/// that lists any, from its end (each report's most severe come first, and
/// stay). A finding among the first of the run is never taken back (fewer
/// than the cap come before it), and once every report is in, the rest
/// are; so the same inputs list the same findings on any number of
/// threads. (The cap was once filled in the order inputs ended: on two
/// threads, another run could list other findings.)
#[derive(Default)]
struct Listed {
    reports: std::collections::BTreeMap<(usize, usize), InputReport>,
    /// The reports that list findings, the last of them trimmed first.
    with_findings: std::collections::BTreeSet<(usize, usize)>,
    findings: usize,
}

impl Listed {
    /// Holds report `r` at place `at`: without the samples of its lines that
    /// were not recognised, which only the page shows (a zip of 100 000
    /// distinct bounces took 303 MB max RSS with them, 176 MB without, for
    /// the same output), its lists no longer than they are (a list grown
    /// by one item has room for four: that zip took 226 MB, 187 MB
    /// shrunk), the run's findings kept within the cap.
    fn hold(&mut self, at: (usize, usize), mut r: InputReport) {
        r.unrecognised_samples = Vec::new();
        r.findings.shrink_to_fit();
        for f in &mut r.findings {
            f.evidence.shrink_to_fit();
        }
        r.notes.shrink_to_fit();
        r.timeline.shrink_to_fit();
        self.findings += r.findings.len();
        if !r.findings.is_empty() {
            self.with_findings.insert(at);
        }
        self.reports.insert(at, r);
        while self.findings > MAX_LISTED_FINDINGS {
            let Some(&last) = self.with_findings.last() else { break };
            let Some(r) = self.reports.get_mut(&last) else { break };
            let n = (self.findings - MAX_LISTED_FINDINGS).min(r.findings.len());
            r.findings.truncate(r.findings.len() - n);
            r.findings.shrink_to_fit();
            self.findings -= n;
            if r.findings.is_empty() {
                self.with_findings.remove(&last);
            }
            not_listed(r, n as u64);
        }
    }

    /// Lets go of the reports of input `i` (it could not be read to its end).
    fn forget(&mut self, i: usize) {
        let gone: Vec<(usize, usize)> = self.reports.range((i, 0)..(i + 1, 0)).map(|(k, _)| *k).collect();
        for k in gone {
            if let Some(r) = self.reports.remove(&k) {
                self.findings -= r.findings.len();
            }
            self.with_findings.remove(&k);
        }
    }

    /// The reports in the run's order.
    fn into_reports(self) -> Vec<InputReport> {
        self.reports.into_values().collect()
    }
}

/// Counts `n` more findings of `r` in its note as not listed.
fn not_listed(r: &mut InputReport, n: u64) {
    use mailtriage_engine::Note;
    match r.notes.iter_mut().find_map(|x| match x {
        Note::TooManyFindings { dropped } => Some(dropped),
        _ => None,
    }) {
        Some(dropped) => *dropped += n,
        None => r.notes.push(Note::TooManyFindings { dropped: n }),
    }
}

/// Streams one file through the engine (used by the corpus evaluation):
/// its last report (a zip's last member's).
pub(crate) fn triage_file(path: &Path) -> io::Result<InputReport> {
    let mut last = None;
    let none = std::collections::HashSet::new();
    triage_path_each(path, None, &AtomicU64::new(0), None, &none, None, &mut |r| last = Some(r))?;
    last.ok_or_else(|| io::Error::other("no input"))
}

/// Bytes of reports held at most for inputs whose turn to be written has
/// not come (see [`ordered`]); a worker whose report would go over it waits.
const HELD_BYTES: usize = 16 << 20;

/// Bytes of rendered reports a reading thread gathers before it writes or
/// holds them (one lock a batch, not one a report).
const BATCH_BYTES: usize = 64 << 10;

/// How `triage` writes its document one input at a time: what comes before
/// the first report and between two, each report, and the end.
struct Layout<'a> {
    format: Format,
    lang: &'a str,
    /// Written to a terminal: each report as [`input::terminal_safe`] makes it.
    tty: bool,
}

impl Layout<'_> {
    /// Writes report number `items` (rendered by [`Layout::item`]), after
    /// what comes before it.
    fn write_item(&self, out: &mut impl Write, items: &mut usize, item: &str) -> io::Result<()> {
        match (*items, self.format) {
            (0, Format::Json) => out.write_all(b"{\n  \"inputs\": [\n    ")?,
            (0, Format::Csv) => out.write_all(export::csv_head().as_bytes())?,
            (0, Format::Md) => out.write_all(export::markdown_head(self.lang).as_bytes())?,
            (_, Format::Json) => out.write_all(b",\n    ")?,
            _ => {}
        }
        *items += 1;
        out.write_all(item.as_bytes())
    }

    /// One report: the JSON element of `inputs` (see [`json_element`]), its
    /// NDJSON finding lines, CSV rows, Markdown section or text.
    fn item(&self, r: &InputReport) -> String {
        let text = match self.format {
            Format::Json => json_element(r),
            Format::Ndjson => {
                let mut o = Vec::new();
                for v in export::contract_findings(std::slice::from_ref(r)) {
                    let _ = serde_json::to_writer(&mut o, &v);
                    o.push(b'\n');
                }
                String::from_utf8_lossy(&o).into_owned()
            }
            Format::Csv => export::csv_rows(r, self.lang),
            Format::Md => export::markdown_input(r, self.lang),
            Format::Text => {
                let mut o = Vec::new();
                let _ = print_text(&mut o, std::slice::from_ref(r), self.lang);
                String::from_utf8_lossy(&o).into_owned()
            }
        };
        if !self.tty {
            return text;
        }
        let json = matches!(self.format, Format::Json | Format::Ndjson);
        input::terminal_safe(&text, json).into_owned()
    }

    /// The end of the document, after `items` reports.
    fn tail(&self, items: usize) -> String {
        match (self.format, items) {
            (Format::Json, 0) => "{\n  \"inputs\": []\n}\n".to_string(),
            (Format::Json, _) => "\n  ]\n}\n".to_string(),
            (Format::Csv, 0) => export::csv_head(),
            (Format::Md, 0) => export::markdown_head(self.lang) + &export::markdown_no_input(self.lang),
            _ => String::new(),
        }
    }

    /// The whole document of `reports`, as [`triage_streamed`] writes it.
    #[cfg(test)]
    fn document(&self, reports: &[InputReport]) -> String {
        let mut out = Vec::new();
        let mut items = 0;
        for r in reports {
            self.write_item(&mut out, &mut items, &self.item(r)).unwrap();
        }
        String::from_utf8(out).unwrap() + &self.tail(items)
    }
}

/// A report as `write` writes it: to a file or a pipe byte for byte; to a
/// terminal (`tty`) with the escapes it carries from the input shown, not
/// obeyed (see [`input::terminal_safe`]).
fn write_report(
    out: &mut impl Write,
    tty: bool,
    format: Format,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    if !tty {
        return write(out);
    }
    let mut report = Vec::new();
    write(&mut report)?;
    let json = matches!(format, Format::Json | Format::Ndjson);
    out.write_all(input::terminal_safe(&String::from_utf8_lossy(&report), json).as_bytes())
}

/// One report as an element of the `inputs` array of `triage --format json`,
/// as `serde_json`'s pretty printer writes it there (JSON text has no raw
/// line break inside a string, so indenting after each one is exact).
fn json_element(r: &InputReport) -> String {
    let text = serde_json::to_string_pretty(&r.contract()).unwrap_or_default();
    text.replace('\n', "\n    ")
}

fn write_census(
    out: &mut impl Write,
    report: &CensusReport,
    reports: &[InputReport],
    format: Format,
    sessions: bool,
    lang: &str,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &export::census_json(report, reports, sessions))?;
            writeln!(out)
        }
        Format::Ndjson => {
            for e in &report.endpoints {
                let mut v = serde_json::to_value(e)?;
                v["record"] = "endpoint".into();
                serde_json::to_writer(&mut *out, &v)?;
                writeln!(out)?;
            }
            for mut v in export::contract_findings(reports) {
                v["record"] = "finding".into();
                serde_json::to_writer(&mut *out, &v)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv => out.write_all(census::to_csv(report).as_bytes()),
        Format::Md => {
            out.write_all(census::to_markdown(report, lang).as_bytes())?;
            writeln!(out)?;
            out.write_all(export::to_markdown(reports, lang).as_bytes())
        }
        Format::Text => {
            if lang.starts_with("en") {
                census_text_english(out, report)?;
            } else {
                census_text_localized(out, report, lang)?;
            }
            let with_findings: Vec<InputReport> = reports.iter().filter(|r| !r.findings.is_empty()).cloned().collect();
            if !with_findings.is_empty() {
                writeln!(out)?;
                print_text(out, &with_findings, lang)?;
            }
            Ok(())
        }
    }
}

/// The census table in English: fixed words and column widths, as scripts
/// read them.
fn census_text_english(out: &mut impl Write, report: &census::CensusReport) -> io::Result<()> {
    writeln!(
        out,
        "{} sessions, {} endpoints, {} rows in {} files",
        report.sessions,
        report.endpoints.len(),
        report.rows,
        report.files
    )?;
    if report.late_rows > 0 {
        writeln!(out, "{} {}", report.late_rows, census::LATE_ROWS_NOTE)?;
    }
    writeln!(
        out,
        "{:<40} {:<8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>6} {:>10} {:<6}  tls failures",
        "remote ip",
        "dir",
        "sessions",
        "TLS1.0",
        "TLS1.1",
        "TLS1.2",
        "TLS1.3",
        "other",
        "refused",
        "plain",
        "incomplete",
        "legacy"
    )?;
    for e in &report.endpoints {
        let p = |k: &str| e.protocols.get(k).copied().unwrap_or(0);
        writeln!(
            out,
            "{:<40} {:<8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>6} {:>10} {:<6}  {}",
            input::shown(&e.remote_ip),
            e.direction.as_str(),
            e.sessions,
            p("TLS1.0"),
            p("TLS1.1"),
            p("TLS1.2"),
            p("TLS1.3"),
            census::other_protocols(e),
            e.starttls_required_refusals,
            e.plain_sessions,
            e.incomplete_sessions,
            if e.legacy { "LEGACY" } else { "" },
            census::failures_text(e),
        )?;
    }
    Ok(())
}

/// The census table in another language than English: its summary and
/// column names as the page words them, each column as wide as its
/// longest cell (English keeps the fixed layout scripts read).
fn census_text_localized(out: &mut impl Write, report: &census::CensusReport, lang: &str) -> io::Result<()> {
    let t = |id: &str| i18n::text(lang, id, None);
    let summary = census::summary_text(report, lang);
    writeln!(out, "{summary} ({})", i18n::text_n(lang, "cli-census-rows", &[("rows", report.rows as i64)]))?;
    if report.late_rows > 0 {
        writeln!(out, "{}", i18n::text_n(lang, "logs-late-rows", &[("count", report.late_rows as i64)]))?;
    }
    let head = [
        t("logs-col-ip"),
        t("logs-col-direction"),
        t("logs-col-sessions"),
        "TLS1.0".into(),
        "TLS1.1".into(),
        "TLS1.2".into(),
        "TLS1.3".into(),
        t("cli-col-other"),
        t("logs-col-refusals"),
        t("logs-col-plain"),
        t("cli-col-incomplete"),
        t("cli-col-legacy"),
        t("logs-col-failures"),
    ];
    let mut rows = vec![head];
    for e in &report.endpoints {
        let p = |k: &str| e.protocols.get(k).copied().unwrap_or(0).to_string();
        rows.push([
            input::shown(&e.remote_ip).to_string(),
            t(&format!("logs-direction-{}", e.direction.as_str())),
            e.sessions.to_string(),
            p("TLS1.0"),
            p("TLS1.1"),
            p("TLS1.2"),
            p("TLS1.3"),
            census::other_protocols(e).to_string(),
            e.starttls_required_refusals.to_string(),
            e.plain_sessions.to_string(),
            e.incomplete_sessions.to_string(),
            if e.legacy { t("logs-legacy-badge") } else { String::new() },
            census::failures_text(e),
        ]);
    }
    let widths: Vec<usize> =
        (0..rows[0].len()).map(|c| rows.iter().map(|r| display_width(&r[c])).max().unwrap_or(0)).collect();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (v, &w))| {
                let pad = " ".repeat(w - display_width(v));
                // Counts to the right, words to the left.
                if (2..=10).contains(&c) { format!("{pad}{v}") } else { format!("{v}{pad}") }
            })
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

/// Columns `s` takes on a terminal, so the zh-CN census table lines up.
fn display_width(s: &str) -> usize {
    mailtriage_engine::framing::text_columns(s)
}

/// Occurrences a finding shows in the text report, with their line.
const EVIDENCE_SHOWN: usize = 3;

/// At most `max` bytes of `s`, cut at a character boundary, with `…` when cut.
fn clip(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if s.len() <= max {
        return s.into();
    }
    // (`str::floor_char_boundary` is newer than the crate's MSRV, 1.85.)
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end]).into()
}

fn print_text(out: &mut impl Write, reports: &[InputReport], lang: &str) -> io::Result<()> {
    let english = lang.starts_with("en");
    let affects = if english { "affects".to_string() } else { i18n::text(lang, "affected", None) };
    let note = i18n::text(lang, "cli-note", None);
    let colon = i18n::colon(lang);
    // A full-width colon holds its own space; a full-width comma separates
    // in Chinese text (QA rounds 30–31: `原因： `, `(文本, 7 行)`).
    let after_colon = if colon == ":" { " " } else { "" };
    let comma = if colon == ":" { ", " } else { "，" };
    for r in reports {
        if english {
            writeln!(out, "== {} ({}, {} lines)", input::shown(&r.path), r.kind.as_str(), r.lines)?;
        } else {
            let kind = i18n::text(lang, &format!("kind-{}", r.kind.as_str()), None);
            let lines = i18n::text_n(lang, "cli-lines", &[("lines", r.lines as i64)]);
            writeln!(out, "== {} ({kind}{comma}{lines})", input::shown(&r.path))?;
        }
        for n in &r.notes {
            writeln!(out, "   {note}{colon}{after_colon}{}", input::shown(&i18n::note_text(lang, n)))?;
        }
        if r.findings.is_empty() {
            writeln!(out, "   {}", i18n::text(lang, "no-findings", None))?;
        }
        // A rule is explained once an input: 12 servers refusing with one
        // reply were 12 copies of its cause and fix (QA round 22).
        let mut explained = std::collections::HashSet::new();
        for f in &r.findings {
            // The codes and a space, or nothing (no double space when a finding has none).
            let codes: String =
                [f.reply.map(|c| c.to_string()), f.status.clone()].into_iter().flatten().map(|c| c + " ").collect();
            // English keeps its lowercase codes (scripts grep `[critical]`);
            // another language reads its own words (QA round 15).
            let severity = if english {
                f.severity.as_str().to_string()
            } else {
                i18n::text(lang, &format!("severity-{}", f.severity.as_str()), None)
            };
            let at = if english {
                format!("{}x, line {}", f.count, f.first_line)
            } else {
                i18n::text_n(lang, "cli-finding-at", &[("count", f.count as i64), ("line", f.first_line as i64)])
            };
            writeln!(out, "\n[{}] {}{} ({at})", severity, input::shown(&codes), f.rule)?;
            if !explained.insert(f.rule.as_str()) {
                writeln!(out, "   {}", i18n::text(lang, "cli-explained-above", None))?;
            } else if let Some(rule) = kb::rule(&f.rule) {
                let t = i18n::rule_text(lang, rule);
                writeln!(out, "   {}", t.title)?;
                writeln!(out, "   {}{colon}{after_colon}{}", i18n::text(lang, "cause-heading", None), t.cause)?;
                writeln!(out, "   {}{colon}", i18n::text(lang, "fix-heading", None))?;
                for (i, step) in t.fix.iter().enumerate() {
                    writeln!(out, "     {}. {step}", i + 1)?;
                }
                // The files the steps refer to ("the .reg below"), as the
                // page offers them for download (QA round 30).
                for a in rule.artifacts.iter().filter_map(|id| kb::artifact(id)) {
                    writeln!(
                        out,
                        "   {}{colon}{after_colon}{}  (mailtriage artifact {} > {})",
                        i18n::text(lang, "cli-file", None),
                        a.file_name,
                        a.id,
                        a.file_name
                    )?;
                }
                for reference in rule.references {
                    writeln!(
                        out,
                        "   - {} <{}>",
                        i18n::reference_title(lang, reference.title),
                        i18n::reference_url(lang, reference.url)
                    )?;
                }
            }
            for who in [&f.recipient, &f.remote_host, &f.remote_ip].into_iter().flatten() {
                writeln!(out, "   {affects}{colon}{after_colon}{}", input::shown(who))?;
            }
            // What was read, so a finding says which value or reply it is
            // (QA round 33: a registry finding named neither key).
            for e in f.evidence.iter().take(EVIDENCE_SHOWN) {
                let at = i18n::text_n(lang, "cli-evidence-line", &[("line", e.location.line as i64)]);
                // (A tab between a table's columns is shown as one.)
                let text = clip(e.text.trim(), 200);
                writeln!(
                    out,
                    "   {at}{colon}{after_colon}{}",
                    mailtriage_engine::export::escape_hidden(&text, &['\t'])
                )?;
            }
        }
        if r.unrecognised_lines > 0 {
            writeln!(
                out,
                "\n   {}",
                i18n::text_n(
                    lang,
                    "stats-lines",
                    &[("lines", r.lines as i64), ("unrecognised", r.unrecognised_lines as i64)]
                )
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The census's listed findings are the first of the run in input
    /// order, whichever order its reports come in; an input that failed is
    /// let go of.
    #[test]
    fn listed_findings_are_the_first_in_input_order_in_any_arrival_order() {
        let one = mailtriage_engine::analyze("x", b"451 5.7.3 Must issue a STARTTLS command first\n");
        let f = one.findings[0].clone();
        let report = |n: usize| {
            let mut r = one.clone();
            r.findings = vec![f.clone(); n];
            r
        };
        let sizes = [(0, 20_000), (1, 5), (2, 20_000), (3, 20_000), (4, 7)];
        let dropped = |r: &InputReport| {
            r.notes.iter().find_map(|n| match n {
                mailtriage_engine::Note::TooManyFindings { dropped } => Some(*dropped),
                _ => None,
            })
        };
        let mut orders = vec![vec![0, 1, 2, 3, 4], vec![4, 3, 2, 1, 0], vec![2, 4, 0, 3, 1], vec![3, 0, 4, 1, 2]];
        for order in orders.drain(..) {
            let mut listed = Listed::default();
            for k in order {
                listed.hold((sizes[k].0, 0), report(sizes[k].1));
            }
            let got: Vec<(usize, Option<u64>)> =
                listed.into_reports().iter().map(|r| (r.findings.len(), dropped(r))).collect();
            assert_eq!(got, [(20_000, None), (5, None), (20_000, None), (9_995, Some(10_005)), (0, Some(7))]);
        }
        let mut listed = Listed::default();
        listed.hold((0, 0), report(30_000));
        listed.hold((1, 0), report(30_000));
        listed.hold((1, 1), report(3));
        assert_eq!(listed.findings, MAX_LISTED_FINDINGS);
        listed.forget(1);
        assert_eq!((listed.findings, listed.reports.len(), listed.with_findings.len()), (30_000, 1, 1));
    }

    /// A Postfix line: a TLS 1.0 session from `ip`.
    fn tls10_line(ip: &str) -> String {
        format!(
            "Jan 20 10:00:01 mx postfix/smtpd[1]: Anonymous TLS connection established from a.example[{ip}]: TLSv1 with cipher AES256-SHA (256/256 bits)\n"
        )
    }

    /// A zip at `path` of members named as given, each a [`tls10_line`] from
    /// the IP given.
    fn write_zip(path: &Path, members: &[(&str, &str)]) {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
        for (name, ip) in members {
            w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(tls10_line(ip).as_bytes()).unwrap();
        }
        w.finish().unwrap();
    }

    /// The options of a census on one thread, in JSON.
    fn one_thread() -> Common {
        Common { paths: Vec::new(), format: Format::Json, lang: "en".into(), jobs: Some(1), no_progress: true }
    }

    /// A census's first run over an archive, once two of its members hold
    /// the same bytes (it will be made again without one), hashes the
    /// members after them without reading them, and holds no report.
    #[test]
    fn a_first_run_that_finds_a_copy_only_hashes_the_rest() {
        let dir = std::env::temp_dir().join(format!("mailtriage-first-run-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("logs.zip");
        write_zip(&path, &[("a.log", "192.0.2.1"), ("b.log", "192.0.2.1"), ("c.log", "192.0.2.3")]);
        let run = census_once(std::slice::from_ref(&path), &Default::default(), Some(&[true]), &one_thread(), false);
        let members = run.members.unwrap();
        let names: Vec<&str> = members[0].as_ref().unwrap().iter().map(|c| c.name.as_str()).collect();
        let zip = path.display().to_string();
        assert_eq!(names, [format!("{zip}!a.log"), format!("{zip}!b.log"), format!("{zip}!c.log")]);
        assert!(run.listed.reports.is_empty());
        // a.log and b.log were read (the copy is known at b.log's end), c.log not.
        let report = run.census.finish();
        assert_eq!(report.sessions, 2);
        assert!(report.endpoints.iter().all(|e| e.remote_ip == "192.0.2.1"), "{:?}", report.endpoints);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A plain file of a size a zip lists for a member is hashed in the
    /// first run too: a member that copies it ends that run's reading as a
    /// copy between members does. Another plain file is not hashed.
    #[test]
    fn a_plain_file_that_may_be_a_members_copy_is_hashed_in_the_first_run() {
        let dir = std::env::temp_dir().join(format!("mailtriage-plain-copy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (plain, zipped, other) = (dir.join("a.log"), dir.join("b.zip"), dir.join("z.log"));
        std::fs::write(&plain, tls10_line("192.0.2.1")).unwrap();
        std::fs::write(&other, tls10_line("192.0.2.100")).unwrap();
        write_zip(&zipped, &[("a.log", "192.0.2.1"), ("c.log", "192.0.2.3")]);
        let files = [plain.clone(), zipped.clone(), other.clone()];
        let hashed = hashed_among(&files, &archives_among(&files));
        assert_eq!(hashed, [true, true, false]);
        let run = census_once(&files, &Default::default(), Some(&hashed), &one_thread(), false);
        let members = run.members.unwrap();
        let names = |k: usize| members[k].as_ref().map(|c| c.iter().map(|c| c.name.clone()).collect::<Vec<_>>());
        assert_eq!(names(0), Some(vec![plain.display().to_string()]));
        assert_eq!(names(1).map(|n| n.len()), Some(2));
        assert_eq!(names(2), None);
        // a.log and its copy were read; c.log was only hashed, z.log not read.
        let report = run.census.finish();
        assert_eq!(report.sessions, 2);
        assert!(report.endpoints.iter().all(|e| e.remote_ip == "192.0.2.1"), "{:?}", report.endpoints);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_rule_is_explained_once_an_input_in_the_text_output() {
        let log = "Jan 20 10:00:01 mx postfix/smtp[1]: 1A: to=<a@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <a@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n\
Jan 20 10:00:02 mx postfix/smtp[2]: 2B: to=<b@example.org>, relay=mx.example.org[192.0.2.2]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.2] said: 550 5.1.1 <b@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n";
        let report = mailtriage_engine::analyze("maillog", log.as_bytes());
        assert_eq!(report.findings.len(), 2, "{:#?}", report.findings);
        let mut text = Vec::new();
        print_text(&mut text, &[report], "en").unwrap();
        let text = String::from_utf8(text).unwrap();
        assert_eq!(text.matches("Cause: ").count(), 1, "{text}");
        assert_eq!(text.matches("(explained above)").count(), 1, "{text}");
        assert!(text.contains("affects: a@example.net") && text.contains("affects: b@example.org"), "{text}");
    }

    #[test]
    fn json_written_by_element_is_the_document_serde_writes_whole() {
        let texts = [
            "421 4.4.2 Connection dropped due to SocketError\n",
            "nothing known \"quoted\" \\ here\nsecond line\n",
            "Remote Server returned '550 5.1.1 User unknown'\nДиагностика: 中文\n",
        ];
        let reports: Vec<InputReport> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| mailtriage_engine::analyze(&format!("in{i}.txt"), t.as_bytes()))
            .collect();
        #[derive(serde::Serialize)]
        struct Doc<'a> {
            inputs: Vec<mailtriage_engine::report::ContractInput<'a>>,
        }
        for n in 0..=reports.len() {
            let doc = Doc { inputs: reports[..n].iter().map(InputReport::contract).collect() };
            let whole = serde_json::to_string_pretty(&doc).unwrap() + "\n";
            let layout = Layout { format: Format::Json, lang: "en", tty: false };
            assert_eq!(layout.document(&reports[..n]), whole, "{n} reports");
        }
    }

    #[test]
    fn a_localized_census_table_lines_up_by_display_width() {
        assert_eq!(display_width("远程 IP"), 7);
        assert_eq!(display_width("Tiếng Việt"), 10);
        let mut census = Census::new();
        census.begin_file("maillog");
        census.feed(
            b"Jan 20 10:00:01 mx postfix/smtpd[1]: Anonymous TLS connection established from a.example[192.0.2.10]: TLSv1 with cipher AES256-SHA (256/256 bits)\n\
Jan 20 10:00:02 mx postfix/smtp[2]: Trusted TLS connection established to b.example[2001:db8::25]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n",
        );
        census.end_file();
        let report = census.finish();
        assert_eq!(report.endpoints.len(), 2, "{report:?}");
        let mut out = Vec::new();
        census_text_localized(&mut out, &report, "zh-CN").unwrap();
        let text = String::from_utf8(out).unwrap();
        // Where the direction column starts, on the header and on each row.
        let starts: Vec<usize> = ["方向", "入站", "出站"]
            .iter()
            .map(|w| {
                let line = text.lines().find(|l| l.contains(w)).unwrap_or_else(|| panic!("{w}: {text}"));
                display_width(&line[..line.find(w).unwrap()])
            })
            .collect();
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}\n{text}");
    }
}
