//! Learners' folders (`learners/<folder>/`): `profile.md`, `experiences/<folder>/`
//! (an `index.md` and its photos each) and `stories/*.md`.

use std::path::Path;

use rayon::prelude::*;

use super::raw::{RawExperience, RawProfile, RawStory};
use super::walk::nfc_at;
use super::Loader;
use crate::diagnostic::Diagnostic;
use crate::journal::{
    names, Experience, Framing, Learner, Photo, Profile, SourceFile, Story, Visibility,
};

impl Loader {
    /// `learners/<folder>/`, in slug order.
    pub(super) fn learners(&mut self) -> Vec<Learner> {
        let dir = self.root.join("learners");
        if !self.fixed_folder(&dir) {
            return Vec::new();
        }
        // Each learner's folder on the cores, their problems reported in the
        // folders' order.
        let read: Vec<(Option<Learner>, Vec<Diagnostic>)> = self
            .subfolders(&dir)
            .into_par_iter()
            .map(|(folder, path)| {
                let mut loader = self.for_folders();
                let learner = loader.learner(folder, &path);
                (learner, loader.diags)
            })
            .collect();
        let mut learners = Vec::new();
        for (learner, diags) in read {
            self.diags.extend(diags);
            learners.extend(learner);
        }
        learners.sort_by(|a, b| a.slug.cmp(&b.slug));
        learners
    }

    /// A loader of the same folder with no problem found yet, to read part of it
    /// on another thread (on disk: `learners/` is never read inside a contribution).
    fn for_folders(&self) -> Loader {
        Loader {
            root: self.root.clone(),
            canonical_root: self.canonical_root.clone(),
            diags: Vec::new(),
            lang: self.lang,
            package: None,
        }
    }

    /// One learner's folder `dir`, named `folder`.
    pub(super) fn learner(&mut self, folder: String, dir: &Path) -> Option<Learner> {
        let slug = self.folder_address(&folder, dir);
        let profile = self.profile(dir);
        let broken_profile = profile.is_none();
        let (experiences, broken) = self.experiences(&dir.join("experiences"));
        let stories = self.stories(&dir.join("stories"));
        // A learner whose profile failed is kept with a stand-in profile (the build
        // fails anyway), so that the errors of their other files are reported too.
        let profile = profile.unwrap_or_else(|| Profile {
            name: folder.clone(),
            headline: String::new(),
            avatar: None,
            groups: Vec::new(),
            referent: None,
            show_referent: false,
            visibility: Visibility::Private,
            shared_with: None,
            protect: false,
            bio: String::new(),
            publish_badges: false,
            source: SourceFile::default(),
        });
        Some(Learner {
            slug,
            folder,
            profile,
            experiences,
            broken,
            broken_profile,
            stories,
            contribution: None,
        })
    }

    /// A learner's `profile.md`.
    pub(super) fn profile(&mut self, dir: &Path) -> Option<Profile> {
        let (raw, bio, source) = self.profile_file::<RawProfile>(dir, "learner")?;
        let avatar = raw.avatar.map(|a| source.at(a)).and_then(|file| {
            let p = self.resolve(&source, dir, &file)?;
            Some(Photo {
                packed: self.packed(&p),
                path: p,
                file: file.value,
                alt: Some(raw.name.clone()),
                caption: None,
                framing: Framing::default(),
            })
        });
        Some(Profile {
            name: raw.name,
            headline: raw.headline,
            avatar,
            groups: raw.groups.into_iter().map(|g| source.at(g)).collect(),
            referent: raw.referent.map(|r| source.at(r)),
            show_referent: raw.show_referent,
            visibility: raw.visibility.unwrap_or_default(),
            shared_with: raw
                .shared_with
                .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
            protect: raw.protect,
            bio,
            publish_badges: raw.publish_badges,
            source,
        })
    }

    /// The experiences of a learner, in date order, and the folders that failed to load.
    pub(super) fn experiences(&mut self, dir: &Path) -> (Vec<Experience>, Vec<String>) {
        if !self.fixed_folder(dir) {
            return (Vec::new(), Vec::new());
        }
        let mut out = Vec::new();
        let mut broken = Vec::new();
        for (folder, path) in self.subfolders(dir) {
            match self.experience(folder.clone(), &path) {
                Some(e) => out.push(e),
                None => broken.push(folder),
            }
        }
        out.sort_by(|a, b| (a.date, &a.slug).cmp(&(b.date, &b.slug)));
        (out, broken)
    }

    /// One experience folder `dir`, named `folder`: its `index.md` and photos.
    pub(super) fn experience(&mut self, folder: String, dir: &Path) -> Option<Experience> {
        let path = dir.join("index.md");
        if !self.is_file(&path) {
            self.diags.push(self.missing(&path, "experience"));
            return None;
        }
        let slug = self.folder_address(&folder, dir);
        let (raw, body, source) = self.markdown_file::<RawExperience>(&path)?;
        let date = self.date(&source, raw.date)?;
        let framing = self.framing(&source, raw.fit, raw.aspect, raw.focus);
        // The folder's names are checked (invisible characters, names that differ
        // only by case) whether its photos are listed or not.
        let entries = self.entries(dir);
        let photos = match raw.photos {
            Some(list) => list
                .into_iter()
                .filter_map(|p| {
                    let file = source.at(p.file);
                    let path = self.resolve(&source, dir, &file)?;
                    let framing = self.framing(&source, p.fit, p.aspect, p.focus);
                    Some(Photo {
                        packed: self.packed(&path),
                        path,
                        file: names::nfc(&file.value).into_owned(),
                        alt: p.alt,
                        caption: p.caption,
                        framing,
                    })
                })
                .collect(),
            None => self.folder_photos(entries),
        };
        Some(Experience {
            slug,
            folder,
            title: raw.title,
            date,
            place: raw.place,
            tags: raw.tags,
            skills: raw
                .skills
                .into_iter()
                .filter_map(|s| self.skill_use(&source, s))
                .collect(),
            attestation: raw.attestation.map(|a| self.attestation(&source, a)),
            credentials: self.credentials(dir),
            visibility: raw.visibility.unwrap_or_default(),
            groups: raw
                .groups
                .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
            kind: raw.kind,
            photos,
            framing,
            body,
            source,
        })
    }

    /// The credential files of an experience folder (`credentials/*.json`), as
    /// written; they are verified once the whole journal is loaded.
    fn credentials(&mut self, dir: &Path) -> Vec<crate::credentials::StoredCredential> {
        let folder = dir.join(crate::credentials::FOLDER);
        if !self.fixed_folder(&folder) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (name, path) in self.entries(&folder) {
            if !name.ends_with(".json") || !self.is_file(&path) {
                continue;
            }
            if let Some(text) = self.read(&path) {
                out.push(crate::credentials::StoredCredential {
                    path,
                    text,
                    state: crate::credentials::State::Unchecked,
                });
            }
        }
        out
    }

    /// A learner's `stories/*.md`, in slug order.
    pub(super) fn stories(&mut self, dir: &Path) -> Vec<Story> {
        let mut out = Vec::new();
        for (slug, raw, body, source) in self.markdown_files::<RawStory>(dir) {
            let date = raw.date.and_then(|d| self.date(&source, d));
            let framing = self.framing(&source, raw.fit, raw.aspect, raw.focus);
            out.push(Story {
                slug,
                title: raw.title,
                date,
                visibility: raw.visibility.unwrap_or_default(),
                groups: raw
                    .groups
                    .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
                experiences: raw
                    .experiences
                    .into_iter()
                    .map(|e| nfc_at(source.at(e)))
                    .collect(),
                layout: raw.layout.unwrap_or_default(),
                cover: raw.cover.map(|c| nfc_at(source.at(c))),
                framing,
                body,
                source,
            });
        }
        out.sort_by(|a, b| a.slug.cmp(&b.slug));
        out
    }
}
