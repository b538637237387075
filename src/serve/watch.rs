//! Watching the journal for changes (`notify`, with `notify-debouncer-full`).
//!
//! Only what a build reads counts: `carnet.toml`, `skills.toml`, and what is under
//! `learners/`, `professionals/`, `contributions/` and `themes/`. The output folder, an image cache kept beside the
//! journal, version control folders, hidden files and editors' swap and backup
//! files are ignored, so saving in vim or a build of the sites does not set off a
//! preview build. Events are debounced, and the builder serves every request
//! waiting when it starts with one build, so a burst gives one rebuild.

use std::path::{Component, Path};
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

/// How long the journal must be quiet before a build starts.
pub const DEBOUNCE: Duration = Duration::from_millis(60);

/// A running watcher; dropping it stops watching.
pub struct Watcher {
    _debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
}

/// Watches the journal at `root`: `changed` is called after each quiet burst of
/// relevant changes, `failed` on a watcher error.
pub fn start(
    root: &Path,
    changed: impl Fn() + Send + 'static,
    failed: impl Fn(String) + Send + 'static,
) -> notify::Result<Watcher> {
    let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let named = root.to_path_buf();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        match result {
            Ok(events) => {
                // Reads (a build opening every file) are not changes.
                let changes = events
                    .iter()
                    .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                    .flat_map(|e| e.event.paths.iter());
                if changes
                    .into_iter()
                    .any(|p| relevant(&canonical, p) || relevant(&named, p))
                {
                    changed();
                }
            }
            Err(errors) => {
                for e in errors {
                    failed(e.to_string());
                }
            }
        }
    })?;
    debouncer.watch(root, RecursiveMode::Recursive)?;
    Ok(Watcher {
        _debouncer: debouncer,
    })
}

/// Whether a change of `path` can change the build of the journal at `root`.
pub fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let parts: Vec<&str> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => n.to_str(),
            _ => None,
        })
        .collect();
    let Some((first, _)) = parts.split_first() else {
        return false;
    };
    let in_content = match *first {
        "carnet.toml" | "skills.toml" => parts.len() == 1,
        "learners" | "professionals" | "themes" | "contributions" => true,
        _ => false,
    };
    in_content && !parts.iter().any(|p| ignored_name(p))
}

/// Hidden files and folders, and editors' swap, backup and temporary files.
fn ignored_name(name: &str) -> bool {
    name.starts_with('.')                    // .git, .foo.swp, .#lock (Emacs), .DS_Store
        || name.ends_with('~')               // backups (Emacs, gedit, nano)
        || (name.starts_with('#') && name.ends_with('#')) // Emacs auto-save
        || name == "4913"                    // vim's write test
        || [".swp", ".swo", ".swx", ".tmp", ".part", ".crdownload", ".kate-swp", ".bak"]
            .iter()
            .any(|ext| name.to_ascii_lowercase().ends_with(ext))
        || name.starts_with(".goutputstream-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_a_build_reads_counts() {
        let root = Path::new("/j");
        for yes in [
            "/j/carnet.toml",
            "/j/skills.toml",
            "/j/learners/ana/profile.md",
            "/j/learners/ana/experiences/2021-01-01-x/photo.jpg",
            "/j/learners/ana/experiences/2021-01-01-x",
            "/j/professionals/nelly/posts/2021-03-22-atelier-cv.md",
            "/j/professionals/nelly/profile.md",
            "/j/contributions/ines-2026-12-06.carnet",
            "/j/themes/default/templates/base.html",
        ] {
            assert!(relevant(root, Path::new(yes)), "{yes}");
        }
        for no in [
            "/j/site/public/index.html",
            "/j/.cache/v1/abc.jpg",
            "/j/.git/index",
            "/j/README.md",
            "/j/learners/ana/.profile.md.swp",
            "/j/learners/ana/profile.md~",
            "/j/learners/ana/#profile.md#",
            "/j/learners/ana/4913",
            "/j/learners/ana/experiences/x/.#index.md",
            "/j/learners/ana/experiences/x/index.md.tmp",
            "/j/carnet.toml/x",
            "/elsewhere/carnet.toml",
            "/j",
        ] {
            assert!(!relevant(root, Path::new(no)), "{no}");
        }
    }
}
