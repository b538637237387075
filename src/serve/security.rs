//! Who may talk to the preview, and who may write through it.
//!
//! - **Host.** Without `--lan` the server listens on loopback and answers only to
//!   loopback host names (`127.0.0.1`, `localhost`, `[::1]` with its port): a page
//!   of another site that rebinds its name to 127.0.0.1 gets nothing.
//! - **LAN token.** With `--lan`, every request needs the random token of the
//!   printed URL, as `?token=` once (then a cookie) or as that cookie.
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
/// The cookie holding the LAN token.
pub const LAN_COOKIE: &str = "carnet_lan";
/// The query parameter carrying the LAN token in the printed URL.
pub const LAN_QUERY: &str = "token";
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

/// The secrets of one run of the server.
#[derive(Debug, Clone)]
pub struct Secrets {
    /// Key of the CSRF tokens (never leaves the process).
    csrf_key: [u8; 32],
    /// The LAN token, with `--lan`.
    pub lan: Option<Token>,
}

impl Secrets {
    /// New random secrets; a LAN token when `lan`.
    pub fn new(lan: bool) -> Result<Secrets, getrandom::Error> {
        let mut csrf_key = [0u8; 32];
        getrandom::fill(&mut csrf_key)?;
        Ok(Secrets {
            csrf_key,
            lan: if lan { Some(Token::random()?) } else { None },
        })
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

    /// Whether a request carrying `query_token` (in the URL) or `cookie_token` may
    /// be answered: always without `--lan`, with the right token with it.
    pub fn lan_ok(&self, query_token: Option<&str>, cookie_token: Option<&str>) -> bool {
        match &self.lan {
            None => true,
            Some(token) => [query_token, cookie_token]
                .into_iter()
                .flatten()
                .any(|t| token.matches(t)),
        }
    }
}

/// Whether a `Host` header names this server: a loopback name with its port, or
/// (with `--lan`) any name, since the token then guards every request.
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
        let secrets = Secrets::new(false).expect("random");
        let token = secrets.csrf("session-a");
        assert!(secrets.csrf_ok("session-a", &token));
        assert!(!secrets.csrf_ok("session-b", &token));
        assert!(!secrets.csrf_ok("session-a", ""));
        assert!(!secrets.csrf_ok("session-a", "not hex"));
        let other = Secrets::new(false).expect("random");
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
    fn lan_requests_need_the_token() {
        let open = Secrets::new(false).expect("random");
        assert!(open.lan_ok(None, None));
        let lan = Secrets::new(true).expect("random");
        let token = lan.lan.clone().expect("a token");
        assert!(!lan.lan_ok(None, None));
        assert!(!lan.lan_ok(Some("wrong"), Some("")));
        assert!(lan.lan_ok(Some(token.reveal()), None));
        assert!(lan.lan_ok(None, Some(token.reveal())));
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
    fn origin_must_be_this_server() {
        let host = Some("127.0.0.1:1111");
        assert!(same_origin(Some("http://127.0.0.1:1111"), host));
        assert!(!same_origin(Some("http://evil.example"), host));
        assert!(!same_origin(Some("null"), host));
        assert!(!same_origin(None, host));
    }

    #[test]
    fn cookies_are_read_by_name() {
        let h = Some("a=1; carnet_session=abc; b=2");
        assert_eq!(cookie(h, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(h, "c"), None);
        assert_eq!(cookie(None, "a"), None);
    }
}
