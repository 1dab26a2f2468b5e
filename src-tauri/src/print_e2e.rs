//! Test builds only (`e2e` feature): prints the webview to a PDF file with
//! WebKitGTK's print operation and the GTK "Print to File" printer, with no
//! dialog, so an end-to-end test can check what the print stylesheet gives.
//! Release builds never compile this (`cargo xtask bundle` checks).

use std::path::PathBuf;
use std::time::Duration;

use tauri::{Runtime, WebviewWindow};

use crate::error::CommandError;

#[cfg(target_os = "linux")]
pub async fn print_to_pdf<R: Runtime>(window: &WebviewWindow<R>, path: PathBuf) -> Result<(), CommandError> {
    let (done, finished) = std::sync::mpsc::channel::<Result<(), String>>();
    window
        .with_webview(move |platform| {
            use webkit2gtk::PrintOperationExt;
            let settings = gtk::PrintSettings::new();
            settings.set_printer("Print to File");
            settings.set("output-file-format", Some("pdf"));
            settings.set("output-uri", Some(&format!("file://{}", path.display())));
            let operation = webkit2gtk::PrintOperation::new(&platform.inner());
            operation.set_print_settings(&settings);
            let failed = done.clone();
            operation.connect_finished(move |_| {
                let _ = done.send(Ok(()));
            });
            operation.connect_failed(move |_, error| {
                let _ = failed.send(Err(error.to_string()));
            });
            operation.print();
        })
        .map_err(|error| CommandError::internal(format!("e2e print: {error}")))?;
    let outcome = tauri::async_runtime::spawn_blocking(move || finished.recv_timeout(Duration::from_secs(60)))
        .await
        .map_err(|error| CommandError::internal(format!("e2e print: {error}")))?;
    match outcome {
        Ok(Ok(())) => Ok(()),
        Ok(Err(message)) => Err(CommandError::internal(format!("e2e print failed: {message}"))),
        Err(_) => Err(CommandError::internal("e2e print: no answer within 60 s")),
    }
}

#[cfg(not(target_os = "linux"))]
pub async fn print_to_pdf<R: Runtime>(_window: &WebviewWindow<R>, _path: PathBuf) -> Result<(), CommandError> {
    Err(CommandError::internal("e2e print to file is only built for Linux (WebKitGTK)"))
}
