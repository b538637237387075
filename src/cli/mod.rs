//! The `carnet` command line, one file per command. The only place that prints a
//! final error and picks the exit code: 0 ok, 1 content errors in the journal (or
//! warnings under `check --deny-warnings`), 2 usage, I/O or output-folder errors.
//! Diagnostics and errors go to stderr, the summary to stdout; messages follow the
//! journal's language (French by default).

mod add;
mod attest;
mod build;
mod check;
mod completions;
mod contributions;
mod export;
mod init;
mod keys;
mod new;
mod report;
mod serve;
mod share;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Exit codes, shown at the end of `carnet --help` (and in the README).
const EXIT_CODES: &str = "\
Exit codes:
  0  success (check: no error; warnings allowed unless --deny-warnings)
  1  the journal has errors (nothing was written), or warnings under check --deny-warnings
  2  usage, file system or output-folder error

Messages are in the journal's language (`language` in carnet.toml, French by default).
Colours: --color, or the NO_COLOR environment variable.";

/// Turns a carnet de route (a folder of experiences) into one static site per audience.
#[derive(Parser, Debug)]
#[command(name = "carnet", version = carnet::images::codec::version(), about, long_about = None, after_help = EXIT_CODES)]
struct Cli {
    /// When to colour messages [default: auto: on a terminal, unless NO_COLOR is set].
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    color: Color,
    /// Print errors only (no summary, no warnings).
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Say more: where files go, and how long each stage took.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

/// When to colour messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
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

/// Parses the command line and runs the command.
pub(crate) fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style::new(&cli);
    match cli.command {
        Command::Build(args) => build::run(args, style),
        Command::Check(args) => check::run(args, style),
        Command::Init(args) => init::run(args, style),
        Command::Add(args) => add::run(args, style),
        Command::New(args) => new::run(args, style),
        Command::Export(args) => export::run(args, style),
        Command::Completions(args) => {
            completions::run(args, <Cli as clap::CommandFactory>::command())
        }
        Command::Man(args) => completions::man(args, <Cli as clap::CommandFactory>::command()),
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
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_command_shows_examples() {
        let mut cli = Cli::command();
        for sub in cli.get_subcommands_mut() {
            let help = sub.render_long_help().to_string();
            assert!(
                help.contains("Examples:"),
                "{} has no examples",
                sub.get_name()
            );
        }
    }
}
