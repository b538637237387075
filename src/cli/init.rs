//! `carnet init`: a new journal, ready to build, every field explained.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Style};
use carnet::author::starter::{self, StarterError};
use carnet::journal::Language;
use carnet::t;

// Its help texts, and those of its subcommands: `cli-help-init-…` in the catalogues.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[arg(default_value = ".")]
    dir: PathBuf,
    #[arg(long, conflicts_with = "group")]
    learner: Option<String>,
    #[arg(long)]
    group: Option<String>,
    #[arg(long, value_enum, default_value_t = Lang::Fr)]
    language: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Lang {
    Fr,
    En,
}

/// Writes the journal and says what to do next.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let lang = match args.language {
        Lang::Fr => Language::Fr,
        Lang::En => Language::En,
    };
    let group = match (&args.learner, &args.group) {
        (None, None) => ask_group(lang),
        (_, group) => group.clone(),
    };
    if let Some(group) = group {
        return init_group(&args, &group, lang, style);
    }
    let name = args.learner.as_deref().unwrap_or_default();
    let started = match starter::create_journal(&args.dir, name, lang, carnet::author::today()) {
        Ok(started) => started,
        Err(e) => return starter_error(e, lang),
    };
    if style.quiet {
        return ExitCode::SUCCESS;
    }
    let dir = args.dir.display().to_string();
    println!("{}", t!(lang, "cli-init-created", dir = dir.as_str()));
    for file in &started.files {
        println!("  {file}");
    }
    let learner = started.learner.as_str();
    println!(
        "{}",
        t!(lang, "cli-init-next", dir = dir.as_str(), learner = learner)
    );
    ExitCode::SUCCESS
}

/// Why the journal was not started, and exit code 2.
fn starter_error(e: StarterError, lang: Language) -> ExitCode {
    match e {
        StarterError::NotEmpty(dir) => {
            let dir = dir.display().to_string();
            report::usage_error(&t!(lang, "cli-init-not-empty", dir = dir), lang)
        }
        StarterError::Invalid(message) => report::usage_error(&message, lang),
        StarterError::Io { path, source } => {
            report::usage_error(&carnet::error::describe_io(&path, &source, lang), lang)
        }
    }
}

/// On a terminal, asks whether the journal is a learner's or an adviser's for a
/// group, and the group's name; `None` for a learner's (and off a terminal).
fn ask_group(lang: Language) -> Option<String> {
    use std::io::{BufRead, IsTerminal, Write};
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return None;
    }
    let ask = |question: &str| -> Option<String> {
        print!("{question}");
        std::io::stdout().flush().ok()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer).ok()?;
        Some(answer.trim().to_string())
    };
    // Fluent trims a message's last space: the answer is typed after one.
    let which = ask(&format!("{} ", t!(lang, "cli-init-ask-kind")))?;
    if which != "2" {
        return None;
    }
    ask(&format!("{} ", t!(lang, "cli-init-ask-group")))
}

/// Starts an adviser's journal for the group `name`, and says what to do next.
fn init_group(args: &Args, name: &str, lang: Language, style: Style) -> ExitCode {
    let started = match starter::create_group_journal(&args.dir, name, lang) {
        Ok(started) => started,
        Err(e) => return starter_error(e, lang),
    };
    if style.quiet {
        return ExitCode::SUCCESS;
    }
    let dir = args.dir.display().to_string();
    println!("{}", t!(lang, "cli-init-group-created", dir = dir.as_str()));
    for file in &started.files {
        println!("  {file}");
    }
    let group = started.group.as_str();
    println!(
        "{}",
        t!(
            lang,
            "cli-init-group-next",
            dir = dir.as_str(),
            group = group
        )
    );
    ExitCode::SUCCESS
}
