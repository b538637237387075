//! `carnet check`: each case folder of `tests/it/check_cases/` is a journal
//! (`journal/`) and, optionally, extra arguments (`args`, one a line). The test
//! runs `carnet check journal ARGS` on a copy and compares the transcript with its
//! snapshot in `snapshots/`. To add a case, add a folder, run
//! `INSTA_UPDATE=always cargo test --test it cli_check`, and read the new `.snap`.
//!
//! `check` writes nothing: each case also asserts the journal is unchanged.

use std::fs;

use crate::cli_transcript::*;
use crate::common::*;

#[test]
fn every_check_case_matches_its_snapshot() {
    let cases = cases("check_cases");
    assert!(cases.len() >= 10, "{cases:?}");
    for (name, dir) in cases {
        let tmp = tempfile::TempDir::new().expect("temp dir");
        copy_case(&dir.join("journal"), &tmp.path().join("journal"));
        let before = snapshot(tmp.path());
        let extra = fs::read_to_string(dir.join("args")).unwrap_or_default();
        let mut args = vec!["check", "journal"];
        args.extend(extra.lines().filter(|l| !l.trim().is_empty()));
        let (out, text) = transcript(tmp.path(), &args);
        assert!(!out.stderr.contains("panicked"), "{name}: {out}");
        assert!(
            snapshot(tmp.path()) == before,
            "{name}: check wrote something"
        );
        insta::assert_snapshot!(format!("check_{name}"), text);
    }
}

#[test]
fn the_json_output_is_one_object_per_diagnostic_with_stable_fields() {
    let (_, dir) = cases("check_cases")
        .into_iter()
        .find(|(n, _)| n == "json")
        .expect("the json case");
    let tmp = tempfile::TempDir::new().expect("temp dir");
    copy_case(&dir.join("journal"), &tmp.path().join("journal"));
    let out = run_in(tmp.path(), &["check", "journal", "--format", "json"], &[]).code(1);
    let objects: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    let codes: Vec<&str> = objects.iter().filter_map(|o| o["code"].as_str()).collect();
    assert_eq!(codes, ["missing-alt", "no-skill", "unknown-id"], "{out}");
    for o in &objects {
        for key in [
            "severity",
            "code",
            "message",
            "help",
            "file",
            "line",
            "column",
            "end_column",
        ] {
            assert!(o.get(key).is_some(), "{key} missing in {o}");
        }
        assert!(o["line"].as_u64().is_some_and(|l| l >= 1), "{o}");
    }
    let unknown = &objects[2];
    assert_eq!(unknown["severity"], "error");
    assert_eq!(
        unknown["file"],
        "journal/learners/ana/experiences/2021-05-31-stage/index.md"
    );
    assert_eq!(
        (unknown["line"].as_u64(), unknown["column"].as_u64()),
        (Some(5), Some(11))
    );
    assert_eq!(unknown["end_column"].as_u64(), Some(19), "{unknown}");
    assert_eq!(unknown["help"], "vouliez-vous dire `rigueur` ?");
    assert!(
        out.stderr.is_empty(),
        "JSON mode prints nothing else:\n{out}"
    );
}

#[test]
fn check_runs_in_the_current_folder_by_default_and_agrees_with_build() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    j.experience(
        "ana",
        "2021-05-31-stage",
        "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"public\"\nskills = [\"rigueur\"]\nphotos = [{ file = \"p.jpg\" }]",
        "",
        &[("p.jpg", &solid_jpeg(40, 30, [1, 2, 3]))],
    );
    let checked = run_in(&j.root(), &["check"], &[]).assert_success();
    assert!(
        checked.stdout.contains("0 erreur, 1 avertissement"),
        "{checked}"
    );
    assert!(
        checked.stderr.contains("avertissement[missing-alt]"),
        "{checked}"
    );
    // The build warns about the same thing, and builds.
    let built = j.build_ok();
    assert!(
        built.stderr.contains("avertissement[missing-alt]"),
        "{built}"
    );
}
