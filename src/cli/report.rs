//! Printing what commands found, in the journal's language: diagnostics on stderr
//! (a caret under the place; warnings first, then errors, each in file and line
//! order, and the count line last), a failure and its exit code, the build summary
//! and the privacy report on stdout.

use std::process::ExitCode;

use super::Style;
use carnet::images::PrivacyReport;
use carnet::journal::Language;
use carnet::{tr, Diagnostic, Error, Severity, Summary};

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

/// « 3 erreurs », « 1 avertissement »: counts with the language's plural rule.
pub(super) fn errors(n: usize, lang: Language) -> String {
    lang.count(n, ("erreur", "erreurs"), ("error", "errors"))
}

/// « 1 avertissement », « 2 warnings ».
pub(super) fn warnings(n: usize, lang: Language) -> String {
    lang.count(
        n,
        ("avertissement", "avertissements"),
        ("warning", "warnings"),
    )
}

/// Prints why a command failed, and returns its exit code: 1 for content errors,
/// 2 for everything else. A failed build prints its errors only: its warnings may
/// be about the very items that failed.
pub(super) fn failure(error: &Error, style: Style, lang: Language) -> ExitCode {
    match error {
        Error::Content(diags) => {
            let errors: Vec<Diagnostic> = diags.iter().filter(|d| d.is_error()).cloned().collect();
            diagnostics(&errors, style, lang);
            let count = self::errors(errors.len(), lang);
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "carnet : {count} ; rien n'a été écrit, les sites déjà construits sont inchangés",
                    "carnet: {count}; nothing was written, the sites already built are unchanged"
                )
            );
        }
        other => {
            let prefix = lang.pick("erreur", "error");
            eprintln!("{prefix}: {}", other.localized(lang));
        }
    }
    ExitCode::from(error.exit_code() as u8)
}

/// Prints a command's own error (not the journal's) and returns exit code 2.
pub(super) fn usage_error(message: &str, lang: Language) -> ExitCode {
    let prefix = lang.pick("erreur", "error");
    eprintln!("{prefix}: {message}");
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
    let sites = lang.count(s.sites.len(), ("site", "sites"), ("site", "sites"));
    let pages = lang.count(s.pages, ("page", "pages"), ("page", "pages"));
    let photos = lang.count(s.photos, ("photo", "photos"), ("photo", "photos"));
    let files = lang.count(
        s.image_files,
        ("fichier image", "fichiers image"),
        ("image file", "image files"),
    );
    let made = lang.count(s.images_made, ("fait", "faits"), ("made", "made"));
    let cached = s.image_files - s.images_made;
    let seconds = decimal(s.elapsed.as_secs_f64(), lang);
    let codec = carnet::images::codec::describe(lang);
    println!(
        "{}",
        tr!(
            lang,
            "carnet : {sites}, {pages}, {photos} ({files} : {made}, {cached} repris du cache ; JPEG : {codec}) en {seconds} s",
            "carnet: {sites}, {pages}, {photos} ({files}: {made}, {cached} from cache; JPEG: {codec}) in {seconds} s"
        )
    );
    let names: Vec<String> = s.sites.iter().map(|(a, _)| a.to_string()).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let count_width = s
        .sites
        .iter()
        .map(|(_, n)| n.to_string().len())
        .max()
        .unwrap_or(1);
    for (name, (audience, n)) in names.iter().zip(&s.sites) {
        let noun = lang.count(*n, ("page", "pages"), ("page", "pages"));
        let noun = noun.split_once(' ').map_or("", |(_, w)| w);
        let sealed = if s.sealed.contains(audience) {
            lang.pick(
                " (scellé : chiffré, lisible avec une phrase de passe)",
                " (sealed: encrypted, readable with a passphrase)",
            )
        } else {
            ""
        };
        println!("  {name:<width$}  {n:>count_width$} {noun}{sealed}");
    }
    contributions(&s.contributions, lang);
    let changed = lang.count(
        s.changed,
        ("fichier changé", "fichiers changés"),
        ("file changed", "files changed"),
    );
    let of = s.files;
    println!(
        "{}",
        tr!(
            lang,
            "sortie : {changed} sur {of} (ajoutés, remplacés ou supprimés)",
            "output: {changed} of {of} (added, replaced or deleted)"
        )
    );
    privacy(&s.privacy, lang);
    let (public, all) = (s.out.join("public"), s.out.display());
    let site = public.display();
    println!(
        "{}",
        tr!(
            lang,
            "publier {site}/ seulement : {all} contient tous les sites, privés compris ; ne le mettez jamais en ligne en entier",
            "publish {site}/ only: {all} holds every site, private ones included; never put it online whole"
        )
    );
    let open = public.join("index.html");
    let open = open.display();
    println!("{}", tr!(lang, "ouvrir : {open}", "open {open}"));
    if verbose {
        let decoded = s.decoded;
        println!(
            "{}",
            tr!(
                lang,
                "photos décodées : {decoded}",
                "photos decoded: {decoded}"
            )
        );
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
    let count = warnings(n, lang);
    let command = if journal == std::path::Path::new(".") {
        "carnet check".to_string()
    } else {
        format!("carnet check {}", journal.display())
    };
    println!(
        "{}",
        tr!(
            lang,
            "{count} plus haut : des conseils, pas des erreurs ; tous les sites ont été construits. Pour les relire : {command}",
            "{count} above: advice, not errors; every site was built. To read them again: {command}"
        )
    );
}

/// The privacy report: what private metadata the published photos carried.
pub(super) fn privacy(p: &PrivacyReport, lang: Language) {
    if p.photos == 0 {
        return;
    }
    let photos = lang.count(p.photos, ("photo", "photos"), ("photo", "photos"));
    let mut found = Vec::new();
    for (n, fr, en) in [
        (p.gps, "une position GPS", "a GPS position"),
        (p.serial, "un numéro de série", "a serial number"),
        (p.owner, "le nom du propriétaire", "an owner name"),
        (p.camera, "le modèle d'appareil", "the camera model"),
        (p.date, "la date de prise de vue", "the date taken"),
        (p.xmp, "des métadonnées XMP", "XMP metadata"),
        (
            p.profile,
            "un profil de couleur (appliqué)",
            "a colour profile (applied)",
        ),
    ] {
        if n > 0 {
            found.push(format!("{n} {}", lang.pick(fr, en)));
        }
    }
    if found.is_empty() {
        println!(
            "{}",
            tr!(
                lang,
                "confidentialité : {photos}, aucune ne portait de métadonnées privées",
                "privacy: {photos}, none carried private metadata"
            )
        );
    } else {
        let found = found.join(", ");
        println!(
            "{}",
            tr!(
                lang,
                "confidentialité : sur {photos}, {found} — tout a été retiré ; aucune photo originale n'est publiée",
                "privacy: of {photos}, {found} — all removed; no original photo is published"
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
    println!(
        "{}",
        lang.pick("contributions lues :", "contributions read:")
    );
    for c in list {
        let file = c
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (learner, day) = (&c.learner, c.shared.get(..10).unwrap_or(&c.shared));
        let items = lang.count(c.items, ("élément", "éléments"), ("item", "items"));
        if c.used {
            println!(
                "{}",
                tr!(
                    lang,
                    "  {file} : {learner}, partagé le {day}, {items}",
                    "  {file}: {learner}, shared on {day}, {items}"
                )
            );
        } else {
            println!(
                "{}",
                tr!(
                    lang,
                    "  {file} : {learner}, partagé le {day} : remplacé par un partage plus récent",
                    "  {file}: {learner}, shared on {day}: replaced by a newer share"
                )
            );
        }
    }
}
