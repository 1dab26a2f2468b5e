//! Data safety in the real window: export, then import into a fresh data
//! folder and find everything there; backups listed; recovery from a file
//! that cannot be opened.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

fn maria() -> serde_json::Value {
    json!({"name": "Maria Santos", "country": "ph", "role": "agent", "base_pay": "25000", "night_differential": "2500",
           "allowances": "1000", "thirteenth_month": true, "monthly_expenses": "18000", "savings": "60000",
           "hours_per_week": "10", "shift": "night", "free_weekdays": ["sat", "sun"], "preferred_study_time": "19:30",
           "start_date": "2027-01-04", "sponsorship": "unsure"})
}

#[tokio::test]
async fn export_then_import_into_a_fresh_data_folder_brings_everything_back() {
    let out = tempfile::tempdir().unwrap();
    let export = out.path().join("maria.json");

    let first = App::launch().await;
    first.past_setup(maria()).await;
    first.click("Help").await;
    first.wait_for_text("#data-folder", "pathway-data").await;
    first.answer_next_dialog(Some(&export)).await;
    first.click("Export all my data…").await;
    first.wait_for_text("#toasts", "Exported your data").await;
    let exported = first.invoke("get_profile", json!({})).await.unwrap();
    first.answer_next_dialog(Some(out.path())).await;
    first.click("Export as spreadsheet files (CSV)…").await;
    first.wait_for_text("#toasts", "CSV files written: 11").await;
    first.close().await;
    let csv_folder = std::fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().path()).find(|p| p.is_dir()).unwrap();
    assert!(std::fs::read_to_string(csv_folder.join("profile.csv")).unwrap().contains("Maria Santos"));

    let fresh = App::launch().await;
    fresh.wait_for_text("h1", "Set up Pathway").await;
    fresh.answer_next_dialog(Some(&export)).await;
    fresh.click("Import a Pathway export…").await;
    let preview = fresh.wait_for_text("dialog[open]", "Import this file?").await;
    assert!(preview.contains("maria.json") && preview.contains("1 × profile"), "{preview}");
    assert!(preview.contains("January 4, 2027"), "the date range is shown: {preview}");
    fresh.screenshot("import-preview").await;
    fresh.choose("Replace all my data with the file").await;
    fresh.click("Import").await;
    fresh.wait_for_text("#home-greeting", "Hello, Maria Santos").await;
    assert_eq!(fresh.text("#home-total-pay").await, "₱30,583.33");
    assert_eq!(fresh.invoke("get_profile", json!({})).await.unwrap(), exported, "everything came back");

    fresh.click("Settings").await;
    let backups = fresh.wait_for_text("#backups table", "Before an import").await;
    assert!(backups.contains("Daily"), "{backups}");
    fresh.script("document.getElementById('backups').scrollIntoView(); return null;").await;
    fresh.screenshot("settings-backups").await;
    fresh.close().await;
}

#[tokio::test]
async fn a_file_that_is_not_a_database_is_kept_and_the_user_can_start_fresh() {
    let folders = Folders::new();
    std::fs::create_dir_all(folders.data_dir()).unwrap();
    std::fs::write(folders.data_dir().join("pathway.sqlite3"), "my shopping list, not a database").unwrap();
    // The recovery screen does not scroll: see `launch_with_compositing`.
    let app = App::launch_with_compositing(Launch { folders: Some(folders), dark: false }).await;
    app.wait_for_text("h1", "Pathway's data file is not a Pathway database").await;
    let notice = app.text(".notice.error").await;
    assert!(notice.contains("Nothing was changed or deleted"), "{notice}");
    app.screenshot("recovery").await;
    assert_eq!(app.controls_missed_by_tab().await, Vec::<String>::new(), "recovery screen by keyboard");

    app.click("Start fresh").await;
    app.wait_for_text("dialog[open]", "Start fresh?").await;
    app.click("Start fresh").await;
    app.wait_for_text("h1", "Set up Pathway").await;
    let kept: Vec<_> = std::fs::read_dir(app.data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("pathway-unusable-"))
        .collect();
    assert_eq!(kept.len(), 1, "the old file was kept aside");
    assert_eq!(std::fs::read_to_string(app.data_dir().join(&kept[0])).unwrap(), "my shopping list, not a database");
    app.close().await;
}

#[tokio::test]
async fn a_hostile_import_is_refused_with_a_clear_message_and_changes_nothing() {
    let out = tempfile::tempdir().unwrap();
    let hostile = out.path().join("evil.json");
    std::fs::write(&hostile, r#"{"format": "pathway-export", "format_version": 1, "schema_version": 99, "data": {}}"#).unwrap();
    let app = App::launch().await;
    app.past_setup(maria()).await;
    app.click("Help").await;
    app.wait_for_text("#data-folder", "pathway-data").await;
    let before = app.invoke("get_profile", json!({})).await.unwrap();
    app.answer_next_dialog(Some(&hostile)).await;
    app.click("Import…").await;
    // The failure stands right after the button she used, and stays until she dismisses it.
    app.wait_for_text(".beside-alert", "comes from a newer version of Pathway").await;
    let anchor = app.script("return document.querySelector('.beside-alert').previousElementSibling.textContent").await;
    assert_eq!(anchor, json!("Import…"), "beside the control it is about");
    app.screenshot("error-beside-import").await;
    tokio::time::sleep(std::time::Duration::from_secs(7)).await;
    assert!(app.text(".beside-alert").await.contains("newer version"), "still there after a toast would have gone");
    app.script("document.querySelector('.beside-alert .toast-dismiss').click(); return null;").await;
    assert_eq!(app.script("return document.querySelectorAll('.beside-alert').length").await, json!(0));
    assert_eq!(app.invoke("get_profile", json!({})).await.unwrap(), before);
    app.close().await;
}

#[tokio::test]
async fn the_users_exchange_rate_survives_a_restart_and_can_be_reset() {
    let app = App::launch().await;
    app.past_setup(json!({"name": "Ana"})).await;
    app.click("Settings").await;
    let catalog_rate = app.wait_for_text("[data-rate='USD-PHP']", "Sourced").await;
    assert!(catalog_rate.contains("Manila Bulletin, 14 January 2026"), "the catalog's rate shows its publisher and date: {catalog_rate}");
    app.fill("1 USD in PHP", "57.5").await;
    app.click("Use this rate").await;
    app.wait_for_text("#toasts", "Your USD→PHP rate is saved").await;

    let app = app.restart().await;
    app.click("Settings").await;
    let row = app.wait_for_text("[data-rate='USD-PHP']", "Your own figure, entered").await;
    assert!(row.contains("The catalog's rate is 59.44"), "both figures are shown: {row}");
    assert_eq!(app.script("return document.getElementById('rate-USD-PHP').value").await, "57.5");
    app.script("document.getElementById('rates').scrollIntoView(); return null;").await;
    app.screenshot("settings-exchange-rates").await;
    app.click("Use the catalog's rate").await;
    // The row said "Sourced" before too (the catalog's figure beside hers): wait for the value itself.
    app.poll_value("the catalog's rate back in the field", || async {
        (app.script("return document.getElementById('rate-USD-PHP').value").await == "59.44").then_some(())
    })
    .await;
    assert!(!app.text("[data-rate='USD-PHP']").await.contains("Your own figure"), "the row is the catalog's again");
    app.close().await;
}
