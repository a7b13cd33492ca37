//! Exchange queue errors: `Get-Queue` / Queue Viewer `LastError` and the
//! message-trace `Reason`, in their structured form
//!
//! ```text
//! LastError : [{LED=451 4.4.395 Target host responded with error. -> 421 4.4.1 Connection timed out};{MSG=};{FQDN=exchangelabsnl-mail-onmicrosoft-com.mail.protection.outlook.com}; {IP=};{LRT=5/2/2019 6:32:14 AM}]
//! ```
//! and the classic text `451 4.4.0 Primary target IP address responded with: "…"`.

use nom::{IResult, Parser, bytes::complete::tag, character::complete::space0};

/// The parts of a structured LastError. Unknown keys are ignored, not errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastError<'a> {
    pub led: Option<&'a str>,
    pub msg: Option<&'a str>,
    pub fqdn: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub lrt: Option<&'a str>,
}

/// `item = "{" key "=" value "}"` — the value runs to the `}` that is followed
/// by `;`, `]` or the end, because LED values contain `[Message=…]`.
fn item(i: &str) -> IResult<&str, (&str, &str)> {
    let (i, _) = (space0, tag("{")).parse(i)?;
    let eq = i.find('=').ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))?;
    let key = &i[..eq];
    let rest = &i[eq + 1..];
    let mut end = rest.len();
    let mut search = 0;
    while let Some(off) = rest[search..].find('}') {
        let pos = search + off;
        let after = rest[pos + 1..].trim_start();
        if after.is_empty() || after.starts_with(';') || after.starts_with(']') {
            end = pos;
            break;
        }
        search = pos + 1;
    }
    let value = &rest[..end];
    let rest = rest.get(end + 1..).unwrap_or("");
    let rest = rest.trim_start().strip_prefix(';').unwrap_or(rest);
    Ok((rest, (key.trim(), value)))
}

/// `last-error = "[" item *(";" item) "]"`, found anywhere in the line.
/// A truncated line (no closing `]`) still yields the items it has.
pub fn last_error(line: &str) -> Option<LastError<'_>> {
    let start = crate::bytemask::find_str(line, "[{")?;
    let mut i = &line[start + 1..];
    let mut out = LastError::default();
    while let Ok((rest, (key, value))) = item(i) {
        let value = value.trim();
        let v = (!value.is_empty()).then_some(value);
        match key.to_ascii_uppercase().as_str() {
            "LED" => out.led = v,
            "MSG" => out.msg = v,
            "FQDN" => out.fqdn = v,
            "IP" => out.ip = v,
            "LRT" => out.lrt = v,
            _ => {}
        }
        i = rest;
    }
    (out != LastError::default()).then_some(out)
}

/// The quoted inner response of the classic failover text:
/// `Primary target IP address responded with: "421 4.2.1 Unable to connect."`.
pub fn primary_target_response(line: &str) -> Option<&str> {
    let lower = line.to_ascii_lowercase();
    let at =
        lower.find("ip address responded with:").map(|p| p + "ip address responded with:".len()).or_else(|| {
            lower
                .find("communicating with primary target ip address:")
                .map(|p| p + "communicating with primary target ip address:".len())
        })?;
    let rest = line[at..].trim_start().strip_prefix('"')?;
    Some(&rest[..rest.find('"').unwrap_or(rest.len())])
}

/// `The last endpoint attempted was 172.24.16.149:475` → the endpoint,
/// without the sentence's or a quote's end after it (an NDR quotes the
/// error: `… returned '441 4.4.1 … The last endpoint attempted was 172.24.16.149:475'`).
pub fn last_endpoint(line: &str) -> Option<&str> {
    let at = line.find("last endpoint attempted was ")? + "last endpoint attempted was ".len();
    line[at..]
        .split_whitespace()
        .next()
        .map(|s| s.trim_end_matches(['.', '\'', '"', ',', ';', ')', '”', '»', '’']))
        .filter(|s| !s.is_empty())
}

/// Exchange Online's `[LastAttemptedServerName=mx.example.com]
/// [LastAttemptedIP=192.0.2.7:25]` in an NDR's attempt line or a queue's
/// error: the destination it last tried, as (host, endpoint).
pub fn last_attempted(line: &str) -> (Option<&str>, Option<&str>) {
    let field = |key: &str| {
        let at = line.find(key)? + key.len();
        let v = &line[at..];
        // To the `]`, or the blank before the next field when it is missing.
        let end = v.find([']', ' ', '\t'])?;
        Some(&v[..end]).filter(|v| !v.is_empty())
    };
    (field("[LastAttemptedServerName="), field("[LastAttemptedIP="))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_attempted_server_is_read_from_its_brackets() {
        let line = "Server at mx.example.com (192.0.2.70) returned '450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Socket error SocketError] [LastAttemptedServerName=mx.example.com] [LastAttemptedIP=192.0.2.70:25] [BN7NAM10FT066.eop-nam10.prod.protection.outlook.com]'";
        assert_eq!(last_attempted(line), (Some("mx.example.com"), Some("192.0.2.70:25")));
        assert_eq!(last_attempted("[LastAttemptedIP=]"), (None, None));
        // Its `]` lost (a sample as Sisimai keeps it).
        assert_eq!(
            last_attempted(
                "[LastAttemptedServerName=neko.example.jp] [LastAttemptedIP=192.0.2.107:25 [HK2APC01FT031.eop-APC01.prod.protection.outlook.com]"
            ),
            (Some("neko.example.jp"), Some("192.0.2.107:25"))
        );
        assert_eq!(last_attempted("[LastAttemptedIP=192.0.2.1"), (None, None));
    }

    #[test]
    fn the_last_endpoint_ends_before_the_quote_around_it() {
        for (line, want) in [
            ("The last endpoint attempted was 172.24.16.149:475", "172.24.16.149:475"),
            ("The last endpoint attempted was 52.101.40.2:25.", "52.101.40.2:25"),
            ("returned '441 4.4.1 … The last endpoint attempted was 172.24.16.149:475'", "172.24.16.149:475"),
            ("returned \"… The last endpoint attempted was [2001:db8::1]:25\".", "[2001:db8::1]:25"),
        ] {
            assert_eq!(last_endpoint(line), Some(want), "{line}");
        }
        assert_eq!(last_endpoint("The last endpoint attempted was '."), None);
    }

    #[test]
    fn structured_last_error() {
        let l = "LastError : [{LED=451 4.4.395 Target host responded with error. -> 421 4.4.1 Connection timed out};{MSG=};{FQDN=exchangelabsnl-mail-onmicrosoft-com.mail.protection.outlook.com}; {IP=};{LRT=5/2/2019 6:32:14 AM}]";
        let e = last_error(l).unwrap();
        assert_eq!(e.led, Some("451 4.4.395 Target host responded with error. -> 421 4.4.1 Connection timed out"));
        assert_eq!(e.msg, None);
        assert_eq!(e.fqdn, Some("exchangelabsnl-mail-onmicrosoft-com.mail.protection.outlook.com"));
        assert_eq!(e.lrt, Some("5/2/2019 6:32:14 AM"));
    }

    #[test]
    fn led_with_brackets_and_truncation() {
        let l = "Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Security status IllegalMessage].";
        let e = last_error(l).unwrap();
        assert_eq!(
            e.led,
            Some("450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Security status IllegalMessage].")
        );
        assert!(last_error("no braces here").is_none());
    }

    #[test]
    fn classic_failover_text() {
        let l = r#"451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. The last endpoint attempted was 172.24.16.149:475"#;
        assert_eq!(primary_target_response(l), Some("421 4.2.1 Unable to connect."));
        assert_eq!(last_endpoint(l), Some("172.24.16.149:475"));
    }
}
