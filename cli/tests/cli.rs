//! The CLI as a user runs it: the real binary, real folders.

use std::process::Command;

fn cli() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pathway-cli"));
    command.env_remove("PATHWAY_DATA_DIR");
    command
}

fn stdout_json(output: &std::process::Output) -> serde_json::Value {
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn version_prints_the_package_version() {
    let output = cli().arg("--version").output().unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), format!("pathway-cli {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_lists_the_commands() {
    let output = cli().arg("--help").output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("data-dir") && text.contains("status") && text.contains("PATHWAY_DATA_DIR"), "{text}");
}

#[test]
fn the_environment_chooses_the_data_folder_and_status_creates_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let where_ = stdout_json(&cli().env("PATHWAY_DATA_DIR", dir.path()).arg("data-dir").output().unwrap());
    assert_eq!(where_["source"], "environment");
    assert_eq!(where_["path"], dir.path().to_str().unwrap());
    assert!(!dir.path().join("pathway.sqlite3").exists(), "data-dir opens nothing");

    let status = stdout_json(&cli().env("PATHWAY_DATA_DIR", dir.path()).arg("status").output().unwrap());
    assert_eq!(status["schema_version"], pathway_core::store::LATEST_SCHEMA_VERSION);
    assert!(dir.path().join("pathway.sqlite3").is_file());
}

#[test]
fn the_flag_wins_over_the_environment() {
    let env_dir = tempfile::tempdir().unwrap();
    let flag_dir = tempfile::tempdir().unwrap();
    let json = stdout_json(
        &cli().env("PATHWAY_DATA_DIR", env_dir.path()).arg("--data-dir").arg(flag_dir.path()).arg("data-dir").output().unwrap(),
    );
    assert_eq!(json["source"], "flag");
    assert_eq!(json["path"], flag_dir.path().to_str().unwrap());
}

#[test]
fn bad_usage_exits_2_with_one_line_on_stderr() {
    let output = cli().arg("fly").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("pathway-cli: unknown command 'fly'"), "{stderr}");
}

#[test]
fn a_database_from_a_newer_pathway_fails_with_exit_1_and_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pathway.sqlite3");
    // A real SQLite file whose user_version is far ahead of this build.
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/schema-v1.sqlite3");
    let mut bytes = std::fs::read(fixture).unwrap();
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&db, &bytes).unwrap();

    let output = cli().env("PATHWAY_DATA_DIR", dir.path()).arg("status").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("newer version of Pathway"));
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "the file was not modified");
}

#[test]
fn catalog_prints_every_kind_with_provenance() {
    let json = stdout_json(&cli().arg("catalog").output().unwrap());
    assert!(json["certifications"].as_array().unwrap().len() >= 60);
    assert!(json["roles"].as_array().unwrap().len() >= 39);
    let a_plus = json["certifications"].as_array().unwrap().iter().find(|c| c["id"] == "comptia-a-plus").unwrap();
    assert_eq!(a_plus["exam_fee_usd"]["amount"], 265.0);
    assert!(a_plus["exam_fee_usd"]["provenance"]["kind"].is_string());
}

#[test]
fn catalog_search_finds_security_plus_and_filters_narrow() {
    let hits = stdout_json(&cli().args(["catalog", "search", "security"]).output().unwrap());
    let ids: Vec<&str> = hits.as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert!(ids.iter().take(5).any(|&id| id == "comptia-security-plus"), "{ids:?}");
    let aws = stdout_json(&cli().args(["catalog", "search", "cloud", "--vendor", "AWS", "--kind", "certification"]).output().unwrap());
    let aws = aws.as_array().unwrap();
    assert!(!aws.is_empty() && aws.iter().all(|h| h["subtitle"] == "AWS"));
    assert!(aws.len() < hits.as_array().unwrap().len() + 100);
}

#[test]
fn catalog_search_refuses_a_bad_filter_by_name() {
    let output = cli().args(["catalog", "search", "--max-price", "lots"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("pathway-cli: --max-price: expected a number"));
}

#[test]
fn catalog_check_reports_no_problems_and_stats_counts_figures() {
    assert_eq!(stdout_json(&cli().args(["catalog", "check"]).output().unwrap()), serde_json::json!([]));
    let stats = stdout_json(&cli().args(["catalog", "stats"]).output().unwrap());
    let fees = &stats["figures"]["certification exam fee"];
    let total = fees["sourced"].as_u64().unwrap() + fees["estimate"].as_u64().unwrap() + fees["none"].as_u64().unwrap();
    assert_eq!(total, stats["certifications"].as_u64().unwrap());
}

#[test]
fn catalog_applies_the_users_own_exchange_rate() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = pathway_core::store::Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
    let usd = pathway_core::money::Currency::Usd;
    let php = pathway_core::money::Currency::Php;
    pathway_core::app::catalog::set_exchange_rate(&mut store, usd, php, "57.5", chrono::Utc::now()).unwrap();
    drop(store);
    let json = stdout_json(&cli().env("PATHWAY_DATA_DIR", dir.path()).arg("catalog").output().unwrap());
    let rate = json["exchange_rates"].as_array().unwrap().iter().find(|r| r["to"] == "PHP").unwrap();
    assert_eq!(rate["rate"], 57.5);
    assert_eq!(rate["provenance"]["kind"], "user");
}

/// A data folder holding the sample data: a profile and an active plan.
fn sample_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut store = pathway_core::store::Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
    pathway_core::store::sample::fill(&mut store).unwrap();
    dir
}

#[test]
fn plan_show_prints_the_active_plan_with_its_dates() {
    let dir = sample_folder();
    let plan = stdout_json(&cli().env("PATHWAY_DATA_DIR", dir.path()).args(["plan", "show"]).output().unwrap());
    assert_eq!(plan["plan"]["active"], true);
    assert!(plan["plan"]["milestones"].as_array().unwrap().len() >= 3, "{plan}");
    assert_eq!(plan["placed"].as_array().unwrap().len(), plan["plan"]["milestones"].as_array().unwrap().len());
    assert!(plan["start"].is_string(), "{plan}");
}

#[test]
fn plan_pdf_writes_the_plan_from_the_data_folder_flag() {
    let dir = sample_folder();
    let out = dir.path().join("for-mentor.pdf");
    let written = stdout_json(
        &cli().arg("--data-dir").arg(dir.path()).args(["plan", "pdf", "--paper", "letter", "--out"]).arg(&out).output().unwrap(),
    );
    assert_eq!(written["path"], out.to_str().unwrap());
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    assert_eq!(written["bytes"], bytes.len());
}

#[test]
fn plan_commands_never_create_a_database_and_say_where_they_looked() {
    let dir = tempfile::tempdir().unwrap();
    let output = cli().env("PATHWAY_DATA_DIR", dir.path()).args(["plan", "show"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no Pathway data"), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(!dir.path().join("pathway.sqlite3").exists());
    let output = cli().env("PATHWAY_DATA_DIR", dir.path()).args(["plan", "pdf"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "bad usage: --out is missing");
}

/// One answer: with her data, the CLI's search is Explore's (her currency beside the dollars).
#[test]
fn catalog_search_with_her_data_is_explores_search() {
    let dir = sample_folder();
    let hits = stdout_json(&cli().env("PATHWAY_DATA_DIR", dir.path()).args(["catalog", "search", "security"]).output().unwrap());
    let store = pathway_core::store::Store::open(&dir.path().join("pathway.sqlite3")).unwrap();
    let query: pathway_core::search::SearchQuery = serde_json::from_str(r#"{"text": "security"}"#).unwrap();
    let app_hits = pathway_core::app::catalog::search(&store, &query).unwrap();
    assert_eq!(hits, serde_json::to_value(&app_hits).unwrap());
    assert!(hits.as_array().unwrap().iter().any(|h| !h["cost_local"].is_null()), "her currency beside the dollars");
}
