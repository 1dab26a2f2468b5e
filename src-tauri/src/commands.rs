//! The commands the webview may invoke. Each is async (so it never runs on the
//! UI thread), converts types, reaches the store through [`AppState`], and
//! returns [`CommandError`] as `{code, message}`. No logic lives here.

use std::path::PathBuf;

use pathway_core::paths::DataDir;
use pathway_core::profile::{self, CurrencyChange, FieldError, ProfileDraft, ProfileSummary};
use pathway_core::store::{self, StoreInfo};
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

/// The saved profile with what is derived from it, and the form filled from it.
#[derive(Debug, Serialize)]
pub struct ProfileState {
    pub summary: ProfileSummary,
    pub draft: ProfileDraft,
}

impl ProfileState {
    fn of(summary: ProfileSummary) -> ProfileState {
        ProfileState { draft: ProfileDraft::from_profile(&summary.profile), summary }
    }
}

/// `None` until the first-run set-up has been finished (or skipped).
#[tauri::command]
pub async fn get_profile(state: State<'_, AppState>) -> Result<Option<ProfileState>, CommandError> {
    state
        .with_store(|store| Ok(store.load_profile()?.map(|p| ProfileState::of(ProfileSummary::of(p)))))
        .await
}

/// The result of checking a draft as the user types.
#[derive(Debug, Serialize)]
pub struct ProfileCheck {
    pub errors: Vec<FieldError>,
    /// What the draft would mean, when it is valid (totals shown live).
    pub summary: Option<ProfileSummary>,
}

/// Checks a draft against the core's rules without saving anything.
#[tauri::command]
pub async fn check_profile(draft: ProfileDraft) -> Result<ProfileCheck, CommandError> {
    Ok(match profile::validate(&draft, today()) {
        Ok(valid) => ProfileCheck { errors: Vec::new(), summary: Some(ProfileSummary::of(valid)) },
        Err(errors) => ProfileCheck { errors, summary: None },
    })
}

/// Validates and saves the profile; nothing is written unless it is valid.
#[tauri::command]
pub async fn save_profile(
    state: State<'_, AppState>,
    draft: ProfileDraft,
    currency_change: Option<CurrencyChange>,
) -> Result<ProfileState, CommandError> {
    state
        .with_store(move |store| {
            let summary = profile::save_draft(store, &draft, currency_change.as_ref(), today())?;
            Ok(ProfileState::of(summary))
        })
        .await
}

/// Deletes the database, its side files and its backups, then starts a
/// fresh, empty store (so the app returns to the first-run set-up).
#[tauri::command]
pub async fn delete_all_data(state: State<'_, AppState>) -> Result<usize, CommandError> {
    state
        .with_store_closed(|path| Ok(store::delete_database_files(path)?.len()))
        .await
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
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
