//! One answer on the screens: with two scenarios (one skipping Security+),
//! a pass, her own exam price and logged hours, Home, Costs & ROI, Roadmap's
//! comparison and Plan on paper show the same cost, payback and hours.
//! Screenshots of each at 1366×860 and 880×600, light and dark.

use pathway_e2e::{App, Folders, Launch};
use serde_json::{json, Value};

async fn her_plans(app: &App) -> (String, String) {
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP", "base_pay": "26000", "night_differential": "2600",
        "allowances": "1400", "thirteenth_month": true, "monthly_expenses": "18000", "savings": "60000", "hours_per_week": "10",
        "shift": "night", "free_weekdays": ["sat", "sun"], "start_date": "2026-11-02"}))
        .await;
    app.invoke("choose_target_role", json!({"role": "soc-analyst"})).await.unwrap();
    for id in ["isc2-cc", "comptia-security-plus"] {
        app.invoke("set_certification_choice", json!({"id": id, "chosen": true})).await.unwrap();
    }
    app.invoke("set_user_figure", json!({"id": "exam_fee:comptia-security-plus", "value": "380"})).await.unwrap();
    let a = app.invoke("create_plan", json!({"name": "With Security+"})).await.unwrap();
    let b = app.invoke("duplicate_plan", json!({"planId": a["id"], "name": "Without Security+"})).await.unwrap();
    let exam =
        b["milestones"].as_array().unwrap().iter().find(|m| m["exam"] == "comptia-security-plus").expect("a Security+ exam step").clone();
    let hours = format!("{}", exam["hours_hundredths"].as_i64().unwrap() as f64 / 100.0);
    let edit = json!({"title": exam["title"], "hours": hours, "status": "skipped", "notes": "", "links": ""});
    app.invoke("edit_milestone", json!({"planId": b["id"], "milestoneId": exam["id"], "edit": edit})).await.unwrap();
    app.invoke("activate_plan", json!({"planId": a["id"]})).await.unwrap();
    let pass = json!({"kind": "attempt", "record": {"id": "", "certification": "isc2-cc", "date": "2026-11-20", "result": "pass", "score": 780, "cost_minor": null}});
    app.invoke("save_progress_record", json!({"record": pass})).await.unwrap();
    let plan_id = a["id"].as_str().unwrap().to_string();
    let session = json!({"kind": "session", "record": {"id": "", "date": "2026-11-28", "minutes": 151, "plan_id": plan_id, "milestone_id": null, "skill": null, "note": ""}});
    app.invoke("save_progress_record", json!({"record": session})).await.unwrap();
    (plan_id, b["id"].as_str().unwrap().to_string())
}

/// What the core says of plan `id`'s money, as the comparison receives it.
async fn money_of(app: &App, id: &str) -> Value {
    let words = json!({"months": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        "today": "Today", "exam": "Exam", "title": "Roadmap"});
    let state = app.invoke("plan_state", json!({"zoom": "months", "words": words})).await.unwrap();
    state["plans"].as_array().unwrap().iter().find(|p| p["id"] == id).expect("the scenario")["money"].clone()
}

async fn php(app: &App, minor: i64) -> String {
    let script = format!("return new Intl.NumberFormat('en-PH', {{style: 'currency', currency: 'PHP'}}).format({minor} / 100)");
    app.script(&script).await.as_str().unwrap().to_string()
}

async fn shots(app: &App, name: &str, dark: bool) {
    let theme = if dark { "dark" } else { "light" };
    for (width, height) in [(1366, 860), (880, 600)] {
        app.resize(width, height).await;
        app.screenshot(&format!("one-answer-{name}-{width}x{height}-{theme}")).await;
    }
    app.resize(1366, 860).await;
}

async fn every_screen(app: &App, a: &str, b: &str, dark: bool) {
    let money = money_of(app, a).await;
    let to_job = php(app, money["spending"]["to_job_minor"].as_i64().unwrap()).await;
    let half = money["payback_month"]["half_the_cases_by"].as_u64().expect("half the cases pay back");

    app.click("Home").await;
    let spending = app.wait_for_text("#spending", "expected to cost").await;
    assert!(spending.contains(&to_job), "Home's budget is {to_job}: {spending}");
    let progress = app.text("#dashboard").await;
    assert!(progress.contains("2.52"), "151 minutes are 2.52 hours on Home: {progress}");
    shots(app, "home", dark).await;

    app.click("Costs & ROI").await;
    let summary = app.wait_for_text("#money-summary", "You would spend").await;
    assert!(summary.contains(&to_job), "Costs & ROI says {to_job}: {summary}");
    assert!(summary.contains(&format!("by month {half}")), "half the cases by month {half}: {summary}");
    assert!(!summary.to_lowercase().contains("most likely"), "one name per payback: {summary}");
    shots(app, "money", dark).await;

    app.script(&format!("location.hash = '#/plan/compare/{a},{b}'; return null;")).await;
    let table = app.wait_for_text("#plan-compare", "up to the new job").await;
    assert!(table.contains(&to_job), "the comparison says {to_job}: {table}");
    assert!(table.contains(&format!("month {half}")), "{table}");
    let without = money_of(app, b).await;
    assert!(without["spending"]["to_job_minor"].as_i64() < money["spending"]["to_job_minor"].as_i64(), "skipping Security+ costs less");
    shots(app, "compare", dark).await;

    app.script("location.hash = '#/document'; return null;").await;
    let paper = app.wait_for_text("#plan-document", "up to the new job").await;
    assert!(paper.contains(&to_job), "the paper says {to_job}");
    assert!(paper.contains(&format!("Month {half}")) || paper.contains(&format!("month {half}")), "{paper}");
    assert!(paper.contains("2.52"), "the paper says 2.52 hours");
    shots(app, "document", dark).await;
}

#[tokio::test]
async fn home_costs_the_comparison_and_the_paper_give_the_same_figures() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    let (a, b) = her_plans(&app).await;
    every_screen(&app, &a, &b, false).await;
    let app = app.restart_with_dark(true).await;
    every_screen(&app, &a, &b, true).await;
    app.close().await;
}
