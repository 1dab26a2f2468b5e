//! Native file dialogs, asked from Rust so that the webview needs no dialog or
//! filesystem permission.
//!
//! WebDriver cannot drive a native dialog, so builds with the `e2e` feature
//! swap the dialog for answers the test queued beforehand (through the
//! `e2e_answer_next_dialog` command). Release builds never enable `e2e`.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};

use crate::error::CommandError;

/// A "Save as" dialog.
pub struct SaveDialog {
    pub title: String,
    pub file_name: String,
    pub filter_name: &'static str,
    pub extensions: &'static [&'static str],
}

/// The path the user chose, or `None` when they cancelled.
#[cfg(not(feature = "e2e"))]
pub async fn ask_save_path<R: Runtime>(
    app: &AppHandle<R>,
    dialog: SaveDialog,
) -> Result<Option<PathBuf>, CommandError> {
    use tauri_plugin_dialog::DialogExt;

    let app = app.clone();
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title(dialog.title)
            .set_file_name(dialog.file_name)
            .add_filter(dialog.filter_name, dialog.extensions)
            .blocking_save_file()
    })
    .await
    .map_err(|error| CommandError::internal(format!("the file dialog failed: {error}")))?;
    chosen
        .map(|path| {
            path.into_path()
                .map_err(|error| CommandError::new("dialog.path", format!("that location cannot be used: {error}")))
        })
        .transpose()
}

#[cfg(feature = "e2e")]
pub async fn ask_save_path<R: Runtime>(
    app: &AppHandle<R>,
    _dialog: SaveDialog,
) -> Result<Option<PathBuf>, CommandError> {
    e2e::next_answer(app)
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
            CapabilityBuilder::new("e2e-dialogs").window("main").permission("allow-e2e-answer-next-dialog"),
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
