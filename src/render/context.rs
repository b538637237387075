//! Template-only data: small serializable structs made from an
//! [`crate::audience::AudienceView`], each field documented. Templates see nothing
//! else: every page gets `site` ([`SiteCtx`]), `meta` ([`MetaCtx`]), `t` (the
//! interface strings), `root` (relative path to the site root), `page_title` and
//! `page_path`, plus the fields of its own page struct (the `*Page` structs below).

use serde::Serialize;

/// What every page knows about its site.
#[derive(Debug, Clone, Serialize)]
pub struct SiteCtx {
    /// Site title.
    pub title: String,
    /// `fr` or `en`.
    pub lang: &'static str,
    /// `public`, `community`, `referent` or `private`.
    pub audience: &'static str,
    /// Who reads the site, in words (« Site du groupe Garantie Jeunes : visible
    /// par ses membres »).
    pub audience_label: String,
    /// The site's colour: `public`, `learners`, `professionals`, `employers` (the
    /// kind of a group's site), `referent` or `private` (class `accent-…`).
    pub accent: &'static str,
    /// Kind of the reading group on a group's site (`learners`, `professionals`,
    /// `employers`), empty elsewhere.
    pub group_kind: &'static str,
    /// Whether search engines must not index it.
    pub noindex: bool,
    /// Whether items carry a visibility badge (every site but the public one).
    pub show_visibility: bool,
    /// Absolute URL of the site root, public site with `base_url` only.
    pub base_url: Option<String>,
    /// Whether the site has a Talents page (public and employers' sites).
    pub talents: bool,
    /// Whether the site shows professionals (`pros/index.html`).
    pub pros: bool,
    /// Whether the site has an Atom feed (`atom.xml`: public site with `base_url`).
    pub atom: bool,
    /// The footer's link to the accessibility statement, with its status
    /// (« Accessibilité : non conforme »).
    pub accessibility: String,
}

/// A visibility badge.
#[derive(Debug, Clone, Serialize)]
pub struct VisibilityCtx {
    /// `private`, `referent`, `community` or `public`.
    pub level: &'static str,
    /// Who sees it, in plain words.
    pub label: String,
    /// The same, short enough for a badge on a card (« Groupe Garantie Jeunes »
    /// rather than « Les membres du groupe Garantie Jeunes »).
    pub short: String,
}

/// One image as an `img` element: a default source and a `srcset`.
#[derive(Debug, Clone, Serialize)]
pub struct ImageCtx {
    /// Default `src` (relative URL).
    pub src: String,
    /// `srcset` with width descriptors.
    pub srcset: String,
    /// The same widths as WebP, for a `<picture>` source (empty when the journal
    /// does not ask for WebP).
    pub webp_srcset: String,
    /// Width of the default source.
    pub width: u32,
    /// Height of the default source.
    pub height: u32,
    /// URL of the largest variant (the « see in full size » link).
    pub large: String,
    /// Width of the largest variant.
    pub large_width: u32,
    /// Height of the largest variant.
    pub large_height: u32,
}

/// A photo with its words.
#[derive(Debug, Clone, Serialize)]
pub struct PhotoCtx {
    /// The shown image.
    pub img: ImageCtx,
    /// Text alternative (empty when the learner gave none).
    pub alt: String,
    /// Caption.
    pub caption: Option<String>,
    /// Whether the photo is wider than tall.
    pub landscape: bool,
}

/// A learner on a list.
#[derive(Debug, Clone, Serialize)]
pub struct LearnerCard {
    /// Relative URL of the portrait.
    pub url: String,
    /// Name.
    pub name: String,
    /// Headline.
    pub headline: String,
    /// Square avatar.
    pub avatar: Option<ImageCtx>,
    /// Visible experiences.
    pub experience_count: usize,
    /// The same, in words (« 1 expérience », « 3 expériences »).
    pub experience_count_text: String,
}

/// An experience on a list (timeline, home, story).
#[derive(Debug, Clone, Serialize)]
pub struct ExperienceCard {
    /// Slug, for anchors.
    pub slug: String,
    /// Relative URL of its page.
    pub url: String,
    /// Title.
    pub title: String,
    /// Date as people read it.
    pub date: String,
    /// ISO date for `<time datetime>`.
    pub date_iso: String,
    /// Year, for grouping the timeline.
    pub year: u16,
    /// Kind keyword.
    pub kind: Option<String>,
    /// Kind as a label.
    pub kind_label: Option<String>,
    /// Place.
    pub place: Option<String>,
    /// Cropped thumbnail of the first photo.
    pub thumb: Option<PhotoCtx>,
    /// Number of photos.
    pub photo_count: usize,
    /// A short plain-text summary.
    pub summary: String,
    /// Learner name (on lists mixing learners).
    pub learner: String,
    /// Learner slug, for filters.
    pub learner_slug: String,
    /// Skill ids, for filters.
    pub skill_ids: Vec<String>,
    /// Visibility badge.
    pub visibility: VisibilityCtx,
}

/// A skill with the experiences proving it.
#[derive(Debug, Clone, Serialize)]
pub struct SkillCtx {
    /// Skill id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Number of visible experiences proving it.
    pub count: usize,
    /// The same, in words (« 1 preuve », « 2 preuves »).
    pub count_text: String,
    /// Bar length in percent of the most proven skill.
    pub percent: u32,
    /// The best level reached, in words (« niveau 3 sur 4 : en autonomie »), or empty.
    pub level_text: String,
    /// The best level reached (1–4), 0 when none was given.
    pub level: u8,
    /// How many proofs are attested, in words (« dont 1 attestée »), or empty.
    pub attested_text: String,
    /// The experiences proving it, attested first.
    pub proofs: Vec<ProofCtx>,
}

/// One proof of a skill: an experience, and where the claim comes from.
#[derive(Debug, Clone, Serialize)]
pub struct ProofCtx {
    /// Title of the experience.
    pub title: String,
    /// Relative URL of the experience.
    pub url: String,
    /// Whether a signed attestation that verified vouches for it.
    pub attested: bool,
    /// « attesté par Mme X, tutrice chez Y — vérifié (signé par Z) », « attesté par
    /// … — déclaré, non vérifié », « attestation à renouveler : … » or « déclaré par moi ».
    pub source: String,
    /// The published credential (« Vérifier »), on the public site when the learner
    /// publishes their badges.
    pub verify_url: Option<String>,
    /// What « Vérifier » opens, for screen readers (« l'attestation signée (Rigueur) »).
    pub verify_what: String,
}

/// A skill as one experience shows it: a chip to its facet page.
#[derive(Debug, Clone, Serialize)]
pub struct SkillChip {
    /// Label.
    pub title: String,
    /// Relative URL of the skill's page.
    pub url: String,
    /// The level, in words (« niveau 3 sur 4 »), or empty.
    pub level_text: String,
    /// Whether a signed attestation that verified vouches for it.
    pub attested: bool,
}

/// Who vouches for an experience.
#[derive(Debug, Clone, Serialize)]
pub struct AttestationCtx {
    /// « Attesté par Mme Durand, tutrice chez Boulangerie Martin ».
    pub by: String,
    /// `verified`, `renew` (signed, but the experience changed since) or `declared`
    /// (the learner's `[attestation]`, not signed).
    pub status: &'static str,
    /// The status in words (« vérifié (signé par …) », « déclaré, non vérifié »).
    pub status_text: String,
    /// The skills it vouches for (labels).
    pub skills: Vec<String>,
    /// The published credentials (« Vérifier »), public site only, on opt-in.
    pub verify: Vec<LinkCtx>,
    /// The date, in words, or empty.
    pub date: String,
    /// The date as ISO 8601, or empty.
    pub date_iso: String,
    /// The quote, or empty.
    pub quote: String,
}

/// A titled link.
#[derive(Debug, Clone, Serialize)]
pub struct LinkCtx {
    /// Text.
    pub title: String,
    /// Relative URL.
    pub url: String,
}

/// A story on a list.
#[derive(Debug, Clone, Serialize)]
pub struct StoryCard {
    /// Relative URL.
    pub url: String,
    /// Title.
    pub title: String,
    /// Summary of the intro.
    pub summary: String,
    /// Number of visible experiences in it.
    pub experience_count: usize,
    /// The same, in words (« 0 expérience », « 3 expériences »).
    pub experience_count_text: String,
    /// Cover thumbnail.
    pub cover: Option<PhotoCtx>,
    /// Visibility badge.
    pub visibility: VisibilityCtx,
}

/// A whole experience (its page, or a chapter of a story).
#[derive(Debug, Clone, Serialize)]
pub struct ExperienceCtx {
    /// The card data.
    pub card: ExperienceCard,
    /// Text as sanitized HTML.
    pub body_html: String,
    /// Tags.
    pub tags: Vec<String>,
    /// The static page of each tag (same order as `tags`).
    pub tag_urls: Vec<String>,
    /// The static page of its kind, when it has one.
    pub kind_url: Option<String>,
    /// Skills used: (label, link to the portrait's skill).
    pub skills: Vec<SkillChip>,
    /// Who vouches for it: signed attestations first, then the declared one.
    pub attestations: Vec<AttestationCtx>,
    /// Photos shown whole (or cropped as the learner asked).
    pub photos: Vec<PhotoCtx>,
    /// Cropped thumbnails of the same photos, for grids (story mosaics only).
    pub thumbs: Vec<PhotoCtx>,
    /// Mosaic layout for the photo count: `one`, `two`, `three`, `grid`, `many`.
    pub mosaic: &'static str,
}

/// What a page says about itself to browsers, search engines and share previews.
#[derive(Debug, Clone, Serialize, Default)]
pub struct MetaCtx {
    /// Plain-text description (meta description, Open Graph).
    pub description: String,
    /// Absolute URL of the page, when the site has a `base_url`.
    pub canonical: Option<String>,
    /// The share image, when the site has a `base_url` and the page a photo.
    pub image: Option<ShareImage>,
    /// Open Graph type: `website`, `profile` or `article`.
    pub og_type: &'static str,
    /// Share links (public site with a `base_url` only).
    pub share: Vec<ShareLink>,
    /// schema.org JSON-LD, ready to embed in a `script` element.
    pub json_ld: Option<String>,
}

/// A plain share link (no third-party script).
#[derive(Debug, Clone, Serialize)]
pub struct ShareLink {
    /// Service name (E-mail, LinkedIn, ...).
    pub name: &'static str,
    /// The link.
    pub url: String,
}

/// The image a page offers to share previews (Open Graph, Twitter).
#[derive(Debug, Clone, Serialize)]
pub struct ShareImage {
    /// Absolute URL.
    pub url: String,
    /// Its real width (at most 1200 px: a photo is never enlarged).
    pub width: u32,
    /// Its real height.
    pub height: u32,
}

/// One choice of a feed filter.
#[derive(Debug, Clone, Serialize)]
pub struct FilterOption {
    /// Value matched against the cards' data attributes.
    pub value: String,
    /// Label shown.
    pub label: String,
    /// Visible experiences with this value.
    pub count: usize,
    /// Its static page (for reading without JavaScript), relative to the page.
    pub url: String,
}

impl FilterOption {
    /// A choice with no experience counted yet.
    pub fn new(value: &str, label: &str) -> Self {
        FilterOption {
            value: value.to_string(),
            label: label.to_string(),
            count: 0,
            url: String::new(),
        }
    }
}

/// `home.html`: the site's learners and latest experiences.
#[derive(Debug, Serialize)]
pub struct HomePage {
    /// The heading of the learner list, in the singular for one learner (« Le
    /// carnet », « Mon carnet » on a learner's own site, « Les carnets »).
    pub learners_title: String,
    /// Every visible learner.
    pub learners: Vec<LearnerCard>,
    /// The latest experiences, newest first.
    pub latest: Vec<ExperienceCard>,
    /// The latest professionals' posts, newest first (shown apart).
    pub pro_posts: Vec<PostCtx>,
}

/// `feed.html`: every visible experience with its filters.
#[derive(Debug, Serialize)]
pub struct FeedPage {
    /// Every visible experience, newest first.
    pub cards: Vec<ExperienceCard>,
    /// Kinds of experience, with counts.
    pub kinds: Vec<FilterOption>,
    /// Skills, with counts.
    pub skills: Vec<FilterOption>,
    /// Learners with at least one visible experience.
    pub learners: Vec<FilterOption>,
    /// Tags (by slug), with counts.
    pub tags: Vec<FilterOption>,
    /// Groups of the learners that this site may name, with counts.
    pub groups: Vec<FilterOption>,
    /// Whether the feed offers the group filter: some experience lies outside some
    /// group (with one group that covers all, a filter would change nothing).
    pub group_filter: bool,
    /// Months (`YYYY-MM`) that have an experience, oldest first.
    pub months: Vec<String>,
}

/// `facet.html`: the experiences of one skill, tag, kind or group (the static
/// page of a feed filter, for reading without JavaScript).
#[derive(Debug, Serialize)]
pub struct FacetPage {
    /// `skills`, `tags`, `kinds` or `groups`.
    pub facet: &'static str,
    /// The value (skill id, tag slug, kind, group slug).
    pub value: String,
    /// The value as people read it.
    pub label: String,
    /// Its experiences, newest first.
    pub cards: Vec<ExperienceCard>,
    /// The feed filtered the same way (with JavaScript).
    pub feed_url: String,
}

/// `accessibility.html`: the site's *déclaration d'accessibilité* (RGAA 4.1), from
/// `[accessibility]` of `carnet.toml`; nothing of any item.
#[derive(Debug, Serialize)]
pub struct AccessibilityPage {
    /// `fr` or `en`.
    pub lang: &'static str,
    /// `none`, `partial` or `full` (RGAA: non, partiellement, totalement conforme).
    pub status: &'static str,
    /// Who publishes the site.
    pub organisation: Option<String>,
    /// The contact's address, as written.
    pub contact: Option<String>,
    /// Its link: `mailto:` for an e-mail address.
    pub contact_href: Option<String>,
    /// Whether the contact is an e-mail address (else a web page).
    pub contact_email: bool,
    /// The audit's date, in words, and as `YYYY-MM-DD`.
    pub audit_date: Option<String>,
    /// The same, for `<time datetime>`.
    pub audit_iso: Option<String>,
    /// Who made the audit.
    pub auditor: Option<String>,
    /// The conformity rate, as written in the language (« 72,5 »).
    pub rate: Option<String>,
    /// The *schéma pluriannuel*.
    pub schema_url: Option<String>,
    /// The sentences made of these, as HTML (the values escaped, see
    /// `render::i18n::html_message`): who commits to accessibility, when an
    /// organisation is named.
    pub commitment: String,
    /// The sentence that links to the *schéma*, if any.
    pub schema: Option<String>,
    /// Which site the statement is about.
    pub applies: String,
    /// The conformity status, with why when there was no audit.
    pub status_text: String,
    /// The audit's date, auditor and rate, if there was one.
    pub audit: Option<String>,
}

/// `visibility.html`: the four sharing levels explained: to the learner on their own
/// site (with the `visibility` line to write), to a visitor on every other site.
#[derive(Debug, Serialize)]
pub struct VisibilityPage {
    /// `fr` or `en`.
    pub lang: &'static str,
    /// Who reads the site: the group's or the referent's name (empty on the public
    /// site).
    pub reader: String,
    /// On a group's or a referent's site, the sentence that says what it shows,
    /// as HTML (the reader's name escaped).
    pub this_site: String,
    /// The levels this site shows items of (`public`, `community`, ...).
    pub shown_levels: Vec<&'static str>,
    /// On a learner's own site, their groups (to write in `groups = [...]`);
    /// empty elsewhere.
    pub groups: Vec<crate::audience::GroupView>,
}

/// `portrait.html`: who a learner is.
#[derive(Debug, Serialize)]
pub struct PortraitPage {
    /// Name, headline, avatar.
    pub learner: LearnerCard,
    /// The referent's professional page, when the site shows it.
    pub referent_url: Option<String>,
    /// The bio, sanitized HTML.
    pub bio_html: String,
    /// Names of the learner's groups this audience may know of.
    pub groups: Vec<String>,
    /// The referent's name.
    pub referent: Option<String>,
    /// Visible experiences, oldest first.
    pub timeline: Vec<ExperienceCard>,
    /// The skill chart.
    pub skills: Vec<SkillCtx>,
    /// What « Vérifier » opens and what a signed attestation proves, when the
    /// portrait links published attestations; else empty.
    pub badges_note: String,
    /// Visible stories.
    pub stories: Vec<StoryCard>,
    /// The profile's badge.
    pub visibility: VisibilityCtx,
}

/// `experience.html`: one experience.
#[derive(Debug, Serialize)]
pub struct ExperiencePage {
    /// Link back to the portrait.
    pub learner: LinkCtx,
    /// The experience.
    pub experience: ExperienceCtx,
    /// The learner's previous visible experience.
    pub previous: Option<LinkCtx>,
    /// The learner's next visible experience.
    pub next: Option<LinkCtx>,
}

/// `story.html`: one story.
#[derive(Debug, Serialize)]
pub struct StoryPage {
    /// Link back to the portrait.
    pub learner: LinkCtx,
    /// Title, summary, counts, badge.
    pub story: StoryCard,
    /// Date as people read it.
    pub date: Option<String>,
    /// `journal`, `mosaic` or `slides`.
    pub layout: &'static str,
    /// The intro, sanitized HTML.
    pub intro_html: String,
    /// The cover photo: the one the story names, else the first photo of its
    /// visible experiences (none when they have no photo).
    pub cover: Option<PhotoCtx>,
    /// Its visible experiences, in the learner's order.
    pub chapters: Vec<ExperienceCtx>,
    /// The skills its experiences show.
    pub skills: Vec<LinkCtx>,
}

/// `talents.html`: learners by skill, on the public and employers' sites.
#[derive(Debug, Serialize)]
pub struct TalentsPage {
    /// Each skill some visible experience proves, in framework order.
    pub skills: Vec<TalentSkill>,
}

/// One skill of the Talents page.
#[derive(Debug, Serialize)]
pub struct TalentSkill {
    /// Skill id (the anchor `#skill-<id>`).
    pub id: String,
    /// Label.
    pub label: String,
    /// Category label, or empty.
    pub category: String,
    /// Description, or empty.
    pub description: String,
    /// Public reference (ROME, ESCO), or empty.
    pub reference: String,
    /// Facet page of the skill's experiences.
    pub url: String,
    /// The learners proving it: most attested proofs first.
    pub learners: Vec<Talent>,
}

/// A learner proving one skill.
#[derive(Debug, Serialize)]
pub struct Talent {
    /// Name.
    pub name: String,
    /// The skill on the learner's portrait.
    pub url: String,
    /// Best level in words, or empty.
    pub level_text: String,
    /// Best level (1–4), 0 when none was given.
    pub level: u8,
    /// Number of proofs, in words.
    pub count_text: String,
    /// Attested proofs, in words, or empty.
    pub attested_text: String,
    /// The proofs, attested first.
    pub proofs: Vec<ProofCtx>,
}

/// A professional, on the professionals' pages.
#[derive(Debug, Serialize)]
pub struct ProCard {
    /// Slug (anchor).
    pub slug: String,
    /// Name.
    pub name: String,
    /// « conseillère en insertion, Mission locale Rhône Sud », or empty.
    pub role_line: String,
    /// Their page.
    pub url: String,
    /// Bio as sanitized HTML.
    pub bio_html: String,
    /// The profile's badge.
    pub visibility: VisibilityCtx,
}

/// A professional's post.
#[derive(Debug, Clone, Serialize)]
pub struct PostCtx {
    /// Slug (anchor `#post-<slug>` on the author's page).
    pub slug: String,
    /// Title.
    pub title: String,
    /// Date in words.
    pub date: String,
    /// ISO date.
    pub date_iso: String,
    /// Kind, as a label, or empty.
    pub kind_label: String,
    /// Text as sanitized HTML.
    pub body_html: String,
    /// Plain-text summary.
    pub summary: String,
    /// Author's name.
    pub author: String,
    /// The post on its author's page.
    pub url: String,
    /// The post's badge.
    pub visibility: VisibilityCtx,
}

/// `pros.html`: the professionals of the site and their posts (all of them, or one).
#[derive(Debug, Serialize)]
pub struct ProsPage {
    /// The professionals shown.
    pub pros: Vec<ProCard>,
    /// Their posts, newest first.
    pub posts: Vec<PostCtx>,
    /// Whether this is one professional's own page.
    pub single: bool,
    /// Link back to the list of professionals (one professional's page only).
    pub all_url: String,
}
