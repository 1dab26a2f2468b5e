//! The commands the webview may invoke. Each is async (so it never runs on the
//! UI thread), converts types, reaches the store through [`AppState`], and
//! returns [`CommandError`] as `{code, message}`. No logic lives here: every
//! answer is composed by `pathway_core::app`.

use pathway_core::codes::ErrorCode;
use std::path::PathBuf;

use chrono::Utc;
use pathway_core::app::{self, about::WrittenFile};
use pathway_core::assessment;
use pathway_core::catalog::{self, Catalog, EffectiveRate};
use pathway_core::choices::Choices;
use pathway_core::costs;
use pathway_core::money::Currency;
use pathway_core::plan;
use pathway_core::profile::{self, CurrencyChange, ProfileDraft, ProfileOptions};
use pathway_core::progress;
use pathway_core::report;
use pathway_core::store::{BackupInfo, Recovered, RecoveryAction};
use pathway_core::transfer::{ImportMode, ImportOutcome};
use tauri::{AppHandle, Runtime, State};

use crate::dialogs::{self, FileDialog};
use crate::error::CommandError;
use crate::state::{self, AppState};

/// The catalog every command starts from; the application layer applies the
/// user's own figures to it.
fn catalog() -> &'static Catalog {
    Catalog::embedded()
}

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Result<app::about::AppStatus, CommandError> {
    let data_dir = state.data_dir()?.clone();
    state.with_store(move |store| Ok(app::about::status(store, data_dir)?)).await
}

#[tauri::command]
pub async fn about(state: State<'_, AppState>) -> Result<app::about::About, CommandError> {
    let shell = app::about::ShellFacts { tauri_version: tauri::VERSION, webview_version: tauri::webview_version().ok() };
    Ok(app::about::about(shell, state.data_dir()?.clone()))
}

/// Opens the data folder in the system's file manager. Only that folder:
/// the page names no path.
#[tauri::command]
pub async fn open_data_folder<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<(), CommandError> {
    use tauri_plugin_opener::OpenerExt;
    let path = state.data_dir()?.path.clone();
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|error| CommandError::new(ErrorCode::AppOpenFailed, format!("{}: {error}", path.display())))
}

/// The window's title follows the view, as in any desktop app ("Roadmap · Pathway").
#[tauri::command]
pub async fn set_view_title<R: Runtime>(window: tauri::WebviewWindow<R>, title: String) -> Result<(), CommandError> {
    const MAX_CHARS: usize = 120;
    if title.trim().is_empty() || title.chars().count() > MAX_CHARS {
        return Err(CommandError::new(ErrorCode::AppInvalidTitle, format!("title: from 1 to {MAX_CHARS} characters")));
    }
    window.set_title(&title).map_err(|error| CommandError::internal(format!("the window title could not be set: {error}")))
}

/// Called by the page once its first view is painted; logs start-up time.
#[tauri::command]
pub async fn ui_ready() -> Result<u64, CommandError> {
    let millis = u64::try_from(state::since_process_start().as_millis()).unwrap_or(u64::MAX);
    log::info!("first view painted {millis} ms after start");
    Ok(millis)
}

/// Asks where to save a copy of the database, then writes a consistent copy
/// there. `Ok(None)` means the user cancelled the dialog.
#[tauri::command]
pub async fn save_database_copy<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    dialog: FileDialog,
) -> Result<Option<WrittenFile>, CommandError> {
    let Some(path) = dialogs::ask_save_path(&app, dialog, app::backup::suggested_copy_file_name()).await? else {
        return Ok(None);
    };
    state.with_store(move |store| Ok(Some(app::backup::save_copy(store, path)?))).await
}

/// `None` until the first-run set-up has been finished (or skipped).
#[tauri::command]
pub async fn get_profile(state: State<'_, AppState>) -> Result<Option<app::profile::ProfileState>, CommandError> {
    state.with_store(|store| Ok(app::profile::load(store)?)).await
}

/// The form's choices that come from the domain (currencies, defaults).
#[tauri::command]
pub async fn profile_options() -> Result<ProfileOptions, CommandError> {
    Ok(profile::options())
}

/// Checks a draft (and any currency decision) against the rules saving
/// applies, without saving anything.
#[tauri::command]
pub async fn check_profile(
    state: State<'_, AppState>,
    draft: ProfileDraft,
    currency_change: Option<CurrencyChange>,
) -> Result<app::profile::ProfileCheck, CommandError> {
    state.with_store(move |store| Ok(app::profile::check(store, &draft, currency_change.as_ref(), today())?)).await
}

/// Validates and saves the profile; nothing is written unless it is valid.
#[tauri::command]
pub async fn save_profile(
    state: State<'_, AppState>,
    draft: ProfileDraft,
    currency_change: Option<CurrencyChange>,
) -> Result<app::profile::ProfileState, CommandError> {
    state.with_store(move |store| Ok(app::profile::save(store, &draft, currency_change.as_ref(), today())?)).await
}

/// Deletes the database, its side files and its backups. The next command
/// opens a fresh, empty store (so the app returns to the first-run set-up).
#[tauri::command]
pub async fn delete_all_data(state: State<'_, AppState>) -> Result<usize, CommandError> {
    state.with_store_closed(|path| Ok(app::backup::delete_all(path)?)).await
}

/// The backups, newest first. Works even when the store cannot be opened.
#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, CommandError> {
    state.with_path(|path| Ok(app::backup::list(path)?)).await
}

/// Puts a backup in place of the database, after backing up the current one.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, file_name: String) -> Result<Option<BackupInfo>, CommandError> {
    state.with_store_closed(move |path| Ok(app::backup::restore(path, &file_name, Utc::now())?)).await
}

/// When the database cannot be opened: restore the newest usable backup, or
/// start fresh. The unusable file is kept under a dated name either way.
#[tauri::command]
pub async fn recover_store(state: State<'_, AppState>, action: RecoveryAction) -> Result<Recovered, CommandError> {
    state.with_store_closed(move |path| Ok(app::backup::recover(path, action, Utc::now())?)).await
}

/// Forgets a failed open (for example, another copy of Pathway has closed
/// since) and tries again.
#[tauri::command]
pub async fn retry_open_store(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.with_store_closed(|_| Ok(())).await?;
    state.with_store(|_| Ok(())).await
}

/// Asks where to save, then writes everything to one JSON file.
#[tauri::command]
pub async fn export_data<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    dialog: FileDialog,
) -> Result<Option<WrittenFile>, CommandError> {
    let name = format!("pathway-export-{}.json", today());
    let Some(path) = dialogs::ask_save_path(&app, dialog, name).await? else { return Ok(None) };
    state.with_store(move |store| Ok(Some(WrittenFile { bytes: app::transfer::export_file(store, &path, Utc::now())?, path }))).await
}

/// Asks for a folder, then writes one CSV file per table into a dated folder inside it.
#[tauri::command]
pub async fn export_csv<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    dialog: FileDialog,
) -> Result<Option<Vec<PathBuf>>, CommandError> {
    let Some(folder) = dialogs::ask_folder(&app, dialog).await? else { return Ok(None) };
    let folder = folder.join(format!("pathway-csv-{}", today()));
    state.with_store(move |store| Ok(Some(app::transfer::export_csv(store, &folder)?))).await
}

/// Asks for an export file and checks it completely. Nothing is written: the
/// file waits for [`apply_import`].
#[tauri::command]
pub async fn choose_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    dialog: FileDialog,
) -> Result<Option<app::transfer::ImportChoice>, CommandError> {
    state.set_pending_import(None);
    let Some(path) = dialogs::ask_open_path(&app, dialog).await? else { return Ok(None) };
    let checked = path.clone();
    let choice = state.with_path(move |_| Ok(app::transfer::choose(&checked)?)).await?;
    state.set_pending_import(Some(path));
    Ok(Some(choice))
}

/// Imports the file chosen in [`choose_import`] (checked again, all or nothing).
#[tauri::command]
pub async fn apply_import(state: State<'_, AppState>, mode: ImportMode) -> Result<ImportOutcome, CommandError> {
    let path =
        state.take_pending_import().ok_or_else(|| CommandError::new(ErrorCode::ImportNothingChosen, "choose a file to import first"))?;
    state.with_store(move |store| Ok(app::transfer::import_file(store, &path, mode, Utc::now())?)).await
}

/// What Explore shows: the effective catalog, the user's figures, the choices and the rates.
#[tauri::command]
pub async fn explore_catalog(state: State<'_, AppState>) -> Result<app::catalog::ExploreData, CommandError> {
    state.with_store(|store| Ok(app::catalog::explore(store)?)).await
}

/// The one catalog search (the same the CLI runs), over the effective catalog.
#[tauri::command]
pub async fn search_catalog(
    state: State<'_, AppState>,
    query: pathway_core::search::SearchQuery,
    typed: Option<app::catalog::TypedFilters>,
) -> Result<Vec<pathway_core::search::Hit>, CommandError> {
    let typed = typed.unwrap_or_default();
    state.with_store(move |store| Ok(app::catalog::search_typed(store, &query, &typed)?)).await
}

/// Side-by-side costs (first attempt, with retakes, renewals over 5 years) in `currency`.
#[tauri::command]
pub async fn compare_certifications(
    state: State<'_, AppState>,
    ids: Vec<String>,
    currency: Currency,
) -> Result<Vec<costs::compare::Comparison>, CommandError> {
    state.with_store(move |store| Ok(app::catalog::compare_certifications(store, &ids, currency)?)).await
}

/// Saves the user's own figure (exam price, salary band or exchange rate).
#[tauri::command]
pub async fn set_user_figure(state: State<'_, AppState>, id: String, value: String) -> Result<catalog::UserFigure, CommandError> {
    state.with_store(move |store| Ok(app::catalog::set_user_figure(store, &id, &value, Utc::now())?)).await
}

/// Makes a role the target (the planner builds on it).
#[tauri::command]
pub async fn choose_target_role(state: State<'_, AppState>, role: String) -> Result<Choices, CommandError> {
    state.with_store(move |store| Ok(app::choices::choose_target_role(store, catalog(), &role)?)).await
}

/// Adds a certification to, or removes it from, the user's list.
#[tauri::command]
pub async fn set_certification_choice(state: State<'_, AppState>, id: String, chosen: bool) -> Result<Choices, CommandError> {
    state.with_store(move |store| Ok(app::choices::set_certification_choice(store, catalog(), &id, chosen)?)).await
}

/// Her country's public training routes: her standing for each, its cost to
/// her, what of her plan it serves, and the cheapest she can take.
#[tauri::command]
pub async fn route_offers(state: State<'_, AppState>) -> Result<app::routes::RouteOffers, CommandError> {
    state.with_store(|store| Ok(app::routes::offers(store, catalog(), today())?)).await
}

/// Help › Sources: every outside figure in use, grouped by publisher.
#[tauri::command]
pub async fn sources_in_use(state: State<'_, AppState>) -> Result<pathway_core::catalog::SourcesInUse, CommandError> {
    state.with_store(|store| Ok(app::catalog::sources_in_use(store, catalog())?)).await
}

/// Chooses a public route (its fee enters the money story), or clears the choice.
#[tauri::command]
pub async fn choose_route(state: State<'_, AppState>, route: Option<String>) -> Result<Choices, CommandError> {
    state.with_store(move |store| Ok(app::choices::choose_route(store, catalog(), route.as_deref())?)).await
}

/// Which certification first: the active plan's candidates (or `ids`, from
/// Explore's Compare) side by side, with the verdict.
#[tauri::command]
pub async fn certification_choice(
    state: State<'_, AppState>,
    ids: Option<Vec<String>>,
) -> Result<app::certifications::CertificationChoice, CommandError> {
    state.with_store(move |store| Ok(app::certifications::choice(store, catalog(), today(), ids.as_deref())?)).await
}

/// When she means to leave her job (the money story's assumption).
#[tauri::command]
pub async fn set_search_plan(state: State<'_, AppState>, plan: String) -> Result<app::profile::ProfileState, CommandError> {
    state.with_store(move |store| Ok(app::profile::set_search_plan(store, &plan)?)).await
}

/// The exchange rates in use: the catalog's, and the user's where given.
#[tauri::command]
pub async fn exchange_rates(state: State<'_, AppState>) -> Result<Vec<EffectiveRate>, CommandError> {
    state.with_store(|store| Ok(app::catalog::rates(store)?)).await
}

/// Saves the user's own rate for a currency pair (used everywhere from then on).
#[tauri::command]
pub async fn set_exchange_rate(
    state: State<'_, AppState>,
    from: Currency,
    to: Currency,
    rate: String,
) -> Result<Vec<EffectiveRate>, CommandError> {
    state.with_store(move |store| Ok(app::catalog::set_exchange_rate(store, from, to, &rate, Utc::now())?)).await
}

/// Goes back to the catalog's figure.
#[tauri::command]
pub async fn reset_user_figure(state: State<'_, AppState>, id: String) -> Result<Vec<EffectiveRate>, CommandError> {
    state.with_store(move |store| Ok(app::catalog::reset_user_figure(store, &id)?)).await
}

/// The latest self-assessment, the domains ranked by fit, and growth since the one before.
#[tauri::command]
pub async fn assessment_overview(state: State<'_, AppState>) -> Result<assessment::Overview, CommandError> {
    state.with_store(|store| Ok(app::assessment::current(store, catalog())?)).await
}

/// Keeps a new self-assessment, dated now, and returns the new overview.
#[tauri::command]
pub async fn take_assessment(state: State<'_, AppState>, assessment: assessment::Assessment) -> Result<assessment::Overview, CommandError> {
    state.with_store(move |store| Ok(app::assessment::take(store, catalog(), assessment, Utc::now())?)).await
}

/// The skills she already knows, refining her latest assessment.
#[tauri::command]
pub async fn refine_known_skills(
    state: State<'_, AppState>,
    known_skills: std::collections::BTreeMap<String, u8>,
) -> Result<assessment::Overview, CommandError> {
    state.with_store(move |store| Ok(app::assessment::refine_known_skills(store, catalog(), known_skills)?)).await
}

/// What stands between the user and `role`: skills, certifications, hours.
#[tauri::command]
pub async fn skill_gap(state: State<'_, AppState>, role: String) -> Result<assessment::GapResult, CommandError> {
    state.with_store(move |store| Ok(app::assessment::gap_to(store, catalog(), &role)?)).await
}

/// The active plan on the user's week, its timeline at `zoom` with `words`, and the scenarios.
#[tauri::command]
pub async fn plan_state(
    state: State<'_, AppState>,
    zoom: plan::Zoom,
    words: plan::TimelineWords,
) -> Result<app::plan::PlanState, CommandError> {
    state.with_store(move |store| Ok(app::plan::state(store, catalog(), today(), zoom, &words)?)).await
}

/// Builds a plan from the target role, certifications and assessment; it becomes the active one.
#[tauri::command]
pub async fn create_plan(state: State<'_, AppState>, name: String) -> Result<plan::Plan, CommandError> {
    state.with_store(move |store| Ok(app::plan::create(store, catalog(), &name, Utc::now())?)).await
}

#[tauri::command]
pub async fn edit_milestone(
    state: State<'_, AppState>,
    plan_id: String,
    milestone_id: String,
    edit: app::plan::MilestoneEdit,
) -> Result<(), CommandError> {
    state
        .with_store(move |store| Ok(app::plan::edit_milestone(store, catalog(), &plan_id, &milestone_id, edit, Utc::now(), today())?))
        .await
}

#[tauri::command]
pub async fn add_milestone(
    state: State<'_, AppState>,
    plan_id: String,
    milestone: app::plan::NewMilestone,
) -> Result<String, CommandError> {
    state.with_store(move |store| Ok(app::plan::add_milestone(store, &plan_id, milestone, Utc::now())?)).await
}

#[tauri::command]
pub async fn delete_milestone(state: State<'_, AppState>, plan_id: String, milestone_id: String) -> Result<plan::Milestone, CommandError> {
    state.with_store(move |store| Ok(app::plan::delete_milestone(store, &plan_id, &milestone_id)?)).await
}

/// Moves a milestone up (`offset` −1) or down (1).
#[tauri::command]
pub async fn move_milestone(state: State<'_, AppState>, plan_id: String, milestone_id: String, offset: i32) -> Result<(), CommandError> {
    state.with_store(move |store| Ok(app::plan::move_milestone(store, &plan_id, &milestone_id, offset)?)).await
}

#[tauri::command]
pub async fn set_parallel_share(state: State<'_, AppState>, plan_id: String, pct: String) -> Result<(), CommandError> {
    state.with_store(move |store| Ok(app::plan::set_parallel_share(store, &plan_id, &pct)?)).await
}

/// Saves a copy of a plan as a new scenario (it becomes the active one).
#[tauri::command]
pub async fn duplicate_plan(state: State<'_, AppState>, plan_id: String, name: String) -> Result<plan::Plan, CommandError> {
    state.with_store(move |store| Ok(app::plan::duplicate(store, &plan_id, &name, Utc::now())?)).await
}

#[tauri::command]
pub async fn activate_plan(state: State<'_, AppState>, plan_id: String) -> Result<(), CommandError> {
    state.with_store(move |store| Ok(app::plan::activate(store, &plan_id)?)).await
}

#[tauri::command]
pub async fn rename_plan(state: State<'_, AppState>, plan_id: String, name: String) -> Result<(), CommandError> {
    state.with_store(move |store| Ok(app::plan::rename(store, &plan_id, &name)?)).await
}

#[tauri::command]
pub async fn delete_plan(state: State<'_, AppState>, plan_id: String) -> Result<(), CommandError> {
    state.with_store(move |store| Ok(app::plan::delete(store, &plan_id)?)).await
}

/// The money inputs prefilled from the profile and the active plan, with their sources.
#[tauri::command]
pub async fn money_prefill(state: State<'_, AppState>) -> Result<costs::prefill::Prefill, CommandError> {
    state.with_store(|store| Ok(app::money::prefill(store, catalog(), today())?)).await
}

/// The money story for `input` (a `simulate` input): exact ROI, costs, ranges and charts.
#[tauri::command]
pub async fn money_story(
    state: State<'_, AppState>,
    input: serde_json::Value,
    typed: Option<costs::form::TypedFields>,
    words: costs::charts::ChartWords,
) -> Result<costs::story::Story, CommandError> {
    let typed = typed.unwrap_or_default();
    state.with_store(move |store| Ok(app::money::story_typed(store, catalog(), &input, &typed, &words)?)).await
}

/// Home's dashboard: progress, pace and what is next.
#[tauri::command]
pub async fn progress_dashboard(state: State<'_, AppState>, words: progress::ProgressWords) -> Result<progress::Dashboard, CommandError> {
    state.with_store(move |store| Ok(app::progress::dashboard(store, catalog(), today(), Some(&words))?)).await
}

/// Every progress record, and the timer if one runs.
#[tauri::command]
pub async fn progress_records(state: State<'_, AppState>) -> Result<app::progress::AllRecords, CommandError> {
    state.with_store(|store| Ok(app::progress::all(store)?)).await
}

/// Saves a progress record (a new one gets its id); a bad field is refused by
/// name. `typed` holds the form's number fields as typed, which the core reads.
#[tauri::command]
pub async fn save_progress_record(
    state: State<'_, AppState>,
    record: app::progress::Record,
    typed: Option<app::progress::Typed>,
) -> Result<app::progress::Record, CommandError> {
    let typed = typed.unwrap_or_default();
    state.with_store(move |store| Ok(app::progress::save_typed(store, record, &typed, Utc::now())?)).await
}

/// Deletes a record and returns it, so the UI can undo.
#[tauri::command]
pub async fn delete_progress_record(
    state: State<'_, AppState>,
    kind: app::progress::Kind,
    id: String,
) -> Result<app::progress::Record, CommandError> {
    state.with_store(move |store| Ok(app::progress::delete(store, kind, &id)?)).await
}

#[tauri::command]
pub async fn move_application(
    state: State<'_, AppState>,
    id: String,
    stage: progress::Stage,
    date: chrono::NaiveDate,
) -> Result<progress::Application, CommandError> {
    state.with_store(move |store| Ok(app::progress::move_application(store, &id, stage, date)?)).await
}

#[tauri::command]
pub async fn start_timer(
    state: State<'_, AppState>,
    plan_id: Option<String>,
    milestone_id: Option<String>,
) -> Result<progress::Timer, CommandError> {
    state.with_store(move |store| Ok(app::progress::start_timer(store, plan_id, milestone_id, Utc::now())?)).await
}

/// Throws the running timer away; no session is logged.
#[tauri::command]
pub async fn discard_timer(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.with_store(|store| Ok(app::progress::discard_timer(store)?)).await
}

/// Stops the timer and logs its session.
#[tauri::command]
pub async fn stop_timer(state: State<'_, AppState>) -> Result<progress::Session, CommandError> {
    state.with_store(|store| Ok(app::progress::stop_timer(store, Utc::now())?)).await
}

/// Asks where to save, then writes the plan's calendar (.ics).
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    dialog: FileDialog,
) -> Result<Option<WrittenFile>, CommandError> {
    let Some(path) = dialogs::ask_save_path(&app, dialog, "pathway-plan.ics".into()).await? else { return Ok(None) };
    state
        .with_store(move |store| {
            let offset = *chrono::Local::now().offset();
            Ok(Some(app::progress::write_calendar(store, catalog(), today(), Utc::now(), offset, path)?))
        })
        .await
}

/// The active plan as a document: what "Plan on paper" shows and prints.
#[tauri::command]
pub async fn plan_document(state: State<'_, AppState>) -> Result<report::PlanDocument, CommandError> {
    state.with_store(|store| Ok(app::document::plan_document(store, catalog(), today())?)).await
}

/// Asks where to save, then writes the plan as a PDF laid out by the core.
#[tauri::command]
pub async fn export_plan_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    dialog: FileDialog,
    paper: report::Paper,
) -> Result<Option<WrittenFile>, CommandError> {
    let Some(path) = dialogs::ask_save_path(&app, dialog, "pathway-plan.pdf".into()).await? else { return Ok(None) };
    let written = state
        .with_store(move |store| {
            Ok(WrittenFile { bytes: app::document::write_pdf(store, catalog(), today(), paper, &path, Utc::now())?.bytes, path })
        })
        .await?;
    state.set_last_export(written.path.clone());
    Ok(Some(written))
}

/// Opens the last exported PDF in the system's viewer (`reveal`: shows it in
/// its folder instead). Only a file this run of the app wrote can be opened.
#[tauri::command]
pub async fn open_last_export<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, reveal: bool) -> Result<(), CommandError> {
    use tauri_plugin_opener::OpenerExt;
    let path = state.last_export().ok_or_else(|| CommandError::new(ErrorCode::ReportNothingExported, "no PDF has been exported yet"))?;
    let opened = if reveal { app.opener().reveal_item_in_dir(&path) } else { app.opener().open_path(path.to_string_lossy(), None::<&str>) };
    opened.map_err(|error| CommandError::new(ErrorCode::ReportOpenFailed, format!("{}: {error}", path.display())))
}

/// Called once at start-up: when the profile turned reminders on and
/// something is due, shows a desktop notification. `None` otherwise.
#[tauri::command]
pub async fn startup_reminder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    words: progress::ReminderWords,
) -> Result<Option<app::progress::StartupReminder>, CommandError> {
    let found = state.with_store(move |store| Ok(app::progress::reminder(store, catalog(), today(), &words)?)).await?;
    let Some(reminder) = found else { return Ok(None) };
    // Asking the session bus whether anything shows notifications can take a
    // moment: it happens after the store's lock is released, on a blocking thread.
    let shown = reminder.clone();
    let notified = tauri::async_runtime::spawn_blocking(move || crate::notify::show(&app, &shown))
        .await
        .map_err(|error| CommandError::internal(format!("the reminder could not be shown: {error}")))?;
    Ok(Some(app::progress::StartupReminder { reminder, notified }))
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Test builds only: queue the answer the next native file dialog gives.
/// `None` answers as if the user pressed Cancel.
#[cfg(feature = "e2e")]
#[tauri::command]
pub async fn e2e_answer_next_dialog<R: Runtime>(app: AppHandle<R>, path: Option<PathBuf>) -> Result<(), CommandError> {
    dialogs::e2e::queue_answer(&app, path);
    Ok(())
}

/// Test builds only: prints the page as the print stylesheet lays it out,
/// to a PDF file without a dialog, so that a test can read what a printer gets.
#[cfg(feature = "e2e")]
#[tauri::command]
pub async fn e2e_print_to_pdf<R: Runtime>(window: tauri::WebviewWindow<R>, path: PathBuf) -> Result<(), CommandError> {
    crate::print_e2e::print_to_pdf(&window, path).await
}
