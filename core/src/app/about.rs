//! What the app says about itself: the installation, the About page, and the
//! files it writes.

use std::path::PathBuf;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::paths::DataDir;
use crate::store::{Store, StoreError, StoreInfo};

/// What the app shows about this installation.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct AppStatus {
    pub app_version: &'static str,
    pub data_dir: DataDir,
    pub database: StoreInfo,
}

pub fn status(store: &Store, data_dir: DataDir) -> Result<AppStatus, StoreError> {
    Ok(AppStatus { app_version: crate::APP_VERSION, data_dir, database: store.info()? })
}

/// What only the shell knows: its toolkit and the system's web view.
#[derive(Debug, Clone)]
pub struct ShellFacts {
    pub tauri_version: &'static str,
    /// The system web view's version, when the system says.
    pub webview_version: Option<String>,
}

/// What the About page shows.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct About {
    pub app_version: &'static str,
    pub tauri_version: &'static str,
    pub webview_version: Option<String>,
    pub os: &'static str,
    pub arch: &'static str,
    pub data_dir: DataDir,
    /// The folder of the app's logs (never the user's figures or words).
    pub log_dir: PathBuf,
    /// The newest "as of" date among the catalog's sourced figures.
    pub catalog_data_date: Option<String>,
}

pub fn about(shell: ShellFacts, data_dir: DataDir) -> About {
    About {
        app_version: crate::APP_VERSION,
        tauri_version: shell.tauri_version,
        webview_version: shell.webview_version,
        os: std::env::consts::OS,
        arch: std::env::consts::ARCH,
        log_dir: data_dir.log_dir(),
        data_dir,
        catalog_data_date: Catalog::embedded().data_date(),
    }
}

/// A file the app wrote.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct WrittenFile {
    pub path: PathBuf,
    pub bytes: u64,
}
