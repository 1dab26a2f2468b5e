//! How honest the catalog is, in numbers: for each kind of figure, how many
//! are sourced, how many are Pathway's estimates, and how many are missing.

use std::collections::BTreeMap;

use serde::Serialize;

use super::types::{Provenance, Renewal, SalaryCountry};
use super::Catalog;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
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

pub(super) fn count(catalog: &Catalog) -> ProvenanceCounts {
    let mut counts = ProvenanceCounts::new();
    let mut add = |kind: &'static str, provenance: Option<&Provenance>| counts.entry(kind).or_default().add(provenance);
    for cert in &catalog.certifications {
        add("certification exam fee", cert.exam_fee_usd.as_ref().map(|f| &f.provenance));
        add("certification renewal", cert.renewal.provenance().filter(|_| !matches!(cert.renewal, Renewal::Unknown { .. })));
        add("certification prep hours", cert.prep_hours.as_ref().map(|h| &h.provenance));
    }
    for role in &catalog.roles {
        add("role prep hours", role.prep_hours.as_ref().map(|h| &h.provenance));
        for (country, kind) in [
            (SalaryCountry::Ph, "role salary PH"),
            (SalaryCountry::In, "role salary IN"),
            (SalaryCountry::Us, "role salary US"),
        ] {
            add(kind, role.salaries.iter().find(|b| b.country == country).map(|b| &b.provenance));
        }
    }
    for skill in &catalog.skills {
        add("skill hours", Some(&skill.provenance));
    }
    for option in &catalog.training {
        add("training price", Some(&option.provenance));
    }
    for rate in &catalog.exchange_rates {
        add("exchange rate", Some(&rate.provenance));
    }
    counts
}
