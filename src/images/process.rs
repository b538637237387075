//! Makes variant files: each source is decoded once, oriented, and every variant it
//! lacks is cropped, resized (SIMD, fast_image_resize) and encoded as a fresh JPEG
//! that carries no metadata. Runs in parallel over sources; a bad image is an error
//! naming its file, never a panic.

use std::fs;
use std::path::Path;

use fast_image_resize::images::Image;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder};
use rayon::prelude::*;

use super::{Cache, Variant};
use crate::error::Diagnostic;

/// Outcome of the image step.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    /// Sources decoded.
    pub decoded: usize,
    /// Variant files written.
    pub written: usize,
    /// Variant files found in the cache.
    pub cached: usize,
}

/// Makes the missing `variants` (grouped by source) in `cache`.
pub fn make(
    groups: &[(&Path, Vec<&Variant>)],
    cache: &Cache,
    quality: u8,
) -> Result<Stats, Vec<Diagnostic>> {
    let results: Vec<Result<(usize, usize), Diagnostic>> = groups
        .par_iter()
        .map(|(path, variants)| {
            let missing: Vec<&Variant> = variants
                .iter()
                .copied()
                .filter(|v| !cache.variant_path(&v.file).is_file())
                .collect();
            if missing.is_empty() {
                return Ok((0, variants.len()));
            }
            make_one(path, &missing, cache, quality)
                .map(|()| (missing.len(), variants.len() - missing.len()))
                .map_err(|m| Diagnostic::new(path, m))
        })
        .collect();
    let mut stats = Stats::default();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok((written, cached)) => {
                stats.decoded += usize::from(written > 0);
                stats.written += written;
                stats.cached += cached;
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(stats)
    } else {
        Err(errors)
    }
}

/// Decodes the source at `path` once and writes all of `variants`.
fn make_one(path: &Path, variants: &[&Variant], cache: &Cache, quality: u8) -> Result<(), String> {
    let rgb = decode(path)?;
    let mut sorted: Vec<&Variant> = variants.to_vec();
    sorted.sort_by_key(|v| std::cmp::Reverse(v.width));
    let mut resizer = Resizer::new();
    for v in sorted {
        let out = resize(&mut resizer, &rgb, v)?;
        let jpeg = encode(&out, quality)?;
        write_atomically(&cache.variant_path(&v.file), &jpeg)?;
    }
    Ok(())
}

/// Decodes a photo to oriented 8-bit RGB (transparency flattened on white).
pub fn decode(path: &Path) -> Result<Image<'static>, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read the photo: {e}"))?;
    let mut decoder = image::ImageReader::new(std::io::Cursor::new(&bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot read the photo: {e}"))?
        .into_decoder()
        .map_err(|e| format!("corrupt or unreadable photo: {e}"))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder)
        .map_err(|e| format!("corrupt or truncated photo: {e}"))?;
    img.apply_orientation(orientation);
    let rgb = if img.color().has_alpha() {
        flatten_on_white(&img.to_rgba8())
    } else {
        img.into_rgb8()
    };
    let (w, h) = rgb.dimensions();
    Image::from_vec_u8(w, h, rgb.into_raw(), PixelType::U8x3)
        .map_err(|e| format!("cannot resize the photo: {e}"))
}

fn flatten_on_white(rgba: &image::RgbaImage) -> image::RgbImage {
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let mix = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([mix(r), mix(g), mix(b)])
    })
}

/// Crops and resizes `src` to the variant's size.
fn resize(resizer: &mut Resizer, src: &Image<'_>, v: &Variant) -> Result<Image<'static>, String> {
    let mut dst = Image::new(v.width, v.height, PixelType::U8x3);
    let (left, top, w, h) = v.crop;
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom))
        .crop(f64::from(left), f64::from(top), f64::from(w), f64::from(h));
    resizer
        .resize(src, &mut dst, &options)
        .map_err(|e| format!("cannot resize the photo: {e}"))?;
    Ok(dst)
}

/// Encodes RGB pixels as a baseline JPEG with no metadata at all.
fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity((img.width() * img.height() / 4) as usize);
    let encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    let (w, h) = (
        u16::try_from(img.width()).map_err(|_| "photo too wide to encode".to_string())?,
        u16::try_from(img.height()).map_err(|_| "photo too tall to encode".to_string())?,
    );
    encoder
        .encode(img.buffer(), w, h, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| format!("cannot encode the photo: {e}"))?;
    Ok(out)
}

/// Writes `bytes` to a temporary file beside `path`, then renames it into place,
/// so that a crash never leaves a half-written file under a valid name.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, bytes).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    fs::rename(&tmp, path).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
