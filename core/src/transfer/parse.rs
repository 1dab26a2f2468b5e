//! Reading an import file without trusting it.

use crate::codes::ErrorCode;

use super::{ExportFile, FORMAT, FORMAT_VERSION};

/// Larger files are refused before they are parsed.
pub const MAX_IMPORT_BYTES: u64 = 20 * 1024 * 1024;
/// Deeper nesting than any real export has is refused before parsing.
pub const MAX_NESTING: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file could not be read: {0}")]
    Read(String),
    #[error("the file is too large ({size} bytes); the limit is {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is nested more deeply than a Pathway export can be")]
    TooDeep,
    #[error("the file is not a valid Pathway export: {0}")]
    Malformed(String),
    #[error("the file is not a Pathway export (its format is {0:?})")]
    NotAnExport(String),
    #[error("the file comes from a newer version of Pathway ({0}); update Pathway to import it")]
    TooNew(String),
    #[error("the file holds {kind} {id} twice")]
    Duplicate { kind: &'static str, id: String },
    #[error("{kind} record {index} is not valid: {message}")]
    Invalid { kind: &'static str, index: usize, message: String },
}

impl ImportError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ImportError::Read(_) => ErrorCode::ImportRead,
            ImportError::TooLarge { .. } => ErrorCode::ImportTooLarge,
            ImportError::TooDeep => ErrorCode::ImportTooDeep,
            ImportError::Malformed(_) => ErrorCode::ImportMalformed,
            ImportError::NotAnExport(_) => ErrorCode::ImportNotAnExport,
            ImportError::TooNew(_) => ErrorCode::ImportTooNew,
            ImportError::Duplicate { .. } => ErrorCode::ImportDuplicate,
            ImportError::Invalid { .. } => ErrorCode::ImportInvalid,
        }
    }
}

/// Reads `path`, refusing an oversized file before reading it whole.
pub fn read_import_file(path: &std::path::Path) -> Result<Vec<u8>, ImportError> {
    let size = std::fs::metadata(path).map_err(|e| ImportError::Read(e.to_string()))?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size, limit: MAX_IMPORT_BYTES });
    }
    std::fs::read(path).map_err(|e| ImportError::Read(e.to_string()))
}

/// Checks the bytes of an export completely and returns it.
pub fn parse_import(bytes: &[u8], supported_schema: u32) -> Result<ExportFile, ImportError> {
    let size = bytes.len() as u64;
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size, limit: MAX_IMPORT_BYTES });
    }
    if nesting_depth(bytes) > MAX_NESTING {
        return Err(ImportError::TooDeep);
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| ImportError::Malformed(e.to_string()))?;
    check_header(&value, supported_schema)?;
    let file: ExportFile = serde_json::from_value(value).map_err(|e| ImportError::Malformed(e.to_string()))?;
    check_records(&file)?;
    Ok(file)
}

/// The format and versions are checked before the body, so that a newer
/// file is reported as newer, not as malformed.
fn check_header(value: &serde_json::Value, supported_schema: u32) -> Result<(), ImportError> {
    let object = value.as_object().ok_or_else(|| ImportError::Malformed("the top level must be an object".into()))?;
    match object.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        Some(other) => return Err(ImportError::NotAnExport(other.to_string())),
        None => return Err(ImportError::NotAnExport("missing".into())),
    }
    let version = |field: &str| object.get(field).and_then(serde_json::Value::as_u64);
    if version("format_version").is_some_and(|v| v > u64::from(FORMAT_VERSION)) {
        return Err(ImportError::TooNew(format!("export format {}", version("format_version").unwrap_or(0))));
    }
    if version("schema_version").is_some_and(|v| v > u64::from(supported_schema)) {
        return Err(ImportError::TooNew(format!("data version {}", version("schema_version").unwrap_or(0))));
    }
    Ok(())
}

fn check_records(file: &ExportFile) -> Result<(), ImportError> {
    if file.data.profile.len() > 1 {
        return Err(ImportError::Duplicate { kind: "profile", id: "(the one profile)".into() });
    }
    let mut ids = std::collections::HashSet::new();
    for (index, figure) in file.data.user_figures.iter().enumerate() {
        if !ids.insert(figure.id.as_str()) {
            return Err(ImportError::Duplicate { kind: "user_figure", id: figure.id.clone() });
        }
        figure.check().map_err(|e| ImportError::Invalid { kind: "user_figure", index: index + 1, message: e.to_string() })?;
    }
    let mut seen = std::collections::HashSet::new();
    let (mut targets, mut routes) = (0, 0);
    for (index, choice) in file.data.choices.iter().enumerate() {
        if !seen.insert((choice.kind.as_str(), choice.id.as_str())) {
            return Err(ImportError::Duplicate { kind: "choice", id: format!("{} {}", choice.kind, choice.id) });
        }
        let valid_kind = matches!(choice.kind.as_str(), "target_role" | "certification" | "route");
        targets += usize::from(choice.kind == "target_role");
        routes += usize::from(choice.kind == "route");
        if !valid_kind || choice.id.is_empty() || choice.id.len() > 100 || targets > 1 || routes > 1 {
            return Err(ImportError::Invalid {
                kind: "choice",
                index: index + 1,
                message: "a choice is a target_role (one at most), a certification or a route (one at most), with an id".into(),
            });
        }
    }
    let mut taken = std::collections::HashSet::new();
    for (index, record) in file.data.assessments.iter().enumerate() {
        if !taken.insert(record.taken_at.as_str()) {
            return Err(ImportError::Duplicate { kind: "assessment", id: record.taken_at.clone() });
        }
        record.check().map_err(|e| ImportError::Invalid { kind: "assessment", index: index + 1, message: e.message })?;
    }
    let mut plan_ids = std::collections::HashSet::new();
    let mut active = 0;
    for (index, plan) in file.data.plans.iter().enumerate() {
        if !plan_ids.insert(plan.id.as_str()) {
            return Err(ImportError::Duplicate { kind: "plan", id: plan.id.clone() });
        }
        active += usize::from(plan.active);
        plan.check().map_err(|e| ImportError::Invalid {
            kind: "plan",
            index: index + 1,
            message: format!("{}: {}", e.field, e.message),
        })?;
        if active > 1 {
            return Err(ImportError::Invalid { kind: "plan", index: index + 1, message: "only one plan can be active".into() });
        }
    }
    let data = &file.data;
    check_kind("session", &data.sessions, |r| &r.id, |r| r.check())?;
    check_kind("attempt", &data.attempts, |r| &r.id, |r| r.check())?;
    check_kind("project", &data.projects, |r| &r.id, |r| r.check())?;
    check_kind("contact", &data.contacts, |r| &r.id, |r| r.check())?;
    check_kind("application", &data.applications, |r| &r.id, |r| r.check())?;
    check_kind("timer", &data.timer, |r| &r.started_at, |r| r.check())?;
    if data.timer.len() > 1 {
        return Err(ImportError::Duplicate { kind: "timer", id: "(the one timer)".into() });
    }
    for (index, profile) in file.data.profile.iter().enumerate() {
        profile.check_record().map_err(|errors| ImportError::Invalid {
            kind: "profile",
            index: index + 1,
            message: errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join(" "),
        })?;
    }
    Ok(())
}

/// Unique ids, and every record's own rules.
fn check_kind<T>(
    kind: &'static str,
    records: &[T],
    id: impl Fn(&T) -> &String,
    check: impl Fn(&T) -> Result<(), crate::progress::RecordError>,
) -> Result<(), ImportError> {
    let mut seen = std::collections::HashSet::new();
    for (index, record) in records.iter().enumerate() {
        if !seen.insert(id(record).as_str()) {
            return Err(ImportError::Duplicate { kind, id: id(record).clone() });
        }
        check(record).map_err(|e| ImportError::Invalid { kind, index: index + 1, message: e.to_string() })?;
    }
    Ok(())
}

/// The deepest nesting of arrays and objects, counted on the raw bytes (so
/// that a hostile file never reaches the recursive parser).
fn nesting_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &byte in bytes {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_outside_strings_only() {
        assert_eq!(nesting_depth(br#"{"a": [1, {"b": "[[[{{{"}]}"#), 3);
        assert_eq!(nesting_depth(br#""\"[[[""#), 0);
        assert_eq!(nesting_depth(b"[[[[]]]]"), 4);
    }
}
