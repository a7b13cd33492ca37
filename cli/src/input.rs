//! Inputs on the command line: files and folders (walked recursively, in
//! sorted order), `.gz` and `.zip` (sniffed by their magic bytes, not their
//! names), `-` for standard input. Files are streamed in 1 MiB chunks and
//! processed in parallel, one file per worker thread; a progress bar goes to
//! stderr when it is a terminal and the input is large.

use mailtriage_engine::archive::{self, Container, Gunzip};
use std::fs::File;
use std::io::{self, IsTerminal, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Bytes read at a time. A buffer that stays in the core's L2 cache between
/// the kernel's copy and the parse: 1 MiB cost 4-5 % more user time and more
/// system time than 128-256 KiB (census of the 1.07 GB bench set, hyperfine,
/// 10 runs each, alternated: 674-716 ms against 612-634 ms wall).
const CHUNK: usize = 256 << 10;

/// What a reader reports while it streams one path.
pub use mailtriage_engine::archive::Event;

/// `s` as it may be written to a terminal: control characters (a file or
/// zip member named with `ESC[2J`, a newline, an OSC title sequence) and
/// bidirectional overrides are shown as `\u{…}` escapes, not obeyed.
pub fn shown(s: &str) -> std::borrow::Cow<'_, str> {
    mailtriage_engine::export::escape_hidden(s, &[])
}

/// A character a terminal obeys rather than shows, or that hides in a name
/// (see [`mailtriage_engine::export::hidden`]).
fn hostile(c: char) -> bool {
    mailtriage_engine::export::hidden(c)
}

/// A whole report as it may be written to a terminal: as [`shown`], line
/// breaks and tabs kept. In JSON (`json`) each such character is written as
/// the `\uXXXX` escape JSON reads as the same character, so the document
/// means the same; serde leaves DEL, C1 and the overrides as they are. The
/// CSV, Markdown and JSON reports carried the input's escapes to the
/// terminal (only the text report was made safe).
pub fn terminal_safe(s: &str, json: bool) -> std::borrow::Cow<'_, str> {
    // A CR before a newline ends a CSV row (RFC 4180); alone, it would
    // return to the line's start and let what follows overwrite it.
    let hostile =
        |c: char, next: Option<char>| hostile(c) && !matches!(c, '\n' | '\t') && !(c == '\r' && next == Some('\n'));
    // Copied only from the first character to escape on.
    let mut out: Option<String> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if hostile(c, chars.peek().map(|&(_, n)| n)) {
            let o = out.get_or_insert_with(|| {
                let mut o = String::with_capacity(s.len() + 16);
                o.push_str(&s[..at]);
                o
            });
            if json {
                // Hostile characters are all in the Basic Multilingual Plane.
                o.push_str(&format!("\\u{:04x}", u32::from(c)));
            } else {
                o.extend(c.escape_unicode());
            }
        } else if let Some(o) = &mut out {
            o.push(c);
        }
    }
    out.map_or(std::borrow::Cow::Borrowed(s), std::borrow::Cow::Owned)
}

/// Expands folders recursively, in a stable (sorted) order, each file with
/// what makes it one file ([`Identity`]). A path that cannot be read (a
/// missing file, a folder only root may list) is an error in `errors`,
/// naming it; the others are still collected: one root-only file must not
/// hide the report of every other file of `/var/log`.
pub fn collect(path: &Path, out: &mut Vec<(PathBuf, Identity)>, errors: &mut Vec<String>) {
    if path.as_os_str() == "-" {
        out.push((path.to_path_buf(), Identity::Path(path.to_path_buf())));
        return;
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => collect_dir(path, out, &mut Vec::new(), errors),
        Ok(meta) => out.push((path.to_path_buf(), identity_of(path, &meta))),
        Err(e) => errors.push(format!("{}: {e}", path.display())),
    }
}

/// The files under a folder, recursively, sorted by path. An entry's type
/// comes from the folder listing itself (no `stat` per file: a maildir holds
/// thousands); only a symbolic link is followed with one.
///
/// `walking` holds the folders from the top down to `dir`: a link back to
/// one of them (`up -> ..`, `self -> .`) is a loop, and is not followed.
/// Without this the walk never ends (or ends at the kernel's link limit,
/// losing every file found).
fn collect_dir(dir: &Path, out: &mut Vec<(PathBuf, Identity)>, walking: &mut Vec<Identity>, errors: &mut Vec<String>) {
    let id = identity(dir);
    if walking.contains(&id) {
        return;
    }
    let listing = match std::fs::read_dir(dir) {
        Ok(l) => l,
        Err(e) => return errors.push(format!("{}: {e}", dir.display())),
    };
    let mut entries: Vec<(std::ffi::OsString, PathBuf, Option<Identity>)> = Vec::new();
    for e in listing {
        let Ok(e) = e else { continue };
        // A file's identity from the listing too (on Unix its inode, on the
        // folder's device): a `stat` per file was a third of the system
        // calls of a triage of 374 bounces.
        let mut file_id = None;
        let kind = match e.file_type() {
            Ok(t) if !t.is_symlink() => {
                #[cfg(unix)]
                if let Identity::Inode(dev, _) = id {
                    use std::os::unix::fs::DirEntryExt;
                    file_id = Some(Identity::Inode(dev, e.ino()));
                }
                t
            }
            // A link, or a listing without the type: follow it. A link that
            // leads nowhere (a stale `current` link, a loop of links) is
            // skipped with a word on stderr: it must not cost the report of
            // every other file.
            _ => match std::fs::metadata(e.path()) {
                Ok(m) => {
                    file_id = Some(identity_of(&e.path(), &m));
                    m.file_type()
                }
                Err(err) => {
                    eprintln!(
                        "mailtriage: {}: skipped, a link that leads nowhere ({err})",
                        shown(&e.path().display().to_string())
                    );
                    continue;
                }
            },
        };
        // A named pipe, socket or device in a folder is no log: reading a
        // pipe nobody writes to waits for ever.
        if !kind.is_dir() && !kind.is_file() {
            eprintln!("mailtriage: {}: skipped, not a regular file", shown(&e.path().display().to_string()));
            continue;
        }
        let file = (!kind.is_dir()).then(|| file_id.unwrap_or_else(|| identity(&e.path())));
        entries.push((e.file_name(), e.path(), file));
    }
    // By name: the order of their paths (one folder, one component each,
    // compared as bytes), without `Path`'s comparison component by component,
    // which was 4 % of a triage of 374 bounces, before any was read.
    entries.sort_unstable_by(|a, b| a.0.as_encoded_bytes().cmp(b.0.as_encoded_bytes()));
    walking.push(id);
    for (_, p, file) in entries {
        match file {
            Some(id) => out.push((p, id)),
            None => collect_dir(&p, out, walking, errors),
        }
    }
    walking.pop();
}

/// What makes two paths one file or folder. On Unix the device and inode,
/// from one `stat`: `canonicalize` asked the kernel for every component of
/// every path (six `readlink`s and a `getcwd` a file, most of the system time
/// of a triage of 374 bounces), and a hard link is the same file too.
/// Elsewhere, and for a path that cannot be read, the canonical path.
#[derive(PartialEq, Eq, Hash)]
pub(crate) enum Identity {
    #[cfg(unix)]
    Inode(u64, u64),
    Path(PathBuf),
}

pub(crate) fn identity(path: &Path) -> Identity {
    match std::fs::metadata(path) {
        Ok(m) => identity_of(path, &m),
        Err(_) => Identity::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())),
    }
}

/// [`identity`] from the `stat` of `path` at hand.
fn identity_of(path: &Path, meta: &std::fs::Metadata) -> Identity {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        Identity::Inode(meta.dev(), meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Identity::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

/// When an open file was last written (Unix seconds), from its metadata,
/// if it says: its input begins with it ([`Event::Begin`]).
pub(crate) fn modified(meta: Option<&std::fs::Metadata>) -> Option<i64> {
    let t = meta?.modified().ok()?;
    match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok(),
        Err(e) => i64::try_from(e.duration().as_secs()).ok().map(|s| -s),
    }
}

/// Streams one path: plain, gzip or zip (`read` counts compressed bytes);
/// with `part` (`Some((k, n))`, see [`zip_parts`]), only part `k` of `n`
/// of a zip's members, and of a path that is no zip after all, part 0 is
/// the whole and the others are nothing.
pub fn stream_part(
    path: &Path,
    part: Option<(usize, usize)>,
    read: &AtomicU64,
    each: &mut dyn FnMut(Event<'_>),
) -> io::Result<()> {
    // A tar (`logs.tar`, `logs.tar.gz`, or one in a zip) is its files, and
    // a zip that streams (`logs.zip.gz`, one in a tar) its members.
    let mut unpack = archive::Unpack::new("!");
    stream_inputs(path, part, read, &mut |e| unpack.event(e, each))
}

/// Parts a file's zip members are read in by as many threads (see
/// [`stream_part`]): a zip of at least [`SPLIT_BYTES`] and two files or
/// more gets up to `jobs` (see [`archive::zip_parts`]); anything else one.
/// Only names ending in `.zip` are opened to see: the others (and standard
/// input) cost nothing here.
pub fn zip_parts(path: &Path, jobs: usize) -> usize {
    let named_zip = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if jobs < 2 || !named_zip || std::fs::metadata(path).map_or(true, |m| !m.is_file() || m.len() < SPLIT_BYTES) {
        return 1;
    }
    match File::open(path) {
        Ok(f) => archive::zip_parts(archive::SeekBuf::new(64 << 10, f), 1, jobs),
        Err(_) => 1,
    }
}

/// Smallest zip split in parts ([`zip_parts`]).
const SPLIT_BYTES: u64 = 4 << 20;

fn stream_inputs(
    path: &Path,
    part: Option<(usize, usize)>,
    read: &AtomicU64,
    each: &mut dyn FnMut(Event<'_>),
) -> io::Result<()> {
    if path.as_os_str() == "-" && part.is_some_and(|(k, _)| k > 0) {
        return Ok(());
    }
    let name = path.display().to_string();
    if path.as_os_str() == "-" {
        let mut stdin = io::stdin().lock();
        let mut head = [0u8; 4];
        let n = read_up_to(&mut stdin, &mut head)?;
        if archive::sniff(&head[..n]) == Container::Zip {
            // A zip's directory is at its end: standard input is first
            // copied to a temporary file (memory stays bounded), then read.
            let tmp = std::env::temp_dir().join(format!("mailtriage-stdin-{}.zip", std::process::id()));
            let spooled = (|| {
                let mut f = File::options().create_new(true).read(true).write(true).open(&tmp)?;
                f.write_all(&head[..n])?;
                io::copy(&mut stdin, &mut f)?;
                f.rewind()?;
                stream_zip(&name, f, None, read, each)
            })();
            let _ = std::fs::remove_file(&tmp);
            return spooled;
        }
        return stream_reader(&name, &mut (&head[..n]).chain(stdin), read, each);
    }
    let mut file = File::open(path)?;
    let meta = file.metadata().ok();
    // One byte more than a regular file holds: its second read finds the
    // end. A pipe (`<(zcat …)`, `/dev/stdin`) says 0 and may hold gigabytes.
    let size = match &meta {
        Some(m) if m.is_file() => usize::try_from(m.len()).unwrap_or(CHUNK).saturating_add(1),
        _ => CHUNK,
    };
    with_buffer(size, |buf| {
        // The first read fills the buffer the stream goes on from: a read of
        // four bytes to tell a zip, then a rewind, were two of a small
        // bounce's six system calls.
        let n = read_at_least(&mut file, buf, 4)?;
        if archive::sniff(&buf[..n]) == Container::Zip {
            file.rewind()?;
            return stream_zip(&name, file, part, read, each);
        }
        if part.is_some_and(|(k, _)| k > 0) {
            return Ok(());
        }
        each(Event::Begin(&name, modified(meta.as_ref())));
        stream_chunks(&mut file, read, each, buf, n)
    })
}

/// Reads into `buf` until it holds `min` bytes (or all of them) or the
/// stream ends; returns how many it holds.
fn read_at_least(r: &mut impl Read, buf: &mut [u8], min: usize) -> io::Result<usize> {
    let mut n = 0;
    while n < min.min(buf.len()) {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Each member of a zip as an input named `archive.zip!member`, each ending
/// with its own problem, if it had one (a cut gzip member). A zip that cannot
/// be opened at all (no central directory: cut short) is one input that
/// ends with that problem: the other inputs are still read and reported.
fn stream_zip(
    name: &str,
    file: File,
    part: Option<(usize, usize)>,
    read: &AtomicU64,
    each: &mut dyn FnMut(Event<'_>),
) -> io::Result<()> {
    // Buffered across the seek to each member: unbuffered, a zip of 20 000
    // small members took 180 000 system calls.
    let counted = archive::SeekBuf::new(64 << 10, Counted { inner: file, read });
    // A zip that cannot be opened is an input with its problem (made so
    // by `zip_inputs`): the other paths are still read.
    let _ = archive::zip_inputs_part(counted, name, "!", part, each);
    Ok(())
}

/// Reads until `buf` is full or the stream ends.
pub(crate) fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let len = buf.len();
    read_at_least(r, buf, len)
}

/// A plain or gzip stream.
fn stream_reader(name: &str, r: &mut dyn Read, read: &AtomicU64, each: &mut dyn FnMut(Event<'_>)) -> io::Result<()> {
    each(Event::Begin(name, None));
    with_buffer(CHUNK, |buf| stream_chunks(r, read, each, buf, 0))
}

/// Runs `f` with this thread's read buffer, of `size` bytes or more (what
/// the input needs, from 16 KiB to [`CHUNK`]): zeroing it for each of
/// thousands of small bounce files would cost more than reading them, and
/// one of [`CHUNK`] for a corpus of small ones touched 64 new pages a
/// thread (a sixth of the page faults of a one-file triage).
fn with_buffer<T>(size: usize, f: impl FnOnce(&mut [u8]) -> io::Result<T>) -> io::Result<T> {
    thread_local! {
        static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut buf = BUF.with(|b| std::mem::take(&mut *b.borrow_mut()));
    let size = size.clamp(16 << 10, CHUNK);
    if buf.len() < size {
        buf.resize(size, 0);
    }
    let r = f(&mut buf);
    BUF.with(|b| *b.borrow_mut() = buf);
    r
}

/// Streams `r` in chunks of `buf`, whose first `pending` bytes were read
/// from it already.
fn stream_chunks(
    r: &mut dyn Read,
    read: &AtomicU64,
    each: &mut dyn FnMut(Event<'_>),
    buf: &mut [u8],
    pending: usize,
) -> io::Result<()> {
    let mut gz: Option<Gunzip> = None;
    let mut first = true;
    let mut problem = None;
    let mut pending = pending;
    loop {
        let n = if pending > 0 { std::mem::take(&mut pending) } else { r.read(buf)? };
        if n == 0 {
            break;
        }
        read.fetch_add(n as u64, Ordering::Relaxed);
        if first {
            first = false;
            if archive::sniff(&buf[..n]) == Container::Gzip {
                gz = Some(Gunzip::new());
            }
        }
        match &mut gz {
            Some(g) => {
                if let Err(e) = g.feed(&buf[..n], &mut |b| each(Event::Chunk(b))) {
                    problem = Some(e);
                    break;
                }
            }
            None => each(Event::Chunk(&buf[..n])),
        }
    }
    if let (Some(g), None) = (gz, &problem) {
        if let Err(e) = g.finish(&mut |b| each(Event::Chunk(b))) {
            problem = Some(e);
        }
    }
    each(Event::End(problem));
    Ok(())
}

/// A reader that counts what it reads, for progress.
struct Counted<'a, R> {
    inner: R,
    read: &'a AtomicU64,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: Seek> Seek for Counted<'_, R> {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}

/// Runs `work(index, path, read)` over every path on `jobs` threads and
/// hands each result to `done(index, result)` as soon as it is ready (in completion order), so a
/// caller that merges as it goes holds only what it merged. A path whose
/// work fails does not stop the others: the errors (`path: error`) are
/// returned, in path order, for the caller to print after the report of
/// the rest.
pub fn parallel<T: Send>(
    paths: &[PathBuf],
    jobs: usize,
    progress: bool,
    work: &(dyn Fn(usize, &Path, &AtomicU64) -> io::Result<T> + Sync),
    done: &(dyn Fn(usize, T) + Sync),
) -> Vec<String> {
    // Sizes only where a bar could be drawn: a `stat` per file is wasted
    // when nobody sees the total.
    let total: u64 = if progress && io::stderr().is_terminal() {
        // A zip read in parts is one path a part, in a row: counted once.
        let mut once = paths.to_vec();
        once.dedup();
        once.iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum()
    } else {
        0
    };
    let read = AtomicU64::new(0);
    let next = AtomicUsize::new(0);
    let finished = AtomicBool::new(false);
    let errors: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    let show = total > 32 << 20;
    std::thread::scope(|scope| {
        if show {
            scope.spawn(|| progress_bar(total, &read, &finished));
        }
        let workers: Vec<_> = (0..jobs.clamp(1, paths.len().max(1)))
            .map(|_| {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(p) = paths.get(i) else { break };
                        match work(i, p, &read) {
                            Ok(t) => done(i, t),
                            Err(e) => errors.lock().expect("error lock").push((i, format!("{}: {e}", p.display()))),
                        }
                    }
                })
            })
            .collect();
        for w in workers {
            if w.join().is_err() {
                errors.lock().expect("error lock").push((usize::MAX, "a worker thread panicked".into()));
            }
        }
        finished.store(true, Ordering::Relaxed);
    });
    let mut errors = errors.into_inner().expect("error lock");
    errors.sort();
    errors.into_iter().map(|(_, e)| e).collect()
}

/// `[#########.........]  45%  512.0/1137.2 MB  812 MB/s  1s left`
fn progress_bar(total: u64, read: &AtomicU64, done: &AtomicBool) {
    let start = Instant::now();
    let mut err = io::stderr();
    while !done.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        let n = read.load(Ordering::Relaxed).min(total);
        let secs = start.elapsed().as_secs_f64().max(0.001);
        let rate = n as f64 / secs;
        let left = if rate > 0.0 { (total - n) as f64 / rate } else { 0.0 };
        let width = 30;
        let filled = (n as f64 / total.max(1) as f64 * width as f64) as usize;
        let _ = write!(
            err,
            "\r[{}{}] {:>3}%  {:.1}/{:.1} MB  {:.0} MB/s  {:.0}s left ",
            "#".repeat(filled),
            ".".repeat(width - filled),
            n * 100 / total.max(1),
            n as f64 / 1e6,
            total as f64 / 1e6,
            rate / 1e6,
            left
        );
    }
    let _ = write!(err, "\r{}\r", " ".repeat(90));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_for_a_terminal_show_escapes_and_json_stays_the_same_document() {
        let evil = "a\u{1b}]0;owned\u{7}b\u{9b}2Jc\u{202e}d\u{7f}e\rf\u{200b}";
        let csv = format!("rule,affected\r\nx,{evil}\r\n\ty\n");
        assert_eq!(
            terminal_safe(&csv, false),
            "rule,affected\r\nx,a\\u{1b}]0;owned\\u{7}b\\u{9b}2Jc\\u{202e}d\\u{7f}e\\u{d}f\\u{200b}\r\n\ty\n"
        );
        let json = serde_json::to_string_pretty(&serde_json::json!({ "affected": evil })).unwrap();
        let safe = terminal_safe(&json, true);
        assert!(!safe.chars().any(|c| hostile(c) && c != '\n'), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["affected"], evil, "the same document");
        assert!(matches!(terminal_safe("plain\ttext\n", false), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    #[cfg(unix)]
    fn folders_are_walked_in_path_order_through_links_without_a_stat_per_file() {
        let root = std::env::temp_dir().join(format!("mailtriage-collect-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for d in ["a/deep", "b"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        for f in ["z.log", "a/1.eml", "a/deep/2.eml", "b/3.gz"] {
            std::fs::write(root.join(f), f).unwrap();
        }
        // A link to a folder is walked; a dangling link is skipped (with a
        // word on stderr), not left to fail the whole run when opened.
        std::os::unix::fs::symlink(root.join("b"), root.join("c-link")).unwrap();
        std::os::unix::fs::symlink(root.join("gone"), root.join("d-dangling")).unwrap();
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        collect(&root, &mut out, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        let rel: Vec<String> =
            out.iter().map(|(p, _)| p.strip_prefix(&root).unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(rel, ["a/1.eml", "a/deep/2.eml", "b/3.gz", "c-link/3.gz", "z.log"]);
        // Identities read off the listing are what a `stat` says: the file
        // reached through the link is the one in `b`.
        for (p, id) in &out {
            assert!(identity(p) == *id, "{}", p.display());
        }
        assert!(out[2].1 == out[3].1);
        assert_eq!(shown("a\x1b[31mRED\x1b[0m\n\u{202e}b.txt"), "a\\u{1b}[31mRED\\u{1b}[0m\\u{a}\\u{202e}b.txt");
        assert!(matches!(shown("ünïcödé 日本.log"), std::borrow::Cow::Borrowed(_)));
        let mut one = Vec::new();
        collect(&root.join("z.log"), &mut one, &mut errors);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].0, root.join("z.log"));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
