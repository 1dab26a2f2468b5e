//! Self-assessments (schema v5): one row per assessment, keyed by its date.

use rusqlite::params;

use super::{Store, StoreError};
use crate::assessment::{Assessment, AssessmentRecord};

impl Store {
    /// Every assessment, oldest first. A row that breaks the rules is
    /// reported as corrupt, never guessed at.
    pub fn load_assessments(&self) -> Result<Vec<AssessmentRecord>, StoreError> {
        let mut statement =
            self.conn.prepare_cached("SELECT taken_at, ratings, interests, known_skills FROM assessment ORDER BY taken_at")?;
        let rows = statement.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?))
        })?;
        rows.map(|row| {
            let (taken_at, ratings, interests, known_skills) = row?;
            let map = |column: &'static str, text: &str| {
                serde_json::from_str(text).map_err(|_| StoreError::Corrupt { table: "assessment", column, value: text.to_string() })
            };
            let record = AssessmentRecord {
                assessment: Assessment {
                    ratings: map("ratings", &ratings)?,
                    interests: map("interests", &interests)?,
                    known_skills: map("known_skills", &known_skills)?,
                },
                taken_at,
            };
            record.check().map_err(|e| StoreError::Corrupt { table: "assessment", column: "ratings", value: e.message })?;
            Ok(record)
        })
        .collect()
    }

    /// Stores a checked assessment.
    pub fn save_assessment(&mut self, record: &AssessmentRecord) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        insert(&tx, record)?;
        tx.commit()?;
        Ok(())
    }
}

pub(super) fn insert(tx: &rusqlite::Transaction<'_>, record: &AssessmentRecord) -> Result<(), StoreError> {
    let json = |map: &std::collections::BTreeMap<String, u8>| serde_json::to_string(map).expect("maps of numbers serialize");
    let a = &record.assessment;
    tx.execute(
        "INSERT OR REPLACE INTO assessment (taken_at, ratings, interests, known_skills) VALUES (?1, ?2, ?3, ?4)",
        params![record.taken_at, json(&a.ratings), json(&a.interests), json(&a.known_skills)],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sample::sample_assessments;

    #[test]
    fn assessments_come_back_in_date_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let mut records = sample_assessments();
        records.reverse();
        for record in &records {
            store.save_assessment(record).unwrap();
        }
        assert_eq!(store.load_assessments().unwrap(), sample_assessments());
    }

    #[test]
    fn a_row_that_breaks_the_rules_is_reported_not_guessed() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        store.conn.execute("INSERT INTO assessment VALUES ('2026-01-01T00:00:00Z', '{\"communication\": 9}', '{}', '{}')", []).unwrap();
        assert_eq!(store.load_assessments().unwrap_err().code(), "store.corrupt");
    }
}
