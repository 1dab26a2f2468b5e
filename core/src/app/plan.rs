//! The plan as the app uses it: built from the user's choices, edited one
//! change at a time (each checked whole, then written in one transaction),
//! placed on the profile's week, and compared across scenarios.

use crate::codes::ErrorCode;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Provenance};
use crate::plan::{
    build_milestones, compute, week_of, BuildInput, Milestone, Phase, Plan, PlanError, PlanView, Status, TimelineWords, Zoom,
};
use crate::store::{Store, StoreError};
use crate::typed::NumberKind;

#[derive(Debug, thiserror::Error)]
pub enum PlanStoreError {
    #[error(transparent)]
    Invalid(#[from] PlanError),
    #[error("there is no plan {0:?}")]
    NoPlan(String),
    #[error("there is no milestone {0:?} in this plan")]
    NoMilestone(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PlanStoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            PlanStoreError::Invalid(e) => e.code(),
            PlanStoreError::NoPlan(_) => ErrorCode::PlanNotFound,
            PlanStoreError::NoMilestone(_) => ErrorCode::PlanMilestoneNotFound,
            PlanStoreError::Store(e) => e.code(),
        }
    }
}

/// One plan in the scenario list.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlanSummary {
    pub id: String,
    pub name: String,
    pub active: bool,
    pub target_role: Option<String>,
    pub finish: Option<NaiveDate>,
    pub months: Option<f64>,
    pub total_hours_hundredths: i64,
    /// The fit (0–100) of the target role's domain, from the latest assessment.
    pub fit: Option<u8>,
    /// Cost, payback (P50 with its range) and NPV, when the profile has the pay to say.
    pub money: Option<crate::costs::story::MoneyFigures>,
}

/// What the roadmap view shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlanState {
    pub view: Option<PlanView>,
    pub timeline_svg: Option<String>,
    pub plans: Vec<PlanSummary>,
    /// A target role is chosen, so a plan can be built.
    pub can_build: bool,
}

/// A milestone's editable fields, as typed.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct MilestoneEdit {
    pub title: String,
    /// Hours as typed ("12", "7.5").
    pub hours: String,
    pub status: Status,
    pub notes: String,
    /// One link per line.
    pub links: String,
}

/// A new milestone, as typed.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct NewMilestone {
    pub title: String,
    pub hours: String,
    pub phase: Phase,
}

/// Hours as typed, by the one rule for hours ([`crate::typed`]: a comma only
/// groups digits, so "1,5" is refused rather than read as fifteen).
fn hours_hundredths(field: &str, text: &str) -> Result<i64, PlanError> {
    let refuse = || PlanError::new(field.to_string(), "Hours must be a number from 0 to 10,000, with at most two decimals.");
    match crate::typed::read(NumberKind::Hours, text) {
        Ok(Some(hundredths)) if hundredths <= crate::plan::MAX_HOURS_HUNDREDTHS => Ok(hundredths),
        Err(crate::typed::TypedError::CommaAsDecimal) => {
            Err(PlanError::new(field.to_string(), "Hours use a point for decimals, such as 1.5."))
        }
        _ => Err(refuse()),
    }
}

fn fit_of(store: &Store, catalog: &Catalog, role: Option<&str>) -> Result<Option<u8>, StoreError> {
    let Some(domain) = role.and_then(|r| catalog.role(r)).map(|r| r.domain.clone()) else { return Ok(None) };
    let Some(latest) = store.load_assessments()?.pop() else { return Ok(None) };
    Ok(crate::assessment::fit(catalog, &latest.assessment, &crate::assessment::Standing::default())
        .ranking
        .into_iter()
        .find(|f| f.domain == domain)
        .map(|f| f.fit))
}

/// Every plan placed on the week, summarised for the scenario list.
fn summaries(store: &Store, catalog: &Catalog, plans: &[Plan], today: NaiveDate) -> Result<Vec<PlanSummary>, StoreError> {
    let profile = store.load_profile()?;
    let effective = crate::app::effective_catalog(store, catalog)?;
    plans
        .iter()
        .map(|plan| {
            let week = week_of(profile.as_ref(), plan, today).expect("week_of never fails");
            let view = compute(plan, &week, &effective);
            Ok(PlanSummary {
                id: plan.id.clone(),
                name: plan.name.clone(),
                active: plan.active,
                target_role: plan.target_role.clone(),
                finish: view.finish,
                months: view.length.as_ref().map(|l| l.months),
                total_hours_hundredths: view.total_hours_hundredths,
                fit: fit_of(store, catalog, plan.target_role.as_deref())?,
                money: crate::app::money::figures_for_view(store, catalog, &view)?,
            })
        })
        .collect()
}

/// The active plan placed on the profile's week, its timeline, and the scenarios.
pub fn state(store: &Store, catalog: &Catalog, today: NaiveDate, zoom: Zoom, words: &TimelineWords) -> Result<PlanState, StoreError> {
    store.snapshot(|store| {
        let effective = crate::app::effective_catalog(store, catalog)?;
        let plans = store.load_plans()?;
        let active = plans.iter().find(|p| p.active);
        let view = match active {
            Some(plan) => Some(compute(plan, &week_of(store.load_profile()?.as_ref(), plan, today).expect("never fails"), &effective)),
            None => None,
        };
        let logged = match &view {
            Some(v) => store.progress_records(Some(&v.plan.id), today)?.minutes_by_milestone,
            None => Vec::new(),
        };
        let timeline_svg =
            view.as_ref().filter(|v| v.problem.is_none()).map(|v| crate::plan::timeline_with_progress(v, today, zoom, words, &logged));
        Ok(PlanState {
            timeline_svg,
            view,
            plans: summaries(store, catalog, &plans, today)?,
            can_build: store.load_choices()?.target_role.is_some(),
        })
    })
}

fn new_plan_id(store: &Store) -> Result<String, StoreError> {
    let plans = store.load_plans()?;
    Ok((1..).map(|n| format!("plan-{n}")).find(|id| plans.iter().all(|p| &p.id != id)).expect("ids never run out"))
}

/// Builds a plan from the target role, chosen certifications and latest
/// assessment, names it, and makes it the active one.
pub fn create(store: &mut Store, catalog: &Catalog, name: &str, now: DateTime<Utc>) -> Result<Plan, PlanStoreError> {
    let choices = store.load_choices()?;
    let role = choices.target_role.as_deref().and_then(|r| catalog.role(r));
    let assessment = store.load_assessments()?.pop();
    // What a chosen certification requires first is part of the plan, and of its costs.
    let certifications = catalog.with_required(&choices.certifications);
    let milestones = build_milestones(&BuildInput {
        catalog,
        role,
        certifications: &certifications,
        known_skills: assessment.as_ref().map(crate::assessment::AssessmentRecord::known_skills),
    });
    let plan = Plan {
        id: new_plan_id(store)?,
        name: name.trim().to_string(),
        target_role: role.map(|r| r.id.clone()),
        certifications,
        parallel_share_pct: crate::plan::DEFAULT_PARALLEL_SHARE_PCT,
        active: true,
        created_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        milestones,
    };
    plan.check()?;
    store.save_plan(&plan)?;
    Ok(plan)
}

fn load(store: &Store, plan_id: &str) -> Result<Plan, PlanStoreError> {
    store.load_plans()?.into_iter().find(|p| p.id == plan_id).ok_or_else(|| PlanStoreError::NoPlan(plan_id.to_string()))
}

fn position(plan: &Plan, milestone: &str) -> Result<usize, PlanStoreError> {
    plan.milestones.iter().position(|m| m.id == milestone).ok_or_else(|| PlanStoreError::NoMilestone(milestone.to_string()))
}

fn save(store: &mut Store, plan: &Plan) -> Result<(), PlanStoreError> {
    plan.check()?;
    store.save_plan(plan)?;
    Ok(())
}

/// Applies an edit to one milestone. Marking it done dates it: from its
/// planned start (or today, if that is later) to today. Leaving done clears
/// the dates, and re-planning places it again.
pub fn edit_milestone(
    store: &mut Store,
    catalog: &Catalog,
    plan_id: &str,
    milestone_id: &str,
    edit: MilestoneEdit,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<(), PlanStoreError> {
    let mut plan = load(store, plan_id)?;
    let index = position(&plan, milestone_id)?;
    let planned_start = {
        let week = week_of(store.load_profile()?.as_ref(), &plan, today).expect("never fails");
        compute(&plan, &week, catalog).placed.get(index).and_then(|p| p.start)
    };
    let milestone = &mut plan.milestones[index];
    let hours = hours_hundredths(&format!("milestone {milestone_id}: hours"), &edit.hours)?;
    if hours != milestone.hours_hundredths {
        milestone.hours_hundredths = hours;
        milestone.hours_basis = Provenance::User { entered_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true) };
    }
    milestone.title = edit.title.trim().to_string();
    milestone.notes = edit.notes;
    milestone.links = edit.links.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    // Status changes are dated: "doing" from the day it started; "done" from
    // that day (or the planned start, if earlier than today) to today.
    match edit.status {
        Status::Doing => {
            milestone.started_on.get_or_insert(today);
            milestone.done_start = None;
            milestone.done_end = None;
        }
        Status::Done if milestone.status != Status::Done => {
            milestone.done_start = Some(milestone.started_on.or(planned_start.filter(|&s| s <= today)).unwrap_or(today).min(today));
            milestone.done_end = Some(today);
        }
        Status::Done => {}
        Status::Todo | Status::Skipped => {
            milestone.started_on = None;
            milestone.done_start = None;
            milestone.done_end = None;
        }
    }
    milestone.status = edit.status;
    save(store, &plan)
}

/// Adds a milestone at the end of the plan.
pub fn add_milestone(store: &mut Store, plan_id: &str, new: NewMilestone, now: DateTime<Utc>) -> Result<String, PlanStoreError> {
    let mut plan = load(store, plan_id)?;
    let id = plan.next_milestone_id();
    let hours = hours_hundredths("hours", &new.hours)?;
    let basis = Provenance::User { entered_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true) };
    plan.milestones.push(Milestone::new(id.clone(), new.title.trim(), new.phase, hours, basis));
    save(store, &plan)?;
    Ok(id)
}

/// Deletes a milestone; what needed it no longer waits for it.
pub fn delete_milestone(store: &mut Store, plan_id: &str, milestone_id: &str) -> Result<Milestone, PlanStoreError> {
    let mut plan = load(store, plan_id)?;
    let removed = plan.milestones.remove(position(&plan, milestone_id)?);
    for m in &mut plan.milestones {
        m.after.retain(|a| a != milestone_id);
    }
    save(store, &plan)?;
    Ok(removed)
}

/// Moves a milestone one place up (`-1`) or down (`1`). A move that would put
/// a milestone above one it needs is refused, naming both.
pub fn move_milestone(store: &mut Store, plan_id: &str, milestone_id: &str, offset: i32) -> Result<(), PlanStoreError> {
    let mut plan = load(store, plan_id)?;
    let from = position(&plan, milestone_id)?;
    let to = if offset < 0 { from.checked_sub(1) } else { Some(from + 1).filter(|&t| t < plan.milestones.len()) };
    let Some(to) = to else { return Ok(()) };
    let (upper, lower) = (from.min(to), from.max(to));
    if plan.milestones[lower].after.contains(&plan.milestones[upper].id) {
        return Err(PlanError::new(
            format!("milestone {milestone_id}"),
            format!("\"{}\" needs \"{}\", so it stays below it.", plan.milestones[lower].title, plan.milestones[upper].title),
        )
        .into());
    }
    plan.milestones.swap(from, to);
    save(store, &plan)
}

/// Sets the share of a free day the parallel track takes (0–100).
pub fn set_parallel_share(store: &mut Store, plan_id: &str, typed: &str) -> Result<(), PlanStoreError> {
    let mut plan = load(store, plan_id)?;
    let pct = match crate::typed::read(NumberKind::Count, typed) {
        Ok(Some(pct)) if pct <= 100 => pct as u32,
        _ => return Err(PlanError::new("parallel_share_pct", "The parallel share must be a whole number from 0 to 100.").into()),
    };
    plan.parallel_share_pct = pct;
    save(store, &plan)
}

/// Saves a copy of a plan as a new scenario, which becomes the active one.
pub fn duplicate(store: &mut Store, plan_id: &str, name: &str, now: DateTime<Utc>) -> Result<Plan, PlanStoreError> {
    let mut plan = load(store, plan_id)?;
    plan.id = new_plan_id(store)?;
    plan.name = name.trim().to_string();
    plan.active = true;
    plan.created_at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    save(store, &plan)?;
    Ok(plan)
}

/// Makes a plan the active one.
pub fn activate(store: &mut Store, plan_id: &str) -> Result<(), PlanStoreError> {
    load(store, plan_id)?;
    store.activate_plan(plan_id)?;
    Ok(())
}

/// Renames a plan.
pub fn rename(store: &mut Store, plan_id: &str, name: &str) -> Result<(), PlanStoreError> {
    let mut plan = load(store, plan_id)?;
    plan.name = name.trim().to_string();
    save(store, &plan)
}

/// Deletes a plan. When it was the active one, the newest other plan becomes active.
pub fn delete(store: &mut Store, plan_id: &str) -> Result<(), PlanStoreError> {
    let plan = load(store, plan_id)?;
    store.delete_plan(plan_id)?;
    if plan.active {
        if let Some(next) = store.load_plans()?.pop() {
            store.activate_plan(&next.id)?;
        }
    }
    Ok(())
}

/// The active plan placed on the profile's week, with the user's own figures
/// applied to the catalog; `None` when no plan is active.
pub fn active_view(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<Option<crate::plan::PlanView>, StoreError> {
    place_active(store, &*crate::app::effective_catalog(store, catalog)?, store.load_profile()?.as_ref(), today)
}

/// [`active_view`] on an effective catalog and a profile already read.
pub fn place_active(
    store: &Store,
    effective: &Catalog,
    profile: Option<&crate::profile::Profile>,
    today: NaiveDate,
) -> Result<Option<crate::plan::PlanView>, StoreError> {
    Ok(store.active_plan()?.map(|plan| {
        let week = crate::plan::week_of(profile, &plan, today).expect("week_of never fails");
        crate::plan::compute(&plan, &week, effective)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sample::{sample_choices, sample_profile};

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        store.save_profile(&sample_profile()).unwrap();
        let choices = sample_choices();
        store.choose_target_role(choices.target_role.as_deref().unwrap(), "2026-11-22T08:00:00Z").unwrap();
        for c in &choices.certifications {
            store.add_certification_choice(c, "2026-11-22T08:00:00Z").unwrap();
        }
        (dir, store)
    }

    fn edit(m: &Milestone, hours: &str, status: Status) -> MilestoneEdit {
        MilestoneEdit { title: m.title.clone(), hours: hours.into(), status, notes: "n".into(), links: "https://a.example\n\n b ".into() }
    }

    #[test]
    fn build_edit_replan_and_compare_scenarios() {
        let (_dir, mut store) = store();
        let catalog = Catalog::embedded();
        let today: NaiveDate = "2026-11-22".parse().unwrap();
        let words = TimelineWords::english();
        let now = Utc::now();
        assert!(state(&store, catalog, today, Zoom::Months, &words).unwrap().view.is_none());
        let plan = create(&mut store, catalog, "Help desk", now).unwrap();
        let first = state(&store, catalog, today, Zoom::Months, &words).unwrap();
        let finish = first.view.as_ref().unwrap().finish.unwrap();
        assert!(first.timeline_svg.unwrap().contains("tl-bar"));

        // More hours on one step: everything after it moves later, and the figure becomes the user's.
        let step = plan.milestones[2].clone();
        edit_milestone(&mut store, catalog, &plan.id, &step.id, edit(&step, "100", Status::Todo), now, today).unwrap();
        let longer = state(&store, catalog, today, Zoom::Months, &words).unwrap().view.unwrap();
        assert!(longer.finish.unwrap() > finish);
        assert!(matches!(longer.plan.milestones[2].hours_basis, Provenance::User { .. }));
        assert_eq!(longer.plan.milestones[2].links, vec!["https://a.example", "b"]);

        // Bad hours are refused by field; nothing is written.
        let error = edit_milestone(&mut store, catalog, &plan.id, &step.id, edit(&step, "1.005", Status::Todo), now, today).unwrap_err();
        assert!(error.to_string().contains("at most two decimals"), "{error}");
        assert_eq!(state(&store, catalog, today, Zoom::Months, &words).unwrap().view.unwrap().plan, longer.plan);

        // Doing is dated; done starts from that day; moving above a prerequisite is refused.
        let yesterday = today.pred_opt().unwrap();
        edit_milestone(&mut store, catalog, &plan.id, &step.id, edit(&step, "100", Status::Doing), now, yesterday).unwrap();
        edit_milestone(&mut store, catalog, &plan.id, &step.id, edit(&step, "100", Status::Done), now, today).unwrap();
        let done = state(&store, catalog, today, Zoom::Months, &words).unwrap().view.unwrap();
        assert_eq!(done.plan.milestones[2].done_end, Some(today));
        assert_eq!(done.plan.milestones[2].done_start, Some(yesterday), "done from the day it started");
        let needs = &done.plan.milestones[3];
        assert_eq!(move_milestone(&mut store, &plan.id, &needs.id, -1).unwrap_err().code(), "plan.invalid");

        // A second scenario becomes active; both appear with their figures.
        duplicate(&mut store, &plan.id, "Faster", now).unwrap();
        let both = state(&store, catalog, today, Zoom::Months, &words).unwrap();
        assert_eq!(both.plans.len(), 2);
        assert_eq!(both.plans.iter().filter(|p| p.active).count(), 1);
        let money = both.plans[0].money.as_ref().expect("the sample profile has pay and the role a salary band");
        assert!(money.total_costs_minor > 0 && money.payback_month.p10 <= money.payback_month.p90.or(Some(u32::MAX)));
        assert_eq!(both.view.unwrap().plan.name, "Faster");
        let added = add_milestone(
            &mut store,
            &both.plans[1].id,
            NewMilestone { title: "Extra".into(), hours: "5".into(), phase: Phase::Labs },
            now,
        )
        .unwrap();
        delete_milestone(&mut store, &both.plans[1].id, &added).unwrap();
        delete(&mut store, &both.plans[1].id).unwrap();
        assert!(state(&store, catalog, today, Zoom::Months, &words).unwrap().plans[0].active, "the other plan became active");
    }
}
