//! Bad input: every problem gives a clear error naming the file (and line:column
//! when there is one), exit code 1 for content errors and 2 for a refused output
//! folder, and no damage: the sites already built stay byte-for-byte as they were.
//!
//! Broken front matter and references are cases of `tests/fixtures/bad/` (data:
//! one file per case); what needs binary files, links or several builds is code.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::*;

const PROFILE: &str = "learners/ana/profile.md";
const EXP_DIR: &str = "learners/ana/experiences/2021-05-31-stage";
const INDEX: &str = "learners/ana/experiences/2021-05-31-stage/index.md";
/// carnet's manifest, beside the output folder `out` (never in it).
const MANIFEST: &str = ".out.carnet-manifest";
/// The list of paths a commit is moving in, beside the manifest.
const PENDING: &str = ".out.carnet-manifest.pending";

/// The small valid journal of `tests/fixtures/journals/small/` (its README says
/// which line holds which key).
fn journal() -> Journal {
    Journal::from_fixture("small")
}

/// Builds `j` successfully and returns a snapshot of its output folder.
#[track_caller]
fn built(j: &Journal) -> BTreeMap<String, Vec<u8>> {
    j.build_ok();
    let snap = snapshot(&j.out());
    assert!(snap.contains_key("public/index.html"));
    snap
}

/// Builds `j`, expecting a content error (exit 1) whose stderr has all of `needles`,
/// and the output folder unchanged since `before`.
#[track_caller]
fn fails(j: &Journal, before: &BTreeMap<String, Vec<u8>>, needles: &[&str]) -> Output {
    let out = j.build().code(1);
    out.stderr_has(needles);
    assert!(!out.stderr.contains("panicked"), "carnet panicked:\n{out}");
    assert!(
        out.stdout.is_empty() || !out.stdout.contains("open "),
        "a failed build printed a summary:\n{out}"
    );
    assert!(
        &snapshot(&j.out()) == before,
        "the failed build changed the output folder:\n{out}"
    );
    assert!(
        no_staging_left(j.tmp()),
        "a staging folder was left beside the output"
    );
    out
}

fn no_staging_left(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .all(|n| !n.contains(".carnet-staging-") && !n.ends_with(".carnet-manifest.pending"))
}

/// Deterministic bytes that are no image.
fn noise(n: usize) -> Vec<u8> {
    let mut x: u32 = 0x1234_5678;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as u8
        })
        .collect()
}

#[test]
fn the_valid_journal_builds() {
    let j = journal();
    let out = j.build_ok();
    assert!(!out.stderr.contains("erreur"), "{out}");
}

// ---- the cases of tests/fixtures/bad/ -------------------------------------------

/// One bad-input case, `tests/fixtures/bad/<name>.toml`: edits that break the small
/// valid journal of `tests/fixtures/journals/small/`, and what the build must say.
/// Its stderr is also a snapshot (`tests/it/snapshots/`), so a change of wording is
/// reviewed, not missed. Add a case by adding a file (then `cargo insta review`).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case checks, in one sentence.
    about: String,
    #[serde(default)]
    edit: Vec<Edit>,
    expect: Expect,
}

/// One change to the journal: replace text in a file, write a whole file, or remove one.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: Option<String>,
    replace: Option<String>,
    with: Option<String>,
    write: Option<String>,
    remove: Option<String>,
}

/// What the failed build must give.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// Its exit code.
    exit: i32,
    /// How many errors it reports, when the case says.
    errors: Option<usize>,
    /// Texts its stderr must hold (`file:line:column` locations, names).
    #[serde(default)]
    stderr: Vec<String>,
}

impl Edit {
    fn apply(&self, j: &Journal) {
        match (
            &self.file,
            &self.replace,
            &self.with,
            &self.write,
            &self.remove,
        ) {
            (Some(file), Some(from), Some(to), None, None) => {
                j.edit(file, from, to);
            }
            (Some(file), None, None, Some(text), None) => {
                j.file(file, text.as_bytes());
            }
            (None, None, None, None, Some(path)) => {
                j.remove(path);
            }
            _ => panic!(
                "an edit is `file` with `replace` and `with`, `file` with `write`, or `remove`"
            ),
        }
    }
}

#[test]
fn every_case_of_fixtures_bad_fails_as_it_says() {
    insta::glob!("../fixtures/bad", "*.toml", |path| {
        let text = std::fs::read_to_string(path).expect("read the case");
        let case: Case =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let j = Journal::from_fixture("small");
        let before = built(&j);
        for edit in &case.edit {
            edit.apply(&j);
        }
        let out = j.build().code(case.expect.exit);
        let needles: Vec<&str> = case.expect.stderr.iter().map(String::as_str).collect();
        out.stderr_has(&needles);
        if let Some(n) = case.expect.errors {
            assert_eq!(out.error_lines().len(), n, "{}:\n{out}", path.display());
        }
        assert!(!out.stderr.contains("panicked"), "carnet panicked:\n{out}");
        assert!(
            snapshot(&j.out()) == before,
            "{}: the failed build changed the output folder",
            path.display()
        );
        assert!(no_staging_left(j.tmp()), "a staging folder was left");
        let stderr = out
            .stderr
            .replace(&j.root().display().to_string(), "[JOURNAL]");
        insta::with_settings!({ description => case.about, omit_expression => true }, {
            insta::assert_snapshot!(stderr);
        });
    });
}

// ---- photos ---------------------------------------------------------------------

#[test]
fn random_bytes_named_jpg_are_refused() {
    let j = journal();
    let before = built(&j);
    j.file(&format!("{EXP_DIR}/p.jpg"), &noise(4000));
    fails(&j, &before, &[&format!("{EXP_DIR}/p.jpg")]);
}

#[test]
fn random_bytes_found_in_an_experience_folder_are_refused() {
    // Without a `photos` list, every image file of the folder is a photo.
    let j = journal();
    let before = built(&j);
    j.experience(
        "ana",
        "2021-06-01-autre",
        "title = \"Autre\"\ndate = 2021-06-01\nvisibility = \"public\"",
        "",
        &[("bruit.jpg", &noise(3000))],
    );
    fails(&j, &before, &["2021-06-01-autre/bruit.jpg"]);
}

#[test]
fn a_truncated_jpeg_is_refused() {
    let j = journal();
    let before = built(&j);
    let whole = example_file(GPS_PHOTO);
    j.file(&format!("{EXP_DIR}/p.jpg"), &whole[..whole.len() / 2]);
    fails(&j, &before, &[&format!("{EXP_DIR}/p.jpg")]);
}

#[test]
fn a_truncated_png_is_refused() {
    let j = journal();
    let before = built(&j);
    let img = image::RgbImage::from_fn(300, 200, |x, y| {
        image::Rgb([x as u8, y as u8, (x ^ y) as u8])
    });
    let mut png = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut png, image::ImageFormat::Png)
        .expect("png");
    let png = png.into_inner();
    j.edit(INDEX, "p.jpg", "p.png");
    j.file(&format!("{EXP_DIR}/p.png"), &png[..png.len() / 2]);
    fails(&j, &before, &[&format!("{EXP_DIR}/p.png")]);
}

// ---- paths that leave the journal ----------------------------------------------

#[test]
fn an_absolute_path_is_refused() {
    let j = journal();
    let before = built(&j);
    let outside = j.tmp().join("outside.jpg");
    std::fs::write(&outside, solid_jpeg(50, 50, [0, 0, 0])).expect("write");
    let abs = outside.to_string_lossy().into_owned();
    j.edit(INDEX, "file = \"p.jpg\"", &format!("file = \"{abs}\""));
    fails(&j, &before, &[&format!("{INDEX}:6:20"), &abs]);
}

#[cfg(unix)]
mod symlinks {
    use super::*;

    /// A secret outside the journal: its text and a photo.
    fn outside(j: &Journal) -> std::path::PathBuf {
        let dir = j.tmp().join("outside");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("secret.jpg"), solid_jpeg(80, 60, [0, 255, 0])).expect("write");
        std::fs::write(
            dir.join("index.md"),
            markdown(
                "title = \"zqoutsidetitle\"\ndate = 2021-01-01\nvisibility = \"public\"",
                "zqoutsidebody",
            ),
        )
        .expect("write");
        dir
    }

    #[test]
    fn a_listed_photo_linking_outside_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.remove(&format!("{EXP_DIR}/p.jpg"));
        j.symlink(&format!("{EXP_DIR}/p.jpg"), &dir.join("secret.jpg"));
        fails(&j, &before, &[&format!("{INDEX}:6:20"), "lien symbolique"]);
    }

    #[test]
    fn a_folder_photo_linking_outside_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.experience(
            "ana",
            "2021-06-01-autre",
            "title = \"Autre\"\ndate = 2021-06-01\nvisibility = \"public\"",
            "",
            &[],
        );
        j.symlink(
            "learners/ana/experiences/2021-06-01-autre/secret.jpg",
            &dir.join("secret.jpg"),
        );
        fails(
            &j,
            &before,
            &["2021-06-01-autre/secret.jpg", "lien symbolique"],
        );
    }

    #[test]
    fn an_experience_folder_linking_outside_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.symlink("learners/ana/experiences/2021-06-01-dehors", &dir);
        fails(
            &j,
            &before,
            &[
                "learners/ana/experiences/2021-06-01-dehors",
                "lien symbolique",
            ],
        );
    }

    #[test]
    fn an_index_md_linking_outside_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.symlink(
            "learners/ana/experiences/2021-06-01-dehors/index.md",
            &dir.join("index.md"),
        );
        fails(
            &j,
            &before,
            &[
                "learners/ana/experiences/2021-06-01-dehors/index.md",
                "lien symbolique",
            ],
        );
    }

    #[test]
    fn an_index_md_with_a_photo_list_linking_outside_is_refused() {
        // As above, but the experience lists its photos, so its folder is not scanned
        // for images: the link must still be refused, and its text not published.
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        std::fs::write(
            dir.join("listed.md"),
            markdown(
                "title = \"zqoutsidetitle\"\ndate = 2021-01-01\nvisibility = \"public\"\nphotos = []",
                "zqoutsidebody",
            ),
        )
        .expect("write");
        j.symlink(
            "learners/ana/experiences/2021-06-01-dehors/index.md",
            &dir.join("listed.md"),
        );
        fails(
            &j,
            &before,
            &[
                "learners/ana/experiences/2021-06-01-dehors/index.md",
                "lien symbolique",
            ],
        );
    }

    #[test]
    fn a_profile_linking_outside_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        std::fs::write(
            dir.join("profile.md"),
            markdown("name = \"zqoutsidename\"\nvisibility = \"public\"", ""),
        )
        .expect("write");
        j.symlink("learners/zed/profile.md", &dir.join("profile.md"));
        fails(&j, &before, &["learners/zed/profile.md", "lien symbolique"]);
    }

    #[test]
    fn a_story_linking_outside_is_refused() {
        let j = journal();
        let before = built(&j);
        let dir = outside(&j);
        j.symlink("learners/ana/stories/dehors.md", &dir.join("index.md"));
        fails(
            &j,
            &before,
            &["learners/ana/stories/dehors.md", "lien symbolique"],
        );
    }

    #[test]
    fn a_symlink_inside_the_journal_is_accepted() {
        // Paired with the refusals above: a link that stays inside the journal is fine.
        let j = journal();
        j.experience(
            "ana",
            "2021-06-01-autre",
            "title = \"Autre\"\ndate = 2021-06-01\nvisibility = \"public\"\nphotos = [{ file = \"same.jpg\", alt = \"x\" }]",
            "",
            &[],
        );
        j.symlink(
            "learners/ana/experiences/2021-06-01-autre/same.jpg",
            &j.path(&format!("{EXP_DIR}/p.jpg")),
        );
        j.build_ok();
        assert!(j
            .site("public")
            .has("ana/experiences/2021-06-01-autre/index.html"));
    }
}

// ---- address collisions -----------------------------------------------------------

#[test]
fn two_experience_folders_with_one_address_are_refused() {
    let j = journal();
    let before = built(&j);
    for folder in ["Café", "cafe"] {
        j.experience(
            "ana",
            folder,
            "title = \"Café\"\ndate = 2021-06-01\nvisibility = \"public\"",
            "",
            &[],
        );
    }
    let out = fails(
        &j,
        &before,
        &["`Café`", "`cafe`", "learners/ana/experiences/Café/index.md"],
    );
    out.stderr_has(&["learners/ana/experiences/cafe/index.md"]);
}

#[test]
fn two_story_files_with_one_address_are_refused() {
    let j = journal();
    let before = built(&j);
    j.story("ana", "Récit", "title = \"A\"\nvisibility = \"public\"", "");
    j.story("ana", "recit", "title = \"B\"\nvisibility = \"public\"", "");
    fails(&j, &before, &["Récit.md", "recit.md"]);
}

// ---- all errors at once ------------------------------------------------------------

#[test]
fn errors_of_syntax_references_and_photos_are_reported_together() {
    // One build, three kinds of problems in three files: a front matter that does not
    // parse, an unknown skill, and a photo that is no image.
    let j = journal();
    let before = built(&j);
    j.edit(
        PROFILE,
        "visibility = \"public\"",
        "visibility = \"publik\"",
    );
    j.edit(INDEX, "[\"rigueur\"]", "[\"rigeur\"]");
    j.file(&format!("{EXP_DIR}/p.jpg"), &noise(4000));
    let out = j.build().code(1);
    let expected = [
        format!("{PROFILE}:3:14"),
        format!("{INDEX}:5:11"),
        format!("{EXP_DIR}/p.jpg"),
    ];
    let missing: Vec<&String> = expected
        .iter()
        .filter(|e| !out.stderr.contains(e.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "errors not reported: {missing:?}\n{out}"
    );
    assert_eq!(snapshot(&j.out()), before);
}

// ---- the output folder -------------------------------------------------------------

#[test]
fn a_failed_build_leaves_the_output_byte_for_byte_unchanged() {
    let j = journal();
    j.build_ok();
    // A user file inside the output survives builds too.
    std::fs::write(j.out().join("public/mine.txt"), "à moi").expect("write");
    let before = snapshot(&j.out());
    let mtimes: Vec<_> = list_files(&j.out())
        .iter()
        .map(|f| {
            std::fs::metadata(j.out().join(f))
                .expect("meta")
                .modified()
                .expect("mtime")
        })
        .collect();
    j.edit(INDEX, "visibility = \"public\"", "visibility = \"publik\"");
    j.file(
        "learners/ana/experiences/2021-07-01-nouvelle/index.md",
        b"+++\ntitle = \"N\"\n+++\n",
    );
    j.build().code(1);
    assert_eq!(snapshot(&j.out()), before);
    let after: Vec<_> = list_files(&j.out())
        .iter()
        .map(|f| {
            std::fs::metadata(j.out().join(f))
                .expect("meta")
                .modified()
                .expect("mtime")
        })
        .collect();
    assert_eq!(mtimes, after, "files were rewritten");
    assert!(no_staging_left(j.tmp()));
}

#[test]
fn a_non_empty_folder_carnet_did_not_make_is_refused() {
    let j = journal();
    let out_dir = j.tmp().join("mon-dossier");
    std::fs::create_dir_all(out_dir.join("sub")).expect("mkdir");
    std::fs::write(out_dir.join("important.txt"), "ne pas effacer").expect("write");
    std::fs::write(out_dir.join("sub/photo.jpg"), solid_jpeg(10, 10, [1, 1, 1])).expect("write");
    let before = snapshot(&out_dir);
    let out = j.build_into(&out_dir).code(2);
    out.stderr_has(&["mon-dossier"]);
    assert!(
        out.stderr.contains("n'est pas vide") || out.stderr.contains("pas été fait par carnet"),
        "{out}"
    );
    assert_eq!(snapshot(&out_dir), before);
    assert_eq!(
        list_paths(&out_dir),
        vec!["important.txt", "sub", "sub/photo.jpg"]
    );
    assert!(no_staging_left(j.tmp()));
    // Paired: an empty folder is accepted.
    let empty = j.tmp().join("vide");
    std::fs::create_dir_all(&empty).expect("mkdir");
    j.build_into(&empty).assert_success();
    assert!(empty.join("public/index.html").is_file());
}

#[test]
fn the_journal_itself_is_refused_as_output() {
    let j = journal();
    let before = snapshot(&j.root());
    j.build_into(&j.root()).code(2);
    j.build_into(&j.root().join("learners/site")).code(2);
    assert_eq!(snapshot(&j.root()), before);
}

#[test]
fn an_experience_made_private_is_gone_after_the_next_build() {
    let j = journal();
    j.build_ok();
    let page = "ana/experiences/2021-05-31-stage/index.html";
    let public = j.site("public");
    assert!(public.has(page));
    let photos_before = public.photo_files();
    assert!(!photos_before.is_empty());
    for site in ["community/atelier", "referent/nelly", "private/ana"] {
        assert!(j.site(site).has(page), "{site}");
    }

    j.edit(INDEX, "visibility = \"public\"", "visibility = \"private\"");
    j.build_ok();
    for site in ["public", "community/atelier", "referent/nelly"] {
        let s = j.site(site);
        assert!(!s.has(page), "{site} still has the experience");
        assert!(
            !s.root.join("ana/experiences/2021-05-31-stage").exists(),
            "{site} still has its folder"
        );
        assert!(
            s.photo_files().is_empty(),
            "{site} still has photos: {:?}",
            s.photo_files()
        );
        for (f, text) in read_all_text(&s.root) {
            assert!(
                !text.contains("2021-05-31-stage"),
                "{site}/{f} still links to it"
            );
        }
    }
    assert!(
        j.site("private/ana").has(page),
        "the learner's own site keeps it"
    );
}

#[test]
fn files_a_user_added_to_the_output_are_kept() {
    let j = journal();
    j.build_ok();
    std::fs::write(j.out().join("LISEZ-MOI.txt"), "notes").expect("write");
    std::fs::write(j.out().join("public/.htaccess"), "Options -Indexes").expect("write");
    std::fs::create_dir_all(j.out().join("public/extra")).expect("mkdir");
    std::fs::write(j.out().join("public/extra/page.html"), "<p>ajout</p>").expect("write");
    std::fs::write(
        j.out().join("public/ana/notes.txt"),
        "dans un dossier de carnet",
    )
    .expect("write");
    j.edit(INDEX, "title = \"Stage\"", "title = \"Stage modifié\"");
    j.build_ok();
    assert_eq!(
        std::fs::read_to_string(j.out().join("LISEZ-MOI.txt")).expect("kept"),
        "notes"
    );
    assert_eq!(
        std::fs::read_to_string(j.out().join("public/.htaccess")).expect("kept"),
        "Options -Indexes"
    );
    assert_eq!(
        std::fs::read_to_string(j.out().join("public/extra/page.html")).expect("kept"),
        "<p>ajout</p>"
    );
    assert_eq!(
        std::fs::read_to_string(j.out().join("public/ana/notes.txt")).expect("kept"),
        "dans un dossier de carnet"
    );
    assert!(j
        .site("public")
        .text("ana/experiences/2021-05-31-stage/index.html")
        .contains("Stage modifié"));
    // A third build still keeps them (they are not adopted into carnet's manifest).
    j.edit(INDEX, "visibility = \"public\"", "visibility = \"private\"");
    j.build_ok();
    assert!(j.out().join("LISEZ-MOI.txt").is_file());
    assert!(j.out().join("public/extra/page.html").is_file());
}

#[test]
fn a_broken_theme_template_is_reported_and_damages_nothing() {
    let j = journal();
    let before = built(&j);
    j.file(
        "themes/templates/home.html",
        b"{% extends \"base.html\" %}{% block main %}{% if %}{% endblock main %}",
    );
    let out = j.build();
    assert_ne!(out.code, 0, "{out}");
    assert!(!out.stderr.contains("panicked"), "{out}");
    out.stderr_has(&["home.html"]);
    assert_eq!(snapshot(&j.out()), before);
    assert!(no_staging_left(j.tmp()));
}

#[test]
fn the_site_of_an_audience_that_no_longer_exists_is_removed() {
    let j = journal();
    j.learner("bea", "name = \"Bea\"\nvisibility = \"public\"", "Bea.\n");
    j.config(
        r#"title = "Carnet test"

[[groups]]
slug = "atelier"
name = "Atelier"
kind = "learners"

[[groups]]
slug = "ancien-groupe"
name = "Ancien groupe"
kind = "learners"

[[referents]]
slug = "nelly"
name = "Nelly"

[[referents]]
slug = "omar"
name = "Omar"
"#,
    );
    j.build_ok();
    for site in ["community/ancien-groupe", "referent/omar", "private/bea"] {
        assert!(
            j.out().join(site).join("index.html").is_file(),
            "{site} was not built"
        );
    }
    assert!(j.site("public").has("bea/index.html"));
    // The group and the referent are removed, and Bea deletes her folder.
    j.config(
        r#"title = "Carnet test"

[[groups]]
slug = "atelier"
name = "Atelier"
kind = "learners"

[[referents]]
slug = "nelly"
name = "Nelly"
"#,
    );
    j.remove("learners/bea");
    j.build_ok();
    for site in ["community/ancien-groupe", "referent/omar", "private/bea"] {
        assert!(
            !j.out().join(site).exists(),
            "{site} is still in the output folder"
        );
    }
    assert!(
        !j.out().join("public/bea").exists(),
        "Bea's public pages are still there"
    );
    for (f, text) in read_all_text(&j.out().join("public")) {
        assert!(!text.contains("Bea"), "public/{f} still shows Bea");
    }
    assert!(j.site("public").has("ana/index.html"));
}

// ---- more malformed content ----------------------------------------------------

#[test]
fn an_experience_folder_without_index_is_reported() {
    let j = journal();
    let before = built(&j);
    j.file(
        "learners/ana/experiences/2021-06-01-photos/a.jpg",
        &solid_jpeg(40, 30, [9, 9, 9]),
    );
    fails(
        &j,
        &before,
        &["learners/ana/experiences/2021-06-01-photos/index.md"],
    );
}

#[test]
fn a_photo_over_the_pixel_limit_is_refused() {
    let j = journal();
    j.edit(
        "carnet.toml",
        "title = \"Carnet test\"",
        "title = \"Carnet test\"\n\n[images]\nmax_pixels = 10000",
    );
    let out = j.build().code(1);
    out.stderr_has(&[&format!("{EXP_DIR}/p.jpg"), "10000"]);
    assert!(
        !j.out().exists(),
        "a failed first build created the output folder"
    );
}

#[test]
fn the_pixel_limit_also_applies_to_photos_already_in_the_cache() {
    // The same journal as above, but the photo was probed by an earlier build (under
    // the default limit) and sits in the image cache: the new limit must still apply.
    let j = journal();
    let before = built(&j);
    j.edit(
        "carnet.toml",
        "title = \"Carnet test\"",
        "title = \"Carnet test\"\n\n[images]\nmax_pixels = 10000",
    );
    fails(&j, &before, &[&format!("{EXP_DIR}/p.jpg"), "10000"]);
}

#[test]
fn a_decompression_bomb_is_refused_before_decoding() {
    // A tiny JPEG whose header claims 60000×60000 pixels.
    let mut bomb = solid_jpeg(16, 16, [0, 0, 0]);
    let mut i = 2;
    loop {
        assert_eq!(bomb[i], 0xFF);
        let marker = bomb[i + 1];
        let len = usize::from(u16::from_be_bytes([bomb[i + 2], bomb[i + 3]]));
        if (0xC0..=0xC2).contains(&marker) {
            bomb[i + 5..i + 7].copy_from_slice(&60000u16.to_be_bytes()); // height
            bomb[i + 7..i + 9].copy_from_slice(&60000u16.to_be_bytes()); // width
            break;
        }
        i += 2 + len;
    }
    assert_eq!(image_size(&bomb), (60000, 60000));
    let j = journal();
    let before = built(&j);
    j.file(&format!("{EXP_DIR}/p.jpg"), &bomb);
    let start = std::time::Instant::now();
    fails(&j, &before, &[&format!("{EXP_DIR}/p.jpg"), "pixels"]);
    assert!(start.elapsed().as_secs() < 20, "the bomb was decoded");
}

// ---- rebuilding over a previous build ------------------------------------------------

/// Modification time and inode of every file of the output folder.
fn stamps(out: &Path) -> BTreeMap<String, (std::time::SystemTime, u64)> {
    use std::os::unix::fs::MetadataExt;
    list_files(out)
        .into_iter()
        .map(|f| {
            let meta = std::fs::metadata(out.join(&f)).expect("meta");
            (f, (meta.modified().expect("mtime"), meta.ino()))
        })
        .collect()
}

#[test]
fn a_rebuild_touches_only_the_files_whose_content_changed() {
    let j = journal();
    j.experience(
        "ana",
        "2021-06-10-atelier",
        "title = \"Atelier\"\ndate = 2021-06-10\nvisibility = \"public\"\nphotos = [{ file = \"q.jpg\", alt = \"bleu\" }]",
        "Autre texte.\n",
        &[("q.jpg", &solid_jpeg(200, 150, [20, 30, 200]))],
    );
    j.build_ok();
    let before = stamps(&j.out());
    let snap = snapshot(&j.out());
    j.edit(INDEX, "Le texte.", "Le texte, revu.");
    j.build_ok();
    let after = stamps(&j.out());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let page = "public/ana/experiences/2021-05-31-stage/index.html";
    assert!(j
        .site("public")
        .text("ana/experiences/2021-05-31-stage/index.html")
        .contains("Le texte, revu."));
    assert_ne!(
        before[page], after[page],
        "the edited page was not rewritten"
    );
    let untouched: Vec<&String> = before.keys().filter(|f| before[*f] == after[*f]).collect();
    for f in [
        "public/ana/experiences/2021-06-10-atelier/index.html",
        "public/static/style.css",
        "public/visibility/index.html",
    ] {
        assert!(
            untouched.contains(&&f.to_string()),
            "{f} was rewritten with the same content"
        );
    }
    assert!(
        untouched.iter().any(|f| f.contains("/photos/")),
        "photos were placed again"
    );
    // Every file left in place holds what a build from scratch would write.
    let fresh = j.tmp().join("fresh");
    j.build_into(&fresh).assert_success();
    let rebuilt = snapshot(&j.out());
    let expected = snapshot(&fresh);
    assert_eq!(
        rebuilt.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (f, bytes) in &expected {
        assert_eq!(&rebuilt[f], bytes, "{f} differs from a fresh build");
    }
    assert_ne!(snap[page], rebuilt[page]);
}

#[test]
fn generated_files_changed_or_deleted_by_hand_are_restored() {
    let j = journal();
    let built = built(&j);
    let home = "public/index.html";
    std::fs::write(j.out().join(home), "<p>abîmé</p>").expect("write");
    // Same size, other bytes: caught by the modification time.
    let css = "public/static/style.css";
    let mut same_size = built[css].clone();
    same_size[0] ^= 0x20;
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(j.out().join(css), &same_size).expect("write");
    let photo = j.site("public").photo_files()[0].clone();
    std::fs::remove_file(j.out().join("public").join(&photo)).expect("rm");
    j.build_ok();
    let after = snapshot(&j.out());
    assert_eq!(after[home], built[home]);
    assert_eq!(after[css], built[css]);
    assert!(
        j.site("public").has(&photo),
        "the deleted photo was not placed again"
    );
}

#[test]
fn files_a_killed_commit_had_moved_in_are_deleted_by_the_next_build() {
    let j = journal();
    j.build_ok();
    // A commit killed after moving in a page of an experience that has since been
    // made private: the page is listed only in the pending file.
    let stray = "public/ana/experiences/2021-04-01-secret/index.html";
    std::fs::create_dir_all(j.out().join("public/ana/experiences/2021-04-01-secret"))
        .expect("mkdir");
    std::fs::write(j.out().join(stray), "SECRET").expect("write");
    std::fs::write(j.tmp().join(PENDING), format!("{stray}\n")).expect("write");
    j.build_ok();
    assert!(!j.out().join(stray).exists(), "the stray page survived");
    assert!(
        !j.out()
            .join("public/ana/experiences/2021-04-01-secret")
            .exists(),
        "its folder survived"
    );
    assert!(!j.tmp().join(PENDING).exists());
    for (f, text) in read_all_text(&j.out()) {
        assert!(!text.contains("SECRET"), "{f}");
    }
}

#[test]
fn a_build_while_another_writes_the_same_output_is_refused() {
    let j = journal();
    let before = built(&j);
    // A build leaves no lock file behind.
    assert!(
        !j.tmp().join(".out.carnet-lock").exists(),
        "a lock file was left"
    );
    // The lock a running build holds, beside the output folder.
    let lock = std::fs::File::create(j.tmp().join(".out.carnet-lock")).expect("lock file");
    lock.try_lock().expect("lock");
    j.edit(INDEX, "Le texte.", "Le texte, revu.");
    let out = j.build().code(2);
    out.stderr_has(&["out", "another carnet build"]);
    assert_eq!(snapshot(&j.out()), before);
    assert!(no_staging_left(j.tmp()));
    drop(lock);
    j.build_ok();
    assert!(j
        .site("public")
        .text("ana/experiences/2021-05-31-stage/index.html")
        .contains("Le texte, revu."));
}

#[test]
fn a_manifest_naming_paths_outside_the_output_deletes_nothing_there() {
    let j = journal();
    j.build_ok();
    let outside = j.tmp().join("precieux.txt");
    std::fs::write(&outside, "à garder").expect("write");
    let manifest = j.tmp().join(MANIFEST);
    let mut text = std::fs::read_to_string(&manifest).expect("manifest");
    text.push_str("../precieux.txt\n/etc/hostname-carnet-test\n");
    std::fs::write(&manifest, text).expect("write");
    j.build_ok();
    assert_eq!(std::fs::read_to_string(&outside).expect("kept"), "à garder");
}
