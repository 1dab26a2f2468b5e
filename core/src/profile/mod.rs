//! Who the user is: country and currency, current BPO role, pay as BPO pay
//! really is, money, time for study, and sponsorship.
//!
//! The UI and the CLI send a [`ProfileDraft`] (fields as typed); [`validate`]
//! turns it into a [`Profile`] or a list of [`FieldError`]s that name the
//! field and the allowed range. There is one set of rules, here, for every
//! caller: the UI asks for them as the user types, and saving asks again.

mod draft;
mod errors;
mod types;

pub use draft::{validate, ProfileDraft};
pub use errors::{FieldError, CODES as FIELD_ERROR_CODES};
pub use types::{BpoRole, Country, Pay, Profile, Shift, Sponsorship, Study, Weekday};

use chrono::NaiveDate;

use crate::money::{convert_minor, parse_rate, Currency};

/// Monthly pay amounts: 0 to 10,000,000 in the profile's currency.
pub const MAX_MONTHLY_MINOR: i64 = 10_000_000 * 100;
/// Savings: 0 to 1,000,000,000.
pub const MAX_SAVINGS_MINOR: i64 = 1_000_000_000 * 100;
pub const MIN_HOURS_PER_WEEK: u32 = 1;
pub const MAX_HOURS_PER_WEEK: u32 = 80;
pub const MAX_NAME_CHARS: usize = 80;

/// What the user decided when the currency changed. `from` is the currency
/// the user saw stored when deciding: if the stored currency is no longer
/// that one (a second save, another window), the decision is refused rather
/// than applied twice.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum CurrencyChange {
    /// Multiply every stored amount (profile and recorded exam costs) by the rate (one unit of `from` in the new currency).
    Convert { from: String, rate: String },
    /// Keep every stored number (profile and recorded exam costs); only the label changes.
    Keep { from: String },
}

impl CurrencyChange {
    fn from(&self) -> &str {
        match self {
            CurrencyChange::Convert { from, .. } | CurrencyChange::Keep { from } => from,
        }
    }
}

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
            let converted = stored_profile
                .clone()
                .map_amounts(|minor| convert_minor(minor, rate))
                .ok_or_else(FieldError::rate_overflow)?;
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

/// The profile with what the app derives from it, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProfileSummary {
    pub profile: Profile,
    /// base + night differential + allowances + base ÷ 12 when a 13th-month pay applies.
    pub total_monthly_pay_minor: Option<i64>,
    /// The 13th-month pay spread over the year (base ÷ 12), when it applies.
    pub thirteenth_month_share_minor: Option<i64>,
    /// Whether any amount is stored (a currency change then needs a decision).
    pub has_amounts: bool,
    /// What a move to a day-shift role would no longer pay each month.
    pub day_shift_drop_minor: i64,
}

impl ProfileSummary {
    pub fn of(profile: Profile) -> ProfileSummary {
        ProfileSummary {
            total_monthly_pay_minor: profile.pay.total_monthly_minor(),
            thirteenth_month_share_minor: profile.pay.thirteenth_month_share_minor(),
            has_amounts: profile.has_amounts(),
            day_shift_drop_minor: profile.pay.night_differential_monthly_minor.unwrap_or(0),
            profile,
        }
    }
}

/// The currency a country's users usually earn in.
pub fn default_currency(country: Option<Country>) -> Currency {
    match country {
        Some(Country::In) => Currency::Inr,
        Some(Country::Us) => Currency::Usd,
        _ => Currency::Php,
    }
}

/// A currency as the UI offers it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CurrencyOption {
    pub code: &'static str,
    pub symbol: &'static str,
}

/// The choices the profile form offers that depend on domain rules, so the
/// UI does not keep its own copy of them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProfileOptions {
    pub currencies: Vec<CurrencyOption>,
    /// The currency the set-up suggests for each country.
    pub default_currency: std::collections::BTreeMap<&'static str, &'static str>,
}

pub fn options() -> ProfileOptions {
    ProfileOptions {
        currencies: Currency::ALL.iter().map(|c| CurrencyOption { code: c.code(), symbol: c.symbol() }).collect(),
        default_currency: Country::ALL.iter().map(|c| (c.code(), default_currency(Some(*c)).code())).collect(),
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

