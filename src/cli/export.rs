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
use carnet::{tr, Options};

/// Zips one site for upload, or a learner's journal and private site to take away.
#[derive(clap::Args, Debug)]
#[command(
    group(clap::ArgGroup::new("what").required(true).args(["site", "learner"])),
    after_help = "\
Examples:
  carnet export example-journal --site public                  # example-journal-public.zip
  carnet export . --site community/garantie-jeunes -o groupe.zip
  carnet export . --learner ines                               # carnet-ines.zip

--site zips that one site folder (its files at the root of the zip): the safe way to
publish one site and nothing else. --learner zips the learner's folder of the journal
(with carnet.toml, skills.toml and themes/) under journal/, and their private site
under site/. The same input gives the same bytes (fixed dates and order).")]
pub(super) struct Args {
    /// The journal folder (holding carnet.toml).
    #[arg(default_value = ".")]
    journal: PathBuf,
    /// The site to zip: public, community/<group>, referent/<slug> or private/<learner>.
    #[arg(long, value_name = "AUDIENCE")]
    site: Option<String>,
    /// The learner whose journal folder and private site to zip.
    #[arg(long, value_name = "LEARNER")]
    learner: Option<String>,
    /// The zip to write [default: <journal>-<site>.zip, or carnet-<learner>.zip, in
    /// the current folder]. Replaced if it exists.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output folder of the build [default: JOURNAL/site].
    #[arg(long)]
    out: Option<PathBuf>,
    /// Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the
    /// user's cache folder].
    #[arg(long, env = "CARNET_CACHE")]
    cache: Option<PathBuf>,
    /// File of the passphrases of the protected sites, outside the journal (as for
    /// `carnet build`): a protected site is zipped sealed.
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
}

/// Builds, picks the files, writes the zip.
pub(super) fn run(args: Args, style: Style) -> ExitCode {
    let lang = Language::of_journal(&args.journal);
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
    if !style.quiet {
        report::diagnostics(&summary.warnings, style, lang);
    }
    let sites: Vec<String> = summary
        .sites
        .iter()
        .map(|(a, _)| a.to_string().replace('\\', "/"))
        .collect();
    let chosen = match (&args.site, &args.learner) {
        (Some(site), _) => site_entries(&summary.out, site, &sites, lang),
        (None, Some(learner)) => learner_entries(&args.journal, &summary.out, learner, lang),
        (None, None) => Err(lang
            .pick(
                "dis quoi exporter : --site ou --learner",
                "say what to export: --site or --learner",
            )
            .to_string()),
    };
    let (entries, default_name, guarded) = match chosen {
        Ok(chosen) => chosen,
        Err(message) => return report::usage_error(&message, lang),
    };
    let dest = args.output.unwrap_or_else(|| {
        let journal = std::fs::canonicalize(&args.journal)
            .ok()
            .and_then(|p| p.file_name().map(|n| slugify(&n.to_string_lossy())))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "carnet".into());
        PathBuf::from(default_name.replace("{journal}", &journal))
    });
    if let (Ok(dest_abs), Ok(guarded)) = (
        carnet::output::absolute(&dest),
        carnet::output::absolute(&guarded),
    ) {
        if dest_abs.starts_with(&guarded) {
            let (dest, guarded) = (dest.display(), guarded.display());
            return report::usage_error(
                &tr!(
                    lang,
                    "{dest} est dans {guarded}, qui est exporté : écris le zip ailleurs (-o)",
                    "{dest} is inside {guarded}, which is exported: write the zip elsewhere (-o)"
                ),
                lang,
            );
        }
    }
    match export::write_zip(entries, &dest) {
        Ok(written) => {
            if !style.quiet {
                let files = lang.count(written.files, ("fichier", "fichiers"), ("file", "files"));
                let kb = written.bytes.div_ceil(1024);
                let dest = dest.display();
                println!(
                    "{}",
                    tr!(
                        lang,
                        "zip : {dest} ({files}, {kb} Ko)",
                        "zip: {dest} ({files}, {kb} KB)"
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
        let near = carnet::diagnostic::nearest(wanted, sites.iter().map(String::as_str))
            .map(|n| format!(" ; {}", carnet::journal::toml_error::did_you_mean(n, lang)))
            .unwrap_or_default();
        let all = sites.join(", ");
        return Err(tr!(
            lang,
            "site `{wanted}` inconnu (ce carnet a : {all}){near}",
            "unknown site `{wanted}` (this journal has: {all}){near}"
        ));
    }
    let dir = out.join(wanted);
    // A site's own `.htaccess` (a password) goes with it.
    let entries =
        export::folder_entries(&dir, "", export::Hidden::Keep).map_err(|e| e.to_string())?;
    let name = format!("{{journal}}-{}.zip", wanted.replace('/', "-"));
    Ok((entries, name, dir))
}

/// The learner's journal folder (with the journal's settings) under `journal/`,
/// and their private site under `site/`, inside a `carnet-<learner>/` folder.
fn learner_entries(
    root: &Path,
    out: &Path,
    learner: &str,
    lang: Language,
) -> Result<Chosen, String> {
    let known = carnet::author::learners(root);
    let Some(folder) = known
        .iter()
        .find(|k| k.as_str() == learner || slugify(k) == slugify(learner))
    else {
        let all = if known.is_empty() {
            lang.pick("aucun", "none").to_string()
        } else {
            known.join(", ")
        };
        return Err(tr!(
            lang,
            "apprenant `{learner}` inconnu (le carnet a : {all})",
            "unknown learner `{learner}` (the journal has: {all})"
        ));
    };
    let slug = slugify(folder);
    let top = format!("carnet-{slug}");
    let learner_dir = root.join("learners").join(folder);
    let mut entries = export::folder_entries(
        &learner_dir,
        &format!("{top}/journal/learners/{folder}"),
        export::Hidden::Skip,
    )
    .map_err(|e| e.to_string())?;
    for file in ["carnet.toml", "skills.toml"] {
        let path = root.join(file);
        if path.is_file() && !path.is_symlink() {
            entries.push(Entry {
                name: format!("{top}/journal/{file}"),
                source: path,
            });
        }
    }
    let themes = root.join("themes");
    if themes.is_dir() && !themes.is_symlink() {
        entries.extend(
            export::folder_entries(
                &themes,
                &format!("{top}/journal/themes"),
                export::Hidden::Skip,
            )
            .map_err(|e| e.to_string())?,
        );
    }
    let site = out.join("private").join(&slug);
    entries.extend(
        export::folder_entries(&site, &format!("{top}/site"), export::Hidden::Keep)
            .map_err(|e| e.to_string())?,
    );
    Ok((entries, format!("{top}.zip"), learner_dir))
}
