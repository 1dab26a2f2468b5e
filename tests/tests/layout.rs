//! Every view's layout, in the real window, at 1366×860 and at the minimum
//! 880×600, light and dark: the page never scrolls sideways, and no card's
//! box overlaps another's. A screenshot of each is saved to look at.

use pathway_e2e::{App, Folders, Launch};
use serde_json::json;

/// What is wrong with the layout as drawn now, in words; empty when nothing is.
const PROBLEMS: &str = r#"
const problems = [];
const page = document.scrollingElement;
if (page.scrollWidth > page.clientWidth + 1) problems.push(`the page scrolls sideways: ${page.scrollWidth} px in ${page.clientWidth}`);
const main = document.getElementById('main');
if (main.scrollWidth > main.clientWidth + 1) {
  const edge = main.getBoundingClientRect().right;
  const name = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : ''}`;
  const wide = [...main.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > edge + 1));
  problems.push(`the view is wider than its area: ${main.scrollWidth} px in ${main.clientWidth}; past its edge: ${wide.slice(0, 4).map(name).join(', ')}`);
}
const cards = [...document.querySelectorAll('#main .card')].filter((c) => c.getClientRects().length > 0);
for (let i = 0; i < cards.length; i++) {
  for (let j = i + 1; j < cards.length; j++) {
    const [a, b] = [cards[i], cards[j]];
    if (a.contains(b) || b.contains(a)) continue;
    const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
    const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
    if (w > 1 && h > 1) problems.push(`cards overlap: ${a.id || a.className} and ${b.id || b.className} (${Math.round(w)}×${Math.round(h)} px)`);
  }
}
return problems;
"#;

/// The views, by address, with a text that says each has drawn its data.
const VIEWS: &[(&str, &str, &str)] = &[
    ("home", "#/home", "#this-week"),
    ("fit", "#/assess", "#fit-ranking"),
    ("fit-gap", "#/assess/gap/cloud-support-associate", "#gap-total"),
    ("roadmap", "#/plan", ".timeline"),
    ("money", "#/money", "#plan-certs"),
    ("progress", "#/progress", "#main h1"),
    ("paper", "#/document", "#main h1"),
    ("explore", "#/explore", "#choices-title"),
    ("explore-role", "#/explore/role/cloud-support-associate", "#is-target"),
    ("explore-cert", "#/explore/cert/aws-cloud-practitioner", "#main h2"),
    ("explore-compare", "#/explore/compare/comptia-security-plus,aws-cloud-practitioner", "#compare-certs"),
    ("settings", "#/settings", "#main form"),
    ("help", "#/help", "#sources-count"),
    ("about", "#/about", "#main h1"),
];

async fn every_view(app: &App, theme: &str) {
    for (width, height) in [(1366, 860), (880, 600)] {
        app.resize(width, height).await;
        for (name, hash, ready) in VIEWS {
            app.script(&format!("location.hash = '{hash}'; return null;")).await;
            app.text(ready).await;
            app.poll_value(&format!("{name} to finish loading"), || async {
                (app.script("return document.querySelector('#main')?.textContent.includes('Opening your data') ?? true").await == false)
                    .then_some(())
            })
            .await;
            app.screenshot(&format!("layout-{name}-{width}x{height}-{theme}")).await;
            let problems = app.script(PROBLEMS).await;
            assert_eq!(problems, json!([]), "{name} at {width}×{height}, {theme}");
        }
    }
    app.resize(1366, 860).await;
}

#[tokio::test]
async fn no_view_scrolls_sideways_or_overlaps_its_cards_at_either_size_in_either_theme() {
    let folders = Folders::new();
    let app = App::launch_with(Launch { folders: Some(folders), dark: false }).await;
    app.past_setup(json!({"name": "Ana", "country": "ph", "currency": "PHP", "role": "agent",
        "base_pay": "24000", "night_differential": "2400", "allowances": "1600", "thirteenth_month": true,
        "monthly_expenses": "20000", "savings": "50000", "search_plan": "keeps_job",
        "hours_per_week": "10", "shift": "night", "free_weekdays": ["sat", "sun"], "start_date": "2030-01-07",
        "employment": "employed"}))
        .await;
    let ratings = json!({"communication": 4, "problem_solving": 4, "customer_service": 5, "process_documentation": 3,
        "team_collaboration": 4, "adaptability": 4, "time_management": 3});
    app.invoke("take_assessment", json!({"assessment": {"ratings": ratings, "interests": {"cloud": 5}}})).await.unwrap();
    app.invoke("choose_target_role", json!({"role": "cloud-support-associate"})).await.unwrap();
    for cert in ["comptia-security-plus", "aws-cloud-practitioner"] {
        app.invoke("set_certification_choice", json!({"id": cert, "chosen": true})).await.unwrap();
    }
    app.invoke("create_plan", json!({"name": "Cloud support"})).await.unwrap();
    // Those commands went round the page's bridge, which keeps the catalog and her choices once per start.
    app.reload().await;
    every_view(&app, "light").await;
    let app = app.restart_with_dark(true).await;
    app.wait_for_text("#home-greeting", "Hello, Ana").await;
    every_view(&app, "dark").await;
    app.close().await;
}
