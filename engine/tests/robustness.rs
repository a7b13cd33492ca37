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
fn a_huge_line_is_read_in_pieces_with_a_note() {
    let mut data = vec![b'x'; 3 << 20];
    data.extend_from_slice(b" 550 5.7.26 This mail has been blocked because the sender is unauthenticated. ");
    data.extend_from_slice(&vec![b'y'; 1 << 20]);
    data.extend_from_slice(b"\n451 5.7.3 Must issue a STARTTLS command first\n");
    for step in [1 << 16, 1 << 20, data.len()] {
        let r = chunked(&data, step);
        assert!(r.notes.iter().any(|n| matches!(n, Note::Truncated { lines: 1 })));
        // One of its pieces held an error: it is not a line without one.
        assert_eq!((r.lines, r.unrecognised_lines), (2, 0));
        let rules: Vec<(&str, u64)> = r.findings.iter().map(|f| (f.rule.as_str(), f.first_line)).collect();
        assert!(rules.contains(&("seed-starttls-first", 2)), "{rules:?}");
        // The error 3 MiB into the first line is found, under line 1.
        assert!(rules.iter().any(|&(rule, line)| rule.contains("7-26") && line == 1), "{rules:?}");
    }
}

/// A file saved as GBK: its first lines are read in it too, not only those
/// after enough Chinese told the code page (QA round 21).
#[test]
fn a_gbk_file_is_read_in_gbk_from_its_first_line() {
    let gbk: &[u8] = b"\xb7\xa2\xbc\xfe\xc8\xcb: Microsoft Outlook\n\xca\xd5\xbc\xfe\xc8\xcb: zhangsan@example.cn\n\xd6\xf7\xcc\xe2: \xce\xde\xb7\xa8\xcb\xcd\xb4\xef\n\xd4\xb6\xb3\xcc\xb7\xfe\xce\xf1\xc6\xf7\xb7\xb5\xbb\xd8 '550 5.1.1 RESOLVER.ADR.RecipNotFound; \xd5\xd2\xb2\xbb\xb5\xbd\xca\xd5\xbc\xfe\xc8\xcb'\n";
    for step in [5, 4096] {
        let r = chunked(gbk, step);
        assert!(
            r.notes.iter().any(|n| matches!(n, Note::Lossy { charset: Some(c), .. } if c == "GBK")),
            "{:?}",
            r.notes
        );
        assert!(r.unrecognised_samples.iter().all(|(_, t)| !t.contains('\u{FFFD}')), "{:?}", r.unrecognised_samples);
        assert!(
            r.unrecognised_samples.iter().any(|(_, t)| t == "发件人: Microsoft Outlook"),
            "{:?}",
            r.unrecognised_samples
        );
        assert_eq!(r.findings[0].rule, "exo-5-1-1-recip-not-found");
    }
}

/// An NDR saved from Outlook as a web page (Word's HTML: styles, `<o:p>`,
/// entities, one paragraph per line of the report).
#[test]
fn an_ndr_saved_as_a_web_page_is_read_as_its_text() {
    let page = "\u{feff}<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head><style>\r\np.MsoNormal {margin:0cm; font-size:11.0pt}\r\n</style></head>\r\n\
        <body lang=EN-US><div class=WordSection1><p class=MsoNormal><b><span style='color:#C00000'>Delivery has failed to these recipients or groups:</span></b><o:p></o:p></p>\r\n\
        <p class=MsoNormal><a href=\"mailto:jane@contoso.com\">jane@contoso.com</a><br>The email address you entered couldn&#8217;t be found.<o:p></o:p></p>\r\n\
        <p class=MsoNormal>Diagnostic information for administrators:<o:p></o:p></p><p class=MsoNormal>Generating server: BN8PR.prod.outlook.com<o:p></o:p></p>\r\n\
        <p class=MsoNormal>jane@contoso.com<br>Remote Server returned &#39;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found&#39;<o:p></o:p></p></div></body></html>\r\n";
    for step in [7, 4096] {
        let r = chunked(page.as_bytes(), step);
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        let f = &r.findings[0];
        assert_eq!(f.rule, "exo-5-1-1-recip-not-found");
        assert_eq!(f.recipient.as_deref(), Some("jane@contoso.com"));
        assert_eq!(f.evidence[0].text, "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'");
        assert!(r.notes.is_empty(), "{:?}", r.notes);
    }
}

#[test]
fn truncated_message_still_reads() {
    let eml = b"From: MAILER-DAEMON@example.jp\r\nSubject: Undelivered\r\nContent-Type: multipart/report; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <a@ex";
    let r = analyze("cut.eml", eml);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].recipient.as_deref(), Some("a@example.org"));
    assert_eq!(r.findings[0].status.as_deref(), Some("5.1.1"));
}

/// A plain-text Exchange NDR, as a message of its own.
const NDR: &str = "From: postmaster@example.onmicrosoft.com\r\nSubject: Undeliverable: Nyaan\r\n\r\n\
    Delivery has failed to these recipients or groups:\r\n\r\nkijitora@example.onmicrosoft.com\r\n\
    The email address you entered couldn't be found.\r\n\r\nDiagnostic information for administrators:\r\n\r\n\
    Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\r\n";

/// `inner` attached (`message/rfc822`) to a forward with a note of its own.
fn forward(inner: &str, level: usize) -> String {
    format!(
        "From: user{level}@contoso.example\r\nSubject: FW: bounce\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"F{level}\"\r\n\r\n--F{level}\r\nContent-Type: text/plain\r\n\r\n\
         See attached.\r\n--F{level}\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--F{level}--\r\n"
    )
}

/// The helpdesk path: a user forwards the bounce as an attachment, and it
/// is forwarded again. The attached bounce is read, at any of a few levels;
/// an attached message that is no bounce (the original a bounce returns,
/// someone's own mail) adds nothing.
#[test]
fn a_bounce_forwarded_as_an_attachment_is_read() {
    let mut m = NDR.to_string();
    for level in 1..=3 {
        m = forward(&m, level);
        let r = analyze("fwd.eml", m.as_bytes());
        let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules.first(), Some(&"exo-5-1-1-recip-not-found"), "level {level}: {rules:?}");
    }
    let mail = "From: alice@contoso.example\r\nSubject: Minutes\r\n\r\nThe relay said 550 5.7.1 Relaying denied, see below.\r\n";
    let r = analyze("fwd.eml", forward(mail, 1).as_bytes());
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

/// Thousands of nested attached messages (a hostile 735 KB file overflowed
/// the page worker's stack) are read as plain lines, with a note.
#[test]
fn deeply_nested_messages_are_read_as_lines_with_a_note() {
    let mut m = NDR.to_string();
    for level in 1..=200 {
        m = forward(&m, level);
    }
    let r = analyze("deep.eml", m.as_bytes());
    assert!(r.notes.contains(&Note::MessageTooDeep), "{:?}", r.notes);
    assert!(r.findings.iter().any(|f| f.rule == "exo-5-1-1-recip-not-found"), "{:?}", r.findings);
}

/// A multipart without its boundary gives no parts: its lines are read.
#[test]
fn a_multipart_without_its_boundary_is_read_as_lines_with_a_note() {
    for ct in ["multipart/report; report-type=delivery-status", "multipart/report; boundary=\"\""] {
        let m = format!(
            "From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n\
             Content-Type: {ct}\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n<a@example.net>: host mx.example.net said: \
             550 5.1.1 <a@example.net>: Recipient address rejected: User unknown in virtual mailbox table\r\n--x--\r\n"
        );
        let r = analyze("nobnd.eml", m.as_bytes());
        assert!(r.notes.contains(&Note::MimeUnreadable), "{ct}: {:?}", r.notes);
        assert!(!r.findings.is_empty(), "{ct}");
    }
}

/// A stream decides its code page on the same first 8 KiB a single feed of
/// the whole input does. Fuzzing (`analyze_chunked`) found this 8.6 KB
/// input: one feed read the lines past that head into its guess and named
/// no page, the stream named Windows-1251, so the same file got two
/// decodings and its findings two sets of offsets.
///
/// And a run of NULs split between chunks is one hole (`chunked-nul-run.bin`,
/// fed a byte at a time: each NUL alone was too short to be one, and the
/// line after it kept 38 of them).
#[test]
fn fuzzed_inputs_read_the_same_however_they_come() {
    for data in [&include_bytes!("data/chunked-code-page.bin")[..], &include_bytes!("data/chunked-nul-run.bin")[..]] {
        let (step, body) = (1 + data[0] as usize % 61, &data[1..]);
        let whole = analyze("p", body);
        for step in [step, 1, 7, 4096] {
            let parts = chunked(body, step);
            assert!(!whole.findings.is_empty());
            assert_eq!(whole.findings, parts.findings, "step {step}");
            assert_eq!(whole.notes, parts.notes, "step {step}");
            assert_eq!(whole.lines, parts.lines, "step {step}");
        }
    }
}
