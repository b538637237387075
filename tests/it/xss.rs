//! Untrusted text: a journal whose every learner-written string (Markdown texts and
//! every front-matter string, `carnet.toml` and `skills.toml` included) is a corpus
//! of XSS payloads, built with a `base_url` so that the public site has JSON-LD,
//! Open Graph tags and share links. Then:
//!
//! - in the HTML (parsed, not searched as text): no script but the theme's and the
//!   JSON-LD, no event-handler attribute, no `javascript:`/`data:`/`vbscript:` URL,
//!   no frame, object, base, form, refresh or foreign stylesheet, no SVG but the
//!   theme's; titles and Open Graph tags read back as the exact text written; the
//!   JSON-LD parses and holds the name as written (`</script>` did not end it);
//!   share links are percent-encoded; `resume.json` parses;
//! - in headless Chromium (`tests/browser/xss.mjs`): no page raises a dialog or
//!   makes a request outside its site, with focus and pointer moved over it.
//!   Skipped (with a note) without node, Chromium or `tests/browser/node_modules`,
//!   unless `CARNET_REQUIRE_BROWSER=1`.

use std::ffi::OsString;
use std::process::Command;

use crate::common::*;

/// The payloads: each tries one way out of text.
const PAYLOADS: &[&str] = &[
    "<script>alert('xss-script');window.__xss='script'</script>",
    "<img src=x onerror=\"alert('xss-img');window.__xss='img'\">",
    "<svg onload=\"alert('xss-svg')\"><script>alert('xss-svg-script')</script></svg>",
    "<svg><a xlink:href=\"javascript:alert('xss-svg-link')\"><text y=\"20\">svg</text></a></svg>",
    "\"><script>alert('xss-attr-breakout')</script>",
    "' onmouseover='alert(1)' x='",
    "\" onfocus=\"alert('xss-focus')\" autofocus=\"",
    "javascript:alert('xss-js-url')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "</script><script>alert('xss-json-ld')</script>",
    "<style>body{background:url(\"https://attacker.example/css.png\")}</style>",
    "<div style=\"background:url(https://attacker.example/bg.png)\">css</div>",
    "<a href=\"javascript:alert('xss-a')\">lien</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">data</a>",
    "<iframe src=\"https://attacker.example/frame\"></iframe>",
    "<object data=\"https://attacker.example/o\"></object>",
    "<form action=\"https://attacker.example/f\"><button>go</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/\">",
    "<base href=\"https://attacker.example/\">",
    "<link rel=\"stylesheet\" href=\"https://attacker.example/s.css\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-mxss')>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert('xss-noscript')>\">",
    "\u{202E}gnp.exe\u{202C} « direction »",
    "{{ 7*7 }} {% raw %} ${alert(1)}",
    "&lt;script&gt;alert('xss-entity')&lt;/script&gt;",
];

/// Payloads that only Markdown can write.
const MARKDOWN_PAYLOADS: &[&str] = &[
    "[lien](javascript:alert('xss-md-link'))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![pixel](https://attacker.example/pixel.png)",
    "<https://attacker.example/autolink>",
    "[ref][x]\n\n[x]: javascript:alert('xss-md-ref')",
];

/// Every payload in one string (for front-matter fields), but direction overrides:
/// the loader refuses them there (`regressions::a_bidi_override_in_a_title_is_refused_as_in_a_file_name`),
/// and they stay in the Markdown text, where right-to-left prose may need them.
fn all() -> String {
    PAYLOADS
        .iter()
        .filter(|p| !p.contains('\u{202E}'))
        .copied()
        .collect::<Vec<_>>()
        .join(" ¦ ")
}

/// `s` as a TOML string.
fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Every payload as Markdown paragraphs.
fn markdown_payloads() -> String {
    PAYLOADS
        .iter()
        .chain(MARKDOWN_PAYLOADS)
        .map(|p| format!("{p}\n\n"))
        .collect()
}

fn journal() -> Journal {
    let j = Journal::new();
    let p = toml_str(&all());
    j.config(&format!(
        "title = {p}\nbase_url = \"https://example.org/carnet\"\n[[groups]]\nslug = \"g\"\nname = {p}\nkind = \"learners\"\n[[referents]]\nslug = \"r\"\nname = {p}\nrole = {p}\n"
    ));
    j.file(
        "skills.toml",
        format!("[[skills]]\nid = \"s1\"\nlabel = {p}\ncategory = {p}\n").as_bytes(),
    );
    j.file("learners/ana/avatar.png", &solid_png(40, 40, [90, 90, 90]));
    j.learner(
        "ana",
        &format!("name = {p}\nheadline = {p}\nvisibility = \"public\"\ngroups = [\"g\"]\nreferent = \"r\"\navatar = \"avatar.png\""),
        &markdown_payloads(),
    );
    let front = |date: &str| {
        format!(
            "title = {p}\ndate = {date}\nplace = {p}\nkind = {p}\ntags = [{p}, {p}]\nskills = [\"s1\"]\nvisibility = \"public\"\nphotos = [{{ file = \"p.png\", alt = {p}, caption = {p} }}]"
        )
    };
    j.experience(
        "ana",
        "2021-01-01-atelier",
        &front("2021-01-01"),
        &markdown_payloads(),
        &[("p.png", &solid_png(60, 40, [200, 40, 40]))],
    );
    j.experience(
        "ana",
        "2021-01-02 \"><svg onload=alert(1)>",
        &front("2021-01-02"),
        &markdown_payloads(),
        &[("p.png", &solid_png(60, 40, [40, 200, 40]))],
    );
    j.story(
        "ana",
        "recit",
        &format!(
            "title = {p}\nvisibility = \"public\"\nexperiences = [\"2021-01-01-atelier\", {}]",
            toml_str("2021-01-02 \"><svg onload=alert(1)>")
        ),
        &markdown_payloads(),
    );
    j
}

fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = scraper::Selector::parse(css).expect("selector");
    doc.select(&sel).collect()
}

/// Everything an attacker's text must never become, in one parsed page.
fn static_findings(page: &str, doc: &scraper::Html) -> Vec<String> {
    let mut found = Vec::new();
    let dangerous = |v: &str| {
        let v = v.trim_start().to_ascii_lowercase();
        v.starts_with("javascript:") || v.starts_with("data:") || v.starts_with("vbscript:")
    };
    for el in select(doc, "*") {
        let name = el.value().name();
        for (attr, value) in el.value().attrs() {
            if attr.to_ascii_lowercase().starts_with("on") {
                found.push(format!("{page}: <{name} {attr}=…>"));
            }
            if [
                "href",
                "src",
                "action",
                "formaction",
                "xlink:href",
                "srcset",
                "poster",
                "data",
            ]
            .contains(&attr)
                && dangerous(value)
            {
                found.push(format!("{page}: <{name} {attr}=\"{value}\">"));
            }
            if attr == "style" && !value.starts_with("--ratio: ") {
                found.push(format!("{page}: <{name} style=\"{value}\">"));
            }
        }
        match name {
            "iframe" | "frame" | "object" | "embed" | "base" | "applet" | "style" => {
                found.push(format!("{page}: <{name}> element"));
            }
            "form" if el.value().attr("action").is_some() => {
                found.push(format!("{page}: <form action>"));
            }
            "meta" if el.value().attr("http-equiv").is_some() => {
                found.push(format!("{page}: <meta http-equiv>"));
            }
            "link"
                if el.value().attr("rel") == Some("stylesheet")
                    && !el
                        .value()
                        .attr("href")
                        .is_some_and(|h| h.ends_with("static/style.css")) =>
            {
                found.push(format!("{page}: foreign stylesheet"));
            }
            "script" => {
                let theme = el.value().attr("src").is_some_and(|s| {
                    // The theme's script, or the site's own search index.
                    s.ends_with("static/carnet.js")
                        || s.trim_start_matches("../") == "search-index.js"
                });
                let json_ld = el.value().attr("type") == Some("application/ld+json");
                if !theme && !json_ld {
                    found.push(format!("{page}: <script> {}", el.html()));
                }
            }
            "svg" if !el.value().classes().any(|c| c == "skill-bar") => {
                found.push(format!("{page}: <svg> from text"));
            }
            _ => {}
        }
    }
    found
}

#[test]
fn no_payload_becomes_markup_anywhere() {
    let j = journal();
    j.build_ok();
    let payload = all();
    let mut findings = Vec::new();
    let mut pages = 0;
    for name in sites_in(&j.out()) {
        let site = j.site(&name);
        for page in site.pages() {
            pages += 1;
            let doc = site.html(&page);
            findings.extend(static_findings(&format!("{name}/{page}"), &doc));
        }
    }
    assert!(pages > 20, "only {pages} pages");
    assert!(findings.is_empty(), "{}", findings.join("\n"));

    // Text comes back as the exact text written: in the page, in its attributes, in
    // its JSON-LD and in its JSON Resume.
    let public = j.site("public");
    let exp = public.html("ana/experiences/2021-01-01-atelier/index.html");
    let h1: String = select(&exp, "h1").first().expect("h1").text().collect();
    assert_eq!(h1.trim(), payload);
    let og = select(&exp, "meta[property=\"og:title\"]");
    assert_eq!(
        og.first().and_then(|m| m.value().attr("content")),
        Some(payload.as_str())
    );
    let portrait = public.html("ana/index.html");
    let json_ld = select(&portrait, "script[type=\"application/ld+json\"]");
    assert_eq!(json_ld.len(), 1, "the JSON-LD was cut by a payload");
    let person: serde_json::Value =
        serde_json::from_str(&json_ld[0].text().collect::<String>()).expect("JSON-LD parses");
    assert_eq!(person["name"], payload.as_str());
    assert_eq!(person["jobTitle"], payload.as_str());
    let resume: serde_json::Value =
        serde_json::from_str(&public.text("ana/resume.json")).expect("resume.json parses");
    assert_eq!(resume["basics"]["name"], payload.as_str());
    // Share links carry the title percent-encoded.
    let shares = select(&exp, ".share-links a");
    assert_eq!(shares.len(), 4);
    for a in shares {
        let href = a.value().attr("href").expect("href");
        assert!(
            href.starts_with("mailto:?subject=") || href.starts_with("https://"),
            "{href}"
        );
        assert!(
            !href.contains(['<', '>', '"', '\'', ' ']),
            "a share link carries raw text: {href}"
        );
    }
    // The payload folder name became a plain address.
    assert!(public.has("ana/experiences/2021-01-02-svg-onload-alert-1/index.html"));
}

#[test]
fn no_payload_runs_or_calls_out_in_a_browser() {
    if skip_browser_test(
        "XSS browser test",
        &browser_missing(&[], &["playwright-core"]),
        "apt-get install -y chromium && npm ci --prefix tests/browser",
    ) {
        return;
    }
    let browser_dir = browser_dir();
    let j = journal();
    run([
        OsString::from("build"),
        j.root().into(),
        "--out".into(),
        j.out().into(),
        "--cache".into(),
        j.cache().into(),
    ])
    .assert_success();
    let _one_browser_at_a_time = browser_lock();
    let out = Command::new("node")
        .arg(browser_dir.join("xss.mjs"))
        .arg(j.out())
        .env("CHROMIUM_PATH", chromium())
        .output()
        .expect("run node tests/browser/xss.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "payloads ran or called out:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" 0 findings"), "{stdout}");
}
