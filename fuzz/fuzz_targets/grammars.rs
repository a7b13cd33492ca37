//! Every grammar entry point on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mailtriage_engine::grammar::{dsn, protolog, queue, registry, smtp, syslog};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = smtp::find_codes(&text);
    let _ = smtp::reply_line(&text);
    let lines: Vec<&str> = text.lines().collect();
    let _ = smtp::multiline_reply(&lines);
    let _ = protolog::header_line(&text);
    let _ = protolog::Fields::new(&text).count();
    let _ = protolog::endpoint_ip(&text);
    let _ = protolog::looks_like_row(&text);
    let _ = queue::last_error(&text);
    let _ = queue::primary_target_response(&text);
    let _ = queue::last_endpoint(&text);
    let _ = dsn::recipient_blocks(&text);
    for line in &lines {
        let _ = syslog::tls_event(line).map(|e| e.peer().len());
        let _ = syslog::session_end(line);
        let _ = syslog::tls_library_problem(line);
        let _ = syslog::refusal_of_client(line);
        let _ = syslog::exim_more_recipients(line);
        let _ = registry::key_line(line);
        let _ = registry::value_line(line).map(|v| v.canonical("HKEY_LOCAL_MACHINE\\X"));
        let _ = registry::other_value(line);
        let _ = registry::ps_property(line);
    }
});
