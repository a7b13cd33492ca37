//! JSON exports of delivery events (an e-mail service's webhook or API:
//! SendGrid, Mailgun, Amazon SES, Postmark, SparkPost, Mandrill, Brevo;
//! Microsoft Graph's message trace), read as the lines a bounce would give:
//! each record's SMTP reply under its recipient (`<user@host>: 550 5.1.1 …`,
//! the form of a Postfix bounce's recipient line), the escapes of JSON
//! decoded. Read as raw lines, a record's recipient sat on a line of its
//! own, its reply code in another field, and `\"` stayed in the evidence.

use serde_json::{Map, Value};

/// Largest JSON document read as records; a bigger one is read as lines
/// (a `Value` tree costs several times its text).
pub const MAX_JSON: usize = 8 << 20;

/// Nesting followed (a record is a few levels down; a hostile document can
/// be thousands).
const MAX_DEPTH: usize = 32;

/// True when the input may be JSON: after a byte-order mark and blanks it
/// opens with `{` or `[` followed by a quote, a brace or a bracket
/// (`[{LED=…` of a queue's LastError is no JSON).
pub fn looks_like_json(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut bytes = head.iter().copied().filter(|b| !b.is_ascii_whitespace());
    matches!(
        (bytes.next(), bytes.next(), bytes.next()),
        (Some(b'{'), Some(b'"' | b'}'), _)
            | (Some(b'['), Some(b'{'), Some(b'"' | b'}'))
            | (Some(b'['), Some(b'[' | b']' | b'"'), _)
    )
}

/// True when the input's first line is a whole JSON object of its own: NDJSON
/// (`journalctl -o json`, an e-mail service's event stream), read line by
/// line, each line as its record and under its own number, with no buffer.
pub fn first_line_is_a_record(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let Some(end) = memchr::memchr(b'\n', head) else { return false };
    matches!(serde_json::from_slice::<Value>(&head[..end]), Ok(Value::Object(m)) if !m.is_empty())
}

/// The text lines of a JSON document (or of JSON values one after another,
/// NDJSON), `None` when it is not JSON: each record's error texts, each
/// prefixed by its recipient (`<user@host>: `) when the record or one
/// around it names one, and by its reply and enhanced status codes when
/// those are fields of their own (`"code": 550`, `"status": "5.1.1"`) and
/// the text lacks them.
pub fn lines(bytes: &[u8]) -> Option<String> {
    read(bytes).map(|(text, _)| text)
}

/// Where a line of [`lines`] came from in the document: the line and byte
/// range of the JSON string its text was read from, so a finding points
/// into the file the user has, not into the lines made of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub line: u64,
    pub start: u64,
    pub end: u64,
}

/// [`lines`], with the [`Origin`] of each line (as many as the text has
/// lines).
pub fn read(bytes: &[u8]) -> Option<(String, Vec<Origin>)> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let doc = &bytes[bom..];
    let mut out = Out::default();
    for value in serde_json::Deserializer::from_slice(doc).into_iter::<Value>() {
        out.seen.clear();
        walk(&value.ok()?, None, 0, &mut out);
    }
    let budget = doc.len().saturating_mul(FIND_BUDGET).saturating_add(out.kept.len().saturating_mul(LINE_BUDGET));
    let mut finder = Finder { doc, at: 0, line: 1, last: Origin { line: 1, start: 0, end: 0 }, budget };
    let origins = out.kept.iter().map(|l| finder.origin(l, bom as u64)).collect();
    Some((out.text, origins))
}

/// Finds each line's text in the document, in document order: as JSON
/// escapes it, once (a field's value) or twice (a document inside a
/// string, Amazon SNS's `Message`), whole or, when the line was made of
/// more than the value (a recipient or codes before it, a reply's lines
/// joined), from one of its first words on and cut short. Not found, a line
/// takes the place of the one before it.
struct Finder<'a> {
    doc: &'a [u8],
    /// Where the last text was found, and its line.
    at: usize,
    line: u64,
    last: Origin,
    /// Bytes still to be searched: lines whose text is nowhere (a message
    /// made of a program's name and its text) each cost a few searches, and
    /// thousands of them in a big export must not cost a search of the
    /// whole document each. Spent, the rest take the place before them.
    budget: usize,
}

/// Searched bytes allowed per byte of the document, and per line (see
/// [`Finder::budget`]): about eight searches a line that miss.
const FIND_BUDGET: usize = 16;
const LINE_BUDGET: usize = 8 * (AHEAD + BEHIND);
/// How far after the last place found, and before it, a text is looked for:
/// records come in document order, each near the one before.
const AHEAD: usize = 32 << 10;
const BEHIND: usize = 8 << 10;

impl Finder<'_> {
    fn origin(&mut self, text: &str, bom: u64) -> Origin {
        // The recipient put before a record's text (`<a@b>: `) is not in it.
        let first = if text.starts_with('<') { text.find(">: ").map_or(0, |at| at + 3) } else { 0 };
        let suffixes =
            std::iter::once(first).chain(text[first..].match_indices(' ').map(|(i, _)| first + i + 1).take(4));
        for from in suffixes {
            let piece = &text[from..];
            let mut short = piece.len().min(32);
            while !piece.is_char_boundary(short) {
                short -= 1;
            }
            let pieces: &[&str] = if short < piece.len() { &[piece, &piece[..short]] } else { &[piece] };
            for &piece in pieces {
                if piece.trim().len() < 8 {
                    continue;
                }
                let once = serde_json::to_string(piece).unwrap_or_default();
                let once = &once[1..once.len() - 1];
                let twice = serde_json::to_string(once).unwrap_or_default();
                let twice = &twice[1..twice.len() - 1];
                // Each search once: a text with nothing to escape is its own
                // escaped form.
                let needles: &[&str] = if twice == once { &[once] } else { &[once, twice] };
                for needle in needles {
                    if let Some(at) = self.find(needle.as_bytes()) {
                        self.last =
                            Origin { line: self.line, start: bom + at as u64, end: bom + (at + needle.len()) as u64 };
                        return self.last;
                    }
                }
            }
        }
        self.last
    }

    /// The first place of `needle` from the last one found on (else from
    /// the start), with the line it is on.
    fn find(&mut self, needle: &[u8]) -> Option<usize> {
        let ahead = self.doc.get(self.at..(self.at + AHEAD).min(self.doc.len()))?;
        let back = self.at.saturating_sub(BEHIND);
        let behind = &self.doc[back..(self.at + needle.len()).min(self.doc.len())];
        if self.budget < ahead.len() + behind.len() {
            return None;
        }
        // What a search reads: up to its hit, or all of it.
        let at = match memchr::memmem::find(ahead, needle) {
            Some(p) => {
                self.budget -= p + needle.len();
                self.at + p
            }
            None => {
                self.budget -= ahead.len() + behind.len();
                back + memchr::memmem::find(behind, needle)?
            }
        };
        let between = |a: usize, b: usize| memchr::memchr_iter(b'\n', &self.doc[a..b]).count() as u64;
        self.line = if at >= self.at { self.line + between(self.at, at) } else { self.line - between(at, self.at) };
        self.at = at;
        Some(at)
    }
}

/// The lines read so far, and those of the current item: a line an item
/// holds twice is one (an Elasticsearch hit's `message` and its
/// `event.original`), while two items may hold the same line (one log line
/// logged twice).
#[derive(Default)]
struct Out {
    text: String,
    seen: std::collections::HashSet<String>,
    /// The lines of `text`, one each, for their [`Origin`].
    kept: Vec<String>,
}

impl Out {
    fn emit(&mut self, line: String) {
        // A shorter copy of a line the item gave (ECS's `message` beside
        // its `event.original`, the raw line) is none either.
        let inside = self.seen.len() < 64 && self.seen.iter().any(|s| s.contains(line.as_str()));
        if !line.trim().is_empty() && !inside && self.seen.insert(line.clone()) {
            // A text's own line breaks (a value that is a whole document)
            // are lines of `text`: each gets its origin.
            for piece in line.split('\n') {
                self.kept.push(piece.to_string());
            }
            self.text.push_str(&line);
            self.text.push('\n');
        }
    }
}

/// Keys whose value names the recipient (compared without case, `-` and `_`).
const RECIPIENT_KEYS: [&str; 6] = ["email", "emailaddress", "recipient", "recipientaddress", "rcptto", "address"];

/// Keys whose number is an SMTP reply code (`"code": 550`, `"error_code":
/// "554"`); not a service's own type codes (Postmark's `TypeCode`).
const REPLY_KEYS: [&str; 8] =
    ["code", "errorcode", "smtpcode", "status", "statuscode", "responsecode", "replycode", "smtpstatus"];

/// Keys whose text is the message's, not its delivery's: a subject saying
/// "Undeliverable" is no error.
const SKIPPED_KEYS: [&str; 10] =
    ["subject", "from", "sender", "to", "headers", "useragent", "url", "tags", "cmdline", "process"];

fn key_is(key: &str, list: &[&str]) -> bool {
    let k: String = key.chars().filter(|c| *c != '-' && *c != '_').flat_map(char::to_lowercase).collect();
    list.contains(&k.as_str())
}

fn walk(value: &Value, recipient: Option<&str>, depth: usize, out: &mut Out) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                // Each item is a scope of its own (see [`Out`]).
                let scope = std::mem::take(&mut out.seen);
                walk(item, recipient, depth + 1, out);
                out.seen = scope;
            }
        }
        Value::Object(map) => record(map, recipient, depth, out),
        Value::String(s) => {
            if let Some(inner) = json_in(s) {
                return walk(&inner, recipient, depth + 1, out);
            }
            // A list of log lines or reply texts (`["postfix/smtp[1]: …",
            // …]`): each is a line, under the recipient around it.
            for text in texts_of(s) {
                out.emit(recipient.map_or(text.clone(), |r| format!("<{r}>: {text}")));
            }
        }
        _ => {}
    }
}

/// The text lines of a string value: none for a word or a name; one for a
/// reply, its lines (`\n` in the JSON) joined when each starts with its
/// code (`550-5.1.1 …\n550 5.1.1 …`, Gmail's `5.1.1 …\n5.1.1 …`); each
/// line of its own for a document (a log, a bounce's text).
fn texts_of(s: &str) -> Vec<String> {
    if !s.contains(' ') {
        return Vec::new();
    }
    let lines: Vec<&str> = s.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).collect();
    let reply = lines.iter().all(|l| l.trim_start().as_bytes().first().is_some_and(u8::is_ascii_digit));
    if lines.len() <= 2 || reply { vec![one_line(s)] } else { lines.into_iter().map(str::to_string).collect() }
}

/// Keys of a log record's message (systemd's journal and syslog-ng
/// `MESSAGE`, ECS and rsyslog `message`, `msg`).
const MESSAGE_KEYS: [&str; 4] = ["MESSAGE", "message", "msg", "MSG"];

/// The program a log record's message came from, as a syslog line names it
/// (`postfix/smtpd[2101]: `), from the fields log shippers keep it in: the
/// systemd journal's `SYSLOG_IDENTIFIER` and `_PID` (`journalctl -o json`),
/// rsyslog's `syslogtag`, syslog-ng's `PROGRAM` and `PID`, ECS's `process`
/// (`name`, `pid`: Filebeat, Elastic Agent). Without it a Postfix line is
/// read with no program, and with it go its side and its client's address.
fn program_of(map: &Map<String, Value>) -> Option<String> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let field = |keys: &[&str]| keys.iter().find_map(|k| map.get(*k)).and_then(text).filter(|s| !s.is_empty());
    if let Some(tag) = field(&["syslogtag", "syslog-tag", "syslog_tag"]) {
        return Some(format!("{}: ", tag.trim_end_matches(':')));
    }
    let process = map.get("process").and_then(Value::as_object);
    let name = field(&["SYSLOG_IDENTIFIER", "PROGRAM", "program", "programname"])
        .or_else(|| process.and_then(|p| p.get("name")).and_then(text))?;
    let pid = field(&["_PID", "SYSLOG_PID", "PID", "pid", "procid"])
        .or_else(|| process.and_then(|p| p.get("pid")).and_then(text));
    Some(pid.map_or_else(|| format!("{name}: "), |p| format!("{name}[{p}]: ")))
}

/// The JSON document a string holds (Amazon SNS's `Message`), if it holds one.
fn json_in(s: &str) -> Option<Value> {
    s.trim_start().starts_with('{').then(|| serde_json::from_str::<Value>(s).ok()).flatten()
}

/// `s` on one line: a reply's lines (`\n` in the JSON) joined by blanks;
/// other spacing kept (a syslog stamp's `Dec  1`).
fn one_line(s: &str) -> String {
    s.trim().replace(['\r', '\n', '\t'], " ")
}

/// An enhanced status code alone (`5.1.1`).
fn is_status(s: &str) -> bool {
    let mut parts = s.split('.');
    let class = parts.next().filter(|c| matches!(*c, "2" | "4" | "5"));
    let rest: Vec<&str> = parts.collect();
    class.is_some()
        && rest.len() == 2
        && rest.iter().all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A reply code alone (`550`, as a number or a string).
fn reply_of(v: &Value) -> Option<u16> {
    let n = match v {
        Value::Number(n) => n.as_u64()?,
        Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    (400..600).contains(&n).then_some(n as u16)
}

/// Whether `text` has a reply or status code of its own.
fn has_code(text: &str) -> bool {
    let (status, reply) = codes_in(text);
    status || reply
}

/// The first enhanced status and reply codes of `text`: two texts of a
/// record with the same are one reply told twice.
fn first_codes(text: &str) -> (Option<&str>, Option<&str>) {
    let words = || text.split(|c: char| !(c.is_ascii_digit() || c == '.')).map(|w| w.trim_end_matches('.'));
    let status = words().find(|w| is_status(w));
    let reply = words().find(|w| w.len() == 3 && w.parse::<u16>().is_ok_and(|n| (400..600).contains(&n)));
    (status, reply)
}

/// Whether `text` has an enhanced status code, and a reply code, of its own.
fn codes_in(text: &str) -> (bool, bool) {
    let (status, reply) = first_codes(text);
    (status.is_some(), reply.is_some())
}

fn record(map: &Map<String, Value>, inherited: Option<&str>, depth: usize, out: &mut Out) {
    let own = map.iter().find_map(|(k, v)| {
        let a = v.as_str().map(str::trim).filter(|a| a.matches('@').count() == 1 && !a.contains([' ', '<', '>']));
        a.filter(|_| key_is(k, &RECIPIENT_KEYS))
    });
    let recipient = own.or(inherited);
    let program = program_of(map);
    let (mut reply, mut status) = (None, None);
    let mut texts: Vec<String> = Vec::new();
    for (k, v) in map {
        if key_is(k, &SKIPPED_KEYS) || key_is(k, &RECIPIENT_KEYS) {
            continue;
        }
        if let Some(inner) = v.as_str().and_then(json_in) {
            walk(&inner, recipient, depth + 1, out);
            continue;
        }
        if MESSAGE_KEYS.contains(&k.as_str()) {
            if let Some(program) = &program {
                // Not UTF-8, journalctl writes the message as its bytes.
                let message = match v {
                    Value::Array(b) => {
                        let bytes: Option<Vec<u8>> =
                            b.iter().map(|n| n.as_u64().and_then(|n| u8::try_from(n).ok())).collect();
                        bytes.map(|b| String::from_utf8_lossy(&b).into_owned())
                    }
                    _ => v.as_str().map(str::to_string),
                };
                if let Some(m) = message {
                    let m = m.trim();
                    // Filebeat's `message` may still be the whole line.
                    let tag = program.trim_end_matches([' ', ':']);
                    texts.push(if m.contains(tag) { m.to_string() } else { format!("{program}{m}") });
                }
                continue;
            }
        }
        match v {
            Value::String(s) if is_status(s.trim()) => status = status.or(Some(s.trim())),
            Value::String(s) => {
                let mut t = texts_of(s);
                if t.len() > 1 {
                    // A document: its own lines, as a file of them would be.
                    t.into_iter().for_each(|line| out.emit(line));
                } else {
                    texts.append(&mut t);
                }
            }
            Value::Object(_) | Value::Array(_) => walk(v, recipient, depth + 1, out),
            _ if key_is(k, &REPLY_KEYS) => reply = reply.or_else(|| reply_of(v)),
            _ => {}
        }
    }
    // Beside a reply, a record's other texts describe it (Postmark's
    // "unable to deliver your message (ex: unknown user, …)" for every hard
    // bounce): the reply is the evidence, its fullest copy (SparkPost gives
    // it twice, `raw_reason` and `reason` with the address masked).
    if texts.iter().any(|t| has_code(t)) {
        let mut kept: Vec<String> = Vec::new();
        for t in texts.into_iter().filter(|t| has_code(t)) {
            match kept.iter_mut().find(|k| first_codes(k) == first_codes(&t)) {
                Some(k) if t.len() > k.len() => *k = t,
                Some(_) => {}
                None => kept.push(t),
            }
        }
        texts = kept;
    }
    for text in texts {
        let mut line = recipient.map_or_else(String::new, |r| format!("<{r}>: "));
        let (has_status, has_reply) = codes_in(&text);
        if let Some(code) = reply.filter(|_| !has_reply) {
            line.push_str(&format!("{code} "));
        }
        if let Some(s) = status.filter(|_| !has_status && !has_reply) {
            line.push_str(s);
            line.push(' ');
        }
        line.push_str(&text);
        out.emit(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ndjson_is_told_by_its_first_line() {
        assert!(first_line_is_a_record(b"{\"a\":\"b\"}\r\n{\"c\":1}\n"));
        for doc in [&b"{\n  \"a\": 1\n}\n"[..], b"[{\"a\":1}]", b"{}\n{}\n", b"{\"a\":1}"] {
            assert!(!first_line_is_a_record(doc), "{}", String::from_utf8_lossy(doc));
        }
    }

    /// Each line made of a record points at the value it was read from:
    /// findings name the document's lines (QA round 37: line 29 of a
    /// 28-line file), also through a document inside a string (SNS).
    #[test]
    fn lines_point_into_the_document() {
        let doc = "{\n  \"event\": \"bounce\",\n  \"email\": \"sam@example.com\",\n  \"reason\": \"550 5.1.1 The email account that you tried to reach does not exist\"\n}\n";
        let (text, origins) = read(doc.as_bytes()).unwrap();
        assert_eq!(text.lines().count(), origins.len());
        let o = origins[0];
        assert_eq!(o.line, 4);
        assert!(doc[o.start as usize..o.end as usize].starts_with("550 5.1.1 The email"), "{o:?}");
        let sns = r#"{"Type":"Notification",
"Message":"{\"bounce\":{\"bouncedRecipients\":[{\"emailAddress\":\"sam@example.com\",\"diagnosticCode\":\"smtp; 550 5.1.1 User unknown\"}]}}"}"#;
        let (_, origins) = read(sns.as_bytes()).unwrap();
        assert_eq!(origins.iter().map(|o| o.line).collect::<Vec<_>>(), [2]);
        let bom = format!("\u{feff}{doc}");
        let (_, origins) = read(bom.as_bytes()).unwrap();
        assert_eq!(origins[0].start, o.start + 3, "offsets count the byte-order mark");
    }

    /// Texts the document writes with escapes of its own (`caf\u00e9`) are
    /// found by a later word; thousands of them cost a bounded search each
    /// (a first version searched the whole document for each: 37 s for
    /// 1.7 MB of them).
    #[test]
    fn escaped_texts_are_found_by_a_later_word() {
        let recs: Vec<String> = (0..2000)
            .map(|i| {
                format!("{{\"email\":\"u{i}@example.org\",\"reason\":\"550 5.1.1 caf\\u00e9 user unknown here {i}\"}}")
            })
            .collect();
        let doc = format!("[\n{}\n]\n", recs.join(",\n"));
        let (text, origins) = read(doc.as_bytes()).unwrap();
        assert_eq!(text.lines().count(), 2000);
        let wrong: Vec<(usize, &Origin)> =
            origins.iter().enumerate().filter(|(i, o)| o.line != *i as u64 + 2).take(3).collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    #[test]
    fn json_is_told_from_text_that_opens_with_a_bracket() {
        for json in ["{\"event\":\"bounce\"}", "\u{feff} [\n {\"a\":1}]", "[]", "{}"] {
            assert!(looks_like_json(json.as_bytes()), "{json}");
        }
        for text in ["[{LED=550 4.4.7 QUEUE.Expired}]", "{LastError}", "#Fields: date-time", "550 5.1.1", ""] {
            assert!(!looks_like_json(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn each_records_error_comes_under_its_recipient_with_the_codes_of_its_fields() {
        // Amazon SES: two recipients, two causes; the SNS envelope holds the
        // notification as a string.
        let ses = r#"{"Type":"Notification","Message":"{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"sam@example.com\",\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 User unknown\"},{\"emailAddress\":\"tina@example.net\",\"status\":\"5.7.1\",\"diagnosticCode\":\"smtp; 554 5.7.1 Service unavailable; Client host [54.240.8.1] blocked using b.barracudacentral.org\"}]},\"mail\":{\"source\":\"noreply@example.com\",\"destination\":[\"sam@example.com\"]}}"}"#;
        assert_eq!(
            lines(ses.as_bytes()).unwrap(),
            "<sam@example.com>: smtp; 550 5.1.1 User unknown\n\
             <tina@example.net>: smtp; 554 5.7.1 Service unavailable; Client host [54.240.8.1] blocked using b.barracudacentral.org\n"
        );
        // Mailgun: the recipient a level up, the reply code a field of its own.
        let mailgun = r#"{"event-data":{"recipient":"invalid@example.com","reason":"bounce","message":{"headers":{"subject":"Undeliverable: test"}},"delivery-status":{"code":550,"mx-host":"aspmx.l.google.com","description":"","message":"5.1.1 The email account that you tried to reach does not exist.\n5.1.1 Please try again"}}}"#;
        assert_eq!(
            lines(mailgun.as_bytes()).unwrap(),
            "<invalid@example.com>: 550 5.1.1 The email account that you tried to reach does not exist. 5.1.1 Please try again\n"
        );
        // Postmark: its fixed description beside the reply is no second error.
        let postmark = r#"{"Type":"HardBounce","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;554 5.7.1 Client host [50.31.156.6] blocked using zen.spamhaus.org","Email":"olaf@example.de","Subject":"Hi"}"#;
        assert_eq!(
            lines(postmark.as_bytes()).unwrap(),
            "<olaf@example.de>: smtp;554 5.7.1 Client host [50.31.156.6] blocked using zen.spamhaus.org\n"
        );
        // A service's own type code is no reply; a text given twice is one.
        let postmark = r#"{"Type":"SpamComplaint","TypeCode":512,"Details":"Test spam complaint details","Email":"spam@example.com"}"#;
        assert_eq!(lines(postmark.as_bytes()).unwrap(), "<spam@example.com>: Test spam complaint details\n");
        let mailgun = r#"{"recipient":"pat@legacy.example","delivery-status":{"code":421,"description":"TLS is required but the remote MX did not offer STARTTLS","message":"TLS is required but the remote MX did not offer STARTTLS"}}"#;
        assert_eq!(
            lines(mailgun.as_bytes()).unwrap(),
            "<pat@legacy.example>: 421 TLS is required but the remote MX did not offer STARTTLS\n"
        );
        // NDJSON; a record without an error gives nothing; a status alone
        // joins the record's text.
        let nd = "{\"email\":\"a@b.example\",\"event\":\"delivered\",\"response\":\"250 2.0.0 OK\"}\n{\"email\":\"c@d.example\",\"event\":\"dropped\",\"status\":\"5.7.1\",\"reason\":\"Bounced Address\"}\n";
        assert_eq!(
            lines(nd.as_bytes()).unwrap(),
            "<a@b.example>: 250 2.0.0 OK\n<c@d.example>: 5.7.1 Bounced Address\n"
        );
        // A journal entry is read as its syslog line; a list of lines, line by line.
        let journal = r#"{"_HOSTNAME":"mx1","SYSLOG_IDENTIFIER":"postfix/smtpd","_PID":"1001","_CMDLINE":"smtpd -n smtp -t inet","MESSAGE":"lost connection after STARTTLS from unknown[192.0.2.9]"}"#;
        assert_eq!(
            lines(journal.as_bytes()).unwrap(),
            "postfix/smtpd[1001]: lost connection after STARTTLS from unknown[192.0.2.9]\n"
        );
        let list = r#"["Dec  1 00:00:01 mx postfix/smtp[7]: to=<a@b.example>, status=bounced (host x[192.0.2.1] said: 550 5.1.1 no)", "ok"]"#;
        assert_eq!(
            lines(list.as_bytes()).unwrap(),
            "Dec  1 00:00:01 mx postfix/smtp[7]: to=<a@b.example>, status=bounced (host x[192.0.2.1] said: 550 5.1.1 no)\n"
        );
        // An Elasticsearch hit's line given twice (message, event.original)
        // is one; two hits may hold the same line; `_source` is no sender.
        let es = r#"{"hits":{"hits":[{"_source":{"message":"postfix/smtpd[1]: lost connection after STARTTLS from unknown[192.0.2.9]","event":{"original":"postfix/smtpd[1]: lost connection after STARTTLS from unknown[192.0.2.9]"}}},{"_source":{"message":"postfix/smtpd[1]: lost connection after STARTTLS from unknown[192.0.2.9]"}}]}}"#;
        assert_eq!(
            lines(es.as_bytes()).unwrap(),
            "postfix/smtpd[1]: lost connection after STARTTLS from unknown[192.0.2.9]\n".repeat(2)
        );
        // ECS (Filebeat): the program from `process`, the raw line in
        // `event.original` beside `message`, one line.
        let ecs = r#"{"event":{"original":"Dec  6 10:01:01 mx1 postfix/smtpd[2101]: connect from x.example[198.51.100.10]"},"message":"connect from x.example[198.51.100.10]","process":{"name":"postfix/smtpd","pid":2101}}
{"message":"lost connection after STARTTLS from x.example[198.51.100.10]","process":{"name":"postfix/smtpd","pid":2101}}
{"syslogtag":"postfix/smtp[7]:","msg":" to=<a@b.example>, status=bounced (host m[192.0.2.1] said: 550 5.1.1 no)"}"#;
        assert_eq!(
            lines(ecs.as_bytes()).unwrap(),
            "Dec  6 10:01:01 mx1 postfix/smtpd[2101]: connect from x.example[198.51.100.10]\n\
             postfix/smtpd[2101]: lost connection after STARTTLS from x.example[198.51.100.10]\n\
             postfix/smtp[7]: to=<a@b.example>, status=bounced (host m[192.0.2.1] said: 550 5.1.1 no)\n"
        );
        // A journal message that is not UTF-8 comes as its bytes.
        let bytes =
            r#"{"SYSLOG_IDENTIFIER":"postfix/smtp","_PID":"7","MESSAGE":[115,97,105,100,58,32,53,53,48,32,255]}"#;
        assert_eq!(lines(bytes.as_bytes()).unwrap(), "postfix/smtp[7]: said: 550 \u{FFFD}\n");
        // A document in a string (a bounce's text, a log): its own lines.
        let doc = r#"{"body":"This is the mail system at host mx.example.\nI'm sorry to have to inform you that your message could not\nbe delivered.\n<bob@remote.example>: host mx.remote.example[192.0.2.55] said: 550 5.1.1 User unknown"}"#;
        assert_eq!(
            lines(doc.as_bytes()).unwrap().lines().last(),
            Some("<bob@remote.example>: host mx.remote.example[192.0.2.55] said: 550 5.1.1 User unknown")
        );
        // Not JSON after all; nesting past the limit is not followed.
        assert_eq!(lines(b"{\"a\": 1} trailing words"), None);
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        assert!(lines(deep.as_bytes()).is_none_or(|t| t.is_empty()));
    }
}
