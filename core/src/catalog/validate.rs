//! The rules every catalog must meet, checked whole: each broken rule is one
//! problem naming the record and the field, so a data edit that breaks
//! several things reports them all.

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use super::sources;
use super::types::*;
use super::Catalog;
use crate::money::Currency;

/// The largest exam or renewal fee that is plausible, in USD.
pub const MAX_FEE_USD: Decimal = Decimal::from_parts(20_000, 0, 0, false, 0);
/// The most hours any preparation or skill can take.
pub const MAX_HOURS: f64 = 5_000.0;

/// Every broken rule, as of `today` (given, so that a check never depends on
/// the day it runs: a source dated after `today` is refused).
pub fn problems(catalog: &Catalog, today: chrono::NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    for figure in super::in_use::outside_figures(catalog) {
        let at = format!("{:?} of {}", figure.kind, figure.subject);
        sourced_rules(&at, &figure.provenance, today, &mut out);
    }
    shared_bands(catalog, &mut out);
    falling_ladders(catalog, &mut out);
    unique_ids(catalog, &mut out);
    for domain in &catalog.domains {
        check_domain(catalog, domain, &mut out);
    }
    for role in &catalog.roles {
        check_role(catalog, role, &mut out);
    }
    for skill in &catalog.skills {
        check_skill(skill, &mut out);
    }
    for cert in &catalog.certifications {
        check_certification(catalog, cert, &mut out);
    }
    for option in &catalog.training {
        check_training(option, &mut out);
    }
    for rate in &catalog.exchange_rates {
        check_rate(rate, &mut out);
    }
    for route in &catalog.routes {
        check_route(catalog, route, &mut out);
    }
    prerequisite_cycles(catalog, &mut out);
    out
}

fn unique_ids(catalog: &Catalog, out: &mut Vec<String>) {
    let lists: [(&str, Vec<&str>); 5] = [
        ("domain", catalog.domains.iter().map(|d| d.id.as_str()).collect()),
        ("role", catalog.roles.iter().map(|r| r.id.as_str()).collect()),
        ("skill", catalog.skills.iter().map(|s| s.id.as_str()).collect()),
        ("certification", catalog.certifications.iter().map(|c| c.id.as_str()).collect()),
        ("training", catalog.training.iter().map(|t| t.id.as_str()).collect()),
    ];
    for (kind, ids) in lists {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                out.push(format!("{kind} {id}: the id is used twice"));
            }
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                out.push(format!("{kind} {id:?}: ids are lowercase letters, digits and hyphens"));
            }
        }
    }
}

fn check_domain(catalog: &Catalog, domain: &Domain, out: &mut Vec<String>) {
    let at = format!("domain {}", domain.id);
    let weights = domain.bpo_skill_weights.values();
    if weights.iter().any(|(_, w)| !(0.0..=1.0).contains(w)) {
        out.push(format!("{at}: each BPO skill weight is between 0 and 1"));
    }
    let total: f64 = weights.iter().map(|(_, w)| w).sum();
    if (total - 1.0).abs() > 1e-9 {
        out.push(format!("{at}: the BPO skill weights sum to {total}, not 1"));
    }
    match catalog.role(&domain.first_role) {
        None => out.push(format!("{at}: first_role {} is not a role", domain.first_role)),
        Some(role) if role.domain != domain.id => out.push(format!("{at}: first_role {} is in another domain", role.id)),
        Some(_) => {}
    }
    for level in [RoleLevel::Entry, RoleLevel::Mid, RoleLevel::Senior] {
        if !catalog.roles.iter().any(|r| r.domain == domain.id && r.level == level) {
            out.push(format!("{at}: no {level:?} role"));
        }
    }
    if let Some(p) = &domain.outlook_provenance {
        provenance(&format!("{at} outlook"), p, out);
    } else if domain.outlook.chars().any(|c| c.is_ascii_digit()) {
        out.push(format!("{at}: the outlook gives a number without outlook_provenance"));
    }
}

fn check_role(catalog: &Catalog, role: &Role, out: &mut Vec<String>) {
    let at = format!("role {}", role.id);
    if catalog.domain(&role.domain).is_none() {
        out.push(format!("{at}: domain {} does not exist", role.domain));
    }
    for requirement in &role.skills {
        if catalog.skill(&requirement.skill).is_none() {
            out.push(format!("{at}: skill {} does not exist", requirement.skill));
        }
        if requirement.level > 3 {
            out.push(format!("{at}: skill {} level {} is above 3", requirement.skill, requirement.level));
        }
    }
    for id in &role.certifications {
        match catalog.certification(id) {
            None => out.push(format!("{at}: certification {id} does not exist")),
            Some(cert) if matches!(cert.status, Status::Discontinued { .. }) => {
                out.push(format!("{at}: recommends {id}, which is discontinued"))
            }
            Some(_) => {}
        }
    }
    let mut countries = HashSet::new();
    for band in &role.salaries {
        let where_ = format!("{at} salary {:?}", band.country);
        if !countries.insert(band.country) {
            out.push(format!("{where_}: given twice"));
        }
        let expected = match band.country {
            SalaryCountry::Ph => Currency::Php,
            SalaryCountry::In => Currency::Inr,
            SalaryCountry::Us => Currency::Usd,
        };
        if band.currency != expected {
            out.push(format!("{where_}: currency should be {}", expected.code()));
        }
        pay_figures(&where_, band, out);
        provenance(&where_, &band.provenance, out);
    }
}

/// A band is low ≤ median ≤ high, a range is low < high with no median, and
/// one figure is a median alone; every figure is positive with two decimals.
fn pay_figures(at: &str, band: &SalaryBand, out: &mut Vec<String>) {
    let positive = [band.low, band.median, band.high].into_iter().flatten().all(|x| x > Decimal::ZERO);
    match (band.low, band.median, band.high) {
        (Some(low), Some(median), Some(high)) if low == high => {
            out.push(format!("{at}: low = median = high ({median}): give one figure as the median alone"))
        }
        (Some(low), Some(median), Some(high)) if !(low <= median && median <= high) => out.push(format!("{at}: needs low ≤ median ≤ high")),
        (Some(low), None, Some(high)) if low >= high => out.push(format!("{at}: a range needs low < high")),
        (Some(_), None, Some(_)) if !band.central.is_median() => out.push(format!("{at}: a range without a middle has no central kind")),
        (Some(_), _, Some(_)) | (None, Some(_), None) => {}
        _ => out.push(format!("{at}: give low, median and high; low and high; or the median alone")),
    }
    if !positive {
        out.push(format!("{at}: pay must be above 0"));
    }
    for value in [band.low, band.median, band.high].into_iter().flatten() {
        two_decimals(at, value, out);
    }
}

fn check_skill(skill: &Skill, out: &mut Vec<String>) {
    let at = format!("skill {}", skill.id);
    let mut previous_high = 0.0;
    for (level, range) in skill.hours_to_level.iter().enumerate() {
        hours_range(&format!("{at} level {}", level + 1), range.low, range.high, out);
        if range.high < previous_high {
            out.push(format!("{at}: level {} takes fewer hours than level {level}", level + 1));
        }
        previous_high = range.high;
    }
    provenance(&at, &skill.provenance, out);
}

fn check_certification(catalog: &Catalog, cert: &Certification, out: &mut Vec<String>) {
    let at = format!("certification {}", cert.id);
    if cert.domains.is_empty() {
        out.push(format!("{at}: belongs to no domain"));
    }
    for domain in &cert.domains {
        if catalog.domain(domain).is_none() {
            out.push(format!("{at}: domain {domain} does not exist"));
        }
    }
    for prerequisite in &cert.prerequisites {
        if catalog.certification(prerequisite).is_none() {
            out.push(format!("{at}: prerequisite {prerequisite} does not exist"));
        }
    }
    for recommended in &cert.recommended {
        if catalog.certification(recommended).is_none() || *recommended == cert.id {
            out.push(format!("{at}: recommended {recommended} does not exist, or is itself"));
        }
        if cert.prerequisites.contains(recommended) {
            out.push(format!("{at}: {recommended} is both required and recommended"));
        }
    }
    // 0 is a certificate earned through coursework, with no proctored exam.
    if cert.exams > 10 {
        out.push(format!("{at}: exams must be 0 to 10"));
    }
    if cert.exams == 0 && cert.exam_fee_usd.is_some() {
        out.push(format!("{at}: an exam fee without an exam"));
    }
    if cert.validity_years.is_some_and(|y| !(1..=10).contains(&y)) {
        out.push(format!("{at}: validity must be 1 to 10 years"));
    }
    if let Some(fee) = &cert.exam_fee_usd {
        fee_value(&format!("{at} exam fee"), fee.amount, out);
        provenance(&format!("{at} exam fee"), &fee.provenance, out);
    }
    match &cert.renewal {
        Renewal::AnnualFee { fee_usd, .. } => fee_value(&format!("{at} renewal"), *fee_usd, out),
        Renewal::CycleFee { fee_usd, every_years, .. } => {
            fee_value(&format!("{at} renewal"), *fee_usd, out);
            years(&format!("{at} renewal"), *every_years, out);
        }
        Renewal::ReExam { every_years, .. } | Renewal::FreeAssessment { every_years, .. } => {
            years(&format!("{at} renewal"), *every_years, out)
        }
        Renewal::Lifetime { .. } | Renewal::Unknown { .. } => {}
    }
    if let Some(p) = cert.renewal.provenance() {
        provenance(&format!("{at} renewal"), p, out);
    }
    if let Some(hours) = &cert.prep_hours {
        hours_range(&format!("{at} prep_hours"), hours.low, hours.high, out);
        provenance(&format!("{at} prep_hours"), &hours.provenance, out);
    }
    let figures = [
        ("exam fee", cert.exam_fee_usd.as_ref().map(|f| &f.provenance)),
        ("renewal", cert.renewal.provenance()),
        ("prep_hours", cert.prep_hours.as_ref().map(|h| &h.provenance)),
    ];
    for (what, provenance) in figures {
        if let Some(provenance) = provenance {
            vendor_rule(&format!("{at} {what}"), &cert.vendor, provenance, out);
        }
    }
    if let Status::Retiring { date } | Status::Discontinued { date } = &cert.status {
        date_text(&format!("{at} status date"), date, out);
    }
}

fn check_training(option: &TrainingOption, out: &mut Vec<String>) {
    let at = format!("training {}", option.id);
    let (low, high) = (option.price_usd.low(), option.price_usd.high());
    if !(low >= Decimal::ZERO && low <= high) {
        out.push(format!("{at}: price needs 0 ≤ low ≤ high"));
    }
    fee_value(&at, high, out);
    provenance(&at, &option.provenance, out);
}

fn check_rate(rate: &ExchangeRate, out: &mut Vec<String>) {
    let at = format!("exchange rate {}→{}", rate.from.code(), rate.to.code());
    if !(rate.rate > Decimal::ZERO && rate.rate < Decimal::from(1_000_000)) {
        out.push(format!("{at}: the rate must be greater than 0"));
    }
    provenance(&at, &rate.provenance, out);
}

fn fee_value(at: &str, value: Decimal, out: &mut Vec<String>) {
    if !(Decimal::ZERO..=MAX_FEE_USD).contains(&value) {
        out.push(format!("{at}: {value} is outside 0 to {MAX_FEE_USD} USD"));
    }
    two_decimals(at, value, out);
}

fn years(at: &str, value: u32, out: &mut Vec<String>) {
    if !(1..=10).contains(&value) {
        out.push(format!("{at}: every_years must be 1 to 10"));
    }
}

fn hours_range(at: &str, low: f64, high: f64, out: &mut Vec<String>) {
    if !(low.is_finite() && high.is_finite() && low >= 0.0 && low <= high && high <= MAX_HOURS) {
        out.push(format!("{at}: hours need 0 ≤ low ≤ high ≤ {MAX_HOURS}"));
    }
}

fn two_decimals(at: &str, value: Decimal, out: &mut Vec<String>) {
    if value.normalize().scale() > 2 {
        out.push(format!("{at}: {value} has more than two decimals"));
    }
}

/// Sourced figures name an address and a date; estimates say how they were made.
fn provenance(at: &str, provenance: &Provenance, out: &mut Vec<String>) {
    match provenance {
        Provenance::Sourced { source, as_of, confidence, .. } => {
            if source.trim().is_empty() {
                out.push(format!("{at}: a sourced figure needs its source address"));
            }
            date_text(&format!("{at} as_of"), as_of, out);
            match confidence.as_deref() {
                Some(kind) if sources::SOURCE_TYPES.contains(&kind) => {}
                other => out.push(format!("{at}: confidence {other:?} must say the kind of source: one of {:?}", sources::SOURCE_TYPES)),
            }
            let host = sources::first_host(source);
            let official = host.is_some_and(|h| sources::STATISTICS_OFFICES.iter().any(|office| sources::on_site(h, office)));
            if confidence.as_deref() == Some("official_statistic") && !official {
                out.push(format!("{at}: an official statistic cites a statistics office ({:?})", sources::STATISTICS_OFFICES));
            }
        }
        Provenance::Estimate { method, .. } => {
            if method.trim().len() < 10 {
                out.push(format!("{at}: an estimate needs its method, in words"));
            }
        }
        Provenance::User { .. } => out.push(format!("{at}: user figures never live in the embedded catalog")),
    }
}

/// A public route: a country it serves, what it leads to (ids that exist),
/// a cost whose kind has its fields, and sources for the cost and each rule.
fn check_route(catalog: &Catalog, route: &super::routes::PublicRoute, out: &mut Vec<String>) {
    use super::routes::RouteCostKind;
    let at = format!("route {}", route.id);
    if route.country == SalaryCountry::Us {
        out.push(format!("{at}: public routes are for the Philippines or India"));
    }
    if catalog.routes.iter().filter(|r| r.id == route.id).count() > 1 {
        out.push(format!("{at}: id used twice"));
    }
    for id in &route.leads_to.certifications {
        if catalog.certification(id).is_none() {
            out.push(format!("{at}: leads to certification {id}, which does not exist"));
        }
    }
    for id in &route.leads_to.skills {
        if catalog.skill(id).is_none() {
            out.push(format!("{at}: leads to skill {id}, which does not exist"));
        }
    }
    if route.leads_to.certifications.is_empty() && route.leads_to.skills.is_empty() && route.leads_to.credential.is_none() {
        out.push(format!("{at}: leads nowhere"));
    }
    let cost = &route.cost;
    let fields = (cost.amount.is_some(), cost.currency.is_some(), cost.percent.is_some(), cost.provenance.is_some());
    let shaped = match cost.kind {
        RouteCostKind::Free => fields == (false, false, false, true),
        RouteCostKind::Fee => fields == (true, true, false, true),
        RouteCostKind::Subsidy => fields == (true, true, true, true) && cost.percent.is_some_and(|p| (1..=100).contains(&p)),
        RouteCostKind::NotPublished => fields == (false, false, false, false),
    };
    if !shaped {
        out.push(format!("{at} cost: {:?} needs exactly its fields (fee: amount and currency; subsidy: percent 1–100, a cap and currency; a source unless not published)", cost.kind));
    }
    if let Some(amount) = cost.amount {
        if amount <= Decimal::ZERO {
            out.push(format!("{at} cost: the amount must be above 0"));
        }
        two_decimals(&format!("{at} cost"), amount, out);
    }
    for provenance in
        std::iter::once(&route.provenance).chain(cost.provenance.iter()).chain(route.eligibility.iter().map(|r| &r.provenance))
    {
        self::provenance(&at, provenance, out);
        operator_rule(&at, &route.operator, provenance, out);
    }
    for rule in &route.eligibility {
        if rule.words.trim().is_empty() {
            out.push(format!("{at}: an eligibility rule needs its words"));
        }
    }
}

/// A route's figure marked "vendor" cites an address on its operator's own site.
fn operator_rule(at: &str, operator: &str, provenance: &Provenance, out: &mut Vec<String>) {
    let Provenance::Sourced { source, confidence: Some(kind), .. } = provenance else { return };
    let host = sources::first_host(source);
    if kind == "vendor" && !host.is_some_and(|h| sources::operator_sites(operator).iter().any(|site| sources::on_site(h, site))) {
        out.push(format!("{at}: marked vendor, but {host:?} is not {operator}'s own site; mark it secondary or cite the operator"));
    }
}

/// A sourced figure names its publisher, and its date is not after `today`.
fn sourced_rules(at: &str, provenance: &Provenance, today: chrono::NaiveDate, out: &mut Vec<String>) {
    let Provenance::Sourced { publisher, as_of, .. } = provenance else { return };
    if publisher.as_deref().is_none_or(|p| p.trim().is_empty()) {
        out.push(format!("{at}: a sourced figure names its publisher, in words"));
    }
    if super::stats::first_day_of(as_of).is_some_and(|first| first > today) {
        out.push(format!("{at}: as of {as_of}, after today ({today}): a figure's date is never later than its source"));
    }
}

/// Two roles may share the very same pay figures in a country only when it is
/// said why: an estimate that copies a role's figure says so in its method;
/// two or more sourced bands with the same figures each say why (`shared_because`).
fn shared_bands(catalog: &Catalog, out: &mut Vec<String>) {
    /// A band's figures: country, period, low, median, high.
    type Figures = (SalaryCountry, Period, Option<Decimal>, Option<Decimal>, Option<Decimal>);
    let mut by_figures: HashMap<Figures, Vec<(&str, &SalaryBand)>> = HashMap::new();
    for role in &catalog.roles {
        for band in &role.salaries {
            by_figures.entry((band.country, band.period, band.low, band.median, band.high)).or_default().push((&role.id, band));
        }
    }
    let mut groups: Vec<_> = by_figures.into_values().filter(|roles| roles.len() > 1).collect();
    groups.sort_by_key(|roles| roles[0].0);
    for roles in groups {
        let ids: Vec<&str> = roles.iter().map(|(id, _)| *id).collect();
        let sourced: Vec<_> = roles.iter().filter(|(_, band)| !matches!(band.provenance, Provenance::Estimate { .. })).collect();
        if sourced.len() < 2 {
            continue;
        }
        for (id, band) in sourced {
            if band.shared_because.as_deref().is_none_or(|w| w.trim().is_empty()) {
                out.push(format!("role {id} salary {:?}: the same figures as {ids:?}; say why in shared_because", band.country));
            }
        }
    }
}

/// In a domain, no role pays less (a month, on her basis) than every role a
/// level below it in the same country, unless its band says why (`falls_because`).
fn falling_ladders(catalog: &Catalog, out: &mut Vec<String>) {
    fn middle(role: &Role, country: SalaryCountry) -> Option<Decimal> {
        role.salaries.iter().find(|b| b.country == country)?.comparable().map(|pay| pay.middle)
    }
    for role in &catalog.roles {
        let below = match role.level {
            RoleLevel::Entry => continue,
            RoleLevel::Mid => RoleLevel::Entry,
            RoleLevel::Senior => RoleLevel::Mid,
        };
        for band in &role.salaries {
            let Some(pay) = middle(role, band.country) else { continue };
            let lower: Vec<Decimal> = catalog
                .roles
                .iter()
                .filter(|r| r.domain == role.domain && r.level == below)
                .filter_map(|r| middle(r, band.country))
                .collect();
            let falls = !lower.is_empty() && lower.iter().all(|m| pay < *m);
            if falls && band.falls_because.as_deref().is_none_or(|w| w.trim().is_empty()) {
                out.push(format!(
                    "role {} salary {:?}: pays less than every {:?} role in {}; say why in falls_because",
                    role.id, band.country, below, role.domain
                ));
            }
        }
    }
}

/// A figure marked "vendor" cites an address on that vendor's own site.
fn vendor_rule(at: &str, vendor: &str, provenance: &Provenance, out: &mut Vec<String>) {
    let Provenance::Sourced { source, confidence: Some(kind), .. } = provenance else { return };
    if kind != "vendor" {
        return;
    }
    let host = sources::first_host(source);
    if !host.is_some_and(|h| sources::vendor_sites(vendor).iter().any(|site| sources::on_site(h, site))) {
        out.push(format!("{at}: marked vendor, but {host:?} is not {vendor}'s own site; mark it secondary or cite the vendor"));
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn date_text(at: &str, text: &str, out: &mut Vec<String>) {
    let ok = match text.len() {
        4 => text.parse::<u16>().is_ok(),
        7 => chrono::NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d").is_ok(),
        10 => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
        _ => false,
    };
    if !ok {
        out.push(format!("{at}: {text:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    }
}

/// Prerequisites must form no cycle (depth-first search with colours).
fn prerequisite_cycles(catalog: &Catalog, out: &mut Vec<String>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit<'a>(id: &'a str, catalog: &'a Catalog, marks: &mut HashMap<&'a str, Mark>, out: &mut Vec<String>) {
        match marks.get(id) {
            Some(Mark::Done) => return,
            Some(Mark::Visiting) => {
                out.push(format!("certification {id}: its prerequisites form a cycle"));
                return;
            }
            None => {}
        }
        marks.insert(id, Mark::Visiting);
        if let Some(cert) = catalog.certification(id) {
            for prerequisite in &cert.prerequisites {
                visit(prerequisite, catalog, marks, out);
            }
        }
        marks.insert(id, Mark::Done);
    }
    let mut marks = HashMap::new();
    for cert in &catalog.certifications {
        visit(&cert.id, catalog, &mut marks, out);
    }
}
