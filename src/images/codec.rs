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

use super::PhotoError;
use crate::journal::Language;
use crate::t;
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
    /// zune-jpeg, jpeg-decoder and jpeg-encoder.
    Rust,
}

#[cfg(carnet_libjpeg)]
const BEST: Codec = Codec::Libjpeg;
#[cfg(not(carnet_libjpeg))]
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

    /// The folder of the image cache that holds this codec's files: the two codecs
    /// make different bytes, so a cache made by one is never used by the other.
    pub fn cache_key(self) -> &'static str {
        match self {
            #[cfg(carnet_libjpeg)]
            Codec::Libjpeg => concat!("v2-libjpeg-turbo-", env!("CARNET_LIBJPEG_VERSION")),
            Codec::Rust => "v2-rust",
        }
    }

    /// What `carnet --version` calls it (the summary says it in its language:
    /// [`Codec::describe`]).
    pub fn name(self) -> &'static str {
        match self {
            #[cfg(carnet_libjpeg)]
            Codec::Libjpeg => concat!(
                "libjpeg-turbo ",
                env!("CARNET_LIBJPEG_VERSION"),
                ", system library"
            ),
            Codec::Rust if Codec::best() != Codec::Rust => "pure Rust, forced by CARNET_CODEC=rust",
            Codec::Rust => "pure Rust, no libjpeg-turbo found at build time",
        }
    }
}

impl Codec {
    /// What the build summary calls it, in `lang`: [`Codec::name`] in words of the
    /// summary's language (« libjpeg-turbo 2.1.5, bibliothèque du système »).
    pub fn describe(self, lang: Language) -> String {
        match self {
            #[cfg(carnet_libjpeg)]
            Codec::Libjpeg => t!(
                lang,
                "codec-libjpeg",
                version = env!("CARNET_LIBJPEG_VERSION")
            ),
            Codec::Rust if Codec::best() != Codec::Rust => t!(lang, "codec-rust-forced"),
            Codec::Rust => t!(lang, "codec-rust-only"),
        }
    }
}

/// The JPEG codec of this run in `lang`, for the build summary.
pub fn describe(lang: Language) -> String {
    active().describe(lang)
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
            "{} (JPEG codec: {}; HEIC/AVIF codec: {})",
            env!("CARGO_PKG_VERSION"),
            codec_name(),
            super::heif::codec_name()
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
) -> Result<Option<Decoded>, PhotoError> {
    decode_jpeg_with(active(), bytes, stored, scale)
}

/// [`decode_jpeg`] with `codec`.
pub fn decode_jpeg_with(
    codec: Codec,
    bytes: &[u8],
    stored: (u32, u32),
    scale: f64,
) -> Result<Option<Decoded>, PhotoError> {
    match codec {
        #[cfg(carnet_libjpeg)]
        Codec::Libjpeg => {
            let want = (wanted(stored.0, scale), wanted(stored.1, scale));
            libjpeg::decode(bytes, stored, want).map(Some)
        }
        Codec::Rust => rust::decode(bytes, stored, scale),
    }
}

/// Encodes RGB pixels as a baseline JPEG (4:2:0 below quality 90) with no metadata,
/// with the [`active`] codec.
pub fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, PhotoError> {
    encode_with(active(), img, quality)
}

/// [`encode`] with `codec`.
pub fn encode_with(codec: Codec, img: &Image<'_>, quality: u8) -> Result<Vec<u8>, PhotoError> {
    match codec {
        #[cfg(carnet_libjpeg)]
        Codec::Libjpeg => libjpeg::encode(img, quality),
        Codec::Rust => rust::encode(img, quality),
    }
}

/// RGB pixels from CMYK ones, 4 bytes a pixel in, 3 out: as Adobe stores them
/// (inverted: 255 is no ink, what libjpeg gives) or, when `ink`, as ink amounts (0
/// is no ink, what jpeg-decoder gives).
pub fn cmyk_to_rgb(cmyk: &[u8], ink: bool) -> Vec<u8> {
    let flip = if ink { 255 } else { 0 };
    cmyk.chunks_exact(4)
        .flat_map(|p| {
            let k = u16::from(p[3] ^ flip);
            [p[0], p[1], p[2]].map(|c| ((u16::from(c ^ flip) * k) / 255) as u8)
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
    ) -> Result<Option<Decoded>, PhotoError> {
        if scale > 0.5 {
            return Ok(None);
        }
        let corrupt = |e: jpeg_decoder::Error| PhotoError::Corrupt(e.to_string());
        let mut decoder = jpeg_decoder::Decoder::new(std::io::Cursor::new(bytes));
        decoder.read_info().map_err(corrupt)?;
        let info = decoder
            .info()
            .ok_or_else(|| PhotoError::Corrupt("no JPEG header".into()))?;
        let (w, h) = decoder
            .scale(
                u16::try_from(wanted(stored.0, scale)).unwrap_or(info.width),
                u16::try_from(wanted(stored.1, scale)).unwrap_or(info.height),
            )
            .map_err(corrupt)?;
        let pixels = decoder.decode().map_err(corrupt)?;
        let (w, h) = (u32::from(w), u32::from(h));
        let fail = || PhotoError::WrongPixelCount;
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
                image::RgbImage::from_raw(w, h, cmyk_to_rgb(&pixels, true)).ok_or_else(fail)?,
            ),
        };
        Ok(Some(Decoded {
            image,
            icc: decoder.icc_profile(),
        }))
    }

    /// jpeg-encoder (SIMD), 4:2:0 below quality 90.
    pub(super) fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, PhotoError> {
        let mut out = Vec::with_capacity((img.width() * img.height() / 4) as usize);
        let encoder = jpeg_encoder::Encoder::new(&mut out, quality);
        let (w, h) = (
            u16::try_from(img.width()).map_err(|_| PhotoError::TooLarge)?,
            u16::try_from(img.height()).map_err(|_| PhotoError::TooLarge)?,
        );
        encoder
            .encode(img.buffer(), w, h, jpeg_encoder::ColorType::Rgb)
            .map_err(|e| PhotoError::Encode(e.to_string()))?;
        Ok(out)
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
pub fn encode_webp(img: &Image<'_>) -> Result<Vec<u8>, PhotoError> {
    let mut config =
        webp::WebPConfig::new().map_err(|()| PhotoError::EncodeWebp("no encoder".into()))?;
    config.quality = WEBP_QUALITY;
    config.method = WEBP_METHOD;
    webp::Encoder::from_rgb(img.buffer(), img.width(), img.height())
        .encode_advanced(&config)
        .map(|memory| memory.to_vec())
        .map_err(|e| PhotoError::EncodeWebp(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fast_image_resize::PixelType;
    use jpeg_encoder::{ColorType, Encoder};

    /// Every codec of this build, the best first.
    fn codecs() -> Vec<Codec> {
        let mut all = vec![Codec::best(), Codec::Rust];
        all.dedup();
        all
    }

    /// A `w`×`h` JPEG of `pixels` (`color` layout) at quality 90, made by
    /// jpeg-encoder, with `extra` applied to the encoder first.
    fn jpeg_with(
        w: u16,
        h: u16,
        color: ColorType,
        pixels: &[u8],
        extra: impl FnOnce(&mut Encoder<&mut Vec<u8>>),
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = Encoder::new(&mut out, 90);
        extra(&mut encoder);
        encoder.encode(pixels, w, h, color).unwrap();
        out
    }

    /// How `process::decode` gets RGB pixels: the codec's, or zune-jpeg's when the
    /// codec leaves the photo to the `image` crate.
    fn decode_rgb(codec: Codec, bytes: &[u8], stored: (u32, u32), scale: f64) -> image::RgbImage {
        match decode_jpeg_with(codec, bytes, stored, scale).unwrap() {
            Some(decoded) => decoded.image.into_rgb8(),
            None => image::load_from_memory(bytes).unwrap().into_rgb8(),
        }
    }

    fn mean(img: &image::RgbImage) -> [u8; 3] {
        let mut sum = [0u64; 3];
        for p in img.pixels() {
            for (s, c) in sum.iter_mut().zip(p.0) {
                *s += u64::from(c);
            }
        }
        let n = u64::from(img.width()) * u64::from(img.height());
        sum.map(|s| (s / n) as u8)
    }

    fn close(a: [u8; 3], b: [u8; 3], tolerance: u8) -> bool {
        a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= tolerance)
    }

    #[test]
    fn grey_and_cmyk_photos_decode_to_the_same_colours_with_every_codec() {
        let grey = jpeg_with(96, 64, ColorType::Luma, &[90; 96 * 64], |_| ());
        // Ink values (0 = none): full magenta and yellow is red; half black is grey.
        let red: Vec<u8> = [0u8, 255, 255, 0].repeat(96 * 64);
        let cmyk_red = jpeg_with(96, 64, ColorType::Cmyk, &red, |_| ());
        let half_black: Vec<u8> = [0u8, 0, 0, 128].repeat(96 * 64);
        let cmyk_grey = jpeg_with(96, 64, ColorType::Cmyk, &half_black, |_| ());
        for codec in codecs() {
            for scale in [1.0, 0.6, 0.5, 0.25, 0.1] {
                for (bytes, want) in [
                    (&grey, [90, 90, 90]),
                    (&cmyk_red, [255, 0, 0]),
                    (&cmyk_grey, [127, 127, 127]),
                ] {
                    let got = mean(&decode_rgb(codec, bytes, (96, 64), scale));
                    assert!(
                        close(got, want, 4),
                        "{codec:?} at {scale}: {got:?} instead of {want:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_codec_reads_the_icc_profile() {
        let p3 = moxcms::ColorProfile::new_display_p3().encode().unwrap();
        let pixels = [128u8; 64 * 48 * 3];
        let bytes = jpeg_with(64, 48, ColorType::Rgb, &pixels, |e| {
            e.add_icc_profile(&p3).unwrap()
        });
        for codec in codecs() {
            // At 1/4 every codec decodes the photo itself (none leaves it to zune-jpeg).
            let decoded = decode_jpeg_with(codec, &bytes, (64, 48), 0.25)
                .unwrap()
                .unwrap();
            assert_eq!(decoded.icc.as_deref(), Some(p3.as_slice()), "{codec:?}");
        }
    }

    /// Parses the header of an encoded JPEG: its APPn and COM markers, its frame
    /// marker, and the luma sampling factors.
    fn header(bytes: &[u8]) -> (Vec<u8>, u8, u8) {
        assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
        let (mut extra, mut frame, mut luma) = (Vec::new(), 0, 0);
        let mut i = 2;
        loop {
            let (marker, len) = (
                bytes[i + 1],
                usize::from(bytes[i + 2]) << 8 | usize::from(bytes[i + 3]),
            );
            match marker {
                0xE0..=0xEF | 0xFE => extra.push(marker),
                0xC0..=0xC2 => {
                    frame = marker;
                    luma = bytes[i + 11];
                }
                0xDA => break,
                _ => {}
            }
            i += 2 + len;
        }
        (extra, frame, luma)
    }

    #[test]
    fn every_codec_encodes_baseline_without_metadata_and_4_2_0_below_90() {
        let rgb: Vec<u8> = [30u8, 140, 220].repeat(80 * 60);
        let img = Image::from_vec_u8(80, 60, rgb, PixelType::U8x3).unwrap();
        for codec in codecs() {
            for (quality, sampling) in [(82, 0x22), (90, 0x11)] {
                let bytes = encode_with(codec, &img, quality).unwrap();
                let (extra, frame, luma) = header(&bytes);
                // JFIF's APP0 (no private data) at most; never EXIF, ICC, XMP or a comment.
                assert!(extra.iter().all(|&m| m == 0xE0), "{codec:?}: {extra:x?}");
                assert_eq!(frame, 0xC0, "{codec:?}: not baseline");
                assert_eq!(luma, sampling, "{codec:?} at quality {quality}");
                let back = image::load_from_memory(&bytes).unwrap().into_rgb8();
                assert_eq!(back.dimensions(), (80, 60));
                assert!(close(mean(&back), [30, 140, 220], 3), "{codec:?}");
            }
        }
    }

    #[test]
    fn codec_env_forces_the_pure_rust_codec_and_nothing_else() {
        assert_eq!(Codec::from_env(Some("rust")), Codec::Rust);
        assert_eq!(Codec::from_env(Some(" Rust ")), Codec::Rust);
        assert_eq!(Codec::from_env(None), Codec::best());
        assert_eq!(Codec::from_env(Some("libjpeg")), Codec::best());
        assert!(Codec::Rust.name().starts_with("pure Rust"));
        assert!(version().contains("JPEG codec: "));
    }

    /// libjpeg-turbo's own tests: scaled decoding, and hostile files.
    #[cfg(carnet_libjpeg)]
    mod system_libjpeg {
        use super::*;
        use image::GenericImageView;

        /// A `w`×`h` JPEG of noise-like RGB pixels (data that does not compress away).
        fn busy_jpeg(w: u16, h: u16, progressive: bool) -> Vec<u8> {
            let pixels: Vec<u8> = (0..usize::from(w) * usize::from(h) * 3)
                .map(|i| ((i * 7919) % 251) as u8)
                .collect();
            jpeg_with(w, h, ColorType::Rgb, &pixels, |e| {
                e.set_progressive(progressive)
            })
        }

        fn libjpeg(bytes: &[u8], stored: (u32, u32), scale: f64) -> Result<Decoded, PhotoError> {
            decode_jpeg_with(Codec::Libjpeg, bytes, stored, scale).map(|d| d.unwrap())
        }

        #[test]
        fn decodes_at_the_smallest_eighth_that_covers_the_output() {
            let bytes = busy_jpeg(800, 600, false);
            for (scale, size) in [
                (1.0, (800, 600)),
                (0.6, (500, 375)), // 480 px wanted: 5/8
                (0.5, (400, 300)),
                (0.2, (200, 150)), // 160 px wanted: 2/8
                (0.01, (100, 75)),
            ] {
                let d = libjpeg(&bytes, (800, 600), scale).unwrap();
                assert_eq!(d.image.dimensions(), size, "at {scale}");
            }
        }

        /// Where the scan of the JPEG ends (the next marker that is no restart).
        fn scans(bytes: &[u8]) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let mut i = 2;
            while i + 4 <= bytes.len() {
                let marker = bytes[i + 1];
                let len = usize::from(bytes[i + 2]) << 8 | usize::from(bytes[i + 3]);
                if marker == 0xD9 {
                    break;
                }
                if marker != 0xDA {
                    i += 2 + len;
                    continue;
                }
                let mut end = i + 2 + len;
                while !(bytes[end] == 0xFF
                    && bytes[end + 1] != 0
                    && !(0xD0..=0xD7).contains(&bytes[end + 1]))
                {
                    end += 1;
                }
                out.push((i, end));
                i = end;
            }
            out
        }

        #[test]
        fn corrupt_and_truncated_jpegs_are_errors() {
            let baseline = busy_jpeg(256, 192, false);
            let progressive = busy_jpeg(256, 192, true);
            let cut = |b: &[u8], f: f64| b[..(b.len() as f64 * f) as usize].to_vec();
            let mut garbled = baseline.clone();
            let data = scans(&baseline)[0].0 + 20;
            for (i, b) in garbled[data..data + 200].iter_mut().enumerate() {
                *b = if i % 2 == 0 { 0xFF } else { 0xC4 };
            }
            let cases = [
                ("nothing", Vec::new()),
                ("no JPEG", b"GIF89a not a jpeg at all".to_vec()),
                ("only SOI", vec![0xFF, 0xD8]),
                ("header only", cut(&baseline, 0.05)),
                ("baseline cut at half", cut(&baseline, 0.5)),
                ("baseline cut at 95 %", cut(&baseline, 0.95)),
                ("progressive cut at half", cut(&progressive, 0.5)),
                (
                    "progressive cut before its last scan",
                    progressive[..scans(&progressive).last().unwrap().0].to_vec(),
                ),
                ("markers in the data", garbled),
            ];
            for (what, bytes) in cases {
                let err = libjpeg(&bytes, (256, 192), 1.0).err();
                assert!(
                    matches!(err, Some(PhotoError::Corrupt(_))),
                    "{what}: {err:?}"
                );
            }
            // Complete data with no end-of-image marker is a whole photo.
            let no_eoi = &baseline[..baseline.len() - 2];
            assert_eq!(
                libjpeg(no_eoi, (256, 192), 1.0).unwrap().image.dimensions(),
                (256, 192)
            );
        }

        #[test]
        fn a_photo_whose_size_changed_since_it_was_probed_is_an_error() {
            let bytes = busy_jpeg(64, 48, false);
            let err = libjpeg(&bytes, (48, 64), 1.0).err().unwrap();
            assert!(matches!(err, PhotoError::Changed { .. }), "{err}");
            let message = err.message(crate::journal::Language::En);
            assert!(message.contains("changed"), "{message}");
        }

        #[test]
        fn a_progressive_jpeg_with_too_many_scans_is_refused() {
            let bytes = busy_jpeg(64, 48, true);
            let (start, end) = *scans(&bytes).last().unwrap();
            let mut bomb = bytes[..end].to_vec();
            for _ in 0..600 {
                bomb.extend_from_slice(&bytes[start..end]);
            }
            bomb.extend_from_slice(&[0xFF, 0xD9]);
            let err = libjpeg(&bomb, (64, 48), 1.0).err().unwrap().to_string();
            assert!(err.contains("progressive scans"), "{err}");
        }

        /// Mutated files (deterministic): each is decoded or refused, and the test
        /// process is still alive (no longjmp through Rust, no abort).
        #[test]
        fn mutated_jpegs_never_crash() {
            let mut seed: u32 = 0x2545_F491;
            let mut next = move || {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                seed as usize
            };
            let (mut ok, mut refused) = (0, 0);
            for original in [busy_jpeg(96, 64, false), busy_jpeg(96, 64, true)] {
                for _ in 0..300 {
                    let mut bytes = original.clone();
                    for _ in 0..1 + next() % 8 {
                        let at = next() % bytes.len();
                        bytes[at] = next() as u8;
                    }
                    if next() % 4 == 0 {
                        bytes.truncate(next() % bytes.len());
                    }
                    match libjpeg(&bytes, (96, 64), [1.0, 0.3][next() % 2]) {
                        Ok(d) => {
                            assert!(d.image.width() <= 96 && d.image.height() <= 64);
                            ok += 1;
                        }
                        Err(_) => refused += 1,
                    }
                }
            }
            assert!(ok > 0 && refused > 0, "{ok} decoded, {refused} refused");
        }
    }
}
