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

/// The three categories of the French frameworks, by id (as written in
/// `skills.toml`, accents dropped); their labels are the catalogue's
/// `skill-category-<id>`.
pub const CATEGORIES: [&str; 3] = ["savoir-etre", "savoir-faire", "savoir"];

/// The label of a category as written in `skills.toml`: a known one (accents
/// optional) by its label in `language`, any other as written.
pub fn category_label(written: &str, language: Language) -> String {
    // The only accent of the three ids: « ê » of « savoir-être ».
    let folded = written.trim().to_lowercase().replace('\u{ea}', "e");
    CATEGORIES
        .iter()
        .find(|id| **id == folded)
        .map(|id| crate::i18n::message(language, &format!("skill-category-{id}")))
        .unwrap_or_else(|| written.to_string())
}

/// The highest level a skill can be given in an experience (`level = 1..=4`).
pub const MAX_LEVEL: u8 = 4;

/// The 14 savoir-être professionnels, by id; their labels are the catalogue's
/// `skill-<id>`.
const BUILTIN: [&str; 14] = [
    "autonomie",
    "capacite-adaptation",
    "capacite-federer",
    "capacite-decision",
    "curiosite",
    "force-proposition",
    "gestion-stress",
    "perseverance",
    "prise-recul",
    "reactivite",
    "rigueur",
    "sens-communication",
    "sens-organisation",
    "travail-equipe",
];

/// The built-in framework, labelled in `language`.
pub fn builtin(language: Language) -> Vec<Skill> {
    let category = crate::t!(language, "skill-category-builtin");
    BUILTIN
        .iter()
        .map(|id| Skill {
            id: (*id).to_string(),
            label: crate::i18n::message(language, &format!("skill-{id}")),
            category: Some(category.clone()),
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
    fn every_builtin_skill_and_category_has_a_label_in_both_languages() {
        for language in [Language::Fr, Language::En] {
            for skill in builtin(language) {
                assert_ne!(skill.label, format!("skill-{}", skill.id));
            }
            for id in CATEGORIES {
                assert_ne!(category_label(id, language), id);
            }
        }
        assert_eq!(builtin(Language::Fr)[1].label, "Capacité d'adaptation");
        assert_eq!(builtin(Language::En)[13].label, "Teamwork");
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
