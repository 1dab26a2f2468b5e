//! Plans and their milestones (schema v6). A plan is written whole, in one
//! transaction, and checked whole when read back.

use rusqlite::params;

use super::{Store, StoreError};
use crate::plan::{Milestone, Phase, Plan, Status};

fn corrupt(column: &'static str, value: impl Into<String>) -> StoreError {
    StoreError::Corrupt { table: "milestone", column, value: value.into() }
}

fn json<T: serde::de::DeserializeOwned>(column: &'static str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|_| corrupt(column, text))
}

fn date(column: &'static str, text: Option<String>) -> Result<Option<chrono::NaiveDate>, StoreError> {
    text.map(|t| t.parse().map_err(|_| corrupt(column, t))).transpose()
}

impl Store {
    /// Every plan with its milestones, oldest first.
    pub fn load_plans(&self) -> Result<Vec<Plan>, StoreError> {
        self.plans_where("")
    }

    /// The plans a `WHERE` clause (or none) selects, each checked whole: a
    /// row that does not read back is `StoreError::Corrupt`, never skipped.
    fn plans_where(&self, filter: &str) -> Result<Vec<Plan>, StoreError> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT id, name, target_role, certifications, parallel_share_pct, active, created_at FROM plan {filter} ORDER BY created_at, id"
        ))?;
        let plans = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, u32>(4)?,
                    row.get(5)?,
                    row.get(6)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        plans
            .into_iter()
            .map(|(id, name, target_role, certifications, parallel_share_pct, active, created_at)| {
                let plan = Plan {
                    milestones: self.load_milestones(&id)?,
                    certifications: json("certifications", &certifications)?,
                    id,
                    name,
                    target_role,
                    parallel_share_pct,
                    active,
                    created_at,
                };
                plan.check().map_err(|e| corrupt("plan", e.message))?;
                Ok(plan)
            })
            .collect()
    }

    fn load_milestones(&self, plan_id: &str) -> Result<Vec<Milestone>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, title, phase, hours_hundredths, hours_basis, after, parallel, exam, skill, status, started_on, done_start, done_end, notes, links
             FROM milestone WHERE plan_id = ?1 ORDER BY position",
        )?;
        let rows = statement.query_map([plan_id], |row| {
            Ok((
                (
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, i64>(3)?,
                    row.get::<_, String>(4)?,
                ),
                (row.get::<_, String>(5)?, row.get::<_, bool>(6)?, row.get::<_, Option<String>>(7)?, row.get::<_, Option<String>>(8)?),
                (
                    row.get::<_, String>(9)?,
                    row.get::<_, Option<String>>(10)?,
                    row.get::<_, Option<String>>(11)?,
                    row.get::<_, Option<String>>(12)?,
                    row.get::<_, String>(13)?,
                    row.get::<_, String>(14)?,
                ),
            ))
        })?;
        rows.map(|row| {
            let (
                (id, title, phase, hours_hundredths, basis),
                (after, parallel, exam, skill),
                (status, started_on, done_start, done_end, notes, links),
            ) = row?;
            Ok(Milestone {
                id,
                title,
                phase: Phase::from_code(&phase).ok_or_else(|| corrupt("phase", phase))?,
                hours_hundredths,
                hours_basis: json("hours_basis", &basis)?,
                after: json("after", &after)?,
                parallel,
                exam,
                skill,
                status: Status::from_code(&status).ok_or_else(|| corrupt("status", status))?,
                started_on: date("started_on", started_on)?,
                done_start: date("done_start", done_start)?,
                done_end: date("done_end", done_end)?,
                notes,
                links: json("links", &links)?,
            })
        })
        .collect()
    }

    /// The active plan, if any; a corrupt one is an error, as it is on every screen.
    pub fn active_plan(&self) -> Result<Option<Plan>, StoreError> {
        Ok(self.plans_where("WHERE active = 1")?.pop())
    }

    /// Writes `plan` whole (replacing any plan with its id). An active plan
    /// makes every other plan inactive. The caller has checked it.
    pub fn save_plan(&mut self, plan: &Plan) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        insert(&tx, plan)?;
        tx.commit()?;
        Ok(())
    }

    pub fn delete_plan(&mut self, id: &str) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM plan WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Makes `id` the active plan, in one transaction.
    pub fn activate_plan(&mut self, id: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE plan SET active = 0 WHERE active = 1", [])?;
        tx.execute("UPDATE plan SET active = 1 WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }
}

pub(super) fn insert(tx: &rusqlite::Transaction<'_>, plan: &Plan) -> Result<(), StoreError> {
    if plan.active {
        tx.execute("UPDATE plan SET active = 0 WHERE active = 1 AND id <> ?1", [&plan.id])?;
    }
    tx.execute("DELETE FROM plan WHERE id = ?1", [&plan.id])?;
    tx.execute(
        "INSERT INTO plan (id, name, target_role, certifications, parallel_share_pct, active, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![plan.id, plan.name, plan.target_role, text(&plan.certifications), plan.parallel_share_pct, plan.active, plan.created_at],
    )?;
    let mut statement = tx.prepare(
        "INSERT INTO milestone (plan_id, id, position, title, phase, hours_hundredths, hours_basis, after, parallel, exam, skill, status, started_on, done_start, done_end, notes, links)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    for (position, m) in plan.milestones.iter().enumerate() {
        statement.execute(params![
            plan.id,
            m.id,
            position as i64,
            m.title,
            m.phase.code(),
            m.hours_hundredths,
            text(&m.hours_basis),
            text(&m.after),
            m.parallel,
            m.exam,
            m.skill,
            m.status.code(),
            m.started_on.map(|d| d.to_string()),
            m.done_start.map(|d| d.to_string()),
            m.done_end.map(|d| d.to_string()),
            m.notes,
            text(&m.links),
        ])?;
    }
    Ok(())
}

/// The JSON text stored in a column.
fn text<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plan values always serialize")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sample::sample_plans;

    #[test]
    fn plans_round_trip_with_one_active_and_cascade_on_delete() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let plans = sample_plans();
        for plan in &plans {
            store.save_plan(plan).unwrap();
        }
        assert_eq!(store.load_plans().unwrap(), plans);
        assert_eq!(store.active_plan().unwrap().unwrap().id, plans[0].id);
        store.activate_plan(&plans[1].id).unwrap();
        assert_eq!(store.active_plan().unwrap().unwrap().id, plans[1].id);
        assert_eq!(store.load_plans().unwrap().iter().filter(|p| p.active).count(), 1);
        store.delete_plan(&plans[1].id).unwrap();
        let left: i64 = store.conn.query_row("SELECT count(*) FROM milestone WHERE plan_id = ?1", [&plans[1].id], |r| r.get(0)).unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn a_corrupt_active_plan_is_reported_not_taken_for_no_plan() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let plans = sample_plans();
        store.save_plan(&plans[0]).unwrap();
        store.conn.execute(r#"UPDATE milestone SET after = '["no-such-milestone"]' WHERE plan_id = ?1"#, [&plans[0].id]).unwrap();
        assert!(matches!(store.active_plan(), Err(StoreError::Corrupt { .. })), "{:?}", store.active_plan());
        store.save_plan(&plans[0]).unwrap();
        assert_eq!(store.active_plan().unwrap().as_ref(), Some(&plans[0]));
        store.conn.execute(r#"UPDATE plan SET certifications = '[1, 2]' WHERE id = ?1"#, [&plans[0].id]).unwrap();
        assert!(matches!(store.active_plan(), Err(StoreError::Corrupt { .. })));
        assert!(matches!(store.load_plans(), Err(StoreError::Corrupt { .. })));
    }
}
