//! The catalog's records, exactly as the files in `core/catalog/` hold them
//! (see `docs/catalog.md`). Unknown fields are refused, so a typo in a data
//! file fails the tests instead of silently dropping a figure.

use serde::{Deserialize, Serialize};

/// Where an outside figure comes from. Every figure has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Provenance {
    Sourced {
        /// One address, or several separated by " ; ".
        source: String,
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        as_of: String,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    pub amount: f64,
    pub provenance: Provenance,
}

/// A range of hours, always an estimate or a sourced range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursRange {
    pub low: f64,
    pub high: f64,
    pub provenance: Provenance,
}

/// A range without its own provenance (the record's provenance covers it).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleLevel {
    Entry,
    Mid,
    Senior,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillRequirement {
    pub skill: String,
    /// 0 awareness, 1 basic, 2 working, 3 advanced.
    pub level: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SalaryCountry {
    Ph,
    In,
    Us,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    Year,
}

/// Gross pay for a role in one country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryBand {
    pub country: SalaryCountry,
    pub currency: crate::money::Currency,
    pub period: Period,
    pub low: f64,
    pub median: f64,
    pub high: f64,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertLevel {
    Foundational,
    Associate,
    Professional,
    Expert,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(default)]
    pub prerequisites: Vec<String>,
    pub status: Status,
}

/// How a certification stays valid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Renewal {
    Lifetime { provenance: Provenance },
    AnnualFee { fee_usd: f64, provenance: Provenance },
    CycleFee { fee_usd: f64, every_years: u32, provenance: Provenance },
    ReExam { every_years: u32, provenance: Provenance },
    FreeAssessment { every_years: u32, provenance: Provenance },
    Unknown {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
pub enum Status {
    Active,
    Retiring { date: String },
    Discontinued { date: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingKind {
    SelfStudy,
    Course,
    CourseSubscription,
    LabPlatform,
    Bootcamp,
    Degree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Billing {
    OneOff,
    Monthly,
    Yearly,
}

/// A single price, or a range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Price {
    Amount { amount: f64 },
    Range { low: f64, high: f64 },
}

impl Price {
    pub fn low(&self) -> f64 {
        match *self {
            Price::Amount { amount } => amount,
            Price::Range { low, .. } => low,
        }
    }

    pub fn high(&self) -> f64 {
        match *self {
            Price::Amount { amount } => amount,
            Price::Range { high, .. } => high,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExchangeRate {
    pub from: crate::money::Currency,
    pub to: crate::money::Currency,
    pub rate: f64,
    pub provenance: Provenance,
}
