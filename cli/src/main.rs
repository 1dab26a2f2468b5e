//! `pathway-cli`: a headless face over `pathway-core`, for counselors,
//! scripts and tests. It prints JSON on standard output. Errors go to
//! standard error as one line; the exit code is 2 for bad usage or input and
//! 1 when the work itself failed.

mod args;
mod money;

use std::io::Write;
use std::process::ExitCode;

use args::{Command, Parsed};
use pathway_core::app;
use pathway_core::catalog::Catalog;
use pathway_core::paths::resolve_data_dir;
use pathway_core::search::SearchIndex;
use pathway_core::store::Store;

/// The CLI's log: warnings and errors on standard error, one line each,
/// with the same prefix as every other message. Results stay alone on stdout.
struct StderrLog;

impl log::Log for StderrLog {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::Level::Warn
    }

    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            eprintln!("pathway-cli: {}", record.args());
        }
    }

    fn flush(&self) {}
}

fn main() -> ExitCode {
    static LOG: StderrLog = StderrLog;
    // Only fails when a logger is already set, which nothing else here does.
    let _ = log::set_logger(&LOG).map(|()| log::set_max_level(log::LevelFilter::Warn));
    let parsed = match args::parse(std::env::args_os().skip(1)) {
        Ok(parsed) => parsed,
        Err(message) => return fail(2, &format!("{message}\nTry 'pathway-cli --help'.")),
    };
    let result = match &parsed.command {
        Command::Roi { input, from_cost } => money::roi(input, from_cost.as_deref(), || effective_catalog(parsed.data_dir.as_deref())),
        Command::Cost { input } => money::cost(input, &effective_catalog(parsed.data_dir.as_deref())),
        Command::PlanSchedule { input } => money::plan_schedule(input),
        Command::Simulate { input } => money::simulate(input, &effective_catalog(parsed.data_dir.as_deref())),
        Command::CatalogPay { role } => catalog_pay(role.as_deref(), &effective_catalog(parsed.data_dir.as_deref())),
        _ => run(parsed).map_err(money::Failure::Work),
    };
    match result {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`pathway-cli ... | head`) is not an error worth a panic.
            let _ = writeln!(stdout, "{output}");
            ExitCode::SUCCESS
        }
        // After the prefix, the line starts with the field's JSON path, as docs/cli.md promises.
        Err(money::Failure::Input(error)) => fail(2, &error.to_string()),
        Err(money::Failure::Work(message)) => fail(1, &message),
    }
}

fn run(parsed: Parsed) -> Result<String, String> {
    let today = || parsed.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    match parsed.command {
        Command::Roi { .. }
        | Command::Cost { .. }
        | Command::PlanSchedule { .. }
        | Command::Simulate { .. }
        | Command::CatalogPay { .. } => {
            unreachable!("handled in main")
        }
        Command::Help => Ok(args::HELP.trim_end().to_string()),
        Command::Version => Ok(format!("pathway-cli {}", pathway_core::APP_VERSION)),
        Command::DataDir => {
            let dir = resolve_data_dir(parsed.data_dir.as_deref()).map_err(|e| e.to_string())?;
            let json = serde_json::json!({
                "path": dir.path,
                "source": dir.source,
                "database": dir.database_path(),
            });
            Ok(serde_json::to_string_pretty(&json).expect("plain JSON values serialize"))
        }
        Command::Catalog => Ok(json(&effective_catalog(parsed.data_dir.as_deref()))),
        Command::CatalogSearch(query) => Ok(json(&catalog_search(parsed.data_dir.as_deref(), &query))),
        Command::CatalogStats => {
            let catalog = Catalog::embedded();
            Ok(json(&serde_json::json!({
                "domains": catalog.domains.len(),
                "roles": catalog.roles.len(),
                "skills": catalog.skills.len(),
                "certifications": catalog.certifications.len(),
                "training_options": catalog.training.len(),
                "exchange_rates": catalog.exchange_rates.len(),
                "figures": catalog.provenance_counts(),
                "sources": catalog.source_counts(today()),
                "targets": catalog.targets(today()),
            })))
        }
        Command::CatalogCheck => {
            let problems = Catalog::embedded().problems(today());
            if problems.is_empty() {
                Ok(json(&problems))
            } else {
                Err(format!("{} catalog problem(s):\n{}", problems.len(), problems.join("\n")))
            }
        }
        Command::PlanShow => {
            let store = existing_store(parsed.data_dir.as_deref())?;
            let view = app::plan::active_view(&store, Catalog::embedded(), today()).map_err(|e| e.to_string())?;
            Ok(json(&view.ok_or("there is no active plan in this data folder")?))
        }
        Command::PlanPdf { out, paper } => {
            let store = existing_store(parsed.data_dir.as_deref())?;
            let written = app::document::write_pdf(&store, Catalog::embedded(), today(), paper, &out, chrono::Utc::now())
                .map_err(|e| format!("{}: {e}", out.display()))?;
            Ok(json(&serde_json::json!({"path": out, "bytes": written.bytes, "title": written.title})))
        }
        Command::MoneyCertifications { ids } => {
            let store = existing_store(parsed.data_dir.as_deref())?;
            let ids = (!ids.is_empty()).then_some(ids);
            let choice = app::certifications::choice(&store, Catalog::embedded(), today(), ids.as_deref()).map_err(|e| e.to_string())?;
            let verdict_text = choice
                .sentence
                .as_ref()
                .map(|line| pathway_core::report::said(line, choice.currency, pathway_core::report::Messages::english()));
            let mut value = serde_json::to_value(&choice).expect("plain values serialize");
            value["verdict_text"] = serde_json::json!(verdict_text);
            Ok(json(&value))
        }
        Command::Status => {
            let dir = resolve_data_dir(parsed.data_dir.as_deref()).map_err(|e| e.to_string())?;
            let store = Store::open(&dir.database_path()).map_err(|e| e.to_string())?;
            let status = app::about::status(&store, dir).map_err(|e| e.to_string())?;
            Ok(serde_json::to_string_pretty(&status.database).expect("plain JSON values serialize"))
        }
    }
}

/// Each role's pay as Explore shows it (`RolePay`), for one role or all; an
/// unknown role is bad input, named.
fn catalog_pay(role: Option<&str>, catalog: &Catalog) -> Result<String, money::Failure> {
    if let Some(id) = role.filter(|id| catalog.role(id).is_none()) {
        let error =
            pathway_core::money::input::InputError::new("role", format!("is not a role id, got {id:?} (see 'pathway-cli catalog')"));
        return Err(money::Failure::Input(error));
    }
    let pay = pathway_core::catalog::all_role_pay(catalog);
    Ok(json(&pay.into_iter().filter(|p| role.is_none_or(|id| p.role == id)).collect::<Vec<_>>()))
}

/// The data folder's database, which must exist: reading a plan never creates one.
fn existing_store(data_dir: Option<&std::path::Path>) -> Result<Store, String> {
    let dir = resolve_data_dir(data_dir).map_err(|e| e.to_string())?;
    let path = dir.database_path();
    if !path.is_file() {
        return Err(format!("no Pathway data in {} (set --data-dir or PATHWAY_DATA_DIR)", dir.path.display()));
    }
    Store::open(&path).map_err(|e| e.to_string())
}

/// The embedded catalog with the user's own figures applied, when the data
/// folder holds a database that can be opened (it is never created here).
pub(crate) fn effective_catalog(data_dir: Option<&std::path::Path>) -> Catalog {
    let embedded = Catalog::embedded();
    let Ok(dir) = resolve_data_dir(data_dir) else { return embedded.clone() };
    if !dir.database_path().is_file() {
        return embedded.clone();
    }
    match Store::open(&dir.database_path()).and_then(|store| Ok(app::effective_catalog(&store, embedded)?.into_owned())) {
        Ok(catalog) => catalog,
        Err(error) => {
            log::warn!("your own figures are not applied: {error}");
            embedded.clone()
        }
    }
}

/// Explore's search (`app::catalog::search`: her own figures, her currency
/// beside the dollars, entry level first for a newcomer) when the data folder
/// holds a database that opens; the embedded catalog's search otherwise.
fn catalog_search(data_dir: Option<&std::path::Path>, query: &pathway_core::search::SearchQuery) -> Vec<pathway_core::search::Hit> {
    let path = resolve_data_dir(data_dir).map(|dir| dir.database_path()).ok().filter(|p| p.is_file());
    if let Some(path) = path {
        match Store::open(&path).and_then(|store| app::catalog::search(&store, query)) {
            Ok(hits) => return hits,
            Err(error) => log::warn!("your own figures are not applied: {error}"),
        }
    }
    SearchIndex::build(Catalog::embedded()).search(query)
}

pub(crate) fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("catalog and search types always serialize")
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("pathway-cli: {message}");
    ExitCode::from(code)
}
