//! Photo privacy and quality: outputs carry no metadata (EXIF, GPS, XMP), are
//! oriented, are never the original files, and are described to the browser
//! (`width`, `height`, `srcset`).

use std::collections::HashSet;
use std::io::Cursor;

use crate::common::*;

const SECRET_XMP: &str = "zqxmpsecretcreator";

/// A journal whose public experience holds the example photos with GPS, serial
/// number, owner, orientation 6, plus a JPEG carrying XMP, one with an EXIF
/// orientation of our own, and a PNG; and a learner avatar.
fn photo_journal() -> Journal {
    let j = Journal::new();
    let xmp = with_segment(
        &solid_jpeg(300, 200, [0, 128, 255]),
        0xE1,
        &xmp_packet(SECRET_XMP),
    );
    let turned = with_segment(
        &two_tone_jpeg(400, 200, [255, 0, 0], [0, 0, 255]),
        0xE1,
        &exif_orientation(6),
    );
    j.learner(
        "ana",
        "name = \"Ana\"\nvisibility = \"public\"\navatar = \"avatar.jpg\"",
        "Bio.",
    );
    j.file("learners/ana/avatar.jpg", &example_file(GPS_PHOTO));
    j.experience(
        "ana",
        "2021-05-31-stage",
        r#"title = "Stage"
date = 2021-05-31T14:06:00
visibility = "public"
photos = [
  { file = "gps.jpg", alt = "gps" },
  { file = "serial.jpg", alt = "serial" },
  { file = "rotated.jpg", alt = "rotated" },
  { file = "xmp.jpg", alt = "xmp" },
  { file = "turned.jpg", alt = "turned" },
  { file = "flat.png", alt = "flat" },
]"#,
        "Texte.",
        &[
            ("gps.jpg", &example_file(GPS_PHOTO)),
            ("serial.jpg", &example_file(SERIAL_PHOTO)),
            ("rotated.jpg", &example_file(ROTATED_PHOTO)),
            ("xmp.jpg", &xmp),
            ("turned.jpg", &turned),
            ("flat.png", &solid_png(240, 180, [10, 200, 10])),
        ],
    );
    j
}

/// Every image file of every site of `out`: (path relative to out, bytes).
fn output_images(out: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    list_files(out)
        .into_iter()
        .filter(|f| {
            [".jpg", ".jpeg", ".png", ".webp"]
                .iter()
                .any(|e| f.to_ascii_lowercase().ends_with(e))
        })
        .map(|f| {
            let bytes = std::fs::read(out.join(&f)).expect("read");
            (f, bytes)
        })
        .collect()
}

#[test]
fn the_fixture_sources_do_carry_metadata() {
    // Guards the other tests: the sources really hold what must be removed.
    for rel in [GPS_PHOTO, SERIAL_PHOTO, ROTATED_PHOTO] {
        let bytes = example_file(rel);
        let exif = exif::Reader::new()
            .read_from_container(&mut Cursor::new(&bytes))
            .expect("source has EXIF");
        assert!(
            exif.fields().any(|f| f.tag.context() == exif::Context::Gps),
            "{rel} has no GPS"
        );
    }
    let serial = exif::Reader::new()
        .read_from_container(&mut Cursor::new(example_file(SERIAL_PHOTO)))
        .expect("source has EXIF");
    assert!(serial
        .get_field(exif::Tag::Artist, exif::In::PRIMARY)
        .is_some());
    let rotated = exif::Reader::new()
        .read_from_container(&mut Cursor::new(example_file(ROTATED_PHOTO)))
        .expect("source has EXIF");
    let o = rotated
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)
        .expect("orientation");
    assert_eq!(o.value.get_uint(0), Some(6));
    assert_eq!(
        image_size(&example_file(ROTATED_PHOTO)),
        (1200, 900),
        "stored landscape"
    );
}

#[test]
fn output_photos_carry_no_exif_gps_or_xmp() {
    let j = photo_journal();
    j.build_ok();
    let images = output_images(&j.out());
    assert!(
        images.len() >= 12,
        "too few output images: {}",
        images.len()
    );
    for (f, bytes) in &images {
        assert!(f.ends_with(".jpg"), "{f}: outputs are JPEG");
        let segments = jpeg_segments(bytes);
        for s in &segments {
            assert_ne!(s.marker, 0xE1, "{f}: has an APP1 segment (EXIF or XMP)");
            assert_ne!(s.marker, 0xED, "{f}: has an APP13 segment (IPTC)");
            assert!(!s.data.starts_with(b"Exif"), "{f}: has an Exif segment");
            assert!(
                !contains_ci(&s.data, "http://ns.adobe.com/xap"),
                "{f}: has XMP"
            );
        }
        assert!(
            exif::Reader::new()
                .read_from_container(&mut Cursor::new(bytes))
                .is_err(),
            "{f}: kamadak-exif finds EXIF in it"
        );
        assert!(
            !contains_ci(bytes, "ns.adobe.com/xap"),
            "{f}: XMP namespace in the bytes"
        );
        assert!(
            !contains_ci(bytes, SECRET_XMP),
            "{f}: the XMP creator survived"
        );
        assert!(
            !contains_ci(bytes, "SN-0042"),
            "{f}: the serial number survived"
        );
        assert!(
            !contains_ci(bytes, "iPhone"),
            "{f}: the camera model survived"
        );
    }
}

#[test]
fn exif_orientation_is_applied() {
    let j = photo_journal();
    j.build_ok();
    let site = j.site("public");
    let page = "ana/experiences/2021-05-31-stage/index.html";
    let doc = site.html(page);
    let link_of = |alt: &str| -> String {
        let sel = scraper::Selector::parse(&format!("a.photo-link:has(img[alt=\"{alt}\"])"))
            .expect("selector");
        let a = doc
            .select(&sel)
            .next()
            .unwrap_or_else(|| panic!("no photo link for {alt}"));
        resolve(page, a.value().attr("href").expect("href")).expect("relative href")
    };
    // The example photo is stored 1200×900 with orientation 6: its largest output is
    // the whole photo, upright, 900×1200.
    let large = site.bytes(&link_of("rotated"));
    assert_eq!(
        image_size(&large),
        (900, 1200),
        "the orientation-6 photo must come out portrait"
    );
    // Our own 400×200 photo, red left and blue right, orientation 6 (turn 90° clockwise):
    // upright it is 200×400, red on top and blue below.
    let turned = image::load_from_memory(&site.bytes(&link_of("turned")))
        .expect("decode")
        .into_rgb8();
    assert_eq!(turned.dimensions(), (200, 400));
    let top = turned.get_pixel(100, 50).0;
    let bottom = turned.get_pixel(100, 350).0;
    assert!(top[0] > 200 && top[2] < 60, "top should be red, is {top:?}");
    assert!(
        bottom[2] > 200 && bottom[0] < 60,
        "bottom should be blue, is {bottom:?}"
    );
    // Every variant of a portrait photo is portrait, and so are its img attributes.
    let img = scraper::Selector::parse("img[alt=\"rotated\"]").expect("selector");
    for el in doc.select(&img) {
        let w: u32 = el
            .value()
            .attr("width")
            .expect("width")
            .parse()
            .expect("number");
        let h: u32 = el
            .value()
            .attr("height")
            .expect("height")
            .parse()
            .expect("number");
        assert!(h > w, "img of the rotated photo is {w}×{h}");
        for candidate in el.value().attr("srcset").expect("srcset").split(',') {
            let url = candidate.split_whitespace().next().expect("url");
            let (cw, ch) = image_size(&site.bytes(&resolve(page, url).expect("relative")));
            assert!(ch > cw, "variant {url} of the rotated photo is {cw}×{ch}");
        }
    }
}

#[test]
fn no_original_photo_is_copied_into_any_site() {
    let j = photo_journal();
    j.build_ok();
    let sources: HashSet<Vec<u8>> = list_files(&j.root())
        .into_iter()
        .filter(|f| !f.ends_with(".md") && !f.ends_with(".toml"))
        .map(|f| std::fs::read(j.root().join(f)).expect("read"))
        .collect();
    // Six photos and an avatar, which has the bytes of the GPS photo.
    assert_eq!(sources.len(), 6);
    let mut checked = 0;
    for f in list_files(&j.out()) {
        let path = j.out().join(&f);
        assert!(!path.is_symlink(), "{f} is a symbolic link");
        let bytes = std::fs::read(&path).expect("read");
        assert!(
            !sources.contains(&bytes),
            "{f} is a copy of an original photo"
        );
        checked += 1;
    }
    assert!(checked > 20);
}

#[test]
fn the_build_prints_a_privacy_report() {
    let j = photo_journal();
    let out = j.build_ok();
    let privacy = out
        .stdout
        .lines()
        .find(|l| l.starts_with("confidentialité :"))
        .unwrap_or_else(|| panic!("no privacy line:\n{out}"));
    assert!(privacy.contains("GPS"), "{privacy}");
    // Seven files: GPS in the cat photo and the avatar (a copy of it), the café and
    // the rotated photo; XMP in our packet; serial and owner in the café photo.
    for part in [
        "sur 7 photos",
        "4 une position GPS",
        "1 un numéro de série",
        "1 le nom du propriétaire",
        "1 des métadonnées XMP",
    ] {
        assert!(privacy.contains(part), "{part:?} not in {privacy:?}");
    }
    // Paired: a journal without private metadata says so.
    let clean = Journal::new();
    clean.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    clean.experience(
        "ana",
        "e",
        "title = \"E\"\ndate = 2021-01-01\nvisibility = \"public\"\nphotos = [{ file = \"a.png\", alt = \"a\" }]",
        "",
        &[("a.png", &solid_png(100, 80, [1, 2, 3]))],
    );
    let out = clean.build_ok();
    let privacy = out
        .stdout
        .lines()
        .find(|l| l.starts_with("confidentialité :"))
        .expect("privacy line");
    assert!(!privacy.contains("GPS"), "{privacy}");
    assert!(privacy.contains("aucune"), "{privacy}");
}

#[test]
fn img_tags_have_width_height_and_srcset_matching_the_files() {
    let j = photo_journal();
    j.build_ok();
    let mut imgs = 0;
    for site_name in sites_in(&j.out()) {
        let site = j.site(&site_name);
        let img = scraper::Selector::parse("img").expect("selector");
        for page in site.pages() {
            let doc = site.html(&page);
            for el in doc.select(&img) {
                imgs += 1;
                let e = el.value();
                let at = format!("{site_name}/{page}: {}", el.html());
                let w: u32 = e.attr("width").expect(&at).parse().expect(&at);
                let h: u32 = e.attr("height").expect(&at).parse().expect(&at);
                assert!(e.attr("alt").is_some(), "no alt: {at}");
                let src = resolve(&page, e.attr("src").expect(&at)).expect(&at);
                assert_eq!(
                    image_size(&site.bytes(&src)),
                    (w, h),
                    "width/height differ from src: {at}"
                );
                let srcset = e.attr("srcset").expect(&at);
                assert!(!srcset.trim().is_empty(), "empty srcset: {at}");
                for candidate in srcset.split(',') {
                    let mut parts = candidate.split_whitespace();
                    let url = parts.next().expect(&at);
                    let descriptor = parts.next().expect(&at);
                    let width: u32 = descriptor.strip_suffix('w').expect(&at).parse().expect(&at);
                    let (fw, _) = image_size(&site.bytes(&resolve(&page, url).expect(&at)));
                    assert_eq!(fw, width, "srcset descriptor differs from the file: {at}");
                }
            }
        }
    }
    assert!(imgs > 10, "too few img tags checked: {imgs}");
}

#[test]
fn photos_are_never_enlarged() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "");
    j.experience(
        "ana",
        "e",
        "title = \"E\"\ndate = 2021-01-01\nvisibility = \"public\"\nphotos = [{ file = \"small.png\", alt = \"s\" }]",
        "",
        &[("small.png", &solid_png(200, 120, [200, 20, 20]))],
    );
    j.build_ok();
    let site = j.site("public");
    for f in site.photo_files() {
        let (w, h) = image_size(&site.bytes(&f));
        assert!(
            w <= 200 && h <= 120,
            "{f} is {w}×{h}, larger than its 200×120 source"
        );
    }
    assert!(!site.photo_files().is_empty());
}

#[test]
fn a_second_build_reuses_the_cache_and_gives_the_same_photos() {
    let j = photo_journal();
    let first = j.build_ok();
    let before = snapshot(&j.out());
    let second = j.build_ok();
    assert!(
        second.stdout.contains(" 0 fait,"),
        "second build remade images:\n{second}\n(first:\n{first})"
    );
    let after = snapshot(&j.out());
    let photos = |s: &std::collections::BTreeMap<String, Vec<u8>>| {
        s.iter()
            .filter(|(k, _)| k.contains("/photos/"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(photos(&before), photos(&after));
}

/// An APP2 payload carrying the ICC profile `icc` in one chunk.
fn icc_segment(icc: &[u8]) -> Vec<u8> {
    let mut payload = b"ICC_PROFILE\0\x01\x01".to_vec();
    payload.extend_from_slice(icc);
    payload
}

#[test]
fn wide_gamut_photos_are_converted_to_srgb_and_lose_their_profile() {
    let colour = [200, 80, 60];
    let p3 = moxcms::ColorProfile::new_display_p3()
        .encode()
        .expect("P3 profile");
    let srgb = moxcms::ColorProfile::new_srgb()
        .encode()
        .expect("sRGB profile");
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Bio.");
    let cases: [(&str, Vec<u8>); 4] = [
        // Decoded at full size.
        (
            "p3-small",
            with_segment(&solid_jpeg(400, 300, colour), 0xE2, &icc_segment(&p3)),
        ),
        // Decoded at a reduced DCT scale (the largest output is under half its width).
        (
            "p3-large",
            with_segment(&solid_jpeg(3400, 2000, colour), 0xE2, &icc_segment(&p3)),
        ),
        (
            "srgb",
            with_segment(&solid_jpeg(400, 300, colour), 0xE2, &icc_segment(&srgb)),
        ),
        ("plain", solid_jpeg(400, 300, colour)),
    ];
    for (i, (name, bytes)) in cases.iter().enumerate() {
        j.experience(
            "ana",
            &format!("2021-05-0{}-{name}", i + 1),
            &format!(
                "title = \"{name}\"\ndate = 2021-05-0{}\nvisibility = \"public\"\nphotos = [{{ file = \"p.jpg\", alt = \"{name}\" }}]",
                i + 1
            ),
            "Texte.",
            &[("p.jpg", bytes)],
        );
    }
    let out = j.build_ok();
    assert!(
        out.stdout.contains("3 un profil de couleur"),
        "the privacy report should count the profiles:\n{out}"
    );
    let site = j.site("public");
    let img = scraper::Selector::parse("main img").expect("selector");
    // The mean colour of every width made of the experience's photo.
    let colours = |i: usize, name: &str| -> Vec<[u8; 3]> {
        let page = format!("ana/experiences/2021-05-0{}-{name}/index.html", i + 1);
        let doc = site.html(&page);
        let el = doc.select(&img).next().expect("an img");
        el.value()
            .attr("srcset")
            .expect("srcset")
            .split(',')
            .map(|c| {
                let url = c.split_whitespace().next().expect("url");
                let bytes = site.bytes(&resolve(&page, url).expect("local"));
                assert!(
                    jpeg_segments(&bytes).iter().all(|s| s.marker != 0xE2),
                    "{name}: an APP2 (ICC) segment was kept"
                );
                decode_mean(&bytes).2
            })
            .collect()
    };
    let close = |a: [u8; 3], b: [u8; 3]| a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 4);
    // What Display P3 (200, 80, 60) is in sRGB: redder, less green.
    let mut want = colour.to_vec();
    moxcms::ColorProfile::new_display_p3()
        .create_transform_8bit(
            moxcms::Layout::Rgb,
            &moxcms::ColorProfile::new_srgb(),
            moxcms::Layout::Rgb,
            moxcms::TransformOptions::default(),
        )
        .expect("transform")
        .transform(&colour, &mut want)
        .expect("transform");
    let want = [want[0], want[1], want[2]];
    assert!(
        !close(want, colour),
        "the conversion should be visible: {want:?}"
    );
    for (i, (name, _)) in cases.iter().enumerate() {
        let expected = if name.starts_with("p3") { want } else { colour };
        let got = colours(i, name);
        assert!(got.len() >= 2, "{name}: {got:?}");
        for c in got {
            assert!(close(c, expected), "{name}: {c:?}, expected {expected:?}");
        }
    }
}

/// Whether `bytes` are a WebP file.
fn is_webp(bytes: &[u8]) -> bool {
    bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP"
}

/// The chunk names of a WebP file (`VP8 `, `EXIF`, `XMP `, `ICCP`...).
fn webp_chunks(bytes: &[u8]) -> Vec<[u8; 4]> {
    let mut chunks = Vec::new();
    let mut i = 12;
    while i + 8 <= bytes.len() {
        let name: [u8; 4] = bytes[i..i + 4].try_into().expect("four bytes");
        let len = u32::from_le_bytes(bytes[i + 4..i + 8].try_into().expect("four bytes")) as usize;
        chunks.push(name);
        i += 8 + len + len % 2;
    }
    chunks
}

/// (URL, width descriptor) of each candidate of a `srcset`.
fn candidates(srcset: &str) -> Vec<(String, u32)> {
    srcset
        .split(',')
        .map(|c| {
            let mut parts = c.split_whitespace();
            let url = parts.next().expect("url").to_string();
            let w = parts.next().expect("descriptor");
            (url, w.trim_end_matches('w').parse().expect("width"))
        })
        .collect()
}

#[test]
fn webp_twins_are_offered_in_a_picture_when_the_journal_asks() {
    // Without the setting: JPEG only, no <picture>.
    let plain = photo_journal();
    plain.build_ok();
    for site_name in sites_in(&plain.out()) {
        let site = plain.site(&site_name);
        assert!(
            site.files().iter().all(|f| !f.ends_with(".webp")),
            "{site_name}"
        );
        for page in site.pages() {
            assert!(!site.text(&page).contains("<picture"), "{site_name}/{page}");
        }
    }

    let j = photo_journal();
    j.config("title = \"Carnet test\"\n\n[images]\nwebp = true\n");
    j.build_ok();
    let picture = scraper::Selector::parse("picture").expect("selector");
    let img = scraper::Selector::parse("img").expect("selector");
    let source = scraper::Selector::parse("source").expect("selector");
    let (mut webp_bytes, mut jpeg_bytes, mut pictures) = (0, 0, 0);
    for site_name in sites_in(&j.out()) {
        let site = j.site(&site_name);
        for page in site.pages() {
            let doc = site.html(&page);
            assert_eq!(
                doc.select(&img).count(),
                doc.select(&picture).count(),
                "{site_name}/{page}: an img outside a picture"
            );
            for p in doc.select(&picture) {
                pictures += 1;
                let at = format!("{site_name}/{page}: {}", p.html());
                let sources: Vec<_> = p.select(&source).collect();
                assert_eq!(sources.len(), 1, "{at}");
                let (s, i) = (
                    sources[0].value(),
                    p.select(&img).next().expect(&at).value(),
                );
                assert_eq!(s.attr("type"), Some("image/webp"), "{at}");
                assert_eq!(s.attr("sizes"), i.attr("sizes"), "{at}");
                let webps = candidates(s.attr("srcset").expect(&at));
                let jpegs = candidates(i.attr("srcset").expect(&at));
                assert_eq!(
                    webps.iter().map(|c| c.1).collect::<Vec<_>>(),
                    jpegs.iter().map(|c| c.1).collect::<Vec<_>>(),
                    "{at}: not the same widths"
                );
                for ((w_url, width), (j_url, _)) in webps.iter().zip(&jpegs) {
                    let w = site.bytes(&resolve(&page, w_url).expect(&at));
                    let jp = site.bytes(&resolve(&page, j_url).expect(&at));
                    assert!(is_webp(&w), "{at}: {w_url} is no WebP");
                    assert_eq!(
                        webp_chunks(&w),
                        vec![*b"VP8 "],
                        "{at}: {w_url} holds more than the image (metadata?)"
                    );
                    assert_eq!(image_size(&w), image_size(&jp), "{at}: {w_url}");
                    assert_eq!(image_size(&w).0, *width, "{at}: {w_url}");
                    webp_bytes += w.len();
                    jpeg_bytes += jp.len();
                }
            }
        }
    }
    assert!(pictures > 0);
    assert!(
        webp_bytes < jpeg_bytes,
        "WebP twins should be smaller: {webp_bytes} vs {jpeg_bytes} bytes"
    );
}

// ---------------------------------------------------------------------------------
// Issue 22: the originals a journal keeps carry no location of a young person
// ---------------------------------------------------------------------------------

/// What exiftool reads in the file at `path` (every group, `Group:Tag` keys), or
/// `None` when exiftool is not installed (Debian: libimage-exiftool-perl; CI has
/// it). The kamadak-exif checks run either way.
pub(crate) fn exiftool(
    path: &std::path::Path,
) -> Option<serde_json::Map<String, serde_json::Value>> {
    let out = std::process::Command::new("exiftool")
        .args(["-json", "-a", "-G1", "-u"])
        .arg(path)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "exiftool: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(&out.stdout).expect("exiftool's JSON");
    list.into_iter().next()
}

/// Asserts that the photo at `path` has no GPS, serial number, owner, camera,
/// maker notes, XMP or IPTC, and still its date taken (and `orientation`).
pub(crate) fn assert_no_private_metadata(path: &std::path::Path, orientation: Option<u32>) {
    let bytes = std::fs::read(path).expect("read the stored photo");
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(&bytes))
        .expect("the stored photo keeps an EXIF block for its date");
    for field in exif.fields() {
        assert!(
            matches!(
                field.tag,
                exif::Tag::Orientation
                    | exif::Tag::DateTime
                    | exif::Tag::DateTimeOriginal
                    | exif::Tag::DateTimeDigitized
                    | exif::Tag::ColorSpace
                    | exif::Tag::ExifIFDPointer
            ),
            "{}: {} is still there",
            path.display(),
            field.tag
        );
    }
    assert!(exif
        .get_field(exif::Tag::DateTimeOriginal, exif::In::PRIMARY)
        .is_some());
    assert_eq!(
        exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)
            .and_then(|f| f.value.get_uint(0)),
        orientation
    );
    assert!(!contains_ci(&bytes, "http://ns.adobe.com/xap/1.0/"), "XMP");
    let Some(tags) = exiftool(path) else {
        eprintln!("note: exiftool is not installed; checked with kamadak-exif only");
        return;
    };
    for (key, value) in &tags {
        let group = key.split(':').next().unwrap_or_default();
        assert!(
            !matches!(
                group,
                "GPS" | "XMP" | "XMP-x" | "IPTC" | "Photoshop" | "MakerNotes" | "IFD1" | "MPF0"
            ) && !group.starts_with("XMP")
                && !key.contains("Serial")
                && !key.ends_with(":Artist")
                && !key.ends_with(":OwnerName")
                && !key.ends_with(":Make")
                && !key.ends_with(":Model"),
            "{}: exiftool still reads {key} = {value}",
            path.display()
        );
    }
    assert!(tags.contains_key("ExifIFD:DateTimeOriginal"), "{tags:?}");
}

#[test]
fn photos_copied_by_carnet_new_carry_no_location_serial_or_owner() {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"", "");
    let sources = [
        (SERIAL_PHOTO, None),
        (ROTATED_PHOTO, Some(6)),
        (GPS_PHOTO, None),
    ];
    let mut args = vec![
        "new".to_string(),
        "ana".into(),
        "Visite".into(),
        "--journal".into(),
        j.root().display().to_string(),
    ];
    for (i, (rel, _)) in sources.iter().enumerate() {
        let copy = j.tmp().join(format!("photo-{i}.jpg"));
        std::fs::write(&copy, example_file(rel)).expect("copy");
        // The originals do carry it all.
        let bytes = std::fs::read(&copy).expect("read");
        assert!(
            contains_ci(&bytes, "GPS")
                || exif::Reader::new()
                    .read_from_container(&mut std::io::Cursor::new(&bytes))
                    .is_ok_and(|e| e.fields().any(|f| f.tag.context() == exif::Context::Gps))
        );
        args.push(copy.display().to_string());
    }
    let out = run(&args).assert_success();
    let dir = std::path::PathBuf::from(out.stdout.trim())
        .parent()
        .expect("folder")
        .to_path_buf();
    for (i, (rel, orientation)) in sources.iter().enumerate() {
        let stored = dir.join(format!("photo-{i}.jpg"));
        assert_no_private_metadata(&stored, orientation.map(|o| o as u32));
        // Not re-encoded: the same pixels.
        assert_eq!(
            decode_mean(&std::fs::read(&stored).expect("read")),
            decode_mean(&example_file(rel)),
            "{rel}"
        );
    }
    // Dated from the first photo's date taken, which stayed.
    assert!(
        dir.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("2021-03-12")),
        "{}",
        dir.display()
    );
    j.build_ok();
}
