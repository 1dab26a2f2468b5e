//! Progress in the real window: log a session and see the dashboard move;
//! run the timer across a restart; move an application through three stages;
//! mark a milestone done and see the plan and the dashboard follow.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

async fn with_a_plan(app: &App) {
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP", "base_pay": "25000", "hours_per_week": "8",
        "free_weekdays": ["sat", "sun"], "start_date": "2026-11-02"}))
        .await;
    app.invoke("choose_target_role", json!({"role": "help-desk-technician"})).await.unwrap();
    app.invoke("set_certification_choice", json!({"id": "comptia-a-plus", "chosen": true})).await.unwrap();
    app.invoke("create_plan", json!({"name": "Help desk"})).await.unwrap();
    app.reload().await;
}

#[tokio::test]
async fn log_time_applications_and_milestones_move_the_dashboard() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    with_a_plan(&app).await;
    app.wait_for_text("#dashboard", "0 hours studied").await;
    let before = app.text("#plan-progress").await;

    // Log a session against the first milestone, from Home's button.
    app.click("Log a study session").await;
    app.wait_for_text("h1", "Progress").await;
    app.fill("Hours", "2").await;
    app.fill("and minutes", "30").await;
    app.script("const s = document.getElementById('session-milestone'); s.selectedIndex = 3; return null;").await;
    app.click("Log session").await;
    app.wait_for_text("#session-list", "2 h 30 min").await;
    app.screenshot("progress").await;
    app.click("Home").await;
    app.wait_for_text("#dashboard", "2.5 hours studied").await;
    let after = app.text("#plan-progress").await;
    assert_ne!(before, after, "plan progress moved: {before} → {after}");
    app.text("#dashboard .chart-weekly .ch-bar").await;
    app.wait_for_text("#spending", "Spent so far").await;
    app.script("document.getElementById('dashboard').scrollIntoView(); return null;").await;
    app.screenshot("home-dashboard").await;

    // A bad entry is refused by field, and nothing is written.
    app.click("Progress").await;
    app.fill("Hours", "30").await;
    app.click("Log session").await;
    // The core names the field apart from its sentence; the form says it with its label.
    app.wait_for_text("#session-form .field-error", "Time studied: must be from 1 to 1,440").await;
    // Issue 19: "abc" as an attempt's cost is refused by its field, not saved empty.
    app.fill("What it cost (PHP)", "abc").await;
    app.click("Add attempt").await;
    app.wait_for_text("form:has(#attempt-cost) .field-error", "What it cost (PHP): must be an amount such as 1,500").await;
    app.screenshot("progress-attempt-refused").await;
    let attempts = app.invoke("progress_records", json!({})).await.unwrap();
    assert_eq!(attempts["attempts"], json!([]), "nothing was written");

    // Delete, then undo: the session comes back.
    app.click_at("#session-list li button[aria-label^='Delete']").await;
    app.wait_for_text("#progress-body", "Study sessions (0)").await;
    app.click("Undo").await;
    app.wait_for_text("#session-list", "2 h 30 min").await;

    // Edit it: the form fills with the session, and saving changes it in place.
    app.click_at("#session-list li button[aria-label^='Edit']").await;
    app.wait_for_text("#session-form h2", "Change a study session").await;
    app.fill("and minutes", "45").await;
    app.click("Save changes").await;
    app.wait_for_text("#session-list", "2 h 45 min").await;
    app.wait_for_text("#progress-body", "Study sessions (1)").await;

    // An application through three stages, with its history.
    app.fill("Company", "Acme Support").await;
    app.fill("Role", "Help desk technician").await;
    app.click("Add application").await;
    app.wait_for_text("#application-list", "Acme Support").await;
    for stage in ["screening", "interview", "offer"] {
        app.script(&format!("const s = document.querySelector('#application-list select'); s.value = '{stage}'; return null;")).await;
        app.click("Move").await;
        app.wait_for_text("#application-list .badge", &format!("{}{}", stage[..1].to_uppercase(), &stage[1..])).await;
    }
    let history = app.text("#application-list").await;
    assert!(
        history.contains("Applied") && history.contains("Screening") && history.contains("Interview") && history.contains("Offer"),
        "{history}"
    );
    app.screenshot("progress-applications").await;

    // A portfolio project with the catalog skill it shows.
    app.fill("Title", "Home lab: a Windows domain").await;
    // Skills are ticked in a list she narrows by typing (no Ctrl-click).
    app.fill("Skills it shows", "active directory").await;
    let skill = app
        .script(
            "const box = document.querySelector('.picker-list input[name=project-skills]'); box.click(); return box.labels[0].textContent;",
        )
        .await;
    app.wait_for_text("#project-skills ~ .picker-count", "1 chosen").await;
    app.click("Add project").await;
    let projects = app.wait_for_text("#project-list", "Home lab").await;
    assert!(projects.contains(skill.as_str().unwrap()), "{projects}");

    // The timer keeps running across a restart, then logs its session.
    app.click("Start the timer").await;
    app.wait_for_text("#timer", "Studying now").await;
    let app = app.restart().await;
    app.click("Progress").await;
    app.wait_for_text("#timer", "Studying now").await;
    app.click("Stop and log").await;
    app.wait_for_text("#timer", "Study timer").await;
    app.wait_for_text("#progress-body", "Study sessions (2)").await;
    // A timer started by mistake is discarded, after a confirmation, and logs nothing.
    app.click("Start the timer").await;
    app.wait_for_text("#timer", "Studying now").await;
    app.click_at("#timer-discard").await;
    app.click_at("dialog[open] .button.danger").await;
    app.wait_for_text("#timer", "Study timer").await;
    app.wait_for_text("#progress-body", "Study sessions (2)").await;

    // Marking a milestone done: the plan and the dashboard follow.
    app.click("Home").await;
    let before = app.text("#plan-progress").await;
    app.click("Roadmap").await;
    app.text("#timeline svg .tl-row[data-id='m3'] .tl-fill").await; // the hours logged fill the milestone's bar
    app.click_at("#edit-m3").await;
    app.wait_for_text("#milestone-editor", "Planned hours").await;
    app.script("const s = document.getElementById('edit-status'); s.value = 'done'; return null;").await;
    app.click("Save milestone").await;
    app.text("#milestone-list .badge.status-done").await;
    app.click("Home").await;
    let after = app
        .poll_value("the plan progress to grow", || async {
            let now = app.text("#plan-progress").await;
            (now != before).then_some(now)
        })
        .await;
    assert!(after.contains('%'), "{after}");

    // Export the calendar: study blocks, the exam, the application's next step.
    let file = app.data_dir().parent().unwrap().join("plan.ics");
    app.click("Roadmap").await;
    app.answer_next_dialog(Some(&file)).await;
    app.click("Export to my calendar (.ics)").await;
    app.wait_for_text("#toasts", "Calendar saved").await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.contains("UID:study-") && text.contains("DTSTART;VALUE=DATE:"), "{text}");
    app.close().await;
}
