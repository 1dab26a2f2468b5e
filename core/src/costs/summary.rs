//! The money story in plain words: which sentences of the message catalog
//! apply (`money.summary.*`) and the figures they carry. The Costs & ROI view
//! and the plan document both read these lines, so they never disagree.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::numbers::Numbers;
use crate::money::roi::LeavesJob;

/// A figure in a sentence; each face formats it its own way.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Figure {
    /// Minor units of the story's currency.
    Money(i64),
    /// A count (months), possibly fractional.
    Count(f64),
    /// Words already in their final form (a certification's name).
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Line {
    /// A message-catalog key.
    pub key: &'static str,
    pub values: BTreeMap<&'static str, Figure>,
}

fn line(key: &'static str, values: &[(&'static str, Figure)]) -> Line {
    Line { key, values: values.iter().cloned().collect() }
}

fn count(value: impl Into<f64>) -> Figure {
    Figure::Count(value.into())
}

/// Major units in a JSON input, as minor units, read from the number's text
/// (never multiplied as a float: 1.005 is 101 cents, not 100).
fn minor_of(value: &Value) -> i64 {
    serde_json::value::RawValue::from_string(value.to_string())
        .ok()
        .and_then(|raw| crate::money::input::decimal("", &raw).ok())
        .map_or(0, crate::money::minor_units)
}

/// The summary of `numbers`, run on `input` (a `simulate` input).
pub fn lines(numbers: &Numbers, input: &Value) -> Vec<Line> {
    let roi = &numbers.roi;
    let horizon = count(input["roi"]["horizon_months"].as_f64().unwrap_or(0.0));
    // Spending up to the new job, then the renewals after it, each with its months.
    let spending = &numbers.spending;
    let mut lines =
        vec![line("money.summary.spend", &[("amount", Figure::Money(spending.to_job_minor)), ("months", count(spending.months_to_job))])];
    if let (true, Some((from, to))) = (spending.after_job_minor > 0, spending.after_job_months) {
        let amount = ("amount", Figure::Money(spending.after_job_minor));
        lines.push(match from == to {
            true => line("money.summary.renewals_once", &[amount, ("month", count(from))]),
            false => line("money.summary.renewals", &[amount, ("from", count(from)), ("to", count(to))]),
        });
    }
    lines.push(leaving_line(input));
    let p = &numbers.simulation.payback_month;
    lines.push(match (p.p50, p.p90) {
        (None, _) => line("money.summary.no_payback", &[("horizon", horizon.clone())]),
        (Some(month), None) => line(
            "money.summary.payback_open",
            &[("month", count(month)), ("low", count(p.p10.unwrap_or(month))), ("horizon", horizon.clone())],
        ),
        (Some(month), Some(high)) => {
            line("money.summary.payback", &[("month", count(month)), ("low", count(p.p10.unwrap_or(month))), ("high", count(high))])
        }
    });
    if roi.dip.amount < 0 {
        lines.push(line(
            "money.summary.dip",
            &[("amount", Figure::Money(-roi.dip.amount as i64)), ("month", count(roi.dip.month.unwrap_or(0)))],
        ));
    }
    let cut = minor_of(&input["roi"]["current_monthly_salary"]) - minor_of(&input["roi"]["target_monthly_salary"]);
    if cut > 0 {
        lines.push(match roi.payback_month {
            None => line("money.summary.pay_cut_never", &[("amount", Figure::Money(cut)), ("horizon", horizon)]),
            Some(month) => line("money.summary.pay_cut", &[("amount", Figure::Money(cut)), ("month", count(month))]),
        });
    }
    lines.push(match roi.emergency_fund.runway_months {
        None => line("money.summary.covered", &[]),
        Some(runway) => line("money.summary.savings", &[("months", count(runway))]),
    });
    lines.push(fund_line(roi, input));
    if let Some(bond) = &numbers.bond {
        lines.push(line("money.summary.bond", &[("amount", Figure::Money(bond.amount_minor)), ("month", count(bond.month))]));
    }
    lines
}

/// When she leaves her job, as the story assumes it, with the months that
/// leaves her without job pay: one sentence, the same on screen and paper.
fn leaving_line(input: &Value) -> Line {
    let roi = &input["roi"];
    // The form writes typed numbers as f64 (`form::apply`): read them as such.
    let months = |field: &str| roi[field].as_f64().unwrap_or(0.0).max(0.0) as u32;
    let leaves = roi["leaves_job"].as_str().and_then(|code| LeavesJob::ALL.into_iter().find(|l| l.code() == code)).unwrap_or_default();
    let unpaid = leaves.months_without_pay(months("study_months"), months("job_search_months"));
    // One month is said in the singular: the catalog has a sentence for it.
    let (after_study, at_start) = match unpaid {
        1 => ("money.summary.leaves.after_study_one", "money.summary.leaves.at_start_one"),
        _ => ("money.summary.leaves.after_study", "money.summary.leaves.at_start"),
    };
    match leaves {
        LeavesJob::AtNewJob => line("money.summary.leaves.at_new_job", &[]),
        LeavesJob::AfterStudy => line(after_study, &[("months", count(unpaid))]),
        LeavesJob::AtStart => line(at_start, &[("months", count(unpaid))]),
    }
}

/// The emergency fund advised, and what she would still need to save: "before
/// you leave your job" when she leaves it before the new one starts.
fn fund_line(roi: &crate::money::roi::RoiResult, input: &Value) -> Line {
    let fund = &roi.emergency_fund;
    let required = ("required", Figure::Money(crate::money::minor_units(fund.required)));
    let months = ("months", count(input["roi"]["emergency_fund_months"].as_f64().unwrap_or(0.0)));
    if fund.shortfall.is_zero() {
        return line("money.summary.fund_met", &[required, months]);
    }
    let gap = ("gap", Figure::Money(crate::money::minor_units(fund.shortfall)));
    match input["roi"]["leaves_job"].as_str() {
        Some("at_new_job") => line("money.summary.fund_short", &[required, months, gap]),
        _ => line("money.summary.fund_short_before_leaving", &[required, months, gap]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn example_input() -> Value {
        serde_json::json!({"roi": {"current_monthly_salary": 25000, "target_monthly_salary": 35000,
            "study_months": 6, "job_search_months": 2, "monthly_study_costs": 1000, "horizon_months": 36,
            "monthly_expenses": 18000, "savings": 60000, "emergency_fund_months": 6},
         "cost": {"currency": "PHP", "usd_to_currency": 59.44, "horizon_months": 36,
            "certifications": [{"id": "comptia-a-plus", "exam_month": 6}]},
         "target_monthly_salary": {"min": 28000, "mode": 35000, "max": 42000},
         "job_search_months": {"min": 1, "max": 6}, "trials": 2000, "seed": 1})
    }

    fn keys(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.key).collect()
    }

    #[test]
    fn the_summary_says_spend_payback_dip_and_savings_with_the_dip_positive() {
        let catalog = Catalog::embedded();
        let input = example_input();
        let numbers = crate::costs::story::numbers(&input, catalog).unwrap();
        let lines = lines(&numbers, &input);
        assert_eq!(lines[0].key, "money.summary.spend");
        assert!(keys(&lines).iter().any(|k| k.starts_with("money.summary.payback") || *k == "money.summary.no_payback"));
        for l in &lines {
            for figure in l.values.values() {
                if let Figure::Money(minor) = figure {
                    assert!(*minor >= 0, "{}: money is shown as a positive amount", l.key);
                }
            }
        }
    }

    #[test]
    fn money_in_the_input_is_read_from_its_text_not_multiplied_as_a_float() {
        assert_eq!(minor_of(&serde_json::json!(1.005)), 101, "1.005 × 100 in f64 is 100.49999…");
        assert_eq!(minor_of(&serde_json::json!(1234.565)), 123_457);
        assert_eq!(minor_of(&serde_json::json!(25000)), 2_500_000);
        assert_eq!(minor_of(&Value::Null), 0);
    }

    #[test]
    fn the_spending_up_to_the_new_job_leaves_out_the_renewals_years_later() {
        let catalog = Catalog::embedded();
        let mut input = example_input();
        input["roi"]["horizon_months"] = serde_json::json!(60);
        input["cost"]["horizon_months"] = serde_json::json!(60);
        input["cost"]["certifications"] = serde_json::json!([{"id": "comptia-security-plus", "exam_month": 6}]);
        let numbers = super::super::story::numbers(&input, catalog).unwrap();
        let renewal: Vec<_> = numbers.cost.as_ref().unwrap().certifications[0]
            .events
            .iter()
            .filter(|e| e.kind == crate::costs::cost::EventKind::Renewal)
            .collect();
        assert_eq!(renewal.iter().map(|e| e.month).collect::<Vec<_>>(), [42], "renewed three years after the exam");
        let renewal_minor = crate::money::minor_units(renewal[0].amount);
        let lines = lines(&numbers, &input);
        assert_eq!(lines[0].key, "money.summary.spend");
        assert_eq!(
            lines[0].values["amount"],
            Figure::Money(numbers.roi.total_costs as i64 - renewal_minor),
            "up to the new job: no renewal"
        );
        assert_eq!(lines[0].values["months"], count(8), "study and search: the months up to the new job");
        assert_eq!(lines[1].key, "money.summary.renewals_once");
        assert_eq!(lines[1].values["amount"], Figure::Money(renewal_minor));
        assert_eq!(lines[1].values["month"], count(42));
    }

    /// Issue 22: the story says which search it assumes, and the fund gap in both branches.
    #[test]
    fn the_story_says_when_she_leaves_and_what_she_still_needs_to_save() {
        let catalog = Catalog::embedded();
        let told = |leaves: &str| {
            let mut input = example_input();
            input["roi"]["leaves_job"] = serde_json::json!(leaves);
            let numbers = crate::costs::story::numbers(&input, catalog).unwrap();
            (lines(&numbers, &input), numbers)
        };
        let (keeps, keeps_numbers) = told("at_new_job");
        assert!(keeps.iter().any(|l| l.key == "money.summary.leaves.at_new_job"));
        let fund = keeps.iter().find(|l| l.key == "money.summary.fund_short").expect("₱108,000 advised, ₱60,000 saved");
        assert_eq!(fund.values["gap"], Figure::Money(4_800_000));
        assert_eq!(fund.values["required"], Figure::Money(10_800_000));
        let (leaves, leaves_numbers) = told("after_study");
        let line = leaves.iter().find(|l| l.key == "money.summary.leaves.after_study").unwrap();
        assert_eq!(line.values["months"], count(2), "the two search months");
        assert!(leaves.iter().any(|l| l.key == "money.summary.fund_short_before_leaving"));
        let mut one = example_input();
        one["roi"]["leaves_job"] = serde_json::json!("after_study");
        one["roi"]["job_search_months"] = serde_json::json!(1);
        let numbers = crate::costs::story::numbers(&one, catalog).unwrap();
        assert!(lines(&numbers, &one).iter().any(|l| l.key == "money.summary.leaves.after_study_one"), "one month, said as one");
        let mut typed = example_input();
        typed["roi"]["leaves_job"] = serde_json::json!("after_study");
        typed["roi"]["job_search_months"] = serde_json::json!(2.0);
        let numbers = crate::costs::story::numbers(&typed, catalog).unwrap();
        let said = lines(&numbers, &typed);
        assert_eq!(
            said.iter().find(|l| l.key == "money.summary.leaves.after_study").unwrap().values["months"],
            count(2),
            "as the form types it"
        );
        let (now, _) = told("at_start");
        assert_eq!(now.iter().find(|l| l.key == "money.summary.leaves.at_start").unwrap().values["months"], count(8));
        assert!(
            keeps_numbers.roi.payback_month < leaves_numbers.roi.payback_month,
            "keeping her job pays back sooner: {:?} vs {:?}",
            keeps_numbers.roi.payback_month,
            leaves_numbers.roi.payback_month
        );
        let mut rich = example_input();
        rich["roi"]["savings"] = serde_json::json!(200000);
        let numbers = crate::costs::story::numbers(&rich, catalog).unwrap();
        assert!(lines(&numbers, &rich).iter().any(|l| l.key == "money.summary.fund_met"));
    }

    #[test]
    fn a_lower_target_pay_is_named_as_a_pay_cut() {
        let catalog = Catalog::embedded();
        let mut input = example_input();
        input["roi"]["target_monthly_salary"] = serde_json::json!(20000);
        input["target_monthly_salary"] = serde_json::json!({"min": 20000, "mode": 20000, "max": 20000});
        let numbers = crate::costs::story::numbers(&input, catalog).unwrap();
        let lines = lines(&numbers, &input);
        let cut = lines.iter().find(|l| l.key.starts_with("money.summary.pay_cut")).expect("a pay-cut line");
        assert_eq!(cut.values["amount"], Figure::Money(500_000));
    }
}
