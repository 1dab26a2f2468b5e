//! Planning and drawing a 200-milestone plan (target: under 10 ms together).

use chrono::Weekday;
use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::catalog::{Catalog, Provenance};
use pathway_core::plan::{compute, timeline_svg, Milestone, Phase, Plan, TimelineWords, Week, Zoom};

/// 200 milestones: a sequential chain with every tenth on the parallel track, exams every twentieth.
fn big_plan() -> Plan {
    let milestones = (1..=200)
        .map(|n| {
            let basis = Provenance::Estimate { method: "bench".into(), note: None };
            let mut m = Milestone::new(
                format!("m{n}"),
                format!("Milestone number {n} with a fairly long title to draw"),
                Phase::ALL[n % 7],
                500 + (n as i64 % 13) * 125,
                basis,
            );
            m.after = if n > 1 { vec![format!("m{}", n - 1)] } else { vec![] };
            m.parallel = n % 10 == 0;
            m.exam = (n % 20 == 0).then(|| "comptia-a-plus".to_string());
            m
        })
        .collect();
    Plan {
        id: "bench".into(),
        name: "Bench".into(),
        target_role: None,
        certifications: vec![],
        parallel_share_pct: 10,
        active: true,
        created_at: String::new(),
        milestones,
    }
}

fn plan_and_draw(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let plan = big_plan();
    let week = Week {
        start_date: "2027-01-04".parse().unwrap(),
        free_weekdays: vec![Weekday::Tue, Weekday::Sat, Weekday::Sun],
        hours_per_week: 10.into(),
        parallel_share_pct: 10,
    };
    let words = TimelineWords::english();
    let today = "2027-06-01".parse().unwrap();
    c.bench_function("plan: schedule 200 milestones", |b| b.iter(|| compute(&plan, &week, catalog)));
    c.bench_function("plan: schedule and draw 200 milestones", |b| {
        b.iter(|| {
            let view = compute(&plan, &week, catalog);
            timeline_svg(&view, today, Zoom::Weeks, &words)
        })
    });
}

criterion_group!(benches, plan_and_draw);
criterion_main!(benches);
