//! The pipeline, in order: load the journal → check → view per audience → render →
//! images → write (staging, then swap). Every content error of a build is collected
//! and reported together before anything is written.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::audience::{self, Audience, AudienceView};
use crate::check;
use crate::error::{Diagnostic, Error, Result};
use crate::images::{self, cache::Stamp, Cache, Catalog, PrivacyReport, Variant};
use crate::journal::{self, ImageSettings};
use crate::output::{self, Staging};
use crate::render::{self, Site, Theme};

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    /// The journal folder.
    pub journal: PathBuf,
    /// The output folder (default: `JOURNAL/site`).
    pub out: Option<PathBuf>,
    /// The image cache folder (default: [`Cache::default_dir`]).
    pub cache: Option<PathBuf>,
}

/// What a successful build made.
#[derive(Debug)]
pub struct Summary {
    /// The output folder.
    pub out: PathBuf,
    /// Sites written, by audience, with their page counts.
    pub sites: Vec<(Audience, usize)>,
    /// Pages written in all.
    pub pages: usize,
    /// Photo files of the journal published in at least one site.
    pub photos: usize,
    /// Distinct image files made or reused.
    pub image_files: usize,
    /// Image files made by this build (the rest came from the cache).
    pub images_made: usize,
    /// Source photos decoded by this build.
    pub decoded: usize,
    /// Files written in all (pages, assets, photos).
    pub files: usize,
    /// What private metadata was removed.
    pub privacy: PrivacyReport,
    /// Warnings to show.
    pub warnings: Vec<Diagnostic>,
    /// Time taken.
    pub elapsed: Duration,
}

/// A failed build: the error, and the warnings gathered before it.
#[derive(Debug)]
pub struct Failure {
    /// Why the build failed.
    pub error: Error,
    /// Warnings gathered until then.
    pub warnings: Vec<Diagnostic>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            error,
            warnings: Vec::new(),
        }
    }
}

/// Prints how long each stage took when `CARNET_TIMINGS` is set (for benchmarks).
struct Timings {
    on: bool,
    last: Instant,
}

impl Timings {
    fn new() -> Timings {
        Timings {
            on: std::env::var_os("CARNET_TIMINGS").is_some(),
            last: Instant::now(),
        }
    }

    fn stage(&mut self, name: &str) {
        if self.on {
            eprintln!(
                "timing: {name:<8} {:>7.1} ms",
                self.last.elapsed().as_secs_f64() * 1e3
            );
        }
        self.last = Instant::now();
    }
}

/// Builds every audience's site of a journal.
pub fn build(options: &Options) -> Result<Summary, Failure> {
    let start = Instant::now();
    let mut timings = Timings::new();
    let root = &options.journal;
    let out = options.out.clone().unwrap_or_else(|| root.join("site"));
    output::check_target(&out, root)?;

    let (journal, mut errors) = journal::load(root);
    let Some(journal) = journal else {
        return Err(Error::Content(errors).into());
    };
    timings.stage("load");
    let report = check::check(&journal);
    errors.extend(report.errors);
    let mut warnings = report.warnings;

    let views: Vec<AudienceView> = Audience::all(&journal)
        .iter()
        .map(|a| {
            let (view, w) = audience::view(&journal, a);
            warnings.extend(w);
            view
        })
        .collect();

    timings.stage("check");
    let settings = journal.config.images;
    let cache_dir = options
        .cache
        .clone()
        .unwrap_or_else(|| Cache::default_dir(root));
    let cache = Cache::open(&cache_dir)?;
    let canonical_root = fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    let index_key = |p: &Path| match p.strip_prefix(root) {
        Ok(rel) => canonical_root.join(rel),
        Err(_) => p.to_path_buf(),
    };
    let catalog = match probe_photos(&views, &cache, &settings, &index_key) {
        Ok(c) => c,
        Err(e) => {
            errors.extend(e);
            Catalog::default()
        }
    };
    timings.stage("probe");
    if !errors.is_empty() {
        return Err(Failure {
            error: Error::Content(errors),
            warnings,
        });
    }
    let theme = Theme::load(journal.theme_dir.as_deref()).map_err(|e| Failure {
        error: e,
        warnings: warnings.clone(),
    })?;
    drop(journal);

    // Each site's pages go to the staging folder as soon as they are rendered, so
    // memory holds a couple of sites' pages at a time, not the whole build's.
    let staging = std::sync::Mutex::new(Staging::new(&out).map_err(|e| Failure {
        error: e,
        warnings: warnings.clone(),
    })?);
    let sites: Vec<Site> = views
        .par_iter()
        .map(|v| {
            let mut site = render::render(v, &theme, &catalog)?;
            let mut staging = staging
                .lock()
                .map_err(|_| Error::io(&out, std::io::Error::other("staging lock poisoned")))?;
            write_pages(&mut staging, &mut site, &theme)?;
            Ok(site)
        })
        .collect::<Result<_>>()
        .map_err(|e| Failure {
            error: e,
            warnings: warnings.clone(),
        })?;
    let staging = staging.into_inner().map_err(|_| Failure {
        error: Error::io(&out, std::io::Error::other("staging lock poisoned")),
        warnings: warnings.clone(),
    })?;

    timings.stage("render");
    let variants: BTreeMap<&str, &Variant> = sites
        .iter()
        .flat_map(|s| s.photos.iter())
        .map(|v| (v.file.as_str(), v))
        .collect();
    let stats =
        make_images(&variants, &catalog, &cache, settings.quality).map_err(|e| Failure {
            error: Error::Content(e),
            warnings: warnings.clone(),
        })?;

    timings.stage("images");
    let files = place_photos(staging, &sites, &cache).map_err(|e| Failure {
        error: e,
        warnings: warnings.clone(),
    })?;

    timings.stage("write");
    let used_sources: HashSet<PathBuf> = variants.values().map(|v| v.source.clone()).collect();
    let used_keys: HashSet<PathBuf> = used_sources.iter().map(|p| index_key(p)).collect();
    let used_files: HashSet<String> = variants.values().flat_map(|v| v.files()).cloned().collect();
    cache
        .save_and_prune(&used_keys, &used_files)
        .map_err(|e| Failure {
            error: e,
            warnings: warnings.clone(),
        })?;

    timings.stage("cache");
    // Every photo file of the journal that some site shows, each counted once (a
    // copy of a photo in two folders is two files, even though one output serves both).
    let published: HashSet<&Path> = sites
        .iter()
        .flat_map(|s| s.photos.iter().map(|v| v.source.as_path()))
        .collect();
    let mut privacy = PrivacyReport::default();
    for path in &published {
        if let Some(src) = catalog.source(path) {
            privacy.add(&src.findings);
        }
    }
    Ok(Summary {
        out,
        pages: sites.iter().map(|s| s.html_pages).sum(),
        sites: sites
            .iter()
            .map(|s| (s.audience.clone(), s.html_pages))
            .collect(),
        photos: published.len(),
        image_files: used_files.len(),
        images_made: stats.written,
        decoded: stats.decoded,
        files,
        privacy,
        warnings,
        elapsed: start.elapsed(),
    })
}

/// Probes every photo the views show (each path once), using the cache's stat index
/// to skip unchanged files.
fn probe_photos(
    views: &[AudienceView],
    cache: &Cache,
    settings: &ImageSettings,
    index_key: &(dyn Fn(&Path) -> PathBuf + Sync),
) -> Result<Catalog, Vec<Diagnostic>> {
    let mut paths: Vec<&Path> = views
        .iter()
        .flat_map(|v| v.learners.iter())
        .flat_map(|l| {
            l.avatar
                .iter()
                .chain(l.experiences.iter().flat_map(|e| e.photos.iter()))
                .map(|p| p.path.as_path())
        })
        .collect();
    paths.sort();
    paths.dedup();
    let results: Vec<Result<(PathBuf, images::Source), Diagnostic>> = paths
        .par_iter()
        .map(|path| {
            let meta = fs::metadata(path)
                .map_err(|e| Diagnostic::new(path, format!("cannot read the photo: {e}")))?;
            images::probe::check_bytes(path, meta.len(), settings)?;
            let stamp = Stamp::of(&meta);
            let key = index_key(path);
            if let Some(src) = cache.lookup(&key, stamp) {
                images::probe::check_pixels(path, src.width, src.height, settings)?;
                return Ok((path.to_path_buf(), src));
            }
            let bytes = fs::read(path)
                .map_err(|e| Diagnostic::new(path, format!("cannot read the photo: {e}")))?;
            let src = images::probe::probe(path, &bytes, settings)?;
            cache.remember(&key, stamp, &src);
            Ok((path.to_path_buf(), src))
        })
        .collect();
    let mut sources = HashMap::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok((p, s)) => {
                sources.insert(p, s);
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(Catalog::new(sources, settings.quality, settings.webp))
    } else {
        Err(errors)
    }
}

/// Makes the variants missing from the cache, decoding each distinct source once.
fn make_images(
    variants: &BTreeMap<&str, &Variant>,
    catalog: &Catalog,
    cache: &Cache,
    quality: u8,
) -> Result<images::process::Stats, Vec<Diagnostic>> {
    let mut by_source: BTreeMap<&str, (&Path, &images::Source, Vec<&Variant>)> = BTreeMap::new();
    for v in variants.values() {
        let Some(source) = catalog.source(&v.source) else {
            continue;
        };
        by_source
            .entry(source.hash.as_str())
            .or_insert_with(|| (v.source.as_path(), source, Vec::new()))
            .2
            .push(v);
    }
    let groups: Vec<_> = by_source.into_values().collect();
    let progress = progress_bar(groups.len() as u64);
    let stats = images::process::make(&groups, cache, quality, &progress);
    progress.finish_and_clear();
    stats
}

/// A progress bar over the photos, drawn only when stderr is a terminal and the
/// work is long enough to be worth watching.
fn progress_bar(len: u64) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if len < 20 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("photos {bar:30} {pos}/{len} {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

/// The folder of a site inside the output folder, `/`-separated.
fn site_dir(site: &Site) -> String {
    site.audience.dir().to_string_lossy().replace('\\', "/")
}

/// Writes a site's pages and theme assets into the staging folder, and frees the
/// pages (the site keeps its page count and the photos it references).
fn write_pages(staging: &mut Staging, site: &mut Site, theme: &Theme) -> Result<()> {
    let dir = site_dir(site);
    for page in &site.pages {
        staging.write(&format!("{dir}/{}", page.path), page.content.as_bytes())?;
    }
    for (name, bytes) in &theme.assets {
        staging.write(&format!("{dir}/static/{name}"), bytes)?;
    }
    site.pages = Vec::new();
    Ok(())
}

/// Places each site's photos from the cache into the staging folder, then swaps it
/// in. Returns the number of files written.
fn place_photos(mut staging: Staging, sites: &[Site], cache: &Cache) -> Result<usize> {
    for site in sites {
        let dir = site_dir(site);
        for v in &site.photos {
            for file in v.files() {
                staging.link(&format!("{dir}/photos/{file}"), &cache.variant_path(file))?;
            }
        }
    }
    let count = staging.file_count();
    staging.commit()?;
    Ok(count)
}
