//! The state every command shares: where the data lives, and the open store.
//!
//! The store sits behind a `std::sync::Mutex` (one user, one writer) and is
//! only ever touched inside `spawn_blocking`, so no SQL runs on the UI thread
//! or blocks the async runtime. When the store cannot be opened the app still
//! starts: the failure is kept and every command that needs the store reports
//! it, so the UI can explain what happened instead of the app vanishing.

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

pub struct AppState {
    data_dir: Result<DataDir, CommandError>,
    store: Arc<Mutex<Result<Store, CommandError>>>,
}

impl AppState {
    /// Resolves the data folder and opens the store, keeping any failure.
    pub fn open(data_dir: Result<DataDir, CommandError>) -> AppState {
        let store = match &data_dir {
            Ok(dir) => Store::open(&dir.database_path()).map_err(CommandError::from),
            Err(error) => Err(error.clone()),
        };
        if let Err(error) = &store {
            eprintln!("pathway: the store could not be opened: {} ({})", error.message, error.code);
        }
        AppState { data_dir, store: Arc::new(Mutex::new(store)) }
    }

    pub fn data_dir(&self) -> Result<&DataDir, CommandError> {
        self.data_dir.as_ref().map_err(Clone::clone)
    }

    /// Runs `work` on the store on a blocking thread.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, CommandError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tauri::async_runtime::spawn_blocking(move || {
            // A panic while holding the lock leaves SQLite consistent (the
            // open transaction rolls back on drop), so the store stays usable.
            let mut guard = store.lock().unwrap_or_else(PoisonError::into_inner);
            match &mut *guard {
                Ok(store) => work(store),
                Err(error) => Err(error.clone()),
            }
        })
        .await
        .map_err(|error| CommandError::internal(format!("a background task failed: {error}")))?
    }
}

impl AppState {
    /// Closes the store, runs `work` on the database file while nothing holds
    /// it open, then opens the store again (creating a fresh file if `work`
    /// removed it). Commands wait on the lock meanwhile.
    pub async fn with_store_closed<T, F>(&self, work: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&std::path::Path) -> Result<T, CommandError> + Send + 'static,
    {
        let path = self.data_dir()?.database_path();
        let store = Arc::clone(&self.store);
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = store.lock().unwrap_or_else(PoisonError::into_inner);
            // Dropping the old store closes its connection (and checkpoints the WAL).
            *guard = Err(CommandError::new("store.closed", "the data file is being replaced"));
            let outcome = work(&path);
            *guard = Store::open(&path).map_err(CommandError::from);
            outcome
        })
        .await
        .map_err(|error| CommandError::internal(format!("a background task failed: {error}")))?
    }
}

/// Creates the state from the process environment and hands it to Tauri.
pub fn init<R: Runtime>(app: &AppHandle<R>) {
    let data_dir = resolve_data_dir(None).map_err(CommandError::from);
    app.manage(AppState::open(data_dir));
}
