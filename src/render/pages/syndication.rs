//! What the public site offers to feed readers and search engines, when it knows
//! its `base_url` (both need absolute addresses): an Atom feed of the newest
//! experiences (`atom.xml`) and a `sitemap.xml` of every page. Other sites get
//! neither: they are not to be crawled (their `robots.txt` disallows all).

use serde::Serialize;

use super::super::{i18n, markdown, newest_first, share, Page, Renderer};
use crate::audience::AudienceView;
use crate::error::Result;
use crate::journal::Date;

/// How many experiences the feed holds, newest first.
const FEED_ENTRIES: usize = 50;

/// The words of `sitemap.xml` and of the feed's fixed parts, for the leak check's
/// interface text.
pub(in crate::render) const SYNDICATION_WORDS: &str = "xml version encoding UTF-8 urlset xmlns \
    http://www.sitemaps.org/schemas/sitemap/0.9 url loc Sitemap: sitemap.xml atom.xml \
    T12:00:00Z :00Z";

/// Whether the site of `view` has a feed and a sitemap: the public one, with a
/// `base_url` (the view keeps `base_url` for indexable sites only).
pub(in crate::render) fn has_atom(view: &AudienceView) -> bool {
    view.base_url().is_some()
}

/// `atom.xml`'s context.
#[derive(Serialize)]
struct AtomFeed {
    /// Absolute URL of the site root, with its final `/`.
    home: String,
    /// Absolute URL of the feed itself.
    url: String,
    /// The newest entry's date (RFC 3339), so that a rebuild changes nothing.
    updated: String,
    entries: Vec<AtomEntry>,
}

/// One experience in the feed.
#[derive(Serialize)]
struct AtomEntry {
    title: String,
    url: String,
    updated: String,
    author: String,
    summary: String,
    categories: Vec<String>,
}

impl Renderer<'_> {
    /// `atom.xml`, on a site that has one.
    pub(in crate::render) fn atom(&self) -> Result<Option<Page>> {
        let Some(base) = self.view.base_url() else {
            return Ok(None);
        };
        let entries: Vec<AtomEntry> = newest_first(self.view)
            .into_iter()
            .take(FEED_ENTRIES)
            .map(|(l, e)| AtomEntry {
                title: e.title.clone(),
                url: share::canonical(
                    base,
                    &format!("{}/experiences/{}/index.html", l.slug, e.slug),
                ),
                updated: rfc3339(&e.date),
                author: l.name.clone(),
                summary: markdown::summary(&e.body, 400),
                categories: e.skills.iter().map(|s| s.label.clone()).collect(),
            })
            .collect();
        let feed = AtomFeed {
            home: share::canonical(base, "index.html"),
            url: format!("{base}/atom.xml"),
            updated: entries
                .first()
                .map(|e| e.updated.clone())
                .unwrap_or_else(|| "2000-01-01T12:00:00Z".into()),
            entries,
        };
        let mut ctx = tera::Context::from_serialize(&feed)
            .map_err(|e| super::super::theme::template_error("atom.xml", &e))?;
        ctx.insert("site", &self.site);
        ctx.insert("t", &i18n::strings(self.view.language()));
        let content = self
            .theme
            .tera()?
            .render("atom.xml", &ctx)
            .map_err(|e| super::super::theme::template_error("atom.xml", &e))?;
        Ok(Some(Page {
            path: "atom.xml".into(),
            content,
        }))
    }
}

/// `sitemap.xml` listing every HTML page of `pages`, on a site that has one.
pub(in crate::render) fn sitemap(view: &AudienceView, pages: &[Page]) -> Option<Page> {
    let base = view.base_url()?;
    let mut content = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.iter().filter(|p| p.path.ends_with(".html")) {
        let url = xml_text(&share::canonical(base, &page.path));
        content.push_str(&format!("<url><loc>{url}</loc></url>\n"));
    }
    content.push_str("</urlset>\n");
    Some(Page {
        path: "sitemap.xml".into(),
        content,
    })
}

/// `text` with XML's five special characters as entities (URLs hold `&`).
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A date as Atom wants it. The journal gives no time zone: the time is written as
/// UTC, noon when there is no time.
fn rfc3339(date: &Date) -> String {
    let (h, m) = date.time.unwrap_or((12, 0));
    format!("{}T{h:02}:{m:02}:00Z", date.iso_date())
}
