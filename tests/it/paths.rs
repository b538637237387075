//! Paths and names: nothing is followed out of the journal, however the way out is
//! written (a linked folder, `..`, an absolute path); odd names (NFC and NFD forms,
//! invisible characters, names that differ only by case, names too long for a
//! folder) are handled or refused with a clear message; and the output folder
//! says where it must not go (its root page, the build summary), with no site
//! linking into another.
//! (Links of single files and `..` in photo lists are in `bad_input.rs`.)

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::common::*;

const INDEX: &str = "learners/ana/experiences/2021-05-31-stage/index.md";

/// Ana (public), one public experience with a photo, a public story.
fn journal() -> Journal {
    let j = Journal::new();
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"public\"",
        "Ma bio.\n",
    );
    j.experience(
        "ana",
        "2021-05-31-stage",
        "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"public\"\nphotos = [{ file = \"p.jpg\", alt = \"une photo\" }]",
        "Le texte.\n",
        &[("p.jpg", &solid_jpeg(120, 80, [200, 30, 30]))],
    );
    j.story(
        "ana",
        "mon-recit",
        "title = \"Mon récit\"\nvisibility = \"public\"\nexperiences = [\"2021-05-31-stage\"]",
        "Intro.\n",
    );
    j
}

/// Builds `j` and returns its output's snapshot.
#[track_caller]
fn built(j: &Journal) -> BTreeMap<String, Vec<u8>> {
    j.build_ok();
    snapshot(&j.out())
}

/// Builds `j`, expecting exit code 1, every one of `needles` on stderr, no panic,
/// and the output folder as it was.
#[track_caller]
fn refused(j: &Journal, before: &BTreeMap<String, Vec<u8>>, needles: &[&str]) -> Output {
    let out = j.build().code(1);
    out.stderr_has(needles);
    assert!(!out.stderr.contains("panicked"), "{out}");
    assert!(snapshot(&j.out()) == *before, "the output changed:\n{out}");
    out
}

/// A folder outside the journal holding a secret experience and a story.
fn outside(j: &Journal) -> PathBuf {
    let dir = j.tmp().join("outside");
    let exp = dir.join("experiences/2021-01-01-dehors");
    std::fs::create_dir_all(&exp).expect("mkdir");
    std::fs::write(
        exp.join("index.md"),
        markdown(
            "title = \"zqoutsidetitle\"\ndate = 2021-01-01\nvisibility = \"public\"",
            "zqoutsidebody",
        ),
    )
    .expect("write");
    std::fs::create_dir_all(dir.join("stories")).expect("mkdir");
    std::fs::write(
        dir.join("stories/dehors.md"),
        markdown("title = \"zqoutsidestory\"\nvisibility = \"public\"", "zq"),
    )
    .expect("write");
    std::fs::create_dir_all(dir.join("templates")).expect("mkdir");
    std::fs::write(dir.join("templates/home.html"), "zqoutsidetemplate").expect("write");
    dir
}

/// No file of the output mentions `needle`.
#[track_caller]
fn nowhere(j: &Journal, needle: &str) {
    for (rel, bytes) in snapshot(&j.out()) {
        assert!(!contains_ci(&bytes, needle), "{rel} holds {needle}");
    }
}

#[cfg(unix)]
mod links_out_of_the_journal {
    use super::*;

    #[test]
    fn a_linked_experiences_folder_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.remove("learners/ana/experiences");
        j.symlink("learners/ana/experiences", &dir.join("experiences"));
        refused(
            &j,
            &before,
            &["learners/ana/experiences", "lien symbolique"],
        );
        nowhere(&j, "zqoutside");
    }

    #[test]
    fn a_linked_stories_folder_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.remove("learners/ana/stories");
        j.symlink("learners/ana/stories", &dir.join("stories"));
        refused(&j, &before, &["learners/ana/stories", "lien symbolique"]);
    }

    #[test]
    fn a_linked_learners_folder_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        std::fs::create_dir_all(dir.join("learners")).expect("mkdir");
        std::fs::rename(j.path("learners/ana"), dir.join("learners/ana")).expect("move");
        j.remove("learners");
        j.symlink("learners", &dir.join("learners"));
        refused(&j, &before, &["learners", "lien symbolique"]);
    }

    #[test]
    fn a_linked_theme_folder_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.symlink("themes/templates", &dir.join("templates"));
        refused(&j, &before, &["themes/templates", "lien symbolique"]);
        nowhere(&j, "zqoutsidetemplate");
    }

    #[test]
    fn a_linked_carnet_toml_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        std::fs::write(dir.join("carnet.toml"), "title = \"zqoutsidetitle\"\n").expect("write");
        j.remove("carnet.toml");
        j.symlink("carnet.toml", &dir.join("carnet.toml"));
        refused(&j, &before, &["carnet.toml", "lien symbolique"]);
    }
}

#[test]
fn a_story_cover_or_member_written_as_a_path_out_is_refused() {
    for (front, needle) in [
        (
            "cover = \"../../bea/experiences/x/p.jpg\"",
            "couverture `../../bea/experiences/x/p.jpg`",
        ),
        ("cover = \"/etc/passwd\"", "couverture `/etc/passwd`"),
    ] {
        let j = journal();
        let before = built(&j);
        j.edit(
            "learners/ana/stories/mon-recit.md",
            "visibility = \"public\"",
            &format!("visibility = \"public\"\n{front}"),
        );
        refused(&j, &before, &[needle]);
    }
    let j = journal();
    let before = built(&j);
    j.edit(
        "learners/ana/stories/mon-recit.md",
        "experiences = [\"2021-05-31-stage\"]",
        "experiences = [\"../../../../etc\"]",
    );
    refused(&j, &before, &["expérience `../../../../etc` inconnue"]);
}

mod odd_names {
    use super::*;

    #[test]
    fn a_photo_listed_in_nfc_and_saved_in_nfd_is_found() {
        let j = journal();
        let nfd = "cafe\u{301}.jpg";
        j.experience(
            "ana",
            "2021-06-01-cafe",
            "title = \"Café\"\ndate = 2021-06-01\nvisibility = \"public\"\nphotos = [{ file = \"café.jpg\", alt = \"un café\" }]",
            "",
            &[(nfd, &solid_jpeg(80, 60, [30, 30, 200]))],
        );
        j.build_ok();
        let site = j.site("public");
        let page = site.text("ana/experiences/2021-06-01-cafe/index.html");
        assert!(page.contains("alt=\"un café\""), "{page}");
        let blue = site
            .photo_files()
            .iter()
            .any(|f| decode_mean(&site.bytes(f)).2[2] > 150);
        assert!(blue, "the NFD photo is not in the site");
    }

    #[test]
    fn a_story_names_an_nfd_folder_in_nfc() {
        let j = journal();
        j.experience(
            "ana",
            "2021-06-01-e\u{301}te\u{301}",
            "title = \"zqetefolder\"\ndate = 2021-06-01\nvisibility = \"public\"",
            "",
            &[],
        );
        j.story(
            "ana",
            "ete",
            "title = \"Été\"\nvisibility = \"public\"\nexperiences = [\"2021-06-01-été\"]",
            "",
        );
        j.build_ok();
        let story = j.site("public").text("ana/stories/ete/index.html");
        assert!(story.contains("zqetefolder"), "{story}");
    }

    #[test]
    fn invisible_characters_in_names_are_refused() {
        for (name, shown) in [
            ("p\u{200B}hoto.jpg", "U+200B"),
            ("photo\u{202E}gpj.jpg", "U+202E"),
        ] {
            let j = journal();
            let before = built(&j);
            j.file(
                &format!("learners/ana/experiences/2021-05-31-stage/{name}"),
                &solid_jpeg(40, 30, [0, 0, 0]),
            );
            refused(&j, &before, &["2021-05-31-stage/", shown, "invisible"]);
        }
        let j = journal();
        let before = built(&j);
        j.experience(
            "ana",
            "2021-06-01-sta\u{200D}ge",
            "title = \"x\"\ndate = 2021-06-01",
            "",
            &[],
        );
        refused(&j, &before, &["U+200D"]);
    }

    #[test]
    fn an_invisible_character_in_a_listed_file_is_located() {
        let j = journal();
        let before = built(&j);
        j.edit(INDEX, "file = \"p.jpg\"", "file = \"p\u{200B}.jpg\"");
        refused(&j, &before, &[&format!("{INDEX}:5:"), "U+200B"]);
    }

    #[test]
    fn photos_whose_names_differ_only_by_case_are_refused() {
        let j = journal();
        let before = built(&j);
        j.file(
            "learners/ana/experiences/2021-05-31-stage/Café.jpg",
            &solid_jpeg(40, 30, [0, 0, 0]),
        );
        j.file(
            "learners/ana/experiences/2021-05-31-stage/café.jpg",
            &solid_jpeg(40, 30, [9, 9, 9]),
        );
        refused(
            &j,
            &before,
            &["`Café.jpg` et `café.jpg`", "macOS et Windows"],
        );
    }

    #[test]
    fn a_listed_photo_in_another_case_says_so() {
        let j = journal();
        let before = built(&j);
        j.edit(INDEX, "file = \"p.jpg\"", "file = \"P.jpg\"");
        refused(
            &j,
            &before,
            &[&format!("{INDEX}:5:"), "il y a `p.jpg`", "majuscules"],
        );
    }

    #[test]
    fn a_folder_name_making_a_too_long_address_is_refused() {
        let j = journal();
        let before = built(&j);
        // 85 Chinese characters: 255 bytes, the most a folder name may have, and an
        // address of about 400 letters once written in Latin letters.
        let name: String = "中".repeat(85);
        assert_eq!(name.len(), 255);
        j.experience("ana", &name, "title = \"x\"\ndate = 2021-06-01", "", &[]);
        refused(&j, &before, &["une adresse de", "raccourcis le nom"]);
    }

    #[test]
    fn a_listed_file_name_over_255_bytes_says_so() {
        let j = journal();
        let before = built(&j);
        let long = format!("{}.jpg", "a".repeat(300));
        j.edit(INDEX, "file = \"p.jpg\"", &format!("file = \"{long}\""));
        refused(&j, &before, &[&format!("{INDEX}:5:"), "304 octets", "255"]);
    }
}

mod output_folder {
    use super::*;

    #[test]
    fn the_root_of_the_output_says_not_to_publish_it_and_which_folder_to_publish() {
        let j = Journal::new();
        j.config("title = \"Carnet test\"\n[[groups]]\nslug = \"g\"\nname = \"Groupe\"\nkind = \"learners\"\n[[referents]]\nslug = \"nelly\"\nname = \"Nelly\"\n");
        j.learner(
            "ana",
            "name = \"Ana\"\nvisibility = \"public\"\ngroups = [\"g\"]\nreferent = \"nelly\"",
            "",
        );
        let out = j.build_ok();
        let public = j.out().join("public");
        assert!(
            out.stdout
                .contains(&format!("publier {}/ seulement", public.display())),
            "{out}"
        );
        assert!(
            out.stdout
                .contains("ne le mettez jamais en ligne en entier"),
            "{out}"
        );
        let root = Site::new(j.out());
        let page = root.text("index.html");
        assert!(page.contains("Ne publiez pas ce dossier"), "{page}");
        assert!(page.contains("href=\"public/index.html\""), "{page}");
        // The page is a file of the uploaded folder too: it names no group,
        // referent or learner, so an upload of the whole folder does not list
        // who is in the programme.
        for name in [
            "community/g",
            "referent/nelly",
            "private/ana",
            "Ana",
            "Nelly",
            "Groupe",
        ] {
            assert!(!page.contains(name), "{name}: {page}");
        }
        assert!(root
            .text("robots.txt")
            .contains("Allow: /public/\nDisallow: /"));
        for kind in ["community", "referent", "private"] {
            assert!(root
                .text(&format!("{kind}/.htaccess"))
                .contains("Require all denied"));
        }
        assert!(
            !root.has("public/.htaccess"),
            "the public site must stay servable"
        );
    }

    #[test]
    fn no_site_links_into_another_sites_folder() {
        let (_tmp, out) = example_out();
        for name in sites_in(&out) {
            let site = Site::new(out.join(&name));
            for page in site.pages() {
                for (attr, url) in urls_of(&site.html(&page)) {
                    if let Some(target) = resolve(&page, &url) {
                        assert!(
                            !target.starts_with("../"),
                            "{name}/{page}: {attr} {url} leaves the site"
                        );
                        assert!(site.has(&target), "{name}/{page}: {attr} {url} is missing");
                    } else if !url.starts_with('#') && !url.is_empty() {
                        // An absolute URL: only to the web, never to a file of the output.
                        assert!(
                            !url.starts_with("file:") && !url.starts_with('/'),
                            "{name}/{page}: {attr} {url}"
                        );
                    }
                }
            }
        }
    }

    /// The example journal built into a temporary folder: (folder, output).
    fn example_out() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::TempDir::new().expect("temp dir");
        let out = tmp.path().join("out");
        run([
            std::ffi::OsString::from("build"),
            example_journal().into(),
            "--out".into(),
            out.clone().into(),
        ])
        .assert_success();
        (tmp, out)
    }
}
