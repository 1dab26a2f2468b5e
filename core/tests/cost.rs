//! The certification cost contract on examples worked by hand.

use pathway_core::catalog::Catalog;
use pathway_core::costs::cost::{self, CostResult, EventKind};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn run(input: Value) -> CostResult {
    cost::compute(&cost::parse(&input.to_string(), Catalog::embedded()).unwrap_or_else(|e| panic!("{e}")))
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).unwrap()
}

#[test]
fn comptia_a_plus_from_the_catalog() {
    // 2 exams × $265 = $530 first attempt. p = 0.7, 3 attempts: q = 0.3.
    // Retakes expected: 2 × 265 × (0.3 + 0.09) = $206.70. Attempts per exam: 1 + 0.3 + 0.09 = 1.39.
    // Certified: (1 − 0.3³)² = 0.973² = 0.946729. At ₱59.44: 736.70 × 59.44 = 43,789.448 → ₱43,789.45.
    let r = run(json!({"currency": "PHP", "usd_to_currency": 59.44, "certifications": [{"id": "comptia-a-plus", "exam_month": 6}]}));
    let a = &r.certifications[0];
    assert_eq!(a.usd.first_attempt, dec("530"));
    assert_eq!(a.usd.retakes_expected, dec("206.70"));
    assert!((a.expected_attempts - 1.39).abs() < 1e-12);
    assert!((a.certify_probability - 0.946729).abs() < 1e-12);
    // Its renewal, $75 per three-year cycle, falls in month 42 (6 + 36): $75 × 59.44 = ₱4,458.00.
    assert_eq!(a.events.len(), 2, "{:?}", a.events);
    assert_eq!((a.events[0].month, a.events[0].kind), (6, EventKind::Exam));
    assert_eq!(a.events[0].amount, dec("43789.45"));
    assert_eq!((a.events[1].month, a.events[1].kind, a.events[1].amount), (42, EventKind::Renewal, dec("4458.00")));
    assert_eq!(a.local.first_attempt, dec("31503.20"));
    assert_eq!(a.local.net, dec("48247.45"), "local figures are sums of rounded events");
    assert!(a.prep_hours.is_some());
}

#[test]
fn security_plus_renews_every_three_years_inside_the_horizon() {
    // Earned in month 6; $150 every 3 years: month 42 (6 + 36); month 78 is beyond 60.
    let r = run(json!({"currency": "USD", "usd_to_currency": 1, "certifications": [{"id": "comptia-security-plus", "exam_month": 6}]}));
    let renewals: Vec<_> = r.certifications[0].events.iter().filter(|e| e.kind == EventKind::Renewal).collect();
    assert_eq!(renewals.len(), 1);
    assert_eq!((renewals[0].month, renewals[0].amount), (42, dec("150")));
    assert_eq!(r.certifications[0].usd.renewals, dec("150"));
}

#[test]
fn labs_before_month_one_are_sunk() {
    // $20 a month for 4 months ending in month 3: months 1–3 only, $60.
    let r = run(json!({"currency": "USD", "usd_to_currency": 1, "certifications": [
        {"id": "own-cert", "exam_fee_usd": 100, "exams": 1, "renewal": {"kind": "none"}, "exam_month": 3,
         "lab_monthly_usd": 20, "lab_months": 4, "pass_probability": 1}]}));
    let c = &r.certifications[0];
    assert_eq!(c.usd.labs, dec("60"));
    assert_eq!(c.events.iter().filter(|e| e.kind == EventKind::Lab).map(|e| e.month).collect::<Vec<_>>(), vec![1, 2, 3]);
    assert_eq!(c.usd.retakes_expected, Decimal::ZERO, "p = 1: no retakes");
    assert_eq!(c.certify_probability, 1.0);
}

#[test]
fn full_sponsorship_leaves_only_retakes_labs_and_renewals() {
    // 100% sponsored: first attempt and training are the employer's; a 12-month bond.
    let r = run(json!({"currency": "INR", "usd_to_currency": 90.92, "sponsorship": {"pct": 100, "bond_months": 12},
        "certifications": [{"id": "comptia-security-plus", "exam_month": 6, "training_usd": 300, "training_month": 2}]}));
    let c = &r.certifications[0];
    assert_eq!(c.usd.sponsored, dec("739"), "439 + 300");
    assert_eq!(c.usd.net, c.usd.retakes_expected + c.usd.labs + c.usd.renewals);
    assert!(c.events.iter().all(|e| e.kind != EventKind::Training), "no training event left to pay");
    assert_eq!(c.usd.bond_exposure, dec("739"), "the full exposure at k = 0");
}

#[test]
fn a_re_exam_renewal_repeats_the_exam_cost() {
    // Earned in month 12, re-exam every 2 years: months 36 and 60, each first attempt + retakes.
    let r = run(json!({"currency": "USD", "usd_to_currency": 1, "certifications": [
        {"id": "own", "exam_fee_usd": 100, "exams": 1, "pass_probability": 0.5, "max_attempts": 2, "exam_month": 12,
         "renewal": {"kind": "re_exam", "every_years": 2}}]}));
    let c = &r.certifications[0];
    // 100 + 100 × 0.5 = 150 per sitting.
    assert_eq!(
        c.events.iter().filter(|e| e.kind == EventKind::Renewal).map(|e| (e.month, e.amount_usd)).collect::<Vec<_>>(),
        vec![(36, dec("150")), (60, dec("150"))]
    );
    assert_eq!(r.totals.usd.net, dec("450"));
}

#[test]
fn every_refusal_names_its_field() {
    let refuse = |input: Value| cost::parse(&input.to_string(), Catalog::embedded()).unwrap_err().to_string();
    assert_eq!(
        refuse(json!({"currency": "EUR", "usd_to_currency": 1, "certifications": []})),
        "currency: must be PHP, INR or USD, got \"EUR\""
    );
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 0, "certifications": []})).starts_with("usd_to_currency:"));
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 1.1234567, "certifications": []})).starts_with("usd_to_currency:"));
    assert_eq!(
        refuse(json!({"currency": "PHP", "usd_to_currency": 1, "certifications": [{"id": "mystery", "exam_month": 1}]})),
        "certifications[0].exam_fee_usd: mystery is not in the catalog, so this field is required"
    );
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 1, "certifications": [{"id": "comptia-a-plus", "exam_month": 61}]}))
        .starts_with("certifications[0].exam_month: must be a whole number from 1 to 60"));
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 1, "certifications": [{"id": "comptia-a-plus", "exam_month": 1, "pass_probability": 0}]}))
        .starts_with("certifications[0].pass_probability"));
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 1, "certifications": [{"id": "comptia-a-plus", "exam_month": 1, "renewal": {"kind": "sometimes"}}]}))
        .starts_with("certifications[0].renewal.kind"));
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 1, "sponsorship": {"pct": 120}, "certifications": []}))
        .starts_with("sponsorship.pct"));
    assert!(refuse(
        json!({"currency": "PHP", "usd_to_currency": 1, "certifications": [{"id": "google-it-support-cert", "exam_month": 2}]})
    )
    .starts_with("certifications[0].exam_fee_usd: the catalog has no figure for google-it-support-cert"));
}

proptest! {
    #[test]
    fn full_sponsorship_zeroes_first_attempts_and_training(
        fee in 0u32..2000, exams in 1u32..4, training in 0u32..3000, labs in 0u32..50, lab_months in 0u32..6, exam_month in 1u32..60,
        p in 1u32..=100,
    ) {
        let r = run(json!({"currency": "PHP", "usd_to_currency": 59.44, "sponsorship": {"pct": 100}, "certifications": [
            {"id": "own", "exam_fee_usd": fee, "exams": exams, "renewal": {"kind": "annual_fee", "fee_usd": 10},
             "training_usd": training, "lab_monthly_usd": labs, "lab_months": lab_months, "exam_month": exam_month,
             "pass_probability": Decimal::new(i64::from(p), 2).to_string().parse::<f64>().unwrap()}]}));
        let c = &r.certifications[0];
        prop_assert_eq!(c.usd.net, c.usd.retakes_expected + c.usd.labs + c.usd.renewals);
        prop_assert!(c.events.iter().all(|e| e.kind != EventKind::Training));
    }

    #[test]
    fn no_input_panics(
        fee in prop_oneof![Just(json!(0)), Just(json!(20000)), Just(json!(1e-20)), Just(json!(-1)), (0u32..30000).prop_map(|n| json!(n))],
        exams in 0u32..12, p in prop_oneof![Just(json!(1e-20)), Just(json!(1)), Just(json!(0)), (1u32..100).prop_map(|n| json!(n as f64 / 100.0))],
        k in 0u32..12, lab in 0u32..30000, lab_months in 0u32..700, exam_month in 0u32..700, horizon in 1u32..=600,
        rate in prop_oneof![Just(json!(1e-6)), Just(json!(1000000)), Just(json!(59.44)), Just(json!(0))],
        pct in 0u32..=120, renewal in prop_oneof![Just(json!({"kind": "annual_fee", "fee_usd": 20000})), Just(json!({"kind": "re_exam", "every_years": 1})), Just(json!({"kind": "none"}))],
    ) {
        let input = json!({"currency": "PHP", "usd_to_currency": rate, "horizon_months": horizon, "sponsorship": {"pct": pct, "bond_months": 12},
            "certifications": [{"id": "any", "exam_fee_usd": fee, "exams": exams, "pass_probability": p, "max_attempts": k,
            "lab_monthly_usd": lab, "lab_months": lab_months, "exam_month": exam_month, "renewal": renewal,
            "training_usd": 1000000, "training_month": horizon}]});
        if let Ok(checked) = cost::parse(&input.to_string(), Catalog::embedded()) { let _ = cost::compute(&checked); }
    }
}

#[test]
fn local_figures_add_up_to_the_rounded_events_at_a_real_rate() {
    // $265 exam, p = 0.7, 33% sponsored, labs and an annual renewal, at ₱59.44.
    let r = run(json!({"currency": "PHP", "usd_to_currency": 59.44, "sponsorship": {"pct": 33}, "certifications": [
        {"id": "own", "exam_fee_usd": 265, "exams": 1, "renewal": {"kind": "annual_fee", "fee_usd": 50}, "exam_month": 6,
         "lab_monthly_usd": 19.99, "lab_months": 3, "training_usd": 123.45, "training_month": 2}]}));
    let c = &r.certifications[0];
    let events: Decimal = c.events.iter().map(|e| e.amount).sum();
    assert_eq!(c.local.net, events, "net is the sum of the rounded events");
    let l = &c.local;
    assert_eq!(
        l.first_attempt + l.retakes_expected + l.training + l.labs + l.renewals - l.sponsored,
        l.net,
        "the categories add up to net"
    );
    assert_eq!(r.totals.local.net, events);
}

#[test]
fn an_unknown_renewal_is_reported_as_unknown_not_as_free() {
    let r = run(json!({"currency": "USD", "usd_to_currency": 1, "certifications": [{"id": "ine-ejpt", "exam_month": 1}]}));
    assert!(!r.certifications[0].renewal_known, "eJPT's renewal rule is not in the catalog");
    let r = run(json!({"currency": "USD", "usd_to_currency": 1, "certifications": [{"id": "comptia-security-plus", "exam_month": 1}]}));
    assert!(r.certifications[0].renewal_known);
}

#[test]
fn a_coursework_certificate_needs_exams_when_a_fee_is_given() {
    let error = cost::parse(
        &json!({"currency": "USD", "usd_to_currency": 1, "certifications": [
        {"id": "google-it-support-cert", "exam_fee_usd": 49, "exam_month": 1}]})
        .to_string(),
        Catalog::embedded(),
    )
    .unwrap_err();
    assert!(error.to_string().starts_with("certifications[0].exams:"), "{error}");
}

#[test]
fn missing_required_fields_are_named() {
    let refuse = |v: Value| cost::parse(&v.to_string(), Catalog::embedded()).unwrap_err().to_string();
    assert!(refuse(json!({"usd_to_currency": 1, "certifications": []})).starts_with("currency: is required"));
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 1})).starts_with("certifications: is required"));
    assert!(refuse(json!({"currency": "PHP", "usd_to_currency": 1, "certifications": [{"exam_month": 1}]}))
        .starts_with("certifications[0].id: is required"));
}
