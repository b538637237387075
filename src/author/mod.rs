//! Writing into a journal: a new experience folder, with its front matter filled in
//! and its photos copied, for `carnet new` and the capture form of `carnet serve`.
//!
//! It never overwrites anything: the folder is made new (`<date>-<slug>`, then
//! `-2`, `-3`… when taken), and a failure removes only what it made. Photos are
//! checked by their content (JPEG, PNG or WebP), their names lose any path and are
//! made URL-safe. The date comes from the first photo's EXIF `DateTimeOriginal`,
//! else today; the visibility is private unless said otherwise.
//!
//! An existing experience can be changed too (`edit`): only the values the form
//! shows, only when they changed, keeping comments, unknown keys and the text's
//! formatting, and only if the file did not change since it was read.

mod edit;
mod exif_date;
pub mod starter;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::journal::slug::slugify;
use crate::journal::{Date, Visibility};

pub use edit::{edit_experience, open_experience, EditError, Fields, Opened};
pub use exif_date::date_taken;

/// What a new experience holds.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// Title (required).
    pub title: String,
    /// Date; `None` takes the first photo's date taken, else today.
    pub date: Option<Date>,
    /// Where it happened.
    pub place: Option<String>,
    /// Kind (stage, atelier, visite, formation, ...).
    pub kind: Option<String>,
    /// Free tags.
    pub tags: Vec<String>,
    /// Skill ids of the journal's framework.
    pub skills: Vec<String>,
    /// Who may see it (private unless said otherwise).
    pub visibility: Visibility,
    /// The text, Markdown.
    pub body: String,
    /// Photos, in display order.
    pub photos: Vec<DraftPhoto>,
}

/// A photo of a new experience.
#[derive(Debug, Clone)]
pub struct DraftPhoto {
    /// The name it came with (a file name or an upload's name); any folder part
    /// is dropped.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its text alternative.
    pub alt: Option<String>,
}

/// What [`create_experience`] made.
#[derive(Debug, Clone)]
pub struct Created {
    /// The new experience folder.
    pub dir: PathBuf,
    /// Its `index.md`.
    pub index: PathBuf,
    /// The date written.
    pub date: Date,
    /// Whether the date came from a photo's EXIF date.
    pub date_from_photo: bool,
    /// The photo file names written, in order.
    pub photos: Vec<String>,
}

/// Why a new experience could not be written.
#[derive(Debug, thiserror::Error)]
pub enum AuthorError {
    /// The learner has no folder with a `profile.md`.
    #[error("unknown learner `{learner}` (the journal has: {})", if known.is_empty() { "none".to_string() } else { known.join(", ") })]
    UnknownLearner {
        /// The learner asked for.
        learner: String,
        /// The learners of the journal (folder names).
        known: Vec<String>,
    },
    /// The title is empty.
    #[error("an experience needs a title")]
    NoTitle,
    /// A photo is not a JPEG, PNG or WebP image.
    #[error("`{name}` is not a JPEG, PNG or WebP photo")]
    NotAPhoto {
        /// Its name.
        name: String,
    },
    /// A file or folder could not be written.
    #[error("{}: {source}", path.display())]
    Io {
        /// Where.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> AuthorError + '_ {
    move |source| AuthorError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The learners of the journal at `root`: folder names under `learners/` that hold
/// a `profile.md`, sorted.
pub fn learners(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root.join("learners"))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().join("profile.md").is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Writes a new experience of `learner` (a folder name under `learners/`, or its
/// slug) in the journal at `root`.
pub fn create_experience(
    root: &Path,
    learner: &str,
    draft: &Draft,
) -> Result<Created, AuthorError> {
    let known = learners(root);
    let folder = known
        .iter()
        .find(|k| k.as_str() == learner || slugify(k) == slugify(learner))
        .ok_or_else(|| AuthorError::UnknownLearner {
            learner: learner.to_string(),
            known: known.clone(),
        })?;
    let title = draft.title.trim();
    if title.is_empty() {
        return Err(AuthorError::NoTitle);
    }
    let photos = photo_names(&draft.photos)?;
    let exif = draft.photos.first().and_then(|p| date_taken(&p.bytes));
    let (date, date_from_photo) = match (draft.date, exif) {
        (Some(d), _) => (d, false),
        (None, Some(d)) => (d, true),
        (None, None) => (today(), false),
    };
    let experiences = root.join("learners").join(folder).join("experiences");
    fs::create_dir_all(&experiences).map_err(io_error(&experiences))?;
    let slug = Some(slugify(title))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "experience".into());
    let dir = new_folder(&experiences, &format!("{}-{slug}", date.iso_date()))?;
    let index = dir.join("index.md");
    let written = (|| {
        for (photo, name) in draft.photos.iter().zip(&photos) {
            write_new(&dir.join(name), &photo.bytes)?;
        }
        let text = front_matter(draft, title, date, &photos);
        write_new(&index, text.as_bytes())
    })();
    if let Err(e) = written {
        // The folder is new: removing it loses nothing the user had.
        let _ = fs::remove_dir_all(&dir);
        return Err(e);
    }
    Ok(Created {
        dir,
        index,
        date,
        date_from_photo,
        photos,
    })
}

/// Makes a new folder `base` in `parent`, or `base-2`, `base-3`… when taken.
fn new_folder(parent: &Path, base: &str) -> Result<PathBuf, AuthorError> {
    for n in 1..1000 {
        let name = if n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        let dir = parent.join(name);
        match fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_error(&dir)(e)),
        }
    }
    Err(io_error(parent)(io::Error::other(
        "too many experiences with this date and title",
    )))
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), AuthorError> {
    use io::Write;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io_error(path))?;
    file.write_all(bytes).map_err(io_error(path))?;
    file.sync_all().map_err(io_error(path))
}

/// Safe, distinct file names for the photos: no folder part, URL-safe, the
/// extension of their real type.
fn photo_names(photos: &[DraftPhoto]) -> Result<Vec<String>, AuthorError> {
    let mut names: Vec<String> = Vec::new();
    for photo in photos {
        let ext = match image::guess_format(&photo.bytes) {
            Ok(image::ImageFormat::Jpeg) => "jpg",
            Ok(image::ImageFormat::Png) => "png",
            Ok(image::ImageFormat::WebP) => "webp",
            _ => {
                return Err(AuthorError::NotAPhoto {
                    name: photo.name.clone(),
                })
            }
        };
        let base = photo.name.rsplit(['/', '\\']).next().unwrap_or_default();
        let stem = base.rsplit_once('.').map_or(base, |(s, _)| s);
        let stem = Some(slugify(stem))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "photo".into());
        let mut name = format!("{stem}.{ext}");
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{stem}-{n}.{ext}");
            n += 1;
        }
        names.push(name);
    }
    Ok(names)
}

/// A TOML string, quoted and escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A TOML array of strings.
fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The text of `index.md`: front matter with a comment on the visibility, then the body.
fn front_matter(draft: &Draft, title: &str, date: Date, photos: &[String]) -> String {
    let mut text = String::from("+++\n");
    text.push_str(&format!("title = {}\n", quoted(title)));
    text.push_str(&format!("date = {}\n", date.iso_toml()));
    if let Some(place) = draft.place.as_deref().filter(|p| !p.trim().is_empty()) {
        text.push_str(&format!("place = {}\n", quoted(place.trim())));
    }
    if let Some(kind) = draft.kind.as_deref().filter(|k| !k.trim().is_empty()) {
        text.push_str(&format!("kind = {}\n", quoted(kind.trim())));
    }
    let tags: Vec<String> = draft
        .tags
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if !tags.is_empty() {
        text.push_str(&format!("tags = {}\n", list(&tags)));
    }
    if !draft.skills.is_empty() {
        text.push_str(&format!("skills = {}\n", list(&draft.skills)));
    }
    text.push_str(
        "# Qui peut voir cette expérience : \"private\" (toi seul·e), \"referent\" (toi et\n\
         # ta ou ton référent·e), \"community\" (les membres de ton groupe), \"public\"\n\
         # (tout le monde sur internet).\n",
    );
    text.push_str(&format!(
        "visibility = \"{}\"\n",
        draft.visibility.keyword()
    ));
    if !photos.is_empty() {
        text.push_str("photos = [\n");
        for (name, photo) in photos.iter().zip(&draft.photos) {
            match photo.alt.as_deref().filter(|a| !a.trim().is_empty()) {
                Some(alt) => text.push_str(&format!(
                    "  {{ file = {}, alt = {} }},\n",
                    quoted(name),
                    quoted(alt.trim())
                )),
                None => text.push_str(&format!(
                    "  {{ file = {}, alt = \"\" }}, # décris la photo pour qui ne la voit pas\n",
                    quoted(name)
                )),
            }
        }
        text.push_str("]\n");
    }
    text.push_str("+++\n");
    text.push_str(draft.body.trim_end());
    text.push('\n');
    text
}

/// Today's date where the user is (the system's time zone).
pub fn today() -> Date {
    let now = jiff::ZonedDateTime::now();
    Date {
        year: u16::try_from(now.year()).unwrap_or(2000),
        month: u8::try_from(now.month()).unwrap_or(1),
        day: u8::try_from(now.day()).unwrap_or(1),
        time: None,
    }
}

#[cfg(test)]
mod tests;
