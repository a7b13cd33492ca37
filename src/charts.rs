//! Inline SVG charts, no library: the share of TLS versions and findings per
//! hour. Colours come from classes in www/pipeline.css (the CSP has no
//! 'unsafe-inline', so no style attributes); sizes are SVG attributes.

use mailtriage_engine::census::is_legacy;
use mailtriage_engine::i18n;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TlsChartProps {
    /// Sessions by protocol (`TLS1.0` … `TLS1.3`).
    pub protocols: BTreeMap<String, u64>,
    /// Sessions whose handshake failed and sessions without TLS.
    pub failed: u64,
    pub plain: u64,
    pub lang: &'static str,
}

fn pct(n: u64, total: u64) -> f64 {
    if total == 0 { 0.0 } else { n as f64 * 100.0 / total as f64 }
}

/// Rough width in px of `text` at `font` px (system sans-serif): a little
/// over the average, so that what is laid out by it fits.
fn text_width(text: &str, font: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '.' | ',' | '(' | ')' | 'i' | 'l' | 'I' | 'j' | 't' | 'f' => 0.36,
            c if c.is_ascii_uppercase() || c == 'm' || c == 'w' || c == '%' => 0.78,
            c if c.is_ascii() => 0.6,
            c if c >= '\u{2E80}' => 1.02,
            _ => 0.64,
        })
        .sum::<f64>()
        * font
}

/// The drawn width of an element, in px, kept up to date on resize: the
/// charts are laid out in px at their real size, so their text is drawn at
/// its font size on a phone too (a fixed 560-unit viewBox shrank 13 px
/// labels to 7.5 px at 390 px) and long labels get the room they need.
#[hook]
fn use_width(node: NodeRef, fallback: f64) -> f64 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::JsCast;
            let measure = move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    let w = f64::from(el.client_width());
                    if w > 0.0 {
                        width.set(w.round());
                    }
                }
            };
            measure();
            let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(measure);
            let win = web_sys::window();
            if let Some(w) = &win {
                let _ = w.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = win {
                    let _ = w.remove_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
                }
                drop(on_resize);
            }
        });
    }
    *width
}

/// Horizontal bars, one per TLS version (legacy ones in the alarm colour),
/// then failed handshakes and sessions without TLS. Labels take the room
/// their longest one needs beside the bars; where that leaves the bars too
/// little (a phone, a long translation), each label goes above its bar.
#[function_component(TlsChart)]
pub fn tls_chart(p: &TlsChartProps) -> Html {
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let svg_ref = use_node_ref();
    let width = use_width(svg_ref.clone(), 560.0).max(200.0);
    let mut rows: Vec<(String, u64, &'static str)> = p
        .protocols
        .iter()
        .map(|(k, v)| (k.replace("TLS", "TLS "), *v, if is_legacy(k) { "bar-legacy" } else { "bar-modern" }))
        .collect();
    if p.failed > 0 {
        rows.push((t("chart-tls-failed"), p.failed, "bar-failed"));
    }
    if p.plain > 0 {
        rows.push((t("chart-tls-plain"), p.plain, "bar-plain"));
    }
    let total: u64 = rows.iter().map(|r| r.1).sum();
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    // The language's decimal separator, as sizes and rates on the page have it.
    let values: Vec<String> =
        rows.iter().map(|(_, n, _)| format!("{n} ({} %)", crate::text::decimal(lang, pct(*n, total), 1))).collect();
    let (label_font, value_font) = (13.0, 11.0);
    let label_w = rows.iter().map(|r| text_width(&r.0, label_font)).fold(0.0, f64::max) + 12.0;
    let value_w = values.iter().map(|v| text_width(v, value_font)).fold(0.0, f64::max) + 10.0;
    // Beside the bars when the bars keep at least 40 % of the width.
    let beside = width - label_w - value_w >= width * 0.4;
    let (bar_x, bar_w, row_h, bar_dy, label_dy) = if beside {
        (label_w, width - label_w - value_w, 26.0, 0.0, 15.0)
    } else {
        (0.0, (width - value_w).max(40.0), 42.0, 19.0, 13.0)
    };
    let height = rows.len() as f64 * row_h + 6.0;
    let title = t("chart-tls-title");
    html! {
        <figure class="chart" data-testid="chart-tls" data-layout={if beside { "beside" } else { "above" }}>
            <figcaption>{ &title }</figcaption>
            <svg ref={svg_ref} viewBox={format!("0 0 {width} {height}")} role="img" aria-label={title.clone()} class="chart-svg">
                <title>{ &title }</title>
                <>{ for rows.iter().zip(&values).enumerate().map(|(i, ((label, n, class), value))| {
                    let y = i as f64 * row_h + 4.0;
                    let w = (*n as f64 / max as f64 * bar_w).max(if *n > 0 { 1.5 } else { 0.0 });
                    html! {
                        <g class="bar" data-label={label.clone()} data-count={n.to_string()}>
                            <text x="0" y={(y + label_dy).to_string()} class="chart-label">{ label }</text>
                            <rect x={bar_x.to_string()} y={(y + bar_dy).to_string()} width={w.to_string()} height="18" rx="3" class={*class} />
                            <text x={(bar_x + w + 6.0).to_string()} y={(y + bar_dy + 14.0).to_string()} class="chart-value">
                                { value }
                            </text>
                        </g>
                    }
                }) }</>
            </svg>
        </figure>
    }
}

/// One point of the findings timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct HourCount {
    /// `2026-01-20T11`: the hour as the log wrote it (UTC in Exchange's
    /// protocol logs, the server's local time in syslog).
    pub hour: String,
    pub rule: String,
    pub count: u64,
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub points: std::rc::Rc<Vec<HourCount>>,
    pub lang: &'static str,
}

/// Most rules drawn in their own colour; the rest are "other".
const SERIES: usize = 6;
/// Bars drawn at most in the timeline (four days of hours).
const MAX_BARS: usize = 96;

/// `2026-01-20T11` → `11:00`; `Jan 20 10` (syslog) → `10:00`.
fn hour_label(hour: &str) -> String {
    let h = hour.rsplit(['T', ' ']).next().unwrap_or(hour);
    format!("{h}:00")
}

/// The day part of an hour bucket.
fn day_of(hour: &str) -> &str {
    hour.rsplit_once(['T', ' ']).map_or("", |(d, _)| d)
}

/// Stacked bars of findings per hour, one colour per rule.
#[function_component(TimelineChart)]
pub fn timeline_chart(p: &TimelineProps) -> Html {
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let title = t("chart-timeline-title");
    // Rules by total count, the biggest get their own series.
    let mut totals: BTreeMap<&str, u64> = BTreeMap::new();
    for pt in p.points.iter() {
        *totals.entry(pt.rule.as_str()).or_default() += pt.count;
    }
    let mut rules: Vec<(&str, u64)> = totals.into_iter().collect();
    rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let series: Vec<&str> = rules.iter().take(SERIES).map(|r| r.0).collect();
    let other = rules.len() > SERIES;
    let idx = |rule: &str| series.iter().position(|r| *r == rule).unwrap_or(SERIES);
    // Hours in order, each with a count per series.
    let mut hours: BTreeMap<&str, [u64; SERIES + 1]> = BTreeMap::new();
    for pt in p.points.iter() {
        hours.entry(pt.hour.as_str()).or_default()[idx(&pt.rule)] += pt.count;
    }
    // A long log (days of hours) is drawn with one bar per `per_bar`
    // consecutive hours of one day (see `group_hours`): a few hundred bars
    // at 2 px each said no more, and drawing them blocked the page at every
    // snapshot.
    let (per_bar, bars) = group_hours(hours.into_iter().collect(), MAX_BARS);
    let max = bars.iter().map(|b| b.2.iter().sum::<u64>()).max().unwrap_or(0).max(1);
    let n = bars.len().max(1) as f64;
    let (left, top, plot_h, width) = (44.0, 8.0, 150.0, 560.0);
    let plot_w = width - left - 4.0;
    let step = plot_w / n;
    let label_every = (n / 8.0).ceil().max(1.0) as usize;
    let rule_title = |rule: &str| {
        mailtriage_engine::kb::rule(rule).map_or_else(|| rule.to_string(), |r| i18n::rule_text(lang, r).title)
    };
    // The bars are drawn in data units (one unit per hour across, one per
    // finding up, y growing upwards from 0) inside a nested SVG whose viewBox
    // maps them onto the plot. A snapshot that adds hours or raises the
    // maximum changes that one viewBox; only the hours whose counts changed
    // touch their own bars (keyed by series), so a redraw while a big log
    // streams stays small. Bars are keyed by their place, not their hours:
    // when a growing log regroups its hours, each bar's element is updated
    // in place instead of all of them being dropped and built again. The
    // ticks sit in a group of their own: beside the other children of the
    // chart, their keyed list made every snapshot rebuild the whole chart.
    // Under the axis: an hour every `label_every` bars, and the date where
    // a day starts, when the last date drawn is far enough to the left
    // (a date is about 70 px wide).
    let day_gap = ((n * 72.0 / plot_w).ceil() as usize).max(1);
    let mut last_day: Option<usize> = None;
    let ticks: Vec<(usize, &str, bool, bool)> = bars
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let new_day = i == 0 || day_of(bars[i - 1].0) != day_of(b.0);
            let day = new_day && last_day.is_none_or(|d| i - d >= day_gap);
            if day {
                last_day = Some(i);
            }
            let hour = i % label_every == 0;
            (hour || day).then_some((i, b.0, hour, day))
        })
        .collect();
    html! {
        <figure class="chart" data-testid="chart-timeline">
            <figcaption>{ &title }</figcaption>
            if p.points.is_empty() {
                <p class="empty">{ t("chart-timeline-empty") }</p>
            } else {
                <svg viewBox={format!("0 0 {width} {}", top + plot_h + 34.0)} role="img" aria-label={title.clone()} class="chart-svg">
                    <title>{ &title }</title>
                    <line x1={left.to_string()} y1={(top + plot_h).to_string()} x2={width.to_string()} y2={(top + plot_h).to_string()} class="axis" />
                    <text x={(left - 6.0).to_string()} y={(top + 10.0).to_string()} class="chart-value" text-anchor="end">{ max }</text>
                    <text x={(left - 6.0).to_string()} y={(top + plot_h).to_string()} class="chart-value" text-anchor="end">{ "0" }</text>
                    <svg x={(left + 2.0).to_string()} y={top.to_string()} width={plot_w.to_string()} height={plot_h.to_string()}
                        viewBox={format!("0 {} {} {max}", -(max as f64), n)} preserveAspectRatio="none" class="bars">
                        { for bars.iter().enumerate().map(|(i, (hour, last, counts))| html! {
                            <HourBars key={i} hour={hour.to_string()} last={(per_bar > 1).then(|| last.to_string())} index={i} counts={*counts} />
                        }) }
                    </svg>
                    <g class="ticks">
                    { for ticks.iter().map(|&(i, hour, show_hour, show_day)| {
                        let x = left + 2.0 + (i as f64 + 0.5) * step;
                        html! {
                            <g key={hour} class="tick">
                                if show_hour {
                                    <text x={x.to_string()} y={(top + plot_h + 14.0).to_string()} class="chart-tick" text-anchor="middle">
                                        { hour_label(hour) }
                                    </text>
                                }
                                if show_day {
                                    <text x={x.to_string()} y={(top + plot_h + 28.0).to_string()} class="chart-tick" text-anchor="middle">
                                        { day_of(hour) }
                                    </text>
                                }
                            </g>
                        }
                    }) }
                    </g>
                </svg>
                <ul class="legend">
                    <>{ for series.iter().enumerate().map(|(s, rule)| html! {
                        <li><svg viewBox="0 0 10 10" class="swatch" aria-hidden="true"><rect width="10" height="10" class={format!("series-{s}")} /></svg>{ rule_title(rule) }</li>
                    }) }</>
                    if other {
                        <li><svg viewBox="0 0 10 10" class="swatch" aria-hidden="true"><rect width="10" height="10" class={format!("series-{SERIES}")} /></svg>{ t("chart-other") }</li>
                    }
                </ul>
            }
        </figure>
    }
}

/// Counts of one hour (or bar) per series.
type Counts = [u64; SERIES + 1];

fn add_counts(sum: &mut Counts, counts: &Counts) {
    for (s, n) in sum.iter_mut().zip(counts) {
        *s += n;
    }
}

/// The hour of an hour bucket (`2026-01-20T11` → 11), 0 when unreadable.
fn hour_of_day(hour: &str) -> usize {
    hour.rsplit(['T', ' ']).next().and_then(|h| h.parse().ok()).unwrap_or(0)
}

/// Runs of consecutive entries with the same `key`, each with its first and
/// last hour and the summed counts.
fn runs<'a, K: PartialEq>(hours: &[(&'a str, Counts)], key: impl Fn(&str) -> K) -> Vec<(&'a str, &'a str, Counts)> {
    let mut bars: Vec<(&'a str, &'a str, Counts)> = Vec::new();
    let mut last_key = None;
    for &(hour, counts) in hours {
        let k = key(hour);
        match bars.last_mut() {
            Some(bar) if last_key.as_ref() == Some(&k) => {
                bar.1 = hour;
                add_counts(&mut bar.2, &counts);
            }
            _ => bars.push((hour, hour, counts)),
        }
        last_key = Some(k);
    }
    bars
}

/// Hours grouped so that at most `max` bars are drawn: `per_bar` hours of
/// the same day each (1, 2, 3, 4, 6, 8, 12 or 24, aligned on the clock, the
/// smallest that fits, so a bar never mixes days and the grouping changes
/// only a few times while a big log streams in); past `max` days, several
/// whole days per bar.
fn group_hours(hours: Vec<(&str, Counts)>, max: usize) -> (usize, Vec<(&str, &str, Counts)>) {
    for per_bar in [1, 2, 3, 4, 6, 8, 12, 24] {
        let bars = runs(&hours, |h| (day_of(h).to_string(), hour_of_day(h) / per_bar));
        if bars.len() <= max {
            return (per_bar, bars);
        }
    }
    let days = runs(&hours, |h| day_of(h).to_string());
    let per = days.len().div_ceil(max.max(1));
    let bars = days
        .chunks(per)
        .map(|c| {
            let mut sum = [0u64; SERIES + 1];
            for (_, _, counts) in c {
                add_counts(&mut sum, counts);
            }
            (c[0].0, c[c.len() - 1].1, sum)
        })
        .collect();
    (24 * per, bars)
}

#[derive(Properties, PartialEq)]
struct HourBarsProps {
    hour: String,
    /// The last hour of the bar when it groups several.
    last: Option<String>,
    /// The hour's place on the axis (one data unit per hour).
    index: usize,
    counts: Counts,
}

/// One hour's stacked bar, in the data units of the timeline's nested SVG.
/// Its own component, so an hour whose counts did not change is not redrawn.
#[function_component(HourBars)]
fn hour_bars(p: &HourBarsProps) -> Html {
    let total: u64 = p.counts.iter().sum();
    let x = (p.index as f64 + 0.1).to_string();
    let mut y = 0.0;
    html! {
        <g class="hour" data-hour={p.hour.clone()} data-count={total.to_string()}>
            <title>{ match &p.last {
                // The hour as the log wrote it: UTC in Exchange's protocol
                // logs, the server's local time in syslog: no zone is claimed.
                Some(last) => format!("{}:00–{last}:59 — {total}", p.hour),
                None => format!("{}:00 — {total}", p.hour),
            } }</title>
            <>{ for p.counts.iter().enumerate().filter(|(_, c)| **c > 0).map(|(s, c)| {
                let h = *c as f64;
                y += h;
                html! { <rect key={s} x={x.clone()} y={(-y).to_string()} width="0.8" height={h.to_string()} class={format!("series-{s}")} /> }
            }) }</>
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_logs_group_hours_of_one_day_and_keep_every_count() {
        let names: Vec<String> =
            (0..2400).map(|i| format!("2026-{:02}-{:02}T{:02}", 1 + i / 24 / 28, 1 + i / 24 % 28, i % 24)).collect();
        for n in [0, 1, 96, 97, 192, 193, 1000, 2400] {
            // Every third hour has findings, plus a stray hour five years before.
            let mut hours: Vec<(&str, Counts)> = vec![("2021-01-20T10", [1, 0, 0, 0, 0, 0, 0])];
            hours.extend(
                names[..n]
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 3 != 1)
                    .map(|(i, h)| (h.as_str(), [i as u64, 1, 0, 0, 0, 0, 2])),
            );
            let (per_bar, bars) = group_hours(hours.clone(), 96);
            assert!(bars.len() <= 96, "{n} hours: {} bars", bars.len());
            if per_bar <= 24 {
                assert!([1, 2, 3, 4, 6, 8, 12, 24].contains(&per_bar));
                for (first, last, _) in &bars {
                    assert_eq!(day_of(first), day_of(last), "{n}: a bar mixes days: {first}..{last}");
                    assert_eq!(hour_of_day(first) / per_bar, hour_of_day(last) / per_bar);
                }
            }
            if per_bar <= 24 {
                assert_eq!(
                    (bars[0].0, bars[0].1),
                    ("2021-01-20T10", "2021-01-20T10"),
                    "the stray hour is a bar of its own"
                );
            }
            let total = |c: &mut dyn Iterator<Item = Counts>| {
                c.fold([0u64; SERIES + 1], |mut a, x| {
                    a.iter_mut().zip(x).for_each(|(a, x)| *a += x);
                    a
                })
            };
            assert_eq!(total(&mut bars.iter().map(|b| b.2)), total(&mut hours.iter().map(|h| h.1)));
            assert_eq!(bars.last().map(|b| b.1), hours.last().map(|h| h.0));
        }
        let day: Vec<(&str, Counts)> = names[..24].iter().map(|h| (h.as_str(), [1, 0, 0, 0, 0, 0, 0])).collect();
        assert_eq!(group_hours(day.clone(), 96).0, 1);
        assert_eq!(group_hours(day.clone(), 12).0, 2);
        assert_eq!(group_hours(day, 5).0, 6);
    }
}
