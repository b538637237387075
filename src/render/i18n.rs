//! Interface strings and date formats, in French (default) and English.

use std::collections::BTreeMap;

use crate::journal::{Date, Language, Referent, Visibility};

/// Every interface string: (key, French, English).
const TABLE: &[(&str, &str, &str)] = &[
    ("skip", "Aller au contenu", "Skip to content"),
    ("home", "Accueil", "Home"),
    ("learners", "Les carnets", "The logbooks"),
    ("learners_one", "Le carnet", "The logbook"),
    ("learners_own", "Mon carnet", "My logbook"),
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
    ("declared", "déclaré par moi", "declared by me"),
    ("talents_title", "Talents", "Talents"),
    ("pros_title", "Les professionnels", "The professionals"),
    (
        "pros_intro",
        "Les conseillers, formateurs et tuteurs qui accompagnent les jeunes, et ce qu'ils partagent : ateliers, retours, offres d'immersion.",
        "The advisers, trainers and tutors who support the young people, and what they share: workshops, feedback, immersion offers.",
    ),
    ("pro_label", "Professionnel", "Professional"),
    ("pro_posts", "Les publications des professionnels", "The professionals' posts"),
    ("pro_post_label", "Post d'un professionnel", "A professional's post"),
    ("no_post", "Aucun post n'est visible ici pour l'instant.", "No post is visible here yet."),
    ("home_pros", "Du côté des professionnels", "From the professionals"),
    ("see_pros", "Toutes les publications des professionnels", "All the professionals' posts"),
    ("atom_link", "Flux Atom", "Atom feed"),
    (
        "talents_intro",
        "Les compétences que les jeunes prouvent par leurs expériences : pour chacune, qui la prouve, et par quoi. Les preuves attestées par un tuteur ou un employeur viennent en premier.",
        "The skills the young people prove with their experiences: for each, who proves it, and with what. Proofs attested by a tutor or an employer come first.",
    ),
    ("talents_link", "Trouver des talents par compétence", "Find talents by skill"),
    ("talents_empty", "Aucune compétence n'est prouvée ici pour l'instant.", "No skill is proven here yet."),
    ("talents_reference", "Référence", "Reference"),
    ("talents_experiences", "Voir ces expériences", "See these experiences"),
    ("attested_by", "attesté par", "attested by"),
    ("attested_by_cap", "Attesté par", "Attested by"),
    ("attested_at", "chez", "at"),
    ("attested_on", "le", "on"),
    ("attested_one", "dont 1 attestée", "1 of them attested"),
    ("attested_many", "dont {n} attestées", "{n} of them attested"),
    ("attested", "attestée", "attested"),
    ("attestation", "Attestation", "Attestation"),
    ("verified_by", "vérifié (signé par {issuer})", "verified (signed by {issuer})"),
    ("declared_words", "déclaré, non vérifié", "declared, not verified"),
    (
        "renew",
        "attestation à renouveler : l'expérience a changé depuis",
        "attestation to renew: the experience changed since",
    ),
    ("verify", "Vérifier", "Verify"),
    ("verify_what", "l'attestation signée ({skill})", "the signed attestation ({skill})"),
    (
        "badges_note",
        "« Vérifier » ouvre une attestation signée par {issuer} au format Open Badges 3.0, qu'un employeur peut faire contrôler par n'importe quel vérificateur Open Badges. Elle prouve que {issuer} se porte garante de ce qu'un tuteur ou un employeur a constaté pendant l'expérience ; elle ne prouve pas que la compétence est maîtrisée.",
        "« Verify » opens an attestation signed by {issuer} in the Open Badges 3.0 format, which an employer can check with any Open Badges verifier. It proves that {issuer} vouches for what a tutor or employer saw during the experience; it does not prove that the skill is mastered.",
    ),
    ("level_of", "niveau {n} sur 4", "level {n} of 4"),
    ("level_1", "je découvre", "discovering"),
    ("level_2", "je fais avec de l'aide", "with help"),
    ("level_3", "je fais seul·e", "on my own"),
    ("level_4", "je peux l'apprendre à d'autres", "I can teach it"),
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
    (
        "a11y_title",
        "Déclaration d'accessibilité",
        "Accessibility statement",
    ),
    (
        "a11y_none",
        "Accessibilité : non conforme",
        "Accessibility: not compliant",
    ),
    (
        "a11y_partial",
        "Accessibilité : partiellement conforme",
        "Accessibility: partially compliant",
    ),
    (
        "a11y_full",
        "Accessibilité : totalement conforme",
        "Accessibility: fully compliant",
    ),
    (
        "banner_public",
        "Site public : visible par tout le monde sur internet",
        "Public site: anyone on the internet may read it",
    ),
    (
        "banner_community",
        "Site du groupe {reader} : visible par ses membres",
        "Site of the group {reader}: visible to its members",
    ),
    (
        "banner_referent",
        "Site du suivi — {reader} : visible par {reader} seulement",
        "Follow-up site — {reader}: visible to {reader} only",
    ),
    (
        "banner_private",
        "Ton carnet privé — {reader} : visible par toi seul",
        "Your private logbook — {reader}: visible to you only",
    ),
    ("member_of", "Membre de", "Member of"),
    ("followed_by", "Accompagné·e par", "Followed by"),
    // « Toutes » agrees with the feminine labels (Personne, Compétence), « Tous »
    // with the masculine ones (Groupe, Mot-clé, Type).
    ("filter_all", "Toutes", "All"),
    ("filter_all_m", "Tous", "All"),
    ("filter_from_any", "Le début", "The start"),
    ("filter_to_any", "Aujourd'hui", "Today"),
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
    ("filter_tag", "Mot-clé", "Tag"),
    ("filter_group", "Groupe", "Group"),
    ("filter_from", "Depuis", "From"),
    ("filter_to", "Jusqu'à", "Until"),
    ("search", "Rechercher", "Search"),
    (
        "search_hint",
        "Un mot, sans souci des accents",
        "A word, accents optional",
    ),
    ("browse", "Parcourir sans filtre", "Browse"),
    (
        "facet_feed",
        "Filtrer parmi toutes les expériences",
        "Filter among all experiences",
    ),
    ("shown", "expériences affichées", "experiences shown"),
    ("reset", "Tout afficher", "Show all"),
    (
        "resume",
        "Mon CV au format JSON Resume",
        "My CV as JSON Resume",
    ),
];

/// All interface strings of one language, by key, for templates (`t.key`).
pub fn strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    TABLE
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

/// The kinds of experience the interface names: (keyword, French, English).
const KINDS: [(&str, &str, &str); 8] = [
    ("stage", "Stage", "Internship"),
    ("atelier", "Atelier", "Workshop"),
    ("visite", "Visite d'entreprise", "Company visit"),
    ("formation", "Formation", "Training"),
    ("emploi", "Emploi", "Job"),
    ("entretien", "Entretien", "Interview"),
    ("benevolat", "Bénévolat", "Volunteering"),
    ("forum", "Forum", "Fair"),
];

/// The label of an experience kind (`stage` → « Stage »), or the kind as written.
pub fn kind_label(kind: &str, language: Language) -> String {
    match KINDS.iter().find(|(k, _, _)| *k == kind) {
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
            }) => match french_possessive(role) {
                Some(possessive) => format!("Toi et {possessive} {role} {name}"),
                None => format!("Toi et {name}, {role}"),
            },
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

/// [`visibility_label`], short enough for a badge on a card: « Groupe Garantie
/// Jeunes » for « Les membres du groupe Garantie Jeunes », « Toi et Nelly » for
/// « Toi et Nelly, maître d'apprentissage »; the other labels are short already.
pub fn visibility_short_label(
    vis: Visibility,
    language: Language,
    referent: Option<&Referent>,
    groups: &[String],
) -> String {
    // Several groups are counted, not named: their names would wrap the badge (the
    // item's page names them in its full badge).
    let several = groups.len() > 1;
    match (language, vis, referent) {
        (Language::Fr, Visibility::Community, _) if several => {
            format!("{} groupes", groups.len())
        }
        (Language::En, Visibility::Community, _) if several => {
            format!("{} groups", groups.len())
        }
        (Language::Fr, Visibility::Community, _) if !groups.is_empty() => {
            format!("Groupe {}", groups.join(", "))
        }
        (Language::En, Visibility::Community, _) if !groups.is_empty() => {
            format!("Group {}", groups.join(", "))
        }
        (Language::Fr, Visibility::Referent, Some(r))
            if r.role
                .as_deref()
                .is_none_or(|role| french_possessive(role).is_none()) =>
        {
            format!("Toi et {}", r.name)
        }
        (Language::En, Visibility::Referent, Some(r)) => format!("You and {}", r.name),
        _ => visibility_label(vis, language, referent, groups),
    }
}

/// « ta » or « ton » before a role noun, or `None` when the noun does not say
/// whether it is masculine or feminine (« maître d'apprentissage »,
/// « psychologue »): the badge then reads « Toi et Nelly, maître d'apprentissage ».
/// « ton » before a vowel or a mute h, for both (« ton éducatrice »); « ta » before
/// a feminine noun (« ta conseillère », « ta tutrice »); « ton » before a masculine
/// one (« ton conseiller », « ton tuteur »).
fn french_possessive(role: &str) -> Option<&'static str> {
    let word = role
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’' || c == '-')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let first = word.chars().next().map(|c| {
        deunicode::deunicode_char(c)
            .unwrap_or("")
            .to_ascii_lowercase()
    });
    if first.is_some_and(|f| f.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h'])) {
        return Some("ton");
    }
    const FEMININE: [&str; 16] = [
        "trice", "euse", "ère", "ante", "ente", "ienne", "enne", "onne", "esse", "ette", "elle",
        "ine", "ée", "effe", "aine", "oise",
    ];
    const EPICENE: [&str; 3] = ["capitaine", "mécène", "domaine"];
    if FEMININE.iter().any(|end| word.ends_with(end)) && !EPICENE.contains(&word.as_str()) {
        Some("ta")
    } else if word.ends_with('e') {
        None
    } else {
        Some("ton")
    }
}

/// Every text the interface may print around a journal's own words, in both
/// languages: the strings of the table, month names, dates, kind and visibility
/// labels, counts. The leak check never takes these words for a hidden item's.
pub fn vocabulary() -> Vec<String> {
    let mut words = Vec::new();
    let referents = [
        None,
        Some(Referent {
            slug: String::new(),
            span: 0..0,
            name: String::new(),
            role: None,
            protect: false,
            professional: None,
        }),
        Some(Referent {
            slug: String::new(),
            span: 0..0,
            name: String::new(),
            role: Some("conseillère".into()),
            protect: false,
            professional: None,
        }),
        Some(Referent {
            slug: String::new(),
            span: 0..0,
            name: String::new(),
            role: Some("psychologue".into()),
            protect: false,
            professional: None,
        }),
    ];
    for language in [Language::Fr, Language::En] {
        words.extend(strings(language).values().map(|s| (*s).to_string()));
        for month in 1..=12 {
            let date = Date {
                year: 2000,
                month,
                day: 1,
                time: Some((12, 0)),
            };
            words.push(human_date(&date, language));
        }
        for kind in KINDS {
            words.push(kind_label(kind.0, language));
        }
        for vis in Visibility::ALL {
            for referent in &referents {
                words.push(visibility_label(vis, language, referent.as_ref(), &[]));
                words.push(visibility_label(
                    vis,
                    language,
                    referent.as_ref(),
                    &["x".into()],
                ));
                words.push(visibility_short_label(
                    vis,
                    language,
                    referent.as_ref(),
                    &["x".into(), "y".into()],
                ));
            }
        }
        for n in [0, 1, 2] {
            words.push(count(n, "experience", language));
            words.push(count(n, "proof", language));
            words.push(attested_count(n, language));
        }
        for n in 1..=4 {
            words.push(level(n, language, true));
        }
    }
    words
}

/// A skill level in words: « niveau 3 sur 4 », followed by its meaning
/// (« : je fais seul·e ») when `meaning`.
pub fn level(n: u8, language: Language, meaning: bool) -> String {
    let t = strings(language);
    let text = t["level_of"].replace("{n}", &n.to_string());
    match (meaning, n) {
        (true, 1..=4) => format!("{text} : {}", t[LEVELS[usize::from(n) - 1]])
            .replace(" : ", language.pick(" : ", ": ")),
        _ => text,
    }
}

const LEVELS: [&str; 4] = ["level_1", "level_2", "level_3", "level_4"];

/// « dont 2 attestées » for `n` attested proofs, empty for none.
pub fn attested_count(n: usize, language: Language) -> String {
    let t = strings(language);
    match n {
        0 => String::new(),
        1 => t["attested_one"].to_string(),
        n => t["attested_many"].replace("{n}", &n.to_string()),
    }
}

/// Who vouches: « attesté par Mme Durand, tutrice chez Boulangerie Martin »
/// (capitalised when `capital`).
pub fn attested_by(a: &crate::journal::Attestation, language: Language, capital: bool) -> String {
    attester(
        &a.name,
        a.role.as_ref(),
        a.organisation.as_ref(),
        language,
        capital,
    )
}

/// « attesté par Julien, tuteur chez Animalerie des Arches » from a signed claim.
pub fn claimed_by(c: &crate::credentials::Claim, language: Language, capital: bool) -> String {
    attester(
        &c.by,
        c.role.as_ref(),
        c.organisation.as_ref(),
        language,
        capital,
    )
}

/// « attesté par NAME, ROLE chez ORGANISATION ».
fn attester(
    name: &str,
    role: Option<&String>,
    organisation: Option<&String>,
    language: Language,
    capital: bool,
) -> String {
    let t = strings(language);
    let a = (name, role, organisation);
    let mut text = format!(
        "{} {}",
        t[if capital {
            "attested_by_cap"
        } else {
            "attested_by"
        }],
        a.0
    );
    match (a.1, a.2) {
        (Some(role), Some(org)) => text.push_str(&format!(", {role} {} {org}", t["attested_at"])),
        (Some(only), None) | (None, Some(only)) => text.push_str(&format!(", {only}")),
        (None, None) => {}
    }
    text
}

/// A count and its noun, with the language's plural rule: in French 0 and 1 take
/// the singular (« 0 expérience », « 1 preuve », « 2 preuves »), in English only 1
/// does. `what` is `experience` or `proof`.
pub fn count(n: usize, what: &str, language: Language) -> String {
    let (fr_one, fr_many, en_one, en_many) = match what {
        "proof" => ("preuve", "preuves", "proof", "proofs"),
        _ => ("expérience", "expériences", "experience", "experiences"),
    };
    let noun = match language {
        Language::Fr if n <= 1 => fr_one,
        Language::Fr => fr_many,
        Language::En if n == 1 => en_one,
        Language::En => en_many,
    };
    format!("{n} {noun}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_interface_string_is_defined_twice() {
        assert_eq!(strings(Language::Fr).len(), TABLE.len());
    }

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

    fn referent(role: &str) -> Referent {
        Referent {
            slug: "nelly".into(),
            span: 0..0,
            name: "Nelly".into(),
            role: Some(role.into()),
            protect: false,
            professional: None,
        }
    }

    #[test]
    fn referent_badge_reads_naturally() {
        for (role, badge) in [
            ("conseillère", "Toi et ta conseillère Nelly"),
            ("conseiller", "Toi et ton conseiller Nelly"),
            ("éducateur", "Toi et ton éducateur Nelly"),
            ("éducatrice", "Toi et ton éducatrice Nelly"),
            ("tutrice", "Toi et ta tutrice Nelly"),
            ("tuteur", "Toi et ton tuteur Nelly"),
            ("référente", "Toi et ta référente Nelly"),
            ("cheffe d'équipe", "Toi et ta cheffe d'équipe Nelly"),
            (
                "maître d'apprentissage",
                "Toi et Nelly, maître d'apprentissage",
            ),
            ("psychologue", "Toi et Nelly, psychologue"),
            ("formateur", "Toi et ton formateur Nelly"),
        ] {
            let label = visibility_label(
                Visibility::Referent,
                Language::Fr,
                Some(&referent(role)),
                &[],
            );
            assert_eq!(label, badge, "{role}");
        }
        let groups = vec!["Garantie Jeunes".to_string()];
        assert_eq!(
            visibility_label(Visibility::Community, Language::Fr, None, &groups),
            "Les membres du groupe Garantie Jeunes"
        );
    }

    #[test]
    fn card_badges_are_short() {
        let one = vec!["Garantie Jeunes".to_string()];
        let two = vec!["Garantie Jeunes".to_string(), "Atelier".to_string()];
        let short =
            |vis, lang, r: Option<&Referent>, g: &[String]| visibility_short_label(vis, lang, r, g);
        assert_eq!(
            short(Visibility::Community, Language::Fr, None, &one),
            "Groupe Garantie Jeunes"
        );
        assert_eq!(
            short(Visibility::Community, Language::Fr, None, &two),
            "2 groupes"
        );
        assert_eq!(
            short(Visibility::Community, Language::En, None, &one),
            "Group Garantie Jeunes"
        );
        assert_eq!(
            short(Visibility::Community, Language::Fr, None, &[]),
            "Les membres de ton groupe"
        );
        assert_eq!(
            short(
                Visibility::Referent,
                Language::Fr,
                Some(&referent("conseillère")),
                &[]
            ),
            "Toi et ta conseillère Nelly"
        );
        assert_eq!(
            short(
                Visibility::Referent,
                Language::Fr,
                Some(&referent("psychologue")),
                &[]
            ),
            "Toi et Nelly"
        );
        assert_eq!(
            short(Visibility::Public, Language::Fr, None, &one),
            "Tout le monde sur internet"
        );
        assert_eq!(
            short(Visibility::Private, Language::En, None, &[]),
            "Only you"
        );
    }

    #[test]
    fn counts_follow_each_languages_plural_rule() {
        assert_eq!(count(0, "experience", Language::Fr), "0 expérience");
        assert_eq!(count(1, "proof", Language::Fr), "1 preuve");
        assert_eq!(count(2, "proof", Language::Fr), "2 preuves");
        assert_eq!(count(0, "experience", Language::En), "0 experiences");
        assert_eq!(count(1, "experience", Language::En), "1 experience");
    }

    /// Every `t.key` a template of the default theme uses is a key of the table, in
    /// both languages, with some text (a missing key fails a build).
    #[test]
    fn every_key_the_templates_use_exists() {
        let fr = strings(Language::Fr);
        let en = strings(Language::En);
        let mut used = std::collections::BTreeSet::new();
        for (name, text) in crate::render::theme::default_templates() {
            let mut rest = text;
            while let Some(i) = rest.find("t.") {
                let before = rest[..i].chars().last();
                rest = &rest[i + 2..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let key: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !key.is_empty() {
                    used.insert((name, key));
                }
            }
        }
        assert!(used.len() > 20, "{used:?}");
        for (template, key) in used {
            for (lang, table) in [("fr", &fr), ("en", &en)] {
                let text = table.get(key.as_str());
                assert!(
                    text.is_some_and(|t| !t.trim().is_empty()),
                    "{template} uses t.{key}, which has no {lang} text"
                );
            }
        }
    }
}
