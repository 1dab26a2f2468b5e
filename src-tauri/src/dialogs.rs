//! Native file dialogs, asked from Rust so that the webview needs no dialog or
//! filesystem permission. The webview only supplies the words (from its
//! message catalog).
//!
//! WebDriver cannot drive a native dialog, so builds with the `e2e` feature
//! swap the dialog for answers the test queued beforehand (through the
//! `e2e_answer_next_dialog` command). Release builds never enable `e2e`.

use std::path::PathBuf;

use serde::Deserialize;
use tauri::{AppHandle, Runtime};

use crate::error::CommandError;

/// The words a dialog shows: its title, and the name of its file filter.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct FileDialog {
    pub title: String,
    #[serde(default)]
    pub filter_name: Option<String>,
}

#[cfg(not(feature = "e2e"))]
mod native {
    use std::path::PathBuf;

    use tauri::{AppHandle, Runtime};
    use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};

    use super::FileDialog;
    use crate::error::CommandError;

    fn builder<R: Runtime>(app: &AppHandle<R>, dialog: &FileDialog, extension: Option<&'static str>) -> FileDialogBuilder<R> {
        let mut builder = app.dialog().file().set_title(dialog.title.clone());
        if let (Some(name), Some(extension)) = (&dialog.filter_name, extension) {
            builder = builder.add_filter(name.clone(), &[extension]);
        }
        builder
    }

    /// Shows a dialog on a blocking thread (the dialog call waits for the user).
    pub async fn ask<R: Runtime>(
        app: &AppHandle<R>,
        show: impl FnOnce(AppHandle<R>) -> Option<FilePath> + Send + 'static,
    ) -> Result<Option<PathBuf>, CommandError> {
        let app = app.clone();
        let chosen = tauri::async_runtime::spawn_blocking(move || show(app))
            .await
            .map_err(|error| CommandError::internal(format!("the file dialog failed: {error}")))?;
        chosen
            .map(|path| {
                path.into_path().map_err(|e| {
                    CommandError::new(pathway_core::codes::ErrorCode::DialogPath, format!("that location cannot be used: {e}"))
                })
            })
            .transpose()
    }

    pub fn save<R: Runtime>(app: &AppHandle<R>, dialog: &FileDialog, name: String, ext: &'static str) -> FileDialogBuilder<R> {
        builder(app, dialog, Some(ext)).set_file_name(name)
    }

    pub fn open<R: Runtime>(app: &AppHandle<R>, dialog: &FileDialog, ext: &'static str) -> FileDialogBuilder<R> {
        builder(app, dialog, Some(ext))
    }

    pub fn folder<R: Runtime>(app: &AppHandle<R>, dialog: &FileDialog) -> FileDialogBuilder<R> {
        builder(app, dialog, None)
    }
}

/// "Save as": the path the user chose, or `None` when they cancelled.
pub async fn ask_save_path<R: Runtime>(
    app: &AppHandle<R>,
    dialog: FileDialog,
    suggested_name: String,
) -> Result<Option<PathBuf>, CommandError> {
    #[cfg(not(feature = "e2e"))]
    {
        let extension = match suggested_name.rsplit('.').next() {
            Some("json") => "json",
            Some("ics") => "ics",
            Some("pdf") => "pdf",
            _ => "sqlite3",
        };
        let builder = native::save(app, &dialog, suggested_name, extension);
        native::ask(app, move |_| builder.blocking_save_file()).await
    }
    #[cfg(feature = "e2e")]
    {
        let _ = (dialog, suggested_name);
        e2e::next_answer(app)
    }
}

/// "Open": an export file to import.
pub async fn ask_open_path<R: Runtime>(app: &AppHandle<R>, dialog: FileDialog) -> Result<Option<PathBuf>, CommandError> {
    #[cfg(not(feature = "e2e"))]
    {
        let builder = native::open(app, &dialog, "json");
        native::ask(app, move |_| builder.blocking_pick_file()).await
    }
    #[cfg(feature = "e2e")]
    {
        let _ = dialog;
        e2e::next_answer(app)
    }
}

/// "Choose folder".
pub async fn ask_folder<R: Runtime>(app: &AppHandle<R>, dialog: FileDialog) -> Result<Option<PathBuf>, CommandError> {
    #[cfg(not(feature = "e2e"))]
    {
        let builder = native::folder(app, &dialog);
        native::ask(app, move |_| builder.blocking_pick_folder()).await
    }
    #[cfg(feature = "e2e")]
    {
        let _ = dialog;
        e2e::next_answer(app)
    }
}

#[cfg(feature = "e2e")]
pub mod e2e {
    use std::collections::VecDeque;
    use std::path::PathBuf;
    use std::sync::Mutex;

    use tauri::ipc::CapabilityBuilder;
    use tauri::{AppHandle, Manager, Runtime};

    use crate::error::CommandError;

    #[derive(Default)]
    struct Answers(Mutex<VecDeque<Option<PathBuf>>>);

    /// Grants the test-only command to the main window, at run time, so the
    /// shipped capability files never mention it.
    pub fn grant<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
        app.manage(Answers::default());
        app.add_capability(
            CapabilityBuilder::new("e2e-dialogs")
                .window("main")
                .permission("allow-e2e-answer-next-dialog")
                .permission("allow-e2e-print-to-pdf"),
        )
    }

    pub fn queue_answer<R: Runtime>(app: &AppHandle<R>, path: Option<PathBuf>) {
        let answers = app.state::<Answers>();
        answers.0.lock().unwrap_or_else(|p| p.into_inner()).push_back(path);
    }

    pub fn next_answer<R: Runtime>(app: &AppHandle<R>) -> Result<Option<PathBuf>, CommandError> {
        let answers = app.state::<Answers>();
        let next = answers.0.lock().unwrap_or_else(|p| p.into_inner()).pop_front();
        next.ok_or_else(|| CommandError::internal("e2e: a dialog opened but the test queued no answer"))
    }
}
