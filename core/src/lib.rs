//! `pathway-core`: everything Pathway knows, with no window attached.
//!
//! The desktop shell (`src-tauri`) and the headless CLI (`cli`) are two faces
//! over this crate. It never imports tauri, and it is the only crate that runs
//! SQL (see [`store`]).

pub mod app;
pub mod assessment;
pub mod catalog;
pub mod choices;
pub mod codes;
pub mod costs;
pub mod currency_rule;
pub mod money;
pub mod paths;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod report;
pub mod search;
pub mod store;
pub mod svg;
pub mod transfer;
pub mod typed;

/// The application identifier. It fixes where every user's data lives on
/// every system, so it is chosen once and never changed. The shell checks in
/// a test that `tauri.conf.json` carries the same value.
pub const APP_IDENTIFIER: &str = "org.pathwayapp.pathway";

/// The version of the Pathway build, recorded in the store and in exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
