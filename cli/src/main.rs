//! `mailtriage`: the engine on the command line.
//!
//! Exit codes: 0 nothing found, 1 findings, 2 error (unreadable path, bad
//! arguments).

use clap::{Parser, Subcommand, ValueEnum};
use mailtriage_engine::{Analyzer, InputReport, i18n, kb};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod eval;

#[derive(Parser)]
#[command(
    name = "mailtriage",
    version,
    about = "Explain SMTP bounces, Exchange queue errors and protocol logs: cause and fix"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse files or folders (recursively); `-` reads standard input.
    Triage {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Language of the human-readable output (en, vi, zh-CN, lt, ru, ro).
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Compare triage results with a labelled corpus (`EXPECTED.tsv` in Sisimai's
    /// set-of-emails layout) and print agreement per column.
    EvalCorpus {
        /// Folder holding EXPECTED.tsv (e.g. ../shared/corpus/sisimai).
        dir: PathBuf,
        /// Print every disagreement.
        #[arg(long)]
        verbose: bool,
    },
    /// List the knowledge-base rules.
    Rules {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(found) => ExitCode::from(u8::from(found)),
        Err(e) => {
            eprintln!("mailtriage: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<bool, String> {
    match cli.command {
        Command::Triage { paths, format, lang } => {
            let mut files = Vec::new();
            for p in &paths {
                collect(p, &mut files).map_err(|e| format!("{}: {e}", p.display()))?;
            }
            let mut reports = Vec::new();
            for f in &files {
                reports.push(triage_file(f).map_err(|e| format!("{}: {e}", f.display()))?);
            }
            let found = reports.iter().any(|r| !r.findings.is_empty());
            let out = io::stdout();
            let mut out = out.lock();
            match format {
                Format::Json => {
                    let doc =
                        serde_json::json!({ "inputs": reports.iter().map(InputReport::contract).collect::<Vec<_>>() });
                    serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| e.to_string())?;
                    writeln!(out).map_err(|e| e.to_string())?;
                }
                Format::Text => print_text(&mut out, &reports, i18n::negotiate(&lang)).map_err(|e| e.to_string())?,
            }
            Ok(found)
        }
        Command::EvalCorpus { dir, verbose } => {
            eval::run(&dir, verbose).map_err(|e| format!("{}: {e}", dir.display()))?;
            Ok(false)
        }
        Command::Rules { format } => {
            let out = io::stdout();
            let mut out = out.lock();
            match format {
                Format::Json => serde_json::to_writer_pretty(&mut out, kb::RULES).map_err(|e| e.to_string())?,
                Format::Text => {
                    for r in kb::RULES {
                        writeln!(
                            out,
                            "{:<40} {:<9} {:<15} {}",
                            r.id,
                            r.severity.as_str(),
                            r.reason,
                            i18n::text("en", r.id, None)
                        )
                        .map_err(|e| e.to_string())?;
                    }
                }
            }
            Ok(false)
        }
    }
}

/// Expands folders recursively, in a stable (sorted) order.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    if path.as_os_str() == "-" {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            collect(&e, out)?;
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// Streams one file through the engine in 1 MiB chunks.
pub(crate) fn triage_file(path: &Path) -> io::Result<InputReport> {
    let name = path.display().to_string();
    let mut analyzer = Analyzer::new(name);
    let mut reader: Box<dyn Read> =
        if path.as_os_str() == "-" { Box::new(io::stdin()) } else { Box::new(File::open(path)?) };
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        analyzer.feed(&buf[..n]);
    }
    Ok(analyzer.finish())
}

fn print_text(out: &mut impl Write, reports: &[InputReport], lang: &str) -> io::Result<()> {
    for r in reports {
        writeln!(out, "== {} ({}, {} lines)", r.path, r.kind.as_str(), r.lines)?;
        for n in &r.notes {
            writeln!(out, "   note: {}", i18n::note_text(lang, n))?;
        }
        if r.findings.is_empty() {
            writeln!(out, "   {}", i18n::text(lang, "no-findings", None))?;
        }
        for f in &r.findings {
            let codes =
                [f.reply.map(|c| c.to_string()), f.status.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
            writeln!(out, "\n[{}] {} {} ({}x, line {})", f.severity.as_str(), codes, f.rule, f.count, f.first_line)?;
            if let Some(rule) = kb::rule(&f.rule) {
                let t = i18n::rule_text(lang, rule);
                writeln!(out, "   {}", t.title)?;
                writeln!(out, "   {}: {}", i18n::text(lang, "cause-heading", None), t.cause)?;
                writeln!(out, "   {}:", i18n::text(lang, "fix-heading", None))?;
                for (i, step) in t.fix.iter().enumerate() {
                    writeln!(out, "     {}. {step}", i + 1)?;
                }
                for reference in rule.references {
                    writeln!(out, "   - {} <{}>", reference.title, reference.url)?;
                }
            }
            for who in [&f.recipient, &f.remote_host, &f.remote_ip].into_iter().flatten() {
                writeln!(out, "   affects: {who}")?;
            }
        }
        if r.unrecognised_lines > 0 {
            writeln!(
                out,
                "\n   {}",
                i18n::text_n(
                    lang,
                    "stats-lines",
                    &[("lines", r.lines as i64), ("unrecognised", r.unrecognised_lines as i64)]
                )
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
