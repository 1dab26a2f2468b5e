//! The layer check: imports run one way, and no two domain modules lean on
//! each other.
//!
//! The order, top to bottom, is UI → bridge → command (`src-tauri`, `cli`) →
//! application (`core/src/app/`) → domain (every other module of the core) →
//! store (`core/src/store/`). The store persists domain values, so it may
//! *name* domain types; it never calls the application layer. The rules read
//! the `crate::…` paths of each file's code (comments and `#[cfg(test)]`
//! blocks aside, since a test may build its fixture through the store):
//!
//! 1. a domain file names neither `crate::app` nor `crate::store`;
//! 2. a store file never names `crate::app`;
//! 3. the domain modules form no cycle (catalog → money → catalog is one);
//! 4. the files of one domain or store module form no cycle (`super::x` and
//!    `crate::m::x`); the application layer's files may call each other,
//!    since composing is what that layer is for;
//! 5. the shell and the CLI call no store function: the `pathway_core::store`
//!    paths they name are types (capitalised), never `self` or functions.
//!
//! Every rule is checked over the real tree by `cargo xtask test` (the
//! "layers" layer) and over small invented trees by this module's tests.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One source file: its path relative to the crate's `src/`, and its text.
pub struct Source {
    pub path: String,
    pub text: String,
}

/// Where a core file sits.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Layer {
    Root,
    App,
    Store,
    Domain(String),
}

fn layer_of(path: &str) -> Layer {
    let first = path.split('/').next().unwrap_or(path).trim_end_matches(".rs");
    match first {
        "lib" => Layer::Root,
        "app" => Layer::App,
        "store" => Layer::Store,
        module => Layer::Domain(module.to_string()),
    }
}

/// The code of a file without comments and without its test module.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().take_while(|line| line.trim() != "#[cfg(test)]").filter(|line| !line.trim_start().starts_with("//"))
}

/// The first segment after each occurrence of `prefix` (`crate::` → `money`).
fn segments_after<'a>(line: &'a str, prefix: &str) -> Vec<&'a str> {
    line.match_indices(prefix)
        .filter(|(at, _)| !line[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .map(|(at, _)| {
            let rest = &line[at + prefix.len()..];
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|segment| !segment.is_empty())
        .collect()
}

/// Module-level references: which top-level modules each file names.
fn references(source: &Source) -> BTreeSet<String> {
    code_lines(&source.text).flat_map(|line| segments_after(line, "crate::")).map(str::to_string).collect()
}

/// Every rule broken in the core's files, in words.
pub fn core_violations(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut module_graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for source in sources {
        let layer = layer_of(&source.path);
        for target in references(source) {
            match (&layer, layer_of(&format!("{target}.rs"))) {
                (Layer::Domain(_), Layer::App | Layer::Store) => {
                    problems.push(format!("{}: the domain names crate::{target}; only the application layer may", source.path))
                }
                (Layer::Store, Layer::App) => problems
                    .push(format!("{}: the store names crate::app; the application layer calls the store, not the reverse", source.path)),
                (Layer::Domain(from), Layer::Domain(to)) if *from != to => {
                    module_graph.entry(from.clone()).or_default().insert(to);
                }
                _ => {}
            }
        }
    }
    problems.extend(cycles(&module_graph).into_iter().map(|cycle| format!("domain modules import each other: {}", cycle.join(" → "))));
    problems.extend(file_cycles(sources));
    problems
}

/// Within one module folder, which sibling files each file names.
fn file_cycles(sources: &[Source]) -> Vec<String> {
    let mut by_module: BTreeMap<String, Vec<&Source>> = BTreeMap::new();
    for source in sources {
        if let Some((module, _)) = source.path.split_once('/') {
            by_module.entry(module.to_string()).or_default().push(source);
        }
    }
    let mut problems = Vec::new();
    for (module, files) in by_module.into_iter().filter(|(module, _)| module != "app") {
        let stem = |path: &str| path.rsplit('/').next().unwrap_or(path).trim_end_matches(".rs").to_string();
        let siblings: BTreeSet<String> = files.iter().map(|f| stem(&f.path)).filter(|s| s != "mod").collect();
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in &files {
            let from = stem(&file.path);
            if from == "mod" {
                continue;
            }
            let own = format!("crate::{module}::");
            for line in code_lines(&file.text) {
                let named = segments_after(line, "super::").into_iter().chain(segments_after(line, &own));
                for to in named.filter(|to| siblings.contains(*to) && **to != from) {
                    graph.entry(from.clone()).or_default().insert(to.to_string());
                }
            }
        }
        problems.extend(cycles(&graph).into_iter().map(|cycle| format!("files of {module}/ import each other: {}", cycle.join(" → "))));
    }
    problems
}

/// One cycle per strongly connected group of the graph, as a path that
/// returns to its start.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let mut found: Vec<Vec<String>> = Vec::new();
    let mut reported: BTreeSet<String> = BTreeSet::new();
    for start in graph.keys() {
        if reported.contains(start) {
            continue;
        }
        if let Some(path) = path_back(graph, start) {
            reported.extend(path.iter().cloned());
            found.push(path);
        }
    }
    found
}

/// The shortest path from `start` back to itself, if there is one.
fn path_back(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.to_string()]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(&node).into_iter().flatten() {
            if next == start {
                let mut path = vec![start.to_string()];
                let mut at = node.clone();
                while at != start {
                    path.insert(1, at.clone());
                    at = came_from[&at].clone();
                }
                path.push(start.to_string());
                return Some(path);
            }
            if !came_from.contains_key(next) {
                came_from.insert(next.clone(), node.clone());
                queue.push_back(next.clone());
            }
        }
    }
    None
}

/// Rule 5 over the shell's or the CLI's files.
pub fn face_violations(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in sources {
        for line in code_lines(&source.text) {
            for named in segments_after(line, "pathway_core::store::").into_iter().chain(store_list_items(line)) {
                if !named.starts_with(|c: char| c.is_ascii_uppercase()) {
                    problems.push(format!(
                        "{}: names pathway_core::store::{named}; the shell and the CLI reach the store through pathway_core::app",
                        source.path
                    ));
                }
            }
        }
    }
    problems
}

/// The items of `use pathway_core::store::{a, B}` lists.
fn store_list_items(line: &str) -> Vec<&str> {
    let Some(at) = line.find("pathway_core::store::{") else { return Vec::new() };
    let rest = &line[at + "pathway_core::store::{".len()..];
    let list = &rest[..rest.find('}').unwrap_or(rest.len())];
    list.split(',').map(|item| item.trim().split("::").next().unwrap_or("").trim()).filter(|item| !item.is_empty()).collect()
}

/// Reads every `.rs` file under `dir`, with paths relative to it.
pub fn read_sources(dir: &Path) -> std::io::Result<Vec<Source>> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)?;
            let relative = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            Ok(Source { path: relative, text })
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// The whole check over the project at `root`: how many files were read,
/// and every problem found.
pub fn check(root: &Path) -> Result<(usize, Vec<String>), String> {
    let read = |dir: &str| read_sources(&root.join(dir)).map_err(|e| format!("cannot read {dir}: {e}"));
    let core = read("core/src")?;
    let faces: Vec<Source> = read("src-tauri/src")?.into_iter().chain(read("cli/src")?).collect();
    let mut problems = core_violations(&core);
    problems.extend(face_violations(&faces));
    Ok((core.len() + faces.len(), problems))
}

/// `cargo xtask layers`: the check, printed.
pub fn report(root: &Path) -> Result<(), String> {
    let (files, problems) = check(root)?;
    for problem in &problems {
        println!("{problem}");
    }
    println!("{files} files read, {} problems", problems.len());
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} layer rule(s) broken", problems.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> Source {
        Source { path: path.into(), text: text.into() }
    }

    #[test]
    fn the_domain_may_not_call_the_store_or_the_application_layer() {
        let problems = core_violations(&[
            file("plan/model.rs", "use crate::store::Store;\nuse crate::catalog::Catalog;"),
            file("money/roi.rs", "fn f() { crate::app::plan::state(); }"),
            file("catalog/mod.rs", "pub struct Catalog;"),
        ]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("plan/model.rs: the domain names crate::store"));
        assert!(problems[1].starts_with("money/roi.rs: the domain names crate::app"));
    }

    #[test]
    fn the_store_may_name_domain_types_but_not_the_application_layer() {
        let problems = core_violations(&[file("store/plans.rs", "use crate::plan::Plan;"), file("store/mod.rs", "use crate::app::x;")]);
        assert_eq!(problems, vec!["store/mod.rs: the store names crate::app; the application layer calls the store, not the reverse"]);
    }

    #[test]
    fn the_application_layer_may_name_everything() {
        let problems =
            core_violations(&[file("app/plan.rs", "use crate::store::Store;\nuse crate::plan::Plan;\nuse crate::money::Currency;")]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn comments_and_tests_do_not_count() {
        let problems = core_violations(&[file(
            "plan/model.rs",
            "/// See [`crate::store::Store`].\n// crate::app is above us\nfn f() {}\n#[cfg(test)]\nmod tests { use crate::store::Store; }",
        )]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn a_cycle_between_domain_modules_is_named() {
        let problems = core_violations(&[
            file("catalog/types.rs", "use crate::money::Currency;"),
            file("money/cost.rs", "use crate::catalog::Catalog;"),
            file("report/mod.rs", "use crate::money::x; use crate::catalog::y;"),
        ]);
        assert_eq!(problems, vec!["domain modules import each other: catalog → money → catalog"]);
    }

    #[test]
    fn a_longer_cycle_is_found_too() {
        let problems =
            core_violations(&[file("a/x.rs", "use crate::b::X;"), file("b/x.rs", "use crate::c::X;"), file("c/x.rs", "use crate::a::X;")]);
        assert_eq!(problems, vec!["domain modules import each other: a → b → c → a"]);
    }

    #[test]
    fn files_of_one_module_that_import_each_other_are_named() {
        let problems = core_violations(&[
            file("money/story.rs", "use super::summary::lines;"),
            file("money/summary.rs", "use crate::money::story::Numbers;"),
            file("money/mod.rs", "mod story; mod summary; pub use story::x;"),
            file("money/roi.rs", "use super::input;"),
        ]);
        assert_eq!(problems, vec!["files of money/ import each other: story → summary → story"]);
    }

    #[test]
    fn the_application_layers_files_may_call_each_other() {
        let problems =
            core_violations(&[file("app/money.rs", "use super::plan::active_view;"), file("app/plan.rs", "use super::money::figures;")]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn a_word_that_ends_in_crate_is_not_a_path() {
        assert_eq!(segments_after("let x = mycrate::store::f(); crate::plan::y", "crate::"), vec!["plan"]);
    }

    #[test]
    fn the_faces_reach_the_store_only_through_types() {
        let problems = face_violations(&[
            file("commands.rs", "use pathway_core::store::{self, BackupInfo};\nfn f() { pathway_core::store::list_backups(p); }"),
            file("state.rs", "use pathway_core::store::Store;\nuse pathway_core::store::{Store, StoreError};"),
        ]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("store::list_backups") || problems[0].contains("store::self"));
    }
}
