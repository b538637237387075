//! The issuer's identity: `did:web` on the programme's public site, in the path form
//! (`did:web:carnets.example.org:issuer`, resolved by verifiers to
//! `https://carnets.example.org/issuer/did.json`), and its DID document, which the
//! build writes to the public site when `base_url` is set.

use serde_json::{json, Value};

use super::contexts::{DID_V1, MULTIKEY_V1};
use super::Issuer;

/// Where the DID document is published on the public site.
pub const SITE_PATH: &str = "issuer/did.json";

/// The `did:web` of the issuer of a public site at `base_url` (`https://` only, as
/// did:web requires); `None` for any other address.
pub fn did_web(base_url: &str) -> Option<String> {
    let rest = base_url.strip_prefix("https://")?.trim_end_matches('/');
    let mut parts = rest.split('/');
    let host = parts.next().filter(|h| !h.is_empty())?;
    if host.contains(['@', '?', '#']) {
        return None;
    }
    let mut did = format!("did:web:{}", host.replace(':', "%3A"));
    for part in parts {
        if part.is_empty() || part.contains(['?', '#', ':']) {
            return None;
        }
        did.push(':');
        did.push_str(part);
    }
    did.push_str(":issuer");
    Some(did)
}

/// The DID document: every key of the issuer (the current one and those still valid
/// for credentials signed before a rotation) as an `assertionMethod`.
pub fn document(issuer: &Issuer) -> Value {
    let methods: Vec<Value> = issuer
        .keys()
        .map(|key| {
            json!({
                "id": issuer.verification_method(key),
                "type": "Multikey",
                "controller": issuer.did,
                "publicKeyMultibase": key.multibase(),
            })
        })
        .collect();
    let ids: Vec<Value> = issuer
        .keys()
        .map(|key| json!(issuer.verification_method(key)))
        .collect();
    json!({
        "@context": [DID_V1, MULTIKEY_V1],
        "id": issuer.did,
        "verificationMethod": methods,
        "assertionMethod": ids,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_web_follows_the_public_site() {
        assert_eq!(
            did_web("https://carnets.example.org").as_deref(),
            Some("did:web:carnets.example.org:issuer")
        );
        assert_eq!(
            did_web("https://example.org/mission-locale/carnets/").as_deref(),
            Some("did:web:example.org:mission-locale:carnets:issuer")
        );
        assert_eq!(
            did_web("https://localhost:8443").as_deref(),
            Some("did:web:localhost%3A8443:issuer")
        );
        assert_eq!(did_web("http://carnets.example.org"), None);
        assert_eq!(did_web("https://"), None);
    }
}
