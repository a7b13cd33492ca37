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
                let texts: Vec<String> = m.text.iter().map(|t| lit(&t.to_ascii_lowercase())).collect();
                let kind = m.kind.as_deref().map(|k| {
                    let (_, variant) =
                        KINDS.iter().find(|(n, _)| *n == k).unwrap_or_else(|| panic!("{where_}: kind {k}"));
                    format!("Some(InputKind::{variant})")
                });
                write!(
                    m_src,
                    "Matcher {{ text: &[{}], status: {}, reply: {:?}, class: {:?}, kind: {} }},",
                    texts.join(","),
                    status.unwrap_or_else(|| "None".into()),
                    m.reply,
                    m.class,
                    kind.unwrap_or_else(|| "None".into()),
                )
                .unwrap();
                // Tier 0: text plus a code or an input kind; 1: text only; 2: code only.
                let tier = match (!m.text.is_empty(), m.status.is_some() || m.reply.is_some() || m.kind.is_some()) {
                    (true, true) => 0,
                    (true, false) => 1,
                    _ => 2 + u8::from(m.status.as_deref().is_some_and(|s| s.starts_with('x'))),
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
                "Rule {{ id: {}, family: {}, severity: Severity::{}, reason: {}, direction: Direction::{}, applies_to: &[{}], matchers: &[{}], artifacts: &[{}], references: &[{}], fixtures: &[{}] }},",
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
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("kb_rules.rs");
    fs::write(out, rules_src).unwrap();
    locales();
}

/// The needle index of `kb::classify` and `kb::has_trigger`, built here
/// rather than at run time (where it cost ~12 M instructions, most of a
/// one-message triage, and every page and worker paid it): the needles
/// numbered (those some matcher names first come first, sorted), each
/// matcher's needle ids in match order, and an Aho-Corasick automaton over
/// all of them as flat tables (Aho & Corasick 1975: a trie, failure links by
/// breadth-first search, each state's outputs including those of its
/// failure chain). `matchers` is every matcher's texts, in match order.
fn needle_index(matchers: &[&[String]]) -> String {
    use std::collections::{BTreeMap, HashMap, VecDeque};
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
    assert!(needles.len() < 1 << 16 && matchers.len() < 1 << 16, "needle ids are u16");
    assert!(needles.iter().all(|n| !n.is_empty()), "an empty needle would match everywhere");
    let mut by_first = vec![Vec::new(); firsts];
    let mut textless = vec![0u64; matchers.len().div_ceil(64)];
    for (pos, m) in ids.iter().enumerate() {
        match m.first() {
            Some(&first) => by_first[first].push(pos),
            None => textless[pos / 64] |= 1 << (pos % 64),
        }
    }
    // The trie; state 0 is the root.
    let mut goto: Vec<BTreeMap<u8, u32>> = vec![BTreeMap::new()];
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    for (id, n) in needles.iter().enumerate() {
        let mut s = 0usize;
        for &b in n.as_bytes() {
            s = match goto[s].get(&b) {
                Some(&t) => t as usize,
                None => {
                    goto.push(BTreeMap::new());
                    out.push(Vec::new());
                    let t = goto.len() - 1;
                    goto[s].insert(b, t as u32);
                    t
                }
            };
        }
        out[s].push(id);
    }
    // Failure links, breadth first: a state's link is the longest proper
    // suffix of its text that is also a trie path.
    let mut fail = vec![0u32; goto.len()];
    let mut queue: VecDeque<usize> = goto[0].values().map(|&t| t as usize).collect();
    while let Some(s) = queue.pop_front() {
        for (&b, &t) in &goto[s].clone() {
            let t = t as usize;
            let mut f = fail[s] as usize;
            let link = loop {
                if let Some(&n) = goto[f].get(&b) {
                    break n;
                }
                if f == 0 {
                    break 0;
                }
                f = fail[f] as usize;
            };
            fail[t] = link;
            let inherited = out[link as usize].clone();
            out[t].extend(inherited);
            queue.push_back(t);
        }
    }
    let list = |v: &mut dyn Iterator<Item = String>| v.collect::<Vec<_>>().join(",");
    let mut src = String::new();
    let quoted = list(&mut needles.iter().map(|n| lit(n)));
    writeln!(src, "/// Every matcher's needles, numbered: `0..FIRST_NEEDLES` are those some matcher names first.")
        .unwrap();
    writeln!(src, "pub static NEEDLES: &[&str] = &[{quoted}];\npub const NEEDLE_COUNT: usize = {};\npub const FIRST_NEEDLES: usize = {firsts};", needles.len()).unwrap();
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
    // States as u16 (every table halves); the root and the states with four
    // or more ways on get a whole row of 256 next states, failure links
    // already followed, so the bytes that leave them cost one lookup.
    assert!(goto.len() < usize::from(u16::MAX), "automaton states are u16");
    fn delta(goto: &[BTreeMap<u8, u32>], fail: &[u32], mut s: usize, b: u8) -> u32 {
        loop {
            if let Some(&t) = goto[s].get(&b) {
                return t;
            }
            if s == 0 {
                return 0;
            }
            s = fail[s] as usize;
        }
    }
    let mut dense_of = vec![0u16; goto.len()];
    let mut dense: Vec<String> = Vec::new();
    for (s, g) in goto.iter().enumerate() {
        if s == 0 || g.len() >= 4 {
            let row = list(&mut (0..=255u8).map(|b| delta(&goto, &fail, s, b).to_string()));
            dense.push(format!("[{row}]"));
            dense_of[s] = dense.len() as u16; // row index + 1; the root's is row 0
        }
    }
    writeln!(src, "/// Whole rows of next states (failure links followed) for the root (row 0) and the states")
        .unwrap();
    writeln!(src, "/// with many ways on: state `s` has row `AC_DENSE_OF[s] - 1` when that is not 0.").unwrap();
    writeln!(src, "static AC_DENSE: [[u16; 256]; {}] = [{}];", dense.len(), dense.join(",")).unwrap();
    writeln!(src, "static AC_DENSE_OF: &[u16] = &[{}];", list(&mut dense_of.iter().map(|t| t.to_string()))).unwrap();
    let (mut at, mut bytes, mut next) = (vec![0u32], Vec::new(), Vec::new());
    for g in &goto {
        for (&b, &t) in g {
            bytes.push(b);
            next.push(t);
        }
        at.push(bytes.len() as u32);
    }
    writeln!(src, "/// State `s`'s transitions: `AC_BYTES[AC_TRANS_AT[s]..AC_TRANS_AT[s + 1]]` (sorted) to the same range of `AC_NEXT`.").unwrap();
    writeln!(src, "static AC_TRANS_AT: &[u16] = &[{}];", list(&mut at.iter().map(|t| t.to_string()))).unwrap();
    writeln!(src, "static AC_BYTES: &[u8] = &[{}];", list(&mut bytes.iter().map(|t| t.to_string()))).unwrap();
    writeln!(src, "static AC_NEXT: &[u16] = &[{}];", list(&mut next.iter().map(|t| t.to_string()))).unwrap();
    writeln!(src, "/// Each state's failure link.").unwrap();
    writeln!(src, "static AC_FAIL: &[u16] = &[{}];", list(&mut fail.iter().map(|t| t.to_string()))).unwrap();
    let (mut out_at, mut outs) = (vec![0u32], Vec::new());
    for o in &mut out {
        o.sort_unstable();
        o.dedup();
        outs.extend(o.iter().copied());
        out_at.push(outs.len() as u32);
    }
    assert!(outs.len() < usize::from(u16::MAX), "output offsets are u16");
    writeln!(src, "/// The needles that end at state `s`: `AC_OUT[AC_OUT_AT[s]..AC_OUT_AT[s + 1]]`.").unwrap();
    writeln!(src, "static AC_OUT_AT: &[u16] = &[{}];", list(&mut out_at.iter().map(|t| t.to_string()))).unwrap();
    writeln!(src, "static AC_OUT: &[u16] = &[{}];", list(&mut outs.iter().map(|t| t.to_string()))).unwrap();
    src
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
