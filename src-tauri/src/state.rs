//! The state every command shares: where the data lives, and the store.
//!
//! The store is opened lazily, by the first command that needs it, on a
//! blocking thread: nothing touches the disk on the UI thread, not even at
//! start-up. Opening also makes the day's backup. It sits behind a
//! `std::sync::Mutex` (one user, one writer) and is only used inside
//! `spawn_blocking`. When it cannot be opened the app still starts: the
//! failure is kept, every command that needs the store reports it, and the
//! recovery commands can replace the file and try again.

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use std::time::{Duration, Instant};

use pathway_core::paths::{resolve_data_dir, DataDir};
use pathway_core::store::Store;
use tauri::{AppHandle, Manager, Runtime};

use crate::error::CommandError;

static PROCESS_START: LazyLock<Instant> = LazyLock::new(Instant::now);

/// Called first thing in `run()`, so that start-up time counts from there.
pub fn mark_process_start() {
    LazyLock::force(&PROCESS_START);
}

/// Time since [`mark_process_start`] (or since the first call, in tests).
pub fn since_process_start() -> Duration {
    PROCESS_START.elapsed()
}

enum Slot {
    /// Not opened yet, or closed so that the file could be replaced.
    Closed,
    Open {
        store: Store,
        /// The day a daily backup was last confirmed, so the folder is looked at once a day.
        backed_up_on: Option<chrono::NaiveDate>,
    },
    Failed(CommandError),
}

pub struct AppState {
    data_dir: Result<DataDir, CommandError>,
    slot: Arc<Mutex<Slot>>,
    /// The file chosen in the import dialog, waiting for the user's confirmation.
    pending_import: Mutex<Option<PathBuf>>,
    /// The last PDF written, which the page may ask to open or show: the page
    /// never names a path to open.
    last_export: Mutex<Option<PathBuf>>,
}

impl AppState {
    /// The state for a data folder. Opens nothing yet.
    pub fn new(data_dir: Result<DataDir, CommandError>) -> AppState {
        AppState { data_dir, slot: Arc::new(Mutex::new(Slot::Closed)), pending_import: Mutex::new(None), last_export: Mutex::new(None) }
    }

    pub fn data_dir(&self) -> Result<&DataDir, CommandError> {
        self.data_dir.as_ref().map_err(Clone::clone)
    }

    fn database_path(&self) -> Result<PathBuf, CommandError> {
        Ok(self.data_dir()?.database_path())
    }

    /// Runs `work` on the store on a blocking thread, opening it first if needed.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, CommandError> + Send + 'static,
    {
        let path = self.database_path()?;
        let slot = Arc::clone(&self.slot);
        blocking(move || {
            // A panic while holding the lock leaves SQLite consistent (the
            // open transaction rolls back on drop), so the store stays usable.
            let mut guard = slot.lock().unwrap_or_else(PoisonError::into_inner);
            if matches!(*guard, Slot::Closed) {
                *guard = open(&path);
            }
            match &mut *guard {
                Slot::Open { store, backed_up_on } => {
                    let outcome = work(store);
                    daily_backup(store, backed_up_on);
                    outcome
                }
                Slot::Failed(error) => Err(error.clone()),
                Slot::Closed => unreachable!("just opened"),
            }
        })
        .await
    }

    /// Closes the store, runs `work` on the database path while nothing holds
    /// the file open, and leaves the store closed so that the next command
    /// opens whatever is there then. Commands wait on the lock meanwhile.
    pub async fn with_store_closed<T, F>(&self, work: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&Path) -> Result<T, CommandError> + Send + 'static,
    {
        let path = self.database_path()?;
        let slot = Arc::clone(&self.slot);
        blocking(move || {
            let mut guard = slot.lock().unwrap_or_else(PoisonError::into_inner);
            // Dropping the store closes its connection and releases its lock.
            *guard = Slot::Closed;
            work(&path)
        })
        .await
    }

    /// Runs `work` on the database path on a blocking thread, without opening
    /// the store (listing backups works even when the store cannot open).
    pub async fn with_path<T, F>(&self, work: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&Path) -> Result<T, CommandError> + Send + 'static,
    {
        let path = self.database_path()?;
        blocking(move || work(&path)).await
    }

    pub fn set_pending_import(&self, path: Option<PathBuf>) {
        *self.pending_import.lock().unwrap_or_else(PoisonError::into_inner) = path;
    }

    pub fn set_last_export(&self, path: PathBuf) {
        *self.last_export.lock().unwrap_or_else(PoisonError::into_inner) = Some(path);
    }

    pub fn last_export(&self) -> Option<PathBuf> {
        self.last_export.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn take_pending_import(&self) -> Option<PathBuf> {
        self.pending_import.lock().unwrap_or_else(PoisonError::into_inner).take()
    }
}

/// Makes the day's backup once the store holds something to protect. A
/// failed backup is logged, not fatal: the user's data is still there.
fn daily_backup(store: &Store, backed_up_on: &mut Option<chrono::NaiveDate>) {
    let now = chrono::Utc::now();
    if *backed_up_on == Some(now.date_naive()) {
        return;
    }
    match store.ensure_daily_backup(now) {
        Ok(Some(_)) => {
            log::info!("today's backup was made");
            *backed_up_on = Some(now.date_naive());
        }
        Ok(None) if store.holds_records().unwrap_or(false) => *backed_up_on = Some(now.date_naive()),
        Ok(None) => {} // nothing stored yet: look again after the next command
        Err(error) => log::warn!("today's backup could not be made ({})", error.code()),
    }
}

fn open(path: &Path) -> Slot {
    match Store::open(path) {
        Ok(store) => {
            log::info!("Pathway {} opened its store", pathway_core::APP_VERSION);
            Slot::Open { store, backed_up_on: None }
        }
        Err(error) => {
            // The code only: a corrupt row's message quotes the row, which may be the user's words.
            log::error!("the store could not be opened ({})", error.code());
            Slot::Failed(error.into())
        }
    }
}

async fn blocking<T: Send + 'static>(work: impl FnOnce() -> Result<T, CommandError> + Send + 'static) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|error| CommandError::internal(format!("a background task failed: {error}")))?
}

/// Creates the state from the process environment and hands it to Tauri.
pub fn init<R: Runtime>(app: &AppHandle<R>) {
    let data_dir = resolve_data_dir(None).map_err(CommandError::from);
    app.manage(AppState::new(data_dir));
}
