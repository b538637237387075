//! What would show that an item reached a site: the *evidence* of every item of a
//! journal (its distinctive strings and photo files), and which items a view leaves
//! out. It is the material of the leak check that every build runs on what it is
//! about to write (`crate::build::leak`); this module only says what to look for
//! and who may see it, never where it is written.
//!
//! An *item* is what carries a visibility: a learner's profile, an experience, a
//! story. Its *needles* are the strings that would give it away: titles, names,
//! places, tags, skills, slugs, folder and file names, and the fragments of its
//! text. A fragment is a run of words separated by single spaces (`J'ai fait un
//! stage chez Marie.` gives `J` and `ai fait un stage chez Marie`): it holds only
//! letters, digits and spaces, so HTML, JSON and JavaScript escaping leave it as it
//! is, and it is found in a page whatever markup sits around it.
//!
//! Each item also lists its *text*: everything of it a page may show (raw Markdown
//! included, for the links it holds). A needle found in a site is evidence of a
//! leak only when no item the site may show has it in its text: a hidden
//! experience titled « Atelier CV » does not make a visible one with the same title
//! a leak. Which words belong to the interface (the theme, the interface strings)
//! is decided by the leak check, which knows the theme.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, TagEnd};
use rayon::prelude::*;

use super::AudienceView;
use crate::journal::{Experience, Journal, Learner, Photo, Professional, Story, Visibility};

/// What kind of string of an item a needle is (said in the leak check's message).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NeedleKind {
    /// A learner's name.
    Name,
    /// A title.
    Title,
    /// A sentence (or part of one) of a text, a headline, a caption or an alt text.
    Text,
    /// A place.
    Place,
    /// A tag.
    Tag,
    /// A skill (its label or id) used by the item.
    Skill,
    /// The item's address (slug).
    Slug,
    /// The item's folder or file name.
    Folder,
    /// The file name of one of its photos.
    PhotoFile,
    /// Who attests it (name, role, organisation) or their quote.
    Attestation,
    /// One of its signed attestations (the credential's signature, or the id of
    /// its published file).
    Credential,
}

impl NeedleKind {
    /// The kind, as the catalogue's `error-leak` selects its words (« le titre »,
    /// « un mot-clé »).
    pub fn describe(self) -> &'static str {
        match self {
            NeedleKind::Name => "name",
            NeedleKind::Title => "title",
            NeedleKind::Text => "text",
            NeedleKind::Place => "place",
            NeedleKind::Tag => "tag",
            NeedleKind::Skill => "skill",
            NeedleKind::Attestation => "attestation",
            NeedleKind::Credential => "credential",
            NeedleKind::Slug => "slug",
            NeedleKind::Folder => "folder",
            NeedleKind::PhotoFile => "photo-file",
        }
    }
}

/// One item of the journal: a profile, an experience or a story.
#[derive(Debug, Clone)]
pub struct Item {
    /// The file that defines it (`profile.md`, `index.md`, a story's `.md`).
    pub file: PathBuf,
    /// Its visibility.
    pub visibility: Visibility,
    /// Everything of it a page may show, to tell a needle that a visible item also
    /// has from evidence.
    pub text: Vec<String>,
    /// Its photo files (avatar, experience photos).
    pub photos: Vec<PathBuf>,
}

/// Which item of a view an item is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Profile(String),
    Experience(String, String),
    Story(String, String),
    Professional(String),
    Post(String, String),
}

/// A distinctive string of one item.
#[derive(Debug, Clone)]
pub struct Needle {
    /// The string, as it would appear in a page.
    pub text: String,
    /// What it is.
    pub kind: NeedleKind,
    /// The item it belongs to (an index into [`Evidence::items`]).
    pub item: usize,
}

/// The evidence of every item of a journal.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    items: Vec<Item>,
    needles: Vec<Needle>,
    shared: Vec<String>,
    index: HashMap<Key, usize>,
    digest: String,
}

/// Shortest needle looked for, in characters: shorter strings (a tag `CV`) would
/// turn up by chance.
pub const MIN_NEEDLE_CHARS: usize = 4;

/// Longest needle cut from a text, in words: a long sentence is looked for in pieces.
pub const CHUNK_WORDS: usize = 8;

impl Evidence {
    /// Every item of the journal, learner by learner: profile, experiences, stories.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Every needle of every item.
    pub fn needles(&self) -> &[Needle] {
        &self.needles
    }

    /// Strings of `carnet.toml` that sites print whoever reads them (site title,
    /// group and referent names): never evidence of an item.
    pub fn shared(&self) -> &[String] {
        &self.shared
    }

    /// A digest (blake3, hex) of everything the evidence and the views are made
    /// from: `carnet.toml`, the skills, and every file, folder and photo name of the
    /// journal's items. Two journals with one digest give the same evidence and
    /// the same views.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// Adds the items of `part` (numbered from 0 there) after those of `self`.
    fn append(&mut self, part: Evidence) {
        let offset = self.items.len();
        self.items.extend(part.items);
        self.needles
            .extend(part.needles.into_iter().map(|n| Needle {
                item: n.item + offset,
                ..n
            }));
        self.index
            .extend(part.index.into_iter().map(|(key, i)| (key, i + offset)));
    }

    /// For each item (in [`Evidence::items`] order), whether `view` leaves it out.
    pub fn hidden_from(&self, view: &AudienceView) -> Vec<bool> {
        let mut hidden = vec![true; self.items.len()];
        let mut show = |key: Key| {
            if let Some(&i) = self.index.get(&key) {
                hidden[i] = false;
            }
        };
        for learner in view.learners() {
            show(Key::Profile(learner.slug.clone()));
            for e in &learner.experiences {
                show(Key::Experience(learner.slug.clone(), e.slug.clone()));
            }
            for s in &learner.stories {
                show(Key::Story(learner.slug.clone(), s.slug.clone()));
            }
        }
        for pro in view.professionals() {
            show(Key::Professional(pro.slug.clone()));
            for post in &pro.posts {
                show(Key::Post(pro.slug.clone(), post.slug.clone()));
            }
        }
        hidden
    }
}

/// Collects the evidence of every item of `journal`.
pub fn evidence(journal: &Journal) -> Evidence {
    let mut e = Evidence::default();
    let config = &journal.config;
    e.shared.push(config.title.clone());
    e.shared.extend(config.base_url.clone());
    let a = &config.accessibility;
    e.shared.extend(
        [&a.organisation, &a.contact, &a.auditor, &a.schema_url]
            .into_iter()
            .flatten()
            .cloned(),
    );
    for g in &config.groups {
        e.shared.extend([g.slug.clone(), g.name.clone()]);
    }
    for r in &config.referents {
        e.shared.extend([r.slug.clone(), r.name.clone()]);
        e.shared.extend(r.role.clone());
    }
    // Each learner's items on the cores (reading their Markdown is most of the
    // work), then put together in the journal's order.
    let (learners, digest) = rayon::join(
        || {
            journal
                .learners
                .par_iter()
                .map(|learner| learner_items(journal, learner))
                .collect::<Vec<Evidence>>()
        },
        || digest(journal),
    );
    for part in learners {
        e.append(part);
    }
    for pro in &journal.professionals {
        professional(&mut e, pro);
    }
    e.digest = digest;
    e
}

/// The items of one learner (profile, experiences, stories), numbered from 0.
fn learner_items(journal: &Journal, learner: &Learner) -> Evidence {
    let mut e = Evidence::default();
    profile(&mut e, learner);
    for exp in &learner.experiences {
        experience(&mut e, journal, learner, exp);
    }
    for story in &learner.stories {
        self::story(&mut e, learner, story);
    }
    e
}

/// See [`Evidence::digest`].
fn digest(journal: &Journal) -> String {
    let mut h = blake3::Hasher::new();
    let mut part = |s: &str| {
        h.update(&(s.len() as u64).to_le_bytes());
        h.update(s.as_bytes());
    };
    part(&journal.config.source.text);
    for skill in &journal.skills {
        part(&skill.id);
        part(&skill.label);
        part(skill.category.as_deref().unwrap_or_default());
        part(skill.description.as_deref().unwrap_or_default());
        part(skill.reference.as_deref().unwrap_or_default());
    }
    let path = |p: &Path| p.to_string_lossy().into_owned();
    let photo = |p: &Photo, part: &mut dyn FnMut(&str)| {
        part(&p.file);
        part(&path(&p.path));
    };
    for learner in &journal.learners {
        part(&learner.folder);
        part(&learner.profile.source.text);
        if let Some(avatar) = &learner.profile.avatar {
            photo(avatar, &mut part);
        }
        for exp in &learner.experiences {
            part(&exp.folder);
            part(&exp.source.text);
            for p in &exp.photos {
                photo(p, &mut part);
            }
        }
        for story in &learner.stories {
            part(&path(&story.source.path));
            part(&story.source.text);
        }
    }
    for pro in &journal.professionals {
        part(&pro.folder);
        part(&pro.profile.source.text);
        for post in &pro.posts {
            part(&path(&post.source.path));
            part(&post.source.text);
        }
    }
    h.finalize().to_hex().to_string()
}

/// Gathers one item's needles and text.
struct ItemBuilder<'a> {
    evidence: &'a mut Evidence,
    item: usize,
    text: Vec<String>,
}

impl<'a> ItemBuilder<'a> {
    fn new(
        evidence: &'a mut Evidence,
        key: Key,
        file: &Path,
        visibility: Visibility,
        photos: Vec<PathBuf>,
    ) -> Self {
        let item = evidence.items.len();
        evidence.index.insert(key, item);
        evidence.items.push(Item {
            file: file.to_path_buf(),
            visibility,
            text: Vec::new(),
            photos,
        });
        ItemBuilder {
            evidence,
            item,
            text: Vec::new(),
        }
    }

    /// A string shown as written (title, tag, place...): its fragments are needles.
    fn words(&mut self, kind: NeedleKind, s: &str) {
        for f in fragments(s) {
            self.needle(kind, f);
        }
        self.text.push(s.to_string());
    }

    /// An identifier (slug, folder or file name), looked for whole, and its fragments.
    fn name(&mut self, kind: NeedleKind, s: &str) {
        self.needle(kind, s);
        self.words(kind, s);
    }

    /// Markdown: the fragments of each run of text, as the HTML shows them.
    fn markdown(&mut self, kind: NeedleKind, md: &str) {
        let mut plain = String::new();
        for event in Parser::new_ext(md, markdown_options()) {
            match event {
                Event::Text(t) => {
                    for f in fragments(&t) {
                        self.needle(kind, f);
                    }
                    // A French page prints the text with French typography, which
                    // cuts a number in groups (`80 000`): its pieces are needles
                    // too (for every journal: more needles never fail a good build,
                    // and the typed text explains them below).
                    let typeset = crate::render::typography::french(&t);
                    if typeset != t.as_ref() {
                        for f in fragments(&typeset) {
                            self.needle(kind, f);
                        }
                        self.text.push(typeset.into_owned());
                    }
                    plain.push_str(&t);
                }
                Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    for f in fragments(&t) {
                        self.needle(kind, f);
                    }
                    plain.push_str(&t);
                }
                Event::SoftBreak | Event::HardBreak => plain.push(' '),
                Event::End(tag) if !is_inline(tag) => plain.push(' '),
                _ => {}
            }
        }
        // What summaries show: the text runs joined, spaces collapsed.
        self.text
            .push(plain.split_whitespace().collect::<Vec<_>>().join(" "));
        self.text.push(md.to_string());
    }

    /// Text the item may show that is no needle (a kind, a skill category).
    fn shown(&mut self, s: &str) {
        self.text.push(s.to_string());
    }

    /// Records `s` as a needle; a long run of words is cut into pieces of
    /// [`CHUNK_WORDS`] words, so that a summary cut short still holds whole pieces.
    fn needle(&mut self, kind: NeedleKind, s: &str) {
        let s = s.trim();
        let words: Vec<&str> = s.split(' ').collect();
        if words.len() <= CHUNK_WORDS {
            self.push(kind, s);
        } else {
            for chunk in words.chunks(CHUNK_WORDS) {
                self.push(kind, &chunk.join(" "));
            }
        }
    }

    fn push(&mut self, kind: NeedleKind, s: &str) {
        if s.chars().count() >= MIN_NEEDLE_CHARS && s.chars().any(char::is_alphanumeric) {
            self.evidence.needles.push(Needle {
                text: s.to_string(),
                kind,
                item: self.item,
            });
        }
    }
}

impl Drop for ItemBuilder<'_> {
    fn drop(&mut self) {
        self.evidence.items[self.item].text = std::mem::take(&mut self.text);
    }
}

/// Whether a Markdown element sits inside a line of text (its end joins the text
/// around it, as summaries show it).
fn is_inline(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image
    )
}

/// The Markdown options of the renderer, so that text runs split the same way.
fn markdown_options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION
}

/// The signed attestations of an experience: who vouches, their words, the id of
/// the published file, and the signature itself (a string found in nothing else: any
/// copy of the credential holds it).
fn credentials(b: &mut ItemBuilder<'_>, exp: &Experience) {
    for credential in &exp.credentials {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&credential.text) {
            if let Some(signature) = value["proof"]["proofValue"].as_str() {
                b.name(NeedleKind::Credential, signature);
            }
        }
        let Some(claim) = credential.state.claim() else {
            continue;
        };
        b.name(NeedleKind::Credential, &crate::credentials::file_id(claim));
        b.words(NeedleKind::Attestation, &claim.by);
        for text in [&claim.role, &claim.organisation, &claim.quote]
            .into_iter()
            .flatten()
        {
            b.words(NeedleKind::Attestation, text);
        }
        b.shown(&claim.issuer_name);
    }
}

fn photo_text(b: &mut ItemBuilder<'_>, photo: &Photo) {
    b.name(NeedleKind::PhotoFile, &photo.file);
    if let Some(alt) = &photo.alt {
        b.words(NeedleKind::Text, alt);
    }
    if let Some(caption) = &photo.caption {
        b.words(NeedleKind::Text, caption);
    }
}

fn profile(e: &mut Evidence, learner: &Learner) {
    let p = &learner.profile;
    let photos = p.avatar.iter().map(|a| a.path.clone()).collect();
    let mut b = ItemBuilder::new(
        e,
        Key::Profile(learner.slug.clone()),
        &p.source.path,
        p.visibility,
        photos,
    );
    b.words(NeedleKind::Name, &p.name);
    b.words(NeedleKind::Text, &p.headline);
    b.markdown(NeedleKind::Text, &p.bio);
    b.name(NeedleKind::Slug, &learner.slug);
    b.name(NeedleKind::Folder, &learner.folder);
    if let Some(avatar) = &p.avatar {
        b.name(NeedleKind::PhotoFile, &avatar.file);
    }
}

fn experience(e: &mut Evidence, journal: &Journal, learner: &Learner, exp: &Experience) {
    let photos = exp.photos.iter().map(|p| p.path.clone()).collect();
    let mut b = ItemBuilder::new(
        e,
        Key::Experience(learner.slug.clone(), exp.slug.clone()),
        &exp.source.path,
        exp.visibility,
        photos,
    );
    b.words(NeedleKind::Title, &exp.title);
    if let Some(place) = &exp.place {
        b.words(NeedleKind::Place, place);
    }
    for tag in &exp.tags {
        b.name(NeedleKind::Tag, tag);
    }
    for id in &exp.skills {
        b.name(NeedleKind::Skill, id);
        if let Some(skill) = journal.skill(id) {
            b.words(NeedleKind::Skill, &skill.label);
            for shown in [&skill.category, &skill.description, &skill.reference]
                .into_iter()
                .flatten()
            {
                b.shown(shown);
            }
        }
    }
    if let Some(a) = &exp.attestation {
        b.words(NeedleKind::Attestation, &a.name);
        for text in [&a.role, &a.organisation, &a.quote].into_iter().flatten() {
            b.words(NeedleKind::Attestation, text);
        }
    }
    credentials(&mut b, exp);
    if let Some(kind) = &exp.kind {
        b.shown(kind);
        let mut chars = kind.chars();
        if let Some(first) = chars.next() {
            b.shown(&first.to_uppercase().chain(chars).collect::<String>());
        }
    }
    b.markdown(NeedleKind::Text, &exp.body);
    for photo in &exp.photos {
        photo_text(&mut b, photo);
    }
    b.name(NeedleKind::Slug, &exp.slug);
    b.name(NeedleKind::Folder, &exp.folder);
}

/// A professional's profile, then each of their posts, as items of their own.
fn professional(e: &mut Evidence, pro: &Professional) {
    let p = &pro.profile;
    let mut b = ItemBuilder::new(
        e,
        Key::Professional(pro.slug.clone()),
        &p.source.path,
        p.visibility,
        Vec::new(),
    );
    b.words(NeedleKind::Name, &p.name);
    for text in [&p.role, &p.organisation].into_iter().flatten() {
        b.words(NeedleKind::Text, text);
    }
    b.markdown(NeedleKind::Text, &p.bio);
    b.name(NeedleKind::Slug, &pro.slug);
    b.name(NeedleKind::Folder, &pro.folder);
    drop(b);
    for post in &pro.posts {
        let mut b = ItemBuilder::new(
            e,
            Key::Post(pro.slug.clone(), post.slug.clone()),
            &post.source.path,
            post.visibility,
            Vec::new(),
        );
        b.words(NeedleKind::Title, &post.title);
        if let Some(kind) = &post.kind {
            b.shown(kind);
        }
        b.markdown(NeedleKind::Text, &post.body);
        b.name(NeedleKind::Slug, &post.slug);
    }
}

fn story(e: &mut Evidence, learner: &Learner, story: &Story) {
    let mut b = ItemBuilder::new(
        e,
        Key::Story(learner.slug.clone(), story.slug.clone()),
        &story.source.path,
        story.visibility,
        Vec::new(),
    );
    b.words(NeedleKind::Title, &story.title);
    b.markdown(NeedleKind::Text, &story.body);
    b.name(NeedleKind::Slug, &story.slug);
    if let Some(name) = story.source.path.file_name() {
        b.name(NeedleKind::Folder, &name.to_string_lossy());
    }
    if let Some(cover) = &story.cover {
        b.shown(cover);
    }
    for folder in &story.experiences {
        b.shown(folder);
    }
}

/// The runs of words of `text` separated by single spaces, in order: every part
/// of a text that markup, punctuation or escaping cannot cut.
pub fn fragments(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if !in_word {
                match start {
                    Some(_) if &text[end..i] == " " => {}
                    Some(s) => {
                        out.push(&text[s..end]);
                        start = Some(i);
                    }
                    None => start = Some(i),
                }
                in_word = true;
            }
        } else if in_word {
            in_word = false;
            end = i;
        }
    }
    if in_word {
        end = text.len();
    }
    if let Some(s) = start {
        out.push(&text[s..end]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_runs_of_words_separated_by_single_spaces() {
        assert_eq!(
            fragments("J'ai fait un stage chez Marie."),
            ["J", "ai fait un stage chez Marie"]
        );
        assert_eq!(fragments("  a  b c\nd "), ["a", "b c", "d"]);
        assert_eq!(
            fragments("« Café du port » — 2021"),
            ["Café du port", "2021"]
        );
        assert_eq!(fragments("2021-03-30-stage"), ["2021", "03", "30", "stage"]);
        assert!(fragments("— !").is_empty());
        assert_eq!(fragments("été"), ["été"]);
    }
}
