//! `carnet contributions accept`: the adviser's explicit step that pins the key a
//! learner signs her contributions with (`contributors.toml`), after checking it with
//! her. The work is done by `carnet::share::pins`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::share::{keys, pins};
use carnet::t;

/// Contributions of learners who keep their carnet in their own folder.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet contributions accept ines            # pins the key of ines's newest share
  carnet contributions accept ines --new-key  # she changed keys (checked with her)")]
pub(super) struct Args {
    #[command(subcommand)]
    command: ContributionsCommand,
}

/// What to do with contributions.
#[derive(clap::Subcommand, Debug)]
enum ContributionsCommand {
    Accept(AcceptArgs),
}

/// Accepts the key a learner's newest contribution is signed with.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet contributions accept ines
  carnet contributions accept ines mission-locale --identity ~/cles/programme.age

Compare the key it prints with the one the learner reads on her screen (in person or
by phone) before trusting her contributions.")]
struct AcceptArgs {
    /// The learner (her address, as in her share's file name).
    learner: String,
    /// The programme's journal.
    #[arg(default_value = ".")]
    journal: PathBuf,
    /// The programme's identity file [default: $CARNET_IDENTITY, else identity.age
    /// in carnet's private folder].
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
    /// Replace the key already accepted for this learner.
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
