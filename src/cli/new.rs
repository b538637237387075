//! `carnet new`: a new experience folder in a learner's journal, its front matter
//! filled in and its photos copied (by `carnet::author`, which never overwrites).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, Style};
use carnet::author::{self, AuthorError, Draft, DraftPhoto};
use carnet::journal::Language;
use carnet::t;

// Its help texts, and those of its subcommands: `cli-help-new-…` in the catalogues.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    learner: String,
    title: String,
    photos: Vec<PathBuf>,
    #[arg(long)]
    journal: Option<PathBuf>,
}

/// Writes the experience, or says why not.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let Some(root) = args.journal.clone().or_else(find_journal) else {
        return report::usage_error(&t!(Language::Fr, "cli-no-journal-here"), Language::Fr);
    };
    let lang = Language::of_journal(&root);
    if !root.join("carnet.toml").is_file() {
        let shown = root.display().to_string();
        return report::usage_error(&t!(lang, "cli-new-not-a-journal", path = shown), lang);
    }
    let mut photos = Vec::new();
    for path in &args.photos {
        match std::fs::read(path) {
            Ok(bytes) => photos.push(DraftPhoto {
                name: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                bytes,
                alt: None,
            }),
            Err(e) => {
                let message = t!(
                    lang,
                    "cli-new-unreadable-photo",
                    path = path.display().to_string(),
                    error = carnet::error::io_reason(&e, lang)
                );
                return report::usage_error(&message, lang);
            }
        }
    }
    let draft = Draft {
        title: args.title,
        photos,
        ..Draft::default()
    };
    match author::create_experience(&root, &args.learner, &draft) {
        Ok(created) => {
            if !style.quiet {
                let (date, count) = (created.date.iso_date(), created.photos.len());
                let message = if created.date_from_photo {
                    t!(
                        lang,
                        "cli-new-created-photo-date",
                        date = date,
                        count = count
                    )
                } else {
                    t!(lang, "cli-new-created-today", date = date, count = count)
                };
                eprintln!("{message}");
            }
            println!("{}", created.index.display());
            ExitCode::SUCCESS
        }
        Err(e) => report::usage_error(&message(&e, lang), lang),
    }
}

/// The journal holding the current folder: the nearest folder, going up, with a
/// carnet.toml.
pub(super) fn find_journal() -> Option<PathBuf> {
    let here = std::env::current_dir().ok()?;
    here.ancestors()
        .find(|dir| dir.join("carnet.toml").is_file())
        .map(Path::to_path_buf)
}

/// Why the experience was not written, in the journal's language.
fn message(e: &AuthorError, lang: Language) -> String {
    match e {
        AuthorError::UnknownLearner { learner, known } => {
            let known = if known.is_empty() {
                t!(lang, "cli-new-no-learner")
            } else {
                known.join(", ")
            };
            let near = carnet::diagnostic::nearest(learner, known.split(", "))
                .map(|n| carnet::journal::toml_error::did_you_mean(n, lang))
                .map(|d| format!(" ; {d}"))
                .unwrap_or_default();
            let add = carnet::journal::names::nfc(learner).replace('"', "");
            t!(
                lang,
                "cli-new-unknown-learner",
                learner = learner.as_str(),
                known = known,
                near = near,
                add = add
            )
        }
        AuthorError::NoTitle => t!(lang, "cli-new-no-title"),
        AuthorError::NotAPhoto { name } => t!(lang, "cli-new-not-a-photo", name = name.as_str()),
        AuthorError::BadPhoto { name, reason } => t!(
            lang,
            "cli-new-bad-photo",
            name = name.as_str(),
            reason = reason.as_str()
        ),
        AuthorError::ForbiddenCharacter { field, character } => {
            let (field, what) = (
                author::field_name(field, lang),
                author::character_kind(*character, lang),
            );
            let code = format!("U+{:04X}", u32::from(*character));
            t!(
                lang,
                "cli-new-forbidden-character",
                field = field,
                what = what,
                code = code
            )
        }
        AuthorError::TextTooLong { len } => {
            let (kb, max) = (len / 1024, author::MAX_TEXT_BYTES / 1024);
            t!(lang, "cli-new-text-too-long", kb = kb, max = max)
        }
        AuthorError::BadDate(date) => t!(lang, "cli-new-bad-date", date = date.as_str()),
        AuthorError::OutsideJournal(path) => t!(
            lang,
            "cli-new-outside-journal",
            path = path.display().to_string()
        ),
        AuthorError::Io { path, source } => carnet::error::describe_io(path, source, lang),
    }
}
