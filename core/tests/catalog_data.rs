//! The embedded catalog: broad enough (the counts the catalog issue asks
//! for), sound (no broken rule), and honest (every figure's provenance).

use std::collections::HashMap;

use pathway_core::catalog::{Catalog, Provenance, RoleLevel, Status};
use pathway_core::search::{HitKind, SearchIndex, SearchQuery};

fn catalog() -> &'static Catalog {
    Catalog::embedded()
}

/// The day the catalog was last checked: the checks take it as "today", so
/// they never depend on when the tests run. A source dated later than this
/// is refused until the date here moves with a new check.
fn checked_on() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

#[test]
fn embedded_catalog_has_no_problems() {
    let problems = catalog().problems(checked_on());
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_counts_are_met() {
    let c = catalog();
    assert!(c.domains.len() >= 13, "{} domains", c.domains.len());
    assert!(c.skills.len() >= 50, "{} skills", c.skills.len());
    assert!(c.certifications.len() >= 60, "{} certifications", c.certifications.len());
    let mut per_domain: HashMap<&str, usize> = HashMap::new();
    for role in &c.roles {
        *per_domain.entry(role.domain.as_str()).or_default() += 1;
    }
    for domain in &c.domains {
        assert!(per_domain.get(domain.id.as_str()).copied().unwrap_or(0) >= 3, "domain {} has fewer than 3 roles", domain.id);
    }
    assert!(!c.training.is_empty() && c.exchange_rates.len() >= 2);
}

#[test]
fn the_required_domains_are_all_there() {
    for id in [
        "it-support",
        "networking",
        "cybersecurity",
        "pentesting",
        "data",
        "cloud",
        "software-dev",
        "qa-testing",
        "ai-ml",
        "devops",
        "iot-edge",
        "blockchain",
        "itsm",
    ] {
        assert!(catalog().domain(id).is_some(), "domain {id} is missing");
    }
}

#[test]
fn every_domain_has_certifications_and_a_first_role_at_entry_level() {
    let c = catalog();
    for domain in &c.domains {
        assert!(c.certifications.iter().any(|cert| cert.domains.contains(&domain.id)), "no certification in {}", domain.id);
        assert_eq!(c.role(&domain.first_role).unwrap().level, RoleLevel::Entry, "{}", domain.id);
    }
}

#[test]
fn comptia_a_plus_is_stored_per_exam() {
    let a_plus = catalog().certification("comptia-a-plus").expect("A+ is in the catalog");
    assert_eq!(a_plus.exams, 2);
    assert_eq!(a_plus.exam_fee_usd.as_ref().map(|f| f.amount), Some(rust_decimal::Decimal::from(265)));
}

#[test]
fn both_exchange_rates_are_there_and_sourced_or_estimated() {
    let c = catalog();
    for to in ["PHP", "INR"] {
        let rate = c.exchange_rates.iter().find(|r| r.from.code() == "USD" && r.to.code() == to);
        let rate = rate.unwrap_or_else(|| panic!("no USD→{to} rate"));
        assert!(!matches!(rate.provenance, Provenance::User { .. }));
    }
}

#[test]
fn discontinued_certifications_carry_their_date() {
    for cert in &catalog().certifications {
        if let Status::Discontinued { date } | Status::Retiring { date } = &cert.status {
            assert!(date.len() >= 4, "{}", cert.id);
        }
    }
}

#[test]
fn searching_security_finds_comptia_security_plus_among_the_first_results() {
    let index = SearchIndex::build(catalog());
    let hits = index.search(&SearchQuery { text: "security".into(), ..SearchQuery::default() });
    let position = hits.iter().position(|h| h.id == "comptia-security-plus");
    assert!(position.is_some_and(|p| p < 5), "Security+ at {position:?} in {:?}", hits.iter().map(|h| &h.id).collect::<Vec<_>>());
}

#[test]
fn a_filter_narrows_real_results() {
    let index = SearchIndex::build(catalog());
    let all = index.search(&SearchQuery { text: "cloud".into(), limit: Some(500), ..SearchQuery::default() });
    let aws = index.search(&SearchQuery {
        text: "cloud".into(),
        vendor: Some("AWS".into()),
        kinds: vec![HitKind::Certification],
        limit: Some(500),
        ..SearchQuery::default()
    });
    assert!(!aws.is_empty() && aws.len() < all.len());
    assert!(aws.iter().all(|h| h.subtitle == "AWS"));
}
