//! `carnet add` and `carnet init --group`: an adviser sets up a group (issue 22).
//! After every command the journal checks and builds; what is refused leaves the
//! journal byte for byte as it was; carnet.toml keeps its comments.

use std::path::Path;

use crate::cli_transcript::*;
use crate::common::*;

/// `carnet ARGS` run in `tmp`.
fn carnet(tmp: &Path, args: &[&str]) -> Output {
    run_in(tmp, args, &[])
}

/// `carnet check DIR` passes (no error) and `carnet build DIR` succeeds.
#[track_caller]
fn checks_and_builds(tmp: &Path, dir: &str) {
    carnet(tmp, &["check", dir]).assert_success();
    carnet(tmp, &["build", dir, "--cache", "cache"]).assert_success();
}

/// A new adviser's journal `groupe/` for « Garantie Jeunes 2026 », with Nelly.
fn group_journal() -> tempfile::TempDir {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    carnet(
        tmp.path(),
        &["init", "groupe", "--group", "Garantie Jeunes 2026"],
    )
    .assert_success();
    checks_and_builds(tmp.path(), "groupe");
    carnet(
        tmp.path(),
        &[
            "add",
            "referent",
            "Nelly Martin",
            "--role",
            "conseillère",
            "--journal",
            "groupe",
        ],
    )
    .assert_success();
    checks_and_builds(tmp.path(), "groupe");
    tmp
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn init_for_a_group_speaks_to_the_adviser_and_names_no_programme_in_public() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let (out, text) = transcript(
        tmp.path(),
        &["init", "groupe", "--group", "Garantie Jeunes 2026"],
    );
    out.assert_success();
    insta::assert_snapshot!("init_group", text);
    let toml = read(&tmp.path().join("groupe/carnet.toml"));
    assert!(toml.contains("slug = \"garantie-jeunes-2026\""), "{toml}");
    assert!(toml.contains("carnet add referent"), "{toml}");
    assert!(
        toml.contains("Enlevez le #"),
        "the adviser is addressed: {toml}"
    );
    assert!(!toml.contains("Enlève"), "{toml}");
    checks_and_builds(tmp.path(), "groupe");
    // The public site's title does not say which programme its learners are in.
    let public = read(&tmp.path().join("groupe/site/public/index.html"));
    assert!(!public.contains("Garantie"), "{public}");
}

#[test]
fn two_leas_get_distinct_addresses_and_are_told_which() {
    let tmp = group_journal();
    let t = tmp.path();
    let add = |name: &str| {
        carnet(
            t,
            &[
                "add",
                "learner",
                name,
                "--group",
                "garantie-jeunes-2026",
                "--referent",
                "nelly",
                "--journal",
                "groupe",
            ],
        )
        .assert_success()
    };
    let first = add("Léa Martin");
    assert!(first.stdout.contains("learners/lea/profile.md"), "{first}");
    checks_and_builds(t, "groupe");
    let (second, text) = transcript(
        t,
        &[
            "add",
            "learner",
            "Léa Moreau",
            "--group",
            "Garantie Jeunes 2026",
            "--referent",
            "Nelly Martin",
            "--journal",
            "groupe",
        ],
    );
    second.assert_success();
    insta::assert_snapshot!("add_second_lea", text);
    checks_and_builds(t, "groupe");
    let profile = read(&t.join("groupe/learners/lea-m/profile.md"));
    assert!(profile.contains("name = \"Léa Moreau\""), "{profile}");
    assert!(profile.contains("visibility = \"private\""), "{profile}");
    assert!(profile.contains("referent = \"nelly\""), "{profile}");
    // Each Léa has her own private site, and neither shows on the group's site
    // (their profiles are private).
    let martin = read(&t.join("groupe/site/private/lea/index.html"));
    let moreau = read(&t.join("groupe/site/private/lea-m/index.html"));
    assert!(martin.contains("Léa Martin") && !martin.contains("Moreau"));
    assert!(moreau.contains("Léa Moreau") && !moreau.contains("Martin"));
    let group = Site::new(t.join("groupe/site/community/garantie-jeunes-2026"));
    assert!(!group.text("index.html").contains("Léa"));
    // A third Léa Moreau: a homonym, told so, with her own address.
    let third = add("Léa Moreau");
    assert!(third.stdout.contains("learners/lea-moreau/"), "{third}");
    assert!(third.stdout.contains("même nom"), "{third}");
    checks_and_builds(t, "groupe");
}

#[test]
fn a_learner_with_an_unknown_group_or_referent_is_refused_with_a_hint() {
    let tmp = group_journal();
    let t = tmp.path();
    let before = snapshot(&t.join("groupe"));
    let out = carnet(
        t,
        &[
            "add",
            "learner",
            "Inès Benali",
            "--group",
            "garantie",
            "--journal",
            "groupe",
        ],
    )
    .code(2);
    out.stderr_has(&["groupe `garantie` inconnu", "carnet add group garantie"]);
    let out = carnet(
        t,
        &[
            "add",
            "learner",
            "Inès Benali",
            "--referent",
            "karim",
            "--journal",
            "groupe",
        ],
    )
    .code(2);
    out.stderr_has(&["référent `karim` inconnu", "carnet add referent"]);
    assert!(snapshot(&t.join("groupe")) == before, "a refusal wrote");
}

/// Twelve learners, in a spreadsheet's export.
const TWELVE: &str = "Prénom;Nom;Groupe\n\
Léa;Martin;Garantie Jeunes 2026\n\
Léa;Moreau;garantie-jeunes-2026\n\
Inès;Benali;\n\
Karim;Haddad;\n\
Paul;Durand;\n\
Zoé;Roux;\n\
Yanis;Bouzid;\n\
Chloé;Faure;\n\
Mamadou;Diallo;\n\
Sarah;Lopez;\n\
Enzo;Girard;\n\
Jade;N'Diaye;\n";

#[test]
fn a_roster_in_windows_1252_with_semicolons_imports_all_twelve() {
    let tmp = group_journal();
    let t = tmp.path();
    let crlf = TWELVE.replace('\n', "\r\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&crlf);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really Windows-1252");
    std::fs::write(t.join("eleves.csv"), &bytes).expect("write");
    let (out, text) = transcript(
        t,
        &[
            "add",
            "learners",
            "eleves.csv",
            "--group",
            "garantie-jeunes-2026",
            "--referent",
            "nelly",
            "--journal",
            "groupe",
        ],
    );
    out.assert_success();
    insta::assert_snapshot!("add_learners_twelve", text);
    checks_and_builds(t, "groupe");
    let profile = read(&t.join("groupe/learners/jade/profile.md"));
    assert!(profile.contains("name = \"Jade N'Diaye\""), "{profile}");
    assert!(
        profile.contains("groups = [\"garantie-jeunes-2026\"]"),
        "{profile}"
    );
    let chloe = read(&t.join("groupe/learners/chloe/profile.md"));
    assert!(chloe.contains("Chloé Faure"), "accents decoded: {chloe}");
    let sites = sites_in(&t.join("groupe/site"));
    let private = sites.iter().filter(|s| s.starts_with("private/")).count();
    assert_eq!(private, 12, "{sites:?}");
    assert!(sites.contains(&"referent/nelly".to_string()), "{sites:?}");
    // The same list again: everyone is already there, nothing is written.
    let before = snapshot(&t.join("groupe"));
    let again = carnet(t, &["add", "learners", "eleves.csv", "--journal", "groupe"]).code(2);
    again.stderr_has(&["eleves.csv:2", "déjà dans le carnet"]);
    assert!(snapshot(&t.join("groupe")) == before);
}

#[test]
fn a_roster_in_utf8_with_a_bom_and_commas_imports() {
    let tmp = group_journal();
    let t = tmp.path();
    let csv = "\u{FEFF}Inès,Benali,Garantie Jeunes 2026\n\"Léa\",\"Martin\",\n\n";
    std::fs::write(t.join("liste.csv"), csv).expect("write");
    let out = carnet(
        t,
        &[
            "add",
            "learners",
            "liste.csv",
            "--referent",
            "nelly",
            "--journal",
            "groupe",
        ],
    )
    .assert_success();
    assert!(
        out.stdout
            .starts_with("2 jeunes ajoutés : ines (Inès Benali), lea (Léa Martin)"),
        "{out}"
    );
    checks_and_builds(t, "groupe");
    let ines = read(&t.join("groupe/learners/ines/profile.md"));
    assert!(
        ines.contains("name = \"Inès Benali\""),
        "BOM dropped: {ines}"
    );
    assert!(
        ines.contains("groups = [\"garantie-jeunes-2026\"]"),
        "{ines}"
    );
    let lea = read(&t.join("groupe/learners/lea/profile.md"));
    assert!(lea.contains("groups = []"), "no group given: {lea}");
}

#[test]
fn a_wrong_line_names_file_and_line_and_writes_nothing() {
    let tmp = group_journal();
    let t = tmp.path();
    let long = "a".repeat(101);
    let cases = [
        (
            "empty-name",
            "Léa;Martin;\n;Benali;\nPaul;Durand;\n".to_string(),
        ),
        (
            "unknown-group",
            "Léa;Martin;\nInès;Benali;Groupe du jeudi\n".to_string(),
        ),
        ("control", "Léa;Martin;\nIn\u{1b}ès;Benali;\n".to_string()),
        ("too-long", format!("Léa;Martin;\nInès;{long};\n")),
    ];
    for (case, csv) in cases {
        std::fs::write(t.join("eleves.csv"), &csv).expect("write");
        let before = snapshot(&t.join("groupe"));
        let (out, text) = transcript(t, &["add", "learners", "eleves.csv", "--journal", "groupe"]);
        assert_ne!(out.code, 0, "{case}: {out}");
        assert!(out.stderr.contains("eleves.csv:2"), "{case}: {out}");
        assert!(
            out.stderr.contains("aucun jeune n'a été ajouté"),
            "{case}: {out}"
        );
        insta::assert_snapshot!(format!("add_learners_bad_{case}"), text);
        assert!(
            snapshot(&t.join("groupe")) == before,
            "{case}: the journal changed"
        );
        assert!(!t.join("groupe/learners/lea").exists(), "{case}");
    }
}

#[test]
fn comments_of_carnet_toml_survive_add_group_and_add_referent() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let t = tmp.path();
    carnet(t, &["init", "j", "--learner", "Inès"]).assert_success();
    let path = t.join("j/carnet.toml");
    let mut original = read(&path);
    original.push_str("\n# Une note à moi : ne pas oublier l'atelier du jeudi.\n");
    std::fs::write(&path, &original).expect("write");
    carnet(
        t,
        &[
            "add",
            "group",
            "entreprises",
            "--name",
            "Entreprises partenaires",
            "--kind",
            "employers",
            "--journal",
            "j",
        ],
    )
    .assert_success();
    checks_and_builds(t, "j");
    let out = carnet(t, &["add", "referent", "Nelly Martin", "--journal", "j"]).assert_success();
    assert!(
        out.stdout.contains("professionals/nelly/profile.md"),
        "{out}"
    );
    checks_and_builds(t, "j");
    let now = read(&path);
    // Every line of the original is still there, in the same order.
    let mut rest = now.lines();
    for line in original.lines() {
        assert!(
            rest.any(|l| l == line),
            "lost or moved: {line:?}\n--- now:\n{now}"
        );
    }
    assert!(
        now.contains(
            "slug = \"entreprises\"\nname = \"Entreprises partenaires\"\nkind = \"employers\""
        ),
        "{now}"
    );
    assert!(now.contains("professional = \"nelly\""), "{now}");
    let pro = read(&t.join("j/professionals/nelly/profile.md"));
    assert!(pro.contains("name = \"Nelly Martin\"") && pro.contains("visibility = \"private\""));
    // Nelly's referent site exists.
    assert!(sites_in(&t.join("j/site")).contains(&"referent/nelly".to_string()));
}

#[test]
fn duplicates_are_refused_and_change_nothing() {
    let tmp = group_journal();
    let t = tmp.path();
    let before = snapshot(&t.join("groupe"));
    let out = carnet(
        t,
        &[
            "add",
            "group",
            "garantie-jeunes-2026",
            "--name",
            "Autre",
            "--journal",
            "groupe",
        ],
    )
    .code(2);
    out.stderr_has(&["garantie-jeunes-2026", "déjà dans le carnet"]);
    let out = carnet(
        t,
        &[
            "add",
            "group",
            "gj",
            "--name",
            "garantie jeunes 2026",
            "--journal",
            "groupe",
        ],
    )
    .code(2);
    out.stderr_has(&["déjà dans le carnet"]);
    let out = carnet(
        t,
        &["add", "referent", "NELLY MARTIN", "--journal", "groupe"],
    )
    .code(2);
    out.stderr_has(&["déjà dans le carnet"]);
    let out = carnet(
        t,
        &[
            "add",
            "group",
            "Mon Groupe",
            "--name",
            "X",
            "--journal",
            "groupe",
        ],
    )
    .code(2);
    out.stderr_has(&["mon-groupe"]);
    assert!(snapshot(&t.join("groupe")) == before, "a refusal wrote");
    // Another Nelly gets another id and folder.
    let out = carnet(
        t,
        &["add", "referent", "Nelly Petit", "--journal", "groupe"],
    )
    .assert_success();
    assert!(
        out.stdout.contains("professionals/nelly-p/profile.md"),
        "{out}"
    );
    checks_and_builds(t, "groupe");
}

#[test]
fn key_pins_the_learner_and_a_bad_key_writes_nothing() {
    let tmp = group_journal();
    let t = tmp.path();
    let before = snapshot(&t.join("groupe"));
    let out = carnet(
        t,
        &[
            "add",
            "learner",
            "Inès Benali",
            "--key",
            "RWQnotakey",
            "--journal",
            "groupe",
        ],
    )
    .code(2);
    out.stderr_has(&["clé publique minisign"]);
    assert!(snapshot(&t.join("groupe")) == before, "a refusal wrote");
    let key = minisign::KeyPair::generate_unencrypted_keypair()
        .expect("key pair")
        .pk
        .to_base64();
    let out = carnet(
        t,
        &[
            "add",
            "learner",
            "Inès Benali",
            "--key",
            &key,
            "--journal",
            "groupe",
        ],
    )
    .assert_success();
    assert!(
        out.stdout.contains("Clé de signature acceptée pour ines"),
        "{out}"
    );
    let pins = read(&t.join("groupe/contributors.toml"));
    assert!(
        pins.contains("[learners.ines]") && pins.contains(&key),
        "{pins}"
    );
    checks_and_builds(t, "groupe");
}

#[test]
fn new_for_an_unknown_learner_says_how_to_add_one() {
    let tmp = group_journal();
    let out = carnet(tmp.path(), &["new", "paul", "Stage", "--journal", "groupe"]).code(2);
    out.stderr_has(&["apprenant `paul` inconnu", "carnet add learner \"paul\""]);
}
