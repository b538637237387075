//! One Open Badges 3.0 `OpenBadgeCredential`: one skill of one experience, vouched
//! for by a tutor or employer (the assessor, OB 3.0's `source`) and issued by the
//! programme. [`unsigned`] writes it; [`Claim::read`] reads back what a page shows.

use serde_json::{json, Value};

use super::contexts::{OB_V3, VC_V2};
use super::Issuer;

/// What the adviser states with `carnet attest`, for one skill.
#[derive(Debug, Clone)]
pub struct Statement {
    /// The credential's id (`urn:uuid:…`).
    pub id: String,
    /// The learner's display name (the subject, by name: OB 3.0 `IdentityObject`).
    pub learner: String,
    /// The skill's id in the journal (`rigueur`), also its OB `humanCode`.
    pub skill: String,
    /// The skill's label (« Rigueur »).
    pub skill_label: String,
    /// Its description, when the framework has one.
    pub skill_description: Option<String>,
    /// Its ROME or ESCO page, when the framework gives one.
    pub skill_reference: Option<String>,
    /// Who vouches (« Julien »).
    pub by: String,
    /// Their role (« tuteur »).
    pub role: Option<String>,
    /// Their organisation (« Animalerie des Arches »).
    pub organisation: Option<String>,
    /// Their words.
    pub quote: Option<String>,
    /// When they vouched (`YYYY-MM-DD`).
    pub date: String,
    /// The experience's title.
    pub experience_title: String,
    /// The experience's content hash ([`super::content`]), an `ni:` URI.
    pub content: String,
    /// Its entry in the issuer's revocation list.
    pub status_index: usize,
}

/// The credential, without its proof.
pub fn unsigned(issuer: &Issuer, s: &Statement) -> Value {
    let mut source = json!({ "type": ["Profile"], "name": s.by });
    if let Some(role) = &s.role {
        source["description"] = json!(role);
    }
    if let Some(org) = &s.organisation {
        source["parentOrg"] = json!({ "type": ["Profile"], "name": org });
    }
    let mut achievement = json!({
        "id": format!("{}/skills/{}/", issuer.base_url, s.skill),
        "type": ["Achievement"],
        "achievementType": "Competency",
        "humanCode": s.skill,
        "name": s.skill_label,
        "description": s.skill_description.clone().unwrap_or_else(|| s.skill_label.clone()),
        "criteria": {
            "narrative": format!(
                "Compétence mise en œuvre pendant une expérience du carnet de route, attestée par un tuteur ou un employeur auprès de {}, qui signe.",
                issuer.name
            )
        },
    });
    if let Some(reference) = &s.skill_reference {
        achievement["alignment"] = json!([{
            "type": ["Alignment"],
            "targetName": s.skill_label,
            "targetUrl": reference,
        }]);
    }
    let mut evidence = json!({
        "id": s.content,
        "type": ["Evidence"],
        "name": s.experience_title,
        "genre": "Expérience du carnet de route",
    });
    if let Some(quote) = &s.quote {
        evidence["narrative"] = json!(quote);
    }
    json!({
        "@context": [VC_V2, OB_V3],
        "id": s.id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": s.skill_label,
        "description": format!("{} atteste, sur la parole de {}, que {} a mis en œuvre la compétence « {} ».", issuer.name, s.by, s.learner, s.skill_label),
        "issuer": { "id": issuer.did, "type": ["Profile"], "name": issuer.name, "url": issuer.base_url },
        "validFrom": format!("{}T00:00:00Z", s.date),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "hashed": false,
                "identityHash": s.learner,
                "identityType": "name",
            }],
            "achievement": achievement,
            "source": source,
        },
        "evidence": [evidence],
        "credentialStatus": super::status::entry(issuer, s.status_index),
    })
}

/// What a page shows of a credential (read only after its proof verified).
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The credential's id.
    pub id: String,
    /// The skill's id (`humanCode`).
    pub skill: String,
    /// The learner's name as signed.
    pub learner: String,
    /// Who vouches.
    pub by: String,
    /// Their role.
    pub role: Option<String>,
    /// Their organisation.
    pub organisation: Option<String>,
    /// Their words.
    pub quote: Option<String>,
    /// When (`YYYY-MM-DD`).
    pub date: String,
    /// The experience's content hash when it was signed.
    pub content: String,
    /// The issuer's DID.
    pub issuer: String,
    /// The issuer's name.
    pub issuer_name: String,
    /// The entry in the revocation list, if any.
    pub status_index: Option<usize>,
    /// The status list credential's URL, if any.
    pub status_list: Option<String>,
}

impl Claim {
    /// Reads the fields carnet writes; `None` when one it needs is missing.
    pub fn read(credential: &Value) -> Option<Claim> {
        let text = |v: &Value| v.as_str().map(str::to_string);
        let subject = &credential["credentialSubject"];
        let source = &subject["source"];
        let evidence = credential["evidence"].get(0)?;
        let status = &credential["credentialStatus"];
        Some(Claim {
            id: text(&credential["id"])?,
            skill: text(&subject["achievement"]["humanCode"])?,
            learner: text(&subject["identifier"][0]["identityHash"]).unwrap_or_default(),
            by: text(&source["name"])?,
            role: text(&source["description"]),
            organisation: text(&source["parentOrg"]["name"]),
            quote: text(&evidence["narrative"]),
            date: text(&credential["validFrom"])?.chars().take(10).collect(),
            content: text(&evidence["id"])?,
            issuer: text(&credential["issuer"]["id"])?,
            issuer_name: text(&credential["issuer"]["name"]).unwrap_or_default(),
            status_index: text(&status["statusListIndex"]).and_then(|i| i.parse().ok()),
            status_list: text(&status["statusListCredential"]),
        })
    }
}
