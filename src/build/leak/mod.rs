//! The leak check every build runs: each site's files (pages, JSON, the search
//! index `search-index.js`, `robots.txt`,
//! and every file name, photos' included) are scanned for the evidence of the items
//! its audience may not see, after rendering and before anything is written. A hit
//! fails the build, naming the file, the item and the string; since the build has
//! written nothing yet, the output folder stays as it was (and `serve` keeps its
//! last good site).
//!
//! What counts as evidence ([`crate::audience::evidence`] collects it) is
//! deliberately narrow, so that the check never fails a good build:
//! - a needle is matched whole-word, case-sensitively: it must not touch a letter
//!   or digit on either side (a tag `cafe` is not found in a photo's hex name);
//! - a needle made only of interface words (words of the theme, of the interface
//!   strings, of `carnet.toml`, numbers) is never evidence: a hidden tag `stage`
//!   does not fail every build because « Stage » is a kind label;
//! - a needle is evidence for a site only when *every* item whose text holds it is
//!   hidden from that site: a visible experience with the same title, or a visible
//!   text quoting the hidden one, explains it.
//!
//! Photos are checked by where they come from: no image of a site may be made from
//! the photo file of an item hidden from it.
//!
//! How it reads: the needles go into a trie of words once per build ([`matcher`]);
//! for each site, only the needles that are evidence there are looked for, and its
//! pages are read piece by piece (tags and runs of text), each distinct piece once,
//! so that what every page repeats (headers, cards, photos) is read once per site.
//! What it reads again: a page that a build with the same check ([`Leak::digest`]:
//! same carnet, journal and theme) wrote, checked, and left in place, byte for byte,
//! is not read again; a build that changed nothing reads nothing. Under a changed
//! check, a kept page is read again unless no needle new to its site can be in the
//! site's files ([`record`]). The check never writes anything.

mod matcher;
pub mod record;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use matcher::{Live, Matcher};

use crate::audience::evidence::NeedleKind;
use crate::audience::{AudienceView, Evidence};
use crate::error::{Error, Result};
use crate::journal::Visibility;
use crate::render::{Site, Theme};

/// The version of the check's rules: part of its digest, so that a carnet whose
/// check changed reads every file again.
const RULES_VERSION: u32 = 2;

/// The leak check of one build, made when a file first needs it: a build whose
/// files are all as a build with the same [`Leak::digest`] wrote them (and checked
/// them) has nothing to read again, and does not make it.
#[derive(Debug)]
pub struct Leak {
    digest: String,
    interface: Vec<String>,
    check: OnceLock<LeakCheck>,
}

impl Leak {
    /// The check of a build of the journal whose evidence is `evidence`, with the
    /// theme whose interface text is `interface`.
    pub fn new(evidence: &Evidence, interface: Vec<String>) -> Leak {
        let mut h = blake3::Hasher::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        h.update(&RULES_VERSION.to_le_bytes());
        h.update(evidence.digest().as_bytes());
        for text in &interface {
            h.update(&(text.len() as u64).to_le_bytes());
            h.update(text.as_bytes());
        }
        Leak {
            digest: h.finalize().to_hex().to_string(),
            interface,
            check: OnceLock::new(),
        }
    }

    /// What the check depends on (carnet's version, the journal, the theme): the
    /// same digest gives the same check.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The check, when it was made.
    pub fn made(&self) -> Option<&LeakCheck> {
        self.check.get()
    }

    /// The check, made on first use.
    pub fn check(&self, evidence: &Evidence) -> &LeakCheck {
        self.check
            .get_or_init(|| LeakCheck::new(evidence, &self.interface))
    }
}

/// A distinct needle string and what it says about the items holding it.
#[derive(Debug)]
struct Pattern {
    /// The items it was taken from, and as what.
    sources: Vec<(usize, NeedleKind)>,
    /// Every item whose text holds it (its sources included), in order.
    owners: Vec<usize>,
}

/// An item as the check reports it.
#[derive(Debug)]
struct ItemInfo {
    file: PathBuf,
    visibility: Visibility,
}

/// The leak check of one build, ready to scan each site.
#[derive(Debug)]
pub struct LeakCheck {
    matcher: Matcher,
    patterns: Vec<Pattern>,
    items: Vec<ItemInfo>,
    /// Each photo file of the journal, and the items that show it.
    photos: FxHashMap<PathBuf, Vec<usize>>,
    /// The patterns' ids in the order of their digests (for [`LeakCheck::digest_of`]).
    by_digest: OnceLock<Vec<u32>>,
    /// Each pattern's text digest (see [`record`]).
    digests: OnceLock<Vec<[u8; 16]>>,
    /// The digest of the list of those (see [`record`]).
    list: OnceLock<String>,
}

impl LeakCheck {
    /// The check for the items of `evidence`; `interface` is the text carnet and
    /// its theme may print (see [`crate::render::interface_text`]).
    pub fn new(evidence: &Evidence, interface: &[String]) -> LeakCheck {
        let vocabulary = interface_words(interface.iter().chain(evidence.shared()));
        let mut by_text: FxHashMap<&str, usize> = FxHashMap::default();
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        // Which needles are distinctive, on all cores (most needles are).
        let distinct: Vec<bool> = evidence
            .needles()
            .par_iter()
            .map(|needle| distinctive(&needle.text, &vocabulary))
            .collect();
        for (needle, distinct) in evidence.needles().iter().zip(distinct) {
            if !distinct {
                continue;
            }
            let id = *by_text.entry(needle.text.as_str()).or_insert_with(|| {
                texts.push(needle.text.clone());
                patterns.push(Pattern {
                    sources: Vec::new(),
                    owners: Vec::new(),
                });
                patterns.len() - 1
            });
            patterns[id].sources.push((needle.item, needle.kind));
        }
        let mut check = LeakCheck {
            matcher: Matcher::new(texts),
            patterns,
            items: evidence
                .items()
                .iter()
                .map(|i| ItemInfo {
                    file: i.file.clone(),
                    visibility: i.visibility,
                })
                .collect(),
            photos: photo_items(evidence),
            by_digest: OnceLock::new(),
            digests: OnceLock::new(),
            list: OnceLock::new(),
        };
        check.find_owners(evidence);
        check
    }

    /// Adds to each pattern the items whose text holds it.
    fn find_owners(&mut self, evidence: &Evidence) {
        let matcher = &self.matcher;
        let all = matcher.live(|_| true);
        // Each item's patterns, found on all cores, then added in the items' order.
        let found: Vec<Vec<usize>> = evidence
            .items()
            .par_iter()
            .map(|info| {
                let mut ids = Vec::new();
                for text in &info.text {
                    matcher.find_all(text, &all, |id| ids.push(id));
                }
                ids
            })
            .collect();
        let patterns = &mut self.patterns;
        // Items come in order, so a pattern's last owner tells if this item has it.
        for (item, ids) in found.into_iter().enumerate() {
            for id in ids {
                let owners = &mut patterns[id].owners;
                if owners.last() != Some(&item) {
                    owners.push(item);
                }
            }
        }
        for p in patterns.iter_mut() {
            p.owners.extend(p.sources.iter().map(|(item, _)| *item));
            p.owners.sort_unstable();
            p.owners.dedup();
        }
    }

    /// A digest of what this check looks for in `view`'s site (carnet's version, the
    /// check's rules, and the text of every needle that is evidence there): a file
    /// that passed a check of the same site digest passes this one, byte for byte.
    pub fn site_digest(&self, evidence: &Evidence, view: &AudienceView) -> String {
        self.digest_of(&self.evidence_in(evidence, view))
    }

    /// For each pattern, whether it is evidence in `view`'s site: every item whose
    /// text holds it is hidden from that site.
    pub fn evidence_in(&self, evidence: &Evidence, view: &AudienceView) -> Vec<bool> {
        self.evidence_where(&evidence.hidden_from(view))
    }

    /// For each pattern, whether every item whose text holds it is `hidden`.
    fn evidence_where(&self, hidden: &[bool]) -> Vec<bool> {
        self.patterns
            .iter()
            .map(|p| p.owners.iter().all(|&o| hidden[o]))
            .collect()
    }

    /// [`LeakCheck::site_digest`] of a site where the patterns `live` are evidence:
    /// the digests of their texts ([`LeakCheck::pattern_digests`]), in order.
    pub fn digest_of(&self, live: &[bool]) -> String {
        let digests = self.pattern_digests();
        let by_digest = self.by_digest.get_or_init(|| {
            let mut ids: Vec<u32> = (0..self.patterns.len())
                .map(|id| u32::try_from(id).unwrap_or(u32::MAX))
                .collect();
            ids.sort_unstable_by_key(|id| digests[*id as usize]);
            ids
        });
        let mut bytes = Vec::with_capacity(64 + 16 * live.len());
        bytes.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
        bytes.extend_from_slice(&RULES_VERSION.to_le_bytes());
        for &id in by_digest.iter().filter(|&&id| live[id as usize]) {
            bytes.extend_from_slice(&digests[id as usize]);
        }
        blake3::hash(&bytes).to_hex().to_string()
    }

    /// Starts the scan of `view`'s site, whose files go under `dir` in the output.
    pub fn site<'a, 'p>(
        &'a self,
        evidence: &Evidence,
        view: &AudienceView,
        dir: &str,
    ) -> SiteScan<'a, 'p> {
        let hidden = evidence.hidden_from(view);
        let evidence = self.evidence_where(&hidden);
        SiteScan {
            check: self,
            dir: dir.to_string(),
            live: self.matcher.live(|id| evidence[id]),
            evidence,
            hidden,
            seen: FxHashSet::default(),
            words: FxHashSet::default(),
        }
    }
}

impl LeakCheck {
    /// Scans everything the site of `view` is about to receive: its pages and data
    /// files (paths and text), the paths of the theme's assets, and its photos
    /// (paths, and the photo files they are made from).
    pub fn scan_site(
        &self,
        evidence: &Evidence,
        view: &AudienceView,
        site: &Site,
        theme: &Theme,
    ) -> Result<()> {
        self.scan_pages(evidence, view, site, theme, |_| true, &HashMap::new())
            .map(|_| ())
    }

    /// [`LeakCheck::scan_site`], reading only the pages (by index) for which `read`
    /// holds: the others are as a build with the same check wrote them. A page left
    /// in place (not rendered: `site.kept`) is read from `kept_texts`, its bytes as
    /// the output holds them; one missing there is an error, never a page skipped.
    /// Returns the hashes of the words it read (see [`record`]).
    pub fn scan_pages(
        &self,
        evidence: &Evidence,
        view: &AudienceView,
        site: &Site,
        theme: &Theme,
        read: impl Fn(usize) -> bool,
        kept_texts: &HashMap<String, String>,
    ) -> Result<FxHashSet<u64>> {
        let dir = super::write::site_dir(site);
        let mut scan = self.site(evidence, view, &dir);
        for (i, page) in site.pages.iter().enumerate() {
            if !read(i) {
                continue;
            }
            let text = if site.kept.contains_key(&page.path) {
                kept_texts.get(&page.path).ok_or_else(|| Error::Output {
                    path: format!("{dir}/{}", page.path).into(),
                    message: "a page left in place could not be read back for the leak check"
                        .into(),
                })?
            } else {
                &page.content
            };
            scan.file(&page.path, text)?;
        }
        for name in theme.assets.keys() {
            scan.file(&format!("static/{name}"), "")?;
        }
        for variant in &site.photos {
            for file in variant.files() {
                let rel = format!("photos/{file}");
                scan.file(&rel, "")?;
                scan.photo(&rel, &variant.source)?;
            }
        }
        Ok(scan.words)
    }

    /// Checks a site left in place whole under new evidence, when no needle new to
    /// it can be in its files ([`record`]): the `names` of its files (relative to
    /// the site) and the photo files its images are made from (`sources`).
    pub fn scan_kept<'n>(
        &self,
        evidence: &Evidence,
        view: &AudienceView,
        dir: &str,
        names: impl Iterator<Item = &'n str>,
        sources: &[&Path],
    ) -> Result<()> {
        let mut scan = self.site(evidence, view, dir);
        for name in names {
            scan.file(name, "")?;
        }
        for source in sources {
            scan.photo("photos/", source)?;
        }
        Ok(())
    }
}

/// Shortest piece of a page worth reading: a needle has at least four characters.
const MIN_PIECE: usize = 4;

/// The scan of one site.
#[derive(Debug)]
pub struct SiteScan<'a, 'p> {
    check: &'a LeakCheck,
    dir: String,
    /// For each pattern, whether it is evidence here: every item holding it is
    /// hidden from this site.
    evidence: Vec<bool>,
    /// The patterns the matcher looks for: the evidence ones.
    live: Live,
    /// For each item, whether it is hidden from this site.
    hidden: Vec<bool>,
    /// The pieces of pages already read.
    seen: FxHashSet<&'p str>,
    /// The hash of every word read.
    words: FxHashSet<u64>,
}

impl<'p> SiteScan<'_, 'p> {
    /// Checks one file the site is about to write: its path (relative to the site)
    /// and its text.
    pub fn file(&mut self, rel: &str, text: &'p str) -> Result<()> {
        self.scan(rel, rel)?;
        // A page is read piece by piece (its tags and its runs of text): the many
        // pieces a site repeats (headers, cards, photos) are read once.
        for piece in text.split(['<', '>']) {
            if piece.len() >= MIN_PIECE && self.seen.insert(piece) {
                self.scan(rel, piece)?;
            }
        }
        Ok(())
    }

    /// Checks that an image the site is about to receive is not made from the photo
    /// of an item hidden from it.
    pub fn photo(&self, rel: &str, source: &Path) -> Result<()> {
        let Some(items) = self.check.photos.get(source) else {
            return Ok(());
        };
        if !items.iter().all(|&i| self.hidden[i]) {
            return Ok(());
        }
        let name = source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Err(self.leak(rel, items[0], "a photo", &name))
    }

    /// Scans `text`; on evidence, the whole file is scanned and the longest string
    /// found is reported (the title rather than one word of it).
    fn scan(&mut self, rel: &str, text: &str) -> Result<()> {
        let matcher = &self.check.matcher;
        let mut found: Option<usize> = None;
        let words = &mut self.words;
        matcher.find_all_noting(
            text,
            &self.live,
            |id| {
                if self.evidence[id]
                    && found.is_none_or(|f| matcher.text(f).len() < matcher.text(id).len())
                {
                    found = Some(id);
                }
            },
            |word| {
                words.insert(word);
            },
        );
        match found {
            None => Ok(()),
            Some(id) => {
                let (item, kind) = self.check.patterns[id].sources[0];
                Err(self.leak(rel, item, kind.describe(), matcher.text(id)))
            }
        }
    }

    fn leak(&self, rel: &str, item: usize, what: &'static str, text: &str) -> Error {
        let info = &self.check.items[item];
        Error::Leak {
            file: format!("{}/{rel}", self.dir),
            item: info.file.clone(),
            visibility: info.visibility.keyword(),
            what,
            text: text.to_string(),
        }
    }
}

/// Each photo file of the journal, with the items that show it.
fn photo_items(evidence: &Evidence) -> FxHashMap<PathBuf, Vec<usize>> {
    let mut photos: FxHashMap<PathBuf, Vec<usize>> = FxHashMap::default();
    for (i, item) in evidence.items().iter().enumerate() {
        for photo in &item.photos {
            photos.entry(photo.clone()).or_default().push(i);
        }
    }
    photos
}

/// The words (lowercase) of `texts`.
fn interface_words<'a>(texts: impl Iterator<Item = &'a String>) -> HashSet<String> {
    let mut words = HashSet::new();
    for text in texts {
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if !word.is_empty() {
                words.insert(word.to_lowercase());
            }
        }
    }
    words
}

/// Whether `needle` has a word with a letter that is not an interface word.
fn distinctive(needle: &str, vocabulary: &HashSet<String>) -> bool {
    needle
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .any(|w| !vocabulary.contains(&w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audience::Audience;
    use crate::build::{prepare, render::render_site, Prepared};
    use crate::render::Page;
    use std::fs;

    /// A journal: ana (public profile) with a public experience and a private one,
    /// a public story, and bea (private profile).
    fn journal() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        let files: &[(&str, &str)] = &[
            ("carnet.toml", "title = \"Carnet\"\n[[groups]]\nslug = \"g\"\nname = \"Groupe\"\nkind = \"learners\"\n"),
            ("learners/ana/profile.md", "+++\nname = \"Ana Zqpub\"\nvisibility = \"public\"\ngroups = [\"g\"]\n+++\nBio publique.\n"),
            ("learners/ana/experiences/2021-zqvisible/index.md", "+++\ntitle = \"Atelier CV\"\ndate = 2021-01-02\nvisibility = \"public\"\ntags = [\"stage\", \"zqtagpub\"]\n+++\nUn texte visible de Ana.\n"),
            ("learners/ana/experiences/2021-zqsecret/index.md", "+++\ntitle = \"Mon stage zqsecret chez Marie\"\ndate = 2021-01-03\nplace = \"Boulangerie Zqplace\"\ntags = [\"stage\", \"cafe\", \"zqtagprivate\"]\nskills = [\"rigueur\"]\nkind = \"stage\"\n+++\nJ'ai appris à pétrir la pâte zqbody très tôt le matin.\n"),
            ("learners/ana/experiences/2021-zqtwin/index.md", "+++\ntitle = \"Atelier CV\"\ndate = 2021-01-04\n+++\nAutre texte zqtwinbody.\n"),
            ("learners/ana/experiences/2021-zqphoto/index.md", "+++\ntitle = \"Photo privée\"\ndate = 2021-01-05\nphotos = [{ file = \"secret.png\", alt = \"x\" }]\n+++\n"),
            ("learners/bea/profile.md", "+++\nname = \"Bea Zqhidden\"\n+++\nBio privée.\n"),
        ];
        for (rel, text) in files {
            let path = dir.path().join(rel);
            fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            fs::write(path, text).expect("write");
        }
        let png = image::RgbImage::from_pixel(8, 8, image::Rgb([9, 9, 9]));
        png.save(
            dir.path()
                .join("learners/ana/experiences/2021-zqphoto/secret.png"),
        )
        .expect("png");
        dir
    }

    fn prepared(dir: &Path) -> Prepared {
        prepare(dir, None).unwrap_or_else(|e| panic!("prepare: {e:?}"))
    }

    /// The view and rendered site of `audience`.
    fn site(p: &Prepared, audience: &Audience) -> (usize, Site) {
        let i = p
            .views
            .iter()
            .position(|v| v.audience() == audience)
            .expect("view");
        (i, render_site(p, &p.views[i]).expect("render"))
    }

    fn scan(p: &Prepared, view: usize, site: &Site) -> Result<()> {
        let check = p.leak.as_ref().expect("the check is on").check(&p.evidence);
        check.scan_site(&p.evidence, &p.views[view], site, &p.theme)
    }

    /// The public site with `text` added to its home page.
    fn planted(p: &Prepared, text: &str) -> Result<()> {
        let (view, mut site) = site(p, &Audience::Public);
        site.pages[0].content.push_str(text);
        scan(p, view, &site)
    }

    #[test]
    fn every_site_of_a_good_build_passes() {
        let dir = journal();
        let p = prepared(dir.path());
        for (i, view) in p.views.iter().enumerate() {
            let site = render_site(&p, view).expect("render");
            scan(&p, i, &site).unwrap_or_else(|e| panic!("{}: {e}", view.audience()));
        }
    }

    #[test]
    fn a_hidden_title_names_the_file_and_the_item() {
        let dir = journal();
        let p = prepared(dir.path());
        let e = planted(&p, "<h2>Mon stage zqsecret chez Marie</h2>").expect_err("a leak");
        let message = e.to_string();
        assert!(message.contains("public/index.html"), "{message}");
        assert!(message.contains("2021-zqsecret/index.md"), "{message}");
        assert!(message.contains("(private)"), "{message}");
        assert!(message.contains("zqsecret chez Marie"), "{message}");
        assert_eq!(e.exit_code(), 2);
    }

    /// A site left in place whole under new evidence still has its file names and
    /// the photo files of its images checked (`scan_kept`).
    #[test]
    fn a_kept_site_with_a_hidden_file_name_or_photo_fails() {
        let dir = journal();
        let p = prepared(dir.path());
        let check = p.leak.as_ref().expect("the check is on").check(&p.evidence);
        let (view, site) = site(&p, &Audience::Public);
        let view = &p.views[view];
        let names: Vec<&str> = site.pages.iter().map(|page| page.path.as_str()).collect();
        check
            .scan_kept(&p.evidence, view, "public", names.iter().copied(), &[])
            .expect("the public site's own names pass");
        let hidden = "ana/experiences/2021-zqsecret/index.html";
        let e = check
            .scan_kept(&p.evidence, view, "public", [hidden].into_iter(), &[])
            .expect_err("a hidden item's folder in a file name");
        assert!(e.to_string().contains("2021-zqsecret/index.md"), "{e}");
        let secret = p
            .evidence
            .items()
            .iter()
            .flat_map(|i| &i.photos)
            .find(|photo| photo.ends_with("secret.png"))
            .expect("the private photo");
        let e = check
            .scan_kept(&p.evidence, view, "public", std::iter::empty(), &[secret])
            .expect_err("an image made from a hidden item's photo");
        assert!(e.to_string().contains("secret.png"), "{e}");
    }

    #[test]
    fn every_kind_of_hidden_string_is_found_as_pages_escape_it() {
        let dir = journal();
        let p = prepared(dir.path());
        for (planted_text, what) in [
            // The start of a summary, cut short.
            (
                "\"description\": \"J'ai appris à pétrir la pâte zqbody très…\"",
                "a sentence",
            ),
            ("<li>zqtagprivate</li>", "a tag"),
            ("Boulangerie Zqplace", "the place"),
            ("href=\"ana/experiences/2021-zqsecret/\"", "the address"),
            ("<p>Bea Zqhidden</p>", "the name"),
            (
                "<p>J&#x27;ai appris à pétrir la pâte zqbody très tôt le matin.</p>",
                "a sentence",
            ),
        ] {
            let e = planted(&p, planted_text).expect_err(planted_text);
            let e = e.localized(crate::journal::Language::En);
            assert!(e.contains(what), "{planted_text}: {e}");
        }
    }

    #[test]
    fn interface_words_shared_strings_and_parts_of_words_are_no_evidence() {
        let dir = journal();
        let p = prepared(dir.path());
        for innocent in [
            // A hidden tag that is also a kind label of the interface.
            "<span>stage</span>",
            // A hidden title that a visible experience has too.
            "<h3>Atelier CV</h3>",
            // A hidden tag inside a photo's hex name.
            "<img src=\"photos/1fcafe2b.jpg\">",
            // Part of a longer word.
            "zqtagprivates",
        ] {
            planted(&p, innocent).unwrap_or_else(|e| panic!("{innocent}: {e}"));
        }
    }

    #[test]
    fn an_image_made_from_a_hidden_photo_is_found() {
        let dir = journal();
        let p = prepared(dir.path());
        let (_, private) = site(&p, &Audience::Private("ana".into()));
        let (view, mut public) = site(&p, &Audience::Public);
        assert!(!private.photos.is_empty());
        scan(&p, view, &public).expect("the public site alone is clean");
        public.photos.extend(private.photos.iter().cloned());
        let e = scan(&p, view, &public).expect_err("a leak");
        let message = e.localized(crate::journal::Language::En);
        assert!(message.contains("a photo"), "{message}");
        assert!(message.contains("secret.png"), "{message}");
        assert!(message.contains("2021-zqphoto/index.md"), "{message}");
    }

    #[test]
    fn a_hidden_slug_in_a_file_name_is_found() {
        let dir = journal();
        let p = prepared(dir.path());
        let (view, mut site) = site(&p, &Audience::Public);
        site.pages.push(Page {
            path: "ana/experiences/2021-zqsecret/index.html".into(),
            content: String::new(),
        });
        let e = scan(&p, view, &site).expect_err("a leak");
        let e = e.localized(crate::journal::Language::En);
        assert!(e.contains("the address"), "{e}");
    }

    /// A search index built from the wrong view (the learner's own, on the public
    /// site) fails the build, naming `search-index.js` and the hidden item.
    #[test]
    fn a_search_index_holding_a_hidden_item_is_found() {
        let dir = journal();
        let p = prepared(dir.path());
        let (_, private) = site(&p, &Audience::Private("ana".into()));
        let (view, mut public) = site(&p, &Audience::Public);
        let index = |s: &Site| {
            s.pages
                .iter()
                .position(|page| page.path == crate::render::search::INDEX_PATH)
                .expect("every site has a search index")
        };
        let public_index = index(&public);
        assert!(!public.pages[public_index].content.contains("zqsecret"));
        scan(&p, view, &public).expect("the public site alone is clean");
        public.pages[public_index].content = private.pages[index(&private)].content.clone();
        let e = scan(&p, view, &public).expect_err("a leak");
        let message = e.to_string();
        assert!(message.contains("search-index.js"), "{message}");
        assert!(message.contains("2021-zqsecret/index.md"), "{message}");
    }
}
