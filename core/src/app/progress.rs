//! The progress records as the app edits them: any kind saved (checked
//! first, an id given to a new one), deleted with the record handed back for
//! undo, applications moved through their stages, and the study timer.

use crate::codes::ErrorCode;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::progress::{new_id, Application, Attempt, AttemptResult, Contact, Project, RecordError, Session, Stage, StageChange, Timer};
use crate::store::{Store, StoreError};

/// Any progress record, tagged by its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", content = "record", rename_all = "snake_case")]
#[ts(rename = "ProgressRecord")]
pub enum Record {
    Session(Session),
    Attempt(Attempt),
    Project(Project),
    Contact(Contact),
    Application(Application),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Session,
    Attempt,
    Project,
    Contact,
    Application,
}

#[derive(Debug, thiserror::Error)]
pub enum ProgressError {
    #[error(transparent)]
    Invalid(#[from] RecordError),
    #[error("there is no {0} {1:?}")]
    NotFound(&'static str, String),
    #[error("no timer is running")]
    NoTimer,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ProgressError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ProgressError::Invalid(e) => e.code(),
            ProgressError::NotFound(..) => ErrorCode::ProgressNotFound,
            ProgressError::NoTimer => ErrorCode::ProgressNoTimer,
            ProgressError::Store(e) => e.code(),
        }
    }
}

/// Every record of every kind, newest first within each kind, for the Progress view.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AllRecords {
    pub sessions: Vec<Session>,
    pub attempts: Vec<Attempt>,
    pub projects: Vec<Project>,
    pub contacts: Vec<Contact>,
    pub applications: Vec<Application>,
    pub timer: Option<Timer>,
    /// The active plan, whose milestones a session or the timer can serve.
    pub plan: Option<crate::plan::Plan>,
}

pub fn all(store: &Store) -> Result<AllRecords, StoreError> {
    fn newest_first<T>(mut list: Vec<T>) -> Vec<T> {
        list.reverse();
        list
    }
    Ok(AllRecords {
        sessions: newest_first(store.load_sessions()?),
        attempts: newest_first(store.load_records()?),
        projects: store.load_records()?,
        contacts: newest_first(store.load_records()?),
        applications: newest_first(store.load_records()?),
        timer: store.load_timer()?,
        plan: store.active_plan()?,
    })
}

/// Saves a record: a new one (empty id) gets an id; every one is checked first.
pub fn save(store: &mut Store, record: Record, now: DateTime<Utc>) -> Result<Record, ProgressError> {
    let fresh = |id: &mut String, prefix: &str| {
        if id.is_empty() {
            *id = new_id(prefix, now);
        }
    };
    Ok(match record {
        Record::Session(mut r) => {
            fresh(&mut r.id, "s");
            r.check()?;
            store.save_session(&r)?;
            Record::Session(r)
        }
        Record::Attempt(mut r) => {
            fresh(&mut r.id, "t");
            r.check()?;
            store.save_record(&r)?;
            Record::Attempt(r)
        }
        Record::Project(mut r) => {
            fresh(&mut r.id, "p");
            r.check()?;
            store.save_record(&r)?;
            Record::Project(r)
        }
        Record::Contact(mut r) => {
            fresh(&mut r.id, "c");
            r.check()?;
            store.save_record(&r)?;
            Record::Contact(r)
        }
        Record::Application(mut r) => {
            fresh(&mut r.id, "a");
            r.check()?;
            store.save_record(&r)?;
            Record::Application(r)
        }
    })
}

/// A record form's number fields as the user typed them, by name: an
/// attempt's `score` and `cost`, a session's `hours` and `minutes`. The core
/// reads them (`typed::read`), so bad text is refused by its field.
pub type Typed = std::collections::BTreeMap<String, String>;

/// [`save`], with the record's number fields read from what was typed.
/// Nothing is written when a typed field is refused.
pub fn save_typed(store: &mut Store, mut record: Record, typed: &Typed, now: DateTime<Utc>) -> Result<Record, ProgressError> {
    apply_typed(&mut record, typed)?;
    save(store, record, now)
}

fn apply_typed(record: &mut Record, typed: &Typed) -> Result<(), RecordError> {
    use crate::typed::{read, NumberKind};
    let read = |field: &str, kind| match typed.get(field) {
        Some(text) => read(kind, text).map_err(|error| RecordError::typed(field, error)),
        None => Ok(None),
    };
    let allowed: &[&str] = match record {
        Record::Attempt(_) => &["score", "cost"],
        Record::Session(_) => &["hours", "minutes"],
        _ => &[],
    };
    if let Some(unknown) = typed.keys().find(|key| !allowed.contains(&key.as_str())) {
        return Err(RecordError::new(unknown, "is not a number field of this record"));
    }
    // Out of u32's range is far out of the record's own range, which `check` then refuses.
    let narrow = |value: i64| u32::try_from(value).unwrap_or(u32::MAX);
    match record {
        Record::Attempt(attempt) => {
            if typed.contains_key("score") {
                attempt.score = read("score", NumberKind::Score)?.map(narrow);
            }
            if typed.contains_key("cost") {
                attempt.cost_minor = read("cost", NumberKind::Money)?;
            }
        }
        Record::Session(session) if !typed.is_empty() => {
            let hours_hundredths = read("hours", NumberKind::Hours)?.unwrap_or(0);
            let minutes = read("minutes", NumberKind::Count)?.unwrap_or(0);
            // Hundredths of an hour to whole minutes, half up (1.33 h is 80 minutes).
            let total = hours_hundredths.saturating_mul(60).saturating_add(50) / 100 + minutes;
            session.minutes = narrow(total);
        }
        _ => {}
    }
    Ok(())
}

/// Deletes a record and hands it back, so the app can offer to undo.
pub fn delete(store: &mut Store, kind: Kind, id: &str) -> Result<Record, ProgressError> {
    let missing = |name| ProgressError::NotFound(name, id.to_string());
    Ok(match kind {
        Kind::Session => Record::Session(store.delete_session(id)?.ok_or_else(|| missing("session"))?),
        Kind::Attempt => Record::Attempt(store.delete_record(id)?.ok_or_else(|| missing("attempt"))?),
        Kind::Project => Record::Project(store.delete_record(id)?.ok_or_else(|| missing("project"))?),
        Kind::Contact => Record::Contact(store.delete_record(id)?.ok_or_else(|| missing("contact"))?),
        Kind::Application => Record::Application(store.delete_record(id)?.ok_or_else(|| missing("application"))?),
    })
}

/// Moves an application to `stage` on `date`, keeping the history.
pub fn move_application(store: &mut Store, id: &str, stage: Stage, date: NaiveDate) -> Result<Application, ProgressError> {
    let mut application = store
        .load_records::<Application>()?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(|| ProgressError::NotFound("application", id.to_string()))?;
    let last = application.history.last().map(|c| c.date);
    if last.is_some_and(|d| date < d) {
        return Err(RecordError::new("date", format!("must be on or after the last change ({})", last.unwrap_or(date))).into());
    }
    application.history.push(StageChange { stage, date });
    if stage.is_final() {
        application.next_action_date = None;
    }
    application.check()?;
    store.save_record(&application)?;
    Ok(application)
}

/// Starts the timer (replacing one left running).
pub fn start_timer(
    store: &mut Store,
    plan_id: Option<String>,
    milestone_id: Option<String>,
    now: DateTime<Utc>,
) -> Result<Timer, ProgressError> {
    let timer = Timer { started_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true), plan_id, milestone_id };
    timer.check()?;
    store.start_timer(&timer)?;
    Ok(timer)
}

/// Stops the timer and logs its session (dated the day it started, in the
/// user's time zone), in one transaction.
/// Throws the running timer away without logging a session (started by
/// mistake, or left running overnight).
pub fn discard_timer(store: &mut Store) -> Result<(), ProgressError> {
    if store.load_timer()?.is_none() {
        return Err(ProgressError::NoTimer);
    }
    Ok(store.cancel_timer()?)
}

pub fn stop_timer(store: &mut Store, now: DateTime<Utc>) -> Result<Session, ProgressError> {
    let timer = store.load_timer()?.ok_or(ProgressError::NoTimer)?;
    let started = DateTime::parse_from_rfc3339(&timer.started_at).map_or(now, |d| d.to_utc());
    let session = Session {
        id: new_id("s", now),
        date: started.with_timezone(&chrono::Local).date_naive(),
        minutes: timer.minutes_at(now),
        plan_id: timer.plan_id.clone(),
        milestone_id: timer.milestone_id.clone(),
        skill: None,
        note: String::new(),
    };
    session.check()?;
    store.stop_timer(&session)?;
    Ok(session)
}

/// The certifications the user has passed, from their attempts.
pub fn earned(store: &Store) -> Result<Vec<String>, StoreError> {
    let mut passed: Vec<String> =
        store.load_records::<Attempt>()?.into_iter().filter(|a| a.result == AttemptResult::Pass).map(|a| a.certification).collect();
    passed.sort();
    passed.dedup();
    Ok(passed)
}

/// Home's dashboard: the active plan on the profile's week, the records'
/// totals, the spending against the plan's budget, and (given words) its two
/// charts.
pub fn dashboard(
    store: &Store,
    catalog: &crate::catalog::Catalog,
    today: NaiveDate,
    words: Option<&crate::progress::ProgressWords>,
) -> Result<crate::progress::Dashboard, StoreError> {
    store.snapshot(|store| {
        let stored = super::money::Stored::load(store)?;
        let profile = stored.profile.as_ref();
        let view = super::plan::place_active(store, &super::catalog::effective_with(catalog, &stored.figures), profile, today)?;
        let records = store.progress_records(view.as_ref().map(|v| v.plan.id.as_str()), today)?;
        let target = profile.and_then(|p| p.study.hours_per_week);
        let study_start = profile.and_then(|p| p.study.start_date);
        let mut board = crate::progress::dashboard(view.as_ref(), &records, target, study_start, today);
        board.spending = Some(spending(&stored, catalog, view.as_ref()));
        board.charts = words.map(|words| crate::progress::DashboardCharts {
            weekly: crate::progress::weekly_svg(&board.weekly_hours, target, words),
            cumulative: crate::progress::cumulative_svg(&board.cumulative, words),
        });
        Ok(board)
    })
}

/// Spent (attempts recorded) against the budget: the plan's spending up to
/// the new job, from the same input and the same function as the first
/// sentence of Costs & ROI.
fn spending(
    stored: &super::money::Stored,
    catalog: &crate::catalog::Catalog,
    view: Option<&crate::plan::PlanView>,
) -> crate::progress::Spending {
    let currency = stored.profile.as_ref().map_or(crate::money::Currency::Php, |p| p.currency);
    let spent_minor = stored.attempts.iter().filter_map(|a| a.cost_minor).sum();
    let budget_minor = view.and_then(|view| super::money::spending_to_job(stored, catalog, view));
    crate::progress::Spending { currency, spent_minor, budget_minor }
}

/// "Next up" alone: what the start-up reminder looks at, without the
/// dashboard's money and charts.
pub fn next_up(store: &Store, catalog: &crate::catalog::Catalog, today: NaiveDate) -> Result<Vec<crate::progress::NextUp>, StoreError> {
    let view = super::plan::active_view(store, catalog, today)?;
    let records = store.progress_records(view.as_ref().map(|v| v.plan.id.as_str()), today)?;
    Ok(crate::progress::next_up(view.as_ref(), &records, today))
}

/// The calendar (.ics) of the active plan and the open follow-ups.
pub fn calendar(
    store: &Store,
    catalog: &crate::catalog::Catalog,
    today: NaiveDate,
    now: DateTime<Utc>,
    offset: chrono::FixedOffset,
) -> Result<String, StoreError> {
    let profile = store.load_profile()?;
    let view = crate::app::plan::active_view(store, catalog, today)?;
    let study = profile.as_ref().map(|p| &p.study);
    Ok(crate::progress::ics(&crate::progress::CalendarInput {
        plan: view.as_ref(),
        preferred_time: study.and_then(|s| s.preferred_time.as_deref()),
        hours_per_week: study.and_then(|s| s.hours_per_week),
        contacts: &store.load_records()?,
        applications: &store.load_records()?,
        offset,
        now,
    }))
}

/// The reminder a start-up shows.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct StartupReminder {
    pub reminder: crate::progress::Reminder,
    /// Whether the system showed it as a desktop notification.
    pub notified: bool,
}

/// Writes [`calendar`] to `path`.
pub fn write_calendar(
    store: &Store,
    catalog: &crate::catalog::Catalog,
    today: NaiveDate,
    now: DateTime<Utc>,
    offset: chrono::FixedOffset,
    path: std::path::PathBuf,
) -> Result<super::about::WrittenFile, StoreError> {
    let text = calendar(store, catalog, today, now, offset)?;
    Ok(super::about::WrittenFile { bytes: crate::store::write_atomically(&path, text.as_bytes())?, path })
}

/// The start-up reminder: `None` unless the profile turned reminders on and
/// something is due.
pub fn reminder(
    store: &Store,
    catalog: &crate::catalog::Catalog,
    today: NaiveDate,
    words: &crate::progress::ReminderWords,
) -> Result<Option<crate::progress::Reminder>, StoreError> {
    let wanted = store.load_profile()?.is_some_and(|p| p.study.remind_on_start);
    if !wanted {
        return Ok(None);
    }
    let next_up = next_up(store, catalog, today)?;
    let name = |id: &str| catalog.certification(id).map_or_else(|| id.to_string(), |c| c.name.clone());
    Ok(crate::progress::compose_reminder(crate::progress::due_now(&next_up, today), words, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_are_read_by_the_core_and_bad_text_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let now = Utc::now();
        let attempt = || {
            Record::Attempt(Attempt {
                id: String::new(),
                certification: "comptia-a-plus".into(),
                date: "2027-01-09".parse().unwrap(),
                result: AttemptResult::Pass,
                score: None,
                cost_minor: None,
            })
        };
        let typed = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Typed>();
        let refused = save_typed(&mut store, attempt(), &typed(&[("score", "750"), ("cost", "abc")]), now).unwrap_err();
        let ProgressError::Invalid(error) = refused else { panic!("refused as input") };
        assert_eq!((error.field.as_str(), error.message.as_str()), ("cost", "must be an amount such as 1,500 or 1,500.50"));
        assert!(store.load_records::<Attempt>().unwrap().is_empty(), "nothing was written");
        let Record::Attempt(saved) = save_typed(&mut store, attempt(), &typed(&[("score", "750"), ("cost", "1,234.50")]), now).unwrap()
        else {
            panic!("an attempt")
        };
        assert_eq!((saved.score, saved.cost_minor), (Some(750), Some(123_450)));
        let session = Record::Session(Session {
            id: String::new(),
            date: "2027-01-09".parse().unwrap(),
            minutes: 0,
            plan_id: None,
            milestone_id: None,
            skill: None,
            note: String::new(),
        });
        let Record::Session(saved) = save_typed(&mut store, session.clone(), &typed(&[("hours", "1.5"), ("minutes", "10")]), now).unwrap()
        else {
            panic!("a session")
        };
        assert_eq!(saved.minutes, 100);
        let comma = save_typed(&mut store, session.clone(), &typed(&[("hours", "1,5")]), now).unwrap_err();
        assert!(comma.to_string().contains("write a point"), "{comma}");
        let unknown = save_typed(&mut store, session, &typed(&[("score", "1")]), now).unwrap_err();
        assert!(unknown.to_string().starts_with("score: "), "{unknown}");
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        (dir, store)
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn save_gives_ids_refuses_bad_fields_and_delete_hands_the_record_back() {
        let (_dir, mut store) = store();
        let now = Utc::now();
        let session = Session {
            id: String::new(),
            date: day("2027-01-09"),
            minutes: 0,
            plan_id: None,
            milestone_id: None,
            skill: None,
            note: String::new(),
        };
        let error = save(&mut store, Record::Session(session.clone()), now).unwrap_err();
        assert_eq!(error.to_string(), "minutes: must be from 1 to 1,440 (24 hours)");
        assert!(store.load_sessions().unwrap().is_empty(), "nothing was written");
        let Record::Session(saved) = save(&mut store, Record::Session(Session { minutes: 90, ..session }), now).unwrap() else { panic!() };
        assert!(saved.id.starts_with("s-"));
        let removed = delete(&mut store, Kind::Session, &saved.id).unwrap();
        assert_eq!(removed, Record::Session(saved.clone()));
        save(&mut store, removed, now).unwrap();
        assert_eq!(store.load_sessions().unwrap(), vec![saved], "undo restores it with its id");
        assert_eq!(delete(&mut store, Kind::Project, "p-x").unwrap_err().code(), "progress.not_found");
    }

    #[test]
    fn an_application_moves_through_stages_with_its_history() {
        let (_dir, mut store) = store();
        let application = Application {
            id: String::new(),
            company: "Acme".into(),
            role: "Help desk".into(),
            applied_on: day("2027-06-01"),
            history: vec![StageChange { stage: Stage::Applied, date: day("2027-06-01") }],
            next_action: "Call back".into(),
            next_action_date: Some(day("2027-06-08")),
        };
        let Record::Application(saved) = save(&mut store, Record::Application(application), Utc::now()).unwrap() else { panic!() };
        move_application(&mut store, &saved.id, Stage::Screening, day("2027-06-04")).unwrap();
        move_application(&mut store, &saved.id, Stage::Interview, day("2027-06-10")).unwrap();
        assert_eq!(move_application(&mut store, &saved.id, Stage::Offer, day("2027-06-09")).unwrap_err().code(), "progress.invalid");
        let done = move_application(&mut store, &saved.id, Stage::Rejected, day("2027-06-20")).unwrap();
        assert_eq!(
            done.history.iter().map(|c| c.stage).collect::<Vec<_>>(),
            vec![Stage::Applied, Stage::Screening, Stage::Interview, Stage::Rejected]
        );
        assert_eq!(done.next_action_date, None, "a closed application has nothing due");
    }

    #[test]
    fn the_timer_logs_a_session_when_stopped_and_a_pass_earns_the_certification() {
        let (_dir, mut store) = store();
        let start = Utc::now() - chrono::Duration::minutes(50);
        start_timer(&mut store, Some("plan-1".into()), Some("m3".into()), start).unwrap();
        assert!(store.load_timer().unwrap().is_some());
        let session = stop_timer(&mut store, start + chrono::Duration::minutes(50)).unwrap();
        assert_eq!(session.minutes, 50);
        assert_eq!(session.milestone_id.as_deref(), Some("m3"));
        assert_eq!(store.load_sessions().unwrap(), vec![session]);
        assert_eq!(stop_timer(&mut store, Utc::now()).unwrap_err().code(), "progress.no_timer");
        // A timer started by mistake is discarded: nothing is logged.
        let sessions = store.load_sessions().map(|s| s.len()).unwrap_or(0);
        start_timer(&mut store, None, None, Utc::now()).unwrap();
        discard_timer(&mut store).unwrap();
        assert!(store.load_timer().unwrap().is_none());
        assert_eq!(store.load_sessions().map(|s| s.len()).unwrap_or(0), sessions, "no session logged");
        assert_eq!(discard_timer(&mut store).unwrap_err().code(), "progress.no_timer");
        let attempt = |result| Attempt {
            id: String::new(),
            certification: "comptia-a-plus".into(),
            date: day("2027-05-01"),
            result,
            score: None,
            cost_minor: None,
        };
        save(&mut store, Record::Attempt(attempt(AttemptResult::Fail)), Utc::now()).unwrap();
        assert!(earned(&store).unwrap().is_empty());
        save(&mut store, Record::Attempt(attempt(AttemptResult::Pass)), Utc::now() + chrono::Duration::seconds(1)).unwrap();
        assert_eq!(earned(&store).unwrap(), vec!["comptia-a-plus"]);
    }

    fn reminder_words() -> crate::progress::ReminderWords {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(String::from);
        crate::progress::ReminderWords {
            title: "Pathway: {count} due".into(),
            exam: "Exam {what} on {date}".into(),
            follow_up: "Follow up with {what} ({date})".into(),
            application: "{what} ({date})".into(),
            months,
        }
    }

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_store_reminds_only_when_the_profile_asks() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::store::Store::open(&dir.path().join("db.sqlite3")).unwrap();
        crate::store::sample::fill(&mut store).unwrap();
        let catalog = crate::catalog::Catalog::embedded();
        let mut profile = store.load_profile().unwrap().unwrap();
        assert!(!profile.study.remind_on_start, "off unless the user turns it on");
        assert_eq!(reminder(&store, catalog, date("2030-01-07"), &reminder_words()).unwrap(), None);
        profile.study.remind_on_start = true;
        store.save_profile(&profile).unwrap();
        // Long after the sample's follow-up and next action: both are due.
        let today = date("2030-01-07");
        let due = reminder(&store, catalog, today, &reminder_words()).unwrap().expect("something is due");
        assert!(due.due.iter().all(|d| !matches!(d, crate::progress::NextUp::Milestone { .. })));
        assert!(!due.body.is_empty());
        profile.study.remind_on_start = false;
        store.save_profile(&profile).unwrap();
        assert_eq!(reminder(&store, catalog, today, &reminder_words()).unwrap(), None);
    }
}
