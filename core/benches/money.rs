//! The ROI runs as the user types in the Costs & ROI view (and thousands of
//! times in the uncertainty simulation), so one 600-month run must be cheap.

use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::money::roi;

fn money(c: &mut Criterion) {
    let input = roi::parse(
        r#"{"current_monthly_salary": 25000, "current_annual_raise_pct": 5, "target_monthly_salary": 35000,
            "target_annual_raise_pct": 8, "study_months": 12, "job_search_months": 3, "income_during_search": 5000,
            "monthly_study_costs": 1500, "one_off_costs": [{"month": 6, "amount": 24000}, {"month": 12, "amount": 24000}],
            "horizon_months": 600, "discount_rate_annual_pct": 6, "monthly_expenses": 18000, "savings": 60000}"#,
    )
    .unwrap();
    c.bench_function("money/roi_600_months", |b| b.iter(|| roi::compute(&input)));
}

criterion_group!(benches, money);
criterion_main!(benches);
