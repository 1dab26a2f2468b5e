//! Export and import: everything the user recorded, as one versioned JSON
//! file (and, for spreadsheets, one CSV file per table).
//!
//! An import file is checked whole before anything is written: its size, its
//! nesting, its shape and types (unknown fields refused), its versions, every
//! record against the domain's rules, and duplicate ids. Only then does
//! [`crate::store::Store::import`] write it, all of it or nothing, in one
//! transaction. Every kind of record the store keeps has a list in
//! [`ExportData`]; a new kind adds its list there, its CSV table, and its
//! rows to the schema fixture.

mod csv;
mod parse;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use csv::{csv_tables, CsvTable};
pub use parse::{parse_import, read_import_file, ImportError, MAX_IMPORT_BYTES, MAX_NESTING};

use crate::profile::Profile;

/// The `format` field of every export.
pub const FORMAT: &str = "pathway-export";
/// The export format's own version (the layout of this file, not the schema).
/// 2 added `user_figures`, 3 added `choices`, 4 added `assessments`, 5 added
/// `plans`, 6 added the progress records, 7 the profile's `remind_on_start`;
/// older files still import.
pub const FORMAT_VERSION: u32 = 7;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ExportFile {
    pub format: String,
    pub format_version: u32,
    pub schema_version: u32,
    pub app_version: String,
    /// RFC 3339, UTC.
    pub exported_at: String,
    pub data: ExportData,
}

/// One list per kind of record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ExportData {
    /// Zero or one: there is one profile per user.
    #[serde(default)]
    pub profile: Vec<Profile>,
    /// The user's corrections to catalog figures.
    #[serde(default)]
    pub user_figures: Vec<crate::catalog::UserFigure>,
    /// The target role and chosen certifications.
    #[serde(default)]
    pub choices: Vec<crate::choices::Choice>,
    /// Self-assessments, oldest first.
    #[serde(default)]
    pub assessments: Vec<crate::assessment::AssessmentRecord>,
    /// Plans (scenarios) with their milestones.
    #[serde(default)]
    pub plans: Vec<crate::plan::Plan>,
    #[serde(default)]
    pub sessions: Vec<crate::progress::Session>,
    #[serde(default)]
    pub attempts: Vec<crate::progress::Attempt>,
    #[serde(default)]
    pub projects: Vec<crate::progress::Project>,
    /// Networking: events and contacts.
    #[serde(default)]
    pub contacts: Vec<crate::progress::Contact>,
    #[serde(default)]
    pub applications: Vec<crate::progress::Application>,
    /// Zero or one: the running study timer.
    #[serde(default)]
    pub timer: Vec<crate::progress::Timer>,
}

impl ExportData {
    /// True when there is no record of any kind.
    pub fn is_empty(&self) -> bool {
        self.counts().values().all(|&n| n == 0)
    }

    /// How many records of each kind, for the import preview.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        BTreeMap::from([
            ("profile", self.profile.len()),
            ("user_figure", self.user_figures.len()),
            ("choice", self.choices.len()),
            ("assessment", self.assessments.len()),
            ("plan", self.plans.len()),
            ("session", self.sessions.len()),
            ("attempt", self.attempts.len()),
            ("project", self.projects.len()),
            ("contact", self.contacts.len()),
            ("application", self.applications.len()),
            ("timer", self.timer.len()),
        ])
    }

    /// The earliest and latest dates the records mention, for the preview.
    pub fn date_range(&self) -> Option<DateRange> {
        let taken = self.assessments.iter().filter_map(|a| chrono::DateTime::parse_from_rfc3339(&a.taken_at).ok());
        let dates = self
            .profile
            .iter()
            .filter_map(|p| p.study.start_date)
            .chain(taken.map(|t| t.date_naive()))
            .chain(self.sessions.iter().map(|s| s.date));
        let (first, last) = dates.fold(None, |range: Option<(chrono::NaiveDate, chrono::NaiveDate)>, d| match range {
            None => Some((d, d)),
            Some((a, b)) => Some((a.min(d), b.max(d))),
        })?;
        Some(DateRange { first: first.to_string(), last: last.to_string() })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DateRange {
    pub first: String,
    pub last: String,
}

impl ExportFile {
    pub fn new(data: ExportData, schema_version: u32, now: chrono::DateTime<chrono::Utc>) -> ExportFile {
        ExportFile {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            schema_version,
            app_version: crate::APP_VERSION.into(),
            exported_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            data,
        }
    }
}

/// Replace everything, or add what is not there yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// The store ends up holding exactly the file's records.
    Replace,
    /// Records already in the store stay; the file's other records are added.
    /// The profile (one per user) is taken from the file only when the store has none.
    Merge,
}

/// What an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ImportOutcome {
    pub added: BTreeMap<&'static str, usize>,
    pub kept: BTreeMap<&'static str, usize>,
}

/// What the user sees before confirming an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ImportPreview {
    pub exported_at: String,
    pub app_version: String,
    pub schema_version: u32,
    pub counts: BTreeMap<&'static str, usize>,
    pub date_range: Option<DateRange>,
}

impl ImportPreview {
    pub fn of(file: &ExportFile) -> ImportPreview {
        ImportPreview {
            exported_at: file.exported_at.clone(),
            app_version: file.app_version.clone(),
            schema_version: file.schema_version,
            counts: file.data.counts(),
            date_range: file.data.date_range(),
        }
    }
}
