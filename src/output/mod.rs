//! Writes sites into the output folder that carnet owns.
//!
//! A build writes the files that are new or changed into a staging folder beside the
//! output folder; nothing in the output folder is touched until every page and photo
//! of the build is ready, so a failed build leaves the sites already there as they
//! were. The commit then moves the staged files in, deletes the files the new build
//! no longer writes, and records what it wrote in the `.carnet-site` manifest (with
//! each file's hash, size and time, so the next build can leave unchanged files in
//! place: a build that changed one text moves a few pages, not thousands). A first
//! build is one rename of the whole staging folder.
//!
//! carnet refuses a non-empty folder it did not create (no manifest), and removes
//! only the files its manifest lists: anything a user added is left alone.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};

/// Name of the manifest at the root of the output folder: the files carnet wrote.
pub const MANIFEST: &str = ".carnet-site";

/// First line of the manifest, recognising it as carnet's.
const MANIFEST_HEADER: &str = "# carnet: files of the last build; carnet deletes only these";

/// Beside the manifest while a commit moves files in: the paths it adds, so that a
/// build killed half way still has every file carnet wrote listed for the next one.
const PENDING: &str = ".carnet-site.pending";

/// Second line of the manifest: its format (path, hash, size, time, tab-separated).
const MANIFEST_FORMAT: &str = "# v2\tpath\tblake3\tbytes\tmtime-ns";

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

/// What the manifest records of a file carnet wrote: enough to tell, without
/// reading it, that the file in the output folder still holds those bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    /// blake3 of the content (hex), or [`BY_NAME`] for a content-addressed photo.
    hash: String,
    /// Size in bytes.
    len: u64,
    /// Modification time, in nanoseconds since the Unix epoch.
    mtime: u128,
}

/// The hash recorded for a file whose name is derived from its content (photos).
const BY_NAME: &str = "=";

impl Entry {
    fn new(hash: String, meta: &fs::Metadata) -> Entry {
        let (len, mtime) = stamp(meta);
        Entry { hash, len, mtime }
    }

    /// Reads a manifest line: the path, and its entry when the line has one (a
    /// manifest of an interrupted commit, or of an older carnet, lists bare paths).
    fn parse(line: &str) -> (String, Option<Entry>) {
        let mut fields = line.rsplitn(4, '\t');
        let (Some(mtime), Some(len), Some(hash), Some(path)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return (line.to_string(), None);
        };
        let entry = match (len.parse(), mtime.parse()) {
            (Ok(len), Ok(mtime)) if !hash.is_empty() => Some(Entry {
                hash: hash.to_string(),
                len,
                mtime,
            }),
            _ => None,
        };
        (path.to_string(), entry)
    }
}

/// Size and modification time of a file, as the manifest records them.
fn stamp(meta: &fs::Metadata) -> (u64, u128) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    (meta.len(), mtime)
}

/// Files listed in a manifest, with what it recorded of each.
type Listing = BTreeMap<String, Option<Entry>>;

/// A build being prepared beside the output folder.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// Files the previous build wrote (its manifest); empty for a first build.
    previous: Listing,
    /// Every file of this build: left in place (entry of the previous build) or staged.
    files: Listing,
    /// Files written into the staging folder, to move into the output folder.
    staged: Vec<String>,
    /// Folders known to exist in the staging folder.
    dirs: HashSet<PathBuf>,
    /// Names in folders of the output folder, read once each (for photos).
    listings: HashMap<PathBuf, HashSet<std::ffi::OsString>>,
    /// No output folder yet: the commit is one rename.
    first: bool,
    /// Held for the whole build: one build at a time writes an output folder.
    _lock: fs::File,
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

/// Locks `parent/.name.carnet-lock` (an empty file beside `out`, left there), so that
/// two builds never write the same output folder at once. The lock goes with the
/// process, however it ends.
fn lock(out: &Path) -> Result<fs::File> {
    let (parent, name) = parent_and_name(out);
    let path = parent.join(format!(".{name}.carnet-lock"));
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .at(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(Error::Output {
            path: out.to_path_buf(),
            message: "another carnet build is writing this output folder: wait for it to end"
                .into(),
        }),
        Err(fs::TryLockError::Error(e)) => Err(Error::io(&path, e)),
    }
}

/// `parent/.name.carnet-<what>-<pid>`, a sibling of `out`.
fn sibling(out: &Path, what: &str) -> PathBuf {
    let (parent, name) = parent_and_name(out);
    parent.join(format!(".{name}.carnet-{what}-{}", std::process::id()))
}

impl Staging {
    /// Starts a staging folder for `out`, removing leftovers of interrupted builds.
    /// Fails if another build is writing `out`.
    pub fn new(out: &Path) -> Result<Staging> {
        let dir = sibling(out, "staging");
        let parent = dir.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent).at(parent)?;
        let lock = lock(out)?;
        remove_leftovers(out);
        if dir.exists() {
            fs::remove_dir_all(&dir).at(&dir)?;
        }
        fs::create_dir(&dir).at(&dir)?;
        // An output folder that exists is kept (it may be a mount point): a first
        // build into an empty one moves its files in one by one.
        let first = !out.exists();
        let previous = if is_ours(out) {
            read_manifest(out)
        } else {
            Listing::new()
        };
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            previous,
            files: Listing::new(),
            staged: Vec::new(),
            dirs: HashSet::new(),
            listings: HashMap::new(),
            first,
            _lock: lock,
        })
    }

    /// The previous build's entry for `rel`, if it recorded content of hash `hash`.
    fn previous_with(&self, rel: &str, hash: &str) -> Option<&Entry> {
        self.previous.get(rel)?.as_ref().filter(|e| e.hash == hash)
    }

    /// The previous build's entry for `rel` when the file is still in the output
    /// folder as that build left it and holds content of hash `hash`.
    fn unchanged(&self, rel: &str, hash: &str) -> Option<Entry> {
        let previous = self.previous_with(rel, hash)?;
        let meta = fs::symlink_metadata(self.out.join(rel)).ok()?;
        (meta.is_file() && stamp(&meta) == (previous.len, previous.mtime)).then(|| previous.clone())
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

    /// Writes a file at `rel` (a `/`-separated path), unless the output folder
    /// already holds these bytes there from the previous build.
    pub fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<()> {
        let hash = blake3::hash(bytes).to_hex().to_string();
        if let Some(kept) = self.unchanged(rel, &hash) {
            self.files.insert(rel.to_string(), Some(kept));
            return Ok(());
        }
        let path = self.target(rel)?;
        fs::write(&path, bytes).at(&path)?;
        self.stage(rel, &path, hash)
    }

    /// The previous build's entry for `rel`, a content-addressed file, when the
    /// file is still in the output folder. Its name says its content, so this looks
    /// it up in a listing of its folder (read once) rather than with a `stat` each:
    /// a site can have tens of thousands of photo files.
    fn still_there(&mut self, rel: &str) -> Option<Entry> {
        let previous = self.previous_with(rel, BY_NAME)?.clone();
        let path = self.out.join(rel);
        let (dir, name) = (path.parent()?, path.file_name()?);
        let listing = self.listings.entry(dir.to_path_buf()).or_insert_with(|| {
            fs::read_dir(dir)
                .map(|entries| {
                    entries
                        .flatten()
                        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                        .map(|e| e.file_name())
                        .collect()
                })
                .unwrap_or_default()
        });
        listing.contains(name).then_some(previous)
    }

    /// Places a copy of `from`, a file whose name says its content (a photo of the
    /// cache), at `rel`: a hard link when possible, else a copy. Nothing is done
    /// when the path is already placed, or still in the output folder.
    pub fn link(&mut self, rel: &str, from: &Path) -> Result<()> {
        if self.files.contains_key(rel) {
            return Ok(());
        }
        if let Some(kept) = self.still_there(rel) {
            self.files.insert(rel.to_string(), Some(kept));
            return Ok(());
        }
        let path = self.target(rel)?;
        if let Err(e) = fs::hard_link(from, &path) {
            if path.exists() {
                return Err(Error::io(&path, e));
            }
            fs::copy(from, &path).at(from)?;
        }
        self.stage(rel, &path, BY_NAME.to_string())
    }

    /// Number of files of this build.
    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// Puts the build in place of the output folder's previous one.
    ///
    /// A first build renames the staging folder into place. Otherwise the paths this
    /// build adds are first listed in a pending file beside the manifest (if the process
    /// dies half way, the next build still knows every file carnet wrote, and deletes what
    /// it no longer writes), then the staged files are moved in, the files of the
    /// previous build that this one does not write are deleted, and the manifest is
    /// replaced. A file moved over a previous one has a new time, so the previous
    /// manifest never vouches for it.
    pub fn commit(mut self) -> Result<()> {
        if self.files == self.previous && self.staged.is_empty() {
            // Nothing changed: the output folder already is this build.
            return Ok(());
        }
        if self.first {
            write_manifest(&self.dir.join(MANIFEST), &self.files)?;
            return fs::rename(&self.dir, &self.out).at(&self.out);
        }
        let pending_path = self.out.join(PENDING);
        let mut pending = String::new();
        for rel in self
            .staged
            .iter()
            .filter(|r| !self.previous.contains_key(*r))
        {
            pending.push_str(rel);
            pending.push('\n');
        }
        fs::write(&pending_path, pending).at(&pending_path)?;
        let mut made = HashSet::new();
        for rel in &self.staged {
            let to = self.out.join(rel);
            make_parent(&mut made, &to)?;
            if move_file(&self.dir.join(rel), &to)? {
                // A copy has a time of its own: record it, or the next build would
                // take the file for changed by hand.
                let meta = fs::metadata(&to).at(&to)?;
                if let Some(Some(entry)) = self.files.get_mut(rel) {
                    (entry.len, entry.mtime) = stamp(&meta);
                }
            }
        }
        for rel in self.previous.keys() {
            if !self.files.contains_key(rel) && is_relative_inside(rel) {
                remove_with_empty_parents(&self.out, rel)?;
            }
        }
        write_manifest(&self.out.join(MANIFEST), &self.files)?;
        fs::remove_file(&pending_path).at(&pending_path)?;
        let _ = fs::remove_dir_all(&self.dir);
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Before the commit, the output folder was never touched: dropping the
        // staging folder is the whole rollback.
        let _ = fs::remove_dir_all(&self.dir);
    }
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

/// Writes a manifest listing `files`, atomically (a temporary file, then a rename).
fn write_manifest(path: &Path, files: &Listing) -> Result<()> {
    use std::fmt::Write as _;
    let mut text = format!("{MANIFEST_HEADER}\n{MANIFEST_FORMAT}\n");
    for (rel, entry) in files {
        text.push_str(rel);
        if let Some(e) = entry {
            let _ = write!(text, "\t{}\t{}\t{}", e.hash, e.len, e.mtime);
        }
        text.push('\n');
    }
    let tmp = path.with_extension("carnet-tmp");
    fs::write(&tmp, text).at(&tmp)?;
    fs::rename(&tmp, path).at(path)
}

/// The files carnet wrote in `out`: its manifest, and the paths of a commit that
/// did not finish (listed without an entry, so they are never taken as unchanged).
fn read_manifest(out: &Path) -> Listing {
    let mut listing: Listing = fs::read_to_string(out.join(MANIFEST))
        .map(|m| {
            m.lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .map(Entry::parse)
                .collect()
        })
        .unwrap_or_default();
    if let Ok(pending) = fs::read_to_string(out.join(PENDING)) {
        for rel in pending.lines().filter(|l| !l.is_empty()) {
            listing.entry(rel.to_string()).or_insert(None);
        }
    }
    listing
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
