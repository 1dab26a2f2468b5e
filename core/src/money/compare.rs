//! Side-by-side certification figures for Explore's Compare: cost in the
//! user's currency (first attempt, and expected with retakes) and renewals
//! over five years, from the cost calculator with the catalog's defaults.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;

use super::cost::{self, CertCost};
use super::Currency;
use crate::catalog::Catalog;

/// Five years, the span Compare shows renewal costs over.
pub const COMPARE_HORIZON_MONTHS: u32 = 60;

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub id: String,
    /// `None` when the catalog has no fee and the user gave none.
    pub cost: Option<CertCost>,
    pub note: Option<String>,
}

/// One comparison per id; a certification without a fee gets a note instead of a cost.
pub fn compare(catalog: &Catalog, ids: &[String], currency: Currency, usd_to_currency: Decimal) -> Vec<Comparison> {
    ids.iter()
        .map(|id| {
            let input = json!({
                "currency": currency.code(),
                "usd_to_currency": serde_json::value::RawValue::from_string(usd_to_currency.to_string()).ok(),
                "horizon_months": COMPARE_HORIZON_MONTHS,
                "certifications": [{"id": id, "exam_month": 1}],
            });
            match cost::parse(&input.to_string(), catalog) {
                Ok(checked) => Comparison { id: id.clone(), cost: cost::compute(&checked).certifications.into_iter().next(), note: None },
                Err(error) => Comparison { id: id.clone(), cost: None, note: Some(error.to_string()) },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn security_plus_over_five_years_includes_its_renewal() {
        let c = compare(Catalog::embedded(), &["comptia-security-plus".into(), "google-it-support-cert".into()], Currency::Php, Decimal::new(5944, 2));
        let sec = c[0].cost.as_ref().unwrap();
        assert_eq!(sec.usd.renewals, Decimal::from(150), "renewed in month 37 (1 + 36)");
        assert!(sec.local.first_attempt > Decimal::ZERO);
        assert!(c[1].cost.is_none() && c[1].note.as_deref().unwrap().contains("no figure"));
    }
}
