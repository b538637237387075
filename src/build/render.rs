//! The second stage: one view rendered into its site's pages, with the image
//! variants those pages reference (the image plan). The renderer gets the view and
//! a catalogue of that view's photos only.

use super::Prepared;
use crate::audience::AudienceView;
use crate::error::Result;
use crate::render::{self, Site};

/// Renders the site of `view`.
pub fn render_site(prepared: &Prepared, view: &AudienceView) -> Result<Site> {
    let catalog = prepared.catalog.for_view(view);
    render::render(view, &prepared.theme, &catalog)
}
