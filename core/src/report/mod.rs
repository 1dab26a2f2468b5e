//! The personal plan on paper: one document model ([`document`]), laid out
//! by the app's print view and, here, as a PDF by typst ([`pdf`]), in the
//! words of the UI's message catalog ([`messages`]).

mod document;
mod messages;
mod pdf;
mod sources;

pub use document::{build, hours_text, said, CertificationRow, Header, Inputs, KeyFigure, MilestoneRow, Picture, PlanDocument, SourceRow};
pub use messages::Messages;
pub use pdf::{render, Paper, PdfError};
pub use sources::{as_of_words, source_words, SourceWords};
