//! The programme's Ed25519 key pair, as Multikey strings (W3C Controlled Identifiers:
//! `z` + base58btc of a two-byte multicodec header and the raw key).
//!
//! The secret key lives in a file outside every journal (`carnet keys new --issuer`
//! writes it with mode 0600 under [`crate::secrets::home`]); the journal holds only
//! the public key. This module never prints, logs or puts the secret into an error.

use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::journal::Language;
use crate::t;

/// Multicodec header of an Ed25519 public key (`0xed01`).
const ED25519_PUB: [u8; 2] = [0xed, 0x01];
/// Multicodec header of an Ed25519 secret key (`0x8026`).
const ED25519_PRIV: [u8; 2] = [0x80, 0x26];

/// Why a key could not be read.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Not a `z…` base58btc Multikey of the expected kind (the key itself is never shown).
    // i18n-exempt: technical form, never shown: callers say what is wrong in words
    #[error("not an Ed25519 {what} key in Multikey form (z6Mk… for a public key)")]
    Format {
        /// « public » or « secret ».
        what: &'static str,
    },
}

/// The issuer's signing key. Not `Debug`: it must never be printed.
pub struct IssuerKey {
    signing: SigningKey,
}

impl IssuerKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> std::io::Result<Self> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(IssuerKey {
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// Reads a `secretKeyMultibase` (`z3u2…`).
    pub fn from_multibase(text: &str) -> Result<Self, KeyError> {
        let bytes = decode(text, ED25519_PRIV).ok_or(KeyError::Format { what: "secret" })?;
        Ok(IssuerKey {
            signing: SigningKey::from_bytes(&bytes),
        })
    }

    /// The secret key as `secretKeyMultibase`: for the key file only.
    pub fn secret_multibase(&self) -> String {
        encode(ED25519_PRIV, self.signing.as_bytes())
    }

    /// The public half.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.signing.verifying_key())
    }

    /// An Ed25519 signature of `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        use ed25519_dalek::Signer;
        self.signing.sign(message).to_bytes()
    }
}

/// The issuer's public key, as published in `carnet.toml` and the DID document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Reads a `publicKeyMultibase` (`z6Mk…`).
    pub fn from_multibase(text: &str) -> Result<Self, KeyError> {
        let bytes = decode(text.trim(), ED25519_PUB).ok_or(KeyError::Format { what: "public" })?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| KeyError::Format { what: "public" })
    }

    /// The key as `publicKeyMultibase` (`z6Mk…`).
    pub fn multibase(&self) -> String {
        encode(ED25519_PUB, self.0.as_bytes())
    }

    /// Whether `signature` is this key's Ed25519 signature of `message` (strict
    /// verification: no malleable or small-order signatures).
    pub fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(signature) = ed25519_dalek::Signature::from_slice(signature) else {
            return false;
        };
        self.0.verify_strict(message, &signature).is_ok()
    }
}

fn encode(header: [u8; 2], key: &[u8; 32]) -> String {
    let mut bytes = Vec::with_capacity(34);
    bytes.extend_from_slice(&header);
    bytes.extend_from_slice(key);
    format!("z{}", bs58::encode(bytes).into_string())
}

fn decode(text: &str, header: [u8; 2]) -> Option<[u8; 32]> {
    let bytes = bs58::decode(text.strip_prefix('z')?).into_vec().ok()?;
    let key = bytes.strip_prefix(&header)?;
    key.try_into().ok()
}

/// The key file's text: the secret and public keys as Multikey strings, with a
/// warning in `lang` for whoever opens it.
pub fn key_file_text(key: &IssuerKey, lang: Language) -> String {
    let public = key.public().multibase();
    let secret = key.secret_multibase();
    let warning: String = t!(lang, "attest-key-file-warning")
        .lines()
        .map(|line| format!("# {}\n", line.trim()))
        .collect();
    format!("{warning}public_key_multibase = \"{public}\"\nsecret_key_multibase = \"{secret}\"\n")
}

/// Reads a key file written by [`key_file_text`]; the public key written in it must
/// match the secret one.
pub fn read_key_file(text: &str) -> Result<IssuerKey, KeyError> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        public_key_multibase: String,
        secret_key_multibase: String,
    }
    let file: File = toml::from_str(text).map_err(|_| KeyError::Format { what: "secret" })?;
    let key = IssuerKey::from_multibase(&file.secret_key_multibase)?;
    if key.public().multibase() != file.public_key_multibase {
        return Err(KeyError::Format { what: "secret" });
    }
    Ok(key)
}

/// Where `carnet keys new --issuer` puts a key, and where `carnet attest` looks for
/// the key of a journal's `public_key`: `<secrets home>/issuer/<public key>.key`.
pub fn default_path(public: &PublicKey) -> crate::error::Result<std::path::PathBuf> {
    Ok(crate::secrets::home()?
        .join("issuer")
        .join(format!("{}.key", public.multibase())))
}

/// Decodes a `proofValue` (`z` + base58btc).
pub fn decode_multibase(text: &str) -> Option<Vec<u8>> {
    bs58::decode(text.strip_prefix('z')?).into_vec().ok()
}

/// Encodes bytes as `z` + base58btc (a `proofValue`).
pub fn encode_multibase(bytes: &[u8]) -> String {
    format!("z{}", bs58::encode(bytes).into_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_multikey() {
        let key = IssuerKey::generate().expect("key");
        let public = key.public().multibase();
        assert!(public.starts_with("z6Mk"), "{public}");
        assert!(key.secret_multibase().starts_with("z3u2"));
        let again = IssuerKey::from_multibase(&key.secret_multibase()).expect("secret");
        assert_eq!(again.public(), key.public());
        assert_eq!(
            PublicKey::from_multibase(&public).expect("public"),
            key.public()
        );
        let sig = key.sign(b"message");
        assert!(key.public().verifies(b"message", &sig));
        assert!(!key.public().verifies(b"messagf", &sig));
        let other = IssuerKey::generate().expect("key");
        assert!(!other.public().verifies(b"message", &sig));
    }

    #[test]
    fn a_key_file_reads_back_and_a_mismatched_one_is_refused() {
        let key = IssuerKey::generate().expect("key");
        let text = key_file_text(&key, Language::Fr);
        assert_eq!(read_key_file(&text).expect("reads").public(), key.public());
        let other = IssuerKey::generate().expect("key");
        let mixed = text.replace(&key.public().multibase(), &other.public().multibase());
        assert!(read_key_file(&mixed).is_err());
    }

    #[test]
    fn a_public_key_is_not_taken_for_a_secret_one() {
        let key = IssuerKey::generate().expect("key");
        assert!(IssuerKey::from_multibase(&key.public().multibase()).is_err());
        assert!(PublicKey::from_multibase(&key.secret_multibase()).is_err());
        assert!(PublicKey::from_multibase("6Mk").is_err());
    }
}
