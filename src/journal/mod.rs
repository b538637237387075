//! The journal as the learner wrote it: everything, hidden or not.
//!
//! [`Journal`] is deliberately not `Serialize`, and no renderer accepts it: the only way
//! towards a site is [`crate::audience::view`], which drops what an audience may not see.

pub mod date;
pub mod framing;
pub mod frontmatter;
mod language;
pub mod load;
pub mod names;
pub mod skills;
pub mod slug;
mod source;
pub mod text;
pub mod toml_error;
pub mod visibility;

use std::ops::{Deref, Range};
use std::path::PathBuf;

pub use date::Date;
pub use framing::{Aspect, Fit, Focus, Framing};
pub use load::{load, load_with, Keys};
pub use skills::Skill;
pub use source::SourceFile;
pub use visibility::Visibility;

/// A value with where it was written: the byte range of its file (quotes included
/// for a string), so that a later check can point at it exactly.
#[derive(Debug, Clone)]
pub struct At<T> {
    /// The value.
    pub value: T,
    /// Byte range in the file's text.
    pub span: Range<usize>,
}

impl<T> At<T> {
    /// A value at `span`.
    pub fn new(value: T, span: Range<usize>) -> Self {
        At { value, span }
    }
}

impl From<&str> for At<String> {
    /// A value written nowhere (made by code, or by a test).
    fn from(value: &str) -> Self {
        At::new(value.to_string(), 0..0)
    }
}

impl<T> Deref for At<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: PartialEq> PartialEq for At<T> {
    /// Values compare by value, wherever they were written.
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl PartialEq<str> for At<String> {
    fn eq(&self, other: &str) -> bool {
        self.value == other
    }
}

impl PartialEq<String> for At<String> {
    fn eq(&self, other: &String) -> bool {
        &self.value == other
    }
}

/// A whole journal folder, loaded.
#[derive(Debug)]
pub struct Journal {
    /// The journal folder as the user named it.
    pub root: PathBuf,
    /// `carnet.toml`.
    pub config: Config,
    /// The skills framework (`skills.toml`, or the built-in one).
    pub skills: Vec<Skill>,
    /// Whether `skills` came from the built-in framework.
    pub builtin_skills: bool,
    /// Learners, in slug order.
    pub learners: Vec<Learner>,
    /// Professionals (advisers, trainers, tutors), in slug order.
    pub professionals: Vec<Professional>,
    /// `themes/` of the journal, if it has one.
    pub theme_dir: Option<PathBuf>,
    /// The contributions of `contributions/` this load read, used or not.
    pub contributions: Vec<ContributionReport>,
}

/// Where a learner loaded from a contribution came from.
#[derive(Debug, Clone)]
pub struct Contribution {
    /// The `.carnet` file.
    pub file: PathBuf,
    /// The moment of the share (UTC, `2026-12-06T14:03:27Z`).
    pub shared: String,
}

/// A contribution file of `contributions/`, as the build summary lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionReport {
    /// The `.carnet` file.
    pub file: PathBuf,
    /// The learner it is from.
    pub learner: String,
    /// The moment of the share.
    pub shared: String,
    /// Experiences and stories it holds.
    pub items: usize,
    /// Whether it was used (`false`: a newer share of the same learner replaces it).
    pub used: bool,
}

/// Interface language of the sites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// French (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Language {
    /// The BCP 47 code (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }
}

/// The settings of `carnet.toml`.
#[derive(Debug, Clone)]
pub struct Config {
    /// Title of every site.
    pub title: String,
    /// Interface language.
    pub language: Language,
    /// Absolute URL where the *public* site is hosted, if known (for canonical links).
    pub base_url: Option<String>,
    /// Groups (communities).
    pub groups: Vec<Group>,
    /// Referents (advisers).
    pub referents: Vec<Referent>,
    /// Image limits and quality.
    pub images: ImageSettings,
    /// The age recipients of the learner's programme (`[programme] recipients`):
    /// `carnet share` encrypts to each of them.
    pub recipients: Vec<At<String>>,
    /// The programme as the issuer of signed attestations (`[issuer]`), if any.
    pub issuer: Option<IssuerSettings>,
    /// What the accessibility statement of every site says (`[accessibility]`).
    pub accessibility: Accessibility,
    /// The file, for locating errors.
    pub source: SourceFile,
}

/// `[issuer]` of `carnet.toml`: the programme that signs attestations, by its public
/// key only (the secret key never enters a journal; see `crate::credentials`).
#[derive(Debug, Clone)]
pub struct IssuerSettings {
    /// The programme's name (« Mission locale Rhône Sud »).
    pub name: String,
    /// The key new credentials are signed with (`public_key = "z6Mk…"`).
    pub public_key: crate::credentials::PublicKey,
    /// Earlier keys, still valid for what they signed (`previous_keys = [...]`).
    pub previous_keys: Vec<crate::credentials::PublicKey>,
}

/// Kind of a community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupKind {
    /// Young people in a programme.
    Learners,
    /// Advisers, trainers, social workers.
    Professionals,
    /// Companies and tutors.
    Employers,
}

/// A community: one site for its members' shared items.
#[derive(Debug, Clone)]
pub struct Group {
    /// Stable id, used in the output path `community/<slug>/`.
    pub slug: String,
    /// Where `slug` is written in `carnet.toml`.
    pub span: Range<usize>,
    /// Display name.
    pub name: String,
    /// Who the group is made of.
    pub kind: GroupKind,
    /// Whether the group's site is sealed: encrypted, readable only with one of its
    /// passphrases (`protect = true`; see `crate::seal`).
    pub protect: bool,
}

/// An adviser who follows learners.
#[derive(Debug, Clone)]
pub struct Referent {
    /// Stable id, used in the output path `referent/<slug>/`.
    pub slug: String,
    /// Where `slug` is written in `carnet.toml`.
    pub span: Range<usize>,
    /// Display name (e.g. « Nelly »).
    pub name: String,
    /// What the learners call them (« conseillère », « éducateur »), for the
    /// « Toi et ta conseillère Nelly » badge.
    pub role: Option<String>,
    /// Whether the referent's site is sealed: encrypted, readable only with one of
    /// its passphrases (`protect = true`; see `crate::seal`).
    pub protect: bool,
    /// The referent's own profile under `professionals/` (`professional = "slug"`),
    /// linked from the portraits they follow where it is visible.
    pub professional: Option<At<String>>,
}

/// `[accessibility]` of `carnet.toml`: what the *déclaration d'accessibilité* of
/// every site says (RGAA 4.1, article 47 of loi 2005-102). Every field is optional;
/// without an audit the sites are « non conformes », as the law says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Accessibility {
    /// Who publishes the sites (« Mission locale Rhône Sud »).
    pub organisation: Option<String>,
    /// Where to report an accessibility problem: an e-mail address or a web page.
    pub contact: Option<String>,
    /// The date of the RGAA audit, if one was made.
    pub audit_date: Option<date::Date>,
    /// Who made the audit.
    pub auditor: Option<String>,
    /// The audit's conformity rate, 0 to 100 (with an audit date only).
    pub rate: Option<f64>,
    /// The *schéma pluriannuel de mise en accessibilité*, if published.
    pub schema_url: Option<String>,
}

/// The conformity status an accessibility statement must give (RGAA 4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conformity {
    /// No audit, or under 50 % of the criteria met.
    None,
    /// 50 % or more, under 100 %.
    Partial,
    /// Every criterion met.
    Full,
}

impl Accessibility {
    /// The status: « non conforme » without an audit (the law's rule), else by rate.
    pub fn conformity(&self) -> Conformity {
        match (self.audit_date, self.rate) {
            (Some(_), Some(rate)) if rate >= 100.0 => Conformity::Full,
            (Some(_), Some(rate)) if rate >= 50.0 => Conformity::Partial,
            _ => Conformity::None,
        }
    }
}

impl Conformity {
    /// `non`, `partielle` or `totale`: the theme's key.
    pub fn keyword(self) -> &'static str {
        match self {
            Conformity::None => "none",
            Conformity::Partial => "partial",
            Conformity::Full => "full",
        }
    }
}

/// Limits and settings of the image step (`[images]` in `carnet.toml`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ImageSettings {
    /// Largest accepted photo, in pixels (width × height), checked before decoding.
    pub max_pixels: u64,
    /// Largest accepted photo file, in bytes.
    pub max_bytes: u64,
    /// JPEG quality of the outputs (1–100).
    pub quality: u8,
    /// Also make a WebP twin of every output, offered to browsers in a `<picture>`
    /// (about a third of the bytes, about three times the cold build time).
    pub webp: bool,
}

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings {
            max_pixels: 100_000_000,
            max_bytes: 64 * 1024 * 1024,
            quality: 82,
            webp: false,
        }
    }
}

/// One learner's folder: profile, experiences and stories.
#[derive(Debug, Clone)]
pub struct Learner {
    /// URL-safe id derived from the folder name.
    pub slug: String,
    /// Folder name under `learners/`.
    pub folder: String,
    /// `profile.md`.
    pub profile: Profile,
    /// Experiences, in date order.
    pub experiences: Vec<Experience>,
    /// Experience folders that failed to load (their errors are reported already).
    pub broken: Vec<String>,
    /// Whether `profile.md` failed to load: `profile` is then a stand-in, and no
    /// check may warn about it (its own error is reported already).
    pub broken_profile: bool,
    /// Stories, in slug order.
    pub stories: Vec<Story>,
    /// The contribution this learner was read from; `None` for a folder of
    /// `learners/`. A contributed learner has no private site in the programme's
    /// build: her own journal makes it.
    pub contribution: Option<Contribution>,
}

/// A professional's folder (`professionals/<folder>/`): profile and posts.
#[derive(Debug, Clone)]
pub struct Professional {
    /// URL-safe id derived from the folder name.
    pub slug: String,
    /// Folder name under `professionals/`.
    pub folder: String,
    /// `profile.md`.
    pub profile: ProProfile,
    /// Posts, in date order.
    pub posts: Vec<Post>,
}

/// A professional's `profile.md`.
#[derive(Debug, Clone)]
pub struct ProProfile {
    /// Display name.
    pub name: String,
    /// What they do (« conseillère en insertion »).
    pub role: Option<String>,
    /// Where (« Mission locale Rhône Sud »).
    pub organisation: Option<String>,
    /// Slugs of the groups they take part in.
    pub groups: Vec<At<String>>,
    /// Who may see the profile (and so anything of this professional).
    pub visibility: Visibility,
    /// With visibility `community`, the groups that see the profile (default: all
    /// of theirs but employers' groups, as for a learner).
    pub shared_with: Option<Vec<At<String>>>,
    /// The bio, Markdown.
    pub bio: String,
    /// The file, for locating errors.
    pub source: SourceFile,
}

/// A professional's post (`posts/<slug>.md`): a workshop announcement, feedback to
/// the group, an offer of an immersion day.
#[derive(Debug, Clone)]
pub struct Post {
    /// URL-safe id from the file name.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Date, and time when given.
    pub date: Date,
    /// Kind (atelier, retour, offre, ...).
    pub kind: Option<String>,
    /// Who may see it.
    pub visibility: Visibility,
    /// With visibility `community`, the groups (of the professional's) that see it.
    pub groups: Option<Vec<At<String>>>,
    /// The text, Markdown.
    pub body: String,
    /// The file, for locating errors.
    pub source: SourceFile,
}

/// `profile.md`: who the learner is.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Display name.
    pub name: String,
    /// One line under the name.
    pub headline: String,
    /// Avatar photo, a file in the learner folder.
    pub avatar: Option<Photo>,
    /// Slugs of the groups the learner belongs to.
    pub groups: Vec<At<String>>,
    /// Slug of the learner's referent.
    pub referent: Option<At<String>>,
    /// Whether the learner lets the public and employers' sites name their referent
    /// (`show_referent = true`): being followed by an adviser tells which programme
    /// a young person is in, so by default only the learner, the referent and the
    /// learner's own groups see who it is.
    pub show_referent: bool,
    /// Who may see the profile (and so anything of this learner).
    pub visibility: Visibility,
    /// With visibility `community`, the groups (of the learner's) that see the
    /// portrait (`shared_with = [...]`; `groups` already lists memberships); `None`
    /// means the default: every group of the learner but employers' groups.
    pub shared_with: Option<Vec<At<String>>>,
    /// Whether the learner's own site is sealed with her passphrase
    /// (`protect = true`; see `crate::seal`).
    pub protect: bool,
    /// The bio, Markdown.
    pub bio: String,
    /// Whether the learner publishes their signed attestations on the public site
    /// (`publish_badges = true`), as Open Badges files linked from the portrait.
    pub publish_badges: bool,
    /// The file, for locating errors.
    pub source: SourceFile,
}

/// One experience: a folder with `index.md` and photos.
#[derive(Debug, Clone)]
pub struct Experience {
    /// URL-safe id derived from the folder name.
    pub slug: String,
    /// Folder name under `experiences/` (stories refer to it).
    pub folder: String,
    /// Title.
    pub title: String,
    /// Date, and time when given.
    pub date: Date,
    /// Where it happened.
    pub place: Option<String>,
    /// Free tags.
    pub tags: Vec<String>,
    /// Skills used, each with the level reached when the learner gave one.
    pub skills: Vec<SkillUse>,
    /// Who vouches for it (a tutor, an employer), if anyone does, in the learner's
    /// words: shown as declared, never as verified.
    pub attestation: Option<Attestation>,
    /// The signed attestations of its folder (`credentials/*.json`), with what the
    /// build's verification found (`crate::credentials::verify_journal`).
    pub credentials: Vec<crate::credentials::StoredCredential>,
    /// Who may see it.
    pub visibility: Visibility,
    /// With visibility `community`, the groups (of the learner's) that see it
    /// (`groups = [...]`); `None` means the default: every group of the learner
    /// but employers' groups, which see only what is opened to them by name.
    pub groups: Option<Vec<At<String>>>,
    /// Kind of experience (stage, atelier, visite, formation, ...).
    pub kind: Option<String>,
    /// Photos, in display order.
    pub photos: Vec<Photo>,
    /// How photos of this experience are framed unless a photo says otherwise.
    pub framing: Framing,
    /// The text, Markdown.
    pub body: String,
    /// `index.md`, for locating errors.
    pub source: SourceFile,
}

/// A skill as an experience uses it: `"rigueur"` or `{ id = "autonomie", level = 3 }`.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillUse {
    /// The skill id, where it is written.
    pub id: At<String>,
    /// The level reached, 1 to [`skills::MAX_LEVEL`], when given.
    pub level: Option<u8>,
}

impl Deref for SkillUse {
    type Target = At<String>;
    fn deref(&self) -> &At<String> {
        &self.id
    }
}

impl From<&str> for SkillUse {
    /// A skill used without a level, written nowhere (made by code, or by a test).
    fn from(id: &str) -> Self {
        SkillUse {
            id: id.into(),
            level: None,
        }
    }
}

/// A tutor's or employer's word on an experience (`[attestation]`), after the
/// company-immersion (PMSMP) evaluation and the « garanti » mark of the *passeport
/// de compétences*.
#[derive(Debug, Clone, PartialEq)]
pub struct Attestation {
    /// Who attests (« Mme Durand »).
    pub name: String,
    /// Their role (« tutrice »).
    pub role: Option<String>,
    /// Their organisation (« Boulangerie Martin »).
    pub organisation: Option<String>,
    /// When they attested.
    pub date: Option<Date>,
    /// A short quote of theirs.
    pub quote: Option<String>,
    /// The skills they vouch for, among the experience's (`None`: all of them).
    pub skills: Option<Vec<At<String>>>,
}

impl Attestation {
    /// Whether this attestation vouches for skill `id`.
    pub fn covers(&self, id: &str) -> bool {
        self.skills
            .as_ref()
            .is_none_or(|list| list.iter().any(|s| s == id))
    }
}

/// A photo file with its description.
#[derive(Debug, Clone)]
pub struct Photo {
    /// Path of the file (journal root joined).
    pub path: PathBuf,
    /// The name as written in the journal (relative to its folder).
    pub file: String,
    /// Text alternative for people who cannot see it.
    pub alt: Option<String>,
    /// Caption shown under it.
    pub caption: Option<String>,
    /// Framing asked for this photo (overrides the experience's).
    pub framing: Framing,
    /// The photo inside a contribution, read from there when needed (`path` is then
    /// the place shown in messages, which exists on no disk).
    pub packed: Option<crate::share::PackedFile>,
}

/// How a story is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StoryLayout {
    /// Chronological, text beside photos.
    #[default]
    Journal,
    /// A photo grid with captions.
    Mosaic,
    /// One experience per screen.
    Slides,
}

/// A story: a narrative told through several experiences.
#[derive(Debug, Clone)]
pub struct Story {
    /// URL-safe id from the file name.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Optional date.
    pub date: Option<Date>,
    /// Who may see it.
    pub visibility: Visibility,
    /// With visibility `community`, the groups that see it (as for an experience).
    pub groups: Option<Vec<At<String>>>,
    /// Experience folder names, in narrative order.
    pub experiences: Vec<At<String>>,
    /// Layout.
    pub layout: StoryLayout,
    /// Cover photo as `folder/file` of one of its experiences.
    pub cover: Option<At<String>>,
    /// How photos are framed in this story.
    pub framing: Framing,
    /// The intro, Markdown.
    pub body: String,
    /// The file, for locating errors.
    pub source: SourceFile,
}

impl Journal {
    /// Looks a group up by slug.
    pub fn group(&self, slug: &str) -> Option<&Group> {
        self.config.groups.iter().find(|g| g.slug == slug)
    }

    /// Looks a referent up by slug.
    pub fn referent(&self, slug: &str) -> Option<&Referent> {
        self.config.referents.iter().find(|r| r.slug == slug)
    }

    /// Looks a professional up by slug.
    pub fn professional(&self, slug: &str) -> Option<&Professional> {
        self.professionals.iter().find(|p| p.slug == slug)
    }

    /// Looks a skill up by id.
    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }
}
