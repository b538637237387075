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
use carnet::tr;

/// Keys for sharing carnets with a programme.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet keys new                 # the programme's identity (an adviser, once)
  carnet keys new --learner       # a learner's signing key (carnet share makes one too)
  carnet keys new --issuer        # the programme's key that signs attestations")]
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
  carnet keys new --issuer        # signs attestations; prints [issuer] for carnet.toml

The programme's identity (identity.age), a learner's signing key (signing.key) and
the issuer key (issuer/<public key>.key) go to carnet's private folder ($CARNET_HOME,
else carnet/ in your configuration folder), readable by you only, never inside a
journal. It never replaces an existing key.")]
struct NewArgs {
    /// Make a learner's signing key instead of a programme's identity.
    #[arg(long, conflicts_with = "issuer")]
    learner: bool,
    /// Make the programme's key that signs attestations (Ed25519), for `carnet attest`.
    #[arg(long)]
    issuer: bool,
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
    if args.issuer {
        new_issuer_key(args.out, lang)
    } else if args.learner {
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

/// `carnet keys new --issuer`: the programme's signing key for attestations, and
/// the `[issuer]` table to copy into `carnet.toml`.
fn new_issuer_key(out: Option<PathBuf>, lang: Language) -> ExitCode {
    let key = match IssuerKey::generate() {
        Ok(key) => key,
        Err(e) => return report::usage_error(&format!("pas d'aléa du système : {e}"), lang),
    };
    let path = match out {
        Some(path) => path,
        None => match issuer_keys::default_path(&key.public()) {
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
    if let Err(e) =
        carnet::secrets::write_private(&path, issuer_keys::key_file_text(&key).as_bytes())
    {
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
