//! Journal loading: a journal whose files (carnet.toml, a profile, two experiences,
//! skills.toml, a story: the input cut at NUL bytes) hold any text is loaded,
//! checked, viewed for every audience, rendered and scanned by the leak check.
//! Nothing may panic (every problem is an error naming its file), and a journal
//! that builds never trips the leak check.

#![no_main]

use std::fs;

use carnet::audience::{self, Audience};
use carnet::build::{prepare, render::render_site};
use carnet::journal;
use libfuzzer_sys::fuzz_target;

/// The files an input is cut into, in order, at each NUL byte.
const FILES: [&str; 6] = [
    "carnet.toml",
    "learners/ana/profile.md",
    "learners/ana/experiences/2021-01-01-a/index.md",
    "skills.toml",
    "learners/ana/experiences/2021-01-02-b/index.md",
    "learners/ana/stories/recit.md",
];

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let root = dir.path();
    for (rel, bytes) in FILES.iter().zip(data.split(|b| *b == 0)) {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, bytes).expect("write");
    }
    let (loaded, diagnostics) = journal::load(root);
    for d in &diagnostics {
        let _ = d.render(false);
    }
    if let Some(j) = &loaded {
        let _ = carnet::check::check(j);
        for a in Audience::all(j) {
            let _ = audience::view(j, &a);
        }
        let _ = audience::evidence(j);
    }
    if let Ok(prepared) = prepare(root, None) {
        for view in &prepared.views {
            if let Ok(site) = render_site(&prepared, view) {
                if let Some(leak) = &prepared.leak {
                    let check = leak.check(&prepared.evidence);
                    // A journal that builds never trips the leak check.
                    if let Err(e) =
                        check.scan_site(&prepared.evidence, view, &site, &prepared.theme)
                    {
                        panic!("{e}");
                    }
                }
            }
        }
    }
});
