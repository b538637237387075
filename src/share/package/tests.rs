use super::*;

use age::x25519::Identity;

fn files() -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    files.insert(
        "learners/ines/profile.md".to_string(),
        b"+++\nname = \"In\xc3\xa8s\"\nvisibility = \"referent\"\n+++\nBio.\n".to_vec(),
    );
    files.insert(
        "learners/ines/experiences/stage/photo.jpg".to_string(),
        vec![0xFF, 0xD8, 1, 2, 3, 4, 5, 0xFF, 0xD9],
    );
    files
}

fn moment(secs: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_796_000_000 + secs).expect("time")
}

/// A plaintext package of Inès's files, signed by `signer`, addressed to `to`.
fn plain(signer: &Signer, to: &[String], secs: i64) -> Vec<u8> {
    let files = files();
    let (manifest, text) = manifest("ines", moment(secs), to, &files, signer).expect("manifest");
    let signature = sign(&manifest, &text, signer).expect("sign");
    zip(&text, &signature, &files).expect("zip")
}

struct Programme {
    identity: Identity,
}

impl Programme {
    fn new() -> Programme {
        Programme {
            identity: Identity::generate(),
        }
    }

    fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn open_with(
    path: &Path,
    identities: &[Identity],
    pinned: Option<String>,
) -> Result<Opened, Refusal> {
    let pin = move |learner: &str| (learner == "ines").then(|| pinned.clone()).flatten();
    open(
        path,
        &Opener {
            identities,
            pinned: &pin,
        },
    )
}

#[test]
fn a_share_encrypted_to_two_advisers_opens_with_either_and_reads_back() {
    let dir = tempfile::tempdir().expect("temp");
    let signer = Signer::generate().expect("key");
    let (a, b) = (Programme::new(), Programme::new());
    let to = vec![a.recipient(), b.recipient()];
    let recipients: Vec<_> = to.iter().map(|r| parse_recipient(r).expect("r")).collect();
    let sealed = encrypt(&plain(&signer, &to, 0), &recipients).expect("encrypt");
    assert!(sealed.starts_with(AGE_MAGIC));
    let path = write(&dir, "ines.carnet", &sealed);
    for programme in [&a, &b] {
        let opened = open_with(
            &path,
            std::slice::from_ref(&programme.identity),
            Some(signer.public_key()),
        )
        .expect("opens");
        assert!(opened.encrypted);
        assert_eq!(opened.manifest.learner, "ines");
        assert_eq!(
            opened.texts["learners/ines/profile.md"].as_bytes(),
            files()["learners/ines/profile.md"].as_slice()
        );
        let photo = &opened.photos["learners/ines/experiences/stage/photo.jpg"];
        assert_eq!(
            photo.read().expect("photo"),
            files()["learners/ines/experiences/stage/photo.jpg"]
        );
    }
    // Nothing of the plaintext shows in the encrypted file.
    assert!(!sealed.windows(4).any(|w| w == b"Bio."));
}

#[test]
fn the_same_share_gives_the_same_bytes_and_its_signature_is_kept() {
    let signer = Signer::generate().expect("key");
    let files = files();
    let (manifest_a, text_a) = manifest("ines", moment(0), &[], &files, &signer).expect("m");
    let signature = sign(&manifest_a, &text_a, &signer).expect("sign");
    // minisign's signatures are hedged: a second one differs, so the share reuses it.
    assert!(signs(&signature, &manifest_a, &text_a, &signer));
    let one = zip(&text_a, &signature, &files).expect("zip");
    let (manifest_b, text_b) = manifest("ines", moment(0), &[], &files, &signer).expect("m");
    assert_eq!(text_a, text_b);
    assert!(signs(&signature, &manifest_b, &text_b, &signer));
    assert_eq!(one, zip(&text_b, &signature, &files).expect("zip"));
    // Another moment is another manifest: the kept signature does not fit it.
    let (manifest_c, text_c) = manifest("ines", moment(1), &[], &files, &signer).expect("m");
    assert!(!signs(&signature, &manifest_c, &text_c, &signer));
}

#[test]
fn damaged_files_are_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let signer = Signer::generate().expect("key");
    let programme = Programme::new();
    let to = vec![programme.recipient()];
    let recipient = parse_recipient(&to[0]).expect("r");
    let sealed = encrypt(&plain(&signer, &to, 0), &[recipient]).expect("encrypt");
    let ids = std::slice::from_ref(&programme.identity);
    let key = Some(signer.public_key());
    // A flipped byte in the payload, near its start, middle and end.
    for at in [sealed.len() / 3, sealed.len() / 2, sealed.len() - 1] {
        let mut bytes = sealed.clone();
        bytes[at] ^= 0x01;
        let path = write(&dir, "flipped.carnet", &bytes);
        let refusal = open_with(&path, ids, key.clone()).expect_err("refused");
        assert!(matches!(refusal, Refusal::Damaged(_)), "{at}: {refusal:?}");
        assert!(refusal.message(Language::Fr).contains("abîmé"));
    }
    // Cut short.
    for keep in [sealed.len() - 1, sealed.len() / 2, 40] {
        let path = write(&dir, "cut.carnet", &sealed[..keep]);
        let refusal = open_with(&path, ids, key.clone()).expect_err("refused");
        assert!(
            matches!(refusal, Refusal::Damaged(_) | Refusal::NotAPackage),
            "{keep}: {refusal:?}"
        );
    }
    let path = write(&dir, "text.carnet", b"hello");
    assert_eq!(
        open_with(&path, ids, key.clone()).expect_err("refused"),
        Refusal::NotAPackage
    );
}

#[test]
fn a_share_for_another_programme_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let signer = Signer::generate().expect("key");
    let (ours, theirs) = (Programme::new(), Programme::new());
    let to = vec![theirs.recipient()];
    let sealed = encrypt(
        &plain(&signer, &to, 0),
        &[parse_recipient(&to[0]).expect("r")],
    )
    .expect("encrypt");
    let path = write(&dir, "other.carnet", &sealed);
    let ids = std::slice::from_ref(&ours.identity);
    assert_eq!(
        open_with(&path, ids, Some(signer.public_key())).expect_err("refused"),
        Refusal::OtherProgramme
    );
    // Without any identity: said so.
    assert_eq!(
        open_with(&path, &[], Some(signer.public_key())).expect_err("refused"),
        Refusal::NoIdentity
    );
    // Signed for them, then encrypted again for us (passed on): refused too.
    let passed = encrypt(
        &plain(&signer, &to, 0),
        &[parse_recipient(&ours.recipient()).expect("r")],
    )
    .expect("encrypt");
    let path = write(&dir, "passed.carnet", &passed);
    assert_eq!(
        open_with(&path, ids, Some(signer.public_key())).expect_err("refused"),
        Refusal::NotAddressed
    );
}

#[test]
fn only_the_pinned_key_opens_a_learners_share() {
    let dir = tempfile::tempdir().expect("temp");
    let ines = Signer::generate().expect("key");
    let other = Signer::generate().expect("key");
    let path = write(&dir, "clear.carnet", &plain(&other, &[], 0));
    // Signed by another learner's key.
    let refusal = open_with(&path, &[], Some(ines.public_key())).expect_err("refused");
    assert!(matches!(refusal, Refusal::OtherKey { .. }), "{refusal:?}");
    assert!(refusal
        .message(Language::Fr)
        .contains("pas signé par la clé acceptée"));
    // No key pinned yet: the key to check is named.
    let refusal = open_with(&path, &[], None).expect_err("refused");
    assert_eq!(
        refusal,
        Refusal::UnknownKey {
            learner: "ines".into(),
            key: other.public_key()
        }
    );
    // The manifest claims Inès's key, the signature is another's.
    let files = files();
    let (mut manifest, _) = manifest("ines", moment(0), &[], &files, &other).expect("m");
    manifest.key = ines.public_key();
    let text = toml::to_string(&manifest).expect("toml");
    let forged = zip(&text, &sign(&manifest, &text, &other).expect("s"), &files).expect("zip");
    let path = write(&dir, "forged.carnet", &forged);
    let refusal = open_with(&path, &[], Some(ines.public_key())).expect_err("refused");
    assert!(matches!(refusal, Refusal::Damaged(_)), "{refusal:?}");
    // The genuine one opens.
    let path = write(&dir, "ines.carnet", &plain(&ines, &[], 0));
    open_with(&path, &[], Some(ines.public_key())).expect("opens");
}

#[test]
fn files_changed_added_or_renamed_inside_the_zip_are_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let signer = Signer::generate().expect("key");
    let files = files();
    let (manifest, text) = manifest("ines", moment(0), &[], &files, &signer).expect("m");
    let signature = sign(&manifest, &text, &signer).expect("sign");
    let key = Some(signer.public_key());
    let mut changed = files.clone();
    changed.insert(
        "learners/ines/profile.md".into(),
        b"+++\nname = \"X\"\n+++\n".to_vec(),
    );
    let mut added = files.clone();
    added.insert("learners/ines/stories/extra.md".into(), b"x".to_vec());
    let mut renamed = files.clone();
    let photo = renamed
        .remove("learners/ines/experiences/stage/photo.jpg")
        .expect("photo");
    renamed.insert("learners/ines/experiences/stage/autre.jpg".into(), photo);
    for (case, set) in [("changed", changed), ("added", added), ("renamed", renamed)] {
        let path = write(
            &dir,
            "x.carnet",
            &zip(&text, &signature, &set).expect("zip"),
        );
        let refusal = open_with(&path, &[], key.clone()).expect_err(case);
        assert!(
            matches!(refusal, Refusal::Damaged(_)),
            "{case}: {refusal:?}"
        );
    }
}

#[test]
fn names_leaving_the_learners_folder_are_refused() {
    for (name, ok) in [
        ("learners/ines/profile.md", true),
        ("learners/ines/experiences/a/b.jpg", true),
        ("learners/other/profile.md", false),
        ("learners/ines/../other/profile.md", false),
        ("learners/ines/.hidden.md", false),
        ("learners/ines/notes.txt", false),
        ("learners/ines/a\u{202E}gpj.md", false),
        ("learners/ines/", false),
    ] {
        assert_eq!(check_name(name, "learners/ines/").is_ok(), ok, "{name}");
    }
}

#[test]
fn signing_keys_survive_their_file() {
    let signer = Signer::generate().expect("key");
    let text = signer.to_file().expect("file");
    let again = Signer::from_file(&text).expect("read back");
    assert_eq!(again.public_key(), signer.public_key());
    assert!(parse_public_key(&signer.public_key()).is_ok());
    assert!(parse_public_key("RWQnot-a-key").is_err());
    assert!(!format!("{signer:?}").contains(&text));
}
