//! clap's errors (an unknown argument, a missing one, an invalid value…) in the
//! language of the locale, as `--help` ([`super::help`]): written from the error's
//! kind and context (the argument, the value, the suggestion), followed by the
//! usage line, on stderr with exit code 2, as clap does. `--help` and `--version`
//! are clap's own « errors »: they print to stdout with exit code 0.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use carnet::i18n::message_with;
use carnet::journal::Language;
use carnet::t;

/// Prints `error` in `lang` and returns clap's exit code for it.
pub(super) fn report(error: &clap::Error, lang: Language) -> ExitCode {
    let code = ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // The help (already in `lang`) or the version: clap prints them as they are.
        let _ = error.print();
        return code;
    }
    eprintln!("{}", text(error, lang));
    code
}

/// The whole message: the error, its tip, the usage line and where to learn more.
pub(super) fn text(error: &clap::Error, lang: Language) -> String {
    let message = t!(lang, "cli-error-line", message = sentence(error, lang));
    let mut parts = vec![message];
    if let Some(tip) = tip(error, lang) {
        parts.push(format!("  {tip}"));
    }
    if let Some(usage) = context(error, ContextKind::Usage) {
        let usage = usage
            .strip_prefix("Usage:")
            .unwrap_or(&usage)
            .trim()
            .to_string();
        parts.push(t!(lang, "cli-error-usage", usage = usage));
    }
    parts.push(t!(lang, "cli-error-more"));
    parts.join("\n\n")
}

/// A context value of the error as plain text (lists joined with commas).
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    let value = match error.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) if !list.is_empty() => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) if !list.is_empty() => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    };
    Some(value)
}

/// What went wrong, in one sentence.
fn sentence(error: &clap::Error, lang: Language) -> String {
    let get = |kind| context(error, kind).unwrap_or_default();
    let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
    match error.kind() {
        ErrorKind::UnknownArgument => t!(lang, "cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            lang,
            "cli-error-unknown-command",
            command = get(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            t!(lang, "cli-error-empty-value", arg = arg)
        }
        ErrorKind::InvalidValue => t!(lang, "cli-error-invalid-value", arg = arg, value = value),
        ErrorKind::ValueValidation if is_not_a_number(error) => {
            t!(lang, "cli-error-not-a-number", arg = arg, value = value)
        }
        ErrorKind::ValueValidation => t!(lang, "cli-error-invalid-value", arg = arg, value = value),
        ErrorKind::MissingRequiredArgument => {
            t!(lang, "cli-error-missing-argument", args = arg)
        }
        ErrorKind::MissingSubcommand => t!(
            lang,
            "cli-error-missing-command",
            command = get(ContextKind::InvalidSubcommand),
            commands = get(ContextKind::ValidSubcommand)
        ),
        ErrorKind::ArgumentConflict => {
            let arg = if arg.is_empty() {
                get(ContextKind::InvalidSubcommand)
            } else {
                arg
            };
            let other = get(ContextKind::PriorArg);
            t!(lang, "cli-error-conflict", arg = arg, other = other)
        }
        ErrorKind::NoEquals => t!(lang, "cli-error-no-equals", arg = arg),
        ErrorKind::TooManyValues => t!(lang, "cli-error-too-many-values", arg = arg, value = value),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let number = |kind| match error.get(kind) {
                Some(ContextValue::Number(n)) => Some(*n as i64),
                _ => None,
            };
            let expected = number(ContextKind::MinValues)
                .or_else(|| number(ContextKind::ExpectedNumValues))
                .unwrap_or(1);
            let given = number(ContextKind::ActualNumValues).unwrap_or(0);
            t!(
                lang,
                "cli-error-number-of-values",
                arg = arg,
                expected = expected,
                given = given
            )
        }
        ErrorKind::InvalidUtf8 => t!(lang, "cli-error-invalid-utf8"),
        _ => t!(lang, "cli-error-other"),
    }
}

/// Whether a value was refused because it is not a whole number (`--port abc`).
fn is_not_a_number(error: &clap::Error) -> bool {
    std::error::Error::source(error).is_some_and(|source| source.is::<std::num::ParseIntError>())
}

/// The suggestion under the error: a near name, the valid values, or how to pass
/// a value that starts with `-`.
fn tip(error: &clap::Error, lang: Language) -> Option<String> {
    let near = context(error, ContextKind::SuggestedArg)
        .or_else(|| context(error, ContextKind::SuggestedSubcommand))
        .or_else(|| context(error, ContextKind::SuggestedValue));
    if let Some(near) = near {
        return Some(t!(lang, "cli-error-did-you-mean", suggestion = near));
    }
    if let Some(values) = context(error, ContextKind::ValidValue) {
        return Some(t!(lang, "cli-error-possible-values", values = values));
    }
    if let Some(commands) = context(error, ContextKind::ValidSubcommand) {
        if error.kind() != ErrorKind::MissingSubcommand {
            return Some(t!(lang, "cli-error-possible-commands", commands = commands));
        }
    }
    // clap's other tips are English sentences around quoted command lines
    // (« to pass '--x' as a value, use '-- --x' », « 'add --journal' exists »): the
    // quoted parts, in our words.
    let suggested = context(error, ContextKind::Suggested)?;
    let quoted: Vec<&str> = suggested.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [arg, command] => Some(message_with(
            lang,
            "cli-error-as-value",
            &[
                ("arg", arg.to_string().into()),
                ("command", command.to_string().into()),
            ],
        )),
        [command] => Some(message_with(
            lang,
            "cli-error-try",
            &[("command", command.to_string().into())],
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    fn command(lang: Language) -> Command {
        let command = Command::new("carnet").subcommand(
            Command::new("build")
                .arg(Arg::new("journal"))
                .arg(Arg::new("out").long("out"))
                .arg(
                    Arg::new("port")
                        .long("port")
                        .value_parser(clap::value_parser!(u16)),
                )
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["human", "json"]),
                ),
        );
        super::super::help::localized(command, lang)
    }

    fn error(args: &[&str], lang: Language) -> (clap::Error, String) {
        let error = command(lang)
            .try_get_matches_from(args)
            .expect_err("a usage error");
        let text = text(&error, lang);
        (error, text)
    }

    #[test]
    fn an_unknown_argument_is_said_in_french_with_its_suggestion_and_the_usage() {
        let (error, text) = error(&["carnet", "build", "--outt", "x"], Language::Fr);
        assert_eq!(error.exit_code(), 2);
        assert!(
            text.starts_with("erreur: argument inattendu « --outt »"),
            "{text}"
        );
        assert!(text.contains("vouliez-vous dire « --out » ?"), "{text}");
        assert!(text.contains("Utilisation : carnet build"), "{text}");
        assert!(!text.contains("Usage"), "{text}");
    }

    #[test]
    fn a_value_that_looks_like_an_option_is_shown_how_to_pass() {
        let (_, text) = error(&["carnet", "build", "--nope"], Language::Fr);
        assert!(
            text.contains("pour passer « --nope » comme valeur, écrivez « -- --nope »"),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_command_gets_the_nearest_one() {
        let (_, text) = error(&["carnet", "biuld"], Language::Fr);
        assert!(text.contains("commande inconnue « biuld »"), "{text}");
        assert!(text.contains("« build »"), "{text}");
        let (_, text) = error(&["carnet", "biuld"], Language::En);
        assert!(text.contains("unrecognized command 'biuld'"), "{text}");
    }

    #[test]
    fn an_invalid_value_lists_the_possible_ones() {
        let (_, text) = error(&["carnet", "build", "--format", "xml"], Language::Fr);
        assert!(
            text.contains("valeur « xml » invalide pour « --format"),
            "{text}"
        );
        assert!(text.contains("valeurs possibles : human, json"), "{text}");
        let (_, text) = error(&["carnet", "build", "--port", "abc"], Language::Fr);
        assert!(
            text.contains("« abc » n'est pas un nombre entier"),
            "{text}"
        );
    }

    #[test]
    fn a_missing_command_is_said_in_english_under_an_english_locale() {
        let command = Command::new("carnet")
            .subcommand_required(true)
            .subcommand(Command::new("build"));
        let command = super::super::help::localized(command, Language::En);
        let error = command
            .try_get_matches_from(["carnet"])
            .expect_err("missing");
        let text = text(&error, Language::En);
        assert!(text.starts_with("error: "), "{text}");
        assert!(!text.contains("erreur"), "{text}");
    }
}
