//! The application layer: the one place that composes the store, the
//! effective catalog (the embedded catalog with the user's own figures), the
//! profile, the active plan and today's date into what a screen, the plan
//! document and the CLI need.
//!
//! The shell's commands and `pathway-cli` call only this layer (and pure
//! domain functions for calculators that need no store). The domain modules
//! below it are values in, values out: they never open or query the store.
//! The store below them takes and returns domain values and runs all SQL.
//! `cargo xtask test` fails on an import against this order (see
//! `xtask/src/layers.rs`).
//!
//! Grouped by domain concept, like the domain itself: each file answers for
//! one screen's worth of composition, and two screens that show the same
//! figure call the same function here.

pub mod about;
pub mod assessment;
pub mod backup;
pub mod catalog;
pub mod certifications;
pub mod choices;
pub mod document;
pub mod money;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod routes;
pub mod transfer;

pub use catalog::effective_catalog;
