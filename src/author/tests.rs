//! A new experience: where it goes, what it holds, and that it loads back.

use super::*;
use crate::journal;

fn journal_with(learners: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("carnet.toml"), "title = \"T\"\n").expect("write");
    for l in learners {
        let folder = dir.path().join("learners").join(l);
        fs::create_dir_all(&folder).expect("mkdir");
        fs::write(folder.join("profile.md"), "+++\nname = \"X\"\n+++\n").expect("write");
    }
    dir
}

fn jpeg(exif_date: Option<&str>) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(8, 6, image::Rgb([200, 10, 10]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg)
        .expect("encode");
    let plain = out.into_inner();
    let Some(date) = exif_date else {
        return plain;
    };
    // An APP1 Exif segment with one IFD0 entry (ExifIFD pointer) and an Exif IFD
    // holding DateTimeOriginal, little-endian.
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&0x8769u16.to_le_bytes());
    tiff.extend_from_slice(&4u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&26u32.to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&0x9003u16.to_le_bytes());
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend_from_slice(&20u32.to_le_bytes());
    tiff.extend_from_slice(&44u32.to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(date.as_bytes());
    tiff.push(0);
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&plain[2..]);
    out
}

fn draft(title: &str) -> Draft {
    Draft {
        title: title.into(),
        ..Draft::default()
    }
}

#[test]
fn a_new_experience_is_private_dated_from_its_photo_and_loads_back() {
    let j = journal_with(&["ines"]);
    let mut d = draft("Stage à « La Boulange » !");
    d.skills = vec!["rigueur".into()];
    d.tags = vec!["stage".into(), "  ".into()];
    d.body = "Mon premier jour.\n".into();
    d.photos = vec![
        DraftPhoto {
            name: "../../IMG 2031.JPG".into(),
            bytes: jpeg(Some("2021:05:31 14:06:00")),
            alt: Some("Le four".into()),
        },
        DraftPhoto {
            name: "img-2031.jpg".into(),
            bytes: jpeg(None),
            alt: None,
        },
    ];
    let made = create_experience(j.path(), "ines", &d).expect("created");
    assert!(made.date_from_photo);
    assert_eq!(
        made.dir.file_name().and_then(|n| n.to_str()),
        Some("2021-05-31-stage-a-la-boulange")
    );
    assert_eq!(made.photos, vec!["img-2031.jpg", "img-2031-2.jpg"]);
    let (loaded, errors) = journal::load(j.path());
    assert!(errors.is_empty(), "{errors:?}");
    let loaded = loaded.expect("journal");
    let exp = &loaded.learners[0].experiences[0];
    assert_eq!(exp.title, "Stage à « La Boulange » !");
    assert_eq!(exp.visibility, Visibility::Private);
    assert_eq!(exp.date.iso(), "2021-05-31T14:06");
    assert_eq!(exp.tags, vec!["stage"]);
    assert_eq!(exp.photos.len(), 2);
    assert_eq!(exp.photos[0].alt.as_deref(), Some("Le four"));
    assert_eq!(exp.body.trim(), "Mon premier jour.");
}

#[test]
fn the_same_title_on_the_same_day_gets_its_own_folder() {
    let j = journal_with(&["ines"]);
    let mut d = draft("Atelier CV");
    d.date = Some(Date {
        year: 2022,
        month: 1,
        day: 10,
        time: None,
    });
    let one = create_experience(j.path(), "ines", &d).expect("first");
    fs::write(one.index.clone(), "edited by hand").expect("edit");
    let two = create_experience(j.path(), "ines", &d).expect("second");
    assert_ne!(one.dir, two.dir);
    assert!(two.dir.ends_with("2022-01-10-atelier-cv-2"));
    assert_eq!(
        fs::read_to_string(&one.index).expect("read"),
        "edited by hand",
        "the first one was overwritten"
    );
}

#[test]
fn an_unknown_learner_gets_the_list_of_known_ones() {
    let j = journal_with(&["ines", "karim"]);
    let e = create_experience(j.path(), "inès-x", &draft("T")).expect_err("unknown");
    assert_eq!(
        e.to_string(),
        "unknown learner `inès-x` (the journal has: ines, karim)"
    );
    assert!(!j.path().join("learners/inès-x").exists());
}

#[test]
fn a_file_that_is_not_a_photo_is_refused_and_nothing_is_written() {
    let j = journal_with(&["ines"]);
    let mut d = draft("T");
    d.photos = vec![DraftPhoto {
        name: "notes.jpg".into(),
        bytes: b"#!/bin/sh\necho hi\n".to_vec(),
        alt: None,
    }];
    let e = create_experience(j.path(), "ines", &d).expect_err("refused");
    assert!(matches!(e, AuthorError::NotAPhoto { .. }), "{e}");
    assert!(!j.path().join("learners/ines/experiences").exists());
}

#[test]
fn without_a_photo_date_it_is_today() {
    let j = journal_with(&["ines"]);
    let made = create_experience(j.path(), "ines", &draft("Visite")).expect("created");
    assert!(!made.date_from_photo);
    assert_eq!(made.date, today());
}

/// An experience written by hand, with comments, keys the form does not know and
/// Markdown formatting.
const HAND_WRITTEN: &str = "+++\n# Mon premier stage\ntitle = \"Stage\"   # le titre court\ndate = 2021-05-31T14:06:00\nvisibility = \"private\" # pour l'instant\nfit = \"cover\"\nphotos = [\n  { file = \"a.jpg\", alt = \"Le four\", focus = \"top\" },\n]\ntags = [\"pain\"]\n+++\nUn texte  avec  *des espaces*\n\n- une liste\n";

fn hand_written() -> (tempfile::TempDir, PathBuf) {
    let j = journal_with(&["ines"]);
    let dir = j.path().join("learners/ines/experiences/2021-05-31-stage");
    fs::create_dir_all(&dir).expect("mkdir");
    let index = dir.join("index.md");
    fs::write(&index, HAND_WRITTEN).expect("write");
    fs::write(dir.join("a.jpg"), jpeg(None)).expect("write");
    (j, index)
}

#[test]
fn an_edit_changes_only_what_changed_and_keeps_comments_keys_and_text() {
    let (j, index) = hand_written();
    let opened = open_experience(j.path(), "ines", "2021-05-31-stage").expect("opens");
    assert_eq!(opened.fields.title, "Stage");
    assert_eq!(opened.fields.tags, ["pain"]);
    assert_eq!(opened.fields.visibility, Visibility::Private);
    let mut fields = opened.fields.clone();
    fields.visibility = Visibility::Referent;
    fields.skills = vec!["rigueur".into()];
    fields.body = fields.body.replace('\n', "\r\n"); // a browser sends CRLF
    edit_experience(
        j.path(),
        "ines",
        "2021-05-31-stage",
        &opened.version,
        &fields,
    )
    .expect("edits");
    let text = fs::read_to_string(&index).expect("read");
    assert_eq!(
        text,
        HAND_WRITTEN
            .replace(
                "visibility = \"private\" # pour l'instant",
                "visibility = \"referent\" # pour l'instant"
            )
            .replace(
                "tags = [\"pain\"]\n",
                "tags = [\"pain\"]\nskills = [\"rigueur\"]\n"
            ),
        "only the visibility changed and the skills were added"
    );
    // And it loads back.
    let (loaded, errors) = journal::load(j.path());
    assert!(errors.iter().all(|e| !e.is_error()), "{errors:?}");
    let e = &loaded.expect("journal").learners[0].experiences[0];
    assert_eq!(e.visibility, Visibility::Referent);
    assert_eq!(e.date.iso(), "2021-05-31T14:06", "the time of day stays");
}

#[test]
fn an_edit_of_the_text_and_date_rewrites_them_and_nothing_else() {
    let (j, index) = hand_written();
    let opened = open_experience(j.path(), "ines", "2021-05-31-stage").expect("opens");
    let mut fields = opened.fields.clone();
    fields.body = "Nouveau texte.".into();
    fields.date = Some(Date {
        year: 2021,
        month: 6,
        day: 2,
        time: None,
    });
    fields.tags = vec![];
    edit_experience(
        j.path(),
        "ines",
        "2021-05-31-stage",
        &opened.version,
        &fields,
    )
    .expect("edits");
    let text = fs::read_to_string(&index).expect("read");
    assert!(text.contains("date = 2021-06-02\n"), "{text}");
    assert!(
        text.contains("# Mon premier stage\ntitle = \"Stage\"   # le titre court\n"),
        "{text}"
    );
    assert!(
        text.contains("{ file = \"a.jpg\", alt = \"Le four\", focus = \"top\" }"),
        "{text}"
    );
    assert!(!text.contains("tags"), "an emptied list goes: {text}");
    assert!(text.ends_with("+++\nNouveau texte.\n"), "{text}");
}

#[test]
fn an_edit_never_loses_a_change_made_meanwhile_nor_reaches_outside() {
    let (j, index) = hand_written();
    let opened = open_experience(j.path(), "ines", "2021-05-31-stage").expect("opens");
    fs::write(
        &index,
        HAND_WRITTEN.replace("Stage", "Stage modifié à la main"),
    )
    .expect("write");
    let mut fields = opened.fields.clone();
    fields.title = "Autre".into();
    let e = edit_experience(
        j.path(),
        "ines",
        "2021-05-31-stage",
        &opened.version,
        &fields,
    )
    .expect_err("the file changed");
    assert!(matches!(e, EditError::ChangedMeanwhile { .. }), "{e}");
    assert!(fs::read_to_string(&index)
        .expect("read")
        .contains("à la main"));
    for folder in ["../../ines/experiences/2021-05-31-stage", "/etc", "..", ""] {
        assert!(
            open_experience(j.path(), "ines", folder).is_err(),
            "{folder}"
        );
    }
    // Names are matched against the folders listed, never joined as paths.
    let found = open_experience(j.path(), "../ines", "2021-05-31-stage").expect("ines");
    assert_eq!(found.index, index);
}

#[test]
fn an_edit_of_the_skills_keeps_the_levels_written_by_hand() {
    let (j, index) = hand_written();
    let text = HAND_WRITTEN.replace(
        "tags = [\"pain\"]\n",
        "tags = [\"pain\"]\nskills = [{ id = \"autonomie\", level = 3 }, \"curiosite\"]\n",
    );
    fs::write(&index, &text).expect("write");
    let opened = open_experience(j.path(), "ines", "2021-05-31-stage").expect("opens");
    assert_eq!(opened.fields.skills, ["autonomie", "curiosite"]);
    let mut fields = opened.fields.clone();
    // Untick « curiosite », tick « rigueur »: « autonomie » keeps its level.
    fields.skills = vec!["autonomie".into(), "rigueur".into()];
    edit_experience(
        j.path(),
        "ines",
        "2021-05-31-stage",
        &opened.version,
        &fields,
    )
    .expect("edits");
    let after = fs::read_to_string(&index).expect("read");
    assert!(
        after.contains("skills = [{ id = \"autonomie\", level = 3 }, \"rigueur\"]"),
        "{after}"
    );
    let (loaded, errors) = journal::load(j.path());
    assert!(errors.iter().all(|e| !e.is_error()), "{errors:?}");
    let e = &loaded.expect("journal").learners[0].experiences[0];
    assert_eq!(e.skills[0].level, Some(3));
}
