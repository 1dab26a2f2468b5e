//! Costs & ROI: the money story for the active plan, prefilled from the
//! profile, the plan, the user's figures and their passed certifications.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::costs::charts::ChartWords;
use crate::money::input::InputError;
use crate::costs::story::{self, MoneyFigures, Prefill, Story};
use crate::plan::PlanView;
use crate::progress::{Attempt, AttemptResult};
use crate::store::{Store, StoreError};

/// The money inputs prefilled from the profile and the active plan, with their sources.
pub fn prefill(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<Prefill, StoreError> {
    let view = super::plan::active_view(store, catalog, today)?;
    prefill_for_view(store, catalog, view.as_ref())
}

/// The prefill for a plan already placed (by [`super::plan::active_view`]),
/// with the store's profile, own figures and passed certifications. Costs &
/// ROI, Home's budget, the scenario comparison and the document all start
/// from this one input.
pub fn prefill_for_view(store: &Store, catalog: &Catalog, view: Option<&PlanView>) -> Result<Prefill, StoreError> {
    let figures = store.load_user_figures()?;
    let effective = catalog.with_user_figures(&figures);
    let rates = crate::catalog::effective_rates(catalog, &figures);
    let profile = store.load_profile()?;
    let mut passed: Vec<(String, NaiveDate)> = store
        .load_records::<Attempt>()?
        .into_iter()
        .filter(|a| a.result == AttemptResult::Pass)
        .map(|a| (a.certification, a.date))
        .collect();
    passed.sort_by_key(|(_, d)| *d);
    Ok(story::prefill_with_passes(profile.as_ref(), view, &effective, &rates, &passed))
}

/// The money figures of a placed plan, from the same input Costs & ROI
/// starts from. `None` when the profile or the catalog lacks the pay needed.
pub fn figures_for_view(store: &Store, catalog: &Catalog, plan: &PlanView) -> Result<Option<MoneyFigures>, StoreError> {
    let prefill = prefill_for_view(store, catalog, Some(plan))?;
    Ok(story::figures_of(&prefill, &*super::effective_catalog(store, catalog)?))
}

/// What a placed plan costs up to the new job, as Costs & ROI's first
/// sentence says it. `None` when it cannot be costed.
pub fn spending_to_job(store: &Store, catalog: &Catalog, view: &PlanView) -> Result<Option<i64>, StoreError> {
    let prefill = prefill_for_view(store, catalog, Some(view))?;
    Ok(story::spending(&prefill.input, &*super::effective_catalog(store, catalog)?).ok().map(|s| s.to_job_minor))
}

#[derive(Debug, thiserror::Error)]
pub enum MoneyError {
    #[error(transparent)]
    Invalid(#[from] InputError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl MoneyError {
    pub fn code(&self) -> &'static str {
        match self {
            MoneyError::Invalid(_) => "money.invalid",
            MoneyError::Store(e) => e.code(),
        }
    }
}

/// The money story for `input` (a `simulate` input) over the effective
/// catalog: exact ROI, costs, ranges and charts.
pub fn story(store: &Store, catalog: &Catalog, input: &serde_json::Value, words: &ChartWords) -> Result<Story, MoneyError> {
    let effective = super::effective_catalog(store, catalog)?;
    Ok(story::run(input, &effective, words)?)
}
