//! The public site's verifiable files: each signed attestation a learner publishes
//! (`<learner>/badges/<id>.json`, byte for byte as the programme signed it, only
//! when it verified and the learner opted in with `publish_badges = true`), and the
//! issuer's DID document (`issuer/did.json`) and revocation list
//! (`issuer/status/1.json`) that verifiers read. Made from the view only: a
//! credential reaches a site only with its experience, and only the public one.

use super::super::Page;
use crate::audience::AudienceView;
use crate::credentials::{did, status};

/// The published credentials and the issuer's files of `view`.
pub(in crate::render) fn badges(view: &AudienceView) -> Vec<Page> {
    let mut pages = Vec::new();
    for learner in view.learners() {
        for exp in &learner.experiences {
            for badge in &exp.badges {
                if let Some(text) = &badge.published {
                    pages.push(Page {
                        path: format!("{}/badges/{}.json", learner.slug, badge.id),
                        content: text.clone(),
                    });
                }
            }
        }
    }
    if let Some(files) = view.issuer_files() {
        pages.push(Page {
            path: did::SITE_PATH.to_string(),
            content: files.did_document.clone(),
        });
        if let Some(list) = &files.status_list {
            pages.push(Page {
                path: status::SITE_PATH.to_string(),
                content: list.clone(),
            });
        }
    }
    pages
}
