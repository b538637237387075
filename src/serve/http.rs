//! The HTTP side of the preview (axum on tokio, one thread): the build's files
//! from memory, the bar and error panel injected into its pages, live reload by
//! Server-Sent Events, the audience switch, and the capture form.
//!
//! Every request first passes [`guard`]: a loopback `Host` (or the LAN token),
//! a session cookie, and headers that keep the preview out of caches and frames.
//! Every write also needs a same-origin `Origin` and the session's CSRF token.
//! Paths are looked up in memory ([`super::request_path`]); nothing is ever read
//! from disk by a request's path.

use std::convert::Infallible;
use std::future::IntoFuture;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Multipart, Query, Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use futures_util::stream::{self, Stream};
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use super::form::{self, FormError, FormInfo, LearnerChoice, Submission, Values};
use super::inject::{self, BarState};
use super::live::{self, Live};
use super::pages::{self, Pages};
use super::request_path::{content_type, site_key};
use super::security::{self, Secrets, Token, LAN_COOKIE, LAN_QUERY, SESSION_COOKIE};
use super::switcher::{self, AudienceEntry, ItemKind, Switch};
use super::{watch as watcher, Config, Notice};
use crate::audience::Audience;
use crate::author;
use crate::error::{Error, Result};
use crate::journal::slug::slugify;
use crate::journal::Language;
use crate::output::MemoryFile;

/// How long the form waits for the build that shows a new experience.
const BUILD_WAIT: Duration = Duration::from_secs(120);
/// How long the form waits for the watcher to start a build after a write.
const WATCHER_WAIT: Duration = Duration::from_millis(1500);
/// How long a stop waits for open requests before leaving anyway.
const STOP_GRACE: Duration = Duration::from_secs(3);

/// What every handler shares.
struct App {
    live: Arc<Live>,
    pages: Pages,
    secrets: Secrets,
    port: u16,
    lan: bool,
    stop: watch::Receiver<bool>,
    notify: Arc<dyn Fn(Notice) + Send + Sync>,
}

type Shared = Arc<App>;

/// The browser session of a request (its cookie's value).
#[derive(Debug, Clone)]
struct Session(String);

/// Serves the journal of `config` on `listener` until SIGINT or SIGTERM.
pub fn serve(
    config: Config,
    listener: TcpListener,
    notify: Arc<dyn Fn(Notice) + Send + Sync>,
) -> Result<()> {
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io("listener", e))?;
    let random_failed = |e: getrandom::Error| {
        Error::io(
            "getrandom",
            std::io::Error::other(format!("no random numbers from the system: {e}")),
        )
    };
    let secrets = Secrets::new(config.lan).map_err(random_failed)?;
    let pages = Pages::new().map_err(|e| Error::Template {
        name: "serve".into(),
        message: e.to_string(),
    })?;
    let live = live::start(&config.journal, &config.cache, Arc::clone(&notify))
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
        lan_urls: lan_urls(addr.port(), secrets.lan.as_ref()),
        moved_from: (addr.port() != config.port).then_some(config.port),
    });
    let (stop_tx, stop_rx) = watch::channel(false);
    let app = Arc::new(App {
        live,
        pages,
        secrets,
        port: addr.port(),
        lan: config.lan,
        stop: stop_rx,
        notify: Arc::clone(&notify),
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("tokio", e))?;
    runtime
        .block_on(run(listener, app, stop_tx))
        .map_err(|e| Error::io(addr.to_string(), e))?;
    notify(Notice::Stopped);
    Ok(())
}

/// The addresses of this machine on its networks, with the LAN token.
fn lan_urls(port: u16, token: Option<&Token>) -> Vec<String> {
    let Some(token) = token else {
        return Vec::new();
    };
    let mut ips: Vec<std::net::IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| i.ip())
        .filter(|ip| ip.is_ipv4())
        .collect();
    ips.sort();
    ips.dedup();
    ips.into_iter()
        .map(|ip| format!("http://{ip}:{port}/?{LAN_QUERY}={}", token.reveal()))
        .collect()
}

async fn run(
    listener: TcpListener,
    app: Shared,
    stop_tx: watch::Sender<bool>,
) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let mut stopped = app.stop.clone();
    let server = axum::serve(listener, router(app)).with_graceful_shutdown(async move {
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
        .route("/_carnet/switch", get(switch))
        .route(
            "/_carnet/new",
            get(new_form)
                .post(create)
                .layer(DefaultBodyLimit::max(form::MAX_FORM_BYTES)),
        )
        .route(
            "/_carnet/edit",
            get(edit_form)
                .post(save_edit)
                .layer(DefaultBodyLimit::max(form::MAX_FORM_BYTES)),
        )
        .route(
            "/_carnet/photo-date",
            post(photo_date).layer(DefaultBodyLimit::max(1024 * 1024)),
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
struct TokenQuery {
    token: Option<String>,
}

async fn guard(State(app): State<Shared>, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    if !security::host_ok(header(headers, header::HOST), app.port, app.lan) {
        return plain(
            StatusCode::FORBIDDEN,
            "carnet serve answers only at http://127.0.0.1 (or localhost) on its port",
        );
    }
    let cookies = header(headers, header::COOKIE);
    let query_token = Query::<TokenQuery>::try_from_uri(req.uri())
        .ok()
        .and_then(|q| q.0.token);
    let cookie_token = security::cookie(cookies, LAN_COOKIE);
    if !app.secrets.lan_ok(query_token.as_deref(), cookie_token) {
        return plain(
            StatusCode::FORBIDDEN,
            "open the whole address that carnet serve printed, with its token",
        );
    }
    if let (Some(token), Some(_)) = (&query_token, &app.secrets.lan) {
        // The token came in the URL: keep it in a cookie, and take it out of the
        // address bar (and of the history).
        let mut response = Redirect::to(req.uri().path()).into_response();
        set_cookie(&mut response, LAN_COOKIE, token);
        return response;
    }
    let existing = security::cookie(cookies, SESSION_COOKIE)
        .filter(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_string);
    let (session, new) = match existing {
        Some(s) => (s, false),
        None => match Token::random() {
            Ok(t) => (t.reveal().to_string(), true),
            Err(_) => {
                return plain(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "no random numbers from the system",
                )
            }
        },
    };
    req.extensions_mut().insert(Session(session.clone()));
    let mut response = next.run(req).await;
    if new {
        set_cookie(&mut response, SESSION_COOKIE, &session);
    }
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Not `no-referrer`: with it, browsers send `Origin: null` with a form post,
    // and the same-origin check could not tell this server's form from another's.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

fn set_cookie(response: &mut Response, name: &str, value: &str) {
    let cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// Refuses a write whose `Origin` is not this server.
fn refuse_cross_origin(headers: &HeaderMap) -> Option<Response> {
    let origin = header(headers, header::ORIGIN);
    let host = header(headers, header::HOST);
    (!security::same_origin(origin, host)).then(|| {
        plain(
            StatusCode::FORBIDDEN,
            "refused: this form can only be sent from carnet serve's own pages",
        )
    })
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

fn html(status: StatusCode, body: std::result::Result<String, String>) -> Response {
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
            e,
        )
            .into_response(),
    }
}

// ---------------------------------------------------------------------------------
// Assets and live reload
// ---------------------------------------------------------------------------------

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

/// The live-reload stream: the number of the latest build at once, then each new
/// one as it ends (`event: build`). Ends when the server stops.
async fn events(State(app): State<Shared>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let generation = app.live.generation();
    let stop = app.stop.clone();
    let stream = stream::unfold(
        (generation, stop, true),
        |(mut generation, mut stop, first)| async move {
            if !first {
                tokio::select! {
                    changed = generation.changed() => changed.ok()?,
                    _ = stop.wait_for(|s| *s) => return None,
                }
            }
            if *stop.borrow() {
                return None;
            }
            let n = *generation.borrow_and_update();
            let event = Event::default().event("build").data(n.to_string());
            Some((Ok(event), (generation, stop, false)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

// ---------------------------------------------------------------------------------
// Site pages
// ---------------------------------------------------------------------------------

#[derive(Deserialize)]
struct SiteQuery {
    saved: Option<String>,
}

async fn site(
    State(app): State<Shared>,
    Extension(_session): Extension<Session>,
    method: Method,
    uri: Uri,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed");
    }
    let Ok(key) = site_key(uri.path()) else {
        return plain(StatusCode::BAD_REQUEST, "refused path");
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
            ([(header::CONTENT_TYPE, content_type(&key))], bytes.clone()).into_response()
        }
        Some(MemoryFile::Cached(path)) => match tokio::fs::read(path).await {
            Ok(bytes) => ([(header::CONTENT_TYPE, content_type(&key))], bytes).into_response(),
            Err(_) => plain(
                StatusCode::NOT_FOUND,
                "this photo is no longer in the cache",
            ),
        },
        None if snapshot.site.get(&format!("{key}/index.html")).is_some() => {
            Redirect::to(&format!("{}/", uri.path())).into_response()
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
    let head = inject::head(&app.pages, *app.live.generation().borrow());
    let top = inject::top(&app.pages, &snapshot.audiences, &bar, &app.live.problems());
    inject::inject(page, &head, &top)
}

/// Where « Nouvelle expérience » leads from a page of `current`'s site: the
/// learner's own form on their private site.
fn new_url(current: Option<&AudienceEntry>) -> String {
    match current.map(|a| &a.audience) {
        Some(Audience::Private(l)) => format!("/_carnet/new?learner={l}"),
        _ => "/_carnet/new".into(),
    }
}

/// « Modifier cette expérience » on an experience's page
/// (`<learner>/experiences/<slug>/index.html`).
fn edit_url(page: &str) -> Option<String> {
    match page.split('/').collect::<Vec<_>>().as_slice() {
        [learner, "experiences", experience, "index.html"] => Some(format!(
            "/_carnet/edit?learner={learner}&experience={experience}"
        )),
        _ => None,
    }
}

/// `/`: the learner's own site when the journal has one learner, else the public
/// one; before the first good build, a page that waits for it.
fn start_page(app: &App) -> Response {
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
        head: inject::head(&app.pages, *app.live.generation().borrow()),
        top: inject::top(&app.pages, &snapshot.audiences, &bar, &app.live.problems()),
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
    let fr = language(app) == Language::Fr;
    let failed = !app.live.problems().is_empty();
    let (heading, line) = match (fr, failed) {
        (true, false) => (
            "Première construction du carnet…",
            "La page s'affichera toute seule dès que ce sera prêt. Les photos sont préparées une seule fois : les fois suivantes iront vite.",
        ),
        (true, true) => (
            "Le carnet ne peut pas encore s'afficher",
            "Corrige l'erreur ci-dessus et enregistre : la page se mettra à jour toute seule.",
        ),
        (false, false) => (
            "Building the logbook for the first time…",
            "The page will show by itself when it is ready. Photos are prepared once: next times will be fast.",
        ),
        (false, true) => (
            "The logbook cannot show yet",
            "Fix the error above and save: the page will update by itself.",
        ),
    };
    message(
        app,
        status,
        None,
        heading.into(),
        vec![line.into()],
        Vec::new(),
    )
}

fn not_found(app: &App, key: &str) -> Response {
    let snapshot = app.live.snapshot();
    if snapshot.audiences.list.is_empty() {
        return waiting_page(app, StatusCode::SERVICE_UNAVAILABLE);
    }
    let fr = snapshot.audiences.language == Language::Fr;
    let current = snapshot.audiences.split(key);
    let home = current.map_or_else(|| "/".to_string(), |(a, _)| format!("/{}/", a.dir));
    message(
        app,
        StatusCode::NOT_FOUND,
        current,
        if fr {
            "Cette page n'existe pas".into()
        } else {
            "This page does not exist".into()
        },
        vec![if fr {
            "Elle a peut-être été renommée ou rendue moins visible.".into()
        } else {
            "It may have been renamed or made less visible.".into()
        }],
        vec![Link {
            url: home,
            label: if fr {
                "Aller à l'accueil".into()
            } else {
                "Go to the home page".into()
            },
        }],
    )
}

// ---------------------------------------------------------------------------------
// Audience switch
// ---------------------------------------------------------------------------------

#[derive(Deserialize)]
struct SwitchQuery {
    to: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    from: String,
}

#[derive(Serialize)]
struct ExplainCtx {
    title: String,
    head: String,
    top: String,
    heading: String,
    lines: Vec<String>,
    home_url: String,
    home_label: String,
    back_url: Option<String>,
    levels_url: String,
}

async fn switch(
    State(app): State<Shared>,
    query: Result<Query<SwitchQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let snapshot = app.live.snapshot();
    let Ok(Query(q)) = query else {
        return plain(StatusCode::BAD_REQUEST, "missing ?to=");
    };
    let Some(to) = snapshot.audiences.by_dir(&q.to) else {
        return not_found(&app, &q.to);
    };
    // The page is only looked up in memory, but it is also echoed back into links:
    // the same rules as a request path.
    let Ok(page) = site_key(&format!("/{}", q.page)) else {
        return plain(StatusCode::BAD_REQUEST, "refused path");
    };
    match switcher::switch(to, &page, |p| snapshot.site.get(p).is_some()) {
        Switch::Page(target) => {
            let url = format!("/{}", target.strip_suffix("index.html").unwrap_or(&target));
            Redirect::to(&url).into_response()
        }
        Switch::Hidden => explain(&app, to, &page, &q.from),
    }
}

/// Why audience `to` cannot see `page`, in plain words.
fn explain(app: &App, to: &AudienceEntry, page: &str, from: &str) -> Response {
    let snapshot = app.live.snapshot();
    let fr = snapshot.audiences.language == Language::Fr;
    let who = capitalised(&to.label);
    let heading = if fr {
        format!("{who} ne voit pas cette page")
    } else {
        format!("{who} cannot see this page")
    };
    let mut lines = Vec::new();
    match snapshot.items.get(page) {
        Some(item) => {
            lines.push(match (fr, item.kind) {
                (true, ItemKind::Experience) => format!(
                    "Cette expérience, « {} », est visible par : {}.",
                    item.title, item.seen_by
                ),
                (true, ItemKind::Story) => format!(
                    "Ce récit, « {} », est visible par : {}.",
                    item.title, item.seen_by
                ),
                (true, ItemKind::Portrait) => format!(
                    "Le portrait de {} est visible par : {}.",
                    item.learner, item.seen_by
                ),
                (false, ItemKind::Experience) => format!(
                    "This experience, \"{}\", is visible to: {}.",
                    item.title, item.seen_by
                ),
                (false, ItemKind::Story) => format!(
                    "This story, \"{}\", is visible to: {}.",
                    item.title, item.seen_by
                ),
                (false, ItemKind::Portrait) => format!(
                    "{}'s portrait is visible to: {}.",
                    item.learner, item.seen_by
                ),
            });
            if let Some(portrait) = &item.portrait_seen_by {
                lines.push(if fr {
                    format!(
                        "Et le portrait de {}, lui, est visible par : {portrait}. Rien d'un carnet ne se montre là où son portrait ne se montre pas.",
                        item.learner
                    )
                } else {
                    format!(
                        "And {}'s portrait is visible to: {portrait}. Nothing of a logbook shows where its portrait does not.",
                        item.learner
                    )
                });
            }
            lines.push(if fr {
                "Pour la montrer à plus de monde, change sa visibilité (visibility) dans son fichier : la page se mettra à jour toute seule.".into()
            } else {
                "To show it to more people, change its visibility in its file: the page will update by itself.".into()
            });
        }
        None => lines.push(if fr {
            format!(
                "Cette page n'existe pas dans le site que voit {}.",
                to.label
            )
        } else {
            format!("This page does not exist in the site seen by {}.", to.label)
        }),
    }
    let back_url = snapshot.audiences.by_dir(from).and_then(|a| {
        let target = format!("{}/{page}", a.dir);
        snapshot.site.get(&target).map(|_| format!("/{target}"))
    });
    let bar = BarState {
        current: Some(to),
        page,
        new_url: new_url(Some(to)),
        edit_url: None,
        saved: None,
    };
    let ctx = ExplainCtx {
        title: heading.clone(),
        head: inject::head(&app.pages, *app.live.generation().borrow()),
        top: inject::top(&app.pages, &snapshot.audiences, &bar, &app.live.problems()),
        heading,
        lines,
        home_url: format!("/{}/", to.dir),
        home_label: if fr {
            format!("Voir l'accueil de ce que voit {}", to.label)
        } else {
            format!("See the home page seen by {}", to.label)
        },
        back_url,
        levels_url: format!("/{}/visibility/", to.dir),
    };
    html(
        StatusCode::OK,
        app.pages
            .render("explain.html", snapshot.audiences.language, &ctx),
    )
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

// ---------------------------------------------------------------------------------
// Capture form
// ---------------------------------------------------------------------------------

#[derive(Deserialize)]
struct FormQuery {
    learner: Option<String>,
}

#[derive(Serialize)]
struct KindCtx {
    key: String,
    label: String,
}

#[derive(Serialize)]
struct SkillCtx {
    id: String,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct SkillGroupCtx {
    category: Option<String>,
    skills: Vec<SkillCtx>,
}

#[derive(Serialize)]
struct FormCtx<'a> {
    title: String,
    head: String,
    top: String,
    heading: String,
    action: &'static str,
    csrf: String,
    learner: &'a LearnerChoice,
    learners_count: usize,
    folder: Option<String>,
    version: Option<String>,
    values: &'a Values,
    today: String,
    kinds: Vec<KindCtx>,
    skill_groups: Vec<SkillGroupCtx>,
    visibility: Vec<form::Choice>,
    slots: Vec<usize>,
    error: Option<String>,
    submit: String,
}

async fn new_form(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    Query(q): Query<FormQuery>,
) -> Response {
    form_page(
        &app,
        &session,
        q.learner.as_deref(),
        &Values::default(),
        None,
        None,
    )
}

/// An experience being edited: its folder and the hash of its file when opened.
struct Editing {
    folder: String,
    version: String,
}

/// The form for `learner` (a folder name or slug), filled with `values`, with
/// `error` above it; or the list of learners to choose from.
fn form_page(
    app: &App,
    session: &Session,
    learner: Option<&str>,
    values: &Values,
    error: Option<String>,
    editing: Option<Editing>,
) -> Response {
    let root = app.live.root.clone();
    let (info, journal) = match form::info(&root) {
        Ok(x) => x,
        Err(reason) => {
            let fr = language(app) == Language::Fr;
            return message(
                app,
                StatusCode::SERVICE_UNAVAILABLE,
                None,
                if fr {
                    "Le formulaire attend que le carnet se lise".into()
                } else {
                    "The form waits for the logbook to be readable".into()
                },
                vec![reason],
                Vec::new(),
            );
        }
    };
    let fr = info.language == Language::Fr;
    let chosen = match (learner, info.learners.as_slice()) {
        (Some(l), all) => all.iter().find(|c| c.folder == l || c.slug == slugify(l)),
        (None, [only]) => Some(only),
        (None, _) => None,
    };
    let Some(chosen) = chosen else {
        return chooser(app, &info);
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let snapshot = app.live.snapshot();
    let current = snapshot
        .audiences
        .by_dir(&format!("private/{}", chosen.slug));
    let bar = BarState {
        current,
        page: "",
        new_url: new_url(current),
        edit_url: None,
        saved: None,
    };
    let skills = &values.skills;
    let heading = match (fr, editing.is_some()) {
        (true, false) => "Nouvelle expérience",
        (true, true) => "Modifier l'expérience",
        (false, false) => "New experience",
        (false, true) => "Edit the experience",
    };
    let ctx = FormCtx {
        title: heading.into(),
        head: inject::head(&app.pages, *app.live.generation().borrow()),
        top: inject::top(&app.pages, &snapshot.audiences, &bar, &app.live.problems()),
        heading: heading.into(),
        action: if editing.is_some() {
            "/_carnet/edit"
        } else {
            "/_carnet/new"
        },
        csrf: app.secrets.csrf(&session.0),
        learner: chosen,
        learners_count: info.learners.len(),
        folder: editing.as_ref().map(|e| e.folder.clone()),
        version: editing.as_ref().map(|e| e.version.clone()),
        values,
        today: author::today().iso_date(),
        kinds: info
            .kinds
            .iter()
            .map(|(key, label)| KindCtx {
                key: key.clone(),
                label: label.clone(),
            })
            .collect(),
        skill_groups: info
            .skills
            .iter()
            .map(|(category, list)| SkillGroupCtx {
                category: category.clone(),
                skills: list
                    .iter()
                    .map(|(id, label)| SkillCtx {
                        id: id.clone(),
                        label: label.clone(),
                        checked: skills.contains(id),
                    })
                    .collect(),
            })
            .collect(),
        visibility: form::visibilities(
            &journal,
            &chosen.folder,
            form::visibility_of(&values.visibility),
        ),
        slots: (1..=form::PHOTO_SLOTS).collect(),
        error,
        submit: match (fr, editing.is_some()) {
            (true, false) => "Enregistrer l'expérience".into(),
            (true, true) => "Enregistrer les changements".into(),
            (false, false) => "Save the experience".into(),
            (false, true) => "Save the changes".into(),
        },
    };
    html(status, app.pages.render("form.html", info.language, &ctx))
}

/// Which learner's logbook a new experience goes into.
fn chooser(app: &App, info: &FormInfo) -> Response {
    let fr = info.language == Language::Fr;
    let links = info
        .learners
        .iter()
        .map(|l| Link {
            url: format!("/_carnet/new?learner={}", l.slug),
            label: l.name.clone(),
        })
        .collect::<Vec<_>>();
    let line = match (fr, links.is_empty()) {
        (true, false) => "Choisis le carnet où l'écrire :",
        (true, true) => "Le journal n'a encore aucun carnet : crée d'abord un dossier learners/<prénom>/ avec un profile.md.",
        (false, false) => "Choose the logbook to write it in:",
        (false, true) => "The journal has no logbook yet: first make a folder learners/<name>/ with a profile.md.",
    };
    message(
        app,
        StatusCode::OK,
        None,
        if fr {
            "Nouvelle expérience".into()
        } else {
            "New experience".into()
        },
        vec![line.into()],
        links,
    )
}

async fn create(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    if let Some(refused) = refuse_cross_origin(&headers) {
        return refused;
    }
    let submission = match form::read(multipart, &app.secrets, &session.0).await {
        Ok(s) => s,
        Err(FormError::Csrf) => {
            return plain(
                StatusCode::FORBIDDEN,
                "refused: the form's security token is missing or wrong; reload the form and send it again",
            )
        }
        Err(e) => {
            return form_page(
                &app,
                &session,
                None,
                &Values::default(),
                Some(e.to_string()),
                None,
            )
        }
    };
    let Submission {
        learner,
        values,
        draft,
        ..
    } = submission;
    let root = app.live.root.clone();
    let who = learner.clone();
    let wanted = app.live.next_build();
    let written =
        tokio::task::spawn_blocking(move || author::create_experience(&root, &who, &draft)).await;
    let created = match written {
        Ok(Ok(created)) => created,
        Ok(Err(e)) => {
            return form_page(
                &app,
                &session,
                Some(&learner),
                &values,
                Some(author_message(&e, language(&app))),
                None,
            )
        }
        Err(_) => {
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the write was interrupted; nothing was overwritten",
            )
        }
    };
    (app.notify)(Notice::Wrote {
        dir: created.dir.clone(),
    });
    wait_for_build(&app, wanted).await;
    Redirect::to(&page_of(&app.live.root, &created.dir)).into_response()
}

/// Waits until a build numbered `wanted` or more has ended (a build that started
/// after a write). The watcher sets one off; ask for one only if it does not, so
/// that one write gives one build, and one reload of the pages open.
async fn wait_for_build(app: &App, wanted: u64) {
    let asked = tokio::time::Instant::now();
    while app.live.started() < wanted {
        if asked.elapsed() > WATCHER_WAIT {
            app.live.request_build();
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut generation = app.live.generation();
    let _ = tokio::time::timeout(BUILD_WAIT, generation.wait_for(|g| *g >= wanted)).await;
}

#[derive(Deserialize)]
struct EditQuery {
    learner: String,
    experience: String,
}

async fn edit_form(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    Query(q): Query<EditQuery>,
) -> Response {
    let root = app.live.root.clone();
    match author::open_experience(&root, &q.learner, &q.experience) {
        Ok(opened) => form_page(
            &app,
            &session,
            Some(&opened.learner),
            &Values::of(&opened.fields),
            None,
            Some(Editing {
                folder: opened.folder,
                version: opened.version,
            }),
        ),
        Err(e) => message(
            &app,
            StatusCode::NOT_FOUND,
            None,
            if language(&app) == Language::Fr {
                "Cette expérience ne peut pas être modifiée ici".into()
            } else {
                "This experience cannot be edited here".into()
            },
            vec![author_message(&e, language(&app))],
            Vec::new(),
        ),
    }
}

async fn save_edit(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    if let Some(refused) = refuse_cross_origin(&headers) {
        return refused;
    }
    let submission = match form::read(multipart, &app.secrets, &session.0).await {
        Ok(s) => s,
        Err(FormError::Csrf) => {
            return plain(
                StatusCode::FORBIDDEN,
                "refused: the form's security token is missing or wrong; reload the form and send it again",
            )
        }
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                e.to_string(),
            )
                .into_response()
        }
    };
    let Some(folder) = submission.folder.clone() else {
        return plain(StatusCode::BAD_REQUEST, "no experience named");
    };
    let fields = submission.fields();
    let root = app.live.root.clone();
    let (learner, version) = (submission.learner.clone(), submission.version.clone());
    let wanted = app.live.next_build();
    let target = folder.clone();
    let written = tokio::task::spawn_blocking(move || {
        author::edit_experience(&root, &learner, &target, &version, &fields)
    })
    .await;
    let index = match written {
        Ok(Ok(index)) => index,
        Ok(Err(e)) => {
            return form_page(
                &app,
                &session,
                Some(&submission.learner),
                &submission.values,
                Some(author_message(&e, language(&app))),
                Some(Editing {
                    folder,
                    version: submission.version,
                }),
            )
        }
        Err(_) => {
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the write was interrupted; the file is as it was",
            )
        }
    };
    let dir = index
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    (app.notify)(Notice::Wrote { dir: dir.clone() });
    wait_for_build(&app, wanted).await;
    Redirect::to(&page_of(&app.live.root, &dir)).into_response()
}

/// The preview URL of a new experience folder `dir` (in the learner's own site),
/// with the folder to confirm.
fn page_of(root: &std::path::Path, dir: &std::path::Path) -> String {
    let rel: PathBuf = dir.strip_prefix(root).unwrap_or(dir).to_path_buf();
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let (learner, folder) = match parts.as_slice() {
        [_, learner, _, folder] => (slugify(learner), folder.clone()),
        _ => return "/".into(),
    };
    let saved: String =
        percent_encoding::utf8_percent_encode(&parts.join("/"), percent_encoding::NON_ALPHANUMERIC)
            .to_string();
    format!(
        "/private/{learner}/{learner}/experiences/{}/?saved={saved}",
        slugify(&folder)
    )
}

/// An authoring error in plain words.
fn author_message(e: &author::AuthorError, language: Language) -> String {
    use author::AuthorError as A;
    let fr = language == Language::Fr;
    match (e, fr) {
        (A::NoTitle, true) => "Donne un titre à ton expérience.".into(),
        (A::NoTitle, false) => "Give your experience a title.".into(),
        (A::NotAPhoto { name }, true) => {
            format!("« {name} » n'est pas une photo JPEG, PNG ou WebP. Choisis une autre image.")
        }
        (A::NotAPhoto { name }, false) => {
            format!("\"{name}\" is not a JPEG, PNG or WebP photo. Choose another image.")
        }
        (A::ChangedMeanwhile { .. }, true) => "Le fichier de cette expérience a changé depuis que tu as ouvert le formulaire (dans un éditeur ?). Rien n'a été écrit : recharge le formulaire pour repartir de la nouvelle version.".into(),
        (A::ChangedMeanwhile { .. }, false) => "This experience's file changed since you opened the form (in an editor?). Nothing was written: reload the form to start from the new version.".into(),
        (other, _) => other.to_string(),
    }
}

#[derive(Serialize)]
struct PhotoDate {
    date: Option<String>,
    message: Option<&'static str>,
}

/// The date a photo was taken (its first bytes are enough), for the form's date.
async fn photo_date(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    if let Some(refused) = refuse_cross_origin(&headers) {
        return refused;
    }
    let mut csrf_ok = false;
    let mut date = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some(security::CSRF_FIELD) => {
                let token = field.text().await.unwrap_or_default();
                csrf_ok = app.secrets.csrf_ok(&session.0, &token);
            }
            Some("photo") if csrf_ok => {
                let bytes = field.bytes().await.unwrap_or_default();
                date = form::photo_date(&bytes);
            }
            _ => {
                if !csrf_ok {
                    break;
                }
            }
        }
    }
    if !csrf_ok {
        return plain(StatusCode::FORBIDDEN, "refused: missing or wrong token");
    }
    let message = date.as_ref().map(|_| {
        pages::strings(language(&app))
            .get("date_from_photo")
            .copied()
            .unwrap_or_default()
    });
    axum::Json(PhotoDate { date, message }).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_experience_opens_in_its_learners_own_site() {
        let url = page_of(
            std::path::Path::new("/j"),
            std::path::Path::new("/j/learners/Inès/experiences/2021-05-31-stage-a-la-boulange"),
        );
        assert!(
            url.starts_with("/private/ines/ines/experiences/2021-05-31-stage-a-la-boulange/?saved=learners%2FIn"),
            "{url}"
        );
    }

    #[test]
    fn labels_start_with_a_capital() {
        assert_eq!(capitalised("le groupe X"), "Le groupe X");
        assert_eq!(capitalised("ému"), "Ému");
        assert_eq!(capitalised(""), "");
    }
}
