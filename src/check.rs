//! Validates a loaded journal as a whole: references between files (groups, referents,
//! skills, story experiences, covers) and address collisions. Collects every problem.

use std::collections::HashMap;

use crate::error::Diagnostic;
use crate::journal::slug::slugify;
use crate::journal::{Journal, Learner, SourceFile};

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
    check_config(journal, &mut report);
    check_collisions(
        journal
            .learners
            .iter()
            .map(|l| (l.slug.as_str(), l.folder.as_str(), &l.profile.source)),
        "learner folders",
        &mut report,
    );
    for learner in &journal.learners {
        check_learner(journal, learner, &mut report);
    }
    report
}

fn check_config(journal: &Journal, report: &mut Report) {
    let config = &journal.config;
    let mut seen = HashMap::new();
    for (kind, slug) in config
        .groups
        .iter()
        .map(|g| ("group", &g.slug))
        .chain(config.referents.iter().map(|r| ("referent", &r.slug)))
    {
        let needle = format!("\"{slug}\"");
        if slugify(slug) != *slug {
            report.errors.push(config.source.error_at("slug", &needle, format!(
                "{kind} slug `{slug}` must be lowercase ascii letters, digits and dashes (e.g. `{}`)",
                slugify(slug)
            )));
        }
        if seen.insert((kind, slug.as_str()), ()).is_some() {
            report.errors.push(config.source.error_at(
                "slug",
                &needle,
                format!("{kind} `{slug}` is defined twice"),
            ));
        }
    }
}

/// Reports items whose addresses (slugs) collide, e.g. folders `Café` and `cafe`.
fn check_collisions<'a>(
    items: impl Iterator<Item = (&'a str, &'a str, &'a SourceFile)>,
    what: &str,
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
        for (_, source) in &items {
            report.errors.push(source.error(format!(
                "{what} {} would share the address `{slug}`: rename one of them",
                names.join(" and ")
            )));
        }
    }
}

fn check_learner(journal: &Journal, learner: &Learner, report: &mut Report) {
    let profile = &learner.profile;
    for group in &profile.groups {
        if journal.group(group).is_none() {
            report.errors.push(profile.source.error_at(
                "groups",
                &format!("\"{group}\""),
                format!(
                    "unknown group `{group}` (carnet.toml defines: {})",
                    list(journal.config.groups.iter().map(|g| g.slug.as_str()))
                ),
            ));
        }
    }
    if let Some(referent) = &profile.referent {
        if journal.referent(referent).is_none() {
            report.errors.push(profile.source.error_at(
                "referent",
                &format!("\"{referent}\""),
                format!(
                    "unknown referent `{referent}` (carnet.toml defines: {})",
                    list(journal.config.referents.iter().map(|r| r.slug.as_str()))
                ),
            ));
        }
    }
    check_collisions(
        learner
            .experiences
            .iter()
            .map(|e| (e.slug.as_str(), e.folder.as_str(), &e.source)),
        "experience folders",
        report,
    );
    check_collisions(
        learner
            .stories
            .iter()
            .map(|s| (s.slug.as_str(), s.slug.as_str(), &s.source)),
        "story files",
        report,
    );
    for exp in &learner.experiences {
        for skill in &exp.skills {
            if journal.skill(skill).is_none() {
                let hint = if journal.builtin_skills {
                    "the built-in framework has: "
                } else {
                    "skills.toml defines: "
                };
                report.errors.push(exp.source.error_at(
                    "skills",
                    &format!("\"{skill}\""),
                    format!(
                        "unknown skill `{skill}` ({hint}{})",
                        list(journal.skills.iter().map(|s| s.id.as_str()))
                    ),
                ));
            }
        }
        for photo in &exp.photos {
            if photo.alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
                report.warnings.push(exp.source.error(format!(
                    "photo `{}` has no alt text: describe it with `photos = [{{ file = \"{}\", alt = \"...\" }}]` for people who cannot see it",
                    photo.file, photo.file
                )));
            }
        }
    }
    for story in &learner.stories {
        for folder in &story.experiences {
            if !learner.experiences.iter().any(|e| &e.folder == folder)
                && !learner.broken.contains(folder)
            {
                report.errors.push(story.source.error_at(
                    "experiences",
                    &format!("\"{folder}\""),
                    format!(
                        "unknown experience `{folder}`: it must be a folder of {}/experiences/",
                        learner.folder
                    ),
                ));
            }
        }
        if let Some(cover) = &story.cover {
            let found = cover.split_once('/').is_some_and(|(folder, file)| {
                story.experiences.iter().any(|f| f == folder)
                    && learner
                        .experiences
                        .iter()
                        .any(|e| e.folder == folder && e.photos.iter().any(|p| p.file == file))
            });
            if !found {
                report.errors.push(story.source.error_at("cover", &format!("\"{cover}\""), format!(
                    "cover `{cover}` must be written `folder/photo.jpg`, naming a photo of one of the story's experiences"
                )));
            }
        }
    }
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let all: Vec<&str> = items.collect();
    if all.is_empty() {
        "none".to_string()
    } else {
        all.join(", ")
    }
}
