//! Explore in the real window: search, filters, compare, the user's own price,
//! and the target role.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

async fn explore(app: &App) {
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP"})).await;
    app.click("Explore").await;
    app.wait_for_text("h1", "Explore IT paths").await;
    app.wait_for_text("#explore-body", "Domains").await;
}

async fn search(app: &App, text: &str) -> Vec<String> {
    app.fill("Search the catalog", text).await;
    // Typed a letter at a time: wait for the results of the whole text, not of its first letters.
    let wanted = json!(text);
    app.poll_value("the results for the whole text", || async {
        (app.script("return document.getElementById('search-results')?.dataset.query ?? null").await == wanted).then_some(())
    })
    .await;
    let ids = app.script("return [...document.querySelectorAll('#search-results [data-hit]')].map((a) => a.dataset.hit)").await;
    serde_json::from_value(ids).unwrap()
}

#[tokio::test]
async fn searching_security_finds_security_plus_and_a_filter_narrows_the_list() {
    let app = App::launch().await;
    explore(&app).await;
    // Names first; for a newcomer the beginner certificates first; the SOC analyst role is found.
    let hits = search(&app, "security").await;
    let at = |id: &str| hits.iter().position(|h| h == id);
    assert!(at("comptia-security-plus").is_some_and(|p| p < 8), "{hits:?}");
    assert!(at("isc2-cc") < at("isaca-cism") && at("soc-analyst").is_some(), "{hits:?}");
    let aws = search(&app, "aws").await;
    assert!(aws.iter().all(|id| !id.contains("kyc")), "not “laws”: {aws:?}");
    app.screenshot("explore-search").await;

    let all = search(&app, "cloud").await;
    app.script("const s = document.getElementById('filter-vendor'); s.value = 'AWS'; s.dispatchEvent(new Event('change', {bubbles: true})); return null;").await;
    let narrowed = app
        .poll_value("the vendor filter to narrow the results", || async {
            let ids: Vec<String> = serde_json::from_value(
                app.script("return [...document.querySelectorAll('#search-results [data-hit]')].map((a) => a.dataset.hit)").await,
            )
            .unwrap();
            (ids.len() < all.len() && ids.iter().all(|id| id.starts_with("aws-"))).then_some(ids)
        })
        .await;
    assert!(!narrowed.is_empty());

    // Keyboard: arrow down from the box to the first result, Enter opens it.
    app.press_key(fantoccini::key::Key::Down).await;
    let focused = app.script("return document.activeElement.dataset.hit").await;
    assert_eq!(focused, json!(narrowed[0]));
    app.press_key(fantoccini::key::Key::Enter).await;
    app.wait_for_text("#explore-body h2", "AWS").await;
    app.close().await;
}

#[tokio::test]
async fn a_number_filter_that_is_not_a_number_is_named_not_ignored() {
    let app = App::launch().await;
    explore(&app).await;
    search(&app, "cloud").await;
    app.fill("Most PHP for the exams", "abc").await;
    let status = app.wait_for_text("#search-status", "Most PHP for the exams").await;
    assert!(status.contains("amount such as 1,500"), "{status}");
    assert_eq!(app.script("return document.getElementById('filter-max-price').getAttribute('aria-invalid')").await, json!("true"));
    app.screenshot("explore-filter-refused").await;
    app.fill("Most PHP for the exams", "1,000").await;
    app.wait_for_text("#search-status", "results").await;
    app.close().await;
}

#[tokio::test]
async fn my_exam_price_survives_a_restart_and_shows_in_compare_with_three_columns() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    explore(&app).await;
    app.script("location.hash = '#/explore/cert/comptia-security-plus'; return null;").await;
    app.wait_for_text("#explore-body h2", "CompTIA Security+").await;
    let page = app.text("#explore-body").await;
    assert!(!page.contains("null") && !page.contains("[object"), "nothing prints as code: {page}");
    let provenance = app.text(".cert-facts").await;
    assert!(
        provenance.contains("Sourced") && provenance.contains("PlayPrep HQ, June 2026"),
        "a badge with its publisher and date: {provenance}"
    );
    assert!(provenance.contains("hours of review and practice exams"), "what a plan step counts, beside the preparation: {provenance}");
    app.screenshot("explore-cert").await;
    app.script("document.querySelector('.cert-facts details.correction').open = true; return null;").await;
    app.fill("Fee per exam, in US$", "350").await;
    app.click("Use my figure").await;
    app.wait_for_text("#toasts", "Your figure is saved").await;
    app.wait_for_text(".cert-facts", "Your own figure, entered").await;

    let app = app.restart().await;
    app.click("Explore").await;
    app.script("location.hash = '#/explore/cert/comptia-security-plus'; return null;").await;
    let facts = app.wait_for_text(".cert-facts", "Your own figure, entered").await;
    assert!(facts.contains("$350.00 per exam"), "{facts}");
    assert!(facts.contains("The catalog's figure: $439.00"), "the catalog's figure stays beside the user's: {facts}");
    app.click("Add to compare").await;
    for id in ["comptia-a-plus", "comptia-network-plus"] {
        app.script(&format!("location.hash = '#/explore/cert/{id}'; return null;")).await;
        app.wait_for_text("#explore-body h2", "CompTIA").await;
        app.click("Add to compare").await;
    }
    app.wait_for_text("#compare-table", "First attempt").await;
    let columns = app.script("return document.querySelectorAll('#compare-table thead th[scope=col]').length").await;
    assert_eq!(columns, json!(3));
    let table = app.text("#compare-table").await;
    assert!(table.contains("Your own figure"), "the user's price shows in Compare: {table}");
    assert!(table.contains("₱"), "money in the user's currency: {table}");
    app.screenshot("explore-compare").await;
    app.close().await;
}

#[tokio::test]
async fn choosing_a_target_role_is_remembered() {
    let app = App::launch().await;
    explore(&app).await;
    app.click("IT support and systems administration").await;
    app.wait_for_text(".ladder", "Entry level").await;
    app.screenshot("explore-domain").await;
    app.click("Help desk technician").await;
    app.click("Choose as my target").await;
    app.wait_for_text("#is-target", "This is your target role.").await;
    app.screenshot("explore-role").await;
    let app = app.restart().await;
    app.click("Explore").await;
    app.wait_for_text("#target-role", "Help desk technician").await;
    app.close().await;
}

#[tokio::test]
async fn explore_in_dark_mode() {
    let app = App::launch_with(Launch { dark: true, ..Launch::default() }).await;
    explore(&app).await;
    app.screenshot("explore-dark").await;
    app.script("location.hash = '#/explore/cert/comptia-security-plus'; return null;").await;
    app.wait_for_text("#explore-body h2", "CompTIA Security+").await;
    app.screenshot("explore-cert-dark").await;
    app.close().await;
}

#[tokio::test]
async fn the_search_shortcut_opens_explore_with_the_cursor_in_the_box() {
    let app = App::launch().await;
    app.past_setup(json!({"name": "Ana"})).await;
    app.wait_for_text("#home-greeting", "Hello, Ana").await;
    app.press_key(fantoccini::key::Key::Home).await; // focus nothing in particular
    app.press_chord(&['/']).await;
    app.wait_for_text("h1", "Explore IT paths").await;
    let focused = app
        .poll_value("the search box to take focus", || async {
            (app.script("return document.activeElement && document.activeElement.id").await == json!("explore-search")).then_some(())
        })
        .await;
    assert_eq!(focused, ());
    app.close().await;
}

/// The pages this work changed, at a laptop's size and the app's smallest,
/// light and dark: a refused number filter, a role whose pay is a range and
/// one whose pay is one average, and a certification's required and
/// recommended first steps.
#[tokio::test]
async fn the_changed_pages_at_both_sizes_light_and_dark() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    explore(&app).await;
    let app = shoot_changed_pages(app, "light").await;
    let app = app.restart_with_dark(true).await;
    app.click("Explore").await;
    app.wait_for_text("#explore-body", "Domains").await;
    let app = shoot_changed_pages(app, "dark").await;
    app.close().await;
}

async fn shoot_changed_pages(app: App, theme: &str) -> App {
    // `target` finds the changed part, which each shot scrolls to the middle.
    let shots = |name: &'static str, target: &'static str| {
        let app = &app;
        let theme = theme.to_string();
        async move {
            for (width, height) in [(1366, 860), (880, 600)] {
                app.resize(width, height).await;
                app.script(&format!("{target}.scrollIntoView({{block: 'center'}}); return null;")).await;
                app.screenshot(&format!("explore-{name}-{width}x{height}-{theme}")).await;
            }
            app.resize(1366, 860).await;
        }
    };
    // A range with no middle is said as a range, her country's first, with what its source counts.
    app.script("location.hash = '#/explore/role/help-desk-technician'; return null;").await;
    let range = app.wait_for_text("#explore-body", "Pathway uses the middle").await;
    assert!(range.contains("₱18,000.00 to ₱23,000.00 a month (Pathway uses the middle, ₱20,500.00)"), "{range}");
    assert!(range.contains("The source does not say what it counts."), "{range}");
    let first_country = app.text("#explore-body tbody tr th").await;
    assert_eq!(first_country, "Philippines", "her country's pay comes first");
    shots("role-range", "[...document.querySelectorAll('#explore-body td')].find((d) => d.textContent.includes('uses the middle'))").await;
    // One average is one figure; a Philippine wage without the 13th month gains it, and says so.
    app.script("location.hash = '#/explore/role/service-desk-analyst'; return null;").await;
    let single = app.wait_for_text("#explore-body", "one average").await;
    assert!(single.contains("₱32,283.33 a month (one average; the source gives no range)"), "29,800 × 13 ÷ 12: {single}");
    assert!(single.contains("Pathway adds one twelfth for the 13th-month pay"), "{single}");
    shots("role-one-average", "[...document.querySelectorAll('#explore-body td')].find((d) => d.textContent.includes('one average'))")
        .await;
    app.script("location.hash = '#/explore/cert/comptia-security-plus'; return null;").await;
    let facts = app.wait_for_text("#explore-body", "Recommended first").await;
    assert!(facts.contains("CompTIA Network+"), "{facts}");
    shots("cert-recommended", "[...document.querySelectorAll('dt')].find((d) => d.textContent === 'Recommended first')").await;
    search(&app, "cloud").await;
    app.fill("Most PHP for the exams", "abc").await;
    app.wait_for_text("#search-status", "Most PHP for the exams").await;
    shots("filter-refused", "document.getElementById('search-status')").await;
    app
}
