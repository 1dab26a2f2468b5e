//! Store start-up cost: the app opens (and, on first run, creates and
//! migrates) the database before its first view can show anything.

use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::store::Store;

fn open(c: &mut Criterion) {
    c.bench_function("store/create_and_migrate", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| Store::open(&dir.path().join("pathway.sqlite3")).unwrap(),
            criterion::BatchSize::PerIteration,
        )
    });

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pathway.sqlite3");
    drop(Store::open(&path).unwrap());
    c.bench_function("store/open_existing", |b| b.iter(|| Store::open(&path).unwrap()));
}

criterion_group!(benches, open);
criterion_main!(benches);
