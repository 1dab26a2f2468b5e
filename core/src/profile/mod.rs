//! Who the user is: country and currency, current BPO role, pay as BPO pay
//! really is, money, time for study, and sponsorship.
//!
//! The UI and the CLI send a [`ProfileDraft`] (fields as typed); [`validate`]
//! turns it into a [`Profile`] or a list of [`FieldError`]s that name the
//! field and the allowed range. There is one set of rules, here, for every
//! caller: the UI asks for them as the user types, and saving asks again.

mod draft;
mod errors;
mod save;
mod types;

pub use draft::{validate, ProfileDraft};
pub use save::{save_draft, SaveProfileError};
pub use errors::FieldError;
pub use types::{BpoRole, Country, Pay, Profile, Shift, Sponsorship, Study, Weekday};

use crate::money::{convert_minor, parse_rate, Currency};

/// Monthly pay amounts: 0 to 10,000,000 in the profile's currency.
pub const MAX_MONTHLY_MINOR: i64 = 10_000_000 * 100;
/// Savings: 0 to 1,000,000,000.
pub const MAX_SAVINGS_MINOR: i64 = 1_000_000_000 * 100;
pub const MIN_HOURS_PER_WEEK: u32 = 1;
pub const MAX_HOURS_PER_WEEK: u32 = 80;
pub const MAX_NAME_CHARS: usize = 80;

/// What the user decided when the currency changed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum CurrencyChange {
    /// Multiply every amount by the rate (one unit of the old currency in the new one).
    Convert { rate: String },
    /// Keep the numbers; only the label changes.
    Keep,
}

/// Applies the currency rule: changing the currency never silently relabels
/// stored amounts. When the stored profile has amounts in another currency,
/// the caller must say whether to convert (at a rate) or keep them.
pub fn resolve_currency_change(
    stored: Option<&Profile>,
    profile: Profile,
    change: Option<&CurrencyChange>,
) -> Result<Profile, FieldError> {
    let Some(stored) = stored else { return Ok(profile) };
    if stored.currency == profile.currency || !stored.has_amounts() {
        return Ok(profile);
    }
    match change {
        None => Err(FieldError::currency_change_unconfirmed(stored.currency, profile.currency)),
        Some(CurrencyChange::Keep) => Ok(profile),
        Some(CurrencyChange::Convert { rate }) => {
            let rate = parse_rate(rate).map_err(FieldError::rate)?;
            let converted = profile.map_amounts(|minor| convert_minor(minor, rate)).ok_or_else(FieldError::rate_overflow)?;
            converted.check_ranges().map_err(|mut errors| errors.remove(0))?;
            Ok(converted)
        }
    }
}

/// The profile with what the app derives from it, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProfileSummary {
    pub profile: Profile,
    /// base + night differential + allowances + base ÷ 12 when a 13th-month pay applies.
    pub total_monthly_pay_minor: Option<i64>,
    /// What a move to a day-shift role would no longer pay each month.
    pub day_shift_drop_minor: i64,
}

impl ProfileSummary {
    pub fn of(profile: Profile) -> ProfileSummary {
        ProfileSummary {
            total_monthly_pay_minor: profile.pay.total_monthly_minor(),
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
