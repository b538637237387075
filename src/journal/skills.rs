//! The skills framework: `skills.toml`, or the built-in French « savoir-être
//! professionnels » of job offers.

use serde::Deserialize;

use super::Language;

/// A skill a learner can prove with experiences.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Stable ascii id used in front matter.
    pub id: String,
    /// Display label.
    pub label: String,
    /// Optional category, for grouping.
    #[serde(default)]
    pub category: Option<String>,
}

/// The 14 savoir-être professionnels: (id, French label, English label).
const BUILTIN: [(&str, &str, &str); 14] = [
    ("autonomie", "Autonomie", "Autonomy"),
    (
        "capacite-adaptation",
        "Capacité d'adaptation",
        "Adaptability",
    ),
    (
        "capacite-federer",
        "Capacité à fédérer",
        "Bringing people together",
    ),
    (
        "capacite-decision",
        "Capacité de décision",
        "Decision-making",
    ),
    ("curiosite", "Curiosité", "Curiosity"),
    ("force-proposition", "Force de proposition", "Initiative"),
    ("gestion-stress", "Gestion du stress", "Stress management"),
    ("perseverance", "Persévérance", "Perseverance"),
    ("prise-recul", "Prise de recul", "Perspective"),
    ("reactivite", "Réactivité", "Responsiveness"),
    ("rigueur", "Rigueur", "Rigour"),
    (
        "sens-communication",
        "Sens de la communication",
        "Communication",
    ),
    (
        "sens-organisation",
        "Sens de l'organisation",
        "Organisation",
    ),
    ("travail-equipe", "Travail en équipe", "Teamwork"),
];

/// The built-in framework, labelled in `language`.
pub fn builtin(language: Language) -> Vec<Skill> {
    let category = match language {
        Language::Fr => "Savoir-être professionnels",
        Language::En => "Soft skills",
    };
    BUILTIN
        .iter()
        .map(|(id, fr, en)| Skill {
            id: (*id).to_string(),
            label: match language {
                Language::Fr => fr,
                Language::En => en,
            }
            .to_string(),
            category: Some(category.to_string()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_fourteen_ascii_ids() {
        let skills = builtin(Language::Fr);
        assert_eq!(skills.len(), 14);
        assert!(skills
            .iter()
            .all(|s| s.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
    }
}
