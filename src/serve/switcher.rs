//! The audience switcher of the preview: whose eyes you see your carnet through,
//! in the words of the visibility badges (« Tu vois ton carnet comme le voit : le
//! groupe Garantie Jeunes »), and where switching leads.
//!
//! Switching keeps the same page when the other audience's site has it (every site
//! lays out its pages alike: `ines/experiences/<slug>/index.html`). Otherwise it
//! explains, in plain words, who may see the item of that page, from the learner's
//! own view (which holds all their items). Only the preview shows this: nothing of
//! it is written into a site.

use std::collections::BTreeMap;

use crate::audience::{Audience, AudienceView, LearnerView};
use crate::journal::{Language, Visibility};
use crate::render::i18n::visibility_label;
use crate::t;

/// One audience of the build, as the switcher names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudienceEntry {
    /// Who.
    pub audience: Audience,
    /// Its site's folder in the build, `/`-separated (`community/garantie-jeunes`).
    pub dir: String,
    /// Its name after « comme le voit : » (« le groupe Garantie Jeunes »).
    pub label: String,
}

/// Every audience of a build, in the build's order (public, groups, referents,
/// learners).
#[derive(Debug, Clone, Default)]
pub struct Audiences {
    /// The journal's interface language.
    pub language: Language,
    /// The audiences.
    pub list: Vec<AudienceEntry>,
    /// Each learner whose own site the build has: their groups and referent (what
    /// personal links are tied to).
    pub members: super::links::Members,
}

impl Audiences {
    /// The audiences of `views`, labelled.
    pub fn of(views: &[AudienceView]) -> Audiences {
        let language = views.first().map(|v| v.language()).unwrap_or_default();
        let list = views
            .iter()
            .map(|v| AudienceEntry {
                audience: v.audience().clone(),
                dir: site_dir(v.audience()),
                label: label(v, views),
            })
            .collect();
        let members = views
            .iter()
            .filter_map(|v| match v.audience() {
                Audience::Private(slug) => v.learners().iter().find(|l| &l.slug == slug),
                _ => None,
            })
            .map(|l| {
                let member = super::links::Member {
                    name: l.name.clone(),
                    groups: l.groups.iter().map(|g| g.slug.clone()).collect(),
                    referent: l.referent.as_ref().map(|r| r.slug.clone()),
                };
                (l.slug.clone(), member)
            })
            .collect();
        Audiences {
            language,
            list,
            members,
        }
    }

    /// The audiences `viewer` may see, for the bar: the sites of [`may_read`]; for
    /// the owner every site the build has, but not the learners' views of what
    /// their referent sees of them (the owner sees the referent sites whole).
    ///
    /// [`may_read`]: super::links::may_read
    pub fn seen_by(&self, viewer: &super::links::Viewer) -> Audiences {
        use super::links::{may_read, Viewer};
        let list = self
            .list
            .iter()
            .filter(|a| match viewer {
                Viewer::Owner => !matches!(a.audience, Audience::SeenByReferent(_)),
                _ => may_read(viewer, &a.dir, &self.members),
            })
            .cloned()
            .collect();
        Audiences {
            language: self.language,
            list,
            members: self.members.clone(),
        }
    }

    /// The audience whose site is the folder `dir`.
    pub fn by_dir(&self, dir: &str) -> Option<&AudienceEntry> {
        self.list.iter().find(|a| a.dir == dir)
    }

    /// Splits a path of the build (`community/g/ines/index.html`) into its
    /// audience and the path inside that audience's site (`ines/index.html`).
    pub fn split<'a>(&self, path: &'a str) -> Option<(&AudienceEntry, &'a str)> {
        self.list.iter().find_map(|a| {
            let rest = path.strip_prefix(a.dir.as_str())?;
            if rest.is_empty() {
                Some((a, ""))
            } else {
                rest.strip_prefix('/').map(|r| (a, r))
            }
        })
    }
}

/// The folder of `audience`'s site, `/`-separated.
pub fn site_dir(audience: &Audience) -> String {
    audience
        .dir()
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Who `view`'s audience is, after « Tu vois ton carnet comme le voit : ».
fn label(view: &AudienceView, views: &[AudienceView]) -> String {
    let language = view.language();
    let reader = view.reader().unwrap_or_default();
    match view.audience() {
        Audience::Public => t!(language, "serve-seen-as-public"),
        Audience::Community(_) => t!(language, "serve-seen-as-group", reader = reader),
        Audience::Referent(slug) => referent_words(slug, reader, language, views),
        // « ta conseillère Nelly »: the words of the referent badge, for her.
        Audience::SeenByReferent(learner) => view
            .learners()
            .iter()
            .find(|l| &l.slug == learner)
            .and_then(|l| l.referent.as_ref())
            .map_or_else(
                || reader.to_string(),
                |r| referent_words(&r.slug, reader, language, views),
            ),
        Audience::Programme(_) => t!(language, "serve-seen-as-programme", reader = reader),
        Audience::Private(_) => t!(language, "serve-seen-as-private", reader = reader),
    }
}

/// « ta conseillère Nelly »: the words of the referent badge (« Toi et ta
/// conseillère Nelly ») for her, with the role `carnet.toml` gives.
fn referent_words(slug: &str, name: &str, language: Language, views: &[AudienceView]) -> String {
    let referent = views
        .iter()
        .flat_map(|v| v.learners())
        .filter_map(|l| l.referent.as_ref())
        .find(|r| r.slug == slug);
    let Some(referent) = referent else {
        return name.to_string();
    };
    crate::i18n::message_with(
        language,
        "serve-seen-as-referent",
        &crate::render::i18n::referent_args(referent),
    )
}

/// What a page of a learner's item shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// The portrait (`<learner>/index.html`, `resume.json`).
    Portrait,
    /// An experience.
    Experience,
    /// A story.
    Story,
}

/// A learner's item, as the switcher explains it.
#[derive(Debug, Clone)]
pub struct Item {
    /// What it is.
    pub kind: ItemKind,
    /// Its title (the learner's name for a portrait).
    pub title: String,
    /// The learner's name.
    pub learner: String,
    /// Who may see it, in badge words (« Toi et ta conseillère Nelly »).
    pub seen_by: String,
    /// Who may see the learner's portrait, when fewer people than the item: an item
    /// shows only where its learner's portrait shows.
    pub portrait_seen_by: Option<String>,
}

/// The pages of every learner's items, by path inside a site
/// (`ines/experiences/<slug>/index.html`).
#[derive(Debug, Clone, Default)]
pub struct Items(pub BTreeMap<String, Item>);

impl Items {
    /// The items of each learner, from the learner's own view (which has them all).
    pub fn of(views: &[AudienceView]) -> Items {
        let mut items = BTreeMap::new();
        for view in views {
            let Audience::Private(slug) = view.audience() else {
                continue;
            };
            for learner in view.learners().iter().filter(|l| &l.slug == slug) {
                add_learner(&mut items, learner, view.language());
            }
        }
        Items(items)
    }

    /// The item a page shows, if it shows one.
    pub fn get(&self, page: &str) -> Option<&Item> {
        self.0.get(page)
    }
}

fn add_learner(items: &mut BTreeMap<String, Item>, l: &LearnerView, language: Language) {
    let groups: Vec<String> = l.groups.iter().map(|g| g.name.clone()).collect();
    let seen_by = |vis| visibility_label(vis, language, l.referent.as_ref(), &groups);
    let portrait = seen_by(l.visibility);
    let below_portrait = |vis: Visibility| (vis > l.visibility).then(|| portrait.clone());
    let item = |kind, title: &str, vis| Item {
        kind,
        title: title.to_string(),
        learner: l.name.clone(),
        seen_by: seen_by(vis),
        portrait_seen_by: below_portrait(vis),
    };
    for page in ["index.html", "resume.json"] {
        items.insert(
            format!("{}/{page}", l.slug),
            item(ItemKind::Portrait, &l.name, l.visibility),
        );
    }
    for e in &l.experiences {
        items.insert(
            format!("{}/experiences/{}/index.html", l.slug, e.slug),
            item(ItemKind::Experience, &e.title, e.visibility),
        );
    }
    for s in &l.stories {
        items.insert(
            format!("{}/stories/{}/index.html", l.slug, s.slug),
            item(ItemKind::Story, &s.title, s.visibility),
        );
    }
}

/// Where switching to another audience leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Switch {
    /// The other audience's site has the page: go there (a path of the build).
    Page(String),
    /// It has not: explain why.
    Hidden,
}

/// Where switching from page `page` (inside a site) to the site `to` leads, in a
/// build that has the files `has`.
pub fn switch(to: &AudienceEntry, page: &str, has: impl Fn(&str) -> bool) -> Switch {
    let page = if page.is_empty() || page.ends_with('/') {
        format!("{page}index.html")
    } else {
        page.to_string()
    };
    let target = format!("{}/{page}", to.dir);
    if has(&target) {
        Switch::Page(target)
    } else {
        Switch::Hidden
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(dir: &str) -> AudienceEntry {
        AudienceEntry {
            audience: Audience::Public,
            dir: dir.into(),
            label: "x".into(),
        }
    }

    #[test]
    fn switching_keeps_the_page_when_the_other_site_has_it() {
        let files = ["public/index.html", "public/ines/index.html"];
        let has = |p: &str| files.contains(&p);
        assert_eq!(
            switch(&entry("public"), "ines/index.html", has),
            Switch::Page("public/ines/index.html".into())
        );
        assert_eq!(
            switch(&entry("public"), "", has),
            Switch::Page("public/index.html".into())
        );
        assert_eq!(
            switch(&entry("public"), "ines/experiences/secret/index.html", has),
            Switch::Hidden
        );
    }

    #[test]
    fn a_path_splits_into_its_audience_and_page() {
        let audiences = Audiences {
            language: Language::Fr,
            list: vec![entry("public"), entry("community/g"), entry("community/gg")],
            members: Default::default(),
        };
        let (a, rest) = audiences
            .split("community/gg/ines/index.html")
            .expect("known");
        assert_eq!((a.dir.as_str(), rest), ("community/gg", "ines/index.html"));
        let (a, rest) = audiences.split("community/g").expect("known");
        assert_eq!((a.dir.as_str(), rest), ("community/g", ""));
        assert!(audiences.split("community/gx/index.html").is_none());
        assert!(audiences.split("elsewhere").is_none());
    }
}
