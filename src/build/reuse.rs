//! Rendering only what changed. A page (through its template) is not rendered
//! again when the digest of its inputs is the one the last checked build recorded
//! for it (`output::PageInputs`, beside the manifest) and the output still holds,
//! byte for byte, what that build wrote there. Its inputs are everything its
//! template sees (its serialized context, the site's context, the interface
//! strings), carnet's version, the theme's files, and the leak check's evidence for
//! its site (see [`crate::render::Reuse`]).
//!
//! The leak check's guarantee holds: the leak check decides a file from its bytes
//! and the text of the needles that are evidence for its site, which
//! [`LeakCheck::site_digest`] hashes. Every file a committed build leaves in a site
//! was checked (by it, or by an earlier build) against the evidence its record
//! names, so a page kept, or rendered again into the same bytes, under the same site
//! digest passes the check as it did. Any doubt means a full render of the site: no
//! record, a record of another leak check than the manifest's (an interrupted
//! commit), a theme overridden by the journal (`themes/`), the leak check turned off,
//! a file that is no longer what the manifest says, a sealed site (encrypted again
//! under a fresh key each build).
//!
//! [`LeakCheck::site_digest`]: super::leak::LeakCheck::site_digest

use std::collections::HashMap;

use super::leak::Leak;
use super::Prepared;
use crate::audience::AudienceView;
use crate::output::Target;
use crate::render::Reuse;

/// What a build may reuse of one site.
#[derive(Debug)]
pub struct Plan {
    /// The digest of the leak check's evidence for the site.
    pub evidence: String,
    /// Whether the files of the site that the output holds were checked against
    /// this evidence.
    pub cleared: bool,
    /// The pages that may be left in place, and how to key them (none when the
    /// theme is overridden: every page is rendered).
    pub reuse: Option<Reuse>,
}

/// What may be reused of the site of `view` (folder `dir`) in `target`.
pub fn plan(
    prepared: &Prepared,
    leak: &Leak,
    view: &AudienceView,
    dir: &str,
    theme: &str,
    target: &dyn Target,
) -> Plan {
    let previous = target.previous_inputs();
    let record = previous.and_then(|p| p.sites.get(dir));
    // The same leak check as the last build: the same evidence for every site, and
    // the check need not even be made.
    let evidence = match record {
        Some(r) if previous.is_some_and(|p| p.leak == leak.digest()) => r.evidence.clone(),
        _ => leak
            .check(&prepared.evidence)
            .site_digest(&prepared.evidence, view),
    };
    let record = record.filter(|r| r.evidence == evidence);
    let cleared = record.is_some();
    let held: HashMap<String, (String, String)> = record
        .map(|r| {
            r.pages
                .iter()
                .filter(|(path, (_, bytes))| target.holds(&format!("{dir}/{path}"), bytes))
                .map(|(path, pair)| (path.clone(), pair.clone()))
                .collect()
        })
        .unwrap_or_default();
    // Pages are keyed even when none may be kept, so that the next build can keep them.
    let reuse = (!prepared.theme.overridden).then(|| Reuse::new(theme, &evidence, held));
    Plan {
        evidence,
        cleared,
        reuse,
    }
}
