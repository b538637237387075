//! A build held in memory (for `serve`): pages as bytes, photos as the cache files
//! they are copies of. Nothing is written to disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Target;
use crate::error::Result;

/// One file of a build held in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemoryFile {
    /// The file's bytes.
    Bytes(Vec<u8>),
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
}

impl Target for MemorySite {
    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.files
            .insert(rel.to_string(), MemoryFile::Bytes(bytes.to_vec()));
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
