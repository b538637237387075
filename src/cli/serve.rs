//! `carnet serve`: the live preview of every audience's site, and the capture form.
//! Prints where to open it (with `--lan`, the address with its token and a QR code
//! for a phone), each build's outcome and errors, and what the form wrote.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use super::{report, Style};
use carnet::journal::Language;
use carnet::serve::{self, Config, Notice};
use carnet::tr;
use carnet::Diagnostic;

/// Previews every audience's site live, and writes new experiences from a form.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  carnet serve                           # the journal in this folder, on http://127.0.0.1:1111/
  carnet serve example-journal -p 8000   # another journal, another port
  carnet serve . --lan                   # also for phones on the same Wi-Fi: one personal link each
  carnet serve . --lan --cards ../cartes.html   # the cards of the links, to print
  carnet serve . --lan --new-links ines  # a new link for Inès (her old one stops working)

It never writes into the output folder; `carnet build` publishes.")]
pub(super) struct Args {
    /// The journal folder (holding carnet.toml) [default: the current folder].
    journal: Option<PathBuf>,
    /// The port to listen on; when it is taken, the next ones are tried.
    #[arg(long, short, default_value_t = 1111)]
    port: u16,
    /// Also listen on this machine's network addresses, for phones on the same
    /// Wi-Fi: each learner and each referent gets their own link (see its cards at
    /// /_carnet/cards on this machine), which opens only what is theirs; requests
    /// without a link are refused. Links are kept outside the journal and survive
    /// a restart.
    #[arg(long)]
    lan: bool,
    /// With --lan: new links for everyone, or for one person (a learner's or a
    /// referent's slug); the old ones stop working.
    #[arg(long, value_name = "PERSON", num_args = 0..=1, default_missing_value = "", requires = "lan")]
    new_links: Option<String>,
    /// With --lan: write the printable cards of the links (A4, one per person) to
    /// FILE, outside the journal.
    #[arg(long, value_name = "FILE", requires = "lan")]
    cards: Option<PathBuf>,
    /// Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the
    /// user's cache folder].
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
                println!(
                    "{}",
                    tr!(
                        lang,
                        "carnet serve : le port {port} est pris, j'utilise le suivant de libre",
                        "carnet serve: port {port} is taken, using the next free one"
                    )
                );
            }
            println!(
                "{}",
                tr!(
                    lang,
                    "carnet serve : ouvrir {url}  (Ctrl-C pour arrêter)",
                    "carnet serve: open {url}  (Ctrl-C to stop)"
                )
            );
            if let Some((count, cards_url)) = links {
                let people = lang.count(
                    count,
                    ("lien personnel", "liens personnels"),
                    ("personal link", "personal links"),
                );
                println!(
                    "{}",
                    tr!(
                        lang,
                        "carnet serve : {people} pour les téléphones du réseau ; leurs cartes à imprimer : {cards_url}",
                        "carnet serve: {people} for phones on the network; their cards to print: {cards_url}"
                    )
                );
            }
            if let Some(file) = cards {
                let file = file.display();
                println!(
                    "{}",
                    tr!(
                        lang,
                        "carnet serve : cartes écrites dans {file} (elles contiennent les liens : ne les laisse pas traîner)",
                        "carnet serve: cards written to {file} (they hold the links: do not leave them lying around)"
                    )
                );
            }
            if let Some((name, urls)) = renewed {
                for link in &urls {
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "carnet serve : nouveau lien de {name} : {link}",
                            "carnet serve: {name}'s new link: {link}"
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
                    tr!(
                        lang,
                        "carnet serve : lien personnel de {name}, nouveau dans le carnet : {link}  (sa carte est aussi sur la page des cartes)",
                        "carnet serve: personal link of {name}, new in the journal: {link}  (their card is on the cards page too)"
                    )
                ),
                None => println!(
                    "{}",
                    tr!(
                        lang,
                        "carnet serve : {name}, nouveau dans le carnet, a son lien personnel (sa carte est sur la page des cartes)",
                        "carnet serve: {name}, new in the journal, has a personal link (their card is on the cards page)"
                    )
                ),
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
                let pages = lang.count(pages, ("page", "pages"), ("page", "pages"));
                let secs = report::decimal(elapsed.as_secs_f64(), lang);
                let line = if number == 1 {
                    tr!(
                        lang,
                        "carnet serve : construit, {pages} en {secs} s",
                        "carnet serve: built {pages} in {secs} s"
                    )
                } else {
                    tr!(
                        lang,
                        "carnet serve : reconstruit, {pages} en {secs} s",
                        "carnet serve: rebuilt {pages} in {secs} s"
                    )
                };
                println!("{line}");
            }
        }
        Notice::Failed { error, .. } => {
            report::failure(&error, style, lang);
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "carnet serve : le dernier site correct reste servi ; corrige le fichier et enregistre",
                    "carnet serve: the last good site is still served; fix the file and save"
                )
            );
        }
        Notice::Wrote { dir } => {
            let dir = dir.display();
            println!(
                "{}",
                tr!(
                    lang,
                    "carnet serve : nouvelle expérience {dir}",
                    "carnet serve: new experience {dir}"
                )
            );
        }
        Notice::WatchError(e) => eprintln!(
            "{}",
            tr!(
                lang,
                "carnet serve : la surveillance du journal a échoué : {e}",
                "carnet serve: watching the journal failed: {e}"
            )
        ),
        Notice::Stopped => println!(
            "{}",
            tr!(lang, "carnet serve : arrêté", "carnet serve: stopped")
        ),
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
