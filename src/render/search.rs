//! The search index of one site: `search-index.js`, a classic script that sets the
//! global `window.carnetSearch` (mdBook's `searchindex.js` approach), so that
//! filtering and full-text search work from `file://` and offline, with no request.
//!
//! It is built from the site's [`AudienceView`] only, like every page: an item the
//! audience may not see is not in it, nor anything derived from one. It holds the
//! items' strings as pages show them (titles, places, tags, skill labels, plain
//! text); accent folding and stemming happen in the browser (`carnet.js`), so that
//! the build's leak check, which reads every file of a site, finds a hidden item's
//! strings in the index exactly as it would in a page.
//!
//! It must never hold a group the audience may not know of, nor an item's raw
//! Markdown (links and HTML stay out: only text).

use serde::Serialize;

use super::{newest_first, Page};
use crate::audience::AudienceView;
use crate::journal::slug::slugify;

/// Path of the index inside every site.
pub const INDEX_PATH: &str = "search-index.js";

/// The global the index sets.
const GLOBAL: &str = "carnetSearch";

/// One experience as the search and the filters see it.
#[derive(Debug, Serialize)]
pub struct SearchDoc {
    /// `learner/slug`, the `data-key` of its card on the feed.
    pub key: String,
    /// URL of its page, relative to the site root.
    pub url: String,
    /// Title.
    pub title: String,
    /// Learner slug.
    pub learner: String,
    /// Learner name.
    pub learner_name: String,
    /// Groups of the learner this audience may know of (slugs).
    pub groups: Vec<String>,
    /// Kind keyword, empty when none.
    pub kind: String,
    /// Skill ids.
    pub skills: Vec<String>,
    /// Tag slugs (the values of the tag filter).
    pub tags: Vec<String>,
    /// `YYYY-MM`, for the period filter.
    pub month: String,
    /// Everything searched: title, place, tags, skill labels, learner name, text.
    pub text: String,
}

/// The whole index.
#[derive(Debug, Serialize)]
pub struct SearchIndex {
    /// Every visible experience, newest first (the feed's order).
    pub docs: Vec<SearchDoc>,
}

/// The index of the site of `view`.
pub fn index(view: &AudienceView) -> SearchIndex {
    let docs = newest_first(view)
        .into_iter()
        .map(|(l, e)| {
            let mut text = vec![e.title.clone(), l.name.clone()];
            text.extend(e.place.clone());
            text.extend(e.tags.iter().cloned());
            text.extend(e.skills.iter().map(|s| s.label.clone()));
            text.push(plain_text(&e.body));
            SearchDoc {
                key: format!("{}/{}", l.slug, e.slug),
                url: format!("{}/experiences/{}/index.html", l.slug, e.slug),
                title: e.title.clone(),
                learner: l.slug.clone(),
                learner_name: l.name.clone(),
                groups: l.groups.iter().map(|g| g.slug.clone()).collect(),
                kind: e.kind.as_deref().map(facet_slug).unwrap_or_default(),
                skills: e.skills.iter().map(|s| s.id.clone()).collect(),
                tags: e.tags.iter().map(|t| facet_slug(t)).collect(),
                month: format!("{:04}-{:02}", e.date.year, e.date.month),
                // Fields apart (« job-dating · logistique »): words of two fields
                // side by side are no phrase anyone wrote, so the leak check never
                // mistakes them for a hidden item's.
                text: text.join(" · "),
            }
        })
        .collect();
    SearchIndex { docs }
}

/// Longest facet slug kept whole in a file name; a longer one (a tag that is a
/// whole sentence) is cut and given a short hash of the whole, so that two long
/// tags with the same start get two pages and no file name is too long.
const MAX_FACET_SLUG: usize = 48;

/// The address of a tag or kind value in the static pages and the filters: its
/// slug, cut with a hash when long; `t-<hash>` when it has no letter or digit.
pub fn facet_slug(value: &str) -> String {
    let slug = slugify(value);
    if !slug.is_empty() && slug.len() <= MAX_FACET_SLUG {
        return slug;
    }
    let hash = blake3::hash(value.as_bytes()).to_hex();
    let short = &hash.as_str()[..8];
    let head: String = slug.chars().take(MAX_FACET_SLUG - 9).collect();
    let head = head.trim_end_matches('-');
    if head.is_empty() {
        format!("t-{short}")
    } else {
        format!("{head}-{short}")
    }
}

/// `search-index.js` of the site of `view`.
pub fn page(view: &AudienceView) -> Page {
    let json = serde_json::to_string(&index(view)).unwrap_or_else(|_| "{\"docs\":[]}".into());
    // `</script` cannot end anything in a file loaded by `src`, but `<` is escaped
    // anyway so that the index stays inert whatever a future page does with it.
    let json = json.replace('<', "\\u003c");
    Page {
        path: INDEX_PATH.into(),
        content: format!("window.{GLOBAL} = {json};\n"),
    }
}

/// The text of `markdown` without its markup (no link target, no HTML).
fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => {
                text.push_str(&t);
                text.push(' ');
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of the index's wrapper, for the leak check's interface text.
pub const VOCABULARY: &[&str] = &[
    "window.carnetSearch",
    "carnetSearch",
    "docs key url title learner learner_name groups kind skills tags month text",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_slugs_are_short_and_never_empty() {
        assert_eq!(facet_slug("Travail d'équipe"), "travail-d-equipe");
        let long = "x ".repeat(200);
        let a = facet_slug(&long);
        assert!(a.len() <= MAX_FACET_SLUG, "{a}");
        assert_ne!(a, facet_slug(&format!("{long}y")));
        assert!(facet_slug("!!!").starts_with("t-"));
    }

    #[test]
    fn plain_text_drops_markup_and_link_targets() {
        assert_eq!(
            plain_text("Un **travail** d'équipe [ici](https://x.example/secret).\n\n<b>x</b>"),
            "Un travail d'équipe ici . x"
        );
    }
}
