//! How honest the catalog is, in numbers: for each kind of figure, how many
//! are sourced, how many are Pathway's estimates, and how many are missing.

use std::collections::BTreeMap;

use serde::Serialize;

use super::types::{Provenance, Renewal, SalaryCountry};
use super::Catalog;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FigureCounts {
    pub sourced: usize,
    pub estimate: usize,
    pub none: usize,
}

impl FigureCounts {
    fn add(&mut self, provenance: Option<&Provenance>) {
        match provenance {
            Some(Provenance::Sourced { .. }) => self.sourced += 1,
            Some(Provenance::Estimate { .. }) => self.estimate += 1,
            Some(Provenance::User { .. }) | None => self.none += 1,
        }
    }
}

pub type ProvenanceCounts = BTreeMap<&'static str, FigureCounts>;

/// Every figure of the catalog with its kind and provenance (`None`: no figure).
fn figures(catalog: &Catalog) -> Vec<(&'static str, Option<&Provenance>)> {
    let mut all = Vec::new();
    for cert in &catalog.certifications {
        all.push(("certification exam fee", cert.exam_fee_usd.as_ref().map(|f| &f.provenance)));
        all.push(("certification renewal", cert.renewal.provenance().filter(|_| !matches!(cert.renewal, Renewal::Unknown { .. }))));
        all.push(("certification prep hours", cert.prep_hours.as_ref().map(|h| &h.provenance)));
    }
    for role in &catalog.roles {
        for (country, kind) in
            [(SalaryCountry::Ph, "role salary PH"), (SalaryCountry::In, "role salary IN"), (SalaryCountry::Us, "role salary US")]
        {
            all.push((kind, role.salaries.iter().find(|b| b.country == country).map(|b| &b.provenance)));
        }
    }
    all.extend(catalog.skills.iter().map(|skill| ("skill hours", Some(&skill.provenance))));
    all.extend(catalog.training.iter().map(|option| ("training price", Some(&option.provenance))));
    all.extend(catalog.exchange_rates.iter().map(|rate| ("exchange rate", Some(&rate.provenance))));
    all
}

pub(super) fn count(catalog: &Catalog) -> ProvenanceCounts {
    let mut counts = ProvenanceCounts::new();
    for (kind, provenance) in figures(catalog) {
        counts.entry(kind).or_default().add(provenance);
    }
    counts
}

/// The newest "as of" date among the sourced figures: how current the catalog is.
pub(super) fn newest_source_date(catalog: &Catalog) -> Option<String> {
    figures(catalog)
        .into_iter()
        .filter_map(|(_, provenance)| match provenance {
            Some(Provenance::Sourced { as_of, .. }) => Some(as_of.clone()),
            _ => None,
        })
        .max()
}
