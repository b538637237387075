//! The sealing output target: wraps the real [`Target`] and encrypts every file of
//! the sealed sites on its way in, under an opaque name; files of other sites pass
//! through unchanged.
//!
//! The build writes pages and places photos as usual (after the leak check has read
//! the plaintext); this target turns `community/gj/experiences/x/index.html` into
//! `community/gj/c/<random>.bin` and remembers the pair in the site's map. At the
//! end, [`Sealing::finish`] writes each sealed site's map (sealed too), its unlock
//! page and script. It must never pass a sealed site's plaintext, or a plaintext
//! name, to the inner target.

use std::collections::BTreeMap;
use std::path::Path;

use super::{hex, random, shell, SealError, SiteKeys, MAP_PATH};
use crate::error::{Error, Result};
use crate::journal::Language;
use crate::output::Target;

/// The crawler file, kept in the clear.
const ROBOTS: &str = "robots.txt";

/// One sealed site being written.
#[derive(Debug)]
struct SealedSite {
    keys: SiteKeys,
    /// Path inside the site → opaque name (`c/<hex>.bin`).
    names: BTreeMap<String, String>,
}

/// A target sealing the files of some sites before handing them to `inner`.
#[derive(Debug)]
pub struct Sealing<T> {
    inner: T,
    /// Site folder (`community/gj`) → its keys and names.
    sites: BTreeMap<String, SealedSite>,
    language: Language,
}

/// A fresh opaque name for a sealed file.
fn opaque_name() -> std::result::Result<String, SealError> {
    Ok(format!("c/{}.bin", hex(&random::<16>()?)))
}

fn seal_error(file: &str, error: SealError, language: Language) -> Error {
    Error::Seal {
        file: file.to_string(),
        message: error.message(language),
    }
}

impl<T: Target> Sealing<T> {
    /// Wraps `inner`, sealing the sites of `keys` (site folder → keys of this build).
    pub fn new(inner: T, keys: Vec<(String, SiteKeys)>, language: Language) -> Sealing<T> {
        let sites = keys
            .into_iter()
            .map(|(dir, keys)| {
                (
                    dir,
                    SealedSite {
                        keys,
                        names: BTreeMap::new(),
                    },
                )
            })
            .collect();
        Sealing {
            inner,
            sites,
            language,
        }
    }

    /// The sealed site `rel` belongs to, and `rel`'s path inside it. `robots.txt`
    /// is the one file of a sealed site left as it is: its two fixed lines (« keep
    /// out ») say nothing of the journal, and crawlers must read them.
    fn split<'r>(&self, rel: &'r str) -> Option<(String, &'r str)> {
        self.sites.keys().find_map(|dir| {
            rel.strip_prefix(dir.as_str())
                .and_then(|rest| rest.strip_prefix('/'))
                .filter(|path| *path != ROBOTS)
                .map(|path| (dir.clone(), path))
        })
    }

    /// Seals `bytes`, the file `path` of site `dir`, and writes it under a new name.
    fn seal_into(&mut self, dir: &str, path: &str, bytes: &[u8]) -> Result<()> {
        let rel = format!("{dir}/{path}");
        let language = self.language;
        let site = self
            .sites
            .get_mut(dir)
            .ok_or_else(|| seal_error(&rel, SealError::Encrypt, language))?;
        if site.names.contains_key(path) {
            // The `Target` contract: one placement per path. A second would be a
            // second opaque file of the same content, telling which photos repeat.
            return Err(Error::Seal {
                file: rel,
                message: "written twice in one build (a bug in carnet: please report it)".into(),
            });
        }
        let name = opaque_name().map_err(|e| seal_error(&rel, e, language))?;
        let sealed = site
            .keys
            .seal(path, bytes)
            .map_err(|e| seal_error(&rel, e, language))?;
        site.names.insert(path.to_string(), name.clone());
        self.inner.write(&format!("{dir}/{name}"), &sealed)
    }

    /// Writes each sealed site's map of names (sealed), unlock page and script, and
    /// gives back the inner target.
    pub fn finish(mut self) -> Result<T> {
        for (dir, site) in &mut self.sites {
            let map = serde_json::json!({ "files": site.names });
            let map = serde_json::to_vec(&map).map_err(|e| Error::Seal {
                file: format!("{dir}/{MAP_PATH}"),
                message: e.to_string(),
            })?;
            let name = opaque_name().map_err(|e| seal_error(dir, e, self.language))?;
            let sealed = site
                .keys
                .seal(MAP_PATH, &map)
                .map_err(|e| seal_error(dir, e, self.language))?;
            self.inner.write(&format!("{dir}/{name}"), &sealed)?;
            site.keys.header.map = name;
            let page = shell::page(&site.keys.header, self.language);
            self.inner
                .write(&format!("{dir}/index.html"), page.as_bytes())?;
            self.inner.write(
                &format!("{dir}/{}", shell::SCRIPT_NAME),
                shell::SCRIPT.as_bytes(),
            )?;
        }
        Ok(self.inner)
    }
}

impl<T: Target> Target for Sealing<T> {
    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()> {
        match self.split(rel) {
            Some((dir, path)) => self.seal_into(&dir, path, bytes),
            None => self.inner.write(rel, bytes),
        }
    }

    fn write_hashed(&mut self, rel: &str, bytes: &[u8], hash: &str) -> Result<()> {
        match self.split(rel) {
            Some((dir, path)) => self.seal_into(&dir, path, bytes),
            None => self.inner.write_hashed(rel, bytes, hash),
        }
    }

    fn place(&mut self, rel: &str, from: &Path, hash: &str) -> Result<()> {
        match self.split(rel) {
            Some((dir, path)) => {
                let bytes = std::fs::read(from).map_err(|e| Error::io(from, e))?;
                self.seal_into(&dir, path, &bytes)
            }
            None => self.inner.place(rel, from, hash),
        }
    }

    fn file_count(&self) -> usize {
        self.inner.file_count()
    }

    fn checked_digest(&self) -> Option<&str> {
        self.inner.checked_digest()
    }

    fn holds(&self, rel: &str, hash: &str) -> bool {
        // A sealed file is never the plaintext it came from: always checked again.
        self.split(rel).is_none() && self.inner.holds(rel, hash)
    }

    fn set_checked_digest(&mut self, digest: Option<String>) {
        self.inner.set_checked_digest(digest);
    }

    fn previous_text(&self, rel: &str, hash: &str) -> Option<String> {
        // A sealed file is never kept (see `holds`).
        self.split(rel)
            .is_none()
            .then(|| self.inner.previous_text(rel, hash))
            .flatten()
    }

    fn previous_inputs(&self) -> Option<&crate::output::PageInputs> {
        self.inner.previous_inputs()
    }

    fn keep(&mut self, rel: &str, hash: &str) -> Result<()> {
        // A sealed file is encrypted again under each build's key: never kept.
        match self.split(rel) {
            Some(_) => Err(Error::Output {
                path: rel.into(),
                message: "a sealed file is never kept from a previous build".into(),
            }),
            None => self.inner.keep(rel, hash),
        }
    }

    fn record_inputs(&mut self, dir: &str, inputs: crate::output::SiteInputs) {
        // A sealed site's pages are never kept: nothing to record.
        if self.split(&format!("{dir}/index.html")).is_none() {
            self.inner.record_inputs(dir, inputs);
        }
    }

    fn record_patterns(&mut self, patterns: Option<crate::output::Packed<[u8; 16]>>) {
        self.inner.record_patterns(patterns);
    }

    fn keep_site(
        &mut self,
        dir: &str,
        digest: &str,
    ) -> Option<(crate::output::SiteInputs, Vec<String>)> {
        // A sealed site is encrypted again under each build's key: never kept.
        match self.split(&format!("{dir}/index.html")) {
            Some(_) => None,
            None => self.inner.keep_site(dir, digest),
        }
    }
}
