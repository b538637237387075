//! `carnet export`: a site's zip holds that site's files and nothing of another
//! site; the same journal gives the same zip bytes across builds and file times;
//! a learner's zip holds their journal folder and private site, nobody else's.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::Path;

use crate::cli_transcript::*;
use crate::common::*;

/// Two learners, a group and a referent; canaries in what the public may not see.
fn journal() -> Journal {
    let j = Journal::new();
    j.config(
        "title = \"Carnet test\"\n\n[[groups]]\nslug = \"atelier\"\nname = \"Atelier\"\nkind = \"learners\"\n\n[[referents]]\nslug = \"nelly\"\nname = \"Nelly\"\n",
    );
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"public\"\ngroups = [\"atelier\"]\nreferent = \"nelly\"",
        "Ma bio.",
    );
    j.experience(
        "ana",
        "2021-05-31-stage",
        "title = \"Stage public\"\ndate = 2021-05-31\nvisibility = \"public\"\nskills = [\"rigueur\"]\nphotos = [{ file = \"p.jpg\", alt = \"Une vitrine\" }]",
        "Le texte.",
        &[("p.jpg", &solid_jpeg(64, 48, [200, 30, 30]))],
    );
    j.experience(
        "ana",
        "2021-06-01-zqexportprive",
        "title = \"zqexporttitre\"\ndate = 2021-06-01\nvisibility = \"private\"\nskills = [\"rigueur\"]\nphotos = [{ file = \"q.jpg\", alt = \"zqexportalt\" }]",
        "zqexportcorps",
        &[("q.jpg", &solid_jpeg(64, 48, [30, 200, 30]))],
    );
    j.learner("bea", "name = \"zqbea\"\nvisibility = \"private\"", "");
    j
}

/// Name → bytes of every file of a zip.
fn unzip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).expect("open zip")).expect("zip");
    let mut files = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let name = file.name().expect("entry name").into_owned();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).expect("read entry");
        files.insert(name, bytes);
    }
    files
}

fn export(j: &Journal, out: &Path, args: &[&str]) -> Output {
    let mut all = vec!["export", "journal", "--out"];
    let out = out.to_str().expect("utf-8 path");
    all.push(out);
    all.extend(["--cache", "cache"]);
    all.extend(args);
    run_in(j.tmp(), &all, &[])
}

#[test]
fn a_site_zip_holds_that_site_and_nothing_of_another() {
    let j = journal();
    let (out, text) = {
        let out = export(&j, &j.out(), &["--site", "public", "-o", "public.zip"]);
        let text = render(
            j.tmp(),
            &["export", "journal", "--site", "public", "-o", "public.zip"],
            &out,
        );
        (out, text)
    };
    out.assert_success();
    insta::assert_snapshot!("export_public", text);
    let zipped = unzip(&j.tmp().join("public.zip"));
    // Exactly the public site's files (the manifest of the output folder is not one).
    let site = snapshot(&j.out().join("public"));
    assert_eq!(
        zipped.keys().collect::<Vec<_>>(),
        site.keys().collect::<Vec<_>>()
    );
    assert!(zipped == site, "the zip's bytes are the site's");
    assert!(zipped.contains_key("index.html"));
    // No file of another site: no private canary, no other site's photo.
    for (name, bytes) in &zipped {
        for canary in ["zqexport", "zqbea"] {
            assert!(!contains_ci(name.as_bytes(), canary), "{name}");
            assert!(!contains_ci(bytes, canary), "{name} holds {canary}");
        }
    }
    let private = snapshot(&j.out().join("private/ana"));
    let private_photos: Vec<&String> = private
        .keys()
        .filter(|k| k.starts_with("photos/"))
        .collect();
    let public_photos: Vec<&String> = zipped.keys().filter(|k| k.starts_with("photos/")).collect();
    assert!(
        private_photos.len() > public_photos.len(),
        "the private site has more photos"
    );
    for photo in private_photos {
        if !site.contains_key(photo.as_str()) {
            assert!(
                !zipped.contains_key(photo.as_str()),
                "{photo} of the private site in the public zip"
            );
        }
    }
}

#[test]
fn the_same_journal_gives_the_same_zip_across_builds_and_file_times() {
    let j = journal();
    export(
        &j,
        &j.out(),
        &["--site", "community/atelier", "-o", "one.zip"],
    )
    .assert_success();
    // Another output folder, built later (other file times), and old times on the
    // journal's files.
    for rel in list_files(&j.root()) {
        let file = fs::File::options()
            .write(true)
            .open(j.path(&rel))
            .expect("open");
        file.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(86_400))
            .expect("set time");
    }
    let other = j.tmp().join("other-out");
    export(
        &j,
        &other,
        &["--site", "community/atelier", "-o", "two.zip"],
    )
    .assert_success();
    let one = fs::read(j.tmp().join("one.zip")).expect("one");
    let two = fs::read(j.tmp().join("two.zip")).expect("two");
    assert!(one == two, "two exports of the same journal differ");
    // No host path inside.
    let tmp = j.tmp().display().to_string();
    assert!(
        !contains_ci(&one, &tmp),
        "the zip names the temporary folder"
    );
    // And the default name.
    export(&j, &j.out(), &["--site", "community/atelier"]).assert_success();
    assert_eq!(
        fs::read(j.tmp().join("journal-community-atelier.zip")).expect("default name"),
        one
    );
}

#[test]
fn a_learner_zip_holds_their_journal_and_private_site_only() {
    let j = journal();
    export(&j, &j.out(), &["--learner", "ana"]).assert_success();
    let zipped = unzip(&j.tmp().join("carnet-ana.zip"));
    let names: Vec<&String> = zipped.keys().collect();
    assert!(
        names.iter().all(|n| n.starts_with("carnet-ana/")),
        "{names:?}"
    );
    for expected in [
        "carnet-ana/journal/carnet.toml",
        "carnet-ana/journal/learners/ana/profile.md",
        "carnet-ana/journal/learners/ana/experiences/2021-06-01-zqexportprive/q.jpg",
        "carnet-ana/site/index.html",
    ] {
        assert!(zipped.contains_key(expected), "{expected} not in {names:?}");
    }
    // Her own private things are there; Bea's are not.
    assert!(names.iter().any(|n| n.contains("zqexportprive")));
    assert!(!names.iter().any(|n| n.contains("/bea")), "{names:?}");
    for (name, bytes) in &zipped {
        assert!(!contains_ci(bytes, "zqbea"), "{name}");
    }
    // The journal inside builds on its own.
    let unpacked = j.tmp().join("unpacked");
    for (name, bytes) in &zipped {
        let path = unpacked.join(name);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, bytes).expect("write");
    }
    run_in(
        &unpacked,
        &["build", "carnet-ana/journal", "--cache", "cache"],
        &[],
    )
    .assert_success();
}

#[test]
fn an_unknown_site_is_refused_with_the_known_ones() {
    let j = journal();
    let out = export(&j, &j.out(), &["--site", "comunity/atelier"]).code(2);
    out.stderr_has(&["community/atelier", "vouliez-vous dire"]);
    assert!(!j.tmp().join("journal-comunity-atelier.zip").exists());
}

/// Issue 26: a typo in `--site` printed every warning of the build before its error.
#[test]
fn an_unknown_site_gets_its_error_alone_without_the_build_warnings() {
    let j = journal();
    j.experience(
        "ana",
        "2021-07-01-sans-alt",
        "title = \"Sans texte\"\ndate = 2021-07-01\nvisibility = \"public\"\nskills = [\"rigueur\"]\nphotos = [{ file = \"r.jpg\" }]",
        "Texte.",
        &[("r.jpg", &solid_jpeg(64, 48, [30, 30, 200]))],
    );
    let out = export(&j, &j.out(), &["--site", "pubic"]).code(2);
    out.stderr_has(&["site `pubic` inconnu"]);
    assert!(!out.stderr.contains("avertissement"), "{out}");
    // The same journal exported right still shows its warning.
    let zip = j.tmp().join("public.zip");
    let out = export(
        &j,
        &j.out(),
        &["--site", "public", "-o", zip.to_str().expect("utf-8")],
    )
    .assert_success();
    out.stderr_has(&["avertissement[missing-alt]"]);
}

/// Issue 21: `export --learner` shipped the programme's whole `carnet.toml`, naming
/// the adviser's `professional` folder it did not ship (the copy failed `carnet
/// check`), and built every site first, so it asked for the passphrases of sites
/// that were not hers.
#[test]
fn a_learner_export_builds_alone_without_the_advisers_folder_or_other_passphrases() {
    let j = Journal::new();
    j.config(
        "title = \"Carnet test\"\n\n[[groups]]\nslug = \"atelier\"\nname = \"Atelier\"\nkind = \"learners\"\n\n[[groups]]\nslug = \"zqautre\"\nname = \"zqautregroupe\"\nkind = \"learners\"\nprotect = true\n\n[[referents]]\nslug = \"nelly\"\nname = \"Nelly\"\nprofessional = \"nelly\"\nprotect = true\n\n[[referents]]\nslug = \"zqkarim\"\nname = \"zqkarimnom\"\n",
    );
    j.file(
        "professionals/nelly/profile.md",
        b"+++\nname = \"Nelly\"\nrole = \"conseill\xc3\xa8re\"\nvisibility = \"public\"\n+++\nJ'accompagne des jeunes.\n",
    );
    j.file(
        "professionals/nelly/posts/2021-06-01-suivi.md",
        b"+++\ntitle = \"zqsuivi\"\ndate = 2021-06-01\nvisibility = \"private\"\n+++\nzqnotedesuivi\n",
    );
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"community\"\ngroups = [\"atelier\"]\nreferent = \"nelly\"",
        "Ma bio.",
    );
    j.experience(
        "ana",
        "2021-05-31-stage",
        "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"referent\"\nskills = [\"rigueur\"]",
        "Le texte.",
        &[],
    );
    j.learner(
        "zqbob",
        "name = \"zqbobnom\"\nvisibility = \"community\"\ngroups = [\"zqautre\"]\nreferent = \"zqkarim\"",
        "",
    );
    // No passphrase file: the programme's protected sites are not hers.
    let zip = j.tmp().join("carnet-ana.zip");
    export(&j, &j.out(), &["--learner", "ana"]).assert_success();
    let zipped = unzip(&zip);
    for (name, bytes) in &zipped {
        for canary in ["zqautre", "zqkarim", "zqsuivi", "zqnotedesuivi", "zqbob"] {
            assert!(
                !name.contains(canary) && !contains_ci(bytes, canary),
                "{canary} in {name}"
            );
        }
    }
    let config = String::from_utf8_lossy(&zipped["carnet-ana/journal/carnet.toml"]).into_owned();
    assert!(config.contains("slug = \"atelier\""), "{config}");
    assert!(config.contains("slug = \"nelly\""), "{config}");
    assert!(!config.contains("professional"), "{config}");
    assert!(!config.contains("protect"), "{config}");
    // Unzipped where she keeps it, it checks and builds with no passphrase.
    let unpacked = j.tmp().join("unpacked");
    for (name, bytes) in &zipped {
        let path = unpacked.join(name);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, bytes).expect("write");
    }
    run_in(&unpacked, &["check", "carnet-ana/journal"], &[]).assert_success();
    run_in(
        &unpacked,
        &["build", "carnet-ana/journal", "--cache", "cache"],
        &[],
    )
    .assert_success();
    assert!(unpacked
        .join("carnet-ana/journal/site/referent/nelly/index.html")
        .is_file());
    // The programme's output folder was not touched by her export.
    assert!(
        !j.out().exists(),
        "export --learner builds only her journal"
    );
}
