//! The worked examples in docs/cli.md, run exactly as written: each
//! `<!-- example NAME: COMMAND -->` is followed by its input(s) and the
//! expected output (an excerpt: every field it shows must match).

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

mod support;

fn json_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "```json" {
            blocks.push(lines.by_ref().take_while(|l| l.trim() != "```").collect::<Vec<_>>().join("\n"));
        }
    }
    blocks
}

/// Every field of `expected` is in `actual` with the same value (numbers compared as numbers).
fn contains(actual: &Value, expected: &Value, path: &str) -> Result<(), String> {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => e.iter().try_for_each(|(key, value)| {
            let found = a.get(key).ok_or_else(|| format!("{path}.{key} is missing"))?;
            contains(found, value, &format!("{path}.{key}"))
        }),
        (Value::Array(a), Value::Array(e)) if a.len() == e.len() => {
            a.iter().zip(e).enumerate().try_for_each(|(i, (x, y))| contains(x, y, &format!("{path}[{i}]")))
        }
        (Value::Number(a), Value::Number(e)) if a.as_f64() == e.as_f64() => Ok(()),
        (a, e) if a == e => Ok(()),
        (a, e) => Err(format!("{path}: expected {e}, got {a}")),
    }
}

fn run(args: &[&str], stdin: &str) -> Value {
    let output = support::run_with_input(args, stdin);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A data folder set up as the app's set-up, Explore and Roadmap would leave
/// it (`setup`: today, the profile as typed, a target role, certifications),
/// then `pathway-cli ARGS` on it, on that day.
fn run_in_folder(setup: &str, args: &[&str]) -> Value {
    use pathway_core::{app, catalog::Catalog, store::Store};
    let setup: Value = serde_json::from_str(setup).unwrap();
    let today: chrono::NaiveDate = setup["today"].as_str().unwrap().parse().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let mut store = Store::open(&folder.path().join(pathway_core::paths::DATABASE_FILE_NAME)).unwrap();
    let catalog = Catalog::embedded();
    let draft = serde_json::from_value(setup["profile"].clone()).unwrap();
    app::profile::save_draft(&mut store, &draft, None, today).unwrap();
    app::choices::choose_target_role(&mut store, catalog, setup["target_role"].as_str().unwrap()).unwrap();
    for cert in setup["certifications"].as_array().unwrap() {
        app::choices::set_certification_choice(&mut store, catalog, cert.as_str().unwrap(), true).unwrap();
    }
    app::plan::create(&mut store, catalog, "My plan", chrono::Utc::now()).unwrap();
    drop(store);
    let mut full = vec!["--data-dir", folder.path().to_str().unwrap(), "--today", setup["today"].as_str().unwrap()];
    full.extend_from_slice(args);
    run(&full, "")
}

#[test]
fn every_example_in_docs_cli_md_holds() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/cli.md")).unwrap();
    let mut ran = 0;
    for (i, part) in doc.split("<!-- example ").enumerate().skip(1) {
        let (header, body) = part.split_once("-->").unwrap();
        let (name, command) = header.split_once(':').unwrap();
        let command = command.trim();
        let body = body.split("<!-- example ").next().unwrap();
        let blocks = json_blocks(body);
        let actual = match command {
            "roi" | "cost" => run(&[command, "-"], &blocks[0]),
            "plan schedule" => run(&["plan", "schedule", "-"], &blocks[0]),
            "simulate" => run(&["simulate", "-"], &blocks[0]),
            "roi --from-cost" => {
                let dir = tempfile::tempdir().unwrap();
                let cost = dir.path().join("cost.json");
                std::fs::write(&cost, &blocks[0]).unwrap();
                run(&["roi", "--from-cost", cost.to_str().unwrap(), "-"], &blocks[1])
            }
            catalog if catalog.starts_with("catalog ") => run(&catalog.split_whitespace().collect::<Vec<_>>(), ""),
            money if money.starts_with("money ") => run_in_folder(&blocks[0], &money.split_whitespace().collect::<Vec<_>>()),
            other => panic!("example {name}: unknown command {other}"),
        };
        if std::env::var_os("SHOW_EXAMPLE").is_some() {
            eprintln!("{name}: {}", serde_json::to_string_pretty(&actual).unwrap());
        }
        let expected: Value = serde_json::from_str(blocks.last().unwrap()).unwrap_or_else(|e| panic!("example {name}: {e}"));
        contains(&actual, &expected, name.trim()).unwrap_or_else(|e| panic!("example {i} ({name}): {e}"));
        ran += 1;
    }
    assert!(ran >= 6, "only {ran} examples found");
}

#[test]
fn input_errors_start_with_the_prefix_then_the_field_and_exit_2() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathway-cli"))
        .args(["roi", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(br#"{"current_monthly_salary": 1, "target_monthly_salary": 1, "study_months": 2.5}"#).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap().trim(),
        "pathway-cli: study_months: must be a whole number from 0 to 600, got 2.5"
    );
}

#[test]
fn from_cost_refuses_different_horizons_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let cost = dir.path().join("cost.json");
    std::fs::write(&cost, r#"{"currency": "PHP", "usd_to_currency": 59.44, "horizon_months": 60, "certifications": []}"#).unwrap();
    let roi = dir.path().join("roi.json");
    std::fs::write(&roi, r#"{"current_monthly_salary": 1, "target_monthly_salary": 1, "study_months": 1, "horizon_months": 24}"#).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_pathway-cli"))
        .args(["roi", "--from-cost", cost.to_str().unwrap(), roi.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("pathway-cli: horizon_months: the cost file's horizon (60) differs"));
}
