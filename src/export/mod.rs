//! Zips what a build made, for upload or to take away: one audience's site (the
//! safe way to publish one site and nothing else), or a learner's own journal
//! folder with their private site (« emporte ton carnet »).
//!
//! Zips are deterministic: the same files give the same bytes, whatever their
//! modification times, the order the file system lists them in, or where the
//! journal lives (entries in name order, a fixed 1980-01-01 timestamp, fixed
//! permissions, paths relative to the zip's own top folder). Symbolic links are
//! never followed (one could lead anywhere on the machine) and never stored.
//!
//! This module never decides what belongs to an audience: a site folder holds
//! only what `audience::view` let through, and it zips that folder alone.

pub mod learner;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::error::{Error, IoContext, Result};

/// One file of a zip: its name inside the zip (`/`-separated) and where it is read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// Name inside the zip.
    pub name: String,
    /// The file on disk.
    pub source: PathBuf,
}

/// What [`write_zip`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Files in the zip.
    pub files: usize,
    /// Size of the zip, in bytes.
    pub bytes: u64,
}

/// Which hidden files (names starting with `.`) a zip takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// None (a journal folder: `.git`, editors' files).
    Skip,
    /// Those a person put there, such as a site's own `.htaccess` (a password):
    /// a zip of a site must never publish less protection than its folder had.
    /// Only the litter of file managers (`.DS_Store`, `._*`) and carnet's own
    /// temporary files (`.carnet-*`) stay out.
    Keep,
}

impl Hidden {
    /// Whether a file or folder named `name` goes into the zip.
    fn takes(self, name: &str) -> bool {
        if !name.starts_with('.') {
            return true;
        }
        match self {
            Hidden::Skip => false,
            Hidden::Keep => {
                !(name == ".DS_Store" || name.starts_with("._") || name.starts_with(".carnet-"))
            }
        }
    }
}

/// Every regular file under `dir`, named `prefix/<path below dir>`; hidden files as
/// `hidden` says. Symbolic links are left out.
pub fn folder_entries(dir: &Path, prefix: &str, hidden: Hidden) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for item in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || hidden.takes(&e.file_name().to_string_lossy()))
    {
        let item = item.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::io(path, e.into())
        })?;
        if !item.file_type().is_file() {
            continue;
        }
        let rel = item
            .path()
            .strip_prefix(dir)
            .map_err(|_| Error::io(item.path(), io::Error::other("outside the folder")))?;
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let name = if prefix.is_empty() {
            rel.join("/")
        } else {
            format!("{prefix}/{}", rel.join("/"))
        };
        entries.push(Entry {
            name,
            source: item.path().to_path_buf(),
        });
    }
    Ok(entries)
}

/// Writes `entries` into a new zip at `dest` (replaced atomically: a failed
/// export leaves no partial zip). Entries are sorted by name first.
pub fn write_zip(mut entries: Vec<Entry>, dest: &Path) -> Result<Written> {
    entries.sort();
    entries.dedup_by(|a, b| a.name == b.name);
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".carnet-export-")
        .tempfile_in(dir)
        .at(dir)?;
    let zip_error = |e: zip::result::ZipError| Error::io(dest, io::Error::other(e));
    {
        let mut zip = ZipWriter::new(io::BufWriter::new(temp.as_file_mut()));
        for entry in &entries {
            let bytes = fs::read(&entry.source).at(&entry.source)?;
            zip.start_file(entry.name.as_str(), options_for(&entry.name))
                .map_err(zip_error)?;
            zip.write_all(&bytes).at(dest)?;
        }
        let mut out = zip.finish().map_err(zip_error)?;
        out.flush().at(dest)?;
    }
    temp.as_file().sync_all().at(dest)?;
    let bytes = temp.as_file().metadata().at(dest)?.len();
    temp.persist(dest).map_err(|e| Error::io(dest, e.error))?;
    Ok(Written {
        files: entries.len(),
        bytes,
    })
}

/// A deterministic zip of `files` (name, bytes) made in memory, with the same fixed
/// dates, permissions and compression as [`write_zip`]; entries in the order given.
pub fn zip_bytes(files: &[(&str, &[u8])]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        zip.start_file(*name, options_for(name))?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Fixed options: no time but 1980-01-01, rw-r--r--, Unix; already compressed
/// formats stored as they are, the rest deflated.
fn options_for(name: &str) -> SimpleFileOptions {
    let compressed = [".jpg", ".jpeg", ".png", ".webp", ".zip"]
        .iter()
        .any(|ext| name.to_ascii_lowercase().ends_with(ext));
    let method = if compressed {
        CompressionMethod::Stored
    } else {
        CompressionMethod::Deflated
    };
    SimpleFileOptions::default()
        .compression_method(method)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644)
        .system(zip::System::Unix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_files_give_the_same_bytes_whatever_their_times() {
        let dir = tempfile::tempdir().expect("temp");
        let site = dir.path().join("site");
        fs::create_dir_all(site.join("a/b")).expect("mkdir");
        fs::write(site.join("index.html"), "<p>hello</p>").expect("write");
        fs::write(site.join("a/b/photo.jpg"), [0xFF, 0xD8, 1, 2, 3]).expect("write");
        fs::write(site.join(".hidden"), "x").expect("write");
        let first = dir.path().join("one.zip");
        let written = write_zip(
            folder_entries(&site, "public", Hidden::Skip).expect("list"),
            &first,
        )
        .expect("zip");
        assert_eq!(written.files, 2);
        let file = fs::File::options()
            .write(true)
            .open(site.join("index.html"))
            .expect("open");
        file.set_modified(std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1))
            .expect("touch");
        let second = dir.path().join("two.zip");
        write_zip(
            folder_entries(&site, "public", Hidden::Skip).expect("list"),
            &second,
        )
        .expect("zip");
        assert_eq!(
            fs::read(&first).expect("read"),
            fs::read(&second).expect("read")
        );
        let names: Vec<String> = {
            let archive =
                zip::ZipArchive::new(fs::File::open(&first).expect("open")).expect("archive");
            archive
                .file_names()
                .map(|n| n.expect("name").into_owned())
                .collect()
        };
        assert!(
            names.contains(&"public/index.html".to_string()),
            "{names:?}"
        );
        assert!(!names.iter().any(|n| n.contains("hidden")), "{names:?}");
    }

    #[test]
    fn a_site_keeps_the_hidden_files_a_person_added_but_not_litter() {
        let dir = tempfile::tempdir().expect("temp");
        let site = dir.path().join("site");
        fs::create_dir_all(site.join("photos")).expect("mkdir");
        for name in [
            ".htaccess",
            ".htpasswd",
            ".DS_Store",
            "._index.html",
            ".carnet-tmp-1",
            "index.html",
            "photos/.DS_Store",
        ] {
            fs::write(site.join(name), "x").expect("write");
        }
        let names: Vec<String> = folder_entries(&site, "", Hidden::Keep)
            .expect("list")
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, [".htaccess", ".htpasswd", "index.html"]);
    }
}
