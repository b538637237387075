//! `carnet serve`: the real binary on a free loopback port, talked to over HTTP.
//! A changed file shows over HTTP and in the live-reload stream; a broken front
//! matter shows in the page and clears when fixed; the audience switch keeps the
//! page or explains; hidden items stay out of other audiences' pages; traversal
//! attempts and writes without token or from another origin are refused; the form
//! writes a new experience (here over HTTP, in `serve_form_in_chromium` through
//! headless Chromium) within its size and type limits, and edits one keeping what
//! it does not show; SIGINT and SIGTERM stop it cleanly; the output folder is
//! never written.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::*;

/// A hang guard: how long a test waits for a build or a page before failing. Waits
/// end as soon as what they wait for is there; this only ends a hung server.
const PATIENCE: Duration = Duration::from_secs(600);

/// A running `carnet serve`, killed when dropped.
pub(crate) struct Server {
    child: Child,
    /// `http://127.0.0.1:<port>`.
    pub(crate) base: String,
    /// The port it listens on.
    pub(crate) port: u16,
    stdout: Arc<Mutex<Vec<String>>>,
    stderr: Arc<Mutex<Vec<String>>>,
    _sandbox: tempfile::TempDir,
}

/// A port that was free a moment ago (serve tries the next ones if it is taken).
pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn collect(stream: impl Read + Send + 'static) -> Arc<Mutex<Vec<String>>> {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&lines);
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            sink.lock().expect("lines").push(line);
        }
    });
    lines
}

impl Server {
    /// Starts `carnet serve` on the journal with its own cache, and waits for the
    /// first build.
    fn start(j: &Journal, extra: &[&str]) -> Server {
        Server::start_at(&j.root(), &j.cache(), free_port(), extra)
    }

    fn start_at(root: &Path, cache: &Path, port: u16, extra: &[&str]) -> Server {
        Server::start_env(root, cache, port, extra, &[])
    }

    /// [`Server::start_at`] with more environment variables (`CARNET_HOME`).
    pub(crate) fn start_env(
        root: &Path,
        cache: &Path,
        port: u16,
        extra: &[&str],
        env: &[(&str, &Path)],
    ) -> Server {
        let sandbox = tempfile::TempDir::new().expect("temp dir");
        let mut child = Command::new(BIN)
            .arg("serve")
            .arg(root)
            .arg("--port")
            .arg(port.to_string())
            .arg("--cache")
            .arg(cache)
            .args(extra)
            .env("HOME", sandbox.path().join("home"))
            .env("XDG_CACHE_HOME", sandbox.path().join("xdg-cache"))
            .env_remove("CARNET_CACHE")
            .env_remove("CARNET_HOME")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start carnet serve");
        let stdout = collect(child.stdout.take().expect("stdout"));
        let stderr = collect(child.stderr.take().expect("stderr"));
        let mut server = Server {
            child,
            base: String::new(),
            port: 0,
            stdout,
            stderr,
            _sandbox: sandbox,
        };
        let line = server.wait_line("listening", |l| l.contains("ouvrir http://"));
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .expect("a URL")
            .trim_end_matches('/')
            .to_string();
        server.port = url
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("port");
        server.base = url;
        server.wait_line("first build", |l| {
            l.contains("construit") || l.contains("erreur")
        });
        server
    }

    /// Everything printed so far.
    pub(crate) fn output(&self) -> String {
        format!(
            "--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout.lock().expect("stdout").join("\n"),
            self.stderr.lock().expect("stderr").join("\n")
        )
    }

    /// Waits for a line of stdout or stderr matching `pred`.
    pub(crate) fn wait_line(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            for lines in [&self.stdout, &self.stderr] {
                if let Some(l) = lines.lock().expect("lines").iter().find(|l| pred(l)) {
                    return l.clone();
                }
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "carnet serve exited ({status}) before {what}:\n{}",
                    self.output()
                );
            }
            assert!(
                start.elapsed() < PATIENCE,
                "no {what} in time:\n{}",
                self.output()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The number of stdout lines saying a build ended.
    fn builds(&self) -> usize {
        self.stdout
            .lock()
            .expect("stdout")
            .iter()
            .filter(|l| l.contains("construit"))
            .count()
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// GET `path`: status and body.
    pub(crate) fn get(&self, path: &str) -> (u16, String) {
        let mut r = page_get(&self.url(path)).call().expect("GET");
        let status = r.status().as_u16();
        (status, r.body_mut().read_to_string().unwrap_or_default())
    }

    /// GET `path`: status and bytes.
    fn get_bytes(&self, path: &str) -> (u16, Vec<u8>) {
        let mut r = page_get(&self.url(path)).call().expect("GET");
        let status = r.status().as_u16();
        (status, r.body_mut().read_to_vec().unwrap_or_default())
    }

    /// Waits until no build has started or ended for a while.
    pub(crate) fn settle(&self) {
        let mut builds = self.builds();
        let mut quiet_since = Instant::now();
        let start = Instant::now();
        while quiet_since.elapsed() < Duration::from_millis(700) {
            std::thread::sleep(Duration::from_millis(50));
            if self.builds() != builds {
                builds = self.builds();
                quiet_since = Instant::now();
            }
            assert!(start.elapsed() < PATIENCE, "builds never settled");
        }
    }

    /// The live-reload stream at `path`: a function returning each event's data.
    fn events(&self, path: &str) -> impl FnMut() -> String {
        let r = page_get(&self.url(path)).call().expect("events");
        assert_eq!(r.status().as_u16(), 200);
        let body = r.into_body().into_reader();
        let mut lines = BufReader::new(body).lines();
        move || loop {
            let line = lines.next().expect("an event").expect("read");
            if let Some(data) = line.strip_prefix("data: ") {
                return data.to_string();
            }
        }
    }

    /// GETs `path` until its body satisfies `pred`.
    fn wait_page(&self, path: &str, what: &str, pred: impl Fn(u16, &str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let (status, body) = self.get(path);
            if pred(status, &body) {
                return body;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "{path} never showed {what}; last answer {status}:\n{body}\n{}",
                self.output()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Sends `signal` (`INT`, `TERM`) and waits for the exit.
    pub(crate) fn signal(mut self, signal: &str) -> (std::process::ExitStatus, String) {
        // The shell's own `kill` (no procps needed).
        let sent = Command::new("sh")
            .arg("-c")
            .arg(format!("kill -{signal} {}", self.child.id()))
            .status()
            .expect("run kill");
        assert!(sent.success());
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                // Let the reader threads take the last lines.
                std::thread::sleep(Duration::from_millis(100));
                return (status, self.output());
            }
            // A hang guard: the server stops within its 3 s grace on a quiet machine.
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "carnet serve did not stop on SIG{signal}:\n{}",
                self.output()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `GET` as the preview's own pages make it (`Sec-Fetch-Site: same-origin`): the
/// server refuses requests from other origins (see `a_page_of_another_origin_reads_nothing`).
fn page_get(url: &str) -> ureq::RequestBuilder<ureq::typestate::WithoutBody> {
    agent().get(url).header("Sec-Fetch-Site", "same-origin")
}

/// An HTTP client that reports every status and follows no redirect.
fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(PATIENCE))
        .build()
        .into()
}

/// A raw request (for paths an HTTP client would clean up): the status code and
/// the whole answer. Sent as the preview's own pages send it.
fn raw_get(port: u16, target: &str, host: &str) -> (u16, String) {
    raw_request(
        port,
        target,
        &[("Host", host), ("Sec-Fetch-Site", "same-origin")],
    )
}

/// A raw `GET` with exactly `headers`: the status code and the whole answer.
pub(crate) fn raw_request(port: u16, target: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    let mut request = format!("GET {target} HTTP/1.1\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("Connection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
}

/// The value of header `name` in a raw answer.
pub(crate) fn raw_header<'a>(answer: &'a str, name: &str) -> Option<&'a str> {
    let head = answer.split("\r\n\r\n").next()?;
    head.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// A journal with one learner, Ana: a public portrait, a public experience and a
/// referent-only one.
fn ana() -> Journal {
    let j = Journal::new();
    j.config(
        "title = \"Carnet test\"\n\n[[groups]]\nslug = \"gj\"\nname = \"Garantie Jeunes\"\nkind = \"learners\"\n\n[[referents]]\nslug = \"nelly\"\nname = \"Nelly\"\nrole = \"conseillère\"\n",
    )
    .learner(
        "ana",
        "name = \"Ana\"\nheadline = \"En route vers les métiers de bouche\"\nvisibility = \"public\"\ngroups = [\"gj\"]\nreferent = \"nelly\"",
        "J'aime le travail bien fait.",
    )
    .experience(
        "ana",
        "2021-03-01-stage",
        "title = \"Stage au fournil\"\ndate = 2021-03-01\nplace = \"Givors\"\nkind = \"stage\"\nvisibility = \"public\"\nphotos = [{ file = \"four.jpg\", alt = \"Des étagères en bois\" }]",
        "Premier jour au fournil.",
        &[("four.jpg", &example_file("learners/ines/experiences/2021-03-30-stage-animalerie/bois-des-etageres.jpg"))],
    )
    .experience(
        "ana",
        "2021-04-01-entretien",
        "title = \"Entretien SECRETREFERENT\"\ndate = 2021-04-01\nvisibility = \"referent\"",
        "Texte confidentiel.",
        &[],
    );
    j
}

const STAGE: &str = "/public/ana/experiences/2021-03-01-stage/";
const STAGE_MD: &str = "learners/ana/experiences/2021-03-01-stage/index.md";

#[test]
fn serve_shows_a_changed_file_and_never_writes_the_output_folder() {
    let j = ana();
    // The user's published sites, built the normal way into JOURNAL/site.
    run([
        "build",
        j.root().to_str().expect("utf-8"),
        "--cache",
        j.cache().to_str().expect("utf-8"),
    ])
    .assert_success();
    let published = j.root().join("site");
    let before = snapshot(&published);
    assert!(before.contains_key("public/index.html"));

    let server = Server::start(&j, &[]);
    let (status, page) = server.get(STAGE);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Stage au fournil"), "{page}");
    assert!(
        page.contains("class=\"cs-bar\""),
        "the bar is injected: {page}"
    );
    assert!(
        page.contains("/_carnet/serve.js"),
        "the reload script is injected"
    );

    // The live-reload stream says which build is showing, then each new one.
    let mut events = page_get(&server.url("/_carnet/events"))
        .call()
        .expect("events");
    assert!(events.headers().get("content-type").is_some_and(|v| v
        .to_str()
        .unwrap_or_default()
        .starts_with("text/event-stream")));
    let mut lines = BufReader::new(events.body_mut().as_reader()).lines();
    let mut next_build = || -> u64 {
        loop {
            let line = lines.next().expect("an event").expect("read");
            if let Some(n) = line.strip_prefix("data: ") {
                return n.parse().expect("a build number");
            }
        }
    };
    let first = next_build();

    j.edit(STAGE_MD, "Stage au fournil", "Stage au fournil CHANGED");
    let second = next_build();
    assert!(
        second > first,
        "a new build after the edit ({first} then {second})"
    );
    server.wait_page(STAGE, "the new title", |s, b| {
        s == 200 && b.contains("Stage au fournil CHANGED")
    });

    // Editor noise is ignored: a swap file and a file outside the content. (The
    // page may show the new build a moment before the terminal says so: settle.)
    server.settle();
    let builds = server.builds();
    j.file("learners/ana/.index.md.swp", b"swap");
    j.file("notes.txt", b"not content");
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(server.builds(), builds, "{}", server.output());

    j.edit(STAGE_MD, "Stage au fournil CHANGED", "Stage au fournil");
    server.wait_page(STAGE, "the old title back", |s, b| {
        s == 200 && !b.contains("CHANGED")
    });
    assert_eq!(
        snapshot(&published),
        before,
        "serve wrote into JOURNAL/site"
    );
    let (status, out) = server.signal("TERM");
    assert!(status.success(), "{out}");

    // The built files carry nothing of the preview, and a build now gives the same bytes.
    j.remove("learners/ana/.index.md.swp").remove("notes.txt");
    run([
        "build",
        j.root().to_str().expect("utf-8"),
        "--cache",
        j.cache().to_str().expect("utf-8"),
    ])
    .assert_success();
    assert_eq!(
        snapshot(&published),
        before,
        "a build after serve changed the sites"
    );
    for (path, bytes) in &before {
        assert!(
            !contains_ci(bytes, "_carnet") && !contains_ci(bytes, "cs-bar"),
            "{path} holds preview markup"
        );
    }
}

#[test]
fn a_bad_edit_shows_in_the_page_and_clears_when_fixed() {
    let j = ana();
    let server = Server::start(&j, &[]);
    j.edit(
        STAGE_MD,
        "visibility = \"public\"",
        "visibilty = \"public\"",
    );
    let page = server.wait_page(STAGE, "the error panel", |_, b| b.contains("cs-overlay"));
    let doc = scraper::Html::parse_document(&page);
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    let panel: String = doc
        .select(&sel(".cs-overlay"))
        .flat_map(|e| e.text())
        .collect();
    // Line 6 of the file: `+++`, title, date, place, kind, then the misspelt key.
    assert!(panel.contains(&format!("{STAGE_MD}:6:1")), "{panel}");
    assert!(panel.contains("ligne 6, colonne 1"), "{panel}");
    // The message and the help, whatever the language of the messages.
    let text_of =
        |selector: &str| -> String { doc.select(&sel(selector)).flat_map(|e| e.text()).collect() };
    assert!(text_of(".cs-message").contains("`visibilty`"), "{panel}");
    assert!(
        text_of(".cs-help").contains("`visibility`"),
        "the help: {panel}"
    );
    assert!(
        text_of(".cs-source").contains("visibilty = \"public\"\n^^^^^^^^^"),
        "{panel}"
    );
    // The last good site is still the one shown.
    assert!(page.contains("Stage au fournil"), "{page}");
    let mut server = server;
    server.wait_line("the error in the terminal", |l| {
        l.contains(&format!("{STAGE_MD}:6:1"))
    });

    j.edit(
        STAGE_MD,
        "visibilty = \"public\"",
        "visibility = \"public\"",
    );
    let page = server.wait_page(STAGE, "no error panel", |s, b| {
        s == 200 && !b.contains("cs-overlay")
    });
    assert!(page.contains("Stage au fournil"));

    // A broken carnet.toml does not stop the server either.
    j.file("carnet.toml", b"title = ");
    server.wait_page("/public/", "the error panel", |_, b| {
        b.contains("carnet.toml")
    });
    j.config("title = \"Carnet test\"\n\n[[groups]]\nslug = \"gj\"\nname = \"Garantie Jeunes\"\nkind = \"learners\"\n\n[[referents]]\nslug = \"nelly\"\nname = \"Nelly\"\n");
    server.wait_page("/public/", "no error panel", |s, b| {
        s == 200 && !b.contains("cs-overlay")
    });
}

#[test]
fn switching_audience_keeps_the_page_or_explains_and_hidden_items_stay_hidden() {
    let j = ana();
    let server = Server::start(&j, &[]);
    let secret = "/private/ana/ana/experiences/2021-04-01-entretien/";
    let (status, page) = server.get(secret);
    assert_eq!(status, 200);
    assert!(page.contains("SECRETREFERENT"));
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse("#cs-audience option").expect("selector");
    let options: Vec<(String, String)> = doc
        .select(&sel)
        .map(|o| {
            (
                o.value().attr("value").unwrap_or_default().to_string(),
                o.text().collect::<String>(),
            )
        })
        .collect();
    assert_eq!(
        options,
        [
            ("public", "tout le monde sur internet"),
            ("community/gj", "le groupe Garantie Jeunes"),
            ("referent/nelly", "ta conseillère Nelly"),
            ("private/ana", "Ana (carnet privé)"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert!(page.contains("Tu vois ton carnet comme le voit\u{a0}:"));

    // The referent sees it: the same page.
    let r = page_get(&server.url(
            "/_carnet/switch?to=referent/nelly&page=ana/experiences/2021-04-01-entretien/index.html&from=private/ana",
        ))
        .call()
        .expect("switch");
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        r.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/referent/nelly/ana/experiences/2021-04-01-entretien/")
    );

    // The public does not: a page says why, in plain words.
    let (status, page) = server.get(
        "/_carnet/switch?to=public&page=ana/experiences/2021-04-01-entretien/index.html&from=private/ana",
    );
    assert_eq!(status, 200);
    assert!(
        page.contains("Tout le monde sur internet ne voit pas cette page"),
        "{page}"
    );
    assert!(
        page.contains("est visible par : Toi et ta conseillère Nelly"),
        "{page}"
    );

    // And the public's pages have nothing of it; the referent's have it.
    for path in [
        "/public/",
        "/public/ana/",
        "/public/experiences/",
        "/community/gj/ana/",
    ] {
        let (status, page) = server.get(path);
        assert_eq!(status, 200, "{path}");
        assert!(
            !page.contains("SECRETREFERENT"),
            "{path} shows the hidden item"
        );
        assert!(
            !page.contains("2021-04-01-entretien"),
            "{path} links the hidden item"
        );
    }
    let (status, _) = server.get("/public/ana/experiences/2021-04-01-entretien/");
    assert_eq!(status, 404);
    let (_, page) = server.get("/referent/nelly/ana/");
    assert!(page.contains("SECRETREFERENT"), "present where allowed");
}

#[test]
fn traversal_attempts_never_serve_a_file_outside_the_site() {
    let j = ana();
    let canary = "CANARY-OUTSIDE-THE-SITE";
    j.file("../outside.txt", canary.as_bytes());
    // Links inside the journal to the file outside (where the loader does not
    // look: a link it reads that leaves the journal is a build error).
    j.symlink("leak.txt", &j.tmp().join("outside.txt"));
    j.symlink("site-link", j.tmp());
    let server = Server::start(&j, &[]);
    let host = format!("127.0.0.1:{}", server.port);
    let outside = j.tmp().join("outside.txt");
    let absolute = outside.to_str().expect("utf-8");
    for target in [
        "/../outside.txt".to_string(),
        "/public/../../outside.txt".into(),
        "/public/%2e%2e/%2e%2e/outside.txt".into(),
        "/public/%2E%2E%2F%2E%2E%2Foutside.txt".into(),
        "/public/..%2f..%2f..%2foutside.txt".into(),
        "/public/index.html%00.txt".into(),
        "/public/%00".into(),
        format!("/{absolute}"),
        format!("/{}", absolute.trim_start_matches('/')),
        format!("//{}", absolute.trim_start_matches('/')),
        "/leak.txt".into(),
        "/public/../leak.txt".into(),
        "/public/%2e%2e/leak.txt".into(),
        "/site-link/outside.txt".into(),
        "/public/%2e%2e/site-link/outside.txt".into(),
        "/etc/passwd".into(),
        "/public/..\\..\\outside.txt".into(),
        format!("http://{host}/../outside.txt"),
    ] {
        let (status, answer) = raw_get(server.port, &target, &host);
        assert!(
            (400..500).contains(&status),
            "{target} answered {status}:\n{answer}"
        );
        assert!(!answer.contains(canary), "{target} served the file outside");
        assert!(!answer.contains("root:"), "{target} served /etc/passwd");
    }
    // A page of another site that rebinds its name to 127.0.0.1 gets nothing.
    let (status, _) = raw_get(
        server.port,
        "/public/",
        &format!("evil.example:{}", server.port),
    );
    assert_eq!(status, 403);
    let (status, _) = raw_get(server.port, "/public/", &host);
    assert_eq!(status, 200, "the same request with this server's name");
}

/// A multipart body: fields in order, then an optional photo.
pub(crate) fn multipart(
    fields: &[(&str, &str)],
    photo: Option<(&str, &[u8])>,
) -> (String, Vec<u8>) {
    let boundary = "----carnet-test-boundary-7d1c";
    let mut body = Vec::new();
    for (name, value) in fields {
        write!(
            body,
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        )
        .expect("write");
    }
    if let Some((name, bytes)) = photo {
        write!(
            body,
            "--{boundary}\r\nContent-Disposition: form-data; name=\"photo1\"; filename=\"{name}\"\r\nContent-Type: image/jpeg\r\n\r\n"
        )
        .expect("write");
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    write!(body, "--{boundary}--\r\n").expect("write");
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Opens the form: the session cookie and the CSRF token it carries.
fn open_form(server: &Server) -> (String, String) {
    let (cookie, fields) = open_form_at(server, "/_carnet/new?learner=ana", &["csrf"]);
    (cookie, fields[0].clone())
}

/// Opens a form at `path`: the session cookie and the values of the hidden
/// fields `names`.
fn open_form_at(server: &Server, path: &str, names: &[&str]) -> (String, Vec<String>) {
    let mut r = page_get(&server.url(path)).call().expect("form");
    assert_eq!(r.status().as_u16(), 200);
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("carnet_session="))
        .and_then(|v| v.split(';').next())
        .expect("a session cookie")
        .to_string();
    let page = r.body_mut().read_to_string().expect("body");
    let doc = scraper::Html::parse_document(&page);
    let values = names
        .iter()
        .map(|name| {
            let sel = scraper::Selector::parse(&format!("input[name={name}]")).expect("selector");
            doc.select(&sel)
                .next()
                .and_then(|e| e.value().attr("value"))
                .unwrap_or_else(|| panic!("no {name} field:\n{page}"))
                .to_string()
        })
        .collect();
    (cookie, values)
}

fn post(
    server: &Server,
    cookie: Option<&str>,
    origin: Option<&str>,
    content_type: &str,
    body: &[u8],
) -> (u16, String, String) {
    post_to(server, "/_carnet/new", cookie, origin, content_type, body)
}

fn post_to(
    server: &Server,
    path: &str,
    cookie: Option<&str>,
    origin: Option<&str>,
    content_type: &str,
    body: &[u8],
) -> (u16, String, String) {
    let mut req = agent()
        .post(&server.url(path))
        .header("Content-Type", content_type);
    if let Some(c) = cookie {
        req = req.header("Cookie", c);
    }
    if let Some(o) = origin {
        req = req.header("Origin", o);
    }
    let mut r = req.send(body).expect("POST");
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (
        r.status().as_u16(),
        location,
        r.body_mut().read_to_string().unwrap_or_default(),
    )
}

fn experiences_of(j: &Journal, learner: &str) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(j.path(&format!("learners/{learner}/experiences")))
            .expect("experiences")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
    names.sort();
    names
}

#[test]
fn writes_need_the_sessions_token_and_this_origin() {
    let j = ana();
    let server = Server::start(&j, &[]);
    let before = experiences_of(&j, "ana");
    let (cookie, token) = open_form(&server);
    let origin = server.base.clone();
    let fields = |csrf: &str| {
        vec![
            ("csrf", csrf.to_string()),
            ("learner", "ana".to_string()),
            ("title", "Forum des métiers".to_string()),
            ("date", "2021-06-02".to_string()),
            ("visibility", "public".to_string()),
            ("skills", "curiosite".to_string()),
        ]
    };
    let body_with = |csrf: &str, photo: Option<(&str, &[u8])>| {
        let owned = fields(csrf);
        let pairs: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
        multipart(&pairs, photo)
    };

    // No token; a wrong one; another session's cookie; a token not first.
    let (ct, body) = multipart(&[("learner", "ana"), ("title", "X")], None);
    assert_eq!(
        post(&server, Some(&cookie), Some(&origin), &ct, &body).0,
        403
    );
    let (ct, body) = body_with("0000", None);
    assert_eq!(
        post(&server, Some(&cookie), Some(&origin), &ct, &body).0,
        403
    );
    let (ct, body) = body_with(&token, None);
    let other = "carnet_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    assert_eq!(post(&server, Some(other), Some(&origin), &ct, &body).0, 403);
    assert_eq!(post(&server, None, Some(&origin), &ct, &body).0, 403);
    // The right token, from another origin, or with no Origin at all.
    assert_eq!(
        post(
            &server,
            Some(&cookie),
            Some("http://evil.example"),
            &ct,
            &body
        )
        .0,
        403
    );
    assert_eq!(
        post(&server, Some(&cookie), Some("null"), &ct, &body).0,
        403
    );
    assert_eq!(post(&server, Some(&cookie), None, &ct, &body).0, 403);
    assert_eq!(experiences_of(&j, "ana"), before, "a refused write wrote");

    // A file that is not an image is refused by its content, whatever its name.
    let (ct, body) = body_with(&token, Some(("photo.jpg", b"<?php echo 1; ?>")));
    let (status, _, page) = post(&server, Some(&cookie), Some(&origin), &ct, &body);
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("n&#x27;est pas une photo"), "{page}");
    assert!(
        page.contains("value=\"Forum des métiers\""),
        "the form keeps what was typed"
    );
    assert_eq!(experiences_of(&j, "ana"), before);

    // A photo over the size limit (25 MB) is refused while it is read.
    let mut huge = solid_jpeg(8, 8, [1, 2, 3]);
    huge.resize(26 * 1024 * 1024, 0);
    let (ct, body) = body_with(&token, Some(("huge.jpg", &huge)));
    let (status, _, page) = post(&server, Some(&cookie), Some(&origin), &ct, &body);
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("est trop lourde (au plus 25 Mo)"), "{page}");
    assert_eq!(experiences_of(&j, "ana"), before);

    // Everything right: the experience is written and the answer leads to its page.
    let photo = solid_jpeg(40, 30, [10, 120, 200]);
    let (ct, body) = body_with(&token, Some(("../../IMG 0001.JPG", &photo)));
    let (status, location, page) = post(&server, Some(&cookie), Some(&origin), &ct, &body);
    assert_eq!(status, 303, "{page}\n{}", server.output());
    let folder = "2021-06-02-forum-des-metiers";
    assert!(
        location.starts_with(&format!("/private/ana/ana/experiences/{folder}/")),
        "{location}"
    );
    let dir = j.path(&format!("learners/ana/experiences/{folder}"));
    assert_eq!(
        std::fs::read(dir.join("img-0001.jpg")).expect("photo"),
        photo
    );
    let text = std::fs::read_to_string(dir.join("index.md")).expect("index.md");
    assert!(text.contains("title = \"Forum des métiers\""), "{text}");
    assert!(text.contains("visibility = \"public\""), "{text}");
    assert!(text.contains("skills = [\"curiosite\"]"), "{text}");
    // The page the form leads to is ready when it answers: the learner's own site
    // is rendered first.
    let (status, page) = server.get(&location);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Forum des métiers"), "{page}");
    // The rest of that build shows it in the public site too.
    server.wait_page(
        &format!("/public/ana/experiences/{folder}/"),
        "the new experience",
        |s, b| s == 200 && b.contains("Forum des métiers"),
    );

    // The same title on the same day gets its own folder.
    let (ct, body) = body_with(&token, None);
    let (status, location, _) = post(&server, Some(&cookie), Some(&origin), &ct, &body);
    assert_eq!(status, 303);
    assert!(location.contains(&format!("{folder}-2/")), "{location}");
    assert_eq!(
        std::fs::read(dir.join("img-0001.jpg")).expect("photo"),
        photo
    );
}

#[test]
fn the_form_edits_an_experience_keeping_what_it_does_not_show() {
    let j = ana();
    // Written by hand: a comment, a key the form does not show, Markdown.
    j.edit(
        STAGE_MD,
        "visibility = \"public\"",
        "# à revoir avec Nelly\nvisibility = \"public\"\nfit = \"cover\"",
    );
    j.edit(
        STAGE_MD,
        "Premier jour au fournil.",
        "Premier  jour au *fournil*.\n\n- pétrir\n",
    );
    let before = j.read(STAGE_MD);
    let server = Server::start(&j, &[]);
    let (status, page) = server.get(STAGE);
    assert_eq!(status, 200);
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse("a.cs-edit").expect("selector");
    let edit = doc.select(&sel).next().and_then(|a| a.value().attr("href"));
    assert_eq!(
        edit,
        Some("/_carnet/edit?learner=ana&experience=2021-03-01-stage")
    );
    let (cookie, hidden) = open_form_at(
        &server,
        "/_carnet/edit?learner=ana&experience=2021-03-01-stage",
        &["csrf", "folder", "version", "title", "place"],
    );
    assert_eq!(hidden[3], "Stage au fournil");
    assert_eq!(hidden[4], "Givors");
    let (_, page) = server.get("/_carnet/edit?learner=ana&experience=2021-03-01-stage");
    assert!(
        page.contains("Premier  jour au *fournil*."),
        "the text, as written"
    );
    let body_text = "Premier  jour au *fournil*.\r\n\r\n- pétrir\r\n";
    let fields = |visibility: &'static str| {
        vec![
            ("csrf", hidden[0].as_str()),
            ("learner", "ana"),
            ("folder", hidden[1].as_str()),
            ("version", hidden[2].as_str()),
            ("title", "Stage au fournil"),
            ("date", "2021-03-01"),
            ("place", "Givors"),
            ("kind", "stage"),
            ("body", body_text),
            ("visibility", visibility),
        ]
    };
    // Without the session's token: refused, nothing changed.
    let (ct, body) = multipart(&fields("referent")[1..], None);
    let (status, _, _) = post_to(
        &server,
        "/_carnet/edit",
        Some(&cookie),
        Some(&server.base),
        &ct,
        &body,
    );
    assert_eq!(status, 403);
    assert_eq!(j.read(STAGE_MD), before);

    let (ct, body) = multipart(&fields("referent"), None);
    let (status, location, page) = post_to(
        &server,
        "/_carnet/edit",
        Some(&cookie),
        Some(&server.base),
        &ct,
        &body,
    );
    assert_eq!(status, 303, "{page}");
    assert!(
        location.starts_with("/private/ana/ana/experiences/2021-03-01-stage/"),
        "{location}"
    );
    assert_eq!(
        j.read(STAGE_MD),
        before.replace("visibility = \"public\"", "visibility = \"referent\""),
        "only the visibility changed"
    );
    // The learner's own site is ready at the redirect; the public one follows within
    // the same build.
    server.wait_page(STAGE, "the stage gone from the public site", |status, _| {
        status == 404
    });

    // The same form sent again is refused: the file changed since it was opened.
    let (ct, body) = multipart(&fields("public"), None);
    let (status, _, page) = post_to(
        &server,
        "/_carnet/edit",
        Some(&cookie),
        Some(&server.base),
        &ct,
        &body,
    );
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("a changé depuis que tu as ouvert le formulaire"),
        "{page}"
    );
    assert!(j.read(STAGE_MD).contains("visibility = \"referent\""));
}

#[test]
fn lan_mode_refuses_requests_without_a_personal_link() {
    let j = ana();
    let home = tempfile::tempdir().expect("home");
    let server = Server::start_env(
        &j.root(),
        &j.cache(),
        free_port(),
        &["--lan"],
        &[("CARNET_HOME", home.path())],
    );
    // On this machine, the printed loopback address needs no link (issue 21: it
    // answered 403), and shows the cards.
    assert_eq!(server.get("/public/").0, 200);
    let (status, cards) = server.get("/_carnet/cards");
    assert_eq!(status, 200);
    let token = cards
        .split("?k=")
        .nth(1)
        .and_then(|t| t.split('<').next())
        .expect("a link")
        .to_string();
    assert_eq!(token.len(), 22, "128 bits, base64url");
    // No link is printed unless asked for.
    assert!(!server.output().contains(&token), "{}", server.output());
    // From the network (a phone cannot come from loopback; here another Host says
    // the request is not the owner's): a link, or nothing.
    let lan = format!("192.168.1.20:{}", server.port);
    let from_lan = |target: &str, cookie: Option<&str>| {
        let mut headers = vec![("Host", lan.as_str()), ("Sec-Fetch-Site", "none")];
        if let Some(c) = cookie {
            headers.push(("Cookie", c));
        }
        raw_request(server.port, target, &headers)
    };
    let (status, page) = from_lan("/public/", None);
    assert_eq!(status, 403, "no link");
    assert!(page.contains("Il faut ton lien personnel"), "{page}");
    assert_eq!(from_lan("/public/?k=wrong", None).0, 403, "a wrong link");
    // The right link: a cookie, and the token out of the address.
    let (status, answer) = from_lan(&format!("/public/?k={token}"), None);
    assert_eq!(status, 303);
    assert_eq!(raw_header(&answer, "location"), Some("/public/"));
    let cookie = raw_header(&answer, "set-cookie")
        .and_then(|v| v.split(';').next())
        .expect("a cookie")
        .to_string();
    let (status, page) = from_lan("/public/", Some(&cookie));
    assert_eq!(status, 200);
    assert!(page.contains("Ana"));
    // The redirect that takes the token out of the address stays on this server.
    for target in ["//evil.example/x", "/\\evil.example/x", "///evil.example/x"] {
        let (status, answer) = from_lan(&format!("{target}?k={token}"), None);
        assert_eq!(status, 303, "{target}");
        assert_eq!(
            raw_header(&answer, "location"),
            Some("/evil.example/x"),
            "{target}: an open redirect"
        );
    }
}

/// Issue 21: any web page open beside `carnet serve` could read private search
/// indexes with `<script src>` (the class of webpack-dev-server CVE-2025-30359 and
/// Vite CVE-2025-24010). No response may be readable by another origin.
#[test]
fn requests_from_another_origin_are_refused_for_every_kind_of_file() {
    let j = ana();
    j.experience(
        "ana",
        "2021-05-01-prive",
        "title = \"Projet PRIVECANARY\"\ndate = 2021-05-01\nplace = \"Lyon PRIVECANARY\"",
        "Texte PRIVECANARY.",
        &[],
    );
    let server = Server::start(&j, &[]);
    let (_, stage) = server.get(STAGE);
    let photo = scraper::Html::parse_document(&stage)
        .select(&scraper::Selector::parse("img[src]").expect("selector"))
        .filter_map(|img| img.value().attr("src"))
        .find(|src| src.contains("photos/"))
        .map(|src| resolve(&STAGE[1..], src).expect("resolves"))
        .expect("a photo on the stage page");
    let host = format!("127.0.0.1:{}", server.port);
    let files = [
        "/private/ana/".to_string(),
        "/private/ana/ana/experiences/2021-05-01-prive/".to_string(),
        "/private/ana/search-index.js".to_string(),
        "/public/search-index.js".to_string(),
        format!("/{photo}"),
        "/private/ana/static/style.css".to_string(),
        "/private/ana/robots.txt".to_string(),
        "/_carnet/serve.css".to_string(),
        "/_carnet/events?site=private/ana".to_string(),
        "/_carnet/new?learner=ana".to_string(),
        "/private/ana/does-not-exist/".to_string(),
    ];
    let attacks: [(&str, &[(&str, &str)]); 4] = [
        (
            "a <script src> of another site",
            &[
                ("Sec-Fetch-Site", "cross-site"),
                ("Sec-Fetch-Mode", "no-cors"),
                ("Sec-Fetch-Dest", "script"),
                ("Accept", "*/*"),
            ],
        ),
        (
            "an <img> of a server on another port of this machine",
            &[
                ("Sec-Fetch-Site", "same-site"),
                ("Sec-Fetch-Mode", "no-cors"),
                ("Sec-Fetch-Dest", "image"),
                ("Accept", "image/avif,image/webp,*/*"),
            ],
        ),
        (
            "a fetch() of another site",
            &[
                ("Sec-Fetch-Site", "cross-site"),
                ("Sec-Fetch-Mode", "cors"),
                ("Sec-Fetch-Dest", "empty"),
                ("Origin", "http://evil.example"),
            ],
        ),
        (
            "a browser without Fetch Metadata, no session cookie",
            &[("Accept", "*/*")],
        ),
    ];
    for file in &files {
        for (attack, headers) in attacks {
            let mut all = vec![("Host", host.as_str())];
            all.extend_from_slice(headers);
            let (status, answer) = raw_request(server.port, file, &all);
            assert_eq!(status, 403, "{attack}: {file} answered:\n{answer:.400}");
            assert!(!answer.contains("PRIVECANARY"), "{attack}: {file}");
            assert!(
                !answer.contains("Nelly"),
                "{attack}: {file} names an audience"
            );
            assert_eq!(
                raw_header(&answer, "cross-origin-resource-policy"),
                Some("same-origin"),
                "{attack}: {file}"
            );
            assert_eq!(
                raw_header(&answer, "x-content-type-options"),
                Some("nosniff")
            );
        }
    }
    // The same files from the preview's own pages (or typed in the address bar):
    // answered, with the headers that keep them from other origins.
    for file in files
        .iter()
        .filter(|f| !f.contains("events") && !f.contains("does-not"))
    {
        for site in ["same-origin", "none"] {
            let (status, answer) = raw_request(
                server.port,
                file,
                &[("Host", host.as_str()), ("Sec-Fetch-Site", site)],
            );
            assert_eq!(status, 200, "{site}: {file}:\n{answer:.400}");
            assert_eq!(
                raw_header(&answer, "cross-origin-resource-policy"),
                Some("same-origin")
            );
            assert_eq!(
                raw_header(&answer, "content-security-policy"),
                Some("frame-ancestors 'none'")
            );
        }
    }
    assert!(raw_request(
        server.port,
        "/private/ana/ana/experiences/2021-05-01-prive/",
        &[("Host", host.as_str()), ("Sec-Fetch-Site", "same-origin")]
    )
    .1
    .contains("PRIVECANARY"));
    // A page opened from a link on another site: a page of its own, the same for a
    // page that exists and one that does not, with a link to open it from here.
    let navigate = |file: &str| {
        raw_request(
            server.port,
            file,
            &[
                ("Host", host.as_str()),
                ("Sec-Fetch-Site", "cross-site"),
                ("Sec-Fetch-Mode", "navigate"),
                ("Sec-Fetch-Dest", "document"),
                ("Accept", "text/html"),
            ],
        )
    };
    let (status, existing) = navigate("/private/ana/");
    assert_eq!(status, 403);
    assert!(
        existing.contains("Lien ouvert depuis un autre site"),
        "{existing}"
    );
    let link = scraper::Html::parse_document(existing.split("\r\n\r\n").nth(1).unwrap_or_default())
        .select(&scraper::Selector::parse("main a[href]").expect("selector"))
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .next();
    assert_eq!(link.as_deref(), Some("/private/ana/"), "{existing}");
    let (_, missing) = navigate("/private/zzz/");
    let body = |a: &str| {
        a.split("\r\n\r\n")
            .nth(1)
            .unwrap_or_default()
            .replace("zzz", "ana")
    };
    assert_eq!(
        body(&existing),
        body(&missing),
        "a private page's existence shows"
    );
    // An old browser (no Fetch Metadata) may open a page, and gets its session.
    let (status, answer) = raw_request(
        server.port,
        "/public/",
        &[("Host", host.as_str()), ("Accept", "text/html,*/*;q=0.8")],
    );
    assert_eq!(status, 200);
    assert!(raw_header(&answer, "set-cookie").is_some_and(|c| c.contains("SameSite=Strict")));
}

#[test]
fn a_taken_port_moves_to_the_next_free_one() {
    let j = ana();
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port();
    let mut server = Server::start_at(&j.root(), &j.cache(), port, &[]);
    server.wait_line("the move", |l| {
        l.contains(&format!("le port {port} est pris"))
    });
    assert_ne!(server.port, port);
    assert_eq!(server.get("/public/").0, 200);
}

/// `count` consecutive loopback ports, all bound by the test (held while it lives).
fn consecutive_ports(count: u16) -> (u16, Vec<TcpListener>) {
    for _ in 0..50 {
        let first = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base = first.local_addr().expect("addr").port();
        if base.checked_add(count).is_none() {
            continue;
        }
        let mut held = vec![first];
        for port in base + 1..base + count {
            match TcpListener::bind(("127.0.0.1", port)) {
                Ok(l) => held.push(l),
                Err(_) => break,
            }
        }
        if held.len() == usize::from(count) {
            return (base, held);
        }
    }
    panic!("no {count} consecutive free loopback ports");
}

#[test]
fn every_port_taken_is_said_in_french_with_the_port_and_what_to_do() {
    let j = ana();
    // serve tries the port asked for and the ten next ones.
    let (port, _held) = consecutive_ports(11);
    let out = run([
        std::ffi::OsString::from("serve"),
        j.root().into(),
        "--port".into(),
        port.to_string().into(),
    ])
    .code(2);
    out.stderr_has(&[
        &format!("impossible d'ouvrir le port {port}"),
        "déjà utilisé par un autre programme",
        &format!("essaie --port {}", port + 11),
    ]);
    assert!(!out.stderr.contains("os error"), "{out}");
    assert!(!out.stderr.contains("listener"), "{out}");
}

#[test]
fn serve_without_its_journal_folder_says_so() {
    let j = Journal::new();
    let out = run([
        std::ffi::OsString::from("serve"),
        j.tmp().join("carnet-absent").into(),
    ])
    .code(2);
    out.stderr_has(&["dossier introuvable", "carnet-absent", "carnet.toml"]);
    assert!(!out.stderr.contains("os error"), "{out}");
}

#[test]
fn sigint_and_sigterm_stop_the_server_cleanly() {
    let j = ana();
    for signal in ["INT", "TERM"] {
        let server = Server::start(&j, &[]);
        // An open live-reload stream must not hold the stop up.
        let events = page_get(&server.url("/_carnet/events"))
            .call()
            .expect("events");
        let (status, out) = server.signal(signal);
        assert!(status.success(), "SIG{signal}: {status}\n{out}");
        assert!(out.contains("carnet serve : arrêté"), "{out}");
        drop(events);
    }
}

#[test]
fn serve_form_in_chromium() {
    if skip_browser_test(
        "serve browser test",
        &browser_missing(&[], &["playwright-core", "axe-core"]),
        "apt-get install -y chromium && npm ci --prefix tests/browser",
    ) {
        return;
    }
    let dir = browser_dir();
    let j = ana();
    let server = Server::start(&j, &[]);
    let photo = example_journal().join(GPS_PHOTO);
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let screenshots = std::env::var_os("CARNET_SCREENSHOTS")
        .map(|d| Path::new(env!("CARGO_MANIFEST_DIR")).join(d))
        .unwrap_or_else(|| tmp.path().join("screenshots"));
    let _one_browser_at_a_time = browser_lock();
    let out = Command::new("node")
        .arg(dir.join("serve.mjs"))
        .arg(&server.base)
        .arg(&photo)
        .arg(&screenshots)
        .arg(j.root())
        .env("CHROMIUM_PATH", chromium())
        .output()
        .expect("run node tests/browser/serve.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "serve.mjs failed:\n{stdout}\n{stderr}\n{}",
        server.output()
    );
    // What the browser sent was written: the photo as uploaded, its alt text, the
    // date taken from the photo's EXIF (2021-03-30), the skills and visibility ticked.
    let folder = "2021-03-30-visite-de-la-boulangerie";
    let dir = j.path(&format!("learners/ana/experiences/{folder}"));
    let text = std::fs::read_to_string(dir.join("index.md"))
        .unwrap_or_else(|e| panic!("{e}: {:?}\n{stdout}", experiences_of(&j, "ana")));
    for needle in [
        // The browser script renamed it, to see the open page reload.
        "title = \"Visite du fournil\"",
        "date = 2021-03-30",
        "place = \"Givors\"",
        "kind = \"visite\"",
        "skills = [\"curiosite\", \"rigueur\"]",
        "visibility = \"community\"",
        "alt = \"Un chat tigré sur le comptoir\"",
    ] {
        assert!(text.contains(needle), "index.md lacks {needle}:\n{text}");
    }
    let written = std::fs::read(dir.join("chat-de-la-boutique.jpg")).expect("the photo");
    assert_eq!(
        decode_mean(&written),
        decode_mean(&std::fs::read(&photo).expect("original")),
        "the photo's pixels as uploaded"
    );
    crate::photos::assert_no_private_metadata(&dir.join("chat-de-la-boutique.jpg"), None);
    assert!(stdout.contains("new page shows the experience"), "{stdout}");
}

/// A served page with the preview's additions (each between its marks) taken out.
fn without_additions(served: &[u8]) -> Vec<u8> {
    const START: &[u8] = b"<!--carnet-serve-->";
    const END: &[u8] = b"<!--/carnet-serve-->";
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut out = Vec::new();
    let mut rest = served;
    while let Some(i) = find(rest, START) {
        out.extend_from_slice(&rest[..i]);
        let end = find(&rest[i..], END).expect("an addition is closed") + i;
        rest = &rest[end + END.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// Builds the journal with `carnet build` into `out` and checks that the server
/// serves every file of every site with the same bytes (pages once the preview's
/// additions are taken out).
#[track_caller]
fn assert_serves_what_build_writes(server: &Server, j: &Journal, out: &Path) {
    j.build_with(out, &j.cache()).assert_success();
    let built = snapshot(out);
    let mut compared = 0;
    for (rel, bytes) in &built {
        // The output folder's own files (its root page, robots.txt, the manifest,
        // the `.htaccess` of `community/`…) belong to no site.
        let in_site = ["public/", "community/", "referent/", "private/"]
            .iter()
            .any(|site| rel.starts_with(site));
        if !in_site || rel.rsplit('/').next().is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        let (status, served) = server.get_bytes(&format!("/{rel}"));
        assert_eq!(status, 200, "{rel} is built but not served");
        let served = if rel.ends_with(".html") {
            assert!(
                contains_ci(&served, "cs-bar"),
                "{rel}: the bar is in the served page"
            );
            without_additions(&served)
        } else {
            served
        };
        assert!(
            served == *bytes,
            "{rel}: served bytes differ from `carnet build`'s\n--- served ---\n{}\n--- built ---\n{}",
            String::from_utf8_lossy(&served),
            String::from_utf8_lossy(bytes)
        );
        compared += 1;
    }
    assert!(compared > 30, "only {compared} files compared");
}

#[test]
fn after_edits_every_served_site_is_what_build_writes_and_the_open_site_comes_first() {
    let j = ana();
    j.learner(
        "bob",
        "name = \"Bob\"\nvisibility = \"community\"\ngroups = [\"gj\"]\nreferent = \"nelly\"",
        "Bonjour, je suis Bob.",
    );
    let server = Server::start(&j, &[]);
    let out = j.out();
    assert_serves_what_build_writes(&server, &j, &out);

    // A page of Ana's own site is open: its stream names the site.
    let mut open = server.events("/_carnet/events?site=private/ana");
    let mut shown = open();
    let page = "/private/ana/ana/experiences/2021-03-01-stage/";
    let secret_md = "learners/ana/experiences/2021-04-01-entretien/index.md";
    let edits: [(&str, &str, &str, &str); 4] = [
        (
            STAGE_MD,
            "Stage au fournil",
            "Stage au fournil REVU",
            "Stage au fournil REVU",
        ),
        // A hidden item made public, then the public one made community only.
        (
            secret_md,
            "visibility = \"referent\"",
            "visibility = \"public\"",
            "Stage au fournil REVU",
        ),
        (
            STAGE_MD,
            "visibility = \"public\"",
            "visibility = \"community\"",
            "Stage au fournil REVU",
        ),
        (
            STAGE_MD,
            "Premier jour au fournil.",
            "Premier jour au fournil, bien accueillie.",
            "bien accueillie",
        ),
    ];
    for (file, from, to, expect) in edits {
        j.edit(file, from, to);
        // One reload of the open page, and its site is already the new one then.
        let version = open();
        assert_ne!(version, shown, "the open page is told to reload");
        shown = version;
        let (status, body) = server.get(page);
        assert_eq!(status, 200, "{body}");
        assert!(
            body.contains(expect),
            "the open site is new when its page reloads: {body}"
        );
        server.settle();
        assert!(
            !server.get(page).1.contains("cs-overlay"),
            "{}",
            server.output()
        );
        assert_serves_what_build_writes(&server, &j, &out);
    }
    // The last state: the stage is no longer public, the interview is.
    assert_eq!(
        server.get("/public/ana/experiences/2021-03-01-stage/").0,
        404
    );
    assert_eq!(
        server
            .get("/public/ana/experiences/2021-04-01-entretien/")
            .0,
        200
    );
}

#[test]
fn serve_previews_a_protected_site_in_the_clear_without_a_passphrase() {
    let j = ana();
    j.edit(
        "carnet.toml",
        "kind = \"learners\"\n",
        "kind = \"learners\"\nprotect = true\n",
    );
    // No passphrase anywhere: a build refuses, the local preview does not need one.
    j.build().code(2);
    let server = Server::start(&j, &[]);
    let page = server.wait_page(
        "/community/gj/ana/experiences/2021-03-01-stage/",
        "the plaintext page",
        |status, body| status == 200 && body.contains("Stage au fournil"),
    );
    assert!(page.contains("Premier jour au fournil."), "{page}");
    assert!(!page.contains("carnet-unlock"), "{page}");
}

/// Issue 21, in a real browser: pages of two other origins (another loopback host,
/// cross-site; another port of 127.0.0.1, same-site), open in the same browser as the
/// preview, read nothing of a private carnet by any means (`tests/browser/cross-origin.mjs`);
/// the preview itself still works there.
#[test]
fn a_page_of_another_origin_reads_nothing_in_chromium() {
    if skip_browser_test(
        "cross-origin browser test",
        &browser_missing(&[], &["playwright-core"]),
        "apt-get install -y chromium && npm ci --prefix tests/browser",
    ) {
        return;
    }
    let j = ana();
    j.experience(
        "ana",
        "2021-05-01-prive",
        "title = \"Projet PRIVECANARY\"\ndate = 2021-05-01",
        "Texte PRIVECANARY.",
        &[],
    );
    let server = Server::start(&j, &[]);
    let (_, stage) = server.get(STAGE);
    let photo = scraper::Html::parse_document(&stage)
        .select(&scraper::Selector::parse("img[src]").expect("selector"))
        .filter_map(|img| img.value().attr("src"))
        .find(|src| src.contains("photos/"))
        .map(|src| resolve(&STAGE[1..], src).expect("resolves"))
        .expect("a photo on the stage page");
    let _one_browser_at_a_time = browser_lock();
    let out = Command::new("node")
        .arg(browser_dir().join("cross-origin.mjs"))
        .arg(&server.base)
        .arg("private/ana")
        .arg("/private/ana/experiences/")
        .arg(format!("/{photo}"))
        .arg("PRIVECANARY")
        .env("CHROMIUM_PATH", chromium())
        .output()
        .expect("run node tests/browser/cross-origin.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "cross-origin.mjs failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = stdout
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_else(|| panic!("no RESULT line:\n{stdout}"));
    let origins = result["origins"].as_object().expect("origins");
    assert_eq!(origins.len(), 2, "{result}");
    for (origin, seen) in origins {
        let text = seen.to_string();
        assert!(
            !text.contains("PRIVECANARY"),
            "{origin} read a private item: {text}"
        );
        assert_eq!(seen["script-index"]["event"], "error", "{origin}: {text}");
        assert_eq!(seen["script-index"]["read"], "null", "{origin}: {text}");
        // A page that exists and one that does not look the same from outside.
        assert_eq!(
            seen["script-existing-page"], seen["script-missing-page"],
            "{origin} can probe which private pages exist: {text}"
        );
        for key in ["fetch-cors", "fetch-no-cors", "fetch-page-credentials"] {
            assert!(
                seen[key].get("error").is_some(),
                "{origin}: {key} got an answer: {text}"
            );
        }
        assert_eq!(seen["img-photo"]["event"], "error", "{origin}: {text}");
        assert_eq!(seen["img-photo"]["width"], 0, "{origin}: {text}");
        assert_eq!(seen["stylesheet"]["event"], "error", "{origin}: {text}");
        assert!(seen["iframe"]["read"].is_null(), "{origin}: {text}");
        assert_ne!(seen["event-source"]["event"], "message", "{origin}: {text}");
    }
    let preview = &result["preview"];
    assert_eq!(preview["firstStatus"], 200, "{result}");
    assert_eq!(preview["status"], 200, "{result}");
    assert_eq!(preview["hasCanary"], true, "{result}");
    assert!(
        preview["searchIndex"]
            .as_str()
            .is_some_and(|s| s.contains("PRIVECANARY")),
        "the preview's own page lost its search index: {result}"
    );
    assert_eq!(preview["styled"], true, "{result}");
    assert_eq!(preview["errors"], serde_json::json!([]), "{result}");
}

/// Issue 21: `carnet serve` did not watch `professionals/`, so a new post showed
/// only after an unrelated edit.
#[test]
fn a_new_professional_post_shows_without_another_edit() {
    let j = ana();
    j.file(
        "professionals/nelly/profile.md",
        markdown(
            "name = \"Nelly\"\nrole = \"conseillère\"\nvisibility = \"public\"",
            "J'accompagne des jeunes.\n",
        )
        .as_bytes(),
    );
    let server = Server::start(&j, &[]);
    j.file(
        "professionals/nelly/posts/2021-06-01-atelier.md",
        markdown(
            "title = \"Atelier POSTCANARY\"\ndate = 2021-06-01\nvisibility = \"public\"",
            "Venez nombreux.\n",
        )
        .as_bytes(),
    );
    server.wait_page("/public/", "the new post", |status, body| {
        status == 200 && body.contains("POSTCANARY")
    });
}

// ---------------------------------------------------------------------------------
// Issue 21: what the form writes, the loader reads
// ---------------------------------------------------------------------------------

/// Posts the new-experience form for Ana with `fields` (the token first) and an
/// optional photo: (status, location, page).
fn post_new(
    server: &Server,
    fields: &[(&str, &str)],
    photo: Option<(&str, &[u8])>,
) -> (u16, String, String) {
    let (cookie, token) = open_form(server);
    let mut all = vec![("csrf", token.as_str()), ("learner", "ana")];
    all.extend_from_slice(fields);
    let (ct, body) = multipart(&all, photo);
    post(server, Some(&cookie), Some(&server.base), &ct, &body)
}

#[test]
fn a_title_with_a_line_break_sent_by_hand_keeps_the_journal_building() {
    let j = ana();
    let server = Server::start(&j, &[]);
    let before = experiences_of(&j, "ana");
    let title = "Forum\n+++\nvisibility = \"public\"\n+++";
    let (status, _, page) = post_new(
        &server,
        &[
            ("title", title),
            ("date", "2021-06-02"),
            ("visibility", "private"),
        ],
        None,
    );
    assert_eq!(status, 303, "{page}");
    let after = experiences_of(&j, "ana");
    assert_eq!(after.len(), before.len() + 1);
    run(["check", j.root().to_str().expect("utf-8")]).assert_success();
    j.build_ok();
    assert!(
        !site_text(&j.site("public")).contains("Forum"),
        "the title stayed a title: the experience is private"
    );
}

#[test]
fn the_form_refuses_a_control_character_and_keeps_what_was_typed_without_it() {
    let j = ana();
    let server = Server::start(&j, &[]);
    let before = experiences_of(&j, "ana");
    let (status, _, page) = post_new(
        &server,
        &[
            ("title", "Forum \u{1B}[31mdes métiers"),
            ("place", "Lyon \u{202E}"),
            ("body", "Mon texte.\u{0}"),
        ],
        None,
    );
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("Le titre contenait un caractère de contrôle invisible (U+001B)"),
        "{page}"
    );
    assert!(page.contains("value=\"Forum [31mdes métiers\""), "{page}");
    assert!(page.contains("value=\"Lyon \""), "{page}");
    assert!(!page.contains('\u{1B}') && !page.contains('\u{202E}') && !page.contains('\u{0}'));
    assert_eq!(experiences_of(&j, "ana"), before, "nothing written");
}

#[test]
fn the_form_refuses_a_file_that_only_starts_like_a_jpeg() {
    let j = ana();
    let server = Server::start(&j, &[]);
    let before = experiences_of(&j, "ana");
    let good = solid_jpeg(64, 48, [200, 30, 30]);
    let mut broken = good[..good.len() / 2].to_vec();
    broken.extend(std::iter::repeat_n(0x42, 2000));
    broken.extend_from_slice(&[0xFF, 0xD9]);
    for bytes in [[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F'].to_vec(), broken] {
        let (status, _, page) = post_new(
            &server,
            &[("title", "Forum"), ("date", "2021-06-02")],
            Some(("IMG_0002.jpg", &bytes)),
        );
        assert_eq!(status, 422, "{page}");
        assert!(page.contains("« IMG_0002.jpg »"), "{page}");
        assert_eq!(experiences_of(&j, "ana"), before, "nothing written");
    }
    j.build_ok();
}

#[test]
fn thirty_saves_of_the_same_version_at_once_make_exactly_one_change() {
    let j = ana();
    let server = Server::start(&j, &[]);
    let edit = "/_carnet/edit?learner=ana&experience=2021-03-01-stage";
    let (cookie, hidden) = open_form_at(&server, edit, &["csrf", "folder", "version"]);
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..30)
            .map(|n| {
                let (server, cookie, hidden) = (&server, &cookie, &hidden);
                s.spawn(move || {
                    let title = format!("Stage version {n}");
                    let (ct, body) = multipart(
                        &[
                            ("csrf", hidden[0].as_str()),
                            ("learner", "ana"),
                            ("folder", hidden[1].as_str()),
                            ("version", hidden[2].as_str()),
                            ("title", &title),
                            ("date", "2021-03-01"),
                            ("visibility", "public"),
                        ],
                        None,
                    );
                    post_to(
                        server,
                        "/_carnet/edit",
                        Some(cookie),
                        Some(&server.base),
                        &ct,
                        &body,
                    )
                    .0
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 422).count(),
        29,
        "{statuses:?}"
    );
    assert!(j.read(STAGE_MD).contains("title = \"Stage version "));
}

#[test]
fn an_item_leaving_community_through_the_form_loses_its_groups() {
    let j = ana();
    j.edit(
        STAGE_MD,
        "visibility = \"public\"",
        "visibility = \"community\"\ngroups = [\"gj\"]",
    );
    let server = Server::start(&j, &[]);
    let edit = "/_carnet/edit?learner=ana&experience=2021-03-01-stage";
    let (cookie, hidden) = open_form_at(&server, edit, &["csrf", "folder", "version"]);
    let (ct, body) = multipart(
        &[
            ("csrf", hidden[0].as_str()),
            ("learner", "ana"),
            ("folder", hidden[1].as_str()),
            ("version", hidden[2].as_str()),
            ("title", "Stage au fournil"),
            ("date", "2021-03-01"),
            ("visibility", "public"),
        ],
        None,
    );
    let (status, _, page) = post_to(
        &server,
        "/_carnet/edit",
        Some(&cookie),
        Some(&server.base),
        &ct,
        &body,
    );
    assert_eq!(status, 303, "{page}");
    assert!(!j.read(STAGE_MD).contains("groups"), "{}", j.read(STAGE_MD));
    run(["check", j.root().to_str().expect("utf-8")]).assert_success();
}

#[cfg(unix)]
#[test]
fn the_edit_form_does_not_follow_a_parent_folder_linked_out_of_the_journal() {
    let j = ana();
    let outside = tempfile::TempDir::new().expect("temp");
    // Ana's experiences live outside the journal, behind a link.
    let moved = outside.path().join("experiences");
    std::fs::rename(j.path("learners/ana/experiences"), &moved).expect("move");
    std::os::unix::fs::symlink(&moved, j.path("learners/ana/experiences")).expect("link");
    let before = std::fs::read_to_string(moved.join("2021-03-01-stage/index.md")).expect("read");
    let server = Server::start(&j, &[]);
    let (status, page) = server.get("/_carnet/edit?learner=ana&experience=2021-03-01-stage");
    assert_eq!(status, 404, "{page}");
    assert!(
        page.contains("lien qui mène hors du dossier du journal"),
        "{page}"
    );
    let (cookie, token) = open_form(&server);
    let version = blake3::hash(before.as_bytes()).to_hex().to_string();
    let (ct, body) = multipart(
        &[
            ("csrf", token.as_str()),
            ("learner", "ana"),
            ("folder", "2021-03-01-stage"),
            ("version", &version),
            ("title", "Changé de dehors"),
            ("date", "2021-03-01"),
            ("visibility", "public"),
        ],
        None,
    );
    let (status, _, page) = post_to(
        &server,
        "/_carnet/edit",
        Some(&cookie),
        Some(&server.base),
        &ct,
        &body,
    );
    assert_eq!(status, 422, "{page}");
    assert_eq!(
        std::fs::read_to_string(moved.join("2021-03-01-stage/index.md")).expect("read"),
        before
    );
    let (status, _, page) = post_new(
        &server,
        &[("title", "Nouvelle"), ("date", "2021-06-02")],
        None,
    );
    assert_eq!(status, 422, "{page}");
    assert_eq!(
        std::fs::read_dir(&moved).expect("list").count(),
        2,
        "nothing written outside"
    );
}

#[test]
fn a_photo_sent_through_the_form_is_stored_without_location_serial_or_owner() {
    let j = ana();
    let server = Server::start(&j, &[]);
    let photo = example_file(SERIAL_PHOTO);
    let (status, location, page) = post_new(
        &server,
        &[("title", "Pause café"), ("date", "")],
        Some(("IMG_4242.JPG", &photo)),
    );
    assert_eq!(status, 303, "{page}");
    // Dated from the photo's date taken, which stays in the stored file.
    let folder = "2021-03-12-pause-cafe";
    assert!(location.contains(folder), "{location}");
    let stored = j.path(&format!("learners/ana/experiences/{folder}/img-4242.jpg"));
    crate::photos::assert_no_private_metadata(&stored, None);
    assert_eq!(
        decode_mean(&std::fs::read(&stored).expect("read")),
        decode_mean(&photo),
        "the same pixels"
    );
}

/// Issue 23: the preview's page « Ce que ta conseillère recevra » lists what `carnet
/// share` would send (her referent's and groups' items), and nothing private.
#[test]
fn the_share_preview_lists_what_leaves_and_nothing_private() {
    let j = ana();
    j.experience(
        "ana",
        "2021-05-01-zqprive",
        "title = \"zqJournal intime\"\ndate = 2021-05-01\nvisibility = \"private\"",
        "zqtexte à moi",
        &[],
    );
    let server = Server::start(&j, &[]);
    let (status, page) = server.get("/_carnet/share");
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Ce que ta conseillère recevra"), "{page}");
    for leaves in ["Entretien SECRETREFERENT", "Stage au fournil"] {
        assert!(page.contains(leaves), "{leaves}: {page}");
    }
    assert!(!page.contains("zq"), "{page}");
}
