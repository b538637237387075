//! What the preview adds to a page it serves: in `<head>`, its stylesheet, its
//! live-reload script and the number of the build the page comes from; at the top
//! of `<body>`, the audience switcher bar and, after a failed build, the error
//! panel. The page is changed only in the response: the build in memory, and so
//! every built site, never holds any of it.

use serde::Serialize;

use super::live::Problem;
use super::pages::Pages;
use super::switcher::{AudienceEntry, Audiences};
use crate::audience::Audience;
use crate::journal::Language;

/// Opens each addition to a page of a site, so that a reader (a test) can take
/// them out and find the built page byte for byte.
pub const MARK_START: &str = "<!--carnet-serve-->";
/// Closes each addition opened by [`MARK_START`].
pub const MARK_END: &str = "<!--/carnet-serve-->";

/// `addition` between [`MARK_START`] and [`MARK_END`].
pub fn marked(addition: &str) -> String {
    format!("{MARK_START}{addition}{MARK_END}")
}

/// Inserts `head` before `</head>` and `top` just after the `<body …>` tag of
/// `html`, or after the page's skip link when the body starts with one (a link to
/// `#…`): it stays the first thing a keyboard reaches. A page without them gets
/// `top` at its start and `head` before it.
pub fn inject(html: &str, head: &str, top: &str) -> String {
    let mut out = String::with_capacity(html.len() + head.len() + top.len());
    let lower = html.to_ascii_lowercase();
    let head_at = lower.find("</head>");
    let body_at = lower
        .find("<body")
        .and_then(|i| lower[i..].find('>').map(|j| i + j + 1))
        .map(|b| b + skip_link_len(&lower[b..]));
    match (head_at, body_at) {
        (Some(h), Some(b)) if h < b => {
            out.push_str(&html[..h]);
            out.push_str(head);
            out.push_str(&html[h..b]);
            out.push_str(top);
            out.push_str(&html[b..]);
        }
        _ => {
            out.push_str(head);
            out.push_str(top);
            out.push_str(html);
        }
    }
    out
}

/// The length of the skip link that `rest` (the body's lowercase text) starts
/// with, whitespace before it included; 0 when it starts with something else.
fn skip_link_len(rest: &str) -> usize {
    let trimmed = rest.trim_start();
    let lead = rest.len() - trimmed.len();
    let Some(tag_end) = trimmed.strip_prefix("<a ").and_then(|t| t.find('>')) else {
        return 0;
    };
    if !trimmed[..tag_end + 3].contains("href=\"#") {
        return 0;
    }
    trimmed
        .find("</a>")
        .map_or(0, |close| lead + close + "</a>".len())
}

/// What the bar shows on one page.
#[derive(Debug, Clone, Default)]
pub struct BarState<'a> {
    /// The audience whose site the page belongs to (`None`: a page of the preview
    /// that belongs to no site).
    pub current: Option<&'a AudienceEntry>,
    /// The page's path inside that site.
    pub page: &'a str,
    /// Where « Nouvelle expérience » leads.
    pub new_url: String,
    /// Where « Modifier cette expérience » leads, on an experience's page.
    pub edit_url: Option<String>,
    /// The folder just written by the form, to confirm it.
    pub saved: Option<String>,
}

#[derive(Serialize)]
struct OptionCtx<'a> {
    dir: &'a str,
    label: &'a str,
}

#[derive(Serialize)]
struct GroupCtx<'a> {
    label: &'static str,
    options: Vec<OptionCtx<'a>>,
}

#[derive(Serialize)]
struct BarCtx<'a> {
    groups: Vec<GroupCtx<'a>>,
    current: &'a str,
    page: &'a str,
    new_url: &'a str,
    edit_url: Option<&'a str>,
    saved: Option<&'a str>,
    on_this_computer: bool,
}

#[derive(Serialize)]
struct HeadCtx<'a> {
    generation: &'a str,
    site: Option<&'a str>,
}

#[derive(Serialize)]
struct OverlayCtx<'a> {
    title: String,
    problems: &'a [Problem],
}

/// The `<head>` of a page shown to someone the guard may refuse everything else
/// (a refusal: no session cookie yet, and on a LAN address no Fetch Metadata, so
/// a request for `/_carnet/serve.css` would itself be refused): the preview's
/// stylesheet inline, and no script (nothing on it reloads).
pub fn head_self_contained() -> String {
    format!("<style>\n{}</style>\n", super::pages::CSS)
}

/// The `<head>` additions, for a page of version `generation` (see
/// [`super::live::Live::version`]) of the site in folder `site`.
pub fn head(pages: &Pages, generation: &str, site: Option<&str>) -> String {
    pages.piece("head.html", Language::Fr, &HeadCtx { generation, site })
}

/// The bar and, when `problems` is not empty, the error panel. The note « Aperçu
/// sur cet ordinateur » shows only when `on_this_computer` (the owner's browser,
/// not a phone's).
pub fn top(
    pages: &Pages,
    audiences: &Audiences,
    bar: &BarState<'_>,
    problems: &[Problem],
    on_this_computer: bool,
) -> String {
    let language = audiences.language;
    let strings = super::pages::strings(language);
    let mut groups: Vec<GroupCtx<'_>> = Vec::new();
    for entry in &audiences.list {
        let key = match entry.audience {
            Audience::Public => "group_public",
            Audience::Community(_) => "group_community",
            Audience::Referent(_) | Audience::Programme(_) | Audience::SeenByReferent(_) => {
                "group_referent"
            }
            Audience::Private(_) => "group_private",
        };
        let label = strings.get(key).map_or(key, String::as_str);
        let option = OptionCtx {
            dir: &entry.dir,
            label: &entry.label,
        };
        match groups.last_mut() {
            Some(g) if g.label == label => g.options.push(option),
            _ => groups.push(GroupCtx {
                label,
                options: vec![option],
            }),
        }
    }
    let mut html = pages.piece(
        "bar.html",
        language,
        &BarCtx {
            groups,
            current: bar.current.map_or("", |a| a.dir.as_str()),
            page: bar.page,
            new_url: &bar.new_url,
            edit_url: bar.edit_url.as_deref(),
            saved: bar.saved.as_deref(),
            on_this_computer,
        },
    );
    if !problems.is_empty() {
        html.push_str(&overlay(pages, language, problems));
    }
    html
}

/// The error panel.
pub fn overlay(pages: &Pages, language: Language, problems: &[Problem]) -> String {
    let title = crate::t!(language, "serve-errors-to-fix", count = problems.len());
    pages.piece("overlay.html", language, &OverlayCtx { title, problems })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn additions_go_into_head_and_top_of_body() {
        let page = "<!DOCTYPE html><html><head><title>x</title></head>\n<body class=\"a\">\n<p>hi</p></body></html>";
        let out = inject(page, "<link h>", "<div bar>");
        assert_eq!(
            out,
            "<!DOCTYPE html><html><head><title>x</title><link h></head>\n<body class=\"a\"><div bar>\n<p>hi</p></body></html>"
        );
        assert_eq!(inject("<p>bare</p>", "<h>", "<t>"), "<h><t><p>bare</p>");
        let skip = "<head></head><body>\n<a class=\"skip-link\" href=\"#main\">Aller</a>\n<main>";
        assert_eq!(
            inject(skip, "", "<t>"),
            "<head></head><body>\n<a class=\"skip-link\" href=\"#main\">Aller</a><t>\n<main>"
        );
        let link = "<head></head><body><a href=\"/x\">x</a>";
        assert_eq!(
            inject(link, "", "<t>"),
            "<head></head><body><t><a href=\"/x\">x</a>"
        );
    }

    #[test]
    fn a_refusal_needs_no_other_request() {
        let head = head_self_contained();
        assert!(head.starts_with("<style>") && head.ends_with("</style>\n"));
        assert_eq!(
            head.matches("</style").count(),
            1,
            "the CSS ends its element"
        );
        assert!(!head.contains("<link") && !head.contains("<script"));
        assert!(!head.contains("url("), "a stylesheet that asks for nothing");
    }
}
