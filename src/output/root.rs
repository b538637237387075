//! The files at the root of the output folder, beside the sites: what keeps a
//! user from publishing the whole folder (every site, private ones included) by
//! mistake.
//!
//! - `index.html`: « Ne publiez pas ce dossier », which folder to publish instead
//!   (`public/`, linked), and what each kind of folder holds. It names no other
//!   site and counts none: a group's, a referent's or a learner's name, or how many
//!   learners there are, is not for whoever reads a folder uploaded by mistake;
//! - `robots.txt`: if the folder is put online all the same, search engines are
//!   asked to crawl only `public/`;
//! - `.htaccess` in `community/`, `referent/` and `private/`: Apache (most shared
//!   hosts) then refuses to serve those folders when the whole output folder was
//!   uploaded. A site folder uploaded on its own (`referent/nelly/`) is not
//!   affected, and an `.htaccess` of its own (a password) takes precedence.
//!
//! These files hold no item of any journal, and no site's name but `public`.
//! The build's manifest, which lists every site's paths, lives beside the output
//! folder, not in it (`super::manifest`).

use crate::journal::Language;

/// One site of the output folder, as the root page lists it.
#[derive(Debug, Clone)]
pub struct SiteEntry {
    /// Its folder, `/`-separated (`public`, `community/garantie-jeunes`).
    pub dir: String,
    /// `public`, `community`, `referent` or `private`.
    pub kind: &'static str,
}

/// What Apache reads in a folder that must not be served (2.4 and 2.2 syntax).
const DENY_ALL: &str =
    "# carnet: the sites below this folder are not public. If the whole output\n\
# folder was uploaded to a web host by mistake, Apache refuses to serve them.\n\
<IfModule mod_authz_core.c>\n  Require all denied\n</IfModule>\n\
<IfModule !mod_authz_core.c>\n  Order allow,deny\n  Deny from all\n</IfModule>\n";

/// `robots.txt` of the output folder: crawl `public/` only.
const ROBOTS: &str = "# carnet: publish public/ only. This file is here in case the whole output\n\
# folder was put online by mistake: nothing but public/ may be crawled.\n\
User-agent: *\nAllow: /public/\nDisallow: /\n";

/// The files to write at the root of the output folder holding `sites`:
/// (path relative to the output folder, bytes).
pub fn root_files(sites: &[SiteEntry], language: Language) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![
        ("index.html".to_string(), page(sites, language).into_bytes()),
        ("robots.txt".to_string(), ROBOTS.as_bytes().to_vec()),
    ];
    for kind in ["community", "referent", "private"] {
        if sites.iter().any(|s| s.kind == kind) {
            files.push((format!("{kind}/.htaccess"), DENY_ALL.as_bytes().to_vec()));
        }
    }
    files
}

/// The kinds of sites, each with the catalogue's `root-kind-<kind>` saying whom it is for.
const KINDS: [&str; 4] = ["public", "community", "referent", "private"];

fn page(sites: &[SiteEntry], language: Language) -> String {
    let mut items = String::new();
    for kind in KINDS {
        let who = crate::i18n::message(language, &format!("root-kind-{kind}"));
        if !sites.iter().any(|s| s.kind == kind) {
            continue;
        }
        if kind == "public" {
            items.push_str(&format!(
                "<li><a href=\"public/index.html\"><code>public/</code></a> : {who}</li>\n"
            ));
        } else {
            items.push_str(&format!("<li><code>{kind}/</code> : {who}</li>\n"));
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>{title} — carnet</title>\n\
<style>body{{font:1.1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}}\
h1{{color:#8a1111}}code{{background:#f1f1f1;padding:0 .2em}}a{{color:#0b4f9c}}li{{margin:.3em 0}}</style>\n\
</head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{lead}</p>\n<p>{publish}</p>\n\
<h2>{list}</h2>\n<ul>\n{items}</ul>\n</main>\n</body>\n</html>\n",
        lang = language.code(),
        title = crate::t!(language, "root-title"),
        lead = crate::t!(language, "root-lead"),
        publish = crate::t!(language, "root-publish"),
        list = crate::t!(language, "root-list"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_page_says_not_to_publish_and_names_no_site_but_public() {
        let sites = [
            SiteEntry {
                dir: "public".into(),
                kind: "public",
            },
            SiteEntry {
                dir: "private/ana".into(),
                kind: "private",
            },
        ];
        let files = root_files(&sites, Language::Fr);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["index.html", "robots.txt", "private/.htaccess"]);
        let page = String::from_utf8(files[0].1.clone()).expect("utf-8");
        assert!(page.contains("Ne publiez pas ce dossier"), "{page}");
        assert!(page.contains("href=\"public/index.html\""), "{page}");
        assert!(page.contains("<code>private/</code>"), "{page}");
        assert!(
            !page.contains("ana"),
            "a learner's name on the root page: {page}"
        );
    }
}
