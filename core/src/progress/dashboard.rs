//! The dashboard on Home: plan progress weighted by planned hours, pace
//! against the weekly target and the plan, and what is next. Pure: it is
//! given every record and today's date.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use super::{Application, Contact, Session};
use crate::plan::{PlanView, Status};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Pace {
    /// Hours logged from Monday to Sunday of this week.
    pub hours_this_week: f64,
    pub weekly_target: Option<u32>,
    /// Weeks in a row, ending with last week (or this one once met), at or above the target.
    pub streak_weeks: u32,
    /// Positive: days behind the plan; negative: days ahead. The forecast
    /// finish against the planned one, so "ahead" and "behind" always agree
    /// with the forecast beside them (and say nothing when it does not).
    pub days_behind: Option<i64>,
    /// At the pace since `pace_since`; once two full weeks of the plan have passed.
    pub forecast_finish: Option<NaiveDate>,
    pub planned_finish: Option<NaiveDate>,
    /// The first day the forecast's pace counts: the plan's start, or four weeks back once it is older.
    pub pace_since: Option<NaiveDate>,
    /// While the plan is younger than two full weeks: the day the forecast starts to speak.
    pub forecast_from: Option<NaiveDate>,
}

/// Full days of the plan before its pace says anything.
pub const PACE_MIN_DAYS: i64 = 14;
/// The most recent days the pace counts.
pub const PACE_WINDOW_DAYS: i64 = 28;

/// The day the plan started: the later of the day it was made and the study start date.
pub fn plan_start(plan: &crate::plan::Plan, study_start: Option<NaiveDate>) -> Option<NaiveDate> {
    let made = chrono::DateTime::parse_from_rfc3339(&plan.created_at).ok().map(|d| d.date_naive());
    match (made, study_start) {
        (Some(made), Some(start)) => Some(made.max(start)),
        (made, start) => made.or(start),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NextUp {
    Milestone { id: String, title: String, start: Option<NaiveDate> },
    Exam { milestone: String, certification: String, date: NaiveDate },
    FollowUp { id: String, name: String, date: NaiveDate },
    ApplicationAction { id: String, company: String, action: String, date: NaiveDate },
}

impl NextUp {
    fn date(&self) -> Option<NaiveDate> {
        match self {
            NextUp::Milestone { start, .. } => *start,
            NextUp::Exam { date, .. } | NextUp::FollowUp { date, .. } | NextUp::ApplicationAction { date, .. } => Some(*date),
        }
    }
}

/// Money spent so far (the exam attempts recorded) against the plan's budget.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(rename = "DashboardSpending")]
pub struct Spending {
    pub currency: crate::money::Currency,
    pub spent_minor: i64,
    /// What the plan is expected to cost up to the new job, as Costs & ROI
    /// says it (`costs::story::spending`); `None` when it cannot be costed.
    pub budget_minor: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Dashboard {
    /// 0–100, weighted by planned hours; `None` without a plan.
    pub progress_pct: Option<f64>,
    pub hours_logged: f64,
    pub pace: Pace,
    /// Hours in each of the last twelve weeks, oldest first (Monday dates).
    pub weekly_hours: Vec<(NaiveDate, f64)>,
    pub next_up: Vec<NextUp>,
    /// Applications by current stage.
    pub applications_by_stage: Vec<(super::Stage, usize)>,
    /// Planned and logged hours, cumulative, at the end of each of the last twelve weeks.
    pub cumulative: Vec<(NaiveDate, f64, f64)>,
    pub spending: Option<Spending>,
    /// The two charts, drawn by the core.
    pub charts: Option<DashboardCharts>,
    /// The next study blocks on her free days, as the plan dates them (Home's first card).
    pub this_week: Vec<crate::plan::StudyBlock>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DashboardCharts {
    pub weekly: String,
    pub cumulative: String,
}

/// What the dashboard needs of the records: totals, not every row. The
/// store computes it with SQL aggregates (years of sessions stay fast);
/// [`Records::of`] computes the same from lists, for tests.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Records {
    pub total_minutes: u64,
    /// Minutes by day, for the twelve weeks up to and including this one.
    pub minutes_by_day: Vec<(NaiveDate, u64)>,
    /// Minutes logged against each milestone of the active plan.
    pub minutes_by_milestone: Vec<(String, u64)>,
    /// Current stage of every application.
    pub stage_counts: Vec<(super::Stage, usize)>,
    /// The applications not closed whose next action falls soonest (by `today + 14 days`), at most `NEXT_UP`.
    pub due_applications: Vec<Application>,
    /// The open follow-ups that fall soonest (by `today + 14 days`), at most `NEXT_UP`.
    pub due_contacts: Vec<Contact>,
    /// Certifications with a pass recorded: their exams are no longer to do.
    pub passed: Vec<String>,
}

/// The first day the dashboard looks at (the Monday eleven weeks back), and the last day of "soon".
pub fn window(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (monday_of(today) - Duration::weeks(11), today + Duration::days(14))
}

impl Records {
    pub fn of(
        sessions: &[Session],
        applications: &[Application],
        contacts: &[Contact],
        plan_id: Option<&str>,
        today: NaiveDate,
    ) -> Records {
        let (since, soon) = window(today);
        let mut by_day = std::collections::BTreeMap::new();
        let mut by_milestone = std::collections::BTreeMap::new();
        for s in sessions {
            if s.date >= since {
                *by_day.entry(s.date).or_insert(0u64) += u64::from(s.minutes);
            }
            if let (Some(p), Some(m)) = (&s.plan_id, &s.milestone_id) {
                if Some(p.as_str()) == plan_id {
                    *by_milestone.entry(m.clone()).or_insert(0u64) += u64::from(s.minutes);
                }
            }
        }
        Records {
            total_minutes: sessions.iter().map(|s| u64::from(s.minutes)).sum(),
            minutes_by_day: by_day.into_iter().collect(),
            minutes_by_milestone: by_milestone.into_iter().collect(),
            stage_counts: super::Stage::ALL
                .iter()
                .map(|&st| (st, applications.iter().filter(|a| a.stage() == st).count()))
                .filter(|(_, n)| *n > 0)
                .collect(),
            due_applications: soonest(applications.iter().filter(|a| !a.stage().is_final()), |a| a.next_action_date, |a| &a.id, soon),
            due_contacts: soonest(contacts.iter().filter(|c| !c.followed_up), |c| c.follow_up, |c| &c.id, soon),
            passed: Vec::new(),
        }
    }
}

/// The `NEXT_UP` records due soonest (by date, then id), among those due by `soon`.
fn soonest<'a, T: Clone + 'a>(
    records: impl Iterator<Item = &'a T>,
    due: impl Fn(&T) -> Option<NaiveDate>,
    id: impl Fn(&T) -> &String,
    soon: NaiveDate,
) -> Vec<T> {
    let mut list: Vec<&T> = records.filter(|r| due(r).is_some_and(|d| d <= soon)).collect();
    list.sort_by(|a, b| due(a).cmp(&due(b)).then_with(|| id(a).cmp(id(b))));
    list.into_iter().take(NEXT_UP).cloned().collect()
}

/// How many things "Next up" shows.
pub const NEXT_UP: usize = 3;

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

fn hours(minutes: u64) -> f64 {
    super::hours_hundredths(minutes) as f64 / 100.0
}

/// Everything Home shows about progress. `study_start` is the profile's study
/// start date, which with the day the plan was made gives the plan's start.
pub fn dashboard(
    plan: Option<&PlanView>,
    records: &Records,
    weekly_target: Option<u32>,
    study_start: Option<NaiveDate>,
    today: NaiveDate,
) -> Dashboard {
    let this_week = monday_of(today);
    let minutes_between = |from: NaiveDate, to: NaiveDate| -> u64 {
        records.minutes_by_day.iter().filter(|(d, _)| *d >= from && *d <= to).map(|(_, m)| m).sum()
    };
    let weekly: Vec<(NaiveDate, f64)> = (0..12)
        .rev()
        .map(|w| {
            let start = this_week - Duration::weeks(w);
            (start, hours(minutes_between(start, start + Duration::days(6))))
        })
        .collect();
    let hours_this_week = weekly.last().map_or(0.0, |w| w.1);
    let streak_weeks = weekly_target.map_or(0, |target| {
        let met = |h: f64| h >= f64::from(target);
        let mut weeks = weekly.iter().rev();
        let current_counts = met(hours_this_week);
        if !current_counts {
            weeks.next();
        }
        weeks.take_while(|w| met(w.1)).count() as u32
    });
    let cumulative = weekly
        .iter()
        .map(|(monday, _)| {
            let end = *monday + Duration::days(6);
            let after: u64 = records.minutes_by_day.iter().filter(|(d, _)| *d > end).map(|(_, m)| m).sum();
            (end, plan.map_or(0.0, |v| planned_hours_by(v, end)), hours(records.total_minutes.saturating_sub(after)))
        })
        .collect();
    let planned_finish = plan.and_then(|p| p.finish);
    // The pace counts only days of the plan, and speaks after two full weeks of it.
    let start = plan.and_then(|v| plan_start(&v.plan, study_start));
    let speaks = start.filter(|s| today >= *s + Duration::days(PACE_MIN_DAYS));
    let pace_since = speaks.map(|s| s.max(today - Duration::days(PACE_WINDOW_DAYS - 1)));
    let forecast_from = start.filter(|_| speaks.is_none()).map(|s| s + Duration::days(PACE_MIN_DAYS));
    let pace = pace_since.map(|since| (minutes_between(since, today), (today - since).num_days() + 1));
    let (progress_pct, forecast_finish) = plan.map_or((None, None), |view| progress(view, records, today, pace));
    let days_behind = forecast_finish.zip(planned_finish).map(|(forecast, planned)| (forecast - planned).num_days());
    Dashboard {
        progress_pct,
        hours_logged: hours(records.total_minutes),
        pace: Pace {
            hours_this_week,
            weekly_target,
            streak_weeks,
            days_behind,
            forecast_finish,
            planned_finish,
            pace_since,
            forecast_from,
        },
        weekly_hours: weekly,
        next_up: next_up(plan, records, today),
        applications_by_stage: records.stage_counts.clone(),
        cumulative,
        spending: None,
        charts: None,
        this_week: plan.map(|view| crate::plan::next_blocks(view, today)).unwrap_or_default(),
    }
}

/// Progress weighted by planned hours (done milestones in full, others by
/// the hours logged against them), and the finish at `pace` (minutes logged
/// over so many days of the plan) for the hours left.
fn progress(view: &PlanView, records: &Records, today: NaiveDate, pace: Option<(u64, i64)>) -> (Option<f64>, Option<NaiveDate>) {
    let plan = &view.plan;
    let logged = |id: &str| -> i64 {
        let minutes = records.minutes_by_milestone.iter().find(|(m, _)| m == id).map_or(0, |(_, n)| *n);
        super::hours_hundredths(minutes)
    };
    let (mut planned, mut done) = (0i64, 0i64);
    for m in plan.milestones.iter().filter(|m| m.status != Status::Skipped) {
        planned += m.hours_hundredths;
        done += if m.status == Status::Done { m.hours_hundredths } else { logged(&m.id).min(m.hours_hundredths) };
    }
    if planned == 0 {
        return (None, None);
    }
    let pct = (done as f64 / planned as f64 * 1000.0).round() / 10.0;
    // Days for the hours left at minutes-per-day: ceil(left × 60 / 100 × days / minutes), exactly.
    let forecast = pace.filter(|(minutes, _)| *minutes > 0).map(|(minutes, days)| {
        let (left, per) = (i128::from(planned - done) * 60 * i128::from(days), 100 * i128::from(minutes));
        let needed = ((left + per - 1) / per).min(3_650_000) as i64;
        today.checked_add_signed(Duration::days(needed)).unwrap_or(NaiveDate::MAX)
    });
    (Some(pct), forecast)
}

/// The hours the plan expected done by the end of `day` (each milestone's
/// hours spread evenly over its dates; done ones in full by their end).
fn planned_hours_by(view: &PlanView, day: NaiveDate) -> f64 {
    let hundredths: f64 = view
        .plan
        .milestones
        .iter()
        .zip(&view.placed)
        .filter(|(m, _)| m.status != Status::Skipped)
        .filter_map(|(m, p)| {
            let (start, end) = (p.start?, p.end?);
            let share = if day >= end {
                1.0
            } else if day < start {
                0.0
            } else {
                ((day - start).num_days() + 1) as f64 / ((end - start).num_days() + 1) as f64
            };
            Some(m.hours_hundredths as f64 * share)
        })
        .sum();
    (hundredths / 100.0 * 10.0).round() / 10.0
}

/// The next three things to do, soonest first. An exam already passed is
/// not one of them, even while its milestone is not marked done.
pub fn next_up(plan: Option<&PlanView>, records: &Records, today: NaiveDate) -> Vec<NextUp> {
    let (applications, contacts) = (&records.due_applications, &records.due_contacts);
    let soon = today + Duration::days(14);
    let mut items = Vec::new();
    if let Some(view) = plan {
        let open = view.plan.milestones.iter().zip(&view.placed).filter(|(m, _)| !matches!(m.status, Status::Done | Status::Skipped));
        if let Some((m, placed)) = open.clone().find(|(m, _)| !m.parallel) {
            items.push(NextUp::Milestone { id: m.id.clone(), title: m.title.clone(), start: placed.start });
        }
        items.extend(
            open.filter_map(|(m, placed)| {
                let date = placed.exam_date.filter(|d| *d >= today)?;
                let certification = m.exam.clone().filter(|c| !records.passed.contains(c))?;
                Some(NextUp::Exam { milestone: m.id.clone(), certification, date })
            })
            .take(2),
        );
    }
    items.extend(contacts.iter().filter(|c| !c.followed_up).filter_map(|c| {
        let date = c.follow_up.filter(|d| *d <= soon)?;
        Some(NextUp::FollowUp { id: c.id.clone(), name: c.name.clone(), date })
    }));
    items.extend(applications.iter().filter(|a| !a.stage().is_final()).filter_map(|a| {
        let date = a.next_action_date.filter(|d| *d <= soon)?;
        Some(NextUp::ApplicationAction { id: a.id.clone(), company: a.company.clone(), action: a.next_action.clone(), date })
    }));
    items.sort_by_key(|item| item.date().unwrap_or(NaiveDate::MAX));
    items.truncate(NEXT_UP);
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{compute, Week};
    use crate::progress::{Stage, StageChange};
    use crate::store::sample::sample_plans;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn session(date: &str, minutes: u32, milestone: Option<&str>) -> Session {
        Session {
            id: format!("s-{date}-{minutes}"),
            date: day(date),
            minutes,
            plan_id: milestone.map(|_| "plan-1".into()),
            milestone_id: milestone.map(String::from),
            skill: None,
            note: String::new(),
        }
    }

    fn view() -> PlanView {
        let plan = sample_plans().remove(0);
        let week = Week {
            start_date: day("2027-03-01"),
            free_weekdays: vec![chrono::Weekday::Sat, chrono::Weekday::Sun],
            hours_per_week: 8.into(),
            parallel_share_pct: 10,
        };
        compute(&plan, &week, crate::catalog::Catalog::embedded())
    }

    #[test]
    fn progress_is_weighted_by_planned_hours_and_logging_moves_it() {
        let v = view();
        let today = day("2027-03-20");
        let before = dashboard(Some(&v), &Records::default(), Some(8), None, today);
        let after = dashboard(
            Some(&v),
            &Records::of(&[session("2027-03-20", 300, Some("m3"))], &[], &[], Some("plan-1"), today),
            Some(8),
            None,
            today,
        );
        assert!(after.progress_pct.unwrap() > before.progress_pct.unwrap(), "{:?} → {:?}", before.progress_pct, after.progress_pct);
        assert_eq!(after.pace.hours_this_week, 5.0);
        assert_eq!(after.hours_logged, 5.0);
        // Done: the goal (2 h) of 2 + 6 + 12.5 + 15 + 30 = 65.5 planned (the skipped project is out).
        assert_eq!(before.progress_pct, Some((2.0 / 65.5 * 1000.0_f64).round() / 10.0));
        assert!(after.pace.forecast_finish.is_some());
        assert!(before.pace.forecast_finish.is_none(), "no pace yet, no forecast");
    }

    #[test]
    fn the_streak_counts_weeks_on_target_and_next_up_is_soonest_first() {
        let today = day("2027-03-24"); // a Wednesday
        let sessions = [session("2027-03-06", 480, None), session("2027-03-13", 480, None), session("2027-03-20", 480, None)];
        let d = dashboard(None, &Records::of(&sessions, &[], &[], None, today), Some(8), None, today);
        assert_eq!(d.pace.streak_weeks, 3, "three full weeks; this week is not over yet");
        assert_eq!(d.weekly_hours.len(), 12);
        let app = Application {
            id: "a-1".into(),
            company: "Acme".into(),
            role: "Help desk".into(),
            applied_on: day("2027-03-01"),
            history: vec![StageChange { stage: Stage::Applied, date: day("2027-03-01") }],
            next_action: "Send the follow-up email".into(),
            next_action_date: Some(day("2027-03-25")),
        };
        let contact = Contact {
            id: "c-1".into(),
            kind: super::super::ContactKind::Contact,
            date: day("2027-03-10"),
            name: "Jun".into(),
            notes: String::new(),
            follow_up: Some(day("2027-03-23")),
            followed_up: false,
        };
        let v = view();
        let d = dashboard(Some(&v), &Records::of(&sessions, &[app], &[contact], Some("plan-1"), today), Some(8), None, today);
        assert!(d.next_up.len() <= 3);
        assert!(matches!(d.next_up[0], NextUp::Milestone { .. } | NextUp::FollowUp { .. }));
        assert!(d.next_up.iter().any(|n| matches!(n, NextUp::FollowUp { .. })));
        assert_eq!(d.applications_by_stage, vec![(Stage::Applied, 1)]);
    }

    #[test]
    fn an_exam_already_passed_is_not_next_up() {
        let v = view();
        let today = day("2027-03-02");
        let exams = |records: &Records| -> Vec<String> {
            next_up(Some(&v), records, today)
                .into_iter()
                .filter_map(|n| if let NextUp::Exam { certification, .. } = n { Some(certification) } else { None })
                .collect()
        };
        let before = exams(&Records::default());
        let first = before.first().cloned().expect("the sample plan has an exam ahead");
        let after = exams(&Records { passed: vec![first.clone()], ..Records::default() });
        assert!(!after.contains(&first), "{first} was passed: {after:?}");
    }

    #[test]
    fn pace_counts_only_days_of_the_plan_and_waits_two_full_weeks() {
        let v = view(); // made on 2027-03-01, the goal (2 of 65.5 hours) done
        assert_eq!(plan_start(&v.plan, None), Some(day("2027-03-01")));
        assert_eq!(plan_start(&v.plan, Some(day("2027-03-08"))), Some(day("2027-03-08")), "a later study start is the start");
        // Ten hours from before the plan existed, and 7.5 in its first week.
        let sessions = [session("2027-02-20", 600, None), session("2027-03-05", 450, None)];
        for today in ["2027-03-01", "2027-03-14"] {
            let today = day(today);
            let d = dashboard(Some(&v), &Records::of(&sessions, &[], &[], Some("plan-1"), today), Some(8), None, today);
            assert_eq!(d.pace.forecast_finish, None, "{today}: no forecast before two full weeks");
            assert_eq!(d.pace.days_behind, None, "{today}: nor ahead or behind");
            assert_eq!(d.pace.forecast_from, Some(day("2027-03-15")), "{today}: it says when it will speak");
        }
        let today = day("2027-03-15");
        let d = dashboard(Some(&v), &Records::of(&sessions, &[], &[], Some("plan-1"), today), Some(8), None, today);
        assert_eq!((d.pace.pace_since, d.pace.forecast_from), (Some(day("2027-03-01")), None));
        // 63.5 hours left at 450 minutes in 15 days: 63.5 × 60 × 15 / 450 = 127 days. The 600 minutes before the plan do not count.
        assert_eq!(d.pace.forecast_finish, Some(today + Duration::days(127)));
        let planned = d.pace.planned_finish.unwrap();
        assert_eq!(
            d.pace.days_behind,
            Some((today + Duration::days(127) - planned).num_days()),
            "ahead or behind is the forecast against the plan"
        );
        // Later on, the last four weeks.
        let today = day("2027-04-20");
        let d = dashboard(Some(&v), &Records::of(&sessions, &[], &[], Some("plan-1"), today), Some(8), None, today);
        assert_eq!(d.pace.pace_since, Some(day("2027-03-24")));
        assert_eq!((d.pace.forecast_finish, d.pace.days_behind), (None, None), "nothing logged in the last four weeks: no forecast");
    }

    #[test]
    fn homes_budget_is_the_costs_and_roi_spending_with_own_figures_and_passes() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::store::Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
        crate::store::sample::fill(&mut store).unwrap();
        let catalog = crate::catalog::Catalog::embedded();
        let today = day("2027-05-20");
        // A+ passed after the failed attempt: costed as paid, from its pass.
        store
            .save_record(&super::super::Attempt {
                id: "t-2".into(),
                certification: "comptia-a-plus".into(),
                date: day("2027-06-12"),
                result: super::super::AttemptResult::Pass,
                score: Some(720),
                cost_minor: None,
            })
            .unwrap();
        let budget =
            crate::app::progress::dashboard(&store, catalog, today, None).unwrap().spending.unwrap().budget_minor.expect("a budget");
        let prefill = crate::app::money::prefill(&store, catalog, today).unwrap();
        let effective = catalog.with_user_figures(&store.load_user_figures().unwrap());
        let story = crate::costs::story::numbers(&prefill.input, &effective).unwrap();
        assert_eq!(budget, story.spending.to_job_minor, "the figure of Costs & ROI's first sentence");
        let roadmap =
            crate::app::plan::state(&store, catalog, today, crate::plan::Zoom::Months, &crate::plan::TimelineWords::english()).unwrap();
        let compared = roadmap.plans.iter().find(|p| p.active).and_then(|p| p.money.clone()).expect("the active scenario's money");
        assert_eq!(compared.spending, story.spending, "the scenario comparison says the same");
        assert_eq!(compared.payback_month, story.simulation.payback_month);
        let a_plus = &story.cost.unwrap().certifications[0];
        assert_eq!(a_plus.usd.first_attempt, rust_decimal::Decimal::from(500), "two exams at the user's own 250, not the catalog's 265");
        assert!(a_plus.usd.retakes_expected.is_zero(), "passed: no retakes");
    }
}
