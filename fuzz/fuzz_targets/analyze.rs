//! Whole-input entry point: any bytes → a report, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = mailtriage_engine::analyze("fuzz", data);
    let _ = report.contract();
});
