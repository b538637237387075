//! A lock file that lives only while it is held: one build at a time writes an
//! output folder or an image cache, and no empty lock file is left behind.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};

/// An exclusive lock on a file, held until dropped. The file is deleted when the
/// lock is released (while still locked, so no one else can be holding it then).
#[derive(Debug)]
pub struct FolderLock {
    file: fs::File,
    path: PathBuf,
}

impl FolderLock {
    /// Takes the lock at `path`, or `None` when another process holds it.
    pub fn try_acquire(path: &Path) -> Result<Option<FolderLock>> {
        Self::acquire_with(path, false)
    }

    /// Takes the lock at `path`, waiting for another process to release it.
    pub fn acquire(path: &Path) -> Result<FolderLock> {
        Self::acquire_with(path, true)?
            .ok_or_else(|| Error::io(path, std::io::Error::other("the lock could not be taken")))
    }

    fn acquire_with(path: &Path, wait: bool) -> Result<Option<FolderLock>> {
        // The holder deletes the file as it releases the lock: a process that opened
        // the file before that, then locked it, holds a lock on a deleted file.
        // Check that the locked file is still the one at `path`, or start again.
        loop {
            let file = fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(path)
                .at(path)?;
            if wait {
                file.lock().at(path)?;
            } else {
                match file.try_lock() {
                    Ok(()) => {}
                    Err(fs::TryLockError::WouldBlock) => return Ok(None),
                    Err(fs::TryLockError::Error(e)) => return Err(Error::io(path, e)),
                }
            }
            if same_file(&file, path) {
                return Ok(Some(FolderLock {
                    file,
                    path: path.to_path_buf(),
                }));
            }
        }
    }
}

#[cfg(unix)]
fn same_file(file: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &fs::File, path: &Path) -> bool {
    path.exists()
}

impl Drop for FolderLock {
    fn drop(&mut self) {
        // Only on Unix can a locked file be deleted; elsewhere it stays (empty).
        if cfg!(unix) {
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_no_file_left() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(".lock");
        let held = FolderLock::try_acquire(&path).expect("lock").expect("free");
        assert!(FolderLock::try_acquire(&path).expect("lock").is_none());
        drop(held);
        assert!(!path.exists(), "the lock file was left behind");
        let again = FolderLock::try_acquire(&path).expect("lock");
        assert!(again.is_some());
    }
}
