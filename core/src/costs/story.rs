//! The user's money story: the inputs prefilled from the profile and the
//! plan, then the exact ROI, the certification costs, the ranges under
//! uncertainty and the charts, all from one input.
//!
//! The input *is* a `simulate` input (see `docs/cli.md`), so every field the
//! view edits is checked by the same rules, and a refusal names its field
//! (`roi.target_monthly_salary: …`).

use chrono::NaiveDate;
use rust_decimal::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};

use super::charts::{self, ChartWords};
use super::cost::{self, CostResult};
use crate::money::input::InputError;
use crate::money::roi::{self, OneOffCost, RoiResult};
use super::simulate::{self, SimulationResult};
use crate::money::Currency;
use crate::catalog::{Catalog, Provenance};
use crate::plan::{Phase, PlanView};
use crate::profile::Profile;

/// The horizon a money story looks over, in months: five years.
pub const HORIZON_MONTHS: u32 = 60;

/// Where each prefilled outside figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sources {
    pub target_salary: Option<Provenance>,
    pub exchange_rate: Option<Provenance>,
    /// Each certification's exam fee.
    pub exam_fees: Vec<(String, Provenance)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prefill {
    /// A `simulate` input.
    pub input: Value,
    pub currency: Currency,
    pub sources: Sources,
    /// What could not be prefilled (no pay, no plan, no salary band, …), as codes.
    pub missing: Vec<&'static str>,
}

/// Whole months from `start` to `date` (the month holding `start` is month 1).
fn month_of(start: NaiveDate, date: NaiveDate) -> u32 {
    use chrono::Datelike;
    let months = (date.year() - start.year()) * 12 + date.month() as i32 - start.month() as i32 + 1;
    months.max(1) as u32
}

fn major(minor: i64, currency: Currency) -> Value {
    let value = Decimal::new(minor, currency.minor_per_major().to_string().len() as u32 - 1);
    serde_json::from_str(&value.normalize().to_string()).unwrap_or(Value::Null)
}

/// A money amount as a JSON number with its exact digits, rounded to the minor unit.
fn decimal_value(value: Decimal) -> Value {
    serde_json::from_str(&crate::money::input::round_minor(value).normalize().to_string()).unwrap_or(Value::Null)
}

/// The inputs as the profile and the active plan give them.
pub fn prefill(profile: Option<&Profile>, plan: Option<&PlanView>, catalog: &Catalog, rates: &[crate::catalog::EffectiveRate]) -> Prefill {
    prefill_with_passes(profile, plan, catalog, rates, &[])
}

/// The prefill, with the certifications already passed (id, date): each is
/// costed as taken in the month it was passed, with no retakes, so its
/// renewals run from then.
pub fn prefill_with_passes(
    profile: Option<&Profile>,
    plan: Option<&PlanView>,
    catalog: &Catalog,
    rates: &[crate::catalog::EffectiveRate],
    passed: &[(String, NaiveDate)],
) -> Prefill {
    let currency = profile.map_or(Currency::Php, |p| p.currency);
    let mut missing = Vec::new();
    let pay = profile.and_then(|p| p.pay.total_monthly_minor());
    if pay.is_none() {
        missing.push("pay");
    }
    let start = plan.map(|p| p.start);
    // T: months to the last exam (or to the end of study when there is none); G: the job search, rounded up.
    let exam_dates: Vec<(String, NaiveDate)> = plan
        .map(|p| p.plan.milestones.iter().zip(&p.placed).filter_map(|(m, d)| Some((m.exam.clone()?, d.exam_date?))).collect())
        .unwrap_or_default();
    let search = plan.and_then(|p| {
        let dates: Vec<_> = p.plan.milestones.iter().zip(&p.placed).filter(|(m, _)| m.phase == Phase::JobSearch).filter_map(|(_, d)| d.start.zip(d.end)).collect();
        let first = dates.iter().map(|d| d.0).min()?;
        let last = dates.iter().map(|d| d.1).max()?;
        Some(((last - first).num_days() as f64 / 30.4375).ceil().max(1.0) as u32)
    });
    let study_end = plan.and_then(|p| {
        let last_exam = exam_dates.iter().map(|(_, d)| *d).max();
        let last_study = p.plan.milestones.iter().zip(&p.placed).filter(|(m, _)| m.phase != Phase::JobSearch && !m.parallel).filter_map(|(_, d)| d.end).max();
        last_exam.or(last_study)
    });
    if plan.is_none() {
        missing.push("plan");
    }
    let study_months = start.zip(study_end).map_or(6, |(s, e)| month_of(s, e)).min(HORIZON_MONTHS - 1);
    let job_search = search.unwrap_or(3).min(HORIZON_MONTHS - study_months);
    let role = plan.and_then(|p| p.plan.target_role.as_deref()).and_then(|r| catalog.role(r));
    let country = match profile.and_then(|p| p.country).map(|c| c.code()) {
        Some("in") => crate::catalog::SalaryCountry::In,
        Some("us") => crate::catalog::SalaryCountry::Us,
        _ => crate::catalog::SalaryCountry::Ph,
    };
    let band = role.and_then(|r| r.salaries.iter().find(|b| b.country == country));
    // Salaries stay exact decimals: a year's band ÷ 12, times the rate, rounded once at the end.
    let monthly = |x: Decimal| band.map(|b| if b.period == crate::catalog::Period::Year { x / Decimal::from(12) } else { x });
    let in_currency = |x: Option<Decimal>| -> Option<Decimal> {
        let band = band?;
        if band.currency == currency {
            return x;
        }
        let rate = Decimal::from_str_exact(&rates.iter().find(|r| r.from == band.currency && r.to == currency)?.rate).ok()?;
        x.and_then(|v| v.checked_mul(rate))
    };
    let target = band.and_then(|b| Some((in_currency(monthly(b.low))?, in_currency(monthly(b.median))?, in_currency(monthly(b.high))?)));
    if target.is_none() {
        missing.push("target_salary");
    }
    let rate = rates.iter().find(|r| r.from == Currency::Usd && r.to == currency);
    let usd_rate = if currency == Currency::Usd { "1".to_string() } else { rate.map_or("1".into(), |r| r.rate.clone()) };
    let certifications: Vec<Value> = plan
        .map(|p| p.plan.certifications.iter().map(|id| {
            if let Some((_, day)) = passed.iter().find(|(c, _)| c == id) {
                return json!({"id": id, "exam_month": month_of(p.start, *day).clamp(1, HORIZON_MONTHS), "pass_probability": 1});
            }
            let month = exam_dates.iter().find(|(c, _)| c == id).map_or(study_months, |(_, d)| month_of(p.start, *d)).clamp(1, HORIZON_MONTHS);
            json!({"id": id, "exam_month": month})
        }).collect())
        .unwrap_or_default();
    let exam_fees = plan
        .map(|p| p.plan.certifications.iter().filter_map(|id| Some((id.clone(), catalog.certification(id)?.exam_fee_usd.as_ref()?.provenance.clone()))).collect())
        .unwrap_or_default();
    let sponsored = profile.and_then(|p| p.sponsorship) == Some(crate::profile::Sponsorship::Yes);
    let (low, mode, high) = target.unwrap_or((Decimal::ZERO, Decimal::ZERO, Decimal::ZERO));
    let current = pay.map_or(json!(0), |m| major(m, currency));
    let input = json!({
        "roi": {
            "current_monthly_salary": current,
            "target_monthly_salary": decimal_value(mode),
            "study_months": study_months,
            "job_search_months": job_search,
            "income_during_search": 0,
            "monthly_study_costs": 0,
            "horizon_months": HORIZON_MONTHS,
            "discount_rate_annual_pct": 6,
            "monthly_expenses": profile.and_then(|p| p.monthly_expenses_minor).map_or(json!(0), |m| major(m, currency)),
            "savings": profile.and_then(|p| p.savings_minor).map_or(json!(0), |m| major(m, currency)),
            "emergency_fund_months": 6
        },
        "cost": {
            "currency": currency.code(),
            "usd_to_currency": serde_json::from_str::<Value>(&usd_rate).unwrap_or(json!(1)),
            "horizon_months": HORIZON_MONTHS,
            "sponsorship": {"pct": if sponsored { 100 } else { 0 }, "bond_months": 0},
            "certifications": certifications
        },
        "target_monthly_salary": {"min": decimal_value(low), "mode": decimal_value(mode), "max": decimal_value(high)},
        "job_search_months": {"min": job_search.saturating_sub(1).max(1).min(job_search), "max": (job_search * 2).min(HORIZON_MONTHS - study_months)},
        "study_spread_pct": 25,
        "trials": 10000,
        "seed": 1
    });
    Prefill {
        input,
        currency,
        sources: Sources { target_salary: band.map(|b| b.provenance.clone()), exchange_rate: rate.map(|r| r.provenance.clone()), exam_fees },
        missing,
    }
}

/// The prefill for the active plan, read from the store.
pub fn prefill_from_store(store: &crate::store::Store, catalog: &Catalog, today: NaiveDate) -> Result<Prefill, crate::store::StoreError> {
    let view = crate::app::plan::active_view(store, catalog, today)?;
    prefill_for_view(store, catalog, view.as_ref())
}

/// The prefill for a plan already placed (by [`crate::app::plan::active_view`]),
/// with the store's profile, own figures and passed certifications.
pub fn prefill_for_view(store: &crate::store::Store, catalog: &Catalog, view: Option<&PlanView>) -> Result<Prefill, crate::store::StoreError> {
    let figures = store.load_user_figures()?;
    let effective = catalog.with_user_figures(&figures);
    let rates = crate::catalog::effective_rates(catalog, &figures);
    let profile = store.load_profile()?;
    let mut passed: Vec<(String, NaiveDate)> = store
        .load_records::<crate::progress::Attempt>()?
        .into_iter()
        .filter(|a| a.result == crate::progress::AttemptResult::Pass)
        .map(|a| (a.certification, a.date))
        .collect();
    passed.sort_by_key(|(_, d)| *d);
    Ok(prefill_with_passes(profile.as_ref(), view, &effective, &rates, &passed))
}

/// What the scenario comparison shows of a plan's money.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoneyFigures {
    pub currency: Currency,
    /// Every cost of the move over the horizon, in minor units.
    pub total_costs_minor: i64,
    /// Half the cases by, and 8 in 10 between (see [`simulate::serialize_payback`]).
    #[serde(serialize_with = "simulate::serialize_payback")]
    pub payback_month: simulate::Percentiles<Option<u32>>,
    /// The exact ROI's NPV, if all goes as planned.
    pub npv: f64,
}

/// The money figures of a plan on its user's profile; `None` when the
/// profile or the catalog lacks the pay needed to say anything.
pub fn figures_for(profile: Option<&Profile>, plan: &PlanView, catalog: &Catalog, rates: &[crate::catalog::EffectiveRate]) -> Option<MoneyFigures> {
    let prefill = prefill(profile, Some(plan), catalog, rates);
    if prefill.missing.contains(&"pay") || prefill.missing.contains(&"target_salary") {
        return None;
    }
    let numbers = numbers(&prefill.input, catalog).ok()?;
    Some(MoneyFigures {
        currency: numbers.currency,
        total_costs_minor: (numbers.roi.total_costs as i64),
        payback_month: numbers.simulation.payback_month.clone(),
        npv: numbers.roi.npv,
    })
}

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
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    #[serde(flatten)]
    pub numbers: Numbers,
    pub charts: Charts,
    /// The story in sentences (catalog keys and figures).
    pub summary: Vec<super::summary::Line>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Charts {
    pub cumulative: String,
    pub breakdown: String,
    pub histogram: String,
}

use crate::money::minor_units as minor;

/// Runs the story for `input` (a `simulate` input), with its charts.
pub fn run(input: &Value, catalog: &Catalog, words: &ChartWords) -> Result<Story, InputError> {
    let numbers = numbers(input, catalog)?;
    let Numbers { currency, roi, cost, simulation, bond, study_costs_minor } = &numbers;
    let categories = charts::categories(cost.as_ref(), *study_costs_minor, bond.as_ref().map(|b| b.amount_minor));
    let charts = Charts {
        cumulative: charts::cumulative_svg(roi, *currency, words),
        breakdown: charts::breakdown_svg(&categories, *currency, words),
        histogram: charts::histogram_svg(simulation, words),
    };
    let summary = super::summary::lines(&numbers, input);
    Ok(Story { numbers, charts, summary })
}

/// The story's figures for `input`: the exact ROI with the cost events (and
/// any bond) added, the costs, and the simulation.
pub fn numbers(input: &Value, catalog: &Catalog) -> Result<Numbers, InputError> {
    let mut input = input.clone();
    let text = |v: &Value| serde_json::to_string(v).expect("JSON values serialize");
    let roi_input = roi::parse(&text(&input["roi"])).map_err(|e| InputError::new(format!("roi.{}", e.field), e.message))?;
    let cost = match input.get("cost").filter(|c| !c.is_null()) {
        Some(c) => Some(cost::compute(&cost::parse(&text(c), catalog).map_err(|e| InputError::new(format!("cost.{}", e.field), e.message))?)),
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
    let mut exact = roi_input.clone();
    if let Some(c) = &cost {
        exact.one_off_costs.extend(cost::as_one_off_costs(c));
    }
    if let Some(bond) = &bond {
        exact.one_off_costs.push(OneOffCost { month: bond.month, amount: Decimal::new(bond.amount_minor, 2), label: "bond repayment".into() });
    }
    let roi = roi::compute(&exact);
    let simulation = simulate::parse(&text(&input), catalog)?.run();
    let study_costs_minor = minor(roi_input.monthly_study_costs) * i64::from(roi_input.study_months);
    Ok(Numbers { currency, roi, cost, simulation, bond, study_costs_minor })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sample::sample_profile;

    fn words() -> ChartWords {
        ChartWords::english()
    }

    #[test]
    fn the_prefill_runs_and_follows_the_target_salary() {
        let catalog = Catalog::embedded();
        let rates = crate::catalog::effective_rates(catalog, &[]);
        let profile = sample_profile();
        let mut prefill = prefill(Some(&profile), None, catalog, &rates);
        assert!(prefill.missing.contains(&"plan"));
        prefill.input["roi"]["target_monthly_salary"] = json!(40000);
        prefill.input["target_monthly_salary"] = json!({"min": 35000, "mode": 40000, "max": 48000});
        let story = run(&prefill.input, catalog, &words()).unwrap();
        let higher = {
            let mut input = prefill.input.clone();
            input["roi"]["target_monthly_salary"] = json!(60000);
            input["target_monthly_salary"] = json!({"min": 55000, "mode": 60000, "max": 65000});
            run(&input, catalog, &words()).unwrap()
        };
        assert!(higher.numbers.roi.npv > story.numbers.roi.npv);
        assert!(story.charts.cumulative.contains("ch-switch"));
        assert_eq!(story.numbers.currency, profile.currency);
        let bad = {
            let mut input = prefill.input.clone();
            input["roi"]["target_monthly_salary"] = json!(-5);
            run(&input, catalog, &words()).unwrap_err()
        };
        assert_eq!(bad.field, "roi.target_monthly_salary");
    }

    #[test]
    fn a_passed_certification_is_costed_from_its_pass_and_renews_from_there() {
        use crate::plan::{build_milestones, compute, BuildInput, Plan, Week};
        let catalog = Catalog::embedded();
        let rates = crate::catalog::effective_rates(catalog, &[]);
        let role = catalog.role("help-desk-technician").unwrap();
        let certs = vec!["comptia-a-plus".to_string()];
        let plan = Plan {
            id: "p".into(), name: "x".into(), target_role: Some(role.id.clone()), certifications: certs.clone(), parallel_share_pct: 10,
            active: true, created_at: String::new(),
            milestones: build_milestones(&BuildInput { catalog, role: Some(role), certifications: &certs, assessment: None }),
        };
        let week = Week { start_date: "2027-01-04".parse().unwrap(), free_weekdays: vec![chrono::Weekday::Sat], hours_per_week: 10.into(), parallel_share_pct: 10 };
        let view = compute(&plan, &week, catalog);
        let passed = [("comptia-a-plus".to_string(), "2027-03-20".parse().unwrap())];
        let prefill = prefill_with_passes(Some(&sample_profile()), Some(&view), catalog, &rates, &passed);
        let cert = &prefill.input["cost"]["certifications"][0];
        assert_eq!(cert["exam_month"], 3, "passed in the plan's third month");
        assert_eq!(cert["pass_probability"], 1, "no retakes once passed");
    }

    #[test]
    fn the_target_salary_is_a_years_band_divided_exactly() {
        use crate::catalog::{Period, SalaryBand, SalaryCountry};
        use crate::plan::{build_milestones, compute, BuildInput, Plan, Week};
        let mut catalog = Catalog::embedded().clone();
        let profile = sample_profile();
        assert_eq!((profile.country.map(|c| c.code()), profile.currency), (Some("ph"), Currency::Php));
        let d = |text: &str| Decimal::from_str_exact(text).unwrap();
        let role = catalog.roles.iter_mut().find(|r| r.id == "help-desk-technician").unwrap();
        // A year's ₱12.06, ₱300,000.06 and ₱1.02 are ₱1.005, ₱25,000.005 and ₱0.085 a month: each a midpoint.
        role.salaries = vec![SalaryBand {
            country: SalaryCountry::Ph,
            currency: Currency::Php,
            period: Period::Year,
            low: d("12.06"),
            median: d("300000.06"),
            high: d("1.02"),
            provenance: Provenance::Estimate { method: "a test band".into(), note: None },
        }];
        let role = catalog.role("help-desk-technician").unwrap().clone();
        let certs = vec!["comptia-a-plus".to_string()];
        let plan = Plan {
            id: "p".into(), name: "x".into(), target_role: Some(role.id.clone()), certifications: certs.clone(), parallel_share_pct: 10,
            active: true, created_at: String::new(),
            milestones: build_milestones(&BuildInput { catalog: &catalog, role: Some(&role), certifications: &certs, assessment: None }),
        };
        let week = Week { start_date: "2027-01-04".parse().unwrap(), free_weekdays: vec![chrono::Weekday::Sat], hours_per_week: 10.into(), parallel_share_pct: 10 };
        let view = compute(&plan, &week, &catalog);
        let rates = crate::catalog::effective_rates(&catalog, &[]);
        let prefill = prefill(Some(&profile), Some(&view), &catalog, &rates);
        assert_eq!(prefill.input["roi"]["target_monthly_salary"].to_string(), "25000.01", "half away from zero, not 25000.00");
        let target = &prefill.input["target_monthly_salary"];
        assert_eq!((target["min"].to_string(), target["max"].to_string()), ("1.01".to_string(), "0.09".to_string()));
    }

    #[test]
    fn a_bond_is_repaid_when_the_user_leaves() {
        let catalog = Catalog::embedded();
        let input = json!({
            "roi": {"current_monthly_salary": 25000, "target_monthly_salary": 35000, "study_months": 6, "job_search_months": 2, "horizon_months": 60},
            "cost": {"currency": "PHP", "usd_to_currency": 59.44, "horizon_months": 60, "sponsorship": {"pct": 100, "bond_months": 12},
                     "certifications": [{"id": "comptia-a-plus", "exam_month": 6}]},
            "study_spread_pct": 0, "trials": 100
        });
        let story = run(&input, catalog, &words()).unwrap();
        let bond = story.numbers.bond.clone().expect("a bond");
        assert_eq!(bond.month, 7, "no income while searching: they quit after study, in month T+1");
        assert!(bond.amount_minor > 0);
        assert!(story.numbers.roi.months[6].costs >= i128::from(bond.amount_minor) as _);
        assert!(story.charts.breakdown.contains("category-bond"));
        let mut stays = input.clone();
        stays["roi"]["income_during_search"] = json!(25000);
        assert_eq!(run(&stays, catalog, &words()).unwrap().numbers.bond.unwrap().month, 9, "searching while employed: they leave at T+G+1");
    }
}
