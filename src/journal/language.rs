//! The language a journal's messages are written in: read from `carnet.toml` even
//! when that file has errors (so its own errors are in the right language), French
//! by default; and counted nouns with each language's plural rule.

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

    /// `n` and its noun, with the language's plural rule: in French 0 and 1 take
    /// the singular (« 0 erreur », « 1 erreur », « 2 erreurs »), in English only 1
    /// does (« 0 errors », « 1 error »).
    pub fn count(self, n: usize, fr: (&str, &str), en: (&str, &str)) -> String {
        let noun = match self {
            Language::Fr if n <= 1 => fr.0,
            Language::Fr => fr.1,
            Language::En if n == 1 => en.0,
            Language::En => en.1,
        };
        format!("{n} {noun}")
    }

    /// Picks the French or the English text.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Language::Fr => fr,
            Language::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_counts_zero_and_one_in_the_singular() {
        let n = |n, lang: Language| lang.count(n, ("erreur", "erreurs"), ("error", "errors"));
        assert_eq!(n(0, Language::Fr), "0 erreur");
        assert_eq!(n(1, Language::Fr), "1 erreur");
        assert_eq!(n(2, Language::Fr), "2 erreurs");
        assert_eq!(n(0, Language::En), "0 errors");
        assert_eq!(n(1, Language::En), "1 error");
        assert_eq!(n(3, Language::En), "3 errors");
    }

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
