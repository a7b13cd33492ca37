//! Containers around the inputs: gzip (rotated syslog, zipped-up protocol
//! logs sent by a colleague) and zip. Framing below this layer only ever
//! sees the decompressed bytes, in chunks, so memory stays bounded.
//!
//! gzip is decoded push-style ([`Gunzip::feed`]) so the browser can stream a
//! `Blob` slice by slice; zip needs its central directory (at the end), so it
//! takes a `Read + Seek` (a file natively, the bytes in the browser) and
//! streams one member at a time ([`zip_entries`]).

use std::io::{Read, Seek, Write};

/// What wraps the input, decided from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Plain,
    /// RFC 1952 member(s): `1f 8b 08`.
    Gzip,
    /// PKWARE local file header `PK\x03\x04` (or an empty archive `PK\x05\x06`).
    Zip,
}

/// Sniffs the container from the first bytes (four are enough).
pub fn sniff(first: &[u8]) -> Container {
    if first.starts_with(&[0x1f, 0x8b, 0x08]) {
        Container::Gzip
    } else if first.starts_with(b"PK\x03\x04") || first.starts_with(b"PK\x05\x06") {
        Container::Zip
    } else {
        Container::Plain
    }
}

/// The compression a file's first bytes name when it is one this tool does
/// not read (their magic numbers): such a file is binary to the line reader,
/// and its note says what it is instead (QA: a `.tar.xz` of logs was only
/// "a binary file", with exit code 0).
pub fn unread_compression(first: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 7] = [
        (&[0xFD, b'7', b'z', b'X', b'Z', 0x00], "xz"),
        (&[0x28, 0xB5, 0x2F, 0xFD], "zstd"),
        (&[b'7', b'z', 0xBC, 0xAF, 0x27, 0x1C], "7z"),
        (b"Rar!\x1A\x07", "RAR"),
        (&[0x04, 0x22, 0x4D, 0x18], "LZ4"),
        (&[0x1F, 0x9D], "compress (.Z)"),
        (b"BZh", "bzip2"),
    ];
    let (_, name) = MAGIC.iter().find(|(m, _)| first.starts_with(m))?;
    // bzip2's block size follows its magic: a digit 1–9.
    if *name == "bzip2" && !first.get(3).is_some_and(|d| (b'1'..=b'9').contains(d)) {
        return None;
    }
    Some(name)
}

/// Largest output one gzip input may decompress to before it is refused: a
/// decompression bomb must not run the browser out of memory or time.
pub const MAX_EXPANDED: u64 = 64 << 30;

/// Push-style gzip decoder: compressed chunks in, decompressed chunks out.
/// Concatenated members (as `cat a.gz b.gz` makes) are all decoded.
#[derive(Default)]
pub struct Gunzip {
    /// Compressed bytes of the member being decoded, not yet consumed.
    pending: Vec<u8>,
    decoder: Option<flate2::write::GzDecoder<Vec<u8>>>,
    written: u64,
    failed: Option<String>,
}

impl Gunzip {
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds compressed bytes; decompressed output goes to `out`. After an
    /// error every later call returns the same error.
    pub fn feed(&mut self, chunk: &[u8], out: &mut dyn FnMut(&[u8])) -> Result<(), String> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.pending.extend_from_slice(chunk);
        let r = self.pump(out);
        if let Err(e) = &r {
            self.failed = Some(e.clone());
        }
        r
    }

    fn pump(&mut self, out: &mut dyn FnMut(&[u8])) -> Result<(), String> {
        let mut input = std::mem::take(&mut self.pending);
        let mut at = 0;
        while at < input.len() {
            let dec = self.decoder.get_or_insert_with(|| flate2::write::GzDecoder::new(Vec::new()));
            let n = dec.write(&input[at..]).map_err(|e| format!("gzip: {e}"))?;
            self.drain(out)?;
            if n == 0 {
                // The member ended; what follows is the next member (or padding).
                let dec = self.decoder.take().expect("decoder present");
                let _ = dec.finish().map_err(|e| format!("gzip: {e}"))?;
                if input[at..].iter().all(|&b| b == 0) {
                    at = input.len();
                }
                continue;
            }
            at += n;
        }
        input.clear();
        self.pending = input;
        Ok(())
    }

    fn drain(&mut self, out: &mut dyn FnMut(&[u8])) -> Result<(), String> {
        if let Some(dec) = &mut self.decoder {
            let buf = dec.get_mut();
            if !buf.is_empty() {
                self.written += buf.len() as u64;
                if self.written > MAX_EXPANDED {
                    return Err("gzip: decompressed size over the limit".into());
                }
                out(buf);
                buf.clear();
            }
        }
        Ok(())
    }

    /// Ends the input. A stream cut short is reported, after everything that
    /// could be decoded was delivered.
    pub fn finish(mut self, out: &mut dyn FnMut(&[u8])) -> Result<(), String> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.pump(out)?;
        match self.decoder.take() {
            None => Ok(()),
            Some(mut dec) => {
                let r = dec.try_finish();
                let buf = std::mem::take(dec.get_mut());
                if !buf.is_empty() {
                    out(&buf);
                }
                // A stream that ends early is cut short; any other error
                // (a checksum that does not match: the bytes are damaged)
                // is said as it is.
                r.map_err(|e| match e.kind() {
                    std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::WriteZero => {
                        "gzip: the compressed stream is truncated".to_string()
                    }
                    _ => format!("gzip: {e}"),
                })
            }
        }
    }
}

/// Streams every file of a zip archive, one member at a time, in chunks of
/// at most 1 MiB: `each(name, chunk)` is called with `chunk` empty once at
/// the start of each member. Folders are skipped; encrypted or unsupported
/// members produce an error string per member in the returned list, the
/// rest is still read.
pub fn zip_entries<R: Read + Seek>(reader: R, each: &mut dyn FnMut(&str, &[u8])) -> Result<Vec<String>, String> {
    zip_entries_with(reader, &mut |name, _, chunk, _| each(name, chunk))
}

/// The problem [`zip_entries_with`] reported for `member` (`member: problem`).
pub fn member_problem(problems: &[String], member: &str) -> Option<String> {
    problems.iter().find_map(|p| p.strip_prefix(member).and_then(|r| r.strip_prefix(": ")).map(str::to_string))
}

/// The inputs a reader hands on, one after another.
pub enum Event<'a> {
    /// A new input starts (a file, or one member of an archive): its name,
    /// and when it was last written (Unix seconds) as its archive stored it
    /// for it: a zip member's extended timestamp or else its DOS time (no
    /// zone: read as UTC), a tar member's mtime, and for a gzip member the
    /// MTIME of its own header when it has one; for an input read as it
    /// came, its file's last-modified time, as its reader knows it (`None`
    /// for standard input or a paste); `None` also for a member whose
    /// archive gives no plausible time (the DOS zero date, a tar
    /// mtime of 0). It dates the member's syslog stamps that have no year
    /// (`Analyzer::written_at`); an archive's own time never dates its
    /// members (it may have been made long after them).
    Begin(&'a str, Option<i64>),
    Chunk(&'a [u8]),
    /// The input ended; a problem (truncated gzip, …) if there was one.
    End(Option<String>),
}

/// Every member of the zip `name` as an input named `name` + `sep` +
/// member (the CLI's `logs.zip!SEND….LOG`, the page's `logs.zip/…`), each
/// ending with its own problem, if it had one (an encrypted member, a cut
/// gzip member); a zip with no file in it (folders only) is one empty
/// input named `name`, and so is a zip that cannot be opened at all (no
/// central directory: cut short), ending with that problem. The problems
/// of all members are returned; `Err` (the problem) when the zip could not
/// be opened.
pub fn zip_inputs<R: Read + Seek>(
    reader: R,
    name: &str,
    sep: &str,
    each: &mut dyn FnMut(Event<'_>),
) -> Result<Vec<String>, String> {
    zip_inputs_part(reader, name, sep, None, each)
}

/// [`zip_inputs`] for part `k` of `n` of the zip's members (`part`:
/// `Some((k, n))`; see [`zip_parts`]): the members of its `k`-th stretch of
/// the directory. Read one after another, the parts give what the whole
/// gives, so threads can read one each. A part never is the empty input of
/// a zip with no file (a zip split in parts has files).
pub fn zip_inputs_part<R: Read + Seek>(
    reader: R,
    name: &str,
    sep: &str,
    part: Option<(usize, usize)>,
    each: &mut dyn FnMut(Event<'_>),
) -> Result<Vec<String>, String> {
    // The member being read, and how many problems were reported before it:
    // its own, if it has one, comes after them. (Looked up in all of them, a
    // member named `` took the problem of one named `: .log`, `: .log: …`,
    // and a part of the zip, with fewer before it, gave another; fuzzing.)
    let mut current: Option<(String, usize)> = None;
    let mut problems = Vec::new();
    let mut sink = |member: &str, written: Option<i64>, chunk: &[u8], problems: &[String]| {
        if chunk.is_empty() {
            if let Some((m, since)) = current.take() {
                each(Event::End(member_problem(problems.get(since..).unwrap_or_default(), &m)));
            }
            each(Event::Begin(&format!("{name}{sep}{member}"), written));
            current = Some((member.to_string(), problems.len()));
        } else {
            each(Event::Chunk(chunk));
        }
    };
    let opened = entries(reader, "", 0, MAX_NESTED_ZIP, part, &mut sink, &mut problems).map(|()| problems);
    let problems = opened.inspect_err(|e| {
        each(Event::Begin(name, None));
        each(Event::End(Some(e.clone())));
    })?;
    match current {
        Some((m, since)) => each(Event::End(member_problem(problems.get(since..).unwrap_or_default(), &m))),
        None if part.is_some() => {}
        None => {
            each(Event::Begin(name, None));
            each(Event::End(None));
        }
    }
    Ok(problems)
}

/// How many parts of about `min_files` files or more (at most `max`) the
/// zip can be read in by [`zip_inputs_part`]: its directory opens at its
/// start, lists every name once (members listed under the same name are
/// read last, from the whole directory) and at most [`MAX_SPLIT_MEMBERS`];
/// 1 otherwise.
pub fn zip_parts<R: Read + Seek>(mut reader: R, min_files: usize, max: usize) -> usize {
    // Counted from the end record first: the whole directory of a zip of
    // 300 000 members is ~180 MB once opened.
    let Some(end) = directory_end(&mut reader).filter(|d| d.count <= MAX_SPLIT_MEMBERS as u64) else { return 1 };
    let Ok(archive) = zip::ZipArchive::new(&mut reader) else { return 1 };
    let (len, directory) = (archive.len(), archive.central_directory_start());
    let files = archive.file_names().filter(|n| !n.ends_with('/')).count();
    // As many members as records: no name listed twice (the crate keeps
    // one member a name; the others are read after all, by the last part).
    if archive.offset() != 0 || files < 2 * min_files.max(1) || len as u64 != end.count {
        return 1;
    }
    drop(archive);
    if listed(&mut reader, directory).len() != len {
        return 1;
    }
    (files / min_files.max(1)).clamp(1, max.max(1))
}

/// What [`zip_entries_with`] calls: member name, when the member was last
/// written (Unix seconds; see [`Event::Begin`]), chunk (empty at a
/// member's start), the problems reported so far.
pub type MemberSink<'a> = dyn FnMut(&str, Option<i64>, &[u8], &[String]) + 'a;

/// [`zip_entries`], whose `each` also sees the problems reported so far
/// (`member: problem`): at the start of a member, the previous member's
/// problem is already among them, so a caller can end each member's input
/// with its own problem.
pub fn zip_entries_with<R: Read + Seek>(reader: R, each: &mut MemberSink<'_>) -> Result<Vec<String>, String> {
    let mut problems = Vec::new();
    entries(reader, "", 0, MAX_NESTED_ZIP, None, each, &mut problems)?;
    Ok(problems)
}

/// Most members of a zip read in parts ([`zip_parts`]): each part's reader
/// holds the whole directory (about 0.6 KB a member), and the reports of a
/// part whose turn has not come are held only up to a limit (then its
/// thread waits). A zip of 100 000 bounces in two parts took 145 MB instead
/// of 69 MB, for 5.8 s instead of 7.5 s; a zip of hourly logs (tens of big
/// members) is read twice as fast.
pub const MAX_SPLIT_MEMBERS: usize = 10_000;

/// Zips inside a zip read as zips, this many levels down: a server's log
/// folder zipped with last month's zip in it.
const MAX_NESTED: u32 = 3;
/// Most bytes of zips inside a zip held at once, all levels together: each
/// is read into memory (a zip is read from its end), so memory is bounded
/// however they nest.
pub const MAX_NESTED_ZIP: u64 = 256 << 20;

/// The members of one zip, named `prefix` + their name, at `depth` zips
/// down; a member that is a zip itself is opened in turn if it fits in
/// `room` bytes (what the zips it is in left of [`MAX_NESTED_ZIP`]). A zip
/// without its central directory (cut short: a copy or a download that
/// stopped) is read from its members' own headers, as far as they go (see
/// [`salvage`]).
fn entries<R: Read + Seek>(
    mut reader: R,
    prefix: &str,
    depth: u32,
    room: u64,
    part: Option<(usize, usize)>,
    each: &mut MemberSink<'_>,
    problems: &mut Vec<String>,
) -> Result<(), String> {
    if part.is_none_or(|(_, n)| n <= 1)
        && let Some(windows) = directory_windows(&mut reader, DIRECTORY_WINDOW)
    {
        return windowed_entries(&mut reader, &windows, prefix, depth, room, each, problems);
    }
    let archive = match zip::ZipArchive::new(&mut reader) {
        Ok(a) if a.offset() == 0 => a,
        Ok(a) => {
            // The directory found is a zip's after data that came before it:
            // a self-extracting zip, or a zip stored in this one, cut short
            // after it (its members were read as this zip's and the cut said
            // nothing, QA). This one starts with a member of its own if so.
            let offset = a.offset();
            drop(a);
            let mut start = [0u8; 4];
            let own = reader.seek(std::io::SeekFrom::Start(0)).is_ok()
                && read_up_to(&mut reader, &mut start).is_ok_and(|n| n == 4)
                && start == *b"PK\x03\x04";
            if own {
                let why = format!("the directory at its end is that of a zip stored {offset} bytes into it");
                return salvage(&mut reader, why, prefix, depth, room, each, problems);
            }
            zip::ZipArchive::new(&mut reader).map_err(|e| format!("zip: {e}"))?
        }
        Err(e) => return salvage(&mut reader, format!("zip: {e}"), prefix, depth, room, each, problems),
    };
    read_members(archive, prefix, depth, room, part, each, problems)
}

/// The members of an opened zip (part `part` of them, see [`entries`]), then
/// those listed under a name another has too (see [`shadowed`]).
fn read_members<R: Read + Seek>(
    mut archive: zip::ZipArchive<R>,
    prefix: &str,
    depth: u32,
    room: u64,
    part: Option<(usize, usize)>,
    each: &mut MemberSink<'_>,
    problems: &mut Vec<String>,
) -> Result<(), String> {
    let mut buf = vec![0u8; 1 << 20];
    // Where the members read start: a member listed under a name another
    // has too is not among them (see `shadowed`).
    let mut read = Vec::with_capacity(archive.len());
    let (first, end) = match part {
        Some((k, n)) => (archive.len() * k / n.max(1), archive.len() * (k + 1) / n.max(1)),
        None => (0, archive.len()),
    };
    for i in first..end {
        let listed = archive.name_for_index(i).map_or_else(|| format!("member {i}"), str::to_string);
        let file = match archive.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                let name = format!("{prefix}{listed}");
                if !name.ends_with('/') {
                    unreadable(&name, &e, each, problems);
                }
                continue;
            }
        };
        read.push(file.header_start());
        if file.is_dir() {
            continue;
        }
        let name = format!("{prefix}{}", file.name());
        let (declared, written) = (file.size(), zip_written(&file));
        member(file, &name, declared, written, depth, room, &mut buf, each, problems);
    }
    let (directory, base) = (archive.central_directory_start(), archive.offset());
    let mut reader = archive.into_inner();
    if part.is_some_and(|(k, n)| k + 1 < n) {
        // Members listed under a name another has too come after all the
        // others: the last part's (a zip is split only without them).
        return Ok(());
    }
    const NO_MEMBER: &str = "zip: no member where the directory says one is";
    for (k, listed) in shadowed(&mut reader, directory, base, &read) {
        let at = base.saturating_add(listed.header);
        let mut head = [0u8; 30];
        let problem = match reader.seek(std::io::SeekFrom::Start(at)).and_then(|_| reader.read_exact(&mut head)) {
            Err(e) => format!("zip: {e}"),
            Ok(()) if head[..4] != *b"PK\x03\x04" => NO_MEMBER.to_string(),
            Ok(()) => {
                // Its sizes and checksum as the directory gives them: a
                // member whose sizes follow its data has zeros here.
                head[6] &= !0x08;
                head[14..18].copy_from_slice(&listed.crc.to_le_bytes());
                head[18..22].copy_from_slice(&listed.compressed.to_le_bytes());
                head[22..26].copy_from_slice(&listed.size.to_le_bytes());
                let mut whole = std::io::Cursor::new(head).chain(&mut reader);
                match zip::read::read_zipfile_from_stream(&mut whole) {
                    Ok(Some(f)) if f.is_dir() => continue,
                    Ok(Some(f)) => {
                        let name = format!("{prefix}{}#{k}", f.name());
                        let (declared, written) = (f.size(), zip_written(&f));
                        member(f, &name, declared, written, depth, room, &mut buf, each, problems);
                        continue;
                    }
                    // The patched header is a local one: never the directory's.
                    Ok(None) => NO_MEMBER.to_string(),
                    Err(e) => format!("zip: {e}"),
                }
            }
        };
        let name = format!("{prefix}{}#{k}", String::from_utf8_lossy(&listed.name));
        unreadable(&name, &problem, each, problems);
    }
    Ok(())
}

/// Most members whose directory records are held at once: the `zip` crate
/// keeps every record of a directory it opens (about 0.6 KB a member), so a
/// zip of more members is read a window of its directory at a time
/// ([`Windowed`]). The same as [`MAX_SPLIT_MEMBERS`]: a zip read in parts is
/// never read in windows, nor the other way round.
#[cfg(not(fuzzing))]
const DIRECTORY_WINDOW: u64 = MAX_SPLIT_MEMBERS as u64;
/// Built for the fuzzer (`--cfg fuzzing`), two: its small zips take the
/// windowed path too.
#[cfg(fuzzing)]
const DIRECTORY_WINDOW: u64 = 2;

/// Where a zip's central directory is, as its end records say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DirectoryEnd {
    /// Offset of the directory's first record.
    start: u64,
    /// Its length in bytes.
    size: u64,
    /// How many records it holds.
    count: u64,
}

/// The zip's end of central directory record (APPNOTE 4.3.16: `end of
/// central dir signature 4 bytes (0x06054b50)`, … `total number of entries
/// in the central directory 2 bytes` at 10, `size of the central directory
/// 4 bytes` at 12, `offset of start of central directory … 4 bytes` at 16,
/// `.ZIP file comment length 2 bytes` at 20), the last in the final 65 557
/// bytes, and the ZIP64 end record (4.3.14, found by its locator, 4.3.15,
/// right before) when a field is full (`0xFFFF`, `0xFFFFFFFF`). `None` when
/// there is none, when the zip spans disks, or when the directory is not
/// right before the end records (data before the zip: a self-extracting
/// one), as the `zip` crate then reads it otherwise.
fn directory_end<R: Read + Seek>(reader: &mut R) -> Option<DirectoryEnd> {
    let len = reader.seek(std::io::SeekFrom::End(0)).ok()?;
    let tail_len = len.min(65_535 + 22);
    reader.seek(std::io::SeekFrom::Start(len - tail_len)).ok()?;
    let mut tail = vec![0u8; tail_len as usize];
    if read_up_to(reader, &mut tail).ok()? != tail.len() {
        return None;
    }
    let at = (0..=tail.len().checked_sub(22)?).rev().find(|&i| tail[i..i + 4] == *b"PK\x05\x06")?;
    let e = &tail[at..at + 22];
    let half = |k: usize| u16::from_le_bytes([e[k], e[k + 1]]);
    let word = |k: usize| u32::from_le_bytes([e[k], e[k + 1], e[k + 2], e[k + 3]]);
    let end_at = len - tail_len + at as u64;
    if half(4) != 0 || half(6) != 0 {
        return None;
    }
    let (mut count, mut size, mut start, mut records_end) =
        (u64::from(half(10)), u64::from(word(12)), u64::from(word(16)), end_at);
    if half(10) == u16::MAX || word(12) == u32::MAX || word(16) == u32::MAX {
        let mut locator = [0u8; 20];
        reader.seek(std::io::SeekFrom::Start(end_at.checked_sub(20)?)).ok()?;
        if read_up_to(reader, &mut locator).ok()? != 20 || locator[..4] != *b"PK\x06\x07" {
            return None;
        }
        let at64 = u64::from_le_bytes(locator[8..16].try_into().ok()?);
        let mut r = [0u8; 56];
        reader.seek(std::io::SeekFrom::Start(at64)).ok()?;
        if read_up_to(reader, &mut r).ok()? != 56 || r[..4] != *b"PK\x06\x06" {
            return None;
        }
        let long = |k: usize| u64::from_le_bytes(r[k..k + 8].try_into().unwrap_or([0; 8]));
        (count, size, start, records_end) = (long(32), long(40), long(48), at64);
    }
    (start.checked_add(size)? == records_end).then_some(DirectoryEnd { start, size, count })
}

/// Walks the records of the directory `end` describes (APPNOTE 4.3.12: 46
/// bytes, then the name, the extra field and the comment, whose lengths
/// are at 28, 30 and 32), each record's fixed part and where the record
/// after it starts to `each`, up to the first that is none: where the walk
/// stopped (the directory's end if every record is one), `None` when its
/// start cannot be reached.
fn walk_records<R: Read + Seek>(
    reader: &mut R,
    end: &DirectoryEnd,
    mut each: impl FnMut(&[u8; 46], u64),
) -> Option<u64> {
    reader.seek(std::io::SeekFrom::Start(end.start)).ok()?;
    let mut at = end.start;
    let mut fixed = [0u8; 46];
    for _ in 0..end.count {
        if read_up_to(reader, &mut fixed).ok() != Some(46) || fixed[..4] != *b"PK\x01\x02" {
            break;
        }
        let half = |i: usize| u64::from(u16::from_le_bytes([fixed[i], fixed[i + 1]]));
        let rest = half(28) + half(30) + half(32);
        if reader.seek(std::io::SeekFrom::Current(rest as i64)).is_err() {
            break;
        }
        at += 46 + rest;
        each(&fixed, at);
    }
    Some(at)
}

/// The uncompressed sizes a zip's directory lists (`uncompressed size 4
/// bytes` at 24 of each record, see [`walk_records`]), folders and members
/// of 4 GiB or more (ZIP64 sizes) left out; empty when its end records
/// cannot be read, those of its records before one that is none when a
/// record cannot. Reads the directory's records only: the census asks it
/// which plain files may be copies of members, before it reads any.
pub fn zip_listed_sizes<R: Read + Seek>(mut reader: R) -> Vec<u64> {
    let Some(end) = directory_end(&mut reader) else { return Vec::new() };
    let mut sizes = Vec::new();
    walk_records(&mut reader, &end, |fixed, _| {
        let size = u32::from_le_bytes([fixed[24], fixed[25], fixed[26], fixed[27]]);
        if size != u32::MAX && size > 0 {
            sizes.push(u64::from(size));
        }
    });
    sizes
}

/// The directory of a zip of more than `window` members
/// ([`DIRECTORY_WINDOW`]), cut in windows of that many records: the byte
/// range of each window's records and how many they are. Every record is
/// checked for its signature and its lengths on the way ([`walk_records`]);
/// `None` (the zip is read whole) for a smaller zip or a directory that is
/// not what its end record says.
fn directory_windows<R: Read + Seek>(reader: &mut R, window: u64) -> Option<Vec<(std::ops::Range<u64>, u64)>> {
    let end = directory_end(reader)?;
    // A window's end record, after the zip's end, has 16- and 32-bit fields.
    let len = reader.seek(std::io::SeekFrom::End(0)).ok()?;
    if end.count <= window
        || window > u64::from(u16::MAX)
        || len.checked_add(WINDOW_GAP + end.size)? >= u64::from(u32::MAX)
    {
        return None;
    }
    let mut windows = Vec::new();
    let (mut from, mut k) = (end.start, 0);
    let at = walk_records(reader, &end, |_, at| {
        k += 1;
        if k % window == 0 || k == end.count {
            windows.push((from..at, (k - 1) % window + 1));
            from = at;
        }
    })?;
    (k == end.count && at == end.start + end.size).then_some(windows)
}

/// The members of a zip read a window of its directory at a time (see
/// [`directory_windows`]): memory holds one window's records, not the
/// whole directory's. Members listed under one name in two windows are
/// each read under that name. A window its reader cannot open is named,
/// with its members, as one unreadable input; when it is the first, the
/// zip is read from its members' own headers instead, as a zip whose
/// directory cannot be read is (see [`salvage`]).
fn windowed_entries<R: Read + Seek>(
    reader: &mut R,
    windows: &[(std::ops::Range<u64>, u64)],
    prefix: &str,
    depth: u32,
    room: u64,
    each: &mut MemberSink<'_>,
    problems: &mut Vec<String>,
) -> Result<(), String> {
    let len = reader.seek(std::io::SeekFrom::End(0)).map_err(|e| format!("zip: {e}"))?;
    let view = std::cell::Cell::new(true);
    let mut first = 0;
    for (k, (records, count)) in windows.iter().enumerate() {
        let window = Windowed::new(&mut *reader, len, records.clone(), *count, &view);
        match zip::ZipArchive::new(window) {
            Ok(archive) => {
                // Opened: its members are read from the zip as it is.
                view.set(false);
                read_members(archive, prefix, depth, room, None, each, problems)?
            }
            Err(e) if k == 0 => return salvage(reader, format!("zip: {e}"), prefix, depth, room, each, problems),
            Err(e) => {
                let name = format!("{prefix}members {} to {}", first + 1, first + count);
                unreadable(&name, &format!("zip: {e}"), each, problems);
            }
        }
        first += count;
    }
    Ok(())
}

/// A zip seen through one window of its central directory: all its bytes
/// where they are, then [`WINDOW_GAP`] zeros, the window's records and an
/// end record (APPNOTE 4.3.16) that lists those only. Every local header is
/// where the zip has it, so the `zip` crate reads the window's members as
/// members of a smaller zip. What lies past the zip's end is there only
/// while the directory is read (`view`: set by a seek to the end or to the
/// window's records, cleared by a seek into the zip and once the crate has
/// opened the window); otherwise the zip ends where it does, so a damaged
/// member that runs on past it, or whose header is put past it, reads what
/// it would read in the whole zip.
struct Windowed<'v, R> {
    inner: R,
    /// The zip's own length.
    len: u64,
    /// The window's records in `inner`.
    records: std::ops::Range<u64>,
    end: [u8; 22],
    pos: u64,
    view: &'v std::cell::Cell<bool>,
}

/// Zeros between a zip's end and the records of a window of its directory
/// ([`Windowed`]): more than the `zip` crate's block when it looks for the
/// end record backwards from the end (2 KiB), so that search never starts
/// inside the zip.
const WINDOW_GAP: u64 = 4096;

impl<'v, R: Read + Seek> Windowed<'v, R> {
    fn new(inner: R, len: u64, records: std::ops::Range<u64>, count: u64, view: &'v std::cell::Cell<bool>) -> Self {
        let mut end = [0u8; 22];
        end[..4].copy_from_slice(b"PK\x05\x06");
        let count = u16::try_from(count).unwrap_or(u16::MAX).to_le_bytes();
        end[8..10].copy_from_slice(&count);
        end[10..12].copy_from_slice(&count);
        let size = u32::try_from(records.end - records.start).unwrap_or(u32::MAX);
        end[12..16].copy_from_slice(&size.to_le_bytes());
        end[16..20].copy_from_slice(&u32::try_from(len + WINDOW_GAP).unwrap_or(u32::MAX).to_le_bytes());
        view.set(true);
        Windowed { inner, len, records, end, pos: 0, view }
    }

    /// Where the window's records start.
    fn directory(&self) -> u64 {
        self.len + WINDOW_GAP
    }
}

impl<R: Read + Seek> Read for Windowed<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let window = self.records.end - self.records.start;
        let directory = self.directory();
        let (from, left) = if self.pos < self.len {
            (self.pos, self.len - self.pos)
        } else if !self.view.get() {
            return Ok(0);
        } else if self.pos < directory {
            let n = usize::try_from(directory - self.pos).unwrap_or(usize::MAX).min(out.len());
            out[..n].fill(0);
            self.pos += n as u64;
            return Ok(n);
        } else if self.pos < directory + window {
            (self.records.start + (self.pos - directory), directory + window - self.pos)
        } else {
            let at = usize::try_from(self.pos - directory - window).unwrap_or(usize::MAX);
            let rest = self.end.get(at..).unwrap_or_default();
            let n = rest.len().min(out.len());
            out[..n].copy_from_slice(&rest[..n]);
            self.pos += n as u64;
            return Ok(n);
        };
        let n = usize::try_from(left).unwrap_or(usize::MAX).min(out.len());
        self.inner.seek(std::io::SeekFrom::Start(from))?;
        let n = self.inner.read(&mut out[..n])?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: Read + Seek> Seek for Windowed<'_, R> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let window = self.records.end - self.records.start;
        let (base, d) = match to {
            std::io::SeekFrom::Start(p) => (p, 0),
            std::io::SeekFrom::Current(d) => (self.pos, d),
            std::io::SeekFrom::End(d) => {
                self.view.set(true);
                (self.directory() + window + 22, d)
            }
        };
        self.pos = base
            .checked_add_signed(d)
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek before start"))?;
        if self.pos == self.directory() {
            self.view.set(true);
        } else if self.pos < self.len {
            self.view.set(false);
        }
        Ok(self.pos)
    }
}

/// One record of a zip's central directory (APPNOTE 4.3.12): what reading
/// its member from the local header needs.
#[derive(Debug)]
struct Listed {
    name: Vec<u8>,
    /// Offset of the local header, from the zip's start.
    header: u64,
    crc: u32,
    compressed: u32,
    size: u32,
}

/// Members of the directory at `directory` (from the reader's start; the
/// zip starts at `base`) listed under a name that another member has too,
/// and not among `read` (header offsets from the reader's start), each with
/// its place among the members of that name (1 for the first). The `zip`
/// crate keeps one member per name, the last listed, as unzipping leaves
/// the last on disk; the others were silently never read, so a log zipped
/// twice under one name lost its first copy. Stops at the first record
/// that is none; a member over 4 GiB (ZIP64 sizes) is passed over.
///
/// `central file header signature 4 bytes (0x02014b50)` … `crc-32 4 bytes`
/// (at 16), `compressed size 4 bytes`, `uncompressed size 4 bytes`,
/// `file name length 2 bytes` (at 28), `extra field length 2 bytes`,
/// `file comment length 2 bytes`, … `relative offset of local header 4 bytes`
/// (at 42), then the name, the extra field and the comment.
fn shadowed<R: Read + Seek>(reader: &mut R, directory: u64, base: u64, read: &[u64]) -> Vec<(usize, Listed)> {
    let all = listed(reader, directory);
    let mut named: std::collections::HashMap<&[u8], usize> = std::collections::HashMap::new();
    for l in &all {
        *named.entry(&l.name).or_default() += 1;
    }
    if named.len() == all.len() {
        return Vec::new();
    }
    let read: std::collections::HashSet<u64> = read.iter().copied().collect();
    let mut seen: std::collections::HashMap<&[u8], usize> = std::collections::HashMap::new();
    let mut out = Vec::new();
    for l in &all {
        let k = seen.entry(&l.name).or_default();
        *k += 1;
        if named[l.name.as_slice()] > 1 && !read.contains(&base.saturating_add(l.header)) {
            out.push((*k, Listed { name: l.name.clone(), ..*l }));
        }
    }
    out
}

/// The records of the central directory at `directory` (see [`shadowed`]),
/// up to the first that is none.
fn listed<R: Read + Seek>(reader: &mut R, directory: u64) -> Vec<Listed> {
    if reader.seek(std::io::SeekFrom::Start(directory)).is_err() {
        return Vec::new();
    }
    let mut all: Vec<Listed> = Vec::new();
    let mut fixed = [0u8; 46];
    while read_up_to(reader, &mut fixed).is_ok_and(|n| n == 46) && fixed[..4] == *b"PK\x01\x02" {
        let word = |k: usize| u32::from_le_bytes([fixed[k], fixed[k + 1], fixed[k + 2], fixed[k + 3]]);
        let half = |k: usize| usize::from(u16::from_le_bytes([fixed[k], fixed[k + 1]]));
        let mut name = vec![0u8; half(28)];
        let mut extra = vec![0u8; half(30)];
        if read_up_to(reader, &mut name).map_or(true, |n| n < name.len())
            || read_up_to(reader, &mut extra).map_or(true, |n| n < extra.len())
            || reader.seek(std::io::SeekFrom::Current(half(32) as i64)).is_err()
        {
            break;
        }
        let (crc, compressed, size) = (word(16), word(20), word(24));
        let header = match zip64_header(&extra, size, compressed, word(42)) {
            Some(h) => h,
            None => continue,
        };
        all.push(Listed { name, header, crc, compressed, size });
    }
    all
}

/// The local header's offset of a directory record whose sizes fit in 32
/// bits (`None` otherwise): its own field, or, when that is `0xFFFFFFFF`,
/// the ZIP64 extra field's (APPNOTE 4.5.3: tag 0x0001, then the 8-byte
/// values whose 32-bit fields are `0xFFFFFFFF`, in the order uncompressed
/// size, compressed size, offset).
fn zip64_header(extra: &[u8], size: u32, compressed: u32, offset: u32) -> Option<u64> {
    if size == u32::MAX || compressed == u32::MAX {
        return None;
    }
    if offset != u32::MAX {
        return Some(u64::from(offset));
    }
    let mut rest = extra;
    while rest.len() >= 4 {
        let tag = u16::from_le_bytes([rest[0], rest[1]]);
        let len = usize::from(u16::from_le_bytes([rest[2], rest[3]]));
        let body = rest.get(4..4 + len)?;
        if tag == 1 {
            return body.get(..8).map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])));
        }
        rest = &rest[4 + len..];
    }
    None
}

/// A member it cannot read (BZip2, LZMA, encrypted, an inner zip it cannot
/// open) is an input of its own with its problem, never silently dropped.
fn unreadable(name: &str, e: &dyn std::fmt::Display, each: &mut MemberSink<'_>, problems: &mut Vec<String>) {
    each(name, None, &[], problems);
    problems.push(format!("{name}: {e}"));
}

/// A zip whose central directory could not be read (`why`), read member by
/// member from the local headers at its start, up to the first that cannot
/// be: the cut, a member whose size only follows its data (it is named, with
/// why it and those after it were not read), a header that is none. An
/// encrypted member is named with its problem and passed over. The last
/// input read says the zip was cut; `Err(why)` when no member could be read.
/// A zip cut short was one input with nothing read (QA).
fn salvage<R: Read + Seek>(
    reader: &mut R,
    why: String,
    prefix: &str,
    depth: u32,
    room: u64,
    each: &mut MemberSink<'_>,
    problems: &mut Vec<String>,
) -> Result<(), String> {
    reader.seek(std::io::SeekFrom::Start(0)).map_err(|_| why.clone())?;
    let mut buf = vec![0u8; 1 << 20];
    // The last input begun (a member, or a member of a zip inside): the one
    // that says the zip was cut.
    let mut last: Option<String> = None;
    let mut sink = |name: &str, written: Option<i64>, chunk: &[u8], problems: &[String]| {
        if chunk.is_empty() {
            last = Some(name.to_string());
        }
        each(name, written, chunk, problems)
    };
    let mut stopped = false;
    loop {
        let mut head = [0u8; 30];
        let at = reader.stream_position().map_err(|_| why.clone())?;
        if read_up_to(reader, &mut head).map_or(true, |n| n < 30) || head[..4] != *b"PK\x03\x04" {
            break;
        }
        let flags = u16::from_le_bytes([head[6], head[7]]);
        let field = |k: usize| usize::from(u16::from_le_bytes([head[k], head[k + 1]]));
        let mut raw = vec![0u8; field(26)];
        if read_up_to(reader, &mut raw).map_or(true, |n| n < raw.len()) || raw.is_empty() {
            // A member has a name: a header without one is none (a zip's
            // magic bytes before zeros, QA's `garbage.zip`).
            break;
        }
        let name = format!("{prefix}{}", String::from_utf8_lossy(&raw));
        if flags & 0x08 != 0 {
            // Its sizes follow its data: where it ends cannot be known without
            // the directory.
            let e = format!(
                "{why}: this member's size is written after its data, so it and any members after it cannot be read without the zip's directory"
            );
            unreadable(&name, &e, &mut sink, problems);
            stopped = true;
            break;
        }
        if flags & 0x01 != 0 {
            // Encrypted, its size known: named with its problem, passed over.
            let compressed = u64::from(u32::from_le_bytes([head[18], head[19], head[20], head[21]]));
            unreadable(&name, &"zip: an encrypted member, not read", &mut sink, problems);
            let next = at + 30 + (field(26) + field(28)) as u64 + compressed;
            if reader.seek(std::io::SeekFrom::Start(next)).is_err() {
                break;
            }
            continue;
        }
        if reader.seek(std::io::SeekFrom::Start(at)).is_err() {
            break;
        }
        let file = match zip::read::read_zipfile_from_stream(reader) {
            Ok(Some(f)) => f,
            _ => break,
        };
        if file.is_dir() {
            continue;
        }
        let (declared, written) = (file.size(), zip_written(&file));
        let before = problems.len();
        member(file, &name, declared, written, depth, room, &mut buf, &mut sink, problems);
        if problems.len() > before {
            // Its data ran out: the cut is here.
            break;
        }
    }
    let Some(last) = last else { return Err(why) };
    if !stopped {
        let said = format!(
            "zip: cut short, its directory missing ({why}): the members up to here were read from their own headers"
        );
        match problems.iter().position(|p| p.strip_prefix(last.as_str()).is_some_and(|r| r.starts_with(": "))) {
            // Said already (by the salvage of a zip inside, cut there too).
            Some(k) if problems[k].contains("cut short") => {}
            // It ran out inside this member: that is the cut, said as such.
            Some(k) => {
                problems[k] = format!("{last}: {said}; it ends inside this one ({})", &problems[k][last.len() + 2..])
            }
            None => problems.push(format!("{last}: {said}")),
        }
    }
    Ok(())
}

/// Reads until `buf` is full or the stream ends; how many bytes it holds.
fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match read_some(r, &mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// One member of a zip, named `name`, `declared` bytes long by the zip and
/// last written at `written` (see [`zip_written`]): a zip itself (opened in
/// turn, see [`entries`]; its members have their own times), a gzip
/// (decompressed; dated by its own header's time when it has one) or an
/// input as it is. `buf` is the read buffer; problems go to `problems`.
#[allow(clippy::too_many_arguments)]
fn member(
    mut file: impl Read,
    name: &str,
    declared: u64,
    written: Option<i64>,
    depth: u32,
    room: u64,
    buf: &mut [u8],
    each: &mut MemberSink<'_>,
    problems: &mut Vec<String>,
) {
    // The first bytes tell a zip inside from an input.
    let first = match read_some(&mut file, buf) {
        Ok(n) => n,
        Err(e) => {
            unreadable(name, &e, each, problems);
            return;
        }
    };
    if depth == MAX_NESTED && sniff(&buf[..first]) == Container::Zip {
        // Its bytes as a member were one "binary" input: it says why.
        let e = format!("a zip inside {MAX_NESTED} zips, not opened (at most {MAX_NESTED} levels are)");
        unreadable(name, &e, each, problems);
        return;
    }
    if sniff(&buf[..first]) == Container::Zip {
        let over = || Err(format!("a zip inside the zip, over the size limit ({} MiB)", MAX_NESTED_ZIP >> 20));
        // Its size as the directory gives it, when that fits: a vector
        // grown by doubling held up to twice the bound (540 MB of memory
        // to refuse a 300 MiB zip, QA).
        let mut bytes = Vec::with_capacity(declared.min(room) as usize);
        bytes.extend_from_slice(&buf[..first]);
        // Read to its end (`Ok(None)`), or not (`Ok(Some(problem))`: what
        // was read of it may still hold members), or over the bound (`Err`).
        let whole = loop {
            if declared > room || bytes.len() as u64 > room {
                break over();
            }
            match read_some(&mut file, buf) {
                Ok(0) => break Ok(None),
                Ok(n) if (bytes.len() + n) as u64 > room => break over(),
                Ok(n) => bytes.extend_from_slice(&buf[..n]),
                Err(e) => break Ok(Some(e.to_string())),
            }
        };
        let opened = whole.and_then(|cut| {
            let left = room.saturating_sub(bytes.len() as u64);
            // A zip inside that ends early (the zip it is in was cut inside
            // it) is read as far as it goes, as a cut zip is (QA).
            entries(std::io::Cursor::new(bytes), &format!("{name}/"), depth + 1, left, None, each, problems)
                .map_err(|e| cut.unwrap_or(e))
        });
        if let Err(e) = opened {
            // Its members, if any came, were read; the zip is named with its problem.
            unreadable(name, &e, each, problems);
        }
        return;
    }
    // A gzip member (`logs.zip` holding `SEND….LOG.gz`, as colleagues
    // send rotated logs) is decompressed too, by its magic bytes.
    let mut gz: Option<Gunzip> = (sniff(&buf[..first]) == Container::Gzip).then(Gunzip::new);
    let written = if gz.is_some() { gzip_written(&buf[..first]).or(written) } else { written };
    each(name, written, &[], problems);
    let mut total = 0u64;
    let mut emit = |name: &str, bytes: &[u8]| {
        if !bytes.is_empty() {
            each(name, written, bytes, &[]);
        }
    };
    let mut next = Ok(first);
    loop {
        match next {
            Ok(0) => break,
            Ok(n) => {
                total += n as u64;
                if total > MAX_EXPANDED {
                    problems.push(format!("{name}: decompressed size over the limit"));
                    break;
                }
                match &mut gz {
                    Some(g) => {
                        if let Err(e) = g.feed(&buf[..n], &mut |b| emit(name, b)) {
                            problems.push(format!("{name}: {e}"));
                            gz = None;
                            break;
                        }
                    }
                    None => emit(name, &buf[..n]),
                }
            }
            Err(e) => {
                problems.push(format!("{name}: {e}"));
                gz = None;
                break;
            }
        }
        next = read_some(&mut file, buf);
    }
    if let Some(g) = gz {
        if let Err(e) = g.finish(&mut |b| emit(name, b)) {
            problems.push(format!("{name}: {e}"));
        }
    }
}

/// When a zip member was last written (Unix seconds), as the zip stored
/// it: its extended timestamp (extra field 0x5455, UTC) when it has a
/// plausible one, else its DOS date and time (see
/// [`crate::census::plausible_written`]). A DOS
/// time has no zone: it is the local time of the machine that zipped, read
/// here as UTC, so off by at most about a day, which the day of grace of
/// the dating of stamps without a year covers (`census::year_before`); it
/// is the same local time as the stamps of a log zipped where it was
/// written.
fn zip_written<R: Read>(file: &zip::read::ZipFile<'_, R>) -> Option<i64> {
    let extended = file.extra_data_fields().find_map(|f| match f {
        zip::ExtraField::ExtendedTimestamp(t) => t.mod_time(),
        _ => None,
    });
    extended.and_then(|t| crate::census::plausible_written(i64::from(t))).or_else(|| {
        let t = file.last_modified()?;
        let day = crate::census::unix_day(i64::from(t.year()), u32::from(t.month()), u32::from(t.day()))?;
        let clock = i64::from(t.hour()) * 3600 + i64::from(t.minute()) * 60 + i64::from(t.second());
        crate::census::plausible_written(day.checked_mul(86_400)?.checked_add(clock)?)
    })
}

/// The MTIME of a gzip stream starting `head` (RFC 1952 §2.3.1: bytes 4
/// to 7, little-endian Unix seconds, 0 when there is none): when the file
/// it compresses was last written, if plausible.
fn gzip_written(head: &[u8]) -> Option<i64> {
    let b = head.get(4..8)?;
    crate::census::plausible_written(i64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
}

/// One read, retried when interrupted.
fn read_some(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match r.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            r => return r,
        }
    }
}

/// A read buffer that a seek into it keeps: the zip reader seeks to every
/// member's header, and `std::io::BufReader` throws its buffer away on any
/// seek. Over a `Blob` in the browser each seek then read up to the buffer's
/// size again: a 2 MB zip of 20 000 small members was read 20 000 times
/// over (305 s, 4.7 GB in the worker). Here bytes already buffered are
/// served from the buffer, wherever the reader seeks among them.
pub struct SeekBuf<R> {
    inner: R,
    buf: Vec<u8>,
    /// Where `buf[0]` is in `inner`.
    start: u64,
    /// Where the next read starts.
    pos: u64,
    capacity: usize,
}

impl<R: Read + Seek> SeekBuf<R> {
    pub fn new(capacity: usize, inner: R) -> Self {
        Self { inner, buf: Vec::new(), start: 0, pos: 0, capacity: capacity.max(1) }
    }

    /// The buffered bytes from `pos` on, if `pos` is among them.
    fn buffered(&self) -> &[u8] {
        match self.pos.checked_sub(self.start) {
            Some(off) if off < self.buf.len() as u64 => &self.buf[off as usize..],
            _ => &[],
        }
    }
}

impl<R: Read + Seek> Read for SeekBuf<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        if self.buffered().is_empty() {
            self.inner.seek(std::io::SeekFrom::Start(self.pos))?;
            if out.len() >= self.capacity {
                // A big read gains nothing from the buffer: straight through.
                let n = self.inner.read(out)?;
                self.pos += n as u64;
                return Ok(n);
            }
            self.buf.resize(self.capacity, 0);
            let mut filled = 0;
            while filled < self.capacity {
                match read_some(&mut self.inner, &mut self.buf[filled..]) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(e) => {
                        self.buf.clear();
                        return Err(e);
                    }
                }
            }
            self.buf.truncate(filled);
            self.start = self.pos;
        }
        let have = self.buffered();
        let n = have.len().min(out.len());
        out[..n].copy_from_slice(&have[..n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: Read + Seek> Seek for SeekBuf<R> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        self.pos = match to {
            std::io::SeekFrom::Start(p) => p,
            std::io::SeekFrom::Current(d) => self
                .pos
                .checked_add_signed(d)
                .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek before start"))?,
            // Only the inner reader knows where its end is.
            end => self.inner.seek(end)?,
        };
        Ok(self.pos)
    }
}

/// An archive a [`Split`] opens as it streams, told by its start: a tar
/// ([`Untar`]) or a zip held to its end ([`HeldZip`]).
trait Archive: Sized {
    /// Bytes of an input's start that tell it is one.
    const HEAD: usize;
    /// What every archive of the splitter shares (the separator of names, …).
    type Conf;
    fn is(head: &[u8]) -> bool;
    /// The archive `name` (last written at `written`, if known), whose
    /// start `head` was read already.
    fn open(
        conf: &Self::Conf,
        name: String,
        written: Option<i64>,
        head: Vec<u8>,
        out: &mut dyn FnMut(Event<'_>),
    ) -> Self;
    /// The next bytes of it.
    fn more(&mut self, conf: &Self::Conf, bytes: &[u8], out: &mut dyn FnMut(Event<'_>));
    /// Its end, with the problem of the stream it came in, if any.
    fn close(self, conf: &Self::Conf, problem: Option<String>, out: &mut dyn FnMut(Event<'_>));
}

/// Splits the archives of one kind among inputs into their members; any
/// other input passes as it came. Events in, events out, as the input
/// streams (no seek). [`TarSplit`] and [`ZipSplit`].
struct Split<A: Archive> {
    conf: A::Conf,
    start: Start,
    archive: Option<A>,
}

impl<A: Archive> Split<A> {
    fn with(conf: A::Conf) -> Self {
        Self { conf, start: Start::default(), archive: None }
    }

    /// Takes one event of the inputs' stream; passes on the split stream.
    fn event(&mut self, e: Event<'_>, out: &mut dyn FnMut(Event<'_>)) {
        match e {
            Event::Begin(name, written) => {
                if self.start.begun() || self.archive.is_some() {
                    // The input before was not ended: it is now.
                    self.event(Event::End(None), out);
                }
                self.start.begin(name, written);
                self.archive = None;
            }
            Event::Chunk(bytes) => self.chunk(bytes, out),
            Event::End(problem) => {
                // Shorter than an archive's start: what it is, as it came.
                self.decide(out);
                if self.start.end(out) {
                    return;
                }
                match self.archive.take() {
                    Some(a) => a.close(&self.conf, problem, out),
                    None => out(Event::End(problem)),
                }
            }
        }
    }

    /// Stops reading the input (a Cancel): what is held of its start is
    /// passed on, its end is not (the caller ends what was begun); an
    /// archive being read (a zip being held) is dropped.
    fn stop(&mut self, out: &mut dyn FnMut(Event<'_>)) {
        self.decide(out);
        self.archive = None;
        self.start.stop();
    }

    fn chunk(&mut self, bytes: &[u8], out: &mut dyn FnMut(Event<'_>)) {
        if self.start.pass_whole(bytes, A::HEAD, A::is, out) {
            return;
        }
        if self.start.awaited() {
            let Some(taken) = self.start.fill(bytes, A::HEAD) else { return };
            self.decide(out);
            return self.chunk(&bytes[taken..], out);
        }
        if self.start.refusing {
            return;
        }
        match &mut self.archive {
            Some(a) => a.more(&self.conf, bytes, out),
            None if !bytes.is_empty() => out(Event::Chunk(bytes)),
            None => {}
        }
    }

    /// An archive or not, from its start (or all there is).
    fn decide(&mut self, out: &mut dyn FnMut(Event<'_>)) {
        if let Some((name, head)) = self.start.decide(A::is, out) {
            self.archive = Some(A::open(&self.conf, name, self.start.written, head, out));
        }
    }
}

/// Splits the tar archives among inputs into their members: an input
/// whose (decompressed) content starts with a ustar header (`logs.tar`,
/// `logs.tar.gz`, as Postfix and Exim logs are archived) becomes one input
/// per regular file, named `name` + `sep` + the member's path; a member
/// that is itself gzip (`mail.log.2.gz` in the tar) is decompressed too.
/// Any other input passes as it came. A tar is read as it streams, inside
/// a gzip, a zip member or a plain file. Without this a tar was one
/// "binary" input, and nothing in it was read.
type TarSplit = Split<Untar>;

impl TarSplit {
    /// Members are named `outer` + `sep` + their path.
    fn new(sep: &'static str) -> Self {
        Self::with(sep)
    }
}

impl Archive for Untar {
    const HEAD: usize = TAR_BLOCK;
    type Conf = &'static str;

    /// A ustar header block (see [`tar_header`]).
    fn is(head: &[u8]) -> bool {
        head.len() == TAR_BLOCK && tar_header(head).is_some()
    }

    fn open(
        sep: &&'static str,
        name: String,
        written: Option<i64>,
        head: Vec<u8>,
        out: &mut dyn FnMut(Event<'_>),
    ) -> Self {
        let mut t = Untar::new(name, written, sep);
        t.feed(&head, out);
        t
    }

    fn more(&mut self, _: &&'static str, bytes: &[u8], out: &mut dyn FnMut(Event<'_>)) {
        self.feed(bytes, out);
    }

    fn close(self, _: &&'static str, problem: Option<String>, out: &mut dyn FnMut(Event<'_>)) {
        self.finish(problem, out);
    }
}

/// The start of an input, held until it tells what the input is: the
/// first block of a tar ([`TarSplit`]), the first four bytes of a zip
/// ([`ZipSplit`]).
#[derive(Default)]
struct Start {
    /// The input's name while its start is awaited; then `None`.
    name: Option<String>,
    /// When the input was last written, if its archive said ([`Event::Begin`]).
    written: Option<i64>,
    head: Vec<u8>,
    /// The input was passed on as it came (no archive).
    plain: bool,
    /// The last name's buffer, for the next: one allocation less per input
    /// and per level of [`Unpack`].
    spare: String,
    /// Past [`UNPACK_LEVELS`]: an archive is not opened but named with why.
    refuse: bool,
    /// An archive being refused: its bytes are dropped.
    refusing: bool,
}

impl Start {
    /// A new input: its start is awaited.
    fn begin(&mut self, name: &str, written: Option<i64>) {
        self.name = Some(reuse(&mut self.spare, name));
        self.written = written;
        self.head.clear();
        self.plain = false;
        self.refusing = false;
    }

    /// The input ends (its start decided): true when it was an archive
    /// refused, and its end, with why, was passed on here.
    fn end(&mut self, out: &mut dyn FnMut(Event<'_>)) -> bool {
        self.plain = false;
        if std::mem::take(&mut self.refusing) {
            out(Event::End(Some(format!(
                "an archive inside {UNPACK_LEVELS} archives, not opened (at most {UNPACK_LEVELS} levels are)"
            ))));
            return true;
        }
        false
    }

    /// Reading stops (a Cancel; its start decided).
    fn stop(&mut self) {
        self.plain = false;
        self.refusing = false;
    }

    /// Its start is awaited.
    fn awaited(&self) -> bool {
        self.name.is_some()
    }

    /// An input was begun and is being passed on, or its start awaited.
    fn begun(&self) -> bool {
        self.name.is_some() || self.plain
    }

    /// Adds of `bytes` what the start of `len` bytes lacks; how many bytes
    /// were taken once it is whole.
    fn fill(&mut self, bytes: &[u8], len: usize) -> Option<usize> {
        let taken = (len - self.head.len()).min(bytes.len());
        self.head.extend_from_slice(&bytes[..taken]);
        (self.head.len() >= len).then_some(taken)
    }

    /// The first chunk holds the whole start of `len` bytes, and `archive`
    /// says it is none: the input is passed on in one piece, its start not
    /// copied (per input and level of [`Unpack`], the copy was 2 % of a
    /// triage of 374 bounces). False when it was not.
    fn pass_whole(
        &mut self,
        bytes: &[u8],
        len: usize,
        archive: fn(&[u8]) -> bool,
        out: &mut dyn FnMut(Event<'_>),
    ) -> bool {
        if self.name.is_none() || !self.head.is_empty() || bytes.len() < len || archive(&bytes[..len]) {
            return false;
        }
        let Some(name) = self.name.take() else { return false };
        self.plain = true;
        out(Event::Begin(&name, self.written));
        out(Event::Chunk(bytes));
        self.spare = name;
        true
    }

    /// What the start held (or all there is, at the input's end) tells, if
    /// it is awaited: an archive (`archive` says): its name and start, for
    /// the caller; otherwise the input is passed on, its start first.
    fn decide(&mut self, archive: fn(&[u8]) -> bool, out: &mut dyn FnMut(Event<'_>)) -> Option<(String, Vec<u8>)> {
        let name = self.name.take()?;
        if archive(&self.head) {
            if !self.refuse {
                return Some((name, std::mem::take(&mut self.head)));
            }
            out(Event::Begin(&name, self.written));
            self.refusing = true;
            return None;
        }
        self.plain = true;
        out(Event::Begin(&name, self.written));
        if !self.head.is_empty() {
            out(Event::Chunk(&self.head));
        }
        self.spare = name;
        None
    }
}

/// Every input's containers opened as it streams: a tar is its files
/// ([`TarSplit`]), and a zip that comes as a stream, not as a file (a
/// `logs.zip.gz`, a zip inside a tar), its members ([`ZipSplit`]). What the
/// CLI and the page put each input's events through.
///
/// The members go through the same again, [`UNPACK_LEVELS`] deep, so a tar
/// in a tar, or a tar in a zip in a tar, is opened too (they were one
/// "binary" input, QA); an archive past that is an input named with why.
pub struct Unpack {
    sep: &'static str,
    level: u32,
    tar: TarSplit,
    zip: ZipSplit,
    /// Where the members of an archive opened at this level go (made at the
    /// first one: an input that is no archive passes by it).
    inner: Option<Box<Unpack>>,
    /// The name of the input being read at this level; events that come out
    /// under another name are members.
    current: String,
    /// The input coming out now is a member (it goes to `inner`).
    member: bool,
}

/// Archives inside archives opened through [`Unpack`], counting the outer
/// one (zips inside a zip are opened by the zip reader itself, see
/// [`MAX_NESTED`]).
pub const UNPACK_LEVELS: u32 = 4;

impl Unpack {
    /// Members are named `outer` + `sep` + their path (`!` in the CLI, `/`
    /// in the page).
    pub fn new(sep: &'static str) -> Self {
        Self::at(sep, 1)
    }

    /// Level `UNPACK_LEVELS + 1` opens nothing: it names the archives it
    /// sees with why (they were "binary", nothing found, QA).
    fn at(sep: &'static str, level: u32) -> Self {
        let refuse = level > UNPACK_LEVELS;
        Self {
            sep,
            level,
            tar: TarSplit { start: Start { refuse, ..Start::default() }, ..TarSplit::new(sep) },
            zip: ZipSplit { start: Start { refuse, ..Start::default() }, ..ZipSplit::new(sep) },
            inner: None,
            current: String::new(),
            member: false,
        }
    }

    /// Takes one event of the inputs' stream; passes on the unpacked stream.
    pub fn event(&mut self, e: Event<'_>, out: &mut dyn FnMut(Event<'_>)) {
        if let Event::Begin(name, _) = e {
            self.current.clear();
            self.current.push_str(name);
        }
        let Self { sep, level, tar, zip, inner, current, member } = self;
        let mut members = members(sep, *level, current, member, inner, out);
        tar.event(e, &mut |e| zip.event(e, &mut members));
    }

    /// Stops reading the input (a Cancel), as [`TarSplit::stop`]: a zip
    /// being collected is dropped unread. What a level holds of a start is
    /// passed on to the level inside, which then stops too.
    pub fn stop(&mut self, out: &mut dyn FnMut(Event<'_>)) {
        {
            let Self { sep, level, tar, zip, inner, current, member } = self;
            let mut members = members(sep, *level, current, member, inner, out);
            tar.stop(&mut |e| zip.event(e, &mut members));
            zip.stop(&mut members);
        }
        if let Some(i) = &mut self.inner {
            i.stop(out);
        }
    }
}

/// Where what comes out of an [`Unpack`] level goes: a member of an archive
/// to the level inside (made at the first; the last level has none), the
/// input itself (`current`, no archive) straight on.
fn members<'s>(
    sep: &'static str,
    level: u32,
    current: &'s str,
    member: &'s mut bool,
    inner: &'s mut Option<Box<Unpack>>,
    out: &'s mut dyn FnMut(Event<'_>),
) -> impl FnMut(Event<'_>) + 's {
    move |e: Event<'_>| {
        if let Event::Begin(n, _) = &e {
            *member = level <= UNPACK_LEVELS && *n != current;
        }
        if *member {
            inner.get_or_insert_with(|| Box::new(Unpack::at(sep, level + 1))).event(e, out);
        } else {
            out(e);
        }
    }
}

/// A zip that arrives as a stream (decompressed from a gzip, or a member of
/// a tar) read as its members, named `name` + `sep` + member. Its central
/// directory is at its end, so the zip is held in memory until it ends, up
/// to [`MAX_NESTED_ZIP`] bytes (the bound for a zip inside a zip); a bigger
/// one is an input with that problem. Anything else passes as it came.
/// Before this, such a zip was one "binary" input with nothing read.
type ZipSplit = Split<HeldZip>;

impl ZipSplit {
    fn new(sep: &'static str) -> Self {
        Self::with(ZipConf { sep, limit: MAX_NESTED_ZIP })
    }
}

struct ZipConf {
    sep: &'static str,
    /// Most bytes of a zip held ([`MAX_NESTED_ZIP`]; smaller in tests).
    limit: u64,
}

/// A zip being collected: its name, when it was last written (if known)
/// and its bytes (`None`: over the bound, its bytes dropped).
struct HeldZip {
    name: String,
    written: Option<i64>,
    bytes: Option<Vec<u8>>,
}

impl Archive for HeldZip {
    const HEAD: usize = 4;
    type Conf = ZipConf;

    /// A zip's first bytes (see [`sniff`]).
    fn is(head: &[u8]) -> bool {
        sniff(head) == Container::Zip
    }

    fn open(_: &ZipConf, name: String, written: Option<i64>, head: Vec<u8>, _: &mut dyn FnMut(Event<'_>)) -> Self {
        HeldZip { name, written, bytes: Some(head) }
    }

    fn more(&mut self, conf: &ZipConf, bytes: &[u8], _: &mut dyn FnMut(Event<'_>)) {
        let Some(b) = &mut self.bytes else { return };
        let len = b.len() + bytes.len();
        if len as u64 > conf.limit {
            self.bytes = None;
            return;
        }
        if len > b.capacity() {
            // Doubling, but never past the bound: grown by doubling alone, a
            // zip just over half the bound held twice its size (QA: 547 MB of
            // memory to refuse one of 270 MiB).
            let want = (b.capacity() * 2).clamp(len, conf.limit as usize);
            b.reserve_exact(want - b.len());
        }
        b.extend_from_slice(bytes);
    }

    /// Its members, the zip having ended with `problem` (from its container:
    /// a cut gzip, a cut tar). When the zip itself cannot be opened, that
    /// problem says why better than the zip's missing directory, and is the
    /// one given.
    fn close(self, conf: &ZipConf, problem: Option<String>, out: &mut dyn FnMut(Event<'_>)) {
        let name = self.name.as_str();
        let Some(bytes) = self.bytes else {
            out(Event::Begin(name, self.written));
            let over = format!("a zip inside a stream, over the size limit ({} MiB), not opened", conf.limit >> 20);
            return out(Event::End(Some(problem.unwrap_or(over))));
        };
        let mut itself = false;
        let _ = zip_inputs(std::io::Cursor::new(bytes), name, conf.sep, &mut |e| {
            let e = match e {
                // The zip itself (no member read): its own time.
                Event::Begin(n, written) => {
                    itself = n == name;
                    Event::Begin(n, if itself { self.written } else { written })
                }
                Event::End(p) if itself && problem.is_some() => Event::End(problem.clone().or(p)),
                e => e,
            };
            out(e);
        });
    }
}

/// `name` in `spare`'s buffer (taken from it).
fn reuse(spare: &mut String, name: &str) -> String {
    let mut s = std::mem::take(spare);
    s.clear();
    s.push_str(name);
    s
}

const TAR_BLOCK: usize = 512;
/// Longest member name kept from a GNU long-name or pax record.
const TAR_NAME_MAX: usize = 4096;
/// Largest pax extended header read (its `path=`); longer ones are skipped.
const TAR_PAX_MAX: u64 = 64 << 10;

/// A ustar header: its member name (prefix and name), size, type and
/// modification time (Unix seconds, if plausible: see
/// [`crate::census::plausible_written`]; a
/// field that is no number is none, as it was never read before), when the
/// block holds the `ustar` magic and a checksum that matches.
fn tar_header(b: &[u8]) -> Option<(String, u64, u8, Option<i64>)> {
    if b.len() < TAR_BLOCK || &b[257..262] != b"ustar" {
        return None;
    }
    let field = |r: std::ops::Range<usize>| {
        let f = &b[r];
        let end = f.iter().position(|&c| c == 0).unwrap_or(f.len());
        String::from_utf8_lossy(&f[..end]).into_owned()
    };
    let octal = |r: std::ops::Range<usize>| -> Option<u64> {
        let f = &b[r];
        if f[0] & 0x80 != 0 {
            // GNU base-256 for sizes over 8 GiB.
            return Some(f[1..].iter().fold(0u64, |n, &c| n.saturating_mul(256).saturating_add(u64::from(c))));
        }
        let t: Vec<u8> = f.iter().copied().filter(|c| !matches!(c, b' ' | 0)).collect();
        if t.is_empty() {
            return Some(0);
        }
        t.iter().try_fold(0u64, |n, &c| (b'0'..=b'7').contains(&c).then(|| n.saturating_mul(8) + u64::from(c - b'0')))
    };
    let sum: u64 =
        b[..TAR_BLOCK].iter().enumerate().map(|(i, &c)| if (148..156).contains(&i) { 32 } else { u64::from(c) }).sum();
    if octal(148..156)? != sum {
        return None;
    }
    let (name, prefix) = (field(0..100), field(345..500));
    let name = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
    let written = octal(136..148).and_then(|t| i64::try_from(t).ok()).and_then(crate::census::plausible_written);
    Some((name, octal(124..136)?, b[156], written))
}

/// What the bytes being read of a tar are.
enum TarPart {
    Header,
    /// A regular file's data (`gz`: it is gzip, decompressed as it comes;
    /// `lead`: its first bytes, held until they tell, its input not yet
    /// begun).
    File {
        left: u64,
        gz: Option<Box<Gunzip>>,
        lead: Option<Box<Lead>>,
    },
    /// A GNU long name or a pax extended header, collected.
    Meta {
        left: u64,
        pax: bool,
        text: Vec<u8>,
    },
    Skip {
        left: u64,
    },
    /// After the end-of-archive blocks, or a header that is none.
    Done,
}

/// A tar member whose first bytes are awaited: they tell a gzip (three
/// bytes, see [`sniff`]), and its own time (eight, see [`gzip_written`]),
/// before its input begins.
struct Lead {
    name: String,
    /// Its time in the tar's header.
    written: Option<i64>,
    bytes: Vec<u8>,
}

/// First bytes of a tar member held by its [`Lead`].
const LEAD: usize = 8;

impl Lead {
    /// Begins the member's input: a gzip is to be decompressed (`gz`) and
    /// is dated by its own header when that has a time. Its bytes held are
    /// given back, to be read.
    fn begin(self, gz: &mut Option<Box<Gunzip>>, out: &mut dyn FnMut(Event<'_>)) -> Vec<u8> {
        let mut written = self.written;
        if sniff(&self.bytes) == Container::Gzip {
            *gz = Some(Box::new(Gunzip::new()));
            written = gzip_written(&self.bytes).or(written);
        }
        out(Event::Begin(&self.name, written));
        self.bytes
    }
}

/// The members of one tar stream, as events (see [`TarSplit`]).
struct Untar {
    /// The tar's own name, and what its members' names start with.
    outer: String,
    /// When the tar itself was last written, if known: the time of the one
    /// input it is when it has no member.
    written: Option<i64>,
    prefix: String,
    block: Vec<u8>,
    part: TarPart,
    /// Padding bytes to skip now, and after the data being read.
    pad: u64,
    pad_next: u64,
    next_name: Option<String>,
    /// Members begun; the tar itself is one empty input if none.
    members: usize,
    problem: Option<String>,
}

impl Untar {
    fn new(outer: String, written: Option<i64>, sep: &str) -> Self {
        Self {
            prefix: format!("{outer}{sep}"),
            outer,
            written,
            block: Vec::new(),
            part: TarPart::Header,
            pad: 0,
            pad_next: 0,
            next_name: None,
            members: 0,
            problem: None,
        }
    }

    fn feed(&mut self, mut bytes: &[u8], out: &mut dyn FnMut(Event<'_>)) {
        while !bytes.is_empty() {
            if self.pad > 0 {
                let n = (self.pad as usize).min(bytes.len());
                self.pad -= n as u64;
                bytes = &bytes[n..];
                continue;
            }
            match &mut self.part {
                TarPart::Done => return,
                TarPart::Header => {
                    let n = (TAR_BLOCK - self.block.len()).min(bytes.len());
                    self.block.extend_from_slice(&bytes[..n]);
                    bytes = &bytes[n..];
                    if self.block.len() == TAR_BLOCK {
                        let block = std::mem::take(&mut self.block);
                        self.header(&block, out);
                    }
                }
                TarPart::File { left, gz, lead } => {
                    let n = (*left).min(bytes.len() as u64) as usize;
                    let mut data = &bytes[..n];
                    *left -= n as u64;
                    bytes = &bytes[n..];
                    let held;
                    if let Some(l) = lead {
                        l.bytes.extend_from_slice(data);
                        if l.bytes.len() < LEAD && *left > 0 {
                            continue;
                        }
                        held = lead.take().map(|l| l.begin(gz, out)).unwrap_or_default();
                        data = &held;
                    }
                    tar_data(gz, data, &mut self.problem, out);
                    if *left == 0 {
                        self.pad = self.pad_next;
                        self.end_member(out);
                    }
                }
                TarPart::Meta { left, pax, text } => {
                    let n = (*left).min(bytes.len() as u64) as usize;
                    text.extend_from_slice(&bytes[..n]);
                    *left -= n as u64;
                    bytes = &bytes[n..];
                    if *left == 0 {
                        self.pad = self.pad_next;
                        let name = if *pax {
                            pax_path(text)
                        } else {
                            Some(String::from_utf8_lossy(text).trim_end_matches('\0').to_string())
                        };
                        self.next_name = name.filter(|n| !n.is_empty() && n.len() <= TAR_NAME_MAX);
                        self.part = TarPart::Header;
                    }
                }
                TarPart::Skip { left } => {
                    let n = (*left).min(bytes.len() as u64) as usize;
                    *left -= n as u64;
                    bytes = &bytes[n..];
                    if *left == 0 {
                        self.pad = self.pad_next;
                        self.part = TarPart::Header;
                    }
                }
            }
        }
    }

    fn header(&mut self, block: &[u8], out: &mut dyn FnMut(Event<'_>)) {
        if block.iter().all(|&b| b == 0) {
            // The end-of-archive blocks; what follows is padding.
            self.part = TarPart::Done;
            return;
        }
        let Some((name, size, kind, written)) = tar_header(block) else {
            self.problem = Some("tar: a damaged header; the members after it were not read".to_string());
            self.part = TarPart::Done;
            return;
        };
        self.pad_next = (TAR_BLOCK as u64 - size % TAR_BLOCK as u64) % TAR_BLOCK as u64;
        let name = self.next_name.take().unwrap_or(name);
        self.part = match kind {
            b'0' | 0 | b'7' => {
                self.members += 1;
                let name = format!("{}{name}", self.prefix);
                if size == 0 {
                    out(Event::Begin(&name, written));
                    out(Event::End(None));
                    TarPart::Header
                } else {
                    let lead = Lead { name, written, bytes: Vec::new() };
                    TarPart::File { left: size, gz: None, lead: Some(Box::new(lead)) }
                }
            }
            b'L' if size <= TAR_NAME_MAX as u64 => TarPart::Meta { left: size, pax: false, text: Vec::new() },
            b'x' if size <= TAR_PAX_MAX => TarPart::Meta { left: size, pax: true, text: Vec::new() },
            _ if size == 0 => TarPart::Header,
            _ => TarPart::Skip { left: size },
        };
        if matches!(self.part, TarPart::Meta { left: 0, .. }) {
            self.part = TarPart::Header;
        }
    }

    /// Ends the member being read (its gzip, if it was one; begun first
    /// with what it holds if it was cut before its first bytes told).
    fn end_member(&mut self, out: &mut dyn FnMut(Event<'_>)) {
        let part = std::mem::replace(&mut self.part, TarPart::Header);
        let mut problem = self.problem.take();
        if let TarPart::File { mut gz, lead, .. } = part {
            if let Some(l) = lead {
                let held = l.begin(&mut gz, out);
                tar_data(&mut gz, &held, &mut problem, out);
            }
            if let Some(g) = gz {
                if let (Err(e), None) = (g.finish(&mut |b| out(Event::Chunk(b))), &problem) {
                    problem = Some(e);
                }
            }
        }
        out(Event::End(problem));
    }

    /// The input ended: a member cut short ends with that problem (or the
    /// input's own, a cut gzip around the tar).
    fn finish(mut self, problem: Option<String>, out: &mut dyn FnMut(Event<'_>)) {
        let cut = || Some("tar: cut short".to_string());
        if matches!(self.part, TarPart::Header) && !self.block.is_empty() && self.problem.is_none() {
            self.problem = cut();
        }
        match self.part {
            TarPart::File { .. } => {
                self.problem = self.problem.take().or(problem).or_else(cut);
                self.end_member(out);
            }
            _ if self.members == 0 => {
                out(Event::Begin(&self.outer, self.written));
                out(Event::End(self.problem.or(problem)));
            }
            _ => {
                // Problems of the tar itself after its last member: that
                // member's input has ended; they are said on a member of
                // their own.
                if let Some(p) = self.problem.or(problem) {
                    out(Event::Begin(&format!("{}(rest of the archive)", self.prefix), None));
                    out(Event::End(Some(p)));
                }
            }
        }
    }
}

/// A tar member's `data`, as it comes: decompressed when it is gzip (`gz`),
/// the first problem of that kept in `problem`.
fn tar_data(gz: &mut Option<Box<Gunzip>>, data: &[u8], problem: &mut Option<String>, out: &mut dyn FnMut(Event<'_>)) {
    match gz {
        Some(g) => {
            let r = g.feed(data, &mut |b| out(Event::Chunk(b)));
            if let (Err(e), None) = (r, &problem) {
                *problem = Some(e);
            }
        }
        None if !data.is_empty() => out(Event::Chunk(data)),
        None => {}
    }
}

/// The `path` of a pax extended header (`"23 path=var/log/mail.log\n"` records).
fn pax_path(text: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(text);
    let mut rest: &str = &text;
    let mut path = None;
    while let Some((len, after)) = rest.split_once(' ') {
        let len: usize = len.parse().ok()?;
        let record_end = len.checked_sub(len.to_string().len() + 1)?;
        let record = after.get(..record_end)?;
        if let Some(p) = record.strip_prefix("path=") {
            path = Some(p.trim_end_matches('\n').to_string());
        }
        rest = after.get(record_end..)?;
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// A reader that counts the bytes it hands out.
    struct Counting<'a>(Cursor<&'a [u8]>, std::rc::Rc<std::cell::Cell<u64>>);

    impl Read for Counting<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.read(out)?;
            self.1.set(self.1.get() + n as u64);
            Ok(n)
        }
    }

    impl Seek for Counting<'_> {
        fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
            self.0.seek(to)
        }
    }

    #[test]
    fn a_seek_buffer_reads_as_the_reader_it_wraps() {
        let data: Vec<u8> = (0..10_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let mut state = 12345u64;
        let mut next = |m: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % m
        };
        for capacity in [1, 7, 64, 4096, 20_000] {
            let mut plain = Cursor::new(&data[..]);
            let mut buffered = SeekBuf::new(capacity, Cursor::new(&data[..]));
            for _ in 0..2_000 {
                let to = match next(4) {
                    0 => std::io::SeekFrom::Start(next(11_000)),
                    1 => std::io::SeekFrom::End(-(next(10_000) as i64)),
                    2 => std::io::SeekFrom::Current(next(200) as i64 - 100),
                    _ => std::io::SeekFrom::Current(0),
                };
                let (a, b) = (plain.seek(to), buffered.seek(to));
                assert_eq!(a.is_ok(), b.is_ok(), "{to:?}");
                if a.is_err() {
                    // Both are left where they were.
                    continue;
                }
                assert_eq!(a.unwrap(), b.unwrap(), "{to:?}");
                let len = next(300) as usize;
                let (mut x, mut y) = (vec![0u8; len], vec![0u8; len]);
                let n = plain.read(&mut x).unwrap();
                let mut m = 0;
                while m < n {
                    let k = buffered.read(&mut y[m..n]).unwrap();
                    assert!(k > 0, "short read before the end");
                    m += k;
                }
                assert_eq!(x[..n], y[..n], "capacity {capacity}");
            }
        }
    }

    #[test]
    fn a_zip_of_many_small_members_is_read_about_once() {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for i in 0..3_000 {
            w.start_file(format!("logs/f{i}.txt"), opts).unwrap();
            w.write_all(format!("451 5.7.3 Must issue a STARTTLS command first {i}\n").as_bytes()).unwrap();
        }
        let bytes = w.finish().unwrap().into_inner();
        let read = std::rc::Rc::new(std::cell::Cell::new(0));
        let mut members = 0;
        let problems =
            zip_entries(SeekBuf::new(1 << 20, Counting(Cursor::new(&bytes[..]), read.clone())), &mut |_, chunk| {
                members += usize::from(chunk.is_empty())
            })
            .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(members, 3_000);
        // The central directory and the members, each once or about.
        assert!(read.get() <= 3 * bytes.len() as u64, "{} bytes read of a {}-byte zip", read.get(), bytes.len());
    }

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn gunzip_in_chunks(input: &[u8], size: usize) -> (Vec<u8>, Result<(), String>) {
        let mut out = Vec::new();
        let mut g = Gunzip::new();
        for c in input.chunks(size.max(1)) {
            if let Err(e) = g.feed(c, &mut |b| out.extend_from_slice(b)) {
                return (out, Err(e));
            }
        }
        let r = g.finish(&mut |b| out.extend_from_slice(b));
        (out, r)
    }

    #[test]
    fn sniffs_containers() {
        assert_eq!(sniff(&gz(b"x")), Container::Gzip);
        assert_eq!(sniff(b"PK\x03\x04...."), Container::Zip);
        assert_eq!(sniff(b"#Software: Microsoft Exchange Server"), Container::Plain);
        assert_eq!(sniff(b""), Container::Plain);
    }

    #[test]
    fn gzip_decodes_the_same_at_any_chunk_size() {
        let text: Vec<u8> =
            (0..20_000).flat_map(|i| format!("line {i} 421 4.4.2 SocketError\n").into_bytes()).collect();
        let packed = gz(&text);
        for size in [1, 7, 512, 65536, packed.len()] {
            let (out, r) = gunzip_in_chunks(&packed, size);
            assert!(r.is_ok(), "chunk {size}: {r:?}");
            assert_eq!(out, text, "chunk {size}");
        }
    }

    #[test]
    fn concatenated_members_are_all_read() {
        let mut packed = gz(b"first\n");
        packed.extend(gz(b"second\n"));
        let (out, r) = gunzip_in_chunks(&packed, 3);
        assert!(r.is_ok());
        assert_eq!(out, b"first\nsecond\n");
    }

    #[test]
    fn truncated_gzip_keeps_what_it_could_read_and_says_so() {
        let text = "530 5.7.0 Must issue a STARTTLS command first\n".repeat(5000);
        let packed = gz(text.as_bytes());
        let (out, r) = gunzip_in_chunks(&packed[..packed.len() / 2], 1000);
        assert!(r.unwrap_err().contains("truncated"));
        assert!(!out.is_empty() && text.as_bytes().starts_with(&out));
    }

    #[test]
    fn a_damaged_gzip_is_not_called_truncated() {
        let text = "530 5.7.0 Must issue a STARTTLS command first\n".repeat(50);
        let mut packed = gz(text.as_bytes());
        // The CRC-32 of the trailer, changed.
        let crc = packed.len() - 8;
        packed[crc] ^= 0xFF;
        for size in [7, packed.len()] {
            let (out, r) = gunzip_in_chunks(&packed, size);
            let e = r.unwrap_err();
            assert!(!e.contains("truncated") && e.contains("checksum"), "{e}");
            assert_eq!(out, text.as_bytes(), "everything was read before the check");
        }
    }

    #[test]
    fn compressions_not_read_are_named_by_their_magic() {
        for (head, want) in [
            (&b"\xFD7zXZ\x00\x00\x04"[..], Some("xz")),
            (b"BZh91AY&SY", Some("bzip2")),
            (b"\x28\xB5\x2F\xFD\x24", Some("zstd")),
            (b"7z\xBC\xAF\x27\x1C\x00", Some("7z")),
            (b"Rar!\x1A\x07\x01\x00", Some("RAR")),
            (b"\x04\x22\x4D\x18", Some("LZ4")),
            (b"\x1F\x9D\x90", Some("compress (.Z)")),
            // Text that starts as bzip2 does, without its block size; a gzip
            // (read), a zip (read), a log.
            (b"BZh a line", None),
            (b"BZh", None),
            (b"\x1f\x8b\x08\x00", None),
            (b"PK\x03\x04", None),
            (b"2026-01-20T10:00:00.000Z,", None),
            (b"", None),
        ] {
            assert_eq!(unread_compression(head), want, "{head:?}");
        }
    }

    #[test]
    fn garbage_after_gzip_magic_is_an_error_not_a_panic() {
        let mut bad = vec![0x1f, 0x8b, 0x08, 0xff];
        bad.extend(std::iter::repeat_n(0xAA, 4000));
        let (_, r) = gunzip_in_chunks(&bad, 100);
        assert!(r.is_err());
    }

    /// Each member of a zip, name and bytes, and the problems reported.
    fn members(zip: &[u8]) -> (Vec<(String, Vec<u8>)>, Vec<String>) {
        let mut got: Vec<(String, Vec<u8>)> = Vec::new();
        let problems = zip_entries(Cursor::new(zip), &mut |name, chunk| {
            if chunk.is_empty() {
                got.push((name.to_string(), Vec::new()));
            } else {
                got.last_mut().unwrap().1.extend_from_slice(chunk);
            }
        })
        .unwrap();
        (got, problems)
    }

    #[test]
    fn zip_members_stream_in_order() {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        w.add_directory("logs/", opts).unwrap();
        w.start_file("logs/SEND2021012010-1.LOG", opts).unwrap();
        w.write_all(b"TLS negotiation failed with error SocketError\n").unwrap();
        w.start_file("b.txt", opts).unwrap();
        w.write_all(b"451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
        let bytes = w.finish().unwrap().into_inner();
        assert_eq!(sniff(&bytes), Container::Zip);
        let (got, problems) = members(&bytes);
        assert!(problems.is_empty());
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "logs/SEND2021012010-1.LOG");
        assert!(got[1].1.starts_with(b"451 5.7.3"));
    }

    /// A zip of `(name, bytes)` members, deflated.
    fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in members {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn members_listed_under_one_name_are_all_read() {
        // The `zip` crate writes no two members of one name; real zips have
        // them (a file added to a zip twice). Written as x1, x2, x3, then
        // renamed in their headers and the directory.
        let items: [(&str, &[u8]); 4] =
            [("x1.log", b"first\n"), ("b.log", b"other\n"), ("x2.log", b"second\n"), ("x3.log", b"third\n")];
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let mut plain = zip::ZipWriter::new(Cursor::new(Vec::new()));
        // Streamed: each member's sizes and checksum follow its data.
        let mut streamed = zip::ZipWriter::new_stream(Vec::new());
        for (name, bytes) in items {
            plain.start_file(name, stored).unwrap();
            plain.write_all(bytes).unwrap();
            streamed.start_file(name, stored).unwrap();
            streamed.write_all(bytes).unwrap();
        }
        let plain = plain.finish().unwrap().into_inner();
        let streamed = streamed.finish().unwrap().into_inner();
        for zip in [plain, streamed] {
            let mut zip = zip;
            for at in 0..zip.len() - 6 {
                if [b"x1.log", b"x2.log", b"x3.log"].contains(&&<[u8; 6]>::try_from(&zip[at..at + 6]).unwrap()) {
                    zip[at + 1] = b'x';
                }
            }
            let (got, problems) = members(&zip);
            let want: Vec<(String, Vec<u8>)> = [
                // The last listed under the name keeps it (what unzipping
                // leaves on disk); the others are numbered in listed order.
                ("xx.log", "third\n"),
                ("b.log", "other\n"),
                ("xx.log#1", "first\n"),
                ("xx.log#2", "second\n"),
            ]
            .iter()
            .map(|(n, b)| (n.to_string(), b.as_bytes().to_vec()))
            .collect();
            assert_eq!(got, want);
            assert!(problems.is_empty(), "{problems:?}");
            // Such a zip is read whole, not in parts.
            assert_eq!(zip_parts(Cursor::new(&zip), 1, 4), 1);
        }
        // One name each: nothing read twice.
        let (got, _) = members(&zip_of(&[("a", b"1\n"), ("b", b"2\n")]));
        assert_eq!(got.len(), 2);
    }

    /// A zip of `n` members `m0.log`… with a folder among them and a zip
    /// inside (`nested.zip` holding `in.log`).
    fn mixed_zip(n: usize) -> Vec<u8> {
        let inner = zip_of(&[("in.log", b"inner\n")]);
        let names: Vec<String> = (0..n).map(|i| format!("m{i}.log")).collect();
        let mut items: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"451 5.7.3 x\n"[..])).collect();
        items.insert(3, ("folder/", b""));
        items.insert(5, ("nested.zip", &inner));
        zip_of(&items)
    }

    /// The events of part `part` of a zip as text, and what it returned.
    fn part_events(zip: &[u8], part: Option<(usize, usize)>) -> (Vec<String>, Result<Vec<String>, String>) {
        let mut got = Vec::new();
        let r = zip_inputs_part(Cursor::new(zip), "z.zip", "!", part, &mut |e| {
            got.push(match e {
                Event::Begin(n, w) => format!("B{n} {w:?}"),
                Event::Chunk(c) => format!("C{}", String::from_utf8_lossy(c)),
                Event::End(p) => format!("E{p:?}"),
            })
        });
        (got, r)
    }

    /// The events of a zip's parts, read one after another, are the whole
    /// zip's: every member once, in order, a folder passed over, a member
    /// that is a zip opened inside its part.
    #[test]
    fn a_zip_read_in_parts_is_the_whole_zip() {
        let zip = mixed_zip(7);
        let read = |part: Option<(usize, usize)>| {
            let (got, r) = part_events(&zip, part);
            (got, r.unwrap())
        };
        let (whole, problems) = read(None);
        assert!(problems.is_empty());
        assert_eq!(whole.iter().filter(|e| e.starts_with('B')).count(), 8, "{whole:?}");
        for n in 1..=4 {
            let parts: Vec<String> = (0..n).flat_map(|k| read(Some((k, n))).0).collect();
            assert_eq!(parts, whole, "{n} parts");
        }
        assert_eq!(zip_parts(Cursor::new(&zip), 1, 4), 4);
        assert_eq!(zip_parts(Cursor::new(&zip), 1, 2), 2);
        // Parts of at least five files: one.
        assert_eq!(zip_parts(Cursor::new(&zip), 5, 4), 1);
        assert_eq!(zip_parts(Cursor::new(b"PK\x03\x04 no zip".to_vec()), 1, 4), 1);
    }

    /// Every event of a zip read a window of `window` directory records at
    /// a time, and of the same zip read whole.
    fn windowed_and_whole(zip: &[u8], window: u64) -> (Vec<String>, Vec<String>) {
        fn sink(got: &mut Vec<String>) -> impl FnMut(&str, Option<i64>, &[u8], &[String]) + '_ {
            |name, written, chunk, _| {
                got.push(match chunk {
                    [] => format!("B{name} {written:?}"),
                    c => format!("C{}", String::from_utf8_lossy(c)),
                })
            }
        }
        let (mut windowed, mut whole) = (Vec::new(), Vec::new());
        let mut problems = Vec::new();
        let mut r = Cursor::new(zip);
        let windows = directory_windows(&mut r, window).expect("read in windows");
        assert_eq!(windows.iter().map(|w| w.1).sum::<u64>(), directory_end(&mut r).unwrap().count);
        assert!(windows.iter().all(|w| w.1 <= window), "{windows:?}");
        windowed_entries(&mut r, &windows, "", 0, MAX_NESTED_ZIP, &mut sink(&mut windowed), &mut problems).unwrap();
        windowed.append(&mut problems);
        let archive = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
        read_members(archive, "", 0, MAX_NESTED_ZIP, None, &mut sink(&mut whole), &mut problems).unwrap();
        whole.extend(problems);
        (windowed, whole)
    }

    /// A zip's end records, written with the ZIP64 ones (APPNOTE 4.3.14,
    /// 4.3.15) in front and the classic one's fields full, as a writer does
    /// for more than 65 535 members or offsets past 4 GiB.
    fn with_zip64_end(zip: &[u8]) -> Vec<u8> {
        let end = zip.len() - 22;
        assert_eq!(zip[end..end + 4], *b"PK\x05\x06");
        let field =
            |k: usize, n: usize| zip[end + k..end + k + n].iter().rev().fold(0u64, |v, b| v << 8 | u64::from(*b));
        let (count, size, start) = (field(10, 2), field(12, 4), field(16, 4));
        let mut out = zip[..end].to_vec();
        let at64 = out.len() as u64;
        out.extend_from_slice(b"PK\x06\x06");
        out.extend_from_slice(&44u64.to_le_bytes());
        out.extend_from_slice(&[45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        for v in [count, count, size, start] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(b"PK\x06\x07\0\0\0\0");
        out.extend_from_slice(&at64.to_le_bytes());
        out.extend_from_slice(&1u32.to_le_bytes());
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\0\0");
        out
    }

    /// A zip of more members than a window of its directory holds (10 000
    /// of ~0.6 KB each in the `zip` crate: a zip of 300 000 bounces took
    /// 202 MB, 23 MB read in windows) is read a window at a time: the
    /// same members, bytes, times and order as read whole, a folder passed
    /// over and a zip inside opened; with ZIP64 end records too. A
    /// directory that is not what its end record says is read whole.
    #[test]
    fn a_zip_of_many_members_is_read_a_window_of_its_directory_at_a_time() {
        let zip = mixed_zip(9);
        for zip in [zip.clone(), with_zip64_end(&zip)] {
            for window in [1, 2, 3, 10] {
                let (windowed, whole) = windowed_and_whole(&zip, window);
                assert_eq!(windowed, whole, "window of {window}");
                assert_eq!(whole.iter().filter(|e| e.starts_with('B')).count(), 10, "{whole:?}");
            }
            assert!(directory_windows(&mut Cursor::new(&zip), 11).is_none(), "11 records: one window, read whole");
            assert_eq!(
                directory_end(&mut Cursor::new(&zip)).map(|d| d.count),
                Some(11),
                "{:?}",
                &zip[zip.len() - 22..]
            );
        }
        // A record's signature broken: the directory is not what the end
        // record says, and the zip is read as before.
        let mut bad = zip.clone();
        let cd = directory_end(&mut Cursor::new(&zip)).unwrap().start as usize;
        let second = cd + 4 + bad[cd + 4..].windows(4).position(|w| w == b"PK\x01\x02").unwrap();
        bad[second + 3] = 0;
        assert!(directory_windows(&mut Cursor::new(&bad), 2).is_none());
    }

    /// A window of the directory that cannot be opened is named, with its
    /// members, as one unreadable input, and the windows after it are still
    /// read; when it is the first, the zip is read from its members' own
    /// headers, as a zip without a directory is.
    #[test]
    fn a_window_that_cannot_be_opened_is_named() {
        let zip = zip_of(&[("a.log", b"first\n"), ("b.log", b"other\n"), ("c.log", b"third\n")]);
        let mut windows = directory_windows(&mut Cursor::new(&zip), 1).unwrap();
        assert_eq!(windows.len(), 3);
        // The second window's records shifted by a byte: no record there.
        windows[1].0.start += 1;
        let read = |windows: &[(std::ops::Range<u64>, u64)]| {
            let (mut got, mut problems) = (Vec::new(), Vec::new());
            let mut each = |name: &str, _: Option<i64>, chunk: &[u8], _: &[String]| {
                if chunk.is_empty() {
                    got.push(name.to_string());
                }
            };
            windowed_entries(&mut Cursor::new(&zip), windows, "", 0, MAX_NESTED_ZIP, &mut each, &mut problems).unwrap();
            (got, problems)
        };
        let (got, problems) = read(&windows);
        assert_eq!(got, ["a.log", "members 2 to 2", "c.log"]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("members 2 to 2: zip: "), "{problems:?}");
        windows[0].0.start += 1;
        let (got, _) = read(&windows);
        assert_eq!(got, ["a.log", "b.log", "c.log"], "read from the local headers");
    }

    #[test]
    fn a_zips_listed_sizes_are_read_from_its_directory() {
        let zip = zip_of(&[("a.log", b"first\n"), ("folder/", b""), ("b.log", b"second one\n")]);
        assert_eq!(zip_listed_sizes(Cursor::new(&zip)), [6, 11]);
        assert_eq!(zip_listed_sizes(Cursor::new(with_zip64_end(&zip))), [6, 11]);
        assert!(zip_listed_sizes(Cursor::new(b"PK\x03\x04 no zip".to_vec())).is_empty());
    }

    /// Damaged zips the fuzzer made (`fuzz/fuzz_targets/zip.rs`), read alike
    /// a window of two records at a time and whole, and in parts and whole:
    /// a stored member whose data runs on into the directory and past the
    /// end (it read the window's records, then zeros), a member whose data
    /// starts past the end, and a name listed twice beside a record with
    /// ZIP64 sizes (counted as no name listed twice, it was read in parts),
    /// and a member named `` after one named `: .log` (it ended with the
    /// other's problem when read whole, with its own in parts).
    #[test]
    fn damaged_zips_the_fuzzer_made_read_alike_in_windows_and_in_parts() {
        let zips: [&[u8]; 4] = [
            include_bytes!("../tests/data/fuzz-zip-1.zip"),
            include_bytes!("../tests/data/fuzz-zip-2.zip"),
            include_bytes!("../tests/data/fuzz-zip-3.zip"),
            include_bytes!("../tests/data/fuzz-zip-4.zip"),
        ];
        for (k, zip) in zips.iter().enumerate() {
            // (A name listed twice, in two windows, is read in each: the
            // third zip reads otherwise in windows, as it should; the
            // fourth's directory is not what its end record says: it is
            // read whole.)
            if k < 2 {
                let (windowed, whole) = windowed_and_whole(zip, 2);
                assert_eq!(windowed, whole, "zip {}", k + 1);
            }
            let events = |part| part_events(zip, part).0;
            let n = zip_parts(Cursor::new(zip), 1, 4);
            assert_eq!(n == 1, k == 2, "zip {} in {n} parts", k + 1);
            let parts: Vec<String> = (0..n).flat_map(|i| events((n > 1).then_some((i, n)))).collect();
            assert_eq!(parts, events(None), "zip {} in {n} parts", k + 1);
        }
    }

    /// A name listed in two windows of a directory is read in each, under
    /// that name: no member is left unread.
    #[test]
    fn a_name_listed_in_two_windows_is_read_in_each() {
        let mut zip = zip_of(&[("d1.log", b"first\n"), ("b.log", b"other\n"), ("d2.log", b"second\n")]);
        for at in 0..zip.len() - 6 {
            if zip[at..at + 6] == *b"d2.log" {
                zip[at + 1] = b'1';
            }
        }
        let (windowed, _) = windowed_and_whole(&zip, 2);
        let begun: Vec<&String> = windowed.iter().filter(|e| e.starts_with('B')).collect();
        assert_eq!(begun.len(), 3, "{windowed:?}");
        assert_eq!(begun.iter().filter(|e| e.starts_with("Bd1.log ")).count(), 2, "{windowed:?}");
        assert!(windowed.contains(&"Cfirst\n".to_string()) && windowed.contains(&"Csecond\n".to_string()));
    }

    #[test]
    fn a_zip_inside_a_zip_is_read_as_a_zip() {
        let deepest = zip_of(&[("c.txt", b"550 5.1.1 user unknown\n")]);
        let inner =
            zip_of(&[("logs/b.log", b"TLS negotiation failed with error SocketError\n"), ("deeper.zip", &deepest)]);
        let mut broken = b"PK\x03\x04".to_vec();
        broken.extend_from_slice(&[0xAA; 100]);
        let outer = zip_of(&[
            ("a.txt", b"451 5.7.3 Must issue a STARTTLS command first\n"),
            ("inner.zip", &inner),
            ("bad.zip", &broken),
        ]);
        let (got, problems) = members(&outer);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a.txt", "inner.zip/logs/b.log", "inner.zip/deeper.zip/c.txt", "bad.zip"]);
        assert_eq!(got[2].1, b"550 5.1.1 user unknown\n");
        assert!(got[3].1.is_empty());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(member_problem(&problems, "bad.zip").is_some_and(|p| p.starts_with("zip: ")), "{problems:?}");
        // Past the room left for zips inside zips, one is named with its problem.
        let mut problems = Vec::new();
        let mut got = Vec::new();
        entries(
            Cursor::new(&outer),
            "",
            0,
            100,
            None,
            &mut |n, _, c, _| got.push((n.to_string(), c.len())),
            &mut problems,
        )
        .unwrap();
        assert!(got.iter().any(|(n, _)| n == "inner.zip"), "{got:?}");
        assert!(member_problem(&problems, "inner.zip").is_some_and(|p| p.contains("size limit")), "{problems:?}");
        // Past the depth bound, a zip is a member named with its problem
        // (its bytes were read as one binary input).
        let mut nested = deepest.clone();
        for level in 0..=MAX_NESTED {
            nested = zip_of(&[(&format!("z{level}.zip"), &nested)]);
        }
        let (got, problems) = members(&nested);
        assert_eq!(got, [("z3.zip/z2.zip/z1.zip/z0.zip".to_string(), Vec::new())]);
        let problem = member_problem(&problems, "z3.zip/z2.zip/z1.zip/z0.zip");
        assert!(problem.is_some_and(|p| p.contains("inside 3 zips")), "{problems:?}");
    }

    /// A ustar archive of `members` (name, type, content), as `tar` writes
    /// it: header blocks with their checksum, data padded to 512 bytes, two
    /// zero blocks at the end.
    fn tar_of(members: &[(&str, u8, &[u8])]) -> Vec<u8> {
        let dated: Vec<(&str, u8, u64, &[u8])> = members.iter().map(|(n, k, d)| (*n, *k, 0o14770000000, *d)).collect();
        tar_dated(&dated)
    }

    /// [`tar_of`] whose members have the modification time given (Unix seconds).
    fn tar_dated(members: &[(&str, u8, u64, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, kind, mtime, data) in members {
            let mut h = [0u8; 512];
            h[..name.len().min(100)].copy_from_slice(&name.as_bytes()[..name.len().min(100)]);
            h[100..107].copy_from_slice(b"0000644");
            h[124..135].copy_from_slice(format!("{:011o}", data.len()).as_bytes());
            h[136..147].copy_from_slice(format!("{mtime:011o}").as_bytes());
            h[156] = *kind;
            h[257..263].copy_from_slice(b"ustar\0");
            h[263..265].copy_from_slice(b"00");
            h[148..156].copy_from_slice(b"        ");
            let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
            h[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
            out.extend_from_slice(&h);
            out.extend_from_slice(data);
            out.resize(out.len().div_ceil(512) * 512, 0);
        }
        out.extend_from_slice(&[0u8; 1024]);
        out
    }

    /// The inputs [`TarSplit`] makes of `input` fed in `size`-byte chunks:
    /// (name, content, problem).
    fn split(name: &str, input: &[u8], size: usize) -> Vec<(String, Vec<u8>, Option<String>)> {
        let mut got: Vec<(String, Vec<u8>, Option<String>)> = Vec::new();
        let mut t = TarSplit::new("!");
        let mut out = |e: Event<'_>| match e {
            Event::Begin(n, _) => got.push((n.to_string(), Vec::new(), None)),
            Event::Chunk(b) => got.last_mut().unwrap().1.extend_from_slice(b),
            Event::End(p) => got.last_mut().unwrap().2 = p,
        };
        t.event(Event::Begin(name, None), &mut out);
        for c in input.chunks(size.max(1)) {
            t.event(Event::Chunk(c), &mut out);
        }
        t.event(Event::End(None), &mut out);
        got
    }

    #[test]
    fn a_tar_is_split_into_its_files_and_anything_else_passes() {
        let log =
            b"May  1 10:00:00 mx postfix/smtp[1]: A1: to=<a@b.c>, status=bounced (550 5.1.1 User unknown)\n".repeat(20);
        let long = format!("var/log/{}/mail.log", "x".repeat(120));
        // A pax record counts its own length's digits: " path=…\n" plus them.
        let body = format!(" path={long}\n");
        let pax = format!("{}{body}", body.len() + (body.len() + 3).to_string().len());
        let tar = tar_of(&[
            ("logs/", b'5', b""),
            ("logs/mail.log", b'0', &log),
            ("logs/mail.log.2.gz", b'0', &gz(&log)),
            ("logs/empty.log", b'0', b""),
            ("logs/link", b'2', b""),
            ("././@LongLink", b'L', format!("{long}\0").as_bytes()),
            ("var/log/xxx", b'0', b"451 5.7.3 Must issue a STARTTLS command first\n"),
            ("PaxHeaders/x", b'x', pax.as_bytes()),
            ("var/log/short", b'0', b"421 4.4.2 Connection dropped due to SocketError\n"),
        ]);
        for size in [1, 7, 511, 512, 513, 4096, tar.len()] {
            let got = split("logs.tar", &tar, size);
            let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
            assert_eq!(
                names,
                [
                    "logs.tar!logs/mail.log",
                    "logs.tar!logs/mail.log.2.gz",
                    "logs.tar!logs/empty.log",
                    &format!("logs.tar!{long}"),
                    &format!("logs.tar!{long}")
                ],
                "chunk size {size}"
            );
            assert_eq!(got[0].1, log);
            assert_eq!(got[1].1, log, "a gzip member is decompressed");
            assert!(got[2].1.is_empty());
            assert_eq!(got[3].1, b"451 5.7.3 Must issue a STARTTLS command first\n");
            assert_eq!(got[4].1, b"421 4.4.2 Connection dropped due to SocketError\n");
            assert!(got.iter().all(|(_, _, p)| p.is_none()), "{got:?}");
        }
        // Cut in a member's data: it ends with the problem.
        let cut = split("logs.tar", &tar[..1024 + 700], 100);
        assert_eq!(cut.len(), 1);
        assert_eq!(cut[0].2.as_deref(), Some("tar: cut short"));
        // A header that is none (damaged) stops the reading and says so.
        let mut bad = tar.clone();
        let headers: Vec<usize> =
            (0..bad.len() / 512).filter(|b| &bad[b * 512 + 257..b * 512 + 262] == b"ustar").collect();
        bad[headers[2] * 512] ^= 0x55;
        let got = split("logs.tar", &bad, 4096);
        assert!(got.last().unwrap().2.as_deref().is_some_and(|p| p.starts_with("tar: a damaged header")), "{got:?}");
        // A tar of folders only is one empty input; text and a gzip that is
        // no tar pass as they are, short ones too.
        let dirs = split("dirs.tar", &tar_of(&[("a/", b'5', b"")]), 512);
        assert_eq!(dirs, [("dirs.tar".to_string(), Vec::new(), None)]);
        for plain in [&log[..], b"short", b""] {
            assert_eq!(split("x.log", plain, 100), [("x.log".to_string(), plain.to_vec(), None)]);
        }
    }

    /// The inputs [`Unpack`] makes of the input `name` fed in `size`-byte
    /// chunks, ended with `problem`: (name, content, problem).
    fn unpack(name: &str, input: &[u8], size: usize, problem: Option<&str>) -> Vec<(String, Vec<u8>, Option<String>)> {
        let mut got: Vec<(String, Vec<u8>, Option<String>)> = Vec::new();
        let mut u = Unpack::new("!");
        let mut open = false;
        let mut out = |e: Event<'_>| match e {
            Event::Begin(n, _) => {
                assert!(!open, "{n} begun inside another input");
                open = true;
                got.push((n.to_string(), Vec::new(), None));
            }
            Event::Chunk(b) => got.last_mut().unwrap().1.extend_from_slice(b),
            Event::End(p) => {
                assert!(open, "ended twice");
                open = false;
                got.last_mut().unwrap().2 = p;
            }
        };
        u.event(Event::Begin(name, None), &mut out);
        for c in input.chunks(size.max(1)) {
            u.event(Event::Chunk(c), &mut out);
        }
        u.event(Event::End(problem.map(str::to_string)), &mut out);
        got
    }

    #[test]
    fn a_zip_that_streams_is_read_as_its_members() {
        let log = b"2021-01-20T10:00:00.000Z,x,08D8BD0000000001,7,,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n"
            .repeat(50);
        let inner_tar = tar_of(&[("var/log/mail.log", b'0', b"451 5.7.3 Must issue a STARTTLS command first\n")]);
        let zip = zip_of(&[("SEND.LOG", &log), ("old/logs.tar", &inner_tar), ("notes.txt", b"plain\n")]);
        let want = |outer: &str| {
            vec![
                (format!("{outer}!SEND.LOG"), log.clone(), None),
                (
                    format!("{outer}!old/logs.tar!var/log/mail.log"),
                    b"451 5.7.3 Must issue a STARTTLS command first\n".to_vec(),
                    None,
                ),
                (format!("{outer}!notes.txt"), b"plain\n".to_vec(), None),
            ]
        };
        // A `.zip.gz` (the gzip already taken off by the reader), and a zip
        // inside a tar beside a plain member, at any chunk size.
        let tar = tar_of(&[("a.log", b'0', b"one\n"), ("backup/logs.zip", b'0', &zip), ("z.log", b'0', b"two\n")]);
        for size in [1, 3, 4, 5, 511, 4096, usize::MAX] {
            assert_eq!(unpack("logs.zip.gz", &zip, size, None), want("logs.zip.gz"), "chunk size {size}");
            let mut in_tar = vec![("logs.tar!a.log".to_string(), b"one\n".to_vec(), None)];
            in_tar.extend(want("logs.tar!backup/logs.zip"));
            in_tar.push(("logs.tar!z.log".to_string(), b"two\n".to_vec(), None));
            assert_eq!(unpack("logs.tar", &tar, size, None), in_tar, "chunk size {size}");
        }
        // A zip cut short is read from its members' own headers, the last
        // one saying so; cut in its first header it cannot be opened: one
        // input, with the problem of the stream it came in when there is one
        // (it says why), else the zip's.
        let got = unpack("logs.zip.gz", &zip[..zip.len() - 30], 100, None);
        let names: Vec<(&str, Option<&str>)> = got.iter().map(|(n, _, p)| (n.as_str(), p.as_deref())).collect();
        assert_eq!(names.len(), 3, "{names:?}");
        assert_eq!(&names[..2], [("logs.zip.gz!SEND.LOG", None), ("logs.zip.gz!old/logs.tar!var/log/mail.log", None)]);
        assert!(
            names[2].0 == "logs.zip.gz!notes.txt" && names[2].1.is_some_and(|p| p.contains("cut short")),
            "{names:?}"
        );
        let cut = &zip[..20];
        let got = unpack("logs.zip.gz", cut, 100, Some("gzip: the compressed stream is truncated"));
        assert_eq!(
            got,
            [("logs.zip.gz".to_string(), Vec::new(), Some("gzip: the compressed stream is truncated".to_string()))]
        );
        let got = unpack("logs.zip.gz", cut, 100, None);
        assert_eq!(got.len(), 1);
        assert!(got[0].2.as_deref().is_some_and(|p| p.starts_with("zip: ")), "{:?}", got[0].2);
        // Text, short inputs and the empty input pass as they came; a
        // stopped (cancelled) zip is dropped unread.
        for plain in [&log[..], b"PK", b""] {
            assert_eq!(unpack("x.log", plain, 100, None), [("x.log".to_string(), plain.to_vec(), None)]);
        }
        // Over the bound: its bytes are dropped as they come, and it is one
        // input that says why (its container's problem, if any, first).
        let mut z = ZipSplit::new("!");
        z.conf.limit = 2 << 20;
        let big = zip_of(&[("big.LOG", &vec![b'x'; 3 << 20])]);
        let stored = {
            let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
            w.start_file("big.LOG", opts).unwrap();
            w.write_all(&vec![b'x'; 3 << 20]).unwrap();
            w.finish().unwrap().into_inner()
        };
        assert!(big.len() < 1 << 20 && stored.len() > 3 << 20);
        for (input, opened) in [(&big, true), (&stored, false)] {
            let mut got: Vec<(String, usize, Option<String>)> = Vec::new();
            let mut out = |e: Event<'_>| match e {
                Event::Begin(n, _) => got.push((n.to_string(), 0, None)),
                Event::Chunk(b) => got.last_mut().unwrap().1 += b.len(),
                Event::End(p) => got.last_mut().unwrap().2 = p,
            };
            z.event(Event::Begin("x.zip.gz", None), &mut out);
            for c in input.chunks(64 << 10) {
                z.event(Event::Chunk(c), &mut out);
            }
            z.event(Event::End(None), &mut out);
            if opened {
                assert_eq!(got, [("x.zip.gz!big.LOG".to_string(), 3 << 20, None)]);
            } else {
                let why = "a zip inside a stream, over the size limit (2 MiB), not opened".to_string();
                assert_eq!(got, [("x.zip.gz".to_string(), 0, Some(why))]);
            }
        }
        let mut u = Unpack::new("!");
        let mut events = 0;
        u.event(Event::Begin("a.zip.gz", None), &mut |_| events += 1);
        u.event(Event::Chunk(&zip[..100]), &mut |_| events += 1);
        u.stop(&mut |_| events += 1);
        assert_eq!(events, 0);
    }

    #[test]
    fn archives_inside_archives_are_opened_down_to_the_bound() {
        let text = b"451 5.7.3 Must issue a STARTTLS command first\n";
        // tar > tar, and tar > zip > tar > zip (both were one binary input).
        let tar_in_tar = tar_of(&[("inner.tar", b'0', &tar_of(&[("a.log", b'0', text)]))]);
        let deep =
            tar_of(&[("z.zip", b'0', &zip_of(&[("t.tar", &tar_of(&[("y.zip", b'0', &zip_of(&[("b.log", text)]))]))]))]);
        for size in [1, 100, 512, 4096, usize::MAX] {
            assert_eq!(
                unpack("x.tar", &tar_in_tar, size, None),
                [("x.tar!inner.tar!a.log".to_string(), text.to_vec(), None)],
                "chunk size {size}"
            );
            assert_eq!(
                unpack("d.tar", &deep, size, None),
                [("d.tar!z.zip!t.tar!y.zip!b.log".to_string(), text.to_vec(), None)],
                "chunk size {size}"
            );
        }
        // One level more than the bound: the innermost archive is named with
        // why it was not opened.
        let mut nested = tar_of(&[("a.log", b'0', text)]);
        for _ in 0..UNPACK_LEVELS {
            nested = tar_of(&[("t.tar", b'0', &nested)]);
        }
        let got = unpack("n.tar", &nested, 4096, None);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, format!("n.tar{}", "!t.tar".repeat(UNPACK_LEVELS as usize)));
        assert!(got[0].1.is_empty());
        assert!(got[0].2.as_deref().is_some_and(|p| p.contains("inside 4 archives")), "{:?}", got[0].2);
    }

    #[test]
    fn a_gzip_member_of_a_zip_is_decompressed_and_a_cut_one_says_so() {
        let text = "2021-01-20T10:00:00.000Z,x,08D8BD0000000001,7,,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n"
            .repeat(3000);
        let packed = gz(text.as_bytes());
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        w.start_file("SEND2021012010-1.LOG.gz", opts).unwrap();
        w.write_all(&packed).unwrap();
        w.start_file("SEND2021012011-1.LOG.gz", opts).unwrap();
        w.write_all(&packed[..packed.len() / 2]).unwrap();
        w.start_file("notes.txt", opts).unwrap();
        w.write_all(b"plain text\n").unwrap();
        let bytes = w.finish().unwrap().into_inner();
        let (got, problems) = members(&bytes);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].1, text.as_bytes());
        assert!(!got[1].1.is_empty() && text.as_bytes().starts_with(&got[1].1));
        assert_eq!(got[2].1, b"plain text\n");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("SEND2021012011-1.LOG.gz: gzip:") && problems[0].contains("truncated"));
    }

    /// A member zipped with a method this reader lacks (BZip2 here: the
    /// method field of a stored member rewritten to 12) is an input of its
    /// own with its problem; the members around it are read.
    #[test]
    fn a_member_it_cannot_read_is_listed_with_its_problem() {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        w.start_file("a.LOG", opts).unwrap();
        w.write_all(b"one\n").unwrap();
        w.start_file("b.LOG", opts).unwrap();
        w.write_all(b"two\n").unwrap();
        w.start_file("c.LOG", opts).unwrap();
        w.write_all(b"three\n").unwrap();
        let mut bytes = w.finish().unwrap().into_inner();
        // The second local header and the second central-directory entry.
        let at = |sig: &[u8; 4], nth: usize| bytes.windows(4).enumerate().filter(|(_, x)| x == sig).nth(nth).unwrap().0;
        let (local, central) = (at(b"PK\x03\x04", 1), at(b"PK\x01\x02", 1));
        bytes[local + 8] = 12;
        bytes[central + 10] = 12;
        let (got, problems) = members(&bytes);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a.LOG", "b.LOG", "c.LOG"]);
        assert_eq!(
            (got[0].1.as_slice(), got[1].1.as_slice(), got[2].1.as_slice()),
            (&b"one\n"[..], &b""[..], &b"three\n"[..])
        );
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("b.LOG: "), "{problems:?}");
    }

    #[test]
    fn a_zip_cut_short_is_read_from_its_members_own_headers() {
        let log = |k: u8| {
            format!("2021-01-20T10:00:0{k}.000Z,x,08D8BD000000000{k},7,,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n").repeat(400)
        };
        let (a, b, c) = (log(1), log(2), log(3));
        let zip = zip_of(&[("a.LOG", a.as_bytes()), ("dir/", b""), ("b.LOG", b.as_bytes()), ("c.LOG", c.as_bytes())]);
        let at = |sig: &[u8; 4], nth: usize| zip.windows(4).enumerate().filter(|(_, x)| x == sig).nth(nth).unwrap().0;
        // Cut in the central directory: every member read, the last one says the zip was cut.
        let (got, problems) = members(&zip[..at(b"PK\x01\x02", 0) + 10]);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a.LOG", "b.LOG", "c.LOG"]);
        assert_eq!(
            (got[0].1.as_slice(), got[1].1.as_slice(), got[2].1.as_slice()),
            (a.as_bytes(), b.as_bytes(), c.as_bytes())
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("c.LOG: zip: ") && problems[0].contains("cut short"), "{problems:?}");
        // Cut in the last member's data: what it holds up to the cut is read, and it says so.
        let (got, problems) = members(&zip[..at(b"PK\x03\x04", 3) + 200]);
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].1, b.as_bytes());
        assert!(c.as_bytes().starts_with(&got[2].1), "a start of c.LOG");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("c.LOG: "), "{problems:?}");
        // Cut in the first header, or a header of zeros after the magic bytes:
        // nothing to read, the zip's own problem.
        for bad in [zip[..20].to_vec(), [&b"PK\x03\x04"[..], &[0u8; 100]].concat()] {
            let err = zip_entries(Cursor::new(bad), &mut |_, _| {}).unwrap_err();
            assert!(err.starts_with("zip: "), "{err}");
        }
        // Members whose sizes follow their data (a zip written to a stream)
        // cannot be found the end of without the directory: not guessed at.
        let mut w = zip::ZipWriter::new_stream(Vec::new());
        w.start_file("s.LOG", zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(a.as_bytes()).unwrap();
        let streamed = w.finish().unwrap().into_inner();
        assert_ne!(streamed[6] & 0x08, 0, "sizes in a data descriptor");
        let (got, problems) = members(&streamed[..streamed.len() - 30]);
        assert_eq!(got, [("s.LOG".to_string(), Vec::new())]);
        assert!(
            problems.len() == 1 && problems[0].starts_with("s.LOG: ") && problems[0].contains("after its data"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_cut_zip_holding_a_stored_zip_is_not_read_as_that_zip() {
        // The directory found at the end of the cut zip is the stored zip's:
        // its members were read as the outer zip's, the others lost, and the
        // cut said nothing (QA). And an encrypted member (flag bit 0) is
        // named with its problem and passed over.
        let inner = zip_of(&[("x.log", b"550 5.1.1 user unknown\n")]);
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for (name, data) in [
            ("a.log", &b"451 5.7.3 Must issue a STARTTLS command first\n"[..]),
            ("secret.log", b"hidden\n"),
            ("inner.zip", &inner),
            ("b.log", b"421 4.4.2 Connection dropped due to SocketError\n"),
        ] {
            w.start_file(name, stored).unwrap();
            w.write_all(data).unwrap();
        }
        let mut zip = w.finish().unwrap().into_inner();
        let local =
            |zip: &[u8], nth: usize| zip.windows(4).enumerate().filter(|(_, x)| x == b"PK\x03\x04").nth(nth).unwrap().0;
        let secret = local(&zip, 1);
        zip[secret + 6] |= 1;
        // Cut inside b.log's header: after the stored zip's own directory.
        let b_log = local(&zip, 4);
        let (got, problems) = members(&zip[..b_log + 20]);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a.log", "secret.log", "inner.zip/x.log"], "{problems:?}");
        assert!(got[1].1.is_empty());
        assert_eq!(got[2].1, b"550 5.1.1 user unknown\n");
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("secret.log: ") && problems[0].contains("encrypted"), "{problems:?}");
        assert!(problems[1].starts_with("inner.zip/x.log: zip: cut short"), "{problems:?}");
        assert!(problems[1].contains("stored"), "says why the directory found is not its own: {problems:?}");
    }

    /// 2026-01-10T12:00:00Z.
    const JAN_10: i64 = 1_768_046_400;

    /// A gzip of `data` whose header says it was last written at `mtime`.
    fn gz_at(data: &[u8], mtime: u32) -> Vec<u8> {
        let mut e = flate2::GzBuilder::new().mtime(mtime).write(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    /// A zip member's time is its extended timestamp (UTC) when it has one,
    /// else its DOS date read as UTC; a gzip member's is its own header's
    /// when that has one. The DOS zero (what writers put without a time)
    /// is no date.
    #[test]
    fn a_zip_member_is_dated_by_the_time_the_zip_stored() {
        let dos = |y, mo, d, h| zip::DateTime::from_date_and_time(y, mo, d, h, 0, 0).unwrap();
        let at = |t| zip::write::SimpleFileOptions::default().last_modified_time(t);
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        w.start_file("dos.log", at(dos(2026, 1, 10, 12))).unwrap();
        w.write_all(b"one\n").unwrap();
        let mut extended = zip::write::FullFileOptions::default().last_modified_time(dos(2001, 2, 3, 4));
        let mut field = vec![1u8];
        field.extend_from_slice(&(JAN_10 as u32).to_le_bytes());
        extended.add_extra_data(0x5455, field, false).unwrap();
        w.start_file("extended.log", extended).unwrap();
        w.write_all(b"two\n").unwrap();
        w.start_file("zero.log", zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(b"three\n").unwrap();
        w.start_file("rotated.log.gz", at(dos(2026, 1, 11, 6))).unwrap();
        w.write_all(&gz_at(b"four\n", JAN_10 as u32)).unwrap();
        w.start_file("piped.log.gz", at(dos(2026, 1, 10, 12))).unwrap();
        w.write_all(&gz_at(b"five\n", 0)).unwrap();
        let zip = w.finish().unwrap().into_inner();
        let dated = |zip: &[u8]| {
            let mut got: Vec<(String, Option<i64>)> = Vec::new();
            let _ = zip_inputs(Cursor::new(zip), "logs.zip", "!", &mut |e| {
                if let Event::Begin(n, w) = e {
                    got.push((n.to_string(), w));
                }
            });
            got
        };
        let want = [
            ("logs.zip!dos.log".to_string(), Some(JAN_10)),
            ("logs.zip!extended.log".to_string(), Some(JAN_10)),
            ("logs.zip!zero.log".to_string(), None),
            ("logs.zip!rotated.log.gz".to_string(), Some(JAN_10)),
            ("logs.zip!piped.log.gz".to_string(), Some(JAN_10)),
        ];
        assert_eq!(dated(&zip), want);
        // Read from the members' own headers (the directory cut off), the same.
        let directory = zip.windows(4).position(|x| x == b"PK\x01\x02").unwrap();
        assert_eq!(dated(&zip[..directory + 10]), want);
        // A zip that streams (in a tar) gives its members' times, not the tar's.
        let tar = tar_dated(&[("old/logs.zip", b'0', 1_000_000_000, &zip)]);
        let mut got = Vec::new();
        let mut u = Unpack::new("!");
        let mut out = |e: Event<'_>| {
            if let Event::Begin(n, w) = e {
                got.push((n.to_string(), w));
            }
        };
        u.event(Event::Begin("t.tar", None), &mut out);
        u.event(Event::Chunk(&tar), &mut out);
        u.event(Event::End(None), &mut out);
        let want: Vec<(String, Option<i64>)> =
            want.iter().map(|(n, w)| (n.replace("logs.zip", "t.tar!old/logs.zip"), *w)).collect();
        assert_eq!(got, want);
    }

    /// An input as [`Unpack`] gives it: name, time, content, problem.
    type Dated = (String, Option<i64>, Vec<u8>, Option<String>);

    /// A tar member's time is its header's mtime (0 is none), a gzip
    /// member's its own header's when that has one; at any chunk size, and
    /// a member cut before its first bytes are whole is begun with its time
    /// and what it holds.
    #[test]
    fn a_tar_member_is_dated_by_its_header() {
        let tar = tar_dated(&[
            ("a.log", b'0', JAN_10 as u64, b"one\n"),
            ("undated.log", b'0', 0, b"two\n"),
            ("empty.log", b'0', JAN_10 as u64, b""),
            ("b.log.gz", b'0', 0, &gz_at(b"three\n", JAN_10 as u32)),
            ("c.log.gz", b'0', JAN_10 as u64, &gz_at(b"four\n", 0)),
            ("d.log", b'0', JAN_10 as u64, b"cut"),
        ]);
        let events = |input: &[u8], size: usize| {
            let mut got: Vec<Dated> = Vec::new();
            let mut u = Unpack::new("!");
            let mut out = |e: Event<'_>| match e {
                Event::Begin(n, w) => got.push((n.to_string(), w, Vec::new(), None)),
                Event::Chunk(b) => got.last_mut().unwrap().2.extend_from_slice(b),
                Event::End(p) => got.last_mut().unwrap().3 = p,
            };
            // The tar's own time is not its members'.
            u.event(Event::Begin("logs.tar", Some(1_000_000_000)), &mut out);
            for c in input.chunks(size) {
                u.event(Event::Chunk(c), &mut out);
            }
            u.event(Event::End(None), &mut out);
            got
        };
        let item = |n: &str, w: Option<i64>, b: &[u8]| (format!("logs.tar!{n}"), w, b.to_vec(), None);
        let whole = vec![
            item("a.log", Some(JAN_10), b"one\n"),
            item("undated.log", None, b"two\n"),
            item("empty.log", Some(JAN_10), b""),
            item("b.log.gz", Some(JAN_10), b"three\n"),
            item("c.log.gz", Some(JAN_10), b"four\n"),
            item("d.log", Some(JAN_10), b"cut"),
        ];
        for size in [1, 3, 7, 8, 512, usize::MAX] {
            assert_eq!(events(&tar, size), whole, "chunk size {size}");
        }
        let d = tar.len() - 1024 - 512;
        let mut cut = events(&tar[..d + 2], 1);
        let last = cut.pop().unwrap();
        assert_eq!(cut, whole[..5]);
        assert_eq!(
            last,
            ("logs.tar!d.log".to_string(), Some(JAN_10), b"cu".to_vec(), Some("tar: cut short".to_string()))
        );
        // A tar with no member is one input: its own time.
        let got = events(&tar_dated(&[("logs/", b'5', JAN_10 as u64, b"")]), 512);
        assert_eq!(got, [("logs.tar".to_string(), Some(1_000_000_000), Vec::new(), None)]);
    }

    #[test]
    fn stored_times_are_checked_and_dates_counted_in_days() {
        use crate::census::unix_day;
        assert_eq!(unix_day(1970, 1, 1), Some(0));
        assert_eq!(unix_day(2026, 1, 10).map(|d| d * 86_400 + 12 * 3600), Some(JAN_10));
        for day in [-1, 0, 59, 60, 10_956, 11_016, 20_463, 47_481, 47_482] {
            let (y, m, d) = crate::census::civil_of_unix(day * 86_400);
            assert_eq!(unix_day(y, m, d), Some(day), "{y}-{m}-{d}");
        }
        assert_eq!(unix_day(2026, 13, 1), None);
        assert_eq!(unix_day(2026, 1, 0), None);
        assert_eq!(unix_day(i64::MAX, 1, 1), None);
        // The DOS date's first day, a tar's mtime 0 and 2100 on are none; the
        // day after the DOS zero is one.
        for (t, want) in [
            (315_532_800, None),
            (315_532_802, None),
            (315_619_199, None),
            (315_619_200, Some(315_619_200)),
            (1, None),
            (0, None),
            (-5, None),
            (JAN_10, Some(JAN_10)),
            (4_102_444_800, None),
            (i64::MAX, None),
        ] {
            assert_eq!(crate::census::plausible_written(t), want, "{t}");
        }
        assert_eq!(gzip_written(&gz_at(b"x", JAN_10 as u32)), Some(JAN_10));
        assert_eq!(gzip_written(&gz_at(b"x", 0)), None);
        assert_eq!(gzip_written(&[0x1f, 0x8b, 0x08]), None);
        // A base-256 or garbled mtime field: no date, the header still read.
        let mut h = tar_dated(&[("a.log", b'0', 0, b"x")]);
        h[136..148].copy_from_slice(&[0xff; 12]);
        h[148..156].copy_from_slice(b"        ");
        let sum: u32 = h[..512].iter().map(|&b| u32::from(b)).sum();
        h[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
        assert_eq!(tar_header(&h), Some(("a.log".to_string(), 1, b'0', None)));
        h[136..148].copy_from_slice(b"1234x6780000");
        h[148..156].copy_from_slice(b"        ");
        let sum: u32 = h[..512].iter().map(|&b| u32::from(b)).sum();
        h[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
        assert_eq!(tar_header(&h), Some(("a.log".to_string(), 1, b'0', None)));
    }

    #[test]
    fn a_broken_zip_is_an_error() {
        assert!(zip_entries(Cursor::new(b"PK\x03\x04garbage".to_vec()), &mut |_, _| {}).is_err());
    }
}
