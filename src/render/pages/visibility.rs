//! The page that explains the four sharing levels.

use super::super::context::VisibilityPage;
use super::super::{i18n, Page, Renderer};
use crate::error::Result;

impl Renderer<'_> {
    pub(in crate::render) fn visibility_page(&mut self) -> Result<Page> {
        let path = "visibility/index.html";
        let title = i18n::strings(self.view.language())["levels_title"].to_string();
        let meta = self.meta(path, &title, title.clone(), "website", None);
        let ctx = VisibilityPage {
            lang: self.view.language().code(),
        };
        self.page("visibility.html", path.into(), &title, meta, ctx)
    }
}
