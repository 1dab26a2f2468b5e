//! The catalog's records, exactly as the files in `core/catalog/` hold them
//! (see `docs/catalog.md`). Unknown fields are refused, so a typo in a data
//! file fails the tests instead of silently dropping a figure.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Catalog money (fees, prices, salaries, exchange rates) as exact decimals.
/// The files keep JSON numbers; each is read from its text (never through
/// f64), so `1234.565` is 1234.565, and written back as a JSON number with
/// the same digits.
pub mod exact {
    use rust_decimal::Decimal;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use serde_json::value::RawValue;

    pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
        crate::money::input::serialize_decimal(value, serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        crate::money::input::decimal("", &raw)
            .map_err(|_| D::Error::custom(format!("expected an amount as a JSON number, got {}", raw.get())))
    }

    /// The same for an optional amount (`null` or absent is `None`).
    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(value: &Option<Decimal>, serializer: S) -> Result<S::Ok, S::Error> {
            match value {
                Some(value) => super::serialize(value, serializer),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Decimal>, D::Error> {
            let raw = Option::<Box<RawValue>>::deserialize(deserializer)?;
            raw.map(|raw| {
                crate::money::input::decimal("", &raw)
                    .map_err(|_| D::Error::custom(format!("expected an amount as a JSON number, got {}", raw.get())))
            })
            .transpose()
        }
    }
}

/// Where an outside figure comes from. Every figure has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Provenance {
    Sourced {
        /// One address, or several separated by " ; ".
        source: String,
        /// Who published the figure, in words ("PSA Occupational Wages Survey", "CompTIA store").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        publisher: Option<String>,
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date the figure applies to,
        /// from the page itself (its date, its address's, or a year its text
        /// names), never later than the source.
        as_of: String,
        /// The page gives no date at all: `as_of` is then when Pathway read
        /// it, the latest the figure can date from, and the app says so
        /// instead of giving the figure an age.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        undated: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confidence: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    Estimate {
        method: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The user's own figure (set in the app; never in the embedded files).
    User {
        /// RFC 3339 time the user entered it.
        entered_at: String,
    },
}

/// An amount in major units (at most two decimals) with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    #[ts(type = "number")]
    #[serde(with = "exact")]
    pub amount: Decimal,
    pub provenance: Provenance,
}

/// A range of hours, always an estimate or a sourced range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct HoursRange {
    pub low: f64,
    pub high: f64,
    pub provenance: Provenance,
}

/// A range without its own provenance (the record's provenance covers it).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub outlook: String,
    #[serde(default)]
    pub outlook_provenance: Option<Provenance>,
    pub bpo_skill_weights: BpoSkillWeights,
    pub first_role: String,
}

/// How much each transferable BPO skill helps in a domain (0–1, summing to 1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct BpoSkillWeights {
    pub communication: f64,
    pub problem_solving: f64,
    pub customer_service: f64,
    pub process_documentation: f64,
    pub team_collaboration: f64,
    pub adaptability: f64,
    pub time_management: f64,
}

impl BpoSkillWeights {
    pub fn values(&self) -> [(&'static str, f64); 7] {
        [
            ("communication", self.communication),
            ("problem_solving", self.problem_solving),
            ("customer_service", self.customer_service),
            ("process_documentation", self.process_documentation),
            ("team_collaboration", self.team_collaboration),
            ("adaptability", self.adaptability),
            ("time_management", self.time_management),
        ]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RoleLevel {
    Entry,
    Mid,
    Senior,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub domain: String,
    pub level: RoleLevel,
    pub title: String,
    pub summary: String,
    pub skills: Vec<SkillRequirement>,
    /// Recommended, in order. (A role has no hours of its own: they are
    /// the hours of the plan built for it, `plan::PlanHours`.)
    pub certifications: Vec<String>,
    #[serde(default)]
    pub salaries: Vec<SalaryBand>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SkillRequirement {
    pub skill: String,
    /// 0 awareness, 1 basic, 2 working, 3 advanced.
    pub level: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SalaryCountry {
    Ph,
    In,
    Us,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    Year,
}

/// What a pay figure counts, as its source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum PayBasis {
    /// Basic pay only: no allowances, no 13th-month pay.
    Base,
    /// Basic pay with regular allowances (the PSA's and the BLS's "wage").
    BaseAndAllowances,
    /// Everything paid in the period, the 13th-month pay and bonuses included
    /// (a year's total), or a figure the user gave as comparable with hers.
    Total,
    /// India's cost to company: gross pay plus the employer's provident-fund share.
    Ctc,
    /// The source does not say.
    NotStated,
}

/// What a band's middle figure is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Central {
    #[default]
    Median,
    Average,
}

impl Central {
    pub fn is_median(&self) -> bool {
        *self == Central::Median
    }
}

/// Gross pay for a role in one country, as its source states it: a band
/// (low, median, high), a range (low and high, no middle), or one figure
/// (`median` alone). How it compares with the user's own pay is
/// [`super::pay`]'s business.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SalaryBand {
    pub country: SalaryCountry,
    pub currency: crate::money::Currency,
    pub period: Period,
    /// What the figure counts: basic pay, pay with allowances, a year's total, or India's CTC.
    pub basis: PayBasis,
    #[ts(type = "number | null")]
    #[serde(with = "exact::option", default, skip_serializing_if = "Option::is_none")]
    pub low: Option<Decimal>,
    #[ts(type = "number | null")]
    #[serde(with = "exact::option", default, skip_serializing_if = "Option::is_none")]
    pub median: Option<Decimal>,
    #[ts(type = "number | null")]
    #[serde(with = "exact::option", default, skip_serializing_if = "Option::is_none")]
    pub high: Option<Decimal>,
    /// Whether the middle figure is a median or an average (most pay pages give averages).
    #[serde(default, skip_serializing_if = "Central::is_median")]
    pub central: Central,
    /// Why another role has the very same figures (one source for both): the
    /// checks refuse a shared band that does not say why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_because: Option<String>,
    /// Why this role pays less than every role a level below it in its domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub falls_because: Option<String>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: String,
    pub description: String,
    /// Hours from zero to reach levels 1, 2 and 3.
    pub hours_to_level: [Range; 3],
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum CertLevel {
    Foundational,
    Associate,
    Professional,
    Expert,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub id: String,
    pub name: String,
    pub vendor: String,
    pub domains: Vec<String>,
    pub level: CertLevel,
    /// Per exam; `None` when no figure exists.
    pub exam_fee_usd: Option<Amount>,
    /// How many exams; 0 for a certificate earned through coursework alone.
    pub exams: u32,
    #[serde(default)]
    pub validity_years: Option<u32>,
    pub renewal: Renewal,
    #[serde(default)]
    pub prep_hours: Option<HoursRange>,
    /// Certifications the vendor requires first: a plan schedules them before this one.
    #[serde(default)]
    pub prerequisites: Vec<String>,
    /// Certifications the vendor recommends first: shown, and offered, never scheduled unasked.
    #[serde(default)]
    pub recommended: Vec<String>,
    pub status: Status,
}

/// How a certification stays valid. Read through [`RenewalFields`], because
/// serde's internally tagged enums buffer numbers as f64.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Renewal {
    Lifetime {
        provenance: Provenance,
    },
    AnnualFee {
        #[ts(type = "number")]
        #[serde(with = "exact")]
        fee_usd: Decimal,
        provenance: Provenance,
    },
    CycleFee {
        #[ts(type = "number")]
        #[serde(with = "exact")]
        fee_usd: Decimal,
        every_years: u32,
        provenance: Provenance,
    },
    ReExam {
        every_years: u32,
        provenance: Provenance,
    },
    FreeAssessment {
        every_years: u32,
        provenance: Provenance,
    },
    Unknown {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

/// Every field a renewal rule may have; [`Renewal`]'s reader checks which
/// its kind needs and refuses the rest.
#[derive(Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
struct RenewalFields {
    kind: String,
    #[ts(type = "number | null")]
    #[serde(default, with = "exact::option")]
    fee_usd: Option<Decimal>,
    #[serde(default)]
    every_years: Option<u32>,
    #[serde(default)]
    provenance: Option<Provenance>,
    #[serde(default)]
    note: Option<String>,
}

impl<'de> Deserialize<'de> for Renewal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Renewal, D::Error> {
        use serde::de::Error;
        let f = RenewalFields::deserialize(deserializer)?;
        let kind = f.kind.as_str();
        let required = |name: &'static str| D::Error::custom(format!("renewal kind {kind:?} needs `{name}`"));
        let refused = |name: &'static str| D::Error::custom(format!("unknown field `{name}` for renewal kind {kind:?}"));
        let (fee, years) = match kind {
            "lifetime" | "unknown" => (false, false),
            "annual_fee" => (true, false),
            "cycle_fee" => (true, true),
            "re_exam" | "free_assessment" => (false, true),
            other => {
                return Err(D::Error::unknown_variant(
                    other,
                    &["lifetime", "annual_fee", "cycle_fee", "re_exam", "free_assessment", "unknown"],
                ))
            }
        };
        if !fee && f.fee_usd.is_some() {
            return Err(refused("fee_usd"));
        }
        if !years && f.every_years.is_some() {
            return Err(refused("every_years"));
        }
        if kind == "unknown" {
            return match f.provenance {
                Some(_) => Err(refused("provenance")),
                None => Ok(Renewal::Unknown { note: f.note }),
            };
        }
        if f.note.is_some() {
            return Err(refused("note"));
        }
        let provenance = f.provenance.ok_or_else(|| required("provenance"))?;
        let fee_usd = || f.fee_usd.ok_or_else(|| required("fee_usd"));
        let every_years = || f.every_years.ok_or_else(|| required("every_years"));
        Ok(match kind {
            "lifetime" => Renewal::Lifetime { provenance },
            "annual_fee" => Renewal::AnnualFee { fee_usd: fee_usd()?, provenance },
            "cycle_fee" => Renewal::CycleFee { fee_usd: fee_usd()?, every_years: every_years()?, provenance },
            "re_exam" => Renewal::ReExam { every_years: every_years()?, provenance },
            _ => Renewal::FreeAssessment { every_years: every_years()?, provenance },
        })
    }
}

impl Renewal {
    pub fn provenance(&self) -> Option<&Provenance> {
        match self {
            Renewal::Lifetime { provenance }
            | Renewal::AnnualFee { provenance, .. }
            | Renewal::CycleFee { provenance, .. }
            | Renewal::ReExam { provenance, .. }
            | Renewal::FreeAssessment { provenance, .. } => Some(provenance),
            Renewal::Unknown { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
#[ts(rename = "CertificationStatus")]
pub enum Status {
    Active,
    Retiring { date: String },
    Discontinued { date: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TrainingKind {
    SelfStudy,
    Course,
    CourseSubscription,
    LabPlatform,
    Bootcamp,
    Degree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Billing {
    OneOff,
    Monthly,
    Yearly,
}

/// A single price, or a range. Read through [`PriceFields`], because serde's
/// untagged enums buffer numbers as f64.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ts_rs::TS)]
#[serde(untagged)]
pub enum Price {
    Amount {
        #[ts(type = "number")]
        #[serde(with = "exact")]
        amount: Decimal,
    },
    Range {
        #[ts(type = "number")]
        #[serde(with = "exact")]
        low: Decimal,
        #[ts(type = "number")]
        #[serde(with = "exact")]
        high: Decimal,
    },
}

#[derive(Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
struct PriceFields {
    #[ts(type = "number | null")]
    #[serde(default, with = "exact::option")]
    amount: Option<Decimal>,
    #[ts(type = "number | null")]
    #[serde(default, with = "exact::option")]
    low: Option<Decimal>,
    #[ts(type = "number | null")]
    #[serde(default, with = "exact::option")]
    high: Option<Decimal>,
}

impl<'de> Deserialize<'de> for Price {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Price, D::Error> {
        match PriceFields::deserialize(deserializer)? {
            PriceFields { amount: Some(amount), low: None, high: None } => Ok(Price::Amount { amount }),
            PriceFields { amount: None, low: Some(low), high: Some(high) } => Ok(Price::Range { low, high }),
            _ => Err(serde::de::Error::custom("a price is {\"amount\": n} or {\"low\": a, \"high\": b}")),
        }
    }
}

impl Price {
    pub fn low(&self) -> Decimal {
        match *self {
            Price::Amount { amount } => amount,
            Price::Range { low, .. } => low,
        }
    }

    pub fn high(&self) -> Decimal {
        match *self {
            Price::Amount { amount } => amount,
            Price::Range { high, .. } => high,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct TrainingOption {
    pub id: String,
    pub name: String,
    pub kind: TrainingKind,
    pub price_usd: Price,
    pub billing: Billing,
    pub provenance: Provenance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ExchangeRate {
    pub from: crate::money::Currency,
    pub to: crate::money::Currency,
    /// One `from` in `to`, exact.
    #[ts(type = "number")]
    #[serde(with = "exact")]
    pub rate: Decimal,
    pub provenance: Provenance,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    const ESTIMATE: &str = r#"{"kind": "estimate", "method": "a worked example"}"#;

    #[test]
    fn catalog_money_is_read_exactly_from_the_numbers_text() {
        let fee: Amount = serde_json::from_str(&format!(r#"{{"amount": 1.005, "provenance": {ESTIMATE}}}"#)).unwrap();
        assert_eq!(fee.amount, d("1.005"));
        assert_eq!(crate::money::minor_units(fee.amount), 101, "through f64, 1.005 is 1.00499… and 100 cents");
        let band: SalaryBand = serde_json::from_str(&format!(
            r#"{{"country": "ph", "currency": "PHP", "period": "year", "basis": "base", "low": 1234.565, "median": 0.1, "high": 0.2, "provenance": {ESTIMATE}}}"#
        ))
        .unwrap();
        assert_eq!(crate::money::minor_units(band.low.unwrap()), 123_457);
        assert_eq!(band.median.unwrap() + band.high.unwrap(), d("0.3"), "0.1 + 0.2 is 0.3, not 0.30000000000000004");
        let rate: ExchangeRate =
            serde_json::from_str(&format!(r#"{{"from": "USD", "to": "PHP", "rate": 58.123456, "provenance": {ESTIMATE}}}"#)).unwrap();
        assert_eq!(rate.rate, d("58.123456"));
    }

    #[test]
    fn renewal_fees_and_prices_are_exact_too_inside_tagged_and_untagged_shapes() {
        let renewal: Renewal =
            serde_json::from_str(&format!(r#"{{"kind": "cycle_fee", "fee_usd": 0.1, "every_years": 3, "provenance": {ESTIMATE}}}"#))
                .unwrap();
        let Renewal::CycleFee { fee_usd, every_years: 3, .. } = renewal else { panic!("{renewal:?}") };
        assert_eq!(fee_usd * Decimal::from(3), d("0.3"));
        assert!(matches!(serde_json::from_str::<Renewal>(r#"{"kind": "unknown"}"#).unwrap(), Renewal::Unknown { note: None }));
        let price: Price = serde_json::from_str(r#"{"low": 0.1, "high": 0.2}"#).unwrap();
        assert_eq!(price.low() + price.high(), d("0.3"));
        assert_eq!(serde_json::from_str::<Price>(r#"{"amount": 1234.565}"#).unwrap().low(), d("1234.565"));
    }

    #[test]
    fn shapes_the_files_may_not_have_are_still_refused() {
        let refused = |json: &str| serde_json::from_str::<Renewal>(json).unwrap_err().to_string();
        assert!(refused(&format!(r#"{{"kind": "lifetime", "fee_usd": 5, "provenance": {ESTIMATE}}}"#)).contains("unknown field `fee_usd`"));
        assert!(refused(r#"{"kind": "annual_fee", "fee_usd": 5}"#).contains("needs `provenance`"));
        assert!(refused(&format!(r#"{{"kind": "annual_fee", "provenance": {ESTIMATE}}}"#)).contains("needs `fee_usd`"));
        assert!(refused(r#"{"kind": "forever"}"#).contains("unknown variant"));
        assert!(refused(r#"{"kind": "unknown", "colour": 1}"#).contains("unknown field"));
        assert!(refused(&format!(r#"{{"kind": "annual_fee", "fee_usd": "5", "provenance": {ESTIMATE}}}"#)).contains("as a JSON number"));
        assert!(serde_json::from_str::<Price>(r#"{"amount": 1, "low": 0, "high": 2}"#).is_err());
        assert!(serde_json::from_str::<Price>(r#"{"low": 1}"#).is_err());
        assert!(serde_json::from_str::<Amount>(&format!(r#"{{"amount": 1, "provenance": {ESTIMATE}, "x": 0}}"#)).is_err());
    }

    #[test]
    fn catalog_money_is_written_back_with_the_same_digits() {
        let fee: Amount = serde_json::from_str(&format!(r#"{{"amount": 1234.565, "provenance": {ESTIMATE}}}"#)).unwrap();
        let json = serde_json::to_string(&fee).unwrap();
        assert!(json.starts_with(r#"{"amount":1234.565,"#), "{json}");
        assert_eq!(serde_json::from_str::<Amount>(&json).unwrap(), fee);
        let renewal = Renewal::AnnualFee { fee_usd: d("0.10"), provenance: fee.provenance.clone() };
        assert!(serde_json::to_string(&renewal).unwrap().starts_with(r#"{"kind":"annual_fee","fee_usd":0.10,"#));
        assert_eq!(serde_json::to_string(&Price::Range { low: d("39"), high: d("89.5") }).unwrap(), r#"{"low":39,"high":89.5}"#);
    }
}
