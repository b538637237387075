//! The unlock page of a sealed site (`index.html`) and its script.
//!
//! The page says nothing about the site beyond that it is sealed: no title, no
//! name, no count. It carries the [`Header`] (salt, rounds, wrapped keys, the name
//! of the sealed map) and the interface words in the journal's language, as JSON
//! the script reads. It must never hold a passphrase or a key.

use super::Header;
use crate::journal::Language;

/// The file name of the unlock script, at the root of a sealed site.
pub const SCRIPT_NAME: &str = "carnet-unlock.js";

/// The unlock script (WebCrypto; see the file's own comment).
pub const SCRIPT: &str = include_str!("unlock.js");

/// The words of the unlock page and script.
#[derive(serde::Serialize)]
struct Words {
    title: &'static str,
    intro: &'static str,
    label: &'static str,
    open: &'static str,
    noscript: &'static str,
    working: &'static str,
    wrong: &'static str,
    tampered: &'static str,
    tampered_part: &'static str,
    tampered_photo: &'static str,
    failed: &'static str,
    not_found: &'static str,
    insecure: &'static str,
    file_url: &'static str,
    lock: &'static str,
}

fn words(lang: Language) -> Words {
    match lang {
        Language::Fr => Words {
            title: "Site protégé",
            intro: "Ce site est chiffré. Entre la phrase de passe que l'on t'a donnée pour le lire.",
            label: "Phrase de passe",
            open: "Ouvrir",
            noscript: "Ce site est chiffré : il faut activer JavaScript pour le déchiffrer et le lire.",
            working: "Ouverture…",
            wrong: "Phrase de passe incorrecte : ce site ne s'ouvre pas avec elle. Vérifie-la (majuscules, accents, espaces) et réessaie.",
            tampered: "Un fichier de ce site a été modifié ou abîmé : il ne peut pas être déchiffré, donc rien n'est affiché. Préviens la personne qui publie ce site.",
            tampered_part: "Une partie de cette page a été modifiée ou abîmée et ne peut pas être déchiffrée : elle n'est pas affichée. Préviens la personne qui publie ce site.",
            tampered_photo: "Photo abîmée : elle ne peut pas être déchiffrée",
            failed: "Ce site n'a pas pu être chargé (fichier introuvable ou connexion coupée). Réessaie plus tard.",
            not_found: "Cette page n'existe pas dans ce site.",
            insecure: "Cette page doit être ouverte par une adresse https:// (ou http://localhost) : sur une adresse http:// ordinaire, le navigateur refuse de déchiffrer. Demande à la personne qui publie ce site de l'héberger en https.",
            file_url: "Ce site chiffré ne s'ouvre pas directement depuis un fichier (file://) : le navigateur refuse d'y lire les fichiers chiffrés. Publie-le sur un hébergement https, ou ouvre-le par un petit serveur local (par exemple « python3 -m http.server » dans ce dossier, puis http://localhost:8000).",
            lock: "Verrouiller",
        },
        Language::En => Words {
            title: "Protected site",
            intro: "This site is encrypted. Enter the passphrase you were given to read it.",
            label: "Passphrase",
            open: "Open",
            noscript: "This site is encrypted: JavaScript is needed to decrypt and read it.",
            working: "Opening…",
            wrong: "Wrong passphrase: this site does not open with it. Check it (capitals, accents, spaces) and try again.",
            tampered: "A file of this site was changed or damaged: it cannot be decrypted, so nothing is shown. Tell the person who publishes this site.",
            tampered_part: "Part of this page was changed or damaged and cannot be decrypted: it is not shown. Tell the person who publishes this site.",
            tampered_photo: "Damaged photo: it cannot be decrypted",
            failed: "This site could not be loaded (a file is missing or the connection dropped). Try again later.",
            not_found: "This page does not exist in this site.",
            insecure: "This page must be opened through an https:// address (or http://localhost): on a plain http:// address the browser refuses to decrypt. Ask the person who publishes this site to host it over https.",
            file_url: "This encrypted site does not open straight from a file (file://): the browser refuses to read the encrypted files there. Publish it on https hosting, or open it through a small local server (for example « python3 -m http.server » in this folder, then http://localhost:8000).",
            lock: "Lock",
        },
    }
}

/// JSON safe inside a `<script>` element (no `<`, so no `</script>`).
fn script_json(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// The unlock page of a sealed site.
pub fn page(header: &Header, lang: Language) -> String {
    let w = words(lang);
    let config = serde_json::json!({ "seal": header, "words": &w });
    let config = script_json(&config);
    let code = lang.code();
    format!(
        r#"<!doctype html>
<html lang="{code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; background: #f6f4ef; color: #1d1d1d; }}
main {{ max-width: 32rem; margin: 10vh auto; padding: 1.5rem; background: #fff; border-radius: .75rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }}
label {{ display: block; font-weight: 600; margin: 1rem 0 .25rem; }}
input {{ font: inherit; width: 100%; box-sizing: border-box; padding: .6rem; border: 2px solid #555; border-radius: .4rem; }}
button {{ font: inherit; margin-top: .75rem; padding: .6rem 1.2rem; border: 0; border-radius: .4rem; background: #1d4e89; color: #fff; cursor: pointer; }}
.carnet-message.error {{ color: #a4000f; font-weight: 600; }}
.carnet-message.info {{ color: #1d1d1d; }}
</style>
<script type="application/json" id="carnet-seal">{config}</script>
<script src="{script}" defer></script>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{intro}</p>
<noscript><p>{noscript}</p></noscript>
<form id="carnet-unlock-form" hidden>
<label for="carnet-passphrase">{label}</label>
<input id="carnet-passphrase" name="passphrase" type="password" autocomplete="current-password" required>
<button type="submit">{open}</button>
</form>
<p id="carnet-message" class="carnet-message" role="alert" aria-live="assertive"></p>
</main>
</body>
</html>
"#,
        title = w.title,
        intro = w.intro,
        noscript = w.noscript,
        label = w.label,
        open = w.open,
        script = SCRIPT_NAME,
    )
}
