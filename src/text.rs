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
