//! Whole-input entry point: any bytes → a report, never a panic. Also
//! with a file date (any time, far past or future too) from the input's
//! last bytes, for the dating of syslog stamps without a year.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = mailtriage_engine::analyze("fuzz", data);
    let _ = report.contract();
    if let Some(tail) = data.len().checked_sub(8).and_then(|at| data.get(at..)) {
        let mut a = mailtriage_engine::Analyzer::with_census("fuzz", mailtriage_engine::census::Census::new());
        a.written_at(i64::from_le_bytes(tail.try_into().unwrap_or([0; 8])));
        a.feed(data);
        let (report, census) = a.finish_with_census();
        let _ = report.contract();
        let _ = census.map(|c| c.finish());
    }
});
