//! The disk target: a staging folder beside the output folder, then a commit.
//!
//! A build writes the files that are new or changed into the staging folder; nothing
//! in the output folder is touched until every page and photo of the build is ready.
//! The commit then moves the staged files in, deletes the files the new build no
//! longer writes, and records what it wrote in the manifest (with each file's hash,
//! size and time, so the next build can leave unchanged files in place: a build that
//! changed one text moves a few pages, not thousands). A first build is one rename of
//! the whole staging folder.
//!
//! Photos are copied from the image cache (a reflink where the file system has
//! them), never hard-linked: a site's photo edited in place must not change the
//! cache or another site. A photo already in the output folder is trusted only when
//! its size and time are what the manifest recorded, or its content hash is.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::inputs::{self, Packed, PageInputs, SiteInputs};
use super::interrupt;
use super::lock::FolderLock;
use super::manifest::{self, sibling, Entry, Listing};
use super::Target;
use crate::error::{Error, IoContext, Result};

/// A build being prepared beside the output folder.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// Files the previous build wrote (its manifest); empty for a first build.
    previous: Listing,
    /// The leak-check digest the previous build's files passed.
    previous_digest: Option<String>,
    /// The leak-check digest this build's files passed.
    digest: Option<String>,
    /// What the previous build's pages were made from (when it is the build of the
    /// manifest, checked).
    previous_inputs: Option<PageInputs>,
    /// What this build's pages were made from, by site folder.
    inputs: std::collections::BTreeMap<String, SiteInputs>,
    /// The needles of this build's leak check, which the sites' records count.
    patterns: Option<Packed<[u8; 16]>>,
    /// Every file of this build: left in place (entry of the previous build) or staged.
    files: Listing,
    /// Files written into the staging folder, to move into the output folder.
    staged: Vec<String>,
    /// Folders known to exist in the staging folder.
    dirs: HashSet<PathBuf>,
    /// No output folder yet: the commit is one rename.
    first: bool,
    /// Held for the whole build: one build at a time writes an output folder.
    _lock: FolderLock,
}

impl Staging {
    /// Starts a staging folder for `out`, removing leftovers of interrupted builds.
    /// Fails if another build is writing `out`.
    pub fn new(out: &Path) -> Result<Staging> {
        let dir = sibling(out, &format!("staging-{}", std::process::id()));
        let parent = dir.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent).at(parent)?;
        let lock_path = sibling(out, "lock");
        let lock = FolderLock::try_acquire(&lock_path)?.ok_or_else(|| Error::Output {
            path: out.to_path_buf(),
            message: "another carnet build is writing this output folder: wait for it to end"
                .into(),
        })?;
        remove_leftovers(out);
        if dir.exists() {
            fs::remove_dir_all(&dir).at(&dir)?;
        }
        fs::create_dir(&dir).at(&dir)?;
        interrupt::point("staging folder made");
        // An output folder that exists is kept (it may be a mount point): a first
        // build into an empty one moves its files in one by one.
        let first = !out.exists();
        let (previous, previous_digest) = if manifest::is_ours(out) {
            manifest::read_with_digest(out)
        } else {
            (Listing::new(), None)
        };
        let previous_inputs = inputs::read(out, previous_digest.as_deref());
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            previous,
            previous_digest,
            digest: None,
            previous_inputs,
            inputs: std::collections::BTreeMap::new(),
            patterns: None,
            files: Listing::new(),
            staged: Vec::new(),
            dirs: HashSet::new(),
            first,
            _lock: lock,
        })
    }

    /// The previous build's entry for `rel` when the file is still in the output
    /// folder with content of hash `hash`: its size and time are the ones recorded,
    /// or (only when `verify` is set, for files too costly to copy again) its size
    /// is and its bytes hash to `hash`.
    fn unchanged(&self, rel: &str, hash: &str, verify: bool) -> Option<Entry> {
        let previous = self.previous.get(rel)?.as_ref()?;
        if previous.hash != hash {
            return None;
        }
        let path = self.out.join(rel);
        let meta = fs::symlink_metadata(&path).ok()?;
        if previous.matches(&meta) {
            return Some(previous.clone());
        }
        let same = verify
            && meta.is_file()
            && meta.len() == previous.len
            && fs::read(&path).is_ok_and(|b| blake3::hash(&b).to_hex().as_str() == hash);
        same.then(|| Entry::new(hash.to_string(), &meta))
    }

    /// The staging path of `rel`, with its folder made.
    fn target(&mut self, rel: &str) -> Result<PathBuf> {
        let path = self.dir.join(rel);
        make_parent(&mut self.dirs, &path)?;
        Ok(path)
    }

    /// Records `rel` as staged at `path`, with its hash.
    fn stage(&mut self, rel: &str, path: &Path, hash: String) -> Result<()> {
        let meta = fs::metadata(path).at(path)?;
        if self
            .files
            .insert(rel.to_string(), Some(Entry::new(hash, &meta)))
            .is_none()
        {
            self.staged.push(rel.to_string());
        }
        Ok(())
    }

    /// Puts the build in place of the output folder's previous one.
    ///
    /// A first build renames the staging folder into place. Otherwise the paths this
    /// build adds are first listed in a pending file beside the manifest (if the process
    /// dies half way, the next build still knows every file carnet wrote, and deletes what
    /// it no longer writes), then the staged files are moved in, the files of the
    /// previous build that this one does not write are deleted, and the manifest is
    /// replaced. A file moved over a previous one has a new time, so the previous
    /// manifest never vouches for it. Returns the number of files added, replaced or
    /// deleted.
    pub fn commit(mut self) -> Result<usize> {
        // What the pages were made from goes first: it is read only with the
        // manifest of the same leak check, so a commit cut after it is harmless.
        let inputs = self.digest.as_deref().map(|d| {
            let mut all = PageInputs::new(d);
            all.sites = std::mem::take(&mut self.inputs);
            all.patterns = self.patterns.take();
            all
        });
        if inputs != self.previous_inputs {
            inputs::write(&self.out, inputs.as_ref())?;
        }
        if self.files == self.previous
            && self.staged.is_empty()
            && self.digest == self.previous_digest
        {
            // Nothing changed: the output folder already is this build. A pending
            // list left by a build killed after writing its manifest goes.
            manifest::remove_pending(&self.out)?;
            return Ok(0);
        }
        if self.first {
            // The manifest first: a folder in place without it would not be carnet's.
            manifest::write(&self.out, &self.files, self.digest.as_deref())?;
            interrupt::point("commit: manifest written beside the staging folder");
            fs::rename(&self.dir, &self.out).at(&self.out)?;
            interrupt::point("commit: staging folder renamed into place");
            return Ok(self.staged.len());
        }
        let pending_path = manifest::pending_of(&self.out);
        let mut pending = String::new();
        for rel in self
            .staged
            .iter()
            .filter(|r| !self.previous.contains_key(*r))
        {
            pending.push_str(rel);
            pending.push('\n');
        }
        super::write_atomic(&pending_path, pending.as_bytes())?;
        interrupt::point("commit: pending list written");
        let mut made = HashSet::new();
        for rel in self.move_order() {
            let to = self.out.join(&rel);
            make_parent(&mut made, &to)?;
            if move_file(&self.dir.join(&rel), &to)? {
                // A copy has a time of its own: record it, or the next build would
                // take the file for changed by hand.
                let meta = fs::metadata(&to).at(&to)?;
                if let Some(Some(entry)) = self.files.get_mut(&rel) {
                    (entry.len, entry.mtime_ns) = manifest::stamp(&meta);
                }
            }
            interrupt::point(&format!("commit: moved in {rel}"));
        }
        let mut changed = self.staged.len();
        let mut gone: Vec<&String> = self
            .previous
            .keys()
            .filter(|rel| !self.files.contains_key(*rel) && is_relative_inside(rel))
            .collect();
        // Pages first: a page still there never links to a photo already deleted.
        gone.sort_by_key(|rel| !is_page(rel));
        for rel in gone {
            remove_with_empty_parents(&self.out, rel)?;
            changed += 1;
            interrupt::point(&format!("commit: deleted {rel}"));
        }
        manifest::write(&self.out, &self.files, self.digest.as_deref())?;
        interrupt::point("commit: manifest written");
        manifest::remove_pending(&self.out)?;
        interrupt::point("commit: pending list removed");
        let _ = fs::remove_dir_all(&self.dir);
        Ok(changed)
    }

    /// The staged files in the order that keeps every site readable at each moment
    /// of the commit: first the files the output folder does not have yet (no page
    /// there links to them), photos and data before pages; then the files that
    /// replace one, again pages last, so that a replaced page only ever links to
    /// files already in place. (Files the build no longer writes are deleted after
    /// all this, pages first.)
    fn move_order(&self) -> Vec<String> {
        let mut order: Vec<(bool, bool, &String)> = self
            .staged
            .iter()
            .map(|rel| {
                let replaces = self.out.join(rel).exists();
                (replaces, is_page(rel), rel)
            })
            .collect();
        order.sort_by_key(|(replaces, page, _)| (*replaces, *page));
        order.into_iter().map(|(_, _, rel)| rel.clone()).collect()
    }
}

impl Target for Staging {
    /// Writes a file at `rel`, unless the output folder already holds these bytes
    /// there from the previous build.
    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()> {
        let hash = blake3::hash(bytes).to_hex().to_string();
        self.write_hashed(rel, bytes, &hash)
    }

    fn write_hashed(&mut self, rel: &str, bytes: &[u8], hash: &str) -> Result<()> {
        let hash = hash.to_string();
        if let Some(kept) = self.unchanged(rel, &hash, false) {
            self.files.insert(rel.to_string(), Some(kept));
            return Ok(());
        }
        let path = self.target(rel)?;
        fs::write(&path, bytes).at(&path)?;
        self.stage(rel, &path, hash)?;
        interrupt::point(&format!("staged {rel}"));
        Ok(())
    }

    /// Places a copy of `from` at `rel` (a reflink where the file system can, else a
    /// copy). Nothing is done when the path is already placed, or still in the output
    /// folder with that content.
    fn place(&mut self, rel: &str, from: &Path, hash: &str) -> Result<()> {
        if self.files.contains_key(rel) {
            return Ok(());
        }
        if let Some(kept) = self.unchanged(rel, hash, true) {
            self.files.insert(rel.to_string(), Some(kept));
            return Ok(());
        }
        let path = self.target(rel)?;
        reflink_copy::reflink_or_copy(from, &path).at(from)?;
        self.stage(rel, &path, hash.to_string())?;
        interrupt::point(&format!("staged {rel}"));
        Ok(())
    }

    fn file_count(&self) -> usize {
        self.files.len()
    }

    fn checked_digest(&self) -> Option<&str> {
        self.previous_digest.as_deref()
    }

    fn holds(&self, rel: &str, hash: &str) -> bool {
        self.unchanged(rel, hash, false).is_some()
    }

    fn set_checked_digest(&mut self, digest: Option<String>) {
        self.digest = digest;
    }

    fn previous_text(&self, rel: &str, hash: &str) -> Option<String> {
        self.unchanged(rel, hash, false)?;
        let bytes = fs::read(self.out.join(rel)).ok()?;
        (blake3::hash(&bytes).to_hex().as_str() == hash)
            .then(|| String::from_utf8(bytes).ok())
            .flatten()
    }

    fn previous_inputs(&self) -> Option<&PageInputs> {
        self.previous_inputs.as_ref()
    }

    fn keep(&mut self, rel: &str, hash: &str) -> Result<()> {
        let kept = self
            .unchanged(rel, hash, false)
            .ok_or_else(|| Error::Output {
                path: self.out.join(rel),
                message: "a page of the previous build changed during this build: build again"
                    .into(),
            })?;
        self.files.insert(rel.to_string(), Some(kept));
        Ok(())
    }

    fn record_inputs(&mut self, dir: &str, inputs: SiteInputs) {
        self.inputs.insert(dir.to_string(), inputs);
    }

    fn record_patterns(&mut self, patterns: Option<Packed<[u8; 16]>>) {
        self.patterns = patterns;
    }

    /// Every file the manifest lists under `dir/` must still be in the output
    /// folder with the size and time recorded (a file changed, replaced or deleted
    /// by hand means the site is rendered again, which restores it).
    fn keep_site(&mut self, dir: &str, digest: &str) -> Option<(SiteInputs, Vec<String>)> {
        let record = self.previous_inputs.as_ref()?.sites.get(dir)?;
        if record.site.as_deref() != Some(digest) || self.inputs.contains_key(dir) {
            return None;
        }
        let prefix = format!("{dir}/");
        let mut kept = Vec::new();
        for (rel, entry) in self.previous.range(prefix.clone()..) {
            if !rel.starts_with(&prefix) {
                break;
            }
            if self.files.contains_key(rel) {
                return None;
            }
            let hash = &entry.as_ref()?.hash;
            kept.push((rel.clone(), self.unchanged(rel, hash, false)?));
        }
        if kept.is_empty() {
            return None;
        }
        let record = record.clone();
        let mut paths = Vec::with_capacity(kept.len());
        for (rel, entry) in kept {
            self.files.insert(rel.clone(), Some(entry));
            paths.push(rel);
        }
        self.inputs.insert(dir.to_string(), record.clone());
        Some((record, paths))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Before the commit, the output folder was never touched: dropping the
        // staging folder is the whole rollback.
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Whether `rel` is a page (what readers open, and what links to the rest).
fn is_page(rel: &str) -> bool {
    rel.ends_with(".html")
}

/// Makes the folder holding `path`, unless `made` says it was made already.
fn make_parent(made: &mut HashSet<PathBuf>, path: &Path) -> Result<()> {
    if let Some(parent) = path.parent() {
        if !made.contains(parent) {
            fs::create_dir_all(parent).at(parent)?;
            made.insert(parent.to_path_buf());
        }
    }
    Ok(())
}

/// Moves `from` to `to`: a rename, or a copy when the output folder is on another
/// file system than its parent (a mount point). Returns whether it copied.
fn move_file(from: &Path, to: &Path) -> Result<bool> {
    match fs::rename(from, to) {
        Ok(()) => Ok(false),
        Err(e) if e.kind() == io::ErrorKind::CrossesDevices => {
            fs::copy(from, to).at(to)?;
            fs::remove_file(from).at(from)?;
            Ok(true)
        }
        Err(e) => Err(Error::io(to, e)),
    }
}

/// Whether a manifest path stays inside the output folder (a manifest is a file
/// on disk: carnet never deletes a path it names outside the output folder).
fn is_relative_inside(rel: &str) -> bool {
    !rel.is_empty()
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

/// Deletes `out/rel`, then its folders up to `out` that this left empty.
fn remove_with_empty_parents(out: &Path, rel: &str) -> Result<()> {
    let path = out.join(rel);
    match fs::remove_file(&path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(Error::io(&path, e)),
        _ => {}
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == out || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
}

/// Removes the staging folders left by interrupted builds of `out`.
fn remove_leftovers(out: &Path) {
    let (parent, prefix) = manifest::sibling_prefix(out, "staging-");
    let Ok(entries) = fs::read_dir(&parent) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
