//! Backups: consistent copies of the database (SQLite's online backup API)
//! in a `backups` folder beside it. One is made each day the app runs, one
//! before every migration, and one before every restore or import. The last
//! seven of each kind are kept.
//!
//! A backup's name carries its time (UTC, to the millisecond) and its
//! reason: `pathway-20261122T074512345Z-daily.sqlite3`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::files::{self, copy_database};
use super::{Store, StoreError};

/// How many backups of each kind are kept.
pub const KEEP_PER_KIND: usize = 7;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReason {
    Daily,
    BeforeMigration { from_version: u32 },
    BeforeRestore,
    BeforeImport,
}

impl BackupReason {
    fn slug(self) -> String {
        match self {
            BackupReason::Daily => "daily".into(),
            BackupReason::BeforeMigration { from_version } => format!("before-migration-v{from_version}"),
            BackupReason::BeforeRestore => "before-restore".into(),
            BackupReason::BeforeImport => "before-import".into(),
        }
    }
}

/// A backup file, as Settings lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BackupInfo {
    pub file_name: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// `daily`, `before-migration-vN`, `before-restore` or `before-import`.
    pub reason: String,
    pub bytes: u64,
}

/// The backups folder for a database.
pub fn backups_dir(database_path: &Path) -> PathBuf {
    database_path.parent().unwrap_or(Path::new(".")).join("backups")
}

const TIME_FORMAT: &str = "%Y%m%dT%H%M%S%3fZ";

fn file_name(now: DateTime<Utc>, reason: BackupReason) -> String {
    format!("pathway-{}-{}.sqlite3", now.format(TIME_FORMAT), reason.slug())
}

/// `pathway-<time>-<reason>.sqlite3` → (time, reason). Other files are not backups.
fn parse_file_name(name: &str) -> Option<(DateTime<Utc>, String)> {
    let rest = name.strip_prefix("pathway-")?.strip_suffix(".sqlite3")?;
    let (time, reason) = rest.split_once('-')?;
    let time = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?.and_utc();
    (!reason.is_empty()).then(|| (time, reason.to_string()))
}

/// Every backup beside `database_path`, newest first.
pub fn list_backups(database_path: &Path) -> Result<Vec<BackupInfo>, StoreError> {
    let folder = backups_dir(database_path);
    let entries = match std::fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(StoreError::WriteFile { path: folder, source }),
    };
    let mut backups: Vec<(DateTime<Utc>, BackupInfo)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let (time, reason) = parse_file_name(&name)?;
            let bytes = entry.metadata().ok()?.len();
            Some((time, BackupInfo { file_name: name, created_at: time.to_rfc3339(), reason, bytes }))
        })
        .collect();
    backups.sort_by_key(|b| std::cmp::Reverse(b.0));
    Ok(backups.into_iter().map(|(_, info)| info).collect())
}

/// Writes a backup of `conn`'s database and prunes that kind to [`KEEP_PER_KIND`].
pub(super) fn write_backup(
    conn: &Connection,
    database_path: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<BackupInfo, StoreError> {
    let folder = backups_dir(database_path);
    std::fs::create_dir_all(&folder).map_err(|source| StoreError::CreateFolder { folder: folder.clone(), source })?;
    let name = file_name(now, reason);
    let bytes = copy_database(conn, &folder.join(&name))?;
    prune(database_path, reason)?;
    Ok(BackupInfo { file_name: name, created_at: now.to_rfc3339(), reason: reason.slug(), bytes })
}

/// Keeps the newest [`KEEP_PER_KIND`] backups of one kind (all migrations count as one kind).
fn prune(database_path: &Path, reason: BackupReason) -> Result<(), StoreError> {
    let kind = |slug: &str| if slug.starts_with("before-migration") { "before-migration".to_string() } else { slug.to_string() };
    let this_kind = kind(&reason.slug());
    let folder = backups_dir(database_path);
    for old in list_backups(database_path)?.into_iter().filter(|b| kind(&b.reason) == this_kind).skip(KEEP_PER_KIND) {
        let path = folder.join(&old.file_name);
        std::fs::remove_file(&path).map_err(|source| StoreError::Delete { path, source })?;
    }
    Ok(())
}

impl Store {
    pub fn backup_now(&self, reason: BackupReason, now: DateTime<Utc>) -> Result<BackupInfo, StoreError> {
        write_backup(&self.conn, &self.path, reason, now)
    }

    /// Whether any record is stored: one query, however large the store
    /// (the same kinds `ExportData::is_empty` counts).
    pub fn holds_records(&self) -> Result<bool, StoreError> {
        const KINDS: [&str; 11] =
            ["profile", "user_figure", "choice", "assessment", "plan", "session", "attempt", "project", "contact", "application", "timer"];
        let any = KINDS.map(|table| format!("EXISTS (SELECT 1 FROM {table})")).join(" OR ");
        Ok(self.conn.query_row(&format!("SELECT {any}"), [], |row| row.get(0))?)
    }

    /// Makes today's backup unless one exists (today in UTC), or the store
    /// holds no records yet (there is nothing to protect). Returns it when made.
    pub fn ensure_daily_backup(&self, now: DateTime<Utc>) -> Result<Option<BackupInfo>, StoreError> {
        if !self.holds_records()? {
            return Ok(None);
        }
        let today = now.date_naive();
        let done_today = list_backups(&self.path)?
            .iter()
            .any(|b| b.reason == "daily" && DateTime::parse_from_rfc3339(&b.created_at).is_ok_and(|t| t.date_naive() == today));
        if done_today {
            return Ok(None);
        }
        self.backup_now(BackupReason::Daily, now).map(Some)
    }
}

/// Replaces the (closed) database with the backup named `file_name`, after
/// checking the backup and backing up the current file first. Returns the
/// backup made of the current file, if it could be opened.
pub fn restore_backup(database_path: &Path, file_name: &str, now: DateTime<Utc>) -> Result<Option<BackupInfo>, StoreError> {
    let chosen = list_backups(database_path)?
        .into_iter()
        .find(|b| b.file_name == file_name)
        .ok_or_else(|| StoreError::NoSuchBackup(file_name.to_string()))?;
    let source = backups_dir(database_path).join(&chosen.file_name);
    files::verify_database_file(&source)?;
    let _lock = files::lock(database_path)?;
    // Stage the chosen backup before the safety backup runs: pruning the
    // oldest "before-restore" backup could otherwise remove the very file.
    files::stage_incoming(database_path, &source)?;
    let safety_copy = back_up_current(database_path, now)?;
    files::commit_incoming(database_path)?;
    Ok(safety_copy)
}

/// A "before-restore" backup of the current database, when it is usable.
/// An unusable one is moved aside instead, so that nothing is lost.
fn back_up_current(database_path: &Path, now: DateTime<Utc>) -> Result<Option<BackupInfo>, StoreError> {
    if !database_path.exists() {
        return Ok(None);
    }
    if files::verify_database_file(database_path).is_err() {
        files::move_aside(database_path, "unusable", now)?;
        return Ok(None);
    }
    let conn = Connection::open(database_path)?;
    write_backup(&conn, database_path, BackupReason::BeforeRestore, now).map(Some)
}

/// The newest backup that passes [`files::verify_database_file`], if any.
pub fn newest_usable_backup(database_path: &Path) -> Result<Option<BackupInfo>, StoreError> {
    let folder = backups_dir(database_path);
    Ok(list_backups(database_path)?.into_iter().find(|b| files::verify_database_file(&folder.join(&b.file_name)).is_ok()))
}

/// What the user chose when the database could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryAction {
    RestoreNewestBackup,
    StartFresh,
}

/// What recovery did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Recovered {
    /// Where the unusable file now is (it is never deleted).
    pub moved_aside: Option<PathBuf>,
    /// The backup now in use, when one was restored.
    pub restored: Option<BackupInfo>,
}

/// Moves the unusable database aside under a dated name and either puts the
/// newest backup that opens cleanly in its place or leaves the place empty
/// for a fresh start. With no usable backup, restoring changes nothing.
pub fn recover(database_path: &Path, action: RecoveryAction, now: DateTime<Utc>) -> Result<Recovered, StoreError> {
    let _lock = files::lock(database_path)?;
    // Recovery is for a file that cannot be used; a healthy one is never moved aside.
    if database_path.exists() && files::verify_database_file(database_path).is_ok() {
        return Err(StoreError::NothingToRecover);
    }
    let backup = match action {
        RecoveryAction::RestoreNewestBackup => Some(newest_usable_backup(database_path)?.ok_or(StoreError::NoUsableBackup)?),
        RecoveryAction::StartFresh => None,
    };
    if let Some(backup) = &backup {
        files::stage_incoming(database_path, &backups_dir(database_path).join(&backup.file_name))?;
    }
    let moved_aside = files::move_aside(database_path, "unusable", now)?;
    if backup.is_some() {
        files::commit_incoming(database_path)?;
    }
    Ok(Recovered { moved_aside, restored: backup })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holding_records_is_one_query_that_agrees_with_the_export() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
        assert!(!store.holds_records().unwrap());
        assert!(store.export_data().unwrap().is_empty());
        crate::store::sample::fill(&mut store).unwrap();
        assert!(store.holds_records().unwrap());
        assert!(!store.export_data().unwrap().is_empty());
    }
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
        (dir, store)
    }

    #[test]
    fn names_round_trip_and_other_files_are_ignored() {
        let name = file_name(at(22, 7), BackupReason::BeforeMigration { from_version: 1 });
        assert_eq!(name, "pathway-20261122T070000000Z-before-migration-v1.sqlite3");
        assert_eq!(parse_file_name(&name), Some((at(22, 7), "before-migration-v1".into())));
        assert_eq!(parse_file_name("notes.txt"), None);
        assert_eq!(parse_file_name("pathway-garbage-daily.sqlite3"), None);
    }

    #[test]
    fn an_empty_store_is_not_backed_up() {
        let (_dir, mut store) = open();
        assert_eq!(store.ensure_daily_backup(at(1, 9)).unwrap(), None);
        store.save_profile(&crate::profile::Profile::empty(crate::money::Currency::Php)).unwrap();
        assert!(store.ensure_daily_backup(at(1, 9)).unwrap().is_some());
    }

    #[test]
    fn one_daily_backup_a_day_and_only_seven_are_kept() {
        let (_dir, mut store) = open();
        store.save_profile(&crate::profile::Profile::empty(crate::money::Currency::Php)).unwrap();
        assert!(store.ensure_daily_backup(at(1, 9)).unwrap().is_some());
        assert!(store.ensure_daily_backup(at(1, 18)).unwrap().is_none(), "one a day");
        for day in 2..=10 {
            store.ensure_daily_backup(at(day, 9)).unwrap();
        }
        store.backup_now(BackupReason::BeforeImport, at(10, 10)).unwrap();
        let backups = list_backups(store.path()).unwrap();
        let daily: Vec<_> = backups.iter().filter(|b| b.reason == "daily").collect();
        assert_eq!(daily.len(), KEEP_PER_KIND);
        assert!(daily[0].created_at.starts_with("2026-11-10"), "newest first");
        assert!(daily.last().unwrap().created_at.starts_with("2026-11-04"));
        assert_eq!(backups.iter().filter(|b| b.reason == "before-import").count(), 1, "other kinds are kept apart");
        assert!(backups.iter().all(|b| b.bytes > 0));
    }

    #[test]
    fn restoring_brings_back_the_old_data_and_keeps_the_current_file() {
        let (dir, mut store) = open();
        let path = store.path().to_path_buf();
        store.save_profile(&crate::profile::Profile::empty(crate::money::Currency::Inr)).unwrap();
        let old = store.backup_now(BackupReason::Daily, at(1, 9)).unwrap();
        store.save_profile(&crate::profile::Profile::empty(crate::money::Currency::Usd)).unwrap();
        drop(store);

        let safety = restore_backup(&path, &old.file_name, at(2, 9)).unwrap().expect("the current file was backed up");
        assert_eq!(safety.reason, "before-restore");
        let restored = Store::open(&path).unwrap();
        assert_eq!(restored.load_profile().unwrap().unwrap().currency, crate::money::Currency::Inr);
        drop(restored);

        // And back again: the safety copy holds the newer state.
        restore_backup(&path, &safety.file_name, at(3, 9)).unwrap();
        assert_eq!(Store::open(&path).unwrap().load_profile().unwrap().unwrap().currency, crate::money::Currency::Usd);
        drop(dir);
    }

    #[test]
    fn restoring_the_oldest_of_seven_safety_backups_keeps_it_until_it_is_in_place() {
        let (_dir, mut store) = open();
        let path = store.path().to_path_buf();
        for day in 1..=7 {
            store.save_profile(&crate::profile::Profile::empty(crate::money::Currency::Inr)).unwrap();
            store.backup_now(BackupReason::BeforeRestore, at(day, 9)).unwrap();
        }
        store.save_profile(&crate::profile::Profile::empty(crate::money::Currency::Usd)).unwrap();
        drop(store);
        let oldest = list_backups(&path).unwrap().last().unwrap().file_name.clone();
        restore_backup(&path, &oldest, at(10, 9)).expect("the oldest safety backup restores");
        assert_eq!(Store::open(&path).unwrap().load_profile().unwrap().unwrap().currency, crate::money::Currency::Inr);
    }

    #[test]
    fn a_healthy_database_is_never_recovered_from() {
        let (_dir, store) = open();
        let path = store.path().to_path_buf();
        drop(store);
        assert_eq!(recover(&path, RecoveryAction::StartFresh, at(1, 1)).unwrap_err().code(), "store.nothing_to_recover");
        assert!(Store::open(&path).is_ok());
    }

    #[test]
    fn an_unknown_or_damaged_backup_is_refused_and_nothing_changes() {
        let (_dir, store) = open();
        let path = store.path().to_path_buf();
        drop(store);
        assert_eq!(restore_backup(&path, "../../etc/passwd", at(1, 1)).unwrap_err().code(), "store.no_such_backup");
        let folder = backups_dir(&path);
        std::fs::create_dir_all(&folder).unwrap();
        let fake = "pathway-20261101T000000000Z-daily.sqlite3";
        std::fs::write(folder.join(fake), b"definitely not sqlite").unwrap();
        assert_eq!(restore_backup(&path, fake, at(1, 1)).unwrap_err().code(), "store.not_a_database");
        assert!(Store::open(&path).is_ok(), "the database is untouched");
        assert_eq!(newest_usable_backup(&path).unwrap(), None);
    }
}
