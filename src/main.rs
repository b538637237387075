//! The `carnet` command line. The only place that prints a final error and picks
//! the exit code: 0 ok, 1 content errors in the journal, 2 usage or I/O errors.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use carnet::build::{self, Failure, Summary};
use carnet::Diagnostic;

/// Turns a carnet de route (a folder of experiences) into one static site per audience.
#[derive(Parser, Debug)]
#[command(name = "carnet", version = carnet::images::codec::version(), about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
        /// Image cache folder [default: $CARNET_CACHE, else ~/.cache/carnet/<journal>].
        #[arg(long, env = "CARNET_CACHE")]
        cache: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            journal,
            out,
            cache,
        } => {
            match build::build(&build::Options {
                journal,
                out,
                cache,
            }) {
                Ok(summary) => {
                    print_warnings(&summary.warnings);
                    print_summary(&summary);
                    ExitCode::SUCCESS
                }
                Err(failure) => report_failure(&failure),
            }
        }
    }
}

fn print_warnings(warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

fn report_failure(failure: &Failure) -> ExitCode {
    print_warnings(&failure.warnings);
    match &failure.error {
        carnet::Error::Content(diags) => {
            for d in diags {
                eprintln!("error: {d}");
            }
            eprintln!(
                "carnet: {} error(s); nothing was written, the sites already built are unchanged",
                diags.len()
            );
        }
        other => eprintln!("error: {other}"),
    }
    ExitCode::from(failure.error.exit_code() as u8)
}

fn print_summary(s: &Summary) {
    println!(
        "carnet: {} sites, {} pages, {} photos ({} image files, {} made, {} from cache; JPEG: {}) in {:.2} s",
        s.sites.len(),
        s.pages,
        s.photos,
        s.image_files,
        s.images_made,
        s.image_files - s.images_made,
        carnet::images::codec::codec_name(),
        s.elapsed.as_secs_f64()
    );
    for (audience, pages) in &s.sites {
        println!("  {:<28} {pages:>4} pages", audience.to_string());
    }
    let p = &s.privacy;
    if p.photos > 0 {
        let mut found = Vec::new();
        for (n, what) in [
            (p.gps, "a GPS position"),
            (p.serial, "a serial number"),
            (p.owner, "an owner name"),
            (p.camera, "the camera model"),
            (p.date, "the date taken"),
            (p.xmp, "XMP metadata"),
            (p.profile, "a colour profile (applied)"),
        ] {
            if n > 0 {
                found.push(format!("{n} {what}"));
            }
        }
        if found.is_empty() {
            println!(
                "privacy: {} photos, none carried private metadata",
                p.photos
            );
        } else {
            println!(
                "privacy: of {} photos, {} — all removed; no original photo is published",
                p.photos,
                found.join(", ")
            );
        }
    }
    println!("open {}", s.out.join("public").join("index.html").display());
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
