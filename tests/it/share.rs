//! `carnet share` and `carnet keys new` (issue 23): a learner's own journal sends
//! her programme only what it may see, signed with her key, encrypted to the
//! programme's; nothing of a private item leaves (canary strings, file and folder
//! names, photos recognised by their colour).

use std::path::{Path, PathBuf};

use carnet::share::keys;
use carnet::share::package::{self, Opener};

use crate::common::*;

const BLUE: [u8; 3] = [20, 40, 210];

/// Inès's own journal: a public experience with a GPS-tagged photo, a referent
/// one, a private one full of canaries (folder, title, body, tag, photo name and a
/// blue photo), a story naming the private experience, and a private story.
pub(crate) fn own_journal() -> Journal {
    let j = Journal::new();
    j.config(
        r#"title = "Carnet d'Inès"
[[groups]]
slug = "gj"
name = "Garantie Jeunes"
kind = "learners"
[[referents]]
slug = "nelly"
name = "Nelly"
role = "conseillère"
"#,
    )
    .learner(
        "ines",
        "name = \"Inès\"\ngroups = [\"gj\"]\nreferent = \"nelly\"\nvisibility = \"referent\"",
        "Je cherche un apprentissage.",
    )
    .experience(
        "ines",
        "2021-03-30-stage",
        "title = \"Stage animalerie\"\ndate = 2021-03-30\nvisibility = \"public\"\nskills = [{ id = \"rigueur\", level = 3 }]\nphotos = [{ file = \"chat.jpg\", alt = \"Un chat\" }]",
        "Trois semaines avec les animaux.",
        &[("chat.jpg", &example_file(GPS_PHOTO))],
    )
    .experience(
        "ines",
        "2021-05-01-atelier",
        "title = \"Atelier CV\"\ndate = 2021-05-01\nvisibility = \"referent\"\nskills = [\"autonomie\"]",
        "Mon CV refait.",
        &[],
    )
    .experience(
        "ines",
        "2021-04-01-zqsecretfolder",
        "title = \"zqprivatetitle\"\ndate = 2021-04-01\ntags = [\"zqprivatetag\"]\nplace = \"zqprivateplace\"\nskills = [\"rigueur\"]",
        "zqprivatebody sentence here.",
        &[("zqprivatephoto.jpg", &solid_jpeg(64, 48, BLUE))],
    )
    .story(
        "ines",
        "parcours",
        "title = \"Mon parcours\"\nvisibility = \"referent\"\nexperiences = [\"2021-03-30-stage\", \"2021-04-01-zqsecretfolder\"]",
        "Mon histoire.",
    )
    .story(
        "ines",
        "zqprivatestory",
        "title = \"zqprivatestorytitle\"\nexperiences = [\"2021-04-01-zqsecretfolder\"]",
        "zqprivatestorybody",
    );
    j
}

/// carnet's private folder of a test (keys, memory of shares).
fn home(j: &Journal) -> PathBuf {
    j.tmp().join("carnet-home")
}

fn share(j: &Journal, args: &[&str]) -> Output {
    let home = home(j);
    let mut all = vec!["share".to_string(), j.root().display().to_string()];
    all.extend(args.iter().map(|a| (*a).to_string()));
    run_with_env(all, &[("CARNET_HOME", home.to_str().expect("utf-8"))])
}

/// The learner's public key (made by `carnet keys new --learner`).
fn learner_key(j: &Journal) -> String {
    let home = home(j);
    let out = run_with_env(
        [
            "keys",
            "new",
            "--learner",
            "--journal",
            j.root().to_str().expect("utf-8"),
        ],
        &[("CARNET_HOME", home.to_str().expect("utf-8"))],
    )
    .assert_success();
    out.stdout
        .lines()
        .last()
        .expect("the key is printed")
        .trim()
        .to_string()
}

/// Opens a share with the programme's `identities`, the learner's key pinned.
fn open(path: &Path, identities: &[age::x25519::Identity], key: &str) -> package::Opened {
    let key = key.to_string();
    let pinned = move |_: &str| Some(key.clone());
    package::open(
        path,
        &Opener {
            identities,
            pinned: &pinned,
        },
    )
    .expect("the share opens")
}

#[test]
fn a_share_holds_only_what_the_programme_may_see() {
    let j = own_journal();
    let key = learner_key(&j);
    let file = j.tmp().join("ines.carnet");
    let out = share(&j, &["--unencrypted", "-o", file.to_str().expect("utf-8")]).assert_success();
    assert!(
        out.stdout.contains("2 expériences, 1 récit, 1 photo"),
        "{}",
        out.stdout
    );
    let opened = open(&file, &[], &key);
    let names: Vec<&String> = opened.texts.keys().chain(opened.photos.keys()).collect();
    let all_text: String = opened
        .texts
        .values()
        .cloned()
        .chain(names.iter().map(|n| (*n).clone()))
        .collect::<Vec<_>>()
        .join("\n");
    let raw = std::fs::read(&file).expect("read");
    for canary in [
        "zqsecretfolder",
        "zqprivate",
        "zqprivatephoto",
        "zqprivatestory",
    ] {
        assert!(!all_text.contains(canary), "{canary} left: {all_text}");
        assert!(!contains_ci(&raw, canary), "{canary} in the file's bytes");
    }
    // What the programme may see is there, pairing every absence.
    for present in [
        "Stage animalerie",
        "Atelier CV",
        "Mon parcours",
        "Je cherche",
    ] {
        assert!(all_text.contains(present), "{present} missing: {all_text}");
    }
    let story = &opened.texts["learners/ines/stories/parcours.md"];
    assert!(
        story.contains("experiences = [\"2021-03-30-stage\"]"),
        "{story}"
    );
    // Photos: re-encoded, no metadata, never the original, never the private one.
    assert_eq!(opened.photos.len(), 1);
    let photo = opened.photos["learners/ines/experiences/2021-03-30-stage/chat.jpg"]
        .read()
        .expect("photo");
    assert_ne!(photo, example_file(GPS_PHOTO));
    assert!(
        jpeg_segments(&photo)
            .iter()
            .all(|s| !matches!(s.marker, 0xE1 | 0xED | 0xE2)),
        "metadata in a shared photo"
    );
    let (_, _, mean) = decode_mean(&photo);
    let near = |a: [u8; 3], b: [u8; 3]| a.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 30);
    assert!(!near(mean, BLUE), "the private photo left");
}

#[test]
fn the_same_journal_gives_the_same_bytes() {
    let j = own_journal();
    learner_key(&j);
    let (one, two) = (j.tmp().join("one.carnet"), j.tmp().join("two.carnet"));
    share(&j, &["--unencrypted", "-o", one.to_str().expect("utf-8")]).assert_success();
    share(&j, &["--unencrypted", "-o", two.to_str().expect("utf-8")]).assert_success();
    assert_eq!(
        std::fs::read(&one).expect("one"),
        std::fs::read(&two).expect("two")
    );
}

#[test]
fn a_share_is_encrypted_to_every_programme_key_and_refused_without_one() {
    let j = own_journal();
    let key = learner_key(&j);
    // No programme key: refused, and told why.
    let out = share(&j, &[]).code(2);
    out.stderr_has(&["aucune clé de programme", "--unencrypted"]);
    // Two advisers' identities, made by `carnet keys new`.
    let mut identities = Vec::new();
    let mut recipients = Vec::new();
    for name in ["nelly", "paul"] {
        let id = j.tmp().join(format!("{name}.age"));
        let out = run(["keys", "new", "--out", id.to_str().expect("utf-8")]).assert_success();
        let recipient = out
            .stdout
            .lines()
            .last()
            .expect("printed")
            .trim()
            .to_string();
        assert!(recipient.starts_with("age1"), "{}", out.stdout);
        recipients.push(recipient);
        identities
            .push(keys::read_identities(&id, None, carnet::journal::Language::Fr).expect("id"));
    }
    let config = j.read("carnet.toml");
    j.config(&format!(
        "{config}\n[programme]\nrecipients = [\"{}\"]\n",
        recipients[0]
    ));
    let file = j.tmp().join("ines.carnet");
    share(
        &j,
        &["--to", &recipients[1], "-o", file.to_str().expect("utf-8")],
    )
    .assert_success();
    let bytes = std::fs::read(&file).expect("read");
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!contains_ci(&bytes, "Stage animalerie"));
    for ids in &identities {
        let opened = open(&file, ids, &key);
        assert!(opened.encrypted);
        assert_eq!(opened.manifest.to.len(), 2);
    }
    // A programme key that is not one: located in carnet.toml.
    j.config(&format!(
        "{config}\n[programme]\nrecipients = [\"age1nope\"]\n"
    ));
    share(&j, &[]).code(1).stderr_has(&["carnet.toml:", "age1"]);
}

#[test]
fn dry_run_says_what_leaves_and_writes_nothing() {
    let j = own_journal();
    let before = list_paths(j.tmp());
    let out = share(&j, &["--dry-run"]).assert_success();
    assert!(
        out.stdout.contains("Ce que Nelly recevra de Inès"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(
            "2 expériences, 1 récit, 1 photo ; 1 expérience, 1 récit, 1 photo restent chez toi"
        ),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Atelier CV"), "{}", out.stdout);
    assert!(!out.stdout.contains("zqprivate"), "{}", out.stdout);
    assert_eq!(before, list_paths(j.tmp()));
}

#[test]
fn key_files_inside_the_journal_are_refused() {
    let j = own_journal();
    let inside = j.root().join("signing.key");
    share(
        &j,
        &["--unencrypted", "--key", inside.to_str().expect("utf-8")],
    )
    .code(2)
    .stderr_has(&["dans le journal"]);
    let out = run([
        "keys",
        "new",
        "--out",
        j.root().join("id.age").to_str().expect("utf-8"),
        "--journal",
        j.root().to_str().expect("utf-8"),
    ]);
    out.code(2).stderr_has(&["dans le journal"]);
    assert!(!j.root().join("id.age").exists());
}
