//! Costs & ROI in the real window: open it with a plan, change the target
//! salary and see the summary and the charts follow; a sponsored plan with a
//! bond shows the repayment.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

async fn with_a_plan(app: &App, sponsorship: &str) {
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP", "base_pay": "25000", "night_differential": "2500",
        "monthly_expenses": "18000", "savings": "60000", "hours_per_week": "10", "free_weekdays": ["sat", "sun"],
        "start_date": "2030-01-07", "sponsorship": sponsorship}))
        .await;
    app.invoke("choose_target_role", json!({"role": "help-desk-technician"})).await.unwrap();
    app.invoke("set_certification_choice", json!({"id": "comptia-a-plus", "chosen": true})).await.unwrap();
    app.invoke("create_plan", json!({"name": "Help desk"})).await.unwrap();
}

#[tokio::test]
async fn the_story_follows_the_target_salary_and_a_bond_is_repaid() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    with_a_plan(&app, "yes").await;
    app.click("Costs & ROI").await;
    app.wait_for_text("h1", "Costs & ROI").await;
    let first = app.wait_for_text("#money-summary", "You would spend").await;
    assert!(first.contains("In half the cases the move pays back by month") || first.contains("does not pay back"), "{first}");
    assert!(first.contains("₱"), "{first}");
    let fee = app.text("#money-form").await;
    assert!(fee.contains("Fee:") && fee.contains("From your plan."), "every prefilled figure says where it comes from: {fee}");
    app.text("#chart-cumulative svg .ch-switch").await;
    app.text("#chart-histogram svg .marker-p50").await;
    app.screenshot("money").await;

    // A much higher target pays back sooner: the summary and the charts follow as the user types.
    let before_chart = app.script("return document.querySelector('#chart-cumulative svg').outerHTML").await;
    app.fill("Target pay, highest", "90000").await;
    app.fill("Target pay, most likely", "80000").await;
    let after = app
        .poll_value("the summary to follow the new target", || async {
            let now = app.text("#money-summary").await;
            (now != first).then_some(now)
        })
        .await;
    assert!(after.contains("In half the cases the move pays back by month"), "{after}");
    // The highest pay alone moves only the simulation's lines: the chart follows the most likely pay's story.
    app.poll_value("the chart drawn again for the new most likely pay", || async {
        let now = app.script("return document.querySelector('#chart-cumulative svg').outerHTML").await;
        (now != before_chart).then_some(())
    })
    .await;

    // A catalog training option adds its price to the costs.
    let costs = app.text("#chart-breakdown figcaption").await;
    app.script("const s = document.getElementById('money-training-0'); s.value = 'cbt-nuggets-monthly'; s.dispatchEvent(new Event('change', {bubbles: true})); return null;").await;
    app.wait_for_text("#money-training-0-source", "Source").await;
    app.text("#chart-breakdown svg .category-labs").await;
    assert!(!costs.is_empty());

    // A bad figure is named at its field, and nothing else changes.
    app.fill("Months of study", "-3").await;
    app.wait_for_text("#money-roi-study_months-error", "whole number").await;
    app.fill("Months of study", "8").await;

    // Sponsored with a bond: leaving means repaying it.
    app.fill("Bond: months you must stay after sponsorship", "24").await;
    let bond = app.wait_for_text("#money-summary", "repaying").await;
    assert!(bond.contains("bond"), "{bond}");
    app.text("#chart-breakdown svg .category-bond").await;
    app.screenshot("money-bond").await;

    let app = app.restart_with_dark(true).await;
    app.click("Costs & ROI").await;
    app.wait_for_text("#money-summary", "You would spend").await;
    app.text("#chart-cumulative svg .ch-switch").await;
    app.screenshot("money-dark").await;
    app.close().await;
}
