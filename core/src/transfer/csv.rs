//! One CSV table per kind of record, for people who want their data in a
//! spreadsheet. RFC 4180 quoting; cells that a spreadsheet would run as a
//! formula (starting with = + - @, or a tab or carriage return, which some
//! spreadsheets skip before reading the rest as one) are prefixed with an
//! apostrophe.

use super::ExportData;
use crate::profile::Profile;

/// A CSV file's name and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    pub file_name: &'static str,
    pub text: String,
}

/// Every table, including empty ones (a header row only).
pub fn csv_tables(data: &ExportData) -> Vec<CsvTable> {
    vec![
        CsvTable { file_name: "profile.csv", text: table(PROFILE_COLUMNS, data.profile.iter().map(profile_row)) },
        CsvTable {
            file_name: "user_figures.csv",
            text: table(
                &["id", "value", "entered_at"],
                data.user_figures.iter().map(|f| vec![f.id.clone(), f.value.clone(), f.entered_at.clone()]),
            ),
        },
        CsvTable {
            file_name: "choices.csv",
            text: table(&["kind", "id", "added_at"], data.choices.iter().map(|c| vec![c.kind.clone(), c.id.clone(), c.added_at.clone()])),
        },
        CsvTable { file_name: "assessments.csv", text: table(&["taken_at", "kind", "id", "level"], assessment_rows(data)) },
        CsvTable { file_name: "plans.csv", text: table(PLAN_COLUMNS, plan_rows(data)) },
        CsvTable {
            file_name: "sessions.csv",
            text: table(
                &["id", "date", "minutes", "plan_id", "milestone_id", "skill", "note"],
                data.sessions.iter().map(|s| {
                    vec![
                        s.id.clone(),
                        s.date.to_string(),
                        s.minutes.to_string(),
                        opt(&s.plan_id),
                        opt(&s.milestone_id),
                        opt(&s.skill),
                        s.note.clone(),
                    ]
                }),
            ),
        },
        CsvTable {
            file_name: "attempts.csv",
            text: table(
                &["id", "certification", "date", "result", "score", "cost"],
                data.attempts.iter().map(|a| {
                    let result = if a.result == crate::progress::AttemptResult::Pass { "pass" } else { "fail" };
                    vec![
                        a.id.clone(),
                        a.certification.clone(),
                        a.date.to_string(),
                        result.into(),
                        a.score.map(|s| s.to_string()).unwrap_or_default(),
                        a.cost_minor.map(money).unwrap_or_default(),
                    ]
                }),
            ),
        },
        CsvTable {
            file_name: "projects.csv",
            text: table(
                &["id", "title", "link", "status", "skills"],
                data.projects.iter().map(|p| vec![p.id.clone(), p.title.clone(), p.link.clone(), code(&p.status), p.skills.join(" ")]),
            ),
        },
        CsvTable {
            file_name: "networking.csv",
            text: table(
                &["id", "kind", "date", "name", "notes", "follow_up", "followed_up"],
                data.contacts.iter().map(|c| {
                    vec![
                        c.id.clone(),
                        code(&c.kind),
                        c.date.to_string(),
                        c.name.clone(),
                        c.notes.clone(),
                        c.follow_up.map(|d| d.to_string()).unwrap_or_default(),
                        c.followed_up.to_string(),
                    ]
                }),
            ),
        },
        CsvTable {
            file_name: "applications.csv",
            text: table(
                &["id", "company", "role", "applied_on", "stage", "history", "next_action", "next_action_date"],
                data.applications.iter().map(|a| {
                    let history = a.history.iter().map(|h| format!("{} {}", h.date, code(&h.stage))).collect::<Vec<_>>().join("; ");
                    vec![
                        a.id.clone(),
                        a.company.clone(),
                        a.role.clone(),
                        a.applied_on.to_string(),
                        code(&a.stage()),
                        history,
                        a.next_action.clone(),
                        a.next_action_date.map(|d| d.to_string()).unwrap_or_default(),
                    ]
                }),
            ),
        },
        CsvTable {
            file_name: "timer.csv",
            text: table(
                &["started_at", "plan_id", "milestone_id"],
                data.timer.iter().map(|t| vec![t.started_at.clone(), opt(&t.plan_id), opt(&t.milestone_id)]),
            ),
        },
    ]
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn money(minor: i64) -> String {
    crate::money::plain_amount(minor)
}

/// An enum's code, as it is written in the JSON export.
fn code<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

const PLAN_COLUMNS: &[&str] = &[
    "plan_id",
    "plan_name",
    "active",
    "target_role",
    "milestone_id",
    "title",
    "phase",
    "hours",
    "after",
    "parallel",
    "exam",
    "status",
    "started_on",
    "done_start",
    "done_end",
    "notes",
    "links",
];

/// One row per milestone, with its plan's name beside it.
fn plan_rows(data: &ExportData) -> impl Iterator<Item = Vec<String>> + '_ {
    data.plans.iter().flat_map(|plan| {
        plan.milestones.iter().map(move |m| {
            vec![
                plan.id.clone(),
                plan.name.clone(),
                plan.active.to_string(),
                plan.target_role.clone().unwrap_or_default(),
                m.id.clone(),
                m.title.clone(),
                m.phase.code().to_string(),
                format!("{}.{:02}", m.hours_hundredths / 100, m.hours_hundredths % 100),
                m.after.join(" "),
                m.parallel.to_string(),
                m.exam.clone().unwrap_or_default(),
                m.status.code().to_string(),
                m.started_on.map(|d| d.to_string()).unwrap_or_default(),
                m.done_start.map(|d| d.to_string()).unwrap_or_default(),
                m.done_end.map(|d| d.to_string()).unwrap_or_default(),
                m.notes.clone(),
                m.links.join(" "),
            ]
        })
    })
}

/// One row per rated item, so a spreadsheet can pivot on it.
fn assessment_rows(data: &ExportData) -> impl Iterator<Item = Vec<String>> + '_ {
    data.assessments.iter().flat_map(|record| {
        let a = &record.assessment;
        let rows = |kind: &'static str, map: &'_ std::collections::BTreeMap<String, u8>| {
            map.iter()
                .map(move |(id, level)| vec![record.taken_at.clone(), kind.to_string(), id.clone(), level.to_string()])
                .collect::<Vec<_>>()
        };
        [rows("rating", &a.ratings), rows("interest", &a.interests), rows("known_skill", &a.known_skills)].into_iter().flatten()
    })
}

const PROFILE_COLUMNS: &[&str] = &[
    "name",
    "country",
    "currency",
    "role",
    "base_pay",
    "night_differential",
    "allowances",
    "thirteenth_month",
    "monthly_expenses",
    "savings",
    "hours_per_week",
    "shift",
    "free_weekdays",
    "preferred_study_time",
    "start_date",
    "sponsorship",
    "remind_on_start",
    "birth_year",
    "employment",
    "employer_trained",
    "citizen",
    "search_plan",
    "dependants",
    "sole_income",
];

fn profile_row(p: &Profile) -> Vec<String> {
    let money = |minor: Option<i64>| minor.map(money).unwrap_or_default();
    let text = |value: Option<&str>| value.unwrap_or_default().to_string();
    vec![
        text(p.name.as_deref()),
        text(p.country.map(|c| c.code())),
        p.currency.code().to_string(),
        text(p.role.map(|r| r.code())),
        money(p.pay.base_monthly_minor),
        money(p.pay.night_differential_monthly_minor),
        money(p.pay.allowances_monthly_minor),
        p.pay.thirteenth_month.to_string(),
        money(p.monthly_expenses_minor),
        money(p.savings_minor),
        p.study.hours_per_week.map(|h| h.to_string()).unwrap_or_default(),
        text(p.study.shift.map(|s| s.code())),
        p.study.free_weekdays.iter().map(|d| d.code()).collect::<Vec<_>>().join(" "),
        text(p.study.preferred_time.as_deref()),
        p.study.start_date.map(|d| d.to_string()).unwrap_or_default(),
        text(p.sponsorship.map(|s| s.code())),
        p.study.remind_on_start.to_string(),
        p.situation.birth_year.map(|y| y.to_string()).unwrap_or_default(),
        text(p.situation.employment.map(|e| e.code())),
        text(p.situation.employer_trained.map(|a| a.code())),
        text(p.situation.citizen.map(|a| a.code())),
        text(p.household.search_plan.map(|s| s.code())),
        p.household.dependants.map(|n| n.to_string()).unwrap_or_default(),
        text(p.household.sole_income.map(|a| a.code())),
    ]
}

fn table(columns: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = line(columns.iter().map(|c| c.to_string()));
    for row in rows {
        out.push_str(&line(row.into_iter()));
    }
    out
}

fn line(cells: impl Iterator<Item = String>) -> String {
    let mut out = cells.map(|c| cell(&c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("\t=1+1"), "'\t=1+1");
        assert_eq!(cell("\r=1+1"), "\"'\r=1+1\"");
    }

    #[test]
    fn small_negative_amounts_keep_their_sign() {
        assert_eq!(money(-1), "-0.01");
        assert_eq!(money(-99), "-0.99");
        assert_eq!(money(-100), "-1.00");
        assert_eq!(money(-12345), "-123.45");
        assert_eq!(money(5), "0.05");
        assert_eq!(money(i64::MIN), "-92233720368547758.08");
        let profile = Profile { savings_minor: Some(-50), ..crate::store::sample::sample_profile() };
        let row = profile_row(&profile);
        assert!(row.contains(&"-0.50".to_string()), "{row:?}");
    }

    #[test]
    fn an_empty_store_still_gets_a_header_row() {
        let tables = csv_tables(&ExportData::default());
        assert_eq!(tables[0].file_name, "profile.csv");
        assert_eq!(tables[0].text.lines().count(), 1);
        assert!(tables[0].text.starts_with("name,country,currency,"));
    }
}
