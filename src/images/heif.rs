//! HEIC, HEIF and AVIF photos (what an iPhone saves by default), decoded by the
//! system libheif ([`libheif`], `libheif_shim.c`) when `build.rs` found it.
//!
//! libheif applies the file's transformations (rotation `irot`, mirror `imir`,
//! crop `clap`) while decoding: the pixels come out upright, so such a photo's
//! orientation is always 1. Its metadata (Exif with GPS, XMP, the colour profile)
//! is read only to be counted in the privacy report; the photo is then re-encoded
//! as JPEG like any other, which drops all of it.
//!
//! Without libheif (`CARNET_LIBHEIF=0`, or no `libheif-dev`), these photos are
//! refused with a message saying how to convert them.

use super::codec::Decoded;
use super::privacy::Findings;
use super::PhotoError;

#[cfg(carnet_libheif)]
#[path = "libheif.rs"]
pub mod libheif;

/// Brands of the `ftyp` box that make a file a HEIF image (HEIC, AVIF or another
/// codec in the HEIF container), as libheif's `heif_check_filetype` knows them.
const BRANDS: [&[u8; 4]; 12] = [
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1",
    b"avif", b"avis",
];

/// Whether `bytes` start as a HEIF file (HEIC, HEIF, AVIF): an ISO `ftyp` box whose
/// major or a compatible brand is a HEIF one.
pub fn is_heif(bytes: &[u8]) -> bool {
    if bytes.len() < 16 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    let size = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let end = size.clamp(16, 256).min(bytes.len());
    // Major brand at 8, minor version at 12, compatible brands from 16.
    std::iter::once(&bytes[8..12])
        .chain(bytes[16..end].chunks_exact(4))
        .any(|brand| BRANDS.iter().any(|b| b.as_slice() == brand))
}

/// Whether this build decodes HEIF photos.
pub const fn available() -> bool {
    cfg!(carnet_libheif)
}

/// What `carnet --version` says of the HEIF codec.
pub fn codec_name() -> String {
    #[cfg(carnet_libheif)]
    {
        let (version, hevc, av1) = libheif::runtime();
        let mut formats = Vec::new();
        if hevc {
            formats.push("HEIC");
        }
        if av1 {
            formats.push("AVIF");
        }
        let formats = if formats.is_empty() {
            "no decoder".to_string()
        } else {
            formats.join(", ")
        };
        format!("libheif {version}, system library ({formats})")
    }
    #[cfg(not(carnet_libheif))]
    {
        "none, no libheif found at build time: HEIC and AVIF photos refused".to_string()
    }
}

/// What the build needs of a HEIF photo without decoding it: size of the decoded
/// (upright) pixels and the private metadata it carries.
#[derive(Debug, Clone, Copy)]
pub struct Header {
    /// Width of the upright pixels.
    pub width: u32,
    /// Height of the upright pixels.
    pub height: u32,
    /// Private metadata found.
    pub findings: Findings,
}

/// Reads the header of a HEIF photo. `Err` with libheif's message when it is
/// corrupt, or always when this build has no libheif.
pub fn header(bytes: &[u8]) -> Result<Header, PhotoError> {
    #[cfg(carnet_libheif)]
    {
        let heif = libheif::Heif::read(bytes)?;
        let mut findings = Findings {
            xmp: heif.info.xmp > 0,
            profile: heif.info.profile != 0,
            ..Findings::default()
        };
        for block in heif.exif_blocks()? {
            findings.merge(&Findings::scan_heif_exif(&block));
        }
        Ok(Header {
            width: heif.info.width,
            height: heif.info.height,
            findings,
        })
    }
    #[cfg(not(carnet_libheif))]
    {
        let _ = bytes;
        Err(PhotoError::NoLibheif)
    }
}

/// Decodes a HEIF photo upright, to be `stored` (width, height) as its header said
/// (an alpha channel is kept; the caller flattens it).
pub fn decode(bytes: &[u8], stored: (u32, u32)) -> Result<Decoded, PhotoError> {
    #[cfg(carnet_libheif)]
    {
        let heif = libheif::Heif::read(bytes)?;
        let (w, h) = (heif.info.width, heif.info.height);
        if (w, h) != stored {
            return Err(PhotoError::Changed {
                now: (w, h),
                then: stored,
            });
        }
        let icc = heif.icc()?;
        let (pixels, channels) = heif.decode()?;
        let fail = || PhotoError::WrongPixelCount;
        let image = if channels == 4 {
            image::DynamicImage::ImageRgba8(
                image::RgbaImage::from_raw(w, h, pixels).ok_or_else(fail)?,
            )
        } else {
            image::DynamicImage::ImageRgb8(
                image::RgbImage::from_raw(w, h, pixels).ok_or_else(fail)?,
            )
        };
        Ok(Decoded { image, icc })
    }
    #[cfg(not(carnet_libheif))]
    {
        let _ = (bytes, stored);
        Err(PhotoError::NoLibheif)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heif_files_are_known_by_their_brands() {
        let ftyp = |major: &[u8; 4], compatible: &[&[u8; 4]]| {
            let mut b = Vec::new();
            let size = 16 + 4 * compatible.len();
            b.extend_from_slice(&(size as u32).to_be_bytes());
            b.extend_from_slice(b"ftyp");
            b.extend_from_slice(major);
            b.extend_from_slice(&[0; 4]);
            for c in compatible {
                b.extend_from_slice(*c);
            }
            b.extend_from_slice(&[0; 32]);
            b
        };
        assert!(is_heif(&ftyp(b"heic", &[b"mif1", b"heic"])));
        assert!(is_heif(&ftyp(b"avif", &[b"mif1", b"avif"])));
        assert!(is_heif(&ftyp(b"msf1", &[])));
        assert!(is_heif(&ftyp(b"xxxx", &[b"mif1"])));
        // An MP4 video, a JPEG, nothing.
        assert!(!is_heif(&ftyp(b"isom", &[b"isom", b"mp42"])));
        assert!(!is_heif(
            b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
        ));
        assert!(!is_heif(b""));
    }
}
