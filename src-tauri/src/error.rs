//! The one error type commands return. It reaches the UI as
//! `{"code", "message", "field", "params"}`: `code` is stable and
//! machine-readable (the UI switches on it); `message` is a plain sentence;
//! `field` is the path of the input at fault (`roi.study_months`, `minutes`,
//! `base_pay`), or null, so the UI places the error beside its field without
//! reading the sentence; `params` holds the rule's values (the profile's
//! `rule`, `min`, `max`), empty when the error has none.

use pathway_core::app;
use pathway_core::codes::ErrorCode;
use pathway_core::paths::DataDirError;
use pathway_core::store::StoreError;
use pathway_core::transfer::ImportError;
use serde::ser::SerializeStruct;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, ts_rs::TS)]
#[error("{message}")]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    pub params: BTreeMap<String, String>,
}

impl CommandError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        // The code alone: the message may quote what the user typed.
        log::info!("a command was refused: {code}");
        CommandError { code, message: message.into(), field: None, params: BTreeMap::new() }
    }

    /// The same refusal, about the input at `field`; `message` then says
    /// only what is wrong with it, without the field's name in front.
    fn about(mut self, field: impl Into<String>, message: impl Into<String>, params: BTreeMap<String, String>) -> Self {
        self.field = Some(field.into());
        self.message = message.into();
        self.params = params;
        self
    }

    /// [`Self::about`] a refused input, with its rule and values as `params`.
    fn about_input(self, input: pathway_core::money::input::InputError) -> Self {
        let mut params: BTreeMap<String, String> = input.params.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        if let Some(rule) = input.rule {
            params.insert("rule".into(), rule.into());
        }
        self.about(input.field, input.message, params)
    }

    /// For failures that are our bug, not the user's input (a panicked task).
    pub fn internal(message: impl Into<String>) -> Self {
        CommandError::new(ErrorCode::Internal, message)
    }
}

impl serde::Serialize for CommandError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("CommandError", 4)?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("message", &self.message)?;
        s.serialize_field("field", &self.field)?;
        s.serialize_field("params", &self.params)?;
        s.end()
    }
}

/// Every core error carries a stable `code()`; its `Display` is the sentence.
macro_rules! coded_errors {
    ($($error:ty),* $(,)?) => {$(
        impl From<$error> for CommandError {
            fn from(error: $error) -> Self {
                CommandError::new(error.code(), error.to_string())
            }
        }
    )*};
}

coded_errors!(
    StoreError,
    app::catalog::SetFigureError,
    app::catalog::CompareError,
    app::choices::ChoiceError,
    app::certifications::CandidatesError,
    app::assessment::AssessmentStoreError,
    app::plan::PlanStoreError,
    app::document::PdfFileError,
    app::transfer::ImportFileError,
    app::document::ReportError,
    pathway_core::report::PdfError,
    ImportError,
);

/// Errors that can name the input at fault carry it as `field`.
impl From<app::money::MoneyError> for CommandError {
    fn from(error: app::money::MoneyError) -> Self {
        let refusal = CommandError::new(error.code(), error.to_string());
        match error {
            app::money::MoneyError::Invalid(input) => refusal.about_input(input),
            app::money::MoneyError::Store(_) => refusal,
        }
    }
}

impl From<app::catalog::SearchError> for CommandError {
    fn from(error: app::catalog::SearchError) -> Self {
        let refusal = CommandError::new(error.code(), error.to_string());
        match error {
            app::catalog::SearchError::Invalid(input) => refusal.about_input(input),
            app::catalog::SearchError::Store(_) => refusal,
        }
    }
}

impl From<app::progress::ProgressError> for CommandError {
    fn from(error: app::progress::ProgressError) -> Self {
        let refusal = CommandError::new(error.code(), error.to_string());
        match error {
            app::progress::ProgressError::Invalid(record) => {
                let params = record.rule.map(|rule| BTreeMap::from([("rule".to_string(), rule.to_string())])).unwrap_or_default();
                refusal.about(record.field, record.message, params)
            }
            _ => refusal,
        }
    }
}

/// A refused profile names its first field at fault, with that rule's code
/// (`rule`, the UI's `validation.<rule>`) and values.
impl From<app::profile::SaveProfileError> for CommandError {
    fn from(error: app::profile::SaveProfileError) -> Self {
        let refusal = CommandError::new(error.code(), error.to_string());
        match &error {
            app::profile::SaveProfileError::Invalid(errors) if !errors.is_empty() => {
                let first = &errors[0];
                let mut params: BTreeMap<String, String> = first.params.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
                params.insert("rule".into(), first.code.into());
                let message = refusal.message.clone();
                refusal.about(first.field, message, params)
            }
            _ => refusal,
        }
    }
}

impl From<DataDirError> for CommandError {
    fn from(error: DataDirError) -> Self {
        CommandError::new(ErrorCode::DataDirUnavailable, error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn it_serializes_as_code_message_field_and_params() {
        let error = CommandError::new(ErrorCode::StoreTooNew, "written by a newer Pathway");
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({"code": "store.too_new", "message": "written by a newer Pathway", "field": null, "params": {}})
        );
    }

    #[test]
    fn a_refused_input_names_its_field_apart_from_the_sentence() {
        let input = pathway_core::money::input::InputError::new("roi.study_months", "must be a whole number from 0 to 600, got -1");
        let error: CommandError = app::money::MoneyError::Invalid(input).into();
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({"code": "money.invalid", "message": "must be a whole number from 0 to 600, got -1", "field": "roi.study_months", "params": {}})
        );
    }

    #[test]
    fn store_errors_keep_their_code() {
        let error: CommandError = StoreError::TooNew { found: 9, supported: 1 }.into();
        assert_eq!(error.code, ErrorCode::StoreTooNew);
        assert!(error.message.contains("newer version of Pathway"), "{}", error.message);
    }

    #[test]
    fn data_dir_errors_have_their_own_code() {
        let error: CommandError = DataDirError::NotAbsolute("rel".into()).into();
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({"code": "data_dir.unavailable", "message": "PATHWAY_DATA_DIR must be an absolute path, got \"rel\"", "field": null, "params": {}})
        );
    }
}
