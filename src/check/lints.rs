//! What a build only warns about, each with a stable code: `missing-alt` (a photo
//! without alt text), `unlisted-photo` (a photo of the folder that `photos = [...]`
//! leaves out), `hidden-in-story` (a story told with experiences less visible than
//! itself), `no-skill` (an experience that shows no skill) and `hidden-by-profile`
//! (a profile less visible than its items, which then show nowhere more visible);
//! about attestations: `attestation-unsigned` (an `[attestation]` no signed
//! credential backs: shown as declared), `credential-stale` (the experience changed
//! since it was signed), `credential-revoked`, `credential-invalid` (a signature
//! that does not verify against `[issuer]`), and `issuer-without-site` (an
//! `[issuer]` without an `https://` `base_url`, from which its identity follows).
//!
//! Every warning points at a line of the file to edit. None is given about an item
//! that failed to load.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::journal::load::is_photo_name;
use crate::journal::{Experience, Journal, Language, Learner, SourceFile, Story, Visibility};
use crate::tr;

/// Every lint of one learner's files, into `warnings`.
pub fn learner(journal: &Journal, learner: &Learner, warnings: &mut Vec<Diagnostic>) {
    let lang = journal.config.language;
    for exp in &learner.experiences {
        missing_alt(exp, lang, warnings);
        if learner.contribution.is_none() {
            // A contribution lists its photos, and holds no other.
            unlisted_photos(exp, lang, warnings);
        }
        no_skill(journal, exp, lang, warnings);
        attestations(learner, exp, lang, warnings);
    }
    for story in &learner.stories {
        hidden_in_story(learner, story, lang, warnings);
    }
    if !learner.broken_profile {
        hidden_by_profile(learner, lang, warnings);
    }
}

/// `[issuer]` needs the public site's `https://` address: its `did:web` is made of it.
pub fn issuer(journal: &Journal, warnings: &mut Vec<Diagnostic>) {
    let config = &journal.config;
    if config.issuer.is_none() || crate::credentials::Issuer::of(config).is_some() {
        return;
    }
    let lang = config.language;
    let span = config
        .source
        .find("[issuer]")
        .unwrap_or_else(|| config.source.first_line());
    warnings.push(
        warn(
            &config.source,
            span,
            "issuer-without-site",
            lang.pick(
                "[issuer] a besoin d'une base_url en https:// : l'identité du programme (did:web) est l'adresse de son site public ; sans elle, aucune attestation ne se vérifie",
                "[issuer] needs an https:// base_url: the programme's identity (did:web) is its public site's address; without it, no attestation verifies",
            )
            .to_string(),
        ),
    );
}

/// What a build found of an experience's attestations, said where to act.
fn attestations(
    learner: &Learner,
    exp: &Experience,
    lang: Language,
    warnings: &mut Vec<Diagnostic>,
) {
    use crate::credentials::State;
    let (who, folder) = (&learner.folder, &exp.folder);
    for credential in &exp.credentials {
        let (code, message, help) = match &credential.state {
            State::Verified(_) | State::Unchecked => continue,
            State::Stale(c) => {
                let skill = &c.skill;
                (
                    "credential-stale",
                    tr!(
                        lang,
                        "l'expérience a changé depuis que `{skill}` a été attestée (titre, date, texte, compétences ou photos) : le site dit « attestation à renouveler » au lieu de « vérifié »",
                        "the experience changed since `{skill}` was attested (title, date, text, skills or photos): the site says « attestation to renew » instead of « verified »"
                    ),
                    tr!(
                        lang,
                        "remets l'expérience comme elle était, ou fais signer à nouveau : carnet attest {who} {folder} --skills {skill} --by …",
                        "restore the experience, or have it signed again: carnet attest {who} {folder} --skills {skill} --by …"
                    ),
                )
            }
            State::Revoked(c) => {
                let skill = &c.skill;
                (
                    "credential-revoked",
                    tr!(
                        lang,
                        "l'attestation de `{skill}` a été révoquée par le programme : le site ne la montre plus comme vérifiée",
                        "the attestation of `{skill}` was revoked by the programme: the site no longer shows it as verified"
                    ),
                    lang.pick("supprime ce fichier", "remove this file").to_string(),
                )
            }
            State::Invalid(why) => (
                "credential-invalid",
                tr!(
                    lang,
                    "cette attestation signée ne se vérifie pas avec la clé publique de [issuer] ({why}) : le site ne la montre pas",
                    "this signed attestation does not verify with the public key of [issuer] ({why}): the site does not show it"
                ),
                lang.pick(
                    "seul `carnet attest` écrit ces fichiers : ne les modifie pas à la main",
                    "only `carnet attest` writes these files: do not edit them by hand",
                )
                .to_string(),
            ),
        };
        warnings.push(
            Diagnostic::new(&credential.path, message)
                .with_code(code)
                .with_help(help)
                .warning(),
        );
    }
    let Some(a) = &exp.attestation else {
        return;
    };
    let signed = |id: &str| {
        exp.credentials
            .iter()
            .any(|c| matches!(&c.state, State::Verified(claim) if claim.skill == id))
    };
    let unsigned: Vec<String> = exp
        .skills
        .iter()
        .filter(|s| a.covers(s) && !signed(s))
        .map(|s| s.id.value.clone())
        .collect();
    if unsigned.is_empty() {
        return;
    }
    let list = unsigned.join(",");
    let span = exp
        .source
        .find("[attestation]")
        .unwrap_or_else(|| exp.source.first_line());
    let by = &a.name;
    warnings.push(
        warn(
            &exp.source,
            span,
            "attestation-unsigned",
            tr!(
                lang,
                "attestation déclarée, non signée ({list}) : les sites la montrent comme déclarée, pas comme vérifiée, et elle ne compte pas parmi les compétences attestées",
                "declared attestation, not signed ({list}): the sites show it as declared, not verified, and it does not count among attested skills"
            ),
        )
        .with_help(tr!(
            lang,
            "après avoir parlé au tuteur, le programme peut la signer : carnet attest {who} {folder} --skills {list} --by \"{by}\"",
            "after talking to the tutor, the programme can sign it: carnet attest {who} {folder} --skills {list} --by \"{by}\""
        )),
    );
}

/// A warning at `span` of `source`, with its code.
fn warn(
    source: &SourceFile,
    span: std::ops::Range<usize>,
    code: &'static str,
    message: String,
) -> Diagnostic {
    source.error_at(&span, message).with_code(code).warning()
}

fn missing_alt(exp: &Experience, lang: Language, warnings: &mut Vec<Diagnostic>) {
    for photo in &exp.photos {
        if photo.alt.as_deref().is_some_and(|a| !a.trim().is_empty()) {
            continue;
        }
        let file = &photo.file;
        let quoted = toml::Value::String(file.clone()).to_string();
        // Listed: at its name in `photos = [...]`; taken from the folder: at the
        // top of the file, where the list would go.
        let span = exp
            .source
            .find(&quoted)
            .unwrap_or_else(|| exp.source.first_line());
        warnings.push(
            warn(
                &exp.source,
                span,
                "missing-alt",
                tr!(
                    lang,
                    "la photo `{file}` n'a pas de texte alternatif",
                    "photo `{file}` has no alt text"
                ),
            )
            .with_help(tr!(
                lang,
                "décris-la pour qui ne la voit pas : `photos = [{{ file = {quoted}, alt = \"…\" }}]`",
                "describe it for people who cannot see it: `photos = [{{ file = {quoted}, alt = \"...\" }}]`"
            )),
        );
    }
}

fn unlisted_photos(exp: &Experience, lang: Language, warnings: &mut Vec<Diagnostic>) {
    let Some(span) = exp.source.key_span("photos") else {
        return; // no list: every photo of the folder is shown
    };
    let Some(dir) = exp.source.path.parent() else {
        return;
    };
    for file in photo_files(dir) {
        if exp.photos.iter().any(|p| p.file == file) {
            continue;
        }
        let quoted = toml::Value::String(file.clone()).to_string();
        warnings.push(
            warn(
                &exp.source,
                span.clone(),
                "unlisted-photo",
                tr!(
                    lang,
                    "la photo `{file}` est dans le dossier mais pas dans `photos` : elle ne sera pas publiée",
                    "photo `{file}` is in the folder but not in `photos`: it will not be published"
                ),
            )
            .with_help(tr!(
                lang,
                "ajoute `{{ file = {quoted}, alt = \"…\" }}` à la liste, ou retire la photo du dossier",
                "add `{{ file = {quoted}, alt = \"...\" }}` to the list, or move the photo out of the folder"
            )),
        );
    }
}

/// The photo files of a folder (not hidden), in name order.
fn photo_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.') && is_photo_name(n))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn no_skill(journal: &Journal, exp: &Experience, lang: Language, warnings: &mut Vec<Diagnostic>) {
    if !exp.skills.is_empty() {
        return;
    }
    let span = exp
        .source
        .key_span("skills")
        .or_else(|| exp.source.key_span("title"))
        .unwrap_or_else(|| exp.source.first_line());
    let example = journal.skills.first().map_or("rigueur", |s| s.id.as_str());
    let from = if journal.builtin_skills {
        lang.pick(
            "du référentiel intégré, voir le README",
            "of the built-in framework, see the README",
        )
    } else {
        lang.pick("de skills.toml", "of skills.toml")
    };
    warnings.push(
        warn(
            &exp.source,
            span,
            "no-skill",
            lang.pick(
                "cette expérience ne montre aucune compétence",
                "this experience shows no skill",
            )
            .to_string(),
        )
        .with_help(tr!(
            lang,
            "ajoute les compétences qu'elle prouve, par exemple `skills = [\"{example}\"]` (identifiants {from})",
            "add the skills it proves, e.g. `skills = [\"{example}\"]` (ids {from})"
        )),
    );
}

fn hidden_in_story(
    learner: &Learner,
    story: &Story,
    lang: Language,
    warnings: &mut Vec<Diagnostic>,
) {
    let less_visible: Vec<_> = story
        .experiences
        .iter()
        .filter(|folder| {
            learner
                .experiences
                .iter()
                .any(|e| e.folder == ***folder && e.visibility < story.visibility)
        })
        .collect();
    let Some(first) = less_visible.first() else {
        return;
    };
    let names: Vec<String> = less_visible.iter().map(|f| format!("`{}`", ***f)).collect();
    let (names, level) = (names.join(", "), story.visibility.keyword());
    let message = if less_visible.len() == 1 {
        tr!(
            lang,
            "ce récit est `{level}`, mais l'expérience {names} est moins visible : là où le récit est montré à qui ne peut pas la voir, il est raconté sans elle",
            "this story is `{level}`, but the experience {names} is less visible: wherever the story is shown to someone who may not see it, it is told without it"
        )
    } else {
        tr!(
            lang,
            "ce récit est `{level}`, mais les expériences {names} sont moins visibles : là où le récit est montré à qui ne peut pas les voir, il est raconté sans elles",
            "this story is `{level}`, but the experiences {names} are less visible: wherever the story is shown to someone who may not see them, it is told without them"
        )
    };
    let help = if less_visible.len() == 1 {
        tr!(
            lang,
            "rends cette expérience au moins `{level}`, ou le récit moins visible",
            "make this experience at least `{level}`, or the story less visible"
        )
    } else {
        tr!(
            lang,
            "rends ces expériences au moins `{level}`, ou le récit moins visible",
            "make these experiences at least `{level}`, or the story less visible"
        )
    };
    warnings.push(
        warn(
            &story.source,
            first.span.clone(),
            "hidden-in-story",
            message,
        )
        .with_help(help),
    );
}

fn hidden_by_profile(learner: &Learner, lang: Language, warnings: &mut Vec<Diagnostic>) {
    let profile = &learner.profile;
    let above = |v: Visibility| v > profile.visibility;
    let experiences = learner
        .experiences
        .iter()
        .filter(|e| above(e.visibility))
        .count();
    let stories = learner
        .stories
        .iter()
        .filter(|s| above(s.visibility))
        .count();
    let Some(most) = learner
        .experiences
        .iter()
        .map(|e| e.visibility)
        .chain(learner.stories.iter().map(|s| s.visibility))
        .filter(|v| above(*v))
        .max()
    else {
        return;
    };
    let mut items = Vec::new();
    if experiences > 0 {
        items.push(lang.count(
            experiences,
            ("expérience", "expériences"),
            ("experience", "experiences"),
        ));
    }
    if stories > 0 {
        items.push(lang.count(stories, ("récit", "récits"), ("story", "stories")));
    }
    let items = items.join(lang.pick(" et ", " and "));
    let (level, most) = (profile.visibility.keyword(), most.keyword());
    let span = profile
        .source
        .key_span("visibility")
        .or_else(|| profile.source.key_span("name"))
        .unwrap_or_else(|| profile.source.first_line());
    warnings.push(
        warn(
            &profile.source,
            span,
            "hidden-by-profile",
            tr!(
                lang,
                "ce profil est `{level}`, moins visible que {items} (jusqu'à `{most}`) : rien de ce carnet n'est montré là où le profil ne l'est pas",
                "this profile is `{level}`, less visible than {items} (up to `{most}`): nothing of this learner shows where the profile does not"
            ),
        )
        .with_help(tr!(
            lang,
            "rends le profil `{most}` (`visibility = \"{most}\"`), ou ces éléments moins visibles",
            "make the profile `{most}` (`visibility = \"{most}\"`) if they are meant to be seen, or make them less visible"
        )),
    );
}
