//! The plan on paper: the active plan's document, and its PDF.

use chrono::{DateTime, NaiveDate, Utc};

use crate::catalog::Catalog;
use crate::report::{self, Messages, Paper, PdfError, PlanDocument, ReportError};
use crate::store::{Store, StoreError};

/// The words the document is written in. English is the one language so far.
pub fn messages() -> &'static Messages {
    Messages::english()
}

/// The active plan as a document: what "Plan on paper" shows and prints.
pub fn plan_document(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<PlanDocument, ReportError> {
    report::from_store(store, catalog, today, messages())
}

#[derive(Debug, thiserror::Error)]
pub enum PdfFileError {
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PdfFileError {
    pub fn code(&self) -> &'static str {
        match self {
            PdfFileError::Report(e) => e.code(),
            PdfFileError::Pdf(e) => e.code(),
            PdfFileError::Store(e) => e.code(),
        }
    }
}

/// A PDF written to a file.
#[derive(Debug)]
pub struct WrittenPdf {
    pub bytes: u64,
    pub title: String,
}

/// Writes the active plan's PDF to `path`.
pub fn write_pdf(store: &Store, catalog: &Catalog, today: NaiveDate, paper: Paper, path: &std::path::Path, now: DateTime<Utc>) -> Result<WrittenPdf, PdfFileError> {
    let document = plan_document(store, catalog, today)?;
    let pdf = report::render(&document, paper, now)?;
    Ok(WrittenPdf { bytes: crate::store::write_atomically(path, &pdf)?, title: document.title })
}
