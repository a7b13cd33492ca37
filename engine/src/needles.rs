//! Multi-needle search with Aho-Corasick automata made at build time.
//!
//! `build.rs` (`automaton`) turns each word list into flat tables — a trie
//! with failure links (Aho & Corasick, "Efficient string matching", CACM
//! 1975), whole rows of next states for the root and the states with many
//! ways on, each state's outputs with those of its failure chain — and they
//! are compiled in: no process, page or worker builds an automaton before its
//! first line, where building them had cost most of a one-message triage.

/// One automaton's tables (see `build.rs`, `automaton`). Bytes are read
/// as classes; states are `u16`.
pub struct Automaton {
    /// Each byte's class (0: in no needle; capitals share their lowercase
    /// letter's class in an automaton that folds case).
    pub(crate) class_of: &'static [u8; 256],
    pub(crate) classes: usize,
    /// States `0..dense_states` (the root first) have a whole row of next
    /// states, failure links followed: `dense[s * classes + class]`.
    pub(crate) dense_states: usize,
    pub(crate) dense: &'static [u16],
    /// Next states (in `dense` and `sparse_next`) carry [`HAS_OUTPUT`] when
    /// needles end there.
    ///
    /// Sparse state `s` (numbered from `dense_states`, `k = s - dense_states`):
    /// its ways on are `sparse_class[sparse_at[k]..sparse_at[k + 1]]`
    /// (sorted) to the same range of `sparse_next`; then `fail[k]`.
    pub(crate) sparse_at: &'static [u16],
    pub(crate) sparse_class: &'static [u8],
    pub(crate) sparse_next: &'static [u16],
    pub(crate) fail: &'static [u16],
    /// The needles that end at state `s`: `out[out_at[s]..out_at[s + 1]]`.
    pub(crate) out_at: &'static [u16],
    pub(crate) out: &'static [u16],
    /// Each needle's length in bytes.
    pub(crate) lens: &'static [u16],
}

/// The bit of a next state that says needles end there.
const HAS_OUTPUT: u16 = 1 << 15;

impl Automaton {
    /// The next state (with its [`HAS_OUTPUT`] bit) of a sparse `state` on a
    /// byte of class `class`.
    fn next_sparse(&self, mut state: usize, class: u8) -> u16 {
        loop {
            if state < self.dense_states {
                return self.dense[state * self.classes + usize::from(class)];
            }
            let k = state - self.dense_states;
            let (lo, hi) = (usize::from(self.sparse_at[k]), usize::from(self.sparse_at[k + 1]));
            if let Some(i) = self.sparse_class[lo..hi].iter().position(|&c| c == class) {
                return self.sparse_next[lo + i];
            }
            state = usize::from(self.fail[k]);
        }
    }

    /// Calls `found(needle, start)` for every needle occurrence in `hay`,
    /// overlapping ones too, in the order they end; stops and answers true
    /// as soon as `found` does.
    #[inline]
    pub fn search(&self, hay: &[u8], mut found: impl FnMut(usize, usize) -> bool) -> bool {
        let mut state = 0;
        for (i, &b) in hay.iter().enumerate() {
            let class = self.class_of[usize::from(b)];
            // A dense state (every state of a small automaton) in one lookup.
            let next = if state < self.dense_states {
                self.dense[state * self.classes + usize::from(class)]
            } else {
                self.next_sparse(state, class)
            };
            state = usize::from(next & !HAS_OUTPUT);
            if next & HAS_OUTPUT == 0 {
                continue;
            }
            let (lo, hi) = (usize::from(self.out_at[state]), usize::from(self.out_at[state + 1]));
            for &id in &self.out[lo..hi] {
                let id = usize::from(id);
                if found(id, i + 1 - usize::from(self.lens[id])) {
                    return true;
                }
            }
        }
        false
    }
}

include!(concat!(env!("OUT_DIR"), "/word_automata.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence `search` reports, against aho-corasick's overlapping
    /// search over the same needles, on haystacks glued together from the
    /// needles, parts of them and stray bytes (overlaps, shared prefixes and
    /// suffixes, failure chains), in mixed case where the search folds it.
    pub(crate) fn agrees_with_aho_corasick(automaton: &Automaton, needles: &[&str], fold: bool) {
        let reference = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .ascii_case_insensitive(fold)
            .build(needles)
            .expect("needles build");
        let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config::with_cases(3000));
        let piece = (
            0..needles.len(),
            0usize..64,
            0usize..64,
            proptest::bool::ANY,
            proptest::collection::vec(proptest::num::u8::ANY, 0..3),
        );
        runner
            .run(&proptest::collection::vec(piece, 0..8), |pieces| {
                let mut hay = Vec::new();
                for (n, a, b, upper, glue) in pieces {
                    let n = needles[n].as_bytes();
                    let (a, b) = (a.min(n.len()), b.min(n.len()));
                    let part = if a < b && a + b < n.len() { &n[a..b] } else { n };
                    hay.extend(part.iter().map(|c| if upper && fold { c.to_ascii_uppercase() } else { *c }));
                    hay.extend(glue);
                }
                let mut got = Vec::new();
                automaton.search(&hay, |id, start| {
                    got.push((start, id));
                    false
                });
                got.sort_unstable();
                let mut want: Vec<(usize, usize)> =
                    reference.find_overlapping_iter(&hay).map(|m| (m.start(), m.pattern().as_usize())).collect();
                want.sort_unstable();
                proptest::prop_assert_eq!(got, want);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn the_word_automata_find_what_aho_corasick_finds() {
        use crate::grammar::wordings::{COMMAND_WORDING, LINE_MARKERS};
        let commands: Vec<&str> = COMMAND_WORDING.iter().map(|w| w.0).collect();
        let markers: Vec<&str> = LINE_MARKERS.iter().map(|w| w.0).collect();
        agrees_with_aho_corasick(&COMMAND_WORDS, &commands, true);
        agrees_with_aho_corasick(&LINE_MARKER_WORDS, &markers, true);
    }

    #[test]
    fn the_knowledge_base_automaton_finds_what_aho_corasick_finds() {
        agrees_with_aho_corasick(&crate::kb::KB_NEEDLES, crate::kb::NEEDLES, true);
    }
}
