//! Small, valid catalogs built in code: for the catalog's own tests (which
//! must not depend on the embedded data) and for the search benchmark (which
//! needs thousands of certifications).

use super::types::*;
use super::Catalog;

fn estimate() -> Provenance {
    Provenance::Estimate { method: "synthetic test data, not a real figure".into(), note: None }
}

const LEVELS: [RoleLevel; 3] = [RoleLevel::Entry, RoleLevel::Mid, RoleLevel::Senior];
const VENDORS: [&str; 5] = ["CompTIA", "Cisco", "AWS", "Microsoft", "ISC2"];
const TOPICS: [&str; 8] = ["Security", "Network", "Cloud", "Data", "Linux", "Support", "Python", "Testing"];

/// A sound catalog with `domains` domains (three roles each), ten skills and
/// `certifications` certifications spread over vendors, levels and topics.
pub fn catalog(domains: usize, certifications: usize) -> Catalog {
    let domain_list: Vec<Domain> = (0..domains)
        .map(|d| Domain {
            id: format!("domain-{d}"),
            name: format!("{} domain {d}", TOPICS[d % TOPICS.len()]),
            summary: "A domain for tests.".into(),
            outlook: "Steady.".into(),
            outlook_provenance: None,
            bpo_skill_weights: BpoSkillWeights {
                communication: 0.25,
                problem_solving: 0.25,
                customer_service: 0.2,
                process_documentation: 0.1,
                team_collaboration: 0.1,
                adaptability: 0.05,
                time_management: 0.05,
            },
            first_role: format!("role-{d}-entry"),
        })
        .collect();
    let skills: Vec<Skill> = (0..10)
        .map(|s| Skill {
            id: format!("skill-{s}"),
            name: format!("{} skill {s}", TOPICS[s % TOPICS.len()]),
            category: "test".into(),
            description: "A skill for tests.".into(),
            hours_to_level: [Range { low: 5.0, high: 10.0 }, Range { low: 20.0, high: 40.0 }, Range { low: 80.0, high: 160.0 }],
            provenance: estimate(),
        })
        .collect();
    let certs: Vec<Certification> = (0..certifications)
        .map(|c| {
            let topic = TOPICS[c % TOPICS.len()];
            let vendor = VENDORS[c % VENDORS.len()];
            Certification {
                id: format!("cert-{c}"),
                name: format!("{vendor} {topic} certificate {c}"),
                vendor: vendor.into(),
                domains: vec![format!("domain-{}", c % domains.max(1))],
                level: [CertLevel::Foundational, CertLevel::Associate, CertLevel::Professional, CertLevel::Expert][c % 4],
                exam_fee_usd: Some(Amount { amount: rust_decimal::Decimal::from(100 + (c % 40) * 25), provenance: estimate() }),
                exams: 1 + (c % 2) as u32,
                validity_years: Some(3),
                renewal: Renewal::CycleFee { fee_usd: rust_decimal::Decimal::from(50), every_years: 3, provenance: estimate() },
                prep_hours: Some(HoursRange {
                    low: 20.0 + (c % 10) as f64 * 10.0,
                    high: 60.0 + (c % 10) as f64 * 20.0,
                    provenance: estimate(),
                }),
                prerequisites: if c > 0 && c % 7 == 0 { vec![format!("cert-{}", c - 1)] } else { vec![] },
                recommended: vec![],
                status: Status::Active,
            }
        })
        .collect();
    let roles: Vec<Role> = (0..domains)
        .flat_map(|d| {
            LEVELS.iter().map(move |&level| Role {
                id: format!("role-{d}-{}", level_code(level)),
                domain: format!("domain-{d}"),
                level,
                title: format!("{} {:?} analyst {d}", TOPICS[d % TOPICS.len()], level),
                summary: "A role for tests.".into(),
                skills: vec![SkillRequirement { skill: format!("skill-{}", d % 10), level: 2 }],
                certifications: if certifications > d { vec![format!("cert-{d}")] } else { vec![] },
                salaries: vec![SalaryBand {
                    country: SalaryCountry::Us,
                    currency: crate::money::Currency::Usd,
                    period: Period::Year,
                    basis: crate::catalog::PayBasis::NotStated,
                    low: Some(rust_decimal::Decimal::from(40_000)),
                    median: Some(rust_decimal::Decimal::from(60_000)),
                    high: Some(rust_decimal::Decimal::from(90_000)),
                    central: Default::default(),
                    shared_because: None,
                    falls_because: None,
                    provenance: estimate(),
                }],
            })
        })
        .collect();
    Catalog::new(domain_list, roles, skills, certs, vec![], vec![])
}

/// A role level's code (`entry`, `mid`, `senior`), for synthetic ids.
fn level_code(level: RoleLevel) -> &'static str {
    match level {
        RoleLevel::Entry => "entry",
        RoleLevel::Mid => "mid",
        RoleLevel::Senior => "senior",
    }
}
