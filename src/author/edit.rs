//! Changing an existing experience from the capture form of `carnet serve`.
//!
//! Only what the form shows is touched (title, date, place, kind, tags, skills,
//! visibility, text), and only when it changed: `toml_edit` keeps every comment,
//! every key the form does not know (photos, framing, …), their order and their
//! formatting, and a value that is replaced keeps the comments around it. The
//! text after the front matter is kept byte for byte unless it changed. The file
//! is replaced atomically, and only if nobody changed it since the form was
//! opened (its hash is the form's `version`): an edit made meanwhile in a text
//! editor is never lost. The check and the write are one step: under a lock (a
//! lock of this process, and an advisory lock of the file itself for another
//! process), the file is read, compared, then replaced, so two saves of the same
//! version cannot both succeed.
//!
//! What it writes follows the loader's rules as a new experience does (one-line
//! strings, no refused character, a calendar day); an item that stops being
//! `community` loses its `groups`, which only `community` items may have; and an
//! experience reached through a symbolic link that leads out of the journal is
//! refused, whichever folder of its path the link is.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use toml_edit::{Array, DocumentMut, Item, Value};

use super::{learners, quoted, AuthorError};
use crate::journal::slug::slugify;
use crate::journal::{frontmatter, names, Date, Language, Visibility};

/// Why an experience could not be changed.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// As for a new experience: unknown learner, no title, a file not written.
    #[error(transparent)]
    Author(#[from] AuthorError),
    /// The learner has no experience folder of that name.
    // i18n-exempt: technical form; serve's capture says it in the journal's language
    #[error("unknown experience `{experience}`")]
    UnknownExperience {
        /// The experience asked for.
        experience: String,
    },
    /// The front matter cannot be read (so it cannot be changed safely).
    // i18n-exempt: technical form; serve's capture says it in the journal's language
    #[error("{}: {message}", path.display())]
    BadFrontMatter {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// The file changed since the form was opened: writing would lose that change.
    // i18n-exempt: technical form; serve's capture says it in the journal's language
    #[error("{} changed since the form was opened", path.display())]
    ChangedMeanwhile {
        /// The file.
        path: PathBuf,
    },
    /// The experience is reached through a symbolic link that leads out of the
    /// journal (the loader refuses it too).
    // i18n-exempt: technical form; serve's capture says it in the journal's language
    #[error("{}: a symbolic link that leads out of the journal", path.display())]
    OutsideJournal {
        /// The path through the link.
        path: PathBuf,
    },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> EditError + '_ {
    move |e| EditError::Author(super::io_error(path)(e))
}

/// What the form shows of an experience.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// Title.
    pub title: String,
    /// Date (with its time when the file has one).
    pub date: Option<Date>,
    /// Place.
    pub place: Option<String>,
    /// Kind.
    pub kind: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Skill ids.
    pub skills: Vec<String>,
    /// Visibility (private when the file says nothing).
    pub visibility: Visibility,
    /// The text after the front matter.
    pub body: String,
}

/// An experience as the form opens it.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The learner's folder name.
    pub learner: String,
    /// The experience's folder name.
    pub folder: String,
    /// Its `index.md`.
    pub index: PathBuf,
    /// What the form shows.
    pub fields: Fields,
    /// The hash of the file as read (to refuse an edit of a file changed since).
    pub version: String,
}

/// Finds the experience `experience` (its folder name or slug) of `learner` (folder
/// name or slug): both must be folders of the journal, found by listing it, so a
/// name with a path in it finds nothing.
fn locate(
    root: &Path,
    learner: &str,
    experience: &str,
) -> Result<(String, String, PathBuf), EditError> {
    let known = learners(root);
    let folder = known
        .iter()
        .find(|k| k.as_str() == learner || slugify(k) == slugify(learner))
        .ok_or_else(|| AuthorError::UnknownLearner {
            learner: learner.to_string(),
            known: known.clone(),
        })?
        .clone();
    let dir = root.join("learners").join(&folder).join("experiences");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map_err(io_error(&dir))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let name = names
        .iter()
        .find(|n| n.as_str() == experience)
        .or_else(|| names.iter().find(|n| slugify(n) == slugify(experience)))
        .ok_or_else(|| EditError::UnknownExperience {
            experience: experience.to_string(),
        })?
        .clone();
    let index = dir.join(&name).join("index.md");
    let meta = fs::symlink_metadata(&index).map_err(io_error(&index))?;
    if !meta.is_file() {
        return Err(EditError::UnknownExperience {
            experience: experience.to_string(),
        });
    }
    // Any folder of the path may be a link (the learner's, `experiences`, the
    // experience's): the loader's rule, from the journal's root.
    let canonical = fs::canonicalize(root).map_err(io_error(root))?;
    if !names::stays_inside(&canonical, root, &index) {
        return Err(EditError::OutsideJournal { path: index });
    }
    Ok((folder, name, index))
}

/// Reads an experience for the form.
pub fn open_experience(root: &Path, learner: &str, experience: &str) -> Result<Opened, EditError> {
    let (learner, folder, index) = locate(root, learner, experience)?;
    let text = fs::read_to_string(&index).map_err(io_error(&index))?;
    let (doc, body) = parse(&index, &text)?;
    Ok(Opened {
        learner,
        folder,
        fields: fields_of(&doc, body),
        version: version_of(text.as_bytes()),
        index,
    })
}

/// Applies `fields` to the experience `folder` of `learner`, if its file is still
/// at `version`. Returns the file written.
pub fn edit_experience(
    root: &Path,
    learner: &str,
    folder: &str,
    version: &str,
    fields: &Fields,
) -> Result<PathBuf, EditError> {
    let (_, _, index) = locate(root, learner, folder)?;
    let fields = fields.normalised();
    if fields.title.is_empty() {
        return Err(AuthorError::NoTitle.into());
    }
    fields.check()?;
    locked(&index, || {
        let text = fs::read_to_string(&index).map_err(io_error(&index))?;
        if version_of(text.as_bytes()) != version {
            return Err(EditError::ChangedMeanwhile {
                path: index.clone(),
            });
        }
        let (mut doc, body) = parse(&index, &text)?;
        let before = fields_of(&doc, body);
        apply(&mut doc, &before, &fields);
        let body = if normalised(&fields.body) == normalised(body) {
            body.to_string()
        } else {
            format!("{}\n", fields.body)
        };
        let mut front = doc.to_string();
        if !front.ends_with('\n') {
            front.push('\n');
        }
        let new_text = format!("+++\n{front}+++\n{body}");
        if new_text != text {
            write_replacing(&index, new_text.as_bytes())?;
        }
        Ok(())
    })?;
    Ok(index)
}

impl Fields {
    /// The fields as they are written: texts trimmed, empty ones and empty tags
    /// dropped, the text's line ends made `\n` and its end trimmed.
    pub(super) fn normalised(&self) -> Fields {
        Fields {
            title: self.title.trim().to_string(),
            date: self.date,
            place: super::trimmed(&self.place),
            kind: super::trimmed(&self.kind),
            tags: super::trimmed_tags(&self.tags),
            skills: self.skills.clone(),
            visibility: self.visibility,
            body: super::written_body(&self.body),
        }
    }

    /// Refuses what the loader would refuse, as for a new experience.
    pub(super) fn check(&self) -> Result<(), AuthorError> {
        super::Draft {
            title: self.title.clone(),
            date: self.date,
            place: self.place.clone(),
            kind: self.kind.clone(),
            tags: self.tags.clone(),
            skills: self.skills.clone(),
            visibility: self.visibility,
            body: self.body.clone(),
            photos: Vec::new(),
        }
        .check()
    }
}

/// Saves of this process, one at a time.
static SAVES: Mutex<()> = Mutex::new(());

/// Runs `save` (read, compare, replace `index`) as one step: under this
/// process's lock, and under an advisory lock of the file itself against another
/// process. A lock taken on a file that was replaced meanwhile is dropped and
/// taken again on the new one (then `save` finds it changed).
fn locked<T>(index: &Path, save: impl FnOnce() -> Result<T, EditError>) -> Result<T, EditError> {
    let _one_at_a_time = SAVES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    for _ in 0..100 {
        let file = fs::File::open(index).map_err(io_error(index))?;
        file.lock().map_err(io_error(index))?;
        if same_file(&file, index) {
            let saved = save();
            drop(file); // unlocks
            return saved;
        }
    }
    Err(EditError::ChangedMeanwhile {
        path: index.to_path_buf(),
    })
}

/// Whether the open `file` is still the file at `path` (not replaced meanwhile).
#[cfg(unix)]
fn same_file(file: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the process's lock is what serialises saves (a form's saves all go
/// through one `carnet serve`).
#[cfg(not(unix))]
fn same_file(_: &fs::File, _: &Path) -> bool {
    true
}

fn normalised(body: &str) -> String {
    body.replace("\r\n", "\n").trim().to_string()
}

/// The hash of a file's bytes, hex.
fn version_of(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

fn parse<'a>(index: &Path, text: &'a str) -> Result<(DocumentMut, &'a str), EditError> {
    let bad = |message: String| EditError::BadFrontMatter {
        path: index.to_path_buf(),
        message,
    };
    // The loader's own split: the form changes what the loader reads.
    let split = frontmatter::split(index, text, Language::En).map_err(|d| bad(d.message))?;
    let doc: DocumentMut = split
        .front
        .parse()
        .map_err(|e: toml_edit::TomlError| bad(e.message().to_string()))?;
    Ok((doc, split.body))
}

/// `value` as an item of an array: after a space unless it is the first.
fn spaced(value: Value, first: bool) -> Value {
    value.decorated(if first { "" } else { " " }, "")
}

/// A string value as [`quoted`] writes it: one line, escaped.
fn string_value(s: &str) -> Value {
    quoted(s)
        .parse::<Value>()
        .unwrap_or_else(|_| Value::from(s))
}

fn string(doc: &DocumentMut, key: &str) -> Option<String> {
    doc.get(key).and_then(Item::as_str).map(str::to_string)
}

fn strings(doc: &DocumentMut, key: &str) -> Vec<String> {
    doc.get(key)
        .and_then(Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The ids of `skills`, whether written `"rigueur"` or `{ id = "rigueur", level = 3 }`.
fn skill_ids(doc: &DocumentMut) -> Vec<String> {
    doc.get("skills")
        .and_then(Item::as_array)
        .map(|a| a.iter().filter_map(skill_id).map(str::to_string).collect())
        .unwrap_or_default()
}

fn skill_id(v: &Value) -> Option<&str> {
    v.as_str()
        .or_else(|| v.as_inline_table()?.get("id")?.as_str())
}

/// Writes the skills `ids`, keeping each entry that is still there as written (its
/// level with it): the form ticks skills, it does not know their levels.
fn set_skills(doc: &mut DocumentMut, ids: &[String]) {
    if ids.is_empty() {
        doc.remove("skills");
        return;
    }
    let old: Vec<Value> = doc
        .get("skills")
        .and_then(Item::as_array)
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default();
    let mut array = Array::new();
    for id in ids {
        match old.iter().find(|v| skill_id(v) == Some(id.as_str())) {
            Some(kept) => array.push_formatted(kept.clone()),
            None => {
                let first = array.is_empty();
                array.push_formatted(spaced(string_value(id), first));
            }
        }
    }
    set(doc, "skills", Value::Array(array));
}

fn fields_of(doc: &DocumentMut, body: &str) -> Fields {
    let date = doc
        .get("date")
        .and_then(Item::as_datetime)
        .and_then(|d| d.to_string().parse::<toml::value::Datetime>().ok())
        .and_then(|d| Date::from_toml(&d).ok());
    let visibility = match string(doc, "visibility").as_deref() {
        Some("referent") => Visibility::Referent,
        Some("community") => Visibility::Community,
        Some("public") => Visibility::Public,
        _ => Visibility::Private,
    };
    Fields {
        title: string(doc, "title").unwrap_or_default(),
        date,
        place: string(doc, "place"),
        kind: string(doc, "kind"),
        tags: strings(doc, "tags"),
        skills: skill_ids(doc),
        visibility,
        body: body.to_string(),
    }
}

/// Sets `key` to `value`, keeping the comments and spaces around the old value.
fn set(doc: &mut DocumentMut, key: &str, value: Value) {
    match doc.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = value;
            *old.decor_mut() = decor;
        }
        None => {
            doc.insert(key, Item::Value(value));
        }
    }
}

fn set_optional(doc: &mut DocumentMut, key: &str, value: Option<&str>) {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => set(doc, key, string_value(v)),
        None => {
            doc.remove(key);
        }
    }
}

fn set_list(doc: &mut DocumentMut, key: &str, items: &[String]) {
    if items.is_empty() {
        doc.remove(key);
    } else {
        let mut array = Array::new();
        for item in items {
            let first = array.is_empty();
            array.push_formatted(spaced(string_value(item), first));
        }
        set(doc, key, Value::Array(array));
    }
}

/// Writes into `doc` what changed from `before` to `after`, and nothing else.
fn apply(doc: &mut DocumentMut, before: &Fields, after: &Fields) {
    if after.title != before.title {
        set(doc, "title", string_value(&after.title));
    }
    // The form shows the day only: a file's time of day stays when the day does.
    if let Some(date) = after.date {
        if before.date.map(|d| d.iso_date()) != Some(date.iso_date()) {
            if let Ok(dt) = date.iso_toml().parse::<toml_edit::Datetime>() {
                set(doc, "date", Value::from(dt));
            }
        }
    }
    if after.place != before.place {
        set_optional(doc, "place", after.place.as_deref());
    }
    if after.kind != before.kind {
        set_optional(doc, "kind", after.kind.as_deref());
    }
    if after.tags != before.tags {
        set_list(doc, "tags", &after.tags);
    }
    if after.skills != before.skills {
        set_skills(doc, &after.skills);
    }
    if after.visibility != before.visibility {
        set(doc, "visibility", Value::from(after.visibility.keyword()));
    }
    // Only a `community` item may name the groups that see it: the loader
    // refuses `groups` on any other.
    if after.visibility != Visibility::Community {
        doc.remove("groups");
    }
}

/// Replaces `path` atomically (a temporary file beside it, then a rename).
fn write_replacing(path: &Path, bytes: &[u8]) -> Result<(), EditError> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io_error(dir))?;
    tmp.write_all(bytes).map_err(io_error(path))?;
    tmp.as_file().sync_all().map_err(io_error(path))?;
    if let Ok(meta) = fs::metadata(path) {
        let _ = fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| io_error(path)(e.error))?;
    Ok(())
}
