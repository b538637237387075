//! The two secrets of sharing, each kept outside every journal (in carnet's
//! secrets folder, [`crate::secrets::home`], by default):
//!
//! - the programme's **age identity** (`identity.age`, the format `age-keygen`
//!   writes; several `AGE-SECRET-KEY-1…` lines allowed), which opens the
//!   contributions; its recipient string (`age1…`) is what learners put in their
//!   journal. `--identity FILE` or `CARNET_IDENTITY` name another file;
//! - the learner's **signing key** (`signing.key`, minisign's secret key format),
//!   which signs her shares; its public key (`RW…`) is what her programme pins.
//!   `--key FILE` or `CARNET_SIGNING_KEY` name another file.
//!
//! A key file given by the user is refused inside the journal folder (it would be
//! copied, exported or shared with it). Key files are written with mode 0600 by
//! [`crate::secrets::write_private`]. No message ever quotes a secret key.

use std::path::{Path, PathBuf};

use super::package::Signer;
use crate::error::{Error, Result};
use crate::journal::Language;
use crate::secrets;
use crate::t;

/// The environment variable naming the programme's identity file.
pub const IDENTITY_VAR: &str = "CARNET_IDENTITY";
/// The environment variable naming the learner's signing key file.
pub const SIGNING_KEY_VAR: &str = "CARNET_SIGNING_KEY";
/// The programme's identity file, in carnet's secrets folder.
pub const IDENTITY_FILE: &str = "identity.age";
/// The learner's signing key file, in carnet's secrets folder.
pub const SIGNING_FILE: &str = "signing.key";

/// Where a key file is: the flag, else the environment variable, else the default
/// file of the secrets folder; and whether it is that default.
fn key_path(flag: Option<&Path>, var: &str, default: &str) -> Result<(PathBuf, bool)> {
    if let Some(path) = flag {
        return Ok((path.to_path_buf(), false));
    }
    if let Some(path) = std::env::var_os(var).filter(|v| !v.is_empty()) {
        return Ok((PathBuf::from(path), false));
    }
    Ok((secrets::home()?.join(default), true))
}

/// The programme's identity file: `flag`, else `CARNET_IDENTITY`, else
/// `identity.age` in the secrets folder.
pub fn identity_path(flag: Option<&Path>) -> Result<PathBuf> {
    Ok(key_path(flag, IDENTITY_VAR, IDENTITY_FILE)?.0)
}

/// The learner's signing key file, and whether it is the default one.
pub fn signing_key_path(flag: Option<&Path>) -> Result<(PathBuf, bool)> {
    key_path(flag, SIGNING_KEY_VAR, SIGNING_FILE)
}

/// Refuses a key file inside `journal`.
fn outside(path: &Path, journal: Option<&Path>, lang: Language) -> Result<()> {
    let Some(journal) = journal else {
        return Ok(());
    };
    if journal.is_dir() && secrets::is_inside(path, journal)? {
        let home = secrets::home()
            .map(|h| h.display().to_string())
            .unwrap_or_default();
        return Err(Error::Share {
            path: path.to_path_buf(),
            message: t!(lang, "share-key-inside-journal", home = home),
        });
    }
    Ok(())
}

/// Makes a new programme identity at `path` (refusing to replace one: the
/// contributions made for it could no longer be opened) and returns its recipient
/// string (`age1…`).
pub fn new_identity(path: &Path, journal: Option<&Path>, lang: Language) -> Result<String> {
    outside(path, journal, lang)?;
    if path.exists() {
        return Err(Error::Share {
            path: path.to_path_buf(),
            message: t!(lang, "share-identity-exists"),
        });
    }
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let created = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ");
    let text = format!(
        "# carnet: the identity of a programme, which opens the contributions sent to it.\n# created: {created}\n# public key: {recipient}\n{}\n",
        secrecy_text(&identity)
    );
    secrets::write_private(path, text.as_bytes())?;
    Ok(recipient)
}

/// The secret string of an identity (only ever written to its private file).
fn secrecy_text(identity: &age::x25519::Identity) -> String {
    use age::secrecy::ExposeSecret;
    identity.to_string().expose_secret().to_string()
}

/// The identities in the file at `path` (one `AGE-SECRET-KEY-1…` a line; `#`
/// comments and blank lines skipped).
pub fn read_identities(
    path: &Path,
    journal: Option<&Path>,
    lang: Language,
) -> Result<Vec<age::x25519::Identity>> {
    outside(path, journal, lang)?;
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut identities = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let identity = line.parse::<age::x25519::Identity>().map_err(|_| {
            let line = n + 1;
            Error::Share {
                path: path.to_path_buf(),
                message: t!(lang, "share-not-an-identity", line = line),
            }
        })?;
        identities.push(identity);
    }
    if identities.is_empty() {
        return Err(Error::Share {
            path: path.to_path_buf(),
            message: t!(lang, "share-no-identity-in-file"),
        });
    }
    Ok(identities)
}

/// Makes a new signing key at `path` (refusing to replace one: the programme
/// pinned its public key) and returns it.
pub fn new_signer(path: &Path, journal: Option<&Path>, lang: Language) -> Result<Signer> {
    outside(path, journal, lang)?;
    if path.exists() {
        return Err(Error::Share {
            path: path.to_path_buf(),
            message: t!(lang, "share-signing-key-exists"),
        });
    }
    let fail = |e: super::package::PackageError| Error::Share {
        path: path.to_path_buf(),
        message: e.message(lang),
    };
    let signer = Signer::generate().map_err(fail)?;
    let text = signer.to_file().map_err(fail)?;
    secrets::write_private(path, text.as_bytes())?;
    Ok(signer)
}

/// The signing key at `path`.
pub fn read_signer(path: &Path, journal: Option<&Path>, lang: Language) -> Result<Signer> {
    outside(path, journal, lang)?;
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    Signer::from_file(&text).map_err(|_| Error::Share {
        path: path.to_path_buf(),
        message: t!(lang, "share-not-a-signing-key"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_made_once_read_back_and_refused_inside_the_journal() {
        let dir = tempfile::tempdir().expect("temp");
        let journal = dir.path().join("journal");
        std::fs::create_dir_all(&journal).expect("mkdir");
        let path = dir.path().join("home").join(IDENTITY_FILE);
        let recipient = new_identity(&path, Some(&journal), Language::Fr).expect("new");
        assert!(recipient.starts_with("age1"));
        let read = read_identities(&path, Some(&journal), Language::Fr).expect("read");
        assert_eq!(read[0].to_public().to_string(), recipient);
        let again = new_identity(&path, Some(&journal), Language::Fr).expect_err("exists");
        assert!(again.to_string().contains("existe déjà"), "{again}");
        let inside = journal.join("identity.age");
        let err = new_identity(&inside, Some(&journal), Language::Fr).expect_err("inside");
        assert!(err.to_string().contains("dans le journal"), "{err}");
        assert!(!inside.exists());
        let key = dir.path().join("home").join(SIGNING_FILE);
        let signer = new_signer(&key, Some(&journal), Language::Fr).expect("new");
        let back = read_signer(&key, Some(&journal), Language::Fr).expect("read");
        assert_eq!(back.public_key(), signer.public_key());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&key).expect("stat").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        // A message about a bad identity file never quotes it.
        std::fs::write(&path, "AGE-SECRET-KEY-1NOTAKEYATALL\n").expect("write");
        let err = read_identities(&path, None, Language::Fr)
            .err()
            .expect("refused");
        assert!(!err.to_string().contains("NOTAKEY"), "{err}");
    }
}
