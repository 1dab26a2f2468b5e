//! The money charts as SVG text, drawn by pure functions so that the screen,
//! the print and the PDF show the same picture: cumulative cash (staying vs
//! switching, the dip shaded, payback marked), the cost breakdown, and the
//! payback histogram with P10, P50 and P90 marked. The words are the app's
//! everywhere: the exact ROI's payback is "if all goes as planned", the
//! simulation's median "half the cases by", P10 to P90 "8 in 10".
//!
//! Classes only (no `style=`); words come from the caller's message catalog;
//! money goes through [`crate::money::format_money`], the formatter the screen uses.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Deserialize;

use super::cost::CostResult;
use super::simulate::SimulationResult;
use crate::money::roi::RoiResult;
use crate::money::{format_money, Currency};
use crate::svg::escape;

/// The cost categories the breakdown names, in the order drawn.
pub const CATEGORIES: [&str; 9] = ["exam", "retakes", "training", "labs", "renewals", "study", "one_off", "bond", "sponsored"];

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
pub struct ChartWords {
    pub cumulative_title: String,
    pub breakdown_title: String,
    pub histogram_title: String,
    pub staying: String,
    pub switching: String,
    /// The exact ROI's payback: "Pays back in month {month} if all goes as planned".
    pub payback: String,
    /// The simulation's P50: "Half the cases by month {month}".
    pub half: String,
    /// The simulation's P10 to P90: "8 in 10: months {low} to {high}".
    pub range: String,
    /// The same when P90 is past the horizon: "8 in 10: month {low} or later".
    pub range_open: String,
    /// "Deepest: {amount}".
    pub dip: String,
    pub month: String,
    pub none: String,
    /// Category key → label: exam, retakes, training, labs, renewals, study, one_off, bond, sponsored.
    pub categories: BTreeMap<String, String>,
}

impl ChartWords {
    pub fn english() -> ChartWords {
        let categories = [
            ("exam", "Exams, first attempts"),
            ("retakes", "Retakes (expected)"),
            ("training", "Training"),
            ("labs", "Lab subscriptions"),
            ("renewals", "Renewals"),
            ("study", "Monthly study costs"),
            ("one_off", "One-off costs: your route's fee and any you added"),
            ("bond", "Bond repayment"),
            ("sponsored", "Paid by your employer"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        ChartWords {
            cumulative_title: "Cumulative cash: staying vs switching".into(),
            breakdown_title: "What the move costs".into(),
            histogram_title: "When the move pays back, across trials".into(),
            staying: "Staying".into(),
            switching: "Switching".into(),
            payback: "Pays back in month {month} if all goes as planned".into(),
            half: "Half the cases by month {month}".into(),
            range: "8 in 10: months {low} to {high}".into(),
            range_open: "8 in 10: month {low} or later".into(),
            dip: "Deepest: {amount}".into(),
            month: "Month".into(),
            none: "None".into(),
            categories,
        }
    }
}

const WIDTH: f64 = 560.0;

/// Money without its cents, for axis labels.
fn money_label(minor: i64, currency: Currency) -> String {
    let full = format_money(minor / 100 * 100, currency);
    full.strip_suffix(".00").map(str::to_string).unwrap_or(full)
}

/// About five round steps covering `low..=high`.
fn ticks(low: i64, high: i64) -> Vec<i64> {
    let span = (high - low).max(1) as f64;
    let raw = span / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(magnitude * 10.0) as i64;
    let step = step.max(1);
    let first = low.div_euclid(step) * step;
    (0..).map(|i| first + i * step).take_while(|&v| v <= high + step / 2).filter(|&v| v >= low - step / 2).collect()
}

fn open(svg: &mut String, class: &str, height: f64, title: &str) {
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart {class}" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img"><title>{}</title>"#,
        escape(title)
    );
}

/// Staying and switching, month by month, as running totals, over the whole horizon.
pub fn cumulative_svg(roi: &RoiResult, currency: Currency, words: &ChartWords) -> String {
    cumulative_until(roi, currency, words, roi.months.len())
}

/// The months a closer view of the cumulative chart shows: up to six months
/// after the payback (or the dip, when it never pays back), in whole half
/// years, at least a year; `None` when that is the whole horizon anyway.
/// On a five-year scale a dip of a few weeks' pay is a sliver.
pub fn first_months(roi: &RoiResult) -> Option<u32> {
    let horizon = roi.months.len() as u32;
    let end = roi.payback_month.or(roi.dip.month).unwrap_or(horizon) + 6;
    let shown = end.div_ceil(6) * 6;
    (shown.max(12) < horizon).then_some(shown.max(12))
}

/// The cumulative chart over the first `shown` months only, its scale set by them.
pub fn cumulative_first_svg(roi: &RoiResult, currency: Currency, words: &ChartWords, shown: u32) -> String {
    cumulative_until(roi, currency, words, (shown as usize).min(roi.months.len()))
}

fn cumulative_until(roi: &RoiResult, currency: Currency, words: &ChartWords, shown: usize) -> String {
    let (height, left, right, top, bottom) = (300.0, 96.0, 16.0, 16.0, 36.0);
    let mut stay = vec![0i64];
    let mut switch = vec![0i64];
    for row in roi.months.iter().take(shown) {
        stay.push(stay.last().unwrap_or(&0) + row.stay_income as i64);
        switch.push(switch.last().unwrap_or(&0) + (row.switch_income - row.costs) as i64);
    }
    let months = shown.max(1) as f64;
    let low = stay.iter().chain(&switch).copied().min().unwrap_or(0).min(0);
    let high = stay.iter().chain(&switch).copied().max().unwrap_or(0).max(1);
    let y_ticks = ticks(low, high);
    let (y_low, y_high) = (*y_ticks.first().unwrap_or(&low).min(&low), *y_ticks.last().unwrap_or(&high).max(&high));
    let x = |m: usize| left + m as f64 / months * (WIDTH - left - right);
    let y = |v: i64| top + (y_high - v) as f64 / (y_high - y_low).max(1) as f64 * (height - top - bottom);
    let mut svg = String::with_capacity(16 * 1024);
    open(&mut svg, "chart-cumulative", height, &words.cumulative_title);
    for &tick in &y_ticks {
        let _ = write!(
            svg,
            r#"<line class="ch-grid" x1="{left}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/><text class="ch-label ch-y" x="{:.1}" y="{:.1}">{}</text>"#,
            WIDTH - right,
            y(tick),
            y(tick),
            left - 6.0,
            y(tick) + 4.0,
            escape(&money_label(tick, currency))
        );
    }
    // The dip: where switching is behind staying, shaded between the two lines.
    let mut m = 0;
    while m < stay.len() {
        if switch[m] >= stay[m] {
            m += 1;
            continue;
        }
        let start = m.saturating_sub(1);
        while m < stay.len() && switch[m] < stay[m] {
            m += 1;
        }
        let end = m.min(stay.len() - 1);
        let mut points: Vec<String> = (start..=end).map(|i| format!("{:.1},{:.1}", x(i), y(switch[i]))).collect();
        points.extend((start..=end).rev().map(|i| format!("{:.1},{:.1}", x(i), y(stay[i]))));
        let _ = write!(svg, r#"<polygon class="ch-dip" points="{}"/>"#, points.join(" "));
    }
    let line = |series: &[i64]| series.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v))).collect::<Vec<_>>().join(" ");
    let _ = write!(svg, r#"<polyline class="ch-stay" points="{}"/><polyline class="ch-switch" points="{}"/>"#, line(&stay), line(&switch));
    let axis_y = height - bottom;
    let _ = write!(svg, r#"<line class="ch-axis" x1="{left}" x2="{:.1}" y1="{axis_y}" y2="{axis_y}"/>"#, WIDTH - right);
    for tick in ticks(0, shown as i64).into_iter().filter(|t| *t as usize <= shown) {
        let _ = write!(svg, r#"<text class="ch-label ch-x" x="{:.1}" y="{:.1}">{tick}</text>"#, x(tick as usize), axis_y + 16.0);
    }
    x_title(&mut svg, WIDTH - right, height, &words.month);
    let payback_x = roi.payback_month.filter(|&m| m > 0 && m as usize <= shown).map(|m| x(m as usize));
    if let Some(month) = roi.payback_month.filter(|&m| m > 0 && m as usize <= shown) {
        let px = x(month as usize);
        let label = words.payback.replace("{month}", &month.to_string());
        // Beside the line on the side it fits, so it never runs off the picture or over the money axis.
        let (lx, anchor) = label_side(px, label_width(&label), left, WIDTH - right);
        // Near the axis, clear of the legend in the top-left corner.
        let _ = write!(
            svg,
            r#"<line class="ch-payback" x1="{px:.1}" x2="{px:.1}" y1="{top}" y2="{axis_y}"/><text class="ch-label ch-payback-label{anchor}" x="{lx:.1}" y="{:.1}">{}</text>"#,
            axis_y - 8.0,
            escape(&label)
        );
    }
    let legend_y = top + 12.0;
    let _ = write!(
        svg,
        r#"<g class="ch-legend"><line class="ch-stay" x1="{left2}" x2="{:.1}" y1="{ly}" y2="{ly}"/><text class="ch-label" x="{:.1}" y="{:.1}">{}</text><line class="ch-switch" x1="{left2}" x2="{:.1}" y1="{ly2}" y2="{ly2}"/><text class="ch-label" x="{:.1}" y="{:.1}">{}</text></g>"#,
        left + 28.0,
        left + 34.0,
        legend_y + 4.0,
        escape(&words.staying),
        left + 28.0,
        left + 34.0,
        legend_y + 20.0,
        escape(&words.switching),
        left2 = left + 8.0,
        ly = legend_y,
        ly2 = legend_y + 16.0
    );
    if let Some(month) = roi.dip.month.filter(|&m| roi.dip.amount < 0 && (m as usize) <= shown) {
        // Beside the dip itself, below the switching line, on the side the payback line is not.
        let (dx, dy) = (x(month as usize), y(switch[month as usize]));
        let label = words.dip.replace("{amount}", &format_money(-(roi.dip.amount as i64), currency));
        let width = label_width(&label);
        let right_side = dx + 8.0 + width <= WIDTH - right && payback_x.is_none_or(|px| px < dx || px > dx + 8.0 + width);
        let (lx, anchor) = if right_side { (dx + 8.0, "") } else { (dx - 8.0, " ch-end") };
        let ly = (dy + 18.0).min(axis_y - 22.0);
        let _ = write!(
            svg,
            r#"<circle class="ch-dip-point" cx="{dx:.1}" cy="{dy:.1}" r="3.5"/><text class="ch-label ch-dip-label{anchor}" x="{lx:.1}" y="{ly:.1}">{}</text>"#,
            escape(&label)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// About how wide a 12px label is drawn (a bold one included).
fn label_width(label: &str) -> f64 {
    label.chars().count() as f64 * 6.8
}

/// Where a label beside a vertical line at `x` goes, and its anchor: to the
/// right when it fits there, else to the left, else from whichever edge
/// leaves it whole.
fn label_side(x: f64, width: f64, low: f64, high: f64) -> (f64, &'static str) {
    if x + 4.0 + width <= high {
        (x + 4.0, "")
    } else if x - 4.0 - width >= low {
        (x - 4.0, " ch-end")
    } else if x - low > high - x {
        (high, " ch-end")
    } else {
        (low + 4.0, "")
    }
}

/// The cost categories of a story, in minor units (sponsored as a negative amount).
pub fn categories(cost: Option<&CostResult>, study_minor: i64, one_off_minor: i64, bond_minor: Option<i64>) -> Vec<(String, i64)> {
    let minor = crate::money::minor_units;
    let mut list = Vec::new();
    if let Some(cost) = cost {
        let local = &cost.totals.local;
        list.extend([
            ("exam", minor(local.first_attempt)),
            ("retakes", minor(local.retakes_expected)),
            ("training", minor(local.training)),
            ("labs", minor(local.labs)),
            ("renewals", minor(local.renewals)),
        ]);
        if !local.sponsored.is_zero() {
            list.push(("sponsored", -minor(local.sponsored)));
        }
    }
    list.push(("study", study_minor));
    list.push(("one_off", one_off_minor));
    if let Some(bond) = bond_minor {
        list.push(("bond", bond));
    }
    list.into_iter().filter(|(_, v)| *v != 0).map(|(k, v)| (k.to_string(), v)).collect()
}

/// One horizontal bar per category, with its amount.
pub fn breakdown_svg(categories: &[(String, i64)], currency: Currency, words: &ChartWords) -> String {
    let (row, top, label_width) = (30.0, 8.0, 200.0);
    let height = top * 2.0 + row * categories.len().max(1) as f64;
    let largest = categories.iter().map(|(_, v)| v.abs()).max().unwrap_or(1).max(1) as f64;
    let bar_space = WIDTH - label_width - 150.0;
    let mut svg = String::with_capacity(4096);
    open(&mut svg, "chart-breakdown", height, &words.breakdown_title);
    for (i, (key, amount)) in categories.iter().enumerate() {
        let y = top + i as f64 * row;
        let label = words.categories.get(key).cloned().unwrap_or_else(|| key.clone());
        let width = (amount.abs() as f64 / largest * bar_space).max(2.0);
        let class = if *amount < 0 { "ch-bar ch-negative" } else { "ch-bar" };
        let shown = if *amount < 0 { format!("−{}", format_money(-amount, currency)) } else { format_money(*amount, currency) };
        let _ = write!(
            svg,
            r#"<text class="ch-label ch-category" x="{:.1}" y="{:.1}">{}</text><rect class="{class} category-{}" x="{label_width}" y="{:.1}" width="{width:.1}" height="{:.1}" rx="2"/><text class="ch-label ch-value" x="{:.1}" y="{:.1}">{}</text>"#,
            label_width - 8.0,
            y + row / 2.0 + 4.0,
            escape(&shorten(&label, 28)),
            escape(key),
            y + 6.0,
            row - 12.0,
            label_width + width + 6.0,
            y + row / 2.0 + 4.0,
            escape(&shown)
        );
    }
    svg.push_str("</svg>");
    svg
}

fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    format!("{}…", text.chars().take(chars - 1).collect::<String>())
}

/// Trials by payback month, with a bar for "no payback" and P10, P50, P90 marked.
pub fn histogram_svg(simulation: &SimulationResult, words: &ChartWords) -> String {
    // Room above the bars for two rows of marker labels, which never overlap.
    let (height, left, right, top, bottom) = (256.0, 48.0, 16.0, 40.0, 36.0);
    let counts = &simulation.histogram.months;
    let bins = counts.len() as f64 + 2.0; // a gap, then "none"
    let most = counts.iter().copied().chain([simulation.histogram.none]).max().unwrap_or(1).max(1) as f64;
    let slot = (WIDTH - left - right) / bins;
    let x = |bin: f64| left + bin * slot;
    let y = |count: u32| top + (1.0 - f64::from(count) / most) * (height - top - bottom);
    let axis_y = height - bottom;
    let mut svg = String::with_capacity(counts.len() * 90 + 2048);
    open(&mut svg, "chart-histogram", height, &words.histogram_title);
    for (month, &count) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let _ = write!(
            svg,
            r#"<rect class="ch-bar" x="{:.2}" y="{:.1}" width="{:.2}" height="{:.1}"><title>{}: {count}</title></rect>"#,
            x(month as f64),
            y(count),
            (slot * 0.9).max(0.5),
            axis_y - y(count),
            month
        );
    }
    if simulation.histogram.none > 0 {
        let none = simulation.histogram.none;
        let _ = write!(
            svg,
            r#"<rect class="ch-bar ch-none" x="{:.2}" y="{:.1}" width="{:.2}" height="{:.1}"><title>{}: {none}</title></rect>"#,
            x(bins - 1.0),
            y(none),
            (slot * 0.9).max(2.0),
            axis_y - y(none),
            escape(&words.none)
        );
    }
    let _ = write!(svg, r#"<line class="ch-axis" x1="{left}" x2="{:.1}" y1="{axis_y}" y2="{axis_y}"/>"#, WIDTH - right);
    // A month's label keeps clear of the "none" label at the right end.
    let none_x = x(bins - 0.55);
    for tick in ticks(0, counts.len() as i64 - 1)
        .into_iter()
        .filter(|t| *t >= 0 && (*t as usize) < counts.len() && none_x - x(*t as f64 + 0.45) >= 36.0)
    {
        let _ = write!(svg, r#"<text class="ch-label ch-x" x="{:.1}" y="{:.1}">{tick}</text>"#, x(tick as f64 + 0.45), axis_y + 16.0);
    }
    let _ = write!(svg, r#"<text class="ch-label ch-x" x="{:.1}" y="{:.1}">{}</text>"#, x(bins - 0.55), axis_y + 16.0, escape(&words.none));
    let p = &simulation.payback_month;
    // P50 is "half the cases by"; P10 carries the "8 in 10" range to P90, whose line is unlabelled.
    let half = p.p50.map(|m| words.half.replace("{month}", &m.to_string()));
    let range = p.p10.map(|low| match p.p90 {
        Some(high) => words.range.replace("{low}", &low.to_string()).replace("{high}", &high.to_string()),
        None => words.range_open.replace("{low}", &low.to_string()),
    });
    for (name, value, label, row) in [("p10", p.p10, range, 1.0), ("p50", p.p50, half, 0.0), ("p90", p.p90, None, 1.0)] {
        let px = value.map_or(x(bins - 0.55), |m| x(f64::from(m) + 0.45));
        // The lines start below both rows of labels, so no line runs through a label.
        let _ = write!(svg, r#"<line class="ch-marker marker-{name}" x1="{px:.1}" x2="{px:.1}" y1="{top}" y2="{axis_y}"/>"#);
        if let Some(label) = label {
            let (lx, anchor) = label_side(px, label_width(&label), left, WIDTH - right);
            let _ = write!(
                svg,
                r#"<text class="ch-label ch-marker-label{anchor}" x="{lx:.1}" y="{:.1}">{}</text>"#,
                14.0 + row * 16.0,
                escape(&label)
            );
        }
    }
    x_title(&mut svg, WIDTH - right, height, &words.month);
    svg.push_str("</svg>");
    svg
}

/// The x axis's title ("Month"), at the right end below the axis.
fn x_title(svg: &mut String, x: f64, height: f64, title: &str) {
    let _ = write!(svg, r#"<text class="ch-label ch-x-title" x="{x:.1}" y="{:.1}">{}</text>"#, height - 4.0, escape(title));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::costs::simulate;
    use crate::money::roi;

    /// Compares with `core/tests/snapshots/NAME.svg`; `UPDATE_SNAPSHOTS=1` rewrites it.
    fn snapshot(name: &str, svg: &str) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.svg"));
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, svg).unwrap();
        }
        let expected =
            std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("no snapshot {}: run with UPDATE_SNAPSHOTS=1", path.display()));
        assert_eq!(svg, expected, "{name} changed; look at it, then UPDATE_SNAPSHOTS=1 if it is right");
        assert!(!svg.contains("style="), "{name}: classes only");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{name}: every coordinate is a number");
    }

    fn typical(horizon: u32) -> roi::RoiResult {
        roi::compute(
            &roi::parse(&format!(
                r#"{{"current_monthly_salary": 25000, "target_monthly_salary": 35000, "study_months": 6, "job_search_months": 2,
                "monthly_study_costs": 1000, "one_off_costs": [{{"month": 6, "amount": 24000}}], "horizon_months": {horizon},
                "current_annual_raise_pct": 4, "target_annual_raise_pct": 6}}"#
            ))
            .unwrap(),
        )
    }

    #[test]
    fn cumulative_cash_over_two_years_and_over_fifty() {
        snapshot("cumulative-24", &cumulative_svg(&typical(24), Currency::Php, &ChartWords::english()));
        let long = cumulative_svg(&typical(600), Currency::Inr, &ChartWords::english());
        assert!(long.matches(",").count() > 1200, "600 months of points on each line");
        snapshot("cumulative-600", &long);
    }

    #[test]
    fn a_move_that_never_pays_back_shows_only_the_dip() {
        let never = roi::compute(
            &roi::parse(r#"{"current_monthly_salary": 35000, "target_monthly_salary": 20000, "study_months": 3, "horizon_months": 12}"#)
                .unwrap(),
        );
        let svg = cumulative_svg(&never, Currency::Usd, &ChartWords::english());
        assert!(!svg.contains("ch-payback\""), "no payback line");
        assert!(svg.contains("ch-dip"));
        snapshot("cumulative-never", &svg);
    }

    #[test]
    fn the_breakdown_handles_negative_amounts_and_long_labels() {
        let mut words = ChartWords::english();
        words.categories.insert("training".into(), "Training courses, bootcamps and every other paid learning resource".into());
        let list = vec![
            ("exam".to_string(), 3_150_000),
            ("training".to_string(), 1_200_050),
            ("sponsored".to_string(), -3_150_000),
            ("study".to_string(), 600_000),
        ];
        let svg = breakdown_svg(&list, Currency::Php, &words);
        assert!(svg.contains("ch-negative") && svg.contains("−₱31,500.00"));
        assert!(svg.contains("…"), "a long label is shortened");
        snapshot("breakdown", &svg);
    }

    /// A ₱25,000 agent aiming at `target` (₱24,000–40,000 drawn), over `horizon` months.
    fn simulated(target: u32, horizon: u32, trials: u32) -> simulate::SimulationResult {
        simulate::parse(
            &format!(
                r#"{{"roi": {{"current_monthly_salary": 25000, "target_monthly_salary": {target}, "study_months": 6, "job_search_months": 2, "horizon_months": {horizon}}},
                "target_monthly_salary": {{"min": 24000, "mode": {target}, "max": 40000}}, "job_search_months": {{"min": 1, "max": 9}}, "trials": {trials}, "seed": 3}}"#
            ),
            Catalog::embedded(),
        )
        .unwrap()
        .run()
    }

    #[test]
    fn the_histogram_marks_p10_p50_p90_and_the_trials_without_payback() {
        let simulation = simulated(33000, 36, 3000);
        let svg = histogram_svg(&simulation, &ChartWords::english());
        for marker in ["marker-p10", "marker-p50", "marker-p90"] {
            assert!(svg.contains(marker), "{marker}");
        }
        let p = &simulation.payback_month;
        assert!(svg.contains(&format!(">Half the cases by month {}<", p.p50.unwrap())), "the median in the app's words");
        let range = match p.p90 {
            Some(high) => format!(">8 in 10: months {} to {high}<", p.p10.unwrap()),
            None => format!(">8 in 10: month {} or later<", p.p10.unwrap()),
        };
        assert!(svg.contains(&range), "the range in the app's words");
        assert!(!svg.contains(">P50<"), "no other words for it");
        assert!(simulation.histogram.none > 0 && svg.contains("ch-none"));
        snapshot("histogram", &svg);
    }

    #[test]
    fn the_chart_words_are_the_catalogs_and_name_the_exact_payback_as_planned() {
        let (english, catalog) = (ChartWords::english(), crate::report::Messages::english().chart_words());
        assert_eq!(
            (&english.payback, &english.half, &english.range, &english.range_open),
            (&catalog.payback, &catalog.half, &catalog.range, &catalog.range_open)
        );
        let svg = cumulative_svg(&typical(24), Currency::Php, &catalog);
        let month = typical(24).payback_month.unwrap();
        assert!(svg.contains(&format!(">Pays back in month {month} if all goes as planned<")), "{svg}");
        assert!(!svg.to_lowercase().contains("most likely"));
    }

    /// Issue 23: the dip is named beside it, and the first months have their own scale.
    #[test]
    fn the_dip_is_labelled_where_it_is_and_the_first_months_get_their_own_view() {
        let roi = typical(60);
        let words = ChartWords::english();
        let svg = cumulative_svg(&roi, Currency::Php, &words);
        assert!(svg.contains("ch-dip-point"), "the deepest point is marked");
        let shown = first_months(&roi).expect("a two-year closer view of a five-year story");
        assert!(shown >= roi.payback_month.unwrap() + 6 && shown.is_multiple_of(6) && shown < 60, "{shown}");
        let first = cumulative_first_svg(&roi, Currency::Php, &words, shown);
        let points = first.split("class=\"ch-switch\" points=\"").nth(1).unwrap().split('"').next().unwrap().split(' ').count();
        assert_eq!(points, shown as usize + 1, "month 0 to the last month shown");
        let height = |svg: &str| {
            let polygon = svg.split("class=\"ch-dip\" points=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
            let ys: Vec<f64> = polygon.split(' ').map(|p| p.split(',').nth(1).unwrap().parse().unwrap()).collect();
            ys.iter().cloned().fold(f64::MIN, f64::max) - ys.iter().cloned().fold(f64::MAX, f64::min)
        };
        assert!(height(&first) > 2.0 * height(&svg), "the dip is plainly visible: {} vs {}", height(&first), height(&svg));
        assert_eq!(first_months(&typical(24)), None, "two years are already close");
    }

    #[test]
    fn the_histograms_month_labels_keep_clear_of_the_none_label() {
        let simulation = simulated(26000, 60, 500);
        let svg = histogram_svg(&simulation, &ChartWords::english());
        let xs: Vec<f64> =
            svg.split("<text class=\"ch-label ch-x\" x=\"").skip(1).map(|r| r.split('"').next().unwrap().parse().unwrap()).collect();
        let none = *xs.last().unwrap();
        assert!(xs[..xs.len() - 1].iter().all(|x| none - x >= 36.0), "{xs:?}");
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(ticks(0, 100), vec![0, 25, 50, 75, 100]);
        let t = ticks(-8_000_000, 21_000_000);
        assert!(t[0] <= -8_000_000 + 2_500_000 && t[t.len() - 1] >= 21_000_000 - 2_500_000, "{t:?}");
    }
}
