//! Problems found in a journal, as plain data: where (file, line, column, width),
//! what (message), and what to do (help). The terminal rendering (a caret under the
//! place, in the style of rustc) is done by `annotate-snippets`; `serve` and
//! `check --format json` read the same fields ([`Diagnostic::to_json`]).
//!
//! Every diagnostic has a stable `code` (`unknown-key`, `missing-alt`, ...): scripts
//! and editors match on it, never on the message, which is written in the
//! journal's language and may be reworded.
//!
//! Lines and columns count from 1 at the top of the *file*, not of its front matter;
//! columns count characters, not bytes.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::journal::Language;

/// `line` with its invisible controls made visible, for a terminal: printed as
/// they are, an escape sequence in a journal's line would drive the terminal
/// showing the error (clear it, change its colours), and a bidi override would
/// reorder the line. Each becomes one visible character, so columns stay right.
fn visible(line: &str) -> String {
    line.chars()
        .map(|c| match u32::from(c) {
            0x09 => c,
            0x00..=0x1F => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{FFFD}'),
            0x7F => '\u{2421}',
            _ if crate::journal::text::forbidden(c) => '\u{FFFD}',
            _ => c,
        })
        .collect()
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The journal cannot be built until this is fixed.
    Error,
    /// Worth fixing; the build goes on.
    Warning,
}

/// Where in the journal a problem was found: a file, and a line and column when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file (or folder) at fault, as the user named it (journal path joined).
    pub path: PathBuf,
    /// 1-based line in the file.
    pub line: Option<usize>,
    /// 1-based column (in characters) on that line.
    pub column: Option<usize>,
}

impl Location {
    /// A location naming a whole file.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location {
            path: path.into(),
            line: None,
            column: None,
        }
    }

    /// A location at a line and column of a file.
    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line: Some(line),
            column: Some(column),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        Ok(())
    }
}

/// One problem in the journal's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem, stable across versions and languages (`unknown-key`,
    /// `missing-alt`, ...): see `docs/diagnostics.md`.
    pub code: &'static str,
    /// Where the problem is.
    pub location: Location,
    /// How many characters the caret underlines, from the column (at least 1).
    pub width: usize,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it (« vouliez-vous dire `visibility` ? »), when carnet knows.
    pub help: Option<String>,
    /// The text of the offending line, when the location has a line.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// The code of a diagnostic made without one.
    pub const DEFAULT_CODE: &'static str = "invalid";

    /// An error about a whole file or folder.
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: Diagnostic::DEFAULT_CODE,
            location: Location::file(path),
            width: 1,
            message: message.into(),
            help: None,
            source_line: None,
        }
    }

    /// An error at a line and column of `text`, the full content of the file at `path`.
    pub fn at_line(
        path: impl Into<PathBuf>,
        text: &str,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            location: Location::at(path, line, column),
            source_line: text.lines().nth(line.saturating_sub(1)).map(visible),
            ..Diagnostic::new(PathBuf::new(), message)
        }
    }

    /// An error over the byte range `span` of `text`, the full content of `path`
    /// (the caret underlines the part of the span on its first line).
    pub fn at_span(
        path: impl Into<PathBuf>,
        text: &str,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = line_column(text, span.start);
        let end = span.end.clamp(span.start, text.len());
        let start = span.start.min(end);
        let first_line = text[start..end].split('\n').next().unwrap_or_default();
        Diagnostic {
            width: first_line.chars().count().max(1),
            ..Diagnostic::at_line(path, text, line, column, message)
        }
    }

    /// The same diagnostic as a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same diagnostic with its stable code (`unknown-key`, `missing-alt`, ...).
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// The same diagnostic with advice on what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The file at fault.
    pub fn path(&self) -> &Path {
        &self.location.path
    }

    /// [`Diagnostic::render_in`] French, the default language of journals.
    pub fn render(&self, color: bool) -> String {
        self.render_in(color, Language::Fr)
    }

    /// Renders the diagnostic for a terminal, with colours when `color` is set: the
    /// level and code (`erreur[unknown-key]`), the message, the file, line and
    /// column, the line with a caret under the place, and the help, with the level
    /// names in `lang`.
    pub fn render_in(&self, color: bool, lang: Language) -> String {
        use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
        let (error, warning, help) = match lang {
            Language::Fr => ("erreur", "avertissement", "aide"),
            Language::En => ("error", "warning", "help"),
        };
        let level = match self.severity {
            Severity::Error => Level::ERROR.with_name(error),
            Severity::Warning => Level::WARNING.with_name(warning),
        };
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let path = self.location.path.display().to_string();
        let mut group = match (&self.source_line, self.location.line) {
            (Some(source), Some(line)) => {
                let column = self.location.column.unwrap_or(1);
                let start = char_offset(source, column.saturating_sub(1));
                let end = char_offset(source, column.saturating_sub(1) + self.width.max(1));
                let end = if end == start { start } else { end };
                level
                    .primary_title(self.message.as_str())
                    .id(self.code)
                    .element(
                        Snippet::source(source.as_str())
                            .line_start(line)
                            .path(path.as_str())
                            .fold(false)
                            .annotation(AnnotationKind::Primary.span(start..end.max(start))),
                    )
            }
            _ => Group::with_title(
                level
                    .primary_title(format!("{path}: {}", self.message))
                    .id(self.code),
            ),
        };
        if let Some(text) = &self.help {
            group = group.element(Level::HELP.with_name(help).message(text.as_str()));
        }
        renderer.render(&[group]).to_string()
    }
}

/// The byte offset of the `n`th character of `s` (its length past the end).
fn char_offset(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

impl fmt::Display for Diagnostic {
    /// The plain rendering (no colours), with French level names.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// One diagnostic as `carnet check --format json` prints it (one object a line).
/// The fields and their meaning are stable; see `docs/diagnostics.md`.
#[derive(Debug, serde::Serialize)]
pub struct JsonDiagnostic<'a> {
    /// `error` or `warning`.
    pub severity: Severity,
    /// The stable code (`unknown-key`, `missing-alt`, ...).
    pub code: &'a str,
    /// The message, in the journal's language.
    pub message: &'a str,
    /// What to do, when carnet knows.
    pub help: Option<&'a str>,
    /// The file (or folder), as the command line named the journal, `/`-separated.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// 1-based column just past the underlined text, on the same line, when known.
    pub end_column: Option<usize>,
}

impl Diagnostic {
    /// This diagnostic as its JSON object.
    pub fn to_json(&self) -> JsonDiagnostic<'_> {
        JsonDiagnostic {
            severity: self.severity,
            code: self.code,
            message: &self.message,
            help: self.help.as_deref(),
            file: self
                .location
                .path
                .to_string_lossy()
                .replace(std::path::MAIN_SEPARATOR, "/"),
            line: self.location.line,
            column: self.location.column,
            end_column: self.location.column.map(|c| c + self.width.max(1)),
        }
    }
}

/// 1-based line and column (in characters) of byte `pos` in `text`.
pub fn line_column(text: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The known name nearest to `unknown`, when one is close enough to be a typo
/// (« vouliez-vous dire … ? »).
pub fn nearest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(unknown, k), k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostic_shows_the_place_and_a_caret_under_it() {
        let d = Diagnostic::at_span("a.md", "+++\nvisibilty = 1\n+++", 4..13, "unknown key")
            .with_help("did you mean `visibility`?");
        let shown = d.to_string();
        assert!(shown.starts_with("erreur[invalid]: unknown key"), "{shown}");
        assert!(shown.contains("a.md:2:1"), "{shown}");
        assert!(shown.contains("2 | visibilty = 1"), "{shown}");
        assert!(shown.contains("  | ^^^^^^^^^\n"), "{shown}");
        assert!(
            shown.contains("aide: did you mean `visibility`?"),
            "{shown}"
        );
    }

    #[test]
    fn a_caret_counts_characters_not_bytes() {
        let text = "titre = \"Stage à l'été\"\nx = é";
        let pos = text.rfind('é').unwrap_or_default();
        let d = Diagnostic::at_span("a.toml", text, pos..pos + 2, "bad");
        assert_eq!((d.location.line, d.location.column), (Some(2), Some(5)));
        assert!(d.to_string().contains("x = é\n  |     ^"), "{d}");
    }

    #[test]
    fn a_file_diagnostic_names_the_file() {
        let d = Diagnostic::new("learners/ana/profile.md", "missing")
            .with_code("missing-file")
            .warning();
        assert_eq!(
            d.to_string().trim(),
            "avertissement[missing-file]: learners/ana/profile.md: missing"
        );
        assert_eq!(
            d.render_in(false, Language::En).trim(),
            "warning[missing-file]: learners/ana/profile.md: missing"
        );
    }

    #[test]
    fn nearest_finds_typos_only() {
        let keys = ["title", "date", "visibility", "skills"];
        assert_eq!(nearest("visibilty", keys), Some("visibility"));
        assert_eq!(nearest("skils", keys), Some("skills"));
        assert_eq!(nearest("banana", keys), None);
    }
}
