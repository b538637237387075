//! A learner's carnet is hers: her journal lives in her own folder, and she sends
//! her programme only what it may see, as one file (`ines-2026-12-06.carnet`).
//!
//! - [`plan`]: what leaves, as files: the view of her journal for the audience
//!   « my programme » (`Audience::Programme`: her referent and her groups), made by
//!   [`crate::audience::view`] like every site's view: not a second filter;
//! - [`package`]: the file's format (age encryption, a deterministic zip, a
//!   manifest signed with minisign), how it is made and how a programme opens it;
//! - [`keys`]: the programme's age identity and the learner's signing key, kept
//!   outside every journal;
//! - [`share`] (here): the learner's command: check her journal, plan, re-encode the
//!   photos (2,560 px wide at most, quality 92, no metadata: never an original),
//!   sign, encrypt, write.
//!
//! It implements no cryptography: age, minisign and BLAKE3 come from their crates.

pub mod keys;
pub mod package;
pub mod pins;
pub mod plan;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use package::{Manifest, Opened, PackedFile, Refusal, Signer};
pub use plan::{Counts, Plan};

use crate::diagnostic::Diagnostic;
use crate::error::{Error, IoContext, Result};
use crate::images::{self, Catalog, Op};
use crate::journal::{self, Journal, Language};
use crate::t;

/// Widest photo a share carries: the programme's build re-encodes it again, so it
/// stays large (sites show at most 1,600 px).
pub const PHOTO_WIDTH: u32 = 2560;
/// JPEG quality of a share's photos.
pub const PHOTO_QUALITY: u8 = 92;

/// What to share.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The learner's journal.
    pub journal: PathBuf,
    /// Which learner of it (default: its only one).
    pub learner: Option<String>,
    /// Recipients added to `[programme] recipients` of `carnet.toml`.
    pub to: Vec<String>,
    /// Write the package in clear (no recipient needed).
    pub unencrypted: bool,
    /// The signing key file (default: `CARNET_SIGNING_KEY`, else `signing.key`
    /// in carnet's secrets folder, made on first use).
    pub key: Option<PathBuf>,
    /// Where to write: a file, or a folder to write `<learner>-<day>.carnet` into
    /// (default: the current folder).
    pub out: Option<PathBuf>,
}

/// What [`share`] wrote.
#[derive(Debug)]
pub struct Shared {
    /// The file written.
    pub path: PathBuf,
    /// What it holds.
    pub plan: Plan,
    /// How many recipients can open it (0: in clear).
    pub recipients: usize,
    /// The public key it is signed with (what the programme pins).
    pub key: String,
    /// Whether that key was made by this share (the first one).
    pub key_created: bool,
    /// The moment of the share.
    pub moment: String,
    /// Its size in bytes.
    pub bytes: usize,
}

/// Loads and checks the journal at `root`, and plans the share of `learner` (or of
/// its only learner). A journal with errors shares nothing.
pub fn preview(root: &Path, learner: Option<&str>) -> Result<(Journal, Plan)> {
    let (journal, mut errors) = journal::load(root);
    let Some(journal) = journal else {
        return Err(Error::Content(errors));
    };
    let report = crate::check::check(&journal);
    errors.extend(report.errors);
    if !errors.is_empty() {
        return Err(Error::Content(errors));
    }
    let lang = journal.config.language;
    let refuse = |e: plan::PlanError| Error::Share {
        path: root.to_path_buf(),
        message: e.message(lang),
    };
    let slug = plan::learner_of(&journal, learner).map_err(refuse)?;
    let planned = plan::plan(&journal, &slug).map_err(refuse)?;
    Ok((journal, planned))
}

/// Shares a learner's folder: the file for her programme, signed with her key and
/// encrypted to its recipients.
pub fn share(options: &Options) -> Result<Shared> {
    let root = &options.journal;
    let (journal, plan) = preview(root, options.learner.as_deref())?;
    let lang = journal.config.language;
    let (recipients, to) = recipients(&journal, options, lang)?;
    let (key_path, default_key) = keys::signing_key_path(options.key.as_deref())?;
    let (signer, key_created) = if key_path.exists() || !default_key {
        (keys::read_signer(&key_path, Some(root), lang)?, false)
    } else {
        (keys::new_signer(&key_path, Some(root), lang)?, true)
    };
    let mut files: BTreeMap<String, Vec<u8>> = plan
        .texts
        .iter()
        .map(|(name, text)| (name.clone(), text.clone().into_bytes()))
        .collect();
    files.extend(photos(&plan, &journal, lang)?);
    // The moment orders shares. The same content shares the same moment and
    // signature again, so the same journal gives the same bytes.
    let digest = digest(&plan.learner, &to, &files);
    let memory_path = memory_path(root, &plan.learner)?;
    let memory = Memory::read(&memory_path);
    let now = jiff::Timestamp::now();
    let now = jiff::Timestamp::from_second(now.as_second()).unwrap_or(now);
    let moment = match &memory {
        Some(m) if m.digest == digest => m.shared.parse().unwrap_or(now),
        Some(m) => match m.shared.parse::<jiff::Timestamp>() {
            Ok(last) if last >= now => last
                .checked_add(jiff::SignedDuration::from_secs(1))
                .unwrap_or(now),
            _ => now,
        },
        None => now,
    };
    let fail = |e: package::PackageError| Error::Share {
        path: root.to_path_buf(),
        message: e.message(lang),
    };
    let (manifest, text) =
        package::manifest(&plan.learner, moment, &to, &files, &signer).map_err(fail)?;
    let signature = match &memory {
        Some(m) if package::signs(&m.signature, &manifest, &text, &signer) => m.signature.clone(),
        _ => package::sign(&manifest, &text, &signer).map_err(fail)?,
    };
    let plain = package::zip(&text, &signature, &files).map_err(fail)?;
    let bytes = if options.unencrypted {
        plain
    } else {
        package::encrypt(&plain, &recipients).map_err(fail)?
    };
    let name = format!("{}-{}.{}", plan.learner, manifest.day(), package::EXTENSION);
    let dest = match &options.out {
        Some(out) if out.is_dir() => out.join(name),
        Some(out) => out.clone(),
        None => PathBuf::from(name),
    };
    crate::output::write_atomic(&dest, &bytes)?;
    Memory {
        digest,
        shared: manifest.shared.clone(),
        signature,
    }
    .write(&memory_path)?;
    Ok(Shared {
        path: dest,
        recipients: if options.unencrypted {
            0
        } else {
            recipients.len()
        },
        key: signer.public_key(),
        key_created,
        moment: manifest.shared,
        bytes: bytes.len(),
        plan,
    })
}

/// The recipients to encrypt to (those of `carnet.toml`, then `--to`), parsed, and
/// as written; none is an error unless the share is in clear.
fn recipients(
    journal: &Journal,
    options: &Options,
    lang: Language,
) -> Result<(Vec<age::x25519::Recipient>, Vec<String>)> {
    let source = &journal.config.source;
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    let mut written = Vec::new();
    for r in &journal.config.recipients {
        match package::parse_recipient(r) {
            Ok(p) => {
                written.push(r.value.trim().to_string());
                parsed.push(p);
            }
            Err(_) => errors.push(
                source
                    .error_at(&r.span, t!(lang, "share-invalid-recipient"))
                    .with_code("invalid-recipient"),
            ),
        }
    }
    for r in &options.to {
        match package::parse_recipient(r) {
            Ok(p) => {
                written.push(r.trim().to_string());
                parsed.push(p);
            }
            Err(_) => errors.push(
                Diagnostic::new(
                    "--to",
                    t!(lang, "share-invalid-recipient-flag", key = r.as_str()),
                )
                .with_code("invalid-recipient"),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Content(errors));
    }
    if options.unencrypted {
        return Ok((Vec::new(), Vec::new()));
    }
    if parsed.is_empty() {
        return Err(Error::Share {
            path: source.path.clone(),
            message: t!(lang, "share-no-recipient"),
        });
    }
    written.sort();
    written.dedup();
    Ok((parsed, written))
}

/// The photos of a plan, re-encoded in parallel as a build makes its largest
/// variants: decoded, oriented, at most [`PHOTO_WIDTH`] wide, JPEG quality
/// [`PHOTO_QUALITY`], no metadata at all.
fn photos(plan: &Plan, journal: &Journal, lang: Language) -> Result<Vec<(String, Vec<u8>)>> {
    let settings = journal.config.images;
    let made: Vec<std::result::Result<(String, Vec<u8>), Diagnostic>> = plan
        .photos
        .par_iter()
        .map(|(name, photo)| {
            let path = &photo.path;
            let bytes = std::fs::read(path).map_err(|e| {
                let m = t!(
                    lang,
                    "share-unreadable-photo",
                    error = crate::error::io_reason(&e, lang)
                );
                Diagnostic::new(path, m).with_code("unreadable")
            })?;
            let source = images::probe::probe(path, &bytes, &settings, lang)?;
            let mut sources = std::collections::HashMap::new();
            sources.insert(path.clone(), source.clone());
            let catalog = Catalog::new(sources, PHOTO_QUALITY, false);
            let variant = catalog
                .variants(path, Op::Contain, &[PHOTO_WIDTH])
                .pop()
                .ok_or_else(|| Diagnostic::new(path, "no variant"))?;
            let out = images::process::variant_bytes(&bytes, &source, &variant, PHOTO_QUALITY)
                .map_err(|e| Diagnostic::new(path, e.message(lang)).with_code("corrupt-photo"))?;
            Ok((name.clone(), out))
        })
        .collect();
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for r in made {
        match r {
            Ok(pair) => out.push(pair),
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Error::Content(errors))
    }
}

/// What a share's content is, whatever its moment: the learner, the recipients
/// and every file.
fn digest(learner: &str, to: &[String], files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut h = blake3::Hasher::new();
    h.update(learner.as_bytes());
    for r in to {
        h.update(b"\0to\0").update(r.as_bytes());
    }
    for (name, bytes) in files {
        h.update(b"\0file\0").update(name.as_bytes());
        h.update(blake3::hash(bytes).as_bytes());
    }
    h.finalize().to_hex().to_string()
}

/// The learner's last share of one journal, kept in carnet's secrets folder (never
/// in the journal): its content's digest, moment and signature.
#[derive(Debug, Serialize, Deserialize)]
struct Memory {
    digest: String,
    shared: String,
    signature: String,
}

impl Memory {
    fn read(path: &Path) -> Option<Memory> {
        toml::from_str(&std::fs::read_to_string(path).ok()?).ok()
    }

    fn write(&self, path: &Path) -> Result<()> {
        let text = toml::to_string(self).map_err(|e| Error::io(path, std::io::Error::other(e)))?;
        crate::secrets::write_private(path, text.as_bytes())
    }
}

/// Where the memory of `learner`'s shares of the journal at `root` lives.
fn memory_path(root: &Path, learner: &str) -> Result<PathBuf> {
    let canonical = std::fs::canonicalize(root).at(root)?;
    let id = blake3::hash(canonical.to_string_lossy().as_bytes()).to_hex();
    Ok(crate::secrets::home()?
        .join("shares")
        .join(format!("{learner}-{}.toml", &id[..16])))
}

/// The page `carnet serve` shows at `/_carnet/share`: « Ce que ta conseillère
/// recevra », what `carnet share --dry-run` says, for the journal at `root`.
pub fn preview_page(root: &Path) -> String {
    let lang = Language::of_journal(root);
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let title = t!(lang, "share-preview-title");
    let body = match preview(root, None) {
        Ok((_, plan)) => {
            let mut items = String::new();
            for t in &plan.experience_titles {
                items.push_str(&format!("<li>{}</li>", esc(t)));
            }
            for t in &plan.story_titles {
                let story = t!(lang, "share-preview-story", title = esc(t));
                items.push_str(&format!("<li>{story}</li>"));
            }
            format!(
                "<p>{}</p><ul>{items}</ul><p>{}</p>",
                esc(&plan.sentence(lang)),
                t!(lang, "share-preview-stays-home")
            )
        }
        Err(Error::Content(diags)) => {
            let list: String = diags
                .iter()
                .filter(|d| d.is_error())
                .map(|d| format!("<li>{}</li>", esc(&d.to_string())))
                .collect();
            format!("<p>{}</p><ul>{list}</ul>", t!(lang, "share-preview-errors"))
        }
        Err(e) => format!("<p>{}</p>", esc(&e.to_string())),
    };
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title><link rel=\"stylesheet\" href=\"/_carnet/serve.css\"></head><body><main><h1>{title}</h1>{body}</main></body></html>",
        lang.code()
    )
}
