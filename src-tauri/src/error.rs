//! The one error type commands return. It reaches the UI as
//! `{"code": "...", "message": "..."}`: `code` is stable and machine-readable
//! (the UI switches on it), `message` is a plain sentence for the user.

use pathway_core::app;
use pathway_core::paths::DataDirError;
use pathway_core::store::StoreError;
use pathway_core::transfer::ImportError;
use serde::ser::SerializeStruct;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
}

impl CommandError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        // The code alone: the message may quote what the user typed.
        log::info!("a command was refused: {code}");
        CommandError { code, message: message.into() }
    }

    /// For failures that are our bug, not the user's input (a panicked task).
    pub fn internal(message: impl Into<String>) -> Self {
        CommandError::new("internal", message)
    }
}

impl serde::Serialize for CommandError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("CommandError", 2)?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("message", &self.message)?;
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
    app::profile::SaveProfileError,
    app::catalog::SetFigureError,
    app::catalog::CompareError,
    app::choices::ChoiceError,
    app::assessment::AssessmentStoreError,
    app::plan::PlanStoreError,
    app::progress::ProgressError,
    app::money::MoneyError,
    app::document::PdfFileError,
    app::transfer::ImportFileError,
    app::document::ReportError,
    pathway_core::report::PdfError,
    ImportError,
);

impl From<DataDirError> for CommandError {
    fn from(error: DataDirError) -> Self {
        CommandError::new("data_dir.unavailable", error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn it_serializes_as_code_and_message_only() {
        let error = CommandError::new("store.too_new", "written by a newer Pathway");
        assert_eq!(serde_json::to_value(&error).unwrap(), json!({"code": "store.too_new", "message": "written by a newer Pathway"}));
    }

    #[test]
    fn store_errors_keep_their_code() {
        let error: CommandError = StoreError::TooNew { found: 9, supported: 1 }.into();
        assert_eq!(error.code, "store.too_new");
        assert!(error.message.contains("newer version of Pathway"), "{}", error.message);
    }

    #[test]
    fn data_dir_errors_have_their_own_code() {
        let error: CommandError = DataDirError::NotAbsolute("rel".into()).into();
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({"code": "data_dir.unavailable", "message": "PATHWAY_DATA_DIR must be an absolute path, got \"rel\""})
        );
    }
}
