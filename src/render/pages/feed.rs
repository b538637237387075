//! The feed (`experiences/index.html`): every visible experience, newest first,
//! with filters by learner, group, skill, tag, kind and period and a full-text
//! search (`carnet.js`, reading `search-index.js`; the filter state lives in the
//! URL). Without JavaScript the whole list shows, with links to the static pages
//! of each skill, tag, kind, group and learner ([`Renderer::facet_pages`]), which
//! give the same paths through the carnet.
//!
//! Everything here comes from the view: a facet of a hidden item does not exist.

use std::collections::BTreeMap;

use super::super::context::{ExperienceCard, FacetPage, FeedPage, FilterOption};
use super::super::{i18n, newest_first, root_of, Page, Renderer};
use crate::audience::{ExperienceView, LearnerView};
use crate::error::Result;
use crate::render::search::facet_slug;

/// One facet value: its label and the experiences that have it (newest first).
struct Facet<'v> {
    label: String,
    items: Vec<(&'v LearnerView, &'v ExperienceView)>,
}

/// The values of every facet of a view, by facet, by value.
struct Facets<'v> {
    kinds: BTreeMap<String, Facet<'v>>,
    skills: BTreeMap<String, Facet<'v>>,
    tags: BTreeMap<String, Facet<'v>>,
    groups: BTreeMap<String, Facet<'v>>,
    /// Skill ids in framework order (their label is the sort key otherwise).
    skill_order: Vec<String>,
}

impl<'v> Facets<'v> {
    fn of(all: &[(&'v LearnerView, &'v ExperienceView)], lang: crate::journal::Language) -> Self {
        let mut f = Facets {
            kinds: BTreeMap::new(),
            skills: BTreeMap::new(),
            tags: BTreeMap::new(),
            groups: BTreeMap::new(),
            skill_order: Vec::new(),
        };
        fn add<'v>(
            map: &mut BTreeMap<String, Facet<'v>>,
            value: String,
            label: impl FnOnce() -> String,
            item: (&'v LearnerView, &'v ExperienceView),
        ) {
            if value.is_empty() {
                return;
            }
            map.entry(value)
                .or_insert_with(|| Facet {
                    label: label(),
                    items: Vec::new(),
                })
                .items
                .push(item);
        }
        for &(l, e) in all {
            if let Some(k) = &e.kind {
                add(
                    &mut f.kinds,
                    facet_slug(k),
                    || i18n::kind_label(k, lang),
                    (l, e),
                );
            }
            for s in &e.skills {
                if !f.skill_order.contains(&s.id) {
                    f.skill_order.push(s.id.clone());
                }
                add(&mut f.skills, s.id.clone(), || s.label.clone(), (l, e));
            }
            for t in &e.tags {
                add(&mut f.tags, facet_slug(t), || t.clone(), (l, e));
            }
            for g in &l.groups {
                add(&mut f.groups, g.slug.clone(), || g.name.clone(), (l, e));
            }
        }
        f
    }
}

/// The filter choices of one facet, linking to its static pages from `root`.
fn options(map: &BTreeMap<String, Facet<'_>>, dir: &str, root: &str) -> Vec<FilterOption> {
    let mut out: Vec<FilterOption> = map
        .iter()
        .map(|(value, f)| FilterOption {
            value: value.clone(),
            label: f.label.clone(),
            count: f.items.len(),
            url: format!("{root}{dir}/{value}/index.html"),
        })
        .collect();
    out.sort_by_key(|o| o.label.to_lowercase());
    out
}

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
        let facets = Facets::of(&all, view.language());
        let learners: Vec<FilterOption> = view
            .learners()
            .iter()
            .filter(|l| !l.experiences.is_empty())
            .map(|l| FilterOption {
                value: l.slug.clone(),
                label: l.name.clone(),
                count: l.experiences.len(),
                url: format!("{root}{}/index.html", l.slug),
            })
            .collect();
        let mut skills = options(&facets.skills, "skills", &root);
        skills.sort_by_key(|o| facets.skill_order.iter().position(|s| *s == o.value));
        let title = i18n::strings(view.language())["all_experiences"].to_string();
        let meta = self.meta(&path, &title, title.clone(), "website", None);
        let groups = options(&facets.groups, "groups", &root);
        let ctx = FeedPage {
            // A group filter narrows the list only when some experience lies
            // outside a group (a referent's site showing a learner in no group).
            group_filter: groups.len() > 1 || groups.iter().any(|g| g.count < cards.len()),
            cards,
            kinds: options(&facets.kinds, "kinds", &root),
            skills,
            tags: options(&facets.tags, "tags", &root),
            groups,
            learners,
            months: all
                .iter()
                .map(|(_, e)| month(e))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
        };
        self.page("feed.html", path, &title, meta, ctx)
    }

    /// The static page of every skill, tag, kind and group of the view: the paths
    /// of the feed's filters without JavaScript (each learner's is their portrait).
    pub(in crate::render) fn facet_pages(&mut self) -> Result<Vec<Page>> {
        let view = self.view;
        let all = newest_first(view);
        let facets = Facets::of(&all, view.language());
        let t = i18n::strings(view.language());
        let mut pages = Vec::new();
        for (dir, heading, map) in [
            ("skills", &t["filter_skill"], &facets.skills),
            ("tags", &t["filter_tag"], &facets.tags),
            ("kinds", &t["filter_kind"], &facets.kinds),
            ("groups", &t["filter_group"], &facets.groups),
        ] {
            for (value, facet) in map {
                let path = format!("{dir}/{value}/index.html");
                let root = root_of(&path);
                let cards = facet
                    .items
                    .iter()
                    .map(|(l, e)| self.experience_card(l, e, &root))
                    .collect();
                let title = i18n::facet_title(heading, &facet.label, view.language());
                let meta = self.meta(&path, &title, title.clone(), "website", None);
                let ctx = FacetPage {
                    facet: dir,
                    value: value.clone(),
                    label: facet.label.clone(),
                    cards,
                    feed_url: format!("{root}experiences/index.html?{}={value}", facet_param(dir)),
                };
                pages.push(self.page("facet.html", path, &title, meta, ctx)?);
            }
        }
        Ok(pages)
    }
}

/// The URL parameter of a facet's filter on the feed (`?skill=rigueur`).
fn facet_param(dir: &str) -> &'static str {
    match dir {
        "skills" => "skill",
        "tags" => "tag",
        "kinds" => "kind",
        _ => "group",
    }
}

/// `YYYY-MM` of an experience.
fn month(e: &ExperienceView) -> String {
    format!("{:04}-{:02}", e.date.year, e.date.month)
}
