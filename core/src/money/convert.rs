//! Converting stored amounts when the user changes currency, at a rate the
//! user confirmed. Exact: the rate is kept in millionths, the product in i128,
//! and the result rounded half away from zero to the minor unit.

/// A rate with up to six decimals, kept as millionths (1 PHP = 1.477 INR → 1_477_000).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub millionths: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    #[error("must be a number such as 1.5")]
    NotANumber,
    #[error("may have at most six decimal places")]
    TooManyDecimals,
    #[error("must be greater than 0 and at most 1,000,000")]
    OutOfRange,
}

const MAX_RATE_MILLIONTHS: i64 = 1_000_000 * 1_000_000;

pub fn parse_rate(text: &str) -> Result<Rate, RateError> {
    // The one rule for rates (crate::typed): up to six decimals; commas only group digits.
    let millionths = match crate::typed::read(crate::typed::NumberKind::Rate, text) {
        Ok(Some(millionths)) => millionths,
        Ok(None) | Err(crate::typed::TypedError::NotANumber(_) | crate::typed::TypedError::CommaAsDecimal) => {
            return Err(RateError::NotANumber)
        }
        Err(crate::typed::TypedError::TooManyDecimals(_)) => return Err(RateError::TooManyDecimals),
        Err(crate::typed::TypedError::TooLarge) => return Err(RateError::OutOfRange),
    };
    if millionths <= 0 || millionths > MAX_RATE_MILLIONTHS {
        return Err(RateError::OutOfRange);
    }
    Ok(Rate { millionths })
}

/// `minor × rate`, rounded half away from zero. `None` if it would overflow.
pub fn convert_minor(minor: i64, rate: Rate) -> Option<i64> {
    let product = i128::from(minor) * i128::from(rate.millionths);
    let half = 500_000i128 * product.signum();
    i64::try_from((product + half) / 1_000_000).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse_exactly() {
        assert_eq!(parse_rate("1.477"), Ok(Rate { millionths: 1_477_000 }));
        assert_eq!(parse_rate("58"), Ok(Rate { millionths: 58_000_000 }));
        assert_eq!(parse_rate("0.017241"), Ok(Rate { millionths: 17_241 }));
        assert_eq!(parse_rate("0.5"), Ok(Rate { millionths: 500_000 }));
        assert_eq!(parse_rate("1,000"), Ok(Rate { millionths: 1_000_000_000 }), "a comma groups digits, as in every field");
    }

    #[test]
    fn bad_rates_are_refused() {
        assert_eq!(parse_rate(""), Err(RateError::NotANumber));
        assert_eq!(parse_rate("-1"), Err(RateError::NotANumber));
        assert_eq!(parse_rate("1,5"), Err(RateError::NotANumber));
        assert_eq!(parse_rate(".5"), Err(RateError::NotANumber), "a digit before the point, as in every number field");
        assert_eq!(parse_rate("0"), Err(RateError::OutOfRange));
        assert_eq!(parse_rate("0.0000001"), Err(RateError::TooManyDecimals));
        assert_eq!(parse_rate("1000001"), Err(RateError::OutOfRange));
    }

    #[test]
    fn conversion_rounds_half_away_from_zero() {
        // ₱1,003.30 at 1.05 = 1,053.465 → 1,053.47
        assert_eq!(convert_minor(100_330, parse_rate("1.05").unwrap()), Some(105_347));
        assert_eq!(convert_minor(-100_330, parse_rate("1.05").unwrap()), Some(-105_347));
        // ₱25,000 at 0.017241 USD = $431.025 → $431.03
        assert_eq!(convert_minor(2_500_000, parse_rate("0.017241").unwrap()), Some(43_103));
        assert_eq!(convert_minor(0, parse_rate("3").unwrap()), Some(0));
    }

    #[test]
    fn conversion_that_would_overflow_is_none() {
        assert_eq!(convert_minor(i64::MAX, parse_rate("2").unwrap()), None);
    }
}
