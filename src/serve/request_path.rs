//! From a request's path to the key of a file of the build in memory.
//!
//! The preview serves only files of its build, looked up by key in memory, never
//! by joining a request path onto a folder: a request cannot name a file outside
//! the site. This module still refuses, rather than normalises, any path that
//! tries: `..` or `.` segments (plain or percent-encoded), encoded or raw NUL and
//! control characters, backslashes, empty segments (`//`, which would make an
//! absolute path of what follows) and text that is not UTF-8.

use percent_encoding::percent_decode_str;

/// Why a request path was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
// i18n-exempt: never shown, the server answers with serve-refused-path
#[error("refused request path: {0}")]
pub struct Refused(pub &'static str);

/// The key in the build of the request path `raw` (still percent-encoded, without
/// its query): `/public/` → `public/index.html`. A path ending in `/` names the
/// folder's `index.html`.
pub fn site_key(raw: &str) -> Result<String, Refused> {
    let rest = raw
        .strip_prefix('/')
        .ok_or(Refused("not an absolute path"))?;
    let decoded = percent_decode_str(rest)
        .decode_utf8()
        .map_err(|_| Refused("not UTF-8"))?;
    if decoded.chars().any(|c| c.is_control()) {
        return Err(Refused("control character"));
    }
    if decoded.contains('\\') {
        return Err(Refused("backslash"));
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." | ".." => return Err(Refused("dot segment")),
            "" if i != last => return Err(Refused("empty segment")),
            s if s.contains(':') => return Err(Refused("colon")),
            _ => {}
        }
    }
    let mut key = decoded.into_owned();
    if key.is_empty() || key.ends_with('/') {
        key.push_str("index.html");
    }
    Ok(key)
}

/// The content type of a file of the build, by its extension.
pub fn content_type(key: &str) -> &'static str {
    let ext = key.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    match ext.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_name_their_file() {
        assert_eq!(site_key("/").as_deref(), Ok("index.html"));
        assert_eq!(site_key("/public/").as_deref(), Ok("public/index.html"));
        assert_eq!(
            site_key("/public/ines/index.html").as_deref(),
            Ok("public/ines/index.html")
        );
        assert_eq!(
            site_key("/public/caf%C3%A9.jpg").as_deref(),
            Ok("public/café.jpg")
        );
    }

    #[test]
    fn traversal_attempts_are_refused() {
        for raw in [
            "/../etc/passwd",
            "/public/../../etc/passwd",
            "/public/%2e%2e/%2e%2e/etc/passwd",
            "/public/%2E%2E%2Fsecret",
            "/public/..%2f..%2fetc",
            "/public/./index.html",
            "/public/index.html%00.jpg",
            "/public/%00",
            "//etc/passwd",
            "/public//etc/passwd",
            "/%2fetc%2fpasswd",
            "/public/..\\..\\etc",
            "/public/%5c..%5cetc",
            "/C:/Windows/win.ini",
            "/public/%ff",
            "etc/passwd",
        ] {
            assert!(site_key(raw).is_err(), "{raw} was accepted");
        }
    }

    #[test]
    fn content_types_follow_extensions() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("a/photos/x.JPG"), "image/jpeg");
        assert_eq!(content_type("a/b"), "application/octet-stream");
    }
}
