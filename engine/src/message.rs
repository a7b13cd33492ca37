//! Framing of whole messages: `.eml` (MIME, any transfer encoding and
//! charset, decoded by the maintained `mail-parser` crate) and Outlook `.msg`
//! (Compound File Binary, read with the `cfb` crate) → the text documents a
//! bounce is made of.

use crate::grammar::{dsn, smtp};
use mail_parser::{Message, MessageParser, MimeHeaders, PartType};
use std::io::{Cursor, Read};

/// What one part of a message contributes to the analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    /// A `message/delivery-status` body (RFC 3464).
    DeliveryStatus(String),
    /// Human-readable text (text/plain, or text/html turned into text).
    Text(String),
}

/// The decoded parts of one message, in message order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decoded {
    pub subject: Option<String>,
    pub from: Option<String>,
    pub documents: Vec<Document>,
    /// A multipart message whose parts could not be told apart (no
    /// boundary, or an empty one): nothing was read from its body.
    pub mime_unreadable: bool,
    /// A message holding more attached messages than
    /// [`MAX_ATTACHED_MESSAGES`]: its raw text is the one document.
    pub too_deep: bool,
    /// A message of more than [`MAX_PARTS`] MIME parts: its raw text is
    /// the one document.
    pub too_many_parts: bool,
    /// Text parts without a charset (or labelled ASCII or UTF-8) whose bytes
    /// were not UTF-8: the Windows code page they were read in, as their
    /// bytes told it (see [`crate::framing::CodePageGuess`]; `None` when
    /// they told none), and how many lines were read so.
    pub code_page: Option<(Option<&'static str>, u64)>,
}

/// Compound File Binary signature (`.msg`, old Office files).
pub const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// True when the input starts like an RFC 5322 message (or an mbox entry):
/// header fields up to the first blank line, with at least one field that
/// only messages carry.
pub fn looks_like_message(head: &[u8]) -> bool {
    let cut = head.len() >= 8192;
    let mut head = &head[..head.len().min(8192)];
    if cut {
        // The cut line is no field or a field's start: Exchange Online's
        // headers run past 8 KiB, and a cut inside a field's name (`X-Micros`)
        // made the whole message plain text (QA round 38).
        head = memchr::memrchr(b'\n', head).map_or(head, |at| &head[..at]);
    }
    // Validated, not converted: a lossy copy of 8 KiB per input cost more
    // than the rest of the sniff. The cut at 8 KiB may split a character,
    // which reads as one U+FFFD, as `from_utf8_lossy` gives it.
    let text: std::borrow::Cow<'_, str> = match simdutf8::compat::from_utf8(head) {
        Ok(t) => t.into(),
        Err(e) if e.error_len().is_none() => {
            let valid = std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default();
            format!("{valid}\u{FFFD}").into()
        }
        Err(_) => String::from_utf8_lossy(head),
    };
    let mut lines = crate::framing::lines(&text).peekable();
    if lines.peek().is_some_and(|l| l.starts_with("From ")) {
        lines.next();
    }
    let (mut fields, mut strong) = (0, 0);
    for line in lines {
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else { return false };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_graphic()) {
            return false;
        }
        fields += 1;
        let n = name.to_ascii_lowercase();
        if matches!(
            n.as_str(),
            "received" | "return-path" | "from" | "date" | "message-id" | "mime-version" | "content-type" | "subject"
        ) {
            strong += 1;
        }
    }
    fields >= 2 && strong >= 1
}

/// True when the input is an HTML page: after a byte-order mark and blanks
/// it opens with `<!DOCTYPE html`, `<html` or `<head` (an NDR saved from
/// Outlook as `.htm`, a browser's "save page"). Logs and XML exports do not.
pub fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..head.len().min(start + 16)];
    [&b"<!doctype html"[..], b"<html", b"<head"].iter().any(|p| {
        head.len() >= p.len()
            && head[..p.len()].eq_ignore_ascii_case(p)
            && head.get(p.len()).is_none_or(|&b| !b.is_ascii_alphanumeric())
    })
}

/// Decodes an RFC 5322 message. The attached original message
/// (`message/rfc822`, `text/rfc822-headers`) is skipped: its text is not an
/// error report and would only add false findings.
pub fn decode_eml(bytes: &[u8]) -> Option<Decoded> {
    // An mbox holds one message after each `From ` separator line.
    let parts = mbox_messages(bytes);
    if parts.len() == 1 && too_many_parts(bytes) {
        // Read as lines by the caller (see `MAX_PARTS`).
        return Some(Decoded { too_many_parts: true, ..Decoded::default() });
    }
    if parts.len() > 1 {
        let mut all: Option<Decoded> = None;
        for m in parts {
            let Some(d) = decode_one(m, false) else { continue };
            match &mut all {
                Some(a) => {
                    a.documents.extend(d.documents);
                    a.too_deep |= d.too_deep;
                    a.too_many_parts |= d.too_many_parts;
                }
                None => all = Some(d),
            }
        }
        return all;
    }
    // Its parts were counted above.
    decode_one(bytes, true)
}

/// Splits an mbox (RFC 4155: each message starts with a `From ` line after
/// an empty line) into its messages; anything else is one message.
fn mbox_messages(bytes: &[u8]) -> Vec<&[u8]> {
    if !bytes.starts_with(b"From ") {
        return vec![bytes];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for p in 1..bytes.len().saturating_sub(5) {
        let blank_before = bytes[..p].ends_with(b"\n\n") || bytes[..p].ends_with(b"\n\r\n");
        if blank_before && bytes[p..].starts_with(b"From ") {
            out.push(&bytes[start..p]);
            start = p;
        }
    }
    out.push(&bytes[start..]);
    out
}

/// A parser for what a bounce is read by: the MIME headers, `Subject` and
/// `From`; every other header is kept raw. Tokenising each `Received:`,
/// date and address header of every message cost more than the reading.
/// `Content-Transfer-Encoding` is not read by it, so it decodes no body:
/// most of a report's encoded bytes are in parts nothing reads (the HTML
/// beside the text, the attached original, images), and decoding them all
/// was a seventh of a corpus's triage. The parts that are read are decoded
/// here ([`Transfer`], [`body_of`]).
/// Built once: it is the same for every message of every input.
fn parser() -> &'static MessageParser {
    static PARSER: std::sync::OnceLock<MessageParser> = std::sync::OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            .with_mime_headers()
            .ignore_header(mail_parser::HeaderName::ContentTransferEncoding)
            .header_text(mail_parser::HeaderName::Subject)
            .header_address(mail_parser::HeaderName::From)
            .default_header_ignore()
    })
}

/// How a part's body is encoded for transport (RFC 2045 §6), as its own
/// header fields say: the parser is told not to read the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Transfer {
    /// `7bit`, `8bit`, `binary`, none, or a value not known.
    Identity,
    Base64,
    QuotedPrintable,
}

impl Transfer {
    /// The first `Content-Transfer-Encoding` field of a part's raw header
    /// fields (its name in any case, its value folded or not).
    fn of_fields(fields: &[u8]) -> Transfer {
        const NAME: &[u8] = b"content-transfer-encoding:";
        let mut at = 0;
        while let Some(line) = fields.get(at..) {
            if line.get(..NAME.len()).is_some_and(|n| n.eq_ignore_ascii_case(NAME)) {
                let mut end = at + NAME.len();
                // The field goes on over lines that start with white space.
                while let Some(nl) = memchr::memchr(b'\n', &fields[end..]) {
                    end += nl + 1;
                    if !matches!(fields.get(end), Some(b' ' | b'\t')) {
                        break;
                    }
                }
                let value = fields[at + NAME.len()..end.max(at + NAME.len())].trim_ascii();
                return if value.eq_ignore_ascii_case(b"base64") {
                    Transfer::Base64
                } else if value.eq_ignore_ascii_case(b"quoted-printable") {
                    Transfer::QuotedPrintable
                } else {
                    Transfer::Identity
                };
            }
            match memchr::memchr(b'\n', line) {
                Some(nl) => at += nl + 1,
                None => break,
            }
        }
        Transfer::Identity
    }

    fn of(msg: &Message<'_>, part: &mail_parser::MessagePart<'_>) -> Transfer {
        Transfer::of_fields(raw_of(msg, part.offset_header, part.offset_body))
    }

    /// `raw` decoded for transport.
    fn decode(self, raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
        match self {
            Transfer::Identity => raw.into(),
            Transfer::Base64 => base64_lenient(raw).into(),
            Transfer::QuotedPrintable => quoted_printable(raw).into(),
        }
    }
}

/// The raw bytes of one level of a message between two of its parts'
/// offsets. An attached message's offsets count from the start of the
/// message it is attached to, and its raw bytes are its own: they start
/// where its first part's header fields do.
fn raw_of<'m>(msg: &'m Message<'_>, from: u32, to: u32) -> &'m [u8] {
    let raw = msg.raw_message();
    let base = msg
        .parts
        .first()
        .filter(|p| (p.offset_end.saturating_sub(p.offset_header)) as usize == raw.len())
        .map_or(0, |p| p.offset_header);
    let (Some(from), Some(to)) = (from.checked_sub(base), to.checked_sub(base)) else { return &[] };
    raw.get(from as usize..to as usize).unwrap_or_default()
}

/// A part's raw body, as the message holds it.
fn raw_body<'m>(msg: &'m Message<'_>, part: &mail_parser::MessagePart<'_>) -> &'m [u8] {
    raw_of(msg, part.offset_body, part.offset_end)
}

/// A part's body, decoded for transport (see [`Transfer`]).
fn body_of<'m>(msg: &'m Message<'_>, part: &mail_parser::MessagePart<'_>) -> std::borrow::Cow<'m, [u8]> {
    Transfer::of(msg, part).decode(raw_body(msg, part))
}

/// A part that is a whole message attached (`message/rfc822`, or
/// `message/global` for one with UTF-8 header fields, RFC 6532).
fn is_attached_message(part: &mail_parser::MessagePart<'_>) -> bool {
    part.content_type().is_some_and(|c| {
        c.ctype().eq_ignore_ascii_case("message")
            && c.subtype().is_some_and(|s| s.eq_ignore_ascii_case("rfc822") || s.eq_ignore_ascii_case("global"))
    })
}

/// Attached messages (`message/rfc822`) a message may hold, all levels
/// together, for the MIME reader to be used: it reads each level by
/// recursion, and 5 000 of them nested (735 KB) overflowed the page
/// worker's stack, which killed every other file of its batch. A bounce
/// has one or two; past this its raw text is read, line by line.
pub const MAX_ATTACHED_MESSAGES: usize = 64;

/// How many `message/rfc822` (any case) `bytes` names: an upper bound of
/// its attached messages. One pass: each `822` preceded by `/rfc`.
pub fn attached_messages(bytes: &[u8]) -> usize {
    memchr::memmem::find_iter(bytes, b"822")
        .filter(|&at| at >= 4 && bytes[at - 4..at].eq_ignore_ascii_case(b"/rfc"))
        .count()
}

/// MIME parts a message may have for the MIME reader to be used: it keeps
/// a record of some two kilobytes for each, so a 10 MB message of a
/// million empty parts took 650 MB, 47 MB took 1.9 GB (QA round 54). A
/// bounce has two to five; past this its raw text is read, line by line.
pub const MAX_PARTS: usize = 4096;

/// An upper bound of a message's MIME parts: its lines that start with
/// `--`, as every boundary delimiter does (RFC 2046 §5.1.1). One pass.
pub fn mime_parts(bytes: &[u8]) -> usize {
    memchr::memmem::find_iter(bytes, b"\n--").count()
}

/// More than [`MAX_PARTS`] parts. A part takes three bytes at least
/// (`\n--`): a smaller message has fewer, and is not searched.
fn too_many_parts(bytes: &[u8]) -> bool {
    bytes.len() > 3 * MAX_PARTS && mime_parts(bytes) > MAX_PARTS
}

/// A message read as its raw lines, as text: they still name what failed.
fn raw_text(bytes: &[u8]) -> Vec<Document> {
    vec![Document::Text(crate::framing::utf8_lossy(bytes).into_owned())]
}

/// Levels of attached messages followed to find a forwarded bounce (a
/// bounce forwarded as an attachment, then forwarded again).
const FORWARD_DEPTH: usize = 4;

/// One message; `parts_counted` when the caller has already found it of no
/// more than [`MAX_PARTS`] parts (a count is a pass over the message).
fn decode_one(bytes: &[u8], parts_counted: bool) -> Option<Decoded> {
    // Header fields with no blank line after them anywhere (a paste of
    // `Received:` lines, then an error) have no body to read: they are
    // read as lines, where what follows them is still found.
    let blank_line = memchr::memchr_iter(b'\n', bytes).any(|at| {
        let rest = &bytes[at + 1..];
        let crs = rest.iter().take_while(|&&b| b == b'\r').count();
        rest.get(crs) == Some(&b'\n')
    });
    if !blank_line {
        return None;
    }
    if !parts_counted && too_many_parts(bytes) {
        return Some(Decoded { documents: raw_text(bytes), too_many_parts: true, ..Decoded::default() });
    }
    if attached_messages(bytes) > MAX_ATTACHED_MESSAGES {
        return Some(Decoded { documents: raw_text(bytes), too_deep: true, ..Decoded::default() });
    }
    let msg = parser().parse(bytes)?;
    let mut out = Decoded {
        subject: msg.subject().map(str::to_string),
        from: msg.from().and_then(|a| a.first()).and_then(|a| a.address()).map(str::to_string),
        documents: Vec::new(),
        ..Decoded::default()
    };
    let mut parts = Collected::default();
    collect_parts(&msg, &mut parts);
    if !parts.docs.iter().any(|d| matches!(d, Document::DeliveryStatus(_))) {
        // A bounce forwarded as an attachment (a user sending it to the
        // helpdesk, a gateway or filter wrapping the report it received):
        // read the attached bounce as well.
        collect_forwarded(&msg, &mut parts, 1);
    }
    out.documents = parts.docs;
    out.code_page = parts.code_page;
    if !parts.has_plain {
        out.documents.extend(parts.html.iter().map(|h| Document::Text(html_to_text(h))));
    }
    out.mime_unreadable = out.documents.iter().all(|d| {
        let (Document::Text(t) | Document::DeliveryStatus(t)) = d;
        t.trim().is_empty()
    }) && msg.content_type().is_some_and(|c| {
        c.ctype().eq_ignore_ascii_case("multipart") && c.attribute("boundary").is_none_or(|b| b.trim().is_empty())
    });
    for d in &mut out.documents {
        let (Document::Text(t) | Document::DeliveryStatus(t)) = d;
        // A stray NUL or control byte in a decoded part must not make the
        // line reader take the whole part for binary data.
        if t.bytes().any(|b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) {
            *t = t
                .chars()
                .filter(|&c| c != '\0')
                .map(|c| if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{1b}') { ' ' } else { c })
                .collect();
        }
    }
    // Folded once: the command annotation reads the folded lines, and they
    // are what is analysed.
    let folded: Vec<Option<Vec<String>>> = out
        .documents
        .iter()
        .map(|d| match d {
            Document::Text(t) => Some(logical_lines(t)),
            Document::DeliveryStatus(_) => None,
        })
        .collect();
    let lines: Vec<&str> = folded.iter().flatten().flatten().map(String::as_str).collect();
    annotate_commands(&mut out.documents, &lines);
    for (d, f) in out.documents.iter_mut().zip(&folded) {
        if let (Document::Text(t), Some(f)) = (d, f) {
            *t = f.join("\n");
        }
    }
    // An RFC 3834 automatic reply (vacation, out of office) is told by its
    // subject; the subject line is read after the body, so a body that says
    // more (an account closed, a mailbox full) is the first finding.
    let report = out.documents.iter().any(|d| matches!(d, Document::DeliveryStatus(_)));
    if let Some(subject) = out.subject.as_deref().filter(|s| !report && is_auto_reply_subject(s)) {
        out.documents.push(Document::Text(logical_lines(&format!("Subject: {subject}")).join("\n")));
    }
    Some(out)
}

/// A bounce's human-readable part often says what its delivery-status part
/// leaves out: the SMTP command a recipient was refused at (Postfix `(in
/// reply to end of DATA command)`, a Sendmail transcript `>>> DATA` then
/// `<<< 550 …`, Exim `after RCPT TO:<…>`), and, when a block has no
/// `Diagnostic-Code`, the error itself (OpenSMTPD, Exim local deliveries).
/// Both are handed to the DSN reader as extension fields in the recipient's
/// block ([`dsn::COMMAND_FIELD`], [`dsn::TEXT_FIELD`]). The recipient's own
/// line decides the command, else the one command the text names, if just one.
fn annotate_commands(docs: &mut [Document], lines: &[&str]) {
    // Nothing to annotate without a delivery-status part (most bounces of
    // many MTAs): the text is not searched for commands then.
    if lines.is_empty() || !docs.iter().any(|d| matches!(d, Document::DeliveryStatus(_))) {
        return;
    }
    let lower: Vec<String> = lines.iter().map(|l| l.to_ascii_lowercase()).collect();
    let named: Vec<(usize, smtp::Command)> =
        lines.iter().enumerate().filter_map(|(i, l)| smtp::command_in(l).map(|c| (i, c))).collect();
    // One stage named throughout (`DATA` and `end of DATA` are one); the
    // wording of the last is kept.
    let only = named.last().map(|f| f.1).filter(|&c| named.iter().all(|n| n.1.stage() == c.stage()));
    for d in docs.iter_mut() {
        let Document::DeliveryStatus(t) = d else { continue };
        let mut out = String::with_capacity(t.len() + 256);
        let body: Vec<&str> = crate::framing::lines(t).map(|l| l.trim_end_matches('\r')).collect();
        for block in body.split(|l| l.trim().is_empty()) {
            let has_diagnostic = block
                .iter()
                .any(|l| dsn::field(l).is_ok_and(|(_, (name, _))| name.eq_ignore_ascii_case("diagnostic-code")));
            for line in block {
                out.push_str(line);
                out.push('\n');
                let Ok((_, (name, value))) = dsn::field(line) else { continue };
                if !name.eq_ignore_ascii_case("final-recipient") {
                    continue;
                }
                let rcpt = dsn::strip_type(value).to_ascii_lowercase();
                let mine: Vec<usize> =
                    (0..lines.len()).filter(|&i| rcpt.len() > 5 && lower[i].contains(&rcpt)).collect();
                let own = named.iter().rev().find(|(i, _)| mine.contains(i)).map(|n| n.1);
                if let Some(c) = own.or(only) {
                    out.push_str(&format!("{}: {}\n", dsn::COMMAND_FIELD, c.as_str()));
                }
                let said = mine.iter().find(|&&i| smtp::find_codes(lines[i]).is_some()).or(mine.first());
                if let (false, Some(&i)) = (has_diagnostic, said) {
                    let text: String = recipient_report(lines, i).chars().take(1000).collect();
                    out.push_str(&format!("{}: {}\n", dsn::TEXT_FIELD, text));
                }
            }
            out.push('\n');
        }
        *t = out;
    }
}

/// What the human-readable part says of the recipient named on `lines[i]`:
/// that line, or, when the address stands alone on it (Exim lists the host,
/// the command and the reply under it), the lines under it up to the next
/// blank one, as one.
fn recipient_report(lines: &[&str], i: usize) -> String {
    if !crate::analyze::heads_a_block(lines[i]) {
        return lines[i].to_string();
    }
    let mut out = String::new();
    for l in lines[i + 1..].iter().map(|l| l.trim()).take_while(|l| !l.is_empty()) {
        if out.len() > 1000 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(l);
    }
    if out.is_empty() { lines[i].to_string() } else { out }
}

/// Subject prefixes that automatic replies use (RFC 3834 §3.1.5 suggests
/// `Auto:`; mail clients and servers write their own).
fn is_auto_reply_subject(subject: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "auto:",
        "auto reply",
        "auto-reply",
        "autoreply",
        "auto response",
        "auto-response",
        "autoresponse",
        "automatic reply",
        "automatische antwort",
        "out of office",
        "out of the office",
        "vacation",
    ];
    let s = subject.trim().to_ascii_lowercase();
    PREFIXES.iter().any(|p| s.starts_with(p))
}

/// Text lines with folded continuations (indented lines) joined to the line
/// they continue, and each `<<< reply` of an SMTP transcript prefixed with
/// the `>>> command` it answered.
fn logical_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut command: Option<&str> = None;
    // Indentation of the line being continued, while one is open.
    let mut open: Option<usize> = None;
    for line in crate::framing::lines(text) {
        let line = line.trim_end();
        if line.trim().is_empty() {
            command = None;
            open = None;
            // Blank lines end DSN blocks and paragraphs: keep them.
            out.push(String::new());
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        // A line that is only a bracketed command tag (`[RCPT_TO]`) labels
        // the reply before it.
        let tag = line.trim().starts_with('[') && line.trim().ends_with(']') && smtp::command_in(line).is_some();
        let deeper = open.is_some_and(|o| indent > o);
        if deeper && out.last().is_some_and(|last| crate::analyze::heads_a_block(last)) {
            // A line of its own under a recipient; deeper lines join it.
            out.push(line.trim().to_string());
            continue;
        }
        let folded = deeper && out.last().is_some_and(|last| crate::analyze::continues(last, line));
        if folded || (open.is_some() && tag) {
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(line.trim());
            }
            continue;
        }
        open = Some(indent);
        let t = line.trim_start();
        if t.starts_with(">>> ") {
            command = Some(t);
        } else if let (true, Some(c)) = (t.starts_with("<<< "), command) {
            out.push(format!("{c} {t}"));
            continue;
        }
        out.push(t.to_string());
    }
    out
}

/// What the levels of a message read so far gave.
#[derive(Default)]
struct Collected {
    docs: Vec<Document>,
    /// A `text/plain` part was read: the HTML ones then add nothing.
    has_plain: bool,
    /// The HTML parts' markup, as their text is needed only without a
    /// `text/plain` part (most reports have both).
    html: Vec<String>,
    /// See [`Decoded::code_page`].
    code_page: Option<(Option<&'static str>, u64)>,
}

/// The parts of one message level that carry the report: delivery-status
/// bodies and human-readable text (the attached original is skipped).
fn collect_parts(msg: &Message<'_>, out: &mut Collected) {
    let Collected { docs, has_plain, html, code_page } = out;
    let mut text_of = |part: &mail_parser::MessagePart<'_>, t: &str| {
        let (text, page) = text_of_part(msg, part, t);
        if let Some((page, lines)) = page {
            let seen = code_page.get_or_insert((page, 0));
            seen.0 = seen.0.or(page);
            seen.1 += lines;
        }
        text
    };
    for part in &msg.parts {
        let (ctype, sub) = part
            .content_type()
            .map(|c| (c.ctype().to_ascii_lowercase(), c.subtype().unwrap_or("").to_ascii_lowercase()))
            .unwrap_or_default();
        match &part.body {
            // An attached message in base64 is no report text: the parser
            // read its encoded lines as nothing (see `collect_forwarded`).
            PartType::Text(_) if is_attached_message(part) && Transfer::of(msg, part) != Transfer::Identity => {}
            PartType::Text(t) if ctype == "message" || sub.contains("delivery-status") => {
                docs.push(Document::DeliveryStatus(text_of_part(msg, part, t).0))
            }
            PartType::Binary(_) | PartType::InlineBinary(_)
                if ctype == "message"
                    && (sub == "delivery-status" || sub == "global-delivery-status" || sub == "feedback-report") =>
            {
                docs.push(Document::DeliveryStatus(crate::framing::utf8_lossy(&body_of(msg, part)).into_owned()))
            }
            // A message cut before its closing delimiter (`--boundary--`,
            // RFC 2046 §5.1.1: a forward saved or pasted in part) has a last
            // part the parser reads as plain text whatever its type (an
            // "encoding problem"): its declared type holds, so cut HTML is
            // still HTML, and a cut attachment is not read. (A multipart
            // part whose boundary the parser lost is read as its raw text.)
            PartType::Text(t) if part.is_encoding_problem && ctype == "text" && sub == "html" => {
                html.push(text_of(part, t))
            }
            PartType::Text(_) if part.is_encoding_problem && !matches!(ctype.as_str(), "" | "text" | "multipart") => {}
            PartType::Text(t) if sub != "rfc822-headers" => {
                *has_plain = true;
                docs.push(Document::Text(text_of(part, t)));
            }
            // Turned into text only if no level has a `text/plain` part.
            PartType::Html(h) => html.push(text_of(part, h)),
            _ => {}
        }
    }
}

/// A text part's text. The parser's own reading (its charset applied to
/// the raw body) is it for a part not encoded for transport; an encoded
/// one is decoded here, then its charset applied as the parser applies it.
/// Then, where that reading loses the text (QA round 38): a Chinese part
/// (`charset=GBK`, `GB2312`, `GB18030`: without its `full_encoding`
/// feature, ~1 MB of tables in the page, the parser reads them as UTF-8,
/// every character lost) is decoded as GBK ([`crate::gbk`]); a part without
/// a charset (or labelled ASCII or UTF-8) whose bytes are not UTF-8 is read
/// in the Windows code page they tell, as a file is (with the page and its
/// lines, for the note that says so). A base64 part cut short or left
/// without its closing boundary is decoded as far as it goes.
#[allow(clippy::type_complexity)]
fn text_of_part(
    msg: &Message<'_>,
    part: &mail_parser::MessagePart<'_>,
    parsed: &str,
) -> (String, Option<(Option<&'static str>, u64)>) {
    let label = part.content_type().and_then(|c| c.attribute("charset"));
    let charset = label.unwrap_or("").to_ascii_lowercase();
    let gbk = matches!(
        charset.as_str(),
        "gbk" | "gb2312" | "gb18030" | "x-gbk" | "cp936" | "windows-936" | "euc-cn" | "csgb2312" | "x-euc-cn"
    );
    let (transfer, raw) = (Transfer::of(msg, part), raw_body(msg, part));
    let mut bytes = None;
    let text: std::borrow::Cow<'_, str> = match transfer {
        Transfer::Identity => parsed.into(),
        _ => {
            let decoded = transfer.decode(raw);
            let text = match label.and_then(|c| mail_parser::decoders::charsets::map::charset_decoder(c.as_bytes())) {
                Some(decode) => decode(&decoded),
                None => crate::framing::utf8_lossy(&decoded).into_owned(),
            };
            bytes = Some(decoded);
            text.into()
        }
    };
    let unlabelled =
        matches!(charset.as_str(), "" | "us-ascii" | "ascii" | "utf-8" | "utf8") && text.contains('\u{FFFD}');
    if !gbk && !unlabelled {
        return (text.into_owned(), None);
    }
    let bytes = bytes.unwrap_or(raw.into());
    if gbk {
        return (crate::gbk::decode(&bytes), None);
    }
    let (read, page) = match std::str::from_utf8(&bytes) {
        Ok(t) => (t.to_string(), None),
        Err(_) => {
            let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').filter(|l| std::str::from_utf8(l).is_err()).collect();
            let mut guess = crate::framing::CodePageGuess::default();
            for line in &lines {
                guess.add(line);
            }
            let page = guess.code_page().flatten();
            let read = match page.and_then(crate::framing::code_page_decoder) {
                Some(decode) => decode(&bytes),
                None => String::from_utf8_lossy(&bytes).into_owned(),
            };
            (read, Some((page, lines.len() as u64)))
        }
    };
    if read.trim().is_empty() {
        return (text.into_owned(), None);
    }
    (read, page)
}

/// Base64 (RFC 2045 §6.8) as far as it goes: characters outside the
/// alphabet are skipped, a group cut short gives the bytes it has, and
/// after padding (`=`) a new group begins (two encoded pieces one after
/// the other, as the parser reads them).
fn base64_lenient(raw: &[u8]) -> Vec<u8> {
    let value = |b: u8| match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(raw.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in raw {
        if b == b'=' {
            (acc, bits) = (0, 0);
            continue;
        }
        let Some(v) = value(b) else { continue };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Quoted-printable (RFC 2045 §6.7), as the parser decoded it: `=XX` its
/// byte, `=` at a line's end (white space may follow it) a soft break,
/// white space at a line's end dropped, line breaks CRLF once a CR is seen;
/// an `=` that starts no escape stays as it is. Runs of plain text between
/// those bytes are copied whole.
fn quoted_printable(raw: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let blank = |b: u8| matches!(b, b' ' | b'\t' | 0x0C);
    let mut out = Vec::with_capacity(raw.len());
    // White space at the end of `out` since its last other byte.
    let mut trailing = 0;
    let mut crlf = false;
    let mut i = 0;
    while i < raw.len() {
        let Some(k) = memchr::memchr3(b'=', b'\n', b'\r', &raw[i..]) else {
            out.extend_from_slice(&raw[i..]);
            break;
        };
        let run = &raw[i..i + k];
        if !run.is_empty() {
            out.extend_from_slice(run);
            let blanks = run.iter().rev().take_while(|&&b| blank(b)).count();
            trailing = if blanks == run.len() { trailing + blanks } else { blanks };
        }
        i += k;
        match raw[i] {
            b'\r' => {
                crlf = true;
                i += 1;
            }
            b'\n' => {
                out.truncate(out.len() - trailing);
                out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
                trailing = 0;
                i += 1;
            }
            _ => {
                // `=`: white space after it is passed over; then a line
                // break makes it a soft one, two hex digits a byte.
                let mut j = i + 1;
                while raw.get(j).copied().is_some_and(blank) {
                    j += 1;
                }
                while raw.get(j) == Some(&b'\r') {
                    crlf = true;
                    j += 1;
                }
                match (raw.get(j).copied(), raw.get(j + 1).copied()) {
                    (Some(b'\n'), _) => i = j + 1,
                    (None, _) => i = j,
                    (Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                        out.push(hex(h).unwrap_or(0) << 4 | hex(l).unwrap_or(0));
                        trailing = 0;
                        i = j + 2;
                    }
                    // No escape: the `=` stays, and what follows is read on.
                    _ => {
                        out.push(b'=');
                        trailing = 0;
                        i = j;
                    }
                }
            }
        }
    }
    out
}

/// The bounces attached to `msg`, at most [`FORWARD_DEPTH`] levels down: a
/// message that is a bounce ([`looks_like_bounce`]) is read; any other
/// attached message (a forward of a forward) is looked into, not read. So
/// the original message a bounce returns, a user's own mail, adds nothing.
fn collect_forwarded(msg: &Message<'_>, out: &mut Collected, depth: usize) {
    if depth > FORWARD_DEPTH {
        return;
    }
    let mut visit = |inner: &Message<'_>| {
        if looks_like_bounce(inner) {
            collect_parts(inner, out);
        } else {
            collect_forwarded(inner, out, depth + 1);
        }
    };
    for part in &msg.parts {
        // An attached message encoded for transport (base64) was read by
        // the parser as it stands (see [`parser`]): it is decoded, then read.
        let transfer = Transfer::of(msg, part);
        let encoded = transfer != Transfer::Identity;
        // The same attached as a file (`Undeliverable.eml`,
        // `application/octet-stream`), as some clients forward it.
        let eml = matches!(part.body, PartType::Binary(_) | PartType::InlineBinary(_))
            && part.attachment_name().is_some_and(|n| n.to_ascii_lowercase().ends_with(".eml"));
        match &part.body {
            PartType::Message(inner) if !encoded => visit(inner),
            _ if eml || (encoded && is_attached_message(part)) => {
                let bytes = transfer.decode(raw_body(msg, part));
                if attached_messages(&bytes) <= MAX_ATTACHED_MESSAGES {
                    if let Some(inner) = parser().parse(bytes.as_ref()) {
                        visit(&inner);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A delivery report, or a message from a mail system about a delivery:
/// sent by the postmaster or mailer daemon, or titled as bounces are
/// (Exchange's `Undeliverable:`, Postfix's `Undelivered Mail Returned to
/// Sender`, Exim's `Mail delivery failed`, Sendmail's `Returned mail`,
/// qmail's `failure notice`, Gmail's `Delivery Status Notification`, and
/// the delay notices).
fn looks_like_bounce(msg: &Message<'_>) -> bool {
    if is_report(msg) {
        return true;
    }
    let from = msg.from().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or("").to_ascii_lowercase();
    let local = from.split('@').next().unwrap_or("");
    if ["postmaster", "mailer-daemon", "mail-daemon", "mailerdaemon"].contains(&local) {
        return true;
    }
    let subject = msg.subject().unwrap_or("").trim().to_ascii_lowercase();
    [
        "undeliverable",
        "undelivered mail",
        "delivery status notification",
        "mail delivery failed",
        "mail delivery failure",
        "returned mail",
        "failure notice",
        "delivery failure",
        "non-delivery",
        "nondeliverable",
        "delivery has failed",
        // Delay notices: Exchange's `Delivery delayed:`, Postfix's `Delayed
        // Mail (still being retried)`, Exim's `Warning: message … delayed
        // 24 hours`, Sendmail's `Warning: could not send message for past 4
        // hours` (QA round 50: one forwarded as an attachment was not read).
        "delivery delayed",
        "delayed mail",
        "warning: could not send message",
    ]
    .iter()
    .any(|p| subject.starts_with(p))
        || subject.starts_with("warning: message") && subject.contains(" delayed")
}

/// True for a `multipart/report` message (a DSN or a feedback report).
fn is_report(msg: &Message<'_>) -> bool {
    msg.content_type().is_some_and(|c| {
        c.ctype().eq_ignore_ascii_case("multipart") && c.subtype().is_some_and(|s| s.eq_ignore_ascii_case("report"))
    })
}

/// Turns HTML into text lines: tags dropped, block elements break lines,
/// the common entities decoded. Enough to read an NDR's HTML body. The
/// source's own line break right after a `<br>` (or a block's tag) is the
/// same break, not a second one: a body written `line<br>\n` gave an empty
/// line after each, and a folded DSN field or a wrapped reply was no longer
/// joined (QA round 46). Other line breaks of the source are kept: some
/// bodies are text with a few tags, laid out by their newlines.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    let mut broke = false;
    let text = |out: &mut String, raw: &str, broke: bool| {
        let raw = if broke { raw.strip_prefix("\r\n").or_else(|| raw.strip_prefix('\n')).unwrap_or(raw) } else { raw };
        out.push_str(&decode_entities(raw));
    };
    while let Some(lt) = rest.find('<') {
        if skip_until.is_none() {
            text(&mut out, &rest[..lt], broke);
        }
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        broke = false;
        if let Some(end) = skip_until {
            if tag.starts_with('/') && name == end {
                skip_until = None;
            }
        } else if (name == "style" || name == "script") && !tag.starts_with('/') {
            skip_until = Some(if name == "style" { "style" } else { "script" });
        } else if matches!(name.as_str(), "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "table" | "td")
        {
            out.push('\n');
            broke = true;
        }
        rest = &rest[lt + gt + 1..];
    }
    if skip_until.is_none() {
        text(&mut out, rest, broke);
    }
    out
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // An entity is short: `&nbsp;`, `&#8217;`, `&#x2019;`.
        let Some(semi) = rest.as_bytes()[..rest.len().min(10)].iter().position(|&b| b == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let decoded = match &rest[1..semi] {
            "nbsp" => Some(' '),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "amp" => Some('&'),
            n => n
                .strip_prefix("#x")
                .or_else(|| n.strip_prefix("#X"))
                .map(|h| u32::from_str_radix(h, 16).ok())
                .unwrap_or_else(|| n.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32)
                // NUL and other controls stay out of the text.
                .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                .map(|c| if c == '\u{a0}' { ' ' } else { c }),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes an Outlook `.msg`: transport headers, plain body (Unicode or
/// 8-bit property) and, if there is no plain body, the HTML body.
/// Property streams per [MS-OXMSG] §2.1.3: `__substg1.0_<tag><type>`.
pub fn decode_msg(bytes: &[u8]) -> Option<Decoded> {
    let mut comp = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let mut read = |name: &str| -> Option<Vec<u8>> {
        let mut s = comp.open_stream(name).ok()?;
        let mut v = Vec::new();
        s.read_to_end(&mut v).ok()?;
        Some(v)
    };
    let utf16 = |b: Vec<u8>| -> String {
        let units: Vec<u16> = b.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units).trim_end_matches('\0').to_string()
    };
    let text_prop = |read: &mut dyn FnMut(&str) -> Option<Vec<u8>>, tag: &str| -> Option<String> {
        read(&format!("/__substg1.0_{tag}001F"))
            .map(utf16)
            .or_else(|| read(&format!("/__substg1.0_{tag}001E")).map(|b| String::from_utf8_lossy(&b).into_owned()))
    };
    let subject = text_prop(&mut read, "0037");
    let headers = text_prop(&mut read, "007D");
    let body = text_prop(&mut read, "1000");
    let html = read("/__substg1.0_10130102").map(|b| html_to_text(&String::from_utf8_lossy(&b)));
    let mut out = Decoded { subject, ..Decoded::default() };
    if let Some(h) = headers {
        out.documents.push(Document::Text(h));
    }
    match (body, html) {
        (Some(b), _) if !b.trim().is_empty() => out.documents.push(Document::Text(b)),
        (_, Some(h)) => out.documents.push(Document::Text(h)),
        _ => {}
    }
    (!out.documents.is_empty() || out.subject.is_some()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_decodes_as_the_parser_did() {
        let cases: &[(&[u8], &[u8])] = &[
            (b"caf=C3=A9 ok\n", "café ok\n".as_bytes()),
            // A soft break, with white space after the `=`, and CRLF.
            (b"550 5.1.1 user =\nunknown", b"550 5.1.1 user unknown"),
            (b"a=  \r\nb\r\nc", b"ab\r\nc"),
            // White space at a line's end goes; encoded, it stays.
            (b"x  \ny=20\n", b"x\ny \n"),
            // An `=` that starts no escape stays as it is.
            (b"a=zz b=\"c\" 100%=", b"a=zz b=\"c\" 100%"),
            (b"=3D=3d", b"=="),
        ];
        for (raw, want) in cases {
            assert_eq!(quoted_printable(raw), *want, "{}", String::from_utf8_lossy(raw));
        }
    }

    #[test]
    fn transfer_encoding_is_read_from_the_raw_fields() {
        assert_eq!(
            Transfer::of_fields(b"Content-Type: text/plain\r\nContent-Transfer-Encoding: BASE64\r\n\r\n"),
            Transfer::Base64
        );
        assert_eq!(
            Transfer::of_fields(b"content-transfer-encoding:\n quoted-printable\nX: y\n"),
            Transfer::QuotedPrintable
        );
        assert_eq!(Transfer::of_fields(b"Content-Transfer-Encoding: 7bit\n"), Transfer::Identity);
        assert_eq!(Transfer::of_fields(b"X-Content-Transfer-Encoding: base64\n"), Transfer::Identity);
        assert_eq!(Transfer::of_fields(b""), Transfer::Identity);
    }

    #[test]
    fn only_the_parts_read_are_decoded_and_an_attached_base64_bounce_is_read() {
        // A report whose HTML is never read, and a bounce forwarded as a
        // base64 message/rfc822 part.
        let inner = "From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: text/plain\r\n\r\n<kijitora@example.org>: host mx.example.org said: 550 5.1.1 User unknown\r\n";
        let b64 = base64_encode(inner.as_bytes());
        let msg = format!(
            "From: user@example.com\r\nSubject: Fw: bounce\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n--b2\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nSee the bounce=\r\n below =E2=80=94 thanks\r\n--b2\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>See</p>\r\n--b2--\r\n--b1\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--b1--\r\n"
        );
        let texts = texts_of(&msg);
        assert!(texts.iter().any(|t| t.contains("See the bounce below — thanks")), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("550 5.1.1 User unknown")), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("<p>") || t.contains(&b64[..20])), "{texts:?}");
    }

    #[test]
    fn an_attached_bounce_is_read_by_its_own_offsets() {
        // Its part offsets count from the forward's start; its raw bytes are
        // its own. A GBK part is read again from those bytes (see
        // `text_of_part`), and so is a quoted-printable one.
        let inner = "From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"i\"\r\n\r\n--i\r\nContent-Type: text/plain; charset=gbk\r\n\r\n<kijitora@example.org>: 550 5.1.1 User unknown\r\n--i\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<mike@example.org>: 552 5.2.2 Mailbox =\r\nfull\r\n--i--\r\n";
        let msg = format!(
            "From: user@example.com\r\nSubject: Fw: bounce\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"o\"\r\n\r\n--o\r\nContent-Type: text/plain\r\n\r\nPlease look at this.\r\n--o\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--o--\r\n"
        );
        let texts = texts_of(&msg);
        assert!(texts.iter().any(|t| t == "<kijitora@example.org>: 550 5.1.1 User unknown"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "<mike@example.org>: 552 5.2.2 Mailbox full"), "{texts:?}");
    }

    /// The documents a message is read as, their text alone.
    fn texts_of(msg: &str) -> Vec<String> {
        let d = decode_eml(msg.as_bytes()).expect("a message");
        d.documents
            .into_iter()
            .map(|d| match d {
                Document::Text(t) | Document::DeliveryStatus(t) => t,
            })
            .collect()
    }

    fn base64_encode(b: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for (k, c) in b.chunks(3).enumerate() {
            if k > 0 && k % 19 == 0 {
                out.push_str("\r\n");
            }
            let n = (u32::from(c[0]) << 16)
                | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
                | u32::from(*c.get(2).unwrap_or(&0));
            for i in 0..4 {
                out.push(if i <= c.len() { A[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
            }
        }
        out
    }

    /// Parts `mail-parser` reads wrongly or not at all are read from their
    /// bytes (QA round 38): a GBK part, a base64 part cut short.
    #[test]
    fn chinese_and_cut_base64_parts_are_read() {
        let gbk = b"Remote Server returned '550 5.1.1 \xD3\xC3\xBB\xA7\xB2\xBB\xB4\xE6\xD4\xDA'\r\n";
        let b64 = |b: &[u8]| {
            const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            b.chunks(3)
                .flat_map(|c| {
                    let n = c.iter().enumerate().fold(0u32, |n, (i, &x)| n | u32::from(x) << (16 - 8 * i));
                    (0..4).map(move |k| if k <= c.len() { A[(n >> (18 - 6 * k) & 63) as usize] } else { b'=' })
                })
                .collect::<Vec<u8>>()
        };
        let head = "From: postmaster@example.com\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n";
        for charset in ["GBK", "gb2312", "GB18030"] {
            let eml = [
                format!(
                    "{head}Content-Type: text/plain; charset=\"{charset}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                )
                .as_bytes(),
                &b64(gbk),
                b"\r\n",
            ]
            .concat();
            let d = decode_eml(&eml).unwrap();
            let Document::Text(t) = &d.documents[0] else { panic!() };
            assert!(t.contains("550 5.1.1 用户不存在"), "{charset}: {t}");
        }
        // No charset, bytes of windows-1251: read in it, and said so.
        let ru = b"\xD3\xE4\xE0\xEB\xE5\xED\xED\xFB\xE9 \xF1\xE5\xF0\xE2\xE5\xF0 \xE2\xE5\xF0\xED\xF3\xEB '550 5.1.1 \xCF\xEE\xEB\xFC\xE7\xEE\xE2\xE0\xF2\xE5\xEB\xFC \xED\xE5 \xED\xE0\xE9\xE4\xE5\xED'\r\n";
        let eml = [format!("{head}Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").as_bytes(), ru]
            .concat();
        let d = decode_eml(&eml).unwrap();
        let Document::Text(t) = &d.documents[0] else { panic!() };
        assert!(t.contains("Удаленный сервер вернул '550 5.1.1 Пользователь не найден'"), "{t}");
        assert_eq!(d.code_page, Some((Some("windows-1251"), 1)));
        let text =
            b"Delivery has failed to these recipients.\r\n\r\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\r\n";
        let encoded = b64(text);
        let multipart = format!(
            "{head}Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        );
        // Cut inside the last group, and whole but without a closing boundary.
        for body in [&encoded[..encoded.len() - 2], &encoded[..]] {
            let eml = [multipart.as_bytes(), body].concat();
            let d = decode_eml(&eml).unwrap();
            let all: String = d
                .documents
                .iter()
                .map(|d| match d {
                    Document::Text(t) | Document::DeliveryStatus(t) => t.as_str(),
                })
                .collect();
            assert!(all.contains("RESOLVER.ADR.RecipNotFound"), "{all}");
        }
    }

    #[test]
    fn message_detection() {
        assert!(looks_like_message(b"Return-Path: <>\r\nReceived: from x\r\n\tby y\r\nSubject: z\r\n\r\nbody"));
        assert!(looks_like_message(b"From MAILER-DAEMON Thu Apr 29 23:34:45 2010\nFrom: a@b\nTo: c@d\n\nx"));
        assert!(!looks_like_message(b"Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1\n"));
        assert!(!looks_like_message(b"421 4.4.2 Connection dropped due to SocketError"));
        assert!(!looks_like_message(b"#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n"));
        // Headers past the 8 KiB looked at, cut at any byte (QA round 38:
        // inside a field's name, the message was read as plain text).
        for pad in 0..200 {
            let mut m = format!("Received: from a by b\r\nX-Pad: {}\r\n", "x".repeat(pad));
            while m.len() < 9000 {
                m.push_str("X-Microsoft-Antispam-Message-Info: abcdefghijklmnopqrstuvwxyz0123456789\r\n");
            }
            m.push_str("Subject: z\r\n\r\nbody\r\n");
            assert!(looks_like_message(m.as_bytes()), "pad {pad}");
        }
    }

    #[test]
    fn multipart_report_is_split_and_original_skipped() {
        let eml = "From: MAILER-DAEMON@example.jp\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<a@example.org>: host mx said: 550 5.1.1 =\r\nUser unknown\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--B\r\nContent-Type: message/rfc822\r\n\r\nFrom: me@example.jp\r\nSubject: hi\r\n\r\n550 5.7.1 not an error\r\n--B--\r\n";
        let d = decode_eml(eml.as_bytes()).unwrap();
        assert_eq!(d.subject.as_deref(), Some("Undelivered"));
        assert_eq!(d.documents.len(), 2);
        assert!(matches!(&d.documents[0], Document::Text(t) if t.contains("550 5.1.1 User unknown")));
        assert!(matches!(&d.documents[1], Document::DeliveryStatus(t) if t.contains("Status: 5.1.1")));
    }

    #[test]
    fn html_lines_end_once_and_a_cut_multipart_is_read() {
        // `<br>` and the source's line break after it are one break.
        let t = html_to_text(
            "said:<br>\r\n&nbsp; &nbsp; 550 5.1.1 unknown<br>\n&nbsp; &nbsp; user<div>\n  x</div>\nplain\ntext",
        );
        assert_eq!(t, "said:\n    550 5.1.1 unknown\n    user\n  x\nplain\ntext");
        // A forward cut before its closing delimiter keeps its last part.
        let eml = "From: a@example.org\r\nSubject: FW: Undeliverable\r\nMIME-Version: 1.0\r\n\
            Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n\
            --B\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n\
            UmVtb3RlIFNlcnZlciByZXR1cm5lZCAnNTUwIDUuMS4xIG5vdCBmb3VuZCc=\r\n";
        let d = decode_eml(eml.as_bytes()).expect("a message");
        let text: String = d
            .documents
            .iter()
            .map(|d| match d {
                Document::Text(t) | Document::DeliveryStatus(t) => t.as_str(),
            })
            .collect();
        assert!(text.contains("Remote Server returned '550 5.1.1 not found'"), "{text}");
    }

    /// A message cut before its closing delimiter: the parser reads its
    /// last part as plain text, whatever its type. Its declared type holds:
    /// cut HTML beside the text is not read (the error was counted twice,
    /// its tags in the finding's text), a cut attachment is not read.
    #[test]
    fn a_cut_last_part_keeps_its_declared_type() {
        let head = "From: postmaster@example.com\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n\
            Content-Type: multipart/alternative; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n\
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\r\n--B\r\n";
        let html = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
            <p style=3D\"color: red\">Remote Server returned &#39;550 5.1.1 RESOLVER.ADR.RecipNotFound; not=\r\n found&#39;</p>\r\n<p>More";
        let attachment = "Content-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: base64\r\n\r\n\
            eJ8+IjQSAQaQCAAEAAAAAAABAAEAAQeQBgAIAAAA5AQAAAAAAADoAAEIgAcAGAAAAElQTS5NaWNy";
        // Before, only an encoded last part was read as its type (by a
        // second parse with the delimiter added): plain HTML was read raw.
        let plain_html = "Content-Type: text/html\r\n\r\n<p>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>\r\n<p>More";
        for last in [html, plain_html, attachment] {
            assert_eq!(
                texts_of(&format!("{head}{last}")),
                ["Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"],
                "{last}"
            );
        }
        // Without a text part, the cut HTML is what is read, as text.
        let only_html = format!(
            "From: postmaster@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"B\"\r\n\r\n--B\r\n{html}"
        );
        let text = texts_of(&only_html).concat();
        assert!(text.contains("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"), "{text}");
        assert!(!text.contains("<p"), "{text}");
    }

    #[test]
    fn html_becomes_inert_text() {
        let t =
            html_to_text("<style>p{}</style><p>Remote Server returned &#39;550 5.1.1&#39;</p><script>x()</script>ok");
        assert_eq!(t.trim(), "Remote Server returned '550 5.1.1'\nok".trim());
    }

    #[test]
    fn entities_are_decoded_by_name_and_number_and_bad_ones_stay() {
        let t =
            html_to_text("couldn&#8217;t&nbsp;be &#x2019;found&#x27; &amp;&lt;b&gt; &#0; &bogus; 5 & 6 &#99999999; é&");
        assert_eq!(t, "couldn\u{2019}t be \u{2019}found' &<b> &#0; &bogus; 5 & 6 &#99999999; é&");
    }

    #[test]
    fn an_html_page_is_told_from_logs_and_xml() {
        for page in
            ["<!DOCTYPE html>\n<html>", "\u{feff}  <HTML xmlns:v=\"urn:schemas-microsoft-com:vml\">", "<head><meta>"]
        {
            assert!(looks_like_html(page.as_bytes()), "{page}");
        }
        for other in
            ["<?xml version=\"1.0\"?><Events>", "<htmlish>", "#Software: Microsoft Exchange", "text <html>", ""]
        {
            assert!(!looks_like_html(other.as_bytes()), "{other}");
        }
    }

    #[test]
    fn mbox_messages_are_all_read() {
        let one = "From MAILER-DAEMON Thu Apr 29 23:34:45 2015\nFrom: MAILER-DAEMON@example.jp\nSubject: x\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; RCPT\nAction: failed\nStatus: 5.1.1\n\n--B--\n";
        let mbox = format!("{}\n{}", one.replace("RCPT", "a@example.org"), one.replace("RCPT", "b@example.org"));
        let d = decode_eml(mbox.as_bytes()).unwrap();
        let dsn: Vec<&String> = d
            .documents
            .iter()
            .filter_map(|d| if let Document::DeliveryStatus(t) = d { Some(t) } else { None })
            .collect();
        assert_eq!(dsn.len(), 2);
        assert!(dsn[1].contains("b@example.org"));
    }

    #[test]
    fn the_human_readable_part_names_the_command() {
        let eml = "From: MAILER-DAEMON@example.jp\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n<a@example.org>: host mx said: 550 Unknown user (in reply to end of DATA\r\n    command)\r\n\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\nAction: failed\r\nStatus: 5.0.0\r\n\r\n--B--\r\n";
        let d = decode_eml(eml.as_bytes()).unwrap();
        let dsn = d.documents.iter().find_map(|d| if let Document::DeliveryStatus(t) = d { Some(t) } else { None });
        let dsn = dsn.unwrap();
        // Quoted as the bounce says it: the content was refused, not the verb.
        assert!(dsn.contains("X-Mailtriage-Command: end of DATA"), "{dsn}");
        assert!(dsn.contains("X-Mailtriage-Text: <a@example.org>: host mx said: 550 Unknown user"), "{dsn}");
    }

    /// A bounce a user forwarded as an attached file (`Undeliverable.eml`
    /// as `application/octet-stream`) is read like an attached message.
    #[test]
    fn a_report_attached_as_an_eml_file_is_read() {
        let report = "From: postmaster@contoso.example\r\nSubject: Undeliverable: hi\r\nMIME-Version: 1.0\r\n\
            Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n\
            --B\r\nContent-Type: text/plain\r\n\r\nDelivery has failed.\r\n\
            --B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;ex.contoso.example\r\n\r\n\
            Final-Recipient: rfc822;alice@fabrikam.example\r\nAction: failed\r\nStatus: 5.1.10\r\n\
            Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\r\n--B--\r\n";
        let outer = format!(
            "From: max@contoso.example\r\nSubject: FW: Undeliverable\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"O\"\r\n\r\n--O\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n\
             --O\r\nContent-Type: application/octet-stream; name=\"Undeliverable.eml\"\r\n\
             Content-Disposition: attachment; filename=\"Undeliverable.eml\"\r\n\r\n{report}\r\n--O--\r\n"
        );
        let d = decode_eml(outer.as_bytes()).expect("decoded");
        let dsn = d.documents.iter().find_map(|d| if let Document::DeliveryStatus(t) = d { Some(t) } else { None });
        assert!(dsn.is_some_and(|t| t.contains("RecipientNotFound")), "{:?}", d.documents);
    }

    #[test]
    fn garbage_msg_is_none() {
        assert!(decode_msg(b"not a compound file").is_none());
    }
}
