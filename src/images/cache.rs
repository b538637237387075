//! The content-addressed image cache, kept outside every output folder.
//!
//! Variants are stored as `v1/<key>.jpg` (and `.webp`), the key hashing the source bytes, the
//! operation and the settings. A stat index (`index.json`: path, size and mtime →
//! probed [`Source`]) lets a rebuild skip reading photos that did not change. After
//! a successful build the cache is pruned of what no site used.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::probe::Source;
use crate::error::{IoContext, Result};

/// Environment variable naming the cache folder.
pub const CACHE_ENV: &str = "CARNET_CACHE";

/// What identifies an unchanged file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, in nanoseconds since the epoch.
    pub mtime_ns: u128,
}

impl Stamp {
    /// The stamp of a file's metadata.
    pub fn of(meta: &fs::Metadata) -> Stamp {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        Stamp {
            len: meta.len(),
            mtime_ns,
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    version: u32,
    entries: HashMap<PathBuf, (Stamp, Source)>,
}

const INDEX_VERSION: u32 = 2;

/// An open image cache.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    index: Mutex<Index>,
    /// Variant files present (listed once at open; files are written atomically, so
    /// a listed name holds a whole file).
    files: Mutex<HashSet<String>>,
}

impl Cache {
    /// The default cache folder of the journal at `root`: `$CARNET_CACHE`, else
    /// `$XDG_CACHE_HOME/carnet/<journal id>`, else `~/.cache/carnet/<journal id>`.
    pub fn default_dir(root: &Path) -> PathBuf {
        if let Some(dir) = std::env::var_os(CACHE_ENV).filter(|v| !v.is_empty()) {
            return PathBuf::from(dir);
        }
        let canonical = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let id = blake3::hash(canonical.to_string_lossy().as_bytes()).to_hex();
        let name = canonical
            .file_name()
            .map(|n| crate::journal::slug::slugify(&n.to_string_lossy()))
            .unwrap_or_default();
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
            .unwrap_or_else(std::env::temp_dir);
        base.join("carnet").join(format!("{name}-{}", &id[..12]))
    }

    /// Opens (and creates) the cache at `dir`. A missing or unreadable index is
    /// an empty one: the cache is only ever a shortcut.
    pub fn open(dir: &Path) -> Result<Cache> {
        fs::create_dir_all(dir.join("v1")).at(dir)?;
        let index = fs::read(dir.join("index.json"))
            .ok()
            .and_then(|b| serde_json::from_slice::<Index>(&b).ok())
            .filter(|i| i.version == INDEX_VERSION)
            .unwrap_or_default();
        let variants = dir.join("v1");
        let files = fs::read_dir(&variants)
            .at(&variants)?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".jpg") || n.ends_with(".webp"))
            .collect();
        Ok(Cache {
            dir: dir.to_path_buf(),
            index: Mutex::new(index),
            files: Mutex::new(files),
        })
    }

    /// The cache folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The probed source of `path`, if the index knows it with this stamp. Paths are
    /// the photos' canonical paths, so that the index serves however the journal was
    /// named on the command line.
    pub fn lookup(&self, path: &Path, stamp: Stamp) -> Option<Source> {
        let index = self.index.lock().ok()?;
        index
            .entries
            .get(path)
            .filter(|(s, _)| *s == stamp)
            .map(|(_, src)| src.clone())
    }

    /// Records the probed source of `path`.
    pub fn remember(&self, path: &Path, stamp: Stamp, source: &Source) {
        if let Ok(mut index) = self.index.lock() {
            index
                .entries
                .insert(path.to_path_buf(), (stamp, source.clone()));
        }
    }

    /// Where the variant file `file` lives.
    pub fn variant_path(&self, file: &str) -> PathBuf {
        self.dir.join("v1").join(file)
    }

    /// Whether the variant file `file` is in the cache (an empty file, left by a
    /// crash or a mishap, does not count).
    pub fn has(&self, file: &str) -> bool {
        self.files.lock().is_ok_and(|f| f.contains(file))
    }

    /// Records that the variant file `file` was written (atomically) to the cache.
    pub fn added(&self, file: &str) {
        if let Ok(mut f) = self.files.lock() {
            f.insert(file.to_string());
        }
    }

    /// Saves the index (only the sources in `used_sources`) and deletes the variant
    /// files not in `used_files`. Returns how many files were pruned.
    pub fn save_and_prune(
        &self,
        used_sources: &HashSet<PathBuf>,
        used_files: &HashSet<String>,
    ) -> Result<usize> {
        let json = {
            let mut index = self.index.lock().map_err(|_| {
                crate::error::Error::io(
                    &self.dir,
                    std::io::Error::other("cache index lock poisoned"),
                )
            })?;
            index.version = INDEX_VERSION;
            index.entries.retain(|p, _| used_sources.contains(p));
            serde_json::to_vec(&*index).map_err(|e| crate::error::Error::io(&self.dir, e.into()))?
        };
        let tmp = self.dir.join("index.json.tmp");
        fs::write(&tmp, json).at(&tmp)?;
        fs::rename(&tmp, self.dir.join("index.json")).at(&self.dir)?;
        let mut pruned = 0;
        let variants = self.dir.join("v1");
        for entry in fs::read_dir(&variants).at(&variants)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !used_files.contains(&name) {
                fs::remove_file(entry.path()).at(entry.path())?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }
}
