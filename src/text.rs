//! Texts with arguments the engine's `i18n` cannot pass (it takes numbers
//! only): sizes, durations and names are put in by name after Fluent has
//! chosen the plural forms from the numbers.

use mailtriage_engine::i18n;

/// The message `id` with numbers `nums` (plural selectors and numbers) and
/// texts `strs`: each `{ $name }` of a text is replaced after formatting.
pub fn tr(lang: &str, id: &str, nums: &[(&str, i64)], strs: &[(&str, &str)]) -> String {
    let mut s = i18n::text_n(lang, id, nums);
    for (k, v) in strs {
        // Fluent writes a variable it was not given as `{$name}`.
        s = s.replace(&format!("{{${k}}}"), v);
    }
    s
}

/// `x` with `places` decimals and the language's decimal separator.
pub fn decimal(lang: &str, x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    if matches!(lang, "en" | "zh-CN") { s } else { s.replace('.', ",") }
}

/// A size as people read it: `512 B`, `3.2 KB`, `48 KB`, `1.5 MB`, `200 MB`,
/// `1.07 GB` (decimal units, as the rates; one decimal below ten).
pub fn size(lang: &str, bytes: f64) -> String {
    let bytes = bytes.max(0.0);
    if bytes < 1000.0 {
        return format!("{} {}", bytes.round(), i18n::text(lang, "unit-b", None));
    }
    let (value, unit) = if bytes < 1e6 {
        (bytes / 1e3, "unit-kb")
    } else if bytes < 1e9 {
        (bytes / 1e6, "unit-mb")
    } else {
        (bytes / 1e9, "unit-gb")
    };
    let places = if unit == "unit-gb" {
        2
    } else if value < 9.95 {
        1
    } else {
        0
    };
    format!("{} {}", decimal(lang, value, places), i18n::text(lang, unit, None))
}

/// A rate: `12 MB/s`, `850 KB/s`.
pub fn rate(lang: &str, bytes_per_sec: f64) -> String {
    tr(lang, "unit-rate", &[], &[("size", &size(lang, bytes_per_sec))])
}

/// A duration: `0.4 s`, `12 s`, `3 min 5 s`, `1 h 20 min`.
pub fn duration(lang: &str, secs: f64) -> String {
    let secs = secs.max(0.0);
    if secs < 9.95 {
        // Tenths, rounded up: a job of 30 ms took "0.1 s", not "0.0 s".
        return tr(lang, "unit-s", &[], &[("n", &decimal(lang, (secs * 10.0).ceil().max(1.0) / 10.0, 1))]);
    }
    let whole = secs.round() as i64;
    if whole < 60 {
        i18n::text_n(lang, "unit-s", &[("n", whole)])
    } else if whole < 3600 {
        i18n::text_n(lang, "unit-min-s", &[("m", whole / 60), ("s", whole % 60)])
    } else {
        i18n::text_n(lang, "unit-h-min", &[("h", whole / 3600), ("m", whole % 3600 / 60)])
    }
}

/// Time left, in whole seconds up to a minute.
pub fn time_left(lang: &str, secs: f64) -> String {
    let whole = secs.max(0.0).ceil() as i64;
    if whole < 60 { i18n::text_n(lang, "unit-s", &[("n", whole)]) } else { duration(lang, secs) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailtriage_engine::i18n::{LANGUAGES, text_n};

    #[test]
    fn counts_take_each_language_s_plural_forms() {
        let summary = |lang, s, f, e, l| {
            text_n(lang, "logs-summary", &[("sessions", s), ("files", f), ("endpoints", e), ("legacy", l)])
        };
        assert_eq!(
            summary("en", 2, 1, 1, 1),
            "2 SMTP sessions in 1 file from 1 remote endpoint; 1 of them still negotiates TLS 1.0 or 1.1."
        );
        assert_eq!(
            summary("en", 1, 3, 2, 0),
            "1 SMTP session in 3 files from 2 remote endpoints; 0 of them still negotiate TLS 1.0 or 1.1."
        );
        assert_eq!(
            text_n("en", "note-truncated", &[("count", 1)]),
            "1 very long line was read in pieces of at most 64 KiB; an error split between two pieces may be missed."
        );
        assert_eq!(
            text_n("en", "stats-lines", &[("lines", 1), ("unrecognised", 1)]),
            "1 line read, 1 without a recognised error"
        );
        // Russian: one / few / many.
        let ru = |n| text_n("ru", "logs-sessions-not-kept", &[("count", n)]);
        assert!(ru(21).contains("21 сеанс учтён"), "{}", ru(21));
        assert!(ru(3).contains("3 сеанса учтены"), "{}", ru(3));
        assert!(ru(11).contains("11 сеансов учтено"), "{}", ru(11));
        // Lithuanian: one / few / other.
        let lt = |n| text_n("lt", "note-too-many", &[("count", n)]);
        assert!(lt(1).contains("1 atskiras radinys"), "{}", lt(1));
        assert!(lt(2).contains("2 atskiri radiniai"), "{}", lt(2));
        assert!(lt(10).contains("10 atskirų radinių"), "{}", lt(10));
        // Romanian: one / few / other ("de" from 20 on).
        let ro = |n| text_n("ro", "logs-summary", &[("sessions", n), ("files", 1), ("endpoints", 2), ("legacy", 0)]);
        assert!(ro(1).starts_with("1 sesiune SMTP în 1 fișier, de la 2 gazde"), "{}", ro(1));
        assert!(ro(25).starts_with("25 de sesiuni SMTP"), "{}", ro(25));
    }

    #[test]
    fn sizes_times_and_names_are_put_in_every_language() {
        assert_eq!(size("en", 548.0), "548 B");
        assert_eq!(size("en", 3220.0), "3.2 KB");
        assert_eq!(size("en", 48_000.0), "48 KB");
        assert_eq!(size("en", 1_500_000.0), "1.5 MB");
        assert_eq!(size("en", 240_000_000.0), "240 MB");
        assert_eq!(size("ru", 1_500_000.0), "1,5 МБ");
        assert_eq!(duration("en", 0.03), "0.1 s");
        assert_eq!(duration("en", 125.0), "2 min 5 s");
        assert_eq!(rate("lt", 2_500_000.0), "2,5 MB/s");
        for (lang, _) in LANGUAGES {
            let t = tr(
                lang,
                "pipeline-cancelled",
                &[("index", 3), ("files", 21)],
                &[("name", "RECV.LOG"), ("read", "1 MB"), ("total", "2 MB")],
            );
            assert!(t.contains("RECV.LOG") && t.contains("21") && !t.contains('{'), "{lang}: {t}");
            let t =
                tr(lang, "pipeline-done", &[("files", 7)], &[("size", "3 KB"), ("time", "1 s"), ("rate", "3 KB/s")]);
            assert!(t.contains('7') && t.contains("3 KB/s") && !t.contains('{'), "{lang}: {t}");
        }
    }
}
