//! The preview's state: the last good build, the errors of the last build if it
//! failed, and the builder thread that makes them.
//!
//! Builds run one at a time on their own thread. Requests for a build (from the
//! watcher, or from the form after a write) queue up, and every request waiting
//! when a build starts is served by that one build, so a burst of changes gives
//! one rebuild. A failed build leaves the last good site in place: only the
//! errors change. Each finished build bumps a generation number that the form
//! waits on.
//!
//! A page's live-reload stream names the site it shows, and is counted as
//! watching it ([`Live::watch`]): a build renders the watched sites first and
//! shows them at once. The stream reloads its page when that page's version
//! ([`Live::version`]: the build its site comes from, and the last change of the
//! error panel) changes, so a page reloads once per build, as soon as its own
//! site is ready, and not when only other sites changed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};

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

    /// A failure about the file at `path` as a whole (no line), shown relative to `root`.
    fn of_file(path: &Path, root: &Path, error: &Error) -> Problem {
        let file = path.strip_prefix(root).unwrap_or(path);
        Problem::whole(file.display().to_string(), error)
    }

    /// A failure about `file` as a whole: the error's message, no place in it.
    fn whole(file: String, error: &Error) -> Problem {
        Problem {
            file,
            line: None,
            column: None,
            message: error.to_string(),
            help: None,
            source_line: None,
            caret: None,
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
            | Error::Passphrase { path, .. }
            | Error::Share { path, .. }
            | Error::Credential { path, .. } => vec![Problem::of_file(path, root, error)],
            Error::Leak { item, .. } => vec![Problem::of_file(item, root, error)],
            Error::Template { name, .. } | Error::Seal { file: name, .. } => {
                vec![Problem::whole(name.clone(), error)]
            }
            Error::Serve(_) | Error::Random(_) => {
                vec![Problem::whole("carnet serve".to_string(), error)]
            }
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
    /// Bumped whenever what some page shows may have changed: a site shown
    /// early, or a build's end.
    published: watch::Sender<u64>,
    /// The number of the build that last changed the error panel.
    problems_at: AtomicU64,
    /// Live-reload streams open, by the folder of the site their page shows.
    watching: Mutex<BTreeMap<String, usize>>,
    /// Requests for a build.
    requests: mpsc::Sender<()>,
}

/// A live-reload stream counted as watching a site; it stops counting when
/// dropped (the browser closed or left the page).
#[derive(Debug)]
pub struct Watching {
    live: Arc<Live>,
    dir: String,
}

impl Drop for Watching {
    fn drop(&mut self) {
        let mut map = match self.live.watching.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(n) = map.get_mut(&self.dir) {
            *n -= 1;
            if *n == 0 {
                map.remove(&self.dir);
            }
        }
    }
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

    /// Changes whenever what a page shows may have changed (see [`Live::version`]).
    pub fn published(&self) -> watch::Receiver<u64> {
        self.published.subscribe()
    }

    /// The version of what a page of the site in folder `site` shows: the build
    /// its site comes from and the last change of the error panel. For a page of
    /// no site (`None`), the number of builds finished.
    pub fn version(&self, site: Option<&str>) -> String {
        match site {
            None => self.finished.borrow().to_string(),
            Some(dir) => {
                let site = self.snapshot().versions.get(dir).copied().unwrap_or(0);
                format!("{site}.{}", self.problems_at.load(Ordering::SeqCst))
            }
        }
    }

    /// Waits until the site in folder `site` shows build `wanted` or a later one,
    /// or a build numbered `wanted` or more has ended (when it failed, the site
    /// stays as it was and the error panel says why).
    pub async fn wait_for(&self, wanted: u64, site: &str) {
        let reached = || {
            *self.finished.borrow() >= wanted
                || self
                    .snapshot()
                    .versions
                    .get(site)
                    .is_some_and(|&v| v >= wanted)
        };
        let mut published = self.published();
        let _ = published.wait_for(|_| reached()).await;
    }

    /// Counts a live-reload stream (or a form waiting for its write to show) as
    /// watching the site in folder `dir`, while the returned guard lives. A folder that is no site of the last good build
    /// is not counted.
    pub fn watch(self: &Arc<Self>, dir: &str) -> Option<Watching> {
        self.snapshot().audiences.by_dir(dir)?;
        let mut map = match self.watching.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        *map.entry(dir.to_string()).or_default() += 1;
        Some(Watching {
            live: Arc::clone(self),
            dir: dir.to_string(),
        })
    }

    /// The folders of the sites open in a browser.
    pub fn watched(&self) -> BTreeSet<String> {
        match self.watching.lock() {
            Ok(m) => m.keys().cloned().collect(),
            Err(poisoned) => poisoned.into_inner().keys().cloned().collect(),
        }
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

    /// Shows `snapshot` (when given) and, when build `number` ended, its
    /// `problems` (and moves the generation); tells the pages' streams.
    fn set(&self, number: u64, snapshot: Option<Arc<Snapshot>>, problems: Option<Vec<Problem>>) {
        if let Some(s) = snapshot {
            match self.snapshot.write() {
                Ok(mut guard) => *guard = s,
                Err(poisoned) => *poisoned.into_inner() = s,
            }
        }
        if let Some(problems) = problems {
            let mut guard = match self.problems.write() {
                Ok(guard) => guard,
                Err(poisoned) => poisoned.into_inner(),
            };
            if !guard.is_empty() || !problems.is_empty() {
                self.problems_at.store(number, Ordering::SeqCst);
            }
            *guard = Arc::new(problems);
            drop(guard);
            // After the snapshot: the form, waiting on it, reads the snapshot next.
            self.finished.send_replace(number);
        }
        self.published.send_modify(|n| *n += 1);
    }
}

/// What is told of each good build before it is announced.
pub type OnBuilt = Box<dyn Fn(&Snapshot) + Send>;

/// Starts the builder thread for the journal at `root`, and asks it for a first
/// build. `on_built` sees every good build (once it is served), then `notify`
/// hears of every build.
pub fn start(
    root: &Path,
    cache: &Path,
    notify: Arc<dyn Fn(Notice) + Send + Sync>,
    on_built: OnBuilt,
) -> std::io::Result<Arc<Live>> {
    let (requests, queue) = mpsc::channel::<()>();
    let live = Arc::new(Live {
        root: root.to_path_buf(),
        snapshot: RwLock::new(Arc::new(Snapshot::empty())),
        problems: RwLock::new(Arc::new(Vec::new())),
        started: AtomicU64::new(0),
        finished: watch::Sender::new(0),
        published: watch::Sender::new(0),
        problems_at: AtomicU64::new(0),
        watching: Mutex::new(BTreeMap::new()),
        requests,
    });
    let state = Arc::clone(&live);
    let cache = cache.to_path_buf();
    std::thread::Builder::new()
        .name("carnet-build".into())
        .spawn(move || builder(&state, &cache, &queue, &*notify, &*on_built))?;
    live.request_build();
    Ok(live)
}

/// The builder's loop: one build per batch of requests, until the server is gone.
fn builder(
    live: &Live,
    cache: &Path,
    queue: &mpsc::Receiver<()>,
    notify: &dyn Fn(Notice),
    on_built: &(dyn Fn(&Snapshot) + Send),
) {
    while queue.recv().is_ok() {
        while queue.try_recv().is_ok() {}
        let number = live.started.fetch_add(1, Ordering::SeqCst) + 1;
        let previous = live.snapshot();
        let mut shown_early = false;
        let result = rebuild::build(
            &live.root,
            cache,
            number,
            &previous,
            || live.watched(),
            |early| {
                shown_early = true;
                live.set(number, Some(Arc::new(early)), None);
            },
        );
        match result {
            Ok(snapshot) => {
                let notice = Notice::Built {
                    number,
                    pages: snapshot.pages,
                    warnings: snapshot.warnings.clone(),
                    elapsed: snapshot.elapsed,
                };
                let snapshot = Arc::new(snapshot);
                live.set(number, Some(Arc::clone(&snapshot)), Some(Vec::new()));
                on_built(&snapshot);
                notify(notice);
            }
            Err(error) => {
                // The sites shown early came from a build that failed: back to
                // the last good one.
                let restore = shown_early.then_some(previous);
                live.set(
                    number,
                    restore,
                    Some(Problem::from_error(&error, &live.root)),
                );
                notify(Notice::Failed {
                    number,
                    error: Arc::new(error),
                });
            }
        }
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
