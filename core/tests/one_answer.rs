//! One answer: a store like a real user's (a night-shift agent in Cebu with
//! two scenarios, one skipping Security+; a pass; her own exam price; logged
//! hours), and every place that shows a figure gives the same one: Home's
//! dashboard, Costs & ROI, Roadmap's scenario comparison, the plan document
//! and the PDF's text (read back with poppler's `pdftotext`).

use chrono::{TimeZone, Utc};
use pathway_core::app;
use pathway_core::catalog::Catalog;
use pathway_core::costs::story::Story;
use pathway_core::money::{format_money, Currency};
use pathway_core::plan::{Status, TimelineWords, Zoom};
use pathway_core::profile::ProfileDraft;
use pathway_core::progress::{Attempt, AttemptResult, Session};
use pathway_core::report::{self, Messages, Paper};
use pathway_core::store::Store;

const SECURITY_PLUS: &str = "comptia-security-plus";
const ISC2_CC: &str = "isc2-cc";

fn today() -> chrono::NaiveDate {
    "2027-03-01".parse().unwrap()
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
}

fn catalog() -> &'static Catalog {
    Catalog::embedded()
}

/// Her profile, her choices, plan A (both certifications, active) and plan B
/// (Security+ skipped), a pass, her own Security+ price and 151 minutes logged.
fn her_store(dir: &std::path::Path) -> (Store, String, String) {
    let mut store = Store::open(&dir.join("pathway.sqlite3")).unwrap();
    let draft = ProfileDraft {
        name: "Ana".into(),
        country: "ph".into(),
        currency: "PHP".into(),
        base_pay: "26000".into(),
        night_differential: "2600".into(),
        allowances: "1400".into(),
        thirteenth_month: true,
        monthly_expenses: "18000".into(),
        savings: "60000".into(),
        hours_per_week: "10".into(),
        shift: "night".into(),
        free_weekdays: vec!["sat".into(), "sun".into()],
        start_date: "2027-01-04".into(),
        ..ProfileDraft::default()
    };
    app::profile::save(&mut store, &draft, None, today()).unwrap();
    app::choices::choose_target_role(&mut store, catalog(), "soc-analyst").unwrap();
    for id in [ISC2_CC, SECURITY_PLUS] {
        app::choices::set_certification_choice(&mut store, catalog(), id, true).unwrap();
    }
    app::catalog::set_user_figure(&mut store, &format!("exam_fee:{SECURITY_PLUS}"), "380", now()).unwrap();
    let plan_a = app::plan::create(&mut store, catalog(), "With Security+", now()).unwrap();
    let plan_b = app::plan::duplicate(&mut store, &plan_a.id, "Without Security+", now()).unwrap();
    let exam = plan_b.milestones.iter().find(|m| m.exam.as_deref() == Some(SECURITY_PLUS)).expect("a Security+ exam step");
    let skip = app::plan::MilestoneEdit {
        title: exam.title.clone(),
        hours: format!("{}", exam.hours_hundredths as f64 / 100.0),
        status: Status::Skipped,
        notes: String::new(),
        links: String::new(),
    };
    app::plan::edit_milestone(&mut store, catalog(), &plan_b.id, &exam.id, skip, now(), today()).unwrap();
    app::plan::activate(&mut store, &plan_a.id).unwrap();
    let pass = Attempt {
        id: "a-cc".into(),
        certification: ISC2_CC.into(),
        date: "2027-02-20".parse().unwrap(),
        result: AttemptResult::Pass,
        score: Some(780),
        cost_minor: Some(0),
    };
    store.save_record(&pass).unwrap();
    let session = Session {
        id: "s-1".into(),
        date: "2027-02-27".parse().unwrap(),
        minutes: 151,
        plan_id: Some(plan_a.id.clone()),
        milestone_id: None,
        skill: None,
        note: String::new(),
    };
    store.save_session(&session).unwrap();
    (store, plan_a.id, plan_b.id)
}

/// Costs & ROI: the prefilled input run as the screen runs it.
fn costs_and_roi(store: &Store) -> Story {
    let prefill = app::money::prefill(store, catalog(), today()).unwrap();
    app::money::story(store, catalog(), &prefill.input, &pathway_core::costs::charts::ChartWords::english()).unwrap()
}

fn comparison(store: &Store, plan_id: &str) -> pathway_core::costs::story::MoneyFigures {
    let roadmap = app::plan::state(store, catalog(), today(), Zoom::Months, &TimelineWords::english()).unwrap();
    roadmap.plans.into_iter().find(|p| p.id == plan_id).and_then(|p| p.money).expect("the scenario's money")
}

fn pdf_text(document: &report::PlanDocument, dir: &std::path::Path) -> String {
    let path = dir.join("plan.pdf");
    std::fs::write(&path, report::render(document, Paper::A4, now()).unwrap()).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed to read the PDF: {e}"));
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_screen_the_paper_and_the_pdf_give_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    let (store, plan_a, plan_b) = her_store(dir.path());
    let home = app::progress::dashboard(&store, catalog(), today(), None).unwrap();
    let story = costs_and_roi(&store);
    let compared = comparison(&store, &plan_a);
    let document = app::document::plan_document(&store, catalog(), today()).unwrap();
    let php = |minor: i64| format_money(minor, Currency::Php);

    // The cost up to the new job: Home's budget, Costs & ROI's first sentence, the comparison, the paper.
    let to_job = story.numbers.spending.to_job_minor;
    assert_eq!(home.spending.as_ref().and_then(|s| s.budget_minor), Some(to_job), "Home's budget");
    assert_eq!(compared.spending, story.numbers.spending, "the comparison");
    assert!(document.summary.iter().any(|line| line.contains(&php(to_job))), "the paper says {}: {:?}", php(to_job), document.summary);

    // Her own Security+ price is what is costed; the passed ISC2 CC is costed as paid, without retakes.
    let cost = story.numbers.cost.as_ref().expect("certification costs");
    let security_plus = cost.certifications.iter().find(|c| c.id == SECURITY_PLUS).expect("Security+ costed in plan A");
    assert_eq!(security_plus.usd.first_attempt, rust_decimal::Decimal::from(380));
    let cc = cost.certifications.iter().find(|c| c.id == ISC2_CC).expect("the pass is costed as paid");
    assert!(cc.usd.retakes_expected.is_zero(), "passed: no retakes");

    // Payback: as planned (the exact model) and half the cases by (the simulation), one of each.
    let as_planned = story.numbers.roi.payback_month.expect("plan A pays back within the horizon");
    let half_by = story.numbers.simulation.payback_month.p50.expect("half the cases pay back");
    assert_eq!(compared.payback_month.p50, Some(half_by), "the comparison's payback is the simulation's median");
    let key = |label_key: &str| {
        let label = Messages::english().t(label_key, &[]);
        document.key_figures.iter().find(|k| k.label == label).map(|k| k.value.clone()).unwrap_or_else(|| panic!("no key figure {label}"))
    };
    let month = |m: u32| Messages::english().t("report.month", &[("month", &m.to_string())]);
    assert_eq!(key("report.figure.payback_as_planned"), month(as_planned));
    assert_eq!(key("report.figure.payback"), month(half_by));
    // The NPV is rounded once, in the core, for the comparison and the paper alike.
    assert_eq!(compared.npv_minor, pathway_core::money::roi::npv_minor(story.numbers.roi.npv));
    assert_eq!(key("report.figure.npv"), php(compared.npv_minor));

    // Hours studied: rounded once, shown alike.
    let hundredths = pathway_core::progress::hours_hundredths(151);
    assert_eq!(hundredths, 252, "151 minutes are 2.52 hours");
    assert_eq!(home.hours_logged, 2.52);
    assert!(document.progress.iter().any(|k| k.value == report::hours_text(hundredths)), "{:?}", document.progress);

    // The PDF says what the document says.
    let text = pdf_text(&document, dir.path());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [php(to_job), month(as_planned), month(half_by), "2.52".to_string()] {
        assert!(flat.contains(&expected), "the PDF lacks {expected:?}");
    }

    // Plan B skips Security+: it is costed nowhere, and its spending is lower by at least her price.
    let without = comparison(&store, &plan_b);
    assert!(without.spending.to_job_minor < to_job, "{} < {to_job}", without.spending.to_job_minor);
    let mut store = store;
    app::plan::activate(&mut store, &plan_b).unwrap();
    let story_b = costs_and_roi(&store);
    assert!(
        story_b.numbers.cost.as_ref().is_none_or(|c| c.certifications.iter().all(|c| c.id != SECURITY_PLUS)),
        "a skipped exam is not listed"
    );
    assert_eq!(story_b.numbers.spending, without.spending, "Costs & ROI for B says what the comparison says");
    let home_b = app::progress::dashboard(&store, catalog(), today(), None).unwrap();
    assert_eq!(home_b.spending.and_then(|s| s.budget_minor), Some(without.spending.to_job_minor));
    // And taking Security+ out never delays the payback as planned.
    let b_as_planned = story_b.numbers.roi.payback_month.expect("plan B pays back");
    assert!(b_as_planned <= as_planned, "without Security+ it pays back in month {b_as_planned}, with it in {as_planned}");
}
