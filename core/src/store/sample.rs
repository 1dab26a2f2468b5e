//! Sample data for the schema fixtures under `core/tests/fixtures/`.
//!
//! `cargo xtask fixture` calls [`write_fixture`] to create the fixture for the
//! newest schema version. Each later schema adds rows for its new tables here,
//! so that every kind of record is exercised when old fixtures are migrated.

use std::path::Path;

use super::{Store, StoreError};

/// The file name of the fixture for a schema version.
pub fn fixture_file_name(version: u32) -> String {
    format!("schema-v{version}.sqlite3")
}

/// Writes a small database at the latest schema with sample rows, as one
/// self-contained file (no `-wal` beside it).
pub fn write_fixture(path: &Path) -> Result<(), StoreError> {
    if path.exists() {
        std::fs::remove_file(path)
            .map_err(|source| StoreError::CreateFolder { folder: path.to_path_buf(), source })?;
    }
    let store = Store::open(path)?;
    store.conn.execute(
        "INSERT INTO app_meta (key, value) VALUES ('fixture_note', 'sample data for migration tests')",
        [],
    )?;
    store.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")?;
    Ok(())
}
