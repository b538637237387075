//! Front matter: any text is split at its `+++` lines and parsed as TOML; every
//! error becomes a located diagnostic, rendered with a caret as the CLI shows it.
//! Nothing may panic, whatever the bytes, line endings or spans.

#![no_main]

use std::path::Path;

use carnet::journal::frontmatter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("learners/ana/experiences/x/index.md");
    match frontmatter::split(path, &text) {
        Ok(split) => {
            assert!(split.front_offset <= text.len());
            match frontmatter::parse::<toml::Table>(path, &text, &split) {
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
});
