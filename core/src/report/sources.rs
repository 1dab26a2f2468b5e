//! A figure's source in words: the short badge, the line that names the
//! publisher and the date, and the kind of source. The screen
//! (`ui/js/provenance.js`) and the plan on paper say them the same way; both
//! pass `core/tests/data/source_words_cases.json`.

use chrono::NaiveDate;

use super::messages::Messages;
use crate::catalog::stats::{age_months, is_old};
use crate::catalog::Provenance;

/// What the screen's badge and details, and the paper's sources table, say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceWords {
    /// "Sourced", "Sourced · 3 years old", "Sourced · no date", "Estimate", "Yours".
    pub badge: String,
    /// "PSA Occupational Wages Survey, 2022", or an estimate's method.
    pub line: Option<String>,
    /// "official statistics".
    pub kind: Option<String>,
}

/// `2024` → "2024", `2024-05` → "May 2024", `2024-05-07` → "7 May 2024".
pub fn as_of_words(as_of: &str, words: &Messages) -> String {
    let parts: Vec<&str> = as_of.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| words.months_long().get(m.wrapping_sub(1)).cloned());
    match parts[..] {
        [year, m] => month(m).map_or_else(|| as_of.to_string(), |month| words.t("date.month_year", &[("month", &month), ("year", year)])),
        [year, m, day] => month(m).map_or_else(
            || as_of.to_string(),
            |month| words.t("date.day_month_year", &[("day", day.trim_start_matches('0')), ("month", &month), ("year", year)]),
        ),
        _ => as_of.to_string(),
    }
}

/// "18 months", "3 years": whole months below two years, whole years after.
fn age_words(months: u32, words: &Messages) -> String {
    if months < 24 {
        words.t("source.age.months", &[("months", &months.to_string())])
    } else {
        words.t("source.age.years", &[("years", &(months / 12).to_string())])
    }
}

pub fn source_words(provenance: &Provenance, today: NaiveDate, words: &Messages) -> SourceWords {
    match provenance {
        Provenance::Sourced { publisher, as_of, undated, confidence, .. } => {
            let publisher = publisher.as_deref().unwrap_or_default();
            let date = as_of_words(as_of, words);
            let (badge, line) = if *undated {
                (words.t("source.badge.undated", &[]), words.t("source.line_undated", &[("publisher", publisher), ("date", &date)]))
            } else {
                let badge = match age_months(as_of, today).filter(|_| is_old(as_of, today)) {
                    Some(months) => words.t("source.badge.old", &[("age", &age_words(months, words))]),
                    None => words.t("source.badge.sourced", &[]),
                };
                (badge, words.t("source.line", &[("publisher", publisher), ("date", &date)]))
            };
            let kind = confidence.as_deref().map(|k| words.t(&format!("source.kind.{k}"), &[]));
            SourceWords { badge, line: Some(line), kind }
        }
        Provenance::Estimate { method, .. } => SourceWords {
            badge: words.t("source.badge.estimate", &[]),
            line: Some(words.t("source.estimate", &[("method", method.strip_prefix("Pathway's estimate: ").unwrap_or(method))])),
            kind: None,
        },
        Provenance::User { .. } => SourceWords { badge: words.t("source.badge.user", &[]), line: None, kind: None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Case {
        provenance: Provenance,
        today: NaiveDate,
        badge: String,
        line: Option<String>,
        kind: Option<String>,
        age_months: Option<u32>,
        old: bool,
    }

    #[derive(serde::Deserialize)]
    struct Cases {
        cases: Vec<Case>,
    }

    #[test]
    fn the_screen_and_the_paper_say_a_source_the_same_way() {
        let cases: Cases = serde_json::from_str(include_str!("../../tests/data/source_words_cases.json")).unwrap();
        let words = Messages::english();
        for case in cases.cases {
            let said = source_words(&case.provenance, case.today, words);
            assert_eq!((said.badge, said.line, said.kind), (case.badge, case.line, case.kind), "{:?}", case.provenance);
            if let Provenance::Sourced { as_of, undated: false, .. } = &case.provenance {
                assert_eq!(age_months(as_of, case.today), case.age_months, "{as_of}");
                assert_eq!(is_old(as_of, case.today), case.old, "{as_of}");
            }
        }
    }
}
