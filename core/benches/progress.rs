//! Progress at scale. Targets: with ten years of daily sessions and 1,000
//! applications, export and import each take under 1 s (the screens' reads
//! are in `reads.rs`). And the data-safety issue's store of
//! 10,000 records: backup, export and import.

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::app;
use pathway_core::store::{sample, BackupReason, Store};
use pathway_core::transfer::ImportMode;

fn store_with(dir: &std::path::Path, sessions: usize, applications: usize) -> Store {
    let mut store = Store::open(&dir.join("pathway.sqlite3")).unwrap();
    sample::fill(&mut store).unwrap();
    store.import(&sample::large_progress(sessions, applications), ImportMode::Merge).unwrap();
    store
}

fn ten_years(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_with(dir.path(), 3_650, 1_000);
    let export = dir.path().join("export.json");
    app::transfer::export_file(&store, &export, Utc::now()).unwrap();
    let mut group = c.benchmark_group("progress_ten_years");
    group.sample_size(20);
    group.bench_function("export_json", |b| {
        b.iter(|| app::transfer::export_file(&store, &dir.path().join("again.json"), Utc::now()).unwrap())
    });
    group.bench_function("import_replace", |b| {
        b.iter(|| app::transfer::import_file(&mut store, &export, ImportMode::Replace, Utc::now()).unwrap())
    });
    group.finish();
}

fn ten_thousand(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_with(dir.path(), 10_000, 0);
    let export = dir.path().join("export.json");
    app::transfer::export_file(&store, &export, Utc::now()).unwrap();
    let records: usize = store.export_data().unwrap().counts().values().sum();
    let mut group = c.benchmark_group("data_safety_10k");
    group.sample_size(20);
    group.bench_function("backup", |b| b.iter(|| store.backup_now(BackupReason::BeforeImport, Utc::now()).unwrap()));
    group.bench_function("export_json", |b| {
        b.iter(|| app::transfer::export_file(&store, &dir.path().join("again.json"), Utc::now()).unwrap())
    });
    group.bench_function("import_replace", |b| {
        b.iter(|| app::transfer::import_file(&mut store, &export, ImportMode::Replace, Utc::now()).unwrap())
    });
    // Opening (header check, quick_check, migration check) on a copy: the store above holds its own file's lock.
    let copy = dir.path().join("copy").join("pathway.sqlite3");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    store.save_copy_to(&copy).unwrap();
    group.bench_function("open", |b| b.iter(|| drop(Store::open(&copy).unwrap())));
    group.finish();
    let backup = pathway_core::store::list_backups(&dir.path().join("pathway.sqlite3")).unwrap().into_iter().next().map_or(0, |b| b.bytes);
    println!("data_safety_10k: {records} records; backup {backup} bytes; export {} bytes", std::fs::metadata(&export).unwrap().len());
}

criterion_group!(benches, ten_years, ten_thousand);
criterion_main!(benches);
