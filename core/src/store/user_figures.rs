//! The user's own figures (see `catalog::user`): one row per corrected figure.

use rusqlite::params;

use super::{Store, StoreError};
use crate::catalog::UserFigure;

impl Store {
    pub fn load_user_figures(&self) -> Result<Vec<UserFigure>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT id, value, entered_at FROM user_figure ORDER BY id")?;
        let rows = statement.query_map([], |row| Ok(UserFigure { id: row.get(0)?, value: row.get(1)?, entered_at: row.get(2)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves (or replaces) a figure the caller has checked.
    pub fn save_user_figure(&mut self, figure: &UserFigure) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        upsert(&tx, figure)?;
        tx.commit()?;
        Ok(())
    }

    /// Goes back to the catalog's figure. Returns whether there was one to remove.
    pub fn delete_user_figure(&mut self, id: &str) -> Result<bool, StoreError> {
        Ok(self.conn.execute("DELETE FROM user_figure WHERE id = ?1", [id])? > 0)
    }
}

pub(super) fn upsert(tx: &rusqlite::Transaction<'_>, figure: &UserFigure) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO user_figure (id, value, entered_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET value = excluded.value, entered_at = excluded.entered_at",
        params![figure.id, figure.value, figure.entered_at],
    )?;
    Ok(())
}
