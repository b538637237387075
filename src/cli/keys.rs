//! `carnet keys new`: the programme's identity that opens contributions (its
//! public recipient string is printed, to hand to learners), with `--learner` a
//! learner's signing key (`carnet::share::keys`), with `--issuer` the programme's
//! Ed25519 key that signs attestations (`carnet::credentials::keys`), whose public
//! part goes into `carnet.toml`. All are kept outside every journal.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, Style};
use carnet::credentials::keys::{self as issuer_keys, IssuerKey};
use carnet::journal::Language;
use carnet::share::keys;
use carnet::t;

// Its help texts, and those of its subcommands: `cli-help-keys-…` in the catalogues.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[command(subcommand)]
    command: KeysCommand,
}

#[derive(clap::Subcommand, Debug)]
enum KeysCommand {
    New(NewArgs),
}

#[derive(clap::Args, Debug)]
struct NewArgs {
    #[arg(long, conflicts_with = "issuer")]
    learner: bool,
    #[arg(long)]
    issuer: bool,
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(long, value_name = "DIR", default_value = ".")]
    journal: PathBuf,
}

/// Runs `carnet keys …`.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let KeysCommand::New(args) = args.command;
    let lang = Language::of_journal(&args.journal);
    let journal = Some(args.journal.as_path());
    if args.issuer {
        new_issuer_key(args.out, lang)
    } else if args.learner {
        let path = match keys::signing_key_path(args.out.as_deref()) {
            Ok((p, _)) => p,
            Err(e) => return report::failure(&e, style, lang),
        };
        match keys::new_signer(&path, journal, lang) {
            Ok(signer) => {
                let (file, key) = (path.display().to_string(), signer.public_key());
                println!(
                    "{}",
                    t!(lang, "cli-keys-signing-written", file = file, key = key)
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
                let file = path.display().to_string();
                println!(
                    "{}",
                    t!(
                        lang,
                        "cli-keys-identity-written",
                        file = file,
                        recipient = recipient
                    )
                );
                ExitCode::SUCCESS
            }
            Err(e) => report::failure(&e, style, lang),
        }
    }
}

/// `carnet keys new --issuer`: the programme's signing key for attestations, and
/// the `[issuer]` table to copy into `carnet.toml`.
fn new_issuer_key(out: Option<PathBuf>, lang: Language) -> ExitCode {
    let key = match IssuerKey::generate() {
        Ok(key) => key,
        Err(e) => {
            let message = t!(lang, "cli-keys-no-randomness", error = e.to_string());
            return report::usage_error(&message, lang);
        }
    };
    let path = match out {
        Some(path) => path,
        None => match issuer_keys::default_path(&key.public()) {
            Ok(path) => path,
            Err(e) => return report::usage_error(&e.to_string(), lang),
        },
    };
    if let Some(journal) = journal_around(&path) {
        let shown = journal.display().to_string();
        return report::usage_error(&t!(lang, "cli-keys-inside-journal", path = shown), lang);
    }
    if path.exists() {
        let shown = path.display().to_string();
        return report::usage_error(&t!(lang, "cli-keys-exists", path = shown), lang);
    }
    if let Err(e) =
        carnet::secrets::write_private(&path, issuer_keys::key_file_text(&key, lang).as_bytes())
    {
        return report::usage_error(&e.to_string(), lang);
    }
    let public = key.public().multibase();
    let shown = path.display().to_string();
    println!(
        "{}",
        t!(
            lang,
            "cli-keys-issuer-written",
            path = shown,
            public = public
        )
    );
    ExitCode::SUCCESS
}

/// The journal (a folder with `carnet.toml`) that `path` would be inside, if any.
fn journal_around(path: &Path) -> Option<PathBuf> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    absolute
        .ancestors()
        .skip(1)
        .find(|dir| dir.join("carnet.toml").is_file())
        .map(Path::to_path_buf)
}
