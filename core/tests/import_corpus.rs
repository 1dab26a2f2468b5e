//! Every hostile file in `fixtures/import/hostile/` is refused with its
//! expected code, through the same path the app uses, and the store is left
//! exactly as it was. The good files import and export back unchanged.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::Utc;
use pathway_core::app;
use pathway_core::money::Currency;
use pathway_core::profile::Profile;
use pathway_core::store::{list_backups, Store};
use pathway_core::transfer::{self, ImportMode, MAX_IMPORT_BYTES};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn store_with_a_profile() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
    store.save_profile(&Profile::empty(Currency::Inr)).unwrap();
    (dir, store)
}

fn expected() -> BTreeMap<String, String> {
    serde_json::from_str(&std::fs::read_to_string(fixtures().join("hostile/expected.json")).unwrap()).unwrap()
}

#[test]
fn the_corpus_has_at_least_twenty_files_and_each_has_an_expectation() {
    let expected = expected();
    let on_disk: Vec<String> = std::fs::read_dir(fixtures().join("hostile"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "expected.json")
        .collect();
    assert!(on_disk.len() >= 20, "only {} hostile files", on_disk.len());
    for name in &on_disk {
        assert!(expected.contains_key(name), "{name} has no expected code in expected.json");
    }
    assert_eq!(on_disk.len(), expected.len(), "expected.json names a file that is not there");
}

#[test]
fn every_hostile_file_is_refused_with_its_code_and_changes_nothing() {
    for (name, code) in expected() {
        let (_dir, mut store) = store_with_a_profile();
        let before = store.export_data().unwrap();
        let path = fixtures().join("hostile").join(&name);
        for mode in [ImportMode::Replace, ImportMode::Merge] {
            let error =
                app::transfer::import_file(&mut store, &path, mode, Utc::now()).err().unwrap_or_else(|| panic!("{name} was accepted"));
            assert_eq!(error.code(), code, "{name}: {error}");
            assert!(!error.to_string().is_empty());
        }
        assert_eq!(app::transfer::preview_file(&path).unwrap_err().code(), code, "{name}: the preview refuses it too");
        assert_eq!(store.export_data().unwrap(), before, "{name} changed the store");
        assert!(list_backups(store.path()).unwrap().is_empty(), "{name}: refused before any backup was made");
    }
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_IMPORT_BYTES + 1).unwrap();
    let (_store_dir, mut store) = store_with_a_profile();
    let error = app::transfer::import_file(&mut store, &path, ImportMode::Replace, Utc::now()).unwrap_err();
    assert_eq!(error.code(), "import.too_large");
}

#[test]
fn the_good_files_preview_import_and_export_back_unchanged() {
    for name in [
        "full.json",
        "empty-store.json",
        "with-user-figures.json",
        "with-choices.json",
        "with-assessments.json",
        "with-plans.json",
        "with-progress.json",
    ] {
        let path = fixtures().join("good").join(name);
        let preview = app::transfer::preview_file(&path).unwrap();
        assert!(preview.schema_version >= 2);

        let (dir, mut store) = store_with_a_profile();
        let outcome = app::transfer::import_file(&mut store, &path, ImportMode::Replace, Utc::now()).unwrap();
        assert_eq!(list_backups(store.path()).unwrap()[0].reason, "before-import");

        let out = dir.path().join("again.json");
        app::transfer::export_file(&store, &out, Utc::now()).unwrap();
        let original = app::transfer::parse(&std::fs::read(&path).unwrap()).unwrap();
        let again = app::transfer::parse(&std::fs::read(&out).unwrap()).unwrap();
        assert_eq!(again.data, original.data, "{name}: {outcome:?}");
        assert_eq!(again.format_version, transfer::FORMAT_VERSION);
    }
    let preview = app::transfer::preview_file(&fixtures().join("good/full.json")).unwrap();
    assert_eq!(preview.counts.get("profile"), Some(&1));
    assert_eq!(preview.date_range.unwrap().first, "2027-01-04");
}

#[test]
fn csv_export_writes_one_table_per_kind() {
    let (dir, store) = store_with_a_profile();
    let written = app::transfer::export_csv(&store, &dir.path().join("csv")).unwrap();
    assert_eq!(written.len(), 11, "one table per kind of record");
    let text = std::fs::read_to_string(&written[0]).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.lines().nth(1).unwrap().contains(",INR,"));
}
