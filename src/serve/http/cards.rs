//! The printable cards of the personal links (`/_carnet/cards`, the owner's only,
//! and `carnet serve --lan --cards FILE`): French, A4, one card per person with
//! their first name, their QR code (inline SVG), their address, what it opens and
//! that it must not be shared.

use std::collections::BTreeMap;
use std::path::Path;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{html, language, Shared};
use crate::error::{Error, Result};
use crate::journal::Language;
use crate::serve::links::{Links, Person, LINK_QUERY};

/// The address of a personal link on `base` (`http://<ip>:<port>`).
pub(super) fn link(base: &str, token: &str) -> String {
    format!("{base}/?{LINK_QUERY}={token}")
}

/// Refuses a cards file inside the journal (where it would be copied, shared or
/// built with it; the default output folder is inside it too).
pub(super) fn refuse_inside(file: &Path, journal: &Path) -> Result<()> {
    if crate::secrets::is_inside(file, journal)? {
        return Err(Error::io(
            file,
            std::io::Error::other(
                "--cards: the cards hold everyone's personal link; write them outside the journal folder (and outside its output folder)",
            ),
        ));
    }
    Ok(())
}

/// `/_carnet/cards`: the cards, for the owner on this machine.
pub(super) async fn cards(State(app): State<Shared>) -> Response {
    let lang = language(&app);
    match app.book() {
        Some(book) => html(
            StatusCode::OK,
            Ok(page(
                lang,
                &book.links,
                &book.names,
                app.lan_base.as_deref(),
            )),
        ),
        None => html(
            StatusCode::OK,
            Ok(shell(
                lang,
                &format!(
                    "<p class=\"none\">{}</p>",
                    crate::t!(lang, "serve-cards-need-lan-html")
                ),
            )),
        ),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The QR code of `text` as an inline SVG (one path, crisp when printed).
pub(super) fn qr_svg(text: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else {
        return String::new();
    };
    let width = code.width();
    let quiet = 4;
    let size = width + 2 * quiet;
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + quiet, i / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    format!(
        "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"QR code\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

/// The cards page: one card per person of `links`.
pub(super) fn page(
    lang: Language,
    links: &Links,
    names: &BTreeMap<Person, String>,
    base: Option<&str>,
) -> String {
    let Some(base) = base else {
        return shell(
            lang,
            &format!(
                "<p class=\"none\">{}</p>",
                crate::t!(lang, "serve-cards-no-network-html")
            ),
        );
    };
    let mut body = String::new();
    for person in links.people() {
        let Some(token) = links.token(person) else {
            continue;
        };
        let name = names
            .get(person)
            .map(String::as_str)
            .unwrap_or(person.slug());
        let first = name.split_whitespace().next().unwrap_or(name);
        let url = link(base, token);
        let (opens, secret) = match person {
            Person::Learner(_) => (
                crate::t!(lang, "serve-cards-learner-opens-html"),
                crate::t!(lang, "serve-cards-learner-secret-html"),
            ),
            Person::Referent(_) => (
                crate::t!(lang, "serve-cards-referent-opens-html"),
                crate::t!(lang, "serve-cards-referent-secret-html"),
            ),
        };
        body.push_str(&format!(
            "<section class=\"card\"><h2>{name}</h2>{qr}<p class=\"url\">{url}</p><p>{opens}</p><p class=\"secret\">{secret}</p></section>\n",
            name = escape(first),
            qr = qr_svg(&url),
            url = escape(&url),
        ));
    }
    shell(lang, &body)
}

fn shell(lang: Language, body: &str) -> String {
    let title = crate::t!(lang, "serve-cards-title-html");
    let intro = crate::t!(lang, "serve-cards-intro-html");
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1rem; color: #111; }}
.intro {{ max-width: 40rem; }}
.cards {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(85mm, 1fr)); gap: 6mm; }}
.card {{ border: 1px dashed #555; padding: 5mm; break-inside: avoid; page-break-inside: avoid; }}
.card h2 {{ margin: 0 0 2mm; font-size: 16pt; }}
.qr {{ width: 40mm; height: 40mm; display: block; }}
.url {{ font-family: ui-monospace, monospace; font-size: 9pt; overflow-wrap: anywhere; }}
.card p {{ font-size: 10pt; margin: 2mm 0; }}
.secret {{ font-weight: bold; }}
@page {{ size: A4; margin: 10mm; }}
@media print {{ .intro {{ display: none; }} body {{ margin: 0; }} .cards {{ grid-template-columns: 1fr 1fr; }} }}
</style></head>
<body><h1 class="intro">{title}</h1><p class="intro">{intro}</p>
<div class="cards">
{body}</div></body></html>
"#,
        lang = lang.code(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_codes_are_inline_svg() {
        let svg = qr_svg("http://192.168.1.20:1111/?k=abc");
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("<path d=\"M"));
    }
}
