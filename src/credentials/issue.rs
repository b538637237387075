//! What `carnet attest` does, the only code that signs: one credential per skill of
//! an experience, written into the experience's folder (`credentials/<skill>.json`),
//! and the issuer's revocation list re-signed into the journal when it changes.
//! `--revoke` sets the credentials' bits in that list instead.
//!
//! It refuses to sign when the key is not the one `carnet.toml` publishes, when the
//! journal has errors, or when a skill is not one of the experience's.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::badge::{self, Claim, Statement};
use super::keys::IssuerKey;
use super::status::{self, StatusList};
use super::{content, proof, Issuer, FOLDER};
use crate::error::{Error, IoContext, Result};
use crate::journal::{Experience, Journal, Language, Learner};
use crate::t;

/// What the adviser states.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The learner's folder or slug.
    pub learner: String,
    /// The experience's folder or slug.
    pub experience: String,
    /// The skills vouched for (empty: all of the experience's).
    pub skills: Vec<String>,
    /// Who vouches.
    pub by: String,
    /// Their role.
    pub role: Option<String>,
    /// Their organisation.
    pub organisation: Option<String>,
    /// Their words.
    pub quote: Option<String>,
    /// When they vouched (`YYYY-MM-DD`; default: today).
    pub date: Option<String>,
}

/// Signs one credential per skill of `req` and returns the files written.
/// `now` is the proof's `created` time (`YYYY-MM-DDTHH:MM:SSZ`).
pub fn attest(root: &Path, key: &IssuerKey, req: &Request, now: &str) -> Result<Vec<PathBuf>> {
    let (journal, issuer) = open(root, key)?;
    let lang = journal.config.language;
    let (learner, exp) = find(&journal, &req.learner, &req.experience)?;
    let skills = chosen_skills(exp, &req.skills, lang)?;
    let content = content::of_experience(exp).at(&exp.source.path)?;
    let (mut list, mut list_changed) = match current_list(&journal, &issuer)? {
        Some(list) => (list, false),
        None => (StatusList::default(), true),
    };
    let mut used = used_indexes(&journal);
    let date = req.date.clone().unwrap_or_else(|| now[..10].to_string());
    let dir = exp.source.path.parent().unwrap_or(root).join(FOLDER);
    let mut written = Vec::new();
    for skill in skills {
        let framework = journal.skill(&skill);
        let path = dir.join(format!("{skill}.json"));
        // A renewed attestation replaces the file; the replaced credential is
        // revoked, so that a copy of it someone kept no longer verifies.
        if let Some(old) = read_claim(&path) {
            if let Some(index) = old.status_index {
                list_changed |= list.set(index);
            }
        }
        let statement = Statement {
            id: uuid_urn()?,
            learner: learner.profile.name.clone(),
            skill: skill.clone(),
            skill_label: framework.map_or(skill.clone(), |s| s.label.clone()),
            skill_description: framework.and_then(|s| s.description.clone()),
            skill_reference: framework.and_then(|s| s.reference.clone()),
            by: req.by.clone(),
            role: req.role.clone(),
            organisation: req.organisation.clone(),
            quote: req.quote.clone(),
            date: date.clone(),
            experience_title: exp.title.clone(),
            content: content.clone(),
            status_index: free_index(&mut used)?,
        };
        let unsigned = badge::unsigned(&issuer, &statement, journal.config.language);
        let signed = proof::sign(
            &unsigned,
            key,
            &issuer.verification_method(&issuer.public_key),
            now,
        )
        .map_err(|e| Error::Credential {
            path: path.clone(),
            message: e.message(lang),
        })?;
        std::fs::create_dir_all(&dir).at(&dir)?;
        write_json(&path, &signed)?;
        written.push(path);
    }
    if list_changed {
        written.push(write_list(root, key, &issuer, &list, now, lang)?);
    }
    Ok(written)
}

/// Revokes the credentials of `req`'s skills (all of the experience's when none
/// is given) and returns the revoked files. The files stay in the journal: a build
/// shows them as not verified, and `carnet check` says to remove them.
pub fn revoke(root: &Path, key: &IssuerKey, req: &Request, now: &str) -> Result<Vec<PathBuf>> {
    let (journal, issuer) = open(root, key)?;
    let lang = journal.config.language;
    let (_, exp) = find(&journal, &req.learner, &req.experience)?;
    let mut list = current_list(&journal, &issuer)?.unwrap_or_default();
    let mut revoked = Vec::new();
    for credential in &exp.credentials {
        let Some(claim) = read_claim(&credential.path) else {
            continue;
        };
        if !req.skills.is_empty() && !req.skills.contains(&claim.skill) {
            continue;
        }
        if let Some(index) = claim.status_index {
            list.set(index);
            revoked.push(credential.path.clone());
        }
    }
    if revoked.is_empty() {
        let what = &req.experience;
        return Err(Error::Credential {
            path: exp.source.path.clone(),
            message: t!(lang, "attest-nothing-to-revoke", what = what.as_str()),
        });
    }
    write_list(root, key, &issuer, &list, now, lang)?;
    Ok(revoked)
}

/// The journal (without errors) and its issuer, whose key must be `key`.
fn open(root: &Path, key: &IssuerKey) -> Result<(Journal, Issuer)> {
    let (journal, diags) = crate::journal::load(root);
    let errors: Vec<_> = diags
        .into_iter()
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .collect();
    let Some(journal) = journal.filter(|_| errors.is_empty()) else {
        return Err(Error::Content(errors));
    };
    let lang = journal.config.language;
    let config = root.join("carnet.toml");
    let Some(issuer) = Issuer::of(&journal.config) else {
        return Err(Error::Credential {
            path: config,
            message: t!(lang, "attest-no-issuer"),
        });
    };
    if key.public() != issuer.public_key {
        return Err(Error::Credential {
            path: config,
            message: t!(lang, "attest-other-key"),
        });
    }
    Ok((journal, issuer))
}

/// The learner and experience named on the command line (folder or slug).
fn find<'a>(
    journal: &'a Journal,
    learner: &str,
    experience: &str,
) -> Result<(&'a Learner, &'a Experience)> {
    let lang = journal.config.language;
    let learners = journal.root.join("learners");
    let Some(l) = journal
        .learners
        .iter()
        .find(|l| l.folder == learner || l.slug == learner)
    else {
        return Err(Error::Credential {
            path: learners.join(learner),
            message: t!(lang, "attest-no-learner", learner = learner),
        });
    };
    let Some(e) = l
        .experiences
        .iter()
        .find(|e| e.folder == experience || e.slug == experience)
    else {
        return Err(Error::Credential {
            path: learners
                .join(&l.folder)
                .join("experiences")
                .join(experience),
            message: t!(
                lang,
                "attest-no-experience",
                experience = experience,
                learner = learner
            ),
        });
    };
    Ok((l, e))
}

/// The skills to sign: those asked for, each one the experience must list.
fn chosen_skills(exp: &Experience, asked: &[String], lang: Language) -> Result<Vec<String>> {
    let listed: Vec<String> = exp.skills.iter().map(|s| s.id.value.clone()).collect();
    if asked.is_empty() {
        return Ok(listed);
    }
    for skill in asked {
        if !listed.contains(skill) {
            let list = listed.join(", ");
            return Err(Error::Credential {
                path: exp.source.path.clone(),
                message: t!(
                    lang,
                    "attest-skill-not-listed",
                    skill = skill.as_str(),
                    list = list
                ),
            });
        }
    }
    Ok(asked.to_vec())
}

/// The journal's revocation list, if it has one; an untrustworthy one is an error.
fn current_list(journal: &Journal, issuer: &Issuer) -> Result<Option<StatusList>> {
    super::status_list(&journal.root, issuer)
        .map(|l| l.map(|(_, bits)| bits))
        .map_err(|message| Error::Credential {
            path: journal.root.join(status::JOURNAL_FILE),
            message,
        })
}

/// The status-list indexes the journal's credentials already use.
fn used_indexes(journal: &Journal) -> BTreeSet<usize> {
    journal
        .learners
        .iter()
        .flat_map(|l| &l.experiences)
        .flat_map(|e| &e.credentials)
        .filter_map(|c| read_claim(&c.path)?.status_index)
        .collect()
}

/// A random free index of the list (random, so that an index says nothing of the
/// order of attestations).
fn free_index(used: &mut BTreeSet<usize>) -> Result<usize> {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes).map_err(|e| Error::Random(e.to_string()))?;
        let index = u32::from_le_bytes(bytes) as usize % status::ENTRIES;
        if used.insert(index) {
            return Ok(index);
        }
    }
}

/// `urn:uuid:` and a random (version 4) UUID.
fn uuid_urn() -> Result<String> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| Error::Random(e.to_string()))?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    ))
}

/// The claim of a credential file, signature unchecked (to find its index).
fn read_claim(path: &Path) -> Option<Claim> {
    let value: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    Claim::read(&value)
}

/// Signs `list` and writes it to the journal's status list file.
fn write_list(
    root: &Path,
    key: &IssuerKey,
    issuer: &Issuer,
    list: &StatusList,
    now: &str,
    lang: Language,
) -> Result<PathBuf> {
    let path = root.join(status::JOURNAL_FILE);
    let signed = proof::sign(
        &status::unsigned(issuer, list, now),
        key,
        &issuer.verification_method(&issuer.public_key),
        now,
    )
    .map_err(|e| Error::Credential {
        path: path.clone(),
        message: e.message(lang),
    })?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).at(dir)?;
    }
    write_json(&path, &signed)?;
    Ok(path)
}

fn write_json(path: &Path, value: &Value) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| Error::Credential {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    text.push('\n');
    crate::output::atomic::write_atomic(path, text.as_bytes())
}
