//! The personal plan as one document model: every sentence already in words
//! from the message catalog, every amount from the shared money formatter,
//! every outside figure with its source. The app's "Plan on paper" view (and
//! so the print path) and the typst template both lay out this model, so the
//! printed page and the PDF never disagree.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::messages::Messages;
use crate::catalog::{Catalog, Provenance};
use crate::costs::summary::Figure;
use crate::money::{format_money, Currency};
use crate::plan::{PlanView, Status, Zoom};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlanDocument {
    /// The document's title (also the PDF's title).
    pub title: String,
    /// The user's name, or the app's (the PDF's author).
    pub author: String,
    /// The PDF's subject.
    pub subject: String,
    /// Every `report.*` message, without the prefix: the headings and column names.
    pub labels: BTreeMap<String, String>,
    pub header: Header,
    /// Why this path, how long, what it costs, when it pays back, the emergency fund.
    pub summary: Vec<String>,
    /// The roadmap timeline (the screen's SVG), in parts of at most
    /// [`TIMELINE_ROWS`] milestones so that each stays legible on a page.
    pub timelines: Vec<Picture>,
    /// The money charts, when the profile has the pay to draw them.
    pub charts: Vec<Picture>,
    pub milestones: Vec<MilestoneRow>,
    pub certifications: Vec<CertificationRow>,
    pub key_figures: Vec<KeyFigure>,
    pub progress: Vec<KeyFigure>,
    pub sources: Vec<SourceRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Header {
    pub name: Option<String>,
    pub role: String,
    pub start: String,
    pub finish: String,
    pub printed: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Picture {
    pub title: String,
    /// The core's picture as on screen (classes only; the app's stylesheet,
    /// or the PDF's print palette, gives the colours).
    pub svg: String,
    /// Height ÷ width, so a layout can fit it whole on a page.
    pub aspect: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MilestoneRow {
    pub title: String,
    pub phase: String,
    pub start: String,
    pub end: String,
    pub hours: String,
    pub status: String,
    pub done: bool,
    /// The exam that ends it, with its date.
    pub exam: Option<String>,
    /// As typed: printed as text, never as markup.
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CertificationRow {
    pub name: String,
    pub exams: String,
    pub retakes: String,
    pub training: String,
    pub renewals: String,
    pub sponsored: String,
    pub net: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct KeyFigure {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SourceRow {
    /// The figures this source gives.
    pub figures: String,
    /// The address, the estimate's method, or "your own figure".
    pub source: String,
    pub as_of: String,
}

/// What the document is built from (the application layer gathers it).
pub struct Inputs {
    pub profile: Option<crate::profile::Profile>,
    /// The effective catalog (the user's own figures applied).
    pub catalog: Catalog,
    pub view: PlanView,
    pub records: crate::progress::Records,
    pub assessments: Vec<crate::assessment::AssessmentRecord>,
    pub earned: Vec<String>,
    pub prefill: crate::costs::prefill::Prefill,
}

/// The document of `inputs`, as of `today`, in `words`.
pub fn build(inputs: &Inputs, today: NaiveDate, words: &Messages) -> PlanDocument {
    let view = &inputs.view;
    let role = view.plan.target_role.as_deref().and_then(|id| inputs.catalog.role(id));
    let role_title = role.map_or_else(|| words.t("report.no_role", &[]), |r| r.title.clone());
    let name = inputs.profile.as_ref().and_then(|p| p.name.clone()).filter(|n| !n.trim().is_empty());
    let money = money_part(inputs, words);
    let mut summary = why(inputs, role, words);
    summary.extend(how_long(view, words));
    summary.extend(money.sentences);
    PlanDocument {
        title: words.t("report.title", &[("role", &role_title)]),
        author: name.clone().unwrap_or_else(|| "Pathway".into()),
        subject: words.t("report.subject", &[]),
        labels: words.with_prefix("report."),
        header: Header {
            name,
            role: role_title,
            start: words.date(view.start),
            finish: view.finish.map_or_else(|| words.t("report.not_dated", &[]), |d| words.date(d)),
            printed: words.date(today),
        },
        summary,
        timelines: timelines(inputs, today, words),
        charts: money.charts,
        milestones: milestones(inputs, words),
        certifications: money.certifications,
        key_figures: money.key_figures,
        progress: progress(inputs, words),
        sources: sources(inputs, today, words),
    }
}

/// "Why this path": the fit of the role's domain and its reasons.
fn why(inputs: &Inputs, role: Option<&crate::catalog::Role>, words: &Messages) -> Vec<String> {
    let (Some(role), Some(latest)) = (role, inputs.assessments.last()) else {
        return vec![words.t("report.why.none", &[])];
    };
    let hours = inputs.profile.as_ref().and_then(|p| p.study.hours_per_week);
    let fit = crate::assessment::fit(&inputs.catalog, &latest.assessment, &crate::assessment::Standing::at_pace(hours));
    let Some(domain_fit) = fit.ranking.iter().find(|d| d.domain == role.domain) else {
        return vec![words.t("report.why.none", &[])];
    };
    let domain = inputs.catalog.domain(&role.domain).map_or(role.domain.as_str(), |d| d.name.as_str());
    let mut sentences = vec![words.t("report.why", &[("domain", domain), ("fit", &domain_fit.fit.to_string())])];
    sentences.extend(domain_fit.reasons.iter().map(|reason| {
        let points = format!("{}", reason.points.round());
        if reason.factor == "interest" {
            return words.t("assess.reason.interest", &[("domain", domain), ("points", &points)]);
        }
        let skill = words.t(&format!("bpo.{}", reason.factor), &[]).to_lowercase();
        let key = if reason.heavy { "assess.reason.heavy" } else { "assess.reason.some" };
        words.t(key, &[("skill", &skill), ("domain", domain), ("points", &points)])
    }));
    sentences
}

/// Hours × 100 the way the app's `hoursText` writes them (`Intl.NumberFormat`
/// in English, at most two decimals): "12", "7.5", "1,234.25".
pub fn hours_text(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, cents) = (hundredths.unsigned_abs() / 100, hundredths.unsigned_abs() % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match cents {
        0 => format!("{sign}{grouped}"),
        cents if cents % 10 == 0 => format!("{sign}{grouped}.{}", cents / 10),
        cents => format!("{sign}{grouped}.{cents:02}"),
    }
}

fn how_long(view: &PlanView, words: &Messages) -> Option<String> {
    let length = view.length.as_ref()?;
    let finish = words.date(view.finish?);
    Some(words.t(
        "report.length",
        &[("months", &format!("{:.1}", length.months)), ("hours", &hours_text(view.total_hours_hundredths)), ("finish", &finish)],
    ))
}

/// Everything money adds: sentences, charts, the certification table and the key figures.
#[derive(Default)]
struct MoneyPart {
    sentences: Vec<String>,
    charts: Vec<Picture>,
    certifications: Vec<CertificationRow>,
    key_figures: Vec<KeyFigure>,
}

fn money_part(inputs: &Inputs, words: &Messages) -> MoneyPart {
    let prefill = &inputs.prefill;
    if prefill.missing.contains(&"pay") || prefill.missing.contains(&"target_salary") {
        return MoneyPart { sentences: vec![words.t("report.money_missing", &[])], ..MoneyPart::default() };
    }
    let Ok(numbers) = crate::costs::story::numbers(&prefill.input, &inputs.catalog) else {
        return MoneyPart { sentences: vec![words.t("report.money_missing", &[])], ..MoneyPart::default() };
    };
    let currency = numbers.currency;
    let sentences = crate::costs::summary::lines(&numbers, &prefill.input).iter().map(|line| said(line, currency, words)).collect();
    let chart_words = words.chart_words();
    let categories = crate::costs::charts::categories(
        numbers.cost.as_ref(),
        numbers.study_costs_minor,
        numbers.one_off_minor,
        numbers.bond.as_ref().map(|b| b.amount_minor),
    );
    // The screen opens the cumulative chart on its first months when it has them (the dip shows
    // there); so does the paper, on page 1, with the whole horizon after the costs.
    let whole = picture(chart_words.cumulative_title.clone(), crate::costs::charts::cumulative_svg(&numbers.roi, currency, &chart_words));
    let first = crate::costs::charts::first_months(&numbers.roi).map(|months| {
        let title =
            format!("{} · {}", chart_words.cumulative_title, words.t("money.chart.first_months", &[("months", &months.to_string())]));
        picture(title, crate::costs::charts::cumulative_first_svg(&numbers.roi, currency, &chart_words, months))
    });
    let breakdown = picture(chart_words.breakdown_title.clone(), crate::costs::charts::breakdown_svg(&categories, currency, &chart_words));
    let charts = match first {
        Some(first) => vec![first, breakdown, whole],
        None => vec![whole, breakdown],
    };
    MoneyPart { sentences, charts, certifications: certification_rows(inputs, &numbers, words), key_figures: key_figures(&numbers, words) }
}

/// One of the core's sentences (a message key and its figures) in `words`,
/// with money in `currency`: the paper's and the CLI's way to say it.
pub fn said(line: &crate::costs::summary::Line, currency: Currency, words: &Messages) -> String {
    let values: Vec<(&str, String)> = line.values.iter().map(|(name, figure)| (*name, figure_text(figure, currency))).collect();
    let params: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    words.t(line.key, &params)
}

fn figure_text(figure: &Figure, currency: Currency) -> String {
    match figure {
        Figure::Money(minor) => format_money(*minor, currency),
        Figure::Count(n) if n.fract() == 0.0 => format!("{n:.0}"),
        Figure::Count(n) => format!("{n:.1}"),
        Figure::Text(text) => text.clone(),
    }
}

fn decimal_money(amount: rust_decimal::Decimal, currency: Currency) -> String {
    format_money(crate::money::minor_units(amount), currency)
}

fn certification_rows(inputs: &Inputs, numbers: &crate::costs::story::Numbers, words: &Messages) -> Vec<CertificationRow> {
    let Some(cost) = &numbers.cost else { return Vec::new() };
    let row = |name: String, f: &crate::costs::cost::Figures| CertificationRow {
        name,
        exams: decimal_money(f.first_attempt, cost.currency),
        retakes: decimal_money(f.retakes_expected, cost.currency),
        training: decimal_money(f.training + f.labs, cost.currency),
        renewals: decimal_money(f.renewals, cost.currency),
        sponsored: decimal_money(f.sponsored, cost.currency),
        net: decimal_money(f.net, cost.currency),
    };
    let mut rows: Vec<CertificationRow> = cost
        .certifications
        .iter()
        .map(|c| row(inputs.catalog.certification(&c.id).map_or_else(|| c.id.clone(), |x| x.name.clone()), &c.local))
        .collect();
    rows.push(row(words.t("report.total", &[]), &cost.totals.local));
    rows
}

fn key_figures(numbers: &crate::costs::story::Numbers, words: &Messages) -> Vec<KeyFigure> {
    let currency = numbers.currency;
    let month =
        |m: Option<u32>| m.map_or_else(|| words.t("report.no_payback", &[]), |m| words.t("report.month", &[("month", &m.to_string())]));
    let p = &numbers.simulation.payback_month;
    let figure = |key: &str, value: String| KeyFigure { label: words.t(key, &[]), value };
    let roi = &numbers.roi;
    vec![
        figure("report.figure.total_costs", format_money(roi.total_costs as i64, currency)),
        figure("report.figure.payback_as_planned", month(roi.payback_month)),
        figure("report.figure.payback", month(p.p50)),
        figure(
            "report.figure.payback_range",
            match (p.p10, p.p90) {
                (None, _) => words.t("report.no_payback", &[]),
                (Some(low), None) => words.t("report.range_open", &[("low", &month(Some(low)))]),
                (Some(low), Some(high)) => words.t("report.range", &[("low", &month(Some(low))), ("high", &month(Some(high)))]),
            },
        ),
        figure("report.figure.npv", format_money(crate::money::roi::npv_minor(roi.npv), currency)),
        figure("report.figure.emergency_fund", decimal_money(roi.emergency_fund.required, currency)),
        figure("report.figure.shortfall", decimal_money(roi.emergency_fund.shortfall, currency)),
    ]
}

/// Milestones per timeline picture: more would print too small to read.
pub const TIMELINE_ROWS: usize = 24;

fn timelines(inputs: &Inputs, today: NaiveDate, words: &Messages) -> Vec<Picture> {
    let timeline_words = words.timeline_words();
    let view = &inputs.view;
    let long = view.finish.is_some_and(|f| (f - view.start).num_days() > 15 * 31);
    let zoom = if long { Zoom::Quarters } else { Zoom::Months };
    let milestones = view.plan.milestones.chunks(TIMELINE_ROWS);
    let parts = milestones.len().max(1);
    milestones
        .enumerate()
        .map(|(i, chunk)| {
            let first = i * TIMELINE_ROWS;
            let mut part = view.clone();
            part.plan.milestones = chunk.to_vec();
            part.placed = view.placed.iter().skip(first).take(chunk.len()).cloned().collect();
            let svg = crate::plan::timeline_with_progress(&part, today, zoom, &timeline_words, &inputs.records.minutes_by_milestone);
            let title = if parts == 1 {
                timeline_words.title.clone()
            } else {
                words.t(
                    "report.timeline_part",
                    &[("title", &timeline_words.title), ("part", &(i + 1).to_string()), ("parts", &parts.to_string())],
                )
            };
            picture(title, svg)
        })
        .collect()
}

fn milestones(inputs: &Inputs, words: &Messages) -> Vec<MilestoneRow> {
    let date = |d: Option<NaiveDate>| d.map_or_else(String::new, |d| words.date(d));
    inputs
        .view
        .plan
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let placed = inputs.view.placed.get(i);
            let exam = m.exam.as_deref().map(|id| {
                let name = inputs.catalog.certification(id).map_or(id, |c| c.name.as_str());
                match placed.and_then(|p| p.exam_date) {
                    Some(day) => words.t("report.exam_on", &[("name", name), ("date", &words.date(day))]),
                    None => name.to_string(),
                }
            });
            MilestoneRow {
                title: m.title.clone(),
                phase: words.t(&format!("plan.phase.{}", m.phase.code()), &[]),
                start: date(placed.and_then(|p| p.start)),
                end: date(placed.and_then(|p| p.end)),
                hours: hours_text(m.hours_hundredths),
                status: words.t(&format!("plan.status.{}", m.status.code()), &[]),
                done: m.status == Status::Done,
                exam,
                notes: m.notes.clone(),
            }
        })
        .collect()
}

fn progress(inputs: &Inputs, words: &Messages) -> Vec<KeyFigure> {
    let milestones = &inputs.view.plan.milestones;
    let counted = milestones.iter().filter(|m| m.status != Status::Skipped).count();
    let done = milestones.iter().filter(|m| m.status == Status::Done).count();
    let earned: Vec<String> =
        inputs.earned.iter().map(|id| inputs.catalog.certification(id).map_or_else(|| id.clone(), |c| c.name.clone())).collect();
    let stages: Vec<String> = inputs
        .records
        .stage_counts
        .iter()
        .map(|(stage, n)| {
            let code = serde_json::to_value(stage).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
            format!("{} {n}", words.t(&format!("progress.stage.{code}"), &[]))
        })
        .collect();
    let figure = |key: &str, value: String| KeyFigure { label: words.t(key, &[]), value };
    let none = || words.t("report.none_yet", &[]);
    vec![
        figure("report.progress.hours", hours_text(crate::progress::hours_hundredths(inputs.records.total_minutes))),
        figure("report.progress.milestones", words.t("report.of", &[("done", &done.to_string()), ("total", &counted.to_string())])),
        figure("report.progress.certifications", if earned.is_empty() { none() } else { earned.join(", ") }),
        figure("report.progress.applications", if stages.is_empty() { none() } else { stages.join(" · ") }),
    ]
}

/// One row per source: the figures it gives, its address (or the estimate's
/// method, or "your own figure") and its date.
fn sources(inputs: &Inputs, today: NaiveDate, words: &Messages) -> Vec<SourceRow> {
    let mut rows: Vec<(String, Provenance)> = Vec::new();
    let mut unpriced: Vec<SourceRow> = Vec::new();
    if let Some(p) = &inputs.prefill.sources.target_salary {
        rows.push((words.t("report.source.salary", &[]), p.clone()));
    }
    if let Some(p) = &inputs.prefill.sources.target_salary_adjustment {
        rows.push((words.t("report.source.salary_adjustment", &[]), p.clone()));
    }
    if let Some((id, Some(p))) = &inputs.prefill.sources.route {
        let name = inputs.catalog.route(id).map_or(id.as_str(), |r| r.name.as_str());
        rows.push((words.t("report.source.route", &[("name", name)]), p.clone()));
    }
    if let Some(p) = &inputs.prefill.sources.exchange_rate {
        rows.push((words.t("report.source.rate", &[]), p.clone()));
    }
    for (id, p) in &inputs.prefill.sources.exam_fees {
        let name = inputs.catalog.certification(id).map_or(id.as_str(), |c| c.name.as_str());
        rows.push((words.t("report.source.exam_fee", &[("name", name)]), p.clone()));
        // The renewal rule prices the renewals in the cost table; an unknown
        // one is said to count nothing, never passed over in silence.
        match inputs.catalog.certification(id).map(|c| &c.renewal) {
            Some(crate::catalog::Renewal::Unknown { note }) => unpriced.push(SourceRow {
                figures: words.t("report.source.renewal", &[("name", name)]),
                source: words.t("report.renewal_unknown", &[("note", note.as_deref().unwrap_or(""))]).trim_end().to_string(),
                as_of: String::new(),
            }),
            Some(renewal) => rows.extend(renewal.provenance().map(|p| (words.t("report.source.renewal", &[("name", name)]), p.clone()))),
            None => {}
        }
    }
    // Planned hours: one row per basis, naming the milestones that use it.
    let mut hours: Vec<(Provenance, Vec<&str>)> = Vec::new();
    for m in inputs.view.plan.milestones.iter().filter(|m| m.status != Status::Skipped) {
        match hours.iter_mut().find(|(p, _)| *p == m.hours_basis) {
            Some((_, titles)) => titles.push(&m.title),
            None => hours.push((m.hours_basis.clone(), vec![&m.title])),
        }
    }
    rows.extend(hours.into_iter().map(|(p, titles)| (words.t("report.source.hours", &[("milestones", &titles.join(", "))]), p)));
    let mut sourced: Vec<SourceRow> = rows.into_iter().map(|(figures, p)| source_row(figures, &p, today, words)).collect();
    sourced.extend(unpriced);
    sourced
}

/// One row of the sources table, in the words the screen's badges use
/// (`report::source_words`): the publisher and the address, then the date in
/// words and the kind of source, or the estimate's method.
fn source_row(figures: String, provenance: &Provenance, today: NaiveDate, words: &Messages) -> SourceRow {
    match provenance {
        Provenance::Sourced { source, publisher, as_of, undated, confidence, .. } => {
            let date = if *undated {
                words.t("report.undated", &[("date", &super::as_of_words(as_of, words))])
            } else {
                super::as_of_words(as_of, words)
            };
            let kind = confidence.as_deref().map(|k| words.t(&format!("source.kind.{k}"), &[]));
            SourceRow {
                figures,
                source: match publisher {
                    Some(publisher) => words.t("report.source_line", &[("publisher", publisher), ("address", source)]),
                    None => source.clone(),
                },
                as_of: kind.map_or_else(|| date.clone(), |kind| words.t("report.as_of_kind", &[("date", &date), ("kind", &kind)])),
            }
        }
        Provenance::Estimate { .. } => {
            let said = super::source_words(provenance, today, words);
            SourceRow { figures, source: said.line.unwrap_or_default(), as_of: String::new() }
        }
        Provenance::User { entered_at } => {
            SourceRow { figures, source: words.t("report.your_figure", &[]), as_of: entered_at.get(..10).unwrap_or(entered_at).to_string() }
        }
    }
}

fn picture(title: String, svg: String) -> Picture {
    let aspect = dimension(&svg, "height") / dimension(&svg, "width").max(1.0);
    Picture { title, svg, aspect }
}

/// The `width` or `height` attribute of the root element.
fn dimension(svg: &str, name: &str) -> f64 {
    let root = &svg[..svg.find('>').unwrap_or(svg.len())];
    let needle = format!(" {name}=\"");
    root.find(&needle)
        .and_then(|at| {
            let rest = &root[at + needle.len()..];
            rest[..rest.find('"')?].parse().ok()
        })
        .unwrap_or(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_written_as_the_app_writes_them() {
        assert_eq!(hours_text(0), "0");
        assert_eq!(hours_text(250), "2.5");
        assert_eq!(hours_text(252), "2.52");
        assert_eq!(hours_text(123_425), "1,234.25");
        assert_eq!(hours_text(100_000_000), "1,000,000");
    }
}
