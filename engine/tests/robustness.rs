//! Property tests (a short fuzz smoke that runs with every `cargo test`):
//! no input panics the engine, chunking never changes the result, and
//! hostile or odd encodings give a clear note instead of silence.

use mailtriage_engine::{Analyzer, Note, analyze};
use proptest::prelude::*;

fn chunked(data: &[u8], step: usize) -> mailtriage_engine::InputReport {
    let mut a = Analyzer::new("p");
    for c in data.chunks(step.max(1)) {
        a.feed(c);
    }
    a.finish()
}

/// Lines that look like the formats the engine reads, to reach deep paths.
fn mail_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("421 4.4.2 Connection dropped due to SocketError".to_string()),
        Just("#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context".to_string()),
        Just("2021-01-20T10:00:00.000Z,Outbound,08D8,7,10.0.0.5:1,104.47.0.1:25,*,,\"TLS negotiation failed with error SocketError\"".to_string()),
        Just("LastError : [{LED=451 5.7.3 Must issue a STARTTLS command first};{FQDN=x};{IP=1.2.3.4}]".to_string()),
        Just("Final-Recipient: rfc822; a@example.com".to_string()),
        Just("Action: failed".to_string()),
        Just("Status: 5.1.1".to_string()),
        Just("Diagnostic-Code: smtp; 550 5.1.1 user unknown".to_string()),
        Just("Content-Type: multipart/report; boundary=\"b\"".to_string()),
        Just("--b".to_string()),
        "[ -~]{0,80}",
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let r = analyze("p", &data);
        prop_assert_eq!(r.bytes, data.len() as u64);
    }

    #[test]
    fn chunking_does_not_change_findings(lines in proptest::collection::vec(mail_line(), 0..40), step in 1usize..97, crlf in any::<bool>()) {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        let whole = analyze("p", text.as_bytes());
        let parts = chunked(text.as_bytes(), step);
        prop_assert_eq!(&whole.findings, &parts.findings);
        prop_assert_eq!(whole.unrecognised_lines, parts.unrecognised_lines);
        prop_assert_eq!(whole.lines, parts.lines);
    }
}

#[test]
fn binary_gets_a_note_and_no_findings() {
    let mut zip = b"PK\x03\x04".to_vec();
    zip.extend((0..2000u32).map(|i| (i * 7 % 256) as u8));
    let r = analyze("x.zip", &zip);
    assert!(r.notes.contains(&Note::Binary));
    assert!(r.findings.is_empty());
}

#[test]
fn utf16_queue_export_is_decoded() {
    let mut b = vec![0xFF, 0xFE];
    for u in "LastError : [{LED=421 4.4.2 Connection dropped due to SocketError};{MSG=};{FQDN=x.mail.protection.outlook.com};{IP=104.47.0.1};{LRT=}]\r\n".encode_utf16() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    let r = analyze("q.txt", &b);
    assert!(r.notes.contains(&Note::Utf16));
    assert_eq!(r.findings[0].rule, "seed-queue-socketerror");
    assert_eq!(r.findings[0].remote_ip.as_deref(), Some("104.47.0.1"));
}

#[test]
fn a_huge_line_is_capped_with_a_note() {
    let mut data = vec![b'x'; 3 << 20];
    data.extend_from_slice(b"\n451 5.7.3 Must issue a STARTTLS command first\n");
    let r = chunked(&data, 1 << 16);
    assert!(r.notes.iter().any(|n| matches!(n, Note::Truncated { lines: 1 })));
    assert_eq!(r.findings[0].rule, "seed-starttls-first");
}

#[test]
fn truncated_message_still_reads() {
    let eml = b"From: MAILER-DAEMON@example.jp\r\nSubject: Undelivered\r\nContent-Type: multipart/report; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <a@ex";
    let r = analyze("cut.eml", eml);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].recipient.as_deref(), Some("a@example.org"));
    assert_eq!(r.findings[0].status.as_deref(), Some("5.1.1"));
}
