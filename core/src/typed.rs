//! Numbers as the user typed them, read by one rule per kind. Forms send
//! the text; the core reads it here, so "abc" is refused by its field and
//! never saved as an empty field, and a comma means the same in every field.
//!
//! The rule, for every kind: spaces around the number are ignored; an empty
//! field is "not given"; a comma only groups digits (1,234 and the Indian
//! 1,23,456), so a comma before the last one or two digits ("1,5") is refused
//! with a hint to write a point; the decimal mark is a point. Money takes up
//! to two decimals, hours and percentages up to two, exchange rates up to
//! six, and scores and counts none. No kind takes a sign, an exponent or
//! anything but digits.

/// What a field holds, and so which rule reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// An amount, read into minor units (hundredths).
    Money,
    /// Hours, read into hundredths of an hour.
    Hours,
    /// A score as printed on a result: a whole number.
    Score,
    /// A count (minutes, months): a whole number.
    Count,
    /// A percentage (a discount rate, a sponsored share), in hundredths of a percent.
    Percent,
    /// An exchange rate, in millionths.
    Rate,
}

impl NumberKind {
    /// How many decimals the kind takes; [`read`] answers in that many places.
    pub fn decimals(self) -> u32 {
        match self {
            NumberKind::Money | NumberKind::Hours | NumberKind::Percent => 2,
            NumberKind::Rate => 6,
            NumberKind::Score | NumberKind::Count => 0,
        }
    }

    /// What the field allows, as a refusal says it.
    pub fn allowed(self) -> &'static str {
        match self {
            NumberKind::Money => "must be an amount such as 1,500 or 1,500.50",
            NumberKind::Hours => "must be a number of hours such as 2 or 1.5",
            NumberKind::Score | NumberKind::Count => "must be a whole number such as 750",
            NumberKind::Percent => "must be a percentage such as 10 or 12.5",
            NumberKind::Rate => "must be a rate such as 58.25",
        }
    }
}

/// Why a typed number was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypedError {
    /// Not a number of this kind at all.
    NotANumber(NumberKind),
    /// "1,5": a comma where a decimal point was meant.
    CommaAsDecimal,
    /// More decimals than the kind has.
    TooManyDecimals(NumberKind),
    /// Too large to be a real value of any field.
    TooLarge,
}

impl std::fmt::Display for TypedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypedError::NotANumber(kind) => f.write_str(kind.allowed()),
            TypedError::CommaAsDecimal => f.write_str("uses a comma for decimals; write a point, such as 1.5"),
            TypedError::TooManyDecimals(kind) if kind.decimals() == 0 => f.write_str("must be a whole number, without decimals"),
            TypedError::TooManyDecimals(kind) => write!(f, "can have at most {} decimals", kind.decimals()),
            TypedError::TooLarge => f.write_str("is too large"),
        }
    }
}

impl TypedError {
    /// The UI's rule for this refusal (`validation.<rule>`), where it has words of its own.
    pub fn rule(&self) -> Option<&'static str> {
        matches!(self, TypedError::CommaAsDecimal).then_some("comma_as_decimal")
    }
}

/// Digits before the decimal point, at most: far above any real field.
const MAX_WHOLE_DIGITS: usize = 15;

/// Reads `text` as a `kind`, in units of its last decimal place (hundredths
/// for money, hours and percentages, millionths for rates, ones for scores
/// and counts). `Ok(None)` when the field is empty.
pub fn read(kind: NumberKind, text: &str) -> Result<Option<i64>, TypedError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let digits = ungrouped(kind, whole, fraction.is_none())?;
    let fraction = fraction.unwrap_or("");
    if digits.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) || (text.contains('.') && fraction.is_empty()) {
        return Err(TypedError::NotANumber(kind));
    }
    if fraction.len() > kind.decimals() as usize {
        return Err(TypedError::TooManyDecimals(kind));
    }
    if digits.trim_start_matches('0').len() > MAX_WHOLE_DIGITS {
        return Err(TypedError::TooLarge);
    }
    let scale = kind.decimals();
    let mantissa: i64 = format!("{digits}{fraction:0<width$}", width = scale as usize).parse().map_err(|_| TypedError::TooLarge)?;
    Ok(Some(mantissa))
}

/// The digits of the whole part with its grouping commas taken out. A comma
/// must have digits on both sides; "1,5" and "1,55" (no point after) read
/// as a decimal comma and are refused as such.
fn ungrouped(kind: NumberKind, whole: &str, no_point: bool) -> Result<String, TypedError> {
    if !whole.contains(',') {
        return if whole.bytes().all(|b| b.is_ascii_digit()) { Ok(whole.to_string()) } else { Err(TypedError::NotANumber(kind)) };
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let last = groups.last().expect("split yields at least one part");
    if no_point && (1..=2).contains(&last.len()) && groups.len() == 2 && last.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TypedError::CommaAsDecimal);
    }
    let well_grouped = groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && last.len() == 3
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2 || g.len() == 3)
        && groups[0].len() <= 3;
    if well_grouped {
        Ok(groups.concat())
    } else {
        Err(TypedError::NotANumber(kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_rule_reads_what_people_type_and_refuses_the_rest() {
        use NumberKind::*;
        assert_eq!(read(Money, "1,500.50"), Ok(Some(150_050)));
        assert_eq!(read(Money, " 1500 "), Ok(Some(150_000)));
        assert_eq!(read(Money, "1,00,000"), Ok(Some(10_000_000)), "Indian grouping");
        assert_eq!(read(Money, ""), Ok(None));
        assert_eq!(read(Money, "abc"), Err(TypedError::NotANumber(Money)));
        assert_eq!(read(Money, "-5"), Err(TypedError::NotANumber(Money)));
        assert_eq!(read(Money, "1e3"), Err(TypedError::NotANumber(Money)));
        assert_eq!(read(Money, "1.505"), Err(TypedError::TooManyDecimals(Money)));
        assert_eq!(read(Hours, "1.5"), Ok(Some(150)));
        assert_eq!(read(Hours, "1,5"), Err(TypedError::CommaAsDecimal), "a comma is never a decimal mark");
        assert_eq!(read(Money, "1,5"), Err(TypedError::CommaAsDecimal), "the same rule in every kind");
        assert_eq!(read(Score, "750"), Ok(Some(750)));
        assert_eq!(read(Score, "7.5"), Err(TypedError::TooManyDecimals(Score)));
        assert_eq!(read(Count, "1,2345"), Err(TypedError::NotANumber(Count)));
        assert_eq!(read(Count, "12."), Err(TypedError::NotANumber(Count)));
        assert_eq!(read(Count, ".5"), Err(TypedError::NotANumber(Count)));
        assert_eq!(read(Money, "9999999999999999"), Err(TypedError::TooLarge));
        assert_eq!(read(Money, "abc").unwrap_err().to_string(), "must be an amount such as 1,500 or 1,500.50");
        assert_eq!(read(Hours, "1,5").unwrap_err().to_string(), "uses a comma for decimals; write a point, such as 1.5");
        assert_eq!(read(Rate, "58.254321"), Ok(Some(58_254_321)));
        assert_eq!(read(Rate, "58.2543211"), Err(TypedError::TooManyDecimals(Rate)));
        assert_eq!(read(Percent, "12.5"), Ok(Some(1_250)));
        assert_eq!(read(Percent, "12.555").unwrap_err().to_string(), "can have at most 2 decimals");
    }

    const ALL_KINDS: [NumberKind; 6] =
        [NumberKind::Money, NumberKind::Hours, NumberKind::Score, NumberKind::Count, NumberKind::Percent, NumberKind::Rate];

    /// `n` with its thousands grouped, as the app writes hours ("1,234").
    fn grouped(n: u64) -> String {
        crate::report::hours_text(n as i64 * 100)
    }

    proptest! {
        /// Any amount written plainly or with its thousands grouped, with
        /// zero, one or two decimals, reads back as exactly its hundredths.
        #[test]
        fn a_written_amount_reads_back_exactly(whole in 0u64..10_000_000_000, cents in 0u64..100, style in 0u8..4) {
            let body = if style % 2 == 0 { whole.to_string() } else { grouped(whole) };
            let text = match style / 2 { 0 => format!("{body}.{cents:02}"), _ => body.clone() };
            let expected = if style / 2 == 0 { whole * 100 + cents } else { whole * 100 };
            prop_assert_eq!(read(NumberKind::Money, &text), Ok(Some(expected as i64)), "{}", text);
        }

        /// Whatever is typed, the rule answers (never panics) and, when it
        /// reads a value, the value is never negative and the text held only
        /// digits, grouping commas, one point and spaces around it.
        #[test]
        fn any_text_is_read_or_refused_never_misread(text in ".{0,24}", kind in 0usize..6) {
            let kind = ALL_KINDS[kind];
            if let Ok(Some(value)) = read(kind, &text) {
                prop_assert!(value >= 0);
                prop_assert!(text.trim().chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'), "{:?}", text);
                prop_assert!(text.matches('.').count() <= 1);
            }
        }

        /// A comma before the last one or two digits is always refused as a
        /// decimal comma, in every kind: "1,5" is never fifteen.
        #[test]
        fn a_decimal_comma_is_never_read_as_grouping(whole in 1u64..1000, tail in 0u64..100, two in any::<bool>(), kind in 0usize..6) {
            let kind = ALL_KINDS[kind];
            let text = if two { format!("{whole},{tail:02}") } else { format!("{whole},{}", tail % 10) };
            prop_assert_eq!(read(kind, &text), Err(TypedError::CommaAsDecimal));
        }
    }
}
