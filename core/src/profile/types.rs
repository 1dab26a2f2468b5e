//! The profile's types. Enums travel as short lowercase codes, the same in
//! JSON, in the store and in the UI's message keys.

use serde::{Deserialize, Serialize};

use crate::money::Currency;

macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
        pub enum $name { $(#[serde(rename = $code)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

coded_enum!(
    /// Where the user lives and works.
    Country { Ph => "ph", In => "in", Us => "us", Other => "other" }
);

coded_enum!(
    /// The user's current job in BPO.
    BpoRole {
        Agent => "agent",
        SeniorAgent => "senior_agent",
        TeamLead => "team_lead",
        QaAnalyst => "qa_analyst",
        Trainer => "trainer",
        WorkforceManagement => "workforce_management",
        BackOffice => "back_office",
        Other => "other",
    }
);

coded_enum!(
    /// When the user's working hours fall.
    Shift { Day => "day", Mid => "mid", Night => "night" }
);

coded_enum!(
    /// Days of the week, Monday first.
    Weekday { Mon => "mon", Tue => "tue", Wed => "wed", Thu => "thu", Fri => "fri", Sat => "sat", Sun => "sun" }
);

coded_enum!(
    /// Whether the employer pays for certifications.
    Sponsorship { Yes => "yes", No => "no", Unsure => "unsure" }
);

coded_enum!(
    /// Whether the user works now.
    Employment { Employed => "employed", NotEmployed => "not_employed" }
);

coded_enum!(
    /// A plain yes or no, for questions a user may leave unanswered.
    Answer { Yes => "yes", No => "no" }
);

coded_enum!(
    /// When she means to leave her current job for the new one: the money
    /// story's assumption about her pay before the new job starts.
    SearchPlan { KeepsJob => "keeps_job", LeavesToSearch => "leaves_to_search", LeavesToStudy => "leaves_to_study" }
);

/// The most dependants the profile takes (a household larger than this is
/// not one the advice on emergency funds distinguishes).
pub const MAX_DEPENDANTS: u32 = 20;

/// What decides how much she should have saved before she moves: when she
/// leaves her job, and who relies on her pay. Every answer is optional.
/// Absent from profiles and exports before schema version 11.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Household {
    /// `None` until she chooses (a profile saved before version 11, or the
    /// question skipped): [`Profile::search_assumption`] says what applies.
    pub search_plan: Option<SearchPlan>,
    /// How many people depend on her income.
    pub dependants: Option<u32>,
    /// Whether hers is the only income in her household.
    pub sole_income: Option<Answer>,
}

/// The search plan a money story uses: hers, or the default when she has not chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SearchAssumption {
    pub plan: SearchPlan,
    /// She chose it; otherwise it is the default, which the app says once.
    pub chosen: bool,
    /// She has a job to keep or leave (not "not working now").
    pub employed: bool,
}

/// What public training routes ask about the user (their eligibility rules):
/// every answer is optional, and a route whose rule needs a missing one says
/// which to give. Absent from profiles and exports before schema version 10.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Situation {
    pub birth_year: Option<i32>,
    pub employment: Option<Employment>,
    /// Whether her employer already trains her in an enterprise-based
    /// programme (the Tulong-Trabaho Act leaves such workers out).
    pub employer_trained: Option<Answer>,
    /// Whether she is a citizen of the country she lives in.
    pub citizen: Option<Answer>,
}

/// Monthly pay, gross (before tax), in minor units of the profile's currency.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Pay {
    pub base_monthly_minor: Option<i64>,
    pub night_differential_monthly_minor: Option<i64>,
    pub allowances_monthly_minor: Option<i64>,
    pub thirteenth_month: bool,
}

impl Pay {
    /// base + night differential + allowances + base ÷ 12 (rounded half away
    /// from zero to the minor unit) when a 13th-month pay applies. `None`
    /// until the base pay is known.
    pub fn total_monthly_minor(&self) -> Option<i64> {
        let base = self.base_monthly_minor?;
        Some(
            base + self.night_differential_monthly_minor.unwrap_or(0)
                + self.allowances_monthly_minor.unwrap_or(0)
                + self.thirteenth_month_share_minor().unwrap_or(0),
        )
    }

    /// base ÷ 12, rounded half away from zero, when a 13th-month pay applies.
    pub fn thirteenth_month_share_minor(&self) -> Option<i64> {
        let base = self.base_monthly_minor.filter(|_| self.thirteenth_month)?;
        Some((base + 6) / 12)
    }
}

/// The time the user can give to study.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Study {
    pub hours_per_week: Option<u32>,
    pub shift: Option<Shift>,
    pub free_weekdays: Vec<Weekday>,
    /// "HH:MM", 24-hour clock, in the user's time zone.
    pub preferred_time: Option<String>,
    pub start_date: Option<chrono::NaiveDate>,
    /// A desktop notification at start-up when something is due. Off by
    /// default; absent from export files written before schema version 8.
    #[serde(default)]
    pub remind_on_start: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: Option<String>,
    pub country: Option<Country>,
    pub currency: Currency,
    pub role: Option<BpoRole>,
    pub pay: Pay,
    pub monthly_expenses_minor: Option<i64>,
    pub savings_minor: Option<i64>,
    pub study: Study,
    pub sponsorship: Option<Sponsorship>,
    #[serde(default)]
    pub situation: Situation,
    #[serde(default)]
    pub household: Household,
}

impl Profile {
    /// An empty profile in a currency: what "skip every step" saves.
    pub fn empty(currency: Currency) -> Profile {
        Profile {
            name: None,
            country: None,
            currency,
            role: None,
            pay: Pay::default(),
            monthly_expenses_minor: None,
            savings_minor: None,
            study: Study::default(),
            sponsorship: None,
            situation: Situation::default(),
            household: Household::default(),
        }
    }

    /// The search plan the money story uses. Her choice when she made one;
    /// else the default: she keeps her job while she searches, unless she
    /// said she is not working now (then no job pay comes before the new job).
    pub fn search_assumption(&self) -> SearchAssumption {
        let employed = self.situation.employment != Some(Employment::NotEmployed);
        match (employed, self.household.search_plan) {
            // Not working now: nothing to choose, so nothing to say once.
            (false, _) => SearchAssumption { plan: SearchPlan::LeavesToStudy, chosen: true, employed },
            (true, Some(plan)) => SearchAssumption { plan, chosen: true, employed },
            (true, None) => SearchAssumption { plan: SearchPlan::KeepsJob, chosen: false, employed },
        }
    }

    /// True when any stored amount is in the profile's currency.
    pub fn has_amounts(&self) -> bool {
        self.amounts().iter().any(Option::is_some)
    }

    fn amounts(&self) -> [Option<i64>; 5] {
        [
            self.pay.base_monthly_minor,
            self.pay.night_differential_monthly_minor,
            self.pay.allowances_monthly_minor,
            self.monthly_expenses_minor,
            self.savings_minor,
        ]
    }

    /// This profile with every amount taken from `other`.
    pub fn with_amounts_of(mut self, other: &Profile) -> Profile {
        self.pay.base_monthly_minor = other.pay.base_monthly_minor;
        self.pay.night_differential_monthly_minor = other.pay.night_differential_monthly_minor;
        self.pay.allowances_monthly_minor = other.pay.allowances_monthly_minor;
        self.monthly_expenses_minor = other.monthly_expenses_minor;
        self.savings_minor = other.savings_minor;
        self
    }

    /// The same profile with every amount passed through `f` (`None` if any fails).
    pub fn map_amounts(mut self, f: impl Fn(i64) -> Option<i64>) -> Option<Profile> {
        let apply = |v: Option<i64>| -> Result<Option<i64>, ()> { v.map(|m| f(m).ok_or(())).transpose() };
        self.pay.base_monthly_minor = apply(self.pay.base_monthly_minor).ok()?;
        self.pay.night_differential_monthly_minor = apply(self.pay.night_differential_monthly_minor).ok()?;
        self.pay.allowances_monthly_minor = apply(self.pay.allowances_monthly_minor).ok()?;
        self.monthly_expenses_minor = apply(self.monthly_expenses_minor).ok()?;
        self.savings_minor = apply(self.savings_minor).ok()?;
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pay(base: i64, nd: i64, allowances: i64, thirteenth: bool) -> Pay {
        Pay {
            base_monthly_minor: Some(base),
            night_differential_monthly_minor: Some(nd),
            allowances_monthly_minor: Some(allowances),
            thirteenth_month: thirteenth,
        }
    }

    #[test]
    fn total_pay_adds_night_differential_allowances_and_the_thirteenth_month() {
        // ₱25,000 + ₱2,500 + ₱1,000 + ₱25,000 ÷ 12 (₱2,083.33) = ₱30,583.33
        assert_eq!(pay(2_500_000, 250_000, 100_000, true).total_monthly_minor(), Some(3_058_333));
        assert_eq!(pay(2_500_000, 250_000, 100_000, false).total_monthly_minor(), Some(2_850_000));
    }

    #[test]
    fn the_thirteenth_month_rounds_half_away_from_zero() {
        assert_eq!(pay(6, 0, 0, true).total_monthly_minor(), Some(7), "6/12 = 0.5 → 1");
        assert_eq!(pay(5, 0, 0, true).total_monthly_minor(), Some(5), "5/12 = 0.42 → 0");
    }

    #[test]
    fn no_base_pay_means_no_total() {
        assert_eq!(Pay::default().total_monthly_minor(), None);
    }

    #[test]
    fn codes_round_trip() {
        for role in BpoRole::ALL {
            assert_eq!(BpoRole::from_code(role.code()), Some(*role));
        }
        assert_eq!(serde_json::to_string(&Weekday::Sat).unwrap(), "\"sat\"");
        assert_eq!(Country::from_code("xx"), None);
    }
}
