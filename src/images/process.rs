//! Makes variant files: each source is decoded once, oriented, and every variant it
//! lacks is cropped, resized (SIMD, fast_image_resize) and encoded as a fresh JPEG
//! that carries no metadata. Runs in parallel over sources; a bad image is an error
//! naming its file, never a panic.

use std::fs;
use std::path::Path;

use fast_image_resize::images::Image;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder};
use rayon::prelude::*;

use super::{codec, Cache, PhotoError, Source, Variant};
use crate::diagnostic::Diagnostic;
use crate::journal::Language;

/// Outcome of the image step.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    /// Sources decoded.
    pub decoded: usize,
    /// Image files written (JPEG, and WebP twins).
    pub written: usize,
    /// Image files found in the cache.
    pub cached: usize,
}

/// Makes the missing `variants` (grouped by source) in `cache`; errors in `lang`.
pub fn make(
    groups: &[(&Path, &Source, Vec<&Variant>)],
    cache: &Cache,
    quality: u8,
    progress: &indicatif::ProgressBar,
    read: &(dyn Fn(&Path) -> std::io::Result<Vec<u8>> + Sync),
    lang: Language,
) -> Result<Stats, Vec<Diagnostic>> {
    let results: Vec<Result<(usize, usize), Diagnostic>> = groups
        .par_iter()
        .map(|(path, source, variants)| {
            let missing: Vec<&Variant> = variants
                .iter()
                .copied()
                .filter(|v| v.files().any(|f| !cache.has(f)))
                .collect();
            let _tick = Tick(progress);
            // Files, not variants: a variant may have a WebP twin.
            let files = |vs: &[&Variant]| vs.iter().map(|v| v.files().count()).sum();
            let all: usize = files(variants);
            if missing.is_empty() {
                return Ok((0, all));
            }
            // A decoder bug must not take the build down: a panic on a hostile file
            // becomes an error naming it.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let store = |file: &str, bytes: Vec<u8>| {
                    cache
                        .store(file, &bytes)
                        .map_err(|e| PhotoError::CacheWrite(Box::new(e)))
                };
                let bytes = read(path).map_err(PhotoError::Unreadable)?;
                make_one(&bytes, source, &missing, quality, &store)
            }))
            .unwrap_or(Err(PhotoError::DecoderFailed))
            .map(|()| (files(&missing), all - files(&missing)))
            .map_err(|e| Diagnostic::new(path, e.message(lang)))
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

/// Advances the progress bar when a source is done, however it ends.
struct Tick<'a>(&'a indicatif::ProgressBar);

impl Drop for Tick<'_> {
    fn drop(&mut self) {
        self.0.inc(1);
    }
}

/// Decodes the source at `path` once and writes all of `variants`. Each variant is
/// resized from the smallest image already made that holds its crop at enough
/// resolution (the decoded photo, or a larger variant), so a 12 MP photo is read
/// through a full-size filter once, not once per width.
fn make_one(
    bytes: &[u8],
    source: &Source,
    variants: &[&Variant],
    quality: u8,
    store: Store<'_>,
) -> Result<(), PhotoError> {
    let scale = variants
        .iter()
        .map(|v| f64::from(v.width) / f64::from(v.crop.2))
        .fold(0.0, f64::max);
    let decoded = decode_bytes(bytes, source, scale)?;
    let upright = !(2..=8).contains(&source.orientation);
    let swapped = source.swapped();
    let (stored_w, stored_h) = source.stored_size();
    let full = Frame {
        left: 0.0,
        top: 0.0,
        width: f64::from(stored_w),
        height: f64::from(stored_h),
    };
    let mut made: Vec<(Image<'static>, Frame)> = Vec::new();
    let mut sorted: Vec<&Variant> = variants.to_vec();
    sorted.sort_by_key(|v| (v.crop, std::cmp::Reverse(v.width)));
    let mut resizer = Resizer::new();
    for v in sorted {
        // Work in the stored orientation, and turn only the small outputs upright.
        let crop = Frame::stored(v.crop, source.orientation, stored_w, stored_h);
        let (out_w, out_h) = if swapped {
            (v.height, v.width)
        } else {
            (v.width, v.height)
        };
        let (from, frame) = made
            .iter()
            .filter(|(img, f)| {
                f.contains(&crop) && f.resolution(img) * crop.width >= 2.0 * f64::from(out_w)
            })
            .min_by_key(|(img, _)| img.width())
            .map_or((&decoded, full), |(img, f)| (img, *f));
        let out = resize(&mut resizer, from, frame.project(from, &crop), out_w, out_h)?;
        let turned;
        let shown = if upright {
            &out
        } else {
            turned = orient(&out, source.orientation)?;
            &turned
        };
        store(&v.file, codec::encode(shown, quality)?)?;
        if let Some(webp) = &v.webp {
            store(webp, codec::encode_webp(shown)?)?;
        }
        made.push((out, crop));
    }
    Ok(())
}

/// The bytes of one variant of the photo at `path`, made as a build makes it
/// (decoded, oriented, resized, re-encoded at `quality` without any metadata) but
/// kept in memory instead of the cache: what a contribution carries of a photo.
pub fn variant_bytes(
    bytes: &[u8],
    source: &Source,
    variant: &Variant,
    quality: u8,
) -> Result<Vec<u8>, PhotoError> {
    let made = std::sync::Mutex::new(None);
    let store = |file: &str, bytes: Vec<u8>| {
        if file == variant.file {
            if let Ok(mut slot) = made.lock() {
                *slot = Some(bytes);
            }
        }
        Ok(())
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        make_one(bytes, source, &[variant], quality, &store)
    }))
    .unwrap_or(Err(PhotoError::DecoderFailed))?;
    made.into_inner().ok().flatten().ok_or(PhotoError::NotMade)
}

/// Where a made variant goes: its file name and bytes (the cache, or memory).
type Store<'a> = &'a dyn Fn(&str, Vec<u8>) -> Result<(), PhotoError>;

/// `img` turned upright by the EXIF `orientation` (2 to 8), in one pass over
/// its pixels.
fn orient(img: &Image<'static>, orientation: u8) -> Result<Image<'static>, PhotoError> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let swapped = matches!(orientation, 5..=8);
    let (out_w, out_h) = if swapped { (h, w) } else { (w, h) };
    let src = img.buffer();
    let mut out = vec![0u8; src.len()];
    for y in 0..out_h {
        for x in 0..out_w {
            // Where the upright pixel (x, y) is in the stored pixels.
            let (sx, sy) = match orientation {
                2 => (w - 1 - x, y),
                3 => (w - 1 - x, h - 1 - y),
                4 => (x, h - 1 - y),
                5 => (y, x),
                6 => (y, h - 1 - x),
                7 => (w - 1 - y, h - 1 - x),
                8 => (w - 1 - y, x),
                _ => (x, y),
            };
            let from = (sy * w + sx) * 3;
            let to = (y * out_w + x) * 3;
            out[to..to + 3].copy_from_slice(&src[from..from + 3]);
        }
    }
    Image::from_vec_u8(out_w as u32, out_h as u32, out, PixelType::U8x3)
        .map_err(|e| PhotoError::Orient(e.to_string()))
}

/// A rectangle of the oriented source, in source pixels.
#[derive(Debug, Clone, Copy)]
struct Frame {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

impl Frame {
    /// The rectangle `(left, top, width, height)` of the upright photo, in the
    /// coordinates of the stored pixels (`stored_w` × `stored_h`) that EXIF
    /// `orientation` turns upright.
    fn stored(rect: (u32, u32, u32, u32), orientation: u8, stored_w: u32, stored_h: u32) -> Frame {
        let (x, y, w, h) = (
            f64::from(rect.0),
            f64::from(rect.1),
            f64::from(rect.2),
            f64::from(rect.3),
        );
        let (sw, sh) = (f64::from(stored_w), f64::from(stored_h));
        let (left, top, width, height) = match orientation {
            2 => (sw - x - w, y, w, h),
            3 => (sw - x - w, sh - y - h, w, h),
            4 => (x, sh - y - h, w, h),
            5 => (y, x, h, w),
            6 => (y, sh - x - w, h, w),
            7 => (sw - y - h, sh - x - w, h, w),
            8 => (sw - y - h, x, h, w),
            _ => (x, y, w, h),
        };
        Frame {
            left,
            top,
            width,
            height,
        }
    }

    fn contains(&self, other: &Frame) -> bool {
        other.left >= self.left
            && other.top >= self.top
            && other.left + other.width <= self.left + self.width + 1e-6
            && other.top + other.height <= self.top + self.height + 1e-6
    }

    /// Pixels of `img` (which shows this frame) per source pixel.
    fn resolution(&self, img: &Image<'_>) -> f64 {
        f64::from(img.width()) / self.width
    }

    /// `crop` (source pixels) in the pixel coordinates of `img`, which shows this frame.
    fn project(&self, img: &Image<'_>, crop: &Frame) -> Frame {
        let sx = f64::from(img.width()) / self.width;
        let sy = f64::from(img.height()) / self.height;
        Frame {
            left: (crop.left - self.left) * sx,
            top: (crop.top - self.top) * sy,
            width: (crop.width * sx).min(f64::from(img.width())),
            height: (crop.height * sy).min(f64::from(img.height())),
        }
    }
}

/// Decodes a photo to 8-bit sRGB in its stored orientation (an embedded colour profile
/// applied, transparency flattened on white). A JPEG is decoded at the smallest DCT
/// scale that keeps at least `scale` of its full size (see [`codec::decode_jpeg`]).
pub fn decode(path: &Path, source: &Source, scale: f64) -> Result<Image<'static>, PhotoError> {
    let bytes = fs::read(path).map_err(PhotoError::Unreadable)?;
    decode_bytes(&bytes, source, scale)
}

/// [`decode`] for a photo already in memory (`source` is what [`super::probe::probe`]
/// said of these bytes).
pub fn decode_bytes(
    bytes: &[u8],
    source: &Source,
    scale: f64,
) -> Result<Image<'static>, PhotoError> {
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(PhotoError::Unreadable)?;
    let heif = super::heif::is_heif(bytes);
    let decoded = match reader.format() {
        _ if heif => Some(super::heif::decode(bytes, source.stored_size())?),
        Some(image::ImageFormat::Jpeg) => codec::decode_jpeg(bytes, source.stored_size(), scale)?,
        _ => None,
    };
    let (img, icc) = match decoded {
        Some(decoded) => (decoded.image, decoded.icc),
        None => {
            let mut decoder = reader
                .into_decoder()
                .map_err(|e| PhotoError::Corrupt(e.to_string()))?;
            let icc = decoder.icc_profile().ok().flatten();
            let img = DynamicImage::from_decoder(decoder)
                .map_err(|e| PhotoError::Corrupt(e.to_string()))?;
            (img, icc)
        }
    };
    let rgb = if img.color().has_alpha() {
        flatten_on_white(&img.to_rgba8())
    } else {
        img.into_rgb8()
    };
    let (w, h) = rgb.dimensions();
    let mut pixels = rgb.into_raw();
    if let Some(icc) = icc {
        super::colour::to_srgb(&mut pixels, &icc);
    }
    Image::from_vec_u8(w, h, pixels, PixelType::U8x3).map_err(|e| PhotoError::Resize(e.to_string()))
}

fn flatten_on_white(rgba: &image::RgbaImage) -> image::RgbImage {
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let mix = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([mix(r), mix(g), mix(b)])
    })
}

/// Crops `src` to `crop` (in its pixels) and resizes it to `width` × `height`.
fn resize(
    resizer: &mut Resizer,
    src: &Image<'_>,
    crop: Frame,
    width: u32,
    height: u32,
) -> Result<Image<'static>, PhotoError> {
    let mut dst = Image::new(width, height, PixelType::U8x3);
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom))
        .crop(crop.left, crop.top, crop.width, crop.height);
    resizer
        .resize(src, &mut dst, &options)
        .map_err(|e| PhotoError::Resize(e.to_string()))?;
    Ok(dst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::metadata::Orientation;

    /// `orient` turns pixels the way the `image` crate reads EXIF orientations.
    #[test]
    fn orient_matches_the_image_crate() {
        let (w, h) = (5u32, 3u32);
        let stored =
            image::RgbImage::from_fn(w, h, |x, y| image::Rgb([x as u8, y as u8, (x * y) as u8]));
        for exif in 2..=8u8 {
            let mut want = DynamicImage::ImageRgb8(stored.clone());
            want.apply_orientation(Orientation::from_exif(exif).unwrap());
            let want = want.into_rgb8();
            let img = Image::from_vec_u8(w, h, stored.clone().into_raw(), PixelType::U8x3).unwrap();
            let got = orient(&img, exif).unwrap();
            assert_eq!(
                (got.width(), got.height()),
                want.dimensions(),
                "orientation {exif}"
            );
            assert_eq!(got.buffer(), want.as_raw().as_slice(), "orientation {exif}");
        }
    }

    /// For every EXIF orientation, cropping the stored pixels at `Frame::stored` and
    /// turning the crop upright gives the same pixels as cropping the upright photo.
    #[test]
    fn stored_frame_matches_the_upright_crop() {
        let (sw, sh) = (7u32, 5u32);
        let stored = image::RgbImage::from_fn(sw, sh, |x, y| image::Rgb([x as u8, y as u8, 0]));
        for exif in 1..=8u8 {
            let o = Orientation::from_exif(exif).unwrap();
            let mut upright = DynamicImage::ImageRgb8(stored.clone());
            upright.apply_orientation(o);
            let upright = upright.into_rgb8();
            let rect = (1, 2, 3, 2);
            if rect.0 + rect.2 > upright.width() || rect.1 + rect.3 > upright.height() {
                continue;
            }
            let want =
                image::imageops::crop_imm(&upright, rect.0, rect.1, rect.2, rect.3).to_image();
            let f = Frame::stored(rect, exif, sw, sh);
            let part = image::imageops::crop_imm(
                &stored,
                f.left as u32,
                f.top as u32,
                f.width as u32,
                f.height as u32,
            )
            .to_image();
            let mut got = DynamicImage::ImageRgb8(part);
            got.apply_orientation(o);
            assert_eq!(got.into_rgb8(), want, "orientation {exif}");
        }
    }
}
