//! `carnet init` then `carnet build` and `carnet check`: a new journal builds at
//! once, checks clean, and a folder that is not empty is refused untouched.

use crate::cli_transcript::*;
use crate::common::*;

#[test]
fn init_then_build_then_check() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let (out, text) = transcript(tmp.path(), &["init", "mon-carnet", "--learner", "Inès"]);
    out.assert_success();
    insta::assert_snapshot!("init_fr", text);
    let journal = tmp.path().join("mon-carnet");
    let toml = std::fs::read_to_string(journal.join("carnet.toml")).expect("carnet.toml");
    // Every field is explained: each key line follows a comment line.
    for key in ["title", "language", "slug", "name", "kind", "role"] {
        assert!(
            toml.contains(&format!("\n{key} = ")),
            "{key} in carnet.toml"
        );
    }
    let built = run_in(
        tmp.path(),
        &["build", "mon-carnet", "--cache", "cache"],
        &[],
    )
    .assert_success();
    assert!(!built.stderr.contains("avertissement"), "{built}");
    let private = Site::new(journal.join("site/private/ines"));
    assert!(private.text("index.html").contains("Inès"));
    assert!(
        !private.photo_files().is_empty(),
        "the example photo is shown"
    );
    // Everything is private: the public site shows nobody.
    let public = Site::new(journal.join("site/public"));
    assert!(!public.text("index.html").contains("Inès"));
    let (checked, text) = transcript(tmp.path(), &["check", "mon-carnet"]);
    checked.assert_success();
    insta::assert_snapshot!("init_then_check", text);
}

#[test]
fn init_in_english_writes_an_english_journal() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    run_in(
        tmp.path(),
        &["init", "j", "--language", "en", "--learner", "Sam Lee"],
        &[],
    )
    .assert_success();
    let toml = std::fs::read_to_string(tmp.path().join("j/carnet.toml")).expect("toml");
    assert!(toml.contains("language = \"en\""), "{toml}");
    let built = run_in(tmp.path(), &["build", "j", "--cache", "cache"], &[]).assert_success();
    assert!(built.stdout.starts_with("carnet: 4 sites"), "{built}");
    assert!(Site::new(tmp.path().join("j/site/private/sam-lee")).exists());
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let dir = tmp.path().join("notes");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("liste.txt"), "à garder").expect("write");
    let before = snapshot(&dir);
    let (out, text) = transcript(tmp.path(), &["init", "notes"]);
    out.code(2);
    insta::assert_snapshot!("init_refuses", text);
    assert!(snapshot(&dir) == before, "init changed the folder");
}
