//! Sealed sites (`protect = true`): passphrases come from outside the journal and
//! their problems are clear errors that write nothing; a sealed site's folder holds
//! nothing but ciphertext under opaque names, the unlock page and its script (no
//! title, sentence, name or photo of the journal, and no file that decodes as an
//! image); each build has fresh nonces and a fresh content key, so a passphrase left
//! out is revoked; `export` zips the sealed site. In headless Chromium
//! (`tests/browser/sealed.mjs`): the right passphrases open pages with their photos,
//! lightbox and navigation, wrong and revoked ones are refused, a flipped byte shows
//! an error, and the secure contexts behave as the README says.

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

const FIRST: &str = "une phrase pour Nelly et le groupe";
const SECOND: &str = "seconde phrase pour Paul, adjoint";
const WRONG: &str = "ce n'est pas la bonne phrase";
const SITE: &str = "community/atelier";
const PAGE: &str = "ana/experiences/2021-03-04-zqstage-menuiserie/index.html";

/// Every string of the journal the sealed site shows, to be searched for.
const STRINGS: [&str; 12] = [
    "zqStage à la menuiserie Zorglub",
    "Le rabot zinzolin glisse sur le chêne clair.",
    "zqstage-menuiserie",
    "zqVisite de la quincaillerie",
    "zqvisite-quincaillerie",
    "Une planche zqérable",
    "zqAnaïs",
    "zqbio de la menuisière",
    "zqatelierbois",
    "Atelier zqBois",
    "zqchantier",
    "photo-zq",
];

/// A group site to seal (ten photos on one page, WebP twins) beside an unprotected
/// referent site showing the same items.
fn journal() -> Journal {
    let j = Journal::new();
    j.config(
        "title = \"Carnet zqatelierbois\"\n\n[images]\nwebp = true\n\n[[groups]]\nslug = \"atelier\"\nname = \"Atelier zqBois\"\nkind = \"learners\"\nprotect = true\n\n[[referents]]\nslug = \"nelly\"\nname = \"Nelly\"\n",
    );
    j.learner(
        "ana",
        "name = \"zqAnaïs\"\nvisibility = \"community\"\ngroups = [\"atelier\"]\nreferent = \"nelly\"",
        "zqbio de la menuisière",
    );
    let colors: Vec<[u8; 3]> = (0..10u8)
        .map(|i| [20 + i * 23, 200 - i * 17, (i * 61) % 255])
        .collect();
    let photos: Vec<(String, Vec<u8>)> = colors
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                format!("photo-zq{i}.jpg"),
                two_tone_jpeg(1200, 800, *c, [255 - c[0], 255 - c[1], 255 - c[2]]),
            )
        })
        .collect();
    let list: Vec<String> = (0..10)
        .map(|i| format!("{{ file = \"photo-zq{i}.jpg\", alt = \"Une planche zqérable {i}\" }}"))
        .collect();
    let refs: Vec<(&str, &[u8])> = photos
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    j.experience(
        "ana",
        "2021-03-04-zqstage-menuiserie",
        &format!(
            "title = \"zqStage à la menuiserie Zorglub\"\ndate = 2021-03-04\nvisibility = \"community\"\ntags = [\"zqchantier\"]\nphotos = [{}]",
            list.join(", ")
        ),
        "Le rabot zinzolin glisse sur le chêne clair.",
        &refs,
    );
    j.experience(
        "ana",
        "2021-04-01-zqvisite-quincaillerie",
        "title = \"zqVisite de la quincaillerie\"\ndate = 2021-04-01\nvisibility = \"community\"\nphotos = [{ file = \"photo-zqv.jpg\", alt = \"Une planche zqérable v\" }]",
        "Une visite.",
        &[("photo-zqv.jpg", &two_tone_jpeg(900, 600, [10, 90, 200], [220, 200, 20]))],
    );
    j
}

/// Writes a passphrase file beside (outside) the journal.
fn passphrase_file(j: &Journal, name: &str, lines: &str) -> PathBuf {
    let path = j.tmp().join(name);
    fs::write(&path, lines).expect("write passphrase file");
    path
}

fn build_sealed(j: &Journal, out: &Path, file: &Path) -> Output {
    run([
        OsString::from("build"),
        j.root().into(),
        "--out".into(),
        out.into(),
        "--cache".into(),
        j.cache().into(),
        "--passphrase-file".into(),
        file.into(),
    ])
}

fn both(j: &Journal) -> PathBuf {
    passphrase_file(
        j,
        "passphrases.txt",
        &format!("# the advisers of the group\n{SITE} = {FIRST}\n{SITE} = {SECOND}\n"),
    )
}

/// The public header of a sealed site, from its unlock page.
fn header(site: &Path) -> serde_json::Value {
    let page = fs::read_to_string(site.join("index.html")).expect("unlock page");
    let start = page.find("id=\"carnet-seal\">").expect("seal data") + "id=\"carnet-seal\">".len();
    let end = start + page[start..].find("</script>").expect("end of seal data");
    let config: serde_json::Value = serde_json::from_str(&page[start..end]).expect("seal JSON");
    config["seal"].clone()
}

/// The content key and the map of names (site path → opaque file) of a sealed site.
fn open_site(site: &Path, passphrase: &str) -> Option<([u8; 32], BTreeMap<String, String>)> {
    let header = header(site);
    let key = carnet::seal::content_key(&header, passphrase)?;
    let map_name = header["map"].as_str().expect("map name");
    let sealed = fs::read(site.join(map_name)).expect("read map");
    let map = carnet::seal::open(&key, carnet::seal::MAP_PATH, &sealed).expect("map opens");
    let map: serde_json::Value = serde_json::from_slice(&map).expect("map JSON");
    let files = map["files"]
        .as_object()
        .expect("files")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("name").to_string()))
        .collect();
    Some((key, files))
}

/// Every file of a site folder: (path relative to it, bytes).
fn files_of(site: &Path) -> Vec<(String, Vec<u8>)> {
    list_files(site)
        .into_iter()
        .map(|rel| {
            let bytes = fs::read(site.join(&rel)).expect("read");
            (rel, bytes)
        })
        .collect()
}

#[test]
fn a_protected_site_without_a_passphrase_is_an_error_and_writes_nothing() {
    let j = journal();
    let out = j.build().code(2);
    out.stderr_has(&[
        "carnet.toml",
        "community/atelier",
        "protect = true",
        "--passphrase-file",
        "CARNET_PASSPHRASE_COMMUNITY_ATELIER",
    ]);
    assert!(
        !j.out().exists(),
        "a failed build wrote {}",
        j.out().display()
    );
}

#[test]
fn a_passphrase_file_inside_the_journal_is_refused() {
    let j = journal();
    j.file("phrases.txt", format!("{SITE} = {FIRST}\n").as_bytes());
    let out = build_sealed(&j, &j.out(), &j.path("phrases.txt")).code(2);
    out.stderr_has(&["phrases.txt", "dans le journal"]);
    assert!(!out.stderr.contains(FIRST), "{out}");
    assert!(!j.out().exists());
}

#[test]
fn a_missing_passphrase_file_is_said_in_french_without_the_os_error() {
    let j = journal();
    let file = j.tmp().join("phrases-absentes.txt");
    let out = build_sealed(&j, &j.out(), &file).code(2);
    out.stderr_has(&["fichier introuvable : ", "phrases-absentes.txt"]);
    assert!(!out.stderr.contains("os error"), "{out}");
    assert!(!out.stderr.contains("No such file"), "{out}");
    assert!(!j.out().exists());
    // An English journal reads it in English.
    let config = fs::read_to_string(j.path("carnet.toml")).expect("carnet.toml");
    j.config(&format!("language = \"en\"\n{config}"));
    let out = build_sealed(&j, &j.out(), &file).code(2);
    out.stderr_has(&["file not found: ", "phrases-absentes.txt"]);
    assert!(!out.stderr.contains("os error"), "{out}");
    assert!(!j.out().exists());
}

#[test]
fn a_bad_line_names_its_file_and_line_and_never_the_passphrase() {
    let j = journal();
    let file = passphrase_file(
        &j,
        "p.txt",
        &format!("{SITE} = {FIRST}\nreferent/nelly = zqsecret passphrase here\n"),
    );
    let out = build_sealed(&j, &j.out(), &file).code(2);
    out.stderr_has(&["p.txt:2", "referent/nelly", "n'est pas protégé"]);
    assert!(!out.stderr.contains("zqsecret"), "{out}");
    let file = passphrase_file(&j, "q.txt", &format!("{SITE} = court\n"));
    let out = build_sealed(&j, &j.out(), &file).code(2);
    out.stderr_has(&["q.txt:1", "trop courte"]);
    assert!(!out.stderr.contains("court\n"), "{out}");
    let file = passphrase_file(&j, "r.txt", &format!("community/ateliers = {FIRST}\n"));
    build_sealed(&j, &j.out(), &file).code(2).stderr_has(&[
        "r.txt:1",
        "community/ateliers",
        "community/atelier",
    ]);
    assert!(!j.out().exists());
}

#[test]
fn the_environment_gives_passphrases_too() {
    let j = journal();
    let env_value = format!("{FIRST}\n{SECOND}\n");
    run_with_env(
        [
            OsString::from("build"),
            j.root().into(),
            "--out".into(),
            j.out().into(),
            "--cache".into(),
            j.cache().into(),
        ],
        &[("CARNET_PASSPHRASE_COMMUNITY_ATELIER", &env_value)],
    )
    .assert_success();
    let site = j.out().join(SITE);
    assert!(open_site(&site, FIRST).is_some());
    assert!(open_site(&site, SECOND).is_some());
    assert!(open_site(&site, WRONG).is_none());
}

#[test]
fn a_sealed_site_holds_no_string_name_or_photo_of_the_journal() {
    let j = journal();
    let out = build_sealed(&j, &j.out(), &both(&j)).assert_success();
    assert!(!out.stdout.contains(FIRST) && !out.stderr.contains(FIRST));
    let line = out
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with(SITE))
        .expect("the site's line in the summary");
    assert!(line.contains("scellé"), "{line}");
    let site = j.out().join(SITE);
    let files = files_of(&site);
    // Only the unlock page, its script and opaque ciphertext.
    for (rel, _) in &files {
        let opaque = rel.len() == "c/".len() + 32 + ".bin".len()
            && rel.starts_with("c/")
            && rel.ends_with(".bin")
            && rel[2..34].bytes().all(|b| b.is_ascii_hexdigit());
        assert!(
            opaque || rel == "index.html" || rel == "carnet-unlock.js" || rel == "robots.txt",
            "{rel} is not an opaque name"
        );
    }
    // No string of the journal in any file or file name, in any encoding the
    // pages use; no passphrase either.
    let mut needles: Vec<String> = STRINGS.iter().map(|s| s.to_string()).collect();
    needles.extend(STRINGS.iter().map(|s| s.replace('é', "&eacute;")));
    needles.extend(["Nelly", FIRST, SECOND].map(String::from));
    for (rel, bytes) in &files {
        for needle in &needles {
            assert!(!rel.contains(needle.as_str()), "{rel} names {needle:?}");
            assert!(
                memchr::memmem::find(bytes, needle.as_bytes()).is_none(),
                "{rel} holds {needle:?}"
            );
        }
        // No file decodes as an image (the photos are compared by pixels elsewhere:
        // here there are none to compare).
        assert!(
            image::load_from_memory(bytes).is_err(),
            "{rel} decodes as an image"
        );
    }
    // The same strings are in the unprotected referent site (so the search above
    // looked for strings the build really writes), and the sealed pages hold them.
    let referent = read_all_text(&j.out().join("referent/nelly"));
    for s in [
        "zqStage à la menuiserie Zorglub",
        "Le rabot zinzolin glisse",
    ] {
        assert!(
            referent.iter().any(|(_, t)| t.contains(s)),
            "{s} not in referent/nelly"
        );
    }
    let (key, map) = open_site(&site, FIRST).expect("opens");
    let page = fs::read(site.join(&map[PAGE])).expect("page");
    let page = carnet::seal::open(&key, PAGE, &page).expect("page opens");
    let page = String::from_utf8(page).expect("utf-8");
    assert!(page.contains("Le rabot zinzolin glisse sur le chêne clair."));
    // Every photo of the page is in the site, every width and its WebP twin, and
    // decrypts to an image the plaintext build would have published.
    let photos: Vec<&String> = map.keys().filter(|k| k.starts_with("photos/")).collect();
    assert!(photos.iter().any(|p| p.ends_with(".webp")), "{photos:?}");
    assert!(photos.len() >= 2 * 11, "{} photo files", photos.len());
    for p in &photos {
        let sealed = fs::read(site.join(&map[*p])).expect("photo");
        let plain = carnet::seal::open(&key, p, &sealed).expect("photo opens");
        assert!(
            image::load_from_memory(&plain).is_ok(),
            "{p} does not decode once opened"
        );
    }
    // Every page and asset is sealed; robots.txt alone stays readable, and says
    // only « keep out ».
    assert!(map.contains_key("index.html") && map.contains_key("static/carnet.js"));
    assert_eq!(
        fs::read_to_string(site.join("robots.txt")).expect("robots.txt"),
        "User-agent: *\nDisallow: /\n"
    );
}

#[test]
fn each_build_has_fresh_nonces_keys_and_names() {
    let j = journal();
    let file = both(&j);
    let one = j.tmp().join("one");
    let two = j.tmp().join("two");
    build_sealed(&j, &one, &file).assert_success();
    build_sealed(&j, &two, &file).assert_success();
    let (a, b) = (one.join(SITE), two.join(SITE));
    let (key_a, map_a) = open_site(&a, FIRST).expect("opens");
    let (key_b, map_b) = open_site(&b, FIRST).expect("opens");
    assert_ne!(key_a, key_b, "the content key was reused");
    assert_ne!(header(&a)["salt"], header(&b)["salt"]);
    assert_eq!(
        map_a.keys().collect::<Vec<_>>(),
        map_b.keys().collect::<Vec<_>>(),
        "the same plaintext files"
    );
    let mut nonces = HashSet::new();
    let mut bodies = HashSet::new();
    for (site, map) in [(&a, &map_a), (&b, &map_b)] {
        for name in map.values() {
            let bytes = fs::read(site.join(name)).expect("read");
            assert!(
                nonces.insert(bytes[..12].to_vec()),
                "a nonce was used twice"
            );
            assert!(bodies.insert(bytes[12..].to_vec()), "two equal ciphertexts");
        }
    }
    let shared: Vec<_> = map_a
        .iter()
        .filter(|(k, v)| map_b.get(*k) == Some(*v))
        .collect();
    assert!(shared.is_empty(), "names kept across builds: {shared:?}");
    // The same photo bytes at two widths or in two pages never give equal bytes: the
    // plaintext is equal for a page rebuilt unchanged, its ciphertext is not.
    let index_a = fs::read(a.join(&map_a["index.html"])).expect("read");
    let index_b = fs::read(b.join(&map_b["index.html"])).expect("read");
    assert_eq!(
        carnet::seal::open(&key_a, "index.html", &index_a),
        carnet::seal::open(&key_b, "index.html", &index_b),
        "an unchanged home page"
    );
    assert_ne!(index_a, index_b);
}

#[test]
fn a_passphrase_left_out_is_revoked() {
    let j = journal();
    build_sealed(&j, &j.out(), &both(&j)).assert_success();
    let site = j.out().join(SITE);
    let (before, _) = open_site(&site, SECOND).expect("the second passphrase opens");
    let only_first = passphrase_file(&j, "first.txt", &format!("{SITE} = {FIRST}\n"));
    build_sealed(&j, &j.out(), &only_first).assert_success();
    assert!(
        open_site(&site, SECOND).is_none(),
        "the revoked passphrase still opens"
    );
    let (after, _) = open_site(&site, FIRST).expect("the first still opens");
    assert_ne!(before, after, "the content key did not change");
    assert_eq!(header(&site)["keys"].as_array().map(Vec::len), Some(1));
}

#[test]
fn export_zips_the_sealed_site() {
    let j = journal();
    let zip_path = j.tmp().join("atelier.zip");
    let out = run([
        OsString::from("export"),
        j.root().into(),
        "--site".into(),
        SITE.into(),
        "-o".into(),
        zip_path.clone().into(),
        "--out".into(),
        j.out().into(),
        "--cache".into(),
        j.cache().into(),
        "--passphrase-file".into(),
        both(&j).into(),
    ])
    .assert_success();
    assert!(!out.stderr.contains(FIRST));
    let mut zip = zip::ZipArchive::new(fs::File::open(&zip_path).expect("zip")).expect("zip");
    let names: Vec<String> = (0..zip.len())
        .map(|i| {
            zip.by_index(i)
                .expect("entry")
                .name()
                .expect("name")
                .to_string()
        })
        .collect();
    assert!(names.contains(&"index.html".to_string()), "{names:?}");
    assert!(names.contains(&"carnet-unlock.js".to_string()), "{names:?}");
    for name in &names {
        assert!(
            name == "index.html"
                || name == "carnet-unlock.js"
                || name == "robots.txt"
                || name.starts_with("c/"),
            "{name} in the zip of a sealed site"
        );
    }
    // Without the passphrases, the export fails like the build.
    run([
        OsString::from("export"),
        j.root().into(),
        "--site".into(),
        SITE.into(),
        "-o".into(),
        j.tmp().join("b.zip").into(),
        "--out".into(),
        j.tmp().join("out-b").into(),
    ])
    .code(2)
    .stderr_has(&["CARNET_PASSPHRASE_COMMUNITY_ATELIER"]);
}

// ------------------------------------------------------------------ in Chromium

/// Runs `sealed.mjs` and returns its `RESULT` JSON, failing on a failure.
fn sealed_mjs(args: &[&str], site: &Path) -> serde_json::Value {
    let _one_browser_at_a_time = browser_lock();
    let out = Command::new("node")
        .arg(browser_dir().join("sealed.mjs"))
        .arg(args[0])
        .arg(site)
        .args(&args[1..])
        .env("CHROMIUM_PATH", chromium())
        .output()
        .expect("run node tests/browser/sealed.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "sealed.mjs {} failed:\n{stdout}\n{stderr}",
        args[0]
    );
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .expect("a RESULT line");
    serde_json::from_str(line).expect("RESULT JSON")
}

/// A copy of `site` with one byte flipped in the file holding site path `path`.
fn flipped_copy(site: &Path, to: &Path, map: &BTreeMap<String, String>, path: &str) {
    for (rel, bytes) in files_of(site) {
        let dest = to.join(&rel);
        fs::create_dir_all(dest.parent().expect("parent")).expect("mkdir");
        fs::write(dest, bytes).expect("copy");
    }
    let file = to.join(&map[path]);
    let mut bytes = fs::read(&file).expect("read");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    fs::write(file, bytes).expect("flip");
}

#[test]
fn a_sealed_site_in_chromium() {
    if skip_browser_test(
        "sealed-site browser test",
        &browser_missing(&["openssl"], &["playwright-core"]),
        "apt-get install -y chromium openssl && npm ci --prefix tests/browser",
    ) {
        return;
    }
    let j = journal();
    build_sealed(&j, &j.out(), &both(&j)).assert_success();
    let site = j.out().join(SITE);

    // Both passphrases open the page of ten photos; a wrong one is refused.
    let opened = sealed_mjs(&["open", PAGE, FIRST, SECOND], &site);
    let timings = &opened["timings"];
    assert_eq!(timings.as_array().map(Vec::len), Some(2), "{opened}");
    assert_eq!(timings[0]["photos"], 10, "{opened}");
    // The browser asked the host for ciphertext, the unlock page and script only.
    for request in opened["requests"].as_array().expect("requests") {
        let r = request.as_str().expect("path");
        assert!(
            r == "/index.html"
                || r == "/carnet-unlock.js"
                || r == "/favicon.ico"
                || r.starts_with("/c/"),
            "the browser asked for {r}"
        );
    }
    sealed_mjs(&["refuse", WRONG], &site);

    // Where it opens: https and localhost do; plain http and file:// explain why not.
    let contexts = sealed_mjs(&["contexts", PAGE, FIRST], &site);
    assert_eq!(contexts["https"], "opens", "{contexts}");
    assert_eq!(contexts["localhost"], "opens", "{contexts}");
    let plain = contexts["plain_http"].as_str().expect("plain http");
    assert!(plain.contains("https://"), "{plain}");
    let file = contexts["file"].as_str().expect("file");
    assert!(file.contains("file://"), "{file}");

    // A flipped byte in a photo of the page, or in the page: an error, never garbage.
    let (key, map) = open_site(&site, FIRST).expect("opens");
    let page = fs::read(site.join(&map[PAGE])).expect("page");
    let page =
        String::from_utf8(carnet::seal::open(&key, PAGE, &page).expect("opens")).expect("utf-8");
    let photo = map
        .keys()
        .filter(|k| k.ends_with(".webp"))
        .find(|k| {
            k.strip_prefix("photos/")
                .is_some_and(|name| page.contains(name))
        })
        .expect("a WebP photo of the page")
        .clone();
    let broken = j.tmp().join("broken-photo");
    flipped_copy(&site, &broken, &map, &photo);
    let result = sealed_mjs(&["tampered", PAGE, FIRST], &broken);
    assert_eq!(result["seen"], "photo-error", "{result}");
    let broken_page = j.tmp().join("broken-page");
    flipped_copy(&site, &broken_page, &map, PAGE);
    let result = sealed_mjs(&["tampered", PAGE, FIRST], &broken_page);
    assert_eq!(result["seen"], "page-error", "{result}");

    // Rebuilt without the second passphrase: it is refused, the first still opens.
    let only_first = passphrase_file(&j, "first.txt", &format!("{SITE} = {FIRST}\n"));
    build_sealed(&j, &j.out(), &only_first).assert_success();
    sealed_mjs(&["refuse", SECOND], &site);
    sealed_mjs(&["open", PAGE, FIRST], &site);
}

/// Issue 21: a photo placed twice in a sealed site was sealed twice (293 files for 204
/// names on the example: 30 % of the upload wasted, and same-size twins show which
/// photos repeat). One opaque file per name: every sealed file is named by the map,
/// once; the only other files are the map itself, the unlock page, its script and
/// `robots.txt`.
#[test]
fn a_sealed_site_has_one_file_per_name() {
    let j = journal();
    // A story whose cover is one of the experience's photos: the same photo in two
    // places of the site, at sizes that overlap.
    j.story(
        "ana",
        "zqrecit",
        "title = \"zqRécit\"\nvisibility = \"community\"\nexperiences = [\"2021-03-04-zqstage-menuiserie\"]\ncover = \"2021-03-04-zqstage-menuiserie/photo-zq3.jpg\"",
        "Intro.",
    );
    let file = both(&j);
    build_sealed(&j, &j.out(), &file).assert_success();
    let site = j.out().join(SITE);
    let (_, map) = open_site(&site, FIRST).expect("opens");
    let sealed: Vec<String> = list_files(&site)
        .into_iter()
        .filter(|f| f.starts_with("c/"))
        .collect();
    let named: HashSet<&String> = map.values().collect();
    assert_eq!(named.len(), map.len(), "two names share one file");
    let unnamed: Vec<&String> = sealed.iter().filter(|f| !named.contains(f)).collect();
    // The map itself is the one sealed file it does not name.
    assert_eq!(
        unnamed.len(),
        1,
        "sealed files no name points to (a photo sealed twice?): {unnamed:?}"
    );
}

/// Issue 23: `protect = true` on a learner's own profile seals her private site
/// (for a learner who hosts her own carnet); the other sites stay as they are.
#[test]
fn a_learner_who_protects_her_profile_gets_a_sealed_private_site() {
    let j = Journal::new();
    j.config("title = \"Carnet d'Inès\"\n");
    j.learner(
        "ines",
        "name = \"Inès\"\nvisibility = \"public\"\nprotect = true",
        "Ma bio publique.",
    );
    j.experience(
        "ines",
        "2021-05-02-zqjournalintime",
        "title = \"zqMon journal intime\"\ndate = 2021-05-02\nvisibility = \"private\"",
        "zqce que je garde pour moi",
        &[],
    );
    // Without her passphrase the build stops and names where to give it.
    j.build().code(2).stderr_has(&[
        "private/ines",
        "--passphrase-file",
        "CARNET_PASSPHRASE_PRIVATE_INES",
    ]);
    assert!(!j.out().exists());
    let file = passphrase_file(&j, "mien.txt", &format!("private/ines = {FIRST}\n"));
    build_sealed(&j, &j.out(), &file).assert_success();
    let site = j.out().join("private/ines");
    for (rel, bytes) in files_of(&site) {
        for needle in [
            "zqMon journal intime",
            "zqce que je garde",
            "zqjournalintime",
            FIRST,
        ] {
            assert!(
                !rel.contains(needle) && memchr::memmem::find(&bytes, needle.as_bytes()).is_none(),
                "{rel} holds {needle:?}"
            );
        }
    }
    let (key, map) = open_site(&site, FIRST).expect("her passphrase opens it");
    let index = fs::read(site.join(&map["index.html"])).expect("home page");
    let index = carnet::seal::open(&key, "index.html", &index).expect("opens");
    assert!(String::from_utf8_lossy(&index).contains("zqMon journal intime"));
    assert!(
        open_site(&site, SECOND).is_none(),
        "another passphrase does not"
    );
    // Her public site is not sealed: it is meant to be read.
    let public = fs::read_to_string(j.out().join("public/index.html")).expect("public");
    assert!(
        public.contains("Inès") && !public.contains("carnet-seal"),
        "{public}"
    );
}
