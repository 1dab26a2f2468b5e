//! The plan PDF, rendered from real stores and checked with poppler's own
//! tools: `pdftotext` for the words (₱ and ₹ included), `pdfinfo` for pages,
//! paper and metadata, `pdffonts` for embedded fonts. The tools come with
//! `cargo xtask test` (poppler-utils); without them these tests fail, never pass.

use std::path::Path;
use std::process::Command;

use chrono::{TimeZone, Utc};
use pathway_core::app::plan::NewMilestone;
use pathway_core::catalog::Catalog;
use pathway_core::money::Currency;
use pathway_core::report::{self, Messages, Paper};
use pathway_core::store::{sample, Store};

const HOSTILE_NAME: &str = "Ana *Cruz* #emph[x] <b>bold</b> $x$";

fn today() -> chrono::NaiveDate {
    "2027-05-10".parse().unwrap()
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 5, 10, 9, 30, 0).unwrap()
}

/// The sample store, its profile named with text that markup would change.
fn sample_store(dir: &Path, currency: Currency) -> Store {
    let mut store = Store::open(&dir.join("pathway.sqlite3")).unwrap();
    sample::fill(&mut store).unwrap();
    let mut profile = store.load_profile().unwrap().unwrap();
    profile.name = Some(HOSTILE_NAME.into());
    profile.currency = currency;
    store.save_profile(&profile).unwrap();
    store
}

fn render(store: &Store, paper: Paper, dir: &Path) -> std::path::PathBuf {
    let document = pathway_core::app::document::plan_document_in(store, Catalog::embedded(), today(), Messages::english()).unwrap();
    let bytes = report::render(&document, paper, now()).unwrap();
    let path = dir.join(format!("plan-{paper:?}.pdf"));
    std::fs::write(&path, &bytes).unwrap();
    // To look at the pages: PATHWAY_KEEP_PDFS=DIR keeps a copy of each.
    if let Some(keep) = std::env::var_os("PATHWAY_KEEP_PDFS") {
        let name = format!("{}-{paper:?}.pdf", std::thread::current().name().unwrap_or("plan").replace("::", "-"));
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(Path::new(&keep).join(name), &bytes).unwrap();
    }
    path
}

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(name)
        .args(args)
        .arg(pdf)
        .args(if name == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils) is needed to check the PDF: {e}"));
    assert!(output.status.success(), "{name} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn info_field<'a>(info: &'a str, field: &str) -> &'a str {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .map(str::trim)
        .unwrap_or_else(|| panic!("pdfinfo has no {field}:\n{info}"))
}

#[test]
fn the_sample_plan_prints_its_words_money_and_sources_with_embedded_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path(), Currency::Php);
    let pdf = render(&store, Paper::A4, dir.path());
    let text = tool("pdftotext", &["-layout"], &pdf);
    for expected in [
        "My plan: Help desk technician",
        HOSTILE_NAME,
        "Summary",
        "Roadmap",
        "Learn Windows desktop administration",
        "Practice on an old laptop;",
        "Certification costs",
        "CompTIA A+",
        "₱",
        "Progress so far",
        "Where the figures come from",
        "Renewal rule:",
        "Pathway's estimate: sample",
        "Your own figure",
        "Page 1 of",
    ] {
        assert!(text.contains(expected), "the PDF lacks {expected:?}:\n{text}");
    }
    let info = tool("pdfinfo", &[], &pdf);
    let pages: u32 = info_field(&info, "Pages").parse().unwrap();
    assert!((2..=4).contains(&pages), "{pages} pages");
    assert!(info_field(&info, "Page size").starts_with("595.2"), "A4: {info}");
    assert_eq!(info_field(&info, "Title"), "My plan: Help desk technician");
    assert_eq!(info_field(&info, "Author"), HOSTILE_NAME);
    assert!(info_field(&info, "Subject").starts_with("A personal plan"), "{info}");
    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts listed:\n{fonts}");
    for row in &rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name type [encoding] emb sub uni object generation: "emb" is the fifth field from the end.
        assert_eq!(columns[columns.len() - 5], "yes", "a font is not embedded: {row}");
    }
    assert!(fonts.contains("DejaVuSans"), "{fonts}");
    assert!(fonts.contains("DejaVuSans-Bold"), "bold text uses the embedded bold face: {fonts}");
}

#[test]
fn rupees_render_and_us_letter_is_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = sample_store(dir.path(), Currency::Inr);
    let mut profile = store.load_profile().unwrap().unwrap();
    profile.country = Some(pathway_core::profile::Country::In);
    store.save_profile(&profile).unwrap();
    let pdf = render(&store, Paper::Letter, dir.path());
    let text = tool("pdftotext", &[], &pdf);
    assert!(text.contains('₹'), "the rupee sign is missing:\n{text}");
    assert!(!text.contains('₱'), "an INR plan shows no pesos");
    let info = tool("pdfinfo", &[], &pdf);
    assert!(info_field(&info, "Page size").starts_with("612 x 792"), "US Letter: {info}");
}

#[test]
fn a_sixty_milestone_plan_paginates_with_repeated_headers_and_whole_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = sample_store(dir.path(), Currency::Php);
    let plan = store.active_plan().unwrap().unwrap();
    let long_note = "Review the week's notes and redo the labs that went wrong. ".repeat(6);
    for i in plan.milestones.len()..60 {
        let id = pathway_core::app::plan::add_milestone(
            &mut store,
            &plan.id,
            NewMilestone { title: format!("Practice lab {i:02}"), hours: "4".into(), phase: pathway_core::plan::Phase::Labs },
            now(),
        )
        .unwrap();
        if i % 7 == 0 {
            let mut edited = store.active_plan().unwrap().unwrap();
            edited.milestones.iter_mut().find(|m| m.id == id).unwrap().notes = long_note.clone();
            store.save_plan(&edited).unwrap();
        }
    }
    let pdf = render(&store, Paper::A4, dir.path());
    let text = tool("pdftotext", &[], &pdf);
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    let with_header = pages.iter().filter(|p| p.contains("Milestone") && p.contains("Hours")).count();
    assert!(with_header >= 2, "the milestone table's header repeats on each of its pages ({with_header})");
    for i in 6..60 {
        assert!(text.contains(&format!("Practice lab {i:02}")), "lab {i} is printed");
    }
    // Each long note is one row: all six of its sentences land on one page.
    for (n, page) in pages.iter().enumerate() {
        let sentences = page.matches("Review the week's notes").count();
        assert_eq!(sentences % 6, 0, "page {} splits a row: {sentences} sentences of six-sentence notes", n + 1);
    }
    let info = tool("pdfinfo", &[], &pdf);
    let page_count: usize = info_field(&info, "Pages").parse().unwrap();
    assert!(page_count >= 4, "{page_count} pages");
}
