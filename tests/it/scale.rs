//! Large inputs a journal can hold: an experience with 200 photos, a 1 MB text, a
//! photo over the byte limit. (Time and memory at 1,000 to 10,000 experiences are
//! measured by `scripts/scale.sh`, not here: performance lives in benchmarks. The
//! pixel limits and decompression bombs are in `bad_input.rs`.)

use crate::common::*;

#[test]
fn two_hundred_photos_and_a_megabyte_of_text_in_one_experience_build() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    let mut body = String::new();
    let mut n = 0;
    // Just under the 1 MiB a text may have.
    while body.len() < 1000 * 1024 {
        body.push_str(&format!(
            "## Partie {n}\n\nUne phrase de la partie {n}, avec du **gras** et un [lien](https://example.org/{n}).\n\n- un point\n- un autre\n\n"
        ));
        n += 1;
    }
    body.push_str("La toute dernière phrase zqlastline.\n");
    let photos: Vec<(String, Vec<u8>)> = (0..200)
        .map(|i| {
            let rgb = [
                (i * 37 % 256) as u8,
                (i * 91 % 256) as u8,
                (i * 53 % 256) as u8,
            ];
            (format!("photo-{i:03}.png"), solid_png(16, 12, rgb))
        })
        .collect();
    let refs: Vec<(&str, &[u8])> = photos
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    j.experience(
        "ana",
        "2021-01-01-grand",
        "title = \"Un grand album\"\ndate = 2021-01-01\nvisibility = \"public\"",
        &body,
        &refs,
    );
    j.build_ok();
    let site = j.site("public");
    let page = site.html("ana/experiences/2021-01-01-grand/index.html");
    let sel = scraper::Selector::parse("a.photo-link").expect("selector");
    assert_eq!(page.select(&sel).count(), 200);
    let text = site.text("ana/experiences/2021-01-01-grand/index.html");
    assert!(
        text.contains("zqlastline"),
        "the end of the text is missing"
    );
    assert!(text.len() > 1024 * 1024);
    // Every photo link leads to a file of the site.
    for rel in site.referenced() {
        assert!(site.has(&rel), "{rel} is missing");
    }
}

#[test]
fn a_photo_over_the_byte_limit_is_refused_before_it_is_decoded() {
    let j = Journal::new();
    j.config("title = \"Carnet test\"\n\n[images]\nmax_bytes = 1000");
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    let big = two_tone_jpeg(400, 300, [250, 0, 0], [0, 0, 250]);
    assert!(big.len() > 1000);
    j.experience(
        "ana",
        "2021-01-01-x",
        "title = \"X\"\ndate = 2021-01-01\nvisibility = \"public\"",
        "",
        &[("big.jpg", &big)],
    );
    let out = j.build().code(1);
    out.stderr_has(&["2021-01-01-x/big.jpg", "1000"]);
    assert!(!j.out().exists(), "a failed first build created the output");
}
