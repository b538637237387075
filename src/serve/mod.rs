//! `carnet serve`: a live preview of every audience's site, and a form to write a
//! new experience from the browser.
//!
//! The journal is built in full into memory ([`crate::output::MemorySite`]) with the
//! image cache, then again after each debounced change of the journal ([`watch`]);
//! a failed build keeps the last good site and shows its errors in every page
//! ([`inject`]). Served pages get a bar that says whose eyes you see through and
//! switches audience ([`switcher`]), and a small script that reloads them when a
//! build ends (Server-Sent Events on the same port, [`http`]). None of this is ever
//! written into a built site: `serve` never writes into the output folder at all.
//!
//! The capture form ([`form`]) writes through [`crate::author`], which never
//! overwrites anything. Every write needs the session's CSRF token and a same-origin
//! `Origin`; the server answers only to loopback host names, or with `--lan` to
//! requests carrying the random token of the printed URL ([`security`]).
//!
//! This module must never write into the journal except through
//! [`crate::author`], nor serve a file that is not part of the build in memory.

pub mod form;
pub mod http;
pub mod inject;
pub mod links;
pub mod live;
pub mod pages;
pub mod rebuild;
pub mod request_path;
pub mod security;
pub mod switcher;
pub mod watch;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result, ServeError};

/// How many ports after the one asked for are tried when it is taken.
pub const PORT_TRIES: u16 = 10;

/// What to serve, and how.
#[derive(Debug, Clone)]
pub struct Config {
    /// The journal folder.
    pub journal: PathBuf,
    /// The image cache folder.
    pub cache: PathBuf,
    /// The port to try first.
    pub port: u16,
    /// Listen on every interface (for a phone on the same network), each person
    /// with their own link.
    pub lan: bool,
    /// Which personal links to renew (`--new-links [PERSON]`).
    pub renew: links::Renew,
    /// Where to write the printable cards of the links (`--cards FILE`).
    pub cards: Option<PathBuf>,
}

/// What the server tells its user, for the command line to print.
#[derive(Debug)]
pub enum Notice {
    /// The server listens. `url` is the address to open on this machine; with
    /// `--lan`, `people` is how many personal links there are, and `renewed` the
    /// new link of the one person whose link was renewed (the adviser asked for it).
    Listening {
        /// The loopback URL.
        url: String,
        /// With `--lan`: the number of personal links, and the page of their cards.
        links: Option<(usize, String)>,
        /// `--new-links PERSON`: that person's name and new addresses.
        renewed: Option<(String, Vec<String>)>,
        /// `--cards FILE`: the file written.
        cards: Option<PathBuf>,
        /// Whether the port asked for was taken.
        moved_from: Option<u16>,
    },
    /// Someone added to the journal while the server runs got a personal link
    /// (told once: the adviser hands it over, or prints the cards again).
    NewLink {
        /// Their name.
        name: String,
        /// Their address on the network (none when this machine has no network).
        link: Option<String>,
    },
    /// A build succeeded.
    Built {
        /// Its number (1 for the first).
        number: u64,
        /// Pages in all.
        pages: usize,
        /// Its warnings.
        warnings: Vec<Diagnostic>,
        /// How long it took.
        elapsed: std::time::Duration,
    },
    /// A build failed; the last good site is still served.
    Failed {
        /// Its number.
        number: u64,
        /// Why.
        error: Arc<Error>,
    },
    /// The form wrote a new experience.
    Wrote {
        /// Its new folder.
        dir: PathBuf,
    },
    /// A watcher error (the preview may miss a change).
    WatchError(String),
    /// The server stopped.
    Stopped,
}

/// Binds the first free port from `config.port` (up to [`PORT_TRIES`] more), on
/// loopback or, with `lan`, on every interface.
pub fn bind(config: &Config) -> Result<TcpListener> {
    let ip = if config.lan {
        IpAddr::V4(Ipv4Addr::UNSPECIFIED)
    } else {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    };
    let mut last = None;
    for port in config.port..=config.port.saturating_add(PORT_TRIES) {
        match TcpListener::bind(SocketAddr::new(ip, port)) {
            Ok(listener) => return Ok(listener),
            Err(e) => last = Some(e),
        }
    }
    let source = last.unwrap_or_else(|| std::io::Error::other("no port to try"));
    Err(ServeError::Port {
        first: config.port,
        last: config.port.saturating_add(PORT_TRIES),
        source,
    }
    .into())
}

/// Builds the journal, serves it and watches it until SIGINT or SIGTERM. `notify`
/// receives what the user should be told.
pub fn run(config: Config, notify: impl Fn(Notice) + Send + Sync + 'static) -> Result<()> {
    // Anything wrong inside the journal shows in the page and can be fixed while it
    // runs; a journal folder that is not there cannot.
    if !config.journal.is_dir() {
        return Err(ServeError::NoJournal {
            path: config.journal.clone(),
        }
        .into());
    }
    let listener = bind(&config)?;
    let notify: Arc<dyn Fn(Notice) + Send + Sync> = Arc::new(notify);
    http::serve(config, listener, notify)
}
