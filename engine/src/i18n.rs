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
        for (_, files) in LOCALE_FILES.iter().filter(|(l, _)| *l == code) {
            for (_, src) in *files {
                // Syntax errors are caught by the completeness test; keep what parsed.
                let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
                let _ = b.add_resource(res);
            }
        }
        b
    })
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
        Note::MimeUnreadable => text(lang, "note-mime-unreadable", None),
        Note::BadMessage => text(lang, "note-bad-message", None),
        Note::Archive { problem } => with_problem(lang, "note-archive", problem),
        Note::ArchiveMember { problem } => with_problem(lang, "note-archive-member", problem),
        Note::Cancelled => text(lang, "note-cancelled", None),
        Note::Tls12Works { hosts } => text_n(lang, "note-tls12-works", &[("count", *hosts as i64)]),
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
}
