//! The app starts in a real window, shows its first view, and keeps its data
//! where it was told to.

use pathway_e2e::{App, Launch};

/// One migration file per schema version: the newest version, counted from
/// the source rather than taken from the app under test.
fn latest_schema_version() -> usize {
    let migrations = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/migrations");
    std::fs::read_dir(migrations).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sql")).count()
}

/// Past the set-up (saved directly), on the Help view where the data card is.
async fn open_help(app: &App) {
    app.past_setup(serde_json::json!({})).await;
    app.click("Help").await;
}

#[tokio::test]
async fn the_app_starts_shows_its_first_view_and_creates_its_database() {
    let app = App::launch().await;
    app.wait_for_text("h1", "Set up Pathway").await;
    assert!(app.data_dir().join("pathway.sqlite3").is_file(), "the database file was created in the given folder");

    open_help(&app).await;
    let folder = app.wait_for_text("#data-folder", "pathway-data").await;
    assert!(folder.contains(app.data_dir().to_str().unwrap()), "shown: {folder}");
    assert!(folder.contains("chosen by PATHWAY_DATA_DIR"), "shown: {folder}");
    assert_eq!(app.text("#data-schema").await, latest_schema_version().to_string());
    assert!(app.data_dir().join("pathway.sqlite3").is_file(), "the database file was created in the given folder");

    app.screenshot("help-data").await;
    app.close().await;
}

#[tokio::test]
async fn saving_a_copy_writes_where_the_dialog_answered_and_cancel_writes_nothing() {
    let app = App::launch().await;
    open_help(&app).await;
    app.wait_for_text("#data-folder", "pathway-data").await;

    let out = tempfile::tempdir().unwrap();
    let copy = out.path().join("my copy.sqlite3");
    app.answer_next_dialog(Some(&copy)).await;
    app.click("Save a copy…").await;
    let toast = app.wait_for_text("#toasts", "Saved a copy").await;
    assert!(toast.contains("my copy.sqlite3"), "toast: {toast}");
    let bytes = std::fs::read(&copy).expect("the copy exists");
    assert!(bytes.starts_with(b"SQLite format 3\0"), "the copy is a SQLite database");
    app.screenshot("help-copy-saved").await;

    app.answer_next_dialog(None).await;
    app.click("Save a copy…").await;
    app.wait_for_text("#toasts", "Nothing was saved: the dialog was cancelled.").await;
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 1, "cancel wrote nothing");
    app.close().await;
}

#[tokio::test]
async fn the_test_only_command_is_the_only_extra_and_unknown_commands_are_refused() {
    let app = App::launch().await;
    app.wait_for_text("h1", "Set up Pathway").await;
    let status = app.invoke("app_status", serde_json::json!({})).await.expect("app_status is granted");
    assert_eq!(status["data_dir"]["source"], "environment");
    let refused = app.invoke("no_such_command", serde_json::json!({})).await;
    assert!(refused.is_err(), "an undeclared command is refused: {refused:?}");
    app.close().await;
}

#[tokio::test]
async fn dark_mode_follows_the_system_theme() {
    let background = "return getComputedStyle(document.body).backgroundColor";
    let light = App::launch().await;
    light.wait_for_text("h1", "Set up Pathway").await;
    assert_eq!(light.script(background).await, "rgb(246, 247, 246)");
    light.close().await;

    let dark = App::launch_with(Launch { dark: true, ..Launch::default() }).await;
    dark.wait_for_text("h1", "Set up Pathway").await;
    assert_eq!(dark.script(background).await, "rgb(18, 22, 20)", "the dark tokens apply");
    dark.close().await;
}
