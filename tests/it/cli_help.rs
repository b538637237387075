//! `--help` and clap's errors follow the locale (`LC_ALL`, then `LC_MESSAGES`, then
//! `LANG`): English for `en…`, French otherwise, `C` and unset included, since a
//! user has no journal yet when reading `carnet --help`.

use crate::common::*;

const ENGLISH: [(&str, &str); 1] = [("LANG", "en_US.UTF-8")];

#[test]
fn help_is_english_under_an_english_locale() {
    let out = run_with_env(["--help"], &ENGLISH).assert_success();
    for part in [
        "Usage: carnet [OPTIONS] <COMMAND>",
        "Commands:",
        "Options:",
        "  build ",
        "Print help",
        "Exit codes:",
    ] {
        assert!(out.stdout.contains(part), "{part:?} in:\n{out}");
    }
    assert!(out.stderr.is_empty(), "{out}");
    let out = run_with_env(["build", "--help"], &ENGLISH).assert_success();
    for part in [
        "Builds every audience's site",
        "Usage: carnet build [OPTIONS] [JOURNAL]",
        "Arguments:",
        "The journal folder (holding carnet.toml) [default: .]",
        "--passphrase-file <FILE>",
        "Examples:",
    ] {
        assert!(out.stdout.contains(part), "{part:?} in:\n{out}");
    }
    assert!(!out.stdout.contains("Utilisation"), "{out}");
}

#[test]
fn help_is_french_when_the_locale_is_c_unset_or_unknown() {
    for locale in [
        &[("LANG", "C")][..],
        &[][..],
        &[("LANG", "POSIX")][..],
        &[("LANG", "de_DE.UTF-8")][..],
        &[("LANG", "fr_FR.UTF-8")][..],
    ] {
        let out = run_with_env(["--help"], locale).assert_success();
        for part in [
            "Utilisation : carnet [OPTIONS] <COMMANDE>",
            "Commandes :",
            "Options :",
            "Afficher l'aide",
            "Codes de sortie :",
        ] {
            assert!(out.stdout.contains(part), "{locale:?}: {part:?} in:\n{out}");
        }
        let out = run_with_env(["build", "--help"], locale).assert_success();
        for part in [
            "Construit le site de chaque public",
            "Utilisation : carnet build [OPTIONS] [CARNET]",
            "Arguments :",
            "[par défaut : .]",
            "--passphrase-file <FICHIER>",
            "Exemples :",
        ] {
            assert!(out.stdout.contains(part), "{locale:?}: {part:?} in:\n{out}");
        }
        for english in ["Usage", "Examples", "Print help", "[default", "The journal"] {
            assert!(
                !out.stdout.contains(english),
                "{locale:?}: {english:?} in:\n{out}"
            );
        }
    }
}

#[test]
fn lc_all_then_lc_messages_then_lang_choose_the_language() {
    let english = run_with_env(
        ["--help"],
        &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")],
    )
    .assert_success();
    assert!(english.stdout.contains("Usage: carnet"), "{english}");
    let french = run_with_env(
        ["--help"],
        &[("LC_ALL", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")],
    )
    .assert_success();
    assert!(french.stdout.contains("Utilisation : carnet"), "{french}");
}

#[test]
fn an_unknown_argument_is_a_french_error_on_stderr_with_exit_code_2() {
    let out = run_with_env(["build", "--no-such-flag"], &[("LANG", "C")]).code(2);
    assert!(out.stdout.is_empty(), "{out}");
    out.stderr_has(&[
        "erreur: argument inattendu « --no-such-flag »",
        "Utilisation : carnet build [OPTIONS] [CARNET]",
        "Pour en savoir plus, essayez « --help ».",
    ]);
    assert!(!out.stderr.contains("unexpected"), "{out}");
    let out = run_with_env(["build", "--no-such-flag"], &ENGLISH).code(2);
    out.stderr_has(&[
        "error: unexpected argument '--no-such-flag'",
        "Usage: carnet build [OPTIONS] [JOURNAL]",
    ]);
}

#[test]
fn an_unknown_command_suggests_the_nearest_and_a_bad_value_lists_the_good_ones() {
    let out = run_with_env(["biuld"], &[]).code(2);
    out.stderr_has(&[
        "erreur: commande inconnue « biuld »",
        "vouliez-vous dire « build » ?",
    ]);
    let out = run_with_env(["check", "--format", "xml"], &[]).code(2);
    out.stderr_has(&[
        "valeur « xml » invalide pour « --format <FORMAT> »",
        "valeurs possibles : human, json",
    ]);
    let out = run_with_env(["serve", "--port", "abc"], &[]).code(2);
    out.stderr_has(&["« abc » n'est pas un nombre entier"]);
    let out = run_with_env(["attest"], &[]).code(2);
    out.stderr_has(&["il manque un argument obligatoire : --by <AUTEUR>, <APPRENANT>"]);
    let out = run_with_env(["build", "-q", "-v"], &[]).code(2);
    out.stderr_has(&["« --quiet » ne peut pas aller avec « --verbose »"]);
}

#[test]
fn help_and_version_print_to_stdout_with_exit_code_0() {
    for args in [&["-h"][..], &["help", "build"][..], &["build", "-h"][..]] {
        let out = run_with_env(args.iter().copied(), &[]).assert_success();
        assert!(
            out.stdout.contains("Utilisation : carnet"),
            "{args:?}\n{out}"
        );
        assert!(out.stderr.is_empty(), "{args:?}\n{out}");
    }
    let out = run_with_env(["--version"], &[]).assert_success();
    assert!(out.stdout.starts_with("carnet "), "{out}");
}

#[test]
fn completions_carry_the_help_of_the_locale() {
    let french = run_with_env(["completions", "fish"], &[]).assert_success();
    assert!(
        french.stdout.contains("Construit le site de chaque public"),
        "{french}"
    );
    let english = run_with_env(["completions", "fish"], &ENGLISH).assert_success();
    assert!(
        english.stdout.contains("Builds every audience"),
        "{english}"
    );
}
