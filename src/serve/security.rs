//! Who may talk to the preview, and who may write through it.
//!
//! - **Host.** Without `--lan` the server listens on loopback and answers only to
//!   loopback host names (`127.0.0.1`, `localhost`, `[::1]` with its port): a page
//!   of another site that rebinds its name to 127.0.0.1 gets nothing.
//! - **Personal links.** With `--lan`, every request that is not the owner's (a
//!   loopback peer with a loopback `Host`, [`is_owner`]) needs the token of a
//!   person's own link, as `?k=` once (then a cookie) or as that cookie; what
//!   that person may read and write is decided in [`super::links`].
//! - **Other origins.** No response may be readable by a page of another origin
//!   open in the same browser (the class of webpack-dev-server CVE-2025-30359 and
//!   Vite CVE-2025-24010: a `<script src>` of a private search index, an iframe, an
//!   image's size). A request whose Fetch Metadata says it comes from another site
//!   (`Sec-Fetch-Site: cross-site` or `same-site`) is refused; `same-origin` and
//!   `none` (an address typed or scanned) pass. A browser that sends no Fetch
//!   Metadata must carry the session cookie (`SameSite=Strict`, so never sent by
//!   another site's request) on everything but a page navigation ([`from_elsewhere`]).
//!   Every response also says `Cross-Origin-Resource-Policy: same-origin`,
//!   `frame-ancestors 'none'` and `nosniff`.
//! - **Writes.** Every write needs the CSRF token of its browser session (a random
//!   session cookie, and a token derived from it with a keyed BLAKE3 hash the page
//!   carries) and an `Origin` that is this server's own. Without them, any web page
//!   open in the same browser could post into the journal.
//!
//! Tokens come from the operating system's CSPRNG (`getrandom`) and are compared
//! in constant time (as BLAKE3 hashes). They are never logged: the only one printed
//! is the LAN URL the user must open on their phone.

use std::fmt;

/// The cookie holding the browser session's id.
pub const SESSION_COOKIE: &str = "carnet_session";
/// The form field carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf";

/// A random secret, printed as hex. Its `Debug` does not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A new random token of 32 bytes from the operating system's CSPRNG.
    pub fn random() -> Result<Token, getrandom::Error> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    /// The token's text (for a cookie, a form field or the LAN URL).
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// Whether `candidate` is this token, in constant time.
    pub fn matches(&self, candidate: &str) -> bool {
        // Hashes of both compare in constant time (blake3::Hash's `==`), whatever
        // their lengths.
        blake3::hash(self.0.as_bytes()) == blake3::hash(candidate.as_bytes())
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(…)")
    }
}

/// The key of the forms' CSRF tokens. Its `Debug` does not show it.
#[derive(Clone)]
pub struct Secrets {
    /// Key of the CSRF tokens (never leaves the process, or the links file).
    csrf_key: [u8; 32],
}

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secrets(…)")
    }
}

impl Secrets {
    /// A new random key, for one run of the server.
    pub fn new() -> Result<Secrets, getrandom::Error> {
        let mut csrf_key = [0u8; 32];
        getrandom::fill(&mut csrf_key)?;
        Ok(Secrets { csrf_key })
    }

    /// The key kept with the personal links (`--lan`), so that a form opened before
    /// a restart can still be sent after it.
    pub fn with_key(csrf_key: [u8; 32]) -> Secrets {
        Secrets { csrf_key }
    }

    /// The CSRF token of the browser session `session`.
    pub fn csrf(&self, session: &str) -> String {
        blake3::keyed_hash(&self.csrf_key, session.as_bytes())
            .to_hex()
            .to_string()
    }

    /// Whether `token` is the CSRF token of `session` (constant time).
    pub fn csrf_ok(&self, session: &str, token: &str) -> bool {
        let expected = blake3::keyed_hash(&self.csrf_key, session.as_bytes());
        blake3::Hash::from_hex(token.trim()).is_ok_and(|given| given == expected)
    }
}

/// Whether a request comes from the person running the server, on this machine: a
/// loopback peer **and** a loopback `Host` (a phone on the network could write
/// `Host: 127.0.0.1`, but not come from loopback; a page whose name was rebound to
/// 127.0.0.1 comes from loopback, but with its own name). With `--lan`, they need no
/// link.
pub fn is_owner(peer: Option<std::net::IpAddr>, host: Option<&str>, port: u16) -> bool {
    peer.is_some_and(|ip| ip.is_loopback()) && host_ok(host, port, false)
}

/// Whether a `Host` header names this server: a loopback name with its port, or
/// (with `--lan`) any name, since a personal link then guards every request.
pub fn host_ok(host: Option<&str>, port: u16, lan: bool) -> bool {
    let Some(host) = host else {
        return false;
    };
    if lan {
        return true;
    }
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|name| host.eq_ignore_ascii_case(&format!("{name}:{port}")))
}

/// What a request says of where it comes from, as [`from_elsewhere`] reads it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Provenance<'a> {
    /// `Sec-Fetch-Site`, when the browser sent Fetch Metadata.
    pub fetch_site: Option<&'a str>,
    /// `Accept`.
    pub accept: Option<&'a str>,
    /// Whether the request is a `GET` or `HEAD`.
    pub read: bool,
    /// Whether it carried a well-formed session cookie.
    pub has_session: bool,
}

/// Whether a request comes from a page of another origin (and must be refused):
/// Fetch Metadata saying `cross-site` or `same-site` (a server on another port of
/// this machine is `same-site`), or any value it does not know. Without Fetch
/// Metadata (an old browser, a script), the session cookie vouches for the request;
/// a reader without it may only open a page (a navigation asks for `text/html`, which
/// no `<script>`, `<img>` or `fetch` of another origin can read: pages are never
/// framed, and `nosniff` keeps them from running as scripts).
pub fn from_elsewhere(request: Provenance<'_>) -> bool {
    match request.fetch_site.map(str::trim) {
        Some(site) => {
            !(site.eq_ignore_ascii_case("same-origin") || site.eq_ignore_ascii_case("none"))
        }
        None if request.has_session => false,
        None => {
            let page = request
                .accept
                .is_some_and(|a| a.split(',').any(|t| t.trim().starts_with("text/html")));
            !(request.read && page)
        }
    }
}

/// The path of a redirect to `path` on this server: never protocol-relative
/// (`//evil.example/x` and `/\evil.example` would leave the server).
pub fn local_path(path: &str) -> String {
    format!("/{}", path.trim_start_matches(['/', '\\']))
}

/// Whether a write's `Origin` header is this server's own: `http://` and the
/// request's `Host`. A missing `Origin` is refused (browsers send it with every
/// form post).
pub fn same_origin(origin: Option<&str>, host: Option<&str>) -> bool {
    match (origin, host) {
        (Some(origin), Some(host)) => origin.eq_ignore_ascii_case(&format!("http://{host}")),
        _ => false,
    }
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie<'a>(header: Option<&'a str>, name: &str) -> Option<&'a str> {
    let header = header?;
    cookie::Cookie::split_parse(header)
        .flatten()
        .find(|c| c.name() == name)
        .and_then(|c| c.name_raw().zip(c.value_raw()))
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_tokens_belong_to_their_session() {
        let secrets = Secrets::new().expect("random");
        let token = secrets.csrf("session-a");
        assert!(secrets.csrf_ok("session-a", &token));
        assert!(!secrets.csrf_ok("session-b", &token));
        assert!(!secrets.csrf_ok("session-a", ""));
        assert!(!secrets.csrf_ok("session-a", "not hex"));
        let other = Secrets::new().expect("random");
        assert!(!other.csrf_ok("session-a", &token), "another run's key");
    }

    #[test]
    fn tokens_are_random_and_hidden_from_debug() {
        let a = Token::random().expect("random");
        let b = Token::random().expect("random");
        assert_ne!(a, b);
        assert_eq!(a.reveal().len(), 64);
        assert!(!format!("{a:?}").contains(a.reveal()));
        assert!(a.matches(a.reveal()));
        assert!(!a.matches(b.reveal()));
    }

    #[test]
    fn only_loopback_host_names_unless_lan() {
        assert!(host_ok(Some("127.0.0.1:1111"), 1111, false));
        assert!(host_ok(Some("localhost:1111"), 1111, false));
        assert!(host_ok(Some("[::1]:1111"), 1111, false));
        assert!(!host_ok(Some("127.0.0.1:1112"), 1111, false));
        assert!(!host_ok(Some("evil.example:1111"), 1111, false));
        assert!(!host_ok(None, 1111, false));
        assert!(host_ok(Some("192.168.1.20:1111"), 1111, true));
    }

    #[test]
    fn the_owner_is_on_this_machine_and_says_so() {
        let here = Some(std::net::IpAddr::from([127, 0, 0, 1]));
        let phone = Some(std::net::IpAddr::from([192, 168, 1, 30]));
        assert!(is_owner(here, Some("127.0.0.1:1111"), 1111));
        assert!(is_owner(here, Some("localhost:1111"), 1111));
        assert!(
            !is_owner(phone, Some("127.0.0.1:1111"), 1111),
            "a phone lying in Host"
        );
        assert!(
            !is_owner(here, Some("rebound.example:1111"), 1111),
            "DNS rebinding"
        );
        assert!(!is_owner(here, Some("192.168.1.20:1111"), 1111));
        assert!(!is_owner(None, Some("127.0.0.1:1111"), 1111));
    }

    #[test]
    fn origin_must_be_this_server() {
        let host = Some("127.0.0.1:1111");
        assert!(same_origin(Some("http://127.0.0.1:1111"), host));
        assert!(!same_origin(Some("http://evil.example"), host));
        assert!(!same_origin(Some("null"), host));
        assert!(!same_origin(None, host));
    }

    #[test]
    fn requests_of_other_origins_are_refused() {
        fn fetch(site: &str) -> Provenance<'_> {
            Provenance {
                fetch_site: Some(site),
                accept: Some("*/*"),
                read: true,
                has_session: true,
            }
        }
        assert!(from_elsewhere(fetch("cross-site")));
        assert!(
            from_elsewhere(fetch("same-site")),
            "another port of this machine"
        );
        assert!(from_elsewhere(fetch("something-new")));
        assert!(!from_elsewhere(fetch("same-origin")));
        assert!(
            !from_elsewhere(fetch("none")),
            "an address typed or scanned"
        );
        assert!(!from_elsewhere(fetch(" Same-Origin ")));
        // No Fetch Metadata: the session cookie vouches, or only pages open.
        fn legacy(accept: &str, read: bool, has_session: bool) -> Provenance<'_> {
            Provenance {
                fetch_site: None,
                accept: Some(accept),
                read,
                has_session,
            }
        }
        assert!(!from_elsewhere(legacy("*/*", true, true)));
        assert!(
            from_elsewhere(legacy("*/*", true, false)),
            "a script or an image"
        );
        assert!(from_elsewhere(legacy("image/webp,*/*", true, false)));
        assert!(!from_elsewhere(legacy(
            "text/html,application/xhtml+xml",
            true,
            false
        )));
        assert!(
            from_elsewhere(legacy("text/html", false, false)),
            "a form post"
        );
        assert!(from_elsewhere(Provenance::default()));
    }

    #[test]
    fn redirects_stay_on_this_server() {
        assert_eq!(local_path("//evil.example/x"), "/evil.example/x");
        assert_eq!(local_path("/\\evil.example/x"), "/evil.example/x");
        assert_eq!(local_path("/public/"), "/public/");
        assert_eq!(local_path(""), "/");
    }

    #[test]
    fn cookies_are_read_by_name() {
        let h = Some("a=1; carnet_session=abc; b=2");
        assert_eq!(cookie(h, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(h, "c"), None);
        assert_eq!(cookie(None, "a"), None);
    }
}
