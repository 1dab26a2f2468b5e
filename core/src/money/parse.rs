//! Amounts as people type them: "25000", "25,000.50", "₱ 1,200". Parsed
//! exactly into minor units; anything else is refused with a reason.

use super::Currency;
use crate::typed::{NumberKind, TypedError};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("is empty")]
    Empty,
    #[error("is not a number")]
    NotANumber,
    #[error("uses a comma for decimals")]
    CommaAsDecimal,
    #[error("has more than two decimal places")]
    TooManyDecimals,
    #[error("is too large")]
    TooLarge,
}

/// Parses typed text into minor units. Accepts an optional leading minus and
/// the currency's symbol or code; the number itself follows `crate::typed`'s
/// rule for money (commas group digits, a point marks decimals, two at most).
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
    // The digits themselves are read by the one rule for money (crate::typed): a
    // comma only groups digits, so "1,50" is refused rather than read as 150.
    let hundredths = crate::typed::read(NumberKind::Money, rest)
        .map_err(|error| match error {
            TypedError::NotANumber(_) => AmountError::NotANumber,
            TypedError::CommaAsDecimal => AmountError::CommaAsDecimal,
            TypedError::TooManyDecimals(_) => AmountError::TooManyDecimals,
            TypedError::TooLarge => AmountError::TooLarge,
        })?
        .ok_or(AmountError::NotANumber)?;
    let minor = i128::from(hundredths) * i128::from(currency.minor_per_major()) / 100;
    let minor = i64::try_from(minor).map_err(|_| AmountError::TooLarge)?;
    Ok(if negative { -minor } else { minor })
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
        assert_eq!(parse_amount(".5", PHP), Err(AmountError::NotANumber), "a digit before the point, as in every number field");
        assert_eq!(parse_amount("1,50", PHP), Err(AmountError::CommaAsDecimal), "never one hundred and fifty");
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
