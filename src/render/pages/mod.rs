//! One file per kind of page. Each adds a method to the renderer that returns the
//! page (or pages) made from the view; `robots.txt` needs no template.

pub(crate) mod accessibility;
mod badges;
mod experience;
mod feed;
mod home;
mod portrait;
mod pros;
mod story;
mod syndication;
mod talents;
mod visibility;

pub(super) use badges::badges;
pub(super) use syndication::{has_atom, sitemap, SYNDICATION_WORDS};
pub(super) use talents::has_talents;

use super::context::{MetaCtx, ShareImage};
use super::{share, Page, Renderer};
use crate::audience::AudienceView;
use crate::journal::Photo;

impl Renderer<'_> {
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
        let base = self.view.base_url().map(str::to_string);
        let canonical = base.as_deref().map(|b| share::canonical(b, path));
        let image = match (&base, photo) {
            (Some(base), Some(p)) => self.share_image(p).map(|img| ShareImage {
                url: format!("{base}/{}", img.src),
                width: img.width,
                height: img.height,
            }),
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
}

/// The words of `robots.txt`, for the leak check's interface text.
pub(super) const ROBOTS_WORDS: &str = "User-agent: * Allow: / Disallow: /";

/// `robots.txt`: crawling allowed on the public site only.
pub(super) fn robots(view: &AudienceView) -> Page {
    let mut content = String::from(if view.audience().indexable() {
        "User-agent: *\nAllow: /\n"
    } else {
        "User-agent: *\nDisallow: /\n"
    });
    if syndication::has_atom(view) {
        let base = view.base_url().unwrap_or_default();
        content.push_str(&format!("Sitemap: {base}/sitemap.xml\n"));
    }
    Page {
        path: "robots.txt".into(),
        content,
    }
}
