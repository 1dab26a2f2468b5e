//! Catalog start-up and search: reading and checking the embedded files and
//! building the search index happen when the app starts; a search runs on
//! every keystroke in Explore.

use criterion::{criterion_group, criterion_main, Criterion};
use pathway_core::catalog::{synthetic, Catalog, EMBEDDED};
use pathway_core::search::{SearchIndex, SearchQuery};

fn catalog(c: &mut Criterion) {
    c.bench_function("catalog/load_and_index_embedded", |b| {
        b.iter(|| {
            let catalog = Catalog::from_files(EMBEDDED).unwrap();
            SearchIndex::build(&catalog)
        })
    });

    let big = synthetic::catalog(13, 2000);
    let index = SearchIndex::build(&big);
    let query = SearchQuery { text: "security".into(), ..SearchQuery::default() };
    c.bench_function("catalog/search_2000_certifications", |b| b.iter(|| index.search(&query)));
    let filtered = SearchQuery {
        text: "cloud".into(),
        vendor: Some("AWS".into()),
        max_price_usd: Some(600.0),
        sort: pathway_core::search::SortBy::Cost,
        ..SearchQuery::default()
    };
    c.bench_function("catalog/search_2000_filtered_sorted", |b| b.iter(|| index.search(&filtered)));
}

criterion_group!(benches, catalog);
criterion_main!(benches);
