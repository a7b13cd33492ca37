//! The app's state and its reducer, apart from the views so it can be
//! tested without a DOM.

use mailtriage_engine::{InputReport, analyze, i18n};
use std::rc::Rc;
use yew::Reducible;

/// Built-in sample inputs, shown at start so the page explains itself.
pub const SAMPLES: &[(&str, &str)] = &[
    ("sample-seed", include_str!("../www/samples/seed-tls.txt")),
    ("sample-o365-ndr", include_str!("../www/samples/o365-ndr.txt")),
    ("sample-dsn", include_str!("../www/samples/dsn-postfix-exim.txt")),
    ("sample-queue", include_str!("../www/samples/queue-lasterror.txt")),
    ("sample-send-log", include_str!("../www/samples/send-protocol-log.log")),
    ("sample-recv-log", include_str!("../www/samples/recv-protocol-log.log")),
    ("sample-postfix", include_str!("../www/samples/postfix-syslog.txt")),
    ("sample-schannel", include_str!("../www/samples/schannel-events.txt")),
];

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: &'static str,
    /// The text in the paste box.
    pub input: String,
    /// The analyses shown: the paste first, then opened files.
    pub reports: Vec<Rc<InputReport>>,
    /// findings: show and export addresses, IPs and host names as stable tokens.
    pub redact: bool,
    /// pipeline: the size in bytes of a paste too big for the box, which was
    /// analysed without being put in it (see `view::PASTE_BOX_MAX`).
    pub pasted_aside: Option<u64>,
    /// The user's own text a sample took the place of in the box, until it
    /// is put back or the box is edited (QA round 13: a sample picked by
    /// mistake lost the pasted bounce, and the browser's undo did not bring
    /// it back).
    pub replaced: Option<String>,
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The paste box changed: analyse it.
    SetInput(String),
    /// A file was read.
    FileLoaded {
        name: String,
        bytes: Rc<Vec<u8>>,
    },
    SetLang(String),
    Clear,
    /// findings: the redact switch.
    SetRedact(bool),
    /// pipeline: a report from the worker (replaces one of the same path;
    /// the paste's stays first).
    Report(Rc<InputReport>),
    /// pipeline: the final reports the worker sent while the page was busy,
    /// applied as [`Action::Report`] one after another would be, in one
    /// redraw (a zip of 20 000 members sent as many).
    Reports(Vec<Rc<InputReport>>),
    /// pipeline: a paste too big for the main thread; the worker analyses it.
    SetInputDeferred(String),
    /// pipeline: a paste too big for the box went to the worker as it is;
    /// the box is emptied and says so (its size in bytes).
    PastedAside(u64),
    /// The paste box's text while its analysis waits for a pause in the
    /// typing: kept so that a redraw meanwhile (a job's progress, the
    /// worker saying it is ready) does not put the old text back in the box.
    Typing(String),
    /// A built-in sample into the box; the user's own text in it is kept
    /// aside ([`State::replaced`]).
    LoadSample(String),
    /// The text a sample replaced back into the box.
    RestoreInput,
}

impl State {
    pub fn new(lang: &str) -> Self {
        let mut s = Self {
            lang: i18n::negotiate(lang),
            input: String::new(),
            reports: Vec::new(),
            redact: false,
            pasted_aside: None,
            replaced: None,
        };
        s.set_input(SAMPLES[0].1.to_string());
        s
    }

    fn set_input(&mut self, input: String) {
        self.reports.retain(|r| r.path != PASTE);
        if !input.trim().is_empty() {
            self.reports.insert(0, Rc::new(analyze(PASTE, input.as_bytes())));
        }
        self.input = input;
    }

    /// The first file's report takes the place of the built-in sample (in the
    /// box and in the results) while the box still holds it as it came: the
    /// sample's findings are not the admin's, and were in their exports.
    fn set_sample_aside(&mut self) {
        if SAMPLES.iter().any(|(_, text)| *text == self.input) {
            self.reports.retain(|r| r.path != PASTE);
            self.input.clear();
        }
    }

    /// Each report replaces the one of its path, the paste's first, the
    /// others after the rest; of one path in `batch`, the latest is kept, at
    /// the place the last one would have taken one by one.
    fn add_reports(&mut self, batch: Vec<Rc<InputReport>>) {
        if batch.iter().any(|r| r.path != PASTE) {
            self.set_sample_aside();
        }
        let mut last = std::collections::HashMap::new();
        for (i, r) in batch.iter().enumerate() {
            last.insert(r.path.as_str(), i);
        }
        self.reports.retain(|r| !last.contains_key(r.path.as_str()));
        for (i, report) in batch.iter().enumerate() {
            if last.get(report.path.as_str()) != Some(&i) {
                continue;
            }
            if report.path == PASTE {
                self.reports.insert(0, report.clone());
            } else {
                self.reports.push(report.clone());
            }
        }
    }

    pub fn t(&self, id: &str) -> String {
        i18n::text(self.lang, id, None)
    }
}

/// The name the pasted text is reported under.
pub const PASTE: &str = "(pasted text)";

/// What tells one opened file from another of the same name: its size and
/// last-modified time (`None` for what is not a file).
pub type FileId = Option<(f64, f64)>;

/// `name` was given to this very file (the same size and date) before:
/// the file is opened again.
pub fn same_file(used: &std::collections::HashMap<String, FileId>, name: &str, id: FileId) -> bool {
    id.is_some() && used.get(name) == Some(&id)
}

/// The names inputs are reported under, one per input, told apart: reports
/// are keyed by name, so two inputs of one name (`queue.txt` from two
/// servers; every Exchange server names its logs alike) would replace each
/// other. `used` holds the names already given (and what file each was);
/// each of `wanted` keeps its name when that is free or was given to the
/// same file (opened again: its report is replaced), else takes the first
/// free `name (2)`, `name (3)`, …. Names given are added to `used`. The
/// paste's name is never changed.
pub fn unique_names(
    used: &mut std::collections::HashMap<String, FileId>,
    wanted: Vec<(String, FileId)>,
) -> Vec<String> {
    let mut given_now = std::collections::HashSet::new();
    wanted
        .into_iter()
        .map(|(name, id)| {
            if name == PASTE {
                return name;
            }
            let free = |n: &String, used: &std::collections::HashMap<String, FileId>| {
                !given_now.contains(n) && (!used.contains_key(n) || same_file(used, n, id))
            };
            let mut out = name.clone();
            let mut k = 2;
            while !free(&out, used) {
                out = format!("{name} ({k})");
                k += 1;
            }
            used.insert(out.clone(), id);
            given_now.insert(out.clone());
            out
        })
        .collect()
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if matches!(action, Action::SetInput(_) | Action::SetInputDeferred(_) | Action::Typing(_) | Action::Clear) {
            // The box holds what was typed or pasted into it again.
            next.pasted_aside = None;
            next.replaced = None;
        }
        match action {
            Action::PastedAside(bytes) => {
                next.reports.retain(|r| r.path != PASTE);
                next.input.clear();
                next.pasted_aside = Some(bytes);
            }
            Action::SetInput(text) => next.set_input(text),
            Action::FileLoaded { name, bytes } => {
                next.set_sample_aside();
                next.reports.retain(|r| r.path != name);
                next.reports.push(Rc::new(analyze(&name, &bytes)));
            }
            Action::SetLang(lang) => next.lang = i18n::negotiate(&lang),
            Action::SetRedact(on) => next.redact = on,
            Action::Report(report) => next.add_reports(vec![report]),
            Action::Reports(batch) => next.add_reports(batch),
            Action::SetInputDeferred(text) => {
                next.reports.retain(|r| r.path != PASTE);
                next.input = text;
            }
            Action::Typing(text) => next.input = text,
            Action::LoadSample(text) => {
                let own = !next.input.trim().is_empty() && !SAMPLES.iter().any(|(_, s)| *s == next.input);
                if own {
                    next.replaced = Some(std::mem::take(&mut next.input));
                }
                next.pasted_aside = None;
                next.set_input(text);
            }
            Action::RestoreInput => {
                if let Some(text) = next.replaced.take() {
                    next.set_input(text);
                }
            }
            Action::Clear => {
                next.input.clear();
                next.reports.clear();
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_keeps_the_users_text_aside_until_it_is_put_back() {
        let s = Rc::new(State::new("en"));
        let own = "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown";
        let s = s.reduce(Action::SetInput(own.into()));
        let s = s.reduce(Action::LoadSample(SAMPLES[1].1.into()));
        assert_eq!((s.input.as_str(), s.replaced.as_deref()), (SAMPLES[1].1, Some(own)));
        // Another sample: the user's text is still the one kept.
        let s = s.reduce(Action::LoadSample(SAMPLES[2].1.into()));
        assert_eq!(s.replaced.as_deref(), Some(own));
        let s = s.reduce(Action::RestoreInput);
        assert_eq!((s.input.as_str(), s.replaced.as_deref()), (own, None));
        assert!(s.reports.iter().any(|r| r.path == PASTE && !r.findings.is_empty()));
        // A sample over a sample, or over an empty box, keeps nothing aside.
        let s = Rc::new(State::new("en")).reduce(Action::LoadSample(SAMPLES[3].1.into()));
        assert_eq!(s.replaced, None);
        // Editing the box ends the offer.
        let s = s.reduce(Action::SetInput(own.into())).reduce(Action::LoadSample(SAMPLES[1].1.into()));
        assert!(s.replaced.is_some());
        assert_eq!(s.reduce(Action::Typing("x".into())).replaced, None);
    }

    #[test]
    fn starts_with_the_sample_analysed() {
        let s = State::new("ru-RU");
        assert_eq!(s.lang, "ru");
        assert!(s.reports[0].findings.iter().any(|f| f.rule == "seed-ndr-socketerror"));
    }

    #[test]
    fn typing_keeps_the_text_and_the_last_analysis_until_the_pause() {
        let s = Rc::new(State::new("en"));
        let before = s.reports.clone();
        let s = s.reduce(Action::Typing("451 5.7.3 Must".into()));
        assert_eq!(s.input, "451 5.7.3 Must");
        assert_eq!(s.reports, before, "no analysis while typing");
        let s = s.reduce(Action::SetInput("451 5.7.3 Must issue a STARTTLS command first".into()));
        assert_eq!(s.reports[0].findings[0].rule, "seed-starttls-first");
    }

    #[test]
    fn inputs_of_one_name_are_told_apart() {
        let mut used = std::collections::HashMap::new();
        let a = Some((48.0, 1.0));
        let b = Some((46.0, 2.0));
        // Two files named alike in one drop.
        assert_eq!(
            unique_names(&mut used, vec![("queue.txt".into(), a), ("queue.txt".into(), b)]),
            ["queue.txt", "queue.txt (2)"]
        );
        // Another one later, then the first one opened again (replaces its report).
        assert_eq!(
            unique_names(&mut used, vec![("queue.txt".into(), Some((1.0, 3.0))), ("queue.txt".into(), a)]),
            ["queue.txt (3)", "queue.txt"]
        );
        // Folder paths are distinct already; the paste keeps its name.
        assert_eq!(
            unique_names(&mut used, vec![("EX01/queue.txt".into(), a), (PASTE.into(), None), (PASTE.into(), None)]),
            ["EX01/queue.txt", PASTE, PASTE]
        );
        // What is not a file (no size and time) never takes a used name.
        assert_eq!(unique_names(&mut used, vec![("EX01/queue.txt".into(), None)]), ["EX01/queue.txt (2)"]);
    }

    #[test]
    fn a_batch_of_reports_reads_as_the_reports_one_by_one() {
        let report = |path: &str, text: &str| Rc::new(analyze(path, text.as_bytes()));
        let start = Rc::new(State::new("en"))
            .reduce(Action::Report(report("a.txt", "550 5.1.1 unknown user")))
            .reduce(Action::Report(report("b.txt", "nothing here")));
        let batch = vec![
            report("c.txt", "451 5.7.3 Must issue a STARTTLS command first"),
            report("a.txt", "421 4.4.2 Connection dropped due to SocketError"),
            report(PASTE, "550 5.1.1 unknown user"),
            report("c.txt", "nothing"),
            report("d.txt", "x"),
        ];
        let one_by_one = batch.iter().fold(start.clone(), |s, r| s.reduce(Action::Report(r.clone())));
        let at_once = start.reduce(Action::Reports(batch));
        let paths = |s: &State| s.reports.iter().map(|r| r.path.clone()).collect::<Vec<_>>();
        assert_eq!(paths(&at_once), paths(&one_by_one));
        assert_eq!(paths(&at_once), [PASTE, "b.txt", "a.txt", "c.txt", "d.txt"]);
        assert_eq!(at_once.reports, one_by_one.reports);
        assert!(at_once.reports[3].findings.is_empty(), "the later report of c.txt wins");
    }

    #[test]
    fn the_first_file_takes_the_place_of_the_built_in_sample_not_of_a_paste() {
        let file = || Rc::new(analyze("queue.txt", b"451 5.7.3 Must issue a STARTTLS command first"));
        let s = Rc::new(State::new("en"));
        assert_eq!(s.reports[0].path, PASTE, "the sample is shown at start");
        let s = s.reduce(Action::Reports(vec![file()]));
        assert_eq!((s.input.as_str(), s.reports.len()), ("", 1), "the sample went with the first file");
        assert_eq!(s.reports[0].path, "queue.txt");
        // Another sample picked, then files: it goes too.
        let s = s.reduce(Action::SetInput(SAMPLES[3].1.to_string())).reduce(Action::Report(file()));
        assert!(s.input.is_empty() && s.reports.iter().all(|r| r.path != PASTE));
        // What the admin pasted (a sample edited is theirs) stays.
        let mine = format!("{} (EX01)", SAMPLES[0].1);
        let s = s.reduce(Action::SetInput(mine.clone())).reduce(Action::Report(file()));
        assert_eq!((s.input.as_str(), s.reports[0].path.as_str()), (mine.as_str(), PASTE));
        // The paste's own report (a big paste, from the worker) is no file.
        let s = Rc::new(State::new("en")).reduce(Action::Report(Rc::new(analyze(PASTE, b"550 5.1.1 unknown user"))));
        assert_eq!(s.input, SAMPLES[0].1);
    }

    #[test]
    fn a_paste_set_aside_empties_the_box_until_it_is_used_again() {
        let s = Rc::new(State::new("en")).reduce(Action::PastedAside(20_000_000));
        assert_eq!((s.input.as_str(), s.pasted_aside), ("", Some(20_000_000)));
        assert!(s.reports.iter().all(|r| r.path != PASTE), "the worker sends the paste's report");
        let s = s.reduce(Action::Report(Rc::new(analyze(PASTE, b"550 5.1.1 unknown user"))));
        assert_eq!(s.pasted_aside, Some(20_000_000), "its report keeps the note");
        assert_eq!(s.clone().reduce(Action::Typing("4".into())).pasted_aside, None);
        assert_eq!(s.reduce(Action::Clear).pasted_aside, None);
    }

    #[test]
    fn reducer_replaces_paste_and_keeps_files() {
        let s = Rc::new(State::new("en"));
        let s = s.reduce(Action::FileLoaded {
            name: "a.log".into(),
            bytes: Rc::new(b"451 5.7.3 Must issue a STARTTLS command first\n".to_vec()),
        });
        let s = s.reduce(Action::SetInput("550 5.1.1 unknown user".into()));
        assert_eq!(s.reports.len(), 2);
        assert_eq!(s.reports[0].path, PASTE);
        assert_eq!(s.reports[1].findings[0].rule, "seed-starttls-first");
        let s = s.reduce(Action::SetRedact(true));
        assert!(s.redact);
        let s = s.reduce(Action::Clear);
        assert!(s.reports.is_empty());
        assert!(s.redact, "clearing the input keeps the redact switch");
    }
}
