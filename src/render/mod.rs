//! Renders one [`AudienceView`] into the pages of its site (Markdown, then Tera),
//! and records which image variants those pages reference. Sees only the view.

pub mod context;
pub mod i18n;
pub mod markdown;
pub mod share;
pub mod theme;

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::audience::{Audience, AudienceView, ExperienceView, LearnerView, StoryView};
use crate::error::Result;
use crate::images::{Catalog, Op, Variant, CONTAIN_WIDTHS, COVER_WIDTHS};
use crate::journal::{Aspect, Fit, Focus, Framing, Photo, StoryLayout, Visibility};
use context::*;
pub use theme::Theme;

/// A rendered page.
#[derive(Debug, Clone)]
pub struct Page {
    /// `/`-separated path inside the site (`ines/index.html`).
    pub path: String,
    /// The HTML.
    pub content: String,
}

/// What one audience's site is made of.
#[derive(Debug)]
pub struct Site {
    /// Who reads it.
    pub audience: Audience,
    /// Its pages.
    pub pages: Vec<Page>,
    /// Image variants its pages reference (to be placed under `photos/`).
    pub photos: BTreeSet<Variant>,
    /// Number of HTML pages (kept once the pages are written and freed).
    pub html_pages: usize,
}

/// Every experience of the view with its learner, newest first.
fn newest_first(view: &AudienceView) -> Vec<(&LearnerView, &ExperienceView)> {
    let mut all: Vec<(&LearnerView, &ExperienceView)> = view
        .learners
        .iter()
        .flat_map(|l| l.experiences.iter().map(move |e| (l, e)))
        .collect();
    all.sort_by(|a, b| (b.1.date, &b.1.slug).cmp(&(a.1.date, &a.1.slug)));
    all
}

/// One choice of a feed filter.
#[derive(Debug, Clone, Serialize)]
struct FilterOption {
    /// Value matched against the cards' data attributes.
    value: String,
    /// Label shown.
    label: String,
    /// Visible experiences with this value.
    count: usize,
}

impl FilterOption {
    fn new(value: &str, label: &str) -> Self {
        FilterOption {
            value: value.to_string(),
            label: label.to_string(),
            count: 0,
        }
    }
}

/// How many experiences the home page lists.
const LATEST: usize = 12;

/// Renders the site of `view`.
pub fn render(view: &AudienceView, theme: &Theme, catalog: &Catalog) -> Result<Site> {
    let mut r = Renderer {
        view,
        theme,
        catalog,
        photos: BTreeSet::new(),
        site: site_ctx(view),
        summaries: HashMap::new(),
    };
    let mut pages = vec![r.home()?, r.feed()?, r.visibility_page()?];
    for learner in &view.learners {
        pages.extend(r.portrait(learner)?);
        for exp in &learner.experiences {
            pages.push(r.experience_page(learner, exp)?);
        }
        for story in &learner.stories {
            pages.push(r.story_page(learner, story)?);
        }
    }
    pages.push(robots(view));
    let html_pages = pages.iter().filter(|p| p.path.ends_with(".html")).count();
    Ok(Site {
        audience: view.audience.clone(),
        pages,
        photos: r.photos,
        html_pages,
    })
}

fn site_ctx(view: &AudienceView) -> SiteCtx {
    let t = i18n::strings(view.language);
    let reader = view.reader.clone().unwrap_or_default();
    let (audience, audience_label) = match &view.audience {
        Audience::Public => ("public", t["site_public"].to_string()),
        Audience::Community(_) => ("community", format!("{} {reader}", t["site_community"])),
        Audience::Referent(_) => ("referent", format!("{} {reader}", t["site_referent"])),
        Audience::Private(_) => ("private", format!("{} — {reader}", t["site_private"])),
    };
    SiteCtx {
        title: view.title.clone(),
        lang: view.language.code(),
        audience,
        audience_label,
        noindex: !view.audience.indexable(),
        show_visibility: !view.audience.indexable(),
        base_url: view.base_url.clone(),
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

fn robots(view: &AudienceView) -> Page {
    let content = if view.audience.indexable() {
        "User-agent: *\nAllow: /\n"
    } else {
        "User-agent: *\nDisallow: /\n"
    };
    Page {
        path: "robots.txt".into(),
        content: content.into(),
    }
}

struct Renderer<'a> {
    view: &'a AudienceView,
    theme: &'a Theme,
    catalog: &'a Catalog,
    photos: BTreeSet<Variant>,
    site: SiteCtx,
    /// Summaries of experiences, by learner and experience slug: a card is shown on
    /// several pages of a site, its summary is worked out once.
    summaries: HashMap<(String, String), String>,
}

/// The relative prefix from a page at `path` to the site root.
fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

impl Renderer<'_> {
    fn page(
        &self,
        template: &str,
        path: String,
        title: &str,
        meta: MetaCtx,
        extra: impl Serialize,
    ) -> Result<Page> {
        let root = root_of(&path);
        let mut ctx = tera::Context::from_serialize(extra)
            .map_err(|e| theme::template_error(template, &e))?;
        ctx.insert("meta", &meta);
        ctx.insert("site", &self.site);
        ctx.insert("t", &i18n::strings(self.view.language));
        ctx.insert("root", &root);
        ctx.insert("page_title", title);
        ctx.insert("page_path", &path);
        let content = self
            .theme
            .tera
            .render(template, &ctx)
            .map_err(|e| theme::template_error(&format!("{template} ({path})"), &e))?;
        Ok(Page { path, content })
    }

    /// Page metadata: description always; canonical URL, share image and share links
    /// only on a public site that knows its `base_url`.
    fn meta(
        &mut self,
        path: &str,
        title: &str,
        description: String,
        og_type: &'static str,
        photo: Option<&Photo>,
    ) -> MetaCtx {
        let canonical = self
            .view
            .base_url
            .as_deref()
            .map(|b| share::canonical(b, path));
        let image = match (&self.view.base_url, photo) {
            (Some(base), Some(p)) => {
                let op = Op::Cover {
                    aspect: Aspect { w: 40, h: 21 },
                    focus: p.framing.focus.unwrap_or_default(),
                };
                self.image(p, op, &[1200], "", 1200)
                    .map(|img| format!("{base}/{}", img.src))
            }
            _ => None,
        };
        let share = canonical
            .as_deref()
            .map(|url| share::links(title, url))
            .unwrap_or_default();
        MetaCtx {
            description,
            canonical,
            image,
            og_type,
            share,
            json_ld: None,
        }
    }

    fn visibility_ctx(&self, learner: &LearnerView, vis: Visibility) -> VisibilityCtx {
        let groups: Vec<String> = learner.groups.iter().map(|g| g.name.clone()).collect();
        VisibilityCtx {
            level: vis.keyword(),
            label: i18n::visibility_label(
                vis,
                self.view.language,
                learner.referent.as_ref(),
                &groups,
            ),
        }
    }

    /// Registers the variants of `photo` for `op` and describes them for an `img`.
    fn image(
        &mut self,
        photo: &Photo,
        op: Op,
        widths: &[u32],
        root: &str,
        default_width: u32,
    ) -> Option<ImageCtx> {
        let variants = self.catalog.variants(&photo.path, op, widths);
        let largest = variants.last()?.clone();
        let default = variants
            .iter()
            .find(|v| v.width >= default_width)
            .unwrap_or(&largest)
            .clone();
        let srcset_of = |file: &dyn Fn(&Variant) -> Option<&String>| {
            variants
                .iter()
                .map(|v| file(v).map(|f| format!("{root}photos/{f} {}w", v.width)))
                .collect::<Option<Vec<_>>>()
                .map_or_else(String::new, |c| c.join(", "))
        };
        let srcset = srcset_of(&|v| Some(&v.file));
        let webp_srcset = srcset_of(&|v| v.webp.as_ref());
        self.photos.extend(variants);
        Some(ImageCtx {
            src: format!("{root}photos/{}", default.file),
            srcset,
            webp_srcset,
            width: default.width,
            height: default.height,
            large: format!("{root}photos/{}", largest.file),
            large_width: largest.width,
            large_height: largest.height,
        })
    }

    fn photo(
        &mut self,
        photo: &Photo,
        op: Op,
        widths: &[u32],
        root: &str,
        default_width: u32,
    ) -> Option<PhotoCtx> {
        let img = self.image(photo, op, widths, root, default_width)?;
        Some(PhotoCtx {
            landscape: img.width >= img.height,
            img,
            alt: photo.alt.clone().unwrap_or_default(),
            caption: photo.caption.clone(),
        })
    }

    /// A thumbnail for grids: cropped, around the photo's focal point.
    fn thumb(&mut self, photo: &Photo, outer: Framing, root: &str) -> Option<PhotoCtx> {
        let f = photo.framing.or(outer);
        let op = Op::Cover {
            aspect: f.aspect.unwrap_or(Aspect { w: 4, h: 3 }),
            focus: f.focus.unwrap_or_default(),
        };
        self.photo(photo, op, &COVER_WIDTHS, root, 320)
    }

    /// A photo shown on its own: whole, unless the learner asked for a crop.
    fn shown(&mut self, photo: &Photo, outer: Framing, root: &str) -> Option<PhotoCtx> {
        let f = photo.framing.or(outer);
        let op = match f.fit {
            Some(Fit::Cover) => Op::Cover {
                aspect: f.aspect.unwrap_or(Aspect { w: 4, h: 3 }),
                focus: f.focus.unwrap_or_default(),
            },
            _ => Op::Contain,
        };
        self.photo(photo, op, &CONTAIN_WIDTHS, root, 640)
    }

    fn avatar(&mut self, learner: &LearnerView, root: &str) -> Option<ImageCtx> {
        let photo = learner.avatar.as_ref()?;
        let op = Op::Cover {
            aspect: Aspect { w: 1, h: 1 },
            focus: Focus::default(),
        };
        self.image(photo, op, &COVER_WIDTHS, root, 320)
    }

    fn learner_card(&mut self, learner: &LearnerView, root: &str) -> LearnerCard {
        LearnerCard {
            url: format!("{root}{}/index.html", learner.slug),
            name: learner.name.clone(),
            headline: learner.headline.clone(),
            avatar: self.avatar(learner, root),
            experience_count: learner.experiences.len(),
        }
    }

    fn experience_card(
        &mut self,
        learner: &LearnerView,
        exp: &ExperienceView,
        root: &str,
    ) -> ExperienceCard {
        let lang = self.view.language;
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
            summary: self
                .summaries
                .entry((learner.slug.clone(), exp.slug.clone()))
                .or_insert_with(|| markdown::summary(&exp.body, 160))
                .clone(),
            learner: learner.name.clone(),
            learner_slug: learner.slug.clone(),
            skill_ids: exp.skills.iter().map(|s| s.id.clone()).collect(),
            visibility: self.visibility_ctx(learner, exp.visibility),
        }
    }

    fn experience_ctx(
        &mut self,
        learner: &LearnerView,
        exp: &ExperienceView,
        root: &str,
        outer: Framing,
        with_thumbs: bool,
    ) -> ExperienceCtx {
        let card = self.experience_card(learner, exp, root);
        let framing = exp.framing.or(outer);
        let thumbs: Vec<PhotoCtx> = if with_thumbs {
            exp.photos
                .iter()
                .filter_map(|p| self.thumb(p, framing, root))
                .collect()
        } else {
            Vec::new()
        };
        let photos: Vec<PhotoCtx> = exp
            .photos
            .iter()
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
            body_html: markdown::to_html(&exp.body),
            tags: exp.tags.clone(),
            skills: exp
                .skills
                .iter()
                .map(|s| LinkCtx {
                    title: s.label.clone(),
                    url: format!("{root}{}/index.html#skill-{}", learner.slug, s.id),
                })
                .collect(),
            photos,
            thumbs,
            mosaic,
        }
    }

    fn story_card(&mut self, learner: &LearnerView, story: &StoryView, root: &str) -> StoryCard {
        let cover = story
            .cover
            .clone()
            .or_else(|| self.first_story_photo(learner, story))
            .and_then(|p| self.thumb(&p, story.framing, root));
        StoryCard {
            url: format!("{root}{}/stories/{}/index.html", learner.slug, story.slug),
            title: story.title.clone(),
            summary: markdown::summary(&story.body, 200),
            experience_count: story.experiences.len(),
            cover,
            visibility: self.visibility_ctx(learner, story.visibility),
        }
    }

    fn first_story_photo(&self, learner: &LearnerView, story: &StoryView) -> Option<Photo> {
        story
            .experiences
            .iter()
            .filter_map(|slug| learner.experiences.iter().find(|e| &e.slug == slug))
            .find_map(|e| e.photos.first().cloned())
    }

    fn skills_ctx(&self, learner: &LearnerView, root: &str) -> Vec<SkillCtx> {
        let max = learner
            .skills
            .iter()
            .map(|s| s.experiences.len())
            .max()
            .unwrap_or(1)
            .max(1);
        learner
            .skills
            .iter()
            .map(|proof| SkillCtx {
                id: proof.skill.id.clone(),
                label: proof.skill.label.clone(),
                count: proof.experiences.len(),
                percent: (proof.experiences.len() * 100 / max) as u32,
                proofs: proof
                    .experiences
                    .iter()
                    .filter_map(|slug| learner.experiences.iter().find(|e| &e.slug == slug))
                    .map(|e| LinkCtx {
                        title: e.title.clone(),
                        url: format!("{root}{}/experiences/{}/index.html", learner.slug, e.slug),
                    })
                    .collect(),
            })
            .collect()
    }

    /// Every visible experience, newest first, with filters by kind, skill and learner
    /// (the filters need JavaScript; without it the whole list shows).
    fn feed(&mut self) -> Result<Page> {
        let path = "experiences/index.html".to_string();
        let root = root_of(&path);
        let view = self.view;
        let all = newest_first(view);
        let cards: Vec<ExperienceCard> = all
            .iter()
            .map(|(l, e)| self.experience_card(l, e, &root))
            .collect();
        let mut kinds: std::collections::BTreeMap<String, FilterOption> = Default::default();
        let mut skills: std::collections::BTreeMap<String, FilterOption> = Default::default();
        for (_, e) in &all {
            if let Some(k) = &e.kind {
                let label = i18n::kind_label(k, view.language);
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
            .learners
            .iter()
            .filter(|l| !l.experiences.is_empty())
            .map(|l| FilterOption {
                value: l.slug.clone(),
                label: l.name.clone(),
                count: l.experiences.len(),
            })
            .collect();
        #[derive(Serialize)]
        struct Feed {
            cards: Vec<ExperienceCard>,
            kinds: Vec<FilterOption>,
            skills: Vec<FilterOption>,
            learners: Vec<FilterOption>,
        }
        let title = i18n::strings(view.language)["all_experiences"].to_string();
        let meta = self.meta(&path, &title, title.clone(), "website", None);
        let ctx = Feed {
            cards,
            kinds: kinds.into_values().collect(),
            skills: skills.into_values().collect(),
            learners,
        };
        self.page("feed.html", path, &title, meta, ctx)
    }

    fn home(&mut self) -> Result<Page> {
        let root = String::new();
        let view = self.view;
        let learners: Vec<LearnerCard> = view
            .learners
            .iter()
            .map(|l| self.learner_card(l, &root))
            .collect();
        let all = newest_first(view);
        let latest: Vec<ExperienceCard> = all
            .iter()
            .take(LATEST)
            .map(|(l, e)| self.experience_card(l, e, &root))
            .collect();
        #[derive(Serialize)]
        struct Home {
            learners: Vec<LearnerCard>,
            latest: Vec<ExperienceCard>,
        }
        let title = view.title.clone();
        let cover = view
            .learners
            .iter()
            .find_map(|l| l.experiences.iter().rev().find_map(|e| e.photos.first()));
        let description = view
            .learners
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
            Home { learners, latest },
        )
    }

    fn visibility_page(&mut self) -> Result<Page> {
        #[derive(Serialize)]
        struct Levels {
            lang: &'static str,
        }
        let title = i18n::strings(self.view.language)["levels_title"].to_string();
        let meta = self.meta(
            "visibility/index.html",
            &title,
            title.clone(),
            "website",
            None,
        );
        self.page(
            "visibility.html",
            "visibility/index.html".into(),
            &title,
            meta,
            Levels {
                lang: self.view.language.code(),
            },
        )
    }

    /// The portrait page and its JSON Resume.
    fn portrait(&mut self, learner: &LearnerView) -> Result<Vec<Page>> {
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
        #[derive(Serialize)]
        struct Portrait {
            learner: LearnerCard,
            bio_html: String,
            groups: Vec<String>,
            referent: Option<String>,
            timeline: Vec<ExperienceCard>,
            skills: Vec<SkillCtx>,
            stories: Vec<StoryCard>,
            visibility: VisibilityCtx,
        }
        let ctx = Portrait {
            learner: card,
            bio_html: markdown::to_html(&learner.bio),
            groups: learner.groups.iter().map(|g| g.name.clone()).collect(),
            referent: learner.referent.as_ref().map(|r| r.name.clone()),
            timeline,
            skills: self.skills_ctx(learner, &root),
            stories,
            visibility: self.visibility_ctx(learner, learner.visibility),
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
        let skill_set = i18n::strings(self.view.language)["skills"];
        meta.json_ld = self.view.audience.indexable().then(|| {
            share::script_json(&share::person(
                learner,
                meta.canonical.as_deref(),
                meta.image.as_deref(),
                skill_set,
            ))
        });
        let resume = share::resume(learner, meta.canonical.as_deref(), meta.image.as_deref());
        let resume = serde_json::to_string_pretty(&resume).unwrap_or_default();
        Ok(vec![
            self.page("portrait.html", path, &learner.name, meta, ctx)?,
            Page {
                path: format!("{}/resume.json", learner.slug),
                content: resume,
            },
        ])
    }

    fn experience_page(&mut self, learner: &LearnerView, exp: &ExperienceView) -> Result<Page> {
        let path = format!("{}/experiences/{}/index.html", learner.slug, exp.slug);
        let root = root_of(&path);
        #[derive(Serialize)]
        struct ExperiencePage {
            learner: LinkCtx,
            experience: ExperienceCtx,
            previous: Option<LinkCtx>,
            next: Option<LinkCtx>,
        }
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
            experience: self.experience_ctx(learner, exp, &root, Framing::default(), false),
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

    fn story_page(&mut self, learner: &LearnerView, story: &StoryView) -> Result<Page> {
        let path = format!("{}/stories/{}/index.html", learner.slug, story.slug);
        let root = root_of(&path);
        let card = self.story_card(learner, story, &root);
        let members: Vec<&ExperienceView> = story
            .experiences
            .iter()
            .filter_map(|slug| learner.experiences.iter().find(|e| &e.slug == slug))
            .collect();
        let chapters: Vec<ExperienceCtx> = members
            .iter()
            .map(|e| {
                self.experience_ctx(
                    learner,
                    e,
                    &root,
                    story.framing,
                    story.layout == StoryLayout::Mosaic,
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
        let cover = story
            .cover
            .clone()
            .and_then(|p| self.shown(&p, story.framing, &root));
        #[derive(Serialize)]
        struct StoryPage {
            learner: LinkCtx,
            story: StoryCard,
            date: Option<String>,
            layout: &'static str,
            intro_html: String,
            cover: Option<PhotoCtx>,
            chapters: Vec<ExperienceCtx>,
            skills: Vec<LinkCtx>,
        }
        let ctx = StoryPage {
            learner: LinkCtx {
                title: learner.name.clone(),
                url: format!("{root}{}/index.html", learner.slug),
            },
            story: card,
            date: story.date.map(|d| i18n::human_date(&d, self.view.language)),
            layout: match story.layout {
                crate::journal::StoryLayout::Journal => "journal",
                crate::journal::StoryLayout::Mosaic => "mosaic",
                crate::journal::StoryLayout::Slides => "slides",
            },
            intro_html: markdown::to_html(&story.body),
            cover,
            chapters,
            skills,
        };
        let cover = story
            .cover
            .clone()
            .or_else(|| self.first_story_photo(learner, story));
        let meta = self.meta(
            &path,
            &story.title,
            markdown::summary(&story.body, 200),
            "article",
            cover.as_ref(),
        );
        self.page("story.html", path, &story.title, meta, ctx)
    }
}
