//! Turns answers into an assessment: the triage level, the fired rules as reasons, the
//! contributing factors with their evidence, and every tip in the order that suits the user.
//! Factors explain; they never change the level.

use serde::Serialize;

use crate::domain::checker::answers::Answers;
use crate::domain::checker::factors::{contributing_factors, Factor};
use crate::domain::checker::rules::{serialize_source_names, Citation, RuleId};
use crate::domain::checker::rules::{TriageLevel, RULES};
use crate::domain::small_collections::sort_small_by;
use crate::domain::tips::{
    order_tips, tip_cautions, waiting_advice, TipCautionNote, TipId, WaitingAdvice,
};

/// A fired rule as the assessment reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub rule: RuleId,
    pub level: TriageLevel,
    #[serde(serialize_with = "serialize_source_names")]
    pub sources: &'static [Citation],
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub level: TriageLevel,
    /// Fired rules, most severe first, in table order within a level.
    pub reasons: Vec<Reason>,
    pub factors: Vec<Factor>,
    /// Self-care tips, those that answer the user's factors and reasons first. Empty at
    /// `urgent` and `emergency`: a person who needs help today should not be reading tips.
    pub tips: Vec<TipId>,
    /// What to do until help is reached, in place of tips at `urgent` and `emergency`.
    pub while_waiting: Vec<WaitingAdvice>,
    /// Tips that need care for this person, wherever they are shown.
    pub cautions: Vec<TipCautionNote>,
}

pub fn assess(answers: &Answers) -> Assessment {
    let mut reasons: Vec<Reason> = RULES
        .iter()
        .filter(|rule| (rule.fires)(answers))
        .map(|rule| Reason {
            rule: rule.id,
            level: rule.level,
            sources: rule.sources,
        })
        .collect();
    sort_small_by(&mut reasons, |a, b| b.level.cmp(&a.level));
    let level = reasons
        .first()
        .map_or(TriageLevel::SelfCare, |reason| reason.level);

    let factors = contributing_factors(answers);
    let fired: Vec<RuleId> = reasons.iter().map(|reason| reason.rule).collect();
    let cautions = tip_cautions(answers);
    let tips = if level.is_urgent_or_emergency() {
        Vec::new()
    } else {
        order_tips(&factors, &fired, &cautions)
    };
    Assessment {
        level,
        reasons,
        factors,
        tips,
        while_waiting: waiting_advice(level, &fired),
        cautions,
    }
}
