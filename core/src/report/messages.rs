//! The UI's message catalog (`ui/i18n/en.json`), compiled in, so that what
//! is made without a window (the plan PDF, `pathway-cli`) uses the very words
//! the screen uses.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::costs::charts::ChartWords;
use crate::plan::TimelineWords;

const ENGLISH: &str = include_str!("../../../ui/i18n/en.json");

pub struct Messages {
    texts: BTreeMap<String, String>,
    /// Short month names, January first (`date.months_short`), read once.
    months: [String; 12],
    /// Full month names (`date.months_long`).
    months_long: [String; 12],
}

impl Messages {
    pub fn english() -> &'static Messages {
        static ONCE: OnceLock<Messages> = OnceLock::new();
        ONCE.get_or_init(|| Messages::new(serde_json::from_str(ENGLISH).expect("the embedded message catalog is valid JSON")))
    }

    fn new(texts: BTreeMap<String, String>) -> Messages {
        let list = |key: &str| -> [String; 12] {
            let names: Vec<String> = texts.get(key).map(|t| t.split(' ').map(String::from).collect()).unwrap_or_default();
            std::array::from_fn(|i| names.get(i).cloned().unwrap_or_else(|| (i + 1).to_string()))
        };
        let (months, months_long) = (list("date.months_short"), list("date.months_long"));
        Messages { texts, months, months_long }
    }

    /// The message for `key` with `{name}` placeholders filled. A missing key
    /// shows as the key itself, as in the UI (visible in review, never a crash).
    pub fn t(&self, key: &str, params: &[(&str, &str)]) -> String {
        let mut text = self.texts.get(key).cloned().unwrap_or_else(|| key.to_string());
        for (name, value) in params {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// Every message whose key starts with `prefix`, keyed without it.
    pub fn with_prefix(&self, prefix: &str) -> BTreeMap<String, String> {
        self.texts.iter().filter_map(|(k, v)| Some((k.strip_prefix(prefix)?.to_string(), v.clone()))).collect()
    }

    pub fn has(&self, key: &str) -> bool {
        self.texts.contains_key(key)
    }

    /// Short month names, January first.
    pub fn months(&self) -> &[String; 12] {
        &self.months
    }

    /// Full month names, January first.
    pub fn months_long(&self) -> &[String; 12] {
        &self.months_long
    }

    /// "5 Mar 2027".
    pub fn date(&self, day: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        format!("{} {}", crate::progress::day_and_month(day, &self.months), day.year())
    }

    pub fn timeline_words(&self) -> TimelineWords {
        TimelineWords {
            months: self.months.clone(),
            today: self.t("plan.today", &[]),
            exam: self.t("plan.exam", &[]),
            title: self.t("plan.timeline_title", &[]),
        }
    }

    pub fn chart_words(&self) -> ChartWords {
        let t = |key: &str| self.t(key, &[]);
        let categories = crate::costs::charts::CATEGORIES.iter().map(|c| (c.to_string(), t(&format!("money.category.{c}")))).collect();
        ChartWords {
            cumulative_title: t("money.chart.cumulative"),
            breakdown_title: t("money.chart.breakdown"),
            histogram_title: t("money.chart.histogram"),
            staying: t("money.chart.staying"),
            switching: t("money.chart.switching"),
            payback: t("money.chart.payback"),
            half: t("money.chart.half"),
            range: t("money.chart.range"),
            range_open: t("money.chart.range_open"),
            dip: t("money.chart.dip"),
            month: t("money.chart.month"),
            none: t("money.chart.none"),
            categories,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_a_missing_key_shows_itself() {
        let m = Messages::english();
        assert_eq!(m.t("plan.months", &[("months", "7")]), "7 months");
        assert_eq!(m.t("no.such.key", &[]), "no.such.key");
        assert_eq!(m.months()[2], "Mar");
        assert_eq!(m.date("2027-03-05".parse().unwrap()), "5 Mar 2027");
    }

    #[test]
    fn every_summary_sentence_the_core_can_choose_has_words() {
        for key in [
            "money.summary.spend",
            "money.summary.payback",
            "money.summary.payback_open",
            "money.summary.no_payback",
            "money.summary.dip",
            "money.summary.pay_cut",
            "money.summary.pay_cut_never",
            "money.summary.savings",
            "money.summary.covered",
            "money.summary.bond",
            "money.summary.renewals",
            "money.summary.renewals_once",
            "money.summary.leaves.at_new_job",
            "money.summary.leaves.after_study",
            "money.summary.leaves.at_start",
            "money.summary.leaves.after_study_one",
            "money.summary.leaves.at_start_one",
            "money.summary.fund_met",
            "money.summary.fund_short",
            "money.summary.fund_short_before_leaving",
            "certs.verdict.only",
            "certs.verdict.only_never",
            "certs.verdict.sooner",
            "certs.verdict.cheaper",
            "certs.verdict.only_one_pays",
            "certs.verdict.tie",
            "certs.verdict.none",
        ] {
            assert!(Messages::english().has(key), "{key}");
        }
    }
}
