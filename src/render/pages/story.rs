//! A story: one narrative told through several experiences, in the learner's order
//! and layout, with the skills it shows at the end. It opens on its cover photo (the
//! one the story names, else the first photo of its visible experiences), framed by
//! the story's rules; every experience's text is shown whole, whatever the layout: a
//! story is a narrative its learner prints for an employer.

use super::super::cards::{first_story_photo, story_members};
use super::super::context::{ExperienceCtx, LinkCtx, StoryPage};
use super::super::{i18n, markdown, root_of, Page, Renderer};
use crate::audience::{LearnerView, StoryView};
use crate::error::Result;
use crate::journal::StoryLayout;

impl Renderer<'_> {
    pub(in crate::render) fn story_page(
        &mut self,
        learner: &LearnerView,
        story: &StoryView,
    ) -> Result<Page> {
        let path = format!("{}/stories/{}/index.html", learner.slug, story.slug);
        let root = root_of(&path);
        let card = self.story_card(learner, story, &root);
        let members = story_members(learner, story);
        let cover_photo = story
            .cover
            .clone()
            .or_else(|| first_story_photo(learner, story));
        // The cover opens the story: its chapter does not show it a second time.
        let leave_out = cover_photo.as_ref().map(|p| p.path.as_path());
        let chapters: Vec<ExperienceCtx> = members
            .iter()
            .map(|e| {
                self.experience_ctx(
                    learner,
                    e,
                    &root,
                    story.framing,
                    story.layout == StoryLayout::Mosaic,
                    leave_out,
                )
            })
            .collect();
        let mut skills: Vec<LinkCtx> = Vec::new();
        for e in &members {
            for s in &e.skills {
                if !skills.iter().any(|l| l.title == s.label) {
                    skills.push(LinkCtx {
                        title: s.label.clone(),
                        url: format!("{root}{}/index.html#skill-{}", learner.slug, s.id),
                    });
                }
            }
        }
        let cover = cover_photo
            .as_ref()
            .and_then(|p| self.shown(p, story.framing, &root));
        let ctx = StoryPage {
            learner: LinkCtx {
                title: learner.name.clone(),
                url: format!("{root}{}/index.html", learner.slug),
            },
            story: card,
            date: story
                .date
                .map(|d| i18n::human_date(&d, self.view.language())),
            layout: match story.layout {
                StoryLayout::Journal => "journal",
                StoryLayout::Mosaic => "mosaic",
                StoryLayout::Slides => "slides",
            },
            intro_html: markdown::to_html_in(&story.body, self.view.language()),
            cover,
            chapters,
            skills,
        };
        let meta = self.meta(
            &path,
            &story.title,
            markdown::summary(&story.body, 200),
            "article",
            cover_photo.as_ref(),
        );
        self.page("story.html", path, &story.title, meta, ctx)
    }
}
