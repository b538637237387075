//! The skills framework: `skills.toml`, or the built-in French « savoir-être
//! professionnels » of job offers.

use super::Language;

/// A skill a learner can prove with experiences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skill {
    /// Stable ascii id used in front matter.
    pub id: String,
    /// Display label, in the sites' language.
    pub label: String,
    /// Optional category, for grouping: one of [`CATEGORIES`] shown by its label, or
    /// the journal's own word.
    pub category: Option<String>,
    /// What the skill means, in one or two sentences.
    pub description: Option<String>,
    /// A public reference for the skill (a ROME or ESCO URI), `http(s)://` only.
    pub reference: Option<String>,
}

/// The three categories of the French frameworks: (id as written, French label,
/// English label).
pub const CATEGORIES: [(&str, &str, &str); 3] = [
    ("savoir-être", "Savoir-être", "Soft skills"),
    ("savoir-faire", "Savoir-faire", "Know-how"),
    ("savoir", "Savoirs", "Knowledge"),
];

/// The label of a category as written in `skills.toml`: a known one (accents
/// optional) by its label in `language`, any other as written.
pub fn category_label(written: &str, language: Language) -> String {
    let folded = written.trim().to_lowercase().replace('ê', "e");
    CATEGORIES
        .iter()
        .find(|(id, _, _)| id.replace('ê', "e") == folded)
        .map(|(_, fr, en)| language.pick(fr, en).to_string())
        .unwrap_or_else(|| written.to_string())
}

/// The highest level a skill can be given in an experience (`level = 1..=4`).
pub const MAX_LEVEL: u8 = 4;

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
            description: None,
            reference: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_categories_are_labelled_with_or_without_accents() {
        assert_eq!(category_label("savoir-etre", Language::Fr), "Savoir-être");
        assert_eq!(category_label("Savoir-faire", Language::En), "Know-how");
        assert_eq!(category_label("savoir", Language::Fr), "Savoirs");
        assert_eq!(category_label("Numérique", Language::Fr), "Numérique");
    }

    #[test]
    fn builtin_has_fourteen_ascii_ids() {
        let skills = builtin(Language::Fr);
        assert_eq!(skills.len(), 14);
        assert!(skills
            .iter()
            .all(|s| s.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
    }
}
