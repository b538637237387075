//! The sites themselves: which pages each audience gets, links that work offline
//! (relative, resolving to files of the same site), no indexing of non-public
//! sites, dates in French or English, learner Markdown made safe, no remote
//! resource, and the example journal building.

use std::collections::BTreeSet;

use crate::common::*;

const STAGE: &str = "2021-05-31-stage";
const ATELIER: &str = "2021-03-01-atelier";
const SUIVI: &str = "2021-06-15-suivi";
const JOURNAL_INTIME: &str = "2021-07-01-journal-intime";
const BEN_VISITE: &str = "2021-04-02-visite";
const ETE_FOLDER: &str = "2021-08-01 Été à Lyon";
const ETE: &str = "2021-08-01-ete-a-lyon";

fn fixture(language: &str) -> Journal {
    let j = Journal::new();
    j.config(&format!(
        r#"title = "Carnets"
language = "{language}"

[[groups]]
slug = "atelier"
name = "Atelier"
kind = "learners"

[[referents]]
slug = "nelly"
name = "Nelly"
"#
    ));
    j.learner(
        "ana",
        "name = \"Ana\"\nheadline = \"Future maroquinière\"\nvisibility = \"public\"\ngroups = [\"atelier\"]\nreferent = \"nelly\"\navatar = \"avatar.png\"",
        "Ma bio, avec [mon site](https://example.org/ana).\n\n<script>alert('zqbioscript')</script>\n",
    );
    j.file(
        "learners/ana/avatar.png",
        &solid_png(200, 200, [40, 90, 200]),
    );
    j.experience(
        "ana",
        STAGE,
        r#"title = "Stage <script>alert('zqtitlescript')</script>"
date = 2021-05-31T14:06:00
place = "Givors"
kind = "stage"
tags = ["vente"]
skills = ["rigueur", "autonomie"]
visibility = "public"
photos = [
  { file = "a.png", alt = "Un chat", caption = "Caramel" },
  { file = "b.jpg", alt = "Des étagères\" onerror=\"zqonerror()", caption = "<b onmouseover=zqcaption()>x</b>" },
]"#,
        concat!(
            "Mon stage. Voir [le magasin](https://shop.example/givors) et [ici](http://plain.example/).\n\n",
            "<script>alert('zqbodyscript')</script>\n\n",
            "<img src=\"http://tracker.example/zqpixel.gif\"> <img src=\"https://cdn.example/zqcdn.png\">\n\n",
            "<iframe src=\"https://frame.example/zqframe\"></iframe>\n\n",
            "<a href=\"javascript:alert(1)\" onclick=\"zqonclick()\">piège</a> [racine](/zqroot) [data](data:text/html,zqdata)\n\n",
            "![image distante](https://img.example/zqmdimg.png)\n\n",
            "<style>body { background: url(https://css.example/zqstyle.png) }</style>\n",
        ),
        &[("a.png", &solid_png(400, 300, [200, 40, 40])), ("b.jpg", &solid_jpeg(300, 400, [40, 200, 40]))],
    );
    j.experience(
        "ana",
        ATELIER,
        "title = \"Atelier CV\"\ndate = 2021-03-01\nkind = \"atelier\"\nskills = [\"rigueur\"]\nvisibility = \"community\"",
        "Un atelier.\n",
        &[],
    );
    j.experience(
        "ana",
        SUIVI,
        "title = \"Rendez-vous de suivi\"\ndate = 2021-06-15\nvisibility = \"referent\"",
        "Le point avec Nelly.\n",
        &[],
    );
    j.experience(
        "ana",
        JOURNAL_INTIME,
        "title = \"Journal intime\"\ndate = 2021-07-01\nphotos = [{ file = \"c.png\", alt = \"Un lac\" }]",
        "Pour moi.\n",
        &[("c.png", &solid_png(320, 240, [200, 200, 40]))],
    );
    j.story(
        "ana",
        "mon-parcours",
        &format!(
            "title = \"Mon parcours\"\ndate = 2021-09-20\nvisibility = \"public\"\nexperiences = [\"{ATELIER}\", \"{STAGE}\"]\ncover = \"{STAGE}/a.png\""
        ),
        "Mon récit. <script>alert('zqstoryscript')</script>\n",
    );
    // A folder name with capitals, accents and spaces: its address is a slug.
    j.experience(
        "ana",
        ETE_FOLDER,
        "title = \"Été à Lyon\"\ndate = 2021-08-01\nvisibility = \"public\"\nphotos = [{ file = \"Photo d'été.PNG\", alt = \"été\" }]",
        "L'été.\n",
        &[("Photo d'été.PNG", &solid_png(200, 150, [90, 90, 200]))],
    );
    j.learner(
        "ben",
        "name = \"Ben\"\nvisibility = \"community\"\ngroups = [\"atelier\"]",
        "Ben.\n",
    );
    j.experience(
        "ben",
        BEN_VISITE,
        "title = \"Visite\"\ndate = 2021-04-02\nvisibility = \"community\"",
        "Une visite.\n",
        &[],
    );
    j
}

/// A static page of a feed filter (skill, tag, kind, group).
fn is_facet_page(page: &str) -> bool {
    ["skills/", "tags/", "kinds/", "groups/"]
        .iter()
        .any(|dir| page.starts_with(dir))
}

fn exp_page(learner: &str, folder: &str) -> String {
    format!("{learner}/experiences/{folder}/index.html")
}

#[test]
fn each_audience_gets_exactly_its_pages() {
    let j = fixture("fr");
    j.build_ok();
    let common = [
        "index.html",
        "experiences/index.html",
        "visibility/index.html",
        "accessibilite/index.html",
    ];
    let ana = ["ana/index.html", "ana/stories/mon-parcours/index.html"];
    let cases: Vec<(&str, Vec<String>)> = vec![
        (
            "public",
            vec![
                exp_page("ana", STAGE),
                exp_page("ana", ETE),
                // Learners by skill: on the public and employers' sites only.
                "talents/index.html".into(),
            ],
        ),
        (
            "community/atelier",
            vec![
                exp_page("ana", STAGE),
                exp_page("ana", ETE),
                exp_page("ana", ATELIER),
                "ben/index.html".into(),
                exp_page("ben", BEN_VISITE),
            ],
        ),
        (
            "referent/nelly",
            vec![
                exp_page("ana", STAGE),
                exp_page("ana", ETE),
                exp_page("ana", ATELIER),
                exp_page("ana", SUIVI),
            ],
        ),
        (
            "private/ana",
            vec![
                exp_page("ana", STAGE),
                exp_page("ana", ATELIER),
                exp_page("ana", SUIVI),
                exp_page("ana", JOURNAL_INTIME),
                exp_page("ana", ETE),
            ],
        ),
    ];
    for (site, extra) in cases {
        let expected: BTreeSet<String> = common
            .iter()
            .chain(ana.iter())
            .map(|s| s.to_string())
            .chain(extra)
            .collect();
        let pages: BTreeSet<String> = j
            .site(site)
            .pages()
            .into_iter()
            .filter(|p| !is_facet_page(p))
            .collect();
        assert_eq!(pages, expected, "pages of the {site} site");
    }
    // The static pages of the filters: one per skill, tag and kind of the visible
    // experiences only (the public site names no group).
    let facets: BTreeSet<String> = j
        .site("public")
        .pages()
        .into_iter()
        .filter(|p| is_facet_page(p))
        .collect();
    let want: BTreeSet<String> = [
        "kinds/stage/index.html",
        "skills/autonomie/index.html",
        "skills/rigueur/index.html",
        "tags/vente/index.html",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(facets, want);
    let expected: BTreeSet<String> = [
        "index.html",
        "experiences/index.html",
        "visibility/index.html",
        "accessibilite/index.html",
        "ben/index.html",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([exp_page("ben", BEN_VISITE)])
    .collect();
    assert_eq!(
        j.site("private/ben")
            .pages()
            .into_iter()
            .filter(|p| !is_facet_page(p))
            .collect::<BTreeSet<_>>(),
        expected
    );
    assert_eq!(
        sites_in(&j.out()),
        vec![
            "community/atelier",
            "private/ana",
            "private/ben",
            "public",
            "referent/nelly"
        ]
    );
    // Every site has its stylesheet, script and robots.txt.
    for site in sites_in(&j.out()) {
        for f in [
            "static/style.css",
            "static/carnet.js",
            "search-index.js",
            "robots.txt",
        ] {
            assert!(j.site(&site).has(f), "{site} lacks {f}");
        }
    }
}

#[test]
fn pages_show_what_they_are_about() {
    let j = fixture("fr");
    j.build_ok();
    let site = j.site("public");
    let links = |page: &str| -> BTreeSet<String> {
        urls_of(&site.html(page))
            .into_iter()
            .filter_map(|(_, u)| resolve(page, &u))
            .collect()
    };
    assert!(site.text("index.html").contains("Ana"), "home names Ana");
    assert!(
        links("index.html").contains("ana/index.html"),
        "home links to Ana's portrait"
    );
    assert!(
        links("index.html").contains(&exp_page("ana", STAGE)),
        "home lists the latest experience"
    );
    let portrait = site.text("ana/index.html");
    assert!(portrait.contains("Future maroquinière"));
    assert!(links("ana/index.html").contains(&exp_page("ana", STAGE)));
    assert!(links("ana/index.html").contains("ana/stories/mon-parcours/index.html"));
    let exp = site.text(&exp_page("ana", STAGE));
    for s in [
        "Givors",
        "vente",
        "Caramel",
        "Un chat",
        "Des étagères",
        "Rigueur",
        "Autonomie",
    ] {
        assert!(exp.contains(s), "experience page lacks {s}");
    }
    // The levels page shows the line to write to the learner only.
    let vis = j.site("private/ana").text("visibility/index.html");
    assert!(
        vis.contains("visibility = \"private\"")
            || vis.contains("visibility = &quot;private&quot;"),
        "{vis}"
    );
}

fn text_of(doc: &scraper::Html, css: &str) -> Vec<String> {
    doc.select(&scraper::Selector::parse(css).expect("selector"))
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn the_visibility_page_speaks_to_a_visitor_except_on_the_learners_own_site() {
    let j = fixture("fr");
    j.build_ok();
    let learner_words = [
        "ton carnet",
        "visibility =",
        "<code",
        "Visible par toi seul",
        "C'est toi",
    ];
    for (site, this_site) in [
        ("public", "Ce site est public"),
        ("community/atelier", "Ce site est celui du groupe Atelier"),
        ("referent/nelly", "Ce site est celui du suivi de Nelly"),
    ] {
        let page = j.site(site).text("visibility/index.html");
        for words in learner_words {
            assert!(
                !page.contains(words),
                "{site}: the visitor reads « {words} »"
            );
        }
        assert!(page.contains(this_site), "{site}: {page}");
        assert!(page.contains("Tout le monde sur internet"), "{site}");
    }
    // Which levels this site shows: the public one only public items.
    let public = j.site("public").html("visibility/index.html");
    assert_eq!(
        text_of(&public, ".here:not(.here-not)"),
        vec!["Montré sur ce site"]
    );
    let referent = j.site("referent/nelly").html("visibility/index.html");
    assert_eq!(text_of(&referent, ".here:not(.here-not)").len(), 3);
    // The learner's own site keeps the learner's words and the line to write.
    let own = j.site("private/ana").text("visibility/index.html");
    for words in ["ton carnet", "<code>visibility = ", "Visible par toi seul"] {
        assert!(own.contains(words), "private/ana lacks « {words} »");
    }
    let en = fixture("en");
    en.build_ok();
    let public = en.site("public").text("visibility/index.html");
    assert!(public.contains("This site is public"), "{public}");
    assert!(
        !public.contains("your logbook") && !public.contains("<code"),
        "{public}"
    );
    assert!(en
        .site("private/ana")
        .text("visibility/index.html")
        .contains("your logbook"));
}

#[test]
fn the_home_page_says_its_title_once_and_counts_its_logbooks() {
    let j = fixture("fr");
    j.build_ok();
    for (site, heading) in [
        ("public", "Le carnet"),
        ("community/atelier", "Les carnets"),
        ("private/ana", "Mon carnet"),
    ] {
        let home = j.site(site).html("index.html");
        assert_eq!(text_of(&home, "#learners-title"), vec![heading], "{site}");
        // The site title is the page's one h1 (in the header), not repeated in main.
        assert_eq!(text_of(&home, "h1"), vec!["Carnets"], "{site}");
        assert!(text_of(&home, "main h1").is_empty(), "{site}");
        // Other pages keep the title as a link home.
        let feed = j.site(site).html("experiences/index.html");
        assert_eq!(
            text_of(&feed, ".site-header a.brand"),
            vec!["Carnets"],
            "{site}"
        );
    }
}

/// Checks every URL of every page of the site at `site`: theme URLs are relative and
/// resolve to a file of the same site; absolute URLs are learner links in text.
fn check_links(site: &Site, name: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let files: BTreeSet<String> = site.files().into_iter().collect();
    let learner_text = scraper::Selector::parse(
        ".e-content a[href], .bio a[href], .chapter-text a[href], .story-intro a[href]",
    )
    .expect("selector");
    // Absolute on purpose, and never loaded by the page: the canonical URL and the
    // share links of a public site with a `base_url`.
    let outward =
        scraper::Selector::parse("link[rel=canonical][href], .share a[href]").expect("selector");
    // Absolute on purpose on every site: the accessibility statement's appeal to the
    // Défenseur des droits, and the contact and plan of `[accessibility]`.
    let statement = scraper::Selector::parse(".statement a[href]").expect("selector");
    for page in site.pages() {
        let doc = site.html(&page);
        let learner_links: BTreeSet<String> = doc
            .select(&learner_text)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        let statement_links: BTreeSet<String> = doc
            .select(&statement)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        let outward_links: BTreeSet<String> = doc
            .select(&outward)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        for (what, url) in urls_of(&doc) {
            if url.starts_with('#') {
                continue;
            }
            if is_absolute_url(&url) {
                if name == "public" && outward_links.contains(&url) {
                    continue;
                }
                if statement_links.contains(&url) && page == "accessibilite/index.html" {
                    continue;
                }
                let ok = what == "a.href"
                    && learner_links.contains(&url)
                    && (url.starts_with("https://")
                        || url.starts_with("http://")
                        || url.starts_with("mailto:"));
                if !ok {
                    problems.push(format!("{name}/{page}: absolute URL in {what}: {url}"));
                }
                continue;
            }
            match resolve(&page, &url) {
                Some(target) if files.contains(&target) => {}
                Some(target) => problems.push(format!(
                    "{name}/{page}: {what} {url} → {target}, which does not exist"
                )),
                None => problems.push(format!("{name}/{page}: cannot resolve {url}")),
            }
        }
    }
    problems
}

#[test]
fn every_link_is_relative_and_leads_to_a_file_of_the_same_site() {
    let j = fixture("fr");
    j.build_ok();
    let mut problems = Vec::new();
    for name in sites_in(&j.out()) {
        problems.extend(check_links(&j.site(&name), &name));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Paired: the learner's own links are kept (with a safe rel).
    let page = j.site("public").text(&exp_page("ana", STAGE));
    assert!(
        page.contains("href=\"https://shop.example/givors\""),
        "learner link lost"
    );
    assert!(
        page.contains("nofollow"),
        "learner links must be rel=nofollow"
    );
}

#[test]
fn no_page_loads_a_remote_resource() {
    let j = fixture("fr");
    j.build_ok();
    let remote = |u: &str| {
        let u = u.trim().to_ascii_lowercase();
        u.starts_with("http://") || u.starts_with("https://") || u.starts_with("//")
    };
    let resources = scraper::Selector::parse("[src], [srcset], link[href], object[data], [poster]")
        .expect("selector");
    for name in sites_in(&j.out()) {
        let site = j.site(&name);
        for page in site.pages() {
            let text = site.text(&page);
            let doc = scraper::Html::parse_document(&text);
            for el in doc.select(&resources) {
                let v = el.value();
                for attr in ["src", "href", "data", "poster"] {
                    if let Some(u) = v.attr(attr) {
                        assert!(!remote(u), "{name}/{page}: remote resource {}", el.html());
                    }
                }
                if let Some(set) = v.attr("srcset") {
                    assert!(
                        !set.split(',').any(remote),
                        "{name}/{page}: remote srcset {}",
                        el.html()
                    );
                }
            }
            let lower = text.to_ascii_lowercase();
            assert!(
                !lower.contains("url(http") && !lower.contains("url(//"),
                "{name}/{page}: remote CSS url()"
            );
            assert!(!lower.contains("@import"), "{name}/{page}: CSS @import");
        }
        let css = site.text("static/style.css").to_ascii_lowercase();
        assert!(
            !css.contains("http://") && !css.contains("https://") && !css.contains("@import"),
            "{name}: style.css"
        );
        let js = site.text("static/carnet.js").to_ascii_lowercase();
        assert!(
            !js.contains("http://") && !js.contains("https://"),
            "{name}: carnet.js reaches the network"
        );
    }
}

#[test]
fn learner_markdown_cannot_inject_scripts_images_or_frames() {
    let j = fixture("fr");
    j.build_ok();
    let script = scraper::Selector::parse("script").expect("selector");
    let dangerous = scraper::Selector::parse(
        // The theme's own feed filter is the only form allowed.
        "iframe, object, embed, style, form:not([data-filters]), [onclick], [onerror], [onmouseover]",
    )
    .expect("selector");
    let img = scraper::Selector::parse("img").expect("selector");
    for name in sites_in(&j.out()) {
        let site = j.site(&name);
        for page in site.pages() {
            let text = site.text(&page);
            for canary in [
                "zqbodyscript",
                "zqbioscript",
                "zqpixel",
                "zqcdn",
                "zqframe",
                "zqmdimg",
                "zqonclick",
                "zqstyle",
                "zqroot",
                "zqdata",
            ] {
                assert!(!text.contains(canary), "{name}/{page}: {canary} survived");
            }
            assert!(
                !text.contains("javascript:"),
                "{name}/{page}: javascript: URL survived"
            );
            let doc = scraper::Html::parse_document(&text);
            for s in doc.select(&script) {
                // JSON-LD structured data is data, not code: the browser never runs it.
                if s.value().attr("type") == Some("application/ld+json") {
                    assert!(
                        !s.inner_html().contains("</"),
                        "{name}/{page}: {}",
                        s.html()
                    );
                    continue;
                }
                // Only the theme's own script and the site's search index, loaded
                // from the site.
                let src = s
                    .value()
                    .attr("src")
                    .unwrap_or_else(|| panic!("{name}/{page}: inline script {}", s.html()));
                let script = resolve(&page, src);
                assert!(
                    matches!(
                        script.as_deref(),
                        Some("static/carnet.js") | Some("search-index.js")
                    ),
                    "{name}/{page}: {script:?}"
                );
                assert_eq!(
                    s.inner_html().trim(),
                    "",
                    "{name}/{page}: script with content"
                );
            }
            if let Some(el) = doc.select(&dangerous).next() {
                panic!("{name}/{page}: {}", el.html());
            }
            for i in doc.select(&img) {
                let src = i.value().attr("src").unwrap_or_default();
                assert!(
                    resolve(&page, src).is_some_and(|p| p.starts_with("photos/")),
                    "{name}/{page}: {}",
                    i.html()
                );
            }
        }
    }
    // The title's markup is shown as text, not run.
    let page = j.site("public").text(&exp_page("ana", STAGE));
    assert!(
        page.contains("&lt;script&gt;alert("),
        "the title's text was dropped or not escaped"
    );
    // Paired: the harmless text around it stays.
    assert!(page.contains("Mon stage."));
    assert!(j.site("public").text("ana/index.html").contains("Ma bio"));
    assert!(j
        .site("public")
        .text("ana/stories/mon-parcours/index.html")
        .contains("Mon récit."));
}

#[test]
fn summaries_do_not_show_the_code_inside_learner_html() {
    // The story intro is « Mon récit. <script>alert('zqstoryscript')</script> »: its
    // page drops the script with its content, and so must the summary on its card.
    let j = fixture("fr");
    j.build_ok();
    for name in sites_in(&j.out()) {
        let site = j.site(&name);
        for (page, text) in read_all_text(&site.root) {
            assert!(
                !text.contains("zqstoryscript"),
                "{name}/{page}: the script's code is shown as text"
            );
        }
    }
    // Paired: the summary itself is on the card.
    let portrait = j.site("public").html("ana/index.html");
    let summary = scraper::Selector::parse(".card-summary").expect("selector");
    let texts: Vec<String> = portrait
        .select(&summary)
        .map(|s| s.text().collect())
        .collect();
    assert!(texts.iter().any(|t| t.contains("Mon récit.")), "{texts:?}");
}

#[test]
fn only_the_public_site_may_be_indexed() {
    let j = fixture("fr");
    j.build_ok();
    let robots = scraper::Selector::parse("meta[name=\"robots\"]").expect("selector");
    for name in sites_in(&j.out()) {
        let site = j.site(&name);
        for page in site.pages() {
            let doc = site.html(&page);
            let noindex = doc.select(&robots).any(|m| {
                m.value()
                    .attr("content")
                    .is_some_and(|c| c.contains("noindex"))
            });
            if name == "public" {
                assert!(!noindex, "{name}/{page} is noindex");
            } else {
                assert!(
                    noindex,
                    "{name}/{page} lacks <meta name=\"robots\" content=\"noindex\">"
                );
            }
        }
        let robots_txt = site.text("robots.txt");
        if name == "public" {
            assert!(
                !robots_txt.contains("Disallow: /\n"),
                "{name}: {robots_txt}"
            );
        } else {
            assert!(robots_txt.contains("Disallow: /"), "{name}: {robots_txt}");
        }
    }
}

#[test]
fn dates_are_french_by_default() {
    let j = fixture("fr");
    j.build_ok();
    let site = j.site("private/ana");
    let exp = site.text(&exp_page("ana", STAGE));
    assert!(
        exp.contains("31 mai 2021 à 14:06"),
        "no French date with time"
    );
    assert!(exp.contains("datetime=\"2021-05-31T14:06\""));
    assert!(
        site.text("ana/index.html").contains("1er mars 2021"),
        "first of the month is « 1er »"
    );
    assert!(site
        .text("ana/stories/mon-parcours/index.html")
        .contains("20 septembre 2021"));
    assert!(site.text("index.html").contains("<html lang=\"fr\">"));
    assert!(site.text("ana/index.html").contains("Mon parcours"));
}

#[test]
fn dates_and_words_are_english_with_language_en() {
    let j = fixture("en");
    j.build_ok();
    let site = j.site("private/ana");
    let exp = site.text(&exp_page("ana", STAGE));
    assert!(
        exp.contains("31 May 2021 at 14:06"),
        "no English date with time"
    );
    assert!(!exp.contains("mai 2021"));
    assert!(site.text("ana/index.html").contains("1 March 2021"));
    assert!(site.text("index.html").contains("<html lang=\"en\">"));
    let portrait = site.text("ana/index.html");
    assert!(
        portrait.contains("My path") && portrait.contains("My skills"),
        "English interface"
    );
    assert!(
        !portrait.contains("Mes compétences"),
        "French words left in the English site"
    );
    assert!(portrait.contains("Rigour"), "built-in skills in English");
    assert!(site
        .text("visibility/index.html")
        .contains("Who can see what?"));
}

#[test]
fn every_site_has_a_visibility_page_and_a_banner_naming_its_audience() {
    let j = fixture("fr");
    j.build_ok();
    for (site, words) in [
        ("public", "Site public : visible par tout le monde"),
        (
            "community/atelier",
            "Site du groupe Atelier : visible par ses membres",
        ),
        (
            "referent/nelly",
            "Site du suivi — Nelly : visible par Nelly seulement",
        ),
        (
            "private/ana",
            "Ton carnet privé — Ana : visible par toi seul",
        ),
    ] {
        let s = j.site(site);
        assert!(s.has("visibility/index.html"), "{site}");
        let home = s.html("index.html");
        let banner = scraper::Selector::parse(".audience-banner").expect("selector");
        let text: String = home
            .select(&banner)
            .next()
            .expect("banner")
            .text()
            .collect();
        assert!(text.contains(words), "{site} banner: {text}");
    }
}

#[test]
fn the_example_journal_builds() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let out_dir = tmp.path().join("site");
    let out = run([
        std::ffi::OsString::from("build"),
        example_journal().into(),
        "--out".into(),
        out_dir.clone().into(),
        "--cache".into(),
        tmp.path().join("cache").into(),
    ])
    .assert_success();
    let summary = out.stdout.lines().next().unwrap_or_default();
    // « carnet : 7 sites, 88 pages, 18 photos (...) en 1,23 s »
    let words: Vec<&str> = summary.split_whitespace().collect();
    assert!(summary.starts_with("carnet : "), "no summary line:\n{out}");
    assert_eq!(words.get(3), Some(&"sites,"), "{summary}");
    assert_eq!(words.get(5), Some(&"pages,"), "{summary}");
    assert_eq!(words.get(7), Some(&"photos"), "{summary}");
    let sites: usize = words[2].parse().expect("site count");
    let pages: usize = words[4].parse().expect("page count");
    assert_eq!(sites, sites_in(&out_dir).len(), "{summary}");
    let written: usize = sites_in(&out_dir)
        .iter()
        .map(|s| Site::new(out_dir.join(s)).pages().len())
        .sum();
    assert!(
        pages == written || pages == written + sites,
        "{summary}: {written} HTML pages written"
    );
    assert!(out.stdout.contains("confidentialité :"), "{out}");
    assert!(!out.stderr.contains("erreur"), "{out}");
    // Its links work too.
    let mut problems = Vec::new();
    for name in sites_in(&out_dir) {
        problems.extend(check_links(&Site::new(out_dir.join(&name)), &name));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn without_out_the_sites_go_to_the_journal_site_folder() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Bio.\n");
    let build = || {
        run([
            std::ffi::OsString::from("build"),
            j.root().into(),
            "--cache".into(),
            j.cache().into(),
        ])
    };
    build().assert_success();
    assert!(j.path("site/public/ana/index.html").is_file());
    assert!(j.path("site/private/ana/index.html").is_file());
    // The folder is carnet's now: a second build replaces it.
    j.learner(
        "ana",
        "name = \"Ana Nouvelle\"\nvisibility = \"public\"",
        "Bio.\n",
    );
    build().assert_success();
    assert!(
        std::fs::read_to_string(j.path("site/public/ana/index.html"))
            .expect("read")
            .contains("Ana Nouvelle")
    );
}

/// One page per kind of audience of the example journal, as snapshots: a change to
/// a page is reviewed (`cargo insta review`), not missed. Inès's portrait is on every
/// site, each time with what that audience may see.
#[test]
fn the_example_portrait_as_each_audience_sees_it() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let out_dir = tmp.path().join("site");
    run([
        std::ffi::OsString::from("build"),
        example_journal().into(),
        "--out".into(),
        out_dir.clone().into(),
        "--cache".into(),
        tmp.path().join("cache").into(),
    ])
    .assert_success();
    for (name, site) in [
        ("public", "public"),
        ("community", "community/garantie-jeunes"),
        ("referent", "referent/nelly"),
        ("private", "private/ines"),
    ] {
        let page = Site::new(out_dir.join(site)).text("ines/index.html");
        insta::assert_snapshot!(format!("example-portrait-{name}"), page);
    }
}

/// Issue 26: a French journal's text is printed with French typography (the seed's
/// own sentences), its code, addresses and times as typed; an English journal's
/// text is left alone; the search index keeps the text as typed, so that a reader
/// typing plain spaces and apostrophes finds it.
#[test]
fn a_french_page_prints_the_learners_text_with_french_typography() {
    for language in ["fr", "en"] {
        let j = Journal::new();
        j.config(&format!("title = \"Carnet\"\nlanguage = \"{language}\"\n"));
        j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Ma bio !");
        j.experience(
            "ana",
            STAGE,
            "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"public\"\nskills = [\"rigueur\"]",
            "Le contact avec le client m'a plu , il faut savoir s'organiser !\n\n\
             Rendez-vous à 10:30 : 80000 euros ?\n\n\
             Voir <https://exemple.fr/page?x=1> et `a ? b : 10000` !\n",
            &[],
        );
        j.build_ok();
        let site = j.site("public");
        let doc = site.html(&exp_page("ana", STAGE));
        let text: String = doc.root_element().text().collect();
        let code = text_of(&doc, "main code").join("|");
        assert!(code.contains("a ? b : 10000"), "{language}: {code}");
        let href = doc
            .select(&scraper::Selector::parse("main a[href^='https://exemple.fr']").expect("css"))
            .next()
            .expect("the link");
        assert_eq!(
            href.value().attr("href"),
            Some("https://exemple.fr/page?x=1")
        );
        assert!(text.contains("https://exemple.fr/page?x=1"), "{language}");
        if language == "fr" {
            for typeset in [
                "il faut savoir s’organiser\u{202F}!",
                "Rendez-vous à 10:30\u{A0}: 80\u{202F}000 euros\u{202F}?",
            ] {
                assert!(text.contains(typeset), "fr lacks {typeset:?}:\n{text}");
            }
            let portrait = site.text("ana/index.html");
            assert!(portrait.contains("Ma bio\u{202F}!"), "{portrait}");
        } else {
            assert!(
                text.contains("Rendez-vous à 10:30 : 80000 euros ?"),
                "en: {text}"
            );
            assert!(!text.contains('\u{202F}'), "en: {text}");
        }
        let index = site.text("search-index.js");
        assert!(index.contains("80000 euros"), "{language}: {index}");
    }
}
