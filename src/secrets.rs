//! Where carnet keeps a person's secrets: workshop links, the programme's identity
//! that opens contributions, signing keys. Never in a journal, never in a site.
//!
//! The folder is `CARNET_HOME` when set, else `carnet/` in the user's configuration
//! folder (`~/.config/carnet` on Linux, `~/Library/Application Support/carnet` on
//! macOS, `%APPDATA%\carnet` on Windows). It is made with mode 0700 and its files
//! with 0600 (on Unix), written atomically. A secret file given by the user (by flag
//! or environment variable) is refused inside the journal folder, where it would be
//! copied, exported or shared with the journal.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};

/// The environment variable that moves carnet's secrets folder (tests, a USB key).
pub const HOME_VAR: &str = "CARNET_HOME";

/// carnet's secrets folder (not created by this call).
pub fn home() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(HOME_VAR).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::config_dir().map(|d| d.join("carnet")).ok_or_else(|| {
        Error::io(
            HOME_VAR,
            std::io::Error::other(
                "no configuration folder on this system: set CARNET_HOME to a private folder",
            ),
        )
    })
}

/// Makes `dir` (and its parents) if missing; `dir` itself gets mode 0700 on Unix.
pub fn private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).at(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).at(dir)?;
    }
    Ok(())
}

/// Writes `bytes` to `path` readable by its owner only (0600 on Unix), atomically:
/// a temporary file made 0600 before anything is written into it, synced, then
/// renamed over `path`. The parent folder is made private if missing.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.exists() {
        private_dir(dir)?;
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".carnet-secret-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    let mut tmp = builder.tempfile_in(dir).at(dir)?;
    tmp.write_all(bytes).at(tmp.path())?;
    tmp.as_file().sync_all().at(tmp.path())?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Whether `file` lies inside the folder `journal` (both resolved, links followed).
/// A file that does not exist yet is judged by its parent folder.
pub fn is_inside(file: &Path, journal: &Path) -> Result<bool> {
    let journal = std::fs::canonicalize(journal).at(journal)?;
    let resolved = match std::fs::canonicalize(file) {
        Ok(p) => p,
        Err(_) => {
            let parent = file
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let Ok(parent) = std::fs::canonicalize(parent) else {
                return Ok(false);
            };
            parent.join(file.file_name().unwrap_or_default())
        }
    };
    Ok(resolved.starts_with(&journal))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_files_are_for_their_owner_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("carnet").join("links.toml");
        write_private(&path, b"secret").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"secret");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().expect("parent")), 0o700);
        }
        write_private(&path, b"again").expect("rewrite");
        assert_eq!(std::fs::read(&path).expect("read"), b"again");
    }

    #[test]
    fn files_inside_the_journal_are_recognised() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = dir.path().join("journal");
        std::fs::create_dir_all(journal.join("learners")).expect("mkdir");
        std::fs::write(journal.join("learners/key.txt"), "k").expect("write");
        assert!(is_inside(&journal.join("learners/key.txt"), &journal).expect("inside"));
        assert!(is_inside(&journal.join("not-yet.txt"), &journal).expect("inside"));
        std::fs::write(dir.path().join("key.txt"), "k").expect("write");
        assert!(!is_inside(&dir.path().join("key.txt"), &journal).expect("outside"));
        assert!(!is_inside(&dir.path().join("journal-2/key.txt"), &journal).expect("outside"));
    }
}
