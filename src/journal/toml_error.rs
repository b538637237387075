//! TOML and serde errors in the journal's language: « unknown field `visibilty`,
//! expected one of … » becomes « `visibilty` : clé inconnue » with « vouliez-vous
//! dire `visibility` ? » as help, each with a stable code. Also moves the place of
//! an unterminated string from the end of its line to its opening quote.
//!
//! The `toml` crate's messages are matched by their English wording; a message
//! this module does not know keeps its text behind a translated prefix, so nothing
//! is ever lost.

use std::ops::Range;

use super::Language;
use crate::diagnostic::nearest;
use crate::tr;

/// A TOML error, explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// Stable code: `unknown-key`, `missing-key`, `unknown-value`, `invalid-type`,
    /// `invalid-value`, `duplicate-key`, `unterminated-string`, `unquoted-string`,
    /// `invalid-date` or `toml-syntax`.
    pub code: &'static str,
    /// What is wrong, in the journal's language.
    pub message: String,
    /// What to do, when known.
    pub help: Option<String>,
}

/// Explains the message of a `toml::de::Error` in `lang`.
pub fn explain(message: &str, lang: Language) -> Explained {
    let message = message.trim();
    let explained = |code, message: String, help: Option<String>| Explained {
        code,
        message,
        help,
    };
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (unknown, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known = quoted_names(expected);
        return explained(
            "unknown-key",
            tr!(
                lang,
                "`{unknown}` : clé inconnue",
                "`{unknown}`: unknown key"
            ),
            suggestion(
                unknown,
                &known,
                lang,
                ("clés possibles ici", "keys allowed here"),
            ),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (unknown, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known = quoted_names(expected);
        let list = code_list(&known);
        return explained(
            "unknown-value",
            tr!(
                lang,
                "`{unknown}` : valeur inconnue ; valeurs possibles : {list}",
                "`{unknown}`: unknown value; possible values: {list}"
            ),
            nearest(unknown, known.iter().copied()).map(|k| did_you_mean(k, lang)),
        );
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`');
        return explained(
            "missing-key",
            tr!(lang, "clé `{key}` manquante", "missing key `{key}`"),
            Some(tr!(
                lang,
                "ajoute une ligne `{key} = …`",
                "add a line `{key} = …`"
            )),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (found, expected) = (found_value(found, lang), expected_value(expected, lang));
        return explained(
            "invalid-type",
            tr!(
                lang,
                "type invalide : {found}, alors qu'il faut {expected}",
                "invalid type: {found}, where {expected} is needed"
            ),
            None,
        );
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (found, expected) = (found_value(found, lang), expected_value(expected, lang));
        return explained(
            "invalid-value",
            tr!(
                lang,
                "valeur invalide : {found}, alors qu'il faut {expected}",
                "invalid value: {found}, where {expected} is needed"
            ),
            None,
        );
    }
    if message == "wanted string or table" {
        return explained(
            "invalid-type",
            tr!(
                lang,
                "type invalide : il faut un texte entre guillemets",
                "invalid type: a quoted text is needed"
            ),
            None,
        );
    }
    if message.starts_with("duplicate key") {
        return explained(
            "duplicate-key",
            tr!(
                lang,
                "cette clé est déjà définie plus haut",
                "this key is already defined above"
            ),
            Some(tr!(lang, "garde une seule ligne", "keep only one line")),
        );
    }
    if let Some(quote) = unterminated_quote(message) {
        return explained(
            "unterminated-string",
            tr!(
                lang,
                "ce texte n'est jamais fermé",
                "this string is never closed"
            ),
            Some(tr!(lang, "ferme-le par {quote}", "close it with {quote}")),
        );
    }
    if message.starts_with("string values must be quoted") {
        return explained(
            "unquoted-string",
            tr!(
                lang,
                "un texte doit être écrit entre guillemets",
                "a text must be written between quotes"
            ),
            Some(tr!(lang, "écris-le \"ainsi\"", "write it \"like this\"")),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid date") {
        let detail = rest.trim_start_matches([',', ' ']);
        let detail = match detail {
            "expected month between 01 and 12" => {
                lang.pick("le mois va de 01 à 12", "the month goes from 01 to 12")
            }
            "expected day between 01 and 31"
            | "expected day between 01 and 28"
            | "expected day between 01 and 29"
            | "expected day between 01 and 30" => lang.pick(
                "ce jour n'existe pas dans ce mois",
                "this day does not exist in this month",
            ),
            other => other,
        };
        return explained(
            "invalid-date",
            tr!(lang, "date invalide : {detail}", "invalid date: {detail}"),
            Some(tr!(
                lang,
                "écris-la 2021-05-31, ou 2021-05-31T14:06:00 avec l'heure",
                "write it 2021-05-31, or 2021-05-31T14:06:00 with a time"
            )),
        );
    }
    if message.starts_with("unexpected key or value") {
        return explained(
            "toml-syntax",
            tr!(
                lang,
                "syntaxe TOML : une seule clé par ligne, et rien après sa valeur (sauf un commentaire `#`)",
                "TOML syntax: one key per line, and nothing after its value (but a `#` comment)"
            ),
            None,
        );
    }
    if message.starts_with("unclosed table") || message.starts_with("unclosed array") {
        return explained(
            "toml-syntax",
            tr!(
                lang,
                "syntaxe TOML : crochet jamais fermé (il manque `]`)",
                "TOML syntax: bracket never closed (`]` is missing)"
            ),
            None,
        );
    }
    explained(
        "toml-syntax",
        tr!(lang, "syntaxe TOML : {message}", "TOML syntax: {message}"),
        None,
    )
}

/// For an unterminated string, the place of its opening quote: `span` is where
/// the `toml` crate stopped (the end of the line), `text` the whole file.
pub fn opening_quote(message: &str, text: &str, span: Range<usize>) -> Range<usize> {
    let Some(quote) = unterminated_quote(message) else {
        return span;
    };
    let mut pos = span.start.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let start = if quote.len() == 3 {
        before.rfind(quote)
    } else {
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        last_unescaped(&before[line_start..], quote.as_bytes()[0]).map(|i| line_start + i)
    };
    match start {
        Some(start) => {
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            start..line_end.max(start + 1)
        }
        None => span,
    }
}

/// The quote an « invalid … string » message is about: `"`, `'`, `"""` or `'''`.
fn unterminated_quote(message: &str) -> Option<&'static str> {
    if message.starts_with("invalid basic string") {
        Some("\"")
    } else if message.starts_with("invalid literal string") {
        Some("'")
    } else if message.starts_with("invalid multi-line basic string") {
        Some("\"\"\"")
    } else if message.starts_with("invalid multi-line literal string") {
        Some("'''")
    } else {
        None
    }
}

/// The byte index of the last `quote` of `line` not escaped by a backslash (for
/// `'`, which TOML never escapes, simply the last one).
fn last_unescaped(line: &str, quote: u8) -> Option<usize> {
    let bytes = line.as_bytes();
    (0..bytes.len()).rev().find(|&i| {
        bytes[i] == quote
            && (quote == b'\''
                || bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 0)
    })
}

/// The names between backquotes of serde's « expected one of `a`, `b` ».
fn quoted_names(expected: &str) -> Vec<&str> {
    expected.split('`').skip(1).step_by(2).collect()
}

/// `a`, `b`, `c` as a list of code spans.
fn code_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

/// « vouliez-vous dire `x` ? »
pub fn did_you_mean(name: &str, lang: Language) -> String {
    tr!(
        lang,
        "vouliez-vous dire `{name}` ?",
        "did you mean `{name}`?"
    )
}

/// The nearest known name as « vouliez-vous dire … ? », else the list of known
/// names after `intro`.
fn suggestion(
    unknown: &str,
    known: &[&str],
    lang: Language,
    intro: (&str, &str),
) -> Option<String> {
    if let Some(near) = nearest(unknown, known.iter().copied()) {
        return Some(did_you_mean(near, lang));
    }
    if known.is_empty() {
        return None;
    }
    let intro = lang.pick(intro.0, intro.1);
    let sep = lang.pick(" : ", ": ");
    Some(format!("{intro}{sep}{}", code_list(known)))
}

/// serde's « string "x" », « integer `3` » … in plain words.
fn found_value(found: &str, lang: Language) -> String {
    let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
    let value = value.trim_matches('`');
    let fr = match kind {
        "string" => format!("le texte {value}"),
        "integer" => format!("le nombre {value}"),
        "floating" => format!(
            "le nombre {}",
            value.trim_start_matches("point ").trim_matches('`')
        ),
        "boolean" => format!("la valeur {value}"),
        "sequence" => "une liste".to_string(),
        "map" => "une table".to_string(),
        _ => found.to_string(),
    };
    match lang {
        Language::Fr => fr,
        Language::En => found.to_string(),
    }
}

/// serde's « expected a boolean », « expected u8 » … in plain words.
fn expected_value(expected: &str, lang: Language) -> String {
    let words = match expected {
        "a boolean" => ("true ou false", "true or false"),
        "a string" => ("un texte entre guillemets", "a text between quotes"),
        "a sequence" => (
            "une liste entre crochets, [\"…\", \"…\"]",
            "a list between brackets, [\"…\", \"…\"]",
        ),
        "u8" => (
            "un nombre entier de 0 à 255",
            "a whole number from 0 to 255",
        ),
        "u16" | "u32" | "u64" | "usize" => ("un nombre entier positif", "a positive whole number"),
        "a TOML datetime" | "a datetime" => (
            "une date sans guillemets, 2021-05-31",
            "a date without quotes, 2021-05-31",
        ),
        other if other.starts_with("struct ") || other == "a map" => (
            "une table, { clé = valeur, … }",
            "a table, { key = value, … }",
        ),
        other => (other, other),
    };
    lang.pick(words.0, words.1).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_key_gets_the_nearest_one_in_french() {
        let e = explain(
            "unknown field `visibilty`, expected one of `title`, `visibility`",
            Language::Fr,
        );
        assert_eq!(e.code, "unknown-key");
        assert_eq!(e.message, "`visibilty` : clé inconnue");
        assert_eq!(e.help.as_deref(), Some("vouliez-vous dire `visibility` ?"));
        let e = explain(
            "unknown field `zzz`, expected `file` or `alt`",
            Language::En,
        );
        assert_eq!(e.help.as_deref(), Some("keys allowed here: `file`, `alt`"));
    }

    #[test]
    fn serde_messages_are_rephrased() {
        let e = explain(
            "unknown variant `publik`, expected one of `private`, `public`",
            Language::Fr,
        );
        assert_eq!(e.code, "unknown-value");
        assert!(e.message.contains("`private`, `public`"), "{e:?}");
        assert_eq!(e.help.as_deref(), Some("vouliez-vous dire `public` ?"));
        let e = explain(
            "invalid type: integer `1`, expected a boolean",
            Language::Fr,
        );
        assert_eq!(
            e.message,
            "type invalide : le nombre 1, alors qu'il faut true ou false"
        );
        let e = explain("missing field `title`", Language::Fr);
        assert_eq!(
            (e.code, e.message.as_str()),
            ("missing-key", "clé `title` manquante")
        );
        let e = explain("some new message", Language::Fr);
        assert_eq!(e.message, "syntaxe TOML : some new message");
    }

    #[test]
    fn an_unterminated_string_points_at_its_opening_quote() {
        let text = "+++\nname = \"Ana \\\"la\\\" grande\nvisibility = \"public\"\n";
        let end_of_line = text.find("\nvisibility").unwrap_or_default();
        let span = opening_quote("invalid basic string", text, end_of_line..end_of_line);
        assert_eq!(span.start, text.find('"').unwrap_or_default());
        assert_eq!(span.end, end_of_line);
        let text = "a = 'l\"été\nb = 1";
        let span = opening_quote("invalid literal string", text, 12..12);
        assert_eq!(span.start, 4);
    }
}
