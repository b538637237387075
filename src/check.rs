//! Validates a loaded journal as a whole: references between files (groups, referents,
//! skills, story experiences, covers), address collisions, and what a build only warns
//! about (a photo without alt text, a story told with experiences less visible than
//! itself). Collects every problem; reads the journal, never the sites.

use std::collections::HashMap;

use crate::diagnostic::{nearest, Diagnostic};
use crate::journal::slug::slugify;
use crate::journal::{At, Journal, Learner, SourceFile};

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
        if slugify(slug) != *slug {
            report.errors.push(config.source.error_at(span, format!(
                "{kind} slug `{slug}` must be lowercase ascii letters, digits and dashes (e.g. `{}`)",
                slugify(slug)
            )));
        }
        if seen.insert((kind, slug.as_str()), ()).is_some() {
            report.errors.push(
                config
                    .source
                    .error_at(span, format!("{kind} `{slug}` is defined twice")),
            );
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

/// An error for an id that names nothing, with the nearest known one as help.
fn unknown<'a>(
    source: &SourceFile,
    id: &At<String>,
    message: String,
    known: impl Iterator<Item = &'a str> + Clone,
) -> Diagnostic {
    let d = source.error_at(&id.span, message);
    match nearest(id, known) {
        Some(near) => d.with_help(format!("did you mean `{near}`?")),
        None => d,
    }
}

fn check_learner(journal: &Journal, learner: &Learner, report: &mut Report) {
    let profile = &learner.profile;
    let groups = journal.config.groups.iter().map(|g| g.slug.as_str());
    for group in &profile.groups {
        if journal.group(group).is_none() {
            report.errors.push(unknown(
                &profile.source,
                group,
                format!(
                    "unknown group `{}` (carnet.toml defines: {})",
                    **group,
                    list(groups.clone())
                ),
                groups.clone(),
            ));
        }
    }
    if let Some(referent) = &profile.referent {
        if journal.referent(referent).is_none() {
            let referents = journal.config.referents.iter().map(|r| r.slug.as_str());
            report.errors.push(unknown(
                &profile.source,
                referent,
                format!(
                    "unknown referent `{}` (carnet.toml defines: {})",
                    **referent,
                    list(referents.clone())
                ),
                referents,
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
    let skill_ids = journal.skills.iter().map(|s| s.id.as_str());
    for exp in &learner.experiences {
        for skill in &exp.skills {
            if journal.skill(skill).is_none() {
                let hint = if journal.builtin_skills {
                    "the built-in framework has: "
                } else {
                    "skills.toml defines: "
                };
                report.errors.push(unknown(
                    &exp.source,
                    skill,
                    format!(
                        "unknown skill `{}` ({hint}{})",
                        **skill,
                        list(skill_ids.clone())
                    ),
                    skill_ids.clone(),
                ));
            }
        }
        for photo in &exp.photos {
            if photo.alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
                report.warnings.push(exp.source.error(format!(
                    "photo `{}` has no alt text: describe it with `photos = [{{ file = \"{}\", alt = \"...\" }}]` for people who cannot see it",
                    photo.file, photo.file
                )).warning());
            }
        }
    }
    for story in &learner.stories {
        check_story(learner, story, report);
    }
}

fn check_story(learner: &Learner, story: &crate::journal::Story, report: &mut Report) {
    let folders = learner.experiences.iter().map(|e| e.folder.as_str());
    let mut less_visible = Vec::new();
    for folder in &story.experiences {
        match learner.experiences.iter().find(|e| e.folder == **folder) {
            Some(exp) if exp.visibility < story.visibility => less_visible.push(folder),
            Some(_) => {}
            // An experience that failed to load has its own error already.
            None if learner.broken.contains(folder) => {}
            None => report.errors.push(unknown(
                &story.source,
                folder,
                format!(
                    "unknown experience `{}`: it must be a folder of {}/experiences/",
                    **folder, learner.folder
                ),
                folders.clone(),
            )),
        }
    }
    if let Some(first) = less_visible.first() {
        let names: Vec<String> = less_visible.iter().map(|f| format!("`{}`", ***f)).collect();
        report.warnings.push(
            story
                .source
                .error_at(
                    &first.span,
                    format!(
                        "this story is `{}`, but {} less visible: wherever the story is shown to someone who may not see {}, it is told without {}",
                        story.visibility.keyword(),
                        if names.len() == 1 { format!("the experience {} is", names[0]) } else { format!("the experiences {} are", names.join(", ")) },
                        if names.len() == 1 { "it" } else { "them" },
                        if names.len() == 1 { "it" } else { "them" },
                    ),
                )
                .warning(),
        );
    }
    if let Some(cover) = &story.cover {
        let found = cover.split_once('/').is_some_and(|(folder, file)| {
            story.experiences.iter().any(|f| **f == folder)
                && learner
                    .experiences
                    .iter()
                    .any(|e| e.folder == folder && e.photos.iter().any(|p| p.file == file))
        });
        if !found {
            report.errors.push(story.source.error_at(&cover.span, format!(
                "cover `{}` must be written `folder/photo.jpg`, naming a photo of one of the story's experiences",
                **cover
            )));
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
