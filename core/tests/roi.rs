//! The ROI contract on examples worked by hand (the arithmetic is in each
//! test's comment), and properties that must hold for every input.

use pathway_core::money::roi::{self, RoiResult};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn run(input: Value) -> RoiResult {
    roi::compute(&roi::parse(&input.to_string()).unwrap_or_else(|e| panic!("{e}")))
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).unwrap()
}

/// Cents from a decimal text, for comparing with the result's exact cents.
fn c(text: &str) -> i128 {
    (dec(text) * Decimal::ONE_HUNDRED).to_string().split('.').next().unwrap().parse().unwrap()
}

fn cumulative(result: &RoiResult, month: u32) -> i128 {
    result.months[month as usize - 1].cumulative
}

#[test]
fn a_typical_philippine_agent() {
    // ₱25,000 now, ₱35,000 target; 6 months of study at ₱1,000 a month plus a
    // ₱24,000 exam in month 6; 2 months of search with no income; 24 months.
    // Months 1–5: −1,000 each; month 6: −25,000 → −30,000.
    // Months 7–8: −25,000 each (no income) → −80,000 at month 8 (the dip).
    // Months 9–24: +10,000 each → 0 at month 16, +80,000 at month 24.
    let r = run(json!({
        "current_monthly_salary": 25000, "target_monthly_salary": 35000, "study_months": 6,
        "job_search_months": 2, "monthly_study_costs": 1000,
        "one_off_costs": [{"month": 6, "amount": 24000, "label": "exam"}],
        "horizon_months": 24, "monthly_expenses": 18000, "savings": 60000
    }));
    assert_eq!(cumulative(&r, 6), c("-30000"));
    assert_eq!(cumulative(&r, 8), c("-80000"));
    assert_eq!(cumulative(&r, 15), c("-10000"));
    assert_eq!(cumulative(&r, 16), 0);
    assert_eq!(r.payback_month, Some(16), "month 15 is the last below zero");
    assert_eq!((r.dip.amount, r.dip.month), (c("-80000"), Some(8)));
    assert_eq!(cumulative(&r, 24), c("80000"));
    assert_eq!(r.npv, 80000.0, "no discounting: the NPV is the final cumulative");
    assert_eq!(r.income_forgone, c("50000"), "months 7 and 8");
    assert_eq!(r.total_costs, c("30000"));
    assert_eq!(r.salary_ratio, Some(1.4));
    // −80,000 + 16 × (S1 − 25,000) ≥ 0  ⇔  S1 ≥ 30,000
    assert_eq!(r.break_even_target_salary, Some(30000));
    // ₱18,000 × 6 = ₱108,000 advised; ₱60,000 saved: ₱48,000 short; 60,000 ÷ 18,000 = 3.33 months.
    assert_eq!(r.emergency_fund.required, dec("108000"));
    assert_eq!(r.emergency_fund.shortfall, dec("48000"));
    assert!((r.emergency_fund.runway_months.unwrap() - 10.0 / 3.0).abs() < 1e-12);
}

#[test]
fn a_pay_cut_never_pays_back() {
    // An experienced team lead: ₱40,000 now, ₱30,000 in an entry IT role.
    // Months 5–12 each lose ₱10,000: −80,000 at month 12.
    let r = run(json!({"current_monthly_salary": 40000, "target_monthly_salary": 30000, "study_months": 4, "horizon_months": 12}));
    assert_eq!(r.payback_month, None);
    assert_eq!((r.dip.amount, r.dip.month), (c("-80000"), Some(12)));
    assert_eq!(r.break_even_target_salary, Some(40000), "8 × (S1 − 40,000) ≥ 0");
    assert_eq!(r.salary_ratio, Some(0.75));
}

#[test]
fn no_dip_at_all() {
    // Straight into a better job: +₱10,000 every month from month 1.
    let r = run(json!({"current_monthly_salary": 20000, "target_monthly_salary": 30000, "study_months": 0, "horizon_months": 12}));
    assert_eq!(r.payback_month, Some(0));
    assert_eq!((r.dip.amount, r.dip.month), (0, None));
    assert_eq!(cumulative(&r, 12), c("120000"));
    assert_eq!(r.break_even_target_salary, Some(20000));
}

#[test]
fn employed_during_the_search() {
    // Still earning ₱25,000 while searching: months 4–6 cost nothing extra.
    // Months 1–3: −500 each → −1,500; months 4–6: 0; month 7: +7,000 → 5,500.
    let r = run(json!({
        "current_monthly_salary": 25000, "target_monthly_salary": 32000, "study_months": 3, "job_search_months": 3,
        "income_during_search": 25000, "monthly_study_costs": 500, "horizon_months": 12, "monthly_expenses": 20000
    }));
    assert_eq!(cumulative(&r, 6), c("-1500"));
    assert_eq!(cumulative(&r, 7), c("5500"));
    assert_eq!(r.payback_month, Some(7));
    assert_eq!(r.income_forgone, 0);
    assert_eq!(r.emergency_fund.runway_months, None, "income covers expenses: no limit");
}

/// Issue 22: when she leaves her job decides which months are paid.
#[test]
fn when_she_leaves_her_job_decides_the_unpaid_months() {
    // ₱25,000 now, ₱32,000 target, 3 months of study at ₱500, 3 of search,
    // ₱4,000 of other income once she has left; 12 months; no raises.
    let base = json!({
        "current_monthly_salary": 25000, "target_monthly_salary": 32000, "study_months": 3, "job_search_months": 3,
        "income_during_search": 4000, "monthly_study_costs": 500, "horizon_months": 12,
        "monthly_expenses": 20000, "savings": 30000, "emergency_fund_months": 3
    });
    let with = |leaves: &str| {
        let mut input = base.clone();
        input["leaves_job"] = json!(leaves);
        run(input)
    };
    // After study (the default): months 4–6 earn ₱4,000, −₱21,000 each.
    let after = with("after_study");
    assert_eq!(run(base.clone()), after, "after_study is the default");
    assert_eq!(cumulative(&after, 6), c("-64500"), "−1,500 − 3 × 21,000");
    assert_eq!(after.emergency_fund.runway_months, Some(30000.0 / 16000.0), "savings ÷ (expenses − ₱4,000)");
    // Only when the new job starts: every month before it is paid.
    let keeps = with("at_new_job");
    assert_eq!(cumulative(&keeps, 6), c("-1500"));
    assert_eq!(keeps.payback_month, Some(7));
    assert_eq!(keeps.months[4].switch_income, keeps.months[4].stay_income);
    assert_eq!(keeps.emergency_fund.runway_months, None, "her pay covers her expenses");
    // At the start: months 1–6 earn ₱4,000: −21,500 × 3 − 21,000 × 3.
    let now = with("at_start");
    assert_eq!(cumulative(&now, 6), c("-127500"));
    assert_eq!(now.income_forgone, c("126000"));
    // From month 7, +₱7,000 a month: −64,500 and −127,500 are not made up within 12 months.
    assert_eq!((after.payback_month, now.payback_month), (None, None));
    assert_eq!(cumulative(&after, 12), c("-22500"));
    let error =
        roi::parse(&json!({"current_monthly_salary": 1, "target_monthly_salary": 1, "study_months": 1, "leaves_job": "never"}).to_string());
    assert_eq!(error.unwrap_err().to_string(), "leaves_job: must be after_study, at_start or at_new_job, got \"never\"");
}

#[test]
fn study_and_search_fill_the_whole_horizon() {
    // T + G = H: no month earns the target salary, so there is no break-even.
    let r = run(
        json!({"current_monthly_salary": 25000, "target_monthly_salary": 90000, "study_months": 6, "job_search_months": 6, "horizon_months": 12}),
    );
    assert_eq!(r.break_even_target_salary, None);
    assert_eq!(cumulative(&r, 12), c("-150000"), "6 months of search without income");
    assert_eq!(r.payback_month, None);
}

#[test]
fn ten_years_with_raises() {
    // ₱25,000 rising 5% a year; ₱35,000 rising 8% a year from month 13; ₱2,000 a month of study costs for 12 months.
    // Stay: y0 25,000; y1 26,250; y2 27,562.50; y3 28,940.625 → 28,940.63 (half away from zero).
    // Switch from month 13: 35,000; 37,800; 40,824; …
    // Cumulative: −24,000 at month 12; −15,250 at 13; −6,500 at 14; +2,250 at 15.
    // At month 36: −24,000 + 12 × 8,750 + 12 × 10,237.50 = 203,850.
    let r = run(json!({
        "current_monthly_salary": 25000, "current_annual_raise_pct": 5, "target_monthly_salary": 35000,
        "target_annual_raise_pct": 8, "study_months": 12, "monthly_study_costs": 2000, "horizon_months": 120
    }));
    let row = |m: u32| &r.months[m as usize - 1];
    assert_eq!(row(25).stay_income, c("27562.50"));
    assert_eq!(row(37).stay_income, c("28940.63"));
    assert_eq!(row(37).switch_income, c("40824"));
    assert_eq!(cumulative(&r, 14), c("-6500"));
    assert_eq!(r.payback_month, Some(15));
    assert_eq!(cumulative(&r, 36), c("203850"));
    assert_eq!(r.months.len(), 120);
}

#[test]
fn each_monthly_figure_is_rounded_before_it_is_added() {
    // 1,003.30 × 1.05 = 1,053.465 → 1,053.47 in year 2.
    let text = r#"{"current_monthly_salary": 1003.30, "current_annual_raise_pct": 5, "target_monthly_salary": 0,
                   "study_months": 24, "horizon_months": 24}"#;
    let r = roi::compute(&roi::parse(text).unwrap());
    assert_eq!(r.months[0].stay_income, c("1003.30"));
    assert_eq!(r.months[12].stay_income, c("1053.47"));
}

#[test]
fn the_npv_discounts_monthly() {
    // r = 12% a year: rm = 1.12^(1/12) − 1; one +1,000 month at m = 1.
    let r = run(
        json!({"current_monthly_salary": 0, "target_monthly_salary": 1000, "study_months": 0, "horizon_months": 1, "discount_rate_annual_pct": 12}),
    );
    assert!((r.npv - 1000.0 / 1.12f64.powf(1.0 / 12.0)).abs() < 1e-9);
}

#[test]
fn every_refusal_names_its_field_and_range() {
    let refuse = |input: Value| roi::parse(&input.to_string()).unwrap_err().to_string();
    let base = json!({"current_monthly_salary": 25000, "target_monthly_salary": 35000, "study_months": 6});
    let with = |key: &str, value: Value| {
        let mut v = base.clone();
        v[key] = value;
        v
    };
    assert_eq!(refuse(with("current_monthly_salary", json!(-1))), "current_monthly_salary: must be from 0 to 1,000,000,000, got -1");
    assert_eq!(refuse(with("study_months", json!(2.5))), "study_months: must be a whole number from 0 to 600, got 2.5");
    assert_eq!(refuse(with("current_annual_raise_pct", json!(101))), "current_annual_raise_pct: must be from -50 to 100, got 101");
    assert_eq!(refuse(with("emergency_fund_months", json!(25))), "emergency_fund_months: must be a whole number from 0 to 24, got 25");
    assert!(refuse(with("horizon_months", json!(4))).starts_with("horizon_months: must be at least study_months + job_search_months (6)"));
    assert!(refuse(with("one_off_costs", json!([{"month": 61, "amount": 1}])))
        .starts_with("one_off_costs[0].month: must be a whole number from 1 to 60"));
    assert!(refuse(with("savings", json!("lots"))).starts_with("savings: must be"));
    assert!(refuse(json!({"target_monthly_salary": 1, "study_months": 1})).starts_with("current_monthly_salary: is required"));
    assert!(refuse(with("salary", json!(1))).contains("salary"));
}

fn payback_rank(p: Option<u32>) -> u32 {
    p.unwrap_or(u32::MAX)
}

#[allow(clippy::too_many_arguments)] // one argument per field of the contract's worked example
fn input_json(s0: u32, s1: u32, t: u32, g: u32, m: u32, one_off: u32, h: u32, r: u32) -> Value {
    json!({
        "current_monthly_salary": s0, "target_monthly_salary": s1, "study_months": t, "job_search_months": g,
        "monthly_study_costs": m, "one_off_costs": [{"month": 1, "amount": one_off}], "horizon_months": h,
        "discount_rate_annual_pct": r
    })
}

proptest! {
    #[test]
    fn a_higher_target_salary_never_makes_the_payback_later(
        s0 in 0u32..100_000, s1 in 0u32..100_000, extra in 1u32..50_000, t in 0u32..24, g in 0u32..12, m in 0u32..5000, h in 36u32..120,
    ) {
        let low = run(input_json(s0, s1, t, g, m, 0, h, 0));
        let high = run(input_json(s0, s1 + extra, t, g, m, 0, h, 0));
        prop_assert!(payback_rank(high.payback_month) <= payback_rank(low.payback_month));
    }

    #[test]
    fn higher_costs_never_raise_the_npv(
        s0 in 0u32..100_000, s1 in 0u32..100_000, t in 0u32..24, m in 0u32..5000, more in 1u32..5000, one_off in 0u32..100_000, r in 0u32..30,
    ) {
        let cheap = run(input_json(s0, s1, t, 0, m, one_off, 60, r));
        let dear = run(input_json(s0, s1, t, 0, m + more, one_off + more, 60, r));
        prop_assert!(dear.npv <= cheap.npv + 1e-6);
    }

    #[test]
    fn the_break_even_salary_is_the_lowest_that_pays_back(s0 in 0u32..200_000, t in 0u32..24, g in 0u32..12, m in 0u32..10_000, one_off in 0u32..500_000) {
        let r = run(input_json(s0, 0, t, g, m, one_off, 48, 0));
        if let Some(s1) = r.break_even_target_salary {
            let at = |s1: u64| run(input_json(s0, s1 as u32, t, g, m, one_off, 48, 0)).months.last().unwrap().cumulative;
            prop_assert!(at(s1) >= 0);
            if s1 > 0 { prop_assert!(at(s1 - 1) < 0); }
        }
    }

    #[test]
    fn no_input_panics(values in proptest::collection::vec(extreme(), 14), horizon in 1u32..=600, t in 0u32..=600, g in 0u32..=600) {
        let names = ["current_monthly_salary", "current_annual_raise_pct", "target_monthly_salary", "target_annual_raise_pct",
            "income_during_search", "monthly_study_costs", "discount_rate_annual_pct", "monthly_expenses", "savings"];
        let mut input = json!({"study_months": t.min(horizon), "job_search_months": g.min(horizon - t.min(horizon)), "horizon_months": horizon,
            "one_off_costs": [{"month": horizon, "amount": values[13].clone()}]});
        for (name, value) in names.iter().zip(&values) { input[*name] = value.clone(); }
        if let Ok(checked) = roi::parse(&input.to_string()) { let _ = roi::compute(&checked); }
    }
}

/// Values at and beyond every field's limits, in the units the fields use.
fn extreme() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(0)),
        Just(json!(1e-20)),
        Just(json!(1e-21)),
        Just(json!(-50)),
        Just(json!(100)),
        Just(json!(-1)),
        Just(json!(1e9)),
        Just(json!(1e12)),
        Just(json!(1e13)),
        (0u32..1_000_000).prop_map(|n| json!(n)),
        (0i64..100_000).prop_map(|n| json!(n as f64 / 100.0)),
    ]
}

#[test]
fn the_extremes_that_once_panicked_now_answer() {
    // A tiny current salary against the largest target; tiny expenses against the largest savings.
    let r = run(json!({"current_monthly_salary": 1e-21, "target_monthly_salary": 1e9, "study_months": 0, "horizon_months": 600,
        "current_annual_raise_pct": 100, "target_annual_raise_pct": 100, "monthly_expenses": 1e-20, "savings": 1e12}));
    assert!(r.salary_ratio.unwrap() > 1e29);
    assert!(r.emergency_fund.runway_months.unwrap() > 1e31);
    assert_eq!(r.months.len(), 600);
}

#[test]
fn ten_years_with_raises_to_the_end() {
    // Month 120 is in year 9 of staying and year 8 of the new job:
    // stay 25,000 × 1.05^9 = 38,783.205… → 38,783.21; switch 35,000 × 1.08^8 = 64,782.557… → 64,782.56.
    let r = run(json!({"current_monthly_salary": 25000, "current_annual_raise_pct": 5, "target_monthly_salary": 35000,
        "target_annual_raise_pct": 8, "study_months": 12, "monthly_study_costs": 2000, "horizon_months": 120}));
    let last = r.months.last().unwrap();
    assert_eq!(last.stay_income, c("38783.21"));
    assert_eq!(last.switch_income, c("64782.56"));
    // The break-even salary with raises is the lowest that pays back: check both sides by re-running.
    let s1 = r.break_even_target_salary.unwrap();
    let at = |s: u64| {
        run(json!({"current_monthly_salary": 25000, "current_annual_raise_pct": 5, "target_monthly_salary": s,
        "target_annual_raise_pct": 8, "study_months": 12, "monthly_study_costs": 2000, "horizon_months": 120}))
        .months
        .last()
        .unwrap()
        .cumulative
    };
    assert!(at(s1) >= 0 && at(s1 - 1) < 0, "break-even {s1}");
}
