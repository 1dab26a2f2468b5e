//! The plan document as PDF, laid out by typst from `plan.typ` (a template a
//! designer can edit) over the document's JSON. Fonts are compiled in, so the
//! PDF is the same on every system and nothing is read from disk or network.

use crate::codes::ErrorCode;

use std::sync::OnceLock;

use chrono::{Datelike, Timelike};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::document::PlanDocument;

const TEMPLATE: &str = include_str!("plan.typ");
const FONTS: [&[u8]; 2] = [include_bytes!("../../fonts/DejaVuSans.ttf"), include_bytes!("../../fonts/DejaVuSans-Bold.ttf")];

/// A4 or US Letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        }
    }

    pub fn from_code(code: &str) -> Option<Paper> {
        match code {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the plan document could not be laid out: {0}")]
pub struct PdfError(String);

impl PdfError {
    pub fn code(&self) -> ErrorCode {
        ErrorCode::ReportLayout
    }
}

/// What every compilation shares: the library and the fonts, made once.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static ONCE: OnceLock<Shared> = OnceLock::new();
    ONCE.get_or_init(|| {
        let fonts: Vec<Font> = FONTS.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
        Shared { library: LazyHash::new(Library::default()), book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
    })
}

fn file_id(path: &str) -> FileId {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).expect("a valid virtual path")).intern()
}

/// The template as `/plan.typ` and the document as `/plan.json`; nothing else exists.
struct DocumentWorld {
    main: Source,
    data: Bytes,
    data_id: FileId,
    now: chrono::DateTime<chrono::Utc>,
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, offset: Option<Duration>) -> Option<Datetime> {
        let day = self.now.date_naive();
        let _ = offset;
        Datetime::from_ymd(day.year(), day.month() as u8, day.day() as u8)
    }
}

/// The print palette, put inside each picture: a PDF has no app stylesheet.
const PRINT_STYLE: &str = include_str!("print-svg.css");

fn styled(picture: &mut super::document::Picture) {
    if let Some(end) = picture.svg.find('>') {
        picture.svg.insert_str(end + 1, &format!("<style>{PRINT_STYLE}</style>"));
    }
}

/// Lays out `document` on `paper` and returns the PDF's bytes. `now` dates
/// the file's metadata.
pub fn render(document: &PlanDocument, paper: Paper, now: chrono::DateTime<chrono::Utc>) -> Result<Vec<u8>, PdfError> {
    let mut document = document.clone();
    document.timelines.iter_mut().for_each(styled);
    document.charts.iter_mut().for_each(styled);
    let mut data = serde_json::to_value(&document).map_err(|e| PdfError(e.to_string()))?;
    data["paper"] = paper.typst_name().into();
    let world = DocumentWorld {
        main: Source::new(file_id("/plan.typ"), TEMPLATE.to_string()),
        data: Bytes::new(serde_json::to_vec(&data).map_err(|e| PdfError(e.to_string()))?),
        data_id: file_id("/plan.json"),
        now,
    };
    let compiled = typst::compile::<PagedDocument>(&world);
    let pages = compiled.output.map_err(|errors| PdfError(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; ")))?;
    let timestamp =
        Datetime::from_ymd_hms(now.year(), now.month() as u8, now.day() as u8, now.hour() as u8, now.minute() as u8, now.second() as u8)
            .map(typst_pdf::Timestamp::new_utc);
    let options =
        typst_pdf::PdfOptions { timestamp, creator: typst::foundations::Smart::Custom(Some("Pathway".into())), ..Default::default() };
    let pdf = typst_pdf::pdf(&pages, &options)
        .map_err(|errors| PdfError(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; ")));
    // typst memoizes layout for the next compile; a desktop app renders now and
    // then, so the memory goes back at once (and every render is a cold one).
    typst::comemo::evict(0);
    pdf
}
