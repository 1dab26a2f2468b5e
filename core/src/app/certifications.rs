//! Which certification first: the candidates side by side for her active
//! plan (Costs & ROI), or for the certifications she compares (Explore's
//! Compare), each with its cost to her, its preparation at her pace, the
//! roles that ask for it with their pay where she lives, and what her plan
//! pays back with it alone, then the verdict by the rule in
//! [`crate::costs::candidates`]. `pathway-cli money certifications` prints
//! the same value.
//!
//! Every figure comes from the one composition the money story uses: each
//! candidate's plan is her active plan with the other candidates' exam
//! steps skipped ([`crate::plan::with_only`]), placed on her week, prefilled
//! like Costs & ROI ([`super::money::prefill_from`]) and run exactly.

use chrono::NaiveDate;
use serde::Serialize;

use super::money::{prefill_from, Stored};
use crate::catalog::{Catalog, HoursRange, Provenance, RolePay, SalaryCountry};
use crate::codes::ErrorCode;
use crate::costs::candidates::{self, Standing, Verdict};
use crate::costs::summary::Line;
use crate::money::{minor_units, Currency};
use crate::plan::{PlanView, Status};
use crate::progress::AttemptResult;
use crate::store::{Store, StoreError};

/// What one candidate costs her to be certified, in minor units of her currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CandidateCost {
    pub first_attempts_minor: i64,
    pub retakes_expected_minor: i64,
    /// Training and lab subscriptions her plan counts for it.
    pub training_minor: i64,
    /// What her employer pays, when it sponsors.
    pub sponsored_minor: i64,
    /// First attempts + expected retakes + training − sponsored: what the rule compares.
    pub total_minor: i64,
    /// Renewals within the horizon, after the exam (not part of the total; the payback counts them).
    pub renewals_minor: i64,
}

/// A role that asks for the certification, with its pay where she lives.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct OpenedRole {
    pub id: String,
    pub title: String,
    /// Her plan's target role.
    pub target: bool,
    /// `None` when the catalog has no pay for the role in her country.
    pub pay: Option<RolePay>,
}

/// One candidate side by side with the others.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    /// In her active plan already.
    pub in_plan: bool,
    /// `None` when it cannot be costed (the catalog has no fee, or there is no plan or pay).
    pub cost: Option<CandidateCost>,
    pub fee_provenance: Option<Provenance>,
    pub prep_hours: Option<HoursRange>,
    /// The weeks the preparation hours take at her hours a week (low, high); `None` without either.
    pub prep_weeks: Option<(u32, u32)>,
    pub roles: Vec<OpenedRole>,
    /// Her plan with this candidate alone, if all goes as planned; `None` when it does not pay back.
    pub payback_month: Option<u32>,
    pub npv_minor: Option<i64>,
    /// Her plan's money could be run with this candidate (payback and NPV mean something).
    pub figured: bool,
    /// Why it could not be, in the core's words (a missing fee, say).
    pub problem: Option<String>,
}

/// The candidates, the rule's order and its verdict.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CertificationChoice {
    pub currency: Currency,
    pub hours_per_week: Option<u32>,
    pub horizon_months: u32,
    /// In the order given (the plan's, or Compare's).
    pub candidates: Vec<Candidate>,
    /// Indices into `candidates`, first first, by the rule; only those figured.
    pub ranking: Vec<usize>,
    pub verdict: Option<Verdict>,
    /// The verdict in one sentence (message key and figures).
    pub sentence: Option<Line>,
    /// What keeps payback from being figured for any candidate: `plan`, `pay`, `target_salary`.
    pub missing: Vec<&'static str>,
}

#[derive(Debug, thiserror::Error)]
pub enum CandidatesError {
    #[error("{0:?} is not a certification in the catalog")]
    Unknown(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl CandidatesError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CandidatesError::Unknown(_) => ErrorCode::ExploreUnknownCertification,
            CandidatesError::Store(e) => e.code(),
        }
    }
}

/// The candidates for her active plan: its certifications still to take
/// (not passed, exam not skipped or done) when `ids` is `None`; else `ids`.
pub fn choice(store: &Store, catalog: &Catalog, today: NaiveDate, ids: Option<&[String]>) -> Result<CertificationChoice, CandidatesError> {
    if let Some(unknown) = ids.into_iter().flatten().find(|id| catalog.certification(id).is_none()) {
        return Err(CandidatesError::Unknown(unknown.clone()));
    }
    let choice = store.snapshot(|store| -> Result<CertificationChoice, StoreError> {
        let stored = Stored::load(store)?;
        let effective = super::catalog::effective_with(catalog, &stored.figures);
        let view = super::plan::place_active(store, &effective, stored.profile.as_ref(), today)?;
        Ok(compose(&stored, catalog, &effective, view.as_ref(), ids))
    })?;
    Ok(choice)
}

fn compose(
    stored: &Stored,
    catalog: &Catalog,
    effective: &Catalog,
    view: Option<&PlanView>,
    ids: Option<&[String]>,
) -> CertificationChoice {
    let ids: Vec<String> = ids.map_or_else(|| view.map(|v| still_to_take(v, stored)).unwrap_or_default(), <[String]>::to_vec);
    let base = prefill_from(stored, catalog, view);
    let currency = base.currency;
    let hours_per_week = stored.profile.as_ref().and_then(|p| p.study.hours_per_week);
    let mut missing: Vec<&'static str> = base.missing.iter().copied().filter(|m| matches!(*m, "plan" | "pay" | "target_salary")).collect();
    missing.dedup();
    let candidates: Vec<Candidate> =
        ids.iter().map(|id| candidate(id, &ids, stored, catalog, effective, view, hours_per_week, missing.is_empty())).collect();
    let standings: Vec<(usize, Standing)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.figured)
        .map(|(i, c)| {
            let cost_minor = c.cost.as_ref().map_or(0, |cost| cost.total_minor);
            (i, Standing { id: c.id.clone(), name: c.name.clone(), payback_month: c.payback_month, cost_minor })
        })
        .collect();
    let ranked: Vec<Standing> = standings.iter().map(|(_, s)| s.clone()).collect();
    let horizon_months = crate::costs::prefill::HORIZON_MONTHS;
    let verdict = candidates::verdict(&ranked, horizon_months);
    CertificationChoice {
        currency,
        hours_per_week,
        horizon_months,
        ranking: candidates::ranking(&ranked).into_iter().map(|i| standings[i].0).collect(),
        sentence: verdict.as_ref().map(|v| candidates::sentence(v, &ranked)),
        verdict,
        candidates,
        missing,
    }
}

/// The plan's certifications with an exam step still to do, not passed.
fn still_to_take(view: &PlanView, stored: &Stored) -> Vec<String> {
    let passed = |id: &str| stored.attempts.iter().any(|a| a.result == AttemptResult::Pass && a.certification == id);
    view.plan
        .certifications
        .iter()
        .filter(|id| !passed(id))
        .filter(|id| {
            view.plan.milestones.iter().any(|m| m.exam.as_deref() == Some(id.as_str()) && matches!(m.status, Status::Todo | Status::Doing))
        })
        .cloned()
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn candidate(
    id: &str,
    all: &[String],
    stored: &Stored,
    catalog: &Catalog,
    effective: &Catalog,
    view: Option<&PlanView>,
    hours_per_week: Option<u32>,
    can_figure: bool,
) -> Candidate {
    let cert = effective.certification(id);
    let prep_hours = cert.and_then(|c| c.prep_hours.clone());
    let weeks = |hours: f64, per_week: u32| (hours / f64::from(per_week)).ceil() as u32;
    let mut candidate = Candidate {
        id: id.to_string(),
        name: cert.map_or_else(|| id.to_string(), |c| c.name.clone()),
        in_plan: view.is_some_and(|v| v.plan.milestones.iter().any(|m| m.exam.as_deref() == Some(id))),
        cost: None,
        fee_provenance: cert.and_then(|c| c.exam_fee_usd.as_ref()).map(|fee| fee.provenance.clone()),
        prep_weeks: prep_hours.as_ref().zip(hours_per_week.filter(|h| *h > 0)).map(|(p, h)| (weeks(p.low, h), weeks(p.high, h))),
        prep_hours,
        roles: opened_roles(effective, id, view.and_then(|v| v.plan.target_role.as_deref()), stored),
        payback_month: None,
        npv_minor: None,
        figured: false,
        problem: None,
    };
    let Some(view) = view else { return candidate };
    let plan = crate::plan::with_only(&view.plan, effective, id, all);
    let alone = crate::plan::compute(&plan, &view.week, effective);
    let prefill = prefill_from(stored, catalog, Some(&alone));
    match crate::costs::numbers::exact_with_costs(&prefill.input, effective) {
        Ok((roi, cost)) => {
            candidate.cost = cost.and_then(|cost| cost.certifications.into_iter().find(|c| c.id == id)).map(|c| cost_of(&c));
            if can_figure {
                candidate.payback_month = roi.payback_month;
                candidate.npv_minor = Some(crate::money::roi::npv_minor(roi.npv));
                candidate.figured = true;
            }
        }
        Err(error) => candidate.problem = Some(error.to_string()),
    }
    candidate
}

fn cost_of(cost: &crate::costs::cost::CertCost) -> CandidateCost {
    let local = &cost.local;
    let part = |amount| minor_units(amount);
    let (first, retakes, training, sponsored) =
        (part(local.first_attempt), part(local.retakes_expected), part(local.training + local.labs), part(local.sponsored));
    CandidateCost {
        first_attempts_minor: first,
        retakes_expected_minor: retakes,
        training_minor: training,
        sponsored_minor: sponsored,
        total_minor: first + retakes + training - sponsored,
        renewals_minor: part(local.renewals),
    }
}

/// The catalog's roles that ask for `id`, her target first and then by
/// level, each with its pay in her country (counted like her own pay, as
/// Explore shows it).
fn opened_roles(catalog: &Catalog, id: &str, target: Option<&str>, stored: &Stored) -> Vec<OpenedRole> {
    let profile = stored.profile.as_ref();
    let country = SalaryCountry::of_user(profile.and_then(|p| p.country), profile.map_or(Currency::Php, |p| p.currency));
    let mut asking: Vec<&crate::catalog::Role> = catalog.roles.iter().filter(|role| role.certifications.iter().any(|c| c == id)).collect();
    // Her target first, then the nearest rungs: entry roles before senior ones.
    asking.sort_by_key(|role| (Some(role.id.as_str()) != target, role.level));
    asking
        .into_iter()
        .map(|role| OpenedRole {
            id: role.id.clone(),
            title: role.title.clone(),
            target: Some(role.id.as_str()) == target,
            pay: role.salaries.iter().find(|band| band.country == country).and_then(|band| RolePay::of(&role.id, band)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sample::sample_profile;

    fn store_with_plan(certs: &[&str]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        store.save_profile(&sample_profile()).unwrap();
        let catalog = Catalog::embedded();
        crate::app::choices::choose_target_role(&mut store, catalog, "help-desk-technician").unwrap();
        for cert in certs {
            crate::app::choices::set_certification_choice(&mut store, catalog, cert, true).unwrap();
        }
        crate::app::plan::create(&mut store, catalog, "Mine", chrono::Utc::now()).unwrap();
        (dir, store)
    }

    fn today() -> NaiveDate {
        "2026-12-07".parse().unwrap()
    }

    /// Issue 22: Security+ against AWS Cloud Practitioner for a Philippine help-desk plan.
    #[test]
    fn each_candidate_is_her_plan_with_the_others_skipped_and_the_rule_ranks_them() {
        let (_dir, store) = store_with_plan(&["comptia-security-plus", "aws-cloud-practitioner"]);
        let catalog = Catalog::embedded();
        let choice = choice(&store, catalog, today(), None).unwrap();
        let ids: Vec<&str> = choice.candidates.iter().map(|c| c.id.as_str()).collect();
        assert!(ids.contains(&"comptia-security-plus") && ids.contains(&"aws-cloud-practitioner"), "{ids:?}");
        assert!(choice.missing.is_empty(), "{:?}", choice.missing);
        assert_eq!(choice.currency, Currency::Php);
        for c in &choice.candidates {
            assert!(c.figured && c.cost.is_some(), "{}: {:?}", c.id, c.problem);
            let cost = c.cost.as_ref().unwrap();
            assert_eq!(
                cost.total_minor,
                cost.first_attempts_minor + cost.retakes_expected_minor + cost.training_minor - cost.sponsored_minor
            );
            assert!(c.prep_weeks.is_some(), "the sample profile studies 8 hours a week");
        }
        // The rule, checked against the figures it was given.
        let [first, second] = [choice.ranking[0], choice.ranking[1]].map(|i| &choice.candidates[i]);
        let key = |c: &Candidate| (c.payback_month.is_none(), c.payback_month, c.cost.as_ref().unwrap().total_minor);
        assert!(key(first) <= key(second));
        assert!(choice.sentence.is_some());
        // Each figure is the one the money story gives that plan.
        let store_view = crate::app::plan::active_view(&store, catalog, today()).unwrap().unwrap();
        for c in &choice.candidates {
            let plan = crate::plan::with_only(&store_view.plan, catalog, &c.id, &ids.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            let alone = crate::plan::compute(&plan, &store_view.week, catalog);
            let prefill = crate::app::money::prefill_for_view(&store, catalog, Some(&alone)).unwrap();
            let roi = crate::costs::numbers::exact_roi(&prefill.input, catalog).unwrap();
            assert_eq!(c.payback_month, roi.payback_month, "{}", c.id);
        }
    }

    #[test]
    fn the_target_role_comes_first_with_its_pay_where_she_lives() {
        let (_dir, store) = store_with_plan(&["comptia-a-plus"]);
        let choice = choice(&store, Catalog::embedded(), today(), Some(&["comptia-a-plus".to_string()])).unwrap();
        let roles = &choice.candidates[0].roles;
        assert!(roles[0].target && roles[0].id == "help-desk-technician", "{roles:?}");
        assert!(roles.iter().all(|r| r.pay.as_ref().is_none_or(|p| p.country == SalaryCountry::Ph)));
        assert!(matches!(choice.verdict, Some(Verdict::Only { .. })));
    }

    #[test]
    fn without_a_plan_the_hours_and_roles_are_shown_and_the_payback_is_named_missing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        store.save_profile(&sample_profile()).unwrap();
        let ids = ["comptia-security-plus".to_string(), "aws-cloud-practitioner".to_string()];
        let choice = choice(&store, Catalog::embedded(), today(), Some(&ids)).unwrap();
        assert!(choice.missing.contains(&"plan"));
        assert!(choice.verdict.is_none() && choice.candidates.iter().all(|c| !c.figured && c.prep_hours.is_some()));
        let error = super::choice(&store, Catalog::embedded(), today(), Some(&["nope".to_string()])).unwrap_err();
        assert_eq!(error.code(), ErrorCode::ExploreUnknownCertification);
    }
}
