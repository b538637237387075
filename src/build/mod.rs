//! The pipeline, in order, as stages other commands can call:
//!
//! 1. [`prepare`] (load the journal, check it, one view per audience, probe the
//!    photos, load the theme): `check` is this stage alone;
//! 2. [`render`] (each view into its pages and image plan);
//! 3. [`write`] (make the images, then pages and photos to a [`Target`]), after
//!    the [`leak`] check has scanned what each site is about to receive.
//!
//! [`build`] runs them into a staging folder and commits it; [`produce`] runs
//! stages 2 and 3 into any target (memory, for `serve`). Every content error of a
//! build is collected and reported together before anything is written.

pub mod leak;
pub mod prepare;
pub mod render;
pub mod reuse;
pub mod write;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use rustc_hash::FxHashSet;

use crate::audience::{Audience, AudienceView};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::images::{Cache, PrivacyReport, Variant};
use crate::output::{self, Needles, Packed, SiteInputs, Staging, Target};
use crate::render::Site;
use crate::seal::{self, Passphrases, Sealing, SiteKeys};
pub use prepare::{prepare, prepare_preview, Prepared};

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The journal folder.
    pub journal: PathBuf,
    /// The output folder (default: `JOURNAL/site`).
    pub out: Option<PathBuf>,
    /// The image cache folder (default: [`Cache::default_dir`]).
    pub cache: Option<PathBuf>,
    /// The file of the sealed sites' passphrases, outside the journal (see
    /// [`crate::seal::passphrases`]); `CARNET_PASSPHRASE_<SITE>` variables add to it.
    pub passphrase_file: Option<PathBuf>,
    /// The programme's identity file, which opens the contributions of
    /// `contributions/` (default: `CARNET_IDENTITY`, else `identity.age` in carnet's
    /// secrets folder; see [`crate::share::keys`]).
    pub identity: Option<PathBuf>,
    /// Errors only: no progress bar (`--quiet`).
    pub quiet: bool,
}

impl Options {
    /// The output folder these options name.
    pub fn out_dir(&self) -> PathBuf {
        self.out
            .clone()
            .unwrap_or_else(|| self.journal.join("site"))
    }

    /// The image cache folder these options name.
    pub fn cache_dir(&self) -> PathBuf {
        self.cache
            .clone()
            .unwrap_or_else(|| Cache::default_dir(&self.journal))
    }
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
    /// Files of the build in all (pages, assets, photos).
    pub files: usize,
    /// Files of the output folder added, replaced or deleted by this build.
    pub changed: usize,
    /// Sites left in place whole, their inputs unchanged (see [`reuse`]).
    pub sites_kept: usize,
    /// What private metadata was removed.
    pub privacy: PrivacyReport,
    /// The sites sealed by this build (`protect = true`).
    pub sealed: Vec<Audience>,
    /// Warnings to show.
    pub warnings: Vec<Diagnostic>,
    /// The contributions read from `contributions/`, used or replaced.
    pub contributions: Vec<crate::journal::ContributionReport>,
    /// Time taken.
    pub elapsed: Duration,
}

/// Prints how long each stage took when `CARNET_TIMINGS` is set (for benchmarks).
pub struct Timings {
    on: bool,
    last: Instant,
    /// Errors only (`--quiet`): no progress bar either.
    pub quiet: bool,
}

impl Timings {
    /// Starts timing, if `CARNET_TIMINGS` is set.
    pub fn new() -> Timings {
        Timings {
            on: std::env::var_os("CARNET_TIMINGS").is_some(),
            last: Instant::now(),
            quiet: false,
        }
    }

    /// Prints a note about the stage going on.
    pub fn note(&self, text: &str) {
        if self.on {
            eprintln!("timing: {text}");
        }
    }

    /// Ends a stage.
    pub fn stage(&mut self, name: &str) {
        if self.on {
            // i18n-exempt: the figures of CARNET_TIMINGS, read by the benchmark scripts
            eprintln!(
                "timing: {name:<8} {:>7.1} ms",
                self.last.elapsed().as_secs_f64() * 1e3
            );
        }
        self.last = Instant::now();
    }
}

impl Default for Timings {
    fn default() -> Self {
        Timings::new()
    }
}

/// Builds every audience's site of a journal into its output folder.
pub fn build(options: &Options) -> Result<Summary> {
    let start = Instant::now();
    let mut timings = Timings::new();
    let root = &options.journal;
    let out = options.out_dir();
    let cache_dir = options.cache_dir();
    output::check_paths(root, &out, Some(&cache_dir))?;
    let cache = Cache::open(&cache_dir, root)?;
    let keys = crate::journal::Keys::from_env(root, options.identity.as_deref());
    let prepared = prepare::prepare_with(root, Some(&cache), &keys)?;
    let keys = seal_keys(options, &prepared)?;
    timings.stage("prepare");
    let staging = Staging::new(&out)?;
    let mut sealing = Sealing::new(staging, keys, prepared.language);
    timings.quiet = options.quiet;
    let produced = produce(&prepared, &cache, &mut sealing, &mut timings)?;
    write_root(&prepared, &produced, &mut sealing)?;
    let staging = sealing.finish()?;
    timings.stage("seal");
    let files = staging.file_count();
    let changed = staging.commit()?;
    timings.stage("commit");
    cache.save_and_prune(&produced.used_sources, &produced.used_files)?;
    timings.stage("cache");
    // From now on, a share older than the ones these sites show is a replay.
    let used: Vec<(String, String)> = prepared
        .contributions
        .iter()
        .filter(|c| c.used)
        .map(|c| (c.learner.clone(), c.shared.clone()))
        .collect();
    crate::share::pins::record_accepted(root, &used, prepared.language)?;
    Ok(Summary {
        out,
        sites: produced.sites,
        pages: produced.pages,
        photos: produced.photos,
        image_files: produced.used_files.len(),
        images_made: produced.images_made,
        decoded: produced.decoded,
        files,
        changed,
        sites_kept: produced.sites_kept,
        privacy: produced.privacy,
        sealed: prepared.protected,
        warnings: prepared.warnings,
        contributions: prepared.contributions,
        elapsed: start.elapsed(),
    })
}

/// The keys of this build for each sealed site (its folder, and a fresh content key
/// wrapped under each of its passphrases), or an error when a sealed site has no
/// passphrase or the passphrases are unusable. Nothing is written before this.
fn seal_keys(options: &Options, prepared: &Prepared) -> Result<Vec<(String, SiteKeys)>> {
    if prepared.protected.is_empty() && options.passphrase_file.is_none() {
        return Ok(Vec::new());
    }
    let dir = |a: &Audience| a.dir().to_string_lossy().replace('\\', "/");
    let protected: Vec<String> = prepared.protected.iter().map(dir).collect();
    let sites: Vec<String> = prepared.views.iter().map(|v| dir(v.audience())).collect();
    let passphrases = Passphrases::gather(
        options.passphrase_file.as_deref(),
        std::env::vars_os(),
        &options.journal,
        &options.journal.join("carnet.toml"),
        &protected,
        &sites,
        prepared.language,
    )?;
    protected
        .into_iter()
        .map(|site| {
            let keys = SiteKeys::new(passphrases.of(&site), seal::ITERATIONS).map_err(|e| {
                Error::Seal {
                    file: site.clone(),
                    message: e.to_string(),
                }
            })?;
            Ok((site, keys))
        })
        .collect()
}

/// Writes the root of the output folder: the page saying not to publish it, and
/// what keeps web hosts and search engines out of its non-public sites.
fn write_root(prepared: &Prepared, produced: &Produced, target: &mut dyn Target) -> Result<()> {
    let sites: Vec<output::SiteEntry> = produced
        .sites
        .iter()
        .map(|(audience, _)| output::SiteEntry {
            dir: audience.dir().to_string_lossy().replace('\\', "/"),
            kind: match audience {
                Audience::Public => "public",
                Audience::Community(_) => "community",
                Audience::Referent(_) | Audience::Programme(_) | Audience::SeenByReferent(_) => {
                    "referent"
                }
                Audience::Private(_) => "private",
            },
        })
        .collect();
    let language = prepared
        .views
        .first()
        .map(|v| v.language())
        .unwrap_or_default();
    for (rel, bytes) in output::root_files(&sites, language) {
        target.write(&rel, &bytes)?;
    }
    Ok(())
}

/// What [`produce`] made.
#[derive(Debug)]
pub struct Produced {
    /// Sites, by audience, with their page counts.
    pub sites: Vec<(Audience, usize)>,
    /// HTML pages in all.
    pub pages: usize,
    /// Photo files of the journal shown in at least one site.
    pub photos: usize,
    /// Image files made by this build.
    pub images_made: usize,
    /// Source photos decoded.
    pub decoded: usize,
    /// What private metadata was removed.
    pub privacy: PrivacyReport,
    /// Canonical paths of the photos used (for the cache's stat index).
    pub used_sources: HashSet<PathBuf>,
    /// Image files of the cache used.
    pub used_files: HashSet<String>,
    /// Sites left in place whole (see [`reuse`]).
    pub sites_kept: usize,
}

/// Renders every view of `prepared` and writes its sites to `target`: each site's
/// pages as soon as it is rendered (memory holds a couple of sites' pages at a time,
/// not the whole build's), then the images the sites need, made in `cache`.
pub fn produce<T: Target + Send>(
    prepared: &Prepared,
    cache: &Cache,
    target: &mut T,
    timings: &mut Timings,
) -> Result<Produced> {
    let views: Vec<&AudienceView> = prepared.views.iter().collect();
    produce_views(prepared, &views, cache, target, timings)
}

/// [`produce`] for some of the views of `prepared` only (`serve` renders first
/// the sites open in a browser). Each site goes through the same render, leak
/// check, images and writes as in a whole build; the cache is not saved.
pub fn produce_views<T: Target + Send>(
    prepared: &Prepared,
    views: &[&AudienceView],
    cache: &Cache,
    target: &mut T,
    timings: &mut Timings,
) -> Result<Produced> {
    // Pages that a build with the same leak check wrote, still in place, need not
    // be read again.
    let checked_before = prepared
        .leak
        .as_ref()
        .is_some_and(|leak| target.checked_digest() == Some(leak.digest()));
    let read = AtomicUsize::new(0);
    let scanning = AtomicU64::new(0);
    let poisoned = || {
        Error::io(
            &prepared.root,
            std::io::Error::other("output lock poisoned"),
        )
    };
    // A check other than the last build's is needed by every site: it is made
    // here, on all cores, rather than by the first site that needs it. The journal
    // changed, so some page will be rendered: the theme's templates are compiled
    // beside it.
    if let Some(leak) = &prepared.leak {
        if reuse::same_check(leak, &*target).is_none() {
            rayon::join(
                || leak.check(&prepared.evidence),
                // An error is said by the first page that needs the templates.
                || prepared.theme.tera().is_ok(),
            );
        }
    }
    let theme_digest = prepared.theme.digest();
    let kept = AtomicUsize::new(0);
    let shared = Mutex::new(target);
    let before = OnceLock::new();
    let made: Vec<Made> = views
        .par_iter()
        .map(|&view| {
            let dir = view.audience().dir().to_string_lossy().replace('\\', "/");
            // The leak check's evidence for this site, and whether the files the
            // output holds were checked against it (see `reuse`).
            let plan = match &prepared.leak {
                Some(leak) => {
                    let recorded = {
                        let target = shared.lock().map_err(|_| poisoned())?;
                        reuse::recorded_evidence(leak, &dir, &**target)
                    };
                    let evidence = reuse::evidence(prepared, leak, view, recorded);
                    let digest = reuse::site_digest(prepared, view, &theme_digest);
                    let mut target = shared.lock().map_err(|_| poisoned())?;
                    let clearance =
                        reuse::Clearance::of(prepared, &evidence, &dir, &**target, &before);
                    // A site whose inputs are all those of the last checked build, and
                    // whose files pass this check unread, is left in place whole,
                    // without building any page.
                    if let (Some(digest), true) = (&digest, clearance.any()) {
                        if let Some(kept) = keep_whole(
                            prepared,
                            leak,
                            view,
                            &dir,
                            digest,
                            &evidence,
                            clearance,
                            &mut **target,
                        )? {
                            return Ok(Made::Kept(kept));
                        }
                    }
                    let plan = reuse::plan(
                        prepared,
                        evidence,
                        clearance,
                        &dir,
                        &theme_digest,
                        &**target,
                    );
                    Some((plan, digest))
                }
                None => None,
            };
            let mut site = render::render_site_with(
                prepared,
                view,
                plan.as_ref().and_then(|(p, _)| p.reuse.as_ref()),
            )?;
            kept.fetch_add(site.kept.len(), Ordering::Relaxed);
            let hashes: Vec<String> = site
                .pages
                .iter()
                .map(|p| match site.kept.get(&p.path) {
                    Some(hash) => hash.clone(),
                    None => blake3::hash(p.content.as_bytes()).to_hex().to_string(),
                })
                .collect();
            // The words the leak check read, and whether it read every page.
            let mut words_read = None;
            if let (Some(leak), Some((plan, _))) = (&prepared.leak, &plan) {
                // A page left in place, or rendered again into the bytes the output
                // holds, was checked against this same evidence, or cannot hold
                // any needle new to the site: not read again.
                let cleared = checked_before || plan.cleared || plan.cleared_by_words;
                let fresh: Vec<bool> = if cleared {
                    let target = shared.lock().map_err(|_| poisoned())?;
                    site.pages
                        .iter()
                        .zip(&hashes)
                        .map(|(p, h)| {
                            !site.kept.contains_key(&p.path)
                                && !target.holds(&format!("{dir}/{}", p.path), h)
                        })
                        .collect()
                } else {
                    vec![true; site.pages.len()]
                };
                let count = fresh.iter().filter(|f| **f).count();
                // Under new evidence, the site's photos and file names are checked
                // even when no page is read.
                if count > 0 || plan.cleared_by_words {
                    let start = Instant::now();
                    read.fetch_add(count, Ordering::Relaxed);
                    let check = leak.check(&prepared.evidence);
                    let words = check.scan_pages(
                        &prepared.evidence,
                        view,
                        &site,
                        &prepared.theme,
                        |i| fresh[i],
                        &plan.texts,
                    )?;
                    words_read = Some((words, count == site.pages.len()));
                    let spent = u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX);
                    scanning.fetch_add(spent, Ordering::Relaxed);
                }
            }
            let mut target = shared.lock().map_err(|_| poisoned())?;
            if let Some((plan, digest)) = plan {
                let pages = site
                    .pages
                    .iter()
                    .zip(&hashes)
                    .filter_map(|(p, h)| {
                        let input = site.inputs.get(&p.path)?;
                        Some((p.path.clone(), (input.clone(), h.clone())))
                    })
                    .collect();
                let published: HashSet<&Path> =
                    site.photos.iter().map(|v| v.source.as_path()).collect();
                let (needles, words) = checked_record(prepared, &**target, &dir, &plan, words_read);
                target.record_inputs(
                    &dir,
                    SiteInputs {
                        evidence: plan.evidence,
                        pages,
                        site: digest,
                        html: site.html_pages,
                        sources: view
                            .photos()
                            .enumerate()
                            .filter(|(_, p)| published.contains(p.path.as_path()))
                            .map(|(i, _)| i)
                            .collect(),
                        needles,
                        words,
                    },
                );
            }
            write::write_pages(&mut **target, &mut site, &prepared.theme, &hashes)?;
            Ok(Made::Rendered(site))
        })
        .collect::<Result<_>>()?;
    let (sites, left): (Vec<Made>, Vec<Made>) = made
        .into_iter()
        .partition(|m| matches!(m, Made::Rendered(_)));
    let sites: Vec<Site> = sites
        .into_iter()
        .filter_map(|m| match m {
            Made::Rendered(site) => Some(site),
            Made::Kept(_) => None,
        })
        .collect();
    let left: Vec<KeptSite> = left
        .into_iter()
        .filter_map(|m| match m {
            Made::Kept(k) => Some(k),
            Made::Rendered(_) => None,
        })
        .collect();
    let target = shared.into_inner().map_err(|_| poisoned())?;
    target.set_checked_digest(prepared.leak.as_ref().map(|l| l.digest().to_string()));
    let patterns = prepared.leak.as_ref().and_then(|leak| match leak.made() {
        Some(check) => Some(leak::record::patterns(check)),
        None => reuse::same_check(leak, &*target).and_then(|p| p.patterns.clone()),
    });
    target.record_patterns(patterns);
    timings.stage("render");
    timings.note(&format!(
        "{} sites left in place whole (their inputs unchanged), {} pages of the others left as the previous build wrote them",
        left.len(),
        kept.into_inner()
    ));
    if prepared.leak.is_some() {
        let pages: usize = sites.iter().map(|s| s.html_pages).sum();
        timings.note(&format!(
            "leak check read {} files of {} pages (the others are as a checked build left them) in {:.1} ms summed over threads; made in {:.1} ms beside the probes",
            read.into_inner(),
            pages,
            scanning.into_inner() as f64 / 1e3,
            prepared.leak_setup.as_secs_f64() * 1e3
        ));
    }
    let variants: BTreeMap<&str, &Variant> = sites
        .iter()
        .flat_map(|s| s.photos.iter())
        .map(|v| (v.file.as_str(), v))
        .collect();
    let stats = write::make_images(
        &variants,
        &prepared.catalog,
        cache,
        prepared.settings.quality,
        timings.quiet,
        prepared.language,
    )
    .map_err(Error::Content)?;
    timings.stage("images");
    write::place_photos(target, &sites, cache)?;
    timings.stage("write");
    // Every photo file of the journal that some site shows, each counted once (a
    // copy of a photo in two folders is two files, even though one output serves both).
    let published: HashSet<&Path> = sites
        .iter()
        .flat_map(|s| s.photos.iter().map(|v| v.source.as_path()))
        .chain(left.iter().flat_map(|k| k.sources.iter().copied()))
        .collect();
    let mut privacy = PrivacyReport::default();
    for path in &published {
        if let Some(src) = prepared.catalog.source(path) {
            privacy.add(&src.findings);
        }
    }
    let mut counts: Vec<(Audience, usize)> = sites
        .iter()
        .map(|s| (s.audience.clone(), s.html_pages))
        .chain(left.iter().map(|k| (k.audience.clone(), k.html)))
        .collect();
    // In the order of the views, kept or not.
    counts.sort_by_key(|(a, _)| views.iter().position(|v| v.audience() == a));
    let mut used_files: HashSet<String> =
        variants.values().flat_map(|v| v.files()).cloned().collect();
    used_files.extend(left.iter().flat_map(|k| k.files.iter().cloned()));
    Ok(Produced {
        sites_kept: left.len(),
        pages: counts.iter().map(|(_, n)| n).sum(),
        sites: counts,
        photos: published.len(),
        images_made: stats.written,
        decoded: stats.decoded,
        privacy,
        used_sources: published.iter().map(|p| prepared.index_key(p)).collect(),
        used_files,
    })
}

/// What the record of the site in folder `dir` keeps of the leak check (see
/// [`leak::record`]): which needles are evidence there, and the words of its files
/// (`words_read`: those the check read, and whether it read every page), when
/// known.
fn checked_record(
    prepared: &Prepared,
    target: &dyn Target,
    dir: &str,
    plan: &reuse::Plan,
    words_read: Option<(FxHashSet<u64>, bool)>,
) -> (Option<Needles>, Option<Packed<u32>>) {
    let previous = target.previous_inputs();
    let record = previous.and_then(|p| p.sites.get(dir));
    let same_check = prepared
        .leak
        .as_ref()
        .is_some_and(|l| reuse::same_check(l, target).is_some());
    let needles = match &plan.live {
        Some(live) => prepared
            .leak
            .as_ref()
            .map(|l| leak::record::needles(l.check(&prepared.evidence), live)),
        // The same check: the same needles (the bits name the list they count).
        None if same_check => record.and_then(|r| r.needles.clone()),
        None => None,
    };
    let recorded_words = record.and_then(|r| r.words.as_ref());
    let words = match words_read {
        Some((read, true)) => Some(leak::record::words(&read, None)),
        Some((read, false)) => recorded_words.map(|w| leak::record::words(&read, Some(w))),
        // No file read: they are the files the record speaks of.
        None => recorded_words.cloned(),
    };
    (needles, words)
}

/// Leaves the site of `view` (folder `dir`, inputs `digest`) in place whole when
/// the last checked build recorded the same inputs and every file it wrote there
/// is still in place ([`Target::keep_site`]). Under other evidence than the one its
/// files were checked against (`clearance.by_words`: no needle new to the site can
/// be in them), its file names and the photo files its images come from are
/// checked again, as a rendered site's are. Its record then names this build's
/// evidence and needles.
#[allow(clippy::too_many_arguments)]
fn keep_whole<'v>(
    prepared: &Prepared,
    leak: &leak::Leak,
    view: &'v AudienceView,
    dir: &str,
    digest: &str,
    evidence: &reuse::SiteEvidence,
    clearance: reuse::Clearance,
    target: &mut dyn Target,
) -> Result<Option<KeptSite<'v>>> {
    let Some((mut record, files)) = target.keep_site(dir, digest) else {
        return Ok(None);
    };
    let kept = KeptSite::new(view, dir, &record, &files);
    if let Some(live) = &evidence.live {
        let check = leak.check(&prepared.evidence);
        if clearance.by_words {
            let prefix = format!("{dir}/");
            let names = files.iter().filter_map(|f| f.strip_prefix(&prefix));
            check.scan_kept(&prepared.evidence, view, dir, names, &kept.sources)?;
            record.evidence.clone_from(&evidence.digest);
        }
        // Its needles, counted over this build's check.
        record.needles = Some(leak::record::needles(check, live));
        target.record_inputs(dir, record);
    }
    Ok(Some(kept))
}

/// What the work on one view made.
enum Made<'v> {
    /// Its site, rendered.
    Rendered(Site),
    /// Its site, left in place whole.
    Kept(KeptSite<'v>),
}

/// A site left in place whole (see [`Target::keep_site`]).
struct KeptSite<'v> {
    audience: Audience,
    /// HTML pages.
    html: usize,
    /// The photo files of the journal it publishes.
    sources: Vec<&'v Path>,
    /// The image cache's files it holds (under its `photos/`).
    files: Vec<String>,
}

impl<'v> KeptSite<'v> {
    /// The site of `view` (folder `dir`) kept with its `record` and its `files`
    /// (paths relative to the output folder).
    fn new(view: &'v AudienceView, dir: &str, record: &SiteInputs, files: &[String]) -> Self {
        let photos: Vec<&Path> = view.photos().map(|p| p.path.as_path()).collect();
        let prefix = format!("{dir}/photos/");
        KeptSite {
            audience: view.audience().clone(),
            html: record.html,
            sources: record
                .sources
                .iter()
                .filter_map(|i| photos.get(*i).copied())
                .collect(),
            files: files
                .iter()
                .filter_map(|f| f.strip_prefix(&prefix).map(str::to_string))
                .collect(),
        }
    }
}
