//! Reads what the build needs to know of a source photo without decoding its
//! pixels: content hash, oriented size, orientation and the private metadata it
//! carries. Refuses files over the byte or pixel limits before any decoding.

use std::io::Cursor;
use std::path::Path;

use image::{ImageDecoder, ImageFormat};
use serde::{Deserialize, Serialize};

use super::privacy::Findings;
use crate::error::Diagnostic;
use crate::journal::ImageSettings;

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

/// Probes the bytes of the photo at `path`.
pub fn probe(path: &Path, bytes: &[u8], limits: &ImageSettings) -> Result<Source, Diagnostic> {
    let fail = |m: String| Diagnostic::new(path, m);
    if bytes.len() as u64 > limits.max_bytes {
        return Err(fail(format!(
            "photo of {} bytes is over the limit of {} bytes (`[images] max_bytes` in carnet.toml)",
            bytes.len(),
            limits.max_bytes
        )));
    }
    let reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| fail(format!("cannot read the photo: {e}")))?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => {}
        _ => {
            return Err(fail(
                "is not a JPEG, PNG or WebP image (or is corrupt)".into(),
            ))
        }
    }
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| fail(format!("corrupt or unreadable photo: {e}")))?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(fail("the photo has no pixels".into()));
    }
    if u64::from(w) * u64::from(h) > limits.max_pixels {
        return Err(fail(format!(
            "photo of {w}×{h} pixels is over the limit of {} pixels (`[images] max_pixels` in carnet.toml)",
            limits.max_pixels
        )));
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
