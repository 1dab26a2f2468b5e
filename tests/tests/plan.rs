//! The roadmap in the real window: target → plan → timeline → edit a
//! milestone → change hours per week → the dates move; then a second
//! scenario, and the two compared.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

async fn finish(app: &App) -> String {
    app.text("#plan-finish").await
}

#[tokio::test]
async fn target_plan_timeline_edit_replan_and_compare() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    // A new agent's pay (about ₱15,000), below an entry help desk's (₱18,000–23,000), so the move pays back and the comparison has months to show.
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP", "base_pay": "15000", "hours_per_week": "8",
        "free_weekdays": ["sat", "sun"], "start_date": "2030-01-07", "preferred_study_time": "09:00"}))
        .await;

    // Target: choose a role in Explore, and a certification for it.
    app.script("location.hash = '#/explore/role/help-desk-technician'; return null;").await;
    app.click("Choose as my target").await;
    app.wait_for_text("#is-target", "target").await;
    app.script("location.hash = '#/explore/cert/comptia-a-plus'; return null;").await;
    app.click("Add to my certifications").await;
    app.wait_for_text("#explore-body", "Remove from my certifications").await;

    // Plan.
    app.click("Roadmap").await;
    app.wait_for_text("h1", "Your roadmap").await;
    app.click("Build my plan").await;
    let first = app.wait_for_text("#plan-finish", "20").await;
    app.wait_for_text("#plan-start", "2030").await;
    let list = app.text("#milestone-list").await;
    assert!(list.contains("Prepare for and pass CompTIA A+"), "{list}");
    assert!(list.contains("exam on"), "the exam is dated: {list}");
    let bars = app.script("return document.querySelectorAll('#timeline svg .tl-bar').length").await;
    assert!(bars.as_u64().unwrap() >= 8, "the timeline draws the milestones: {bars}");
    app.screenshot("plan-timeline").await;

    // Edit a milestone from its bar: more hours push the finish later.
    app.click_at("#timeline svg .tl-row[data-id='m3'] .tl-bar").await;
    app.wait_for_text("#milestone-editor", "Planned hours").await;
    app.fill("Planned hours", "80").await;
    app.fill("Notes", "Practise on the old laptop <b>first</b>").await;
    app.click("Save milestone").await;
    let longer = app
        .poll_value("the finish to move later", || async {
            let now = finish(&app).await;
            (now != first).then_some(now)
        })
        .await;
    let list = app.text("#milestone-list").await;
    assert!(list.contains("80 h"), "{list}");
    app.click_at("#edit-m3").await;
    app.wait_for_text("#milestone-editor", "Planned hours").await;
    let basis = app.text("#edit-hours-basis").await;
    assert!(basis.contains("Yours") && basis.contains("Your own figure"), "the hours are now the user's: {basis}");
    let notes = app.script("return document.getElementById('edit-notes').value").await;
    assert_eq!(notes, json!("Practise on the old laptop <b>first</b>"), "notes are text, never markup");
    app.screenshot("plan-editor").await;
    app.click("Cancel").await;

    // Change hours per week in Settings: the dates move earlier.
    app.click("Settings").await;
    app.fill("Study hours per week", "16").await;
    app.click("Save").await;
    app.wait_for_text("#settings-status", "").await;
    app.click("Roadmap").await;
    let faster = app
        .poll_value("the finish to move earlier", || async {
            let now = finish(&app).await;
            (now != longer).then_some(now)
        })
        .await;
    assert_ne!(faster, first);

    // A second scenario, then the two side by side.
    app.click_at(".save-as > summary").await;
    app.fill("Name of the new scenario", "Weekends only").await;
    app.click("Save scenario").await;
    app.wait_for_text("#plan-scenario", "Weekends only").await;
    // The new scenario drops the exam review: its finish comes earlier than the first plan's.
    let exam = app.script("return document.querySelector('#milestone-list [data-milestone] + [data-milestone]') && [...document.querySelectorAll('#milestone-list [data-milestone]')].find((li) => li.textContent.includes('Prepare for and pass')).dataset.milestone").await;
    app.click_at(&format!("#edit-{}", exam.as_str().unwrap())).await;
    app.wait_for_text("#milestone-editor", "Planned hours").await;
    app.script("const s = document.getElementById('edit-status'); s.value = 'skipped'; s.dispatchEvent(new Event('change', {bubbles: true})); return null;").await;
    app.click("Save milestone").await;
    // The status select also says "Skipped": wait for the saved badge, after the redraw.
    app.text("#milestone-list .badge.status-skipped").await;
    // Scenarios are named to be told apart: rename this one.
    app.click_at(".rename-plan > summary").await;
    app.fill("Name of this scenario", "Weekends, no exam review").await;
    app.click("Save the name").await;
    app.wait_for_text("#plan-scenario", "Weekends, no exam review").await;
    // The share is read by the core's rule for whole numbers: "1,5" is refused, not read as 15.
    app.click_at(".plan-settings > summary").await;
    app.fill("Share of each free day for networking (%)", "1,5").await;
    app.click("Save share").await;
    app.wait_for_text(".plan-settings .field-error", "whole number from 0 to 100").await;
    app.fill("Share of each free day for networking (%)", "15").await;
    app.click("Save share").await;
    app.wait_for_text("body", "The dates follow the new share").await;
    // The toast comes before the redraw: wait for the redrawn (closed) settings before the next click.
    app.poll_value("the roadmap to be drawn again", || async {
        (app.script("const d = document.querySelector('.plan-settings'); return d != null && !d.open").await == serde_json::json!(true))
            .then_some(())
    })
    .await;
    app.click("Compare scenarios").await;
    let table = app.wait_for_text("#plan-compare", "Duration").await;
    assert!(table.contains("Total hours") && table.contains("Finish date"), "{table}");
    assert!(table.contains("What it costs") && table.contains("Pays back") && table.contains("Net present value"), "{table}");
    assert!(table.contains("₱") && table.contains("Half by month "), "each scenario's cost, payback and NPV: {table}");
    let cells: Vec<String> = serde_json::from_value(
        app.script("return [...document.querySelectorAll('#plan-compare tbody tr:nth-child(4) td')].map((td) => td.textContent)").await,
    )
    .unwrap();
    assert_eq!(cells.len(), 2);
    assert_ne!(cells[0], cells[1], "the scenarios' total hours differ: {cells:?}");
    app.screenshot("plan-compare").await;

    let app = app.restart_with_dark(true).await;
    app.click("Roadmap").await;
    app.wait_for_text("#plan-finish", "20").await;
    app.screenshot("plan-dark").await;
    app.close().await;
}
