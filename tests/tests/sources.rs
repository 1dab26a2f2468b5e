//! Where figures come from, in the real window: a figure's source badge,
//! closed and open; Help › Sources, every outside figure by publisher; and
//! the public training routes in Costs & ROI, the cheapest she can take, and
//! a route whose fee is not published. Each at 1366×860 and 880×600, light
//! and dark.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

/// A night-shift agent in Cebu with a plan for help desk, who answered what public routes ask.
async fn agent_with_a_plan(app: &App) {
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP", "base_pay": "15000", "night_differential": "1500",
        "monthly_expenses": "12000", "savings": "40000", "hours_per_week": "10", "free_weekdays": ["sat", "sun"],
        "start_date": "2030-01-07", "birth_year": "1996", "employment": "employed", "employer_trained": "no", "citizen": "yes"}))
        .await;
    app.invoke("choose_target_role", json!({"role": "help-desk-technician"})).await.unwrap();
    app.invoke("set_certification_choice", json!({"id": "comptia-a-plus", "chosen": true})).await.unwrap();
    app.invoke("create_plan", json!({"name": "Help desk"})).await.unwrap();
}

/// Screenshots at both sizes, scrolled to `target`.
async fn shots(app: &App, name: &str, theme: &str, target: &str) {
    app.shots_at_both_sizes(name, theme, target, "center").await;
}

async fn badges_and_sources(app: &App, theme: &str) {
    // A figure shows a short badge; its details open on demand, once per figure.
    app.script("location.hash = '#/explore/role/help-desk-technician'; return null;").await;
    let badge = app.wait_for_text("#explore-body td .source summary", "Sourced").await;
    assert!(badge.contains("years old"), "a 2011 figure says its age: {badge}");
    let first = "document.querySelector('#explore-body td .source')";
    shots(app, "source-badge-closed", theme, first).await;
    app.click_at("#explore-body td .source summary").await;
    let details = app.wait_for_text("#explore-body td .source .source-details", "DOLE").await;
    assert!(details.contains("Kind of source: a secondary page"), "{details}");
    assert!(details.contains("ble.dole.gov.ph"), "the address is one click away: {details}");
    shots(app, "source-badge-open", theme, first).await;

    // Help › Sources lists every outside figure, grouped by publisher, with its date.
    app.click("Help").await;
    let count = app.wait_for_text("#sources-count", "publishers").await;
    assert!(count.contains("sourced figures from"), "{count}");
    app.script("const g = [...document.querySelectorAll('#sources-list details')].find((d) => d.textContent.includes('BLS Occupational')); g.open = true; return null;").await;
    let group = app.wait_for_text("#sources-list details[open]", "May 2025").await;
    assert!(group.contains("pay in United States") && group.contains("official statistics"), "{group}");
    shots(app, "help-sources", theme, "document.querySelector('#sources-list details[open]')").await;
}

#[tokio::test]
async fn a_source_badge_opens_on_demand_and_help_lists_every_source_by_publisher() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    agent_with_a_plan(&app).await;
    badges_and_sources(&app, "light").await;
    let app = app.restart_with_dark(true).await;
    app.wait_for_text("#home-greeting", "Hello, Ana").await;
    badges_and_sources(&app, "dark").await;
    app.close().await;
}

async fn routes(app: &App, theme: &str) {
    app.click("Costs & ROI").await;
    app.wait_for_text("#money-summary", "You would spend").await;
    let card = app.wait_for_text("#routes", "Free and low-cost training routes").await;
    assert!(card.contains("Tulong-Trabaho") && card.contains("TESDA"), "{card}");
    assert!(!card.contains("NPTEL"), "only her country's routes: {card}");
    shots(app, "routes", theme, "document.getElementById('routes')").await;
}

#[tokio::test]
async fn she_takes_the_cheapest_route_she_can_and_an_unpublished_fee_is_hers_to_enter() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    agent_with_a_plan(&app).await;
    routes(&app, "light").await;

    // The cheapest route she can take, in one click; a free one adds no cost.
    let offer = app.text("#routes-cheapest").await;
    assert!(offer.starts_with("Use the cheapest route you can take") && offer.contains("Free"), "{offer}");
    app.click_at("#routes-cheapest").await;
    app.wait_for_text("#routes .route-chosen", "Your route").await;
    app.wait_for_text("#money-summary", "You would spend").await;

    // A route whose assessment fee is not published: no figure yet, named in the story, then her own.
    app.click_at("[data-route='tesda-css-nc2'] .button-row button").await;
    let missing = app.wait_for_text("#money-missing", "publishes no fee").await;
    assert!(missing.contains("enter the fee you were quoted"), "{missing}");
    let before = app.text("#chart-breakdown figcaption").await;
    app.click_at("[data-route='tesda-css-nc2'] details.correction summary").await;
    app.fill("Fee, in the programme's currency", "abc").await;
    app.click_at("[data-route='tesda-css-nc2'] .correction button").await;
    app.wait_for_text("[data-route='tesda-css-nc2'] .field-error", "Enter the fee as an amount").await;
    app.fill("Fee, in the programme's currency", "1,200").await;
    app.click_at("[data-route='tesda-css-nc2'] .correction button").await;
    let after = app
        .poll_value("the costs to count her fee", || async {
            let now = app.text("#chart-breakdown figcaption").await;
            (now != before && now.contains("₱1,200.00")).then_some(now)
        })
        .await;
    assert!(after.contains("One-off costs"), "{after}");
    let chosen = app.text("[data-route='tesda-css-nc2']").await;
    assert!(chosen.contains("₱1,200.00") && chosen.contains("Yours"), "her figure, marked as hers: {chosen}");

    let app = app.restart_with_dark(true).await;
    app.wait_for_text("#home-greeting", "Hello, Ana").await;
    routes(&app, "dark").await;
    app.close().await;
}
