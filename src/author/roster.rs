//! A roster as a spreadsheet exports it (`carnet add learners eleves.csv`): one
//! learner a line, first name, last name, group. The header line is optional (with
//! it, the columns may come in any order: `Nom;Prénom;Groupe`); the separator is
//! `;` (French spreadsheets), `,` or a tab, whichever the first line uses most; the
//! text is UTF-8 (with or without a BOM), UTF-16 with a BOM, or else Windows-1252
//! (what Excel writes for « CSV (séparateur : point-virgule) »). A group is named by
//! its id or by its name. Empty lines are skipped.
//!
//! Every line is checked before anything is written, and every wrong line is
//! reported, located in the file: an empty first name, a name too long or holding
//! a control character, an unknown group, a learner twice in the file or already in
//! the journal. One wrong line and nothing is written.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::journal::slug::slugify;
use crate::journal::{names, Language};
use crate::t;

use super::people::{self, AddError, AddedLearner, NewLearner};

/// Largest roster file, in bytes (1 MiB: thousands of lines).
const MAX_ROSTER_BYTES: usize = 1024 * 1024;

/// Why a roster was not imported. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    /// Lines of the roster are wrong (each located).
    // i18n-exempt: technical form; `carnet add learners` shows each line's diagnostic
    #[error("{} wrong line(s)", .0.len())]
    Lines(Vec<Diagnostic>),
    /// The journal, the `--group` or the `--referent` is wrong.
    #[error(transparent)]
    Add(#[from] AddError),
}

/// What applies to every line: the group of lines that name none, the referent.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    /// The group of a line whose group cell is empty (a slug or a name).
    pub group: Option<String>,
    /// The referent of every learner (a slug or a name).
    pub referent: Option<String>,
}

/// The text of a roster file: without its BOM, from UTF-8, UTF-16 or Windows-1252,
/// its line ends made `\n` (so that lines are counted as an editor counts them).
pub fn decode(bytes: &[u8]) -> String {
    decode_text(bytes).replace("\r\n", "\n").replace('\r', "\n")
}

fn decode_text(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (text, _, _) = encoding_rs::UTF_16LE.decode(bytes);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The separator the first line uses most, outside quotes: `;`, `,` or a tab.
fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let seps = [b';', b',', b'\t'];
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    if counts[best] == 0 {
        b';'
    } else {
        seps[best]
    }
}

/// Which column holds what.
#[derive(Debug, Clone, Copy)]
struct Columns {
    first: usize,
    last: Option<usize>,
    group: Option<usize>,
}

/// The columns a header line names, if the line is a header.
fn header(cells: &[String]) -> Option<Columns> {
    let find = |words: &[&str]| {
        cells
            .iter()
            .position(|c| words.contains(&slugify(c).as_str()))
    };
    let first = find(&[
        "prenom",
        "prenoms",
        "first-name",
        "firstname",
        "first",
        "given-name",
    ]);
    let last = find(&[
        "nom",
        "nom-de-famille",
        "last-name",
        "lastname",
        "surname",
        "family-name",
        "name",
    ]);
    let group = find(&["groupe", "groupes", "group", "groups"]);
    if first.is_none() && last.is_none() && group.is_none() {
        return None;
    }
    Some(Columns {
        first: first.or(last.map(|_| usize::MAX))?,
        last,
        group,
    })
}

/// One line of the roster, read.
#[derive(Debug)]
struct Line {
    number: usize,
    first: String,
    last: String,
    group: String,
}

/// Reads the roster at `path` and adds its learners to the journal at `root`, all
/// of them or none.
pub fn import(
    root: &Path,
    path: &Path,
    defaults: &Defaults,
    lang: Language,
) -> Result<Vec<AddedLearner>, RosterError> {
    let programme = people::programme(root, lang)?;
    let group = match &defaults.group {
        Some(g) => Some(
            programme
                .group(g)
                .map(str::to_string)
                .ok_or_else(|| programme.unknown_group(g))?,
        ),
        None => None,
    };
    let referent = match &defaults.referent {
        Some(r) => Some(
            programme
                .referent(r)
                .map(str::to_string)
                .ok_or_else(|| programme.unknown_referent(r))?,
        ),
        None => None,
    };
    let bytes = std::fs::read(path).map_err(|e| {
        let reason = crate::error::io_reason(&e, lang);
        RosterError::Lines(vec![Diagnostic::new(
            path,
            t!(lang, "roster-unreadable", error = reason),
        )
        .with_code("unreadable")])
    })?;
    if bytes.len() > MAX_ROSTER_BYTES {
        let (shown, kb) = (path.display().to_string(), bytes.len() / 1024);
        return Err(RosterError::Lines(vec![Diagnostic::new(
            path,
            t!(lang, "roster-too-long", path = shown, kb = kb),
        )
        .with_code("text-too-long")]));
    }
    let text = decode(&bytes);
    let (lines, mut diags) = read_lines(path, &text, lang);
    let mut learners = Vec::new();
    for line in &lines {
        let groups = if line.group.trim().is_empty() {
            group.clone().into_iter().collect()
        } else {
            match programme.group(&line.group) {
                Some(g) => vec![g.to_string()],
                None => {
                    let e = programme.unknown_group(&line.group);
                    let mut d = at(path, &text, line.number, e.message(lang), "unknown-id");
                    if let Some(help) = e.help(lang) {
                        d = d.with_help(help);
                    }
                    diags.push(d);
                    Vec::new()
                }
            }
        };
        learners.push(NewLearner {
            first: line.first.trim().to_string(),
            last: line.last.trim().to_string(),
            groups,
            referent: referent.clone(),
        });
    }
    // Names: each one's own problems, then twice in the file, or already there.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, learner) in lines.iter().zip(&learners) {
        let checks = [
            people::check_name(&learner.first, &t!(lang, "roster-first-name"), true, lang),
            people::check_name(&learner.last, &t!(lang, "roster-last-name"), false, lang),
        ];
        if let Some((code, message)) = checks.into_iter().find_map(Result::err) {
            diags.push(at(path, &text, line.number, message, code));
            continue;
        }
        let name = learner.name();
        let folded = names::folded(&name);
        if let Some(before) = seen.get(&folded) {
            diags.push(
                at(
                    path,
                    &text,
                    line.number,
                    t!(
                        lang,
                        "roster-duplicate-line",
                        name = name.as_str(),
                        before = (*before)
                    ),
                    "duplicate-learner",
                )
                .with_help(t!(lang, "roster-duplicate-line-help")),
            );
            continue;
        }
        seen.insert(folded.clone(), line.number);
        if let Some((folder, _)) = programme
            .learners
            .iter()
            .find(|(_, n)| names::folded(n) == folded)
        {
            diags.push(
                at(
                    path,
                    &text,
                    line.number,
                    t!(
                        lang,
                        "roster-already-there",
                        name = name.as_str(),
                        folder = folder.as_str()
                    ),
                    "duplicate-learner",
                )
                .with_help(t!(lang, "roster-already-there-help")),
            );
        }
    }
    if lines.is_empty() && diags.is_empty() {
        diags.push(
            Diagnostic::new(path, t!(lang, "roster-empty"))
                .with_code("empty-name")
                .with_help(t!(lang, "roster-empty-help")),
        );
    }
    if !diags.is_empty() {
        return Err(RosterError::Lines(diags));
    }
    Ok(people::add_learners(root, &learners, lang)?)
}

/// An error at line `number` of the roster.
fn at(path: &Path, text: &str, number: usize, message: String, code: &'static str) -> Diagnostic {
    Diagnostic::at_line(path, text, number, 1, message).with_code(code)
}

/// The learners' lines of the roster, and what is wrong with its shape.
fn read_lines(path: &Path, text: &str, lang: Language) -> (Vec<Line>, Vec<Diagnostic>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Vec::new();
    let mut diags = Vec::new();
    let mut columns: Option<Columns> = None;
    let mut first_record = true;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let number = e.position().map_or(1, |p| p.line() as usize);
                diags.push(at(
                    path,
                    text,
                    number,
                    t!(lang, "roster-unreadable-line", detail = e.to_string()),
                    "roster-syntax",
                ));
                continue;
            }
        };
        let number = record.position().map_or(1, |p| p.line() as usize);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if first_record {
            first_record = false;
            if let Some(found) = header(&cells) {
                if found.first == usize::MAX {
                    diags.push(
                        at(
                            path,
                            text,
                            number,
                            t!(lang, "roster-no-first-name-column"),
                            "roster-syntax",
                        )
                        .with_help(t!(lang, "roster-no-first-name-column-help")),
                    );
                    return (lines, diags);
                }
                columns = Some(found);
                continue;
            }
        }
        let columns = columns.unwrap_or(Columns {
            first: 0,
            last: Some(1),
            group: Some(2),
        });
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).cloned().unwrap_or_default();
        lines.push(Line {
            number,
            first: cell(Some(columns.first)),
            last: cell(columns.last),
            group: cell(columns.group),
        });
    }
    (lines, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_and_bom_are_decoded() {
        assert_eq!(decode(b"\xEF\xBB\xBFL\xC3\xA9a"), "Léa");
        assert_eq!(decode(b"L\xE9a;In\xE8s"), "Léa;Inès");
        assert_eq!(decode("Léa".as_bytes()), "Léa");
        assert_eq!(decode(b"a;b\r\nc;d\re"), "a;b\nc;d\ne");
    }

    #[test]
    fn the_separator_is_the_one_the_first_line_uses() {
        assert_eq!(separator("Prénom;Nom;Groupe\n"), b';');
        assert_eq!(separator("Léa,Martin,gj\n"), b',');
        assert_eq!(separator("\"Martin, Léa\";gj\n"), b';');
        assert_eq!(separator("Léa\tMartin\n"), b'\t');
        assert_eq!(separator("Léa\n"), b';');
    }

    #[test]
    fn a_header_may_put_the_columns_in_any_order() {
        let cells: Vec<String> = ["Nom", "Prénom", "Groupe"].map(String::from).into();
        let c = header(&cells).expect("header");
        assert_eq!((c.first, c.last, c.group), (1, Some(0), Some(2)));
        let cells: Vec<String> = ["Léa", "Martin"].map(String::from).into();
        assert!(header(&cells).is_none());
    }
}
