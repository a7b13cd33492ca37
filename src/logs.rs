//! The Logs views: the TLS census table (sortable, filterable, legacy rows
//! marked), the sessions of an endpoint, the session viewer with the whole
//! SMTP conversation, and the charts.

use crate::charts::{HourCount, TimelineChart, TlsChart};
use crate::pipeline::CensusData;
use mailtriage_engine::census::{self, Endpoint, PROTOCOL_COLUMNS};
use mailtriage_engine::session::Session;
use mailtriage_engine::types::Direction;
use mailtriage_engine::{InputReport, export, i18n};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Rows drawn at most (the rest are counted: filter to narrow).
pub const MAX_ROWS: usize = 500;
/// Rows drawn in the first frame, and added in each next one (a row is
/// some 26 elements; a task's work is kept to a few ms).
const FIRST_ROWS: usize = 20;
const MORE_ROWS: usize = 20;

/// A sortable column of the census table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Ip,
    Direction,
    Host,
    Sessions,
    Protocol(usize),
    Failures,
    Refusals,
    Plain,
    LastSeen,
}

impl Col {
    fn all() -> Vec<Col> {
        let mut v = vec![Col::Ip, Col::Direction, Col::Host, Col::Sessions];
        v.extend((0..PROTOCOL_COLUMNS.len()).map(Col::Protocol));
        v.extend([Col::Failures, Col::Refusals, Col::Plain, Col::LastSeen]);
        v
    }

    fn key(self) -> String {
        match self {
            Col::Ip => "ip".into(),
            Col::Direction => "direction".into(),
            Col::Host => "host".into(),
            Col::Sessions => "sessions".into(),
            Col::Protocol(i) => PROTOCOL_COLUMNS[i].to_ascii_lowercase(),
            Col::Failures => "failures".into(),
            Col::Refusals => "refusals".into(),
            Col::Plain => "plain".into(),
            Col::LastSeen => "last-seen".into(),
        }
    }

    fn label(self, lang: &str) -> String {
        match self {
            Col::Protocol(i) => PROTOCOL_COLUMNS[i].replace("TLS", "TLS "),
            c => i18n::text(lang, &format!("logs-col-{}", c.key()), None),
        }
    }

    fn numeric(self) -> bool {
        !matches!(self, Col::Ip | Col::Direction | Col::Host | Col::LastSeen)
    }

    fn cmp(self, a: &Endpoint, b: &Endpoint) -> Ordering {
        match self {
            Col::Ip => ip_key(&a.remote_ip).cmp(&ip_key(&b.remote_ip)),
            Col::Direction => a.direction.cmp(&b.direction),
            Col::Host => a.host.cmp(&b.host),
            Col::Sessions => a.sessions.cmp(&b.sessions),
            Col::Protocol(i) => proto(a, i).cmp(&proto(b, i)),
            Col::Failures => failures(a).cmp(&failures(b)),
            Col::Refusals => a.starttls_required_refusals.cmp(&b.starttls_required_refusals),
            Col::Plain => a.plain_sessions.cmp(&b.plain_sessions),
            Col::LastSeen => a.last_seen.cmp(&b.last_seen),
        }
    }
}

/// IPv4 sorts numerically, anything else after, as text.
fn ip_key(ip: &str) -> (u8, u128, String) {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v)) => (0, u32::from(v) as u128, String::new()),
        Ok(std::net::IpAddr::V6(v)) => (1, u128::from(v), String::new()),
        Err(_) => (2, 0, ip.to_string()),
    }
}

fn proto(e: &Endpoint, i: usize) -> u64 {
    e.protocols.get(PROTOCOL_COLUMNS[i]).copied().unwrap_or(0)
}

fn failures(e: &Endpoint) -> u64 {
    e.tls_failures.values().sum()
}

pub fn direction_text(lang: &str, d: Direction) -> String {
    i18n::text(lang, &format!("logs-direction-{}", d.as_str()), None)
}

/// True when the filter text (lower case) matches the endpoint.
fn matches(e: &Endpoint, f: &str, lang: &str) -> bool {
    if f.is_empty() {
        return true;
    }
    let f_compact = f.replace(' ', "");
    e.remote_ip.to_ascii_lowercase().contains(f)
        || e.host.as_deref().is_some_and(|h| h.to_lowercase().contains(f))
        || e.direction.as_str().contains(f)
        || direction_text(lang, e.direction).to_lowercase().contains(f)
        || (e.legacy && (f == "legacy" || i18n::text(lang, "logs-legacy-badge", None).to_lowercase().contains(f)))
        || e.protocols.iter().any(|(p, n)| *n > 0 && p.to_ascii_lowercase().contains(&f_compact))
        || e.tls_failures.keys().any(|k| k.to_lowercase().contains(f))
}

/// The findings timeline of all reports, per hour and rule.
pub fn timeline_points(reports: &[Rc<InputReport>]) -> Vec<HourCount> {
    let mut sum: BTreeMap<(&str, &str), u64> = BTreeMap::new();
    for r in reports {
        for p in &r.timeline {
            *sum.entry((p.hour.as_str(), p.rule.as_str())).or_default() += p.count;
        }
    }
    sum.into_iter()
        .map(|((hour, rule), count)| HourCount { hour: hour.to_string(), rule: rule.to_string(), count })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct LogsProps {
    pub census: Option<Rc<CensusData>>,
    /// The census is of a cancelled job: only what was read before.
    #[prop_or_default]
    pub partial: bool,
    pub timeline: Rc<Vec<HourCount>>,
    pub lang: &'static str,
    /// The reports shown beside it (their findings go into the census export).
    #[prop_or_default]
    pub reports: Vec<Rc<InputReport>>,
    /// The census and reports are redacted copies.
    #[prop_or_default]
    pub redact: bool,
    /// See [`CensusProps::on_drawn`].
    #[prop_or_default]
    pub on_drawn: Callback<(Rc<CensusData>, bool)>,
}

/// The Logs section: census, sessions, charts (the timeline alone when no
/// input had protocol-log sessions).
#[function_component(LogsView)]
pub fn logs_view(p: &LogsProps) -> Html {
    let lang = p.lang;
    match &p.census {
        Some(c) => html! {
            <CensusView census={c.clone()} timeline={p.timeline.clone()} partial={p.partial} {lang}
                reports={p.reports.clone()} redact={p.redact} on_drawn={p.on_drawn.clone()} />
        },
        None => html! {
            <section class="logs" data-testid="logs" aria-labelledby="logs-heading">
                <h2 id="logs-heading">{ i18n::text(lang, "logs-timeline-heading", None) }</h2>
                <div class="charts"><TimelineChart points={p.timeline.clone()} {lang} /></div>
            </section>
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct CensusProps {
    pub census: Rc<CensusData>,
    #[prop_or_default]
    pub partial: bool,
    pub timeline: Rc<Vec<HourCount>>,
    pub lang: &'static str,
    #[prop_or_default]
    pub reports: Vec<Rc<InputReport>>,
    #[prop_or_default]
    pub redact: bool,
    /// Told, for the census it was given, whether all its rows are drawn.
    #[prop_or_default]
    pub on_drawn: Callback<(Rc<CensusData>, bool)>,
}

/// The census table, the sessions of the chosen endpoint, the session viewer.
#[function_component(CensusView)]
pub fn census_view(p: &CensusProps) -> Html {
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let r = &p.census.report;
    let sort = use_state(|| None::<(Col, bool)>);
    let filter = use_state(String::new);
    // The endpoint (ip, direction) and the kept session (index) shown.
    let selected = use_state(|| None::<(String, Direction)>);
    let session = use_state(|| None::<usize>);

    let f = filter.to_lowercase();
    let mut rows: Vec<&Endpoint> = r.endpoints.iter().filter(|e| matches(e, f.trim(), lang)).collect();
    if let Some((col, desc)) = *sort {
        rows.sort_by(|a, b| {
            let o = col.cmp(a, b);
            if desc { o.reverse() } else { o }
        });
    }
    let matched = rows.len();
    rows.truncate(MAX_ROWS);
    // The census as the CLI writes it (`census --format json|csv|md`), for
    // the list of legacy endpoints to go on to whoever fixes them.
    let export = |kind: &'static str| {
        let (census, reports, redact, partial) = (p.census.clone(), p.reports.clone(), p.redact, p.partial);
        Callback::from(move |_: MouseEvent| {
            let r = &census.report;
            // A census of a cancelled reading says so in each export, as on
            // the page (QA round 44: a shared export looked complete).
            let (body, mime, ext) = match kind {
                "json" => {
                    let reports: Vec<InputReport> = reports.iter().map(|r| (**r).clone()).collect();
                    let mut doc = export::census_json(r, &reports, false);
                    doc.partial = partial;
                    (serde_json::to_string_pretty(&doc).unwrap_or_default(), "application/json", "json")
                }
                // A UTF-8 byte-order mark, so Excel on Windows reads it right.
                "csv" => (format!("\u{feff}{}", census::to_csv(r)), "text/csv", "csv"),
                _ => {
                    let mut md = census::to_markdown(r, lang);
                    if partial {
                        let note = format!("> {}\n\n", i18n::text(lang, "logs-census-partial", None));
                        let at = md.find("\n\n").map_or(0, |i| i + 2);
                        md.insert_str(at, &note);
                    }
                    (md, "text/markdown", "md")
                }
            };
            let name = match (redact, partial) {
                (true, true) => "mail-triage-census-partial-redacted",
                (true, false) => "mail-triage-census-redacted",
                (false, true) => "mail-triage-census-partial",
                (false, false) => "mail-triage-census",
            };
            crate::findings::download(&format!("{name}.{ext}"), mime, &body);
        })
    };
    // Rows are drawn a chunk per task, so a big census never blocks the
    // page; a new census starts over.
    let drawn = crate::steps::use_drawn_for(p.census.clone(), rows.len(), FIRST_ROWS, MORE_ROWS);
    {
        // A new census clears what was selected in the old one.
        let (selected, session) = (selected.clone(), session.clone());
        use_effect_with(p.census.clone(), move |_| {
            selected.set(None);
            session.set(None);
        });
    }
    {
        // Whether this census's rows are all on the page: the job's outcome
        // line waits for it, as for the reports (a check that counted the
        // rows when it showed found 220 of 250).
        let on_drawn = p.on_drawn.clone();
        use_effect_with((p.census.clone(), drawn == rows.len()), move |(census, all)| {
            on_drawn.emit((census.clone(), *all));
        });
    }
    let drawn_rows = &rows[..drawn];
    let failed: u64 = r.endpoints.iter().map(failures).sum();
    let plain: u64 = r.endpoints.iter().map(|e| e.plain_sessions).sum();

    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                filter.set(i.value());
            }
        })
    };
    let header = |col: Col| {
        let sort = sort.clone();
        let state = match *sort {
            Some((c, true)) if c == col => "descending",
            Some((c, false)) if c == col => "ascending",
            _ => "none",
        };
        let onclick = Callback::from(move |_: MouseEvent| {
            let next = match *sort {
                Some((c, desc)) if c == col => Some((col, !desc)),
                // Numbers start biggest first, text A→Z.
                _ => Some((col, col.numeric())),
            };
            sort.set(next);
        });
        html! {
            <th scope="col" aria-sort={state} class={classes!(col.numeric().then_some("num"))}>
                <button type="button" class="sort" data-col={col.key()} {onclick}>
                    { col.label(lang) }
                    <span class="sort-mark" aria-hidden="true">{ match state { "descending" => "▼", "ascending" => "▲", _ => "" } }</span>
                </button>
            </th>
        }
    };
    let row = |e: &Endpoint| {
        let key = (e.remote_ip.clone(), e.direction);
        let is_sel = selected.as_ref() == Some(&key);
        let onclick = {
            let (selected, session, census) = (selected.clone(), session.clone(), p.census.clone());
            let key = key.clone();
            Callback::from(move |_: MouseEvent| {
                let first = census
                    .report
                    .kept_sessions
                    .iter()
                    .position(|s| s.remote_ip.as_deref() == Some(key.0.as_str()) && s.direction == key.1);
                selected.set(Some(key.clone()));
                session.set(first);
            })
        };
        let onkeydown = {
            let onclick = onclick.clone();
            Callback::from(move |ev: KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    onclick.emit(MouseEvent::new("click").expect("event"));
                }
            })
        };
        let fails: Vec<String> = e.tls_failures.iter().map(|(k, v)| format!("{k} ×{v}")).collect();
        // Protocols with no column of their own (`SSL3.0`, an old Sendmail's
        // `TLSv1/SSLv3`, a Schannel flag not known): named on the sessions.
        let others: Vec<String> = e
            .protocols
            .iter()
            .filter(|(k, _)| !PROTOCOL_COLUMNS.contains(&k.as_str()))
            .map(|(k, v)| format!("{k} ×{v}"))
            .collect();
        html! {
            <tr key={format!("{}|{}", e.remote_ip, e.direction.as_str())}
                class={classes!(e.legacy.then_some("legacy"), is_sel.then_some("selected"))}
                data-ip={e.remote_ip.clone()} data-direction={e.direction.as_str()} tabindex="0"
                aria-selected={is_sel.to_string()} {onclick} {onkeydown}>
                // The census's `unknown` (a row that named no address) in the page's language.
                <td><code>{ if e.remote_ip == "unknown" { t("logs-ip-unknown") } else { e.remote_ip.clone() } }</code>
                    if e.legacy { <span class="badge legacy-badge">{ t("logs-legacy-badge") }</span> }</td>
                <td>{ direction_text(lang, e.direction) }</td>
                <td class="host">{ e.host.clone().unwrap_or_default() }</td>
                <td class="num" title={(!others.is_empty()).then(|| others.join(", "))}>{ e.sessions }</td>
                { for (0..PROTOCOL_COLUMNS.len()).map(|i| {
                    let n = proto(e, i);
                    html! { <td class={classes!("num", (n > 0 && mailtriage_engine::census::is_legacy(PROTOCOL_COLUMNS[i])).then_some("legacy-count"))}>{ if n > 0 { n.to_string() } else { String::new() } }</td> }
                }) }
                <td class="num" title={fails.join(", ")}>{ if failures(e) > 0 { failures(e).to_string() } else { String::new() } }</td>
                <td class="num">{ if e.starttls_required_refusals > 0 { e.starttls_required_refusals.to_string() } else { String::new() } }</td>
                <td class="num">{ if e.plain_sessions > 0 { e.plain_sessions.to_string() } else { String::new() } }</td>
                <td class="time">{ short_time(e.last_seen.as_deref()) }</td>
            </tr>
        }
    };

    let sessions_of: Vec<(usize, &Session)> = match selected.as_ref() {
        Some((ip, d)) => r
            .kept_sessions
            .iter()
            .enumerate()
            .filter(|(_, s)| s.remote_ip.as_deref() == Some(ip.as_str()) && s.direction == *d)
            .collect(),
        None => Vec::new(),
    };

    html! {
        <section class="logs" data-testid="logs" aria-labelledby="logs-heading">
            <h2 id="logs-heading">{ t("logs-heading") }</h2>
            <p class="logs-summary" data-testid="census-summary">
                { census::summary_text(r, lang) }
            </p>
            if p.partial {
                <p class="note census-partial" data-testid="census-partial">{ t("logs-census-partial") }</p>
            }
            <div class="charts">
                <TlsChart protocols={r.protocols.clone()} {failed} {plain} {lang} />
                <TimelineChart points={p.timeline.clone()} {lang} />
            </div>
            <div class="census-tools">
                <label>{ t("logs-filter-label") }{" "}
                    <input type="search" data-testid="census-filter" value={(*filter).clone()} oninput={on_filter}
                        placeholder={t("logs-filter-placeholder")} />
                </label>
                <span class="hint">{ t("logs-click-hint") }</span>
                <div class="exports" role="group" aria-label={t("logs-export-label")}>
                    <span class="export-label" aria-hidden="true">{ t("logs-export-label") }</span>
                    <button type="button" data-testid="census-export-json" onclick={export("json")}>{ t("export-json") }</button>
                    <button type="button" data-testid="census-export-csv" onclick={export("csv")}>{ t("export-csv") }</button>
                    <button type="button" data-testid="census-export-md" onclick={export("md")}>{ t("export-md") }</button>
                </div>
            </div>
            // Scrolls sideways when narrow: it takes the focus, so the keyboard can scroll it.
            <div class="table-wrap" tabindex="0" role="region" aria-label={t("logs-table-label")} data-testid="census-wrap">
                <table class="census" data-testid="census">
                    <thead><tr>{ for Col::all().into_iter().map(header) }</tr></thead>
                    <tbody>{ for drawn_rows.iter().map(|e| row(e)) }</tbody>
                </table>
            </div>
            if matched == 0 {
                <p class="empty">{ t("logs-no-match") }</p>
            } else if matched > rows.len() {
                <p class="hint">{ i18n::text_n(lang, "logs-shown", &[("shown", rows.len() as i64), ("total", matched as i64)]) }</p>
            }
            if r.sessions_not_kept > 0 {
                <p class="hint">{ i18n::text_n(lang, "logs-sessions-not-kept", &[("count", r.sessions_not_kept as i64)]) }</p>
            }
            if r.late_rows > 0 {
                <p class="hint" data-testid="late-rows">{ i18n::text_n(lang, "logs-late-rows", &[("count", r.late_rows as i64)]) }</p>
            }
            if let Some((ip, d)) = selected.as_ref() {
                <div class="sessions" data-testid="sessions">
                    <h3>{ t("logs-sessions-heading") }{" "}<code>{ ip }</code>{" "}{ direction_text(lang, *d) }</h3>
                    if sessions_of.is_empty() {
                        <p class="empty">{ t("logs-no-kept") }</p>
                    } else {
                        <ul class="session-list">
                            { for sessions_of.iter().map(|(i, s)| {
                                let i = *i;
                                let cur = *session == Some(i);
                                let onclick = { let session = session.clone(); Callback::from(move |_: MouseEvent| session.set(Some(i))) };
                                html! {
                                    <li key={i}>
                                        <button type="button" class={classes!("session-item", cur.then_some("current"), s.tls.as_ref().is_some_and(|t| mailtriage_engine::census::is_legacy(&t.protocol)).then_some("legacy"))}
                                            data-testid="session-item" data-session={s.id.clone()} aria-pressed={cur.to_string()} {onclick}>
                                            <span class="time">{ short_time(s.first_seen.as_deref()) }</span>
                                            <code>{ &s.id }</code>
                                            <span class="tls">{ session_tls(lang, s) }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                </div>
            }
            if let Some(i) = *session {
                if let Some(s) = r.kept_sessions.get(i) {
                    <SessionView census={p.census.clone()} index={i} session={s.clone()} {lang} />
                }
            }
        </section>
    }
}

/// `2026-01-20T00:13:32.039Z` → `2026-01-20 00:13:32` (other forms as they are).
fn short_time(t: Option<&str>) -> String {
    let t = t.unwrap_or("");
    match t.get(..19) {
        Some(head) if t.as_bytes().get(10) == Some(&b'T') => head.replacen('T', " ", 1),
        _ => t.to_string(),
    }
}

fn session_tls(lang: &str, s: &Session) -> String {
    match (&s.tls, &s.tls_failure) {
        (Some(t), _) => t.protocol.replace("TLS", "TLS "),
        (None, Some(f)) => format!("{}: {f}", i18n::text(lang, "logs-session-failure", None)),
        (None, None) if s.starttls_refused => i18n::text(lang, "logs-col-refusals", None),
        (None, None) => i18n::text(lang, "logs-session-no-tls", None),
    }
}

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub census: Rc<CensusData>,
    pub index: usize,
    pub session: Session,
    pub lang: &'static str,
}

/// One session: what it negotiated and its whole conversation.
#[function_component(SessionView)]
pub fn session_view(p: &SessionProps) -> Html {
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let s = &p.session;
    let rows = use_memo((p.census.clone(), p.index), |(c, i)| c.transcript(*i));
    let tls = s.tls.as_ref().map(|x| {
        let parts: Vec<&str> =
            [x.cipher.as_deref(), x.hash.as_deref(), x.key_exchange.as_deref()].into_iter().flatten().collect();
        format!("{} ({}) {}", x.protocol.replace("TLS", "TLS "), x.raw_protocol, parts.join(", "))
    });
    let legacy = s.tls.as_ref().is_some_and(|x| mailtriage_engine::census::is_legacy(&x.protocol));
    html! {
        <article class="session-view" data-testid="session-view" data-session={s.id.clone()}>
            <h3>{ t("logs-session-heading") }{" "}<code>{ &s.id }</code></h3>
            <dl class="session-facts">
                <dt>{ t("logs-col-direction") }</dt><dd>{ direction_text(lang, s.direction) }{" · "}{ &s.connector }</dd>
                <dt>{ t("logs-col-ip") }</dt><dd><code>{ s.remote_endpoint.clone().or_else(|| s.remote_ip.clone()).unwrap_or_default() }</code>
                    {" ↔ "}<code>{ s.local_endpoint.clone().unwrap_or_default() }</code></dd>
                if let Some(e) = &s.ehlo { <dt>{ "EHLO" }</dt><dd><code>{ e }</code></dd> }
                <dt>{ "TLS" }</dt>
                <dd class={classes!(legacy.then_some("legacy"))} data-testid="session-tls">{ tls.unwrap_or_else(|| session_tls(lang, s)) }</dd>
                if let Some(f) = &s.tls_failure { <dt>{ t("logs-session-failure") }</dt><dd class="failure">{ f }</dd> }
                <dt>{ t("logs-session-file") }</dt><dd><code>{ &s.file }</code></dd>
                <dt>{ t("logs-session-time") }</dt><dd>{ short_time(s.first_seen.as_deref()) }{" – "}{ short_time(s.last_seen.as_deref()) }</dd>
            </dl>
            if !s.complete { <p class="note">{ t("logs-session-incomplete") }</p> }
            <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{} {}", t("logs-session-heading"), s.id)}>
                <table class="transcript" data-testid="transcript">
                    <thead><tr>
                        <th scope="col">{ t("logs-col-time") }</th><th scope="col">{ "#" }</th><th scope="col">{ t("logs-col-event") }</th>
                        <th scope="col">{ t("logs-col-data") }</th><th scope="col">{ t("logs-col-context") }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|row| {
                            let err = row.data.len() >= 3 && matches!(row.data.as_bytes()[0], b'4' | b'5') && row.data.as_bytes()[1..3].iter().all(u8::is_ascii_digit);
                            let class = match row.event.as_str() { "<" => "ev-in", ">" => "ev-out", "*" => "ev-info", "+" => "ev-open", "-" => "ev-close", _ => "" };
                            html! {
                                <tr class={classes!(class, err.then_some("error"))}>
                                    <td class="time">{ row.time.get(11..23).unwrap_or(&row.time) }</td>
                                    <td class="num">{ row.seq }</td>
                                    <td class="event"><code>{ &row.event }</code></td>
                                    <td class="data"><code>{ &row.data }</code></td>
                                    <td class="context">{ &row.context }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if s.transcript_truncated { <p class="note">{ t("logs-session-truncated") }</p> }
        </article>
    }
}
