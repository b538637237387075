//! The package source: learners read from the contributions of `contributions/`
//! (`ines-2026-12-06.carnet`), through the same code as the folders of
//! `learners/`. A contribution is opened and checked by [`crate::share::package`]
//! (decrypted with the programme's identity, its signature checked against the key
//! pinned for the learner in `contributors.toml`, every file against the signed
//! manifest); its texts then stay in memory and its photos in the file, and the
//! walk ([`Tree`]) reads them where it would read the disk.
//!
//! Every file reads as `contributions/<file> → learners/<slug>/…`, so that an error
//! inside a contribution says where it is. The newest share of a learner is used;
//! older ones are listed as replaced. A share older than the last one the
//! programme accepted (a replay), a refused file, and a learner present both as a
//! folder and as a contribution are errors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Loader;
use crate::diagnostic::Diagnostic;
use crate::journal::{Contribution, ContributionReport, Language, Learner};
use crate::share::package::{self, Opener, Refusal};
use crate::share::{pins, PackedFile};
use crate::t;

/// The programme's identities that open contributions, or why there are none.
pub struct Keys {
    identities: Result<Vec<age::x25519::Identity>, String>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.identities {
            Ok(ids) => write!(f, "Keys({} identities)", ids.len()),
            Err(why) => write!(f, "Keys(none: {why})"),
        }
    }
}

impl Keys {
    /// The identities of `file`, else of `CARNET_IDENTITY`, else of `identity.age`
    /// in carnet's secrets folder; never a file inside the journal at `root`.
    pub fn from_env(root: &Path, file: Option<&Path>) -> Keys {
        let lang = Language::of_journal(root);
        let identities = crate::share::keys::identity_path(file)
            .and_then(|path| {
                if file.is_none() && !path.exists() {
                    return Ok(Vec::new());
                }
                crate::share::keys::read_identities(&path, Some(root), lang)
            })
            .map_err(|e| e.to_string());
        Keys { identities }
    }

    /// No identity (a journal without contributions, or tests).
    pub fn none() -> Keys {
        Keys {
            identities: Ok(Vec::new()),
        }
    }

    /// These identities.
    pub fn of(identities: Vec<age::x25519::Identity>) -> Keys {
        Keys {
            identities: Ok(identities),
        }
    }
}

/// The files of the contribution being read, as the walk sees them.
pub(super) struct Tree {
    /// Where the learner's folder reads (`…/contributions/<file> → learners/<slug>`).
    base: PathBuf,
    /// Its name in the package (`learners/<slug>`).
    prefix: String,
    texts: BTreeMap<String, String>,
    photos: BTreeMap<String, PackedFile>,
}

impl Tree {
    /// The package name of `path`, when it is inside the learner's folder.
    fn name(&self, path: &Path) -> Option<String> {
        let rel = path.strip_prefix(&self.base).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(if parts.is_empty() {
            self.prefix.clone()
        } else {
            format!("{}/{}", self.prefix, parts.join("/"))
        })
    }

    fn names(&self) -> impl Iterator<Item = &String> {
        self.texts.keys().chain(self.photos.keys())
    }

    pub(super) fn is_file(&self, path: &Path) -> bool {
        self.name(path)
            .is_some_and(|n| self.texts.contains_key(&n) || self.photos.contains_key(&n))
    }

    pub(super) fn is_dir(&self, path: &Path) -> bool {
        self.name(path).is_some_and(|n| {
            let dir = format!("{n}/");
            self.names().any(|f| f.starts_with(&dir))
        })
    }

    pub(super) fn text(&self, path: &Path) -> Option<String> {
        self.texts.get(&self.name(path)?).cloned()
    }

    pub(super) fn photo(&self, path: &Path) -> Option<PackedFile> {
        self.photos.get(&self.name(path)?).cloned()
    }

    /// The entries of the folder `dir`, in name order.
    pub(super) fn entries(&self, dir: &Path) -> Vec<(String, PathBuf)> {
        let Some(n) = self.name(dir) else {
            return Vec::new();
        };
        let start = format!("{n}/");
        let mut out: Vec<(String, PathBuf)> = self
            .names()
            .filter_map(|f| f.strip_prefix(&start))
            .filter_map(|rest| rest.split('/').next())
            .map(|first| (first.to_string(), dir.join(first)))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// A contribution opened and checked.
struct Candidate {
    file: PathBuf,
    opened: package::Opened,
}

impl Loader {
    /// The learners of `contributions/`, newest share of each, and the report of
    /// every contribution file; `folders` are the learners read from `learners/`.
    pub(super) fn contributions(
        &mut self,
        keys: &Keys,
        folders: &[Learner],
    ) -> (Vec<Learner>, Vec<ContributionReport>) {
        let dir = self.root.join("contributions");
        if !self.fixed_folder(&dir) {
            return (Vec::new(), Vec::new());
        }
        let lang = self.lang;
        let pinned = match pins::read(&self.root, lang) {
            Ok(p) => p,
            Err(d) => {
                self.diags.push(d);
                return (Vec::new(), Vec::new());
            }
        };
        let identities: &[age::x25519::Identity] = match &keys.identities {
            Ok(ids) => ids,
            Err(_) => &[],
        };
        let pin = |learner: &str| pinned.get(learner).map(|p| p.key.clone());
        let opener = Opener {
            identities,
            pinned: &pin,
        };
        let mut by_learner: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
        for (name, path) in self.entries(&dir) {
            if !name.ends_with(&format!(".{}", package::EXTENSION)) || !self.is_file(&path) {
                continue;
            }
            match package::open(&path, &opener) {
                Ok(opened) => by_learner
                    .entry(opened.manifest.learner.clone())
                    .or_default()
                    .push(Candidate { file: path, opened }),
                Err(refusal) => {
                    let mut d = Diagnostic::new(&path, refusal.message(lang))
                        .with_code(refusal_code(&refusal));
                    if let (Refusal::NoIdentity, Err(why)) = (&refusal, &keys.identities) {
                        d = d.with_help(why.clone());
                    } else if let Some(help) = refusal.help(lang) {
                        d = d.with_help(help);
                    }
                    self.diags.push(d);
                }
            }
        }
        let mut learners = Vec::new();
        let mut reports = Vec::new();
        for (slug, mut candidates) in by_learner {
            candidates.sort_by(|a, b| b.opened.manifest.shared.cmp(&a.opened.manifest.shared));
            for older in &candidates[1..] {
                reports.push(report(older, false));
            }
            let newest = &candidates[0];
            let accepted = pinned.get(&slug).and_then(|p| p.accepted.clone());
            if let Some(accepted) = accepted.filter(|a| newest.opened.manifest.shared < *a) {
                let (day, last) = (
                    newest.opened.manifest.day(),
                    accepted.get(..10).unwrap_or(""),
                );
                self.diags.push(
                    Diagnostic::new(
                        &newest.file,
                        t!(
                            lang,
                            "package-replayed",
                            slug = slug.as_str(),
                            day = day.to_string(),
                            last = last
                        ),
                    )
                    .with_code("contribution-replay")
                    .with_help(t!(lang, "package-replayed-help")),
                );
                continue;
            }
            if let Some(folder) = folders.iter().find(|l| l.slug == slug) {
                let (file, folder) = (newest.file.display().to_string(), folder.folder.clone());
                self.diags.push(
                    Diagnostic::new(
                        &newest.file,
                        t!(
                            lang,
                            "package-same-learner",
                            slug = slug.as_str(),
                            folder = folder,
                            file = file
                        ),
                    )
                    .with_code("same-learner"),
                );
                continue;
            }
            reports.push(report(newest, true));
            if let Some(learner) = self.contributed(newest) {
                learners.push(learner);
            }
        }
        reports.sort_by(|a, b| a.file.cmp(&b.file));
        (learners, reports)
    }

    /// The learner of an opened contribution, read through the walk.
    fn contributed(&mut self, c: &Candidate) -> Option<Learner> {
        let slug = c.opened.manifest.learner.clone();
        let prefix = format!("learners/{slug}");
        let name = c
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let base = self
            .root
            .join("contributions")
            .join(format!("{name} → learners"))
            .join(&slug);
        self.package = Some(Tree {
            base: base.clone(),
            prefix,
            texts: c.opened.texts.clone(),
            photos: c.opened.photos.clone(),
        });
        let learner = self.learner(slug, &base);
        self.package = None;
        learner.map(|mut l| {
            l.contribution = Some(Contribution {
                file: c.file.clone(),
                shared: c.opened.manifest.shared.clone(),
            });
            l
        })
    }
}

/// The report line of a contribution.
fn report(c: &Candidate, used: bool) -> ContributionReport {
    let items = c
        .opened
        .texts
        .keys()
        .filter(|k| k.ends_with("/index.md") || k.contains("/stories/"))
        .count();
    ContributionReport {
        file: c.file.clone(),
        learner: c.opened.manifest.learner.clone(),
        shared: c.opened.manifest.shared.clone(),
        items,
        used,
    }
}

/// The stable code of a refusal (`docs/diagnostics.md`).
fn refusal_code(r: &Refusal) -> &'static str {
    match r {
        Refusal::NotAPackage => "not-a-contribution",
        Refusal::NoIdentity => "no-identity",
        Refusal::OtherProgramme | Refusal::NotAddressed => "other-programme",
        Refusal::Damaged(_) | Refusal::BadName(_) => "contribution-damaged",
        Refusal::Format(_) => "contribution-format",
        Refusal::UnknownKey { .. } => "key-not-accepted",
        Refusal::OtherKey { .. } => "other-key",
    }
}
