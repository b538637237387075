//! Rendering only what changed. A page (through its template) is not rendered
//! again when the digest of its inputs is the one the last checked build recorded
//! for it (`output::PageInputs`, beside the manifest) and the output still holds,
//! byte for byte, what that build wrote there. Its inputs are everything its
//! template sees (its serialized context, the site's context, the interface
//! strings), carnet's version and the theme's files (see [`crate::render::Reuse`]).
//!
//! The leak check's guarantee holds: the leak check decides a file from its bytes
//! and the text of the needles that are evidence for its site, which
//! [`LeakCheck::site_digest`] hashes. Every file a committed build leaves in a site
//! was checked (by it, or by an earlier build) against the evidence its record
//! names, so a page kept, or rendered again into the same bytes, under the same
//! evidence digest passes the check as it did and is not read again. Under other
//! evidence (a hidden item was edited), a page is kept only when its bytes can be
//! read back from the output, and the leak check reads them as if the page had
//! been rendered: the same bytes, the same check as a clean build; unless none of
//! the needles new to the site can be in its files (see [`super::leak::record`]).
//! Any doubt means a full render of the site: no
//! record, a record of another leak check than the manifest's (an interrupted
//! commit), a theme overridden by the journal (`themes/`), the leak check turned off,
//! a file that is no longer what the manifest says, a sealed site (encrypted again
//! under a fresh key each build).
//!
//! A whole site is left in place, without building any page's context, when the
//! digest of all its inputs ([`site_digest`], taken before rendering: its view
//! with its photos' identities, the image settings and codecs, the theme, the
//! interface strings, carnet's version and binary) is the one the last checked
//! build recorded for it, every file that build wrote in the site is still in
//! place as the manifest says ([`Target::keep_site`]), and those files pass this
//! build's leak check unread ([`Clearance`]): they were checked against the same
//! evidence, or no needle new to the site can be in them (a word typed in an item
//! the site does not show), and then its file names and the photo files of its
//! images are checked again. The same doubts as above mean the site is rendered.
//!
//! [`LeakCheck::site_digest`]: super::leak::LeakCheck::site_digest

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use super::leak::record::Before;
use super::leak::Leak;
use super::Prepared;
use crate::audience::AudienceView;
use crate::output::{PageInputs, SiteInputs, Target};
use crate::render::Reuse;

/// What a build may reuse of one site.
#[derive(Debug)]
pub struct Plan {
    /// The digest of the leak check's evidence for the site.
    pub evidence: String,
    /// Which needles are evidence in the site, when the check was made.
    pub live: Option<Vec<bool>>,
    /// Whether the files of the site that the output holds were checked against
    /// this evidence.
    pub cleared: bool,
    /// Whether, the evidence having changed, none of the needles new to the site
    /// can be in the files the output holds ([`record`]): they are cleared
    /// without being read.
    pub cleared_by_words: bool,
    /// The pages that may be left in place, and how to key them (none when the
    /// theme is overridden: every page is rendered).
    pub reuse: Option<Reuse>,
    /// When not `cleared`: the text of each page that may be left in place, read
    /// back from the output, for the leak check to read under the new evidence.
    pub texts: HashMap<String, String>,
}

/// The leak check's evidence for one site.
#[derive(Debug)]
pub struct SiteEvidence {
    /// Its digest.
    pub digest: String,
    /// Which needles it is, when the check was made to know it.
    pub live: Option<Vec<bool>>,
}

/// The digest of the leak check's evidence for the site in folder `dir` that the
/// last build recorded, when it ran the same leak check (the same evidence for
/// every site).
pub fn recorded_evidence(leak: &Leak, dir: &str, target: &dyn Target) -> Option<String> {
    Some(same_check(leak, target)?.sites.get(dir)?.evidence.clone())
}

/// The record of the last build in `target`, when it ran the same leak check as
/// `leak` (the same needles, the same evidence for every site).
pub fn same_check<'t>(leak: &Leak, target: &'t dyn Target) -> Option<&'t PageInputs> {
    target.previous_inputs().filter(|p| p.leak == leak.digest())
}

/// The leak check's evidence for the site of `view`: the `recorded` one (see
/// [`recorded_evidence`]), without making the check, or the check's.
pub fn evidence(
    prepared: &Prepared,
    leak: &Leak,
    view: &AudienceView,
    recorded: Option<String>,
) -> SiteEvidence {
    match recorded {
        Some(digest) => SiteEvidence { digest, live: None },
        None => {
            let check = leak.check(&prepared.evidence);
            let live = check.evidence_in(&prepared.evidence, view);
            SiteEvidence {
                digest: check.digest_of(&live),
                live: Some(live),
            }
        }
    }
}

/// Whether the files of the site in folder `dir` that the output holds pass this
/// build's leak check without being read: the last build checked them against the
/// same `evidence`, or no needle new to the site can be in them ([`record`];
/// `before` holds the needles of the last build's check, read once per build).
#[derive(Debug, Clone, Copy)]
pub struct Clearance {
    /// Checked against this same evidence.
    pub same_evidence: bool,
    /// Under other evidence, none of the needles new to the site can be in them.
    pub by_words: bool,
}

impl Clearance {
    /// The clearance of the site in folder `dir`, whose evidence is `evidence`.
    pub fn of(
        prepared: &Prepared,
        evidence: &SiteEvidence,
        dir: &str,
        target: &dyn Target,
        before: &OnceLock<Option<Before>>,
    ) -> Clearance {
        let previous = target.previous_inputs();
        let record = previous.and_then(|p| p.sites.get(dir));
        let same_evidence = record.is_some_and(|r| r.evidence == evidence.digest);
        let by_words = !same_evidence
            && no_new_needle_can_be_in_files(
                prepared,
                record,
                evidence.live.as_deref(),
                previous,
                before,
            );
        Clearance {
            same_evidence,
            by_words,
        }
    }

    /// Whether the files need not be read.
    pub fn any(self) -> bool {
        self.same_evidence || self.by_words
    }
}

/// What may be reused of the site of `view` (folder `dir`) in `target`, whose
/// leak-check evidence is `evidence` and the output's files' `clearance`. When that
/// evidence is not the one the output's pages were checked against (a hidden item
/// changed), a page may still be kept, but only one whose bytes could be read
/// back: the leak check reads them again ([`Plan::texts`]), unless no needle new
/// to the site can be in its files ([`Plan::cleared_by_words`]).
pub fn plan(
    prepared: &Prepared,
    evidence: SiteEvidence,
    clearance: Clearance,
    dir: &str,
    theme: &str,
    target: &dyn Target,
) -> Plan {
    let record = target.previous_inputs().and_then(|p| p.sites.get(dir));
    let Clearance {
        same_evidence: cleared,
        by_words: cleared_by_words,
    } = clearance;
    let mut texts = HashMap::new();
    let held: HashMap<String, (String, String)> = record
        .map(|r| {
            r.pages
                .iter()
                .filter(|(path, (_, bytes))| {
                    let rel = format!("{dir}/{path}");
                    if cleared || cleared_by_words {
                        return target.holds(&rel, bytes);
                    }
                    match target.previous_text(&rel, bytes) {
                        Some(text) => {
                            texts.insert((*path).clone(), text);
                            true
                        }
                        None => false,
                    }
                })
                .map(|(path, pair)| (path.clone(), pair.clone()))
                .collect()
        })
        .unwrap_or_default();
    // Pages are keyed even when none may be kept, so that the next build can keep them.
    let reuse = (!prepared.theme.overridden).then(|| Reuse::new(theme, held));
    Plan {
        evidence: evidence.digest,
        live: evidence.live,
        cleared,
        cleared_by_words,
        reuse,
        texts,
    }
}

/// Whether none of the needles that are evidence in a site now (`live`) and were
/// not when the files of its `record` were checked can be in those files (see
/// [`super::leak::record`]). False whenever anything it needs is unknown.
fn no_new_needle_can_be_in_files(
    prepared: &Prepared,
    record: Option<&SiteInputs>,
    live: Option<&[bool]>,
    previous: Option<&PageInputs>,
    before: &OnceLock<Option<Before>>,
) -> bool {
    let (Some(record), Some(live), Some(leak)) = (record, live, &prepared.leak) else {
        return false;
    };
    let before = before.get_or_init(|| previous.and_then(|p| p.patterns.as_ref()).map(Before::new));
    let (Some(before), Some(needles), Some(words)) = (before, &record.needles, &record.words)
    else {
        return false;
    };
    leak.check(&prepared.evidence)
        .new_needles_absent(live, before, needles, words)
}

/// The version of what goes into a site's digest.
const SITE_VERSION: u32 = 2;

/// The digest of everything the site of `view` is made from, taken before any of
/// its pages is: what the view holds (every text, date, photo and setting a page
/// may show), each of its photos' identity (content hash, size, orientation,
/// metadata found), the image settings and codecs (which name and make the
/// variants), the theme's digest `theme`, the interface strings of the view's
/// language, carnet's version and binary. The leak check's evidence is not part
/// of it: it changes what the files must be checked against, not what they hold
/// (see [`Clearance`]). `None` when the theme is overridden by the journal: such a
/// site is always rendered.
pub fn site_digest(prepared: &Prepared, view: &AudienceView, theme: &str) -> Option<String> {
    if prepared.theme.overridden {
        return None;
    }
    // Formatted into one buffer, then hashed at once (see `render::Renderer`).
    let mut w = String::new();
    let codecs = format!(
        "{}|{}",
        crate::images::codec::codec_name(),
        crate::images::heif::codec_name()
    );
    for part in [
        env!("CARGO_PKG_VERSION"),
        &SITE_VERSION.to_string(),
        binary_identity(),
        theme,
        &interface_digest(view.language()),
        &codecs,
    ] {
        write!(w, "{}:{part};", part.len()).ok()?;
    }
    write!(w, "{:?};{view:?};", prepared.settings).ok()?;
    for photo in view.photos() {
        let source = prepared.catalog.source(&photo.path);
        write!(w, "{:?}={source:?};", photo.path).ok()?;
    }
    Some(blake3::hash(w.as_bytes()).to_hex().to_string())
}

/// The digest of the interface strings of `language` (the words every page's
/// template sees, and the Fluent catalogues carnet ships).
pub fn interface_digest(language: crate::journal::Language) -> String {
    static DIGESTS: OnceLock<std::sync::Mutex<HashMap<String, String>>> = OnceLock::new();
    let key = language.code().to_string();
    let digests = DIGESTS.get_or_init(Default::default);
    if let Some(d) = digests.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return d;
    }
    let mut h = blake3::Hasher::new();
    let _ = serde_json::to_writer(&mut h, &crate::render::i18n::strings(language));
    for catalogue in CATALOGUES {
        h.update(&(catalogue.len() as u64).to_le_bytes());
        h.update(catalogue.as_bytes());
    }
    let d = h.finalize().to_hex().to_string();
    if let Ok(mut m) = digests.lock() {
        m.insert(key, d.clone());
    }
    d
}

/// The Fluent catalogues carnet ships (`i18n/*/carnet.ftl`).
const CATALOGUES: [&str; 2] = [
    include_str!("../../i18n/fr/carnet.ftl"),
    include_str!("../../i18n/en/carnet.ftl"),
];

/// What tells this carnet binary from another of the same version (a build of
/// carnet from changed sources): the size and time of its file. When they cannot
/// be read, a value no other run has, so that nothing is left in place.
fn binary_identity() -> &'static str {
    static IDENTITY: OnceLock<String> = OnceLock::new();
    IDENTITY.get_or_init(|| {
        let stamp = std::env::current_exe()
            .and_then(std::fs::metadata)
            .and_then(|m| Ok((m.len(), m.modified()?)));
        match stamp {
            Ok((len, modified)) => {
                let since = modified
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default();
                format!("{len}@{}", since.as_nanos())
            }
            Err(_) => format!(
                "unknown {} {:?}",
                std::process::id(),
                std::time::SystemTime::now()
            ),
        }
    })
}
