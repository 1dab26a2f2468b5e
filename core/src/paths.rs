//! Where the user's data lives.
//!
//! The app and the CLI must find the same folder, so both ask this module.
//! The order is: an explicit folder (the CLI's `--data-dir`), then the
//! `PATHWAY_DATA_DIR` environment variable (tests and portable installs), then
//! the platform's per-user data folder joined with [`crate::APP_IDENTIFIER`].
//! That last one is the folder Tauri's `app_data_dir()` gives, because both
//! come from the `dirs` crate's `data_dir()`.

use std::path::{Path, PathBuf};

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "PATHWAY_DATA_DIR";

/// The database's file name inside the data folder.
pub const DATABASE_FILE_NAME: &str = "pathway.sqlite3";

/// The log folder's name inside the data folder.
pub const LOG_FOLDER_NAME: &str = "logs";

/// Why no data folder could be found.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DataDirError {
    #[error("this system reports no per-user data folder; set {DATA_DIR_ENV} to choose one")]
    NoPlatformDataDir,
    #[error("{DATA_DIR_ENV} must be an absolute path, got {0:?}")]
    NotAbsolute(PathBuf),
}

/// Where the data folder is, and which rule chose it (shown in Help and About).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DataDirSource {
    Flag,
    Environment,
    Platform,
}

/// The resolved data folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct DataDir {
    pub path: PathBuf,
    pub source: DataDirSource,
}

impl DataDir {
    pub fn database_path(&self) -> PathBuf {
        self.path.join(DATABASE_FILE_NAME)
    }

    /// Where the app writes its logs: inside the data folder, so that it
    /// follows `PATHWAY_DATA_DIR` (and each test's own folder) and a user
    /// who sends their logs finds them beside their data.
    pub fn log_dir(&self) -> PathBuf {
        self.path.join(LOG_FOLDER_NAME)
    }
}

/// Resolves the data folder from the process environment.
pub fn resolve_data_dir(explicit: Option<&Path>) -> Result<DataDir, DataDirError> {
    let from_env = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
    resolve_data_dir_with(explicit, from_env.as_deref(), dirs::data_dir().as_deref())
}

/// The pure rule behind [`resolve_data_dir`], so that it can be tested without
/// touching the process environment.
pub fn resolve_data_dir_with(
    explicit: Option<&Path>,
    from_env: Option<&Path>,
    platform_data_dir: Option<&Path>,
) -> Result<DataDir, DataDirError> {
    if let Some(path) = explicit.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(DataDir { path: absolute(path), source: DataDirSource::Flag });
    }
    if let Some(path) = from_env.filter(|p| !p.as_os_str().is_empty()) {
        // A relative path in the environment would move with the working
        // directory, and the app's working directory is not the user's choice.
        if !path.is_absolute() {
            return Err(DataDirError::NotAbsolute(path.to_path_buf()));
        }
        return Ok(DataDir { path: path.to_path_buf(), source: DataDirSource::Environment });
    }
    let base = platform_data_dir.ok_or(DataDirError::NoPlatformDataDir)?;
    Ok(DataDir { path: base.join(crate::APP_IDENTIFIER), source: DataDirSource::Platform })
}

/// A flag given on a command line is relative to where the user typed it.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An absolute path on the OS the tests run on ("/env" has no drive, so Windows calls it relative).
    fn absolute_path(name: &str) -> PathBuf {
        if cfg!(windows) {
            PathBuf::from(format!(r"C:\{name}"))
        } else {
            PathBuf::from(format!("/{name}"))
        }
    }

    #[test]
    fn the_flag_wins_over_the_environment_and_the_platform() {
        let (flag, env) = (absolute_path("flag"), absolute_path("env"));
        let dir = resolve_data_dir_with(Some(&flag), Some(&env), Some(Path::new("/home/u/.local/share"))).unwrap();
        assert_eq!(dir, DataDir { path: flag, source: DataDirSource::Flag });
    }

    #[test]
    fn the_environment_wins_over_the_platform() {
        let env = absolute_path("env");
        let dir = resolve_data_dir_with(None, Some(&env), Some(Path::new("/p"))).unwrap();
        assert_eq!(dir, DataDir { path: env, source: DataDirSource::Environment });
    }

    #[test]
    fn the_platform_folder_is_joined_with_the_identifier() {
        let dir = resolve_data_dir_with(None, None, Some(Path::new("/home/u/.local/share"))).unwrap();
        assert_eq!(dir.path, Path::new("/home/u/.local/share/org.pathwayapp.pathway"));
        assert_eq!(dir.source, DataDirSource::Platform);
        assert_eq!(dir.database_path(), Path::new("/home/u/.local/share/org.pathwayapp.pathway/pathway.sqlite3"));
    }

    #[test]
    fn empty_values_are_ignored() {
        let dir = resolve_data_dir_with(Some(Path::new("")), Some(Path::new("")), Some(Path::new("/p"))).unwrap();
        assert_eq!(dir.source, DataDirSource::Platform);
    }

    #[test]
    fn a_relative_environment_path_is_refused() {
        let err = resolve_data_dir_with(None, Some(Path::new("data")), Some(Path::new("/p")));
        assert_eq!(err, Err(DataDirError::NotAbsolute("data".into())));
    }

    #[test]
    fn no_platform_folder_and_no_override_is_an_error() {
        assert_eq!(resolve_data_dir_with(None, None, None), Err(DataDirError::NoPlatformDataDir));
    }

    #[test]
    fn a_relative_flag_becomes_absolute() {
        let dir = resolve_data_dir_with(Some(Path::new("rel")), None, None).unwrap();
        assert!(dir.path.is_absolute());
        assert!(dir.path.ends_with("rel"));
    }
}
