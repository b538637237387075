//! Sealed sites: a referent's or a group's site encrypted at build time, so that it
//! can be put on any static host and read only with one of its passphrases.
//!
//! A site is sealed when its group or referent says `protect = true` in
//! `carnet.toml`. Its passphrases come from outside the journal ([`passphrases`]: a
//! `--passphrase-file`, or `CARNET_PASSPHRASE_<SITE>` environment variables), never
//! from `carnet.toml` or the journal. For each build and each sealed site:
//!
//! - a fresh random 256-bit content key encrypts every file of the site with
//!   AES-256-GCM (RustCrypto `aes-gcm`), each with a fresh random 96-bit nonce and
//!   the file's path inside the site bound as associated data, so that files cannot
//!   be swapped for one another;
//! - each passphrase derives a key-encryption key with PBKDF2-HMAC-SHA256
//!   ([`ITERATIONS`] rounds, a random salt per site and build), which wraps the
//!   content key (AES-256-GCM again). Removing a passphrase and rebuilding revokes
//!   it: the content key changes with every build;
//! - files get random opaque names (`c/<32 hex>.bin`); the map from site paths to
//!   those names is itself a sealed file.
//!
//! The site's folder then holds only ciphertext, the unlock page (`index.html`,
//! [`shell`]) and its script (`carnet-unlock.js`), which decrypts in the browser with
//! WebCrypto. The sealing is a [`target::Sealing`] output target wrapped around the
//! real one, so the rest of the pipeline (and the leak check, which scans the
//! plaintext before it is written) is unchanged.
//!
//! This module must never write a passphrase, a derived key or a content key into a
//! file, a log or an error message, and never implements a cryptographic primitive
//! itself: AES-GCM, PBKDF2 and SHA-256 come from RustCrypto crates, randomness from
//! the operating system (`getrandom`).

pub mod passphrases;
pub mod shell;
pub mod target;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use rayon::prelude::*;
use sha2::Sha256;

pub use passphrases::Passphrases;
pub use target::Sealing;

/// PBKDF2-HMAC-SHA256 rounds per passphrase (OWASP's 2023 advice: 600,000).
pub const ITERATIONS: u32 = 600_000;

/// Version of the sealed-site format, written in the unlock page.
pub const FORMAT: u32 = 1;

/// Associated data of a sealed file: the format tag, then the file's path inside
/// its site (`index.html`, `photos/1f…e2.jpg`); the map of names is sealed as
/// [`MAP_PATH`].
pub fn associated_data(path: &str) -> Vec<u8> {
    let mut aad = b"carnet-sealed-v1\0".to_vec();
    aad.extend_from_slice(path.as_bytes());
    aad
}

/// The associated-data path of the sealed map of names.
pub const MAP_PATH: &str = "\0map";

/// Associated data of a wrapped content key.
const WRAP_AAD: &[u8] = b"carnet-content-key-v1";

/// Why sealing failed (never says anything about a key or a passphrase). A person
/// reads [`SealError::message`]; the `Display` form is a short technical one.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The operating system gave no random bytes.
    // i18n-exempt: technical form, for logs (see SealError::message)
    #[error("getrandom: {0}")]
    Random(getrandom::Error),
    /// AES-GCM refused to encrypt (a file too large for one message).
    // i18n-exempt: technical form, for logs (see SealError::message)
    #[error("aes-gcm encrypt")]
    Encrypt,
}

impl SealError {
    /// Why sealing failed, in plain words in `lang`.
    pub fn message(&self, lang: crate::journal::Language) -> String {
        match self {
            SealError::Random(e) => crate::t!(lang, "seal-no-random", reason = e.to_string()),
            SealError::Encrypt => crate::t!(lang, "seal-encrypt-failed"),
        }
    }
}

/// `N` random bytes from the operating system.
pub fn random<const N: usize>() -> Result<[u8; N], SealError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(SealError::Random)?;
    Ok(bytes)
}

/// One passphrase's wrapping of the content key, as the unlock page reads it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WrappedKey {
    /// Nonce of the wrapping, base64.
    pub nonce: String,
    /// The content key encrypted under this passphrase's key, with its tag, base64.
    pub key: String,
}

/// The public part of a sealed site, written in its unlock page: what a browser
/// needs to turn a passphrase into the content key. Holds no secret.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Header {
    /// Format version ([`FORMAT`]).
    pub format: u32,
    /// PBKDF2 salt of this site and build, base64.
    pub salt: String,
    /// PBKDF2 rounds.
    pub iterations: u32,
    /// The content key wrapped once per passphrase, in random order.
    pub keys: Vec<WrappedKey>,
    /// Random id of this build, so a browser forgets a key of an older build.
    pub build: String,
    /// Opaque name of the sealed map of names (`c/<hex>.bin`).
    pub map: String,
}

/// The keys of one sealed site for one build.
pub struct SiteKeys {
    cipher: Aes256Gcm,
    /// What the unlock page publishes (salt, wrapped keys); `map` is filled in at the end.
    pub header: Header,
}

impl std::fmt::Debug for SiteKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The cipher holds the content key: never printed.
        f.debug_struct("SiteKeys")
            .field("header", &self.header)
            .finish_non_exhaustive()
    }
}

impl SiteKeys {
    /// A fresh content key and salt, the content key wrapped under each of
    /// `passphrases` (derived in parallel: each takes [`ITERATIONS`] rounds).
    pub fn new(passphrases: &[String], iterations: u32) -> Result<SiteKeys, SealError> {
        let content_key = random::<32>()?;
        let salt = random::<16>()?;
        let mut keys: Vec<(u64, WrappedKey)> = passphrases
            .par_iter()
            .map(|passphrase| {
                let mut kek = [0u8; 32];
                pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), &salt, iterations, &mut kek);
                let nonce = random::<12>()?;
                let wrapped = encrypt(&kek, &nonce, &content_key, WRAP_AAD)?;
                kek.fill(0);
                let order = u64::from_le_bytes(random::<8>()?);
                Ok((
                    order,
                    WrappedKey {
                        nonce: BASE64.encode(nonce),
                        key: BASE64.encode(wrapped),
                    },
                ))
            })
            .collect::<Result<_, SealError>>()?;
        // Random order: the position of a wrapped key says nothing about whose it is.
        keys.sort_by_key(|(order, _)| *order);
        let build = hex(&random::<8>()?);
        let cipher = Aes256Gcm::new(&content_key.into());
        Ok(SiteKeys {
            cipher,
            header: Header {
                format: FORMAT,
                salt: BASE64.encode(salt),
                iterations,
                keys: keys.into_iter().map(|(_, k)| k).collect(),
                build,
                map: String::new(),
            },
        })
    }

    /// Seals `bytes`, the file at `path` inside the site: a fresh random nonce, then
    /// the AES-256-GCM ciphertext and tag, with `path` bound as associated data.
    pub fn seal(&self, path: &str, bytes: &[u8]) -> Result<Vec<u8>, SealError> {
        let nonce = random::<12>()?;
        let aad = associated_data(path);
        let sealed = self
            .cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: bytes,
                    aad: &aad,
                },
            )
            .map_err(|_| SealError::Encrypt)?;
        let mut out = Vec::with_capacity(12 + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }
}

/// AES-256-GCM of `msg` under `key`.
fn encrypt(key: &[u8; 32], nonce: &[u8; 12], msg: &[u8], aad: &[u8]) -> Result<Vec<u8>, SealError> {
    Aes256Gcm::new(key.into())
        .encrypt(Nonce::from_slice(nonce), Payload { msg, aad })
        .map_err(|_| SealError::Encrypt)
}

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Opens what [`SiteKeys`] made, given a passphrase (for tests and tools: the
/// browser does the same with WebCrypto). `None` when the passphrase opens none of
/// the wrapped keys.
pub fn content_key(header: &serde_json::Value, passphrase: &str) -> Option<[u8; 32]> {
    let salt = BASE64.decode(header["salt"].as_str()?).ok()?;
    let iterations = u32::try_from(header["iterations"].as_u64()?).ok()?;
    let mut kek = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), &salt, iterations, &mut kek);
    let cipher = Aes256Gcm::new(&kek.into());
    header["keys"].as_array()?.iter().find_map(|k| {
        let nonce = BASE64.decode(k["nonce"].as_str()?).ok()?;
        let wrapped = BASE64.decode(k["key"].as_str()?).ok()?;
        if nonce.len() != 12 {
            return None;
        }
        let key = cipher
            .decrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: &wrapped,
                    aad: WRAP_AAD,
                },
            )
            .ok()?;
        key.try_into().ok()
    })
}

/// Opens a sealed file (nonce then ciphertext) of site path `path` with the content
/// key; `None` when it does not authenticate.
pub fn open(key: &[u8; 32], path: &str, sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 12 {
        return None;
    }
    let (nonce, body) = sealed.split_at(12);
    Aes256Gcm::new(key.into())
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: body,
                aad: &associated_data(path),
            },
        )
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_json(keys: &SiteKeys) -> serde_json::Value {
        serde_json::to_value(&keys.header).expect("header")
    }

    #[test]
    fn every_passphrase_opens_the_same_content_key_and_others_none() {
        let passes = vec!["première phrase".to_string(), "seconde phrase".to_string()];
        let keys = SiteKeys::new(&passes, 1000).expect("keys");
        let header = header_json(&keys);
        let a = content_key(&header, "première phrase").expect("first opens");
        let b = content_key(&header, "seconde phrase").expect("second opens");
        assert_eq!(a, b);
        assert!(content_key(&header, "une autre").is_none());
        let sealed = keys.seal("index.html", b"<p>bonjour</p>").expect("seal");
        assert_eq!(
            open(&a, "index.html", &sealed).as_deref(),
            Some(&b"<p>bonjour</p>"[..])
        );
    }

    #[test]
    fn a_file_moved_to_another_path_or_flipped_does_not_open() {
        let keys = SiteKeys::new(&["phrase de passe".to_string()], 1000).expect("keys");
        let key = content_key(&header_json(&keys), "phrase de passe").expect("opens");
        let sealed = keys.seal("a.html", b"texte").expect("seal");
        assert!(open(&key, "b.html", &sealed).is_none());
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(open(&key, "a.html", &flipped).is_none());
    }

    #[test]
    fn the_same_plaintext_seals_differently_each_time() {
        let keys = SiteKeys::new(&["phrase de passe".to_string()], 1000).expect("keys");
        let a = keys.seal("a.html", b"texte").expect("seal");
        let b = keys.seal("a.html", b"texte").expect("seal");
        assert_ne!(a, b);
    }

    #[test]
    fn each_build_has_its_own_content_key_and_salt() {
        let passes = ["phrase de passe".to_string()];
        let one = SiteKeys::new(&passes, 1000).expect("keys");
        let two = SiteKeys::new(&passes, 1000).expect("keys");
        assert_ne!(one.header.salt, two.header.salt);
        let k1 = content_key(&header_json(&one), "phrase de passe");
        let k2 = content_key(&header_json(&two), "phrase de passe");
        assert_ne!(k1, k2);
    }
}
