//! The routes of the capture form: a new experience (`/_carnet/new`), an edit of
//! one (`/_carnet/edit`), and the date a photo was taken (`/_carnet/photo-date`).
//! Every write checks the `Origin` first and the session's CSRF token before it
//! reads any upload, goes through [`crate::author`], then waits for the build that
//! shows it.

use std::path::PathBuf;
use std::time::Duration;

use axum::extract::{Multipart, Query, State};
use axum::http::header::{self, HeaderMap};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use serde::{Deserialize, Serialize};

use super::{
    html, inject, language, message, new_url, plain, refuse_cross_origin, App, Link, Session,
    Shared,
};
use crate::author;
use crate::journal::slug::slugify;
use crate::journal::Language;
use crate::serve::form::{self, FormError, FormInfo, LearnerChoice, Submission, Values};
use crate::serve::inject::BarState;
use crate::serve::links::Viewer;
use crate::serve::pages;
use crate::serve::security;
use crate::serve::Notice;

/// How long the form waits for the build that shows a new experience.
const BUILD_WAIT: Duration = Duration::from_secs(120);
/// How long the form waits for the watcher to start a build after a write.
const WATCHER_WAIT: Duration = Duration::from_millis(1500);

#[derive(Deserialize)]
pub(super) struct FormQuery {
    learner: Option<String>,
}

#[derive(Serialize)]
struct KindCtx {
    key: String,
    label: String,
}

#[derive(Serialize)]
struct SkillCtx {
    id: String,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct SkillGroupCtx {
    category: Option<String>,
    skills: Vec<SkillCtx>,
}

#[derive(Serialize)]
struct FormCtx<'a> {
    title: String,
    head: String,
    top: String,
    heading: String,
    action: String,
    csrf: String,
    learner: &'a LearnerChoice,
    learners_count: usize,
    folder: Option<String>,
    version: Option<String>,
    values: &'a Values,
    today: String,
    kinds: Vec<KindCtx>,
    skill_groups: Vec<SkillGroupCtx>,
    visibility: Vec<form::Choice>,
    slots: Vec<usize>,
    error: Option<String>,
    submit: String,
}

/// Whether `viewer` may write into the logbook of `learner` (a folder name or
/// slug, as a form or a query names it): the owner any, a learner only their own,
/// a referent none.
fn may_write(viewer: &Viewer, learner: &str) -> bool {
    match viewer {
        Viewer::Owner => true,
        Viewer::Learner(me) => slugify(learner) == *me,
        Viewer::Referent(_) => false,
    }
}

/// The refusal of a write into someone else's logbook: nothing was written.
fn not_yours(app: &App) -> Response {
    let fr = language(app) == Language::Fr;
    message(
        app,
        StatusCode::FORBIDDEN,
        None,
        if fr {
            "Tu ne peux écrire que dans ton carnet".into()
        } else {
            "You can only write in your own logbook".into()
        },
        vec![if fr {
            "Ce formulaire visait le carnet de quelqu'un d'autre : rien n'a été écrit. Pour ajouter une expérience à ton carnet, utilise « Nouvelle expérience » en haut de la page.".into()
        } else {
            "This form was aimed at someone else's logbook: nothing was written. To add an experience to your logbook, use « New experience » at the top of the page.".into()
        }],
        vec![Link {
            url: "/_carnet/new".into(),
            label: if fr {
                "Nouvelle expérience".into()
            } else {
                "New experience".into()
            },
        }],
    )
}

/// The answer to a form whose security token is wrong (an old form after the
/// links were renewed, or another session): in plain words, with what to do.
fn stale_form(app: &App) -> Response {
    let fr = language(app) == Language::Fr;
    message(
        app,
        StatusCode::FORBIDDEN,
        None,
        if fr {
            "Le formulaire a expiré".into()
        } else {
            "The form has expired".into()
        },
        vec![if fr {
            "Rien n'a été enregistré. Reviens en arrière avec le bouton « Précédent » de ton navigateur : ton texte y est encore. Copie-le, recharge le formulaire, colle-le et enregistre à nouveau.".into()
        } else {
            "Nothing was saved. Go back with your browser's Back button: your text is still there. Copy it, reload the form, paste it and save again.".into()
        }],
        vec![Link {
            url: "/_carnet/new".into(),
            label: if fr {
                "Recharger le formulaire".into()
            } else {
                "Reload the form".into()
            },
        }],
    )
}

pub(super) async fn new_form(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    Extension(viewer): Extension<Viewer>,
    Query(q): Query<FormQuery>,
) -> Response {
    // Through a learner's link, the learner is the link's, whatever the address says.
    let learner = match &viewer {
        Viewer::Learner(me) => Some(me.clone()),
        _ => q.learner,
    };
    form_page(
        &app,
        &session,
        learner.as_deref(),
        &Values::default(),
        None,
        None,
    )
}

/// An experience being edited: its folder and the hash of its file when opened.
struct Editing {
    folder: String,
    version: String,
}

/// The form for `learner` (a folder name or slug), filled with `values`, with
/// `error` above it; or the list of learners to choose from.
fn form_page(
    app: &App,
    session: &Session,
    learner: Option<&str>,
    values: &Values,
    error: Option<String>,
    editing: Option<Editing>,
) -> Response {
    let root = app.live.root.clone();
    let (info, journal) = match form::info(&root) {
        Ok(x) => x,
        Err(reason) => {
            let fr = language(app) == Language::Fr;
            return message(
                app,
                StatusCode::SERVICE_UNAVAILABLE,
                None,
                if fr {
                    "Le formulaire attend que le carnet se lise".into()
                } else {
                    "The form waits for the logbook to be readable".into()
                },
                vec![reason],
                Vec::new(),
            );
        }
    };
    let fr = info.language == Language::Fr;
    let chosen = match (learner, info.learners.as_slice()) {
        (Some(l), all) => all.iter().find(|c| c.folder == l || c.slug == slugify(l)),
        (None, [only]) => Some(only),
        (None, _) => None,
    };
    let viewer = super::viewer();
    let Some(chosen) = chosen.filter(|c| may_write(&viewer, &c.slug)) else {
        if viewer != Viewer::Owner {
            return not_yours(app);
        }
        return chooser(app, &info);
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let snapshot = app.live.snapshot();
    let current = snapshot
        .audiences
        .by_dir(&format!("private/{}", chosen.slug));
    let bar = BarState {
        current,
        page: "",
        new_url: new_url(current),
        edit_url: None,
        saved: None,
    };
    let skills = &values.skills;
    let heading = match (fr, editing.is_some()) {
        (true, false) => "Nouvelle expérience",
        (true, true) => "Modifier l'expérience",
        (false, false) => "New experience",
        (false, true) => "Edit the experience",
    };
    let ctx = FormCtx {
        title: heading.into(),
        head: inject::head(&app.pages, &app.live.version(None), None),
        top: super::top(app, &bar),
        heading: heading.into(),
        action: if editing.is_some() {
            "/_carnet/edit".to_string()
        } else {
            format!("/_carnet/new?learner={}", chosen.slug)
        },
        csrf: app.secrets.csrf(&session.0),
        learner: chosen,
        // Through a link, the form names no other learner.
        learners_count: if viewer == Viewer::Owner {
            info.learners.len()
        } else {
            1
        },
        folder: editing.as_ref().map(|e| e.folder.clone()),
        version: editing.as_ref().map(|e| e.version.clone()),
        values,
        today: author::today().iso_date(),
        kinds: info
            .kinds
            .iter()
            .map(|(key, label)| KindCtx {
                key: key.clone(),
                label: label.clone(),
            })
            .collect(),
        skill_groups: info
            .skills
            .iter()
            .map(|(category, list)| SkillGroupCtx {
                category: category.clone(),
                skills: list
                    .iter()
                    .map(|(id, label)| SkillCtx {
                        id: id.clone(),
                        label: label.clone(),
                        checked: skills.contains(id),
                    })
                    .collect(),
            })
            .collect(),
        visibility: form::visibilities(
            &journal,
            &chosen.folder,
            form::visibility_of(&values.visibility),
        ),
        slots: (1..=form::PHOTO_SLOTS).collect(),
        error,
        submit: match (fr, editing.is_some()) {
            (true, false) => "Enregistrer l'expérience".into(),
            (true, true) => "Enregistrer les changements".into(),
            (false, false) => "Save the experience".into(),
            (false, true) => "Save the changes".into(),
        },
    };
    html(status, app.pages.render("form.html", info.language, &ctx))
}

/// Which learner's logbook a new experience goes into.
fn chooser(app: &App, info: &FormInfo) -> Response {
    let fr = info.language == Language::Fr;
    let links = info
        .learners
        .iter()
        .map(|l| Link {
            url: format!("/_carnet/new?learner={}", l.slug),
            label: l.name.clone(),
        })
        .collect::<Vec<_>>();
    let line = match (fr, links.is_empty()) {
        (true, false) => "Choisis le carnet où l'écrire :",
        (true, true) => "Le journal n'a encore aucun carnet : crée d'abord un dossier learners/<prénom>/ avec un profile.md.",
        (false, false) => "Choose the logbook to write it in:",
        (false, true) => "The journal has no logbook yet: first make a folder learners/<name>/ with a profile.md.",
    };
    message(
        app,
        StatusCode::OK,
        None,
        if fr {
            "Nouvelle expérience".into()
        } else {
            "New experience".into()
        },
        vec![line.into()],
        links,
    )
}

pub(super) async fn create(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    Extension(viewer): Extension<Viewer>,
    Query(q): Query<FormQuery>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    if let Some(refused) = refuse_cross_origin(&headers) {
        return refused;
    }
    if q.learner.as_deref().is_some_and(|l| !may_write(&viewer, l)) {
        return not_yours(&app);
    }
    let submission = match form::read(multipart, &app.secrets, &session.0).await {
        Ok(s) => s,
        Err(FormError::Csrf) => return stale_form(&app),
        Err(e) => {
            return form_page(
                &app,
                &session,
                q.learner.as_deref(),
                &Values::default(),
                Some(form_message(&e, language(&app))),
                None,
            )
        }
    };
    let Submission {
        learner,
        values,
        draft,
        ..
    } = submission;
    // The learner comes from the link: a form naming another is refused whole.
    if !may_write(&viewer, &learner) {
        return not_yours(&app);
    }
    let root = app.live.root.clone();
    let who = learner.clone();
    // The learner's own site, where the new page is, is rendered first.
    let site = own_site(&learner);
    let _watching = app.live.watch(&site);
    let wanted = app.live.next_build();
    let written =
        tokio::task::spawn_blocking(move || author::create_experience(&root, &who, &draft)).await;
    let created = match written {
        Ok(Ok(created)) => created,
        Ok(Err(e)) => {
            let values = match e {
                author::AuthorError::ForbiddenCharacter { .. } => values.cleaned(),
                _ => values,
            };
            return form_page(
                &app,
                &session,
                Some(&learner),
                &values,
                Some(author_message(&e, language(&app))),
                None,
            );
        }
        Err(_) => {
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the write was interrupted; nothing was overwritten",
            )
        }
    };
    (app.notify)(Notice::Wrote {
        dir: created.dir.clone(),
    });
    wait_for_build(&app, wanted, &site).await;
    Redirect::to(&page_of(&app.live.root, &created.dir)).into_response()
}

/// The folder of `learner`'s own (private) site.
fn own_site(learner: &str) -> String {
    format!("private/{}", slugify(learner))
}

/// Waits until a build numbered `wanted` or more (a build that started after a
/// write) has shown the site in folder `site`, or has ended. The watcher sets one
/// off; ask for one only if it does not, so that one write gives one build, and
/// one reload of the pages open.
async fn wait_for_build(app: &App, wanted: u64, site: &str) {
    let asked = tokio::time::Instant::now();
    while app.live.started() < wanted {
        if asked.elapsed() > WATCHER_WAIT {
            app.live.request_build();
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = tokio::time::timeout(BUILD_WAIT, app.live.wait_for(wanted, site)).await;
}

#[derive(Deserialize)]
pub(super) struct EditQuery {
    learner: String,
    experience: String,
}

pub(super) async fn edit_form(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    Extension(viewer): Extension<Viewer>,
    Query(q): Query<EditQuery>,
) -> Response {
    if !may_write(&viewer, &q.learner) {
        return not_yours(&app);
    }
    let root = app.live.root.clone();
    match author::open_experience(&root, &q.learner, &q.experience) {
        Ok(opened) => form_page(
            &app,
            &session,
            Some(&opened.learner),
            &Values::of(&opened.fields),
            None,
            Some(Editing {
                folder: opened.folder,
                version: opened.version,
            }),
        ),
        Err(e) => message(
            &app,
            StatusCode::NOT_FOUND,
            None,
            if language(&app) == Language::Fr {
                "Cette expérience ne peut pas être modifiée ici".into()
            } else {
                "This experience cannot be edited here".into()
            },
            vec![edit_message(&e, language(&app))],
            Vec::new(),
        ),
    }
}

pub(super) async fn save_edit(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    Extension(viewer): Extension<Viewer>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    if let Some(refused) = refuse_cross_origin(&headers) {
        return refused;
    }
    let submission = match form::read(multipart, &app.secrets, &session.0).await {
        Ok(s) => s,
        Err(FormError::Csrf) => return stale_form(&app),
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                form_message(&e, language(&app)),
            )
                .into_response()
        }
    };
    let Some(folder) = submission.folder.clone() else {
        return plain(StatusCode::BAD_REQUEST, "no experience named");
    };
    // The learner's own folder, and one experience folder of it by name.
    let plain_name = !folder.contains(['/', '\\']) && folder != ".." && folder != ".";
    if !may_write(&viewer, &submission.learner) || (viewer != Viewer::Owner && !plain_name) {
        return not_yours(&app);
    }
    let fields = submission.fields();
    let root = app.live.root.clone();
    let (learner, version) = (submission.learner.clone(), submission.version.clone());
    let site = own_site(&learner);
    let _watching = app.live.watch(&site);
    let wanted = app.live.next_build();
    let target = folder.clone();
    let written = tokio::task::spawn_blocking(move || {
        author::edit_experience(&root, &learner, &target, &version, &fields)
    })
    .await;
    let index = match written {
        Ok(Ok(index)) => index,
        Ok(Err(e)) => {
            let values = match e {
                author::EditError::Author(author::AuthorError::ForbiddenCharacter { .. }) => {
                    submission.values.cleaned()
                }
                _ => submission.values.clone(),
            };
            return form_page(
                &app,
                &session,
                Some(&submission.learner),
                &values,
                Some(edit_message(&e, language(&app))),
                Some(Editing {
                    folder,
                    version: submission.version,
                }),
            );
        }
        Err(_) => {
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the write was interrupted; the file is as it was",
            )
        }
    };
    let dir = index
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    (app.notify)(Notice::Wrote { dir: dir.clone() });
    wait_for_build(&app, wanted, &site).await;
    Redirect::to(&page_of(&app.live.root, &dir)).into_response()
}

/// The preview URL of a new experience folder `dir` (in the learner's own site),
/// with the folder to confirm.
fn page_of(root: &std::path::Path, dir: &std::path::Path) -> String {
    let rel: PathBuf = dir.strip_prefix(root).unwrap_or(dir).to_path_buf();
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let (learner, folder) = match parts.as_slice() {
        [_, learner, _, folder] => (slugify(learner), folder.clone()),
        _ => return "/".into(),
    };
    let saved: String =
        percent_encoding::utf8_percent_encode(&parts.join("/"), percent_encoding::NON_ALPHANUMERIC)
            .to_string();
    format!(
        "/private/{learner}/{learner}/experiences/{}/?saved={saved}",
        slugify(&folder)
    )
}

/// Why a form could not be read, in plain words.
fn form_message(e: &FormError, language: Language) -> String {
    match (e, language) {
        (FormError::TooLarge(name, mb), Language::Fr) => format!(
            "« {name} » est trop lourde (au plus {mb} Mo). Choisis une photo plus petite, ou réduis-la avant de l'envoyer."
        ),
        (FormError::BadDate(d), Language::Fr) => {
            format!("« {d} » n'est pas une date : choisis un jour dans le calendrier.")
        }
        (FormError::Malformed(_), Language::Fr) => {
            "Le formulaire est arrivé incomplet. Réessaie.".into()
        }
        (other, _) => other.to_string(),
    }
}

/// An authoring error in plain words.
fn author_message(e: &author::AuthorError, language: Language) -> String {
    use author::AuthorError as A;
    let fr = language == Language::Fr;
    match (e, fr) {
        (A::NoTitle, true) => "Donne un titre à ton expérience.".into(),
        (A::NoTitle, false) => "Give your experience a title.".into(),
        (A::NotAPhoto { name }, true) => {
            format!("« {name} » n'est pas une photo JPEG, PNG ou WebP. Choisis une autre image.")
        }
        (A::NotAPhoto { name }, false) => {
            format!("\"{name}\" is not a JPEG, PNG or WebP photo. Choose another image.")
        }
        (A::BadPhoto { name, reason }, true) => format!(
            "« {name} » : {reason}. Choisis une autre photo, ou envoie-la à nouveau."
        ),
        (A::BadPhoto { name, reason }, false) => format!(
            "\"{name}\": {reason}. Choose another photo, or send it again."
        ),
        (A::ForbiddenCharacter { field, character }, fr) => {
            let lang = language;
            let (field, what) = (
                author::field_name(field, lang),
                author::character_kind(*character, lang),
            );
            let code = u32::from(*character);
            if fr {
                format!("{} contenait {what} (U+{code:04X}), souvent venu d'un copier-coller. Il a été retiré : vérifie le texte, puis enregistre à nouveau.", capitalised(&field))
            } else {
                format!("{} held {what} (U+{code:04X}), often from a copy and paste. It was removed: check the text, then save again.", capitalised(&field))
            }
        }
        (A::TextTooLong { .. }, true) => {
            "Le texte est trop long pour un seul fichier (plus de 1 Mio) : coupe-le en plusieurs expériences.".into()
        }
        (A::TextTooLong { .. }, false) => {
            "The text is too long for one file (over 1 MiB): split it into several experiences.".into()
        }
        (A::BadDate(d), true) => {
            format!("« {d} » n'est pas une date : choisis un jour dans le calendrier.")
        }
        (A::OutsideJournal(_), true) => "Ce carnet est un lien qui mène hors du dossier du journal : rien n'a été écrit. Demande à la personne qui gère le journal de le remettre dans le dossier.".into(),
        (A::OutsideJournal(_), false) => "This logbook is a link that leads out of the journal's folder: nothing was written. Ask whoever keeps the journal to move it back in.".into(),
        (other, _) => other.to_string(),
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An error changing an experience, in plain words.
fn edit_message(e: &author::EditError, language: Language) -> String {
    use author::EditError as E;
    match (e, language == Language::Fr) {
        (E::Author(a), _) => author_message(a, language),
        (E::ChangedMeanwhile { .. }, true) => "Le fichier de cette expérience a changé depuis que tu as ouvert le formulaire (dans un éditeur ?). Rien n'a été écrit : recharge le formulaire pour repartir de la nouvelle version.".into(),
        (E::ChangedMeanwhile { .. }, false) => "This experience's file changed since you opened the form (in an editor?). Nothing was written: reload the form to start from the new version.".into(),
        (E::OutsideJournal { .. }, true) => "Cette expérience est un lien qui mène hors du dossier du journal : elle ne peut pas être modifiée ici, et rien n'a été écrit.".into(),
        (E::OutsideJournal { .. }, false) => "This experience is a link that leads out of the journal's folder: it cannot be edited here, and nothing was written.".into(),
        (other, _) => other.to_string(),
    }
}

#[derive(Serialize)]
struct PhotoDate {
    date: Option<String>,
    message: Option<&'static str>,
}

/// The date a photo was taken (its first bytes are enough), for the form's date.
pub(super) async fn photo_date(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    if let Some(refused) = refuse_cross_origin(&headers) {
        return refused;
    }
    let mut csrf_ok = false;
    let mut date = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some(security::CSRF_FIELD) => {
                let token = field.text().await.unwrap_or_default();
                csrf_ok = app.secrets.csrf_ok(&session.0, &token);
            }
            Some("photo") if csrf_ok => {
                let bytes = field.bytes().await.unwrap_or_default();
                date = form::photo_date(&bytes);
            }
            _ => {
                if !csrf_ok {
                    break;
                }
            }
        }
    }
    if !csrf_ok {
        return plain(StatusCode::FORBIDDEN, "refused: missing or wrong token");
    }
    let message = date.as_ref().map(|_| {
        pages::strings(language(&app))
            .get("date_from_photo")
            .copied()
            .unwrap_or_default()
    });
    axum::Json(PhotoDate { date, message }).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_experience_opens_in_its_learners_own_site() {
        let url = page_of(
            std::path::Path::new("/j"),
            std::path::Path::new("/j/learners/Inès/experiences/2021-05-31-stage-a-la-boulange"),
        );
        assert!(
            url.starts_with("/private/ines/ines/experiences/2021-05-31-stage-a-la-boulange/?saved=learners%2FIn"),
            "{url}"
        );
    }
}
