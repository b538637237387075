//! The `carnet` command line, one file per command. The only place that prints a
//! final error and picks the exit code: 0 ok, 1 content errors in the journal, 2
//! usage, I/O or output-folder errors. Errors and warnings go to stderr, the summary
//! to stdout.

mod build;
mod report;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Turns a carnet de route (a folder of experiences) into one static site per audience.
#[derive(Parser, Debug)]
#[command(name = "carnet", version, about, long_about = None)]
struct Cli {
    /// When to colour messages [default: auto: on a terminal, unless NO_COLOR is set].
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    color: Color,
    /// Print errors only (no summary, no warnings).
    #[arg(long, short, global = true)]
    quiet: bool,
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

#[derive(Subcommand, Debug)]
enum Command {
    /// Builds every audience's site: public, each community, each referent, each learner.
    Build {
        /// The journal folder (holding carnet.toml).
        journal: PathBuf,
        /// Output folder [default: JOURNAL/site]. carnet owns it: it refuses a non-empty
        /// folder it did not create.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the
        /// user's cache folder].
        #[arg(long, env = "CARNET_CACHE")]
        cache: Option<PathBuf>,
    },
    /// Previews every audience's site live, and writes new experiences from a form.
    Serve(serve::Args),
}

/// How the commands print.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    /// Colour diagnostics on stderr.
    pub color: bool,
    /// Print errors only.
    pub quiet: bool,
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
        }
    }
}

/// Parses the command line and runs the command.
pub(crate) fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style::new(&cli);
    match cli.command {
        Command::Build {
            journal,
            out,
            cache,
        } => build::run(
            &carnet::Options {
                journal,
                out,
                cache,
            },
            style,
        ),
        Command::Serve(args) => serve::run(args, style),
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
}
