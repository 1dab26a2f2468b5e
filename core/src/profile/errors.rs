//! A refused field: which one, a stable code, the parameters of the rule
//! (shown by the UI through its message catalog), and an English sentence
//! for the CLI and logs.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::money::{AmountError, Currency, RateError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FieldError {
    /// The draft's field name, e.g. `base_pay`.
    pub field: &'static str,
    /// The rule that failed, e.g. `range_monthly`; the UI's key is `validation.<code>`.
    pub code: &'static str,
    pub params: BTreeMap<&'static str, String>,
    pub message: String,
}

/// The English label of each field, used in messages.
pub fn label(field: &str) -> &'static str {
    match field {
        "name" => "Name",
        "country" => "Country",
        "currency" => "Currency",
        "role" => "Current role",
        "base_pay" => "Monthly base pay",
        "night_differential" => "Night-shift differential",
        "allowances" => "Allowances",
        "monthly_expenses" => "Monthly expenses",
        "savings" => "Savings",
        "hours_per_week" => "Study hours per week",
        "shift" => "Shift",
        "free_weekdays" => "Free weekdays",
        "preferred_study_time" => "Preferred study time",
        "start_date" => "Start date",
        "sponsorship" => "Sponsorship",
        "birth_year" => "Year of birth",
        "employment" => "Working now",
        "employer_trained" => "Trained by your employer",
        "citizen" => "Citizen",
        "search_plan" => "While you search",
        "dependants" => "People who depend on your income",
        "sole_income" => "Only income at home",
        "currency_rate" => "Exchange rate",
        _ => "This field",
    }
}

impl FieldError {
    fn new(field: &'static str, code: &'static str, params: &[(&'static str, String)], message: String) -> Self {
        FieldError { field, code, params: params.iter().cloned().collect(), message }
    }

    pub fn range(field: &'static str, min: String, max: String) -> Self {
        let message = format!("{} must be between {min} and {max}.", label(field));
        FieldError::new(field, "range", &[("min", min), ("max", max)], message)
    }

    pub fn range_monthly(field: &'static str, min: String, max: String) -> Self {
        let message = format!("{} must be between {min} and {max} a month.", label(field));
        FieldError::new(field, "range_monthly", &[("min", min), ("max", max)], message)
    }

    /// `too_large` is reported by the caller as the field's range instead.
    pub fn amount(field: &'static str, error: AmountError) -> Self {
        let l = label(field);
        match error {
            AmountError::TooManyDecimals => {
                FieldError::new(field, "too_many_decimals", &[], format!("{l} can have at most two decimal places."))
            }
            AmountError::CommaAsDecimal => {
                FieldError::new(field, "comma_as_decimal", &[], format!("{l} uses a comma for decimals; write a point, such as 1.5."))
            }
            AmountError::Empty | AmountError::NotANumber | AmountError::TooLarge => {
                FieldError::new(field, "not_a_number", &[], format!("{l} must be a number, such as 25000 or 25,000.50."))
            }
        }
    }

    pub fn whole_number(field: &'static str, min: u32, max: u32) -> Self {
        let message = format!("{} must be a whole number from {min} to {max}.", label(field));
        FieldError::new(field, "whole_number", &[("min", min.to_string()), ("max", max.to_string())], message)
    }

    pub fn too_long(field: &'static str, max: usize) -> Self {
        let message = format!("{} can be at most {max} characters.", label(field));
        FieldError::new(field, "too_long", &[("max", max.to_string())], message)
    }

    pub fn invalid_text(field: &'static str) -> Self {
        let message = format!("{} cannot contain line breaks or control characters.", label(field));
        FieldError::new(field, "invalid_text", &[], message)
    }

    pub fn invalid_choice(field: &'static str) -> Self {
        FieldError::new(field, "invalid_choice", &[], format!("{}: choose one of the options.", label(field)))
    }

    pub fn date_range(field: &'static str, min: chrono::NaiveDate, max: chrono::NaiveDate) -> Self {
        let (min, max) = (min.to_string(), max.to_string());
        let message = format!("{} must be between {min} and {max}.", label(field));
        FieldError::new(field, "date_range", &[("min", min), ("max", max)], message)
    }

    pub fn invalid_date(field: &'static str) -> Self {
        FieldError::new(field, "invalid_date", &[], format!("{} must be a date written as YYYY-MM-DD.", label(field)))
    }

    pub fn invalid_time(field: &'static str) -> Self {
        let message = format!("{} must be a time from 00:00 to 23:59.", label(field));
        FieldError::new(field, "invalid_time", &[], message)
    }

    pub fn need_free_day() -> Self {
        let message = "Choose at least one free weekday for study, or leave the study hours empty.".to_string();
        FieldError::new("free_weekdays", "need_free_day", &[], message)
    }

    pub fn currency_change_unconfirmed(from: Currency, to: Currency) -> Self {
        let message = format!(
            "The currency changed from {} to {}. Choose whether to convert your amounts at an exchange rate or keep the numbers as they are.",
            from.code(),
            to.code()
        );
        FieldError::new(
            "currency",
            "currency_change_unconfirmed",
            &[("from", from.code().to_string()), ("to", to.code().to_string())],
            message,
        )
    }

    pub fn currency_change_stale(stored: Currency) -> Self {
        let message = format!("Your amounts are now stored in {}. Look at them again before changing the currency.", stored.code());
        FieldError::new("currency", "currency_change_stale", &[("stored", stored.code().to_string())], message)
    }

    pub fn rate(error: RateError) -> Self {
        let code = match error {
            RateError::NotANumber => "rate_not_a_number",
            RateError::TooManyDecimals => "rate_too_many_decimals",
            RateError::OutOfRange => "rate_out_of_range",
        };
        FieldError::new("currency_rate", code, &[], format!("The exchange rate {error}."))
    }

    pub fn rate_overflow() -> Self {
        let message = "At that exchange rate the amounts would be too large.".to_string();
        FieldError::new("currency_rate", "rate_overflow", &[], message)
    }
}

/// Every code a [`FieldError`] can carry; the UI has a `validation.<code>`
/// message for each (a test checks `ui/i18n/en.json`).
pub const CODES: &[&str] = &[
    "range",
    "range_monthly",
    "too_many_decimals",
    "not_a_number",
    "whole_number",
    "too_long",
    "invalid_text",
    "invalid_choice",
    "date_range",
    "invalid_date",
    "invalid_time",
    "need_free_day",
    "currency_change_unconfirmed",
    "currency_change_stale",
    "rate_not_a_number",
    "rate_too_many_decimals",
    "rate_out_of_range",
    "rate_overflow",
];

/// 10000000 → "10,000,000", for messages about ranges.
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ui_has_words_for_every_code() {
        let catalog: serde_json::Value = serde_json::from_str(include_str!("../../../ui/i18n/en.json")).expect("the catalog is JSON");
        let missing: Vec<_> = CODES.iter().filter(|code| catalog.get(format!("validation.{code}")).is_none()).collect();
        assert!(missing.is_empty(), "ui/i18n/en.json lacks validation keys for {missing:?}");
    }

    #[test]
    fn grouped_numbers() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(10_000_000), "10,000,000");
        assert_eq!(grouped(-1_000), "-1,000");
    }

    #[test]
    fn messages_name_the_field_and_the_range() {
        let e = FieldError::range_monthly("base_pay", "0".into(), "10,000,000".into());
        assert_eq!(e.message, "Monthly base pay must be between 0 and 10,000,000 a month.");
        assert_eq!(serde_json::to_value(&e).unwrap()["params"]["max"], "10,000,000");
    }
}
