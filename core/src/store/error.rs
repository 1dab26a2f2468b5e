//! What can go wrong in the store, with a stable code per kind so that the
//! shell and the CLI can tell the user what happened without parsing text.

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
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::CreateFolder { .. } => "store.create_folder",
            StoreError::WriteFile { .. } => "store.write_file",
            StoreError::CopyOntoItself(_) => "store.copy_onto_itself",
            StoreError::Pragma { .. } => "store.pragma",
            StoreError::TooNew { .. } => "store.too_new",
            StoreError::Migration(_) => "store.migration",
            StoreError::Corrupt { .. } => "store.corrupt",
            StoreError::Delete { .. } => "store.delete",
            StoreError::Sqlite(_) => "store.sqlite",
        }
    }
}
