//! Framing: bytes in chunks of any size → decoded text lines.
//!
//! Detects the encoding from the first bytes (UTF-8 BOM, UTF-16LE/BE with or
//! without BOM, as Windows PowerShell writes `Get-Queue | Out-File`), refuses
//! binary data, decodes invalid UTF-8 lossily and caps line length, so memory
//! stays bounded whatever the input.

/// Longest line kept for analysis; the rest of a longer line is skipped.
pub const MAX_LINE: usize = 64 * 1024;

/// What the framer decided about the input's encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Binary,
}

/// Counters the report shows so nothing is silently dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct FrameStats {
    pub bytes: u64,
    pub lines: u64,
    pub lossy_lines: u64,
    pub truncated_lines: u64,
    /// The Windows code page the lines that are not UTF-8 were read in,
    /// when their bytes tell one (see [`CodePageGuess`]); else they are
    /// read with `�` for what is not UTF-8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy_charset: Option<&'static str>,
}

/// Splits a byte stream into lines. Feed chunks, get lines via a callback.
#[derive(Debug)]
pub struct LineFramer {
    encoding: Option<Encoding>,
    /// Bytes of the current line (already UTF-8 for UTF-16 input).
    line: Vec<u8>,
    /// Bytes of the current line dropped past `MAX_LINE`.
    overflow: bool,
    /// Bytes held back until the encoding is known or a UTF-16 unit is whole.
    pending: Vec<u8>,
    /// A UTF-16 high surrogate waiting for its pair.
    high_surrogate: Option<u16>,
    /// A hole was dropped from the start, before the encoding was known.
    leading_hole: bool,
    /// Lines end with a lone CR (classic Mac OS, some exports and
    /// terminals' copies): read as newlines, else the whole input was one
    /// line cut at [`MAX_LINE`], and every error after 64 KiB was lost.
    cr_lines: bool,
    /// A NUL byte was seen in UTF-8 input: from then on each line with one
    /// is checked for UTF-16 text (see [`utf16_runs`]).
    nul_seen: bool,
    /// NULs that ended the last chunk, held back (counted, at most [`HOLE`]
    /// kept): a hole split between two chunks is one hole, as it is when
    /// the input comes in one piece.
    nul_tail: usize,
    /// UTF-16 input: the units since the last one with a NUL byte are held
    /// back in `pending` (at most [`UTF8_TAIL_WINDOW`] bytes) before they are
    /// decoded. Mostly-ASCII UTF-16 has a NUL in nearly every unit; a long
    /// stretch without one may be UTF-8 appended to the file (see
    /// [`utf8_tail`]). Scratch space for the decoded text:
    decoded: Vec<u8>,
    /// The rest of a UTF-16 input is UTF-8 (`type log.txt >> queue.txt`
    /// after PowerShell's `Out-File`; `cat` of files of both kinds): read
    /// as UTF-8 from where its last NUL was. The encoding reported stays the
    /// file's first.
    utf8_tail: bool,
    pub stats: FrameStats,
    /// The code page of the lines that are not UTF-8 (`Some(None)`: none
    /// this reads), once told, and its decoder (looked up once, not per
    /// line); what their bytes told so far.
    code_page: Option<Option<&'static str>>,
    decoder: Option<mail_parser::decoders::charsets::DecoderFnc>,
    guess: CodePageGuess,
}

impl Default for LineFramer {
    fn default() -> Self {
        Self::new()
    }
}

/// Bytes needed before the encoding is decided (unless the input is shorter).
const SNIFF: usize = 512;
/// Bytes the encoding is decided from (as `git` and `file` look at the
/// first 8 000 or so).
const SNIFF_WINDOW: usize = 8192;

impl LineFramer {
    pub fn new() -> Self {
        Self {
            encoding: None,
            line: Vec::new(),
            overflow: false,
            pending: Vec::new(),
            high_surrogate: None,
            leading_hole: false,
            cr_lines: false,
            nul_seen: false,
            nul_tail: 0,
            decoded: Vec::new(),
            utf8_tail: false,
            stats: FrameStats::default(),
            code_page: None,
            decoder: None,
            guess: CodePageGuess::default(),
        }
    }

    pub fn encoding(&self) -> Option<Encoding> {
        self.encoding
    }

    /// Feeds a chunk; `on_line(line_number, text)` runs for each whole line.
    pub fn feed(&mut self, chunk: &[u8], on_line: &mut dyn FnMut(u64, &str)) {
        self.stats.bytes += chunk.len() as u64;
        if self.encoding.is_none() {
            self.pending.extend_from_slice(chunk);
            // A hole at the very start says nothing of the text after it:
            // it is dropped before the sniff (a UTF-16 file's first NUL is
            // not a hole: a run that short stays).
            let lead = self.pending.iter().position(|&b| b != 0).unwrap_or(self.pending.len());
            if lead >= HOLE {
                self.pending.drain(..lead);
                self.leading_hole = true;
            }
            if self.pending.len() < SNIFF {
                return;
            }
            let buf = std::mem::take(&mut self.pending);
            self.decide(&buf);
            self.push(&buf, on_line);
            return;
        }
        self.push(chunk, on_line);
    }

    /// Ends the input: flushes the last line even without a newline.
    pub fn finish(&mut self, on_line: &mut dyn FnMut(u64, &str)) {
        if self.encoding.is_none() {
            let buf = std::mem::take(&mut self.pending);
            if buf.is_empty() && self.leading_hole {
                // Nothing but NULs.
                self.encoding = Some(Encoding::Binary);
                return;
            }
            self.decide(&buf);
            self.push(&buf, on_line);
        }
        if let (Some(enc @ (Encoding::Utf16Le | Encoding::Utf16Be)), false) = (self.encoding, self.utf8_tail) {
            // The stretch held back: a shorter UTF-8 tail (an odd one leaves
            // a byte over), or the last UTF-16 text.
            let held = std::mem::take(&mut self.pending);
            let le = enc == Encoding::Utf16Le;
            if utf8_tail(&held, le, true) {
                self.switch_to_utf8(&held, on_line);
            } else {
                self.decode_utf16(&held[..held.len() / 2 * 2], le, on_line);
            }
        }
        if self.nul_tail > 0 {
            // The NULs the input ended with.
            let nuls = vec![0; std::mem::take(&mut self.nul_tail)];
            self.push_text(&nuls, false, on_line);
        }
        // The NUL of UTF-16's last `0A 00` read as UTF-8 is no line.
        if self.nul_seen && self.line == [0] {
            self.line.clear();
        }
        if !self.line.is_empty() || self.overflow {
            self.emit(on_line);
        }
    }

    /// Decides from the first [`SNIFF_WINDOW`] bytes, whatever the size of
    /// the first chunk (it was the whole chunk: 1 MiB counted byte by byte
    /// per file, and a verdict that changed with the reader's chunk size).
    fn decide(&mut self, head: &[u8]) {
        let head = &head[..head.len().min(SNIFF_WINDOW)];
        let encoding = sniff(head);
        self.encoding = Some(encoding);
        self.cr_lines = lone_cr_lines(head, encoding);
    }

    fn push(&mut self, bytes: &[u8], on_line: &mut dyn FnMut(u64, &str)) {
        match self.encoding {
            Some(Encoding::Binary) | None => {}
            Some(Encoding::Utf16Le | Encoding::Utf16Be) if !self.utf8_tail => {
                self.push_utf16(bytes, self.encoding == Some(Encoding::Utf16Le), on_line)
            }
            Some(_) => self.push_text(bytes, true, on_line),
        }
    }

    /// Frames text that is not UTF-16. With `hold`, the NULs it ends with
    /// wait for the next chunk (see `nul_tail`).
    fn push_text(&mut self, bytes: &[u8], hold: bool, on_line: &mut dyn FnMut(u64, &str)) {
        // Lone CRs end lines: read as newlines.
        let lf: Vec<u8>;
        let bytes = if self.cr_lines {
            lf = bytes.iter().map(|&b| if b == b'\r' { b'\n' } else { b }).collect();
            &lf[..]
        } else {
            bytes
        };
        // A hole (see [`HOLE`]) ends the line it cuts into: a row cut by a
        // crash must not run on into the next one. One search per chunk;
        // only a chunk with a NUL is copied.
        if self.nul_tail == 0 && memchr::memchr(0, bytes).is_none() {
            return self.push_utf8(bytes, on_line);
        }
        self.nul_seen = true;
        // A run longer than a hole is one hole: HOLE of it say as much.
        let held = std::mem::take(&mut self.nul_tail).min(HOLE);
        let mut joined = vec![0; held];
        joined.extend_from_slice(bytes);
        let trail = if hold { joined.iter().rev().take_while(|&&b| b == 0).count() } else { 0 };
        self.nul_tail = trail;
        let text = &joined[..joined.len() - trail];
        if !text.is_empty() {
            self.push_utf8(&close_holes(text), on_line);
        }
    }

    fn push_utf8(&mut self, mut bytes: &[u8], on_line: &mut dyn FnMut(u64, &str)) {
        if self.stats.lines == 0 && self.line.is_empty() && !self.overflow {
            if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
                bytes = rest;
            }
        }
        // A line carried over from the last chunk ends at the first newline.
        if !self.line.is_empty() || self.overflow {
            let Some(nl) = memchr::memchr(b'\n', bytes) else {
                self.append(bytes, on_line);
                return;
            };
            self.append(&bytes[..nl], on_line);
            self.emit(on_line);
            bytes = &bytes[nl + 1..];
        }
        // The whole lines of the chunk are validated in one call, which
        // is much cheaper than one call per line; only a chunk with
        // invalid UTF-8 goes line by line.
        if let Some(last) = memchr::memrchr(b'\n', bytes) {
            if let Ok(text) = simdutf8::basic::from_utf8(&bytes[..last]) {
                self.emit_valid(text, on_line);
                self.append(&bytes[last + 1..], on_line);
                return;
            }
        }
        while let Some(nl) = memchr::memchr(b'\n', bytes) {
            if self.line.is_empty() && !self.overflow && nl <= MAX_LINE {
                // The whole line is in this chunk: no copy.
                self.emit_slice(&bytes[..nl], on_line);
            } else {
                self.append(&bytes[..nl], on_line);
                self.emit(on_line);
            }
            bytes = &bytes[nl + 1..];
        }
        self.append(bytes, on_line);
    }

    fn push_utf16(&mut self, bytes: &[u8], le: bool, on_line: &mut dyn FnMut(u64, &str)) {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(bytes);
        let whole = data.len() / 2 * 2;
        // Where the stretch without a NUL began (see [`LineFramer::decoded`]).
        let mut stretch = 0;
        for (k, pair) in data[..whole].chunks_exact(2).enumerate() {
            let end = 2 * k + 2;
            if pair[0] == 0 || pair[1] == 0 {
                stretch = end;
            } else if end - stretch >= UTF8_TAIL_WINDOW {
                if utf8_tail(&data[stretch..end], le, false) {
                    self.decode_utf16(&data[..stretch], le, on_line);
                    return self.switch_to_utf8(&data[stretch..], on_line);
                }
                // UTF-16 text without ASCII (CJK).
                stretch = end;
            }
        }
        self.decode_utf16(&data[..stretch], le, on_line);
        data.drain(..stretch);
        self.pending = data;
    }

    /// Decodes whole UTF-16 units and frames the text as UTF-8 (a BOM at
    /// the start goes there); a surrogate pair may be split between calls.
    fn decode_utf16(&mut self, units: &[u8], le: bool, on_line: &mut dyn FnMut(u64, &str)) {
        let mut out = std::mem::take(&mut self.decoded);
        out.clear();
        let mut buf = [0u8; 4];
        for pair in units.chunks_exact(2) {
            let unit = unit_of(pair, le);
            if unit < 0x80 {
                // ASCII: nearly every unit of a log (after a lone high
                // surrogate, a replacement character).
                if self.high_surrogate.take().is_some() {
                    self.stats.lossy_lines += 1;
                    out.extend_from_slice("\u{FFFD}".as_bytes());
                }
                let b = unit as u8;
                out.push(if b == b'\r' && self.cr_lines { b'\n' } else { b });
                continue;
            }
            let ch = match (self.high_surrogate.take(), unit) {
                (None, 0xD800..=0xDBFF) => {
                    self.high_surrogate = Some(unit);
                    continue;
                }
                (Some(hi), 0xDC00..=0xDFFF) => surrogate_pair(hi, unit),
                (Some(_), _) | (None, 0xDC00..=0xDFFF) => {
                    self.stats.lossy_lines += 1;
                    Some(char::REPLACEMENT_CHARACTER)
                }
                (None, u) => char::from_u32(u32::from(u)),
            }
            .unwrap_or(char::REPLACEMENT_CHARACTER);
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        self.push_utf8(&out, on_line);
        self.decoded = out;
    }

    /// The rest of the input is UTF-8 from `rest` on (the end of the last
    /// UTF-16 unit with a NUL).
    fn switch_to_utf8(&mut self, rest: &[u8], on_line: &mut dyn FnMut(u64, &str)) {
        self.utf8_tail = true;
        // UTF-16 may be appended again: its lines are decoded (see [`utf16_runs`]).
        self.nul_seen = true;
        self.high_surrogate = None;
        self.push(rest, on_line);
    }

    /// Adds `bytes` to the line being read. A line longer than [`MAX_LINE`]
    /// (a minified HTML page, a one-line JSON export) is handed on in pieces
    /// of at most that size, each under the line's own number, so memory
    /// stays bounded and nothing after the first 64 KiB is lost.
    fn append(&mut self, mut bytes: &[u8], on_line: &mut dyn FnMut(u64, &str)) {
        while self.line.len() + bytes.len() > MAX_LINE {
            let room = MAX_LINE - self.line.len().min(MAX_LINE);
            self.line.extend_from_slice(&bytes[..room]);
            bytes = &bytes[room..];
            self.overflow = true;
            let cut = piece_end(&self.line);
            let piece = self.line[..cut].to_vec();
            self.deliver_bytes(&piece, self.stats.lines + 1, on_line);
            self.line.drain(..cut);
        }
        self.line.extend_from_slice(bytes);
    }

    /// Emits every line of `text` (valid UTF-8, the newline after its last
    /// line cut off); one longer than [`MAX_LINE`] in pieces, as
    /// [`Self::append`] does.
    fn emit_valid(&mut self, text: &str, on_line: &mut dyn FnMut(u64, &str)) {
        let mut start = 0;
        for nl in Newlines::new(text.as_bytes()).chain(std::iter::once(text.len())) {
            self.stats.lines += 1;
            let mut line = &text[start..nl];
            start = nl + 1;
            if line.len() > MAX_LINE {
                self.stats.truncated_lines += 1;
                while line.len() > MAX_LINE {
                    let mut cut = piece_end(line.as_bytes());
                    while !line.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    self.deliver(&line[..cut], on_line);
                    line = &line[cut..];
                }
            }
            // The check for UTF-16 text only where NULs were seen: this loop
            // frames every line of a big log.
            if self.nul_seen {
                self.deliver(line, on_line);
            } else {
                on_line(self.stats.lines, line.strip_suffix('\r').unwrap_or(line));
            }
        }
    }

    /// Hands a line on without its CR. In a UTF-8 input that had NUL bytes,
    /// a line with one is checked for UTF-16 text first (see [`utf16_runs`]).
    #[inline]
    fn deliver(&mut self, line: &str, on_line: &mut dyn FnMut(u64, &str)) {
        if !self.utf16_line(line.as_bytes(), on_line) {
            on_line(self.stats.lines, line.strip_suffix('\r').unwrap_or(line));
        }
    }

    /// Delivers `line` decoded if it holds UTF-16 text (checked only in an
    /// input that had NULs); false if it does not.
    #[inline]
    fn utf16_line(&mut self, line: &[u8], on_line: &mut dyn FnMut(u64, &str)) -> bool {
        if !self.nul_seen || !line.contains(&0) {
            return false;
        }
        let Some(text) = utf16_runs(line) else { return false };
        let text = String::from_utf8_lossy(&text);
        on_line(self.stats.lines, text.strip_suffix('\r').unwrap_or(&text));
        true
    }

    /// Hands on the bytes of line `n` (all of it, or a piece of a long one)
    /// decoded as [`Self::emit`] reads a line.
    fn deliver_bytes(&mut self, line: &[u8], n: u64, on_line: &mut dyn FnMut(u64, &str)) {
        match std::str::from_utf8(line) {
            Ok(s) if n == self.stats.lines => self.deliver(s, on_line),
            Ok(s) => on_line(n, s),
            Err(_) if n == self.stats.lines && self.utf16_line(line, on_line) => {}
            Err(_) => {
                let line = if n == self.stats.lines { line.strip_suffix(b"\r").unwrap_or(line) } else { line };
                let s = self.not_utf8(line);
                on_line(n, &s);
            }
        }
    }

    fn emit_slice(&mut self, line: &[u8], on_line: &mut dyn FnMut(u64, &str)) {
        self.stats.lines += 1;
        match std::str::from_utf8(line) {
            Ok(s) => self.deliver(s, on_line),
            Err(_) if self.utf16_line(line, on_line) => {}
            Err(_) => {
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                let text = self.not_utf8(line);
                on_line(self.stats.lines, &text);
            }
        }
    }

    fn emit(&mut self, on_line: &mut dyn FnMut(u64, &str)) {
        self.stats.lines += 1;
        if self.overflow {
            self.stats.truncated_lines += 1;
        }
        // One CR comes off where the line is handed on ([`Self::deliver`],
        // [`Self::deliver_bytes`]), as for a line whole in its chunk; popped
        // here as well, a line ending `\r\r` lost both when it came in two
        // chunks, and its findings' offsets moved by one (fuzzing).
        let line = std::mem::take(&mut self.line);
        self.deliver_bytes(&line, self.stats.lines, on_line);
        // Its buffer serves the next line.
        self.line = line;
        self.line.clear();
        self.overflow = false;
    }
}

impl LineFramer {
    /// Names the code page from the input's first bytes before any line of
    /// it is read (the analyser's first 8 KiB), so that its first lines are
    /// read in it too, not with `�` until enough of them told it (QA round
    /// 21: a GBK file's `发件人` was shown as `������`).
    pub fn guess_code_page(&mut self, head: &[u8]) {
        if self.code_page.is_some() || simdutf8::basic::from_utf8(head).is_ok() {
            return;
        }
        let mut guess = CodePageGuess::default();
        // The last line may be cut inside a character: left out.
        let whole = memchr::memrchr(b'\n', head).unwrap_or(0);
        for line in head[..whole].split(|&b| b == b'\n') {
            if std::str::from_utf8(line).is_err() {
                guess.add(line);
            }
        }
        if let Some(page) = guess.code_page() {
            self.set_code_page(page);
        }
    }

    /// The code page told (`None`: none this reads), and its decoder.
    fn set_code_page(&mut self, page: Option<&'static str>) {
        self.code_page = Some(page);
        self.stats.legacy_charset = page;
        self.decoder = page.and_then(code_page_decoder);
    }

    /// A line that is not UTF-8: read in the Windows code page the bytes of
    /// such lines tell, once there are enough of them (the page then holds
    /// for the rest of the input: a file saved as "ANSI" on a Russian,
    /// Lithuanian or Romanian Windows), else with `�` for what is not UTF-8.
    fn not_utf8(&mut self, line: &[u8]) -> String {
        self.stats.lossy_lines += 1;
        if self.code_page.is_none() && self.guess.add(line) {
            if let Some(page) = self.guess.code_page() {
                self.set_code_page(page);
            }
        }
        match self.decoder {
            Some(decode) => decode(line),
            None => String::from_utf8_lossy(line).into_owned(),
        }
    }
}

/// The decoder of a code page [`CodePageGuess::code_page`] names: GBK's our
/// own ([`crate::gbk`]), the single-byte pages `mail-parser`'s.
pub(crate) fn code_page_decoder(page: &str) -> Option<fn(&[u8]) -> String> {
    match page {
        "GBK" => Some(crate::gbk::decode),
        _ => mail_parser::decoders::charsets::map::charset_decoder(page.as_bytes()),
    }
}

/// What the lines that are not UTF-8 tell of the code page they were
/// written in, summed until there is enough to tell
/// ([`CodePageGuess::code_page`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct CodePageGuess {
    /// Bytes over 0x7F, and those beside another one.
    high: usize,
    paired: usize,
    /// Over 0x7F and in Cyrillic's letters (0xC0-0xFF, Ё 0xA8, ё 0xB8).
    cyrillic: usize,
    /// Letters of the Baltic, Central European and Western pages that the
    /// others have another letter at.
    baltic: usize,
    central: usize,
    western: usize,
    /// GBK's pairs (a lead byte 0x81-0xFE, a trail 0x40-0xFE) and the high
    /// bytes in none: a Chinese text has none of the latter, a Russian one
    /// soon has (a word of odd length, `я` at 0xFF).
    gbk_pairs: usize,
    gbk_bad: usize,
}

impl CodePageGuess {
    /// Bytes over 0x7F before a page is named: a few letters standing
    /// alone, or a few words' worth in words.
    const FEW: usize = 4;
    const ENOUGH: usize = 24;

    /// Adds the bytes of a line that is not UTF-8; `false` for a line that
    /// is UTF-8 with a few bad bytes (as many valid multi-byte characters
    /// as bad bytes), which tells nothing of a code page.
    pub fn add(&mut self, line: &[u8]) -> bool {
        let (mut valid, mut invalid) = (0usize, 0usize);
        for chunk in line.utf8_chunks() {
            valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
            invalid += usize::from(!chunk.invalid().is_empty());
        }
        if valid >= invalid {
            return false;
        }
        // Letters each page has where the others have another one.
        const BALTIC: &[u8] = &[
            0xE0, 0xE8, 0xE6, 0xEB, 0xE1, 0xF0, 0xF8, 0xFB, 0xFE, 0xC0, 0xC8, 0xC6, 0xCB, 0xC1, 0xD0, 0xD8, 0xDB, 0xDE,
        ];
        const CENTRAL: &[u8] =
            &[0xE3, 0xC3, 0xE2, 0xC2, 0xEE, 0xCE, 0xBA, 0xAA, 0xFE, 0xDE, 0x9A, 0x8A, 0x9E, 0x8E, 0xB9, 0xA5];
        const WESTERN: &[u8] = &[
            0xE4, 0xF6, 0xFC, 0xDF, 0xE9, 0xE8, 0xE0, 0xE7, 0xC4, 0xD6, 0xDC, 0xC9, 0xE1, 0xED, 0xF3, 0xFA, 0xF1, 0xEA,
            0xF4,
        ];
        let mut i = 0;
        while let Some(&b) = line.get(i) {
            if b < 0x80 {
                i += 1;
            } else if crate::gbk::is_lead(b) && line.get(i + 1).copied().is_some_and(crate::gbk::is_trail) {
                self.gbk_pairs += 1;
                i += 2;
            } else {
                self.gbk_bad += 1;
                i += 1;
            }
        }
        let is_high = |i: usize| line.get(i).is_some_and(|&b| b >= 0x80);
        for (i, &b) in line.iter().enumerate().filter(|(_, b)| **b >= 0x80) {
            self.high += 1;
            self.paired += usize::from(is_high(i + 1) || i.checked_sub(1).is_some_and(is_high));
            self.cyrillic += usize::from(b >= 0xC0 || b == 0xA8 || b == 0xB8);
            self.baltic += usize::from(BALTIC.contains(&b));
            self.central += usize::from(CENTRAL.contains(&b));
            self.western += usize::from(WESTERN.contains(&b));
        }
        true
    }

    /// The single-byte Windows code page the bytes point to, once there
    /// are enough of them: Cyrillic (windows-1251) when they come in words
    /// (beside one another) and in its letters' range; Chinese GBK (code
    /// page 936) when they all pair as its characters and are not all in
    /// that range; another double-byte page (Big5) is not read here: `None`.
    /// Letters standing alone among ASCII ones (`Šaltinis`,
    /// `căsuţa`) are the Baltic (windows-1257), Central European
    /// (windows-1250) or Western (windows-1252) page whose letters they
    /// most often are.
    pub fn code_page(&self) -> Option<Option<&'static str>> {
        // Letters standing alone tell their page in a few words; bytes in
        // words need more (a few Chinese characters can look Cyrillic).
        let alone = self.high >= Self::FEW && self.paired * 10 < self.high * 3;
        if !alone && self.high < Self::ENOUGH {
            return None;
        }
        if !alone && self.paired * 10 >= self.high * 7 {
            if self.cyrillic * 100 >= self.high * 90 {
                return Some(Some("windows-1251"));
            }
            return Some((self.gbk_bad == 0 && self.gbk_pairs * 2 == self.high).then_some("GBK"));
        }
        let (b, c, w) = (self.baltic, self.central, self.western);
        Some(Some(if b > c && b > w {
            "windows-1257"
        } else if c > b && c > w {
            "windows-1250"
        } else {
            "windows-1252"
        }))
    }
}

/// A line of a reply or forward without its quote marks: `> text`,
/// `>> text`, `> > text` (RFC 3676 §4.5: the marks give the quote depth, and
/// one space after them belongs to them). A bounce a user quoted back reads
/// as the bounce: with the marks, its recipient lines and folded DSN fields
/// did not line up. A transcript's `>>> RCPT To:<…>` (Sendmail, Courier) or
/// a telnet session's `> EHLO …` is no quote: a line whose rest is an SMTP
/// command keeps its marks.
#[inline(always)]
pub fn unquote(line: &str) -> &str {
    // One compare for nearly every line; the rest out of line.
    if line.as_bytes().first() != Some(&b'>') {
        return line;
    }
    unquote_marks(line)
}

#[cold]
fn unquote_marks(line: &str) -> &str {
    let b = line.as_bytes();
    let mut i = 0;
    while b.get(i) == Some(&b'>') {
        i += 1;
        if b.get(i) == Some(&b' ') && b.get(i + 1) == Some(&b'>') {
            i += 1;
        }
    }
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    let rest = &line[i..];
    if smtp_command(rest) { line } else { rest }
}

/// Whether a line starts with an SMTP command verb (RFC 5321 §4.1.1), as a
/// transcript writes it: upper case, then a blank, a colon or the end; or
/// is the end of the data (`.`, RFC 5321 §4.1.1.4: Sendmail's `>>> .`).
fn smtp_command(rest: &str) -> bool {
    // (A bounce message's transcript comes with the reply joined to it:
    // `>>> . <<< 554 …`.)
    if rest.trim_end() == "." || rest.starts_with(". <<< ") {
        return true;
    }
    const VERBS: [&str; 13] =
        ["EHLO", "HELO", "MAIL", "RCPT", "DATA", "QUIT", "RSET", "STARTTLS", "AUTH", "BDAT", "NOOP", "VRFY", "EXPN"];
    VERBS
        .iter()
        .any(|v| rest.strip_prefix(v).is_some_and(|after| after.is_empty() || after.starts_with([' ', ':', '\r'])))
}

/// `line` without leading byte-order marks (a file's own BOM is dropped by
/// the framer; concatenated files and pastes can still carry one) and
/// without the NUL bytes of a hole before it (see [`HOLE`]). A prefix
/// compare: `trim_start_matches` runs a char searcher on every line.
#[inline]
pub fn strip_bom(mut line: &str) -> &str {
    // One test of the first byte for nearly every line: a row starts with a digit.
    match line.as_bytes().first() {
        Some(0) => line = line.trim_start_matches('\0'),
        Some(0xEF) => {}
        _ => return line,
    }
    while let Some(rest) = line.strip_prefix('\u{feff}') {
        line = rest;
    }
    line
}

/// One UTF-16 code unit of a pair of bytes, little- or big-endian.
fn unit_of(pair: &[u8], le: bool) -> u16 {
    let b = [pair[0], pair[1]];
    if le { u16::from_le_bytes(b) } else { u16::from_be_bytes(b) }
}

/// The character of a surrogate pair (`hi` in D800–DBFF, `lo` in DC00–DFFF).
fn surrogate_pair(hi: u16, lo: u16) -> Option<char> {
    char::from_u32(0x10000 + ((u32::from(hi) - 0xD800) << 10) + (u32::from(lo) - 0xDC00))
}

/// The NULs of `bytes` at even and at odd offsets, and the number of byte
/// pairs: mostly-ASCII UTF-16LE has a NUL in nearly every odd byte.
fn nul_parity(bytes: &[u8]) -> (usize, usize, usize) {
    let n = bytes.len() / 2 * 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for i in memchr::memchr_iter(0, &bytes[..n]) {
        if i % 2 == 0 { even += 1 } else { odd += 1 }
    }
    (even, odd, n / 2)
}

/// Whether the lines of `head` end with a lone CR: it has a CR and no LF.
fn lone_cr_lines(head: &[u8], encoding: Encoding) -> bool {
    let units = |le: bool| head.chunks_exact(2).map(move |p| unit_of(p, le));
    let (cr, lf) = match encoding {
        Encoding::Utf8 => (memchr::memchr(b'\r', head).is_some(), memchr::memchr(b'\n', head).is_some()),
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = encoding == Encoding::Utf16Le;
            (units(le).any(|u| u == 0x0D), units(le).any(|u| u == 0x0A))
        }
        Encoding::Binary => (false, false),
    };
    cr && !lf
}

/// Decides the encoding from the first bytes.
pub fn sniff(head: &[u8]) -> Encoding {
    if head.starts_with(b"\xFF\xFE") {
        return Encoding::Utf16Le;
    }
    if head.starts_with(b"\xFE\xFF") {
        return Encoding::Utf16Be;
    }
    if head.starts_with(b"\xEF\xBB\xBF") {
        return Encoding::Utf8;
    }
    if head.len() >= 4 {
        // NULs found by `memchr`: text has none, and a byte loop cost more
        // than the rest of a small bounce's framing.
        let (even_nul, odd_nul, half) = nul_parity(head);
        // Mostly-ASCII UTF-16 has a NUL in nearly every second byte.
        if odd_nul * 10 >= half * 8 && even_nul * 10 < half {
            return Encoding::Utf16Le;
        }
        if even_nul * 10 >= half * 8 && odd_nul * 10 < half {
            return Encoding::Utf16Be;
        }
    }
    if utf16le_after_text(head) {
        // Read as UTF-8; the lines of UTF-16 are decoded (see [`utf16_runs`]).
        return Encoding::Utf8;
    }
    if let Some(utf16) = utf16_by_parity(head) {
        return utf16;
    }
    if looks_binary(head) { Encoding::Binary } else { Encoding::Utf8 }
}

/// Bytes of UTF-16 input without a NUL after which they are checked for
/// UTF-8 text (see [`LineFramer::decoded`]).
const UTF8_TAIL_WINDOW: usize = 512;
/// Fewer bytes without a NUL at the end of UTF-16 input are read as they
/// are: eight characters of CJK text may pass for UTF-8.
const UTF8_TAIL_MIN: usize = 16;

/// Whether bytes read as UTF-16 (in the order `le` says) are UTF-8 text
/// instead: valid (a character may be cut at the end of a window), no
/// control byte but tab, CR, LF, form feed, and not UTF-16 text (see
/// [`utf16_text_share`]: runs of kana are ASCII-range bytes). Read as bytes,
/// UTF-16 text without ASCII (CJK) has bytes over 0x7F out of UTF-8's order
/// and control bytes (a low byte under 0x20 is one character in eight)
/// within a few characters. At the input's end (`at_end`) a shorter
/// stretch counts: one line appended (`echo 451 … >> queue.txt`), at least
/// [`UTF8_TAIL_MIN`] bytes.
fn utf8_tail(bytes: &[u8], le: bool, at_end: bool) -> bool {
    let valid = match simdutf8::compat::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => !at_end && e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len(),
    };
    valid
        && (!at_end || bytes.len() >= UTF8_TAIL_MIN)
        && !bytes.iter().any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        && utf16_text_share(bytes, le) < UTF16_TEXT
}

/// UTF-16 without a byte-order mark whose text is mostly not ASCII (CJK,
/// Cyrillic, as a Chinese or Russian server's `Get-Queue` output holds): too
/// few NULs for the count in [`sniff`] (and some at the other parity: 一 is
/// U+4E00), but read in one order of bytes it is text (see
/// [`utf16_text_share`]). A head with no NUL is only taken for it when it is
/// not UTF-8 and reads so more surely still.
fn utf16_by_parity(head: &[u8]) -> Option<Encoding> {
    let (even, odd, _) = nul_parity(head);
    let need = if even + odd >= 4 {
        UTF16_TEXT
    } else if head.len() >= 64 && simdutf8::basic::from_utf8(head).is_err() {
        UTF16_TEXT_WITHOUT_NUL
    } else {
        return None;
    };
    let (le, be) = (utf16_text_share(head, true), utf16_text_share(head, false));
    match (le >= need, be >= need) {
        (true, _) if le >= be => Some(Encoding::Utf16Le),
        (_, true) => Some(Encoding::Utf16Be),
        _ => None,
    }
}

/// Share of characters a UTF-16 head must have in [`utf16_text_share`]; the
/// text of six languages measured 0.97–1.00 (a UTF-8 line appended counts
/// against it), ASCII logs, bounces and UTF-8 read as UTF-16 0.51–0.78,
/// random bytes 0.52.
const UTF16_TEXT: f64 = 0.9;
/// The same for a head without NUL that is not UTF-8 (a legacy 8-bit
/// encoding is then as likely).
const UTF16_TEXT_WITHOUT_NUL: f64 = 0.95;

/// The share of `bytes`, read as UTF-16, that are characters of the scripts
/// text is written in: ASCII letters, digits and punctuation with tab, CR
/// and LF; Latin with its accents (Romanian, Lithuanian, Vietnamese),
/// Greek and Cyrillic; general punctuation; CJK punctuation, kana, unified
/// ideographs, Hangul and fullwidth forms; surrogate pairs. Text in those
/// scripts is nearly all of them; ASCII read two bytes a unit is not
/// (units like 0x6F4C, `Lo`, are CJK, but `: ` or `\r\n` are not), nor are
/// random bytes (half) or a binary's NUL and control units.
fn utf16_text_share(bytes: &[u8], le: bool) -> f64 {
    let mut units = bytes.chunks_exact(2).map(|p| unit_of(p, le)).peekable();
    let (mut text, mut all) = (0usize, 0usize);
    while let Some(u) = units.next() {
        all += 1;
        if (0xD800..=0xDBFF).contains(&u) && units.peek().is_some_and(|l| (0xDC00..=0xDFFF).contains(l)) {
            units.next();
            (text, all) = (text + 2, all + 1);
            continue;
        }
        text += usize::from(matches!(u,
            0x09 | 0x0A | 0x0D | 0x20..=0x7E | 0xA0..=0x24F | 0x300..=0x52F | 0x1E00..=0x1EFF
            | 0x2000..=0x206F | 0x3000..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0xFF00..=0xFFEF | 0xFEFF));
    }
    if all == 0 { 0.0 } else { text as f64 / all as f64 }
}

/// Text, then from its first NUL on mostly-ASCII UTF-16LE (what PowerShell's
/// `>>` appends to a UTF-8 file): its NULs are not a binary file's.
fn utf16le_after_text(head: &[u8]) -> bool {
    let Some(start) = memchr::memchr(0, head).and_then(|n| n.checked_sub(1)) else { return false };
    // Up to its last NUL: UTF-8 text may follow it again.
    let end = memchr::memrchr(0, head).map_or(head.len(), |n| n + 1);
    let tail = &head[start..end];
    if tail.len() / 2 < 2 * UTF16_RUN || looks_binary(&head[..start]) {
        return false;
    }
    // Other scripts than Latin have no NUL: most pairs, not nearly all.
    let (even_nul, odd_nul, half) = nul_parity(tail);
    odd_nul * 10 >= half * 6 && even_nul * 10 < half
}

/// NUL bytes at least this many in a row are a hole in a text file: what a
/// crash or a log writer's preallocated block leaves, not binary data.
const HOLE: usize = 16;

/// The runs of NUL bytes in `bytes`, as `start..end`, in order.
fn nul_runs(bytes: &[u8]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + memchr::memchr(0, &bytes[at..])?;
        let end = bytes[start..].iter().position(|&b| b != 0).map_or(bytes.len(), |n| start + n);
        at = end;
        Some(start..end)
    })
}

/// UTF-16LE text inside a UTF-8 line, decoded: what Windows PowerShell 5.1
/// appends with `>>` (`Out-File -Append`, UTF-16LE) to a file another tool
/// wrote (`Get-Queue | fl >> queue.txt`). Every other byte of such text is a
/// NUL, so its words never matched; the framer splits it at the `0A` of
/// each `0A 00`, leaving the `00` at the next line's start.
///
/// A run is at least [`UTF16_RUN`] pairs of an ASCII byte and a NUL; it goes
/// on over any pair that decodes (other scripts, surrogate pairs) and ends
/// at two NULs, a pair that does not decode, or two pairs of printable
/// ASCII bytes in a row (UTF-8 text again). A byte-order mark before a
/// run, and the odd NUL before it, go. `None` when the line has no run.
fn utf16_runs(line: &[u8]) -> Option<Vec<u8>> {
    let ascii_pair = |i: usize| line.get(i).is_some_and(|&b| b != 0 && b < 0x80) && line.get(i + 1) == Some(&0);
    let unit = |i: usize| line.get(i..i + 2).map(|p| u16::from_le_bytes([p[0], p[1]]));
    let printable = |i: usize| line.get(i..i + 2).is_some_and(|p| p.iter().all(|b| (0x20..0x7F).contains(b)));
    let mut out: Option<Vec<u8>> = None;
    let (mut i, mut copied) = (0, 0);
    while i + 2 * UTF16_RUN <= line.len() {
        if !(0..UTF16_RUN).all(|k| ascii_pair(i + 2 * k)) {
            i += 1;
            continue;
        }
        // Back over the text of the run before its ASCII (other scripts),
        // to a byte-order mark, the line's start, or UTF-8 text (two pairs
        // of printable ASCII bytes in a row).
        let run = i;
        let mut start = i;
        while start >= copied + 2 {
            let u = unit(start - 2).unwrap_or(0);
            if u == 0xFEFF {
                start -= 2;
                break;
            }
            let utf8_text = start >= copied + 4 && printable(start - 2) && printable(start - 4);
            if u == 0 || (0xD800..=0xDFFF).contains(&u) || utf8_text {
                break;
            }
            start -= 2;
        }
        let o = out.get_or_insert_with(|| Vec::with_capacity(line.len()));
        // What comes before: the UTF-8 text, without the NUL of the `0A 00`
        // the line was split at, and without the byte-order mark.
        let mut before = &line[copied..start];
        if let Some(rest) = before.strip_suffix(&[0xFF, 0xFE]) {
            before = rest;
        }
        if let Some(rest) = before.strip_suffix(&[0]) {
            before = rest;
        }
        o.extend_from_slice(before);
        i = start;
        let mut buf = [0u8; 4];
        while let Some(u) = unit(i) {
            // (The pairs before the run were read going back: from the run on.)
            if u == 0 || (i >= run && printable(i) && printable(i + 2)) {
                break;
            }
            let (ch, width) = match u {
                0xFEFF => (Some('\u{feff}'), 2),
                0xD800..=0xDBFF => match unit(i + 2) {
                    Some(low @ 0xDC00..=0xDFFF) => (surrogate_pair(u, low), 4),
                    _ => (None, 2),
                },
                _ => (char::from_u32(u32::from(u)), 2),
            };
            let Some(ch) = ch else { break };
            if ch != '\u{feff}' {
                o.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            i += width;
        }
        copied = i;
    }
    let mut o = out?;
    o.extend_from_slice(&line[copied..]);
    Some(o)
}

/// Pairs of an ASCII byte and a NUL that start a run of UTF-16 text.
const UTF16_RUN: usize = 4;

/// `bytes` with each hole (a run of [`HOLE`] or more NULs) made one line
/// break; shorter runs stay as they are.
fn close_holes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut copied = 0;
    for run in nul_runs(bytes).filter(|r| r.len() >= HOLE) {
        out.extend_from_slice(&bytes[copied..run.start]);
        out.push(b'\n');
        copied = run.end;
    }
    out.extend_from_slice(&bytes[copied..]);
    out
}

/// NUL bytes scattered among the others (zip, pdf, exe, png headers), many
/// control characters, or nothing but NULs mean a binary file. NULs in runs
/// of [`HOLE`] or more are holes: a log with one still has its text read
/// (it used to be refused whole for one NUL).
fn looks_binary(head: &[u8]) -> bool {
    let (mut scattered, mut nuls) = (0usize, 0usize);
    for run in nul_runs(head) {
        // A run that reaches the window's end may be a hole cut short.
        if run.len() < HOLE && run.end < head.len() {
            scattered += 1;
        }
        nuls += run.len();
    }
    let text = head.len() - nuls;
    if text == 0 && !head.is_empty() {
        return true;
    }
    (scattered > 1 || control_bytes(head) * 20 > text.max(1)) && !mostly_text_lines(head)
}

/// Control bytes below 0x20 of `bytes` that text does not have (NUL, LF,
/// CR, tab, form feed and ESC are left out: NULs are counted apart). By
/// compares without a branch, 255 bytes to a count, so the loop runs many
/// bytes at a time: a byte at a time, it was 2 % of a corpus triage (each
/// part of a bounce is sniffed).
fn control_bytes(bytes: &[u8]) -> usize {
    let control = |b: u8| {
        u8::from((b < 0x20) & (b != 0) & (b != b'\t') & (b != b'\n') & (b != 0x0C) & (b != b'\r') & (b != 0x1B))
    };
    bytes.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + control(b)))).sum()
}

/// Whether most of `head` (four fifths of its bytes) is lines without a NUL
/// or a control character: a log or a bounce with some binary bytes in it
/// (a blob pasted into it, a damaged block) is still read, its damaged
/// lines as lossy (QA round 38: 512 random bytes in a 4 KB Send log made
/// the whole file binary, its eight TLS failures unread).
fn mostly_text_lines(head: &[u8]) -> bool {
    let clean = |line: &[u8]| !line.iter().any(|&b| b < 0x20 && !matches!(b, b'\r' | b'\t' | 0x0C | 0x1B));
    let (mut bytes, mut lines) = (0usize, 0usize);
    for line in head.split(|&b| b == b'\n') {
        if line.len() > 1 && clean(line) {
            bytes += line.len() + 1;
            lines += 1;
        }
    }
    lines >= 4 && bytes * 5 >= head.len() * 4
}

/// The positions of `\n` in a chunk, read off the 64-bit byte masks
/// ([`crate::bytemask`]). Log lines are short: a `memchr` call per line
/// spent more on its set-up than on its search.
struct Newlines<'a> {
    bytes: &'a [u8],
    base: usize,
    bits: u64,
}

impl<'a> Newlines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, base: 0, bits: crate::bytemask::byte_bits(bytes, 0, b'\n') }
    }
}

impl Iterator for Newlines<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            self.base += 64;
            if self.base >= self.bytes.len() {
                return None;
            }
            self.bits = crate::bytemask::byte_bits(self.bytes, self.base, b'\n');
        }
        let at = self.base + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(at)
    }
}

/// `text`'s lines as [`str::lines`] gives them (`\n` or `\r\n` ends one;
/// no empty line after a last `\n`), found by [`Newlines`]: `str::lines`
/// searches a byte at a time past a short first stretch, and the lines
/// of a bounce's parts were 5 % of a corpus triage.
pub fn lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut start = 0;
    Newlines::new(text.as_bytes()).chain((!text.is_empty() && !text.ends_with('\n')).then_some(text.len())).map(
        move |nl| {
            // Both ends are a `\n` or the text's end: character boundaries.
            let line = &text[start..nl];
            start = nl + 1;
            if nl < text.len() { line.strip_suffix('\r').unwrap_or(line) } else { line }
        },
    )
}

/// `bytes` as text, each invalid sequence a U+FFFD, as
/// [`String::from_utf8_lossy`] gives it. Valid text (nearly all) is first
/// checked many bytes at a time: the standard library's check goes a byte
/// at a time, and a bounce's decoded parts pass through it.
pub fn utf8_lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => text.into(),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Where the piece of an over-long line ends: at most [`MAX_LINE`] bytes,
/// after the last blank, `>` or `,` of its last KiB if it has one (so a
/// word, a reply code or an HTML tag is not split), never inside a UTF-8
/// character.
fn piece_end(line: &[u8]) -> usize {
    let cap = line.len().min(MAX_LINE);
    let window = cap.saturating_sub(1024);
    let mut cut = line[window..cap]
        .iter()
        .rposition(|&b| matches!(b, b' ' | b'\t' | b'>' | b','))
        .map_or(cap, |i| window + i + 1);
    if cut == cap {
        // The character holding the cap's last byte may run past it: the
        // piece ends before that character (its first byte, 4 back at most).
        if let Some(i) = (cap.saturating_sub(4)..cap).rev().find(|&i| line[i] & 0xC0 != 0x80) {
            let len = match line[i] {
                0xF0.. => 4,
                0xE0.. => 3,
                0xC0.. => 2,
                _ => 1,
            };
            if i + len > cap {
                cut = i;
            }
        }
    }
    cut.max(1)
}

/// Columns a character takes on a console: CJK ideographs, kana, hangul and
/// fullwidth forms take two, combining marks none (the wcwidth rule for the
/// scripts this tool's languages write). PowerShell cuts its lists, and the
/// CLI lines up its tables, by these.
pub fn char_columns(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F | 0x200B..=0x200F => 0,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// Columns `text` takes on a console (see [`char_columns`]).
pub fn text_columns(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars().map(char_columns).sum()
}
#[cfg(test)]
mod tests {
    use super::*;

    /// A line that ends in two CRs keeps one however it comes: whole in
    /// one chunk or carried over from the chunk before, in valid UTF-8 or
    /// not (`analyze_chunked` found the offsets of a bounce's findings one
    /// byte apart, fed in chunks of 36 bytes).
    #[test]
    fn a_line_ending_in_two_crs_loses_one_however_it_comes() {
        // Past the bytes held back to tell the encoding by.
        let head = "an ordinary line\r\n".repeat(SNIFF / 18 + 1);
        for last in [&b"first line\r\r\nsecond\r\n"[..], b"caf\xe9 line\r\r\nsecond\r\n"] {
            let text = [head.as_bytes(), last].concat();
            let text = &text[..];
            let lines = |step: usize| {
                let mut f = LineFramer::new();
                let mut out: Vec<(u64, String)> = Vec::new();
                for c in text.chunks(step) {
                    f.feed(c, &mut |n, l| out.push((n, l.to_string())));
                }
                f.finish(&mut |n, l| out.push((n, l.to_string())));
                out
            };
            let whole = lines(text.len());
            let n = whole.len();
            assert!(whole[n - 2].1.ends_with("line\r"), "{:?}", &whole[n - 2..]);
            for step in (1..40).chain([head.len(), head.len() + 5, head.len() + 11]) {
                assert_eq!(lines(step), whole, "step {step}");
            }
        }
    }

    #[test]
    fn newline_masks_match_a_plain_search() {
        let mut text = Vec::new();
        for n in 0..300usize {
            text.extend(std::iter::repeat_n(b'x', n % 70));
            text.push(b'\n');
            let want: Vec<usize> = text.iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| i).collect();
            assert_eq!(Newlines::new(&text).collect::<Vec<_>>(), want, "{n}");
            let mut unterminated = text.clone();
            unterminated.extend_from_slice(b"tail");
            assert_eq!(Newlines::new(&unterminated).collect::<Vec<_>>(), want, "{n}");
        }
        assert_eq!(Newlines::new(b"").count(), 0);
    }

    #[test]
    fn control_bytes_are_those_text_does_not_have() {
        let all: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        let want = all.iter().filter(|&&b| b < 0x20 && !matches!(b, 0 | b'\n' | b'\r' | b'\t' | 0x0C | 0x1B)).count();
        assert_eq!(control_bytes(&all), want);
        assert_eq!(want, 2 * 26);
        assert_eq!(control_bytes(b"text\r\n\tmore\x0c\x1b[0m\0"), 0);
    }

    #[test]
    fn utf8_lossy_is_from_utf8_lossy() {
        for bytes in [&b"plain"[..], "ünïcode ✓".as_bytes(), b"cut \xE2\x9C", b"\xFF\xFEbad\xC0\x80", b""] {
            assert_eq!(utf8_lossy(bytes), String::from_utf8_lossy(bytes));
        }
        assert!(matches!(utf8_lossy("ünïcode".as_bytes()), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn lines_are_those_of_str_lines() {
        let mut cases: Vec<String> =
            ["", "\n", "\r", "\r\n", "a", "a\r", "a\n", "a\r\n", "a\r\r\n", "\n\na\rb\n\r", "é\r\nü\n\nx"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        // Lines either side of the 64-byte masks' edges.
        for n in 60..140 {
            let line = "x".repeat(n % 67);
            cases.push(format!("{line}\r\n{line}\n\n{}", "y".repeat(n)));
        }
        for text in &cases {
            assert_eq!(lines(text).collect::<Vec<_>>(), text.lines().collect::<Vec<_>>(), "{text:?}");
        }
    }

    fn lines_of(chunks: &[&[u8]]) -> (Vec<String>, LineFramer) {
        let (lines, f) = numbered_lines_of(chunks);
        (lines.into_iter().map(|(_, l)| l).collect(), f)
    }

    fn numbered_lines_of(chunks: &[&[u8]]) -> (Vec<(u64, String)>, LineFramer) {
        let mut f = LineFramer::new();
        let mut out = Vec::new();
        for c in chunks {
            f.feed(c, &mut |n, l| out.push((n, l.to_string())));
        }
        f.finish(&mut |n, l| out.push((n, l.to_string())));
        (out, f)
    }

    #[test]
    fn the_encoding_is_decided_from_the_first_8_kib_whatever_the_chunk_size() {
        // Text for 10 KiB, then a NUL: text, read in one chunk or in many.
        let mut input = "a line of text\n".repeat(700).into_bytes();
        input.extend_from_slice(b"late\0byte\n");
        for chunk in [input.len(), 4096, 512] {
            let parts: Vec<&[u8]> = input.chunks(chunk).collect();
            let (lines, f) = lines_of(&parts);
            assert_eq!(f.encoding(), Some(Encoding::Utf8), "chunk {chunk}");
            assert_eq!(lines.len(), 701, "chunk {chunk}");
        }
        // A NUL early on is binary.
        let (_, f) = lines_of(&[b"PK\x03\x04\0\0binary"]);
        assert_eq!(f.encoding(), Some(Encoding::Binary));
    }

    #[test]
    fn a_hole_of_nul_bytes_in_a_log_is_not_binary_but_binary_headers_are() {
        // What a crash leaves: text, a run of NULs, more text.
        let mut log = b"421 4.4.2 Connection dropped due to SocketError\n".to_vec();
        log.extend(std::iter::repeat_n(0u8, 8192));
        log.extend_from_slice(b"550 5.1.1 user unknown\n");
        let (lines, f) = lines_of(&[&log]);
        assert_eq!(f.encoding(), Some(Encoding::Utf8));
        assert_eq!(
            lines.iter().map(|l| strip_bom(l)).filter(|l| !l.is_empty()).collect::<Vec<_>>(),
            ["421 4.4.2 Connection dropped due to SocketError", "550 5.1.1 user unknown"]
        );
        // A hole inside a row ends it: what follows is the next line, not
        // the rest of the cut row; a short run of NULs stays in its line.
        let mut cut = b"2026-01-20T10:00:00.000Z,x,08D".to_vec();
        cut.extend(std::iter::repeat_n(0u8, 40));
        cut.extend_from_slice(b"2026-01-20T10:00:01.000Z,y\nshort\0\0run\n");
        let (lines, _) = lines_of(&[&cut]);
        assert_eq!(lines, ["2026-01-20T10:00:00.000Z,x,08D", "2026-01-20T10:00:01.000Z,y", "short\0\0run"]);
        // A hole at the very start, longer than the sniffed window, is
        // dropped before the sniff; nothing but NULs is binary.
        let mut start = vec![0u8; 3 * SNIFF_WINDOW];
        start.extend_from_slice(b"550 5.1.1 user unknown\n");
        let (lines, f) = lines_of(&[&start[..5000], &start[5000..]]);
        assert_eq!(
            (f.encoding(), lines.as_slice()),
            (Some(Encoding::Utf8), &["550 5.1.1 user unknown".to_string()][..])
        );
        let (lines, f) = lines_of(&[&[0u8; 20000]]);
        assert_eq!((f.encoding(), lines.len()), (Some(Encoding::Binary), 0));
        // A hole that runs past the sniffed window, after some text.
        let mut cut = b"2026-01-20T10:00:00.000Z,x\n".to_vec();
        cut.extend(std::iter::repeat_n(0u8, 3 * SNIFF_WINDOW));
        assert_eq!(sniff(&cut[..SNIFF_WINDOW]), Encoding::Utf8);
        // Headers of real binary formats, and nothing but NULs.
        let png: &[u8] =
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx";
        let elf: &[u8] = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0\x40\x10\0\0\0\0\0\0";
        let pe: &[u8] = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0\xb8\0\0\0\0\0\0\0@\0\0\0";
        for head in [png, elf, pe, &[0u8; 4096][..]] {
            assert_eq!(sniff(head), Encoding::Binary, "{head:?}");
        }
        // Nothing at all is not binary (an empty file is only empty).
        assert_eq!(sniff(b""), Encoding::Utf8);
    }

    #[test]
    fn utf8_bom_crlf_and_no_final_newline() {
        let (l, f) = lines_of(&[b"\xEF\xBB\xBFone\r\ntwo\r\nthree"]);
        assert_eq!(l, ["one", "two", "three"]);
        assert_eq!(f.encoding(), Some(Encoding::Utf8));
    }

    #[test]
    fn lines_that_end_with_a_lone_cr_are_lines() {
        let text = "421 4.4.2 Connection dropped due to SocketError\rsecond ünï line\r\rlast";
        let want = ["421 4.4.2 Connection dropped due to SocketError", "second ünï line", "", "last"];
        for size in [1, 2, 5, 600, text.len()] {
            let chunks: Vec<&[u8]> = text.as_bytes().chunks(size).collect();
            assert_eq!(lines_of(&chunks).0, want, "chunk size {size}");
        }
        // Past the sniffed window too (the whole input was one line before).
        let long = "550 5.1.1 user unknown\r".repeat(2000);
        let (lines, f) = lines_of(&[long.as_bytes()]);
        assert_eq!((lines.len(), f.stats.truncated_lines), (2000, 0));
        // UTF-16 as well.
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(lines_of(&[&utf16]).0, want);
        // A CR inside a line of a CRLF or LF text stays where it is.
        assert_eq!(lines_of(&[b"a\rb\r\nc\n"]).0, ["a\rb", "c"]);
        assert_eq!(lines_of(&[b"a\rb\nc"]).0, ["a\rb", "c"]);
    }

    #[test]
    fn utf16_appended_to_a_utf8_file_is_read() {
        // `echo … > queue.txt` (cmd, UTF-8), then `Get-Queue | fl >> queue.txt`
        // (Windows PowerShell 5.1: UTF-16LE with a BOM), then UTF-8 again.
        let mut input = b"Queue report, server EX01\r\n".to_vec();
        input.extend([0xFF, 0xFE]);
        let appended = "LastError : 421 4.4.2 Connection dropped due to SocketError\r\nСервер: EX01 😀\r\n";
        input.extend(appended.encode_utf16().flat_map(u16::to_le_bytes));
        input.extend_from_slice(b"451 5.7.3 Must issue a STARTTLS command first\n");
        let want = [
            "Queue report, server EX01",
            "LastError : 421 4.4.2 Connection dropped due to SocketError",
            "Сервер: EX01 😀",
            "451 5.7.3 Must issue a STARTTLS command first",
        ];
        for size in [1, 3, 64, input.len()] {
            let chunks: Vec<&[u8]> = input.chunks(size).collect();
            let lines: Vec<String> = lines_of(&chunks).0.iter().map(|l| strip_bom(l).to_string()).collect();
            assert_eq!(lines, want, "chunk size {size}");
        }
        // Any bytes: it ends, and never panics (each run read moves on).
        let mut x = 7u64;
        for len in 0..400 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    [0, 0, b'a', b'b', 0x04, 0xFF, 0xFE, 0xD8, 0xDC, b' '][(x >> 60) as usize % 10]
                })
                .collect();
            let _ = utf16_runs(&bytes);
        }
        // Glued to UTF-8 text (no newline, no mark between).
        assert_eq!(utf16_runs(b"server EX01L\0a\0s\0t\0").as_deref(), Some(&b"server EX01Last"[..]));
        // A line with a short NUL run and no such text stays as it is.
        assert_eq!(utf16_runs(b"short\0\0run"), None);
        assert_eq!(utf16_runs(b"a\0b\0c\0"), None, "shorter than a run");
    }

    /// `text` as UTF-16 (LE or BE), with or without a byte-order mark.
    fn utf16(text: &str, le: bool, bom: bool) -> Vec<u8> {
        let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
        units.flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    }

    fn lines_in_chunks(input: &[u8], size: usize) -> (Vec<String>, LineFramer) {
        let chunks: Vec<&[u8]> = input.chunks(size).collect();
        let (lines, f) = lines_of(&chunks);
        (lines.iter().map(|l| strip_bom(l).to_string()).collect(), f)
    }

    #[test]
    fn utf8_appended_to_a_utf16_file_is_read() {
        // `Get-Queue | fl > queue.txt` (Windows PowerShell 5.1: UTF-16LE),
        // then `type send.log >> queue.txt` (cmd: the bytes as they are).
        let queue = "Identity  : EX01\\3\r\nLastError : 421 4.4.2 Connection dropped due to SocketError\r\n";
        let log = "2026-01-20T10:00:01.000Z,Internet,08D1,1,,203.0.113.5:25,*,,TLS negotiation failed with error SocketError\r\n";
        let want_log = log.trim_end();
        for (le, bom) in [(true, true), (false, true), (true, false)] {
            // A long tail (past the window), then a short one at the end.
            let mut input = utf16(queue, le, bom);
            input.extend_from_slice(log.repeat(10).as_bytes());
            let (lines, f) = lines_in_chunks(&input, input.len());
            let enc = if le { Encoding::Utf16Le } else { Encoding::Utf16Be };
            if bom {
                assert_eq!(f.encoding(), Some(enc), "the file's first encoding is reported");
            }
            assert_eq!(lines.len(), 12, "{lines:?}");
            assert_eq!(lines[1], "LastError : 421 4.4.2 Connection dropped due to SocketError");
            assert!(lines[2..].iter().all(|l| l == want_log), "{lines:?}");
            for size in [1, 3, 100, 511, 4096] {
                assert_eq!(lines_in_chunks(&input, size).0, lines, "chunk size {size}");
            }
            let mut short = utf16(queue, le, bom);
            short.extend_from_slice(b"451 5.7.3 Must issue a STARTTLS command first");
            for size in [1, 2, 7, short.len()] {
                let (lines, _) = lines_in_chunks(&short, size);
                assert_eq!(lines.last().map(String::as_str), Some("451 5.7.3 Must issue a STARTTLS command first"));
                assert_eq!(lines.len(), 3, "chunk size {size}");
            }
        }
        // Glued to the last UTF-16 line, an odd number of bytes, then
        // UTF-16 again (a second `Out-File -Append`).
        let mut input = utf16("Status : Retry, ", true, true);
        input.extend_from_slice(format!("{}x\n", "550 5.1.1 user unknown; ".repeat(30)).as_bytes());
        input.extend(utf16("LastError : 451 4.4.0 DNS query failed\r\n", true, true));
        let (lines, _) = lines_in_chunks(&input, 64);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("Status : Retry, 550 5.1.1 user unknown; ") && lines[0].ends_with("; x"));
        assert_eq!(lines[1], "LastError : 451 4.4.0 DNS query failed");
    }

    #[test]
    fn utf16_without_ascii_stays_utf16() {
        // Long lines of Chinese (no NUL for thousands of bytes, with units
        // whose bytes are 0A or 0D: 上 is U+4E0A) are not taken for UTF-8.
        let zh = "远程服务器返回错误，上一次尝试时连接中断。发送连接器上的传输层安全协商失败，请在服务器上启用协议。"
            .repeat(40);
        let text = format!("{zh}\r\n状态 : 421 4.4.2 Connection dropped due to SocketError\r\n{zh}");
        for (le, bom) in [(true, true), (false, true), (true, false), (false, false)] {
            let input = utf16(&text, le, bom);
            let (lines, f) = lines_in_chunks(&input, 4096);
            assert_eq!(f.encoding(), Some(if le { Encoding::Utf16Le } else { Encoding::Utf16Be }), "le {le} bom {bom}");
            assert_eq!(lines.len(), 3);
            assert_eq!(lines[0], zh);
            assert_eq!(lines[1], "状态 : 421 4.4.2 Connection dropped due to SocketError");
            assert_eq!(lines[2], zh, "a last line without NUL is not read as UTF-8");
        }
        // Mostly Chinese, no byte-order mark: UTF-16 by the place of its NULs
        // (it was binary), in either order of bytes.
        let head = "队列: EX01\\Internet\r\n最后一个错误: 远程服务器返回了连接中断的错误，传输层安全协商失败\r\n";
        for le in [true, false] {
            let bytes = utf16(head, le, false);
            assert_eq!(sniff(&bytes), if le { Encoding::Utf16Le } else { Encoding::Utf16Be });
            assert_eq!(
                lines_in_chunks(&bytes, 5).0[1],
                "最后一个错误: 远程服务器返回了连接中断的错误，传输层安全协商失败"
            );
        }
        // 一 (U+4E00) puts NULs at the other parity: the order of bytes is
        // the one that reads as text, not the one with more NULs (QA).
        let yi = format!("LastError : 421 4.4.2 Connection dropped\r\n{}", "一条一直一下一样一起。\r\n".repeat(300));
        for le in [true, false] {
            let (lines, f) = lines_in_chunks(&utf16(&yi, le, false), 4096);
            assert_eq!(f.encoding(), Some(if le { Encoding::Utf16Le } else { Encoding::Utf16Be }));
            assert_eq!((lines.len(), lines[0].as_str()), (301, "LastError : 421 4.4.2 Connection dropped"));
        }
        // Japanese lines of kana (each unit two ASCII-range bytes: あ is
        // 42 30), without a BOM, and at the end of a file without a line
        // break: UTF-16, not taken for UTF-8 (QA).
        let kana = "あぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをん";
        let ja = format!("421 4.4.2 Connection dropped {kana}\r\n{}\r\n{kana}{kana}{kana}", kana.repeat(6));
        for bom in [true, false] {
            let (lines, f) = lines_in_chunks(&utf16(&ja, true, bom), 100);
            assert_eq!(f.encoding(), Some(Encoding::Utf16Le), "bom {bom}");
            assert_eq!(lines, [format!("421 4.4.2 Connection dropped {kana}"), kana.repeat(6), kana.repeat(3)]);
        }
        let tail = format!("421 4.4.2 x\r\n{}", &kana[..30]);
        assert_eq!(lines_in_chunks(&utf16(&tail, true, true), 7).0[1], &kana[..30]);
        // Russian without a BOM, one UTF-8 line appended (it made the whole
        // file binary, QA).
        let mut ru = utf16("Сервер недоступен\r\nLastError : 421 4.4.2 Connection dropped\r\n", true, false);
        ru.extend_from_slice(b"451 5.7.3 Must issue a STARTTLS command first\r\n");
        let (lines, f) = lines_in_chunks(&ru, 16);
        assert_eq!(f.encoding(), Some(Encoding::Utf16Le));
        assert_eq!(
            lines,
            [
                "Сервер недоступен",
                "LastError : 421 4.4.2 Connection dropped",
                "451 5.7.3 Must issue a STARTTLS command first"
            ]
        );
        // A lone high surrogate is one replacement character; the ASCII
        // after it stays (a line break too).
        let mut cut = vec![0xFF, 0xFE, 0x3D, 0xD8];
        cut.extend(utf16("\r\n421 4.4.2\r\n", true, false));
        let (lines, f) = lines_in_chunks(&cut, 3);
        assert_eq!((lines, f.stats.lossy_lines), (vec!["\u{FFFD}".to_string(), "421 4.4.2".to_string()], 1));
        // Binary is not taken for it: random bytes (compressed data) with
        // NULs, and units of NULs and control characters.
        let mut x = 1u64;
        let random: Vec<u8> = (0..4096)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (x >> 56) as u8
            })
            .collect();
        assert!(random.contains(&0));
        assert_eq!(sniff(&random), Encoding::Binary);
        let controls: Vec<u8> = (0..64u8).flat_map(|i| [i % 7 + 1, if i % 2 == 0 { 0 } else { 0x4E }]).collect();
        assert_eq!(sniff(&controls), Encoding::Binary);
        // Text lines with NULs scattered in a few of them, or a blob of
        // random bytes among them: text, its damaged lines lossy (QA round
        // 38). Mostly such bytes: binary.
        let row = "2026-01-20T10:00:00.003Z,EX01\\Default,08DE0000,0,10.0.0.5:25,203.0.113.9:4711,+,,\r\n";
        let mut scattered = row.repeat(100).into_bytes();
        for i in (0..scattered.len()).step_by(997) {
            scattered[i] = 0;
        }
        assert_eq!(sniff(&scattered[..SNIFF_WINDOW]), Encoding::Utf8);
        let blob = [row.repeat(20).as_bytes(), &random[..512], row.repeat(20).as_bytes()].concat();
        assert_eq!(sniff(&blob), Encoding::Utf8);
        let mostly = [row.repeat(5).as_bytes(), &random[..2048]].concat();
        assert_eq!(sniff(&mostly), Encoding::Binary);
    }

    #[test]
    fn chunk_boundaries_do_not_matter() {
        let text = "line one\nline two ünïcödé\nline three\n".repeat(40);
        let whole = lines_of(&[text.as_bytes()]).0;
        for size in [1, 2, 3, 7, 511, 513] {
            let chunks: Vec<&[u8]> = text.as_bytes().chunks(size).collect();
            assert_eq!(lines_of(&chunks).0, whole, "chunk size {size}");
        }
    }

    #[test]
    fn utf16le_with_bom_as_powershell_writes_it() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "LastError : [{LED=421 4.4.2 x}]\r\nNext\r\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        for size in [1, 3, 1000] {
            let chunks: Vec<&[u8]> = bytes.chunks(size).collect();
            let (l, f) = lines_of(&chunks);
            assert_eq!(l, ["LastError : [{LED=421 4.4.2 x}]", "Next"]);
            assert_eq!(f.encoding(), Some(Encoding::Utf16Le));
        }
    }

    #[test]
    fn utf16be_without_bom() {
        let mut bytes = vec![];
        for u in "Status: 5.1.1\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        let (l, f) = lines_of(&[&bytes]);
        assert_eq!(l, ["Status: 5.1.1"]);
        assert_eq!(f.encoding(), Some(Encoding::Utf16Be));
    }

    #[test]
    fn a_file_saved_as_ansi_is_read_in_its_code_page() {
        let read = |line: &[u8]| {
            let mut f = LineFramer::new();
            let mut lines = Vec::new();
            let mut input = Vec::new();
            for _ in 0..3 {
                input.extend_from_slice(line);
                input.push(b'\n');
            }
            f.feed(&input, &mut |_, l| lines.push(l.to_string()));
            f.finish(&mut |_, l| lines.push(l.to_string()));
            (lines.pop().unwrap_or_default(), f.stats.legacy_charset)
        };
        // Russian (windows-1251): whole words over 0x7F, in Cyrillic's range.
        let ru = b"\xd3\xe4\xe0\xeb\xe5\xed\xed\xfb\xe9 \xf1\xe5\xf0\xe2\xe5\xf0 \xe2\xe5\xf0\xed\xf3\xeb '550 5.1.1 RESOLVER.ADR.RecipNotFound; \xed\xe5 \xed\xe0\xe9\xe4\xe5\xed\xee'";
        assert_eq!(
            read(ru),
            ("Удаленный сервер вернул '550 5.1.1 RESOLVER.ADR.RecipNotFound; не найдено'".into(), Some("windows-1251"))
        );
        // Lithuanian (windows-1257) and Romanian (windows-1250): letters alone.
        let lt = b"\xd0altinis: Schannel. Gautas lemtingas \xe1sp\xebjimas i\xf0 nuotolinio galinio ta\xf0ko: 70.";
        assert_eq!(
            read(lt),
            (
                "Šaltinis: Schannel. Gautas lemtingas įspėjimas iš nuotolinio galinio taško: 70.".into(),
                Some("windows-1257")
            )
        );
        let ro = b"C\xe3su\xfea po\xbatal\xe3 a destinatarului este plin\xe3; \xeencerca\xfei mai t\xe2rziu.";
        assert_eq!(
            read(ro),
            ("Căsuţa poştală a destinatarului este plină; încercaţi mai târziu.".into(), Some("windows-1250"))
        );
        // Chinese (GBK, code page 936): every high byte in a pair, not all
        // in Cyrillic's range.
        let zh = b"\xd4\xb6\xb3\xcc\xb7\xfe\xce\xf1\xc6\xf7\xb7\xb5\xbb\xd8\xa1\xb0550 5.1.1 RESOLVER.ADR.RecipNotFound; \xd5\xd2\xb2\xbb\xb5\xbd\xca\xd5\xbc\xfe\xc8\xcb\xa1\xb1";
        assert_eq!(
            read(zh),
            ("远程服务器返回“550 5.1.1 RESOLVER.ADR.RecipNotFound; 找不到收件人”".into(), Some("GBK"))
        );
        // Russian whose words are all of even length is still Russian: its
        // bytes are all Cyrillic letters.
        let ru_even = b"\xf1\xe5\xf0\xe2\xe5\xf0 \xed\xe5 \xee\xf2\xe2\xe5\xf7\xe0\xe5\xf2: 421 4.4.2 \xf1\xe5\xf0\xe2\xe5\xf0 \xed\xe5 \xee\xf2\xe2\xe5\xf7\xe0\xe5\xf2";
        assert_eq!(read(ru_even).1, Some("windows-1251"));
        // UTF-8 with one bad byte stays UTF-8.
        let utf8 = "Удаленный сервер вернул \u{0}".replace('\u{0}', "");
        let mut bad = utf8.into_bytes();
        bad.push(0xFF);
        let (text, page) = read(&bad);
        assert_eq!((text.starts_with("Удаленный"), page), (true, None));
    }

    #[test]
    fn binary_is_refused_and_invalid_utf8_is_lossy() {
        let (l, f) = lines_of(&[b"PK\x03\x04\x00\x00binary\n"]);
        assert!(l.is_empty());
        assert_eq!(f.encoding(), Some(Encoding::Binary));
        let (l, f) = lines_of(&[b"bad \xFF byte\n"]);
        assert_eq!(l, ["bad \u{FFFD} byte"]);
        assert_eq!(f.stats.lossy_lines, 1);
    }

    #[test]
    fn whole_chunk_validation_matches_line_by_line() {
        // A valid chunk takes the one-call path, 1-byte chunks the per-line
        // one: same lines, same counters — also for an over-long line split
        // beside a multi-byte character, and with one bad byte in the input.
        let long = format!("{}é tail", "a".repeat(MAX_LINE - 1));
        let text = format!("first\r\n{long}\nü middle\n{long}\nlast");
        let mut bad = text.clone().into_bytes();
        bad.extend_from_slice(b"\nbad \xFF byte\nafter\n");
        for input in [text.as_bytes(), &bad[..]] {
            let (whole, wf) = numbered_lines_of(&[input]);
            let chunks: Vec<&[u8]> = input.chunks(1).collect();
            let (split, sf) = numbered_lines_of(&chunks);
            assert_eq!(whole, split);
            assert_eq!(wf.stats, sf.stats);
            // The long line is two pieces under its own number, split before the é.
            assert_eq!(whole[1], (2, "a".repeat(MAX_LINE - 1)));
            assert_eq!(whole[2], (2, "é tail".to_string()));
            assert_eq!(whole[3], (3, "ü middle".to_string()));
            assert_eq!(wf.stats.truncated_lines, 2);
            assert_eq!(wf.stats.lines, 5 + u64::from(input.len() > text.len()) * 2);
        }
        let (l, f) = lines_of(&[&bad]);
        assert_eq!(l.last().map(String::as_str), Some("after"));
        assert_eq!(f.stats.lossy_lines, 1);
    }

    #[test]
    fn long_lines_are_read_in_pieces_and_nothing_is_lost() {
        let long = vec![b'a'; MAX_LINE * 3];
        let (l, f) = numbered_lines_of(&[&long, b"\nshort\n"]);
        assert_eq!(
            l.iter().map(|(n, p)| (*n, p.len())).collect::<Vec<_>>(),
            [(1, MAX_LINE); 3].iter().copied().chain([(2, 5)]).collect::<Vec<_>>()
        );
        assert_eq!(f.stats.truncated_lines, 1);
        assert_eq!(f.stats.lines, 2);
        // A minified HTML page: the error after the first 64 KiB is read,
        // and pieces end after a tag or a blank, not inside a word or code.
        let pad = "<td class=\"x\">padding</td>".repeat(4000);
        let page = format!(
            "<html>{pad}<p>Remote Server returned 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found</p>{pad}</html>"
        );
        for chunks in [vec![page.as_bytes()], page.as_bytes().chunks(1000).collect()] {
            let (l, _) = numbered_lines_of(&chunks);
            assert!(l.iter().all(|(n, p)| *n == 1 && p.len() <= MAX_LINE));
            assert_eq!(l.iter().map(|(_, p)| p.as_str()).collect::<String>(), page);
            assert!(l.iter().any(|(_, p)| p.contains("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")));
            assert!(l.iter().all(|(_, p)| p.ends_with('>') || p.ends_with(' ') || p == &l.last().unwrap().1));
        }
    }

    #[test]
    fn quote_marks_are_taken_off_a_quoted_line_but_not_a_transcript() {
        assert_eq!(unquote("> julia@contoso.com"), "julia@contoso.com");
        assert_eq!(unquote(">> > Remote Server returned '550 5.1.1'"), "Remote Server returned '550 5.1.1'");
        assert_eq!(unquote("> > Status: 5.1.1"), "Status: 5.1.1");
        assert_eq!(unquote(">Status: 5.1.1"), "Status: 5.1.1");
        assert_eq!(unquote(">    (in reply to RCPT TO command)"), "   (in reply to RCPT TO command)");
        assert_eq!(unquote(">"), "");
        assert_eq!(unquote("> "), "");
        assert_eq!(unquote(">>> RCPT To:<a@example.org>"), ">>> RCPT To:<a@example.org>");
        assert_eq!(unquote("> EHLO mail.example.org"), "> EHLO mail.example.org");
        assert_eq!(unquote(">>> ."), ">>> .");
        assert_eq!(unquote(">>> . <<< 554 5.7.1 spam"), ">>> . <<< 554 5.7.1 spam");
        assert_eq!(unquote("> <<< 550 5.1.1 unknown"), "<<< 550 5.1.1 unknown");
        assert_eq!(
            unquote("2026-01-20T10:00:00.104Z,C,08DE,0,,1.2.3.4:25,>,EHLO x,"),
            "2026-01-20T10:00:00.104Z,C,08DE,0,,1.2.3.4:25,>,EHLO x,"
        );
    }
}
