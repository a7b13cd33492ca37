//! IIS SMTP Service logs (the SMTP relay of Windows Server, `SMTPSVC1`) in
//! the W3C extended format: fields named by `#Fields`, one space between
//! them, a space inside a value written as `+`. Relays like this one send
//! an application's mail on to Exchange Online, and are among the last
//! clients to speak TLS 1.0: their refusals are read here as Exchange's
//! protocol-log rows are.
//!
//! ```text
//! #Software: Microsoft Internet Information Services 10.0
//! #Fields: date time c-ip cs-username s-sitename s-computername s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status sc-win32-status sc-bytes cs-bytes time-taken cs-version cs-host cs(User-Agent) cs(Cookie) cs(Referer)
//! 2026-01-20 10:00:01 203.0.113.25 OutboundConnectionCommand SMTPSVC1 RELAY01 - 25 RCPT - TO:<bob@partner.example> 0 0 4 0 0 SMTP - - - -
//! 2026-01-20 10:00:01 203.0.113.25 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 451+5.7.3+Must+issue+a+STARTTLS+command+first 0 0 48 0 31 SMTP - - - -
//! ```
//!
//! On the relay's own deliveries (`cs-username` `OutboundConnectionCommand`
//! or `OutboundConnectionResponse`), `c-ip` is the server it delivers to,
//! `cs-method` the command it sent and `cs-uri-query` (or `cs-uri-stem`) the
//! command's argument or the server's reply. Other rows are its clients'
//! commands (`cs-username` is then the client's EHLO name).

use std::borrow::Cow;

use nom::bytes::complete::tag_no_case;
use nom::character::complete::space0;
use nom::{IResult, Parser};

/// Where the fields an SMTP row is read by are, from `#Fields`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SmtpColumns {
    pub date: Option<usize>,
    pub time: Option<usize>,
    pub client_ip: usize,
    pub username: usize,
    pub method: usize,
    pub stem: Option<usize>,
    pub query: usize,
    /// `s-sitename` (`SMTPSVC1`) and `cs-version` (`SMTP`): a row whose
    /// values there say otherwise is not the SMTP service's.
    pub site: Option<usize>,
    pub version: Option<usize>,
}

/// Which side a row is from, by its `cs-username`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// `OutboundConnectionCommand`: a command the relay sent.
    Command,
    /// `OutboundConnectionResponse`: the other server's reply.
    Response,
    /// A client's command to the relay.
    Client,
}

/// One row, its fields as written (the argument still `+`-encoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpRow<'a> {
    pub side: Side,
    /// `date time` as two fields, or `time` alone.
    pub date: Option<&'a str>,
    pub time: Option<&'a str>,
    pub client_ip: Option<&'a str>,
    pub method: Option<&'a str>,
    /// `cs-uri-query`, or `cs-uri-stem` when the query is `-`.
    pub argument: Option<&'a str>,
}

/// `#Fields: date time c-ip cs-username … cs-method cs-uri-query …` (W3C
/// extended log format, field names separated by spaces): the columns of an
/// IIS SMTP log, `None` for any other header (an Exchange log names its
/// fields with commas).
pub fn fields_line(line: &str) -> IResult<&str, Option<SmtpColumns>> {
    let (names, _) = (tag_no_case("#Fields:"), space0).parse(line)?;
    let names: Vec<&str> = names.split_ascii_whitespace().collect();
    let at = |n: &str| names.iter().position(|x| x.eq_ignore_ascii_case(n));
    let columns = (|| {
        Some(SmtpColumns {
            date: at("date"),
            time: at("time"),
            client_ip: at("c-ip")?,
            username: at("cs-username")?,
            method: at("cs-method")?,
            stem: at("cs-uri-stem"),
            query: at("cs-uri-query")?,
            site: at("s-sitename"),
            version: at("cs-version"),
        })
    })();
    Ok(("", columns.filter(|_| !line.contains(','))))
}

/// The side a `cs-username` names.
fn side_of(username: &str) -> Side {
    if username.eq_ignore_ascii_case("OutboundConnectionResponse") {
        Side::Response
    } else if username.eq_ignore_ascii_case("OutboundConnectionCommand") {
        Side::Command
    } else {
        Side::Client
    }
}

/// A field's value: `-` is none.
fn value(f: &str) -> Option<&str> {
    (!f.is_empty() && f != "-").then_some(f)
}

/// `SMTPSVC1`: the SMTP service's site name (a web site's is `W3SVC1`).
fn smtp_site(f: &str) -> bool {
    f.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("SMTPSVC")) && f[7..].bytes().all(|b| b.is_ascii_digit())
}

/// A row under `#Fields` (`cols`). `None` for a line that is no row of the
/// SMTP service (too few fields, no address in `c-ip`, another site or
/// protocol: a web log under the same kind of header, a sentence). A row
/// of the relay's own delivery written in another layout than its header's
/// (IIS writes a new header after a restart; a paste may mix them) is read
/// as a row without header is ([`pasted_row`]).
pub fn smtp_row<'a>(line: &'a str, cols: &SmtpColumns) -> Option<SmtpRow<'a>> {
    let fields: Vec<&str> = line.trim_end().split(' ').collect();
    let get = |i: usize| fields.get(i).copied().and_then(value);
    let username = fields.get(cols.username)?;
    let fits = fields.len() > cols.query
        && get(cols.client_ip).is_some_and(crate::grammar::protolog::is_ip)
        && cols.site.is_none_or(|i| fields.get(i).is_some_and(|f| smtp_site(f)))
        && cols.version.is_none_or(|i| fields.get(i).is_some_and(|f| f.eq_ignore_ascii_case("SMTP")));
    if !fits || (side_of(username) == Side::Client && fields.iter().any(|f| side_of(f) != Side::Client)) {
        return pasted_row(line);
    }
    Some(SmtpRow {
        side: side_of(username),
        date: cols.date.and_then(get),
        time: cols.time.and_then(get),
        client_ip: get(cols.client_ip),
        method: get(cols.method),
        argument: get(cols.query).or_else(|| cols.stem.and_then(get)),
    })
}

/// A row pasted without its header, known by its `cs-username`
/// (`OutboundConnectionCommand`/`Response`) in the default field order:
/// `[date time] c-ip cs-username s-sitename s-computername s-ip s-port
/// cs-method [cs-uri-stem] cs-uri-query …`. The reply is the first field
/// after the port that starts with three digits (`421+4.7.0+…`, `250-mx…`);
/// a command's argument the first one after the method.
pub fn pasted_row(line: &str) -> Option<SmtpRow<'_>> {
    let fields: Vec<&str> = line.split_ascii_whitespace().collect();
    // A client's row: `[date time] c-ip cs-username SMTPSVC1 …`.
    let (u, side) = match fields.iter().position(|f| side_of(f) != Side::Client) {
        Some(u) => (u, side_of(fields[u])),
        None => {
            let site = fields.iter().position(|f| smtp_site(f))?;
            (site.checked_sub(1)?, Side::Client)
        }
    };
    // Cut short before its method: no row to read.
    if fields.len() <= u + 5 || !before_is_ip(&fields, u) {
        return None;
    }
    let is_time = |f: &str| f.len() >= 8 && f.as_bytes()[2] == b':' && f.as_bytes()[5] == b':';
    let is_date = |f: &str| f.len() == 10 && f.as_bytes()[4] == b'-' && f.as_bytes()[7] == b'-';
    let before = |k: usize| u.checked_sub(k).and_then(|i| fields.get(i).copied());
    let time = before(2).filter(|f| is_time(f));
    let date = before(3).filter(|f| time.is_some() && is_date(f));
    // Site, computer, server IP and port come between the name and the method.
    let rest = fields.get(u + 5..).unwrap_or_default();
    let (method, argument) = match side {
        Side::Response => (None, rest.iter().copied().find(|f| reply_field(f))),
        _ => {
            let method = rest.first().copied().and_then(value);
            (method, rest.iter().skip(1).copied().find_map(value))
        }
    };
    Some(SmtpRow { side, date, time, client_ip: before(1).and_then(value), method, argument })
}

/// The field before `u` is `c-ip`.
fn before_is_ip(fields: &[&str], u: usize) -> bool {
    u.checked_sub(1).and_then(|i| fields.get(i)).is_some_and(|f| crate::grammar::protolog::is_ip(f))
}

/// `250`, `421+4.7.0+…`, `250-mx1.example.net`: a reply as IIS logs it.
fn reply_field(f: &str) -> bool {
    let b = f.as_bytes();
    b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit) && matches!(b.get(3), None | Some(b'+' | b'-'))
}

/// A field's text: `+` is how W3C logs write a space.
pub fn decode(field: &str) -> Cow<'_, str> {
    if field.contains('+') { Cow::Owned(field.replace('+', " ")) } else { Cow::Borrowed(field) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &str = "#Fields: date time c-ip cs-username s-sitename s-computername s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status sc-win32-status sc-bytes cs-bytes time-taken cs-version cs-host cs(User-Agent) cs(Cookie) cs(Referer)";

    #[test]
    fn the_fields_line_names_the_columns() {
        let cols = fields_line(FIELDS).unwrap().1.unwrap();
        assert_eq!((cols.date, cols.time, cols.client_ip, cols.username), (Some(0), Some(1), 2, 3));
        assert_eq!((cols.method, cols.stem, cols.query), (8, Some(9), 10));
        // IIS 6's default (no date, time or stem) is read too.
        let short = "#Fields: c-ip cs-username s-sitename s-computername s-ip s-port cs-method cs-uri-query sc-win32-status cs-bytes cs-version cs(User-Agent) cs(Referer)";
        let cols = fields_line(short).unwrap().1.unwrap();
        assert_eq!((cols.date, cols.client_ip, cols.method, cols.stem, cols.query), (None, 0, 6, None, 7));
        // An Exchange log's header, a web log's: not an SMTP log.
        assert_eq!(
            fields_line("#Fields: date-time,connector-id,session-id,c-ip,cs-username,cs-method,cs-uri-query")
                .unwrap()
                .1,
            None
        );
        assert_eq!(fields_line("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port").unwrap().1, None);
        assert!(fields_line("#Software: Microsoft Internet Information Services 10.0").is_err());
    }

    #[test]
    fn rows_are_read_by_their_columns() {
        let cols = fields_line(FIELDS).unwrap().1.unwrap();
        let reply = "2026-01-20 10:00:01 203.0.113.25 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 451+5.7.3+Must+issue+a+STARTTLS+command+first 0 0 48 0 31 SMTP - - - -";
        let r = smtp_row(reply, &cols).unwrap();
        assert_eq!(
            (r.side, r.date, r.time, r.client_ip),
            (Side::Response, Some("2026-01-20"), Some("10:00:01"), Some("203.0.113.25"))
        );
        assert_eq!((r.method, r.argument), (None, Some("451+5.7.3+Must+issue+a+STARTTLS+command+first")));
        assert_eq!(decode(r.argument.unwrap()), "451 5.7.3 Must issue a STARTTLS command first");
        let rcpt = "2026-01-20 10:00:01 203.0.113.25 OutboundConnectionCommand SMTPSVC1 RELAY01 - 25 RCPT - TO:<bob@partner.example> 0 0 4 0 0 SMTP - - - -";
        let r = smtp_row(rcpt, &cols).unwrap();
        assert_eq!((r.side, r.method, r.argument), (Side::Command, Some("RCPT"), Some("TO:<bob@partner.example>")));
        let client = "2026-01-20 10:00:02 10.0.0.40 app01.contoso.local SMTPSVC1 RELAY01 10.0.0.10 0 EHLO - +app01.contoso.local 250 0 240 24 0 SMTP - - - -";
        assert_eq!(smtp_row(client, &cols).unwrap().side, Side::Client);
        assert_eq!(smtp_row("2026-01-20 10:00:02 10.0.0.40", &cols), None);
        // Not the SMTP service's: a web site's row, a sentence of as many words.
        let web = "2026-01-20 10:00:02 10.0.0.40 - W3SVC1 WEB01 10.0.0.10 443 GET /index.html - 200 0 240 24 0 HTTP/1.1 - - - -";
        assert_eq!(smtp_row(web, &cols), None);
        let words = "this is a sentence of many words that fills every field of the header and more";
        assert_eq!(smtp_row(words, &cols), None);
        // A delivery's row in IIS 6's layout under IIS 10's header: read by its side's name.
        let r = smtp_row("203.0.113.25 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - 451+5.7.3+Must+issue+a+STARTTLS+command+first 0 0 SMTP - -", &cols).unwrap();
        assert_eq!(
            (r.side, r.client_ip, r.argument),
            (Side::Response, Some("203.0.113.25"), Some("451+5.7.3+Must+issue+a+STARTTLS+command+first"))
        );
    }

    #[test]
    fn rows_pasted_without_their_header_are_known_by_their_side() {
        let reply = "2026-01-20 10:00:01 203.0.113.25 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - - 421+4.4.2+Connection+dropped+due+to+SocketError 0 0 48 0 31 SMTP - - - -";
        let r = pasted_row(reply).unwrap();
        assert_eq!(
            (r.side, r.date, r.time, r.client_ip),
            (Side::Response, Some("2026-01-20"), Some("10:00:01"), Some("203.0.113.25"))
        );
        assert_eq!(r.argument, Some("421+4.4.2+Connection+dropped+due+to+SocketError"));
        // IIS 6's default fields: no date, time nor stem.
        let r = pasted_row(
            "203.0.113.25 OutboundConnectionResponse SMTPSVC1 RELAY01 - 25 - 250-mx1.partner.example 0 0 SMTP - -",
        )
        .unwrap();
        assert_eq!(
            (r.date, r.time, r.client_ip, r.argument),
            (None, None, Some("203.0.113.25"), Some("250-mx1.partner.example"))
        );
        let r = pasted_row(
            "203.0.113.25 OutboundConnectionCommand SMTPSVC1 RELAY01 - 25 RCPT TO:<bob@partner.example> 0 0 SMTP - -",
        )
        .unwrap();
        assert_eq!((r.side, r.method, r.argument), (Side::Command, Some("RCPT"), Some("TO:<bob@partner.example>")));
        assert_eq!(pasted_row("Jan 20 10:00:01 mx postfix/smtp[1]: connect to mx.example.net"), None);
        // A client's row, by its site after the client's name.
        let r = pasted_row("10.0.0.51 app02 SMTPSVC1 RELAY01 10.0.0.1 0 MAIL +FROM:<a@contoso.example> 0 28 SMTP - -")
            .unwrap();
        assert_eq!((r.side, r.client_ip, r.method), (Side::Client, Some("10.0.0.51"), Some("MAIL")));
        // Cut short, or no address before the name: no row, nothing made up.
        assert_eq!(pasted_row("OutboundConnectionResponse"), None);
        assert_eq!(pasted_row("2026-01-20 10:00:01 203.0.113.25 OutboundConnectionResponse SMTPSVC1"), None);
        assert_eq!(
            pasted_row("Received: from app01 ([10.0.0.40]) by relay01 with Microsoft SMTPSVC(10.0.17763.1697);"),
            None
        );
        assert_eq!(pasted_row("a sentence naming OutboundConnectionResponse SMTPSVC1 here and there and more"), None);
    }
}
