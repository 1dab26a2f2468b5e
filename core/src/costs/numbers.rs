//! The figures of a money story, without pictures or sentences: the exact
//! ROI with the certification costs (and any bond repayment) added, the
//! costs, the spending up to the new job and after it, and the simulation.
//! The story (`story.rs`) and its sentences (`summary.rs`) both read these.

use rust_decimal::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};

use super::cost::{self, CostResult};
use super::simulate::{self, SimulationResult};
use crate::catalog::Catalog;
use crate::money::input::InputError;
use crate::money::minor_units as minor;
use crate::money::roi::{self, OneOffCost, RoiResult};
use crate::money::Currency;

/// A bond's repayment: in the month the user leaves the sponsoring employer.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Bond {
    pub month: u32,
    pub amount_minor: i64,
}

/// The figures of a story, without its pictures.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Numbers {
    pub currency: Currency,
    pub roi: RoiResult,
    pub cost: Option<CostResult>,
    pub simulation: SimulationResult,
    pub bond: Option<Bond>,
    /// Study costs over the study months (M × T), in minor units.
    pub study_costs_minor: i64,
    /// The story's own one-off costs (a chosen route's fee, any the user added): not certification costs, not a bond.
    pub one_off_minor: i64,
    /// The costs up to the new job, and the renewals after it.
    pub spending: Spending,
}

/// The story's figures for `input` (a `simulate` input): the exact ROI with
/// the cost events (and any bond) added, the costs, the spending up to the
/// new job and after it, and the simulation.
pub fn numbers(input: &Value, catalog: &Catalog) -> Result<Numbers, InputError> {
    let Exact { currency, roi, cost, bond, spending, study_costs_minor, one_off_minor, input } = exact(input, catalog)?;
    let text = serde_json::to_string(&input).expect("JSON values serialize");
    let simulation = simulate::parse(&text, catalog)?.run();
    Ok(Numbers { currency, roi, cost, simulation, bond, study_costs_minor, one_off_minor, spending })
}

/// What the move costs up to the new job, and what certifications cost after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Spending {
    /// T + G: the months before the new job starts.
    pub months_to_job: u32,
    /// Every cost in months 1 … T + G (study costs, certifications, a bond
    /// repaid on leaving), in minor units.
    pub to_job_minor: i64,
    /// Certification costs in the months after (renewals), in minor units.
    pub after_job_minor: i64,
    /// The first and the last month with such a cost.
    pub after_job_months: Option<(u32, u32)>,
}

/// The spending for `input` (a `simulate` input), without the simulation
/// or the rest of the ROI: the figure Costs & ROI says first, and Home's
/// budget. It sums the same month costs as the ROI's `costs` column.
pub fn spending(input: &Value, catalog: &Catalog) -> Result<Spending, InputError> {
    let prepared = prepare(input, catalog)?;
    Ok(prepared.spending(roi::monthly_costs(&prepared.exact)))
}

/// The exact ROI of `input` with the cost events (and any bond) added, without
/// the simulation.
pub fn exact_roi(input: &Value, catalog: &Catalog) -> Result<RoiResult, InputError> {
    Ok(exact(input, catalog)?.roi)
}

/// The exact ROI of `input` and its certification costs, without the
/// simulation: what the certification choice compares for each candidate.
pub fn exact_with_costs(input: &Value, catalog: &Catalog) -> Result<(RoiResult, Option<CostResult>), InputError> {
    let exact = exact(input, catalog)?;
    Ok((exact.roi, exact.cost))
}

struct Exact {
    currency: Currency,
    roi: RoiResult,
    cost: Option<CostResult>,
    bond: Option<Bond>,
    spending: Spending,
    study_costs_minor: i64,
    one_off_minor: i64,
    /// The input with any bond repayment added to its one-off costs.
    input: Value,
}

/// A story's input read and costed, before any month is worked out: the ROI
/// input with the certification costs and any bond added.
struct Prepared {
    currency: Currency,
    /// The ROI input as the user gave it.
    given: roi::RoiInput,
    /// With the certification costs and any bond repayment added.
    exact: roi::RoiInput,
    cost: Option<CostResult>,
    bond: Option<Bond>,
    certification_costs: Vec<OneOffCost>,
    /// The input with any bond repayment added to its one-off costs.
    input: Value,
}

impl Prepared {
    /// The spending, from the costs of months 1, 2, … (the ROI's `costs` column).
    fn spending(&self, month_costs: impl IntoIterator<Item = roi::Cents>) -> Spending {
        let months_to_job = self.given.study_months + self.given.search_months;
        let later: Vec<&OneOffCost> = self.certification_costs.iter().filter(|c| c.month > months_to_job && !c.amount.is_zero()).collect();
        Spending {
            months_to_job,
            to_job_minor: month_costs.into_iter().take(months_to_job as usize).map(|c| c as i64).sum(),
            after_job_minor: later.iter().map(|c| minor(c.amount)).sum(),
            after_job_months: later.iter().map(|c| c.month).min().zip(later.iter().map(|c| c.month).max()),
        }
    }
}

fn prepare(input: &Value, catalog: &Catalog) -> Result<Prepared, InputError> {
    let mut input = input.clone();
    let text = |v: &Value| serde_json::to_string(v).expect("JSON values serialize");
    let given = roi::parse(&text(&input["roi"])).map_err(|e| e.within("roi"))?;
    let cost = match input.get("cost").filter(|c| !c.is_null()) {
        Some(c) => Some(cost::compute(&cost::parse(&text(c), catalog).map_err(|e| e.within("cost"))?)),
        None => None,
    };
    let currency = cost.as_ref().map_or(Currency::Php, |c| c.currency);
    // A bond is repaid in the month the user leaves the sponsoring employer.
    let bond = cost.as_ref().filter(|c| !c.totals.local.bond_exposure.is_zero()).map(|c| {
        let month = given.leaves_job.leaving_month(given.study_months, given.search_months);
        Bond { month: month.min(given.horizon), amount_minor: minor(c.totals.local.bond_exposure) }
    });
    if let Some(bond) = &bond {
        let amount: Value = serde_json::from_str(&Decimal::new(bond.amount_minor, 2).to_string()).expect("a decimal is a JSON number");
        let repayment = json!({"month": bond.month, "amount": amount, "label": "bond repayment"});
        match input["roi"]["one_off_costs"].as_array_mut() {
            Some(list) => list.push(repayment),
            None => input["roi"]["one_off_costs"] = json!([repayment]),
        }
    }
    let certification_costs = cost.as_ref().map(cost::as_one_off_costs).unwrap_or_default();
    let mut exact = given.clone();
    exact.one_off_costs.extend(certification_costs.iter().cloned());
    if let Some(bond) = &bond {
        exact.one_off_costs.push(OneOffCost {
            month: bond.month,
            amount: Decimal::new(bond.amount_minor, 2),
            label: "bond repayment".into(),
        });
    }
    Ok(Prepared { currency, given, exact, cost, bond, certification_costs, input })
}

/// Everything of a story but the simulation.
fn exact(input: &Value, catalog: &Catalog) -> Result<Exact, InputError> {
    let prepared = prepare(input, catalog)?;
    let roi = roi::compute(&prepared.exact);
    let spending = prepared.spending(roi.months.iter().map(|m| m.costs));
    let study_costs_minor = minor(prepared.given.monthly_study_costs) * i64::from(prepared.given.study_months);
    let one_off_minor = prepared.given.one_off_costs.iter().map(|c| minor(c.amount)).sum();
    let Prepared { currency, cost, bond, input, .. } = prepared;
    Ok(Exact { currency, roi, cost, bond, spending, study_costs_minor, one_off_minor, input })
}
