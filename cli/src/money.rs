//! `roi`, `cost` and `plan schedule`: read a JSON input (a file, or standard input for `-`),
//! run the core's calculator, print the JSON result.

use std::io::Read;

use pathway_core::catalog::Catalog;
use pathway_core::costs::cost;
use pathway_core::money::input::InputError;
use pathway_core::money::roi;

/// Bad input (exit 2, the line starts with the field) or failed work (exit 1).
pub enum Failure {
    Input(InputError),
    Work(String),
}

fn read(path: &str) -> Result<String, Failure> {
    let mut text = String::new();
    let read =
        if path == "-" { std::io::stdin().read_to_string(&mut text).map(|_| ()) } else { std::fs::read_to_string(path).map(|t| text = t) };
    read.map_err(|e| Failure::Work(format!("cannot read {path}: {e}")))?;
    Ok(text)
}

pub fn cost(path: &str, catalog: &Catalog) -> Result<String, Failure> {
    let input = cost::parse(&read(path)?, catalog).map_err(Failure::Input)?;
    Ok(crate::json(&cost::compute(&input)))
}

/// The catalog is only needed (and the user's data only opened) with `--from-cost`.
pub fn roi(path: &str, from_cost: Option<&str>, catalog: impl FnOnce() -> Catalog) -> Result<String, Failure> {
    let mut input = roi::parse(&read(path)?).map_err(Failure::Input)?;
    if let Some(cost_path) = from_cost {
        let costs = cost::compute(&cost::parse(&read(cost_path)?, &catalog()).map_err(Failure::Input)?);
        if costs.horizon_months != input.horizon {
            return Err(Failure::Input(InputError::new(
                "horizon_months",
                format!("the cost file's horizon ({}) differs from the ROI file's ({})", costs.horizon_months, input.horizon),
            )));
        }
        input.one_off_costs.extend(cost::as_one_off_costs(&costs));
        if input.one_off_costs.len() > roi::MAX_ONE_OFF_COSTS {
            return Err(Failure::Input(InputError::new(
                "one_off_costs",
                format!("at most {} items with the cost events added, got {}", roi::MAX_ONE_OFF_COSTS, input.one_off_costs.len()),
            )));
        }
    }
    Ok(crate::json(&roi::compute(&input)))
}

/// Payback and NPV ranges under uncertainty.
pub fn simulate(path: &str, catalog: &Catalog) -> Result<String, Failure> {
    let simulation = pathway_core::costs::simulate::parse(&read(path)?, catalog).map_err(Failure::Input)?;
    Ok(crate::json(&simulation.run()))
}

/// The scheduling contract: each milestone with its dates.
pub fn plan_schedule(path: &str) -> Result<String, Failure> {
    let request = pathway_core::plan::parse_request(&read(path)?).map_err(Failure::Input)?;
    let placed = pathway_core::plan::schedule(&request.week, &request.tasks)
        .map_err(|e| Failure::Input(InputError::new(schedule_field(&e), e.to_string())))?;
    Ok(crate::json(&serde_json::json!({ "milestones": placed })))
}

/// The field a scheduling refusal is about, for the line's start.
fn schedule_field(error: &pathway_core::plan::ScheduleError) -> &'static str {
    use pathway_core::plan::ScheduleError as E;
    match error {
        E::NoFreeWeekday => "free_weekdays",
        E::HoursPerWeek => "hours_per_week",
        E::ParallelShare => "parallel_share_pct",
        E::TooLong => "hours_per_week",
        _ => "milestones",
    }
}
