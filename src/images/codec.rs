//! The JPEG codec: decoding at a reduced DCT scale, and encoding; and the WebP
//! encoder.
//!
//! Two JPEG codecs, picked once per run ([`active`]):
//! - **libjpeg-turbo**, the system's (`libjpeg62-turbo-dev` on Debian), found by
//!   `build.rs` with pkg-config and reached through a small C bridge
//!   ([`libjpeg`], `libjpeg_shim.c`) that keeps libjpeg's `longjmp` error handling
//!   inside C. It decodes at any n/8 scale and encodes fast: the default wherever
//!   it was found at build time.
//! - **pure Rust**: zune-jpeg (through the `image` crate) at full size,
//!   jpeg-decoder's reduced-size inverse DCT (1/2, 1/4, 1/8) and jpeg-encoder. The
//!   fallback where there is no libjpeg-turbo, and what `CARNET_CODEC=rust`
//!   forces, so that both can be tested and measured on one machine.
//!
//! Both make outputs of the same sizes, with no metadata; their bytes differ
//! slightly (other encoders).

use std::sync::OnceLock;

use fast_image_resize::images::Image;
use image::DynamicImage;

#[cfg(carnet_libjpeg)]
#[path = "libjpeg.rs"]
pub mod libjpeg;

/// A decoded JPEG: its pixels, and the ICC profile it embeds.
pub struct Decoded {
    /// The pixels, in the stored orientation.
    pub image: DynamicImage,
    /// The embedded colour profile, if any.
    pub icc: Option<Vec<u8>>,
}

/// A JPEG codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// The system libjpeg-turbo (when `build.rs` found it).
    #[cfg(carnet_libjpeg)]
    Libjpeg,
    /// libjpeg-turbo built from source by the `turbojpeg` cargo feature.
    #[cfg(feature = "turbojpeg")]
    Turbojpeg,
    /// zune-jpeg, jpeg-decoder and jpeg-encoder.
    Rust,
}

#[cfg(carnet_libjpeg)]
const BEST: Codec = Codec::Libjpeg;
#[cfg(all(not(carnet_libjpeg), feature = "turbojpeg"))]
const BEST: Codec = Codec::Turbojpeg;
#[cfg(all(not(carnet_libjpeg), not(feature = "turbojpeg")))]
const BEST: Codec = Codec::Rust;

impl Codec {
    /// The best codec of this build.
    pub const fn best() -> Codec {
        BEST
    }

    /// The codec `CARNET_CODEC` asks for: `rust` forces the pure-Rust one; anything
    /// else (or nothing) is the best of this build.
    pub fn from_env(value: Option<&str>) -> Codec {
        match value.map(str::trim) {
            Some(v) if v.eq_ignore_ascii_case("rust") => Codec::Rust,
            _ => Codec::best(),
        }
    }

    /// What `carnet --version` and the build summary call it.
    pub fn name(self) -> &'static str {
        match self {
            #[cfg(carnet_libjpeg)]
            Codec::Libjpeg => concat!(
                "libjpeg-turbo ",
                env!("CARNET_LIBJPEG_VERSION"),
                ", system library"
            ),
            #[cfg(feature = "turbojpeg")]
            Codec::Turbojpeg => "libjpeg-turbo, built in by the turbojpeg feature",
            Codec::Rust if Codec::best() != Codec::Rust => "pure Rust, forced by CARNET_CODEC=rust",
            Codec::Rust => "pure Rust, no libjpeg-turbo found at build time",
        }
    }
}

/// The JPEG codec of this run: [`Codec::best`] unless `CARNET_CODEC=rust`.
pub fn active() -> Codec {
    static ACTIVE: OnceLock<Codec> = OnceLock::new();
    *ACTIVE.get_or_init(|| Codec::from_env(std::env::var("CARNET_CODEC").ok().as_deref()))
}

/// The name of the JPEG codec of this run, e.g. `libjpeg-turbo 2.1.5, system library`.
pub fn codec_name() -> &'static str {
    active().name()
}

/// carnet's version with its JPEG codec, for `carnet --version`.
pub fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        format!(
            "{} (JPEG codec: {})",
            env!("CARGO_PKG_VERSION"),
            codec_name()
        )
    })
}

/// The size of a `full`-pixel side scaled by `scale`, rounded up, at least 1.
fn wanted(full: u32, scale: f64) -> u32 {
    ((f64::from(full) * scale).ceil() as u32).clamp(1, full.max(1))
}

/// Decodes a JPEG of `stored` size (width, height, as stored) at the smallest DCT
/// scale that keeps at least `scale` of its size, with the [`active`] codec. `None`
/// leaves the photo to the `image` crate's decoder (zune-jpeg).
pub fn decode_jpeg(
    bytes: &[u8],
    stored: (u32, u32),
    scale: f64,
) -> Result<Option<Decoded>, String> {
    decode_jpeg_with(active(), bytes, stored, scale)
}

/// [`decode_jpeg`] with `codec`.
pub fn decode_jpeg_with(
    codec: Codec,
    bytes: &[u8],
    stored: (u32, u32),
    scale: f64,
) -> Result<Option<Decoded>, String> {
    match codec {
        #[cfg(carnet_libjpeg)]
        Codec::Libjpeg => {
            let want = (wanted(stored.0, scale), wanted(stored.1, scale));
            libjpeg::decode(bytes, stored, want).map(Some)
        }
        #[cfg(feature = "turbojpeg")]
        Codec::Turbojpeg => turbo::decode(bytes, stored, scale),
        Codec::Rust => rust::decode(bytes, stored, scale),
    }
}

/// Encodes RGB pixels as a baseline JPEG (4:2:0 below quality 90) with no metadata,
/// with the [`active`] codec.
pub fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, String> {
    encode_with(active(), img, quality)
}

/// [`encode`] with `codec`.
pub fn encode_with(codec: Codec, img: &Image<'_>, quality: u8) -> Result<Vec<u8>, String> {
    match codec {
        #[cfg(carnet_libjpeg)]
        Codec::Libjpeg => libjpeg::encode(img, quality),
        #[cfg(feature = "turbojpeg")]
        Codec::Turbojpeg => turbo::encode(img, quality),
        Codec::Rust => rust::encode(img, quality),
    }
}

/// RGB pixels from CMYK ones as Adobe writes them (inverted: 255 is no ink), 4
/// bytes a pixel in, 3 out.
pub fn cmyk_to_rgb(cmyk: &[u8]) -> Vec<u8> {
    cmyk.chunks_exact(4)
        .flat_map(|p| {
            let k = u16::from(p[3]);
            [p[0], p[1], p[2]].map(|c| ((u16::from(c) * k) / 255) as u8)
        })
        .collect()
}

/// The pure-Rust codec.
mod rust {
    use super::*;

    /// jpeg-decoder's reduced-size inverse DCT for `scale` up to 1/2; `None` above,
    /// where zune-jpeg (the `image` crate's decoder) is faster at full size.
    pub(super) fn decode(
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
            jpeg_decoder::PixelFormat::CMYK32 => DynamicImage::ImageRgb8(
                image::RgbImage::from_raw(w, h, cmyk_to_rgb(&pixels)).ok_or_else(fail)?,
            ),
        };
        Ok(Some(Decoded {
            image,
            icc: decoder.icc_profile(),
        }))
    }

    /// jpeg-encoder (SIMD), 4:2:0 below quality 90.
    pub(super) fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, String> {
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
}

/// libjpeg-turbo built from source (`--features turbojpeg`), through the TurboJPEG
/// API.
#[cfg(feature = "turbojpeg")]
mod turbo {
    use super::*;

    /// Decodes at the smallest scaling factor (n/8) that keeps at least `scale` of
    /// the size. `None` for CMYK JPEGs, which TurboJPEG cannot turn into RGB: the
    /// `image` crate's decoder takes them.
    pub(super) fn decode(
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
        // The TurboJPEG binding does not expose the ICC profile: read it from the
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

    /// 4:2:0 below quality 90, as the other codecs.
    pub(super) fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, String> {
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
