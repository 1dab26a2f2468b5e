//! The profile's row. Choices are stored as their codes; a code this build
//! does not know means the file was edited by hand or damaged, and is
//! reported rather than guessed.

use rusqlite::{params, OptionalExtension, Row};

use super::{Store, StoreError};
use crate::money::Currency;
use crate::profile::{
    Answer, BpoRole, Country, Employment, Household, Pay, Profile, SearchPlan, Shift, Situation, Sponsorship, Study, Weekday,
};

const COLUMNS: &str = "name, country, currency, role, base_pay_minor, night_differential_minor,
    allowances_minor, thirteenth_month, monthly_expenses_minor, savings_minor, hours_per_week,
    shift, free_weekdays, preferred_study_time, start_date, sponsorship, remind_on_start,
    birth_year, employment, employer_trained, citizen, search_plan, dependants, sole_income";

impl Store {
    /// The saved profile, or `None` before the first-run set-up is finished.
    pub fn load_profile(&self) -> Result<Option<Profile>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM profile WHERE id = 1");
        let row = self.conn.prepare_cached(&sql)?.query_row([], raw_profile).optional()?;
        row.map(RawProfile::into_profile).transpose()
    }

    /// Saves the profile (insert or replace), in one transaction.
    pub fn save_profile(&mut self, profile: &Profile) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        upsert_profile(&tx, profile)?;
        tx.commit()?;
        Ok(())
    }

    /// Saves the profile and, in the same transaction, the exam attempts
    /// whose cost a currency change converted (checked by the caller).
    pub fn save_profile_with_attempts(&mut self, profile: &Profile, attempts: &[crate::progress::Attempt]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        upsert_profile(&tx, profile)?;
        for attempt in attempts {
            super::progress::insert_body(&tx, attempt)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// Writes the one profile row inside the caller's transaction.
pub(super) fn upsert_profile(tx: &rusqlite::Transaction<'_>, profile: &Profile) -> Result<(), StoreError> {
    {
        let sql = format!(
            "INSERT INTO profile (id, {COLUMNS}, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,
                     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
             ON CONFLICT (id) DO UPDATE SET
               name = excluded.name, country = excluded.country, currency = excluded.currency,
               role = excluded.role, base_pay_minor = excluded.base_pay_minor,
               night_differential_minor = excluded.night_differential_minor,
               allowances_minor = excluded.allowances_minor, thirteenth_month = excluded.thirteenth_month,
               monthly_expenses_minor = excluded.monthly_expenses_minor, savings_minor = excluded.savings_minor,
               hours_per_week = excluded.hours_per_week, shift = excluded.shift,
               free_weekdays = excluded.free_weekdays, preferred_study_time = excluded.preferred_study_time,
               start_date = excluded.start_date, sponsorship = excluded.sponsorship,
               remind_on_start = excluded.remind_on_start,
               birth_year = excluded.birth_year, employment = excluded.employment,
               employer_trained = excluded.employer_trained, citizen = excluded.citizen,
               search_plan = excluded.search_plan, dependants = excluded.dependants,
               sole_income = excluded.sole_income,
               updated_at = excluded.updated_at"
        );
        let days: Vec<&str> = profile.study.free_weekdays.iter().map(|d| d.code()).collect();
        tx.execute(
            &sql,
            params![
                profile.name,
                profile.country.map(Country::code),
                profile.currency.code(),
                profile.role.map(BpoRole::code),
                profile.pay.base_monthly_minor,
                profile.pay.night_differential_monthly_minor,
                profile.pay.allowances_monthly_minor,
                profile.pay.thirteenth_month,
                profile.monthly_expenses_minor,
                profile.savings_minor,
                profile.study.hours_per_week,
                profile.study.shift.map(Shift::code),
                days.join(","),
                profile.study.preferred_time,
                profile.study.start_date.map(|d| d.to_string()),
                profile.sponsorship.map(Sponsorship::code),
                profile.study.remind_on_start,
                profile.situation.birth_year,
                profile.situation.employment.map(Employment::code),
                profile.situation.employer_trained.map(Answer::code),
                profile.situation.citizen.map(Answer::code),
                profile.household.search_plan.map(SearchPlan::code),
                profile.household.dependants,
                profile.household.sole_income.map(Answer::code),
            ],
        )?;
        Ok(())
    }
}

struct RawProfile {
    name: Option<String>,
    country: Option<String>,
    currency: String,
    role: Option<String>,
    amounts: [Option<i64>; 5],
    thirteenth_month: bool,
    hours_per_week: Option<u32>,
    shift: Option<String>,
    free_weekdays: String,
    preferred_time: Option<String>,
    start_date: Option<String>,
    sponsorship: Option<String>,
    remind_on_start: bool,
    birth_year: Option<i32>,
    situation_codes: [Option<String>; 3],
    search_plan: Option<String>,
    dependants: Option<u32>,
    sole_income: Option<String>,
}

fn raw_profile(row: &Row<'_>) -> rusqlite::Result<RawProfile> {
    Ok(RawProfile {
        name: row.get(0)?,
        country: row.get(1)?,
        currency: row.get(2)?,
        role: row.get(3)?,
        amounts: [row.get(4)?, row.get(5)?, row.get(6)?, row.get(8)?, row.get(9)?],
        thirteenth_month: row.get(7)?,
        hours_per_week: row.get(10)?,
        shift: row.get(11)?,
        free_weekdays: row.get(12)?,
        preferred_time: row.get(13)?,
        start_date: row.get(14)?,
        sponsorship: row.get(15)?,
        remind_on_start: row.get(16)?,
        birth_year: row.get(17)?,
        situation_codes: [row.get(18)?, row.get(19)?, row.get(20)?],
        search_plan: row.get(21)?,
        dependants: row.get(22)?,
        sole_income: row.get(23)?,
    })
}

/// Decodes an optional code, or reports the column that holds an unknown one.
fn decode<T>(value: Option<String>, column: &'static str, parse: fn(&str) -> Option<T>) -> Result<Option<T>, StoreError> {
    value.map(|code| parse(&code).ok_or(StoreError::Corrupt { table: "profile", column, value: code })).transpose()
}

impl RawProfile {
    fn into_profile(self) -> Result<Profile, StoreError> {
        let [base, night, allowances, expenses, savings] = self.amounts;
        let free_weekdays = self
            .free_weekdays
            .split(',')
            .filter(|code| !code.is_empty())
            .map(|code| decode(Some(code.to_string()), "free_weekdays", Weekday::from_code).map(Option::unwrap))
            .collect::<Result<Vec<_>, _>>()?;
        let start_date = decode(self.start_date, "start_date", |s| s.parse::<chrono::NaiveDate>().ok())?;
        Ok(Profile {
            name: self.name,
            country: decode(self.country, "country", Country::from_code)?,
            currency: decode(Some(self.currency), "currency", Currency::from_code)?.expect("decoded from Some"),
            role: decode(self.role, "role", BpoRole::from_code)?,
            pay: Pay {
                base_monthly_minor: base,
                night_differential_monthly_minor: night,
                allowances_monthly_minor: allowances,
                thirteenth_month: self.thirteenth_month,
            },
            monthly_expenses_minor: expenses,
            savings_minor: savings,
            study: Study {
                hours_per_week: self.hours_per_week,
                shift: decode(self.shift, "shift", Shift::from_code)?,
                free_weekdays,
                preferred_time: self.preferred_time,
                start_date,
                remind_on_start: self.remind_on_start,
            },
            sponsorship: decode(self.sponsorship, "sponsorship", Sponsorship::from_code)?,
            situation: {
                let [employment, employer_trained, citizen] = self.situation_codes;
                Situation {
                    birth_year: self.birth_year,
                    employment: decode(employment, "employment", Employment::from_code)?,
                    employer_trained: decode(employer_trained, "employer_trained", Answer::from_code)?,
                    citizen: decode(citizen, "citizen", Answer::from_code)?,
                }
            },
            household: Household {
                search_plan: decode(self.search_plan, "search_plan", SearchPlan::from_code)?,
                dependants: self.dependants,
                sole_income: decode(self.sole_income, "sole_income", Answer::from_code)?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{validate, ProfileDraft};

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        (dir, store)
    }

    fn full_profile() -> Profile {
        let draft = ProfileDraft {
            name: "Ravi Kumar".into(),
            country: "in".into(),
            role: "team_lead".into(),
            base_pay: "45,000.50".into(),
            night_differential: "3000".into(),
            allowances: "0".into(),
            monthly_expenses: "30000".into(),
            savings: "2,00,000".into(),
            hours_per_week: "6".into(),
            shift: "mid".into(),
            free_weekdays: vec!["tue".into(), "sun".into()],
            preferred_study_time: "06:30".into(),
            start_date: "2027-02-01".into(),
            sponsorship: "yes".into(),
            ..ProfileDraft::default()
        };
        validate(&draft, chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()).unwrap()
    }

    #[test]
    fn no_profile_before_set_up() {
        let (_dir, store) = store();
        assert_eq!(store.load_profile().unwrap(), None);
    }

    #[test]
    fn a_profile_round_trips_and_survives_reopening() {
        let (dir, mut store) = store();
        let profile = full_profile();
        store.save_profile(&profile).unwrap();
        assert_eq!(store.load_profile().unwrap(), Some(profile.clone()));
        drop(store);
        let reopened = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        assert_eq!(reopened.load_profile().unwrap(), Some(profile));
    }

    #[test]
    fn saving_again_replaces_the_one_profile() {
        let (_dir, mut store) = store();
        store.save_profile(&full_profile()).unwrap();
        let empty = Profile::empty(Currency::Usd);
        store.save_profile(&empty).unwrap();
        assert_eq!(store.load_profile().unwrap(), Some(empty));
    }

    #[test]
    fn an_unknown_code_in_the_file_is_reported_not_guessed() {
        let (_dir, mut store) = store();
        store.save_profile(&full_profile()).unwrap();
        store.conn.execute("UPDATE profile SET role = 'astronaut'", []).unwrap();
        let error = store.load_profile().unwrap_err();
        assert_eq!(error.code(), "store.corrupt");
        assert!(error.to_string().contains("astronaut"), "{error}");
    }

    #[test]
    fn the_schema_refuses_negative_amounts_even_if_validation_were_bypassed() {
        let (_dir, mut store) = store();
        let mut profile = full_profile();
        profile.pay.base_monthly_minor = Some(-1);
        assert!(store.save_profile(&profile).is_err());
        assert_eq!(store.load_profile().unwrap(), None, "nothing was written");
    }
}
