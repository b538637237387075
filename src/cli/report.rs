//! Printing what commands found: diagnostics on stderr (rendered with a caret under
//! the place), a failure and its exit code, the privacy report.

use std::process::ExitCode;

use super::Style;
use carnet::images::PrivacyReport;
use carnet::{Diagnostic, Error};

/// Prints diagnostics to stderr, in the order given.
pub(super) fn diagnostics(diagnostics: &[Diagnostic], style: Style) {
    for d in diagnostics {
        eprintln!("{}", d.render(style.color));
    }
}

/// Prints why a command failed, and returns its exit code: 1 for content errors,
/// 2 for everything else.
pub(super) fn failure(error: &Error, style: Style) -> ExitCode {
    match error {
        Error::Content(diags) => {
            let errors: Vec<Diagnostic> = diags.iter().filter(|d| d.is_error()).cloned().collect();
            diagnostics(&errors, style);
            eprintln!(
                "carnet: {} error(s); nothing was written, the sites already built are unchanged",
                errors.len()
            );
        }
        other => eprintln!("error: {other}"),
    }
    ExitCode::from(error.exit_code() as u8)
}

/// The privacy report: what private metadata the published photos carried.
pub(super) fn privacy(p: &PrivacyReport) {
    if p.photos == 0 {
        return;
    }
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
