//! The content-addressed image cache, kept outside every output folder.
//!
//! Variants are stored as `<codec>/<key>.jpg` (and `.webp`), the key hashing the
//! source bytes, the operation and the settings; the folder is the JPEG codec's
//! ([`super::codec::Codec::cache_key`], `v2-rust` or `v2-libjpeg-turbo-2.1.5`): the two
//! codecs make different bytes, so one never reuses the other's files. Its index
//! (`<codec>.json`, one per codec) records, for each variant
//! file, the size and blake3 hash of what was written (a file of another size, an
//! empty one left by a crash for instance, is made again, never published), and for
//! each journal using the cache, a stat index (path, size and mtime → probed
//! [`Source`]) that lets a rebuild skip reading photos that did not change, and the
//! variant files its last build used.
//!
//! Several journals may share one cache (`CARNET_CACHE`): a build holds the cache's
//! lock from open to save, and prunes only the files that no journal uses.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::probe::Source;
use crate::error::{Error, IoContext, Result};
use crate::output::{write_atomic, FolderLock};

/// Environment variable naming the cache folder.
pub const CACHE_ENV: &str = "CARNET_CACHE";

/// Journals not built with this cache for this long no longer keep their files.
const FORGET_AFTER_SECS: u64 = 180 * 24 * 3600;

/// How old a journal's date of use may get before a build that changed nothing
/// else in the index writes it again.
const REFRESH_USE_SECS: u64 = 24 * 3600;

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

/// What was written to a variant file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct FileRecord {
    len: u64,
    blake3: String,
}

/// What the cache knows of one journal using it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct JournalRecord {
    /// The journal's canonical folder.
    root: PathBuf,
    /// When it last used the cache (seconds since the epoch).
    used_secs: u64,
    /// Probed sources by canonical path, with the stamp they were probed at.
    sources: HashMap<PathBuf, (Stamp, Source)>,
    /// Variant files its last build used.
    files: HashSet<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    version: u32,
    files: HashMap<String, FileRecord>,
    journals: HashMap<String, JournalRecord>,
}

const INDEX_VERSION: u32 = 3;

/// What a cache holds when it is opened.
#[derive(Debug)]
struct Contents {
    index: Mutex<Index>,
    /// Variant files present and whole (listed once at open).
    present: Mutex<HashSet<String>>,
}

impl Contents {
    /// Reads the index at `index_path` (empty when missing, unreadable or of
    /// another version) and lists the variant files of `variants` it vouches for.
    fn read(index_path: &Path, variants: &Path) -> Contents {
        let index = fs::read(index_path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Index>(&b).ok())
            .filter(|i| i.version == INDEX_VERSION)
            .unwrap_or_default();
        let mut present = HashSet::new();
        for entry in fs::read_dir(variants).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let whole = index.files.get(&name).is_some_and(|r| {
                r.len > 0
                    && entry
                        .metadata()
                        .is_ok_and(|m| m.is_file() && m.len() == r.len)
            });
            if whole {
                present.insert(name);
            }
        }
        Contents {
            index: Mutex::new(index),
            present: Mutex::new(present),
        }
    }
}

/// An open image cache, locked for one build of one journal.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    /// The folder of this codec's variant files (see [`Codec::cache_key`]), with
    /// its own index: a cache made by one codec is not reused by the other.
    ///
    /// [`Codec::cache_key`]: super::codec::Codec::cache_key
    variants: PathBuf,
    /// Its index (`<codec>.json`, beside the folder).
    index_path: PathBuf,
    /// Id of the journal being built (hash of its canonical folder).
    journal: String,
    /// The journal's canonical folder.
    root: PathBuf,
    /// The index and the variant files, read once (see [`Cache::open`]).
    contents: OnceLock<Contents>,
    /// The thread reading them, until they are first needed.
    reading: Mutex<Option<JoinHandle<Contents>>>,
    /// Whether a variant was stored or a photo probed since the cache was opened.
    learned: std::sync::atomic::AtomicBool,
    _lock: FolderLock,
}

impl Cache {
    /// The default cache folder of the journal at `root`: `$CARNET_CACHE`, else
    /// `carnet/<journal>` in the user's cache folder (`~/.cache` on Linux,
    /// `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows).
    pub fn default_dir(root: &Path) -> PathBuf {
        if let Some(dir) = std::env::var_os(CACHE_ENV).filter(|v| !v.is_empty()) {
            return PathBuf::from(dir);
        }
        let canonical = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let name = canonical
            .file_name()
            .map(|n| crate::journal::slug::slugify(&n.to_string_lossy()))
            .unwrap_or_default();
        let base = dirs::cache_dir().unwrap_or_else(std::env::temp_dir);
        base.join("carnet")
            .join(format!("{name}-{}", &journal_id(&canonical)[..12]))
    }

    /// Opens (and creates) the cache at `dir` for the journal at `root`, waiting for
    /// another build using it to end. A missing or unreadable index is an empty one:
    /// the cache is only ever a shortcut. The index and the list of variant files
    /// are read on a thread of their own (while the journal is read), and waited
    /// for when first needed.
    pub fn open(dir: &Path, root: &Path) -> Result<Cache> {
        let key = super::codec::active().cache_key();
        let variants = dir.join(key);
        fs::create_dir_all(&variants).at(dir)?;
        let lock = FolderLock::acquire(&dir.join(".lock"))?;
        // Files of carnets before the cache was kept per codec: made by either.
        let _ = fs::remove_dir_all(dir.join("v1"));
        let _ = fs::remove_file(dir.join("index.json"));
        let canonical = fs::canonicalize(root).at(root)?;
        let index_path = dir.join(format!("{key}.json"));
        let (read_index, listed) = (index_path.clone(), variants.clone());
        let reading = std::thread::Builder::new()
            .name("cache index".into())
            .spawn(move || Contents::read(&read_index, &listed))
            .ok();
        Ok(Cache {
            dir: dir.to_path_buf(),
            variants,
            index_path,
            journal: journal_id(&canonical),
            root: canonical,
            contents: OnceLock::new(),
            reading: Mutex::new(reading),
            learned: std::sync::atomic::AtomicBool::new(false),
            _lock: lock,
        })
    }

    /// The index and the variant files present, once read.
    fn contents(&self) -> &Contents {
        self.contents.get_or_init(|| {
            let reading = self.reading.lock().ok().and_then(|mut r| r.take());
            reading
                .and_then(|r| r.join().ok())
                .unwrap_or_else(|| Contents::read(&self.index_path, &self.variants))
        })
    }

    /// The probed source of `path`, if this journal's stat index knows it with this
    /// stamp. Paths are the photos' canonical paths, so that the index serves
    /// however the journal was named on the command line.
    pub fn lookup(&self, path: &Path, stamp: Stamp) -> Option<Source> {
        let index = self.contents().index.lock().ok()?;
        index
            .journals
            .get(&self.journal)?
            .sources
            .get(path)
            .filter(|(s, _)| *s == stamp)
            .map(|(_, src)| src.clone())
    }

    /// Records the probed source of `path`.
    pub fn remember(&self, path: &Path, stamp: Stamp, source: &Source) {
        if let Ok(mut index) = self.contents().index.lock() {
            index
                .journals
                .entry(self.journal.clone())
                .or_default()
                .sources
                .insert(path.to_path_buf(), (stamp, source.clone()));
        }
        self.learned
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Where the variant file `file` lives.
    pub fn variant_path(&self, file: &str) -> PathBuf {
        self.variants.join(file)
    }

    /// Whether the variant file `file` is in the cache, whole.
    pub fn has(&self, file: &str) -> bool {
        self.contents()
            .present
            .lock()
            .is_ok_and(|f| f.contains(file))
    }

    /// The blake3 hash (hex) of the variant file `file`, when it is in the cache.
    pub fn hash_of(&self, file: &str) -> Option<String> {
        if !self.has(file) {
            return None;
        }
        let index = self.contents().index.lock().ok()?;
        index.files.get(file).map(|r| r.blake3.clone())
    }

    /// Writes the variant file `file` (atomically) and records what it holds.
    pub fn store(&self, file: &str, bytes: &[u8]) -> Result<()> {
        write_atomic(&self.variant_path(file), bytes)?;
        let record = FileRecord {
            len: bytes.len() as u64,
            blake3: blake3::hash(bytes).to_hex().to_string(),
        };
        if let Ok(mut index) = self.contents().index.lock() {
            index.files.insert(file.to_string(), record);
        }
        if let Ok(mut present) = self.contents().present.lock() {
            present.insert(file.to_string());
        }
        self.learned
            .store(true, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }

    /// Saves the index, keeping for this journal only the sources in `used_sources`
    /// and the files in `used_files`, and deletes the variant files that no journal
    /// using the cache needs any more. Returns how many files were pruned.
    pub fn save_and_prune(
        &self,
        used_sources: &HashSet<PathBuf>,
        used_files: &HashSet<String>,
    ) -> Result<usize> {
        let poisoned = || {
            Error::io(
                &self.dir,
                std::io::Error::other("cache index lock poisoned"),
            )
        };
        let mut index = self.contents().index.lock().map_err(|_| poisoned())?;
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let id = self.journal.clone();
        let record = index.journals.entry(id.clone()).or_default();
        let sources = record.sources.len();
        record.sources.retain(|p, _| used_sources.contains(p));
        // A build that learned nothing and used what the last one used (`carnet
        // serve` after an edit of text, a warm build) leaves the index as it is,
        // unless its date of use is a day old.
        let same = !self.learned.load(std::sync::atomic::Ordering::Relaxed)
            && record.sources.len() == sources
            && record.files == *used_files
            && record.root == self.root
            && now.saturating_sub(record.used_secs) < REFRESH_USE_SECS;
        record.files = used_files.clone();
        record.used_secs = now;
        record.root = self.root.clone();
        // Journals that are gone, or long unused, no longer keep files.
        let journals = index.journals.len();
        index.journals.retain(|key, r| {
            *key == id || (now.saturating_sub(r.used_secs) < FORGET_AFTER_SECS && r.root.is_dir())
        });
        if same && index.journals.len() == journals {
            return Ok(0);
        }
        let needed: HashSet<String> = index
            .journals
            .values()
            .flat_map(|r| r.files.iter().cloned())
            .collect();
        let variants = &self.variants;
        let mut pruned = Vec::new();
        for entry in fs::read_dir(variants).at(variants)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !needed.contains(&name) {
                fs::remove_file(entry.path()).at(entry.path())?;
                pruned.push(name);
            }
        }
        index.files.retain(|name, _| needed.contains(name));
        index.version = INDEX_VERSION;
        let json = serde_json::to_vec(&*index).map_err(|e| Error::io(&self.dir, e.into()))?;
        write_atomic(&self.index_path, &json)?;
        Ok(pruned.len())
    }
}

/// The id of a journal in a shared cache: a hash of its canonical folder.
fn journal_id(canonical_root: &Path) -> String {
    blake3::hash(canonical_root.to_string_lossy().as_bytes())
        .to_hex()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(names: &[&str]) -> HashSet<String> {
        names.iter().map(|n| (*n).to_string()).collect()
    }

    #[cfg(unix)]
    #[test]
    fn a_build_that_learned_nothing_leaves_the_index_and_a_change_of_files_prunes() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = dir.path().join("journal");
        fs::create_dir_all(&journal).expect("journal");
        let at = dir.path().join("cache");
        let cache = Cache::open(&at, &journal).expect("open");
        cache.store("a.jpg", b"aaaa").expect("store");
        cache.store("b.jpg", b"bbbb").expect("store");
        let index = at.join(format!(
            "{}.json",
            super::super::codec::active().cache_key()
        ));
        let variants = cache.variants.clone();
        cache
            .save_and_prune(&HashSet::new(), &files(&["a.jpg", "b.jpg"]))
            .expect("save");
        drop(cache);
        let written = fs::metadata(&index).expect("index").ino();
        let cache = Cache::open(&at, &journal).expect("open");
        assert_eq!(
            cache
                .save_and_prune(&HashSet::new(), &files(&["a.jpg", "b.jpg"]))
                .expect("save"),
            0
        );
        drop(cache);
        assert_eq!(
            fs::metadata(&index).expect("index").ino(),
            written,
            "the index was written again though nothing changed"
        );
        let cache = Cache::open(&at, &journal).expect("open");
        assert_eq!(
            cache
                .save_and_prune(&HashSet::new(), &files(&["a.jpg"]))
                .expect("save"),
            1
        );
        assert!(variants.join("a.jpg").is_file());
        assert!(
            !variants.join("b.jpg").exists(),
            "a file no build uses is pruned"
        );
        assert_ne!(fs::metadata(&index).expect("index").ino(), written);
    }
}
