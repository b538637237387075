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
    capitalised, html, inject, language, message, new_url, plain, refuse_cross_origin, App, Link,
    Session, Shared,
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
use crate::t;

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
    let lang = language(app);
    message(
        app,
        StatusCode::FORBIDDEN,
        None,
        t!(lang, "serve-not-yours-title"),
        vec![t!(lang, "serve-not-yours")],
        vec![Link {
            url: "/_carnet/new".into(),
            label: t!(lang, "serve-new-experience"),
        }],
    )
}

/// The answer to a form whose security token is wrong (an old form after the
/// links were renewed, or another session): in plain words, with what to do.
fn stale_form(app: &App) -> Response {
    let lang = language(app);
    message(
        app,
        StatusCode::FORBIDDEN,
        None,
        t!(lang, "serve-stale-form-title"),
        vec![t!(lang, "serve-stale-form")],
        vec![Link {
            url: "/_carnet/new".into(),
            label: t!(lang, "serve-reload-form"),
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
            return message(
                app,
                StatusCode::SERVICE_UNAVAILABLE,
                None,
                t!(language(app), "serve-form-waits"),
                vec![reason],
                Vec::new(),
            );
        }
    };
    let lang = info.language;
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
    let heading = match editing {
        None => t!(lang, "serve-new-experience"),
        Some(_) => t!(lang, "serve-edit-experience"),
    };
    let ctx = FormCtx {
        title: heading.clone(),
        head: inject::head(&app.pages, &app.live.version(None), None),
        top: super::top(app, &bar),
        heading,
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
        submit: match editing {
            None => t!(lang, "serve-save-experience"),
            Some(_) => t!(lang, "serve-save-changes"),
        },
    };
    html(status, app.pages.render("form.html", info.language, &ctx))
}

/// Which learner's logbook a new experience goes into.
fn chooser(app: &App, info: &FormInfo) -> Response {
    let lang = info.language;
    let links = info
        .learners
        .iter()
        .map(|l| Link {
            url: format!("/_carnet/new?learner={}", l.slug),
            label: l.name.clone(),
        })
        .collect::<Vec<_>>();
    let line = match links.is_empty() {
        false => t!(lang, "serve-choose-learner"),
        true => t!(lang, "serve-no-learner-yet"),
    };
    message(
        app,
        StatusCode::OK,
        None,
        t!(lang, "serve-new-experience"),
        vec![line],
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
    if let Some(refused) = refuse_cross_origin(&headers, language(&app)) {
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
                Some(e.message(language(&app))),
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
                t!(language(&app), "serve-write-interrupted"),
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
            t!(language(&app), "serve-cannot-edit-title"),
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
    if let Some(refused) = refuse_cross_origin(&headers, language(&app)) {
        return refused;
    }
    let submission = match form::read(multipart, &app.secrets, &session.0).await {
        Ok(s) => s,
        Err(FormError::Csrf) => return stale_form(&app),
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                e.message(language(&app)),
            )
                .into_response()
        }
    };
    let Some(folder) = submission.folder.clone() else {
        return plain(
            StatusCode::BAD_REQUEST,
            t!(language(&app), "serve-no-experience-named"),
        );
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
                t!(language(&app), "serve-edit-interrupted"),
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

/// An authoring error in plain words.
fn author_message(e: &author::AuthorError, language: Language) -> String {
    use author::AuthorError as A;
    match e {
        A::NoTitle => t!(language, "serve-author-no-title"),
        A::NotAPhoto { name } => t!(language, "serve-author-not-a-photo", name = name.as_str()),
        A::BadPhoto { name, reason } => t!(
            language,
            "serve-author-bad-photo",
            name = name.as_str(),
            reason = reason.as_str()
        ),
        A::ForbiddenCharacter { field, character } => t!(
            language,
            "serve-author-forbidden-character",
            field = capitalised(&author::field_name(field, language)),
            what = author::character_kind(*character, language),
            code = format!("{:04X}", u32::from(*character))
        ),
        A::TextTooLong { .. } => t!(language, "serve-author-text-too-long"),
        A::BadDate(d) => t!(language, "serve-form-bad-date", date = d.as_str()),
        A::OutsideJournal(_) => t!(language, "serve-author-outside-journal"),
        other => other.to_string(),
    }
}

/// An error changing an experience, in plain words.
fn edit_message(e: &author::EditError, language: Language) -> String {
    use author::EditError as E;
    match e {
        E::Author(a) => author_message(a, language),
        E::ChangedMeanwhile { .. } => t!(language, "serve-edit-changed-meanwhile"),
        E::OutsideJournal { .. } => t!(language, "serve-edit-outside-journal"),
        other => other.to_string(),
    }
}

#[derive(Serialize)]
struct PhotoDate {
    date: Option<String>,
    message: Option<String>,
}

/// The date a photo was taken (its first bytes are enough), for the form's date.
pub(super) async fn photo_date(
    State(app): State<Shared>,
    Extension(session): Extension<Session>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    if let Some(refused) = refuse_cross_origin(&headers, language(&app)) {
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
        return plain(
            StatusCode::FORBIDDEN,
            t!(language(&app), "serve-refused-token"),
        );
    }
    let message = date.as_ref().map(|_| {
        pages::strings(language(&app))
            .get("date_from_photo")
            .cloned()
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
