//! The default theme, built into the binary, and a journal's `themes/` folder that
//! overrides any of its templates (`themes/templates/*.html`) or assets
//! (`themes/static/*`) file by file.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::error::{Error, IoContext, Result};

/// Templates of the default theme: (name, text).
const TEMPLATES: [(&str, &str); 13] = [
    (
        "feed.html",
        include_str!("../../themes/default/templates/feed.html"),
    ),
    (
        "base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "macros.html",
        include_str!("../../themes/default/templates/macros.html"),
    ),
    (
        "home.html",
        include_str!("../../themes/default/templates/home.html"),
    ),
    (
        "portrait.html",
        include_str!("../../themes/default/templates/portrait.html"),
    ),
    (
        "experience.html",
        include_str!("../../themes/default/templates/experience.html"),
    ),
    (
        "story.html",
        include_str!("../../themes/default/templates/story.html"),
    ),
    (
        "facet.html",
        include_str!("../../themes/default/templates/facet.html"),
    ),
    (
        "visibility.html",
        include_str!("../../themes/default/templates/visibility.html"),
    ),
    (
        "accessibility.html",
        include_str!("../../themes/default/templates/accessibility.html"),
    ),
    (
        "talents.html",
        include_str!("../../themes/default/templates/talents.html"),
    ),
    (
        "pros.html",
        include_str!("../../themes/default/templates/pros.html"),
    ),
    (
        "atom.xml",
        include_str!("../../themes/default/templates/atom.xml"),
    ),
];

/// Static assets of the default theme: (path under `static/`, bytes).
const ASSETS: [(&str, &[u8]); 2] = [
    (
        "style.css",
        include_bytes!("../../themes/default/static/style.css"),
    ),
    (
        "carnet.js",
        include_bytes!("../../themes/default/static/carnet.js"),
    ),
];

/// The default theme's templates: (name, text).
pub fn default_templates() -> impl Iterator<Item = (&'static str, &'static str)> {
    TEMPLATES.iter().copied()
}

/// A loaded theme: compiled templates and the static files every site gets.
pub struct Theme {
    /// The compiled templates: compiled when a page is first rendered (a build
    /// that leaves every site in place never compiles them), at once for a theme
    /// the journal overrides (its errors are then said before anything is done).
    /// Compiled once: a thread that needs them while another compiles them waits.
    tera: std::sync::OnceLock<std::result::Result<tera::Tera, String>>,
    /// Static files by path under `static/`.
    pub assets: BTreeMap<String, Vec<u8>>,
    /// The templates' text, by name (what the leak check knows as interface text).
    pub sources: BTreeMap<String, String>,
    /// Whether the journal overrides a file of the default theme (`themes/`): its
    /// pages are then always rendered again (see `crate::build::reuse`).
    pub overridden: bool,
}

impl Theme {
    /// A digest of the theme's templates and assets (names and bytes).
    pub fn digest(&self) -> String {
        let mut h = blake3::Hasher::new();
        let mut part = |b: &[u8]| {
            h.update(&(b.len() as u64).to_le_bytes());
            h.update(b);
        };
        for (name, text) in &self.sources {
            part(name.as_bytes());
            part(text.as_bytes());
        }
        for (name, bytes) in &self.assets {
            part(name.as_bytes());
            part(bytes);
        }
        h.finalize().to_hex().to_string()
    }

    /// Loads the default theme, overridden by the files of `dir` (a journal's `themes/`).
    pub fn load(dir: Option<&Path>) -> Result<Theme> {
        let mut templates: BTreeMap<String, String> = TEMPLATES
            .iter()
            .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
            .collect();
        let mut assets: BTreeMap<String, Vec<u8>> = ASSETS
            .iter()
            .map(|(n, b)| ((*n).to_string(), b.to_vec()))
            .collect();
        let mut overridden = false;
        if let Some(dir) = dir {
            for (name, path) in files_under(&dir.join("templates"))? {
                templates.insert(name, fs::read_to_string(&path).at(&path)?);
                overridden = true;
            }
            for (name, path) in files_under(&dir.join("static"))? {
                assets.insert(name, fs::read(&path).at(&path)?);
                overridden = true;
            }
        }
        let theme = Theme {
            tera: std::sync::OnceLock::new(),
            assets,
            sources: templates,
            overridden,
        };
        if overridden {
            theme.tera()?;
        }
        Ok(theme)
    }

    /// The compiled templates (compiled on first use).
    pub fn tera(&self) -> Result<&tera::Tera> {
        self.tera
            .get_or_init(|| self.compile())
            .as_ref()
            .map_err(|message| Error::Template {
                name: "theme".to_string(),
                message: message.clone(),
            })
    }

    /// The templates compiled, or the message of why they do not compile.
    fn compile(&self) -> std::result::Result<tera::Tera, String> {
        let mut tera = tera::Tera::default();
        forbid_outside_functions(&mut tera);
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        tera.add_raw_templates(self.sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| error_message(&e))?;
        Ok(tera)
    }
}

/// Tera functions that reach outside the view, replaced by ones that refuse: a
/// journal's theme must not print the environment (a token, a path) into a site.
/// (Tera's `now` and `get_random` are not compiled in: its `builtins` feature is off.)
const OUTSIDE_FUNCTIONS: [&str; 1] = ["get_env"];

fn forbid_outside_functions(tera: &mut tera::Tera) {
    for name in OUTSIDE_FUNCTIONS {
        tera.register_function(
            name,
            move |_: &std::collections::HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
                Err(tera::Error::msg(format!(
                    "`{name}` is not available in carnet themes: a template sees only the site's own data"
                )))
            },
        );
    }
}

/// Files under `dir`, recursively, by their `/`-separated path relative to it.
fn files_under(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let canonical = fs::canonicalize(dir).at(dir)?;
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        if entry.path_is_symlink()
            && !fs::canonicalize(entry.path()).is_ok_and(|c| c.starts_with(&canonical))
        {
            return Err(Error::Output {
                path: entry.path().to_path_buf(),
                message: "is a symbolic link that leads out of the theme folder: carnet will not publish it".into(),
            });
        }
        if entry.file_type().is_file() || (entry.path_is_symlink() && entry.path().is_file()) {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            if !name.split('/').any(|part| part.starts_with('.')) {
                out.push((name, entry.path().to_path_buf()));
            }
        }
    }
    Ok(out)
}

/// A Tera error with its chain of causes, which hold the useful part.
pub fn template_error(name: &str, e: &tera::Error) -> Error {
    Error::Template {
        name: name.to_string(),
        message: error_message(e),
    }
}

/// A Tera error's message, followed by those of its causes.
fn error_message(e: &tera::Error) -> String {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}

/// Escapes text for HTML content and quoted attributes. Unlike Tera's default, it
/// leaves `/` alone, so that URLs stay readable.
pub(crate) fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}
