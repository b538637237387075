//! `carnet completions SHELL` and `carnet man`: shell completions (clap_complete)
//! and the man page (clap_mangen), both made from the command-line definition
//! itself, so they never fall behind it.

use std::io::Write;
use std::process::ExitCode;

use clap_complete::Shell;

use super::report;
use carnet::journal::Language;

// Prints a shell completion script (help texts: `cli-help-completions-…`).
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[arg(value_enum)]
    shell: Shell,
}

// Prints the man page (roff) of carnet, or writes one page per command into `dir`
// (help texts: `cli-help-man-…`).
#[derive(clap::Args, Debug)]
pub(super) struct ManArgs {
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
}

/// Writes the completion script for `args.shell` to stdout, with the helps of
/// `command` (in the locale's language).
pub(super) fn run(args: Args, mut command: clap::Command) -> ExitCode {
    let name = command.get_name().to_string();
    clap_complete::generate(args.shell, &mut command, name, &mut std::io::stdout());
    ExitCode::SUCCESS
}

/// Prints the main man page, or writes every page into `args.dir`.
pub(super) fn man(args: ManArgs, command: clap::Command, lang: Language) -> ExitCode {
    let written = match &args.dir {
        Some(dir) => std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(command, dir))
            .map_err(|e| carnet::Error::io(dir, e)),
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut page)
                .and_then(|()| std::io::stdout().write_all(&page))
                .map_err(|e| carnet::Error::io("-", e))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => report::usage_error(&error.localized(lang), lang),
    }
}
