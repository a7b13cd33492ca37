//! `mailtriage synth`: the engine's protocol-log generator
//! ([`mailtriage_engine::synth`]) written out as hourly files, with its
//! ground truth saved as `truth.json` in the `mailtriage census --format
//! json` shape, so tests can demand that the census equals it exactly.

use mailtriage_engine::census;
use mailtriage_engine::synth::{self, Piece, Truth};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// `64M`, `1G`, `512k`, `1000` → bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, mul) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m = match c.to_ascii_lowercase() {
                'k' => 1 << 10,
                'm' => 1 << 20,
                'g' => 1 << 30,
                _ => return Err(format!("size {s:?}: unit must be k, M or G")),
            };
            (&s[..i], m)
        }
        _ => (s, 1),
    };
    num.parse::<u64>().map(|n| n * mul).map_err(|_| format!("size {s:?} is not a number"))
}

/// Generates about `total` bytes into `dir`; returns the truth (also saved as `truth.json`).
pub fn generate(dir: &Path, total: u64, file_size: u64, seed: u64) -> io::Result<Truth> {
    fs::create_dir_all(dir)?;
    // Files of an earlier run (another size or seed) would be read with the
    // new ones and their truth would not hold (QA round 41).
    if fs::read_dir(dir)?.next().is_some() {
        return Err(io::Error::other("the output folder is not empty: give a new or empty one"));
    }
    let mut outs: [Option<BufWriter<File>>; 2] = [None, None];
    let truth = synth::generate(total, file_size, seed, &mut |piece| match piece {
        Piece::Begin { log, name } => {
            if let Some(mut w) = outs[log].take() {
                w.flush()?;
            }
            outs[log] = Some(BufWriter::with_capacity(1 << 20, File::create(dir.join(name))?));
            Ok(())
        }
        Piece::Text { log, text } => match outs[log].as_mut() {
            Some(w) => w.write_all(text.as_bytes()),
            None => Err(io::Error::other("text before its file began")),
        },
    })?;
    for w in outs.iter_mut().flatten() {
        w.flush()?;
    }
    let by_protocol = census::protocol_totals(&truth.endpoints);
    let doc = serde_json::json!({
        "sessions": truth.sessions,
        "endpoints": truth.endpoints,
        "protocols": by_protocol,
        "files": truth.files,
        "bytes": truth.bytes,
    });
    fs::write(dir.join("truth.json"), serde_json::to_string_pretty(&doc)? + "\n")?;
    Ok(truth)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M").unwrap(), 64 << 20);
        assert_eq!(parse_size("1g").unwrap(), 1 << 30);
        assert_eq!(parse_size("100").unwrap(), 100);
        assert!(parse_size("x").is_err());
    }
}
