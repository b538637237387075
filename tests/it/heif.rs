//! iPhone photos (issue 26): HEIC, HEIF and AVIF files in a journal are decoded by
//! the system libheif, turned upright, and published as JPEG with none of their
//! metadata; a build without libheif refuses them, saying how to convert them.
//!
//! The HEIC and AVIF files are made here with `heif-enc` (Debian:
//! libheif-examples) from JPEGs carrying GPS, serial number and XMP: heif-enc copies
//! the Exif and XMP of its input.

use std::path::Path;

use crate::common::*;
use crate::photos::exiftool;

const SECRET_XMP: &str = "zqheifsecretcreator";

/// Whether the `carnet` under test decodes HEIF photos (`carnet --version`).
fn carnet_has_libheif() -> bool {
    let out = run(["--version"]).assert_success();
    out.stdout.contains("HEIC/AVIF codec: libheif")
}

/// `jpeg` encoded by `heif-enc` as `name` (`.heic` for HEVC, `.avif` for AV1).
fn heif_enc(dir: &Path, jpeg: &[u8], name: &str) -> Vec<u8> {
    let input = dir.join(format!("{name}.source.jpg"));
    let output = dir.join(name);
    std::fs::write(&input, jpeg).expect("write the source JPEG");
    let out = std::process::Command::new("heif-enc")
        .args(["-q", "50"])
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .output()
        .unwrap_or_else(|e| panic!("heif-enc ({e}): apt-get install libheif-examples"));
    assert!(
        out.status.success(),
        "heif-enc: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(&output).expect("read the HEIF file")
}

/// `heic` (made by heif-enc, whose last image property is a 16-byte `pixi` box) with
/// that box replaced by an `irot` box of the same size: the photo is then turned
/// 90° clockwise (`irot` angle 3, 270° anticlockwise) when displayed, as an iPhone
/// stores a portrait photo.
fn with_irot_quarter_turn(heic: &[u8]) -> Vec<u8> {
    let at = heic
        .windows(4)
        .position(|w| w == b"pixi")
        .expect("heif-enc writes a pixi property")
        - 4;
    assert_eq!(&heic[at..at + 4], &16u32.to_be_bytes(), "pixi of 16 bytes");
    let mut out = heic.to_vec();
    let mut irot = 16u32.to_be_bytes().to_vec();
    irot.extend_from_slice(b"irot");
    irot.push(3);
    irot.extend_from_slice(&[0; 7]);
    out[at..at + 16].copy_from_slice(&irot);
    out
}

/// The GPS example photo with a serial number and an XMP packet added.
fn private_jpeg() -> Vec<u8> {
    with_segment(&example_file(GPS_PHOTO), 0xE1, &xmp_packet(SECRET_XMP))
}

/// A journal whose public experience holds `photos` (name, bytes).
fn journal_with(photos: &[(&str, &[u8])]) -> Journal {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Bio.");
    let list: Vec<String> = photos
        .iter()
        .map(|(name, _)| {
            let alt = name.replace('.', "-");
            format!("{{ file = \"{name}\", alt = \"{alt}\" }}")
        })
        .collect();
    j.experience(
        "ana",
        "2021-05-31-stage",
        &format!(
            "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"public\"\nphotos = [{}]",
            list.join(", ")
        ),
        "Texte.",
        photos,
    );
    j
}

#[test]
fn heic_and_avif_photos_are_published_as_jpeg_without_any_metadata() {
    if !carnet_has_libheif() {
        eprintln!("note: carnet was built without libheif; see the refusal test");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp");
    let heic = heif_enc(tmp.path(), &private_jpeg(), "a.heic");
    let avif = heif_enc(tmp.path(), &private_jpeg(), "b.avif");
    // Guard: the sources carry what must go.
    for f in ["a.heic", "b.avif"] {
        if let Some(tags) = exiftool(&tmp.path().join(f)) {
            assert!(tags.keys().any(|k| k.starts_with("GPS:")), "{f}: {tags:?}");
            assert!(tags.keys().any(|k| k.starts_with("XMP")), "{f}: {tags:?}");
        }
        assert!(contains_ci(
            &std::fs::read(tmp.path().join(f)).unwrap(),
            SECRET_XMP
        ));
    }
    // Upper-case extensions, as an iPhone names its files.
    let j = journal_with(&[("IMG_0001.HEIC", &heic), ("photo.avif", &avif)]);
    let out = j.build_ok();
    let privacy = out
        .stdout
        .lines()
        .find(|l| l.starts_with("confidentialité :"))
        .unwrap_or_else(|| panic!("no privacy line:\n{out}"));
    for part in [
        "sur 2 photos",
        "2 une position GPS",
        "2 des métadonnées XMP",
    ] {
        assert!(privacy.contains(part), "{part:?} not in {privacy:?}");
    }
    let site = j.site("public");
    let photos = site.photo_files();
    assert!(photos.len() >= 4, "{photos:?}");
    for f in &photos {
        assert!(f.ends_with(".jpg"), "{f}: outputs are JPEG");
        let bytes = site.bytes(f);
        assert_eq!(&bytes[..2], &[0xFF, 0xD8], "{f}: not a JPEG");
        let (w, h) = image_size(&bytes);
        assert!(w >= h, "{f}: {w}×{h}, the photo is landscape");
        for s in jpeg_segments(&bytes) {
            assert!(
                s.marker == 0xE0 || !(0xE1..=0xEF).contains(&s.marker),
                "{f}: APP{:x}",
                s.marker - 0xE0
            );
        }
        assert!(!contains_ci(&bytes, SECRET_XMP), "{f}: the XMP survived");
        assert!(!contains_ci(&bytes, "ns.adobe.com/xap"), "{f}: XMP");
        assert!(
            exif::Reader::new()
                .read_from_container(&mut std::io::Cursor::new(&bytes))
                .is_err(),
            "{f}: EXIF in it"
        );
        if let Some(tags) = exiftool(&site.root.join(f)) {
            for key in tags.keys() {
                let group = key.split(':').next().unwrap_or_default();
                assert!(
                    !matches!(group, "GPS" | "IFD0" | "ExifIFD" | "IPTC")
                        && !group.starts_with("XMP"),
                    "{f}: exiftool finds {key}"
                );
            }
        }
    }
    // No page names the original files' type or offers them.
    for (page, text) in read_all_text(&j.out()) {
        assert!(!text.contains(".HEIC") && !text.contains(".avif"), "{page}");
    }
}

#[test]
fn a_heic_turned_by_its_irot_box_comes_out_upright() {
    if !carnet_has_libheif() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp");
    // Red left, blue right, stored landscape; turned a quarter clockwise it is a
    // portrait, red on top.
    let heic = heif_enc(
        tmp.path(),
        &two_tone_jpeg(400, 200, [255, 0, 0], [0, 0, 255]),
        "t.heic",
    );
    let turned = with_irot_quarter_turn(&heic);
    let j = journal_with(&[("turned.heic", &turned)]);
    j.build_ok();
    let site = j.site("public");
    let page = "ana/experiences/2021-05-31-stage/index.html";
    let doc = site.html(page);
    let sel = scraper::Selector::parse("a.photo-link").expect("selector");
    let href = doc
        .select(&sel)
        .next()
        .and_then(|a| a.value().attr("href"))
        .expect("photo link");
    let img = image::load_from_memory(&site.bytes(&resolve(page, href).expect("relative")))
        .expect("decode")
        .into_rgb8();
    assert_eq!(img.dimensions(), (200, 400), "the irot turn is applied");
    let top = img.get_pixel(100, 50).0;
    let bottom = img.get_pixel(100, 350).0;
    assert!(top[0] > 180 && top[2] < 80, "top should be red, is {top:?}");
    assert!(
        bottom[2] > 180 && bottom[0] < 80,
        "bottom should be blue, is {bottom:?}"
    );
    // Every img of it says portrait.
    let imgs = scraper::Selector::parse("img[alt=\"turned-heic\"]").expect("selector");
    let mut seen = 0;
    for el in doc.select(&imgs) {
        let w: u32 = el.value().attr("width").unwrap().parse().unwrap();
        let h: u32 = el.value().attr("height").unwrap().parse().unwrap();
        assert!(h > w, "img is {w}×{h}");
        seen += 1;
    }
    assert!(seen > 0);
}

#[test]
fn a_corrupt_heic_is_a_located_error_and_no_site_is_written() {
    let tmp = tempfile::tempdir().expect("temp");
    let good = if carnet_has_libheif() {
        heif_enc(tmp.path(), &solid_jpeg(64, 48, [9, 9, 9]), "g.heic")
    } else {
        // Without libheif the file is refused before it is parsed.
        let mut b = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec();
        b.extend_from_slice(&[0; 200]);
        b
    };
    for (what, bytes) in [
        ("truncated", good[..good.len() / 2].to_vec()),
        ("header only", good[..40.min(good.len())].to_vec()),
        ("garbled", {
            let mut b = good.clone();
            for x in b.iter_mut().skip(24).step_by(3) {
                *x ^= 0x5A;
            }
            b
        }),
    ] {
        let j = journal_with(&[("cassee.heic", &bytes)]);
        let out = j.build();
        assert_ne!(out.code, 0, "{what}: the build succeeded:\n{out}");
        assert!(
            out.stderr.contains("cassee.heic"),
            "{what}: not located:\n{out}"
        );
        assert!(!out.stderr.contains("panicked"), "{what}:\n{out}");
        assert!(!j.out().exists(), "{what}: a site was written");
    }
}

#[test]
fn without_libheif_a_heic_is_refused_saying_how_to_convert_it() {
    if carnet_has_libheif() {
        // The same binary cannot be both; CI builds CARNET_LIBHEIF=0 for clippy
        // only. What a HEIC gives with libheif is the tests above.
        return;
    }
    let mut b = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec();
    b.extend_from_slice(&[0; 200]);
    let j = journal_with(&[("IMG_0002.HEIC", &b)]);
    let out = j.build();
    assert_ne!(out.code, 0);
    out.stderr_has(&[
        "IMG_0002.HEIC",
        "heif-convert IMG_0002.HEIC IMG_0002.jpg",
        "Le plus compatible",
    ]);
    assert!(!j.out().exists());
}

#[test]
fn carnet_version_names_the_heif_codec() {
    let out = run(["--version"]).assert_success();
    assert!(out.stdout.contains("HEIC/AVIF codec: "), "{}", out.stdout);
}

#[test]
fn carnet_new_stores_a_heic_as_a_jpeg_without_metadata() {
    if !carnet_has_libheif() {
        return;
    }
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"", "");
    let heic = heif_enc(j.tmp(), &private_jpeg(), "IMG_0003.HEIC");
    let source = j.tmp().join("IMG_0003.HEIC");
    assert!(contains_ci(&heic, SECRET_XMP));
    let out = run([
        "new".to_string(),
        "ana".into(),
        "Visite".into(),
        "--journal".into(),
        j.root().display().to_string(),
        source.display().to_string(),
    ])
    .assert_success();
    let dir = std::path::PathBuf::from(out.stdout.trim())
        .parent()
        .expect("folder")
        .to_path_buf();
    let stored = dir.join("img-0003.jpg");
    let bytes =
        std::fs::read(&stored).unwrap_or_else(|e| panic!("{}: {e}\n{out}", stored.display()));
    assert_eq!(&bytes[..2], &[0xFF, 0xD8], "stored as JPEG");
    assert_eq!(image_size(&bytes), (451, 300));
    assert!(!contains_ci(&bytes, SECRET_XMP));
    assert!(exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(&bytes))
        .is_err());
    assert!(!dir.join("IMG_0003.HEIC").exists());
    assert!(std::fs::read_to_string(dir.join("index.md"))
        .expect("index")
        .contains("img-0003.jpg"));
    // And the journal builds.
    j.build_ok();
}
