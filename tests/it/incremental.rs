//! Rebuilds that cost what changed (issue 25): a site whose inputs are all those of
//! the last checked build is left in place whole, unless a file of it changed on
//! disk; whatever is left in place or rendered again, the output is byte for byte
//! what a clean build writes, and the leak check's guarantee holds.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::Path;
use std::time::SystemTime;

use crate::common::{list_files, run_with_env, snapshot, solid_png, Journal, Output};

/// Two learners with a public profile and a photo each; Ana also has a private
/// experience. Three sites: public, private/ana, private/ben.
fn journal() -> Journal {
    let j = Journal::new();
    for (slug, name, colour) in [("ana", "Ana", [200, 20, 20]), ("ben", "Ben", [20, 20, 200])] {
        j.learner(
            slug,
            &format!("name = \"{name}\"\nvisibility = \"public\""),
            "Bio.",
        );
        j.experience(
            slug,
            "2021-01-01-atelier",
            "title = \"Atelier\"\ndate = 2021-01-01\nvisibility = \"public\"\nphotos = [{ file = \"p.png\", alt = \"une photo\" }]",
            "Un atelier.",
            &[("p.png", &solid_png(160, 120, colour))],
        );
    }
    j.experience(
        "ana",
        "2021-02-01-secret",
        "title = \"Entretien\"\ndate = 2021-02-01\nvisibility = \"private\"",
        "Un texte à moi.",
        &[],
    );
    j
}

/// Builds `j` into its output folder with `CARNET_TIMINGS=1`, successfully.
#[track_caller]
fn build_timed(j: &Journal) -> Output {
    run_with_env(
        [
            OsString::from("build"),
            j.root().into(),
            "--out".into(),
            j.out().into(),
            "--cache".into(),
            j.cache().into(),
        ],
        &[("CARNET_TIMINGS", "1")],
    )
    .assert_success()
}

/// Builds `j` into its output folder; returns how many sites were left in place
/// whole (from `CARNET_TIMINGS`' note).
#[track_caller]
fn build_counting(j: &Journal) -> usize {
    sites_kept(&build_timed(j))
}

/// The sites left in place whole, from `out`'s `CARNET_TIMINGS` note.
#[track_caller]
fn sites_kept(out: &Output) -> usize {
    let line = out
        .stderr
        .lines()
        .find(|l| l.contains("sites left in place whole"))
        .unwrap_or_else(|| panic!("no note of the sites kept:\n{out}"));
    let count = line
        .trim_start_matches("timing: ")
        .split_whitespace()
        .next();
    count
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{line}"))
}

/// Asserts that the output folder holds exactly what a clean build of `j` writes.
#[track_caller]
fn assert_as_clean(j: &Journal, step: &str) {
    let clean = j.tmp().join(format!("clean-{step}"));
    j.build_with(&clean, &j.tmp().join(format!("clean-cache-{step}")))
        .assert_success();
    let (a, b) = (snapshot(&j.out()), snapshot(&clean));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "{step}: other files than a clean build's"
    );
    for (rel, bytes) in &a {
        assert!(
            bytes == &b[rel],
            "{step}: {rel} differs from a clean build's"
        );
    }
}

/// The modification time of every file under `dir`.
fn times(dir: &Path) -> BTreeMap<String, SystemTime> {
    list_files(dir)
        .into_iter()
        .map(|rel| {
            let time = std::fs::metadata(dir.join(&rel))
                .and_then(|m| m.modified())
                .expect("mtime");
            (rel, time)
        })
        .collect()
}

#[test]
fn a_site_whose_inputs_did_not_change_is_left_in_place_whole() {
    let j = journal();
    assert_eq!(build_counting(&j), 0, "a first build renders every site");
    assert_eq!(build_counting(&j), 3, "nothing changed: every site is kept");
    let before = times(&j.out());
    // Ben's photo, same name, other pixels: the public site and his own show it,
    // Ana's does not (and no text changed, so no site's leak evidence did).
    j.file(
        "learners/ben/experiences/2021-01-01-atelier/p.png",
        &solid_png(160, 120, [20, 200, 20]),
    );
    assert_eq!(build_counting(&j), 1, "only private/ana is left in place");
    let after = times(&j.out());
    for (rel, time) in &before {
        if rel.starts_with("private/ana/") {
            assert_eq!(after.get(rel), Some(time), "{rel} was written again");
        }
    }
    assert_ne!(
        j.site("public").photo_files(),
        before
            .keys()
            .filter_map(|r| r.strip_prefix("public/"))
            .filter(|r| r.starts_with("photos/"))
            .map(str::to_string)
            .collect::<Vec<_>>(),
        "the public site shows Ben's new photo"
    );
    assert_as_clean(&j, "edit");
}

#[test]
fn a_file_changed_by_hand_in_a_kept_site_is_restored() {
    let j = journal();
    build_counting(&j);
    let out = j.out();
    let photo = list_files(&out.join("private/ben/photos"))
        .into_iter()
        .next()
        .expect("a photo in ben's site");
    // A page edited, a photo overwritten, a style sheet deleted: by hand, each in
    // a site whose inputs did not change.
    let page = out.join("public/index.html");
    let text = std::fs::read_to_string(&page).expect("read");
    std::fs::write(&page, format!("{text}<!-- edited by hand -->")).expect("write");
    std::fs::write(out.join("private/ben/photos").join(&photo), b"not a photo").expect("write");
    let css = list_files(&out.join("private/ana/static"))
        .into_iter()
        .find(|f| f.ends_with(".css"))
        .expect("a style sheet");
    std::fs::remove_file(out.join("private/ana/static").join(&css)).expect("delete");
    assert_eq!(
        build_counting(&j),
        0,
        "a site with a file changed on disk is never left in place"
    );
    assert_as_clean(&j, "restored");
    assert_eq!(build_counting(&j), 3, "restored, every site is kept again");
}

#[test]
fn an_edit_to_a_hidden_item_changes_no_other_site_and_leaks_nothing() {
    let j = journal();
    build_counting(&j);
    let before = snapshot(&j.out());
    // Ana's private experience is hidden from every site but her own.
    j.edit(
        "learners/ana/experiences/2021-02-01-secret/index.md",
        "Un texte à moi.",
        "Un texte à moi : Zqconfidentiel.",
    );
    j.edit(
        "learners/ana/experiences/2021-02-01-secret/index.md",
        "title = \"Entretien\"",
        "title = \"Entretien Zqembauche\"",
    );
    build_counting(&j);
    let after = snapshot(&j.out());
    for (rel, bytes) in &after {
        let secret = ["Zqconfidentiel", "Zqembauche"]
            .iter()
            .any(|w| String::from_utf8_lossy(bytes).contains(w) || rel.contains(w));
        if rel.starts_with("private/ana/") {
            continue;
        }
        assert!(!secret, "{rel} holds the hidden item's words");
        assert_eq!(before.get(rel), Some(bytes), "{rel} changed");
    }
    assert!(after
        .iter()
        .any(|(rel, bytes)| rel.starts_with("private/ana/")
            && String::from_utf8_lossy(bytes).contains("Zqconfidentiel")));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert_as_clean(&j, "hidden");
}

/// Issue 25: when a hidden item changes, the sites it is hidden from get new leak
/// evidence, but their inputs did not change. When each needle new to such a site
/// has a word that none of its files holds (no such needle can be in them), the
/// site is left in place whole, nothing of it read or rendered. Otherwise its pages
/// are left in place, not rendered again, and the leak check reads every one of
/// them again (from the bytes the output holds) under the new evidence, as it
/// reads a clean build's.
#[test]
fn pages_kept_while_a_hidden_item_changed_are_read_unless_no_new_needle_can_be_in_them() {
    let j = journal();
    build_counting(&j);
    // A word no page of public or private/ben holds: those two sites are left in
    // place whole, and only the site the hidden item shows in is read.
    let edit = edit_secret(
        &j,
        "title = \"Entretien\"",
        "title = \"Entretien Zqembauche\"",
    );
    assert_eq!(
        edit.sites_kept, 2,
        "public and private/ben did not change, and no new needle can be in them:\n{}",
        edit.out
    );
    assert!(
        edit.read <= pages_of(&edit.out, "private/ana"),
        "the leak check read {} files: more than the site the hidden item shows in",
        edit.read
    );
    assert_as_clean(&j, "kept-not-read");
    // Words the public site holds (both learners' names), in an order no page has:
    // the new needle could be in any public page, and every one is read again.
    // Ben's private site never names Ana: it is left in place whole.
    let edit = edit_secret(&j, "Un texte à moi.", "Ben Ana Ben.");
    assert_eq!(
        edit.sites_kept, 1,
        "private/ben is left in place:\n{}",
        edit.out
    );
    let public = pages_of(&edit.out, "public");
    assert!(
        edit.kept >= public,
        "{} pages kept, {public} did not change",
        edit.kept,
    );
    assert!(
        edit.read >= public,
        "the leak check read {} files, not every one of the {public} public pages under new evidence",
        edit.read,
    );
    assert_as_clean(&j, "kept-and-read");
}

/// Issue 25: a new word typed in Ana's public experience is evidence for Ben's
/// private site (which shows none of Ana's items), but none of its files can hold
/// it: Ben's site is left in place whole, while the sites that show the
/// experience are rendered again, as a clean build writes them.
#[test]
fn a_new_word_in_a_public_text_leaves_the_sites_that_do_not_show_it_in_place() {
    let j = journal();
    build_counting(&j);
    let ben = times(&j.out().join("private/ben"));
    j.edit(
        "learners/ana/experiences/2021-01-01-atelier/index.md",
        "Un atelier.",
        "Un atelier de menuiserie Zqrabot.",
    );
    assert_eq!(build_counting(&j), 1, "private/ben is left in place whole");
    assert_eq!(
        times(&j.out().join("private/ben")),
        ben,
        "a file of private/ben was written"
    );
    for site in ["public", "private/ana"] {
        let page = j
            .out()
            .join(site)
            .join("ana/experiences/2021-01-01-atelier/index.html");
        let page = std::fs::read_to_string(&page).expect("the experience page");
        assert!(page.contains("Zqrabot"), "{site} shows the new text");
    }
    assert_as_clean(&j, "public-word");
}

/// A build after an edit of Ana's private experience, with what `CARNET_TIMINGS`
/// says of it.
struct SecretEdit {
    out: Output,
    /// Pages of rendered sites left as the previous build wrote them.
    kept: usize,
    /// Files the leak check read.
    read: usize,
    /// Sites left in place whole.
    sites_kept: usize,
}

/// Replaces `from` with `to` in Ana's private experience and builds.
#[track_caller]
fn edit_secret(j: &Journal, from: &str, to: &str) -> SecretEdit {
    j.edit(
        "learners/ana/experiences/2021-02-01-secret/index.md",
        from,
        to,
    );
    let out = build_timed(j);
    SecretEdit {
        kept: pages_kept(&out),
        read: files_read(&out),
        sites_kept: sites_kept(&out),
        out,
    }
}

/// The number in `out`'s `CARNET_TIMINGS` line starting with `prefix`.
#[track_caller]
fn number_after(out: &Output, prefix: &str) -> usize {
    let line = out
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line {prefix:?}:\n{out}"));
    line.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{line}"))
}

/// The files the leak check read, from `CARNET_TIMINGS`.
#[track_caller]
fn files_read(out: &Output) -> usize {
    number_after(out, "timing: leak check read ")
}

/// The pages of rendered sites left as the previous build wrote them.
#[track_caller]
fn pages_kept(out: &Output) -> usize {
    let line = out
        .stderr
        .lines()
        .find(|l| l.contains("pages of the others left as the previous build wrote them"))
        .unwrap_or_else(|| panic!("no note of the pages kept:\n{out}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "pages").expect("pages");
    words[at - 1].parse::<usize>().expect("a count")
}

/// The pages of `site`, from the build's summary.
#[track_caller]
fn pages_of(out: &Output, site: &str) -> usize {
    out.stdout
        .lines()
        .find_map(|l| {
            let mut words = l.split_whitespace();
            (words.next() == Some(site)).then(|| words.next()?.parse().ok())?
        })
        .unwrap_or_else(|| panic!("no line for {site}:\n{out}"))
}
