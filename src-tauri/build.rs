//! Declares the app's own commands, so that each one is denied to the webview
//! unless a capability grants it (least privilege; see capabilities/).

const COMMANDS: &[&str] = &[
    "app_status",
    "ui_ready",
    "save_database_copy",
    "get_profile",
    "check_profile",
    "save_profile",
    "delete_all_data",
    "profile_options",
    "list_backups",
    "restore_backup",
    "recover_store",
    "retry_open_store",
    "export_data",
    "export_csv",
    "choose_import",
    "apply_import",
    "exchange_rates",
    "set_exchange_rate",
    "reset_user_figure",
    "explore_catalog",
    "search_catalog",
    "compare_certifications",
    "set_user_figure",
    "choose_target_role",
    "set_certification_choice",
    "assessment_overview",
    "take_assessment",
    "skill_gap",
    "plan_state",
    "create_plan",
    "edit_milestone",
    "add_milestone",
    "delete_milestone",
    "move_milestone",
    "set_parallel_share",
    "duplicate_plan",
    "activate_plan",
    "rename_plan",
    "delete_plan",
    "money_prefill",
    "money_story",
    "progress_dashboard",
    "progress_records",
    "save_progress_record",
    "delete_progress_record",
    "move_application",
    "start_timer",
    "stop_timer",
    "discard_timer",
    "export_calendar",
    "startup_reminder",
    "plan_document",
    "export_plan_pdf",
    "open_last_export",
    "about",
    "open_data_folder",
    "set_view_title",
];
const E2E_COMMANDS: &[&str] = &["e2e_answer_next_dialog", "e2e_print_to_pdf"];

fn main() {
    let mut commands: Vec<&str> = COMMANDS.to_vec();
    if std::env::var_os("CARGO_FEATURE_E2E").is_some() {
        commands.extend_from_slice(E2E_COMMANDS);
    }
    let manifest = tauri_build::AppManifest::new().commands(Box::leak(commands.into_boxed_slice()));
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri-build failed");
}
