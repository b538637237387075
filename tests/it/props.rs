//! Property tests: random journals (learners in groups, with referents; all four
//! visibilities and missing ones; stories mixing visible and hidden experiences;
//! tags and skills some of which only hidden items use; the same photo file name
//! under different visibilities; Unicode in names and text), every audience's site
//! built, then checked against a plain model of who sees what (the README's table):
//!
//! - no string of a hidden item reaches any file of the site, file names included:
//!   every string of the journal carries a unique canary word (`zq` and six letters),
//!   and the canaries of hidden titles, sentences, names, places, tags, skills,
//!   folders, file names and slugs must be nowhere;
//! - no photo of a hidden item is in the site (compared by decoded colour: every
//!   photo of a journal has its own), and every visible one is;
//! - every count (a learner's experiences, a skill's proofs, the feed's filters by
//!   kind, skill and learner, a story's experiences, a tag's pages) is the count
//!   over the visible items;
//! - the public site names no group, a group's site no other group;
//! - and each present canary is paired with a check that what is visible is there.
//!
//! The build runs in-process (`carnet::build`), or through the real binary for
//! about one case in four. `PROPTEST_CASES=N` sets the number of cases (default
//! 24, a few seconds; `PROPTEST_CASES=2000 cargo test --release props` for a long
//! run). Failures are shrunk and saved by proptest in
//! `tests/proptest-regressions/props.txt` (commit it: the case is replayed first in
//! every run); a bug found so also gets a named test in `regressions.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::fmt::Write as _;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use crate::common::*;

/// Visibility choices: `None` is a missing `visibility` line (private).
const VISIBILITIES: [Option<&str>; 5] = [
    None,
    Some("private"),
    Some("referent"),
    Some("community"),
    Some("public"),
];

/// Unicode written into names, titles and text.
const UNICODE: [&str; 9] = [
    "été",
    "Ça va",
    "日本語",
    "🙂",
    "naïve",
    "Straße",
    "سلام",
    "Ωμέγα",
    "l'œuvre",
];

/// Photo file names: experiences share them, under different visibilities.
const PHOTO_NAMES: [&str; 3] = ["photo.png", "IMG_0001.jpg", "vue.png"];

/// Experience kinds: two the interface names, one it does not.
const KINDS: [&str; 3] = ["stage", "atelier", "plongée"];

const GROUPS: usize = 2;
const REFERENTS: usize = 2;
const TAGS: usize = 4;
const SKILLS: usize = 4;

#[derive(Debug, Clone)]
struct Model {
    groups: usize,
    referents: usize,
    learners: Vec<LearnerM>,
    english: bool,
    base_url: bool,
    via_binary: bool,
}

#[derive(Debug, Clone)]
struct LearnerM {
    vis: usize,
    groups: Vec<bool>,
    referent: Option<usize>,
    /// `show_referent = true`: the public site may name the referent.
    show_referent: bool,
    avatar: bool,
    unicode: usize,
    exps: Vec<ExpM>,
    stories: Vec<StoryM>,
}

#[derive(Debug, Clone)]
struct ExpM {
    vis: usize,
    tags: Vec<bool>,
    skills: Vec<bool>,
    photos: Vec<usize>,
    place: bool,
    kind: Option<usize>,
    unicode: usize,
    listed: bool,
}

#[derive(Debug, Clone)]
struct StoryM {
    vis: usize,
    members: Vec<usize>,
}

fn exp_strategy() -> impl Strategy<Value = ExpM> {
    (
        0..VISIBILITIES.len(),
        prop::collection::vec(any::<bool>(), TAGS),
        prop::collection::vec(any::<bool>(), SKILLS),
        prop::collection::btree_set(0..PHOTO_NAMES.len(), 0..=2),
        any::<bool>(),
        prop::option::of(0..KINDS.len()),
        0..UNICODE.len(),
        any::<bool>(),
    )
        .prop_map(
            |(vis, tags, skills, photos, place, kind, unicode, listed)| ExpM {
                vis,
                tags,
                skills,
                photos: photos.into_iter().collect(),
                place,
                kind,
                unicode,
                listed,
            },
        )
}

fn learner_strategy() -> impl Strategy<Value = LearnerM> {
    (
        0..VISIBILITIES.len(),
        prop::collection::vec(any::<bool>(), GROUPS),
        (prop::option::of(0..REFERENTS), any::<bool>()),
        any::<bool>(),
        0..UNICODE.len(),
        prop::collection::vec(exp_strategy(), 0..=4),
        prop::collection::vec(
            (
                0..VISIBILITIES.len(),
                prop::collection::btree_set(0usize..4, 0..=3),
            ),
            0..=2,
        ),
    )
        .prop_map(
            |(vis, groups, (referent, show_referent), avatar, unicode, exps, stories)| {
                let n = exps.len();
                LearnerM {
                    vis,
                    groups,
                    referent,
                    show_referent,
                    avatar,
                    unicode,
                    stories: stories
                        .into_iter()
                        .map(|(vis, members)| {
                            let m: BTreeSet<usize> = if n == 0 {
                                BTreeSet::new()
                            } else {
                                members.into_iter().map(|i| i % n).collect()
                            };
                            StoryM {
                                vis,
                                members: m.into_iter().collect(),
                            }
                        })
                        .collect(),
                    exps,
                }
            },
        )
}

fn model_strategy() -> impl Strategy<Value = Model> {
    (
        1..=GROUPS,
        0..=REFERENTS,
        prop::collection::vec(learner_strategy(), 1..=3),
        any::<bool>(),
        any::<bool>(),
        prop::bool::weighted(0.25),
    )
        .prop_map(
            |(groups, referents, mut learners, english, base_url, via_binary)| {
                for l in &mut learners {
                    l.groups.truncate(groups);
                    if l.referent.is_some_and(|r| r >= referents) {
                        l.referent = None;
                    }
                }
                Model {
                    groups,
                    referents,
                    learners,
                    english,
                    base_url,
                    via_binary,
                }
            },
        )
}

// ---------------------------------------------------------------------------------
// The journal written from a model, and what it expects
// ---------------------------------------------------------------------------------

/// Who reads a site, in the model's terms.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Reader {
    Public,
    Group(usize),
    Referent(usize),
    Learner(usize),
    /// A learner's personal link of `carnet serve --lan`, « what my referent sees
    /// of me »: her referent's site restricted to her own items
    /// (`Audience::SeenByReferent`, built by the preview only).
    SeenByReferent(usize),
}

impl Reader {
    fn dir(&self, learners: &[Written]) -> String {
        match self {
            Reader::Public => "public".into(),
            Reader::Group(g) => format!("community/g{g}"),
            Reader::Referent(r) => format!("referent/r{r}"),
            Reader::Learner(l) => format!("private/{}", learners[*l].slug),
            Reader::SeenByReferent(l) => format!("seen-by-referent/{}", learners[*l].slug),
        }
    }

    /// The README's table: whether this reader sees an item of `vis` of `learner`.
    fn sees(&self, index: usize, learner: &LearnerM, vis: usize) -> bool {
        let rank = match VISIBILITIES[vis] {
            None | Some("private") => 0,
            Some("referent") => 1,
            Some("community") => 2,
            _ => 3,
        };
        match self {
            Reader::Public => rank == 3,
            Reader::Group(g) => rank >= 2 && learner.groups[*g],
            Reader::Referent(r) => rank >= 1 && learner.referent == Some(*r),
            Reader::Learner(l) => *l == index,
            Reader::SeenByReferent(l) => {
                *l == index
                    && learner
                        .referent
                        .is_some_and(|r| Reader::Referent(r).sees(index, learner, vis))
            }
        }
    }
}

/// Unique canary words: `zq` and six letters of `a`–`p`.
struct Canaries(u32);

impl Canaries {
    fn next(&mut self) -> String {
        self.0 += 1;
        let mut s = String::from("zq");
        for i in (0..6).rev() {
            s.push(char::from(b'a' + ((self.0 >> (i * 4)) & 15) as u8));
        }
        s
    }
}

/// A canary and what it stands for.
#[derive(Debug, Clone)]
struct Canary {
    word: String,
    what: &'static str,
}

/// What was written for one experience.
#[derive(Debug, Clone)]
struct WrittenExp {
    folder: String,
    title: String,
    canaries: Vec<Canary>,
    colours: Vec<[u8; 3]>,
}

/// What was written for one learner.
#[derive(Debug, Clone)]
struct Written {
    slug: String,
    name: String,
    canaries: Vec<Canary>,
    avatar: Option<[u8; 3]>,
    exps: Vec<WrittenExp>,
    stories: Vec<(String, Vec<Canary>)>,
}

/// The journal a model describes.
struct Plan {
    journal: Journal,
    learners: Vec<Written>,
    tags: Vec<(String, String)>,
    skills: Vec<(String, String, String)>,
    groups: Vec<String>,
    /// Each referent's name word (also their public professional profile's name).
    referents: Vec<String>,
    /// The canaries of each referent's private post (for their own referent site
    /// only: never a learner's link, a group or the public).
    private_posts: Vec<String>,
}

/// Flat colours far apart: 27 levels of a 3×3×3 grid.
fn colour(n: usize) -> [u8; 3] {
    let level = |i: usize| [30u8, 128, 225][i % 3];
    [level(n), level(n / 3), level(n / 9)]
}

fn write(model: &Model) -> Plan {
    let j = Journal::new();
    let mut c = Canaries(0);
    let mut config = format!(
        "title = \"Carnet {}\"\n{}{}",
        c.next(),
        if model.english {
            "language = \"en\"\n"
        } else {
            ""
        },
        if model.base_url {
            "base_url = \"https://example.org/carnet/\"\n"
        } else {
            ""
        }
    );
    let mut groups = Vec::new();
    for g in 0..model.groups {
        let word = c.next();
        writeln!(
            config,
            "[[groups]]\nslug = \"g{g}\"\nname = \"Groupe {word}\"\nkind = \"learners\""
        )
        .expect("write");
        groups.push(word);
    }
    let mut referents = Vec::new();
    let mut private_posts = Vec::new();
    for r in 0..model.referents {
        // Each referent has a public professional profile, so that a portrait
        // names and links its learner's referent wherever the rule allows it.
        let word = c.next();
        writeln!(
            config,
            "[[referents]]\nslug = \"r{r}\"\nname = \"Réf {word}\"\nrole = \"conseillère\"\nprofessional = \"r{r}\""
        )
        .expect("write");
        let all_groups: Vec<String> = (0..model.groups).map(|g| format!("\"g{g}\"")).collect();
        j.file(
            &format!("professionals/r{r}/profile.md"),
            markdown(
                &format!(
                    "name = \"Réf {word}\"\nrole = \"conseillère\"\nvisibility = \"public\"\ngroups = [{}]",
                    all_groups.join(", ")
                ),
                "J'accompagne des jeunes.\n",
            )
            .as_bytes(),
        );
        referents.push(word);
        let post = c.next();
        j.file(
            &format!("professionals/r{r}/posts/suivi.md"),
            markdown(
                &format!("title = \"Suivi {post}\"\ndate = 2022-03-01\nvisibility = \"private\""),
                &format!("Notes de suivi {post}.\n"),
            )
            .as_bytes(),
        );
        private_posts.push(post);
    }
    j.config(&config);
    let tags: Vec<(String, String)> = (0..TAGS)
        .map(|_| {
            let w = c.next();
            (format!("étiquette {w}"), w)
        })
        .collect();
    let skills: Vec<(String, String, String)> = (0..SKILLS)
        .map(|_| {
            let w = c.next();
            (format!("sk-{w}"), format!("Compétence {w}"), w)
        })
        .collect();
    let mut skills_toml = String::new();
    for (id, label, _) in &skills {
        writeln!(
            skills_toml,
            "[[skills]]\nid = \"{id}\"\nlabel = \"{label}\""
        )
        .expect("write");
    }
    j.file("skills.toml", skills_toml.as_bytes());

    let mut photo_count = 0;
    let mut learners = Vec::new();
    for l in &model.learners {
        let unicode = UNICODE[l.unicode];
        let folder_word = c.next();
        let folder = format!("Élève {folder_word}");
        let slug = carnet::journal::slug::slugify(&folder);
        let name_word = c.next();
        let name = format!("{unicode} {name_word}");
        let mut canaries = vec![
            Canary {
                word: folder_word,
                what: "learner folder or slug",
            },
            Canary {
                word: name_word,
                what: "learner name",
            },
        ];
        let mut front = format!("name = \"{name}\"\n");
        let head = c.next();
        writeln!(front, "headline = \"Titre {head}\"").expect("write");
        canaries.push(Canary {
            word: head,
            what: "headline",
        });
        if let Some(v) = VISIBILITIES[l.vis] {
            writeln!(front, "visibility = \"{v}\"").expect("write");
        }
        let member_of: Vec<String> = (0..model.groups)
            .filter(|g| l.groups[*g])
            .map(|g| format!("\"g{g}\""))
            .collect();
        writeln!(front, "groups = [{}]", member_of.join(", ")).expect("write");
        if let Some(r) = l.referent {
            writeln!(front, "referent = \"r{r}\"").expect("write");
        }
        if l.show_referent {
            writeln!(front, "show_referent = true").expect("write");
        }
        let avatar = l.avatar.then(|| {
            photo_count += 1;
            colour(photo_count)
        });
        if let Some(rgb) = avatar {
            front.push_str("avatar = \"avatar.png\"\n");
            j.file(
                &format!("learners/{folder}/avatar.png"),
                &solid_png(24, 24, rgb),
            );
        }
        let (bio1, bio2) = (c.next(), c.next());
        let bio = format!("Bio *{bio1}* {unicode}. Deuxième phrase {bio2}.\n");
        canaries.push(Canary {
            word: bio1,
            what: "bio",
        });
        canaries.push(Canary {
            word: bio2,
            what: "bio",
        });
        j.file(
            &format!("learners/{folder}/profile.md"),
            markdown(&front, &bio).as_bytes(),
        );

        let mut exps = Vec::new();
        for (k, e) in l.exps.iter().enumerate() {
            let unicode = UNICODE[e.unicode];
            let folder_word = c.next();
            let exp_folder = format!("2021-01-{:02} {unicode} {folder_word}", k + 1);
            let title_word = c.next();
            let title = format!("{unicode} {title_word}");
            let mut canaries = vec![
                Canary {
                    word: folder_word,
                    what: "experience folder or slug",
                },
                Canary {
                    word: title_word,
                    what: "experience title",
                },
            ];
            let mut front = format!("title = \"{title}\"\ndate = 2021-01-{:02}\n", k + 1);
            if let Some(v) = VISIBILITIES[e.vis] {
                writeln!(front, "visibility = \"{v}\"").expect("write");
            }
            if e.place {
                let w = c.next();
                writeln!(front, "place = \"Lieu {w}\"").expect("write");
                canaries.push(Canary {
                    word: w,
                    what: "place",
                });
            }
            if let Some(kind) = e.kind {
                writeln!(front, "kind = \"{}\"", KINDS[kind]).expect("write");
            }
            let tag_list: Vec<String> = (0..TAGS)
                .filter(|t| e.tags[*t])
                .map(|t| format!("\"{}\"", tags[t].0))
                .collect();
            writeln!(front, "tags = [{}]", tag_list.join(", ")).expect("write");
            let skill_list: Vec<String> = (0..SKILLS)
                .filter(|s| e.skills[*s])
                .map(|s| format!("\"{}\"", skills[s].0))
                .collect();
            writeln!(front, "skills = [{}]", skill_list.join(", ")).expect("write");
            let mut colours = Vec::new();
            let mut entries = Vec::new();
            for &p in &e.photos {
                photo_count += 1;
                let rgb = colour(photo_count);
                colours.push(rgb);
                let name = PHOTO_NAMES[p];
                let bytes = if name.ends_with(".jpg") {
                    solid_jpeg(32, 24, rgb)
                } else {
                    solid_png(32, 24, rgb)
                };
                j.file(
                    &format!("learners/{folder}/experiences/{exp_folder}/{name}"),
                    &bytes,
                );
                let (alt, cap) = (c.next(), c.next());
                entries.push(format!(
                    "{{ file = \"{name}\", alt = \"Alt {alt}\", caption = \"Légende {cap}\" }}"
                ));
                if e.listed {
                    canaries.push(Canary {
                        word: alt,
                        what: "photo alt text",
                    });
                    canaries.push(Canary {
                        word: cap,
                        what: "photo caption",
                    });
                }
            }
            if e.listed && !entries.is_empty() {
                writeln!(front, "photos = [{}]", entries.join(", ")).expect("write");
            }
            let (b1, b2, b3) = (c.next(), c.next(), c.next());
            let body = format!(
                "Texte {b1} avec {unicode}. **Gras** {b2} — fin.\n\nSecond paragraphe {b3}.\n"
            );
            for w in [b1, b2, b3] {
                canaries.push(Canary {
                    word: w,
                    what: "experience text",
                });
            }
            j.file(
                &format!("learners/{folder}/experiences/{exp_folder}/index.md"),
                markdown(&front, &body).as_bytes(),
            );
            exps.push(WrittenExp {
                folder: exp_folder,
                title,
                canaries,
                colours,
            });
        }

        let mut stories = Vec::new();
        for s in &l.stories {
            let file_word = c.next();
            let title_word = c.next();
            let intro = c.next();
            let members: Vec<String> = s
                .members
                .iter()
                .map(|m| format!("\"{}\"", exps[*m].folder))
                .collect();
            let mut front = format!(
                "title = \"Récit {title_word}\"\nexperiences = [{}]\n",
                members.join(", ")
            );
            if let Some(v) = VISIBILITIES[s.vis] {
                writeln!(front, "visibility = \"{v}\"").expect("write");
            }
            j.file(
                &format!("learners/{folder}/stories/{file_word} récit.md"),
                markdown(&front, &format!("Intro {intro}.\n")).as_bytes(),
            );
            stories.push((
                carnet::journal::slug::slugify(&format!("{file_word} récit")),
                vec![
                    Canary {
                        word: file_word,
                        what: "story file or slug",
                    },
                    Canary {
                        word: title_word,
                        what: "story title",
                    },
                    Canary {
                        word: intro,
                        what: "story intro",
                    },
                ],
            ));
        }
        learners.push(Written {
            slug,
            name,
            canaries,
            avatar,
            exps,
            stories,
        });
    }
    Plan {
        journal: j,
        learners,
        tags,
        skills,
        groups,
        referents,
        private_posts,
    }
}

// ---------------------------------------------------------------------------------
// Building and checking
// ---------------------------------------------------------------------------------

fn build(model: &Model, plan: &Plan) -> Result<(), TestCaseError> {
    let j = &plan.journal;
    if model.via_binary {
        let out = run([
            OsString::from("build"),
            j.root().into(),
            "--out".into(),
            j.out().into(),
            "--cache".into(),
            j.cache().into(),
        ]);
        prop_assert_eq!(out.code, 0, "carnet build failed:\n{}", out);
    } else {
        let options = carnet::Options {
            journal: j.root(),
            out: Some(j.out()),
            cache: Some(j.cache()),
            passphrase_file: None,
            identity: None,
            quiet: true,
        };
        if let Err(e) = carnet::build(&options) {
            let detail = match &e {
                carnet::Error::Content(d) => d.iter().map(|d| format!("{d}\n")).collect::<String>(),
                other => other.to_string(),
            };
            return Err(TestCaseError::fail(format!("build failed: {e}\n{detail}")));
        }
    }
    Ok(())
}

/// The text files of a site: (path, text).
fn texts(site: &Site) -> Vec<(String, String)> {
    site.files()
        .into_iter()
        .filter(|f| {
            [".html", ".json", ".txt", ".xml", ".js", ".css"]
                .iter()
                .any(|e| f.ends_with(e))
        })
        .map(|f| {
            let t = site.text(&f);
            (f, t)
        })
        .collect()
}

/// A count written as « N word » or « Label (N) ».
fn number_in(text: &str) -> Option<usize> {
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = scraper::Selector::parse(css).expect("selector");
    doc.select(&sel).collect()
}

fn text_of(el: &scraper::ElementRef<'_>) -> String {
    el.text().collect::<String>()
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 35)
}

fn check(model: &Model, plan: &Plan) -> Result<(), TestCaseError> {
    let mut readers = vec![Reader::Public];
    readers.extend((0..model.groups).map(Reader::Group));
    readers.extend((0..model.referents).map(Reader::Referent));
    readers.extend((0..model.learners.len()).map(Reader::Learner));
    let out = plan.journal.out();
    prop_assert_eq!(
        sites_in(&out).len(),
        readers.len(),
        "sites: {:?}",
        sites_in(&out)
    );
    for reader in &readers {
        check_site(
            model,
            plan,
            reader,
            &Site::new(out.join(reader.dir(&plan.learners))),
        )?;
    }
    check_learner_links(model, plan)
}

/// What a learner's personal link shows of « what my referent sees of me », as
/// the preview (`carnet serve`) builds it in memory: written out, then checked as
/// every other site, for each learner who has a referent (and only those).
fn check_learner_links(model: &Model, plan: &Plan) -> Result<(), TestCaseError> {
    let j = &plan.journal;
    let snapshot = carnet::serve::rebuild::build(
        &j.root(),
        &j.cache(),
        1,
        &carnet::serve::rebuild::Snapshot::empty(),
        BTreeSet::new,
        |_| {},
    )
    .map_err(|e| TestCaseError::fail(format!("preview build failed: {e}")))?;
    let preview = tempfile::tempdir().expect("temp dir");
    let mut dirs = BTreeSet::new();
    for (path, file) in &snapshot.site.files {
        let Some(rest) = path.strip_prefix("seen-by-referent/") else {
            continue;
        };
        dirs.insert(rest.split('/').next().unwrap_or_default().to_string());
        let to = preview.path().join(path);
        std::fs::create_dir_all(to.parent().expect("a folder")).expect("mkdir");
        match file {
            carnet::output::MemoryFile::Bytes(bytes) => std::fs::write(&to, bytes),
            carnet::output::MemoryFile::Cached(from) => std::fs::copy(from, &to).map(|_| ()),
        }
        .expect("write a preview file");
    }
    let with_referent: Vec<usize> = (0..model.learners.len())
        .filter(|l| model.learners[*l].referent.is_some())
        .collect();
    let expected: BTreeSet<String> = with_referent
        .iter()
        .map(|l| plan.learners[*l].slug.clone())
        .collect();
    prop_assert_eq!(
        &dirs,
        &expected,
        "the learners' « seen by my referent » sites"
    );
    for l in with_referent {
        let reader = Reader::SeenByReferent(l);
        check_site(
            model,
            plan,
            &reader,
            &Site::new(preview.path().join(reader.dir(&plan.learners))),
        )?;
    }
    Ok(())
}

fn check_site(
    model: &Model,
    plan: &Plan,
    reader: &Reader,
    site: &Site,
) -> Result<(), TestCaseError> {
    let name = reader.dir(&plan.learners);
    prop_assert!(site.exists(), "{} is missing", name);
    let files = texts(site);
    let paths = site.files();
    // What the site may show, by the model.
    let mut forbidden: Vec<(String, String)> = Vec::new();
    let mut required: Vec<(String, String)> = Vec::new();
    let mut visible_colours = Vec::new();
    let mut hidden_colours = Vec::new();
    let mut tag_pages: BTreeMap<usize, usize> = BTreeMap::new();
    let mut skill_uses: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kind_uses: BTreeMap<usize, usize> = BTreeMap::new();
    let mut learner_exps: Vec<(usize, usize)> = Vec::new();
    for (li, (lm, lw)) in model.learners.iter().zip(&plan.learners).enumerate() {
        let profile = reader.sees(li, lm, lm.vis);
        let note = |list: &mut Vec<(String, String)>, canaries: &[Canary], whose: &str| {
            for c in canaries {
                list.push((c.word.clone(), format!("{} of {whose}", c.what)));
            }
        };
        if profile {
            note(&mut required, &lw.canaries, &lw.name);
        } else {
            note(&mut forbidden, &lw.canaries, &lw.name);
        }
        if let Some(rgb) = lw.avatar {
            if profile {
                visible_colours.push(rgb);
            } else {
                hidden_colours.push(rgb);
            }
        }
        let mut shown = 0;
        for (em, ew) in lm.exps.iter().zip(&lw.exps) {
            let visible = profile && reader.sees(li, lm, em.vis);
            if visible {
                shown += 1;
                note(&mut required, &ew.canaries, &ew.title);
                visible_colours.extend(&ew.colours);
                for t in (0..TAGS).filter(|t| em.tags[*t]) {
                    *tag_pages.entry(t).or_default() += 1;
                }
                for s in (0..SKILLS).filter(|s| em.skills[*s]) {
                    *skill_uses.entry(s).or_default() += 1;
                }
                if let Some(k) = em.kind {
                    *kind_uses.entry(k).or_default() += 1;
                }
            } else {
                note(&mut forbidden, &ew.canaries, &ew.title);
                hidden_colours.extend(&ew.colours);
            }
        }
        if profile {
            learner_exps.push((li, shown));
        }
        for (sm, (_, canaries)) in lm.stories.iter().zip(&lw.stories) {
            if profile && reader.sees(li, lm, sm.vis) {
                note(&mut required, canaries, "a story");
            } else {
                note(&mut forbidden, canaries, "a story");
            }
        }
    }
    for (t, (_, word)) in plan.tags.iter().enumerate() {
        let list = if tag_pages.contains_key(&t) {
            &mut required
        } else {
            &mut forbidden
        };
        list.push((word.clone(), "a tag".into()));
    }
    for (s, (_, _, word)) in plan.skills.iter().enumerate() {
        let list = if skill_uses.contains_key(&s) {
            &mut required
        } else {
            &mut forbidden
        };
        list.push((word.clone(), "a skill".into()));
    }
    for (g, word) in plan.groups.iter().enumerate() {
        let allowed = match reader {
            Reader::Public => false,
            Reader::Group(own) => *own == g,
            // A referent's and a learner's sites name the groups of the learners
            // they show.
            _ => true,
        };
        if !allowed {
            forbidden.push((word.clone(), format!("group g{g}")));
        }
    }
    for (r, word) in plan.private_posts.iter().enumerate() {
        if *reader != Reader::Referent(r) {
            forbidden.push((word.clone(), format!("the private post of r{r}")));
        }
    }

    // Nothing hidden, anywhere: file names and contents.
    for (word, what) in &forbidden {
        for p in &paths {
            prop_assert!(
                !p.contains(word.as_str()),
                "{}/{} names the hidden {} ({})",
                name,
                p,
                what,
                word
            );
        }
        for (f, text) in &files {
            prop_assert!(
                !text.contains(word.as_str()),
                "{}/{} holds the hidden {} ({})",
                name,
                f,
                what,
                word
            );
        }
    }
    // What is visible is there.
    for (word, what) in &required {
        prop_assert!(
            files.iter().any(|(_, t)| t.contains(word.as_str())),
            "{} does not show the visible {} ({})",
            name,
            what,
            word
        );
    }
    // Photos, by their colour.
    let photos = site.photo_files();
    let mut seen = Vec::new();
    for p in &photos {
        let (_, _, mean) = decode_mean(&site.bytes(p));
        for rgb in &hidden_colours {
            if !visible_colours.iter().any(|v| v == rgb) {
                prop_assert!(
                    !close(mean, *rgb),
                    "{}/{} is a hidden photo ({:?})",
                    name,
                    p,
                    rgb
                );
            }
        }
        seen.push(mean);
    }
    for rgb in &visible_colours {
        prop_assert!(
            seen.iter().any(|m| close(*m, *rgb)),
            "{} lacks the visible photo {:?}",
            name,
            rgb
        );
    }

    // Counts.
    let feed = site.html("experiences/index.html");
    let total: usize = learner_exps.iter().map(|(_, n)| n).sum();
    prop_assert_eq!(
        select(&feed, "[data-feed] article.card").len(),
        total,
        "{}: feed cards",
        name
    );
    let options = |id: &str| -> BTreeMap<String, usize> {
        select(&feed, &format!("#{id} option"))
            .iter()
            .skip(1)
            .map(|o| {
                (
                    o.value().attr("value").unwrap_or_default().to_string(),
                    number_in(&text_of(o)).unwrap_or(0),
                )
            })
            .collect()
    };
    let skills_shown = options("filter-skill");
    let expected: BTreeMap<String, usize> = skill_uses
        .iter()
        .map(|(s, n)| (plan.skills[*s].0.clone(), *n))
        .collect();
    prop_assert_eq!(&skills_shown, &expected, "{}: skill filter counts", name);
    let kinds_shown = options("filter-kind");
    let expected: BTreeMap<String, usize> = kind_uses
        .iter()
        // The filter's values are the kinds' addresses (`plongée` → `plongee`), as
        // in the URL and the static page `kinds/<kind>/`.
        .map(|(k, n)| (KINDS[*k].replace('é', "e"), *n))
        .collect();
    prop_assert_eq!(&kinds_shown, &expected, "{}: kind filter counts", name);
    let with_exps: Vec<&(usize, usize)> = learner_exps.iter().filter(|(_, n)| *n > 0).collect();
    if with_exps.len() > 1 {
        let learners_shown = options("filter-learner");
        let expected: BTreeMap<String, usize> = with_exps
            .iter()
            .map(|(l, n)| (plan.learners[*l].slug.clone(), *n))
            .collect();
        prop_assert_eq!(
            &learners_shown,
            &expected,
            "{}: learner filter counts",
            name
        );
    }
    // Each tag is on as many experience pages as visible experiences have it.
    for (t, (tag, _)) in plan.tags.iter().enumerate() {
        let pages = site
            .pages()
            .iter()
            .filter(|p| p.contains("/experiences/") && p.matches('/').count() == 3)
            .filter(|p| {
                select(&site.html(p), ".chip")
                    .iter()
                    .any(|c| text_of(c) == *tag)
            })
            .count();
        prop_assert_eq!(
            pages,
            tag_pages.get(&t).copied().unwrap_or(0),
            "{}: pages of tag {}",
            name,
            tag
        );
    }
    // A portrait names (and links) its learner's referent only where the programme
    // may be known (issue 21): the referent's site and the learner's groups; the
    // public site only with `show_referent = true`. (A learner's private site shows
    // no professional's page, so it links none.)
    for (li, _) in &learner_exps {
        let (lm, lw) = (&model.learners[*li], &plan.learners[*li]);
        let Some(r) = lm.referent else { continue };
        let named = match reader {
            Reader::Public => lm.show_referent,
            Reader::Group(_) | Reader::Referent(_) => true,
            // Neither shows a professional's page (a learner's link shows none of
            // her referent's own pages).
            Reader::Learner(_) | Reader::SeenByReferent(_) => false,
        };
        // The portrait's line « Accompagnée par <a href=…pros/rN/…>Réf …</a> » (the
        // name alone also shows in badges of referent items on the learner's own site).
        let portrait = site.html(&format!("{}/index.html", lw.slug));
        let link = format!("pros/r{r}/index.html");
        let linked = select(&portrait, "a[href]").iter().any(|a| {
            a.value().attr("href").is_some_and(|h| h.ends_with(&link))
                && text_of(a).contains(plan.referents[r].as_str())
        });
        prop_assert_eq!(
            linked,
            named,
            "{}: the portrait of {} and its referent r{} (show_referent = {})",
            name,
            lw.slug,
            r,
            lm.show_referent
        );
    }
    for (li, shown) in &learner_exps {
        let (lm, lw) = (&model.learners[*li], &plan.learners[*li]);
        let portrait = site.html(&format!("{}/index.html", lw.slug));
        prop_assert_eq!(
            select(&portrait, ".timeline-item").len(),
            *shown,
            "{}: {}'s timeline",
            name,
            lw.name
        );
        // A skill's proofs: the visible experiences of this learner using it.
        let mut expected = BTreeMap::new();
        for (em, _) in lm.exps.iter().zip(&lw.exps) {
            if reader.sees(*li, lm, em.vis) {
                for s in (0..SKILLS).filter(|s| em.skills[*s]) {
                    *expected.entry(plan.skills[s].1.clone()).or_insert(0usize) += 1;
                }
            }
        }
        let chart: BTreeMap<String, usize> = select(&portrait, ".skill")
            .iter()
            .map(|li| {
                let label = select_in(li, ".skill-label");
                let count = number_in(&select_in(li, ".skill-count")).unwrap_or(0);
                (label, count)
            })
            .collect();
        prop_assert_eq!(&chart, &expected, "{}: {}'s skill chart", name, lw.name);
        let resume: serde_json::Value =
            serde_json::from_str(&site.text(&format!("{}/resume.json", lw.slug)))
                .expect("resume.json");
        let resume_skills: BTreeMap<String, usize> = resume["skills"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|s| {
                        (
                            s["name"].as_str().unwrap_or_default().to_string(),
                            s["keywords"].as_array().map_or(0, Vec::len),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        prop_assert_eq!(
            &resume_skills,
            &expected,
            "{}: {}'s resume.json skills",
            name,
            lw.name
        );
        // A story counts only the experiences this site shows.
        for (sm, (slug, _)) in lm.stories.iter().zip(&lw.stories) {
            if !reader.sees(*li, lm, sm.vis) {
                let page = format!("{}/stories/{slug}/index.html", lw.slug);
                prop_assert!(!site.has(&page), "{}: {} is hidden", name, page);
                continue;
            }
            let members = sm
                .members
                .iter()
                .filter(|m| reader.sees(*li, lm, lm.exps[**m].vis))
                .count();
            let card = select(&portrait, ".stories .card")
                .into_iter()
                .find(|c| c.html().contains(&format!("stories/{slug}/")))
                .map(|c| number_in(&select_in(&c, ".card-meta")));
            prop_assert_eq!(
                card,
                Some(Some(members)),
                "{}: count of story {}",
                name,
                slug
            );
        }
    }
    Ok(())
}

fn select_in(el: &scraper::ElementRef<'_>, css: &str) -> String {
    let sel = scraper::Selector::parse(css).expect("selector");
    el.select(&sel).map(|e| text_of(&e)).collect::<String>()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24)
}

#[test]
fn no_hidden_item_reaches_a_site_and_every_count_is_over_visible_items() {
    let config = Config {
        cases: cases(),
        max_shrink_iters: 200,
        source_file: Some(file!()),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&model_strategy(), |model| {
        let plan = write(&model);
        build(&model, &plan)?;
        check(&model, &plan)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

// ---------------------------------------------------------------------------------
// Incremental builds: a build that keeps pages writes what a clean build writes
// ---------------------------------------------------------------------------------

/// One edit of a journal's files, by index into its sorted Markdown files.
#[derive(Debug, Clone)]
enum Edit {
    /// A sentence added to the text.
    Append(usize),
    /// The item's visibility set to one of [`VISIBILITIES`].
    Visibility(usize, usize),
    /// A word put in front of the title.
    Title(usize),
    /// The journal's title changed.
    JournalTitle,
    /// The same bytes written again (a new modification time).
    Touch(usize),
    /// A site page deleted from the output folder by hand.
    DeletePage(usize),
    /// A site page changed in the output folder by hand.
    TamperPage(usize),
    /// Any file of the output folder (photo, style sheet, data, page) overwritten
    /// by hand.
    TamperFile(usize),
    /// A PNG photo of the journal replaced by another image under the same name.
    ReplacePhoto(usize),
    /// Nothing at all: a build after it leaves every site in place whole.
    Nothing,
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..64).prop_map(Edit::Append),
        (0usize..64, 0..VISIBILITIES.len()).prop_map(|(f, v)| Edit::Visibility(f, v)),
        (0usize..64).prop_map(Edit::Title),
        Just(Edit::JournalTitle),
        (0usize..64).prop_map(Edit::Touch),
        (0usize..512).prop_map(Edit::DeletePage),
        (0usize..512).prop_map(Edit::TamperPage),
        (0usize..512).prop_map(Edit::TamperFile),
        (0usize..64).prop_map(Edit::ReplacePhoto),
        Just(Edit::Nothing),
    ]
}

/// The Markdown files of the journal at `root`, sorted.
fn markdown_files(root: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<std::path::PathBuf> = list_files(root)
        .into_iter()
        .filter(|f| f.ends_with(".md"))
        .map(|f| root.join(f))
        .collect();
    files.sort();
    files
}

/// Applies `edit` (the `n`th) to the journal at `root` and the output folder `out`.
fn apply(edit: &Edit, n: usize, root: &std::path::Path, out: &std::path::Path) {
    let files = markdown_files(root);
    let pick = |i: usize| files[i % files.len()].clone();
    let pages: Vec<String> = list_files(out)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    let page = |i: usize| out.join(&pages[i % pages.len()]);
    match edit {
        Edit::Append(i) => {
            let path = pick(*i);
            let text = std::fs::read_to_string(&path).expect("read");
            std::fs::write(&path, format!("{text}\nPhrase zqajout{n} ici.\n")).expect("write");
        }
        Edit::Visibility(i, v) => {
            let path = pick(*i);
            let text = std::fs::read_to_string(&path).expect("read");
            let mut lines: Vec<String> = text
                .lines()
                .filter(|l| !l.starts_with("visibility = "))
                .map(str::to_string)
                .collect();
            if let Some(vis) = VISIBILITIES[*v] {
                lines.insert(1, format!("visibility = \"{vis}\""));
            }
            std::fs::write(&path, lines.join("\n") + "\n").expect("write");
        }
        Edit::Title(i) => {
            let path = pick(*i);
            let text = std::fs::read_to_string(&path).expect("read");
            let text = text.replacen("title = \"", &format!("title = \"Zqtitre{n} "), 1);
            std::fs::write(&path, text).expect("write");
        }
        Edit::JournalTitle => {
            let path = root.join("carnet.toml");
            let text = std::fs::read_to_string(&path).expect("read");
            let text = text.replacen("title = \"", &format!("title = \"Zqcarnet{n} "), 1);
            std::fs::write(&path, text).expect("write");
        }
        Edit::Touch(i) => {
            let path = pick(*i);
            let bytes = std::fs::read(&path).expect("read");
            std::thread::sleep(std::time::Duration::from_millis(5));
            std::fs::write(&path, bytes).expect("write");
        }
        Edit::DeletePage(i) if !pages.is_empty() => {
            std::fs::remove_file(page(*i)).expect("delete page");
        }
        Edit::TamperPage(i) if !pages.is_empty() => {
            let path = page(*i);
            let text = std::fs::read_to_string(&path).expect("read");
            std::fs::write(&path, format!("{text}<!-- edited by hand -->")).expect("write");
        }
        Edit::DeletePage(_) | Edit::TamperPage(_) => {}
        Edit::TamperFile(i) => {
            let files = list_files(out);
            if !files.is_empty() {
                let path = out.join(&files[i % files.len()]);
                std::fs::write(&path, format!("edited by hand {n}")).expect("write");
            }
        }
        Edit::ReplacePhoto(i) => {
            let pngs: Vec<String> = list_files(root)
                .into_iter()
                .filter(|f| f.ends_with(".png"))
                .collect();
            if !pngs.is_empty() {
                let colour = [(n * 37 % 256) as u8, 255 - (n % 256) as u8, 7];
                std::fs::write(root.join(&pngs[i % pngs.len()]), solid_png(48, 32, colour))
                    .expect("write");
            }
        }
        Edit::Nothing => {}
    }
}

/// Builds the journal at `root` into `out` with the library, quietly.
fn build_into(root: &std::path::Path, out: &std::path::Path, cache: &std::path::Path) {
    let options = carnet::Options {
        journal: root.to_path_buf(),
        out: Some(out.to_path_buf()),
        cache: Some(cache.to_path_buf()),
        quiet: true,
        ..carnet::Options::default()
    };
    if let Err(e) = carnet::build(&options) {
        panic!("build failed: {e}");
    }
}

#[test]
fn an_incremental_build_writes_exactly_what_a_clean_build_writes() {
    let config = Config {
        cases: cases(),
        max_shrink_iters: 50,
        source_file: Some(file!()),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let steps = prop::collection::vec(prop::collection::vec(edit_strategy(), 1..=3), 1..=3);
    let result = runner.run(&(model_strategy(), steps), |(model, steps)| {
        let plan = write(&model);
        let j = &plan.journal;
        let (root, out, cache) = (j.root(), j.out(), j.cache());
        build_into(&root, &out, &cache);
        let mut n = 0;
        for (step, edits) in steps.iter().enumerate() {
            for edit in edits {
                n += 1;
                apply(edit, n, &root, &out);
            }
            // The journal may now fail to load (a visibility its story cannot
            // have, say): both builds must then fail alike, and nothing is compared.
            let clean = j.tmp().join(format!("clean-{step}"));
            let incremental = carnet::build(&carnet::Options {
                journal: root.clone(),
                out: Some(out.clone()),
                cache: Some(cache.clone()),
                quiet: true,
                ..carnet::Options::default()
            });
            let fresh = carnet::build(&carnet::Options {
                journal: root.clone(),
                out: Some(clean.clone()),
                cache: Some(j.tmp().join(format!("clean-cache-{step}"))),
                quiet: true,
                ..carnet::Options::default()
            });
            prop_assert_eq!(
                incremental.is_ok(),
                fresh.is_ok(),
                "one build failed: {:?} / {:?}",
                incremental.as_ref().err().map(ToString::to_string),
                fresh.as_ref().err().map(ToString::to_string)
            );
            let Ok(summary) = incremental else {
                continue;
            };
            // Site skipping: after a step that changed nothing, no site is rendered.
            if edits.iter().all(|e| matches!(e, Edit::Nothing)) {
                prop_assert_eq!(
                    summary.sites_kept,
                    summary.sites.len(),
                    "a build after no change renders a site"
                );
            }
            let (a, b) = (snapshot(&out), snapshot(&clean));
            let names = |s: &BTreeMap<String, Vec<u8>>| s.keys().cloned().collect::<Vec<_>>();
            prop_assert_eq!(names(&a), names(&b), "other files after {:?}", edits);
            for (rel, bytes) in &a {
                prop_assert!(
                    bytes == &b[rel],
                    "{} differs from a clean build's after {:?}",
                    rel,
                    edits
                );
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
