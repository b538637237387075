//! `carnet keys new`: the programme's identity that opens contributions (its
//! public recipient string is printed, to hand to learners), or with `--learner`
//! a learner's signing key. Both are kept outside every journal (`carnet::share::keys`).

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::share::keys;
use carnet::tr;

/// Keys for sharing carnets with a programme.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet keys new                 # the programme's identity (an adviser, once)
  carnet keys new --learner       # a learner's signing key (carnet share makes one too)")]
pub(super) struct Args {
    #[command(subcommand)]
    command: KeysCommand,
}

/// What to do with keys.
#[derive(clap::Subcommand, Debug)]
enum KeysCommand {
    New(NewArgs),
}

/// Makes a key, kept outside every journal, and prints its public part.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet keys new                 # the programme's identity; prints age1… for learners
  carnet keys new --learner       # a learner's signing key; prints RW… for the adviser

The programme's identity (identity.age) and a learner's signing key (signing.key) go
to carnet's private folder ($CARNET_HOME, else carnet/ in your configuration folder),
readable by you only. It never replaces an existing key.")]
struct NewArgs {
    /// Make a learner's signing key instead of a programme's identity.
    #[arg(long)]
    learner: bool,
    /// The file to write [default: $CARNET_IDENTITY or $CARNET_SIGNING_KEY, else
    /// carnet's private folder].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// A journal the key must stay out of [default: the current folder].
    #[arg(long, value_name = "DIR", default_value = ".")]
    journal: PathBuf,
}

/// Runs `carnet keys …`.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let KeysCommand::New(args) = args.command;
    let lang = Language::of_journal(&args.journal);
    let journal = Some(args.journal.as_path());
    if args.learner {
        let path = match keys::signing_key_path(args.out.as_deref()) {
            Ok((p, _)) => p,
            Err(e) => return report::failure(&e, style, lang),
        };
        match keys::new_signer(&path, journal, lang) {
            Ok(signer) => {
                let (file, key) = (path.display(), signer.public_key());
                println!(
                    "{}",
                    tr!(
                        lang,
                        "clé de signature écrite dans {file} (lisible par toi seul)\nsa partie publique, à donner à ta conseillère :\n  {key}",
                        "signing key written to {file} (readable by you only)\nits public part, to give your referent:\n  {key}"
                    )
                );
                ExitCode::SUCCESS
            }
            Err(e) => report::failure(&e, style, lang),
        }
    } else {
        let path = match keys::identity_path(args.out.as_deref()) {
            Ok(p) => p,
            Err(e) => return report::failure(&e, style, lang),
        };
        match keys::new_identity(&path, journal, lang) {
            Ok(recipient) => {
                let file = path.display();
                println!(
                    "{}",
                    tr!(
                        lang,
                        "identité du programme écrite dans {file} (lisible par toi seul ; garde-la hors du journal, fais-en une copie de secours)\nsa clé publique, à donner aux personnes qui partagent leur carnet :\n  {recipient}",
                        "programme identity written to {file} (readable by you only; keep it out of the journal, back it up)\nits public key, to give the people who share their carnet:\n  {recipient}"
                    )
                );
                ExitCode::SUCCESS
            }
            Err(e) => report::failure(&e, style, lang),
        }
    }
}
