//! The `carnet` command line, one file per command. The only place that prints a
//! final error and picks the exit code: 0 ok, 1 content errors in the journal (or
//! warnings under `check --deny-warnings`), 2 usage, I/O or output-folder errors.
//! Diagnostics and errors go to stderr, the summary to stdout; messages follow the
//! journal's language (French by default); `--help` and clap's errors follow the
//! locale ([`help`]).

mod add;
mod argument_errors;
mod attest;
mod build;
mod check;
mod completions;
mod contributions;
mod export;
mod help;
mod init;
mod keys;
mod new;
mod report;
mod serve;
mod share;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

// The command line. Its help texts (and the exit codes shown at the end of
// `carnet --help`) are in the catalogues, under `cli-help-…` keys: see [`help`].
// Plain comments here and on every command's arguments, since clap would show doc
// comments as help.
#[derive(Parser, Debug)]
#[command(name = "carnet", version = carnet::images::codec::version())]
struct Cli {
    // When to colour messages.
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    color: Color,
    // Print errors only.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    // Say more.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

// When to colour messages: on a terminal unless `NO_COLOR` is set, always, never.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// The commands; each one's arguments and code live in its own file.
#[derive(Subcommand, Debug)]
enum Command {
    Build(build::Args),
    Check(check::Args),
    Init(init::Args),
    Add(add::Args),
    New(new::Args),
    Export(export::Args),
    Completions(completions::Args),
    Man(completions::ManArgs),
    Serve(serve::Args),
    Share(share::Args),
    Keys(keys::Args),
    Contributions(contributions::Args),
    Attest(attest::Args),
}

/// How the commands print.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    /// Colour diagnostics on stderr.
    pub color: bool,
    /// Print errors only.
    pub quiet: bool,
    /// Print more.
    pub verbose: bool,
}

impl Style {
    fn new(cli: &Cli) -> Style {
        use std::io::IsTerminal;
        let color = match cli.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stderr().is_terminal()
            }
        };
        Style {
            color,
            quiet: cli.quiet,
            verbose: cli.verbose,
        }
    }
}

/// Parses the command line (its help and errors in the locale's language) and runs
/// the command.
pub(crate) fn main() -> ExitCode {
    let lang = help::locale_language();
    let mut command = help::localized(Cli::command(), lang);
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|error| error.format(&mut command));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => return argument_errors::report(&error, lang),
    };
    let style = Style::new(&cli);
    match cli.command {
        Command::Build(args) => build::run(args, style),
        Command::Check(args) => check::run(args, style),
        Command::Init(args) => init::run(args, style),
        Command::Add(args) => add::run(args, style),
        Command::New(args) => new::run(args, style),
        Command::Export(args) => export::run(args, style),
        Command::Completions(args) => completions::run(args, command),
        Command::Man(args) => completions::man(args, command, lang),
        Command::Serve(args) => serve::run(args, style),
        Command::Share(args) => share::run(args, style),
        Command::Keys(args) => keys::run(args, style),
        Command::Contributions(args) => contributions::run(args, style),
        Command::Attest(args) => attest::run(args, style),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet::journal::Language;

    #[test]
    fn cli_definition_is_valid_in_both_languages() {
        Cli::command().debug_assert();
        for lang in [Language::Fr, Language::En] {
            help::localized(Cli::command(), lang).debug_assert();
        }
    }

    #[test]
    fn every_command_shows_examples() {
        for (lang, examples) in [(Language::Fr, "Exemples :"), (Language::En, "Examples:")] {
            let mut cli = help::localized(Cli::command(), lang);
            for sub in cli.get_subcommands_mut().filter(|s| s.get_name() != "help") {
                let help = sub.render_long_help().to_string();
                assert!(
                    help.contains(examples),
                    "{} has no examples",
                    sub.get_name()
                );
            }
        }
    }
}
