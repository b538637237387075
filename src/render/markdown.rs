//! Learner Markdown to safe HTML. Learner text is untrusted in shared sites: the
//! HTML is sanitized (ammonia) and stripped of images, so that no script, style,
//! frame or remote request can come from a journal's text.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Renders Markdown to sanitized HTML. Headings are shifted down one level, so the
/// page's own `h1` stays the only one.
pub fn to_html(markdown: &str) -> String {
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: lower(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    sanitize(&html)
}

fn lower(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Removes everything unsafe or that would load a remote resource.
fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .rm_tags(["img"])
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_relative(ammonia::UrlRelative::Deny)
        .clean(html)
        .to_string()
}

/// The first paragraph of `markdown` as plain text, cut at about `max` characters:
/// a description for cards and meta tags.
pub fn summary(markdown: &str, max: usize) -> String {
    let mut text = String::new();
    let mut in_code = false;
    for event in Parser::new(markdown) {
        match event {
            Event::InlineHtml(tag) | Event::Html(tag) => {
                let tag = tag.trim().to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    in_code = !tag.contains("</script") && !tag.contains("</style");
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    in_code = false;
                }
            }
            Event::Text(_) if in_code => {}
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph) if !text.trim().is_empty() => break,
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_and_images_are_removed() {
        let html = to_html(
            "Hello <script>alert(1)</script><img src=\"https://tracker.example/x.gif\"> <a href=\"javascript:alert(1)\" onclick=\"x()\">lien</a>\n\n<iframe src=\"https://x\"></iframe><style>body{}</style>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("tracker"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(!html.contains("<style"), "{html}");
        assert!(html.contains("lien"), "{html}");
    }

    #[test]
    fn markdown_is_rendered_and_headings_shifted() {
        let html = to_html("# Titre\n\nDu **gras** et [un lien](https://example.org).");
        assert!(html.contains("<h2>Titre</h2>"), "{html}");
        assert!(html.contains("<strong>gras</strong>"), "{html}");
        assert!(
            html.contains("rel=\"noopener noreferrer nofollow\""),
            "{html}"
        );
    }

    #[test]
    fn summary_leaves_out_script_text() {
        assert_eq!(
            summary("Mon récit. <script>alert('x')</script> Fin.", 100),
            "Mon récit. Fin."
        );
    }

    #[test]
    fn summary_takes_first_paragraph_and_cuts_on_a_word() {
        assert_eq!(summary("Un **beau** jour.\n\nSuite.", 100), "Un beau jour.");
        assert_eq!(summary("un deux trois quatre", 10), "un deux…");
    }
}
