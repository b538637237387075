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

/// The journal's errors after a write (the loader's, then the checks'), or none.
fn load_errors(root: &Path) -> Vec<String> {
    let (loaded, errors) = journal::load(root);
    let mut all: Vec<String> = errors
        .iter()
        .filter(|e| e.is_error())
        .map(|e| e.to_string())
        .collect();
    if let Some(j) = loaded {
        all.extend(crate::check::check(&j).errors.iter().map(|e| e.to_string()));
    }
    all
}

#[test]
fn a_title_with_a_newline_and_a_front_matter_line_loads_back_as_written() {
    let j = journal_with(&["ines"]);
    let title = "Stage\n+++\nvisibility = \"public\"\n+++\n\"\"\" ''' \\ # fin";
    let mut d = draft(title);
    d.place = Some("Lyon\n+++".into());
    d.tags = vec!["a\"b".into(), "+++".into()];
    d.body = "+++\nvisibility = \"public\"\n+++\n".into();
    let made = create_experience(j.path(), "ines", &d).expect("created");
    assert_eq!(load_errors(j.path()), Vec::<String>::new());
    let (loaded, _) = journal::load(j.path());
    let loaded = loaded.expect("journal");
    let exp = &loaded.learners[0].experiences[0];
    assert_eq!(exp.title, title);
    assert_eq!(exp.place.as_deref(), Some("Lyon\n+++"));
    assert_eq!(exp.tags, ["a\"b", "+++"]);
    assert_eq!(exp.visibility, Visibility::Private);
    assert_eq!(exp.body, "+++\nvisibility = \"public\"\n+++\n");
    // One line per key: the front matter has no multi-line string.
    let text = fs::read_to_string(&made.index).expect("read");
    assert!(!text.contains("\"\"\"\n"), "{text}");
}

#[test]
fn an_impossible_date_is_refused_before_anything_is_written() {
    let j = journal_with(&["ines"]);
    let mut d = draft("Visite");
    d.date = Some(Date {
        year: 2021,
        month: 2,
        day: 31,
        time: None,
    });
    let e = create_experience(j.path(), "ines", &d).expect_err("31 February");
    assert!(matches!(e, AuthorError::BadDate(_)), "{e}");
    // A photo whose camera says 31 February dates the experience today instead.
    let mut d = draft("Visite");
    d.photos = vec![DraftPhoto {
        name: "a.jpg".into(),
        bytes: jpeg(Some("2021:02:31 10:00:00")),
        alt: None,
    }];
    let made = create_experience(j.path(), "ines", &d).expect("created");
    assert!(!made.date_from_photo);
    assert_eq!(made.date, today());
    assert_eq!(load_errors(j.path()), Vec::<String>::new());
}

#[test]
fn control_characters_and_bidi_overrides_are_refused_with_their_field() {
    let j = journal_with(&["ines"]);
    for (field, value) in [
        ("title", "Stage \u{1B}[31m"),
        ("place", "Lyon\u{0}"),
        ("tags", "a\u{202E}b"),
        ("alt", "\u{2066}x"),
        ("body", "texte \u{7}"),
    ] {
        let mut d = draft("Titre");
        match field {
            "title" => d.title = value.into(),
            "place" => d.place = Some(value.into()),
            "tags" => d.tags = vec![value.into()],
            "alt" => {
                d.photos = vec![DraftPhoto {
                    name: "a.jpg".into(),
                    bytes: jpeg(None),
                    alt: Some(value.into()),
                }]
            }
            _ => d.body = value.into(),
        }
        let e = create_experience(j.path(), "ines", &d).expect_err(field);
        assert!(
            matches!(e, AuthorError::ForbiddenCharacter { field: f, .. } if f == field),
            "{field}: {e}"
        );
    }
    assert!(!j.path().join("learners/ines/experiences").exists());
    // A bidi isolate is fine in the text, as in any right-to-left prose.
    let mut d = draft("Titre");
    d.body = "Il a dit \u{2067}שלום\u{2069}.\tFin\r\n".into();
    create_experience(j.path(), "ines", &d).expect("created");
    assert_eq!(load_errors(j.path()), Vec::<String>::new());
}

#[test]
fn a_long_title_makes_a_folder_name_the_loader_accepts() {
    let j = journal_with(&["ines"]);
    let title = "Une très longue expérience ".repeat(40);
    let mut d = draft(&title);
    d.photos = vec![DraftPhoto {
        name: format!("{}.jpg", "photo-de-vacances-".repeat(30)),
        bytes: jpeg(None),
        alt: None,
    }];
    let made = create_experience(j.path(), "ines", &d).expect("created");
    let name = made.dir.file_name().and_then(|n| n.to_str()).expect("name");
    assert!(name.len() <= 11 + MAX_TITLE_SLUG, "{name}");
    assert!(!name.ends_with('-'), "{name}");
    assert!(
        made.photos[0].len() <= MAX_TITLE_SLUG + 4,
        "{:?}",
        made.photos
    );
    assert_eq!(load_errors(j.path()), Vec::<String>::new());
}

#[test]
fn a_file_with_jpeg_magic_bytes_that_is_not_a_jpeg_is_refused() {
    let j = journal_with(&["ines"]);
    let good = jpeg(None);
    let mut fake = vec![0xFF, 0xD8, 0xFF, 0xE0];
    fake.extend_from_slice(b"not a photo at all, only its first bytes");
    // A real header, then noise where the image data should be.
    let mut noise = good[..good.len() / 3].to_vec();
    noise.extend(std::iter::repeat_n(0x55, 4000));
    noise.extend_from_slice(&[0xFF, 0xD9]);
    for bytes in [fake, noise, good[..good.len() - 10].to_vec()] {
        let mut d = draft("Photo");
        d.photos = vec![DraftPhoto {
            name: "IMG.jpg".into(),
            bytes,
            alt: None,
        }];
        let e = create_experience(j.path(), "ines", &d).expect_err("refused");
        assert!(matches!(e, AuthorError::BadPhoto { .. }), "{e}");
    }
    assert!(!j.path().join("learners/ines/experiences").exists());
}

#[cfg(unix)]
#[test]
fn an_edit_through_a_parent_folder_linked_out_of_the_journal_is_refused() {
    let (j, index) = hand_written();
    let outside = tempfile::tempdir().expect("temp");
    let text = fs::read_to_string(&index).expect("read");
    // The experience folder moved out, and a link left in its place.
    let away = outside.path().join("stage");
    fs::create_dir_all(&away).expect("mkdir");
    fs::write(away.join("index.md"), &text).expect("write");
    let exp = index.parent().expect("dir").to_path_buf();
    fs::remove_dir_all(&exp).expect("rm");
    std::os::unix::fs::symlink(&away, &exp).expect("link");
    let e = open_experience(j.path(), "ines", "2021-05-31-stage").expect_err("outside");
    assert!(matches!(e, EditError::OutsideJournal { .. }), "{e}");
    let version = blake3::hash(text.as_bytes()).to_hex().to_string();
    let fields = Fields {
        title: "Changé".into(),
        ..Fields::default()
    };
    let e = edit_experience(j.path(), "ines", "2021-05-31-stage", &version, &fields)
        .expect_err("outside");
    assert!(matches!(e, EditError::OutsideJournal { .. }), "{e}");
    assert_eq!(
        fs::read_to_string(away.join("index.md")).expect("read"),
        text
    );
    // The same through the learner's `experiences` folder.
    fs::remove_file(&exp).expect("rm link");
    let experiences = j.path().join("learners/ines/experiences");
    fs::remove_dir_all(&experiences).expect("rm");
    std::os::unix::fs::symlink(outside.path(), &experiences).expect("link");
    let e = edit_experience(j.path(), "ines", "stage", &version, &fields).expect_err("outside");
    assert!(matches!(e, EditError::OutsideJournal { .. }), "{e}");
    let e = create_experience(j.path(), "ines", &draft("Nouvelle")).expect_err("outside");
    assert!(matches!(e, AuthorError::OutsideJournal(_)), "{e}");
    assert_eq!(fs::read_dir(outside.path()).expect("list").count(), 1);
}

#[test]
fn leaving_community_drops_the_groups_only_community_items_may_have() {
    let (j, index) = hand_written();
    fs::write(
        &index,
        HAND_WRITTEN.replace(
            "visibility = \"private\" # pour l'instant",
            "visibility = \"community\" # pour l'instant\ngroups = [\"gj\"]",
        ),
    )
    .expect("write");
    let opened = open_experience(j.path(), "ines", "2021-05-31-stage").expect("opens");
    let mut fields = opened.fields.clone();
    fields.visibility = Visibility::Public;
    edit_experience(
        j.path(),
        "ines",
        "2021-05-31-stage",
        &opened.version,
        &fields,
    )
    .expect("edits");
    let text = fs::read_to_string(&index).expect("read");
    assert!(!text.contains("groups"), "{text}");
    assert!(
        text.contains("visibility = \"public\" # pour l'instant"),
        "{text}"
    );
    let (loaded, errors) = journal::load(j.path());
    assert!(errors.iter().all(|e| !e.is_error()), "{errors:?}");
    assert!(loaded.expect("journal").learners[0].experiences[0]
        .groups
        .is_none());
}

#[test]
fn thirty_saves_of_one_version_at_once_make_one_change() {
    let (j, index) = hand_written();
    let opened = open_experience(j.path(), "ines", "2021-05-31-stage").expect("opens");
    let root = j.path().to_path_buf();
    let saved: Vec<bool> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..30)
            .map(|n| {
                let (root, opened) = (&root, &opened);
                s.spawn(move || {
                    let mut fields = opened.fields.clone();
                    fields.title = format!("Version {n}");
                    edit_experience(root, "ines", "2021-05-31-stage", &opened.version, &fields)
                        .is_ok()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    assert_eq!(saved.iter().filter(|ok| **ok).count(), 1, "{saved:?}");
    let winner = saved.iter().position(|ok| *ok).expect("one");
    let text = fs::read_to_string(&index).expect("read");
    assert!(
        text.contains(&format!("title = \"Version {winner}\"")),
        "{text}"
    );
}

mod written_values_load_back {
    //! For any form input, what `author` writes loads with no error and reads
    //! back the same values, or is refused with the field at fault.

    use super::*;
    use proptest::prelude::*;

    /// Pieces of text a form may send: ordinary and accented letters, what TOML
    /// and the front matter give meaning to, invisible characters a journal
    /// allows, and, rarely (a case with one tests only its refusal), characters
    /// it refuses and any character at all.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            40 => "[a-zA-Z0-9 ]{1,6}",
            20 => prop::sample::select(vec![
                "é", "À", "œ", "€", "😀", "👨\u{200D}👩", "ע", "\u{200F}", "\u{0301}",
                "\"", "'", "\\", "\\u0041", "\\n", "#", "=", "[", "]", "{", "}", ",",
                "+++", "\n+++\n", "\"\"\"", "'''", "\n", "\r\n", "\r", "\t", " ",
                "\u{FEFF}", "\u{2028}", "]]", "[[groups]]", "\u{200B}", "<b>", "&amp;",
            ]).prop_map(str::to_string),
            1 => prop::sample::select(vec![
                "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{85}", "\u{202E}", "\u{2067}", "\u{FFFE}",
            ]).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ]
    }

    fn text(max: usize) -> impl Strategy<Value = String> {
        prop_oneof![
            8 => prop::collection::vec(piece(), 0..max).prop_map(|p| p.concat()),
            1 => ("[a-z]{1,3}", 300usize..3000).prop_map(|(s, n)| s.repeat(n)),
        ]
    }

    fn date() -> impl Strategy<Value = Option<Date>> {
        prop::option::of(
            (
                0u16..10_100,
                0u8..14,
                0u8..33,
                prop::option::of((0u8..26, 0u8..62)),
            )
                .prop_map(|(year, month, day, time)| Date {
                    year,
                    month,
                    day,
                    time,
                }),
        )
    }

    fn visibility() -> impl Strategy<Value = Visibility> {
        prop::sample::select(vec![
            Visibility::Private,
            Visibility::Referent,
            Visibility::Community,
            Visibility::Public,
        ])
    }

    fn fields() -> impl Strategy<Value = Fields> {
        (
            text(12),
            date(),
            prop::option::of(text(8)),
            prop::option::of(text(4)),
            prop::collection::vec(text(4), 0..4),
            prop::sample::subsequence(
                vec![
                    "rigueur".to_string(),
                    "autonomie".into(),
                    "curiosite".into(),
                ],
                0..3,
            ),
            visibility(),
            text(30),
        )
            .prop_map(
                |(title, date, place, kind, tags, skills, visibility, body)| Fields {
                    title,
                    date,
                    place,
                    kind,
                    tags,
                    skills,
                    visibility,
                    body,
                },
            )
    }

    fn draft_of(f: &Fields, alt: Option<String>) -> Draft {
        Draft {
            title: f.title.clone(),
            date: f.date,
            place: f.place.clone(),
            kind: f.kind.clone(),
            tags: f.tags.clone(),
            skills: f.skills.clone(),
            visibility: f.visibility,
            body: f.body.clone(),
            photos: vec![DraftPhoto {
                name: "p.jpg".into(),
                bytes: jpeg(None),
                alt,
            }],
        }
    }

    /// What the loader read of the only experience, as fields.
    fn read_back(root: &Path) -> (Fields, Option<String>) {
        let errors = load_errors(root);
        assert_eq!(errors, Vec::<String>::new());
        let (loaded, _) = journal::load(root);
        let loaded = loaded.expect("journal");
        let e = &loaded.learners[0].experiences[0];
        let fields = Fields {
            title: e.title.clone(),
            date: Some(e.date),
            place: e.place.clone(),
            kind: e.kind.clone(),
            tags: e.tags.clone(),
            skills: e.skills.iter().map(|s| s.id.value.clone()).collect(),
            visibility: e.visibility,
            body: e.body.clone(),
        };
        (fields, e.photos.first().and_then(|p| p.alt.clone()))
    }

    /// The fields as written, with the loader's view of the text (a line end
    /// after it) and the date given.
    fn expected(f: &Fields, date: Date) -> Fields {
        let mut f = f.normalised();
        f.body.push('\n');
        f.date = Some(date);
        f
    }

    proptest! {
        #[test]
        fn what_author_writes_loads_and_reads_back(
            first in fields(),
            alt in prop::option::of(text(6)),
            second in fields(),
        ) {
            let j = journal_with(&["ines"]);
            let draft = draft_of(&first, alt.clone());
            let refusal = match draft.normalised() {
                d if d.title.is_empty() => Some("no title".to_string()),
                d => d.check().err().map(|e| e.to_string()),
            };
            match create_experience(j.path(), "ines", &draft) {
                Err(e) => {
                    prop_assert!(refusal.is_some(), "refused without reason: {e}");
                    prop_assert!(!j.path().join("learners/ines/experiences").exists()
                        || fs::read_dir(j.path().join("learners/ines/experiences")).expect("list").count() == 0);
                    return Ok(());
                }
                Ok(made) => {
                    prop_assert!(refusal.is_none(), "accepted: {refusal:?}");
                    let (back, back_alt) = read_back(j.path());
                    prop_assert_eq!(&back, &expected(&first, made.date));
                    let alt = alt.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
                    prop_assert_eq!(back_alt.unwrap_or_default(), alt.unwrap_or_default());
                }
            }
            // Then the edit form changes it to `second`.
            let opened = open_experience(j.path(), "ines", &fs::read_dir(j.path().join("learners/ines/experiences")).expect("list").flatten().next().expect("one").file_name().to_string_lossy()).expect("opens");
            let before = fs::read_to_string(&opened.index).expect("read");
            let refusal = match second.normalised() {
                f if f.title.is_empty() => Some("no title".to_string()),
                f => f.check().err().map(|e| e.to_string()),
            };
            match edit_experience(j.path(), "ines", &opened.folder, &opened.version, &second) {
                Err(e) => {
                    prop_assert!(refusal.is_some(), "refused without reason: {e}");
                    prop_assert_eq!(fs::read_to_string(&opened.index).expect("read"), before);
                }
                Ok(_) => {
                    prop_assert!(refusal.is_none(), "accepted: {refusal:?}");
                    let (back, _) = read_back(j.path());
                    // The form shows the day: the file's date (and time) stays
                    // unless the day changed.
                    let old = opened.fields.date.expect("date");
                    let date = match second.date {
                        Some(d) if d.iso_date() != old.iso_date() => d,
                        _ => old,
                    };
                    let mut want = expected(&second, date);
                    // A text that differs only by spaces around it is kept as it
                    // was (a browser's textarea drops a first line end).
                    let same = |a: &str, b: &str| a.replace("\r\n", "\n").trim() == b.replace("\r\n", "\n").trim();
                    if same(&second.body, &opened.fields.body) {
                        want.body = opened.fields.body.clone();
                    }
                    prop_assert_eq!(back, want);
                }
            }
        }
    }
}
