//! Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C "Data Integrity
//! EdDSA Cryptosuites v1.0", §3.3): the proof configuration and the document are each
//! canonicalised with RDFC-1.0 and hashed with SHA-256; the Ed25519 signature covers
//! the two hashes, proof configuration first.
//!
//! This is the one suite that both the 1EdTech Open Badges validator and the Digital
//! Credentials Consortium's verifier accept. The steps follow the specification
//! word for word; canonicalisation, hashing and signing are other crates' code.

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use super::canon::{canonical_nquads, CanonError};
use super::keys::{decode_multibase, encode_multibase, IssuerKey, PublicKey};
use crate::journal::Language;
use crate::t;

/// The cryptosuite carnet signs with.
pub const CRYPTOSUITE: &str = "eddsa-rdfc-2022";

/// Why a proof does not verify. The `#[error]` forms are short and technical;
/// [`ProofError::message`] is what a person reads.
#[derive(Debug, thiserror::Error)]
pub enum ProofError {
    /// The document is not a JSON object, or has no single `proof`.
    // i18n-exempt: technical form; a person reads ProofError::message
    #[error("no Data Integrity proof")]
    Missing,
    /// A proof of another kind (type, cryptosuite or purpose).
    // i18n-exempt: technical form; a person reads ProofError::message
    #[error("unsupported proof: {0}")]
    Unsupported(String),
    /// The proof names another verification method than the issuer's key.
    // i18n-exempt: technical form; a person reads ProofError::message
    #[error("signed with another key ({0})")]
    OtherKey(String),
    /// The signature does not match the document: it changed after signing.
    // i18n-exempt: technical form; a person reads ProofError::message
    #[error("the signature does not match the document")]
    Signature,
    /// The document could not be canonicalised.
    #[error(transparent)]
    Canon(#[from] CanonError),
}

impl ProofError {
    /// The message, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ProofError::Missing => t!(lang, "attest-proof-missing"),
            ProofError::Unsupported(what) => {
                t!(lang, "attest-proof-unsupported", what = what.as_str())
            }
            ProofError::OtherKey(key) => t!(lang, "attest-proof-other-key", key = key.as_str()),
            ProofError::Signature => t!(lang, "attest-proof-signature"),
            ProofError::Canon(e) => t!(lang, "attest-proof-canon", detail = e.to_string()),
        }
    }
}

/// `unsecured` with a `proof` made with `key`: `verification_method` is the key's
/// id in the issuer's DID document, `created` an XML Schema dateTime.
pub fn sign(
    unsecured: &Value,
    key: &IssuerKey,
    verification_method: &str,
    created: &str,
) -> Result<Value, ProofError> {
    let Value::Object(document) = unsecured else {
        return Err(ProofError::Missing);
    };
    let mut options = Map::new();
    options.insert("type".into(), json!("DataIntegrityProof"));
    options.insert("cryptosuite".into(), json!(CRYPTOSUITE));
    options.insert("created".into(), json!(created));
    options.insert("verificationMethod".into(), json!(verification_method));
    options.insert("proofPurpose".into(), json!("assertionMethod"));
    let hash = hash_data(document, &options)?;
    options.insert(
        "proofValue".into(),
        json!(encode_multibase(&key.sign(&hash))),
    );
    let mut secured = document.clone();
    secured.insert("proof".into(), Value::Object(options));
    Ok(Value::Object(secured))
}

/// Checks the proof of `secured` against `key`, whose id in the issuer's DID
/// document is `verification_method`.
pub fn verify(
    secured: &Value,
    key: &PublicKey,
    verification_method: &str,
) -> Result<(), ProofError> {
    let Value::Object(secured) = secured else {
        return Err(ProofError::Missing);
    };
    let Some(Value::Object(proof)) = secured.get("proof") else {
        return Err(ProofError::Missing);
    };
    let field = |name: &str| proof.get(name).and_then(Value::as_str).unwrap_or_default();
    for (name, expected) in [
        ("type", "DataIntegrityProof"),
        ("cryptosuite", CRYPTOSUITE),
        ("proofPurpose", "assertionMethod"),
    ] {
        if field(name) != expected {
            return Err(ProofError::Unsupported(format!(
                "{name} is `{}`, not `{expected}`",
                field(name)
            )));
        }
    }
    if field("verificationMethod") != verification_method {
        return Err(ProofError::OtherKey(
            field("verificationMethod").to_string(),
        ));
    }
    let signature = decode_multibase(field("proofValue")).ok_or(ProofError::Signature)?;
    let mut options = proof.clone();
    options.remove("proofValue");
    let mut document = secured.clone();
    document.remove("proof");
    if let Some(context) = options.remove("@context") {
        // §3.3.2: the proof's own context must open the document's, and replaces it.
        if !context_prefix(&context, document.get("@context")) {
            return Err(ProofError::Unsupported("proof @context".into()));
        }
        document.insert("@context".into(), context);
    }
    let hash = hash_data(&document, &options)?;
    if key.verifies(&hash, &signature) {
        Ok(())
    } else {
        Err(ProofError::Signature)
    }
}

/// SHA-256 of the canonical proof configuration, then of the canonical document.
fn hash_data(
    document: &Map<String, Value>,
    options: &Map<String, Value>,
) -> Result<Vec<u8>, ProofError> {
    let mut config = options.clone();
    if let Some(context) = document.get("@context") {
        config.insert("@context".into(), context.clone());
    }
    let config = canonical_nquads(&Value::Object(config))?;
    let document = canonical_nquads(&Value::Object(document.clone()))?;
    let mut hash = Sha256::digest(config.as_bytes()).to_vec();
    hash.extend_from_slice(&Sha256::digest(document.as_bytes()));
    Ok(hash)
}

/// Whether the context list `prefix` opens the context list `of`.
fn context_prefix(prefix: &Value, of: Option<&Value>) -> bool {
    let list = |v: &Value| match v {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let (prefix, of) = (list(prefix), of.map(list).unwrap_or_default());
    of.starts_with(&prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Value {
        json!({
            "@context": [super::super::contexts::VC_V2],
            "id": "urn:uuid:6f1b2a3c-0000-4000-8000-000000000001",
            "type": ["VerifiableCredential"],
            "issuer": "did:web:carnets.example.org:issuer",
            "validFrom": "2021-04-17T00:00:00Z",
            "credentialSubject": {"name": "Inès"}
        })
    }

    const VM: &str = "did:web:carnets.example.org:issuer#key";

    #[test]
    fn a_signed_document_verifies_and_a_changed_one_does_not() {
        let key = IssuerKey::generate().expect("key");
        let signed = sign(&document(), &key, VM, "2026-01-01T00:00:00Z").expect("sign");
        verify(&signed, &key.public(), VM).expect("verifies");

        let mut changed = signed.clone();
        changed["credentialSubject"]["name"] = json!("Inés");
        assert!(matches!(
            verify(&changed, &key.public(), VM),
            Err(ProofError::Signature)
        ));

        let mut later = signed.clone();
        later["proof"]["created"] = json!("2026-01-02T00:00:00Z");
        assert!(matches!(
            verify(&later, &key.public(), VM),
            Err(ProofError::Signature)
        ));

        let other = IssuerKey::generate().expect("key");
        assert!(matches!(
            verify(&signed, &other.public(), VM),
            Err(ProofError::Signature)
        ));
        assert!(matches!(
            verify(&signed, &key.public(), "did:web:other#key"),
            Err(ProofError::OtherKey(_))
        ));
        let mut unsigned = signed;
        unsigned.as_object_mut().expect("object").remove("proof");
        assert!(matches!(
            verify(&unsigned, &key.public(), VM),
            Err(ProofError::Missing)
        ));
    }

    #[test]
    fn key_order_and_spacing_do_not_matter() {
        let key = IssuerKey::generate().expect("key");
        let signed = sign(&document(), &key, VM, "2026-01-01T00:00:00Z").expect("sign");
        let text = serde_json::to_string_pretty(&signed).expect("json");
        let reread: Value = serde_json::from_str(&text).expect("json");
        verify(&reread, &key.public(), VM).expect("verifies");
    }
}
