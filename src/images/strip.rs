//! Takes the private metadata out of a photo before it is stored in a journal
//! (the capture form, `carnet new`), keeping its pixels byte for byte: the
//! originals kept on an adviser's machine must carry no location of a young
//! person, no serial number, no owner's name.
//!
//! Nothing is re-encoded. The file's containers are rewritten (`img-parts` for
//! JPEG segments, PNG chunks and WebP RIFF chunks) and its EXIF is made anew
//! (kamadak-exif) from a short list of what the journal needs: the date taken
//! (`DateTimeOriginal`, `DateTimeDigitized`, `DateTime`), the orientation, and the
//! colour space. Everything else goes: the GPS IFD, serial numbers, owner,
//! artist and copyright, make, model and lens, maker notes, the EXIF thumbnail,
//! XMP (which can repeat all of it), IPTC and Photoshop blocks (APP13), comments,
//! every other application segment or ancillary chunk, and whatever a phone
//! appends after the end of the image (multi-picture gain maps and depth maps,
//! with EXIF of their own, Samsung trailers). A colour profile stays: the build
//! needs it to show the colours right (it is applied, then dropped, in every
//! published photo).
//!
//! The built sites re-encode every photo anyway; this is for the journal's own
//! files.

use std::io::Cursor;

use exif::{In, Tag};
use img_parts::jpeg::{markers, Jpeg};
use img_parts::png::Png;
use img_parts::riff::RiffContent;
use img_parts::webp::{WebP, CHUNK_VP8X, CHUNK_XMP};
use img_parts::{Bytes, ImageEXIF};

/// The EXIF tags kept: what the journal needs to date and turn a photo.
const KEPT_TAGS: [Tag; 5] = [
    Tag::Orientation,
    Tag::DateTime,
    Tag::DateTimeOriginal,
    Tag::DateTimeDigitized,
    Tag::ColorSpace,
];

/// The PNG chunks kept: the image, its transparency and colours, and animation.
const KEPT_PNG_CHUNKS: [&[u8; 4]; 18] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB",
    b"cICP", b"mDCV", b"cLLI", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT",
];

/// The WebP chunks kept: the image, its transparency, colours and animation.
const KEPT_WEBP_CHUNKS: [&[u8; 4]; 7] = [
    b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP",
];

/// `bytes` (a JPEG, PNG or WebP photo already known to decode) without its
/// private metadata, its pixels untouched.
pub fn without_private_metadata(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let exif = kept_exif(bytes).map(Bytes::from);
    let input = Bytes::copy_from_slice(bytes);
    // A container parser's bug must not take the server down: a panic is an error.
    std::panic::catch_unwind(move || match image::guess_format(&input) {
        Ok(image::ImageFormat::Jpeg) => jpeg(input, exif),
        Ok(image::ImageFormat::Png) => png(input, exif),
        Ok(image::ImageFormat::WebP) => webp(input, exif),
        _ => Err("not a JPEG, PNG or WebP photo".to_string()),
    })
    .unwrap_or_else(|_| Err("the photo's metadata could not be read".into()))
}

fn jpeg(input: Bytes, exif: Option<Bytes>) -> Result<Vec<u8>, String> {
    let mut jpeg = Jpeg::from_bytes(input).map_err(|e| format!("corrupt JPEG: {e}"))?;
    jpeg.segments_mut().retain(|s| {
        let c = s.contents();
        match s.marker() {
            markers::APP0 => c.starts_with(b"JFIF\0"),
            markers::APP2 => c.starts_with(b"ICC_PROFILE\0"),
            // Adobe's colour transform: how the decoder reads the channels.
            markers::APP14 => c.starts_with(b"Adobe"),
            markers::APP1..=markers::APP15 | markers::COM => false,
            _ => true,
        }
    });
    jpeg.set_exif(exif);
    let mut out = jpeg.encoder().bytes().to_vec();
    let end = end_of_image(&out).ok_or("the JPEG has no end")?;
    out.truncate(end);
    Ok(out)
}

/// Where the first image of a JPEG ends (just after its EOI marker): segments
/// are skipped by their length, entropy-coded data byte by byte (`FF 00` is a
/// data byte, `FF D0`–`FF D7` restart markers, `FF FF` fill).
fn end_of_image(bytes: &[u8]) -> Option<usize> {
    let mut pos = 2;
    let mut in_scan = false;
    while pos + 1 < bytes.len() {
        if bytes[pos] != 0xFF {
            if !in_scan {
                return None;
            }
            // Entropy-coded data: on to the next FF.
            pos += memchr::memchr(0xFF, &bytes[pos..])?;
            continue;
        }
        match bytes[pos + 1] {
            markers::EOI => return Some(pos + 2),
            0xFF => pos += 1,
            markers::Z | 0x01 | markers::RST0..=markers::RST7 | markers::SOI => pos += 2,
            marker => {
                let len = bytes.get(pos + 2..pos + 4)?;
                pos += 2 + usize::from(u16::from_be_bytes([len[0], len[1]]));
                in_scan = marker == markers::SOS;
            }
        }
    }
    None
}

fn png(input: Bytes, exif: Option<Bytes>) -> Result<Vec<u8>, String> {
    let mut png = Png::from_bytes(input).map_err(|e| format!("corrupt PNG: {e}"))?;
    png.chunks_mut()
        .retain(|c| KEPT_PNG_CHUNKS.contains(&&c.kind()));
    png.set_exif(exif);
    Ok(png.encoder().bytes().to_vec())
}

fn webp(input: Bytes, exif: Option<Bytes>) -> Result<Vec<u8>, String> {
    let mut webp = WebP::from_bytes(input).map_err(|e| format!("corrupt WebP: {e}"))?;
    webp.chunks_mut()
        .retain(|c| KEPT_WEBP_CHUNKS.contains(&&c.id()));
    webp.set_exif(exif);
    // img-parts keeps the VP8X flags it does not manage: clear the XMP one.
    if !webp.has_chunk(CHUNK_XMP) {
        let vp8x = webp.chunks_mut().iter_mut().find(|c| c.id() == CHUNK_VP8X);
        if let Some(RiffContent::Data(data)) = vp8x.map(|c| c.content_mut()) {
            if let Some(flags) = data.first() {
                let mut changed = data.to_vec();
                changed[0] = flags & !0b0000_0100;
                *data = Bytes::from(changed);
            }
        }
    }
    Ok(webp.encoder().bytes().to_vec())
}

/// The EXIF to keep, as a TIFF structure: [`KEPT_TAGS`] of the primary image,
/// in the file's byte order; `None` when it has none of them.
fn kept_exif(bytes: &[u8]) -> Option<Vec<u8>> {
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()?;
    let kept: Vec<&exif::Field> = exif
        .fields()
        .filter(|f| f.ifd_num == In::PRIMARY && KEPT_TAGS.contains(&f.tag))
        .collect();
    if kept.is_empty() {
        return None;
    }
    let mut writer = exif::experimental::Writer::new();
    for field in kept {
        writer.push_field(field);
    }
    let mut out = Cursor::new(Vec::new());
    writer.write(&mut out, exif.little_endian()).ok()?;
    Some(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::privacy::Findings;

    fn example(rel: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("example-journal/learners")
            .join(rel);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// A photo with GPS, camera, artist, serial number and a date (see the
    /// example journal's ATTRIBUTION.md).
    const SERIAL: &str =
        "karim/experiences/2021-10-18-premier-contrat-preparateur/cafe-d-accueil.jpg";
    /// A portrait stored sideways (Orientation 6), with GPS.
    const ROTATED: &str =
        "ines/experiences/2021-04-22-formation-sst/parc-du-centre-de-formation.jpg";

    fn exif_of(bytes: &[u8]) -> Option<exif::Exif> {
        exif::Reader::new()
            .read_from_container(&mut Cursor::new(bytes))
            .ok()
    }

    fn rgb(bytes: &[u8]) -> image::RgbImage {
        image::load_from_memory(bytes).expect("decodes").to_rgb8()
    }

    /// The bytes from the first scan to the end of the image.
    fn image_data(bytes: &[u8]) -> &[u8] {
        let sos = bytes
            .windows(2)
            .position(|w| w == [0xFF, 0xDA])
            .expect("a scan");
        &bytes[sos..end_of_image(bytes).expect("an end")]
    }

    #[test]
    fn gps_serial_owner_and_camera_go_date_and_orientation_stay() {
        for rel in [SERIAL, ROTATED] {
            let original = example(rel);
            let before = Findings::scan(&original);
            assert!(
                before.gps && before.camera && before.date,
                "{rel}: {before:?}"
            );
            let stripped = without_private_metadata(&original).expect("stripped");
            let after = Findings::scan(&stripped);
            assert!(
                !after.gps && !after.serial && !after.owner && !after.camera,
                "{rel}: {after:?}"
            );
            assert!(!after.xmp && after.date, "{rel}: {after:?}");
            let old = exif_of(&original).expect("exif");
            let new = exif_of(&stripped).expect("exif");
            for tag in [Tag::DateTimeOriginal, Tag::Orientation] {
                assert_eq!(
                    old.get_field(tag, In::PRIMARY)
                        .map(|f| f.display_value().to_string()),
                    new.get_field(tag, In::PRIMARY)
                        .map(|f| f.display_value().to_string()),
                    "{rel}: {tag}"
                );
            }
            let tags: Vec<Tag> = new.fields().map(|f| f.tag).collect();
            assert!(
                tags.iter()
                    .all(|t| KEPT_TAGS.contains(t) || *t == Tag::ExifIFDPointer),
                "{tags:?}"
            );
            // Not re-encoded: the image data is the same bytes, the pixels the same.
            assert_eq!(image_data(&stripped), image_data(&original), "{rel}");
            assert_eq!(rgb(&stripped), rgb(&original), "{rel}");
            assert!(stripped.len() < original.len());
        }
    }

    /// A JPEG carrying everything a phone may add: EXIF with maker notes, a
    /// thumbnail and GPS, XMP, IPTC, a comment, a multi-picture segment and a
    /// second image after the end of the first.
    fn loaded_jpeg() -> Vec<u8> {
        use exif::{Field, Value};
        let plain = example(SERIAL);
        let fields = [
            Field {
                tag: Tag::Make,
                ifd_num: In::PRIMARY,
                value: Value::Ascii(vec![b"Phone".to_vec()]),
            },
            Field {
                tag: Tag::Orientation,
                ifd_num: In::PRIMARY,
                value: Value::Short(vec![1]),
            },
            Field {
                tag: Tag::DateTimeOriginal,
                ifd_num: In::PRIMARY,
                value: Value::Ascii(vec![b"2024:05:06 07:08:09".to_vec()]),
            },
            Field {
                tag: Tag::MakerNote,
                ifd_num: In::PRIMARY,
                value: Value::Undefined(b"Apple iOS\0MAKERNOTE-SECRET".to_vec(), 0),
            },
            Field {
                tag: Tag::GPSLatitudeRef,
                ifd_num: In::PRIMARY,
                value: Value::Ascii(vec![b"N".to_vec()]),
            },
            Field {
                tag: Tag::CameraOwnerName,
                ifd_num: In::PRIMARY,
                value: Value::Ascii(vec![b"OWNER-SECRET".to_vec()]),
            },
        ];
        let mut writer = exif::experimental::Writer::new();
        for f in &fields {
            writer.push_field(f);
        }
        let mut tiff = Cursor::new(Vec::new());
        writer.write(&mut tiff, false).expect("exif");
        let mut jpeg = Jpeg::from_bytes(Bytes::from(plain)).expect("jpeg");
        jpeg.set_exif(Some(Bytes::from(tiff.into_inner())));
        let segment = |marker, text: &[u8]| {
            img_parts::jpeg::JpegSegment::new_with_contents(marker, Bytes::copy_from_slice(text))
        };
        let at = 1;
        let segments = jpeg.segments_mut();
        segments.insert(
            at,
            segment(
                markers::APP1,
                b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>XMP-SECRET</x:xmpmeta>",
            ),
        );
        segments.insert(
            at,
            segment(markers::APP13, b"Photoshop 3.0\08BIM IPTC-SECRET"),
        );
        segments.insert(at, segment(markers::COM, b"COMMENT-SECRET"));
        segments.insert(at, segment(markers::APP2, b"MPF\0MM\0*MPF-SECRET"));
        let mut out = jpeg.encoder().bytes().to_vec();
        out.extend_from_slice(&[0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x10]);
        out.extend_from_slice(b"TRAILER-SECRET");
        out.extend_from_slice(&[0xFF, 0xD9]);
        out
    }

    #[test]
    fn maker_notes_xmp_iptc_comments_and_trailers_go() {
        let loaded = loaded_jpeg();
        for secret in [
            "MAKERNOTE",
            "OWNER",
            "XMP",
            "IPTC",
            "COMMENT",
            "MPF",
            "TRAILER",
        ] {
            let needle = format!("{secret}-SECRET");
            assert!(
                memchr::memmem::find(&loaded, needle.as_bytes()).is_some(),
                "{secret} planted"
            );
        }
        let stripped = without_private_metadata(&loaded).expect("stripped");
        for secret in [
            "MAKERNOTE",
            "OWNER",
            "XMP",
            "IPTC",
            "COMMENT",
            "MPF",
            "TRAILER",
            "Phone",
        ] {
            assert!(
                memchr::memmem::find(&stripped, secret.as_bytes()).is_none(),
                "{secret} is still there"
            );
        }
        let exif = exif_of(&stripped).expect("exif");
        assert_eq!(
            exif.get_field(Tag::DateTimeOriginal, In::PRIMARY)
                .map(|f| f.display_value().to_string())
                .as_deref(),
            Some("2024-05-06 07:08:09")
        );
        assert_eq!(rgb(&stripped), rgb(&loaded));
        assert_eq!(stripped.len(), end_of_image(&stripped).expect("end"));
    }

    #[test]
    fn a_photo_with_nothing_to_take_out_keeps_its_bytes() {
        let img =
            image::RgbImage::from_fn(32, 24, |x, y| image::Rgb([x as u8 * 8, y as u8 * 10, 90]));
        let mut plain = Cursor::new(Vec::new());
        img.write_to(&mut plain, image::ImageFormat::Jpeg)
            .expect("encode");
        let plain = plain.into_inner();
        assert_eq!(without_private_metadata(&plain).expect("stripped"), plain);
    }

    #[test]
    fn png_and_webp_keep_their_pixels_and_lose_text_and_xmp() {
        let img = image::RgbaImage::from_fn(20, 10, |x, y| {
            image::Rgba([x as u8 * 12, y as u8 * 20, 7, 200])
        });
        let mut png_bytes = Cursor::new(Vec::new());
        img.write_to(&mut png_bytes, image::ImageFormat::Png)
            .expect("png");
        let mut png = Png::from_bytes(Bytes::from(png_bytes.into_inner())).expect("png");
        let text =
            img_parts::png::PngChunk::new(*b"tEXt", Bytes::from_static(b"Author\0PNG-SECRET"));
        png.chunks_mut().insert(1, text);
        let loaded = png.encoder().bytes().to_vec();
        let stripped = without_private_metadata(&loaded).expect("png stripped");
        assert!(memchr::memmem::find(&stripped, b"PNG-SECRET").is_none());
        assert_eq!(
            image::load_from_memory(&stripped).expect("png").to_rgba8(),
            img
        );

        let mut webp_bytes = Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(img.clone())
            .write_to(&mut webp_bytes, image::ImageFormat::WebP)
            .expect("webp");
        let mut webp = WebP::from_bytes(Bytes::from(webp_bytes.into_inner())).expect("webp");
        webp.set_exif(Some(Bytes::from(
            kept_exif(&example(SERIAL)).expect("exif"),
        )));
        webp.chunks_mut().push(img_parts::riff::RiffChunk::new(
            CHUNK_XMP,
            RiffContent::Data(Bytes::from_static(
                b"<x:xmpmeta><rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">WEBP-SECRET</rdf:Description></x:xmpmeta>",
            )),
        ));
        let loaded = webp.encoder().bytes().to_vec();
        assert!(Findings::scan(&loaded).xmp);
        let stripped = without_private_metadata(&loaded).expect("webp stripped");
        assert!(memchr::memmem::find(&stripped, b"WEBP-SECRET").is_none());
        assert!(!Findings::scan(&stripped).xmp);
        assert!(Findings::scan(&stripped).date, "the date stays");
        assert_eq!(
            image::load_from_memory(&stripped).expect("webp").to_rgba8(),
            img
        );
    }
}
