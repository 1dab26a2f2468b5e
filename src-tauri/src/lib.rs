//! Pathway's desktop shell: a Tauri v2 window over `pathway-core`.
//!
//! This crate is glue. It resolves the data folder, opens the store, and
//! exposes thin async commands (see [`commands`]) that convert types, reach
//! the store off the UI thread, and map errors to `{code, message, field, params}`. The commands are one
//! list (`command_list.rs`, see [`protocol`]).
//! Everything the app knows lives in `pathway-core`.

mod command_list;
pub mod commands;
pub mod dialogs;
pub mod error;
pub mod menu;
pub mod notify;
#[cfg(feature = "e2e")]
pub mod print_e2e;
pub mod protocol;
pub mod state;

use tauri::{AppHandle, Builder, Manager, Runtime, Wry};

/// Registers plugins, state set-up and commands. Generic over the runtime so
/// that the wiring tests can build the same app on Tauri's mock runtime.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        // Rust opens exported files; the page never opens links by itself.
        .plugin(tauri_plugin_opener::Builder::new().open_js_links_on_click(false).build())
        .setup(|app| {
            state::init(app.handle());
            #[cfg(feature = "e2e")]
            dialogs::e2e::grant(app.handle())?;
            Ok(())
        })
        .invoke_handler(protocol::handler())
}

/// The compiled-in configuration, assets and access-control lists, for any
/// runtime (the wiring tests use it with the mock runtime).
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Starts the app. Called by `main`.
pub fn run() {
    state::mark_process_start();
    draw_without_compositing();
    let app = builder(desktop(tauri::Builder::default())).build(context()).unwrap_or_else(|error| {
        // Standard error, not the log: when `build` fails the log plugin may not be set up yet.
        eprintln!("pathway: the window could not be created: {error}");
        std::process::exit(1);
    });
    // After `build`: only then is the log plugin's logger in place.
    warn_without_session_bus();
    app.run(|_, _| {});
}

/// On Linux, WebKitGTK draws the page without its accelerated compositing
/// layers. Pathway's screens are still pages of forms and SVG (nothing
/// animates), and with no GPU at hand, as on many BPO laptops and under
/// Xvfb, the layers are drawn by Mesa's software GL into buffers held in the
/// web process: measured by `cargo xtask bench window`, 103 MiB of the web
/// process's 218 MiB three seconds after start, and 180 MiB of 325 MiB once
/// every view has been drawn. Set before the first thread and the first
/// window exist, so the web process starts with it; a value the user set
/// is kept.
fn draw_without_compositing() {
    const SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if cfg!(target_os = "linux") && std::env::var_os(SWITCH).is_none() {
        std::env::set_var(SWITCH, "1");
    }
}

/// What only the real app has (the wiring tests' mock runtime leaves it out):
/// one instance, registered first so a second launch goes no further; the
/// window's remembered size and place; and the macOS menu bar.
fn desktop(builder: Builder<Wry>) -> Builder<Wry> {
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| focus_main(app))).plugin(logs()).plugin(
        tauri_plugin_window_state::Builder::default()
            .with_state_flags(
                tauri_plugin_window_state::StateFlags::SIZE
                    | tauri_plugin_window_state::StateFlags::POSITION
                    | tauri_plugin_window_state::StateFlags::MAXIMIZED,
            )
            .build(),
    );
    #[cfg(target_os = "macos")]
    let builder = builder.menu(menu::build);
    builder.on_menu_event(menu::on_event)
}

/// How large one log file grows before the next is started, and how many
/// are kept: a few weeks of ordinary use, small enough to attach to an email.
const LOG_FILE_BYTES: u128 = 512 * 1024;
const LOG_FILES_KEPT: usize = 4;

/// The app's log: rotating files in the data folder's `logs/` (which follows
/// `PATHWAY_DATA_DIR`, so every test run has its own), and standard error.
/// Tauri's own `app_log_dir` would ignore `PATHWAY_DATA_DIR`. Only Pathway's
/// own messages and warnings are kept: they name what happened (a backup, a
/// refused command's code), never the user's figures or words, and the
/// page has no permission to write to the log.
fn logs() -> tauri::plugin::TauriPlugin<Wry> {
    use tauri_plugin_log::{RotationStrategy, Target, TargetKind};
    let mut plugin = tauri_plugin_log::Builder::new()
        .clear_targets()
        .target(Target::new(TargetKind::Stderr))
        .level(log::LevelFilter::Warn)
        .level_for("pathway_app", log::LevelFilter::Info)
        .level_for("pathway_core", log::LevelFilter::Info)
        .max_file_size(LOG_FILE_BYTES)
        .rotation_strategy(RotationStrategy::KeepSome(LOG_FILES_KEPT));
    if let Ok(dir) = pathway_core::paths::resolve_data_dir(None) {
        plugin = plugin.target(Target::new(TargetKind::Folder { path: dir.log_dir(), file_name: Some("pathway".into()) }));
    }
    plugin.build()
}

/// Opening Pathway again brings the open window forward instead.
fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// On Linux one instance is kept through the D-Bus session bus. Without one
/// Pathway still starts; this says why a second window may open.
fn warn_without_session_bus() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let address = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    let socket = std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
    if !address && !socket {
        log::warn!("no D-Bus session bus, so opening Pathway twice opens two windows");
    }
}
