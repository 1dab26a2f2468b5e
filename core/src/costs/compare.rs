//! Side-by-side certification figures for Explore's Compare: cost in the
//! user's currency (first attempt, and expected with retakes) and renewals
//! over five years, from the cost calculator with the catalog's defaults.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;

use super::cost::{self, CertCost};
use crate::catalog::Catalog;
use crate::money::Currency;

/// Compare counts renewals over five years after an exam in month 1: the
/// fifth yearly renewal falls in month 61.
pub const COMPARE_HORIZON_MONTHS: u32 = 61;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Comparison {
    pub id: String,
    /// `None` when the catalog has no fee and the user gave none.
    pub cost: Option<CertCost>,
    pub note: Option<String>,
    /// The hours a plan's step for this certification counts (review and
    /// practice exams: the skill steps hold the study), × 100; none when
    /// the catalog has no such certification.
    pub plan_step_hundredths: Option<i64>,
    /// One renewal's fee (a year's or a cycle's) in the currency, rounded to
    /// the minor unit; none when the renewal has no fee of its own.
    #[ts(type = "number | null")]
    #[serde(with = "crate::catalog::exact::option")]
    pub renewal_fee_local: Option<Decimal>,
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
            let plan_step_hundredths = catalog.certification(id).map(|cert| crate::plan::exam_review_hours(cert).0);
            let renewal_fee_local = catalog.certification(id).and_then(|cert| match cert.renewal {
                crate::catalog::Renewal::AnnualFee { fee_usd, .. } | crate::catalog::Renewal::CycleFee { fee_usd, .. } => {
                    Some(crate::money::input::round_minor(fee_usd * usd_to_currency))
                }
                _ => None,
            });
            match cost::parse(&input.to_string(), catalog) {
                Ok(checked) => Comparison {
                    id: id.clone(),
                    cost: cost::compute(&checked).certifications.into_iter().next(),
                    note: None,
                    plan_step_hundredths,
                    renewal_fee_local,
                },
                Err(error) => {
                    Comparison { id: id.clone(), cost: None, note: Some(error.to_string()), plan_step_hundredths, renewal_fee_local }
                }
            }
        })
        .collect()
}

/// The USD→currency rate in use (the user's own when given), and the
/// comparison at it, over the catalog with the user's figures applied.
pub fn compare_effective(
    embedded: &Catalog,
    figures: &[crate::catalog::UserFigure],
    ids: &[String],
    currency: Currency,
) -> Result<Vec<Comparison>, String> {
    let rate = if currency == Currency::Usd {
        Decimal::ONE
    } else {
        crate::catalog::effective_rates(embedded, figures)
            .into_iter()
            .find(|r| r.from == Currency::Usd && r.to == currency)
            .and_then(|r| r.rate.parse().ok())
            .ok_or_else(|| format!("no USD→{} exchange rate", currency.code()))?
    };
    Ok(compare(&embedded.with_user_figures(figures), ids, currency, rate))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn security_plus_over_five_years_includes_its_renewal() {
        let c = compare(
            Catalog::embedded(),
            &["comptia-security-plus".into(), "google-it-support-cert".into()],
            Currency::Php,
            Decimal::new(5944, 2),
        );
        let sec = c[0].cost.as_ref().unwrap();
        assert_eq!(sec.usd.renewals, Decimal::from(150), "renewed in month 37 (1 + 36); month 73 is past five years");
        assert!(sec.local.first_attempt > Decimal::ZERO);
        assert!(c[1].cost.is_none() && c[1].note.as_deref().unwrap().contains("no figure"));
    }

    /// Issue 18: Explore quotes the hours a plan's step for the certification counts.
    #[test]
    fn the_plan_step_is_the_one_a_plan_builds_for_the_certification() {
        use crate::plan::{build_milestones, BuildInput};
        let catalog = Catalog::embedded();
        for cert in &catalog.certifications {
            let c = compare(catalog, std::slice::from_ref(&cert.id), Currency::Usd, Decimal::ONE);
            let plan =
                build_milestones(&BuildInput { catalog, role: None, certifications: std::slice::from_ref(&cert.id), known_skills: None });
            let step = plan.iter().find(|m| m.exam.as_deref() == Some(cert.id.as_str())).unwrap();
            assert_eq!(c[0].plan_step_hundredths, Some(step.hours_hundredths), "{}", cert.id);
            if let Some(prep) = &cert.prep_hours {
                assert!((step.hours_hundredths as f64) < prep.low * 100.0, "{}: the step is review, less than the preparation", cert.id);
            }
        }
        assert_eq!(compare(catalog, &["no-such-cert".into()], Currency::Usd, Decimal::ONE)[0].plan_step_hundredths, None);
    }
}

#[cfg(test)]
mod five_years {
    use super::*;

    #[test]
    fn an_annual_fee_counts_five_times_in_five_years() {
        let isc2 =
            Catalog::embedded().certifications.iter().find(|c| matches!(c.renewal, crate::catalog::Renewal::AnnualFee { .. })).unwrap();
        let c = compare(Catalog::embedded(), std::slice::from_ref(&isc2.id), Currency::Usd, Decimal::ONE);
        let renewals = c[0].cost.as_ref().unwrap().events.iter().filter(|e| e.kind == crate::costs::cost::EventKind::Renewal).count();
        assert_eq!(renewals, 5, "months 13, 25, 37, 49 and 61");
    }
}
