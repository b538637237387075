//! The text of a front-matter file kept beside the item, so that later stages
//! (checks) can point at the place where a value was written.

use std::ops::Range;
use std::path::PathBuf;

use super::At;
use crate::diagnostic::Diagnostic;

/// A loaded file: its path (as the user named it), its full text and where its
/// front matter lies.
#[derive(Debug, Clone, Default)]
pub struct SourceFile {
    /// Path shown in messages.
    pub path: PathBuf,
    /// Full text of the file.
    pub text: String,
    /// Byte range of the front matter (the whole file for pure TOML files).
    pub front: Range<usize>,
}

impl SourceFile {
    /// An error about the whole file.
    pub fn error(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(&self.path, message)
    }

    /// An error at `span`, a byte range of the file's text.
    pub fn error_at(&self, span: &Range<usize>, message: impl Into<String>) -> Diagnostic {
        if self.text.is_empty() {
            return self.error(message);
        }
        Diagnostic::at_span(&self.path, &self.text, span.clone(), message)
    }

    /// Where the top-level key `key` is written in the front matter (`key = …` at
    /// the start of a line), for a check about a value the loader keeps no span of.
    pub fn key_span(&self, key: &str) -> Option<Range<usize>> {
        let front = self.text.get(self.front.clone())?;
        let mut offset = self.front.start;
        for line in front.split_inclusive('\n') {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            if let Some(rest) = trimmed.strip_prefix(key) {
                if rest.trim_start().starts_with('=') {
                    return Some(offset + indent..offset + indent + key.len());
                }
            }
            offset += line.len();
        }
        None
    }

    /// Where `needle` is first written in the front matter.
    pub fn find(&self, needle: &str) -> Option<Range<usize>> {
        let front = self.text.get(self.front.clone())?;
        let at = self.front.start + front.find(needle)?;
        Some(at..at + needle.len())
    }

    /// The first line of the file (the opening `+++` of a Markdown file), for a
    /// check about the file as a whole.
    pub fn first_line(&self) -> Range<usize> {
        0..self.text.find('\n').unwrap_or(self.text.len()).max(1)
    }

    /// A value parsed from the front matter, with its span made relative to the
    /// whole file.
    pub fn at<T>(&self, spanned: toml::Spanned<T>) -> At<T> {
        let span = spanned.span();
        let start = self.front.start;
        At::new(spanned.into_inner(), start + span.start..start + span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Front {
        skills: Vec<toml::Spanned<String>>,
    }

    #[test]
    fn points_at_the_value_written() {
        let text = "+++\ntitle = \"rigueur\"\nskills = [\"rigueur\", \"bogus\", \"bogus\"]\n+++\n";
        let front = 4..text.len() - 4;
        let parsed: Front = toml::from_str(&text[front.clone()]).expect("toml");
        let src = SourceFile {
            path: "x.md".into(),
            front,
            text: text.to_string(),
        };
        let skills: Vec<At<String>> = parsed.skills.into_iter().map(|s| src.at(s)).collect();
        let d = src.error_at(&skills[1].span, "unknown skill");
        assert_eq!((d.location.line, d.location.column), (Some(3), Some(22)));
        assert_eq!(d.width, "\"bogus\"".len());
        let d = src.error_at(&skills[2].span, "twice");
        assert_eq!((d.location.line, d.location.column), (Some(3), Some(31)));
        assert_eq!(src.key_span("skills"), Some(22..28));
        assert_eq!(src.key_span("skill"), None);
        assert_eq!(src.find("\"bogus\""), Some(43..50));
        assert_eq!(src.first_line(), 0..3);
    }
}
