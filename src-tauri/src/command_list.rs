// The one list of the commands the webview may call: the handler
// (`lib.rs`), the permission set the main capability grants (`build.rs`),
// the signature check (`protocol.rs`) and the UI's declarations
// (`ui/js/protocol.d.ts`, from `tests/protocol.rs`) are all made from it.
//
// Each line is `name {context} (argument: Type, ...) -> Result;`. The
// context is what Tauri injects (`app`, `state`, `window`), in the order the
// function takes it; the arguments are what the page sends, named as in
// Rust (the page writes them in camelCase). The compiler checks every line
// against its function, so the list cannot drift from the commands.
//
// This file holds only the macro, so that `build.rs` can `include!` it.

/// Calls `$then! { commands { ... } e2e { ... } }` with every command.
#[macro_export]
macro_rules! with_commands {
    ($then:ident) => {
        $then! {
            commands {
                app_status {state} () -> ::pathway_core::app::about::AppStatus;
                ui_ready {} () -> u64;
                save_database_copy {app, state} (dialog: $crate::dialogs::FileDialog) -> Option<::pathway_core::app::about::WrittenFile>;
                get_profile {state} () -> Option<::pathway_core::app::profile::ProfileState>;
                check_profile {state} (draft: ::pathway_core::profile::ProfileDraft, currency_change: Option<::pathway_core::profile::CurrencyChange>) -> ::pathway_core::app::profile::ProfileCheck;
                save_profile {state} (draft: ::pathway_core::profile::ProfileDraft, currency_change: Option<::pathway_core::profile::CurrencyChange>) -> ::pathway_core::app::profile::ProfileState;
                delete_all_data {state} () -> usize;
                profile_options {} () -> ::pathway_core::profile::ProfileOptions;
                list_backups {state} () -> Vec<::pathway_core::store::BackupInfo>;
                restore_backup {state} (file_name: String) -> Option<::pathway_core::store::BackupInfo>;
                recover_store {state} (action: ::pathway_core::store::RecoveryAction) -> ::pathway_core::store::Recovered;
                retry_open_store {state} () -> ();
                export_data {app, state} (dialog: $crate::dialogs::FileDialog) -> Option<::pathway_core::app::about::WrittenFile>;
                export_csv {app, state} (dialog: $crate::dialogs::FileDialog) -> Option<Vec<::std::path::PathBuf>>;
                choose_import {app, state} (dialog: $crate::dialogs::FileDialog) -> Option<::pathway_core::app::transfer::ImportChoice>;
                apply_import {state} (mode: ::pathway_core::transfer::ImportMode) -> ::pathway_core::transfer::ImportOutcome;
                exchange_rates {state} () -> Vec<::pathway_core::catalog::EffectiveRate>;
                set_exchange_rate {state} (from: ::pathway_core::money::Currency, to: ::pathway_core::money::Currency, rate: String) -> Vec<::pathway_core::catalog::EffectiveRate>;
                reset_user_figure {state} (id: String) -> Vec<::pathway_core::catalog::EffectiveRate>;
                explore_catalog {state} () -> ::pathway_core::app::catalog::ExploreData;
                search_catalog {state} (query: ::pathway_core::search::SearchQuery, typed: Option<::pathway_core::app::catalog::TypedFilters>) -> Vec<::pathway_core::search::Hit>;
                compare_certifications {state} (ids: Vec<String>, currency: ::pathway_core::money::Currency) -> Vec<::pathway_core::costs::compare::Comparison>;
                set_user_figure {state} (id: String, value: String) -> ::pathway_core::catalog::UserFigure;
                choose_target_role {state} (role: String) -> ::pathway_core::choices::Choices;
                set_certification_choice {state} (id: String, chosen: bool) -> ::pathway_core::choices::Choices;
                route_offers {state} () -> ::pathway_core::app::routes::RouteOffers;
                sources_in_use {state} () -> ::pathway_core::catalog::SourcesInUse;
                choose_route {state} (route: Option<String>) -> ::pathway_core::choices::Choices;
                certification_choice {state} (ids: Option<Vec<String>>) -> ::pathway_core::app::certifications::CertificationChoice;
                set_search_plan {state} (plan: String) -> ::pathway_core::app::profile::ProfileState;
                assessment_overview {state} () -> ::pathway_core::assessment::Overview;
                take_assessment {state} (assessment: ::pathway_core::assessment::Assessment) -> ::pathway_core::assessment::Overview;
                refine_known_skills {state} (known_skills: ::std::collections::BTreeMap<String, u8>) -> ::pathway_core::assessment::Overview;
                skill_gap {state} (role: String) -> ::pathway_core::assessment::GapResult;
                plan_state {state} (zoom: ::pathway_core::plan::Zoom, words: ::pathway_core::plan::TimelineWords) -> ::pathway_core::app::plan::PlanState;
                create_plan {state} (name: String) -> ::pathway_core::plan::Plan;
                edit_milestone {state} (plan_id: String, milestone_id: String, edit: ::pathway_core::app::plan::MilestoneEdit) -> ();
                add_milestone {state} (plan_id: String, milestone: ::pathway_core::app::plan::NewMilestone) -> String;
                delete_milestone {state} (plan_id: String, milestone_id: String) -> ::pathway_core::plan::Milestone;
                move_milestone {state} (plan_id: String, milestone_id: String, offset: i32) -> ();
                set_parallel_share {state} (plan_id: String, pct: String) -> ();
                duplicate_plan {state} (plan_id: String, name: String) -> ::pathway_core::plan::Plan;
                activate_plan {state} (plan_id: String) -> ();
                rename_plan {state} (plan_id: String, name: String) -> ();
                delete_plan {state} (plan_id: String) -> ();
                money_prefill {state} () -> ::pathway_core::costs::prefill::Prefill;
                money_story {state} (input: ::serde_json::Value, typed: Option<::pathway_core::costs::form::TypedFields>, words: ::pathway_core::costs::charts::ChartWords) -> ::pathway_core::costs::story::Story;
                progress_dashboard {state} (words: ::pathway_core::progress::ProgressWords) -> ::pathway_core::progress::Dashboard;
                progress_records {state} () -> ::pathway_core::app::progress::AllRecords;
                save_progress_record {state} (record: ::pathway_core::app::progress::Record, typed: Option<::pathway_core::app::progress::Typed>) -> ::pathway_core::app::progress::Record;
                delete_progress_record {state} (kind: ::pathway_core::app::progress::Kind, id: String) -> ::pathway_core::app::progress::Record;
                move_application {state} (id: String, stage: ::pathway_core::progress::Stage, date: ::chrono::NaiveDate) -> ::pathway_core::progress::Application;
                start_timer {state} (plan_id: Option<String>, milestone_id: Option<String>) -> ::pathway_core::progress::Timer;
                stop_timer {state} () -> ::pathway_core::progress::Session;
                discard_timer {state} () -> ();
                export_calendar {app, state} (dialog: $crate::dialogs::FileDialog) -> Option<::pathway_core::app::about::WrittenFile>;
                startup_reminder {app, state} (words: ::pathway_core::progress::ReminderWords) -> Option<::pathway_core::app::progress::StartupReminder>;
                plan_document {state} () -> ::pathway_core::report::PlanDocument;
                export_plan_pdf {app, state} (dialog: $crate::dialogs::FileDialog, paper: ::pathway_core::report::Paper) -> Option<::pathway_core::app::about::WrittenFile>;
                open_last_export {app, state} (reveal: bool) -> ();
                about {state} () -> ::pathway_core::app::about::About;
                open_data_folder {app, state} () -> ();
                set_view_title {window} (title: String) -> ();
            }
            // Only in test builds (`--features e2e`); the e2e tests grant them at run time.
            e2e {
                e2e_answer_next_dialog {app} (path: Option<::std::path::PathBuf>) -> ();
                e2e_print_to_pdf {window} (path: ::std::path::PathBuf) -> ();
            }
        }
    };
}
