//! One full build of the journal into memory, for the preview: the same stages as
//! `carnet build` (prepare, render, write) into a [`MemorySite`] instead of a
//! staging folder, with the same image cache. Nothing is written outside the cache.
//!
//! Every build is a full one, through the same code path as `carnet build`: the
//! image cache and its stat index make an unchanged photo cost nothing, and a page
//! whose inputs did not change is kept from the previous build in memory, as a
//! build keeps it in the output folder (`crate::build::reuse`). What changes is the
//! order: the sites open in a browser (`watched`) are rendered first, and shown
//! at once laid over the previous build's other sites ([`Snapshot::layered`]),
//! so that the page being looked at reloads before the other sites are done.
//! Those are then rendered by the same build; the build's result, the one the
//! server keeps, is all of its sites, as `carnet build` would write them.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::audience::AudienceView;
use crate::build::{prepare_preview, produce_views, Produced, Timings};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::images::Cache;
use crate::output::MemorySite;

use super::links::{people_in, Person};
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
    /// For each site's folder, the number of the build its files come from.
    pub versions: BTreeMap<String, u64>,
    /// The people who get a personal link with `--lan`, with their names
    /// ([`super::links::people_in`]).
    pub people: Vec<(Person, String)>,
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
            versions: BTreeMap::new(),
            people: Vec::new(),
        }
    }

    /// The sites of build `number` in `fresh` (whose folders are `dirs`) laid over
    /// the other sites of `previous`: what the preview shows while the build goes
    /// on with the other sites.
    fn layered(
        previous: &Snapshot,
        fresh: MemorySite,
        dirs: &BTreeSet<String>,
        number: u64,
        next: (Audiences, Items),
    ) -> Snapshot {
        let mut site = previous.site.clone();
        for dir in dirs {
            site.remove_dir(dir);
        }
        site.extend(fresh);
        let mut versions = previous.versions.clone();
        versions.extend(dirs.iter().map(|d| (d.clone(), number)));
        Snapshot {
            site,
            audiences: next.0,
            items: next.1,
            pages: previous.pages,
            warnings: previous.warnings.clone(),
            elapsed: previous.elapsed,
            versions,
            people: previous.people.clone(),
        }
    }
}

/// The folder of a view's site, `/`-separated.
fn dir_of(view: &AudienceView) -> String {
    view.audience().dir().to_string_lossy().replace('\\', "/")
}

/// Builds the journal at `root` into memory as build number `number`, using the
/// image cache at `cache_dir`. The cache is opened (and locked) for this build
/// only, so a `carnet build` of the same journal can run between two previews.
///
/// `watched` says, once the journal is loaded, which sites (by folder) are open in
/// a browser: those are rendered first and handed to `show`, laid over the other
/// sites of `previous`, before the others are rendered. With none watched, or all
/// of them, the build is done in one go and `show` is not called.
pub fn build(
    root: &Path,
    cache_dir: &Path,
    number: u64,
    previous: &Snapshot,
    watched: impl FnOnce() -> BTreeSet<String>,
    show: impl FnOnce(Snapshot),
) -> Result<Snapshot> {
    let start = Instant::now();
    // `CARNET_TIMINGS=1` prints each stage's time, as `carnet build` does.
    let mut timings = Timings::new();
    check_cache(root, cache_dir)?;
    let cache = Cache::open(cache_dir, root)?;
    timings.stage("cache");
    let prepared = prepare_preview(root, Some(&cache))?;
    timings.stage("prepare");
    let watched = watched();
    let (first, rest): (Vec<&AudienceView>, Vec<&AudienceView>) = prepared
        .views
        .iter()
        .partition(|v| watched.contains(&dir_of(v)));
    // Pages whose inputs did not change are kept from the previous build, as
    // `carnet build` keeps them in the output folder (`crate::build::reuse`).
    let mut site = MemorySite::following(&previous.site);
    let mut used_sources = HashSet::new();
    let mut used_files = HashSet::new();
    let mut pages = 0;
    let mut add = |produced: Produced| {
        used_sources.extend(produced.used_sources);
        used_files.extend(produced.used_files);
        pages += produced.pages;
    };
    let mut groups = vec![rest];
    if !first.is_empty() && !groups[0].is_empty() {
        let mut fresh = MemorySite::following(&previous.site);
        add(produce_views(
            &prepared,
            &first,
            &cache,
            &mut fresh,
            &mut timings,
        )?);
        timings.note("the sites open in a browser are shown");
        let dirs: BTreeSet<String> = first.iter().map(|v| dir_of(v)).collect();
        let next = (Audiences::of(&prepared.views), Items::of(&prepared.views));
        show(Snapshot::layered(
            previous,
            fresh.clone(),
            &dirs,
            number,
            next,
        ));
        site = fresh;
    } else {
        groups[0].extend(first);
    }
    for views in groups {
        add(produce_views(
            &prepared,
            &views,
            &cache,
            &mut site,
            &mut timings,
        )?);
    }
    cache.save_and_prune(&used_sources, &used_files)?;
    timings.stage("save");
    let versions = prepared
        .views
        .iter()
        // A site shown early has this number already: its page does not reload again.
        .map(|v| (dir_of(v), number))
        .collect();
    Ok(Snapshot {
        site,
        audiences: Audiences::of(&prepared.views),
        items: Items::of(&prepared.views),
        pages,
        warnings: prepared.warnings,
        elapsed: start.elapsed(),
        versions,
        people: people_in(&prepared.people),
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
