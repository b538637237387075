//! Validates a loaded journal as a whole: references between files (groups, referents,
//! skills, story experiences, covers) and address collisions are errors; what a
//! build only warns about is in [`lints`] (a photo without alt text, a story or
//! profile that hides items, ...). Collects every problem, in the journal's
//! language; reads the journal, never the sites.
//!
//! Nothing is reported about an item that failed to load (a broken experience or
//! profile): its own error says what is wrong, and anything derived from it would
//! only mislead.

pub mod lints;

use std::collections::HashMap;

use crate::diagnostic::{nearest, Diagnostic};
use crate::journal::slug::slugify;
use crate::journal::toml_error::did_you_mean;
use crate::journal::{At, Journal, Language, Learner, Professional, SourceFile, Story, Visibility};
use crate::t;

/// What the checks found: errors stop the build, warnings are printed.
#[derive(Debug, Default)]
pub struct Report {
    /// Problems that make the journal unusable.
    pub errors: Vec<Diagnostic>,
    /// Problems worth telling but not blocking (e.g. a photo without alt text).
    pub warnings: Vec<Diagnostic>,
}

/// Checks the whole journal.
pub fn check(journal: &Journal) -> Report {
    let mut report = Report::default();
    let lang = journal.config.language;
    check_config(journal, &mut report);
    lints::issuer(journal, &mut report.warnings);
    check_collisions(
        journal
            .learners
            .iter()
            .map(|l| (l.slug.as_str(), l.folder.as_str(), &l.profile.source)),
        "learners",
        lang,
        &mut report,
    );
    for learner in &journal.learners {
        check_learner(journal, learner, &mut report);
        lints::learner(journal, learner, &mut report.warnings);
    }
    check_collisions(
        journal
            .professionals
            .iter()
            .map(|p| (p.slug.as_str(), p.folder.as_str(), &p.profile.source)),
        "professionals",
        lang,
        &mut report,
    );
    for pro in &journal.professionals {
        check_professional(journal, pro, &mut report);
        check_collisions(
            pro.posts
                .iter()
                .map(|p| (p.slug.as_str(), p.slug.as_str(), &p.source)),
            "posts",
            lang,
            &mut report,
        );
    }
    check_referent_links(journal, &mut report);
    report
}

fn check_config(journal: &Journal, report: &mut Report) {
    let config = &journal.config;
    let lang = config.language;
    let mut seen = HashMap::new();
    for (kind, slug, span) in config
        .groups
        .iter()
        .map(|g| ("group", &g.slug, &g.span))
        .chain(
            config
                .referents
                .iter()
                .map(|r| ("referent", &r.slug, &r.span)),
        )
    {
        let good = slugify(slug);
        if good != *slug {
            report.errors.push(
                config
                    .source
                    .error_at(
                        span,
                        t!(lang, "check-bad-slug", kind = kind, slug = slug.as_str()),
                    )
                    .with_code("bad-slug")
                    .with_help(t!(lang, "check-bad-slug-help", good = good)),
            );
        }
        if seen.insert((kind, slug.as_str()), ()).is_some() {
            report.errors.push(
                config
                    .source
                    .error_at(
                        span,
                        t!(
                            lang,
                            "check-duplicate-id",
                            kind = kind,
                            slug = slug.as_str()
                        ),
                    )
                    .with_code("duplicate-id"),
            );
        }
    }
}

/// Reports items whose addresses (slugs) collide, e.g. folders `Café` and `cafe`;
/// `what` names the kind of items for `check-same-address` (`learners`, `posts`, ...).
fn check_collisions<'a>(
    items: impl Iterator<Item = (&'a str, &'a str, &'a SourceFile)>,
    what: &str,
    lang: Language,
    report: &mut Report,
) {
    let mut by_slug: HashMap<&str, Vec<(&str, &SourceFile)>> = HashMap::new();
    for (slug, name, source) in items {
        by_slug.entry(slug).or_default().push((name, source));
    }
    let mut collisions: Vec<_> = by_slug.into_iter().filter(|(_, v)| v.len() > 1).collect();
    collisions.sort_by_key(|(slug, _)| *slug);
    for (slug, items) in collisions {
        let names: Vec<String> = items.iter().map(|(n, _)| format!("`{n}`")).collect();
        let names = names.join(&t!(lang, "check-and"));
        for (_, source) in &items {
            report.errors.push(
                source
                    .error(t!(
                        lang,
                        "check-same-address",
                        what = what,
                        names = names.as_str(),
                        slug = slug
                    ))
                    .with_code("same-address")
                    .with_help(t!(lang, "check-same-address-help")),
            );
        }
    }
}

/// An error for an id that names nothing, with the nearest known one as help.
fn unknown<'a>(
    source: &SourceFile,
    id: &At<String>,
    message: String,
    known: impl Iterator<Item = &'a str> + Clone,
    lang: Language,
) -> Diagnostic {
    let d = source.error_at(&id.span, message).with_code("unknown-id");
    match nearest(id, known) {
        Some(near) => d.with_help(did_you_mean(near, lang)),
        None => d,
    }
}

/// The folders every site has at its top, beside one folder per learner.
pub const SITE_FOLDERS: [&str; 11] = [
    "experiences",
    "groups",
    "issuer",
    "kinds",
    "photos",
    "pros",
    "skills",
    "static",
    "tags",
    "talents",
    "visibility",
];

fn check_learner(journal: &Journal, learner: &Learner, report: &mut Report) {
    let lang = journal.config.language;
    let profile = &learner.profile;
    if SITE_FOLDERS.contains(&learner.slug.as_str()) {
        let (slug, folder) = (&learner.slug, &learner.folder);
        report.errors.push(
            profile
                .source
                .error(t!(
                    lang,
                    "check-reserved-address",
                    folder = folder.as_str(),
                    slug = slug.as_str()
                ))
                .with_code("reserved-address")
                .with_help(t!(
                    lang,
                    "check-reserved-address-help",
                    slug = slug.as_str()
                )),
        );
    }
    check_groups_exist(journal, &profile.groups, &profile.source, report);
    if let Some(referent) = &profile.referent {
        if journal.referent(referent).is_none() {
            let referents = journal.config.referents.iter().map(|r| r.slug.as_str());
            let (name, defined) = (&**referent, list(referents.clone(), lang));
            report.errors.push(unknown(
                &profile.source,
                referent,
                t!(
                    lang,
                    "check-unknown-referent",
                    name = name,
                    defined = defined
                ),
                referents,
                lang,
            ));
        }
    }
    check_collisions(
        learner
            .experiences
            .iter()
            .map(|e| (e.slug.as_str(), e.folder.as_str(), &e.source)),
        "experiences",
        lang,
        report,
    );
    check_collisions(
        learner
            .stories
            .iter()
            .map(|s| (s.slug.as_str(), s.slug.as_str(), &s.source)),
        "stories",
        lang,
        report,
    );
    let skill_ids = journal.skills.iter().map(|s| s.id.as_str());
    for exp in &learner.experiences {
        for skill in &exp.skills {
            if journal.skill(skill).is_none() {
                let builtin = if journal.builtin_skills { "yes" } else { "no" };
                let (name, ids) = (skill.id.as_str(), list(skill_ids.clone(), lang));
                report.errors.push(unknown(
                    &exp.source,
                    &skill.id,
                    t!(
                        lang,
                        "check-unknown-skill",
                        name = name,
                        builtin = builtin,
                        ids = ids
                    ),
                    skill_ids.clone(),
                    lang,
                ));
            }
        }
    }
    for exp in &learner.experiences {
        check_attestation(exp, lang, report);
    }
    for story in &learner.stories {
        check_story(learner, story, lang, report);
    }
    let targeted = std::iter::once((
        &profile.source,
        "shared_with",
        profile.visibility,
        profile.shared_with.as_deref(),
    ))
    .filter(|_| !learner.broken_profile)
    .chain(
        learner
            .experiences
            .iter()
            .map(|e| (&e.source, "groups", e.visibility, e.groups.as_deref())),
    )
    .chain(
        learner
            .stories
            .iter()
            .map(|s| (&s.source, "groups", s.visibility, s.groups.as_deref())),
    );
    for (source, key, visibility, targets) in targeted {
        if let Some(targets) = targets {
            let member = Member {
                groups: &learner.profile.groups,
                what: "learner",
            };
            check_targets(&member, source, key, visibility, targets, lang, report);
        }
    }
}

/// Checks the groups a community item is shown to (`groups = [...]`, or
/// `shared_with = [...]` in a profile): only a community item may name them, and
/// only among the learner's own groups.
fn check_targets(
    member: &Member<'_>,
    source: &SourceFile,
    key: &str,
    visibility: Visibility,
    targets: &[At<String>],
    lang: Language,
    report: &mut Report,
) {
    let key_span = source.key_span(key).unwrap_or_else(|| source.first_line());
    if visibility != Visibility::Community {
        let vis = visibility.keyword();
        report.errors.push(
            source
                .error_at(
                    &key_span,
                    t!(lang, "check-groups-not-community", key = key, vis = vis),
                )
                .with_code("groups-not-community")
                .with_help(t!(lang, "check-groups-not-community-help", key = key)),
        );
        return;
    }
    if targets.is_empty() {
        report.errors.push(
            source
                .error_at(&key_span, t!(lang, "check-empty-groups", key = key))
                .with_code("empty-groups")
                .with_help(t!(lang, "check-empty-groups-help", key = key)),
        );
        return;
    }
    let own = member.groups.iter().map(|g| g.as_str());
    for target in targets {
        if !member.groups.iter().any(|g| g == &target.value) {
            let (name, mine, what) = (&**target, list(own.clone(), lang), member.what);
            report.errors.push(
                unknown(
                    source,
                    target,
                    t!(
                        lang,
                        "check-not-a-member",
                        name = name,
                        member = what,
                        mine = mine
                    ),
                    own.clone(),
                    lang,
                )
                .with_code("not-a-member"),
            );
        }
    }
}

/// Whose groups a community item may name: a learner's or a professional's.
struct Member<'a> {
    groups: &'a [At<String>],
    /// Whose they are, as the catalogue's `member` selector: `learner`, `professional`.
    what: &'a str,
}

/// Every group of `groups` (a profile's) is defined in `carnet.toml`.
fn check_groups_exist(
    journal: &Journal,
    groups: &[At<String>],
    source: &SourceFile,
    report: &mut Report,
) {
    let lang = journal.config.language;
    let defined = journal.config.groups.iter().map(|g| g.slug.as_str());
    for group in groups {
        if journal.group(group).is_none() {
            let (name, list_) = (&**group, list(defined.clone(), lang));
            report.errors.push(unknown(
                source,
                group,
                t!(lang, "check-unknown-group", name = name, defined = list_),
                defined.clone(),
                lang,
            ));
        }
    }
}

/// A professional's profile and posts: their groups exist, and a post names only
/// groups of theirs, and only when it is `community`.
fn check_professional(journal: &Journal, pro: &Professional, report: &mut Report) {
    let lang = journal.config.language;
    let profile = &pro.profile;
    check_groups_exist(journal, &profile.groups, &profile.source, report);
    let member = Member {
        groups: &profile.groups,
        what: "professional",
    };
    let targeted = std::iter::once((
        &profile.source,
        "shared_with",
        profile.visibility,
        profile.shared_with.as_deref(),
    ))
    .chain(
        pro.posts
            .iter()
            .map(|p| (&p.source, "groups", p.visibility, p.groups.as_deref())),
    );
    for (source, key, visibility, targets) in targeted {
        if let Some(targets) = targets {
            check_targets(&member, source, key, visibility, targets, lang, report);
        }
    }
}

/// A referent's `professional = "…"` names a folder of `professionals/`.
fn check_referent_links(journal: &Journal, report: &mut Report) {
    let lang = journal.config.language;
    let pros = journal.professionals.iter().map(|p| p.slug.as_str());
    for referent in &journal.config.referents {
        let Some(pro) = &referent.professional else {
            continue;
        };
        if journal.professional(pro).is_none() {
            let (name, known) = (pro.as_str(), list(pros.clone(), lang));
            report.errors.push(
                unknown(
                    &journal.config.source,
                    pro,
                    t!(
                        lang,
                        "check-unknown-professional",
                        name = name,
                        known = known
                    ),
                    pros.clone(),
                    lang,
                )
                .with_code("unknown-id"),
            );
        }
    }
}

/// An attestation vouches only for skills its experience uses.
fn check_attestation(exp: &crate::journal::Experience, lang: Language, report: &mut Report) {
    let Some(attested) = exp.attestation.as_ref().and_then(|a| a.skills.as_ref()) else {
        return;
    };
    let used = exp.skills.iter().map(|s| s.id.as_str());
    for skill in attested {
        if !exp.skills.iter().any(|s| s.id == *skill) {
            let name = skill.as_str();
            report.errors.push(unknown(
                &exp.source,
                skill,
                t!(lang, "check-attested-skill-not-listed", name = name),
                used.clone(),
                lang,
            ));
        }
    }
}

fn check_story(learner: &Learner, story: &Story, lang: Language, report: &mut Report) {
    let folders = learner.experiences.iter().map(|e| e.folder.as_str());
    for folder in &story.experiences {
        let known = learner.experiences.iter().any(|e| e.folder == **folder);
        // An experience that failed to load has its own error already.
        if !known && !learner.broken.contains(folder) {
            let (name, learner_folder) = (&**folder, &learner.folder);
            report.errors.push(unknown(
                &story.source,
                folder,
                t!(
                    lang,
                    "check-unknown-experience",
                    name = name,
                    learner = learner_folder.as_str()
                ),
                folders.clone(),
                lang,
            ));
        }
    }
    if let Some(cover) = &story.cover {
        let folder = cover.split_once('/').map(|(folder, _)| folder);
        if folder.is_some_and(|f| learner.broken.iter().any(|b| b == f)) {
            return;
        }
        let found = cover.split_once('/').is_some_and(|(folder, file)| {
            story.experiences.iter().any(|f| **f == folder)
                && learner
                    .experiences
                    .iter()
                    .any(|e| e.folder == folder && e.photos.iter().any(|p| p.file == file))
        });
        if !found {
            let name = &**cover;
            report.errors.push(
                story
                    .source
                    .error_at(
                        &cover.span,
                        t!(lang, "check-bad-cover", name = name.as_str()),
                    )
                    .with_code("bad-cover"),
            );
        }
    }
}

/// `a, b, c`, or « aucun » / « none ».
fn list<'a>(items: impl Iterator<Item = &'a str>, lang: Language) -> String {
    let all: Vec<&str> = items.collect();
    if all.is_empty() {
        t!(lang, "check-none")
    } else {
        all.join(", ")
    }
}
