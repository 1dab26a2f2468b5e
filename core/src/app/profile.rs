//! The profile as the app and the CLI keep it: loaded with its form,
//! checked as the user types, and saved (with any recorded exam costs a
//! currency change converts) in one transaction.

use crate::codes::ErrorCode;

use chrono::NaiveDate;
use serde::Serialize;

use crate::currency_rule::{check_draft, checked_draft, StoredMoney};
use crate::profile::{validate, CurrencyChange, FieldError, Profile, ProfileDraft, ProfileSummary, SearchPlan};
use crate::progress::Attempt;
use crate::store::{Store, StoreError};

/// What is stored in the profile's currency, read from the store.
pub fn stored_money(store: &Store) -> Result<StoredMoney, StoreError> {
    let costed_attempts = store.load_records::<Attempt>()?.into_iter().filter(|a| a.cost_minor.is_some()).collect();
    Ok(StoredMoney { profile: store.load_profile()?, costed_attempts })
}

#[derive(Debug, thiserror::Error)]
pub enum SaveProfileError {
    #[error("{}", .0.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join(" "))]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SaveProfileError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SaveProfileError::Invalid(errors) if errors.iter().any(|e| e.code == "currency_change_unconfirmed") => {
                ErrorCode::ProfileCurrencyChangeUnconfirmed
            }
            SaveProfileError::Invalid(_) => ErrorCode::ProfileInvalid,
            SaveProfileError::Store(error) => error.code(),
        }
    }
}

/// The saved profile with what is derived from it, and the form filled from it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ProfileState {
    pub summary: ProfileSummary,
    pub draft: ProfileDraft,
}

impl ProfileState {
    fn of(profile: Profile) -> ProfileState {
        ProfileState { draft: ProfileDraft::from_profile(&profile), summary: ProfileSummary::of(profile) }
    }
}

/// The saved profile; `None` until the first-run set-up has been finished (or skipped).
pub fn load(store: &Store) -> Result<Option<ProfileState>, StoreError> {
    Ok(store.load_profile()?.map(ProfileState::of))
}

/// The result of checking a draft as the user types.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ProfileCheck {
    pub errors: Vec<FieldError>,
    /// What the draft would mean, when it is valid (totals shown live).
    pub summary: Option<ProfileSummary>,
    /// Whether saving it needs a decision about the stored amounts' currency.
    pub currency_change_needed: bool,
}

/// Checks a draft (and any currency decision) against the rules saving
/// applies, without saving anything.
pub fn check(store: &Store, draft: &ProfileDraft, change: Option<&CurrencyChange>, today: NaiveDate) -> Result<ProfileCheck, StoreError> {
    let stored = stored_money(store)?;
    let currency_change_needed = validate(draft, today).is_ok_and(|p| crate::currency_rule::currency_change_needed(&stored, &p));
    Ok(match check_draft(&stored, draft, change, today) {
        Ok(summary) => ProfileCheck { errors: Vec::new(), summary: Some(summary), currency_change_needed },
        Err(errors) => ProfileCheck { errors, summary: None, currency_change_needed },
    })
}

/// Validates `draft` and saves it, with any recorded exam costs a currency
/// change converts, in one transaction. Nothing is written unless every rule holds.
pub fn save_draft(
    store: &mut Store,
    draft: &ProfileDraft,
    change: Option<&CurrencyChange>,
    today: NaiveDate,
) -> Result<ProfileSummary, SaveProfileError> {
    let stored = stored_money(store)?;
    let (summary, attempts) = checked_draft(&stored, draft, change, today).map_err(SaveProfileError::Invalid)?;
    store.save_profile_with_attempts(&summary.profile, &attempts)?;
    Ok(summary)
}

/// Validates and saves the profile, and returns it as [`load`] would.
pub fn save(
    store: &mut Store,
    draft: &ProfileDraft,
    change: Option<&CurrencyChange>,
    today: NaiveDate,
) -> Result<ProfileState, SaveProfileError> {
    Ok(ProfileState::of(save_draft(store, draft, change, today)?.profile))
}

/// Records when she means to leave her job (Costs & ROI's choice, one
/// click from the story's sentence). Everything else in the profile stays
/// as it was; an unknown code is refused by field and nothing is written.
pub fn set_search_plan(store: &mut Store, code: &str) -> Result<ProfileState, SaveProfileError> {
    let plan = SearchPlan::from_code(code).ok_or_else(|| SaveProfileError::Invalid(vec![FieldError::invalid_choice("search_plan")]))?;
    let mut profile = store.load_profile()?.unwrap_or_else(|| Profile::empty(crate::money::Currency::Php));
    profile.household.search_plan = Some(plan);
    store.save_profile(&profile)?;
    Ok(ProfileState::of(profile))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency_rule::currency_change_needed;
    use crate::money::Currency;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        (dir, store)
    }

    fn php_draft() -> ProfileDraft {
        ProfileDraft { currency: "PHP".into(), base_pay: "25000".into(), savings: "1003.30".into(), ..ProfileDraft::default() }
    }

    /// Issue 22: a profile saved before the question gets the default until she chooses.
    #[test]
    fn the_search_plan_is_the_default_until_she_chooses_and_a_bad_code_writes_nothing() {
        let (_dir, mut store) = open();
        let employed = ProfileDraft { employment: "employed".into(), ..php_draft() };
        save_draft(&mut store, &employed, None, today()).unwrap();
        let assumed = store.load_profile().unwrap().unwrap().search_assumption();
        assert_eq!((assumed.plan, assumed.chosen), (SearchPlan::KeepsJob, false));
        assert_eq!(set_search_plan(&mut store, "quits").unwrap_err().code(), "profile.invalid");
        let before = store.load_profile().unwrap();
        set_search_plan(&mut store, "leaves_to_search").unwrap();
        let after = store.load_profile().unwrap().unwrap();
        assert_eq!(after.search_assumption().plan, SearchPlan::LeavesToSearch);
        assert!(after.search_assumption().chosen);
        assert_eq!(Profile { household: Default::default(), ..after }, before.unwrap(), "nothing else changed");
    }

    #[test]
    fn an_invalid_draft_writes_nothing() {
        let (_dir, mut store) = open();
        let draft = ProfileDraft { base_pay: "-5000".into(), ..ProfileDraft::default() };
        let error = save_draft(&mut store, &draft, None, today()).unwrap_err();
        assert_eq!(error.code(), "profile.invalid");
        assert_eq!(error.to_string(), "Monthly base pay must be between 0 and 10,000,000 a month.");
        assert_eq!(store.load_profile().unwrap(), None);
    }

    #[test]
    fn a_currency_change_must_be_confirmed() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        let error = save_draft(&mut store, &inr, None, today()).unwrap_err();
        assert_eq!(error.code(), "profile.currency_change_unconfirmed");
        assert_eq!(store.load_profile().unwrap().unwrap().currency, Currency::Php, "nothing changed");
    }

    #[test]
    fn keeping_the_numbers_relabels_only_on_request() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        let saved = save_draft(&mut store, &inr, Some(&CurrencyChange::Keep { from: "PHP".into() }), today()).unwrap();
        assert_eq!(saved.profile.currency, Currency::Inr);
        assert_eq!(saved.profile.pay.base_monthly_minor, Some(2_500_000));
    }

    #[test]
    fn converting_multiplies_every_amount_exactly() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        let change = CurrencyChange::Convert { from: "PHP".into(), rate: "1.05".into() };
        let saved = save_draft(&mut store, &inr, Some(&change), today()).unwrap();
        assert_eq!(saved.profile.pay.base_monthly_minor, Some(2_625_000));
        assert_eq!(saved.profile.savings_minor, Some(105_347), "1,003.30 × 1.05 = 1,053.465 → 1,053.47");
        assert_eq!(store.load_profile().unwrap().unwrap(), saved.profile);
    }

    #[test]
    fn a_conversion_that_breaks_a_limit_is_refused() {
        let (_dir, mut store) = open();
        let big = ProfileDraft { base_pay: "9,000,000".into(), ..php_draft() };
        save_draft(&mut store, &big, None, today()).unwrap();
        let usd = ProfileDraft { currency: "USD".into(), ..big };
        let change = CurrencyChange::Convert { from: "PHP".into(), rate: "2".into() };
        let error = save_draft(&mut store, &usd, Some(&change), today()).unwrap_err();
        assert_eq!(error.to_string(), "Monthly base pay must be between 0 and 10,000,000 a month.");
        let bad_rate = CurrencyChange::Convert { from: "PHP".into(), rate: "abc".into() };
        assert_eq!(
            save_draft(&mut store, &usd, Some(&bad_rate), today()).unwrap_err().to_string(),
            "The exchange rate must be a number such as 1.5."
        );
    }

    #[test]
    fn a_repeated_conversion_is_refused_instead_of_applied_twice() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        let change = CurrencyChange::Convert { from: "PHP".into(), rate: "1.5".into() };
        save_draft(&mut store, &inr, Some(&change), today()).unwrap();
        // The same request again (a double click): the stored currency is INR now.
        let usd = ProfileDraft { currency: "USD".into(), ..php_draft() };
        let error = save_draft(&mut store, &usd, Some(&change), today()).unwrap_err();
        assert_eq!(error.code(), "profile.invalid");
        assert!(error.to_string().contains("now stored in INR"), "{error}");
        assert_eq!(store.load_profile().unwrap().unwrap().pay.base_monthly_minor, Some(3_750_000));
    }

    #[test]
    fn converting_uses_the_stored_amounts_not_figures_retyped_in_the_new_currency() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        let retyped = ProfileDraft { currency: "INR".into(), base_pay: "99".into(), ..php_draft() };
        let change = CurrencyChange::Convert { from: "PHP".into(), rate: "2".into() };
        let saved = save_draft(&mut store, &retyped, Some(&change), today()).unwrap();
        assert_eq!(saved.profile.pay.base_monthly_minor, Some(5_000_000), "₱25,000 × 2, not ₹99 × 2");
    }

    fn costed_attempt(cost_minor: i64) -> Attempt {
        use crate::progress::AttemptResult;
        Attempt {
            id: "a-1".into(),
            certification: "comptia-a-plus".into(),
            date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            result: AttemptResult::Pass,
            score: None,
            cost_minor: Some(cost_minor),
        }
    }

    #[test]
    fn converting_converts_recorded_exam_costs_at_the_same_rate() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        store.save_record(&costed_attempt(1_234_567)).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        let change = CurrencyChange::Convert { from: "PHP".into(), rate: "1.5".into() };
        save_draft(&mut store, &inr, Some(&change), today()).unwrap();
        let attempts = store.load_records::<Attempt>().unwrap();
        assert_eq!(attempts[0].cost_minor, Some(1_851_851), "₱12,345.67 × 1.5 = ₹18,518.505 → ₹18,518.51");
    }

    #[test]
    fn keeping_keeps_recorded_exam_costs_as_they_are() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        store.save_record(&costed_attempt(500_000)).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        save_draft(&mut store, &inr, Some(&CurrencyChange::Keep { from: "PHP".into() }), today()).unwrap();
        assert_eq!(store.load_records::<Attempt>().unwrap()[0].cost_minor, Some(500_000));
    }

    #[test]
    fn a_recorded_exam_cost_alone_needs_a_decision() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &ProfileDraft::default(), None, today()).unwrap();
        store.save_record(&costed_attempt(500_000)).unwrap();
        let usd = ProfileDraft { currency: "USD".into(), ..ProfileDraft::default() };
        let error = save_draft(&mut store, &usd, None, today()).unwrap_err();
        assert_eq!(error.code(), "profile.currency_change_unconfirmed");
        let stored = stored_money(&store).unwrap();
        assert!(currency_change_needed(&stored, &validate(&usd, today()).unwrap()));
        let change = CurrencyChange::Convert { from: "PHP".into(), rate: "0.02".into() };
        save_draft(&mut store, &usd, Some(&change), today()).unwrap();
        assert_eq!(store.load_records::<Attempt>().unwrap()[0].cost_minor, Some(10_000), "₱5,000 × 0.02 = $100");
    }

    #[test]
    fn a_conversion_that_breaks_an_exam_cost_limit_writes_nothing() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        store.save_record(&costed_attempt(9_000_000_000)).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        let change = CurrencyChange::Convert { from: "PHP".into(), rate: "2".into() };
        let error = save_draft(&mut store, &inr, Some(&change), today()).unwrap_err();
        assert!(error.to_string().contains("too large"), "{error}");
        assert_eq!(store.load_profile().unwrap().unwrap().currency, Currency::Php);
        assert_eq!(store.load_records::<Attempt>().unwrap()[0].cost_minor, Some(9_000_000_000));
    }

    #[test]
    fn no_decision_is_needed_when_there_are_no_amounts() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &ProfileDraft::default(), None, today()).unwrap();
        let usd = ProfileDraft { currency: "USD".into(), ..ProfileDraft::default() };
        assert!(save_draft(&mut store, &usd, None, today()).is_ok());
    }
}
