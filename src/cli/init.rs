//! `carnet init`: a new journal, ready to build, every field explained.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::author::starter::{self, StarterError};
use carnet::journal::Language;
use carnet::tr;

/// Starts a new journal: carnet.toml, a learner, an example experience and a story.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet init mon-carnet --learner \"Inès\"
  carnet init                            # in the current folder, if it is empty
  carnet init my-journal --language en

Everything it writes is private: nothing is shared until you change a `visibility`.
It refuses a folder that is not empty.")]
pub(super) struct Args {
    /// The new journal's folder (created if missing; must be empty).
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// The learner's name (their folder is made from it).
    #[arg(long)]
    learner: Option<String>,
    /// The language of the sites, of the comments and of carnet's messages.
    #[arg(long, value_enum, default_value_t = Lang::Fr)]
    language: Lang,
}

/// The languages a journal can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

/// Writes the journal and says what to do next.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let lang = match args.language {
        Lang::Fr => Language::Fr,
        Lang::En => Language::En,
    };
    let name = args.learner.as_deref().unwrap_or_default();
    let started = match starter::create_journal(&args.dir, name, lang, carnet::author::today()) {
        Ok(started) => started,
        Err(StarterError::NotEmpty(dir)) => {
            let dir = dir.display();
            return report::usage_error(
                &tr!(
                    lang,
                    "{dir} n'est pas vide : carnet init ne crée un carnet que dans un dossier vide ou nouveau",
                    "{dir} is not empty: carnet init starts a journal only in an empty or new folder"
                ),
                lang,
            );
        }
        Err(StarterError::Io { path, source }) => {
            let path = path.display();
            return report::usage_error(&format!("{path}: {source}"), lang);
        }
    };
    if style.quiet {
        return ExitCode::SUCCESS;
    }
    let dir = args.dir.display();
    println!(
        "{}",
        tr!(
            lang,
            "Carnet créé dans {dir} :",
            "Journal started in {dir}:"
        )
    );
    for file in &started.files {
        println!("  {file}");
    }
    let learner = &started.learner;
    println!(
        "{}",
        tr!(
            lang,
            "Tout est privé (visibility = \"private\") : rien n'est partagé tant que tu ne le décides pas.\nEnsuite : carnet build {dir}   puis ouvre {dir}/site/private/{learner}/index.html\nNouvelle expérience : carnet new {learner} \"Titre\" photo.jpg --journal {dir}",
            "Everything is private (visibility = \"private\"): nothing is shared until you decide to.\nNext: carnet build {dir}   then open {dir}/site/private/{learner}/index.html\nNew experience: carnet new {learner} \"Title\" photo.jpg --journal {dir}"
        )
    );
    ExitCode::SUCCESS
}
