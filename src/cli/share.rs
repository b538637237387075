//! `carnet share`: the file a learner sends her programme, holding only what it may
//! see, signed with her key and encrypted to its recipients. The work is done by
//! `carnet::share`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::t;

/// Writes the file to send your programme: only what your adviser and groups may see.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet share --dry-run          # what would leave, in plain words; writes nothing
  carnet share                    # ines-2026-12-06.carnet in the current folder
  carnet share mon-carnet -o ~/Envois/

Only your profile, experiences and stories whose visibility lets your adviser or
your groups see them leave, with their photos re-encoded (no GPS, no camera data,
never the original). Private items, their titles, folders and photos stay in your
folder. The file is encrypted to your programme's keys ([programme] recipients =
[\"age1…\"] in carnet.toml, or --to) and signed with your key (made on first use,
outside your journal: give its public key to your adviser).")]
pub(super) struct Args {
    /// Your journal folder.
    #[arg(default_value = ".")]
    journal: PathBuf,
    /// Which learner of the journal [default: its only one].
    #[arg(long)]
    learner: Option<String>,
    /// Say what would leave and what stays, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// A programme's public key (age1…) to encrypt to, besides carnet.toml's.
    #[arg(long, value_name = "RECIPIENT")]
    to: Vec<String>,
    /// Write the file in clear: only to hand it over in person.
    #[arg(long)]
    unencrypted: bool,
    /// Your signing key file [default: $CARNET_SIGNING_KEY, else signing.key in
    /// carnet's private folder, made on first use]; never inside the journal.
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
    /// Where to write: a file, or a folder [default: the current folder].
    #[arg(long, short = 'o', value_name = "PATH")]
    out: Option<PathBuf>,
}

/// Plans (and with --dry-run, only says) or writes the share.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let lang = Language::of_journal(&args.journal);
    if args.dry_run {
        return match carnet::share::preview(&args.journal, args.learner.as_deref()) {
            Ok((_, plan)) => {
                print_plan(&plan, lang);
                ExitCode::SUCCESS
            }
            Err(e) => report::failure(&e, style, lang),
        };
    }
    let options = carnet::share::Options {
        journal: args.journal,
        learner: args.learner,
        to: args.to,
        unencrypted: args.unencrypted,
        key: args.key,
        out: args.out,
    };
    match carnet::share::share(&options) {
        Ok(shared) => {
            if !style.quiet {
                let (path, sentence) = (shared.path.display(), shared.plan.sentence(lang));
                println!("{}", t!(lang, "cli-share-written", path = path.to_string()));
                println!("{sentence}");
                let n = shared.recipients;
                if n == 0 {
                    println!("{}", t!(lang, "cli-share-in-clear"));
                } else {
                    let key = shared.key.as_str();
                    println!("{}", t!(lang, "cli-share-encrypted", count = n, key = key));
                }
                if shared.key_created {
                    let key = shared.key.as_str();
                    println!("{}", t!(lang, "cli-share-new-key", key = key));
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => report::failure(&e, style, lang),
    }
}

/// What would leave, in plain words.
fn print_plan(plan: &carnet::share::Plan, lang: Language) {
    let who = plan
        .referent
        .clone()
        .unwrap_or_else(|| t!(lang, "cli-share-your-programme"));
    let name = plan.name.as_str();
    println!(
        "{}",
        t!(lang, "cli-share-plan-title", who = who, name = name)
    );
    println!("  {}", plan.sentence(lang));
    for title in &plan.experience_titles {
        println!("  - {title}");
    }
    for title in &plan.story_titles {
        println!(
            "  - {}",
            t!(lang, "cli-share-plan-story", title = title.as_str())
        );
    }
    println!("{}", t!(lang, "cli-share-dry-run"));
}
