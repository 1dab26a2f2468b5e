//! The catalog: IT domains, roles, skills, certifications, training options
//! and exchange rates, from the human-editable files in `core/catalog/`
//! (documented in `docs/catalog.md`), embedded in the binary.
//!
//! Every outside figure carries a [`Provenance`]: sourced (address and date)
//! or a labelled estimate (with its method). A figure with neither is absent,
//! and the app says "no figure yet". [`Catalog::problems`] checks every rule;
//! the tests require the embedded catalog to have none.

mod in_use;
pub mod pay;
pub mod routes;
pub mod sources;
pub mod stats;
#[doc(hidden)]
#[cfg(any(test, feature = "test-support"))]
pub mod synthetic;
mod types;
mod user;
mod validate;

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

pub use in_use::{outside_figures, sources_in_use, FigureKind, OutsideFigure, PublisherSources, SourcesInUse};
pub use pay::{all_role_pay, PayBasis, RolePay};
pub use routes::{PublicRoute, RuleOutcome, Standing};
pub use stats::{FigureCounts, ProvenanceCounts, Share, SourceCounts, Targets};
pub use types::*;
pub use user::{
    checked_user_figure, currency_of, effective_rates, orphaned_figures, replaced_figures, EffectiveRate, FigureValue, ReplacedFigure,
    Target, UserFigure, UserFigureError,
};
pub use validate::{MAX_FEE_USD, MAX_HOURS};

/// The JSON text of each catalog file.
#[derive(Debug, Clone, Copy)]
pub struct CatalogFiles<'a> {
    pub domains: &'a str,
    pub roles: &'a str,
    pub skills: &'a str,
    pub certifications: &'a str,
    pub training: &'a str,
    pub exchange_rates: &'a str,
    pub routes: &'a str,
}

/// The files compiled into this build.
pub const EMBEDDED: CatalogFiles<'static> = CatalogFiles {
    domains: include_str!("../../catalog/domains.json"),
    roles: include_str!("../../catalog/roles.json"),
    skills: include_str!("../../catalog/skills.json"),
    certifications: include_str!("../../catalog/certifications.json"),
    training: include_str!("../../catalog/training.json"),
    exchange_rates: include_str!("../../catalog/exchange_rates.json"),
    routes: include_str!("../../catalog/routes.json"),
};

#[derive(Debug, thiserror::Error)]
#[error("catalog file {file}: {message}")]
pub struct CatalogError {
    pub file: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Catalog {
    pub domains: Vec<Domain>,
    pub roles: Vec<Role>,
    pub skills: Vec<Skill>,
    pub certifications: Vec<Certification>,
    pub training: Vec<TrainingOption>,
    pub exchange_rates: Vec<ExchangeRate>,
    /// Public training routes (`routes.json`).
    pub routes: Vec<PublicRoute>,
    #[serde(skip)]
    positions: Positions,
}

/// Where each id sits in its list, for lookups by id.
#[derive(Debug, Clone, Default)]
struct Positions {
    domains: HashMap<String, usize>,
    roles: HashMap<String, usize>,
    skills: HashMap<String, usize>,
    certifications: HashMap<String, usize>,
}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, CatalogError> {
    serde_json::from_str(text).map_err(|e| CatalogError { file, message: e.to_string() })
}

fn positions<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
}

impl Catalog {
    /// Reads the seven files. Shape errors are reported here; the domain's
    /// rules are checked by [`Catalog::problems`].
    pub fn from_files(files: CatalogFiles<'_>) -> Result<Catalog, CatalogError> {
        Ok(Catalog::new(
            parse("domains.json", files.domains)?,
            parse("roles.json", files.roles)?,
            parse("skills.json", files.skills)?,
            parse("certifications.json", files.certifications)?,
            parse("training.json", files.training)?,
            parse("exchange_rates.json", files.exchange_rates)?,
        )
        .with_routes(parse("routes.json", files.routes)?))
    }

    /// The catalog with these public routes.
    pub fn with_routes(mut self, routes: Vec<PublicRoute>) -> Catalog {
        self.routes = routes;
        self
    }

    pub fn route(&self, id: &str) -> Option<&PublicRoute> {
        self.routes.iter().find(|r| r.id == id)
    }

    pub fn new(
        domains: Vec<Domain>,
        roles: Vec<Role>,
        skills: Vec<Skill>,
        certifications: Vec<Certification>,
        training: Vec<TrainingOption>,
        exchange_rates: Vec<ExchangeRate>,
    ) -> Catalog {
        let positions = Positions {
            domains: positions(domains.iter().map(|d| &d.id)),
            roles: positions(roles.iter().map(|r| &r.id)),
            skills: positions(skills.iter().map(|s| &s.id)),
            certifications: positions(certifications.iter().map(|c| &c.id)),
        };
        Catalog { domains, roles, skills, certifications, training, exchange_rates, routes: Vec::new(), positions }
    }

    /// The catalog compiled into this build. Its files are checked by the
    /// tests (`embedded_catalog_has_no_problems`), so reading them cannot fail
    /// in a build that passed them.
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED_CATALOG: LazyLock<Catalog> =
            LazyLock::new(|| Catalog::from_files(EMBEDDED).unwrap_or_else(|e| panic!("the embedded catalog is broken: {e}")));
        &EMBEDDED_CATALOG
    }

    /// Every broken rule, one sentence each (empty when the catalog is sound).
    /// Every broken rule, as of `today` (the checks never read the clock).
    pub fn problems(&self, today: chrono::NaiveDate) -> Vec<String> {
        validate::problems(self, today)
    }

    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.positions.domains.get(id).map(|&i| &self.domains[i])
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.positions.roles.get(id).map(|&i| &self.roles[i])
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.positions.skills.get(id).map(|&i| &self.skills[i])
    }

    pub fn certification(&self, id: &str) -> Option<&Certification> {
        self.positions.certifications.get(id).map(|&i| &self.certifications[i])
    }

    /// `ids` with every certification they require first (their vendors'
    /// `prerequisites`, and theirs in turn) placed before them, each once, in
    /// the order given. Recommended ones are not added: the user chooses them.
    pub fn with_required(&self, ids: &[String]) -> Vec<String> {
        fn place(catalog: &Catalog, id: &str, out: &mut Vec<String>, depth: usize) {
            // The checks refuse cycles; the depth only keeps a broken catalog from looping.
            if out.iter().any(|known| known == id) || depth > 16 {
                return;
            }
            for required in catalog.certification(id).map(|c| c.prerequisites.as_slice()).unwrap_or_default() {
                place(catalog, required, out, depth + 1);
            }
            out.push(id.to_string());
        }
        let mut out = Vec::new();
        for id in ids {
            place(self, id, &mut out, 0);
        }
        out
    }

    /// How many figures of each kind are sourced, estimated, or missing.
    pub fn provenance_counts(&self) -> ProvenanceCounts {
        stats::count(self)
    }

    /// The sourcing targets (`catalog stats`): sourced pay by country, fees
    /// from vendors' own sites, sources older than 18 months on `today`, and
    /// retired certifications still recommended.
    /// The sourced figures by the kind of source and by age, as of `today`.
    pub fn source_counts(&self, today: chrono::NaiveDate) -> stats::SourceCounts {
        stats::sources(self, today)
    }

    pub fn targets(&self, today: chrono::NaiveDate) -> stats::Targets {
        stats::targets(self, today)
    }

    /// How current the catalog is: the newest "as of" date among its sourced
    /// figures (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub fn data_date(&self) -> Option<String> {
        stats::newest_source_date(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sourced(source: &str, confidence: Option<&str>) -> Provenance {
        Provenance::Sourced {
            source: source.into(),
            publisher: None,
            as_of: "2026-01".into(),
            undated: false,
            confidence: confidence.map(String::from),
            note: None,
        }
    }

    fn problems_after(edit: impl FnOnce(&mut Catalog)) -> Vec<String> {
        let mut catalog = synthetic::catalog(3, 12);
        edit(&mut catalog);
        Catalog::new(catalog.domains, catalog.roles, catalog.skills, catalog.certifications, catalog.training, catalog.exchange_rates)
            .problems(test_today())
    }

    fn test_today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn the_synthetic_catalog_is_sound() {
        assert_eq!(synthetic::catalog(13, 2000).problems(test_today()), Vec::<String>::new());
    }

    #[test]
    fn every_rule_is_enforced_by_name() {
        type Breakage = Box<dyn FnOnce(&mut Catalog)>;
        let cases: Vec<(&str, Breakage)> = vec![
            ("used twice", Box::new(|c| c.certifications[1].id = c.certifications[0].id.clone())),
            ("skill nope does not exist", Box::new(|c| c.roles[0].skills[0].skill = "nope".into())),
            ("certification gone does not exist", Box::new(|c| c.roles[0].certifications.push("gone".into()))),
            ("prerequisite ghost does not exist", Box::new(|c| c.certifications[0].prerequisites.push("ghost".into()))),
            ("domain elsewhere does not exist", Box::new(|c| c.certifications[0].domains = vec!["elsewhere".into()])),
            (
                "outside 0 to 20000",
                Box::new(|c| c.certifications[0].exam_fee_usd.as_mut().unwrap().amount = rust_decimal::Decimal::from(25_000)),
            ),
            (
                "outside 0 to 20000",
                Box::new(|c| c.certifications[0].exam_fee_usd.as_mut().unwrap().amount = rust_decimal::Decimal::from(-1)),
            ),
            ("low ≤ median ≤ high", Box::new(|c| c.roles[0].salaries[0].low = Some(rust_decimal::Decimal::from(100_000)))),
            (
                "give one figure as the median alone",
                Box::new(|c| {
                    let band = &mut c.roles[0].salaries[0];
                    (band.low, band.high) = (band.median, band.median);
                }),
            ),
            (
                "a range needs low < high",
                Box::new(|c| {
                    c.roles[0].salaries[0] =
                        SalaryBand { median: None, high: Some(rust_decimal::Decimal::from(40_000)), ..c.roles[0].salaries[0].clone() }
                }),
            ),
            ("or the median alone", Box::new(|c| c.roles[0].salaries[0].high = None)),
            (
                "pay must be above 0",
                Box::new(|c| {
                    c.roles[0].salaries[0] = SalaryBand {
                        low: None,
                        high: None,
                        median: Some(rust_decimal::Decimal::from(-5)),
                        ..c.roles[0].salaries[0].clone()
                    }
                }),
            ),
            ("hours need", Box::new(|c| c.certifications[0].prep_hours.as_mut().unwrap().high = 6_000.0)),
            ("is discontinued", Box::new(|c| c.certifications[0].status = Status::Discontinued { date: "2024-05".into() })),
            ("no Senior role", Box::new(|c| c.roles.retain(|r| r.level != RoleLevel::Senior))),
            ("form a cycle", Box::new(|c| c.certifications[6].prerequisites.push("cert-7".into()))),
            ("recommended nope does not exist", Box::new(|c| c.certifications[0].recommended.push("nope".into()))),
            ("sum to", Box::new(|c| c.domains[0].bpo_skill_weights.communication = 0.9)),
            ("needs its method", Box::new(|c| c.skills[0].provenance = Provenance::Estimate { method: "".into(), note: None })),
            (
                "needs its source",
                Box::new(|c| {
                    c.skills[0].provenance = Provenance::Sourced {
                        source: " ".into(),
                        publisher: None,
                        as_of: "2025".into(),
                        undated: false,
                        confidence: None,
                        note: None,
                    }
                }),
            ),
            (
                "is not a date",
                Box::new(|c| {
                    c.skills[0].provenance = Provenance::Sourced {
                        source: "https://x".into(),
                        publisher: None,
                        as_of: "last year".into(),
                        undated: false,
                        confidence: None,
                        note: None,
                    }
                }),
            ),
            ("currency should be", Box::new(|c| c.roles[0].salaries[0].currency = crate::money::Currency::Php)),
            (
                "more than two decimals",
                Box::new(|c| c.certifications[0].exam_fee_usd.as_mut().unwrap().amount = rust_decimal::Decimal::new(10_001, 3)),
            ),
            ("fewer hours than level", Box::new(|c| c.skills[0].hours_to_level[2] = Range { low: 1.0, high: 2.0 })),
            ("first_role", Box::new(|c| c.domains[0].first_role = "nobody".into())),
            ("without outlook_provenance", Box::new(|c| c.domains[0].outlook = "Grows 28% by 2034.".into())),
            ("user figures never", Box::new(|c| c.skills[0].provenance = Provenance::User { entered_at: "2026-01-01T00:00:00Z".into() })),
            ("must say the kind of source", Box::new(|c| c.skills[0].provenance = sourced("https://example.org/a", Some("trusted")))),
            ("must say the kind of source", Box::new(|c| c.skills[0].provenance = sourced("https://example.org/a", None))),
            (
                "cites a statistics office",
                Box::new(|c| {
                    c.roles[0].salaries[0].provenance = sourced("https://officeblues.workers.dev/oes", Some("official_statistic"))
                }),
            ),
            (
                "is not Vendor 0's own site",
                Box::new(|c| {
                    c.certifications[0].vendor = "Vendor 0".into();
                    c.certifications[0].exam_fee_usd.as_mut().unwrap().provenance =
                        sourced("https://github.com/someone/list.md", Some("vendor"));
                }),
            ),
            ("names its publisher", Box::new(|c| c.skills[0].provenance = sourced("https://example.org/a", Some("secondary")))),
            (
                "after today (2026-12-07)",
                Box::new(|c| {
                    c.skills[0].provenance = Provenance::Sourced {
                        source: "https://example.org/a".into(),
                        publisher: Some("Example".into()),
                        as_of: "2027-01".into(),
                        undated: false,
                        confidence: Some("secondary".into()),
                        note: None,
                    }
                }),
            ),
            (
                "say why in shared_because",
                Box::new(|c| {
                    let published = Provenance::Sourced {
                        source: "https://example.org/pay".into(),
                        publisher: Some("Example".into()),
                        as_of: "2026".into(),
                        undated: false,
                        confidence: Some("salary_survey".into()),
                        note: None,
                    };
                    c.roles[0].salaries[0].provenance = published.clone();
                    c.roles[3].salaries[0].provenance = published;
                }),
            ),
            (
                "pays less than every Entry role in domain-0; say why in falls_because",
                Box::new(|c| {
                    let mid = c.roles.iter_mut().find(|r| r.id == "role-0-mid").unwrap();
                    mid.salaries[0].median = Some(rust_decimal::Decimal::from(45_000));
                    mid.salaries[0].low = Some(rust_decimal::Decimal::from(30_000));
                }),
            ),
        ];
        for (expected, edit) in cases {
            let problems = problems_after(edit);
            assert!(problems.iter().any(|p| p.contains(expected)), "expected a problem containing {expected:?}, got {problems:?}");
        }
    }

    #[test]
    fn a_shared_band_or_a_falling_ladder_that_says_why_is_allowed() {
        let problems = problems_after(|c| {
            let mid = c.roles.iter_mut().find(|r| r.id == "role-0-mid").unwrap();
            mid.salaries[0].median = Some(rust_decimal::Decimal::from(45_000));
            mid.salaries[0].low = Some(rust_decimal::Decimal::from(30_000));
            mid.salaries[0].falls_because = Some("an average over every level".into());
        });
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(problems_after(|_| {}), Vec::<String>::new(), "estimates that share figures say how in their method");
    }

    #[test]
    fn a_required_certification_comes_first_and_a_recommended_one_is_left_to_the_user() {
        let catalog = Catalog::embedded();
        let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            catalog.with_required(&ids(&["istqb-ctal-ta"])),
            ids(&["istqb-ctfl", "istqb-ctal-ta"]),
            "ISTQB requires its Foundation first"
        );
        assert_eq!(catalog.with_required(&ids(&["istqb-ctfl", "istqb-ctal-ta"])), ids(&["istqb-ctfl", "istqb-ctal-ta"]), "each once");
        let security_plus = catalog.certification("comptia-security-plus").unwrap();
        assert!(security_plus.prerequisites.is_empty() && security_plus.recommended == ["comptia-network-plus"], "CompTIA only recommends");
        assert_eq!(catalog.with_required(&ids(&["comptia-security-plus"])), ids(&["comptia-security-plus"]));
    }

    #[test]
    fn shape_errors_name_the_file() {
        let files = CatalogFiles {
            domains: "[]",
            roles: "[]",
            skills: "[]",
            certifications: r#"[{"id": "x", "surprise": 1}]"#,
            training: "[]",
            exchange_rates: "[]",
            routes: "[]",
        };
        let error = Catalog::from_files(files).unwrap_err();
        assert_eq!(error.file, "certifications.json");
    }

    #[test]
    fn provenance_counts_cover_every_kind_of_figure() {
        let counts = synthetic::catalog(2, 4).provenance_counts();
        assert_eq!(counts["certification exam fee"], FigureCounts { sourced: 0, estimate: 4, none: 0 });
        assert_eq!(counts["role salary US"].estimate, 6);
        assert_eq!(counts["role salary PH"].none, 6);
    }
}
