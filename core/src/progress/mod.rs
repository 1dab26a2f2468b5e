//! Progress: what the user records as they go. Study sessions, certification
//! attempts, portfolio projects, networking (events and contacts), job
//! applications with their stage history, and the running study timer.
//!
//! Each record has a text id (unique across devices, so that a merge import
//! never confuses two records) and rules checked before it is written or
//! imported; a refusal names the field and its range.

use crate::codes::ErrorCode;

mod calendar;
mod charts;
mod dashboard;
mod reminder;

pub use calendar::{ics, CalendarInput};
pub use charts::{cumulative_svg, weekly_svg, ProgressWords};
pub use dashboard::{dashboard, next_up, window, Dashboard, DashboardCharts, NextUp, Pace, Records, Spending, NEXT_UP};
pub use reminder::{compose as compose_reminder, due_now, Reminder, ReminderWords, EXAM_NOTICE_DAYS};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// "5 Mar": a day and its short month name (January first in `months`).
pub(crate) fn day_and_month(day: NaiveDate, months: &[String; 12]) -> String {
    use chrono::Datelike;
    format!("{} {}", day.day(), months[day.month0() as usize])
}

/// A refused record: the field and why, naming the allowed range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, ts_rs::TS)]
#[error("{field}: {message}")]
pub struct RecordError {
    pub field: String,
    pub message: String,
    /// The rule that refused it, where the UI has words for it (`validation.<rule>`).
    #[serde(skip)]
    pub rule: Option<&'static str>,
}

impl RecordError {
    pub(crate) fn new(field: &str, message: impl Into<String>) -> Self {
        RecordError { field: field.into(), message: message.into(), rule: None }
    }

    /// A number typed into `field` that the one rule of [`crate::typed`] refused.
    pub(crate) fn typed(field: &str, error: crate::typed::TypedError) -> Self {
        RecordError { rule: error.rule(), ..RecordError::new(field, error.to_string()) }
    }

    pub fn code(&self) -> ErrorCode {
        ErrorCode::ProgressInvalid
    }
}

const MAX_TEXT: usize = 200;
const MAX_NOTE: usize = 5_000;

fn text(field: &str, value: &str, required: bool, max: usize) -> Result<(), RecordError> {
    let chars = value.trim().chars().count();
    if required && chars == 0 {
        return Err(RecordError::new(field, format!("is required (1 to {max} characters)")));
    }
    if value.chars().count() > max || value.chars().any(|c| c.is_control() && c != '\n') {
        return Err(RecordError::new(field, format!("can have at most {max} characters, without control characters")));
    }
    Ok(())
}

fn id(value: &str) -> Result<(), RecordError> {
    if value.is_empty() || value.len() > 64 || !value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(RecordError::new("id", "must be 1 to 64 letters, digits, - or _"));
    }
    Ok(())
}

/// Dates from 2000 to 2100: anything else is a typing mistake.
fn date(field: &str, value: NaiveDate) -> Result<(), RecordError> {
    let (low, high) = (NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date"), NaiveDate::from_ymd_opt(2100, 12, 31).expect("a date"));
    if value < low || value > high {
        return Err(RecordError::new(field, "must be a date from 2000-01-01 to 2100-12-31"));
    }
    Ok(())
}

/// A stretch of study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: String,
    pub date: NaiveDate,
    /// 1 to 1,440 (a whole day).
    pub minutes: u32,
    /// The plan milestone it served, as `plan_id` and `milestone_id`.
    #[serde(default)]
    pub plan_id: Option<String>,
    #[serde(default)]
    pub milestone_id: Option<String>,
    /// Or the catalog skill it served.
    #[serde(default)]
    pub skill: Option<String>,
    #[serde(default)]
    pub note: String,
}

impl Session {
    pub fn check(&self) -> Result<(), RecordError> {
        id(&self.id)?;
        date("date", self.date)?;
        if !(1..=1440).contains(&self.minutes) {
            return Err(RecordError::new("minutes", "must be from 1 to 1,440 (24 hours)"));
        }
        text("note", &self.note, false, MAX_NOTE)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum AttemptResult {
    Pass,
    Fail,
}

/// One sitting of a certification exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    pub id: String,
    pub certification: String,
    pub date: NaiveDate,
    pub result: AttemptResult,
    /// The score as printed on the result (0–1,000).
    #[serde(default)]
    pub score: Option<u32>,
    /// What it cost, in the profile currency's minor units.
    #[serde(default)]
    pub cost_minor: Option<i64>,
}

impl Attempt {
    pub fn check(&self) -> Result<(), RecordError> {
        id(&self.id)?;
        text("certification", &self.certification, true, 100)?;
        date("date", self.date)?;
        if self.score.is_some_and(|s| s > 1000) {
            return Err(RecordError::new("score", "must be from 0 to 1,000"));
        }
        if self.cost_minor.is_some_and(|c| !(0..=10_000_000_000).contains(&c)) {
            return Err(RecordError::new("cost", "must be from 0 to 100,000,000"));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    Idea,
    Building,
    Done,
}

/// A portfolio project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub id: String,
    pub title: String,
    /// Kept as text; never opened by the app.
    #[serde(default)]
    pub link: String,
    pub status: ProjectStatus,
    /// Catalog skill ids it shows.
    #[serde(default)]
    pub skills: Vec<String>,
}

impl Project {
    pub fn check(&self) -> Result<(), RecordError> {
        id(&self.id)?;
        text("title", &self.title, true, MAX_TEXT)?;
        text("link", &self.link, false, 2_000)?;
        if self.skills.len() > 50 || self.skills.iter().any(|s| s.is_empty() || s.len() > 100) {
            return Err(RecordError::new("skills", "at most 50 skills"));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Event,
    Contact,
}

/// A networking event, or a person met, with a follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    pub kind: ContactKind,
    pub date: NaiveDate,
    pub name: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub follow_up: Option<NaiveDate>,
    /// The follow-up was done.
    #[serde(default)]
    pub followed_up: bool,
}

impl Contact {
    pub fn check(&self) -> Result<(), RecordError> {
        id(&self.id)?;
        date("date", self.date)?;
        text("name", &self.name, true, MAX_TEXT)?;
        text("notes", &self.notes, false, MAX_NOTE)?;
        if let Some(follow_up) = self.follow_up {
            date("follow_up", follow_up)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Applied,
    Screening,
    Interview,
    Offer,
    Accepted,
    Rejected,
    Withdrawn,
}

impl Stage {
    pub const ALL: [Stage; 7] =
        [Stage::Applied, Stage::Screening, Stage::Interview, Stage::Offer, Stage::Accepted, Stage::Rejected, Stage::Withdrawn];

    /// The application is over at this stage.
    pub fn is_final(self) -> bool {
        matches!(self, Stage::Accepted | Stage::Rejected | Stage::Withdrawn)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    pub stage: Stage,
    pub date: NaiveDate,
}

/// A job application and the history of its stages (oldest first; the last is the current stage).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Application {
    pub id: String,
    pub company: String,
    pub role: String,
    pub applied_on: NaiveDate,
    pub history: Vec<StageChange>,
    #[serde(default)]
    pub next_action: String,
    #[serde(default)]
    pub next_action_date: Option<NaiveDate>,
}

impl Application {
    pub fn stage(&self) -> Stage {
        self.history.last().map_or(Stage::Applied, |c| c.stage)
    }

    pub fn check(&self) -> Result<(), RecordError> {
        id(&self.id)?;
        text("company", &self.company, true, MAX_TEXT)?;
        text("role", &self.role, true, MAX_TEXT)?;
        text("next_action", &self.next_action, false, MAX_TEXT)?;
        date("applied_on", self.applied_on)?;
        if self.history.is_empty() || self.history.len() > 100 {
            return Err(RecordError::new("history", "needs 1 to 100 stage changes"));
        }
        if self.history.windows(2).any(|w| w[1].date < w[0].date) {
            return Err(RecordError::new("history", "stage changes must be in date order"));
        }
        for change in &self.history {
            date("history.date", change.date)?;
        }
        if let Some(next) = self.next_action_date {
            date("next_action_date", next)?;
        }
        Ok(())
    }
}

/// The study timer, running since `started_at`. It lives in the store, so
/// it survives the app being closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Timer {
    /// RFC 3339, UTC.
    pub started_at: String,
    #[serde(default)]
    pub plan_id: Option<String>,
    #[serde(default)]
    pub milestone_id: Option<String>,
}

impl Timer {
    pub fn check(&self) -> Result<(), RecordError> {
        DateTime::parse_from_rfc3339(&self.started_at).map_err(|_| RecordError::new("started_at", "must be an RFC 3339 date and time"))?;
        Ok(())
    }

    /// Whole minutes from the start to `now` (at least 1, at most a day).
    pub fn minutes_at(&self, now: DateTime<Utc>) -> u32 {
        let started = DateTime::parse_from_rfc3339(&self.started_at).map_or(now, |d| d.to_utc());
        ((now - started).num_seconds().max(0) / 60).clamp(1, 1440) as u32
    }
}

/// Minutes as hours × 100, rounded half up: the one rounding of hours
/// studied, so Home, the plan document and the CLI show the same figure.
pub fn hours_hundredths(minutes: u64) -> i64 {
    ((u128::from(minutes) * 100 + 30) / 60).min(i64::MAX as u128) as i64
}

/// A fresh record id: a prefix and the time in microseconds, in base 36.
pub fn new_id(prefix: &str, now: DateTime<Utc>) -> String {
    let mut n = now.timestamp_micros().max(0) as u64;
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).expect("a base-36 digit"));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    format!("{prefix}-{}", digits.iter().rev().collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn every_rule_names_its_field_and_range() {
        let mut session = Session {
            id: "s-1".into(),
            date: day("2027-01-09"),
            minutes: 90,
            plan_id: None,
            milestone_id: None,
            skill: None,
            note: String::new(),
        };
        session.check().unwrap();
        session.minutes = 0;
        assert_eq!(session.check().unwrap_err().to_string(), "minutes: must be from 1 to 1,440 (24 hours)");
        session.minutes = 30;
        session.date = day("1999-12-31");
        assert_eq!(session.check().unwrap_err().field, "date");
        let mut app = Application {
            id: "a-1".into(),
            company: "Acme".into(),
            role: "Help desk".into(),
            applied_on: day("2027-06-01"),
            history: vec![
                StageChange { stage: Stage::Applied, date: day("2027-06-01") },
                StageChange { stage: Stage::Interview, date: day("2027-05-01") },
            ],
            next_action: String::new(),
            next_action_date: None,
        };
        assert_eq!(app.check().unwrap_err().field, "history");
        app.history.pop();
        app.company = " ".into();
        assert_eq!(app.check().unwrap_err().field, "company");
        let attempt = Attempt {
            id: "t-1".into(),
            certification: "comptia-a-plus".into(),
            date: day("2027-03-01"),
            result: AttemptResult::Pass,
            score: Some(1200),
            cost_minor: None,
        };
        assert_eq!(attempt.check().unwrap_err().field, "score");
        assert_eq!(Session { id: "bad id!".into(), ..session }.check().unwrap_err().field, "id");
    }

    #[test]
    fn ids_are_unique_per_microsecond_and_the_timer_counts_whole_minutes() {
        let now = Utc::now();
        assert_ne!(new_id("s", now), new_id("s", now + chrono::Duration::microseconds(1)));
        assert!(new_id("s", now).starts_with("s-"));
        let timer = Timer { started_at: (now - chrono::Duration::minutes(95)).to_rfc3339(), plan_id: None, milestone_id: None };
        assert_eq!(timer.minutes_at(now), 95);
        assert_eq!(Timer { started_at: now.to_rfc3339(), ..timer.clone() }.minutes_at(now), 1, "at least a minute");
        assert_eq!(Timer { started_at: (now - chrono::Duration::days(3)).to_rfc3339(), ..timer }.minutes_at(now), 1440, "at most a day");
    }
}
