//! `carnet build` as a newcomer meets it (issue 26): the journal folder defaults to
//! the current one as for `check`, `serve` and `export`; `CARNET_CACHE` is read
//! without making `--cache` look required; warnings are said to be advice.

use std::path::Path;

use crate::cli_transcript::*;
use crate::common::*;

/// A learner with one public experience whose photo has no alt text (a warning).
fn journal_with_a_warning() -> Journal {
    let j = Journal::new();
    j.config("title = \"Carnet test\"\n");
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Ma bio.");
    j.experience(
        "ana",
        "2021-05-31-stage",
        "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"public\"\nskills = [\"rigueur\"]\nphotos = [{ file = \"p.jpg\" }]",
        "Le texte.",
        &[("p.jpg", &solid_jpeg(64, 48, [200, 30, 30]))],
    );
    j
}

#[test]
fn build_without_a_folder_builds_the_journal_of_the_current_folder() {
    let j = journal_with_a_warning();
    let cache = j.cache();
    let out = run_in(
        &j.root(),
        &["build", "--cache", cache.to_str().expect("utf-8")],
        &[],
    )
    .assert_success();
    assert!(
        j.root().join("site/public/index.html").is_file(),
        "no site in ./site:\n{out}"
    );
}

/// clap's `env = "CARNET_CACHE"` made the variable count as a given argument, so
/// every usage line read `carnet build --cache <CACHE> <JOURNAL>`.
#[test]
fn carnet_cache_in_the_environment_does_not_show_cache_as_required() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let cache = tmp.path().join("from-env");
    let cache = cache.to_str().expect("utf-8");
    let out = run_in(
        tmp.path(),
        &["build", "--no-such-flag"],
        &[("CARNET_CACHE", cache)],
    )
    .code(2);
    out.stderr_has(&["Utilisation : carnet build"]);
    assert!(!out.stderr.contains("--cache <"), "{out}");
    // The variable still chooses the cache.
    let j = journal_with_a_warning();
    let journal = j.root();
    run_in(
        j.tmp(),
        &["build", journal.to_str().expect("utf-8")],
        &[("CARNET_CACHE", cache)],
    )
    .assert_success();
    assert!(Path::new(cache).is_dir(), "CARNET_CACHE was not used");
}

/// The example journal's first build warns on purpose (its stories and profiles
/// show the visibility rules); the summary says what warnings are, and how to read
/// them again. A build without warnings says nothing of the kind.
#[test]
fn a_build_that_warns_says_its_warnings_are_advice_and_where_to_read_them_again() {
    let j = journal_with_a_warning();
    let out = j.build().assert_success();
    out.stderr_has(&["avertissement[missing-alt]"]);
    assert!(
        out.stdout.contains(
            "1 avertissement plus haut : des conseils, pas des erreurs ; tous les sites ont été construits. Pour les relire : carnet check "
        ),
        "{out}"
    );
    j.edit(
        "learners/ana/experiences/2021-05-31-stage/index.md",
        "file = \"p.jpg\" }",
        "file = \"p.jpg\", alt = \"Une vitrine\" }",
    );
    let out = j.build().assert_success();
    assert!(!out.stdout.contains("avertissement"), "{out}");
}
