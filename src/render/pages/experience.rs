//! An experience's own page, with links to the learner's previous and next ones.

use super::super::context::{ExperiencePage, LinkCtx};
use super::super::{markdown, root_of, Page, Renderer};
use crate::audience::{ExperienceView, LearnerView};
use crate::error::Result;
use crate::journal::Framing;

impl Renderer<'_> {
    pub(in crate::render) fn experience_page(
        &mut self,
        learner: &LearnerView,
        exp: &ExperienceView,
    ) -> Result<Page> {
        let path = format!("{}/experiences/{}/index.html", learner.slug, exp.slug);
        let root = root_of(&path);
        let index = learner
            .experiences
            .iter()
            .position(|e| e.slug == exp.slug)
            .unwrap_or(0);
        let link = |e: &ExperienceView| LinkCtx {
            title: e.title.clone(),
            url: format!("{root}{}/experiences/{}/index.html", learner.slug, e.slug),
        };
        let ctx = ExperiencePage {
            learner: LinkCtx {
                title: learner.name.clone(),
                url: format!("{root}{}/index.html", learner.slug),
            },
            previous: index
                .checked_sub(1)
                .and_then(|i| learner.experiences.get(i))
                .map(link),
            next: learner.experiences.get(index + 1).map(link),
            experience: self.experience_ctx(learner, exp, &root, Framing::default(), false, None),
        };
        let meta = self.meta(
            &path,
            &exp.title,
            markdown::summary(&exp.body, 200),
            "article",
            exp.photos.first(),
        );
        self.page("experience.html", path, &exp.title, meta, ctx)
    }
}
