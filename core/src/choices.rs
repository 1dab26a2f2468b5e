//! The user's choices in Explore: one target role, and the certifications
//! they mean to take. Values only; the store keeps them and the application
//! layer checks them against the catalog.

use serde::{Deserialize, Serialize};

/// A choice as stored and exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// `target_role` or `certification`.
    pub kind: String,
    pub id: String,
    /// RFC 3339, UTC.
    pub added_at: String,
}

/// The choices as the app uses them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Choices {
    pub target_role: Option<String>,
    /// In the order they were added.
    pub certifications: Vec<String>,
    /// The public training route she chose (`routes.json`), if any.
    pub route: Option<String>,
}
