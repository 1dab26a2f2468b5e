//! The plan on paper: the active plan's document, and its PDF.

use crate::codes::ErrorCode;

use chrono::{DateTime, NaiveDate, Utc};

use crate::catalog::Catalog;
use crate::report::{self, Inputs, Messages, Paper, PdfError, PlanDocument};
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("there is no active plan to print: build one in Roadmap first")]
    NoPlan,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ReportError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ReportError::NoPlan => ErrorCode::ReportNoPlan,
            ReportError::Store(e) => e.code(),
        }
    }
}

/// The words the document is written in. English is the one language so far.
pub fn messages() -> &'static Messages {
    Messages::english()
}

/// The active plan as a document: what "Plan on paper" shows and prints.
pub fn plan_document(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<PlanDocument, ReportError> {
    plan_document_in(store, catalog, today, messages())
}

/// [`plan_document`] in the given words.
pub fn plan_document_in(store: &Store, catalog: &Catalog, today: NaiveDate, words: &Messages) -> Result<PlanDocument, ReportError> {
    Ok(report::build(&store.snapshot(|store| gather(store, catalog, today))?, today, words))
}

/// Everything the document says, read once: the plan is placed once and the
/// money prefill reuses it.
fn gather(store: &Store, catalog: &Catalog, today: NaiveDate) -> Result<Inputs, ReportError> {
    let effective = super::effective_catalog(store, catalog)?;
    let view = super::plan::active_view(store, catalog, today)?.ok_or(ReportError::NoPlan)?;
    Ok(Inputs {
        prefill: super::money::prefill_for_view(store, catalog, Some(&view))?,
        profile: store.load_profile()?,
        records: store.progress_records(Some(&view.plan.id), today)?,
        assessments: store.load_assessments()?,
        earned: super::progress::earned(store)?,
        catalog: effective.into_owned(),
        view,
    })
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
    pub fn code(&self) -> ErrorCode {
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
pub fn write_pdf(
    store: &Store,
    catalog: &Catalog,
    today: NaiveDate,
    paper: Paper,
    path: &std::path::Path,
    now: DateTime<Utc>,
) -> Result<WrittenPdf, PdfFileError> {
    let document = plan_document(store, catalog, today)?;
    let pdf = report::render(&document, paper, now)?;
    Ok(WrittenPdf { bytes: crate::store::write_atomically(path, &pdf)?, title: document.title })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_studied_are_rounded_once_and_read_the_same_as_on_home() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::store::Store::open(&dir.path().join("db.sqlite3")).unwrap();
        crate::store::sample::fill(&mut store).unwrap();
        let today: NaiveDate = "2027-05-10".parse().unwrap();
        let total = store.progress_records(None, today).unwrap().total_minutes;
        // Top the total up to one whose hours round up (2.5166… → 2.52, not 2.51).
        let extra = (1..=60u64).find(|m| ((total + m) * 100) % 60 >= 30).unwrap();
        let session = crate::progress::Session {
            id: "s-extra".into(),
            date: today,
            minutes: extra as u32,
            plan_id: None,
            milestone_id: None,
            skill: None,
            note: String::new(),
        };
        store.save_session(&session).unwrap();
        let minutes = total + extra;
        let document = plan_document_in(&store, Catalog::embedded(), today, Messages::english()).unwrap();
        let home = crate::app::progress::dashboard(&store, Catalog::embedded(), today, None).unwrap();
        let expected = (minutes * 100).div_ceil(60) as i64;
        assert_eq!(document.progress[0].value, crate::report::hours_text(expected), "{minutes} minutes");
        assert_eq!(home.hours_logged, expected as f64 / 100.0);
    }
}
