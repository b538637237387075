//! Front matter: any text is split at its `+++` lines and parsed as TOML; every
//! error becomes a located diagnostic, rendered with a caret as the CLI shows it.
//! Nothing may panic, whatever the bytes, line endings or spans.

#![no_main]

use std::path::Path;

use carnet::journal::{frontmatter, Language};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Messages in both languages: neither may panic.
    for lang in [Language::Fr, Language::En] {
        check(data, lang);
    }
});

fn check(data: &[u8], lang: Language) {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("learners/ana/experiences/x/index.md");
    match frontmatter::split(path, &text, lang) {
        Ok(split) => {
            assert!(split.front_offset <= text.len());
            match frontmatter::parse::<toml::Table>(path, &text, &split, lang) {
                Ok(_) => {}
                Err(d) => {
                    let _ = d.render(false);
                    let _ = d.render(true);
                }
            }
        }
        Err(d) => {
            let _ = d.render(false);
        }
    }
}
