//! The database as a whole: copies the user saves, the backups Pathway keeps,
//! restoring one, recovering from a file that cannot be opened, and deleting
//! everything. These work on the database's path, with the store closed,
//! except a copy, which is taken from the open store.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::about::WrittenFile;
use crate::store::{self, BackupInfo, Recovered, RecoveryAction, Store, StoreError};

/// The file name offered for a copy of the database.
pub fn suggested_copy_file_name() -> String {
    store::suggested_copy_file_name()
}

/// A consistent copy of the whole database, written to `path`.
pub fn save_copy(store: &Store, path: PathBuf) -> Result<WrittenFile, StoreError> {
    Ok(WrittenFile { bytes: store.save_copy_to(&path)?, path })
}

/// The backups, newest first. Works even when the store cannot be opened.
pub fn list(database: &Path) -> Result<Vec<BackupInfo>, StoreError> {
    store::list_backups(database)
}

/// Puts a backup in place of the database, after backing up the current one.
pub fn restore(database: &Path, file_name: &str, now: DateTime<Utc>) -> Result<Option<BackupInfo>, StoreError> {
    store::restore_backup(database, file_name, now)
}

/// When the database cannot be opened: restore the newest usable backup, or
/// start fresh. The unusable file is kept under a dated name either way.
pub fn recover(database: &Path, action: RecoveryAction, now: DateTime<Utc>) -> Result<Recovered, StoreError> {
    store::recover(database, action, now)
}

/// Deletes the database, its side files and its backups; returns how many files went.
pub fn delete_all(database: &Path) -> Result<usize, StoreError> {
    Ok(store::delete_database_files(database)?.len())
}
