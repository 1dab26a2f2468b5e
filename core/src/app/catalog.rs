//! The effective catalog (the embedded catalog with the user's own figures
//! applied) and what Explore shows of it. Every figure the app derives from
//! the catalog starts from [`effective_catalog`], so a user's exam price or
//! salary band is used everywhere or nowhere.

use crate::codes::ErrorCode;

use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::catalog::{self, Catalog, EffectiveRate, UserFigure};
use crate::choices::Choices;
use crate::costs::compare::Comparison;
use crate::money::input::InputError;
use crate::money::Currency;
use crate::store::{Store, StoreError};
use crate::typed::NumberKind;
use rust_decimal::prelude::{Decimal, ToPrimitive};

/// The catalog as the user sees it: `base` (the embedded catalog; tests pass
/// a synthetic one) with the user's own figures applied.
pub fn effective_catalog<'a>(store: &Store, base: &'a Catalog) -> Result<Effective<'a>, StoreError> {
    Ok(effective_with(base, &store.load_user_figures()?))
}

/// The effective catalog: the base itself when the user gave no figure of
/// their own (nothing is copied), else a shared copy with them applied.
#[derive(Debug, Clone)]
pub enum Effective<'a> {
    Base(&'a Catalog),
    WithFigures(Arc<Catalog>),
}

impl std::ops::Deref for Effective<'_> {
    type Target = Catalog;

    fn deref(&self) -> &Catalog {
        match self {
            Effective::Base(catalog) => catalog,
            Effective::WithFigures(catalog) => catalog,
        }
    }
}

impl Effective<'_> {
    pub fn into_owned(self) -> Catalog {
        match self {
            Effective::Base(catalog) => catalog.clone(),
            Effective::WithFigures(catalog) => Arc::unwrap_or_clone(catalog),
        }
    }
}

/// [`effective_catalog`] for figures already read. One screen asks for the
/// effective catalog several times (Roadmap once per scenario), so the
/// embedded catalog with the last figures seen is kept and shared rather
/// than copied (375 KB) each time. Only the embedded catalog is kept: a
/// test's catalog may be dropped and another take its address.
pub(super) fn effective_with<'a>(base: &'a Catalog, figures: &[UserFigure]) -> Effective<'a> {
    static LAST: Mutex<Option<(Vec<UserFigure>, Arc<Catalog>)>> = Mutex::new(None);
    if figures.is_empty() {
        return Effective::Base(base);
    }
    if !std::ptr::eq(base, Catalog::embedded()) {
        return Effective::WithFigures(Arc::new(base.with_user_figures(figures)));
    }
    let mut last = LAST.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((seen, catalog)) = last.as_ref().filter(|(seen, _)| seen.as_slice() == figures) {
        debug_assert_eq!(seen.len(), figures.len());
        return Effective::WithFigures(Arc::clone(catalog));
    }
    let catalog = Arc::new(base.with_user_figures(figures));
    *last = Some((figures.to_vec(), Arc::clone(&catalog)));
    Effective::WithFigures(catalog)
}

/// What Explore shows: the catalog with the user's figures applied, the
/// figures themselves (and those whose catalog entry is gone), the choices,
/// and the exchange rates in use.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ExploreData {
    pub catalog: Catalog,
    pub user_figures: Vec<UserFigure>,
    pub orphaned: Vec<UserFigure>,
    /// What the catalog says where the user gave their own figure.
    pub replaced: Vec<catalog::ReplacedFigure>,
    pub choices: Choices,
    pub rates: Vec<EffectiveRate>,
    /// Every role's pay in each country, a month, on her basis
    /// (`SalaryBand::comparable`): what every screen shows of a role's pay.
    pub pay: Vec<catalog::RolePay>,
    /// Whose pay is hers: her country's, else her currency's.
    pub home: catalog::SalaryCountry,
    /// The roles whose pay where she lives (its middle) is not above her own
    /// total pay: every screen that shows such a pay says so plainly.
    pub pay_not_above_hers: Vec<String>,
}

pub fn explore(store: &Store) -> Result<ExploreData, StoreError> {
    let figures = store.load_user_figures()?;
    let embedded = Catalog::embedded();
    let effective = effective_with(embedded, &figures).into_owned();
    let profile = store.load_profile()?;
    let home =
        catalog::SalaryCountry::of_user(profile.as_ref().and_then(|p| p.country), profile.as_ref().map_or(Currency::Php, |p| p.currency));
    let pay = catalog::all_role_pay(&effective);
    let rates = catalog::effective_rates(embedded, &figures);
    let pay_not_above_hers = match profile.as_ref().and_then(|p| Some((p.pay.total_monthly_minor()?, p.currency))) {
        Some((hers, currency)) => pay
            .iter()
            .filter(|p| p.country == home)
            .filter(|p| {
                // Her pay in the role pay's currency, converted as a route's cost is, when they differ.
                let rate =
                    if p.currency == currency { Some(Decimal::ONE) } else { super::routes::rate_between(&rates, currency, p.currency) };
                rate.is_some_and(|rate| Decimal::from(p.middle) <= Decimal::from(hers) * rate)
            })
            .map(|p| p.role.clone())
            .collect(),
        None => Vec::new(),
    };
    Ok(ExploreData {
        pay,
        home,
        pay_not_above_hers,
        catalog: effective,
        orphaned: catalog::orphaned_figures(embedded, &figures),
        replaced: catalog::replaced_figures(embedded, &figures),
        rates,
        choices: store.load_choices()?,
        user_figures: figures,
    })
}

/// Help › Sources: every outside figure in use (the effective catalog's, the
/// user's own left out), grouped by publisher.
pub fn sources_in_use(store: &Store, base: &Catalog) -> Result<catalog::SourcesInUse, StoreError> {
    Ok(catalog::sources_in_use(&*effective_catalog(store, base)?))
}

/// The one catalog search (Explore and the CLI), over the effective
/// catalog. A user without IT experience sees entry-level results first.
pub fn search(store: &Store, query: &crate::search::SearchQuery) -> Result<Vec<crate::search::Hit>, StoreError> {
    let query = crate::search::SearchQuery { prefer_entry: query.prefer_entry || is_newcomer(store)?, ..query.clone() };
    let rate = usd_rate(store)?;
    let mut hits = crate::search::SearchIndex::build(&*effective_catalog(store, Catalog::embedded())?).search(&query);
    // Her currency beside the US dollars, converted as every cost is (rounded to the minor unit once).
    if let Some((currency, rate)) = rate {
        for hit in &mut hits {
            hit.cost_local = hit.cost_usd.map(|usd| crate::search::LocalCost {
                currency,
                minor: crate::money::minor_units(crate::money::input::round_minor(usd * rate)),
            });
        }
    }
    Ok(hits)
}

/// Her currency and its rate for one US dollar (her own rate when she gave
/// one); `None` for a user in dollars or without a rate.
fn usd_rate(store: &Store) -> Result<Option<(Currency, Decimal)>, StoreError> {
    let currency = store.load_profile()?.map_or(Currency::Php, |p| p.currency);
    if currency == Currency::Usd {
        return Ok(None);
    }
    let rates = catalog::effective_rates(Catalog::embedded(), &store.load_user_figures()?);
    Ok(rates
        .into_iter()
        .find(|r| r.from == Currency::Usd && r.to == currency)
        .and_then(|r| r.rate.parse().ok())
        .map(|rate| (currency, rate)))
}

/// Without IT experience: no certification passed, and no technical skill
/// known at the working level or above in her latest assessment.
fn is_newcomer(store: &Store) -> Result<bool, StoreError> {
    let working = store.load_assessments()?.pop().is_some_and(|latest| latest.assessment.known_skills.values().any(|&level| level >= 2));
    Ok(!working && super::progress::earned(store)?.is_empty())
}

/// Explore's number filters as typed (`min_price_usd`, `max_price_usd`,
/// `min_hours`, `max_hours` → text), read by the one rule of their kind.
pub type TypedFilters = std::collections::BTreeMap<String, String>;

/// [`search`] with Explore's number filters read from what was typed, so a
/// filter that is not a number is refused by its name instead of ignored.
pub fn search_typed(
    store: &Store,
    query: &crate::search::SearchQuery,
    typed: &TypedFilters,
) -> Result<Vec<crate::search::Hit>, SearchError> {
    let mut query = query.clone();
    for (field, text) in typed {
        // A price typed in her currency becomes dollars at her rate, as the costs it is compared with were.
        let local = matches!(field.as_str(), "min_price" | "max_price");
        let (kind, bound) = match field.as_str() {
            "min_price_usd" | "min_price" => (NumberKind::Money, &mut query.min_price_usd),
            "max_price_usd" | "max_price" => (NumberKind::Money, &mut query.max_price_usd),
            "min_hours" => (NumberKind::Hours, &mut query.min_hours),
            "max_hours" => (NumberKind::Hours, &mut query.max_hours),
            _ => return Err(SearchError::Invalid(InputError::new(field.as_str(), "is not a filter"))),
        };
        let hundredths =
            crate::typed::read(kind, text).map_err(|error| SearchError::Invalid(InputError::new(field.as_str(), error.to_string())))?;
        let rate = if local { usd_rate(store)?.map_or(Decimal::ONE, |(_, rate)| rate) } else { Decimal::ONE };
        // A bound compares with exact costs and hours; a bound is a filter, not an amount, so a double holds it.
        *bound = hundredths.map(|h| (Decimal::new(h, 2) / rate).to_f64().unwrap_or(f64::MAX));
    }
    Ok(search(store, &query)?)
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("{0}")]
    Invalid(InputError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SearchError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SearchError::Invalid(_) => ErrorCode::ExploreInvalidFilter,
            SearchError::Store(e) => e.code(),
        }
    }
}

/// Explore's Compare takes at most this many certifications side by side.
pub const MAX_COMPARED: usize = 3;

#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error("compare at most {MAX_COMPARED} certifications")]
    TooMany,
    #[error("{0}")]
    NoRate(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl CompareError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CompareError::TooMany => ErrorCode::CompareTooMany,
            CompareError::NoRate(_) => ErrorCode::CompareNoRate,
            CompareError::Store(e) => e.code(),
        }
    }
}

/// Side-by-side costs (first attempt, with retakes, renewals over 5 years) in `currency`.
pub fn compare_certifications(store: &Store, ids: &[String], currency: Currency) -> Result<Vec<Comparison>, CompareError> {
    if ids.len() > MAX_COMPARED {
        return Err(CompareError::TooMany);
    }
    crate::costs::compare::compare_effective(Catalog::embedded(), &store.load_user_figures()?, ids, currency).map_err(CompareError::NoRate)
}

/// The exchange rates in use: the catalog's, and the user's where given.
pub fn rates(store: &Store) -> Result<Vec<EffectiveRate>, StoreError> {
    Ok(catalog::effective_rates(Catalog::embedded(), &store.load_user_figures()?))
}

/// Checks and saves a user figure (`id` names what it corrects; see [`catalog::Target`]).
pub fn set_user_figure(store: &mut Store, id: &str, value: &str, now: DateTime<Utc>) -> Result<UserFigure, SetFigureError> {
    let figure = catalog::checked_user_figure(id, value, now)?;
    store.save_user_figure(&figure)?;
    Ok(figure)
}

/// Checks and saves the user's exchange rate (one unit of `from` in `to`), and
/// returns the rates now in use.
pub fn set_exchange_rate(
    store: &mut Store,
    from: Currency,
    to: Currency,
    rate: &str,
    now: DateTime<Utc>,
) -> Result<Vec<EffectiveRate>, SetFigureError> {
    set_user_figure(store, &catalog::Target::ExchangeRate { from, to }.id(), rate, now)?;
    Ok(rates(store)?)
}

/// Goes back to the catalog's figure, and returns the rates now in use.
pub fn reset_user_figure(store: &mut Store, id: &str) -> Result<Vec<EffectiveRate>, StoreError> {
    store.delete_user_figure(id)?;
    rates(store)
}

#[derive(Debug, thiserror::Error)]
pub enum SetFigureError {
    #[error(transparent)]
    Invalid(#[from] catalog::UserFigureError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SetFigureError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SetFigureError::Invalid(e) => e.code(),
            SetFigureError::Store(e) => e.code(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_rate_is_normalised_and_a_bad_one_is_refused_by_code() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let now = chrono::Utc::now();
        let rates = set_exchange_rate(&mut store, Currency::Usd, Currency::Php, " 58.250 ", now).unwrap();
        let saved = store.load_user_figures().unwrap();
        assert_eq!(saved.len(), 1);
        assert_eq!(saved[0].value, "58.25");
        assert!(rates.iter().any(|r| r.from == Currency::Usd && r.to == Currency::Php));
        let error = set_exchange_rate(&mut store, Currency::Usd, Currency::Php, "fifty", now).unwrap_err();
        assert_eq!(error.code(), "figure.rate_not_a_number");
        reset_user_figure(&mut store, "exchange_rate:USD:PHP").unwrap();
        assert!(store.load_user_figures().unwrap().is_empty());
    }

    /// Issue 23: a role that pays her no more than she earns says so, and prices are in her currency.
    #[test]
    fn roles_not_paying_more_than_her_are_named_and_search_costs_are_in_her_currency() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        store.save_profile(&crate::store::sample::sample_profile()).unwrap();
        let data = explore(&store).unwrap();
        let total = crate::store::sample::sample_profile().pay.total_monthly_minor().unwrap();
        let middle = |role: &str| data.pay.iter().find(|p| p.role == role && p.country == catalog::SalaryCountry::Ph).unwrap().middle;
        assert!(middle("help-desk-technician") <= total && data.pay_not_above_hers.contains(&"help-desk-technician".to_string()));
        assert!(middle("cloud-support-associate") > total && !data.pay_not_above_hers.contains(&"cloud-support-associate".to_string()));
        let hits = search(&store, &crate::search::SearchQuery { text: "security plus".into(), ..Default::default() }).unwrap();
        let sec = hits.iter().find(|h| h.id == "comptia-security-plus").unwrap();
        let local = sec.cost_local.unwrap();
        assert_eq!(local.currency, Currency::Php);
        let rate: Decimal =
            catalog::effective_rates(Catalog::embedded(), &[]).iter().find(|r| r.to == Currency::Php).unwrap().rate.parse().unwrap();
        assert_eq!(local.minor, crate::money::minor_units(crate::money::input::round_minor(sec.cost_usd.unwrap() * rate)));
        // A price filter typed in pesos finds what costs no more than that many pesos.
        let typed: TypedFilters = [("max_price".to_string(), "10,000".to_string())].into();
        let cheap = search_typed(
            &store,
            &crate::search::SearchQuery { kinds: vec![crate::search::HitKind::Certification], limit: Some(500), ..Default::default() },
            &typed,
        )
        .unwrap();
        assert!(
            !cheap.is_empty() && cheap.iter().all(|h| h.cost_local.is_some_and(|c| c.minor <= 1_000_000)),
            "{:?}",
            cheap.iter().map(|h| &h.id).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_effective_catalog_is_borrowed_until_the_user_gives_a_figure() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        assert!(matches!(effective_catalog(&store, Catalog::embedded()).unwrap(), Effective::Base(_)));
        let cert = Catalog::embedded().certifications[0].id.clone();
        set_user_figure(&mut store, &format!("exam_fee:{cert}"), "12.34", chrono::Utc::now()).unwrap();
        let effective = effective_catalog(&store, Catalog::embedded()).unwrap();
        assert!(matches!(effective, Effective::WithFigures(_)));
        assert!(matches!(
            effective.certification(&cert).unwrap().exam_fee_usd.as_ref().unwrap().provenance,
            catalog::Provenance::User { .. }
        ));
    }
}
