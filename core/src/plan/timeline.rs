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
const ROW_HEIGHT: f64 = 28.0;
const HEADER_HEIGHT: f64 = 40.0;
const BAR_HEIGHT: f64 = 16.0;
const LABEL_CHARS: usize = 34;

fn shorten(text: &str) -> String {
    if text.chars().count() <= LABEL_CHARS {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(LABEL_CHARS - 1).collect::<String>().trim_end())
    }
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("day 1 exists")
}

struct Axis {
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
    let first = first_of_month(earliest);
    let last = first_of_month(latest) + Months::new(1);
    let axis = Axis { first, day_width: zoom.day_width() };
    let width = axis.x(last).ceil() + 8.0;
    let rows = view.plan.milestones.len().max(1) as f64;
    let height = HEADER_HEIGHT + rows * ROW_HEIGHT + 8.0;
    let mut svg = String::with_capacity(256 + view.plan.milestones.len() * 400);
    svg.push_str(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="timeline zoom-{zoom}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="tl-title"><title id="tl-title">{title}</title>"#,
        zoom = format!("{zoom:?}").to_lowercase(),
        title = escape(&words.title),
    ));
    ticks(&mut svg, &axis, last, height, zoom, words);
    for (row, (milestone, placed)) in
        view.plan.milestones.iter().zip(view.placed.iter().map(Some).chain(std::iter::repeat(None))).enumerate()
    {
        let y = HEADER_HEIGHT + row as f64 * ROW_HEIGHT;
        svg.push_str(&format!(
            r#"<g class="tl-row status-{status}" data-id="{id}"><rect class="tl-stripe" x="0" y="{y}" width="{width}" height="{ROW_HEIGHT}"/><text class="tl-label" x="8" y="{ty}">{label}</text>"#,
            status = milestone.status.code(),
            id = escape(&milestone.id),
            ty = y + ROW_HEIGHT / 2.0 + 4.0,
            label = escape(&shorten(&milestone.title)),
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
fn ticks(svg: &mut String, axis: &Axis, last: NaiveDate, height: f64, zoom: Zoom, words: &TimelineWords) {
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
    let mut month = axis.first;
    while month < last {
        let x = axis.x(month);
        let named = zoom != Zoom::Quarters || month.month0().is_multiple_of(3);
        svg.push_str(&format!(
            r#"<line class="tl-month" x1="{x:.1}" y1="{y1}" x2="{x:.1}" y2="{height}"/>"#,
            y1 = if named { 4.0 } else { 24.0 }
        ));
        if named {
            let name = &words.months[month.month0() as usize];
            let label = if month.month0() == 0 || month == axis.first { format!("{name} {}", month.year()) } else { name.clone() };
            svg.push_str(&format!(r#"<text class="tl-tick" x="{tx:.1}" y="18">{label}</text>"#, tx = x + 4.0, label = escape(&label)));
        }
        month = month + Months::new(1);
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
        assert!(months.contains(">Jan 2027<"));
        assert!(months.contains("tl-bar phase-foundations status-todo"));
        assert!(months.contains("class=\"tl-dep\""));
        let width = |svg: &str| svg.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse::<f64>().unwrap();
        let weeks = timeline_svg(&v, today, Zoom::Weeks, &words);
        let quarters = timeline_svg(&v, today, Zoom::Quarters, &words);
        assert!(width(&weeks) > width(&months) && width(&months) > width(&quarters));
        assert!(weeks.contains("class=\"tl-week\""));
        let filled = timeline_with_progress(&v, today, Zoom::Months, &words, &[(v.plan.milestones[2].id.clone(), 60)]);
        assert_eq!(filled.matches("class=\"tl-fill").count(), 1, "hours logged fill the bar they served");
        assert_eq!(months.matches("class=\"tl-fill").count(), 0);
        let before = timeline_svg(&v, "2026-11-22".parse().unwrap(), Zoom::Months, &words);
        assert!(!before.contains("tl-today"), "a plan that has not begun has no today line");
        assert!(!before.contains(">Nov 2026<"), "and no empty months before it");
    }
}
