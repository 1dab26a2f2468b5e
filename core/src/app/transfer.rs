//! Moving a person's data in and out: the export file, CSV tables, and
//! imports checked whole before one transaction writes them.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::store::{write_atomically, BackupReason, Store, StoreError, LATEST_SCHEMA_VERSION};
use crate::transfer::{csv_tables, parse_import, read_import_file, ExportFile, ImportError, ImportMode, ImportOutcome, ImportPreview};

/// Why an import from a file did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ImportFileError {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ImportFileError {
    pub fn code(&self) -> crate::codes::ErrorCode {
        match self {
            ImportFileError::Import(e) => e.code(),
            ImportFileError::Store(e) => e.code(),
        }
    }
}

/// Reads `bytes` as an export this build can import (checked whole).
pub fn parse(bytes: &[u8]) -> Result<ExportFile, ImportError> {
    parse_import(bytes, LATEST_SCHEMA_VERSION)
}

/// Checks the export at `path` without writing anything.
pub fn preview_file(path: &Path) -> Result<ImportPreview, ImportError> {
    Ok(ImportPreview::of(&parse(&read_import_file(path)?)?))
}

/// An import file the user chose, checked and described, not yet written.
#[derive(Debug, serde::Serialize, ts_rs::TS)]
pub struct ImportChoice {
    pub file_name: String,
    pub preview: ImportPreview,
}

/// [`preview_file`], named for the screen.
pub fn choose(path: &Path) -> Result<ImportChoice, ImportError> {
    let preview = preview_file(path)?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(ImportChoice { file_name, preview })
}

/// Reads, checks and imports the export at `path`. A backup of the store is
/// made first ("before-import"), so an import can always be undone.
pub fn import_file(store: &mut Store, path: &Path, mode: ImportMode, now: DateTime<Utc>) -> Result<ImportOutcome, ImportFileError> {
    let file = parse(&read_import_file(path)?)?;
    store.backup_now(BackupReason::BeforeImport, now)?;
    Ok(store.import(&file.data, mode)?)
}

/// Writes the store's export to `path` (via a temporary file, then rename).
pub fn export_file(store: &Store, path: &Path, now: DateTime<Utc>) -> Result<u64, StoreError> {
    let file = ExportFile::new(store.export_data()?, store.schema_version()?, now);
    let text = serde_json::to_string_pretty(&file).expect("export types always serialize");
    write_atomically(path, text.as_bytes())
}

/// Writes one CSV file per table into `folder`. Returns the paths written.
pub fn export_csv(store: &Store, folder: &Path) -> Result<Vec<PathBuf>, StoreError> {
    std::fs::create_dir_all(folder).map_err(|source| StoreError::CreateFolder { folder: folder.to_path_buf(), source })?;
    csv_tables(&store.export_data()?)
        .into_iter()
        .map(|table| {
            let path = folder.join(table.file_name);
            write_atomically(&path, table.text.as_bytes()).map(|_| path)
        })
        .collect()
}
