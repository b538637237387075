//! Splits a Markdown file into its TOML front matter (between `+++` lines at the top)
//! and its body, and parses the front matter with errors located in the *file*.

use serde::de::DeserializeOwned;
use std::path::Path;

use crate::diagnostic::{nearest, Diagnostic};

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

/// Splits `text` (the content of `path`) at its `+++` delimiters.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let Some(after_open) = strip_delimiter_line(rest) else {
        return Err(Diagnostic::at_line(
            path,
            text,
            1,
            1,
            "the file must start with a `+++` line, then the TOML front matter, then `+++`",
        ));
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
    Err(Diagnostic::at_line(
        path,
        text,
        1,
        1,
        "the front matter opened here is never closed by a `+++` line",
    ))
}

/// If `text` starts with a `+++` line, returns what follows it.
fn strip_delimiter_line(text: &str) -> Option<&str> {
    let line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    (text[..line_end].trim_end() == "+++").then(|| &text[line_end..])
}

/// Parses the front matter of `split` (from the file `path` whose full text is `text`)
/// into `T`, locating any TOML error at its line and column in the file.
pub fn parse<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    split: &Split<'_>,
) -> Result<T, Diagnostic> {
    toml::from_str(split.front).map_err(|e| toml_diagnostic(path, text, split.front_offset, &e))
}

/// Turns a TOML error at `offset` bytes into `text` into a located diagnostic, with
/// the nearest known key as help for an unknown one.
pub fn toml_diagnostic(path: &Path, text: &str, offset: usize, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_string();
    let help = unknown_key_help(&message);
    let diagnostic = match e.span() {
        Some(span) => {
            Diagnostic::at_span(path, text, offset + span.start..offset + span.end, message)
        }
        None => Diagnostic::new(path, message),
    };
    match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

/// For serde's « unknown field `visibilty`, expected one of `title`, … », the
/// nearest expected name: « did you mean `visibility`? ».
fn unknown_key_help(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, expected) = rest.split_once('`')?;
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    nearest(unknown, known.iter().copied()).map(|k| format!("did you mean `{k}`?"))
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
        let s = split(Path::new("x.md"), text).unwrap();
        assert_eq!(s.front, "title = \"a\"\n");
        assert_eq!(s.body, "Hello\n");
        assert_eq!(&text[s.front_offset..s.front_offset + 5], "title");
    }

    #[test]
    fn handles_crlf_and_bom() {
        let text = "\u{feff}+++\r\ntitle = \"a\"\r\n+++\r\nBody";
        let s = split(Path::new("x.md"), text).unwrap();
        assert_eq!(s.front, "title = \"a\"\r\n");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn missing_opening_or_closing_is_an_error() {
        assert!(split(Path::new("x.md"), "title = 1\n").is_err());
        let e = split(Path::new("x.md"), "+++\ntitle = 1\n").unwrap_err();
        assert!(e.message.contains("never closed"));
    }

    #[test]
    fn error_line_counts_from_top_of_file() {
        let text = "+++\ntitle = \"a\"\ntitel = \"b\"\n+++\n";
        let s = split(Path::new("x.md"), text).unwrap();
        let e = parse::<Fm>(Path::new("x.md"), text, &s).unwrap_err();
        assert_eq!(e.location.line, Some(3), "{e}");
        assert_eq!(e.location.column, Some(1), "{e}");
        assert!(e.message.contains("titel"), "{e}");
        assert_eq!(e.help.as_deref(), Some("did you mean `title`?"), "{e}");
        assert_eq!(e.width, "titel".len(), "{e}");
    }
}
