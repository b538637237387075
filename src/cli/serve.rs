//! `carnet serve`: the live preview of every audience's site, and the capture form.
//! Prints where to open it (with `--lan`, the address with its token and a QR code
//! for a phone), each build's outcome and errors, and what the form wrote.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use super::{report, Style};
use carnet::journal::Language;
use carnet::serve::{self, Config, Notice};
use carnet::t;
use carnet::Diagnostic;

// Previews every audience's site live, and writes new experiences from a form
// (help texts: `cli-help-serve-…` in the catalogues).
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    journal: Option<PathBuf>,
    #[arg(long, short, default_value_t = 1111)]
    port: u16,
    #[arg(long)]
    lan: bool,
    // With --lan: new links for everyone (no value), or for one person.
    #[arg(long, value_name = "PERSON", num_args = 0..=1, default_missing_value = "", requires = "lan")]
    new_links: Option<String>,
    #[arg(long, value_name = "FILE", requires = "lan")]
    cards: Option<PathBuf>,
    #[arg(long)]
    cache: Option<PathBuf>,
}

/// Serves until Ctrl-C or SIGTERM.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let journal = args.journal.unwrap_or_else(|| PathBuf::from("."));
    let lang = Language::of_journal(&journal);
    let cache = args
        .cache
        .unwrap_or_else(|| carnet::images::Cache::default_dir(&journal));
    let config = Config {
        journal,
        cache,
        port: args.port,
        lan: args.lan,
        renew: match args.new_links.as_deref() {
            None => serve::links::Renew::Nothing,
            Some("") => serve::links::Renew::All,
            Some(name) => serve::links::Renew::One(name.to_string()),
        },
        cards: args.cards,
    };
    let last_warnings: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
    let result = serve::run(config, move |notice| {
        print_notice(notice, style, lang, &last_warnings)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => report::failure(&error, style, lang),
    }
}

/// Prints what the server did: stdout for its address and builds, stderr for errors.
fn print_notice(
    notice: Notice,
    style: Style,
    lang: Language,
    last_warnings: &Mutex<Vec<Diagnostic>>,
) {
    match notice {
        Notice::Listening {
            url,
            links,
            renewed,
            cards,
            moved_from,
        } => {
            if let Some(port) = moved_from {
                println!("{}", t!(lang, "cli-serve-port-taken", port = port));
            }
            println!("{}", t!(lang, "cli-serve-open", url = url.clone()));
            if let Some((count, cards)) = links {
                println!(
                    "{}",
                    t!(lang, "cli-serve-links", count = count, cards = cards)
                );
            }
            if let Some(file) = cards {
                let file = file.display().to_string();
                println!("{}", t!(lang, "cli-serve-cards-written", file = file));
            }
            if let Some((name, urls)) = renewed {
                for link in &urls {
                    println!(
                        "{}",
                        t!(
                            lang,
                            "cli-serve-renewed",
                            name = name.clone(),
                            link = link.clone()
                        )
                    );
                }
                if let Some(qr) = urls.first().and_then(|first| qr_code(first)) {
                    println!("{qr}");
                }
            }
        }
        Notice::NewLink { name, link } => {
            match &link {
                Some(link) => println!(
                    "{}",
                    t!(
                        lang,
                        "cli-serve-new-link",
                        name = name.clone(),
                        link = link.clone()
                    )
                ),
                None => println!("{}", t!(lang, "cli-serve-new-person", name = name.clone())),
            }
            if let Some(qr) = link.as_deref().and_then(qr_code) {
                println!("{qr}");
            }
        }
        Notice::Built {
            number,
            pages,
            warnings,
            elapsed,
        } => {
            if !style.quiet {
                let mut last = last_warnings.lock().unwrap_or_else(|p| p.into_inner());
                if *last != warnings {
                    report::diagnostics(&warnings, style, lang);
                    *last = warnings;
                }
                let seconds = report::decimal(elapsed.as_secs_f64(), lang);
                let line = if number == 1 {
                    t!(lang, "cli-serve-built", pages = pages, seconds = seconds)
                } else {
                    t!(lang, "cli-serve-rebuilt", pages = pages, seconds = seconds)
                };
                println!("{line}");
            }
        }
        Notice::Failed { error, .. } => {
            report::failure(&error, style, lang);
            eprintln!("{}", t!(lang, "cli-serve-last-good"));
        }
        Notice::Wrote { dir } => {
            let dir = dir.display().to_string();
            println!("{}", t!(lang, "cli-serve-wrote", dir = dir));
        }
        Notice::WatchError(e) => {
            eprintln!(
                "{}",
                t!(lang, "cli-serve-watch-failed", error = e.to_string())
            )
        }
        Notice::Stopped => println!("{}", t!(lang, "cli-serve-stopped")),
    }
}

/// A QR code of `text` drawn with half blocks, for a terminal.
fn qr_code(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::unicode::Dense1x2>()
            .dark_color(qrcode::render::unicode::Dense1x2::Light)
            .light_color(qrcode::render::unicode::Dense1x2::Dark)
            .build(),
    )
}
