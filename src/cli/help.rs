//! `--help` in the reader's language. A user has no journal yet when reading
//! `carnet --help`, so the language comes from the locale (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`, as POSIX orders them): English for `en…`, French
//! otherwise (`C`, `POSIX`, unset or unknown included).
//!
//! The command-line definition (`Cli`'s derive) carries no text a person reads:
//! [`localized`] walks its commands and arguments and takes every about, argument
//! help, value name, heading and the examples after the help from the catalogue,
//! under keys made from the path of the command (`cli-help-build-about`,
//! `cli-help-build-arg-cache`, `cli-help-add-learner-arg-name`; the top command's
//! own are `cli-help-about`, `cli-help-arg-color`). Defaults, possible values,
//! environment variables and aliases, which clap would print in English, are
//! written from the catalogue too.

use clap::builder::styling::Style;
use clap::{Arg, ArgAction, Command};

use carnet::i18n::{message, message_with};
use carnet::journal::Language;

/// The language of `--help` and of clap's errors, from the environment's locale.
pub(super) fn locale_language() -> Language {
    language_of_locale(|name| std::env::var(name).ok())
}

/// The language of the first locale variable set (and not empty), in POSIX order.
fn language_of_locale(variable: impl Fn(&str) -> Option<String>) -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| variable(name).filter(|value| !value.is_empty()));
    match locale {
        Some(locale) if locale.split(['_', '.', '@', '-']).next() == Some("en") => Language::En,
        _ => Language::Fr,
    }
}

/// `command` with every text a person reads taken from the catalogue of `lang`,
/// built (so that clap's own `-h`, `-V` and `help` exist and are translated too).
pub(super) fn localized(command: Command, lang: Language) -> Command {
    let mut command = texts(command, lang, &[]);
    command.build();
    generated(command, lang)
}

/// The catalogue key of `what` for the command at `path` (names from the top).
pub(super) fn key(path: &[String], what: &str) -> String {
    let mut key = String::from("cli-help");
    for name in path {
        key.push('-');
        key.push_str(name);
    }
    key.push('-');
    key.push_str(what);
    key
}

/// The key of an argument's help (`arg-passphrase-file`).
pub(super) fn arg_key(path: &[String], arg: &Arg) -> String {
    key(
        path,
        &format!("arg-{}", arg.get_id().as_str().replace('_', "-")),
    )
}

/// The key of a value name (`<FILE>` is `cli-help-value-file`).
pub(super) fn value_key(name: &str) -> String {
    format!("cli-help-value-{}", name.to_lowercase().replace('_', "-"))
}

/// Whether clap shows `arg`'s value names (an option or positional taking values).
pub(super) fn takes_values(arg: &Arg) -> bool {
    arg.get_action().takes_values()
}

/// The texts of the commands and arguments defined by the derive, from the top
/// command down: about, examples after the help, argument helps and value names.
fn texts(command: Command, lang: Language, path: &[String]) -> Command {
    let command = command
        .about(message(lang, &key(path, "about")))
        .long_about(None)
        .after_help(message(lang, &key(path, "after")))
        .after_long_help(None)
        .mut_args(|arg| argument(arg, lang, path));
    command.mut_subcommands(|sub| {
        let mut path = path.to_vec();
        path.push(sub.get_name().to_string());
        texts(sub, lang, &path)
    })
}

/// One argument: its help, then what clap would add in English (default, possible
/// values, environment variable, aliases) written from the catalogue.
fn argument(arg: Arg, lang: Language, path: &[String]) -> Arg {
    let mut help = message(lang, &arg_key(path, &arg));
    for detail in details(&arg, lang) {
        help.push(' ');
        help.push_str(&detail);
    }
    let aliases: Vec<String> = arg
        .get_all_aliases()
        .unwrap_or_default()
        .into_iter()
        .map(str::to_string)
        .collect();
    let has_env = arg.get_env().is_some();
    let mut arg = arg
        .help(help)
        .long_help(None)
        // The aliases still work; only clap's English « [aliases: …] » goes.
        .visible_alias(None)
        .aliases(aliases);
    if takes_values(&arg) {
        let names: Vec<String> = arg
            .get_value_names()
            .unwrap_or_default()
            .iter()
            .map(|name| message(lang, &value_key(name.as_str())))
            .collect();
        arg = arg
            .value_names(names)
            .hide_default_value(true)
            .hide_possible_values(true);
    }
    if has_env {
        arg = arg.hide_env(true);
    }
    arg
}

/// The bracketed details after an argument's help: `[par défaut : .]` and others.
fn details(arg: &Arg, lang: Language) -> Vec<String> {
    let mut details = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values(arg) && !defaults.is_empty() {
        let value = defaults.join(", ");
        details.push(message_with(
            lang,
            "cli-help-default",
            &[("value", value.into())],
        ));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values(arg) && !possible.is_empty() {
        let values = possible.join(", ");
        details.push(message_with(
            lang,
            "cli-help-possible-values",
            &[("values", values.into())],
        ));
    }
    if let Some(name) = arg.get_env() {
        let name = name.to_string_lossy().into_owned();
        details.push(message_with(lang, "cli-help-env", &[("name", name.into())]));
    }
    if let Some(aliases) = arg.get_visible_aliases().filter(|a| !a.is_empty()) {
        let names = aliases
            .iter()
            .map(|a| format!("--{a}"))
            .collect::<Vec<_>>()
            .join(", ");
        details.push(message_with(
            lang,
            "cli-help-aliases",
            &[("names", names.into())],
        ));
    }
    details
}

/// What clap made itself once built, in every command: the help template with
/// the translated « Usage » heading, the headings of the arguments and commands,
/// `-h` and `-V`, and the `help` command.
fn generated(command: Command, lang: Language) -> Command {
    let usage = heading(
        command.get_styles().get_usage(),
        &message(lang, "cli-help-heading-usage"),
    );
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    let commands = message(lang, "cli-help-heading-commands");
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(without_colon(&commands))
        .subcommand_value_name(message(lang, "cli-help-value-command"))
        .mut_args(|arg| generated_arg(arg, lang));
    if command.get_name() == "help" {
        command = command.about(message(lang, "cli-help-help-about"));
    }
    command.mut_subcommands(|sub| generated(sub, lang))
}

/// `-h`, `-V` and the `help` command's argument get their help; every argument
/// goes under the « Arguments » or « Options » heading of `lang`.
fn generated_arg(arg: Arg, lang: Language) -> Arg {
    let arg = match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => arg
            .help(message(lang, "cli-help-flag-help"))
            .long_help(None),
        ArgAction::Version => arg.help(message(lang, "cli-help-flag-version")),
        _ if arg.get_id() == "subcommand" => arg
            .help(message(lang, "cli-help-help-arg-subcommand"))
            .value_name(message(lang, "cli-help-value-command")),
        _ => arg,
    };
    let heading = if arg.is_positional() {
        message(lang, "cli-help-heading-arguments")
    } else {
        message(lang, "cli-help-heading-options")
    };
    arg.help_heading(without_colon(&heading))
}

/// A heading as the catalogue writes it (« Options : ») without its colon, which
/// clap adds (so « Options  » gives « Options : », and « Options » « Options: »).
fn without_colon(heading: &str) -> String {
    heading.strip_suffix(':').unwrap_or(heading).to_string()
}

/// `text` in `style` (bold, as clap's own headings), plain when colours are off.
pub(super) fn heading(style: &Style, text: &str) -> String {
    format!("{}{text}{}", style.render(), style.render_reset())
}

#[cfg(test)]
mod tests;
