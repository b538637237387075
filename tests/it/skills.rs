//! Skills as a common language: `skills.toml` (labels in two languages, category,
//! description, reference), levels, attestations shown only where their experience
//! is visible, the Talents page of the public and employers' sites, and the public
//! site's Atom feed and sitemap.

use std::collections::BTreeSet;

use crate::common::*;

const STAGE: &str = "2022-03-01-stage";
const CACES: &str = "2022-05-02-caces";
const ATELIER: &str = "2022-01-10-atelier";
const INTIME: &str = "2022-06-01-intime";

/// Two learners; employers' and learners' groups. Sami's stage (public) is attested
/// for `rigueur` only; his CACES (community) is opened to the employers and attested
/// by a name found nowhere else; his diary (private) is attested too.
fn fixture() -> Journal {
    let j = Journal::new();
    j.config(
        r#"title = "Carnets"
base_url = "https://carnets.example.org/ml"

[[groups]]
slug = "gj"
name = "Garantie Jeunes"
kind = "learners"

[[groups]]
slug = "patrons"
name = "Employeurs"
kind = "employers"
"#,
    );
    j.file(
        "skills.toml",
        r#"[[skills]]
id = "rigueur"
label = { fr = "Rigueur", en = "Rigour" }
category = "savoir-etre"
description = "Travailler avec soin et précision."
reference = "http://data.europa.eu/esco/skill/zqrigueur"

[[skills]]
id = "cariste"
label = "Conduite de chariot"
category = "savoir-faire"

[[skills]]
id = "equipe"
label = "Travail en équipe"
"#
        .as_bytes(),
    );
    j.learner(
        "sami",
        "name = \"Sami\"\nvisibility = \"public\"\ngroups = [\"gj\", \"patrons\"]",
        "Sami.\n",
    );
    j.experience(
        "sami",
        STAGE,
        r#"title = "Stage en entrepôt"
date = 2022-03-01
skills = [{ id = "rigueur", level = 2 }, "equipe"]
visibility = "public"

[attestation]
name = "Mme Zqtutrice"
role = "tutrice"
organisation = "Entrepôt Zqnord"
date = 2022-03-25
quote = "Zqcitation du stage, très sérieux."
skills = ["rigueur"]"#,
        "Un stage.\n",
        &[],
    );
    j.experience(
        "sami",
        CACES,
        r#"title = "CACES réussi"
date = 2022-05-02
skills = [{ id = "cariste", level = 3 }, { id = "rigueur", level = 4 }]
visibility = "community"
groups = ["patrons"]

[attestation]
name = "M. Zqformateur"
role = "formateur"
organisation = "Zqforma"
quote = "Zqcitation du caces."
"#,
        "Le test.\n",
        &[],
    );
    j.experience(
        "sami",
        INTIME,
        r#"title = "Mon carnet intime"
date = 2022-06-01
skills = ["equipe"]
visibility = "private"

[attestation]
name = "Zqsecret Témoin"
"#,
        "Rien.\n",
        &[],
    );
    j.learner(
        "lina",
        "name = \"Lina\"\nvisibility = \"public\"\ngroups = [\"gj\"]",
        "Lina.\n",
    );
    j.experience(
        "lina",
        ATELIER,
        "title = \"Atelier cuisine\"\ndate = 2022-01-10\nskills = [\"equipe\", \"rigueur\"]\nvisibility = \"public\"",
        "Cuisine.\n",
        &[],
    );
    j
}

fn texts(doc: &scraper::Html, css: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(css).expect("selector");
    doc.select(&sel)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn attestations_show_only_where_their_experience_is_visible() {
    let j = fixture();
    j.build_ok();
    let public = site_text(&j.site("public"));
    let employers = site_text(&j.site("community/patrons"));
    let learners = site_text(&j.site("community/gj"));
    let private = site_text(&j.site("private/sami"));
    // The stage is public: its attester everywhere.
    for site in [&public, &employers, &learners, &private] {
        assert!(site.contains("Mme Zqtutrice"));
    }
    // The CACES is opened to the employers only (and Sami's own site).
    assert!(employers.contains("M. Zqformateur") && employers.contains("Zqcitation du caces"));
    assert!(private.contains("M. Zqformateur"));
    for (name, site) in [("public", &public), ("gj", &learners)] {
        assert!(
            !site.contains("Zqformateur")
                && !site.contains("Zqforma")
                && !site.contains("Zqcitation du caces"),
            "the {name} site must not name who attests an experience it cannot see"
        );
    }
    // The private diary's attester reaches no shared site.
    for site in [&public, &employers, &learners] {
        assert!(!site.contains("Zqsecret"));
    }
    assert!(private.contains("Zqsecret Témoin"));

    let page = j
        .site("public")
        .html(&format!("sami/experiences/{STAGE}/index.html"));
    assert_eq!(
        texts(&page, ".attestation figcaption"),
        ["Attesté par Mme Zqtutrice, tutrice chez Entrepôt Zqnord, le 25 mars 2022 (Rigueur) — déclaré, non vérifié"]
    );
    assert_eq!(
        texts(&page, ".attestation blockquote"),
        ["Zqcitation du stage, très sérieux."]
    );
    // Written by the learner, not signed: no skill is marked attested (issue 24).
    assert!(texts(&page, ".chip-attested").is_empty());
}

#[test]
fn the_portrait_shows_best_level_proofs_and_where_each_claim_comes_from() {
    let j = fixture();
    j.build_ok();
    let employers = j.site("community/patrons").html("sami/index.html");
    assert_eq!(
        texts(&employers, "#skill-rigueur .skill-count"),
        ["2 preuves"],
        "the stage and the CACES"
    );
    assert_eq!(
        texts(&employers, "#skill-rigueur .skill-meta"),
        ["niveau 4 sur 4 : je peux l'apprendre à d'autres"],
        "declared attestations are not counted as attested"
    );
    assert_eq!(
        texts(&employers, "#skill-equipe .proof-source"),
        ["(déclaré par moi)"]
    );
    // On the public site the CACES is not there: neither its level nor its proof.
    let public = j.site("public").html("sami/index.html");
    assert_eq!(texts(&public, "#skill-rigueur .skill-count"), ["1 preuve"]);
    assert_eq!(
        texts(&public, "#skill-rigueur .skill-meta"),
        ["niveau 2 sur 4 : je fais avec de l'aide"]
    );
    assert_eq!(
        texts(&public, "#skill-rigueur .proof-source"),
        ["(attesté par Mme Zqtutrice, tutrice chez Entrepôt Zqnord — déclaré, non vérifié)"]
    );
    assert!(texts(&public, "#skill-cariste").is_empty());
}

#[test]
fn talents_list_learners_by_skill_attested_first_from_visible_items_only() {
    let j = fixture();
    j.build_ok();
    let public = j.site("public");
    let doc = public.html("talents/index.html");
    // Framework order; `cariste` is proven only by the CACES, which the public
    // does not see.
    assert_eq!(
        texts(&doc, ".talent-skill h2"),
        ["Rigueur Savoir-être", "Travail en équipe"]
    );
    assert_eq!(
        texts(&doc, "#skill-rigueur .talent-description"),
        ["Travailler avec soin et précision."]
    );
    let reference =
        scraper::Selector::parse("#skill-rigueur .talent-links a[rel~=external]").unwrap();
    assert_eq!(
        doc.select(&reference)
            .next()
            .and_then(|a| a.value().attr("href")),
        Some("http://data.europa.eu/esco/skill/zqrigueur")
    );
    // Neither is signed (issue 24: declared attestations do not rank); Sami's best
    // level (2) puts him before Lina, who gave none.
    assert_eq!(
        texts(&doc, "#skill-rigueur .talent-who a"),
        ["Sami", "Lina"]
    );
    // Every link resolves to a page of the site.
    for (attr, url) in urls_of(&doc) {
        if attr == "href" && !url.starts_with("http") && !url.starts_with('#') {
            let path = url.split('#').next().unwrap().trim_start_matches("../");
            assert!(public.has(path), "talents link {url} resolves");
        }
    }

    let employers = j.site("community/patrons").html("talents/index.html");
    assert_eq!(
        texts(&employers, ".talent-skill h2"),
        [
            "Rigueur Savoir-être",
            "Conduite de chariot Savoir-faire",
            "Travail en équipe"
        ]
    );
    assert_eq!(
        texts(&employers, "#skill-cariste .proof-source"),
        ["(attesté par M. Zqformateur, formateur chez Zqforma — déclaré, non vérifié)"]
    );
    // A learners' group, a referent and a learner's own site have no Talents page.
    for site in ["community/gj", "private/sami"] {
        assert!(!j.site(site).has("talents/index.html"), "{site}");
    }
}

#[test]
fn english_labels_come_from_skills_toml() {
    let j = fixture();
    j.edit(
        "carnet.toml",
        "title = \"Carnets\"",
        "title = \"Carnets\"\nlanguage = \"en\"",
    );
    j.build_ok();
    let doc = j.site("public").html("talents/index.html");
    assert_eq!(texts(&doc, "#skill-rigueur h2"), ["Rigour Soft skills"]);
    assert_eq!(
        texts(&doc, "#skill-rigueur .proof-source"),
        [
            "(attested by Mme Zqtutrice, tutrice at Entrepôt Zqnord — declared, not verified)",
            "(declared by me)"
        ]
    );
}

#[test]
fn bad_levels_references_and_attested_skills_are_errors_naming_the_line() {
    let j = fixture();
    j.edit(
        &format!("learners/sami/experiences/{STAGE}/index.md"),
        "{ id = \"rigueur\", level = 2 }",
        "{ id = \"rigueur\", level = 7 }",
    );
    j.edit(
        &format!("learners/sami/experiences/{CACES}/index.md"),
        "name = \"M. Zqformateur\"",
        "name = \"M. Zqformateur\"\nskills = [\"equipe\"]",
    );
    j.edit("skills.toml", "http://data.europa.eu", "data.europa.eu");
    let out = j.build().code(1);
    out.stderr_has(&[
        "le niveau de `rigueur` est `7` : un niveau va de 1 à 4",
        &format!("{STAGE}/index.md:4:11"),
        "l'attestation porte sur `equipe`, que cette expérience ne liste pas dans `skills`",
        &format!("{CACES}/index.md:"),
        "n'est pas une adresse web",
        "skills.toml:6:13",
    ]);
    assert!(!j.out().exists(), "a failed build writes nothing");
}

#[test]
fn the_public_site_has_an_atom_feed_and_a_sitemap_and_only_it() {
    let j = fixture();
    j.build_ok();
    let public = j.site("public");
    let atom = public.text("atom.xml");
    let feed = roxmltree::Document::parse(&atom).expect("atom.xml is well-formed XML");
    let ns = "http://www.w3.org/2005/Atom";
    assert_eq!(feed.root_element().tag_name().namespace(), Some(ns));
    let entries: Vec<(String, String)> = feed
        .descendants()
        .filter(|n| n.has_tag_name((ns, "entry")))
        .map(|e| {
            let child = |name: &str| {
                e.children()
                    .find(|c| c.has_tag_name((ns, name)))
                    .and_then(|c| c.text())
                    .unwrap_or_default()
                    .to_string()
            };
            (child("title"), child("id"))
        })
        .collect();
    assert_eq!(
        entries,
        [
            (
                "Stage en entrepôt".to_string(),
                format!("https://carnets.example.org/ml/sami/experiences/{STAGE}/")
            ),
            (
                "Atelier cuisine".to_string(),
                format!("https://carnets.example.org/ml/lina/experiences/{ATELIER}/")
            ),
        ],
        "public experiences only, newest first"
    );
    let sitemap = public.text("sitemap.xml");
    let map = roxmltree::Document::parse(&sitemap).expect("sitemap.xml is well-formed XML");
    let locs: BTreeSet<String> = map
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .map(str::to_string)
        .collect();
    let pages: BTreeSet<String> = public
        .pages()
        .iter()
        .map(|p| {
            format!(
                "https://carnets.example.org/ml/{}",
                p.trim_end_matches("index.html")
            )
        })
        .collect();
    assert_eq!(locs, pages, "every page, and only the site's pages");
    assert!(public
        .text("robots.txt")
        .contains("Sitemap: https://carnets.example.org/ml/sitemap.xml"));
    let home = public.text("index.html");
    assert!(home.contains(r#"<link rel="alternate" type="application/atom+xml" href="atom.xml""#));
    for site in ["community/gj", "community/patrons", "private/sami"] {
        let s = j.site(site);
        assert!(!s.has("atom.xml") && !s.has("sitemap.xml"), "{site}");
        assert!(!s.text("robots.txt").contains("Sitemap"), "{site}");
        assert!(!s.text("index.html").contains("atom.xml"), "{site}");
    }
}

#[test]
fn without_base_url_there_is_no_feed_nor_sitemap() {
    let j = fixture();
    j.edit(
        "carnet.toml",
        "base_url = \"https://carnets.example.org/ml\"\n",
        "",
    );
    j.build_ok();
    let public = j.site("public");
    assert!(!public.has("atom.xml") && !public.has("sitemap.xml"));
    assert_eq!(public.text("robots.txt"), "User-agent: *\nAllow: /\n");
}
