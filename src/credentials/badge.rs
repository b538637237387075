//! One Open Badges 3.0 `OpenBadgeCredential`: one skill of one experience, vouched
//! for by a tutor or employer (the assessor, OB 3.0's `source`) and issued by the
//! programme. [`unsigned`] writes it; [`Claim::read`] reads back what a page shows.

use serde_json::{json, Value};

use super::contexts::{OB_V3, VC_V2};
use super::Issuer;
use crate::journal::Language;
use crate::t;

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

/// The credential, without its proof; what a person reads of it (its criteria,
/// description and evidence genre) in `lang`.
pub fn unsigned(issuer: &Issuer, s: &Statement, lang: Language) -> Value {
    // OB 3.0 profiles need an id: the assessor and their organisation are named
    // within this credential (`<credential id>#assessor`), not given an identity.
    let mut source =
        json!({ "id": format!("{}#assessor", s.id), "type": ["Profile"], "name": s.by });
    if let Some(role) = &s.role {
        source["description"] = json!(role);
    }
    if let Some(org) = &s.organisation {
        source["parentOrg"] = json!({
            "id": format!("{}#assessor-organisation", s.id),
            "type": ["Profile"],
            "name": org,
        });
    }
    let mut achievement = json!({
        "id": format!("{}/skills/{}/", issuer.base_url, s.skill),
        "type": ["Achievement"],
        "achievementType": "Competency",
        "humanCode": s.skill,
        "name": s.skill_label,
        "description": s.skill_description.clone().unwrap_or_else(|| s.skill_label.clone()),
        "criteria": {
            "narrative": t!(lang, "attest-badge-criteria", issuer = issuer.name.as_str())
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
        "genre": t!(lang, "attest-badge-genre"),
    });
    if let Some(quote) = &s.quote {
        evidence["narrative"] = json!(quote);
    }
    json!({
        "@context": [VC_V2, OB_V3],
        "id": s.id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": s.skill_label,
        "description": t!(
            lang,
            "attest-badge-description",
            issuer = issuer.name.as_str(),
            by = s.by.as_str(),
            learner = s.learner.as_str(),
            skill = s.skill_label.as_str()
        ),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::keys::IssuerKey;
    use crate::credentials::proof;

    fn issuer(key: &IssuerKey) -> Issuer {
        Issuer {
            name: "Mission locale Rhône Sud".into(),
            base_url: "https://carnets.example.org".into(),
            did: "did:web:carnets.example.org:issuer".into(),
            public_key: key.public(),
            previous_keys: Vec::new(),
        }
    }

    fn statement() -> Statement {
        Statement {
            id: "urn:uuid:2f0c4a8e-3b1d-4c6e-9a7f-1e2d3c4b5a69".into(),
            learner: "Inès".into(),
            skill: "rigueur".into(),
            skill_label: "Rigueur".into(),
            skill_description: None,
            skill_reference: Some("https://candidat.francetravail.fr/metierscope/".into()),
            by: "Julien".into(),
            role: Some("tuteur".into()),
            organisation: Some("Animalerie des Arches".into()),
            quote: Some("Toujours à l'heure.".into()),
            date: "2021-04-17".into(),
            experience_title: "Stage dans une animalerie".into(),
            content: "ni:///sha-256;W18Nlpd6gMv6VigGIguezhlzyZQeO7HAIKuch5SmP8M".into(),
            status_index: 42,
        }
    }

    #[test]
    fn an_issued_open_badge_verifies_and_reads_back() {
        let key = IssuerKey::generate().expect("key");
        let issuer = issuer(&key);
        let unsigned = unsigned(&issuer, &statement(), Language::Fr);
        let vm = issuer.verification_method(&issuer.public_key);
        let signed = proof::sign(&unsigned, &key, &vm, "2026-01-01T00:00:00Z").expect("sign");
        issuer.verify(&signed).expect("verifies");
        let claim = Claim::read(&signed).expect("claim");
        assert_eq!(claim.skill, "rigueur");
        assert_eq!(claim.by, "Julien");
        assert_eq!(claim.organisation.as_deref(), Some("Animalerie des Arches"));
        assert_eq!(claim.quote.as_deref(), Some("Toujours à l'heure."));
        assert_eq!(claim.date, "2021-04-17");
        assert_eq!(claim.status_index, Some(42));
        assert_eq!(claim.issuer, issuer.did);

        let mut changed = signed.clone();
        changed["credentialSubject"]["source"]["name"] = serde_json::json!("Juliette");
        assert!(
            issuer.verify(&changed).is_err(),
            "a changed assessor must fail"
        );
        let other = IssuerKey::generate().expect("key");
        let mut rotated = issuer.clone();
        rotated.public_key = other.public();
        assert!(rotated.verify(&signed).is_err(), "another key must fail");
        rotated.previous_keys = vec![key.public()];
        rotated
            .verify(&signed)
            .expect("a previous key still verifies what it signed");
    }
}
