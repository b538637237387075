//! One test per bug found, named after what broke. Each failed before its fix.

use std::path::Path;

use crate::common::*;

/// A journal with one public and one private experience, each with its own photo.
fn two_items() -> Journal {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Bio.\n");
    j.experience(
        "ana",
        "2021-05-31-public",
        "title = \"Publique\"\ndate = 2021-05-31\nvisibility = \"public\"",
        "Texte.\n",
        &[("a.jpg", &solid_jpeg(480, 320, [200, 30, 30]))],
    );
    j.experience(
        "ana",
        "2021-06-01-zqsecret",
        "title = \"zqsecrettitle\"\ndate = 2021-06-01",
        "zqsecretbody\n",
        &[("zqsecret.jpg", &solid_jpeg(480, 320, [30, 30, 200]))],
    );
    j
}

/// Number of image files a build made (« N fait(s) » in its summary).
fn images_made(out: &Output) -> usize {
    let line = out.stdout.lines().next().unwrap_or_default();
    let before = line.split(" fait").next().unwrap_or_default();
    before
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no « fait » count in {line:?}"))
}

#[test]
fn a_cache_inside_the_output_folder_is_refused() {
    let j = two_items();
    let out = j.out();
    let cache = out.join("public").join("c");
    let run = j.build_with(&out, &cache).code(2);
    run.stderr_has(&["cache"]);
    assert!(!out.exists(), "a refused build wrote {}", out.display());
    // Paired: the same journal builds with its cache beside the output folder.
    j.build_with(&out, &j.tmp().join("cache-beside"))
        .assert_success();
    assert!(out.join("public/index.html").is_file());
}

#[test]
fn an_output_folder_inside_the_cache_is_refused() {
    let j = two_items();
    let cache = j.tmp().join("cache");
    let out = cache.join("site");
    j.build_with(&out, &cache).code(2).stderr_has(&["cache"]);
    assert!(!out.exists());
}

#[test]
fn the_cache_and_the_output_cannot_be_one_folder() {
    let j = two_items();
    let dir = j.tmp().join("both");
    j.build_with(&dir, &dir).code(2).stderr_has(&["cache"]);
    assert!(!dir.join("public").exists());
}

#[test]
fn a_cache_inside_the_journal_content_is_refused() {
    let j = two_items();
    for inside in [
        "learners/ana/cache",
        "learners/ana/experiences/2021-05-31-public/c",
        "themes/c",
    ] {
        let cache = j.path(inside);
        let run = j.build_with(&j.out(), &cache).code(2);
        run.stderr_has(&["cache"]);
        assert!(!cache.exists(), "{inside} was made");
    }
    assert!(!j.out().exists());
}

/// Site photo files that are also in another site (same content-addressed name).
fn shared_photo(j: &Journal) -> String {
    let public = j.site("public").photo_files();
    let private = j.site("private/ana").photo_files();
    public
        .into_iter()
        .find(|p| private.contains(p))
        .expect("a photo shown on both sites")
}

#[test]
fn editing_a_site_photo_in_place_corrupts_neither_the_cache_nor_other_sites() {
    let j = two_items();
    j.build_ok();
    let rel = shared_photo(&j);
    let public = j.out().join("public").join(&rel);
    let private = j.out().join("private/ana").join(&rel);
    let good = std::fs::read(&private).expect("read photo");
    // Written in place (same inode), as an image editor saving over it does.
    std::fs::write(&public, vec![0u8; good.len()]).expect("write over");
    assert_eq!(
        std::fs::read(&private).expect("read"),
        good,
        "the other site changed"
    );
    let name = Path::new(&rel).file_name().expect("name");
    let cached = walk_files(&j.cache())
        .into_iter()
        .find(|p| p.file_name() == Some(name))
        .expect("the photo in the cache");
    assert_eq!(
        std::fs::read(cached).expect("read"),
        good,
        "the cache changed"
    );
    // A rebuild repairs the edited file, same size and all.
    j.build_ok();
    assert_eq!(std::fs::read(&public).expect("read"), good, "not repaired");
}

#[test]
fn a_rebuild_repairs_a_site_photo_edited_to_another_size() {
    let j = two_items();
    j.build_ok();
    let rel = shared_photo(&j);
    let public = j.out().join("public").join(&rel);
    let good = std::fs::read(&public).expect("read photo");
    std::fs::write(&public, b"not a photo").expect("write over");
    j.build_ok();
    assert_eq!(std::fs::read(&public).expect("read"), good);
}

fn walk_files(dir: &Path) -> Vec<std::path::PathBuf> {
    list_files(dir).into_iter().map(|r| dir.join(r)).collect()
}

fn cache_photos(cache: &Path) -> Vec<std::path::PathBuf> {
    walk_files(cache)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "jpg"))
        .collect()
}

#[test]
fn an_empty_or_truncated_cache_file_is_made_again_not_published() {
    let j = two_items();
    j.build_ok();
    let photos = cache_photos(&j.cache());
    assert!(photos.len() >= 2, "{photos:?}");
    std::fs::write(&photos[0], b"").expect("empty it");
    let half = std::fs::read(&photos[1]).expect("read");
    std::fs::write(&photos[1], &half[..half.len() / 2]).expect("truncate it");
    std::fs::remove_dir_all(j.out()).expect("remove the sites");
    j.build_ok();
    for site in sites_in(&j.out()) {
        let site = j.site(&site);
        for photo in site.photo_files() {
            let bytes = site.bytes(&photo);
            assert!(!bytes.is_empty(), "{photo} is empty");
            image::load_from_memory(&bytes)
                .unwrap_or_else(|e| panic!("{photo} does not decode: {e}"));
        }
    }
}

#[test]
fn two_journals_sharing_a_cache_keep_each_others_images() {
    let one = two_items();
    let two = Journal::new();
    two.learner("bo", "name = \"Bo\"\nvisibility = \"public\"", "Bio.\n");
    two.experience(
        "bo",
        "2022-01-01-autre",
        "title = \"Autre\"\ndate = 2022-01-01\nvisibility = \"public\"",
        "Texte.\n",
        &[("b.jpg", &solid_jpeg(300, 200, [10, 200, 10]))],
    );
    let shared = one.tmp().join("shared-cache");
    assert!(images_made(&one.build_with(&one.out(), &shared).assert_success()) > 0);
    assert!(images_made(&two.build_with(&two.out(), &shared).assert_success()) > 0);
    let again = one
        .build_with(&one.tmp().join("out-again"), &shared)
        .assert_success();
    assert_eq!(
        images_made(&again),
        0,
        "the other journal's build pruned these:\n{again}"
    );
    let again = two
        .build_with(&two.tmp().join("out-again"), &shared)
        .assert_success();
    assert_eq!(images_made(&again), 0, "{again}");
}

#[test]
fn a_theme_cannot_read_the_environment() {
    let j = two_items();
    j.file(
        "themes/templates/home.html",
        br#"{% extends "base.html" %}{% block main %}<p>{{ get_env(name="CARNET_TEST_TOKEN", default="") }}</p>{% endblock main %}"#,
    );
    let out = run_with_env(
        [
            std::ffi::OsString::from("build"),
            j.root().into(),
            "--out".into(),
            j.out().into(),
            "--cache".into(),
            j.cache().into(),
        ],
        &[("CARNET_TEST_TOKEN", "zqtoken-from-the-environment")],
    );
    assert_ne!(out.code, 0, "the theme read the environment:\n{out}");
    out.stderr_has(&["get_env"]);
    assert!(!out.stderr.contains("zqtoken"), "{out}");
    for (path, text) in read_all_text(&j.out()) {
        assert!(!text.contains("zqtoken"), "{path} holds the token");
    }
}

#[test]
fn the_share_image_announces_its_real_size() {
    let j = Journal::new();
    j.config("title = \"Carnet\"\nbase_url = \"https://example.org/carnet\"\n");
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Bio.\n");
    j.experience(
        "ana",
        "2021-05-31-petite",
        "title = \"Petite photo\"\ndate = 2021-05-31\nvisibility = \"public\"",
        "Texte.\n",
        &[("p.jpg", &solid_jpeg(451, 300, [120, 90, 60]))],
    );
    j.build_ok();
    let site = j.site("public");
    let page = site.html("ana/experiences/2021-05-31-petite/index.html");
    let meta = |property: &str| -> String {
        let sel =
            scraper::Selector::parse(&format!("meta[property=\"{property}\"]")).expect("selector");
        page.select(&sel)
            .next()
            .and_then(|m| m.value().attr("content"))
            .unwrap_or_else(|| panic!("no {property}"))
            .to_string()
    };
    let url = meta("og:image");
    let file = url.rsplit('/').next().expect("file name");
    let (w, h) = image_size(&site.bytes(&format!("photos/{file}")));
    assert_eq!(meta("og:image:width"), w.to_string());
    assert_eq!(meta("og:image:height"), h.to_string());
    assert_eq!(w, 451, "the share image is never enlarged");
}

#[test]
fn a_duplicate_slug_error_points_at_the_duplicate() {
    let j = Journal::new();
    j.config(
        "title = \"Carnet\"\n\n[[groups]]\nslug = \"atelier\"\nname = \"Un\"\nkind = \"learners\"\n\n[[groups]]\nslug = \"atelier\"\nname = \"Deux\"\nkind = \"learners\"\n",
    );
    let out = j.build().code(1);
    out.stderr_has(&["carnet.toml:9:8"]);
    assert!(!out.stderr.contains("carnet.toml:4:"), "{out}");
}

// ---------------------------------------------------------------------------------
// Issue 21: bad input that reached pages, and what `carnet new` wrote
// ---------------------------------------------------------------------------------

/// A journal with a public site and its Atom feed, and one public experience
/// whose front matter is `front` and text `body`.
fn public_experience(front: &str, body: &str) -> Journal {
    let j = Journal::new();
    j.config("title = \"Carnet\"\nbase_url = \"https://example.org/carnet\"\n")
        .learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "")
        .experience(
            "ana",
            "2021-03-01-stage",
            &format!("date = 2021-03-01\nvisibility = \"public\"\n{front}"),
            body,
            &[],
        );
    j
}

#[test]
fn an_escape_character_in_a_title_is_a_located_error_not_a_broken_atom_feed() {
    // `\u001B` is a TOML escape: the title held a real ESC, which made atom.xml
    // ill-formed XML for every subscriber.
    let j = public_experience("title = \"Stage \\u001B[31m rouge\"", "Texte.");
    let out = j.build().code(1);
    out.stderr_has(&[
        "erreur[forbidden-character]",
        "2021-03-01-stage/index.md:4:9",
        "`title` contient un caractère de contrôle invisible (U+001B)",
    ]);
    assert!(!j.out().join("public").exists(), "nothing was written");
}

#[test]
fn control_characters_in_places_tags_and_names_are_refused_where_written() {
    let j = public_experience(
        "title = \"Stage\"\nplace = \"Lyon\\u0000\"\ntags = [\"ok\", \"b\\u0007\"]",
        "",
    );
    j.learner("ana", "name = \"Ana\\u0085\"\nvisibility = \"public\"", "");
    j.config("title = \"Carnet\"\n\n[[groups]]\nslug = \"gj\"\nname = \"Garantie\\u0008 Jeunes\"\nkind = \"learners\"\n");
    let out = j.build().code(1);
    out.stderr_has(&[
        "index.md:5:9",
        "index.md:6:15",
        "profile.md:2:8",
        "carnet.toml:5:8",
        "(U+0000)",
        "(U+0007)",
        "(U+0085)",
        "(U+0008)",
    ]);
    assert_eq!(out.error_lines().len(), 4, "{out}");
}

#[test]
fn a_bidi_override_in_a_title_is_refused_as_in_a_file_name() {
    let j = public_experience("title = \"Mon CV \u{202E}fdp.exe\"", "");
    j.build().code(1).stderr_has(&[
        "index.md:4:9",
        "un caractère invisible qui change le sens de l'écriture (U+202E)",
    ]);
    // Written as an escape, the same.
    let j = public_experience("title = \"Mon CV \\u2066x\\u2069\"", "");
    j.build().code(1).stderr_has(&["index.md:4:9", "(U+2066)"]);
}

#[test]
fn a_control_character_in_a_text_is_located_and_shown_without_being_run() {
    let j = public_experience(
        "title = \"Stage\"",
        "Ligne un.\nDeux \u{1B}[2J\u{1B}]0;pwned\u{7} trois.\n",
    );
    let out = run([
        "--color",
        "never",
        "build",
        j.root().to_str().expect("utf-8"),
        "--out",
        j.out().to_str().expect("utf-8"),
    ])
    .code(1);
    out.stderr_has(&[
        "index.md:7:6",
        "le texte contient un caractère de contrôle invisible (U+001B)",
    ]);
    // The line is shown with the controls made visible: printed raw, they would
    // clear the terminal and set its title.
    assert!(!out.stderr.contains('\u{1B}'), "{:?}", out.stderr);
    assert!(!out.stderr.contains('\u{7}'), "{:?}", out.stderr);
    assert!(out.stderr.contains("Deux ␛[2J␛]0;pwned␇ trois."), "{out}");
}

#[test]
fn a_text_over_a_megabyte_is_a_clear_located_error() {
    let line = format!("{}\n", "Une phrase de cent caractères, écrite et écrite encore, jusqu'à faire un texte trop long !!");
    let body = line.repeat(2 * 1024 * 1024 / line.len());
    let j = public_experience("title = \"Un roman\"", &body);
    let out = j.build().code(1);
    out.stderr_has(&[
        "erreur[text-too-long]",
        "2021-03-01-stage/index.md:",
        "plus que les 1024 Kio qu'un fichier peut avoir",
    ]);
    // Just under the limit, it builds.
    let j = public_experience(
        "title = \"Un roman\"",
        &line.repeat(1000 * 1024 / line.len()),
    );
    j.build_ok();
}

#[test]
fn titles_with_line_breaks_and_right_to_left_text_build_a_well_formed_feed_and_sitemap() {
    let j = public_experience(
        "title = \"Stage <b>&amp;</b>\\n« ]]> » \\tעִבְרִית \u{200F}\u{2028}👨\u{200D}👩\u{200D}👧\"\nplace = \"Café\u{301} du port\"\ntags = [\"métier\", \"x\\ny\"]",
        "Un texte avec \u{2067}שלום\u{2069} et ]]> et <script>alert(1)</script>.\n",
    );
    j.build_ok();
    let site = j.site("public");
    for file in ["atom.xml", "sitemap.xml"] {
        let text = site.text(file);
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{file}: {e}\n{text}"));
    }
    assert!(site.text("atom.xml").contains("עִבְרִית"));
}

#[test]
fn carnet_new_with_a_line_break_and_plus_signs_in_the_title_keeps_the_journal_building() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    let title = "Stage\n+++\nvisibility = \"public\"\n+++\n\"\"\"";
    let out = run([
        "new",
        "ana",
        title,
        "--journal",
        j.root().to_str().expect("utf-8"),
    ])
    .assert_success();
    let index = std::path::PathBuf::from(out.stdout.trim());
    assert!(index.starts_with(j.root()), "{out}");
    run(["check", j.root().to_str().expect("utf-8")]).assert_success();
    j.build_ok();
    // The title stayed a title: the experience is private, on Ana's own site only.
    assert!(!site_text(&j.site("public")).contains("Stage"));
    let private = site_text(&Site::new(j.out().join("private/ana")));
    assert!(
        private.contains("visibility = &quot;public&quot;")
            || private.contains("visibility = \"public\""),
        "the title is shown whole"
    );
}

#[test]
fn carnet_new_refuses_a_file_that_only_starts_like_a_jpeg() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"", "");
    let fake = j.tmp().join("IMG_0001.jpg");
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    bytes.extend_from_slice(b"JFIF\0 and then nothing of a photo");
    std::fs::write(&fake, &bytes).expect("write");
    let out = run([
        "new",
        "ana",
        "Visite",
        fake.to_str().expect("utf-8"),
        "--journal",
        j.root().to_str().expect("utf-8"),
    ])
    .code(2);
    out.stderr_has(&["IMG_0001.jpg"]);
    assert!(!j.path("learners/ana/experiences").exists(), "{out}");
    run(["check", j.root().to_str().expect("utf-8")]).assert_success();
}
