//! The stable codes of every refusal Pathway can answer with.
//!
//! A code is what the window words an error by (`error.code.<code>` in
//! `ui/i18n/`), so the set is closed: every error type's `code()` returns an
//! [`ErrorCode`], the shell's own refusals use the same enum, and
//! [`ErrorCode::ALL`] is the list a test checks the UI's wording against.
//! The list also reaches the UI's generated declarations as a union type.

macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, )*) => {
        /// One refusal's stable code; it serializes as its text (`"store.locked"`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, ts_rs::TS)]
        pub enum ErrorCode {
            $( $(#[$doc])* #[serde(rename = $code)] $variant, )*
        }

        impl ErrorCode {
            /// Every code, in the order declared.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            pub const fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $code),* }
            }
        }
    };
}

error_codes! {
    // The store (`store::StoreError`).
    StoreCreateFolder = "store.create_folder",
    StoreWriteFile = "store.write_file",
    StoreCopyOntoItself = "store.copy_onto_itself",
    StorePragma = "store.pragma",
    StoreTooNew = "store.too_new",
    StoreLocked = "store.locked",
    StoreNotADatabase = "store.not_a_database",
    StoreDamaged = "store.damaged",
    StoreNoSuchBackup = "store.no_such_backup",
    StoreNoUsableBackup = "store.no_usable_backup",
    StoreNothingToRecover = "store.nothing_to_recover",
    StoreMigration = "store.migration",
    StoreCorrupt = "store.corrupt",
    StoreDelete = "store.delete",
    StoreSqlite = "store.sqlite",
    // Importing an export (`transfer::ImportError`).
    ImportRead = "import.read",
    ImportTooLarge = "import.too_large",
    ImportTooDeep = "import.too_deep",
    ImportMalformed = "import.malformed",
    ImportNotAnExport = "import.not_an_export",
    ImportTooNew = "import.too_new",
    ImportDuplicate = "import.duplicate",
    ImportInvalid = "import.invalid",
    /// The shell: "import" was pressed before a file was chosen.
    ImportNothingChosen = "import.nothing_chosen",
    // The user's own figures (`catalog::UserFigureError`).
    FigureUnknownTarget = "figure.unknown_target",
    FigureRateNotANumber = "figure.rate_not_a_number",
    FigureRateTooManyDecimals = "figure.rate_too_many_decimals",
    FigureRateOutOfRange = "figure.rate_out_of_range",
    FigureFeeInvalid = "figure.fee_invalid",
    FigureBandInvalid = "figure.band_invalid",
    FigureRouteFeeInvalid = "figure.route_fee_invalid",
    // Explore and its choices.
    CompareTooMany = "compare.too_many",
    CompareNoRate = "compare.no_rate",
    ExploreUnknownRole = "explore.unknown_role",
    ExploreUnknownCertification = "explore.unknown_certification",
    ExploreUnknownRoute = "explore.unknown_route",
    ExploreInvalidFilter = "explore.invalid_filter",
    // The assessment.
    AssessmentInvalid = "assessment.invalid",
    AssessmentUnknownRole = "assessment.unknown_role",
    // The profile.
    ProfileInvalid = "profile.invalid",
    ProfileCurrencyChangeUnconfirmed = "profile.currency_change_unconfirmed",
    // The plan and its schedule.
    PlanInvalid = "plan.invalid",
    PlanNotFound = "plan.not_found",
    PlanMilestoneNotFound = "plan.milestone_not_found",
    PlanNoFreeWeekday = "plan.no_free_weekday",
    PlanHoursPerWeek = "plan.hours_per_week",
    PlanParallelShare = "plan.parallel_share",
    PlanHours = "plan.hours",
    PlanDuplicateId = "plan.duplicate_id",
    PlanUnknownPrerequisite = "plan.unknown_prerequisite",
    PlanPrerequisiteLater = "plan.prerequisite_later",
    PlanCycle = "plan.cycle",
    PlanTooLong = "plan.too_long",
    // Costs & ROI.
    MoneyInvalid = "money.invalid",
    // Progress.
    ProgressInvalid = "progress.invalid",
    ProgressNotFound = "progress.not_found",
    ProgressNoTimer = "progress.no_timer",
    // The plan as a document.
    ReportNoPlan = "report.no_plan",
    ReportLayout = "report.layout",
    /// The shell: "open the PDF" before any was exported.
    ReportNothingExported = "report.nothing_exported",
    /// The shell: the system would not open the exported PDF.
    ReportOpenFailed = "report.open_failed",
    // The shell's own.
    /// The data folder could not be found or made.
    DataDirUnavailable = "data_dir.unavailable",
    /// A file dialog answered with a path that is not a file path.
    DialogPath = "dialog.path",
    /// The system would not open the data folder.
    AppOpenFailed = "app.open_failed",
    /// The window title was empty or too long.
    AppInvalidTitle = "app.invalid_title",
    /// Our bug, not the user's input (a panicked task).
    Internal = "internal",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// So that tests read `assert_eq!(error.code(), "store.locked")`.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for ErrorCode {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_is_written_once_and_serializes_as_its_text() {
        let mut seen = std::collections::BTreeSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} is declared twice");
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(code.as_str()));
        }
    }
}
