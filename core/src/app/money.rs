//! Costs & ROI: the money story for the active plan, prefilled from the
//! profile, the plan, the user's figures and their passed certifications.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::costs::charts::ChartWords;
use crate::money::input::InputError;
use crate::costs::story::{self, Prefill, Story};
use crate::store::{Store, StoreError};

/// The money inputs prefilled from the profile and the active plan, with their sources.
pub fn prefill(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<Prefill, StoreError> {
    let view = super::plan::active_view(store, catalog, today)?;
    story::prefill_for_view(store, catalog, view.as_ref())
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
