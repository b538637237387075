//! Numbered points in the writing of an output folder where a test can stop the
//! build, to kill it there and check what a crash at that moment leaves behind
//! (`tests/it/kills.rs`).
//!
//! Off unless `CARNET_TEST_STOP_AT=N` is set, and that variable is read here only.
//! When it is set, each point prints `carnet-test-step K <what>` to stderr; the
//! N-th one then prints `carnet-test-stopped N` and waits for ever, so that the test
//! can send SIGKILL at exactly that moment. A build that never reaches N ends
//! normally (its stderr lists every point, which tells a test how many there are).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

/// The variable that turns the points on.
pub const STOP_AT: &str = "CARNET_TEST_STOP_AT";

static TARGET: OnceLock<Option<u64>> = OnceLock::new();
static COUNT: AtomicU64 = AtomicU64::new(0);

/// A point where a build may be stopped: the step just done is `what`.
pub(crate) fn point(what: &str) {
    let Some(stop) = *TARGET.get_or_init(|| std::env::var(STOP_AT).ok()?.parse().ok()) else {
        return;
    };
    let n = COUNT.fetch_add(1, Ordering::SeqCst) + 1;
    eprintln!("carnet-test-step {n} {what}");
    if n == stop {
        eprintln!("carnet-test-stopped {n}");
        loop {
            std::thread::sleep(Duration::from_secs(3600));
        }
    }
}
