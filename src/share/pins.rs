//! `contributors.toml`, in a programme's journal: for each learner who contributes,
//! the public key her shares must be signed with (pinned the first time the adviser
//! accepts one, changed only by accepting again), and the moment of the last share
//! a build accepted (an older one is then refused as a replay). Public keys only: a
//! programme's journal may hold them.
//!
//! ```toml
//! [learners.ines]
//! key = "RWQ…"
//! accepted = "2026-12-06T14:03:27Z"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::journal::Language;
use crate::t;

/// The file's name at the journal's root.
pub const FILE: &str = "contributors.toml";

/// What the programme knows of one contributing learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// Her minisign public key (base64, `RW…`).
    pub key: String,
    /// The moment of the last share of hers a build accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Contributors {
    #[serde(default)]
    learners: BTreeMap<String, Pin>,
}

const HEADER: &str = "# Written by carnet: the key each learner signs her contributions with (public\n# keys only), and the last share of hers a build accepted. Change a key only with\n# `carnet contributions accept <learner> --new-key`, after checking it with her.\n\n";

fn path_of(root: &Path) -> PathBuf {
    root.join(FILE)
}

/// The pins of the journal at `root` (none when the file is missing); an unreadable
/// file is an error located in it.
pub fn read(root: &Path, lang: Language) -> std::result::Result<BTreeMap<String, Pin>, Diagnostic> {
    let path = path_of(root);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => {
            let m = t!(
                lang,
                "share-unreadable-file",
                error = crate::error::io_reason(&e, lang)
            );
            return Err(Diagnostic::new(&path, m).with_code("unreadable"));
        }
    };
    toml::from_str::<Contributors>(&text)
        .map(|c| c.learners)
        .map_err(|e| crate::journal::frontmatter::toml_diagnostic(&path, &text, 0, &e, lang))
}

fn write(root: &Path, learners: BTreeMap<String, Pin>) -> Result<()> {
    let path = path_of(root);
    let text = toml::to_string(&Contributors { learners })
        .map_err(|e| Error::io(&path, std::io::Error::other(e)))?;
    crate::output::write_atomic(&path, format!("{HEADER}{text}").as_bytes())
}

/// What pinning a key changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinChange {
    /// The learner had no key: this one is pinned.
    New,
    /// The same key was already pinned.
    Same,
    /// Another key was pinned: it is replaced (only when `replace` is given).
    Replaced {
        /// The key it replaced.
        old: String,
    },
}

/// Pins `key` (a minisign public key, `RW…`) for `learner` in the journal at
/// `root`: the library function behind `carnet contributions accept` (and, later,
/// `carnet add learner --key`). Replacing another key needs `replace`.
pub fn pin_learner_key(
    root: &Path,
    learner: &str,
    key: &str,
    replace: bool,
    lang: Language,
) -> Result<PinChange> {
    let path = path_of(root);
    let fail = |message: String| Error::Share {
        path: path.clone(),
        message,
    };
    crate::share::package::parse_public_key(key)
        .map_err(|_| fail(t!(lang, "share-not-a-public-key", key = key)))?;
    let mut learners = read(root, lang).map_err(|d| fail(d.message))?;
    let key = key.trim().to_string();
    let change = match learners.get(learner) {
        None => PinChange::New,
        Some(pin) if pin.key == key => PinChange::Same,
        Some(pin) if replace => PinChange::Replaced {
            old: pin.key.clone(),
        },
        Some(_) => return Err(fail(t!(lang, "share-other-key-pinned", learner = learner))),
    };
    if change != PinChange::Same {
        let accepted = learners.get(learner).and_then(|p| p.accepted.clone());
        learners.insert(learner.to_string(), Pin { key, accepted });
        write(root, learners)?;
    }
    Ok(change)
}

/// Records, after a successful build, the moment of the share used for each
/// learner (`(learner, moment)`), so that an older one is refused from now on.
pub fn record_accepted(root: &Path, used: &[(String, String)], lang: Language) -> Result<()> {
    if used.is_empty() {
        return Ok(());
    }
    let path = path_of(root);
    let mut learners = read(root, lang).map_err(|d| Error::Share {
        path: path.clone(),
        message: d.message,
    })?;
    let mut changed = false;
    for (learner, moment) in used {
        if let Some(pin) = learners.get_mut(learner) {
            if pin.accepted.as_ref().is_none_or(|a| a < moment) {
                pin.accepted = Some(moment.clone());
                changed = true;
            }
        }
    }
    if changed {
        write(root, learners)?;
    }
    Ok(())
}

/// The newest contribution of `learner` in the journal at `root` that opens with
/// `identities`, and the key it is signed with (checked: the signature is valid
/// for that key). For `carnet contributions accept`.
pub fn newest_key(
    root: &Path,
    learner: &str,
    identities: &[age::x25519::Identity],
    lang: Language,
) -> Result<(PathBuf, String)> {
    use super::package::{open, Opener, Refusal};
    let dir = root.join("contributions");
    let mut found: Vec<(String, PathBuf, String)> = Vec::new();
    let mut problems = Vec::new();
    let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some(super::package::EXTENSION) {
            continue;
        }
        // First learn which key it claims, then check the signature with it.
        let none = |_: &str| None;
        let claimed = match open(
            &path,
            &Opener {
                identities,
                pinned: &none,
            },
        ) {
            Err(Refusal::UnknownKey { learner: l, key }) if l == learner => key,
            Err(Refusal::UnknownKey { .. }) => continue,
            Err(r) => {
                problems.push(format!("{}: {}", path.display(), r.message(lang)));
                continue;
            }
            Ok(_) => continue,
        };
        let claim = claimed.clone();
        let pin = move |_: &str| Some(claim.clone());
        match open(
            &path,
            &Opener {
                identities,
                pinned: &pin,
            },
        ) {
            Ok(opened) => found.push((opened.manifest.shared, path, claimed)),
            Err(r) => problems.push(format!("{}: {}", path.display(), r.message(lang))),
        }
    }
    found.sort();
    match found.pop() {
        Some((_, path, key)) => Ok((path, key)),
        None => Err(Error::Share {
            path: dir,
            message: if problems.is_empty() {
                t!(lang, "share-no-contribution", learner = learner)
            } else {
                problems.join("\n")
            },
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_pinned_once_changed_only_on_purpose_and_replays_recorded() {
        let dir = tempfile::tempdir().expect("temp");
        let root = dir.path();
        let a = crate::share::Signer::generate().expect("a").public_key();
        let b = crate::share::Signer::generate().expect("b").public_key();
        let lang = Language::Fr;
        assert_eq!(
            pin_learner_key(root, "ines", &a, false, lang).expect("pin"),
            PinChange::New
        );
        assert_eq!(
            pin_learner_key(root, "ines", &a, false, lang).expect("pin"),
            PinChange::Same
        );
        let err = pin_learner_key(root, "ines", &b, false, lang).expect_err("change");
        assert!(err.to_string().contains("--new-key"), "{err}");
        record_accepted(
            root,
            &[("ines".into(), "2026-12-06T10:00:00Z".into())],
            lang,
        )
        .expect("record");
        assert_eq!(
            pin_learner_key(root, "ines", &b, true, lang).expect("pin"),
            PinChange::Replaced { old: a }
        );
        let pins = read(root, lang).expect("read");
        assert_eq!(pins["ines"].key, b);
        assert_eq!(
            pins["ines"].accepted.as_deref(),
            Some("2026-12-06T10:00:00Z")
        );
        // An older moment never moves the record back.
        record_accepted(
            root,
            &[("ines".into(), "2026-01-01T00:00:00Z".into())],
            lang,
        )
        .expect("record");
        assert_eq!(
            read(root, lang).expect("read")["ines"].accepted.as_deref(),
            Some("2026-12-06T10:00:00Z")
        );
        assert!(pin_learner_key(root, "ines", "RWnot", true, lang).is_err());
    }
}
