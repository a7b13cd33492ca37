//! Streaming entry point: the same bytes fed in chunks of arbitrary sizes
//! must give the same findings as one feed.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mailtriage_engine::Analyzer;

fuzz_target!(|data: &[u8]| {
    if data.is_empty() {
        return;
    }
    let step = 1 + data[0] as usize % 61;
    let body = &data[1..];
    let mut a = Analyzer::new("fuzz");
    for chunk in body.chunks(step) {
        a.feed(chunk);
    }
    let chunked = a.finish();
    let whole = mailtriage_engine::analyze("fuzz", body);
    assert_eq!(chunked.findings, whole.findings);
    assert_eq!(chunked.unrecognised_lines, whole.unrecognised_lines);
});
