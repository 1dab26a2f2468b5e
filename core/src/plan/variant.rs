//! A plan as it would be with one candidate certification and without the
//! others: the one rule the certification choice (`app::certifications`)
//! runs her plan by. The other candidates' exam steps are skipped, which is
//! the rule the plan already has for a skipped step (no dates, not costed,
//! nothing waits for it); a candidate the plan lacks gets the exam step the
//! builder would have given it.

use super::model::{exam_review_hours, exam_step_title};
use super::{Milestone, Phase, Plan, Status};
use crate::catalog::Catalog;

/// `plan` with `candidate` (and the certifications it requires) taken, and
/// every other certification in `others` skipped.
pub fn with_only(plan: &Plan, catalog: &Catalog, candidate: &str, others: &[String]) -> Plan {
    let keep = catalog.with_required(&[candidate.to_string()]);
    let mut plan = plan.clone();
    for milestone in &mut plan.milestones {
        let skipped = milestone.exam.as_ref().is_some_and(|exam| others.contains(exam) && !keep.contains(exam));
        if skipped && milestone.status != Status::Done {
            milestone.status = Status::Skipped;
            milestone.started_on = None;
        }
    }
    for id in &keep {
        if !plan.milestones.iter().any(|m| m.exam.as_deref() == Some(id)) {
            if let Some(cert) = catalog.certification(id) {
                add_exam_step(&mut plan, cert);
            }
        }
    }
    plan
}

/// Puts `cert`'s exam step where the builder puts one: after the last
/// certification step (else after the last study step), before what
/// followed it, which now waits for the exam instead.
fn add_exam_step(plan: &mut Plan, cert: &crate::catalog::Certification) {
    let study = |m: &Milestone| !m.parallel && matches!(m.phase, Phase::Goal | Phase::Foundations | Phase::Labs | Phase::Certification);
    let at = plan
        .milestones
        .iter()
        .rposition(|m| !m.parallel && m.phase == Phase::Certification)
        .or_else(|| plan.milestones.iter().rposition(study));
    let previous = at.map(|i| plan.milestones[i].id.clone());
    let id = plan.next_milestone_id();
    let (hours, basis) = exam_review_hours(cert);
    let mut step = Milestone::new(id.clone(), exam_step_title(cert), Phase::Certification, hours, basis);
    step.exam = Some(cert.id.clone());
    step.after = previous.iter().cloned().collect();
    step.after.extend(
        cert.prerequisites.iter().filter_map(|p| plan.milestones.iter().find(|m| m.exam.as_deref() == Some(p)).map(|m| m.id.clone())),
    );
    step.after.dedup();
    let index = at.map_or(0, |i| i + 1);
    if let Some(previous) = previous {
        for later in plan.milestones[index..].iter_mut().filter(|m| !m.parallel) {
            if let Some(slot) = later.after.iter_mut().find(|a| **a == previous) {
                *slot = id.clone();
            }
        }
    }
    plan.milestones.insert(index, step);
    if !plan.certifications.contains(&cert.id) {
        plan.certifications.push(cert.id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(certs: &[&str]) -> Plan {
        let certifications: Vec<String> = certs.iter().map(|c| c.to_string()).collect();
        crate::plan::new_plan(Catalog::embedded(), "help-desk-technician", &certifications)
    }

    fn exams(plan: &Plan) -> Vec<(String, Status)> {
        plan.milestones.iter().filter_map(|m| Some((m.exam.clone()?, m.status))).collect()
    }

    #[test]
    fn the_other_candidates_are_skipped_and_the_rest_of_the_plan_is_kept() {
        let catalog = Catalog::embedded();
        let both = plan(&["comptia-security-plus", "aws-cloud-practitioner"]);
        let others = vec!["comptia-security-plus".to_string(), "aws-cloud-practitioner".to_string()];
        let aws = with_only(&both, catalog, "aws-cloud-practitioner", &others);
        assert_eq!(exams(&aws), [("comptia-security-plus".into(), Status::Skipped), ("aws-cloud-practitioner".into(), Status::Todo)]);
        assert_eq!(aws.milestones.len(), both.milestones.len());
        aws.check().unwrap();
    }

    #[test]
    fn a_candidate_the_plan_lacks_gets_the_step_the_builder_would_give_it() {
        let catalog = Catalog::embedded();
        let sec = plan(&["comptia-security-plus"]);
        let others = vec!["comptia-security-plus".to_string(), "aws-cloud-practitioner".to_string()];
        let aws = with_only(&sec, catalog, "aws-cloud-practitioner", &others);
        aws.check().unwrap();
        let built = plan(&["comptia-security-plus", "aws-cloud-practitioner"]);
        let step = |p: &Plan| p.milestones.iter().find(|m| m.exam.as_deref() == Some("aws-cloud-practitioner")).cloned().unwrap();
        let (added, expected) = (step(&aws), step(&built));
        assert_eq!(
            (&added.title, added.hours_hundredths, &added.hours_basis),
            (&expected.title, expected.hours_hundredths, &expected.hours_basis)
        );
        let position = |p: &Plan| p.milestones.iter().position(|m| m.exam.as_deref() == Some("aws-cloud-practitioner")).unwrap();
        assert_eq!(position(&aws), position(&built), "in the builder's place");
        let next = &aws.milestones[position(&aws) + 1..].iter().find(|m| !m.parallel).unwrap();
        assert!(next.after.contains(&added.id), "what followed now waits for the exam");
        assert!(aws.certifications.contains(&"aws-cloud-practitioner".to_string()));
    }

    #[test]
    fn a_candidate_keeps_what_it_requires() {
        let catalog = Catalog::embedded();
        let base = plan(&["ms-az-400", "comptia-security-plus"]);
        let others: Vec<String> = base.certifications.clone();
        let devops = with_only(&base, catalog, "ms-az-400", &others);
        let status = |p: &Plan, id: &str| p.milestones.iter().find(|m| m.exam.as_deref() == Some(id)).unwrap().status;
        assert_eq!(status(&devops, "ms-az-104"), Status::Todo, "AZ-400 needs AZ-104");
        assert_eq!(status(&devops, "comptia-security-plus"), Status::Skipped);
    }
}
