//! Public training routes: free or subsidised programmes run by the
//! Philippine and Indian governments (TESDA, DICT, the Tulong-Trabaho Act,
//! NPTEL, FutureSkills Prime, PMKVY), often the cheapest way a BPO worker can
//! learn, be assessed and certified. Each says what it costs the learner,
//! where it leads, who may take it and where that is written (`routes.json`).
//!
//! [`PublicRoute::standing`] reads a route's eligibility rules against the
//! user's profile: met, not met, unknown until she answers a question (which
//! one is named), or something only she can confirm (a document, her
//! citizenship when she has not said).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::types::{exact, Provenance, SalaryCountry};
use crate::money::Currency;
use crate::profile::{Answer, Profile};

/// A public programme offered as a way to learn or to be certified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct PublicRoute {
    pub id: String,
    pub name: String,
    /// The country whose residents it serves.
    pub country: SalaryCountry,
    pub operator: String,
    /// What it is, in two or three sentences of our own.
    pub summary: String,
    pub leads_to: LeadsTo,
    pub cost: RouteCost,
    /// Every rule must be met; a route with none is open to anyone.
    pub eligibility: Vec<EligibilityRule>,
    /// How to take it, in words.
    pub apply: String,
    /// Where the programme itself is described.
    pub provenance: Provenance,
}

/// What a route leads to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LeadsTo {
    /// Catalog certifications it pays for (a Google certificate's Coursera access, say).
    pub certifications: Vec<String>,
    /// Catalog skills its courses teach.
    pub skills: Vec<String>,
    /// A credential of its own (a TESDA National Certificate), in words.
    pub credential: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RouteCostKind {
    /// Nothing to pay for what `covers` says.
    Free,
    /// `amount` in `currency`.
    Fee,
    /// `percent` of a course fee back, at most `amount` in `currency`.
    Subsidy,
    /// A fee exists but no amount is published: "no figure yet".
    NotPublished,
}

/// What a route costs the learner. One flat record (amounts stay exact
/// decimals, which serde's tagged enums would read through f64); the checks
/// hold each kind to its fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RouteCost {
    pub kind: RouteCostKind,
    /// A fee, or a subsidy's cap.
    #[ts(type = "number | null")]
    #[serde(with = "exact::option", default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// A subsidy's share of the course fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u32>,
    /// What the cost pays for, in words.
    pub covers: String,
    /// Where the cost is stated; none when it is not published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// One rule of who may take a route, with its words and its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct EligibilityRule {
    pub test: Rule,
    pub words: String,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    MinAge {
        years: u32,
    },
    MaxAge {
        years: u32,
    },
    /// She lives in `country`.
    LivesIn {
        country: SalaryCountry,
    },
    /// She is a citizen of `country` (asked as "a citizen where you live").
    Citizen {
        country: SalaryCountry,
    },
    /// Her employer does not already train her in an enterprise-based programme.
    NotEmployerTrained,
    /// Something she must bring or be: only she can confirm it.
    Document {
        name: String,
    },
}

/// How one rule reads against her profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RuleOutcome {
    Met,
    NotMet,
    /// The profile does not say yet: `field` is the question to answer.
    Unknown {
        field: String,
    },
    /// Only she can tell (a document, say).
    Confirm,
}

/// Her standing for a whole route: the worst of its rules' outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Every rule is met.
    Eligible,
    /// Every rule is met or hers to confirm.
    Confirm,
    /// A rule needs an answer her profile does not have yet.
    Unknown,
    /// A rule is not met.
    NotEligible,
}

impl Rule {
    /// The rule against her profile, as of `today`'s year.
    pub fn outcome(&self, profile: Option<&Profile>, today: chrono::NaiveDate) -> RuleOutcome {
        use chrono::Datelike;
        let unknown = |field: &str| RuleOutcome::Unknown { field: field.into() };
        let situation = profile.map(|p| &p.situation);
        // Born in `year`, she is `today.year() - year` this year, or one less before her birthday.
        let ages = situation.and_then(|s| s.birth_year).map(|year| (today.year() - year - 1, today.year() - year));
        let country = profile.and_then(|p| p.country).map(|c| c.code());
        match self {
            Rule::MinAge { years } => match ages {
                None => unknown("birth_year"),
                Some((youngest, _)) if youngest >= *years as i32 => RuleOutcome::Met,
                Some((_, oldest)) if oldest < *years as i32 => RuleOutcome::NotMet,
                Some(_) => RuleOutcome::Confirm,
            },
            Rule::MaxAge { years } => match ages {
                None => unknown("birth_year"),
                Some((_, oldest)) if oldest <= *years as i32 => RuleOutcome::Met,
                Some((youngest, _)) if youngest > *years as i32 => RuleOutcome::NotMet,
                Some(_) => RuleOutcome::Confirm,
            },
            Rule::LivesIn { country: wanted } => match country {
                None => unknown("country"),
                Some(code) if code == code_of(*wanted) => RuleOutcome::Met,
                Some(_) => RuleOutcome::NotMet,
            },
            Rule::Citizen { country: wanted } => match (country, situation.and_then(|s| s.citizen)) {
                (None, _) => unknown("country"),
                (Some(code), _) if code != code_of(*wanted) => RuleOutcome::Confirm,
                (_, None) => unknown("citizen"),
                (_, Some(Answer::Yes)) => RuleOutcome::Met,
                (_, Some(Answer::No)) => RuleOutcome::NotMet,
            },
            Rule::NotEmployerTrained => match situation.and_then(|s| s.employer_trained) {
                None => unknown("employer_trained"),
                Some(Answer::No) => RuleOutcome::Met,
                Some(Answer::Yes) => RuleOutcome::NotMet,
            },
            Rule::Document { .. } => RuleOutcome::Confirm,
        }
    }
}

fn code_of(country: SalaryCountry) -> &'static str {
    match country {
        SalaryCountry::Ph => "ph",
        SalaryCountry::In => "in",
        SalaryCountry::Us => "us",
    }
}

impl PublicRoute {
    /// Her standing, and each rule's outcome in the route's order.
    pub fn standing(&self, profile: Option<&Profile>, today: chrono::NaiveDate) -> (Standing, Vec<RuleOutcome>) {
        let outcomes: Vec<RuleOutcome> = self.eligibility.iter().map(|rule| rule.test.outcome(profile, today)).collect();
        let standing = outcomes
            .iter()
            .map(|outcome| match outcome {
                RuleOutcome::Met => Standing::Eligible,
                RuleOutcome::Confirm => Standing::Confirm,
                RuleOutcome::Unknown { .. } => Standing::Unknown,
                RuleOutcome::NotMet => Standing::NotEligible,
            })
            .max()
            .unwrap_or(Standing::Eligible);
        (standing, outcomes)
    }

    /// What it costs her, in `currency` (exact), when the route's own
    /// currency can be converted with `rates` (one unit of `from` in `to`).
    /// `None` when nothing is published, or no rate converts it. A subsidy
    /// costs nothing of its own: it lowers a course fee (see [`Self::subsidy_of`]).
    pub fn cost_in(&self, currency: Currency, rate: impl Fn(Currency, Currency) -> Option<Decimal>) -> Option<Decimal> {
        match self.cost.kind {
            RouteCostKind::Free | RouteCostKind::Subsidy => Some(Decimal::ZERO),
            RouteCostKind::NotPublished => None,
            RouteCostKind::Fee => convert(self.cost.amount?, self.cost.currency?, currency, rate),
        }
    }

    /// The part of a course fee (in `currency`) a subsidy pays back: its
    /// share, at most its cap. Zero for any other kind of route.
    pub fn subsidy_of(
        &self,
        course_fee: Decimal,
        currency: Currency,
        rate: impl Fn(Currency, Currency) -> Option<Decimal>,
    ) -> Option<Decimal> {
        if self.cost.kind != RouteCostKind::Subsidy {
            return Some(Decimal::ZERO);
        }
        let share = course_fee * Decimal::from(self.cost.percent?) / Decimal::ONE_HUNDRED;
        let cap = convert(self.cost.amount?, self.cost.currency?, currency, rate)?;
        Some(share.min(cap))
    }
}

fn convert(amount: Decimal, from: Currency, to: Currency, rate: impl Fn(Currency, Currency) -> Option<Decimal>) -> Option<Decimal> {
    if from == to {
        Some(amount)
    } else {
        amount.checked_mul(rate(from, to)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::profile::{Country, Situation};

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    fn her(situation: Situation) -> Profile {
        Profile { country: Some(Country::Ph), situation, ..Profile::empty(Currency::Php) }
    }

    fn route(id: &str) -> &'static PublicRoute {
        Catalog::embedded().route(id).unwrap()
    }

    #[test]
    fn tulong_trabaho_leaves_out_a_worker_her_employer_trains() {
        let trained = her(Situation { birth_year: Some(1998), employer_trained: Some(Answer::Yes), ..Default::default() });
        assert_eq!(route("tulong-trabaho").standing(Some(&trained), today()).0, Standing::NotEligible);
        let not_trained = her(Situation { birth_year: Some(1998), employer_trained: Some(Answer::No), ..Default::default() });
        assert_eq!(route("tulong-trabaho").standing(Some(&not_trained), today()).0, Standing::Eligible);
    }

    #[test]
    fn a_missing_answer_is_named_not_guessed() {
        let (standing, outcomes) = route("tulong-trabaho").standing(Some(&her(Situation::default())), today());
        assert_eq!(standing, Standing::Unknown);
        assert_eq!(outcomes[0], RuleOutcome::Unknown { field: "birth_year".into() });
        assert_eq!(outcomes[1], RuleOutcome::Unknown { field: "employer_trained".into() });
        assert_eq!(route("dict-google-career-certificates").standing(None, today()).0, Standing::Unknown, "no profile yet");
    }

    #[test]
    fn an_age_rule_reads_the_year_of_birth_either_side_of_a_birthday() {
        let rule = Rule::MinAge { years: 18 };
        let born = |year| her(Situation { birth_year: Some(year), ..Default::default() });
        assert_eq!(rule.outcome(Some(&born(2007)), today()), RuleOutcome::Met, "18 or 19 this year");
        assert_eq!(rule.outcome(Some(&born(2008)), today()), RuleOutcome::Confirm, "17 or 18: only she knows");
        assert_eq!(rule.outcome(Some(&born(2009)), today()), RuleOutcome::NotMet, "16 or 17");
        let max = Rule::MaxAge { years: 45 };
        assert_eq!(max.outcome(Some(&born(1981)), today()), RuleOutcome::Met, "44 or 45");
        assert_eq!(max.outcome(Some(&born(1980)), today()), RuleOutcome::Confirm, "45 or 46");
        assert_eq!(max.outcome(Some(&born(1979)), today()), RuleOutcome::NotMet, "46 or 47");
    }

    #[test]
    fn a_route_for_another_country_is_not_hers_and_citizenship_is_asked() {
        let indian = Profile { country: Some(Country::In), ..Profile::empty(Currency::Inr) };
        assert_eq!(Rule::LivesIn { country: SalaryCountry::Ph }.outcome(Some(&indian), today()), RuleOutcome::NotMet);
        let filipina = her(Situation { citizen: Some(Answer::Yes), ..Default::default() });
        assert_eq!(Rule::Citizen { country: SalaryCountry::Ph }.outcome(Some(&filipina), today()), RuleOutcome::Met);
        let not_citizen = her(Situation { citizen: Some(Answer::No), ..Default::default() });
        assert_eq!(Rule::Citizen { country: SalaryCountry::Ph }.outcome(Some(&not_citizen), today()), RuleOutcome::NotMet);
        assert_eq!(Rule::Document { name: "Aadhaar".into() }.outcome(Some(&filipina), today()), RuleOutcome::Confirm);
    }

    #[test]
    fn costs_in_her_currency_free_a_fee_no_figure_yet_and_a_capped_subsidy() {
        let rate = |from: Currency, to: Currency| (from == Currency::Inr && to == Currency::Php).then(|| Decimal::new(65, 2));
        assert_eq!(route("tulong-trabaho").cost_in(Currency::Php, rate), Some(Decimal::ZERO));
        assert_eq!(route("tesda-css-nc2").cost_in(Currency::Php, rate), None, "the assessment fee is not published");
        assert_eq!(route("swayam-nptel").cost_in(Currency::Inr, rate), Some(Decimal::from(1000)));
        assert_eq!(route("swayam-nptel").cost_in(Currency::Php, rate), Some(Decimal::from(650)), "₹1,000 at 0.65");
        assert_eq!(route("swayam-nptel").cost_in(Currency::Usd, rate), None, "no INR→USD rate given");
        let prime = route("futureskills-prime");
        assert_eq!(prime.subsidy_of(Decimal::from(10_000), Currency::Inr, rate), Some(Decimal::from(5_000)), "half");
        assert_eq!(prime.subsidy_of(Decimal::from(30_000), Currency::Inr, rate), Some(Decimal::from(8_000)), "at most ₹8,000");
    }
}
