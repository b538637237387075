//! `carnet share`: the file a learner sends her programme, holding only what it may
//! see, signed with her key and encrypted to its recipients. The work is done by
//! `carnet::share`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::tr;

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
                println!(
                    "{}",
                    tr!(lang, "partage écrit : {path}", "share written: {path}")
                );
                println!("{sentence}");
                let n = shared.recipients;
                if n == 0 {
                    println!(
                        "{}",
                        lang.pick(
                            "en clair (--unencrypted) : remets-le en main propre, pas par courriel",
                            "in clear (--unencrypted): hand it over in person, not by e-mail",
                        )
                    );
                } else {
                    let key = &shared.key;
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "chiffré pour {n} clé(s) du programme, signé par ta clé {key}",
                            "encrypted for {n} programme key(s), signed by your key {key}"
                        )
                    );
                }
                if shared.key_created {
                    let key = &shared.key;
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "nouvelle clé de signature, gardée hors de ton journal : donne sa partie publique à ta conseillère (de vive voix ou par écrit) :\n  {key}",
                            "new signing key, kept outside your journal: give its public part to your referent (in person or in writing):\n  {key}"
                        )
                    );
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
        .unwrap_or_else(|| lang.pick("ton programme", "your programme").to_string());
    let name = &plan.name;
    println!(
        "{}",
        tr!(
            lang,
            "Ce que {who} recevra de {name} :",
            "What {who} will receive from {name}:"
        )
    );
    println!("  {}", plan.sentence(lang));
    for title in &plan.experience_titles {
        println!("  - {title}");
    }
    for title in &plan.story_titles {
        println!("  - {} {title}", lang.pick("récit :", "story:"));
    }
    println!(
        "{}",
        lang.pick(
            "Rien n'est écrit (--dry-run). Tes éléments privés, leurs titres, dossiers et photos restent chez toi.",
            "Nothing written (--dry-run). Your private items, their titles, folders and photos stay home.",
        )
    );
}
