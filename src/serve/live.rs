//! The preview's state: the last good build, the errors of the last build if it
//! failed, and the builder thread that makes them.
//!
//! Builds run one at a time on their own thread. Requests for a build (from the
//! watcher, or from the form after a write) queue up, and every request waiting
//! when a build starts is served by that one build, so a burst of changes gives
//! one rebuild. A failed build leaves the last good site in place: only the
//! errors change. Each finished build bumps a generation number that the pages'
//! live-reload streams and the form wait on.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};

use tokio::sync::watch;

use super::rebuild::{self, Snapshot};
use super::Notice;
use crate::diagnostic::Diagnostic;
use crate::error::Error;

/// One problem of a failed build, as the overlay shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    /// The file, relative to the journal when inside it.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do, when carnet knows.
    pub help: Option<String>,
    /// The offending line's text.
    pub source_line: Option<String>,
    /// Spaces up to the column, then carets under the fault (for a `<pre>`).
    pub caret: Option<String>,
}

impl Problem {
    /// A diagnostic of the journal at `root`.
    pub fn from_diagnostic(d: &Diagnostic, root: &Path) -> Problem {
        let path = d.path();
        let file = path.strip_prefix(root).unwrap_or(path);
        let caret = d
            .location
            .column
            .filter(|_| d.source_line.is_some())
            .map(|c| {
                format!(
                    "{}{}",
                    " ".repeat(c.saturating_sub(1)),
                    "^".repeat(d.width.max(1))
                )
            });
        Problem {
            file: file.display().to_string(),
            line: d.location.line,
            column: d.location.column,
            message: d.message.clone(),
            help: d.help.clone(),
            source_line: d.source_line.clone(),
            caret,
        }
    }

    /// Every problem of a failed build.
    pub fn from_error(error: &Error, root: &Path) -> Vec<Problem> {
        match error {
            Error::Content(diags) => diags
                .iter()
                .filter(|d| d.is_error())
                .map(|d| Problem::from_diagnostic(d, root))
                .collect(),
            Error::Io { path, .. }
            | Error::Output { path, .. }
            | Error::Passphrase { path, .. } => {
                let file = path.strip_prefix(root).unwrap_or(path);
                vec![Problem {
                    file: file.display().to_string(),
                    line: None,
                    column: None,
                    message: error.to_string(),
                    help: None,
                    source_line: None,
                    caret: None,
                }]
            }
            Error::Leak { item, .. } => vec![Problem {
                file: item
                    .strip_prefix(root)
                    .unwrap_or(item)
                    .display()
                    .to_string(),
                line: None,
                column: None,
                message: error.to_string(),
                help: None,
                source_line: None,
                caret: None,
            }],
            Error::Template { name, .. } | Error::Seal { file: name, .. } => vec![Problem {
                file: name.clone(),
                line: None,
                column: None,
                message: error.to_string(),
                help: None,
                source_line: None,
                caret: None,
            }],
        }
    }
}

/// The state shared by the server's handlers and the builder.
#[derive(Debug)]
pub struct Live {
    /// The journal folder.
    pub root: PathBuf,
    snapshot: RwLock<Arc<Snapshot>>,
    problems: RwLock<Arc<Vec<Problem>>>,
    /// Builds started so far.
    started: AtomicU64,
    /// Builds finished so far (successful or not).
    finished: watch::Sender<u64>,
    /// Requests for a build.
    requests: mpsc::Sender<()>,
}

impl Live {
    /// The last good build.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => Arc::clone(&s),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// The problems of the last build (empty when it succeeded).
    pub fn problems(&self) -> Arc<Vec<Problem>> {
        match self.problems.read() {
            Ok(p) => Arc::clone(&p),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Builds finished so far, to wait on.
    pub fn generation(&self) -> watch::Receiver<u64> {
        self.finished.subscribe()
    }

    /// The number of the next build to start: a build with this number or more
    /// has seen every change made before this call.
    pub fn next_build(&self) -> u64 {
        self.started.load(Ordering::SeqCst) + 1
    }

    /// Builds started so far.
    pub fn started(&self) -> u64 {
        self.started.load(Ordering::SeqCst)
    }

    /// Asks for a build, and returns the number a build must reach to have
    /// started after this call (and so to have seen every change made before it).
    pub fn request_build(&self) -> u64 {
        let wanted = self.next_build();
        // The builder outlives every handler; if it is gone, the wait times out.
        let _ = self.requests.send(());
        wanted
    }

    fn set(&self, snapshot: Option<Snapshot>, problems: Vec<Problem>) {
        if let Some(s) = snapshot {
            match self.snapshot.write() {
                Ok(mut guard) => *guard = Arc::new(s),
                Err(poisoned) => *poisoned.into_inner() = Arc::new(s),
            }
        }
        match self.problems.write() {
            Ok(mut guard) => *guard = Arc::new(problems),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(problems),
        }
    }
}

/// Starts the builder thread for the journal at `root`, and asks it for a first
/// build. `notify` hears of every build.
pub fn start(
    root: &Path,
    cache: &Path,
    notify: Arc<dyn Fn(Notice) + Send + Sync>,
) -> std::io::Result<Arc<Live>> {
    let (requests, queue) = mpsc::channel::<()>();
    let live = Arc::new(Live {
        root: root.to_path_buf(),
        snapshot: RwLock::new(Arc::new(Snapshot::empty())),
        problems: RwLock::new(Arc::new(Vec::new())),
        started: AtomicU64::new(0),
        finished: watch::Sender::new(0),
        requests,
    });
    let state = Arc::clone(&live);
    let cache = cache.to_path_buf();
    std::thread::Builder::new()
        .name("carnet-build".into())
        .spawn(move || builder(&state, &cache, &queue, &*notify))?;
    live.request_build();
    Ok(live)
}

/// The builder's loop: one build per batch of requests, until the server is gone.
fn builder(live: &Live, cache: &Path, queue: &mpsc::Receiver<()>, notify: &dyn Fn(Notice)) {
    while queue.recv().is_ok() {
        while queue.try_recv().is_ok() {}
        let number = live.started.fetch_add(1, Ordering::SeqCst) + 1;
        match rebuild::build(&live.root, cache) {
            Ok(snapshot) => {
                let notice = Notice::Built {
                    number,
                    pages: snapshot.pages,
                    warnings: snapshot.warnings.clone(),
                    elapsed: snapshot.elapsed,
                };
                live.set(Some(snapshot), Vec::new());
                notify(notice);
            }
            Err(error) => {
                live.set(None, Problem::from_error(&error, &live.root));
                notify(Notice::Failed {
                    number,
                    error: Arc::new(error),
                });
            }
        }
        live.finished.send_replace(number);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_the_file_inside_the_journal_with_a_caret() {
        let text = "+++\ntitle = \"x\"\nvisibilty = \"public\"\n+++\n";
        let d = Diagnostic::at_span(
            "/j/learners/ana/experiences/a/index.md",
            text,
            16..25,
            "unknown field `visibilty`",
        );
        let p = Problem::from_diagnostic(&d, Path::new("/j"));
        assert_eq!(p.file, "learners/ana/experiences/a/index.md");
        assert_eq!((p.line, p.column), (Some(3), Some(1)));
        assert_eq!(p.caret.as_deref(), Some("^^^^^^^^^"));
        assert_eq!(p.source_line.as_deref(), Some("visibilty = \"public\""));
    }
}
