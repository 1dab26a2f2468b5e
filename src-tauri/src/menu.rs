//! The native menu, where the system expects one: on macOS the app menu
//! (About, Settings…, Quit) and an Edit menu, without which copy and paste do
//! not work in text fields. Windows and Linux windows carry no menu bar; every
//! action there is in the page, with the keyboard shortcuts listed in Help.

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Manager, Runtime};

/// The macOS menu bar. Compiled everywhere (so it is type-checked on every
/// system), installed only on macOS.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let about = MenuItemBuilder::with_id("about", "About Pathway").build(app)?;
    let settings = MenuItemBuilder::with_id("settings", "Settings…").accelerator("CmdOrCtrl+,").build(app)?;
    let print = MenuItemBuilder::with_id("print", "Print Your Plan…").accelerator("CmdOrCtrl+P").build(app)?;
    let app_menu = SubmenuBuilder::new(app, "Pathway")
        .item(&about)
        .separator()
        .item(&settings)
        .separator()
        .services()
        .separator()
        .hide()
        .hide_others()
        .show_all()
        .separator()
        .quit()
        .build()?;
    let file = SubmenuBuilder::new(app, "File").item(&print).separator().close_window().build()?;
    let edit = SubmenuBuilder::new(app, "Edit").undo().redo().separator().cut().copy().paste().select_all().build()?;
    let window = SubmenuBuilder::new(app, "Window").minimize().maximize().separator().fullscreen().build()?;
    MenuBuilder::new(app).items(&[&app_menu, &file, &edit, &window]).build()
}

/// The page's location for a menu item: the menu drives the same views as the sidebar.
pub fn target(id: &str) -> Option<&'static str> {
    match id {
        "about" => Some("#/about"),
        "settings" => Some("#/settings"),
        "print" => Some("#/document?print"),
        _ => None,
    }
}

pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let (Some(hash), Some(window)) = (target(event.id().as_ref()), app.get_webview_window("main")) else { return };
    // A fixed string from `target`, never text from outside.
    if let Err(error) = window.eval(format!("location.hash = '{hash}'")) {
        log::warn!("the menu could not open {hash}: {error}");
    }
}
