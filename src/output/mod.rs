//! Where sites are written: the output folder that carnet owns, or memory.
//!
//! A [`Target`] receives a build's files, each given either as bytes (pages, assets,
//! sealed files) or as a content-addressed file of the image cache to place (photos).
//! [`Staging`] is the disk target: it writes the files that are new or changed into a
//! staging folder beside the output folder, and touches the output folder only when
//! the whole build is ready ([`Staging::commit`]), so a failed build leaves the sites
//! as they were. [`MemorySite`] holds a build in memory, for `serve`.
//!
//! Beside the sites, the output folder's root holds a page saying that the folder
//! itself must not be published ([`root_files`]).
//!
//! carnet refuses a non-empty folder it did not create (no manifest), and deletes
//! only the files its manifest lists: anything a user added is left alone. This
//! module must never delete a path outside the output folder.

pub(crate) mod atomic;
mod inputs;
pub mod interrupt;
mod lock;
mod manifest;
mod memory;
mod paths;
mod root;
mod staging;

use std::path::Path;

use crate::error::Result;

pub use atomic::write_atomic;
pub use inputs::{inputs_of, Needles, Packed, PageInputs, SiteInputs};
pub use lock::FolderLock;
pub use manifest::{manifest_of, pending_of, LEGACY_MANIFEST};
pub use memory::{MemoryFile, MemorySite};
pub use paths::{absolute, check_paths};
pub use root::{root_files, SiteEntry};
pub use staging::Staging;

/// Something a build's files are written to. Paths are `/`-separated and relative
/// to the output folder (`public/index.html`, `private/ana/photos/1f…e2.jpg`).
///
/// The contract: **one path, one write or placement** per build. The write stage
/// (`crate::build::write`) keeps it; a target may refuse a second one (a sealed
/// site would otherwise encrypt the same photo twice under two opaque names,
/// wasting the upload and showing which photos repeat).
pub trait Target {
    /// Writes `bytes` at `rel`.
    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()>;

    /// Places a copy of `from`, a file of the image cache whose content has the
    /// blake3 hash `hash` (hex), at `rel`.
    fn place(&mut self, rel: &str, from: &Path, hash: &str) -> Result<()>;

    /// Number of files written or placed so far.
    fn file_count(&self) -> usize;

    /// Writes `bytes`, whose blake3 hash (hex) is `hash`, at `rel`.
    fn write_hashed(&mut self, rel: &str, bytes: &[u8], hash: &str) -> Result<()> {
        let _ = hash;
        self.write(rel, bytes)
    }

    /// The digest of the leak check that the files now in the target passed, when
    /// the build that wrote them ran it (see `crate::build::leak`).
    fn checked_digest(&self) -> Option<&str> {
        None
    }

    /// Whether the target holds, at `rel`, the file of hash `hash` that the build
    /// recorded by [`Target::checked_digest`] wrote.
    fn holds(&self, rel: &str, hash: &str) -> bool {
        let _ = (rel, hash);
        false
    }

    /// Records the digest of the leak check every file of this build passed (`None`
    /// when it did not run).
    fn set_checked_digest(&mut self, digest: Option<String>) {
        let _ = digest;
    }

    /// What the pages of the build recorded by [`Target::checked_digest`] were made
    /// from, when the target knows it.
    fn previous_inputs(&self) -> Option<&PageInputs> {
        None
    }

    /// The text of the file of hash `hash` that the target [`holds`] at `rel` from
    /// the previous build, read back and checked against that hash (for the leak
    /// check, when a page is kept under evidence that changed since it was checked).
    ///
    /// [`holds`]: Target::holds
    fn previous_text(&self, rel: &str, hash: &str) -> Option<String> {
        let _ = (rel, hash);
        None
    }

    /// Keeps at `rel` the file of hash `hash` that the target [`holds`] from the
    /// previous build, instead of writing it again.
    ///
    /// [`holds`]: Target::holds
    fn keep(&mut self, rel: &str, hash: &str) -> Result<()> {
        let _ = hash;
        Err(crate::error::Error::Output {
            path: rel.into(),
            message: "this target keeps no file of a previous build".into(),
        })
    }

    /// Records what the pages of one site of this build were made from.
    fn record_inputs(&mut self, dir: &str, inputs: SiteInputs) {
        let _ = (dir, inputs);
    }

    /// Records the needles of this build's leak check, which the sites' records
    /// count ([`SiteInputs::needles`]).
    fn record_patterns(&mut self, patterns: Option<Packed<[u8; 16]>>) {
        let _ = patterns;
    }

    /// Keeps every file of the site in folder `dir` as the build recorded by
    /// [`Target::checked_digest`] left it, when that build recorded `digest` as the
    /// site's digest (`SiteInputs::site`) and the target still holds each of the
    /// site's files it wrote, and records the site's inputs again. Returns that
    /// record and the paths kept; `None` (nothing kept, nothing recorded) when
    /// anything differs: the site is then rendered.
    fn keep_site(&mut self, dir: &str, digest: &str) -> Option<(SiteInputs, Vec<String>)> {
        let _ = (dir, digest);
        None
    }
}
