//! The preview's own HTML: the switcher bar and error panel injected into served
//! pages, and the pages only the preview has (the capture form, the explanation of
//! a hidden page, messages). Tera templates embedded in the binary, with HTML
//! escaping on; strings in French first, English when the journal is in English.
//!
//! Nothing here is ever written into a built site.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::{Context, Tera};

use crate::journal::Language;

const TEMPLATES: [(&str, &str); 7] = [
    ("layout.html", include_str!("templates/layout.html")),
    ("head.html", include_str!("templates/head.html")),
    ("bar.html", include_str!("templates/bar.html")),
    ("overlay.html", include_str!("templates/overlay.html")),
    ("explain.html", include_str!("templates/explain.html")),
    ("message.html", include_str!("templates/message.html")),
    ("form.html", include_str!("templates/form.html")),
];

/// The preview's stylesheet.
pub const CSS: &str = include_str!("assets/serve.css");
/// The preview's script (live reload, form help).
pub const JS: &str = include_str!("assets/serve.js");

/// The preview's templates, parsed once.
pub struct Pages {
    tera: Tera,
}

impl std::fmt::Debug for Pages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pages")
    }
}

impl Pages {
    /// Parses the embedded templates.
    pub fn new() -> Result<Pages, tera::Error> {
        let mut tera = Tera::default();
        tera.add_raw_templates(TEMPLATES)?;
        tera.autoescape_on(vec![".html"]);
        Ok(Pages { tera })
    }

    /// Renders template `name` with `context` (serialized) and the strings of
    /// `language` as `t`. An error (a bug of these templates) is a message with
    /// its causes, never a panic.
    pub fn render(
        &self,
        name: &str,
        language: Language,
        context: &impl Serialize,
    ) -> Result<String, PageError> {
        let mut ctx =
            Context::from_serialize(context).map_err(|e| PageError::Context(e.to_string()))?;
        ctx.insert("t", &strings(language));
        ctx.insert("lang", language.code());
        self.tera.render(name, &ctx).map_err(|e| {
            let mut message = format!("carnet serve: template {name}: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                message.push_str(&format!(": {s}"));
                source = s.source();
            }
            PageError::Template(message)
        })
    }

    /// [`Pages::render`] for a piece of a page: an error shows in its place.
    pub fn piece(&self, name: &str, language: Language, context: &impl Serialize) -> String {
        self.render(name, language, context)
            .unwrap_or_else(|e| format!("<p>{}</p>", tera::escape_html(&e.to_string())))
    }
}

/// Why a page of the preview could not be made (a bug of its templates): the
/// message names the template and Tera's causes.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// The page's data could not be given to the template.
    #[error("{0}")]
    Context(String),
    /// The template failed (« carnet serve: template form.html: … »).
    #[error("{0}")]
    Template(String),
    /// The task making the page failed (it panicked or was cancelled).
    #[error("{0}")]
    Task(String),
}

/// All strings of the preview's HTML in one language, by key (`t.key`).
pub fn strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    let table: &[(&str, &str, &str)] = &[
        ("bar_region", "Aperçu de carnet", "carnet preview"),
        (
            "seen_as",
            "Tu vois ton carnet comme le voit :",
            "You see your logbook as seen by:",
        ),
        ("switch", "Voir", "Show"),
        ("group_public", "Tout le monde", "Everyone"),
        ("group_community", "Les groupes", "Groups"),
        ("group_referent", "L'accompagnement", "Advisers"),
        ("group_private", "Les carnets privés", "Private logbooks"),
        ("new_experience", "Nouvelle expérience", "New experience"),
        (
            "edit_experience",
            "Modifier cette expérience",
            "Edit this experience",
        ),
        (
            "preview_note",
            "Aperçu sur cet ordinateur : rien n'est publié.",
            "Preview on this computer: nothing is published.",
        ),
        ("saved", "C'est enregistré.", "Saved."),
        (
            "error_kept",
            "La page affichée est la dernière version sans erreur. Corrige le fichier et enregistre : la page se met à jour toute seule.",
            "This page is the last version without errors. Fix the file and save: the page updates by itself.",
        ),
        ("line", "ligne", "line"),
        ("column", "colonne", "column"),
        ("help", "Conseil :", "Hint:"),
        ("back", "Revenir à la page d'avant", "Back to the previous page"),
        (
            "levels",
            "Comprendre qui peut voir quoi",
            "Understand who can see what",
        ),
        (
            "form_intro",
            "Raconte ce que tu as vécu : une photo, quelques mots, les compétences que tu as montrées. Tu choisis qui peut la voir.",
            "Tell what you did: a photo, a few words, the skills you showed. You choose who can see it.",
        ),
        (
            "edit_intro",
            "Change ce que tu veux : le reste du fichier (photos, commentaires) ne bouge pas.",
            "Change what you want: the rest of the file (photos, comments) stays as it is.",
        ),
        (
            "form_not_saved",
            "Rien n'a été enregistré.",
            "Nothing was saved.",
        ),
        ("form_for", "Dans le carnet de", "In the logbook of"),
        (
            "form_other_learner",
            "choisir un autre carnet",
            "choose another logbook",
        ),
        ("photos", "Tes photos", "Your photos"),
        (
            "photos_hint",
            "Une photo de ce que tu as fait, vu ou fabriqué (JPEG, PNG ou WebP). Elle reste dans ton carnet ; les sites n'en montrent qu'une copie sans ses données cachées (lieu, appareil).",
            "A photo of what you did, saw or made (JPEG, PNG or WebP). It stays in your logbook; the sites only show a copy without its hidden data (place, camera).",
        ),
        (
            "more_photos",
            "Ajouter d'autres photos",
            "Add more photos",
        ),
        ("photo", "Photo", "Photo"),
        (
            "alt",
            "Décris cette photo",
            "Describe this photo",
        ),
        (
            "alt_hint",
            "En quelques mots, pour qui ne peut pas la voir : « Un chat tigré sur le comptoir ».",
            "In a few words, for people who cannot see it: \"A tabby cat on the counter\".",
        ),
        ("title", "Titre", "Title"),
        (
            "title_hint",
            "Par exemple : Stage dans une boulangerie.",
            "For example: Internship in a bakery.",
        ),
        ("date", "Date", "Date"),
        (
            "date_hint",
            "Laisse vide pour prendre la date de la photo, ou celle d'aujourd'hui.",
            "Leave empty to take the photo's date, or today's.",
        ),
        (
            "date_hint_js",
            "Aujourd'hui, ou la date de la photo quand elle la connaît.",
            "Today, or the photo's date when it knows it.",
        ),
        (
            "date_from_photo",
            "Date lue dans la photo. Tu peux la changer.",
            "Date read from the photo. You can change it.",
        ),
        (
            "date_hint_edit",
            "Le jour de l'expérience.",
            "The day of the experience.",
        ),
        ("place", "Lieu", "Place"),
        (
            "place_hint",
            "L'entreprise, la ville : « Boulangerie Martin, Givors ».",
            "The company, the town: \"Martin's bakery, Givors\".",
        ),
        ("kind", "Type d'expérience", "Kind of experience"),
        ("kind_none", "— Choisir —", "— Choose —"),
        ("tags", "Mots-clés", "Tags"),
        (
            "tags_hint",
            "Sépare-les par des virgules : cuisine, équipe.",
            "Separate them with commas: kitchen, team.",
        ),
        ("body", "Raconte", "Tell"),
        (
            "body_hint",
            "Ce que tu as fait, ce que tu as appris, ce qui t'a plu.",
            "What you did, what you learned, what you liked.",
        ),
        (
            "skills",
            "Les compétences que tu as montrées",
            "The skills you showed",
        ),
        (
            "who",
            "Qui peut voir cette expérience ?",
            "Who can see this experience?",
        ),
    ];
    table
        .iter()
        .map(|(k, fr, en)| (*k, if language == Language::Fr { *fr } else { *en }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_escapes() {
        let pages = Pages::new().expect("templates parse");
        #[derive(Serialize)]
        struct Ctx {
            title: &'static str,
            head: &'static str,
            top: &'static str,
            heading: &'static str,
            lines: Vec<&'static str>,
            links: Vec<()>,
        }
        let html = pages
            .render(
                "message.html",
                Language::Fr,
                &Ctx {
                    title: "t",
                    head: "",
                    top: "",
                    heading: "<script>alert(1)</script>",
                    lines: vec!["a & b"],
                    links: vec![],
                },
            )
            .expect("renders");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("a &amp; b"), "{html}");
        assert!(html.contains("<html lang=\"fr\">"), "{html}");
    }
}
