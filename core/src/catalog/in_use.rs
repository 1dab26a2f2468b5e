//! Every outside figure the catalog holds, with what it is a figure of and
//! where it comes from: the checks read it (a sourced figure names its
//! publisher and is not dated after today), and Help › Sources lists it,
//! grouped by publisher.

use serde::Serialize;

use super::types::{Provenance, SalaryCountry};
use super::Catalog;

/// What kind of figure it is, for words ("{subject}: pay in {country}").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Salary,
    ExamFee,
    Renewal,
    PrepHours,
    SkillHours,
    TrainingPrice,
    ExchangeRate,
    Outlook,
    RouteCost,
    RouteRule,
    Route,
    PayRule,
}

/// One outside figure.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct OutsideFigure {
    pub kind: FigureKind,
    /// The role, certification, skill, option, domain or route it belongs to, by name.
    pub subject: String,
    /// For pay: whose.
    pub country: Option<SalaryCountry>,
    pub provenance: Provenance,
}

/// Every outside figure, in catalog order, the rules pay is compared by included.
pub fn outside_figures(catalog: &Catalog) -> Vec<OutsideFigure> {
    let mut all = Vec::new();
    let mut push = |kind, subject: &str, country, provenance: &Provenance| {
        all.push(OutsideFigure { kind, subject: subject.to_string(), country, provenance: provenance.clone() });
    };
    for domain in &catalog.domains {
        if let Some(p) = &domain.outlook_provenance {
            push(FigureKind::Outlook, &domain.name, None, p);
        }
    }
    for role in &catalog.roles {
        for band in &role.salaries {
            push(FigureKind::Salary, &role.title, Some(band.country), &band.provenance);
        }
    }
    for cert in &catalog.certifications {
        if let Some(fee) = &cert.exam_fee_usd {
            push(FigureKind::ExamFee, &cert.name, None, &fee.provenance);
        }
        if let Some(p) = cert.renewal.provenance() {
            push(FigureKind::Renewal, &cert.name, None, p);
        }
        if let Some(hours) = &cert.prep_hours {
            push(FigureKind::PrepHours, &cert.name, None, &hours.provenance);
        }
    }
    for skill in &catalog.skills {
        push(FigureKind::SkillHours, &skill.name, None, &skill.provenance);
    }
    for option in &catalog.training {
        push(FigureKind::TrainingPrice, &option.name, None, &option.provenance);
    }
    for rate in &catalog.exchange_rates {
        push(FigureKind::ExchangeRate, &format!("{} → {}", rate.from.code(), rate.to.code()), None, &rate.provenance);
    }
    for route in &catalog.routes {
        push(FigureKind::Route, &route.name, Some(route.country), &route.provenance);
        if let Some(p) = &route.cost.provenance {
            push(FigureKind::RouteCost, &route.name, Some(route.country), p);
        }
        for rule in &route.eligibility {
            push(FigureKind::RouteRule, &route.name, Some(route.country), &rule.provenance);
        }
    }
    push(FigureKind::PayRule, "13th-month pay", Some(SalaryCountry::Ph), &super::pay::thirteenth_month_rule());
    push(FigureKind::PayRule, "CTC and gross pay", Some(SalaryCountry::In), &super::pay::ctc_rule());
    all
}

/// The sourced figures of one publisher.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PublisherSources {
    pub publisher: String,
    pub figures: Vec<OutsideFigure>,
}

/// Help › Sources: every sourced figure grouped by its publisher (publishers
/// by name, figures in catalog order), and then Pathway's estimates.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SourcesInUse {
    pub publishers: Vec<PublisherSources>,
    pub estimates: Vec<OutsideFigure>,
}

pub fn sources_in_use(catalog: &Catalog) -> SourcesInUse {
    let mut publishers: Vec<PublisherSources> = Vec::new();
    let mut estimates = Vec::new();
    for figure in outside_figures(catalog) {
        match &figure.provenance {
            Provenance::Sourced { publisher, .. } => {
                let name = publisher.clone().unwrap_or_default();
                match publishers.iter_mut().find(|p| p.publisher == name) {
                    Some(group) => group.figures.push(figure),
                    None => publishers.push(PublisherSources { publisher: name, figures: vec![figure] }),
                }
            }
            Provenance::Estimate { .. } => estimates.push(figure),
            // The user's own figures are hers, not outside ones.
            Provenance::User { .. } => {}
        }
    }
    publishers.sort_by_key(|p| p.publisher.to_lowercase());
    SourcesInUse { publishers, estimates }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sourced_figure_is_listed_once_under_its_publisher() {
        let catalog = Catalog::embedded();
        let all = outside_figures(catalog);
        let in_use = sources_in_use(catalog);
        let listed: usize = in_use.publishers.iter().map(|p| p.figures.len()).sum::<usize>() + in_use.estimates.len();
        assert_eq!(listed, all.len(), "no figure dropped or repeated");
        assert!(in_use.publishers.iter().all(|p| !p.publisher.is_empty()), "every sourced figure names its publisher");
        let bls = in_use.publishers.iter().find(|p| p.publisher.starts_with("BLS Occupational Employment")).unwrap();
        assert!(bls.figures.iter().all(|f| f.kind == FigureKind::Salary && f.country == Some(SalaryCountry::Us)));
        assert!(all.iter().any(|f| f.kind == FigureKind::PayRule), "the rules pay is compared by are outside figures too");
    }
}
