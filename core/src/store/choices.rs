//! The user's choices: one target role, and the certifications they mean to take.

use super::{Store, StoreError};
use crate::choices::{Choice, Choices};
use rusqlite::params;

impl Store {
    /// In the order they were made. Choosing a role adds its certifications in
    /// the role's order within one second, so the time alone cannot order
    /// them: within a second the insertion order (the rowid) does, and an
    /// export lists them in this order, so an import inserts them the same way.
    pub fn load_choice_records(&self) -> Result<Vec<Choice>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT kind, id, added_at FROM choice ORDER BY added_at, rowid")?;
        let rows = statement.query_map([], |row| Ok(Choice { kind: row.get(0)?, id: row.get(1)?, added_at: row.get(2)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn load_choices(&self) -> Result<Choices, StoreError> {
        let mut choices = Choices::default();
        for choice in self.load_choice_records()? {
            match choice.kind.as_str() {
                "target_role" => choices.target_role = Some(choice.id),
                "route" => choices.route = Some(choice.id),
                _ => choices.certifications.push(choice.id),
            }
        }
        Ok(choices)
    }

    /// Makes `role` the one target role (replacing any other), in one transaction.
    pub fn choose_target_role(&mut self, role: &str, now: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM choice WHERE kind = 'target_role'", [])?;
        insert(&tx, &Choice { kind: "target_role".into(), id: role.into(), added_at: now.into() })?;
        tx.commit()?;
        Ok(())
    }

    /// Makes `route` the one chosen public route (replacing any other), or
    /// clears it, in one transaction.
    pub fn choose_route(&mut self, route: Option<&str>, now: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM choice WHERE kind = 'route'", [])?;
        if let Some(route) = route {
            insert(&tx, &Choice { kind: "route".into(), id: route.into(), added_at: now.into() })?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn add_certification_choice(&mut self, id: &str, now: &str) -> Result<(), StoreError> {
        self.conn.execute("INSERT OR IGNORE INTO choice (kind, id, added_at) VALUES ('certification', ?1, ?2)", params![id, now])?;
        Ok(())
    }

    pub fn remove_certification_choice(&mut self, id: &str) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM choice WHERE kind = 'certification' AND id = ?1", [id])?;
        Ok(())
    }
}

pub(super) fn insert(tx: &rusqlite::Transaction<'_>, choice: &Choice) -> Result<(), StoreError> {
    tx.execute("INSERT OR REPLACE INTO choice (kind, id, added_at) VALUES (?1, ?2, ?3)", params![choice.kind, choice.id, choice.added_at])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_target_role_and_an_ordered_set_of_certifications() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        store.choose_target_role("help-desk-technician", "2026-11-22T08:00:00Z").unwrap();
        store.choose_target_role("soc-analyst", "2026-11-22T08:01:00Z").unwrap();
        store.add_certification_choice("comptia-a-plus", "2026-11-22T08:02:00Z").unwrap();
        store.add_certification_choice("comptia-network-plus", "2026-11-22T08:03:00Z").unwrap();
        store.add_certification_choice("comptia-a-plus", "2026-11-22T08:04:00Z").unwrap();
        let choices = store.load_choices().unwrap();
        assert_eq!(choices.target_role.as_deref(), Some("soc-analyst"));
        assert_eq!(choices.certifications, vec!["comptia-a-plus", "comptia-network-plus"]);
        store.remove_certification_choice("comptia-a-plus").unwrap();
        assert_eq!(store.load_choices().unwrap().certifications, vec!["comptia-network-plus"]);
    }

    #[test]
    fn choices_made_in_the_same_second_keep_the_order_they_were_made_in() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let second = "2026-11-22T08:00:00Z";
        for id in ["comptia-security-plus", "comptia-a-plus", "isc2-cc"] {
            store.add_certification_choice(id, second).unwrap();
        }
        let made = vec!["comptia-security-plus", "comptia-a-plus", "isc2-cc"];
        assert_eq!(store.load_choices().unwrap().certifications, made, "not alphabetical");
        let records = store.load_choice_records().unwrap();
        let mut copy = Store::open(&dir.path().join("copy.sqlite3")).unwrap();
        let tx = copy.conn.transaction().unwrap();
        for choice in &records {
            insert(&tx, choice).unwrap();
        }
        tx.commit().unwrap();
        assert_eq!(copy.load_choices().unwrap().certifications, made, "an import inserts them in the exported order");
    }
}
