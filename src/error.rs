//! Errors of a build: located content diagnostics (bad journal input) and fatal
//! I/O or output-folder errors. `main` alone turns them into messages and exit codes.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Where in the journal a problem was found: a file, and a line and column when known.
///
/// Lines and columns count from 1 at the top of the *file* (not of its front matter).
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

/// One problem in the journal's content, with where it is and, when known, the
/// offending source line (for a caret under the place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong, in plain words.
    pub message: String,
    /// The text of the offending line, when the location has a line.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A diagnostic about a whole file or folder.
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            location: Location::file(path),
            message: message.into(),
            source_line: None,
        }
    }

    /// A diagnostic at a line and column of `text`, the full content of the file at `path`.
    pub fn at_line(
        path: impl Into<PathBuf>,
        text: &str,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            location: Location::at(path, line, column),
            message: message.into(),
            source_line: text.lines().nth(line.saturating_sub(1)).map(str::to_owned),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)?;
        if let (Some(src), Some(line)) = (&self.source_line, self.location.line) {
            let gutter = line.to_string();
            let col = self.location.column.unwrap_or(1);
            write!(f, "\n {gutter} | {src}")?;
            let pad: String = src
                .chars()
                .take(col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            write!(f, "\n {} | {pad}^", " ".repeat(gutter.len()))?;
        }
        Ok(())
    }
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The journal has content errors; all of them are listed.
    #[error("{} error(s) in the journal", .0.len())]
    Content(Vec<Diagnostic>),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path carnet was working on.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The output folder cannot be used (not carnet's, or inside the journal's content).
    #[error("{}: {message}", path.display())]
    Output {
        /// The output folder.
        path: PathBuf,
        /// Why it was refused.
        message: String,
    },
    /// The theme's templates could not be loaded or rendered.
    #[error("template {name}: {message}")]
    Template {
        /// The template (or page) at fault.
        name: String,
        /// Tera's explanation, with its causes.
        message: String,
    },
}

impl Error {
    /// Wraps an I/O error with the path it happened on.
    pub fn io(path: impl AsRef<Path>, source: io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// The process exit code for this error: 1 for content errors, 2 for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Content(_) => 1,
            _ => 2,
        }
    }
}

/// Result alias of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Extension to attach a path to `io::Result`s.
pub trait IoContext<T> {
    /// Turns an I/O error into [`Error::Io`] naming `path`.
    fn at(self, path: impl AsRef<Path>) -> Result<T>;
}

impl<T> IoContext<T> for io::Result<T> {
    fn at(self, path: impl AsRef<Path>) -> Result<T> {
        self.map_err(|e| Error::io(path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostic_shows_caret_under_column() {
        let d = Diagnostic::at_line("a.md", "+++\nvisibilty = 1\n+++", 2, 1, "unknown field");
        let shown = d.to_string();
        assert!(shown.starts_with("a.md:2:1: unknown field"), "{shown}");
        assert!(shown.contains(" 2 | visibilty = 1\n   | ^"), "{shown}");
    }
}
