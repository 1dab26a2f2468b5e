//! The plan: milestones on the user's real free days.
//!
//! - `schedule.rs`: the scheduling contract (exact, tested against the worked example);
//!   `request.rs` reads it as JSON for `pathway-cli plan schedule`.
//! - `model.rs`: plans (scenarios), milestones, their rules, and the first plan built from
//!   the target role, certifications and skill gap.
//! - `compute.rs`: a plan placed on the profile's week, its length check and warnings.
//! - `variant.rs`: a plan with one candidate certification and the others skipped.
//! - `week.rs`: the study blocks the plan dates on each free day (Home's "this week").
//! - `timeline.rs`: the plan drawn as SVG (one picture for screen, print and PDF).

mod compute;
mod gaps;
mod model;
mod request;
mod schedule;
mod timeline;
mod variant;
mod week;

pub use compute::{compute, tasks_of, week_of, Length, PlanView, Problem, Warning, TYPICAL_MONTHS};
pub use gaps::{skill_gaps, SkillGap};
#[cfg(test)]
pub(crate) use model::new_plan;
pub use model::{
    build_milestones, exam_review_hours, exam_step_title, BuildInput, CertStep, KnownSkills, Milestone, Phase, Plan, PlanError, PlanHours,
    Status, DEFAULT_PARALLEL_SHARE_PCT, MAX_HOURS_HUNDREDTHS,
};
pub use request::{parse_request, ScheduleRequest};
pub use schedule::{next_free_day, schedule, schedule_days, DayWork, Fixed, Placed, ScheduleError, Task, Week, MAX_YEARS};
pub use timeline::{timeline_svg, timeline_with_progress, TimelineWords, Zoom};
pub use variant::with_only;
pub use week::{next_blocks, StudyBlock};
