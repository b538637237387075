//! The second stage: one view rendered into its site's pages, with the image
//! variants those pages reference (the image plan). The renderer gets the view and
//! a catalogue of that view's photos only.

use super::Prepared;
use crate::audience::AudienceView;
use crate::error::Result;
use crate::render::{self, Reuse, Site};

/// Renders the site of `view`.
pub fn render_site(prepared: &Prepared, view: &AudienceView) -> Result<Site> {
    render_site_with(prepared, view, None)
}

/// Renders the site of `view`, leaving the pages `reuse` allows as they are.
pub fn render_site_with(
    prepared: &Prepared,
    view: &AudienceView,
    reuse: Option<&Reuse>,
) -> Result<Site> {
    let catalog = prepared.catalog.for_view(view);
    render::render_with(view, &prepared.theme, &catalog, reuse)
}
