//! The plan PDF of a 60-milestone plan, from the store to the bytes
//! (target: under 300 ms). Building the document (store reads, the money
//! story's simulation, the timeline) and laying it out are measured apart too.

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::app::plan::{add_milestone, NewMilestone};
use pathway_core::catalog::Catalog;
use pathway_core::plan::Phase;
use pathway_core::report::{self, Messages, Paper};
use pathway_core::store::{sample, Store};

fn sixty_milestone_store(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("pathway.sqlite3")).unwrap();
    sample::fill(&mut store).unwrap();
    let plan = store.active_plan().unwrap().unwrap();
    let now = Utc.with_ymd_and_hms(2027, 5, 10, 9, 0, 0).unwrap();
    for i in plan.milestones.len()..60 {
        let new =
            NewMilestone { title: format!("Practice lab {i:02}: a fairly long title to wrap"), hours: "4".into(), phase: Phase::Labs };
        add_milestone(&mut store, &plan.id, new, now).unwrap();
    }
    store
}

fn plan_pdf(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let store = sixty_milestone_store(dir.path());
    let today = "2027-05-10".parse().unwrap();
    let now = Utc.with_ymd_and_hms(2027, 5, 10, 9, 30, 0).unwrap();
    let (catalog, words) = (Catalog::embedded(), Messages::english());
    let document = pathway_core::app::document::plan_document_in(&store, catalog, today, words).unwrap();
    assert_eq!(document.milestones.len(), 60);
    let mut group = c.benchmark_group("plan pdf, 60 milestones");
    group.sample_size(20);
    group.bench_function("store to PDF bytes", |b| {
        b.iter(|| {
            report::render(&pathway_core::app::document::plan_document_in(&store, catalog, today, words).unwrap(), Paper::A4, now).unwrap()
        })
    });
    group.bench_function("document only", |b| {
        b.iter(|| pathway_core::app::document::plan_document_in(&store, catalog, today, words).unwrap())
    });
    group.bench_function("layout and PDF only", |b| b.iter(|| report::render(&document, Paper::A4, now).unwrap()));
    group.finish();
}

criterion_group!(benches, plan_pdf);
criterion_main!(benches);
