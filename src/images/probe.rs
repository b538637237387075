//! Reads what the build needs to know of a source photo without decoding its
//! pixels: content hash, oriented size, orientation and the private metadata it
//! carries. Refuses files over the byte or pixel limits before any decoding.

use std::io::Cursor;
use std::path::Path;

use image::{ImageDecoder, ImageFormat};
use serde::{Deserialize, Serialize};

use super::privacy::Findings;
use crate::diagnostic::Diagnostic;
use crate::journal::{ImageSettings, Language};
use crate::t;

/// A probed source photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// blake3 of the file bytes (hex), the root of every cache key.
    pub hash: String,
    /// Width once the EXIF orientation is applied.
    pub width: u32,
    /// Height once the EXIF orientation is applied.
    pub height: u32,
    /// EXIF orientation (1–8; 1 when absent).
    pub orientation: u8,
    /// Private metadata found in the file (all of it is dropped).
    pub findings: Findings,
}

impl Source {
    /// Whether the EXIF orientation turns the photo a quarter (5 to 8): its stored
    /// pixels are then `height` wide and `width` high.
    pub fn swapped(&self) -> bool {
        matches!(self.orientation, 5..=8)
    }

    /// Width and height of the pixels as stored in the file, before orientation.
    pub fn stored_size(&self) -> (u32, u32) {
        if self.swapped() {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }

    /// A source for unit tests.
    #[cfg(test)]
    pub fn test(width: u32, height: u32, hash: &str) -> Self {
        Source {
            hash: hash.into(),
            width,
            height,
            orientation: 1,
            findings: Findings::default(),
        }
    }
}

/// Probes the bytes of the photo at `path`; errors in `lang`.
pub fn probe(
    path: &Path,
    bytes: &[u8],
    limits: &ImageSettings,
    lang: Language,
) -> Result<Source, Diagnostic> {
    let fail = |code, m: String| Diagnostic::new(path, m).with_code(code);
    check_bytes(path, bytes.len() as u64, limits, lang)?;
    if super::heif::is_heif(bytes) {
        return probe_heif(path, bytes, limits, lang);
    }
    let reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| {
            let m = t!(lang, "photo-unreadable", reason = e.to_string());
            fail("unreadable", m)
        })?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => {}
        _ => {
            let m = t!(lang, "photo-not-a-photo");
            return Err(fail("not-a-photo", m));
        }
    }
    let mut decoder = reader.into_decoder().map_err(|e| {
        let m = t!(lang, "photo-corrupt", reason = e.to_string());
        fail("corrupt-photo", m)
    })?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        let m = t!(lang, "photo-no-pixels");
        return Err(fail("corrupt-photo", m));
    }
    check_pixels(path, w, h, limits, lang)?;
    if reader_is_jpeg(bytes) && !jpeg_is_complete(bytes) {
        let m = t!(lang, "photo-truncated");
        return Err(fail("truncated-photo", m));
    }
    let orientation = decoder.orientation().map(|o| o.to_exif()).unwrap_or(1);
    let (width, height) = if matches!(orientation, 5..=8) {
        (h, w)
    } else {
        (w, h)
    };
    Ok(Source {
        hash: blake3::hash(bytes).to_hex().to_string(),
        width,
        height,
        orientation,
        findings: Findings::scan(bytes),
    })
}

/// Probes a HEIC, HEIF or AVIF photo: libheif reads its header (the size of the
/// upright pixels, checked against the pixel limit before anything is decoded) and
/// its metadata. Refused, saying how to convert it, when this build has no libheif.
fn probe_heif(
    path: &Path,
    bytes: &[u8],
    limits: &ImageSettings,
    lang: Language,
) -> Result<Source, Diagnostic> {
    if !super::heif::available() {
        return Err(heif_unsupported(path, lang));
    }
    let header = super::heif::header(bytes).map_err(|e| {
        let m = e.message(lang);
        Diagnostic::new(path, m).with_code("corrupt-photo")
    })?;
    check_pixels(path, header.width, header.height, limits, lang)?;
    Ok(Source {
        hash: blake3::hash(bytes).to_hex().to_string(),
        width: header.width,
        height: header.height,
        // libheif turns the pixels upright while decoding.
        orientation: 1,
        findings: header.findings,
    })
}

/// The refusal of a HEIC, HEIF or AVIF photo by a build without libheif, saying
/// how to convert it.
pub fn heif_unsupported(path: &Path, lang: Language) -> Diagnostic {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "photo.heic".into());
    let stem = Path::new(&name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "photo".into());
    let m = t!(lang, "photo-heif-unsupported", name = name, stem = stem);
    Diagnostic::new(path, m).with_code("heif-unsupported")
}

/// What [`check_header`] reads of a large photo: its first bytes (the header, up
/// to the image size) and its last (where a JPEG's end marker is).
const HEAD: usize = 256 * 1024;
const TAIL: usize = 16 * 1024;

/// Checks the photo at `path` as [`probe`] does (limits, format, size, a
/// truncated JPEG), reading only its first and last bytes when it is large:
/// `carnet check` needs no content hash and no metadata scan, and a journal's
/// photos can weigh gigabytes. Falls back to reading the whole file when the
/// header is longer than [`HEAD`].
pub fn check_header(path: &Path, limits: &ImageSettings, lang: Language) -> Result<(), Diagnostic> {
    use std::io::{Read, Seek, SeekFrom};
    let unreadable = |e: std::io::Error| {
        let m = t!(
            lang,
            "photo-unreadable",
            reason = crate::error::io_reason(&e, lang)
        );
        Diagnostic::new(path, m).with_code("unreadable")
    };
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    check_bytes(path, len, limits, lang)?;
    let whole = |file: &mut std::fs::File| -> Result<(), Diagnostic> {
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(0)).map_err(unreadable)?;
        file.read_to_end(&mut bytes).map_err(unreadable)?;
        probe(path, &bytes, limits, lang).map(|_| ())
    };
    if len <= (HEAD + TAIL) as u64 {
        return whole(&mut file);
    }
    let mut head = vec![0; HEAD];
    file.read_exact(&mut head).map_err(unreadable)?;
    let mut tail = vec![0; TAIL];
    file.seek(SeekFrom::End(-(TAIL as i64)))
        .and_then(|_| file.read_exact(&mut tail))
        .map_err(unreadable)?;
    let reader = image::ImageReader::new(Cursor::new(&head))
        .with_guessed_format()
        .map_err(unreadable)?;
    let format = reader.format();
    match format {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => {}
        // Not an image we take: the full probe says why, in its words.
        _ => return whole(&mut file),
    }
    let Ok((w, h)) = reader.into_dimensions() else {
        return whole(&mut file); // a header longer than HEAD, or corrupt
    };
    if w == 0 || h == 0 {
        return whole(&mut file);
    }
    check_pixels(path, w, h, limits, lang)?;
    if format == Some(ImageFormat::Jpeg) && memchr::memmem::rfind(&tail, &[0xFF, 0xD9]).is_none() {
        // The end marker is normally the last two bytes: only a file with a long
        // trailer, or a truncated one, gets here, and the full probe decides.
        return whole(&mut file);
    }
    Ok(())
}

/// Refuses a photo file over the byte limit, before reading it whole.
pub fn check_bytes(
    path: &Path,
    len: u64,
    limits: &ImageSettings,
    lang: Language,
) -> Result<(), Diagnostic> {
    if len > limits.max_bytes {
        let max = limits.max_bytes;
        return Err(Diagnostic::new(
            path,
            t!(
                lang,
                "photo-too-many-bytes",
                len = len.to_string(),
                max = max.to_string()
            ),
        )
        .with_code("photo-too-large"));
    }
    Ok(())
}

/// Refuses a photo over the pixel limit (a decompression bomb), before decoding.
pub fn check_pixels(
    path: &Path,
    width: u32,
    height: u32,
    limits: &ImageSettings,
    lang: Language,
) -> Result<(), Diagnostic> {
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        let max = limits.max_pixels;
        return Err(Diagnostic::new(
            path,
            t!(
                lang,
                "photo-too-many-pixels",
                width = width.to_string(),
                height = height.to_string(),
                max = max.to_string()
            ),
        )
        .with_code("photo-too-large"));
    }
    Ok(())
}

fn reader_is_jpeg(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xD8])
}

/// Whether a JPEG holds its end-of-image marker after its first scan. Decoders
/// quietly fill a truncated photo with grey; carnet refuses it instead. Segments
/// before the scan are skipped by their lengths, so an embedded EXIF thumbnail's
/// own end marker does not count; inside scan data, `FF D9` can only be the marker.
pub fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut pos = 2;
    while pos + 4 <= bytes.len() {
        if bytes[pos] != 0xFF {
            return false;
        }
        let marker = bytes[pos + 1];
        if marker == 0xFF {
            pos += 1;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[pos + 2], bytes[pos + 3]]));
        if marker == 0xDA {
            let scan = &bytes[(pos + 2 + len).min(bytes.len())..];
            // The end marker is normally the last bytes: search from the end.
            return memchr::memmem::rfind(scan, &[0xFF, 0xD9]).is_some();
        }
        pos += 2 + len;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg() -> Vec<u8> {
        let img =
            image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 90]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, ImageFormat::Jpeg).unwrap();
        out.into_inner()
    }

    #[test]
    fn complete_jpeg_is_accepted_and_truncated_one_refused() {
        let full = jpeg();
        assert!(jpeg_is_complete(&full));
        assert!(!jpeg_is_complete(&full[..full.len() / 2]));
        assert!(!jpeg_is_complete(&full[..full.len() - 2]));
        let limits = ImageSettings::default();
        assert!(probe(Path::new("a.jpg"), &full, &limits, Language::Fr).is_ok());
        let e = probe(
            Path::new("a.jpg"),
            &full[..full.len() * 2 / 3],
            &limits,
            Language::Fr,
        )
        .unwrap_err();
        assert!(e.message.contains("JPEG tronqué"), "{e}");
        assert_eq!(e.code, "truncated-photo");
    }

    #[test]
    fn the_header_check_agrees_with_the_full_probe() {
        let dir = tempfile::tempdir().expect("temp");
        // Large enough to be read by its head and tail only.
        let img = image::RgbImage::from_fn(1200, 900, |x, y| {
            image::Rgb([
                (x * 7 % 256) as u8,
                (y * 13 % 256) as u8,
                ((x ^ y) % 256) as u8,
            ])
        });
        let mut big = std::io::Cursor::new(Vec::new());
        img.write_to(&mut big, ImageFormat::Jpeg).expect("encode");
        let big = big.into_inner();
        assert!(big.len() > HEAD + TAIL, "{} bytes", big.len());
        let limits = ImageSettings::default();
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).expect("write");
            path
        };
        let ok = write("ok.jpg", &big);
        assert!(check_header(&ok, &limits, Language::Fr).is_ok());
        let cut = write("cut.jpg", &big[..big.len() - 3000]);
        let e = check_header(&cut, &limits, Language::Fr).unwrap_err();
        assert_eq!(e.code, "truncated-photo", "{e}");
        let small = write("small.jpg", &jpeg());
        assert!(check_header(&small, &limits, Language::Fr).is_ok());
        let noise = write("noise.jpg", &vec![7u8; HEAD + TAIL + 10]);
        let e = check_header(&noise, &limits, Language::Fr).unwrap_err();
        assert_eq!(e.code, "not-a-photo", "{e}");
        let tight = ImageSettings {
            max_pixels: 1000,
            ..ImageSettings::default()
        };
        let e = check_header(&ok, &tight, Language::Fr).unwrap_err();
        assert_eq!(e.code, "photo-too-large", "{e}");
    }

    #[test]
    fn pixel_limit_is_checked_before_decoding() {
        let limits = ImageSettings {
            max_pixels: 1000,
            ..ImageSettings::default()
        };
        let e = probe(Path::new("a.jpg"), &jpeg(), &limits, Language::En).unwrap_err();
        assert!(e.message.contains("over the limit"), "{e}");
    }
}
