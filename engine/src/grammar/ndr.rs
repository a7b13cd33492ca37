//! The "Diagnostic information for administrators" block of an Exchange NDR
//! or delay DSN: under each recipient, one line per delivery attempt, newest
//! first (a real Exchange 2013 delay notice):
//!
//! ```text
//! <recipient>
//! Remote Server at mdb27 (172.24.16.149) returned '400 4.4.7 Message delayed'
//! 11/01/2023 04:20:14 - Remote Server at mdb27 (172.24.16.149) returned '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, …'
//! ```
//! The newest line is what the DSN part repeats; the older ones often hold the
//! cause (the TLS `421 4.4.2 Connection dropped due to SocketError` behind a
//! `550 4.4.7 QUEUE.Expired`).

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_till1, take_until},
    combinator::opt,
    sequence::delimited,
};

/// One attempt line of the block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt<'a> {
    /// When it was tried, as the NDR prints it (local format, any locale).
    pub when: Option<&'a str>,
    pub host: &'a str,
    pub ip: Option<&'a str>,
    /// The server's reply, without the surrounding quotes.
    pub reply: &'a str,
}

/// `stamp = 1*(not "'") " - "`: the NDR prints the time in the server's
/// locale (`3/09/2016 8:05:56 PM`, `11/01/2023 04:20:14`), so its shape is
/// not checked beyond being short and starting with a digit.
fn stamp(i: &str) -> IResult<&str, &str> {
    let (rest, when) = take_until(" - ").parse(i)?;
    let ok = when.len() <= 40 && when.starts_with(|c: char| c.is_ascii_digit()) && !when.contains('\'');
    if !ok {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((&rest[3..], when))
}

/// `attempt-line = [stamp " - "] ["Remote "] "Server at " host [" (" ip ")"] " returned '" reply "'"`
///
/// ```text
/// 3/09/2016 7:58:27 PM - Remote Server at student.example.edu (10.1.1.3) returned '441 4.4.1 Error encountered …'
/// ```
pub fn attempt_line(line: &str) -> Option<Attempt<'_>> {
    attempt_line_english(line).or_else(|| attempt_line_any_language(line))
}

fn attempt_line_english(line: &str) -> Option<Attempt<'_>> {
    let parsed: IResult<&str, _> = (
        opt(stamp),
        opt(tag_no_case("Remote ")),
        tag_no_case("Server at "),
        take_till1(|c: char| c == ' ' || c == '('),
        opt(delimited(alt((tag(" ("), tag("("))), take_till1(|c: char| c == ')' || c == ' '), tag(")"))),
        tag(" returned '"),
    )
        .parse(line.trim());
    let (reply, (when, _, _, host, ip, _)) = parsed.ok()?;
    let reply = reply.strip_suffix('\'').unwrap_or(reply);
    (!reply.trim().is_empty()).then_some(Attempt { when, host, ip, reply })
}

/// `attempt-line-l10n = [stamp " - "] words host " (" ip ")" words quote reply quote`
///
/// Exchange words its NDR in the sender's language, the attempt lines too,
/// but keeps their shape: the server's name and address, then its reply
/// quoted as it came (`… - Удаленный сервер в mx.example.ru (192.0.2.7)
/// возвратил '451 4.4.0 …'`). Read by that shape: a host, its IP in
/// parentheses, a few words, and a quoted reply that starts with a reply
/// code (RFC 5321 §4.2); the words themselves are not looked at.
fn attempt_line_any_language(line: &str) -> Option<Attempt<'_>> {
    // Rules out nearly every line before anything else is read.
    quoted_reply(line.as_bytes())?;
    let t = line.trim();
    let (rest, when) = match stamp(t) {
        Ok((rest, when)) => (rest, Some(when)),
        Err(_) => (t, None),
    };
    let (open, at) = quoted_reply(rest.as_bytes())?;
    let reply = rest[at..].trim_end();
    let reply = reply.strip_suffix(['\'', '"', '”', '»']).unwrap_or(reply);
    // The server: the last `host (ip)` before the reply, a few words before it.
    let head = &rest[..open];
    let close = head.rfind(')')?;
    let start = head[..close].rfind(" (")?;
    let ip = &head[start + 2..close];
    let host = head[..start].rsplit(' ').next()?;
    let words_between = head[close + 1..].chars().count();
    let host_like = host.contains('.') && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    (ip.parse::<std::net::IpAddr>().is_ok() && host_like && words_between <= 40 && start < 120).then_some(Attempt {
        when,
        host,
        ip: Some(ip),
        reply,
    })
}

/// A reply code quoted in `b` (`'451 `, `“550 `, `«421 `), as an attempt
/// line quotes its server's reply: one pass of `memchr`, as this rules out
/// the lines of whole logs.
pub fn quotes_a_reply(b: &[u8]) -> bool {
    quoted_reply(b).is_some()
}

/// Where the first quoted reply in `b` has its quote and its reply code
/// (see [`quotes_a_reply`]): character boundaries both.
fn quoted_reply(b: &[u8]) -> Option<(usize, usize)> {
    // `'`, the last byte of `“` (E2 80 9C), the last byte of `«` (C2 AB).
    memchr::memchr3_iter(b'\'', 0x9C, 0xAB, b).find_map(|at| {
        let open = match b[at] {
            b'\'' => at,
            0x9C if at >= 2 && b[at - 2..at] == [0xE2, 0x80] => at - 2,
            0xAB if at >= 1 && b[at - 1] == 0xC2 => at - 1,
            _ => return None,
        };
        let r = &b[at + 1..];
        (r.len() > 4 && crate::grammar::smtp::is_reply_code(&r[..3]) && r[3] == b' ').then_some((open, at + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempt_lines_in_another_language_are_read_by_their_shape() {
        let a = attempt_line("12.03.2024 9:14:03 - Удаленный сервер в mx.partner.example (192.0.2.36) возвратил '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"'").unwrap();
        assert_eq!((a.when, a.host, a.ip), (Some("12.03.2024 9:14:03"), "mx.partner.example", Some("192.0.2.36")));
        assert!(a.reply.starts_with("451 4.4.0") && a.reply.ends_with("SocketError.\""), "{}", a.reply);
        let a =
            attempt_line("远程服务器 mx.partner.example (192.0.2.36) 返回“550 4.4.7 QUEUE.Expired; message expired”")
                .unwrap();
        assert_eq!((a.when, a.host, a.reply), (None, "mx.partner.example", "550 4.4.7 QUEUE.Expired; message expired"));
        // A server named with no reply, or a reply with no server, is no attempt.
        assert_eq!(attempt_line("Принимающий сервер: mx.partner.example (192.0.2.36)"), None);
        assert_eq!(attempt_line("Он сказал '550 5.1.1 нет такого ящика'"), None);
        assert_eq!(attempt_line("see (not an ip) 'x 550 5.1.1'"), None);
    }

    #[test]
    fn attempt_lines_as_exchange_writes_them() {
        let a = attempt_line("Remote Server at mdb27 (172.24.16.149) returned '400 4.4.7 Message delayed'").unwrap();
        assert_eq!(
            a,
            Attempt { when: None, host: "mdb27", ip: Some("172.24.16.149"), reply: "400 4.4.7 Message delayed" }
        );
        let a = attempt_line(
            "11/01/2023 04:20:14 - Remote Server at mdb27 (172.24.16.149) returned '441 4.4.1 Error encountered while communicating with primary target IP address: \"Failed to connect.\" The last endpoint attempted was 172.24.16.149:475'",
        )
        .unwrap();
        assert_eq!(a.when, Some("11/01/2023 04:20:14"));
        assert!(a.reply.starts_with("441 4.4.1 Error") && a.reply.ends_with(":475"));
        let a = attempt_line("3/09/2016 8:05:56 PM - Remote Server at student.example.edu (10.1.1.3) returned '550 4.4.7 QUEUE.Expired; message expired'").unwrap();
        assert_eq!(
            (a.when, a.host, a.reply),
            (Some("3/09/2016 8:05:56 PM"), "student.example.edu", "550 4.4.7 QUEUE.Expired; message expired")
        );
        // The documented template without "Remote", and a host without an IP.
        let a =
            attempt_line("5/16/2024 10:11:30 AM - Server at mx.example.com returned '421 4.4.2 Connection dropped'")
                .unwrap();
        assert_eq!((a.host, a.ip), ("mx.example.com", None));
    }

    #[test]
    fn other_lines_are_not_attempts() {
        for l in [
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            "Generating server: EX01.contoso.example",
            "Server at mx.example.com said: 550 no",
            "It's 5 - Remote Server at x returned '550 y'",
            "Remote Server at mx (1.2.3.4) returned ''",
            "",
        ] {
            assert_eq!(attempt_line(l), None, "{l:?}");
        }
    }
}
