//! The roadmap as a timeline (Gantt), drawn as SVG text by a pure function,
//! so that the screen, the print and the PDF show one picture.
//!
//! Styling is by CSS classes only (`tl-bar phase-labs status-done`, …): the
//! window's CSP forbids inline styles, and the PDF wraps the same SVG with
//! its own stylesheet. Words (month names, "Today") come from the caller's
//! message catalog; milestone titles are the user's text, always escaped.

use chrono::{Datelike, Months, NaiveDate};
use serde::Deserialize;

use super::{PlanView, Status};
use crate::svg::escape;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Zoom {
    Weeks,
    Months,
    Quarters,
}

impl Zoom {
    /// Horizontal pixels per day.
    fn day_width(self) -> f64 {
        match self {
            Zoom::Weeks => 6.0,
            Zoom::Months => 2.0,
            Zoom::Quarters => 0.75,
        }
    }
}

/// The words the picture needs, from the message catalog.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
pub struct TimelineWords {
    /// Short month names, January first.
    pub months: [String; 12],
    pub today: String,
    pub exam: String,
    /// The picture's accessible name.
    pub title: String,
}

impl TimelineWords {
    pub fn english() -> TimelineWords {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(String::from);
        TimelineWords { months, today: "Today".into(), exam: "Exam".into(), title: "Roadmap timeline".into() }
    }
}

const LABEL_WIDTH: f64 = 250.0;
const ROW_HEIGHT: f64 = 34.0;
/// A row of years (at the first month and each January), then a row of months.
const HEADER_HEIGHT: f64 = 44.0;
const BAR_HEIGHT: f64 = 16.0;
/// A label line's length: two lines fit a row, so a title of up to twice this is shown whole.
const LABEL_CHARS: usize = 34;
/// The dated part is at least this wide, so a short plan is not squeezed by a wide zoom.
const MIN_AREA_WIDTH: f64 = 560.0;
/// A month's name needs this much room; narrower months (the first, cut by the start) go unnamed.
const MONTH_LABEL_ROOM: f64 = 34.0;

/// A title as at most two lines of [`LABEL_CHARS`], broken between words;
/// what does not fit ends in an ellipsis (the row's tooltip has it whole).
fn label_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line at least");
        if line.is_empty() || line.chars().count() + 1 + word.chars().count() <= LABEL_CHARS {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        } else {
            lines.push(word.to_string());
        }
    }
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(rest);
    }
    lines.into_iter().map(|line| cut(&line)).collect()
}

fn cut(line: &str) -> String {
    if line.chars().count() <= LABEL_CHARS {
        line.to_string()
    } else {
        format!("{}…", line.chars().take(LABEL_CHARS - 1).collect::<String>().trim_end())
    }
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("day 1 exists")
}

struct Axis {
    /// The first day drawn (a few days before the first date, not the month's first).
    first: NaiveDate,
    day_width: f64,
}

impl Axis {
    fn x(&self, day: NaiveDate) -> f64 {
        LABEL_WIDTH + (day - self.first).num_days() as f64 * self.day_width
    }
}

/// Draws the plan as an SVG document fragment (`<svg …>…</svg>`).
pub fn timeline_svg(view: &PlanView, today: NaiveDate, zoom: Zoom, words: &TimelineWords) -> String {
    timeline_with_progress(view, today, zoom, words, &[])
}

/// The same, with each milestone's bar filled by the share of its planned
/// hours already logged (`logged`: milestone id → minutes); a done
/// milestone is full whatever was logged.
pub fn timeline_with_progress(view: &PlanView, today: NaiveDate, zoom: Zoom, words: &TimelineWords, logged: &[(String, u64)]) -> String {
    let dates = view.placed.iter().flat_map(|p| [p.start, p.end, p.exam_date]).flatten();
    let earliest = dates.clone().min().unwrap_or(view.start).min(view.start);
    // Today is drawn once the plan has begun; a plan that starts later is not
    // pushed right by empty months.
    let show_today = today >= earliest;
    let latest = dates.max().unwrap_or(view.start).max(if show_today { today } else { earliest });
    // A few days either side of the dates, not whole months: no blank band at either end.
    let first = earliest - chrono::Days::new(3);
    let last = latest + chrono::Days::new(8);
    let span_days = (last - first).num_days().max(1) as f64;
    let axis = Axis { first, day_width: zoom.day_width().max(MIN_AREA_WIDTH / span_days) };
    let width = axis.x(last).ceil() + 8.0;
    let rows = view.plan.milestones.len().max(1) as f64;
    let height = HEADER_HEIGHT + rows * ROW_HEIGHT + 8.0;
    let mut svg = String::with_capacity(256 + view.plan.milestones.len() * 400);
    svg.push_str(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="timeline zoom-{zoom}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="tl-title"><title id="tl-title">{title}</title>"#,
        zoom = format!("{zoom:?}").to_lowercase(),
        title = escape(&words.title),
    ));
    // "Today" sits in the months' row: a month's name it would cover is left out.
    let today_label = show_today.then(|| {
        let tx = axis.x(today) + axis.day_width / 2.0 + 4.0;
        (tx, tx + 7.0 * words.today.chars().count() as f64 + 4.0)
    });
    ticks(&mut svg, &axis, last, height, zoom, words, today_label);
    for (row, (milestone, placed)) in
        view.plan.milestones.iter().zip(view.placed.iter().map(Some).chain(std::iter::repeat(None))).enumerate()
    {
        let y = HEADER_HEIGHT + row as f64 * ROW_HEIGHT;
        let lines = label_lines(&milestone.title);
        let first_line = y + ROW_HEIGHT / 2.0 + 4.0 - 7.0 * (lines.len() as f64 - 1.0);
        let spans: String = lines
            .iter()
            .enumerate()
            .map(|(i, line)| format!(r#"<tspan x="8" y="{:.1}">{}</tspan>"#, first_line + 14.0 * i as f64, escape(line)))
            .collect();
        svg.push_str(&format!(
            r#"<g class="tl-row status-{status}" data-id="{id}"><rect class="tl-stripe" x="0" y="{y}" width="{width}" height="{ROW_HEIGHT}"/><text class="tl-label"><title>{title}</title>{spans}</text>"#,
            status = milestone.status.code(),
            id = escape(&milestone.id),
            title = escape(&milestone.title),
        ));
        if let Some((start, end)) = placed.and_then(|p| p.start.zip(p.end)).filter(|_| milestone.status != Status::Skipped) {
            let x = axis.x(start);
            let bar_width = ((end - start).num_days() as f64 + 1.0) * axis.day_width;
            svg.push_str(&format!(
                r#"<rect class="tl-bar phase-{phase} status-{status}" x="{x:.1}" y="{by}" width="{w:.1}" height="{BAR_HEIGHT}" rx="3"><title>{title}: {start} – {end}</title></rect>"#,
                phase = milestone.phase.code(),
                status = milestone.status.code(),
                by = y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0,
                w = bar_width.max(3.0),
                title = escape(&milestone.title),
            ));
            let minutes = logged.iter().find(|(id, _)| *id == milestone.id).map_or(0, |(_, m)| *m);
            if milestone.status != Status::Done && minutes > 0 && milestone.hours_hundredths > 0 {
                let share = (minutes as f64 * 100.0 / 60.0 / milestone.hours_hundredths as f64).min(1.0);
                svg.push_str(&format!(
                    r#"<rect class="tl-fill phase-{phase}" x="{x:.1}" y="{by}" width="{w:.1}" height="{BAR_HEIGHT}" rx="3"><title>{pct}%</title></rect>"#,
                    phase = milestone.phase.code(),
                    by = y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0,
                    w = (bar_width.max(3.0) * share).max(1.0),
                    pct = (share * 100.0).round(),
                ));
            }
        }
        if let Some(exam) = placed.and_then(|p| p.exam_date) {
            let (cx, cy) = (axis.x(exam) + axis.day_width / 2.0, y + ROW_HEIGHT / 2.0);
            svg.push_str(&format!(
                r#"<path class="tl-exam" d="M{cx:.1} {t:.1} L{r:.1} {cy:.1} L{cx:.1} {b:.1} L{l:.1} {cy:.1} Z"><title>{word}: {exam}</title></path>"#,
                t = cy - 7.0,
                b = cy + 7.0,
                l = cx - 7.0,
                r = cx + 7.0,
                word = escape(&words.exam),
            ));
        }
        svg.push_str("</g>");
    }
    prerequisites(&mut svg, view, &axis);
    if show_today {
        let tx = axis.x(today) + axis.day_width / 2.0;
        svg.push_str(&format!(
            r#"<line class="tl-today" x1="{tx:.1}" y1="{top}" x2="{tx:.1}" y2="{height}"/><text class="tl-today-label" x="{lx:.1}" y="{ly}">{word}</text>"#,
            top = HEADER_HEIGHT - 6.0,
            lx = tx + 4.0,
            ly = HEADER_HEIGHT - 8.0,
            word = escape(&words.today),
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// Month lines with their names; week lines when zoomed to weeks.
fn ticks(svg: &mut String, axis: &Axis, last: NaiveDate, height: f64, zoom: Zoom, words: &TimelineWords, today: Option<(f64, f64)>) {
    svg.push_str(r#"<g class="tl-axis">"#);
    if zoom == Zoom::Weeks {
        let mut day = axis.first;
        while day < last {
            if day.weekday() == chrono::Weekday::Mon {
                let x = axis.x(day);
                svg.push_str(&format!(r#"<line class="tl-week" x1="{x:.1}" y1="{HEADER_HEIGHT}" x2="{x:.1}" y2="{height}"/>"#));
            }
            day = day.succ_opt().expect("dates within range");
        }
    }
    // Each month from the one the axis starts in: its line where it begins,
    // its name in the lower header row (every third month for quarters),
    // and the year above it at the first named month and each January.
    let mut month = first_of_month(axis.first);
    let mut year_said = false;
    while month < last {
        let next = month + Months::new(1);
        let start = axis.x(month.max(axis.first));
        let room = axis.x(next.min(last)) - start;
        let named = (zoom != Zoom::Quarters || month.month0().is_multiple_of(3)) && room >= MONTH_LABEL_ROOM;
        if month >= axis.first {
            svg.push_str(&format!(
                r#"<line class="tl-month" x1="{start:.1}" y1="{y1}" x2="{start:.1}" y2="{height}"/>"#,
                y1 = if month.month0() == 0 {
                    4.0
                } else if named {
                    22.0
                } else {
                    30.0
                }
            ));
        }
        let covered = today.is_some_and(|(from, to)| start + 4.0 < to && start + 4.0 + MONTH_LABEL_ROOM > from);
        if named && !covered {
            let name = &words.months[month.month0() as usize];
            svg.push_str(&format!(r#"<text class="tl-tick" x="{tx:.1}" y="36">{name}</text>"#, tx = start + 4.0, name = escape(name)));
            if !year_said || month.month0() == 0 {
                svg.push_str(&format!(
                    r#"<text class="tl-tick tl-year" x="{tx:.1}" y="16">{year}</text>"#,
                    tx = start + 4.0,
                    year = month.year()
                ));
                year_said = true;
            }
        }
        month = next;
    }
    svg.push_str("</g>");
}

/// A thin elbow from each prerequisite's end to the start of what needs it.
fn prerequisites(svg: &mut String, view: &PlanView, axis: &Axis) {
    let row_of = |id: &str| view.plan.milestones.iter().position(|m| m.id == id);
    svg.push_str(r#"<g class="tl-deps">"#);
    for (row, milestone) in view.plan.milestones.iter().enumerate() {
        let Some(start) = view.placed.get(row).and_then(|p| p.start) else { continue };
        for prerequisite in &milestone.after {
            let Some(from) = row_of(prerequisite) else { continue };
            let Some(end) = view.placed.get(from).and_then(|p| p.end) else { continue };
            let (x1, y1) = (axis.x(end) + axis.day_width, HEADER_HEIGHT + from as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0);
            let (x2, y2) = (axis.x(start), HEADER_HEIGHT + row as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0);
            svg.push_str(&format!(
                r#"<path class="tl-dep" d="M{x1:.1} {y1:.1} H{xm:.1} V{y2:.1} H{x2:.1}"/><circle class="tl-dep-dot" cx="{x2:.1}" cy="{y2:.1}" r="2.5"/>"#,
                xm = x1.max(x2 - 4.0).min(x1 + 6.0),
            ));
        }
    }
    svg.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::plan::{build_milestones, compute, BuildInput, Plan, Week};

    fn view(title: &str) -> PlanView {
        let catalog = Catalog::embedded();
        let role = catalog.role("help-desk-technician").unwrap();
        let mut milestones =
            build_milestones(&BuildInput { catalog, role: Some(role), certifications: &role.certifications, known_skills: None });
        milestones[2].title = title.into();
        let plan = Plan {
            id: "p".into(),
            name: "x".into(),
            target_role: Some(role.id.clone()),
            certifications: role.certifications.clone(),
            parallel_share_pct: 10,
            active: true,
            created_at: String::new(),
            milestones,
        };
        let week = Week {
            start_date: "2027-01-04".parse().unwrap(),
            free_weekdays: vec![chrono::Weekday::Sat, chrono::Weekday::Sun],
            hours_per_week: 8.into(),
            parallel_share_pct: 10,
        };
        compute(&plan, &week, catalog)
    }

    #[test]
    fn user_text_is_escaped_and_no_style_attribute_is_written() {
        let svg =
            timeline_svg(&view("<script>alert('x')</script> & co"), "2027-01-10".parse().unwrap(), Zoom::Months, &TimelineWords::english());
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(!svg.contains("style="));
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<g class=\"tl-row").count(), view("x").plan.milestones.len());
    }

    #[test]
    fn bars_exams_today_and_months_are_drawn_and_zoom_changes_the_width() {
        let v = view("Windows");
        let today: NaiveDate = "2027-02-01".parse().unwrap();
        let words = TimelineWords::english();
        let months = timeline_svg(&v, today, Zoom::Months, &words);
        assert_eq!(months.matches("class=\"tl-exam\"").count(), v.plan.milestones.iter().filter(|m| m.exam.is_some()).count());
        assert!(months.contains("class=\"tl-today\""));
        assert!(months.contains(">Jan<") && months.contains(">2027<"), "the month, with its year above it");
        assert!(months.contains("tl-bar phase-foundations status-todo"));
        assert!(months.contains("class=\"tl-dep\""));
        let width = |svg: &str| svg.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse::<f64>().unwrap();
        let weeks = timeline_svg(&v, today, Zoom::Weeks, &words);
        let quarters = timeline_svg(&v, today, Zoom::Quarters, &words);
        assert!(width(&weeks) > width(&months) && width(&months) >= width(&quarters));
        assert!(width(&quarters) >= LABEL_WIDTH + MIN_AREA_WIDTH, "a short plan is not squeezed by the widest zoom");
        assert!(weeks.contains("class=\"tl-week\""));
        let filled = timeline_with_progress(&v, today, Zoom::Months, &words, &[(v.plan.milestones[2].id.clone(), 60)]);
        assert_eq!(filled.matches("class=\"tl-fill").count(), 1, "hours logged fill the bar they served");
        assert_eq!(months.matches("class=\"tl-fill").count(), 0);
        let before = timeline_svg(&v, "2026-11-22".parse().unwrap(), Zoom::Months, &words);
        assert!(!before.contains("tl-today"), "a plan that has not begun has no today line");
        assert!(!before.contains(">2026<"), "and no empty months before it");
    }

    /// Issue 23: names do not collide, titles are not cut to a few words, no blank band.
    #[test]
    fn month_names_have_room_years_are_said_once_and_long_titles_wrap() {
        let v = view("Prepare for and pass the CompTIA A+ Core 1 and Core 2 exams (220-1101 and 220-1102)");
        let svg = timeline_svg(&v, "2027-02-01".parse().unwrap(), Zoom::Months, &TimelineWords::english());
        let xs: Vec<f64> =
            svg.split("<text class=\"tl-tick\" x=\"").skip(1).map(|rest| rest.split('"').next().unwrap().parse().unwrap()).collect();
        assert!(xs.windows(2).all(|w| w[1] - w[0] >= MONTH_LABEL_ROOM), "month names at least a name apart: {xs:?}");
        assert_eq!(svg.matches(">2027<").count(), 1, "the year once, at the first month it names");
        assert!(svg.contains("<tspan") && svg.contains("Prepare for and pass the CompTIA"), "the title on two lines");
        assert_eq!(label_lines("One two"), vec!["One two"]);
        let long = label_lines(&"word ".repeat(40));
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…') && long.iter().all(|l| l.chars().count() <= LABEL_CHARS));
        let first_bar = svg.split("class=\"tl-bar").nth(1).unwrap().split("x=\"").nth(1).unwrap().split('"').next().unwrap();
        let lead = first_bar.parse::<f64>().unwrap() - LABEL_WIDTH;
        assert!(lead < 24.0, "the first bar starts within days of the left edge, not a month in: {lead}");
    }
}
