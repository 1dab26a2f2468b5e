//! Amounts as people type them: "25000", "25,000.50", "₱ 1,200". Parsed
//! exactly into minor units; anything else is refused with a reason.

use super::Currency;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("is empty")]
    Empty,
    #[error("is not a number")]
    NotANumber,
    #[error("has more than two decimal places")]
    TooManyDecimals,
    #[error("is too large")]
    TooLarge,
}

/// Parses typed text into minor units. Accepts an optional leading minus,
/// the currency's symbol or code, spaces, and commas between digit groups.
pub fn parse_amount(text: &str, currency: Currency) -> Result<i64, AmountError> {
    let mut rest = text.trim();
    let negative = rest.starts_with('-');
    if negative {
        rest = rest[1..].trim_start();
    }
    rest = rest.strip_prefix(currency.symbol()).unwrap_or(rest);
    rest = rest.strip_prefix(currency.code()).unwrap_or(rest).trim();
    if rest.is_empty() {
        return Err(if text.trim().is_empty() { AmountError::Empty } else { AmountError::NotANumber });
    }
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    let whole = strip_group_commas(whole).ok_or(AmountError::NotANumber)?;
    if !fraction.chars().all(|c| c.is_ascii_digit()) || (whole.is_empty() && fraction.is_empty()) {
        return Err(AmountError::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    let cents = format!("{fraction:0<2}");
    let major: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| AmountError::TooLarge)? };
    let minor = major
        .checked_mul(currency.minor_per_major())
        .and_then(|m| m.checked_add(cents.parse::<i64>().unwrap_or(0)))
        .ok_or(AmountError::TooLarge)?;
    Ok(if negative { -minor } else { minor })
}

/// "1,234,567" → "1234567". Commas may only separate digits, and every group
/// after the first has three digits (or two, for Indian grouping).
fn strip_group_commas(whole: &str) -> Option<String> {
    if !whole.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return None;
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let well_formed = groups.len() == 1 || (!groups[0].is_empty() && groups[1..].iter().all(|g| g.len() == 2 || g.len() == 3));
    well_formed.then(|| groups.concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PHP: Currency = Currency::Php;

    #[test]
    fn plain_grouped_and_decorated_amounts_parse() {
        assert_eq!(parse_amount("25000", PHP), Ok(2_500_000));
        assert_eq!(parse_amount("25,000.5", PHP), Ok(2_500_050));
        assert_eq!(parse_amount(" ₱ 1,200.75 ", PHP), Ok(120_075));
        assert_eq!(parse_amount("PHP 10", PHP), Ok(1_000));
        assert_eq!(parse_amount("2,50,000", Currency::Inr), Ok(25_000_000));
        assert_eq!(parse_amount(".5", PHP), Ok(50));
        assert_eq!(parse_amount("-5000", PHP), Ok(-500_000));
    }

    #[test]
    fn nonsense_is_refused_with_a_reason() {
        assert_eq!(parse_amount("", PHP), Err(AmountError::Empty));
        assert_eq!(parse_amount("   ", PHP), Err(AmountError::Empty));
        assert_eq!(parse_amount("abc", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1e5", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1.2.3", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount(",100", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1,0000", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount(".", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("₱", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("NaN", PHP), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1.234", PHP), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount("99999999999999999999", PHP), Err(AmountError::TooLarge));
    }

    proptest! {
        #[test]
        fn formatting_then_parsing_round_trips(minor in -1_000_000_000_000i64..1_000_000_000_000) {
            for currency in Currency::ALL {
                let text = super::super::format_money(minor, currency);
                prop_assert_eq!(parse_amount(&text, currency), Ok(minor));
            }
        }

        #[test]
        fn no_text_panics(text in "\\PC{0,30}") {
            let _ = parse_amount(&text, Currency::Inr);
        }
    }
}
