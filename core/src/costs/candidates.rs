//! Which certification first: the rule that ranks candidate certifications
//! by what each does to her plan's money, and the one sentence that says
//! the verdict. The figures come from the application layer
//! (`app::certifications`), which runs her active plan once per candidate
//! with every other candidate skipped.
//!
//! The rule, exactly:
//! 1. the earlier exact payback month ("if all goes as planned") ranks first;
//!    a candidate that does not pay back within the horizon ranks after
//!    every one that does;
//! 2. between equal paybacks, the lower total cost to her ranks first;
//! 3. equal payback and equal cost is a tie, and the verdict says so.

use serde::Serialize;

use super::summary::{Figure, Line};

/// What the rule reads of one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Standing {
    pub id: String,
    /// The certification's name, as the sentence says it.
    pub name: String,
    /// `None` when her plan with this candidate does not pay back within the horizon.
    pub payback_month: Option<u32>,
    /// First attempts, expected retakes, training and labs, less any sponsorship, in minor units.
    pub cost_minor: i64,
}

/// The outcome of the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    /// One candidate only: what it does, with nothing to rank it against.
    Only { id: String, payback_month: Option<u32> },
    /// The first is ahead of the runner-up by its payback month, or (same month) by its cost.
    First { id: String, runner_up: String, payback_month: u32, sooner_by_months: u32, cheaper_by_minor: i64 },
    /// Two or more share the first place: the same payback month and the same cost.
    Tie { ids: Vec<String>, payback_month: u32 },
    /// None pays back within the horizon.
    NoneWithin { horizon_months: u32 },
}

/// The candidates' indices, first first, by the rule.
pub fn ranking(candidates: &[Standing]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    // `None` (no payback) sorts after every month; the sort is stable, so
    // equal candidates keep the order they were given in.
    order.sort_by_key(|&i| (candidates[i].payback_month.is_none(), candidates[i].payback_month, candidates[i].cost_minor));
    order
}

/// The verdict for `candidates` (at least one) over a horizon of `horizon_months`.
pub fn verdict(candidates: &[Standing], horizon_months: u32) -> Option<Verdict> {
    let order = ranking(candidates);
    let first = &candidates[*order.first()?];
    if candidates.len() == 1 {
        return Some(Verdict::Only { id: first.id.clone(), payback_month: first.payback_month });
    }
    let Some(month) = first.payback_month else { return Some(Verdict::NoneWithin { horizon_months }) };
    let same = |c: &Standing| c.payback_month == first.payback_month && c.cost_minor == first.cost_minor;
    let tied: Vec<String> = order.iter().map(|&i| &candidates[i]).filter(|c| same(c)).map(|c| c.id.clone()).collect();
    if tied.len() > 1 {
        return Some(Verdict::Tie { ids: tied, payback_month: month });
    }
    let runner_up = &candidates[order[1]];
    Some(Verdict::First {
        id: first.id.clone(),
        runner_up: runner_up.id.clone(),
        payback_month: month,
        sooner_by_months: runner_up.payback_month.map_or(0, |m| m - month),
        cheaper_by_minor: runner_up.cost_minor - first.cost_minor,
    })
}

/// The verdict in one plain sentence (a message key and its figures).
pub fn sentence(verdict: &Verdict, candidates: &[Standing]) -> Line {
    let name = |id: &str| Figure::Text(candidates.iter().find(|c| c.id == id).map_or(id, |c| c.name.as_str()).to_string());
    let month = |m: u32| Figure::Count(f64::from(m));
    let line = |key: &'static str, values: Vec<(&'static str, Figure)>| Line { key, values: values.into_iter().collect() };
    match verdict {
        Verdict::Only { id, payback_month: Some(m) } => line("certs.verdict.only", vec![("name", name(id)), ("month", month(*m))]),
        Verdict::Only { id, payback_month: None } => line("certs.verdict.only_never", vec![("name", name(id))]),
        Verdict::First { id, runner_up, payback_month, sooner_by_months, .. } if *sooner_by_months > 0 => line(
            "certs.verdict.sooner",
            vec![("name", name(id)), ("other", name(runner_up)), ("month", month(*payback_month)), ("months", month(*sooner_by_months))],
        ),
        Verdict::First { id, runner_up, payback_month, .. }
            if candidates.iter().find(|c| &c.id == runner_up).is_some_and(|c| c.payback_month.is_none()) =>
        {
            line("certs.verdict.only_one_pays", vec![("name", name(id)), ("other", name(runner_up)), ("month", month(*payback_month))])
        }
        Verdict::First { id, runner_up, payback_month, cheaper_by_minor, .. } => line(
            "certs.verdict.cheaper",
            vec![
                ("name", name(id)),
                ("other", name(runner_up)),
                ("month", month(*payback_month)),
                ("amount", Figure::Money(*cheaper_by_minor)),
            ],
        ),
        Verdict::Tie { ids, payback_month } => {
            let names = ids.iter().map(|id| match name(id) {
                Figure::Text(text) => text,
                _ => unreachable!("names are text"),
            });
            line(
                "certs.verdict.tie",
                vec![("names", Figure::Text(names.collect::<Vec<_>>().join(" · "))), ("month", month(*payback_month))],
            )
        }
        Verdict::NoneWithin { horizon_months } => line("certs.verdict.none", vec![("horizon", month(*horizon_months))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(id: &str, payback_month: Option<u32>, cost_minor: i64) -> Standing {
        Standing { id: id.into(), name: id.to_uppercase(), payback_month, cost_minor }
    }

    #[test]
    fn the_earlier_payback_wins_whatever_it_costs() {
        let list = [standing("sec", Some(14), 3_000_000), standing("aws", Some(12), 9_000_000)];
        assert_eq!(ranking(&list), [1, 0]);
        let verdict = verdict(&list, 60).unwrap();
        assert_eq!(
            verdict,
            Verdict::First {
                id: "aws".into(),
                runner_up: "sec".into(),
                payback_month: 12,
                sooner_by_months: 2,
                cheaper_by_minor: -6_000_000
            }
        );
        let said = sentence(&verdict, &list);
        assert_eq!(said.key, "certs.verdict.sooner");
        assert_eq!(said.values["name"], Figure::Text("AWS".into()));
        assert_eq!(said.values["months"], Figure::Count(2.0));
    }

    #[test]
    fn the_same_payback_goes_to_the_cheaper_and_the_same_of_both_is_a_tie() {
        let list = [standing("a", Some(12), 500), standing("b", Some(12), 300), standing("c", Some(20), 1)];
        let v = verdict(&list, 60).unwrap();
        assert!(matches!(&v, Verdict::First { id, cheaper_by_minor: 200, sooner_by_months: 0, .. } if id == "b"), "{v:?}");
        assert_eq!(sentence(&v, &list).key, "certs.verdict.cheaper");
        let tie = [standing("a", Some(12), 300), standing("b", Some(12), 300), standing("c", Some(12), 301)];
        assert_eq!(verdict(&tie, 60).unwrap(), Verdict::Tie { ids: vec!["a".into(), "b".into()], payback_month: 12 });
        assert_eq!(sentence(&verdict(&tie, 60).unwrap(), &tie).values["names"], Figure::Text("A · B".into()));
    }

    #[test]
    fn one_that_never_pays_back_ranks_last_and_says_so() {
        let list = [standing("never", None, 1), standing("late", Some(59), 10_000)];
        assert_eq!(ranking(&list), [1, 0]);
        let v = verdict(&list, 60).unwrap();
        assert_eq!(sentence(&v, &list).key, "certs.verdict.only_one_pays");
        let none = [standing("a", None, 1), standing("b", None, 2)];
        assert_eq!(verdict(&none, 60), Some(Verdict::NoneWithin { horizon_months: 60 }));
        assert_eq!(verdict(&[standing("a", None, 1)], 60), Some(Verdict::Only { id: "a".into(), payback_month: None }));
        assert_eq!(verdict(&[], 60), None);
    }
}
