//! Writes sites into the output folder that carnet owns.
//!
//! A build is written into a staging folder beside the output folder, then swapped
//! in with renames, so a failed build never leaves a half-written site and the sites
//! already there stay as they were. carnet refuses a non-empty folder it did not
//! create (no `.carnet-site` manifest), and removes only the files its manifest lists:
//! anything a user added to the output folder is carried over to the new build.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};

/// Name of the manifest at the root of the output folder: the files carnet wrote.
pub const MANIFEST: &str = ".carnet-site";

/// First line of the manifest, recognising it as carnet's.
const MANIFEST_HEADER: &str = "# carnet: files of the last build; carnet deletes only these";

/// Checks that `out` may be used for the journal at `journal`: not the journal or an
/// ancestor of it, not inside its content folders, and empty or carnet's own.
pub fn check_target(out: &Path, journal: &Path) -> Result<()> {
    let refuse = |message: &str| {
        Err(Error::Output {
            path: out.to_path_buf(),
            message: message.to_string(),
        })
    };
    let journal = fs::canonicalize(journal).at(journal)?;
    let abs_out = absolute(out)?;
    if journal.starts_with(&abs_out) {
        return refuse(
            "the output folder would contain the journal itself: choose another one with --out",
        );
    }
    for content in ["learners", "themes"] {
        if abs_out.starts_with(journal.join(content)) {
            return refuse(
                "the output folder cannot be inside the journal's learners/ or themes/ folder",
            );
        }
    }
    match fs::read_dir(out) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(out, e)),
        Ok(mut entries) => {
            if entries.next().is_none() || is_ours(out) {
                Ok(())
            } else {
                refuse("this folder is not empty and was not made by carnet: carnet will not write into it (choose an empty or new folder with --out)")
            }
        }
    }
}

/// Whether `out` holds a carnet manifest.
fn is_ours(out: &Path) -> bool {
    fs::read_to_string(out.join(MANIFEST)).is_ok_and(|m| m.starts_with(MANIFEST_HEADER))
}

/// `path` made absolute, resolving symlinks of the part that exists.
fn absolute(path: &Path) -> Result<PathBuf> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().at(path)?.join(path)
    };
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut resolved = fs::canonicalize(existing).unwrap_or_else(|_| existing.to_path_buf());
    resolved.extend(rest.iter().rev());
    Ok(resolved)
}

/// A build being written beside the output folder.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    files: BTreeSet<String>,
    /// Folders taken over from the previous build (see [`Staging::adopt`]).
    adopted: Vec<String>,
    /// Files this build added inside adopted folders (removed again on rollback).
    added_to_adopted: Vec<String>,
    /// Files the previous build wrote (its manifest).
    previous: BTreeSet<String>,
    /// Folders known to exist in the staging folder.
    dirs: std::collections::HashSet<PathBuf>,
    committed: bool,
}

/// The folder holding `out`, and `out`'s name.
fn parent_and_name(out: &Path) -> (&Path, String) {
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    (parent, name)
}

/// `parent/.name.carnet-<what>-<pid>`, a sibling of `out`.
fn sibling(out: &Path, what: &str) -> PathBuf {
    let (parent, name) = parent_and_name(out);
    parent.join(format!(".{name}.carnet-{what}-{}", std::process::id()))
}

impl Staging {
    /// Starts a staging folder for `out`, removing leftovers of interrupted builds.
    pub fn new(out: &Path) -> Result<Staging> {
        let dir = sibling(out, "staging");
        let parent = dir.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent).at(parent)?;
        remove_leftovers(out);
        if dir.exists() {
            fs::remove_dir_all(&dir).at(&dir)?;
        }
        fs::create_dir(&dir).at(&dir)?;
        let previous = if is_ours(out) {
            read_manifest(out)
        } else {
            BTreeSet::new()
        };
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            files: BTreeSet::new(),
            adopted: Vec::new(),
            added_to_adopted: Vec::new(),
            previous,
            dirs: std::collections::HashSet::new(),
            committed: false,
        })
    }

    fn target(&mut self, rel: &str) -> Result<PathBuf> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            if !self.dirs.contains(parent) {
                fs::create_dir_all(parent).at(parent)?;
                self.dirs.insert(parent.to_path_buf());
            }
        }
        self.files.insert(rel.to_string());
        Ok(path)
    }

    /// Writes a file at `rel` (a `/`-separated path).
    pub fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.target(rel)?;
        fs::write(&path, bytes).at(&path)
    }

    /// Takes over the previous build's folder `rel` (a site's `photos/`), whose files
    /// are content-addressed: a name always holds the same bytes, so the files it
    /// already has need not be placed again. A build that changed one text then
    /// moves one folder per site instead of linking every photo anew. Files the new
    /// build does not use are deleted after the swap; if the build fails, the folder
    /// goes back where it was, as it was.
    pub fn adopt(&mut self, rel: &str) -> Result<()> {
        let old = self.out.join(rel);
        if self.previous.is_empty() || !old.is_dir() || old.is_symlink() {
            return Ok(());
        }
        let new = self.dir.join(rel);
        if let Some(parent) = new.parent() {
            fs::create_dir_all(parent).at(parent)?;
        }
        fs::rename(&old, &new).at(&old)?;
        self.dirs.insert(new);
        self.adopted.push(rel.to_string());
        Ok(())
    }

    /// Places a copy of `from` at `rel`: a hard link when possible, else a copy.
    /// A path already placed, or already in an adopted folder, is left alone
    /// (content-addressed files: same name, same bytes).
    pub fn link(&mut self, rel: &str, from: &Path) -> Result<()> {
        if self.files.contains(rel) {
            return Ok(());
        }
        let in_adopted = self
            .adopted
            .iter()
            .any(|a| rel.starts_with(a.as_str()) && rel[a.len()..].starts_with('/'));
        if in_adopted && self.previous.contains(rel) && self.dir.join(rel).is_file() {
            self.files.insert(rel.to_string());
            return Ok(());
        }
        if in_adopted {
            self.added_to_adopted.push(rel.to_string());
        }
        let path = self.target(rel)?;
        if let Err(e) = fs::hard_link(from, &path) {
            if path.exists() {
                return Err(Error::io(&path, e));
            }
            fs::copy(from, &path).at(from)?;
        }
        Ok(())
    }

    /// Number of files written so far.
    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// Writes the manifest and swaps the staging folder in place of the output folder.
    /// The previous build's files are then deleted; files carnet did not write are
    /// carried over into the new output folder.
    pub fn commit(mut self) -> Result<()> {
        let mut manifest = String::from(MANIFEST_HEADER);
        manifest.push('\n');
        for f in &self.files {
            manifest.push_str(f);
            manifest.push('\n');
        }
        let path = self.dir.join(MANIFEST);
        fs::write(&path, manifest).at(&path)?;
        let old = if self.out.exists() {
            let old = sibling(&self.out, "old");
            fs::rename(&self.out, &old).at(&self.out)?;
            Some(old)
        } else {
            None
        };
        fs::rename(&self.dir, &self.out).at(&self.out)?;
        self.committed = true;
        self.prune_adopted();
        if let Some(old) = old {
            retire(&old, &self.out)?;
        }
        Ok(())
    }
}

impl Staging {
    /// After the swap: deletes the files of adopted folders that the previous build
    /// wrote and this one no longer uses (never a file carnet did not write).
    fn prune_adopted(&self) {
        for rel in &self.adopted {
            let prefix = format!("{rel}/");
            for file in self.previous.range(prefix.clone()..) {
                if !file.starts_with(&prefix) {
                    break;
                }
                if !self.files.contains(file) {
                    let _ = fs::remove_file(self.out.join(file));
                }
            }
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            // Roll back: adopted folders go back, as they were, to the previous build.
            for rel in &self.added_to_adopted {
                let _ = fs::remove_file(self.dir.join(rel));
            }
            for rel in &self.adopted {
                let _ = fs::rename(self.dir.join(rel), self.out.join(rel));
            }
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// The files listed in the manifest of `out`.
fn read_manifest(out: &Path) -> BTreeSet<String> {
    fs::read_to_string(out.join(MANIFEST))
        .map(|m| m.lines().skip(1).map(str::to_string).collect())
        .unwrap_or_default()
}

/// Removes the staging folders left by interrupted builds of `out`.
fn remove_leftovers(out: &Path) {
    let (parent, name) = parent_and_name(out);
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let n = entry.file_name().to_string_lossy().into_owned();
        if n.starts_with(&format!(".{name}.carnet-staging-")) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Deletes the files of the previous build in `old` (as its manifest lists them),
/// moves any other file into `out` (unless the new build wrote the same path), and
/// removes the folders left empty.
fn retire(old: &Path, out: &Path) -> Result<()> {
    let listed = read_manifest(old);
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(old)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    for file in files {
        let rel = file.strip_prefix(old).unwrap_or(&file);
        let rel_text = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if rel_text == MANIFEST || listed.contains(&rel_text) {
            fs::remove_file(&file).at(&file)?;
            continue;
        }
        let dest = out.join(rel);
        if !dest.exists() {
            if let Some(parent) = dest.parent() {
                fs::create_dir_all(parent).at(parent)?;
            }
            fs::rename(&file, &dest).at(&file)?;
        }
    }
    remove_empty_dirs(old);
    Ok(())
}

/// Removes `dir` and its sub-folders when they hold no file.
fn remove_empty_dirs(dir: &Path) {
    let mut dirs: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in dirs {
        let _ = fs::remove_dir(&d);
    }
}
