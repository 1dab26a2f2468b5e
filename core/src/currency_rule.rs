//! The currency rule: changing the profile's currency never silently
//! relabels a stored amount. Every amount stored in the old currency (the
//! profile's, and what recorded exam attempts cost) is converted at one rate
//! the user confirmed, or kept as it is because the user said so.
//!
//! Its own module because it spans two domains: the profile and the progress
//! records priced in the profile's currency.

use chrono::NaiveDate;

use crate::money::{convert_minor, parse_rate};
use crate::profile::{validate, CurrencyChange, FieldError, Profile, ProfileDraft, ProfileSummary};

/// True when saving `profile` over what is stored needs a [`CurrencyChange`]:
/// the currency changes and some amount (the profile's or a recorded exam
/// cost) is stored in the old one.
pub fn currency_change_needed(stored: &StoredMoney, profile: &Profile) -> bool {
    stored.profile.as_ref().is_some_and(|s| s.currency != profile.currency) && stored.has_amounts()
}

/// Applies the currency rule: changing the currency never silently relabels
/// stored amounts. When amounts are stored in another currency (the
/// profile's, and what recorded exam attempts cost), the caller must say
/// whether to convert them all (at one rate) or keep them all. Converting
/// applies to the stored amounts, so that a figure retyped in the new
/// currency is never converted again. Returns the profile to save and the
/// attempts whose converted cost is to be saved with it.
pub fn resolve_currency_change(
    stored: &StoredMoney,
    profile: Profile,
    change: Option<&CurrencyChange>,
) -> Result<(Profile, Vec<crate::progress::Attempt>), FieldError> {
    let Some(stored_profile) = stored.profile.as_ref().filter(|_| currency_change_needed(stored, &profile)) else {
        return Ok((profile, Vec::new()));
    };
    let Some(change) = change else {
        return Err(FieldError::currency_change_unconfirmed(stored_profile.currency, profile.currency));
    };
    if change.from() != stored_profile.currency.code() {
        return Err(FieldError::currency_change_stale(stored_profile.currency));
    }
    match change {
        CurrencyChange::Keep { .. } => Ok((profile, Vec::new())),
        CurrencyChange::Convert { rate, .. } => {
            let rate = parse_rate(rate).map_err(FieldError::rate)?;
            let converted = stored_profile.clone().map_amounts(|minor| convert_minor(minor, rate)).ok_or_else(FieldError::rate_overflow)?;
            let profile = profile.with_amounts_of(&converted);
            profile.check_ranges().map_err(|mut errors| errors.remove(0))?;
            let attempts = stored
                .costed_attempts
                .iter()
                .map(|attempt| {
                    let cost = attempt.cost_minor.and_then(|c| convert_minor(c, rate)).ok_or_else(FieldError::rate_overflow)?;
                    let attempt = crate::progress::Attempt { cost_minor: Some(cost), ..attempt.clone() };
                    attempt.check().map_err(|_| FieldError::rate_overflow())?;
                    Ok(attempt)
                })
                .collect::<Result<Vec<_>, FieldError>>()?;
            Ok((profile, attempts))
        }
    }
}

/// Everything stored in the profile's currency: the profile's own amounts and
/// the amounts recorded under it (what exam attempts cost). The currency rule
/// applies to all of them together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredMoney {
    pub profile: Option<Profile>,
    /// The exam attempts that have a recorded cost.
    pub costed_attempts: Vec<crate::progress::Attempt>,
}

impl StoredMoney {
    /// Whether any amount is stored (a currency change then needs a decision).
    pub fn has_amounts(&self) -> bool {
        self.profile.as_ref().is_some_and(Profile::has_amounts) || !self.costed_attempts.is_empty()
    }
}

/// Every rule for saving `draft` over `stored`: the fields, then the
/// currency decision. What the UI checks as the user types, and what saving
/// checks again.
pub fn check_draft(
    stored: &StoredMoney,
    draft: &ProfileDraft,
    change: Option<&CurrencyChange>,
    today: NaiveDate,
) -> Result<ProfileSummary, Vec<FieldError>> {
    checked_draft(stored, draft, change, today).map(|(summary, _)| summary)
}

/// [`check_draft`], with the exam attempts a conversion changed.
pub fn checked_draft(
    stored: &StoredMoney,
    draft: &ProfileDraft,
    change: Option<&CurrencyChange>,
    today: NaiveDate,
) -> Result<(ProfileSummary, Vec<crate::progress::Attempt>), Vec<FieldError>> {
    let profile = validate(draft, today)?;
    let (profile, attempts) = resolve_currency_change(stored, profile, change).map_err(|e| vec![e])?;
    Ok((ProfileSummary::of(profile), attempts))
}
