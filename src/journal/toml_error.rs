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
use crate::t;

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
            t!(lang, "toml-unknown-key", key = unknown),
            suggestion(unknown, &known, lang),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (unknown, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known = quoted_names(expected);
        let list = code_list(&known);
        return explained(
            "unknown-value",
            t!(lang, "toml-unknown-value", value = unknown, list = list),
            nearest(unknown, known.iter().copied()).map(|k| did_you_mean(k, lang)),
        );
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`');
        return explained(
            "missing-key",
            t!(lang, "toml-missing-key", key = key),
            Some(t!(lang, "toml-missing-key-help", key = key)),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (found, expected) = (found_value(found, lang), expected_value(expected, lang));
        return explained(
            "invalid-type",
            t!(
                lang,
                "toml-invalid-type",
                found = found,
                expected = expected
            ),
            None,
        );
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (found, expected) = (found_value(found, lang), expected_value(expected, lang));
        return explained(
            "invalid-value",
            t!(
                lang,
                "toml-invalid-value",
                found = found,
                expected = expected
            ),
            None,
        );
    }
    if message == "wanted string or table" {
        return explained("invalid-type", t!(lang, "toml-quoted-text-needed"), None);
    }
    if message.starts_with("duplicate key") {
        return explained(
            "duplicate-key",
            t!(lang, "toml-duplicate-key"),
            Some(t!(lang, "toml-duplicate-key-help")),
        );
    }
    if let Some(quote) = unterminated_quote(message) {
        return explained(
            "unterminated-string",
            t!(lang, "toml-unterminated-string"),
            Some(t!(lang, "toml-unterminated-string-help", quote = quote)),
        );
    }
    if message.starts_with("string values must be quoted") {
        return explained(
            "unquoted-string",
            t!(lang, "toml-unquoted-string"),
            Some(t!(lang, "toml-unquoted-string-help")),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid date") {
        let detail = rest.trim_start_matches([',', ' ']);
        let detail = match detail {
            "expected month between 01 and 12" => t!(lang, "toml-month-range"),
            "expected day between 01 and 31"
            | "expected day between 01 and 28"
            | "expected day between 01 and 29"
            | "expected day between 01 and 30" => t!(lang, "toml-day-range"),
            other => other.to_string(),
        };
        return explained(
            "invalid-date",
            t!(lang, "toml-invalid-date", detail = detail),
            Some(t!(lang, "toml-invalid-date-help")),
        );
    }
    if message.starts_with("unexpected key or value") {
        return explained("toml-syntax", t!(lang, "toml-one-key-per-line"), None);
    }
    if message.starts_with("unclosed table") || message.starts_with("unclosed array") {
        return explained("toml-syntax", t!(lang, "toml-unclosed-bracket"), None);
    }
    explained(
        "toml-syntax",
        t!(lang, "toml-syntax", message = message),
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
    t!(lang, "toml-did-you-mean", name = name)
}

/// The nearest known name as « vouliez-vous dire … ? », else the list of the keys
/// allowed.
fn suggestion(unknown: &str, known: &[&str], lang: Language) -> Option<String> {
    if let Some(near) = nearest(unknown, known.iter().copied()) {
        return Some(did_you_mean(near, lang));
    }
    if known.is_empty() {
        return None;
    }
    Some(t!(lang, "toml-keys-allowed", list = code_list(known)))
}

/// serde's « string "x" », « integer `3` » … in plain words.
fn found_value(found: &str, lang: Language) -> String {
    let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
    let value = value.trim_start_matches("point ").trim_matches('`');
    t!(
        lang,
        "toml-found",
        kind = kind,
        value = value,
        found = found
    )
}

/// serde's « expected a boolean », « expected u8 » … in plain words.
fn expected_value(expected: &str, lang: Language) -> String {
    let kind = match expected {
        "a boolean" => "boolean",
        "a string" => "string",
        "a sequence" => "sequence",
        "u8" => "u8",
        "u16" | "u32" | "u64" | "usize" => "unsigned",
        "a TOML datetime" | "a datetime" => "datetime",
        other if other.starts_with("struct ") || other == "a map" => "table",
        _ => "other",
    };
    t!(lang, "toml-expected", kind = kind, expected = expected)
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
