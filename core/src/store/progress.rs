//! Progress records (schema v7): study sessions in columns, the other kinds
//! as checked JSON bodies, and the one running timer.

use rusqlite::{params, OptionalExtension};
use serde::{de::DeserializeOwned, Serialize};

use super::{Store, StoreError};
use crate::progress::{Application, Attempt, Contact, Project, Session, Timer};

/// A kind of progress record kept as a JSON body.
pub trait BodyRecord: Serialize + DeserializeOwned {
    const TABLE: &'static str;
    fn id(&self) -> &str;
    /// The date rows are ordered by.
    fn date(&self) -> String;
    /// A state the store counts by (an application's stage).
    fn state(&self) -> Option<String> {
        None
    }
    /// The date something about it falls due, while it is open.
    fn due(&self) -> Option<String> {
        None
    }
    fn check(&self) -> Result<(), crate::progress::RecordError>;
}

macro_rules! body_record {
    ($type:ty, $table:literal, |$r:ident| $date:expr $(, due: |$d:ident| $due:expr)? $(, state: |$s:ident| $state:expr)?) => {
        impl BodyRecord for $type {
            const TABLE: &'static str = $table;
            fn id(&self) -> &str {
                &self.id
            }
            fn date(&self) -> String {
                let $r = self;
                $date.to_string()
            }
            $(fn due(&self) -> Option<String> {
                let $d = self;
                $due.map(|d| d.to_string())
            })?
            $(fn state(&self) -> Option<String> {
                let $s = self;
                $state.and_then(|s| serde_json::to_value(s).ok()?.as_str().map(String::from))
            })?
            fn check(&self) -> Result<(), crate::progress::RecordError> {
                <$type>::check(self)
            }
        }
    };
}

body_record!(Attempt, "attempt", |r| r.date);
body_record!(Project, "project", |r| r.id);
body_record!(Contact, "contact", |r| r.date, due: |r| r.follow_up.filter(|_| !r.followed_up));
body_record!(Application, "application", |r| r.applied_on, due: |r| r.next_action_date.filter(|_| !r.stage().is_final()), state: |r| Some(r.stage()));

fn corrupt(table: &'static str, value: String) -> StoreError {
    StoreError::Corrupt { table, column: "body", value }
}

impl Store {
    /// Every record of a kind, by date.
    pub fn load_records<T: BodyRecord>(&self) -> Result<Vec<T>, StoreError> {
        self.bodies(&format!("SELECT body FROM {} ORDER BY date, id", T::TABLE), [])
    }

    /// Adds or replaces a checked record.
    pub fn save_record<T: BodyRecord>(&mut self, record: &T) -> Result<(), StoreError> {
        insert_body(&self.conn, record)
    }

    /// Deletes a record and returns it (for undo). A record whose body does
    /// not read back is `StoreError::Corrupt` (and stays), never "not found".
    pub fn delete_record<T: BodyRecord>(&mut self, id: &str) -> Result<Option<T>, StoreError> {
        let found = self.bodies::<T>(&format!("SELECT body FROM {} WHERE id = ?1", T::TABLE), [id])?.pop();
        if found.is_some() {
            self.conn.execute(&format!("DELETE FROM {} WHERE id = ?1", T::TABLE), [id])?;
        }
        Ok(found)
    }

    /// Every study session, by date.
    pub fn load_sessions(&self) -> Result<Vec<Session>, StoreError> {
        self.sessions("SELECT id, date, minutes, plan_id, milestone_id, skill, note FROM session ORDER BY date, id", [])
    }

    fn sessions(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Session>, StoreError> {
        let mut statement = self.conn.prepare_cached(sql)?;
        let rows = statement.query_map(params, |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?))
        })?;
        rows.map(|row| {
            let (id, date, minutes, plan_id, milestone_id, skill, note) = row?;
            let date = date.parse().map_err(|_| StoreError::Corrupt { table: "session", column: "date", value: date.clone() })?;
            Ok(Session { id, date, minutes, plan_id, milestone_id, skill, note })
        })
        .collect()
    }

    pub fn save_session(&mut self, session: &Session) -> Result<(), StoreError> {
        insert_session(&self.conn, session)
    }

    pub fn delete_session(&mut self, id: &str) -> Result<Option<Session>, StoreError> {
        let found = self.sessions("SELECT id, date, minutes, plan_id, milestone_id, skill, note FROM session WHERE id = ?1", [id])?.pop();
        self.conn.execute("DELETE FROM session WHERE id = ?1", [id])?;
        Ok(found)
    }

    /// What the dashboard needs, as SQL aggregates: years of sessions and
    /// hundreds of applications are summed here, not loaded.
    pub fn progress_records(&self, plan_id: Option<&str>, today: chrono::NaiveDate) -> Result<crate::progress::Records, StoreError> {
        use crate::progress::{Records, Stage};
        let (since, soon) = crate::progress::window(today);
        let total_minutes: i64 = self.conn.prepare_cached("SELECT coalesce(sum(minutes), 0) FROM session")?.query_row([], |r| r.get(0))?;
        let mut by_day = self.conn.prepare_cached("SELECT date, sum(minutes) FROM session WHERE date >= ?1 GROUP BY date ORDER BY date")?;
        let minutes_by_day = by_day
            .query_map([since.to_string()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .map(|row| {
                let (day, minutes) = row?;
                Ok((day.parse().map_err(|_| StoreError::Corrupt { table: "session", column: "date", value: day })?, minutes as u64))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let mut by_milestone = self.conn.prepare_cached(
            "SELECT milestone_id, sum(minutes) FROM session WHERE plan_id = ?1 AND milestone_id IS NOT NULL GROUP BY milestone_id",
        )?;
        let minutes_by_milestone = by_milestone
            .query_map([plan_id.unwrap_or("")], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stages = self.conn.prepare_cached("SELECT state, count(*) FROM application GROUP BY state")?;
        let counted: Vec<(String, usize)> =
            stages.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize)))?.collect::<Result<_, _>>()?;
        let stage_counts = Stage::ALL
            .iter()
            .filter_map(|&stage| {
                let code = serde_json::to_value(stage).ok()?.as_str()?.to_string();
                counted.iter().find(|(c, _)| *c == code).map(|(_, n)| (stage, *n))
            })
            .collect();
        // Next up shows three things at most, soonest first: three of each kind are enough.
        let due = |table: &str| format!("SELECT body FROM {table} WHERE due <= ?1 ORDER BY due, id LIMIT {}", crate::progress::NEXT_UP);
        let due_applications = self.bodies::<Application>(&due("application"), [soon.to_string()])?;
        let due_contacts = self.bodies::<Contact>(&due("contact"), [soon.to_string()])?;
        let mut passed = self.conn.prepare_cached(
            "SELECT DISTINCT json_extract(body, '$.certification') FROM attempt WHERE json_extract(body, '$.result') = 'pass' ORDER BY 1",
        )?;
        let passed = passed.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
        Ok(Records {
            total_minutes: total_minutes as u64,
            minutes_by_day,
            minutes_by_milestone,
            stage_counts,
            due_applications,
            due_contacts,
            passed,
        })
    }

    /// The records a `SELECT body …` query finds, each checked as it is read.
    fn bodies<T: BodyRecord>(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<T>, StoreError> {
        let mut statement = self.conn.prepare_cached(sql)?;
        let rows = statement.query_map(params, |row| row.get::<_, String>(0))?;
        rows.map(|body| {
            let body = body?;
            let record: T = serde_json::from_str(&body).map_err(|_| corrupt(T::TABLE, body.clone()))?;
            record.check().map_err(|e| corrupt(T::TABLE, e.to_string()))?;
            Ok(record)
        })
        .collect()
    }

    /// The running timer; one whose start does not read back is `StoreError::Corrupt`.
    pub fn load_timer(&self) -> Result<Option<Timer>, StoreError> {
        let timer = self
            .conn
            .query_row("SELECT started_at, plan_id, milestone_id FROM timer", [], |r| {
                Ok(Timer { started_at: r.get(0)?, plan_id: r.get(1)?, milestone_id: r.get(2)? })
            })
            .optional()?;
        if let Some(t) = &timer {
            t.check().map_err(|_| StoreError::Corrupt { table: "timer", column: "started_at", value: t.started_at.clone() })?;
        }
        Ok(timer)
    }

    pub fn start_timer(&mut self, timer: &Timer) -> Result<(), StoreError> {
        insert_timer(&self.conn, timer)
    }

    /// Stops the timer and records its session, in one transaction.
    pub fn stop_timer(&mut self, session: &Session) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM timer", [])?;
        insert_session(&tx, session)?;
        tx.commit()?;
        Ok(())
    }

    pub fn cancel_timer(&mut self) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM timer", [])?;
        Ok(())
    }
}

pub(super) fn insert_body<T: BodyRecord>(conn: &rusqlite::Connection, record: &T) -> Result<(), StoreError> {
    let body = serde_json::to_string(record).expect("records serialize");
    conn.execute(
        &format!("INSERT OR REPLACE INTO {} (id, date, state, due, body) VALUES (?1, ?2, ?3, ?4, ?5)", T::TABLE),
        params![record.id(), record.date(), record.state(), record.due(), body],
    )?;
    Ok(())
}

pub(super) fn insert_session(conn: &rusqlite::Connection, s: &Session) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO session (id, date, minutes, plan_id, milestone_id, skill, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![s.id, s.date.to_string(), s.minutes, s.plan_id, s.milestone_id, s.skill, s.note],
    )?;
    Ok(())
}

pub(super) fn insert_timer(conn: &rusqlite::Connection, t: &Timer) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO timer (only, started_at, plan_id, milestone_id) VALUES (1, ?1, ?2, ?3)",
        params![t.started_at, t.plan_id, t.milestone_id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sample;

    #[test]
    fn every_kind_round_trips_deletes_return_the_record_and_the_timer_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let mut store = Store::open(&path).unwrap();
        let progress = sample::sample_progress();
        for s in &progress.sessions {
            store.save_session(s).unwrap();
        }
        for a in &progress.applications {
            store.save_record(a).unwrap();
        }
        store.start_timer(&progress.timer[0]).unwrap();
        drop(store);
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.load_sessions().unwrap(), progress.sessions);
        assert_eq!(store.load_records::<Application>().unwrap(), progress.applications);
        assert_eq!(store.load_timer().unwrap().as_ref(), progress.timer.first());
        let removed = store.delete_record::<Application>(&progress.applications[0].id).unwrap();
        assert_eq!(removed.as_ref(), progress.applications.first());
        store.save_record(&removed.unwrap()).unwrap();
        assert_eq!(store.load_records::<Application>().unwrap(), progress.applications, "undo puts it back");
        store.stop_timer(&progress.sessions[0]).unwrap();
        assert!(store.load_timer().unwrap().is_none());
        // The store's aggregates are what the lists give.
        for record in &progress.contacts {
            store.save_record(record).unwrap();
        }
        for today in ["2027-03-10", "2027-04-10", "2027-06-05"] {
            let today = today.parse().unwrap();
            let expected =
                crate::progress::Records::of(&progress.sessions, &progress.applications, &progress.contacts, Some("plan-1"), today);
            assert_eq!(store.progress_records(Some("plan-1"), today).unwrap(), expected, "{today}");
        }
    }

    #[test]
    fn the_certifications_passed_are_those_with_a_pass_recorded() {
        use crate::progress::{Attempt, AttemptResult};
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let attempt = |id: &str, certification: &str, result| Attempt {
            id: id.into(),
            certification: certification.into(),
            date: "2027-02-01".parse().unwrap(),
            result,
            score: None,
            cost_minor: None,
        };
        store.save_record(&attempt("a-1", "comptia-a-plus", AttemptResult::Fail)).unwrap();
        store.save_record(&attempt("a-2", "comptia-a-plus", AttemptResult::Pass)).unwrap();
        store.save_record(&attempt("a-3", "comptia-network-plus", AttemptResult::Fail)).unwrap();
        let records = store.progress_records(None, "2027-03-01".parse().unwrap()).unwrap();
        assert_eq!(records.passed, vec!["comptia-a-plus"]);
    }

    #[test]
    fn deleting_a_corrupt_record_reports_it_corrupt_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let application = sample::sample_progress().applications.remove(0);
        store.save_record(&application).unwrap();
        store.conn.execute(r#"UPDATE application SET body = '{"id": "x", "unknown": true}' WHERE id = ?1"#, [&application.id]).unwrap();
        let result = store.delete_record::<Application>(&application.id);
        assert!(matches!(result, Err(StoreError::Corrupt { table: "application", .. })), "{result:?}");
        let left: i64 = store.conn.query_row("SELECT count(*) FROM application", [], |r| r.get(0)).unwrap();
        assert_eq!(left, 1, "a corrupt record is not deleted behind the user's back");
        assert!(store.delete_record::<Application>("no-such-id").unwrap().is_none(), "a missing one is still not found");
    }

    #[test]
    fn a_timer_whose_start_does_not_read_back_is_corrupt_not_started_now() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        store.conn.execute("INSERT INTO timer (only, started_at) VALUES (1, 'yesterday-ish')", []).unwrap();
        assert!(matches!(store.load_timer(), Err(StoreError::Corrupt { table: "timer", .. })), "{:?}", store.load_timer());
    }
}
