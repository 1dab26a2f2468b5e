//! Desktop notifications, sent from Rust so that the webview holds no
//! notification permission. Only the start-up reminder uses them, and only
//! when the user turned it on in Settings.

use pathway_core::progress::Reminder;
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;

/// Shows the reminder. `false` when the system would not (no notification
/// service on the session bus, say): the page then shows it itself. The
/// plugin sends without waiting for an answer, so the service is asked first.
pub fn show<R: Runtime>(app: &AppHandle<R>, reminder: &Reminder) -> bool {
    if !service_available() {
        log::info!("nothing on this desktop shows notifications; the page shows the start-up reminder");
        return false;
    }
    match app.notification().builder().title(&reminder.title).body(&reminder.body).show() {
        Ok(()) => true,
        Err(error) => {
            log::warn!("the start-up reminder could not be shown as a notification: {error}");
            false
        }
    }
}

/// On Linux, a notification service owns (or can be started for) the
/// freedesktop name on the session bus. Windows and macOS always have one.
#[cfg(target_os = "linux")]
fn service_available() -> bool {
    const NAME: &str = "org.freedesktop.Notifications";
    let Ok(connection) = zbus::blocking::Connection::session() else { return false };
    let Ok(bus) = zbus::blocking::fdo::DBusProxy::new(&connection) else { return false };
    let owned = zbus::names::BusName::try_from(NAME).ok().and_then(|name| bus.name_has_owner(name).ok()).unwrap_or(false);
    owned || bus.list_activatable_names().is_ok_and(|names| names.iter().any(|name| name.as_str() == NAME))
}

#[cfg(not(target_os = "linux"))]
fn service_available() -> bool {
    true
}
