//! Reading calculator inputs exactly. Numbers arrive as JSON text
//! (`serde_json::value::RawValue`) and are parsed straight into
//! `rust_decimal::Decimal`, so "1003.30" is 1003.30 and never the nearest
//! binary fraction. Every refusal names its field and the allowed range.

use rust_decimal::prelude::*;
use serde_json::value::RawValue;

/// A refused input: the field's path (`one_off_costs[2].month`) and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct InputError {
    pub field: String,
    pub message: String,
}

impl InputError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        InputError { field: field.into(), message: message.into() }
    }
}

pub type Raw = Option<Box<RawValue>>;

/// Parses a JSON number's text exactly. Strings, booleans and nulls are refused.
pub fn decimal(field: &str, raw: &RawValue) -> Result<Decimal, InputError> {
    let text = raw.get().trim();
    let parsed = if text.contains(['e', 'E']) { Decimal::from_scientific(text) } else { Decimal::from_str_exact(text) };
    parsed.map_err(|_| InputError::new(field, format!("must be a number, got {text}")))
}

/// A decimal in `[min, max]`, or `default` when absent.
pub fn number(field: &str, raw: &Raw, default: Option<Decimal>, min: Decimal, max: Decimal) -> Result<Decimal, InputError> {
    let value = match raw {
        Some(raw) => decimal(field, raw)?,
        None => return default.ok_or_else(|| InputError::new(field, "is required")),
    };
    if value < min || value > max {
        return Err(InputError::new(field, format!("must be from {} to {}, got {value}", show(min), show(max))));
    }
    Ok(value)
}

/// A whole number in `[min, max]`, or `default` when absent.
pub fn whole(field: &str, raw: &Raw, default: Option<u32>, min: u32, max: u32) -> Result<u32, InputError> {
    let range = || format!("must be a whole number from {min} to {max}");
    let value = match raw {
        Some(raw) => decimal(field, raw).map_err(|_| InputError::new(field, range()))?,
        None => return default.ok_or_else(|| InputError::new(field, "is required")),
    };
    if value.fract() != Decimal::ZERO || value < Decimal::from(min) || value > Decimal::from(max) {
        return Err(InputError::new(field, format!("{}, got {value}", range())));
    }
    Ok(value.to_u32().expect("checked to be within a u32 range"))
}

/// `1e9` as `1,000,000,000`, for messages.
fn show(value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let negative = whole.starts_with('-');
    let digits = whole.trim_start_matches('-');
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    fraction.map_or(format!("{sign}{grouped}"), |f| format!("{sign}{grouped}.{f}"))
}

/// Rounds to the minor unit, half away from zero.
pub fn round_minor(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Serializes a decimal as a JSON number with its exact digits.
pub fn serialize_decimal<S: serde::Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::Serialize;
    let raw = RawValue::from_string(value.to_string()).map_err(serde::ser::Error::custom)?;
    raw.serialize(serializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> Raw {
        Some(RawValue::from_string(text.to_string()).unwrap())
    }

    #[test]
    fn numbers_are_read_exactly() {
        assert_eq!(decimal("x", &raw("1003.30").unwrap()).unwrap().to_string(), "1003.30");
        assert_eq!(decimal("x", &raw("1e3").unwrap()).unwrap(), Decimal::from(1000));
        assert_eq!(decimal("x", &raw("0.1").unwrap()).unwrap() * Decimal::from(3), Decimal::from_str_exact("0.3").unwrap());
    }

    #[test]
    fn refusals_name_the_field_and_the_range() {
        let error = number("savings", &raw("-1"), None, Decimal::ZERO, Decimal::from(1_000_000_000_000i64)).unwrap_err();
        assert_eq!(error.to_string(), "savings: must be from 0 to 1,000,000,000,000, got -1");
        assert_eq!(
            whole("study_months", &raw("2.5"), None, 0, 600).unwrap_err().to_string(),
            "study_months: must be a whole number from 0 to 600, got 2.5"
        );
        assert_eq!(whole("t", &raw("\"12\""), None, 0, 600).unwrap_err().to_string(), "t: must be a whole number from 0 to 600");
        assert_eq!(number("s", &None, None, Decimal::ZERO, Decimal::ONE).unwrap_err().to_string(), "s: is required");
        assert_eq!(whole("h", &None, Some(60), 1, 600).unwrap(), 60);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        let d = |s: &str| Decimal::from_str_exact(s).unwrap();
        assert_eq!(round_minor(d("1003.30") * d("1.05")), d("1053.47"), "1053.465 → 1053.47");
        assert_eq!(round_minor(d("-1053.465")), d("-1053.47"));
        assert_eq!(round_minor(d("2.004")), d("2.00"));
    }
}
