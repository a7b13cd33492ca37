//! What the admin reads and takes away: the findings of every input grouped
//! by rule (most severe first), evidence with the matched text highlighted,
//! numbered fix steps with copy buttons, artifact downloads, references,
//! JSON/CSV/Markdown export and the redact switch.
//!
//! Text from the input is only ever rendered as text nodes (Yew escapes
//! them), so HTML in a log stays inert. Formatting of the exports and the
//! redaction itself live in the engine (`export`, `redact`).

use crate::pipeline::CensusData;
use crate::state::PASTE;
use mailtriage_engine::export::{self, RuleGroup};
use mailtriage_engine::kb::{self, Severity};
use mailtriage_engine::redact::Redactor;
use mailtriage_engine::types::Occurrence;
use mailtriage_engine::{InputReport, Note, i18n};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Evidence lines shown per rule group (the rest are counted).
pub const EVIDENCE_SHOWN: usize = 20;
/// Rule groups drawn in the first task, and added in each next one: a
/// group is some 250 elements, and while a big log streams the page shares
/// the processor with the worker, so a task's work is kept to a few ms.
const FIRST_GROUPS: usize = 1;
const MORE_GROUPS: usize = 1;
/// A report with this many rule groups or fewer (a pasted bounce, a
/// queue error, most files) is drawn whole, rule texts included, in the
/// task that brings it: some 80 elements a group before its evidence, so
/// a paste shows all its findings at once and never grows under the reader.
const EAGER_GROUPS: usize = 8;
/// Evidence lines added per task (some 22 elements each).
const EVIDENCE_STEP: usize = 5;
/// Affected recipients/end-points listed per group (the rest are counted).
const AFFECTED_SHOWN: usize = 12;
/// Inputs drawn in full at first (and added per "more" click); with more
/// inputs than this, those without a finding or note are only named.
const FULL_VIEWS_UP_TO: usize = 100;
/// Names of such quiet inputs listed (the rest are counted).
const QUIET_NAMES_SHOWN: usize = 500;
/// Reports are drawn a few per task, by weight (see [`weight`]): so many
/// in the task that brings them, and so many more in each next task. A zip
/// of a hundred bounces drawn at once blocked the page for 140-170 ms, and
/// 66 protocol logs 50-120 ms a task (script, style and layout of some 3 000
/// elements each time). A pasted bounce, or a few dropped, are drawn at once.
const FIRST_WEIGHT: usize = 12;
const MORE_WEIGHT: usize = 8;

/// What drawing a report costs, in rule groups (some 80 elements each
/// when drawn whole) plus one for its heading: a short report's groups are
/// drawn in its first task, a long one's one per task (its first, with
/// its heading, weighs one: 70 logs were drawn two a task, behind every
/// other report's timers, for 8 s after the reading ended).
fn weight(r: &InputReport) -> usize {
    let mut rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    rules.sort_unstable();
    rules.dedup();
    // A long one's first group is drawn with its heading, in one weight.
    if rules.len() <= EAGER_GROUPS { 1 + rules.len() } else { FIRST_GROUPS }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub reports: Vec<Rc<InputReport>>,
    pub lang: &'static str,
    /// The redact switch's position (the reports are already redacted).
    pub redact: bool,
    pub on_redact: Callback<bool>,
    /// Told how many reports it was given and whether every one to be
    /// drawn is on the page: the job's outcome (`progress-done`) is shown
    /// once they are, so whoever reads it (an admin, a test) finds the
    /// results it speaks of.
    #[prop_or_default]
    pub on_drawn: Callback<(usize, bool)>,
}

/// The reports and the census as the views show them.
pub type Shown = (Vec<Rc<InputReport>>, Option<Rc<CensusData>>);

/// What the page shows when the redact switch is on: the reports and the
/// census redacted by one [`Redactor`], so the same address gets the same
/// token in the findings, the census table, the session viewer and the
/// exports. Off: the originals, untouched.
#[hook]
pub fn use_redacted(reports: &[Rc<InputReport>], census: &Option<Rc<CensusData>>, on: bool) -> Rc<Shown> {
    use_memo((reports.to_vec(), census.clone(), on), |(reports, census, on)| {
        if !*on {
            return (reports.clone(), census.clone());
        }
        let mut r = Redactor::new();
        let shown = reports.iter().map(|x| Rc::new(r.report(x))).collect();
        let census = census.as_ref().map(|c| {
            let arr = js_sys::Array::new();
            let stored: &js_sys::Array = c.transcripts.unchecked_ref();
            for i in 0..stored.length() {
                let rows = r.transcript(&c.transcript(i as usize));
                let value = serde_wasm_bindgen::to_value(&rows).unwrap_or(JsValue::NULL);
                // Stored the way the pipeline stores them: JSON text or a JS value.
                if stored.get(i).is_string() {
                    arr.push(&js_sys::JSON::stringify(&value).map(JsValue::from).unwrap_or(JsValue::NULL));
                } else {
                    arr.push(&value);
                }
            }
            Rc::new(CensusData { report: r.census(&c.report), transcripts: arr.into() })
        });
        (shown, census)
    })
}

/// The results section: toolbar (redact, export, print) and every report.
/// `reports` are shown as given (see [`use_redacted`]).
#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let redact = p.redact;
    let shown = Rc::new(p.reports.clone());
    let on_redact = {
        let cb = p.on_redact.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                cb.emit(i.checked());
            }
        })
    };
    let export = |kind: &'static str| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let reports: Vec<InputReport> = shown.iter().map(|r| (**r).clone()).collect();
            let (body, mime, ext) = match kind {
                "json" => (export::to_json(&reports, lang), "application/json", "json"),
                // A UTF-8 byte-order mark, so Excel on Windows reads the accents and CJK right.
                "csv" => (format!("\u{feff}{}", export::to_csv(&reports, lang)), "text/csv", "csv"),
                _ => (export::to_markdown(&reports, lang), "text/markdown", "md"),
            };
            let name = if redact { "mail-triage-report-redacted" } else { "mail-triage-report" };
            download(&format!("{name}.{ext}"), mime, &body);
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let none = shown.iter().all(|r| r.findings.is_empty());
    // A zip of a server's log folder holds thousands of inputs: each drawn
    // in full made a page of ~9 elements per input that was laid out again
    // on every report (2 000 inputs: 10 s; 20 000: 305 s and 4.7 GB).
    let (full, quiet) = split_quiet(&shown);
    // Nothing to export without a finding in the paste alone; files read
    // with none are a record worth handing on ("these 200 logs were checked,
    // nothing found": QA), and past the quiet list's names the export is
    // where all of them are.
    let none = none && shown.iter().all(|r| r.path == crate::state::PASTE);
    let limit = use_state(|| FULL_VIEWS_UP_TO);
    let wanted = full.len().min(*limit);
    // The reports drawn: as many as the weight drawn so far holds (at least one).
    let weights: Vec<usize> = full.iter().take(wanted).map(|(_, r)| weight(r)).collect();
    let (budget, drawn_limit) = crate::steps::use_drawn(weights.iter().sum(), FIRST_WEIGHT, MORE_WEIGHT);
    let drawn = weights
        .iter()
        .scan(0, |sum, w| {
            *sum += w;
            Some(*sum)
        })
        .enumerate()
        .take_while(|&(i, sum)| i == 0 || sum <= budget)
        .count();
    // A report drawn stays drawn while the list only grows: a big log's
    // report weighs more with each partial report.
    let drawn_before = use_mut_ref(|| 0usize);
    let drawn = drawn.max((*drawn_before.borrow()).min(wanted));
    *drawn_before.borrow_mut() = drawn;
    {
        // Fewer reports than before (a Clear): the next many are drawn 100
        // at first again, not as many as were shown before, and a few per
        // task again.
        let (limit, seen, drawn_before) = (limit.clone(), use_mut_ref(|| 0usize), drawn_before.clone());
        use_effect_with(full.len(), move |&n| {
            if n < std::mem::replace(&mut *seen.borrow_mut(), n) {
                limit.set(FULL_VIEWS_UP_TO);
                drawn_limit.set(FIRST_WEIGHT);
                *drawn_before.borrow_mut() = 0;
            }
        });
    }
    {
        let on_drawn = p.on_drawn.clone();
        use_effect_with((p.reports.len(), drawn >= wanted), move |&said| on_drawn.emit(said));
    }
    // The last "more" takes its button away: the keyboard's focus goes to
    // the first report it brings, once drawn, not to the page (QA round 48).
    let section = use_node_ref();
    let focus_at = use_mut_ref(|| None::<usize>);
    let on_more = {
        let (limit, focus_at, total) = (limit.clone(), focus_at.clone(), full.len());
        Callback::from(move |_: MouseEvent| {
            if total <= *limit + FULL_VIEWS_UP_TO {
                *focus_at.borrow_mut() = Some(*limit);
            }
            limit.set(*limit + FULL_VIEWS_UP_TO)
        })
    };
    {
        let (section, focus_at) = (section.clone(), focus_at.clone());
        use_effect_with(drawn, move |&drawn| {
            let at = *focus_at.borrow();
            if let Some(i) = at.filter(|&i| drawn > i) {
                *focus_at.borrow_mut() = None;
                let el = section
                    .cast::<web_sys::Element>()
                    .and_then(|s| s.query_selector_all("[data-testid=\"report\"] > h3.source").ok());
                if let Some(el) =
                    el.and_then(|l| l.item(i as u32)).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    html! {
        <section class="results" id="findings" aria-labelledby="findings-heading" tabindex="-1" ref={section}>
            <div class="results-head">
                <h2 id="findings-heading">{ t("findings-heading") }</h2>
                <div class="toolbar">
                    <label class="switch">
                        <input type="checkbox" role="switch" data-testid="redact" checked={redact} onchange={on_redact} />
                        { t("redact-label") }
                    </label>
                    <div class="exports" role="group" aria-label={t("export-heading")}>
                        <span class="export-label" aria-hidden="true">{ t("export-heading") }</span>
                        <button type="button" data-testid="export-json" disabled={none} onclick={export("json")}>{ t("export-json") }</button>
                        <button type="button" data-testid="export-csv" disabled={none} onclick={export("csv")}>{ t("export-csv") }</button>
                        <button type="button" data-testid="export-md" disabled={none} onclick={export("md")}>{ t("export-md") }</button>
                        <button type="button" data-testid="print" onclick={on_print}>{ t("export-print") }</button>
                    </div>
                </div>
            </div>
            if redact {
                <p class="redact-note" data-testid="redact-note">{ t("redact-note") }</p>
            }
            if shown.is_empty() {
                <p class="empty">{ t("empty-input") }</p>
            }
            <>{ for full.iter().take(drawn).map(|&(i, r)| html! { <ReportView key={r.path.clone()} index={i} report={r.clone()} lang={lang} /> }) }</>
            if full.len() > *limit {
                <button type="button" class="more-reports" data-testid="more-reports" onclick={on_more}>
                    { i18n::text_n(lang, "more-reports", &[("count", (full.len() - *limit) as i64)]) }
                </button>
            }
            if !quiet.is_empty() {
                <details class="quiet-inputs" data-testid="quiet-inputs">
                    <summary>{ i18n::text_n(lang, "quiet-inputs", &[("count", quiet.len() as i64)]) }</summary>
                    <ul>{ for quiet.iter().take(QUIET_NAMES_SHOWN).map(|r| html! { <li>{ r.path.clone() }</li> }) }</ul>
                    if quiet.len() > QUIET_NAMES_SHOWN {
                        <p class="empty">{ i18n::text_n(lang, "quiet-not-listed", &[("count", (quiet.len() - QUIET_NAMES_SHOWN) as i64)]) }</p>
                    }
                </details>
            }
        </section>
    }
}

/// Whether an input is listed by name only once there are many
/// ([`FULL_VIEWS_UP_TO`]): nothing was found in it and there is nothing to
/// say about how it was read (no note). The paste is always shown.
fn is_quiet(r: &InputReport) -> bool {
    r.findings.is_empty() && r.notes.is_empty() && r.path != PASTE
}

/// A report and its place among all the shown ones.
type Placed<'a> = (usize, &'a Rc<InputReport>);

/// The inputs drawn in full (with their place among all) and the quiet
/// ones listed by name: every input is drawn in full up to
/// [`FULL_VIEWS_UP_TO`] inputs; past it, quiet ones are only named.
fn split_quiet(shown: &[Rc<InputReport>]) -> (Vec<Placed<'_>>, Vec<&Rc<InputReport>>) {
    if shown.len() <= FULL_VIEWS_UP_TO {
        return (shown.iter().enumerate().collect(), Vec::new());
    }
    let (full, quiet): (Vec<_>, Vec<_>) = shown.iter().enumerate().partition(|(_, r)| !is_quiet(r));
    (full, quiet.into_iter().map(|(_, r)| r).collect())
}

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub report: Rc<InputReport>,
    /// Position on the page, to keep element ids unique across reports.
    #[prop_or_default]
    pub index: usize,
    pub lang: &'static str,
}

/// One input: its name and kind, notes, rule groups and unrecognised lines.
#[function_component(ReportView)]
pub fn report_view(p: &ReportProps) -> Html {
    let lang = p.lang;
    let r = &p.report;
    let groups =
        use_memo(p.report.clone(), |r| export::groups(r).iter().map(Group::from).map(Rc::new).collect::<Vec<_>>());
    // A long report's groups are drawn one per task the first time, so the
    // first snapshot of a big log never blocks the page; later snapshots
    // keep the limit. A short one is drawn whole.
    let eager = groups.len() <= EAGER_GROUPS;
    let (drawn, _) =
        crate::steps::use_drawn(groups.len(), if eager { EAGER_GROUPS } else { FIRST_GROUPS }, MORE_GROUPS);
    // Each growing list is a list of its own (`<>…</>`, see `steps`).
    let source: AttrValue =
        if r.path == PASTE { i18n::text(lang, "pasted-text", None).into() } else { r.path.clone().into() };
    html! {
        <div class="report" data-testid="report" data-kind={r.kind.as_str()}>
            // Focusable by script only: where the keyboard goes when the
            // "more" button it was on goes away.
            <h3 class="source" tabindex="-1">
                { source.clone() }
                // A space between the name and its kind, for a screen reader
                // ("Pasted text Exchange NDR", not "…textExchange…"); a binary
                // file has no kind of text to show.
                { " " }
                if !r.notes.contains(&Note::Binary) {
                    <span class="kind">{ i18n::text(lang, &format!("kind-{}", r.kind.as_str()), None) }</span>
                }
            </h3>
            <>{ for r.notes.iter().map(|n| html! { <p class="note" data-testid="note">{ i18n::note_text(lang, n) }</p> }) }</>
            if r.findings.is_empty() && !r.notes.contains(&Note::Binary) {
                <p class="empty" data-testid="no-findings">{ i18n::text(lang, "no-findings", None) }</p>
            }
            <>{ for groups.iter().take(drawn).map(|g| html! { <RuleView key={g.rule.clone()} group={g.clone()} source={source.clone()} scope={p.index} {eager} lang={lang} /> }) }</>
            if r.unrecognised_lines > 0 {
                <details class="unrecognised" data-testid="unrecognised">
                    <summary>{ i18n::text_n(lang, "stats-lines", &[("lines", r.lines as i64), ("unrecognised", r.unrecognised_lines as i64)]) }</summary>
                    <pre tabindex="0">{ for r.unrecognised_samples.iter().map(|(n, l)| html! { <>{ format!("{n:>6}  {l}\n") }</> }) }</pre>
                </details>
            }
        </div>
    }
}

/// An owned rule group, so a view can keep it across renders.
#[derive(Debug, PartialEq, Eq)]
struct Group {
    rule: String,
    severity: Severity,
    count: u64,
    first_line: u64,
    last_line: u64,
    first_seen: Option<String>,
    last_seen: Option<String>,
    codes: Vec<String>,
    affected: Vec<String>,
    evidence: Rc<Vec<Occurrence>>,
}

/// The evidence lines a rule group shows: its first [`EVIDENCE_SHOWN`]
/// occurrences by line (sorted by reference, so only those are copied).
fn shown_evidence<'a>(g: &RuleGroup<'a>) -> Vec<&'a Occurrence> {
    let mut all: Vec<&Occurrence> = g.findings.iter().flat_map(|f| f.evidence.iter()).collect();
    all.sort_by_key(|o| o.location.line);
    all.truncate(EVIDENCE_SHOWN);
    all
}

/// Drops the evidence no rule group shows ([`shown_evidence`]). The worker
/// sends a streaming file's partial reports this way: the page decodes each
/// one on its main thread, and a 1 GB log's findings carry ten times the
/// evidence a group draws. Groups drawn from the result are the same as
/// from `r`; the final report keeps it all.
pub fn keep_shown_evidence(r: &mut InputReport) {
    // Occurrences are told apart by address: the same ones are found again below.
    let shown: std::collections::HashSet<*const Occurrence> =
        export::groups(r).iter().flat_map(shown_evidence).map(std::ptr::from_ref).collect();
    let keep: Vec<Vec<bool>> = r
        .findings
        .iter()
        .map(|f| f.evidence.iter().map(|o| shown.contains(&std::ptr::from_ref(o))).collect())
        .collect();
    for (finding, keep) in r.findings.iter_mut().zip(keep) {
        let mut kept = keep.into_iter();
        finding.evidence.retain(|_| kept.next().unwrap_or(false));
    }
}

impl From<&RuleGroup<'_>> for Group {
    fn from(g: &RuleGroup<'_>) -> Self {
        let evidence: Vec<Occurrence> = shown_evidence(g).into_iter().cloned().collect();
        Self {
            rule: g.rule.to_string(),
            severity: g.severity,
            count: g.count,
            first_line: g.first_line,
            last_line: g.last_line,
            first_seen: g.first_seen.map(str::to_string),
            last_seen: g.last_seen.map(str::to_string),
            codes: g.codes.clone(),
            affected: g.affected.clone(),
            evidence: Rc::new(evidence),
        }
    }
}

#[derive(Properties, PartialEq)]
struct RuleProps {
    group: Rc<Group>,
    /// The input's display name, for `file:line` locations.
    source: AttrValue,
    /// The report's position, for unique ids.
    scope: usize,
    /// Drawn with its rule text at once (a short report), not a task later.
    eager: bool,
    lang: &'static str,
}

/// All findings of one rule in one input. A snapshot of a streaming log
/// changes its counts and times; the rule's text and the evidence lines are
/// components of their own, so they are only redrawn when they change.
#[function_component(RuleView)]
fn rule_view(p: &RuleProps) -> Html {
    let g = &p.group;
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let rule = kb::rule(&g.rule);
    let title = rule.map_or_else(|| t("unclassified-title"), |r| i18n::text(lang, r.id, None));
    let severity = g.severity.as_str();
    let heading_id = format!("rule-{}-{}-{}", p.scope, g.rule, g.first_line);
    let lines = if g.first_line == g.last_line {
        g.first_line.to_string()
    } else {
        format!("{}–{}", g.first_line, g.last_line)
    };
    let hidden = g.count.saturating_sub(g.evidence.len() as u64);
    // The rule's text (cause, fix steps, downloads, references: most of a
    // finding's elements) is drawn in the task after the finding's header,
    // unless the report is short enough to be drawn whole.
    let (text_drawn, _) = crate::steps::use_drawn(1, usize::from(p.eager), 1);
    html! {
        <article class={classes!("finding", severity)} data-testid="finding" data-rule={g.rule.clone()}
            data-severity={severity} aria-labelledby={heading_id.clone()}>
            <header>
                <span class="sev">{ t(&format!("severity-{severity}")) }</span>
                if !g.codes.is_empty() {
                    <code class="codes">{ g.codes.join(" · ") }</code>
                }
                <h4 id={heading_id}>{ title }</h4>
                <span class="count" data-testid="count">{ i18n::text_n(lang, "count", &[("count", g.count as i64)]) }</span>
            </header>
            <dl class="meta">
                <div><dt>{ t("export-col-lines") }</dt><dd>{ lines }</dd></div>
                if let Some(s) = &g.first_seen {
                    <div><dt>{ t("first-seen") }</dt><dd><time data-testid="first-seen">{ s.clone() }</time></dd></div>
                }
                if let Some(s) = g.last_seen.as_ref().filter(|l| Some(*l) != g.first_seen.as_ref()) {
                    <div><dt>{ t("last-seen") }</dt><dd><time data-testid="last-seen">{ s.clone() }</time></dd></div>
                }
            </dl>
            if !g.affected.is_empty() {
                <p class="affected" data-testid="affected">{ t("affected") }{ i18n::colon(lang) }{ " " }
                    // A space between them: copied, the values stay apart (QA round 14).
                    <>{ for g.affected.iter().take(AFFECTED_SHOWN).enumerate().map(|(i, w)| html! {
                        <>{ if i > 0 { " " } else { "" } }<code>{ w.clone() }</code></>
                    }) }</>
                    if g.affected.len() > AFFECTED_SHOWN {
                        <span class="more">{ format!("+{}", g.affected.len() - AFFECTED_SHOWN) }</span>
                    }
                </p>
            }
            if text_drawn > 0 {
                <RuleText rule={g.rule.clone()} {lang} />
            }
            <Evidence evidence={g.evidence.clone()} {hidden} source={p.source.clone()} {lang} />
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct RuleTextProps {
    rule: String,
    lang: &'static str,
}

/// A rule's cause, fix steps, artifacts and references: they depend on the
/// rule and the language only.
#[function_component(RuleText)]
fn rule_text(p: &RuleTextProps) -> Html {
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let Some(rule) = kb::rule(&p.rule) else { return html! {} };
    let x = i18n::rule_text(lang, rule);
    html! {
        <>
            <h5>{ t("cause-heading") }</h5>
            <p class="cause" data-testid="cause">{ &x.cause }</p>
            <h5>{ t("fix-heading") }</h5>
            <ol class="fix" data-testid="fix">
                { for x.fix.iter().enumerate().map(|(i, s)| html! {
                    <li><span class="step">{ s }</span><CopyButton text={s.clone()} label={i18n::text_n(lang, "copy-step", &[("step", i as i64 + 1)])} lang={lang} /></li>
                }) }
            </ol>
            { artifacts(rule, lang) }
            if !rule.references.is_empty() {
                <h5>{ t("references-heading") }</h5>
                <ul class="refs">{ for rule.references.iter().map(|x| {
                    // A source's title is in English: a screen reader reads it
                    // with an English voice on a page in another language (QA
                    // round 55). One given a translated label is mixed, left alone.
                    let title = i18n::reference_title(lang, x.title);
                    let english = (lang != "en" && title == x.title).then_some("en");
                    html! {
                        <li><a href={i18n::reference_url(lang, x.url).into_owned()} target="_blank" rel="noopener noreferrer" lang={english}>{ title.into_owned() }</a></li>
                    }
                }) }</ul>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct EvidenceProps {
    evidence: Rc<Vec<Occurrence>>,
    /// Occurrences counted but not listed.
    hidden: u64,
    source: AttrValue,
    lang: &'static str,
}

/// The evidence lines of a rule group, in a closed `<details>`: most of a
/// finding's elements, so they are drawn in a task after the finding itself.
#[function_component(Evidence)]
fn evidence(p: &EvidenceProps) -> Html {
    let lang = p.lang;
    // None in the finding's own task, then EVIDENCE_STEP per task; later
    // snapshots keep what was drawn and draw it at once.
    let (drawn, _) = crate::steps::use_drawn(p.evidence.len(), 0, EVIDENCE_STEP);
    html! {
        <details class="evidence">
            <summary>{ i18n::text(lang, "evidence-heading", None) }{ format!(" ({})", p.evidence.len()) }</summary>
            <>{ for p.evidence.iter().take(drawn).enumerate().map(|(i, o)| evidence_line(i, o, &p.source)) }</>
            if p.hidden > 0 {
                <p class="more">{ i18n::text_n(lang, "more-evidence", &[("count", p.hidden as i64)]) }</p>
            }
        </details>
    }
}

/// One evidence line: `file:line` and the raw text with the match marked.
/// Keyed by its place, so drawing five more appends them; Yew lines up an
/// unkeyed list from its end and would rewrite every line already drawn.
fn evidence_line(i: usize, o: &Occurrence, source: &str) -> Html {
    let (s, e) = (o.span.0 as usize, o.span.1 as usize);
    let raw = &o.raw;
    let ok = s <= e && e <= raw.len() && raw.is_char_boundary(s) && raw.is_char_boundary(e);
    let (a, b, c) = if ok { (&raw[..s], &raw[s..e], &raw[e..]) } else { ("", raw.as_str(), "") };
    html! {
        <div key={i} class="line" data-testid="evidence">
            <span class="loc">{ format!("{source}:{}", o.location.line) }</span>
            <code>{ a }<mark>{ b }</mark>{ c }</code>
        </div>
    }
}

fn artifacts(rule: &'static kb::Rule, lang: &'static str) -> Html {
    if rule.artifacts.is_empty() {
        return html! {};
    }
    html! {
        <>
        <h5>{ i18n::text(lang, "artifacts-heading", None) }</h5>
        <ul class="artifacts">
            { for rule.artifacts.iter().filter_map(|id| kb::artifact(id)).map(|a| html! { <ArtifactLink artifact={a} lang={lang} /> }) }
        </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ArtifactProps {
    artifact: &'static kb::Artifact,
    lang: &'static str,
}

/// A download link backed by a Blob URL made on the page (no request), and
/// the file's text to read or copy.
#[function_component(ArtifactLink)]
fn artifact_link(p: &ArtifactProps) -> Html {
    let a = p.artifact;
    let url = artifact_url(a);
    let t = |id: &str| i18n::text(p.lang, id, None);
    html! {
        <li>
            <a class="button" href={url} download={a.file_name} data-testid="download">
                { t("download") }{ " " }<code>{ a.file_name }</code>
            </a>
            <details>
                <summary>{ t("show-artifact") }</summary>
                <div class="artifact-body">
                    <CopyButton text={a.content} label={format!("{} {}", t("copy"), a.file_name)} lang={p.lang} testid="copy-artifact" />
                    <pre class="artifact" tabindex="0" aria-label={a.file_name}>{ a.content }</pre>
                </div>
            </details>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct CopyProps {
    text: AttrValue,
    /// The accessible name (`Copy step 2`).
    label: String,
    lang: &'static str,
    #[prop_or(AttrValue::Static("copy"))]
    testid: AttrValue,
}

/// A copy-to-clipboard button. Its visible state word comes from CSS
/// (`data-status`), so the text of the fix step it sits in stays exactly
/// the step.
#[function_component(CopyButton)]
fn copy_button(p: &CopyProps) -> Html {
    let status = use_state(|| 0u8);
    let onclick = {
        let (status, text, lang) = (status.clone(), p.text.clone(), p.lang);
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(&text).await;
                status.set(if ok { 1 } else { 2 });
                announce(&i18n::text(lang, if ok { "copied" } else { "copy-failed" }, None));
                // Back to "Copy" after a while, so a second copy is visible too.
                let reset = wasm_bindgen::closure::Closure::once_into_js(move || status.set(0));
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(reset.unchecked_ref(), 4000);
                }
            });
        })
    };
    let word = match *status {
        1 => i18n::text(p.lang, "copied", None),
        2 => i18n::text(p.lang, "copy-failed", None),
        _ => i18n::text(p.lang, "copy", None),
    };
    html! {
        <button type="button" class={classes!("copy", (*status == 1).then_some("done"))} data-testid={p.testid.clone()}
            aria-label={p.label.clone()} title={p.label.clone()} data-status={word} {onclick}>
            <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
                <rect x="5" y="5" width="9" height="10" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
                <path d="M11 3V2.5A1.5 1.5 0 0 0 9.5 1h-6A1.5 1.5 0 0 0 2 2.5v8A1.5 1.5 0 0 0 3.5 12H4" fill="none" stroke="currentColor" stroke-width="1.5" />
            </svg>
        </button>
    }
}

/// Has screen readers say `what` (the page's polite live region): the
/// copy button's own word changes only in CSS, which is not announced.
pub(crate) fn announce(what: &str) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("announcer")) else {
        return;
    };
    // Emptied first, so the same word twice in a row is said twice.
    el.set_text_content(None);
    el.set_text_content(Some(what));
}

/// Copies through the async Clipboard API, or, where the page is not a
/// secure context (a plain-http intranet), through a selected text area.
async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let clipboard =
        js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok().filter(|c| !c.is_undefined());
    if let Some(c) = clipboard {
        let write = js_sys::Reflect::get(&c, &JsValue::from_str("writeText"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(p) = write
            .and_then(|f| f.call1(&c, &JsValue::from_str(text)).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        {
            if wasm_bindgen_futures::JsFuture::from(p).await.is_ok() {
                return true;
            }
        }
    }
    copy_with_selection(&w, text).unwrap_or(false)
}

fn copy_with_selection(w: &web_sys::Window, text: &str) -> Option<bool> {
    let doc = w.document()?;
    let body = doc.body()?;
    let area: web_sys::HtmlTextAreaElement = doc.create_element("textarea").ok()?.dyn_into().ok()?;
    area.set_value(text);
    area.set_attribute("readonly", "").ok()?;
    area.set_attribute("class", "offscreen").ok()?;
    body.append_child(&area).ok()?;
    area.select();
    let exec =
        js_sys::Reflect::get(&doc, &JsValue::from_str("execCommand")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let ok = exec.call1(&doc, &JsValue::from_str("copy")).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    area.remove();
    Some(ok)
}

/// One Blob URL per artifact for the page's lifetime: a finding list that
/// re-renders (every partial report of a big file) must not build new Blobs
/// each time, nor leak their URLs.
fn artifact_url(a: &'static kb::Artifact) -> String {
    thread_local! {
        static URLS: std::cell::RefCell<std::collections::HashMap<&'static str, String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    URLS.with(|u| u.borrow_mut().entry(a.id).or_insert_with(|| blob_url(a.mime, a.content).unwrap_or_default()).clone())
}

fn blob_url(mime: &str, content: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Saves `content` as a file through a Blob URL and a temporary `<a download>`.
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(w) = web_sys::window() else { return };
    let (Some(doc), Some(url)) = (w.document(), blob_url(&format!("{mime};charset=utf-8"), content)) else { return };
    let Ok(a) = doc.create_element("a") else { return };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    let _ = a.set_attribute("class", "offscreen");
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
    }
    if let Some(click) =
        js_sys::Reflect::get(&a, &JsValue::from_str("click")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = click.call0(&a);
    }
    a.remove();
    // Revoke later: the download reads the Blob asynchronously.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
}

#[cfg(test)]
mod tests {
    use crate::state::SAMPLES;
    use mailtriage_engine::{analyze, export, i18n, redact};

    #[test]
    fn every_sample_is_named_and_produces_classified_findings() {
        let en = i18n::message_keys("en");
        let kinds = ["exchange-ndr", "dsn", "queue-error", "protocol-log", "syslog", "windows-event"];
        let mut seen = Vec::new();
        for (id, text) in SAMPLES {
            assert!(en.contains(&id.to_string()), "no label for {id}");
            let r = analyze("sample", text.as_bytes());
            assert!(r.findings.len() >= 3, "{id}: {:?}", r.findings.iter().map(|f| &f.rule).collect::<Vec<_>>());
            assert!(r.findings.iter().all(|f| f.rule != "unclassified"), "{id} has an unclassified finding");
            seen.push(r.kind.as_str());
            // Every export of every sample is well-formed enough to be non-empty.
            let one = [r];
            assert!(export::to_csv(&one, "en").lines().count() > 3);
            assert!(export::to_markdown(&one, "lt").contains("| "));
        }
        for k in kinds {
            assert!(seen.contains(&k), "no sample of kind {k}");
        }
    }

    #[test]
    fn partial_reports_keep_exactly_the_evidence_their_groups_show() {
        // Findings of two rules, each seen on many lines, out of order and
        // with ties, as a streaming Receive log produces them.
        let mut text = String::new();
        for i in 0..300 {
            let ip = format!("192.0.2.{}", i % 7);
            let _ = std::fmt::Write::write_fmt(
                &mut text,
                format_args!(
                    "2026-01-20T10:00:{:02}.000Z,SRV\\Default SRV,08DC{i:012X},0,10.0.0.1:25,{ip}:5000,*,,TLS negotiation failed with error SocketError\n\
                     2026-01-20T10:00:{:02}.000Z,SRV\\Default SRV,08DD{i:012X},3,10.0.0.1:25,{ip}:5001,>,451 5.7.3 Must issue a STARTTLS command first,\n",
                    i % 60,
                    i % 60
                ),
            );
        }
        let full = analyze("RECV2026012010-1.LOG", text.as_bytes());
        let mut partial = full.clone();
        super::keep_shown_evidence(&mut partial);
        let groups = |r: &mailtriage_engine::InputReport| -> Vec<super::Group> {
            export::groups(r).iter().map(super::Group::from).collect()
        };
        let (a, b) = (groups(&full), groups(&partial));
        assert!(a.len() >= 2, "{:?}", a.iter().map(|g| &g.rule).collect::<Vec<_>>());
        assert_eq!(a, b);
        let before: usize = full.findings.iter().map(|f| f.evidence.len()).sum();
        let after: usize = partial.findings.iter().map(|f| f.evidence.len()).sum();
        assert!(before > 2 * super::EVIDENCE_SHOWN, "{before} lines of evidence");
        assert_eq!(after, a.iter().map(|g| g.evidence.len()).sum::<usize>());
    }

    #[test]
    fn redacted_samples_keep_their_findings_and_lose_their_addresses() {
        for (id, text) in SAMPLES {
            let r = analyze("sample", text.as_bytes());
            let red = redact::reports(std::slice::from_ref(&r)).remove(0);
            assert_eq!(
                red.findings.iter().map(|f| &f.rule).collect::<Vec<_>>(),
                r.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
            );
            let dump = format!("{red:?}");
            for secret in ["contoso.com", "fabrikam.example", "104.47.0.1", "198.51.100.25"] {
                assert!(!dump.contains(secret), "{id}: {secret} left after redaction");
            }
        }
    }
}
