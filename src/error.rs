//! Why a command failed: content errors in the journal (located [`Diagnostic`]s, all
//! of them), or a fatal I/O, output-folder or template error. Only the CLI turns
//! them into messages and exit codes.

use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::journal::Language;
use crate::t;

/// Why a build failed. What a person reads is [`Error::localized`], in the
/// journal's language; the `Display` form is the same in French, for an error shown
/// where the language is not known.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The journal has content errors; all of them are listed.
    #[error("{}", self.localized(Language::Fr))]
    Content(Vec<Diagnostic>),
    /// A file or folder could not be read or written. Shown in words a person
    /// reads (« fichier introuvable : phrases.txt »), never with `(os error N)`.
    #[error("{}", self.localized(Language::Fr))]
    Io {
        /// The path carnet was working on.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The output folder cannot be used (not carnet's, or inside the journal's content).
    #[error("{}", self.localized(Language::Fr))]
    Output {
        /// The output folder.
        path: PathBuf,
        /// Why it was refused, in the journal's language.
        message: String,
    },
    /// The leak check found, in a file a site was about to receive, a string or a
    /// photo of an item that site must not show. Nothing was written.
    #[error("{}", self.localized(Language::Fr))]
    Leak {
        /// The file, in the output folder (`public/index.html`).
        file: String,
        /// The file of the hidden item (its `index.md`, `profile.md`, story).
        item: PathBuf,
        /// The item's visibility.
        visibility: &'static str,
        /// What was found, as the catalogue's `error-leak` names it (`title`,
        /// `tag`, `photo-file`: see `NeedleKind::describe`).
        what: &'static str,
        /// The string found, or the photo's file name.
        text: String,
    },
    /// The passphrases of the sealed sites are missing or unusable (a passphrase
    /// file inside the journal, a line naming no sealed site, a protected site
    /// without a passphrase). The message never quotes a passphrase.
    #[error("{}", self.localized(Language::Fr))]
    Passphrase {
        /// The passphrase file, or `carnet.toml` for a site that has none.
        path: PathBuf,
        /// The line of the passphrase file, when one is at fault.
        line: Option<usize>,
        /// What is wrong and what to do, in the journal's language.
        message: String,
    },
    /// A sealed site could not be encrypted (no random bytes from the system).
    #[error("{}", self.localized(Language::Fr))]
    Seal {
        /// The file being sealed, in the output folder.
        file: String,
        /// Why.
        message: String,
    },
    /// A share or a key could not be made or read (no recipient, a key file inside
    /// the journal, an unreadable key). The message never quotes a secret key.
    #[error("{}", self.localized(Language::Fr))]
    Share {
        /// The file at fault (a key file, the journal, the contribution).
        path: PathBuf,
        /// What is wrong and what to do, in the journal's language.
        message: String,
    },
    /// An attestation could not be signed or revoked (`carnet attest`, `carnet keys`):
    /// no issuer, another key, an unknown experience or skill. The message never
    /// quotes a secret key.
    #[error("{}", self.localized(Language::Fr))]
    Credential {
        /// The file at fault (`carnet.toml`, the experience, the key file).
        path: PathBuf,
        /// What is wrong and what to do, in the journal's language.
        message: String,
    },
    /// `carnet serve` could not start or stopped on an error (a port taken, no
    /// journal folder, no event loop).
    #[error(transparent)]
    Serve(#[from] ServeError),
    /// The system gave no random bytes (for a key, a token, a nonce).
    #[error("{}", self.localized(Language::Fr))]
    Random(String),
    /// The theme's templates could not be loaded or rendered.
    #[error("{}", self.localized(Language::Fr))]
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

    /// The message a person reads, in `lang`: I/O errors rephrased
    /// (« fichier introuvable : phrases.txt »), the others from the catalogue or
    /// with their message (already in the journal's language).
    pub fn localized(&self, lang: Language) -> String {
        match self {
            Error::Content(diagnostics) => t!(lang, "error-content", count = diagnostics.len()),
            Error::Io { path, source } => describe_io(path, source, lang),
            Error::Output { path, message }
            | Error::Share { path, message }
            | Error::Credential { path, message } => located(&path.display(), message),
            Error::Leak {
                file,
                item,
                visibility,
                what,
                text,
            } => {
                let (what, visibility, item) = (*what, *visibility, item.display().to_string());
                t!(
                    lang,
                    "error-leak",
                    file = file.as_str(),
                    what = what,
                    item = item,
                    visibility = visibility,
                    text = text.as_str()
                )
            }
            Error::Passphrase {
                path,
                line,
                message,
            } => {
                let place = match line {
                    Some(line) => format!("{}:{line}", path.display()),
                    None => path.display().to_string(),
                };
                located(&place, message)
            }
            Error::Seal { file, message } => located(file, message),
            Error::Serve(e) => e.message(lang),
            Error::Random(reason) => t!(lang, "error-random", reason = reason.as_str()),
            Error::Template { name, message } => t!(
                lang,
                "error-template",
                name = name.as_str(),
                message = message.as_str()
            ),
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

/// `place: message`, the form of an error about one file.
fn located(place: &dyn std::fmt::Display, message: &str) -> String {
    format!("{place}: {message}")
}

/// Why `carnet serve` could not start, or stopped: said with what failed and what
/// to do, in the journal's language through [`ServeError::message`] (in French
/// through `Display`).
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// No port from `first` to `last` could be opened.
    #[error("{}", self.message(Language::Fr))]
    Port {
        /// The port asked for (`--port`).
        first: u16,
        /// The last port tried.
        last: u16,
        /// Why the last one failed.
        source: io::Error,
    },
    /// The journal folder is not there.
    #[error("{}", self.message(Language::Fr))]
    NoJournal {
        /// The folder given.
        path: PathBuf,
    },
    /// The server's own machinery failed.
    #[error("{}", self.message(Language::Fr))]
    Server {
        /// Which part of it.
        what: ServerPart,
        /// The system's error.
        source: io::Error,
    },
}

/// The part of the server that failed to start or stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerPart {
    /// Reading the address it listens on.
    Address,
    /// Its event loop (tokio's runtime).
    EventLoop,
    /// Listening and answering.
    Listening,
}

impl ServeError {
    /// The message a person reads, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ServeError::Port {
                first,
                last,
                source,
            } => {
                let next = last.checked_add(1).unwrap_or(1111).to_string();
                let range = if first == last { "no" } else { "yes" };
                let (first, last) = (first.to_string(), last.to_string());
                match source.kind() {
                    io::ErrorKind::AddrInUse => t!(
                        lang,
                        "error-port-in-use",
                        first = first,
                        range = range,
                        last = last,
                        next = next
                    ),
                    io::ErrorKind::PermissionDenied => t!(
                        lang,
                        "error-port-denied",
                        first = first,
                        range = range,
                        last = last
                    ),
                    _ => t!(
                        lang,
                        "error-port-other",
                        first = first,
                        range = range,
                        last = last,
                        reason = io_reason(source, lang)
                    ),
                }
            }
            ServeError::NoJournal { path } => t!(
                lang,
                "error-serve-no-journal",
                path = path.display().to_string()
            ),
            ServeError::Server { what, source } => {
                let what = match what {
                    ServerPart::Address => "address",
                    ServerPart::EventLoop => "event-loop",
                    ServerPart::Listening => "listening",
                };
                t!(
                    lang,
                    "error-server-stopped",
                    what = what,
                    reason = io_reason(source, lang)
                )
            }
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

/// What went wrong with `path`, in words a person reads, in `lang`:
/// « fichier introuvable : phrases.txt », « accès refusé : … », « disque plein : … ».
/// Never the `(os error N)` of the system's message.
pub fn describe_io(path: &Path, source: &io::Error, lang: Language) -> String {
    let shown = path.display().to_string();
    if source.kind() == io::ErrorKind::NotFound {
        // A name with an extension is a file; without, it may be a folder.
        return match path.extension() {
            Some(_) => t!(lang, "io-file-not-found", path = shown),
            None => t!(lang, "io-not-found", path = shown),
        };
    }
    t!(
        lang,
        "io-at-path",
        reason = io_reason(source, lang),
        path = shown
    )
}

/// Why an I/O operation failed, in `lang`, without the path: « introuvable »,
/// « accès refusé (droits insuffisants) », « disque plein ». An error carnet does
/// not know by kind gives a generic phrase and the system's own words, without
/// their `(os error N)`.
pub fn io_reason(source: &io::Error, lang: Language) -> String {
    use io::ErrorKind as K;
    // An error carnet made itself (not the system's) already says what happened, in its
    // own words: shown as it is.
    let not_utf8 =
        source.kind() == io::ErrorKind::InvalidData && source.to_string().contains("UTF-8");
    if source.raw_os_error().is_none() && !not_utf8 {
        if let Some(own) = source.get_ref() {
            return own.to_string();
        }
    }
    // Disk full and read-only disks by their errno too, for older kernels' kinds.
    match (source.kind(), source.raw_os_error()) {
        (K::StorageFull, _) | (_, Some(28)) => t!(lang, "io-disk-full"),
        (K::ReadOnlyFilesystem, _) | (_, Some(30)) => t!(lang, "io-read-only"),
        (K::NotFound, _) => t!(lang, "io-missing"),
        (K::PermissionDenied, _) => t!(lang, "io-permission-denied"),
        (K::AlreadyExists, _) => t!(lang, "io-already-exists"),
        (K::IsADirectory, _) => t!(lang, "io-is-a-folder"),
        (K::NotADirectory, _) => t!(lang, "io-not-a-folder"),
        (K::DirectoryNotEmpty, _) => t!(lang, "io-folder-not-empty"),
        (K::InvalidData, _) if not_utf8 => t!(lang, "io-not-utf8"),
        (K::InvalidData, _) => t!(lang, "io-invalid-data", detail = system_words(source)),
        _ => t!(lang, "io-other", detail = system_words(source)),
    }
}

/// The system's message without its `(os error N)` suffix.
fn system_words(source: &io::Error) -> String {
    let text = source.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_carnet_made_itself_keeps_its_own_words() {
        let own = io::Error::other("--new-links zoe : personne de ce nom dans le carnet");
        assert_eq!(
            io_reason(&own, Language::Fr),
            "--new-links zoe : personne de ce nom dans le carnet"
        );
        let own = io::Error::new(io::ErrorKind::NotFound, "aucune clé pour ce programme");
        assert_eq!(
            io_reason(&own, Language::En),
            "aucune clé pour ce programme"
        );
        // The system's own errors are still said in words.
        let system = io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&system, Language::Fr), "introuvable");
    }

    fn os(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    #[test]
    fn os_errors_are_rephrased_without_their_number() {
        let file = Path::new("phrases.txt");
        assert_eq!(
            describe_io(file, &os(2), Language::Fr),
            "fichier introuvable : phrases.txt"
        );
        assert_eq!(
            describe_io(file, &os(2), Language::En),
            "file not found: phrases.txt"
        );
        assert_eq!(
            describe_io(Path::new("journal"), &os(2), Language::Fr),
            "fichier ou dossier introuvable : journal"
        );
        assert_eq!(
            describe_io(file, &os(13), Language::Fr),
            "accès refusé (droits insuffisants) : phrases.txt"
        );
        assert_eq!(
            describe_io(file, &os(28), Language::Fr),
            "disque plein, impossible d'écrire : phrases.txt"
        );
        assert_eq!(
            describe_io(file, &os(30), Language::En),
            "read-only disk, cannot write: phrases.txt"
        );
        for code in [1, 2, 5, 13, 17, 20, 21, 28, 30, 39, 71, 110] {
            for lang in [Language::Fr, Language::En] {
                let shown = describe_io(file, &os(code), lang);
                assert!(!shown.contains("os error"), "{shown}");
                assert!(shown.contains("phrases.txt"), "{shown}");
            }
        }
        let utf8 = io::Error::new(
            io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        );
        assert_eq!(
            describe_io(file, &utf8, Language::Fr),
            "illisible : ce n'est pas du texte UTF-8 : phrases.txt"
        );
    }

    #[test]
    fn the_error_shows_the_same_words() {
        let e = Error::io("phrases.txt", os(2));
        assert_eq!(e.to_string(), "fichier introuvable : phrases.txt");
        assert_eq!(e.localized(Language::En), "file not found: phrases.txt");
        assert_eq!(
            e.localized(Language::Fr),
            "fichier introuvable : phrases.txt"
        );
    }
}
