//! The portrait: who the learner is, their path, skills with proofs and stories;
//! and its JSON Resume beside it.

use super::super::context::{ExperienceCard, PortraitPage, StoryCard};
use super::super::{i18n, markdown, root_of, share, Page, Renderer};
use crate::audience::LearnerView;
use crate::error::Result;

impl Renderer<'_> {
    /// The portrait page and its JSON Resume.
    pub(in crate::render) fn portrait(&mut self, learner: &LearnerView) -> Result<Vec<Page>> {
        let path = format!("{}/index.html", learner.slug);
        let root = root_of(&path);
        let card = self.learner_card(learner, &root);
        let timeline: Vec<ExperienceCard> = learner
            .experiences
            .iter()
            .map(|e| self.experience_card(learner, e, &root))
            .collect();
        let stories: Vec<StoryCard> = learner
            .stories
            .iter()
            .map(|s| self.story_card(learner, s, &root))
            .collect();
        let skills = self.skills_ctx(learner, &root);
        let issuer = learner
            .experiences
            .iter()
            .flat_map(|e| &e.badges)
            .find(|b| b.published.is_some())
            .map(|b| b.claim.issuer_name.clone());
        let badges_note = issuer
            .map(|issuer| i18n::badges_note(&issuer, self.view.language()))
            .unwrap_or_default();
        let ctx = PortraitPage {
            learner: card,
            referent_url: learner
                .referent
                .as_ref()
                .and_then(|r| r.professional.as_deref())
                .and_then(|slug| self.view.professional(slug))
                .map(|p| format!("{root}pros/{}/index.html", p.slug)),
            bio_html: markdown::to_html_in(&learner.bio, self.view.language()),
            groups: learner.groups.iter().map(|g| g.name.clone()).collect(),
            referent: learner.referent.as_ref().map(|r| r.name.clone()),
            timeline,
            skills,
            badges_note,
            stories,
            visibility: self.visibility_ctx(learner, learner.visibility, &learner.shared_with),
        };
        let share_photo = learner.avatar.as_ref().or_else(|| {
            learner
                .experiences
                .iter()
                .rev()
                .find_map(|e| e.photos.first())
        });
        let mut meta = self.meta(
            &path,
            &learner.name,
            portrait_description(learner),
            "profile",
            share_photo,
        );
        let image = meta.image.as_ref().map(|i| i.url.clone());
        let skill_set = &i18n::strings(self.view.language())["skills"];
        meta.json_ld = self.view.audience().indexable().then(|| {
            share::script_json(&share::person(
                learner,
                meta.canonical.as_deref(),
                image.as_deref(),
                skill_set,
            ))
        });
        let resume = share::resume(learner, meta.canonical.as_deref(), image.as_deref());
        let resume = serde_json::to_string_pretty(&resume).unwrap_or_default();
        Ok(vec![
            self.page("portrait.html", path, &learner.name, meta, ctx)?,
            Page {
                path: format!("{}/resume.json", learner.slug),
                content: resume,
            },
        ])
    }
}

/// « headline — first words of the bio », for meta descriptions.
fn portrait_description(learner: &LearnerView) -> String {
    let bio = markdown::summary(&learner.bio, 200);
    match (learner.headline.is_empty(), bio.is_empty()) {
        (false, false) => format!("{} — {bio}", learner.headline),
        (false, true) => learner.headline.clone(),
        _ => bio,
    }
}
