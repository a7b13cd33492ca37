//! Zip reading: any bytes as a zip, whole and in parts. Built with
//! `--cfg fuzzing`, the engine reads a zip's directory two records at a
//! time (`DIRECTORY_WINDOW`), so reading it whole takes the windowed path
//! and reading it in parts ([`archive::zip_parts`]) does not: the two must
//! give the same inputs, in the same order, with the same bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mailtriage_engine::archive;

/// Every event of part `part` of the zip, as text.
fn events(data: &[u8], part: Option<(usize, usize)>) -> Vec<String> {
    let mut got = Vec::new();
    let _ = archive::zip_inputs_part(std::io::Cursor::new(data), "z.zip", "!", part, &mut |e| {
        got.push(match e {
            archive::Event::Begin(n, w) => format!("B{n} {w:?}"),
            archive::Event::Chunk(c) => format!("C{c:?}"),
            archive::Event::End(p) => format!("E{p:?}"),
        })
    });
    got
}

fuzz_target!(|data: &[u8]| {
    let _ = archive::zip_listed_sizes(std::io::Cursor::new(data));
    let whole = events(data, None);
    let n = archive::zip_parts(std::io::Cursor::new(data), 1, 4);
    if n > 1 {
        let parts: Vec<String> = (0..n).flat_map(|k| events(data, Some((k, n)))).collect();
        assert_eq!(parts, whole, "{n} parts");
    }
});
