//! Every read a screen makes, on ten years of data (3,650 daily sessions and
//! 1,000 applications). Target: each answers in at most 5 ms, and none is
//! slower than it was before the application layer took it over (the
//! figures before and after are in ARCHITECTURE.md, "The application layer").

use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::app;
use pathway_core::catalog::Catalog;
use pathway_core::store::{sample, Store};
use pathway_core::transfer::ImportMode;

fn reads(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
    sample::fill(&mut store).unwrap();
    store.import(&sample::large_progress(3_650, 1_000), ImportMode::Merge).unwrap();
    let today = "2027-01-01".parse().unwrap();
    let catalog = Catalog::embedded();
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(String::from);
    let words = pathway_core::progress::ProgressWords {
        weekly_title: "Hours each week".into(),
        cumulative_title: "Hours so far".into(),
        target: "Target".into(),
        planned: "Planned".into(),
        logged: "Logged".into(),
        months,
    };
    let timeline = pathway_core::plan::TimelineWords::english();
    let mut group = c.benchmark_group("reads_ten_years");
    group.sample_size(20);
    group.bench_function("dashboard", |b| b.iter(|| app::progress::dashboard(&store, catalog, today, Some(&words)).unwrap()));
    group.bench_function("money_prefill", |b| b.iter(|| app::money::prefill(&store, catalog, today).unwrap()));
    group.bench_function("plan_state", |b| {
        b.iter(|| app::plan::state(&store, catalog, today, pathway_core::plan::Zoom::Months, &timeline).unwrap())
    });
    group.bench_function("plan_document", |b| b.iter(|| app::document::plan_document(&store, catalog, today).unwrap()));
    group.bench_function("assessment_overview", |b| b.iter(|| app::assessment::current(&store, catalog).unwrap()));
    // Which certification first: the plan placed and run exactly once per candidate.
    let three = ["comptia-security-plus", "aws-cloud-practitioner", "comptia-network-plus"].map(String::from);
    group.bench_function("certification_choice_3", |b| {
        b.iter(|| app::certifications::choice(&store, catalog, today, Some(&three)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, reads);
criterion_main!(benches);
