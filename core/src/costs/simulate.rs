//! Ranges under uncertainty: the ROI run many times with the target salary,
//! the job search, the study time and each exam attempt drawn at random.
//!
//! **Random numbers.** A ChaCha8 stream (`rand_chacha`) seeded with the
//! input's `seed`: its output is fixed by the ChaCha specification, so the
//! same seed gives the same result on every platform and version. Draws are
//! made here from raw outputs (not through `rand`'s distributions, whose
//! algorithms may change): a uniform `u = (x >> 11) × 2⁻⁵³` in [0, 1) from a
//! 64-bit word, a pass (p) as one 32-bit word below `p × 2³²`, whole numbers
//! by rejection, and the triangular distribution by its inverse CDF.
//!
//! **Each trial:** draw S1 (triangular), G (uniform whole months) and T
//! (triangular around the plan's T, rounded half away from zero); move each
//! exam to `round(exam_month × T′ / T)` (at most H); draw each exam's
//! attempts (Bernoulli(p), up to K, attempt k in month `exam + (k−1) × gap`);
//! pay the first attempt (less the sponsored share) and each retake; keep
//! every other cost in its month. Money is summed in whole cents (i64), so a
//! trial with every range collapsed and p = 1 gives the exact ROI's payback
//! month; the NPV uses the exact ROI's formula.

use rand_chacha::ChaCha8Rng;
use rand_core::{RngCore, SeedableRng};
use rust_decimal::prelude::*;
use serde::{Deserialize, Serialize};

use super::cost::{self, CostInputJson, EventKind};
use crate::catalog::Catalog;
use crate::money::input::{number, round_minor, whole, InputError, Raw};
use crate::money::roi::{self, LeavesJob, RoiInputJson};

pub const MAX_TRIALS: u32 = 1_000_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SimulateInputJson {
    pub roi: RoiInputJson,
    #[serde(default)]
    pub cost: Option<CostInputJson>,
    #[serde(default)]
    pub target_monthly_salary: Option<TriangleJson>,
    #[serde(default)]
    pub job_search_months: Option<SpanJson>,
    #[serde(default)]
    pub study_spread_pct: Raw,
    #[serde(default)]
    pub retake_gap_months: Raw,
    #[serde(default)]
    pub trials: Raw,
    #[serde(default)]
    pub seed: Raw,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriangleJson {
    pub min: Raw,
    pub mode: Raw,
    pub max: Raw,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanJson {
    pub min: Raw,
    pub max: Raw,
}

/// One certification's exams, as the simulation draws them.
#[derive(Debug, Clone, PartialEq)]
struct Exams {
    /// The plan's exam month.
    month: u32,
    count: u32,
    pass_probability: f64,
    max_attempts: u32,
    /// All first attempts together, less the sponsored share, in cents (exact).
    first_attempts_cents: i64,
    /// One retake, in cents.
    retake_cents: i64,
}

/// A checked simulation input.
#[derive(Debug, Clone, PartialEq)]
pub struct Simulation {
    roi: roi::RoiInput,
    /// Costs that stay in their months (the ROI's one-off costs, and every
    /// cost event but the exams), in cents, by month 0…H.
    fixed_cents: Vec<i64>,
    exams: Vec<Exams>,
    salary: (f64, f64, f64),
    /// Cents a month by year for a degenerate salary range (exact).
    exact_switch: Option<Vec<i64>>,
    search: (u32, u32),
    spread_pct: f64,
    retake_gap: u32,
    trials: u32,
    seed: u64,
}

fn prefixed(prefix: &str) -> impl Fn(InputError) -> InputError + '_ {
    move |e| e.within(prefix)
}

const MAX_MONEY: i64 = 1_000_000_000;

fn triangle(field: &str, json: &TriangleJson) -> Result<(Decimal, Decimal, Decimal), InputError> {
    let value = |name: &str, raw: &Raw| number(&format!("{field}.{name}"), raw, None, Decimal::ZERO, Decimal::from(MAX_MONEY));
    let (min, mode, max) = (value("min", &json.min)?, value("mode", &json.mode)?, value("max", &json.max)?);
    if !(min <= mode && mode <= max) {
        return Err(InputError::new(field, format!("needs min ≤ mode ≤ max, got {min}, {mode}, {max}")));
    }
    Ok((min, mode, max))
}

/// Reads and checks a simulation input (see `docs/cli.md`).
pub fn parse(text: &str, catalog: &Catalog) -> Result<Simulation, InputError> {
    let json: SimulateInputJson = crate::money::input::from_json(text)?;
    let roi = json.roi.check().map_err(prefixed("roi"))?;
    let salary = match &json.target_monthly_salary {
        Some(t) => triangle("target_monthly_salary", t)?,
        None => (roi.s1, roi.s1, roi.s1),
    };
    let search = match &json.job_search_months {
        Some(span) => {
            let min = whole("job_search_months.min", &span.min, None, 0, 600)?;
            let max = whole("job_search_months.max", &span.max, None, 0, 600)?;
            if min > max {
                return Err(InputError::new("job_search_months", format!("needs min ≤ max, got {min} and {max}")));
            }
            (min, max)
        }
        None => (roi.search_months, roi.search_months),
    };
    let spread = number("study_spread_pct", &json.study_spread_pct, Some(Decimal::from(25)), Decimal::ZERO, Decimal::from(100))?;
    let retake_gap = whole("retake_gap_months", &json.retake_gap_months, Some(1), 0, 120)?;
    let trials = whole("trials", &json.trials, Some(10_000), 1, MAX_TRIALS)?;
    let seed = whole("seed", &json.seed, Some(1), 0, u32::MAX)?;

    let horizon = roi.horizon as usize;
    let mut fixed_cents = vec![0i64; horizon + 1];
    for cost in &roi.one_off_costs {
        fixed_cents[cost.month as usize] += cents(cost.amount);
    }
    let mut exams = Vec::new();
    if let Some(cost_json) = &json.cost {
        let cost_input = cost_json.check(catalog).map_err(prefixed("cost"))?;
        if cost_input.horizon != roi.horizon {
            return Err(InputError::new(
                "cost.horizon_months",
                format!("must equal the ROI's horizon ({}), got {}", roi.horizon, cost_input.horizon),
            ));
        }
        let result = cost::compute(&cost_input);
        for (cert, costs) in cost_input.certifications.iter().zip(&result.certifications) {
            for event in costs.events.iter().filter(|e| e.kind != EventKind::Exam) {
                fixed_cents[event.month as usize] += cents(event.amount);
            }
            let share = cost_input.sponsorship_pct / Decimal::from(100);
            let first = Decimal::from(cert.exams) * cert.exam_fee_usd;
            exams.push(Exams {
                month: cert.exam_month,
                count: cert.exams,
                pass_probability: cert.pass_probability.to_f64().unwrap_or(1.0),
                max_attempts: cert.max_attempts,
                first_attempts_cents: cents(round_minor((first - share * first) * cost_input.usd_to_currency)),
                retake_cents: cents(round_minor(cert.retake_fee_usd * cost_input.usd_to_currency)),
            });
        }
    }
    let degenerate = salary.0 == salary.2;
    let exact_switch = degenerate.then(|| {
        let mut exact = roi.clone();
        exact.s1 = salary.1;
        switch_by_year(&exact)
    });
    let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
    Ok(Simulation {
        salary: (f(salary.0), f(salary.1), f(salary.2)),
        exact_switch,
        search,
        spread_pct: f(spread),
        retake_gap,
        trials,
        seed: u64::from(seed),
        fixed_cents,
        exams,
        roi,
    })
}

fn cents(amount: Decimal) -> i64 {
    (amount * Decimal::ONE_HUNDRED).round().to_i64().unwrap_or(i64::MAX / 4)
}

/// The exact ROI's switching pay by year, in cents.
fn switch_by_year(input: &roi::RoiInput) -> Vec<i64> {
    let mut at_start = input.clone();
    at_start.study_months = 0;
    at_start.search_months = 0;
    at_start.one_off_costs.clear();
    at_start.monthly_study_costs = Decimal::ZERO;
    let years = input.horizon.div_ceil(12) as usize;
    let months = roi::compute(&at_start).months;
    (0..years).map(|y| months[y * 12].switch_income as i64).collect()
}

/// Uniform draws from a ChaCha8 stream, made here so they never change.
struct Draws(ChaCha8Rng);

impl Draws {
    /// True with probability `p` (to 2⁻³² precision: one 32-bit word, half the cost of a unit draw).
    fn chance(&mut self, p: f64) -> bool {
        f64::from(self.0.next_u32()) < p * 4_294_967_296.0
    }

    fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A whole number in `[low, high]`, without modulo bias.
    fn whole(&mut self, low: u32, high: u32) -> u32 {
        let span = u64::from(high - low) + 1;
        let zone = u64::MAX - (u64::MAX % span);
        loop {
            let x = self.0.next_u64();
            if x < zone {
                return low + (x % span) as u32;
            }
        }
    }

    fn triangular(&mut self, (a, c, b): (f64, f64, f64)) -> f64 {
        if a == b {
            return a;
        }
        let u = self.unit();
        if u < (c - a) / (b - a) {
            a + (u * (b - a) * (c - a)).sqrt()
        } else {
            b - ((1.0 - u) * (b - a) * (b - c)).sqrt()
        }
    }
}

/// Rounds a value ≥ 0 half away from zero. `f64::round` is a library call on
/// baseline x86-64 (no SSE4.1); adding ½ and truncating is one instruction.
fn round_half_away(x: f64) -> u32 {
    (x.max(0.0) + 0.5) as u32
}

/// The same for cents (values ≥ 0).
fn round_cents(x: f64) -> i64 {
    (x.max(0.0) + 0.5) as i64
}

/// What every trial shares, computed once.
struct Fixed {
    /// Staying pay by month (index m − 1), in cents.
    stay: Vec<i64>,
    /// `(1 + a1)^k` by year.
    growth: Vec<f64>,
    /// `0.01 / (1 + rm)^m` by month (index m − 1): cents to the discounted major unit.
    discount: Vec<f64>,
    study_cost: i64,
    during_search: i64,
}

/// One trial's outcome.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Trial {
    payback: Option<u32>,
    npv: f64,
    all_certified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Percentiles<T> {
    pub p10: T,
    pub p50: T,
    pub p90: T,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Histogram {
    /// Trials paying back in month 0, 1, …, H.
    pub months: Vec<u32>,
    pub none: u32,
}

/// The trials' payback months in the app's words, as the JSON says them:
/// `{"half_the_cases_by": P50, "8_in_10_between": {"from": P10, "to": P90}}`
/// (`null` for "not within the horizon"). Every screen, the plan document and
/// the CLI call P50 "half the cases by" and P10–P90 "8 in 10"; the exact
/// ROI's month is the one "if all goes as planned".
pub fn serialize_payback<S: serde::Serializer>(p: &Percentiles<Option<u32>>, serializer: S) -> Result<S::Ok, S::Error> {
    PaybackRange { half_the_cases_by: p.p50, eight_in_ten_between: Between { from: p.p10, to: p.p90 } }.serialize(serializer)
}

/// The shape [`serialize_payback`] writes.
#[derive(Serialize, ts_rs::TS)]
pub struct PaybackRange {
    pub half_the_cases_by: Option<u32>,
    #[serde(rename = "8_in_10_between")]
    pub eight_in_ten_between: Between,
}

/// From P10 to P90; `None` is "not within the horizon".
#[derive(Serialize, ts_rs::TS)]
pub struct Between {
    pub from: Option<u32>,
    pub to: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SimulationResult {
    pub trials: u32,
    #[ts(as = "PaybackRange")]
    #[serde(serialize_with = "serialize_payback")]
    pub payback_month: Percentiles<Option<u32>>,
    pub npv: Percentiles<f64>,
    pub payback_within_horizon: f64,
    pub all_certified: f64,
    pub histogram: Histogram,
}

/// The value at nearest rank `⌈p × n⌉` of sorted values (1-based).
pub fn nearest_rank<T: Copy>(sorted: &[T], percent: u32) -> T {
    sorted[rank(sorted.len(), percent) - 1]
}

impl Simulation {
    /// Runs every trial.
    pub fn run(&self) -> SimulationResult {
        let mut draws = Draws(ChaCha8Rng::seed_from_u64(self.seed));
        let monthly_rate = (1.0 + self.roi.discount_rate_pct.to_f64().unwrap_or(0.0) / 100.0).powf(1.0 / 12.0);
        let fixed = Fixed {
            stay: roi::compute(&self.roi).months.iter().map(|m| m.stay_income as i64).collect(),
            growth: self.growth(),
            // The exact ROI's running product, inverted once (and cents to units) so each month multiplies.
            discount: (1..=self.roi.horizon)
                .scan(1.0f64, |d, _| {
                    *d *= monthly_rate;
                    Some(0.01 / *d)
                })
                .collect(),
            study_cost: cents(self.roi.monthly_study_costs),
            during_search: cents(self.roi.income_during_search),
        };
        let mut trials = Vec::with_capacity(self.trials as usize);
        let mut costs = vec![0i64; self.roi.horizon as usize + 1];
        let mut scratch = Vec::new();
        for _ in 0..self.trials {
            trials.push(self.trial(&mut draws, &fixed, &mut costs, &mut scratch));
        }
        summarise(&trials, self.roi.horizon)
    }

    /// `(1 + a1)^k` for each year, in f64.
    fn growth(&self) -> Vec<f64> {
        let rate = 1.0 + self.roi.a1.to_f64().unwrap_or(0.0) / 100.0;
        (0..=self.roi.horizon / 12).map(|k| rate.powi(k as i32)).collect()
    }

    fn trial(&self, draws: &mut Draws, fixed: &Fixed, costs: &mut [i64], scratch: &mut Vec<i64>) -> Trial {
        let Fixed { stay, growth, discount, study_cost, during_search } = fixed;
        let (study_cost, during_search) = (*study_cost, *during_search);
        let h = self.roi.horizon;
        let salary = draws.triangular(self.salary);
        let search = draws.whole(self.search.0, self.search.1);
        let t0 = self.roi.study_months;
        let spread = self.spread_pct / 100.0;
        let study = round_half_away(draws.triangular((f64::from(t0) * (1.0 - spread), f64::from(t0), f64::from(t0) * (1.0 + spread))));
        costs.copy_from_slice(&self.fixed_cents);
        let mut all_certified = true;
        for exam in &self.exams {
            let month =
                if t0 == 0 { exam.month } else { round_half_away(f64::from(exam.month) * f64::from(study) / f64::from(t0)).clamp(1, h) };
            costs[month as usize] += exam.first_attempts_cents;
            for _ in 0..exam.count {
                let mut passed = draws.chance(exam.pass_probability);
                let mut attempt = 1;
                while !passed && attempt < exam.max_attempts {
                    attempt += 1;
                    let at = month + (attempt - 1) * self.retake_gap;
                    if at <= h {
                        costs[at as usize] += exam.retake_cents;
                    }
                    passed = draws.chance(exam.pass_probability);
                }
                all_certified &= passed;
            }
        }
        // Pay after the switch, by year: rounded once a year, not once a month.
        let switch_by_year: &[i64] = match &self.exact_switch {
            Some(exact) => exact,
            None => {
                scratch.clear();
                scratch.extend(growth.iter().map(|g| round_cents(salary * g * 100.0)));
                scratch
            }
        };
        // Each month's delta, in three stretches of plain loops (while studying
        // the two incomes are equal and only costs count; then the search; then
        // the new pay), written over `costs`. Then the running sum, and the NPV
        // as a dot product with four partial sums.
        let (studying, searching) = (study.min(h) as usize, (study + search).min(h) as usize);
        let h = h as usize;
        // Before the new job she is paid her staying pay while she holds her
        // job (the two incomes cancel) and `during_search` once she left it.
        let leaves = self.roi.leaves_job;
        if leaves == LeavesJob::AtStart {
            for (cost, &stay) in costs[1..=studying].iter_mut().zip(&stay[..studying]) {
                *cost = during_search - study_cost - *cost - stay;
            }
        } else {
            for cost in &mut costs[1..=studying] {
                *cost = -(study_cost + *cost);
            }
        }
        if leaves == LeavesJob::AtNewJob {
            for cost in &mut costs[studying + 1..=searching] {
                *cost = -*cost;
            }
        } else {
            for (cost, &stay) in costs[studying + 1..=searching].iter_mut().zip(&stay[studying..searching]) {
                *cost = during_search - *cost - stay;
            }
        }
        let new_pay = (costs[searching + 1..=h].chunks_mut(12)).zip(stay[searching..h].chunks(12)).zip(switch_by_year);
        for ((year, stays), &pay) in new_pay {
            for (cost, &stay) in year.iter_mut().zip(stays) {
                *cost = pay - *cost - stay;
            }
        }
        let deltas = &costs[1..];
        let (mut cumulative, mut last_negative) = (0i64, 0u32);
        for (m, &delta) in deltas.iter().enumerate() {
            cumulative += delta;
            last_negative = if cumulative < 0 { m as u32 + 1 } else { last_negative };
        }
        let mut partial = [0.0f64; 4];
        let (chunks, rest) = (deltas.chunks_exact(4), deltas.len() / 4 * 4);
        for (four, factors) in chunks.zip(discount.chunks_exact(4)) {
            for i in 0..4 {
                partial[i] += four[i] as f64 * factors[i];
            }
        }
        let tail: f64 = deltas[rest..].iter().zip(&discount[rest..]).map(|(&d, &f)| d as f64 * f).sum();
        let npv = (partial[0] + partial[1]) + (partial[2] + partial[3]) + tail;
        let payback = (study + search <= h as u32 && cumulative >= 0).then_some(if last_negative == 0 { 0 } else { last_negative + 1 });
        Trial { payback, npv, all_certified }
    }
}

/// The 1-based nearest rank of percentile `percent` among `n` values.
fn rank(n: usize, percent: u32) -> usize {
    (percent as usize * n).div_ceil(100).max(1)
}

/// The month at nearest rank `rank` of the histogram (no payback after every month).
fn month_at(histogram: &Histogram, rank: usize) -> Option<u32> {
    let mut seen = 0;
    histogram
        .months
        .iter()
        .position(|&count| {
            seen += count as usize;
            seen >= rank
        })
        .map(|m| m as u32)
}

/// The NPVs at three nearest ranks, by selection rather than a full sort.
fn npv_percentiles(mut npvs: Vec<f64>) -> Percentiles<f64> {
    let n = npvs.len();
    let (r10, r50, r90) = (rank(n, 10) - 1, rank(n, 50) - 1, rank(n, 90) - 1);
    let (below, &mut p50, above) = npvs.select_nth_unstable_by(r50, f64::total_cmp);
    let p10 = if r10 < r50 { *below.select_nth_unstable_by(r10, f64::total_cmp).1 } else { p50 };
    let p90 = if r90 > r50 { *above.select_nth_unstable_by(r90 - r50 - 1, f64::total_cmp).1 } else { p50 };
    Percentiles { p10, p50, p90 }
}

fn summarise(trials: &[Trial], horizon: u32) -> SimulationResult {
    let n = trials.len();
    let mut histogram = Histogram { months: vec![0; horizon as usize + 1], none: 0 };
    for trial in trials {
        match trial.payback {
            Some(m) => histogram.months[m as usize] += 1,
            None => histogram.none += 1,
        }
    }
    // The histogram is the sorted paybacks, counted: percentiles read straight off it.
    let month = |p| month_at(&histogram, rank(n, p));
    SimulationResult {
        trials: n as u32,
        payback_month: Percentiles { p10: month(10), p50: month(50), p90: month(90) },
        npv: npv_percentiles(trials.iter().map(|t| t.npv).collect()),
        payback_within_horizon: (n as u32 - histogram.none) as f64 / n as f64,
        all_certified: trials.iter().filter(|t| t.all_certified).count() as f64 / n as f64,
        histogram,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TYPICAL: &str = r#""current_monthly_salary": 25000, "target_monthly_salary": 35000,
        "study_months": 6, "job_search_months": 2, "monthly_study_costs": 1000,
        "one_off_costs": [{"month": 6, "amount": 24000, "label": "exam"}],
        "horizon_months": 24, "monthly_expenses": 18000, "savings": 60000, "discount_rate_annual_pct": 6,
        "current_annual_raise_pct": 3, "target_annual_raise_pct": 7.5"#;

    fn run(text: &str) -> SimulationResult {
        parse(text, Catalog::embedded()).unwrap().run()
    }

    #[test]
    fn collapsed_ranges_and_certain_passes_give_the_exact_roi() {
        let cost = r#"{"currency": "PHP", "usd_to_currency": 59.44, "horizon_months": 24, "sponsorship": {"pct": 50, "bond_months": 0},
            "certifications": [{"id": "comptia-a-plus", "exam_month": 5, "pass_probability": 1, "training_usd": 30.5}]}"#;
        let text = format!(r#"{{"roi": {{{TYPICAL}}}, "cost": {cost}, "study_spread_pct": 0, "trials": 50}}"#);
        let result = run(&text);
        // The exact answer: the ROI with the cost events added.
        let costs = cost::compute(&cost::parse(cost, Catalog::embedded()).unwrap());
        let mut exact = roi::parse(&format!("{{{TYPICAL}}}")).unwrap();
        exact.one_off_costs.extend(cost::as_one_off_costs(&costs));
        let exact = roi::compute(&exact);
        assert_eq!(result.payback_month.p10, exact.payback_month);
        assert_eq!(result.payback_month.p90, exact.payback_month);
        assert!((result.npv.p50 - exact.npv).abs() <= exact.npv.abs() * 1e-4, "{} vs {}", result.npv.p50, exact.npv);
        assert_eq!(result.all_certified, 1.0);
        assert_eq!(result.histogram.months[exact.payback_month.unwrap() as usize], 50);
    }

    /// Issue 22: the ranges follow when she leaves her job, as the exact ROI does.
    #[test]
    fn collapsed_ranges_follow_each_leaving_month_like_the_exact_roi() {
        for leaves in ["after_study", "at_start", "at_new_job"] {
            let roi_text = format!(r#"{TYPICAL}, "income_during_search": 4000, "leaves_job": "{leaves}""#);
            let result = run(&format!(r#"{{"roi": {{{roi_text}}}, "study_spread_pct": 0, "trials": 20}}"#));
            let exact = roi::compute(&roi::parse(&format!("{{{roi_text}}}")).unwrap());
            assert_eq!(result.payback_month.p50, exact.payback_month, "{leaves}");
            assert!((result.npv.p50 - exact.npv).abs() <= exact.npv.abs() * 1e-4 + 1e-6, "{leaves}: {} vs {}", result.npv.p50, exact.npv);
        }
    }

    #[test]
    fn the_json_names_paybacks_as_planned_and_half_the_cases_by_with_8_in_10() {
        let result = run(&format!(r#"{{"roi": {{{TYPICAL}}}, "study_spread_pct": 0, "trials": 20}}"#));
        let exact = roi::compute(&roi::parse(&format!("{{{TYPICAL}}}")).unwrap());
        let json = serde_json::to_value(&result).unwrap();
        let month = serde_json::json!(exact.payback_month);
        assert_eq!(json["payback_month"], serde_json::json!({"half_the_cases_by": month, "8_in_10_between": {"from": month, "to": month}}));
        let roi_json = serde_json::to_value(&exact).unwrap();
        assert_eq!(roi_json["payback_month_as_planned"], month);
        assert!(roi_json.get("payback_month").is_none(), "one name for the exact month");
        assert_eq!(json["npv"]["p50"], serde_json::json!(result.npv.p50), "the NPV keeps its percentiles");
    }

    #[test]
    fn the_same_seed_gives_the_same_result_and_another_seed_another() {
        let text = |seed: u32| {
            format!(
                r#"{{"roi": {{{TYPICAL}}}, "target_monthly_salary": {{"min": 28000, "mode": 35000, "max": 45000}},
                "job_search_months": {{"min": 1, "max": 6}}, "trials": 2000, "seed": {seed}}}"#
            )
        };
        assert_eq!(run(&text(7)), run(&text(7)));
        assert_ne!(run(&text(7)).npv, run(&text(8)).npv);
        let r = run(&text(7));
        assert_eq!(r.histogram.months.iter().sum::<u32>() + r.histogram.none, 2000);
        assert!(r.payback_month.p10 <= r.payback_month.p50 && r.npv.p10 <= r.npv.p90);
    }

    #[test]
    fn the_stream_is_pinned() {
        // ChaCha8 with seed 1: if this changes, every saved result changes.
        let mut draws = Draws(ChaCha8Rng::seed_from_u64(1));
        let first: Vec<u32> = (0..5).map(|_| draws.whole(0, 99)).collect();
        let mut again = Draws(ChaCha8Rng::seed_from_u64(1));
        assert_eq!(first, (0..5).map(|_| again.whole(0, 99)).collect::<Vec<_>>());
        assert_eq!(Draws(ChaCha8Rng::seed_from_u64(1)).triangular((5.0, 5.0, 5.0)), 5.0);
    }

    #[test]
    fn percentiles_use_the_nearest_rank_with_no_payback_last() {
        let sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        assert_eq!((nearest_rank(&sorted, 10), nearest_rank(&sorted, 50), nearest_rank(&sorted, 90)), (1, 5, 9));
        // Selection gives what a full sort gives.
        let shuffled = vec![7.0, 3.0, 10.0, 1.0, 9.0, 2.0, 8.0, 5.0, 4.0, 6.0];
        assert_eq!(npv_percentiles(shuffled), Percentiles { p10: 1.0, p50: 5.0, p90: 9.0 });
        assert_eq!(npv_percentiles(vec![4.0]), Percentiles { p10: 4.0, p50: 4.0, p90: 4.0 });
        assert_eq!(nearest_rank(&[4], 10), 4);
        assert_eq!(nearest_rank(&[1, 2, 3], 50), 2);
        let trials =
            [3, 5, u32::MAX].map(|p| Trial { payback: (p != u32::MAX).then_some(p), npv: f64::from(p.min(9)), all_certified: true });
        let result = summarise(&trials, 12);
        assert_eq!((result.payback_month.p10, result.payback_month.p50, result.payback_month.p90), (Some(3), Some(5), None));
        assert_eq!(result.histogram.none, 1);
        assert!((result.payback_within_horizon - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn a_trial_that_runs_past_the_horizon_has_no_payback_and_bad_fields_are_named() {
        let late = format!(r#"{{"roi": {{{TYPICAL}}}, "job_search_months": {{"min": 30, "max": 30}}, "trials": 10}}"#);
        assert_eq!(run(&late).payback_month.p10, None);
        let field = |extra: &str| parse(&format!(r#"{{"roi": {{{TYPICAL}}}, {extra}}}"#), Catalog::embedded()).unwrap_err().field;
        assert_eq!(field(r#""target_monthly_salary": {"min": 40000, "mode": 35000, "max": 45000}"#), "target_monthly_salary");
        assert_eq!(field(r#""trials": 0"#), "trials");
        assert_eq!(field(r#""study_spread_pct": 101"#), "study_spread_pct");
        let negative = format!(r#"{{"roi": {{{}}}}}"#, TYPICAL.replace("25000", "-1"));
        assert_eq!(parse(&negative, Catalog::embedded()).unwrap_err().field, "roi.current_monthly_salary");
    }
}
