//! `carnet share`: the file a learner sends her programme, holding only what it may
//! see, signed with her key and encrypted to its recipients. The work is done by
//! `carnet::share`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::t;

// Its help texts, and those of its subcommands: `cli-help-share-…` in the catalogues.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[arg(default_value = ".")]
    journal: PathBuf,
    #[arg(long)]
    learner: Option<String>,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_name = "RECIPIENT")]
    to: Vec<String>,
    #[arg(long)]
    unencrypted: bool,
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
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
