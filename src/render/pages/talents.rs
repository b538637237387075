//! The « Talents » page of the public and employers' sites: for each skill, the
//! learners who prove it and the experiences that do, attested proofs first. Built
//! from the view like every page, so only visible items count.

use super::super::cards::proof_ctx;
use super::super::context::{Talent, TalentSkill, TalentsPage};
use super::super::{i18n, Page, Renderer};
use crate::audience::{Audience, AudienceView, LearnerView, SkillProof};
use crate::error::Result;
use crate::journal::GroupKind;

/// Where the page is, inside a site.
pub(in crate::render) const PATH: &str = "talents/index.html";

/// Whether the site of `view` has a Talents page: the public one and employers'.
pub(in crate::render) fn has_talents(view: &AudienceView) -> bool {
    matches!(view.audience(), Audience::Public) || view.group_kind() == Some(GroupKind::Employers)
}

impl Renderer<'_> {
    pub(in crate::render) fn talents(&mut self) -> Result<Option<Page>> {
        if !has_talents(self.view) {
            return Ok(None);
        }
        let language = self.view.language();
        let root = "../";
        let mut skills: Vec<TalentSkill> = Vec::new();
        for (skill, mut learners) in by_skill(self.view) {
            learners.sort_by(|(a, pa), (b, pb)| {
                (pb.attested, pb.experiences.len(), pb.best_level)
                    .cmp(&(pa.attested, pa.experiences.len(), pa.best_level))
                    .then_with(|| a.name.cmp(&b.name))
            });
            skills.push(TalentSkill {
                id: skill.id.clone(),
                label: skill.label.clone(),
                category: skill.category.clone().unwrap_or_default(),
                description: skill.description.clone().unwrap_or_default(),
                reference: skill.reference.clone().unwrap_or_default(),
                url: format!("{root}skills/{}/index.html", skill.id),
                learners: learners
                    .into_iter()
                    .map(|(learner, proof)| Talent {
                        name: learner.name.clone(),
                        url: format!("{root}{}/index.html#skill-{}", learner.slug, skill.id),
                        level: proof.best_level.unwrap_or(0),
                        level_text: proof
                            .best_level
                            .map(|n| i18n::level(n, language, true))
                            .unwrap_or_default(),
                        count_text: i18n::count(proof.experiences.len(), "proof", language),
                        attested_text: i18n::attested_count(proof.attested, language),
                        proofs: proof
                            .experiences
                            .iter()
                            .filter_map(|slug| learner.experiences.iter().find(|e| &e.slug == slug))
                            .map(|e| proof_ctx(learner, e, &skill.id, root, language))
                            .collect(),
                    })
                    .collect(),
            });
        }
        let t = i18n::strings(language);
        let title = t["talents_title"].to_string();
        let meta = self.meta(
            PATH,
            &title,
            t["talents_intro"].to_string(),
            "website",
            None,
        );
        self.page(
            "talents.html",
            PATH.into(),
            &title,
            meta,
            TalentsPage { skills },
        )
        .map(Some)
    }
}

/// The skills the view's learners prove, in framework order (the order of each
/// learner's proofs), each with its learners and their proof.
fn by_skill(
    view: &AudienceView,
) -> Vec<(&crate::journal::Skill, Vec<(&LearnerView, &SkillProof)>)> {
    let mut out: Vec<(&crate::journal::Skill, Vec<(&LearnerView, &SkillProof)>)> = Vec::new();
    for learner in view.learners() {
        for proof in &learner.skills {
            match out.iter_mut().find(|(s, _)| s.id == proof.skill.id) {
                Some((_, list)) => list.push((learner, proof)),
                None => out.push((&proof.skill, vec![(learner, proof)])),
            }
        }
    }
    out.sort_by_key(|(s, _)| view.skill_rank(&s.id));
    out
}
