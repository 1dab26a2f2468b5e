//! The total cost of certifications: first attempts, expected retakes,
//! training, labs and renewals within the horizon, less what the employer
//! sponsors, as dated cost events the ROI takes as one-off costs.
//!
//! Each event is computed exactly in USD, converted at the rate, and rounded
//! to the currency's minor unit; local figures and totals are sums of those
//! rounded events. USD figures are rounded to the cent for display only.
//! Fields left out of an item are taken from the catalog for its id.

use rust_decimal::prelude::*;
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, HoursRange, Renewal as CatalogRenewal};
use crate::money::input::{number, round_minor, serialize_decimal, whole, InputError, Raw};
use crate::money::Currency;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostInputJson {
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub usd_to_currency: Raw,
    #[serde(default)]
    pub horizon_months: Raw,
    #[serde(default)]
    pub sponsorship: SponsorshipJson,
    #[serde(default)]
    pub certifications: Option<Vec<CertJson>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SponsorshipJson {
    #[serde(default)]
    pub pct: Raw,
    #[serde(default)]
    pub bond_months: Raw,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertJson {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub exam_fee_usd: Raw,
    #[serde(default)]
    pub exams: Raw,
    #[serde(default)]
    pub retake_fee_usd: Raw,
    #[serde(default)]
    pub pass_probability: Raw,
    #[serde(default)]
    pub max_attempts: Raw,
    #[serde(default)]
    pub training_usd: Raw,
    #[serde(default)]
    pub training_month: Raw,
    #[serde(default)]
    pub lab_monthly_usd: Raw,
    #[serde(default)]
    pub lab_months: Raw,
    #[serde(default)]
    pub exam_month: Raw,
    #[serde(default)]
    pub renewal: Option<RenewalJson>,
}

/// `{kind: annual_fee, fee_usd}`, `{kind: cycle_fee, fee_usd, every_years}`,
/// `{kind: re_exam, every_years}` or `{kind: none}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenewalJson {
    pub kind: String,
    #[serde(default)]
    pub fee_usd: Raw,
    #[serde(default)]
    pub every_years: Raw,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Renewal {
    AnnualFee {
        fee_usd: Decimal,
    },
    CycleFee {
        fee_usd: Decimal,
        every_years: u32,
    },
    ReExam {
        every_years: u32,
    },
    None,
    /// The catalog does not know the rule: no renewal cost is counted, and
    /// the result says it is unknown rather than free.
    Unknown,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CertInput {
    pub id: String,
    pub exam_fee_usd: Decimal,
    pub exams: u32,
    pub retake_fee_usd: Decimal,
    pub pass_probability: Decimal,
    pub max_attempts: u32,
    pub training_usd: Decimal,
    pub training_month: u32,
    pub lab_monthly_usd: Decimal,
    pub lab_months: u32,
    pub exam_month: u32,
    pub renewal: Renewal,
    pub prep_hours: Option<HoursRange>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CostInput {
    pub currency: Currency,
    pub usd_to_currency: Decimal,
    pub horizon: u32,
    pub sponsorship_pct: Decimal,
    pub bond_months: u32,
    pub certifications: Vec<CertInput>,
}

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

const MAX_FEE: i64 = 20_000;

impl CostInputJson {
    pub fn check(&self, catalog: &Catalog) -> Result<CostInput, InputError> {
        let code = self.currency.as_deref().ok_or_else(|| InputError::new("currency", "is required"))?;
        let currency =
            Currency::from_code(code).ok_or_else(|| InputError::new("currency", format!("must be PHP, INR or USD, got {code:?}")))?;
        let rate = number("usd_to_currency", &self.usd_to_currency, None, Decimal::ZERO, d(1_000_000))?;
        if rate <= Decimal::ZERO || rate.scale() > 6 {
            return Err(InputError::new("usd_to_currency", "must be greater than 0, with at most 6 decimals"));
        }
        let horizon = whole("horizon_months", &self.horizon_months, Some(60), 1, 600)?;
        let items = self.certifications.as_ref().ok_or_else(|| InputError::new("certifications", "is required"))?;
        let certifications = items.iter().enumerate().map(|(i, c)| c.check(i, horizon, catalog)).collect::<Result<_, _>>()?;
        Ok(CostInput {
            currency,
            usd_to_currency: rate,
            horizon,
            sponsorship_pct: number("sponsorship.pct", &self.sponsorship.pct, Some(Decimal::ZERO), d(0), d(100))?,
            bond_months: whole("sponsorship.bond_months", &self.sponsorship.bond_months, Some(0), 0, 120)?,
            certifications,
        })
    }
}

impl CertJson {
    fn check(&self, index: usize, horizon: u32, catalog: &Catalog) -> Result<CertInput, InputError> {
        let at = |field: &str| format!("certifications[{index}].{field}");
        let id = self.id.as_deref().filter(|id| !id.is_empty()).ok_or_else(|| InputError::new(at("id"), "is required"))?;
        let known = catalog.certification(id);
        let missing = |field: &str| {
            let why = match known {
                Some(_) => format!("the catalog has no figure for {id}; give one"),
                None => format!("{id} is not in the catalog, so this field is required"),
            };
            InputError::new(at(field), why)
        };
        let fee = |field: &str, raw: &Raw, default: Option<Decimal>| number(&at(field), raw, default, Decimal::ZERO, d(MAX_FEE));
        let catalog_fee = known.and_then(|c| c.exam_fee_usd.as_ref()).map(|f| round_minor(f.amount));
        let exam_fee_usd = match (&self.exam_fee_usd, catalog_fee) {
            (None, None) => return Err(missing("exam_fee_usd")),
            (raw, default) => fee("exam_fee_usd", raw, default)?,
        };
        let exams = match (&self.exams, known) {
            (None, None) => return Err(missing("exams")),
            (None, Some(c)) if c.exams == 0 => {
                return Err(InputError::new(
                    at("exams"),
                    format!("{id} is earned by coursework, with no exam; give exams (a whole number from 1 to 10) to cost one"),
                ))
            }
            (None, Some(c)) => c.exams.min(10),
            (raw, _) => whole(&at("exams"), raw, None, 1, 10)?,
        };
        let pass_probability = number(&at("pass_probability"), &self.pass_probability, Some(Decimal::new(7, 1)), d(0), d(1))?;
        if pass_probability.is_zero() {
            return Err(InputError::new(at("pass_probability"), "must be greater than 0 and at most 1, got 0"));
        }
        let renewal = match (&self.renewal, known) {
            (Some(json), _) => json.check(&at("renewal"))?,
            (None, Some(c)) => from_catalog(&c.renewal),
            (None, None) => return Err(missing("renewal")),
        };
        Ok(CertInput {
            id: id.to_string(),
            retake_fee_usd: fee("retake_fee_usd", &self.retake_fee_usd, Some(exam_fee_usd))?,
            exam_fee_usd,
            exams,
            pass_probability,
            max_attempts: whole(&at("max_attempts"), &self.max_attempts, Some(3), 1, 10)?,
            training_usd: number(&at("training_usd"), &self.training_usd, Some(Decimal::ZERO), Decimal::ZERO, d(1_000_000))?,
            training_month: whole(&at("training_month"), &self.training_month, Some(1), 1, horizon)?,
            lab_monthly_usd: fee("lab_monthly_usd", &self.lab_monthly_usd, Some(Decimal::ZERO))?,
            lab_months: whole(&at("lab_months"), &self.lab_months, Some(0), 0, 600)?,
            exam_month: whole(&at("exam_month"), &self.exam_month, None, 1, horizon)?,
            renewal,
            prep_hours: known.and_then(|c| c.prep_hours.clone()),
        })
    }
}

impl RenewalJson {
    fn check(&self, at: &str) -> Result<Renewal, InputError> {
        let fee = || number(&format!("{at}.fee_usd"), &self.fee_usd, None, Decimal::ZERO, d(MAX_FEE));
        let years = || whole(&format!("{at}.every_years"), &self.every_years, None, 1, 10);
        match self.kind.as_str() {
            "annual_fee" => Ok(Renewal::AnnualFee { fee_usd: fee()? }),
            "cycle_fee" => Ok(Renewal::CycleFee { fee_usd: fee()?, every_years: years()? }),
            "re_exam" => Ok(Renewal::ReExam { every_years: years()? }),
            "none" => Ok(Renewal::None),
            other => Err(InputError::new(format!("{at}.kind"), format!("must be annual_fee, cycle_fee, re_exam or none, got {other:?}"))),
        }
    }
}

/// The catalog's renewal rule as a cost. Lifetime, free assessments and
/// rules nobody could source cost nothing here (the catalog shows which).
fn from_catalog(renewal: &CatalogRenewal) -> Renewal {
    let usd = round_minor;
    match *renewal {
        CatalogRenewal::AnnualFee { fee_usd, .. } => Renewal::AnnualFee { fee_usd: usd(fee_usd) },
        CatalogRenewal::CycleFee { fee_usd, every_years, .. } => Renewal::CycleFee { fee_usd: usd(fee_usd), every_years },
        CatalogRenewal::ReExam { every_years, .. } => Renewal::ReExam { every_years },
        CatalogRenewal::Lifetime { .. } | CatalogRenewal::FreeAssessment { .. } => Renewal::None,
        CatalogRenewal::Unknown { .. } => Renewal::Unknown,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Training,
    Lab,
    Exam,
    Renewal,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CostEvent {
    pub month: u32,
    pub kind: EventKind,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub amount_usd: Decimal,
    /// In the currency, rounded to its minor unit.
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub amount: Decimal,
}

/// One set of figures, in USD or in the currency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct Figures {
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub first_attempt: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub retakes_expected: Decimal,
    /// `first_attempt + retakes_expected`: what the exams are expected to cost.
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub expected_with_retakes: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub training: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub labs: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub renewals: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub sponsored: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub net: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub bond_exposure: Decimal,
}

impl Figures {
    fn add(&mut self, other: &Figures) {
        self.first_attempt += other.first_attempt;
        self.retakes_expected += other.retakes_expected;
        self.expected_with_retakes += other.expected_with_retakes;
        self.training += other.training;
        self.labs += other.labs;
        self.renewals += other.renewals;
        self.sponsored += other.sponsored;
        self.net += other.net;
        self.bond_exposure += other.bond_exposure;
    }

    fn rounded(&self) -> Figures {
        let r = round_minor;
        Figures {
            first_attempt: r(self.first_attempt),
            retakes_expected: r(self.retakes_expected),
            expected_with_retakes: r(self.expected_with_retakes),
            training: r(self.training),
            labs: r(self.labs),
            renewals: r(self.renewals),
            sponsored: r(self.sponsored),
            net: r(self.net),
            bond_exposure: r(self.bond_exposure),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CertCost {
    pub id: String,
    /// Rounded to the cent for display.
    pub usd: Figures,
    pub local: Figures,
    pub expected_attempts: f64,
    pub certify_probability: f64,
    pub prep_hours: Option<HoursRange>,
    /// False when the renewal rule is not known: `renewals` then counts
    /// nothing, and the app says "no figure yet" rather than "free".
    pub renewal_known: bool,
    pub events: Vec<CostEvent>,
    #[serde(skip)]
    usd_exact: Figures,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Totals {
    pub usd: Figures,
    pub local: Figures,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CostResult {
    pub currency: Currency,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub usd_to_currency: Decimal,
    pub horizon_months: u32,
    pub certifications: Vec<CertCost>,
    pub totals: Totals,
}

pub fn compute(input: &CostInput) -> CostResult {
    let certifications: Vec<CertCost> = input.certifications.iter().map(|c| certification(input, c)).collect();
    let mut usd = Figures::default();
    let mut local = Figures::default();
    for cert in &certifications {
        usd.add(&cert.usd_exact);
        local.add(&cert.local);
    }
    CostResult {
        currency: input.currency,
        usd_to_currency: input.usd_to_currency,
        horizon_months: input.horizon,
        certifications,
        totals: Totals { usd: usd.rounded(), local },
    }
}

fn certification(input: &CostInput, cert: &CertInput) -> CertCost {
    let exams = Decimal::from(cert.exams);
    let q = Decimal::ONE - cert.pass_probability;
    let q_powers: Vec<Decimal> = std::iter::successors(Some(Decimal::ONE), |p| Some(p * q)).take(cert.max_attempts as usize + 1).collect();
    let later_attempts: Decimal = q_powers[1..cert.max_attempts as usize].iter().sum();
    let first_attempt = exams * cert.exam_fee_usd;
    let retakes_expected = exams * cert.retake_fee_usd * later_attempts;
    let share = input.sponsorship_pct / d(100);
    let sponsored = share * (first_attempt + cert.training_usd);
    let rate = input.usd_to_currency;
    let local = |usd: Decimal| round_minor(usd * rate);

    let mut events = Vec::new();
    let mut push = |month: u32, kind: EventKind, amount_usd: Decimal| {
        if !amount_usd.is_zero() {
            events.push(CostEvent { month, kind, amount_usd, amount: local(amount_usd) });
        }
    };
    push(cert.training_month, EventKind::Training, cert.training_usd - share * cert.training_usd);
    let lab_start = cert.exam_month.saturating_sub(cert.lab_months) + 1;
    for month in lab_start.max(1)..=cert.exam_month {
        if cert.lab_months > 0 {
            push(month, EventKind::Lab, cert.lab_monthly_usd);
        }
    }
    push(cert.exam_month, EventKind::Exam, first_attempt + retakes_expected - share * first_attempt);
    let renewal_cycle = match cert.renewal {
        Renewal::AnnualFee { fee_usd } => Some((1, fee_usd)),
        Renewal::CycleFee { fee_usd, every_years } => Some((every_years, fee_usd)),
        Renewal::ReExam { every_years } => Some((every_years, first_attempt + retakes_expected)),
        Renewal::None | Renewal::Unknown => None,
    };
    if let Some((years, amount)) = renewal_cycle {
        let mut month = cert.exam_month + 12 * years;
        while month <= input.horizon {
            push(month, EventKind::Renewal, amount);
            month += 12 * years;
        }
    }
    events.sort_by_key(|e| (e.month, e.kind));

    let sum_usd = |kind: EventKind| events.iter().filter(|e| e.kind == kind).map(|e| e.amount_usd).sum::<Decimal>();
    let sum_local = |kind: EventKind| events.iter().filter(|e| e.kind == kind).map(|e| e.amount).sum::<Decimal>();
    let labs = sum_usd(EventKind::Lab);
    let renewals = sum_usd(EventKind::Renewal);
    let bond = if input.bond_months > 0 { sponsored } else { Decimal::ZERO };
    let usd_exact = Figures {
        first_attempt,
        retakes_expected,
        expected_with_retakes: first_attempt + retakes_expected,
        training: cert.training_usd,
        labs,
        renewals,
        sponsored,
        net: first_attempt + retakes_expected + cert.training_usd + labs + renewals - sponsored,
        bond_exposure: bond,
    };
    // Net is the sum of the rounded events. The gross categories are each
    // converted and rounded; the sponsored share is what makes them add up
    // to net exactly, so it absorbs the rounding (at most a centavo or two).
    let net_local: Decimal = events.iter().map(|e| e.amount).sum();
    let (first_local, retakes_local, training_local) = (local(first_attempt), local(retakes_expected), local(cert.training_usd));
    let (labs_local, renewals_local) = (sum_local(EventKind::Lab), sum_local(EventKind::Renewal));
    let local_figures = Figures {
        first_attempt: first_local,
        retakes_expected: retakes_local,
        expected_with_retakes: first_local + retakes_local,
        training: training_local,
        labs: labs_local,
        renewals: renewals_local,
        sponsored: first_local + retakes_local + training_local + labs_local + renewals_local - net_local,
        net: net_local,
        bond_exposure: local(bond),
    };
    let q_f = q.to_f64().unwrap_or(0.0);
    CertCost {
        id: cert.id.clone(),
        usd: usd_exact.rounded(),
        local: local_figures,
        expected_attempts: q_powers[..cert.max_attempts as usize].iter().map(|p| p.to_f64().unwrap_or(0.0)).sum(),
        certify_probability: (1.0 - q_f.powi(cert.max_attempts as i32)).powi(cert.exams as i32),
        prep_hours: cert.prep_hours.clone(),
        renewal_known: cert.renewal != Renewal::Unknown,
        events,
        usd_exact,
    }
}

/// Parses and checks a JSON cost input against a catalog.
pub fn parse(text: &str, catalog: &Catalog) -> Result<CostInput, InputError> {
    let json: CostInputJson = crate::money::input::from_json(text)?;
    json.check(catalog)
}

/// The cost events as ROI one-off costs (amounts in the currency).
pub fn as_one_off_costs(result: &CostResult) -> Vec<crate::money::roi::OneOffCost> {
    result
        .certifications
        .iter()
        .flat_map(|cert| {
            cert.events.iter().map(move |e| crate::money::roi::OneOffCost {
                month: e.month,
                amount: e.amount,
                label: format!(
                    "{} {}",
                    cert.id,
                    serde_json::to_value(e.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
                ),
            })
        })
        .collect()
}
