//! The issuer's revocation list: a W3C Bitstring Status List (v1.0). One bit per
//! credential, set when the credential is revoked; 131,072 bits (the minimum the
//! specification asks for, so that an index says little about whom it belongs to),
//! GZIP-compressed and written as multibase base64url (`u…`).
//!
//! The list is itself a credential signed by the programme: `carnet attest` and
//! `carnet attest --revoke` re-sign it into the journal ([`JOURNAL_FILE`]); a build
//! verifies it and copies it to the public site at [`SITE_PATH`], where verifiers
//! read it.

use std::io::{Read, Write};

use base64::Engine;
use serde_json::{json, Value};

use super::contexts::VC_V2;
use super::Issuer;

/// Where the signed list sits in a journal (public data, like the public key).
pub const JOURNAL_FILE: &str = "issuer/status-list.json";
/// Where the list is published on the public site.
pub const SITE_PATH: &str = "issuer/status/1.json";
/// How many entries the list holds.
pub const ENTRIES: usize = 131_072;

/// The list's URL on the public site.
pub fn url(issuer: &Issuer) -> String {
    format!("{}/{SITE_PATH}", issuer.base_url)
}

/// A credential's `credentialStatus`: entry `index` of the revocation list.
pub fn entry(issuer: &Issuer, index: usize) -> Value {
    let list = url(issuer);
    json!({
        "id": format!("{list}#{index}"),
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": index.to_string(),
        "statusListCredential": list,
    })
}

/// The bits of a revocation list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusList {
    bits: Vec<u8>,
}

impl Default for StatusList {
    fn default() -> Self {
        StatusList {
            bits: vec![0; ENTRIES / 8],
        }
    }
}

impl StatusList {
    /// Whether entry `index` is set (revoked). Index 0 is the first byte's
    /// most significant bit, as the specification says.
    pub fn is_set(&self, index: usize) -> bool {
        self.bits
            .get(index / 8)
            .is_some_and(|byte| byte & (0x80 >> (index % 8)) != 0)
    }

    /// Sets entry `index` (revokes it); false when it is out of the list.
    pub fn set(&mut self, index: usize) -> bool {
        match self.bits.get_mut(index / 8) {
            Some(byte) => {
                *byte |= 0x80 >> (index % 8);
                true
            }
            None => false,
        }
    }

    /// `encodedList`: `u` + base64url (no padding) of the GZIP-compressed bits.
    pub fn encode(&self) -> String {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing into a Vec cannot fail.
        let _ = gz.write_all(&self.bits);
        let compressed = gz.finish().unwrap_or_default();
        format!(
            "u{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(compressed)
        )
    }

    /// Reads an `encodedList`.
    pub fn decode(encoded: &str) -> Option<StatusList> {
        let compressed = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(encoded.strip_prefix('u')?)
            .ok()?;
        let mut bits = Vec::new();
        flate2::read::GzDecoder::new(compressed.as_slice())
            .take(1 << 24)
            .read_to_end(&mut bits)
            .ok()?;
        (bits.len() >= ENTRIES / 8).then_some(StatusList { bits })
    }

    /// Reads the list from its (verified) credential.
    pub fn of_credential(credential: &Value) -> Option<StatusList> {
        let subject = &credential["credentialSubject"];
        if subject["statusPurpose"] != "revocation" {
            return None;
        }
        StatusList::decode(subject["encodedList"].as_str()?)
    }
}

/// The list as a `BitstringStatusListCredential`, without its proof.
pub fn unsigned(issuer: &Issuer, list: &StatusList, valid_from: &str) -> Value {
    let id = url(issuer);
    json!({
        "@context": [VC_V2],
        "id": id,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer.did,
        "validFrom": valid_from,
        "credentialSubject": {
            "id": format!("{id}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": list.encode(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revoked_entry_survives_encoding_and_its_neighbours_stay_clear() {
        let mut list = StatusList::default();
        assert!(list.set(0) && list.set(42) && list.set(ENTRIES - 1));
        assert!(!list.set(ENTRIES));
        let back = StatusList::decode(&list.encode()).expect("decodes");
        assert_eq!(back, list);
        assert!(back.is_set(0) && back.is_set(42) && back.is_set(ENTRIES - 1));
        assert!(!back.is_set(41) && !back.is_set(43) && !back.is_set(ENTRIES));
        assert!(
            list.encode().len() < 200,
            "compressed: {}",
            list.encode().len()
        );
        assert_eq!(list.bits[0], 0x80, "index 0 is the most significant bit");
    }
}
