//! The two JPEG codecs through the real binary: the system libjpeg-turbo (the
//! default where `build.rs` found it) and the pure-Rust one (`CARNET_CODEC=rust`).
//! Both make the same files at the same sizes with no metadata, and a corrupt or
//! hostile JPEG is an error naming its file with either, never a crash. Where no
//! libjpeg-turbo was found, both runs use the pure-Rust codec and the tests still
//! hold.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;
use carnet::images::codec::Codec;

/// The codecs to compare: `None` is the default (the best of this build), whatever
/// `CARNET_CODEC` the tests themselves run with.
const CODECS: [Option<&str>; 2] = [None, Some("rust")];

/// Runs `carnet ARGS` with `CARNET_CODEC` set to `codec` (or unset), isolated like
/// [`run`]: its own cache, `HOME` and `XDG_CACHE_HOME` in `tmp`.
fn run_with(codec: Option<&str>, tmp: &Path, args: &[&std::ffi::OsStr]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("HOME", tmp.join("home"))
        .env("XDG_CACHE_HOME", tmp.join("xdg-cache"))
        .env_remove("CARNET_CACHE")
        .env_remove("CARNET_CODEC");
    if let Some(codec) = codec {
        cmd.env("CARNET_CODEC", codec);
    }
    let out = cmd.output().expect("run the carnet binary");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Builds `j` with `codec` into `<tmp>/out-<name>` (cache `<tmp>/cache-<name>`).
fn build_with(j: &Journal, codec: Option<&str>) -> (Output, PathBuf) {
    let name = codec.unwrap_or("default");
    let out = j.tmp().join(format!("out-{name}"));
    let cache = j.tmp().join(format!("cache-{name}"));
    let root = j.root();
    let args = [
        "build".as_ref(),
        root.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--cache".as_ref(),
        cache.as_os_str(),
    ];
    (run_with(codec, j.tmp(), &args), out)
}

fn expected_name(codec: Option<&str>) -> &'static str {
    Codec::from_env(codec).name()
}

#[test]
fn version_names_the_jpeg_codec() {
    let tmp = tempfile::TempDir::new().expect("temp dir");
    for codec in CODECS {
        let out = run_with(codec, tmp.path(), &["--version".as_ref()]).assert_success();
        let want = format!("carnet 0.1.0 (JPEG codec: {}; ", expected_name(codec));
        assert!(
            out.stdout.trim().starts_with(&want),
            "CARNET_CODEC={codec:?}: {}",
            out.stdout
        );
        assert!(out.stdout.contains("HEIC/AVIF codec: "), "{}", out.stdout);
    }
    let forced = run_with(Some("rust"), tmp.path(), &["--version".as_ref()]);
    assert!(forced.stdout.contains("pure Rust"), "{forced}");
    // This project's machines have libjpeg-turbo: the default build must use it there.
    if cfg!(carnet_libjpeg) {
        let default = run_with(None, tmp.path(), &["--version".as_ref()]);
        assert!(default.stdout.contains("libjpeg-turbo 2."), "{default}");
    }
}

#[test]
fn the_build_summary_names_the_jpeg_codec() {
    let j = photos_journal(&[("a.jpg", solid_jpeg(64, 48, [10, 200, 30]))]);
    for codec in CODECS {
        let (out, _) = build_with(&j, codec);
        let summary = out.assert_success().stdout;
        // Said in the summary's language, here French (issue 26).
        let named = Codec::from_env(codec).describe(carnet::journal::Language::Fr);
        let want = format!("JPEG : {named})");
        let first = summary.lines().next().unwrap_or_default();
        assert!(first.contains(&want), "{summary}");
        assert!(!first.contains("system library"), "{summary}");
    }
}

/// A public journal with one experience holding `photos`.
fn photos_journal(photos: &[(&str, Vec<u8>)]) -> Journal {
    let j = Journal::new();
    j.learner("ana", "name = \"Ana\"\nvisibility = \"public\"", "Bio.\n");
    let list: Vec<String> = photos
        .iter()
        .map(|(name, _)| format!("{{ file = \"{name}\", alt = \"{name}\" }}"))
        .collect();
    let refs: Vec<(&str, &[u8])> = photos.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    j.experience(
        "ana",
        "2021-05-31-stage",
        &format!(
            "title = \"Stage\"\ndate = 2021-05-31\nvisibility = \"public\"\nphotos = [{}]",
            list.join(", ")
        ),
        "Le texte.\n",
        &refs,
    );
    j
}

/// A `w`×`h` JPEG of smooth gradients (pixels that survive re-encoding), made by
/// jpeg-encoder in `color` (`Rgb`, `Luma` or `Cmyk`), progressive or not.
fn gradient(w: u16, h: u16, color: jpeg_encoder::ColorType, progressive: bool) -> Vec<u8> {
    let channels = match color {
        jpeg_encoder::ColorType::Luma => 1,
        jpeg_encoder::ColorType::Cmyk => 4,
        _ => 3,
    };
    let mut pixels = Vec::new();
    for y in 0..u32::from(h) {
        for x in 0..u32::from(w) {
            let v = [
                (x * 255 / u32::from(w)) as u8,
                (y * 255 / u32::from(h)) as u8,
                128,
                40,
            ];
            pixels.extend_from_slice(&v[..channels]);
        }
    }
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, 92);
    encoder.set_progressive(progressive);
    encoder.encode(&pixels, w, h, color).expect("encode");
    out
}

/// Mean absolute difference of two images of the same size, per channel value.
fn mean_difference(a: &[u8], b: &[u8]) -> f64 {
    let a = image::load_from_memory(a).expect("decode").into_rgb8();
    let b = image::load_from_memory(b).expect("decode").into_rgb8();
    assert_eq!(a.dimensions(), b.dimensions());
    let total: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.as_raw().len() as f64
}

#[test]
fn both_codecs_make_the_same_files_at_the_same_sizes_without_metadata() {
    use jpeg_encoder::ColorType::{Cmyk, Luma, Rgb};
    let p3 = moxcms::ColorProfile::new_display_p3()
        .encode()
        .expect("P3 profile");
    let exif = exif_orientation(6);
    let photos = [
        // Sideways in the file (EXIF orientation 6), with XMP: turned upright, stripped.
        (
            "turned.jpg",
            with_segment(
                &with_segment(
                    &gradient(1800, 1200, Rgb, false),
                    0xE1,
                    &xmp_packet("Ana Secret"),
                ),
                0xE1,
                &exif,
            ),
        ),
        ("grey.jpg", gradient(1200, 900, Luma, false)),
        ("cmyk.jpg", gradient(1000, 700, Cmyk, false)),
        ("progressive.jpg", gradient(2000, 1500, Rgb, true)),
        ("small.jpg", gradient(300, 200, Rgb, false)),
        (
            "display-p3.jpg",
            with_segment(&gradient(1300, 1000, Rgb, false), 0xE2, &{
                let mut icc = b"ICC_PROFILE\0\x01\x01".to_vec();
                icc.extend_from_slice(&p3);
                icc
            }),
        ),
    ];
    let j = photos_journal(&photos);
    let mut built = Vec::new();
    for codec in CODECS {
        let (out, dir) = build_with(&j, codec);
        out.assert_success();
        built.push(Site::new(dir.join("public")));
    }
    let names = built[0].photo_files();
    assert_eq!(names, built[1].photo_files(), "the codecs made other files");
    assert!(names.len() >= 6 * 2, "too few photos: {names:?}");
    for name in &names {
        let (a, b) = (built[0].bytes(name), built[1].bytes(name));
        assert_eq!(image_size(&a), image_size(&b), "{name}: sizes differ");
        for (codec, bytes) in CODECS.iter().zip([&a, &b]) {
            for s in jpeg_segments(bytes) {
                assert!(
                    s.marker == 0xE0 || !(0xE1..=0xEF).contains(&s.marker) && s.marker != 0xFE,
                    "{name} ({codec:?}): metadata segment {:x}",
                    s.marker
                );
            }
            assert!(
                !contains_ci(bytes, "Ana Secret"),
                "{name} ({codec:?}): XMP survived"
            );
        }
        // Same pixels but for the encoders' rounding (a photo left sideways, or
        // colours converted by one codec only, would be tens of levels off).
        let diff = mean_difference(&a, &b);
        assert!(
            diff < 3.0,
            "{name}: the codecs' pixels differ by {diff:.2} on average"
        );
    }
}

/// `bytes` with its scan data cut at `fraction` and an end-of-image marker added:
/// the file looks complete, but pixels are missing.
fn cut_but_closed(bytes: &[u8], fraction: f64) -> Vec<u8> {
    let mut cut = bytes[..(bytes.len() as f64 * fraction) as usize].to_vec();
    while cut.last() == Some(&0xFF) {
        cut.pop();
    }
    cut.extend_from_slice(&[0xFF, 0xD9]);
    cut
}

/// `bytes` with 300 bytes of its scan data replaced by markers.
fn garbled(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let at = out.len() / 3;
    for (i, b) in out[at..at + 300].iter_mut().enumerate() {
        *b = if i % 2 == 0 { 0xFF } else { 0xC4 };
    }
    out
}

#[test]
fn a_damaged_jpeg_fails_the_build_naming_it_with_both_codecs() {
    use jpeg_encoder::ColorType::Rgb;
    let busy = {
        let pixels: Vec<u8> = (0..640usize * 480 * 3)
            .map(|i| ((i * 7919) % 251) as u8)
            .collect();
        let mut out = Vec::new();
        jpeg_encoder::Encoder::new(&mut out, 90)
            .encode(&pixels, 640, 480, Rgb)
            .expect("encode");
        out
    };
    for (name, bytes) in [
        ("cut.jpg", cut_but_closed(&busy, 0.5)),
        ("garbled.jpg", garbled(&busy)),
    ] {
        let j = photos_journal(&[("fine.jpg", solid_jpeg(64, 48, [1, 2, 3])), (name, bytes)]);
        for codec in CODECS {
            let (out, dir) = build_with(&j, codec);
            assert!(!out.stderr.contains("panicked"), "{codec:?}: {out}");
            // The libjpeg-turbo codec refuses missing pixels; the pure-Rust decoders
            // may paint them grey instead, but never crash.
            if codec.is_none() && cfg!(carnet_libjpeg) {
                let out = out.code(1);
                out.stderr_has(&[
                    &format!("2021-05-31-stage/{name}"),
                    // In the journal's language (French here), not the codec's English.
                    "photo abîmée ou tronquée",
                ]);
                assert!(!dir.join("public").exists(), "a failed build wrote a site");
            } else {
                assert!(out.code == 0 || out.code == 1, "{codec:?}: {out}");
            }
        }
    }
}

/// Builds `j` with `codec` into `out`, with the image cache `cache`.
fn build_in(j: &Journal, codec: Option<&str>, out: &Path, cache: &Path) -> Output {
    let root = j.root();
    let args = [
        "build".as_ref(),
        root.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--cache".as_ref(),
        cache.as_os_str(),
    ];
    run_with(codec, j.tmp(), &args)
}

#[test]
fn a_cache_made_by_one_codec_is_not_used_by_the_other() {
    let photos = [
        (
            "a.jpg",
            gradient(1600, 1000, jpeg_encoder::ColorType::Rgb, false),
        ),
        (
            "b.jpg",
            gradient(900, 1200, jpeg_encoder::ColorType::Rgb, true),
        ),
    ];
    let j = photos_journal(&photos);
    // What each codec makes with a cache of its own.
    let alone: Vec<BTreeMap<String, Vec<u8>>> = CODECS
        .iter()
        .map(|codec| {
            let name = codec.unwrap_or("default");
            let out = j.tmp().join(format!("alone-{name}"));
            build_in(
                &j,
                *codec,
                &out,
                &j.tmp().join(format!("alone-cache-{name}")),
            )
            .assert_success();
            snapshot(&out.join("public"))
        })
        .collect();
    // One cache, used by one codec then the other, in both orders.
    for (first, second) in [(0, 1), (1, 0)] {
        let cache = j.tmp().join(format!("shared-cache-{first}"));
        let out = j.tmp().join(format!("shared-{first}"));
        build_in(&j, CODECS[first], &out, &cache).assert_success();
        build_in(&j, CODECS[second], &out, &cache).assert_success();
        let got = snapshot(&out.join("public"));
        assert_eq!(got.len(), alone[second].len());
        for (rel, bytes) in &got {
            assert!(
                bytes == &alone[second][rel],
                "{rel}: after a build with {:?}, a build with {:?} published another codec's bytes",
                CODECS[first],
                CODECS[second]
            );
        }
    }
}
