//! `carnet contributions accept`: the adviser's explicit step that pins the key a
//! learner signs her contributions with (`contributors.toml`), after checking it with
//! her. The work is done by `carnet::share::pins`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::share::{keys, pins};
use carnet::t;

// Its help texts, and those of its subcommands: `cli-help-contributions-…` in the catalogues.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[command(subcommand)]
    command: ContributionsCommand,
}

#[derive(clap::Subcommand, Debug)]
enum ContributionsCommand {
    Accept(AcceptArgs),
}

#[derive(clap::Args, Debug)]
struct AcceptArgs {
    learner: String,
    #[arg(default_value = ".")]
    journal: PathBuf,
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
    #[arg(long)]
    new_key: bool,
}

/// Runs `carnet contributions …`.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let ContributionsCommand::Accept(args) = args.command;
    let lang = Language::of_journal(&args.journal);
    let identities = match keys::identity_path(args.identity.as_deref()).and_then(|p| {
        if p.exists() {
            keys::read_identities(&p, Some(&args.journal), lang)
        } else {
            Ok(Vec::new())
        }
    }) {
        Ok(ids) => ids,
        Err(e) => return report::failure(&e, style, lang),
    };
    let (file, key) = match pins::newest_key(&args.journal, &args.learner, &identities, lang) {
        Ok(found) => found,
        Err(e) => return report::failure(&e, style, lang),
    };
    match pins::pin_learner_key(&args.journal, &args.learner, &key, args.new_key, lang) {
        Ok(change) => {
            let (learner, file) = (args.learner.as_str(), file.display().to_string());
            let key = key.as_str();
            let message = match change {
                pins::PinChange::New => t!(
                    lang,
                    "cli-contributions-key-accepted",
                    learner = learner,
                    file = file,
                    key = key
                ),
                pins::PinChange::Same => t!(
                    lang,
                    "cli-contributions-key-already-accepted",
                    learner = learner,
                    file = file,
                    key = key
                ),
                pins::PinChange::Replaced { .. } => t!(
                    lang,
                    "cli-contributions-new-key-accepted",
                    learner = learner,
                    file = file,
                    key = key
                ),
            };
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => report::failure(&e, style, lang),
    }
}
