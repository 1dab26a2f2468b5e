//! The commands the webview may invoke. Each is async (so it never runs on the
//! UI thread), converts types, reaches the store through [`AppState`], and
//! returns [`CommandError`] as `{code, message}`. No logic lives here.

use std::path::PathBuf;

use pathway_core::paths::DataDir;
use pathway_core::store::StoreInfo;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::dialogs::{self, SaveDialog};
use crate::error::CommandError;
use crate::state::{self, AppState};

/// What the app shows about this installation.
#[derive(Debug, Serialize)]
pub struct AppStatus {
    pub app_version: &'static str,
    pub data_dir: DataDir,
    pub database: StoreInfo,
}

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Result<AppStatus, CommandError> {
    let data_dir = state.data_dir()?.clone();
    let database = state.with_store(|store| Ok(store.info()?)).await?;
    Ok(AppStatus { app_version: pathway_core::APP_VERSION, data_dir, database })
}

/// Called by the page once its first view is painted; logs start-up time.
#[tauri::command]
pub async fn ui_ready() -> Result<u64, CommandError> {
    let millis = u64::try_from(state::since_process_start().as_millis()).unwrap_or(u64::MAX);
    eprintln!("pathway: first view painted {millis} ms after start");
    Ok(millis)
}

/// Where a copy of the database was saved.
#[derive(Debug, Serialize)]
pub struct SavedCopy {
    pub path: PathBuf,
    pub bytes: u64,
}

/// Asks where to save a copy of the database, then writes a consistent copy
/// there. `Ok(None)` means the user cancelled the dialog.
#[tauri::command]
pub async fn save_database_copy<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    title: String,
) -> Result<Option<SavedCopy>, CommandError> {
    let file_name = pathway_core::store::suggested_copy_file_name();
    let dialog = SaveDialog { title, file_name, filter_name: "SQLite database", extensions: &["sqlite3"] };
    let Some(path) = dialogs::ask_save_path(&app, dialog).await? else {
        return Ok(None);
    };
    state
        .with_store(move |store| {
            let bytes = store.save_copy_to(&path)?;
            Ok(Some(SavedCopy { path, bytes }))
        })
        .await
}

/// Test builds only: queue the answer the next native file dialog gives.
/// `None` answers as if the user pressed Cancel.
#[cfg(feature = "e2e")]
#[tauri::command]
pub async fn e2e_answer_next_dialog<R: Runtime>(
    app: AppHandle<R>,
    path: Option<PathBuf>,
) -> Result<(), CommandError> {
    dialogs::e2e::queue_answer(&app, path);
    Ok(())
}
