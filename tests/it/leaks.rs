//! Leak tests: what an audience may not see must be nowhere in its site (no page, no
//! file name, no photo), and what it may see must be there. Every "absent here" has a
//! paired "present there", so a test cannot pass because a canary string changed.
//!
//! The fixture plants unique canary strings (`zq...`: `z` and `q` never appear in the
//! hex names of photo files) in every field of every item, and gives every photo its
//! own flat colour, so a photo is recognised in the output by decoding it.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::*;

const PUBLIC: &str = "public";
const COM_BOIS: &str = "community/atelier-bois";
const COM_EMPL: &str = "community/employeurs";
const REF_NELLY: &str = "referent/nelly";
const REF_OMAR: &str = "referent/omar";
const P_ALICE: &str = "private/alice";
const P_BRUNO: &str = "private/bruno";
const P_CHLOE: &str = "private/chloe";
const P_DINA: &str = "private/dina";
const P_ERIC: &str = "private/eric";

const ALL_SITES: [&str; 10] = [
    PUBLIC, COM_BOIS, COM_EMPL, REF_NELLY, REF_OMAR, P_ALICE, P_BRUNO, P_CHLOE, P_DINA, P_ERIC,
];

/// An experience of the fixture: its canary key, and the sites allowed to show it.
struct Exp {
    learner: &'static str,
    key: &'static str,
    date: &'static str,
    visibility: Option<&'static str>,
    /// `groups = [...]`, one group.
    groups: Option<&'static str>,
    skills: &'static [&'static str],
    colors: &'static [[u8; 3]],
    allowed: &'static [&'static str],
}

impl Exp {
    fn folder(&self) -> String {
        format!("{}-zq{}folder", self.date, self.key)
    }

    fn photo_name(&self, i: usize) -> String {
        format!("zq{}photo{}.png", self.key, ["", "bis"][i])
    }

    /// Canaries shown on the pages of a site allowed to see the experience.
    fn shown(&self) -> Vec<String> {
        [
            "title", "body", "tag", "place", "kind", "folder", "alt", "caption",
        ]
        .iter()
        .map(|f| format!("zq{}{f}", self.key))
        .collect()
    }

    /// Canaries never shown anywhere (photo file names: outputs are renamed).
    fn never_shown(&self) -> Vec<String> {
        vec![format!("zq{}photo", self.key)]
    }
}

const EXPERIENCES: &[Exp] = &[
    // Alice: public profile, group atelier-bois, referent nelly.
    Exp {
        learner: "alice",
        key: "apub",
        date: "2021-01-10",
        visibility: Some("public"),
        groups: None,
        skills: &["rigueur"],
        colors: &[[255, 0, 0], [0, 0, 255]],
        allowed: &[PUBLIC, COM_BOIS, COM_EMPL, REF_NELLY, P_ALICE],
    },
    // Community, no `groups`: her learners' group sees it, the employers' does not.
    Exp {
        learner: "alice",
        key: "acom",
        date: "2021-02-10",
        visibility: Some("community"),
        groups: None,
        skills: &["rigueur", "curiosite"],
        colors: &[[0, 255, 0]],
        allowed: &[COM_BOIS, REF_NELLY, P_ALICE],
    },
    // Opened to the employers' group by name: not to her learners' group.
    Exp {
        learner: "alice",
        key: "aemp",
        date: "2021-02-20",
        visibility: Some("community"),
        groups: Some("employeurs"),
        skills: &[],
        colors: &[[64, 0, 0]],
        allowed: &[COM_EMPL, REF_NELLY, P_ALICE],
    },
    Exp {
        learner: "alice",
        key: "aref",
        date: "2021-03-10",
        visibility: Some("referent"),
        groups: None,
        skills: &["rigueur", "autonomie"],
        colors: &[[255, 255, 0]],
        allowed: &[REF_NELLY, P_ALICE],
    },
    Exp {
        learner: "alice",
        key: "apriv",
        date: "2021-04-10",
        visibility: Some("private"),
        groups: None,
        skills: &["rigueur", "perseverance"],
        colors: &[[255, 0, 255]],
        allowed: &[P_ALICE],
    },
    Exp {
        learner: "alice",
        key: "anone",
        date: "2021-05-10",
        visibility: None,
        groups: None,
        skills: &["rigueur", "reactivite"],
        colors: &[[0, 255, 255]],
        allowed: &[P_ALICE],
    },
    // Bruno: profile for his referent only, group atelier-bois: his public
    // experience must not reach the public or the community site.
    Exp {
        learner: "bruno",
        key: "bpub",
        date: "2021-01-20",
        visibility: Some("public"),
        groups: None,
        skills: &["travail-equipe"],
        colors: &[[128, 0, 0]],
        allowed: &[REF_OMAR, P_BRUNO],
    },
    // Chloé: community profile, group employeurs, referent nelly.
    Exp {
        learner: "chloe",
        key: "cpub",
        date: "2021-01-30",
        visibility: Some("public"),
        groups: None,
        skills: &["rigueur"],
        colors: &[[0, 128, 0]],
        allowed: &[COM_EMPL, REF_NELLY, P_CHLOE],
    },
    Exp {
        learner: "chloe",
        key: "cref",
        date: "2021-02-28",
        visibility: Some("referent"),
        groups: None,
        skills: &["rigueur"],
        colors: &[[0, 0, 128]],
        allowed: &[REF_NELLY, P_CHLOE],
    },
    // Dina: no visibility on her profile (so private), public experience.
    Exp {
        learner: "dina",
        key: "dpub",
        date: "2021-06-01",
        visibility: Some("public"),
        groups: None,
        skills: &["rigueur"],
        colors: &[[128, 128, 0]],
        allowed: &[P_DINA],
    },
    // Eric: public profile, no group, no referent.
    Exp {
        learner: "eric",
        key: "epub",
        date: "2021-07-01",
        visibility: Some("public"),
        groups: None,
        skills: &["rigueur"],
        colors: &[[128, 0, 128]],
        allowed: &[PUBLIC, P_ERIC],
    },
    Exp {
        learner: "eric",
        key: "ecom",
        date: "2021-07-02",
        visibility: Some("community"),
        groups: None,
        skills: &["rigueur"],
        colors: &[[0, 128, 128]],
        allowed: &[P_ERIC],
    },
    Exp {
        learner: "eric",
        key: "eref",
        date: "2021-07-03",
        visibility: Some("referent"),
        groups: None,
        skills: &["rigueur"],
        colors: &[[255, 128, 0]],
        allowed: &[P_ERIC],
    },
];

/// A learner: profile front matter, avatar colour, and the sites that may see them.
struct Person {
    slug: &'static str,
    front: &'static str,
    avatar: Option<[u8; 3]>,
    allowed: &'static [&'static str],
}

const PEOPLE: &[Person] = &[
    Person {
        slug: "alice",
        front: "groups = [\"atelier-bois\", \"employeurs\"]\nreferent = \"nelly\"\nvisibility = \"public\"",
        avatar: Some([255, 255, 255]),
        allowed: &[PUBLIC, COM_BOIS, COM_EMPL, REF_NELLY, P_ALICE],
    },
    Person {
        slug: "bruno",
        front: "groups = [\"atelier-bois\"]\nreferent = \"omar\"\nvisibility = \"referent\"",
        avatar: Some([128, 255, 0]),
        allowed: &[REF_OMAR, P_BRUNO],
    },
    Person {
        slug: "chloe",
        front: "groups = [\"employeurs\"]\nreferent = \"nelly\"\nvisibility = \"community\"\nshared_with = [\"employeurs\"]",
        avatar: Some([0, 128, 255]),
        allowed: &[COM_EMPL, REF_NELLY, P_CHLOE],
    },
    Person {
        slug: "dina",
        front: "groups = [\"atelier-bois\"]\nreferent = \"nelly\"",
        avatar: Some([255, 0, 128]),
        allowed: &[P_DINA],
    },
    Person {
        slug: "eric",
        front: "visibility = \"public\"",
        avatar: None,
        allowed: &[PUBLIC, P_ERIC],
    },
];

/// A story: its canary key, its experiences and the sites that may see it.
struct Story {
    learner: &'static str,
    key: &'static str,
    visibility: Option<&'static str>,
    /// `groups = [...]`, one group.
    groups: Option<&'static str>,
    experiences: &'static [&'static str],
    cover: Option<(&'static str, usize)>,
    allowed: &'static [&'static str],
}

const STORIES: &[Story] = &[
    // Public story told with a referent-only experience, whose photo is its cover.
    Story {
        learner: "alice",
        key: "spub",
        visibility: Some("public"),
        groups: None,
        experiences: &["apub", "aref"],
        cover: Some(("aref", 0)),
        allowed: &[PUBLIC, COM_BOIS, COM_EMPL, REF_NELLY, P_ALICE],
    },
    Story {
        learner: "alice",
        key: "scom",
        visibility: Some("community"),
        groups: None,
        experiences: &["acom", "apriv"],
        cover: None,
        allowed: &[COM_BOIS, REF_NELLY, P_ALICE],
    },
    // Opened to the employers' group, told with an experience opened to it and
    // one its learners' group sees.
    Story {
        learner: "alice",
        key: "semp",
        visibility: Some("community"),
        groups: Some("employeurs"),
        experiences: &["aemp", "acom"],
        cover: None,
        allowed: &[COM_EMPL, REF_NELLY, P_ALICE],
    },
    Story {
        learner: "alice",
        key: "spriv",
        visibility: Some("private"),
        groups: None,
        experiences: &["apub"],
        cover: None,
        allowed: &[P_ALICE],
    },
    Story {
        learner: "alice",
        key: "snone",
        visibility: None,
        groups: None,
        experiences: &["apub"],
        cover: None,
        allowed: &[P_ALICE],
    },
    // A public story of Bruno, whose profile is for his referent only.
    Story {
        learner: "bruno",
        key: "sbpub",
        visibility: Some("public"),
        groups: None,
        experiences: &["bpub"],
        cover: Some(("bpub", 0)),
        allowed: &[REF_OMAR, P_BRUNO],
    },
];

fn exp(key: &str) -> &'static Exp {
    EXPERIENCES
        .iter()
        .find(|e| e.key == key)
        .expect("fixture experience")
}

const CONFIG: &str = r#"
title = "Carnets de test"
language = "fr"

[[groups]]
slug = "atelier-bois"
name = "Atelier Bois"
kind = "learners"

[[groups]]
slug = "employeurs"
name = "Employeurs"
kind = "employers"

[[referents]]
slug = "nelly"
name = "Nelly"

[[referents]]
slug = "omar"
name = "Omar"
"#;

/// Writes the whole fixture journal.
pub(crate) fn fixture() -> Journal {
    let j = Journal::new();
    j.config(CONFIG);
    for p in PEOPLE {
        let mut front = format!(
            "name = \"{s} zq{s}name\"\nheadline = \"zq{s}headline\"\n{}",
            p.front,
            s = p.slug
        );
        if let Some(c) = p.avatar {
            front.push_str("\navatar = \"avatar.png\"");
            j.file(
                &format!("learners/{}/avatar.png", p.slug),
                &solid_png(300, 300, c),
            );
        }
        j.learner(p.slug, &front, &format!("Je suis zq{}bio.\n", p.slug));
    }
    for e in EXPERIENCES {
        let photos: Vec<(String, Vec<u8>)> = e
            .colors
            .iter()
            .enumerate()
            .map(|(i, c)| (e.photo_name(i), solid_png(360, 240, *c)))
            .collect();
        let list: Vec<String> = photos
            .iter()
            .map(|(name, _)| {
                format!(
                    "{{ file = \"{name}\", alt = \"zq{k}alt\", caption = \"zq{k}caption\" }}",
                    k = e.key
                )
            })
            .collect();
        let skills: Vec<String> = e.skills.iter().map(|s| format!("\"{s}\"")).collect();
        let mut front = format!(
            "title = \"Expérience zq{k}title\"\ndate = {d}\nplace = \"Lieu zq{k}place\"\nkind = \"zq{k}kind\"\ntags = [\"zq{k}tag\"]\nskills = [{s}]\nphotos = [{p}]",
            k = e.key,
            d = e.date,
            s = skills.join(", "),
            p = list.join(", "),
        );
        if let Some(v) = e.visibility {
            front.push_str(&format!("\nvisibility = \"{v}\""));
        }
        if let Some(g) = e.groups {
            front.push_str(&format!("\ngroups = [\"{g}\"]"));
        }
        let photo_refs: Vec<(&str, &[u8])> = photos
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        j.experience(
            e.learner,
            &e.folder(),
            &front,
            &format!("Le texte zq{}body.\n", e.key),
            &photo_refs,
        );
    }
    for s in STORIES {
        let members: Vec<String> = s
            .experiences
            .iter()
            .map(|k| format!("\"{}\"", exp(k).folder()))
            .collect();
        let mut front = format!(
            "title = \"Récit zq{k}title\"\nexperiences = [{m}]",
            k = s.key,
            m = members.join(", ")
        );
        if let Some(v) = s.visibility {
            front.push_str(&format!("\nvisibility = \"{v}\""));
        }
        if let Some(g) = s.groups {
            front.push_str(&format!("\ngroups = [\"{g}\"]"));
        }
        if let Some((k, i)) = s.cover {
            front.push_str(&format!(
                "\ncover = \"{}/{}\"",
                exp(k).folder(),
                exp(k).photo_name(i)
            ));
        }
        j.story(
            s.learner,
            &format!("recit-zq{}slug", s.key),
            &front,
            &format!("Intro zq{}body.\n", s.key),
        );
    }
    j
}

/// (canaries a site shows when allowed, canaries never shown, allowed sites) of every
/// item of the fixture.
pub(crate) fn canaries() -> Vec<(Vec<String>, Vec<String>, &'static [&'static str])> {
    let mut all = Vec::new();
    for p in PEOPLE {
        let shown = ["name", "headline", "bio"]
            .iter()
            .map(|f| format!("zq{}{f}", p.slug))
            .collect();
        all.push((shown, Vec::new(), p.allowed));
    }
    for e in EXPERIENCES {
        all.push((e.shown(), e.never_shown(), e.allowed));
    }
    for s in STORIES {
        let shown = ["title", "slug", "body"]
            .iter()
            .map(|f| format!("zq{}{f}", s.key))
            .collect();
        all.push((shown, Vec::new(), s.allowed));
    }
    all
}

#[test]
fn every_audience_gets_its_own_site_and_no_other() {
    let j = fixture();
    j.build_ok();
    let mut expected: Vec<String> = ALL_SITES.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(sites_in(&j.out()), expected);
}

#[test]
fn no_canary_reaches_a_site_that_may_not_see_it_and_each_reaches_those_that_may() {
    let j = fixture();
    j.build_ok();
    let mut problems = Vec::new();
    for site in ALL_SITES {
        let dir = j.out().join(site);
        let files: Vec<(String, Vec<u8>)> = list_files(&dir)
            .into_iter()
            .map(|f| (f.clone(), std::fs::read(dir.join(&f)).expect("read")))
            .collect();
        let paths = list_paths(&dir);
        assert!(
            files.iter().any(|(f, _)| f == "index.html"),
            "{site} has no home page"
        );
        for (shown, never, allowed) in canaries() {
            let ok_here = allowed.contains(&site);
            for canary in shown.iter().chain(never.iter()) {
                let in_content: Vec<&str> = files
                    .iter()
                    .filter(|(_, b)| contains_ci(b, canary))
                    .map(|(f, _)| f.as_str())
                    .collect();
                let in_names: Vec<&String> = paths
                    .iter()
                    .filter(|p| contains_ci(p.as_bytes(), canary))
                    .collect();
                let present = !in_content.is_empty() || !in_names.is_empty();
                if !ok_here && present {
                    problems.push(format!(
                        "LEAK: {canary} is on the {site} site (in files {in_content:?}, in names {in_names:?})"
                    ));
                }
            }
            if ok_here {
                for canary in &shown {
                    if !files.iter().any(|(_, b)| contains_ci(b, canary)) {
                        problems.push(format!(
                            "MISSING: {canary} should be shown on the {site} site"
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every photo of the fixture: its colour and the sites that may show it.
fn photo_colors() -> Vec<([u8; 3], String, &'static [&'static str])> {
    let mut out = Vec::new();
    for p in PEOPLE {
        if let Some(c) = p.avatar {
            out.push((c, format!("avatar of {}", p.slug), p.allowed));
        }
    }
    for e in EXPERIENCES {
        for (i, c) in e.colors.iter().enumerate() {
            out.push((*c, e.photo_name(i), e.allowed));
        }
    }
    out
}

fn nearest(
    color: [u8; 3],
    palette: &[([u8; 3], String, &'static [&'static str])],
) -> Option<usize> {
    let dist = |a: [u8; 3], b: [u8; 3]| {
        a.iter()
            .zip(b)
            .map(|(x, y)| (i32::from(*x) - i32::from(y)).abs())
            .max()
    };
    palette
        .iter()
        .position(|(c, _, _)| dist(*c, color).is_some_and(|d| d <= 24))
}

#[test]
fn hidden_photos_are_not_in_a_site_and_visible_ones_are() {
    let j = fixture();
    j.build_ok();
    let palette = photo_colors();
    // The fixture's colours must be told apart after JPEG compression.
    for (i, (a, _, _)) in palette.iter().enumerate() {
        assert_eq!(nearest(*a, &palette), Some(i), "fixture colours too close");
    }
    let mut problems = Vec::new();
    for site_name in ALL_SITES {
        let site = j.site(site_name);
        let mut seen = BTreeSet::new();
        for f in site.photo_files() {
            let (_, _, mean) = decode_mean(&site.bytes(&f));
            match nearest(mean, &palette) {
                Some(i) => {
                    let (_, name, allowed) = &palette[i];
                    if !allowed.contains(&site_name) {
                        problems.push(format!("LEAK: {site_name}/{f} is the photo {name}"));
                    }
                    seen.insert(i);
                }
                None => problems.push(format!(
                    "{site_name}/{f} is no photo of the journal (mean colour {mean:?})"
                )),
            }
        }
        for (i, (_, name, allowed)) in palette.iter().enumerate() {
            if allowed.contains(&site_name) && !seen.contains(&i) {
                problems.push(format!(
                    "MISSING: the {site_name} site should show the photo {name}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_site_holds_only_files_its_pages_reference() {
    let j = fixture();
    j.build_ok();
    let mut problems = Vec::new();
    for site_name in ALL_SITES {
        let site = j.site(site_name);
        let referenced = site.referenced();
        let files = site.files();
        for f in &files {
            if f != "robots.txt" && !referenced.contains(f) {
                problems.push(format!(
                    "{site_name}/{f} is referenced by no page of its site"
                ));
            }
        }
        for r in &referenced {
            if !files.contains(r) {
                problems.push(format!(
                    "{site_name}: a page references {r}, which the site does not have"
                ));
            }
        }
        // Photos: only variants of the visible photos, each referenced.
        let photos = site.photo_files();
        let photo_refs = referenced
            .iter()
            .filter(|r| r.starts_with("photos/"))
            .count();
        if photos.len() != photo_refs {
            problems.push(format!(
                "{site_name}: {} files in photos/ but its pages reference {photo_refs}",
                photos.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_site_with_no_visible_photo_has_no_photo_file() {
    // Lina's profile is for her referent: her avatar and her public experience's photo
    // must not reach the public site, which then has no photo file at all.
    let j = Journal::new();
    j.learner(
        "lina",
        "name = \"Lina\"\nvisibility = \"referent\"\navatar = \"a.png\"",
        "",
    );
    j.file("learners/lina/a.png", &solid_png(200, 200, [255, 0, 0]));
    j.experience(
        "lina",
        "2021-01-01-secret",
        "title = \"Secret\"\ndate = 2021-01-01\nvisibility = \"public\"\nphotos = [{ file = \"p.png\", alt = \"x\" }]",
        "",
        &[("p.png", &solid_png(200, 150, [0, 255, 0]))],
    );
    j.build_ok();
    let public = j.site("public");
    assert!(public.has("index.html"));
    assert_eq!(
        public.photo_files(),
        Vec::<String>::new(),
        "the public site must hold no photo"
    );
    // Paired: the learner's own site has both photos.
    let colors: BTreeSet<[u8; 3]> = j
        .site("private/lina")
        .photo_files()
        .iter()
        .map(|f| {
            decode_mean(&j.site("private/lina").bytes(f))
                .2
                .map(|c| if c > 128 { 255 } else { 0 })
        })
        .collect();
    assert_eq!(colors, BTreeSet::from([[255, 0, 0], [0, 255, 0]]));
}

/// The skill counts shown on a portrait: skill id → count.
fn skill_counts(site: &Site, learner: &str) -> BTreeMap<String, usize> {
    let doc = site.html(&format!("{learner}/index.html"));
    let li = scraper::Selector::parse("li.skill").expect("selector");
    let count = scraper::Selector::parse(".skill-count").expect("selector");
    doc.select(&li)
        .map(|el| {
            let id = el
                .value()
                .id()
                .expect("skill id")
                .trim_start_matches("skill-")
                .to_string();
            let text: String = el.select(&count).next().expect("count").text().collect();
            let n = text
                .split_whitespace()
                .next()
                .expect("number")
                .parse()
                .expect("count is a number");
            (id, n)
        })
        .collect()
}

#[test]
fn skill_counts_count_only_visible_experiences() {
    let j = fixture();
    j.build_ok();
    let expect = |pairs: &[(&str, usize)]| -> BTreeMap<String, usize> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    };
    assert_eq!(
        skill_counts(&j.site(PUBLIC), "alice"),
        expect(&[("rigueur", 1)])
    );
    assert_eq!(
        skill_counts(&j.site(COM_BOIS), "alice"),
        expect(&[("rigueur", 2), ("curiosite", 1)])
    );
    assert_eq!(
        skill_counts(&j.site(REF_NELLY), "alice"),
        expect(&[("rigueur", 3), ("curiosite", 1), ("autonomie", 1)])
    );
    assert_eq!(
        skill_counts(&j.site(P_ALICE), "alice"),
        expect(&[
            ("rigueur", 5),
            ("curiosite", 1),
            ("autonomie", 1),
            ("perseverance", 1),
            ("reactivite", 1)
        ])
    );
    assert_eq!(
        skill_counts(&j.site(PUBLIC), "eric"),
        expect(&[("rigueur", 1)])
    );
    assert_eq!(
        skill_counts(&j.site(P_ERIC), "eric"),
        expect(&[("rigueur", 3)])
    );

    // A skill used only by hidden experiences appears nowhere on the site, not even
    // its label; paired with its presence on the learner's own site.
    for (skill, label, hidden_on, shown_on) in [
        (
            "perseverance",
            "Persévérance",
            vec![PUBLIC, COM_BOIS, REF_NELLY],
            P_ALICE,
        ),
        ("autonomie", "Autonomie", vec![PUBLIC, COM_BOIS], REF_NELLY),
        ("curiosite", "Curiosité", vec![PUBLIC], COM_BOIS),
    ] {
        for site in hidden_on {
            for (page, text) in read_all_text(&j.out().join(site)) {
                assert!(
                    !text.contains(&format!("skill-{skill}")),
                    "{site}/{page} mentions the skill {skill}"
                );
                assert!(
                    !text.contains(label),
                    "{site}/{page} shows the label {label}"
                );
            }
        }
        let portrait = j.site(shown_on).text("alice/index.html");
        assert!(
            portrait.contains(&format!("id=\"skill-{skill}\"")),
            "{shown_on} lacks the skill {skill}"
        );
        assert!(
            portrait.contains(label),
            "{shown_on} lacks the label {label}"
        );
    }
}

#[test]
fn a_public_story_shows_only_its_visible_experiences_and_the_build_warns() {
    let j = fixture();
    let out = j.build_ok();
    let story = "alice/stories/recit-zqspubslug/index.html";
    let chapters = scraper::Selector::parse("li.chapter").expect("selector");
    let chapter_ids = |site: &str| -> Vec<String> {
        j.site(site)
            .html(story)
            .select(&chapters)
            .map(|c| c.value().id().unwrap_or_default().to_string())
            .collect()
    };
    let apub = exp("apub").folder();
    let aref = exp("aref").folder();
    assert_eq!(chapter_ids(PUBLIC), vec![apub.clone()]);
    assert_eq!(chapter_ids(COM_BOIS), vec![apub.clone()]);
    assert_eq!(chapter_ids(REF_NELLY), vec![apub.clone(), aref.clone()]);
    assert_eq!(chapter_ids(P_ALICE), vec![apub.clone(), aref.clone()]);

    // The build warns once about the story, naming the less visible folder, at the
    // line where the story lists it.
    let warnings: Vec<&str> = out
        .stderr
        .split("\n\n")
        .filter(|w| w.starts_with("avertissement"))
        .collect();
    let about_story: Vec<&&str> = warnings
        .iter()
        .filter(|w| w.contains("recit-zqspubslug.md"))
        .collect();
    assert_eq!(about_story.len(), 1, "{}", out.stderr);
    assert!(
        about_story[0].contains(&format!("`{aref}`")),
        "{}",
        out.stderr
    );
    assert!(
        !about_story[0].contains(&format!("`{apub}`")),
        "{}",
        out.stderr
    );
    // No warning for the sites that show the whole story.
    for site in [REF_NELLY, P_ALICE] {
        assert!(
            !warnings
                .iter()
                .any(|w| w.contains("recit-zqspubslug.md") && w.contains(&format!("{site} site"))),
            "unexpected warning for {site}:\n{}",
            out.stderr
        );
    }
    // The community story loses its private experience on every site but Alice's.
    let apriv = exp("apriv").folder();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("recit-zqscomslug.md") && w.contains(&format!("`{apriv}`"))),
        "{}",
        out.stderr
    );
}

#[test]
fn a_profile_less_visible_than_its_experiences_hides_them_all() {
    let j = fixture();
    j.build_ok();
    // Bruno's profile is for his referent: his public experience is on no public or
    // community page, and there is no page of his there at all.
    for site in [PUBLIC, COM_BOIS, COM_EMPL, REF_NELLY] {
        let s = j.site(site);
        assert!(!s.root.join("bruno").exists(), "{site} has a bruno/ folder");
        for f in s.files() {
            assert!(!f.contains("bruno"), "{site}/{f}");
        }
        let home = s.text("index.html");
        assert!(
            !home.contains("zqbpubtitle") && !home.contains("zqbrunoname"),
            "{site} home shows Bruno"
        );
    }
    // Paired: his referent and himself see him and his experience.
    for site in [REF_OMAR, P_BRUNO] {
        let s = j.site(site);
        assert!(s.has("bruno/index.html"), "{site} lacks Bruno's portrait");
        assert!(
            s.has(&format!(
                "bruno/experiences/{}/index.html",
                exp("bpub").folder()
            )),
            "{site}"
        );
        assert!(s.text("index.html").contains("zqbrunoname"), "{site}");
    }
    // Dina (no visibility line: private) with a public experience: only her own site.
    for site in ALL_SITES.iter().filter(|s| **s != P_DINA) {
        assert!(
            !j.site(site).root.join("dina").exists(),
            "{site} has a dina/ folder"
        );
    }
    assert!(j.site(P_DINA).has(&format!(
        "dina/experiences/{}/index.html",
        exp("dpub").folder()
    )));
}

#[test]
fn community_and_referent_sites_follow_membership_not_just_levels() {
    let j = fixture();
    j.build_ok();
    // Eric is in no group and has no referent: his community and referent items are
    // on no community or referent site; Chloé is not in atelier-bois.
    for site in [COM_BOIS, COM_EMPL, REF_NELLY, REF_OMAR] {
        assert!(
            !j.site(site).root.join("eric").exists(),
            "{site} shows Eric"
        );
    }
    assert!(!j.site(COM_BOIS).root.join("chloe").exists());
    assert!(!j.site(REF_OMAR).root.join("alice").exists());
    assert!(!j.site(REF_OMAR).root.join("chloe").exists());
    // Paired.
    assert!(j.site(COM_EMPL).has("chloe/index.html"));
    assert!(j.site(REF_NELLY).has("chloe/index.html"));
    assert!(j.site(REF_NELLY).has("alice/index.html"));
    assert!(j.site(COM_BOIS).has("alice/index.html"));
    assert!(j.site(PUBLIC).has("eric/index.html"));
}

/// `groups = [...]` per audience: Alice is in the learners' group atelier-bois and
/// in the employers' group. Her experience opened to the employers by name is on
/// the employers' site and not on atelier-bois; her community experience naming no
/// group is on atelier-bois and not on the employers' site; her public one is on
/// both. The same for her stories, and the employers' site names no other group.
#[test]
fn groups_open_an_item_to_the_employers_site_and_not_to_the_learners_group() {
    let j = fixture();
    j.build_ok();
    let has = |site: &str, key: &str| {
        j.site(site).has(&format!(
            "alice/experiences/{}/index.html",
            exp(key).folder()
        ))
    };
    assert!(has(COM_EMPL, "aemp"));
    assert!(!has(COM_BOIS, "aemp"));
    assert!(has(COM_BOIS, "acom"));
    assert!(!has(COM_EMPL, "acom"));
    assert!(has(COM_BOIS, "apub") && has(COM_EMPL, "apub"));
    assert!(has(REF_NELLY, "aemp") && has(REF_NELLY, "acom"));
    let story = |site: &str, key: &str| {
        j.site(site)
            .has(&format!("alice/stories/recit-zq{key}slug/index.html"))
    };
    assert!(story(COM_EMPL, "semp") && !story(COM_BOIS, "semp"));
    assert!(story(COM_BOIS, "scom") && !story(COM_EMPL, "scom"));
    // The story opened to the employers shows only what they may see of it.
    let page = j
        .site(COM_EMPL)
        .text("alice/stories/recit-zqsempslug/index.html");
    assert!(page.contains("zqaemptitle") && !page.contains("zqacomtitle"));
    // Group membership stays private: no group's site names the other group.
    for (site, other) in [(COM_EMPL, "Atelier Bois"), (COM_BOIS, "Employeurs")] {
        for (page, text) in read_all_text(&j.out().join(site)) {
            assert!(!text.contains(other), "{site}/{page} names {other}");
        }
    }
    // Alice's own site says which group sees what.
    let own = j.site(P_ALICE).text(&format!(
        "alice/experiences/{}/index.html",
        exp("aemp").folder()
    ));
    assert!(own.contains("Employeurs"), "her own page names the group");
}

/// Each site's search index (`search-index.js`, read by the feed's filters and
/// search) holds exactly the experiences its audience may see: no more (a classic
/// leak route), no fewer.
#[test]
fn each_search_index_holds_exactly_the_visible_experiences() {
    let j = fixture();
    j.build_ok();
    for site in ALL_SITES {
        let js = j.site(site).text("search-index.js");
        let json = js
            .trim()
            .strip_prefix("window.carnetSearch = ")
            .and_then(|s| s.strip_suffix(';'))
            .unwrap_or_else(|| panic!("{site}: not a script setting the global: {js}"));
        let index: serde_json::Value = serde_json::from_str(json).expect("JSON");
        let keys: BTreeSet<String> = index["docs"]
            .as_array()
            .expect("docs")
            .iter()
            .map(|d| d["key"].as_str().expect("key").to_string())
            .collect();
        let expected: BTreeSet<String> = EXPERIENCES
            .iter()
            .filter(|e| e.allowed.contains(&site))
            .map(|e| format!("{}/{}", e.learner, e.folder()))
            .collect();
        assert_eq!(keys, expected, "{site}");
    }
}
