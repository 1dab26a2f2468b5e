//! The public training routes of her country, as Costs & ROI and Explore
//! offer them: her standing for each, what each costs her in her currency,
//! which parts of her plan each serves, and the cheapest she can take.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::catalog::{Catalog, EffectiveRate, PublicRoute, RuleOutcome, SalaryCountry, Standing};
use crate::money::Currency;
use crate::profile::Profile;
use crate::store::{Store, StoreError};

/// One route as offered to her.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RouteOffer {
    pub route: PublicRoute,
    pub standing: Standing,
    /// Each eligibility rule's outcome, in the route's order.
    pub outcomes: Vec<RuleOutcome>,
    /// What it costs her, in minor units of `currency`; `None`: no figure yet.
    pub cost_minor: Option<i64>,
    pub currency: Currency,
    /// Her plan's (or target role's) certifications and skills that it serves, as ids.
    pub serves: Vec<String>,
}

/// Her country's routes, those that serve her plan first, then by standing and cost.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RouteOffers {
    pub offers: Vec<RouteOffer>,
    /// The cheapest route she can take (eligible, or hers to confirm) that
    /// serves her plan, with a known cost.
    pub cheapest: Option<String>,
    /// The route she chose.
    pub chosen: Option<String>,
}

pub fn offers(store: &Store, base: &Catalog, today: NaiveDate) -> Result<RouteOffers, StoreError> {
    store.snapshot(|store| {
        let figures = store.load_user_figures()?;
        let catalog = super::catalog::effective_with(base, &figures);
        let rates = crate::catalog::effective_rates(base, &figures);
        let profile = store.load_profile()?;
        let choices = store.load_choices()?;
        let wanted = wanted_ids(&catalog, super::plan::active_view(store, base, today)?.as_ref(), &choices);
        Ok(offers_for(&catalog, profile.as_ref(), &rates, &wanted, choices.route, today))
    })
}

/// The certifications and skills her plan is made of, else those her target
/// role and her chosen certifications name.
fn wanted_ids(catalog: &Catalog, view: Option<&crate::plan::PlanView>, choices: &crate::choices::Choices) -> Vec<String> {
    if let Some(view) = view {
        let mut ids: Vec<String> = view.plan.certifications.clone();
        ids.extend(view.plan.milestones.iter().filter_map(|m| m.skill.clone()));
        return ids;
    }
    let mut ids = choices.certifications.clone();
    if let Some(role) = choices.target_role.as_deref().and_then(|id| catalog.role(id)) {
        ids.extend(role.certifications.iter().cloned());
        ids.extend(role.skills.iter().map(|s| s.skill.clone()));
    }
    ids
}

/// [`offers`] from what was already read.
pub fn offers_for(
    catalog: &Catalog,
    profile: Option<&Profile>,
    rates: &[EffectiveRate],
    wanted: &[String],
    chosen: Option<String>,
    today: NaiveDate,
) -> RouteOffers {
    let currency = profile.map_or(Currency::Php, |p| p.currency);
    let country = SalaryCountry::of_user(profile.and_then(|p| p.country), currency);
    let mut offers: Vec<RouteOffer> = catalog
        .routes
        .iter()
        .filter(|route| route.country == country)
        .map(|route| {
            let (standing, outcomes) = route.standing(profile, today);
            let leads: Vec<&String> = route.leads_to.certifications.iter().chain(&route.leads_to.skills).collect();
            let serves = wanted.iter().filter(|id| leads.contains(id)).fold(Vec::new(), |mut list: Vec<String>, id| {
                if !list.contains(id) {
                    list.push(id.clone());
                }
                list
            });
            let cost_minor = route.cost_in(currency, |from, to| rate_between(rates, from, to)).map(crate::money::minor_units);
            RouteOffer { route: route.clone(), standing, outcomes, cost_minor, currency, serves }
        })
        .collect();
    offers.sort_by_key(|o| (o.serves.is_empty(), o.standing, o.cost_minor.is_none(), o.cost_minor));
    let cheapest = offers
        .iter()
        .filter(|o| !o.serves.is_empty() && matches!(o.standing, Standing::Eligible | Standing::Confirm) && o.cost_minor.is_some())
        .min_by_key(|o| o.cost_minor)
        .map(|o| o.route.id.clone());
    RouteOffers { offers, cheapest, chosen }
}

/// One `from` in `to`, from the rates in use (USD to each currency), exact
/// where it is given and divided once where only the other way is.
pub fn rate_between(rates: &[EffectiveRate], from: Currency, to: Currency) -> Option<Decimal> {
    let given = |a: Currency, b: Currency| {
        rates.iter().find(|r| r.from == a && r.to == b).and_then(|r| Decimal::from_str_exact(&r.rate).ok()).filter(|r| !r.is_zero())
    };
    given(from, to)
        .or_else(|| given(to, from).map(|r| Decimal::ONE / r))
        .or_else(|| Some(given(Currency::Usd, to)? / given(Currency::Usd, from)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Answer, Country, Situation};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    fn agent(situation: Situation) -> Profile {
        Profile { country: Some(Country::Ph), situation, ..Profile::empty(Currency::Php) }
    }

    fn offers_to(profile: &Profile, wanted: &[&str]) -> RouteOffers {
        let catalog = Catalog::embedded();
        let rates = crate::catalog::effective_rates(catalog, &[]);
        let wanted: Vec<String> = wanted.iter().map(|s| s.to_string()).collect();
        offers_for(catalog, Some(profile), &rates, &wanted, None, today())
    }

    #[test]
    fn she_is_offered_her_countrys_routes_and_the_cheapest_she_can_take() {
        let her = agent(Situation {
            birth_year: Some(1996),
            employer_trained: Some(Answer::No),
            citizen: Some(Answer::Yes),
            ..Default::default()
        });
        let offers = offers_to(&her, &["computer-hardware", "networking-fundamentals", "google-it-support-cert"]);
        assert!(offers.offers.iter().all(|o| o.route.country == SalaryCountry::Ph), "only Philippine routes");
        assert!(offers.offers.len() >= 3);
        let cheapest = offers.cheapest.as_deref().unwrap();
        let offer = offers.offers.iter().find(|o| o.route.id == cheapest).unwrap();
        assert_eq!(offer.cost_minor, Some(0), "a free route she can take");
        assert!(matches!(offer.standing, Standing::Eligible | Standing::Confirm));
        let assessment = offers.offers.iter().find(|o| o.route.id == "tesda-css-nc2").unwrap();
        assert_eq!(assessment.cost_minor, None, "no figure yet for an unpublished assessment fee");
        assert!(offers.offers.iter().any(|o| o.route.id == "dict-google-career-certificates" && o.serves == ["google-it-support-cert"]));
    }

    #[test]
    fn a_route_she_cannot_take_is_never_the_cheapest() {
        let trained = agent(Situation { birth_year: Some(1996), employer_trained: Some(Answer::Yes), ..Default::default() });
        let offers = offers_to(&trained, &["troubleshooting"]);
        let tulong = offers.offers.iter().find(|o| o.route.id == "tulong-trabaho").unwrap();
        assert_eq!(tulong.standing, Standing::NotEligible);
        assert_ne!(offers.cheapest.as_deref(), Some("tulong-trabaho"));
    }

    #[test]
    fn an_indian_learner_pays_nptels_exam_in_rupees() {
        let her = Profile { country: Some(Country::In), ..Profile::empty(Currency::Inr) };
        let offers = offers_to(&her, &["python"]);
        let nptel = offers.offers.iter().find(|o| o.route.id == "swayam-nptel").unwrap();
        assert_eq!((nptel.cost_minor, nptel.currency), (Some(100_000), Currency::Inr));
        assert!(offers.offers.iter().all(|o| o.route.country == SalaryCountry::In));
    }

    #[test]
    fn a_rate_is_used_as_given_inverted_or_through_the_dollar() {
        let rate = |from, to, value: &str| EffectiveRate {
            from,
            to,
            rate: value.into(),
            provenance: crate::catalog::Provenance::Estimate { method: "a test rate".into(), note: None },
            catalog: None,
            user: None,
            orphaned: false,
        };
        let rates = [rate(Currency::Usd, Currency::Php, "58"), rate(Currency::Usd, Currency::Inr, "87")];
        assert_eq!(rate_between(&rates, Currency::Usd, Currency::Php), Some(Decimal::from(58)));
        assert_eq!(rate_between(&rates, Currency::Php, Currency::Usd).map(|r| (r * Decimal::from(58)).round_dp(20)), Some(Decimal::ONE));
        assert_eq!(
            rate_between(&rates, Currency::Inr, Currency::Php).map(|r| (r * Decimal::from(87)).round_dp(20)),
            Some(Decimal::from(58))
        );
    }
}
