//! The page that explains the four sharing levels: to the learner on their own site
//! (« ton carnet », with the `visibility` line to write), and to a visitor on every
//! other site (an employer, the public, a group, an adviser: what each level means
//! and which of them this site shows, no TOML). Both say how a learner in several
//! groups chooses which of them see a community item, with an example.

use super::super::context::VisibilityPage;
use super::super::{i18n, Page, Renderer};
use crate::audience::Audience;
use crate::error::Result;
use crate::journal::Visibility;

impl Renderer<'_> {
    pub(in crate::render) fn visibility_page(&mut self) -> Result<Page> {
        let path = "visibility/index.html";
        let title = i18n::strings(self.view.language())["levels_title"].to_string();
        let meta = self.meta(path, &title, title.clone(), "website", None);
        let reader = self.view.reader().unwrap_or_default().to_string();
        let this_site = match (self.view.audience(), self.site.group_kind) {
            (Audience::Public, _) => "",
            (Audience::Community(_), "employers") => "site-levels-this-site-employers",
            (Audience::Community(_), _) => "site-levels-this-site-community",
            _ => "site-levels-this-site-referent",
        };
        let this_site = match this_site {
            "" => String::new(),
            key => i18n::html_message(self.view.language(), key, &[("reader", &reader)]),
        };
        let ctx = VisibilityPage {
            lang: self.view.language().code(),
            reader,
            this_site,
            shown_levels: shown_levels(self.view.audience())
                .iter()
                .map(|v| v.keyword())
                .collect(),
            groups: match self.view.audience() {
                Audience::Private(_) => self
                    .view
                    .learners()
                    .iter()
                    .flat_map(|l| l.groups.iter().cloned())
                    .collect(),
                _ => Vec::new(),
            },
        };
        self.page("visibility.html", path.into(), &title, meta, ctx)
    }
}

/// The levels whose items a site may show.
fn shown_levels(audience: &Audience) -> &'static [Visibility] {
    use Visibility::*;
    match audience {
        Audience::Public => &[Public],
        Audience::Community(_) => &[Community, Public],
        Audience::Referent(_) | Audience::Programme(_) | Audience::SeenByReferent(_) => {
            &[Referent, Community, Public]
        }
        Audience::Private(_) => &[Private, Referent, Community, Public],
    }
}
