//! The shapes of carnet's files as serde reads them (`carnet.toml`, `skills.toml`
//! and every front matter), before they become the [`Journal`](super::super::Journal)'s
//! types. Every shape denies unknown keys: a typo such as `visibilty` is an error,
//! never a silent default. Values that a check may point at keep their span
//! (`Spanned`), made relative to the whole file by [`SourceFile::at`](super::super::SourceFile::at).
//!
//! Framing fields (`fit`, `aspect`, `focus`) are written out in each shape rather
//! than flattened: `serde(flatten)` would lose the location of unknown-key errors.

use serde::Deserialize;
use toml::value::Datetime;
use toml::Spanned;

use crate::journal::{Fit, GroupKind, Language, StoryLayout, Visibility};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    pub(super) title: String,
    #[serde(default)]
    pub(super) language: Language,
    pub(super) base_url: Option<String>,
    #[serde(default)]
    pub(super) groups: Vec<RawGroup>,
    #[serde(default)]
    pub(super) referents: Vec<RawReferent>,
    #[serde(default)]
    pub(super) images: RawImages,
    pub(super) programme: Option<RawProgramme>,
    pub(super) issuer: Option<RawIssuer>,
    #[serde(default)]
    pub(super) accessibility: RawAccessibility,
}

/// `[accessibility]`: what the accessibility statement of every site says.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAccessibility {
    #[serde(alias = "organization")]
    pub(super) organisation: Option<String>,
    pub(super) contact: Option<Spanned<String>>,
    pub(super) audit_date: Option<Spanned<toml::Value>>,
    pub(super) auditor: Option<String>,
    pub(super) rate: Option<Spanned<toml::Value>>,
    pub(super) schema_url: Option<Spanned<String>>,
}

/// `[issuer]`: the programme that signs attestations, by its public key.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIssuer {
    pub(super) name: String,
    pub(super) public_key: Spanned<String>,
    #[serde(default)]
    pub(super) previous_keys: Vec<Spanned<String>>,
}

/// `[programme]` of a learner's own journal: where her shares go.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProgramme {
    #[serde(default)]
    pub(super) recipients: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGroup {
    pub(super) slug: Spanned<String>,
    pub(super) name: String,
    pub(super) kind: GroupKind,
    #[serde(default)]
    pub(super) protect: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReferent {
    pub(super) slug: Spanned<String>,
    pub(super) name: String,
    pub(super) role: Option<String>,
    #[serde(default)]
    pub(super) protect: bool,
    pub(super) professional: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProProfile {
    pub(super) name: String,
    pub(super) role: Option<String>,
    #[serde(alias = "organization")]
    pub(super) organisation: Option<String>,
    #[serde(default)]
    pub(super) groups: Vec<Spanned<String>>,
    pub(super) visibility: Option<Visibility>,
    pub(super) shared_with: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPost {
    pub(super) title: String,
    pub(super) date: Spanned<Datetime>,
    pub(super) kind: Option<String>,
    pub(super) visibility: Option<Visibility>,
    pub(super) groups: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawImages {
    pub(super) max_pixels: Option<u64>,
    pub(super) max_bytes: Option<u64>,
    pub(super) quality: Option<Spanned<u8>>,
    pub(super) webp: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSkills {
    #[serde(default)]
    pub(super) skills: Vec<RawSkill>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSkill {
    pub(super) id: Spanned<String>,
    pub(super) label: RawLabel,
    #[serde(default)]
    pub(super) category: Option<String>,
    pub(super) description: Option<RawLabel>,
    pub(super) reference: Option<Spanned<String>>,
}

/// A text of `skills.toml`: one for every language, or `{ fr = "…", en = "…" }`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawLabel {
    One(String),
    Each { fr: String, en: Option<String> },
}

impl RawLabel {
    /// The text in `language` (French when no English one is given).
    pub(super) fn pick(self, language: Language) -> String {
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
pub(super) struct RawAttestation {
    pub(super) name: String,
    pub(super) role: Option<String>,
    #[serde(alias = "organization")]
    pub(super) organisation: Option<String>,
    pub(super) date: Option<Spanned<Datetime>>,
    pub(super) quote: Option<String>,
    pub(super) skills: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProfile {
    pub(super) name: String,
    #[serde(default)]
    pub(super) headline: String,
    pub(super) avatar: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) groups: Vec<Spanned<String>>,
    pub(super) referent: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) show_referent: bool,
    pub(super) visibility: Option<Visibility>,
    pub(super) shared_with: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(super) protect: bool,
    #[serde(default)]
    pub(super) publish_badges: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExperience {
    pub(super) title: String,
    pub(super) date: Spanned<Datetime>,
    pub(super) place: Option<String>,
    #[serde(default)]
    pub(super) tags: Vec<String>,
    #[serde(default)]
    pub(super) skills: Vec<Spanned<toml::Value>>,
    pub(super) attestation: Option<RawAttestation>,
    pub(super) visibility: Option<Visibility>,
    pub(super) groups: Option<Vec<Spanned<String>>>,
    pub(super) kind: Option<String>,
    pub(super) photos: Option<Vec<RawPhoto>>,
    pub(super) fit: Option<Fit>,
    pub(super) aspect: Option<Spanned<String>>,
    pub(super) focus: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhoto {
    pub(super) file: Spanned<String>,
    pub(super) alt: Option<String>,
    pub(super) caption: Option<String>,
    pub(super) fit: Option<Fit>,
    pub(super) aspect: Option<Spanned<String>>,
    pub(super) focus: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStory {
    pub(super) title: String,
    pub(super) date: Option<Spanned<Datetime>>,
    pub(super) visibility: Option<Visibility>,
    pub(super) groups: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(super) experiences: Vec<Spanned<String>>,
    pub(super) layout: Option<StoryLayout>,
    pub(super) cover: Option<Spanned<String>>,
    pub(super) fit: Option<Fit>,
    pub(super) aspect: Option<Spanned<String>>,
    pub(super) focus: Option<Spanned<String>>,
}
