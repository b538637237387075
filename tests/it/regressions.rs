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
    j.build_with(&out, &j.tmp().join("cache-beside")).ok();
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
    assert!(images_made(&one.build_with(&one.out(), &shared).ok()) > 0);
    assert!(images_made(&two.build_with(&two.out(), &shared).ok()) > 0);
    let again = one.build_with(&one.tmp().join("out-again"), &shared).ok();
    assert_eq!(
        images_made(&again),
        0,
        "the other journal's build pruned these:\n{again}"
    );
    let again = two.build_with(&two.tmp().join("out-again"), &shared).ok();
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
