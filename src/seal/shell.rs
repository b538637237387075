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

/// The words of the unlock page and script (`seal-…` messages).
#[derive(serde::Serialize)]
struct Words {
    title: String,
    intro: String,
    label: String,
    open: String,
    noscript: String,
    working: String,
    wrong: String,
    tampered: String,
    tampered_part: String,
    tampered_photo: String,
    failed: String,
    not_found: String,
    insecure: String,
    file_url: String,
    lock: String,
}

fn words(lang: Language) -> Words {
    Words {
        title: crate::t!(lang, "seal-title"),
        intro: crate::t!(lang, "seal-intro"),
        label: crate::t!(lang, "seal-label"),
        open: crate::t!(lang, "seal-open"),
        noscript: crate::t!(lang, "seal-noscript"),
        working: crate::t!(lang, "seal-working"),
        wrong: crate::t!(lang, "seal-wrong"),
        tampered: crate::t!(lang, "seal-tampered"),
        tampered_part: crate::t!(lang, "seal-tampered-part"),
        tampered_photo: crate::t!(lang, "seal-tampered-photo"),
        failed: crate::t!(lang, "seal-failed"),
        not_found: crate::t!(lang, "seal-not-found"),
        insecure: crate::t!(lang, "seal-insecure"),
        file_url: crate::t!(lang, "seal-file-url"),
        lock: crate::t!(lang, "seal-lock"),
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
body {{ font-family: system-ui, sans-serif; margin: 0; padding: 0 1rem; background: #f6f4ef; color: #1d1d1d; }}
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
