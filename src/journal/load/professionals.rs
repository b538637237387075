//! Professionals' folders (`professionals/<folder>/`): `profile.md` and
//! `posts/*.md`.

use std::path::Path;

use super::raw::{RawPost, RawProProfile};
use super::Loader;
use crate::journal::{Post, ProProfile, Professional};

impl Loader {
    /// `professionals/<folder>/`: a profile and posts each, in slug order. A folder
    /// whose profile fails to load is left out (its error is reported).
    pub(super) fn professionals(&mut self) -> Vec<Professional> {
        let dir = self.root.join("professionals");
        if !self.fixed_folder(&dir) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (folder, path) in self.subfolders(&dir) {
            let slug = self.folder_address(&folder, &path);
            let profile = self.pro_profile(&path);
            let posts = self.posts(&path.join("posts"));
            if let Some(profile) = profile {
                out.push(Professional {
                    slug,
                    folder,
                    profile,
                    posts,
                });
            }
        }
        out.sort_by(|a, b| a.slug.cmp(&b.slug));
        out
    }

    /// A professional's `profile.md`.
    pub(super) fn pro_profile(&mut self, dir: &Path) -> Option<ProProfile> {
        let (raw, bio, source) = self.profile_file::<RawProProfile>(dir, "professional")?;
        Some(ProProfile {
            name: raw.name,
            role: raw.role,
            organisation: raw.organisation,
            groups: raw.groups.into_iter().map(|g| source.at(g)).collect(),
            visibility: raw.visibility.unwrap_or_default(),
            shared_with: raw
                .shared_with
                .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
            bio,
            source,
        })
    }

    /// The `posts/*.md` of a professional, in date order.
    pub(super) fn posts(&mut self, dir: &Path) -> Vec<Post> {
        let mut out = Vec::new();
        for (slug, raw, body, source) in self.markdown_files::<RawPost>(dir) {
            let Some(date) = self.date(&source, raw.date) else {
                continue;
            };
            out.push(Post {
                slug,
                title: raw.title,
                date,
                kind: raw.kind,
                visibility: raw.visibility.unwrap_or_default(),
                groups: raw
                    .groups
                    .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
                body,
                source,
            });
        }
        out.sort_by(|a, b| (a.date, &a.slug).cmp(&(b.date, &b.slug)));
        out
    }
}
