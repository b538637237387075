//! Reads a journal folder into a [`Journal`]: parses `carnet.toml`, `skills.toml`,
//! every profile, experience and story, and resolves photo paths safely inside the
//! journal. Every problem found is collected; nothing stops at the first one.
//!
//! One [`Loader`] holds the problems found and the language they are written in;
//! its methods are split by topic: `raw` (the serde shapes), `walk` (the folder
//! walk and path rules: the only file system access), `fields` (dates, framing,
//! skills, attestations), `config` (`carnet.toml`, `skills.toml`), `learners` and
//! `professionals` (their folders).

mod config;
mod fields;
mod learners;
mod package;
mod professionals;
mod raw;
mod walk;

use std::path::{Path, PathBuf};

use super::frontmatter;
use super::text;
use super::{Journal, Language, SourceFile};
use crate::diagnostic::Diagnostic;
use crate::t;

pub use package::Keys;
pub use walk::{is_photo_name, PHOTO_EXTENSIONS};

/// Loads the journal at `root`, with every problem found (in the journal's
/// language). The journal is returned even when some files failed (they are left
/// out), so that later checks can report their own errors in the same build; it is
/// `None` only when `carnet.toml` itself is unusable.
pub fn load(root: &Path) -> (Option<Journal>, Vec<Diagnostic>) {
    load_with(root, &Keys::from_env(root, None))
}

/// [`load`], opening the contributions of `contributions/` with `keys`.
pub fn load_with(root: &Path, keys: &Keys) -> (Option<Journal>, Vec<Diagnostic>) {
    let lang = Language::of_journal(root);
    let mut loader = match Loader::open(root, lang) {
        Ok(loader) => loader,
        Err(d) => return (None, vec![d]),
    };
    let config = loader.config();
    let language = config.as_ref().map_or(Language::Fr, |c| c.language);
    let (skills, builtin_skills) = loader.skills(language);
    let mut learners = loader.learners();
    let (contributed, contributions) = loader.contributions(keys, &learners);
    learners.extend(contributed);
    learners.sort_by(|a, b| a.slug.cmp(&b.slug));
    let professionals = loader.professionals();
    let theme_dir = loader.theme_dir();
    let mut journal = config.map(|config| Journal {
        root: root.to_path_buf(),
        config,
        skills,
        builtin_skills,
        learners,
        professionals,
        theme_dir,
        contributions,
    });
    if let Some(journal) = journal.as_mut() {
        crate::credentials::verify_journal(journal);
    }
    (journal, loader.diags)
}

/// Reads the files of one journal, collecting the problems it finds.
struct Loader {
    /// The journal folder, as the user named it.
    root: PathBuf,
    /// The journal folder, links resolved: nothing may lead out of it.
    canonical_root: PathBuf,
    /// Every problem found so far.
    diags: Vec<Diagnostic>,
    /// The language of the messages.
    lang: Language,
    /// The contribution being read, when a learner comes from one: the walk then
    /// reads its files instead of the disk.
    package: Option<package::Tree>,
}

impl Loader {
    /// « missing: … », about a file every journal, learner or experience needs;
    /// `what` says which (`config`, `experience`, `learner`, `professional`).
    fn missing(&self, path: &Path, what: &str) -> Diagnostic {
        Diagnostic::new(path, t!(self.lang, "load-missing-file", what = what))
            .with_code("missing-file")
    }

    /// Parses a whole-TOML file.
    fn toml_file<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
    ) -> Option<(T, SourceFile)> {
        let text = self.read(path)?;
        match toml::from_str::<T>(&text) {
            Ok(v) => {
                let front = 0..text.len();
                if !self.texts_ok(path, &text, front.clone(), None) {
                    return None;
                }
                Some((
                    v,
                    SourceFile {
                        path: path.to_path_buf(),
                        text,
                        front,
                    },
                ))
            }
            Err(e) => {
                self.diags
                    .push(frontmatter::toml_diagnostic(path, &text, 0, &e, self.lang));
                None
            }
        }
    }

    /// Reads a Markdown file with front matter: (front matter, body, source).
    fn markdown_file<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
    ) -> Option<(T, String, SourceFile)> {
        let text = self.read(path)?;
        let lang = self.lang;
        let parsed = frontmatter::split(path, &text, lang).and_then(|split| {
            let value = frontmatter::parse::<T>(path, &text, &split, lang)?;
            let front = split.front_offset..split.front_offset + split.front.len();
            Ok((value, split.body.to_string(), front))
        });
        let body_range = text.len() - parsed.as_ref().map_or(0, |p| p.1.len())..text.len();
        if let Ok((_, _, front)) = &parsed {
            if !self.texts_ok(path, &text, front.clone(), Some(body_range)) {
                return None;
            }
        }
        match parsed {
            Ok((value, body, front)) => Some((
                value,
                body,
                SourceFile {
                    path: path.to_path_buf(),
                    text,
                    front,
                },
            )),
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }

    /// Records the refused characters and the too long body of a file
    /// ([`text::check_file`]); whether there was none.
    fn texts_ok(
        &mut self,
        path: &Path,
        text: &str,
        front: std::ops::Range<usize>,
        body: Option<std::ops::Range<usize>>,
    ) -> bool {
        let found = text::check_file(path, text, front, body, self.lang);
        let ok = found.is_empty();
        self.diags.extend(found);
        ok
    }

    /// The `profile.md` of a learner's or professional's folder `dir`, parsed as
    /// `T`: (front matter, bio, source). A missing one is reported as the profile
    /// of `whose` (`learner`, `professional`).
    fn profile_file<T: serde::de::DeserializeOwned>(
        &mut self,
        dir: &Path,
        whose: &str,
    ) -> Option<(T, String, SourceFile)> {
        let path = dir.join("profile.md");
        if !self.is_file(&path) {
            self.diags.push(self.missing(&path, whose));
            return None;
        }
        self.markdown_file::<T>(&path)
    }
}
