//! Self-assessment, domain fit, and the skill gap to a role.
//!
//! **Fit** (0–100) is transparent and documented in the app's Help:
//! `fit = round(100 × (0.6 × skills + 0.4 × interest))`, where
//! `skills = Σ weight(domain, s) × (rating(s) − 1) / 4` over the seven BPO
//! skills (the domain's weights sum to 1, so skills ∈ [0, 1]) and
//! `interest = (interest(domain) − 1) / 4`. The 60/40 split is Pathway's
//! assumption: strengths matter more than taste, but taste keeps people going.
//! The reasons are the skills that add most to a domain's score. Ties, and a
//! profile with no strengths and no interests yet, are ordered by how soon the
//! domain's first role can be reached, and the result says so.
//!
//! **Gap**: for each skill a role needs, the hours from the user's level to
//! the required one (`hours_to_level` ranges), and the certifications still
//! to earn, in the role's order.
//!
//! **Hours** have one model, the plan's: the fit's hours to a domain's first
//! role and the gap's total are the hours of the plan that would be built
//! for that role ([`PlanHours::for_role`]), summed by kind of step (skills,
//! labs, exam review, and the goal, portfolio, networking and job search).
//! **Months** beside them are approximate on purpose (the plan's arithmetic
//! without the calendar, to one decimal). The plan gives real dates.

mod record;

pub use record::{growth, overview, AssessmentError, AssessmentRecord, Change, Growth, Overview};

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Role};
use crate::plan::PlanHours;
pub use crate::plan::{skill_gaps, SkillGap};

/// The seven strengths BPO work builds, in display order.
pub const BPO_SKILLS: [&str; 7] = [
    "communication",
    "problem_solving",
    "customer_service",
    "process_documentation",
    "team_collaboration",
    "adaptability",
    "time_management",
];

/// Skills weigh this much in fit; interest weighs the rest.
pub const SKILL_SHARE: f64 = 0.6;

/// An assessment: BPO skill ratings and domain interests (1–5 each), and
/// technical skills already known (skill id → level 0–3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub ratings: std::collections::BTreeMap<String, u8>,
    pub interests: std::collections::BTreeMap<String, u8>,
    #[serde(default)]
    pub known_skills: std::collections::BTreeMap<String, u8>,
}

/// The skills one domain's roles ask for, for the optional known-skills list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SkillGroup {
    /// `None` for the skills no role asks for.
    pub domain: Option<String>,
    pub skills: Vec<String>,
}

/// Every catalog skill once, under the first domain (in catalog order)
/// whose roles ask for it, in the catalog's skill order; the rest last.
/// One group per domain keeps the list short to scan: she opens the
/// domains she has worked near, not 82 rows.
pub fn skill_groups(catalog: &Catalog) -> Vec<SkillGroup> {
    let owner = |skill: &str| {
        catalog
            .domains
            .iter()
            .find(|domain| catalog.roles.iter().filter(|r| r.domain == domain.id).any(|r| r.skills.iter().any(|s| s.skill == skill)))
    };
    let mut groups: Vec<SkillGroup> =
        catalog.domains.iter().map(|d| SkillGroup { domain: Some(d.id.clone()), skills: Vec::new() }).collect();
    let mut rest = SkillGroup { domain: None, skills: Vec::new() };
    for skill in &catalog.skills {
        match owner(&skill.id).and_then(|d| groups.iter_mut().find(|g| g.domain.as_deref() == Some(d.id.as_str()))) {
            Some(group) => group.skills.push(skill.id.clone()),
            None => rest.skills.push(skill.id.clone()),
        }
    }
    groups.push(rest);
    groups.retain(|g| !g.skills.is_empty());
    groups
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Reason {
    /// A BPO skill, or `interest`.
    pub factor: String,
    /// Points of the 100 this factor adds.
    pub points: f64,
    /// At least [`HEAVY_POINTS`]: the factor "counts heavily" in words.
    pub heavy: bool,
}

/// A reason adding at least this many points of 100 "counts heavily".
pub const HEAVY_POINTS: f64 = 10.0;

impl Reason {
    fn new(factor: String, points: f64) -> Reason {
        Reason { factor, points, heavy: points >= HEAVY_POINTS }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DomainFit {
    pub domain: String,
    pub fit: u8,
    /// The two or three factors that weigh most, strongest first.
    pub reasons: Vec<Reason>,
    pub first_role: String,
    /// The hours of a plan for the first role from the user's skills (none
    /// when the catalog has no such role).
    pub first_role_plan: Option<PlanHours>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FitResult {
    pub ranking: Vec<DomainFit>,
    /// True when the ratings show no strength and no interest yet, so the
    /// order comes only from how soon each first role can be reached.
    pub no_signal: bool,
}

fn score(value: Option<&u8>) -> f64 {
    (f64::from(*value.unwrap_or(&1)).clamp(1.0, 5.0) - 1.0) / 4.0
}

/// What besides skills shapes the plan a role's hours come from: the pace,
/// the certifications passed, and the target role with the certifications
/// chosen for it. `Standing::default()` knows none of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standing {
    pub hours_per_week: Option<u32>,
    /// Certifications passed (from progress records).
    pub earned: Vec<String>,
    pub target_role: Option<String>,
    /// The certifications chosen, which a plan for the target role is built from.
    pub chosen: Vec<String>,
}

impl Standing {
    /// Only a pace.
    pub fn at_pace(hours_per_week: Option<u32>) -> Standing {
        Standing { hours_per_week, ..Standing::default() }
    }

    /// The certifications a plan for `role` has a step for: the chosen ones
    /// for the target role (a new plan is built from them), otherwise the
    /// role's recommended ones not yet earned.
    pub fn plan_certifications(&self, role: &Role) -> Vec<String> {
        if self.target_role.as_deref() == Some(role.id.as_str()) {
            return self.chosen.clone();
        }
        role.certifications.iter().filter(|c| !self.earned.contains(c)).cloned().collect()
    }

    /// The hours of the plan that would be built for `role`.
    pub fn plan_hours(&self, catalog: &Catalog, role: &Role, assessment: &Assessment) -> PlanHours {
        PlanHours::for_role(catalog, role, &self.plan_certifications(role), Some(&assessment.known_skills), self.hours_per_week)
    }
}

/// Ranks every domain by fit, best first.
pub fn fit(catalog: &Catalog, assessment: &Assessment, standing: &Standing) -> FitResult {
    let mut ranking: Vec<DomainFit> = catalog
        .domains
        .iter()
        .map(|domain| {
            // Points first, names after: only the three reasons shown are copied out.
            let mut points: Vec<(&str, f64)> = domain
                .bpo_skill_weights
                .values()
                .iter()
                .map(|(skill, weight)| (*skill, 100.0 * SKILL_SHARE * weight * score(assessment.ratings.get(*skill))))
                .collect();
            points.push(("interest", 100.0 * (1.0 - SKILL_SHARE) * score(assessment.interests.get(&domain.id))));
            let total: f64 = points.iter().map(|(_, p)| p).sum();
            points.retain(|(_, p)| *p > 0.0);
            points.sort_by(|a, b| b.1.total_cmp(&a.1));
            let reasons: Vec<Reason> = points.into_iter().take(3).map(|(factor, p)| Reason::new(factor.to_string(), p)).collect();
            let first_role_plan = catalog.role(&domain.first_role).map(|role| standing.plan_hours(catalog, role, assessment));
            DomainFit {
                domain: domain.id.clone(),
                fit: total.round().clamp(0.0, 100.0) as u8,
                reasons,
                first_role: domain.first_role.clone(),
                first_role_plan,
            }
        })
        .collect();
    let hours = |f: &DomainFit| f.first_role_plan.as_ref().map_or(i64::MAX, |p| p.total_hundredths);
    ranking.sort_by(|a, b| b.fit.cmp(&a.fit).then_with(|| hours(a).cmp(&hours(b))).then_with(|| a.domain.cmp(&b.domain)));
    let no_signal = ranking.iter().all(|f| f.fit == 0);
    FitResult { ranking, no_signal }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct GapResult {
    pub role: String,
    pub skills: Vec<SkillGap>,
    /// Certifications still to earn, in the role's recommended order.
    pub certifications: Vec<String>,
    /// The hours of the plan that would be built for the role, by kind of
    /// step, and its approximate months.
    pub plan: PlanHours,
}

/// What stands between the user and `role`: the skills, the certifications
/// still to earn, and the hours of the plan for it.
pub fn gap(catalog: &Catalog, role: &Role, assessment: &Assessment, standing: &Standing) -> GapResult {
    GapResult {
        role: role.id.clone(),
        certifications: role.certifications.iter().filter(|c| !standing.earned.contains(c)).cloned().collect(),
        skills: skill_gaps(catalog, role, &assessment.known_skills),
        plan: standing.plan_hours(catalog, role, assessment),
    }
}

#[cfg(test)]
mod skill_group_tests {
    use super::*;

    #[test]
    fn every_skill_is_listed_once_under_a_domain_that_asks_for_it() {
        let catalog = Catalog::embedded();
        let groups = skill_groups(catalog);
        let mut listed: Vec<&String> = groups.iter().flat_map(|g| &g.skills).collect();
        assert_eq!(listed.len(), catalog.skills.len());
        listed.sort();
        listed.dedup();
        assert_eq!(listed.len(), catalog.skills.len(), "each skill once");
        for group in groups.iter().filter(|g| g.domain.is_some()) {
            let domain = group.domain.as_deref().unwrap();
            for skill in &group.skills {
                assert!(
                    catalog.roles.iter().any(|r| r.domain == domain && r.skills.iter().any(|s| &s.skill == skill)),
                    "{domain}: {skill}"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> &'static Catalog {
        Catalog::embedded()
    }

    fn profile(ratings: [u8; 7], interests: &[(&str, u8)]) -> Assessment {
        Assessment {
            ratings: BPO_SKILLS.iter().zip(ratings).map(|(s, r)| (s.to_string(), r)).collect(),
            interests: interests.iter().map(|(d, i)| (d.to_string(), *i)).collect(),
            known_skills: Default::default(),
        }
    }

    fn rank_of(result: &FitResult, domain: &str) -> usize {
        result.ranking.iter().position(|f| f.domain == domain).unwrap()
    }

    #[test]
    fn a_night_shift_agent_strong_in_customer_service_fits_it_support() {
        // Customer service 5, communication 5, problem solving 4; the rest middling; no stated interests.
        let r = fit(catalog(), &profile([5, 4, 5, 2, 3, 3, 3], &[]), &Standing::default());
        assert!(rank_of(&r, "it-support") < rank_of(&r, "blockchain"));
        assert!(rank_of(&r, "it-support") < rank_of(&r, "software-dev"));
        let it = &r.ranking[rank_of(&r, "it-support")];
        assert!(it.reasons.iter().any(|reason| reason.factor == "customer_service"), "{:?}", it.reasons);
        assert!(!r.no_signal);
    }

    #[test]
    fn a_qa_analyst_strong_in_documentation_fits_qa_testing_above_networking() {
        let r = fit(catalog(), &profile([3, 3, 2, 5, 3, 3, 4], &[("qa-testing", 3), ("networking", 3)]), &Standing::default());
        assert!(rank_of(&r, "qa-testing") < rank_of(&r, "networking"));
        // Interest 3 adds 20 points; documentation is the strongest skill reason.
        let qa = &r.ranking[rank_of(&r, "qa-testing")];
        assert_eq!(qa.reasons.iter().find(|x| x.factor != "interest").unwrap().factor, "process_documentation", "{:?}", qa.reasons);
    }

    #[test]
    fn a_team_lead_strong_in_collaboration_fits_service_management() {
        let r = fit(catalog(), &profile([4, 3, 3, 3, 5, 4, 4], &[("itsm", 4)]), &Standing::default());
        assert!(rank_of(&r, "itsm") < 3, "{:?}", r.ranking.iter().map(|f| (&f.domain, f.fit)).collect::<Vec<_>>());
        assert!(r.ranking[rank_of(&r, "itsm")].reasons.iter().any(|x| x.factor == "team_collaboration" || x.factor == "interest"));
    }

    #[test]
    fn an_all_ones_profile_is_ordered_by_the_nearest_first_role_and_says_so() {
        let r = fit(catalog(), &profile([1; 7], &[]), &Standing::at_pace(Some(10)));
        assert!(r.no_signal);
        assert!(r.ranking.iter().all(|f| f.fit == 0 && f.reasons.is_empty()));
        let hours: Vec<i64> = r.ranking.iter().map(|f| f.first_role_plan.as_ref().unwrap().total_hundredths).collect();
        assert!(hours.windows(2).all(|w| w[0] <= w[1]), "nearest first role first: {hours:?}");
    }

    #[test]
    fn fit_is_the_documented_formula() {
        // All skills 5 and interest 5 → 100; all 3 → 50.
        assert!(fit(catalog(), &profile([5; 7], &[("cloud", 5)]), &Standing::default())
            .ranking
            .iter()
            .any(|f| f.domain == "cloud" && f.fit == 100));
        let middling = fit(catalog(), &profile([3; 7], &[("data", 3)]), &Standing::default());
        assert_eq!(middling.ranking.iter().find(|f| f.domain == "data").unwrap().fit, 50);
    }

    #[test]
    fn the_gap_counts_hours_from_the_current_level_and_shared_skills_count_everywhere() {
        let c = catalog();
        let role = c.role("help-desk-technician").unwrap();
        let fresh = gap(c, role, &Assessment::default(), &Standing::at_pace(Some(10)));
        assert!(fresh.plan.skills_hundredths > 0);
        assert_eq!(fresh.certifications, role.certifications);
        let skilled =
            Assessment { known_skills: role.skills.iter().map(|s| (s.skill.clone(), s.level)).collect(), ..Assessment::default() };
        let earned = Standing { earned: vec![role.certifications[0].clone()], ..Standing::at_pace(Some(10)) };
        let ready = gap(c, role, &skilled, &earned);
        assert!(ready.skills.iter().all(|s| (s.hours.low, s.hours.high) == (0.0, 0.0)));
        assert_eq!(ready.plan.skills_hundredths, 0);
        assert_eq!(ready.certifications.len(), role.certifications.len() - 1);
        assert_eq!(ready.plan.certification_ids(), ready.certifications, "the plan reviews only the certifications still to earn");
        // The same known skills shorten another role that shares them.
        let other =
            c.roles.iter().find(|r| r.id != role.id && r.skills.iter().any(|s| role.skills.iter().any(|t| t.skill == s.skill))).unwrap();
        let none = Standing::default();
        assert!(gap(c, other, &skilled, &none).plan.total_hundredths < gap(c, other, &Assessment::default(), &none).plan.total_hundredths);
        // 10 h a week ≈ 43.3 h a month, over the plan's hours.
        let expected = (fresh.plan.total_hundredths as f64 / 100.0 / (10.0 * 52.0 / 12.0) * 10.0).round() as i64;
        assert_eq!(fresh.plan.months_tenths, Some(expected));
    }

    /// Issue 18: the fit, the gap and the plan quote one model of hours.
    #[test]
    fn the_fits_and_the_gaps_hours_are_the_hours_of_the_plan_built_for_the_role() {
        use crate::plan::{build_milestones, compute, BuildInput, Plan, Week};
        let c = catalog();
        let record = record::AssessmentRecord {
            taken_at: "2027-01-02T08:00:00Z".into(),
            assessment: Assessment {
                known_skills: [("troubleshooting".to_string(), 1)].into(),
                ..profile([4, 4, 5, 3, 3, 3, 3], &[("security", 4)])
            },
        };
        let standing = Standing::at_pace(Some(10));
        let ranking = fit(c, &record.assessment, &standing).ranking;
        for role in &c.roles {
            let milestones = build_milestones(&BuildInput {
                catalog: c,
                role: Some(role),
                certifications: &role.certifications,
                known_skills: Some(record.known_skills()),
            });
            let plan = Plan {
                id: "p".into(),
                name: "x".into(),
                target_role: Some(role.id.clone()),
                certifications: role.certifications.clone(),
                parallel_share_pct: crate::plan::DEFAULT_PARALLEL_SHARE_PCT,
                active: true,
                created_at: String::new(),
                milestones,
            };
            let week = Week {
                start_date: "2027-01-04".parse().unwrap(),
                free_weekdays: vec![chrono::Weekday::Sat, chrono::Weekday::Sun],
                hours_per_week: 10.into(),
                parallel_share_pct: 10,
            };
            let view = compute(&plan, &week, c);
            let gap = gap(c, role, &record.assessment, &standing);
            assert_eq!(gap.plan.total_hundredths, view.total_hours_hundredths, "{}", role.id);
            let step = |phase| plan.milestones.iter().filter(|m| m.phase == phase).map(|m| m.hours_hundredths).sum::<i64>();
            assert_eq!(gap.plan.skills_hundredths, step(crate::plan::Phase::Foundations), "{}", role.id);
            assert_eq!(gap.plan.exam_review_hundredths, step(crate::plan::Phase::Certification), "{}", role.id);
            assert_eq!(
                gap.plan.skills_hundredths + gap.plan.labs_hundredths + gap.plan.exam_review_hundredths + gap.plan.other_hundredths,
                gap.plan.total_hundredths
            );
            // The months are the plan's arithmetic without the calendar: within a fortnight of its dates.
            let months = view.length.as_ref().unwrap().months;
            let approx = gap.plan.months_tenths.unwrap() as f64 / 10.0;
            assert!((approx - months).abs() <= 0.5, "{}: about {approx} months, the plan {months}", role.id);
            if let Some(f) = ranking.iter().find(|f| f.first_role == role.id) {
                assert_eq!(f.first_role_plan.as_ref(), Some(&gap.plan), "{}", role.id);
            }
        }
    }

    #[test]
    fn a_plan_for_the_target_role_counts_the_chosen_certifications() {
        let c = catalog();
        let role = c.roles.iter().find(|r| r.certifications.len() > 1).unwrap();
        let chosen = vec![role.certifications[1].clone()];
        let standing = Standing { target_role: Some(role.id.clone()), chosen: chosen.clone(), ..Standing::default() };
        let g = gap(c, role, &Assessment::default(), &standing);
        assert_eq!(g.plan.certification_ids(), chosen);
        assert_eq!(g.certifications, role.certifications, "the gap still lists what the role recommends");
        let other = c.roles.iter().find(|r| r.id != role.id && !r.certifications.is_empty()).unwrap();
        assert_eq!(gap(c, other, &Assessment::default(), &standing).plan.certification_ids(), other.certifications);
    }
}
