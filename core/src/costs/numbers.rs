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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bond {
    pub month: u32,
    pub amount_minor: i64,
}

/// The figures of a story, without its pictures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Numbers {
    pub currency: Currency,
    pub roi: RoiResult,
    pub cost: Option<CostResult>,
    pub simulation: SimulationResult,
    pub bond: Option<Bond>,
    /// Study costs over the study months (M × T), in minor units.
    pub study_costs_minor: i64,
    /// The costs up to the new job, and the renewals after it.
    pub spending: Spending,
}

/// The story's figures for `input` (a `simulate` input): the exact ROI with
/// the cost events (and any bond) added, the costs, the spending up to the
/// new job and after it, and the simulation.
pub fn numbers(input: &Value, catalog: &Catalog) -> Result<Numbers, InputError> {
    let Exact { currency, roi, cost, bond, spending, study_costs_minor, input } = exact(input, catalog)?;
    let text = serde_json::to_string(&input).expect("JSON values serialize");
    let simulation = simulate::parse(&text, catalog)?.run();
    Ok(Numbers { currency, roi, cost, simulation, bond, study_costs_minor, spending })
}

/// What the move costs up to the new job, and what certifications cost after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// The spending for `input` (a `simulate` input), without the simulation:
/// the figure Costs & ROI says first, and Home's budget.
pub fn spending(input: &Value, catalog: &Catalog) -> Result<Spending, InputError> {
    Ok(exact(input, catalog)?.spending)
}

/// The exact ROI of `input` with the cost events (and any bond) added, without
/// the simulation.
pub fn exact_roi(input: &Value, catalog: &Catalog) -> Result<RoiResult, InputError> {
    Ok(exact(input, catalog)?.roi)
}

struct Exact {
    currency: Currency,
    roi: RoiResult,
    cost: Option<CostResult>,
    bond: Option<Bond>,
    spending: Spending,
    study_costs_minor: i64,
    /// The input with any bond repayment added to its one-off costs.
    input: Value,
}

/// Everything of a story but the simulation.
fn exact(input: &Value, catalog: &Catalog) -> Result<Exact, InputError> {
    let mut input = input.clone();
    let text = |v: &Value| serde_json::to_string(v).expect("JSON values serialize");
    let roi_input = roi::parse(&text(&input["roi"])).map_err(|e| InputError::new(format!("roi.{}", e.field), e.message))?;
    let cost = match input.get("cost").filter(|c| !c.is_null()) {
        Some(c) => {
            Some(cost::compute(&cost::parse(&text(c), catalog).map_err(|e| InputError::new(format!("cost.{}", e.field), e.message))?))
        }
        None => None,
    };
    let currency = cost.as_ref().map_or(Currency::Php, |c| c.currency);
    // A bond is repaid in the month the user leaves: right after study when
    // they quit to search (search income below current pay), else when the new job starts.
    let bond = cost.as_ref().filter(|c| !c.totals.local.bond_exposure.is_zero()).map(|c| {
        let leaves_to_search = roi_input.income_during_search < roi_input.s0;
        let month = roi_input.study_months + if leaves_to_search { 1 } else { roi_input.search_months + 1 };
        Bond { month: month.min(roi_input.horizon), amount_minor: minor(c.totals.local.bond_exposure) }
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
    let mut exact = roi_input.clone();
    exact.one_off_costs.extend(certification_costs.iter().cloned());
    if let Some(bond) = &bond {
        exact.one_off_costs.push(OneOffCost {
            month: bond.month,
            amount: Decimal::new(bond.amount_minor, 2),
            label: "bond repayment".into(),
        });
    }
    let roi = roi::compute(&exact);
    let months_to_job = roi_input.study_months + roi_input.search_months;
    let later: Vec<&OneOffCost> = certification_costs.iter().filter(|c| c.month > months_to_job && !c.amount.is_zero()).collect();
    let spending = Spending {
        months_to_job,
        to_job_minor: roi.months.iter().filter(|m| m.month <= months_to_job).map(|m| m.costs as i64).sum(),
        after_job_minor: later.iter().map(|c| minor(c.amount)).sum(),
        after_job_months: later.iter().map(|c| c.month).min().zip(later.iter().map(|c| c.month).max()),
    };
    let study_costs_minor = minor(roi_input.monthly_study_costs) * i64::from(roi_input.study_months);
    Ok(Exact { currency, roi, cost, bond, spending, study_costs_minor, input })
}
