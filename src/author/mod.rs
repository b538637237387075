//! Writing into a journal: a new experience folder, with its front matter filled in
//! and its photos copied, for `carnet new` and the capture form of `carnet serve`.
//!
//! It never overwrites anything: the folder is made new (`<date>-<slug>`, then
//! `-2`, `-3`… when taken), and a failure removes only what it made. Photos are
//! decoded whole before they are accepted (a file that only starts like a JPEG is
//! refused, not saved to break every later build), within the journal's limits;
//! they are stored without their GPS position, serial numbers, owner, camera or
//! maker notes, their pixels, date and orientation untouched
//! ([`crate::images::strip`]); their names lose any path and are made URL-safe. The date comes from the first
//! photo's EXIF `DateTimeOriginal`, else today; the visibility is private unless
//! said otherwise.
//!
//! What it writes is what `journal::load` reads back, value for value: strings
//! are written as one-line TOML strings (a newline or `+++` in a title cannot
//! end the front matter), texts follow the loader's rule on characters and
//! lengths ([`crate::journal::text`]: a control character or a bidi override is
//! refused with the field it is in, so a form can say which), dates must be
//! calendar days, folder names stay short enough for an address, and nothing is
//! written through a symbolic link that leads out of the journal.
//!
//! Learners, groups and referents are added by [`people`] (`carnet add`), a
//! whole roster at once by [`roster`] (`carnet add learners eleves.csv`).
//!
//! An existing experience can be changed too (`edit`): only the values the form
//! shows, only when they changed, keeping comments, unknown keys and the text's
//! formatting, and only if the file did not change since it was read.

mod edit;
mod exif_date;
pub mod people;
pub mod roster;
pub mod starter;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::images::probe;
use crate::journal::slug::slugify;
use crate::journal::text::{self, MAX_BODY_BYTES};
use crate::journal::{names, Date, ImageSettings, Language, Visibility};
use crate::t;

pub use edit::{edit_experience, open_experience, EditError, Fields, Opened};
pub use exif_date::date_taken;
/// Longest text of an experience, in bytes: the loader's limit.
pub const MAX_TEXT_BYTES: usize = MAX_BODY_BYTES;

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
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error("unknown learner `{learner}` (the journal has: {})", if known.is_empty() { "none".to_string() } else { known.join(", ") })]
    UnknownLearner {
        /// The learner asked for.
        learner: String,
        /// The learners of the journal (folder names).
        known: Vec<String>,
    },
    /// The title is empty.
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error("an experience needs a title")]
    NoTitle,
    /// A photo is not a JPEG, PNG or WebP image.
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error("`{name}` is not a JPEG, PNG or WebP photo")]
    NotAPhoto {
        /// Its name.
        name: String,
    },
    /// A photo that the build would refuse: damaged, truncated, over the
    /// journal's limits.
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error("`{name}`: {reason}")]
    BadPhoto {
        /// Its name.
        name: String,
        /// Why, in the journal's language.
        reason: String,
    },
    /// A text holds a character the loader refuses (a control character, a
    /// bidi override: see [`crate::journal::text`]).
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error("`{field}` holds the character U+{:04X}, which a journal may not hold", u32::from(*character))]
    ForbiddenCharacter {
        /// Which field: `title`, `place`, `kind`, `tags`, `skills`, `alt`, `body`.
        field: &'static str,
        /// The character.
        character: char,
    },
    /// The text is longer than a journal's file may hold.
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error(
        "the text is {len} bytes long, more than the {} a file may hold",
        MAX_BODY_BYTES
    )]
    TextTooLong {
        /// Its length, in bytes.
        len: usize,
    },
    /// The date is not a calendar day (31 February), or has no four-digit year.
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error("`{0}` is not a calendar day")]
    BadDate(String),
    /// The learner's folder, or their `experiences` folder, is a symbolic link
    /// that leads out of the journal (the loader refuses it too).
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
    #[error("{}: a symbolic link that leads out of the journal", .0.display())]
    OutsideJournal(PathBuf),
    /// A file or folder could not be written.
    // i18n-exempt: technical form; `carnet new` and serve's capture say it in words
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

/// The field `field` of [`AuthorError::ForbiddenCharacter`] in words, with its
/// article: « le titre ».
pub fn field_name(field: &str, lang: Language) -> String {
    match field {
        "title" => t!(lang, "author-field-title"),
        "place" => t!(lang, "author-field-place"),
        "kind" => t!(lang, "author-field-kind"),
        "tags" => t!(lang, "author-field-tags"),
        "skills" => t!(lang, "author-field-skills"),
        "alt" => t!(lang, "author-field-alt"),
        _ => t!(lang, "author-field-text"),
    }
}

/// Why `character` may not be in a journal, in words: an invisible control
/// character, or one that changes the writing direction.
pub fn character_kind(character: char, lang: Language) -> String {
    if character.is_control() || text::forbidden_in_body(character) {
        t!(lang, "author-character-control")
    } else {
        t!(lang, "author-character-direction")
    }
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
    let draft = draft.normalised();
    let title = draft.title.as_str();
    if title.is_empty() {
        return Err(AuthorError::NoTitle);
    }
    draft.check()?;
    let limits = image_limits(root);
    let lang = Language::of_journal(root);
    let photos = photo_names(&draft.photos)?;
    let accepted = draft
        .photos
        .iter()
        .map(|p| accept_photo(p, &limits, lang))
        .collect::<Result<Vec<_>, _>>()?;
    let exif = draft.photos.first().and_then(|p| date_taken(&p.bytes));
    let (date, date_from_photo) = match (draft.date, exif) {
        (Some(d), _) => (d, false),
        (None, Some(d)) => (d, true),
        (None, None) => (today(), false),
    };
    let learner_dir = root.join("learners").join(folder);
    let experiences = learner_dir.join("experiences");
    let inside = |path: &Path| -> Result<(), AuthorError> {
        let canonical = fs::canonicalize(root).map_err(io_error(root))?;
        if names::stays_inside(&canonical, root, path) {
            Ok(())
        } else {
            Err(AuthorError::OutsideJournal(path.to_path_buf()))
        }
    };
    inside(&learner_dir)?;
    fs::create_dir_all(&experiences).map_err(io_error(&experiences))?;
    inside(&experiences)?;
    let dir = new_folder(&experiences, &folder_name(date, title))?;
    let index = dir.join("index.md");
    let written = (|| {
        for (bytes, name) in accepted.iter().zip(&photos) {
            write_new(&dir.join(name), bytes)?;
        }
        let text = front_matter(&draft, title, date, &photos, lang);
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

/// Longest part of a folder name made from a title, in bytes: the loader refuses
/// addresses over `names::MAX_SLUG_BYTES`, and a long title makes a long folder
/// name that nobody types.
const MAX_TITLE_SLUG: usize = 80;

/// `<date>-<slug of the title>`, the slug cut at a dash to at most
/// [`MAX_TITLE_SLUG`] bytes (`experience` when the title has no letter or digit).
fn folder_name(date: Date, title: &str) -> String {
    let mut slug = slugify(title);
    if slug.len() > MAX_TITLE_SLUG {
        // A slug is ASCII: every byte is a character boundary.
        let cut = slug[..=MAX_TITLE_SLUG]
            .rfind('-')
            .filter(|&i| i > 0)
            .unwrap_or(MAX_TITLE_SLUG);
        slug.truncate(cut);
    }
    if slug.is_empty() {
        slug = "experience".into();
    }
    format!("{}-{slug}", date.iso_date())
}

/// Whether `date` is one the loader reads back as written: a four-digit year, a
/// calendar day, a time of day.
fn real_date(date: &Date) -> bool {
    let day = i16::try_from(date.year).ok().and_then(|year| {
        let month = i8::try_from(date.month).ok()?;
        let day = i8::try_from(date.day).ok()?;
        jiff::civil::Date::new(year, month, day).ok()
    });
    (1..=9999).contains(&date.year)
        && day.is_some()
        && date.time.is_none_or(|(h, m)| h < 24 && m < 60)
}

/// The journal's photo limits (`[images]` of `carnet.toml`), the defaults when it
/// says nothing or cannot be read (then the build reports why).
fn image_limits(root: &Path) -> ImageSettings {
    #[derive(serde::Deserialize, Default)]
    struct Config {
        #[serde(default)]
        images: Images,
    }
    #[derive(serde::Deserialize, Default)]
    struct Images {
        max_pixels: Option<u64>,
        max_bytes: Option<u64>,
    }
    let config: Config = fs::read_to_string(root.join("carnet.toml"))
        .ok()
        .and_then(|text| toml::from_str(&text).ok())
        .unwrap_or_default();
    let defaults = ImageSettings::default();
    ImageSettings {
        max_pixels: config.images.max_pixels.unwrap_or(defaults.max_pixels),
        max_bytes: config.images.max_bytes.unwrap_or(defaults.max_bytes),
        ..defaults
    }
}

/// The JPEG quality of a HEIC photo converted as it is stored in the journal: high,
/// since every build re-encodes it once more.
const HEIF_TO_JPEG_QUALITY: u8 = 92;

/// The bytes to store for `photo`, once it is known to be a photo every build
/// can read: probed within `limits` as the build probes it, then decoded whole
/// (a decoder panic on a hostile file is a refusal, not a crash).
fn accept_photo(
    photo: &DraftPhoto,
    limits: &ImageSettings,
    lang: Language,
) -> Result<Vec<u8>, AuthorError> {
    let bad = |reason: String| AuthorError::BadPhoto {
        name: photo.name.clone(),
        reason,
    };
    let source = probe::probe(Path::new(&photo.name), &photo.bytes, limits, lang)
        .map_err(|d| bad(d.message))?;
    let decoded = std::panic::catch_unwind(|| {
        crate::images::process::decode_bytes(&photo.bytes, &source, 1.0)
    });
    match decoded {
        // A HEIC, HEIF or AVIF photo (an iPhone's) cannot be stripped in place: it
        // is stored as the JPEG of its upright pixels, which carries no metadata.
        Ok(Ok(img)) if crate::images::heif::is_heif(&photo.bytes) => {
            crate::images::codec::encode(&img, HEIF_TO_JPEG_QUALITY)
                .map_err(|e| bad(e.message(lang)))
        }
        Ok(Ok(_)) => without_private_metadata(&photo.bytes, &source, limits, lang).map_err(bad),
        Ok(Err(e)) => Err(bad(t!(
            lang,
            "author-photo-corrupt",
            detail = e.to_string()
        ))),
        Err(_) => Err(bad(t!(lang, "author-photo-decoder-failed"))),
    }
}

/// `bytes` (a photo that decodes, which [`probe::probe`] described as `source`)
/// without GPS, serial numbers, owner or maker notes, its pixels, date and
/// orientation kept ([`crate::images::strip`]), checked to be the same photo.
fn without_private_metadata(
    bytes: &[u8],
    source: &crate::images::Source,
    limits: &ImageSettings,
    lang: Language,
) -> Result<Vec<u8>, String> {
    let stripped = crate::images::strip::without_private_metadata(bytes)?;
    let again = probe::probe(Path::new("photo"), &stripped, limits, lang).map_err(|d| d.message)?;
    let same = (again.width, again.height, again.orientation)
        == (source.width, source.height, source.orientation);
    let findings = again.findings;
    if !same || findings.gps || findings.serial || findings.owner || findings.xmp {
        return Err(t!(lang, "author-photo-metadata-kept"));
    }
    Ok(stripped)
}

/// An optional text as it is written: trimmed, and none when empty.
fn trimmed(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Tags as they are written: trimmed, empty ones dropped.
fn trimmed_tags(tags: &[String]) -> Vec<String> {
    tags.iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// A Markdown text as it is written: line ends made `\n`, its end trimmed.
fn written_body(body: &str) -> String {
    body.replace("\r\n", "\n").trim_end().to_string()
}

impl Draft {
    /// The draft as it is written: texts trimmed, empty ones and empty tags
    /// dropped, the text's line ends made `\n` and its end trimmed.
    fn normalised(&self) -> Draft {
        Draft {
            title: self.title.trim().to_string(),
            date: self.date,
            place: trimmed(&self.place),
            kind: trimmed(&self.kind),
            tags: trimmed_tags(&self.tags),
            skills: self.skills.clone(),
            visibility: self.visibility,
            body: written_body(&self.body),
            photos: self
                .photos
                .iter()
                .map(|p| DraftPhoto {
                    alt: trimmed(&p.alt),
                    ..p.clone()
                })
                .collect(),
        }
    }

    /// Refuses what the loader would: a refused character in a text, a text too
    /// long, a date that is not a calendar day.
    fn check(&self) -> Result<(), AuthorError> {
        let one = |field, text: &str| match text::first_forbidden(text) {
            Some(character) => Err(AuthorError::ForbiddenCharacter { field, character }),
            None => Ok(()),
        };
        one("title", &self.title)?;
        one("place", self.place.as_deref().unwrap_or_default())?;
        one("kind", self.kind.as_deref().unwrap_or_default())?;
        self.tags.iter().try_for_each(|t| one("tags", t))?;
        self.skills.iter().try_for_each(|s| one("skills", s))?;
        self.photos
            .iter()
            .try_for_each(|p| one("alt", p.alt.as_deref().unwrap_or_default()))?;
        check_body(&self.body)?;
        match self.date {
            Some(d) if !real_date(&d) => Err(AuthorError::BadDate(d.iso())),
            _ => Ok(()),
        }
    }
}

/// Refuses a text the loader would refuse.
fn check_body(body: &str) -> Result<(), AuthorError> {
    // The file holds the text and a line end after it.
    if body.len() + 1 > MAX_BODY_BYTES {
        return Err(AuthorError::TextTooLong { len: body.len() });
    }
    match body.chars().find(|c| text::forbidden_in_body(*c)) {
        Some(character) => Err(AuthorError::ForbiddenCharacter {
            field: "body",
            character,
        }),
        None => Ok(()),
    }
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
            // Stored converted to JPEG (see `accept_photo`).
            _ if crate::images::heif::is_heif(&photo.bytes) => "jpg",
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
        let mut stem = slugify(stem);
        // A slug is ASCII: any byte is a character boundary.
        stem.truncate(MAX_TITLE_SLUG);
        let stem = Some(stem.trim_end_matches('-').to_string())
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

/// A file's text (a starter or new profile) from its message: Fluent drops the
/// last line's end.
pub(crate) fn file(message: String) -> String {
    message + "\n"
}

/// `s` as a one-line TOML basic string: quoted, with `"`, `\\` and every control
/// character escaped. Never a multi-line string, whose lines a `+++` in the
/// text could end the front matter with.
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML array of strings.
fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The text of `index.md`: front matter with a comment on the visibility, then the body.
fn front_matter(
    draft: &Draft,
    title: &str,
    date: Date,
    photos: &[String],
    lang: Language,
) -> String {
    let mut text = String::from("+++\n");
    text.push_str(&format!("title = {}\n", quoted(title)));
    text.push_str(&format!("date = {}\n", date.iso_toml()));
    if let Some(place) = &draft.place {
        text.push_str(&format!("place = {}\n", quoted(place)));
    }
    if let Some(kind) = &draft.kind {
        text.push_str(&format!("kind = {}\n", quoted(kind)));
    }
    if !draft.tags.is_empty() {
        text.push_str(&format!("tags = {}\n", list(&draft.tags)));
    }
    if !draft.skills.is_empty() {
        text.push_str(&format!("skills = {}\n", list(&draft.skills)));
    }
    for line in t!(lang, "author-visibility-comment").lines() {
        text.push_str(&format!("# {}\n", line.trim()));
    }
    text.push_str(&format!(
        "visibility = \"{}\"\n",
        draft.visibility.keyword()
    ));
    if !photos.is_empty() {
        text.push_str("photos = [\n");
        for (name, photo) in photos.iter().zip(&draft.photos) {
            match photo.alt.as_deref() {
                Some(alt) => text.push_str(&format!(
                    "  {{ file = {}, alt = {} }},\n",
                    quoted(name),
                    quoted(alt)
                )),
                None => text.push_str(&format!(
                    "  {{ file = {}, alt = \"\" }}, # {}\n",
                    quoted(name),
                    t!(lang, "author-alt-comment")
                )),
            }
        }
        text.push_str("]\n");
    }
    text.push_str("+++\n");
    text.push_str(&draft.body);
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
