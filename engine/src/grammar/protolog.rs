//! Exchange SMTP Send/Receive protocol logs (W3C-style header + CSV rows).
//!
//! ```text
//! #Software: Microsoft Exchange Server
//! #Version: 15.0.0.0
//! #Log-type: SMTP Send Protocol Log
//! #Date: 2019-03-21T13:01:06.525Z
//! #Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context
//! 2019-03-21T13:01:06.534Z,Outbound to Office 365,08D6A8D416004F78,0,,x.x.x.x:25,*,,attempting to connect
//! ```
//! Quoting follows RFC 4180 as Exchange writes it: a field with a comma or a
//! quote is wrapped in `"…"` and an inner `"` is doubled.

use nom::{
    IResult, Parser,
    bytes::complete::{tag_no_case, take_till},
    character::complete::space0,
};
use std::borrow::Cow;

/// The columns a row can have; unknown names are kept as `Other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    DateTime,
    ConnectorId,
    SessionId,
    SequenceNumber,
    LocalEndpoint,
    RemoteEndpoint,
    Event,
    Data,
    Context,
    Other(String),
}

impl Field {
    fn from_name(name: &str) -> Self {
        match name.trim().to_ascii_lowercase().as_str() {
            "date-time" => Field::DateTime,
            "connector-id" => Field::ConnectorId,
            "session-id" => Field::SessionId,
            "sequence-number" => Field::SequenceNumber,
            "local-endpoint" => Field::LocalEndpoint,
            "remote-endpoint" => Field::RemoteEndpoint,
            "event" => Field::Event,
            "data" => Field::Data,
            "context" => Field::Context,
            other => Field::Other(other.to_string()),
        }
    }
}

/// The column order Exchange 2013–2019 writes, used when a paste lacks `#Fields`.
pub fn default_fields() -> Vec<Field> {
    "date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context"
        .split(',')
        .map(Field::from_name)
        .collect()
}

/// A header directive: `#Name: value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Header<'a> {
    Software(&'a str),
    Version(&'a str),
    /// `SMTP Send Protocol Log` / `SMTP Receive Protocol Log`.
    LogType(&'a str),
    Date(&'a str),
    Fields(Vec<Field>),
    Other(&'a str, &'a str),
}

/// `header-line = "#" name ":" SP value` — the names are matched without case
/// because real files write `#Log-type` and the documentation `#Log-Type`.
pub fn header_line(i: &str) -> IResult<&str, Header<'_>> {
    let (i, _) = nom::character::complete::char('#').parse(i)?;
    let (i, name) = take_till(|c| c == ':').parse(i)?;
    let (i, _) = nom::character::complete::char(':').parse(i)?;
    let (value, _) = space0.parse(i)?;
    let value = value.trim_end();
    let h = match name.to_ascii_lowercase().as_str() {
        "software" => Header::Software(value),
        "version" => Header::Version(value),
        "log-type" => Header::LogType(value),
        "date" => Header::Date(value),
        "fields" => Header::Fields(value.split(',').map(Field::from_name).collect()),
        _ => Header::Other(name, value),
    };
    Ok(("", h))
}

/// `#Log-type: SMTP Send Protocol Log` → outbound (we sent), `… Receive …` →
/// inbound; another log type says nothing about direction.
pub fn log_type_direction(log_type: &str) -> Option<crate::types::Direction> {
    let t = log_type.to_ascii_lowercase();
    if t.contains("send") {
        Some(crate::types::Direction::Outbound)
    } else if t.contains("receive") {
        Some(crate::types::Direction::Inbound)
    } else {
        None
    }
}

/// True for `#Software: Microsoft Exchange…`, the first line of every file.
pub fn is_exchange_header(line: &str) -> bool {
    let l = line.trim_start_matches('\u{feff}');
    tag_no_case::<_, _, nom::error::Error<&str>>("#Software: Microsoft Exchange").parse(l).is_ok()
}

/// `record = field *("," field)` where `field = quoted / bare`,
/// `quoted = DQUOTE *(not-dquote / 2DQUOTE) DQUOTE`.
///
/// Fills `out` with the fields of one row. Borrowed unless a field holds a
/// doubled quote. A quote left open at the end of the line runs to the end
/// (truncated logs).
pub fn csv_record<'a>(line: &'a str, out: &mut Vec<Cow<'a, str>>) {
    out.clear();
    out.extend(Fields::new(line));
}

/// The fields of one row, without allocating (see [`csv_record`]).
pub struct Fields<'a> {
    line: &'a str,
    pos: usize,
    done: bool,
}

impl<'a> Fields<'a> {
    pub fn new(line: &'a str) -> Self {
        Self { line, pos: 0, done: false }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = Cow<'a, str>;

    fn next(&mut self) -> Option<Cow<'a, str>> {
        if self.done {
            return None;
        }
        let line = self.line;
        let bytes = line.as_bytes();
        let pos = self.pos;
        if bytes.get(pos) == Some(&b'"') {
            let start = pos + 1;
            let mut i = start;
            let mut doubled = false;
            let end = loop {
                match memchr_quote(&bytes[i..]) {
                    Some(off) => {
                        let q = i + off;
                        if bytes.get(q + 1) == Some(&b'"') {
                            doubled = true;
                            i = q + 2;
                        } else {
                            break q;
                        }
                    }
                    None => break bytes.len(),
                }
            };
            let raw = &line[start..end];
            // Skip to the next comma (tolerates junk after a closing quote).
            match find_comma(bytes, end.min(bytes.len())) {
                Some(c) => self.pos = c + 1,
                None => self.done = true,
            }
            Some(if doubled { Cow::Owned(raw.replace("\"\"", "\"")) } else { Cow::Borrowed(raw) })
        } else {
            match find_comma(bytes, pos) {
                Some(end) => {
                    self.pos = end + 1;
                    Some(Cow::Borrowed(&line[pos..end]))
                }
                None => {
                    self.done = true;
                    Some(Cow::Borrowed(&line[pos..]))
                }
            }
        }
    }
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;
/// Eight commas, to XOR a word with: a comma becomes a zero byte.
const COMMAS: u64 = LO * b',' as u64;

/// The next `,` at or after `from`. Bare fields are short (an id, an
/// endpoint, one event character), where a call into `memchr` costs more than
/// the search: this reads eight bytes at a time in a plain `u64` (SWAR), so
/// it runs the same natively and in wasm.
#[inline]
fn find_comma(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8])) ^ COMMAS;
        // The classic zero-byte test: a borrow only runs upward from a real
        // zero byte, so its lowest flag — the only one used — is exact.
        let hit = x.wrapping_sub(LO) & !x & HI;
        if hit != 0 {
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(|&b| b == b',').map(|p| i + p)
}

fn memchr_quote(b: &[u8]) -> Option<usize> {
    memchr::memchr(b'"', b)
}

/// `ip:port`, `[v6]:port` or a bare IP → the IP part.
pub fn endpoint_ip(endpoint: &str) -> Option<&str> {
    let e = endpoint.trim();
    if e.is_empty() {
        return None;
    }
    if let Some(rest) = e.strip_prefix('[') {
        return rest.split(']').next();
    }
    match e.rsplit_once(':') {
        Some((ip, port)) if !ip.contains(':') && port.bytes().all(|b| b.is_ascii_digit()) => Some(ip),
        _ => Some(e),
    }
}

/// True when a line looks like a protocol-log row: an ISO date-time, a comma.
pub fn looks_like_row(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() <= 25 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' || b[10] != b'T' {
        return false;
    }
    // Exchange writes `yyyy-MM-ddTHH:mm:ss.fffZ,`: that exact shape has no
    // comma before the one at byte 24, so no search is needed.
    let shape = b"dddd-dd-ddTdd:dd:dd.dddZ,";
    if b[..shape.len()].iter().zip(shape).all(|(&c, &s)| if s == b'd' { c.is_ascii_digit() } else { c == s }) {
        return true;
    }
    b[..30.min(b.len())].contains(&b',') && b.get(memchr::memchr(b',', b).unwrap_or(0).saturating_sub(1)) == Some(&b'Z')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_comma_matches_a_plain_search() {
        // Every offset in lines with commas at every position of a word, and
        // bytes (0x80+, 0x2b/0x2d beside ',') that could confuse a SWAR test.
        let lines: [&[u8]; 5] = [
            b"",
            b",",
            "08DE5A010000001F,0,Отправка в Интернет,,[2001:db8::1]:25,+-,".as_bytes(),
            b"\x2b\x2d\x2c\xff\x80\x81,,\x2c",
            b"no comma in this line at all, but here",
        ];
        for line in lines {
            for from in 0..=line.len() {
                let want = line[from..].iter().position(|&b| b == b',').map(|p| from + p);
                assert_eq!(find_comma(line, from), want, "{line:?} from {from}");
            }
        }
    }

    #[test]
    fn header_lines() {
        assert_eq!(
            header_line("#Log-type: SMTP Send Protocol Log").unwrap().1,
            Header::LogType("SMTP Send Protocol Log")
        );
        assert_eq!(header_line("#LOG-TYPE: x").unwrap().1, Header::LogType("x"));
        let Header::Fields(f) = header_line("#Fields: date-time,connector-id,event,custom").unwrap().1 else {
            panic!()
        };
        assert_eq!(f, vec![Field::DateTime, Field::ConnectorId, Field::Event, Field::Other("custom".into())]);
        assert!(is_exchange_header("\u{feff}#Software: Microsoft Exchange Server"));
    }

    #[test]
    fn csv_quoting_as_exchange_writes_it() {
        let mut out = Vec::new();
        let line = r#"2023-01-11T16:00:00.000Z,SRV\Default Frontend SRV,08DAF3,7,10.0.0.1:25,10.0.0.2:5123,*,,"TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_128 with strength 128 bits, MAC hash algorithm CALG_SHA_256 with strength 0 bits""#;
        csv_record(line, &mut out);
        assert_eq!(out.len(), 9);
        assert!(out[8].starts_with("TLS protocol SP_PROT_TLS1_2_SERVER"));
        assert!(out[8].contains(", MAC hash"));
        csv_record(r#"a,"say ""hi"", ok",c"#, &mut out);
        assert_eq!(out, vec!["a", "say \"hi\", ok", "c"]);
        csv_record("a,,", &mut out);
        assert_eq!(out, vec!["a", "", ""]);
        csv_record(r#"a,"unterminated, quote"#, &mut out);
        assert_eq!(out, vec!["a", "unterminated, quote"]);
    }

    #[test]
    fn endpoints() {
        assert_eq!(endpoint_ip("104.47.0.1:25"), Some("104.47.0.1"));
        assert_eq!(endpoint_ip("[2a01:111::1]:25"), Some("2a01:111::1"));
        assert_eq!(endpoint_ip("2a01:111::1"), Some("2a01:111::1"));
        assert_eq!(endpoint_ip(""), None);
    }

    #[test]
    fn row_shape() {
        assert!(looks_like_row(
            "2019-03-21T13:01:06.534Z,Outbound to Office 365,08D6A8D416004F78,0,,x:25,*,,attempting"
        ));
        assert!(!looks_like_row("Mar 21 13:01:06 host postfix/smtp[1]: x"));
        // A localised connector name puts a multi-byte character at byte 30.
        assert!(looks_like_row("2026-01-20T10:00:00.090Z,Отправка в Интернет,08DE5A010000001F,0,,203.51.1.51:25,*,,x"));
        assert!(!looks_like_row("2026-01-20T10:00:00.090ZППППППППППППППППППППППП"));
    }
}
