//! The store's side of export and import: read every record out, and write
//! a checked [`ExportData`] back in one transaction.

use super::{assessments, choices, plans, profile, progress, user_figures, Store, StoreError};
use crate::progress::{Application, Attempt, Contact, Project};
use crate::store::BodyRecord;
use crate::transfer::{ExportData, ImportMode, ImportOutcome};

impl Store {
    /// Every record, for an export.
    pub fn export_data(&self) -> Result<ExportData, StoreError> {
        Ok(ExportData {
            profile: self.load_profile()?.into_iter().collect(),
            user_figures: self.load_user_figures()?,
            choices: self.load_choice_records()?,
            assessments: self.load_assessments()?,
            plans: self.load_plans()?,
            sessions: self.load_sessions()?,
            attempts: self.load_records()?,
            projects: self.load_records()?,
            contacts: self.load_records()?,
            applications: self.load_records()?,
            timer: self.load_timer()?.into_iter().collect(),
        })
    }

    /// Writes `data` (already checked by `transfer::parse_import`) all at
    /// once: if any statement fails, nothing of the import remains.
    pub fn import(&mut self, data: &ExportData, mode: ImportMode) -> Result<ImportOutcome, StoreError> {
        let mut outcome = ImportOutcome::default();
        let tx = self.conn.transaction()?;
        if mode == ImportMode::Replace {
            tx.execute("DELETE FROM profile", [])?;
            tx.execute("DELETE FROM user_figure", [])?;
            tx.execute("DELETE FROM choice", [])?;
            tx.execute("DELETE FROM assessment", [])?;
            tx.execute("DELETE FROM plan", [])?;
            for table in ["session", "attempt", "project", "contact", "application", "timer"] {
                tx.execute(&format!("DELETE FROM {table}"), [])?;
            }
        }
        let has_profile: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM profile)", [], |row| row.get(0))?;
        match data.profile.first() {
            Some(incoming) if !has_profile => {
                profile::upsert_profile(&tx, incoming)?;
                outcome.added.insert("profile", 1);
            }
            Some(_) => {
                outcome.kept.insert("profile", 1);
            }
            None => {}
        }
        for figure in &data.user_figures {
            let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM user_figure WHERE id = ?1)", [&figure.id], |r| r.get(0))?;
            if exists {
                *outcome.kept.entry("user_figure").or_default() += 1;
            } else {
                user_figures::upsert(&tx, figure)?;
                *outcome.added.entry("user_figure").or_default() += 1;
            }
        }
        let has_target: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM choice WHERE kind = 'target_role')", [], |r| r.get(0))?;
        let has_route: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM choice WHERE kind = 'route')", [], |r| r.get(0))?;
        for choice in &data.choices {
            let exists: bool =
                tx.query_row("SELECT EXISTS (SELECT 1 FROM choice WHERE kind = ?1 AND id = ?2)", [&choice.kind, &choice.id], |r| r.get(0))?;
            // Merge keeps the user's current target role and route rather than adding a second.
            if exists || (choice.kind == "target_role" && has_target) || (choice.kind == "route" && has_route) {
                *outcome.kept.entry("choice").or_default() += 1;
            } else {
                choices::insert(&tx, choice)?;
                *outcome.added.entry("choice").or_default() += 1;
            }
        }
        for record in &data.assessments {
            let exists: bool =
                tx.query_row("SELECT EXISTS (SELECT 1 FROM assessment WHERE taken_at = ?1)", [&record.taken_at], |r| r.get(0))?;
            if exists {
                *outcome.kept.entry("assessment").or_default() += 1;
            } else {
                assessments::insert(&tx, record)?;
                *outcome.added.entry("assessment").or_default() += 1;
            }
        }
        let has_active: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM plan WHERE active = 1)", [], |r| r.get(0))?;
        for plan in &data.plans {
            let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM plan WHERE id = ?1)", [&plan.id], |r| r.get(0))?;
            if exists {
                *outcome.kept.entry("plan").or_default() += 1;
            } else {
                // Merge keeps the user's active plan active; the file's comes in as a scenario.
                let mut plan = plan.clone();
                plan.active &= !has_active;
                plans::insert(&tx, &plan)?;
                *outcome.added.entry("plan").or_default() += 1;
            }
        }
        let mut add = |kind: &'static str, table: &str, id: &str, insert: &dyn Fn() -> Result<(), StoreError>| -> Result<(), StoreError> {
            let exists: bool = tx.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"), [id], |r| r.get(0))?;
            if exists {
                *outcome.kept.entry(kind).or_default() += 1;
            } else {
                insert()?;
                *outcome.added.entry(kind).or_default() += 1;
            }
            Ok(())
        };
        for s in &data.sessions {
            add("session", "session", &s.id, &|| progress::insert_session(&tx, s))?;
        }
        for r in &data.attempts {
            add("attempt", Attempt::TABLE, &r.id, &|| progress::insert_body(&tx, r))?;
        }
        for r in &data.projects {
            add("project", Project::TABLE, &r.id, &|| progress::insert_body(&tx, r))?;
        }
        for r in &data.contacts {
            add("contact", Contact::TABLE, &r.id, &|| progress::insert_body(&tx, r))?;
        }
        for r in &data.applications {
            add("application", Application::TABLE, &r.id, &|| progress::insert_body(&tx, r))?;
        }
        // Merge keeps a timer that is running here.
        let has_timer: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM timer)", [], |r| r.get(0))?;
        if let Some(timer) = data.timer.first() {
            if has_timer {
                *outcome.kept.entry("timer").or_default() += 1;
            } else {
                progress::insert_timer(&tx, timer)?;
                *outcome.added.entry("timer").or_default() += 1;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use crate::profile::Profile;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
        (dir, store)
    }

    fn data(currency: Currency) -> ExportData {
        ExportData { profile: vec![Profile::empty(currency)], ..ExportData::default() }
    }

    #[test]
    fn replace_makes_the_store_hold_exactly_the_file() {
        let (_dir, mut store) = store();
        store.save_profile(&Profile::empty(Currency::Php)).unwrap();
        let outcome = store.import(&data(Currency::Inr), ImportMode::Replace).unwrap();
        assert_eq!(outcome.added.get("profile"), Some(&1));
        assert_eq!(store.export_data().unwrap(), data(Currency::Inr));
        store.import(&ExportData::default(), ImportMode::Replace).unwrap();
        assert_eq!(store.export_data().unwrap(), ExportData::default());
    }

    #[test]
    fn merge_keeps_what_is_there_and_never_duplicates() {
        let (_dir, mut store) = store();
        store.import(&data(Currency::Inr), ImportMode::Merge).unwrap();
        let outcome = store.import(&data(Currency::Usd), ImportMode::Merge).unwrap();
        assert_eq!(outcome.kept.get("profile"), Some(&1));
        assert_eq!(store.export_data().unwrap(), data(Currency::Inr));
    }

    #[test]
    fn a_failing_import_leaves_nothing_behind() {
        let (_dir, mut store) = store();
        store.save_profile(&Profile::empty(Currency::Php)).unwrap();
        let mut bad = Profile::empty(Currency::Usd);
        bad.savings_minor = Some(-1); // refused by the table's CHECK, after the DELETE ran
        let result = store.import(&ExportData { profile: vec![bad], ..ExportData::default() }, ImportMode::Replace);
        assert!(result.is_err());
        assert_eq!(store.export_data().unwrap(), data(Currency::Php), "the delete was rolled back");
    }
}
