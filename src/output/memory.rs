//! A build held in memory (for `serve`): pages as bytes, photos as the cache files
//! they are copies of. Nothing is written to disk.
//!
//! Bytes are shared (`Arc`), so that a preview can lay a freshly rendered site over
//! the previous build's other sites without copying every page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Target;
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
}

impl MemorySite {
    /// An empty build.
    pub fn new() -> Self {
        MemorySite::default()
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

    /// Adds every file of `other`, replacing those at the same paths.
    pub fn extend(&mut self, other: MemorySite) {
        self.files.extend(other.files);
    }
}

impl Target for MemorySite {
    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.files
            .insert(rel.to_string(), MemoryFile::Bytes(Arc::from(bytes)));
        Ok(())
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
