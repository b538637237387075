//! The pieces several pages show: learner, experience and story cards, a whole
//! experience (its page, or a chapter of a story), the skill chart, and visibility
//! badges.

use super::context::{
    AttestationCtx, ExperienceCard, ExperienceCtx, LearnerCard, LinkCtx, PhotoCtx, ProofCtx,
    SkillChip, SkillCtx, StoryCard, VisibilityCtx,
};
use super::{i18n, markdown, Renderer};
use crate::audience::{Backing, ExperienceView, GroupView, LearnerView, StoryView};
use crate::journal::{Framing, Photo, Referent, Visibility};
use crate::render::search::facet_slug;

impl Renderer<'_> {
    /// The badge of an item of visibility `vis`, seen by the groups `shared_with`.
    pub(super) fn visibility_ctx(
        &self,
        learner: &LearnerView,
        vis: Visibility,
        shared_with: &[GroupView],
    ) -> VisibilityCtx {
        self.badge(vis, learner.referent.as_ref(), shared_with)
    }

    /// The badge of an item of visibility `vis`, seen by the groups `shared_with`,
    /// said to a reader followed by `referent` (none for a professional's item).
    pub(super) fn badge(
        &self,
        vis: Visibility,
        referent: Option<&Referent>,
        shared_with: &[GroupView],
    ) -> VisibilityCtx {
        let groups: Vec<String> = shared_with.iter().map(|g| g.name.clone()).collect();
        let language = self.view.language();
        VisibilityCtx {
            level: vis.keyword(),
            label: i18n::visibility_label(vis, language, referent, &groups),
            short: i18n::visibility_short_label(vis, language, referent, &groups),
        }
    }

    pub(super) fn learner_card(&mut self, learner: &LearnerView, root: &str) -> LearnerCard {
        LearnerCard {
            url: format!("{root}{}/index.html", learner.slug),
            name: learner.name.clone(),
            headline: learner.headline.clone(),
            avatar: self.avatar(learner, root),
            experience_count: learner.experiences.len(),
            experience_count_text: i18n::count(
                learner.experiences.len(),
                "experience",
                self.view.language(),
            ),
        }
    }

    /// The card of `exp` on a page whose root is `root`. A card is on many pages of
    /// a site (the feed, its tags', kind's, skills' and year's pages, the portrait):
    /// it is made once per root.
    pub(super) fn experience_card(
        &mut self,
        learner: &LearnerView,
        exp: &ExperienceView,
        root: &str,
    ) -> ExperienceCard {
        let key = (learner.slug.clone(), exp.slug.clone(), root.to_string());
        if let Some(card) = self.cards.get(&key) {
            return card.clone();
        }
        let card = self.make_experience_card(learner, exp, root);
        self.cards.insert(key, card.clone());
        card
    }

    fn make_experience_card(
        &mut self,
        learner: &LearnerView,
        exp: &ExperienceView,
        root: &str,
    ) -> ExperienceCard {
        let lang = self.view.language();
        ExperienceCard {
            slug: exp.slug.clone(),
            url: format!("{root}{}/experiences/{}/index.html", learner.slug, exp.slug),
            title: exp.title.clone(),
            date: i18n::human_date(&exp.date, lang),
            date_iso: exp.date.iso(),
            year: exp.date.year,
            kind: exp.kind.clone(),
            kind_label: exp.kind.as_deref().map(|k| i18n::kind_label(k, lang)),
            place: exp.place.clone(),
            thumb: exp
                .photos
                .first()
                .and_then(|p| self.thumb(p, exp.framing, root)),
            photo_count: exp.photos.len(),
            summary: markdown::summary(&exp.body, 160),
            learner: learner.name.clone(),
            learner_slug: learner.slug.clone(),
            skill_ids: exp.skills.iter().map(|s| s.id.clone()).collect(),
            visibility: self.visibility_ctx(learner, exp.visibility, &exp.shared_with),
        }
    }

    /// A whole experience: its card, text, tags, skills and photos (`with_thumbs`
    /// adds cropped thumbnails, for story mosaics), without the photo `leave_out`
    /// (a story's cover, already shown above its first chapter).
    pub(super) fn experience_ctx(
        &mut self,
        learner: &LearnerView,
        exp: &ExperienceView,
        root: &str,
        outer: Framing,
        with_thumbs: bool,
        leave_out: Option<&std::path::Path>,
    ) -> ExperienceCtx {
        let kept = |p: &&crate::journal::Photo| leave_out != Some(p.path.as_path());
        let card = self.experience_card(learner, exp, root);
        let language = self.view.language();
        let framing = exp.framing.or(outer);
        let thumbs: Vec<PhotoCtx> = if with_thumbs {
            exp.photos
                .iter()
                .filter(kept)
                .filter_map(|p| self.thumb(p, framing, root))
                .collect()
        } else {
            Vec::new()
        };
        let photos: Vec<PhotoCtx> = exp
            .photos
            .iter()
            .filter(kept)
            .filter_map(|p| self.shown(p, framing, root))
            .collect();
        let mosaic = match photos.len() {
            0 | 1 => "one",
            2 => "two",
            3 => "three",
            4 => "grid",
            _ => "many",
        };
        ExperienceCtx {
            card,
            body_html: markdown::to_html_in(&exp.body, language),
            tags: exp.tags.clone(),
            tag_urls: exp
                .tags
                .iter()
                .map(|t| format!("{root}tags/{}/index.html", facet_slug(t)))
                .collect(),
            kind_url: exp
                .kind
                .as_deref()
                .map(|k| format!("{root}kinds/{}/index.html", facet_slug(k))),
            skills: exp
                .skills
                .iter()
                .map(|s| SkillChip {
                    title: s.label.clone(),
                    url: format!("{root}skills/{}/index.html", s.id),
                    level_text: s
                        .level
                        .map(|n| i18n::level(n, language, false))
                        .unwrap_or_default(),
                    attested: s.attested,
                })
                .collect(),
            attestations: attestations(learner, exp, root, language),
            photos,
            thumbs,
            mosaic,
        }
    }

    pub(super) fn story_card(
        &mut self,
        learner: &LearnerView,
        story: &StoryView,
        root: &str,
    ) -> StoryCard {
        let cover = story
            .cover
            .clone()
            .or_else(|| first_story_photo(learner, story))
            .and_then(|p| self.thumb(&p, story.framing, root));
        StoryCard {
            url: format!("{root}{}/stories/{}/index.html", learner.slug, story.slug),
            title: story.title.clone(),
            summary: markdown::summary(&story.body, 200),
            experience_count: story.experiences.len(),
            experience_count_text: i18n::count(
                story.experiences.len(),
                "experience",
                self.view.language(),
            ),
            cover,
            visibility: self.visibility_ctx(learner, story.visibility, &story.shared_with),
        }
    }

    /// The skill chart of a portrait: each skill, its bar, and its proofs.
    pub(super) fn skills_ctx(&self, learner: &LearnerView, root: &str) -> Vec<SkillCtx> {
        let max = learner
            .skills
            .iter()
            .map(|s| s.experiences.len())
            .max()
            .unwrap_or(1)
            .max(1);
        let language = self.view.language();
        learner
            .skills
            .iter()
            .map(|proof| SkillCtx {
                id: proof.skill.id.clone(),
                label: proof.skill.label.clone(),
                count: proof.experiences.len(),
                count_text: i18n::count(proof.experiences.len(), "proof", language),
                percent: (proof.experiences.len() * 100 / max) as u32,
                level: proof.best_level.unwrap_or(0),
                level_text: proof
                    .best_level
                    .map(|n| i18n::level(n, language, true))
                    .unwrap_or_default(),
                attested_text: i18n::attested_count(proof.attested, language),
                proofs: proof
                    .experiences
                    .iter()
                    .filter_map(|slug| learner.experiences.iter().find(|e| &e.slug == slug))
                    .map(|e| proof_ctx(learner, e, &proof.skill.id, root, language))
                    .collect(),
            })
            .collect()
    }
}

/// One experience as a proof of skill `id`, with where the claim comes from.
pub(super) fn proof_ctx(
    learner: &LearnerView,
    e: &ExperienceView,
    id: &str,
    root: &str,
    language: crate::journal::Language,
) -> ProofCtx {
    let t = i18n::strings(language);
    let used = e.skills.iter().find(|s| s.id == id);
    let backing = used.map_or(Backing::Learner, |s| s.backing);
    let badge = e
        .badges
        .iter()
        .find(|b| b.claim.skill == id && b.verified == (backing == Backing::Verified));
    let source = match (backing, badge, &e.attestation) {
        (Backing::Verified, Some(b), _) => format!(
            "{} — {}",
            i18n::claimed_by(&b.claim, language, false),
            i18n::verified_by(&b.claim.issuer_name, language)
        ),
        (Backing::Renew, _, _) => t["renew"].to_string(),
        (Backing::Declared, _, Some(a)) => format!(
            "{} — {}",
            i18n::attested_by(a, language, false),
            t["declared_words"]
        ),
        _ => t["declared"].to_string(),
    };
    ProofCtx {
        title: e.title.clone(),
        url: format!("{root}{}/experiences/{}/index.html", learner.slug, e.slug),
        attested: backing == Backing::Verified,
        source,
        verify_url: badge
            .filter(|b| b.published.is_some())
            .map(|b| format!("{root}{}/badges/{}.json", learner.slug, b.id)),
        verify_what: i18n::verify_what(used.map_or(id, |s| s.label.as_str()), language),
    }
}

/// Who vouches for an experience, as its page says it: one block per attester of its
/// signed attestations (verified, or to renew), then the `[attestation]` the
/// learner wrote, as declared, for the skills no signed attestation covers.
fn attestations(
    learner: &LearnerView,
    exp: &ExperienceView,
    root: &str,
    language: crate::journal::Language,
) -> Vec<AttestationCtx> {
    let t = i18n::strings(language);
    let label = |id: &str| {
        exp.skills
            .iter()
            .find(|s| s.id == id)
            .map_or(id.to_string(), |s| s.label.clone())
    };
    let mut out: Vec<(crate::credentials::Claim, bool, AttestationCtx)> = Vec::new();
    for badge in &exp.badges {
        let c = &badge.claim;
        let same = out.iter_mut().find(|(o, verified, _)| {
            *verified == badge.verified
                && (&o.by, &o.role, &o.organisation, &o.quote, &o.date)
                    == (&c.by, &c.role, &c.organisation, &c.quote, &c.date)
        });
        let ctx = match same {
            Some((_, _, ctx)) => ctx,
            None => {
                let date = c
                    .date
                    .parse::<toml::value::Datetime>()
                    .ok()
                    .and_then(|d| crate::journal::Date::from_toml(&d).ok());
                out.push((
                    c.clone(),
                    badge.verified,
                    AttestationCtx {
                        by: i18n::claimed_by(c, language, true),
                        status: if badge.verified { "verified" } else { "renew" },
                        status_text: if badge.verified {
                            i18n::verified_by(&c.issuer_name, language)
                        } else {
                            t["renew"].to_string()
                        },
                        skills: Vec::new(),
                        verify: Vec::new(),
                        date: date
                            .map(|d| i18n::human_date(&d, language))
                            .unwrap_or_default(),
                        date_iso: date.map(|d| d.iso()).unwrap_or_default(),
                        quote: c.quote.clone().unwrap_or_default(),
                    },
                ));
                &mut out.last_mut().expect("just pushed").2
            }
        };
        ctx.skills.push(label(&c.skill));
        if badge.published.is_some() {
            ctx.verify.push(LinkCtx {
                title: i18n::verify_what(&label(&c.skill), language),
                url: format!("{root}{}/badges/{}.json", learner.slug, badge.id),
            });
        }
    }
    let mut list: Vec<AttestationCtx> = out.into_iter().map(|(_, _, ctx)| ctx).collect();
    if let Some(a) = &exp.attestation {
        let declared: Vec<String> = exp
            .skills
            .iter()
            .filter(|s| s.backing == Backing::Declared)
            .map(|s| s.label.clone())
            .collect();
        if !declared.is_empty() || exp.badges.is_empty() {
            list.push(AttestationCtx {
                by: i18n::attested_by(a, language, true),
                status: "declared",
                status_text: t["declared_words"].to_string(),
                skills: declared,
                verify: Vec::new(),
                date: a
                    .date
                    .map(|d| i18n::human_date(&d, language))
                    .unwrap_or_default(),
                date_iso: a.date.map(|d| d.iso()).unwrap_or_default(),
                quote: a.quote.clone().unwrap_or_default(),
            });
        }
    }
    list
}

/// The experiences of a story the view shows, in narrative order.
pub(super) fn story_members<'a>(
    learner: &'a LearnerView,
    story: &StoryView,
) -> Vec<&'a ExperienceView> {
    story
        .experiences
        .iter()
        .filter_map(|slug| learner.experiences.iter().find(|e| &e.slug == slug))
        .collect()
}

/// The first photo of a story's visible experiences (its cover when none is set).
pub(super) fn first_story_photo(learner: &LearnerView, story: &StoryView) -> Option<Photo> {
    story_members(learner, story)
        .into_iter()
        .find_map(|e| e.photos.first().cloned())
}
