//! `carnet serve`: the live preview of every audience's site, and the capture form.
//! Prints where to open it (with `--lan`, the address with its token and a QR code
//! for a phone), each build's outcome and errors, and what the form wrote.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use super::Style;
use carnet::serve::{self, Config, Notice};
use carnet::Diagnostic;

/// Arguments of `carnet serve`.
#[derive(clap::Args, Debug)]
pub(super) struct Args {
    /// The journal folder (holding carnet.toml) [default: the current folder].
    journal: Option<PathBuf>,
    /// The port to listen on; when it is taken, the next ones are tried.
    #[arg(long, short, default_value_t = 1111)]
    port: u16,
    /// Also listen on this machine's network addresses, for a phone on the same
    /// Wi-Fi: prints an address with a random token (and its QR code); requests
    /// without the token are refused.
    #[arg(long)]
    lan: bool,
    /// Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the
    /// user's cache folder].
    #[arg(long, env = "CARNET_CACHE")]
    cache: Option<PathBuf>,
}

/// Serves until Ctrl-C or SIGTERM.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let journal = args.journal.unwrap_or_else(|| PathBuf::from("."));
    let cache = args
        .cache
        .unwrap_or_else(|| carnet::images::Cache::default_dir(&journal));
    let config = Config {
        journal,
        cache,
        port: args.port,
        lan: args.lan,
    };
    let last_warnings: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
    let result = serve::run(config, move |notice| {
        print_notice(notice, style, &last_warnings)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code() as u8)
        }
    }
}

/// Prints diagnostics to stderr, with a caret under the place.
fn diagnostics(diagnostics: &[Diagnostic], style: Style) {
    for d in diagnostics {
        eprintln!("{}", d.render(style.color));
    }
}

fn print_notice(notice: Notice, style: Style, last_warnings: &Mutex<Vec<Diagnostic>>) {
    match notice {
        Notice::Listening {
            url,
            lan_urls,
            moved_from,
        } => {
            if let Some(port) = moved_from {
                println!("carnet serve: port {port} is taken, using the next free one");
            }
            println!("carnet serve: open {url}  (Ctrl-C to stop)");
            for lan in &lan_urls {
                println!("carnet serve: on a phone on the same network, open {lan}");
            }
            if let Some(first) = lan_urls.first() {
                if let Some(qr) = qr_code(first) {
                    println!("{qr}");
                }
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
                    diagnostics(&warnings, style);
                    *last = warnings;
                }
                let what = if number == 1 { "built" } else { "rebuilt" };
                println!(
                    "carnet serve: {what} {pages} pages in {:.2} s",
                    elapsed.as_secs_f64()
                );
            }
        }
        Notice::Failed { error, .. } => {
            match &*error {
                carnet::Error::Content(diags) => {
                    let errors: Vec<Diagnostic> =
                        diags.iter().filter(|d| d.is_error()).cloned().collect();
                    diagnostics(&errors, style);
                    eprintln!("carnet serve: {} error(s)", errors.len());
                }
                other => eprintln!("error: {other}"),
            }
            eprintln!("carnet serve: the last good site is still served; fix the file and save");
        }
        Notice::Wrote { dir } => println!("carnet serve: new experience {}", dir.display()),
        Notice::WatchError(e) => eprintln!("carnet serve: watching the journal failed: {e}"),
        Notice::Stopped => println!("carnet serve: stopped"),
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
