//! Reports for people and programs: findings grouped by rule, and the JSON,
//! CSV (RFC 4180) and Markdown renderings the web page downloads and the CLI
//! prints with `--format json|csv|md`.
//!
//! Pure functions of the reports and a language: no I/O, no web types.
//! Rule texts (title, cause, fix steps) are given in the requested language;
//! codes, rule ids, cmdlets and registry paths stay as they are.

use crate::census::CensusReport;
use crate::i18n::{self, RuleText};
use crate::kb::{self, Rule, Severity};
use crate::report::{Finding, InputReport};
use std::fmt::Write as _;

/// All findings of one rule in one input, for the "grouped by rule" view.
#[derive(Debug, Clone)]
pub struct RuleGroup<'a> {
    pub rule: &'a str,
    pub severity: Severity,
    /// The knowledge-base rule (`None` for unclassified errors).
    pub kb: Option<&'static Rule>,
    /// The findings, in input order.
    pub findings: Vec<&'a Finding>,
    /// Total occurrences.
    pub count: u64,
    pub first_line: u64,
    pub last_line: u64,
    /// Earliest and latest time stamps, where the input has them.
    pub first_seen: Option<&'a str>,
    pub last_seen: Option<&'a str>,
    /// Distinct codes as written (`421 4.4.2`).
    pub codes: Vec<String>,
    /// Distinct recipients and remote end-points (`host [ip]`).
    pub affected: Vec<String>,
}

/// Groups one report's findings by rule: most severe first, then in the
/// order the rules first appear in the input.
pub fn groups(r: &InputReport) -> Vec<RuleGroup<'_>> {
    let mut out: Vec<RuleGroup<'_>> = Vec::new();
    let mut findings: Vec<&Finding> = r.findings.iter().collect();
    findings.sort_by_key(|f| f.first_line);
    for f in findings {
        let g = match out.iter_mut().position(|g| g.rule == f.rule) {
            Some(i) => &mut out[i],
            None => {
                out.push(RuleGroup {
                    rule: &f.rule,
                    severity: f.severity,
                    kb: kb::rule(&f.rule),
                    findings: Vec::new(),
                    count: 0,
                    first_line: f.first_line,
                    last_line: f.last_line,
                    first_seen: None,
                    last_seen: None,
                    codes: Vec::new(),
                    affected: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        };
        g.count += f.count;
        g.severity = g.severity.min(f.severity);
        g.first_line = g.first_line.min(f.first_line);
        if f.last_line >= g.last_line {
            g.last_line = f.last_line;
            if f.last_seen.is_some() {
                g.last_seen = f.last_seen.as_deref();
            }
        }
        if g.first_seen.is_none() {
            g.first_seen = f.first_seen.as_deref();
        }
        if g.last_seen.is_none() {
            g.last_seen = f.last_seen.as_deref();
        }
        let code = codes(f);
        if !code.is_empty() && !g.codes.contains(&code) {
            g.codes.push(code);
        }
        for who in affected(f) {
            if !g.affected.contains(&who) {
                g.affected.push(who);
            }
        }
        g.findings.push(f);
    }
    out.sort_by_key(|g| (g.severity, g.first_line));
    out
}

/// A finding's reply and enhanced status as one string (`421 4.4.2`).
pub fn codes(f: &Finding) -> String {
    let mut s = f.reply.map(|c| c.to_string()).unwrap_or_default();
    if let Some(st) = &f.status {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(st);
    }
    s
}

/// Who a finding is about: the recipient and the remote end-point.
pub fn affected(f: &Finding) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(r) = &f.recipient {
        out.push(r.clone());
    }
    match (&f.remote_host, &f.remote_ip) {
        (Some(h), Some(ip)) => out.push(format!("{h} [{ip}]")),
        (Some(h), None) => out.push(h.clone()),
        (None, Some(ip)) => out.push(ip.clone()),
        (None, None) => {}
    }
    out
}

/// Title, cause and fix of a finding's rule in `lang` (the unclassified
/// title and no cause or fix for an error no rule explains).
pub fn rule_text(lang: &str, rule: &str) -> RuleText {
    match kb::rule(rule) {
        Some(r) => i18n::rule_text(lang, r),
        None => RuleText { title: i18n::text(lang, "unclassified-title", None), cause: String::new(), fix: Vec::new() },
    }
}

// ---------------------------------------------------------------- census

/// The findings in the `mailtriage triage --format json` shape, each with
/// its input's `path` (the census document and NDJSON list them flat).
pub fn contract_findings(reports: &[InputReport]) -> Vec<serde_json::Value> {
    let mut all = Vec::new();
    for r in reports {
        for f in r.contract().findings {
            let mut v = serde_json::to_value(&f).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("path".into(), r.path.clone().into());
            }
            all.push(v);
        }
    }
    all
}

/// Findings per hour per rule over all `reports`: `[{"hour","rule","count"}]`.
pub fn timeline_json(reports: &[InputReport]) -> Vec<serde_json::Value> {
    let mut m: std::collections::BTreeMap<(&str, &str), u64> = std::collections::BTreeMap::new();
    for r in reports {
        for p in &r.timeline {
            *m.entry((&p.hour, &p.rule)).or_default() += p.count;
        }
    }
    m.into_iter().map(|((hour, rule), count)| serde_json::json!({"hour": hour, "rule": rule, "count": count})).collect()
}

/// The `mailtriage census --format json` document (README, "census
/// --format json"): `{"sessions","endpoints":[…],"protocols","files","rows",
/// "findings":[…],"timeline":[…]}`, with `late_rows` when there are any and
/// the kept sessions when `sessions` asks. The CLI prints it; the page
/// exports it. Serialised straight from the report: built as a
/// `serde_json::Value` first, a census of 300 000 endpoints took 1.5 KB of
/// memory each. Keys in name order, as that tree printed them.
pub fn census_json<'a>(report: &'a CensusReport, reports: &[InputReport], sessions: bool) -> CensusDoc<'a> {
    CensusDoc {
        endpoints: &report.endpoints,
        files: report.files,
        findings: contract_findings(reports),
        // A bounded sample: its nested keys are sorted by a tree.
        kept_sessions: sessions.then(|| serde_json::to_value(&report.kept_sessions).unwrap_or_default()),
        late_rows: (report.late_rows > 0).then_some(report.late_rows),
        protocols: &report.protocols,
        rows: report.rows,
        sessions: report.sessions,
        sessions_not_kept: sessions.then_some(report.sessions_not_kept),
        timeline: timeline_json(reports),
        partial: false,
    }
}

/// See [`census_json`].
#[derive(Debug, serde::Serialize)]
pub struct CensusDoc<'a> {
    pub endpoints: &'a [crate::census::Endpoint],
    pub files: u64,
    pub findings: Vec<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept_sessions: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late_rows: Option<u64>,
    pub protocols: &'a std::collections::BTreeMap<String, u64>,
    pub rows: u64,
    pub sessions: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions_not_kept: Option<u64>,
    pub timeline: Vec<serde_json::Value>,
    /// Of a reading cancelled part-way (the page): the counts are of what
    /// was read. Left out when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}

// ---------------------------------------------------------------- JSON

/// The findings as JSON: `{"tool","lang","inputs":[{"path","kind",…,
/// "findings":[{"rule","severity","status","reply",…,"title","cause","fix",
/// "references","evidence"}]}]}`. Absent values are `null`.
pub fn to_json(reports: &[InputReport], lang: &str) -> String {
    let mut o = String::new();
    o.push_str("{\n  \"tool\": \"mailtriage\",\n  \"lang\": ");
    json_str(&mut o, i18n::negotiate(lang));
    o.push_str(",\n  \"inputs\": [");
    for (i, r) in reports.iter().enumerate() {
        o.push_str(if i == 0 { "\n    {" } else { ",\n    {" });
        o.push_str("\"path\": ");
        json_str(&mut o, &r.path);
        o.push_str(", \"kind\": ");
        json_str(&mut o, r.kind.as_str());
        let _ = write!(
            o,
            ", \"lines\": {}, \"bytes\": {}, \"unrecognised_lines\": {}",
            r.lines, r.bytes, r.unrecognised_lines
        );
        o.push_str(", \"notes\": [");
        for (j, n) in r.notes.iter().enumerate() {
            if j > 0 {
                o.push_str(", ");
            }
            json_str(&mut o, &i18n::note_text(lang, n));
        }
        // The same notes as the CLI names them (`cancelled`, `archive-member`,
        // …): the text above is in the export's language, which a tool
        // reading exports of six languages cannot match.
        o.push_str("], \"note_codes\": [");
        for (j, n) in r.notes.iter().enumerate() {
            if j > 0 {
                o.push_str(", ");
            }
            json_str(&mut o, n.code());
        }
        o.push_str("],\n      \"findings\": [");
        let mut first = true;
        for g in groups(r) {
            let text = rule_text(lang, g.rule);
            for f in &g.findings {
                o.push_str(if first { "\n        {" } else { ",\n        {" });
                first = false;
                finding_json(&mut o, f, g.kb, &text);
                o.push('}');
            }
        }
        o.push_str(if first { "]}" } else { "\n      ]}" });
    }
    o.push_str(if reports.is_empty() { "]\n}\n" } else { "\n  ]\n}\n" });
    o
}

fn finding_json(o: &mut String, f: &Finding, rule: Option<&Rule>, text: &RuleText) {
    let field = |o: &mut String, k: &str, v: Option<&str>| {
        o.push_str(", ");
        json_str(o, k);
        o.push_str(": ");
        match v {
            Some(v) => json_str(o, v),
            None => o.push_str("null"),
        }
    };
    o.push_str("\"rule\": ");
    json_str(o, &f.rule);
    field(o, "severity", Some(f.severity.as_str()));
    field(o, "reason", Some(&f.reason));
    field(o, "reply", f.reply.map(|r| r.to_string()).as_deref());
    field(o, "status", f.status.as_deref());
    field(o, "kind", Some(f.kind.as_str()));
    field(o, "direction", f.direction.map(|d| d.as_str()));
    field(o, "recipient", f.recipient.as_deref());
    field(o, "remote_host", f.remote_host.as_deref());
    field(o, "remote_ip", f.remote_ip.as_deref());
    let _ = write!(o, ", \"count\": {}, \"first_line\": {}, \"last_line\": {}", f.count, f.first_line, f.last_line);
    field(o, "first_seen", f.first_seen.as_deref());
    field(o, "last_seen", f.last_seen.as_deref());
    field(o, "title", Some(&text.title));
    field(o, "cause", (!text.cause.is_empty()).then_some(text.cause.as_str()));
    o.push_str(", \"fix\": [");
    for (i, s) in text.fix.iter().enumerate() {
        if i > 0 {
            o.push_str(", ");
        }
        json_str(o, s);
    }
    o.push_str("], \"references\": [");
    for (i, r) in rule.map_or(&[][..], |r| r.references).iter().enumerate() {
        o.push_str(if i > 0 { ", {\"title\": " } else { "{\"title\": " });
        json_str(o, r.title);
        o.push_str(", \"url\": ");
        json_str(o, r.url);
        o.push('}');
    }
    o.push_str("], \"artifacts\": [");
    for (i, a) in rule.map_or(&[][..], |r| r.artifacts).iter().filter_map(|a| kb::artifact(a)).enumerate() {
        if i > 0 {
            o.push_str(", ");
        }
        json_str(o, a.file_name);
    }
    o.push_str("], \"evidence\": [");
    for (i, e) in f.evidence.iter().enumerate() {
        let _ = write!(o, "{}{{\"line\": {}, \"raw\": ", if i > 0 { ", " } else { "" }, e.location.line);
        json_str(o, &e.raw);
        let (s, t) = safe_span(&e.raw, e.span);
        o.push_str(", \"match\": ");
        json_str(o, &e.raw[s..t]);
        o.push('}');
    }
    o.push(']');
}

/// A JSON string literal (RFC 8259 §7): quotes, backslashes and control
/// characters escaped; everything else as UTF-8.
fn json_str(o: &mut String, s: &str) {
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            // U+2028/2029 are valid JSON but break naive JS embedding.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
}

/// The span clamped to `raw` and to character boundaries.
fn safe_span(raw: &str, span: (u32, u32)) -> (usize, usize) {
    let (s, e) = (span.0 as usize, span.1 as usize);
    if s <= e && e <= raw.len() && raw.is_char_boundary(s) && raw.is_char_boundary(e) { (s, e) } else { (0, raw.len()) }
}

// ---------------------------------------------------------------- CSV

/// CSV column names (stable, English: they are a machine interface).
pub const CSV_COLUMNS: &[&str] = &[
    "file",
    "kind",
    "severity",
    "rule",
    "reply",
    "status",
    "count",
    "first_line",
    "last_line",
    "first_seen",
    "last_seen",
    "recipient",
    "remote_host",
    "remote_ip",
    "title",
    "cause",
    "fix",
    "evidence",
];

/// One row per finding, in the order of [`groups`], with a header row.
/// RFC 4180: CRLF line ends; a field holding `,` `"` CR or LF is quoted and
/// its quotes doubled. A field that a spreadsheet would run as a formula
/// (starting with `=` `+` `-` `@`, tab or CR) gets a leading `'`.
pub fn to_csv(reports: &[InputReport], lang: &str) -> String {
    let mut o = csv_head();
    for r in reports {
        o.push_str(&csv_rows(r, lang));
    }
    o
}

/// The header row of [`to_csv`]: what a CSV written one input at a time
/// ([`csv_rows`]) starts with.
pub fn csv_head() -> String {
    let mut o = String::new();
    csv_row(&mut o, CSV_COLUMNS.iter().map(|s| s.to_string()));
    o
}

/// The rows of [`to_csv`] for one input.
pub fn csv_rows(r: &InputReport, lang: &str) -> String {
    let mut o = String::new();
    for g in groups(r) {
        let text = rule_text(lang, g.rule);
        let fix = text.fix.iter().enumerate().map(|(i, s)| format!("{}. {s}", i + 1)).collect::<Vec<_>>().join("\n");
        for f in &g.findings {
            let opt = |v: &Option<String>| v.clone().unwrap_or_default();
            csv_row(
                &mut o,
                [
                    r.path.clone(),
                    f.kind.as_str().to_string(),
                    f.severity.as_str().to_string(),
                    f.rule.clone(),
                    f.reply.map(|c| c.to_string()).unwrap_or_default(),
                    opt(&f.status),
                    f.count.to_string(),
                    f.first_line.to_string(),
                    f.last_line.to_string(),
                    opt(&f.first_seen),
                    opt(&f.last_seen),
                    opt(&f.recipient),
                    opt(&f.remote_host),
                    opt(&f.remote_ip),
                    text.title.clone(),
                    text.cause.clone(),
                    fix.clone(),
                    f.evidence.first().map(|e| e.raw.clone()).unwrap_or_default(),
                ]
                .into_iter(),
            );
        }
    }
    o
}

fn csv_row(o: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push_str(&csv_field(&f));
    }
    o.push_str("\r\n");
}

/// One RFC 4180 field, with the spreadsheet-formula guard. Its [`hidden`]
/// characters but line feeds and tabs are escaped (`\u{1b}`): a log's escape
/// sequences would otherwise clear the screen or retitle the window of
/// whoever `cat`s the file (QA round 22).
pub fn csv_field(s: &str) -> String {
    let s = &*escape_hidden(s, &['\n', '\t']);
    let guarded;
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([',', '"', '\r', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

// ---------------------------------------------------------------- Markdown

/// A Markdown report (CommonMark with GFM tables): a summary table per
/// input, then each rule with cause, numbered fix steps, references and
/// evidence. Headings are in `lang`.
pub fn to_markdown(reports: &[InputReport], lang: &str) -> String {
    let mut o = markdown_head(lang);
    if reports.is_empty() {
        o.push_str(&markdown_no_input(lang));
    }
    for r in reports {
        o.push_str(&markdown_input(r, lang));
    }
    o
}

/// The title [`to_markdown`] starts with: what a report written one input
/// at a time ([`markdown_input`]) starts with.
pub fn markdown_head(lang: &str) -> String {
    format!("# {}\n\n", md_inline(&i18n::text(lang, "export-report-title", None)))
}

/// What [`to_markdown`] says after its title when there is no input.
pub fn markdown_no_input(lang: &str) -> String {
    format!("{}\n", md_inline(&i18n::text(lang, "report-no-input", None)))
}

/// The section of [`to_markdown`] for one input.
pub fn markdown_input(r: &InputReport, lang: &str) -> String {
    let t = |id: &str| i18n::text(lang, id, None);
    let mut o = String::new();
    let _ =
        writeln!(o, "## {} ({})\n", md_inline(&one_line(&r.path)), md_inline(&t(&format!("kind-{}", r.kind.as_str()))));
    let _ = writeln!(
        o,
        "{}\n",
        md_inline(&i18n::text_n(
            lang,
            "stats-lines",
            &[("lines", r.lines as i64), ("unrecognised", r.unrecognised_lines as i64)]
        ))
    );
    for n in &r.notes {
        let _ = writeln!(o, "> {}\n", md_inline(&i18n::note_text(lang, n)));
    }
    let gs = groups(r);
    if gs.is_empty() {
        let _ = writeln!(o, "{}\n", md_inline(&t("no-findings")));
        return o;
    }
    let cols = [
        "export-col-severity",
        "export-col-rule",
        "export-col-codes",
        "export-col-count",
        "export-col-lines",
        "export-col-seen",
        "export-col-affected",
        "export-col-title",
    ];
    let _ = writeln!(o, "| {} |", cols.iter().map(|c| md_cell(&t(c))).collect::<Vec<_>>().join(" | "));
    let _ = writeln!(o, "|{}", "---|".repeat(cols.len()));
    let texts: Vec<RuleText> = gs.iter().map(|g| rule_text(lang, g.rule)).collect();
    for (g, text) in gs.iter().zip(&texts) {
        let seen = seen_range(g.first_seen, g.last_seen);
        let lines = if g.first_line == g.last_line {
            g.first_line.to_string()
        } else {
            format!("{}–{}", g.first_line, g.last_line)
        };
        let cells = [
            t(&format!("severity-{}", g.severity.as_str())),
            g.rule.to_string(),
            g.codes.join(", "),
            g.count.to_string(),
            lines,
            seen,
            g.affected.join(", "),
            text.title.clone(),
        ];
        let _ = writeln!(o, "| {} |", cells.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | "));
    }
    o.push('\n');
    let colon = i18n::colon(lang);
    for (g, text) in gs.iter().zip(&texts) {
        let _ = writeln!(o, "### {} — {}\n", md_inline(&text.title), code_span(g.rule));
        let _ = writeln!(
            o,
            "**{}{colon}** {} · {}\n",
            md_inline(&t("export-col-severity")),
            md_inline(&t(&format!("severity-{}", g.severity.as_str()))),
            md_inline(&i18n::text_n(lang, "count", &[("count", g.count as i64)]))
        );
        if !g.affected.is_empty() {
            let who: Vec<String> = g.affected.iter().map(|a| code_span(a)).collect();
            let _ = writeln!(o, "**{}{colon}** {}\n", md_inline(&t("affected")), who.join(", "));
        }
        if !text.cause.is_empty() {
            let _ = writeln!(o, "**{}{colon}** {}\n", md_inline(&t("cause-heading")), md_inline(&text.cause));
        }
        if !text.fix.is_empty() {
            let _ = writeln!(o, "**{}{colon}**\n", md_inline(&t("fix-heading")));
            for (i, s) in text.fix.iter().enumerate() {
                let _ = writeln!(o, "{}. {}", i + 1, md_inline(s));
            }
            o.push('\n');
        }
        if let Some(rule) = g.kb.filter(|r| !r.references.is_empty()) {
            let _ = writeln!(o, "**{}{colon}**\n", md_inline(&t("references-heading")));
            for x in rule.references {
                let _ = writeln!(
                    o,
                    "- [{}](<{}>)",
                    md_inline(&i18n::reference_title(lang, x.title)),
                    i18n::reference_url(lang, x.url)
                );
            }
            o.push('\n');
        }
        let _ = writeln!(o, "**{}{colon}**\n", md_inline(&t("evidence-heading")));
        let ev: Vec<String> = g
            .findings
            .iter()
            .flat_map(|f| f.evidence.iter())
            .map(|e| format!("{}:{}: {}", one_line(&r.path), e.location.line, one_line(&e.raw)))
            .collect();
        fence(&mut o, &ev.join("\n"));
    }
    o
}

fn seen_range(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) | (None, Some(a)) => a.to_string(),
        (None, None) => String::new(),
    }
}

/// Text for a GFM table cell: inline-escaped, `|` escaped, one line.
pub fn md_cell(s: &str) -> String {
    md_inline(&s.replace(['\r', '\n'], " "))
}

/// Escapes the characters that would start Markdown syntax or raw HTML in
/// text from the input (`\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `#` …).
pub fn md_inline(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        // A line break (a file name can hold one) would end the heading or
        // the table row it is in: it reads as a space.
        if matches!(c, '\r' | '\n') {
            o.push(' ');
            continue;
        }
        // An escape sequence or a bidirectional override from a recipient
        // or a title acts on the terminal or renderer that shows the
        // export (QA 27): written as `\u{…}`, as in the evidence block.
        if hidden(c) && c != '\t' {
            let _ = write!(o, "{}", c.escape_unicode());
            continue;
        }
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '~' | '&') {
            o.push('\\');
        }
        o.push(c);
    }
    o
}

/// An inline code span holding `s` exactly (CommonMark 6.1): fenced by a
/// backtick run longer than any inside it, with a space inside each end
/// when it starts or ends with a backtick. So an address such as
/// ``a|b`c@x.example`` is copied as it is (look-alike characters made it
/// another address). Line breaks read as spaces. Not for table cells,
/// where a pipe ends the cell ([`md_cell`] escapes those).
fn code_span(s: &str) -> String {
    let s = s.replace(['\r', '\n'], " ");
    let s = one_line(&s);
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat(longest + 1);
    let pad = s.starts_with('`') || s.ends_with('`');
    if pad { format!("{ticks} {s} {ticks}") } else { format!("{ticks}{s}{ticks}") }
}

/// A character a reader does not see as it is: a control character (C0,
/// DEL, C1), a bidirectional override or isolate, or a zero-width one: they
/// act on a terminal or a renderer, reorder what a name says (`\u{202e}`
/// turns `gol.exe` around) or hide in it (`mx\u{200b}.example`). The CLI
/// escapes them on a terminal; exports escape them where a name is written.
pub fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// `s` with its [`hidden`] characters, but those in `keep`, written as
/// `\u{…}` escapes (borrowed when it has none).
pub fn escape_hidden<'s>(s: &'s str, keep: &[char]) -> std::borrow::Cow<'s, str> {
    let escaped = |c: char| hidden(c) && !keep.contains(&c);
    if !s.chars().any(escaped) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars().map(|c| if escaped(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect(),
    )
}

/// `s` as one line of a code block (a newline or an escape sequence in a
/// file or zip member name escaped, as the CLI's text report writes it; the
/// tab kept). A name holding a newline and a fence made the evidence lines
/// of a Markdown export start a heading, an image and a link in a renderer
/// that does not count fence lengths (QA).
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    escape_hidden(s, &['\t'])
}

/// A fenced code block longer than any backtick run in the text.
fn fence(o: &mut String, text: &str) {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let f = "`".repeat(longest.max(2) + 1);
    let _ = writeln!(o, "{f}text\n{text}\n{f}\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    const SEED: &str = include_str!("../../www/samples/seed-tls.txt");

    fn seed() -> Vec<InputReport> {
        vec![analyze("seed.txt", SEED.as_bytes())]
    }

    #[test]
    fn a_code_span_holds_its_value_exactly() {
        for (v, want) in [
            ("a@x.example", "`a@x.example`"),
            ("a|b`c@x.example", "``a|b`c@x.example``"),
            ("`tick", "`` `tick ``"),
            ("x``y", "```x``y```"),
            ("two\nlines", "`two lines`"),
        ] {
            assert_eq!(code_span(v), want, "{v}");
        }
    }

    #[test]
    fn groups_are_by_rule_and_most_severe_first() {
        let r = analyze(
            "x.log",
            b"550 5.1.1 unknown user a@x.example\n421 4.4.2 Connection dropped due to SocketError\n550 5.1.1 unknown user b@x.example\n",
        );
        let gs = groups(&r);
        assert!(gs.windows(2).all(|w| w[0].severity <= w[1].severity));
        let ids: Vec<&str> = gs.iter().map(|g| g.rule).collect();
        let mut dedup = ids.clone();
        dedup.dedup();
        assert_eq!(ids, dedup, "one group per rule");
        assert_eq!(gs.iter().map(|g| g.count).sum::<u64>(), r.findings.iter().map(|f| f.count).sum::<u64>());
    }

    #[test]
    fn groups_know_time_stamps_and_endpoints() {
        let log = "#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n\
2021-01-20T10:00:00.000Z,Out,08D8BD0000000001,7,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n\
2021-01-20T10:09:00.000Z,Out,08D8BD0000000002,7,10.0.0.5:50124,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n";
        let r = analyze("SEND.log", log.as_bytes());
        let g = &groups(&r)[0];
        assert_eq!(g.count, 2);
        assert_eq!(g.first_seen, Some("2021-01-20T10:00:00.000Z"));
        assert_eq!(g.last_seen, Some("2021-01-20T10:09:00.000Z"));
        assert_eq!(g.affected, vec!["104.47.0.1".to_string()]);
        assert_eq!((g.first_line, g.last_line), (2, 3));
    }

    #[test]
    fn csv_quotes_per_rfc_4180() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
        // A terminal's escape sequences, a bell, a right-to-left override:
        // written out, not acted on; tabs and line feeds stay.
        assert_eq!(csv_field("x\u{1b}[2J\u{1b}]0;pwned\u{7}y"), "x\\u{1b}[2J\\u{1b}]0;pwned\\u{7}y");
        assert_eq!(csv_field("gol\u{202e}.exe\tz"), "gol\\u{202e}.exe\tz");
        assert_eq!(csv_field("a\rb"), "a\\u{d}b");
        let csv = to_csv(&seed(), "en");
        assert!(csv.starts_with("file,kind,severity,rule,"));
        assert!(csv.ends_with("\r\n"));
        let rows = parse_csv(&csv);
        assert_eq!(rows[0], CSV_COLUMNS.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(rows.len(), 5, "header + the seed's four findings");
        assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
        let queue = rows.iter().find(|r| r[3] == "seed-queue-socketerror").unwrap();
        assert!(queue[17].contains("\"421 4.4.2 Connection dropped due to SocketError.\""), "quotes round-trip");
        assert!(queue[16].starts_with("1. ") && queue[16].contains("\n2. "));
    }

    /// A strict RFC 4180 reader, to prove the writer's output parses back.
    fn parse_csv(s: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') if field.is_empty() => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CRLF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => {
                    assert_ne!(c, '\n', "bare LF outside quotes");
                    field.push(c);
                }
            }
        }
        assert!(row.is_empty() && field.is_empty(), "ends with CRLF");
        rows
    }

    #[test]
    fn json_is_valid_and_complete() {
        let json = to_json(&seed(), "zh-CN");
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(v["lang"], "zh-CN");
        let fs = v["inputs"][0]["findings"].as_array().unwrap();
        assert_eq!(fs.len(), 4);
        assert_eq!(fs[0]["severity"], "critical");
        let ndr = fs.iter().find(|f| f["rule"] == "seed-ndr-socketerror").unwrap();
        assert_eq!(ndr["reply"], "421");
        assert_eq!(ndr["status"], "4.4.2");
        assert_eq!(ndr["recipient"], "alex@contoso.com");
        let want = i18n::rule_text("zh-CN", kb::rule("seed-ndr-socketerror").unwrap());
        assert_eq!(ndr["title"], want.title.as_str());
        assert_eq!(ndr["fix"].as_array().unwrap().len(), want.fix.len());
        assert!(ndr["references"][0]["url"].as_str().unwrap().starts_with("https://"));
        assert!(ndr["evidence"][0]["match"].as_str().unwrap().contains("4.4.2"));
        // Hostile text stays data.
        let r = analyze("\"evil\"\\.txt", b"550 5.1.1 <script>\"x\"\\\x01</script>\n");
        let v: serde_json::Value = serde_json::from_str(&to_json(&[r], "en")).expect("valid JSON");
        assert_eq!(v["inputs"][0]["path"], "\"evil\"\\.txt");
        assert!(v["inputs"][0]["findings"][0]["evidence"][0]["raw"].as_str().unwrap().contains("<script>\"x\"\\\u{1}"));
        let empty: serde_json::Value = serde_json::from_str(&to_json(&[], "en")).unwrap();
        assert_eq!(empty["inputs"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn markdown_has_a_table_and_escapes_pipes() {
        let md = to_markdown(&seed(), "en");
        assert!(md.starts_with("# "));
        assert!(md.contains("| Severity | Rule |"), "{md}");
        assert!(md.contains("seed-starttls-first"));
        assert!(md.contains("1. On the server that sends to Exchange Online"));
        assert!(md.contains("](<https://learn.microsoft.com/"));
        assert_eq!(md_cell("a|b\nc"), "a\\|b c");
        let r = analyze("a|b.txt", b"550 5.1.1 user|x@y.example <img src=x onerror=alert(1)> ```\n");
        let md = to_markdown(&[r], "en");
        for line in md.lines().filter(|l| l.starts_with('|')) {
            // Every row has the same number of unescaped pipes.
            let pipes = line.replace("\\|", "").matches('|').count();
            assert_eq!(pipes, 9, "{line}");
        }
        assert!(md.contains("## a\\|b.txt"));
        assert_eq!(md_inline("two\nlines\r\n# not a heading"), "two lines  \\# not a heading");
        assert!(md.contains("````text\n"), "fence longer than the input's backticks");
        assert!(
            !md.lines().any(|l| !l.starts_with("a|b.txt:") && l.contains("<img")),
            "raw HTML only inside the code block"
        );
        // A member name with a line break and a fence: each evidence line
        // stays one line, its control characters escaped.
        let name = "logs.zip!x\n```\n# Injected\n![i](https://evil.example/p.png)\u{1b}[2J.log";
        let md = to_markdown(&[analyze(name, b"550 5.1.1 user unknown\x07\n")], "en");
        assert!(!md.lines().any(|l| l.starts_with("# Injected") || l.starts_with("![i]") || l == "```"), "{md}");
        assert!(!md.contains('\u{1b}') && !md.contains('\u{7}'), "no raw control character, the heading included");
        assert!(md.contains("logs.zip!x\\u{a}```\\u{a}# Injected\\u{a}![i](https://evil.example/p.png)\\u{1b}[2J.log:1: 550 5.1.1 user unknown\\u{7}"), "{md}");
        let md = to_markdown(&[analyze("evil\u{202e}gol.exe", b"550 5.1.1 user unknown\n")], "en");
        assert!(!md.contains('\u{202e}') && md.contains("evil\\u{202e}gol.exe"), "{md}");
        // A recipient holding an escape sequence: escaped in the table cell
        // and in the affected list alike.
        let dsn = b"Final-Recipient: rfc822; a\x1b[2Jb@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n";
        let md = to_markdown(&[analyze("r.txt", dsn)], "en");
        assert!(!md.contains('\u{1b}'), "{md}");
        assert!(md.contains("| a\\u{1b}\\[2Jb@example.com |"), "table cell: {md}");
        assert!(md.contains(":** `a\\u{1b}[2Jb@example.com`"), "affected list: {md}");
    }

    #[test]
    fn markdown_is_translated() {
        let md = to_markdown(&seed(), "ru");
        let want = i18n::rule_text("ru", kb::rule("seed-ndr-socketerror").unwrap());
        assert!(md.contains(&md_inline(&want.title)));
        assert!(md.contains(&md_inline(&i18n::text("ru", "export-report-title", None))));
        assert_ne!(i18n::text("ru", "export-report-title", None), i18n::text("en", "export-report-title", None));
    }

    #[test]
    fn unclassified_findings_have_a_title() {
        let t = rule_text("vi", crate::report::UNCLASSIFIED);
        assert_eq!(t.title, i18n::text("vi", "unclassified-title", None));
        assert!(t.cause.is_empty() && t.fix.is_empty());
    }
}
