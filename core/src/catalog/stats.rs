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
    all.extend(catalog.routes.iter().map(|route| ("public route cost", route.cost.provenance.as_ref())));
    all.extend(catalog.routes.iter().flat_map(|route| route.eligibility.iter().map(|rule| ("public route rule", Some(&rule.provenance)))));
    all
}

pub(super) fn count(catalog: &Catalog) -> ProvenanceCounts {
    let mut counts = ProvenanceCounts::new();
    for (kind, provenance) in figures(catalog) {
        counts.entry(kind).or_default().add(provenance);
    }
    counts
}

/// The sourced figures counted by the kind of source they rest on, and by age.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SourceCounts {
    /// `vendor`, `official_statistic`, `salary_survey`, `job_ads`, `secondary`.
    pub by_kind: BTreeMap<String, usize>,
    /// Dated within the last 18 months.
    pub recent: usize,
    pub older_than_18_months: usize,
    /// The page gives no date.
    pub undated: usize,
}

pub(super) fn sources(catalog: &Catalog, today: chrono::NaiveDate) -> SourceCounts {
    let mut counts = SourceCounts::default();
    for (_, provenance) in figures(catalog) {
        let Some(Provenance::Sourced { as_of, undated, confidence, .. }) = provenance else { continue };
        *counts.by_kind.entry(confidence.clone().unwrap_or_default()).or_default() += 1;
        match undated {
            true => counts.undated += 1,
            false if is_old(as_of, today) => counts.older_than_18_months += 1,
            false => counts.recent += 1,
        }
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

/// The sourcing targets, as counts: how much of the catalog rests on
/// sources from the country or the vendor it describes, and how fresh those
/// sources are. `catalog stats` prints them beside the counts above.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Targets {
    /// Philippine pay bands that are sourced (a sourced PH band rests on Philippine data), of all roles.
    pub ph_bands_sourced: Share,
    /// The same for India.
    pub in_bands_sourced: Share,
    /// Exam fees citing the vendor's own site (the catalog's checks enforce the site), of all fees.
    pub fees_from_vendor: Share,
    /// Sourced figures whose "as of" is more than 18 months before `today`, of all sourced figures.
    pub sourced_older_than_18_months: Share,
    /// Sourced figures whose page gives no date (their age is unknown), of all sourced figures.
    pub sourced_undated: Share,
    /// Roles that recommend a certification its vendor has retired (`role → certification`).
    pub retired_recommended: Vec<String>,
}

/// `part` of `whole`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Share {
    pub part: usize,
    pub whole: usize,
}

pub(super) fn targets(catalog: &Catalog, today: chrono::NaiveDate) -> Targets {
    let sourced = |p: Option<&Provenance>| matches!(p, Some(Provenance::Sourced { .. }));
    let band = |country: SalaryCountry| Share {
        part: catalog.roles.iter().filter(|r| sourced(r.salaries.iter().find(|b| b.country == country).map(|b| &b.provenance))).count(),
        whole: catalog.roles.len(),
    };
    let fees: Vec<&Provenance> = catalog.certifications.iter().filter_map(|c| c.exam_fee_usd.as_ref().map(|f| &f.provenance)).collect();
    let from_vendor = fees.iter().filter(|p| matches!(p, Provenance::Sourced { confidence: Some(kind), .. } if kind == "vendor")).count();
    let sourced_dates: Vec<(bool, &str)> = figures(catalog)
        .into_iter()
        .filter_map(|(_, p)| match p {
            Some(Provenance::Sourced { as_of, undated, .. }) => Some((*undated, as_of.as_str())),
            _ => None,
        })
        .collect();
    let whole = sourced_dates.len();
    // An undated page has no age to count: it is counted on its own, never as fresh.
    let old = sourced_dates.iter().filter(|(undated, as_of)| !undated && is_old(as_of, today)).count();
    let undated = sourced_dates.iter().filter(|(undated, _)| *undated).count();
    let retired_recommended = catalog
        .roles
        .iter()
        .flat_map(|role| role.certifications.iter().map(move |id| (role, id)))
        .filter(|(_, id)| catalog.certification(id).is_some_and(|c| matches!(c.status, super::types::Status::Discontinued { .. })))
        .map(|(role, id)| format!("{} → {id}", role.id))
        .collect();
    Targets {
        ph_bands_sourced: band(SalaryCountry::Ph),
        in_bands_sourced: band(SalaryCountry::In),
        fees_from_vendor: Share { part: from_vendor, whole: fees.len() },
        sourced_older_than_18_months: Share { part: old, whole },
        sourced_undated: Share { part: undated, whole },
        retired_recommended,
    }
}

/// Whether a sourced figure dated `as_of` is old on `today`: the last day its
/// date can mean is more than 18 months before (a month's end clamps, so
/// 31 August less 18 months is 28 February). The one rule of age: the
/// targets, the badges and the paper all read it.
pub fn is_old(as_of: &str, today: chrono::NaiveDate) -> bool {
    let cutoff = today.checked_sub_months(chrono::Months::new(18)).unwrap_or(today);
    last_day_of(as_of).is_some_and(|day| day < cutoff)
}

/// Whole months from the last day `as_of` can mean to `today` (none when it is not a date).
pub fn age_months(as_of: &str, today: chrono::NaiveDate) -> Option<u32> {
    let from = last_day_of(as_of)?;
    let mut months = 0;
    while from.checked_add_months(chrono::Months::new(months + 1)).is_some_and(|d| d <= today) {
        months += 1;
    }
    Some(months)
}

/// The first day an "as of" can mean (`2025` → 2025-01-01, `2025-03` → 2025-03-01).
pub(super) fn first_day_of(as_of: &str) -> Option<chrono::NaiveDate> {
    let parts: Vec<u32> = as_of.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match parts[..] {
        [year] => chrono::NaiveDate::from_ymd_opt(year as i32, 1, 1),
        [year, month] => chrono::NaiveDate::from_ymd_opt(year as i32, month, 1),
        [year, month, day] => chrono::NaiveDate::from_ymd_opt(year as i32, month, day),
        _ => None,
    }
}

/// The last day an "as of" can mean (`2025` → 2025-12-31, `2025-03` → 2025-03-31), so a figure
/// is called old only when all of its period is.
pub(super) fn last_day_of(as_of: &str) -> Option<chrono::NaiveDate> {
    let parts: Vec<u32> = as_of.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let (year, month, day) = match parts[..] {
        [year] => (year as i32, 12, 31),
        [year, month] => {
            let next = if month == 12 {
                chrono::NaiveDate::from_ymd_opt(year as i32 + 1, 1, 1)
            } else {
                chrono::NaiveDate::from_ymd_opt(year as i32, month + 1, 1)
            };
            return next?.pred_opt();
        }
        [year, month, day] => (year as i32, month, day),
        _ => return None,
    };
    chrono::NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_as_of_means_the_last_day_of_its_period() {
        let day = |t: &str| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap();
        assert_eq!(last_day_of("2025"), Some(day("2025-12-31")));
        assert_eq!(last_day_of("2024-02"), Some(day("2024-02-29")));
        assert_eq!(last_day_of("2025-12"), Some(day("2025-12-31")));
        assert_eq!(last_day_of("2026-05-29"), Some(day("2026-05-29")));
        assert_eq!(last_day_of("soon"), None);
    }

    #[test]
    fn the_targets_count_what_they_say() {
        let catalog = Catalog::embedded();
        let targets = targets(catalog, chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
        assert_eq!(targets.ph_bands_sourced.whole, catalog.roles.len());
        let fees = catalog.certifications.iter().filter(|c| c.exam_fee_usd.is_some()).count();
        assert_eq!(targets.fees_from_vendor.whole, fees);
        assert!(targets.fees_from_vendor.part <= fees);
        assert!(targets.retired_recommended.is_empty(), "the catalog's checks refuse a role recommending a retired exam");
        let sourced: usize = catalog.provenance_counts().values().map(|c| c.sourced).sum();
        assert_eq!(targets.sourced_older_than_18_months.whole, sourced);
        assert_eq!(targets.sourced_undated.whole, sourced);
        let by_age = sources(catalog, chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
        assert_eq!(by_age.recent + by_age.older_than_18_months + by_age.undated, sourced);
        assert_eq!(by_age.by_kind.values().sum::<usize>(), sourced);
        assert_eq!(by_age.older_than_18_months, targets.sourced_older_than_18_months.part, "one rule of age");
        assert_eq!(by_age.undated, targets.sourced_undated.part);
        assert!(targets.sourced_older_than_18_months.part + targets.sourced_undated.part <= sourced, "an undated figure is not also old");
    }
}
