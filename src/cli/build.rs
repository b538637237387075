//! `carnet build`: every audience's site into the output folder.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::Options;

/// Builds every audience's site: public, each community, each referent, each learner.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet build                           # the journal in this folder, sites in site/
  carnet build example-journal           # sites in example-journal/site/
  carnet build . --out /srv/carnet       # sites elsewhere
  carnet build . -q                      # errors only

Publish one site folder (site/public/), never the whole output folder: see `carnet export`.")]
pub(super) struct Args {
    /// The journal folder (holding carnet.toml).
    #[arg(default_value = ".")]
    journal: PathBuf,
    /// Output folder [default: JOURNAL/site]. carnet owns it: it refuses a non-empty
    /// folder it did not create.
    #[arg(long, short)]
    out: Option<PathBuf>,
    /// Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the
    /// user's cache folder].
    #[arg(long)]
    cache: Option<PathBuf>,
    /// File of the passphrases of the protected sites (`protect = true`), outside the
    /// journal: one `site = passphrase` line each, several lines per site allowed
    /// (`community/garantie-jeunes = …`). CARNET_PASSPHRASE_<SITE> variables add to it.
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    /// The programme's identity file, which opens contributions/*.carnet
    /// [default: $CARNET_IDENTITY, else identity.age in carnet's private folder].
    /// Never inside the journal.
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
}

/// Builds, then prints the warnings and the summary, or the failure.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let options = Options {
        journal: args.journal,
        out: args.out,
        cache: args.cache,
        passphrase_file: args.passphrase_file,
        identity: args.identity,
        quiet: style.quiet,
    };
    let lang = Language::of_journal(&options.journal);
    if style.verbose {
        verbose_start(&options, lang);
    }
    match carnet::build(&options) {
        Ok(summary) => {
            if !style.quiet {
                report::diagnostics(&summary.warnings, style, lang);
                report::summary(&summary, lang, style.verbose);
                report::warnings_hint(summary.warnings.len(), &options.journal, lang);
            }
            ExitCode::SUCCESS
        }
        Err(error) => report::failure(&error, style, lang),
    }
}

/// Where the build reads and writes, and per-stage timings (`--verbose`).
pub(super) fn verbose_start(options: &Options, lang: Language) {
    // Read once by the build's stage timer; nothing else runs yet.
    std::env::set_var("CARNET_TIMINGS", "1");
    let (out, cache) = (options.out_dir(), options.cache_dir());
    let (out, cache) = (out.display(), cache.display());
    eprintln!(
        "{}",
        carnet::tr!(
            lang,
            "sortie : {out}\ncache d'images : {cache}",
            "output: {out}\nimage cache: {cache}"
        )
    );
}
