//! Corpus evaluation: agreement of `triage` with labelled bounces.
//!
//! Reads `EXPECTED.tsv` (one row per expected failed recipient) and compares,
//! for the n-th failed recipient of each message, the enhanced status, the
//! SMTP reply code and the reason. Sisimai-internal pseudo statuses (`5.9.x`,
//! `x.0.9xx`) carry no real status and are left out of status scoring.
//! With `MAILTRIAGE_EVAL_ALL` set, every row is printed as a `ROW` TSV line
//! (path#index, rule, got status/reply/reason, wanted status/reply/reason).

use mailtriage_engine::InputReport;
use std::collections::HashMap;
use std::io;
use std::path::Path;

#[derive(Default)]
struct Score {
    agree: u32,
    total: u32,
}

impl Score {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.agree += u32::from(ok);
    }
    fn pct(&self) -> f64 {
        if self.total == 0 { 100.0 } else { 100.0 * f64::from(self.agree) / f64::from(self.total) }
    }
}

fn pseudo_status(s: &str) -> bool {
    let p: Vec<&str> = s.split('.').collect();
    p.len() == 3 && (p[1] == "9" || (p[1] == "0" && p[2].len() == 3 && p[2].starts_with('9')))
}

/// Sisimai merged some reasons (2025-12, see `REASONS.tsv`): labels from older
/// test suites still use the former names, which the merged name stands for.
fn same_reason(got: &str, want: &str) -> bool {
    got == want
        || match want {
            "exceedlimit" | "mesgtoobig" => got == "emailtoolarge",
            "speeding" | "toomanyconn" => got == "ratelimited",
            _ => false,
        }
}

fn canonical(s: &str) -> String {
    s.split('.')
        .map(|p| p.trim_start_matches('0'))
        .map(|p| if p.is_empty() { "0" } else { p })
        .collect::<Vec<_>>()
        .join(".")
}

pub fn run(dir: &Path, verbose: bool) -> io::Result<()> {
    let tsv = std::fs::read_to_string(dir.join("EXPECTED.tsv"))?;
    let mut cache: HashMap<String, InputReport> = HashMap::new();
    let (mut status, mut reply, mut reply_present, mut reason) =
        (Score::default(), Score::default(), Score::default(), Score::default());
    let mut found = Score::default();
    for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let col: Vec<&str> = line.split('\t').collect();
        if col.len() < 7 {
            continue;
        }
        let (path, want_status, want_reply, want_reason) = (col[0], col[1], col[2], col[3]);
        let index: usize = col[6].parse().unwrap_or(1);
        if !cache.contains_key(path) {
            let report = crate::triage_file(&dir.join(path))?;
            cache.insert(path.to_string(), report);
        }
        let report = &cache[path];
        let f = report.findings.get(index.saturating_sub(1));
        found.add(f.is_some());
        let got_status = f.and_then(|f| f.status.as_deref()).unwrap_or("");
        let got_reply = f.and_then(|f| f.reply).map(|r| r.to_string()).unwrap_or_default();
        let got_reason = f.map_or("", |f| f.reason.as_str());
        let mut bad = Vec::new();
        if !pseudo_status(want_status) && !want_status.is_empty() {
            let ok = canonical(got_status) == canonical(want_status);
            status.add(ok);
            if !ok {
                bad.push(format!("status {got_status:?} want {want_status:?}"));
            }
        }
        let ok = got_reply == want_reply;
        reply.add(ok);
        if !want_reply.is_empty() {
            reply_present.add(ok);
        }
        if !ok {
            bad.push(format!("reply {got_reply:?} want {want_reply:?}"));
        }
        let ok = same_reason(got_reason, want_reason);
        reason.add(ok);
        if !ok {
            bad.push(format!("reason {got_reason:?} want {want_reason:?}"));
        }
        if std::env::var_os("MAILTRIAGE_EVAL_ALL").is_some() {
            println!(
                "ROW\t{path}#{index}\t{}\t{got_status}\t{got_reply}\t{got_reason}\t{want_status}\t{want_reply}\t{want_reason}",
                f.map_or("-", |f| f.rule.as_str())
            );
        }
        if verbose && !bad.is_empty() {
            println!("{path}#{index} [{}] {}", f.map_or("-", |f| f.rule.as_str()), bad.join("; "));
        }
    }
    let not_dir = dir.join("maildir/not");
    let mut negatives = Score::default();
    if let Ok(entries) = std::fs::read_dir(&not_dir) {
        for e in entries.flatten() {
            let r = crate::triage_file(&e.path())?;
            negatives.add(r.findings.is_empty());
            if verbose && !r.findings.is_empty() {
                println!(
                    "not-a-bounce {} gave {:?}",
                    e.path().display(),
                    r.findings.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>()
                );
            }
        }
    }
    println!("corpus: {} ({} messages, {} expected recipients)", dir.display(), cache.len(), found.total);
    println!("recipient found   {:>6.2} % ({}/{})", found.pct(), found.agree, found.total);
    println!(
        "status            {:>6.2} % ({}/{})  [pseudo 5.9.x / x.0.9xx excluded]",
        status.pct(),
        status.agree,
        status.total
    );
    println!("reply code        {:>6.2} % ({}/{})", reply.pct(), reply.agree, reply.total);
    println!("  where expected  {:>6.2} % ({}/{})", reply_present.pct(), reply_present.agree, reply_present.total);
    println!("reason            {:>6.2} % ({}/{})", reason.pct(), reason.agree, reason.total);
    println!("not-a-bounce      {:>6.2} % ({}/{}) with no finding", negatives.pct(), negatives.agree, negatives.total);
    Ok(())
}
