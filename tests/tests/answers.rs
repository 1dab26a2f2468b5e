//! Issue 22, the answers to her own questions, in the real window: the way
//! in (Your fit → a target → the plan) and this week once there is a plan;
//! the short Your fit with the optional, searchable known skills; whether
//! she keeps her job while she searches, one click away, with the emergency
//! fund's gap; and which certification first, in Costs & ROI and in
//! Explore's Compare. Each at 1366×860 and 880×600, light and dark.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

/// Screenshots at both sizes, scrolled to `target`.
async fn shots(app: &App, name: &str, theme: &str, target: &str) {
    app.shots_at_both_sizes(name, theme, target, "start").await;
}

/// The agent of the guide: ₱30,000 a month in all, ten hours a week on weekends.
fn agent(search_plan: Option<&str>) -> serde_json::Value {
    let mut draft = json!({"name": "Ana", "country": "ph", "currency": "PHP", "role": "agent",
        "base_pay": "24000", "night_differential": "2400", "allowances": "1600", "thirteenth_month": true,
        "monthly_expenses": "20000", "savings": "50000", "dependants": "2", "sole_income": "no",
        "hours_per_week": "10", "shift": "night", "free_weekdays": ["sat", "sun"], "start_date": "2030-01-07",
        "employment": "employed"});
    if let Some(plan) = search_plan {
        draft["search_plan"] = json!(plan);
    }
    draft
}

async fn way_in_to_this_week(app: &App, theme: &str, first_time: bool) {
    app.click("Home").await;
    let way = app.wait_for_text("#way-in", "Your way in").await;
    assert!(way.contains("Find the IT path that fits you"), "{way}");
    if first_time {
        assert_eq!(app.text("#way-in .way-step.current").await.trim(), "Find the IT path that fits you", "the first step is next");
    }
    shots(app, "home-way-in", theme, "document.getElementById('way-in')").await;
    if !first_time {
        return;
    }

    // Your fit: the seven strengths and the interests, and nothing else, give the ranking.
    app.click("Your fit").await;
    app.wait_for_text("#assess-form", "Save my assessment").await;
    let skill_rows = app.script("return document.querySelectorAll('#assess-form select[data-skill]').length").await;
    assert_eq!(skill_rows, 0, "the known-skills list is not in the first form");
    let height = app.script("return document.getElementById('assess-form').scrollHeight").await;
    // The form with the 82 known skills opened was 9,900 px tall; without them it is under half of that.
    assert!(height.as_f64().unwrap() < 4_950.0, "the first form is {height} px tall");
    app.script(
        "for (const group of new Set([...document.querySelectorAll('#assess-form input[type=radio]')].map((i) => i.name))) {
           document.querySelector(`#assess-form input[name='${group}'][value='4']`).checked = true;
         }
         document.querySelector(\"#assess-form input[name='interest-cloud'][value='5']\").checked = true;
         return null;",
    )
    .await;
    app.click("Save my assessment").await;
    app.wait_for_text("#fit-ranking", "/ 100").await;

    // The known skills refine it afterwards: optional, searchable, grouped by domain.
    app.fill("Find a skill", "linux").await;
    let found = app.wait_for_text("#known-groups", "Linux").await;
    assert!(!found.contains("Spreadsheet"), "only what she typed: {found}");
    app.script(
        "const s = document.querySelector('#known-groups select'); s.value = '2'; s.dispatchEvent(new Event('change')); return null;",
    )
    .await;
    app.wait_for_text("#known-count", "1 marked as known").await;
    shots(app, "fit-refine", theme, "document.getElementById('refine')").await;
    app.click("Refine my ranking").await;
    app.wait_for_text("#toasts", "counts the skills you know").await;

    // Home now points at the next step; Explore says "Build my plan" once a target is chosen.
    app.click("Home").await;
    let current = app.wait_for_text("#way-in .way-step.current", "Choose a target role").await;
    assert!(current.contains("Choose a target role"));
    app.script("location.hash = '#/explore/role/cloud-support-associate'; return null;").await;
    app.click("Choose as my target").await;
    app.wait_for_text("#is-target", "Build my plan").await;
    shots(app, "explore-build-my-plan", theme, "document.getElementById('is-target')").await;
    app.click_at("#build-my-plan").await;
    app.wait_for_text("#plan-build", "Build my plan").await;
    app.click("Build my plan").await;
    app.wait_for_text("#toasts", "Your plan is ready.").await;

    // Home's first card is this week: the plan's next study blocks on her free days.
    app.click("Home").await;
    let week = app.wait_for_text("#this-week", "This week").await;
    assert!(week.contains("Saturday") && week.contains("Sunday"), "her free days: {week}");
    assert!(week.contains("5 h"), "ten hours a week over two days: {week}");
    // Day one: the charts say what will appear instead of drawing empty axes.
    let empty = app.wait_for_text("#weekly-empty", "once you log a session").await;
    assert!(!empty.is_empty());
    shots(app, "home-this-week", theme, "document.getElementById('this-week')").await;
    shots(app, "home-empty-charts", theme, "document.getElementById('weekly-empty')").await;
}

#[tokio::test]
async fn home_leads_a_new_user_to_a_plan_then_shows_this_week() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    app.past_setup(agent(Some("keeps_job"))).await;
    way_in_to_this_week(&app, "light", true).await;
    // Dark: a fresh data folder shows the way in, the rest as built.
    let app = app.restart_with_dark(true).await;
    app.wait_for_text("#home-greeting", "Hello, Ana").await;
    app.wait_for_text("#this-week", "This week").await;
    shots(&app, "home-this-week", "dark", "document.getElementById('this-week')").await;
    shots(&app, "home-empty-charts", "dark", "document.getElementById('weekly-empty')").await;
    app.click("Your fit").await;
    app.wait_for_text("#refine", "Refine").await;
    app.fill("Find a skill", "linux").await;
    app.wait_for_text("#known-groups", "Linux").await;
    shots(&app, "fit-refine", "dark", "document.getElementById('refine')").await;
    app.script("location.hash = '#/explore/role/cloud-support-associate'; return null;").await;
    app.wait_for_text("#is-target", "Build my plan").await;
    shots(&app, "explore-build-my-plan", "dark", "document.getElementById('is-target')").await;
    app.close().await;

    let app = App::launch_with(Launch { folders: None, dark: true }).await;
    app.past_setup(agent(Some("keeps_job"))).await;
    way_in_to_this_week(&app, "dark", false).await;
    app.close().await;
}

/// Her plan for cloud support, weighing Security+ against AWS Cloud Practitioner.
async fn plan_with_two_candidates(app: &App) {
    app.invoke("choose_target_role", json!({"role": "cloud-support-associate"})).await.unwrap();
    for cert in ["comptia-security-plus", "aws-cloud-practitioner"] {
        app.invoke("set_certification_choice", json!({"id": cert, "chosen": true})).await.unwrap();
    }
    app.invoke("create_plan", json!({"name": "Cloud support"})).await.unwrap();
}

async fn money_answers(app: &App, theme: &str) {
    app.click("Costs & ROI").await;
    let said = app.wait_for_text("#money-summary", "You would spend").await;
    assert!(said.contains("keep your current job until the new one starts"), "the assumption in one sentence: {said}");
    let fund = app.wait_for_text("#fund", "Emergency fund").await;
    assert!(fund.contains("₱100,000.00") && fund.contains("more saved"), "5 months of ₱20,000 against ₱50,000 saved: {fund}");
    shots(app, "money-search-and-fund", theme, "document.getElementById('search-choice')").await;
    // The cumulative chart opens on the first months, where the dip shows; the whole horizon is one click away.
    let zoom = app.wait_for_text("#chart-cumulative .chart-zoom", "First").await;
    assert!(zoom.contains("All 60 months"), "{zoom}");
    shots(app, "money-charts", theme, "document.getElementById('chart-cumulative')").await;
    shots(app, "money-histogram", theme, "document.getElementById('chart-histogram')").await;
    let certs = app.wait_for_text("#plan-certs", "Which certification first").await;
    assert!(certs.contains("Take AWS Certified Cloud Practitioner (CLF-C02) first"), "{certs}");
    assert!(certs.contains("your target") && certs.contains("weeks at 10 hours a week"), "{certs}");
    shots(app, "money-which-first", theme, "document.getElementById('plan-certs')").await;

    // The other answer is one click away, and every figure follows it.
    let before = app.text("#money-summary").await;
    app.click("What if I leave my job to search?").await;
    let after = app
        .poll_value("the story to follow her answer", || async {
            let now = app.text("#money-summary").await;
            now.contains("leave your job when your study ends").then_some(now)
        })
        .await;
    assert_ne!(before, after);
    let fund = app.wait_for_text("#fund-gap", "before you leave your job").await;
    assert!(fund.contains("more saved"), "{fund}");
    assert_eq!(app.script("return document.getElementById('search-plan-leaves_to_search').checked").await, true);
    shots(app, "money-leaves-to-search", theme, "document.getElementById('money-summary')").await;
    app.click("What if I keep my job while I search?").await;
    app.wait_for_text("#money-summary", "keep your current job until the new one starts").await;

    // Explore's Compare answers the same question from the same core value.
    app.script("location.hash = '#/explore/compare/comptia-security-plus,aws-cloud-practitioner'; return null;").await;
    let compared = app.wait_for_text("#compare-certs", "Which certification first").await;
    assert!(compared.contains("Take AWS Certified Cloud Practitioner (CLF-C02) first"), "{compared}");
    shots(app, "compare-which-first", theme, "document.getElementById('compare-certs')").await;
}

#[tokio::test]
async fn costs_and_roi_answer_which_certification_first_and_whether_her_savings_hold() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    // Saved without the question, as a profile from before it was asked.
    app.past_setup(agent(None)).await;
    plan_with_two_candidates(&app).await;
    app.click("Costs & ROI").await;
    let notice = app.wait_for_text("#search-default-notice", "Pathway assumes you keep your job").await;
    assert!(notice.contains("change it below"), "{notice}");
    shots(&app, "money-default-notice", "light", "document.getElementById('search-choice')").await;
    // Said once: the default is now hers, and the notice does not come back.
    app.click("Home").await;
    app.click("Costs & ROI").await;
    app.wait_for_text("#money-summary", "You would spend").await;
    assert_eq!(app.script("return document.getElementById('search-default-notice') === null").await, true, "said once");
    money_answers(&app, "light").await;
    let app = app.restart_with_dark(true).await;
    app.wait_for_text("#home-greeting", "Hello, Ana").await;
    // The same profile saved again without the answer: told once more, in dark.
    app.save_profile(agent(None)).await;
    app.click("Costs & ROI").await;
    app.wait_for_text("#search-default-notice", "Pathway assumes you keep your job").await;
    shots(&app, "money-default-notice", "dark", "document.getElementById('search-choice')").await;
    app.click("Home").await;
    money_answers(&app, "dark").await;
    app.close().await;
}
