//! What carnet writes into the pages of the sites, in the journal's language: the
//! interface strings the templates read, dates, kind and visibility labels, levels,
//! counts and attestations. The words are the catalogues' (`i18n/*/carnet.ftl`,
//! section « Pages of the sites »): `page-…` messages are the templates' strings,
//! `site-…` messages are formatted here with the journal's words. Only the grammar
//! the catalogues cannot express stays here (which possessive a French role takes).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::i18n::{message, message_with, FluentValue};
use crate::journal::{Date, Language, Referent, Visibility};

/// The prefix of the messages the templates read.
const PAGE: &str = "page-";

/// Every interface string of one language, by the name templates use (`t.name`
/// for the message `page-name`, dashes read as underscores).
pub fn strings(language: Language) -> &'static BTreeMap<String, String> {
    static FR: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| table(Language::Fr));
    static EN: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| table(Language::En));
    match language {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

fn table(language: Language) -> BTreeMap<String, String> {
    crate::i18n::template_strings(PAGE, language)
}

/// A message written in HTML by carnet (`…-html`, or a `site-` message a template
/// prints as it is) with variables from a journal, which are escaped as a template
/// escapes them: the result can be printed with `| safe`.
pub fn html_message(language: Language, key: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, super::theme::escape_html(value).into()))
        .collect();
    message_with(language, key, &args)
}

/// A date as people read it: « 31 mai 2021 à 14:06 », « 1er mars 2021 », "31 May 2021 at 14:06".
pub fn human_date(date: &Date, language: Language) -> String {
    let month = message(language, &format!("site-month-{}", date.month.clamp(1, 12)));
    let day = message_with(
        language,
        "site-date",
        &[
            ("day", date.day.into()),
            ("month", month.into()),
            ("year", date.year.to_string().into()),
        ],
    );
    match date.time {
        Some((h, m)) => message_with(
            language,
            "site-date-time",
            &[
                ("date", day.into()),
                ("time", format!("{h:02}:{m:02}").into()),
            ],
        ),
        None => day,
    }
}

/// The kinds of experience the interface names (`site-kind-…` messages), which
/// the capture form also offers first.
pub const KINDS: [&str; 8] = [
    "stage",
    "atelier",
    "visite",
    "formation",
    "emploi",
    "entretien",
    "benevolat",
    "forum",
];

/// The label of an experience kind (`stage` → « Stage »), or the kind as written.
pub fn kind_label(kind: &str, language: Language) -> String {
    if KINDS.contains(&kind) {
        return message(language, &format!("site-kind-{kind}"));
    }
    let mut chars = kind.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
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
    match (vis, referent) {
        (Visibility::Private, _) => message(language, "site-visibility-private"),
        (Visibility::Referent, Some(r)) => {
            message_with(language, "site-visibility-referent", &referent_args(r))
        }
        (Visibility::Referent, None) => message(language, "site-visibility-referent-unknown"),
        (Visibility::Community, _) if !groups.is_empty() => message_with(
            language,
            "site-visibility-community",
            &[("groups", groups.join(", ").into())],
        ),
        (Visibility::Community, _) => message(language, "site-visibility-community-unknown"),
        (Visibility::Public, _) => message(language, "site-visibility-public"),
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
    match (vis, referent) {
        // Several groups are counted, not named: their names would wrap the badge
        // (the item's page names them in its full badge).
        (Visibility::Community, _) if groups.len() > 1 => message_with(
            language,
            "site-visibility-short-groups",
            &[("count", groups.len().into())],
        ),
        (Visibility::Community, _) if !groups.is_empty() => message_with(
            language,
            "site-visibility-short-group",
            &[("groups", groups.join(", ").into())],
        ),
        (Visibility::Referent, Some(r)) => message_with(
            language,
            "site-visibility-short-referent",
            &referent_args(r),
        ),
        _ => visibility_label(vis, language, referent, groups),
    }
}

/// The variables of the referent labels: the name, the role, and the role noun's
/// gender as French grammar needs it (see `site-visibility-referent`).
pub(crate) fn referent_args(r: &Referent) -> [(&'static str, FluentValue<'static>); 3] {
    let gender = match r.role.as_deref().map(french_possessive) {
        None => "none",
        Some(None) => "unknown",
        Some(Some(Possessive::Ta)) => "feminine",
        Some(Some(Possessive::Ton)) => "masculine",
    };
    [
        ("name", r.name.clone().into()),
        ("role", r.role.clone().unwrap_or_default().into()),
        ("gender", gender.into()),
    ]
}

/// The French possessive a role noun takes.
enum Possessive {
    Ta,
    Ton,
}

/// « ta » or « ton » before a role noun, or `None` when the noun does not say
/// whether it is masculine or feminine (« maître d'apprentissage »,
/// « psychologue »): the badge then reads « Toi et Nelly, maître d'apprentissage ».
/// « ton » before a vowel or a mute h, for both (« ton éducatrice »); « ta » before
/// a feminine noun (« ta conseillère », « ta tutrice »); « ton » before a masculine
/// one (« ton conseiller », « ton tuteur »).
fn french_possessive(role: &str) -> Option<Possessive> {
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
        return Some(Possessive::Ton);
    }
    const FEMININE: &str =
        // i18n-exempt: endings of French nouns, matched against a role, never shown
        "trice euse ère ante ente ienne enne onne esse ette elle ine ée effe aine oise";
    // i18n-exempt: French nouns matched against a role, never shown
    const EPICENE: &str = "capitaine mécène domaine";
    let feminine = FEMININE.split(' ').any(|end| word.ends_with(end));
    if feminine && !EPICENE.split(' ').any(|noun| noun == word) {
        Some(Possessive::Ta)
    } else if word.ends_with('e') {
        None
    } else {
        Some(Possessive::Ton)
    }
}

/// Every text the interface may print around a journal's own words, in both
/// languages: the `page-` strings, month names, dates, kind and visibility labels,
/// levels, counts, attestations and banners. The leak check never takes these
/// words for a hidden item's.
pub fn vocabulary() -> Vec<String> {
    let referent = |role: Option<&str>| Referent {
        slug: String::new(),
        span: 0..0,
        name: String::new(),
        role: role.map(str::to_string),
        protect: false,
        professional: None,
    };
    let referents = [
        None,
        Some(referent(None)),
        Some(referent(Some("tutrice"))),
        Some(referent(Some("tuteur"))),
        Some(referent(Some("psychologue"))),
    ];
    let mut words = Vec::new();
    for language in [Language::Fr, Language::En] {
        words.extend(strings(language).values().cloned());
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
            words.push(kind_label(kind, language));
        }
        for vis in Visibility::ALL {
            for referent in &referents {
                for groups in [&[][..], &["x".into()], &["x".into(), "y".into()]] {
                    words.push(visibility_label(vis, language, referent.as_ref(), groups));
                    words.push(visibility_short_label(
                        vis,
                        language,
                        referent.as_ref(),
                        groups,
                    ));
                }
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
        // Every `site-` message, its variables empty: the sentences of the
        // visibility page and the accessibility statement, the banners, the
        // attestations (the calls above give the words of the others' variants).
        let anything: Vec<(&str, FluentValue<'_>)> = SITE_VARIABLES
            .iter()
            .map(|name| (*name, FluentValue::from("")))
            .collect();
        for key in crate::i18n::keys_with_prefix("site-") {
            words.push(message_with(language, &key, &anything));
        }
    }
    words
}

/// The variables of the `site-` messages, for [`vocabulary`].
const SITE_VARIABLES: [&str; 25] = [
    "reader",
    "issuer",
    "skill",
    "name",
    "detail",
    "role",
    "organisation",
    "gender",
    "count",
    "level",
    "day",
    "month",
    "year",
    "date",
    "time",
    "groups",
    "facet",
    "value",
    "url",
    "title",
    "status",
    "audited",
    "iso",
    "rate",
    "auditor",
];

/// A skill level in words: « niveau 3 sur 4 », followed by its meaning
/// (« : je fais seul·e ») when `meaning`.
pub fn level(n: u8, language: Language, meaning: bool) -> String {
    let key = match (meaning, n) {
        (true, 1..=4) => "site-level-meaning",
        _ => "site-level",
    };
    message_with(language, key, &[("level", n.into())])
}

/// « dont 2 attestées » for `n` attested proofs, empty for none.
pub fn attested_count(n: usize, language: Language) -> String {
    match n {
        0 => String::new(),
        n => message_with(language, "site-attested-count", &[("count", n.into())]),
    }
}

/// The banner that says who may read a site (« Site du groupe Garantie Jeunes :
/// visible par ses membres »): `which` is `public`, `community`, `referent` or
/// `private`.
pub fn banner(which: &str, reader: &str, language: Language) -> String {
    message_with(
        language,
        &format!("site-banner-{which}"),
        &[("reader", reader.to_string().into())],
    )
}

/// « vérifié (signé par Mission locale) ».
pub fn verified_by(issuer: &str, language: Language) -> String {
    message_with(
        language,
        "site-verified-by",
        &[("issuer", issuer.to_string().into())],
    )
}

/// « l'attestation signée (Accueillir un client) ».
pub fn verify_what(skill: &str, language: Language) -> String {
    message_with(
        language,
        "site-verify-what",
        &[("skill", skill.to_string().into())],
    )
}

/// The note under a portrait's signed attestations, naming their issuer.
pub fn badges_note(issuer: &str, language: Language) -> String {
    message_with(
        language,
        "site-badges-note",
        &[("issuer", issuer.to_string().into())],
    )
}

/// The title of a facet's page: « Compétence : Accueillir un client ».
pub fn facet_title(facet: &str, value: &str, language: Language) -> String {
    message_with(
        language,
        "site-facet-title",
        &[
            ("facet", facet.to_string().into()),
            ("value", value.to_string().into()),
        ],
    )
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
    let name = ("name", FluentValue::from(name.to_string()));
    let text = match (role, organisation) {
        (Some(role), Some(org)) => message_with(
            language,
            "site-attested-by-role-at",
            &[
                name,
                ("role", role.clone().into()),
                ("organisation", org.clone().into()),
            ],
        ),
        (Some(only), None) | (None, Some(only)) => message_with(
            language,
            "site-attested-by-detail",
            &[name, ("detail", only.clone().into())],
        ),
        (None, None) => message_with(language, "site-attested-by", &[name]),
    };
    if !capital {
        return text;
    }
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A count and its noun, with the language's plural rule: in French 0 and 1 take
/// the singular (« 0 expérience », « 1 preuve », « 2 preuves »), in English only 1
/// does. `what` is `experience` or `proof`.
pub fn count(n: usize, what: &str, language: Language) -> String {
    let key = match what {
        "proof" => "site-count-proofs",
        _ => "site-count-experiences",
    };
    message_with(language, key, &[("count", n.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_page_messages_give_a_template_the_same_name() {
        assert_eq!(
            strings(Language::Fr).len(),
            crate::i18n::keys_with_prefix(PAGE).len()
        );
    }

    #[test]
    fn the_vocabulary_gives_every_site_message_all_its_variables() {
        let words = vocabulary();
        let unfilled: Vec<_> = words.iter().filter(|w| w.contains("{$")).collect();
        assert!(unfilled.is_empty(), "{unfilled:?}");
        assert!(words.iter().any(|w| w.contains("aucun audit de conformit")));
        assert!(words
            .iter()
            .any(|w| w.contains("of this group share with it")));
    }

    #[test]
    fn a_journals_words_in_an_html_message_are_escaped_and_ours_are_not() {
        let html = html_message(
            Language::Fr,
            "site-a11y-schema",
            &[("url", "https://x.fr/\"><script>alert(1)</script>")],
        );
        assert!(html.starts_with("Elle publie son <a href=\"https://x.fr/&quot;&gt;&lt;script&gt;"));
        assert!(!html.contains("<script>"), "{html}");
    }

    #[test]
    fn levels_attestations_and_banners_read_naturally() {
        assert_eq!(
            level(3, Language::Fr, true),
            "niveau 3 sur 4 : je fais seul·e"
        );
        assert_eq!(level(3, Language::En, true), "level 3 of 4: on my own");
        assert_eq!(level(2, Language::Fr, false), "niveau 2 sur 4");
        assert_eq!(attested_count(0, Language::Fr), "");
        assert_eq!(attested_count(1, Language::Fr), "dont 1 attestée");
        assert_eq!(attested_count(3, Language::Fr), "dont 3 attestées");
        assert_eq!(attested_count(1, Language::En), "1 of them attested");
        let org = Some("Boulangerie Martin".to_string());
        let role = Some("tutrice".to_string());
        assert_eq!(
            attester(
                "Mme Durand",
                role.as_ref(),
                org.as_ref(),
                Language::Fr,
                true
            ),
            "Attesté par Mme Durand, tutrice chez Boulangerie Martin"
        );
        assert_eq!(
            attester("Mme Durand", None, org.as_ref(), Language::Fr, false),
            "attesté par Mme Durand, Boulangerie Martin"
        );
        assert_eq!(
            banner("referent", "Nelly", Language::Fr),
            "Site du suivi — Nelly : visible par Nelly seulement"
        );
        assert_eq!(kind_label("visite", Language::Fr), "Visite d'entreprise");
        assert_eq!(kind_label("chantier", Language::Fr), "Chantier");
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
