//! The language a journal's messages are written in: read from `carnet.toml` even
//! when that file has errors (so its own errors are in the right language), French
//! by default (counted nouns and every other message: the Fluent catalogues, `crate::i18n`).

use std::path::Path;

use super::Language;

impl Language {
    /// The `language` of the journal at `root`, read leniently: French when
    /// `carnet.toml` is missing, unreadable, not TOML, or says nothing usable.
    pub fn of_journal(root: &Path) -> Language {
        std::fs::read_to_string(root.join("carnet.toml"))
            .map_or(Language::Fr, |text| Language::of_config(&text))
    }

    /// The `language` written in the text of a `carnet.toml`, French by default.
    /// A file that is not valid TOML is searched line by line for `language = "en"`.
    pub fn of_config(text: &str) -> Language {
        let value = match text.parse::<toml::Table>() {
            Ok(table) => table
                .get("language")
                .and_then(|v| v.as_str())
                .map(str::to_owned),
            Err(_) => text.lines().find_map(|line| {
                let (key, value) = line.split_once('=')?;
                (key.trim() == "language").then(|| value.trim().trim_matches('"').to_owned())
            }),
        };
        match value.as_deref() {
            Some("en") => Language::En,
            _ => Language::Fr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_found_even_in_a_broken_config() {
        assert_eq!(
            Language::of_config("title = \"T\"\nlanguage = \"en\"\n"),
            Language::En
        );
        assert_eq!(
            Language::of_config("title = \"T\nlanguage = \"en\"\n"),
            Language::En
        );
        assert_eq!(Language::of_config("title = \"T\"\n"), Language::Fr);
        assert_eq!(Language::of_config("language = \"de\"\n"), Language::Fr);
    }
}
