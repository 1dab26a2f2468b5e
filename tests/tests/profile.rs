//! The first-run set-up, Home, Settings and Help, in the real window.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

/// Walks the set-up to the pay step, leaving the first two steps as they are.
async fn to_pay_step(app: &App) {
    app.wait_for_text("h1", "Set up Pathway").await;
    app.click("Next").await;
    app.wait_for_text("#step-label", "Step 2 of 7").await;
    app.click("Next").await;
    app.wait_for_text("#step-label", "Step 3 of 7: Your pay").await;
}

async fn stored_profile(app: &App) -> serde_json::Value {
    app.invoke("get_profile", json!({})).await.expect("get_profile answers")
}

#[tokio::test]
async fn the_set_up_refuses_a_negative_salary_with_a_clear_message_and_saves_nothing() {
    let app = App::launch().await;
    to_pay_step(&app).await;
    app.fill("Monthly base pay", "-5000").await;
    let message = app.wait_for_text("#error-base_pay", "must be between").await;
    assert_eq!(message, "Monthly base pay must be between 0 and 10,000,000 a month.");

    app.click("Next").await;
    app.wait_for_text("#setup-status", "Please correct the highlighted field").await;
    assert!(app.text("#step-label").await.starts_with("Step 3 of 7"), "the set-up stayed on the pay step");
    app.screenshot("setup-negative-salary").await;
    assert_eq!(stored_profile(&app).await, serde_json::Value::Null, "nothing was saved");
    app.close().await;
}

#[tokio::test]
async fn completing_the_set_up_shows_home_with_the_total_pay_and_it_survives_a_restart() {
    let app = App::launch().await;
    app.wait_for_text("h1", "Set up Pathway").await;
    app.fill("Name", "Maria Santos").await;
    app.screenshot("setup").await;
    app.click("Next").await;
    app.choose("Customer service or technical support agent").await;
    app.click("Next").await;
    app.fill("Monthly base pay", "25,000").await;
    app.fill("Night-shift differential", "2500").await;
    app.fill("Allowances", "1000").await;
    app.choose("I receive a 13th-month pay").await;
    app.wait_for_text("#pay-total-amount", "₱30,583.33").await;
    app.screenshot("setup-pay").await;
    app.click("Next").await;
    app.fill("Monthly expenses", "18000").await;
    app.fill("Savings", "60000").await;
    app.click("Next").await;
    app.fill("Study hours per week", "10").await;
    app.choose("Saturday").await;
    app.choose("Sunday").await;
    app.click("Next").await;
    app.choose("I am not sure").await;
    app.click("Next").await;
    // The answers public training routes ask for.
    app.wait_for_text("#step-label", "Step 7 of 7").await;
    app.fill("Year of birth", "1996").await;
    app.choose("Yes, I am working").await;
    app.click("Finish").await;

    app.wait_for_text("#home-greeting", "Hello, Maria Santos").await;
    assert_eq!(app.text("#home-total-pay").await, "₱30,583.33", "25,000 + 2,500 + 1,000 + 25,000 ÷ 12");
    app.screenshot("home").await;

    let app = app.restart().await;
    app.wait_for_text("#home-greeting", "Hello, Maria Santos").await;
    assert_eq!(app.text("#home-total-pay").await, "₱30,583.33");
    let saved = stored_profile(&app).await;
    assert_eq!(saved["summary"]["profile"]["situation"]["birth_year"], 1996, "{saved}");
    assert_eq!(saved["summary"]["profile"]["situation"]["employment"], "employed");
    let body = app.text("main").await;
    assert!(body.contains("₱18,000.00") && body.contains("₱60,000.00"), "{body}");
    assert!(body.contains("10 hours a week") && body.contains("Saturday, Sunday"), "{body}");
    app.close().await;
}

#[tokio::test]
async fn delete_all_my_data_returns_the_app_to_the_set_up() {
    let app = App::launch().await;
    app.wait_for_text("h1", "Set up Pathway").await;
    app.fill("Name", "Ravi").await;
    app.click("Next").await;
    for step in 2..=7 {
        app.wait_for_text("#step-label", &format!("Step {step} of 7")).await;
        app.click("Skip this step").await;
    }
    app.wait_for_text("#home-greeting", "Hello, Ravi").await;
    assert!(app.data_dir().join("pathway.sqlite3").is_file());
    assert!(app.data_dir().join("backups").is_dir(), "today's backup exists");

    app.click("Settings").await;
    app.click("Delete all my data…").await;
    app.wait_for_text("dialog[open]", "Delete all your Pathway data?").await;
    app.screenshot("settings-delete-confirm").await;
    app.click("Delete everything").await;
    app.wait_for_text("h1", "Set up Pathway").await;
    assert_eq!(stored_profile(&app).await, serde_json::Value::Null);
    assert!(!app.data_dir().join("backups").exists(), "the backups went too");
    app.close().await;
}

#[tokio::test]
async fn keyboard_alone_reaches_every_control_on_every_screen() {
    let app = App::launch().await;
    app.wait_for_text("h1", "Set up Pathway").await;
    app.wait_for_text("#sidebar-foot", "Version").await;
    for step in 1..=7 {
        app.wait_for_text("#step-label", &format!("Step {step} of 7")).await;
        assert_eq!(app.controls_missed_by_tab().await, Vec::<String>::new(), "set-up, step {step}");
        if step < 7 {
            app.click("Next").await;
        }
    }

    app.save_profile(json!({"name": "Keyboard User", "base_pay": "20000"})).await;
    for (hash, heading, ready) in [
        ("#/home", "Hello, Keyboard User", "#home-total-pay"),
        ("#/explore", "Explore IT paths", ".domain-card"),
        ("#/explore/cert/comptia-security-plus", "Explore IT paths", ".cert-facts"),
        ("#/settings", "Settings", "#backups table"),
        ("#/help", "Help", "#data-folder"),
    ] {
        app.script(&format!("location.hash = '{hash}'; return null;")).await;
        app.wait_for_text("h1", heading).await;
        app.wait_for_text(ready, "").await;
        assert_eq!(app.controls_missed_by_tab().await, Vec::<String>::new(), "{hash}");
    }

    // Settings with the currency question open, then inside the delete dialog.
    app.script("location.hash = '#/settings'; return null;").await;
    app.wait_for_text("h1", "Settings").await;
    app.script("const s = document.getElementById('field-currency'); s.value = 'USD'; s.dispatchEvent(new Event('input', {bubbles: true})); return null;").await;
    app.wait_for_text("[data-currency-panel]", "What should happen to your amounts").await;
    assert_eq!(app.controls_missed_by_tab().await, Vec::<String>::new(), "settings, currency question");
    app.click("Delete all my data…").await;
    app.wait_for_text("dialog[open]", "Delete all your Pathway data?").await;
    assert_eq!(app.controls_missed_by_tab().await, Vec::<String>::new(), "delete dialog");
    app.close().await;
}

#[tokio::test]
async fn settings_saves_a_change_and_asks_before_relabelling_amounts() {
    let app = App::launch().await;
    app.past_setup(json!({"currency": "PHP", "base_pay": "25000"})).await;
    app.click("Settings").await;
    app.fill("Monthly base pay", "30000").await;
    app.wait_for_text("#settings-status", "unsaved changes").await;
    app.script("const s = document.getElementById('field-currency'); s.value = 'INR'; s.dispatchEvent(new Event('input', {bubbles: true})); return null;").await;
    app.wait_for_text("[data-currency-panel]", "What should happen to your amounts").await;
    let locked = app.script("return document.getElementById('field-base_pay').disabled").await;
    assert_eq!(locked, true, "amounts keep their stored values while the currency question is open");
    assert_eq!(app.script("return document.getElementById('field-base_pay').value").await, "25000.00");
    app.click("Save").await;
    app.wait_for_text("#error-currency", "You changed the currency from PHP to INR").await;
    app.screenshot("settings-currency-change").await;
    let unchanged = stored_profile(&app).await;
    assert_eq!(unchanged["summary"]["profile"]["currency"], "PHP", "nothing saved without a decision");

    app.choose("Convert them all at an exchange rate").await;
    app.fill("1 PHP = how many INR?", "abc").await;
    app.wait_for_text("#error-currency_rate", "The exchange rate must be a number").await;
    app.fill("1 PHP = how many INR?", "1.5").await;
    app.click("Save").await;
    app.wait_for_text("#toasts", "Settings saved.").await;
    let saved = stored_profile(&app).await;
    assert_eq!(saved["summary"]["profile"]["currency"], "INR");
    assert_eq!(saved["summary"]["profile"]["pay"]["base_monthly_minor"], 3_750_000, "the stored ₱25,000 × 1.5");
    app.close().await;
}

#[tokio::test]
async fn leaving_settings_with_unsaved_changes_asks_first() {
    let app = App::launch().await;
    app.past_setup(json!({"name": "Ana"})).await;
    app.click("Settings").await;
    app.fill("Name", "Ana Reyes").await;
    app.click("Help").await;
    app.wait_for_text("dialog[open]", "Leave without saving?").await;
    app.click("Stay and keep editing").await;
    assert_eq!(app.text("h1").await, "Settings");
    assert_eq!(app.script("return document.getElementById('field-name').value").await, "Ana Reyes");
    app.click("Help").await;
    app.click("Discard changes").await;
    app.wait_for_text("h1", "Help").await;
    assert_eq!(stored_profile(&app).await["summary"]["profile"]["name"], "Ana");
    app.close().await;
}

#[tokio::test]
async fn every_main_screen_in_light_and_dark() {
    let folders = Folders::new();
    let mut app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    for dark in [false, true] {
        let suffix = if dark { "-dark" } else { "" };
        if dark {
            app = app.restart_with_dark(true).await;
            app.invoke("delete_all_data", json!({})).await.unwrap();
            app.reload().await;
        }
        app.wait_for_text("h1", "Set up Pathway").await;
        app.screenshot(&format!("screen-setup{suffix}")).await;
        let draft = json!({"name": "Maria Santos", "country": "ph", "role": "agent", "base_pay": "25000",
            "night_differential": "2500", "allowances": "1000", "thirteenth_month": true, "monthly_expenses": "18000",
            "savings": "60000", "hours_per_week": "10", "shift": "night", "free_weekdays": ["sat", "sun"],
            "preferred_study_time": "10:00", "start_date": "2027-01-04", "sponsorship": "unsure"});
        app.save_profile(draft).await;
        app.wait_for_text("#home-greeting", "Maria").await;
        app.screenshot(&format!("screen-home{suffix}")).await;
        app.click("Settings").await;
        app.wait_for_text("h1", "Settings").await;
        app.screenshot(&format!("screen-settings{suffix}")).await;
        app.click("Help").await;
        app.wait_for_text("#data-folder", "pathway-data").await;
        app.screenshot(&format!("screen-help{suffix}")).await;
    }
    app.close().await;
}

#[tokio::test]
async fn the_keyboard_shortcuts_move_between_views() {
    use fantoccini::key::Key;
    let app = App::launch().await;
    app.past_setup(json!({"name": "Ana"})).await;
    app.wait_for_text("#home-greeting", "Hello, Ana").await;
    app.press_chord(&[Key::Control.into(), ',']).await;
    app.wait_for_text("h1", "Settings").await;
    app.press_key(Key::F1).await;
    app.wait_for_text("h1", "Help").await;
    app.press_chord(&[Key::Control.into(), '1']).await;
    app.wait_for_text("h1", "Hello, Ana").await;
    app.close().await;
}
