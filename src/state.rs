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
    /// pipeline: a paste too big for the main thread; the worker analyses it.
    SetInputDeferred(String),
    /// The paste box's text while its analysis waits for a pause in the
    /// typing: kept so that a redraw meanwhile (a job's progress, the
    /// worker saying it is ready) does not put the old text back in the box.
    Typing(String),
}

impl State {
    pub fn new(lang: &str) -> Self {
        let mut s = Self { lang: i18n::negotiate(lang), input: String::new(), reports: Vec::new(), redact: false };
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

    pub fn t(&self, id: &str) -> String {
        i18n::text(self.lang, id, None)
    }
}

/// The name the pasted text is reported under.
pub const PASTE: &str = "(pasted text)";

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetInput(text) => next.set_input(text),
            Action::FileLoaded { name, bytes } => {
                next.reports.retain(|r| r.path != name);
                next.reports.push(Rc::new(analyze(&name, &bytes)));
            }
            Action::SetLang(lang) => next.lang = i18n::negotiate(&lang),
            Action::SetRedact(on) => next.redact = on,
            Action::Report(report) => {
                next.reports.retain(|r| r.path != report.path);
                if report.path == PASTE {
                    next.reports.insert(0, report);
                } else {
                    next.reports.push(report);
                }
            }
            Action::SetInputDeferred(text) => {
                next.reports.retain(|r| r.path != PASTE);
                next.input = text;
            }
            Action::Typing(text) => next.input = text,
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
