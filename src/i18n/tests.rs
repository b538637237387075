//! The catalogues' own rules: both languages have the same keys and variables, and
//! no text a person reads is written outside them.

use std::path::{Path, PathBuf};

use super::*;

#[test]
fn french_and_english_have_the_same_keys_and_variables() {
    let french = catalogue(Language::Fr);
    let english = catalogue(Language::En);
    let only_french: Vec<_> = french
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    let only_english: Vec<_> = english
        .keys()
        .filter(|k| !french.contains_key(*k))
        .collect();
    assert!(
        only_french.is_empty() && only_english.is_empty(),
        "keys only in French: {only_french:?}; keys only in English: {only_english:?}"
    );
    let different: Vec<_> = french
        .iter()
        .filter(|(key, vars)| english[*key] != **vars)
        .map(|(key, vars)| format!("{key}: French {vars:?}, English {:?}", english[key]))
        .collect();
    assert!(different.is_empty(), "variables differ: {different:#?}");
}

#[test]
fn both_catalogues_parse_without_error() {
    for language in [Language::Fr, Language::En] {
        if let Err((_, errors)) = fluent::FluentResource::try_new(source(language)) {
            panic!("i18n/{}/carnet.ftl: {errors:#?}", language.code());
        }
    }
}

#[test]
fn a_message_is_looked_up_in_the_journal_language_with_its_variables() {
    assert_eq!(
        t!(Language::Fr, "count-errors", count = 0),
        "0 erreur",
        "French puts 0 in the singular"
    );
    assert_eq!(t!(Language::Fr, "count-errors", count = 2), "2 erreurs");
    assert_eq!(t!(Language::En, "count-errors", count = 0), "0 errors");
    assert_eq!(t!(Language::En, "count-errors", count = 1), "1 error");
    assert_eq!(
        message_with(Language::En, "count-errors", &[("count", 3.into())]),
        "3 errors"
    );
}

/// Where a person reads text carnet wrote: its sources and its theme's templates.
fn scanned_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join("src"))
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("themes")))
        .filter_map(Result::ok)
        .map(walkdir::DirEntry::into_path)
        .filter(|path| {
            matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("rs" | "html" | "js")
            )
        })
        .filter(|path| !path.starts_with(root.join("src/i18n")))
        .collect();
    files.sort();
    files
}

/// Text in a file that a person reads and that is not taken from the catalogues,
/// as `path:line: text`.
fn text_outside_the_catalogues(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let relative = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .display()
        .to_string();
    if relative.ends_with(".html") {
        return text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.contains(EXEMPT))
            .filter_map(|(i, line)| {
                template_offence(line).map(|o| format!("{relative}:{}: {o}", i + 1))
            })
            .collect();
    }
    if relative.ends_with(".js") {
        return text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.contains(EXEMPT))
            .filter_map(|(i, line)| {
                script_offence(line).map(|o| format!("{relative}:{}: {o}", i + 1))
            })
            .collect();
    }
    if relative.ends_with("/tests.rs") {
        return Vec::new();
    }
    // A file's unit tests come last.
    let code = text.split("\n#[cfg(test)]").next().unwrap_or_default();
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    let mut found: Vec<(usize, String)> = rust_offences(code)
        .into_iter()
        .map(|(at, offence)| (line_of(at), offence))
        .collect();
    for (index, line) in code.lines().enumerate() {
        let trimmed = line.trim_start();
        if !trimmed.starts_with("//") && trimmed.chars().any(|c| FRENCH_LETTERS.contains(c)) {
            found.push((index + 1, format!("French text: {}", trimmed.trim_end())));
        }
    }
    let lines: Vec<&str> = code.lines().collect();
    let exempt = |line: usize| {
        (line.saturating_sub(2)..line).any(|i| lines.get(i).is_some_and(|l| l.contains(EXEMPT)))
    };
    found.retain(|(line, _)| !exempt(*line));
    found.sort();
    found.dedup_by_key(|(line, _)| *line);
    found
        .into_iter()
        .map(|(line, offence)| format!("{relative}:{line}: {offence}"))
        .collect()
}

/// A line of a page's script that writes words itself: French letters outside a
/// comment, or words given to `textContent`, `innerText` or an `aria-label` (a
/// script takes its words from the page, which has them from the catalogue).
fn script_offence(line: &str) -> Option<String> {
    let code = line.trim();
    if code.starts_with("//") || code.starts_with('*') || code.starts_with("/*") {
        return None;
    }
    if code.chars().any(|c| FRENCH_LETTERS.contains(c)) {
        return Some(format!("French text: {code}"));
    }
    let speaks = ["textContent =", "innerText =", "\"aria-label\","]
        .iter()
        .any(|marker| code.contains(marker));
    let words = code.split(['"', '\'']).skip(1).step_by(2).any(has_words);
    (speaks && words).then(|| format!("words written by the script: {code}"))
}

/// A comment that exempts its own line and the next from the scan, with the reason:
/// `// i18n-exempt: a CSS class, not read by a person`.
const EXEMPT: &str = "i18n-exempt:";

/// Letters that only French text has.
const FRENCH_LETTERS: &str = "éèêàùçôîâœ«»ÉÀÇ";

/// Calls and arms that write text a person reads: the old ways of translating,
/// printing, error messages and diagnostics.
const SPEAKING: &[&str] = &[
    "tr!(",
    ".pick(",
    ".count(",
    "Language::Fr =>",
    "Language::En =>",
    "(true, ",
    "(false, ",
    "println!(",
    "eprintln!(",
    "print!(",
    "eprint!(",
    "#[error(",
    "Diagnostic::error(",
    "Diagnostic::warning(",
];

/// Each place in a file of Rust where a speaking call or arm is given words, as
/// (byte offset, what).
fn rust_offences(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for marker in SPEAKING {
        for (at, _) in code.match_indices(marker) {
            let line_start = code[..at].rfind('\n').map_or(0, |i| i + 1);
            if code[line_start..at].trim_start().starts_with("//") {
                continue;
            }
            let span = speaking_span(&code[at..], marker.ends_with('('));
            if literals(span).iter().any(|l| has_words(l)) {
                let first_line = span.lines().next().unwrap_or_default().trim();
                found.push((at, format!("`{}` with words: {first_line}", marker.trim())));
            }
        }
    }
    found
}

/// The text a marker governs: a call up to its closing parenthesis, an arm up to
/// the end of its line.
fn speaking_span(from: &str, is_call: bool) -> &str {
    if !is_call {
        return from.split('\n').next().unwrap_or_default();
    }
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in from.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &from[..=i];
                }
            }
            _ => {}
        }
    }
    from
}

/// Why a line of Rust writes text outside the catalogues, if it does.
#[cfg(test)]
fn rust_offence(line: &str) -> Option<String> {
    if line.chars().any(|c| FRENCH_LETTERS.contains(c)) {
        return Some(format!("French text: {}", line.trim()));
    }
    rust_offences(line).into_iter().next().map(|(_, what)| what)
}

/// Why a line of a template writes text outside the catalogues, if it does: any
/// run of words between tags and outside `{{ }}` and `{% %}`.
fn template_offence(line: &str) -> Option<String> {
    let mut outside = String::new();
    let mut rest = line;
    while !rest.is_empty() {
        let next = ["<", "{{", "{%", "{#"]
            .iter()
            .filter_map(|open| rest.find(open).map(|at| (at, *open)))
            .min();
        let Some((at, open)) = next else {
            outside.push_str(rest);
            break;
        };
        outside.push_str(&rest[..at]);
        outside.push(' ');
        let close = match open {
            "<" => ">",
            "{{" => "}}",
            "{%" => "%}",
            _ => "#}",
        };
        rest = match rest[at..].find(close) {
            Some(end) => &rest[at + end + close.len()..],
            None => "",
        };
    }
    has_words(&outside).then(|| format!("text in a template: {}", outside.trim()))
}

/// The string literals of a line of Rust (plain and raw), roughly: enough to find
/// text, not a Rust lexer.
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\'' {
            // skip a char literal such as '"'
            let rest = &line[at..];
            if rest.len() >= 3 && rest.as_bytes().get(2) == Some(&b'\'') {
                chars.next();
                chars.next();
            } else if rest.starts_with("'\\") {
                for (_, c) in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                }
            }
            continue;
        }
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some((_, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => break,
                c => literal.push(c),
            }
        }
        found.push(literal);
    }
    found
}

/// Whether a literal holds words a person reads: two words of letters, outside
/// format placeholders.
fn has_words(literal: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = i32::max(depth - 1, 0),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 2
}

#[test]
fn no_text_a_person_reads_is_written_outside_the_catalogues() {
    let mut found = Vec::new();
    for path in scanned_files() {
        found.extend(text_outside_the_catalogues(&path));
    }
    assert!(
        found.is_empty(),
        "{} lines write text outside i18n/*/carnet.ftl:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_text_written_the_old_ways() {
    assert!(rust_offence(r#"    let m = tr!(lang, "bonjour à toi", "hello to you");"#).is_some());
    assert!(rust_offence(r#"    eprintln!("could not read the file {path}");"#).is_some());
    assert!(rust_offence(r#"    #[error("the form's token is wrong")]"#).is_some());
    assert!(rust_offence(r#"    Language::En => "Skip to content","#).is_some());
    assert!(rust_offence(r#"    let x = "Déclaration d'accessibilité";"#).is_some());
    assert!(rust_offence(r#"    println!("{}", t!(lang, "summary-done"));"#).is_none());
    assert!(rust_offence(r#"    #[error("{0}")]"#).is_none());
    assert!(rust_offence(r#"    let class = "photo-grid large";"#).is_none());
    assert!(script_offence(r#"  close.textContent = "Close the viewer";"#).is_some());
    assert!(script_offence(r#"  var w = { prev: "Précédente" };"#).is_some());
    assert!(script_offence(r#"  close.textContent = words.close;"#).is_none());
    assert!(script_offence(r#"  // « équipe » and « Equipes » both give « equip »"#).is_none());
    assert!(template_offence(r#"<p>Aucun audit n'a été réalisé.</p>"#).is_some());
    assert!(template_offence(r#"<h2>{{ t.skills }}</h2>"#).is_none());
    assert!(
        template_offence(r#"{% if x %}<a href="{{ url }}">{{ t.home }}</a>{% endif %}"#).is_none()
    );
}
