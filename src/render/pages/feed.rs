//! The feed: every visible experience, newest first, with filters by kind, skill
//! and learner (the filters need JavaScript; without it the whole list shows).

use std::collections::BTreeMap;

use super::super::context::{ExperienceCard, FeedPage, FilterOption};
use super::super::{i18n, newest_first, root_of, Page, Renderer};
use crate::error::Result;

impl Renderer<'_> {
    pub(in crate::render) fn feed(&mut self) -> Result<Page> {
        let path = "experiences/index.html".to_string();
        let root = root_of(&path);
        let view = self.view;
        let all = newest_first(view);
        let cards: Vec<ExperienceCard> = all
            .iter()
            .map(|(l, e)| self.experience_card(l, e, &root))
            .collect();
        let mut kinds: BTreeMap<String, FilterOption> = BTreeMap::new();
        let mut skills: BTreeMap<String, FilterOption> = BTreeMap::new();
        for (_, e) in &all {
            if let Some(k) = &e.kind {
                let label = i18n::kind_label(k, view.language());
                kinds
                    .entry(k.clone())
                    .or_insert_with(|| FilterOption::new(k, &label))
                    .count += 1;
            }
            for s in &e.skills {
                skills
                    .entry(s.label.clone())
                    .or_insert_with(|| FilterOption::new(&s.id, &s.label))
                    .count += 1;
            }
        }
        let learners: Vec<FilterOption> = view
            .learners()
            .iter()
            .filter(|l| !l.experiences.is_empty())
            .map(|l| FilterOption {
                value: l.slug.clone(),
                label: l.name.clone(),
                count: l.experiences.len(),
            })
            .collect();
        let title = i18n::strings(view.language())["all_experiences"].to_string();
        let meta = self.meta(&path, &title, title.clone(), "website", None);
        let ctx = FeedPage {
            cards,
            kinds: kinds.into_values().collect(),
            skills: skills.into_values().collect(),
            learners,
        };
        self.page("feed.html", path, &title, meta, ctx)
    }
}
