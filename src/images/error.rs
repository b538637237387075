//! Why a photo could not be decoded, resized or encoded once the build had probed
//! it. What a person reads is [`PhotoError::message`], in the journal's language;
//! the words of a decoder or library (libjpeg-turbo, libheif, jpeg-decoder) are
//! kept as its detail, as they said them.

use crate::journal::Language;
use crate::t;

/// Why a photo could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    /// The photo file could not be read.
    #[error("{}", self.message(Language::Fr))]
    Unreadable(std::io::Error),
    /// The decoder refused the photo (the decoder's words).
    #[error("{}", self.message(Language::Fr))]
    Corrupt(String),
    /// libheif refused a HEIC, HEIF or AVIF photo (its words).
    #[error("{}", self.message(Language::Fr))]
    HeifCorrupt(String),
    /// A decoder panicked on the file (a decoder bug on a corrupt or hostile image).
    #[error("{}", self.message(Language::Fr))]
    DecoderFailed,
    /// The file is not the photo the build probed: (width, height) now and then.
    #[error("{}", self.message(Language::Fr))]
    Changed {
        /// The size found now.
        now: (u32, u32),
        /// The size the probe found.
        then: (u32, u32),
    },
    /// The decoder gave fewer or more pixels than the photo's size.
    #[error("{}", self.message(Language::Fr))]
    WrongPixelCount,
    /// No memory for the decoder.
    #[error("{}", self.message(Language::Fr))]
    OutOfMemory,
    /// Too many pixels for the codec (a side over 65 535, a buffer size overflow).
    #[error("{}", self.message(Language::Fr))]
    TooLarge,
    /// The resizer failed (its words).
    #[error("{}", self.message(Language::Fr))]
    Resize(String),
    /// The photo could not be turned upright (the image buffer's words).
    #[error("{}", self.message(Language::Fr))]
    Orient(String),
    /// The JPEG encoder failed (its words).
    #[error("{}", self.message(Language::Fr))]
    Encode(String),
    /// The WebP encoder failed (its words).
    #[error("{}", self.message(Language::Fr))]
    EncodeWebp(String),
    /// A HEIC, HEIF or AVIF photo, and this build has no libheif.
    #[error("{}", self.message(Language::Fr))]
    NoLibheif,
    /// A made image could not be written into the image cache.
    #[error("{}", self.message(Language::Fr))]
    CacheWrite(Box<crate::Error>),
    /// The variant asked for was not made.
    #[error("{}", self.message(Language::Fr))]
    NotMade,
}

impl PhotoError {
    /// The message a person reads, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        let size = |(w, h): (u32, u32)| format!("{w}x{h}");
        match self {
            PhotoError::Unreadable(e) => t!(
                lang,
                "photo-unreadable",
                reason = crate::error::io_reason(e, lang)
            ),
            PhotoError::Corrupt(detail) => {
                t!(lang, "photo-corrupt-or-truncated", reason = detail.as_str())
            }
            PhotoError::HeifCorrupt(detail) => {
                t!(lang, "photo-heif-corrupt", reason = detail.as_str())
            }
            PhotoError::DecoderFailed => t!(lang, "build-decoder-failed"),
            PhotoError::Changed { now, then } => {
                let (now, then) = (size(*now), size(*then));
                t!(lang, "photo-changed", now = now, then = then)
            }
            PhotoError::WrongPixelCount => t!(lang, "photo-wrong-pixel-count"),
            PhotoError::OutOfMemory => t!(lang, "photo-out-of-memory"),
            PhotoError::TooLarge => t!(lang, "photo-too-large-to-process"),
            PhotoError::Resize(detail) => t!(lang, "photo-resize", reason = detail.as_str()),
            PhotoError::Orient(detail) => t!(lang, "photo-orient", reason = detail.as_str()),
            PhotoError::Encode(detail) => t!(lang, "photo-encode", reason = detail.as_str()),
            PhotoError::EncodeWebp(detail) => {
                t!(lang, "photo-encode-webp", reason = detail.as_str())
            }
            PhotoError::NoLibheif => t!(lang, "photo-no-libheif"),
            PhotoError::CacheWrite(e) => t!(lang, "photo-cache-write", reason = e.localized(lang)),
            PhotoError::NotMade => t!(lang, "photo-not-made"),
        }
    }
}
