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
pub use types::{
    Answer, BpoRole, Country, Employment, Household, Pay, Profile, SearchAssumption, SearchPlan, Shift, Situation, Sponsorship, Study,
    Weekday, MAX_DEPENDANTS,
};

use crate::money::Currency;

/// Monthly pay amounts: 0 to 10,000,000 in the profile's currency.
pub const MAX_MONTHLY_MINOR: i64 = 10_000_000 * 100;
/// The youngest age a birth year may give (the youngest any public route takes).
pub const MIN_AGE_YEARS: i32 = 15;
/// The oldest.
pub const MAX_AGE_YEARS: i32 = 100;
/// Savings: 0 to 1,000,000,000.
pub const MAX_SAVINGS_MINOR: i64 = 1_000_000_000 * 100;
pub const MIN_HOURS_PER_WEEK: u32 = 1;
pub const MAX_HOURS_PER_WEEK: u32 = 80;
pub const MAX_NAME_CHARS: usize = 80;

/// What the user decided when the currency changed. `from` is the currency
/// the user saw stored when deciding: if the stored currency is no longer
/// that one (a second save, another window), the decision is refused rather
/// than applied twice.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum CurrencyChange {
    /// Multiply every stored amount (profile and recorded exam costs) by the rate (one unit of `from` in the new currency).
    Convert { from: String, rate: String },
    /// Keep every stored number (profile and recorded exam costs); only the label changes.
    Keep { from: String },
}

impl CurrencyChange {
    pub fn from(&self) -> &str {
        match self {
            CurrencyChange::Convert { from, .. } | CurrencyChange::Keep { from } => from,
        }
    }
}

/// The profile with what the app derives from it, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct CurrencyOption {
    pub code: &'static str,
    pub symbol: &'static str,
}

/// The choices the profile form offers that depend on domain rules, so the
/// UI does not keep its own copy of them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
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
