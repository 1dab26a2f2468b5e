//! The assessment as the app and the CLI use it: taken and stored with its
//! date, read back with the ranking and growth, and the gap to any role at
//! the pace the user's profile gives.

use crate::codes::ErrorCode;

use crate::assessment::{gap, overview, Assessment, AssessmentError, AssessmentRecord, GapResult, Overview, Standing};
use crate::catalog::Catalog;
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AssessmentStoreError {
    #[error(transparent)]
    Invalid(#[from] AssessmentError),
    #[error("there is no role {0:?} in the catalog")]
    UnknownRole(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AssessmentStoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AssessmentStoreError::Invalid(e) => e.code(),
            AssessmentStoreError::UnknownRole(_) => ErrorCode::AssessmentUnknownRole,
            AssessmentStoreError::Store(e) => e.code(),
        }
    }
}

/// The user's pace, passed certifications and choices, as the store holds them.
pub fn standing(store: &Store) -> Result<Standing, StoreError> {
    let choices = store.load_choices()?;
    Ok(Standing {
        hours_per_week: store.load_profile()?.and_then(|p| p.study.hours_per_week),
        // A certification passed (a progress record) is no longer missing.
        earned: crate::app::progress::earned(store)?,
        target_role: choices.target_role,
        chosen: choices.certifications,
    })
}

/// Checks `assessment` against the catalog and keeps it, dated `now`.
/// Nothing is written when a rating is out of range.
pub fn take(
    store: &mut Store,
    catalog: &Catalog,
    assessment: Assessment,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Overview, AssessmentStoreError> {
    let assessment = assessment.checked_against(catalog)?;
    // The date is the key: a re-take within the same second (or after the
    // clock moved back) must not replace the one before, so it goes after it.
    let latest = store.load_assessments()?.pop().and_then(|r| chrono::DateTime::parse_from_rfc3339(&r.taken_at).ok());
    let now = chrono::SubsecRound::trunc_subsecs(now, 0);
    let at = match latest {
        Some(latest) if latest.to_utc() >= now => latest.to_utc() + chrono::Duration::seconds(1),
        _ => now,
    };
    let taken_at = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    store.save_assessment(&AssessmentRecord { taken_at, assessment })?;
    Ok(current(store, catalog)?)
}

/// The skills she already knows, added to her latest assessment (the
/// optional list that refines the ranking after her strengths and interests
/// gave it). The assessment keeps its date: this is the same assessment,
/// refined, not a new one to measure growth against. Nothing is written
/// when a skill or level is refused, or before the first assessment.
pub fn refine_known_skills(
    store: &mut Store,
    catalog: &Catalog,
    known_skills: std::collections::BTreeMap<String, u8>,
) -> Result<Overview, AssessmentStoreError> {
    let Some(mut latest) = store.load_assessments()?.pop() else {
        return Err(AssessmentError::new(
            "rating".into(),
            "Rate your seven strengths first; the skills you know refine that ranking.".into(),
        )
        .into());
    };
    latest.assessment = Assessment { known_skills, ..latest.assessment }.checked_against(catalog)?;
    store.save_assessment(&latest)?;
    Ok(current(store, catalog)?)
}

/// The latest assessment, its ranking at the user's pace, and the growth since the one before.
pub fn current(store: &Store, catalog: &Catalog) -> Result<Overview, StoreError> {
    store.snapshot(|store| Ok(overview(catalog, &store.load_assessments()?, &standing(store)?)))
}

/// The gap from the latest assessment (or from nothing, before the first) to `role`.
pub fn gap_to(store: &Store, catalog: &Catalog, role: &str) -> Result<GapResult, AssessmentStoreError> {
    let role = catalog.role(role).ok_or_else(|| AssessmentStoreError::UnknownRole(role.to_string()))?;
    store.snapshot(|store| {
        let latest = store.load_assessments()?.pop().map(|r| r.assessment).unwrap_or_default();
        Ok(gap(catalog, role, &latest, &standing(store)?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::BPO_SKILLS;

    #[test]
    fn a_refused_assessment_writes_nothing_and_a_good_one_is_ranked() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let catalog = Catalog::embedded();
        let mut assessment = Assessment { ratings: BPO_SKILLS.iter().map(|s| (s.to_string(), 4)).collect(), ..Default::default() };
        assessment.interests.insert("cloud".into(), 9);
        let now = chrono::Utc::now();
        let error = take(&mut store, catalog, assessment.clone(), now).unwrap_err();
        assert_eq!(error.code(), "assessment.invalid");
        assert!(error.to_string().contains("from 1 to 5"), "{error}");
        assert!(store.load_assessments().unwrap().is_empty());
        assessment.interests.insert("cloud".into(), 5);
        let view = take(&mut store, catalog, assessment.clone(), now).unwrap();
        assert_eq!(view.taken, 1);
        let again = take(&mut store, catalog, assessment, now).unwrap();
        assert_eq!(again.taken, 2, "a re-take in the same second is kept beside the first");
        assert!(again.growth.is_some());
        assert_eq!(view.fit.unwrap().ranking[0].domain, "cloud");
        let role = &catalog.roles[0];
        let view = current(&store, catalog).unwrap();
        assert_eq!(view.fit.unwrap().ranking[0].domain, "cloud");
        assert_eq!(gap_to(&store, catalog, &role.id).unwrap().certifications, role.certifications);
        assert_eq!(gap_to(&store, catalog, "astronaut").unwrap_err().code(), "assessment.unknown_role");
    }

    /// Issue 22: strengths and interests rank first; known skills refine the same assessment.
    #[test]
    fn known_skills_refine_the_latest_assessment_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let catalog = Catalog::embedded();
        let known: std::collections::BTreeMap<String, u8> = [("troubleshooting".to_string(), 2)].into();
        assert_eq!(refine_known_skills(&mut store, catalog, known.clone()).unwrap_err().code(), "assessment.invalid");
        assert!(store.load_assessments().unwrap().is_empty());
        let quick = Assessment { ratings: BPO_SKILLS.iter().map(|s| (s.to_string(), 4)).collect(), ..Default::default() };
        let first = take(&mut store, catalog, quick, chrono::Utc::now()).unwrap();
        assert!(first.fit.is_some(), "the ranking comes from strengths and interests alone");
        let refined = refine_known_skills(&mut store, catalog, known).unwrap();
        assert_eq!(refined.taken, 1, "the same assessment, refined");
        assert_eq!(refined.latest.as_ref().unwrap().taken_at, first.latest.as_ref().unwrap().taken_at);
        assert_eq!(refined.latest.unwrap().assessment.known_skills["troubleshooting"], 2);
        let bad: std::collections::BTreeMap<String, u8> = [("troubleshooting".to_string(), 9)].into();
        assert_eq!(refine_known_skills(&mut store, catalog, bad).unwrap_err().code(), "assessment.invalid");
        assert_eq!(store.load_assessments().unwrap()[0].assessment.known_skills["troubleshooting"], 2, "nothing written");
    }

    /// Issue 18: Your fit, the gap and the plan built from the store say the same hours.
    #[test]
    fn the_gap_and_the_fit_quote_the_hours_of_the_plan_the_store_would_build() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let catalog = Catalog::embedded();
        let mut assessment = Assessment { ratings: BPO_SKILLS.iter().map(|s| (s.to_string(), 3)).collect(), ..Default::default() };
        assessment.known_skills.insert("troubleshooting".into(), 1);
        take(&mut store, catalog, assessment, chrono::Utc::now()).unwrap();
        let role =
            catalog.roles.iter().find(|r| r.certifications.len() > 1 && catalog.domains.iter().any(|d| d.first_role == r.id)).unwrap();
        crate::app::choices::choose_target_role(&mut store, catalog, &role.id).unwrap();
        crate::app::choices::set_certification_choice(&mut store, catalog, &role.certifications[1], true).unwrap();
        let plan = crate::app::plan::create(&mut store, catalog, "Mine", chrono::Utc::now()).unwrap();
        let planned: i64 = plan.milestones.iter().map(|m| m.hours_hundredths).sum();
        let gap = gap_to(&store, catalog, &role.id).unwrap();
        assert_eq!(gap.plan.total_hundredths, planned);
        assert_eq!(gap.plan.certification_ids(), plan.certifications);
        let overview = current(&store, catalog).unwrap();
        let ranking = overview.fit.unwrap().ranking;
        let first = ranking.iter().find(|f| f.first_role == role.id).unwrap().first_role_plan.clone().unwrap();
        assert_eq!(first, gap.plan, "the fit quotes the same plan as the gap");
    }
}
