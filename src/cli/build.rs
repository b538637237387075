//! `carnet build`: every audience's site into the output folder.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::Options;

// Builds every audience's site (help texts: `cli-help-build-…` in the catalogues).
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[arg(default_value = ".")]
    journal: PathBuf,
    #[arg(long, short)]
    out: Option<PathBuf>,
    #[arg(long)]
    cache: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
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
    let out = options.out_dir().display().to_string();
    let cache = options.cache_dir().display().to_string();
    eprintln!(
        "{}",
        carnet::t!(lang, "cli-build-where", out = out, cache = cache)
    );
}
