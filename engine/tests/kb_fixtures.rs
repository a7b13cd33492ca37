//! Every knowledge-base rule is exercised by its own fixtures: each fixture,
//! analysed as a paste, must produce a finding of exactly that rule first.

use mailtriage_engine::{analyze, i18n, kb};

#[test]
fn every_fixture_is_explained_by_its_rule() {
    let mut failures = Vec::new();
    for rule in kb::RULES {
        for fixture in rule.fixtures {
            let report = analyze("fixture", fixture.as_bytes());
            let got: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
            if got.first() != Some(&rule.id) {
                failures.push(format!("{}: {fixture:?} gave {got:?}", rule.id));
            }
        }
    }
    assert!(failures.is_empty(), "{} fixture(s) misclassified:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_rule_reads_in_every_language() {
    for rule in kb::RULES {
        let en = i18n::rule_text("en", rule);
        for (lang, _) in i18n::LANGUAGES {
            let t = i18n::rule_text(lang, rule);
            assert_eq!(t.fix.len(), en.fix.len(), "{lang} {} fix steps", rule.id);
            assert!(!t.title.is_empty() && t.title != rule.id, "{lang} {} title", rule.id);
        }
    }
}
