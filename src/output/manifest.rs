//! The manifest of an output folder: the files carnet wrote, one JSON object per
//! line, with what it takes to tell without reading a file that it still holds what
//! carnet wrote (hash, size, time).
//!
//! It lives **beside** the output folder (`site/` → `.site.carnet-manifest`), like
//! the lock and the staging folder, never inside it: it lists every site's paths,
//! private ones included (folder names are titles), and an output folder uploaded
//! whole by mistake must not carry it. A manifest left inside by an older carnet
//! (`.carnet-site`) is read once, then replaced by the one beside.
//!
//! ```text
//! {"carnet":"site-manifest","version":3}
//! {"path":"public/index.html","blake3":"…","bytes":5120,"mtime_ns":1733…}
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::write_atomic;
use crate::error::Result;

/// Name of the manifest that older carnets kept inside the output folder.
pub const LEGACY_MANIFEST: &str = ".carnet-site";

/// Its pending list (see [`pending_of`]), inside the output folder too.
const LEGACY_PENDING: &str = ".carnet-site.pending";

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

/// `parent/.name.carnet-<what>`, a sibling of `out` (its lock, staging folder,
/// manifest).
pub(super) fn sibling(out: &Path, what: &str) -> PathBuf {
    let (parent, name) = parent_and_name(out);
    parent.join(format!(".{name}.carnet-{what}"))
}

/// The prefix of the names of `out`'s siblings made by [`sibling`].
pub(super) fn sibling_prefix(out: &Path, what: &str) -> (PathBuf, String) {
    let (parent, name) = parent_and_name(out);
    (parent.to_path_buf(), format!(".{name}.carnet-{what}"))
}

/// Where the manifest of output folder `out` is: beside it.
pub fn manifest_of(out: &Path) -> PathBuf {
    sibling(out, "manifest")
}

/// Beside the manifest while a commit moves files in: the paths it adds, so that a
/// build killed half way still has every file carnet wrote listed for the next one.
pub fn pending_of(out: &Path) -> PathBuf {
    sibling(out, "manifest.pending")
}

/// The first line of a manifest.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
struct Header {
    carnet: String,
    version: u32,
    /// The digest of the leak check that every file listed passed (see
    /// `crate::build::leak`), when the build that wrote them ran it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    leak_check: Option<String>,
}

const KIND: &str = "site-manifest";
const VERSION: u32 = 3;

/// The first line of the tab-separated manifests of carnet before version 3: still
/// recognised, so that an output folder made by an older carnet is taken over.
const OLD_HEADER: &str = "# carnet: files of the last build; carnet deletes only these";

/// What the manifest records of a file carnet wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    /// blake3 of the content (hex).
    pub hash: String,
    /// Size in bytes.
    pub len: u64,
    /// Modification time, in nanoseconds since the Unix epoch.
    pub mtime_ns: u128,
}

impl Entry {
    /// An entry for content of hash `hash`, as the file's metadata says it is now.
    pub(super) fn new(hash: String, meta: &fs::Metadata) -> Entry {
        let (len, mtime_ns) = stamp(meta);
        Entry {
            hash,
            len,
            mtime_ns,
        }
    }

    /// Whether `meta` (of the file in the output folder) is what this entry recorded.
    pub(super) fn matches(&self, meta: &fs::Metadata) -> bool {
        meta.is_file() && stamp(meta) == (self.len, self.mtime_ns)
    }
}

/// One line of the manifest (a path without the rest is a path of an interrupted
/// commit, never taken as unchanged).
#[derive(Serialize, Deserialize)]
struct Line<'a> {
    path: std::borrow::Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    blake3: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mtime_ns: Option<u64>,
}

impl Line<'_> {
    fn entry(&self) -> Option<Entry> {
        Some(Entry {
            hash: self.blake3.clone()?,
            len: self.bytes?,
            mtime_ns: u128::from(self.mtime_ns?),
        })
    }
}

/// Size and modification time of a file, as the manifest records them.
pub(super) fn stamp(meta: &fs::Metadata) -> (u64, u128) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    (meta.len(), mtime)
}

/// Files listed in a manifest, with what it recorded of each (nothing for the
/// paths of an interrupted commit, which are never taken as unchanged).
pub(super) type Listing = BTreeMap<String, Option<Entry>>;

/// The text of `out`'s manifest: beside it, or inside it as older carnets kept it.
fn manifest_text(out: &Path) -> Option<String> {
    fs::read_to_string(manifest_of(out))
        .or_else(|_| fs::read_to_string(out.join(LEGACY_MANIFEST)))
        .ok()
}

/// Whether `out` has a carnet manifest (of this version or an older one).
pub(super) fn is_ours(out: &Path) -> bool {
    let Some(text) = manifest_text(out) else {
        return false;
    };
    let first = text.lines().next().unwrap_or_default();
    first == OLD_HEADER || serde_json::from_str::<Header>(first).is_ok_and(|h| h.carnet == KIND)
}

/// The files carnet wrote in `out` (its manifest, and the paths of a commit that
/// did not finish), and the leak-check digest the manifest records. A commit that
/// did not finish leaves no digest: its files were never all in place together.
pub(super) fn read_with_digest(out: &Path) -> (Listing, Option<String>) {
    let text = manifest_text(out).unwrap_or_default();
    let mut listing = Listing::new();
    let mut lines = text.lines();
    let first = lines.next();
    let old = first == Some(OLD_HEADER);
    let mut digest = first
        .and_then(|l| serde_json::from_str::<Header>(l).ok())
        .and_then(|h| h.leak_check);
    for line in lines.filter(|l| !l.is_empty()) {
        if old {
            // `path<TAB>hash<TAB>bytes<TAB>mtime`: keep the path only, so every file
            // is written again once and the old ones are deleted as they should be.
            if !line.starts_with('#') {
                let path = line.split('\t').next().unwrap_or(line);
                listing.insert(path.to_string(), None);
            }
        } else if let Ok(l) = serde_json::from_str::<Line<'_>>(line) {
            listing.insert(l.path.to_string(), l.entry());
        }
    }
    for pending in [pending_of(out), out.join(LEGACY_PENDING)] {
        if let Ok(pending) = fs::read_to_string(pending) {
            digest = None;
            for rel in pending.lines().filter(|l| !l.is_empty()) {
                listing.entry(rel.to_string()).or_insert(None);
            }
        }
    }
    (listing, digest)
}

/// Removes the pending lists of `out` (beside it, and inside it as older carnets
/// kept it).
pub(super) fn remove_pending(out: &Path) -> Result<()> {
    for pending in [pending_of(out), out.join(LEGACY_PENDING)] {
        match fs::remove_file(&pending) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(crate::error::Error::io(&pending, e))
            }
            _ => {}
        }
    }
    Ok(())
}

/// Writes the manifest of `out` (beside it) listing `files` and the digest of the
/// leak check they all passed, if any, atomically; then removes a manifest an older
/// carnet left inside `out`, which would publish every site's paths.
pub(super) fn write(out: &Path, files: &Listing, leak_check: Option<&str>) -> Result<()> {
    write_at(&manifest_of(out), files, leak_check)?;
    let legacy = out.join(LEGACY_MANIFEST);
    match fs::remove_file(&legacy) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(crate::error::Error::io(&legacy, e))
        }
        _ => Ok(()),
    }
}

/// Writes a manifest listing `files` at `path`, atomically.
fn write_at(path: &Path, files: &Listing, leak_check: Option<&str>) -> Result<()> {
    let mut text = serde_json::to_string(&Header {
        carnet: KIND.into(),
        version: VERSION,
        leak_check: leak_check.map(str::to_string),
    })
    .unwrap_or_default();
    text.push('\n');
    for (rel, entry) in files {
        let line = Line {
            path: rel.as_str().into(),
            blake3: entry.as_ref().map(|e| e.hash.clone()),
            bytes: entry.as_ref().map(|e| e.len),
            // Nanoseconds since 1970 fit in 64 bits until the year 2554.
            mtime_ns: entry
                .as_ref()
                .map(|e| u64::try_from(e.mtime_ns).unwrap_or(u64::MAX)),
        };
        if let Ok(json) = serde_json::to_string(&line) {
            text.push_str(&json);
            text.push('\n');
        }
    }
    write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_what_was_written() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut files = Listing::new();
        files.insert(
            "public/index.html".into(),
            Some(Entry {
                hash: "ab".into(),
                len: 3,
                mtime_ns: 7,
            }),
        );
        files.insert("private/a b\t\"c\".html".into(), None);
        let out = dir.path().join("site");
        fs::create_dir(&out).expect("mkdir");
        write(&out, &files, Some("d1")).expect("write");
        assert!(is_ours(&out));
        assert_eq!(read_with_digest(&out), (files, Some("d1".to_string())));
        assert!(dir.path().join(".site.carnet-manifest").is_file());
        assert_eq!(
            fs::read_dir(&out).expect("list").count(),
            0,
            "nothing inside"
        );
    }

    #[test]
    fn an_old_manifest_is_recognised_and_its_paths_listed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let old =
            format!("{OLD_HEADER}\n# v2\tpath\tblake3\tbytes\tmtime-ns\npublic/a.html\tff\t3\t9\n");
        fs::write(dir.path().join(LEGACY_MANIFEST), old).expect("write");
        assert!(is_ours(dir.path()));
        let (listing, digest) = read_with_digest(dir.path());
        assert_eq!(digest, None);
        assert_eq!(listing.get("public/a.html"), Some(&None));
        assert_eq!(listing.len(), 1);
    }

    #[test]
    fn a_manifest_left_inside_is_taken_over_then_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("site");
        fs::create_dir(&out).expect("mkdir");
        let mut files = Listing::new();
        files.insert("private/lea/index.html".into(), None);
        write_at(&out.join(LEGACY_MANIFEST), &files, None).expect("write");
        fs::write(out.join(LEGACY_PENDING), "private/lea/x.html\n").expect("write");
        assert!(is_ours(&out));
        let (listing, _) = read_with_digest(&out);
        assert!(listing.contains_key("private/lea/index.html"));
        assert!(listing.contains_key("private/lea/x.html"));
        write(&out, &listing, None).expect("write");
        remove_pending(&out).expect("remove");
        assert_eq!(
            fs::read_dir(&out).expect("list").count(),
            0,
            "nothing inside"
        );
        assert_eq!(read_with_digest(&out).0, listing);
    }
}
