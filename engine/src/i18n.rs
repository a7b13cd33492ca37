//! User-facing text in the six languages of the seed article, via Fluent.
//!
//! Each language's bundle is parsed once, on first use of that language, so
//! the page pays only for the language the user reads.

use crate::kb::Rule;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Supported languages: (code, name in that language).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("vi", "Tiếng Việt"),
    ("zh-CN", "简体中文"),
    ("lt", "Lietuvių"),
    ("ru", "Русский"),
    ("ro", "Română"),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: &str) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 6] = [const { OnceLock::new() }; 6];
    let idx = LANGUAGES.iter().position(|(l, _)| *l == lang).unwrap_or(0);
    BUNDLES[idx].get_or_init(|| {
        let code = LANGUAGES[idx].0;
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        b.set_use_isolating(false);
        let own_plurals = plural_category(code, 0).is_some();
        if own_plurals {
            let _ = b.add_function("PLURAL", move |positional, _| match positional.first() {
                Some(FluentValue::Number(n)) if n.value >= 0.0 && n.value.fract() == 0.0 => {
                    FluentValue::from(plural_category(code, n.value as u64).unwrap_or("other"))
                }
                Some(v) => v.clone(),
                None => FluentValue::None,
            });
        }
        for (_, files) in LOCALE_FILES.iter().filter(|(l, _)| *l == code) {
            for (_, src) in *files {
                let src = if own_plurals { through_plural(src) } else { src.to_string() };
                // Syntax errors are caught by the completeness test; keep what parsed.
                let res = FluentResource::try_new(src).unwrap_or_else(|(res, _)| res);
                let _ = b.add_resource(res);
            }
        }
        b
    })
}

/// The CLDR cardinal plural category of the whole number `n` in `lang`, for
/// the languages whose rules `intl_pluralrules` 7.0.2 (Fluent's) gets wrong:
/// it drops the modulo from `n % 10 = 2..9` (Lithuanian: 22 read as `other`,
/// 111 as `one`) and `n % 100 = 1..19` (Romanian: "101 de linii"). QA round 31.
fn plural_category(lang: &str, n: u64) -> Option<&'static str> {
    let (n10, n100) = (n % 10, n % 100);
    match lang {
        "lt" => Some(if n10 == 1 && !(11..=19).contains(&n100) {
            "one"
        } else if (2..=9).contains(&n10) && !(11..=19).contains(&n100) {
            "few"
        } else {
            "other"
        }),
        // CLDR 38 and later: `n = 0 or n != 1 and n % 100 = 1..19`.
        "ro" => Some(if n == 1 {
            "one"
        } else if n == 0 || (1..=19).contains(&n100) {
            "few"
        } else {
            "other"
        }),
        _ => None,
    }
}

/// `src` with each selector on a variable (`{ $count ->`) made a selector on
/// `PLURAL($count)`, the category [`plural_category`] gives: a string, which
/// Fluent matches against the variant keys as written.
fn through_plural(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 256);
    let mut rest = src;
    while let Some(at) = rest.find("{ $") {
        let after = &rest[at + 3..];
        let name_len = after.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-').count();
        let name = &after[..name_len];
        out.push_str(&rest[..at]);
        if name_len > 0 && after[name_len..].starts_with(" ->") {
            out.push_str("{ PLURAL($");
            out.push_str(name);
            out.push(')');
            rest = &after[name_len..];
        } else {
            out.push_str("{ $");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Picks the supported language closest to a BCP 47 tag (`zh-Hans-CN` → `zh-CN`).
pub fn negotiate(tag: &str) -> &'static str {
    supported(tag).unwrap_or("en")
}

/// The supported language a BCP 47 tag names (`ru-RU` → `ru`), if any.
pub fn supported(tag: &str) -> Option<&'static str> {
    let lower = tag.to_ascii_lowercase();
    let primary = lower.split(['-', '_']).next().unwrap_or("");
    LANGUAGES.iter().map(|(l, _)| *l).find(|l| l.to_ascii_lowercase() == lower || l.split('-').next() == Some(primary))
}

fn format(b: &Bundle, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
    let msg = b.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = vec![];
    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
}

/// A reference in the reader's language where its site has one: Microsoft
/// Learn serves its articles under a locale (`/en-us/` → `/ru-ru/`; the
/// seed article exists in each of these, and a page not translated is
/// shown in English there). Other sites, and English, keep the URL.
pub fn reference_url(lang: &str, url: &'static str) -> std::borrow::Cow<'static, str> {
    const LEARN: &str = "https://learn.microsoft.com/en-us/";
    let locale = match lang {
        "vi" => "vi-vn",
        "zh-CN" => "zh-cn",
        "lt" => "lt-lt",
        "ru" => "ru-ru",
        "ro" => "ro-ro",
        _ => return url.into(),
    };
    match url.strip_prefix(LEARN) {
        Some(rest) => format!("https://learn.microsoft.com/{locale}/{rest}").into(),
        None => url.into(),
    }
}

/// A reference's title in the reader's language: a title is the document's
/// own (kept as it is written), but the words some titles end with to say
/// what the cited code holds (`Sisimai::Reason::Filtered (wording that means
/// this reason)`) are ours, and are translated.
pub fn reference_title(lang: &str, title: &'static str) -> std::borrow::Cow<'static, str> {
    const LABELS: &[(&str, &str)] = &[
        (" (wording that means this reason)", "ref-reason-wording"),
        (" (provider-specific wording)", "ref-provider-wording"),
        (" (MTA-specific wording)", "ref-mta-wording"),
    ];
    if lang == "en" {
        return title.into();
    }
    for (suffix, id) in LABELS {
        if let Some(name) = title.strip_suffix(suffix) {
            return format!("{name} ({})", text(lang, id, None)).into();
        }
    }
    title.into()
}

/// The colon after a label (`Cause:`): Chinese writes the full-width one
/// (`原因：`), as its own punctuation.
pub fn colon(lang: &str) -> &'static str {
    if lang.starts_with("zh") { "：" } else { ":" }
}

/// A message (or one of its attributes) in `lang`, falling back to English,
/// then to the id itself so nothing is ever blank.
pub fn text(lang: &str, id: &str, attr: Option<&str>) -> String {
    format(bundle(lang), id, attr, None)
        .or_else(|| format(bundle("en"), id, attr, None))
        .unwrap_or_else(|| id.to_string())
}

/// Like [`text`] with numeric arguments (`count`, `lines`, …).
pub fn text_n(lang: &str, id: &str, args: &[(&str, i64)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, FluentValue::from(*v));
    }
    format(bundle(lang), id, None, Some(&fa))
        .or_else(|| format(bundle("en"), id, None, Some(&fa)))
        .unwrap_or_else(|| id.to_string())
}

/// A report note in `lang`.
pub fn note_text(lang: &str, n: &crate::report::Note) -> String {
    use crate::report::Note;
    match n {
        Note::Binary => text(lang, "note-binary", None),
        Note::Compressed { format } => with_arg(lang, "note-compressed", "format", format),
        Note::Utf16 => text(lang, "note-utf16", None),
        Note::Empty => text(lang, "note-empty", None),
        Note::Lossy { charset: Some(c), .. } => with_arg(lang, "note-lossy-decoded", "charset", c),
        Note::Lossy { .. } => text(lang, "note-lossy", None),
        Note::Truncated { lines } => text_n(lang, "note-truncated", &[("count", *lines as i64)]),
        Note::TooManyFindings { dropped } => text_n(lang, "note-too-many", &[("count", *dropped as i64)]),
        Note::RecipientsGrouped { occurrences } => {
            text_n(lang, "note-recipients-grouped", &[("count", *occurrences as i64)])
        }
        Note::MessageTooLarge => text(lang, "note-message-too-large", None),
        Note::MessageTooDeep => {
            text_n(lang, "note-message-too-deep", &[("count", crate::message::MAX_ATTACHED_MESSAGES as i64)])
        }
        Note::MessageTooManyParts => {
            text_n(lang, "note-message-too-many-parts", &[("count", crate::message::MAX_PARTS as i64)])
        }
        Note::MimeUnreadable => text(lang, "note-mime-unreadable", None),
        Note::BadMessage => text(lang, "note-bad-message", None),
        Note::Archive { problem } => with_problem(lang, "note-archive", problem),
        Note::ArchiveMember { problem } => with_problem(lang, "note-archive-member", problem),
        Note::Cancelled => text(lang, "note-cancelled", None),
        Note::Tls12Works { hosts } => text_n(lang, "note-tls12-works", &[("count", *hosts as i64)]),
        Note::Tls12Elsewhere { hosts } => text_n(lang, "note-tls12-elsewhere", &[("count", *hosts as i64)]),
        Note::Tls12ServerWorks { clients } => text_n(lang, "note-tls12-server-works", &[("count", *clients as i64)]),
    }
}

/// The note `id` in `lang` with the container's own words in it.
fn with_problem(lang: &str, id: &str, problem: &str) -> String {
    with_arg(lang, id, "problem", problem)
}

/// The message `id` in `lang` with one text argument.
fn with_arg(lang: &str, id: &str, key: &str, value: &str) -> String {
    let mut fa = FluentArgs::new();
    fa.set(key, FluentValue::from(value));
    format(bundle(lang), id, None, Some(&fa))
        .or_else(|| format(bundle("en"), id, None, Some(&fa)))
        .unwrap_or_else(|| value.to_string())
}

/// The translated parts of a rule.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RuleText {
    pub title: String,
    pub cause: String,
    pub fix: Vec<String>,
}

/// Title, cause and numbered fix steps (`.fix-1`, `.fix-2`, …) of a rule.
pub fn rule_text(lang: &str, rule: &Rule) -> RuleText {
    let mut fix = Vec::new();
    for n in 1.. {
        let attr = format!("fix-{n}");
        let step = format(bundle(lang), rule.id, Some(&attr), None)
            .or_else(|| format(bundle("en"), rule.id, Some(&attr), None));
        match step {
            Some(s) => fix.push(s),
            None => break,
        }
    }
    RuleText { title: text(lang, rule.id, None), cause: text(lang, rule.id, Some("cause")), fix }
}

/// Every `id` and `id.attr` a language defines, for completeness checks.
pub fn message_keys(lang: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for (_, files) in LOCALE_FILES.iter().filter(|(l, _)| *l == lang) {
        for (_, src) in *files {
            let res = match FluentResource::try_new(src.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    keys.push(m.id.name.to_string());
                    for a in &m.attributes {
                        keys.push(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
        }
    }
    keys.sort();
    keys
}

/// Fluent syntax errors per language and file (empty when all parse).
pub fn syntax_errors(lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (_, files) in LOCALE_FILES.iter().filter(|(l, _)| *l == lang) {
        for (name, src) in *files {
            if let Err((_, errs)) = FluentResource::try_new(src.to_string()) {
                out.push(format!("{lang}/{name}: {errs:?}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::RULES;

    #[test]
    fn microsoft_learn_references_open_in_the_readers_language() {
        let seed =
            "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror";
        assert_eq!(
            reference_url("ru", seed),
            "https://learn.microsoft.com/ru-ru/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror"
        );
        assert_eq!(reference_url("zh-CN", seed), seed.replace("/en-us/", "/zh-cn/"));
        assert_eq!(reference_url("en", seed), seed);
        // Exact numbers before plural categories (Russian `one` is also 21).
        let n = |lang: &str, id: &str, count: i64| text_n(lang, id, &[("count", count)]);
        assert!(n("ru", "pipeline-already-read", 1).starts_with("Уже прочитан ранее"));
        assert!(n("ru", "pipeline-already-read", 21).starts_with("Уже прочитаны ранее"));
        assert!(n("ru", "paste-analysed", 0).contains("не найдено"));
        assert!(n("ru", "paste-analysed", 21).ends_with("21 находка."));
        assert!(n("ro", "paste-analysed", 25).ends_with("25 de constatări."));
        let sisimai = "Sisimai::Reason::Filtered (wording that means this reason)";
        assert_eq!(reference_title("en", sisimai), sisimai);
        assert_eq!(reference_title("ru", sisimai), "Sisimai::Reason::Filtered (формулировки, означающие эту причину)");
        assert_eq!(reference_title("ru", "Gmail SMTP errors (Gmail Help)"), "Gmail SMTP errors (Gmail Help)");
        // Other sites keep their address.
        assert_eq!(
            reference_url("lt", "https://www.postfix.org/TLS_README.html"),
            "https://www.postfix.org/TLS_README.html"
        );
    }

    #[test]
    fn every_language_has_every_english_message_and_nothing_else() {
        let en = message_keys("en");
        assert!(!en.is_empty());
        for (lang, _) in LANGUAGES {
            assert!(syntax_errors(lang).is_empty(), "{:?}", syntax_errors(lang));
            let keys = message_keys(lang);
            let missing: Vec<_> = en.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !en.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} is missing {missing:?}");
            assert!(extra.is_empty(), "{lang} has ids English lacks: {extra:?}");
        }
    }

    #[test]
    fn every_rule_has_title_cause_and_fix_in_english() {
        let en = message_keys("en");
        for r in RULES {
            assert!(en.contains(&r.id.to_string()), "no title for {}", r.id);
            assert!(en.contains(&format!("{}.cause", r.id)), "no cause for {}", r.id);
            assert!(en.contains(&format!("{}.fix-1", r.id)), "no fix for {}", r.id);
        }
    }

    #[test]
    fn negotiation_maps_browser_tags() {
        assert_eq!(negotiate("zh-Hans-CN"), "zh-CN");
        assert_eq!(negotiate("zh"), "zh-CN");
        assert_eq!(negotiate("ru-RU"), "ru");
        assert_eq!(negotiate("de-DE"), "en");
        assert_eq!(negotiate("vi"), "vi");
    }

    #[test]
    fn plural_and_fallback() {
        assert_eq!(text_n("en", "count", &[("count", 1)]), "1 occurrence");
        assert_eq!(text_n("en", "count", &[("count", 3)]), "3 occurrences");
        assert_eq!(text("en", "no-such-id", None), "no-such-id");
    }

    /// CLDR's plural categories: Lithuanian 22 and 102 are `few`, 111 is
    /// `other`; Romanian 101–119 are `few` ("101 linii"), 120 `other`
    /// ("120 de linii") (QA round 31 found 22 read as `other`).
    #[test]
    fn plurals_follow_cldr() {
        let lines = |lang: &str, n: i64| text_n(lang, "cli-lines", &[("lines", n)]);
        assert_eq!(lines("lt", 1), "1 eilutė");
        assert_eq!(lines("lt", 21), "21 eilutė");
        assert_eq!(lines("lt", 22), "22 eilutės");
        assert_eq!(lines("lt", 102), "102 eilutės");
        assert_eq!(lines("lt", 111), "111 eilučių");
        assert_eq!(lines("lt", 10), "10 eilučių");
        assert_eq!(lines("ro", 1), "1 linie");
        assert_eq!(lines("ro", 19), "19 linii");
        assert_eq!(lines("ro", 101), "101 linii");
        assert_eq!(lines("ro", 120), "120 de linii");
        assert_eq!(lines("ru", 22), "22 строки");
        assert_eq!(lines("ru", 111), "111 строк");
    }
}
