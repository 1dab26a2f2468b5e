//! The progress store: one SQLite file per user, and the only code that runs SQL.
//!
//! Everything the user records lives here. The file is opened in WAL mode with
//! `synchronous = FULL` and foreign keys on, and it is migrated to the newest
//! schema on open (see [`migrations`]). Callers get typed records, never SQL.

mod assessments;
mod backup;
mod choices;
mod error;
mod files;
mod migrations;
mod plans;
mod profile;
mod progress;
#[doc(hidden)]
#[cfg(any(test, feature = "test-support"))]
pub mod sample;
mod transfer;
mod user_figures;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension};

pub use crate::choices::{Choice, Choices};
pub use backup::{
    backups_dir, list_backups, newest_usable_backup, recover, restore_backup, BackupInfo, BackupReason, Recovered, RecoveryAction,
    KEEP_PER_KIND,
};
pub use error::StoreError;
pub use files::{move_aside, verify_database_file, write_atomically, LOCK_SUFFIX};
pub use migrations::LATEST_SCHEMA_VERSION;
pub use progress::BodyRecord;

/// How long a write waits for another connection's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Statements kept parsed per connection: more than every read and write the
/// app runs (rusqlite keeps 16 by default).
const STATEMENT_CACHE: usize = 64;

/// An open, migrated database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Keeps a second copy of Pathway from opening the same data.
    _lock: files::Lock,
}

/// What the store can say about itself (shown in the app's status and Help).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct StoreInfo {
    pub path: PathBuf,
    pub schema_version: u32,
    pub created_at: String,
    pub created_by_version: String,
}

impl Store {
    /// Opens the database at `path`, creating it and its folder when missing,
    /// and migrates it to [`LATEST_SCHEMA_VERSION`] (after a backup).
    ///
    /// Nothing is written to a file that is not an SQLite database, is
    /// damaged, or comes from a newer Pathway: those fail with
    /// [`StoreError::needs_recovery`], and a file held by another running
    /// copy fails with [`StoreError::Locked`].
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|source| StoreError::CreateFolder { folder: folder.to_path_buf(), source })?;
        }
        let lock = files::lock(path)?;
        files::check_header(path)?;
        let mut conn = Connection::open(path).map_err(|e| StoreError::classify(e, path))?;
        let found = migrations::refuse_if_too_new(&conn).map_err(|e| reclassify(e, path))?;
        files::quick_check(&conn, path)?;
        configure(&conn).map_err(|e| reclassify(e, path))?;
        if found > 0 && found < LATEST_SCHEMA_VERSION {
            backup::write_backup(&conn, path, BackupReason::BeforeMigration { from_version: found }, chrono::Utc::now())?;
        }
        migrations::migrate_to_latest(&mut conn)?;
        let store = Store { conn, path: path.to_path_buf(), _lock: lock };
        store.record_open()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version the file is at (always the latest after [`Store::open`]).
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        migrations::schema_version(&self.conn)
    }

    pub fn info(&self) -> Result<StoreInfo, StoreError> {
        Ok(StoreInfo {
            path: self.path.clone(),
            schema_version: self.schema_version()?,
            created_at: self.meta("created_at")?.unwrap_or_default(),
            created_by_version: self.meta("created_by_version")?.unwrap_or_default(),
        })
    }

    /// Writes a consistent copy of the whole database to `dest` with SQLite's
    /// online backup API, and returns its size in bytes. The copy is written
    /// beside `dest` first and renamed into place, so `dest` is never half a file.
    pub fn save_copy_to(&self, dest: &Path) -> Result<u64, StoreError> {
        if same_file(dest, &self.path) {
            return Err(StoreError::CopyOntoItself(dest.to_path_buf()));
        }
        files::copy_database(&self.conn, dest)
    }

    /// Runs `reads` inside one read transaction: every query sees the same
    /// snapshot (a screen never mixes before and after another window's
    /// write), and SQLite takes its read lock once rather than once per query.
    /// Inside another transaction the reads simply join it.
    pub fn snapshot<T, E: From<StoreError>>(&self, reads: impl FnOnce(&Store) -> Result<T, E>) -> Result<T, E> {
        if !self.conn.is_autocommit() {
            return reads(self);
        }
        self.conn.execute_batch("BEGIN DEFERRED").map_err(|e| E::from(StoreError::from(e)))?;
        let result = reads(self);
        // A read transaction has nothing to keep; ending it cannot lose data.
        let _ = self.conn.execute_batch(if result.is_ok() { "COMMIT" } else { "ROLLBACK" });
        result
    }

    /// SQLite's full integrity check, for tests and diagnostics.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }

    fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        let value = self.conn.prepare_cached("SELECT value FROM app_meta WHERE key = ?1")?.query_row([key], |row| row.get(0)).optional()?;
        Ok(value)
    }

    /// Stamps the file with the version that created it (once) and the one
    /// that last opened it, in one transaction.
    fn record_open(&self) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT OR IGNORE INTO app_meta (key, value)
             VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                    ('created_by_version', ?1)",
            [crate::APP_VERSION],
        )?;
        tx.execute(
            "INSERT INTO app_meta (key, value) VALUES ('last_opened_by_version', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [crate::APP_VERSION],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// Deletes the database at `database_path` with its WAL and shared-memory
/// files, any copy left half-written, and the `backups` folder beside it.
/// The caller must have dropped every [`Store`] on that file first. Returns
/// what was deleted.
pub fn delete_database_files(database_path: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut deleted = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal", ".partial", ".incoming", files::LOCK_SUFFIX] {
        let path = files::with_suffix(database_path, suffix);
        match std::fs::remove_file(&path) {
            Ok(()) => deleted.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(StoreError::Delete { path, source }),
        }
    }
    if let Some(backups) = database_path.parent().map(|folder| folder.join("backups")) {
        match std::fs::remove_dir_all(&backups) {
            Ok(()) => deleted.push(backups),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(StoreError::Delete { path: backups, source }),
        }
    }
    Ok(deleted)
}

/// The file name offered when the user saves a copy: dated, so that copies
/// made on different days sort and never overwrite each other by default.
pub fn suggested_copy_file_name() -> String {
    format!("pathway-copy-{}.sqlite3", chrono::Local::now().format("%Y-%m-%d"))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A pragma or version read that fails on a bad file is a file problem, not a bug.
fn reclassify(error: StoreError, path: &Path) -> StoreError {
    match error {
        StoreError::Sqlite(inner) => StoreError::classify(inner, path),
        other => other,
    }
}

/// The connection settings every open uses. WAL lets a reader see a
/// consistent file while a write is under way; `synchronous = FULL` makes a
/// commit durable once it returns, which matters more to us than the few
/// milliseconds per write it costs (see ARCHITECTURE.md, "The store").
fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Every screen's read runs the same few dozen statements again and
    // again: each is parsed once per connection, not once per read.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Pragma { name: "journal_mode", wanted: "wal", got: mode });
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pragma(store: &Store, name: &str) -> String {
        store
            .conn
            .query_row(&format!("PRAGMA {name}"), [], |row| row.get::<_, rusqlite::types::Value>(0))
            .map(|v| match v {
                rusqlite::types::Value::Integer(i) => i.to_string(),
                rusqlite::types::Value::Text(t) => t,
                other => format!("{other:?}"),
            })
            .unwrap()
    }

    #[test]
    fn open_creates_the_folder_and_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("pathway.sqlite3");
        let store = Store::open(&path).unwrap();
        assert!(path.is_file());
        assert_eq!(store.path(), path);
    }

    #[test]
    fn open_sets_wal_full_sync_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        assert_eq!(pragma(&store, "journal_mode"), "wal");
        assert_eq!(pragma(&store, "synchronous"), "2", "2 is FULL");
        assert_eq!(pragma(&store, "foreign_keys"), "1");
    }

    #[test]
    fn a_new_file_is_at_the_latest_schema_and_stamped() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let info = store.info().unwrap();
        assert_eq!(info.schema_version, LATEST_SCHEMA_VERSION);
        assert_eq!(info.created_by_version, crate::APP_VERSION);
        assert_eq!(info.created_at.len(), "2026-11-22T07:00:00Z".len(), "{}", info.created_at);
    }

    #[test]
    fn reopening_keeps_the_creation_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let first = Store::open(&path).unwrap().info().unwrap();
        let store = Store::open(&path).unwrap();
        store.conn.execute("UPDATE app_meta SET value = '0.0.1' WHERE key = 'created_by_version'", []).unwrap();
        drop(store);
        let again = Store::open(&path).unwrap().info().unwrap();
        assert_eq!(again.created_at, first.created_at);
        assert_eq!(again.created_by_version, "0.0.1", "the creation stamp is never rewritten");
    }

    #[test]
    fn a_saved_copy_is_a_complete_database() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let dest = dir.path().join("copy.sqlite3");
        let bytes = store.save_copy_to(&dest).unwrap();
        assert_eq!(bytes, std::fs::metadata(&dest).unwrap().len());
        assert!(!dir.path().join("copy.sqlite3.partial").exists());
        let copy = Store::open(&dest).unwrap().info().unwrap();
        assert_eq!(copy.created_at, store.info().unwrap().created_at);
    }

    #[test]
    fn a_copy_never_replaces_its_own_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let store = Store::open(&path).unwrap();
        let err = store.save_copy_to(&path).unwrap_err();
        assert_eq!(err.code(), "store.copy_onto_itself");
        assert_eq!(store.info().unwrap().schema_version, LATEST_SCHEMA_VERSION);
    }

    #[test]
    fn deleting_removes_the_database_its_sidecars_and_backups_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pathway.sqlite3");
        drop(Store::open(&path).unwrap());
        std::fs::create_dir(dir.path().join("backups")).unwrap();
        std::fs::write(dir.path().join("backups").join("b.sqlite3"), b"x").unwrap();
        std::fs::write(dir.path().join("pathway.sqlite3-wal"), b"x").unwrap();
        std::fs::write(dir.path().join("notes.txt"), b"the user's own file").unwrap();

        let deleted = delete_database_files(&path).unwrap();
        assert_eq!(deleted.len(), 4, "database, WAL, lock and backups: {deleted:?}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("notes.txt")]);
        assert_eq!(delete_database_files(&path).unwrap(), Vec::<PathBuf>::new(), "deleting twice is fine");
    }

    #[test]
    fn the_suggested_copy_name_is_dated() {
        let name = suggested_copy_file_name();
        assert!(name.starts_with("pathway-copy-20") && name.ends_with(".sqlite3"), "{name}");
    }

    #[test]
    fn a_folder_that_cannot_be_created_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("a-file");
        std::fs::write(&blocker, b"not a folder").unwrap();
        let err = Store::open(&blocker.join("db.sqlite3")).err().unwrap();
        assert_eq!(err.code(), "store.create_folder");
        assert!(err.to_string().contains("a-file"), "{err}");
    }
}
