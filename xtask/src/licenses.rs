//! `cargo xtask licenses`: the licence of everything compiled into the app,
//! written to `ui/licenses.json` for the About page. A test fails when the
//! file no longer matches `Cargo.lock`, so the list cannot go stale.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::{json, Value};

use crate::{project_root, Result};

const OUTPUT: &str = "ui/licenses.json";

/// What ships besides the crates: the fonts compiled into the plan PDF.
const OTHER: &[(&str, &str, &str)] = &[
    ("DejaVu Sans (fonts in the plan PDF)", "2.37", "Bitstream-Vera"),
    ("SQLite (compiled in through libsqlite3-sys)", "bundled", "blessing (public domain)"),
];

pub fn write() -> Result {
    let text = serde_json::to_string_pretty(&shipped()?).expect("JSON values serialize") + "\n";
    let path = project_root().join(OUTPUT);
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("xtask: wrote {}", path.display());
    Ok(())
}

/// Every package the app binary links (normal dependencies of `pathway`,
/// on any platform; build scripts and tests ship nothing), grouped by licence.
pub fn shipped() -> Result<Value> {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(project_root())
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let packages: BTreeMap<&str, &Value> =
        metadata["packages"].as_array().into_iter().flatten().map(|p| (p["id"].as_str().unwrap_or(""), p)).collect();
    let nodes: BTreeMap<&str, &Value> =
        metadata["resolve"]["nodes"].as_array().into_iter().flatten().map(|n| (n["id"].as_str().unwrap_or(""), n)).collect();
    let root = packages.values().find(|p| p["name"] == "pathway").ok_or("no package named pathway")?["id"].as_str().unwrap_or("");
    let mut seen = BTreeSet::new();
    let mut queue = vec![root];
    while let Some(id) = queue.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes.get(id).and_then(|n| n["deps"].as_array()).into_iter().flatten() {
            let normal = dep["dep_kinds"].as_array().into_iter().flatten().any(|k| k["kind"].is_null());
            if normal {
                queue.push(dep["pkg"].as_str().unwrap_or(""));
            }
        }
    }
    let mut by_licence: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for id in seen {
        let package = packages[id];
        let licence = package["license"].as_str().unwrap_or("see the package's licence file").to_string();
        by_licence.entry(licence).or_default().push(format!(
            "{} {}",
            package["name"].as_str().unwrap_or(""),
            package["version"].as_str().unwrap_or("")
        ));
    }
    for (name, version, licence) in OTHER {
        by_licence.entry(licence.to_string()).or_default().push(format!("{name} {version}"));
    }
    let groups: Vec<Value> = by_licence
        .into_iter()
        .map(|(licence, mut names)| {
            names.sort();
            json!({"licence": licence, "packages": names})
        })
        .collect();
    Ok(json!({"generated_by": "cargo xtask licenses", "groups": groups}))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_licences_file_matches_cargo_lock() {
        let expected = super::shipped().unwrap();
        let path = crate::project_root().join(super::OUTPUT);
        let actual: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(actual == expected, "{} is stale: run `cargo xtask licenses`", path.display());
        let all: Vec<&str> = expected["groups"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["packages"].as_array().unwrap())
            .filter_map(|p| p.as_str())
            .collect();
        for must in ["tauri ", "rusqlite ", "typst ", "pathway-core ", "DejaVu Sans"] {
            assert!(all.iter().any(|p| p.starts_with(must)), "{must} is listed");
        }
    }
}
