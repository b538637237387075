//! A new journal for `carnet init`: `carnet.toml`, one learner with a profile, one
//! example experience with a photo (generated here) and one story, every field
//! explained by a comment in plain words, in the journal's language. Everything is
//! private, so nothing is shared until the learner decides to.
//!
//! It writes only into an empty (or new) folder, and never overwrites a file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::journal::slug::slugify;
use crate::journal::{Date, Language};
use crate::t;

/// Why a journal could not be started.
#[derive(Debug, thiserror::Error)]
pub enum StarterError {
    /// The folder already holds something.
    // i18n-exempt: technical form; `carnet init` says it in the journal's language
    #[error("{}: the folder is not empty", .0.display())]
    NotEmpty(PathBuf),
    /// A name the journal may not hold (a control character, too long).
    #[error("{0}")]
    Invalid(String),
    /// A file or folder could not be written.
    #[error(
        "{}",
        crate::error::describe_io(path, source, crate::journal::Language::En)
    )]
    Io {
        /// Where.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

/// What [`create_journal`] wrote.
#[derive(Debug, Clone)]
pub struct Started {
    /// The learner's folder name under `learners/`.
    pub learner: String,
    /// Every file written, relative to the journal, in the order written.
    pub files: Vec<String>,
}

/// The example photo's file name.
const PHOTO: &str = "premiere-photo.jpg";

/// Starts a journal in `dir` (created if missing, refused if not empty) for the
/// learner `name`, with comments and messages in `lang`, the example experience
/// dated `today`.
pub fn create_journal(
    dir: &Path,
    name: &str,
    lang: Language,
    today: Date,
) -> Result<Started, StarterError> {
    prepare(dir)?;
    let name = name.trim();
    let default_name = t!(lang, "starter-default-name");
    let name = if name.is_empty() {
        default_name.as_str()
    } else {
        name
    };
    let learner = Some(slugify(name))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "moi".into());
    let experience = format!(
        "{}-{}",
        today.iso_date(),
        t!(lang, "starter-experience-folder")
    );
    let base = format!("learners/{learner}");
    let files: Vec<(String, Vec<u8>)> = vec![
        ("carnet.toml".into(), config(lang).into_bytes()),
        (".gitignore".into(), b"site/\n".to_vec()),
        (
            format!("{base}/profile.md"),
            profile(name, lang).into_bytes(),
        ),
        (
            format!("{base}/experiences/{experience}/index.md"),
            experience_text(today, lang).into_bytes(),
        ),
        (format!("{base}/experiences/{experience}/{PHOTO}"), photo()),
        (
            format!("{base}/stories/{}.md", t!(lang, "starter-story-file")),
            story(&experience, lang).into_bytes(),
        ),
    ];
    let written = write_all(dir, files)?;
    Ok(Started {
        learner,
        files: written,
    })
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> StarterError {
    let path = path.to_path_buf();
    move |source| StarterError::Io { path, source }
}

/// Makes `dir` if missing; refuses it if it holds anything.
fn prepare(dir: &Path) -> Result<(), StarterError> {
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(StarterError::NotEmpty(dir.to_path_buf()));
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(io_error(dir))
        }
        Err(e) => Err(io_error(dir)(e)),
    }
}

/// Writes `files` (relative path, bytes) into `dir`, none overwritten; the paths
/// written, in order.
fn write_all(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Result<Vec<String>, StarterError> {
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        write_new(&path, &bytes).map_err(io_error(&path))?;
        written.push(rel);
    }
    Ok(written)
}

/// What [`create_group_journal`] wrote.
#[derive(Debug, Clone)]
pub struct StartedGroup {
    /// The group's id in `carnet.toml`.
    pub group: String,
    /// Every file written, relative to the journal, in the order written.
    pub files: Vec<String>,
}

/// Starts, in `dir` (created if missing, refused if not empty), an adviser's
/// journal for the group `name`: `carnet.toml` with that group and no learner
/// yet, its comments addressed to the adviser and saying how to add the referent
/// and the learners (`carnet add`). The sites' title names no programme: it shows
/// on the public site, where group membership stays private.
pub fn create_group_journal(
    dir: &Path,
    name: &str,
    lang: Language,
) -> Result<StartedGroup, StarterError> {
    super::people::check_name(name, &t!(lang, "starter-group-name-field"), false, lang)
        .map_err(|(_, message)| StarterError::Invalid(message))?;
    prepare(dir)?;
    let name = name.trim();
    let default_name = t!(lang, "starter-default-group");
    let name = if name.is_empty() {
        default_name.as_str()
    } else {
        name
    };
    let group = Some(slugify(name))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| t!(lang, "starter-default-group-slug"));
    let files = vec![
        (
            "carnet.toml".to_string(),
            group_config(&group, name, lang).into_bytes(),
        ),
        (".gitignore".into(), b"site/\n".to_vec()),
    ];
    let files = write_all(dir, files)?;
    fs::create_dir_all(dir.join("learners")).map_err(io_error(dir))?;
    Ok(StartedGroup { group, files })
}

/// `carnet.toml` of an adviser's journal for the group `slug`, named `name`.
fn group_config(slug: &str, name: &str, lang: Language) -> String {
    super::file(t!(
        lang,
        "starter-group-config",
        slug = slug,
        name = quoted(name)
    ))
}

fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use io::Write;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)
}

/// A TOML string, quoted and escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// `carnet.toml`. Its title names nobody: it shows on every site, the public one
/// included, while the learner's name stays private with their profile.
fn config(lang: Language) -> String {
    super::file(t!(lang, "starter-config"))
}

fn profile(name: &str, lang: Language) -> String {
    super::file(t!(lang, "starter-profile", name = quoted(name)))
}

fn experience_text(today: Date, lang: Language) -> String {
    super::file(t!(
        lang,
        "starter-experience",
        date = today.iso_date(),
        photo = PHOTO
    ))
}

fn story(experience: &str, lang: Language) -> String {
    super::file(t!(
        lang,
        "starter-story",
        experience = experience,
        photo = PHOTO
    ))
}

/// The example photo: a sun rising in a blue sky, 800×600, made here (no file
/// to ship, no licence to track), the same bytes every time.
fn photo() -> Vec<u8> {
    let (w, h) = (800u32, 600u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (dx, dy) = (x as f32 - 400.0, y as f32 - 420.0);
        let d = (dx * dx + dy * dy).sqrt();
        if y > 470 {
            image::Rgb([40, 90 + (y % 7) as u8, 60])
        } else if d < 90.0 {
            image::Rgb([250, 160, 40])
        } else {
            let t = y as f32 / 470.0;
            image::Rgb([
                (60.0 + 150.0 * t) as u8,
                (120.0 + 60.0 * t) as u8,
                (200.0 - 60.0 * t) as u8,
            ])
        }
    });
    let mut out = io::Cursor::new(Vec::new());
    // Encoding a fresh in-memory image into memory does not fail.
    let _ = img.write_to(&mut out, image::ImageFormat::Jpeg);
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date {
            year: 2024,
            month: 3,
            day: 1,
            time: None,
        }
    }

    #[test]
    fn a_new_journal_loads_and_checks_clean_in_both_languages() {
        for lang in [Language::Fr, Language::En] {
            let dir = tempfile::tempdir().expect("temp");
            let root = dir.path().join("carnet");
            let started = create_journal(&root, "Inès Dupont", lang, today()).expect("init");
            assert_eq!(started.learner, "ines-dupont");
            let (journal, errors) = crate::journal::load(&root);
            assert!(errors.is_empty(), "{errors:?}");
            let journal = journal.expect("journal");
            assert_eq!(journal.config.language, lang);
            let report = crate::check::check(&journal);
            assert!(report.errors.is_empty(), "{:?}", report.errors);
            assert!(report.warnings.is_empty(), "{:?}", report.warnings);
            assert_eq!(journal.learners[0].experiences[0].photos.len(), 1);
        }
    }

    #[test]
    fn a_group_journal_loads_and_checks_clean_in_both_languages() {
        for lang in [Language::Fr, Language::En] {
            let dir = tempfile::tempdir().expect("temp");
            let root = dir.path().join("groupe");
            let started = create_group_journal(&root, "Garantie Jeunes 2026", lang).expect("init");
            assert_eq!(started.group, "garantie-jeunes-2026");
            let (journal, errors) = crate::journal::load(&root);
            assert!(errors.is_empty(), "{errors:?}");
            let journal = journal.expect("journal");
            assert_eq!(journal.config.groups[0].name, "Garantie Jeunes 2026");
            // The public title names no programme.
            assert!(!journal.config.title.contains("Garantie"));
            let report = crate::check::check(&journal);
            assert!(report.errors.is_empty(), "{:?}", report.errors);
        }
    }

    #[test]
    fn a_folder_that_is_not_empty_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().expect("temp");
        fs::write(dir.path().join("notes.txt"), "mes notes").expect("write");
        let e = create_journal(dir.path(), "Ana", Language::Fr, today()).unwrap_err();
        assert!(matches!(e, StarterError::NotEmpty(_)), "{e}");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().collect();
        assert_eq!(names.len(), 1);
    }
}
