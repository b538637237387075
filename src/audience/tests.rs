//! The audience × visibility table, and what a view keeps of hidden items.

use super::*;
use crate::journal::{
    Config, Date, Experience, Group, GroupKind, ImageSettings, Journal, Language, Learner, Profile,
    Referent, SourceFile, Story, Visibility,
};

fn learner(slug: &str, groups: &[&str], referent: Option<&str>, vis: Visibility) -> Learner {
    Learner {
        slug: slug.into(),
        folder: slug.into(),
        profile: Profile {
            name: slug.to_uppercase(),
            headline: String::new(),
            avatar: None,
            groups: groups.iter().map(|g| (*g).into()).collect(),
            referent: referent.map(Into::into),
            show_referent: false,
            visibility: vis,
            shared_with: None,
            protect: false,
            bio: String::new(),
            publish_badges: false,
            source: SourceFile::default(),
        },
        experiences: Vec::new(),
        broken: Vec::new(),
        broken_profile: false,
        stories: Vec::new(),
        contribution: None,
    }
}

fn experience(folder: &str, vis: Visibility, skills: &[&str]) -> Experience {
    Experience {
        slug: folder.into(),
        folder: folder.into(),
        title: format!("title-{folder}"),
        date: Date {
            year: 2021,
            month: 1,
            day: 1,
            time: None,
        },
        place: None,
        tags: vec![format!("tag-{folder}")],
        skills: skills.iter().map(|s| (*s).into()).collect(),
        attestation: None,
        credentials: Vec::new(),
        visibility: vis,
        groups: None,
        kind: None,
        photos: Vec::new(),
        framing: Default::default(),
        body: String::new(),
        source: SourceFile::default(),
    }
}

fn journal(learners: Vec<Learner>) -> Journal {
    Journal {
        root: "j".into(),
        config: Config {
            title: "T".into(),
            language: Language::Fr,
            base_url: Some("https://example.org".into()),
            groups: vec![
                Group {
                    span: 0..0,
                    slug: "gj".into(),
                    name: "Garantie Jeunes".into(),
                    kind: GroupKind::Learners,
                    protect: false,
                },
                Group {
                    span: 0..0,
                    slug: "other".into(),
                    name: "Other".into(),
                    kind: GroupKind::Employers,
                    protect: false,
                },
            ],
            referents: vec![
                Referent {
                    span: 0..0,
                    slug: "nelly".into(),
                    name: "Nelly".into(),
                    role: None,
                    protect: false,
                    professional: None,
                },
                Referent {
                    span: 0..0,
                    slug: "paul".into(),
                    name: "Paul".into(),
                    role: None,
                    protect: false,
                    professional: None,
                },
            ],
            images: ImageSettings::default(),
            recipients: Vec::new(),
            issuer: None,
            accessibility: Default::default(),
            source: SourceFile::default(),
        },
        skills: crate::journal::skills::builtin(Language::Fr),
        builtin_skills: true,
        learners,
        professionals: Vec::new(),
        theme_dir: None,
        contributions: Vec::new(),
    }
}

#[test]
fn audience_visibility_table() {
    let member = learner("ines", &["gj"], Some("nelly"), Visibility::Public);
    let j = journal(Vec::new());
    // (audience, [may see private, referent, community, public]) for a member of gj followed by nelly.
    let table: [(Audience, [bool; 4]); 9] = [
        (Audience::Public, [false, false, false, true]),
        (Audience::Community("gj".into()), [false, false, true, true]),
        (
            Audience::Community("other".into()),
            [false, false, false, false],
        ),
        (
            Audience::Referent("nelly".into()),
            [false, true, true, true],
        ),
        (
            Audience::Referent("paul".into()),
            [false, false, false, false],
        ),
        (Audience::Private("ines".into()), [true, true, true, true]),
        (
            Audience::Private("karim".into()),
            [false, false, false, false],
        ),
        // Her programme: what her referent or her groups may see.
        (
            Audience::Programme("ines".into()),
            [false, true, true, true],
        ),
        (
            Audience::Programme("karim".into()),
            [false, false, false, false],
        ),
    ];
    for (audience, expected) in table {
        for (vis, want) in Visibility::ALL.iter().zip(expected) {
            assert_eq!(
                audience.may_see(&j, &member, *vis, None),
                want,
                "{audience} / {vis:?}"
            );
        }
    }
}

#[test]
fn hidden_profile_hides_all_items_of_the_learner() {
    let mut l = learner("lea", &["gj"], Some("nelly"), Visibility::Referent);
    l.experiences
        .push(experience("public-exp", Visibility::Public, &["rigueur"]));
    let j = journal(vec![l]);
    let public = view(&j, &Audience::Public);
    assert!(public.learners().is_empty());
    let community = view(&j, &Audience::Community("gj".into()));
    assert!(community.learners().is_empty());
    let referent = view(&j, &Audience::Referent("nelly".into()));
    assert_eq!(referent.learners().len(), 1);
    assert_eq!(referent.learners()[0].experiences.len(), 1);
}

#[test]
fn skills_are_counted_over_visible_experiences_only() {
    let mut l = learner("ines", &["gj"], Some("nelly"), Visibility::Public);
    l.experiences.push(experience(
        "a",
        Visibility::Public,
        &["rigueur", "autonomie"],
    ));
    l.experiences.push(experience(
        "b",
        Visibility::Referent,
        &["rigueur", "curiosite"],
    ));
    let j = journal(vec![l]);
    let public = view(&j, &Audience::Public);
    let skills: Vec<(&str, usize)> = public.learners()[0]
        .skills
        .iter()
        .map(|s| (s.skill.id.as_str(), s.experiences.len()))
        .collect();
    assert_eq!(skills, vec![("autonomie", 1), ("rigueur", 1)]);
    let referent = view(&j, &Audience::Referent("nelly".into()));
    let rigueur = referent.learners()[0]
        .skills
        .iter()
        .find(|s| s.skill.id == "rigueur")
        .unwrap();
    assert_eq!(rigueur.experiences.len(), 2);
    assert!(referent.learners()[0]
        .skills
        .iter()
        .any(|s| s.skill.id == "curiosite"));
}

#[test]
fn story_keeps_only_visible_experiences() {
    let mut l = learner("ines", &["gj"], Some("nelly"), Visibility::Public);
    l.experiences.push(experience("a", Visibility::Public, &[]));
    l.experiences
        .push(experience("secret-b", Visibility::Referent, &[]));
    l.stories.push(Story {
        slug: "s".into(),
        title: "S".into(),
        date: None,
        visibility: Visibility::Public,
        groups: None,
        experiences: vec!["secret-b".into(), "a".into()],
        layout: Default::default(),
        cover: Some("secret-b/photo.jpg".into()),
        framing: Default::default(),
        body: String::new(),
        source: SourceFile {
            path: "s.md".into(),
            ..SourceFile::default()
        },
    });
    let j = journal(vec![l]);
    let public = view(&j, &Audience::Public);
    let story = &public.learners()[0].stories[0];
    assert_eq!(story.experiences, vec!["a".to_string()]);
    assert!(story.cover.is_none());
    let private = view(&j, &Audience::Private("ines".into()));
    assert_eq!(private.learners()[0].stories[0].experiences.len(), 2);
}

#[test]
fn base_url_only_on_public_site() {
    let j = journal(vec![]);
    assert!(view(&j, &Audience::Public).base_url().is_some());
    assert!(view(&j, &Audience::Community("gj".into()))
        .base_url()
        .is_none());
}

#[test]
fn every_audience_has_its_own_folder() {
    let j = journal(vec![learner("ines", &[], None, Visibility::Private)]);
    let dirs: Vec<String> = Audience::all(&j)
        .iter()
        .map(|a| a.dir().display().to_string())
        .collect();
    assert_eq!(
        dirs,
        vec![
            "public",
            "community/gj",
            "community/other",
            "referent/nelly",
            "referent/paul",
            "private/ines"
        ]
    );
}

#[test]
fn group_membership_is_shown_only_to_who_may_know_it() {
    let mut l = learner("ines", &["gj", "other"], Some("nelly"), Visibility::Public);
    l.experiences
        .push(experience("shared", Visibility::Community, &[]));
    l.experiences
        .push(experience("open", Visibility::Public, &[]));
    let j = journal(vec![l]);
    let slugs = |v: &[GroupView]| v.iter().map(|g| g.slug.clone()).collect::<Vec<_>>();
    let public = view(&j, &Audience::Public);
    assert!(public.learners()[0].groups.is_empty());
    assert!(public.learners()[0].experiences[0].shared_with.is_empty());
    let gj = view(&j, &Audience::Community("gj".into()));
    let ines = &gj.learners()[0];
    assert_eq!(slugs(&ines.groups), vec!["gj"]);
    let shared = ines.experiences.iter().find(|e| e.slug == "shared");
    assert_eq!(
        shared.map(|e| slugs(&e.shared_with)),
        Some(vec!["gj".to_string()])
    );
    let referent = view(&j, &Audience::Referent("nelly".into()));
    assert_eq!(slugs(&referent.learners()[0].groups), vec!["gj", "other"]);
    let private = view(&j, &Audience::Private("ines".into()));
    let ines = &private.learners()[0];
    assert_eq!(slugs(&ines.groups), vec!["gj", "other"]);
    let open = ines.experiences.iter().find(|e| e.slug == "open");
    assert_eq!(open.map(|e| e.shared_with.len()), Some(0));
}

/// Issue 21: a referent tells which programme a learner is in. Named to the learner,
/// the referent and the learner's learners' group; not to the public or an
/// employers' group, unless the learner says so (`show_referent = true`).
#[test]
fn the_referent_is_named_only_where_the_programme_may_be_known() {
    let names = |j: &Journal, a: Audience| {
        view(j, &a).learners()[0]
            .referent
            .as_ref()
            .map(|r| r.slug.clone())
    };
    let mut l = learner("ines", &["gj", "other"], Some("nelly"), Visibility::Public);
    let j = journal(vec![l.clone()]);
    let nelly = Some("nelly".to_string());
    assert_eq!(names(&j, Audience::Private("ines".into())), nelly);
    assert_eq!(names(&j, Audience::Referent("nelly".into())), nelly);
    assert_eq!(names(&j, Audience::Community("gj".into())), nelly);
    assert_eq!(names(&j, Audience::Public), None);
    l.profile.shared_with = Some(vec!["other".into()]);
    let j = journal(vec![l.clone()]);
    assert_eq!(names(&j, Audience::Community("other".into())), None);
    l.profile.show_referent = true;
    let j = journal(vec![l]);
    assert_eq!(names(&j, Audience::Public), nelly);
    assert_eq!(names(&j, Audience::Community("other".into())), nelly);
}

/// A learner in a learners' group and an employers' group: a community item
/// naming no group is for the learners' group only; one naming the employers'
/// group is for that group only; public items are for both.
#[test]
fn groups_choose_which_communities_see_a_community_item() {
    let mut l = learner("ines", &["gj", "other"], Some("nelly"), Visibility::Public);
    l.experiences
        .push(experience("default", Visibility::Community, &[]));
    let mut opened = experience("opened", Visibility::Community, &[]);
    opened.groups = Some(vec!["other".into()]);
    l.experiences.push(opened);
    let mut both = experience("both", Visibility::Community, &[]);
    both.groups = Some(vec!["gj".into(), "other".into()]);
    l.experiences.push(both);
    l.experiences
        .push(experience("pub", Visibility::Public, &[]));
    l.experiences
        .push(experience("ref", Visibility::Referent, &[]));
    let j = journal(vec![l]);
    let slugs = |audience: Audience| -> Vec<String> {
        let v = view(&j, &audience);
        v.learners()
            .iter()
            .flat_map(|l| l.experiences.iter().map(|e| e.slug.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        slugs(Audience::Community("gj".into())),
        ["default", "both", "pub"]
    );
    assert_eq!(
        slugs(Audience::Community("other".into())),
        ["opened", "both", "pub"]
    );
    assert_eq!(slugs(Audience::Public), ["pub"]);
    assert_eq!(
        slugs(Audience::Referent("nelly".into())),
        ["default", "opened", "both", "pub", "ref"]
    );
    // The learner's own site says who sees each item.
    let own = view(&j, &Audience::Private("ines".into()));
    let seen_by = |slug: &str| -> Vec<String> {
        own.learners()[0]
            .experiences
            .iter()
            .find(|e| e.slug == slug)
            .map(|e| e.shared_with.iter().map(|g| g.slug.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(seen_by("default"), ["gj"]);
    assert_eq!(seen_by("opened"), ["other"]);
    assert_eq!(seen_by("both"), ["gj", "other"]);
    // A group's site names only that group, even for an item open to two.
    let employers = view(&j, &Audience::Community("other".into()));
    let both = employers.learners()[0]
        .experiences
        .iter()
        .find(|e| e.slug == "both")
        .map(|e| {
            e.shared_with
                .iter()
                .map(|g| g.slug.clone())
                .collect::<Vec<_>>()
        });
    assert_eq!(both, Some(vec!["other".to_string()]));
}

/// A portrait opened to the employers' group only (`shared_with`) shows the
/// learner there, and hides them (and so all their items) from the learners' group.
#[test]
fn portrait_shared_with_employers_only() {
    let mut l = learner("ines", &["gj", "other"], None, Visibility::Community);
    l.profile.shared_with = Some(vec!["other".into()]);
    l.experiences
        .push(experience("pub", Visibility::Public, &[]));
    let j = journal(vec![l]);
    assert_eq!(
        view(&j, &Audience::Community("other".into()))
            .learners()
            .len(),
        1
    );
    assert!(view(&j, &Audience::Community("gj".into()))
        .learners()
        .is_empty());
}

#[test]
fn a_programme_without_referent_sees_only_what_her_groups_see() {
    let alone = learner("ines", &["gj", "other"], None, Visibility::Community);
    let j = journal(Vec::new());
    let programme = Audience::Programme("ines".into());
    let sees = |vis, targets: Option<&[crate::journal::At<String>]>| {
        programme.may_see(&j, &alone, vis, targets)
    };
    assert!(!sees(Visibility::Private, None));
    // No referent reads her referent items: they stay home.
    assert!(!sees(Visibility::Referent, None));
    assert!(sees(Visibility::Community, None));
    assert!(sees(Visibility::Public, None));
    // A community item opened to the employers' group only still reaches it.
    let employers = ["other".into()];
    assert!(sees(Visibility::Community, Some(&employers)));
}

#[test]
fn what_her_referent_sees_of_her_holds_her_items_only() {
    let with_items = |slug: &str| {
        let mut l = learner(slug, &["gj"], Some("nelly"), Visibility::Referent);
        for (name, vis) in [
            ("private", Visibility::Private),
            ("referent", Visibility::Referent),
            ("community", Visibility::Community),
            ("public", Visibility::Public),
        ] {
            l.experiences
                .push(experience(&format!("{slug}-{name}"), vis, &["rigueur"]));
        }
        l
    };
    let j = journal(vec![with_items("ines"), with_items("karim")]);
    let seen = view(&j, &Audience::SeenByReferent("ines".into()));
    let learners = seen.learners();
    assert_eq!(learners.len(), 1, "only her, never another learner");
    assert_eq!(learners[0].slug, "ines");
    let folders: Vec<&str> = learners[0]
        .experiences
        .iter()
        .map(|e| e.folder.as_str())
        .collect();
    assert_eq!(
        folders.len(),
        3,
        "her referent, community and public items: {folders:?}"
    );
    assert!(
        !folders.iter().any(|f| f.ends_with("private")),
        "{folders:?}"
    );
    // It is exactly her part of the referent's own site.
    let referent = view(&j, &Audience::Referent("nelly".into()));
    let hers = referent
        .learners()
        .iter()
        .find(|l| l.slug == "ines")
        .expect("she is on her referent's site");
    assert_eq!(hers.experiences.len(), folders.len());
    // A learner without a referent: nobody sees anything of her this way.
    let alone = journal(vec![learner("lea", &["gj"], None, Visibility::Public)]);
    assert!(view(&alone, &Audience::SeenByReferent("lea".into()))
        .learners()
        .is_empty());
}
