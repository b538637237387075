//! `carnet add`: what a programme has, added to a journal by `carnet::author::people`
//! and `carnet::author::roster` (a learner, a whole roster, a group, a referent),
//! each refusing what would break the journal and printing what it wrote.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{new::find_journal, report, Style};
use carnet::author::people::{self, AddError, AddedLearner, NewLearner};
use carnet::author::roster::{self, Defaults, RosterError};
use carnet::journal::{GroupKind, Language};
use carnet::t;

// Its help texts, and those of its subcommands: `cli-help-add-…` in the catalogues.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[command(subcommand)]
    what: What,
    #[arg(long, global = true)]
    journal: Option<PathBuf>,
}

#[derive(clap::Subcommand, Debug)]
enum What {
    Learner(LearnerArgs),
    Learners(LearnersArgs),
    Group(GroupArgs),
    Referent(ReferentArgs),
}

#[derive(clap::Args, Debug)]
struct LearnerArgs {
    name: String,
    #[arg(long)]
    group: Vec<String>,
    #[arg(long)]
    referent: Option<String>,
    #[arg(long)]
    key: Option<String>,
}

#[derive(clap::Args, Debug)]
struct LearnersArgs {
    file: PathBuf,
    #[arg(long)]
    group: Option<String>,
    #[arg(long)]
    referent: Option<String>,
}

#[derive(clap::Args, Debug)]
struct GroupArgs {
    slug: String,
    #[arg(long)]
    name: String,
    #[arg(long, value_enum, default_value_t = Kind::Learners)]
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Kind {
    Learners,
    Professionals,
    Employers,
}

#[derive(clap::Args, Debug)]
struct ReferentArgs {
    name: String,
    #[arg(long)]
    role: Option<String>,
    #[arg(long)]
    slug: Option<String>,
}

/// Adds what was asked, or says why not.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let Some(root) = args.journal.clone().or_else(find_journal) else {
        return report::usage_error(&t!(Language::Fr, "cli-add-no-journal-here"), Language::Fr);
    };
    let lang = Language::of_journal(&root);
    if !root.join("carnet.toml").is_file() {
        let shown = root.display().to_string();
        return report::usage_error(&t!(lang, "cli-add-not-a-journal", path = shown), lang);
    }
    let dir = root.display().to_string();
    // The journal named on the command line, for the commands it suggests next.
    let journal = args
        .journal
        .as_ref()
        .map(|j| format!(" --journal {}", j.display()))
        .unwrap_or_default();
    match args.what {
        What::Learner(a) => {
            let programme = match people::programme(&root, lang) {
                Ok(p) => p,
                Err(e) => return failed(&e, lang),
            };
            let mut learner = NewLearner::from_full_name(&a.name);
            for g in &a.group {
                match programme.group(g) {
                    Some(slug) if learner.groups.iter().any(|g| g == slug) => {}
                    Some(slug) => learner.groups.push(slug.to_string()),
                    None => return failed(&programme.unknown_group(g), lang),
                }
            }
            if let Some(r) = &a.referent {
                match programme.referent(r) {
                    Some(slug) => learner.referent = Some(slug.to_string()),
                    None => return failed(&programme.unknown_referent(r), lang),
                }
            }
            match people::add_learner(&root, &learner, a.key.as_deref(), lang) {
                Ok(added) => {
                    if !style.quiet {
                        let (file, name) = (added.file.as_str(), added.name.as_str());
                        println!(
                            "{}",
                            t!(lang, "cli-add-learner-added", file = file, name = name)
                        );
                        print_notes(&added, lang);
                        if a.key.is_some() {
                            let slug = added.slug.as_str();
                            println!("{}", t!(lang, "cli-add-key-accepted", slug = slug));
                        }
                        let slug = added.slug.as_str();
                        println!(
                            "{}",
                            t!(
                                lang,
                                "cli-add-learner-next",
                                slug = slug,
                                journal = journal.as_str(),
                                dir = dir.as_str()
                            )
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => failed(&e, lang),
            }
        }
        What::Learners(a) => {
            let defaults = Defaults {
                group: a.group,
                referent: a.referent,
            };
            match roster::import(&root, &a.file, &defaults, lang) {
                Ok(added) => {
                    if !style.quiet {
                        let list: Vec<String> = added
                            .iter()
                            .map(|a| format!("{} ({})", a.slug, a.name))
                            .collect();
                        let (count, list) = (added.len(), list.join(", "));
                        println!(
                            "{}",
                            t!(lang, "cli-add-learners-added", count = count, list = list)
                        );
                        for a in &added {
                            println!("  {}", a.file);
                            print_notes(a, lang);
                        }
                        println!("{}", t!(lang, "cli-add-learners-next", dir = dir.as_str()));
                    }
                    ExitCode::SUCCESS
                }
                Err(RosterError::Add(e)) => failed(&e, lang),
                Err(RosterError::Lines(diags)) => {
                    report::diagnostics(&diags, style, lang);
                    let file = a.file.display().to_string();
                    let count = diags.len();
                    eprintln!(
                        "{}",
                        t!(lang, "cli-add-roster-refused", count = count, file = file)
                    );
                    ExitCode::from(2)
                }
            }
        }
        What::Group(a) => {
            let kind = match a.kind {
                Kind::Learners => GroupKind::Learners,
                Kind::Professionals => GroupKind::Professionals,
                Kind::Employers => GroupKind::Employers,
            };
            match people::add_group(&root, &a.slug, &a.name, kind, lang) {
                Ok(()) => {
                    if !style.quiet {
                        let (slug, name) = (a.slug.trim(), a.name.trim());
                        println!(
                            "{}",
                            t!(lang, "cli-add-group-added", slug = slug, name = name)
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => failed(&e, lang),
            }
        }
        What::Referent(a) => {
            match people::add_referent(&root, &a.name, a.role.as_deref(), a.slug.as_deref(), lang) {
                Ok(added) => {
                    if !style.quiet {
                        let (slug, file) = (added.slug.as_str(), added.file.as_str());
                        println!(
                            "{}",
                            t!(lang, "cli-add-referent-added", slug = slug, file = file)
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => failed(&e, lang),
            }
        }
    }
}

/// What a learner's address became, and why.
fn print_notes(added: &AddedLearner, lang: Language) {
    let slug = added.slug.as_str();
    if let Some(base) = &added.instead_of {
        let note = t!(
            lang,
            "cli-add-address-taken",
            base = base.as_str(),
            slug = slug
        );
        println!("    {note}");
    }
    if let Some(other) = &added.homonym_of {
        let note = t!(lang, "cli-add-homonym", other = other.as_str());
        println!("    {note}");
    }
}

/// Prints why nothing was added, with what to do, and returns exit code 2.
fn failed(e: &AddError, lang: Language) -> ExitCode {
    let code = report::usage_error(&e.message(lang), lang);
    if let Some(help) = e.help(lang) {
        eprintln!("  {}", t!(lang, "cli-add-help", help = help));
    }
    code
}
