//! The start-up reminder: when the user has turned it on, what is due now, in
//! words the UI's message catalog supplies. The shell shows it as a desktop
//! notification; nothing here knows how.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::NextUp;

/// An exam this many days away or fewer is worth a reminder.
pub const EXAM_NOTICE_DAYS: i64 = 7;

/// Templates from the message catalog. `{count}`, `{what}` and `{date}` are filled in.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ReminderWords {
    /// For example "Pathway: {count} due".
    pub title: String,
    pub exam: String,
    pub follow_up: String,
    pub application: String,
    /// Short month names, January first.
    pub months: [String; 12],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Reminder {
    pub title: String,
    /// One line per thing due, soonest first.
    pub body: String,
    pub due: Vec<NextUp>,
}

/// The dated things that cannot wait: follow-ups and application actions due
/// by today, and exams within [`EXAM_NOTICE_DAYS`]. A milestone is ongoing
/// work rather than a deadline, so it never triggers a reminder.
pub fn due_now(next_up: &[NextUp], today: NaiveDate) -> Vec<NextUp> {
    let exam_horizon = today + Duration::days(EXAM_NOTICE_DAYS);
    next_up
        .iter()
        .filter(|item| match item {
            NextUp::Milestone { .. } => false,
            NextUp::Exam { date, .. } => *date <= exam_horizon,
            NextUp::FollowUp { date, .. } | NextUp::ApplicationAction { date, .. } => *date <= today,
        })
        .cloned()
        .collect()
}

/// The reminder for what is due, or `None` when nothing is.
pub fn compose(due: Vec<NextUp>, words: &ReminderWords, certification_name: impl Fn(&str) -> String) -> Option<Reminder> {
    if due.is_empty() {
        return None;
    }
    let date = |day: &NaiveDate| super::day_and_month(*day, &words.months);
    let fill = |template: &str, what: &str, day: &NaiveDate| template.replace("{what}", what).replace("{date}", &date(day));
    let lines: Vec<String> = due
        .iter()
        .filter_map(|item| match item {
            NextUp::Milestone { .. } => None,
            NextUp::Exam { certification, date, .. } => Some(fill(&words.exam, &certification_name(certification), date)),
            NextUp::FollowUp { name, date, .. } => Some(fill(&words.follow_up, name, date)),
            NextUp::ApplicationAction { company, action, date, .. } => {
                Some(fill(&words.application, &format!("{company}: {action}"), date))
            }
        })
        .collect();
    Some(Reminder { title: words.title.replace("{count}", &lines.len().to_string()), body: lines.join("\n"), due })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn words() -> ReminderWords {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(String::from);
        ReminderWords {
            title: "Pathway: {count} due".into(),
            exam: "Exam {what} on {date}".into(),
            follow_up: "Follow up with {what} ({date})".into(),
            application: "{what} ({date})".into(),
            months,
        }
    }

    #[test]
    fn only_deadlines_that_have_come_and_exams_within_a_week_are_due() {
        let today = day("2027-03-10");
        let items = vec![
            NextUp::Milestone { id: "m1".into(), title: "Networking basics".into(), start: Some(day("2027-03-01")) },
            NextUp::FollowUp { id: "c1".into(), name: "Rosa <Ops>".into(), date: day("2027-03-10") },
            NextUp::ApplicationAction { id: "a1".into(), company: "Acme".into(), action: "Send portfolio".into(), date: day("2027-03-11") },
            NextUp::Exam { milestone: "m2".into(), certification: "comptia-a-plus-core-1".into(), date: day("2027-03-17") },
            NextUp::Exam { milestone: "m3".into(), certification: "later".into(), date: day("2027-03-18") },
        ];
        let due = due_now(&items, today);
        assert_eq!(due, vec![items[1].clone(), items[3].clone()]);
        let reminder = compose(due, &words(), |id| format!("<{id}>")).unwrap();
        assert_eq!(reminder.title, "Pathway: 2 due");
        assert_eq!(reminder.body, "Follow up with Rosa <Ops> (10 Mar)\nExam <comptia-a-plus-core-1> on 17 Mar");
    }

    #[test]
    fn nothing_due_means_no_reminder() {
        let items = [NextUp::Milestone { id: "m1".into(), title: "Labs".into(), start: Some(day("2027-01-01")) }];
        assert!(compose(due_now(&items, day("2027-03-10")), &words(), |id: &str| id.to_string()).is_none());
    }
}
