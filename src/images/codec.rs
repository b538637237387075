//! The JPEG codec: decoding at a reduced DCT scale, and encoding.
//!
//! Pure Rust by default: jpeg-decoder (reduced-size inverse DCT) and jpeg-encoder
//! (SIMD). With the `turbojpeg` cargo feature, libjpeg-turbo does both, which makes
//! a cold build about a third faster; it is opt-in because building it needs cmake
//! and nasm, which a fresh machine does not have.

use fast_image_resize::images::Image;
use image::DynamicImage;

/// A decoded JPEG: its pixels, and the ICC profile it embeds.
pub struct Decoded {
    /// The pixels, in the stored orientation.
    pub image: DynamicImage,
    /// The embedded colour profile, if any.
    pub icc: Option<Vec<u8>>,
}

/// The size of a `full`-pixel side scaled by `scale`, rounded up, at least 1.
fn wanted(full: u32, scale: f64) -> u32 {
    ((f64::from(full) * scale).ceil() as u32).clamp(1, full.max(1))
}

/// Decodes a JPEG of `stored` size (width, height, as stored) at the smallest DCT
/// scale that keeps at least `scale` of its size. `None` leaves the photo to the
/// `image` crate's decoder (zune-jpeg), which is faster at full size.
#[cfg(not(feature = "turbojpeg"))]
pub fn decode_jpeg(
    bytes: &[u8],
    stored: (u32, u32),
    scale: f64,
) -> Result<Option<Decoded>, String> {
    if scale > 0.5 {
        return Ok(None);
    }
    let corrupt = |e: jpeg_decoder::Error| format!("corrupt or truncated photo: {e}");
    let mut decoder = jpeg_decoder::Decoder::new(std::io::Cursor::new(bytes));
    decoder.read_info().map_err(corrupt)?;
    let info = decoder.info().ok_or("corrupt photo: no JPEG header")?;
    let (w, h) = decoder
        .scale(
            u16::try_from(wanted(stored.0, scale)).unwrap_or(info.width),
            u16::try_from(wanted(stored.1, scale)).unwrap_or(info.height),
        )
        .map_err(corrupt)?;
    let pixels = decoder.decode().map_err(corrupt)?;
    let (w, h) = (u32::from(w), u32::from(h));
    let fail = || "corrupt photo: wrong pixel count".to_string();
    let image = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, pixels).ok_or_else(fail)?)
        }
        jpeg_decoder::PixelFormat::L8 => {
            DynamicImage::ImageLuma8(image::GrayImage::from_raw(w, h, pixels).ok_or_else(fail)?)
        }
        jpeg_decoder::PixelFormat::L16 => {
            let gray: Vec<u8> = pixels.chunks_exact(2).map(|c| c[0]).collect();
            DynamicImage::ImageLuma8(image::GrayImage::from_raw(w, h, gray).ok_or_else(fail)?)
        }
        jpeg_decoder::PixelFormat::CMYK32 => {
            let rgb: Vec<u8> = pixels
                .chunks_exact(4)
                .flat_map(|p| {
                    let k = u16::from(p[3]);
                    [p[0], p[1], p[2]].map(|c| ((u16::from(c) * k) / 255) as u8)
                })
                .collect();
            DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, rgb).ok_or_else(fail)?)
        }
    };
    Ok(Some(Decoded {
        image,
        icc: decoder.icc_profile(),
    }))
}

/// Decodes a JPEG of `stored` size with libjpeg-turbo at the smallest scaling factor
/// (n/8) that keeps at least `scale` of its size. `None` for CMYK JPEGs, which
/// libjpeg-turbo cannot turn into RGB: the `image` crate's decoder takes them.
#[cfg(feature = "turbojpeg")]
pub fn decode_jpeg(
    bytes: &[u8],
    stored: (u32, u32),
    scale: f64,
) -> Result<Option<Decoded>, String> {
    use turbojpeg::{Colorspace, Decompressor, PixelFormat, ScalingFactor};
    let corrupt = |e: turbojpeg::Error| format!("corrupt or truncated photo: {e}");
    let mut decompressor = Decompressor::new().map_err(|e| e.to_string())?;
    let header = decompressor.read_header(bytes).map_err(corrupt)?;
    if matches!(header.colorspace, Colorspace::CMYK | Colorspace::YCCK) {
        return Ok(None);
    }
    let want = wanted(stored.0, scale) as usize;
    let mut factors: Vec<ScalingFactor> = Decompressor::supported_scaling_factors()
        .into_iter()
        .filter(|f| f.num() <= f.denom())
        .collect();
    factors.sort_by_key(|f| f.num() * 840 / f.denom());
    let factor = factors
        .into_iter()
        .find(|f| f.scale(header.width) >= want)
        .unwrap_or(ScalingFactor::ONE);
    decompressor
        .set_scaling_factor(factor)
        .map_err(|e| e.to_string())?;
    let (w, h) = (factor.scale(header.width), factor.scale(header.height));
    let mut pixels = vec![0u8; w * h * 3];
    decompressor
        .decompress(
            bytes,
            turbojpeg::Image {
                pixels: pixels.as_mut_slice(),
                width: w,
                pitch: w * 3,
                height: h,
                format: PixelFormat::RGB,
            },
        )
        .map_err(corrupt)?;
    let fail = || "corrupt photo: wrong pixel count".to_string();
    let image = image::RgbImage::from_raw(w as u32, h as u32, pixels).ok_or_else(fail)?;
    // libjpeg-turbo's Rust binding does not expose the ICC profile: read it from the
    // header with jpeg-decoder (no pixel is decoded twice).
    let mut header_reader = jpeg_decoder::Decoder::new(std::io::Cursor::new(bytes));
    let icc = header_reader
        .read_info()
        .ok()
        .and_then(|()| header_reader.icc_profile());
    Ok(Some(Decoded {
        image: DynamicImage::ImageRgb8(image),
        icc,
    }))
}

/// Quality of the WebP twins (lossy, 0–100): at 75 a WebP photo is about a third of
/// the bytes of the JPEG at carnet's default quality 82, for a similar look.
pub const WEBP_QUALITY: f32 = 75.0;

/// libwebp's effort (0 fastest – 6 smallest). On the example journal, 2 makes files
/// 4 % larger than the default 4 in half the time (1.6 s instead of 3.1 s).
const WEBP_METHOD: i32 = 2;

/// Encodes RGB pixels as a lossy WebP (libwebp) with no metadata: a plain `VP8`
/// image in its RIFF container, nothing else.
pub fn encode_webp(img: &Image<'_>) -> Result<Vec<u8>, String> {
    let fail = |e: String| format!("cannot encode the photo as WebP: {e}");
    let mut config = webp::WebPConfig::new().map_err(|()| fail("no encoder".into()))?;
    config.quality = WEBP_QUALITY;
    config.method = WEBP_METHOD;
    webp::Encoder::from_rgb(img.buffer(), img.width(), img.height())
        .encode_advanced(&config)
        .map(|memory| memory.to_vec())
        .map_err(|e| fail(format!("{e:?}")))
}

/// Encodes RGB pixels as a baseline JPEG (4:2:0 below quality 90) with no metadata.
#[cfg(not(feature = "turbojpeg"))]
pub fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, String> {
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

/// Encodes RGB pixels as a baseline JPEG (4:2:0 below quality 90, as the pure-Rust
/// encoder does) with libjpeg-turbo, with no metadata.
#[cfg(feature = "turbojpeg")]
pub fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, String> {
    use turbojpeg::{Compressor, PixelFormat, Subsamp};
    let fail = |e: turbojpeg::Error| format!("cannot encode the photo: {e}");
    let mut compressor = Compressor::new().map_err(fail)?;
    compressor.set_quality(i32::from(quality)).map_err(fail)?;
    let subsamp = if quality < 90 {
        Subsamp::Sub2x2
    } else {
        Subsamp::None
    };
    compressor.set_subsamp(subsamp).map_err(fail)?;
    let width = img.width() as usize;
    compressor
        .compress_to_vec(turbojpeg::Image {
            pixels: img.buffer(),
            width,
            pitch: width * 3,
            height: img.height() as usize,
            format: PixelFormat::RGB,
        })
        .map_err(fail)
}
