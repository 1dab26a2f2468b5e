//! Costs & ROI: the money story for the active plan, prefilled from the
//! profile, the plan, the user's figures and their passed certifications.

use crate::codes::ErrorCode;

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::costs::charts::ChartWords;
use crate::money::input::InputError;
use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};

use crate::catalog::UserFigure;
use crate::costs::prefill::{self, Prefill};
use crate::costs::story::{self, MoneyFigures, Numbers, Story};
use crate::plan::PlanView;
use crate::progress::{Attempt, AttemptResult};
use crate::store::{Store, StoreError};

/// The money inputs prefilled from the profile and the active plan, with their sources.
pub fn prefill(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<Prefill, StoreError> {
    store.snapshot(|store| {
        let view = super::plan::active_view(store, catalog, today)?;
        prefill_for_view(store, catalog, view.as_ref())
    })
}

/// The prefill for a plan already placed (by [`super::plan::active_view`]),
/// with the store's profile, own figures and passed certifications. Costs &
/// ROI, Home's budget, the scenario comparison and the document all start
/// from this one input.
pub fn prefill_for_view(store: &Store, catalog: &Catalog, view: Option<&PlanView>) -> Result<Prefill, StoreError> {
    Ok(prefill_from(&Stored::load(store)?, catalog, view))
}

/// What every money figure reads of the store: the profile, the user's own
/// figures and the exam attempts. Read once by a command that needs several
/// figures (Home reads its plan, its budget and its spending from it).
pub struct Stored {
    pub profile: Option<crate::profile::Profile>,
    pub figures: Vec<UserFigure>,
    pub attempts: Vec<Attempt>,
    /// The public route she chose, whose fee the money story counts.
    pub route: Option<String>,
}

impl Stored {
    pub fn load(store: &Store) -> Result<Stored, StoreError> {
        Ok(Stored {
            profile: store.load_profile()?,
            figures: store.load_user_figures()?,
            attempts: store.load_records()?,
            route: store.load_choices()?.route,
        })
    }
}

/// [`prefill_for_view`] from what was already read.
pub fn prefill_from(stored: &Stored, catalog: &Catalog, view: Option<&PlanView>) -> Prefill {
    let effective = super::catalog::effective_with(catalog, &stored.figures);
    let rates = crate::catalog::effective_rates(catalog, &stored.figures);
    let mut passed: Vec<(String, NaiveDate)> =
        stored.attempts.iter().filter(|a| a.result == AttemptResult::Pass).map(|a| (a.certification.clone(), a.date)).collect();
    passed.sort_by_key(|(_, d)| *d);
    let route = stored.route.as_deref().and_then(|id| effective.route(id));
    let route_fee = route.map(|r| {
        (
            r,
            r.cost_in(stored.profile.as_ref().map_or(crate::money::Currency::Php, |p| p.currency), |from, to| {
                super::routes::rate_between(&rates, from, to)
            }),
        )
    });
    prefill::prefill_with_passes(stored.profile.as_ref(), view, &effective, &rates, &passed, route_fee)
}

/// The money figures of a placed plan, from the same input Costs & ROI
/// starts from. `None` when the profile or the catalog lacks the pay needed.
pub fn figures_for_view(store: &Store, catalog: &Catalog, plan: &PlanView) -> Result<Option<MoneyFigures>, StoreError> {
    let prefill = prefill_for_view(store, catalog, Some(plan))?;
    if !story::can_figure(&prefill) {
        return Ok(None);
    }
    Ok(numbers(store, catalog, &prefill.input)?.ok().map(|n| story::figures_from(&n)))
}

/// How many stories' figures are remembered (scenarios on Roadmap, and the
/// last few edits on Costs & ROI).
const REMEMBERED: usize = 8;

struct Remembered {
    input: String,
    figures: Vec<UserFigure>,
    numbers: Numbers,
}

/// A story's figures for `input` over the effective catalog. They are a pure
/// function of the input (the simulation's seed is in it) and of the user's
/// figures, so the last few are remembered: Roadmap draws every scenario
/// again after each edit of one, and the 10,000 trials of an unchanged
/// scenario need not run again. Only stories on the embedded catalog are kept.
fn numbers(store: &Store, catalog: &Catalog, input: &serde_json::Value) -> Result<Result<Numbers, InputError>, StoreError> {
    static RECENT: Mutex<VecDeque<Remembered>> = Mutex::new(VecDeque::new());
    let figures = store.load_user_figures()?;
    let effective = super::catalog::effective_with(catalog, &figures);
    if !std::ptr::eq(catalog, Catalog::embedded()) {
        return Ok(story::numbers(input, &effective));
    }
    let text = input.to_string();
    if let Some(seen) = RECENT.lock().unwrap_or_else(PoisonError::into_inner).iter().find(|r| r.input == text && r.figures == figures) {
        return Ok(Ok(seen.numbers.clone()));
    }
    let computed = story::numbers(input, &effective);
    if let Ok(numbers) = &computed {
        let mut recent = RECENT.lock().unwrap_or_else(PoisonError::into_inner);
        recent.push_front(Remembered { input: text, figures, numbers: numbers.clone() });
        recent.truncate(REMEMBERED);
    }
    Ok(computed)
}

/// What a placed plan costs up to the new job, as Costs & ROI's first
/// sentence says it. `None` when it cannot be costed.
pub fn spending_to_job(stored: &Stored, catalog: &Catalog, view: &PlanView) -> Option<i64> {
    let prefill = prefill_from(stored, catalog, Some(view));
    story::spending(&prefill.input, &super::catalog::effective_with(catalog, &stored.figures)).ok().map(|s| s.to_job_minor)
}

#[derive(Debug, thiserror::Error)]
pub enum MoneyError {
    #[error(transparent)]
    Invalid(#[from] InputError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl MoneyError {
    pub fn code(&self) -> ErrorCode {
        match self {
            MoneyError::Invalid(_) => ErrorCode::MoneyInvalid,
            MoneyError::Store(e) => e.code(),
        }
    }
}

/// The money story for `input` (a `simulate` input) over the effective
/// catalog: exact ROI, costs, ranges and charts.
pub fn story(store: &Store, catalog: &Catalog, input: &serde_json::Value, words: &ChartWords) -> Result<Story, MoneyError> {
    Ok(story::told(numbers(store, catalog, input)??, input, words))
}

/// [`story`] for the Costs & ROI form: the prefilled input with the fields
/// the user typed read in by their kinds ([`crate::costs::form`]).
pub fn story_typed(
    store: &Store,
    catalog: &Catalog,
    input: &serde_json::Value,
    typed: &crate::costs::form::TypedFields,
    words: &ChartWords,
) -> Result<Story, MoneyError> {
    let input = crate::costs::form::apply(input, typed).map_err(MoneyError::Invalid)?;
    story(store, catalog, &input, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn remembered_figures_are_the_figures_and_an_own_figure_is_never_served_stale() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
        crate::store::sample::fill(&mut store).unwrap();
        let today: NaiveDate = "2027-05-20".parse().unwrap();
        let catalog = Catalog::embedded();
        let input = prefill(&store, catalog, today).unwrap().input;
        let fresh = story::numbers(&input, &super::super::effective_catalog(&store, catalog).unwrap()).unwrap();
        for _ in 0..2 {
            assert_eq!(numbers(&store, catalog, &input).unwrap().unwrap(), fresh, "computed, then remembered");
        }
        let cert = input["cost"]["certifications"][0]["id"].as_str().expect("the sample plan costs a certification").to_string();
        super::super::catalog::set_user_figure(&mut store, &format!("exam_fee:{cert}"), "1.23", chrono::Utc::now()).unwrap();
        let changed = numbers(&store, catalog, &input).unwrap().unwrap();
        assert_ne!(changed.roi.total_costs, fresh.roi.total_costs, "a new own figure gives new figures");
        assert_eq!(changed, story::numbers(&input, &super::super::effective_catalog(&store, catalog).unwrap()).unwrap());
    }
}
