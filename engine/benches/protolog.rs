//! Throughput of the protocol-log record parser and of the line framer, on
//! a synthetic Send/Receive log with realistic rows (quoted TLS rows,
//! certificate rows, SMTP replies). Run: `cargo bench -p mailtriage-engine`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mailtriage_engine::framing::LineFramer;
use mailtriage_engine::grammar::protolog::Fields;
use std::hint::black_box;

const ROWS: &[&str] = &[
    "2023-01-11T16:00:00.123Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,0,10.0.0.1:25,203.0.113.7:51234,+,,",
    "2023-01-11T16:00:00.125Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,1,10.0.0.1:25,203.0.113.7:51234,*,SMTPSubmit SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders,Set Session Permissions",
    "2023-01-11T16:00:00.126Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,2,10.0.0.1:25,203.0.113.7:51234,>,\"220 ex1.contoso.com Microsoft ESMTP MAIL Service ready at Wed, 11 Jan 2023 16:00:00 +0000\",",
    "2023-01-11T16:00:00.130Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,3,10.0.0.1:25,203.0.113.7:51234,<,EHLO mail.fabrikam.com,",
    "2023-01-11T16:00:00.131Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,4,10.0.0.1:25,203.0.113.7:51234,>,250-ex1.contoso.com Hello [203.0.113.7],",
    "2023-01-11T16:00:00.140Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,5,10.0.0.1:25,203.0.113.7:51234,<,STARTTLS,",
    "2023-01-11T16:00:00.141Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,6,10.0.0.1:25,203.0.113.7:51234,>,220 2.0.0 SMTP server ready,",
    "2023-01-11T16:00:00.150Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,7,10.0.0.1:25,203.0.113.7:51234,*,,\"TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDHE with strength 384 bits\"",
    "2023-01-11T16:00:00.160Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,8,10.0.0.1:25,203.0.113.7:51234,*,CN=ex1.contoso.com CN=R3, O=Let's Encrypt, C=US 04A1B2C3D4E5F6 0123456789ABCDEF0123456789ABCDEF01234567,Sending certificate Subject Issuer name Serial number Thumbprint",
    "2023-01-11T16:00:00.170Z,Outbound to Office 365,08DAF3B3C4D5E6F8,9,10.0.0.5:50123,104.47.0.1:25,<,451 5.7.3 Must issue a STARTTLS command first,",
    "2023-01-11T16:00:00.180Z,EX1\\Default Frontend EX1,08DAF3B3C4D5E6F7,10,10.0.0.1:25,203.0.113.7:51234,-,,Local",
];

fn synthetic_log(bytes: usize) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF#Software: Microsoft Exchange Server\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n".to_vec();
    let mut i = 0;
    while out.len() < bytes {
        out.extend_from_slice(ROWS[i % ROWS.len()].as_bytes());
        out.extend_from_slice(b"\r\n");
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let log = synthetic_log(64 << 20);
    let text = std::str::from_utf8(&log[3..]).unwrap();
    let mut g = c.benchmark_group("protocol-log");
    g.throughput(Throughput::Bytes(log.len() as u64));
    g.sample_size(10);
    g.bench_function("record fields (split lines)", |b| {
        b.iter(|| {
            let mut bytes = 0usize;
            for line in text.split("\r\n") {
                bytes += Fields::new(line).map(|f| f.len()).sum::<usize>();
            }
            black_box(bytes)
        })
    });
    g.bench_function("framer + record fields", |b| {
        b.iter(|| {
            let mut framer = LineFramer::new();
            let mut bytes = 0usize;
            for chunk in log.chunks(1 << 20) {
                framer.feed(chunk, &mut |_, line| {
                    bytes += Fields::new(line).map(|f| f.len()).sum::<usize>();
                });
            }
            black_box(bytes)
        })
    });
    g.bench_function("census", |b| {
        b.iter(|| {
            let mut c = mailtriage_engine::census::Census::new();
            c.begin_file("SEND.LOG");
            for chunk in log.chunks(1 << 20) {
                c.feed(chunk);
            }
            black_box(c.finish().sessions)
        })
    });
    g.bench_function("analyzer + census (what `mailtriage census` runs)", |b| {
        b.iter(|| {
            let mut a = mailtriage_engine::Analyzer::with_census("SEND.LOG", mailtriage_engine::census::Census::new());
            for chunk in log.chunks(1 << 20) {
                a.feed(chunk);
            }
            let (r, c) = a.finish_with_census();
            black_box((r.findings.len(), c.map(|c| c.finish().sessions)))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
