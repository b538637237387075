//! The text of a front-matter file kept beside the item, so that later stages
//! (checks) can point at the line where a value was written.

use std::path::PathBuf;

use crate::error::Diagnostic;
use crate::journal::frontmatter::line_column;

/// A loaded file: its path (as the user named it), its full text and where its
/// front matter lies.
#[derive(Debug, Clone, Default)]
pub struct SourceFile {
    /// Path shown in messages.
    pub path: PathBuf,
    /// Full text of the file.
    pub text: String,
    /// Byte range of the front matter (the whole file for pure TOML files).
    pub front: std::ops::Range<usize>,
}

impl SourceFile {
    /// A diagnostic about the whole file.
    pub fn error(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(&self.path, message)
    }

    /// A diagnostic at the first place in the front matter where `needle` is written
    /// (a quoted value, usually), or at the line of `key`, or about the whole file.
    pub fn error_at(&self, key: &str, needle: &str, message: impl Into<String>) -> Diagnostic {
        let front = &self.text[self.front.clone()];
        let key_pos = find_key(front, key);
        let pos = key_pos
            .and_then(|k| front[k..].find(needle).map(|i| k + i))
            .or_else(|| front.find(needle))
            .or(key_pos);
        match pos {
            Some(p) => {
                let (line, column) = line_column(&self.text, self.front.start + p);
                Diagnostic::at_line(&self.path, &self.text, line, column, message)
            }
            None => self.error(message),
        }
    }
}

/// Byte position of the line that assigns `key` (`key =` at the start of a line).
fn find_key(front: &str, key: &str) -> Option<usize> {
    let mut offset = 0;
    for line in front.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                return Some(offset + (line.len() - trimmed.len()));
            }
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_value_on_its_key_line() {
        let text = "+++\ntitle = \"rigueur\"\nskills = [\"rigueur\", \"bogus\"]\n+++\n".to_string();
        let src = SourceFile {
            path: "x.md".into(),
            front: 4..text.len() - 4,
            text,
        };
        let d = src.error_at("skills", "\"bogus\"", "unknown skill");
        assert_eq!(d.location.line, Some(3));
        assert_eq!(d.location.column, Some(22));
        let d = src.error_at("skills", "\"rigueur\"", "x");
        assert_eq!((d.location.line, d.location.column), (Some(3), Some(11)));
    }
}
