//! One full build of the journal into memory, for the preview: the same stages as
//! `carnet build` (prepare, render, write) into a [`MemorySite`] instead of a
//! staging folder, with the same image cache. Nothing is written outside the cache.
//!
//! Every build is a full one: the image cache and its stat index make an unchanged
//! photo cost nothing, and a partial rebuild would be a second code path to get
//! wrong (Zola's maintainer dropped them for that reason).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::{prepare, produce, Timings};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::images::Cache;
use crate::output::MemorySite;

use super::switcher::{Audiences, Items};

/// A good build, as the server shows it.
#[derive(Debug)]
pub struct Snapshot {
    /// Every file of every site, by path relative to the output folder.
    pub site: MemorySite,
    /// The audiences of the build, with their words for the switcher.
    pub audiences: Audiences,
    /// The pages of each learner's items, for the switcher's explanations.
    pub items: Items,
    /// HTML pages in all.
    pub pages: usize,
    /// The checks' warnings.
    pub warnings: Vec<Diagnostic>,
    /// How long it took.
    pub elapsed: Duration,
}

impl Snapshot {
    /// A snapshot with nothing in it (before the first good build).
    pub fn empty() -> Snapshot {
        Snapshot {
            site: MemorySite::new(),
            audiences: Audiences::default(),
            items: Items::default(),
            pages: 0,
            warnings: Vec::new(),
            elapsed: Duration::ZERO,
        }
    }
}

/// Builds the journal at `root` into memory, using the image cache at `cache_dir`.
/// The cache is opened (and locked) for this build only, so a `carnet build` of the
/// same journal can run between two previews.
pub fn build(root: &Path, cache_dir: &Path) -> Result<Snapshot> {
    let start = Instant::now();
    // `CARNET_TIMINGS=1` prints each stage's time, as `carnet build` does.
    let mut timings = Timings::new();
    check_cache(root, cache_dir)?;
    let cache = Cache::open(cache_dir, root)?;
    timings.stage("cache");
    let prepared = prepare(root, Some(&cache))?;
    timings.stage("prepare");
    let mut site = MemorySite::new();
    let produced = produce(&prepared, &cache, &mut site, &mut timings)?;
    cache.save_and_prune(&produced.used_sources, &produced.used_files)?;
    timings.stage("save");
    Ok(Snapshot {
        site,
        audiences: Audiences::of(&prepared.views),
        items: Items::of(&prepared.views),
        pages: produced.pages,
        warnings: prepared.warnings,
        elapsed: start.elapsed(),
    })
}

/// Refuses a cache inside the journal's content (`learners/`, `themes/`): the
/// preview would watch its own writes, and a build could publish it.
fn check_cache(root: &Path, cache_dir: &Path) -> Result<()> {
    let root = std::fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    let cache = crate::output::absolute(cache_dir)?;
    let inside: Option<PathBuf> = ["learners", "themes"]
        .iter()
        .map(|c| root.join(c))
        .find(|c| cache.starts_with(c));
    match inside {
        Some(_) => Err(Error::Output {
            path: cache_dir.to_path_buf(),
            message: "the image cache cannot be inside the journal's learners/ or themes/ folder"
                .into(),
        }),
        None => Ok(()),
    }
}
