//! Assessments as the user keeps them: dated, checked before they are
//! stored, and compared with the one before to show growth.

use crate::codes::ErrorCode;

use serde::{Deserialize, Serialize};

use super::{fit, Assessment, FitResult, Standing, BPO_SKILLS};
use crate::catalog::Catalog;

/// One assessment and when it was taken. The date is its identity: export,
/// import and merge key on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRecord {
    /// RFC 3339, UTC.
    pub taken_at: String,
    pub assessment: Assessment,
}

/// A refused assessment: the field (`rating.communication`,
/// `interest.cloud`, `known_skill.sql`, `taken_at`) and why, in a sentence
/// that names the allowed range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, ts_rs::TS)]
#[error("{message}")]
pub struct AssessmentError {
    pub field: String,
    pub message: String,
}

impl AssessmentError {
    pub fn code(&self) -> ErrorCode {
        ErrorCode::AssessmentInvalid
    }

    pub fn new(field: String, message: String) -> Self {
        AssessmentError { field, message }
    }
}

const MAX_ID_LEN: usize = 100;
/// More entries than any catalog has are refused (a hostile import).
const MAX_ENTRIES: usize = 1000;

fn check_level(field: String, level: u8, low: u8, high: u8, what: &str) -> Result<(), AssessmentError> {
    if (low..=high).contains(&level) {
        Ok(())
    } else {
        Err(AssessmentError::new(field, format!("{what} must be from {low} to {high}; it was {level}.")))
    }
}

fn check_id(field: &str, id: &str) -> Result<(), AssessmentError> {
    if id.is_empty() || id.len() > MAX_ID_LEN {
        return Err(AssessmentError::new(field.into(), format!("an id must have 1 to {MAX_ID_LEN} characters")));
    }
    Ok(())
}

impl Assessment {
    /// The rules every stored assessment meets, whatever the catalog: all
    /// seven BPO skills rated 1–5, interests 1–5 (a domain left out means
    /// "no interest"), known skills at levels 0–3.
    pub fn check(&self) -> Result<(), AssessmentError> {
        for skill in BPO_SKILLS {
            let Some(&rating) = self.ratings.get(skill) else {
                return Err(AssessmentError::new(format!("rating.{skill}"), format!("{} needs a rating from 1 to 5.", skill_label(skill))));
            };
            check_level(format!("rating.{skill}"), rating, 1, 5, skill_label(skill))?;
        }
        if let Some(other) = self.ratings.keys().find(|k| !BPO_SKILLS.contains(&k.as_str())) {
            return Err(AssessmentError::new(format!("rating.{other}"), format!("{other:?} is not one of the seven BPO skills.")));
        }
        if self.interests.len() > MAX_ENTRIES || self.known_skills.len() > MAX_ENTRIES {
            return Err(AssessmentError::new("interests".into(), format!("at most {MAX_ENTRIES} entries")));
        }
        for (domain, &level) in &self.interests {
            check_id("interest", domain)?;
            check_level(format!("interest.{domain}"), level, 1, 5, &format!("Interest in {domain}"))?;
        }
        for (skill, &level) in &self.known_skills {
            check_id("known_skill", skill)?;
            check_level(format!("known_skill.{skill}"), level, 0, 3, &format!("The level of {skill}"))?;
        }
        Ok(())
    }

    /// [`Assessment::check`], and every domain and skill named exists in `catalog`.
    /// Known skills at level 0 are dropped: "not known" is the default.
    pub fn checked_against(mut self, catalog: &Catalog) -> Result<Assessment, AssessmentError> {
        self.check()?;
        if let Some(domain) = self.interests.keys().find(|d| catalog.domain(d).is_none()) {
            return Err(AssessmentError::new(format!("interest.{domain}"), format!("{domain:?} is not a domain in the catalog.")));
        }
        if let Some(skill) = self.known_skills.keys().find(|s| catalog.skill(s).is_none()) {
            return Err(AssessmentError::new(format!("known_skill.{skill}"), format!("{skill:?} is not a skill in the catalog.")));
        }
        self.known_skills.retain(|_, level| *level > 0);
        Ok(self)
    }
}

impl AssessmentRecord {
    /// What the plan builder needs of this assessment.
    pub fn known_skills(&self) -> crate::plan::KnownSkills<'_> {
        let assessed_on = chrono::DateTime::parse_from_rfc3339(&self.taken_at).ok().map(|d| d.date_naive());
        crate::plan::KnownSkills { levels: &self.assessment.known_skills, assessed_on }
    }

    pub fn check(&self) -> Result<(), AssessmentError> {
        if chrono::DateTime::parse_from_rfc3339(&self.taken_at).is_err() {
            return Err(AssessmentError::new("taken_at".into(), "taken_at must be an RFC 3339 date and time.".into()));
        }
        self.assessment.check()
    }
}

fn skill_label(skill: &str) -> &'static str {
    match skill {
        "communication" => "Communication",
        "problem_solving" => "Problem solving",
        "customer_service" => "Customer service",
        "process_documentation" => "Process documentation",
        "team_collaboration" => "Team collaboration",
        "adaptability" => "Adaptability",
        _ => "Time management",
    }
}

/// One factor before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Change {
    /// A BPO skill, a domain (for fit), or a technical skill.
    pub id: String,
    pub before: u8,
    pub after: u8,
}

/// What changed since the assessment before the latest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Growth {
    /// When the earlier assessment was taken.
    pub since: String,
    /// All seven BPO skills, in display order.
    pub ratings: Vec<Change>,
    /// Domains whose fit moved, in the later ranking's order.
    pub fits: Vec<Change>,
    /// Technical skills whose level moved (0 = not known).
    pub known_skills: Vec<Change>,
}

/// The growth from `earlier` to `later`.
pub fn growth(catalog: &Catalog, earlier: &AssessmentRecord, later: &AssessmentRecord) -> Growth {
    let (before, after) = (&earlier.assessment, &later.assessment);
    let rating = |a: &Assessment, s: &str| a.ratings.get(s).copied().unwrap_or(1);
    let ratings = BPO_SKILLS.iter().map(|s| Change { id: (*s).into(), before: rating(before, s), after: rating(after, s) }).collect();
    let fit_before = fit(catalog, before, &Standing::default());
    let fits = fit(catalog, after, &Standing::default())
        .ranking
        .into_iter()
        .filter_map(|f| {
            let old = fit_before.ranking.iter().find(|g| g.domain == f.domain)?.fit;
            (old != f.fit).then_some(Change { id: f.domain, before: old, after: f.fit })
        })
        .collect();
    let mut skills: Vec<&String> = before.known_skills.keys().chain(after.known_skills.keys()).collect();
    skills.sort();
    skills.dedup();
    let level = |a: &Assessment, s: &str| a.known_skills.get(s).copied().unwrap_or(0);
    let known_skills = skills
        .into_iter()
        .map(|s| Change { id: s.clone(), before: level(before, s), after: level(after, s) })
        .filter(|c| c.before != c.after)
        .collect();
    Growth { since: earlier.taken_at.clone(), ratings, fits, known_skills }
}

/// What the assessment view shows: the latest assessment, its ranking, and
/// the growth since the one before.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Overview {
    pub latest: Option<AssessmentRecord>,
    pub fit: Option<FitResult>,
    pub growth: Option<Growth>,
    /// How many assessments are kept.
    pub taken: usize,
    /// The known-skills list, grouped by the domain that asks for each skill first.
    pub skill_groups: Vec<super::SkillGroup>,
}

/// The overview of `history` (oldest first).
pub fn overview(catalog: &Catalog, history: &[AssessmentRecord], standing: &Standing) -> Overview {
    let latest = history.last();
    let earlier = history.len().checked_sub(2).map(|i| &history[i]);
    Overview {
        fit: latest.map(|l| fit(catalog, &l.assessment, standing)),
        growth: latest.zip(earlier).map(|(l, e)| growth(catalog, e, l)),
        latest: latest.cloned(),
        taken: history.len(),
        skill_groups: super::skill_groups(catalog),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(rating: u8) -> Assessment {
        Assessment {
            ratings: BPO_SKILLS.iter().map(|s| (s.to_string(), rating)).collect(),
            interests: Default::default(),
            known_skills: Default::default(),
        }
    }

    fn record(at: &str, assessment: Assessment) -> AssessmentRecord {
        AssessmentRecord { taken_at: at.into(), assessment }
    }

    #[test]
    fn every_rule_names_its_field_and_range() {
        let mut missing = all(3);
        missing.ratings.remove("adaptability");
        assert_eq!(missing.check().unwrap_err().field, "rating.adaptability");
        let mut high = all(3);
        high.ratings.insert("communication".into(), 6);
        let error = high.check().unwrap_err();
        assert_eq!(error.field, "rating.communication");
        assert!(error.message.contains("from 1 to 5"), "{}", error.message);
        let mut interest = all(3);
        interest.interests.insert("cloud".into(), 0);
        assert_eq!(interest.check().unwrap_err().field, "interest.cloud");
        let mut known = all(3);
        known.known_skills.insert("sql".into(), 4);
        assert!(known.check().unwrap_err().message.contains("from 0 to 3"));
        let mut stranger = all(3);
        stranger.ratings.insert("juggling".into(), 3);
        assert_eq!(stranger.check().unwrap_err().field, "rating.juggling");
        assert_eq!(record("yesterday", all(3)).check().unwrap_err().field, "taken_at");
    }

    #[test]
    fn the_catalog_check_refuses_unknown_ids_and_drops_unknown_skills_at_level_zero() {
        let catalog = Catalog::embedded();
        let mut a = all(3);
        a.interests.insert("astrology".into(), 5);
        assert_eq!(a.clone().checked_against(catalog).unwrap_err().field, "interest.astrology");
        a.interests.clear();
        let skill = catalog.skills[0].id.clone();
        a.known_skills.insert(skill.clone(), 0);
        assert!(a.checked_against(catalog).unwrap().known_skills.is_empty());
    }

    #[test]
    fn growth_compares_every_skill_and_the_fits_that_moved() {
        let catalog = Catalog::embedded();
        let before = record("2026-01-01T00:00:00Z", all(2));
        let mut better = all(2);
        better.ratings.insert("process_documentation".into(), 4);
        better.known_skills.insert(catalog.skills[0].id.clone(), 2);
        let after = record("2026-06-01T00:00:00Z", better);
        let g = growth(catalog, &before, &after);
        assert_eq!(g.since, "2026-01-01T00:00:00Z");
        assert_eq!(g.ratings.len(), 7);
        assert_eq!(g.ratings.iter().filter(|c| c.before != c.after).count(), 1);
        assert!(g.fits.iter().all(|c| c.after > c.before), "more documentation only raises fit: {:?}", g.fits);
        assert!(g.fits.iter().any(|c| c.id == "qa-testing"));
        assert_eq!(g.known_skills, vec![Change { id: catalog.skills[0].id.clone(), before: 0, after: 2 }]);
    }

    #[test]
    fn the_overview_ranks_the_latest_and_months_follow_the_pace() {
        let catalog = Catalog::embedded();
        assert_eq!(overview(catalog, &[], &Standing::at_pace(Some(8))).taken, 0);
        let history = [record("2026-01-01T00:00:00Z", all(2)), record("2026-06-01T00:00:00Z", all(4))];
        let view = overview(catalog, &history, &Standing::at_pace(Some(10)));
        assert_eq!(view.taken, 2);
        assert_eq!(view.latest.as_ref().unwrap().taken_at, "2026-06-01T00:00:00Z");
        assert!(view.growth.is_some());
        let first = view.fit.unwrap().ranking[0].first_role_plan.clone().unwrap();
        // 10 hours a week is 43.33 hours a month.
        let expected = (first.total_hundredths as f64 / 100.0 / (10.0 * 52.0 / 12.0) * 10.0).round() as i64;
        assert_eq!(first.months_tenths, Some(expected));
        assert!(overview(catalog, &history, &Standing::default()).fit.unwrap().ranking[0]
            .first_role_plan
            .as_ref()
            .unwrap()
            .months_tenths
            .is_none());
    }
}
