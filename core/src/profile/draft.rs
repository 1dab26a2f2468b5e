//! The profile as typed into a form, and the rules that turn it into a
//! [`Profile`]. An empty string means "not given".

use chrono::{Datelike, Months, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::errors::{grouped, FieldError};
use super::types::{
    Answer, BpoRole, Country, Employment, Household, Pay, Profile, SearchPlan, Shift, Situation, Sponsorship, Study, Weekday,
    MAX_DEPENDANTS,
};
use super::{
    default_currency, MAX_AGE_YEARS, MAX_HOURS_PER_WEEK, MAX_MONTHLY_MINOR, MAX_NAME_CHARS, MAX_SAVINGS_MINOR, MIN_AGE_YEARS,
    MIN_HOURS_PER_WEEK,
};
use crate::money::{parse_amount, AmountError, Currency};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ProfileDraft {
    pub name: String,
    pub country: String,
    pub currency: String,
    pub role: String,
    pub base_pay: String,
    pub night_differential: String,
    pub allowances: String,
    pub thirteenth_month: bool,
    pub monthly_expenses: String,
    pub savings: String,
    pub hours_per_week: String,
    pub shift: String,
    pub free_weekdays: Vec<String>,
    pub preferred_study_time: String,
    pub start_date: String,
    pub sponsorship: String,
    pub remind_on_start: bool,
    pub birth_year: String,
    pub employment: String,
    pub employer_trained: String,
    pub citizen: String,
    pub search_plan: String,
    pub dependants: String,
    pub sole_income: String,
}

/// Checks every field, collecting every problem rather than stopping at the first.
pub fn validate(draft: &ProfileDraft, today: NaiveDate) -> Result<Profile, Vec<FieldError>> {
    let mut errors = Vec::new();
    let country = choice(&draft.country, "country", Country::from_code, &mut errors);
    let currency = currency(&draft.currency, country, &mut errors);
    let amount = |text: &str, field: &'static str, errors: &mut Vec<FieldError>| {
        optional(text).and_then(|t| match parse_amount(t, currency) {
            Ok(minor) => Some(minor),
            // Too large to hold is simply out of range: say the range.
            Err(AmountError::TooLarge) => Some(i64::MAX),
            Err(e) => {
                errors.push(FieldError::amount(field, e));
                None
            }
        })
    };
    let profile = Profile {
        name: name(&draft.name, &mut errors),
        country,
        currency,
        role: choice(&draft.role, "role", BpoRole::from_code, &mut errors),
        pay: Pay {
            base_monthly_minor: amount(&draft.base_pay, "base_pay", &mut errors),
            night_differential_monthly_minor: amount(&draft.night_differential, "night_differential", &mut errors),
            allowances_monthly_minor: amount(&draft.allowances, "allowances", &mut errors),
            thirteenth_month: draft.thirteenth_month,
        },
        monthly_expenses_minor: amount(&draft.monthly_expenses, "monthly_expenses", &mut errors),
        savings_minor: amount(&draft.savings, "savings", &mut errors),
        study: study(draft, today, &mut errors),
        sponsorship: choice(&draft.sponsorship, "sponsorship", Sponsorship::from_code, &mut errors),
        situation: Situation {
            birth_year: birth_year(&draft.birth_year, today, &mut errors),
            employment: choice(&draft.employment, "employment", Employment::from_code, &mut errors),
            employer_trained: choice(&draft.employer_trained, "employer_trained", Answer::from_code, &mut errors),
            citizen: choice(&draft.citizen, "citizen", Answer::from_code, &mut errors),
        },
        household: Household {
            search_plan: choice(&draft.search_plan, "search_plan", SearchPlan::from_code, &mut errors),
            dependants: dependants(&draft.dependants, &mut errors),
            sole_income: choice(&draft.sole_income, "sole_income", Answer::from_code, &mut errors),
        },
    };
    if let Err(range_errors) = profile.check_ranges() {
        errors.extend(range_errors);
    }
    if errors.is_empty() {
        Ok(profile)
    } else {
        Err(errors)
    }
}

impl Profile {
    /// The rules a stored profile must meet, for records that arrive whole
    /// (an import) rather than typed. The start date is not held to "a year
    /// back" here: an old export is allowed to hold an old plan.
    pub fn check_record(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = self.check_ranges().err().unwrap_or_default();
        if let Some(name) = &self.name {
            name_rules(name, &mut errors);
        }
        if self.study.hours_per_week.is_some_and(|h| !(MIN_HOURS_PER_WEEK..=MAX_HOURS_PER_WEEK).contains(&h)) {
            errors.push(FieldError::whole_number("hours_per_week", MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK));
        }
        if self.study.hours_per_week.is_some() && self.study.free_weekdays.is_empty() {
            errors.push(FieldError::need_free_day());
        }
        let mut days = self.study.free_weekdays.clone();
        days.dedup();
        if days.len() != self.study.free_weekdays.len() {
            errors.push(FieldError::invalid_choice("free_weekdays"));
        }
        // A record's year of birth is held to what any day could accept: 1900 to 2100.
        if self.situation.birth_year.is_some_and(|y| !(1900..=2100).contains(&y)) {
            errors.push(FieldError::whole_number("birth_year", 1900, 2100));
        }
        if self.household.dependants.is_some_and(|n| n > MAX_DEPENDANTS) {
            errors.push(FieldError::whole_number("dependants", 0, MAX_DEPENDANTS));
        }
        if let Some(time) = &self.study.preferred_time {
            if NaiveTime::parse_from_str(time, "%H:%M").map(|t| t.format("%H:%M").to_string()).as_deref() != Ok(time.as_str()) {
                errors.push(FieldError::invalid_time("preferred_study_time"));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The numeric limits, checked again after a currency conversion.
    pub fn check_ranges(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        let max_monthly = grouped(MAX_MONTHLY_MINOR / 100);
        let monthly = [
            ("base_pay", self.pay.base_monthly_minor),
            ("night_differential", self.pay.night_differential_monthly_minor),
            ("allowances", self.pay.allowances_monthly_minor),
            ("monthly_expenses", self.monthly_expenses_minor),
        ];
        for (field, value) in monthly {
            if value.is_some_and(|v| !(0..=MAX_MONTHLY_MINOR).contains(&v)) {
                errors.push(FieldError::range_monthly(field, "0".into(), max_monthly.clone()));
            }
        }
        if self.savings_minor.is_some_and(|v| !(0..=MAX_SAVINGS_MINOR).contains(&v)) {
            errors.push(FieldError::range("savings", "0".into(), grouped(MAX_SAVINGS_MINOR / 100)));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

fn optional(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn choice<T>(text: &str, field: &'static str, parse: fn(&str) -> Option<T>, errors: &mut Vec<FieldError>) -> Option<T> {
    let text = optional(text)?;
    parse(text).or_else(|| {
        errors.push(FieldError::invalid_choice(field));
        None
    })
}

fn currency(text: &str, country: Option<Country>, errors: &mut Vec<FieldError>) -> Currency {
    match optional(text) {
        None => default_currency(country),
        Some(code) => Currency::from_code(code).unwrap_or_else(|| {
            errors.push(FieldError::invalid_choice("currency"));
            default_currency(country)
        }),
    }
}

fn name(text: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let text = optional(text)?;
    name_rules(text, errors);
    Some(text.to_string())
}

fn name_rules(text: &str, errors: &mut Vec<FieldError>) {
    if text.chars().count() > MAX_NAME_CHARS {
        errors.push(FieldError::too_long("name", MAX_NAME_CHARS));
    } else if text.chars().any(char::is_control) || text.trim() != text || text.is_empty() {
        errors.push(FieldError::invalid_text("name"));
    }
}

fn study(draft: &ProfileDraft, today: NaiveDate, errors: &mut Vec<FieldError>) -> Study {
    let hours_per_week = optional(&draft.hours_per_week).and_then(|text| {
        text.parse::<u32>().ok().filter(|h| (MIN_HOURS_PER_WEEK..=MAX_HOURS_PER_WEEK).contains(h)).or_else(|| {
            errors.push(FieldError::whole_number("hours_per_week", MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK));
            None
        })
    });
    let mut free_weekdays = Vec::new();
    for code in &draft.free_weekdays {
        match Weekday::from_code(code) {
            Some(day) if !free_weekdays.contains(&day) => free_weekdays.push(day),
            Some(_) => {}
            None => errors.push(FieldError::invalid_choice("free_weekdays")),
        }
    }
    free_weekdays.sort_by_key(|day| Weekday::ALL.iter().position(|d| d == day));
    if hours_per_week.is_some() && free_weekdays.is_empty() {
        errors.push(FieldError::need_free_day());
    }
    Study {
        hours_per_week,
        shift: choice(&draft.shift, "shift", Shift::from_code, errors),
        free_weekdays,
        preferred_time: preferred_time(&draft.preferred_study_time, errors),
        start_date: start_date(&draft.start_date, today, errors),
        remind_on_start: draft.remind_on_start,
    }
}

/// How many people depend on her income: a whole number from 0 to 20.
fn dependants(text: &str, errors: &mut Vec<FieldError>) -> Option<u32> {
    let text = optional(text)?;
    text.parse::<u32>().ok().filter(|n| *n <= MAX_DEPENDANTS).or_else(|| {
        errors.push(FieldError::whole_number("dependants", 0, MAX_DEPENDANTS));
        None
    })
}

/// A year of birth that makes her 15 to 100 this year.
fn birth_year(text: &str, today: NaiveDate, errors: &mut Vec<FieldError>) -> Option<i32> {
    let text = optional(text)?;
    let (earliest, latest) = (today.year() - MAX_AGE_YEARS, today.year() - MIN_AGE_YEARS);
    match text.parse::<i32>() {
        Ok(year) if (earliest..=latest).contains(&year) => Some(year),
        _ => {
            errors.push(FieldError::whole_number("birth_year", earliest as u32, latest as u32));
            None
        }
    }
}

fn preferred_time(text: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let text = optional(text)?;
    match NaiveTime::parse_from_str(text, "%H:%M") {
        Ok(time) => Some(time.format("%H:%M").to_string()),
        Err(_) => {
            errors.push(FieldError::invalid_time("preferred_study_time"));
            None
        }
    }
}

/// A start date at most one year back and five years ahead of today.
fn start_date(text: &str, today: NaiveDate, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let text = optional(text)?;
    let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") else {
        errors.push(FieldError::invalid_date("start_date"));
        return None;
    };
    let earliest = today.checked_sub_months(Months::new(12)).unwrap_or(today);
    let latest = today.checked_add_months(Months::new(60)).unwrap_or(today);
    if date < earliest || date > latest || date.year() < 1900 {
        errors.push(FieldError::date_range("start_date", earliest, latest));
        return None;
    }
    Some(date)
}

impl ProfileDraft {
    /// The form as it would be filled from a saved profile.
    pub fn from_profile(profile: &Profile) -> ProfileDraft {
        let money = |minor: Option<i64>| minor.map(crate::money::plain_amount).unwrap_or_default();
        let code = |c: Option<&'static str>| c.unwrap_or_default().to_string();
        ProfileDraft {
            name: profile.name.clone().unwrap_or_default(),
            country: code(profile.country.map(Country::code)),
            currency: profile.currency.code().to_string(),
            role: code(profile.role.map(BpoRole::code)),
            base_pay: money(profile.pay.base_monthly_minor),
            night_differential: money(profile.pay.night_differential_monthly_minor),
            allowances: money(profile.pay.allowances_monthly_minor),
            thirteenth_month: profile.pay.thirteenth_month,
            monthly_expenses: money(profile.monthly_expenses_minor),
            savings: money(profile.savings_minor),
            hours_per_week: profile.study.hours_per_week.map(|h| h.to_string()).unwrap_or_default(),
            shift: code(profile.study.shift.map(Shift::code)),
            free_weekdays: profile.study.free_weekdays.iter().map(|d| d.code().to_string()).collect(),
            preferred_study_time: profile.study.preferred_time.clone().unwrap_or_default(),
            start_date: profile.study.start_date.map(|d| d.to_string()).unwrap_or_default(),
            sponsorship: code(profile.sponsorship.map(Sponsorship::code)),
            remind_on_start: profile.study.remind_on_start,
            birth_year: profile.situation.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            employment: code(profile.situation.employment.map(Employment::code)),
            employer_trained: code(profile.situation.employer_trained.map(Answer::code)),
            citizen: code(profile.situation.citizen.map(Answer::code)),
            search_plan: code(profile.household.search_plan.map(SearchPlan::code)),
            dependants: profile.household.dependants.map(|n| n.to_string()).unwrap_or_default(),
            sole_income: code(profile.household.sole_income.map(Answer::code)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn typical() -> ProfileDraft {
        ProfileDraft {
            name: "Maria Santos".into(),
            country: "ph".into(),
            currency: "PHP".into(),
            role: "agent".into(),
            base_pay: "25,000".into(),
            night_differential: "2500".into(),
            allowances: "1000".into(),
            thirteenth_month: true,
            monthly_expenses: "18000".into(),
            savings: "60000".into(),
            hours_per_week: "10".into(),
            shift: "night".into(),
            free_weekdays: vec!["sun".into(), "sat".into()],
            preferred_study_time: "9:30".into(),
            start_date: "2027-01-04".into(),
            sponsorship: "unsure".into(),
            remind_on_start: true,
            birth_year: "1998".into(),
            employment: "employed".into(),
            employer_trained: "no".into(),
            citizen: "yes".into(),
            search_plan: "leaves_to_search".into(),
            dependants: "3".into(),
            sole_income: "yes".into(),
        }
    }

    #[test]
    fn the_household_answers_are_read_and_a_bad_count_is_refused_by_field() {
        let profile = validate(&typical(), today()).unwrap();
        assert_eq!(profile.household.search_plan, Some(SearchPlan::LeavesToSearch));
        assert_eq!(profile.household.dependants, Some(3));
        let back = ProfileDraft::from_profile(&profile);
        assert_eq!((back.search_plan, back.dependants, back.sole_income), ("leaves_to_search".into(), "3".into(), "yes".into()));
        for bad in ["-1", "21", "2.5", "two"] {
            let errors = validate(&ProfileDraft { dependants: bad.into(), ..typical() }, today()).unwrap_err();
            assert_eq!(fields(&errors), [("dependants", "whole_number")], "{bad}");
        }
        let errors = validate(&ProfileDraft { search_plan: "quit".into(), ..typical() }, today()).unwrap_err();
        assert_eq!(fields(&errors), [("search_plan", "invalid_choice")]);
    }

    fn fields(errors: &[FieldError]) -> Vec<(&str, &str)> {
        errors.iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_typical_profile_validates() {
        let profile = validate(&typical(), today()).unwrap();
        assert_eq!(profile.pay.base_monthly_minor, Some(2_500_000));
        assert_eq!(profile.study.free_weekdays, vec![Weekday::Sat, Weekday::Sun], "sorted Monday first");
        assert_eq!(profile.study.preferred_time.as_deref(), Some("09:30"));
        assert!(profile.study.remind_on_start, "the reminder choice is kept");
        assert!(ProfileDraft::from_profile(&profile).remind_on_start);
        assert_eq!(profile.pay.total_monthly_minor(), Some(3_058_333));
    }

    #[test]
    fn an_empty_draft_is_a_valid_empty_profile() {
        assert_eq!(validate(&ProfileDraft::default(), today()), Ok(Profile::empty(Currency::Php)));
        let indian = ProfileDraft { country: "in".into(), ..ProfileDraft::default() };
        assert_eq!(validate(&indian, today()).unwrap().currency, Currency::Inr);
    }

    #[test]
    fn a_negative_salary_is_refused_with_the_range() {
        let draft = ProfileDraft { base_pay: "-5000".into(), ..typical() };
        let errors = validate(&draft, today()).unwrap_err();
        assert_eq!(fields(&errors), vec![("base_pay", "range_monthly")]);
        assert_eq!(errors[0].message, "Monthly base pay must be between 0 and 10,000,000 a month.");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let draft = ProfileDraft {
            name: "x".repeat(81),
            country: "mars".into(),
            base_pay: "lots".into(),
            allowances: "10.555".into(),
            savings: "2,000,000,000".into(),
            hours_per_week: "0".into(),
            free_weekdays: vec!["funday".into()],
            preferred_study_time: "25:00".into(),
            start_date: "2030-13-01".into(),
            ..ProfileDraft::default()
        };
        let errors = validate(&draft, today()).unwrap_err();
        assert_eq!(
            fields(&errors),
            vec![
                ("country", "invalid_choice"),
                ("name", "too_long"),
                ("base_pay", "not_a_number"),
                ("allowances", "too_many_decimals"),
                ("hours_per_week", "whole_number"),
                ("free_weekdays", "invalid_choice"),
                ("preferred_study_time", "invalid_time"),
                ("start_date", "invalid_date"),
                ("savings", "range"),
            ]
        );
    }

    #[test]
    fn an_amount_too_large_to_hold_is_reported_as_out_of_range() {
        let draft = ProfileDraft { savings: "99999999999999999999".into(), ..typical() };
        let errors = validate(&draft, today()).unwrap_err();
        assert_eq!(errors[0].message, "Savings must be between 0 and 1,000,000,000.");
    }

    #[test]
    fn hours_must_be_whole_and_in_range() {
        for bad in ["0", "81", "10.5", "-3", "ten"] {
            let draft = ProfileDraft { hours_per_week: bad.into(), ..typical() };
            let errors = validate(&draft, today()).unwrap_err();
            assert_eq!(errors[0].message, "Study hours per week must be a whole number from 1 to 80.", "{bad}");
        }
        for good in ["1", "80", " 12 "] {
            assert!(validate(&ProfileDraft { hours_per_week: good.into(), ..typical() }, today()).is_ok(), "{good}");
        }
    }

    #[test]
    fn study_hours_need_a_free_day() {
        let draft = ProfileDraft { free_weekdays: vec![], ..typical() };
        assert_eq!(fields(&validate(&draft, today()).unwrap_err()), vec![("free_weekdays", "need_free_day")]);
    }

    #[test]
    fn the_start_date_is_at_most_a_year_back_and_five_years_ahead() {
        let at = |date: &str| validate(&ProfileDraft { start_date: date.into(), ..typical() }, today());
        assert!(at("2025-11-22").is_ok());
        assert!(at("2031-11-22").is_ok());
        let early = at("2025-11-21").unwrap_err();
        assert_eq!(early[0].message, "Start date must be between 2025-11-22 and 2031-11-22.");
        assert!(at("2031-11-23").is_err());
    }

    #[test]
    fn names_with_control_characters_are_refused() {
        let draft = ProfileDraft { name: "Ana\u{7}".into(), ..typical() };
        assert_eq!(fields(&validate(&draft, today()).unwrap_err()), vec![("name", "invalid_text")]);
    }

    #[test]
    fn unknown_fields_in_a_draft_are_refused() {
        let parsed: Result<ProfileDraft, _> = serde_json::from_str(r#"{"base_pay": "1", "salary": "2"}"#);
        assert!(parsed.unwrap_err().to_string().contains("salary"));
    }

    #[test]
    fn a_saved_profile_fills_the_form_back_to_the_same_profile() {
        let profile = validate(&typical(), today()).unwrap();
        let draft = ProfileDraft::from_profile(&profile);
        assert_eq!(draft.base_pay, "25000.00");
        assert_eq!(validate(&draft, today()), Ok(profile));
    }

    proptest! {
        #[test]
        fn no_draft_panics(
            name in "\\PC{0,90}", money in "\\PC{0,14}", hours in "\\PC{0,4}",
            time in "\\PC{0,6}", date in "\\PC{0,12}", days in proptest::collection::vec("\\PC{0,4}", 0..9),
        ) {
            let draft = ProfileDraft {
                name, base_pay: money.clone(), savings: money, hours_per_week: hours,
                preferred_study_time: time, start_date: date, free_weekdays: days, ..ProfileDraft::default()
            };
            let _ = validate(&draft, today());
        }
    }
}
