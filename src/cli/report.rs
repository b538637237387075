//! Printing what commands found, in the journal's language: diagnostics on stderr
//! (a caret under the place; warnings first, then errors, each in file and line
//! order, and the count line last), a failure and its exit code, the build summary
//! and the privacy report on stdout.

use std::process::ExitCode;

use super::Style;
use carnet::i18n::message_with;
use carnet::images::PrivacyReport;
use carnet::journal::Language;
use carnet::{t, Diagnostic, Error, Severity, Summary};

/// Diagnostics in the order they are printed: warnings, then errors (next to the
/// count line), each by file, line and column.
pub(super) fn ordered(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    let mut all: Vec<&Diagnostic> = diagnostics.iter().collect();
    all.sort_by_key(|d| {
        (
            d.severity == Severity::Error,
            d.location.path.clone(),
            d.location.line,
            d.location.column,
        )
    });
    all
}

/// Prints diagnostics to stderr, warnings first, then errors.
pub(super) fn diagnostics(diagnostics: &[Diagnostic], style: Style, lang: Language) {
    for d in ordered(diagnostics) {
        eprintln!("{}\n", d.render_in(style.color, lang));
    }
}

/// Prints why a command failed, and returns its exit code: 1 for content errors,
/// 2 for everything else. A failed build prints its errors only: its warnings may
/// be about the very items that failed.
pub(super) fn failure(error: &Error, style: Style, lang: Language) -> ExitCode {
    match error {
        Error::Content(diags) => {
            let errors: Vec<Diagnostic> = diags.iter().filter(|d| d.is_error()).cloned().collect();
            diagnostics(&errors, style, lang);
            let count = errors.len();
            eprintln!("{}", t!(lang, "cli-failed-nothing-written", errors = count));
        }
        other => {
            let message = other.localized(lang);
            eprintln!("{}", t!(lang, "cli-error-line", message = message));
        }
    }
    ExitCode::from(error.exit_code() as u8)
}

/// Prints a command's own error (not the journal's) and returns exit code 2.
pub(super) fn usage_error(message: &str, lang: Language) -> ExitCode {
    eprintln!("{}", t!(lang, "cli-error-line", message = message));
    ExitCode::from(2)
}

/// A decimal number as the language writes it (« 1,25 » in French).
pub(super) fn decimal(x: f64, lang: Language) -> String {
    let s = format!("{x:.2}");
    match lang {
        Language::Fr => s.replace('.', ","),
        Language::En => s,
    }
}

/// The summary of a build: counts, one line per site with aligned columns, the
/// files changed in the output folder, the privacy report, and where to look.
pub(super) fn summary(s: &Summary, lang: Language, verbose: bool) {
    let seconds = decimal(s.elapsed.as_secs_f64(), lang);
    let codec = carnet::images::codec::describe(lang);
    let cached: usize = s.image_files - s.images_made;
    println!(
        "{}",
        t!(
            lang,
            "cli-summary-built",
            sites = s.sites.len(),
            pages = s.pages,
            photos = s.photos,
            files = s.image_files,
            made = s.images_made,
            cached = cached,
            codec = codec,
            seconds = seconds
        )
    );
    sites(s, lang);
    contributions(&s.contributions, lang);
    println!(
        "{}",
        t!(
            lang,
            "cli-summary-changed",
            changed = s.changed,
            files = s.files
        )
    );
    privacy(&s.privacy, lang);
    let public = s.out.join("public");
    let (site, all) = (public.display().to_string(), s.out.display().to_string());
    println!(
        "{}",
        t!(lang, "cli-summary-publish", site = site, all = all)
    );
    let page = public.join("index.html").display().to_string();
    println!("{}", t!(lang, "cli-summary-open", page = page));
    if verbose {
        println!("{}", t!(lang, "cli-summary-decoded", decoded = s.decoded));
    }
}

/// One line per site, names and page counts in aligned columns, sealed sites said.
fn sites(s: &Summary, lang: Language) {
    let names: Vec<String> = s.sites.iter().map(|(a, _)| a.to_string()).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let count_width = s
        .sites
        .iter()
        .map(|(_, n)| n.to_string().len())
        .max()
        .unwrap_or(1);
    for (name, (audience, n)) in names.iter().zip(&s.sites) {
        let n: usize = *n;
        let pages = if s.sealed.contains(audience) {
            t!(lang, "cli-summary-site-sealed", pages = n)
        } else {
            t!(lang, "cli-summary-site", pages = n)
        };
        // The counts right-aligned: pad before the number the message starts with.
        let pad = " ".repeat(count_width - n.to_string().len());
        println!("  {name:<width$}  {pad}{pages}");
    }
}

/// After the summary of a build that warned: the warnings printed above are advice,
/// not failures (every site was built), and `carnet check` shows them again. A
/// newcomer's first build (the example journal warns on purpose, to show the
/// visibility rules) otherwise reads as a failure.
pub(super) fn warnings_hint(n: usize, journal: &std::path::Path, lang: Language) {
    if n == 0 {
        return;
    }
    let command = if journal == std::path::Path::new(".") {
        "carnet check".to_string()
    } else {
        format!("carnet check {}", journal.display())
    };
    println!(
        "{}",
        t!(
            lang,
            "cli-summary-warnings-hint",
            warnings = n,
            command = command
        )
    );
}

/// The privacy report: what private metadata the published photos carried.
pub(super) fn privacy(p: &PrivacyReport, lang: Language) {
    if p.photos == 0 {
        return;
    }
    let found: Vec<String> = [
        (p.gps, "cli-privacy-gps"),
        (p.serial, "cli-privacy-serial"),
        (p.owner, "cli-privacy-owner"),
        (p.camera, "cli-privacy-camera"),
        (p.date, "cli-privacy-date"),
        (p.xmp, "cli-privacy-xmp"),
        (p.profile, "cli-privacy-profile"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| message_with(lang, key, &[("count", n.into())]))
    .collect();
    if found.is_empty() {
        println!("{}", t!(lang, "cli-privacy-none", photos = p.photos));
    } else {
        let found = found.join(", ");
        println!(
            "{}",
            t!(
                lang,
                "cli-privacy-removed",
                photos = p.photos,
                found = found
            )
        );
    }
}

/// The contributions a build read: learner, day of the share, items; and those a
/// newer share of the same learner replaced.
pub(super) fn contributions(list: &[carnet::journal::ContributionReport], lang: Language) {
    if list.is_empty() {
        return;
    }
    println!("{}", t!(lang, "cli-summary-contributions"));
    for c in list {
        let file = c
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let learner = c.learner.clone();
        let day = c.shared.get(..10).unwrap_or(&c.shared).to_string();
        let line = if c.used {
            t!(
                lang,
                "cli-summary-contribution",
                file = file,
                learner = learner,
                day = day,
                items = c.items
            )
        } else {
            t!(
                lang,
                "cli-summary-contribution-replaced",
                file = file,
                learner = learner,
                day = day
            )
        };
        println!("  {line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_privacy_finding_is_in_the_catalogues() {
        for key in [
            "cli-privacy-gps",
            "cli-privacy-serial",
            "cli-privacy-owner",
            "cli-privacy-camera",
            "cli-privacy-date",
            "cli-privacy-xmp",
            "cli-privacy-profile",
        ] {
            for lang in [Language::Fr, Language::En] {
                assert!(carnet::i18n::loader_of(lang).has(key), "{key}");
            }
        }
        assert_eq!(
            message_with(Language::Fr, "cli-privacy-gps", &[("count", 2.into())]),
            "2 une position GPS"
        );
    }
}
