//! The conventions of good command-line tools: help with examples and exit codes,
//! completions that parse, a man page, colours only when asked (NO_COLOR, --color),
//! --quiet and --verbose, errors on stderr and the summary on stdout.

use std::process::Command;

use crate::cli_transcript::*;
use crate::common::*;

const COMMANDS: [&str; 7] = [
    "build",
    "check",
    "init",
    "new",
    "export",
    "completions",
    "man",
];

#[test]
fn every_command_has_help_with_examples_and_the_exit_codes_are_documented() {
    let tmp = tempfile::TempDir::new().expect("temp");
    let english = [("LANG", "en_US.UTF-8")];
    for command in COMMANDS {
        let out = run_in(tmp.path(), &[command, "--help"], &english).assert_success();
        assert!(out.stdout.contains("Examples:"), "{command}:\n{out}");
        let out = run_in(tmp.path(), &[command, "--help"], &[]).assert_success();
        assert!(out.stdout.contains("Exemples :"), "{command}:\n{out}");
    }
    let out = run_in(tmp.path(), &["--help"], &english).assert_success();
    for line in [
        "Exit codes:",
        "0  success",
        "1  the journal has errors",
        "2  usage",
    ] {
        assert!(out.stdout.contains(line), "{line:?} not in --help:\n{out}");
    }
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    assert!(
        readme.contains("Exit codes"),
        "the README documents the exit codes"
    );
    // A usage error is exit 2, on stderr.
    let out = run_in(tmp.path(), &["export"], &[]).code(2);
    assert!(out.stdout.is_empty() && !out.stderr.is_empty(), "{out}");
}

#[test]
fn completions_parse_in_bash_and_exist_for_zsh_and_fish() {
    let tmp = tempfile::TempDir::new().expect("temp");
    let bash = run_in(tmp.path(), &["completions", "bash"], &[]).assert_success();
    assert!(bash.stdout.contains("export") && bash.stdout.contains("--deny-warnings"));
    let script = tmp.path().join("carnet.bash");
    std::fs::write(&script, &bash.stdout).expect("write");
    let parsed = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("run bash -n");
    assert!(
        parsed.status.success(),
        "bash -n: {}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    // And it completes the commands when sourced (bash calls it with the command,
    // the word being completed and the word before it).
    let probe = format!(
        "source {}; COMP_WORDS=(carnet ex); COMP_CWORD=1; _carnet carnet ex carnet; echo \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let completed = Command::new("bash")
        .arg("-c")
        .arg(probe)
        .output()
        .expect("bash");
    assert!(
        String::from_utf8_lossy(&completed.stdout).contains("export"),
        "{}",
        String::from_utf8_lossy(&completed.stderr)
    );
    for shell in ["zsh", "fish"] {
        let out = run_in(tmp.path(), &["completions", shell], &[]).assert_success();
        assert!(out.stdout.contains("check"), "{shell}");
    }
}

#[test]
fn the_man_page_is_roff_and_covers_every_command() {
    let tmp = tempfile::TempDir::new().expect("temp");
    let out = run_in(tmp.path(), &["man"], &[]).assert_success();
    assert!(
        out.stdout.starts_with(".ie") || out.stdout.contains(".TH carnet"),
        "{out}"
    );
    run_in(tmp.path(), &["man", "--dir", "pages"], &[]).assert_success();
    for command in [
        "carnet.1",
        "carnet-build.1",
        "carnet-check.1",
        "carnet-export.1",
    ] {
        let page = std::fs::read_to_string(tmp.path().join("pages").join(command))
            .unwrap_or_else(|e| panic!("{command}: {e}"));
        assert!(page.contains(".TH"), "{command}");
    }
}

#[test]
fn colours_only_when_asked_and_never_with_no_color() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibilty = \"public\"", "");
    let root = j.root();
    let root = root.to_str().expect("utf-8");
    let esc = "\u{1b}[";
    let plain = run_in(j.tmp(), &["check", root], &[]).code(1);
    assert!(
        !plain.stderr.contains(esc),
        "not a terminal: no colour\n{plain}"
    );
    let always = run_in(j.tmp(), &["check", root, "--color", "always"], &[]).code(1);
    assert!(always.stderr.contains(esc), "--color always\n{always}");
    let never = run_in(
        j.tmp(),
        &["check", root, "--color", "never"],
        &[("NO_COLOR", "1")],
    )
    .code(1);
    assert!(!never.stderr.contains(esc));
    // Errors on stderr, the count on stdout.
    assert!(plain.stderr.contains("erreur[unknown-key]"), "{plain}");
    assert!(plain.stdout.contains("1 erreur"), "{plain}");
}

#[test]
fn quiet_prints_errors_only_and_verbose_says_more() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    j.experience(
        "ana",
        "e",
        "title = \"E\"\ndate = 2021-01-01\nvisibility = \"public\"",
        "",
        &[],
    );
    let root = j.root();
    let root = root.to_str().expect("utf-8");
    let quiet = run_in(j.tmp(), &["build", root, "--cache", "c", "-q"], &[]).assert_success();
    assert!(
        quiet.stdout.is_empty() && quiet.stderr.is_empty(),
        "{quiet}"
    );
    let normal = run_in(j.tmp(), &["build", root, "--cache", "c"], &[]).assert_success();
    assert!(
        normal.stderr.contains("avertissement[no-skill]"),
        "{normal}"
    );
    assert!(!normal.stderr.contains("timing:"), "{normal}");
    let verbose =
        run_in(j.tmp(), &["build", root, "--cache", "c", "--verbose"], &[]).assert_success();
    assert!(verbose.stderr.contains("timing:"), "{verbose}");
    assert!(verbose.stderr.contains("cache d'images :"), "{verbose}");
    let check = run_in(j.tmp(), &["check", root, "--quiet"], &[]).assert_success();
    assert!(
        check.stdout.is_empty() && check.stderr.is_empty(),
        "{check}"
    );
    let _ = mask(j.tmp(), "");
}
