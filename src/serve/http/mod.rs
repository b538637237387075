//! The HTTP side of the preview (axum on tokio, one thread): the build's files
//! from memory, the bar and error panel injected into its pages, live reload by
//! Server-Sent Events, the audience switch, and the capture form.
//!
//! Every request first passes [`guard`]: a loopback `Host` (or the LAN token),
//! a session cookie, and headers that keep the preview out of caches and frames.
//! Every write also needs a same-origin `Origin` and the session's CSRF token.
//! Paths are looked up in memory ([`super::request_path`]); nothing is ever read
//! from disk by a request's path. The audience switch is in `switch`, the
//! capture form's routes in `capture`.

mod capture;
mod cards;
mod switch;

use std::convert::Infallible;
use std::future::IntoFuture;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::extract::{ConnectInfo, DefaultBodyLimit, Query, Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::{Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use futures_util::stream::{self, Stream};
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use super::form;
use super::inject::{self, BarState};
use super::links::{self, Links, Person, Viewer, LINK_COOKIE};
use super::live::Problem;
use super::live::{self, Live};
use super::pages::{self, PageError, Pages};
use super::request_path::{content_type, site_key};
use super::security::{self, Secrets, Token, SESSION_COOKIE};
use super::switcher::AudienceEntry;
use super::{watch as watcher, Config, Notice};
use crate::audience::Audience;
use crate::error::{Error, Result, ServeError, ServerPart};
use crate::journal::Language;
use crate::output::MemoryFile;
use crate::t;

/// How long a stop waits for open requests before leaving anyway.
const STOP_GRACE: Duration = Duration::from_secs(3);

/// What every handler shares.
struct App {
    live: Arc<Live>,
    pages: Pages,
    secrets: Secrets,
    /// The personal links and their people's names, with `--lan` (people added
    /// to the journal while it runs get theirs after the next good build).
    book: Option<Arc<RwLock<LinkBook>>>,
    /// `http://<this machine's first network address>:<port>`, with `--lan`.
    lan_base: Option<String>,
    port: u16,
    lan: bool,
    stop: watch::Receiver<bool>,
    notify: Arc<dyn Fn(Notice) + Send + Sync>,
}

type Shared = Arc<App>;

/// The personal links of `--lan`, and the display names of their people (for
/// their cards).
struct LinkBook {
    links: Links,
    names: std::collections::BTreeMap<Person, String>,
    /// Where the links are kept (outside the journal).
    file: PathBuf,
}

impl App {
    /// The link book, to read (`None` without `--lan`).
    fn book(&self) -> Option<std::sync::RwLockReadGuard<'_, LinkBook>> {
        let book = self.book.as_ref()?;
        Some(
            book.read()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }
}

/// After a good build: a link for each person the journal now has and the book
/// lacks (someone `carnet add` or an edit of `carnet.toml` added while serving),
/// kept with the others, and told once. Nobody loses a link while the server
/// runs (a journal half-way through an edit could otherwise revoke one): people
/// removed from the journal lose theirs at the next start.
fn add_people(
    book: &RwLock<LinkBook>,
    found: &[(Person, String)],
    base: Option<&str>,
    notify: &dyn Fn(Notice),
) {
    let mut book = book
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for (person, name) in found {
        book.names.insert(person.clone(), name.clone());
    }
    let new: Vec<&(Person, String)> = found
        .iter()
        .filter(|(p, _)| book.links.token(p).is_none())
        .collect();
    if new.is_empty() {
        return;
    }
    let mut everyone: Vec<Person> = book.links.people().cloned().collect();
    everyone.extend(new.iter().map(|(p, _)| p.clone()));
    match Links::open(&book.file, &everyone, &links::Renew::Nothing) {
        Ok(links) => {
            book.links = links;
            for (person, name) in new {
                let link = base.and_then(|b| Some(cards::link(b, book.links.token(person)?)));
                notify(Notice::NewLink {
                    name: name.clone(),
                    link,
                });
            }
        }
        Err(e) => notify(Notice::WatchError(format!(
            "{e}: the people added get no link until the server restarts"
        ))),
    }
}

/// The browser session of a request (its cookie's value).
#[derive(Debug, Clone)]
struct Session(String);

/// Serves the journal of `config` on `listener` until SIGINT or SIGTERM.
pub fn serve(
    config: Config,
    listener: TcpListener,
    notify: Arc<dyn Fn(Notice) + Send + Sync>,
) -> Result<()> {
    let addr = listener.local_addr().map_err(|source| ServeError::Server {
        what: ServerPart::Address,
        source,
    })?;
    let random_failed = |e: getrandom::Error| Error::Random(e.to_string());
    let people = if config.lan {
        links::people_of(&config.journal)
    } else {
        Vec::new()
    };
    let links_file = match config.lan {
        true => Some(links::file_for(&config.journal)?),
        false => None,
    };
    let links = match &links_file {
        Some(file) => {
            let who: Vec<Person> = people.iter().map(|(p, _)| p.clone()).collect();
            Some(Links::open(file, &who, &config.renew)?)
        }
        None => None,
    };
    let secrets = match &links {
        Some(l) => Secrets::with_key(l.csrf_key()),
        None => Secrets::new().map_err(random_failed)?,
    };
    let names: std::collections::BTreeMap<Person, String> = people.into_iter().collect();
    let lan_base = config
        .lan
        .then(|| {
            lan_ips()
                .first()
                .map(|ip| format!("http://{ip}:{}", addr.port()))
        })
        .flatten();
    let cards_written = match (&config.cards, &links) {
        (Some(file), Some(l)) => {
            cards::refuse_inside(file, &config.journal)?;
            let page = cards::page(language_of(&config.journal), l, &names, lan_base.as_deref());
            crate::secrets::write_private(file, page.as_bytes())?;
            Some(file.clone())
        }
        _ => None,
    };
    let pages = Pages::new().map_err(|e| Error::Template {
        name: "serve".into(),
        message: e.to_string(),
    })?;
    let renewed = match (&config.renew, &links, &lan_base) {
        (links::Renew::One(name), Some(l), Some(base)) => {
            let slug = crate::journal::slug::slugify(name);
            l.people().find(|p| p.slug() == slug).and_then(|p| {
                let name = names.get(p).cloned().unwrap_or_else(|| slug.clone());
                Some((name, vec![cards::link(base, l.token(p)?)]))
            })
        }
        _ => None,
    };
    let link_count = links.as_ref().map(|l| l.people().count());
    let book = match (links, links_file) {
        (Some(links), Some(file)) => Some(Arc::new(RwLock::new(LinkBook { links, names, file }))),
        _ => None,
    };
    let on_built: live::OnBuilt = match &book {
        Some(book) => {
            let book = Arc::clone(book);
            let base = lan_base.clone();
            let notify = Arc::clone(&notify);
            Box::new(move |snapshot| add_people(&book, &snapshot.people, base.as_deref(), &*notify))
        }
        None => Box::new(|_| {}),
    };
    let live = live::start(
        &config.journal,
        &config.cache,
        Arc::clone(&notify),
        on_built,
    )
    .map_err(|e| Error::io(&config.journal, e))?;
    let watcher = {
        let live = Arc::clone(&live);
        let notify = Arc::clone(&notify);
        watcher::start(
            &config.journal,
            move || {
                live.request_build();
            },
            move |e| notify(Notice::WatchError(e)),
        )
    };
    let _watcher = match watcher {
        Ok(w) => Some(w),
        Err(e) => {
            notify(Notice::WatchError(format!(
                "{e}: changes will not show until the server restarts"
            )));
            None
        }
    };
    notify(Notice::Listening {
        url: format!("http://127.0.0.1:{}/", addr.port()),
        links: link_count.map(|count| {
            (
                count,
                format!("http://127.0.0.1:{}/_carnet/cards", addr.port()),
            )
        }),
        renewed,
        cards: cards_written,
        moved_from: (addr.port() != config.port).then_some(config.port),
    });
    let (stop_tx, stop_rx) = watch::channel(false);
    let app = Arc::new(App {
        live,
        pages,
        secrets,
        book,
        lan_base,
        port: addr.port(),
        lan: config.lan,
        stop: stop_rx,
        notify: Arc::clone(&notify),
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|source| ServeError::Server {
            what: ServerPart::EventLoop,
            source,
        })?;
    runtime
        .block_on(run(listener, app, stop_tx))
        .map_err(|source| ServeError::Server {
            what: ServerPart::Listening,
            source,
        })?;
    notify(Notice::Stopped);
    Ok(())
}

/// The IPv4 addresses of this machine on its networks.
fn lan_ips() -> Vec<std::net::IpAddr> {
    let mut ips: Vec<std::net::IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| i.ip())
        .filter(|ip| ip.is_ipv4())
        .collect();
    ips.sort();
    ips.dedup();
    ips
}

/// The interface language of the journal at `root` (French unless it says English).
fn language_of(root: &std::path::Path) -> Language {
    Language::of_journal(root)
}

async fn run(
    listener: TcpListener,
    app: Shared,
    stop_tx: watch::Sender<bool>,
) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let mut stopped = app.stop.clone();
    let service = router(app).into_make_service_with_connect_info::<SocketAddr>();
    let server = axum::serve(listener, service).with_graceful_shutdown(async move {
        stop_signal().await;
        // Ends the live-reload streams, so that the graceful stop does not wait on them.
        let _ = stop_tx.send(true);
    });
    tokio::select! {
        result = server.into_future() => result,
        _ = async {
            let _ = stopped.wait_for(|s| *s).await;
            tokio::time::sleep(STOP_GRACE).await;
        } => Ok(()),
    }
}

/// Waits for Ctrl-C (SIGINT) or, on Unix, SIGTERM.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn router(app: Shared) -> Router {
    Router::new()
        .route("/_carnet/events", get(events))
        .route("/_carnet/serve.css", get(css))
        .route("/_carnet/serve.js", get(js))
        .route("/_carnet/switch", get(switch::switch))
        .route("/_carnet/share", get(share_preview))
        .route("/_carnet/cards", get(cards::cards))
        .route(
            "/_carnet/new",
            get(capture::new_form)
                .post(capture::create)
                .layer(DefaultBodyLimit::max(form::MAX_FORM_BYTES)),
        )
        .route(
            "/_carnet/edit",
            get(capture::edit_form)
                .post(capture::save_edit)
                .layer(DefaultBodyLimit::max(form::MAX_FORM_BYTES)),
        )
        .route(
            "/_carnet/photo-date",
            post(capture::photo_date).layer(DefaultBodyLimit::max(1024 * 1024)),
        )
        .fallback(site)
        .layer(middleware::from_fn_with_state(Arc::clone(&app), guard))
        .with_state(app)
}

// ---------------------------------------------------------------------------------
// Guard: host, LAN token, session, headers
// ---------------------------------------------------------------------------------

fn header(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

#[derive(Deserialize)]
struct LinkQuery {
    k: Option<String>,
}

tokio::task_local! {
    /// Who asks, for the request being answered (set once by [`admit`]).
    static VIEWER: Viewer;
}

/// Who asks, in the request being answered. Outside a request: someone with no
/// right at all (a learner of no site), never the owner.
fn viewer() -> Viewer {
    VIEWER
        .try_with(Clone::clone)
        .unwrap_or_else(|_| Viewer::Learner(String::new()))
}

async fn guard(State(app): State<Shared>, req: Request, next: Next) -> Response {
    let mut response = admit(&app, req, next).await;
    protect(response.headers_mut());
    response
}

/// The headers every answer carries, refusals included: nothing cached, nothing
/// readable, framed or sniffed by another origin.
fn protect(h: &mut HeaderMap) {
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("frame-ancestors 'none'"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    // Not `no-referrer`: with it, browsers send `Origin: null` with a form post,
    // and the same-origin check could not tell this server's form from another's.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.append(
        header::VARY,
        HeaderValue::from_static("Cookie, Sec-Fetch-Site"),
    );
}

/// Whether a request may be answered (see [`security`]), and its answer.
async fn admit(app: &Shared, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    if !security::host_ok(header(headers, header::HOST), app.port, app.lan) {
        return plain(
            StatusCode::FORBIDDEN,
            t!(language(app), "serve-refused-host"),
        );
    }
    let cookies = header(headers, header::COOKIE);
    let existing = security::cookie(cookies, SESSION_COOKIE)
        .filter(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_string);
    let provenance = security::Provenance {
        fetch_site: header(headers, HeaderName::from_static("sec-fetch-site")),
        accept: header(headers, header::ACCEPT),
        read: req.method() == Method::GET || req.method() == Method::HEAD,
        has_session: existing.is_some(),
    };
    if security::from_elsewhere(provenance) {
        return refused_from_elsewhere(app, &req);
    }
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    // Without --lan the server listens on loopback only: whoever passed the Host
    // check is on this machine.
    let owner = !app.lan || security::is_owner(peer, header(headers, header::HOST), app.port);
    let query_token = Query::<LinkQuery>::try_from_uri(req.uri())
        .ok()
        .and_then(|q| q.0.k);
    let viewer = if owner {
        Viewer::Owner
    } else {
        let who = |t: Option<&str>| Some(app.book()?.links.who(t?)?.viewer());
        match who(query_token.as_deref()).or_else(|| who(security::cookie(cookies, LINK_COOKIE))) {
            Some(v) => v,
            // The refusal page's own stylesheet names nothing of the journal.
            None if req.uri().path() == "/_carnet/serve.css" => Viewer::Learner(String::new()),
            None => return refused(app, &Viewer::Learner(String::new())),
        }
    };
    if let (false, Some(token)) = (owner, &query_token) {
        // The link's token came in the URL (and is valid): keep it in a cookie, and
        // take it out of the address bar (and of the history).
        let path = match req.uri().path() {
            "/" => home(&viewer),
            p => security::local_path(p),
        };
        let mut response = Redirect::to(&path).into_response();
        set_cookie(&mut response, LINK_COOKIE, token);
        return response;
    }
    if !allowed(app, &viewer, &req) {
        return refused(app, &viewer);
    }
    let (session, new) = match existing {
        Some(s) => (s, false),
        None => match Token::random() {
            Ok(t) => (t.reveal().to_string(), true),
            Err(_) => {
                return plain(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t!(language(app), "serve-no-random"),
                )
            }
        },
    };
    req.extensions_mut().insert(Session(session.clone()));
    req.extensions_mut().insert(viewer.clone());
    let mut response = VIEWER.scope(viewer, next.run(req)).await;
    if new {
        set_cookie(&mut response, SESSION_COOKIE, &session);
    }
    response
}

/// The home of `viewer`: their own site.
fn home(viewer: &Viewer) -> String {
    match viewer {
        Viewer::Owner => "/".into(),
        Viewer::Learner(l) => format!("/private/{l}/"),
        Viewer::Referent(r) => format!("/referent/{r}/"),
    }
}

#[derive(Deserialize)]
struct SiteParam {
    site: Option<String>,
    to: Option<String>,
}

/// Whether `viewer` may make `req`: the owner anything; anyone else only the
/// preview's stylesheet and script, the pages and files of the sites
/// [`links::may_read`] gives them (and their live-reload streams and switches),
/// and, for a learner, the capture form (which then writes only into their own
/// folder). Everything else of `/_carnet/` (the cards, the share preview) is the
/// owner's.
fn allowed(app: &App, viewer: &Viewer, req: &Request) -> bool {
    if *viewer == Viewer::Owner {
        return true;
    }
    let snapshot = app.live.snapshot();
    let members = &snapshot.audiences.members;
    let reads = |dir: &str| links::may_read(viewer, dir, members);
    let path = req.uri().path();
    let params = Query::<SiteParam>::try_from_uri(req.uri()).ok();
    match path {
        "/_carnet/serve.css" | "/_carnet/serve.js" => true,
        "/_carnet/events" => params.is_some_and(|q| q.0.site.as_deref().is_none_or(reads)),
        "/_carnet/switch" => params.is_some_and(|q| q.0.to.as_deref().is_some_and(reads)),
        "/_carnet/new" | "/_carnet/edit" | "/_carnet/photo-date" => {
            matches!(viewer, Viewer::Learner(_))
        }
        "/" => true,
        p if p.starts_with("/_carnet") => false,
        p => match site_key(p) {
            // Before the first good build, the page that waits for it (it names
            // nothing of the journal).
            Ok(_) if snapshot.audiences.list.is_empty() => true,
            Ok(key) => snapshot
                .audiences
                .split(&key)
                .is_some_and(|(a, _)| reads(&a.dir)),
            Err(_) => false,
        },
    }
}

/// The refusal of whatever a viewer may not reach, the same page for every path,
/// whether it exists or not: it says nothing of the journal. `viewer` is someone
/// with a link, or (a learner of no site) someone without one.
fn refused(app: &App, viewer: &Viewer) -> Response {
    let lang = language(app);
    let with_link = matches!(viewer, Viewer::Learner(l) if !l.is_empty())
        || matches!(viewer, Viewer::Referent(_));
    let (heading, line) = match with_link {
        true => (
            t!(lang, "serve-refused-not-yours-title"),
            t!(lang, "serve-refused-not-yours"),
        ),
        false => (
            t!(lang, "serve-refused-no-link-title"),
            t!(lang, "serve-refused-no-link"),
        ),
    };
    let links = if with_link {
        vec![Link {
            url: home(viewer),
            label: t!(lang, "serve-back-to-my-logbook"),
        }]
    } else {
        Vec::new()
    };
    let ctx = MessageCtx {
        title: heading.clone(),
        head: inject::head_self_contained(),
        top: String::new(),
        heading,
        lines: vec![line],
        links,
    };
    html(
        StatusCode::FORBIDDEN,
        app.pages.render("message.html", language(app), &ctx),
    )
}

/// The bar (with the sites the viewer may see) and the error panel (with the
/// problems of their own files only).
fn top(app: &App, bar: &BarState<'_>) -> String {
    let viewer = viewer();
    let snapshot = app.live.snapshot();
    let audiences = snapshot.audiences.seen_by(&viewer);
    let problems = problems_for(&viewer, &app.live.problems());
    // « Aperçu sur cet ordinateur » only to whoever is on this computer.
    inject::top(
        &app.pages,
        &audiences,
        bar,
        &problems,
        viewer == Viewer::Owner,
    )
}

/// The problems `viewer` may read: all for the owner, those of their own folder
/// for a learner, none for a referent.
fn problems_for(viewer: &Viewer, problems: &[Problem]) -> Vec<Problem> {
    problems
        .iter()
        .filter(|p| match viewer {
            Viewer::Owner => true,
            Viewer::Learner(me) => {
                let mut parts = p.file.split(['/', '\\']);
                parts.next() == Some("learners")
                    && parts
                        .next()
                        .is_some_and(|f| crate::journal::slug::slugify(f) == *me)
            }
            Viewer::Referent(_) => false,
        })
        .cloned()
        .collect()
}

/// The answer to a request from a page of another origin: for a page opened from a
/// link elsewhere, a page of its own (the same for every path: it says nothing of
/// what exists) with a link to open the address from here; for anything else (a
/// script, an image, a `fetch`), a bare 403 no other origin can read.
fn refused_from_elsewhere(app: &App, req: &Request) -> Response {
    let navigation = header(req.headers(), HeaderName::from_static("sec-fetch-mode"))
        .is_some_and(|m| m.eq_ignore_ascii_case("navigate"));
    if !navigation {
        return plain(
            StatusCode::FORBIDDEN,
            t!(language(app), "serve-refused-other-origin"),
        );
    }
    let lang = language(app);
    let heading = t!(lang, "serve-link-from-elsewhere-title");
    let ctx = MessageCtx {
        title: heading.clone(),
        // No bar: it would name the journal's sites to whoever sent the link.
        head: inject::head_self_contained(),
        top: String::new(),
        heading,
        lines: vec![t!(lang, "serve-link-from-elsewhere")],
        links: vec![Link {
            // The query too: a link with a workshop token must keep it.
            url: security::local_path(req.uri().path_and_query().map_or("/", |p| p.as_str())),
            label: t!(lang, "serve-open-this-page"),
        }],
    };
    html(
        StatusCode::FORBIDDEN,
        app.pages.render("message.html", language(app), &ctx),
    )
}

fn set_cookie(response: &mut Response, name: &str, value: &str) {
    let cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// Refuses a write whose `Origin` is not this server.
fn refuse_cross_origin(headers: &HeaderMap, lang: Language) -> Option<Response> {
    let origin = header(headers, header::ORIGIN);
    let host = header(headers, header::HOST);
    (!security::same_origin(origin, host)).then(|| {
        plain(
            StatusCode::FORBIDDEN,
            t!(lang, "serve-refused-cross-origin"),
        )
    })
}

fn plain(status: StatusCode, text: impl Into<String>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text.into(),
    )
        .into_response()
}

fn html(status: StatusCode, body: std::result::Result<String, PageError>) -> Response {
    match body {
        Ok(body) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response(),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            e.to_string(),
        )
            .into_response(),
    }
}

// ---------------------------------------------------------------------------------
// Assets and live reload
// ---------------------------------------------------------------------------------

/// « Ce que ta conseillère recevra »: what `carnet share` would send (issue 23).
async fn share_preview(State(app): State<Shared>) -> Response {
    let root = app.live.root.clone();
    let page = tokio::task::spawn_blocking(move || carnet_share_page(&root))
        .await
        .map_err(|e| PageError::Task(e.to_string()));
    html(StatusCode::OK, page)
}

fn carnet_share_page(root: &std::path::Path) -> String {
    crate::share::preview_page(root)
}

async fn css() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        pages::CSS,
    )
        .into_response()
}

async fn js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        pages::JS,
    )
        .into_response()
}

#[derive(Deserialize)]
struct EventsQuery {
    site: Option<String>,
}

/// The live-reload stream of a page of the site in folder `site` (or of no
/// site): the page's current version at once, then each new one
/// (`event: build`; see [`Live::version`]). While it is open, its site counts as
/// watched, and builds render it first. Ends when the server stops.
async fn events(
    State(app): State<Shared>,
    Query(query): Query<EventsQuery>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let watching = query.site.as_deref().and_then(|dir| app.live.watch(dir));
    let site = if watching.is_some() { query.site } else { None };
    let state = EventsState {
        app: Arc::clone(&app),
        published: app.live.published(),
        stop: app.stop.clone(),
        site,
        last: None,
        _watching: watching,
    };
    let stream = stream::unfold(state, |mut s| async move {
        loop {
            if *s.stop.borrow() {
                return None;
            }
            let version = s.app.live.version(s.site.as_deref());
            if s.last.as_deref() != Some(version.as_str()) {
                s.last = Some(version.clone());
                let event = Event::default().event("build").data(version);
                return Some((Ok(event), s));
            }
            tokio::select! {
                changed = s.published.changed() => changed.ok()?,
                _ = s.stop.wait_for(|s| *s) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// What one live-reload stream keeps between two events.
struct EventsState {
    app: Shared,
    published: watch::Receiver<u64>,
    stop: watch::Receiver<bool>,
    /// The site of the page (`None`: a page of no site).
    site: Option<String>,
    /// The version last sent.
    last: Option<String>,
    /// Counts the stream as watching its site until it ends.
    _watching: Option<live::Watching>,
}

// ---------------------------------------------------------------------------------
// Site pages
// ---------------------------------------------------------------------------------

#[derive(Deserialize)]
struct SiteQuery {
    saved: Option<String>,
}

async fn site(State(app): State<Shared>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return plain(
            StatusCode::METHOD_NOT_ALLOWED,
            t!(language(&app), "serve-method-not-allowed"),
        );
    }
    let Ok(key) = site_key(uri.path()) else {
        return plain(
            StatusCode::BAD_REQUEST,
            t!(language(&app), "serve-refused-path"),
        );
    };
    let snapshot = app.live.snapshot();
    if key == "index.html" {
        return start_page(&app);
    }
    let saved = Query::<SiteQuery>::try_from_uri(&uri)
        .ok()
        .and_then(|q| q.0.saved);
    match snapshot.site.get(&key) {
        Some(MemoryFile::Bytes(bytes)) if key.ends_with(".html") => {
            let text = String::from_utf8_lossy(bytes);
            html(StatusCode::OK, Ok(decorate(&app, &key, &text, saved)))
        }
        Some(MemoryFile::Bytes(bytes)) => {
            ([(header::CONTENT_TYPE, content_type(&key))], bytes.to_vec()).into_response()
        }
        Some(MemoryFile::Cached(path)) => match tokio::fs::read(path).await {
            Ok(bytes) => ([(header::CONTENT_TYPE, content_type(&key))], bytes).into_response(),
            Err(_) => plain(
                StatusCode::NOT_FOUND,
                t!(language(&app), "serve-photo-gone"),
            ),
        },
        None if snapshot.site.get(&format!("{key}/index.html")).is_some() => {
            Redirect::to(&format!("{}/", security::local_path(uri.path()))).into_response()
        }
        None => not_found(&app, &key),
    }
}

/// The page at `key` of the build with the preview's additions.
fn decorate(app: &App, key: &str, page: &str, saved: Option<String>) -> String {
    let snapshot = app.live.snapshot();
    let (current, inner) = match snapshot.audiences.split(key) {
        Some((a, inner)) => (Some(a), inner),
        None => (None, key),
    };
    let bar = BarState {
        current,
        page: inner,
        new_url: new_url(current),
        edit_url: edit_url(inner),
        saved,
    };
    let site = current.map(|a| a.dir.as_str());
    let head = inject::head(&app.pages, &app.live.version(site), site);
    let top = top(app, &bar);
    inject::inject(page, &inject::marked(&head), &inject::marked(&top))
}

/// Where « Nouvelle expérience » leads from a page of `current`'s site: the
/// learner's own form on their private site; for a learner's link, their own form
/// wherever they are (the learner comes from the link); for a referent's, nowhere.
fn new_url(current: Option<&AudienceEntry>) -> String {
    match (viewer(), current.map(|a| &a.audience)) {
        (Viewer::Learner(_), _) => "/_carnet/new".into(),
        (Viewer::Referent(_), _) => String::new(),
        (Viewer::Owner, Some(Audience::Private(l))) => format!("/_carnet/new?learner={l}"),
        (Viewer::Owner, _) => "/_carnet/new".into(),
    }
}

/// « Modifier cette expérience » on an experience's page
/// (`<learner>/experiences/<slug>/index.html`).
fn edit_url(page: &str) -> Option<String> {
    let viewer = viewer();
    match page.split('/').collect::<Vec<_>>().as_slice() {
        [learner, "experiences", _, "index.html"]
            if !matches!(&viewer, Viewer::Owner)
                && !matches!(&viewer, Viewer::Learner(me) if me == learner) =>
        {
            None
        }
        [learner, "experiences", experience, "index.html"] => Some(format!(
            "/_carnet/edit?learner={learner}&experience={experience}"
        )),
        _ => None,
    }
}

/// `/`: the learner's own site when the journal has one learner, else the public
/// one; before the first good build, a page that waits for it.
fn start_page(app: &App) -> Response {
    let viewer = viewer();
    if viewer != Viewer::Owner {
        return Redirect::to(&home(&viewer)).into_response();
    }
    let snapshot = app.live.snapshot();
    let privates: Vec<&AudienceEntry> = snapshot
        .audiences
        .list
        .iter()
        .filter(|a| matches!(a.audience, Audience::Private(_)))
        .collect();
    let target = match privates.as_slice() {
        [only] => Some(format!("/{}/", only.dir)),
        _ => snapshot
            .audiences
            .by_dir("public")
            .map(|a| format!("/{}/", a.dir)),
    };
    match target {
        Some(t) => Redirect::to(&t).into_response(),
        None => waiting_page(app, StatusCode::OK),
    }
}

#[derive(Serialize)]
struct Link {
    url: String,
    label: String,
}

#[derive(Serialize)]
struct MessageCtx {
    title: String,
    head: String,
    top: String,
    heading: String,
    lines: Vec<String>,
    links: Vec<Link>,
}

fn language(app: &App) -> Language {
    app.live.snapshot().audiences.language
}

/// A page of the preview with the bar (for `current`'s site) and the error panel.
fn message(
    app: &App,
    status: StatusCode,
    current: Option<(&AudienceEntry, &str)>,
    heading: String,
    lines: Vec<String>,
    links: Vec<Link>,
) -> Response {
    let snapshot = app.live.snapshot();
    let bar = BarState {
        current: current.map(|c| c.0),
        page: current.map_or("", |c| c.1),
        new_url: new_url(current.map(|c| c.0)),
        edit_url: None,
        saved: None,
    };
    let ctx = MessageCtx {
        title: heading.clone(),
        head: inject::head(&app.pages, &app.live.version(None), None),
        top: top(app, &bar),
        heading,
        lines,
        links,
    };
    html(
        status,
        app.pages
            .render("message.html", snapshot.audiences.language, &ctx),
    )
}

fn waiting_page(app: &App, status: StatusCode) -> Response {
    let lang = language(app);
    let (heading, line) = match app.live.problems().is_empty() {
        true => (
            t!(lang, "serve-first-build-title"),
            t!(lang, "serve-first-build"),
        ),
        false => (
            t!(lang, "serve-cannot-show-title"),
            t!(lang, "serve-cannot-show"),
        ),
    };
    message(app, status, None, heading, vec![line], Vec::new())
}

fn not_found(app: &App, key: &str) -> Response {
    let snapshot = app.live.snapshot();
    if snapshot.audiences.list.is_empty() {
        return waiting_page(app, StatusCode::SERVICE_UNAVAILABLE);
    }
    let lang = snapshot.audiences.language;
    let current = snapshot.audiences.split(key);
    let home = current.map_or_else(|| "/".to_string(), |(a, _)| format!("/{}/", a.dir));
    message(
        app,
        StatusCode::NOT_FOUND,
        current,
        t!(lang, "serve-not-found-title"),
        vec![t!(lang, "serve-not-found")],
        vec![Link {
            url: home,
            label: t!(lang, "serve-go-home"),
        }],
    )
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
