//! The database as files: the lock that keeps a second copy of Pathway out,
//! checking a file before trusting it, consistent copies, replacing the
//! database with another file, and moving an unusable file aside.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::{migrations, StoreError, LATEST_SCHEMA_VERSION};

/// The lock file's suffix: `pathway.sqlite3.lock` beside the database. Held
/// (an OS file lock) for as long as a [`super::Store`] is open on that file;
/// the OS releases it if the process dies.
pub const LOCK_SUFFIX: &str = ".lock";

pub(super) struct Lock {
    _file: File,
}

/// Takes the data folder's lock, or reports that another copy holds it.
pub(super) fn lock(database_path: &Path) -> Result<Lock, StoreError> {
    let lock_path = with_suffix(database_path, LOCK_SUFFIX);
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|source| StoreError::WriteFile { path: lock_path.clone(), source })?;
    match file.try_lock() {
        Ok(()) => Ok(Lock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(StoreError::Locked(database_path.to_path_buf())),
        Err(TryLockError::Error(source)) => Err(StoreError::WriteFile { path: lock_path, source }),
    }
}

/// Refuses a non-empty file that does not start with SQLite's header, so
/// that SQLite never tries to write into someone else's file.
pub(super) fn check_header(path: &Path) -> Result<(), StoreError> {
    use std::io::Read;
    let Ok(mut file) = File::open(path) else { return Ok(()) }; // missing: it will be created
    let mut header = [0u8; 16];
    let read = file.read(&mut header).map_err(|source| StoreError::WriteFile { path: path.to_path_buf(), source })?;
    if read == 0 || &header[..read] == b"SQLite format 3\0" {
        Ok(())
    } else {
        Err(StoreError::NotADatabase(path.to_path_buf()))
    }
}

/// SQLite's own consistency check (the quick variant: every page and index
/// entry, without cross-checking index contents against tables).
pub(super) fn quick_check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let mut statement = conn.prepare("PRAGMA quick_check").map_err(|e| StoreError::classify(e, path))?;
    let problems: Vec<String> = statement
        .query_map([], |row| row.get::<_, String>(0))
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::classify(e, path))?;
    if problems.len() == 1 && problems[0] == "ok" {
        Ok(())
    } else {
        Err(StoreError::Damaged { path: path.to_path_buf(), details: problems.join("; ") })
    }
}

/// Opens `path` only to check that it is a database this version can use.
/// Returns its schema version. Writes nothing to it.
pub fn verify_database_file(path: &Path) -> Result<u32, StoreError> {
    check_header(path)?;
    if !path.is_file() {
        return Err(StoreError::NotADatabase(path.to_path_buf()));
    }
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| StoreError::classify(e, path))?;
    let version = migrations::schema_version(&conn).map_err(|e| match e {
        StoreError::Sqlite(inner) => StoreError::classify(inner, path),
        other => other,
    })?;
    if version > LATEST_SCHEMA_VERSION {
        return Err(StoreError::TooNew { found: version, supported: LATEST_SCHEMA_VERSION });
    }
    quick_check(&conn, path)?;
    Ok(version)
}

/// A consistent copy of `conn`'s database at `dest`, through the online
/// backup API, written to `dest.partial` and renamed into place.
pub(super) fn copy_database(conn: &Connection, dest: &Path) -> Result<u64, StoreError> {
    let partial = with_suffix(dest, ".partial");
    let write_error = |source| StoreError::WriteFile { path: dest.to_path_buf(), source };
    let copied = conn
        .backup(rusqlite::MAIN_DB, &partial, None)
        .map_err(StoreError::from)
        .and_then(|()| std::fs::rename(&partial, dest).map_err(write_error));
    if let Err(error) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    Ok(std::fs::metadata(dest).map_err(write_error)?.len())
}

/// Copies `source` beside the database as `pathway.sqlite3.incoming`, ready
/// for [`commit_incoming`]. Staging first means the source may disappear
/// afterwards (a backup pruned by the safety backup) without harm.
pub(super) fn stage_incoming(database_path: &Path, source: &Path) -> Result<PathBuf, StoreError> {
    let incoming = with_suffix(database_path, ".incoming");
    std::fs::copy(source, &incoming).map_err(|e| StoreError::WriteFile { path: incoming.clone(), source: e })?;
    Ok(incoming)
}

/// Puts the staged copy in place of the (closed) database. The copy is
/// complete before the rename, so a crash leaves the old file or the new one.
pub(super) fn commit_incoming(database_path: &Path) -> Result<(), StoreError> {
    remove_sidecars(database_path)?;
    std::fs::rename(with_suffix(database_path, ".incoming"), database_path)
        .map_err(|e| StoreError::WriteFile { path: database_path.to_path_buf(), source: e })
}

/// Renames an unusable database (and its WAL and shared-memory files) to a
/// dated name beside it, so it is kept but no longer opened. Returns the new
/// name, or `None` when there was no file.
pub fn move_aside(database_path: &Path, problem: &str, now: DateTime<Utc>) -> Result<Option<PathBuf>, StoreError> {
    if !database_path.exists() {
        return Ok(None);
    }
    let folder = database_path.parent().unwrap_or(Path::new("."));
    let aside = folder.join(format!("pathway-{problem}-{}.sqlite3", now.format("%Y%m%dT%H%M%S%3fZ")));
    for suffix in ["", "-wal", "-shm"] {
        let from = with_suffix(database_path, suffix);
        if from.exists() {
            let to = with_suffix(&aside, suffix);
            std::fs::rename(&from, &to).map_err(|source| StoreError::WriteFile { path: to, source })?;
        }
    }
    Ok(Some(aside))
}

fn remove_sidecars(database_path: &Path) -> Result<(), StoreError> {
    for suffix in ["-wal", "-shm"] {
        let path = with_suffix(database_path, suffix);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(StoreError::Delete { path, source }),
        }
    }
    Ok(())
}

/// `path` with `suffix` appended to its file name (`a.sqlite3` → `a.sqlite3-wal`).
pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
/// Writes a file through `NAME.partial` and a rename, so a crash never leaves
/// half a file: the bytes are on disk (synced) before the rename makes them
/// the file, the folder's entry is synced after it, and a write that fails
/// removes its `.partial` (an export to a full USB stick leaves nothing behind).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<u64, StoreError> {
    let partial = with_suffix(path, ".partial");
    let written = write_synced(&partial, bytes).and_then(|()| std::fs::rename(&partial, path));
    if let Err(source) = written {
        // Best effort: the error that matters is the write's, and the partial may not exist.
        let _ = std::fs::remove_file(&partial);
        return Err(StoreError::WriteFile { path: path.to_path_buf(), source });
    }
    sync_folder(path);
    Ok(bytes.len() as u64)
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes a rename durable where the OS allows it: on Unix a folder is synced
/// through a handle to it; Windows cannot open a folder that way, and NTFS
/// journals the rename itself. Best effort: the file's bytes are already on disk.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(handle) = File::open(folder) {
            let _ = handle.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn a_written_file_replaces_the_old_one_whole_and_leaves_no_partial() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.ics");
        std::fs::write(&path, "old").unwrap();
        assert_eq!(write_atomically(&path, b"new and longer").unwrap(), 14);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new and longer");
        assert_eq!(names(folder.path()), ["plan.ics"]);
    }

    #[test]
    fn a_write_that_fails_leaves_the_old_file_and_no_partial() {
        let folder = tempfile::tempdir().unwrap();
        // A folder in the way: the rename over it fails on every OS, after the partial was written.
        let path = folder.path().join("export.json");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("kept.txt"), "hers").unwrap();
        let error = write_atomically(&path, b"{}").unwrap_err();
        assert!(matches!(error, StoreError::WriteFile { .. }), "{error:?}");
        assert_eq!(names(folder.path()), ["export.json"], "no export.json.partial left behind");
        assert_eq!(std::fs::read_to_string(path.join("kept.txt")).unwrap(), "hers");
        // A folder that does not exist: nothing is written anywhere.
        let missing = folder.path().join("gone").join("export.json");
        assert!(write_atomically(&missing, b"{}").is_err());
        assert_eq!(names(folder.path()), ["export.json"]);
    }
}
