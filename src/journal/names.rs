//! Rules for the names of a journal's files and folders, which become addresses
//! and must mean the same thing on every computer the journal travels to:
//!
//! - a name is compared in Unicode NFC form: `café` typed on Linux (NFC) and the
//!   same name saved by macOS (NFD, `e` + combining accent) are one name;
//! - a name may not hold invisible or direction-changing characters (zero-width
//!   spaces, bidi overrides, controls): they make two different names look the
//!   same, or a name look like another (`photo` U+202E `gpj.exe`);
//! - two names of one folder may not differ only by case (`Café.jpg` and
//!   `café.jpg`): on macOS and Windows they are one file;
//! - an address (slug) is at most [`MAX_SLUG_BYTES`] long, and a file name at most
//!   [`MAX_NAME_BYTES`]: file systems refuse longer names.

use std::borrow::Cow;
use std::path::Path;

use super::Language;
use crate::t;

use unicode_normalization::{is_nfc, UnicodeNormalization};

/// Longest file or folder name most file systems accept, in bytes.
pub const MAX_NAME_BYTES: usize = 255;

/// Longest address made from a name, in bytes: it becomes a folder of the output.
pub const MAX_SLUG_BYTES: usize = 200;

/// `name` in Unicode NFC form.
pub fn nfc(name: &str) -> Cow<'_, str> {
    if is_nfc(name) {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfc().collect())
    }
}

/// The form two names of one folder must not share: NFC, lowercase.
pub fn folded(name: &str) -> String {
    nfc(name).to_lowercase()
}

/// Why `name` (a file or folder name, or a path written in front matter) cannot
/// be used, if it cannot.
pub fn problem(name: &str, lang: Language) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    let found = chars.iter().enumerate().find(|(i, c)| {
        is_invisible(**c)
            && !(joins_script(**c) && i.checked_sub(1).is_some_and(|p| !chars[p].is_ascii()))
    });
    if let Some((i, c)) = found {
        let (name, code) = (
            name.escape_debug().to_string(),
            format!("{:04X}", u32::from(*c)),
        );
        let at = (i + 1).to_string();
        return Some(t!(
            lang,
            "name-invisible-character",
            name = name,
            code = code,
            at = at
        ));
    }
    None
}

/// Whether `path`, below the folder `base` of the journal whose canonical path is
/// `canonical_root`, stays inside the journal: a path that holds no symbolic link
/// below `base` does; one that holds a link must resolve inside the journal. (The
/// loader walked `base` itself, refusing any link on the way that leads out; a
/// writer checks from the journal's root.) Only a path holding a link is
/// resolved, which keeps big journals fast.
pub fn stays_inside(canonical_root: &Path, base: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let mut walked = base.to_path_buf();
    let has_link = rel.components().any(|part| {
        walked.push(part);
        std::fs::symlink_metadata(&walked).is_ok_and(|m| m.file_type().is_symlink())
    });
    !has_link || std::fs::canonicalize(path).is_ok_and(|c| c.starts_with(canonical_root))
}

/// Characters that scripts and emoji need between two of their characters: the
/// zero-width joiner and non-joiner (Persian, Indic scripts, emoji sequences) and
/// the variation selectors (emoji). Allowed after a character that is not ASCII.
fn joins_script(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
}

/// Control characters, zero-width characters, bidirectional overrides and
/// isolates, and other invisible formatting characters.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_and_nfd_are_one_name() {
        let nfd = "cafe\u{301}.jpg";
        assert_ne!(nfd, "café.jpg");
        assert_eq!(nfc(nfd), "café.jpg");
        assert_eq!(folded("Café.JPG"), folded(nfd));
    }

    #[test]
    fn invisible_and_bidi_characters_are_refused() {
        for name in [
            "stage\u{200B}",
            "photo\u{202E}gpj.jpg",
            "a\u{2066}b",
            "tab\there",
            "\u{FEFF}x",
            "sta\u{200C}ge",
        ] {
            let p = problem(name, Language::En).unwrap_or_else(|| panic!("{name:?} accepted"));
            assert!(p.contains("U+"), "{p}");
        }
        for name in [
            "Café du port",
            "2021-03-30 stage",
            "été ☀\u{FE0F}.jpg",
            "日本語",
            // Persian: a zero-width non-joiner inside a word.
            "می\u{200C}خواهم",
            // An emoji sequence joined by zero-width joiners.
            "famille \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
        ] {
            assert_eq!(problem(name, Language::Fr), None, "{name}");
        }
    }
}
