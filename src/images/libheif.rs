//! The system libheif, through the C bridge `libheif_shim.c` (compiled by
//! `build.rs` when pkg-config finds libheif 1.12 or later): HEIC, HEIF and AVIF.
//!
//! libheif returns its errors (no `longjmp`); the bridge checks every one and this
//! module sees only return codes and messages: a corrupt, truncated or hostile file
//! is an `Err`, never a panic or an abort. It owns the bridge's handle and buffers
//! (freed on every path by `Drop`) and checks every size it hands to C.

use crate::images::c_buffer::CBuffer;
use crate::images::PhotoError;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr::{self, NonNull};

/// The version of the libheif carnet was built against (from pkg-config).
pub const VERSION: &str = env!("CARNET_LIBHEIF_VERSION");

/// `struct carnet_heif_info` of the bridge.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct Info {
    /// Width of the decoded pixels (transformations applied).
    pub width: c_uint,
    /// Height of the decoded pixels.
    pub height: c_uint,
    /// Whether the image has an alpha channel.
    pub alpha: c_int,
    /// Exif metadata blocks.
    pub exif: c_int,
    /// XMP metadata blocks.
    pub xmp: c_int,
    /// Other metadata blocks.
    pub other: c_int,
    /// Whether an ICC colour profile is attached.
    pub profile: c_int,
}

#[repr(C)]
struct RawHeif {
    _private: [u8; 0],
}

extern "C" {
    fn carnet_heif_new() -> *mut RawHeif;
    fn carnet_heif_free(h: *mut RawHeif);
    fn carnet_heif_free_buffer(p: *mut c_void);
    fn carnet_heif_message(h: *const RawHeif) -> *const c_char;
    fn carnet_heif_version() -> *const c_char;
    fn carnet_heif_decoders(hevc: *mut c_int, av1: *mut c_int) -> c_int;
    fn carnet_heif_read(h: *mut RawHeif, data: *const u8, len: usize, info: *mut Info) -> c_int;
    fn carnet_heif_exif(h: *mut RawHeif, index: c_int, out: *mut *mut u8, len: *mut usize)
        -> c_int;
    fn carnet_heif_icc(h: *mut RawHeif, out: *mut *mut u8, len: *mut usize) -> c_int;
    fn carnet_heif_decode(
        h: *mut RawHeif,
        buf: *mut u8,
        len: usize,
        width: c_uint,
        height: c_uint,
        channels: c_int,
    ) -> c_int;
}

/// The version of the libheif loaded at run time, and whether it decodes HEVC
/// (HEIC) and AV1 (AVIF).
pub fn runtime() -> (String, bool, bool) {
    // SAFETY: heif_get_version returns a static NUL-terminated string.
    let version = unsafe { CStr::from_ptr(carnet_heif_version()) };
    let (mut hevc, mut av1) = (0, 0);
    // SAFETY: two valid places to write.
    unsafe { carnet_heif_decoders(&mut hevc, &mut av1) };
    (version.to_string_lossy().into_owned(), hevc != 0, av1 != 0)
}

/// A parsed HEIF file and its primary image.
pub struct Heif {
    raw: NonNull<RawHeif>,
    /// What the file says of its primary image.
    pub info: Info,
}

impl Drop for Heif {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `carnet_heif_new` and is freed only here.
        unsafe { carnet_heif_free(self.raw.as_ptr()) }
    }
}

impl Heif {
    /// Parses `bytes` (libheif copies them) and opens the primary image.
    pub fn read(bytes: &[u8]) -> Result<Heif, PhotoError> {
        // SAFETY: no argument; a fresh handle or null.
        let raw = NonNull::new(unsafe { carnet_heif_new() }).ok_or(PhotoError::OutOfMemory)?;
        let mut heif = Heif {
            raw,
            info: Info::default(),
        };
        let mut info = Info::default();
        // SAFETY: live handle; `bytes` is valid for its length and only read;
        // `info` is a valid place to write.
        let rc = unsafe { carnet_heif_read(raw.as_ptr(), bytes.as_ptr(), bytes.len(), &mut info) };
        heif.check(rc)?;
        heif.info = info;
        Ok(heif)
    }

    fn check(&self, rc: c_int) -> Result<(), PhotoError> {
        if rc == 0 {
            return Ok(());
        }
        // SAFETY: live handle; the message is a NUL-terminated buffer inside it
        // (written by snprintf, or zeroed by calloc).
        let message = unsafe { CStr::from_ptr(carnet_heif_message(self.raw.as_ptr())) };
        Err(PhotoError::HeifCorrupt(
            message.to_string_lossy().into_owned(),
        ))
    }

    /// The payloads of the primary image's Exif blocks (each starts with the
    /// 4-byte offset of its TIFF header, as HEIF stores it).
    pub fn exif_blocks(&self) -> Result<Vec<Vec<u8>>, PhotoError> {
        let count = self.info.exif.max(0);
        let mut blocks = Vec::new();
        for index in 0..count {
            let (mut ptr, mut len) = (ptr::null_mut(), 0usize);
            // SAFETY: live handle, read; valid places to write.
            let rc = unsafe { carnet_heif_exif(self.raw.as_ptr(), index, &mut ptr, &mut len) };
            self.check(rc)?;
            // SAFETY: on success a malloc'd copy of `len` bytes, or null.
            if let Some(buffer) = unsafe { CBuffer::new(ptr, len, carnet_heif_free_buffer) } {
                blocks.push(buffer.as_slice().to_vec());
            }
        }
        Ok(blocks)
    }

    /// The ICC colour profile, if any.
    pub fn icc(&self) -> Result<Option<Vec<u8>>, PhotoError> {
        let (mut ptr, mut len) = (ptr::null_mut(), 0usize);
        // SAFETY: live handle, read; valid places to write.
        let rc = unsafe { carnet_heif_icc(self.raw.as_ptr(), &mut ptr, &mut len) };
        self.check(rc)?;
        // SAFETY: on success a malloc'd copy of `len` bytes, or null.
        Ok(unsafe { CBuffer::new(ptr, len, carnet_heif_free_buffer) }
            .map(|b| b.as_slice().to_vec()))
    }

    /// Decodes the primary image, transformations applied, to 8-bit RGB (or RGBA
    /// when it has alpha): (pixels, channels).
    pub fn decode(&self) -> Result<(Vec<u8>, usize), PhotoError> {
        let channels: usize = if self.info.alpha != 0 { 4 } else { 3 };
        let (w, h) = (self.info.width, self.info.height);
        let len = (w as usize)
            .checked_mul(h as usize)
            .and_then(|n| n.checked_mul(channels))
            .ok_or(PhotoError::TooLarge)?;
        let mut pixels = vec![0u8; len];
        // SAFETY: live handle, read; the bridge writes at most `len` bytes into
        // `pixels` (it checks that `len` holds `h` rows of `w * channels`).
        let rc = unsafe {
            carnet_heif_decode(
                self.raw.as_ptr(),
                pixels.as_mut_ptr(),
                pixels.len(),
                w,
                h,
                channels as c_int,
            )
        };
        self.check(rc)?;
        Ok((pixels, channels))
    }
}
