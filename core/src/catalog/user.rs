//! The user's own figures: corrections that replace a catalog figure
//! everywhere it is used, shown as "your figure" beside the catalog's. A new
//! version of the embedded catalog never overwrites them; a figure whose
//! catalog entry has gone is kept and flagged.

use crate::codes::ErrorCode;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::types::{ExchangeRate, Period, Provenance, SalaryBand, SalaryCountry};
use super::Catalog;
use crate::money::{parse_rate, Currency, Rate};

/// A user figure as stored and exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct UserFigure {
    /// What it corrects: `exchange_rate:USD:PHP`.
    pub id: String,
    /// The figure as exact decimal text (a rate: up to six decimals).
    pub value: String,
    /// RFC 3339, UTC.
    pub entered_at: String,
}

/// The kinds of figure a user can correct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    ExchangeRate {
        from: Currency,
        to: Currency,
    },
    /// A certification's fee per exam, in USD.
    ExamFee {
        certification: String,
    },
    /// A role's monthly salary band in one country, in that country's currency.
    Salary {
        role: String,
        country: SalaryCountry,
    },
    /// A public route's fee, in its country's currency (for a route that
    /// publishes none, such as an assessment centre's fee).
    RouteFee {
        route: String,
    },
}

/// A checked figure value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FigureValue {
    Rate(Rate),
    /// USD in cents.
    UsdCents(i64),
    /// Monthly band in minor units: low, median, high.
    MonthlyBand([i64; 3]),
    /// An amount in minor units of a route's country's currency.
    LocalCents(i64),
}

fn country_code(country: SalaryCountry) -> &'static str {
    match country {
        SalaryCountry::Ph => "ph",
        SalaryCountry::In => "in",
        SalaryCountry::Us => "us",
    }
}

pub fn currency_of(country: SalaryCountry) -> Currency {
    match country {
        SalaryCountry::Ph => Currency::Php,
        SalaryCountry::In => Currency::Inr,
        SalaryCountry::Us => Currency::Usd,
    }
}

impl Target {
    pub fn id(&self) -> String {
        match self {
            Target::ExchangeRate { from, to } => format!("exchange_rate:{}:{}", from.code(), to.code()),
            Target::ExamFee { certification } => format!("exam_fee:{certification}"),
            Target::Salary { role, country } => format!("salary:{role}:{}", country_code(*country)),
            Target::RouteFee { route } => format!("route_fee:{route}"),
        }
    }

    pub fn parse(id: &str) -> Option<Target> {
        let parts: Vec<&str> = id.split(':').collect();
        match parts.as_slice() {
            ["exchange_rate", from, to] => Some(Target::ExchangeRate { from: Currency::from_code(from)?, to: Currency::from_code(to)? }),
            ["exam_fee", cert] if !cert.is_empty() => Some(Target::ExamFee { certification: cert.to_string() }),
            ["route_fee", route] if !route.is_empty() => Some(Target::RouteFee { route: route.to_string() }),
            ["salary", role, country] if !role.is_empty() => {
                let country = match *country {
                    "ph" => SalaryCountry::Ph,
                    "in" => SalaryCountry::In,
                    "us" => SalaryCountry::Us,
                    _ => return None,
                };
                Some(Target::Salary { role: role.to_string(), country })
            }
            _ => None,
        }
    }

    /// Whether the catalog still has what this figure corrects.
    pub fn exists_in(&self, catalog: &Catalog) -> bool {
        match self {
            Target::ExchangeRate { from, to } => catalog.exchange_rates.iter().any(|r| r.from == *from && r.to == *to),
            Target::ExamFee { certification } => catalog.certification(certification).is_some(),
            Target::Salary { role, .. } => catalog.role(role).is_some(),
            Target::RouteFee { route } => catalog.route(route).is_some(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserFigureError {
    #[error("{0:?} is not a figure Pathway lets you correct")]
    UnknownTarget(String),
    #[error("the exchange rate {0}")]
    Rate(crate::money::RateError),
    #[error("the exam fee must be an amount from 0 to 20,000 USD, with at most two decimals")]
    Fee,
    #[error("the salary band is three amounts, low/median/high a month, with 0 < low ≤ median ≤ high ≤ 1,000,000,000")]
    Band,
    #[error("the route's fee must be an amount from 0 to 10,000,000, with at most two decimals")]
    RouteFee,
}

/// A route's fee, from 0 to 10,000,000 with two decimals, grouped in thousands
/// or, as rupees often are, in lakhs.
fn local_amount(text: &str) -> Option<i64> {
    amount_cents(text, Currency::Php, 10_000_000).or_else(|| amount_cents(text, Currency::Inr, 10_000_000))
}

fn amount_cents(text: &str, currency: Currency, max_major: i64) -> Option<i64> {
    crate::money::parse_amount(text, currency).ok().filter(|c| (0..=max_major * 100).contains(c))
}

impl UserFigure {
    /// Checks that the figure names a known target and holds a valid value.
    pub fn check(&self) -> Result<(Target, FigureValue), UserFigureError> {
        let target = Target::parse(&self.id).ok_or_else(|| UserFigureError::UnknownTarget(self.id.clone()))?;
        let value = match &target {
            Target::ExchangeRate { .. } => FigureValue::Rate(parse_rate(&self.value).map_err(UserFigureError::Rate)?),
            Target::ExamFee { .. } => FigureValue::UsdCents(amount_cents(&self.value, Currency::Usd, 20_000).ok_or(UserFigureError::Fee)?),
            // In the route's country's currency, which the catalog knows (`with_user_figures`).
            Target::RouteFee { .. } => FigureValue::LocalCents(local_amount(&self.value).ok_or(UserFigureError::RouteFee)?),
            Target::Salary { country, .. } => {
                let parts: Vec<Option<i64>> =
                    self.value.split('/').map(|p| amount_cents(p, currency_of(*country), 1_000_000_000)).collect();
                match parts.as_slice() {
                    [Some(low), Some(median), Some(high)] if 0 < *low && low <= median && median <= high => {
                        FigureValue::MonthlyBand([*low, *median, *high])
                    }
                    _ => return Err(UserFigureError::Band),
                }
            }
        };
        Ok((target, value))
    }
}

fn major(minor: i64) -> Decimal {
    Decimal::new(minor, 2)
}

fn normalised(value: &FigureValue) -> String {
    let text = |minor: i64| {
        let t = format!("{}.{:02}", minor / 100, minor % 100);
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match value {
        FigureValue::Rate(rate) => decimal_text(*rate),
        FigureValue::UsdCents(cents) => text(*cents),
        FigureValue::MonthlyBand([l, m, h]) => format!("{}/{}/{}", text(*l), text(*m), text(*h)),
        FigureValue::LocalCents(cents) => text(*cents),
    }
}

/// An exchange rate as the app shows it: the catalog's, and the user's if any.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct EffectiveRate {
    pub from: Currency,
    pub to: Currency,
    /// The rate in use: the user's when given, else the catalog's.
    pub rate: String,
    pub provenance: Provenance,
    pub catalog: Option<ExchangeRate>,
    pub user: Option<UserFigure>,
    /// The user's figure corrects a rate the catalog no longer has.
    pub orphaned: bool,
}

/// The rates in use, user figures first where they exist. Every catalog rate
/// appears; a user rate for a pair the catalog lacks appears flagged.
pub fn effective_rates(catalog: &Catalog, figures: &[UserFigure]) -> Vec<EffectiveRate> {
    let user_rate =
        |from: Currency, to: Currency| figures.iter().find(|f| f.id == Target::ExchangeRate { from, to }.id() && f.check().is_ok());
    let mut rates: Vec<EffectiveRate> = catalog
        .exchange_rates
        .iter()
        .map(|rate| {
            let user = user_rate(rate.from, rate.to).cloned();
            EffectiveRate {
                from: rate.from,
                to: rate.to,
                rate: user.as_ref().map_or_else(|| trim_rate(rate.rate), |u| u.value.clone()),
                provenance: user
                    .as_ref()
                    .map_or_else(|| rate.provenance.clone(), |u| Provenance::User { entered_at: u.entered_at.clone() }),
                catalog: Some(rate.clone()),
                user,
                orphaned: false,
            }
        })
        .collect();
    for figure in figures {
        if let Ok((Target::ExchangeRate { from, to }, _)) = figure.check() {
            if !rates.iter().any(|r| r.from == from && r.to == to) {
                rates.push(EffectiveRate {
                    from,
                    to,
                    rate: figure.value.clone(),
                    provenance: Provenance::User { entered_at: figure.entered_at.clone() },
                    catalog: None,
                    user: Some(figure.clone()),
                    orphaned: true,
                });
            }
        }
    }
    rates
}

impl Catalog {
    /// The catalog as it is used: the user's figures in place of the
    /// catalog's, with `Provenance::User`. A figure whose entry is gone is
    /// skipped here and listed by [`orphaned_figures`].
    pub fn with_user_figures(&self, figures: &[UserFigure]) -> Catalog {
        let mut catalog = self.clone();
        for figure in figures {
            let Ok((target, value)) = figure.check() else { continue };
            let provenance = Provenance::User { entered_at: figure.entered_at.clone() };
            match (target, value) {
                (Target::ExamFee { certification }, FigureValue::UsdCents(cents)) => {
                    if let Some(cert) = catalog.certifications.iter_mut().find(|c| c.id == certification) {
                        cert.exam_fee_usd = Some(super::types::Amount { amount: major(cents), provenance });
                    }
                }
                (Target::Salary { role, country }, FigureValue::MonthlyBand([low, median, high])) => {
                    if let Some(role) = catalog.roles.iter_mut().find(|r| r.id == role) {
                        role.salaries.retain(|b| b.country != country);
                        role.salaries.push(SalaryBand {
                            country,
                            currency: currency_of(country),
                            period: Period::Month,
                            // She gives pay to compare with her own, so it is taken as it is.
                            basis: super::pay::PayBasis::Total,
                            low: Some(major(low)),
                            median: Some(major(median)),
                            high: Some(major(high)),
                            central: Default::default(),
                            shared_because: None,
                            falls_because: None,
                            provenance,
                        });
                    }
                }
                (Target::RouteFee { route }, FigureValue::LocalCents(cents)) => {
                    if let Some(route) = catalog.routes.iter_mut().find(|r| r.id == route) {
                        route.cost = super::routes::RouteCost {
                            kind: super::routes::RouteCostKind::Fee,
                            amount: Some(major(cents)),
                            currency: Some(currency_of(route.country)),
                            percent: None,
                            covers: route.cost.covers.clone(),
                            provenance: Some(provenance),
                        };
                    }
                }
                _ => {}
            }
        }
        catalog.exchange_rates = effective_rates(self, figures)
            .into_iter()
            .map(|r| ExchangeRate {
                from: r.from,
                to: r.to,
                rate: r.rate.parse().unwrap_or_else(|_| r.catalog.as_ref().map_or(Decimal::ZERO, |c| c.rate)),
                provenance: r.provenance,
            })
            .collect();
        catalog
    }
}

/// The catalog's own figure that a user figure replaces, for showing the two side by side.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ReplacedFigure {
    /// The user figure's id.
    pub id: String,
    /// The catalog's value as text (`404`, `22000/28000/35000`), or `None` when it had none.
    pub catalog_value: Option<String>,
    /// For a salary band: whether the catalog's figure is a month's or a year's.
    pub catalog_period: Option<Period>,
    pub catalog_provenance: Option<Provenance>,
    /// For a salary band: the catalog's pay as the app shows it (a month, on her basis).
    pub catalog_pay: Option<super::pay::RolePay>,
}

/// For each user figure, what the catalog itself says there.
pub fn replaced_figures(catalog: &Catalog, figures: &[UserFigure]) -> Vec<ReplacedFigure> {
    let text = |x: Decimal| crate::money::input::round_minor(x).normalize().to_string();
    figures
        .iter()
        .filter_map(|figure| {
            let (target, _) = figure.check().ok()?;
            let stated = |x: Option<Decimal>| x.map_or_else(String::new, text);
            let (value, provenance, period, pay) = match target {
                Target::ExchangeRate { from, to } => {
                    let rate = catalog.exchange_rates.iter().find(|r| r.from == from && r.to == to);
                    (rate.map(|r| text(r.rate)), rate.map(|r| r.provenance.clone()), None, None)
                }
                Target::ExamFee { certification } => {
                    let fee = catalog.certification(&certification).and_then(|c| c.exam_fee_usd.as_ref());
                    (fee.map(|f| text(f.amount)), fee.map(|f| f.provenance.clone()), None, None)
                }
                Target::RouteFee { route } => {
                    let cost = catalog.route(&route).map(|r| &r.cost).filter(|c| c.kind == super::routes::RouteCostKind::Fee);
                    (cost.and_then(|c| c.amount).map(text), cost.and_then(|c| c.provenance.clone()), None, None)
                }
                Target::Salary { role, country } => {
                    let band = catalog.role(&role).and_then(|r| r.salaries.iter().find(|b| b.country == country));
                    (
                        band.map(|b| format!("{}/{}/{}", stated(b.low), stated(b.median), stated(b.high))),
                        band.map(|b| b.provenance.clone()),
                        band.map(|b| b.period),
                        band.and_then(|b| super::pay::RolePay::of(&role, b)),
                    )
                }
            };
            Some(ReplacedFigure {
                id: figure.id.clone(),
                catalog_value: value,
                catalog_provenance: provenance,
                catalog_period: period,
                catalog_pay: pay,
            })
        })
        .collect()
}

/// The user's figures whose catalog entry has disappeared: kept, and flagged.
pub fn orphaned_figures(catalog: &Catalog, figures: &[UserFigure]) -> Vec<UserFigure> {
    figures.iter().filter(|f| Target::parse(&f.id).is_some_and(|t| !t.exists_in(catalog))).cloned().collect()
}

/// Checks a user figure as typed (`id` names what it corrects; see
/// [`Target`]) and returns it in its normal form, dated `now`.
pub fn checked_user_figure(id: &str, value: &str, now: chrono::DateTime<chrono::Utc>) -> Result<UserFigure, UserFigureError> {
    let figure = UserFigure {
        id: id.to_string(),
        value: value.trim().to_string(),
        entered_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let (_, parsed) = figure.check()?;
    Ok(UserFigure { value: normalised(&parsed), ..figure })
}

impl UserFigureError {
    pub fn code(&self) -> ErrorCode {
        match self {
            UserFigureError::UnknownTarget(_) => ErrorCode::FigureUnknownTarget,
            UserFigureError::Rate(crate::money::RateError::NotANumber) => ErrorCode::FigureRateNotANumber,
            UserFigureError::Rate(crate::money::RateError::TooManyDecimals) => ErrorCode::FigureRateTooManyDecimals,
            UserFigureError::Rate(crate::money::RateError::OutOfRange) => ErrorCode::FigureRateOutOfRange,
            UserFigureError::Fee => ErrorCode::FigureFeeInvalid,
            UserFigureError::Band => ErrorCode::FigureBandInvalid,
            UserFigureError::RouteFee => ErrorCode::FigureRouteFeeInvalid,
        }
    }
}

/// A rate's exact decimal text, without trailing zeros ("58.250000" → "58.25").
fn decimal_text(rate: Rate) -> String {
    let text = format!("{}.{:06}", rate.millionths / 1_000_000, rate.millionths % 1_000_000);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn trim_rate(rate: Decimal) -> String {
    rate.round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero).normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::synthetic;

    fn with_rates() -> Catalog {
        let mut c = synthetic::catalog(1, 1);
        c.exchange_rates = vec![ExchangeRate {
            from: Currency::Usd,
            to: Currency::Php,
            rate: Decimal::new(5944, 2),
            provenance: Provenance::Sourced {
                source: "https://example.org".into(),
                publisher: None,
                as_of: "2026-01-14".into(),
                undated: false,
                confidence: None,
                note: None,
            },
        }];
        c
    }

    fn figure(id: &str, value: &str) -> UserFigure {
        UserFigure { id: id.into(), value: value.into(), entered_at: "2026-11-22T08:00:00Z".into() }
    }

    #[test]
    fn the_catalog_rate_is_used_until_the_user_gives_one() {
        let rates = effective_rates(&with_rates(), &[]);
        assert_eq!(rates[0].rate, "59.44");
        assert!(matches!(rates[0].provenance, Provenance::Sourced { .. }));
        let rates = effective_rates(&with_rates(), &[figure("exchange_rate:USD:PHP", "58.1")]);
        assert_eq!(rates[0].rate, "58.1");
        assert!(matches!(rates[0].provenance, Provenance::User { .. }));
        assert!(rates[0].catalog.is_some(), "the catalog's figure stays beside the user's");
    }

    #[test]
    fn a_figure_whose_catalog_entry_is_gone_is_kept_and_flagged() {
        let rates = effective_rates(&with_rates(), &[figure("exchange_rate:USD:INR", "90")]);
        let orphan = rates.iter().find(|r| r.to == Currency::Inr).unwrap();
        assert!(orphan.orphaned && orphan.catalog.is_none());
    }

    #[test]
    fn the_effective_catalog_uses_the_users_rate_with_user_provenance() {
        let catalog = with_rates().with_user_figures(&[figure("exchange_rate:USD:PHP", "57.5")]);
        assert_eq!(catalog.exchange_rates[0].rate, Decimal::new(575, 1));
        assert!(matches!(catalog.exchange_rates[0].provenance, Provenance::User { .. }));
    }

    #[test]
    fn exam_fees_and_salary_bands_replace_the_catalogs() {
        let catalog = synthetic::catalog(2, 3);
        let figures = vec![figure("exam_fee:cert-1", "99.50"), figure("salary:role-0-entry:ph", "20000/25000/30000")];
        let effective = catalog.with_user_figures(&figures);
        let fee = effective.certification("cert-1").unwrap().exam_fee_usd.as_ref().unwrap();
        assert_eq!(fee.amount, Decimal::new(995, 1));
        assert!(matches!(fee.provenance, Provenance::User { .. }));
        let band = effective.role("role-0-entry").unwrap().salaries.iter().find(|b| b.country == SalaryCountry::Ph).unwrap();
        assert_eq!(
            (band.low, band.median, band.high, band.period),
            (Some(Decimal::from(20000)), Some(Decimal::from(25000)), Some(Decimal::from(30000)), Period::Month)
        );
        assert_eq!(band.comparable().unwrap().middle, Decimal::from(25000), "her own figure is taken as it is");
        assert!(orphaned_figures(&catalog, &figures).is_empty());
        let gone = vec![figure("exam_fee:retired-cert", "10")];
        assert_eq!(orphaned_figures(&catalog, &gone), gone, "kept and flagged");
    }

    #[test]
    fn the_catalogs_figure_is_kept_beside_the_users() {
        let catalog = synthetic::catalog(2, 3);
        let replaced = replaced_figures(&catalog, &[figure("exam_fee:cert-1", "99.50"), figure("salary:role-0-entry:us", "1/2/3")]);
        assert_eq!(replaced[0].catalog_value.as_deref(), Some("125"));
        assert!(matches!(replaced[0].catalog_provenance, Some(Provenance::Estimate { .. })));
        assert_eq!(replaced[1].catalog_value.as_deref(), Some("40000/60000/90000"));
        assert_eq!(replaced[1].catalog_period, Some(Period::Year));
        assert_eq!(replaced[1].catalog_pay.as_ref().map(|p| p.middle), Some(500_000), "60,000 a year is 5,000.00 a month");
    }

    #[test]
    fn bad_fee_and_band_values_are_refused() {
        assert_eq!(figure("exam_fee:x", "-1").check().unwrap_err(), UserFigureError::Fee);
        assert_eq!(figure("exam_fee:x", "25000").check().unwrap_err(), UserFigureError::Fee);
        assert_eq!(figure("salary:r:ph", "30000/20000/40000").check().unwrap_err(), UserFigureError::Band);
        assert_eq!(figure("salary:r:ph", "1/2").check().unwrap_err(), UserFigureError::Band);
        assert!(figure("salary:r:xx", "1/2/3").check().is_err());
    }

    #[test]
    fn a_route_fee_that_is_not_published_can_be_her_own() {
        let catalog = Catalog::embedded().clone();
        let effective = catalog.with_user_figures(&[figure("route_fee:tesda-css-nc2", "1,230")]);
        let route = effective.route("tesda-css-nc2").unwrap();
        assert_eq!(route.cost.kind, super::super::routes::RouteCostKind::Fee);
        assert_eq!((route.cost.amount, route.cost.currency), (Some(Decimal::from(1230)), Some(Currency::Php)));
        assert!(matches!(route.cost.provenance, Some(Provenance::User { .. })));
        assert_eq!(figure("route_fee:tesda-css-nc2", "-5").check().unwrap_err(), UserFigureError::RouteFee);
        assert!(orphaned_figures(&catalog, &[figure("route_fee:gone", "5")]).len() == 1, "a route that is gone is flagged");
        let replaced = replaced_figures(&catalog, &[figure("route_fee:tesda-css-nc2", "1230")]);
        assert_eq!(replaced[0].catalog_value, None, "the catalog had no figure");
    }

    #[test]
    fn bad_figures_are_refused_by_name() {
        assert_eq!(figure("salary:x", "1").check().unwrap_err(), UserFigureError::UnknownTarget("salary:x".into()));
        assert!(figure("exchange_rate:USD:PHP", "-2").check().is_err());
        assert!(figure("exchange_rate:USD:EUR", "1").check().is_err());
    }
}
