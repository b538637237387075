//! Which characters a journal's texts may hold, and how long a text may be: the
//! loader's rule, which every writer of a journal (`author/`) follows too.
//!
//! - Control characters (NUL, ESC, the other C0 and C1 controls, DEL) and Unicode
//!   noncharacters are refused in every text: they are invisible, and a page or a
//!   feed holding one is no longer well-formed HTML or XML (`atom.xml` stops
//!   working for every subscriber). Tab, line feed and carriage return (a line
//!   end written by Windows) are allowed.
//! - Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
//!   refused in every value of front matter and of `carnet.toml` (titles, places,
//!   tags, names, …), as they are in file names: they make a text read in another
//!   order than it is written (`photo` U+202E `gpj.exe`). They are allowed in a
//!   Markdown body, where right-to-left prose may need them and where their effect
//!   ends with the paragraph.
//! - A Markdown body is at most [`MAX_BODY_BYTES`] long: a longer one would take
//!   seconds and hundreds of megabytes to render, for a page nobody reads.

use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::Language;
use crate::diagnostic::Diagnostic;
use crate::t;

/// Longest Markdown body of one file, in bytes (1 MiB).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Whether `c` is refused in a value of front matter or of a TOML file.
pub fn forbidden(c: char) -> bool {
    forbidden_in_body(c) || is_bidi_control(c)
}

/// Whether `c` is refused in a Markdown body.
pub fn forbidden_in_body(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_noncharacter(c)
}

/// The first character of `text` refused in a value, if any.
pub fn first_forbidden(text: &str) -> Option<char> {
    text.chars().find(|c| forbidden(*c))
}

/// The bidirectional overrides, embeddings and isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Unicode noncharacters (U+FDD0–U+FDEF, and the last two of every plane).
fn is_noncharacter(c: char) -> bool {
    let c = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&c) || c & 0xFFFE == 0xFFFE
}

/// What a refused character is, for the catalogue: its kind (`bidi` or
/// `control`) and its code point (`202E`).
fn describe(c: char) -> (&'static str, String) {
    let kind = if is_bidi_control(c) {
        "bidi"
    } else {
        "control"
    };
    (kind, format!("{:04X}", u32::from(c)))
}

/// The problems of the file `path` (full text `text`) with its texts: every value
/// of its TOML part (`front`, a byte range of `text`) and its Markdown body (`body`,
/// when it has one). One diagnostic per value at most, located at the value.
pub fn check_file(
    path: &Path,
    text: &str,
    front: Range<usize>,
    body: Option<Range<usize>>,
    lang: Language,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(front_text) = text.get(front.clone()) {
        // A refused character can only be in a value written with an escape (`\e`,
        // `\u001B`), or raw when TOML allows it (C1 controls, bidi controls): the
        // parse is needed only then.
        let suspect = front_text
            .chars()
            .any(|c| c == '\\' || (forbidden(c) && c != '\r'));
        if suspect {
            if let Ok(table) = DeTable::parse(front_text) {
                walk_table(table.get_ref(), &mut |key, value, span| {
                    if let Some(c) = first_forbidden(value) {
                        let (kind, code) = describe(c);
                        let span = front.start + span.start..front.start + span.end;
                        let message = t!(
                            lang,
                            "text-forbidden-in-value",
                            key = key,
                            kind = kind,
                            code = code
                        );
                        out.push(
                            Diagnostic::at_span(path, text, span, message)
                                .with_code("forbidden-character"),
                        );
                    }
                });
            }
        }
    }
    // The table's keys come in name order: the file's order reads better.
    out.sort_by_key(|d| (d.location.line, d.location.column));
    if let Some(body) = body {
        if let Some(d) = check_body(path, text, body, lang) {
            out.push(d);
        }
    }
    out
}

/// The problem of a Markdown body (`body`, a byte range of `text`): too long, or
/// holding a refused character.
fn check_body(path: &Path, text: &str, body: Range<usize>, lang: Language) -> Option<Diagnostic> {
    let len = body.len();
    if len > MAX_BODY_BYTES {
        let max = MAX_BODY_BYTES / 1024;
        let kb = len / 1024;
        // Point at the line where the limit is crossed.
        let mut at = (body.start + MAX_BODY_BYTES).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let message = t!(lang, "text-too-long", kb = kb, max = max);
        return Some(Diagnostic::at_span(path, text, at..at, message).with_code("text-too-long"));
    }
    let body_text = text.get(body.clone())?;
    let (i, c) = body_text
        .char_indices()
        .find(|(_, c)| forbidden_in_body(*c))?;
    let (kind, code) = describe(c);
    let at = body.start + i;
    let message = t!(lang, "text-forbidden-in-body", kind = kind, code = code);
    Some(
        Diagnostic::at_span(path, text, at..at + c.len_utf8(), message)
            .with_code("forbidden-character"),
    )
}

/// Calls `each(key, text, span)` for every key and string of `table` (spans
/// relative to the parsed text); `key` is the key a string is the value of (or
/// is in the array of).
fn walk_table(table: &DeTable<'_>, each: &mut dyn FnMut(&str, &str, Range<usize>)) {
    for (key, value) in table.iter() {
        each(key.get_ref(), key.get_ref(), key.span());
        walk_value(key.get_ref(), value, each);
    }
}

fn walk_value(
    key: &str,
    value: &Spanned<DeValue<'_>>,
    each: &mut dyn FnMut(&str, &str, Range<usize>),
) {
    match value.get_ref() {
        DeValue::String(s) => each(key, s, value.span()),
        DeValue::Array(items) => {
            for item in items.iter() {
                walk_value(key, item, each);
            }
        }
        DeValue::Table(table) => walk_table(table, each),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<Diagnostic> {
        let end = text.rfind("+++").unwrap_or(text.len());
        check_file(
            Path::new("x.md"),
            text,
            4..end,
            Some(end + 4..text.len()),
            Language::Fr,
        )
    }

    #[test]
    fn control_and_bidi_characters_are_located_in_values() {
        let text = "+++\ntitle = \"Stage \\u001B[31m\"\nplace = \"ok\"\ntags = [\"a\", \"b\\u202Ec\"]\n+++\nTexte\n";
        let d = check(text);
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].code, "forbidden-character");
        assert_eq!(
            (d[0].location.line, d[0].location.column),
            (Some(2), Some(9))
        );
        assert!(d[0].message.contains("U+001B"), "{}", d[0].message);
        assert!(d[0].message.contains("`title`"), "{}", d[0].message);
        assert_eq!(
            (d[1].location.line, d[1].location.column),
            (Some(4), Some(14))
        );
        assert!(d[1].message.contains("U+202E"), "{}", d[1].message);
        // Raw C1 control and raw isolate, allowed by TOML, refused here.
        let text = "+++\nname = \"a\u{85}b\"\nrole = \"x\u{2067}y\"\n+++\n";
        assert_eq!(check(text).len(), 2);
    }

    #[test]
    fn tabs_line_ends_and_ordinary_unicode_are_allowed() {
        let text = "+++\r\ntitle = \"Été\\tà \\\"Lyon\\\" \\n ☀\u{FE0F} עִבְרִית \u{200F}\"\r\n+++\r\nUn\ttexte\r\nsur deux lignes, \u{2067}שלום\u{2069}.\r\n";
        assert!(check(text).is_empty(), "{:?}", check(text));
    }

    #[test]
    fn control_characters_in_the_body_are_located() {
        let text = "+++\ntitle = \"a\"\n+++\nUne ligne\net un \u{1B}[2J ici\n";
        let d = check(text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            (d[0].location.line, d[0].location.column),
            (Some(5), Some(7))
        );
    }

    #[test]
    fn a_body_over_the_limit_is_refused_at_the_line_that_crosses_it() {
        let line = "x".repeat(99) + "\n";
        let text = format!("+++\ntitle = \"a\"\n+++\n{}", line.repeat(11_000));
        let d = check(&text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, "text-too-long");
        let expected = 4 + MAX_BODY_BYTES / 100;
        assert_eq!(d[0].location.line, Some(expected), "{}", d[0]);
        let ok = format!("+++\ntitle = \"a\"\n+++\n{}", line.repeat(10_000));
        assert!(check(&ok).is_empty());
    }

    #[test]
    fn noncharacters_are_refused() {
        assert!(forbidden('\u{FFFE}'));
        assert!(forbidden('\u{1FFFF}'));
        assert!(forbidden('\u{FDD0}'));
        assert!(!forbidden('\u{FFFD}'));
        assert!(forbidden('\u{0}'));
        assert!(forbidden('\u{7F}'));
        assert!(forbidden('\u{9B}'));
        assert!(!forbidden('\n'));
        assert!(!forbidden_in_body('\u{202E}'));
    }
}
