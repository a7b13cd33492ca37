//! Compiles the knowledge base (`kb/*.toml`, one file per rule family) into
//! static tables, so nothing is parsed at page load. Also checks, at build
//! time, what a malformed rule file would otherwise only show at run time.

use serde::Deserialize;
use std::{collections::HashSet, env, fmt::Write as _, fs, path::Path};

/// Family files in the order their rules are tried within a precision tier.
const FAMILIES: &[&str] = &[
    "seed-tls",
    "tls-negotiation",
    "exo-ndr",
    "queue",
    "windows-events",
    "unix-mta-tls",
    "mta-bounces",
    "rfc3463",
    "rfc5321",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Family {
    family: String,
    #[serde(default, rename = "rule")]
    rules: Vec<Rule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    id: String,
    severity: String,
    reason: String,
    direction: String,
    applies_to: Vec<String>,
    #[serde(rename = "match")]
    matchers: Vec<Matcher>,
    #[serde(default)]
    artifacts: Vec<String>,
    references: Vec<Reference>,
    fixtures: Vec<String>,
    /// The rule names an envelope (`5.0.350 Remote server returned an error
    /// -> …`): the remote server's own reply after the arrow, when a rule
    /// explains it, is the cause.
    #[serde(default)]
    wrapper: bool,
    /// A wrapper that explains itself: only an inner reply a specific rule
    /// (not RFC 3463's or 5321's) explains replaces it.
    #[serde(default)]
    inner_specific: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Matcher {
    /// Substrings that must all appear (ASCII case-insensitive).
    #[serde(default)]
    text: Vec<String>,
    /// Enhanced status `c.s.d`; `x` as class matches 4 and 5.
    status: Option<String>,
    /// Three-digit reply code.
    reply: Option<u16>,
    /// Reply class digit (4 or 5) when no exact reply is given.
    class: Option<u8>,
    /// Input kind the line must come from (`queue-error`, `protocol-log`, …).
    kind: Option<String>,
    /// `inbound` or `outbound`: the side the line must come from, when its
    /// input says (a Receive log's rows are inbound); a line of unknown
    /// direction passes.
    direction: Option<String>,
    /// `exchange-online` or `other`: the remote server the line names must
    /// be known to be (or not be) Exchange Online; a line naming none fails.
    peer: Option<String>,
    /// Words that survive a translation of the text (`SocketError`,
    /// `STARTTLS`, `NoCredentials`) with the code beside them: tried after
    /// every matcher of English words, before a code alone. The seed's
    /// errors as Microsoft's localized articles word them
    /// (`421 4.4.2 Подключение прервано из-за SocketError`) are the seed's
    /// errors; an English reply a rule names keeps that rule.
    #[serde(default)]
    fallback: bool,
}

const KINDS: &[(&str, &str)] = &[
    ("exchange-ndr", "ExchangeNdr"),
    ("dsn", "Dsn"),
    ("queue-error", "QueueError"),
    ("protocol-log", "ProtocolLog"),
    ("syslog", "Syslog"),
    ("windows-event", "WindowsEvent"),
    ("text", "Text"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reference {
    title: String,
    url: String,
}

const SEVERITIES: &[&str] = &["critical", "error", "warning", "info"];
const DIRECTIONS: &[&str] = &["inbound", "outbound", "either"];

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("kb");
    println!("cargo:rerun-if-changed=kb");
    let reasons: HashSet<String> = fs::read_to_string(dir.join("reasons.txt"))
        .expect("kb/reasons.txt")
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();

    let mut rules_src = String::from("pub static RULES: &[Rule] = &[\n");
    // (tier, family order, rule order, matcher order, rule index, matcher index)
    let mut order: Vec<(u8, usize, usize, usize, usize, usize)> = Vec::new();
    let mut seen = HashSet::new();
    let mut index = 0usize;
    // Each rule's matchers' lowercase texts, for the needle automaton.
    let mut texts_of: Vec<Vec<Vec<String>>> = Vec::new();
    // Whether each rule's matchers need an enhanced status, a reply code.
    let mut codes_of: Vec<Vec<(bool, bool)>> = Vec::new();
    for (fam_pos, fam) in FAMILIES.iter().enumerate() {
        let path = dir.join(format!("{fam}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let family: Family = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(&family.family, fam, "{}: family name", path.display());
        for (rule_pos, r) in family.rules.iter().enumerate() {
            let where_ = format!("{}: rule {}", path.display(), r.id);
            assert!(seen.insert(r.id.clone()), "{where_}: duplicate id");
            assert!(
                r.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{where_}: id must be lowercase-kebab (it is also a Fluent message id)"
            );
            assert!(SEVERITIES.contains(&r.severity.as_str()), "{where_}: severity");
            assert!(DIRECTIONS.contains(&r.direction.as_str()), "{where_}: direction");
            assert!(reasons.contains(&r.reason), "{where_}: reason {} not in Sisimai's vocabulary", r.reason);
            assert!(!r.references.is_empty(), "{where_}: needs a reference");
            assert!(!r.fixtures.is_empty(), "{where_}: needs a fixture");
            assert!(!r.matchers.is_empty(), "{where_}: needs a matcher");
            let mut m_src = String::new();
            texts_of.push(r.matchers.iter().map(|m| m.text.iter().map(|t| t.to_ascii_lowercase()).collect()).collect());
            codes_of.push(r.matchers.iter().map(|m| (m.status.is_some(), m.reply.is_some())).collect());
            for (m_pos, m) in r.matchers.iter().enumerate() {
                assert!(!m.text.is_empty() || m.status.is_some() || m.reply.is_some(), "{where_}: empty matcher");
                let status = m.status.as_deref().map(|s| {
                    let parts: Vec<&str> = s.split('.').collect();
                    assert!(parts.len() == 3, "{where_}: status {s}");
                    let class = match parts[0] {
                        "x" => 0u8,
                        c => c.parse().unwrap_or_else(|_| panic!("{where_}: status {s}")),
                    };
                    let subj: u16 = parts[1].parse().unwrap_or_else(|_| panic!("{where_}: status {s}"));
                    let det: u16 = parts[2].parse().unwrap_or_else(|_| panic!("{where_}: status {s}"));
                    format!("Some(StatusPattern {{ class: {class}, subject: {subj}, detail: {det} }})")
                });
                let texts: Vec<String> = texts_of[index][m_pos].iter().map(|t| lit(t)).collect();
                let kind = m.kind.as_deref().map(|k| {
                    let (_, variant) =
                        KINDS.iter().find(|(n, _)| *n == k).unwrap_or_else(|| panic!("{where_}: kind {k}"));
                    format!("Some(InputKind::{variant})")
                });
                let direction = m.direction.as_deref().map(|d| {
                    assert!(d == "inbound" || d == "outbound", "{where_}: matcher direction {d}");
                    format!("Some(Direction::{})", capitalise(d))
                });
                let peer = m.peer.as_deref().map(|p| match p {
                    "exchange-online" => "Some(Peer::ExchangeOnline)",
                    "other" => "Some(Peer::Other)",
                    _ => panic!("{where_}: matcher peer {p}"),
                });
                write!(
                    m_src,
                    "Matcher {{ text: &[{}], status: {}, reply: {:?}, class: {:?}, kind: {}, direction: {}, peer: {} }},",
                    texts.join(","),
                    status.unwrap_or_else(|| "None".into()),
                    m.reply,
                    m.class,
                    kind.unwrap_or_else(|| "None".into()),
                    direction.unwrap_or_else(|| "None".into()),
                    peer.unwrap_or("None"),
                )
                .unwrap();
                // Tier 0: text plus a code, an input kind or a direction; 1: an
                // enhanced status alone whose detail has three digits (Exchange
                // Online's own codes, 5.7.703, 5.1.351: one meaning each, more
                // precise than a few common words); 2: text only; 3: words that
                // survive translation (`fallback`); 4: any other code alone; 5:
                // a code of either class (`x.`).
                let condition = m.status.is_some()
                    || m.reply.is_some()
                    || m.kind.is_some()
                    || m.direction.is_some()
                    || m.peer.is_some();
                let precise_status = m.status.as_deref().is_some_and(|s| {
                    s.rsplit('.').next().is_some_and(|d| d.len() == 3 && d.bytes().all(|b| b.is_ascii_digit()))
                }) && m.reply.is_none()
                    && m.kind.is_none();
                assert!(!m.fallback || !m.text.is_empty(), "{where_}: a fallback matcher names words");
                let tier = match (!m.text.is_empty(), condition) {
                    _ if m.fallback => 3,
                    (true, true) => 0,
                    (false, _) if precise_status => 1,
                    (true, false) => 2,
                    _ => 4 + u8::from(m.status.as_deref().is_some_and(|s| s.starts_with('x'))),
                };
                order.push((tier, fam_pos, rule_pos, m_pos, index, m_pos));
            }
            let list = |v: &[String]| v.iter().map(|s| lit(s)).collect::<Vec<_>>().join(",");
            let refs: Vec<String> = r
                .references
                .iter()
                .map(|x| {
                    assert!(x.url.starts_with("https://"), "{where_}: reference URL must be https");
                    format!("Reference {{ title: {}, url: {} }}", lit(&x.title), lit(&x.url))
                })
                .collect();
            writeln!(
                rules_src,
                "Rule {{ id: {}, family: {}, severity: Severity::{}, reason: {}, direction: Direction::{}, applies_to: &[{}], matchers: &[{}], artifacts: &[{}], references: &[{}], fixtures: &[{}], wrapper: {}, inner_specific: {} }},",
                lit(&r.id),
                lit(fam),
                capitalise(&r.severity),
                lit(&r.reason),
                capitalise(&r.direction),
                list(&r.applies_to),
                m_src,
                list(&r.artifacts),
                refs.join(","),
                list(&r.fixtures),
                r.wrapper,
                r.inner_specific,
            )
            .unwrap();
            index += 1;
        }
    }
    rules_src.push_str("];\n");
    order.sort();
    rules_src.push_str("/// (rule, matcher) pairs, most precise first.\npub static MATCH_ORDER: &[(u16, u8)] = &[");
    for (_, _, _, _, r, m) in &order {
        write!(rules_src, "({r},{m}),").unwrap();
    }
    rules_src.push_str("];\n");
    let matchers: Vec<&[String]> = order.iter().map(|&(_, _, _, _, r, m)| texts_of[r][m].as_slice()).collect();
    rules_src.push_str(&needle_index(&matchers));
    // The matchers that hold only with an enhanced status, or only with a
    // reply code, as bit sets over `MATCH_ORDER`: a line without that code
    // skips them (hundreds of textless matchers for every line with a trigger).
    let needs = |pick: &dyn Fn(&(bool, bool)) -> bool| {
        let mut bits = vec![0u64; order.len().div_ceil(64)];
        for (pos, &(_, _, _, _, r, m)) in order.iter().enumerate() {
            if pick(&codes_of[r][m]) {
                bits[pos / 64] |= 1 << (pos % 64);
            }
        }
        bits.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
    };
    writeln!(
        rules_src,
        "/// `MATCH_ORDER` positions of the matchers that need an enhanced status.\nstatic NEEDS_STATUS: [u64; {n}] = [{}];\n/// … that need a reply code.\nstatic NEEDS_REPLY: [u64; {n}] = [{}];",
        needs(&|c| c.0),
        needs(&|c| c.1),
        n = order.len().div_ceil(64),
    )
    .unwrap();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("kb_rules.rs");
    fs::write(out, rules_src).unwrap();
    word_automata();
    locales();
    gbk_table();
}

/// The two-byte GBK (code page 936) table for `crate::gbk`, from
/// `encoding_rs`'s (the WHATWG Encoding Standard's) decoder: the
/// character of each lead byte 0x81-0xFE and trail 0x40-0xFE (not 0x7F), as
/// UTF-16 little-endian, U+FFFD where the pair is none. 47 880 bytes in the
/// engine, where the whole of `encoding_rs` would add its every table.
fn gbk_table() {
    let mut table = Vec::with_capacity(126 * 190 * 2);
    for lead in 0x81u8..=0xFE {
        for trail in (0x40u8..=0xFE).filter(|&t| t != 0x7F) {
            let bytes = [lead, trail];
            let (text, _) = encoding_rs::GBK.decode_without_bom_handling(&bytes);
            let mut chars = text.chars();
            let unit = match (chars.next(), chars.next()) {
                (Some(c), None) => u16::try_from(u32::from(c)).unwrap_or(0xFFFD),
                _ => 0xFFFD,
            };
            table.extend_from_slice(&unit.to_le_bytes());
        }
    }
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("gbk.bin"), table).unwrap();
}

/// The needle index of `kb::classify` and `kb::has_trigger`, made here
/// rather than at run time, where building its automaton cost ~12 M
/// instructions (most of a one-message triage) in every process, page and
/// worker: the needles numbered (those some matcher names first come first,
/// sorted), each matcher's needle ids in match order, and the automaton
/// ([`automaton`]). `matchers` is every matcher's texts, in match order.
fn needle_index(matchers: &[&[String]]) -> String {
    use std::collections::HashMap;
    let mut needles: Vec<String> = matchers.iter().filter_map(|t| t.first().cloned()).collect();
    needles.sort_unstable();
    needles.dedup();
    let firsts = needles.len();
    let mut id_of: HashMap<String, usize> = needles.iter().enumerate().map(|(i, t)| (t.clone(), i)).collect();
    let ids: Vec<Vec<usize>> = matchers
        .iter()
        .map(|texts| {
            texts
                .iter()
                .map(|t| {
                    *id_of.entry(t.clone()).or_insert_with(|| {
                        needles.push(t.clone());
                        needles.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    // Needle ids and empty needles are checked by `automaton`.
    assert!(matchers.len() < 1 << 16, "match-order positions are u16");
    let mut by_first = vec![Vec::new(); firsts];
    let mut textless = vec![0u64; matchers.len().div_ceil(64)];
    for (pos, m) in ids.iter().enumerate() {
        match m.first() {
            Some(&first) => by_first[first].push(pos),
            None => textless[pos / 64] |= 1 << (pos % 64),
        }
    }
    let list = |v: &mut dyn Iterator<Item = String>| v.collect::<Vec<_>>().join(",");
    let mut src = String::new();
    let quoted = list(&mut needles.iter().map(|n| lit(n)));
    writeln!(src, "/// Every matcher's needles, numbered: `0..FIRST_NEEDLES` are those some matcher names first.")
        .unwrap();
    writeln!(src, "/// Only the tests read the texts; the search needs their count.\n#[cfg(test)]").unwrap();
    writeln!(src, "pub static NEEDLES: &[&str] = &[{quoted}];\npub const NEEDLE_COUNT: usize = {};\npub const FIRST_NEEDLES: usize = {firsts};", needles.len()).unwrap();
    // A short word that is a matcher's only needle (`rdns`, `dnsbl`, `surbl`)
    // counts only where a word starts: inside a Postfix queue ID
    // (`4XRdNsz8v5Cqz2`, random mixed-case letters) it read as a refusal for
    // a missing PTR record (QA round 29).
    let mut word_start = vec![false; needles.len()];
    for m in &ids {
        if let [only] = m[..] {
            let n = &needles[only];
            word_start[only] = n.len() <= 6 && n.bytes().all(|b| b.is_ascii_lowercase());
        }
    }
    let words = word_start.iter().enumerate().filter(|(_, w)| **w).map(|(i, _)| format!("({i}, {})", lit(&needles[i])));
    writeln!(src, "/// Needles that count only where a word starts (no letter or digit before them), with their text.")
        .unwrap();
    writeln!(src, "static WORD_NEEDLES: &[(u16, &str)] = &[{}];", list(&mut words.into_iter())).unwrap();
    let per = |v: &[usize]| format!("&[{}]", list(&mut v.iter().map(|i| i.to_string())));
    writeln!(src, "/// Needle ids of each `MATCH_ORDER` entry's matcher.").unwrap();
    writeln!(src, "static MATCHER_NEEDLES: &[&[u16]] = &[{}];", list(&mut ids.iter().map(|v| per(v)))).unwrap();
    writeln!(
        src,
        "/// For each needle `0..FIRST_NEEDLES`, the `MATCH_ORDER` positions of the matchers that name it first."
    )
    .unwrap();
    writeln!(src, "static BY_FIRST: &[&[u16]] = &[{}];", list(&mut by_first.iter().map(|v| per(v)))).unwrap();
    writeln!(src, "/// `MATCH_ORDER` positions of the matchers with no text, as a bit set.").unwrap();
    writeln!(
        src,
        "static TEXTLESS: [u64; {}] = [{}];",
        textless.len(),
        list(&mut textless.iter().map(|w| w.to_string()))
    )
    .unwrap();
    // Needles are lowercase (the rules' texts are lowered above) and lines are
    // searched in any ASCII case.
    src.push_str(&automaton("KB_NEEDLES", &needles, true));
    src
}

/// An Aho-Corasick automaton over `needles` (ids are their places) as flat
/// tables, for `crate::needles::Automaton` (Aho & Corasick, "Efficient string
/// matching", CACM 1975): a trie, failure links by breadth-first search, each
/// state's outputs with those of its failure chain. Bytes are read through
/// classes (every byte no needle holds is class 0; with `fold` an ASCII
/// capital shares its lowercase letter's class, so the search folds case for
/// free). States are renumbered so that the root (0) and the states with
/// four or more ways on come first (all states of a small automaton): those
/// get a whole row of next states by class, failure links already followed,
/// so a byte that leaves them costs one lookup. The rest keep their few ways
/// on, sorted by class, and a failure link.
fn automaton(name: &str, needles: &[String], fold: bool) -> String {
    use std::collections::{BTreeMap, VecDeque};
    assert!(needles.iter().all(|n| !n.is_empty()), "{name}: an empty needle would match everywhere");
    assert!(!fold || needles.iter().all(|n| *n == n.to_ascii_lowercase()), "{name}: folded needles are lowercase");
    let mut class_of = [0u8; 256];
    let mut classes = 1usize;
    for n in needles {
        for &b in n.as_bytes() {
            if class_of[usize::from(b)] == 0 {
                class_of[usize::from(b)] = u8::try_from(classes).expect("at most 255 byte classes");
                classes += 1;
            }
        }
    }
    if fold {
        for b in b'A'..=b'Z' {
            class_of[usize::from(b)] = class_of[usize::from(b.to_ascii_lowercase())];
        }
    }
    // The trie over classes; state 0 is the root.
    let mut goto: Vec<BTreeMap<u8, usize>> = vec![BTreeMap::new()];
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    for (id, n) in needles.iter().enumerate() {
        let mut s = 0usize;
        for &b in n.as_bytes() {
            let c = class_of[usize::from(b)];
            s = match goto[s].get(&c) {
                Some(&t) => t,
                None => {
                    goto.push(BTreeMap::new());
                    out.push(Vec::new());
                    let t = goto.len() - 1;
                    goto[s].insert(c, t);
                    t
                }
            };
        }
        out[s].push(id);
    }
    // Failure links, breadth first: the longest proper suffix of a state's
    // text that is also a path from the root.
    let mut fail = vec![0usize; goto.len()];
    let mut queue: VecDeque<usize> = goto[0].values().copied().collect();
    while let Some(s) = queue.pop_front() {
        for (c, t) in goto[s].clone() {
            let mut f = fail[s];
            let link = loop {
                if let Some(&n) = goto[f].get(&c) {
                    break n;
                }
                if f == 0 {
                    break 0;
                }
                f = fail[f];
            };
            fail[t] = link;
            let inherited = out[link].clone();
            out[t].extend(inherited);
            queue.push_back(t);
        }
    }
    let delta = |mut s: usize, c: u8| loop {
        if let Some(&t) = goto[s].get(&c) {
            return t;
        }
        if s == 0 {
            return 0;
        }
        s = fail[s];
    };
    // Dense states first, the root at 0.
    let all_dense = goto.len() <= 4096;
    // A state's depth (its text's length); a child is always made after its parent.
    let mut depth = vec![0usize; goto.len()];
    for s in 0..goto.len() {
        for &t in goto[s].values() {
            depth[t] = depth[s] + 1;
        }
    }
    // A line without needles keeps the search near the root: the states of
    // the first three levels with whole rows take nearly every byte in one
    // lookup, not a walk down failure links (the knowledge base's 1 010
    // needles: 492 of 18 439 states, 56 KB of rows; a Postfix log's
    // classification −11 % of its instructions; deeper levels gained little).
    let is_dense = |s: usize| all_dense || s == 0 || goto[s].len() >= 4 || depth[s] <= 3;
    let mut order: Vec<usize> = (0..goto.len()).filter(|&s| is_dense(s)).collect();
    let dense = order.len();
    order.extend((0..goto.len()).filter(|&s| !is_dense(s)));
    let mut new_of = vec![0usize; goto.len()];
    for (new, &old) in order.iter().enumerate() {
        new_of[old] = new;
    }
    // A next state carries bit 15 when needles end there: the search tests
    // a bit of the value it has, not two loads of output offsets per byte.
    assert!(goto.len() < 1 << 15, "{name}: states fit in 15 bits");
    let flagged = |s: usize| new_of[s] | if out[s].is_empty() { 0 } else { 1 << 15 };
    assert!(needles.len() < usize::from(u16::MAX), "{name}: needle ids are u16");
    let join = |v: &mut dyn Iterator<Item = usize>| v.map(|x| x.to_string()).collect::<Vec<_>>().join(",");
    let rows: Vec<usize> = order[..dense]
        .iter()
        .flat_map(|&s| (0..classes).map(move |c| (s, c)))
        .map(|(s, c)| flagged(delta(s, c as u8)))
        .collect();
    let (mut at, mut bytes, mut next, mut fails) = (vec![0usize], Vec::new(), Vec::new(), Vec::new());
    let (mut out_at, mut outs) = (vec![0usize], Vec::new());
    for (new, &s) in order.iter().enumerate() {
        if new >= dense {
            for (&c, &t) in &goto[s] {
                bytes.push(usize::from(c));
                next.push(flagged(t));
            }
            at.push(bytes.len());
            fails.push(new_of[fail[s]]);
        }
        let mut o = out[s].clone();
        o.sort_unstable();
        o.dedup();
        outs.extend(o);
        out_at.push(outs.len());
    }
    assert!(bytes.len() < usize::from(u16::MAX) && outs.len() < usize::from(u16::MAX), "{name}: offsets are u16");
    let mut src = String::new();
    for (table, ty, v) in [
        ("DENSE", "u16", &rows),
        ("SPARSE_AT", "u16", &at),
        ("SPARSE_CLASS", "u8", &bytes),
        ("SPARSE_NEXT", "u16", &next),
        ("FAIL", "u16", &fails),
        ("OUT_AT", "u16", &out_at),
        ("OUT", "u16", &outs),
    ] {
        writeln!(src, "static {name}_{table}: &[{ty}] = &[{}];", join(&mut v.iter().copied())).unwrap();
    }
    writeln!(
        src,
        "/// The automaton over {} needles: {} states, {dense} of them with whole rows of {classes} classes.\n\
         pub(crate) static {name}: crate::needles::Automaton = crate::needles::Automaton {{ \
         class_of: &[{}], classes: {classes}, dense_states: {dense}, dense: {name}_DENSE, \
         sparse_at: {name}_SPARSE_AT, sparse_class: {name}_SPARSE_CLASS, sparse_next: {name}_SPARSE_NEXT, \
         fail: {name}_FAIL, out_at: {name}_OUT_AT, out: {name}_OUT, lens: &[{}] }};",
        needles.len(),
        goto.len(),
        join(&mut class_of.iter().map(|&c| usize::from(c))),
        join(&mut needles.iter().map(|n| n.len())),
    )
    .unwrap();
    src
}

/// The engine's word lists (`src/grammar/wordings.rs`), read here through a
/// stand-in for the one engine type they name.
#[allow(dead_code)]
mod grammar {
    pub mod smtp {
        pub enum Command {
            Helo,
            Mail,
            Rcpt,
            Data,
            EndOfData,
        }
    }
    pub mod wordings {
        include!("src/grammar/wordings.rs");
    }
}

/// The automata of the word lists, for `crate::needles`.
fn word_automata() {
    println!("cargo:rerun-if-changed=src/grammar/wordings.rs");
    // `automaton` checks that they are lowercase, as folding needs.
    let words = |list: &[&str]| -> Vec<String> { list.iter().map(|w| w.to_string()).collect() };
    let commands: Vec<&str> = grammar::wordings::COMMAND_WORDING.iter().map(|w| w.0).collect();
    let markers: Vec<&str> = grammar::wordings::LINE_MARKERS.iter().map(|w| w.0).collect();
    let mut src = automaton("COMMAND_WORDS", &words(&commands), true);
    src.push_str(&automaton("LINE_MARKER_WORDS", &words(&markers), true));
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("word_automata.rs"), src).unwrap();
}

/// Embeds every `locales/<lang>/*.ftl` file, sorted, so a new family's
/// translations need no code change.
fn locales() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut src = String::from("pub static LOCALE_FILES: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in crate_langs() {
        let mut files: Vec<_> = fs::read_dir(dir.join(lang))
            .unwrap_or_else(|e| panic!("locales/{lang}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        write!(src, "({lang:?}, &[").unwrap();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            write!(src, "({name:?}, include_str!({:?})),", f.display().to_string()).unwrap();
        }
        src.push_str("]),\n");
    }
    src.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs"), src).unwrap();
}

/// The six languages of the seed article, English first (the fallback).
fn crate_langs() -> [&'static str; 6] {
    ["en", "vi", "zh-CN", "lt", "ru", "ro"]
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}
