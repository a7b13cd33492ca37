//! Message framing: MIME (.eml) and Compound File (.msg) decoders.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mailtriage_engine::message;

fuzz_target!(|data: &[u8]| {
    let _ = message::looks_like_message(data);
    let _ = message::decode_eml(data);
    let _ = message::decode_msg(data);
    let _ = message::html_to_text(&String::from_utf8_lossy(data));
});
