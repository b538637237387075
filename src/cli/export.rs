//! `carnet export`: builds if needed, then zips one audience's site (to upload to
//! any static host, and nothing else), or one learner's own journal folder with
//! their private site (to take their carnet with them). The zip itself is made by
//! `carnet::export`, deterministically.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, Style};
use carnet::export::{self, Entry};
use carnet::journal::slug::slugify;
use carnet::journal::Language;
use carnet::{t, Options};

// Zips one site for upload, or a learner's journal and private site to take away
// (help texts: `cli-help-export-…` in the catalogues).
#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["site", "learner"])))]
pub(super) struct Args {
    #[arg(default_value = ".")]
    journal: PathBuf,
    #[arg(long, value_name = "AUDIENCE")]
    site: Option<String>,
    #[arg(long, value_name = "LEARNER")]
    learner: Option<String>,
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long)]
    cache: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
}

/// Builds, picks the files, writes the zip.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let lang = Language::of_journal(&args.journal);
    if let Some(learner) = &args.learner {
        return match take_away(&args, learner, style, lang) {
            // `_staging` holds the files the zip reads: removed once it is written.
            Ok(((entries, default_name, guarded), _staging)) => {
                write(entries, &args, &default_name, &guarded, style, lang)
            }
            Err(code) => code,
        };
    }
    let options = Options {
        journal: args.journal.clone(),
        out: args.out.clone(),
        cache: args.cache.clone(),
        passphrase_file: args.passphrase_file.clone(),
        identity: None,
        quiet: style.quiet,
    };
    if style.verbose {
        super::build::verbose_start(&options, lang);
    }
    let summary = match carnet::build(&options) {
        Ok(summary) => summary,
        Err(error) => return report::failure(&error, style, lang),
    };
    let sites: Vec<String> = summary
        .sites
        .iter()
        .map(|(a, _)| a.to_string().replace('\\', "/"))
        .collect();
    let chosen = match &args.site {
        Some(site) => site_entries(&summary.out, site, &sites, lang),
        None => Err(t!(lang, "cli-export-say-what")),
    };
    // The warnings only once the site is known: a typo gets its error alone, not
    // under every warning of the journal.
    match chosen {
        Ok((entries, default_name, guarded)) => {
            if !style.quiet {
                report::diagnostics(&summary.warnings, style, lang);
            }
            write(entries, &args, &default_name, &guarded, style, lang)
        }
        Err(message) => report::usage_error(&message, lang),
    }
}

/// Writes the zip of `entries` to `-o` (or `default_name`), refusing a place inside
/// `guarded`, the folder exported.
fn write(
    entries: Vec<Entry>,
    args: &Args,
    default_name: &str,
    guarded: &Path,
    style: Style,
    lang: Language,
) -> ExitCode {
    let dest = args.output.clone().unwrap_or_else(|| {
        let journal = std::fs::canonicalize(&args.journal)
            .ok()
            .and_then(|p| p.file_name().map(|n| slugify(&n.to_string_lossy())))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "carnet".into());
        PathBuf::from(default_name.replace("{journal}", &journal))
    });
    if let (Ok(dest_abs), Ok(guarded)) = (
        carnet::output::absolute(&dest),
        carnet::output::absolute(guarded),
    ) {
        if dest_abs.starts_with(&guarded) {
            let (dest, guarded) = (dest.display().to_string(), guarded.display().to_string());
            return report::usage_error(
                &t!(lang, "cli-export-inside", dest = dest, guarded = guarded),
                lang,
            );
        }
    }
    match export::write_zip(entries, &dest) {
        Ok(written) => {
            if !style.quiet {
                let kb = written.bytes.div_ceil(1024);
                let dest = dest.display().to_string();
                println!(
                    "{}",
                    t!(
                        lang,
                        "cli-export-written",
                        dest = dest,
                        files = written.files,
                        kb = kb
                    )
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => report::failure(&error, style, lang),
    }
}

/// What a zip holds, its default name (`{journal}` is replaced), and the folder
/// the zip must not be written into.
type Chosen = (Vec<Entry>, String, PathBuf);

/// The files of one site, at the root of the zip.
fn site_entries(
    out: &Path,
    site: &str,
    sites: &[String],
    lang: Language,
) -> Result<Chosen, String> {
    let wanted = site.trim_matches('/');
    if !sites.iter().any(|s| s == wanted) {
        let (site, all) = (wanted.to_string(), sites.join(", "));
        let near = carnet::diagnostic::nearest(wanted, sites.iter().map(String::as_str));
        return Err(match near {
            Some(near) => t!(
                lang,
                "cli-export-unknown-site-near",
                site = site,
                all = all,
                near = near.to_string()
            ),
            None => t!(lang, "cli-export-unknown-site", site = site, all = all),
        });
    }
    let dir = out.join(wanted);
    // A site's own `.htaccess` (a password) goes with it.
    let entries =
        export::folder_entries(&dir, "", export::Hidden::Keep).map_err(|e| e.localized(lang))?;
    let name = format!("{{journal}}-{}.zip", wanted.replace('/', "-"));
    Ok((entries, name, dir))
}

/// `--learner`: the journal she takes away (her folder, the settings she needs:
/// [`carnet::export::learner`]) under `journal/`, and the private site that very
/// journal builds under `site/`, inside a `carnet-<learner>/` folder; with the
/// staging folder (mode 0700, in the system's temporary folder) they are read from. Only her
/// folder is built: no other learner's problem and no other site's passphrase
/// stands in the way, and what is zipped is known to build on its own.
fn take_away(
    args: &Args,
    learner: &str,
    style: Style,
    lang: Language,
) -> Result<(Chosen, tempfile::TempDir), ExitCode> {
    let root = &args.journal;
    let (journal, diagnostics) = carnet::journal::load(root);
    let Some(journal) = journal else {
        report::diagnostics(&diagnostics, style, lang);
        return Err(ExitCode::from(1));
    };
    let found = journal
        .learners
        .iter()
        .find(|l| l.slug == learner || l.folder == learner || l.slug == slugify(learner));
    let Some(found) = found.filter(|l| l.contribution.is_none()) else {
        let all = carnet::author::learners(root).join(", ");
        let learner = learner.to_string();
        return Err(report::usage_error(
            &t!(
                lang,
                "cli-export-unknown-learner",
                learner = learner,
                all = all
            ),
            lang,
        ));
    };
    let failed = |error: carnet::Error| report::failure(&error, style, lang);
    let staging = tempfile::Builder::new()
        .prefix("carnet-export-")
        .tempdir()
        .map_err(|e| failed(carnet::Error::io(std::env::temp_dir(), e)))?;
    let taken = staging.path().join("journal");
    carnet::export::learner::stage(&journal, found, &taken).map_err(failed)?;
    let options = Options {
        journal: taken.clone(),
        out: Some(staging.path().join("site")),
        // The programme's cache: its photos are the same files.
        cache: Some(
            Options {
                journal: root.clone(),
                cache: args.cache.clone(),
                ..Options::default()
            }
            .cache_dir(),
        ),
        passphrase_file: args.passphrase_file.clone(),
        identity: None,
        quiet: style.quiet,
    };
    let summary = carnet::build(&options).map_err(failed)?;
    if !style.quiet {
        report::diagnostics(&summary.warnings, style, lang);
    }
    let top = format!("carnet-{}", found.slug);
    let mut entries =
        export::folder_entries(&taken, &format!("{top}/journal"), export::Hidden::Skip)
            .map_err(failed)?;
    let site = summary.out.join("private").join(&found.slug);
    entries.extend(
        export::folder_entries(&site, &format!("{top}/site"), export::Hidden::Keep)
            .map_err(failed)?,
    );
    let guarded = root.join("learners").join(&found.folder);
    Ok(((entries, format!("{top}.zip"), guarded), staging))
}
