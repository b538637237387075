//! The capture form « Nouvelle expérience »: what it offers (the learner's skills
//! framework, kinds, the four visibilities in badge words), and reading what it
//! sends back (multipart, with size limits) into an [`author::Draft`].
//!
//! The form is the author's own tool, not a page of a site: it reads the journal
//! (its skills, the learner's groups and referent) and shows it only to the person
//! at the keyboard. Writing goes through [`crate::author`], which never
//! overwrites anything; this module checks the session's CSRF token before it
//! reads any upload.

use axum::extract::multipart::{Field, Multipart};
use serde::Serialize;

use crate::author::{self, Draft, DraftPhoto};
use crate::journal::{self, Date, Journal, Language, Visibility};
use crate::render::i18n::{kind_label, visibility_label};

use super::security::{Secrets, CSRF_FIELD};

/// How many photo slots the form offers.
pub const PHOTO_SLOTS: usize = 5;
/// Largest photo accepted, in bytes.
pub const MAX_PHOTO_BYTES: usize = 25 * 1024 * 1024;
/// Largest text field accepted, in bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// Largest form accepted, in bytes (every photo slot full, and the text).
pub const MAX_FORM_BYTES: usize = PHOTO_SLOTS * MAX_PHOTO_BYTES + 1024 * 1024;

/// A learner the form can write for.
#[derive(Debug, Clone, Serialize)]
pub struct LearnerChoice {
    /// Folder name under `learners/`.
    pub folder: String,
    /// URL slug.
    pub slug: String,
    /// Display name.
    pub name: String,
}

/// A choice of the form (a kind, a visibility, a skill).
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    /// The value sent back.
    pub value: String,
    /// What the person reads.
    pub label: String,
    /// A line under it, when it needs one.
    pub hint: String,
    /// Whether it is chosen.
    pub checked: bool,
}

/// Skills of one category of the framework: (category, [(id, label)]).
pub type SkillGroup = (Option<String>, Vec<(String, String)>);

/// What the form needs to know of the journal, for one learner.
#[derive(Debug, Clone)]
pub struct FormInfo {
    /// Interface language.
    pub language: Language,
    /// Every learner of the journal.
    pub learners: Vec<LearnerChoice>,
    /// The skills framework: (category, [(id, label)]), in framework order.
    pub skills: Vec<SkillGroup>,
    /// Kinds: the usual ones, then those the journal uses.
    pub kinds: Vec<(String, String)>,
}

/// Loads what the form needs from the journal at `root`. Fails (with the reason)
/// only when the journal cannot be read at all (`carnet.toml` broken).
pub fn info(root: &std::path::Path) -> Result<(FormInfo, Journal), String> {
    let (journal, errors) = journal::load(root);
    let Some(journal) = journal else {
        return Err(errors
            .first()
            .map_or_else(|| "the journal cannot be read".into(), |d| d.to_string()));
    };
    let language = journal.config.language;
    let learners = journal
        .learners
        .iter()
        .map(|l| LearnerChoice {
            folder: l.folder.clone(),
            slug: l.slug.clone(),
            name: l.profile.name.clone(),
        })
        .collect();
    let mut skills: Vec<SkillGroup> = Vec::new();
    for s in &journal.skills {
        match skills.iter_mut().find(|(c, _)| *c == s.category) {
            Some((_, list)) => list.push((s.id.clone(), s.label.clone())),
            None => skills.push((s.category.clone(), vec![(s.id.clone(), s.label.clone())])),
        }
    }
    let mut kinds: Vec<String> = crate::render::i18n::KINDS
        .iter()
        .map(|k| (*k).to_string())
        .collect();
    for e in journal.learners.iter().flat_map(|l| &l.experiences) {
        if let Some(k) = &e.kind {
            if !kinds.contains(k) {
                kinds.push(k.clone());
            }
        }
    }
    let kinds = kinds
        .into_iter()
        .map(|k| {
            let label = kind_label(&k, language);
            (k, label)
        })
        .collect();
    Ok((
        FormInfo {
            language,
            learners,
            skills,
            kinds,
        },
        journal,
    ))
}

/// The four visibilities in the words of the badges, for `learner` (their
/// referent's name and role, their groups), with `chosen` checked.
pub fn visibilities(journal: &Journal, learner: &str, chosen: Visibility) -> Vec<Choice> {
    let language = journal.config.language;
    let l = journal.learners.iter().find(|l| l.folder == learner);
    let referent = l
        .and_then(|l| l.profile.referent.as_ref())
        .and_then(|r| journal.referent(r));
    let groups: Vec<String> = l
        .map(|l| {
            l.profile
                .groups
                .iter()
                .filter_map(|g| journal.group(g))
                .map(|g| g.name.clone())
                .collect()
        })
        .unwrap_or_default();
    let hint = |v: Visibility| match v {
        Visibility::Private => crate::t!(language, "serve-form-hint-private"),
        Visibility::Referent => crate::t!(language, "serve-form-hint-referent"),
        Visibility::Community => crate::t!(language, "serve-form-hint-community"),
        Visibility::Public => crate::t!(language, "serve-form-hint-public"),
    };
    [
        Visibility::Private,
        Visibility::Referent,
        Visibility::Community,
        Visibility::Public,
    ]
    .into_iter()
    .map(|v| Choice {
        value: v.keyword().to_string(),
        label: visibility_label(v, language, referent, &groups),
        hint: hint(v).to_string(),
        checked: v == chosen,
    })
    .collect()
}

/// The visibility a form value names (private for anything else).
pub fn visibility_of(value: &str) -> Visibility {
    match value {
        "referent" => Visibility::Referent,
        "community" => Visibility::Community,
        "public" => Visibility::Public,
        _ => Visibility::Private,
    }
}

/// A `YYYY-MM-DD` date of the form (a real calendar day).
pub fn parse_date(text: &str) -> Option<Date> {
    let d: jiff::civil::Date = text.trim().parse().ok()?;
    Some(Date {
        year: u16::try_from(d.year()).ok()?,
        month: u8::try_from(d.month()).ok()?,
        day: u8::try_from(d.day()).ok()?,
        time: None,
    })
}

/// What the form sent.
#[derive(Debug, Default)]
pub struct Submission {
    /// The learner's folder.
    pub learner: String,
    /// The experience folder, when editing one.
    pub folder: Option<String>,
    /// The hash of the file the form was opened on, when editing.
    pub version: String,
    /// The text fields, as sent (to fill the form again after an error).
    pub values: Values,
    /// The experience to write.
    pub draft: Draft,
}

/// The text fields of the form, as sent.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Values {
    /// Title.
    pub title: String,
    /// Date, `YYYY-MM-DD` or empty.
    pub date: String,
    /// Place.
    pub place: String,
    /// Kind.
    pub kind: String,
    /// Tags, comma-separated.
    pub tags: String,
    /// Text.
    pub body: String,
    /// Visibility keyword.
    pub visibility: String,
    /// Skill ids ticked.
    pub skills: Vec<String>,
}

/// Why a form was refused. A person reads [`FormError::message`]; the `Display`
/// form is a short technical one, for logs.
#[derive(Debug, thiserror::Error)]
pub enum FormError {
    /// No valid CSRF token came first: the request did not come from the form.
    // i18n-exempt: technical form, never shown (see FormError::message)
    #[error("csrf token missing or wrong")]
    Csrf,
    /// A photo or field is too large.
    // i18n-exempt: technical form, never shown (see FormError::message)
    #[error("`{0}` over {1} MB")]
    TooLarge(String, usize),
    /// The request is not a well-formed form.
    // i18n-exempt: technical form, never shown (see FormError::message)
    #[error("malformed form: {0}")]
    Malformed(String),
    /// A date is not a calendar day.
    // i18n-exempt: technical form, never shown (see FormError::message)
    #[error("bad date `{0}`")]
    BadDate(String),
}

impl FormError {
    /// Why the form was refused, in plain words in `language`.
    pub fn message(&self, language: Language) -> String {
        match self {
            FormError::Csrf => crate::t!(language, "serve-form-csrf"),
            FormError::TooLarge(name, mb) => crate::t!(
                language,
                "serve-form-too-large",
                name = name.as_str(),
                mb = mb.to_string()
            ),
            FormError::Malformed(_) => crate::t!(language, "serve-form-malformed"),
            FormError::BadDate(date) => {
                crate::t!(language, "serve-form-bad-date", date = date.as_str())
            }
        }
    }
}

/// Reads a posted form. The first field must be the CSRF token of `session`,
/// checked before anything else is read; photos are limited to
/// [`MAX_PHOTO_BYTES`] each and text fields to [`MAX_TEXT_BYTES`].
pub async fn read(
    mut multipart: Multipart,
    secrets: &Secrets,
    session: &str,
) -> Result<Submission, FormError> {
    let malformed =
        |e: axum::extract::multipart::MultipartError| FormError::Malformed(e.body_text());
    let first = multipart.next_field().await.map_err(malformed)?;
    let Some(first) = first else {
        return Err(FormError::Csrf);
    };
    if first.name() != Some(CSRF_FIELD) {
        return Err(FormError::Csrf);
    }
    let token = text(first).await?;
    if !secrets.csrf_ok(session, &token) {
        return Err(FormError::Csrf);
    }
    let mut sub = Submission::default();
    let mut photos: Vec<(usize, Option<DraftPhoto>, Option<String>)> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        let name = field.name().unwrap_or_default().to_string();
        if let Some(n) = slot(&name, "photo") {
            let file_name = field.file_name().unwrap_or_default().to_string();
            let bytes = bytes(field, MAX_PHOTO_BYTES).await?;
            if !bytes.is_empty() {
                let photo = DraftPhoto {
                    name: file_name,
                    bytes,
                    alt: None,
                };
                entry(&mut photos, n).1 = Some(photo);
            }
            continue;
        }
        if let Some(n) = slot(&name, "alt") {
            let alt = text(field).await?;
            entry(&mut photos, n).2 = Some(alt);
            continue;
        }
        let value = text(field).await?;
        let v = &mut sub.values;
        match name.as_str() {
            "learner" => sub.learner = value,
            "folder" => sub.folder = Some(value).filter(|f| !f.is_empty()),
            "version" => sub.version = value,
            "title" => v.title = value,
            "date" => v.date = value,
            "place" => v.place = value,
            "kind" => v.kind = value,
            "tags" => v.tags = value,
            "body" => v.body = value,
            "visibility" => v.visibility = value,
            "skills" => v.skills.push(value),
            _ => {}
        }
    }
    photos.sort_by_key(|(n, _, _)| *n);
    let v = &sub.values;
    let date = match v.date.trim() {
        "" => None,
        d => Some(parse_date(d).ok_or_else(|| FormError::BadDate(d.to_string()))?),
    };
    sub.draft = Draft {
        title: v.title.trim().to_string(),
        date,
        place: Some(v.place.trim().to_string()).filter(|p| !p.is_empty()),
        kind: Some(v.kind.trim().to_string()).filter(|k| !k.is_empty()),
        tags: v
            .tags
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
        skills: v.skills.clone(),
        visibility: visibility_of(&v.visibility),
        body: v.body.replace("\r\n", "\n"),
        photos: photos
            .into_iter()
            .filter_map(|(_, photo, alt)| {
                photo.map(|p| DraftPhoto {
                    alt: alt.map(|a| a.trim().to_string()).filter(|a| !a.is_empty()),
                    ..p
                })
            })
            .collect(),
    };
    Ok(sub)
}

impl Values {
    /// The same values without the characters a journal refuses (control
    /// characters, bidi overrides: see [`journal::text`]), to fill the form again
    /// after it was refused for one: what was typed stays, the culprit goes.
    pub fn cleaned(&self) -> Values {
        let line = |s: &str| -> String {
            s.chars()
                .filter(|c| !journal::text::forbidden(*c))
                .collect()
        };
        Values {
            title: line(&self.title),
            date: line(&self.date),
            place: line(&self.place),
            kind: line(&self.kind),
            tags: line(&self.tags),
            body: self
                .body
                .chars()
                .filter(|c| !journal::text::forbidden_in_body(*c))
                .collect(),
            visibility: self.visibility.clone(),
            skills: self.skills.iter().map(|s| line(s)).collect(),
        }
    }

    /// The form's values for an experience's current fields.
    pub fn of(fields: &author::Fields) -> Values {
        Values {
            title: fields.title.clone(),
            date: fields.date.map(|d| d.iso_date()).unwrap_or_default(),
            place: fields.place.clone().unwrap_or_default(),
            kind: fields.kind.clone().unwrap_or_default(),
            tags: fields.tags.join(", "),
            body: fields.body.clone(),
            visibility: fields.visibility.keyword().to_string(),
            skills: fields.skills.clone(),
        }
    }
}

impl Submission {
    /// The submitted fields as an edit of an existing experience.
    pub fn fields(&self) -> author::Fields {
        let d = &self.draft;
        author::Fields {
            title: d.title.clone(),
            date: d.date,
            place: d.place.clone(),
            kind: d.kind.clone(),
            tags: d.tags.clone(),
            skills: d.skills.clone(),
            visibility: d.visibility,
            body: d.body.clone(),
        }
    }
}

/// The slot number of a field named `photo3` or `alt3` (1 to [`PHOTO_SLOTS`]).
fn slot(name: &str, prefix: &str) -> Option<usize> {
    let n: usize = name.strip_prefix(prefix)?.parse().ok()?;
    (1..=PHOTO_SLOTS).contains(&n).then_some(n)
}

fn entry(
    photos: &mut Vec<(usize, Option<DraftPhoto>, Option<String>)>,
    n: usize,
) -> &mut (usize, Option<DraftPhoto>, Option<String>) {
    let i = match photos.iter().position(|(k, _, _)| *k == n) {
        Some(i) => i,
        None => {
            photos.push((n, None, None));
            photos.len() - 1
        }
    };
    &mut photos[i]
}

/// A field's bytes, refused past `limit`.
async fn bytes(mut field: Field<'_>, limit: usize) -> Result<Vec<u8>, FormError> {
    let name = field
        .file_name()
        .or(field.name())
        .unwrap_or_default()
        .to_string();
    let mut out = Vec::new();
    while let Some(chunk) = field
        .chunk()
        .await
        .map_err(|e| FormError::Malformed(e.body_text()))?
    {
        if out.len() + chunk.len() > limit {
            return Err(FormError::TooLarge(name, limit / (1024 * 1024)));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// A text field, refused past [`MAX_TEXT_BYTES`].
async fn text(field: Field<'_>) -> Result<String, FormError> {
    let bytes = bytes(field, MAX_TEXT_BYTES).await?;
    String::from_utf8(bytes).map_err(|_| FormError::Malformed("a field is not UTF-8 text".into()))
}

/// The date a photo's first bytes say it was taken, as `YYYY-MM-DD`.
pub fn photo_date(bytes: &[u8]) -> Option<String> {
    author::date_taken(bytes).map(|d| d.iso_date())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_calendar_days() {
        assert_eq!(
            parse_date("2021-05-31").map(|d| d.iso_date()).as_deref(),
            Some("2021-05-31")
        );
        assert!(parse_date("2021-02-30").is_none());
        assert!(parse_date("31/05/2021").is_none());
        assert!(parse_date("").is_none());
    }

    #[test]
    fn unknown_visibilities_are_private() {
        assert_eq!(visibility_of("public"), Visibility::Public);
        assert_eq!(visibility_of("PUBLIC"), Visibility::Private);
        assert_eq!(visibility_of(""), Visibility::Private);
    }

    #[test]
    fn photo_slots_are_numbered_within_bounds() {
        assert_eq!(slot("photo1", "photo"), Some(1));
        assert_eq!(slot("alt5", "alt"), Some(5));
        assert_eq!(slot("photo0", "photo"), None);
        assert_eq!(slot("photo6", "photo"), None);
        assert_eq!(slot("photos", "photo"), None);
    }
}
