//! Desktop manners in the real app: About (data folder, versions, licences,
//! the offline promise), the native window title following the view, one
//! instance per session bus, and a start without any session bus.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pathway_e2e::App;

fn app_binary() -> String {
    std::env::var("PATHWAY_E2E_APP").expect("PATHWAY_E2E_APP: the app built with the e2e feature")
}

/// The titles of every window on the display.
fn window_titles() -> String {
    let output = Command::new("xwininfo").args(["-root", "-tree"]).output().expect("xwininfo (x11-utils)");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The app's own folders and a display, as the harness gives a launch.
fn isolated(command: &mut Command, root: &Path) {
    for (name, folder) in [("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")] {
        let path = root.join(folder);
        std::fs::create_dir_all(&path).unwrap();
        command.env(name, path);
    }
    command.env("PATHWAY_DATA_DIR", root.join("pathway-data"));
}

#[tokio::test]
async fn about_shows_the_data_folder_versions_licences_and_the_offline_promise() {
    let app = App::launch().await;
    app.past_setup(serde_json::json!({"name": "Ana", "country": "ph", "currency": "PHP"})).await;
    app.click("About").await;
    app.wait_for_text("#about-offline", "Pathway makes no network connection").await;
    let folder = app.text("#about-data-folder").await;
    assert_eq!(Path::new(&folder), app.data_dir(), "the data folder in use");
    let body = app.text("#about-body").await;
    assert!(body.contains(&format!("Pathway {}", env!("CARGO_PKG_VERSION"))), "{body}");
    assert!(body.contains("as of 20"), "the catalog's date: {body}");
    let licences = app.text("#about-licences").await;
    assert!(licences.contains("MIT") && licences.contains("Apache-2.0"), "{licences}");
    app.text("#open-data-folder").await;
    app.screenshot("about").await;

    // The native title follows the view.
    app.click("Roadmap").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !window_titles().contains("Roadmap · Pathway") {
        assert!(Instant::now() < deadline, "the window title did not follow the view:\n{}", window_titles());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.close().await;
}

#[test]
fn a_second_launch_exits_and_leaves_the_first_window_running() {
    let root = tempfile::tempdir().unwrap();
    // Both launches share one private session bus, as two launches on a desktop do.
    let script = r#"
        "$APP" >first.log 2>&1 &
        first=$!
        sleep 5
        timeout 30 "$APP" >second.log 2>&1
        echo "second=$?"
        if kill -0 "$first" 2>/dev/null; then echo "first=alive"; fi
        kill "$first"; wait "$first" 2>/dev/null
    "#;
    let mut command = Command::new("dbus-run-session");
    command.args(["--", "sh", "-c", script]).env("APP", app_binary()).current_dir(root.path());
    isolated(&mut command, root.path());
    let output = command.stderr(Stdio::inherit()).output().expect("dbus-run-session");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("second=0"), "the second launch exits at once, handing over to the first: {said}");
    assert!(said.contains("first=alive"), "the first window keeps running: {said}");
    assert!(root.path().join("pathway-data").join("pathway.sqlite3").is_file() || root.path().join("pathway-data").is_dir());
}

#[test]
fn without_a_session_bus_pathway_still_starts_and_says_why() {
    let root = tempfile::tempdir().unwrap();
    let runtime = root.path().join("runtime");
    std::fs::create_dir_all(&runtime).unwrap();
    let mut command = Command::new(app_binary());
    command.env_remove("DBUS_SESSION_BUS_ADDRESS").env("XDG_RUNTIME_DIR", &runtime).stdout(Stdio::null()).stderr(Stdio::piped());
    isolated(&mut command, root.path());
    let mut child = command.spawn().expect("the app starts");
    std::thread::sleep(Duration::from_secs(5));
    assert!(child.try_wait().unwrap().is_none(), "Pathway is still running without a session bus");
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no D-Bus session bus"), "the warning is logged: {stderr}");
}

/// Issue 19: the log is in the data folder (so each test run has its own),
/// About names it, and it never holds what the user typed: marker values
/// go through saved and refused commands, then the log is searched for them.
#[tokio::test]
async fn the_log_is_in_the_data_folder_and_never_holds_the_users_words_or_figures() {
    const NAME: &str = "Quennell Ybarra";
    const NOTE: &str = "Zorblax study note";
    let app = App::launch().await;
    app.wait_for_text("h1", "Set up Pathway").await;
    let refused = app.invoke("save_profile", serde_json::json!({"draft": {"name": NAME, "country": "ph", "base_pay": "-48213.77"}})).await;
    assert!(refused.is_err(), "a negative pay is refused");
    app.past_setup(serde_json::json!({"name": NAME, "country": "ph", "currency": "PHP", "base_pay": "31987.65", "savings": "76543.21"}))
        .await;
    let session = serde_json::json!({"kind": "session", "record": {"id": "", "date": "2026-01-05", "minutes": 47, "note": NOTE}});
    app.invoke("save_progress_record", serde_json::json!({"record": session})).await.unwrap();
    let too_long = serde_json::json!({"kind": "session", "record": {"id": "", "date": "2026-01-05", "minutes": 4000, "note": NOTE}});
    assert!(app.invoke("save_progress_record", serde_json::json!({"record": too_long})).await.is_err());
    app.click("About").await;
    let shown = app.wait_for_text("#about-log-folder", "logs").await;
    let folder = app.data_dir().join("logs");
    assert_eq!(Path::new(&shown), folder, "About names the log folder");
    app.screenshot("about-logs").await;
    let folders = app.close_keeping_folders().await;
    let mut log = String::new();
    for entry in std::fs::read_dir(&folder).expect("the log folder exists") {
        log.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    assert!(log.contains("opened its store"), "the log says what the app did:\n{log}");
    assert!(log.contains("a command was refused: "), "refusals are logged by their code:\n{log}");
    for marker in [NAME, "Quennell", "Ybarra", NOTE, "Zorblax", "48213", "48,213", "31987", "31,987", "76543", "76,543"] {
        assert!(!log.contains(marker), "the log holds the user's {marker:?}:\n{log}");
    }
    drop(folders);
}

#[tokio::test]
async fn the_start_up_reminder_names_what_is_due_when_turned_on() {
    let app = App::launch().await;
    app.past_setup(serde_json::json!({"name": "Ana", "country": "ph", "currency": "PHP", "remind_on_start": true})).await;
    let today = app.script("const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;").await;
    let contact = serde_json::json!({"kind": "contact", "record": {"id": "", "kind": "contact", "date": today, "name": "Liza from the NOC", "follow_up": today}});
    app.invoke("save_progress_record", serde_json::json!({"record": contact})).await.unwrap();
    // The test's session bus has no notification service, so the page shows the reminder itself.
    let app = app.restart().await;
    app.wait_for_text("#toasts", "Pathway: 1 due").await;
    let toast = app.text("#toasts").await;
    assert!(toast.contains("Follow up with Liza from the NOC"), "{toast}");
    app.screenshot("reminder-toast").await;
    app.click("Settings").await;
    let checked = app.script("return document.querySelector('input[name=remind_on_start]').checked;").await;
    assert_eq!(checked, serde_json::json!(true), "the choice shows in Settings");
    app.close().await;
}
