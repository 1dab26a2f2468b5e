//! The plan: milestones on the user's real free days.
//!
//! `schedule.rs` is the scheduling contract (exact, tested against the
//! worked example); `request.rs` reads it as JSON for `pathway-cli plan
//! schedule`.

mod request;
mod schedule;

pub use request::{parse_request, ScheduleRequest};
pub use schedule::{next_free_day, schedule, Fixed, Placed, ScheduleError, Task, Week, MAX_YEARS};
