//! The home page: the learners of the site and the latest experiences. The site's
//! title is its `h1` (in the header: said once, not twice, on a phone).

use super::super::context::{ExperienceCard, HomePage, LearnerCard};
use super::super::{i18n, newest_first, Page, Renderer};
use crate::audience::Audience;
use crate::error::Result;
use crate::journal::Language;

/// How many experiences the home page lists.
const LATEST: usize = 12;

/// How many professionals' posts the home page lists, apart from the experiences.
const PRO_POSTS: usize = 3;

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
            HomePage {
                learners_title: learners_title(view.audience(), learners.len(), view.language()),
                learners,
                latest,
                pro_posts: self
                    .posts(view.professionals().iter(), &root)
                    .into_iter()
                    .take(PRO_POSTS)
                    .collect(),
            },
        )
    }
}

/// The heading over the learner cards: « Mon carnet » on a learner's own site, « Le
/// carnet » for one learner elsewhere, « Les carnets » for several (or none).
fn learners_title(audience: &Audience, learners: usize, language: Language) -> String {
    let key = match (audience, learners) {
        (Audience::Private(_), _) => "learners_own",
        (_, 1) => "learners_one",
        _ => "learners",
    };
    i18n::strings(language)[key].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_learner_is_not_called_the_logbooks() {
        let fr = Language::Fr;
        assert_eq!(learners_title(&Audience::Public, 1, fr), "Le carnet");
        assert_eq!(learners_title(&Audience::Public, 3, fr), "Les carnets");
        assert_eq!(learners_title(&Audience::Public, 0, fr), "Les carnets");
        let own = Audience::Private("ines".into());
        assert_eq!(learners_title(&own, 1, fr), "Mon carnet");
        assert_eq!(learners_title(&own, 1, Language::En), "My logbook");
        let group = Audience::Community("g".into());
        assert_eq!(learners_title(&group, 1, Language::En), "The logbook");
    }
}
