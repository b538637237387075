//! Splits a Markdown file into its TOML front matter (between `+++` lines at the top)
//! and its body, and parses the front matter with errors located in the *file*.

use serde::de::DeserializeOwned;
use std::path::Path;

use super::toml_error;
use super::Language;
use crate::diagnostic::Diagnostic;
use crate::t;

/// A file split into front matter and body.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The TOML text between the `+++` lines.
    pub front: &'a str,
    /// Byte offset of `front` in the file text.
    pub front_offset: usize,
    /// The Markdown after the closing `+++` line.
    pub body: &'a str,
}

/// Splits `text` (the content of `path`) at its `+++` delimiters; errors in `lang`.
pub fn split<'a>(path: &Path, text: &'a str, lang: Language) -> Result<Split<'a>, Diagnostic> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let Some(after_open) = strip_delimiter_line(rest) else {
        return Err(
            Diagnostic::at_line(path, text, 1, 1, t!(lang, "front-matter-no-opening"))
                .with_code("front-matter"),
        );
    };
    let front_offset = text.len() - after_open.len();
    let mut offset = 0;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &after_open[..offset];
            let body = &after_open[offset + line.len()..];
            return Ok(Split {
                front,
                front_offset,
                body,
            });
        }
        offset += line.len();
    }
    Err(
        Diagnostic::at_line(path, text, 1, 1, t!(lang, "front-matter-never-closed"))
            .with_code("front-matter"),
    )
}

/// If `text` starts with a `+++` line, returns what follows it.
fn strip_delimiter_line(text: &str) -> Option<&str> {
    let line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    (text[..line_end].trim_end() == "+++").then(|| &text[line_end..])
}

/// Parses the front matter of `split` (from the file `path` whose full text is `text`)
/// into `T`, locating any TOML error at its line and column in the file, in `lang`.
pub fn parse<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    split: &Split<'_>,
    lang: Language,
) -> Result<T, Diagnostic> {
    toml::from_str(split.front)
        .map_err(|e| toml_diagnostic(path, text, split.front_offset, &e, lang))
}

/// Turns a TOML error at `offset` bytes into `text` into a located diagnostic in
/// `lang`, with the nearest known key as help for an unknown one, and the caret of
/// an unterminated string under its opening quote.
pub fn toml_diagnostic(
    path: &Path,
    text: &str,
    offset: usize,
    e: &toml::de::Error,
    lang: Language,
) -> Diagnostic {
    let explained = toml_error::explain(e.message(), lang);
    let diagnostic = match e.span() {
        Some(span) => {
            let span = offset + span.start..offset + span.end;
            let span = toml_error::opening_quote(e.message(), text, span);
            Diagnostic::at_span(path, text, span, explained.message)
        }
        None => Diagnostic::new(path, explained.message),
    }
    .with_code(explained.code);
    match explained.help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Fm {
        title: String,
    }

    #[test]
    fn splits_front_matter_and_body() {
        let text = "+++\ntitle = \"a\"\n+++\nHello\n";
        let s = split(Path::new("x.md"), text, Language::Fr).unwrap();
        assert_eq!(s.front, "title = \"a\"\n");
        assert_eq!(s.body, "Hello\n");
        assert_eq!(&text[s.front_offset..s.front_offset + 5], "title");
    }

    #[test]
    fn handles_crlf_and_bom() {
        let text = "\u{feff}+++\r\ntitle = \"a\"\r\n+++\r\nBody";
        let s = split(Path::new("x.md"), text, Language::Fr).unwrap();
        assert_eq!(s.front, "title = \"a\"\r\n");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn missing_opening_or_closing_is_an_error() {
        assert!(split(Path::new("x.md"), "title = 1\n", Language::Fr).is_err());
        let e = split(Path::new("x.md"), "+++\ntitle = 1\n", Language::En).unwrap_err();
        assert!(e.message.contains("never closed"));
    }

    #[test]
    fn error_line_counts_from_top_of_file() {
        let text = "+++\ntitle = \"a\"\ntitel = \"b\"\n+++\n";
        let s = split(Path::new("x.md"), text, Language::Fr).unwrap();
        let e = parse::<Fm>(Path::new("x.md"), text, &s, Language::Fr).unwrap_err();
        assert_eq!(e.location.line, Some(3), "{e}");
        assert_eq!(e.location.column, Some(1), "{e}");
        assert!(e.message.contains("titel"), "{e}");
        assert_eq!(
            e.help.as_deref(),
            Some("vouliez-vous dire `title` ?"),
            "{e}"
        );
        assert_eq!(e.code, "unknown-key");
        assert_eq!(e.width, "titel".len(), "{e}");
    }
}
