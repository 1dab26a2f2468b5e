//! The user's money story: from the one input ([`super::prefill`]), the
//! exact ROI, the certification costs, the ranges under uncertainty and the
//! charts.
//!
//! The input *is* a `simulate` input (see `docs/cli.md`), so every field the
//! view edits is checked by the same rules, and a refusal names its field
//! (`roi.target_monthly_salary: …`).

use serde::Serialize;
use serde_json::Value;

use super::charts::{self, ChartWords};
pub use super::numbers::{numbers, spending, Bond, Numbers, Spending};
use super::prefill::Prefill;
use super::simulate;
use crate::catalog::Catalog;
use crate::money::input::InputError;
use crate::money::Currency;

/// What the scenario comparison shows of a plan's money.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MoneyFigures {
    pub currency: Currency,
    /// Every cost of the move over the horizon, in minor units.
    pub total_costs_minor: i64,
    /// The costs up to the new job and the renewals after it, as Costs & ROI says them.
    pub spending: Spending,
    /// Half the cases by, and 8 in 10 between (see [`simulate::serialize_payback`]).
    #[ts(as = "crate::costs::simulate::PaybackRange")]
    #[serde(serialize_with = "simulate::serialize_payback")]
    pub payback_month: simulate::Percentiles<Option<u32>>,
    /// The exact ROI's NPV, if all goes as planned.
    pub npv_minor: i64,
}

/// The money figures of a prefilled plan over the effective catalog. `None`
/// when the profile or the catalog lacks the pay needed to say anything.
pub fn figures_of(prefill: &Prefill, catalog: &Catalog) -> Option<MoneyFigures> {
    if !can_figure(prefill) {
        return None;
    }
    Some(figures_from(&numbers(&prefill.input, catalog).ok()?))
}

/// Whether the prefill has the pay a money story needs.
pub fn can_figure(prefill: &Prefill) -> bool {
    !(prefill.missing.contains(&"pay") || prefill.missing.contains(&"target_salary"))
}

/// What the scenario comparison shows of a story's figures.
pub fn figures_from(numbers: &Numbers) -> MoneyFigures {
    MoneyFigures {
        currency: numbers.currency,
        total_costs_minor: (numbers.roi.total_costs as i64),
        spending: numbers.spending.clone(),
        payback_month: numbers.simulation.payback_month.clone(),
        npv_minor: crate::money::roi::npv_minor(numbers.roi.npv),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Story {
    #[serde(flatten)]
    pub numbers: Numbers,
    pub charts: Charts,
    /// The story in sentences (catalog keys and figures).
    pub summary: Vec<super::summary::Line>,
    /// What the move costs by category (key, minor units), as the breakdown
    /// chart draws it: its caption says the same list.
    pub categories: Vec<(String, i64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Charts {
    pub cumulative: String,
    /// The same over the first months only, with their own scale, when the
    /// horizon is much longer (`charts::first_months`): where the dip shows.
    pub cumulative_first: Option<String>,
    pub first_months: Option<u32>,
    pub breakdown: String,
    pub histogram: String,
}

/// Runs the story for `input` (a `simulate` input), with its charts.
pub fn run(input: &Value, catalog: &Catalog, words: &ChartWords) -> Result<Story, InputError> {
    Ok(told(numbers(input, catalog)?, input, words))
}

/// The story of figures already computed for `input`: its charts and sentences.
pub fn told(numbers: Numbers, input: &Value, words: &ChartWords) -> Story {
    let Numbers { currency, roi, cost, simulation, bond, study_costs_minor, one_off_minor, .. } = &numbers;
    let categories = charts::categories(cost.as_ref(), *study_costs_minor, *one_off_minor, bond.as_ref().map(|b| b.amount_minor));
    let first_months = charts::first_months(roi);
    let charts = Charts {
        cumulative: charts::cumulative_svg(roi, *currency, words),
        cumulative_first: first_months.map(|shown| charts::cumulative_first_svg(roi, *currency, words, shown)),
        first_months,
        breakdown: charts::breakdown_svg(&categories, *currency, words),
        histogram: charts::histogram_svg(simulation, words),
    };
    let summary = super::summary::lines(&numbers, input);
    Story { numbers, charts, summary, categories }
}
