//! A programme's journal reads learners' contributions (`contributions/*.carnet`,
//! issue 23) as if their folders were there: the same checks, errors located inside
//! the contribution, the same views and leak check; refused when tampered with,
//! replayed, made for another programme or signed by another key, the previous
//! sites then unchanged; an item made private since is gone at the next build.

use std::path::{Path, PathBuf};

use crate::common::*;
use crate::share::own_journal;

/// A programme's journal with the group and referent Inès's journal names, its
/// identity (made by `carnet keys new`) outside the journal, and Inès's journal
/// set to share with it.
struct Setup {
    programme: Journal,
    learner: Journal,
    identity: PathBuf,
    home: PathBuf,
}

const PROGRAMME: &str = r#"title = "Mission locale"
[[groups]]
slug = "gj"
name = "Garantie Jeunes"
kind = "learners"
[[referents]]
slug = "nelly"
name = "Nelly"
role = "conseillère"
"#;

impl Setup {
    fn new() -> Setup {
        let programme = Journal::new();
        programme.config(PROGRAMME);
        let learner = own_journal();
        let identity = programme.tmp().join("programme.age");
        let out = run(["keys", "new", "--out", identity.to_str().expect("utf-8")]).assert_success();
        let recipient = out
            .stdout
            .lines()
            .last()
            .expect("printed")
            .trim()
            .to_string();
        let config = learner.read("carnet.toml");
        learner.config(&format!(
            "{config}\n[programme]\nrecipients = [\"{recipient}\"]\n"
        ));
        let home = learner.tmp().join("carnet-home");
        Setup {
            programme,
            learner,
            identity,
            home,
        }
    }

    fn env(&self) -> Vec<(&str, &str)> {
        vec![
            ("CARNET_HOME", self.home.to_str().expect("utf-8")),
            ("CARNET_IDENTITY", self.identity.to_str().expect("utf-8")),
        ]
    }

    fn contributions(&self) -> PathBuf {
        let dir = self.programme.root().join("contributions");
        std::fs::create_dir_all(&dir).expect("mkdir");
        dir
    }

    /// Shares Inès's journal into the programme's `contributions/`, as `name`.
    fn share(&self, name: &str) -> PathBuf {
        let dest = self.contributions().join(name);
        run_with_env(
            [
                "share",
                self.learner.root().to_str().expect("utf-8"),
                "-o",
                dest.to_str().expect("utf-8"),
            ],
            &self.env(),
        )
        .assert_success();
        dest
    }

    fn accept(&self) -> Output {
        run_with_env(
            [
                "contributions",
                "accept",
                "ines",
                self.programme.root().to_str().expect("utf-8"),
            ],
            &self.env(),
        )
    }

    fn build(&self) -> Output {
        let root = self.programme.root();
        let out = self.programme.out();
        let cache = self.programme.cache();
        run_with_env(
            [
                "build",
                root.to_str().expect("utf-8"),
                "--out",
                out.to_str().expect("utf-8"),
                "--cache",
                cache.to_str().expect("utf-8"),
            ],
            &self.env(),
        )
    }
}

fn all_text(out: &Path) -> String {
    read_all_text(out)
        .into_iter()
        .map(|(name, text)| format!("{name}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_contribution_builds_like_a_folder_and_nothing_private_reaches_any_site() {
    let s = Setup::new();
    s.share("ines-1.carnet");
    // Not accepted yet: refused, and the key to check is named.
    s.build()
        .code(1)
        .stderr_has(&["pas encore acceptée", "contributions accept ines"]);
    let accepted = s.accept().assert_success();
    assert!(accepted.stdout.contains("RW"), "{}", accepted.stdout);
    let built = s.build().assert_success();
    assert!(built.stdout.contains("ines"), "{}", built.stdout);
    let out = s.programme.out();
    let text = all_text(&out);
    for canary in ["zqsecretfolder", "zqprivate", "zqprivatestory"] {
        assert!(!text.contains(canary), "{canary} in a site");
        assert!(
            list_paths(&out).iter().all(|p| !p.contains(canary)),
            "{canary} in a file name"
        );
    }
    // Present where allowed: her referent sees both; her profile is `referent`, so
    // the public site shows nothing of her.
    let nelly = site_text(&s.programme.site("referent/nelly"));
    assert!(nelly.contains("Stage animalerie") && nelly.contains("Atelier CV"));
    let public = site_text(&s.programme.site("public"));
    assert!(!public.contains("Stage animalerie") && !public.contains("Atelier CV"));
    // The programme makes no private site for a learner who keeps her own.
    assert!(!out.join("private/ines").exists());
    // No photo of any site or of the cache is the private (blue) one.
    let near_blue = |bytes: &[u8]| {
        let (_, _, m) = decode_mean(bytes);
        m[2] > 150 && m[0] < 80 && m[1] < 100
    };
    for dir in [out.clone(), s.programme.cache()] {
        for file in list_files(&dir) {
            if file.ends_with(".jpg") {
                let bytes = std::fs::read(dir.join(&file)).expect("read");
                assert!(!near_blue(&bytes), "{file} is the private photo");
            }
        }
    }
}

#[test]
fn errors_inside_a_contribution_are_located_inside_it() {
    let s = Setup::new();
    // The programme knows no group `gj`: Inès's profile names it.
    s.programme
        .config(&PROGRAMME.replace("slug = \"gj\"", "slug = \"autre\""));
    s.share("ines-2026.carnet");
    s.accept().assert_success();
    s.build()
        .code(1)
        .stderr_has(&["ines-2026.carnet → learners/ines/profile.md:"]);
}

#[test]
fn tampered_replayed_or_foreign_contributions_are_refused_and_sites_unchanged() {
    let s = Setup::new();
    let first = s.share("ines-a.carnet");
    s.accept().assert_success();
    s.build().assert_success();
    let before = snapshot(&s.programme.out());
    let good = std::fs::read(&first).expect("read");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "flipped",
            {
                let mut b = good.clone();
                let at = b.len() / 2;
                b[at] ^= 0x01;
                b
            },
            "abîmé",
        ),
        ("truncated", good[..good.len() - 100].to_vec(), "abîmé"),
    ];
    for (case, bytes, says) in cases {
        std::fs::write(&first, &bytes).expect("write");
        s.build().code(1).stderr_has(&[says]);
        assert_eq!(before, snapshot(&s.programme.out()), "{case}");
    }
    std::fs::write(&first, &good).expect("restore");
    // Made for another programme.
    let other = s.programme.tmp().join("other.age");
    let out = run(["keys", "new", "--out", other.to_str().expect("utf-8")]).assert_success();
    let theirs = out
        .stdout
        .lines()
        .last()
        .expect("printed")
        .trim()
        .to_string();
    let foreign = s.contributions().join("ines-other.carnet");
    let config = s.learner.read("carnet.toml");
    let without = config
        .split("\n[programme]")
        .next()
        .expect("config")
        .to_string();
    s.learner.config(&without);
    run_with_env(
        [
            "share",
            s.learner.root().to_str().expect("utf-8"),
            "--to",
            &theirs,
            "-o",
            foreign.to_str().expect("utf-8"),
        ],
        &s.env(),
    )
    .assert_success();
    s.learner.config(&config);
    s.build().code(1).stderr_has(&["un autre programme"]);
    assert_eq!(before, snapshot(&s.programme.out()));
    std::fs::remove_file(&foreign).expect("remove");
    // Signed by another learner's key.
    let stranger = s.learner.tmp().join("stranger.key");
    let forged = s.contributions().join("ines-forged.carnet");
    run_with_env(
        [
            "share",
            s.learner.root().to_str().expect("utf-8"),
            "--key",
            stranger.to_str().expect("utf-8"),
            "-o",
            forged.to_str().expect("utf-8"),
        ],
        &[("CARNET_HOME", s.home.to_str().expect("utf-8"))],
    )
    .code(2);
    run_with_env(
        [
            "keys",
            "new",
            "--learner",
            "--out",
            stranger.to_str().expect("utf-8"),
        ],
        &[],
    )
    .assert_success();
    run_with_env(
        [
            "share",
            s.learner.root().to_str().expect("utf-8"),
            "--key",
            stranger.to_str().expect("utf-8"),
            "-o",
            forged.to_str().expect("utf-8"),
        ],
        &[("CARNET_HOME", s.home.to_str().expect("utf-8"))],
    )
    .assert_success();
    s.build()
        .code(1)
        .stderr_has(&["pas signé par la clé acceptée"]);
    assert_eq!(before, snapshot(&s.programme.out()));
    std::fs::remove_file(&forged).expect("remove");
    // A newer share is accepted; then the older one alone is a replay.
    s.learner.edit(
        "learners/ines/experiences/2021-05-01-atelier/index.md",
        "Mon CV refait.",
        "Mon CV refait, encore.",
    );
    let newer = s.share("ines-b.carnet");
    s.build().assert_success();
    let after_newer = snapshot(&s.programme.out());
    std::fs::remove_file(&newer).expect("remove");
    s.build().code(1).stderr_has(&["copie rejouée"]);
    assert_eq!(after_newer, snapshot(&s.programme.out()));
}

#[test]
fn an_item_made_private_is_gone_from_every_site_at_the_next_build() {
    let s = Setup::new();
    s.share("ines-1.carnet");
    s.accept().assert_success();
    s.build().assert_success();
    assert!(all_text(&s.programme.out()).contains("Stage animalerie"));
    s.learner.edit(
        "learners/ines/experiences/2021-03-30-stage/index.md",
        "visibility = \"public\"",
        "visibility = \"private\"",
    );
    s.share("ines-2.carnet");
    let built = s.build().assert_success();
    assert!(built.stdout.contains("ines-1.carnet"), "{}", built.stdout);
    let out = s.programme.out();
    assert!(!all_text(&out).contains("Stage animalerie"));
    assert!(list_paths(&out)
        .iter()
        .all(|p| !p.contains("2021-03-30-stage")));
    assert!(all_text(&out).contains("Atelier CV"));
}

#[test]
fn a_learner_both_as_folder_and_contribution_is_an_error_naming_both() {
    let s = Setup::new();
    s.share("ines-1.carnet");
    s.accept().assert_success();
    s.programme.learner(
        "ines",
        "name = \"Inès\"\nreferent = \"nelly\"\nvisibility = \"referent\"",
        "",
    );
    s.build()
        .code(1)
        .stderr_has(&["learners/ines", "ines-1.carnet"]);
}

#[test]
fn an_exported_learner_builds_alone_and_shares_back() {
    let s = Setup::new();
    // Inès as a folder of the programme, at first (she captured in workshops).
    let own = s.learner.root().join("learners/ines");
    for file in list_files(&own) {
        let bytes = std::fs::read(own.join(&file)).expect("read");
        s.programme.file(&format!("learners/ines/{file}"), &bytes);
    }
    s.build().assert_success();
    let zip_path = s.programme.tmp().join("carnet-ines.zip");
    run_with_env(
        [
            "export",
            s.programme.root().to_str().expect("utf-8"),
            "--learner",
            "ines",
            "-o",
            zip_path.to_str().expect("utf-8"),
        ],
        &s.env(),
    )
    .assert_success();
    // Her journal, unzipped where she keeps it.
    let taken = s.programme.tmp().join("taken");
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(&zip_path).expect("zip")).expect("archive");
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("name").into_owned();
        let Some(rel) = name
            .strip_prefix("carnet-ines/journal/")
            .map(str::to_string)
        else {
            continue;
        };
        let dest = taken.join(rel);
        std::fs::create_dir_all(dest.parent().expect("parent")).expect("mkdir");
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).expect("read");
        std::fs::write(dest, bytes).expect("write");
    }
    let alone = taken.join("site-out");
    run([
        "build",
        taken.to_str().expect("utf-8"),
        "--out",
        alone.to_str().expect("utf-8"),
    ])
    .assert_success();
    assert!(alone.join("private/ines/index.html").exists());
    // She shares back; the programme drops her folder and reads the share instead.
    let dest = s.contributions().join("ines-back.carnet");
    run_with_env(
        [
            "share",
            taken.to_str().expect("utf-8"),
            "--unencrypted",
            "-o",
            dest.to_str().expect("utf-8"),
        ],
        &s.env(),
    )
    .assert_success();
    std::fs::remove_dir_all(s.programme.root().join("learners/ines")).expect("rm");
    s.accept().assert_success();
    s.build().assert_success();
    assert!(site_text(&s.programme.site("referent/nelly")).contains("Atelier CV"));
}
