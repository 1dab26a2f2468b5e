//! Data-safety costs on a store filled with sample data: a backup (online
//! backup API), an export to JSON, and an import of that file.
//!
//! `sample::fill` writes every kind of record the store keeps. While the
//! profile is the only kind, the store is small; each new kind of record adds
//! its rows there, and these figures grow to the 10,000-record store that
//! the data-safety issue asks about.

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::app;
use pathway_core::store::{sample, BackupReason, Store};
use pathway_core::transfer::ImportMode;

fn data_safety(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pathway.sqlite3");
    let mut store = Store::open(&path).unwrap();
    sample::fill(&mut store).unwrap();
    let export = dir.path().join("export.json");
    app::transfer::export_file(&store, &export, Utc::now()).unwrap();

    c.bench_function("data_safety/backup", |b| b.iter(|| store.backup_now(BackupReason::BeforeImport, Utc::now()).unwrap()));
    c.bench_function("data_safety/export_json", |b| {
        b.iter(|| app::transfer::export_file(&store, &dir.path().join("again.json"), Utc::now()).unwrap())
    });
    c.bench_function("data_safety/import_replace", |b| {
        b.iter(|| app::transfer::import_file(&mut store, &export, ImportMode::Replace, Utc::now()).unwrap())
    });
    let backup = pathway_core::store::list_backups(&path).unwrap().into_iter().next().unwrap();
    println!("store: {} records; backup size {} bytes", store.export_data().unwrap().counts().values().sum::<usize>(), backup.bytes);
}

criterion_group!(benches, data_safety);
criterion_main!(benches);
