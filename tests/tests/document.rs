//! The plan on paper in the real window: the document view, the one-click
//! PDF (through the save dialog), the print stylesheet (printed to a file by
//! WebKitGTK, as a printer would get it), and Ctrl+P from another view.

use std::path::Path;
use std::process::Command;

use fantoccini::key::Key;
use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

const NAME: &str = "Ana <b>Cruz</b> *dela* #emph[x]";

async fn with_a_plan(app: &App) {
    app.past_setup(json!({"name": NAME, "country": "ph", "currency": "PHP", "base_pay": "25000", "monthly_expenses": "18000",
        "savings": "60000", "hours_per_week": "8", "free_weekdays": ["sat", "sun"], "start_date": "2026-11-02"}))
        .await;
    app.invoke("choose_target_role", json!({"role": "help-desk-technician"})).await.unwrap();
    app.invoke("set_certification_choice", json!({"id": "comptia-a-plus", "chosen": true})).await.unwrap();
    let plan = app.invoke("create_plan", json!({"name": "Help desk"})).await.unwrap();
    let plan_id = plan["id"].as_str().unwrap().to_string();
    let second = &plan["milestones"][1];
    let hours = second["hours_hundredths"].as_i64().unwrap() as f64 / 100.0;
    app.invoke(
        "edit_milestone",
        json!({"planId": plan_id, "milestoneId": second["id"],
        "edit": {"title": second["title"], "hours": hours.to_string(), "status": "todo", "links": "",
                 "notes": "Ask Jun about the <lab> at work & book the *quiet* room."}}),
    )
    .await
    .unwrap();
    app.reload().await;
}

fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext").arg("-layout").arg(pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    assert!(output.status.success(), "pdftotext failed on {}", pdf.display());
    String::from_utf8(output.stdout).unwrap()
}

/// Pages of a PDF as PNGs beside the screenshots, to be looked at.
fn pages_as_images(pdf: &Path, name: &str) {
    let screens = std::env::var("PATHWAY_E2E_SCREENS").expect("PATHWAY_E2E_SCREENS");
    let status =
        Command::new("pdftoppm").args(["-png", "-r", "60"]).arg(pdf).arg(Path::new(&screens).join(name)).status().expect("pdftoppm");
    assert!(status.success());
}

#[tokio::test]
async fn the_plan_shows_exports_and_prints_as_a_document() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    with_a_plan(&app).await;

    // From the roadmap to the document.
    app.click("Roadmap").await;
    app.click("Print or save as PDF").await;
    app.wait_for_text("#plan-document", "My plan: Help desk technician").await;
    let document = app.text("#plan-document").await;
    assert!(document.contains(NAME), "the name is text, not markup: {document}");
    assert!(document.contains("Ask Jun about the <lab> at work & book the *quiet* room."), "{document}");
    assert!(document.contains("₱"), "money in the profile's currency: {document}");
    assert!(document.contains("Where the figures come from"), "{document}");
    app.screenshot("document").await;

    // One click (and the save dialog): the core writes the PDF.
    let exported = app.data_dir().join("my-plan.pdf");
    app.answer_next_dialog(Some(&exported)).await;
    app.click("Export PDF…").await;
    app.wait_for_text("#export-status", "Saved").await;
    app.text("#document-open").await;
    app.text("#document-reveal").await;
    app.screenshot("document-exported").await;
    let bytes = std::fs::read(&exported).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let text = pdf_text(&exported);
    assert!(text.contains("My plan: Help desk technician") && text.contains(NAME) && text.contains('₱'), "{text}");
    pages_as_images(&exported, "document-export-page");

    // The print stylesheet, as a printer gets it: the plan, none of the app around it.
    let printed = app.data_dir().join("printed.pdf");
    app.invoke("e2e_print_to_pdf", json!({"path": printed})).await.unwrap();
    let text = pdf_text(&printed);
    for expected in ["My plan: Help desk technician", "Milestones", "Progress so far", "₱"] {
        assert!(text.contains(expected), "the printout lacks {expected:?}:\n{text}");
    }
    for chrome in ["Skip to content", "Export PDF", "Print…", "Your fit", "Settings", "Explore"] {
        assert!(!text.contains(chrome), "the printout shows the app's {chrome:?}:\n{text}");
    }
    pages_as_images(&printed, "document-print-page");

    // Ctrl+P from another view opens the plan's page to print it.
    app.click("Home").await;
    app.wait_for_text("#home-greeting", "Ana").await;
    app.press_chord(&[Key::Control.into(), 'p']).await;
    app.wait_for_text("#plan-document", "My plan").await;
    let hash = app.script("return location.hash;").await;
    assert_eq!(hash, json!("#/document"));

    let app = app.restart_with_dark(true).await;
    app.click("Plan on paper").await;
    app.wait_for_text("#plan-document", "My plan").await;
    app.screenshot("document-dark").await;
    app.close().await;
}
