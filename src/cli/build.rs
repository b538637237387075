//! `carnet build`: every audience's site into the output folder.

use std::process::ExitCode;

use super::{report, Style};
use carnet::{Options, Summary};

/// Builds, then prints the warnings and the summary, or the failure.
pub(super) fn run(options: &Options, style: Style) -> ExitCode {
    match carnet::build(options) {
        Ok(summary) => {
            if !style.quiet {
                report::diagnostics(&summary.warnings, style);
                print_summary(&summary);
            }
            ExitCode::SUCCESS
        }
        Err(error) => report::failure(&error, style),
    }
}

fn print_summary(s: &Summary) {
    println!(
        "carnet: {} sites, {} pages, {} photos ({} image files, {} made, {} from cache) in {:.2} s",
        s.sites.len(),
        s.pages,
        s.photos,
        s.image_files,
        s.images_made,
        s.image_files - s.images_made,
        s.elapsed.as_secs_f64()
    );
    for (audience, pages) in &s.sites {
        println!("  {:<28} {pages:>4} pages", audience.to_string());
    }
    report::privacy(&s.privacy);
    let public = s.out.join("public");
    println!(
        "publish {}/ only: {} holds every site, private ones included; never put it online whole",
        public.display(),
        s.out.display()
    );
    println!("open {}", public.join("index.html").display());
}
