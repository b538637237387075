//! `carnet attest`: the adviser's deliberate act, after talking to the tutor. Signs
//! one Open Badges 3.0 credential per skill of an experience with the programme's
//! key (`carnet::credentials::issue`) and writes them into the experience's folder;
//! `--revoke` revokes them in the programme's status list instead. A build never
//! signs anything by itself.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{new::find_journal, report, Style};
use carnet::credentials::issue::{self, Request};
use carnet::credentials::keys;
use carnet::journal::Language;
use carnet::t;

// Its help texts, and those of its subcommands: `cli-help-attest-…` in the catalogues.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    learner: String,
    experience: String,
    #[arg(long, value_delimiter = ',')]
    skills: Vec<String>,
    #[arg(long, required_unless_present = "revoke")]
    by: Option<String>,
    #[arg(long)]
    role: Option<String>,
    #[arg(long, visible_alias = "organization")]
    organisation: Option<String>,
    #[arg(long)]
    quote: Option<String>,
    #[arg(long)]
    date: Option<String>,
    #[arg(long)]
    revoke: bool,
    #[arg(long, env = "CARNET_ISSUER_KEY", value_name = "FILE")]
    key: Option<PathBuf>,
    #[arg(long)]
    journal: Option<PathBuf>,
}

/// Signs or revokes, and prints the files written.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let Some(root) = args.journal.clone().or_else(find_journal) else {
        return report::usage_error(&t!(Language::Fr, "cli-no-journal-here"), Language::Fr);
    };
    let lang = Language::of_journal(&root);
    if let Some(date) = &args.date {
        if !valid_date(date) {
            return report::usage_error(
                &t!(lang, "cli-attest-bad-date", date = date.as_str()),
                lang,
            );
        }
    }
    let key = match read_key(&root, args.key.as_deref(), lang) {
        Ok(key) => key,
        Err(message) => return report::usage_error(&message, lang),
    };
    let request = Request {
        learner: args.learner,
        experience: args.experience,
        skills: args.skills,
        by: args.by.unwrap_or_default(),
        role: args.role,
        organisation: args.organisation,
        quote: args.quote,
        date: args.date,
    };
    let now = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let result = if args.revoke {
        issue::revoke(&root, &key, &request, &now)
    } else {
        issue::attest(&root, &key, &request, &now)
    };
    match result {
        Ok(files) => {
            if !style.quiet {
                let done = if args.revoke {
                    t!(lang, "cli-attest-revoked")
                } else {
                    t!(lang, "cli-attest-signed")
                };
                println!("{done}");
                for file in &files {
                    println!("  {}", file.display());
                }
                println!("{}", t!(lang, "cli-attest-rebuild"));
            }
            ExitCode::SUCCESS
        }
        Err(e) => report::failure(&e, style, lang),
    }
}

/// The programme's key: `--key` / `CARNET_ISSUER_KEY`, else the secrets folder's
/// key for the journal's public key. A key file inside the journal is refused.
fn read_key(root: &Path, given: Option<&Path>, lang: Language) -> Result<keys::IssuerKey, String> {
    let path = match given {
        Some(path) => path.to_path_buf(),
        None => {
            let (journal, _) = carnet::journal::load(root);
            let public = journal
                .and_then(|j| j.config.issuer)
                .map(|i| i.public_key)
                .ok_or_else(|| t!(lang, "cli-attest-no-issuer-key"))?;
            keys::default_path(&public).map_err(|e| e.to_string())?
        }
    };
    let shown = path.display().to_string();
    if carnet::secrets::is_inside(&path, root).unwrap_or(false) {
        return Err(t!(lang, "cli-attest-key-inside-journal", path = shown));
    }
    let text = std::fs::read_to_string(&path).map_err(|e| {
        t!(
            lang,
            "cli-attest-unreadable-key",
            path = shown.as_str(),
            error = carnet::error::io_reason(&e, lang)
        )
    })?;
    keys::read_key_file(&text).map_err(|_| t!(lang, "cli-attest-not-a-key", path = shown.as_str()))
}

fn valid_date(date: &str) -> bool {
    date.len() == 10 && date.parse::<jiff::civil::Date>().is_ok()
}
