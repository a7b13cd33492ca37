//! GBK (code page 936, Simplified Chinese Windows' "ANSI"): a file saved so
//! on a Chinese Windows (`Set-Content`, an older Notepad) is read in it. The
//! two-byte table is made at build time from `encoding_rs` (see `build.rs`).

/// The character of each two-byte sequence, UTF-16 little-endian, by
/// `(lead - 0x81) * 190 + trail index` (trails 0x40-0x7E, then 0x80-0xFE).
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gbk.bin"));

/// A GBK lead byte.
pub fn is_lead(b: u8) -> bool {
    (0x81..=0xFE).contains(&b)
}

/// A GBK trail byte.
pub fn is_trail(b: u8) -> bool {
    (0x40..=0xFE).contains(&b) && b != 0x7F
}

/// The character of a lead and a trail byte (U+FFFD where there is none).
fn pair(lead: u8, trail: u8) -> char {
    let index = usize::from(lead - 0x81) * 190 + usize::from(trail - 0x40) - usize::from(trail > 0x7F);
    let unit = TABLE.get(2 * index..2 * index + 2).map_or(0xFFFD, |b| u16::from_le_bytes([b[0], b[1]]));
    char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// Decodes `bytes` as GBK: ASCII as it is, 0x80 the euro sign (as Windows
/// has it), a lead and a trail byte their character, anything else U+FFFD
/// (a lead byte then is one bad byte; its next byte is read again).
pub fn decode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3 / 2);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            0x00..=0x7F => out.push(char::from(b)),
            0x80 => out.push('€'),
            _ if is_lead(b) && bytes.get(i).copied().is_some_and(is_trail) => {
                out.push(pair(b, bytes[i]));
                i += 1;
            }
            _ => out.push(char::REPLACEMENT_CHARACTER),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_text_and_ascii_are_decoded_and_bad_bytes_are_replaced() {
        // "远程服务器返回 '550 5.1.1'" and "€" as Windows saves them (CP936).
        let bytes = b"\xd4\xb6\xb3\xcc\xb7\xfe\xce\xf1\xc6\xf7\xb7\xb5\xbb\xd8 '550 5.1.1' \x80";
        assert_eq!(decode(bytes), "远程服务器返回 '550 5.1.1' €");
        // A lead byte before a blank (no trail), a lone 0xFF, a lead byte at
        // the end; a letter is a trail (0x40-0x7E), as in Windows.
        assert_eq!(decode(b"\xd4 a\xff\xd4"), "\u{FFFD} a\u{FFFD}\u{FFFD}");
        assert_eq!(decode(b"\xd4a"), "詀");
        // The first and last cells of the table, and a trail past 0x7F.
        assert_eq!(decode(b"\x81\x40"), "丂");
        assert_eq!(decode(b"\xa1\xa1"), "\u{3000}");
        assert_eq!(TABLE.len(), 126 * 190 * 2);
    }
}
