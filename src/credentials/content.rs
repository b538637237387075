//! The content hash that binds a credential to its experience: SHA-256 over the
//! title, date, text, skills (with levels) and the bytes of each photo, in order.
//! An edit to any of them after the attestation changes the hash, and the page then
//! asks for the attestation to be renewed instead of showing it as verified.
//!
//! Written as an RFC 6920 Named Information URI (`ni:///sha-256;…`), the `id` of the
//! credential's `evidence`.

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::journal::Experience;

/// Version of the hashed layout, part of the hash.
const LAYOUT: &str = "carnet-experience-content-1";

/// The content hash of `exp`, reading its photos.
pub fn of_experience(exp: &Experience) -> std::io::Result<String> {
    let mut photos = Vec::with_capacity(exp.photos.len());
    for photo in &exp.photos {
        let bytes = std::fs::read(&photo.path)?;
        photos.push(hex(&Sha256::digest(&bytes)));
    }
    let skills: Vec<(String, Option<u8>)> = exp
        .skills
        .iter()
        .map(|s| (s.id.value.clone(), s.level))
        .collect();
    let layout = serde_json::json!([
        LAYOUT,
        exp.title,
        exp.date.iso_toml(),
        exp.body.replace("\r\n", "\n"),
        skills,
        photos
    ]);
    let digest = Sha256::digest(layout.to_string().as_bytes());
    Ok(format!(
        "ni:///sha-256;{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
    ))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
