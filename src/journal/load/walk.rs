//! The folder walk and the path rules of a journal: every file system access of
//! the loader happens here. Names are compared in Unicode NFC form; hidden entries
//! (a leading `.`) are skipped; names with invisible or direction-changing
//! characters, photos whose names differ only by case, addresses too long for a
//! folder and symbolic links that lead out of the journal are reported, and what
//! they name is left out. A path written in front matter is resolved inside its
//! folder only (no `..`, no absolute path, no link out).

use std::fs;
use std::path::{Component, Path, PathBuf};

use super::Loader;
use crate::diagnostic::Diagnostic;
use crate::journal::slug::slugify;
use crate::journal::{names, At, Framing, Language, Photo, SourceFile};
use crate::t;

/// File extensions (lowercase) taken as photos of an experience folder. HEIC, HEIF
/// and AVIF (iPhone photos) need libheif; a build without it refuses them clearly.
pub const PHOTO_EXTENSIONS: [&str; 7] = ["jpg", "jpeg", "png", "webp", "heic", "heif", "avif"];

impl Loader {
    /// A loader for the journal folder `root`, or why it cannot be one.
    pub(super) fn open(root: &Path, lang: Language) -> Result<Loader, Diagnostic> {
        match fs::canonicalize(root) {
            Ok(canonical_root) if canonical_root.is_dir() => Ok(Loader {
                root: root.to_path_buf(),
                canonical_root,
                diags: Vec::new(),
                lang,
                package: None,
            }),
            Ok(_) => {
                let message = t!(lang, "walk-not-a-folder");
                Err(Diagnostic::new(root, message).with_code("not-a-journal"))
            }
            Err(e) => {
                let reason = match e.kind() {
                    std::io::ErrorKind::NotFound => t!(lang, "walk-folder-not-found"),
                    _ => crate::error::io_reason(&e, lang),
                };
                let message = t!(lang, "walk-cannot-open", reason = reason);
                Err(Diagnostic::new(root, message).with_code("not-a-journal"))
            }
        }
    }

    /// `themes/` of the journal, when it has one whose folders stay inside it.
    pub(super) fn theme_dir(&mut self) -> Option<PathBuf> {
        let themes = self.root.join("themes");
        if !self.fixed_folder(&themes) {
            return None;
        }
        let inside = ["templates", "static"].iter().all(|sub| {
            let dir = themes.join(sub);
            !dir.is_dir() || self.fixed_folder(&dir)
        });
        inside.then_some(themes)
    }

    /// Whether `path` is a file (following links; [`Loader::read`] checks where
    /// they lead).
    pub(super) fn is_file(&self, path: &Path) -> bool {
        match &self.package {
            Some(tree) => tree.is_file(path),
            None => path.is_file(),
        }
    }

    /// Whether `path` is a folder.
    pub(super) fn is_dir(&self, path: &Path) -> bool {
        match &self.package {
            Some(tree) => tree.is_dir(path),
            None => path.is_dir(),
        }
    }

    /// Whether something (file, folder or link) is at `path`.
    pub(super) fn exists(&self, path: &Path) -> bool {
        match &self.package {
            Some(tree) => tree.is_file(path) || tree.is_dir(path),
            None => path.exists(),
        }
    }

    /// The photo at `path` inside the contribution being read, if any.
    pub(super) fn packed(&self, path: &Path) -> Option<crate::share::PackedFile> {
        self.package.as_ref().and_then(|tree| tree.photo(path))
    }

    /// Reads a text file, recording an error if it cannot be read.
    pub(super) fn read(&mut self, path: &Path) -> Option<String> {
        if let Some(tree) = &self.package {
            return tree.text(path);
        }
        if !self.inside_journal(path) {
            self.diags.push(self.link_out(path));
            return None;
        }
        match fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) => {
                let lang = self.lang;
                self.diags.push(
                    Diagnostic::new(path, {
                        let reason = crate::error::io_reason(&e, lang);
                        t!(lang, "walk-cannot-read", reason = reason)
                    })
                    .with_code("unreadable"),
                );
                None
            }
        }
    }

    /// « is a symbolic link that leads out of the journal », about `path`.
    pub(super) fn link_out(&self, path: &Path) -> Diagnostic {
        let lang = self.lang;
        Diagnostic::new(path, t!(lang, "walk-link-out")).with_code("outside-journal")
    }

    /// « the folder name has no letter or digit … », about `path`; `what` is
    /// `file` or `folder`, whose name it is.
    pub(super) fn no_address(&self, path: &Path, what: &str) -> Diagnostic {
        Diagnostic::new(path, t!(self.lang, "walk-no-address", what = what)).with_code("bad-name")
    }

    /// The `*.md` files of the fixed folder `dir` that load, each as (slug from its
    /// name, front matter, body, source); a name without an address is reported.
    pub(super) fn markdown_files<T: serde::de::DeserializeOwned>(
        &mut self,
        dir: &Path,
    ) -> Vec<(String, T, String, SourceFile)> {
        if !self.fixed_folder(dir) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (name, path) in self.entries(dir) {
            let Some(stem) = name.strip_suffix(".md") else {
                continue;
            };
            if !self.is_file(&path) {
                continue;
            }
            let Some((raw, body, source)) = self.markdown_file::<T>(&path) else {
                continue;
            };
            let slug = self.address(stem, &path, "file");
            out.push((slug, raw, body, source));
        }
        out
    }

    /// Sub-folders of `dir` (not hidden), sorted by name, with symlinks checked.
    pub(super) fn subfolders(&mut self, dir: &Path) -> Vec<(String, PathBuf)> {
        self.entries(dir)
            .into_iter()
            .filter(|(_, p)| self.is_dir(p))
            .collect()
    }

    /// Entries of `dir` (not hidden), sorted by name. An entry that is a symbolic link
    /// leading out of the journal is an error and is left out.
    pub(super) fn entries(&mut self, dir: &Path) -> Vec<(String, PathBuf)> {
        if let Some(tree) = &self.package {
            // Names were checked when the contribution was opened.
            let out = tree.entries(dir);
            self.case_collisions(&out);
            return out;
        }
        let read = match fs::read_dir(dir) {
            Ok(r) => r,
            Err(e) => {
                let lang = self.lang;
                self.diags.push(
                    Diagnostic::new(dir, {
                        let reason = crate::error::io_reason(&e, lang);
                        t!(lang, "walk-cannot-list", reason = reason)
                    })
                    .with_code("unreadable"),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for entry in read.flatten() {
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                if !entry.file_name().to_string_lossy().starts_with('.') {
                    self.diags.push(Diagnostic::new(
                        &path,
                        t!(self.lang, "walk-name-not-unicode"),
                    ));
                }
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            if let Some(problem) = names::problem(&name, self.lang) {
                self.diags.push(Diagnostic::new(&path, problem));
                continue;
            }
            if entry.file_type().is_ok_and(|t| t.is_symlink()) && !self.inside_journal(&path) {
                self.diags.push(self.link_out(&path));
                continue;
            }
            out.push((names::nfc(&name).into_owned(), path));
        }
        out.sort();
        self.case_collisions(&out);
        out
    }

    /// Reports photos of one folder whose names differ only by case or by Unicode
    /// form (`Café.jpg` and `café.jpg`): on macOS and Windows they are one file, so
    /// the journal would lose one of them there. (Folders and story files that
    /// collide so share an address, which the checks report.)
    pub(super) fn case_collisions(&mut self, entries: &[(String, PathBuf)]) {
        let mut by_fold: std::collections::BTreeMap<String, Vec<&(String, PathBuf)>> =
            std::collections::BTreeMap::new();
        for entry in entries.iter().filter(|(n, _)| is_photo_name(n)) {
            by_fold
                .entry(names::folded(&entry.0))
                .or_default()
                .push(entry);
        }
        for same in by_fold.values().filter(|v| v.len() > 1) {
            let list: Vec<String> = same.iter().map(|(n, _)| format!("`{n}`")).collect();
            let lang = self.lang;
            let list = list.join(&t!(lang, "walk-and"));
            self.diags.push(Diagnostic::new(
                &same[0].1,
                t!(lang, "walk-photos-same-name", list = list),
            ));
        }
    }

    /// Whether the fixed folder `dir` of the journal (`learners`, `experiences`,
    /// `stories`, `themes`...) exists; one that is a symbolic link leading out of
    /// the journal is an error (and is not used).
    pub(super) fn fixed_folder(&mut self, dir: &Path) -> bool {
        if !self.is_dir(dir) {
            return false;
        }
        if !self.inside_journal(dir) {
            self.diags.push(self.link_out(dir));
            return false;
        }
        true
    }

    /// The address (slug) of the folder `folder` at `path`, with an error when it
    /// has none or one too long.
    pub(super) fn folder_address(&mut self, folder: &str, path: &Path) -> String {
        self.address(folder, path, "folder")
    }

    /// The address (slug) made from `name`, the name of `path` (`what`: `file` or
    /// `folder`), with an error when it has none or one too long.
    pub(super) fn address(&mut self, name: &str, path: &Path, what: &str) -> String {
        let slug = slugify(name);
        if slug.is_empty() {
            self.diags.push(self.no_address(path, what));
        }
        self.check_slug_length(path, &slug);
        slug
    }

    /// Records an error when an address made from a name is too long for a folder.
    pub(super) fn check_slug_length(&mut self, path: &Path, slug: &str) {
        if slug.len() > names::MAX_SLUG_BYTES {
            let (len, start, max) = (slug.len(), &slug[..40], names::MAX_SLUG_BYTES);
            let lang = self.lang;
            self.diags.push(Diagnostic::new(
                path,
                t!(
                    lang,
                    "walk-address-too-long",
                    len = len,
                    start = start,
                    max = max
                ),
            ));
        }
    }

    /// Whether `path` stays inside the journal. Only the part of `path` below its
    /// folder is checked for links (the loader walked that folder, and refused any
    /// link on the way that leads out); a path holding no link is inside, and only a
    /// path holding one is resolved, which keeps big journals fast.
    pub(super) fn inside_journal(&self, path: &Path) -> bool {
        self.stays_inside(path.parent().unwrap_or(&self.root), path)
    }

    /// Whether `path`, below the walked folder `base`, stays inside the journal.
    pub(super) fn stays_inside(&self, base: &Path, path: &Path) -> bool {
        if self.package.is_some() {
            // A contribution holds no links: its names were checked when opened.
            return true;
        }
        crate::journal::names::stays_inside(&self.canonical_root, base, path)
    }

    /// Resolves `rel`, written in `source`'s front matter, against `dir`, refusing
    /// anything that leaves the journal.
    pub(super) fn resolve(
        &mut self,
        source: &SourceFile,
        dir: &Path,
        rel: &At<String>,
    ) -> Option<PathBuf> {
        let span = &rel.span;
        if let Some(problem) = names::problem(&rel.value, self.lang) {
            self.diags.push(source.error_at(span, problem));
            return None;
        }
        let written = names::nfc(&rel.value);
        let rel = written.as_ref();
        let rel_path = Path::new(rel);
        let plain = !rel.is_empty()
            && rel_path
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
        let lang = self.lang;
        if !plain {
            self.diags.push(
                source
                    .error_at(span, t!(lang, "walk-path-leaves", rel = rel))
                    .with_code("outside-journal"),
            );
            return None;
        }
        let path = match self.find_file(dir, rel_path) {
            Ok(path) => path,
            Err(missing) => {
                let message = missing.message(lang, rel, dir);
                self.diags
                    .push(source.error_at(span, message).with_code("missing-file"));
                return None;
            }
        };
        if !self.stays_inside(dir, &path) {
            self.diags.push(
                source
                    .error_at(span, t!(lang, "walk-path-link-out", rel = rel))
                    .with_code("outside-journal"),
            );
            return None;
        }
        Some(path)
    }

    /// The file `rel` (NFC) of `dir`: as written, or under the same name in another
    /// Unicode form (NFD, as macOS writes names). When there is none, what more to
    /// say about it: a file whose name differs only by case, or a name too long.
    pub(super) fn find_file(&self, dir: &Path, rel: &Path) -> Result<PathBuf, Missing> {
        let path = dir.join(rel);
        if self.is_file(&path) {
            return Ok(path);
        }
        if self.package.is_some() {
            return Err(Missing::Absent);
        }
        if let Some(name) = rel.file_name().and_then(|n| n.to_str()) {
            if name.len() > names::MAX_NAME_BYTES {
                let (len, max) = (name.len(), names::MAX_NAME_BYTES);
                return Err(Missing::TooLong { len, max });
            }
            let folder = path.parent().unwrap_or(dir);
            let entries: Vec<(String, PathBuf)> = fs::read_dir(folder)
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| Some((e.file_name().to_str()?.to_string(), e.path())))
                .collect();
            if let Some((_, p)) = entries
                .iter()
                .find(|(n, p)| names::nfc(n) == name && p.is_file())
            {
                return Ok(p.clone());
            }
            if let Some((n, _)) = entries
                .iter()
                .find(|(n, _)| names::folded(n) == names::folded(name))
            {
                return Err(Missing::OtherCase(names::nfc(n).into_owned()));
            }
        }
        Err(Missing::Absent)
    }

    /// The image files among a folder's entries, in name order.
    pub(super) fn folder_photos(&self, entries: Vec<(String, PathBuf)>) -> Vec<Photo> {
        entries
            .into_iter()
            .filter(|(name, path)| is_photo_name(name) && self.is_file(path))
            .map(|(file, path)| Photo {
                packed: self.packed(&path),
                path,
                file,
                alt: None,
                caption: None,
                framing: Framing::default(),
            })
            .collect()
    }
}

/// Why a file named in front matter is not there.
#[derive(Debug)]
pub(super) enum Missing {
    /// Nothing of that name.
    Absent,
    /// The name is longer than file systems allow (`len` bytes of `max`).
    TooLong { len: usize, max: usize },
    /// A file whose name differs only by case is there (its name).
    OtherCase(String),
}

impl Missing {
    /// « `rel` est cité, mais ce fichier n'existe pas dans `dir` », and why, in `lang`.
    fn message(&self, lang: Language, rel: &str, dir: &Path) -> String {
        let folder = dir.display().to_string();
        match self {
            Missing::Absent => t!(lang, "walk-missing-file", rel = rel, folder = folder),
            Missing::TooLong { len, max } => t!(
                lang,
                "walk-missing-file-too-long",
                rel = rel,
                folder = folder,
                len = len.to_string(),
                max = max.to_string()
            ),
            Missing::OtherCase(other) => t!(
                lang,
                "walk-missing-file-case",
                rel = rel,
                folder = folder,
                other = other.as_str()
            ),
        }
    }
}

/// A name written in front matter, in NFC form (as folder names are compared).
pub(super) fn nfc_at(mut at: At<String>) -> At<String> {
    if let std::borrow::Cow::Owned(n) = names::nfc(&at.value) {
        at.value = n;
    }
    at
}

/// Whether a file name has a photo extension.
pub fn is_photo_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PHOTO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}
