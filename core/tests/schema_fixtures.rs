//! Every schema version that has shipped has a sample database here, and the
//! current code must open and migrate each one without losing its data.

use std::path::PathBuf;

use pathway_core::store::{sample::fixture_file_name, Store, LATEST_SCHEMA_VERSION};

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// SQLite keeps `user_version` as a big-endian u32 at byte 60 of the header,
/// so a fixture's version can be read without opening (and so migrating) it.
fn header_user_version(bytes: &[u8]) -> u32 {
    u32::from_be_bytes(bytes[60..64].try_into().unwrap())
}

#[test]
fn there_is_a_fixture_for_every_schema_version() {
    for version in 1..=LATEST_SCHEMA_VERSION {
        let path = fixtures_dir().join(fixture_file_name(version));
        assert!(path.is_file(), "no fixture for schema version {version}: run `cargo xtask fixture` and commit {}", path.display());
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(header_user_version(&bytes), version, "{} is at the wrong version", path.display());
    }
}

#[test]
fn every_fixture_opens_and_migrates_to_the_latest_schema() {
    for version in 1..=LATEST_SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("pathway.sqlite3");
        std::fs::copy(fixtures_dir().join(fixture_file_name(version)), &copy).unwrap();

        let store = Store::open(&copy).unwrap_or_else(|e| panic!("schema v{version}: {e}"));
        let info = store.info().unwrap();
        assert_eq!(info.schema_version, LATEST_SCHEMA_VERSION, "schema v{version}");
        assert!(!info.created_at.is_empty(), "schema v{version} lost its creation stamp");
        assert!(!info.created_by_version.is_empty(), "schema v{version} lost its creator");
        let profile = store.load_profile().unwrap_or_else(|e| panic!("schema v{version}: {e}"));
        // The answers public routes ask for arrived in v10, and those about her
        // household in v11: older profiles have none.
        let expected = (version >= 2).then(pathway_core::store::sample::sample_profile).map(|p| {
            let p = if version >= 11 { p } else { pathway_core::profile::Profile { household: Default::default(), ..p } };
            if version >= 10 {
                p
            } else {
                pathway_core::profile::Profile { situation: Default::default(), ..p }
            }
        });
        assert_eq!(profile, expected, "schema v{version}: the sample profile (from v2 on) survives migration");
        let figures = store.load_user_figures().unwrap();
        let expected = if version >= 3 { pathway_core::store::sample::sample_user_figures() } else { vec![] };
        // The v3 fixture was written when only exchange rates could be corrected.
        let expected: Vec<_> = expected.into_iter().filter(|f| version >= 4 || f.id.starts_with("exchange_rate:")).collect();
        assert_eq!(figures, expected, "schema v{version}: user figures (from v3 on)");
        let choices = store.load_choices().unwrap();
        let mut expected = if version >= 4 { pathway_core::store::sample::sample_choices() } else { Default::default() };
        if version < 10 {
            expected.route = None; // a route could be chosen from v10 on
        }
        assert_eq!(choices, expected, "schema v{version}: choices (from v4 on)");
        let assessments = store.load_assessments().unwrap();
        let expected = if version >= 5 { pathway_core::store::sample::sample_assessments() } else { vec![] };
        assert_eq!(assessments, expected, "schema v{version}: assessments (from v5 on)");
        let plans = store.load_plans().unwrap();
        let expected = if version >= 6 { pathway_core::store::sample::sample_plans() } else { vec![] };
        assert_eq!(plans, expected, "schema v{version}: plans (from v6 on)");
        let data = store.export_data().unwrap();
        let expected = if version >= 7 { pathway_core::store::sample::sample_progress() } else { Default::default() };
        assert_eq!(
            (&data.sessions, &data.attempts, &data.projects, &data.contacts, &data.applications, &data.timer),
            (&expected.sessions, &expected.attempts, &expected.projects, &expected.contacts, &expected.applications, &expected.timer),
            "schema v{version}: progress records (from v7 on)"
        );
    }
}
