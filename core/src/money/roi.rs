//! The ROI of moving into IT, month by month (the contract is in
//! `docs/cli.md` and the app's Help).
//!
//! For months m = 1…H: staying earns `S0 × (1 + a0/100)^⌊(m−1)/12⌋`.
//! Switching earns, before the new job (m ≤ T+G), the staying pay while
//! she still holds her job and `I` once she has left it ([`LeavesJob`]:
//! after study, the default; at the start; or only when the new job
//! starts), then `S1 × (1 + a1/100)^⌊(m−T−G−1)/12⌋`. Costs are `M`
//! while studying plus the one-off costs of the month. `delta = switch −
//! costs − stay`; `cumulative` is its running sum. Every monthly figure is
//! computed in decimal and rounded to the minor unit, half away from zero,
//! before it is added, so totals are exact. NPV and ratios use f64.

use rust_decimal::prelude::*;
use serde::{Deserialize, Serialize};

use super::input::{number, round_minor, serialize_decimal, whole, InputError, Raw};

/// Exact cents: every monthly figure is rounded to the minor unit before it
/// is added, so the month-by-month arithmetic runs on integers.
pub type Cents = i128;

fn to_cents(value: Decimal) -> Cents {
    let rounded = round_minor(value);
    (rounded * Decimal::ONE_HUNDRED).to_i128().unwrap_or(if rounded.is_sign_negative() { Cents::MIN } else { Cents::MAX })
}

/// Writes cents as a JSON number with exactly two decimals.
pub fn serialize_cents<S: serde::Serializer>(cents: &Cents, serializer: S) -> Result<S::Ok, S::Error> {
    serialize_decimal(&cents_to_decimal(*cents), serializer)
}

pub fn cents_to_decimal(cents: Cents) -> Decimal {
    Decimal::from_i128_with_scale(cents, 2)
}

/// The input as JSON gives it (numbers kept as text until checked).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoiInputJson {
    pub current_monthly_salary: Raw,
    #[serde(default)]
    pub current_annual_raise_pct: Raw,
    pub target_monthly_salary: Raw,
    #[serde(default)]
    pub target_annual_raise_pct: Raw,
    pub study_months: Raw,
    #[serde(default)]
    pub job_search_months: Raw,
    #[serde(default)]
    pub income_during_search: Raw,
    /// When she leaves her current job: `after_study` (default), `at_start` or `at_new_job`.
    #[serde(default)]
    pub leaves_job: Option<String>,
    #[serde(default)]
    pub monthly_study_costs: Raw,
    #[serde(default)]
    pub one_off_costs: Vec<OneOffJson>,
    #[serde(default)]
    pub horizon_months: Raw,
    #[serde(default)]
    pub discount_rate_annual_pct: Raw,
    #[serde(default)]
    pub monthly_expenses: Raw,
    #[serde(default)]
    pub savings: Raw,
    #[serde(default)]
    pub emergency_fund_months: Raw,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneOffJson {
    pub month: Raw,
    pub amount: Raw,
    #[serde(default)]
    pub label: String,
}

/// A cost paid once, in a month of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct OneOffCost {
    pub month: u32,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub amount: Decimal,
    pub label: String,
}

/// When she leaves her current job, which decides the months she is paid
/// nothing but `I` (her income without a job: a side gig, help from family).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum LeavesJob {
    /// When study ends, to search full time: months T+1 … T+G are unpaid.
    #[default]
    AfterStudy,
    /// Now, to study and search full time: months 1 … T+G are unpaid.
    AtStart,
    /// Only when the new job starts: she is paid throughout.
    AtNewJob,
}

impl LeavesJob {
    pub const ALL: [LeavesJob; 3] = [LeavesJob::AfterStudy, LeavesJob::AtStart, LeavesJob::AtNewJob];

    pub fn code(self) -> &'static str {
        match self {
            LeavesJob::AfterStudy => "after_study",
            LeavesJob::AtStart => "at_start",
            LeavesJob::AtNewJob => "at_new_job",
        }
    }

    /// Whether month `m` is paid at her current job's pay, before the new job (m ≤ T+G).
    pub fn paid_in(self, m: u32, study_months: u32) -> bool {
        match self {
            LeavesJob::AfterStudy => m <= study_months,
            LeavesJob::AtStart => false,
            LeavesJob::AtNewJob => true,
        }
    }

    /// The months without her job's pay before the new job starts.
    pub fn months_without_pay(self, study_months: u32, search_months: u32) -> u32 {
        match self {
            LeavesJob::AfterStudy => search_months,
            LeavesJob::AtStart => study_months + search_months,
            LeavesJob::AtNewJob => 0,
        }
    }

    /// The month she leaves her job (a sponsor's bond is repaid then).
    pub fn leaving_month(self, study_months: u32, search_months: u32) -> u32 {
        match self {
            LeavesJob::AfterStudy => study_months + 1,
            LeavesJob::AtStart => 1,
            LeavesJob::AtNewJob => study_months + search_months + 1,
        }
    }
}

/// A checked ROI input.
#[derive(Debug, Clone, PartialEq)]
pub struct RoiInput {
    pub s0: Decimal,
    pub a0: Decimal,
    pub s1: Decimal,
    pub a1: Decimal,
    pub study_months: u32,
    pub search_months: u32,
    pub income_during_search: Decimal,
    pub leaves_job: LeavesJob,
    pub monthly_study_costs: Decimal,
    pub one_off_costs: Vec<OneOffCost>,
    pub horizon: u32,
    pub discount_rate_pct: Decimal,
    pub monthly_expenses: Decimal,
    pub savings: Decimal,
    pub emergency_fund_months: u32,
}

pub const MAX_ONE_OFF_COSTS: usize = 1_000;

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

impl RoiInputJson {
    /// Checks every field; the first refusal names its field and range.
    pub fn check(&self) -> Result<RoiInput, InputError> {
        let amount = |field: &str, raw: &Raw, default: Option<Decimal>| number(field, raw, default, Decimal::ZERO, d(1_000_000_000));
        let raise = |field: &str, raw: &Raw| number(field, raw, Some(Decimal::ZERO), d(-50), d(100));
        let study_months = whole("study_months", &self.study_months, None, 0, 600)?;
        let search_months = whole("job_search_months", &self.job_search_months, Some(0), 0, 600)?;
        let horizon = whole("horizon_months", &self.horizon_months, Some(60), 1, 600)?;
        if study_months + search_months > horizon {
            return Err(InputError::new(
                "horizon_months",
                format!("must be at least study_months + job_search_months ({}), got {horizon}", study_months + search_months),
            ));
        }
        if self.one_off_costs.len() > MAX_ONE_OFF_COSTS {
            return Err(InputError::new("one_off_costs", format!("at most {MAX_ONE_OFF_COSTS} items, got {}", self.one_off_costs.len())));
        }
        let one_off_costs = self
            .one_off_costs
            .iter()
            .enumerate()
            .map(|(i, cost)| {
                Ok(OneOffCost {
                    month: whole(&format!("one_off_costs[{i}].month"), &cost.month, None, 1, horizon)?,
                    amount: amount(&format!("one_off_costs[{i}].amount"), &cost.amount, None)?,
                    label: cost.label.chars().take(200).collect(),
                })
            })
            .collect::<Result<Vec<_>, InputError>>()?;
        Ok(RoiInput {
            s0: amount("current_monthly_salary", &self.current_monthly_salary, None)?,
            a0: raise("current_annual_raise_pct", &self.current_annual_raise_pct)?,
            s1: amount("target_monthly_salary", &self.target_monthly_salary, None)?,
            a1: raise("target_annual_raise_pct", &self.target_annual_raise_pct)?,
            study_months,
            search_months,
            income_during_search: amount("income_during_search", &self.income_during_search, Some(Decimal::ZERO))?,
            leaves_job: leaves_job(self.leaves_job.as_deref())?,
            monthly_study_costs: amount("monthly_study_costs", &self.monthly_study_costs, Some(Decimal::ZERO))?,
            one_off_costs,
            horizon,
            discount_rate_pct: number("discount_rate_annual_pct", &self.discount_rate_annual_pct, Some(Decimal::ZERO), d(0), d(100))?,
            monthly_expenses: amount("monthly_expenses", &self.monthly_expenses, Some(Decimal::ZERO))?,
            savings: number("savings", &self.savings, Some(Decimal::ZERO), Decimal::ZERO, d(1_000_000_000_000))?,
            emergency_fund_months: whole("emergency_fund_months", &self.emergency_fund_months, Some(6), 0, 24)?,
        })
    }
}

fn leaves_job(code: Option<&str>) -> Result<LeavesJob, InputError> {
    match code {
        None => Ok(LeavesJob::default()),
        Some(code) => LeavesJob::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| InputError::new("leaves_job", format!("must be after_study, at_start or at_new_job, got {code:?}"))),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MonthRow {
    pub month: u32,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub stay_income: Cents,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub switch_income: Cents,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub costs: Cents,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub delta: Cents,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub cumulative: Cents,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Dip {
    /// The lowest cumulative (negative), or 0 when it never goes below zero.
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub amount: Cents,
    /// Its first month, or `None` when it never goes below zero.
    pub month: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct EmergencyFund {
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub required: Decimal,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_decimal")]
    pub shortfall: Decimal,
    /// Months the savings carry the gap between expenses and her income
    /// once she has left her job (her pay, when she keeps it until the new
    /// one); `None` when that income covers expenses (no limit).
    pub runway_months: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RoiResult {
    pub months: Vec<MonthRow>,
    /// 1 + the last month whose cumulative is below zero; 0 when none is;
    /// `None` when the cumulative at the horizon is still below zero. The
    /// month the move pays back "if all goes as planned", as its JSON name says.
    #[serde(rename = "payback_month_as_planned")]
    pub payback_month: Option<u32>,
    pub dip: Dip,
    pub npv: f64,
    /// The lowest whole target salary whose cumulative at the horizon is not
    /// below zero; `None` when T + G = H or no salary up to 1e9 reaches it.
    pub break_even_target_salary: Option<u64>,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub income_forgone: Cents,
    #[ts(type = "number")]
    #[serde(serialize_with = "serialize_cents")]
    pub total_costs: Cents,
    pub salary_ratio: Option<f64>,
    pub emergency_fund: EmergencyFund,
}

/// `(1 + pct/100)^k` for k = 0…max_year.
fn growth(pct: Decimal, max_year: u32) -> Vec<Decimal> {
    let factor = Decimal::ONE + pct / d(100);
    let mut powers = Vec::with_capacity(max_year as usize + 1);
    let mut current = Decimal::ONE;
    for _ in 0..=max_year {
        powers.push(current);
        current = current.checked_mul(factor).unwrap_or(current);
    }
    powers
}

/// One value per year block, in cents: `round(base × growth[k])`, in exact
/// integers when the product fits an i128, else in decimal.
fn yearly(base: Decimal, growth: &[Decimal]) -> Vec<Cents> {
    growth
        .iter()
        .map(|g| {
            let scale = base.scale() + g.scale();
            match base.mantissa().checked_mul(g.mantissa()) {
                Some(product) if scale >= 2 && scale - 2 <= 38 => divide_rounding(product, 10i128.pow(scale - 2)),
                _ => to_cents(base.checked_mul(*g).unwrap_or(Decimal::MAX)),
            }
        })
        .collect()
}

/// The costs of each month 1 … H, in cents: the study costs while studying
/// plus the one-off costs of the month. [`compute`]'s `costs` column, and
/// what the spending up to the new job sums without the rest of the ROI.
pub fn monthly_costs(input: &RoiInput) -> Vec<Cents> {
    let study_cost = to_cents(input.monthly_study_costs);
    let mut costs: Vec<Cents> = (1..=input.horizon).map(|m| if m <= input.study_months { study_cost } else { 0 }).collect();
    for cost in &input.one_off_costs {
        costs[cost.month as usize - 1] += to_cents(cost.amount);
    }
    costs
}

pub fn compute(input: &RoiInput) -> RoiResult {
    let h = input.horizon;
    let (t, g) = (input.study_months, input.search_months);
    let years = h / 12 + 1;
    let growth1 = growth(input.a1, years);
    let stay_by_year = yearly(input.s0, &growth(input.a0, years));
    let switch_by_year = yearly(input.s1, &growth1);
    let income_during_search = to_cents(input.income_during_search);
    let costs_by_month = monthly_costs(input);

    let mut months = Vec::with_capacity(h as usize);
    let mut cumulative: Cents = 0;
    let (mut forgone, mut total_costs): (Cents, Cents) = (0, 0);
    for m in 1..=h {
        let stay = stay_by_year[((m - 1) / 12) as usize];
        let switch = if m > t + g {
            switch_by_year[((m - t - g - 1) / 12) as usize]
        } else if input.leaves_job.paid_in(m, t) {
            stay
        } else {
            income_during_search
        };
        let costs = costs_by_month[m as usize - 1];
        let delta = switch - costs - stay;
        cumulative += delta;
        forgone += (stay - switch).max(0);
        total_costs += costs;
        months.push(MonthRow { month: m, stay_income: stay, switch_income: switch, costs, delta, cumulative });
    }

    RoiResult {
        payback_month: payback(&months),
        dip: dip(&months),
        npv: npv(&months, input.discount_rate_pct),
        break_even_target_salary: break_even(input, &months, &growth1),
        income_forgone: forgone,
        total_costs,
        salary_ratio: (!input.s0.is_zero()).then(|| ratio(input.s1, input.s0)),
        emergency_fund: emergency_fund(input),
        months,
    }
}

fn payback(months: &[MonthRow]) -> Option<u32> {
    if months.last().is_some_and(|row| row.cumulative < 0) {
        return None;
    }
    Some(months.iter().rev().find(|row| row.cumulative < 0).map_or(0, |row| row.month + 1))
}

fn dip(months: &[MonthRow]) -> Dip {
    let lowest = months.iter().fold(None::<&MonthRow>, |low, row| match low {
        Some(l) if l.cumulative <= row.cumulative => Some(l),
        _ => Some(row),
    });
    match lowest.filter(|row| row.cumulative < 0) {
        Some(row) => Dip { amount: row.cumulative, month: Some(row.month) },
        None => Dip { amount: 0, month: None },
    }
}

/// The NPV in minor units, rounded once, half away from zero: the figure
/// every screen and the paper show (the discounted sum itself is a present
/// value computed in f64, an estimate at a rate, not a stored amount).
pub fn npv_minor(npv: f64) -> i64 {
    (npv * 100.0).round() as i64
}

/// `Σ delta_m / (1 + rm)^m` with `rm = (1 + r/100)^(1/12) − 1`.
fn npv(months: &[MonthRow], rate_pct: Decimal) -> f64 {
    let r = rate_pct.to_f64().unwrap_or(0.0) / 100.0;
    let monthly = (1.0 + r).powf(1.0 / 12.0);
    let mut discount = 1.0;
    months
        .iter()
        .map(|row| {
            discount *= monthly;
            row.delta as f64 / 100.0 / discount
        })
        .sum()
}

/// The lowest whole S1 in 0…1e9 whose cumulative at H is not below zero.
/// The cumulative at H is `base + Σ_k count_k × round(S1 × growth_k)`, which
/// never decreases as S1 grows; a real-valued estimate lands within a few
/// units, and exact evaluation settles the answer.
fn break_even(input: &RoiInput, months: &[MonthRow], growth1: &[Decimal]) -> Option<u64> {
    let first = input.study_months + input.search_months + 1;
    if first > input.horizon {
        return None;
    }
    let mut counts = vec![0u32; growth1.len()];
    for m in first..=input.horizon {
        counts[((m - first) / 12) as usize] += 1;
    }
    let groups: Vec<(Cents, ExactFactor)> =
        counts.iter().zip(growth1).filter(|(&n, _)| n > 0).map(|(&n, &g)| (Cents::from(n), ExactFactor::of(g))).collect();
    let earned: Cents = months[first as usize - 1..].iter().map(|row| row.switch_income).sum();
    let base = months.last().map_or(0, |row| row.cumulative) - earned;
    let at = |s1: u64| -> Cents { base + groups.iter().map(|(n, g)| n * g.cents_of(s1)).sum::<Cents>() };
    const MAX: u64 = 1_000_000_000;
    if at(MAX) < 0 {
        return None;
    }
    let weight: f64 = groups.iter().map(|(n, g)| *n as f64 * g.to_f64()).sum();
    let estimate = if weight > 0.0 { (-(base as f64) / 100.0 / weight).ceil().clamp(0.0, MAX as f64) as u64 } else { 0 };
    // The estimate is almost always right or one off: try it and its
    // neighbour first, then settle any remaining doubt by bisection.
    let answer = |s: u64| at(s) >= 0 && (s == 0 || at(s - 1) < 0);
    if let Some(hit) = [estimate, estimate + 1, estimate.saturating_sub(1)].into_iter().find(|&s| s <= MAX && answer(s)) {
        return Some(hit);
    }
    if at(0) >= 0 {
        return Some(0);
    }
    let (mut low, mut high) = (0, MAX);
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if at(mid) >= 0 {
            high = mid;
        } else {
            low = mid;
        }
    }
    Some(high)
}

/// A growth factor as `mantissa / 10^scale`, exactly as the decimal holds it.
/// For a whole salary below 2³⁰ and a mantissa below 2⁹⁶, `salary ×
/// mantissa` fits an i128, so rounding `salary × factor` to cents is one
/// exact integer division: the same result as decimal arithmetic, without
/// its cost in the break-even search.
struct ExactFactor {
    mantissa: i128,
    scale: u32,
}

impl ExactFactor {
    fn of(factor: Decimal) -> ExactFactor {
        ExactFactor { mantissa: factor.mantissa(), scale: factor.scale() }
    }

    fn to_f64(&self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }

    /// `round(salary × factor)` in cents, half away from zero.
    fn cents_of(&self, salary: u64) -> Cents {
        let product = i128::from(salary) * self.mantissa;
        if self.scale >= 2 {
            divide_rounding(product, 10i128.pow(self.scale - 2))
        } else {
            product * 10i128.pow(2 - self.scale)
        }
    }
}

/// `n / d` rounded half away from zero (`d` > 0).
fn divide_rounding(n: i128, d: i128) -> i128 {
    let (quotient, remainder) = (n / d, n % d);
    if 2 * remainder.abs() >= d {
        quotient + n.signum()
    } else {
        quotient
    }
}

/// `a / b` as f64, without the panic decimal division gives when the
/// quotient is too large to hold (a tiny divisor): then f64 answers.
fn ratio(a: Decimal, b: Decimal) -> f64 {
    a.checked_div(b).and_then(|q| q.to_f64()).unwrap_or_else(|| a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(f64::MIN_POSITIVE))
}

fn emergency_fund(input: &RoiInput) -> EmergencyFund {
    // Few figures, not per month: exact decimals are cheap here.
    let required = round_minor(input.monthly_expenses * Decimal::from(input.emergency_fund_months));
    // What her income falls to in the worst month before the new job: `I`
    // once she has left, her pay when she keeps her job throughout.
    let lowest_income = match input.leaves_job {
        LeavesJob::AtNewJob => input.s0,
        LeavesJob::AfterStudy | LeavesJob::AtStart => input.income_during_search,
    };
    let gap = input.monthly_expenses - lowest_income;
    EmergencyFund {
        required,
        shortfall: (required - input.savings).max(Decimal::ZERO),
        runway_months: (gap > Decimal::ZERO).then(|| ratio(input.savings, gap)),
    }
}

/// Parses and checks a JSON ROI input.
pub fn parse(text: &str) -> Result<RoiInput, InputError> {
    let json: RoiInputJson = crate::money::input::from_json(text)?;
    json.check()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn yearly_matches_decimal_rounding(base in 0i64..=100_000_000_000, scale in 0u32..=3, pct in -5000i64..=10000) {
            let base = Decimal::new(base, scale);
            let g = growth(Decimal::new(pct, 2), 49);
            let fast = yearly(base, &g);
            for (k, factor) in g.iter().enumerate() {
                prop_assert_eq!(fast[k], to_cents(base * factor));
            }
        }

        #[test]
        fn integer_rounding_matches_decimal_rounding(salary in 0u64..=1_000_000_000, pct in -5000i64..=10000, years in 0u32..50) {
            let factor = growth(Decimal::new(pct, 2), years)[years as usize];
            let exact = to_cents(Decimal::from(salary) * factor);
            prop_assert_eq!(ExactFactor::of(factor).cents_of(salary), exact);
        }
    }

    #[test]
    fn division_rounds_half_away_from_zero() {
        assert_eq!(divide_rounding(5, 10), 1);
        assert_eq!(divide_rounding(-5, 10), -1);
        assert_eq!(divide_rounding(4, 10), 0);
        assert_eq!(divide_rounding(15, 10), 2);
    }
}
