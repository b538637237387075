//! Professionals' profiles and posts (`professionals/<slug>/profile.md` and
//! `posts/*.md`): the learners' visibility rules, shown apart and labelled, the
//! referent linked to their profile, and the checks of what they name.

use crate::common::*;

/// Nelly, referent and professional, in the learners' group, the professionals'
/// group and the employers' group; one post per audience, and one private.
fn fixture() -> Journal {
    let j = Journal::new();
    j.config(
        r#"title = "Carnets"

[[groups]]
slug = "gj"
name = "Garantie Jeunes"
kind = "learners"

[[groups]]
slug = "pros"
name = "Pros"
kind = "professionals"

[[groups]]
slug = "patrons"
name = "Employeurs"
kind = "employers"

[[referents]]
slug = "nelly"
name = "Nelly"
professional = "nelly"
"#,
    );
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"community\"\ngroups = [\"gj\"]\nreferent = \"nelly\"",
        "Ana.\n",
    );
    j.experience(
        "ana",
        "2022-01-01-stage",
        "title = \"Stage\"\ndate = 2022-01-01\nvisibility = \"community\"",
        "Un stage.\n",
        &[],
    );
    j.file(
        "professionals/nelly/profile.md",
        markdown(
            "name = \"Nelly\"\nrole = \"conseillère\"\norganisation = \"Mission locale Zqsud\"\ngroups = [\"gj\", \"pros\", \"patrons\"]\nvisibility = \"community\"\nshared_with = [\"gj\", \"pros\", \"patrons\"]",
            "Je suis Zqbio de Nelly.\n",
        )
        .as_bytes(),
    );
    let post = |file: &str, front: &str, body: &str| {
        j.file(
            &format!("professionals/nelly/posts/{file}"),
            markdown(front, body).as_bytes(),
        );
    };
    post(
        "atelier.md",
        "title = \"Zqatelier pour les jeunes\"\ndate = 2022-03-01\nkind = \"atelier\"\nvisibility = \"community\"\ngroups = [\"gj\"]",
        "Venez au Zqtexte atelier.\n",
    );
    post(
        "retour.md",
        "title = \"Zqretour entre pros\"\ndate = 2022-03-05\nvisibility = \"community\"\ngroups = [\"pros\"]",
        "Zqtexte retour.\n",
    );
    post(
        "immersion.md",
        "title = \"Zqimmersion offerte\"\ndate = 2022-03-09\nkind = \"offre\"\nvisibility = \"community\"\ngroups = [\"patrons\"]",
        "Zqtexte immersion.\n",
    );
    post(
        "brouillon.md",
        "title = \"Zqbrouillon intime\"\ndate = 2022-03-10",
        "Zqtexte brouillon.\n",
    );
    post(
        "public.md",
        "title = \"Zqouvert à tous\"\ndate = 2022-02-01\nvisibility = \"public\"",
        "Zqtexte public.\n",
    );
    j
}

const POSTS: [&str; 5] = [
    "Zqatelier",
    "Zqretour",
    "Zqimmersion",
    "Zqbrouillon",
    "Zqouvert",
];

fn posts_in(site: &Site) -> Vec<&'static str> {
    let text = site_text(site);
    POSTS.into_iter().filter(|p| text.contains(p)).collect()
}

#[test]
fn each_audience_sees_exactly_the_posts_shown_to_it() {
    let j = fixture();
    j.build_ok();
    // The profile is `community`: the public site shows nothing of Nelly, not even
    // her public post (nothing of someone shows where their profile does not).
    assert_eq!(posts_in(&j.site("public")), Vec::<&str>::new());
    assert!(!j.site("public").has("pros/index.html"));
    assert!(!site_text(&j.site("public")).contains("Zqbio"));
    assert_eq!(posts_in(&j.site("community/gj")), ["Zqatelier", "Zqouvert"]);
    assert_eq!(
        posts_in(&j.site("community/pros")),
        ["Zqretour", "Zqouvert"]
    );
    assert_eq!(
        posts_in(&j.site("community/patrons")),
        ["Zqimmersion", "Zqouvert"]
    );
    // Her referent site is her own: all of her posts, the private one too.
    assert_eq!(posts_in(&j.site("referent/nelly")), POSTS);
    // A learner's own site shows their carnet, not the professionals'.
    assert_eq!(posts_in(&j.site("private/ana")), Vec::<&str>::new());
}

#[test]
fn posts_are_shown_apart_and_labelled_and_the_referent_links_to_her_profile() {
    let j = fixture();
    j.build_ok();
    let site = j.site("community/gj");
    let home = site.html("index.html");
    let sel = |css: &str| scraper::Selector::parse(css).expect("selector");
    let section = home
        .select(&sel("section.home-pros"))
        .next()
        .expect("a section of the professionals' posts on the home page");
    let labels: Vec<String> = section
        .select(&sel(".pro-label"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(
        labels,
        [
            "Post d'un professionnel · Atelier",
            "Post d'un professionnel"
        ]
    );
    // Apart: no post among the learners' experience cards.
    assert_eq!(home.select(&sel(".card")).count(), 1, "Ana's stage");
    for card in home.select(&sel(".card")) {
        let text: String = card.text().collect();
        assert!(!text.contains("Zq"), "{text}");
    }
    let page = site.html("pros/nelly/index.html");
    let titles: Vec<String> = page
        .select(&sel(".post-title"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(titles, ["Zqatelier pour les jeunes", "Zqouvert à tous"]);
    assert!(site
        .text("pros/nelly/index.html")
        .contains("conseillère, Mission locale Zqsud"));
    // Ana's portrait links to her referent's profile, which this site shows.
    let portrait = site.html("ana/index.html");
    let link = portrait
        .select(&sel(".portrait-meta a"))
        .next()
        .expect("a link to the referent's profile");
    assert_eq!(link.value().attr("href"), Some("../pros/nelly/index.html"));
    assert_eq!(link.text().collect::<String>(), "Nelly");
    for (attr, url) in urls_of(&page) {
        if attr == "href" && !url.starts_with('#') && !url.starts_with("http") {
            let path = url.split('#').next().unwrap().trim_start_matches("../../");
            assert!(
                site.has(path),
                "link {url} of pros/nelly/index.html resolves"
            );
        }
    }
}

#[test]
fn a_post_naming_a_group_of_another_is_an_error_and_so_is_an_unknown_professional() {
    let j = fixture();
    j.edit(
        "professionals/nelly/posts/retour.md",
        "groups = [\"pros\"]",
        "groups = [\"prso\"]",
    );
    j.edit(
        "professionals/nelly/posts/brouillon.md",
        "date = 2022-03-10",
        "date = 2022-03-10\ngroups = [\"gj\"]",
    );
    j.edit(
        "carnet.toml",
        "professional = \"nelly\"",
        "professional = \"nely\"",
    );
    let out = j.build().code(1);
    out.stderr_has(&[
        "`prso` n'est pas un des groupes de ce professionnel",
        "retour.md:5:",
        "`groups` ne vaut que pour un élément de visibilité `community`, et celui-ci est `private`",
        "brouillon.md:",
        "professionnel `nely` inconnu (professionals/ a : nelly)",
        "carnet.toml:",
    ]);
    assert!(!j.out().exists(), "a failed build writes nothing");
}

#[test]
fn a_learner_folder_cannot_take_an_address_every_site_keeps() {
    let j = fixture();
    j.learner("pros", "name = \"Pros\"\nvisibility = \"public\"", "x\n");
    let out = j.build().code(1);
    out.stderr_has(&["`pros/`", "reserved-address"]);
}
