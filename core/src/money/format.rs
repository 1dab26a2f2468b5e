//! Formats minor units the way `Intl.NumberFormat` does for the currency's
//! home locale (en-PH, en-IN, en-US): symbol, grouping, two decimals.

use super::Currency;

/// `2500000, PHP` → `₱25,000.00`; `25000000, INR` → `₹2,50,000.00`.
pub fn format_money(minor: i64, currency: Currency) -> String {
    let per_major = currency.minor_per_major().unsigned_abs();
    let magnitude = minor.unsigned_abs();
    let (major, cents) = (magnitude / per_major, magnitude % per_major);
    let sign = if minor < 0 { "-" } else { "" };
    format!("{sign}{}{}.{cents:02}", currency.symbol(), group(major, currency))
}

/// Thousands separators: groups of three, except that Indian grouping puts
/// groups of two above the first thousand (1,00,000 is one lakh).
fn group(major: u64, currency: Currency) -> String {
    let digits = major.to_string();
    let (head, last_three) = digits.split_at(digits.len().saturating_sub(3));
    if head.is_empty() {
        return last_three.to_string();
    }
    let size = if currency == Currency::Inr { 2 } else { 3 };
    let mut groups: Vec<&str> = Vec::new();
    let mut end = head.len();
    while end > 0 {
        let start = end.saturating_sub(size);
        groups.push(&head[start..end]);
        end = start;
    }
    groups.reverse();
    format!("{},{last_three}", groups.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Cases {
        cases: Vec<Case>,
    }

    #[derive(serde::Deserialize)]
    struct Case {
        minor: i64,
        currency: Currency,
        text: String,
    }

    #[test]
    fn the_shared_formatting_cases_pass() {
        let cases: Cases = serde_json::from_str(include_str!("../../tests/data/money_format_cases.json")).unwrap();
        assert!(cases.cases.len() >= 15);
        for case in cases.cases {
            assert_eq!(format_money(case.minor, case.currency), case.text, "{} {}", case.minor, case.currency.code());
        }
    }

    #[test]
    fn the_extremes_do_not_overflow() {
        assert_eq!(format_money(i64::MIN, Currency::Usd), "-$92,233,720,368,547,758.08");
        assert_eq!(format_money(i64::MAX, Currency::Inr), "₹92,23,37,20,36,85,47,758.07");
    }
}
