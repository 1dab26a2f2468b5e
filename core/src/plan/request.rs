//! The scheduling contract as JSON (`pathway-cli plan schedule`): read
//! exactly (hours as decimal text, never through f64), every refusal naming
//! its field.

use chrono::{NaiveDate, Weekday};
use serde::Deserialize;

use super::{Fixed, Task, Week};
use crate::money::input::{number, whole, InputError, Raw};

/// At most this many milestones in one request.
pub const MAX_MILESTONES: usize = 5_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequest {
    start_date: String,
    free_weekdays: Vec<String>,
    hours_per_week: Raw,
    parallel_share_pct: Raw,
    milestones: Vec<RawMilestone>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMilestone {
    id: String,
    hours: Raw,
    #[serde(default)]
    after: Vec<String>,
    #[serde(default)]
    parallel: bool,
    #[serde(default)]
    exam: bool,
}

/// A checked request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRequest {
    pub week: Week,
    pub tasks: Vec<Task>,
}

fn weekday(field: &str, code: &str) -> Result<Weekday, InputError> {
    Ok(match code {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        other => return Err(InputError::new(field, format!("must be one of mon, tue, wed, thu, fri, sat, sun; got {other:?}"))),
    })
}

/// Reads a schedule request (see `docs/cli.md`).
pub fn parse_request(text: &str) -> Result<ScheduleRequest, InputError> {
    let raw: RawRequest = crate::money::input::from_json(text)?;
    let start_date = NaiveDate::parse_from_str(&raw.start_date, "%Y-%m-%d")
        .map_err(|_| InputError::new("start_date", format!("must be a date as YYYY-MM-DD, got {:?}", raw.start_date)))?;
    let free_weekdays =
        raw.free_weekdays.iter().enumerate().map(|(i, d)| weekday(&format!("free_weekdays[{i}]"), d)).collect::<Result<Vec<_>, _>>()?;
    let hours_per_week = number("hours_per_week", &raw.hours_per_week, None, 0.into(), 168.into())?;
    let parallel_share_pct = whole("parallel_share_pct", &raw.parallel_share_pct, Some(10), 0, 100)?;
    if raw.milestones.len() > MAX_MILESTONES {
        return Err(InputError::new("milestones", format!("at most {MAX_MILESTONES} milestones, got {}", raw.milestones.len())));
    }
    let tasks = raw
        .milestones
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            Ok(Task {
                hours: number(&format!("milestones[{i}].hours"), &m.hours, None, 0.into(), 10_000.into())?,
                id: m.id,
                after: m.after,
                parallel: m.parallel,
                exam: m.exam,
                fixed: Fixed::Open,
            })
        })
        .collect::<Result<Vec<_>, InputError>>()?;
    Ok(ScheduleRequest { week: Week { start_date, free_weekdays, hours_per_week, parallel_share_pct }, tasks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_names_its_field() {
        let field = |text: &str| parse_request(text).unwrap_err().field;
        let base = |over: &str| {
            format!(
                r#"{{"start_date": "2027-01-04", "free_weekdays": ["sat"], "hours_per_week": 8, "parallel_share_pct": 10, "milestones": [{over}]}}"#
            )
        };
        assert_eq!(field(&base(r#"{"id": "a", "hours": -1}"#)), "milestones[0].hours");
        assert_eq!(field(&base(r#"{"id": "a", "hours": "4"}"#)), "milestones[0].hours");
        assert_eq!(field(&base(r#"{"id": "a"}"#)), "milestones[0].hours");
        assert_eq!(field(&base("").replace("2027-01-04", "4 Jan")), "start_date");
        assert_eq!(field(&base("").replace("[\"sat\"]", "[\"saturday\"]")), "free_weekdays[0]");
        assert_eq!(field(&base("").replace("\"hours_per_week\": 8", "\"hours_per_week\": 200")), "hours_per_week");
        assert_eq!(field(&base(r#"{"id": "a", "hours": 1, "colour": "red"}"#)), "milestones[0].colour");
        let ok = parse_request(&base(r#"{"id": "a", "hours": 1.25}"#)).unwrap();
        assert_eq!(ok.tasks[0].hours.to_string(), "1.25");
    }
}
