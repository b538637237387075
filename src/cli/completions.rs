//! `carnet completions SHELL` and `carnet man`: shell completions (clap_complete)
//! and the man page (clap_mangen), both made from the command-line definition
//! itself, so they never fall behind it.

use std::io::Write;
use std::process::ExitCode;

use clap_complete::Shell;

/// Prints a shell completion script.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet completions bash > ~/.local/share/bash-completion/completions/carnet
  carnet completions zsh > ~/.zfunc/_carnet       # with fpath+=~/.zfunc in ~/.zshrc
  carnet completions fish > ~/.config/fish/completions/carnet.fish")]
pub(super) struct Args {
    /// The shell.
    #[arg(value_enum)]
    shell: Shell,
}

/// Prints the man page (roff) of carnet, or writes one page per command.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet man | man -l -
  carnet man --dir ~/.local/share/man/man1     # carnet.1, carnet-build.1, ...")]
pub(super) struct ManArgs {
    /// Write carnet.1 and one page per command (carnet-build.1, ...) into this
    /// folder instead of printing the main page.
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
}

/// Writes the completion script for `args.shell` to stdout.
pub(super) fn run(args: Args, mut command: clap::Command) -> ExitCode {
    let name = command.get_name().to_string();
    clap_complete::generate(args.shell, &mut command, name, &mut std::io::stdout());
    ExitCode::SUCCESS
}

/// Prints the main man page, or writes every page into `args.dir`.
pub(super) fn man(args: ManArgs, command: clap::Command) -> ExitCode {
    let written = match &args.dir {
        Some(dir) => std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(command, dir))
            .map_err(|e| format!("{}: {e}", dir.display())),
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut page)
                .and_then(|()| std::io::stdout().write_all(&page))
                .map_err(|e| e.to_string())
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("carnet: {e}");
            ExitCode::from(2)
        }
    }
}
