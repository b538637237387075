//! The feed's filters and full-text search in headless Chromium (issue 12), on the
//! public site and on a group's site of a fixture journal, every page opened from disk
//! (`file://`): choosing a skill, then a kind, shows exactly the experiences that have
//! them, and the URL (`?skill=rigueur&kind=stage`) gives the same view when reloaded or
//! opened elsewhere; « equipe » finds the skill « Travail en équipe » and a text saying
//! « travail d'équipe »; with JavaScript off the form is hidden, every card shows, and
//! the chips of the feed and of an experience page lead to static pages per skill, tag,
//! kind and group listing exactly the experiences that have it, whose every link
//! resolves to a file of the site. No console error, no request off the disk. Every
//! static page's « see in the feed » link gives the same experiences as the page (also
//! on a referent's site, where one learner is in no group), and a year in the URL
//! (`?to=2021`) filters the period.
//!
//! `tests/browser/filters.mjs` drives the browser and reports what it saw (`RESULT`
//! JSON); every expected set is computed here from the fixture. Skipped with a note
//! when node, Chromium or `tests/browser/node_modules` is missing, unless
//! `CARNET_REQUIRE_BROWSER=1`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

use crate::common::*;

/// One experience of the fixture.
struct Exp {
    learner: &'static str,
    /// Folder name, already a slug: the experience's address and card key.
    folder: &'static str,
    title: &'static str,
    date: &'static str,
    kind: Option<&'static str>,
    tags: &'static [&'static str],
    skills: &'static [&'static str],
    visibility: &'static str,
    body: &'static str,
}

const BOULANGERIE: &str = "ana/2021-03-10-stage-boulangerie";
const ATELIER_CV: &str = "ana/2021-05-20-atelier-cv";
const VISITE_GARAGE: &str = "ben/2021-04-02-visite-garage";

/// No title, place, tag or name says « équipe » (nor any word starting with
/// « equip »): only the skill `travail-equipe` and the bodies below do.
const EXPS: [Exp; 8] = [
    Exp {
        learner: "ana",
        folder: "2021-03-10-stage-boulangerie",
        title: "Stage à la boulangerie",
        date: "2021-03-10",
        kind: Some("stage"),
        tags: &["vente", "commerce"],
        skills: &["rigueur", "travail-equipe"],
        visibility: "public",
        body: "Trois semaines au fournil, à pétrir avant l'aube.",
    },
    Exp {
        learner: "ana",
        folder: "2021-05-20-atelier-cv",
        title: "Atelier CV",
        date: "2021-05-20",
        kind: Some("atelier"),
        tags: &["cv"],
        skills: &["rigueur", "autonomie"],
        visibility: "public",
        body: "J'ai refait mon CV toute seule, ligne par ligne.",
    },
    Exp {
        learner: "ben",
        folder: "2021-04-02-visite-garage",
        title: "Visite d'un garage",
        date: "2021-04-02",
        kind: Some("visite"),
        tags: &["mecanique"],
        skills: &["curiosite"],
        visibility: "public",
        body: "Les mécaniciens font un vrai travail d'équipe autour du pont élévateur.",
    },
    Exp {
        learner: "ben",
        folder: "2021-09-15-stage-garage",
        title: "Stage au garage",
        date: "2021-09-15",
        kind: Some("stage"),
        tags: &["mecanique", "vente"],
        skills: &["rigueur"],
        visibility: "public",
        body: "J'ai changé des plaquettes de frein, seul, avec le chef qui vérifiait.",
    },
    Exp {
        learner: "ana",
        folder: "2022-01-12-formation-secourisme",
        title: "Premiers secours",
        date: "2022-01-12",
        kind: Some("formation"),
        tags: &[],
        skills: &[],
        visibility: "public",
        body: "Les gestes qui sauvent.",
    },
    // Seen by the group only.
    Exp {
        learner: "ben",
        folder: "2021-11-05-atelier-entretien",
        title: "Atelier entretien d'embauche",
        date: "2021-11-05",
        kind: Some("atelier"),
        tags: &["entretien"],
        skills: &["travail-equipe", "sens-communication"],
        visibility: "community",
        body: "Des mises en situation à deux.",
    },
    // Seen by Ben only: its skill and tag are nowhere else.
    Exp {
        learner: "ben",
        folder: "2021-06-01-journal",
        title: "Une journée difficile",
        date: "2021-06-01",
        kind: Some("stage"),
        tags: &["zqprive"],
        skills: &["rigueur", "gestion-stress"],
        visibility: "private",
        body: "Pas facile, ce travail d'équipe.",
    },
    // Carl, in no group, is followed by Nelly, like Ana: only Nelly's site has him.
    Exp {
        learner: "carl",
        folder: "2021-07-01-visite-usine",
        title: "Visite d'une usine",
        date: "2021-07-01",
        kind: Some("visite"),
        tags: &["industrie"],
        skills: &["curiosite"],
        visibility: "referent",
        body: "Une usine de pièces détachées.",
    },
];

const GROUP_SITE: &str = "community/atelier";
const REFERENT_SITE: &str = "referent/nelly";

fn journal() -> Journal {
    let j = Journal::new();
    j.config(
        "title = \"Carnet filtres\"\n\n[[groups]]\nslug = \"atelier\"\nname = \"Atelier mobilité\"\nkind = \"learners\"\n\n[[referents]]\nslug = \"nelly\"\nname = \"Nelly\"\n",
    );
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"public\"\ngroups = [\"atelier\"]\nreferent = \"nelly\"",
        "Ma bio.",
    );
    j.learner(
        "ben",
        "name = \"Ben\"\nvisibility = \"public\"\ngroups = [\"atelier\"]",
        "Ma bio.",
    );
    j.learner(
        "carl",
        "name = \"Carl\"\nvisibility = \"referent\"\nreferent = \"nelly\"",
        "Ma bio.",
    );
    let list = |items: &[&str]| {
        items
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for e in &EXPS {
        let mut fm = format!(
            "title = \"{}\"\ndate = {}\ntags = [{}]\nskills = [{}]\nvisibility = \"{}\"",
            e.title,
            e.date,
            list(e.tags),
            list(e.skills),
            e.visibility
        );
        if let Some(kind) = e.kind {
            fm.push_str(&format!("\nkind = \"{kind}\""));
        }
        j.experience(e.learner, e.folder, &fm, e.body, &[]);
    }
    j
}

fn key(e: &Exp) -> String {
    format!("{}/{}", e.learner, e.folder)
}

/// The experiences of the fixture that `site` shows, newest first.
fn seen_by(site: &str) -> Vec<&'static Exp> {
    let mut seen: Vec<&Exp> = EXPS
        .iter()
        .filter(|e| match site {
            "public" => e.visibility == "public",
            GROUP_SITE => e.visibility == "public" || e.visibility == "community",
            REFERENT_SITE => e.visibility != "private" && e.learner != "ben",
            _ => unreachable!("{site}"),
        })
        .collect();
    seen.sort_by(|a, b| b.date.cmp(a.date));
    seen
}

/// The keys of `exps` that pass `keep`, newest first.
fn keys(exps: &[&Exp], keep: impl Fn(&Exp) -> bool) -> Vec<String> {
    exps.iter().filter(|e| keep(e)).map(|e| key(e)).collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|s| s.as_str().expect("a string").to_string())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// True (after a note on stderr) when the browser test must be skipped.
fn skip() -> bool {
    skip_browser_test(
        "filters browser test",
        &browser_missing(&[], &["playwright-core"]),
        "apt-get install -y chromium && npm ci --prefix tests/browser",
    )
}

/// Runs `filters.mjs` on a site folder and returns its `RESULT` JSON.
fn filters_mjs(site: &Path, plan: &Value) -> Value {
    let _one_browser_at_a_time = browser_lock();
    let out = Command::new("node")
        .arg(browser_dir().join("filters.mjs"))
        .arg(site)
        .arg(plan.to_string())
        .env("CHROMIUM_PATH", chromium())
        .output()
        .expect("run node tests/browser/filters.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "filters.mjs failed on {}:\n{stdout}\n{stderr}",
        site.display()
    );
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .unwrap_or_else(|| panic!("no RESULT line:\n{stdout}\n{stderr}"));
    serde_json::from_str(line).expect("RESULT JSON")
}

/// No console error, uncaught exception, failed load or request off the disk.
fn assert_quiet(part: &Value, what: &str) {
    for list in [
        "console_errors",
        "page_errors",
        "failed_loads",
        "external_requests",
    ] {
        assert_eq!(part[list], json!([]), "{what}: {list}");
    }
}

/// The feed view `v` shows exactly `expected` (newest first), prints its count, and
/// has `search` as its query string.
fn assert_view(v: &Value, expected: &[String], search: &str, what: &str) {
    assert_eq!(
        strings(&v["visible"]),
        expected,
        "{what}: visible cards\n{v}"
    );
    assert_eq!(
        v["count"],
        json!(expected.len().to_string()),
        "{what}: count"
    );
    assert_eq!(v["search"], json!(search), "{what}: location.search");
    assert_eq!(v["form_visible"], json!(true), "{what}: the form is shown");
}

/// The « see in the feed » link of every static page opens the feed showing exactly
/// the page's experiences, with that value chosen in its select where the feed has
/// one (a group's site has no group select: all it shows is of that group); returns
/// how many pages were seen.
fn assert_facet_feeds(js: &Value, what: &str) -> usize {
    let pages = js["facet_feeds"].as_object().expect("facet_feeds");
    for (page, seen) in pages {
        let (dir, value) = page
            .strip_suffix("/index.html")
            .and_then(|p| p.split_once('/'))
            .expect("dir/value");
        let param = &dir[..dir.len() - 1];
        let feed = &seen["feed"];
        let opened = feed["page"].as_str().unwrap_or_else(|| panic!("{feed}"));
        assert!(
            opened.starts_with("experiences/index.html"),
            "{what}: the feed link of {page} opened {opened}"
        );
        if feed["options"].get(param).is_some() {
            assert_eq!(
                opened,
                format!("experiences/index.html?{param}={value}"),
                "{what}: the feed link of {page}"
            );
            assert_eq!(feed["values"][param], json!(value), "{what}: {page}");
        }
        assert_eq!(
            strings(&feed["visible"]),
            strings(&seen["keys"]),
            "{what}: {page} and the feed it links to (?{param}={value}) show different experiences\n{feed}"
        );
    }
    pages.len()
}

fn check_site(j: &Journal, site: &str) {
    let seen = seen_by(site);
    let all = keys(&seen, |_| true);
    let has_skill = |id: &'static str| move |e: &Exp| e.skills.contains(&id);
    let rigueur = keys(&seen, has_skill("rigueur"));
    let rigueur_stage = keys(&seen, |e| {
        e.skills.contains(&"rigueur") && e.kind == Some("stage")
    });
    let equipe_skill = keys(&seen, has_skill("travail-equipe"));
    let equipe = keys(&seen, |e| {
        e.skills.contains(&"travail-equipe") || e.body.contains("équipe")
    });
    // Each step narrows: a filter that did nothing would not pass.
    assert!(rigueur.len() < all.len() && rigueur_stage.len() < rigueur.len());
    assert!(rigueur_stage.len() >= 2, "{rigueur_stage:?}");
    // Found by the skill's label and by the text alike; an experience without either is not.
    for k in [BOULANGERIE, VISITE_GARAGE] {
        assert!(equipe.contains(&k.to_string()), "{equipe:?}");
    }
    assert!(!equipe.contains(&ATELIER_CV.to_string()));
    assert!(equipe.len() < all.len());

    let experience = format!(
        "{}/experiences/{}/index.html",
        EXPS[0].learner, EXPS[0].folder
    );
    let plan = json!({
        "skill": "rigueur",
        "kind": "stage",
        "search": "equipe",
        "experience": experience,
        "follow_skill": "travail-equipe",
        "browse_skill": "rigueur",
        "queries": ["?q=%C3%89QUIPES", "?q=equipe&skill=travail-equipe", "?skill=nulle-part"],
        "facet_feeds": true,
    });
    let started = std::time::Instant::now();
    let r = filters_mjs(&j.out().join(site), &plan);
    println!(
        "filters.mjs on {site}: {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // ---------------------------------------------------------------- JavaScript on
    let js = &r["js"];
    let what = format!("{site}, JavaScript on");
    assert_quiet(js, &what);
    assert_eq!(
        strings(&js["initial"]["all"]),
        all,
        "{what}: the feed's cards"
    );
    assert_view(&js["initial"], &all, "", &format!("{what}, first view"));
    // The skill choices are the visible ones, no more.
    let skills: BTreeSet<String> = seen
        .iter()
        .flat_map(|e| e.skills.iter().map(|s| s.to_string()))
        .collect();
    let offered: BTreeSet<String> = strings(&js["initial"]["options"]["skill"])
        .into_iter()
        .collect();
    assert_eq!(offered, skills, "{what}: skill options");
    assert!(!offered.contains("gestion-stress"));

    assert_view(
        &js["skill"],
        &rigueur,
        "?skill=rigueur",
        &format!("{what}, skill"),
    );
    let both = "?skill=rigueur&kind=stage";
    assert_view(
        &js["skill_kind"],
        &rigueur_stage,
        both,
        &format!("{what}, skill and kind"),
    );
    assert_eq!(
        js["shared_url"],
        json!(format!("experiences/index.html{both}"))
    );
    for step in ["reloaded", "shared"] {
        let v = &js[step];
        assert_view(v, &rigueur_stage, both, &format!("{what}, {step}"));
        assert_eq!(v["values"]["skill"], "rigueur", "{what}, {step}: {v}");
        assert_eq!(v["values"]["kind"], "stage", "{what}, {step}: {v}");
    }
    assert_view(&js["reset"], &all, "", &format!("{what}, reset"));
    assert_eq!(js["reset"]["values"]["skill"], "");

    assert_view(
        &js["searched"],
        &equipe,
        "?q=equipe",
        &format!("{what}, search"),
    );
    assert_view(
        &js["search_reloaded"],
        &equipe,
        "?q=equipe",
        &format!("{what}, search reloaded"),
    );
    assert_eq!(js["search_reloaded"]["values"]["q"], "equipe");
    // Accents and case folded, plural stemmed.
    assert_view(
        &js["queries"]["?q=%C3%89QUIPES"],
        &equipe,
        "?q=%C3%89QUIPES",
        &format!("{what}, « ÉQUIPES »"),
    );
    assert_view(
        &js["queries"]["?q=equipe&skill=travail-equipe"],
        &equipe_skill,
        "?q=equipe&skill=travail-equipe",
        &format!("{what}, skill and search"),
    );
    // A skill this site does not know filters nothing (the select has no such choice).
    assert_view(
        &js["queries"]["?skill=nulle-part"],
        &all,
        "",
        &format!("{what}, unknown skill"),
    );
    // Each static page links to the feed showing the same experiences.
    assert_facet_feeds(js, &what);
    let facet_feed = &js["facet_feeds"]["skills/travail-equipe/index.html"]["feed"];
    assert_view(
        facet_feed,
        &equipe_skill,
        "?skill=travail-equipe",
        &format!("{what}, from skills/travail-equipe/"),
    );

    // --------------------------------------------------------------- JavaScript off
    let nojs = &r["nojs"];
    let what = format!("{site}, JavaScript off");
    assert_quiet(nojs, &what);
    assert_eq!(nojs["broken"], json!([]), "{what}: broken links");
    assert_eq!(
        nojs["external_links"],
        json!([]),
        "{what}: links off the site"
    );
    let feed = &nojs["feed"];
    assert_eq!(feed["form_visible"], json!(false), "{what}: the form shows");
    assert_eq!(strings(&feed["all"]), all, "{what}");
    assert_eq!(strings(&feed["visible"]), all, "{what}: every card shows");

    // The static page of every facet value this site shows, and no other.
    let slug = |s: &str| s.to_string(); // the fixture's tags and kinds are slugs already
    let mut facets: Vec<(String, Vec<String>)> = Vec::new();
    for id in &skills {
        let id = id.clone();
        facets.push((
            format!("skills/{id}/index.html"),
            keys(&seen, |e| e.skills.iter().any(|s| *s == id)),
        ));
    }
    let tags: BTreeSet<&str> = seen.iter().flat_map(|e| e.tags.iter().copied()).collect();
    for t in tags {
        facets.push((
            format!("tags/{}/index.html", slug(t)),
            keys(&seen, |e| e.tags.contains(&t)),
        ));
    }
    let kinds: BTreeSet<&str> = seen.iter().filter_map(|e| e.kind).collect();
    for k in kinds {
        facets.push((
            format!("kinds/{}/index.html", slug(k)),
            keys(&seen, |e| e.kind == Some(k)),
        ));
    }
    if site == GROUP_SITE {
        // Both learners are members: the group's page lists all the site shows.
        facets.push(("groups/atelier/index.html".into(), all.clone()));
    }
    let pages: BTreeSet<String> = nojs["facets"]
        .as_object()
        .expect("facets")
        .keys()
        .cloned()
        .collect();
    let expected_pages: BTreeSet<String> = facets.iter().map(|(p, _)| p.clone()).collect();
    assert_eq!(pages, expected_pages, "{what}: facet pages");
    for (page, expected) in &facets {
        let v = &nojs["facets"][page];
        assert_eq!(strings(&v["keys"]), *expected, "{what}: {page}");
        assert_eq!(strings(&v["visible"]), *expected, "{what}: {page}");
        let (dir, value) = page
            .strip_suffix("/index.html")
            .and_then(|p| p.split_once('/'))
            .expect("dir/value");
        let param = &dir[..dir.len() - 1];
        assert_eq!(
            v["feed_link"],
            json!(format!("../../experiences/index.html?{param}={value}")),
            "{what}: {page}"
        );
    }

    // The feed's chips lead to those pages and to the portraits.
    let mut chips: BTreeSet<(String, String)> = BTreeSet::new();
    for link in feed["browse"].as_array().expect("browse chips") {
        assert_eq!(link["exists"], json!(true), "{what}: {link}");
        chips.insert((
            link["name"].as_str().expect("name").to_string(),
            link["target"].as_str().expect("target").to_string(),
        ));
    }
    let mut expected_chips: BTreeSet<(String, String)> = facets
        .iter()
        .map(|(page, _)| {
            let name = match page.split('/').next() {
                Some("skills") => "skill",
                Some("tags") => "tag",
                Some("kinds") => "kind",
                _ => "group",
            };
            (name.to_string(), page.clone())
        })
        .collect();
    for l in ["ana", "ben"] {
        expected_chips.insert(("learner".into(), format!("{l}/index.html")));
    }
    assert_eq!(chips, expected_chips, "{what}: the feed's chips");
    for link in feed["card_links"].as_array().expect("card links") {
        assert_eq!(link["exists"], json!(true), "{what}: {link}");
    }
    let rigueur_page = &nojs["browsed"];
    assert_eq!(rigueur_page["page"], "skills/rigueur/index.html");
    assert_eq!(
        strings(&rigueur_page["keys"]),
        rigueur,
        "{what}: chip « Rigueur »"
    );
    assert_eq!(rigueur_page["h1"], "Compétence : Rigueur");

    // The experience page's chips, and following its skill link.
    let exp = &nojs["experience"];
    let targets = |list: &str| -> BTreeSet<String> {
        exp[list]
            .as_array()
            .unwrap_or_else(|| panic!("{list}: {exp}"))
            .iter()
            .map(|l| {
                assert_eq!(l["exists"], json!(true), "{what}: {l}");
                l["target"].as_str().expect("target").to_string()
            })
            .collect()
    };
    assert_eq!(
        targets("skill_links"),
        set(&[
            "skills/rigueur/index.html",
            "skills/travail-equipe/index.html"
        ]),
        "{what}: {experience}"
    );
    assert_eq!(
        targets("kind_links"),
        set(&["kinds/stage/index.html"]),
        "{what}"
    );
    assert_eq!(
        targets("tag_links"),
        set(&["tags/vente/index.html", "tags/commerce/index.html"]),
        "{what}"
    );
    let followed = &nojs["followed"];
    assert_eq!(
        followed["page"], "skills/travail-equipe/index.html",
        "{followed}"
    );
    assert_eq!(
        strings(&followed["keys"]),
        equipe_skill,
        "{what}: the skill link of {experience}"
    );
    assert_eq!(followed["h1"], "Compétence : Travail en équipe");
}

#[test]
fn filters_search_and_facet_pages_in_chromium() {
    if skip() {
        return;
    }
    let j = journal();
    j.build_ok();
    // What the pages must hold before a browser looks at them.
    let public = j.site("public");
    assert!(
        !public.has("groups/atelier/index.html"),
        "the public site names a group"
    );
    assert!(!public.has("skills/gestion-stress/index.html"));
    assert!(j.site(GROUP_SITE).has("groups/atelier/index.html"));
    check_site(&j, "public");
    check_site(&j, GROUP_SITE);
}

/// On a referent's site, a learner in no group sits beside one in a group: the
/// group's static page lists the latter's experiences, and so must the feed it links to.
#[test]
fn a_group_page_links_to_the_feed_of_that_group_only() {
    if skip() {
        return;
    }
    let j = journal();
    j.build_ok();
    let seen = seen_by(REFERENT_SITE);
    let in_group = keys(&seen, |e| e.learner == "ana");
    assert!(in_group.len() < seen.len());
    let page = j.site(REFERENT_SITE).html("groups/atelier/index.html");
    let cards = scraper::Selector::parse(".card[data-key]").expect("selector");
    let listed: Vec<String> = page
        .select(&cards)
        .filter_map(|c| c.value().attr("data-key"))
        .map(str::to_string)
        .collect();
    assert_eq!(listed, in_group, "groups/atelier/index.html");
    let r = filters_mjs(
        &j.out().join(REFERENT_SITE),
        &json!({ "facet_feeds": true, "nojs": false }),
    );
    let what = format!("{REFERENT_SITE}, JavaScript on");
    assert_quiet(&r["js"], &what);
    assert_view(&r["js"]["initial"], &keys(&seen, |_| true), "", &what);
    assert!(assert_facet_feeds(&r["js"], &what) > 3);
}

/// The README: « period (from / until a month; `from=2021` also works) ».
#[test]
fn a_year_in_the_feed_url_filters_the_period() {
    if skip() {
        return;
    }
    let j = journal();
    j.build_ok();
    let seen = seen_by("public");
    let queries = ["?to=2021", "?from=2022", "?from=2021&to=2021"];
    let r = filters_mjs(
        &j.out().join("public"),
        &json!({ "queries": queries, "nojs": false }),
    );
    assert_quiet(&r["js"], "public, JavaScript on");
    let views = &r["js"]["queries"];
    let in_2021 = keys(&seen, |e| e.date.starts_with("2021"));
    let in_2022 = keys(&seen, |e| e.date.starts_with("2022"));
    assert!(!in_2021.is_empty() && !in_2022.is_empty());
    for (query, expected) in [
        ("?to=2021", &in_2021),
        ("?from=2022", &in_2022),
        ("?from=2021&to=2021", &in_2021),
    ] {
        assert_eq!(
            strings(&views[query]["visible"]),
            *expected,
            "{query}: {}",
            views[query]
        );
    }
}

/// Issue 26: the first option of each filter agrees with its label: « Tous » for
/// Groupe, Mot-clé, Type, « Toutes » for Personne, Compétence, and the period says
/// « Le début » and « Aujourd'hui » rather than « Toutes ».
#[test]
fn each_filters_first_option_agrees_with_its_label() {
    let j = journal();
    j.build_ok();
    let page = j.site(REFERENT_SITE).html("experiences/index.html");
    let first = |name: &str| -> Option<String> {
        let css = format!("select[name='{name}'] option");
        let sel = scraper::Selector::parse(&css).expect("selector");
        page.select(&sel).next().map(|o| o.text().collect())
    };
    let mut seen = 0;
    for (name, all) in [
        ("learner", "Toutes"),
        ("skill", "Toutes"),
        ("group", "Tous"),
        ("tag", "Tous"),
        ("kind", "Tous"),
        ("from", "Le début"),
        ("to", "Aujourd'hui"),
    ] {
        if let Some(text) = first(name) {
            assert_eq!(text, all, "filter {name}");
            seen += 1;
        }
    }
    assert!(seen >= 5, "only {seen} filters on the feed");
}
