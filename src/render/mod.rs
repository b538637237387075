//! Renders one [`AudienceView`] into the pages of its site (Markdown, then Tera),
//! and records which image variants those pages reference. Sees only the view, and
//! a photo catalogue holding only the view's photos.
//!
//! - `pages/`: one file per kind of page (home, feed, visibility, talents, portrait,
//!   experience, story, robots.txt, the public site's Atom feed and sitemap); adding
//!   a page is one file there and one line in [`render`].
//! - `cards.rs`: the pieces several pages show (learner, experience and story cards,
//!   the skill chart, visibility badges).
//! - `photos.rs`: `img` data for a photo, and the variants it needs.
//! - `context.rs`: every struct a template sees, documented in one place.

pub mod context;
pub mod i18n;
pub mod markdown;
pub mod search;
pub mod share;
pub mod theme;
pub mod typography;

mod cards;
mod pages;
mod photos;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::audience::{Audience, AudienceView, ExperienceView, LearnerView};
use crate::error::Result;
use crate::images::{Catalog, Variant};
use crate::journal::GroupKind;
use context::{MetaCtx, SiteCtx};
pub use theme::Theme;

/// A rendered page (or data file) of a site.
#[derive(Debug, Clone)]
pub struct Page {
    /// `/`-separated path inside the site (`ines/index.html`).
    pub path: String,
    /// The content.
    pub content: String,
}

/// What one audience's site is made of.
#[derive(Debug)]
pub struct Site {
    /// Who reads it.
    pub audience: Audience,
    /// Its pages and data files.
    pub pages: Vec<Page>,
    /// Image variants its pages reference (to be placed under `photos/`).
    pub photos: BTreeSet<Variant>,
    /// Number of HTML pages (kept once the pages are written and freed).
    pub html_pages: usize,
    /// The digest of each templated page's inputs, by path (only when rendered
    /// with a [`Reuse`]).
    pub inputs: BTreeMap<String, String>,
    /// The pages not rendered again, by path, with the blake3 (hex) of the bytes
    /// the previous build wrote: their `content` is empty.
    pub kept: HashMap<String, String>,
}

/// What lets [`render_with`] leave a page as the previous build wrote it: the
/// digest of everything its template sees (its serialized context, the site's
/// context, the interface strings) salted with carnet's version, the theme and the
/// leak check's evidence for the site, and the pages of the previous build still
/// in place (checked under that same evidence).
#[derive(Debug)]
pub struct Reuse {
    salt: blake3::Hasher,
    /// Pages of the previous build still in place: path in the site → (digest of
    /// its inputs, blake3 of its bytes).
    held: HashMap<String, (String, String)>,
}

/// The version of what goes into a page's input digest.
const INPUTS_VERSION: u32 = 2;

impl Reuse {
    /// Reuse for a site whose theme has digest `theme`, and whose previous pages
    /// still in place are `held`.
    pub fn new(theme: &str, held: HashMap<String, (String, String)>) -> Reuse {
        let mut salt = blake3::Hasher::new();
        for part in [
            env!("CARGO_PKG_VERSION"),
            &INPUTS_VERSION.to_string(),
            theme,
        ] {
            salt.update(&(part.len() as u64).to_le_bytes());
            salt.update(part.as_bytes());
        }
        Reuse { salt, held }
    }
}

/// Renders the site of `view`. `catalog` must hold the view's photos (and, to keep
/// the boundary plain, nothing else: see [`Catalog::for_view`]).
pub fn render(view: &AudienceView, theme: &Theme, catalog: &Catalog) -> Result<Site> {
    render_with(view, theme, catalog, None)
}

/// [`render`], leaving as they are the pages whose inputs are those `reuse` holds.
pub fn render_with(
    view: &AudienceView,
    theme: &Theme,
    catalog: &Catalog,
    reuse: Option<&Reuse>,
) -> Result<Site> {
    let site = site_ctx(view);
    let salt = reuse.and_then(|reuse| {
        let mut salt = reuse.salt.clone();
        serde_json::to_writer(&mut salt, &site).ok()?;
        serde_json::to_writer(&mut salt, &i18n::strings(view.language())).ok()?;
        Some(salt)
    });
    let mut r = Renderer {
        view,
        theme,
        catalog,
        photos: BTreeSet::new(),
        site,
        cards: HashMap::new(),
        salt,
        held: reuse.map(|r| &r.held),
        inputs: RefCell::new(BTreeMap::new()),
        kept: RefCell::new(HashMap::new()),
        scratch: RefCell::new(Vec::new()),
    };
    let mut pages = vec![
        r.home()?,
        r.feed()?,
        r.visibility_page()?,
        r.accessibility_page()?,
    ];
    pages.extend(r.facet_pages()?);
    pages.extend(r.talents()?);
    pages.extend(r.pro_pages()?);
    pages.push(search::page(view));
    for learner in view.learners() {
        pages.extend(r.portrait(learner)?);
        for exp in &learner.experiences {
            pages.push(r.experience_page(learner, exp)?);
        }
        for story in &learner.stories {
            pages.push(r.story_page(learner, story)?);
        }
    }
    pages.extend(pages::badges(view));
    pages.extend(r.atom()?);
    pages.extend(pages::sitemap(view, &pages));
    pages.push(pages::robots(view));
    let html_pages = pages.iter().filter(|p| p.path.ends_with(".html")).count();
    Ok(Site {
        audience: view.audience().clone(),
        pages,
        photos: r.photos,
        html_pages,
        inputs: r.inputs.into_inner(),
        kept: r.kept.into_inner(),
    })
}

/// Every text a site may hold that comes from carnet or its theme rather than
/// from a journal: the theme's templates and assets (names included), the
/// interface strings, the keys of the JSON it writes, `robots.txt`, file name
/// extensions and `srcset` widths. The leak check never takes these words for a
/// hidden item's.
pub fn interface_text(theme: &Theme) -> Vec<String> {
    let mut text: Vec<String> = theme.sources.values().cloned().collect();
    for (name, bytes) in &theme.assets {
        text.push(name.clone());
        text.push(String::from_utf8_lossy(bytes).into_owned());
    }
    text.extend(i18n::vocabulary());
    text.extend(share::VOCABULARY.iter().map(|s| (*s).to_string()));
    text.extend(search::VOCABULARY.iter().map(|s| (*s).to_string()));
    text.push(pages::ROBOTS_WORDS.to_string());
    text.push(pages::SYNDICATION_WORDS.to_string());
    for ext in [
        "html", "json", "txt", "xml", "css", "js", "jpg", "jpeg", "png", "webp",
    ] {
        text.push(ext.to_string());
    }
    let widths = crate::images::CONTAIN_WIDTHS
        .iter()
        .chain(&crate::images::COVER_WIDTHS)
        .chain(&[photos::SHARE_WIDTH]);
    text.extend(widths.map(|w| format!("{w}w")));
    text
}

fn site_ctx(view: &AudienceView) -> SiteCtx {
    let lang = view.language();
    let reader = view.reader().unwrap_or_default();
    let group_kind = match view.group_kind() {
        Some(GroupKind::Learners) => "learners",
        Some(GroupKind::Professionals) => "professionals",
        Some(GroupKind::Employers) => "employers",
        None => "",
    };
    let (audience, accent, banner) = match view.audience() {
        Audience::Public => ("public", "public", "public"),
        Audience::Community(_) => ("community", group_kind, "community"),
        Audience::Referent(_) | Audience::Programme(_) | Audience::SeenByReferent(_) => {
            ("referent", "referent", "referent")
        }
        Audience::Private(_) => ("private", "private", "private"),
    };
    let audience_label = i18n::banner(banner, reader, lang);
    SiteCtx {
        title: view.title().to_string(),
        lang: lang.code(),
        audience,
        audience_label,
        accent,
        group_kind,
        noindex: !view.audience().indexable(),
        show_visibility: !view.audience().indexable(),
        base_url: view.base_url().map(str::to_string),
        talents: pages::has_talents(view),
        pros: !view.professionals().is_empty(),
        atom: pages::has_atom(view),
        accessibility: pages::accessibility::footer_label(view.accessibility(), lang),
    }
}

/// Every experience of the view with its learner, newest first.
fn newest_first(view: &AudienceView) -> Vec<(&LearnerView, &ExperienceView)> {
    let mut all: Vec<(&LearnerView, &ExperienceView)> = view
        .learners()
        .iter()
        .flat_map(|l| l.experiences.iter().map(move |e| (l, e)))
        .collect();
    all.sort_by(|a, b| (b.1.date, &b.1.slug).cmp(&(a.1.date, &a.1.slug)));
    all
}

/// The relative prefix from a page at `path` to the site root.
fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The state of one site's rendering, shared by its pages.
struct Renderer<'a> {
    view: &'a AudienceView,
    theme: &'a Theme,
    catalog: &'a Catalog,
    /// Variants referenced so far.
    photos: BTreeSet<Variant>,
    site: SiteCtx,
    /// Experience cards made so far, by learner, experience and root.
    cards: HashMap<(String, String, String), context::ExperienceCard>,
    /// What every page's input digest starts from (with a [`Reuse`]).
    salt: Option<blake3::Hasher>,
    /// The previous build's pages still in place (with a [`Reuse`]).
    held: Option<&'a HashMap<String, (String, String)>>,
    /// Each templated page's input digest, by path.
    inputs: RefCell<BTreeMap<String, String>>,
    /// The pages left as the previous build wrote them: path → blake3 of the bytes.
    kept: RefCell<HashMap<String, String>>,
    /// The buffer a page's inputs are serialized into, to be hashed.
    scratch: RefCell<Vec<u8>>,
}

impl Renderer<'_> {
    /// The digest of everything the page at `path` gives its template (with a
    /// [`Reuse`]): the site's context and the interface strings are in the salt, the
    /// root is the path's.
    fn input_digest(
        &self,
        template: &str,
        path: &str,
        title: &str,
        meta: &MetaCtx,
        extra: &impl Serialize,
    ) -> Option<String> {
        let mut h = self.salt.clone()?;
        // Serialized into one buffer, then hashed at once: blake3 hashes a long
        // input many chunks at a time, and the many small pieces serde writes
        // would each cost an update.
        let mut bytes = self.scratch.borrow_mut();
        bytes.clear();
        for part in [template, path, title] {
            bytes.extend_from_slice(&(part.len() as u64).to_le_bytes());
            bytes.extend_from_slice(part.as_bytes());
        }
        serde_json::to_writer(&mut *bytes, meta).ok()?;
        serde_json::to_writer(&mut *bytes, extra).ok()?;
        h.update(&bytes);
        Some(h.finalize().to_hex().to_string())
    }

    /// Renders `template` into the page at `path`, with what every page knows.
    fn page(
        &self,
        template: &str,
        path: String,
        title: &str,
        meta: MetaCtx,
        extra: impl Serialize,
    ) -> Result<Page> {
        let input = self.input_digest(template, &path, title, &meta, &extra);
        if let Some(input) = input {
            let held = self.held.and_then(|h| h.get(&path));
            if let Some((was, bytes)) = held.filter(|(was, _)| *was == input) {
                let _ = was;
                self.kept.borrow_mut().insert(path.clone(), bytes.clone());
                self.inputs.borrow_mut().insert(path.clone(), input);
                return Ok(Page {
                    path,
                    content: String::new(),
                });
            }
            self.inputs.borrow_mut().insert(path.clone(), input);
        }
        let root = root_of(&path);
        let mut ctx = tera::Context::from_serialize(extra)
            .map_err(|e| theme::template_error(template, &e))?;
        ctx.insert("meta", &meta);
        ctx.insert("site", &self.site);
        ctx.insert("t", &i18n::strings(self.view.language()));
        ctx.insert("root", &root);
        ctx.insert("page_title", title);
        ctx.insert("page_path", &path);
        let content = self
            .theme
            .tera()?
            .render(template, &ctx)
            .map_err(|e| theme::template_error(&format!("{template} ({path})"), &e))?;
        Ok(Page { path, content })
    }
}
