//! Who reads a site ([`Audience`]) and what they may see ([`AudienceView`]).
//!
//! This is the one place where visibility is applied. [`view`] copies out of the
//! [`Journal`] only the items an audience may see, and only what is derived from
//! them (photos, tags, skill counts, story members, group memberships). Everything
//! after this stage (templates, image jobs, pages, indexes) is built from an
//! [`AudienceView`] and never sees the journal, so a hidden item cannot leak by a
//! template or image mistake.
//!
//! The boundary is a type: every view type has a private field, so [`view`] is the
//! only way to make one, and an [`AudienceView`] hands out its learners only by
//! shared reference, so nothing after this stage can add to it.
//!
//! Group membership is itself private: the public site names no group (being in a
//! « Garantie Jeunes » group says something about a young person), a group's site
//! names only that group, and only the learner's referent and the learner see all
//! of them.
//!
//! A learner in several groups chooses which of them see a community item
//! (`groups = [...]`, `shared_with = [...]` for the portrait); an employers' group
//! sees only what is opened to it by name, plus public items ([`group_sees`]).
//!
//! [`evidence`] says, for the leak check of every build, what would give each item
//! away (its distinctive strings and photos) and which items a view leaves out: the
//! complement of [`view`], computed here so that both follow the same rules.

pub mod evidence;

pub use evidence::{evidence, Evidence};
pub use pros::{PostView, ProfessionalView};

mod pros;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::journal::{
    At, Attestation, Date, Experience, Framing, GroupKind, Journal, Language, Learner, Photo,
    Referent, Skill, StoryLayout, Visibility,
};

/// The reader of one site.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Audience {
    /// Everyone: public items of all learners.
    Public,
    /// A group's members: community and public items of its members.
    Community(String),
    /// A referent: referent, community and public items of the learners they follow.
    Referent(String),
    /// One learner: all their own items.
    Private(String),
    /// One learner's programme (her referent and her groups), as her own journal
    /// shares with it: what a contribution holds (`crate::share`). Never a site.
    Programme(String),
    /// What one learner's referent sees **of that learner**: the referent site
    /// restricted to this learner's own items, without the professionals' posts.
    /// Built by the preview only (`carnet serve`), for the learner's own link:
    /// « ce que voit ta conseillère de toi ». Never written by `carnet build`.
    SeenByReferent(String),
}

impl Audience {
    /// Every audience of the journal: public, each group, each referent, each learner
    /// whose folder the journal holds (a learner who contributes builds her own
    /// private site from her own journal).
    pub fn all(journal: &Journal) -> Vec<Audience> {
        std::iter::once(Audience::Public)
            .chain(
                journal
                    .config
                    .groups
                    .iter()
                    .map(|g| Audience::Community(g.slug.clone())),
            )
            .chain(
                journal
                    .config
                    .referents
                    .iter()
                    .map(|r| Audience::Referent(r.slug.clone())),
            )
            .chain(
                journal
                    .learners
                    .iter()
                    .filter(|l| l.contribution.is_none())
                    .map(|l| Audience::Private(l.slug.clone())),
            )
            .collect()
    }

    /// Folder of this audience's site inside the output folder.
    pub fn dir(&self) -> PathBuf {
        match self {
            Audience::Public => PathBuf::from("public"),
            Audience::Community(g) => PathBuf::from("community").join(g),
            Audience::Referent(r) => PathBuf::from("referent").join(r),
            Audience::Private(l) => PathBuf::from("private").join(l),
            Audience::Programme(l) => PathBuf::from("programme").join(l),
            Audience::SeenByReferent(l) => PathBuf::from("seen-by-referent").join(l),
        }
    }

    /// Whether this audience may see an item of `learner` with visibility `vis`,
    /// shown to the groups `targets` (`groups = [...]` of a community item; `None`
    /// when the item names none). See [`group_sees`] for what a group sees.
    pub fn may_see(
        &self,
        journal: &Journal,
        learner: &Learner,
        vis: Visibility,
        targets: Option<&[At<String>]>,
    ) -> bool {
        match self {
            Audience::Public => vis == Visibility::Public,
            Audience::Community(g) => {
                learner.profile.groups.iter().any(|x| x == g)
                    && journal
                        .group(g)
                        .is_some_and(|group| group_sees(&group.slug, group.kind, vis, targets))
            }
            Audience::Referent(r) => {
                vis >= Visibility::Referent
                    && learner.profile.referent.as_deref().map(String::as_str) == Some(r.as_str())
            }
            Audience::Private(l) => &learner.slug == l,
            // What her referent or any of her groups may see, and nothing else.
            Audience::Programme(l) => {
                &learner.slug == l
                    && (learner.profile.referent.as_ref().is_some_and(|r| {
                        Audience::Referent(r.value.clone()).may_see(journal, learner, vis, targets)
                    }) || learner.profile.groups.iter().any(|g| {
                        Audience::Community(g.value.clone()).may_see(journal, learner, vis, targets)
                    }))
            }
            // What her referent may see of her, and nothing of anyone else.
            Audience::SeenByReferent(l) => {
                &learner.slug == l
                    && learner.profile.referent.as_ref().is_some_and(|r| {
                        Audience::Referent(r.value.clone()).may_see(journal, learner, vis, targets)
                    })
            }
        }
    }

    /// Whether the site may be indexed by search engines (only the public one).
    pub fn indexable(&self) -> bool {
        matches!(self, Audience::Public)
    }
}

impl std::fmt::Display for Audience {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.dir().display())
    }
}

/// A group as a site may show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GroupView {
    /// Slug.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Kind of members.
    pub kind: GroupKind,
}

/// Whether the group `slug` (of kind `kind`), of which the learner is a member,
/// sees an item of visibility `vis` shown to `targets`.
///
/// A public item is seen by every group. A community item naming its groups
/// (`groups = ["employeurs"]`) is seen by those only; one naming none is seen by
/// every group of the learner except employers' groups: an employers' site shows
/// only what a learner opened to it by name, plus public items.
pub fn group_sees(
    slug: &str,
    kind: GroupKind,
    vis: Visibility,
    targets: Option<&[At<String>]>,
) -> bool {
    match vis {
        Visibility::Public => true,
        Visibility::Community => match targets {
            Some(named) => named.iter().any(|t| t == slug),
            None => kind != GroupKind::Employers,
        },
        Visibility::Referent | Visibility::Private => false,
    }
}

/// The private field of every view type: no code outside this module can make one.
#[derive(Debug, Clone, Copy)]
struct Sealed;

/// Everything one audience may see, copied out of the journal. Made only by [`view`].
#[derive(Debug, Clone)]
pub struct AudienceView {
    audience: Audience,
    reader: Option<String>,
    group_kind: Option<GroupKind>,
    title: String,
    language: Language,
    base_url: Option<String>,
    learners: Vec<LearnerView>,
    professionals: Vec<ProfessionalView>,
    skill_order: Vec<String>,
    issuer_files: Option<IssuerFiles>,
    accessibility: crate::journal::Accessibility,
}

impl AudienceView {
    /// The accessibility statement's settings (`[accessibility]` of `carnet.toml`):
    /// the same on every site, nothing of any item.
    pub fn accessibility(&self) -> &crate::journal::Accessibility {
        &self.accessibility
    }

    /// The place of skill `id` in the framework (`skills.toml` order), for sorting;
    /// an id the framework lacks comes last.
    pub fn skill_rank(&self, id: &str) -> usize {
        self.skill_order
            .iter()
            .position(|s| s == id)
            .unwrap_or(usize::MAX)
    }

    /// Who reads this site.
    pub fn audience(&self) -> &Audience {
        &self.audience
    }

    /// Display name of the reader: the group, referent or learner name (none for public).
    pub fn reader(&self) -> Option<&str> {
        self.reader.as_deref()
    }

    /// Kind of the reading group, on a group's site.
    pub fn group_kind(&self) -> Option<GroupKind> {
        self.group_kind
    }

    /// Site title (`carnet.toml`).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Interface language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Absolute base URL, only for the public site.
    pub fn base_url(&self) -> Option<&str> {
        self.base_url.as_deref()
    }

    /// The issuer's DID document and revocation list: public site only.
    pub fn issuer_files(&self) -> Option<&IssuerFiles> {
        self.issuer_files.as_ref()
    }

    /// Visible learners, in slug order.
    pub fn learners(&self) -> &[LearnerView] {
        &self.learners
    }

    /// Visible professionals (with their visible posts), in slug order.
    pub fn professionals(&self) -> &[ProfessionalView] {
        &self.professionals
    }

    /// A visible professional, by slug.
    pub fn professional(&self, slug: &str) -> Option<&ProfessionalView> {
        self.professionals.iter().find(|p| p.slug == slug)
    }

    /// Every photo the view may show: avatars and experience photos (story covers
    /// are photos of their experiences).
    pub fn photos(&self) -> impl Iterator<Item = &Photo> {
        self.learners.iter().flat_map(|l| {
            l.avatar
                .iter()
                .chain(l.experiences.iter().flat_map(|e| e.photos.iter()))
        })
    }
}

/// A learner whose profile the audience may see, with their visible items only.
#[derive(Debug, Clone)]
pub struct LearnerView {
    /// Slug (URL part).
    pub slug: String,
    /// Name.
    pub name: String,
    /// Headline.
    pub headline: String,
    /// Avatar photo.
    pub avatar: Option<Photo>,
    /// Bio, Markdown.
    pub bio: String,
    /// Visibility of the profile.
    pub visibility: Visibility,
    /// The learner's groups that this audience may know of (none on the public
    /// site, the reader's group on a group's site, all of them for the referent and
    /// the learner).
    pub groups: Vec<GroupView>,
    /// The learner's referent.
    pub referent: Option<Referent>,
    /// Visible experiences, in date order.
    pub experiences: Vec<ExperienceView>,
    /// Visible stories.
    pub stories: Vec<StoryView>,
    /// Skills proven by visible experiences, in framework order.
    pub skills: Vec<SkillProof>,
    /// Groups that see the profile, of those this audience may know of.
    pub shared_with: Vec<GroupView>,
    _sealed: Sealed,
}

/// An experience the audience may see.
#[derive(Debug, Clone)]
pub struct ExperienceView {
    /// Slug (URL part).
    pub slug: String,
    /// Folder name under `experiences/` (what a contribution's stories name).
    pub folder: String,
    /// Title.
    pub title: String,
    /// Date.
    pub date: Date,
    /// Place.
    pub place: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Skills used (the framework entries), with their level and whether the
    /// attestation vouches for them.
    pub skills: Vec<UsedSkill>,
    /// Who vouches for it in the learner's words (`[attestation]`): shown only
    /// because the experience itself is visible, and only as declared.
    pub attestation: Option<Attestation>,
    /// Its signed attestations that verified at build time, or that verified but
    /// are to renew (the experience changed since): shown only because the
    /// experience itself is visible.
    pub badges: Vec<BadgeView>,
    /// Visibility.
    pub visibility: Visibility,
    /// Groups that see it, of those this audience may know of (community items).
    pub shared_with: Vec<GroupView>,
    /// Kind (stage, atelier, ...).
    pub kind: Option<String>,
    /// Photos.
    pub photos: Vec<Photo>,
    /// Framing of its photos.
    pub framing: Framing,
    /// Text, Markdown.
    pub body: String,
    _sealed: Sealed,
}

/// A story the audience may see, with only the experiences it may see.
#[derive(Debug, Clone)]
pub struct StoryView {
    /// Slug (URL part).
    pub slug: String,
    /// Title.
    pub title: String,
    /// Date.
    pub date: Option<Date>,
    /// Visibility.
    pub visibility: Visibility,
    /// Groups that see it, of those this audience may know of (community items).
    pub shared_with: Vec<GroupView>,
    /// Layout.
    pub layout: StoryLayout,
    /// Cover photo, when its experience is visible.
    pub cover: Option<Photo>,
    /// Framing of its photos.
    pub framing: Framing,
    /// Intro, Markdown.
    pub body: String,
    /// Slugs of its visible experiences, in narrative order.
    pub experiences: Vec<String>,
    _sealed: Sealed,
}

/// A skill and the visible experiences that prove it.
#[derive(Debug, Clone)]
pub struct SkillProof {
    /// The skill.
    pub skill: Skill,
    /// Slugs of the visible experiences using it: attested ones first, each part in
    /// date order.
    pub experiences: Vec<String>,
    /// The best level reached over those experiences, when any gave one.
    pub best_level: Option<u8>,
    /// How many of those experiences a signed attestation that verified vouches for
    /// (declared attestations do not count).
    pub attested: usize,
    _sealed: Sealed,
}

/// A skill as a visible experience uses it.
#[derive(Debug, Clone)]
pub struct UsedSkill {
    /// The framework entry.
    pub skill: Skill,
    /// The level reached (1–4), when the learner gave one.
    pub level: Option<u8>,
    /// Whether a signed attestation that verified vouches for it.
    pub attested: bool,
    /// Where the claim comes from.
    pub backing: Backing,
}

/// Where a skill's claim on an experience comes from, as a page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backing {
    /// The learner's own word (« déclaré par moi »).
    Learner,
    /// An `[attestation]` the learner wrote: the attester's words, not verified.
    Declared,
    /// A signed attestation, but the experience changed since it was signed.
    Renew,
    /// A signed attestation that verified at build time.
    Verified,
}

/// A signed attestation (one skill) as a site that shows its experience shows it.
#[derive(Debug, Clone)]
pub struct BadgeView {
    /// What it says (read after its signature verified).
    pub claim: crate::credentials::Claim,
    /// Whether it verified for the experience as it is now (else: to renew).
    pub verified: bool,
    /// Its id in published file names (`<learner>/badges/<id>.json`).
    pub id: String,
    /// The credential as signed, byte for byte: only on the public site, only when
    /// it verified, and only for a learner who publishes their badges.
    pub published: Option<String>,
    _sealed: Sealed,
}

/// The issuer's public files, for the public site only (with `base_url` and
/// `[issuer]`): its DID document and its signed revocation list.
#[derive(Debug, Clone)]
pub struct IssuerFiles {
    /// `issuer/did.json`.
    pub did_document: String,
    /// `issuer/status/1.json`, when the journal has a list that verifies.
    pub status_list: Option<String>,
}

impl std::ops::Deref for UsedSkill {
    type Target = Skill;
    fn deref(&self) -> &Skill {
        &self.skill
    }
}

/// Builds what `audience` may see of `journal`.
pub fn view(journal: &Journal, audience: &Audience) -> AudienceView {
    let learners = journal
        .learners
        .iter()
        .filter(|l| {
            audience.may_see(
                journal,
                l,
                l.profile.visibility,
                l.profile.shared_with.as_deref(),
            )
        })
        .map(|l| learner_view(journal, audience, l))
        .collect();
    let reader = match audience {
        Audience::Public => None,
        Audience::Community(g) => journal.group(g).map(|g| g.name.clone()),
        Audience::Referent(r) => journal.referent(r).map(|r| r.name.clone()),
        Audience::Private(l) => journal
            .learners
            .iter()
            .find(|x| &x.slug == l)
            .map(|x| x.profile.name.clone()),
        Audience::Programme(l) | Audience::SeenByReferent(l) => journal
            .learners
            .iter()
            .find(|x| &x.slug == l)
            .and_then(|x| x.profile.referent.as_deref())
            .and_then(|r| journal.referent(r))
            .map(|r| r.name.clone()),
    };
    AudienceView {
        audience: audience.clone(),
        reader,
        group_kind: match audience {
            Audience::Community(g) => journal.group(g).map(|g| g.kind),
            _ => None,
        },
        title: journal.config.title.clone(),
        language: journal.config.language,
        base_url: journal
            .config
            .base_url
            .clone()
            .filter(|_| audience.indexable()),
        learners,
        professionals: pros::views(journal, audience),
        skill_order: journal.skills.iter().map(|s| s.id.clone()).collect(),
        issuer_files: issuer_files(journal, audience),
        accessibility: journal.config.accessibility.clone(),
    }
}

/// The issuer's public files, on the public site when the journal has an issuer.
fn issuer_files(journal: &Journal, audience: &Audience) -> Option<IssuerFiles> {
    if *audience != Audience::Public {
        return None;
    }
    let issuer = crate::credentials::Issuer::of(&journal.config)?;
    let pretty = |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
    Some(IssuerFiles {
        did_document: pretty(&crate::credentials::did::document(&issuer)),
        status_list: crate::credentials::status_list(&journal.root, &issuer)
            .ok()
            .flatten()
            .map(|(value, _)| pretty(&value)),
    })
}

/// The groups of `learner` that `audience` may know the learner belongs to.
fn known_groups(journal: &Journal, audience: &Audience, learner: &Learner) -> Vec<GroupView> {
    known_of(journal, audience, &learner.profile.groups)
}

/// Whether `audience` may know who `learner`'s referent is. Being followed by an
/// adviser of a Mission locale or a training centre says which programme a young
/// person is in, as a group membership does (issue 21: « Accompagné·e par Nelly »
/// on a public portrait, linking to « J'accompagne les jeunes de la Garantie
/// Jeunes »). So: the learner, the referent, and the learner's own learners' and
/// professionals' groups know it; the public and employers' groups only when the
/// learner says so (`show_referent = true`).
fn names_referent(journal: &Journal, audience: &Audience, learner: &Learner) -> bool {
    match audience {
        // A contribution goes to the programme, which is her referent.
        Audience::Private(_)
        | Audience::Referent(_)
        | Audience::Programme(_)
        | Audience::SeenByReferent(_) => true,
        Audience::Community(g) => {
            learner.profile.show_referent
                || journal
                    .group(g)
                    .is_some_and(|g| g.kind != GroupKind::Employers)
        }
        Audience::Public => learner.profile.show_referent,
    }
}

/// The groups of `groups` (a profile's memberships) that `audience` may know of.
fn known_of(journal: &Journal, audience: &Audience, groups: &[At<String>]) -> Vec<GroupView> {
    groups
        .iter()
        .filter(|g| match audience {
            Audience::Public => false,
            Audience::Community(reader) => **g == *reader,
            Audience::Referent(_)
            | Audience::Private(_)
            | Audience::Programme(_)
            | Audience::SeenByReferent(_) => true,
        })
        .filter_map(|g| journal.group(g))
        .map(|g| GroupView {
            slug: g.slug.clone(),
            name: g.name.clone(),
            kind: g.kind,
        })
        .collect()
}

/// The groups (of `known`) that see a community item shown to `targets`; none
/// for an item of another visibility.
fn shared_with(
    known: &[GroupView],
    vis: Visibility,
    targets: Option<&[At<String>]>,
) -> Vec<GroupView> {
    if vis != Visibility::Community {
        return Vec::new();
    }
    known
        .iter()
        .filter(|g| group_sees(&g.slug, g.kind, vis, targets))
        .cloned()
        .collect()
}

fn learner_view(journal: &Journal, audience: &Audience, learner: &Learner) -> LearnerView {
    let groups = known_groups(journal, audience, learner);
    let visible: Vec<&Experience> = learner
        .experiences
        .iter()
        .filter(|e| audience.may_see(journal, learner, e.visibility, e.groups.as_deref()))
        .collect();
    let publish = *audience == Audience::Public && learner.profile.publish_badges;
    let experiences: Vec<ExperienceView> = visible
        .iter()
        .map(|e| experience_view(journal, e, &groups, publish))
        .collect();
    let stories = learner
        .stories
        .iter()
        .filter(|s| audience.may_see(journal, learner, s.visibility, s.groups.as_deref()))
        .map(|story| {
            let members = story
                .experiences
                .iter()
                .filter_map(|folder| visible.iter().find(|e| **folder == e.folder))
                .map(|e| e.slug.clone())
                .collect();
            let cover = story.cover.as_ref().and_then(|c| {
                let (folder, file) = c.split_once('/')?;
                let exp = visible.iter().find(|e| e.folder == folder)?;
                exp.photos.iter().find(|p| p.file == file).cloned()
            });
            StoryView {
                slug: story.slug.clone(),
                title: story.title.clone(),
                date: story.date,
                visibility: story.visibility,
                shared_with: shared_with(&groups, story.visibility, story.groups.as_deref()),
                layout: story.layout,
                cover,
                framing: story.framing,
                body: story.body.clone(),
                experiences: members,
                _sealed: Sealed,
            }
        })
        .collect();
    LearnerView {
        slug: learner.slug.clone(),
        name: learner.profile.name.clone(),
        headline: learner.profile.headline.clone(),
        avatar: learner.profile.avatar.clone(),
        bio: learner.profile.bio.clone(),
        visibility: learner.profile.visibility,
        shared_with: shared_with(
            &groups,
            learner.profile.visibility,
            learner.profile.shared_with.as_deref(),
        ),
        groups,
        referent: learner
            .profile
            .referent
            .as_deref()
            .filter(|_| names_referent(journal, audience, learner))
            .and_then(|r| journal.referent(r))
            .cloned(),
        skills: skill_proofs(journal, &experiences),
        experiences,
        stories,
        _sealed: Sealed,
    }
}

fn experience_view(
    journal: &Journal,
    e: &Experience,
    groups: &[GroupView],
    publish: bool,
) -> ExperienceView {
    use crate::credentials::State;
    let badges: Vec<BadgeView> = e
        .credentials
        .iter()
        .filter_map(|c| {
            let (claim, verified) = match &c.state {
                State::Verified(claim) => (claim, true),
                State::Stale(claim) => (claim, false),
                _ => return None,
            };
            Some(BadgeView {
                id: crate::credentials::file_id(claim),
                claim: claim.clone(),
                verified,
                published: (verified && publish).then(|| c.text.clone()),
                _sealed: Sealed,
            })
        })
        .collect();
    let backing = |id: &str| {
        let signed = badges.iter().filter(|b| b.claim.skill == id);
        if signed.clone().any(|b| b.verified) {
            Backing::Verified
        } else if signed.count() > 0 {
            Backing::Renew
        } else if e.attestation.as_ref().is_some_and(|a| a.covers(id)) {
            Backing::Declared
        } else {
            Backing::Learner
        }
    };
    ExperienceView {
        slug: e.slug.clone(),
        folder: e.folder.clone(),
        title: e.title.clone(),
        date: e.date,
        place: e.place.clone(),
        tags: e.tags.clone(),
        skills: e
            .skills
            .iter()
            .filter_map(|s| {
                let backing = backing(s);
                Some(UsedSkill {
                    skill: journal.skill(s)?.clone(),
                    level: s.level,
                    attested: backing == Backing::Verified,
                    backing,
                })
            })
            .collect(),
        attestation: e.attestation.clone(),
        badges,
        visibility: e.visibility,
        shared_with: shared_with(groups, e.visibility, e.groups.as_deref()),
        kind: e.kind.clone(),
        photos: e.photos.clone(),
        framing: e.framing,
        body: e.body.clone(),
        _sealed: Sealed,
    }
}

/// Counts skills over the *visible* experiences only, in framework order.
fn skill_proofs(journal: &Journal, experiences: &[ExperienceView]) -> Vec<SkillProof> {
    let mut by_id: BTreeMap<usize, (SkillProof, Vec<String>)> = BTreeMap::new();
    for exp in experiences {
        for used in &exp.skills {
            let Some(rank) = journal.skills.iter().position(|s| s.id == used.id) else {
                continue;
            };
            let (proof, declared) = by_id.entry(rank).or_insert_with(|| {
                let proof = SkillProof {
                    skill: used.skill.clone(),
                    experiences: Vec::new(),
                    best_level: None,
                    attested: 0,
                    _sealed: Sealed,
                };
                (proof, Vec::new())
            });
            proof.best_level = proof.best_level.max(used.level);
            if used.attested {
                proof.attested += 1;
                proof.experiences.push(exp.slug.clone());
            } else {
                declared.push(exp.slug.clone());
            }
        }
    }
    by_id
        .into_values()
        .map(|(mut proof, declared)| {
            proof.experiences.extend(declared);
            proof
        })
        .collect()
}

#[cfg(test)]
mod tests;
