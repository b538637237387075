//! Portraits and stories as deliverables: share metadata and links on the public
//! site only, structured data (JSON-LD Person, microformats, JSON Resume), « who can
//! see this » badges in plain words, the three story layouts, story covers, and
//! story texts shown whole.

use crate::common::*;

fn journal() -> Journal {
    let j = Journal::new();
    j.config(
        r#"title = "Carnets"
base_url = "https://carnets.example.org/"

[[groups]]
slug = "gj"
name = "Garantie Jeunes"
kind = "learners"

[[referents]]
slug = "nelly"
name = "Nelly"
role = "conseillère"
"#,
    );
    j.learner(
        "ines",
        "name = \"Inès\"\nheadline = \"Future maroquinière\"\nvisibility = \"public\"\ngroups = [\"gj\"]\nreferent = \"nelly\"",
        "J'aime le travail bien fait.\n",
    );
    let photo = solid_jpeg(400, 300, [200, 120, 40]);
    for (folder, vis, kind, skills) in [
        (
            "2021-03-30-stage",
            "public",
            "stage",
            "[\"rigueur\", \"autonomie\"]",
        ),
        ("2021-04-22-sst", "public", "formation", "[\"rigueur\"]"),
        (
            "2021-05-02-visite",
            "community",
            "visite",
            "[\"curiosite\"]",
        ),
        (
            "2021-06-24-entretien",
            "referent",
            "entretien",
            "[\"gestion-stress\"]",
        ),
        (
            "2021-07-01-brouillon",
            "private",
            "atelier",
            "[\"perseverance\"]",
        ),
    ] {
        j.experience(
            "ines",
            folder,
            &format!(
                "title = \"Titre {folder}\"\ndate = 2021-05-31T14:06:00\nplace = \"Givors\"\nkind = \"{kind}\"\nskills = {skills}\nvisibility = \"{vis}\"\nphotos = [{{ file = \"p.jpg\", alt = \"Une photo\", caption = \"Légende\" }}]"
            ),
            "Un texte.\n",
            &[("p.jpg", &photo)],
        );
    }
    for (slug, layout, vis) in [
        ("journee", "journal", "public"),
        ("rencontres", "mosaic", "public"),
        ("appris", "slides", "referent"),
    ] {
        j.story(
            "ines",
            slug,
            &format!(
                "title = \"Récit {slug}\"\nvisibility = \"{vis}\"\nlayout = \"{layout}\"\nexperiences = [\"2021-03-30-stage\", \"2021-04-22-sst\", \"2021-06-24-entretien\"]"
            ),
            "Une intro.\n",
        );
    }
    j.build_ok();
    j
}

fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&scraper::Selector::parse(css).expect("selector"))
        .collect()
}

fn attr(doc: &scraper::Html, css: &str, name: &str) -> Option<String> {
    select(doc, css)
        .first()
        .and_then(|e| e.value().attr(name))
        .map(str::to_string)
}

#[test]
fn public_portrait_has_canonical_open_graph_and_share_links() {
    let j = journal();
    let doc = j.site("public").html("ines/index.html");
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href").as_deref(),
        Some("https://carnets.example.org/ines/")
    );
    assert_eq!(
        attr(&doc, "meta[property='og:type']", "content").as_deref(),
        Some("profile")
    );
    assert_eq!(
        attr(&doc, "meta[property='og:title']", "content").as_deref(),
        Some("Inès")
    );
    let image = attr(&doc, "meta[property='og:image']", "content").expect("og:image");
    let file = image
        .strip_prefix("https://carnets.example.org/")
        .expect("absolute under base_url");
    assert!(
        j.site("public").has(file),
        "{file} is not in the public site"
    );
    assert_eq!(
        attr(&doc, "meta[name='twitter:card']", "content").as_deref(),
        Some("summary_large_image")
    );
    let share: Vec<String> = select(&doc, ".share a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .map(str::to_string)
        .collect();
    assert_eq!(share.len(), 4, "{share:?}");
    assert!(share[0].starts_with("mailto:"));
    assert!(share
        .iter()
        .any(|u| u.starts_with("https://www.linkedin.com/")
            && u.contains("carnets%2Eexample%2Eorg%2Fines%2F")));
    assert!(share.iter().any(|u| u.starts_with("https://wa.me/")));
    // Plain links: no third-party script anywhere.
    assert!(select(&doc, "script[src]").iter().all(|s| !s
        .value()
        .attr("src")
        .unwrap_or("")
        .contains("://")));
}

#[test]
fn non_public_sites_have_no_share_links_nor_absolute_urls() {
    let j = journal();
    for site in ["community/gj", "referent/nelly", "private/ines"] {
        let s = j.site(site);
        for page in s.pages() {
            let text = s.text(&page);
            assert!(
                !text.contains("carnets.example.org"),
                "{site}/{page} names the public host"
            );
            assert!(
                !text.contains("class=\"share\""),
                "{site}/{page} has share links"
            );
            assert!(
                !text.contains("application/ld+json"),
                "{site}/{page} has structured data"
            );
            assert!(
                text.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"),
                "{site}/{page}"
            );
        }
    }
}

#[test]
fn json_ld_person_lists_visible_skills_as_defined_terms() {
    let j = journal();
    let doc = j.site("public").html("ines/index.html");
    let script = select(&doc, "script[type='application/ld+json']");
    assert_eq!(script.len(), 1);
    let v: serde_json::Value =
        serde_json::from_str(&script[0].inner_html()).expect("valid JSON-LD");
    assert_eq!(v["@type"], "Person");
    assert_eq!(v["name"], "Inès");
    assert_eq!(v["jobTitle"], "Future maroquinière");
    let terms: Vec<&str> = v["knowsAbout"]
        .as_array()
        .expect("skills")
        .iter()
        .map(|t| t["termCode"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        terms,
        vec!["autonomie", "rigueur"],
        "only skills proven by public experiences"
    );
    assert!(v["knowsAbout"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["@type"] == "DefinedTerm"));
}

#[test]
fn json_resume_holds_only_what_the_site_shows() {
    let j = journal();
    let public: serde_json::Value =
        serde_json::from_str(&j.site("public").text("ines/resume.json")).expect("JSON");
    assert_eq!(public["basics"]["name"], "Inès");
    assert_eq!(public["basics"]["url"], "https://carnets.example.org/ines/");
    assert_eq!(
        public["work"].as_array().unwrap().len(),
        1,
        "the public internship"
    );
    assert_eq!(
        public["education"].as_array().unwrap().len(),
        1,
        "the public training"
    );
    let text = public.to_string();
    assert!(
        !text.contains("entretien") && !text.contains("brouillon") && !text.contains("visite"),
        "{text}"
    );
    let rigueur = public["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Rigueur")
        .expect("rigueur");
    assert_eq!(rigueur["keywords"].as_array().unwrap().len(), 2);
    let private: serde_json::Value =
        serde_json::from_str(&j.site("private/ines").text("ines/resume.json")).expect("JSON");
    assert!(private.to_string().contains("brouillon"));
}

#[test]
fn portrait_carries_microformats() {
    let j = journal();
    let doc = j.site("public").html("ines/index.html");
    assert_eq!(select(&doc, ".h-card .p-name").len(), 1);
    assert_eq!(select(&doc, ".h-card .p-job-title").len(), 1);
    let exp = j
        .site("public")
        .html("ines/experiences/2021-03-30-stage/index.html");
    assert_eq!(select(&exp, ".h-entry .p-name").len(), 1);
    assert_eq!(
        attr(&exp, ".h-entry .dt-published", "datetime").as_deref(),
        Some("2021-05-31T14:06")
    );
}

#[test]
fn badges_say_who_can_see_in_plain_words() {
    let j = journal();
    let referent = j.site("referent/nelly").text("ines/index.html");
    assert!(
        referent.contains("Toi et ta conseillère Nelly"),
        "referent badge"
    );
    // On a card, short enough for one line; whole on the item's own page.
    assert!(
        referent.contains("Groupe Garantie Jeunes"),
        "community badge"
    );
    assert!(
        !referent.contains("Les membres du groupe Garantie Jeunes"),
        "the long form on a card"
    );
    assert!(j
        .site("referent/nelly")
        .text("ines/experiences/2021-05-02-visite/index.html")
        .contains("Les membres du groupe Garantie Jeunes"));
    assert!(
        referent.contains("Tout le monde sur internet"),
        "public badge"
    );
    let private = j.site("private/ines").text("ines/index.html");
    assert!(private.contains("Visible par toi seul"));
    // The public site needs no badge: everything there is public.
    assert!(!j
        .site("public")
        .text("ines/index.html")
        .contains("class=\"badge"));
    // Every site explains the four levels: to the learner on their own site, to a
    // visitor on the others.
    let levels = j.site("private/ines").text("visibility/index.html");
    for words in [
        "Visible par toi seul",
        "Tout le monde sur internet",
        "Les membres de ton groupe",
    ] {
        assert!(levels.contains(words), "private/ines: {words}");
    }
    for site in ["public", "community/gj", "referent/nelly"] {
        let levels = j.site(site).text("visibility/index.html");
        for words in [
            "Le jeune seul",
            "Tout le monde sur internet",
            "Les membres de son groupe",
        ] {
            assert!(levels.contains(words), "{site}: {words}");
        }
    }
}

#[test]
fn story_layouts_and_skills_at_the_end() {
    let j = journal();
    let site = j.site("public");
    let journal_story = site.html("ines/stories/journee/index.html");
    assert_eq!(select(&journal_story, "article.story-journal").len(), 1);
    assert_eq!(
        select(&journal_story, ".chapter").len(),
        2,
        "the referent interview is left out"
    );
    let skills: Vec<String> = select(&journal_story, ".story-skills .chip")
        .iter()
        .map(|c| c.text().collect())
        .collect();
    assert_eq!(skills, vec!["Rigueur", "Autonomie"]);
    let mosaic = site.html("ines/stories/rencontres/index.html");
    // Two photos: the first opens the story as its cover, the grid shows the other
    // (issue 26: the cover is not repeated).
    assert_eq!(select(&mosaic, ".story-cover img").len(), 1);
    assert_eq!(select(&mosaic, ".story-grid figure").len(), 1);
    assert_eq!(
        select(&mosaic, ".story-grid figcaption a").len(),
        1,
        "captions link to the experiences"
    );
    assert_eq!(
        select(&mosaic, ".chapter h2 a").len(),
        2,
        "every chapter links to its experience"
    );
    assert!(
        !site.has("ines/stories/appris/index.html"),
        "a referent story is not public"
    );
    let slides = j
        .site("referent/nelly")
        .html("ines/stories/appris/index.html");
    assert_eq!(select(&slides, "article.story-slides .chapter").len(), 3);
}

#[test]
fn portrait_skill_chart_is_inline_svg_linking_to_proofs() {
    let j = journal();
    let doc = j.site("public").html("ines/index.html");
    let skills = select(&doc, ".skill-chart .skill");
    assert_eq!(skills.len(), 2);
    let rigueur = select(&doc, "#skill-rigueur .proofs a");
    assert_eq!(rigueur.len(), 2);
    // No attestation in this journal: each proof says it is the learner's own word.
    assert_eq!(
        select(&doc, "#skill-rigueur .proof-source")
            .iter()
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>(),
        ["(déclaré par moi)", "(déclaré par moi)"]
    );
    assert_eq!(
        select(&doc, "#skill-rigueur svg rect.skill-bar-fill").len(),
        1
    );
    assert_eq!(
        attr(&doc, "#skill-rigueur svg rect.skill-bar-fill", "width").as_deref(),
        Some("100")
    );
    assert_eq!(
        attr(&doc, "#skill-autonomie svg rect.skill-bar-fill", "width").as_deref(),
        Some("50")
    );
}

/// Three experiences with photos of three colours (a private one first), and stories
/// that name no cover: one plain, one framed square by the story.
fn story_journal() -> Journal {
    let j = Journal::new();
    j.config("title = \"Carnets\"\n");
    j.learner("ines", "name = \"Inès\"\nvisibility = \"public\"", "Bio.\n");
    for (folder, vis, rgb) in [
        ("2021-01-01-prive", "private", [200, 30, 30]),
        ("2021-02-01-stage", "public", [30, 200, 30]),
        ("2021-03-01-atelier", "public", [30, 30, 200]),
    ] {
        j.experience(
            "ines",
            folder,
            &format!(
                "title = \"Titre {folder}\"\ndate = 2021-05-31\nvisibility = \"{vis}\"\nphotos = [{{ file = \"p.jpg\", alt = \"Photo {folder}\" }}]"
            ),
            "Un texte.\n",
            &[("p.jpg", &solid_jpeg(400, 300, rgb))],
        );
    }
    let all = "[\"2021-01-01-prive\", \"2021-02-01-stage\", \"2021-03-01-atelier\"]";
    j.story(
        "ines",
        "sans-couverture",
        &format!(
            "title = \"Récit\"\nvisibility = \"public\"\nlayout = \"mosaic\"\nexperiences = {all}"
        ),
        "Une intro.\n",
    );
    j.story(
        "ines",
        "carree",
        &format!("title = \"Récit carré\"\nvisibility = \"public\"\nfit = \"cover\"\naspect = \"1:1\"\nexperiences = {all}"),
        "Une intro.\n",
    );
    j.build_ok();
    j
}

/// The `src` of the first `img` matching `css` on `page`.
fn img_src(site: &Site, page: &str, css: &str) -> String {
    attr(&site.html(page), css, "src").unwrap_or_else(|| panic!("no {css} on {page}"))
}

#[test]
fn a_story_without_a_cover_opens_on_its_first_visible_photo() {
    let j = story_journal();
    let story = "ines/stories/sans-couverture/index.html";
    let first_photo = |site: &Site, folder: &str| {
        img_src(
            site,
            &format!("ines/experiences/{folder}/index.html"),
            ".mosaic img",
        )
    };
    // The public story starts at the public stage: its photo is the cover, never
    // the private experience's photo.
    let public = j.site("public");
    let cover = img_src(&public, story, ".story-cover img");
    assert_eq!(cover, first_photo(&public, "2021-02-01-stage"));
    // On the learner's own site the story starts at the private experience.
    let private = j.site("private/ines");
    let cover = img_src(&private, story, ".story-cover img");
    assert_eq!(cover, first_photo(&private, "2021-01-01-prive"));
    assert_ne!(cover, first_photo(&private, "2021-02-01-stage"));
    // The cover comes before the experiences.
    let html = public.text(story);
    let (cover_at, grid_at) = (html.find("story-cover"), html.find("story-grid"));
    assert!(
        cover_at.is_some() && cover_at < grid_at,
        "cover after the grid"
    );
}

/// Issue 26: the cover opened the story, then its first chapter showed the same
/// photo again. The cover is shown once; the other photos stay in their chapters.
#[test]
fn a_story_does_not_show_its_cover_again_in_its_first_chapter() {
    let j = story_journal();
    let html = j
        .site("public")
        .text("ines/stories/sans-couverture/index.html");
    let shown = |alt: &str| html.matches(&format!("alt=\"{alt}\"")).count();
    assert_eq!(
        shown("Photo 2021-02-01-stage"),
        1,
        "the cover twice:\n{html}"
    );
    assert!(
        shown("Photo 2021-03-01-atelier") >= 1,
        "a chapter lost its photo"
    );
    // Its own experience page still shows it.
    let page = j
        .site("public")
        .text("ines/experiences/2021-02-01-stage/index.html");
    assert!(page.contains("alt=\"Photo 2021-02-01-stage\""));
}

#[test]
fn a_story_cover_follows_the_story_framing() {
    let j = story_journal();
    let doc = j.site("public").html("ines/stories/carree/index.html");
    let width = attr(&doc, ".story-cover img", "width").expect("cover width");
    let height = attr(&doc, ".story-cover img", "height").expect("cover height");
    assert_eq!(width, height, "fit = cover, aspect = 1:1 on the story");
    let plain = j
        .site("public")
        .html("ines/stories/sans-couverture/index.html");
    assert_ne!(
        attr(&plain, ".story-cover img", "width"),
        attr(&plain, ".story-cover img", "height"),
        "shown whole (4:3) without framing"
    );
}

#[test]
fn story_texts_are_whole_in_every_layout() {
    let long = "Premier jour. Le principe : se présenter devant tout le groupe, sans notes, \
                pendant deux minutes; puis chacun posait une question. J'avais peur dès le \
                premier jour : et pourtant, à la fin, j'ai parlé plus longtemps que prévu. \
                Dernière phrase de l'expérience, qui doit être là.";
    let j = Journal::new();
    j.config("title = \"Carnets\"\n");
    j.learner("ines", "name = \"Inès\"\nvisibility = \"public\"", "Bio.\n");
    j.experience(
        "ines",
        "2021-01-19-atelier",
        "title = \"Atelier\"\ndate = 2021-01-19\nvisibility = \"public\"",
        &format!("{long}\n\nUn second paragraphe, entier lui aussi.\n"),
        &[],
    );
    for layout in ["journal", "mosaic", "slides"] {
        j.story(
            "ines",
            layout,
            &format!("title = \"Récit {layout}\"\nvisibility = \"public\"\nlayout = \"{layout}\"\nexperiences = [\"2021-01-19-atelier\"]"),
            "Intro.\n",
        );
    }
    j.build_ok();
    let site = j.site("public");
    let whole: String = select(
        &site.html("ines/experiences/2021-01-19-atelier/index.html"),
        ".experience-text",
    )[0]
    .text()
    .collect();
    assert!(whole.contains("Dernière phrase"), "{whole}");
    for layout in ["journal", "mosaic", "slides"] {
        let doc = site.html(&format!("ines/stories/{layout}/index.html"));
        let texts = select(&doc, ".chapter .chapter-text");
        assert_eq!(texts.len(), 1, "{layout}");
        let text: String = texts[0].text().collect();
        assert_eq!(
            text, whole,
            "{layout}: the story's text is not the whole text"
        );
        assert!(!text.contains('…'), "{layout}: {text}");
    }
}
