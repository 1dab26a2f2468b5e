//! A stored plan placed on the user's week: dates for every milestone, the
//! finish, the length check (6–24 months, with what would change it), and
//! warnings such as an exam dated after its certification retires.

use chrono::{NaiveDate, Weekday};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{schedule, Fixed, Placed, Plan, ScheduleError, Status, Task, Week};
use crate::catalog::Catalog;
use crate::profile::Profile;

/// A typical plan lands in this range of months.
pub const TYPICAL_MONTHS: (u32, u32) = (6, 24);
/// Average days in a month (365.25 / 12), for lengths shown in months.
const DAYS_PER_MONTH: f64 = 30.4375;
/// Weekly study hours above this are not suggested.
const MAX_SUGGESTED_HOURS: u32 = 40;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlanView {
    pub plan: Plan,
    /// In the milestones' order; empty when the week is not set up.
    pub placed: Vec<Placed>,
    pub start: NaiveDate,
    pub finish: Option<NaiveDate>,
    /// Planned hours of every milestone not skipped, × 100.
    pub total_hours_hundredths: i64,
    pub length: Option<Length>,
    pub warnings: Vec<Warning>,
    /// Why the plan cannot be dated (no hours a week, no free day, …).
    pub problem: Option<Problem>,
    /// The week it was placed on (the money story reads its hours).
    #[serde(skip)]
    pub week: Week,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Problem {
    pub code: crate::codes::ErrorCode,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Length {
    /// From the start to the finish, in months, one decimal.
    pub months: f64,
    /// `typical`, `short` or `long`.
    pub verdict: &'static str,
    /// For a long plan: the weekly hours that would bring it within 24 months, if any up to 40 do.
    pub hours_for_typical: Option<u32>,
    /// The plan has more than one certification (dropping one shortens it).
    pub can_drop_certification: bool,
    /// The target is not an entry-level role (a nearer role shortens it).
    pub nearer_role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    ExamAfterRetirement { milestone: String, certification: String, retires: String, exam: NaiveDate },
}

/// The week the profile describes, from `max(start date, today)`.
pub fn week_of(profile: Option<&Profile>, plan: &Plan, today: NaiveDate) -> Result<Week, ScheduleError> {
    let study = profile.map(|p| &p.study);
    let free_weekdays: Vec<Weekday> =
        study.map(|s| s.free_weekdays.iter().filter_map(|d| d.code().parse().ok()).collect()).unwrap_or_default();
    let hours = study.and_then(|s| s.hours_per_week).unwrap_or(0);
    let start = study.and_then(|s| s.start_date).map_or(today, |d| d.max(today));
    Ok(Week { start_date: start, free_weekdays, hours_per_week: Decimal::from(hours), parallel_share_pct: plan.parallel_share_pct })
}

/// The scheduler's view of the plan's milestones.
pub fn tasks_of(plan: &Plan) -> Vec<Task> {
    plan.milestones
        .iter()
        .map(|m| Task {
            id: m.id.clone(),
            hours: Decimal::new(m.hours_hundredths, 2),
            after: m.after.clone(),
            parallel: m.parallel,
            exam: m.exam.is_some(),
            fixed: match (m.status, m.done_start, m.done_end) {
                (Status::Done, Some(start), Some(end)) => Fixed::Done { start, end },
                (Status::Skipped, _, _) => Fixed::Skipped,
                _ => Fixed::Open,
            },
        })
        .collect()
}

/// Places `plan` on the week and checks its length and exam dates.
pub fn compute(plan: &Plan, week: &Week, catalog: &Catalog) -> PlanView {
    // The same sum Your fit and the skill gap quote.
    let total_hours_hundredths = super::PlanHours::of(&plan.milestones, plan.parallel_share_pct, None).total_hundredths;
    let mut view = PlanView {
        plan: plan.clone(),
        placed: Vec::new(),
        start: week.start_date,
        finish: None,
        total_hours_hundredths,
        length: None,
        warnings: Vec::new(),
        problem: None,
        week: week.clone(),
    };
    let placed = match schedule(week, &tasks_of(plan)) {
        Ok(placed) => placed,
        Err(error) => {
            view.problem = Some(Problem { code: error.code(), message: error.to_string() });
            return view;
        }
    };
    view.finish = finish_of(&placed);
    view.start = placed.iter().filter_map(|p| p.start).min().map_or(week.start_date, |d| d.min(week.start_date));
    view.warnings = retirement_warnings(plan, &placed, catalog);
    view.length = view.finish.map(|finish| length(plan, week, view.start, finish, catalog));
    view.placed = placed;
    view
}

fn finish_of(placed: &[Placed]) -> Option<NaiveDate> {
    placed.iter().filter_map(|p| p.exam_date.max(p.end)).max()
}

fn months_between(start: NaiveDate, finish: NaiveDate) -> f64 {
    let days = (finish - start).num_days() + 1;
    (days as f64 / DAYS_PER_MONTH * 10.0).round() / 10.0
}

fn length(plan: &Plan, week: &Week, start: NaiveDate, finish: NaiveDate, catalog: &Catalog) -> Length {
    let months = months_between(start, finish);
    let (low, high) = TYPICAL_MONTHS;
    let verdict = if months < f64::from(low) {
        "short"
    } else if months > f64::from(high) {
        "long"
    } else {
        "typical"
    };
    let long = verdict == "long";
    let hours_for_typical = long.then(|| hours_for_typical(plan, week, start)).flatten();
    let role = plan.target_role.as_deref().and_then(|r| catalog.role(r));
    let nearer_role = role
        .filter(|r| long && r.level != crate::catalog::RoleLevel::Entry)
        .and_then(|r| catalog.domain(&r.domain))
        .map(|d| d.first_role.clone())
        .filter(|first| Some(first.as_str()) != plan.target_role.as_deref());
    Length { months, verdict, hours_for_typical, can_drop_certification: long && plan.certifications.len() > 1, nearer_role }
}

/// The fewest weekly hours (up to 40) that bring the plan within the typical
/// length. More hours never finish later, so a binary search finds it.
fn hours_for_typical(plan: &Plan, week: &Week, start: NaiveDate) -> Option<u32> {
    let tasks = tasks_of(plan);
    let fits = |hours: u32| {
        let faster = Week { hours_per_week: Decimal::from(hours), ..week.clone() };
        schedule(&faster, &tasks).ok().and_then(|p| finish_of(&p)).is_some_and(|f| months_between(start, f) <= f64::from(TYPICAL_MONTHS.1))
    };
    let (mut low, mut high) = (week.hours_per_week.try_into().unwrap_or(0u32) + 1, MAX_SUGGESTED_HOURS);
    if low > high || !fits(high) {
        return None;
    }
    while low < high {
        let middle = (low + high) / 2;
        if fits(middle) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    Some(low)
}

fn retirement_warnings(plan: &Plan, placed: &[Placed], catalog: &Catalog) -> Vec<Warning> {
    plan.milestones
        .iter()
        .zip(placed)
        .filter_map(|(m, p)| {
            let cert = catalog.certification(m.exam.as_deref()?)?;
            let retires = match &cert.status {
                crate::catalog::Status::Retiring { date } | crate::catalog::Status::Discontinued { date } => date,
                crate::catalog::Status::Active => return None,
            };
            let exam = p.exam_date?;
            (exam.to_string().as_str() > retires.as_str()).then(|| Warning::ExamAfterRetirement {
                milestone: m.id.clone(),
                certification: cert.id.clone(),
                retires: retires.clone(),
                exam,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{build_milestones, BuildInput, Milestone, Phase};

    fn plan(milestones: Vec<Milestone>, certifications: Vec<String>, role: Option<&str>) -> Plan {
        Plan {
            id: "p1".into(),
            name: "Test".into(),
            target_role: role.map(String::from),
            certifications,
            parallel_share_pct: 10,
            active: true,
            created_at: "2026-11-22T08:00:00Z".into(),
            milestones,
        }
    }

    fn week(hours: u32, free: &[Weekday]) -> Week {
        Week {
            start_date: "2027-01-04".parse().unwrap(),
            free_weekdays: free.to_vec(),
            hours_per_week: hours.into(),
            parallel_share_pct: 10,
        }
    }

    fn built(role: &str) -> Plan {
        let catalog = Catalog::embedded();
        let role = catalog.role(role).unwrap();
        let milestones =
            build_milestones(&BuildInput { catalog, role: Some(role), certifications: &role.certifications, known_skills: None });
        plan(milestones, role.certifications.clone(), Some(&role.id))
    }

    #[test]
    fn a_plan_outside_six_to_twentyfour_months_says_why_and_what_would_change_it() {
        let catalog = Catalog::embedded();
        let slow = compute(&built("soc-analyst"), &week(2, &[Weekday::Sun]), catalog);
        let length = slow.length.unwrap();
        assert_eq!(length.verdict, "long", "{length:?}");
        let hours = length.hours_for_typical.expect("some weekly hours up to 40 fit it in 24 months");
        let faster = compute(&built("soc-analyst"), &week(hours, &[Weekday::Sun]), catalog);
        assert!(faster.length.unwrap().months <= 24.0);
        let one_fewer = compute(&built("soc-analyst"), &week(hours - 1, &[Weekday::Sun]), catalog);
        assert!(one_fewer.length.unwrap().months > 24.0, "the suggestion is the fewest hours that work");

        let tiny = plan(vec![built("help-desk-technician").milestones[0].clone()], vec![], None);
        assert_eq!(compute(&tiny, &week(10, &[Weekday::Sat]), catalog).length.unwrap().verdict, "short");
    }

    #[test]
    fn marking_a_milestone_done_keeps_its_dates_and_moves_what_follows() {
        let catalog = Catalog::embedded();
        let mut p = built("help-desk-technician");
        let w = week(8, &[Weekday::Sat, Weekday::Sun]);
        let before = compute(&p, &w, catalog);
        let first_seq = p.milestones.iter().position(|m| m.phase == Phase::Foundations).unwrap();
        p.milestones[first_seq].status = Status::Done;
        p.milestones[first_seq].done_start = Some("2026-12-01".parse().unwrap());
        p.milestones[first_seq].done_end = Some("2026-12-02".parse().unwrap());
        let after = compute(&p, &w, catalog);
        assert_eq!(after.placed[first_seq].end, Some("2026-12-02".parse().unwrap()), "done work keeps its actual dates");
        assert!(after.finish < before.finish, "the rest moves earlier: {:?} → {:?}", before.finish, after.finish);
        assert_eq!(after.start, "2026-12-01".parse().unwrap(), "the plan starts with the first work done");
    }

    #[test]
    fn changing_hours_per_week_moves_the_dates() {
        let catalog = Catalog::embedded();
        let p = built("help-desk-technician");
        let slow = compute(&p, &week(6, &[Weekday::Sat, Weekday::Sun]), catalog);
        let fast = compute(&p, &week(12, &[Weekday::Sat, Weekday::Sun]), catalog);
        assert!(fast.finish < slow.finish);
        assert!(slow.problem.is_none());
        let none = compute(&p, &week(0, &[Weekday::Sat]), catalog);
        assert_eq!(none.problem.unwrap().code, "plan.hours_per_week");
    }

    #[test]
    fn an_exam_after_its_certification_retires_is_warned_about() {
        let catalog = Catalog::embedded();
        let cert = catalog
            .certifications
            .iter()
            .find(|c| c.status != crate::catalog::Status::Active)
            .expect("the catalog lists discontinued certifications");
        let milestones =
            build_milestones(&BuildInput { catalog, role: None, certifications: std::slice::from_ref(&cert.id), known_skills: None });
        let p = plan(milestones, vec![cert.id.clone()], None);
        let mut w = week(1, &[Weekday::Sun]);
        w.start_date = "2040-01-01".parse().unwrap();
        let view = compute(&p, &w, catalog);
        assert!(matches!(&view.warnings[..], [Warning::ExamAfterRetirement { .. }]), "{:?}", view.warnings);
    }
}
