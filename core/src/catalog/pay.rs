//! A role's pay as its source states it, and as Pathway compares it with the
//! user's own: a month's gross pay with allowances and, in the Philippines,
//! the 13th-month pay spread over the year (as `profile::Pay` totals hers).
//!
//! Sources state pay on different bases (basic pay, pay with allowances, a
//! year's total, India's cost to company) and in different shapes (a band, a
//! range with no middle, or one average). [`SalaryBand::comparable`] is the
//! one conversion: Explore, Your fit, Costs & ROI, the plan document and the
//! CLI all read a role's pay through it, so they say the same figure.

use rust_decimal::Decimal;
use serde::Serialize;

pub use super::types::{Central, PayBasis};
use super::types::{Period, Provenance, SalaryBand, SalaryCountry};
use crate::money::Currency;

/// The shape a source gives pay in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum PayShape {
    /// Low, middle and high.
    Band,
    /// Low and high with no middle: Pathway takes the midpoint and says so.
    Range,
    /// One figure, usually an average: said as that one figure, never as a range.
    Single,
}

/// What the middle figure Pathway uses is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Middle {
    Median,
    Average,
    /// Halfway between a range's low and high (the source gives no middle).
    Midpoint,
}

/// How Pathway changed a source's figure to compare it with the user's pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum PayAdjustment {
    /// A Philippine monthly figure without the 13th-month pay: one twelfth added.
    ThirteenthMonthAdded,
    /// An Indian CTC: the employer's provident-fund share taken out.
    CtcToGross,
}

impl PayAdjustment {
    /// The rule behind the adjustment, with its own provenance.
    pub fn rule(self) -> Provenance {
        match self {
            PayAdjustment::ThirteenthMonthAdded => thirteenth_month_rule(),
            PayAdjustment::CtcToGross => ctc_rule(),
        }
    }
}

/// The 13th-month rule as DOLE states it: at least one twelfth of the basic
/// salary earned in the calendar year, for rank-and-file employees.
pub fn thirteenth_month_rule() -> Provenance {
    Provenance::Sourced {
        publisher: Some("DOLE Labor Advisory No. 12, Series of 2018".into()),
        source: "https://www.scribd.com/document/439682145/Notes-meeting-USL-pdf ; https://laborlaw.ph/13th-month-pay/".into(),
        as_of: "2018-12".into(),
        undated: false,
        confidence: Some("secondary".into()),
        note: Some(
            "DOLE Labor Advisory No. 12, Series of 2018 (a copy on Scribd): \"the minimum 13th month pay required by law shall not be less \
             than one-twelfth (1/12) of the total basic salary earned by an employee within a calendar year\"; Presidential Decree No. 851."
                .into(),
        ),
    }
}

/// Gross pay as a share of a CTC, and how that share was reached.
pub const CTC_GROSS_SHARE_PCT: u32 = 94;

/// Why a CTC is taken as 94% gross: an estimate with its method.
pub fn ctc_rule() -> Provenance {
    Provenance::Estimate {
        method: "A CTC holds the employer's provident-fund share, 12% of basic pay, which is not part of gross pay. With basic pay at \
                 half of the CTC, as in CiteHR's worked example (https://www.citehr.com/amp.php?t=409488: a CTC of 25,000 a month, \
                 basic 12,500, employer PF 1,500, gross 23,500), gross pay is 94% of the CTC. Gratuity, where a CTC counts it, is \
                 left in, so the figure is slightly high."
            .into(),
        note: None,
    }
}

/// A role's pay a month, comparable with the user's own total pay, in the
/// band's currency (major units, exact).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Comparable {
    pub low: Decimal,
    pub middle: Decimal,
    pub high: Decimal,
    pub shape: PayShape,
    pub middle_is: Middle,
    pub adjustment: Option<PayAdjustment>,
}

impl SalaryBand {
    /// The band's shape, or `None` when its figures fit none (a band with
    /// no middle and one end, say): `validate` refuses such a band.
    pub fn shape(&self) -> Option<PayShape> {
        match (self.low, self.median, self.high) {
            (Some(_), Some(_), Some(_)) => Some(PayShape::Band),
            (Some(_), None, Some(_)) => Some(PayShape::Range),
            (None, Some(_), None) => Some(PayShape::Single),
            _ => None,
        }
    }

    /// Low, middle and high as the source states them, for its period.
    pub fn stated(&self) -> Option<(Decimal, Decimal, Decimal, Middle)> {
        let middle_is = match self.central {
            Central::Median => Middle::Median,
            Central::Average => Middle::Average,
        };
        match (self.low, self.median, self.high) {
            (Some(low), Some(middle), Some(high)) => Some((low, middle, high, middle_is)),
            (Some(low), None, Some(high)) => Some((low, (low + high) / Decimal::TWO, high, Middle::Midpoint)),
            (None, Some(single), None) => Some((single, single, single, middle_is)),
            _ => None,
        }
    }

    /// The band a month, on the user's basis. Exact: nothing is rounded here.
    pub fn comparable(&self) -> Option<Comparable> {
        let (low, middle, high, middle_is) = self.stated()?;
        let ((times, per), adjustment) = basis_factor(self.country, self.period, self.basis);
        let months = if self.period == Period::Year { 12 } else { 1 };
        // Multiplied before it is divided, once, so 18,000 × 13 ÷ 12 is 19,500 exactly.
        let monthly = |x: Decimal| x * Decimal::from(times) / Decimal::from(per * months);
        Some(Comparable { low: monthly(low), middle: monthly(middle), high: monthly(high), shape: self.shape()?, middle_is, adjustment })
    }
}

/// What a figure on `basis` is multiplied by, as a fraction, to compare with the user's pay.
fn basis_factor(country: SalaryCountry, period: Period, basis: PayBasis) -> ((u32, u32), Option<PayAdjustment>) {
    match (country, period, basis) {
        // A Philippine month's pay leaves out the 13th month that hers counts.
        (SalaryCountry::Ph, Period::Month, PayBasis::Base | PayBasis::BaseAndAllowances)
        | (SalaryCountry::Ph, Period::Year, PayBasis::Base) => ((13, 12), Some(PayAdjustment::ThirteenthMonthAdded)),
        (SalaryCountry::In, _, PayBasis::Ctc) => ((CTC_GROSS_SHARE_PCT, 100), Some(PayAdjustment::CtcToGross)),
        _ => ((1, 1), None),
    }
}

impl SalaryCountry {
    /// Whose pay figures matter to the user: her country's, else those of
    /// the country whose currency she earns in; the Philippines when neither says.
    pub fn of_user(country: Option<crate::profile::Country>, currency: Currency) -> SalaryCountry {
        use crate::profile::Country;
        match (country, currency) {
            (Some(Country::Ph), _) => SalaryCountry::Ph,
            (Some(Country::In), _) => SalaryCountry::In,
            (Some(Country::Us), _) => SalaryCountry::Us,
            (_, Currency::Inr) => SalaryCountry::In,
            (_, Currency::Usd) => SalaryCountry::Us,
            (_, Currency::Php) => SalaryCountry::Ph,
        }
    }
}

/// A role's pay in one country as a screen, the paper or the CLI shows it:
/// a month, in minor units of the country's currency, on the user's basis.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RolePay {
    pub role: String,
    pub country: SalaryCountry,
    pub currency: Currency,
    pub low: i64,
    pub middle: i64,
    pub high: i64,
    pub shape: PayShape,
    pub middle_is: Middle,
    pub basis: PayBasis,
    /// The period the source states (a year's figure is shown a month).
    pub period: Period,
    pub adjustment: Option<PayAdjustment>,
    /// The rule behind the adjustment, when there is one.
    pub adjustment_provenance: Option<Provenance>,
    pub provenance: Provenance,
}

impl RolePay {
    pub fn of(role: &str, band: &SalaryBand) -> Option<RolePay> {
        let pay = band.comparable()?;
        let minor = crate::money::minor_units;
        Some(RolePay {
            role: role.to_string(),
            country: band.country,
            currency: band.currency,
            low: minor(pay.low),
            middle: minor(pay.middle),
            high: minor(pay.high),
            shape: pay.shape,
            middle_is: pay.middle_is,
            basis: band.basis,
            period: band.period,
            adjustment: pay.adjustment,
            adjustment_provenance: pay.adjustment.map(PayAdjustment::rule),
            provenance: band.provenance.clone(),
        })
    }
}

/// Every role's pay in every country the catalog has a figure for.
pub fn all_role_pay(catalog: &super::Catalog) -> Vec<RolePay> {
    catalog.roles.iter().flat_map(|role| role.salaries.iter().filter_map(|band| RolePay::of(&role.id, band))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    fn band(country: SalaryCountry, period: Period, basis: PayBasis, figures: [Option<&str>; 3]) -> SalaryBand {
        SalaryBand {
            country,
            currency: super::super::currency_of(country),
            period,
            basis,
            low: figures[0].map(d),
            median: figures[1].map(d),
            high: figures[2].map(d),
            central: Central::Median,
            shared_because: None,
            falls_because: None,
            provenance: Provenance::Estimate { method: "a test".into(), note: None },
        }
    }

    #[test]
    fn a_philippine_basic_pay_gains_the_13th_month_hers_counts() {
        let pay =
            band(SalaryCountry::Ph, Period::Month, PayBasis::Base, [Some("18000"), Some("24000"), Some("30000")]).comparable().unwrap();
        assert_eq!((pay.low, pay.middle, pay.high), (d("19500"), d("26000"), d("32500")));
        assert_eq!(pay.adjustment, Some(PayAdjustment::ThirteenthMonthAdded));
    }

    #[test]
    fn a_years_total_is_divided_by_twelve_and_nothing_is_added() {
        let pay = band(SalaryCountry::Ph, Period::Year, PayBasis::Total, [None, Some("390000"), None]).comparable().unwrap();
        assert_eq!((pay.low, pay.middle, pay.high, pay.shape), (d("32500"), d("32500"), d("32500"), PayShape::Single));
        assert_eq!(pay.adjustment, None);
    }

    #[test]
    fn a_range_without_a_middle_takes_its_midpoint_and_says_so() {
        let pay = band(SalaryCountry::Us, Period::Year, PayBasis::NotStated, [Some("50000"), None, Some("70000")]).comparable().unwrap();
        assert_eq!((pay.middle, pay.middle_is, pay.shape), (d("5000"), Middle::Midpoint, PayShape::Range));
    }

    #[test]
    fn an_indian_ctc_is_taken_as_94_percent_gross() {
        let pay =
            band(SalaryCountry::In, Period::Year, PayBasis::Ctc, [Some("300000"), Some("420000"), Some("600000")]).comparable().unwrap();
        assert_eq!((pay.low, pay.middle, pay.high), (d("23500"), d("32900"), d("47000")));
        assert_eq!(pay.adjustment, Some(PayAdjustment::CtcToGross));
    }

    #[test]
    fn elsewhere_a_basis_changes_nothing() {
        for basis in [PayBasis::Base, PayBasis::BaseAndAllowances, PayBasis::Total, PayBasis::NotStated] {
            let pay = band(SalaryCountry::Us, Period::Month, basis, [Some("1"), Some("2"), Some("3")]).comparable().unwrap();
            assert_eq!((pay.middle, pay.adjustment), (d("2"), None));
        }
    }

    #[test]
    fn a_band_of_no_known_shape_has_no_comparable_pay() {
        assert_eq!(band(SalaryCountry::Ph, Period::Month, PayBasis::Base, [Some("1"), Some("2"), None]).comparable(), None);
        assert_eq!(band(SalaryCountry::Ph, Period::Month, PayBasis::Base, [None, None, None]).shape(), None);
    }

    #[test]
    fn her_country_decides_whose_pay_is_hers_then_her_currency() {
        use crate::profile::Country;
        assert_eq!(SalaryCountry::of_user(Some(Country::In), Currency::Php), SalaryCountry::In);
        assert_eq!(SalaryCountry::of_user(Some(Country::Other), Currency::Usd), SalaryCountry::Us);
        assert_eq!(SalaryCountry::of_user(None, Currency::Inr), SalaryCountry::In);
        assert_eq!(SalaryCountry::of_user(None, Currency::Php), SalaryCountry::Ph);
    }

    #[test]
    fn role_pay_is_in_minor_units_rounded_once() {
        let pay =
            RolePay::of("r", &band(SalaryCountry::Ph, Period::Year, PayBasis::Total, [Some("100000"), Some("100001"), Some("100002")]))
                .unwrap();
        assert_eq!((pay.low, pay.middle, pay.high), (833_333, 833_342, 833_350));
    }
}
