//! The plan in the user's own calendar: an iCalendar file (RFC 5545) with
//! the study blocks at the profile's preferred time, the exams as all-day
//! events, and the follow-ups and application actions that are open.
//!
//! - Lines are folded at 75 octets (never inside a UTF-8 character) and end
//!   in CRLF; text values escape `\`, `;`, `,` and newlines.
//! - UIDs are stable (`study-PLAN-DATE@…`, `exam-PLAN-MILESTONE@…`, …), so a
//!   re-export updates the events it made instead of adding copies.
//! - Study blocks use the user's time zone as a fixed-offset VTIMEZONE
//!   (the offset when exported): exact where there is no daylight saving,
//!   as in the Philippines and India.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, Utc};

use super::{Application, Contact};
use crate::plan::{PlanView, Status};

const DOMAIN: &str = "pathway.local";

/// Escapes a TEXT value.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets, continuation lines starting with a space.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

struct Writer {
    out: String,
}

impl Writer {
    fn line(&mut self, line: &str) {
        fold(line, &mut self.out);
    }
}

fn date(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

fn offset_name(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    format!("{sign}{:02}{:02}", seconds.abs() / 3600, seconds.abs() % 3600 / 60)
}

/// What the calendar holds.
pub struct CalendarInput<'a> {
    pub plan: Option<&'a PlanView>,
    /// "HH:MM" in the user's time zone; 19:00 when not given.
    pub preferred_time: Option<&'a str>,
    pub hours_per_week: Option<u32>,
    pub contacts: &'a [Contact],
    pub applications: &'a [Application],
    pub offset: FixedOffset,
    pub now: DateTime<Utc>,
}

/// The iCalendar text.
pub fn ics(input: &CalendarInput<'_>) -> String {
    let mut w = Writer { out: String::new() };
    let tzid = format!("Pathway {}", offset_name(input.offset));
    let stamp = input.now.format("%Y%m%dT%H%M%SZ").to_string();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pathway//Career plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
        w.line(line);
    }
    w.line(&format!("X-WR-CALNAME:{}", text("Pathway plan")));
    for line in [
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{tzid}"),
        "BEGIN:STANDARD".into(),
        "DTSTART:19700101T000000".into(),
        format!("TZOFFSETFROM:{}", offset_name(input.offset)),
        format!("TZOFFSETTO:{}", offset_name(input.offset)),
        format!("TZNAME:{}", offset_name(input.offset)),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ] {
        w.line(&line);
    }
    if let Some(view) = input.plan {
        study_blocks(&mut w, view, input, &tzid, &stamp);
        for (m, placed) in view.plan.milestones.iter().zip(&view.placed) {
            let (Some(_), Some(day)) = (&m.exam, placed.exam_date) else { continue };
            if m.status == Status::Skipped {
                continue;
            }
            all_day(
                &mut w,
                &format!("exam-{}-{}", view.plan.id, m.id),
                day,
                &format!("Exam: {}", m.title.trim_start_matches("Prepare for and pass ")),
                &stamp,
            );
        }
    }
    for c in input.contacts.iter().filter(|c| !c.followed_up) {
        if let Some(day) = c.follow_up {
            all_day(&mut w, &format!("follow-up-{}", c.id), day, &format!("Follow up: {}", c.name), &stamp);
        }
    }
    for a in input.applications.iter().filter(|a| !a.stage().is_final()) {
        if let Some(day) = a.next_action_date {
            let what = if a.next_action.is_empty() { "Next step" } else { a.next_action.as_str() };
            all_day(&mut w, &format!("application-{}", a.id), day, &format!("{}: {what}", a.company), &stamp);
        }
    }
    w.line("END:VCALENDAR");
    w.out
}

fn all_day(w: &mut Writer, uid: &str, day: NaiveDate, summary: &str, stamp: &str) {
    for line in [
        "BEGIN:VEVENT".to_string(),
        format!("UID:{uid}@{DOMAIN}"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", date(day)),
        format!("DTEND;VALUE=DATE:{}", date(day + Duration::days(1))),
        format!("SUMMARY:{}", text(summary)),
        "TRANSP:TRANSPARENT".into(),
        "END:VEVENT".into(),
    ] {
        w.line(&line);
    }
}

/// One block on each free day the plan uses, at the preferred time, as long
/// as the day's share of the weekly hours; titled with what is studied.
fn study_blocks(w: &mut Writer, view: &PlanView, input: &CalendarInput<'_>, tzid: &str, stamp: &str) {
    let Some(hours) = input.hours_per_week.filter(|h| *h > 0) else { return };
    let start_time = input
        .preferred_time
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
        .unwrap_or(NaiveTime::from_hms_opt(19, 0, 0).expect("a time"));
    let minutes_per_day = |days: usize| (i64::from(hours) * 60 / days.max(1) as i64).max(15);
    // Each day a milestone runs (from its placed start to end), on its free weekdays.
    let mut days: std::collections::BTreeMap<NaiveDate, Vec<&str>> = std::collections::BTreeMap::new();
    let weekdays = study_weekdays(view);
    for (m, placed) in view.plan.milestones.iter().zip(&view.placed) {
        if matches!(m.status, Status::Done | Status::Skipped) || m.parallel {
            continue;
        }
        let (Some(start), Some(end)) = (placed.start, placed.end) else { continue };
        let mut day = start;
        while day <= end {
            if weekdays.contains(&day.weekday().num_days_from_monday()) {
                days.entry(day).or_default().push(m.title.as_str());
            }
            day += Duration::days(1);
        }
    }
    let length = minutes_per_day(weekdays.len());
    for (day, titles) in days {
        let begin = day.and_time(start_time);
        let finish = begin + Duration::minutes(length);
        let summary = format!("Study: {}", titles.join(" / "));
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:study-{}-{}@{DOMAIN}", view.plan.id, date(day)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;TZID={tzid}:{}", begin.format("%Y%m%dT%H%M%S")),
            format!("DTEND;TZID={tzid}:{}", finish.format("%Y%m%dT%H%M%S")),
            format!("SUMMARY:{}", text(&summary)),
            "END:VEVENT".into(),
        ] {
            w.line(&line);
        }
    }
}

/// The weekdays (0 = Monday) the plan studies on: those any milestone's
/// dates fall on, which the schedule only ever places on free weekdays.
fn study_weekdays(view: &PlanView) -> Vec<u32> {
    let mut days: Vec<u32> =
        view.placed.iter().flat_map(|p| [p.start, p.end]).flatten().map(|d| d.weekday().num_days_from_monday()).collect();
    days.sort_unstable();
    days.dedup();
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::plan::{compute, Week};
    use crate::store::sample::{sample_plans, sample_progress};

    fn view() -> PlanView {
        let plan = sample_plans().remove(0);
        let week = Week {
            start_date: "2027-03-01".parse().unwrap(),
            free_weekdays: vec![chrono::Weekday::Sat, chrono::Weekday::Sun],
            hours_per_week: 8.into(),
            parallel_share_pct: 10,
        };
        compute(&plan, &week, Catalog::embedded())
    }

    fn calendar(contacts: &[Contact], applications: &[Application]) -> String {
        let v = view();
        ics(&CalendarInput {
            plan: Some(&v),
            preferred_time: Some("10:00"),
            hours_per_week: Some(8),
            contacts,
            applications,
            offset: FixedOffset::east_opt(8 * 3600).unwrap(),
            now: "2027-03-01T00:00:00Z".parse().unwrap(),
        })
    }

    #[test]
    fn lines_are_folded_at_75_octets_and_text_is_escaped() {
        let mut contacts = sample_progress().contacts;
        contacts[0].name = "Kapihan, Cebu; the \\ IT meetup with a very long name that goes on and on — ₱ and ₹ included".into();
        let text = calendar(&contacts, &[]);
        assert!(text.lines().all(|l| l.len() <= 75), "every line fits 75 octets");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Follow up: Kapihan\\, Cebu\\; the \\\\ IT meetup"), "{unfolded}");
    }

    #[test]
    fn a_calendar_library_reads_it_back_with_study_blocks_exams_and_follow_ups() {
        let progress = sample_progress();
        let text = calendar(&progress.contacts, &progress.applications);
        let calendars: Vec<_> = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes())).collect::<Result<_, _>>().unwrap();
        assert_eq!(calendars.len(), 1);
        let events = &calendars[0].events;
        let property = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
            e.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
        };
        let params = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
            format!("{:?}", e.properties.iter().find(|p| p.name == name).map(|p| p.params.clone()))
        };
        let study: Vec<_> = events.iter().filter(|e| property(e, "UID").starts_with("study-")).collect();
        assert!(!study.is_empty());
        assert!(study.iter().all(|e| property(e, "DTSTART").ends_with("T100000")), "at the preferred time");
        assert!(params(study[0], "DTSTART").contains("Pathway +0800"), "in the user's time zone");
        let exam = events.iter().find(|e| property(e, "UID").starts_with("exam-")).expect("the exam");
        assert!(params(exam, "DTSTART").contains("DATE"), "an all-day event");
        assert!(events.iter().any(|e| property(e, "UID") == "follow-up-c-1@pathway.local"));
        assert!(events.iter().any(|e| property(e, "UID") == "application-a-1@pathway.local"));
        assert_eq!(calendars[0].timezones.len(), 1);
        // Stable UIDs: the same plan exported again has the same events.
        let again = calendar(&progress.contacts, &progress.applications);
        let uids = |t: &str| t.lines().filter(|l| l.starts_with("UID:")).map(String::from).collect::<Vec<_>>();
        assert_eq!(uids(&text), uids(&again));
    }
}
