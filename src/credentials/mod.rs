//! Attested skills that an employer can verify: Open Badges 3.0 credentials (W3C
//! Verifiable Credentials 2.0) signed by the programme with a Data Integrity
//! `eddsa-rdfc-2022` proof.
//!
//! - [`contexts`]: the JSON-LD contexts, pinned and shipped, never fetched;
//! - [`canon`]: RDFC-1.0 canonicalisation (oxjsonld, then rdf-canon);
//! - [`keys`]: the issuer's Ed25519 key pair as Multikey strings;
//! - [`proof`]: signing and verifying a Data Integrity proof;
//! - [`badge`]: the `OpenBadgeCredential` of one skill, and what a page reads of it;
//! - [`content`]: the hash binding a credential to its experience's content;
//! - [`status`]: the revocation list (Bitstring Status List);
//! - [`did`]: the issuer's `did:web` and DID document;
//! - [`issue`]: what `carnet attest` does (the only place that signs).
//!
//! A build never signs: [`verify_journal`] checks every credential of a journal
//! against the public key written in `carnet.toml`, and records the result on the
//! credential ([`State`]); the audience view and the pages read only that.

pub mod badge;
pub mod canon;
pub mod content;
pub mod contexts;
pub mod did;
pub mod issue;
pub mod keys;
pub mod proof;
pub mod status;

use std::path::{Path, PathBuf};

use serde_json::Value;

pub use badge::Claim;
pub use keys::PublicKey;

use crate::journal::{Config, Journal};

/// The folder of an experience that holds its credentials (`<skill>.json` each).
pub const FOLDER: &str = "credentials";

/// The programme as an issuer: `[issuer]` of `carnet.toml` with the public site's
/// address, from which its `did:web` follows.
#[derive(Debug, Clone)]
pub struct Issuer {
    /// The programme's name (« Mission locale Rhône Sud »).
    pub name: String,
    /// The public site's address, without a final `/`.
    pub base_url: String,
    /// `did:web:<host>[:<path>]:issuer`.
    pub did: String,
    /// The key that signs new credentials.
    pub public_key: PublicKey,
    /// Earlier keys, still valid for the credentials they signed (after a rotation).
    pub previous_keys: Vec<PublicKey>,
}

impl Issuer {
    /// The issuer of a journal: `None` without `[issuer]` or without an `https://`
    /// `base_url` (`carnet check` says so).
    pub fn of(config: &Config) -> Option<Issuer> {
        let settings = config.issuer.as_ref()?;
        let base_url = config.base_url.clone()?;
        Some(Issuer {
            name: settings.name.clone(),
            did: did::did_web(&base_url)?,
            base_url,
            public_key: settings.public_key,
            previous_keys: settings.previous_keys.clone(),
        })
    }

    /// Every key a credential of this issuer may be signed with, current first.
    pub fn keys(&self) -> impl Iterator<Item = &PublicKey> {
        std::iter::once(&self.public_key).chain(&self.previous_keys)
    }

    /// The id of `key` in the DID document: `<did>#<publicKeyMultibase>`.
    pub fn verification_method(&self, key: &PublicKey) -> String {
        format!("{}#{}", self.did, key.multibase())
    }

    /// Checks the proof of `document` against this issuer's keys.
    pub fn verify(&self, document: &Value) -> Result<(), proof::ProofError> {
        let method = document["proof"]["verificationMethod"]
            .as_str()
            .unwrap_or_default();
        let key = self
            .keys()
            .find(|k| self.verification_method(k) == method)
            .unwrap_or(&self.public_key);
        proof::verify(document, key, &self.verification_method(key))
    }
}

/// A credential file of an experience, as read from the journal.
#[derive(Debug, Clone)]
pub struct StoredCredential {
    /// The file (journal root joined).
    pub path: PathBuf,
    /// Its text as written: published byte for byte where it is published.
    pub text: String,
    /// What the build's verification found.
    pub state: State,
}

/// What a build found of a credential.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// Not verified yet ([`verify_journal`] has not run): shown as nothing.
    Unchecked,
    /// Signed by the programme's key, about this experience as it is now.
    Verified(Claim),
    /// Signed, but the experience changed since: the attestation is to renew.
    Stale(Claim),
    /// Signed, then revoked by the programme (its bit is set in the status list).
    Revoked(Claim),
    /// Not a credential of this journal's issuer, or its signature fails: why.
    Invalid(String),
}

impl State {
    /// The claim, when the signature verified (whatever happened since).
    pub fn claim(&self) -> Option<&Claim> {
        match self {
            State::Verified(c) | State::Stale(c) | State::Revoked(c) => Some(c),
            State::Unchecked | State::Invalid(_) => None,
        }
    }
}

/// A short, stable id for a credential's published file name: the first 16 hex
/// digits of the SHA-256 of its id (the credential's own `urn:uuid`).
pub fn file_id(claim: &Claim) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(claim.id.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The issuer's signed revocation list of a journal, if it has one and it verifies;
/// `Err` with why when the file is there but cannot be trusted.
pub fn status_list(
    root: &Path,
    issuer: &Issuer,
) -> Result<Option<(Value, status::StatusList)>, String> {
    let path = root.join(status::JOURNAL_FILE);
    if !path.exists() {
        return Ok(None);
    }
    if !crate::secrets::is_inside(&path, root).unwrap_or(false) {
        return Err("the status list is a link that leads out of the journal".into());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let value: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    issuer
        .verify(&value)
        .map_err(|e| format!("status list: {e}"))?;
    if value["id"] != status::url(issuer) {
        return Err("the status list is not this issuer's".into());
    }
    let list = status::StatusList::of_credential(&value)
        .ok_or_else(|| "the status list has no revocation bits".to_string())?;
    Ok(Some((value, list)))
}

/// Verifies every credential of `journal` and records the result on it: the proof
/// against the issuer's keys, the issuer, the skill, the experience's content (a
/// changed experience makes the credential [`State::Stale`]) and the revocation list.
pub fn verify_journal(journal: &mut Journal) {
    let issuer = Issuer::of(&journal.config);
    let list = issuer
        .as_ref()
        .map(|i| status_list(&journal.root, i).map(|l| l.map(|(_, bits)| bits)));
    for learner in &mut journal.learners {
        for exp in &mut learner.experiences {
            if exp.credentials.is_empty() {
                continue;
            }
            let content = content::of_experience(exp).map_err(|e| e.to_string());
            let skills: Vec<String> = exp.skills.iter().map(|s| s.id.value.clone()).collect();
            for credential in &mut exp.credentials {
                credential.state = match (&issuer, &list) {
                    (None, _) => {
                        State::Invalid("no [issuer] in carnet.toml, or no https:// base_url".into())
                    }
                    (Some(_), Some(Err(why))) => State::Invalid(why.clone()),
                    (Some(issuer), Some(Ok(list))) => {
                        check(issuer, list.as_ref(), &credential.text, &skills, &content)
                    }
                    (Some(_), None) => State::Invalid("no issuer".into()),
                };
            }
        }
    }
}

/// The state of one credential's `text`.
fn check(
    issuer: &Issuer,
    list: Option<&status::StatusList>,
    text: &str,
    skills: &[String],
    content: &Result<String, String>,
) -> State {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return State::Invalid(format!("not JSON: {e}")),
    };
    if let Err(e) = issuer.verify(&value) {
        return State::Invalid(e.to_string());
    }
    let Some(claim) = Claim::read(&value) else {
        return State::Invalid("not an Open Badges credential carnet wrote".into());
    };
    if claim.issuer != issuer.did {
        return State::Invalid(format!("issued by {}, not {}", claim.issuer, issuer.did));
    }
    if !skills.contains(&claim.skill) {
        return State::Stale(claim);
    }
    if let Some(index) = claim.status_index {
        if list.is_some_and(|l| l.is_set(index)) {
            return State::Revoked(claim);
        }
    }
    match content {
        Ok(hash) if *hash == claim.content => State::Verified(claim),
        Ok(_) => State::Stale(claim),
        Err(e) => State::Invalid(format!("cannot read the experience's photos: {e}")),
    }
}
