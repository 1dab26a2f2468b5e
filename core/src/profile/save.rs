//! Saving a draft: validate it, apply the currency rule against what is
//! stored, and write it, as one operation every caller (app, CLI) shares.

use chrono::NaiveDate;

use super::{resolve_currency_change, validate, CurrencyChange, FieldError, ProfileDraft, ProfileSummary};
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SaveProfileError {
    #[error("{}", .0.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join(" "))]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SaveProfileError {
    pub fn code(&self) -> &'static str {
        match self {
            SaveProfileError::Invalid(errors) if errors.iter().any(|e| e.code == "currency_change_unconfirmed") => {
                "profile.currency_change_unconfirmed"
            }
            SaveProfileError::Invalid(_) => "profile.invalid",
            SaveProfileError::Store(error) => error.code(),
        }
    }
}

/// Validates `draft` and saves it. Nothing is written unless every rule holds.
pub fn save_draft(
    store: &mut Store,
    draft: &ProfileDraft,
    change: Option<&CurrencyChange>,
    today: NaiveDate,
) -> Result<ProfileSummary, SaveProfileError> {
    let profile = validate(draft, today).map_err(SaveProfileError::Invalid)?;
    let stored = store.load_profile()?;
    let profile = resolve_currency_change(stored.as_ref(), profile, change).map_err(|e| SaveProfileError::Invalid(vec![e]))?;
    store.save_profile(&profile)?;
    Ok(ProfileSummary::of(profile))
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let saved = save_draft(&mut store, &inr, Some(&CurrencyChange::Keep), today()).unwrap();
        assert_eq!(saved.profile.currency, Currency::Inr);
        assert_eq!(saved.profile.pay.base_monthly_minor, Some(2_500_000));
    }

    #[test]
    fn converting_multiplies_every_amount_exactly() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &php_draft(), None, today()).unwrap();
        let inr = ProfileDraft { currency: "INR".into(), ..php_draft() };
        let change = CurrencyChange::Convert { rate: "1.05".into() };
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
        let change = CurrencyChange::Convert { rate: "2".into() };
        let error = save_draft(&mut store, &usd, Some(&change), today()).unwrap_err();
        assert_eq!(error.to_string(), "Monthly base pay must be between 0 and 10,000,000 a month.");
        let bad_rate = CurrencyChange::Convert { rate: "abc".into() };
        assert_eq!(
            save_draft(&mut store, &usd, Some(&bad_rate), today()).unwrap_err().to_string(),
            "The exchange rate must be a number such as 1.5."
        );
    }

    #[test]
    fn no_decision_is_needed_when_there_are_no_amounts() {
        let (_dir, mut store) = open();
        save_draft(&mut store, &ProfileDraft::default(), None, today()).unwrap();
        let usd = ProfileDraft { currency: "USD".into(), ..ProfileDraft::default() };
        assert!(save_draft(&mut store, &usd, None, today()).is_ok());
    }
}
