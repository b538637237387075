//! The messages of a build (issue 14): a failed build prints its errors and no
//! warning, the count line last; an unterminated string's caret is under its
//! opening quote; French by default with French plurals (0 and 1 singular), English
//! when the journal is; the summary's columns line up; a rebuild says how many
//! files it changed.

use crate::common::*;

/// A journal whose profile, experience and story reference each other, so that a
/// broken file could make the others look wrong.
fn journal() -> Journal {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    j.experience(
        "ana",
        "2021-05-31-stage",
        "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"public\"\nskills = [\"rigueur\"]\nphotos = [{ file = \"p.jpg\", alt = \"Une vitrine\" }]",
        "",
        &[("p.jpg", &solid_jpeg(48, 32, [1, 2, 3]))],
    );
    j.story(
        "ana",
        "recit",
        "title = \"Récit\"\nvisibility = \"public\"\nexperiences = [\"2021-05-31-stage\"]\ncover = \"2021-05-31-stage/p.jpg\"",
        "",
    );
    j
}

#[test]
fn a_failed_build_prints_its_errors_only_and_the_count_line_last() {
    let j = journal();
    // Three broken files: the story's experience and the profile fail to load.
    j.edit(
        "learners/ana/experiences/2021-05-31-stage/index.md",
        "visibility = \"public\"",
        "visibility = \"public",
    );
    j.edit("learners/ana/profile.md", "visibility", "visibilty");
    j.experience(
        "ana",
        "2021-06-01-b",
        "title = 3\ndate = 2021-06-01",
        "",
        &[],
    );
    let out = j.build().code(1);
    assert!(
        !out.stderr.contains("avertissement"),
        "a derived warning:\n{out}"
    );
    assert!(!out.stderr.contains("warning"), "{out}");
    assert_eq!(out.error_lines().len(), 3, "{out}");
    let last = out.stderr.trim_end().lines().last().unwrap_or_default();
    assert_eq!(
        last,
        "carnet : 3 erreurs ; rien n'a été écrit, les sites déjà construits sont inchangés"
    );
    // Errors in file order.
    let files: Vec<usize> = [
        "2021-05-31-stage/index.md",
        "2021-06-01-b/index.md",
        "profile.md",
    ]
    .iter()
    .map(|f| out.stderr.find(f).unwrap_or_else(|| panic!("{f}:\n{out}")))
    .collect();
    assert!(files.windows(2).all(|w| w[0] < w[1]), "{out}");
}

#[test]
fn a_failed_build_with_a_real_warning_still_prints_errors_only_but_check_shows_both() {
    let j = journal();
    j.edit(
        "learners/ana/experiences/2021-05-31-stage/index.md",
        ", alt = \"Une vitrine\"",
        "",
    );
    j.edit("learners/ana/profile.md", "visibility", "visibilty");
    let built = j.build().code(1);
    assert!(!built.stderr.contains("avertissement"), "{built}");
    assert!(
        built
            .stderr
            .trim_end()
            .ends_with("1 erreur ; rien n'a été écrit, les sites déjà construits sont inchangés"),
        "{built}"
    );
    let root = j.root();
    let checked = run(["check".as_ref(), root.as_os_str()]).code(1);
    let warning = checked
        .stderr
        .find("avertissement[missing-alt]")
        .expect("the warning");
    let error = checked
        .stderr
        .find("erreur[unknown-key]")
        .expect("the error");
    assert!(
        warning < error,
        "warnings first, errors next to the count:\n{checked}"
    );
    assert_eq!(
        checked.stdout.trim(),
        "carnet check : 1 erreur, 1 avertissement"
    );
}

#[test]
fn an_unterminated_string_is_shown_at_its_opening_quote() {
    let j = journal();
    j.edit(
        "learners/ana/profile.md",
        "name = \"Ana\"",
        "name = \"Ana Lopes",
    );
    let out = j.build().code(1);
    out.stderr_has(&[
        "erreur[unterminated-string]: ce texte n'est jamais fermé",
        "learners/ana/profile.md:2:8",
        "2 | name = \"Ana Lopes\n  |        ^^^^^^^^^^\n",
    ]);
}

#[test]
fn counts_follow_the_french_plural_rule_and_english_journals_get_english() {
    // No learner: one site (the public one), no photo.
    let j = Journal::new();
    let out = j.build_ok();
    let first = out.stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("carnet : 1 site, ")
            && first.contains(", 0 photo (0 fichier image : 0 fait, 0 repris du cache ; JPEG : "),
        "{first}"
    );
    j.config("title = \"T\"\nlanguage = \"en\"\n");
    j.learner("ana", "name = \"Ana\"\nvisibilty = \"public\"", "");
    let out = j.build().code(1);
    out.stderr_has(&[
        "error[unknown-key]: `visibilty`: unknown key",
        "help: did you mean `visibility`?",
        "carnet: 1 error; nothing was written",
    ]);
    j.edit("learners/ana/profile.md", "visibilty", "visibility");
    let out = j.build_ok();
    assert!(out.stdout.starts_with("carnet: 2 sites, "), "{out}");
    assert!(out.stdout.contains("output: "), "{out}");
}

#[test]
fn the_summary_columns_line_up_and_a_rebuild_says_what_it_changed() {
    let j = Journal::new();
    j.config(
        "title = \"T\"\n\n[[groups]]\nslug = \"un-groupe-au-nom-vraiment-tres-tres-long\"\nname = \"G\"\nkind = \"learners\"\n",
    );
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"public\"\ngroups = [\"un-groupe-au-nom-vraiment-tres-tres-long\"]",
        "",
    );
    j.experience(
        "ana",
        "e",
        "title = \"E\"\ndate = 2021-01-01\nvisibility = \"public\"\nskills = [\"rigueur\"]",
        "Premier texte.",
        &[],
    );
    let first = j.build_ok();
    let site_lines: Vec<&str> = first
        .stdout
        .lines()
        .filter(|l| l.starts_with("  "))
        .collect();
    assert_eq!(site_lines.len(), 3, "{first}");
    let columns: Vec<usize> = site_lines
        .iter()
        .map(|l| l.find(" pages").unwrap_or_else(|| panic!("{l}")))
        .collect();
    assert!(
        columns.iter().all(|c| *c == columns[0]),
        "columns differ:\n{}",
        first.stdout
    );
    let changed = |out: &Output| {
        out.stdout
            .lines()
            .find(|l| l.starts_with("sortie : "))
            .unwrap_or_else(|| panic!("no « sortie » line:\n{out}"))
            .to_string()
    };
    let line = changed(&first);
    let total: usize = line
        .split(" sur ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("total");
    assert_eq!(
        line,
        format!("sortie : {total} fichiers changés sur {total} (ajoutés, remplacés ou supprimés)")
    );
    let second = j.build_ok();
    assert_eq!(
        changed(&second),
        format!("sortie : 0 fichier changé sur {total} (ajoutés, remplacés ou supprimés)")
    );
    j.edit(
        "learners/ana/experiences/e/index.md",
        "Premier texte.",
        "Texte revu.",
    );
    let third = j.build_ok();
    let n: usize = changed(&third)["sortie : ".len()..]
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("count");
    assert!(n > 0 && n < total, "{}", changed(&third));
}

/// What a person reads when a file or folder is missing (issue 26): the system's
/// error rephrased, naming the file, never `(os error N)`.
#[test]
fn a_missing_journal_folder_is_said_in_words_without_the_os_error() {
    let j = Journal::new();
    let missing = j.tmp().join("carnet-absent");
    let out = run([
        std::ffi::OsString::from("build"),
        missing.clone().into(),
        "--out".into(),
        j.out().into(),
    ])
    .code(2);
    out.stderr_has(&["introuvable", "carnet-absent"]);
    assert!(!out.stderr.contains("os error"), "{out}");
    assert!(!j.out().exists(), "{out}");
    let out = run([std::ffi::OsString::from("check"), missing.into()]).code(1);
    out.stderr_has(&[
        "carnet-absent",
        "impossible d'ouvrir le carnet : dossier introuvable",
    ]);
    assert!(!out.stderr.contains("os error"), "{out}");
}
