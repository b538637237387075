//! The audience switch of the bar: to the same page of another audience's site,
//! or to a page that says in plain words who may see the item.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::{html, inject, new_url, not_found, plain, App, Shared};
use crate::journal::Language;
use crate::serve::inject::BarState;
use crate::serve::links::Viewer;
use crate::serve::request_path::site_key;
use crate::serve::switcher::{self, AudienceEntry, ItemKind, Switch};

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
        return plain(StatusCode::BAD_REQUEST, "missing ?to=");
    };
    let Some(to) = snapshot.audiences.by_dir(&q.to) else {
        return not_found(&app, &q.to);
    };
    // The page is only looked up in memory, but it is also echoed back into links:
    // the same rules as a request path.
    let Ok(page) = site_key(&format!("/{}", q.page)) else {
        return plain(StatusCode::BAD_REQUEST, "refused path");
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
    let fr = snapshot.audiences.language == Language::Fr;
    let who = capitalised(&to.label);
    let heading = if fr {
        format!("{who} ne voit pas cette page")
    } else {
        format!("{who} cannot see this page")
    };
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
            lines.push(match (fr, item.kind) {
                (true, ItemKind::Experience) => format!(
                    "Cette expérience, « {} », est visible par : {}.",
                    item.title, item.seen_by
                ),
                (true, ItemKind::Story) => format!(
                    "Ce récit, « {} », est visible par : {}.",
                    item.title, item.seen_by
                ),
                (true, ItemKind::Portrait) => format!(
                    "Le portrait de {} est visible par : {}.",
                    item.learner, item.seen_by
                ),
                (false, ItemKind::Experience) => format!(
                    "This experience, \"{}\", is visible to: {}.",
                    item.title, item.seen_by
                ),
                (false, ItemKind::Story) => format!(
                    "This story, \"{}\", is visible to: {}.",
                    item.title, item.seen_by
                ),
                (false, ItemKind::Portrait) => format!(
                    "{}'s portrait is visible to: {}.",
                    item.learner, item.seen_by
                ),
            });
            if let Some(portrait) = &item.portrait_seen_by {
                lines.push(if fr {
                    format!(
                        "Et le portrait de {}, lui, est visible par : {portrait}. Rien d'un carnet ne se montre là où son portrait ne se montre pas.",
                        item.learner
                    )
                } else {
                    format!(
                        "And {}'s portrait is visible to: {portrait}. Nothing of a logbook shows where its portrait does not.",
                        item.learner
                    )
                });
            }
            edit_url = match item.kind {
                ItemKind::Experience => super::edit_url(page),
                _ => None,
            };
            lines.push(match (fr, edit_url.is_some()) {
                (true, true) => "Pour la montrer à plus de monde, choisis qui la voit dans « Modifier cette expérience » : la page se mettra à jour toute seule.".into(),
                (false, true) => "To show it to more people, choose who sees it in \"Edit this experience\": the page will update by itself.".into(),
                (true, false) => "Pour la montrer à plus de monde, change sa visibilité (visibility) dans son fichier : la page se mettra à jour toute seule.".into(),
                (false, false) => "To show it to more people, change its visibility in its file: the page will update by itself.".into(),
            });
        }
        None => lines.push(if fr {
            format!(
                "Cette page n'existe pas dans le site que voit {}.",
                to.label
            )
        } else {
            format!("This page does not exist in the site seen by {}.", to.label)
        }),
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
        home_label: if fr {
            format!("Voir l'accueil de ce que voit {}", to.label)
        } else {
            format!("See the home page seen by {}", to.label)
        },
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

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
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
