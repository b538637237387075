//! What the public site gives to other tools: canonical URLs, Open Graph and
//! Twitter cards, plain share links, schema.org JSON-LD and a JSON Resume of each
//! portrait. Everything is made from the audience view only; absolute URLs exist
//! only when `carnet.toml` has a `base_url` (and only on the public site).

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde_json::{json, Value};

use super::context::ShareLink;
use super::markdown;
use crate::audience::{ExperienceView, LearnerView};

/// Every key and fixed value of the JSON this module writes (JSON-LD, JSON
/// Resume) and of its share links: interface text, never a journal's own words
/// (the leak check reads it; a unit test keeps it complete).
pub const VOCABULARY: &[&str] = &[
    "@context",
    "@type",
    "https://schema.org",
    "Person",
    "name",
    "description",
    "knowsAbout",
    "DefinedTerm",
    "termCode",
    "inDefinedTermSet",
    "jobTitle",
    "memberOf",
    "Organization",
    "url",
    "image",
    "$schema",
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics",
    "label",
    "summary",
    "work",
    "position",
    "startDate",
    "highlights",
    "education",
    "institution",
    "area",
    "projects",
    "keywords",
    "skills",
    "meta",
    "certificates",
    "issuer",
    "date",
    "hasCredential",
    "EducationalOccupationalCredential",
    "credentialCategory",
    "Open Badges 3.0",
    "recognizedBy",
    "competencyRequired",
    "version",
    "v1.0.0",
    "generator",
    "carnet",
    "E-mail",
    "LinkedIn",
    "Facebook",
    "WhatsApp",
    "mailto:?subject=&body=",
    "https://www.linkedin.com/sharing/share-offsite/?url=",
    "https://www.facebook.com/sharer/sharer.php?u=",
    "https://wa.me/?text=",
];

/// The absolute URL of the page at `path` (`ines/index.html` → `BASE/ines/`).
pub fn canonical(base_url: &str, path: &str) -> String {
    let dir = path.strip_suffix("index.html").unwrap_or(path);
    format!("{base_url}/{dir}")
}

/// Plain share links for `url` (no script, no request until the reader clicks).
pub fn links(title: &str, url: &str) -> Vec<ShareLink> {
    let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
    vec![
        ShareLink {
            name: "E-mail",
            url: format!("mailto:?subject={}&body={}", enc(title), enc(url)),
        },
        ShareLink {
            name: "LinkedIn",
            url: format!(
                "https://www.linkedin.com/sharing/share-offsite/?url={}",
                enc(url)
            ),
        },
        ShareLink {
            name: "Facebook",
            url: format!("https://www.facebook.com/sharer/sharer.php?u={}", enc(url)),
        },
        ShareLink {
            name: "WhatsApp",
            url: format!("https://wa.me/?text={}", enc(&format!("{title} {url}"))),
        },
    ]
}

/// JSON text safe inside a `<script>` element (`<` escaped, so `</script>` in
/// learner text cannot end it).
pub fn script_json(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// schema.org `Person` for a portrait; skills as `DefinedTerm`s.
pub fn person(
    learner: &LearnerView,
    url: Option<&str>,
    image: Option<&str>,
    skill_set: &str,
) -> Value {
    let mut person = json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": learner.name,
        "description": markdown::summary(&learner.bio, 300),
        "knowsAbout": learner.skills.iter().map(|s| json!({
            "@type": "DefinedTerm",
            "name": s.skill.label,
            "termCode": s.skill.id,
            "inDefinedTermSet": s.skill.category.clone().unwrap_or_else(|| skill_set.to_string()),
        })).collect::<Vec<_>>(),
    });
    let credentials: Vec<Value> = verified(learner)
        .map(|(_, badge, label)| {
            let mut c = json!({
                "@type": "EducationalOccupationalCredential",
                "name": label,
                "credentialCategory": "Open Badges 3.0",
                "competencyRequired": label,
                "recognizedBy": { "@type": "Organization", "name": badge.claim.issuer_name },
            });
            if let (Some(url), Some(_)) = (url, &badge.published) {
                c["url"] = json!(format!("{url}badges/{}.json", badge.id));
            }
            c
        })
        .collect();
    if !credentials.is_empty() {
        person["hasCredential"] = json!(credentials);
    }
    if !learner.headline.is_empty() {
        person["jobTitle"] = json!(learner.headline);
    }
    if !learner.groups.is_empty() {
        person["memberOf"] = learner
            .groups
            .iter()
            .map(|g| json!({ "@type": "Organization", "name": g.name }))
            .collect();
    }
    if let Some(url) = url {
        person["url"] = json!(url);
    }
    if let Some(image) = image {
        person["image"] = json!(image);
    }
    person
}

/// The portrait as a [JSON Resume](https://jsonresume.org/schema) document: work for
/// internships and jobs, education for training days, projects for the rest.
pub fn resume(learner: &LearnerView, url: Option<&str>, image: Option<&str>) -> Value {
    let mut work = Vec::new();
    let mut education = Vec::new();
    let mut projects = Vec::new();
    for e in &learner.experiences {
        let summary = markdown::summary(&e.body, 400);
        let date = e.date.iso_date();
        match e.kind.as_deref() {
            Some("stage" | "emploi") => work.push(json!({
                "name": e.place.clone().unwrap_or_default(),
                "position": e.title,
                "startDate": date,
                "summary": summary,
                "highlights": skills_of(e),
            })),
            Some("formation") => education.push(json!({
                "institution": e.place.clone().unwrap_or_default(),
                "area": e.title,
                "startDate": date,
            })),
            _ => projects.push(json!({
                "name": e.title,
                "startDate": date,
                "description": summary,
                "keywords": e.tags,
            })),
        }
    }
    let mut basics = json!({
        "name": learner.name,
        "label": learner.headline,
        "summary": markdown::summary(&learner.bio, 600),
    });
    if let Some(url) = url {
        basics["url"] = json!(url);
    }
    if let Some(image) = image {
        basics["image"] = json!(image);
    }
    json!({
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": basics,
        "work": work,
        "education": education,
        "projects": projects,
        "skills": learner.skills.iter().map(|s| json!({
            "name": s.skill.label,
            "keywords": s.experiences.iter()
                .filter_map(|slug| learner.experiences.iter().find(|e| &e.slug == slug))
                .map(|e| e.title.clone())
                .collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "certificates": verified(learner).map(|(e, badge, label)| {
            let mut c = json!({
                "name": format!("{label} ({})", e.title),
                "date": badge.claim.date,
                "issuer": badge.claim.issuer_name,
            });
            if let (Some(url), Some(_)) = (url, &badge.published) {
                c["url"] = json!(format!("{url}badges/{}.json", badge.id));
            }
            c
        }).collect::<Vec<_>>(),
        "meta": { "version": "v1.0.0", "generator": "carnet" },
    })
}

/// The learner's signed attestations that verified, with their experience and the
/// skill's label: the only skills the portrait's data calls attested.
fn verified(
    learner: &LearnerView,
) -> impl Iterator<Item = (&ExperienceView, &crate::audience::BadgeView, String)> {
    learner.experiences.iter().flat_map(|e| {
        e.badges.iter().filter(|b| b.verified).map(move |b| {
            let label = e
                .skills
                .iter()
                .find(|s| s.id == b.claim.skill)
                .map_or(b.claim.skill.clone(), |s| s.label.clone());
            (e, b, label)
        })
    })
}

fn skills_of(e: &ExperienceView) -> Vec<String> {
    e.skills.iter().map(|s| s.label.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_urls_are_directory_urls() {
        assert_eq!(
            canonical("https://x.org", "ines/index.html"),
            "https://x.org/ines/"
        );
        assert_eq!(canonical("https://x.org", "index.html"), "https://x.org/");
    }

    #[test]
    fn share_links_are_encoded() {
        let l = links("Mon portrait", "https://x.org/ines/");
        assert_eq!(
            l[1].url,
            "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fx%2Eorg%2Fines%2F"
        );
        assert!(l[0].url.starts_with("mailto:?subject=Mon%20portrait&body="));
    }

    /// Every key of the JSON-LD and JSON Resume of the example journal's
    /// portraits is in [`VOCABULARY`], so the leak check knows it for interface text.
    #[test]
    fn the_vocabulary_has_every_key_written() {
        fn keys(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(map) => {
                    for (k, v) in map {
                        out.push(k.clone());
                        keys(v, out);
                    }
                }
                Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
                _ => {}
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-journal");
        let (journal, _) = crate::journal::load(&root);
        let journal = journal.expect("the example journal loads");
        let view = crate::audience::view(&journal, &crate::audience::Audience::Public);
        let mut found = Vec::new();
        for learner in view.learners() {
            keys(&person(learner, Some("u"), Some("i"), "s"), &mut found);
            keys(&resume(learner, Some("u"), Some("i")), &mut found);
        }
        assert!(found.len() > 30, "{found:?}");
        for key in found {
            assert!(VOCABULARY.contains(&key.as_str()), "`{key}` is missing");
        }
        for value in ["Person", "DefinedTerm", "https://schema.org", "v1.0.0"] {
            assert!(VOCABULARY.contains(&value));
        }
    }

    #[test]
    fn script_json_cannot_close_the_script() {
        let v = json!({ "name": "</script><script>alert(1)</script>" });
        assert!(!script_json(&v).contains("</script"));
    }
}
