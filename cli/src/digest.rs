//! A 64-bit digest of a stream, for the census's copy check: two inputs of
//! the same length and digest are taken for copies. It must not depend on
//! how the bytes were cut into chunks (a plain file and the same log inflated
//! from a `.gz` arrive in different pieces), and it runs on every byte of
//! every archive the census reads, so it must cost far less than inflating:
//! SipHash (`DefaultHasher`, which the check used before) took 9.6 % of a
//! census of gzipped logs, more than a third of the inflating.
//!
//! The loop is wyhash's: each 16 bytes are two words, mixed into the state
//! by one 64×64→128-bit multiply whose halves are folded. Not a defence
//! against inputs made to collide (neither is SipHash with a known key):
//! distinct logs of one length differ by accident only.

/// Mixing constants (wyhash's).
const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;

#[inline(always)]
fn fold(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

#[inline(always)]
fn words(block: &[u8; 16]) -> (u64, u64) {
    let (lo, hi) = block.split_at(8);
    (u64::from_le_bytes(lo.try_into().unwrap_or_default()), u64::from_le_bytes(hi.try_into().unwrap_or_default()))
}

/// The digest so far; [`Digest::finish`] gives it with the length.
#[derive(Debug, Clone, Default)]
pub struct Digest {
    state: u64,
    len: u64,
    /// The bytes of an unfinished 16-byte block (the end of the last chunk).
    tail: [u8; 16],
    tail_len: usize,
}

impl Digest {
    /// Adds `bytes` to the stream.
    pub fn write(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.tail_len > 0 {
            let take = (16 - self.tail_len).min(bytes.len());
            self.tail[self.tail_len..self.tail_len + take].copy_from_slice(&bytes[..take]);
            self.tail_len += take;
            bytes = &bytes[take..];
            if self.tail_len < 16 {
                return;
            }
            let block = self.tail;
            self.block(&block);
            self.tail_len = 0;
        }
        let mut blocks = bytes.chunks_exact(16);
        for b in &mut blocks {
            let b: &[u8; 16] = b.try_into().unwrap_or(&[0; 16]);
            self.block(b);
        }
        let rest = blocks.remainder();
        self.tail[..rest.len()].copy_from_slice(rest);
        self.tail_len = rest.len();
    }

    #[inline(always)]
    fn block(&mut self, b: &[u8; 16]) {
        let (w0, w1) = words(b);
        self.state = fold(w0 ^ self.state ^ P0, w1 ^ P1);
    }

    /// The stream's length and digest.
    pub fn finish(&self) -> (u64, u64) {
        let mut last = [0u8; 16];
        last[..self.tail_len].copy_from_slice(&self.tail[..self.tail_len]);
        let (w0, w1) = words(&last);
        let s = fold(w0 ^ self.state ^ P0, w1 ^ P1 ^ self.tail_len as u64);
        (self.len, fold(s ^ self.len, P2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(b: &[u8]) -> (u64, u64) {
        let mut d = Digest::default();
        d.write(b);
        d.finish()
    }

    #[test]
    fn the_digest_does_not_depend_on_the_chunks() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 + i / 13) as u8).collect();
        let want = whole(&data);
        for cut in [1usize, 2, 7, 15, 16, 17, 31, 64, 999] {
            let mut d = Digest::default();
            for piece in data.chunks(cut) {
                d.write(piece);
            }
            assert_eq!(d.finish(), want, "chunks of {cut}");
        }
        // Uneven pieces, empty ones among them.
        let mut d = Digest::default();
        let mut at = 0;
        for (k, n) in [0usize, 3, 0, 29, 1, 100, 16, 0].iter().cycle().enumerate() {
            if at >= data.len() || k > 10_000 {
                break;
            }
            let end = (at + n).min(data.len());
            d.write(&data[at..end]);
            at = end;
        }
        assert_eq!(d.finish(), want);
    }

    #[test]
    fn distinct_streams_differ() {
        let mut seen = std::collections::HashMap::new();
        let base = b"2026-01-20T10:00:00.000Z,SEND\\Internet,08DE5A010000001F,0,,192.0.2.1:25,*,,TLS protocol SP_PROT_TLS1_2_CLIENT negotiated\r\n".repeat(3);
        let mut inputs: Vec<Vec<u8>> = vec![Vec::new(), vec![0], vec![0, 0], vec![0; 16], vec![0; 17], vec![0; 32]];
        for i in 0..base.len() {
            // One byte changed, anywhere (in a block and in the tail).
            let mut v = base.clone();
            v[i] ^= 1;
            inputs.push(v);
        }
        // The same bytes, one more or one less at the end.
        inputs.push(base.clone());
        inputs.push(base[..base.len() - 1].to_vec());
        inputs.push([&base[..], b"\n"].concat());
        for v in &inputs {
            if let Some(other) = seen.insert(whole(v), v.clone()) {
                assert_eq!(&other, v, "a collision");
            }
        }
        assert_eq!(seen.len(), inputs.len());
    }
}
