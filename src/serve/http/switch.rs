//! The audience switch of the bar: to the same page of another audience's site,
//! or to a page that says in plain words who may see the item.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::{capitalised, html, inject, new_url, not_found, plain, App, Shared};
use crate::serve::inject::BarState;
use crate::serve::links::Viewer;
use crate::serve::request_path::site_key;
use crate::serve::switcher::{self, AudienceEntry, ItemKind, Switch};
use crate::t;

#[derive(Deserialize)]
pub(super) struct SwitchQuery {
    to: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    from: String,
}

#[derive(Serialize)]
struct ExplainCtx {
    title: String,
    head: String,
    top: String,
    heading: String,
    lines: Vec<String>,
    home_url: String,
    home_label: String,
    back_url: Option<String>,
    levels_url: String,
    /// « Modifier cette expérience », where the reader may change who sees it.
    edit_url: Option<String>,
}

pub(super) async fn switch(
    State(app): State<Shared>,
    query: Result<Query<SwitchQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let snapshot = app.live.snapshot();
    let Ok(Query(q)) = query else {
        return plain(
            StatusCode::BAD_REQUEST,
            t!(snapshot.audiences.language, "serve-switch-no-target"),
        );
    };
    let Some(to) = snapshot.audiences.by_dir(&q.to) else {
        return not_found(&app, &q.to);
    };
    // The page is only looked up in memory, but it is also echoed back into links:
    // the same rules as a request path.
    let Ok(page) = site_key(&format!("/{}", q.page)) else {
        return plain(
            StatusCode::BAD_REQUEST,
            t!(snapshot.audiences.language, "serve-refused-path"),
        );
    };
    match switcher::switch(to, &page, |p| snapshot.site.get(p).is_some()) {
        Switch::Page(target) => {
            let url = format!("/{}", target.strip_suffix("index.html").unwrap_or(&target));
            Redirect::to(&url).into_response()
        }
        Switch::Hidden => explain(&app, to, &page, &q.from),
    }
}

/// Why audience `to` cannot see `page`, in plain words.
fn explain(app: &App, to: &AudienceEntry, page: &str, from: &str) -> Response {
    let snapshot = app.live.snapshot();
    let lang = snapshot.audiences.language;
    let who = capitalised(&to.label);
    let heading = t!(lang, "serve-explain-title", who = who);
    let mut lines = Vec::new();
    let mut edit_url = None;
    // Through a personal link, only the learner's own items are explained: another
    // learner's title, or even whether a page exists, is not theirs to know.
    let own = match super::viewer() {
        Viewer::Owner => true,
        Viewer::Learner(me) => page.split('/').next() == Some(me.as_str()),
        Viewer::Referent(_) => false,
    };
    match snapshot.items.get(page).filter(|_| own) {
        Some(item) => {
            let (title, seen_by) = (item.title.as_str(), item.seen_by.as_str());
            let learner = item.learner.as_str();
            lines.push(match item.kind {
                ItemKind::Experience => t!(
                    lang,
                    "serve-explain-experience",
                    title = title,
                    seen_by = seen_by
                ),
                ItemKind::Story => {
                    t!(
                        lang,
                        "serve-explain-story",
                        title = title,
                        seen_by = seen_by
                    )
                }
                ItemKind::Portrait => t!(
                    lang,
                    "serve-explain-portrait",
                    learner = learner,
                    seen_by = seen_by
                ),
            });
            if let Some(portrait) = &item.portrait_seen_by {
                lines.push(t!(
                    lang,
                    "serve-explain-portrait-too",
                    learner = learner,
                    portrait = portrait.as_str()
                ));
            }
            edit_url = match item.kind {
                ItemKind::Experience => super::edit_url(page),
                _ => None,
            };
            lines.push(match edit_url {
                Some(_) => t!(lang, "serve-explain-show-more-edit"),
                None => t!(lang, "serve-explain-show-more-file"),
            });
        }
        None => lines.push(t!(
            lang,
            "serve-explain-no-page",
            reader = to.label.as_str()
        )),
    }
    let members = &snapshot.audiences.members;
    let back_url = snapshot
        .audiences
        .by_dir(from)
        .filter(|a| crate::serve::links::may_read(&super::viewer(), &a.dir, members))
        .and_then(|a| {
            let target = format!("{}/{page}", a.dir);
            snapshot.site.get(&target).map(|_| format!("/{target}"))
        });
    let bar = BarState {
        current: Some(to),
        page,
        new_url: new_url(Some(to)),
        edit_url: None,
        saved: None,
    };
    let ctx = ExplainCtx {
        title: heading.clone(),
        head: inject::head(&app.pages, &app.live.version(None), None),
        top: super::top(app, &bar),
        heading,
        lines,
        home_url: format!("/{}/", to.dir),
        home_label: t!(lang, "serve-explain-home", reader = to.label.as_str()),
        back_url,
        levels_url: format!("/{}/visibility/", to.dir),
        edit_url,
    };
    html(
        StatusCode::OK,
        app.pages
            .render("explain.html", snapshot.audiences.language, &ctx),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_start_with_a_capital() {
        assert_eq!(capitalised("le groupe X"), "Le groupe X");
        assert_eq!(capitalised("ému"), "Ému");
        assert_eq!(capitalised(""), "");
    }
}
