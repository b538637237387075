//! Why a command failed: content errors in the journal (located [`Diagnostic`]s, all
//! of them), or a fatal I/O, output-folder or template error. Only the CLI turns
//! them into messages and exit codes.

use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

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
    /// The leak check found, in a file a site was about to receive, a string or a
    /// photo of an item that site must not show. Nothing was written.
    #[error("leak check: {file} holds {what} of {} ({visibility}), which this site must not show: « {text} ». Nothing was written: the output folder is unchanged. This is a bug in carnet or in the journal's theme; please report it (see SECURITY.md)", item.display())]
    Leak {
        /// The file, in the output folder (`public/index.html`).
        file: String,
        /// The file of the hidden item (its `index.md`, `profile.md`, story).
        item: PathBuf,
        /// The item's visibility.
        visibility: &'static str,
        /// What was found (« the title », « a tag »).
        what: String,
        /// The string found, or the photo's file name.
        text: String,
    },
    /// The passphrases of the sealed sites are missing or unusable (a passphrase
    /// file inside the journal, a line naming no sealed site, a protected site
    /// without a passphrase). The message never quotes a passphrase.
    #[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Passphrase {
        /// The passphrase file, or `carnet.toml` for a site that has none.
        path: PathBuf,
        /// The line of the passphrase file, when one is at fault.
        line: Option<usize>,
        /// What is wrong and what to do, in the journal's language.
        message: String,
    },
    /// A sealed site could not be encrypted (no random bytes from the system).
    #[error("{file}: {message}")]
    Seal {
        /// The file being sealed, in the output folder.
        file: String,
        /// Why.
        message: String,
    },
    /// A share or a key could not be made or read (no recipient, a key file inside
    /// the journal, an unreadable key). The message never quotes a secret key.
    #[error("{}: {message}", path.display())]
    Share {
        /// The file at fault (a key file, the journal, the contribution).
        path: PathBuf,
        /// What is wrong and what to do, in the journal's language.
        message: String,
    },
    /// An attestation could not be signed or revoked (`carnet attest`, `carnet keys`):
    /// no issuer, another key, an unknown experience or skill. The message never
    /// quotes a secret key.
    #[error("{}: {message}", path.display())]
    Credential {
        /// The file at fault (`carnet.toml`, the experience, the key file).
        path: PathBuf,
        /// What is wrong and what to do, in the journal's language.
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
