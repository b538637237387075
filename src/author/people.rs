//! Adding what a programme has to a journal: learners (`learners/<slug>/profile.md`),
//! groups (`[[groups]]` of `carnet.toml`) and referents (`[[referents]]` of
//! `carnet.toml` and their folder `professionals/<slug>/profile.md`), for
//! `carnet add`.
//!
//! What it writes follows the loader's rules, so `carnet check` passes after it:
//! one-line TOML strings, the characters of [`crate::journal::text`] (and no
//! control character at all in a name), names of at most [`MAX_NAME_CHARS`]
//! characters, group and referent ids that are addresses, learner folders whose
//! addresses never collide with another learner's nor with a folder every site
//! keeps for itself. `carnet.toml` is edited with `toml_edit`, so the user's
//! comments and layout survive, and replaced atomically.
//!
//! Adding several learners is all or nothing: every one is checked before the first
//! is written, and a failure while writing removes every folder this call made
//! (and only those).
//!
//! A learner's address is her first name (`lea`), which says less about her on a
//! public site than her full name; a second Léa gets her last name's initial
//! (`lea-m`), then her full name (`lea-martin`), then a number.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use toml_edit::{value, ArrayOfTables, DocumentMut, InlineTable, Item, Table};

use crate::check::SITE_FOLDERS;
use crate::journal::slug::slugify;
use crate::journal::{names, text, GroupKind, Language};
use crate::t;

use super::quoted;

/// Longest name (a first name, a last name, a group's or a referent's name, a
/// role), in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Longest address made for a learner or a referent, in bytes (cut at a dash).
const MAX_PERSON_SLUG: usize = 60;

/// A learner to add.
#[derive(Debug, Clone, Default)]
pub struct NewLearner {
    /// First name (required).
    pub first: String,
    /// Last name (may be empty).
    pub last: String,
    /// Group slugs (of `carnet.toml`).
    pub groups: Vec<String>,
    /// Referent slug (of `carnet.toml`).
    pub referent: Option<String>,
}

impl NewLearner {
    /// `Inès Benali`: the first word is the first name, the rest the last name.
    pub fn from_full_name(name: &str) -> NewLearner {
        let name = name.trim();
        let (first, last) = name
            .split_once(char::is_whitespace)
            .map_or((name, ""), |(f, l)| (f, l.trim()));
        NewLearner {
            first: first.to_string(),
            last: last.to_string(),
            ..NewLearner::default()
        }
    }

    /// The name shown: `Inès Benali`.
    pub fn name(&self) -> String {
        format!("{} {}", self.first.trim(), self.last.trim())
            .trim()
            .to_string()
    }
}

/// A learner written by [`add_learners`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedLearner {
    /// Her folder name under `learners/` (her address).
    pub slug: String,
    /// Her name.
    pub name: String,
    /// The address her first name alone would have had, when another learner has
    /// it already.
    pub instead_of: Option<String>,
    /// Her `profile.md`, relative to the journal.
    pub file: String,
    /// A learner of the journal with the same name, before her (a homonym).
    pub homonym_of: Option<String>,
}

/// A referent written by [`add_referent`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedReferent {
    /// Their id in `carnet.toml` and folder under `professionals/`.
    pub slug: String,
    /// Their profile, relative to the journal.
    pub file: String,
}

/// Why something could not be added. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    /// `carnet.toml` is missing or cannot be read as TOML.
    // i18n-exempt: technical form; a person reads AddError::message
    #[error("{}", .message)]
    Config {
        /// Why, in the journal's language.
        message: String,
    },
    /// A group or referent that `carnet.toml` does not define.
    // i18n-exempt: technical form; a person reads AddError::message
    #[error("unknown {kind} `{slug}`")]
    Unknown {
        /// `group` or `referent`.
        kind: &'static str,
        /// What was asked for.
        slug: String,
        /// What the journal defines.
        known: Vec<String>,
    },
    /// A group or referent that is already there.
    // i18n-exempt: technical form; a person reads AddError::message
    #[error("`{0}` is already there")]
    Duplicate(String),
    /// A name, role or id the journal may not hold.
    // i18n-exempt: technical form; a person reads AddError::message
    #[error("{message}")]
    Invalid {
        /// Why, in the journal's language.
        message: String,
    },
    /// A file or folder could not be written.
    // i18n-exempt: technical form; a person reads AddError::message
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

impl AddError {
    fn invalid(message: String) -> AddError {
        AddError::Invalid { message }
    }

    /// What to do about it, in `lang`, when there is something to say.
    pub fn help(&self, lang: Language) -> Option<String> {
        match self {
            AddError::Unknown { kind, slug, known } => {
                let near = crate::diagnostic::nearest(slug, known.iter().map(String::as_str));
                let add = if *kind == "group" {
                    let id = Some(short_slug(slugify(slug), MAX_PERSON_SLUG))
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| "mon-groupe".into());
                    let name = if id == *slug { "…" } else { slug.as_str() };
                    t!(lang, "people-add-group-help", id = id, name = name)
                } else {
                    t!(lang, "people-add-referent-help")
                };
                Some(match near {
                    Some(n) => t!(
                        lang,
                        "people-did-you-mean-then",
                        near = crate::journal::toml_error::did_you_mean(n, lang),
                        add = add
                    ),
                    None => add,
                })
            }
            _ => None,
        }
    }

    /// The message, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            AddError::Config { message } | AddError::Invalid { message } => message.clone(),
            AddError::Unknown { kind, slug, known } => {
                let known = if known.is_empty() {
                    t!(lang, "people-none")
                } else {
                    known.join(", ")
                };
                let slug = slug.as_str();
                if *kind == "group" {
                    t!(lang, "people-unknown-group", slug = slug, known = known)
                } else {
                    t!(lang, "people-unknown-referent", slug = slug, known = known)
                }
            }
            AddError::Duplicate(what) => t!(lang, "people-duplicate", what = what.as_str()),
            AddError::Io { path, source } => crate::error::describe_io(path, source, lang),
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> AddError + '_ {
    move |source| AddError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What `carnet.toml` defines, and what `learners/` and `professionals/` hold.
#[derive(Debug, Clone, Default)]
pub struct Programme {
    /// Groups: slug, name, kind.
    pub groups: Vec<(String, String, String)>,
    /// Referents: slug, name.
    pub referents: Vec<(String, String)>,
    /// Learners: folder name, name (from the profile, empty when unreadable).
    pub learners: Vec<(String, String)>,
    /// Folder names under `professionals/`.
    pub professionals: Vec<String>,
}

impl Programme {
    /// The slug of the group `asked`: its slug, a text that makes the same address,
    /// or its name (case and accents aside).
    pub fn group(&self, asked: &str) -> Option<&str> {
        let asked = asked.trim();
        let folded = names::folded(asked);
        self.groups
            .iter()
            .find(|(slug, name, _)| {
                slug == asked || *slug == slugify(asked) || names::folded(name) == folded
            })
            .map(|(slug, _, _)| slug.as_str())
    }

    /// The slug of the referent `asked` (its slug, or its name).
    pub fn referent(&self, asked: &str) -> Option<&str> {
        let asked = asked.trim();
        let folded = names::folded(asked);
        self.referents
            .iter()
            .find(|(slug, name)| slug == asked || names::folded(name) == folded)
            .map(|(slug, _)| slug.as_str())
    }

    /// A group named `asked` that the journal does not define.
    pub fn unknown_group(&self, asked: &str) -> AddError {
        AddError::Unknown {
            kind: "group",
            slug: asked.trim().to_string(),
            known: self.groups.iter().map(|g| g.0.clone()).collect(),
        }
    }

    /// A referent named `asked` that the journal does not define.
    pub fn unknown_referent(&self, asked: &str) -> AddError {
        AddError::Unknown {
            kind: "referent",
            slug: asked.trim().to_string(),
            known: self.referents.iter().map(|r| r.0.clone()).collect(),
        }
    }
}

/// Reads `carnet.toml` of the journal at `root` as an editable document.
fn read_config(root: &Path, lang: Language) -> Result<DocumentMut, AddError> {
    let path = root.join("carnet.toml");
    let shown = path.display().to_string();
    let text = fs::read_to_string(&path).map_err(|e| AddError::Config {
        message: t!(
            lang,
            "people-unreadable-config",
            path = shown.as_str(),
            error = crate::error::io_reason(&e, lang)
        ),
    })?;
    text.parse::<DocumentMut>().map_err(|_| AddError::Config {
        message: t!(lang, "people-config-not-toml", path = shown.as_str()),
    })
}

/// The tables of `doc[key]`, whether written `[[key]]` or `key = [{…}]`.
fn entries(doc: &DocumentMut, key: &str) -> Vec<(String, String, String)> {
    let field = |get: &dyn Fn(&str) -> Option<String>| {
        (
            get("slug").unwrap_or_default(),
            get("name").unwrap_or_default(),
            get("kind").unwrap_or_default(),
        )
    };
    match doc.get(key) {
        Some(Item::ArrayOfTables(tables)) => tables
            .iter()
            .map(|t| field(&|k| t.get(k).and_then(Item::as_str).map(str::to_string)))
            .collect(),
        Some(Item::Value(toml_edit::Value::Array(array))) => array
            .iter()
            .filter_map(|v| v.as_inline_table())
            .map(|t| field(&|k| t.get(k).and_then(|v| v.as_str()).map(str::to_string)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The sub-folders of `dir` (not hidden), sorted.
fn folders(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The `name` of a profile's front matter, if it can be read.
fn profile_name(path: &Path) -> Option<String> {
    let text = fs::read_to_string(path).ok()?;
    let split = crate::journal::frontmatter::split(path, &text, Language::Fr).ok()?;
    let table: toml::Table = split.front.parse().ok()?;
    table.get("name")?.as_str().map(str::to_string)
}

/// What the journal at `root` holds of a programme.
pub fn programme(root: &Path, lang: Language) -> Result<Programme, AddError> {
    let doc = read_config(root, lang)?;
    Ok(Programme {
        groups: entries(&doc, "groups"),
        referents: entries(&doc, "referents")
            .into_iter()
            .map(|(slug, name, _)| (slug, name))
            .collect(),
        learners: folders(&root.join("learners"))
            .into_iter()
            .map(|folder| {
                let name = profile_name(&root.join("learners").join(&folder).join("profile.md"))
                    .unwrap_or_default();
                (folder, name)
            })
            .collect(),
        professionals: folders(&root.join("professionals")),
    })
}

/// Refuses a name the journal may not hold: empty, too long, or holding a control
/// character, an invisible character or a direction override. `what` says which
/// name, with its article (« le prénom »). The error is its diagnostic code and
/// message.
pub fn check_name(
    value: &str,
    what: &str,
    required: bool,
    lang: Language,
) -> Result<(), (&'static str, String)> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(("empty-name", t!(lang, "people-name-empty", what = what)));
    }
    let chars = value.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err((
            "name-too-long",
            t!(
                lang,
                "people-name-too-long",
                what = what,
                chars = chars,
                max = MAX_NAME_CHARS
            ),
        ));
    }
    let refused = value
        .chars()
        .find(|c| c.is_control() || text::forbidden(*c));
    if let Some(c) = refused {
        let kind = super::character_kind(c, lang);
        let code = format!("U+{:04X}", u32::from(c));
        return Err((
            "forbidden-character",
            t!(
                lang,
                "people-forbidden-character",
                what = what,
                kind = kind,
                code = code
            ),
        ));
    }
    Ok(())
}

/// `slug` cut at a dash to at most `max` bytes.
fn short_slug(mut slug: String, max: usize) -> String {
    if slug.len() > max {
        // A slug is ASCII: every byte is a character boundary.
        let cut = slug[..=max].rfind('-').filter(|&i| i > 0).unwrap_or(max);
        slug.truncate(cut);
    }
    slug
}

/// The first free address for a person named `first last`: the first name, then
/// with the last name's initial, then the full name, then numbered. `None` when the
/// name has no letter or digit to make an address from.
fn person_slug(first: &str, last: &str, taken: &HashSet<String>) -> Option<(String, String)> {
    let base = short_slug(slugify(first), MAX_PERSON_SLUG);
    let full = short_slug(slugify(&format!("{first} {last}")), MAX_PERSON_SLUG);
    if full.is_empty() {
        return None;
    }
    let base = if base.is_empty() { full.clone() } else { base };
    let mut candidates = vec![base.clone()];
    if let Some(initial) = last.trim().chars().next() {
        candidates.push(short_slug(
            slugify(&format!("{first} {initial}")),
            MAX_PERSON_SLUG,
        ));
    }
    candidates.push(full.clone());
    let free =
        |s: &String| !s.is_empty() && !taken.contains(s) && !SITE_FOLDERS.contains(&s.as_str());
    if let Some(found) = candidates.iter().find(|s| free(s)) {
        return Some((found.clone(), base));
    }
    (2..10_000)
        .map(|n| format!("{full}-{n}"))
        .find(|s| free(s))
        .map(|s| (s, base))
}

/// Checks `learners` against the journal at `root`, without writing: every name,
/// group and referent, and the address each one will get. The error of each
/// learner that cannot be added, by index.
pub fn plan_learners(
    root: &Path,
    learners: &[NewLearner],
    lang: Language,
) -> Result<Vec<Result<AddedLearner, AddError>>, AddError> {
    let programme = programme(root, lang)?;
    let mut taken: HashSet<String> = programme
        .learners
        .iter()
        .map(|(folder, _)| slugify(folder))
        .collect();
    let mut planned = Vec::new();
    for learner in learners {
        planned.push(plan_one(&programme, learner, &mut taken, lang));
    }
    Ok(planned)
}

fn plan_one(
    programme: &Programme,
    learner: &NewLearner,
    taken: &mut HashSet<String>,
    lang: Language,
) -> Result<AddedLearner, AddError> {
    let invalid = |(_, message): (&str, String)| AddError::Invalid { message };
    check_name(&learner.first, &t!(lang, "roster-first-name"), true, lang).map_err(invalid)?;
    check_name(&learner.last, &t!(lang, "roster-last-name"), false, lang).map_err(invalid)?;
    for group in &learner.groups {
        if !programme.groups.iter().any(|g| &g.0 == group) {
            return Err(programme.unknown_group(group));
        }
    }
    if let Some(referent) = &learner.referent {
        if !programme.referents.iter().any(|r| &r.0 == referent) {
            return Err(programme.unknown_referent(referent));
        }
    }
    let name = learner.name();
    let Some((slug, base)) = person_slug(&learner.first, &learner.last, taken) else {
        return Err(AddError::invalid(t!(
            lang,
            "people-no-address",
            name = name
        )));
    };
    taken.insert(slug.clone());
    let folded = names::folded(&name);
    let homonym_of = programme
        .learners
        .iter()
        .find(|(_, n)| names::folded(n) == folded)
        .map(|(folder, _)| folder.clone());
    Ok(AddedLearner {
        instead_of: (slug != base).then_some(base),
        file: format!("learners/{slug}/profile.md"),
        slug,
        name,
        homonym_of,
    })
}

/// Adds `learners` to the journal at `root`, all of them or none: each gets
/// `learners/<slug>/profile.md`, private. The first error stops everything
/// before anything is written.
pub fn add_learners(
    root: &Path,
    learners: &[NewLearner],
    lang: Language,
) -> Result<Vec<AddedLearner>, AddError> {
    let planned = plan_learners(root, learners, lang)?
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    write_learners(root, learners, &planned, lang)?;
    Ok(planned)
}

/// Adds one learner to the journal at `root`, and pins her signing `key` (a
/// minisign public key, `RW…`) when given, so the programme accepts her shares
/// (see [`crate::share::pins`]). A key that is not one, or that cannot be
/// pinned, and nothing is left written.
pub fn add_learner(
    root: &Path,
    learner: &NewLearner,
    key: Option<&str>,
    lang: Language,
) -> Result<AddedLearner, AddError> {
    if let Some(key) = key {
        if crate::share::package::parse_public_key(key).is_err() {
            return Err(AddError::invalid(t!(
                lang,
                "people-not-a-public-key",
                key = key
            )));
        }
    }
    let added = add_learners(root, std::slice::from_ref(learner), lang)?
        .pop()
        .ok_or_else(|| AddError::invalid(String::new()))?;
    if let Some(key) = key {
        let pinned = crate::share::pins::pin_learner_key(root, &added.slug, key, false, lang);
        if let Err(e) = pinned {
            // Her folder is new: removing it loses nothing the user had.
            let _ = fs::remove_dir_all(root.join("learners").join(&added.slug));
            let message = match e {
                crate::Error::Share { message, .. } => message,
                other => other.to_string(),
            };
            return Err(AddError::invalid(message));
        }
    }
    Ok(added)
}

/// Writes the planned learners; on failure removes every folder it made.
fn write_learners(
    root: &Path,
    learners: &[NewLearner],
    planned: &[AddedLearner],
    lang: Language,
) -> Result<(), AddError> {
    let base = root.join("learners");
    let made_base = !base.exists();
    fs::create_dir_all(&base).map_err(io_error(&base))?;
    let canonical = fs::canonicalize(root).map_err(io_error(root))?;
    if !names::stays_inside(&canonical, root, &base) {
        return Err(AddError::Invalid {
            message: t!(
                lang,
                "cli-new-outside-journal",
                path = base.display().to_string()
            ),
        });
    }
    let mut made: Vec<PathBuf> = Vec::new();
    let written = (|| {
        for (learner, added) in learners.iter().zip(planned) {
            let dir = base.join(&added.slug);
            fs::create_dir(&dir).map_err(io_error(&dir))?;
            made.push(dir.clone());
            let path = dir.join("profile.md");
            super::write_new(&path, learner_profile(learner, lang).as_bytes()).map_err(
                |e| match e {
                    super::AuthorError::Io { path, source } => AddError::Io { path, source },
                    other => AddError::Invalid {
                        message: other.to_string(),
                    },
                },
            )?;
        }
        Ok(())
    })();
    if let Err(e) = written {
        remove_made(&made, made_base.then_some(base.as_path()));
        return Err(e);
    }
    Ok(())
}

/// Removes the folders this call made (they hold only what it wrote).
fn remove_made(made: &[PathBuf], base: Option<&Path>) {
    for dir in made.iter().rev() {
        let _ = fs::remove_dir_all(dir);
    }
    if let Some(base) = base {
        let _ = fs::remove_dir(base);
    }
}

/// A learner's `profile.md`: every field explained to her, private.
fn learner_profile(learner: &NewLearner, lang: Language) -> String {
    let name = quoted(&learner.name());
    let groups = super::list(&learner.groups);
    let referent = match &learner.referent {
        Some(r) => format!("referent = {}", quoted(r)),
        None => "# referent = \"nelly\"".to_string(),
    };
    super::file(t!(
        lang,
        "people-learner-profile",
        name = name,
        groups = groups,
        referent = referent
    ))
}

/// Writes `doc` as the new `carnet.toml` of `root`, atomically.
fn write_config(root: &Path, doc: &DocumentMut) -> Result<(), AddError> {
    let path = root.join("carnet.toml");
    crate::output::write_atomic(&path, doc.to_string().as_bytes()).map_err(|e| AddError::Io {
        path,
        source: io::Error::other(e.to_string()),
    })
}

/// Appends `table` to the array `key` of `doc` (`[[key]]`, or `key = [{…}]` when
/// written so).
fn append(doc: &mut DocumentMut, key: &str, table: Table) {
    match doc.get_mut(key) {
        Some(Item::Value(toml_edit::Value::Array(array))) => {
            let inline: InlineTable = table.into_inline_table();
            array.push(inline);
        }
        Some(Item::ArrayOfTables(tables)) => tables.push(table),
        _ => {
            let mut tables = ArrayOfTables::new();
            tables.push(table);
            doc.insert(key, Item::ArrayOfTables(tables));
        }
    }
}

/// Adds the group `slug` named `name`, of `kind`, to `carnet.toml`.
pub fn add_group(
    root: &Path,
    slug: &str,
    name: &str,
    kind: GroupKind,
    lang: Language,
) -> Result<(), AddError> {
    let invalid = |(_, message): (&str, String)| AddError::Invalid { message };
    let slug = slug.trim();
    if slug.is_empty() || slugify(slug) != slug || slug.len() > names::MAX_SLUG_BYTES {
        let good = short_slug(slugify(slug), MAX_PERSON_SLUG);
        return Err(AddError::invalid(t!(
            lang,
            "people-bad-group-id",
            slug = slug,
            good = good
        )));
    }
    check_name(name, &t!(lang, "starter-group-name-field"), true, lang).map_err(invalid)?;
    let mut doc = read_config(root, lang)?;
    let existing = entries(&doc, "groups");
    if existing.iter().any(|g| g.0 == slug) {
        return Err(AddError::Duplicate(t!(
            lang,
            "people-the-group",
            slug = slug
        )));
    }
    let name = name.trim();
    if let Some(g) = existing
        .iter()
        .find(|g| names::folded(&g.1) == names::folded(name))
    {
        let other = g.0.as_str();
        return Err(AddError::Duplicate(t!(
            lang,
            "people-a-group-named",
            name = name,
            other = other
        )));
    }
    let mut table = Table::new();
    table.decor_mut().set_prefix("\n");
    table.insert("slug", value(slug));
    table.insert("name", value(name));
    let kind = match kind {
        GroupKind::Learners => "learners",
        GroupKind::Professionals => "professionals",
        GroupKind::Employers => "employers",
    };
    table.insert("kind", value(kind));
    append(&mut doc, "groups", table);
    write_config(root, &doc)
}

/// Adds the referent `name` (with their `role`, as the learners call them) to
/// `carnet.toml`, and their folder `professionals/<slug>/profile.md`. `slug`
/// chooses their id; by default their first name (then as for a learner).
pub fn add_referent(
    root: &Path,
    name: &str,
    role: Option<&str>,
    slug: Option<&str>,
    lang: Language,
) -> Result<AddedReferent, AddError> {
    let invalid = |(_, message): (&str, String)| AddError::Invalid { message };
    let name = name.trim();
    check_name(name, &t!(lang, "people-the-name"), true, lang).map_err(invalid)?;
    let role = role.map(str::trim).filter(|r| !r.is_empty());
    if let Some(role) = role {
        check_name(role, &t!(lang, "people-the-role"), false, lang).map_err(invalid)?;
    }
    let mut doc = read_config(root, lang)?;
    let referents = entries(&doc, "referents");
    if let Some(r) = referents
        .iter()
        .find(|r| names::folded(&r.1) == names::folded(name))
    {
        let other = r.0.as_str();
        return Err(AddError::Duplicate(t!(
            lang,
            "people-a-referent-named",
            name = name,
            other = other
        )));
    }
    let pros = folders(&root.join("professionals"));
    let mut taken: HashSet<String> = referents.iter().map(|r| r.0.clone()).collect();
    taken.extend(pros.iter().map(|p| slugify(p)));
    let slug = match slug.map(str::trim) {
        Some(asked) => {
            if asked.is_empty() || slugify(asked) != asked || asked.len() > MAX_PERSON_SLUG {
                return Err(AddError::invalid(t!(lang, "people-bad-id", id = asked)));
            }
            if taken.contains(asked) {
                return Err(AddError::Duplicate(t!(
                    lang,
                    "people-the-referent",
                    id = asked
                )));
            }
            asked.to_string()
        }
        None => {
            let person = NewLearner::from_full_name(name);
            person_slug(&person.first, &person.last, &taken)
                .map(|(s, _)| s)
                .ok_or_else(|| AddError::invalid(t!(lang, "people-no-address", name = name)))?
        }
    };
    let base = root.join("professionals");
    let made_base = !base.exists();
    fs::create_dir_all(&base).map_err(io_error(&base))?;
    let canonical = fs::canonicalize(root).map_err(io_error(root))?;
    if !names::stays_inside(&canonical, root, &base) {
        return Err(AddError::invalid(t!(
            lang,
            "cli-new-outside-journal",
            path = base.display().to_string()
        )));
    }
    let dir = base.join(&slug);
    if let Err(e) = fs::create_dir(&dir) {
        remove_made(&[], made_base.then_some(base.as_path()));
        return Err(io_error(&dir)(e));
    }
    let path = dir.join("profile.md");
    let written = super::write_new(&path, pro_profile(name, role, lang).as_bytes())
        .map_err(|e| AddError::Io {
            path: path.clone(),
            source: io::Error::other(e.to_string()),
        })
        .and_then(|()| {
            let mut table = Table::new();
            table.decor_mut().set_prefix("\n");
            table.insert("slug", value(slug.as_str()));
            table.insert("name", value(name));
            if let Some(role) = role {
                table.insert("role", value(role));
            }
            table.insert("professional", value(slug.as_str()));
            append(&mut doc, "referents", table);
            write_config(root, &doc)
        });
    if let Err(e) = written {
        remove_made(&[dir], made_base.then_some(base.as_path()));
        return Err(e);
    }
    Ok(AddedReferent {
        file: format!("professionals/{slug}/profile.md"),
        slug,
    })
}

/// A referent's `profile.md`, explained to them, private.
fn pro_profile(name: &str, role: Option<&str>, lang: Language) -> String {
    let name = quoted(name);
    let role = match role {
        Some(r) => format!("role = {}", quoted(r)),
        None => t!(lang, "people-role-example"),
    };
    super::file(t!(
        lang,
        "people-referent-profile",
        name = name,
        role = role
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lea_gets_her_initial_then_her_full_name() {
        let mut taken = HashSet::new();
        let (a, _) = person_slug("Léa", "Martin", &taken).expect("slug");
        assert_eq!(a, "lea");
        taken.insert(a);
        let (b, base) = person_slug("Léa", "Moreau", &taken).expect("slug");
        assert_eq!((b.as_str(), base.as_str()), ("lea-m", "lea"));
        taken.insert(b);
        let (c, _) = person_slug("Léa", "Mercier", &taken).expect("slug");
        assert_eq!(c, "lea-mercier");
        taken.insert(c);
        taken.insert("lea-mercier".into());
        let (d, _) = person_slug("Léa", "Mercier", &taken).expect("slug");
        assert_eq!(d, "lea-mercier-2");
        // A folder every site keeps for itself is never a learner's address.
        let (e, _) = person_slug("Tags", "", &HashSet::new()).expect("slug");
        assert_ne!(e, "tags");
        assert_eq!(person_slug("!!!", "", &HashSet::new()), None);
    }

    #[test]
    fn names_with_controls_or_too_long_are_refused() {
        assert!(check_name("Léa", "x", true, Language::Fr).is_ok());
        assert!(check_name("", "x", true, Language::Fr).is_err());
        assert!(check_name("Lé\u{7}a", "x", true, Language::Fr).is_err());
        assert!(check_name("Lé\ta", "x", true, Language::Fr).is_err());
        assert!(check_name("a\u{202E}b", "x", true, Language::Fr).is_err());
        assert!(check_name(&"a".repeat(101), "x", true, Language::Fr).is_err());
    }
}
