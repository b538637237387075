//! The accessibility statement (issue 26): every site has one, every page of every
//! site links to it from its footer with the RGAA status, and `[accessibility]` of
//! `carnet.toml` is checked (a bad value is a located error, no site written).

use crate::common::*;

const STATEMENT: &str = "accessibilite/index.html";

/// The footer link to the statement on `page` of `site`, and its words.
fn footer_link(site: &Site, page: &str) -> Option<(String, String)> {
    let doc = site.html(page);
    let sel = scraper::Selector::parse("footer a").expect("selector");
    doc.select(&sel).find_map(|a| {
        let href = a.value().attr("href")?;
        (resolve(page, href).as_deref() == Some(STATEMENT))
            .then(|| (href.to_string(), a.text().collect::<String>()))
    })
}

#[test]
fn every_page_of_every_site_links_to_the_accessibility_statement() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let out = tmp.path().join("site");
    run([
        std::ffi::OsString::from("build"),
        example_journal().into(),
        "--out".into(),
        out.clone().into(),
        "--cache".into(),
        tmp.path().join("cache").into(),
    ])
    .assert_success();
    let sites = sites_in(&out);
    assert!(sites.len() >= 4, "{sites:?}");
    let mut pages = 0;
    for name in &sites {
        let site = Site::new(out.join(name));
        assert!(site.has(STATEMENT), "{name}: no statement");
        let statement = site.text(STATEMENT);
        assert!(statement.contains("Voies de recours"), "{name}");
        assert!(statement.contains("Libre réponse 71120"), "{name}");
        assert!(
            statement.contains("https://formulaire.defenseurdesdroits.fr/"),
            "{name}"
        );
        for page in site.pages() {
            let (_, words) = footer_link(&site, &page)
                .unwrap_or_else(|| panic!("{name}/{page}: no footer link to the statement"));
            // The example journal has no audit: the law's « non conforme ».
            assert_eq!(
                words.trim(),
                "Accessibilité : non conforme",
                "{name}/{page}"
            );
            pages += 1;
        }
    }
    assert!(pages > 50, "{pages} pages");
}

#[test]
fn without_an_audit_the_statement_says_non_conforme_and_lists_the_tool_tests() {
    let j = Journal::from_fixture("small");
    j.build_ok();
    let site = j.site("public");
    let text = site.text(STATEMENT);
    assert!(text.contains("<strong>non conforme</strong>"), "{text}");
    assert!(text.contains("Aucun audit de conformité n'a été réalisé"));
    assert!(text.contains("Tests effectués par l'outil"));
    for tool in ["vnu", "axe-core", "clavier", "390 pixels"] {
        assert!(text.contains(tool), "{tool}");
    }
    // It says so: not an audit.
    assert!(text.contains("pas un audit"));
    // Nothing of the journal's items: only what carnet.toml says.
    assert!(!text.contains("Stage"), "an item's title in the statement");
}

#[test]
fn the_status_follows_the_audit_rate_and_the_page_says_who_and_where() {
    let cases = [
        ("rate = 49.9", "non conforme", "49,9 %"),
        ("rate = 50", "partiellement conforme", "50 %"),
        ("rate = 99.5", "partiellement conforme", "99,5 %"),
        ("rate = 100", "totalement conforme", "100 %"),
    ];
    for (rate, status, written) in cases {
        let j = Journal::from_fixture("small");
        let config = j.read("carnet.toml").replace(
            "title = \"Carnet test\"\n",
            &format!(
                "title = \"Carnet test\"\n\n[accessibility]\norganisation = \"Mission locale Rhône Sud\"\ncontact = \"a11y@ml-rhone-sud.fr\"\naudit_date = 2026-03-15\nauditor = \"Cabinet Exemple\"\n{rate}\nschema_url = \"https://ml-rhone-sud.fr/schema\"\n\n"
            ),
        );
        j.config(&config);
        j.build_ok();
        for name in sites_in(&j.out()) {
            let site = Site::new(j.out().join(&name));
            let (_, words) = footer_link(&site, "index.html").expect("footer link");
            assert_eq!(
                words.trim(),
                format!("Accessibilité : {status}"),
                "{rate} {name}"
            );
        }
        let text = j.site("public").text(STATEMENT);
        assert!(
            text.contains(&format!("<strong>{status}</strong>")),
            "{rate}"
        );
        assert!(text.contains(written), "{rate}: {written}");
        assert!(text.contains("Mission locale Rhône Sud"));
        assert!(text.contains("href=\"mailto:a11y@ml-rhone-sud.fr\""));
        assert!(text.contains("Cabinet Exemple"));
        assert!(text.contains("<time datetime=\"2026-03-15\">"));
        assert!(text.contains("href=\"https://ml-rhone-sud.fr/schema\""));
    }
}

#[test]
fn an_english_journal_has_an_english_statement() {
    let j = Journal::from_fixture("small");
    let config = j.read("carnet.toml").replace(
        "title = \"Carnet test\"\n",
        "title = \"Carnet test\"\nlanguage = \"en\"\n",
    );
    j.config(&config);
    j.build_ok();
    let site = j.site("public");
    let (_, words) = footer_link(&site, "index.html").expect("footer link");
    assert_eq!(words.trim(), "Accessibility: not compliant");
    let text = site.text(STATEMENT);
    assert!(text.contains("Accessibility statement"));
    assert!(text.contains("Appeals"));
    assert!(text.contains("Libre réponse 71120"));
    assert!(!text.contains("Voies de recours"));
}

#[test]
fn bad_accessibility_values_are_located_errors_and_nothing_is_written() {
    for (line, what) in [
        ("rate = 120", "rate"),
        ("rate = -1", "rate"),
        ("rate = \"beaucoup\"", "rate"),
        ("audit_date = \"mars 2026\"", "audit_date"),
        ("audit_date = 2026-03-15T10:00:00", "audit_date"),
        ("contact = \"appelez-nous\"", "contact"),
        ("schema_url = \"ml-rhone-sud.fr/schema\"", "schema_url"),
    ] {
        let j = Journal::from_fixture("small");
        // A rate needs an audit date; a date without a rate is fine.
        let extra = if what == "rate" {
            "audit_date = 2026-03-15\n"
        } else {
            ""
        };
        let config = j.read("carnet.toml").replace(
            "title = \"Carnet test\"\n",
            &format!("title = \"Carnet test\"\n\n[accessibility]\n{extra}{line}\n\n"),
        );
        j.config(&config);
        let out = j.build();
        assert_ne!(out.code, 0, "{line}: accepted\n{out}");
        let row = config.lines().position(|l| l == line).expect("the line") + 1;
        assert!(
            out.stderr.contains(&format!("carnet.toml:{row}")),
            "{line}: not located at line {row}\n{out}"
        );
        assert!(out.stderr.contains(what), "{line}\n{out}");
        assert!(!j.out().exists(), "{line}: a site was written");
    }
    // A rate without an audit date: refused, it comes from an audit.
    let j = Journal::from_fixture("small");
    let config = j.read("carnet.toml").replace(
        "title = \"Carnet test\"\n",
        "title = \"Carnet test\"\n\n[accessibility]\nrate = 80\n\n",
    );
    j.config(&config);
    let out = j.build();
    assert_ne!(out.code, 0);
    out.stderr_has(&["audit_date", "invalid-accessibility"]);
}
