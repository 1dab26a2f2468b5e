//! Command wiring on Tauri's mock runtime, with the real configuration and
//! access-control lists: argument names, state, the ACL, and the error JSON.

use std::path::Path;

use pathway_app::state::AppState;
use pathway_core::paths::{DataDir, DataDirSource};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

/// The real app on the mock runtime. `setup` does not run there, so the
/// state is managed here, as `state::init` would from the environment.
fn launch(data_dir: &Path) -> Harness {
    let app = pathway_app::builder(mock_builder()).build(pathway_app::context()).expect("the app builds");
    app.manage(AppState::new(Ok(DataDir { path: data_dir.to_path_buf(), source: DataDirSource::Environment })));
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("the main window");
    Harness { _app: app, window }
}

impl Harness {
    fn invoke(&self, command: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: command.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
    }
}

#[test]
fn app_status_reports_the_data_folder_and_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let status = app.invoke("app_status", json!({})).unwrap();
    assert_eq!(status["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(status["data_dir"], json!({"path": dir.path(), "source": "environment"}));
    assert_eq!(status["database"]["path"], json!(dir.path().join("pathway.sqlite3")));
    assert_eq!(status["database"]["schema_version"], pathway_core::store::LATEST_SCHEMA_VERSION);
    assert!(dir.path().join("pathway.sqlite3").is_file());
}

#[test]
fn ui_ready_returns_the_milliseconds_since_start() {
    let dir = tempfile::tempdir().unwrap();
    let millis = launch(dir.path()).invoke("ui_ready", json!({})).unwrap();
    assert!(millis.is_u64(), "{millis}");
}

#[test]
fn a_store_that_cannot_open_reports_code_and_message_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "a file where the data folder should be").unwrap();
    let error = launch(&blocker).invoke("app_status", json!({})).unwrap_err();
    assert_eq!(error["code"], "store.create_folder");
    assert!(error["message"].as_str().unwrap().contains("not-a-folder"), "{error}");
    assert_eq!(error.as_object().unwrap().len(), 4, "code, message, field and params: {error}");
    assert_eq!((&error["field"], &error["params"]), (&Value::Null, &json!({})), "a folder error names no field: {error}");
}

#[test]
fn save_database_copy_names_its_argument_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let error = launch(dir.path()).invoke("save_database_copy", json!({})).unwrap_err();
    assert!(error.to_string().contains("dialog"), "{error}");
}

#[test]
fn commands_outside_the_capability_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let error = app.invoke("plugin:dialog|save", json!({"options": {}})).unwrap_err();
    assert!(error.to_string().contains("not allowed"), "the webview has no dialog permission: {error}");
}

#[test]
fn the_configured_identifier_is_the_core_identifier() {
    let context = pathway_app::context::<MockRuntime>();
    assert_eq!(context.config().identifier, pathway_core::APP_IDENTIFIER);
}

#[test]
fn the_csp_is_strict() {
    let context = pathway_app::context::<MockRuntime>();
    let csp = context.config().app.security.csp.as_ref().expect("a CSP is set").to_string();
    let directives: Vec<&str> = csp.split(';').map(str::trim).collect();
    assert!(directives.contains(&"connect-src 'self' ipc: http://ipc.localhost"), "{csp}");
    for forbidden in ["unsafe-eval", "unsafe-inline", "http:", "https:", "*"] {
        let offending = directives.iter().find(|d| d.contains(forbidden) && !d.starts_with("connect-src"));
        assert!(offending.is_none(), "CSP directive allows {forbidden}: {offending:?}");
    }
    assert!(csp.contains("script-src 'self'") && csp.contains("object-src 'none'"), "{csp}");
}

#[test]
fn printing_is_granted_on_macos_only_and_nothing_else_is() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let mut names: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["main.json", "print-macos.json"], "every capability file is checked here");
    let print: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("print-macos.json")).unwrap()).unwrap();
    assert_eq!(print["platforms"], json!(["macOS"]));
    assert_eq!(print["windows"], json!(["main"]));
    assert_eq!(print["permissions"], json!(["core:webview:allow-print"]));
}

#[test]
fn the_capability_grants_only_our_commands() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities/main.json");
    let capability: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(capability["windows"], json!(["main"]));
    // One grant: the set build.rs writes from the command list; no plugin, no core default.
    assert_eq!(capability["permissions"], json!(["app-commands"]));
    let set = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/permissions/app-commands.toml")).unwrap();
    let granted: Vec<&str> =
        set.lines().filter_map(|line| line.trim().strip_prefix("\"allow-")).map(|rest| rest.trim_end_matches("\",")).collect();
    let expected: Vec<String> = pathway_app::protocol::COMMANDS.iter().map(|name| name.replace('_', "-")).collect();
    assert_eq!(granted, expected, "the set allows every release command, and nothing else");
    assert!(pathway_app::protocol::E2E_COMMANDS.iter().all(|name| !set.contains(&name.replace('_', "-"))), "{set}");
}

/// Every command the list names is called here by its name (the tests above
/// and below invoke each one; the page's bridge is checked the same way in
/// ui/tests/bridge.test.js).
#[test]
fn every_command_is_called_by_a_wiring_test() {
    let this_file = include_str!("wiring.rs");
    let missing: Vec<&&str> = pathway_app::protocol::COMMANDS.iter().filter(|name| !this_file.contains(&format!("\"{name}\""))).collect();
    assert!(missing.is_empty(), "no wiring test calls {missing:?}");
}

#[test]
fn the_file_dialog_commands_name_their_argument_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    for command in ["export_data", "export_csv", "choose_import", "export_calendar"] {
        let error = app.invoke(command, json!({})).unwrap_err();
        assert!(error.to_string().contains("dialog"), "{command}: {error}");
    }
}

#[test]
fn the_data_folder_is_opened_only_when_there_is_one() {
    let app = pathway_app::builder(mock_builder()).build(pathway_app::context()).expect("the app builds");
    let unusable = pathway_core::paths::DataDirError::NotAbsolute("relative".into());
    app.manage(AppState::new(Err(unusable.into())));
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("the main window");
    let harness = Harness { _app: app, window };
    let error = harness.invoke("open_data_folder", json!({})).unwrap_err();
    assert_eq!(error["code"], "data_dir.unavailable");
    assert_eq!(harness.invoke("retry_open_store", json!({})).unwrap_err()["code"], "data_dir.unavailable");
}

#[test]
fn retrying_the_store_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(launch(dir.path()).invoke("retry_open_store", json!({})).unwrap(), Value::Null);
}

#[test]
fn the_profile_is_absent_then_checked_saved_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    assert_eq!(app.invoke("get_profile", json!({})).unwrap(), Value::Null);

    let draft = json!({"name": "Maria", "base_pay": "25,000", "night_differential": "2500",
                       "allowances": "1000", "thirteenth_month": true});
    let check = app.invoke("check_profile", json!({"draft": draft})).unwrap();
    assert_eq!(check["errors"], json!([]));
    assert_eq!(check["summary"]["total_monthly_pay_minor"], 3_058_333);

    let saved = app.invoke("save_profile", json!({"draft": draft, "currencyChange": null})).unwrap();
    assert_eq!(saved["summary"]["profile"]["name"], "Maria");
    assert_eq!(saved["draft"]["base_pay"], "25000.00");
    let again = app.invoke("get_profile", json!({})).unwrap();
    assert_eq!(again, saved);
}

#[test]
fn an_invalid_profile_is_refused_by_field_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let draft = json!({"base_pay": "-5000"});
    let check = app.invoke("check_profile", json!({"draft": draft})).unwrap();
    assert_eq!(check["errors"][0]["field"], "base_pay");
    assert_eq!(check["errors"][0]["params"], json!({"min": "0", "max": "10,000,000"}));
    let error = app.invoke("save_profile", json!({"draft": draft})).unwrap_err();
    assert_eq!(
        error,
        json!({"code": "profile.invalid", "message": "Monthly base pay must be between 0 and 10,000,000 a month.", "field": "base_pay",
               "params": {"rule": "range_monthly", "min": "0", "max": "10,000,000"}})
    );
    assert_eq!(app.invoke("get_profile", json!({})).unwrap(), Value::Null);
}

#[test]
fn a_draft_with_an_unknown_field_is_refused_at_the_boundary() {
    let dir = tempfile::tempdir().unwrap();
    let error = launch(dir.path()).invoke("check_profile", json!({"draft": {"salary": "1"}})).unwrap_err();
    assert!(error.to_string().contains("salary"), "{error}");
}

#[test]
fn a_currency_change_needs_a_decision_named_currency_change() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    app.invoke("save_profile", json!({"draft": {"currency": "PHP", "base_pay": "100"}})).unwrap();
    let inr = json!({"currency": "INR", "base_pay": "100"});
    let error = app.invoke("save_profile", json!({"draft": inr})).unwrap_err();
    assert_eq!(error["code"], "profile.currency_change_unconfirmed");
    let check = app.invoke("check_profile", json!({"draft": inr})).unwrap();
    assert_eq!(check["currency_change_needed"], true);
    assert_eq!(check["errors"][0]["code"], "currency_change_unconfirmed");
    let change = json!({"action": "convert", "from": "PHP", "rate": "1.5"});
    let converted = app.invoke("save_profile", json!({"draft": inr, "currencyChange": change})).unwrap();
    assert_eq!(converted["summary"]["profile"]["pay"]["base_monthly_minor"], 15_000);
}

#[test]
fn delete_all_data_leaves_a_fresh_empty_store() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    app.invoke("save_profile", json!({"draft": {"name": "Ana"}})).unwrap();
    assert!(dir.path().join("backups").is_dir(), "the daily backup exists before the delete");
    let deleted = app.invoke("delete_all_data", json!({})).unwrap();
    assert!(deleted.as_u64().unwrap() >= 1, "{deleted}");
    assert!(!dir.path().join("backups").exists());
    assert_eq!(app.invoke("get_profile", json!({})).unwrap(), Value::Null);
    assert!(app.invoke("app_status", json!({})).is_ok(), "the store was reopened");
}

#[test]
fn the_e2e_feature_is_never_on_by_default() {
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let default_line = manifest.lines().find(|l| l.trim_start().starts_with("default"));
    assert!(default_line.is_none_or(|l| !l.contains("e2e")), "{default_line:?}");
    #[cfg(feature = "e2e")]
    panic!("the wiring tests run on the shipped feature set, without the e2e feature");
}

#[test]
fn profile_options_come_from_the_core() {
    let dir = tempfile::tempdir().unwrap();
    let options = launch(dir.path()).invoke("profile_options", json!({})).unwrap();
    assert_eq!(options["currencies"][1], json!({"code": "INR", "symbol": "₹"}));
    assert_eq!(options["default_currency"]["in"], "INR");
}

#[test]
fn backups_list_restore_and_import_without_a_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    assert_eq!(app.invoke("list_backups", json!({})).unwrap(), json!([]), "an empty store is not backed up");
    app.invoke("save_profile", json!({"draft": {"name": "Ana"}})).unwrap();
    let backups = app.invoke("list_backups", json!({})).unwrap();
    assert_eq!(backups.as_array().unwrap().len(), 1, "the first save made today's backup: {backups}");
    assert_eq!(backups[0]["reason"], "daily");
    app.invoke("save_profile", json!({"draft": {"name": "Changed"}})).unwrap();
    assert_eq!(app.invoke("list_backups", json!({})).unwrap().as_array().unwrap().len(), 1, "one a day");
    let file_name = backups[0]["file_name"].clone();
    let safety = app.invoke("restore_backup", json!({"fileName": file_name})).unwrap();
    assert_eq!(safety["reason"], "before-restore");
    let restored = app.invoke("get_profile", json!({})).unwrap();
    assert_eq!(restored["summary"]["profile"]["name"], "Ana", "the backup holds the first save");
    let error = app.invoke("apply_import", json!({"mode": "replace"})).unwrap_err();
    assert_eq!(error["code"], "import.nothing_chosen");
}

#[test]
fn a_damaged_store_is_reported_then_recovered_by_starting_fresh() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pathway.sqlite3"), "not a database at all").unwrap();
    let app = launch(dir.path());
    let error = app.invoke("get_profile", json!({})).unwrap_err();
    assert_eq!(error["code"], "store.not_a_database");
    let recovered = app.invoke("recover_store", json!({"action": "start_fresh"})).unwrap();
    assert!(recovered["moved_aside"].as_str().unwrap().contains("pathway-unusable-"), "{recovered}");
    assert_eq!(app.invoke("get_profile", json!({})).unwrap(), Value::Null);
}

#[test]
fn the_users_exchange_rate_replaces_the_catalogs_and_can_be_reset() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let rates = app.invoke("exchange_rates", json!({})).unwrap();
    let php = rates.as_array().unwrap().iter().find(|r| r["to"] == "PHP").unwrap().clone();
    assert_eq!(php["provenance"]["kind"], "sourced");
    let rates = app.invoke("set_exchange_rate", json!({"from": "USD", "to": "PHP", "rate": "57.5"})).unwrap();
    let php = rates.as_array().unwrap().iter().find(|r| r["to"] == "PHP").unwrap();
    assert_eq!(php["rate"], "57.5");
    assert_eq!(php["provenance"]["kind"], "user");
    assert_eq!(php["catalog"]["provenance"]["kind"], "sourced", "the catalog's figure stays beside it");
    let error = app.invoke("set_exchange_rate", json!({"from": "USD", "to": "PHP", "rate": "0"})).unwrap_err();
    assert_eq!(error["code"], "figure.rate_out_of_range");
    let rates = app.invoke("reset_user_figure", json!({"id": "exchange_rate:USD:PHP"})).unwrap();
    assert!(rates.as_array().unwrap().iter().all(|r| r["user"].is_null()));
}

#[test]
fn explore_searches_compares_and_remembers_choices_and_figures() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let hits = app.invoke("search_catalog", json!({"query": {"text": "security"}})).unwrap();
    let ids: Vec<&str> = hits.as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap()).collect();
    // Without a profile she counts as a newcomer: foundational entries first (issue 23), Security+ soon after.
    assert_eq!(hits[0]["level"], "foundational", "{ids:?}");
    assert!(ids.iter().take(8).any(|&id| id == "comptia-security-plus"), "{ids:?}");
    app.invoke("set_user_figure", json!({"id": "exam_fee:comptia-security-plus", "value": "350"})).unwrap();
    let error = app.invoke("set_user_figure", json!({"id": "exam_fee:comptia-security-plus", "value": "-3"})).unwrap_err();
    assert_eq!(error["code"], "figure.fee_invalid");
    let compared = app
        .invoke("compare_certifications", json!({"ids": ["comptia-security-plus", "comptia-a-plus", "ms-az-900"], "currency": "PHP"}))
        .unwrap();
    assert_eq!(compared.as_array().unwrap().len(), 3);
    assert_eq!(compared[0]["cost"]["usd"]["first_attempt"], 350.0, "the user's price is used");
    let choices = app.invoke("choose_target_role", json!({"role": "help-desk-technician"})).unwrap();
    assert_eq!(choices["target_role"], "help-desk-technician");
    let choices = app.invoke("set_certification_choice", json!({"id": "comptia-a-plus", "chosen": true})).unwrap();
    assert_eq!(choices["certifications"], json!(["comptia-a-plus"]));
    let explore = app.invoke("explore_catalog", json!({})).unwrap();
    assert_eq!(explore["choices"]["target_role"], "help-desk-technician");
    let fee = explore["catalog"]["certifications"].as_array().unwrap().iter().find(|c| c["id"] == "comptia-security-plus").unwrap()
        ["exam_fee_usd"]
        .clone();
    assert_eq!(fee["provenance"]["kind"], "user");
    assert!(app.invoke("choose_target_role", json!({"role": "astronaut"})).is_err());
}

#[test]
fn public_routes_are_offered_chosen_by_id_and_an_unknown_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    app.invoke("save_profile", json!({"draft": {"country": "ph", "currency": "PHP", "birth_year": "1996", "employer_trained": "no"}}))
        .unwrap();
    let offers = app.invoke("route_offers", json!({})).unwrap();
    let ids: Vec<&str> = offers["offers"].as_array().unwrap().iter().map(|o| o["route"]["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"tulong-trabaho") && !ids.contains(&"swayam-nptel"), "her country's routes: {ids:?}");
    let choices = app.invoke("choose_route", json!({"route": "tulong-trabaho"})).unwrap();
    assert_eq!(choices["route"], "tulong-trabaho");
    let error = app.invoke("choose_route", json!({"route": "moon-academy"})).unwrap_err();
    assert_eq!(error["code"], "explore.unknown_route");
    let cleared = app.invoke("choose_route", json!({"route": null})).unwrap();
    assert_eq!(cleared["route"], serde_json::Value::Null);
    let sources = app.invoke("sources_in_use", json!({})).unwrap();
    assert!(sources["publishers"].as_array().unwrap().iter().any(|p| p["publisher"] == "TESDA"), "grouped by publisher");
}

#[test]
fn an_assessment_is_refused_by_field_then_taken_ranked_and_gapped() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let empty = app.invoke("assessment_overview", json!({})).unwrap();
    assert_eq!(empty["taken"], 0);
    assert!(empty["fit"].is_null());
    let ratings = json!({"communication": 5, "problem_solving": 4, "customer_service": 5, "process_documentation": 2,
        "team_collaboration": 3, "adaptability": 3, "time_management": 9});
    let error = app.invoke("take_assessment", json!({"assessment": {"ratings": ratings, "interests": {}}})).unwrap_err();
    assert_eq!(error["code"], "assessment.invalid");
    assert!(error["message"].as_str().unwrap().contains("Time management must be from 1 to 5"), "{error}");
    assert_eq!(app.invoke("assessment_overview", json!({})).unwrap()["taken"], 0, "nothing was written");
    let mut ratings = ratings;
    ratings["time_management"] = json!(3);
    let taken = app.invoke("take_assessment", json!({"assessment": {"ratings": ratings, "interests": {"it-support": 5}}})).unwrap();
    assert_eq!(taken["taken"], 1);
    assert_eq!(taken["fit"]["ranking"][0]["domain"], "it-support");
    assert!(taken["fit"]["ranking"][0]["reasons"].as_array().unwrap().len() >= 2);
    let gap = app.invoke("skill_gap", json!({"role": "help-desk-technician"})).unwrap();
    assert_eq!(gap["role"], "help-desk-technician");
    assert!(gap["skills"].as_array().unwrap().iter().all(|s| s["required"].is_u64()));
    assert_eq!(app.invoke("skill_gap", json!({"role": "astronaut"})).unwrap_err()["code"], "assessment.unknown_role");
}

#[test]
fn a_plan_is_built_edited_by_field_and_duplicated_as_a_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    app.invoke(
        "save_profile",
        json!({"draft": {"currency": "PHP", "hours_per_week": "8", "free_weekdays": ["sat", "sun"], "start_date": "2030-01-07"}}),
    )
    .unwrap();
    app.invoke("choose_target_role", json!({"role": "help-desk-technician"})).unwrap();
    let words = json!({"months": ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"], "today": "Today", "exam": "Exam", "title": "Roadmap"});
    let plan = app.invoke("create_plan", json!({"name": "Help desk"})).unwrap();
    let plan_id = plan["id"].as_str().unwrap();
    let state = app.invoke("plan_state", json!({"zoom": "months", "words": words})).unwrap();
    assert_eq!(state["view"]["start"], "2030-01-07");
    assert!(state["timeline_svg"].as_str().unwrap().starts_with("<svg"));
    let milestone = &plan["milestones"][2];
    let edit = json!({"title": milestone["title"], "hours": "-4", "status": "todo", "notes": "", "links": ""});
    let error = app.invoke("edit_milestone", json!({"planId": plan_id, "milestoneId": milestone["id"], "edit": edit})).unwrap_err();
    assert_eq!(error["code"], "plan.invalid");
    assert!(error["message"].as_str().unwrap().contains("from 0 to 10,000"), "{error}");
    let added =
        app.invoke("add_milestone", json!({"planId": plan_id, "milestone": {"title": "Home lab", "hours": "6", "phase": "labs"}})).unwrap();
    let added = added.as_str().unwrap();
    app.invoke("move_milestone", json!({"planId": plan_id, "milestoneId": added, "offset": -1})).unwrap();
    let error = app.invoke("set_parallel_share", json!({"planId": plan_id, "pct": "1,5"})).unwrap_err();
    assert_eq!(error["code"], "plan.invalid", "{error}");
    app.invoke("set_parallel_share", json!({"planId": plan_id, "pct": "50"})).unwrap();
    let removed = app.invoke("delete_milestone", json!({"planId": plan_id, "milestoneId": added})).unwrap();
    assert_eq!(removed["title"], "Home lab");
    app.invoke("rename_plan", json!({"planId": plan_id, "name": "Help desk, weekends"})).unwrap();
    let copy = app.invoke("duplicate_plan", json!({"planId": plan_id, "name": "Faster"})).unwrap();
    app.invoke("activate_plan", json!({"planId": plan_id})).unwrap();
    let state = app.invoke("plan_state", json!({"zoom": "weeks", "words": words})).unwrap();
    assert_eq!(state["plans"].as_array().unwrap().len(), 2);
    assert_eq!(state["view"]["plan"]["id"], plan_id);
    assert_eq!(app.invoke("delete_plan", json!({"planId": "nope"})).unwrap_err()["code"], "plan.not_found");
    app.invoke("delete_plan", json!({"planId": copy["id"]})).unwrap();
}

#[test]
fn the_money_story_is_prefilled_and_refuses_a_bad_field_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    app.invoke("save_profile", json!({"draft": {"currency": "PHP", "base_pay": "25000", "savings": "60000", "monthly_expenses": "18000"}}))
        .unwrap();
    let prefill = app.invoke("money_prefill", json!({})).unwrap();
    assert_eq!(prefill["input"]["roi"]["current_monthly_salary"], 25000);
    assert_eq!(prefill["currency"], "PHP");
    let mut words = json!({"cumulative_title": "c", "breakdown_title": "b", "histogram_title": "h", "staying": "s", "switching": "w",
        "payback": "month {month}", "half": "half by {month}", "range": "{low} to {high}", "range_open": "{low} on", "dip": "{amount}", "month": "Month", "none": "None", "categories": {}});
    let mut input = prefill["input"].clone();
    input["roi"]["target_monthly_salary"] = json!(35000);
    input["target_monthly_salary"] = json!({"min": 30000, "mode": 35000, "max": 40000});
    let story = app.invoke("money_story", json!({"input": input, "words": words})).unwrap();
    assert!(story["charts"]["cumulative"].as_str().unwrap().starts_with("<svg"));
    input["roi"]["study_months"] = json!(-1);
    let error = app.invoke("money_story", json!({"input": input, "words": words})).unwrap_err();
    assert_eq!(error["code"], "money.invalid");
    assert_eq!(error["field"], "roi.study_months", "{error}");
    assert!(error["message"].as_str().unwrap().starts_with("must be a whole number"), "the sentence without the field: {error}");
    assert_eq!(error["params"], json!({"rule": "whole_number", "min": "0", "max": "600"}), "the rule and its values: {error}");
    // The form's fields travel as typed; the core reads each by its kind.
    input["roi"]["study_months"] = json!(6);
    let typed = json!({"roi.savings": "1,00,000", "target_monthly_salary.mode": "36,000.50"});
    let story = app.invoke("money_story", json!({"input": input, "typed": typed, "words": words})).unwrap();
    assert!(story["charts"]["cumulative"].as_str().unwrap().starts_with("<svg"));
    let error = app.invoke("money_story", json!({"input": input, "typed": {"roi.study_months": "1,5"}, "words": words})).unwrap_err();
    assert_eq!(
        (&error["code"], &error["field"], &error["params"]["rule"]),
        (&json!("money.invalid"), &json!("roi.study_months"), &json!("comma_as_decimal"))
    );
    words["categories"] = json!([]);
    assert!(app.invoke("money_story", json!({"input": prefill["input"], "words": words})).is_err(), "words are checked too");
}

/// Issue 22: which certification first, when she leaves her job, and the known skills that refine her fit.
#[test]
fn the_certification_choice_the_search_plan_and_known_skills_travel_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let draft = json!({"country": "ph", "currency": "PHP", "base_pay": "24000", "hours_per_week": "10", "free_weekdays": ["sat", "sun"],
        "start_date": "2030-01-07", "employment": "employed"});
    app.invoke("save_profile", json!({"draft": draft})).unwrap();
    let prefill = app.invoke("money_prefill", json!({})).unwrap();
    assert_eq!(prefill["search"], json!({"plan": "keeps_job", "chosen": false, "employed": true}), "the default, not yet said");
    assert_eq!(prefill["input"]["roi"]["leaves_job"], "at_new_job");
    let error = app.invoke("set_search_plan", json!({"plan": "quit"})).unwrap_err();
    assert_eq!((&error["code"], &error["field"]), (&json!("profile.invalid"), &json!("search_plan")), "{error}");
    let state = app.invoke("set_search_plan", json!({"plan": "leaves_to_search"})).unwrap();
    assert_eq!(state["draft"]["search_plan"], "leaves_to_search");
    assert_eq!(app.invoke("money_prefill", json!({})).unwrap()["input"]["roi"]["leaves_job"], "after_study");

    app.invoke("choose_target_role", json!({"role": "cloud-support-associate"})).unwrap();
    app.invoke("set_certification_choice", json!({"id": "aws-cloud-practitioner", "chosen": true})).unwrap();
    app.invoke("create_plan", json!({"name": "Cloud"})).unwrap();
    let choice = app.invoke("certification_choice", json!({"ids": null})).unwrap();
    assert_eq!(choice["candidates"][0]["id"], "aws-cloud-practitioner");
    assert_eq!(choice["verdict"]["kind"], "only");
    let compared = app.invoke("certification_choice", json!({"ids": ["comptia-security-plus", "aws-cloud-practitioner"]})).unwrap();
    assert_eq!(compared["candidates"].as_array().unwrap().len(), 2);
    assert_eq!(compared["candidates"][0]["in_plan"], false);
    let error = app.invoke("certification_choice", json!({"ids": ["moon-cert"]})).unwrap_err();
    assert_eq!(error["code"], "explore.unknown_certification");

    let ratings = json!({"communication": 5, "problem_solving": 4, "customer_service": 5, "process_documentation": 2,
        "team_collaboration": 3, "adaptability": 3, "time_management": 4});
    app.invoke("take_assessment", json!({"assessment": {"ratings": ratings, "interests": {}}})).unwrap();
    let refined = app.invoke("refine_known_skills", json!({"knownSkills": {"troubleshooting": 2}})).unwrap();
    assert_eq!(refined["taken"], 1);
    assert_eq!(refined["latest"]["assessment"]["known_skills"]["troubleshooting"], 2);
    assert!(!refined["skill_groups"].as_array().unwrap().is_empty());
    let error = app.invoke("refine_known_skills", json!({"knownSkills": {"troubleshooting": 7}})).unwrap_err();
    assert_eq!(error["code"], "assessment.invalid");
}

#[test]
fn progress_records_are_saved_refused_by_field_deleted_for_undo_and_summed() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let session = json!({"kind": "session", "record": {"id": "", "date": "2027-01-09", "minutes": 0, "note": ""}});
    let error = app.invoke("save_progress_record", json!({"record": session})).unwrap_err();
    assert_eq!(
        error,
        json!({"code": "progress.invalid", "message": "must be from 1 to 1,440 (24 hours)", "field": "minutes", "params": {}})
    );
    let error = app.invoke("save_progress_record", json!({"record": session, "typed": {"hours": "1,5"}})).unwrap_err();
    assert_eq!(error["field"], "hours", "typed text is read by the core and refused by its field: {error}");
    assert!(error["message"].as_str().unwrap().contains("write a point"), "{error}");
    let mut session = session;
    session["record"]["minutes"] = json!(90);
    let saved = app.invoke("save_progress_record", json!({"record": session})).unwrap();
    let id = saved["record"]["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("s-"));
    let removed = app.invoke("delete_progress_record", json!({"kind": "session", "id": id})).unwrap();
    app.invoke("save_progress_record", json!({"record": removed})).unwrap();
    let application = json!({"kind": "application", "record": {"id": "", "company": "Acme", "role": "Help desk", "applied_on": "2027-06-01",
        "history": [{"stage": "applied", "date": "2027-06-01"}]}});
    let saved = app.invoke("save_progress_record", json!({"record": application})).unwrap();
    let moved = app.invoke("move_application", json!({"id": saved["record"]["id"], "stage": "screening", "date": "2027-06-03"})).unwrap();
    assert_eq!(moved["history"].as_array().unwrap().len(), 2);
    app.invoke("start_timer", json!({"planId": null, "milestoneId": null})).unwrap();
    assert!(app.invoke("progress_records", json!({})).unwrap()["timer"].is_object());
    app.invoke("stop_timer", json!({})).unwrap();
    app.invoke("start_timer", json!({"planId": null, "milestoneId": null})).unwrap();
    app.invoke("discard_timer", json!({})).unwrap();
    assert!(app.invoke("progress_records", json!({})).unwrap()["timer"].is_null(), "a discarded timer logs nothing");
    assert_eq!(app.invoke("discard_timer", json!({})).unwrap_err()["code"], "progress.no_timer");
    let words = json!({"weekly_title": "w", "cumulative_title": "c", "target": "t", "planned": "p", "logged": "l",
        "months": ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]});
    let dashboard = app.invoke("progress_dashboard", json!({"words": words})).unwrap();
    assert!(dashboard["charts"]["weekly"].as_str().unwrap().starts_with("<svg"));
    assert!(dashboard["hours_logged"].as_f64().unwrap() >= 1.5);
    assert_eq!(dashboard["applications_by_stage"], json!([["screening", 1]]));
}

fn reminder_words() -> Value {
    json!({"title": "Pathway: {count} due", "exam": "Exam {what} on {date}", "follow_up": "Follow up with {what} ({date})",
           "application": "{what} ({date})", "months": ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]})
}

#[test]
fn the_start_up_reminder_stays_silent_until_the_profile_turns_it_on() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    // No profile yet: nothing to remind of, and no notification is attempted.
    assert_eq!(app.invoke("startup_reminder", json!({"words": reminder_words()})).unwrap(), Value::Null);
    let error = app.invoke("startup_reminder", json!({"words": {"title": "x"}})).unwrap_err();
    assert!(error.to_string().contains("words"), "a missing word is named: {error}");
}

#[test]
fn the_plan_document_without_a_plan_says_so_by_code() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    let error = app.invoke("plan_document", json!({})).unwrap_err();
    assert_eq!(error["code"], "report.no_plan", "{error}");
    let error = app.invoke("export_plan_pdf", json!({"dialog": {"title": "Save"}})).unwrap_err();
    assert!(error.to_string().contains("paper"), "the paper argument is named: {error}");
}

#[test]
fn only_a_pdf_this_run_wrote_can_be_opened() {
    let dir = tempfile::tempdir().unwrap();
    let error = launch(dir.path()).invoke("open_last_export", json!({"reveal": false})).unwrap_err();
    assert_eq!(error["code"], "report.nothing_exported", "{error}");
}

#[test]
fn about_names_the_versions_the_data_folder_and_the_catalog_date() {
    let dir = tempfile::tempdir().unwrap();
    let about = launch(dir.path()).invoke("about", json!({})).unwrap();
    assert_eq!(about["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(about["tauri_version"], tauri::VERSION);
    assert_eq!(about["data_dir"]["path"], json!(dir.path()));
    let date = about["catalog_data_date"].as_str().unwrap();
    assert!(date.starts_with("20") && date.len() >= 4, "{date}");
}

#[test]
fn the_window_title_is_checked_before_it_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(dir.path());
    app.invoke("set_view_title", json!({"title": "Roadmap · Pathway"})).unwrap();
    let error = app.invoke("set_view_title", json!({"title": "x".repeat(121)})).unwrap_err();
    assert_eq!(error["code"], "app.invalid_title");
    assert!(error["message"].as_str().unwrap().contains("1 to 120"), "{error}");
}

#[test]
fn menu_items_open_their_views_and_nothing_else() {
    use pathway_app::menu::target;
    assert_eq!(target("about"), Some("#/about"));
    assert_eq!(target("settings"), Some("#/settings"));
    assert_eq!(target("print"), Some("#/document?print"));
    assert_eq!(target("quit"), None, "predefined items are the system's own");
}

#[test]
fn the_bundle_names_the_product_and_the_macos_floor_that_printing_needs() {
    let config: Value =
        serde_json::from_str(&std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json")).unwrap()).unwrap();
    let bundle = &config["bundle"];
    for field in ["publisher", "copyright", "shortDescription", "longDescription", "license", "homepage"] {
        assert!(bundle[field].as_str().is_some_and(|s| !s.is_empty()), "bundle.{field}");
    }
    assert_eq!(bundle["category"], "Education");
    assert_eq!(bundle["macOS"]["minimumSystemVersion"], "11.0", "WKWebView printing needs macOS 11");
    assert_eq!(bundle["windows"]["webviewInstallMode"]["type"], "downloadBootstrapper");
    let licence = Path::new(env!("CARGO_MANIFEST_DIR")).join(bundle["licenseFile"].as_str().unwrap());
    assert!(licence.is_file(), "{}", licence.display());
    for icon in bundle["icon"].as_array().unwrap() {
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(icon.as_str().unwrap()).is_file(), "{icon}");
    }
}
