//! `carnet new`: a new experience dated by its first photo's EXIF date, private,
//! its photos copied under safe names; never overwriting; an unknown learner gets
//! the list of known ones.

use std::fs;

use crate::cli_transcript::*;
use crate::common::*;

fn journal() -> Journal {
    let j = Journal::new();
    j.learner("ines", "name = \"Inès\"", "");
    j.learner("karim", "name = \"Karim\"", "");
    j
}

#[test]
fn new_dates_the_experience_by_its_first_photo_and_copies_the_photos() {
    let j = journal();
    // Taken 2021-03-12 (EXIF DateTimeOriginal), with GPS and a serial number.
    j.file("../inbox/IMG 2041.JPG", &example_file(SERIAL_PHOTO));
    j.file("../inbox/autre.png", &solid_png(40, 30, [1, 2, 3]));
    let (out, text) = transcript(
        j.tmp(),
        &[
            "new",
            "ines",
            "Café d'accueil",
            "inbox/IMG 2041.JPG",
            "inbox/autre.png",
            "--journal",
            "journal",
        ],
    );
    out.assert_success();
    insta::assert_snapshot!("new_exif", text);
    let dir = "learners/ines/experiences/2021-03-12-cafe-d-accueil";
    let index = j.read(&format!("{dir}/index.md"));
    assert!(index.contains("date = 2021-03-12T"), "{index}");
    assert!(index.contains("visibility = \"private\""), "{index}");
    // The same pixels, without the GPS position and serial number (issue 22).
    let copied = j.path(&format!("{dir}/img-2041.jpg"));
    assert_eq!(
        decode_mean(&fs::read(&copied).expect("copied")),
        decode_mean(&example_file(SERIAL_PHOTO))
    );
    crate::photos::assert_no_private_metadata(&copied, None);
    assert!(j.path(&format!("{dir}/autre.png")).is_file());
    // It builds (with warnings about the alt text and skills to fill in).
    j.build_ok();
    // The same again makes a second folder; nothing is overwritten.
    let again = run_in(
        j.tmp(),
        &[
            "new",
            "ines",
            "Café d'accueil",
            "inbox/IMG 2041.JPG",
            "--journal",
            "journal",
        ],
        &[],
    )
    .assert_success();
    assert!(
        again
            .stdout
            .trim_end()
            .ends_with("2021-03-12-cafe-d-accueil-2/index.md"),
        "{again}"
    );
    assert_eq!(j.read(&format!("{dir}/index.md")), index);
}

#[test]
fn new_without_photo_is_dated_today_and_found_from_inside_the_journal() {
    let j = journal();
    let inside = j.path("learners/karim");
    let out = run_in(&inside, &["new", "karim", "Atelier CV"], &[]).assert_success();
    let expected = format!("experiences/{}-atelier-cv/index.md", today());
    assert!(out.stdout.trim_end().ends_with(&expected), "{out}");
    assert!(j.path(&format!("learners/karim/{expected}")).is_file());
}

#[test]
fn an_unknown_learner_gets_the_known_ones() {
    let j = journal();
    let before = snapshot(&j.root());
    let (out, text) = transcript(j.tmp(), &["new", "inez", "Stage", "--journal", "journal"]);
    out.code(2);
    insta::assert_snapshot!("new_unknown_learner", text);
    assert!(snapshot(&j.root()) == before);
}
