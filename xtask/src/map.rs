//! The map check: every file or folder that `ARCHITECTURE.md` names in
//! backticks exists. The map is what a newcomer reads first, and it drifts
//! quietly (a file moved, a module renamed), so the "layers" layer of
//! `cargo xtask test` reads it against the real tree.
//!
//! A name counts as a path when it ends in `/` or in a file extension. It
//! exists when some file or folder of the tree is that path or ends with
//! `/` and that path: the map often names `money.rs` under its folder's
//! heading. `*`, `NNNN` (`NNNN_name`) and `vN` stand for any part of one name.
//! Build outputs (`target/…`), paths inside documents (`/plan.json`) and the
//! files the app writes in the data folder are not the tree's, so they are
//! not checked.

use std::path::Path;

/// What the app writes in the user's data folder at run time, which the map
/// names but the tree never holds.
const DATA_FOLDER: [&str; 4] = ["backups/", "logs/", "pathway.sqlite3", "pathway.sqlite3.lock"];

const EXTENSIONS: [&str; 12] = ["rs", "js", "mjs", "json", "css", "toml", "md", "html", "typ", "sql", "svg", "sqlite3"];

/// The tree's files and folders (folders with a trailing `/`), relative to
/// `root`, leaving out build outputs, dependencies and git's own folder.
fn tree(root: &Path) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if matches!(name.as_str(), "target" | "node_modules" | ".git") {
                continue;
            }
            let relative = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                found.push(format!("{relative}/"));
                pending.push(path);
            } else {
                found.push(relative);
            }
        }
    }
    Ok(found)
}

/// The backticked names of `text` that are paths of the tree, in order.
fn named_paths(text: &str) -> Vec<&str> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|name| !name.is_empty() && !name.contains(char::is_whitespace) && !name.contains("://"))
        .filter(|name| !name.starts_with('/') && !name.starts_with('@') && !name.starts_with("target/") && !DATA_FOLDER.contains(name))
        .filter(|name| {
            name.ends_with('/') || name.rsplit_once('.').is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext))
        })
        .collect()
}

/// `*` matches any run of characters within one name of the path.
fn matches(pattern: &str, candidate: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == candidate,
        Some((head, tail)) => {
            let Some(rest) = candidate.strip_prefix(head) else { return false };
            let limit = rest.find('/').unwrap_or(rest.len());
            (0..=limit).any(|skip| matches(tail, &rest[skip..]))
        }
    }
}

/// Whether `name` (as the map writes it) is a path of `tree`, or the end of one.
fn exists(name: &str, tree: &[String]) -> bool {
    let pattern = name.replace("NNNN_name", "*").replace("NNNN", "*").replace("vN", "v*");
    tree.iter().any(|path| {
        matches(&pattern, path) || path.char_indices().filter(|(_, c)| *c == '/').any(|(at, _)| matches(&pattern, &path[at + 1..]))
    })
}

/// The paths `ARCHITECTURE.md` names and, among them, those that do not exist.
pub fn check(root: &Path) -> Result<(usize, Vec<String>), String> {
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).map_err(|e| format!("cannot read ARCHITECTURE.md: {e}"))?;
    let tree = tree(root)?;
    let mut names = named_paths(&text);
    names.sort_unstable();
    names.dedup();
    let missing = names
        .iter()
        .filter(|name| !exists(name, &tree))
        .map(|name| format!("ARCHITECTURE.md names `{name}`, which is not in the tree"))
        .collect();
    Ok((names.len(), missing))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree_of(paths: &[&str]) -> Vec<String> {
        paths.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn only_names_that_look_like_paths_are_read() {
        let text =
            "See `core/src/app/`, `money.rs`, `cargo xtask test`, `Store::open`, `/plan.json`, `target/e2e/`, `@tauri-apps/cli` and `0.5`.";
        assert_eq!(named_paths(text), ["core/src/app/", "money.rs"]);
    }

    #[test]
    fn a_name_exists_as_a_whole_path_or_as_the_end_of_one() {
        let tree = tree_of(&[
            "core/",
            "core/src/",
            "core/src/money/",
            "core/src/money/roi.rs",
            "ui/js/views/home.js",
            "tests/fixtures/schema-v3.sqlite3",
        ]);
        for name in
            ["core/src/money/roi.rs", "money/roi.rs", "roi.rs", "money/", "src/", "js/views/*.js", "tests/fixtures/schema-vN.sqlite3"]
        {
            assert!(exists(name, &tree), "{name}");
        }
        for name in ["oney/roi.rs", "core/roi.rs", "costs/", "js/*.js", "store/roi.rs"] {
            assert!(!exists(name, &tree), "{name}");
        }
    }

    #[test]
    fn the_map_of_this_tree_is_true() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let (named, missing) = check(root).unwrap();
        assert!(named > 100, "the map names {named} paths");
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
