//! Where the passphrases of sealed sites come from, and how they map to sites.
//!
//! Two sources, both outside the journal, read together:
//!
//! - a passphrase file (`--passphrase-file FILE`), one `site = passphrase` line
//!   each, several lines for one site (one per adviser, say); blank lines and lines
//!   starting with `#` are skipped:
//!
//!   ```text
//!   community/garantie-jeunes = une phrase pour Nelly
//!   community/garantie-jeunes = une autre pour Paul
//!   referent/nelly = la phrase de Nelly
//!   ```
//!
//! - environment variables `CARNET_PASSPHRASE_<SITE>`, the site's folder in capitals
//!   with `/` and `-` as `_` (`CARNET_PASSPHRASE_COMMUNITY_GARANTIE_JEUNES`), one
//!   passphrase per line of the value.
//!
//! This module refuses a passphrase file inside the journal (it would be published
//! with it, or shared with the learner), a line or variable naming no sealed site
//! (a typo must not leave a site sealed with fewer passphrases than meant), and a
//! passphrase shorter than [`MIN_CHARS`] characters. It must never put a passphrase
//! in an error message or a `Debug` output.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::journal::Language;
use crate::t;

/// The shortest passphrase accepted, in characters.
pub const MIN_CHARS: usize = 12;

/// Prefix of the environment variables holding passphrases.
pub const ENV_PREFIX: &str = "CARNET_PASSPHRASE_";

/// The passphrases of each sealed site (`community/<group>`, `referent/<slug>`).
#[derive(Default, Clone)]
pub struct Passphrases {
    by_site: BTreeMap<String, Vec<String>>,
}

impl fmt::Debug for Passphrases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Counts only: a passphrase never reaches a log.
        let counts: BTreeMap<&str, usize> = self
            .by_site
            .iter()
            .map(|(s, p)| (s.as_str(), p.len()))
            .collect();
        f.debug_struct("Passphrases")
            .field("count", &counts)
            .finish()
    }
}

/// The environment variable holding the passphrases of `site` (`community/a-b` →
/// `CARNET_PASSPHRASE_COMMUNITY_A_B`).
pub fn env_name(site: &str) -> String {
    let upper: String = site
        .chars()
        .map(|c| match c {
            '/' | '-' | '.' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect();
    format!("{ENV_PREFIX}{upper}")
}

impl Passphrases {
    /// The passphrases of `site`, in the order given.
    pub fn of(&self, site: &str) -> &[String] {
        self.by_site.get(site).map_or(&[], Vec::as_slice)
    }

    /// Reads the passphrases for the sealed sites `protected` (of all the journal's
    /// sites `sites`) from `file` (refused inside `journal`) and the environment
    /// (`vars`, as `std::env::vars_os` gives them). Fails on the first problem, or
    /// when a protected site has no passphrase (naming `config`, the `carnet.toml`).
    pub fn gather(
        file: Option<&Path>,
        vars: impl IntoIterator<Item = (std::ffi::OsString, std::ffi::OsString)>,
        journal: &Path,
        config: &Path,
        protected: &[String],
        sites: &[String],
        lang: Language,
    ) -> Result<Passphrases> {
        let mut found = Passphrases::default();
        if let Some(file) = file {
            check_outside(file, journal, lang)?;
            let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
            found.read_file(file, &text, protected, sites, lang)?;
        }
        found.read_env(vars, protected, lang)?;
        for site in protected {
            if found.of(site).is_empty() {
                let var = env_name(site);
                return Err(Error::Passphrase {
                    path: config.to_path_buf(),
                    line: None,
                    message: t!(
                        lang,
                        "seal-passphrase-missing",
                        site = site.as_str(),
                        var = var
                    ),
                });
            }
        }
        Ok(found)
    }

    /// Reads `site = passphrase` lines.
    fn read_file(
        &mut self,
        file: &Path,
        text: &str,
        protected: &[String],
        sites: &[String],
        lang: Language,
    ) -> Result<()> {
        let error = |line: usize, message: String| Error::Passphrase {
            path: file.to_path_buf(),
            line: Some(line),
            message,
        };
        // A byte-order mark, as some editors write, is not part of the first site.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((site, passphrase)) = line.split_once('=') else {
                return Err(error(
                    i + 1,
                    t!(lang, "seal-passphrase-line-without-equals"),
                ));
            };
            let site = site.trim().trim_end_matches('/');
            let passphrase = passphrase.trim();
            if !protected.iter().any(|p| p == site) {
                let message = if sites.iter().any(|s| s == site) {
                    t!(lang, "seal-passphrase-site-not-protected", site = site)
                } else {
                    let known = protected.join(", ");
                    t!(
                        lang,
                        "seal-passphrase-unknown-site",
                        site = site,
                        known = known
                    )
                };
                return Err(error(i + 1, message));
            }
            self.add(site, passphrase, lang)
                .map_err(|message| error(i + 1, message))?;
        }
        Ok(())
    }

    /// Reads `CARNET_PASSPHRASE_<SITE>` variables.
    fn read_env(
        &mut self,
        vars: impl IntoIterator<Item = (std::ffi::OsString, std::ffi::OsString)>,
        protected: &[String],
        lang: Language,
    ) -> Result<()> {
        let by_name: BTreeMap<String, &String> =
            protected.iter().map(|s| (env_name(s), s)).collect();
        for (name, value) in vars {
            let Some(name) = name.to_str() else { continue };
            if !name.starts_with(ENV_PREFIX) {
                continue;
            }
            let env_error = |message: String| Error::Passphrase {
                path: PathBuf::from(format!("${name}")),
                line: None,
                message,
            };
            let Some(site) = by_name.get(name) else {
                let known: Vec<&str> = by_name.keys().map(String::as_str).collect();
                let known = known.join(", ");
                return Err(env_error(t!(
                    lang,
                    "seal-passphrase-unknown-variable",
                    known = known
                )));
            };
            let Some(value) = value.to_str() else {
                return Err(env_error(t!(lang, "seal-passphrase-not-utf8")));
            };
            for passphrase in value.lines().map(str::trim).filter(|l| !l.is_empty()) {
                self.add(site, passphrase, lang).map_err(env_error)?;
            }
        }
        Ok(())
    }

    /// Adds one passphrase of `site`, if long enough (the same one twice counts once).
    fn add(&mut self, site: &str, passphrase: &str, lang: Language) -> Result<(), String> {
        let chars = passphrase.chars().count();
        if chars < MIN_CHARS {
            return Err(t!(
                lang,
                "seal-passphrase-too-short",
                site = site,
                chars = chars,
                min = MIN_CHARS
            ));
        }
        let list = self.by_site.entry(site.to_string()).or_default();
        if !list.iter().any(|p| p == passphrase) {
            list.push(passphrase.to_string());
        }
        Ok(())
    }
}

/// Refuses a passphrase file inside the journal folder.
fn check_outside(file: &Path, journal: &Path, lang: Language) -> Result<()> {
    let canonical = |p: &Path| std::fs::canonicalize(p).map_err(|e| Error::io(p, e));
    let (file_abs, journal_abs) = (canonical(file)?, canonical(journal)?);
    if file_abs.starts_with(&journal_abs) {
        return Err(Error::Passphrase {
            path: file.to_path_buf(),
            line: None,
            message: t!(lang, "seal-passphrase-file-inside"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sites() -> (Vec<String>, Vec<String>) {
        (
            vec!["community/gj".into()],
            vec![
                "public".into(),
                "community/gj".into(),
                "referent/nelly".into(),
            ],
        )
    }

    fn read(text: &str) -> Result<Passphrases> {
        let (protected, sites) = sites();
        let mut p = Passphrases::default();
        p.read_file(Path::new("p.txt"), text, &protected, &sites, Language::En)?;
        Ok(p)
    }

    #[test]
    fn several_lines_give_several_passphrases() {
        let p = read("# comment\n\ncommunity/gj = first long passphrase\ncommunity/gj=second long passphrase\n")
            .expect("reads");
        assert_eq!(p.of("community/gj").len(), 2);
    }

    #[test]
    fn windows_line_ends_and_a_byte_order_mark_are_read() {
        let p = read("\u{feff}community/gj = first long passphrase\r\ncommunity/gj = second long passphrase\r\n")
            .expect("reads");
        assert_eq!(
            p.of("community/gj"),
            ["first long passphrase", "second long passphrase"]
        );
    }

    #[test]
    fn errors_name_the_line_and_never_the_passphrase() {
        let err = read("community/gj = a good passphrase\nreferent/nelly = secret-words-here\n")
            .expect_err("not protected");
        let text = err.to_string();
        assert!(text.starts_with("p.txt:2: "), "{text}");
        assert!(text.contains("not protected"), "{text}");
        assert!(!text.contains("secret-words-here"), "{text}");
        let err = read("community/gj = short1\n").expect_err("too short");
        assert!(!err.to_string().contains("short1"), "{err}");
        let err = read("communty/gj = long enough passphrase\n").expect_err("typo");
        assert!(err.to_string().contains("communty/gj"), "{err}");
    }

    #[test]
    fn environment_variables_name_their_site() {
        assert_eq!(
            env_name("community/garantie-jeunes"),
            "CARNET_PASSPHRASE_COMMUNITY_GARANTIE_JEUNES"
        );
        let (protected, _) = sites();
        let mut p = Passphrases::default();
        let vars = vec![(
            "CARNET_PASSPHRASE_COMMUNITY_GJ".into(),
            "one long passphrase\nanother long passphrase\n".into(),
        )];
        p.read_env(vars, &protected, Language::En).expect("reads");
        assert_eq!(p.of("community/gj").len(), 2);
        let vars = vec![(
            "CARNET_PASSPHRASE_COMMUNITY_GX".into(),
            "one long passphrase".into(),
        )];
        assert!(p.read_env(vars, &protected, Language::En).is_err());
    }

    #[test]
    fn debug_shows_counts_only() {
        let p = read("community/gj = a good passphrase\n").expect("reads");
        let shown = format!("{p:?}");
        assert!(!shown.contains("good"), "{shown}");
    }
}
