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
}

impl Findings {
    /// Scans the bytes of a JPEG, PNG or WebP for private metadata.
    pub fn scan(bytes: &[u8]) -> Findings {
        let mut f = Findings {
            // XMP lives in the file's header segments: no need to scan the pixels.
            xmp: contains(
                &bytes[..bytes.len().min(1 << 18)],
                b"http://ns.adobe.com/xap/1.0/",
            ),
            ..Findings::default()
        };
        let Ok(exif) = exif::Reader::new().read_from_container(&mut Cursor::new(bytes)) else {
            return f;
        };
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
        f
    }

    /// Whether anything private was found.
    pub fn any(&self) -> bool {
        self.gps || self.serial || self.owner || self.camera || self.date || self.xmp
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
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
    }
}
