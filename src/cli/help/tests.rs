//! The help's own rules: every command and argument has its texts in both
//! languages, nothing of clap's English is left in French, and the locale picks
//! the language in POSIX order.

use std::collections::HashMap;

use clap::CommandFactory;

use super::*;
use crate::cli::Cli;

fn locale(vars: &[(&str, &str)]) -> Language {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    language_of_locale(|name| vars.get(name).cloned())
}

#[test]
fn the_locale_picks_the_language_lc_all_first_and_french_when_unknown() {
    assert_eq!(locale(&[]), Language::Fr, "unset");
    assert_eq!(locale(&[("LANG", "C")]), Language::Fr);
    assert_eq!(locale(&[("LANG", "POSIX")]), Language::Fr);
    assert_eq!(locale(&[("LANG", "C.UTF-8")]), Language::Fr);
    assert_eq!(locale(&[("LANG", "de_DE.UTF-8")]), Language::Fr, "unknown");
    assert_eq!(locale(&[("LANG", "en_US.UTF-8")]), Language::En);
    assert_eq!(locale(&[("LANG", "en")]), Language::En);
    assert_eq!(locale(&[("LANG", "fr_FR.UTF-8")]), Language::Fr);
    assert_eq!(
        locale(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")]),
        Language::En,
        "LC_MESSAGES before LANG"
    );
    assert_eq!(
        locale(&[("LC_ALL", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")]),
        Language::Fr,
        "LC_ALL before everything"
    );
    assert_eq!(
        locale(&[("LC_ALL", ""), ("LANG", "en_US.UTF-8")]),
        Language::En,
        "an empty variable is unset"
    );
}

/// Every key the help of `command` (at `path`) reads, with what it is for.
fn keys_read(command: &Command, path: &[String], keys: &mut Vec<(String, String)>) {
    let name = path.join(" ");
    keys.push((key(path, "about"), format!("about of `carnet {name}`")));
    keys.push((key(path, "after"), format!("examples of `carnet {name}`")));
    for arg in command.get_arguments() {
        let what = format!("`{}` of `carnet {name}`", arg.get_id());
        keys.push((arg_key(path, arg), format!("help of {what}")));
        if takes_values(arg) {
            for value in arg.get_value_names().unwrap_or_default() {
                keys.push((value_key(value.as_str()), format!("value name of {what}")));
            }
        }
    }
    for sub in command.get_subcommands() {
        let mut path = path.to_vec();
        path.push(sub.get_name().to_string());
        keys_read(sub, &path, keys);
    }
}

#[test]
fn every_command_and_argument_has_its_help_in_french_and_in_english() {
    let mut keys = Vec::new();
    keys_read(&Cli::command(), &[], &mut keys);
    for fixed in [
        "cli-help-heading-usage",
        "cli-help-heading-arguments",
        "cli-help-heading-options",
        "cli-help-heading-commands",
        "cli-help-flag-help",
        "cli-help-flag-version",
        "cli-help-help-about",
        "cli-help-help-arg-subcommand",
        "cli-help-value-command",
    ] {
        keys.push((fixed.to_string(), "clap's own".to_string()));
    }
    let missing: Vec<String> = keys
        .iter()
        .flat_map(|(key, what)| {
            [Language::Fr, Language::En]
                .into_iter()
                .filter(|lang| !carnet::i18n::loader_of(*lang).has(key))
                .map(move |lang| format!("{key} ({what}) in {}", lang.code()))
        })
        .collect();
    assert!(missing.is_empty(), "help missing: {missing:#?}");
}

/// The long help of every command of the tree, rendered in `lang`.
fn every_help(lang: Language) -> Vec<(String, String)> {
    fn walk(command: &mut Command, name: String, out: &mut Vec<(String, String)>) {
        out.push((name.clone(), command.render_long_help().to_string()));
        out.push((name.clone(), command.render_help().to_string()));
        for sub in command.get_subcommands_mut() {
            let name = format!("{name} {}", sub.get_name());
            walk(sub, name, out);
        }
    }
    let mut out = Vec::new();
    walk(
        &mut localized(Cli::command(), lang),
        "carnet".into(),
        &mut out,
    );
    out
}

#[test]
fn the_french_help_has_nothing_of_clap_s_english() {
    for (name, help) in every_help(Language::Fr) {
        for english in [
            "Usage",
            "Options:",
            "Arguments:",
            "Commands:",
            "Print help",
            "Print version",
            "[default",
            "possible values",
            "[env",
            "alias",
            "Examples",
            "<JOURNAL>",
            "<FILE>",
            "<COMMAND>",
        ] {
            assert!(
                !help.contains(english),
                "{english:?} in `{name} --help`:\n{help}"
            );
        }
        assert!(help.contains("Utilisation : "), "`{name} --help`:\n{help}");
    }
}

#[test]
fn the_english_help_reads_as_clap_s_and_shows_defaults_and_values() {
    let helps = every_help(Language::En);
    let top = &helps[0].1;
    for part in [
        "Usage: carnet [OPTIONS] <COMMAND>",
        "Commands:",
        "Options:",
        "Print help",
    ] {
        assert!(top.contains(part), "{part:?} in:\n{top}");
    }
    assert!(
        top.contains("[possible values: auto, always, never]"),
        "{top}"
    );
    let (_, build) = helps
        .iter()
        .find(|(n, _)| n == "carnet build")
        .expect("build");
    assert!(
        build.contains("Arguments:") && build.contains("[default: .]"),
        "{build}"
    );
    assert!(!build.contains("Utilisation"), "{build}");
    let (_, attest) = helps
        .iter()
        .find(|(n, _)| n == "carnet attest")
        .expect("attest");
    assert!(attest.contains("[env: CARNET_ISSUER_KEY]"), "{attest}");
    assert!(attest.contains("[aliases: --organization]"), "{attest}");
}

#[test]
fn an_alias_still_works_once_hidden_from_clap_s_english() {
    let matches = localized(Cli::command(), Language::Fr)
        .try_get_matches_from([
            "carnet",
            "attest",
            "ines",
            "stage",
            "--by",
            "Julien",
            "--organization",
            "Animalerie",
        ])
        .expect("parses");
    let (_, attest) = matches.subcommand().expect("attest");
    assert_eq!(
        attest.get_one::<String>("organisation").map(String::as_str),
        Some("Animalerie")
    );
}
