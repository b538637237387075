//! `carnet keys`: the keys a programme keeps outside every journal. `carnet keys new
//! --issuer` makes the programme's Ed25519 signing key for attestations, writes it
//! readable by its owner only under carnet's secrets folder (or `--out FILE`, never
//! inside a journal), and prints the public part to write into `carnet.toml`.
//!
//! Each kind of key is a flag of `carnet keys new` (`--issuer` here); other kinds
//! take their own flag beside it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, Style};
use carnet::credentials::keys::{self, IssuerKey};
use carnet::journal::Language;
use carnet::tr;

/// The programme's keys, kept outside every journal.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[command(subcommand)]
    command: KeysCommand,
}

/// What to do with keys.
#[derive(clap::Subcommand, Debug)]
enum KeysCommand {
    New(NewArgs),
}

/// Makes a new key, outside every journal, and prints what to publish.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet keys new --issuer
  carnet keys new --issuer --out /media/cle-usb/mission-locale.key

The issuer key signs attestations (carnet attest). It is written readable by you
only, in carnet's secrets folder (CARNET_HOME, else ~/.config/carnet), as
issuer/<public key>.key, where carnet attest finds it; never inside a journal.
Only its public part goes into carnet.toml.")]
struct NewArgs {
    /// The programme's signing key for attestations (Ed25519).
    #[arg(long)]
    issuer: bool,
    /// Where to write the key [default: <secrets folder>/issuer/<public key>.key].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// Runs `carnet keys`.
pub(super) fn run(args: Args, _style: Style) -> ExitCode {
    match args.command {
        KeysCommand::New(new) => new_key(new),
    }
}

fn new_key(args: NewArgs) -> ExitCode {
    let lang = Language::Fr;
    if !args.issuer {
        return report::usage_error(
            "dis quelle clé créer : carnet keys new --issuer (la clé qui signe les attestations)",
            lang,
        );
    }
    let key = match IssuerKey::generate() {
        Ok(key) => key,
        Err(e) => return report::usage_error(&format!("pas d'aléa du système : {e}"), lang),
    };
    let path = match args.out {
        Some(path) => path,
        None => match keys::default_path(&key.public()) {
            Ok(path) => path,
            Err(e) => return report::usage_error(&e.to_string(), lang),
        },
    };
    if let Some(journal) = journal_around(&path) {
        let shown = journal.display();
        return report::usage_error(
            &tr!(
                lang,
                "{shown} est un journal : une clé secrète n'y a pas sa place (elle serait copiée et partagée avec lui) ; choisis un fichier hors du journal",
                "{shown} is a journal: a secret key has no place in it (it would be copied and shared with it); pick a file outside the journal"
            ),
            lang,
        );
    }
    if path.exists() {
        let shown = path.display();
        return report::usage_error(
            &tr!(
                lang,
                "{shown} existe déjà : carnet n'écrase jamais une clé",
                "{shown} already exists: carnet never overwrites a key"
            ),
            lang,
        );
    }
    if let Err(e) = carnet::secrets::write_private(&path, keys::key_file_text(&key).as_bytes()) {
        return report::usage_error(&e.to_string(), lang);
    }
    let public = key.public().multibase();
    let shown = path.display();
    println!(
        "Clé de signature du programme créée : {shown}
(lisible par toi seul·e ; garde-la hors de tout journal, sauvegarde-la sur un support à part)

À écrire dans le carnet.toml du journal (seule la partie publique y va) :

[issuer]
name = \"Mission locale …\"   # le nom du programme qui signe
public_key = \"{public}\"

Avec base_url = \"https://…\" dans carnet.toml, l'identité du programme est
did:web:<hôte>:issuer, et la construction publie issuer/did.json sur le site public.
Puis, après avoir parlé au tuteur : carnet attest JEUNE EXPERIENCE --skills … --by …"
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
