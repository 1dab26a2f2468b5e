//! The next study blocks, as the plan dates them: each free day of the
//! coming week with the milestones the schedule puts on it and their time.
//! Home's first card once there is a plan.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::{schedule_days, tasks_of, PlanView};

/// How many days ahead the next blocks are looked for.
pub const DAYS: u64 = 7;

/// One milestone's time on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct StudyBlock {
    pub day: NaiveDate,
    pub milestone: String,
    pub title: String,
    /// Minutes, rounded to the nearest.
    pub minutes: u32,
    /// The certification whose exam this milestone ends with.
    pub exam: Option<String>,
    pub parallel: bool,
}

/// The blocks of the first week with study in it from `today` (her plan may
/// start later): every block on the seven days from the first one.
pub fn next_blocks(view: &PlanView, today: NaiveDate) -> Vec<StudyBlock> {
    if view.problem.is_some() {
        return Vec::new();
    }
    let from = view.week.start_date.max(today);
    let until = from.checked_add_days(Days::new(DAYS * 2)).unwrap_or(from);
    let Ok((_, work)) = schedule_days(&view.week, &tasks_of(&view.plan), until) else { return Vec::new() };
    let Some(first) = work.iter().map(|w| w.day).filter(|d| *d >= from).min() else { return Vec::new() };
    let last = first.checked_add_days(Days::new(DAYS - 1)).unwrap_or(first);
    work.iter()
        .filter(|w| w.day >= first && w.day <= last && w.minutes > 0)
        .map(|w| {
            let milestone = &view.plan.milestones[w.task];
            StudyBlock {
                day: w.day,
                milestone: milestone.id.clone(),
                title: milestone.title.clone(),
                minutes: w.minutes,
                exam: milestone.exam.clone(),
                parallel: milestone.parallel,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::plan::{compute, new_plan, week_of};
    use crate::store::sample::sample_profile;

    fn view(today: NaiveDate) -> PlanView {
        let catalog = Catalog::embedded();
        let plan = new_plan(catalog, "help-desk-technician", &["comptia-a-plus".to_string()]);
        let profile = sample_profile();
        compute(&plan, &week_of(Some(&profile), &plan, today).unwrap(), catalog)
    }

    #[test]
    fn the_first_week_of_study_on_her_free_days_at_her_hours() {
        // The sample profile: 8 hours a week on Saturday and Sunday, from 4 January 2027.
        let today: NaiveDate = "2026-12-07".parse().unwrap();
        let blocks = next_blocks(&view(today), today);
        let days: Vec<String> = blocks.iter().map(|b| b.day.to_string()).collect();
        assert!(days.iter().all(|d| d == "2027-01-09" || d == "2027-01-10"), "her first free weekend: {days:?}");
        let minutes: u32 = blocks.iter().map(|b| b.minutes).sum();
        assert_eq!(minutes, 8 * 60, "a week at her pace");
        assert!(blocks.iter().any(|b| b.parallel), "the parallel track takes its share");
        let placed = &view(today).placed;
        for block in &blocks {
            let at = placed.iter().find(|p| p.id == block.milestone).unwrap();
            assert!(at.start.unwrap() <= block.day && block.day <= at.end.unwrap(), "within the dates the plan gives {}", block.title);
        }
    }
}
