//! The home page: the learners of the site and the latest experiences.

use super::super::context::{ExperienceCard, HomePage, LearnerCard};
use super::super::{newest_first, Page, Renderer};
use crate::error::Result;

/// How many experiences the home page lists.
const LATEST: usize = 12;

impl Renderer<'_> {
    pub(in crate::render) fn home(&mut self) -> Result<Page> {
        let root = String::new();
        let view = self.view;
        let learners: Vec<LearnerCard> = view
            .learners()
            .iter()
            .map(|l| self.learner_card(l, &root))
            .collect();
        let latest: Vec<ExperienceCard> = newest_first(view)
            .iter()
            .take(LATEST)
            .map(|(l, e)| self.experience_card(l, e, &root))
            .collect();
        let title = view.title().to_string();
        let cover = view
            .learners()
            .iter()
            .find_map(|l| l.experiences.iter().rev().find_map(|e| e.photos.first()));
        let description = view
            .learners()
            .iter()
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let meta = self.meta("index.html", &title, description, "website", cover);
        self.page(
            "home.html",
            "index.html".into(),
            &title,
            meta,
            HomePage { learners, latest },
        )
    }
}
