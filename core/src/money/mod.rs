//! Money: currencies, exact amounts in minor units, exchange rates, exact
//! reading of calculator inputs, the month-by-month ROI, and the one formatter
//! that charts and the PDF use (the UI's `format.js` passes the same cases,
//! `core/tests/data/money_format_cases.json`).
//!
//! Amounts are `i64` minor units (centavos, paise, cents) everywhere. Typed
//! text is parsed exactly ([`parse_amount`]), JSON numbers from their text
//! ([`input`]), and the catalog's money is `rust_decimal::Decimal` read the
//! same way (`catalog::exact`); no amount ever passes through binary
//! floating point. What stays `f64` is not an amount: probabilities,
//! weights, hours, month counts, ratios, the discounted NPV and the
//! simulation's random draws.
//!
//! This module knows no catalog, plan or profile: the certification costs and
//! the money story built from them are in [`crate::costs`].

mod convert;
mod format;
pub mod input;
mod parse;
pub mod roi;

pub use convert::{convert_minor, parse_rate, Rate, RateError};
pub use format::format_money;

/// A decimal amount of major units as whole minor units (cents), rounded
/// half away from zero like every other rounding of money; 0 when it does not fit.
pub fn minor_units(amount: rust_decimal::Decimal) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    input::round_minor(amount).checked_mul(rust_decimal::Decimal::ONE_HUNDRED).and_then(|m| m.to_i64()).unwrap_or(0)
}
pub use parse::{parse_amount, AmountError};

/// Minor units as plain decimal text for files and forms ("-0.50", "1234.05"):
/// no grouping, no symbol, the sign kept even when the major part is zero.
pub fn plain_amount(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

use serde::{Deserialize, Serialize};

/// The currencies Pathway knows. Each has two decimal places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
pub enum Currency {
    #[serde(rename = "PHP")]
    Php,
    #[serde(rename = "INR")]
    Inr,
    #[serde(rename = "USD")]
    Usd,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Php, Currency::Inr, Currency::Usd];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Php => "PHP",
            Currency::Inr => "INR",
            Currency::Usd => "USD",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Php => "₱",
            Currency::Inr => "₹",
            Currency::Usd => "$",
        }
    }

    /// Minor units in one major unit.
    pub const fn minor_per_major(self) -> i64 {
        100
    }
}
