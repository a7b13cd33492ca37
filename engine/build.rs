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
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("kb_rules.rs");
    fs::write(out, rules_src).unwrap();
    locales();
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
