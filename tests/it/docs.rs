//! The documentation a newcomer reads: every relative link of `README.md` and of
//! `docs/**/*.md` (Markdown links and `src="…"` of images) points to a file of the
//! repository; the README stays short and keeps its two commands as CI runs them.

use std::fs;
use std::path::{Path, PathBuf};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `README.md` and every Markdown file under `docs/`.
fn documents() -> Vec<PathBuf> {
    let mut out = vec![repo().join("README.md")];
    let mut folders = vec![repo().join("docs")];
    while let Some(dir) = folders.pop() {
        for entry in fs::read_dir(&dir).expect("read docs/") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The targets of `](target)` and `src="target"` in `text`, outside code blocks.
fn targets(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        for (open, close) in [("](", ')'), ("src=\"", '"')] {
            let mut rest = line;
            while let Some(i) = rest.find(open) {
                rest = &rest[i + open.len()..];
                if let Some(end) = rest.find(close) {
                    out.push(rest[..end].to_string());
                    rest = &rest[end..];
                }
            }
        }
    }
    out
}

#[test]
fn every_relative_link_of_the_docs_points_to_a_file() {
    let docs = documents();
    assert!(docs.len() > 5, "{docs:?}");
    let mut broken = Vec::new();
    let mut checked = 0;
    for doc in &docs {
        let text = fs::read_to_string(doc).expect("read doc");
        for target in targets(&text) {
            let target = target.split_whitespace().next().unwrap_or_default();
            if target.is_empty()
                || target.starts_with('#')
                || target.contains("://")
                || target.starts_with("mailto:")
            {
                continue;
            }
            let file = target.split('#').next().unwrap_or_default();
            let resolved = doc.parent().expect("parent").join(file);
            checked += 1;
            if !resolved.exists() {
                broken.push(format!("{}: {target}", doc.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    assert!(
        checked > 20,
        "only {checked} links checked: is the parser right?"
    );
}

/// The check itself finds a broken link (a test that cannot fail proves nothing).
#[test]
fn the_link_check_finds_a_broken_link() {
    let text =
        "See [the guide](guide/nowhere.md) and <img src=\"x.png\">.\n```\n[not](a-link.md)\n```\n";
    assert_eq!(targets(text), ["guide/nowhere.md", "x.png"]);
}

#[test]
fn the_readme_fits_on_a_screen_and_keeps_its_two_commands() {
    let readme = fs::read_to_string(repo().join("README.md")).expect("README");
    let lines = readme.lines().count();
    assert!(lines < 200, "README.md has {lines} lines");
    for command in [
        "cargo run --release -- build example-journal   # builds the example; open example-journal/site/public/index.html",
        "cargo test --release                           # runs the whole test suite, browser checks included",
    ] {
        assert!(readme.contains(command), "README lost {command:?}");
    }
    for guide in ["docs/guide/conseiller.md", "docs/guide/jeune.md"] {
        assert!(readme.contains(guide), "README does not link {guide}");
    }
}
