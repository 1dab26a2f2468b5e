//! The schema's history. Each migration is one SQL file under
//! `core/migrations/`, applied in order inside one transaction, and the
//! version is kept in SQLite's `PRAGMA user_version` (rusqlite_migration).
//!
//! Rule: a migration that has shipped is never edited. Change the schema by
//! adding a file, and commit a fixture database for the new version under
//! `core/tests/fixtures/` (`cargo xtask fixture`).

use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use super::StoreError;

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| Migrations::from_slice(MIGRATION_SQL));

static MIGRATION_SQL: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_app_meta.sql")),
    M::up(include_str!("../../migrations/0002_profile.sql")),
    M::up(include_str!("../../migrations/0003_user_figures.sql")),
    M::up(include_str!("../../migrations/0004_choices.sql")),
    M::up(include_str!("../../migrations/0005_assessments.sql")),
    M::up(include_str!("../../migrations/0006_plans.sql")),
    M::up(include_str!("../../migrations/0007_progress.sql")),
    M::up(include_str!("../../migrations/0008_reminders.sql")),
    M::up(include_str!("../../migrations/0009_dashboard_indexes.sql")),
    M::up(include_str!("../../migrations/0010_situation_and_routes.sql")),
    M::up(include_str!("../../migrations/0011_household.sql")),
];

/// The newest schema this build writes.
pub const LATEST_SCHEMA_VERSION: u32 = MIGRATION_SQL.len() as u32;

pub(super) fn schema_version(conn: &Connection) -> Result<u32, StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    Ok(u32::try_from(version).unwrap_or(u32::MAX))
}

/// A file from a newer Pathway is refused before anything is written to it.
/// Returns the version found.
pub(super) fn refuse_if_too_new(conn: &Connection) -> Result<u32, StoreError> {
    let found = schema_version(conn)?;
    if found > LATEST_SCHEMA_VERSION {
        return Err(StoreError::TooNew { found, supported: LATEST_SCHEMA_VERSION });
    }
    Ok(found)
}

/// Brings the file to the latest schema, in one transaction.
pub(super) fn migrate_to_latest(conn: &mut Connection) -> Result<(), StoreError> {
    refuse_if_too_new(conn)?;
    MIGRATIONS.to_latest(conn).map_err(|e| StoreError::Migration(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_migrations_are_valid() {
        MIGRATIONS.validate().unwrap();
    }

    #[test]
    fn an_empty_database_migrates_to_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to_latest(&mut conn).unwrap();
        assert_eq!(schema_version(&conn).unwrap(), LATEST_SCHEMA_VERSION);
    }

    #[test]
    fn a_newer_database_is_refused_and_left_alone() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", LATEST_SCHEMA_VERSION + 1).unwrap();
        let err = migrate_to_latest(&mut conn).unwrap_err();
        assert_eq!(err.code(), "store.too_new");
        assert_eq!(schema_version(&conn).unwrap(), LATEST_SCHEMA_VERSION + 1);
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0)).unwrap();
        assert_eq!(tables, 0, "nothing was created in a file we do not understand");
    }
}
