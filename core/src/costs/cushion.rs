//! How many months of expenses she is advised to have saved before she
//! moves: Pathway's rule, a labelled estimate built on the common advice of
//! three to six months. The prefill puts it in the story's
//! `emergency_fund_months`, so the fund, its gap and the plan document all
//! read one figure, and Help explains the rule in the same terms.

use serde::Serialize;

use crate::catalog::Provenance;
use crate::money::roi::LeavesJob;
use crate::profile::{Answer, Profile, SearchPlan};

/// The low end of the common advice: three months of expenses.
pub const BASE_MONTHS: u32 = 3;
/// Dependants add a month each, up to this many (the cushion then reaches
/// six months, the high end of the advice, with a sole income).
pub const MOST_MONTHS_FOR_DEPENDANTS: u32 = 2;
/// The story refuses a fund of more months than this (`emergency_fund_months`).
pub const MOST_MONTHS: u32 = 24;

/// What the rule reads of her case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Case {
    pub leaves_job: LeavesJob,
    pub dependants: u32,
    pub sole_income: bool,
    pub study_months: u32,
    pub search_months: u32,
}

impl Case {
    /// Her case from the profile (unanswered questions count as none and no)
    /// and the plan's months.
    pub fn of(profile: Option<&Profile>, study_months: u32, search_months: u32) -> Case {
        let household = profile.map(|p| &p.household);
        Case {
            leaves_job: profile.map_or(LeavesJob::AtNewJob, |p| leaves_job(p.search_assumption().plan)),
            dependants: household.and_then(|h| h.dependants).unwrap_or(0),
            sole_income: household.and_then(|h| h.sole_income) == Some(Answer::Yes),
            study_months,
            search_months,
        }
    }
}

/// The ROI's months without her job's pay for a search plan.
pub fn leaves_job(plan: SearchPlan) -> LeavesJob {
    match plan {
        SearchPlan::KeepsJob => LeavesJob::AtNewJob,
        SearchPlan::LeavesToSearch => LeavesJob::AfterStudy,
        SearchPlan::LeavesToStudy => LeavesJob::AtStart,
    }
}

/// The months of expenses advised, and the parts they are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Advice {
    pub months: u32,
    /// For the ordinary emergencies anyone meets: 3 to 6 months.
    pub cushion_months: u32,
    /// The months before the new job with no pay from her job.
    pub unpaid_months: u32,
}

/// Three months, one more when hers is the only income, one more for each
/// person who depends on it (at most two), plus every month before the new
/// job in which she has no job pay; at most 24.
pub fn advised(case: &Case) -> Advice {
    let cushion_months = BASE_MONTHS + u32::from(case.sole_income) + case.dependants.min(MOST_MONTHS_FOR_DEPENDANTS);
    let unpaid_months = case.leaves_job.months_without_pay(case.study_months, case.search_months);
    Advice { months: (cushion_months + unpaid_months).min(MOST_MONTHS), cushion_months, unpaid_months }
}

/// Where the advised months come from, as a badge shows it.
pub fn provenance() -> Provenance {
    Provenance::Estimate {
        method: "Pathway's rule: three months of expenses, one more when yours is the only income at home, one more for each \
                 person who depends on it (at most two), so three to six months for ordinary emergencies; then every month \
                 before the new job in which you have no pay from your job (none when you keep it), at most 24 in all."
            .into(),
        note: Some(
            "The three-to-six-month range is the common advice: Bangko Sentral ng Pilipinas, North Luzon office, as reported \
             by the Baguio Herald Express (https://baguioheraldexpressonline.com/saving-for-emergency-fund-key-to-financial-stability-bsp-says/, \
             undated, read December 2026); BPI AIA, 'Building your emergency fund' \
             (https://www.bpi-aia.com.ph/en/key-moments/building-my-wealth/building-your-emergency-fund.html, 2017-09-27), \
             which also advises more when income is uncertain."
                .into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(leaves_job: LeavesJob, dependants: u32, sole_income: bool) -> Case {
        Case { leaves_job, dependants, sole_income, study_months: 8, search_months: 3 }
    }

    #[test]
    fn keeping_her_job_needs_only_the_cushion() {
        assert_eq!(advised(&case(LeavesJob::AtNewJob, 0, false)), Advice { months: 3, cushion_months: 3, unpaid_months: 0 });
        assert_eq!(advised(&case(LeavesJob::AtNewJob, 1, true)).months, 5);
        assert_eq!(advised(&case(LeavesJob::AtNewJob, 7, true)).months, 6, "dependants add at most two months");
    }

    #[test]
    fn leaving_adds_every_unpaid_month_before_the_new_job() {
        assert_eq!(advised(&case(LeavesJob::AfterStudy, 2, false)), Advice { months: 8, cushion_months: 5, unpaid_months: 3 });
        assert_eq!(advised(&case(LeavesJob::AtStart, 2, false)), Advice { months: 16, cushion_months: 5, unpaid_months: 11 });
        let long = Case { study_months: 30, ..case(LeavesJob::AtStart, 2, true) };
        assert_eq!(advised(&long).months, MOST_MONTHS, "capped where the story's field stops");
    }

    #[test]
    fn an_unanswered_household_counts_as_none_and_the_default_keeps_her_job() {
        let profile = crate::profile::Profile::empty(crate::money::Currency::Php);
        let her = Case::of(Some(&profile), 6, 2);
        assert_eq!(her, Case { leaves_job: LeavesJob::AtNewJob, dependants: 0, sole_income: false, study_months: 6, search_months: 2 });
    }
}
