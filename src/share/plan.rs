//! What a share holds: the view of the learner's journal for the audience « my
//! programme » ([`Audience::Programme`], made by [`audience::view`] like every
//! site's view), written back as a learner folder: `profile.md`, each visible
//! experience's `index.md` and photos, each visible story with only its visible
//! experiences. Front matter is written anew from the view (TOML, keys in name
//! order), never copied: a comment, a hidden experience named by a story, a
//! `protect` setting or a photo left out of `photos` cannot travel.

use std::collections::BTreeMap;

use toml::{Table, Value};

use crate::audience::{self, Audience, ExperienceView, LearnerView};
use crate::journal::{Framing, Journal, Language, Photo};
use crate::t;

/// How many items of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Experiences.
    pub experiences: usize,
    /// Stories.
    pub stories: usize,
    /// Photos (the avatar included).
    pub photos: usize,
}

/// A share, planned: the files it will hold and what stays home.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The learner's address.
    pub learner: String,
    /// Her name.
    pub name: String,
    /// Her referent's name, when she has one.
    pub referent: Option<String>,
    /// Texts, by name in the package (`learners/<slug>/…`).
    pub texts: BTreeMap<String, String>,
    /// Photos to re-encode, by name in the package.
    pub photos: BTreeMap<String, Photo>,
    /// Titles of the experiences that leave, in date order.
    pub experience_titles: Vec<String>,
    /// Titles of the stories that leave.
    pub story_titles: Vec<String>,
    /// What leaves.
    pub shared: Counts,
    /// What stays in her folder.
    pub kept: Counts,
}

impl Plan {
    /// « 5 expériences, 1 récit, 12 photos ; 3 expériences restent chez toi ».
    pub fn sentence(&self, lang: Language) -> String {
        let c = self.shared;
        let shared = [
            t!(lang, "share-count-experiences", count = c.experiences),
            t!(lang, "share-count-stories", count = c.stories),
            t!(lang, "share-count-photos", count = c.photos),
        ]
        .join(", ");
        let k = self.kept;
        let mut kept = Vec::new();
        if k.experiences > 0 {
            kept.push(t!(lang, "share-count-experiences", count = k.experiences));
        }
        if k.stories > 0 {
            kept.push(t!(lang, "share-count-stories", count = k.stories));
        }
        if k.photos > 0 {
            kept.push(t!(lang, "share-count-photos", count = k.photos));
        }
        if kept.is_empty() {
            return t!(lang, "share-plan-nothing-kept", shared = shared);
        }
        t!(
            lang,
            "share-plan-kept",
            shared = shared,
            kept = kept.join(", "),
            count = (k.experiences + k.stories + k.photos)
        )
    }
}

/// Why nothing can be shared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The journal has no learner folder.
    NoLearner,
    /// Several learners (or not the one asked for): `--learner` must say which.
    WhichLearner {
        /// The learners of the journal, by address.
        list: String,
    },
    /// The learner's profile is visible neither to her referent nor to her groups.
    ProfileHidden,
}

impl PlanError {
    /// The message, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            PlanError::NoLearner => t!(lang, "share-no-learner"),
            PlanError::WhichLearner { list } => t!(lang, "share-which-learner", list = list),
            PlanError::ProfileHidden => t!(lang, "share-profile-hidden"),
        }
    }
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::Fr))
    }
}

/// The learner whose folder a journal shares: `wanted`, or its only learner.
pub fn learner_of(journal: &Journal, wanted: Option<&str>) -> Result<String, PlanError> {
    let slugs: Vec<&str> = journal.learners.iter().map(|l| l.slug.as_str()).collect();
    match (wanted, slugs.as_slice()) {
        (Some(w), _) if slugs.contains(&w) => Ok(w.to_string()),
        (None, [one]) => Ok((*one).to_string()),
        (None, []) => Err(PlanError::NoLearner),
        (_, _) => Err(PlanError::WhichLearner {
            list: slugs.join(", "),
        }),
    }
}

/// Plans the share of `learner`'s folder: the view of her journal for her
/// programme, as files.
pub fn plan(journal: &Journal, learner: &str) -> Result<Plan, PlanError> {
    let view = audience::view(journal, &Audience::Programme(learner.to_string()));
    let Some(own) = journal.learners.iter().find(|l| l.slug == learner) else {
        return Err(learner_of(journal, Some(learner))
            .err()
            .unwrap_or(PlanError::NoLearner));
    };
    let Some(seen) = view.learners().iter().find(|l| l.slug == learner) else {
        return Err(PlanError::ProfileHidden);
    };
    let base = format!("learners/{}", seen.slug);
    let mut texts = BTreeMap::new();
    let mut photos = BTreeMap::new();
    texts.insert(format!("{base}/profile.md"), profile_text(seen));
    if let Some(avatar) = &seen.avatar {
        photos.insert(format!("{base}/{}", avatar.file), avatar.clone());
    }
    for exp in &seen.experiences {
        let dir = format!("{base}/experiences/{}", exp.folder);
        texts.insert(format!("{dir}/index.md"), experience_text(exp));
        for photo in &exp.photos {
            photos.insert(format!("{dir}/{}", photo.file), photo.clone());
        }
    }
    for story in &seen.stories {
        texts.insert(
            format!("{base}/stories/{}.md", story_file(own, &story.slug)),
            story_text(seen, story),
        );
    }
    let all_photos: usize = own
        .experiences
        .iter()
        .map(|e| e.photos.len())
        .sum::<usize>()
        + usize::from(own.profile.avatar.is_some());
    let shared = Counts {
        experiences: seen.experiences.len(),
        stories: seen.stories.len(),
        photos: photos.len(),
    };
    Ok(Plan {
        learner: seen.slug.clone(),
        name: seen.name.clone(),
        referent: seen.referent.as_ref().map(|r| r.name.clone()),
        texts,
        photos,
        experience_titles: seen.experiences.iter().map(|e| e.title.clone()).collect(),
        story_titles: seen.stories.iter().map(|s| s.title.clone()).collect(),
        kept: Counts {
            experiences: own.experiences.len() - shared.experiences,
            stories: own.stories.len() - shared.stories,
            photos: all_photos.saturating_sub(shared.photos),
        },
        shared,
    })
}

/// The file stem of the story with address `slug` (its file name is what the
/// programme's address comes from: the same address).
fn story_file(learner: &crate::journal::Learner, slug: &str) -> String {
    learner
        .stories
        .iter()
        .find(|s| s.slug == slug)
        .and_then(|s| s.source.path.file_stem())
        .map_or_else(
            || slug.to_string(),
            |stem| stem.to_string_lossy().into_owned(),
        )
}

/// A Markdown file: TOML front matter between `+++` lines, then the body.
fn markdown(front: &Table, body: &str) -> String {
    let toml = toml::to_string(front).unwrap_or_default();
    format!("+++\n{toml}+++\n{body}")
}

fn text(v: &str) -> Value {
    Value::String(v.to_string())
}

fn list(items: impl IntoIterator<Item = String>) -> Value {
    Value::Array(items.into_iter().map(Value::String).collect())
}

fn date(d: &crate::journal::Date) -> Value {
    d.iso_toml()
        .parse::<toml::value::Datetime>()
        .map_or_else(|_| text(&d.iso_toml()), Value::Datetime)
}

fn framing(table: &mut Table, f: &Framing) {
    if let Some(fit) = f.fit {
        let word = match fit {
            crate::journal::Fit::Contain => "contain",
            crate::journal::Fit::Cover => "cover",
        };
        table.insert("fit".into(), text(word));
    }
    if let Some(a) = f.aspect {
        table.insert("aspect".into(), text(&format!("{}:{}", a.w, a.h)));
    }
    if let Some(p) = f.focus {
        table.insert("focus".into(), text(&format!("{}%,{}%", p.x, p.y)));
    }
}

fn profile_text(l: &LearnerView) -> String {
    let mut t = Table::new();
    t.insert("name".into(), text(&l.name));
    if !l.headline.is_empty() {
        t.insert("headline".into(), text(&l.headline));
    }
    if let Some(a) = &l.avatar {
        t.insert("avatar".into(), text(&a.file));
    }
    if !l.groups.is_empty() {
        t.insert(
            "groups".into(),
            list(l.groups.iter().map(|g| g.slug.clone())),
        );
    }
    if let Some(r) = &l.referent {
        t.insert("referent".into(), text(&r.slug));
    }
    t.insert("visibility".into(), text(l.visibility.keyword()));
    if !l.shared_with.is_empty() {
        t.insert(
            "shared_with".into(),
            list(l.shared_with.iter().map(|g| g.slug.clone())),
        );
    }
    markdown(&t, &l.bio)
}

fn experience_text(e: &ExperienceView) -> String {
    let mut t = Table::new();
    t.insert("title".into(), text(&e.title));
    t.insert("date".into(), date(&e.date));
    if let Some(p) = &e.place {
        t.insert("place".into(), text(p));
    }
    if let Some(k) = &e.kind {
        t.insert("kind".into(), text(k));
    }
    if !e.tags.is_empty() {
        t.insert("tags".into(), list(e.tags.iter().cloned()));
    }
    if !e.skills.is_empty() {
        let skills = e
            .skills
            .iter()
            .map(|s| match s.level {
                Some(level) => {
                    let mut one = Table::new();
                    one.insert("id".into(), text(&s.skill.id));
                    one.insert("level".into(), Value::Integer(i64::from(level)));
                    Value::Table(one)
                }
                None => text(&s.skill.id),
            })
            .collect();
        t.insert("skills".into(), Value::Array(skills));
    }
    t.insert("visibility".into(), text(e.visibility.keyword()));
    if !e.shared_with.is_empty() {
        t.insert(
            "groups".into(),
            list(e.shared_with.iter().map(|g| g.slug.clone())),
        );
    }
    framing(&mut t, &e.framing);
    let photos: Vec<Value> = e
        .photos
        .iter()
        .map(|p| {
            let mut one = Table::new();
            one.insert("file".into(), text(&p.file));
            if let Some(alt) = &p.alt {
                one.insert("alt".into(), text(alt));
            }
            if let Some(c) = &p.caption {
                one.insert("caption".into(), text(c));
            }
            framing(&mut one, &p.framing);
            Value::Table(one)
        })
        .collect();
    t.insert("photos".into(), Value::Array(photos));
    if let Some(a) = &e.attestation {
        let mut one = Table::new();
        one.insert("name".into(), text(&a.name));
        if let Some(r) = &a.role {
            one.insert("role".into(), text(r));
        }
        if let Some(o) = &a.organisation {
            one.insert("organisation".into(), text(o));
        }
        if let Some(d) = &a.date {
            one.insert("date".into(), date(d));
        }
        if let Some(q) = &a.quote {
            one.insert("quote".into(), text(q));
        }
        if let Some(skills) = &a.skills {
            one.insert(
                "skills".into(),
                list(skills.iter().map(|s| s.value.clone())),
            );
        }
        t.insert("attestation".into(), Value::Table(one));
    }
    markdown(&t, &e.body)
}

fn story_text(l: &LearnerView, s: &crate::audience::StoryView) -> String {
    let folder_of = |slug: &str| {
        l.experiences
            .iter()
            .find(|e| e.slug == slug)
            .map(|e| e.folder.clone())
    };
    let mut t = Table::new();
    t.insert("title".into(), text(&s.title));
    if let Some(d) = &s.date {
        t.insert("date".into(), date(d));
    }
    t.insert("visibility".into(), text(s.visibility.keyword()));
    if !s.shared_with.is_empty() {
        t.insert(
            "groups".into(),
            list(s.shared_with.iter().map(|g| g.slug.clone())),
        );
    }
    t.insert(
        "experiences".into(),
        list(s.experiences.iter().filter_map(|slug| folder_of(slug))),
    );
    let layout = match s.layout {
        crate::journal::StoryLayout::Journal => "journal",
        crate::journal::StoryLayout::Mosaic => "mosaic",
        crate::journal::StoryLayout::Slides => "slides",
    };
    t.insert("layout".into(), text(layout));
    if let Some(cover) = &s.cover {
        let owner = l
            .experiences
            .iter()
            .find(|e| e.photos.iter().any(|p| p.path == cover.path));
        if let Some(e) = owner {
            t.insert(
                "cover".into(),
                text(&format!("{}/{}", e.folder, cover.file)),
            );
        }
    }
    framing(&mut t, &s.framing);
    markdown(&t, &s.body)
}
