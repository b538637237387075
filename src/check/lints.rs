//! What a build only warns about, each with a stable code: `missing-alt` (a photo
//! without alt text), `unlisted-photo` (a photo of the folder that `photos = [...]`
//! leaves out), `hidden-in-story` (a story told with experiences less visible than
//! itself), `no-skill` (an experience that shows no skill) and `hidden-by-profile`
//! (a profile less visible than its items, which then show nowhere more visible);
//! about attestations: `attestation-unsigned` (an `[attestation]` no signed
//! credential backs: shown as declared), `credential-stale` (the experience changed
//! since it was signed), `credential-revoked`, `credential-invalid` (a signature
//! that does not verify against `[issuer]`), and `issuer-without-site` (an
//! `[issuer]` without an `https://` `base_url`, from which its identity follows).
//!
//! Every warning points at a line of the file to edit. None is given about an item
//! that failed to load.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::journal::load::is_photo_name;
use crate::journal::{Experience, Journal, Language, Learner, SourceFile, Story, Visibility};
use crate::t;

/// Every lint of one learner's files, into `warnings`.
pub fn learner(journal: &Journal, learner: &Learner, warnings: &mut Vec<Diagnostic>) {
    let lang = journal.config.language;
    for exp in &learner.experiences {
        missing_alt(exp, lang, warnings);
        if learner.contribution.is_none() {
            // A contribution lists its photos, and holds no other.
            unlisted_photos(exp, lang, warnings);
        }
        no_skill(journal, exp, lang, warnings);
        attestations(learner, exp, lang, warnings);
    }
    for story in &learner.stories {
        hidden_in_story(learner, story, lang, warnings);
    }
    if !learner.broken_profile {
        hidden_by_profile(learner, lang, warnings);
    }
}

/// `[issuer]` needs the public site's `https://` address: its `did:web` is made of it.
pub fn issuer(journal: &Journal, warnings: &mut Vec<Diagnostic>) {
    let config = &journal.config;
    if config.issuer.is_none() || crate::credentials::Issuer::of(config).is_some() {
        return;
    }
    let lang = config.language;
    let span = config
        .source
        .find("[issuer]")
        .unwrap_or_else(|| config.source.first_line());
    warnings.push(warn(
        &config.source,
        span,
        "issuer-without-site",
        t!(lang, "lint-issuer-without-site"),
    ));
}

/// What a build found of an experience's attestations, said where to act.
fn attestations(
    learner: &Learner,
    exp: &Experience,
    lang: Language,
    warnings: &mut Vec<Diagnostic>,
) {
    use crate::credentials::State;
    let (who, folder) = (&learner.folder, &exp.folder);
    for credential in &exp.credentials {
        let (code, message, help) = match &credential.state {
            State::Verified(_) | State::Unchecked => continue,
            State::Stale(c) => {
                let skill = &c.skill;
                (
                    "credential-stale",
                    t!(lang, "lint-credential-stale", skill = skill.as_str()),
                    t!(
                        lang,
                        "lint-credential-stale-help",
                        who = who.as_str(),
                        folder = folder.as_str(),
                        skill = skill.as_str()
                    ),
                )
            }
            State::Revoked(c) => {
                let skill = &c.skill;
                (
                    "credential-revoked",
                    t!(lang, "lint-credential-revoked", skill = skill.as_str()),
                    t!(lang, "lint-credential-revoked-help"),
                )
            }
            State::Invalid(why) => (
                "credential-invalid",
                t!(lang, "lint-credential-invalid", why = why.to_string()),
                t!(lang, "lint-credential-invalid-help"),
            ),
        };
        warnings.push(
            Diagnostic::new(&credential.path, message)
                .with_code(code)
                .with_help(help)
                .warning(),
        );
    }
    let Some(a) = &exp.attestation else {
        return;
    };
    let signed = |id: &str| {
        exp.credentials
            .iter()
            .any(|c| matches!(&c.state, State::Verified(claim) if claim.skill == id))
    };
    let unsigned: Vec<String> = exp
        .skills
        .iter()
        .filter(|s| a.covers(s) && !signed(s))
        .map(|s| s.id.value.clone())
        .collect();
    if unsigned.is_empty() {
        return;
    }
    let list = unsigned.join(",");
    let span = exp
        .source
        .find("[attestation]")
        .unwrap_or_else(|| exp.source.first_line());
    let by = &a.name;
    warnings.push(
        warn(
            &exp.source,
            span,
            "attestation-unsigned",
            t!(
                lang,
                "lint-attestation-unsigned",
                skills = unsigned.join(", ")
            ),
        )
        .with_help(t!(
            lang,
            "lint-attestation-unsigned-help",
            who = who.as_str(),
            folder = folder.as_str(),
            list = list.as_str(),
            by = by.as_str()
        )),
    );
}

/// A warning at `span` of `source`, with its code.
fn warn(
    source: &SourceFile,
    span: std::ops::Range<usize>,
    code: &'static str,
    message: String,
) -> Diagnostic {
    source.error_at(&span, message).with_code(code).warning()
}

fn missing_alt(exp: &Experience, lang: Language, warnings: &mut Vec<Diagnostic>) {
    for photo in &exp.photos {
        if photo.alt.as_deref().is_some_and(|a| !a.trim().is_empty()) {
            continue;
        }
        let file = &photo.file;
        let quoted = toml::Value::String(file.clone()).to_string();
        // Listed: at its name in `photos = [...]`; taken from the folder: at the
        // top of the file, where the list would go.
        let span = exp
            .source
            .find(&quoted)
            .unwrap_or_else(|| exp.source.first_line());
        warnings.push(
            warn(
                &exp.source,
                span,
                "missing-alt",
                t!(lang, "lint-missing-alt", file = file.as_str()),
            )
            .with_help(t!(lang, "lint-missing-alt-help", quoted = quoted.as_str())),
        );
    }
}

fn unlisted_photos(exp: &Experience, lang: Language, warnings: &mut Vec<Diagnostic>) {
    let Some(span) = exp.source.key_span("photos") else {
        return; // no list: every photo of the folder is shown
    };
    let Some(dir) = exp.source.path.parent() else {
        return;
    };
    for file in photo_files(dir) {
        if exp.photos.iter().any(|p| p.file == file) {
            continue;
        }
        let quoted = toml::Value::String(file.clone()).to_string();
        warnings.push(
            warn(
                &exp.source,
                span.clone(),
                "unlisted-photo",
                t!(lang, "lint-unlisted-photo", file = file.as_str()),
            )
            .with_help(t!(
                lang,
                "lint-unlisted-photo-help",
                quoted = quoted.as_str()
            )),
        );
    }
}

/// The photo files of a folder (not hidden), in name order.
fn photo_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.') && is_photo_name(n))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn no_skill(journal: &Journal, exp: &Experience, lang: Language, warnings: &mut Vec<Diagnostic>) {
    if !exp.skills.is_empty() {
        return;
    }
    let span = exp
        .source
        .key_span("skills")
        .or_else(|| exp.source.key_span("title"))
        .unwrap_or_else(|| exp.source.first_line());
    let example = journal.skills.first().map_or("rigueur", |s| s.id.as_str());
    let builtin = if journal.builtin_skills { "yes" } else { "no" };
    warnings.push(
        warn(&exp.source, span, "no-skill", t!(lang, "lint-no-skill")).with_help(t!(
            lang,
            "lint-no-skill-help",
            example = example,
            builtin = builtin
        )),
    );
}

fn hidden_in_story(
    learner: &Learner,
    story: &Story,
    lang: Language,
    warnings: &mut Vec<Diagnostic>,
) {
    let less_visible: Vec<_> = story
        .experiences
        .iter()
        .filter(|folder| {
            learner
                .experiences
                .iter()
                .any(|e| e.folder == ***folder && e.visibility < story.visibility)
        })
        .collect();
    let Some(first) = less_visible.first() else {
        return;
    };
    let names: Vec<String> = less_visible.iter().map(|f| format!("`{}`", ***f)).collect();
    let (names, level) = (names.join(", "), story.visibility.keyword());
    let (names, count) = (names.as_str(), less_visible.len());
    let message = t!(
        lang,
        "lint-hidden-in-story",
        count = count,
        level = level,
        names = names
    );
    let help = t!(
        lang,
        "lint-hidden-in-story-help",
        count = count,
        level = level
    );
    warnings.push(
        warn(
            &story.source,
            first.span.clone(),
            "hidden-in-story",
            message,
        )
        .with_help(help),
    );
}

fn hidden_by_profile(learner: &Learner, lang: Language, warnings: &mut Vec<Diagnostic>) {
    let profile = &learner.profile;
    let above = |v: Visibility| v > profile.visibility;
    let experiences = learner
        .experiences
        .iter()
        .filter(|e| above(e.visibility))
        .count();
    let stories = learner
        .stories
        .iter()
        .filter(|s| above(s.visibility))
        .count();
    let Some(most) = learner
        .experiences
        .iter()
        .map(|e| e.visibility)
        .chain(learner.stories.iter().map(|s| s.visibility))
        .filter(|v| above(*v))
        .max()
    else {
        return;
    };
    let (level, most) = (profile.visibility.keyword(), most.keyword());
    let span = profile
        .source
        .key_span("visibility")
        .or_else(|| profile.source.key_span("name"))
        .unwrap_or_else(|| profile.source.first_line());
    warnings.push(
        warn(
            &profile.source,
            span,
            "hidden-by-profile",
            t!(
                lang,
                "lint-hidden-by-profile",
                level = level,
                experiences = experiences,
                stories = stories,
                most = most
            ),
        )
        .with_help(t!(lang, "lint-hidden-by-profile-help", most = most)),
    );
}
