//! Sample data for the schema fixtures under `core/tests/fixtures/`.
//!
//! `cargo xtask fixture` calls [`write_fixture`] to create the fixture for the
//! newest schema version. Each later schema adds rows for its new tables here,
//! so that every kind of record is exercised when old fixtures are migrated.

use std::path::Path;

use super::{Store, StoreError};

/// The file name of the fixture for a schema version.
pub fn fixture_file_name(version: u32) -> String {
    format!("schema-v{version}.sqlite3")
}

/// Writes a small database at the latest schema with sample rows, as one
/// self-contained file (no `-wal` beside it).
pub fn write_fixture(path: &Path) -> Result<(), StoreError> {
    if path.exists() {
        std::fs::remove_file(path).map_err(|source| StoreError::CreateFolder { folder: path.to_path_buf(), source })?;
    }
    let mut store = Store::open(path)?;
    store.conn.execute("INSERT INTO app_meta (key, value) VALUES ('fixture_note', 'sample data for migration tests')", [])?;
    fill(&mut store)?;
    store.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")?;
    Ok(())
}

/// Fills a store with sample records of every kind (for benchmarks).
pub fn fill(store: &mut Store) -> Result<(), StoreError> {
    store.save_profile(&sample_profile())?;
    for figure in sample_user_figures() {
        store.save_user_figure(&figure)?;
    }
    store.choose_target_role("help-desk-technician", "2026-11-22T08:00:00Z")?;
    store.add_certification_choice("comptia-a-plus", "2026-11-22T08:01:00Z")?;
    store.choose_route(Some("tesda-online-program"), "2026-11-22T08:02:00Z")?;
    for assessment in sample_assessments() {
        store.save_assessment(&assessment)?;
    }
    for plan in sample_plans() {
        store.save_plan(&plan)?;
    }
    let progress = sample_progress();
    for session in &progress.sessions {
        store.save_session(session)?;
    }
    for record in &progress.attempts {
        store.save_record(record)?;
    }
    for record in &progress.projects {
        store.save_record(record)?;
    }
    for record in &progress.contacts {
        store.save_record(record)?;
    }
    for record in &progress.applications {
        store.save_record(record)?;
    }
    for timer in &progress.timer {
        store.start_timer(timer)?;
    }
    Ok(())
}

/// User figures of every kind (schema version 3 on).
pub fn sample_user_figures() -> Vec<crate::catalog::UserFigure> {
    vec![
        crate::catalog::UserFigure { id: "exam_fee:comptia-a-plus".into(), value: "250".into(), entered_at: "2026-11-22T08:00:00Z".into() },
        crate::catalog::UserFigure { id: "exchange_rate:USD:PHP".into(), value: "57.25".into(), entered_at: "2026-11-22T08:00:00Z".into() },
        crate::catalog::UserFigure {
            id: "salary:help-desk-technician:ph".into(),
            value: "22000/28000/35000".into(),
            entered_at: "2026-11-22T08:00:00Z".into(),
        },
    ]
}

/// A profile that uses every field (schema version 2 on).
pub fn sample_profile() -> crate::profile::Profile {
    use crate::profile::{validate, ProfileDraft};
    let draft = ProfileDraft {
        name: "Sample User".into(),
        country: "ph".into(),
        currency: "PHP".into(),
        role: "qa_analyst".into(),
        base_pay: "28,000".into(),
        night_differential: "2,800".into(),
        allowances: "1,500".into(),
        thirteenth_month: true,
        monthly_expenses: "20,000".into(),
        savings: "75,000".into(),
        hours_per_week: "8".into(),
        shift: "night".into(),
        free_weekdays: vec!["sat".into(), "sun".into()],
        preferred_study_time: "10:00".into(),
        start_date: "2027-01-04".into(),
        sponsorship: "unsure".into(),
        // Off, as in every fixture: a database migrated to v8 starts with it off.
        remind_on_start: false,
        // What public routes ask (schema version 10 on).
        birth_year: "1996".into(),
        employment: "employed".into(),
        employer_trained: "no".into(),
        citizen: "yes".into(),
        // Her household (schema version 11 on).
        search_plan: "keeps_job".into(),
        dependants: "2".into(),
        sole_income: "no".into(),
    };
    validate(&draft, chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a real date")).expect("the sample profile is valid")
}

/// The choices every fixture from schema version 4 on holds.
pub fn sample_choices() -> crate::choices::Choices {
    crate::choices::Choices {
        target_role: Some("help-desk-technician".into()),
        certifications: vec!["comptia-a-plus".into()],
        route: Some("tesda-online-program".into()),
    }
}

/// Two assessments, the second showing growth (schema version 5 on).
pub fn sample_assessments() -> Vec<crate::assessment::AssessmentRecord> {
    use crate::assessment::{Assessment, AssessmentRecord, BPO_SKILLS};
    let take = |at: &str, ratings: [u8; 7], interests: &[(&str, u8)], known: &[(&str, u8)]| AssessmentRecord {
        taken_at: at.into(),
        assessment: Assessment {
            ratings: BPO_SKILLS.iter().zip(ratings).map(|(s, r)| (s.to_string(), r)).collect(),
            interests: interests.iter().map(|(d, i)| (d.to_string(), *i)).collect(),
            known_skills: known.iter().map(|(s, l)| (s.to_string(), *l)).collect(),
        },
    };
    vec![
        take("2026-11-22T08:00:00Z", [4, 3, 5, 2, 3, 3, 3], &[("it-support", 4), ("cloud", 3)], &[]),
        take("2027-03-01T09:30:00Z", [4, 4, 5, 3, 3, 4, 3], &[("it-support", 4), ("cloud", 4)], &[("troubleshooting", 1)]),
    ]
}

/// Two plans (scenarios), the first active, with every milestone field used
/// (schema version 6 on). Written out by hand, not built, so that a change to
/// the plan builder never changes what a shipped fixture must hold.
pub fn sample_plans() -> Vec<crate::plan::Plan> {
    use crate::catalog::Provenance;
    use crate::plan::{Milestone, Phase, Plan, Status};
    let estimate = |method: &str| Provenance::Estimate { method: method.into(), note: None };
    let step = |id: &str, title: &str, phase: Phase, hours: i64, after: &[&str]| {
        let mut milestone = Milestone::new(id, title, phase, hours, estimate("Pathway's estimate: sample"));
        milestone.after = after.iter().map(|a| a.to_string()).collect();
        milestone
    };
    let mut goal = step("m1", "Self-assessment and goal", Phase::Goal, 200, &[]);
    goal.status = Status::Done;
    goal.done_start = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    goal.done_end = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    let mut windows = step("m3", "Learn Windows desktop administration (working)", Phase::Foundations, 1250, &["m1"]);
    windows.status = Status::Doing;
    windows.started_on = chrono::NaiveDate::from_ymd_opt(2027, 3, 2);
    windows.skill = Some("windows-client".into());
    windows.notes = "Practice on an old laptop; ask Jun about the lab at work.".into();
    windows.links = vec!["https://example.org/windows-basics".into()];
    windows.hours_basis = Provenance::User { entered_at: "2027-03-02T10:00:00Z".into() };
    let mut exam = step("m4", "Prepare for and pass CompTIA A+", Phase::Certification, 1500, &["m3"]);
    exam.exam = Some("comptia-a-plus".into());
    let mut skipped = step("m5", "Portfolio project 1", Phase::Portfolio, 1500, &["m4"]);
    skipped.status = Status::Skipped;
    let first = vec![
        goal.clone(),
        step("m2", "Professional profile and CV for IT", Phase::Networking, 600, &["m1"]),
        windows,
        exam,
        skipped,
        step("m6", "Applications and interviews", Phase::JobSearch, 3000, &["m5"]),
    ];
    let second = vec![
        goal,
        step("m2", "Learn cloud fundamentals (basic)", Phase::Foundations, 2000, &["m1"]),
        step("m3", "Applications and interviews", Phase::JobSearch, 3000, &["m2"]),
    ];
    let plan = |id: &str, name: &str, role: &str, certifications: &[&str], active: bool, milestones: Vec<Milestone>| Plan {
        id: id.into(),
        name: name.into(),
        target_role: Some(role.into()),
        certifications: certifications.iter().map(|c| c.to_string()).collect(),
        parallel_share_pct: if active { 10 } else { 15 },
        active,
        created_at: "2027-03-01T10:00:00Z".into(),
        milestones,
    };
    vec![
        plan("plan-1", "Help desk via CompTIA", "help-desk-technician", &["comptia-a-plus"], true, first),
        plan("plan-2", "Cloud support", "help-desk-technician", &[], false, second),
    ]
}

/// Progress records of every kind (schema version 7 on), as an export's lists.
pub fn sample_progress() -> crate::transfer::ExportData {
    use crate::progress::*;
    let day = |text: &str| text.parse::<chrono::NaiveDate>().expect("a sample date");
    crate::transfer::ExportData {
        sessions: vec![
            Session {
                id: "s-1".into(),
                date: day("2027-03-06"),
                minutes: 120,
                plan_id: Some("plan-1".into()),
                milestone_id: Some("m3".into()),
                skill: None,
                note: "Windows basics, chapter 2".into(),
            },
            Session {
                id: "s-2".into(),
                date: day("2027-03-07"),
                minutes: 45,
                plan_id: None,
                milestone_id: None,
                skill: Some("troubleshooting".into()),
                note: String::new(),
            },
        ],
        attempts: vec![Attempt {
            id: "t-1".into(),
            certification: "comptia-a-plus".into(),
            date: day("2027-05-15"),
            result: AttemptResult::Fail,
            score: Some(640),
            cost_minor: Some(1_575_160),
        }],
        projects: vec![Project {
            id: "p-1".into(),
            title: "Home lab: a Windows domain".into(),
            link: "https://example.org/lab".into(),
            status: ProjectStatus::Building,
            skills: vec!["directory-services".into()],
        }],
        contacts: vec![Contact {
            id: "c-1".into(),
            kind: ContactKind::Event,
            date: day("2027-04-10"),
            name: "Cebu IT meetup".into(),
            notes: "Met Liza from the NOC team".into(),
            follow_up: Some(day("2027-04-17")),
            followed_up: false,
        }],
        applications: vec![Application {
            id: "a-1".into(),
            company: "Acme Support Services".into(),
            role: "Help desk technician".into(),
            applied_on: day("2027-06-01"),
            history: vec![
                StageChange { stage: Stage::Applied, date: day("2027-06-01") },
                StageChange { stage: Stage::Screening, date: day("2027-06-05") },
            ],
            next_action: "Prepare for the technical interview".into(),
            next_action_date: Some(day("2027-06-12")),
        }],
        timer: vec![Timer { started_at: "2027-03-08T11:00:00Z".into(), plan_id: Some("plan-1".into()), milestone_id: Some("m3".into()) }],
        ..Default::default()
    }
}

/// A large store's progress, for benchmarks: one session a day back from
/// 2027-01-01, and `applications` applications with three stage changes each.
pub fn large_progress(sessions: usize, applications: usize) -> crate::transfer::ExportData {
    use crate::progress::*;
    let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).expect("a date");
    crate::transfer::ExportData {
        sessions: (0..sessions)
            .map(|i| Session {
                id: format!("s-{i}"),
                date: start - chrono::Duration::days(i as i64 % 9_000),
                minutes: 30 + (i % 90) as u32,
                plan_id: Some("plan-1".into()),
                milestone_id: Some(format!("m{}", 1 + i % 6)),
                skill: None,
                note: if i % 5 == 0 { "Practice questions, chapter review".into() } else { String::new() },
            })
            .collect(),
        applications: (0..applications)
            .map(|i| {
                let applied = start - chrono::Duration::days(i as i64 % 700);
                Application {
                    id: format!("a-{i}"),
                    company: format!("Company {i}"),
                    role: "Help desk technician".into(),
                    applied_on: applied,
                    history: [Stage::Applied, Stage::Screening, Stage::Interview]
                        .iter()
                        .enumerate()
                        .map(|(k, &stage)| StageChange { stage, date: applied + chrono::Duration::days(k as i64 * 3) })
                        .collect(),
                    next_action: "Follow up".into(),
                    next_action_date: Some(applied + chrono::Duration::days(10)),
                }
            })
            .collect(),
        ..Default::default()
    }
}
