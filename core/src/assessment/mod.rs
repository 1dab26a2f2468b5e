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
//! **Months** shown beside hours are approximate on purpose: hours ÷ the
//! user's weekly hours × 12/52, to one decimal. The plan gives real dates.

mod record;

pub use record::{growth, overview, AssessmentError, AssessmentRecord, Change, Growth, Overview};

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Range, Role};

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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub ratings: std::collections::BTreeMap<String, u8>,
    pub interests: std::collections::BTreeMap<String, u8>,
    #[serde(default)]
    pub known_skills: std::collections::BTreeMap<String, u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DomainFit {
    pub domain: String,
    pub fit: u8,
    /// The two or three factors that weigh most, strongest first.
    pub reasons: Vec<Reason>,
    pub first_role: String,
    /// Hours from zero to the first role (the catalog's estimate).
    pub first_role_hours: Option<Range>,
    /// `first_role_hours` at the user's pace (approximate; see the module doc).
    pub first_role_months: Option<Range>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FitResult {
    pub ranking: Vec<DomainFit>,
    /// True when the ratings show no strength and no interest yet, so the
    /// order comes only from how soon each first role can be reached.
    pub no_signal: bool,
}

fn score(value: Option<&u8>) -> f64 {
    (f64::from(*value.unwrap_or(&1)).clamp(1.0, 5.0) - 1.0) / 4.0
}

/// Approximate months for `hours` at `hours_per_week` (none without a pace).
pub fn approx_months(hours: Range, hours_per_week: Option<u32>) -> Option<Range> {
    let per_month = f64::from(hours_per_week.filter(|&h| h > 0)?) * 52.0 / 12.0;
    let months = |h: f64| (h / per_month * 10.0).round() / 10.0;
    Some(Range { low: months(hours.low), high: months(hours.high) })
}

/// Ranks every domain by fit, best first.
pub fn fit(catalog: &Catalog, assessment: &Assessment, hours_per_week: Option<u32>) -> FitResult {
    let mut ranking: Vec<DomainFit> = catalog
        .domains
        .iter()
        .map(|domain| {
            let mut reasons: Vec<Reason> = domain
                .bpo_skill_weights
                .values()
                .iter()
                .map(|(skill, weight)| {
                    Reason::new((*skill).to_string(), 100.0 * SKILL_SHARE * weight * score(assessment.ratings.get(*skill)))
                })
                .collect();
            reasons.push(Reason::new("interest".into(), 100.0 * (1.0 - SKILL_SHARE) * score(assessment.interests.get(&domain.id))));
            let total: f64 = reasons.iter().map(|r| r.points).sum();
            reasons.retain(|r| r.points > 0.0);
            reasons.sort_by(|a, b| b.points.total_cmp(&a.points));
            reasons.truncate(3);
            let first_role_hours = catalog.role(&domain.first_role).and_then(|r| r.prep_hours.as_ref()).map(|h| Range { low: h.low, high: h.high });
            let first_role_months = first_role_hours.and_then(|h| approx_months(h, hours_per_week));
            DomainFit {
                domain: domain.id.clone(),
                fit: total.round().clamp(0.0, 100.0) as u8,
                reasons,
                first_role: domain.first_role.clone(),
                first_role_hours,
                first_role_months,
            }
        })
        .collect();
    let hours = |f: &DomainFit| f.first_role_hours.map_or(f64::MAX, |h| h.low + h.high);
    ranking.sort_by(|a, b| b.fit.cmp(&a.fit).then_with(|| hours(a).total_cmp(&hours(b))).then_with(|| a.domain.cmp(&b.domain)));
    let no_signal = ranking.iter().all(|f| f.fit == 0);
    FitResult { ranking, no_signal }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillGap {
    pub skill: String,
    pub current: u8,
    pub required: u8,
    /// Hours to go from `current` to `required` (0 when already there).
    pub hours: Range,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapResult {
    pub role: String,
    pub skills: Vec<SkillGap>,
    /// Certifications still to earn, in the role's recommended order.
    pub certifications: Vec<String>,
    pub total_hours: Range,
    /// `total_hours` at the user's weekly hours, in months (approximate:
    /// the plan gives the dates).
    pub months: Option<Range>,
}

/// What stands between the user and `role`. One skill state serves every
/// role: a skill known for one path counts for all that need it.
pub fn gap(catalog: &Catalog, role: &Role, assessment: &Assessment, earned: &[String], hours_per_week: Option<u32>) -> GapResult {
    let skills: Vec<SkillGap> = role
        .skills
        .iter()
        .filter_map(|req| {
            let skill = catalog.skill(&req.skill)?;
            let current = assessment.known_skills.get(&req.skill).copied().unwrap_or(0).min(3);
            let at = |level: u8| if level == 0 { Range { low: 0.0, high: 0.0 } } else { skill.hours_to_level[level as usize - 1] };
            let hours = if current >= req.level {
                Range { low: 0.0, high: 0.0 }
            } else {
                Range { low: (at(req.level).low - at(current).low).max(0.0), high: (at(req.level).high - at(current).high).max(0.0) }
            };
            Some(SkillGap { skill: req.skill.clone(), current, required: req.level, hours })
        })
        .collect();
    let total_hours = skills.iter().fold(Range { low: 0.0, high: 0.0 }, |t, g| Range { low: t.low + g.hours.low, high: t.high + g.hours.high });
    let months = approx_months(total_hours, hours_per_week);
    GapResult {
        role: role.id.clone(),
        certifications: role.certifications.iter().filter(|c| !earned.contains(c)).cloned().collect(),
        skills,
        total_hours,
        months,
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
        let r = fit(catalog(), &profile([5, 4, 5, 2, 3, 3, 3], &[]), None);
        assert!(rank_of(&r, "it-support") < rank_of(&r, "blockchain"));
        assert!(rank_of(&r, "it-support") < rank_of(&r, "software-dev"));
        let it = &r.ranking[rank_of(&r, "it-support")];
        assert!(it.reasons.iter().any(|reason| reason.factor == "customer_service"), "{:?}", it.reasons);
        assert!(!r.no_signal);
    }

    #[test]
    fn a_qa_analyst_strong_in_documentation_fits_qa_testing_above_networking() {
        let r = fit(catalog(), &profile([3, 3, 2, 5, 3, 3, 4], &[("qa-testing", 3), ("networking", 3)]), None);
        assert!(rank_of(&r, "qa-testing") < rank_of(&r, "networking"));
        // Interest 3 adds 20 points; documentation is the strongest skill reason.
        let qa = &r.ranking[rank_of(&r, "qa-testing")];
        assert_eq!(qa.reasons.iter().find(|x| x.factor != "interest").unwrap().factor, "process_documentation", "{:?}", qa.reasons);
    }

    #[test]
    fn a_team_lead_strong_in_collaboration_fits_service_management() {
        let r = fit(catalog(), &profile([4, 3, 3, 3, 5, 4, 4], &[("itsm", 4)]), None);
        assert!(rank_of(&r, "itsm") < 3, "{:?}", r.ranking.iter().map(|f| (&f.domain, f.fit)).collect::<Vec<_>>());
        assert!(r.ranking[rank_of(&r, "itsm")].reasons.iter().any(|x| x.factor == "team_collaboration" || x.factor == "interest"));
    }

    #[test]
    fn an_all_ones_profile_is_ordered_by_the_nearest_first_role_and_says_so() {
        let r = fit(catalog(), &profile([1; 7], &[]), Some(10));
        assert!(r.no_signal);
        assert!(r.ranking.iter().all(|f| f.fit == 0 && f.reasons.is_empty()));
        let hours: Vec<f64> = r.ranking.iter().map(|f| f.first_role_hours.map_or(f64::MAX, |h| h.low + h.high)).collect();
        assert!(hours.windows(2).all(|w| w[0] <= w[1]), "nearest first role first: {hours:?}");
    }

    #[test]
    fn fit_is_the_documented_formula() {
        // All skills 5 and interest 5 → 100; all 3 → 50.
        assert!(fit(catalog(), &profile([5; 7], &[("cloud", 5)]), None).ranking.iter().any(|f| f.domain == "cloud" && f.fit == 100));
        let middling = fit(catalog(), &profile([3; 7], &[("data", 3)]), None);
        assert_eq!(middling.ranking.iter().find(|f| f.domain == "data").unwrap().fit, 50);
    }

    #[test]
    fn the_gap_counts_hours_from_the_current_level_and_shared_skills_count_everywhere() {
        let c = catalog();
        let role = c.role("help-desk-technician").unwrap();
        let fresh = gap(c, role, &Assessment::default(), &[], Some(10));
        assert!(fresh.total_hours.low > 0.0);
        assert_eq!(fresh.certifications, role.certifications);
        let skilled = Assessment { known_skills: role.skills.iter().map(|s| (s.skill.clone(), s.level)).collect(), ..Assessment::default() };
        let ready = gap(c, role, &skilled, &[role.certifications[0].clone()], Some(10));
        assert_eq!((ready.total_hours.low, ready.total_hours.high), (0.0, 0.0));
        assert_eq!(ready.certifications.len(), role.certifications.len() - 1);
        // The same known skills shorten another role that shares them.
        let other = c.roles.iter().find(|r| r.id != role.id && r.skills.iter().any(|s| role.skills.iter().any(|t| t.skill == s.skill))).unwrap();
        assert!(gap(c, other, &skilled, &[], None).total_hours.high < gap(c, other, &Assessment::default(), &[], None).total_hours.high);
        // 10 h a week ≈ 43.3 h a month.
        let months = fresh.months.unwrap();
        assert!((months.low - (fresh.total_hours.low / (10.0 * 52.0 / 12.0) * 10.0).round() / 10.0).abs() < 1e-9);
    }
}
