//! Which folders a build may write: the output folder and the image cache must stay
//! apart from each other and from the journal's content, or a site could publish the
//! cache (every audience's photos) or the journal itself.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::manifest;
use crate::error::{Error, IoContext, Result};
use crate::journal::Language;
use crate::t;

/// Folders of a journal whose files carnet reads and may publish.
const CONTENT: [&str; 2] = ["learners", "themes"];

/// Checks that `out` and `cache` may be used for the journal at `journal`:
/// - the output folder is not the journal or an ancestor of it, nor inside its
///   content folders, and it is empty or carnet's own;
/// - the cache is neither inside the output folder (a site would hold every
///   audience's photos) nor holding it, nor inside the journal's content folders;
/// - neither of them is inside the other or the same folder.
pub fn check_paths(journal: &Path, out: &Path, cache: Option<&Path>) -> Result<()> {
    // Messages in the journal's language.
    let lang = Language::of_journal(journal);
    let refuse = |path: &Path, message: String| {
        Err(Error::Output {
            path: path.to_path_buf(),
            message,
        })
    };
    let journal = fs::canonicalize(journal).at(journal)?;
    let abs_out = absolute(out)?;
    if journal.starts_with(&abs_out) {
        return refuse(out, t!(lang, "output-holds-journal"));
    }
    if CONTENT.iter().any(|c| abs_out.starts_with(journal.join(c))) {
        return refuse(out, t!(lang, "output-in-content"));
    }
    if let Some(cache) = cache {
        let abs_cache = absolute(cache)?;
        if abs_cache.starts_with(&abs_out) {
            return refuse(cache, t!(lang, "output-cache-in-output"));
        }
        if abs_out.starts_with(&abs_cache) {
            return refuse(cache, t!(lang, "output-output-in-cache"));
        }
        if CONTENT
            .iter()
            .any(|c| abs_cache.starts_with(journal.join(c)))
        {
            return refuse(cache, t!(lang, "output-cache-in-content"));
        }
        if journal.starts_with(&abs_cache) {
            return refuse(cache, t!(lang, "output-cache-holds-journal"));
        }
    }
    match fs::read_dir(out) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(out, e)),
        Ok(mut entries) => {
            if entries.next().is_none() || manifest::is_ours(out) {
                Ok(())
            } else {
                refuse(out, t!(lang, "output-not-ours"))
            }
        }
    }
}

/// `path` made absolute, resolving symbolic links of the part that exists (`..`
/// in the part that does not exist yet is lexical: that part holds no link).
pub fn absolute(path: &Path) -> Result<PathBuf> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().at(path)?.join(path)
    };
    let mut resolved = PathBuf::new();
    let mut exists = true;
    for part in abs.components() {
        match part {
            Component::Prefix(_) | Component::RootDir => resolved.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                resolved.push(name);
                if exists {
                    match fs::canonicalize(&resolved) {
                        Ok(real) => resolved = real,
                        Err(_) => exists = false,
                    }
                }
            }
        }
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_resolves_dot_dot_in_the_part_not_made_yet() {
        let dir = tempfile::tempdir().expect("temp dir");
        let base = fs::canonicalize(dir.path()).expect("canonical");
        let path = dir.path().join("new/../site/./c");
        assert_eq!(absolute(&path).expect("absolute"), base.join("site/c"));
    }
}
