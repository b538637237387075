//! `carnet new`: a new experience folder in a learner's journal, its front matter
//! filled in and its photos copied (by `carnet::author`, which never overwrites).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, Style};
use carnet::author::{self, AuthorError, Draft, DraftPhoto};
use carnet::journal::Language;
use carnet::tr;

/// Creates a new experience of a learner, and prints the path of its index.md.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet new ines \"Stage à la boulangerie\" ~/Photos/IMG_2041.jpg ~/Photos/IMG_2042.jpg
  carnet new ines \"Visite du port\" --journal ~/carnet
  $EDITOR \"$(carnet new ines 'Atelier CV')\"

The folder is <date>-<title>: the date is the first photo's date taken (EXIF), else
today. The experience is private. Photos are copied with safe names; nothing is ever
overwritten. The path of the new index.md is printed on stdout, alone.")]
pub(super) struct Args {
    /// The learner (their folder name under learners/).
    learner: String,
    /// The experience's title.
    title: String,
    /// Photos to copy in (JPEG, PNG or WebP), in order.
    photos: Vec<PathBuf>,
    /// The journal folder [default: the one holding the current folder].
    #[arg(long)]
    journal: Option<PathBuf>,
}

/// Writes the experience, or says why not.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let Some(root) = args.journal.clone().or_else(find_journal) else {
        return report::usage_error(
            "aucun carnet ici : lance la commande dans un carnet (un dossier avec carnet.toml), ou donne --journal DOSSIER",
            Language::Fr,
        );
    };
    let lang = Language::of_journal(&root);
    if !root.join("carnet.toml").is_file() {
        let shown = root.display();
        return report::usage_error(
            &tr!(
                lang,
                "{shown} n'est pas un carnet (pas de carnet.toml)",
                "{shown} is not a journal (no carnet.toml)"
            ),
            lang,
        );
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
                let shown = path.display();
                return report::usage_error(
                    &tr!(
                        lang,
                        "{shown} : impossible de lire la photo : {e}",
                        "{shown}: cannot read the photo: {e}"
                    ),
                    lang,
                );
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
                let date = created.date.iso_date();
                let from = if created.date_from_photo {
                    lang.pick("date de prise de vue de la photo", "the photo's date taken")
                } else {
                    lang.pick("aujourd'hui", "today")
                };
                let n = lang.count(
                    created.photos.len(),
                    ("photo copiée", "photos copiées"),
                    ("photo copied", "photos copied"),
                );
                eprintln!(
                    "{}",
                    tr!(
                        lang,
                        "Nouvelle expérience privée du {date} ({from}), {n} ; à compléter :",
                        "New private experience of {date} ({from}), {n}; to fill in:"
                    )
                );
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
                lang.pick("aucun", "none").to_string()
            } else {
                known.join(", ")
            };
            let near = carnet::diagnostic::nearest(learner, known.split(", "))
                .map(|n| carnet::journal::toml_error::did_you_mean(n, lang))
                .map(|d| format!(" ; {d}"))
                .unwrap_or_default();
            let add = carnet::journal::names::nfc(learner).replace('"', "");
            tr!(
                lang,
                "apprenant `{learner}` inconnu (le carnet a : {known}){near}\n  pour l'ajouter : carnet add learner \"{add}\" (son prénom et son nom)",
                "unknown learner `{learner}` (the journal has: {known}){near}\n  to add them: carnet add learner \"{add}\" (first and last name)"
            )
        }
        AuthorError::NoTitle => lang
            .pick(
                "une expérience a besoin d'un titre",
                "an experience needs a title",
            )
            .to_string(),
        AuthorError::NotAPhoto { name } => tr!(
            lang,
            "`{name}` n'est pas une photo JPEG, PNG ou WebP",
            "`{name}` is not a JPEG, PNG or WebP photo"
        ),
        AuthorError::BadPhoto { name, reason } => format!("`{name}` : {reason}"),
        AuthorError::ForbiddenCharacter { field, character } => {
            let (field, what) = (
                author::field_name(field, lang),
                author::character_kind(*character, lang),
            );
            let code = u32::from(*character);
            tr!(
                lang,
                "{field} contient {what} (U+{code:04X}) : enlève-le",
                "{field} holds {what} (U+{code:04X}): remove it"
            )
        }
        AuthorError::TextTooLong { len } => {
            let (kb, max) = (len / 1024, author::MAX_TEXT_BYTES / 1024);
            tr!(
                lang,
                "le texte fait {kb} Kio, plus que les {max} Kio qu'un fichier peut avoir",
                "the text is {kb} KiB long, more than the {max} KiB a file may hold"
            )
        }
        AuthorError::BadDate(date) => tr!(
            lang,
            "`{date}` n'est pas un jour du calendrier",
            "`{date}` is not a calendar day"
        ),
        AuthorError::OutsideJournal(path) => {
            let path = path.display();
            tr!(
                lang,
                "{path} est un lien symbolique qui mène hors du carnet : rien n'a été écrit",
                "{path} is a symbolic link that leads out of the journal: nothing was written"
            )
        }
        AuthorError::Io { path, source } => carnet::error::describe_io(path, source, lang),
    }
}
