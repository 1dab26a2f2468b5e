//! The scheduling contract: milestones in listed order, placed on the user's
//! free weekdays, in exact integer arithmetic (never floating point).
//!
//! - Each free weekday from the start date has a capacity of
//!   hours per week ÷ the number of free weekdays.
//! - While a parallel milestone runs it takes `parallel_share_pct` of each
//!   free day's capacity; sequential milestones get the rest, or all of it
//!   when no parallel milestone runs. Each track runs its milestones one
//!   after another in listed order, with one cursor moving forward: no
//!   milestone goes back to fill earlier days.
//! - A milestone starts on the first day with capacity left on its track, on
//!   or after the day its prerequisites ended, and ends on the day its hours
//!   run out; what is left of that day goes to the next milestone of the track.
//! - A day's shares are fixed at its start: the parallel track is served
//!   first, so a sequential milestone may start on the day its parallel
//!   prerequisite ended, while a parallel milestone whose sequential
//!   prerequisite ends on a day starts on the next free day. Parallel
//!   capacity left over on a day (the track finished, or its next milestone
//!   is not ready) goes to the sequential track.
//! - An exam is dated on the first free weekday after its preparation ends.
//!
//! **Exactness.** Hours have at most two decimals. With `n` free weekdays,
//! one unit is `1 / (n × 10,000)` hour: a day's capacity is
//! `hours_per_week × 100 × 100` units, the parallel share
//! `hours_per_week × 100 × pct` units, and `h` hours are `h × 100 × n × 100`
//! units. Every quantity is a whole number of units, so 15 hours at 5 hours
//! a week over 3 days take exactly 9 days.

use crate::codes::ErrorCode;

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use rust_decimal::prelude::*;
use serde::{Deserialize, Serialize};

/// A plan that would not end within this many years is refused, not looped on.
pub const MAX_YEARS: u32 = 50;

/// A milestone as the scheduler sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: String,
    /// Hours, at most two decimals.
    pub hours: Decimal,
    /// Ids of milestones listed earlier that must end first.
    pub after: Vec<String>,
    pub parallel: bool,
    pub exam: bool,
    pub fixed: Fixed,
}

/// Work already settled, which re-planning keeps as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixed {
    /// To be scheduled.
    Open,
    /// Done, with its actual dates.
    Done { start: NaiveDate, end: NaiveDate },
    /// Skipped: no dates; what needs it does not wait for it.
    Skipped,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    pub start_date: NaiveDate,
    pub free_weekdays: Vec<Weekday>,
    /// Hours a week, at most two decimals.
    pub hours_per_week: Decimal,
    /// 0–100.
    pub parallel_share_pct: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Placed {
    pub id: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exam_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, ts_rs::TS)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ScheduleError {
    #[error("free_weekdays: choose at least one free weekday")]
    NoFreeWeekday,
    #[error("hours_per_week: must be more than 0 and at most 168 (two decimals at most)")]
    HoursPerWeek,
    #[error("parallel_share_pct: must be from 1 to 100 while a parallel milestone has hours")]
    ParallelShare,
    #[error("milestone {milestone}: hours must be from 0 to 10,000, with two decimals at most")]
    Hours { milestone: String },
    #[error("milestone {milestone}: the id is used twice")]
    DuplicateId { milestone: String },
    #[error("milestone {milestone}: its prerequisite {prerequisite} does not exist")]
    UnknownPrerequisite { milestone: String, prerequisite: String },
    #[error("milestone {milestone}: its prerequisite {prerequisite} is listed after it; move {prerequisite} above it")]
    PrerequisiteLater { milestone: String, prerequisite: String },
    #[error("milestone {milestone}: it cannot be its own prerequisite (a cycle)")]
    Cycle { milestone: String },
    #[error("the plan would take more than {MAX_YEARS} years at this pace")]
    TooLong,
}

impl ScheduleError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ScheduleError::NoFreeWeekday => ErrorCode::PlanNoFreeWeekday,
            ScheduleError::HoursPerWeek => ErrorCode::PlanHoursPerWeek,
            ScheduleError::ParallelShare => ErrorCode::PlanParallelShare,
            ScheduleError::Hours { .. } => ErrorCode::PlanHours,
            ScheduleError::DuplicateId { .. } => ErrorCode::PlanDuplicateId,
            ScheduleError::UnknownPrerequisite { .. } => ErrorCode::PlanUnknownPrerequisite,
            ScheduleError::PrerequisiteLater { .. } => ErrorCode::PlanPrerequisiteLater,
            ScheduleError::Cycle { .. } => ErrorCode::PlanCycle,
            ScheduleError::TooLong => ErrorCode::PlanTooLong,
        }
    }
}

/// `value × 100` as a whole number, when it has at most two decimals and lies in `[0, max]`.
fn hundredths(value: Decimal, max: i64) -> Option<i128> {
    let scaled = value.checked_mul(Decimal::ONE_HUNDRED)?;
    (scaled.fract().is_zero() && value >= Decimal::ZERO && value <= Decimal::from(max)).then(|| scaled.to_i128()).flatten()
}

/// Checks the order rules; returns each milestone's position by id.
fn check(tasks: &[Task]) -> Result<HashMap<&str, usize>, ScheduleError> {
    let mut position = HashMap::with_capacity(tasks.len());
    for (index, task) in tasks.iter().enumerate() {
        if position.insert(task.id.as_str(), index).is_some() {
            return Err(ScheduleError::DuplicateId { milestone: task.id.clone() });
        }
    }
    for (index, task) in tasks.iter().enumerate() {
        for prerequisite in &task.after {
            let at = *position
                .get(prerequisite.as_str())
                .ok_or_else(|| ScheduleError::UnknownPrerequisite { milestone: task.id.clone(), prerequisite: prerequisite.clone() })?;
            match at.cmp(&index) {
                std::cmp::Ordering::Equal => return Err(ScheduleError::Cycle { milestone: task.id.clone() }),
                std::cmp::Ordering::Greater => {
                    return Err(ScheduleError::PrerequisiteLater { milestone: task.id.clone(), prerequisite: prerequisite.clone() })
                }
                std::cmp::Ordering::Less => {}
            }
        }
    }
    Ok(position)
}

/// One track's cursor: the milestones it runs, in order, and the next one.
struct Track {
    queue: Vec<usize>,
    next: usize,
}

impl Track {
    fn current(&self) -> Option<usize> {
        self.queue.get(self.next).copied()
    }
}

struct Run<'a> {
    tasks: &'a [Task],
    position: HashMap<&'a str, usize>,
    remaining: Vec<i128>,
    placed: Vec<Placed>,
    /// Whether what needs this milestone may start (it ended, or was skipped).
    settled: Vec<bool>,
    /// The work of each day up to this one is written down (see [`schedule_days`]).
    log_until: Option<NaiveDate>,
    log: Vec<(NaiveDate, usize, i128)>,
}

impl Run<'_> {
    fn ready(&self, index: usize) -> bool {
        self.tasks[index].after.iter().all(|p| self.settled[self.position[p.as_str()]])
    }

    /// Spends up to `capacity` units on `track` on `day`; returns what is left.
    fn work(&mut self, track: &mut Track, day: NaiveDate, mut capacity: i128) -> i128 {
        while capacity > 0 {
            let Some(index) = track.current() else { break };
            if !self.ready(index) {
                break;
            }
            self.placed[index].start.get_or_insert(day);
            let take = self.remaining[index].min(capacity);
            if self.log_until.is_some_and(|until| day <= until) && take > 0 {
                self.log.push((day, index, take));
            }
            self.remaining[index] -= take;
            capacity -= take;
            if self.remaining[index] == 0 {
                self.placed[index].end = Some(day);
                self.settled[index] = true;
                track.next += 1;
            }
        }
        capacity
    }
}

/// Places every open milestone on the calendar. Done milestones keep their
/// dates; skipped ones get none. The result is in the input's order.
pub fn schedule(week: &Week, tasks: &[Task]) -> Result<Vec<Placed>, ScheduleError> {
    Ok(run(week, tasks, None)?.0)
}

/// Study on one day, as the schedule places it: a milestone (by index in
/// the input) and its time that day, in minutes rounded to the nearest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayWork {
    pub day: NaiveDate,
    pub task: usize,
    pub minutes: u32,
}

/// [`schedule`], with the work it places on each day up to `until`.
pub fn schedule_days(week: &Week, tasks: &[Task], until: NaiveDate) -> Result<(Vec<Placed>, Vec<DayWork>), ScheduleError> {
    let (placed, log, units_per_hour) = run(week, tasks, Some(until))?;
    let work = log
        .into_iter()
        .map(|(day, task, units)| {
            // units × 60 / units per hour, rounded half up.
            let minutes = (units * 60 * 2 + units_per_hour) / (2 * units_per_hour);
            DayWork { day, task, minutes: u32::try_from(minutes).unwrap_or(u32::MAX) }
        })
        .collect();
    Ok((placed, work))
}

type Logged = (Vec<Placed>, Vec<(NaiveDate, usize, i128)>, i128);

fn run(week: &Week, tasks: &[Task], log_until: Option<NaiveDate>) -> Result<Logged, ScheduleError> {
    let mut free = week.free_weekdays.clone();
    free.sort_by_key(|d| d.num_days_from_monday());
    free.dedup();
    let days = i128::try_from(free.len()).expect("at most seven weekdays");
    if days == 0 {
        return Err(ScheduleError::NoFreeWeekday);
    }
    let per_week = hundredths(week.hours_per_week, 168).filter(|&h| h > 0).ok_or(ScheduleError::HoursPerWeek)?;
    let share = i128::from(week.parallel_share_pct.min(100));
    let position = check(tasks)?;
    let mut remaining = Vec::with_capacity(tasks.len());
    for task in tasks {
        let hours = hundredths(task.hours, 10_000).ok_or_else(|| ScheduleError::Hours { milestone: task.id.clone() })?;
        remaining.push(hours * days * 100);
    }
    let parallel_work = tasks.iter().zip(&remaining).any(|(t, &r)| t.parallel && t.fixed == Fixed::Open && r > 0);
    if parallel_work && share == 0 {
        return Err(ScheduleError::ParallelShare);
    }
    let mut run = Run {
        tasks,
        position,
        remaining,
        placed: tasks.iter().map(|t| Placed { id: t.id.clone(), start: None, end: None, exam_date: None }).collect(),
        settled: vec![false; tasks.len()],
        log_until,
        log: Vec::new(),
    };
    for (index, task) in tasks.iter().enumerate() {
        match task.fixed {
            Fixed::Open => {}
            Fixed::Done { start, end } => {
                run.placed[index].start = Some(start);
                run.placed[index].end = Some(end);
                run.settled[index] = true;
            }
            Fixed::Skipped => run.settled[index] = true,
        }
    }
    let open = |parallel: bool| (0..tasks.len()).filter(|&i| tasks[i].fixed == Fixed::Open && tasks[i].parallel == parallel).collect();
    let mut sequential = Track { queue: open(false), next: 0 };
    let mut parallel = Track { queue: open(true), next: 0 };
    let is_free = |day: NaiveDate| free.contains(&day.weekday());
    let last_day = week.start_date + Days::new(u64::from(MAX_YEARS) * 366);
    let mut day = week.start_date;
    while sequential.current().is_some() || parallel.current().is_some() {
        if day > last_day {
            return Err(ScheduleError::TooLong);
        }
        if is_free(day) {
            let capacity = per_week * 100;
            let parallel_runs = parallel.current().is_some_and(|i| run.ready(i));
            let sequential_capacity = if parallel_runs {
                let left = run.work(&mut parallel, day, per_week * share);
                per_week * (100 - share) + left
            } else {
                capacity
            };
            run.work(&mut sequential, day, sequential_capacity);
        }
        day = day.succ_opt().ok_or(ScheduleError::TooLong)?;
    }
    for (index, task) in tasks.iter().enumerate() {
        if task.exam {
            run.placed[index].exam_date = run.placed[index].end.and_then(|end| next_free_day(end, &free));
        }
    }
    // One hour is `days × 100 × 100` units (see the module's exactness note).
    Ok((run.placed, run.log, days * 100 * 100))
}

/// The first free weekday strictly after `day`.
pub fn next_free_day(day: NaiveDate, free: &[Weekday]) -> Option<NaiveDate> {
    day.iter_days().skip(1).take(7).find(|d| free.contains(&d.weekday()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn task(id: &str, hours: i64, after: &[&str]) -> Task {
        Task {
            id: id.into(),
            hours: Decimal::from(hours),
            after: after.iter().map(|s| s.to_string()).collect(),
            parallel: false,
            exam: false,
            fixed: Fixed::Open,
        }
    }

    fn weekend(hours: i64) -> Week {
        Week {
            start_date: date("2027-01-04"),
            free_weekdays: vec![Weekday::Sat, Weekday::Sun],
            hours_per_week: Decimal::from(hours),
            parallel_share_pct: 10,
        }
    }

    /// Home's "this week" reads the very days and hours the schedule places.
    #[test]
    fn the_days_of_work_are_the_schedule_written_down() {
        let tasks = [task("A", 7, &[]), task("B", 20, &["A"])];
        let (placed, work) = schedule_days(&weekend(10), &tasks, date("2027-01-10")).unwrap();
        assert_eq!(placed, schedule(&weekend(10), &tasks).unwrap());
        let said: Vec<_> = work.iter().map(|w| (w.day.to_string(), w.task, w.minutes)).collect();
        assert_eq!(
            said,
            [("2027-01-09".into(), 0, 300), ("2027-01-10".into(), 0, 120), ("2027-01-10".into(), 1, 180)],
            "5 h a day: A's 7 h end on Sunday, whose last 3 h go to B; nothing after the 10th is written"
        );
    }

    fn span(placed: &Placed) -> (String, String) {
        (placed.start.unwrap().to_string(), placed.end.unwrap().to_string())
    }

    #[test]
    fn the_worked_example_holds_exactly() {
        let placed = schedule(&weekend(8), &[task("A", 12, &[]), task("B", 6, &["A"]), task("C", 10, &["B"])]).unwrap();
        assert_eq!(span(&placed[0]), ("2027-01-09".into(), "2027-01-16".into()));
        assert_eq!(span(&placed[1]), ("2027-01-17".into(), "2027-01-23".into()));
        assert_eq!(span(&placed[2]), ("2027-01-23".into(), "2027-01-30".into()));
    }

    #[test]
    fn fifteen_hours_at_five_a_week_over_three_days_take_exactly_nine_days() {
        let week = Week { free_weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri], hours_per_week: Decimal::from(5), ..weekend(5) };
        let placed = schedule(&week, &[task("A", 15, &[]), task("B", 1, &[])]).unwrap();
        // Mon 4 Jan … the ninth of Mon/Wed/Fri is Fri 22 Jan; nothing is left that day for B beyond it.
        assert_eq!(span(&placed[0]), ("2027-01-04".into(), "2027-01-22".into()));
        assert_eq!(placed[1].start, Some(date("2027-01-25")), "9 days exactly: no sliver of day 9 is left over");
    }

    #[test]
    fn a_night_shift_with_only_weekdays_free_studies_on_weekdays() {
        let week = Week {
            free_weekdays: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            hours_per_week: Decimal::from(10),
            ..weekend(10)
        };
        let mut exam = task("prep", 20, &[]);
        exam.exam = true;
        let placed = schedule(&week, &[exam]).unwrap();
        // 2 hours a day: 10 weekdays, Mon 4 Jan to Fri 15 Jan; the exam on the next free weekday, Monday.
        assert_eq!(span(&placed[0]), ("2027-01-04".into(), "2027-01-15".into()));
        assert_eq!(placed[0].exam_date, Some(date("2027-01-18")));
        let all = [placed[0].start.unwrap(), placed[0].end.unwrap(), placed[0].exam_date.unwrap()];
        assert!(all.iter().all(|d| d.weekday().num_days_from_monday() < 5));
    }

    #[test]
    fn prerequisites_are_respected_across_tracks_and_order_errors_name_the_milestone() {
        let mut network = task("network", 4, &["A"]);
        network.parallel = true;
        let tasks = [task("A", 4, &[]), network, task("B", 40, &["A"]), task("C", 1, &["network"])];
        let placed = schedule(&weekend(20), &tasks).unwrap();
        // A ends Sat 9 Jan (10 h a day). The parallel track starts the next free day, at 1 h a day.
        assert_eq!(span(&placed[0]), ("2027-01-09".into(), "2027-01-09".into()));
        assert_eq!(placed[1].start, Some(date("2027-01-10")));
        assert_eq!(placed[1].end, Some(date("2027-01-23")), "1 h on each of 4 free days: 10, 16, 17 and 23 Jan");
        assert!(placed[3].start >= placed[1].end, "C waits for its parallel prerequisite");
        // B: 6 h on Sat 9 (after A), then 9 h a day while the parallel runs: 6 + 9 + 9 + 9 + 7 = 40.
        assert_eq!(span(&placed[2]), ("2027-01-09".into(), "2027-01-23".into()));
        // C may start the day its parallel prerequisite ended, with what B left of that day.
        assert_eq!(span(&placed[3]), ("2027-01-23".into(), "2027-01-23".into()));

        let later = schedule(&weekend(8), &[task("A", 1, &["B"]), task("B", 1, &[])]).unwrap_err();
        assert_eq!(later.to_string(), "milestone A: its prerequisite B is listed after it; move B above it");
        assert_eq!(schedule(&weekend(8), &[task("A", 1, &["A"])]).unwrap_err().code(), "plan.cycle");
        assert_eq!(schedule(&weekend(8), &[task("A", 1, &["Z"])]).unwrap_err().code(), "plan.unknown_prerequisite");
        assert_eq!(schedule(&weekend(0), &[task("A", 1, &[])]).unwrap_err().code(), "plan.hours_per_week");
        let none = Week { free_weekdays: vec![], ..weekend(8) };
        assert_eq!(schedule(&none, &[task("A", 1, &[])]).unwrap_err().code(), "plan.no_free_weekday");
    }

    #[test]
    fn replanning_keeps_done_work_and_skips_what_was_skipped() {
        let mut done = task("A", 12, &[]);
        done.fixed = Fixed::Done { start: date("2026-12-01"), end: date("2026-12-20") };
        let mut skipped = task("B", 100, &["A"]);
        skipped.fixed = Fixed::Skipped;
        let placed = schedule(&weekend(8), &[done, skipped, task("C", 8, &["A", "B"])]).unwrap();
        assert_eq!(span(&placed[0]), ("2026-12-01".into(), "2026-12-20".into()), "done work keeps its actual dates");
        assert_eq!((placed[1].start, placed[1].end), (None, None));
        assert_eq!(span(&placed[2]), ("2027-01-09".into(), "2027-01-10".into()));
    }

    #[test]
    fn fractional_hours_are_exact_and_more_than_two_decimals_are_refused() {
        let mut a = task("A", 0, &[]);
        a.hours = Decimal::new(25, 1); // 2.5 h at 1.25 h a day (2.5 h a week over 2 days): exactly 2 days
        let week = Week { hours_per_week: Decimal::new(250, 2), ..weekend(0) };
        assert_eq!(span(&schedule(&week, &[a.clone()]).unwrap()[0]), ("2027-01-09".into(), "2027-01-10".into()));
        a.hours = Decimal::new(1001, 3);
        assert_eq!(schedule(&week, &[a]).unwrap_err().code(), "plan.hours");
    }
}
