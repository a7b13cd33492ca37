//! Where one byte value occurs in 64 bytes, as a bit mask: the line framer
//! (newlines), the row splitter (commas, quotes) and the EHLO keyword scan
//! (spaces, dashes) all read their positions off these masks, one bit scan
//! per hit, instead of one search call per hit.

/// Bit `i` set when `bytes[base + i] == byte`, for `i < 64`; bytes past the
/// end are never set. Sixteen bytes per compare (SSE2 natively, simd128 in
/// wasm, through `wide`'s safe API).
#[inline]
pub(crate) fn byte_bits(bytes: &[u8], base: usize, byte: u8) -> u64 {
    use wide::u8x16;
    let needle = u8x16::splat(byte);
    // A whole block (all but a line's or a chunk's last): one bounds check.
    // (The loop of `block_bits`, written out: called, even inlined, it
    // slowed `find_str_at` by 4.8 M instructions in a Postfix census.)
    if let Some(block) = bytes.get(base..base + 64).and_then(|b| <&[u8; 64]>::try_from(b).ok()) {
        let mut mask = 0u64;
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            let v = u8x16::from(<[u8; 16]>::try_from(chunk).unwrap_or([0; 16]));
            mask |= u64::from(v.simd_eq(needle).to_bitmask()) << (16 * k);
        }
        return mask;
    }
    let bits16 = |at: usize| -> u64 {
        if let Some(w) = bytes.get(at..at + 16).and_then(|w| <[u8; 16]>::try_from(w).ok()) {
            return u64::from(u8x16::from(w).simd_eq(needle).to_bitmask());
        }
        if let Some(from) = bytes.len().checked_sub(16) {
            // The last sixteen bytes, shifted to start at `at`.
            let w = <[u8; 16]>::try_from(&bytes[from..]).unwrap_or([0; 16]);
            return u64::from(u8x16::from(w).simd_eq(needle).to_bitmask()) >> (at - from);
        }
        let mut w = [0u8; 16];
        let tail = bytes.get(at..).unwrap_or_default();
        w[..tail.len()].copy_from_slice(tail);
        u64::from(u8x16::from(w).simd_eq(needle).to_bitmask())
    };
    let mut mask = 0u64;
    for k in 0..4 {
        let at = base + 16 * k;
        if at >= bytes.len() {
            break;
        }
        mask |= bits16(at) << (16 * k);
    }
    mask
}

/// Bit `i` set when `block[i] == byte`.
#[inline(always)]
pub(crate) fn block_bits(block: &[u8; 64], byte: u8) -> u64 {
    use wide::u8x16;
    let needle = u8x16::splat(byte);
    let mut mask = 0u64;
    for (k, chunk) in block.chunks_exact(16).enumerate() {
        let v = u8x16::from(<[u8; 16]>::try_from(chunk).unwrap_or([0; 16]));
        mask |= u64::from(v.simd_eq(needle).to_bitmask()) << (16 * k);
    }
    mask
}

/// The masks of `byte` in the first 128 bytes of `bytes` (bytes past the
/// end never set), from whole 64-byte blocks only when `bytes` has more
/// than 64: the second is read from the last 64 bytes and shifted, which
/// costs less than a partial block's four 16-byte pieces.
#[inline]
pub(crate) fn head_bits(bytes: &[u8], byte: u8) -> [u64; 2] {
    let block = |at: usize| bytes.get(at..at + 64).and_then(|b| <&[u8; 64]>::try_from(b).ok());
    match (block(0), bytes.len()) {
        (Some(first), n) if n >= 128 => [block_bits(first, byte), block(64).map_or(0, |b| block_bits(b, byte))],
        (Some(first), n) if n > 64 => {
            [block_bits(first, byte), block(n - 64).map_or(0, |b| block_bits(b, byte) >> (128 - n))]
        }
        _ => [byte_bits(bytes, 0, byte), 0],
    }
}

/// The first `byte` of `bytes` at or after `from`.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], mut from: usize, byte: u8) -> Option<usize> {
    while from < bytes.len() {
        let bits = byte_bits(bytes, from, byte);
        if bits != 0 {
            return Some(from + bits.trailing_zeros() as usize);
        }
        from += 64;
    }
    None
}

/// `hay.find(needle)` for one short search: the places of the needle's
/// first byte come from the byte masks ([`find_byte`]) and the rest is
/// compared in place; a search that would build a two-way searcher (as
/// `str::find` and `memmem::find` do on every call) costs more than the
/// whole line's analysis, and a `memchr` call per place more than the mask
/// (this runs on most lines of a big log). Past 64 candidate places it
/// hands over to memmem, so a hostile line stays linear. A needle that
/// starts with a rare byte is the cheapest.
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    find_str_at(hay, needle, 0)
}

/// [`find_str`] by the places of the needle's byte at `anchor`, for a
/// needle whose first byte is common in the text (`" -> "` by its `>`,
/// `"to=<"` by its `<`): each place of a common byte is a compare.
pub(crate) fn find_str_at(hay: &str, needle: &str, anchor: usize) -> Option<usize> {
    find_bytes_at(hay.as_bytes(), needle.as_bytes(), anchor)
}

/// [`find_str_at`] for bytes that need not be text (a message's raw end).
pub(crate) fn find_bytes_at(h: &[u8], n: &[u8], anchor: usize) -> Option<usize> {
    let Some(&byte) = n.get(anchor) else { return (anchor == 0).then_some(0) };
    // Places of that byte in order are needle starts in order.
    let mut from = anchor;
    let last = n[n.len() - 1];
    for _ in 0..64 {
        let at = find_byte(h, from, byte)?;
        // The last byte first, in place: most places of a common byte are
        // out there, without a call to compare the rest.
        if h.get(at - anchor..at - anchor + n.len()).is_some_and(|c| c[n.len() - 1] == last && c == n) {
            return Some(at - anchor);
        }
        from = at + 1;
    }
    memchr::memmem::find(h, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_match_a_byte_by_byte_reading() {
        // Lengths around every 16-byte compare and 64-byte block, the byte
        // at every place, and bytes beside it that differ by one bit.
        for len in 0..140usize {
            let line: Vec<u8> = (0..len).map(|i| [b'x', b',', b'\n', b'-', 0xAC, b'"'][i * 7 % 6]).collect();
            for byte in [b',', b'\n', b'"', b'-'] {
                for base in 0..len {
                    let want = (0..64).filter(|i| line.get(base + i) == Some(&byte)).fold(0u64, |m, i| m | 1 << i);
                    assert_eq!(byte_bits(&line, base, byte), want, "len {len} base {base} byte {byte}");
                    let first = line[base..].iter().position(|&b| b == byte).map(|p| base + p);
                    assert_eq!(find_byte(&line, base, byte), first, "len {len} base {base} byte {byte}");
                }
            }
        }
    }

    #[test]
    fn find_str_is_str_find() {
        let hay = format!("{}]: disconnect from x[1.2.3.4]{}", "a]b ".repeat(30), " ]".repeat(50));
        for needle in ["]: disconnect from ", "xim[", "TLS", "", "4]", " ] ]"] {
            assert_eq!(find_str(&hay, needle), hay.find(needle), "{needle:?}");
            for anchor in 0..needle.len() {
                assert_eq!(find_str_at(&hay, needle, anchor), hay.find(needle), "{needle:?} at {anchor}");
            }
        }
        // More than 64 places of the first byte.
        let many = format!("{}]: end", "]".repeat(200));
        assert_eq!(find_str(&many, "]: end"), many.find("]: end"));
    }
}
