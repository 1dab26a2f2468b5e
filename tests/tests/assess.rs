//! Your fit in the real window: take the assessment, see the ranking with its
//! reasons, choose a target, see the gap, then re-take it and see growth.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

/// Picks each strength's level by clicking its example sentence, as a person would.
async fn rate(app: &App, levels: [u8; 7]) {
    // The seven strengths in the form's order, read from the form itself.
    let skills =
        app.script("return [...document.querySelectorAll(\"label[for^='rating-'][for$='-1']\")].map((l) => l.htmlFor.slice(7, -2));").await;
    let skills: Vec<String> = serde_json::from_value(skills).unwrap();
    assert_eq!(skills.len(), 7, "{skills:?}");
    for (skill, level) in skills.iter().zip(levels) {
        app.click_at(&format!("label[for='rating-{skill}-{level}']")).await;
    }
}

#[tokio::test]
async fn take_rank_target_gap_and_grow() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP", "hours_per_week": "8", "free_weekdays": ["sat", "sun"]}))
        .await;
    app.click("Your fit").await;
    app.wait_for_text("h1", "Your fit").await;
    app.wait_for_text("#assess-form", "I walk customers through technical steps every day").await;

    // Saving with strengths unrated names each one and writes nothing.
    app.click_at("label[for='rating-communication-5']").await;
    app.click("Save my assessment").await;
    app.wait_for_text("#rate-customer_service-error", "Rate Customer service from 1 to 5.").await;
    assert_eq!(app.invoke("assessment_overview", json!({})).await.unwrap()["taken"], 0);

    // A night-shift agent strong in customer service, curious about IT support.
    rate(&app, [5, 4, 5, 2, 3, 3, 3]).await;
    app.click_at("label[for='interest-it-support-5']").await;
    app.click_at("label[for='interest-cloud-3']").await;
    app.screenshot("assess-form").await;
    app.click("Save my assessment").await;

    app.wait_for_text("#fit-ranking", "100").await;
    let first = app.text("#fit-ranking > li:first-child").await;
    assert!(first.contains("IT support") || first.contains("IT Support"), "{first}");
    assert!(first.contains("counts heavily for"), "reasons in plain words: {first}");
    assert!(first.contains("months at 8 hours a week"), "approximate months at the user's pace: {first}");
    assert!(first.contains("₱"), "the salary band in the user's currency: {first}");
    app.script("document.getElementById('main').scrollTo(0, 0); window.scrollTo(0, 0); return null;").await;
    app.screenshot("assess-ranking").await;

    // Choose the first role as the target: the gap opens.
    let role = app.script("return document.querySelector('#fit-ranking > li:first-child dd a').textContent").await;
    let role = role.as_str().unwrap().to_string();
    app.click(&format!("Make {role} my target")).await;
    app.wait_for_text("#gap-title", &role).await;
    app.wait_for_text("#is-target", "target").await;
    let skills = app.text("#gap-skills tbody").await;
    assert!(skills.contains("hours"), "{skills}");
    let certs = app.text("#gap-certs").await;
    assert!(certs.contains("CompTIA"), "{certs}");
    app.wait_for_text("#gap-total", "months at 8 hours a week").await;
    app.screenshot("assess-gap").await;

    // Re-take: answers are filled in; raise documentation and add a known skill.
    app.click("← Back to your fit").await;
    app.click("Retake the assessment").await;
    app.wait_for_text("#assess-body", "Your last assessment was on").await;
    let checked = app.script("return document.querySelector('input[name=rating-customer_service]:checked').value").await;
    assert_eq!(checked, json!("5"), "the last answers are filled in");
    app.click_at("label[for='rating-process_documentation-4']").await;
    app.click("Save my assessment").await;
    let growth = app.wait_for_text("#growth", "+2").await;
    assert!(growth.contains("Process documentation"), "{growth}");
    assert!(app.text("#assess-body").await.contains("assessments kept: 2"));
    app.screenshot("assess-growth").await;

    let app = app.restart_with_dark(true).await;
    app.click("Your fit").await;
    app.wait_for_text("#growth", "+2").await;
    app.screenshot("assess-dark").await;
    app.close().await;
}
