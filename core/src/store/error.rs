//! What can go wrong in the store, with a stable code per kind so that the
//! shell and the CLI can tell the user what happened without parsing text.

use crate::codes::ErrorCode;

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("could not create the data folder {folder}: {source}")]
    CreateFolder { folder: PathBuf, source: std::io::Error },

    #[error("could not write {path}: {source}")]
    WriteFile { path: PathBuf, source: std::io::Error },

    #[error("a copy cannot replace the database it is a copy of ({0})")]
    CopyOntoItself(PathBuf),

    #[error("the database refused a setting: {name} should be {wanted}, it is {got}")]
    Pragma { name: &'static str, wanted: &'static str, got: String },

    #[error(
        "this database was written by a newer version of Pathway (schema {found}); \
         this version understands schema {supported} at most"
    )]
    TooNew { found: u32, supported: u32 },

    #[error("Pathway's data is in use by another running copy of Pathway ({0})")]
    Locked(PathBuf),

    #[error("{0} is not a Pathway database (it is not an SQLite file)")]
    NotADatabase(PathBuf),

    #[error("the database {path} is damaged: {details}")]
    Damaged { path: PathBuf, details: String },

    #[error("the data file opens normally, so there is nothing to recover")]
    NothingToRecover,

    #[error("no backup could be opened cleanly")]
    NoUsableBackup,

    #[error("there is no backup named {0:?}")]
    NoSuchBackup(String),

    #[error("could not update the database to the current version: {0}")]
    Migration(String),

    #[error("the data file holds a value this version does not know: {table}.{column} = {value:?}")]
    Corrupt { table: &'static str, column: &'static str, value: String },

    #[error("could not delete {path}: {source}")]
    Delete { path: PathBuf, source: std::io::Error },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// A stable, machine-readable code. Never change one that has shipped:
    /// the UI switches on them.
    pub fn code(&self) -> ErrorCode {
        match self {
            StoreError::CreateFolder { .. } => ErrorCode::StoreCreateFolder,
            StoreError::WriteFile { .. } => ErrorCode::StoreWriteFile,
            StoreError::CopyOntoItself(_) => ErrorCode::StoreCopyOntoItself,
            StoreError::Pragma { .. } => ErrorCode::StorePragma,
            StoreError::TooNew { .. } => ErrorCode::StoreTooNew,
            StoreError::Locked(_) => ErrorCode::StoreLocked,
            StoreError::NotADatabase(_) => ErrorCode::StoreNotADatabase,
            StoreError::Damaged { .. } => ErrorCode::StoreDamaged,
            StoreError::NoSuchBackup(_) => ErrorCode::StoreNoSuchBackup,
            StoreError::NoUsableBackup => ErrorCode::StoreNoUsableBackup,
            StoreError::NothingToRecover => ErrorCode::StoreNothingToRecover,
            StoreError::Migration(_) => ErrorCode::StoreMigration,
            StoreError::Corrupt { .. } => ErrorCode::StoreCorrupt,
            StoreError::Delete { .. } => ErrorCode::StoreDelete,
            StoreError::Sqlite(_) => ErrorCode::StoreSqlite,
        }
    }
}

impl StoreError {
    /// Sorts an SQLite failure on `path` into the cases the app explains to
    /// the user: not a database, damaged, or locked by another program.
    pub(crate) fn classify(error: rusqlite::Error, path: &std::path::Path) -> StoreError {
        use rusqlite::ErrorCode;
        match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase(path.to_path_buf()),
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged { path: path.to_path_buf(), details: error.to_string() },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked(path.to_path_buf()),
            _ => StoreError::Sqlite(error),
        }
    }

    /// True for the cases where the file itself cannot be used, and recovery
    /// (restore a backup, or start fresh) is the way on.
    pub fn needs_recovery(&self) -> bool {
        matches!(self, StoreError::NotADatabase(_) | StoreError::Damaged { .. } | StoreError::TooNew { .. })
    }
}
