//! A bare Tauri v2 window as the official template makes one: one page, one
//! `greet` command, the opener plugin. Pathway's start-up and memory are
//! measured against it (`cargo xtask bench window`).

// No console window on Windows in release, as in the template.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[tauri::command]
fn greet(name: &str) -> String {
    format!("Hello, {name}! You've been greeted from Rust!")
}

fn main() {
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(tauri::generate_handler![greet])
        .run(tauri::generate_context!())
        .expect("error while running tauri application");
}
