//! The preview's own HTML: the switcher bar and error panel injected into served
//! pages, and the pages only the preview has (the capture form, the explanation of
//! a hidden page, messages). Tera templates embedded in the binary, with HTML
//! escaping on; strings from the catalogues (`serve-page-…`), in the journal's language.
//!
//! Nothing here is ever written into a built site.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Serialize;
use tera::{Context, Tera};

use crate::journal::Language;

const TEMPLATES: [(&str, &str); 7] = [
    ("layout.html", include_str!("templates/layout.html")),
    ("head.html", include_str!("templates/head.html")),
    ("bar.html", include_str!("templates/bar.html")),
    ("overlay.html", include_str!("templates/overlay.html")),
    ("explain.html", include_str!("templates/explain.html")),
    ("message.html", include_str!("templates/message.html")),
    ("form.html", include_str!("templates/form.html")),
];

/// The preview's stylesheet.
pub const CSS: &str = include_str!("assets/serve.css");
/// The preview's script (live reload, form help).
pub const JS: &str = include_str!("assets/serve.js");

/// The preview's templates, parsed once.
pub struct Pages {
    tera: Tera,
}

impl std::fmt::Debug for Pages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pages")
    }
}

impl Pages {
    /// Parses the embedded templates.
    pub fn new() -> Result<Pages, tera::Error> {
        let mut tera = Tera::default();
        tera.add_raw_templates(TEMPLATES)?;
        tera.autoescape_on(vec![".html"]);
        Ok(Pages { tera })
    }

    /// Renders template `name` with `context` (serialized) and the strings of
    /// `language` as `t`. An error (a bug of these templates) is a message with
    /// its causes, never a panic.
    pub fn render(
        &self,
        name: &str,
        language: Language,
        context: &impl Serialize,
    ) -> Result<String, PageError> {
        let mut ctx =
            Context::from_serialize(context).map_err(|e| PageError::Context(e.to_string()))?;
        ctx.insert("t", &strings(language));
        ctx.insert("lang", language.code());
        self.tera.render(name, &ctx).map_err(|e| {
            let mut message = format!("carnet serve: template {name}: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                message.push_str(&format!(": {s}"));
                source = s.source();
            }
            PageError::Template(message)
        })
    }

    /// [`Pages::render`] for a piece of a page: an error shows in its place.
    pub fn piece(&self, name: &str, language: Language, context: &impl Serialize) -> String {
        self.render(name, language, context)
            .unwrap_or_else(|e| format!("<p>{}</p>", tera::escape_html(&e.to_string())))
    }
}

/// Why a page of the preview could not be made (a bug of its templates): the
/// message names the template and Tera's causes.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// The page's data could not be given to the template.
    #[error("{0}")]
    Context(String),
    /// The template failed (« carnet serve: template form.html: … »).
    #[error("{0}")]
    Template(String),
    /// The task making the page failed (it panicked or was cancelled).
    #[error("{0}")]
    Task(String),
}

/// The prefix of the messages the preview's templates read.
const PAGE: &str = "serve-page-";

/// All strings of the preview's HTML in one language, by the name its templates
/// use (`t.name` for the message `serve-page-name`, dashes read as underscores).
pub fn strings(language: Language) -> &'static BTreeMap<String, String> {
    static FR: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| table(Language::Fr));
    static EN: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| table(Language::En));
    match language {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

fn table(language: Language) -> BTreeMap<String, String> {
    crate::i18n::template_strings(PAGE, language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_escapes() {
        let pages = Pages::new().expect("templates parse");
        #[derive(Serialize)]
        struct Ctx {
            title: &'static str,
            head: &'static str,
            top: &'static str,
            heading: &'static str,
            lines: Vec<&'static str>,
            links: Vec<()>,
        }
        let html = pages
            .render(
                "message.html",
                Language::Fr,
                &Ctx {
                    title: "t",
                    head: "",
                    top: "",
                    heading: "<script>alert(1)</script>",
                    lines: vec!["a & b"],
                    links: vec![],
                },
            )
            .expect("renders");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("a &amp; b"), "{html}");
        assert!(html.contains("<html lang=\"fr\">"), "{html}");
    }
}
