//! The last stage: the image variants the sites reference are made in the cache,
//! then each site's pages, theme assets and photos go to a [`Target`] (the staging
//! folder of a build, or memory for `serve`).

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::images::{self, Cache, Catalog, Variant};
use crate::output::Target;
use crate::render::{Site, Theme};

/// The folder of a site inside the output folder, `/`-separated.
pub fn site_dir(site: &Site) -> String {
    site.audience.dir().to_string_lossy().replace('\\', "/")
}

/// Writes a site's pages (whose blake3 hashes are `hashes`) and theme assets to
/// `target`, and frees the pages (the site keeps its page count and the photos it
/// references).
pub fn write_pages(
    target: &mut dyn Target,
    site: &mut Site,
    theme: &Theme,
    hashes: &[String],
) -> Result<()> {
    let dir = site_dir(site);
    for (page, hash) in site.pages.iter().zip(hashes) {
        if site.kept.contains_key(&page.path) {
            target.keep(&format!("{dir}/{}", page.path), hash)?;
            continue;
        }
        target.write_hashed(
            &format!("{dir}/{}", page.path),
            page.content.as_bytes(),
            hash,
        )?;
    }
    for (name, bytes) in &theme.assets {
        target.write(&format!("{dir}/static/{name}"), bytes)?;
    }
    site.pages = Vec::new();
    Ok(())
}

/// Makes the variants missing from the cache, decoding each distinct source once;
/// with a progress bar on a terminal, unless `quiet`; errors in `lang`.
pub fn make_images(
    variants: &BTreeMap<&str, &Variant>,
    catalog: &Catalog,
    cache: &Cache,
    quality: u8,
    quiet: bool,
    lang: crate::journal::Language,
) -> std::result::Result<images::process::Stats, Vec<Diagnostic>> {
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
    use std::io::IsTerminal;
    let progress = progress_bar(groups.len() as u64, quiet, std::io::stderr().is_terminal());
    let read = |path: &Path| catalog.read(path);
    let stats = images::process::make(&groups, cache, quality, &progress, &read, lang);
    progress.finish_and_clear();
    stats
}

/// Whether the photos' progress is drawn: only when stderr is a `terminal`, the
/// build is not `quiet` and the work (`len` photos) is long enough to watch.
fn shows_progress(len: u64, quiet: bool, terminal: bool) -> bool {
    len >= 20 && !quiet && terminal
}

/// A progress bar over the photos, hidden unless [`shows_progress`].
fn progress_bar(len: u64, quiet: bool, terminal: bool) -> indicatif::ProgressBar {
    if !shows_progress(len, quiet, terminal) {
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

/// Places each site's photos from the cache into `target`, each site receiving
/// only the files its own pages reference, each file once: two variants of a photo
/// can share a file (the same size for a card and for sharing), and the
/// [`Target`] contract is one placement per path.
pub fn place_photos(target: &mut dyn Target, sites: &[Site], cache: &Cache) -> Result<()> {
    for site in sites {
        let dir = site_dir(site);
        let files: std::collections::BTreeSet<&str> = site
            .photos
            .iter()
            .flat_map(|v| v.files())
            .map(String::as_str)
            .collect();
        {
            for file in files {
                let hash = cache.hash_of(file).ok_or_else(|| {
                    Error::io(
                        cache.variant_path(file),
                        std::io::Error::other("an image of this build is missing from the cache"),
                    )
                })?;
                target.place(
                    &format!("{dir}/photos/{file}"),
                    &cache.variant_path(file),
                    &hash,
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{progress_bar, shows_progress};

    #[test]
    fn quiet_hides_the_photo_progress_bar() {
        assert!(shows_progress(100, false, true), "a terminal sees it");
        assert!(!shows_progress(100, true, true), "--quiet hides it");
        assert!(!shows_progress(100, false, false), "no terminal, no bar");
        assert!(!shows_progress(5, false, true), "too short to watch");
        assert!(progress_bar(100, true, true).is_hidden());
    }
}
