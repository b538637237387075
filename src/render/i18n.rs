//! Interface strings and date formats, in French (default) and English.

use std::collections::BTreeMap;

use crate::journal::{Date, Language, Referent, Visibility};

/// All interface strings of one language, by key, for templates (`t.key`).
pub fn strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    let table: &[(&str, &str, &str)] = &[
        ("skip", "Aller au contenu", "Skip to content"),
        ("home", "Accueil", "Home"),
        ("learners", "Les carnets", "The logbooks"),
        ("latest", "Dernières expériences", "Latest experiences"),
        (
            "no_learner",
            "Aucun carnet n'est visible ici pour l'instant.",
            "No logbook is visible here yet.",
        ),
        (
            "no_experience",
            "Aucune expérience n'est visible ici pour l'instant.",
            "No experience is visible here yet.",
        ),
        ("portrait", "Portrait", "Portrait"),
        ("path", "Mon parcours", "My path"),
        ("skills", "Mes compétences", "My skills"),
        ("skills_shown", "Les compétences montrées", "Skills shown"),
        ("stories", "Mes récits", "My stories"),
        ("proofs_one", "preuve", "proof"),
        ("proofs_many", "preuves", "proofs"),
        ("proven_by", "Prouvée par", "Proven by"),
        ("photos", "Photos", "Photos"),
        ("photo", "photo", "photo"),
        ("photos_lower", "photos", "photos"),
        ("place", "Lieu", "Place"),
        ("date", "Date", "Date"),
        ("tags", "Mots-clés", "Tags"),
        ("skills_used", "Compétences mobilisées", "Skills used"),
        ("kind", "Type", "Kind"),
        (
            "back_portrait",
            "Retour au portrait",
            "Back to the portrait",
        ),
        ("story", "Récit", "Story"),
        ("in_story", "Dans ce récit", "In this story"),
        ("experiences", "expériences", "experiences"),
        ("experience", "expérience", "experience"),
        (
            "open_large",
            "Voir la photo en grand",
            "See the photo in full size",
        ),
        ("close", "Fermer", "Close"),
        ("previous", "Précédente", "Previous"),
        ("next", "Suivante", "Next"),
        (
            "who_can_see",
            "Qui peut voir ce site ?",
            "Who can see this site?",
        ),
        ("levels_title", "Qui peut voir quoi ?", "Who can see what?"),
        (
            "levels_link",
            "Comprendre les niveaux de partage",
            "Understand the sharing levels",
        ),
        ("made_with", "Fait avec carnet", "Made with carnet"),
        ("site_public", "Site public", "Public site"),
        ("site_community", "Site de la communauté", "Community site"),
        ("site_referent", "Site du suivi de", "Follow-up site of"),
        ("site_private", "Mon carnet privé", "My private logbook"),
        ("member_of", "Membre de", "Member of"),
        ("followed_by", "Accompagné·e par", "Followed by"),
        ("filter_all", "Toutes", "All"),
        ("filters", "Filtrer les expériences", "Filter experiences"),
        ("visibility", "Visibilité", "Visibility"),
        ("share", "Partager", "Share"),
        (
            "all_experiences",
            "Toutes les expériences",
            "All experiences",
        ),
        (
            "see_all",
            "Voir toutes les expériences",
            "See all experiences",
        ),
        ("filter_kind", "Type", "Kind"),
        ("filter_skill", "Compétence", "Skill"),
        ("filter_learner", "Personne", "Person"),
        ("shown", "expériences affichées", "experiences shown"),
        ("reset", "Tout afficher", "Show all"),
        (
            "resume",
            "Mon CV au format JSON Resume",
            "My CV as JSON Resume",
        ),
    ];
    table
        .iter()
        .map(|(k, fr, en)| (*k, if language == Language::Fr { *fr } else { *en }))
        .collect()
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people read it: « 31 mai 2021 à 14:06 », « 1er mars 2021 », "31 May 2021 at 14:06".
pub fn human_date(date: &Date, language: Language) -> String {
    let month = usize::from(date.month.clamp(1, 12) - 1);
    let day = match (language, date.day) {
        (Language::Fr, 1) => "1er".to_string(),
        (_, d) => d.to_string(),
    };
    let (months, at) = match language {
        Language::Fr => (MONTHS_FR, "à"),
        Language::En => (MONTHS_EN, "at"),
    };
    let mut text = format!("{day} {} {}", months[month], date.year);
    if let Some((h, m)) = date.time {
        text.push_str(&format!(" {at} {h:02}:{m:02}"));
    }
    text
}

/// The label of an experience kind (`stage` → « Stage »), or the kind as written.
pub fn kind_label(kind: &str, language: Language) -> String {
    let known: &[(&str, &str, &str)] = &[
        ("stage", "Stage", "Internship"),
        ("atelier", "Atelier", "Workshop"),
        ("visite", "Visite d'entreprise", "Company visit"),
        ("formation", "Formation", "Training"),
        ("emploi", "Emploi", "Job"),
        ("entretien", "Entretien", "Interview"),
        ("benevolat", "Bénévolat", "Volunteering"),
        ("forum", "Forum", "Fair"),
    ];
    match known.iter().find(|(k, _, _)| *k == kind) {
        Some((_, fr, en)) => if language == Language::Fr { fr } else { en }.to_string(),
        None => {
            let mut chars = kind.chars();
            chars
                .next()
                .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        }
    }
}

/// Who sees an item of visibility `vis`, in words a 16-year-old understands:
/// « Visible par toi seul », « Toi et ta conseillère Nelly », « Les membres du groupe
/// Garantie Jeunes », « Tout le monde sur internet ».
pub fn visibility_label(
    vis: Visibility,
    language: Language,
    referent: Option<&Referent>,
    groups: &[String],
) -> String {
    let groups = groups.join(", ");
    match (language, vis) {
        (Language::Fr, Visibility::Private) => "Visible par toi seul".into(),
        (Language::Fr, Visibility::Referent) => match referent {
            Some(Referent {
                name,
                role: Some(role),
                ..
            }) => format!("Toi et {} {role} {name}", french_possessive(role)),
            Some(Referent { name, .. }) => format!("Toi et {name}, qui t'accompagne"),
            None => "Toi et la personne qui t'accompagne".into(),
        },
        (Language::Fr, Visibility::Community) if !groups.is_empty() => {
            format!("Les membres du groupe {groups}")
        }
        (Language::Fr, Visibility::Community) => "Les membres de ton groupe".into(),
        (Language::Fr, Visibility::Public) => "Tout le monde sur internet".into(),
        (Language::En, Visibility::Private) => "Only you".into(),
        (Language::En, Visibility::Referent) => match referent {
            Some(Referent {
                name,
                role: Some(role),
                ..
            }) => format!("You and your {role} {name}"),
            Some(Referent { name, .. }) => format!("You and {name}, who follows you"),
            None => "You and your adviser".into(),
        },
        (Language::En, Visibility::Community) if !groups.is_empty() => {
            format!("Members of the group {groups}")
        }
        (Language::En, Visibility::Community) => "Members of your group".into(),
        (Language::En, Visibility::Public) => "Everyone on the internet".into(),
    }
}

/// « ta » or « ton » before a role noun: « ton » before a vowel or a mute h
/// (« ton éducatrice »), « ta » before a feminine-looking noun (« ta conseillère »),
/// « ton » otherwise (« ton conseiller »).
fn french_possessive(role: &str) -> &'static str {
    let first = role.chars().next().map(|c| {
        deunicode::deunicode_char(c)
            .unwrap_or("")
            .to_ascii_lowercase()
    });
    let vowel = first.is_some_and(|f| f.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h']));
    if vowel || !role.trim_end().ends_with('e') {
        "ton"
    } else {
        "ta"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_dates_read_naturally() {
        let d = Date {
            year: 2021,
            month: 5,
            day: 31,
            time: Some((14, 6)),
        };
        assert_eq!(human_date(&d, Language::Fr), "31 mai 2021 à 14:06");
        assert_eq!(human_date(&d, Language::En), "31 May 2021 at 14:06");
        let d = Date {
            year: 2021,
            month: 3,
            day: 1,
            time: None,
        };
        assert_eq!(human_date(&d, Language::Fr), "1er mars 2021");
    }

    #[test]
    fn referent_badge_reads_naturally() {
        let nelly = Referent {
            slug: "nelly".into(),
            name: "Nelly".into(),
            role: Some("conseillère".into()),
        };
        let label = visibility_label(Visibility::Referent, Language::Fr, Some(&nelly), &[]);
        assert_eq!(label, "Toi et ta conseillère Nelly");
        let paul = Referent {
            slug: "paul".into(),
            name: "Paul".into(),
            role: Some("éducateur".into()),
        };
        assert_eq!(
            visibility_label(Visibility::Referent, Language::Fr, Some(&paul), &[]),
            "Toi et ton éducateur Paul"
        );
        let groups = vec!["Garantie Jeunes".to_string()];
        assert_eq!(
            visibility_label(Visibility::Community, Language::Fr, None, &groups),
            "Les membres du groupe Garantie Jeunes"
        );
    }

    #[test]
    fn every_key_exists_in_both_languages() {
        assert_eq!(strings(Language::Fr).len(), strings(Language::En).len());
    }
}
