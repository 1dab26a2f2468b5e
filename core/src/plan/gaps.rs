//! The skill gap to a role: for each skill it needs, the hours from the
//! user's level to the required one. The plan's foundation steps are built
//! from it, and the assessment's gap quotes it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::catalog::{Catalog, Range, Role};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SkillGap {
    pub skill: String,
    pub current: u8,
    pub required: u8,
    /// Hours to go from `current` to `required` (0 when already there).
    pub hours: Range,
}

/// For each skill `role` needs, the hours from the user's level to the
/// required one. One skill state serves every role: a skill known for one
/// path counts for all that need it.
pub fn skill_gaps(catalog: &Catalog, role: &Role, known: &BTreeMap<String, u8>) -> Vec<SkillGap> {
    role.skills
        .iter()
        .filter_map(|req| {
            let skill = catalog.skill(&req.skill)?;
            let current = known.get(&req.skill).copied().unwrap_or(0).min(3);
            let at = |level: u8| if level == 0 { Range { low: 0.0, high: 0.0 } } else { skill.hours_to_level[level as usize - 1] };
            let hours = if current >= req.level {
                Range { low: 0.0, high: 0.0 }
            } else {
                Range { low: (at(req.level).low - at(current).low).max(0.0), high: (at(req.level).high - at(current).high).max(0.0) }
            };
            Some(SkillGap { skill: req.skill.clone(), current, required: req.level, hours })
        })
        .collect()
}
