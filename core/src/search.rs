//! Search over the catalog: names, vendors, skills and domains, with filters
//! (domain, level, vendor, price, hours) and sorting (relevance, cost, hours,
//! level). The Explore view and the CLI call this; nothing searches twice.
//!
//! Every query word must match some word of an entry: as a whole word, a
//! prefix, or the end of a compound ("security" in "cybersecurity", for
//! words of four letters or more). Matches in a name weigh most, then the
//! id, the vendor, the domain, the skills and the summary.
//!
//! Relevance ranks in tiers, then by score: entries matched in their name
//! first, then those matched elsewhere. A user without IT experience
//! (`prefer_entry`) sees entry-level roles and foundational certifications
//! first within a tier. A match inside a word ("aws" in "laws") is a last
//! resort: it counts only when nothing matches otherwise.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Certification, Range, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    Certification,
    Role,
    Domain,
    Skill,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    #[default]
    Relevance,
    /// First-attempt cost, cheapest first; entries without a cost last.
    Cost,
    /// Preparation hours (low end), shortest first; entries without hours last.
    Hours,
    /// Foundational/entry first.
    Level,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct SearchQuery {
    pub text: String,
    /// Only these kinds; all kinds when empty.
    pub kinds: Vec<HitKind>,
    pub domain: Option<String>,
    /// A certification level (`foundational`…) or a role level (`entry`…).
    pub level: Option<String>,
    pub vendor: Option<String>,
    /// Price bounds as typed (a filter, not an amount: each is compared
    /// with the exact cost after conversion to a decimal).
    pub min_price_usd: Option<f64>,
    pub max_price_usd: Option<f64>,
    pub min_hours: Option<f64>,
    pub max_hours: Option<f64>,
    pub sort: SortBy,
    /// At most this many hits (default 50).
    pub limit: Option<usize>,
    /// Entry-level roles and foundational certifications first within a
    /// relevance tier (the app sets it for a user without IT experience).
    pub prefer_entry: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Hit {
    pub kind: HitKind,
    pub id: String,
    pub title: String,
    /// The vendor of a certification, or the domain of a role.
    pub subtitle: String,
    pub level: Option<String>,
    pub domains: Vec<String>,
    /// First attempt in USD (fee × exams), when the fee is known. Exact.
    #[ts(type = "number | null")]
    #[serde(with = "crate::catalog::exact::option")]
    pub cost_usd: Option<Decimal>,
    /// The same cost in the user's currency, in minor units, when the app
    /// knows her currency and its rate (`app::catalog::search`); none here.
    pub cost_local: Option<LocalCost>,
    pub hours: Option<Range>,
    pub score: u32,
}

/// A cost in the user's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct LocalCost {
    pub currency: crate::money::Currency,
    pub minor: i64,
}

/// Field weights: a match in a name counts most.
const NAME: u32 = 10;
const ID: u32 = 6;
const VENDOR: u32 = 5;
const DOMAIN: u32 = 3;
const SKILL: u32 = 2;
const SUMMARY: u32 = 1;

struct Entry {
    hit: Hit,
    /// Lowercase words with the weight of the field they came from.
    words: Vec<(String, u32)>,
    vendor_lower: Option<String>,
    level_rank: u8,
}

/// The catalog's entries, tokenised once at start-up.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

fn words(text: &str, weight: u32, out: &mut Vec<(String, u32)>) {
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        out.push((word.to_lowercase(), weight));
    }
}

impl SearchIndex {
    pub fn build(catalog: &Catalog) -> SearchIndex {
        let mut entries = Vec::with_capacity(catalog.certifications.len() + catalog.roles.len() + 64);
        entries.extend(catalog.certifications.iter().map(|c| certification_entry(catalog, c)));
        entries.extend(catalog.roles.iter().map(|r| role_entry(catalog, r)));
        for domain in &catalog.domains {
            let mut w = Vec::new();
            words(&domain.name, NAME, &mut w);
            words(&domain.id, ID, &mut w);
            words(&domain.summary, SUMMARY, &mut w);
            entries.push(Entry {
                hit: hit(HitKind::Domain, &domain.id, &domain.name, "", None, vec![domain.id.clone()], None, None),
                words: w,
                vendor_lower: None,
                level_rank: 0,
            });
        }
        for skill in &catalog.skills {
            let mut w = Vec::new();
            words(&skill.name, NAME, &mut w);
            words(&skill.id, ID, &mut w);
            words(&skill.category, DOMAIN, &mut w);
            words(&skill.description, SUMMARY, &mut w);
            entries.push(Entry {
                hit: hit(HitKind::Skill, &skill.id, &skill.name, &skill.category, None, vec![], None, Some(skill.hours_to_level[2])),
                words: w,
                vendor_lower: None,
                level_rank: 0,
            });
        }
        SearchIndex { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn search(&self, query: &SearchQuery) -> Vec<Hit> {
        let terms: Vec<String> = {
            let mut w = Vec::new();
            words(&query.text, 0, &mut w);
            w.into_iter().map(|(word, _)| word).collect()
        };
        let candidates: Vec<&Entry> = self.entries.iter().filter(|entry| passes_filters(entry, query)).collect();
        let matched = |inside: bool| -> Vec<(&Entry, Match)> {
            candidates.iter().filter_map(|entry| score(entry, &terms, inside).map(|m| (*entry, m))).collect()
        };
        let mut found = matched(false);
        if found.is_empty() {
            found = matched(true);
        }
        let entry_rank = |e: &Entry| if query.prefer_entry { e.level_rank } else { 0 };
        found.sort_by(|(a, ma), (b, mb)| {
            let by_sort = match query.sort {
                SortBy::Relevance => {
                    ma.tier.cmp(&mb.tier).then_with(|| entry_rank(a).cmp(&entry_rank(b))).then_with(|| mb.points.cmp(&ma.points))
                }
                SortBy::Cost => cmp_missing_last(a.hit.cost_usd, b.hit.cost_usd),
                SortBy::Hours => cmp_missing_last(a.hit.hours.map(|h| h.low), b.hit.hours.map(|h| h.low)),
                SortBy::Level => a.level_rank.cmp(&b.level_rank),
            };
            by_sort
                .then_with(|| mb.points.cmp(&ma.points))
                .then_with(|| (a.hit.kind as u8).cmp(&(b.hit.kind as u8)))
                .then_with(|| a.hit.title.cmp(&b.hit.title))
        });
        found.into_iter().take(query.limit.unwrap_or(50)).map(|(entry, m)| Hit { score: m.points, ..entry.hit.clone() }).collect()
    }
}

/// How an entry matched a query: its relevance tier (0: every word in the
/// name; 1: in the name, id, vendor or domain; 2: in the skills or summary;
/// a skill two tiers lower) and its points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Match {
    tier: u8,
    points: u32,
}

fn cmp_missing_last<T: PartialOrd>(a: Option<T>, b: Option<T>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// How `entry` matches every query word, or `None` when some word matches
/// nothing. `inside` lets a word match inside another: the last resort.
fn score(entry: &Entry, terms: &[String], inside: bool) -> Option<Match> {
    let mut total = Match { tier: 0, points: 0 };
    for term in terms {
        let (points, weight) = entry
            .words
            .iter()
            .map(|(word, weight)| {
                let points = if word == term {
                    weight * 3
                } else if word.starts_with(term.as_str()) || (term.len() >= 4 && word.ends_with(term.as_str())) {
                    weight * 2
                } else if inside && term.len() >= 3 && word.contains(term.as_str()) {
                    *weight
                } else {
                    0
                };
                (points, *weight)
            })
            .max()
            .unwrap_or((0, 0));
        if points == 0 {
            return None;
        }
        total.points += points;
        total.tier = total.tier.max(match weight {
            NAME => 0,
            w if w >= DOMAIN => 1,
            _ => 2,
        });
    }
    // Skills are what a role asks for, not a path: they follow the roles and certifications that match as well.
    if entry.hit.kind == HitKind::Skill {
        total.tier += 2;
    }
    Some(total)
}

fn passes_filters(entry: &Entry, query: &SearchQuery) -> bool {
    let hit = &entry.hit;
    if !query.kinds.is_empty() && !query.kinds.contains(&hit.kind) {
        return false;
    }
    if query.domain.as_ref().is_some_and(|d| !hit.domains.contains(d)) {
        return false;
    }
    if query.level.as_ref().is_some_and(|l| hit.level.as_deref() != Some(l.as_str())) {
        return false;
    }
    if query.vendor.as_ref().is_some_and(|v| entry.vendor_lower.as_deref() != Some(v.to_lowercase().as_str())) {
        return false;
    }
    fn in_range<T: PartialOrd + Copy>(value: Option<T>, min: Option<T>, max: Option<T>) -> bool {
        (min.is_none() && max.is_none()) || value.is_some_and(|v| min.is_none_or(|m| v >= m) && max.is_none_or(|m| v <= m))
    }
    let bound = |b: Option<f64>| b.map(price_bound);
    in_range(hit.cost_usd, bound(query.min_price_usd), bound(query.max_price_usd))
        && in_range(hit.hours.map(|h| h.low), query.min_hours, None)
        && in_range(hit.hours.map(|h| h.high), None, query.max_hours)
}

/// A typed price bound as the decimal it was typed as: its shortest
/// round-trip text, so 200.1 is 200.1 and not 200.0999…; beyond what a
/// decimal holds, the end of the range.
fn price_bound(bound: f64) -> Decimal {
    bound.to_string().parse().unwrap_or(if bound < 0.0 { Decimal::MIN } else { Decimal::MAX })
}

#[allow(clippy::too_many_arguments)]
fn hit(
    kind: HitKind,
    id: &str,
    title: &str,
    subtitle: &str,
    level: Option<String>,
    domains: Vec<String>,
    cost_usd: Option<Decimal>,
    hours: Option<Range>,
) -> Hit {
    Hit { kind, id: id.into(), title: title.into(), subtitle: subtitle.into(), level, domains, cost_usd, cost_local: None, hours, score: 0 }
}

fn level_code<T: Serialize>(level: T) -> String {
    serde_json::to_value(level).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn certification_entry(catalog: &Catalog, cert: &Certification) -> Entry {
    let mut w = Vec::new();
    words(&cert.name, NAME, &mut w);
    words(&cert.id, ID, &mut w);
    words(&cert.vendor, VENDOR, &mut w);
    for domain in cert.domains.iter().filter_map(|d| catalog.domain(d)) {
        words(&domain.name, DOMAIN, &mut w);
    }
    let cost = cert.exam_fee_usd.as_ref().map(|fee| fee.amount * Decimal::from(cert.exams));
    let hours = cert.prep_hours.as_ref().map(|h| Range { low: h.low, high: h.high });
    Entry {
        hit: hit(
            HitKind::Certification,
            &cert.id,
            &cert.name,
            &cert.vendor,
            Some(level_code(cert.level)),
            cert.domains.clone(),
            cost,
            hours,
        ),
        words: w,
        vendor_lower: Some(cert.vendor.to_lowercase()),
        level_rank: cert.level as u8,
    }
}

fn role_entry(catalog: &Catalog, role: &Role) -> Entry {
    let mut w = Vec::new();
    words(&role.title, NAME, &mut w);
    words(&role.id, ID, &mut w);
    let domain_name = catalog.domain(&role.domain).map(|d| d.name.as_str()).unwrap_or_default();
    words(domain_name, DOMAIN, &mut w);
    for skill in role.skills.iter().filter_map(|s| catalog.skill(&s.skill)) {
        words(&skill.name, SKILL, &mut w);
    }
    words(&role.summary, SUMMARY, &mut w);
    // A role's hours are those of a plan for it from zero (the one model of hours).
    let total = crate::plan::PlanHours::for_role(catalog, role, &role.certifications, None, None).total_hundredths as f64 / 100.0;
    let hours = Some(Range { low: total, high: total });
    Entry {
        hit: hit(HitKind::Role, &role.id, &role.title, domain_name, Some(level_code(role.level)), vec![role.domain.clone()], None, hours),
        words: w,
        vendor_lower: None,
        level_rank: role.level as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::synthetic;

    fn index() -> SearchIndex {
        SearchIndex::build(&synthetic::catalog(4, 40))
    }

    fn query(text: &str) -> SearchQuery {
        SearchQuery { text: text.into(), ..SearchQuery::default() }
    }

    #[test]
    fn a_name_match_ranks_above_a_summary_match() {
        let hits = index().search(&query("security"));
        assert!(!hits.is_empty());
        assert!(hits[0].title.to_lowercase().contains("security"), "{:?}", hits[0]);
        let by_tier: Vec<_> = hits.iter().filter(|h| h.kind != HitKind::Skill).collect();
        let names = by_tier.iter().take_while(|h| h.title.to_lowercase().contains("security")).count();
        assert!(by_tier[..names].windows(2).all(|w| w[0].score >= w[1].score), "within the name tier, by points");
    }

    #[test]
    fn every_word_must_match() {
        let hits = index().search(&query("cisco security"));
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| h.subtitle == "Cisco"), "every hit matches both words: {hits:?}");
        assert!(hits[0].title.contains("Security"), "a name match ranks first: {hits:?}");
        assert!(index().search(&query("security xylophone")).is_empty());
    }

    #[test]
    fn prefixes_and_inner_words_match() {
        assert!(!index().search(&query("secur")).is_empty());
        assert!(!index().search(&query("comp")).is_empty(), "vendor prefix");
        assert!(index().search(&query("xy")).is_empty());
    }

    #[test]
    fn filters_narrow_the_list() {
        let all = index().search(&SearchQuery { limit: Some(1000), ..query("") });
        let narrowed = |q: SearchQuery| index().search(&SearchQuery { limit: Some(1000), ..q });
        let certs = narrowed(SearchQuery { kinds: vec![HitKind::Certification], ..query("") });
        assert_eq!(certs.len(), 40);
        assert!(certs.len() < all.len());
        let vendor = narrowed(SearchQuery { vendor: Some("cisco".into()), ..query("") });
        assert!(!vendor.is_empty() && vendor.iter().all(|h| h.subtitle == "Cisco"));
        let domain = narrowed(SearchQuery { domain: Some("domain-1".into()), ..query("") });
        assert!(!domain.is_empty() && domain.iter().all(|h| h.domains.contains(&"domain-1".to_string())));
        let level = narrowed(SearchQuery { level: Some("expert".into()), ..query("") });
        assert!(!level.is_empty() && level.iter().all(|h| h.level.as_deref() == Some("expert")));
        let cheap = narrowed(SearchQuery { max_price_usd: Some(200.0), ..query("") });
        assert!(!cheap.is_empty() && cheap.iter().all(|h| h.cost_usd.is_some_and(|c| c <= Decimal::from(200))));
        let short = narrowed(SearchQuery { max_hours: Some(100.0), ..query("") });
        assert!(!short.is_empty() && short.iter().all(|h| h.hours.is_some_and(|r| r.high <= 100.0)));
    }

    #[test]
    fn sorting_by_cost_hours_and_level() {
        let sorted = |sort| index().search(&SearchQuery { sort, kinds: vec![HitKind::Certification], limit: Some(1000), ..query("") });
        let by_cost = sorted(SortBy::Cost);
        assert!(by_cost.windows(2).all(|w| w[0].cost_usd.unwrap() <= w[1].cost_usd.unwrap()));
        let by_hours = sorted(SortBy::Hours);
        assert!(by_hours.windows(2).all(|w| w[0].hours.unwrap().low <= w[1].hours.unwrap().low));
        let by_level = sorted(SortBy::Level);
        assert_eq!(by_level[0].level.as_deref(), Some("foundational"));
        assert_eq!(by_level.last().unwrap().level.as_deref(), Some("expert"));
    }

    /// Issue 18: a role has no hours of its own; Explore's role hits quote a plan for it from zero.
    #[test]
    fn a_roles_hours_are_those_of_the_plan_built_for_it() {
        let catalog = Catalog::embedded();
        let hits = SearchIndex::build(catalog).search(&SearchQuery { kinds: vec![HitKind::Role], limit: Some(1000), ..query("") });
        assert_eq!(hits.len(), catalog.roles.len());
        for hit in hits {
            let role = catalog.role(&hit.id).unwrap();
            let milestones = crate::plan::build_milestones(&crate::plan::BuildInput {
                catalog,
                role: Some(role),
                certifications: &role.certifications,
                known_skills: None,
            });
            let planned = milestones.iter().map(|m| m.hours_hundredths).sum::<i64>() as f64 / 100.0;
            assert_eq!(hit.hours, Some(Range { low: planned, high: planned }), "{}", role.id);
        }
        let role = serde_json::to_value(&catalog.roles[0]).unwrap();
        assert!(role.get("prep_hours").is_none(), "no role hours are stored apart from the plan's");
    }

    fn titles(text: &str, prefer_entry: bool) -> Vec<String> {
        SearchIndex::build(Catalog::embedded()).search(&SearchQuery { prefer_entry, ..query(text) }).into_iter().map(|h| h.id).collect()
    }

    /// Issue 23: whole words and names first, entry level first for a newcomer, inside a word only as a last resort.
    #[test]
    fn security_finds_the_soc_analyst_and_the_beginner_certificate_before_the_managers() {
        let hits = titles("security", true);
        let at = |id: &str| hits.iter().position(|h| h == id).unwrap_or_else(|| panic!("{id} not found: {hits:?}"));
        assert!(at("soc-analyst") < 20, "the SOC analyst is found near the top: {hits:?}");
        assert!(at("isc2-cc") < at("isaca-cism"), "the beginner ISC2 CC before CISM: {hits:?}");
        assert!(at("comptia-security-plus") < at("isaca-cism"));
    }

    #[test]
    fn aws_finds_aws_and_not_the_words_that_contain_it() {
        let hits = titles("aws", true);
        assert!(hits.iter().all(|id| !id.contains("kyc") && id != "smart-contract-auditor"), "no “laws” or “flaws”: {hits:?}");
        let catalog = Catalog::embedded();
        let first = catalog.certification(&hits[0]).unwrap_or_else(|| panic!("a certification first: {hits:?}"));
        assert!(first.vendor == "AWS" && first.level == crate::catalog::CertLevel::Foundational, "a foundational AWS exam first: {hits:?}");
        let fallback = titles("ecurit", false);
        assert!(!fallback.is_empty(), "with nothing else, a match inside a word still finds something");
    }

    #[test]
    fn a_name_match_comes_before_a_match_elsewhere() {
        let hits = SearchIndex::build(Catalog::embedded()).search(&query("cloud"));
        let first_elsewhere = hits.iter().position(|h| !h.title.to_lowercase().contains("cloud")).unwrap_or(hits.len());
        assert!(hits[..first_elsewhere].iter().all(|h| h.title.to_lowercase().contains("cloud")));
        assert!(first_elsewhere > 0);
    }

    #[test]
    fn the_limit_applies_and_queries_refuse_unknown_fields() {
        assert_eq!(index().search(&SearchQuery { limit: Some(3), ..query("") }).len(), 3);
        assert!(serde_json::from_str::<SearchQuery>(r#"{"text": "x", "colour": "red"}"#).is_err());
    }

    #[test]
    fn a_typed_price_bound_is_the_decimal_that_was_typed() {
        assert_eq!(price_bound(200.1), Decimal::new(2001, 1), "an exact cost of 200.10 is within “at most 200.1”");
        assert_eq!(price_bound(0.0), Decimal::ZERO);
        assert_eq!(price_bound(1e300), Decimal::MAX);
        assert_eq!(price_bound(-1e300), Decimal::MIN);
    }
}
