//! Reads a journal folder into a [`Journal`]: parses `carnet.toml`, `skills.toml`,
//! every profile, experience and story, and resolves photo paths safely inside the
//! journal. Every problem found is collected; nothing stops at the first one.

use serde::Deserialize;
use std::fs;
use std::path::{Component, Path, PathBuf};
use toml::value::Datetime;
use toml::Spanned;

use super::frontmatter;
use super::names;
use super::slug::slugify;
use super::{
    skills, Aspect, At, Attestation, Config, Date, Experience, Fit, Focus, Framing, Group,
    GroupKind, ImageSettings, Journal, Language, Learner, Photo, Post, ProProfile, Professional,
    Profile, Referent, SkillUse, SourceFile, Story, StoryLayout, Visibility,
};
use crate::diagnostic::Diagnostic;
use crate::tr;

/// File extensions (lowercase) taken as photos of an experience folder.
pub const PHOTO_EXTENSIONS: [&str; 4] = ["jpg", "jpeg", "png", "webp"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default)]
    language: Language,
    base_url: Option<String>,
    #[serde(default)]
    groups: Vec<RawGroup>,
    #[serde(default)]
    referents: Vec<RawReferent>,
    #[serde(default)]
    images: RawImages,
    issuer: Option<RawIssuer>,
}

/// `[issuer]`: the programme that signs attestations, by its public key.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIssuer {
    name: String,
    public_key: Spanned<String>,
    #[serde(default)]
    previous_keys: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    slug: Spanned<String>,
    name: String,
    kind: GroupKind,
    #[serde(default)]
    protect: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReferent {
    slug: Spanned<String>,
    name: String,
    role: Option<String>,
    #[serde(default)]
    protect: bool,
    professional: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProProfile {
    name: String,
    role: Option<String>,
    #[serde(alias = "organization")]
    organisation: Option<String>,
    #[serde(default)]
    groups: Vec<Spanned<String>>,
    visibility: Option<Visibility>,
    shared_with: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPost {
    title: String,
    date: Spanned<Datetime>,
    kind: Option<String>,
    visibility: Option<Visibility>,
    groups: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawImages {
    max_pixels: Option<u64>,
    max_bytes: Option<u64>,
    quality: Option<Spanned<u8>>,
    webp: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSkills {
    #[serde(default)]
    skills: Vec<RawSkill>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSkill {
    id: Spanned<String>,
    label: RawLabel,
    #[serde(default)]
    category: Option<String>,
    description: Option<RawLabel>,
    reference: Option<Spanned<String>>,
}

/// A text of `skills.toml`: one for every language, or `{ fr = "…", en = "…" }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawLabel {
    One(String),
    Each { fr: String, en: Option<String> },
}

impl RawLabel {
    /// The text in `language` (French when no English one is given).
    fn pick(self, language: Language) -> String {
        match self {
            RawLabel::One(text) => text,
            RawLabel::Each { fr, en } => match (language, en) {
                (Language::En, Some(en)) => en,
                _ => fr,
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttestation {
    name: String,
    role: Option<String>,
    #[serde(alias = "organization")]
    organisation: Option<String>,
    date: Option<Spanned<Datetime>>,
    quote: Option<String>,
    skills: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    name: String,
    #[serde(default)]
    headline: String,
    avatar: Option<Spanned<String>>,
    #[serde(default)]
    groups: Vec<Spanned<String>>,
    referent: Option<Spanned<String>>,
    visibility: Option<Visibility>,
    shared_with: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    publish_badges: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExperience {
    title: String,
    date: Spanned<Datetime>,
    place: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    skills: Vec<Spanned<toml::Value>>,
    attestation: Option<RawAttestation>,
    visibility: Option<Visibility>,
    groups: Option<Vec<Spanned<String>>>,
    kind: Option<String>,
    photos: Option<Vec<RawPhoto>>,
    fit: Option<Fit>,
    aspect: Option<Spanned<String>>,
    focus: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhoto {
    file: Spanned<String>,
    alt: Option<String>,
    caption: Option<String>,
    fit: Option<Fit>,
    aspect: Option<Spanned<String>>,
    focus: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStory {
    title: String,
    date: Option<Spanned<Datetime>>,
    visibility: Option<Visibility>,
    groups: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    experiences: Vec<Spanned<String>>,
    layout: Option<StoryLayout>,
    cover: Option<Spanned<String>>,
    fit: Option<Fit>,
    aspect: Option<Spanned<String>>,
    focus: Option<Spanned<String>>,
}

/// Loads the journal at `root`, with every problem found (in the journal's
/// language). The journal is returned even when some files failed (they are left
/// out), so that later checks can report their own errors in the same build; it is
/// `None` only when `carnet.toml` itself is unusable.
pub fn load(root: &Path) -> (Option<Journal>, Vec<Diagnostic>) {
    let lang = Language::of_journal(root);
    let mut loader = Loader {
        root: root.to_path_buf(),
        canonical_root: PathBuf::new(),
        diags: Vec::new(),
        lang,
    };
    match fs::canonicalize(root) {
        Ok(c) if c.is_dir() => loader.canonical_root = c,
        Ok(_) => {
            let message = tr!(lang, "n'est pas un dossier", "is not a folder");
            return (
                None,
                vec![Diagnostic::new(root, message).with_code("not-a-journal")],
            );
        }
        Err(e) => {
            let message = tr!(
                lang,
                "impossible d'ouvrir le journal : {e}",
                "cannot open the journal: {e}"
            );
            return (
                None,
                vec![Diagnostic::new(root, message).with_code("not-a-journal")],
            );
        }
    }
    let config = loader.config();
    let language = config.as_ref().map_or(Language::Fr, |c| c.language);
    let (skills, builtin_skills) = loader.skills(language);
    let learners = loader.learners();
    let professionals = loader.professionals();
    let themes = root.join("themes");
    let theme_dir = if loader.fixed_folder(&themes) {
        let inside = ["templates", "static"].iter().all(|sub| {
            let dir = themes.join(sub);
            !dir.is_dir() || loader.fixed_folder(&dir)
        });
        inside.then_some(themes)
    } else {
        None
    };
    let mut journal = config.map(|config| Journal {
        root: root.to_path_buf(),
        config,
        skills,
        builtin_skills,
        learners,
        professionals,
        theme_dir,
    });
    if let Some(journal) = journal.as_mut() {
        crate::credentials::verify_journal(journal);
    }
    (journal, loader.diags)
}

struct Loader {
    root: PathBuf,
    canonical_root: PathBuf,
    diags: Vec<Diagnostic>,
    /// The language of the messages.
    lang: Language,
}

impl Loader {
    /// Reads a text file, recording an error if it cannot be read.
    fn read(&mut self, path: &Path) -> Option<String> {
        if !self.inside_journal(path) {
            self.diags.push(self.link_out(path));
            return None;
        }
        match fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) => {
                let lang = self.lang;
                self.diags.push(
                    Diagnostic::new(
                        path,
                        tr!(
                            lang,
                            "impossible de lire le fichier : {e}",
                            "cannot read the file: {e}"
                        ),
                    )
                    .with_code("unreadable"),
                );
                None
            }
        }
    }

    /// « is a symbolic link that leads out of the journal », about `path`.
    fn link_out(&self, path: &Path) -> Diagnostic {
        let lang = self.lang;
        Diagnostic::new(
            path,
            tr!(
                lang,
                "est un lien symbolique qui mène hors du journal",
                "is a symbolic link that leads out of the journal"
            ),
        )
        .with_code("outside-journal")
    }

    /// « missing: … », about a file every journal, learner or experience needs.
    fn missing(&self, path: &Path, fr: &str, en: &str) -> Diagnostic {
        let lang = self.lang;
        let why = lang.pick(fr, en);
        Diagnostic::new(
            path,
            tr!(lang, "fichier manquant : {why}", "missing: {why}"),
        )
        .with_code("missing-file")
    }

    /// « the folder name has no letter or digit … », about `path`.
    fn no_address(&self, path: &Path, what: (&str, &str)) -> Diagnostic {
        let lang = self.lang;
        let what = lang.pick(what.0, what.1);
        Diagnostic::new(
            path,
            tr!(
                lang,
                "{what} n'a ni lettre ni chiffre dont faire une adresse",
                "{what} has no letter or digit to make an address from"
            ),
        )
        .with_code("bad-name")
    }

    /// Parses a whole-TOML file.
    fn toml_file<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
    ) -> Option<(T, SourceFile)> {
        let text = self.read(path)?;
        match toml::from_str::<T>(&text) {
            Ok(v) => {
                let front = 0..text.len();
                Some((
                    v,
                    SourceFile {
                        path: path.to_path_buf(),
                        text,
                        front,
                    },
                ))
            }
            Err(e) => {
                self.diags
                    .push(frontmatter::toml_diagnostic(path, &text, 0, &e, self.lang));
                None
            }
        }
    }

    /// Reads a Markdown file with front matter: (front matter, body, source).
    fn markdown_file<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
    ) -> Option<(T, String, SourceFile)> {
        let text = self.read(path)?;
        let lang = self.lang;
        let parsed = frontmatter::split(path, &text, lang).and_then(|split| {
            let value = frontmatter::parse::<T>(path, &text, &split, lang)?;
            let front = split.front_offset..split.front_offset + split.front.len();
            Ok((value, split.body.to_string(), front))
        });
        match parsed {
            Ok((value, body, front)) => Some((
                value,
                body,
                SourceFile {
                    path: path.to_path_buf(),
                    text,
                    front,
                },
            )),
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }

    fn config(&mut self) -> Option<Config> {
        let path = self.root.join("carnet.toml");
        if !path.is_file() {
            self.diags.push(self.missing(
                &path,
                "un journal a besoin d'un carnet.toml avec au moins `title = \"...\"` (carnet init en crée un)",
                "a journal needs a carnet.toml with at least `title = \"...\"` (carnet init makes one)",
            ));
            return None;
        }
        let (raw, source) = self.toml_file::<RawConfig>(&path)?;
        let defaults = ImageSettings::default();
        let images = ImageSettings {
            max_pixels: raw.images.max_pixels.unwrap_or(defaults.max_pixels),
            max_bytes: raw.images.max_bytes.unwrap_or(defaults.max_bytes),
            quality: raw
                .images
                .quality
                .as_ref()
                .map_or(defaults.quality, |q| *q.get_ref()),
            webp: raw.images.webp.unwrap_or(defaults.webp),
        };
        if let Some(q) = &raw.images.quality {
            if !(1..=100).contains(q.get_ref()) {
                let lang = self.lang;
                self.diags.push(
                    source
                        .error_at(
                            &source.at(q.clone()).span,
                            tr!(
                                lang,
                                "`quality` doit être entre 1 et 100",
                                "`quality` must be between 1 and 100"
                            ),
                        )
                        .with_code("invalid-value"),
                );
            }
        }
        let issuer = raw.issuer.and_then(|i| self.issuer(&source, i));
        Some(Config {
            issuer,
            title: raw.title,
            language: raw.language,
            base_url: raw.base_url.map(|u| u.trim_end_matches('/').to_string()),
            groups: raw
                .groups
                .into_iter()
                .map(|g| Group {
                    span: source.at(g.slug.clone()).span,
                    slug: g.slug.into_inner(),
                    name: g.name,
                    kind: g.kind,
                    protect: g.protect,
                })
                .collect(),
            referents: raw
                .referents
                .into_iter()
                .map(|r| Referent {
                    span: source.at(r.slug.clone()).span,
                    slug: r.slug.into_inner(),
                    name: r.name,
                    role: r.role,
                    protect: r.protect,
                    professional: r.professional.map(|p| source.at(p)),
                })
                .collect(),
            images,
            source,
        })
    }

    /// `[issuer]` of `carnet.toml`, its keys read (an unreadable key is an error).
    fn issuer(&mut self, source: &SourceFile, raw: RawIssuer) -> Option<super::IssuerSettings> {
        let mut key = |written: Spanned<String>| {
            let at = source.at(written);
            let parsed = crate::credentials::PublicKey::from_multibase(&at);
            if parsed.is_err() {
                let lang = self.lang;
                self.diags.push(
                    source
                        .error_at(
                            &at.span,
                            lang.pick(
                                "ce n'est pas une clé publique Ed25519 au format Multikey (z6Mk…) : recopie celle que `carnet keys new --issuer` a affichée",
                                "this is not an Ed25519 public key in Multikey form (z6Mk…): copy the one `carnet keys new --issuer` printed",
                            ),
                        )
                        .with_code("invalid-issuer-key"),
                );
            }
            parsed.ok()
        };
        let public_key = key(raw.public_key);
        let previous_keys: Vec<_> = raw.previous_keys.into_iter().filter_map(&mut key).collect();
        Some(super::IssuerSettings {
            name: raw.name,
            public_key: public_key?,
            previous_keys,
        })
    }

    /// The credential files of an experience folder (`credentials/*.json`), as
    /// written; they are verified once the whole journal is loaded.
    fn credentials(&mut self, dir: &Path) -> Vec<crate::credentials::StoredCredential> {
        let folder = dir.join(crate::credentials::FOLDER);
        if !self.fixed_folder(&folder) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (name, path) in self.entries(&folder) {
            if !name.ends_with(".json") || !path.is_file() {
                continue;
            }
            if let Some(text) = self.read(&path) {
                out.push(crate::credentials::StoredCredential {
                    path,
                    text,
                    state: crate::credentials::State::Unchecked,
                });
            }
        }
        out
    }

    fn skills(&mut self, language: Language) -> (Vec<super::Skill>, bool) {
        let path = self.root.join("skills.toml");
        if !path.exists() {
            return (skills::builtin(language), true);
        }
        match self.toml_file::<RawSkills>(&path) {
            Some((raw, source)) => {
                let mut seen = std::collections::HashSet::new();
                let mut skills = Vec::new();
                for raw in raw.skills {
                    let id = source.at(raw.id);
                    if !seen.insert(id.value.clone()) {
                        let (lang, skill) = (self.lang, &*id);
                        self.diags.push(
                            source
                                .error_at(
                                    &id.span,
                                    tr!(
                                        lang,
                                        "la compétence `{skill}` est définie deux fois",
                                        "skill id `{skill}` is defined twice"
                                    ),
                                )
                                .with_code("duplicate-id"),
                        );
                    }
                    let reference = raw.reference.and_then(|r| {
                        let r = source.at(r);
                        if r.starts_with("https://") || r.starts_with("http://") {
                            return Some(r.value);
                        }
                        let (lang, value) = (self.lang, &*r);
                        self.diags.push(
                            source
                                .error_at(
                                    &r.span,
                                    tr!(
                                        lang,
                                        "`{value}` n'est pas une adresse web : la référence d'une compétence commence par https://",
                                        "`{value}` is not a web address: a skill's reference starts with https://"
                                    ),
                                )
                                .with_code("invalid-reference")
                                .with_help(lang.pick(
                                    "par exemple reference = \"http://data.europa.eu/esco/skill/…\"",
                                    "for example reference = \"http://data.europa.eu/esco/skill/…\"",
                                )),
                        );
                        None
                    });
                    skills.push(super::Skill {
                        id: id.value,
                        label: raw.label.pick(language),
                        category: raw.category.map(|c| skills::category_label(&c, language)),
                        description: raw.description.map(|d| d.pick(language)),
                        reference,
                    });
                }
                (skills, false)
            }
            None => (Vec::new(), false),
        }
    }

    /// Sub-folders of `dir` (not hidden), sorted by name, with symlinks checked.
    fn subfolders(&mut self, dir: &Path) -> Vec<(String, PathBuf)> {
        self.entries(dir)
            .into_iter()
            .filter(|(_, p)| p.is_dir())
            .collect()
    }

    /// Entries of `dir` (not hidden), sorted by name. An entry that is a symbolic link
    /// leading out of the journal is an error and is left out.
    fn entries(&mut self, dir: &Path) -> Vec<(String, PathBuf)> {
        let read = match fs::read_dir(dir) {
            Ok(r) => r,
            Err(e) => {
                let lang = self.lang;
                self.diags.push(
                    Diagnostic::new(
                        dir,
                        tr!(
                            lang,
                            "impossible de lister le dossier : {e}",
                            "cannot list the folder: {e}"
                        ),
                    )
                    .with_code("unreadable"),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for entry in read.flatten() {
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                if !entry.file_name().to_string_lossy().starts_with('.') {
                    self.diags.push(Diagnostic::new(
                        &path,
                        "the name is not valid Unicode (UTF-8): rename it",
                    ));
                }
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            if let Some(problem) = names::problem(&name, self.lang) {
                self.diags.push(Diagnostic::new(&path, problem));
                continue;
            }
            if entry.file_type().is_ok_and(|t| t.is_symlink()) && !self.inside_journal(&path) {
                self.diags.push(self.link_out(&path));
                continue;
            }
            out.push((names::nfc(&name).into_owned(), path));
        }
        out.sort();
        self.case_collisions(&out);
        out
    }

    /// Reports photos of one folder whose names differ only by case or by Unicode
    /// form (`Café.jpg` and `café.jpg`): on macOS and Windows they are one file, so
    /// the journal would lose one of them there. (Folders and story files that
    /// collide so share an address, which the checks report.)
    fn case_collisions(&mut self, entries: &[(String, PathBuf)]) {
        let mut by_fold: std::collections::BTreeMap<String, Vec<&(String, PathBuf)>> =
            std::collections::BTreeMap::new();
        for entry in entries.iter().filter(|(n, _)| is_photo_name(n)) {
            by_fold
                .entry(names::folded(&entry.0))
                .or_default()
                .push(entry);
        }
        for same in by_fold.values().filter(|v| v.len() > 1) {
            let list: Vec<String> = same.iter().map(|(n, _)| format!("`{n}`")).collect();
            let lang = self.lang;
            let list = list.join(lang.pick(" et ", " and "));
            self.diags.push(Diagnostic::new(
                &same[0].1,
                tr!(
                    lang,
                    "les photos {list} ont des noms qui ne diffèrent que par les majuscules ou les accents : sous macOS et Windows, ce serait un seul fichier ; renomme l'une d'elles",
                    "the photos {list} have names that differ only by case or accents: on macOS and Windows they would be one file; rename one of them"
                ),
            ));
        }
    }

    /// Whether the fixed folder `dir` of the journal (`learners`, `experiences`,
    /// `stories`, `themes`...) exists; one that is a symbolic link leading out of
    /// the journal is an error (and is not used).
    fn fixed_folder(&mut self, dir: &Path) -> bool {
        if !dir.is_dir() {
            return false;
        }
        if !self.inside_journal(dir) {
            self.diags.push(self.link_out(dir));
            return false;
        }
        true
    }

    /// Records an error when an address made from a name is too long for a folder.
    fn check_slug_length(&mut self, path: &Path, slug: &str) {
        if slug.len() > names::MAX_SLUG_BYTES {
            let (len, start, max) = (slug.len(), &slug[..40], names::MAX_SLUG_BYTES);
            let lang = self.lang;
            self.diags.push(Diagnostic::new(
                path,
                tr!(
                    lang,
                    "le nom donne une adresse de {len} caractères (`{start}…`), plus que les {max} qu'un nom de dossier peut avoir : raccourcis le nom",
                    "the name makes an address of {len} characters (`{start}…`), longer than the {max} a folder name may have: shorten the name"
                ),
            ));
        }
    }

    /// Whether `path` stays inside the journal. Only the part of `path` below its
    /// folder is checked for links (the loader walked that folder, and refused any
    /// link on the way that leads out); a path holding no link is inside, and only a
    /// path holding one is resolved, which keeps big journals fast.
    fn inside_journal(&self, path: &Path) -> bool {
        self.stays_inside(path.parent().unwrap_or(&self.root), path)
    }

    /// Whether `path`, below the walked folder `base`, stays inside the journal.
    fn stays_inside(&self, base: &Path, path: &Path) -> bool {
        let rel = path.strip_prefix(base).unwrap_or(path);
        let mut walked = base.to_path_buf();
        let has_link = rel.components().any(|part| {
            walked.push(part);
            fs::symlink_metadata(&walked).is_ok_and(|m| m.file_type().is_symlink())
        });
        !has_link || fs::canonicalize(path).is_ok_and(|c| c.starts_with(&self.canonical_root))
    }

    /// Resolves `rel`, written in `source`'s front matter, against `dir`, refusing
    /// anything that leaves the journal.
    fn resolve(&mut self, source: &SourceFile, dir: &Path, rel: &At<String>) -> Option<PathBuf> {
        let span = &rel.span;
        if let Some(problem) = names::problem(&rel.value, self.lang) {
            self.diags.push(source.error_at(span, problem));
            return None;
        }
        let written = names::nfc(&rel.value);
        let rel = written.as_ref();
        let rel_path = Path::new(rel);
        let plain = !rel.is_empty()
            && rel_path
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
        let lang = self.lang;
        if !plain {
            self.diags.push(source.error_at(span, tr!(lang,
                "`{rel}` sort du journal : écris un nom de fichier relatif au dossier, sans `..` ni `/` au début",
                "`{rel}` leaves the journal: write a file name relative to the folder, without `..` or a leading `/`"
            )).with_code("outside-journal"));
            return None;
        }
        let path = match self.find_file(dir, rel_path) {
            Ok(path) => path,
            Err(hint) => {
                let shown = dir.display();
                self.diags.push(
                    source
                        .error_at(
                            span,
                            tr!(
                                lang,
                                "`{rel}` est cité, mais ce fichier n'existe pas dans {shown}{hint}",
                                "`{rel}` is listed but there is no such file in {shown}{hint}"
                            ),
                        )
                        .with_code("missing-file"),
                );
                return None;
            }
        };
        if !self.stays_inside(dir, &path) {
            self.diags.push(
                source
                    .error_at(
                        span,
                        tr!(
                            lang,
                            "`{rel}` est un lien symbolique qui mène hors du journal",
                            "`{rel}` is a symbolic link that leads out of the journal"
                        ),
                    )
                    .with_code("outside-journal"),
            );
            return None;
        }
        Some(path)
    }

    /// The file `rel` (NFC) of `dir`: as written, or under the same name in another
    /// Unicode form (NFD, as macOS writes names). When there is none, what to say
    /// about it: a file whose name differs only by case, or a name too long.
    fn find_file(&self, dir: &Path, rel: &Path) -> Result<PathBuf, String> {
        let path = dir.join(rel);
        if path.is_file() {
            return Ok(path);
        }
        if let Some(name) = rel.file_name().and_then(|n| n.to_str()) {
            if name.len() > names::MAX_NAME_BYTES {
                let (len, max) = (name.len(), names::MAX_NAME_BYTES);
                return Err(tr!(
                    self.lang,
                    " (le nom fait {len} octets ; les systèmes de fichiers en permettent {max})",
                    " (the name is {len} bytes long; file systems allow {max})"
                ));
            }
            let folder = path.parent().unwrap_or(dir);
            let entries: Vec<(String, PathBuf)> = fs::read_dir(folder)
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| Some((e.file_name().to_str()?.to_string(), e.path())))
                .collect();
            if let Some((_, p)) = entries
                .iter()
                .find(|(n, p)| names::nfc(n) == name && p.is_file())
            {
                return Ok(p.clone());
            }
            if let Some((n, _)) = entries
                .iter()
                .find(|(n, _)| names::folded(n) == names::folded(name))
            {
                let n = names::nfc(n);
                return Err(tr!(
                    self.lang,
                    " : il y a `{n}`, dont le nom diffère par les majuscules (ici elles comptent, pas sous macOS ni Windows : écris-le comme sur le disque)",
                    ": there is `{n}`, whose name differs by case (names are case-sensitive here, not on macOS and Windows: write it as it is on disk)"
                ));
            }
        }
        Err(String::new())
    }

    /// Turns raw framing strings into a [`Framing`], recording bad values.
    /// Framing fields are inlined in each front matter (`serde(flatten)` would lose
    /// the location of unknown-key errors) and validated here.
    fn framing(
        &mut self,
        source: &SourceFile,
        fit: Option<Fit>,
        aspect: Option<Spanned<String>>,
        focus: Option<Spanned<String>>,
    ) -> Framing {
        let lang = self.lang;
        let aspect = aspect.map(|a| source.at(a)).and_then(|a| {
            Aspect::parse(&a)
                .map_err(|_| {
                    let (value, allowed) = (&*a, Aspect::ALLOWED.join(", "));
                    let message = tr!(
                        lang,
                        "format `{value}` inconnu : choisis parmi {allowed}",
                        "unknown aspect `{value}`: use one of {allowed}"
                    );
                    self.diags
                        .push(source.error_at(&a.span, message).with_code("invalid-value"))
                })
                .ok()
        });
        let focus = focus.map(|f| source.at(f)).and_then(|f| {
            Focus::parse(&f)
                .map_err(|_| {
                    let value = &*f;
                    let message = tr!(
                        lang,
                        "point de mire `{value}` inconnu : écris top, center, bottom, left, right ou \"x%,y%\" (par exemple \"30%,20%\")",
                        "unknown focus `{value}`: use top, center, bottom, left, right or \"x%,y%\" (e.g. \"30%,20%\")"
                    );
                    self.diags
                        .push(source.error_at(&f.span, message).with_code("invalid-value"))
                })
                .ok()
        });
        Framing { fit, aspect, focus }
    }

    fn date(&mut self, source: &SourceFile, dt: Spanned<Datetime>) -> Option<Date> {
        let dt = source.at(dt);
        let lang = self.lang;
        Date::from_toml(&dt)
            .map_err(|_| {
                let value = &*dt;
                let message = tr!(
                    lang,
                    "`{value}` n'a pas de date : écris-la 2021-05-31 ou 2021-05-31T14:06:00",
                    "`{value}` has no date: write it as 2021-05-31 or 2021-05-31T14:06:00"
                );
                self.diags
                    .push(source.error_at(&dt.span, message).with_code("invalid-date"))
            })
            .ok()
    }

    /// One entry of an experience's `skills`: an id, or `{ id = "…", level = 1..=4 }`.
    fn skill_use(&mut self, source: &SourceFile, raw: Spanned<toml::Value>) -> Option<SkillUse> {
        let at = source.at(raw);
        let lang = self.lang;
        let (id, level) = match &at.value {
            toml::Value::String(id) => (Some(id.clone()), None),
            toml::Value::Table(table) => {
                let unknown = table.keys().find(|k| *k != "id" && *k != "level");
                match (table.get("id"), table.get("level"), unknown) {
                    (Some(toml::Value::String(id)), level, None) => (Some(id.clone()), level),
                    _ => (None, None),
                }
            }
            _ => (None, None),
        };
        let Some(id) = id else {
            self.diags.push(
                source
                    .error_at(
                        &at.span,
                        lang.pick(
                            "une compétence s'écrit \"rigueur\" ou { id = \"rigueur\", level = 3 }",
                            "a skill is written \"rigueur\" or { id = \"rigueur\", level = 3 }",
                        ),
                    )
                    .with_code("invalid-skill"),
            );
            return None;
        };
        let level = match level {
            None => None,
            Some(toml::Value::Integer(n)) if (1..=i64::from(skills::MAX_LEVEL)).contains(n) => {
                Some(*n as u8)
            }
            Some(other) => {
                let max = skills::MAX_LEVEL;
                self.diags.push(
                    source
                        .error_at(
                            &at.span,
                            tr!(
                                lang,
                                "le niveau de `{id}` est `{other}` : un niveau va de 1 à {max}",
                                "the level of `{id}` is `{other}`: a level goes from 1 to {max}"
                            ),
                        )
                        .with_code("invalid-level")
                        .with_help(lang.pick(
                            "1 : je découvre, 2 : je fais avec de l'aide, 3 : je fais seul·e, 4 : je peux l'apprendre à d'autres",
                            "1: discovering, 2: with help, 3: on my own, 4: I can teach it",
                        )),
                );
                return None;
            }
        };
        Some(SkillUse {
            id: At::new(id, at.span),
            level,
        })
    }

    /// The `[attestation]` table of an experience.
    fn attestation(&mut self, source: &SourceFile, raw: RawAttestation) -> Attestation {
        Attestation {
            name: raw.name,
            role: raw.role,
            organisation: raw.organisation,
            date: raw.date.and_then(|d| self.date(source, d)),
            quote: raw.quote,
            skills: raw
                .skills
                .map(|list| list.into_iter().map(|s| source.at(s)).collect()),
        }
    }

    /// `professionals/<folder>/`: a profile and posts each, in slug order. A folder
    /// whose profile fails to load is left out (its error is reported).
    fn professionals(&mut self) -> Vec<Professional> {
        let dir = self.root.join("professionals");
        if !self.fixed_folder(&dir) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (folder, path) in self.subfolders(&dir) {
            let slug = slugify(&folder);
            if slug.is_empty() {
                self.diags
                    .push(self.no_address(&path, ("le nom du dossier", "the folder name")));
            }
            self.check_slug_length(&path, &slug);
            let profile = self.pro_profile(&path);
            let posts = self.posts(&path.join("posts"));
            if let Some(profile) = profile {
                out.push(Professional {
                    slug,
                    folder,
                    profile,
                    posts,
                });
            }
        }
        out.sort_by(|a, b| a.slug.cmp(&b.slug));
        out
    }

    fn pro_profile(&mut self, dir: &Path) -> Option<ProProfile> {
        let path = dir.join("profile.md");
        if !path.is_file() {
            self.diags.push(self.missing(
                &path,
                "chaque dossier de professionals/ a besoin d'un profile.md",
                "every professional folder needs a profile.md",
            ));
            return None;
        }
        let (raw, bio, source) = self.markdown_file::<RawProProfile>(&path)?;
        Some(ProProfile {
            name: raw.name,
            role: raw.role,
            organisation: raw.organisation,
            groups: raw.groups.into_iter().map(|g| source.at(g)).collect(),
            visibility: raw.visibility.unwrap_or_default(),
            shared_with: raw
                .shared_with
                .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
            bio,
            source,
        })
    }

    /// The `*.md` files of the fixed folder `dir` that load, each as (slug from its
    /// name, front matter, body, source); a name without an address is reported.
    fn markdown_files<T: serde::de::DeserializeOwned>(
        &mut self,
        dir: &Path,
    ) -> Vec<(String, T, String, SourceFile)> {
        if !self.fixed_folder(dir) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (name, path) in self.entries(dir) {
            let Some(stem) = name.strip_suffix(".md") else {
                continue;
            };
            if !path.is_file() {
                continue;
            }
            let Some((raw, body, source)) = self.markdown_file::<T>(&path) else {
                continue;
            };
            let slug = slugify(stem);
            if slug.is_empty() {
                self.diags
                    .push(self.no_address(&path, ("le nom du fichier", "the file name")));
            }
            self.check_slug_length(&path, &slug);
            out.push((slug, raw, body, source));
        }
        out
    }

    /// The `posts/*.md` of a professional, in date order.
    fn posts(&mut self, dir: &Path) -> Vec<Post> {
        let mut out = Vec::new();
        for (slug, raw, body, source) in self.markdown_files::<RawPost>(dir) {
            let Some(date) = self.date(&source, raw.date) else {
                continue;
            };
            out.push(Post {
                slug,
                title: raw.title,
                date,
                kind: raw.kind,
                visibility: raw.visibility.unwrap_or_default(),
                groups: raw
                    .groups
                    .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
                body,
                source,
            });
        }
        out.sort_by(|a, b| (a.date, &a.slug).cmp(&(b.date, &b.slug)));
        out
    }

    fn learners(&mut self) -> Vec<Learner> {
        let dir = self.root.join("learners");
        if !self.fixed_folder(&dir) {
            return Vec::new();
        }
        let mut learners = Vec::new();
        for (folder, path) in self.subfolders(&dir) {
            if let Some(l) = self.learner(folder, &path) {
                learners.push(l);
            }
        }
        learners.sort_by(|a, b| a.slug.cmp(&b.slug));
        learners
    }

    fn learner(&mut self, folder: String, dir: &Path) -> Option<Learner> {
        let slug = slugify(&folder);
        if slug.is_empty() {
            self.diags
                .push(self.no_address(dir, ("le nom du dossier", "the folder name")));
        }
        self.check_slug_length(dir, &slug);
        let profile = self.profile(dir);
        let broken_profile = profile.is_none();
        let (experiences, broken) = self.experiences(&dir.join("experiences"));
        let stories = self.stories(&dir.join("stories"));
        // A learner whose profile failed is kept with a stand-in profile (the build
        // fails anyway), so that the errors of their other files are reported too.
        let profile = profile.unwrap_or_else(|| Profile {
            name: folder.clone(),
            headline: String::new(),
            avatar: None,
            groups: Vec::new(),
            referent: None,
            visibility: Visibility::Private,
            shared_with: None,
            bio: String::new(),
            publish_badges: false,
            source: SourceFile::default(),
        });
        Some(Learner {
            slug,
            folder,
            profile,
            experiences,
            broken,
            broken_profile,
            stories,
        })
    }

    fn profile(&mut self, dir: &Path) -> Option<Profile> {
        let path = dir.join("profile.md");
        if !path.is_file() {
            self.diags.push(self.missing(
                &path,
                "chaque dossier de learners/ a besoin d'un profile.md",
                "every learner folder needs a profile.md",
            ));
            return None;
        }
        let (raw, bio, source) = self.markdown_file::<RawProfile>(&path)?;
        let avatar = raw.avatar.map(|a| source.at(a)).and_then(|file| {
            let p = self.resolve(&source, dir, &file)?;
            Some(Photo {
                path: p,
                file: file.value,
                alt: Some(raw.name.clone()),
                caption: None,
                framing: Framing::default(),
            })
        });
        Some(Profile {
            name: raw.name,
            headline: raw.headline,
            avatar,
            groups: raw.groups.into_iter().map(|g| source.at(g)).collect(),
            referent: raw.referent.map(|r| source.at(r)),
            visibility: raw.visibility.unwrap_or_default(),
            shared_with: raw
                .shared_with
                .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
            bio,
            publish_badges: raw.publish_badges,
            source,
        })
    }

    /// The experiences of a learner, in date order, and the folders that failed to load.
    fn experiences(&mut self, dir: &Path) -> (Vec<Experience>, Vec<String>) {
        if !self.fixed_folder(dir) {
            return (Vec::new(), Vec::new());
        }
        let mut out = Vec::new();
        let mut broken = Vec::new();
        for (folder, path) in self.subfolders(dir) {
            match self.experience(folder.clone(), &path) {
                Some(e) => out.push(e),
                None => broken.push(folder),
            }
        }
        out.sort_by(|a, b| (a.date, &a.slug).cmp(&(b.date, &b.slug)));
        (out, broken)
    }

    fn experience(&mut self, folder: String, dir: &Path) -> Option<Experience> {
        let path = dir.join("index.md");
        if !path.is_file() {
            self.diags.push(self.missing(
                &path,
                "chaque dossier d'expérience a besoin d'un index.md",
                "every experience folder needs an index.md",
            ));
            return None;
        }
        let slug = slugify(&folder);
        if slug.is_empty() {
            self.diags
                .push(self.no_address(dir, ("le nom du dossier", "the folder name")));
        }
        self.check_slug_length(dir, &slug);
        let (raw, body, source) = self.markdown_file::<RawExperience>(&path)?;
        let date = self.date(&source, raw.date)?;
        let framing = self.framing(&source, raw.fit, raw.aspect, raw.focus);
        // The folder's names are checked (invisible characters, names that differ
        // only by case) whether its photos are listed or not.
        let entries = self.entries(dir);
        let photos = match raw.photos {
            Some(list) => list
                .into_iter()
                .filter_map(|p| {
                    let file = source.at(p.file);
                    let path = self.resolve(&source, dir, &file)?;
                    let framing = self.framing(&source, p.fit, p.aspect, p.focus);
                    Some(Photo {
                        path,
                        file: names::nfc(&file.value).into_owned(),
                        alt: p.alt,
                        caption: p.caption,
                        framing,
                    })
                })
                .collect(),
            None => folder_photos(entries),
        };
        Some(Experience {
            slug,
            folder,
            title: raw.title,
            date,
            place: raw.place,
            tags: raw.tags,
            skills: raw
                .skills
                .into_iter()
                .filter_map(|s| self.skill_use(&source, s))
                .collect(),
            attestation: raw.attestation.map(|a| self.attestation(&source, a)),
            credentials: self.credentials(dir),
            visibility: raw.visibility.unwrap_or_default(),
            groups: raw
                .groups
                .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
            kind: raw.kind,
            photos,
            framing,
            body,
            source,
        })
    }

    fn stories(&mut self, dir: &Path) -> Vec<Story> {
        let mut out = Vec::new();
        for (slug, raw, body, source) in self.markdown_files::<RawStory>(dir) {
            let date = raw.date.and_then(|d| self.date(&source, d));
            let framing = self.framing(&source, raw.fit, raw.aspect, raw.focus);
            out.push(Story {
                slug,
                title: raw.title,
                date,
                visibility: raw.visibility.unwrap_or_default(),
                groups: raw
                    .groups
                    .map(|list| list.into_iter().map(|g| source.at(g)).collect()),
                experiences: raw
                    .experiences
                    .into_iter()
                    .map(|e| nfc_at(source.at(e)))
                    .collect(),
                layout: raw.layout.unwrap_or_default(),
                cover: raw.cover.map(|c| nfc_at(source.at(c))),
                framing,
                body,
                source,
            });
        }
        out.sort_by(|a, b| a.slug.cmp(&b.slug));
        out
    }
}

/// The image files among a folder's entries, in name order.
fn folder_photos(entries: Vec<(String, PathBuf)>) -> Vec<Photo> {
    entries
        .into_iter()
        .filter(|(name, path)| is_photo_name(name) && path.is_file())
        .map(|(file, path)| Photo {
            path,
            file,
            alt: None,
            caption: None,
            framing: Framing::default(),
        })
        .collect()
}

/// A name written in front matter, in NFC form (as folder names are compared).
fn nfc_at(mut at: At<String>) -> At<String> {
    if let std::borrow::Cow::Owned(n) = names::nfc(&at.value) {
        at.value = n;
    }
    at
}

/// Whether a file name has a photo extension.
pub fn is_photo_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PHOTO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}
