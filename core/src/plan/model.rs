//! A plan as the user keeps it: named (a scenario), with its milestones in
//! order, and built the first time from the target role, the chosen
//! certifications, the skill gap and the catalog.

use crate::codes::ErrorCode;

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Provenance};

/// The phases people go through when they make the move, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Goal,
    Foundations,
    Labs,
    Certification,
    Portfolio,
    Networking,
    JobSearch,
}

impl Phase {
    pub const ALL: [Phase; 7] =
        [Phase::Goal, Phase::Foundations, Phase::Labs, Phase::Certification, Phase::Portfolio, Phase::Networking, Phase::JobSearch];

    pub fn code(self) -> &'static str {
        match self {
            Phase::Goal => "goal",
            Phase::Foundations => "foundations",
            Phase::Labs => "labs",
            Phase::Certification => "certification",
            Phase::Portfolio => "portfolio",
            Phase::Networking => "networking",
            Phase::JobSearch => "job_search",
        }
    }

    pub fn from_code(code: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "MilestoneStatus")]
pub enum Status {
    Todo,
    Doing,
    Done,
    Skipped,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Todo, Status::Doing, Status::Done, Status::Skipped];

    pub fn code(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Doing => "doing",
            Status::Done => "done",
            Status::Skipped => "skipped",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Unique within its plan.
    pub id: String,
    pub title: String,
    pub phase: Phase,
    /// Planned hours × 100 (two decimals, exact).
    pub hours_hundredths: i64,
    /// Where the planned hours come from: the catalog's figure, a labelled
    /// estimate with its method, or the user's own.
    pub hours_basis: Provenance,
    /// Ids of earlier milestones that must end first.
    #[serde(default)]
    pub after: Vec<String>,
    /// On the parallel track (networking runs beside the rest).
    #[serde(default)]
    pub parallel: bool,
    /// The certification whose exam ends this milestone.
    #[serde(default)]
    pub exam: Option<String>,
    /// The catalog skill this milestone builds, if any.
    #[serde(default)]
    pub skill: Option<String>,
    pub status: Status,
    /// The day it moved to "doing" (kept when it is done).
    #[serde(default)]
    pub started_on: Option<chrono::NaiveDate>,
    /// The actual dates, once done (re-planning keeps them).
    #[serde(default)]
    pub done_start: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub done_end: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub notes: String,
    /// The user's own resource links, as text (never opened by the app).
    #[serde(default)]
    pub links: Vec<String>,
}

/// A plan: one scenario. One plan is the active one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: String,
    pub name: String,
    pub target_role: Option<String>,
    #[serde(default)]
    pub certifications: Vec<String>,
    /// The share of a free day a running parallel milestone takes, 0–100.
    pub parallel_share_pct: u32,
    pub active: bool,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub milestones: Vec<Milestone>,
}

pub const DEFAULT_PARALLEL_SHARE_PCT: u32 = 10;
pub const MAX_MILESTONES: usize = 500;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_NOTES_CHARS: usize = 10_000;
pub const MAX_LINKS: usize = 20;
pub const MAX_LINK_CHARS: usize = 2_000;
/// 10,000 hours: more than any single step needs.
pub const MAX_HOURS_HUNDREDTHS: i64 = 1_000_000;

/// A broken rule, naming the milestone (or the plan) and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, ts_rs::TS)]
#[error("{message}")]
pub struct PlanError {
    pub field: String,
    pub message: String,
}

impl PlanError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        PlanError { field: field.into(), message: message.into() }
    }

    pub fn code(&self) -> ErrorCode {
        ErrorCode::PlanInvalid
    }
}

impl Milestone {
    /// A milestone to do, with no prerequisite, notes or links; networking
    /// steps run on the parallel track.
    pub fn new(id: impl Into<String>, title: impl Into<String>, phase: Phase, hours_hundredths: i64, hours_basis: Provenance) -> Milestone {
        Milestone {
            id: id.into(),
            title: title.into(),
            phase,
            hours_hundredths,
            hours_basis,
            after: Vec::new(),
            parallel: phase == Phase::Networking,
            exam: None,
            skill: None,
            status: Status::Todo,
            started_on: None,
            done_start: None,
            done_end: None,
            notes: String::new(),
            links: Vec::new(),
        }
    }

    /// The rules every stored milestone meets.
    pub fn check(&self) -> Result<(), PlanError> {
        let field = |name: &str| format!("milestone {}: {name}", self.id);
        if self.id.is_empty() || self.id.len() > 64 {
            return Err(PlanError::new("id", "a milestone id has 1 to 64 characters"));
        }
        let title = self.title.trim().chars().count();
        if title == 0 || title > MAX_TITLE_CHARS || self.title.chars().any(char::is_control) {
            return Err(PlanError::new(
                field("title"),
                format!("Title must have 1 to {MAX_TITLE_CHARS} characters, without control characters."),
            ));
        }
        if !(0..=MAX_HOURS_HUNDREDTHS).contains(&self.hours_hundredths) {
            return Err(PlanError::new(field("hours"), "Hours must be from 0 to 10,000."));
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            return Err(PlanError::new(field("notes"), format!("Notes can have at most {MAX_NOTES_CHARS} characters.")));
        }
        if self.links.len() > MAX_LINKS
            || self.links.iter().any(|l| l.is_empty() || l.chars().count() > MAX_LINK_CHARS || l.chars().any(char::is_control))
        {
            return Err(PlanError::new(
                field("links"),
                format!("At most {MAX_LINKS} links, one per line, each up to {MAX_LINK_CHARS} characters."),
            ));
        }
        if self.started_on.is_some() && !matches!(self.status, Status::Doing | Status::Done) {
            return Err(PlanError::new(field("started_on"), "Only a milestone being done, or done, has a start date."));
        }
        match (self.status, self.done_start, self.done_end) {
            (Status::Done, Some(start), Some(end)) if start <= end => Ok(()),
            (Status::Done, _, _) => Err(PlanError::new(field("dates"), "A done milestone needs its start and end dates, the start first.")),
            (_, None, None) => Ok(()),
            _ => Err(PlanError::new(field("dates"), "Only a done milestone has actual dates.")),
        }
    }
}

impl Plan {
    /// The rules every stored plan meets: each milestone's, unique ids, and
    /// prerequisites that exist and come earlier.
    pub fn check(&self) -> Result<(), PlanError> {
        if self.id.is_empty() || self.id.len() > 64 {
            return Err(PlanError::new("id", "a plan id has 1 to 64 characters"));
        }
        let name = self.name.trim().chars().count();
        if name == 0 || name > 80 || self.name.chars().any(char::is_control) {
            return Err(PlanError::new("name", "Name must have 1 to 80 characters."));
        }
        if self.parallel_share_pct > 100 {
            return Err(PlanError::new("parallel_share_pct", "The parallel share must be from 0 to 100%."));
        }
        if self.milestones.len() > MAX_MILESTONES {
            return Err(PlanError::new("milestones", format!("A plan has at most {MAX_MILESTONES} milestones.")));
        }
        let mut seen = std::collections::HashSet::new();
        for milestone in &self.milestones {
            milestone.check()?;
            for prerequisite in &milestone.after {
                if !seen.contains(prerequisite.as_str()) {
                    return Err(PlanError::new(
                        format!("milestone {}: after", milestone.id),
                        format!("\"{}\" needs \"{prerequisite}\", which must come before it in the list.", milestone.title),
                    ));
                }
            }
            if !seen.insert(milestone.id.as_str()) {
                return Err(PlanError::new(format!("milestone {}", milestone.id), "The id is used twice."));
            }
        }
        Ok(())
    }

    /// A fresh id for a new milestone in this plan.
    pub fn next_milestone_id(&self) -> String {
        (1..).map(|n| format!("m{n}")).find(|id| self.milestones.iter().all(|m| &m.id != id)).expect("ids never run out")
    }
}

/// Pathway's own assumptions for steps the catalog has no figure for. Each
/// is a labelled estimate with its method, and the user can change it.
mod assumed {
    pub const GOAL_HOURS: i64 = 2;
    pub const PORTFOLIO_PROJECT_HOURS: i64 = 15;
    pub const PROFILE_HOURS: i64 = 6;
    pub const COMMUNITY_HOURS: i64 = 12;
    pub const INTERVIEW_HOURS: i64 = 15;
    pub const APPLICATIONS_HOURS: i64 = 30;
    /// Labs: this share of the foundation hours, and at least `LAB_MIN_HOURS`.
    pub const LAB_SHARE_PCT: i64 = 25;
    pub const LAB_MIN_HOURS: i64 = 10;
    /// Exam review: this share of the catalog's preparation hours.
    pub const EXAM_REVIEW_SHARE_PCT: i64 = 25;
    /// Exam review when the catalog has no preparation hours.
    pub const EXAM_REVIEW_HOURS: i64 = 20;
}

fn estimate(method: impl Into<String>) -> Provenance {
    Provenance::Estimate { method: method.into(), note: None }
}

/// Hundredths of an hour rounded to whole hours: an estimate is not precise.
fn whole_hours(hundredths: i64) -> i64 {
    (hundredths + 50) / 100 * 100
}

/// The midpoint of a range, in hundredths of an hour.
fn midpoint_hundredths(low: f64, high: f64) -> i64 {
    ((low + high) * 50.0).round() as i64
}

/// What the builder needs to know about the user.
pub struct BuildInput<'a> {
    pub catalog: &'a Catalog,
    pub role: Option<&'a crate::catalog::Role>,
    pub certifications: &'a [String],
    /// What the user said they know, when they took an assessment.
    pub known_skills: Option<KnownSkills<'a>>,
}

/// The skills an assessment says the user knows (skill id → level 0–3), and
/// the day it was taken (the plan's goal step is done that day).
#[derive(Debug, Clone, Copy)]
pub struct KnownSkills<'a> {
    pub levels: &'a std::collections::BTreeMap<String, u8>,
    pub assessed_on: Option<chrono::NaiveDate>,
}

/// The first plan for a target role: one milestone per phase step, in an
/// order whose prerequisites always come first.
pub fn build_milestones(input: &BuildInput<'_>) -> Vec<Milestone> {
    let mut milestones = lay_out(input.catalog, input.role, input.certifications, input.known_skills.map(|k| k.levels));
    if let Some(known) = input.known_skills {
        if let (Some(date), Some(goal)) = (known.assessed_on, milestones.first_mut()) {
            goal.status = Status::Done;
            goal.done_start = Some(date);
            goal.done_end = Some(date);
        }
    }
    milestones
}

/// The hours of the exam-review step a plan counts for `cert`, × 100, and
/// how they were made: a quarter of the catalog's preparation hours (the
/// skill steps already count the study), or 20 hours when it has none.
pub fn exam_review_hours(cert: &crate::catalog::Certification) -> (i64, Provenance) {
    match &cert.prep_hours {
        Some(prep) => (
            whole_hours(midpoint_hundredths(prep.low, prep.high) * assumed::EXAM_REVIEW_SHARE_PCT / 100),
            estimate(format!(
                "a quarter of the catalog's preparation hours for this certification ({}–{} h) for review and practice exams; the rest of the study is in the skill steps above.",
                prep.low, prep.high
            )),
        ),
        None => (assumed::EXAM_REVIEW_HOURS * 100, estimate("20 hours of review and practice exams (the catalog has no preparation hours for this certification).")),
    }
}

/// The title of the step that ends with a certification's exam.
pub fn exam_step_title(cert: &crate::catalog::Certification) -> String {
    format!("Prepare for and pass {}", cert.name)
}

/// The milestones of a new plan, before anything is marked done.
fn lay_out(
    catalog: &Catalog,
    role: Option<&crate::catalog::Role>,
    certifications: &[String],
    known: Option<&std::collections::BTreeMap<String, u8>>,
) -> Vec<Milestone> {
    let mut list = Builder::default();
    let goal = list.push(
        Phase::Goal,
        "Self-assessment and goal",
        assumed::GOAL_HOURS * 100,
        estimate("about two hours to take the assessment and read the gap to your target role."),
        vec![],
        false,
    );
    let profile = list.push(
        Phase::Networking,
        "Professional profile and CV for IT",
        assumed::PROFILE_HOURS * 100,
        estimate("about six hours to rewrite your CV and online profile for the target role."),
        vec![goal.clone()],
        true,
    );
    let mut previous = goal;
    let mut foundation_hours = 0;
    if let Some(role) = role {
        let none = std::collections::BTreeMap::new();
        for skill_gap in super::skill_gaps(catalog, role, known.unwrap_or(&none)).iter().filter(|g| g.hours.high > 0.0) {
            let Some(skill) = catalog.skill(&skill_gap.skill) else { continue };
            let hours = midpoint_hundredths(skill_gap.hours.low, skill_gap.hours.high);
            foundation_hours += hours;
            let title = format!("Learn {} ({})", skill.name, level_word(skill_gap.required));
            let basis = estimate(format!(
                "The midpoint of the catalog's hours from your level to the one this role needs ({}–{} h).",
                skill_gap.hours.low, skill_gap.hours.high
            ));
            previous = list.push(Phase::Foundations, &title, hours, basis, vec![previous], false);
            if let Some(m) = list.milestones.last_mut() {
                m.skill = Some(skill.id.clone());
            }
        }
        let labs = whole_hours(foundation_hours * assumed::LAB_SHARE_PCT / 100).max(assumed::LAB_MIN_HOURS * 100);
        previous = list.push(
            Phase::Labs,
            &format!("Hands-on labs for {}", role.title),
            labs,
            estimate("a quarter of the foundation hours (at least 10), so every skill is practised hands-on."),
            vec![previous],
            false,
        );
    }
    for cert_id in &catalog.with_required(certifications) {
        let Some(cert) = catalog.certification(cert_id) else { continue };
        let (hours, basis) = exam_review_hours(cert);
        let mut after = vec![previous.clone()];
        after.extend(cert.prerequisites.iter().filter_map(|p| list.exam_milestone(p)));
        after.dedup();
        previous = list.push(Phase::Certification, &exam_step_title(cert), hours, basis, after, false);
        if let Some(m) = list.milestones.last_mut() {
            m.exam = Some(cert.id.clone());
        }
    }
    list.push(
        Phase::Networking,
        "Join a community and go to meetups",
        assumed::COMMUNITY_HOURS * 100,
        estimate("about twelve hours over the plan for meetups, online communities and conversations."),
        vec![profile],
        true,
    );
    for n in 1..=2 {
        previous = list.push(
            Phase::Portfolio,
            &format!("Portfolio project {n}"),
            assumed::PORTFOLIO_PROJECT_HOURS * 100,
            estimate("a small project of about fifteen hours that shows the role's skills."),
            vec![previous],
            false,
        );
    }
    previous = list.push(
        Phase::JobSearch,
        "Interview preparation",
        assumed::INTERVIEW_HOURS * 100,
        estimate("about fifteen hours of practice answers and mock interviews."),
        vec![previous],
        false,
    );
    list.push(
        Phase::JobSearch,
        "Applications and interviews",
        assumed::APPLICATIONS_HOURS * 100,
        estimate("about thirty hours of applications, follow-ups and interviews."),
        vec![previous],
        false,
    );
    list.milestones
}

/// A plan's hours, summed by kind of step: the one model of hours that Your
/// fit, the skill gap and the plan all quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct PlanHours {
    /// Every step not skipped, × 100: the plan's "Planned hours".
    pub total_hundredths: i64,
    /// The skill steps (foundations), × 100.
    pub skills_hundredths: i64,
    /// Hands-on labs, × 100.
    pub labs_hundredths: i64,
    /// Exam review and practice exams for the certifications, × 100.
    pub exam_review_hundredths: i64,
    /// The goal, portfolio projects, networking and the job search, × 100.
    pub other_hundredths: i64,
    /// The certifications the plan has a step for, in its order, each with
    /// the hours of its step.
    pub certifications: Vec<CertStep>,
    /// Approximate months at the user's weekly hours, one decimal (none
    /// without a pace): the plan's arithmetic without the calendar (the
    /// parallel track shares the week; exams wait for a free day in the plan).
    pub months_tenths: Option<i64>,
}

/// A certification's step in a plan: review and practice exams.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CertStep {
    pub id: String,
    pub hours_hundredths: i64,
}

impl PlanHours {
    /// The ids of the certifications the plan has a step for.
    pub fn certification_ids(&self) -> Vec<String> {
        self.certifications.iter().map(|c| c.id.clone()).collect()
    }

    /// The hours of `milestones`, and their months at `hours_per_week` with
    /// the parallel track taking `parallel_share_pct` of each day.
    pub fn of(milestones: &[Milestone], parallel_share_pct: u32, hours_per_week: Option<u32>) -> PlanHours {
        let counted = || milestones.iter().filter(|m| m.status != Status::Skipped);
        let sum = |phases: &[Phase]| counted().filter(|m| phases.contains(&m.phase)).map(|m| m.hours_hundredths).sum::<i64>();
        let total_hundredths = sum(&Phase::ALL);
        let parallel: i64 = counted().filter(|m| m.parallel).map(|m| m.hours_hundredths).sum();
        // Both tracks together use the whole week while the parallel one
        // runs, so the plan lasts total ÷ pace, unless the parallel track at
        // its share outlasts the rest.
        let months_tenths = hours_per_week.filter(|&h| h > 0).map(|pace| {
            let share = i64::from(parallel_share_pct.max(1));
            let hundredths = total_hundredths.max(parallel * 100 / share);
            // months = hours ÷ (pace × 52 ÷ 12), in tenths, rounded half up.
            let (numerator, denominator) = (hundredths * 12 * 10, 100 * i64::from(pace) * 52);
            (2 * numerator + denominator) / (2 * denominator)
        });
        PlanHours {
            total_hundredths,
            skills_hundredths: sum(&[Phase::Foundations]),
            labs_hundredths: sum(&[Phase::Labs]),
            exam_review_hundredths: sum(&[Phase::Certification]),
            other_hundredths: sum(&[Phase::Goal, Phase::Portfolio, Phase::Networking, Phase::JobSearch]),
            certifications: counted()
                .filter_map(|m| m.exam.as_ref().map(|id| CertStep { id: id.clone(), hours_hundredths: m.hours_hundredths }))
                .collect(),
            months_tenths,
        }
    }

    /// The hours of the plan that would be built for `role` with these
    /// certifications and skills (the same builder as a new plan).
    pub fn for_role(
        catalog: &Catalog,
        role: &crate::catalog::Role,
        certifications: &[String],
        known: Option<&std::collections::BTreeMap<String, u8>>,
        hours_per_week: Option<u32>,
    ) -> PlanHours {
        let build = || PlanHours::of(&lay_out(catalog, Some(role), certifications, known), DEFAULT_PARALLEL_SHARE_PCT, hours_per_week);
        if !std::ptr::eq(catalog, Catalog::embedded()) {
            return build();
        }
        // Your fit quotes a plan for every domain's first role, each time it is
        // drawn. The embedded catalog never changes, so a role's hours for the
        // same choices are remembered rather than laid out again.
        // By role, then by choices: a lookup hashes the role's id once and
        // compares only that role's few entries, on borrowed parts, so a hit
        // (the usual case) copies nothing but the answer.
        type Choices = (Vec<String>, Option<std::collections::BTreeMap<String, u8>>, Option<u32>);
        type ByRole = std::collections::HashMap<String, Vec<(Choices, PlanHours)>>;
        static RECENT: std::sync::Mutex<Option<ByRole>> = std::sync::Mutex::new(None);
        const REMEMBERED_PER_ROLE: usize = 8;
        let same =
            |(certs, skills, pace): &Choices| certs.as_slice() == certifications && skills.as_ref() == known && *pace == hours_per_week;
        let mut recent = RECENT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let by_role = recent.get_or_insert_with(ByRole::new);
        if let Some((_, hours)) = by_role.get(&role.id).and_then(|entries| entries.iter().find(|(choices, _)| same(choices))) {
            return hours.clone();
        }
        let hours = build();
        let entries = by_role.entry(role.id.clone()).or_default();
        if entries.len() >= REMEMBERED_PER_ROLE {
            entries.remove(0);
        }
        entries.push(((certifications.to_vec(), known.cloned(), hours_per_week), hours.clone()));
        hours
    }
}

fn level_word(level: u8) -> &'static str {
    match level {
        1 => "basic",
        2 => "working",
        _ => "advanced",
    }
}

#[derive(Default)]
struct Builder {
    milestones: Vec<Milestone>,
}

impl Builder {
    fn push(&mut self, phase: Phase, title: &str, hours_hundredths: i64, basis: Provenance, after: Vec<String>, parallel: bool) -> String {
        let id = format!("m{}", self.milestones.len() + 1);
        let mut milestone = Milestone::new(id.clone(), title, phase, hours_hundredths, basis);
        milestone.after = after;
        milestone.parallel = parallel;
        self.milestones.push(milestone);
        id
    }

    fn exam_milestone(&self, cert: &str) -> Option<String> {
        self.milestones.iter().find(|m| m.exam.as_deref() == Some(cert)).map(|m| m.id.clone())
    }
}

/// A new active plan for `role` with `certifications`, built as the app
/// builds one (with no assessment): what tests start from.
#[cfg(test)]
pub(crate) fn new_plan(catalog: &Catalog, role: &str, certifications: &[String]) -> Plan {
    let role = catalog.role(role).expect("a catalog role");
    Plan {
        id: "p1".into(),
        name: role.title.clone(),
        target_role: Some(role.id.clone()),
        certifications: certifications.to_vec(),
        parallel_share_pct: DEFAULT_PARALLEL_SHARE_PCT,
        active: true,
        created_at: "2026-11-22T08:00:00Z".into(),
        milestones: build_milestones(&BuildInput { catalog, role: Some(role), certifications, known_skills: None }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_plan_follows_the_phases_and_is_valid() {
        let catalog = Catalog::embedded();
        let certs = catalog.role("help-desk-technician").unwrap().certifications.clone();
        let plan = new_plan(catalog, "help-desk-technician", &certs);
        let milestones = plan.milestones.clone();
        plan.check().unwrap();
        let phases: Vec<Phase> = milestones.iter().filter(|m| !m.parallel).map(|m| m.phase).collect();
        let mut sorted = phases.clone();
        sorted.sort_by_key(|p| Phase::ALL.iter().position(|q| q == p));
        assert_eq!(phases, sorted, "the sequential steps follow the phases in order");
        assert_eq!(milestones.iter().filter(|m| m.exam.is_some()).count(), certs.len());
        assert!(milestones.iter().filter(|m| m.parallel).all(|m| m.phase == Phase::Networking));
        assert!(milestones.iter().all(|m| matches!(m.hours_basis, Provenance::Estimate { .. })), "every hour figure says how it was made");
    }

    #[test]
    fn a_certification_required_first_gets_its_own_exam_step_before() {
        let catalog = Catalog::embedded();
        let chosen = vec!["istqb-ctal-ta".to_string()];
        let milestones = build_milestones(&BuildInput { catalog, role: None, certifications: &chosen, known_skills: None });
        let exams: Vec<(&str, &Milestone)> = milestones.iter().filter_map(|m| m.exam.as_deref().map(|e| (e, m))).collect();
        assert_eq!(exams.iter().map(|(e, _)| *e).collect::<Vec<_>>(), ["istqb-ctfl", "istqb-ctal-ta"]);
        assert!(exams[1].1.after.contains(&exams[0].1.id), "the advanced exam waits for the foundation exam");
    }

    #[test]
    fn broken_plans_are_refused_naming_the_milestone() {
        let catalog = Catalog::embedded();
        let mut milestones = build_milestones(&BuildInput { catalog, role: None, certifications: &[], known_skills: None });
        milestones.swap(0, 1);
        let plan = Plan {
            id: "p".into(),
            name: "x".into(),
            target_role: None,
            certifications: vec![],
            parallel_share_pct: 10,
            active: true,
            created_at: String::new(),
            milestones,
        };
        let error = plan.check().unwrap_err();
        assert!(error.field.starts_with("milestone m2"), "{error:?}");
        let mut done = plan.milestones[1].clone();
        done.status = Status::Done;
        assert_eq!(done.check().unwrap_err().field, "milestone m1: dates");
    }
}
