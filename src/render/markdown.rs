//! Learner Markdown to safe HTML. Learner text is untrusted in shared sites: the
//! HTML is sanitized (ammonia) and stripped of images, so that no script, style,
//! frame or remote request can come from a journal's text.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::typography;
use crate::journal::Language;

mod memo;

/// Renders Markdown to sanitized HTML. Headings are shifted down one level, so the
/// page's own `h1` stays the only one.
pub fn to_html(markdown: &str) -> String {
    to_html_in(markdown, Language::En)
}

/// [`to_html`] for a site in `lang`: a French site's text gets French typography
/// ([`super::typography`]), applied to the Markdown's text only: never to code
/// (inline or in blocks), link addresses, HTML the learner wrote, or what sits
/// inside raw `<code>`, `<pre>`, `<script>`, `<style>`.
pub fn to_html_in(markdown: &str, lang: Language) -> String {
    memo::worked_out(memo::Work::Html(lang), markdown, || html_in(markdown, lang))
}

/// [`to_html_in`], worked out.
fn html_in(markdown: &str, lang: Language) -> String {
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION;
    let events = Parser::new_ext(markdown, options);
    let events: Vec<Event<'_>> = match lang {
        Language::Fr => french_text(events),
        Language::En => events.collect(),
    };
    let events = events.into_iter().map(|event| match event {
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

/// The events with each run of text (consecutive `Text` events, which the parser
/// splits at `!`, quotes and escapes) joined and given French typography, except
/// inside code blocks and raw code, preformatted, script or style elements.
fn french_text<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    let mut run: Option<String> = None;
    let mut raw_depth = 0usize;
    let mut in_code_block = false;
    let flush = |run: &mut Option<String>, out: &mut Vec<Event<'a>>| {
        if let Some(text) = run.take() {
            let text = typography::french(&text).into_owned();
            out.push(Event::Text(text.into()));
        }
    };
    for event in events {
        match event {
            Event::Text(t) if raw_depth == 0 && !in_code_block => {
                run.get_or_insert_with(String::new).push_str(&t);
            }
            other => {
                flush(&mut run, &mut out);
                match &other {
                    Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
                    Event::End(TagEnd::CodeBlock) => in_code_block = false,
                    Event::InlineHtml(tag) | Event::Html(tag) => {
                        raw_depth = raw_code_depth(raw_depth, tag);
                    }
                    _ => {}
                }
                out.push(other);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// How many raw `<code>`, `<pre>`, `<script>`, `<style>` elements are open after
/// the HTML `tag` the learner wrote.
fn raw_code_depth(depth: usize, tag: &str) -> usize {
    let tag = tag.trim().to_ascii_lowercase();
    let mut depth = depth;
    for name in ["code", "pre", "script", "style", "kbd", "samp"] {
        let opens = tag.matches(&format!("<{name}")).count();
        let closes = tag.matches(&format!("</{name}")).count();
        depth = (depth + opens).saturating_sub(closes);
    }
    depth
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

/// The first paragraph of `markdown` as plain text, at most `max` characters: a
/// description for cards and meta tags. A longer paragraph is cut after its last
/// whole sentence that fits; only when that would keep less than a third of `max`
/// is it cut after a word, with « … » (and never on a dangling « : » or « , »).
pub fn summary(markdown: &str, max: usize) -> String {
    memo::worked_out(memo::Work::Summary(max), markdown, || {
        summary_of(markdown, max)
    })
}

/// [`summary`], worked out.
fn summary_of(markdown: &str, max: usize) -> String {
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
    if let Some(end) = last_sentence_end(&text, cut.len()) {
        if text[..end].chars().count() >= max / 3 {
            return text[..end].to_string();
        }
    }
    // The cut may fall inside a word: keep the whole words before it.
    let words = match text[cut.len()..].chars().next() {
        Some(' ') | None => cut.as_str(),
        Some(_) => cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head),
    };
    let words =
        words.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-(\u{ab}\"".contains(c));
    format!("{words}…")
}

/// The byte offset just after the last sentence that ends within `text[..limit]`:
/// a `.`, `!`, `?` or `…` (and any closing quote or bracket after it) followed by
/// a space or the end of the text.
fn last_sentence_end(text: &str, limit: usize) -> Option<usize> {
    let mut best = None;
    let mut chars = text[..limit].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if matches!(
                next,
                '.' | '!' | '?' | '…' | '\u{bb}' | '"' | '”' | '’' | ')'
            ) {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // French puts a space before « » » : « fin. » ends a sentence too.
        let rest = &text[end..];
        let rest = rest.strip_prefix(" \u{bb}").map_or(rest, |r| {
            end += " \u{bb}".len();
            r
        });
        if end <= limit && rest.chars().next().is_none_or(char::is_whitespace) {
            best = Some(end);
        }
    }
    best
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

    /// French typography reaches the text, never code, addresses or times.
    #[test]
    fn a_french_text_gets_french_typography_but_not_its_code_or_links() {
        let md = "Le contact avec le client m'a plu , il faut savoir s'organiser !\n\n\
                  Rendez-vous à 10:30 : 80000 euros ?\n\n\
                  Voir [le site](https://exemple.fr/a?b=1) et `x ? y : 10000` !\n\n\
                  ```\nif a ? b : 100000\n```\n\n<code>a ! 20000</code> fin !";
        let html = to_html_in(md, Language::Fr);
        assert!(
            html.contains("il faut savoir s’organiser\u{202F}!"),
            "{html}"
        );
        // The serializer writes U+00A0 as `&nbsp;`.
        assert!(
            html.contains("10:30&nbsp;: 80\u{202F}000 euros\u{202F}?"),
            "{html}"
        );
        assert!(html.contains("href=\"https://exemple.fr/a?b=1\""), "{html}");
        assert!(
            html.contains("<code>x ? y : 10000</code>\u{202F}!"),
            "{html}"
        );
        assert!(html.contains("if a ? b : 100000"), "{html}");
        assert!(
            html.contains("<code>a ! 20000</code> fin\u{202F}!"),
            "{html}"
        );
        // An English site is left as typed.
        let html = to_html_in(md, Language::En);
        assert!(html.contains("80000 euros ?"), "{html}");
        assert!(!html.contains('\u{202F}'), "{html}");
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
        assert_eq!(summary("un deux trois", 7), "un deux…");
    }

    /// A cut asked for ends on a whole sentence (the two excerpts of the example
    /// journal that a newcomer saw: « … devant tout le… » and « … premier jour : »).
    #[test]
    fn summary_cuts_after_a_whole_sentence() {
        let text = "C'était le premier jour de la Garantie Jeunes. On était douze dans la salle, \
                    avec Nelly et un autre conseiller. Le principe : se présenter devant tout le \
                    groupe, sans notes.";
        assert_eq!(
            summary(text, 160),
            "C'était le premier jour de la Garantie Jeunes. On était douze dans la salle, avec \
             Nelly et un autre conseiller."
        );
        let text = "Trois semaines de stage dans une animalerie, du mardi au samedi. Mon tuteur, \
                    Julien, m'a montré les tâches du matin dès le premier jour : nourrir, nettoyer.";
        assert_eq!(
            summary(text, 140),
            "Trois semaines de stage dans une animalerie, du mardi au samedi."
        );
        assert_eq!(summary("Vraiment ?! Oui. Non", 18), "Vraiment ?! Oui.");
        assert_eq!(
            summary("Il a dit « c'est bien. » Puis rien", 30),
            "Il a dit « c'est bien. »"
        );
        // No sentence fits in a useful length: words, and never a dangling colon.
        assert_eq!(
            summary("Le principe : se présenter devant tout le groupe", 13),
            "Le principe…"
        );
        assert_eq!(
            summary("Ok. Une très longue phrase sans fin", 30),
            "Ok. Une très longue phrase…"
        );
    }
}
