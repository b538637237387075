//! What private metadata source photos carried: every bit of it is dropped by
//! re-encoding, and the build says so in its privacy report.

use serde::{Deserialize, Serialize};
use std::io::Cursor;

/// Private metadata found in one photo.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Findings {
    /// A GPS position.
    pub gps: bool,
    /// A camera or lens serial number.
    pub serial: bool,
    /// An owner, artist or copyright name.
    pub owner: bool,
    /// Camera make or model.
    pub camera: bool,
    /// The date the photo was taken.
    pub date: bool,
    /// An XMP packet (may hold any of the above, and more).
    pub xmp: bool,
    /// An ICC colour profile (applied, then dropped; it can name the device).
    pub profile: bool,
}

impl Findings {
    /// Scans the bytes of a JPEG, PNG or WebP for private metadata.
    pub fn scan(bytes: &[u8]) -> Findings {
        // XMP and colour profiles live in the file's header: no need to scan the pixels.
        let head = &bytes[..bytes.len().min(1 << 18)];
        let mut f = Findings {
            xmp: contains(head, b"http://ns.adobe.com/xap/1.0/"),
            profile: has_colour_profile(head),
            ..Findings::default()
        };
        let Ok(exif) = exif::Reader::new().read_from_container(&mut Cursor::new(bytes)) else {
            return f;
        };
        f.add_exif(&exif);
        f
    }

    /// Scans the payload of a HEIF `Exif` item (the 4-byte offset of its TIFF
    /// header, then the header and the fields) for private metadata.
    pub fn scan_heif_exif(block: &[u8]) -> Findings {
        let mut f = Findings::default();
        let Some(offset) = block
            .get(..4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        else {
            return f;
        };
        let Some(tiff) = block.get(4usize.saturating_add(offset as usize)..) else {
            return f;
        };
        if let Ok(exif) = exif::Reader::new().read_raw(tiff.to_vec()) {
            f.add_exif(&exif);
        }
        f
    }

    /// Adds what `other` found.
    pub fn merge(&mut self, other: &Findings) {
        self.gps |= other.gps;
        self.serial |= other.serial;
        self.owner |= other.owner;
        self.camera |= other.camera;
        self.date |= other.date;
        self.xmp |= other.xmp;
        self.profile |= other.profile;
    }

    /// Adds what the Exif fields hold.
    fn add_exif(&mut self, exif: &exif::Exif) {
        let f = self;
        for field in exif.fields() {
            use exif::Tag;
            match field.tag {
                t if t.context() == exif::Context::Gps => f.gps = true,
                Tag::BodySerialNumber | Tag::LensSerialNumber => f.serial = true,
                Tag::Artist | Tag::CameraOwnerName | Tag::Copyright => f.owner = true,
                Tag::Make | Tag::Model | Tag::LensMake | Tag::LensModel => f.camera = true,
                Tag::DateTimeOriginal | Tag::DateTimeDigitized | Tag::DateTime => f.date = true,
                _ => {}
            }
        }
    }

    /// Whether anything private was found.
    pub fn any(&self) -> bool {
        self.gps
            || self.serial
            || self.owner
            || self.camera
            || self.date
            || self.xmp
            || self.profile
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// Whether the header `head` of a JPEG, PNG or WebP file holds an ICC profile: an
/// `ICC_PROFILE` APP2 segment, or an `iCCP` (PNG) or `ICCP` (WebP) chunk before the
/// image data.
fn has_colour_profile(head: &[u8]) -> bool {
    // The bytes before the first of `markers` (the image data).
    let before = |markers: &[&[u8]]| {
        let end = markers
            .iter()
            .filter_map(|m| memchr::memmem::find(head, m))
            .min()
            .unwrap_or(head.len());
        &head[..end]
    };
    if head.starts_with(&[0xFF, 0xD8]) {
        contains(head, b"ICC_PROFILE\0")
    } else if head.starts_with(b"\x89PNG") {
        contains(before(&[b"IDAT"]), b"iCCP")
    } else if head.starts_with(b"RIFF") {
        contains(before(&[b"VP8 ", b"VP8L", b"ALPH", b"ANMF"]), b"ICCP")
    } else {
        false
    }
}

/// Counts over all photos of a build.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrivacyReport {
    /// Photos published in at least one site.
    pub photos: usize,
    /// Photos that carried a GPS position.
    pub gps: usize,
    /// Photos that carried a serial number.
    pub serial: usize,
    /// Photos that carried an owner name.
    pub owner: usize,
    /// Photos that carried camera make or model.
    pub camera: usize,
    /// Photos that carried the date taken.
    pub date: usize,
    /// Photos that carried XMP.
    pub xmp: usize,
    /// Photos that carried a colour profile.
    pub profile: usize,
}

impl PrivacyReport {
    /// Adds one photo's findings.
    pub fn add(&mut self, f: &Findings) {
        self.photos += 1;
        self.gps += usize::from(f.gps);
        self.serial += usize::from(f.serial);
        self.owner += usize::from(f.owner);
        self.camera += usize::from(f.camera);
        self.date += usize::from(f.date);
        self.xmp += usize::from(f.xmp);
        self.profile += usize::from(f.profile);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_profiles_are_found_in_the_header_only() {
        let png = |chunks: &[&[u8]]| [&b"\x89PNG\r\n\x1a\n"[..], &chunks.concat()].concat();
        assert!(has_colour_profile(&png(&[b"IHDR", b"iCCP", b"IDAT"])));
        assert!(!has_colour_profile(&png(&[b"IHDR", b"IDAT", b"iCCP"])));
        assert!(has_colour_profile(b"RIFF\0\0\0\0WEBPVP8X\0ICCP\0VP8 "));
        assert!(!has_colour_profile(b"RIFF\0\0\0\0WEBPVP8 \0ICCP"));
        assert!(has_colour_profile(b"\xFF\xD8\xFF\xE2\0\x10ICC_PROFILE\0"));
        assert!(!has_colour_profile(b"\xFF\xD8\xFF\xE1\0\x10Exif\0\0"));
    }
}
