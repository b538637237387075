//! The leak check that runs inside every build (what it finds is tested beside it,
//! in `src/build/leak/`; that no correct journal trips it, by `props.rs`): here,
//! when it reads files again. A build reads every page it writes, unless the page
//! is, byte for byte, one that a build with the same check (same carnet, journal
//! and theme: the digest in the manifest) wrote and checked, and that is still in
//! place. `CARNET_TIMINGS=1` says how many files it read.

use std::ffi::OsString;

use crate::common::*;

fn journal() -> Journal {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Bio.");
    j.experience(
        "ana",
        "2021-01-01-a",
        "title = \"A\"\ndate = 2021-01-01\nvisibility = \"public\"",
        "Texte.",
        &[],
    );
    j.experience(
        "ana",
        "2021-01-02-b",
        "title = \"B zqsecret\"\ndate = 2021-01-02",
        "Texte privé.",
        &[],
    );
    j
}

/// Builds `j` with `CARNET_TIMINGS=1` (and `env`): the number of files the leak
/// check read, and of pages.
fn build_counting(j: &Journal, env: &[(&str, &str)]) -> (usize, usize) {
    let mut all = vec![("CARNET_TIMINGS", "1")];
    all.extend_from_slice(env);
    let out = run_with_env(
        [
            OsString::from("build"),
            j.root().into(),
            "--out".into(),
            j.out().into(),
            "--cache".into(),
            j.cache().into(),
        ],
        &all,
    )
    .assert_success();
    let line = out
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("timing: leak check read "))
        .unwrap_or_else(|| panic!("no leak check line:\n{out}"));
    let numbers: Vec<usize> = line.split(' ').filter_map(|w| w.parse().ok()).collect();
    (numbers[0], numbers[1])
}

#[test]
fn only_files_a_checked_build_did_not_write_are_read_again() {
    let j = journal();
    let (read, pages) = build_counting(&j, &[]);
    assert!(
        read > pages,
        "the first build read {read} files of {pages} pages"
    );
    // Nothing changed: nothing to read again.
    let (read, _) = build_counting(&j, &[]);
    assert_eq!(read, 0);
    // A page edited by hand is written again, and read before.
    let page = j.out().join("public/index.html");
    std::fs::write(&page, "edited").expect("edit");
    let (read, _) = build_counting(&j, &[]);
    assert_eq!(read, 1);
    // A change to the journal changes the check: the pages it changes are read
    // again, and every page of a site whose evidence it changes (the files left as
    // they were in a site of unchanged evidence passed this same check).
    j.edit("learners/ana/profile.md", "Bio.", "Bio changée.");
    let (again, _) = build_counting(&j, &[]);
    assert!(again >= 1, "read {again}");
    // So does a build that did not run the check.
    build_counting_off(&j);
    let (after_off, _) = build_counting(&j, &[]);
    assert!(after_off > pages, "read {after_off}");
}

/// A build with the check off (it prints no leak-check line).
fn build_counting_off(j: &Journal) {
    let out = run_with_env(
        [
            OsString::from("build"),
            j.root().into(),
            "--out".into(),
            j.out().into(),
            "--cache".into(),
            j.cache().into(),
        ],
        &[("CARNET_TIMINGS", "1"), ("CARNET_LEAK_CHECK", "off")],
    )
    .assert_success();
    assert!(!out.stderr.contains("leak check read"), "{out}");
}
