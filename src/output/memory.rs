//! A build held in memory (for `serve`): pages as bytes, photos as the cache files
//! they are copies of. Nothing is written to disk.
//!
//! Bytes are shared (`Arc`), so that a preview can lay a freshly rendered site over
//! the previous build's other sites without copying every page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Packed, PageInputs, SiteInputs, Target};
use crate::error::Result;

/// One file of a build held in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemoryFile {
    /// The file's bytes.
    Bytes(Arc<[u8]>),
    /// A file of the image cache, to be read when asked for.
    Cached(PathBuf),
}

/// Every file of a build, by `/`-separated path relative to the output folder.
#[derive(Debug, Default, Clone)]
pub struct MemorySite {
    /// The files.
    pub files: BTreeMap<String, MemoryFile>,
    /// The blake3 (hex) of the files written as bytes.
    hashes: BTreeMap<String, String>,
    /// The digest of the leak check every file passed, when it ran on all of them.
    checked: Option<String>,
    /// What the pages were made from, by site folder.
    inputs: BTreeMap<String, SiteInputs>,
    /// The needles of the leak check, which the sites' records count.
    patterns: Option<Packed<[u8; 16]>>,
    /// The build this one follows (see [`MemorySite::following`]).
    previous: Option<Arc<Previous>>,
}

/// The build a [`MemorySite`] follows: what it may keep of it.
#[derive(Debug)]
struct Previous {
    files: BTreeMap<String, MemoryFile>,
    hashes: BTreeMap<String, String>,
    checked: Option<String>,
    inputs: Option<PageInputs>,
}

impl MemorySite {
    /// An empty build.
    pub fn new() -> Self {
        MemorySite::default()
    }

    /// An empty build that follows `previous`: it may keep the pages of `previous`
    /// whose inputs did not change (see `crate::build::reuse`), as a build keeps
    /// those of the output folder.
    pub fn following(previous: &MemorySite) -> Self {
        let inputs = previous.checked.as_deref().map(|leak| {
            let mut all = PageInputs::new(leak);
            all.sites = previous.inputs.clone();
            all.patterns = previous.patterns.clone();
            all
        });
        MemorySite {
            previous: Some(Arc::new(Previous {
                files: previous.files.clone(),
                hashes: previous.hashes.clone(),
                checked: previous.checked.clone(),
                inputs,
            })),
            ..MemorySite::default()
        }
    }

    /// The file at `rel`, if the build has it.
    pub fn get(&self, rel: &str) -> Option<&MemoryFile> {
        self.files.get(rel)
    }

    /// Takes out every file inside the folder `dir` (`/`-separated, relative to
    /// the output folder).
    pub fn remove_dir(&mut self, dir: &str) {
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        self.files.retain(|rel, _| !rel.starts_with(&prefix));
    }

    /// Adds every file of `other`, replacing those at the same paths. The result
    /// mixes two builds: no later build keeps anything of it.
    pub fn extend(&mut self, other: MemorySite) {
        self.files.extend(other.files);
        self.hashes.extend(other.hashes);
        self.checked = None;
        self.inputs.clear();
        self.patterns = None;
    }
}

impl Target for MemorySite {
    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.files
            .insert(rel.to_string(), MemoryFile::Bytes(Arc::from(bytes)));
        self.hashes.remove(rel);
        Ok(())
    }

    fn write_hashed(&mut self, rel: &str, bytes: &[u8], hash: &str) -> Result<()> {
        self.files
            .insert(rel.to_string(), MemoryFile::Bytes(Arc::from(bytes)));
        self.hashes.insert(rel.to_string(), hash.to_string());
        Ok(())
    }

    fn checked_digest(&self) -> Option<&str> {
        self.previous.as_ref()?.checked.as_deref()
    }

    fn holds(&self, rel: &str, hash: &str) -> bool {
        self.previous.as_ref().is_some_and(|p| {
            p.hashes.get(rel).is_some_and(|h| h == hash)
                && matches!(p.files.get(rel), Some(MemoryFile::Bytes(_)))
        })
    }

    fn set_checked_digest(&mut self, digest: Option<String>) {
        self.checked = digest;
    }

    fn previous_text(&self, rel: &str, hash: &str) -> Option<String> {
        if !self.holds(rel, hash) {
            return None;
        }
        match self.previous.as_ref()?.files.get(rel)? {
            MemoryFile::Bytes(bytes) => String::from_utf8(bytes.to_vec()).ok(),
            _ => None,
        }
    }

    fn previous_inputs(&self) -> Option<&PageInputs> {
        self.previous.as_ref()?.inputs.as_ref()
    }

    fn keep(&mut self, rel: &str, hash: &str) -> Result<()> {
        let file = self
            .previous
            .as_ref()
            .filter(|_| self.holds(rel, hash))
            .and_then(|p| p.files.get(rel).cloned())
            .ok_or_else(|| crate::error::Error::Output {
                path: rel.into(),
                message: "a page of the previous preview is missing".into(),
            })?;
        self.files.insert(rel.to_string(), file);
        self.hashes.insert(rel.to_string(), hash.to_string());
        Ok(())
    }

    fn record_inputs(&mut self, dir: &str, inputs: SiteInputs) {
        self.inputs.insert(dir.to_string(), inputs);
    }

    fn record_patterns(&mut self, patterns: Option<Packed<[u8; 16]>>) {
        self.patterns = patterns;
    }

    /// Every file the previous build held under `dir/` is kept (nothing changes a
    /// build in memory behind carnet's back).
    fn keep_site(&mut self, dir: &str, digest: &str) -> Option<(SiteInputs, Vec<String>)> {
        let previous = Arc::clone(self.previous.as_ref()?);
        previous.checked.as_ref()?;
        let record = previous.inputs.as_ref()?.sites.get(dir)?;
        if record.site.as_deref() != Some(digest) || self.inputs.contains_key(dir) {
            return None;
        }
        let prefix = format!("{dir}/");
        let kept: Vec<(String, MemoryFile)> = previous
            .files
            .range(prefix.clone()..)
            .take_while(|(rel, _)| rel.starts_with(&prefix))
            .map(|(rel, file)| (rel.clone(), file.clone()))
            .collect();
        if kept.is_empty() || kept.iter().any(|(rel, _)| self.files.contains_key(rel)) {
            return None;
        }
        let record = record.clone();
        let mut paths = Vec::with_capacity(kept.len());
        for (rel, file) in kept {
            if let Some(hash) = previous.hashes.get(&rel) {
                self.hashes.insert(rel.clone(), hash.clone());
            }
            self.files.insert(rel.clone(), file);
            paths.push(rel);
        }
        self.inputs.insert(dir.to_string(), record.clone());
        Some((record, paths))
    }

    fn place(&mut self, rel: &str, from: &Path, _hash: &str) -> Result<()> {
        self.files
            .insert(rel.to_string(), MemoryFile::Cached(from.to_path_buf()));
        Ok(())
    }

    fn file_count(&self) -> usize {
        self.files.len()
    }
}

#[cfg(test)]
mod keep_tests {
    use super::*;

    fn hash(bytes: &[u8]) -> String {
        blake3::hash(bytes).to_hex().to_string()
    }

    #[test]
    fn a_preview_keeps_only_checked_pages_of_the_build_it_follows() {
        let mut previous = MemorySite::new();
        previous
            .write_hashed("public/a.html", b"A", &hash(b"A"))
            .expect("write");
        previous.set_checked_digest(Some("d".into()));
        let mut next = MemorySite::following(&previous);
        assert_eq!(next.checked_digest(), Some("d"));
        assert!(next.holds("public/a.html", &hash(b"A")));
        assert!(!next.holds("public/a.html", &hash(b"B")), "other bytes");
        assert!(!next.holds("public/b.html", &hash(b"A")), "another path");
        next.keep("public/a.html", &hash(b"A")).expect("keep");
        assert!(next.keep("public/b.html", &hash(b"A")).is_err());
        assert_eq!(
            next.get("public/a.html"),
            Some(&MemoryFile::Bytes(Arc::from(&b"A"[..])))
        );
        // Two builds laid over each other were never checked together.
        let mut layered = previous.clone();
        layered.extend(MemorySite::new());
        assert_eq!(MemorySite::following(&layered).checked_digest(), None);
        // A build whose leak check did not run vouches for nothing.
        previous.set_checked_digest(None);
        assert_eq!(MemorySite::following(&previous).checked_digest(), None);
    }
}
