//! Home's two progress charts as SVG (classes only, words from the caller):
//! hours each week against the weekly target, and cumulative hours logged
//! against what the plan expected.

use std::fmt::Write;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::svg::escape;

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
pub struct ProgressWords {
    pub weekly_title: String,
    pub cumulative_title: String,
    pub target: String,
    pub planned: String,
    pub logged: String,
    /// Short month names, January first, for the week labels.
    pub months: [String; 12],
}

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 40.0;
const BOTTOM: f64 = 28.0;
const TOP: f64 = 16.0;

fn label(day: NaiveDate, words: &ProgressWords) -> String {
    super::day_and_month(day, &words.months)
}

fn frame(svg: &mut String, class: &str, title: &str, most: f64) {
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart {class}" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"><title>{}</title>"#,
        escape(title)
    );
    for i in 0..=2 {
        let value = most * f64::from(i) / 2.0;
        let y = TOP + (1.0 - f64::from(i) / 2.0) * (HEIGHT - TOP - BOTTOM);
        let _ = write!(
            svg,
            r#"<line class="ch-grid" x1="{LEFT}" x2="{WIDTH}" y1="{y:.1}" y2="{y:.1}"/><text class="ch-label ch-y" x="{:.1}" y="{:.1}">{}</text>"#,
            LEFT - 6.0,
            y + 4.0,
            (value * 10.0).round() / 10.0
        );
    }
}

/// Hours each week (bars) and the weekly target (a line).
pub fn weekly_svg(weeks: &[(NaiveDate, f64)], target: Option<u32>, words: &ProgressWords) -> String {
    let most = weeks.iter().map(|w| w.1).fold(f64::from(target.unwrap_or(1)), f64::max).max(1.0);
    let slot = (WIDTH - LEFT) / weeks.len().max(1) as f64;
    let y = |h: f64| TOP + (1.0 - h / most) * (HEIGHT - TOP - BOTTOM);
    let mut svg = String::with_capacity(4096);
    frame(&mut svg, "chart-weekly", &words.weekly_title, most);
    for (i, (monday, hours)) in weeks.iter().enumerate() {
        let x = LEFT + i as f64 * slot;
        let _ = write!(
            svg,
            r#"<rect class="ch-bar" x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}"><title>{}: {hours}</title></rect>"#,
            x + slot * 0.15,
            y(*hours),
            slot * 0.7,
            (HEIGHT - BOTTOM) - y(*hours),
            escape(&label(*monday, words))
        );
        if i % 3 == 0 {
            let _ = write!(
                svg,
                r#"<text class="ch-label ch-x" x="{:.1}" y="{:.1}">{}</text>"#,
                x + slot / 2.0,
                HEIGHT - 8.0,
                escape(&label(*monday, words))
            );
        }
    }
    if let Some(target) = target {
        let ty = y(f64::from(target));
        let _ = write!(
            svg,
            r#"<line class="ch-target" x1="{LEFT}" x2="{WIDTH}" y1="{ty:.1}" y2="{ty:.1}"/><text class="ch-label ch-target-label ch-end" x="{:.1}" y="{:.1}">{}</text>"#,
            WIDTH - 4.0,
            ty - 4.0,
            escape(&words.target)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Cumulative hours logged against the plan's expectation, week by week.
pub fn cumulative_svg(points: &[(NaiveDate, f64, f64)], words: &ProgressWords) -> String {
    let most = points.iter().flat_map(|p| [p.1, p.2]).fold(1.0, f64::max);
    let step = (WIDTH - LEFT) / points.len().saturating_sub(1).max(1) as f64;
    let y = |h: f64| TOP + (1.0 - h / most) * (HEIGHT - TOP - BOTTOM);
    let line = |pick: fn(&(NaiveDate, f64, f64)) -> f64| {
        points.iter().enumerate().map(|(i, p)| format!("{:.1},{:.1}", LEFT + i as f64 * step, y(pick(p)))).collect::<Vec<_>>().join(" ")
    };
    let mut svg = String::with_capacity(4096);
    frame(&mut svg, "chart-progress", &words.cumulative_title, most);
    let _ =
        write!(svg, r#"<polyline class="ch-stay" points="{}"/><polyline class="ch-switch" points="{}"/>"#, line(|p| p.1), line(|p| p.2));
    for (i, p) in points.iter().enumerate().filter(|(i, _)| i % 3 == 0) {
        let _ = write!(
            svg,
            r#"<text class="ch-label ch-x" x="{:.1}" y="{:.1}">{}</text>"#,
            LEFT + i as f64 * step,
            HEIGHT - 8.0,
            escape(&label(p.0, words))
        );
    }
    let _ = write!(
        svg,
        r#"<g class="ch-legend"><line class="ch-stay" x1="{:.1}" x2="{:.1}" y1="{TOP}" y2="{TOP}"/><text class="ch-label" x="{:.1}" y="{:.1}">{}</text><line class="ch-switch" x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/><text class="ch-label" x="{:.1}" y="{:.1}">{}</text></g>"#,
        LEFT + 8.0,
        LEFT + 28.0,
        LEFT + 34.0,
        TOP + 4.0,
        escape(&words.planned),
        LEFT + 8.0,
        LEFT + 28.0,
        TOP + 16.0,
        TOP + 16.0,
        LEFT + 34.0,
        TOP + 20.0,
        escape(&words.logged)
    );
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> ProgressWords {
        ProgressWords {
            weekly_title: "Hours each week".into(),
            cumulative_title: "Hours so far & the plan <script>".into(),
            target: "Target".into(),
            planned: "Planned".into(),
            logged: "Logged".into(),
            months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(String::from),
        }
    }

    #[test]
    fn the_weekly_chart_draws_a_bar_a_week_and_the_target() {
        let start: NaiveDate = "2027-01-04".parse().unwrap();
        let weeks: Vec<(NaiveDate, f64)> = (0..12).map(|i| (start + chrono::Duration::weeks(i), (i % 4) as f64 * 2.5)).collect();
        let svg = weekly_svg(&weeks, Some(8), &words());
        assert_eq!(svg.matches("class=\"ch-bar\"").count(), 12);
        assert!(svg.contains("ch-target") && !svg.contains("style="));
        let none = weekly_svg(&weeks.iter().map(|(d, _)| (*d, 0.0)).collect::<Vec<_>>(), None, &words());
        assert!(!none.contains("NaN") && !none.contains("ch-target\""));
    }

    #[test]
    fn the_cumulative_chart_escapes_words_and_has_both_lines() {
        let start: NaiveDate = "2027-01-10".parse().unwrap();
        let points: Vec<_> = (0..12).map(|i| (start + chrono::Duration::weeks(i), i as f64 * 8.0, i as f64 * 6.5)).collect();
        let svg = cumulative_svg(&points, &words());
        assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"));
        assert_eq!(svg.matches("<polyline").count(), 2, "planned and logged");
    }
}
