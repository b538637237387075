//! The JSON-LD contexts carnet's credentials use, pinned and shipped in the binary:
//! a build or a verification never fetches anything. Each file is a byte copy of the
//! one in the npm package that publishes it (`contexts/README.md` says which, and
//! under which licence); the node interop test (`tests/it/credentials.rs`) loads the
//! same contexts from those packages, so a copy that drifted would fail it.

/// The W3C Verifiable Credentials Data Model 2.0 context.
pub const VC_V2: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context, version 3.0.3.
pub const OB_V3: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// The Data Integrity context (for documents outside a VC 2.0 credential).
pub const DATA_INTEGRITY_V2: &str = "https://w3id.org/security/data-integrity/v2";
/// The Multikey context (the issuer's DID document).
pub const MULTIKEY_V1: &str = "https://w3id.org/security/multikey/v1";
/// The DID core context (the issuer's DID document; never expanded by carnet).
pub const DID_V1: &str = "https://www.w3.org/ns/did/v1";

/// The text of the context at `url`, if carnet ships it.
pub fn get(url: &str) -> Option<&'static str> {
    Some(match url {
        VC_V2 => include_str!("contexts/credentials-v2.jsonld"),
        OB_V3 => include_str!("contexts/ob-v3p0-context-3.0.3.json"),
        DATA_INTEGRITY_V2 => include_str!("contexts/data-integrity-v2.jsonld"),
        MULTIKEY_V1 => include_str!("contexts/multikey-v1.jsonld"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_context_is_json_ld() {
        for url in [VC_V2, OB_V3, DATA_INTEGRITY_V2, MULTIKEY_V1] {
            let text = get(url).expect("shipped");
            let value: serde_json::Value = serde_json::from_str(text).expect("JSON");
            assert!(value.get("@context").is_some(), "{url}");
        }
        assert!(get("https://example.org/other").is_none());
    }
}
