//! The contribution file (`ines-2026-12-06.carnet`): what a learner's journal
//! sends to her programme, and how the programme opens it.
//!
//! The format uses existing, documented containers only; carnet implements no
//! cryptography:
//!
//! 1. **age** (<https://age-encryption.org/v1>, the `age` crate) encrypts the whole
//!    file to the programme's X25519 recipients (one or several: each can open it).
//!    With `--unencrypted` this layer is absent and the file is the zip below.
//! 2. a **zip** (deterministic: name order, fixed dates and permissions, photos
//!    stored, texts deflated) holding:
//!    - [`MANIFEST`], `carnet-share.toml`: the format version, the learner's address,
//!      the moment of the share (UTC, to the second: what orders two shares of one
//!      learner), the signer's public key, the recipients it was encrypted to, and
//!      every other file of the zip with its size and BLAKE3 hash;
//!    - [`SIGNATURE`], `carnet-share.toml.minisig`: a **minisign** signature
//!      (Ed25519, <https://jedisct1.github.io/minisign/>) of the manifest's bytes by
//!      the learner's key, whose trusted comment repeats the learner and the moment;
//!      `minisign -Vm carnet-share.toml -P <key>` verifies it too;
//!    - `learners/<slug>/…`: her folder as the programme may see it (`profile.md`,
//!      `experiences/<folder>/index.md` and photos, `stories/*.md`).
//!
//! The signature covers the manifest, and the manifest every file (the way
//! `signify -C` checks a list of hashes): a file changed, added, removed or
//! renamed is refused. Naming the recipients inside what is signed stops a
//! programme from passing a learner's signed share on to another programme as if
//! she had sent it there.
//!
//! Deterministic means: the same journal (and the same recipients and moment of
//! share) gives a byte-identical zip, so `--unencrypted` output is byte-identical;
//! the age layer draws a fresh file key each time, so encrypted files differ while
//! decrypting to the same bytes.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Cursor, Read, Seek, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::journal::load::is_photo_name;
use crate::journal::{names, Language};
use crate::t;

/// The manifest's name inside the zip.
pub const MANIFEST: &str = "carnet-share.toml";
/// The signature's name inside the zip.
pub const SIGNATURE: &str = "carnet-share.toml.minisig";
/// The version of the format this carnet writes and reads.
pub const FORMAT: u32 = 1;
/// The extension of contribution files.
pub const EXTENSION: &str = "carnet";

/// How every age file starts.
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// How every zip starts.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Largest file of a package carnet reads (a photo is at most this large).
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Largest text (manifest, signature, Markdown) carnet reads from a package.
const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;
/// Most files a package may hold.
const MAX_FILES: usize = 50_000;

/// The signed list of a share's contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Version of the format ([`FORMAT`]).
    pub format: u32,
    /// The learner's address (her folder under `learners/`).
    pub learner: String,
    /// When she shared, UTC, to the second (`2026-12-06T14:03:27Z`): of two shares of
    /// one learner, the later one wins, and the programme refuses an older one than
    /// the last it accepted.
    pub shared: String,
    /// Her minisign public key (base64), for the programme's accept step; a share is
    /// verified with the key the programme pinned, never with this one.
    pub key: String,
    /// The age recipients the file was encrypted to (none: sent in clear).
    #[serde(default)]
    pub to: Vec<String>,
    /// Every other file of the zip.
    #[serde(default)]
    pub files: Vec<FileEntry>,
}

impl Manifest {
    /// The moment of the share.
    pub fn moment(&self) -> Option<jiff::Timestamp> {
        self.shared.parse().ok()
    }

    /// The day of the share (`2026-12-06`), for file names and summaries.
    pub fn day(&self) -> String {
        self.shared.get(..10).unwrap_or(&self.shared).to_string()
    }
}

/// One file of a package, as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Its name in the zip (`learners/ines/profile.md`).
    pub path: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its BLAKE3 hash, in hex.
    pub blake3: String,
}

/// A learner's signing key (minisign), read from a key file outside her journal.
pub struct Signer {
    secret: minisign::SecretKey,
    public: minisign::PublicKey,
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Signer({})", self.public_key())
    }
}

impl Signer {
    /// A fresh key pair.
    pub fn generate() -> Result<Signer, PackageError> {
        let minisign::KeyPair { pk, sk } =
            minisign::KeyPair::generate_unencrypted_keypair().map_err(PackageError::key)?;
        Ok(Signer {
            secret: sk,
            public: pk,
        })
    }

    /// The key in a minisign secret key file (unencrypted), as [`Signer::to_file`]
    /// writes it.
    pub fn from_file(text: &str) -> Result<Signer, PackageError> {
        let boxed = minisign::SecretKeyBox::from_string(text).map_err(PackageError::key)?;
        let secret = boxed
            .into_unencrypted_secret_key()
            .map_err(PackageError::key)?;
        let public = minisign::PublicKey::from_secret_key(&secret).map_err(PackageError::key)?;
        Ok(Signer { secret, public })
    }

    /// The secret key file's text (minisign's format, unencrypted: the file is
    /// protected by its place and mode instead).
    pub fn to_file(&self) -> Result<String, PackageError> {
        let boxed = self
            .secret
            // i18n-exempt: minisign's untrusted comment, a file's technical header
            .to_box(Some("carnet: the signing key of a learner's shares"))
            .map_err(PackageError::key)?;
        Ok(boxed.into_string())
    }

    /// The public key, as the programme pins it (minisign base64, `RW…`).
    pub fn public_key(&self) -> String {
        self.public.to_base64()
    }
}

/// Checks a public key as a learner hands it to her programme.
pub fn parse_public_key(text: &str) -> Result<minisign::PublicKey, PackageError> {
    minisign::PublicKey::from_base64(text.trim())
        .map_err(|e| PackageError::PublicKey(e.to_string()))
}

/// The manifest of a share of `files` (names relative to the zip,
/// `learners/<learner>/…`), and its text as it is signed and stored.
pub fn manifest(
    learner: &str,
    shared: jiff::Timestamp,
    to: &[String],
    files: &BTreeMap<String, Vec<u8>>,
    signer: &Signer,
) -> Result<(Manifest, String), PackageError> {
    let manifest = Manifest {
        format: FORMAT,
        learner: learner.to_string(),
        shared: moment_text(shared),
        key: signer.public_key(),
        to: to.to_vec(),
        files: files
            .iter()
            .map(|(path, bytes)| FileEntry {
                path: path.clone(),
                size: bytes.len() as u64,
                blake3: blake3::hash(bytes).to_hex().to_string(),
            })
            .collect(),
    };
    let text = toml::to_string(&manifest).map_err(|e| PackageError::Manifest(e.to_string()))?;
    Ok((manifest, text))
}

/// The trusted comment of a share's signature: what minisign signs beside the
/// manifest's hash, and shows to whoever verifies it by hand.
fn trusted_comment(learner: &str, shared: &str) -> String {
    format!("carnet-share v{FORMAT} learner:{learner} shared:{shared}")
}

/// Signs a manifest's text with the learner's key (minisign). minisign draws
/// random noise into each signature (hedged Ed25519), so two signatures of one
/// manifest differ: the share keeps the last one to give the same bytes again.
pub fn sign(manifest: &Manifest, text: &str, signer: &Signer) -> Result<String, PackageError> {
    let signature = minisign::sign(
        Some(&signer.public),
        &signer.secret,
        Cursor::new(text.as_bytes()),
        Some(&trusted_comment(&manifest.learner, &manifest.shared)),
        // i18n-exempt: minisign's untrusted comment, a file's technical header
        Some("carnet: signature of a learner's share"),
    )
    .map_err(|e| PackageError::Sign(e.to_string()))?;
    Ok(signature.into_string())
}

/// Whether `signature` is a valid signature of the manifest `text` by `signer`
/// (a kept signature is reused only then).
pub fn signs(signature: &str, manifest: &Manifest, text: &str, signer: &Signer) -> bool {
    let Ok(boxed) = minisign::SignatureBox::from_string(signature) else {
        return false;
    };
    minisign::verify(
        &signer.public,
        &boxed,
        Cursor::new(text.as_bytes()),
        true,
        false,
        false,
    )
    .is_ok()
        && boxed.trusted_comment().ok()
            == Some(trusted_comment(&manifest.learner, &manifest.shared))
}

/// The plaintext package: a deterministic zip of the manifest, its signature and
/// `files`.
pub fn zip(
    manifest_text: &str,
    signature: &str,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<Vec<u8>, PackageError> {
    let mut entries: Vec<(&str, &[u8])> = vec![
        (MANIFEST, manifest_text.as_bytes()),
        (SIGNATURE, signature.as_bytes()),
    ];
    entries.extend(files.iter().map(|(p, b)| (p.as_str(), b.as_slice())));
    crate::export::zip_bytes(&entries).map_err(|e| PackageError::Zip(e.to_string()))
}

/// `2026-12-06T14:03:27Z`: a moment in UTC, to the second.
pub fn moment_text(moment: jiff::Timestamp) -> String {
    moment.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Encrypts a plaintext package to `recipients` (age, X25519).
pub fn encrypt(
    plain: &[u8],
    recipients: &[age::x25519::Recipient],
) -> Result<Vec<u8>, PackageError> {
    let fail = |e: &dyn fmt::Display| PackageError::Encrypt(e.to_string());
    let list = recipients.iter().map(|r| r as &dyn age::Recipient);
    let encryptor = age::Encryptor::with_recipients(list).map_err(|e| fail(&e))?;
    let mut out = Vec::with_capacity(plain.len() + 512);
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| fail(&e))?;
    writer.write_all(plain).map_err(|e| fail(&e))?;
    writer.finish().map_err(|e| fail(&e))?;
    Ok(out)
}

/// Parses an age recipient (`age1…`).
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, PackageError> {
    text.trim()
        .parse::<age::x25519::Recipient>()
        .map_err(|e| PackageError::Recipient(e.to_string()))
}

/// Why a key or a package could not be made or read. `detail` is the crate's own
/// word for it (minisign, age, zip), never a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackageError {
    /// A signing key could not be made, read or written.
    Key(String),
    /// Not a minisign public key.
    PublicKey(String),
    /// The manifest could not be written.
    Manifest(String),
    /// The manifest could not be signed.
    Sign(String),
    /// The zip could not be made.
    Zip(String),
    /// The package could not be encrypted.
    Encrypt(String),
    /// Not an age recipient.
    Recipient(String),
}

impl PackageError {
    fn key(e: impl fmt::Display) -> PackageError {
        PackageError::Key(e.to_string())
    }

    /// The message, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            PackageError::Key(detail) => t!(lang, "share-error-key", detail = detail.as_str()),
            PackageError::PublicKey(detail) => {
                t!(lang, "share-error-public-key", detail = detail.as_str())
            }
            PackageError::Manifest(detail) => {
                t!(lang, "share-error-manifest", detail = detail.as_str())
            }
            PackageError::Sign(detail) => t!(lang, "share-error-sign", detail = detail.as_str()),
            PackageError::Zip(detail) => t!(lang, "share-error-zip", detail = detail.as_str()),
            PackageError::Encrypt(detail) => {
                t!(lang, "share-error-encrypt", detail = detail.as_str())
            }
            PackageError::Recipient(detail) => {
                t!(lang, "share-error-recipient", detail = detail.as_str())
            }
        }
    }
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::Fr))
    }
}

/// Why a contribution is refused. Messages never quote a key's secret part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Neither an age file nor a zip.
    NotAPackage,
    /// Encrypted, and the programme has no identity to open it with.
    NoIdentity,
    /// Encrypted to recipients none of the programme's identities matches.
    OtherProgramme,
    /// Encrypted for this programme, but the signed list of recipients does not
    /// name it: a share made for another programme, passed on.
    NotAddressed,
    /// Cut short, damaged or changed: the detail says where.
    Damaged(String),
    /// Made by a newer carnet.
    Format(u32),
    /// A name in the package that carnet does not accept.
    BadName(String),
    /// No key is pinned for this learner yet: the adviser must accept one.
    UnknownKey {
        /// The learner.
        learner: String,
        /// The key the package says it is signed with.
        key: String,
    },
    /// Signed by another key than the one pinned for this learner.
    OtherKey {
        /// The learner.
        learner: String,
        /// The key the package says it is signed with.
        key: String,
    },
}

impl Refusal {
    /// The message, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Refusal::NotAPackage => t!(lang, "share-refused-not-a-package"),
            Refusal::NoIdentity => t!(lang, "share-refused-no-identity"),
            Refusal::OtherProgramme => t!(lang, "share-refused-other-programme"),
            Refusal::NotAddressed => t!(lang, "share-refused-not-addressed"),
            Refusal::Damaged(detail) => {
                t!(lang, "share-refused-damaged", detail = detail.as_str())
            }
            Refusal::Format(v) => t!(lang, "share-refused-format", version = (*v), ours = FORMAT),
            Refusal::BadName(name) => t!(
                lang,
                "share-refused-bad-name",
                name = name.escape_debug().to_string()
            ),
            Refusal::UnknownKey { learner, key } => t!(
                lang,
                "share-refused-unknown-key",
                learner = learner.as_str(),
                key = key.as_str()
            ),
            Refusal::OtherKey { learner, key } => t!(
                lang,
                "share-refused-other-key",
                learner = learner.as_str(),
                key = key.as_str()
            ),
        }
    }

    /// What to do about it, in `lang`, when carnet knows.
    pub fn help(&self, lang: Language) -> Option<String> {
        match self {
            Refusal::NoIdentity => Some(t!(lang, "share-refused-no-identity-help")),
            Refusal::UnknownKey { learner, .. } => Some(t!(
                lang,
                "share-refused-unknown-key-help",
                learner = learner.as_str()
            )),
            Refusal::OtherKey { learner, .. } => Some(t!(
                lang,
                "share-refused-other-key-help",
                learner = learner.as_str()
            )),
            _ => None,
        }
    }
}

/// The programme's side of opening packages: its identities (none when it has
/// none configured) and the keys it pinned, by learner.
pub struct Opener<'a> {
    /// The programme's age identities.
    pub identities: &'a [age::x25519::Identity],
    /// The pinned public key of a learner (minisign base64), if any.
    pub pinned: &'a dyn Fn(&str) -> Option<String>,
}

/// A package whose manifest and signature were checked and whose texts were read;
/// photos are read when needed ([`PackedFile::read`]), each checked against its
/// signed hash.
#[derive(Debug)]
pub struct Opened {
    /// The signed manifest.
    pub manifest: Manifest,
    /// Whether the file was encrypted.
    pub encrypted: bool,
    /// The Markdown files, by name in the zip.
    pub texts: BTreeMap<String, String>,
    /// The photos, by name in the zip.
    pub photos: BTreeMap<String, PackedFile>,
}

/// A photo inside a package file, read on demand: the package is opened again
/// (decrypted in memory when encrypted), and the bytes are checked against the
/// signed hash before anyone sees them. Nothing decrypted is written to disk.
#[derive(Clone)]
pub struct PackedFile {
    source: Arc<Source>,
    /// Its name in the zip.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its signed BLAKE3 hash, in hex.
    pub blake3: String,
}

impl fmt::Debug for PackedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "PackedFile({} in {})",
            self.name,
            self.source.path.display()
        )
    }
}

impl PartialEq for PackedFile {
    fn eq(&self, other: &Self) -> bool {
        self.blake3 == other.blake3 && self.name == other.name
    }
}

impl PackedFile {
    /// The file's bytes, checked against its signed hash.
    pub fn read(&self) -> io::Result<Vec<u8>> {
        let mut archive = self
            .source
            .archive()
            .map_err(|r| io::Error::other(r.message(Language::En)))?;
        let bytes = read_entry(&mut archive, &self.name, self.size)
            .map_err(|r| io::Error::other(r.message(Language::En)))?;
        if blake3::hash(&bytes).to_hex().as_str() != self.blake3 {
            return Err(io::Error::other(t!(Language::En, "share-photo-changed")));
        }
        Ok(bytes)
    }
}

/// Where a package's bytes come from, and the identity that opens them.
struct Source {
    path: PathBuf,
    identities: Vec<age::x25519::Identity>,
    encrypted: bool,
}

trait ReadSeek: Read + Seek {}
impl<T: Read + Seek> ReadSeek for T {}

impl Source {
    /// The zip of the package, decrypting on the fly when it is encrypted.
    fn archive(&self) -> Result<zip::ZipArchive<Box<dyn ReadSeek>>, Refusal> {
        let damaged = |e: &dyn fmt::Display| Refusal::Damaged(e.to_string());
        let file = std::fs::File::open(&self.path).map_err(|e| damaged(&e))?;
        let reader: Box<dyn ReadSeek> = if self.encrypted {
            let decryptor =
                age::Decryptor::new_buffered(io::BufReader::new(file)).map_err(|e| damaged(&e))?;
            let list = self.identities.iter().map(|i| i as &dyn age::Identity);
            match decryptor.decrypt(list) {
                Ok(reader) => Box::new(reader),
                Err(age::DecryptError::NoMatchingKeys) => return Err(Refusal::OtherProgramme),
                Err(e) => return Err(damaged(&e)),
            }
        } else {
            Box::new(io::BufReader::new(file))
        };
        zip::ZipArchive::new(reader).map_err(|e| damaged(&e))
    }
}

/// Reads the entry `name`, refusing one larger than `size` (what the manifest
/// says) or than any file carnet reads.
fn read_entry<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    size: u64,
) -> Result<Vec<u8>, Refusal> {
    let damaged = |e: &dyn fmt::Display| Refusal::Damaged(format!("{name}: {e}"));
    let entry = archive.by_name(name).map_err(|e| damaged(&e))?;
    let limit = size.min(MAX_FILE_BYTES);
    let mut bytes = Vec::with_capacity(usize::try_from(limit).unwrap_or(0).min(1 << 24));
    entry
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| damaged(&e))?;
    if bytes.len() as u64 != size {
        return Err(damaged(&"size"));
    }
    Ok(bytes)
}

/// Opens the package at `path`: decrypts it with the programme's identities when it
/// is encrypted, checks the signature with the key pinned for its learner and every
/// file against the signed manifest, and reads its texts. Photos stay in the file.
pub fn open(path: &Path, opener: &Opener<'_>) -> Result<Opened, Refusal> {
    let mut head = [0u8; 22];
    let mut file = std::fs::File::open(path).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let n = read_full(&mut file, &mut head).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let encrypted = if head[..n].starts_with(AGE_MAGIC) {
        true
    } else if head[..n].starts_with(ZIP_MAGIC) {
        false
    } else {
        return Err(Refusal::NotAPackage);
    };
    if encrypted && opener.identities.is_empty() {
        return Err(Refusal::NoIdentity);
    }
    let source = Arc::new(Source {
        path: path.to_path_buf(),
        identities: opener.identities.to_vec(),
        encrypted,
    });
    let mut archive = source.archive()?;
    if archive.len() > MAX_FILES {
        return Err(Refusal::Damaged(format!("{} files", archive.len())));
    }
    let manifest_text = text_entry(&mut archive, MANIFEST)?;
    let signature_text = text_entry(&mut archive, SIGNATURE)?;
    let manifest: Manifest =
        toml::from_str(&manifest_text).map_err(|e| Refusal::Damaged(format!("{MANIFEST}: {e}")))?;
    if manifest.format != FORMAT {
        return Err(Refusal::Format(manifest.format));
    }
    verify(&manifest, &manifest_text, &signature_text, opener)?;
    if encrypted {
        let ours: Vec<String> = opener
            .identities
            .iter()
            .map(|i| i.to_public().to_string())
            .collect();
        if !manifest.to.iter().any(|r| ours.contains(r)) {
            return Err(Refusal::NotAddressed);
        }
    }
    // Exactly the files the manifest lists, each under the learner's folder.
    let prefix = format!("learners/{}/", manifest.learner);
    let mut listed: BTreeMap<&str, &FileEntry> = BTreeMap::new();
    for entry in &manifest.files {
        check_name(&entry.path, &prefix)?;
        if listed.insert(entry.path.as_str(), entry).is_some() || entry.size > MAX_FILE_BYTES {
            return Err(Refusal::BadName(entry.path.clone()));
        }
    }
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.map(std::borrow::Cow::into_owned))
        .collect::<Result<_, _>>()
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    for name in &names {
        if name != MANIFEST && name != SIGNATURE && !listed.contains_key(name.as_str()) {
            return Err(Refusal::Damaged(format!("{name}: not in the signed list")));
        }
    }
    let mut texts = BTreeMap::new();
    let mut photos = BTreeMap::new();
    for (name, entry) in listed {
        if !names.iter().any(|n| n == name) {
            return Err(Refusal::Damaged(format!("{name}: missing")));
        }
        if name.ends_with(".md") {
            if entry.size > MAX_TEXT_BYTES {
                return Err(Refusal::Damaged(format!("{name}: too large")));
            }
            let bytes = read_entry(&mut archive, name, entry.size)?;
            if blake3::hash(&bytes).to_hex().as_str() != entry.blake3 {
                return Err(Refusal::Damaged(format!("{name}: changed")));
            }
            let text = String::from_utf8(bytes)
                .map_err(|_| Refusal::Damaged(format!("{name}: not UTF-8")))?;
            texts.insert(name.to_string(), text);
        } else {
            photos.insert(
                name.to_string(),
                PackedFile {
                    source: Arc::clone(&source),
                    name: name.to_string(),
                    size: entry.size,
                    blake3: entry.blake3.clone(),
                },
            );
        }
    }
    Ok(Opened {
        manifest,
        encrypted,
        texts,
        photos,
    })
}

/// Checks the manifest's signature against the key pinned for its learner.
fn verify(
    manifest: &Manifest,
    manifest_text: &str,
    signature_text: &str,
    opener: &Opener<'_>,
) -> Result<(), Refusal> {
    if manifest.learner.is_empty()
        || crate::journal::slug::slugify(&manifest.learner) != manifest.learner
    {
        return Err(Refusal::BadName(manifest.learner.clone()));
    }
    let learner = manifest.learner.clone();
    let key = manifest.key.clone();
    let Some(pinned) = (opener.pinned)(&learner) else {
        return Err(Refusal::UnknownKey { learner, key });
    };
    let public = parse_public_key(&pinned).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let signature = minisign::SignatureBox::from_string(signature_text)
        .map_err(|e| Refusal::Damaged(format!("{SIGNATURE}: {e}")))?;
    if pinned.trim() != key.trim() {
        return Err(Refusal::OtherKey { learner, key });
    }
    minisign::verify(
        &public,
        &signature,
        Cursor::new(manifest_text.as_bytes()),
        true,
        false,
        false,
    )
    .map_err(|_| Refusal::Damaged(format!("{SIGNATURE}: the signature does not match")))?;
    // The trusted comment is signed too: it must say the same as the manifest.
    let trusted = signature
        .trusted_comment()
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    if trusted != trusted_comment(&manifest.learner, &manifest.shared) {
        return Err(Refusal::Damaged(format!("{SIGNATURE}: trusted comment")));
    }
    if manifest.moment().is_none() {
        return Err(Refusal::Damaged(format!("{MANIFEST}: shared")));
    }
    Ok(())
}

/// A name of the package's learner folder: under `prefix`, plain parts only, no
/// hidden or invisible characters, a Markdown file or a photo.
fn check_name(name: &str, prefix: &str) -> Result<(), Refusal> {
    let bad = || Refusal::BadName(name.to_string());
    let rest = name.strip_prefix(prefix).ok_or_else(bad)?;
    if rest.is_empty() || name.contains('\\') || names::nfc(name) != name {
        return Err(bad());
    }
    let plain = Path::new(rest).components().all(|c| match c {
        Component::Normal(part) => part
            .to_str()
            .is_some_and(|p| !p.starts_with('.') && names::problem(p, Language::En).is_none()),
        _ => false,
    });
    if !plain || !(name.ends_with(".md") || is_photo_name(name)) {
        return Err(bad());
    }
    Ok(())
}

/// A text entry of the package (manifest or signature).
fn text_entry<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<String, Refusal> {
    let size = archive
        .by_name(name)
        .map_err(|e| Refusal::Damaged(format!("{name}: {e}")))?
        .size();
    if size > MAX_TEXT_BYTES {
        return Err(Refusal::Damaged(format!("{name}: too large")));
    }
    let bytes = read_entry(archive, name, size)?;
    String::from_utf8(bytes).map_err(|_| Refusal::Damaged(format!("{name}: not UTF-8")))
}

/// Reads up to `buf.len()` bytes, fewer only at the end of the file.
fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests;
