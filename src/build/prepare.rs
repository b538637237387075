//! The first stage: load the journal, check it, make one view per audience, probe
//! the photos those views show, and load the theme. Writes nothing (the image cache
//! only learns what it probed, when one is given); `check` is this stage alone.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use super::leak::Leak;
use crate::audience::{self, Audience, AudienceView, Evidence};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, IoContext, Result};
use crate::images::{self, cache::Stamp, Cache, Catalog};
use crate::journal::{self, ImageSettings, Journal, Language};
use crate::render::{self, Theme};
use crate::t;

/// A journal ready to render: its views, its photos probed, its theme.
pub struct Prepared {
    /// The journal folder, as the user named it.
    pub root: PathBuf,
    /// The journal folder, canonical (the key of the cache's stat index).
    pub canonical_root: PathBuf,
    /// One view per audience: public, each group, each referent, each learner.
    pub views: Vec<AudienceView>,
    /// Every photo some view shows, probed.
    pub catalog: Catalog,
    /// The theme (built in, overridden by the journal's `themes/`).
    pub theme: Theme,
    /// `[images]` of `carnet.toml`.
    pub settings: ImageSettings,
    /// Warnings of the checks.
    pub warnings: Vec<Diagnostic>,
    /// What would give each item of the journal away (for the leak check).
    pub evidence: Evidence,
    /// The leak check of this build (`None` only when `CARNET_LEAK_CHECK=off`).
    pub leak: Option<Leak>,
    /// The time spent making the evidence and the leak check (on a thread of its own,
    /// beside the checks and probes), for `CARNET_TIMINGS`.
    pub leak_setup: Duration,
    /// The sites to seal (`protect = true`), by audience.
    pub protected: Vec<Audience>,
    /// The interface language.
    pub language: Language,
    /// The contributions read from `contributions/`, used or replaced.
    pub contributions: Vec<crate::journal::ContributionReport>,
    /// Slug and name of each learner whose own site the journal builds, then of
    /// each referent: who gets a personal link of `carnet serve --lan`.
    pub people: People,
}

/// Slug and name of the learners whose own site a journal builds, and of its
/// referents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct People {
    /// Learners (not contributions), in the journal's order.
    pub learners: Vec<(String, String)>,
    /// Referents, in `carnet.toml`'s order.
    pub referents: Vec<(String, String)>,
}

impl People {
    /// The people of `journal`.
    pub fn of(journal: &Journal) -> People {
        People {
            learners: journal
                .learners
                .iter()
                .filter(|l| l.contribution.is_none())
                .map(|l| (l.slug.clone(), l.profile.name.clone()))
                .collect(),
            referents: journal
                .config
                .referents
                .iter()
                .map(|r| (r.slug.clone(), r.name.clone()))
                .collect(),
        }
    }
}

impl Prepared {
    /// The key of `path` (a photo of the journal) in the cache's stat index: its
    /// canonical path, however the journal was named on the command line.
    pub fn index_key(&self, path: &Path) -> PathBuf {
        self.catalog
            .packed_key(path)
            .unwrap_or_else(|| index_key(&self.root, &self.canonical_root, path))
    }
}

fn index_key(root: &Path, canonical_root: &Path, path: &Path) -> PathBuf {
    match path.strip_prefix(root) {
        Ok(rel) => canonical_root.join(rel),
        Err(_) => path.to_path_buf(),
    }
}

/// Loads, checks and views the journal at `root`, and probes its photos (using
/// `cache`'s stat index to skip unchanged files, when given). Fails with every
/// content error found, followed by the warnings (none of them about an item that
/// failed to load: the checks skip those); `build` prints only the errors of a
/// failure, `check` all of them.
pub fn prepare(root: &Path, cache: Option<&Cache>) -> Result<Prepared> {
    prepare_with(root, cache, &journal::Keys::from_env(root, None))
}

/// [`prepare`], opening the contributions with `keys`.
pub fn prepare_with(root: &Path, cache: Option<&Cache>, keys: &journal::Keys) -> Result<Prepared> {
    prepare_views(root, cache, keys, false)
}

/// [`prepare`] for the preview (`carnet serve`): also what each learner's referent
/// sees of that learner alone ([`Audience::SeenByReferent`]), for the learner's
/// own link. `carnet build` never makes those sites.
pub fn prepare_preview(root: &Path, cache: Option<&Cache>) -> Result<Prepared> {
    prepare_views(root, cache, &journal::Keys::from_env(root, None), true)
}

fn prepare_views(
    root: &Path,
    cache: Option<&Cache>,
    keys: &journal::Keys,
    preview: bool,
) -> Result<Prepared> {
    let (journal, mut errors) = journal::load_with(root, keys);
    let Some(journal) = journal else {
        return Err(Error::Content(errors));
    };
    let lang = journal.config.language;
    // The theme and the leak check are made on a thread of their own, while this
    // one checks the journal, makes the views and probes the photos.
    let (report, views, catalog, side) = std::thread::scope(|scope| {
        let side = scope.spawn(|| theme_and_leak_check(&journal));
        let report = crate::check::check(&journal);
        let mut views = views_of(&journal);
        if preview {
            views.extend(
                seen_by_referents(&journal)
                    .iter()
                    .map(|a| audience::view(&journal, a)),
            );
        }
        let canonical_root = fs::canonicalize(root).at(root);
        let catalog = canonical_root.map(|canonical_root| {
            let key = |p: &Path| index_key(root, &canonical_root, p);
            let catalog = probe_photos(&views, &journal.config.images, cache, &key, lang);
            (canonical_root, catalog)
        });
        let side = side.join().unwrap_or_else(|_| {
            Err(Error::io(
                root,
                std::io::Error::other("the leak check failed"),
            ))
        });
        (report, views, catalog, side)
    });
    errors.extend(report.errors);
    let (canonical_root, catalog) = catalog?;
    let catalog = catalog.unwrap_or_else(|e| {
        errors.extend(e);
        Catalog::default()
    });
    if !errors.is_empty() {
        errors.extend(report.warnings);
        return Err(Error::Content(errors));
    }
    let settings = journal.config.images;
    let (theme, evidence, leak, leak_setup) = side?;
    let protected = protected(&journal);
    Ok(Prepared {
        root: root.to_path_buf(),
        canonical_root,
        views,
        catalog,
        theme,
        settings,
        warnings: report.warnings,
        evidence,
        leak,
        leak_setup,
        protected,
        language: lang,
        contributions: journal.contributions.clone(),
        people: People::of(&journal),
    })
}

/// The audiences whose sites are sealed: groups, referents and learners' own sites
/// with `protect = true`.
fn protected(journal: &Journal) -> Vec<Audience> {
    let config = &journal.config;
    let groups = config
        .groups
        .iter()
        .filter(|g| g.protect)
        .map(|g| Audience::Community(g.slug.clone()));
    let referents = config
        .referents
        .iter()
        .filter(|r| r.protect)
        .map(|r| Audience::Referent(r.slug.clone()));
    let learners = journal
        .learners
        .iter()
        .filter(|l| l.profile.protect)
        .map(|l| Audience::Private(l.slug.clone()));
    groups.chain(referents).chain(learners).collect()
}

/// Everything [`prepare`] finds wrong with the journal at `root` (errors, then the
/// warnings), without a cache and without preparing anything to render: the
/// photos are checked by their first and last bytes only
/// ([`images::probe::check_header`]), since no content hash is needed. For
/// `carnet check`; writes nothing.
pub fn inspect(root: &Path) -> Result<Vec<Diagnostic>> {
    let (journal, mut found) = journal::load(root);
    let Some(journal) = journal else {
        return Ok(found);
    };
    let lang = journal.config.language;
    let report = crate::check::check(&journal);
    found.extend(report.errors);
    let views = views_of(&journal);
    let packed = packed_photos(&views);
    let paths = photo_paths(&views);
    let settings = journal.config.images;
    let photos: Vec<Diagnostic> = paths
        .par_iter()
        .filter_map(|path| {
            guarded(path, lang, || match packed.get(*path) {
                Some(p) => {
                    let bytes = p.read().map_err(|e| {
                        Diagnostic::new(*path, e.to_string()).with_code("contribution-damaged")
                    })?;
                    images::probe::probe(path, &bytes, &settings, lang).map(|_| ())
                }
                None => images::probe::check_header(path, &settings, lang),
            })
            .err()
        })
        .collect();
    found.extend(photos);
    if found.iter().all(|d| !d.is_error()) {
        Theme::load(journal.theme_dir.as_deref())?;
    }
    found.extend(report.warnings);
    Ok(found)
}

/// The theme, the evidence of every item and the leak check of a journal, and the
/// time the last two took.
fn theme_and_leak_check(journal: &Journal) -> Result<(Theme, Evidence, Option<Leak>, Duration)> {
    let theme = Theme::load(journal.theme_dir.as_deref())?;
    let start = Instant::now();
    let evidence = audience::evidence(journal);
    let leak = leak_check_on().then(|| Leak::new(&evidence, render::interface_text(&theme)));
    Ok((theme, evidence, leak, start.elapsed()))
}

/// One view per audience of `journal`: public, each group, each referent, each learner.
fn views_of(journal: &Journal) -> Vec<AudienceView> {
    Audience::all(journal)
        .iter()
        .map(|a| audience::view(journal, a))
        .collect()
}

/// What each learner's referent sees of that learner alone, for the learners whose
/// own site the journal builds and who have a referent (preview only).
pub fn seen_by_referents(journal: &Journal) -> Vec<Audience> {
    journal
        .learners
        .iter()
        .filter(|l| l.contribution.is_none() && l.profile.referent.is_some())
        .map(|l| Audience::SeenByReferent(l.slug.clone()))
        .collect()
}

/// The photos of contributions that some view shows, by path.
fn packed_photos(views: &[AudienceView]) -> HashMap<PathBuf, crate::share::PackedFile> {
    views
        .iter()
        .flat_map(|v| v.photos())
        .filter_map(|p| Some((p.path.clone(), p.packed.clone()?)))
        .collect()
}

/// Every photo file that some view shows, each once, in order.
fn photo_paths(views: &[AudienceView]) -> Vec<&Path> {
    let mut paths: Vec<&Path> = views
        .iter()
        .flat_map(|v| v.photos())
        .map(|p| p.path.as_path())
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Whether builds run the leak check: always, unless `CARNET_LEAK_CHECK=off` (to
/// measure what it costs, or to get past a false alarm while reporting it).
fn leak_check_on() -> bool {
    std::env::var("CARNET_LEAK_CHECK").map_or(true, |v| v != "off")
}

/// Probes every photo the views show (each path once), using the cache's stat index
/// to skip unchanged files.
fn probe_photos(
    views: &[AudienceView],
    settings: &ImageSettings,
    cache: Option<&Cache>,
    index_key: &(dyn Fn(&Path) -> PathBuf + Sync),
    lang: Language,
) -> std::result::Result<Catalog, Vec<Diagnostic>> {
    let paths = photo_paths(views);
    let packed = packed_photos(views);
    let results: Vec<std::result::Result<(PathBuf, images::Source), Diagnostic>> = paths
        .par_iter()
        .map(|path| {
            if let Some(p) = packed.get(*path) {
                // A photo of a contribution: its stat key is its signed content hash,
                // so an unchanged photo is not decrypted again.
                let stamp = Stamp {
                    len: p.size,
                    mtime_ns: 0,
                };
                let key = PathBuf::from(format!("contribution:{}", p.blake3));
                if let Some(src) = cache.and_then(|c| c.lookup(&key, stamp)) {
                    images::probe::check_pixels(path, src.width, src.height, settings, lang)?;
                    return Ok((path.to_path_buf(), src));
                }
                let bytes = p.read().map_err(|e| {
                    Diagnostic::new(*path, e.to_string()).with_code("contribution-damaged")
                })?;
                let src = guarded(path, lang, || {
                    images::probe::probe(path, &bytes, settings, lang)
                })?;
                if let Some(cache) = cache {
                    cache.remember(&key, stamp, &src);
                }
                return Ok((path.to_path_buf(), src));
            }
            let unreadable = |e: std::io::Error| {
                let m = t!(
                    lang,
                    "photo-unreadable",
                    reason = crate::error::io_reason(&e, lang)
                );
                Diagnostic::new(path, m).with_code("unreadable")
            };
            let meta = fs::metadata(path).map_err(unreadable)?;
            images::probe::check_bytes(path, meta.len(), settings, lang)?;
            let stamp = Stamp::of(&meta);
            let key = index_key(path);
            if let Some(src) = cache.and_then(|c| c.lookup(&key, stamp)) {
                images::probe::check_pixels(path, src.width, src.height, settings, lang)?;
                return Ok((path.to_path_buf(), src));
            }
            let bytes = fs::read(path).map_err(unreadable)?;
            let src = guarded(path, lang, || {
                images::probe::probe(path, &bytes, settings, lang)
            })?;
            if let Some(cache) = cache {
                cache.remember(&key, stamp, &src);
            }
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
        Ok(Catalog::new(sources, settings.quality, settings.webp).with_packed(packed))
    } else {
        Err(errors)
    }
}

/// Runs a decoder on the photo at `path`: a panic in it (a decoder bug on a hostile
/// file) becomes an error naming the file, not the end of the build.
pub(super) fn guarded<T>(
    path: &Path,
    lang: Language,
    work: impl FnOnce() -> std::result::Result<T, Diagnostic>,
) -> std::result::Result<T, Diagnostic> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|_| {
        let m = t!(lang, "build-decoder-failed");
        Err(Diagnostic::new(path, m).with_code("corrupt-photo"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decoder_panic_becomes_an_error_naming_the_photo() {
        let outcome: std::result::Result<(), Diagnostic> =
            guarded(Path::new("learners/ana/p.jpg"), Language::En, || {
                panic!("decoder bug");
            });
        let e = outcome.expect_err("the panic is caught");
        assert_eq!(e.path(), Path::new("learners/ana/p.jpg"));
        assert!(e.message.contains("decoder failed"), "{e}");
    }
}
