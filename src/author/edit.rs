//! Changing an existing experience from the capture form of `carnet serve`.
//!
//! Only what the form shows is touched (title, date, place, kind, tags, skills,
//! visibility, text), and only when it changed: `toml_edit` keeps every comment,
//! every key the form does not know (photos, framing, …), their order and their
//! formatting, and a value that is replaced keeps the comments around it. The
//! text after the front matter is kept byte for byte unless it changed. The file
//! is replaced atomically, and only if nobody changed it since the form was
//! opened (its hash is the form's `version`): an edit made meanwhile in a text
//! editor is never lost.

use std::fs;
use std::path::{Path, PathBuf};

use toml_edit::{Array, DocumentMut, Item, Value};

use super::{learners, AuthorError};
use crate::journal::slug::slugify;
use crate::journal::{Date, Visibility};

/// Why an experience could not be changed.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// As for a new experience: unknown learner, no title, a file not written.
    #[error(transparent)]
    Author(#[from] AuthorError),
    /// The learner has no experience folder of that name.
    #[error("unknown experience `{experience}`")]
    UnknownExperience {
        /// The experience asked for.
        experience: String,
    },
    /// The front matter cannot be read (so it cannot be changed safely).
    #[error("{}: {message}", path.display())]
    BadFrontMatter {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// The file changed since the form was opened: writing would lose that change.
    #[error("{} changed since the form was opened", path.display())]
    ChangedMeanwhile {
        /// The file.
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
    if fields.title.trim().is_empty() {
        return Err(AuthorError::NoTitle.into());
    }
    let text = fs::read_to_string(&index).map_err(io_error(&index))?;
    if version_of(text.as_bytes()) != version {
        return Err(EditError::ChangedMeanwhile { path: index });
    }
    let (mut doc, body) = parse(&index, &text)?;
    let before = fields_of(&doc, body);
    apply(&mut doc, &before, fields);
    let body = if normalised(&fields.body) == normalised(body) {
        body.to_string()
    } else {
        format!("{}\n", fields.body.replace("\r\n", "\n").trim_end())
    };
    let mut front = doc.to_string();
    if !front.ends_with('\n') {
        front.push('\n');
    }
    let new_text = format!("+++\n{front}+++\n{body}");
    if new_text != text {
        write_replacing(&index, new_text.as_bytes())?;
    }
    Ok(index)
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
    let (front, body) = split(text).ok_or_else(|| {
        bad("the file must start with a `+++` line, then the TOML front matter, then `+++`".into())
    })?;
    let doc: DocumentMut = front
        .parse()
        .map_err(|e: toml_edit::TomlError| bad(e.message().to_string()))?;
    Ok((doc, body))
}

/// The front matter and the body of `text`, by the loader's rule: a first line
/// `+++`, then TOML up to the next line that is `+++` (spaces after it allowed).
fn split(text: &str) -> Option<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first].trim_end() != "+++" {
        return None;
    }
    let rest = &text[first..];
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
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
            None => array.push(id.as_str()),
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
        Some(v) => set(doc, key, Value::from(v)),
        None => {
            doc.remove(key);
        }
    }
}

fn set_list(doc: &mut DocumentMut, key: &str, items: &[String]) {
    if items.is_empty() {
        doc.remove(key);
    } else {
        let array: Array = items.iter().map(String::as_str).collect();
        set(doc, key, Value::Array(array));
    }
}

/// Writes into `doc` what changed from `before` to `after`, and nothing else.
fn apply(doc: &mut DocumentMut, before: &Fields, after: &Fields) {
    if after.title.trim() != before.title {
        set(doc, "title", Value::from(after.title.trim()));
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
