//! Opening safely, each case on a real file: a damaged database, a file that
//! is not a database, a database from a newer Pathway, and one held by
//! another running copy. None crashes, none is overwritten, and recovery
//! keeps the unusable file under a dated name.

use std::path::{Path, PathBuf};

use chrono::Utc;
use pathway_core::money::Currency;
use pathway_core::profile::Profile;
use pathway_core::store::{list_backups, recover, BackupReason, RecoveryAction, Store};

fn fixture_v2() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v2.sqlite3")
}

/// A data folder holding a copy of the v2 fixture and one good backup of it.
fn folder_with_backup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pathway.sqlite3");
    std::fs::copy(fixture_v2(), &path).unwrap();
    let store = Store::open(&path).unwrap();
    store.backup_now(BackupReason::Daily, Utc::now()).unwrap();
    drop(store);
    (dir, path)
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// Damages the b-tree pages while leaving the header intact.
fn damage(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    for byte in &mut bytes[page..page * 3] {
        *byte = 0xA5;
    }
    std::fs::write(path, bytes).unwrap();
}

fn assert_refused_untouched_and_recoverable(path: &Path, code: &str) {
    let before = std::fs::read(path).unwrap();
    let error = Store::open(path).err().unwrap_or_else(|| panic!("{code}: the file was opened"));
    assert_eq!(error.code(), code, "{error}");
    assert!(error.needs_recovery(), "{code}");
    assert_eq!(std::fs::read(path).unwrap(), before, "{code}: the file was not modified");

    let recovered = recover(path, RecoveryAction::RestoreNewestBackup, Utc::now()).unwrap();
    let aside = recovered.moved_aside.expect("the unusable file was kept");
    assert_eq!(std::fs::read(&aside).unwrap(), before, "{code}: kept byte for byte");
    assert!(aside.file_name().unwrap().to_string_lossy().starts_with("pathway-unusable-20"), "dated: {aside:?}");
    let store = Store::open(path).unwrap();
    // The v2 fixture predates the answers public routes (v10) and the household (v11) ask for.
    let expected = pathway_core::profile::Profile {
        situation: Default::default(),
        household: Default::default(),
        ..pathway_core::store::sample::sample_profile()
    };
    assert_eq!(store.load_profile().unwrap(), Some(expected), "{code}");
}

#[test]
fn a_damaged_database_is_refused_kept_and_recovered_from_the_newest_backup() {
    let (_dir, path) = folder_with_backup();
    damage(&path);
    assert_refused_untouched_and_recoverable(&path, "store.damaged");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_kept_and_recovered() {
    let (_dir, path) = folder_with_backup();
    std::fs::write(&path, "Dear diary, today I studied subnetting.\n".repeat(50)).unwrap();
    assert_refused_untouched_and_recoverable(&path, "store.not_a_database");
}

#[test]
fn a_database_from_a_newer_pathway_is_refused_kept_and_recovered() {
    let (_dir, path) = folder_with_backup();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&path, bytes).unwrap();
    assert_refused_untouched_and_recoverable(&path, "store.too_new");
}

#[test]
fn a_database_in_use_by_another_copy_is_refused_and_both_survive() {
    let (_dir, path) = folder_with_backup();
    let mut first = Store::open(&path).unwrap();
    let error = Store::open(&path).err().expect("a second open is refused");
    assert_eq!(error.code(), "store.locked");
    assert!(!error.needs_recovery(), "a lock is waited out, not recovered from");
    first.save_profile(&Profile::empty(Currency::Usd)).unwrap();
    drop(first);
    assert_eq!(Store::open(&path).unwrap().load_profile().unwrap().unwrap().currency, Currency::Usd);
}

#[test]
fn starting_fresh_keeps_the_old_file_aside() {
    let (dir, path) = folder_with_backup();
    std::fs::write(&path, b"garbage").unwrap();
    let recovered = recover(&path, RecoveryAction::StartFresh, Utc::now()).unwrap();
    assert!(recovered.restored.is_none());
    assert_eq!(std::fs::read(recovered.moved_aside.unwrap()).unwrap(), b"garbage");
    assert_eq!(Store::open(&path).unwrap().load_profile().unwrap(), None, "a fresh, empty store");
    assert!(files_in(dir.path()).iter().any(|n| n.starts_with("pathway-unusable-")));
}

#[test]
fn with_no_usable_backup_restoring_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pathway.sqlite3");
    std::fs::write(&path, b"garbage").unwrap();
    let before = files_in(dir.path());
    let error = recover(&path, RecoveryAction::RestoreNewestBackup, Utc::now()).unwrap_err();
    assert_eq!(error.code(), "store.no_usable_backup");
    let after: Vec<String> = files_in(dir.path()).into_iter().filter(|n| !n.ends_with(".lock")).collect();
    assert_eq!(after, before);
}

#[test]
fn migrating_an_older_database_backs_it_up_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pathway.sqlite3");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.sqlite3"), &path).unwrap();
    drop(Store::open(&path).unwrap());
    let backups = list_backups(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, "before-migration-v1");
    assert_eq!(pathway_core::store::verify_database_file(&dir.path().join("backups").join(&backups[0].file_name)).unwrap(), 1);
}
