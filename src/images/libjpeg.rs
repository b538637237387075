//! The system libjpeg-turbo, through the C bridge `libjpeg_shim.c` (compiled by
//! `build.rs` when pkg-config finds libjpeg-turbo 2.0 or later).
//!
//! libjpeg ends a fatal error with `longjmp`; the bridge keeps every `setjmp` and
//! every libjpeg call in C, so a jump never crosses a Rust frame. This module sees
//! only return codes and messages: a corrupt, truncated or hostile JPEG is an
//! `Err`, never a panic or an abort. It owns the bridge's handles and buffers (freed
//! on every path by `Drop`), and checks every size it hands to C.

use crate::images::c_buffer::CBuffer;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr::{self, NonNull};

use fast_image_resize::images::Image;
use image::DynamicImage;

use super::{cmyk_to_rgb, Decoded};
use crate::images::PhotoError;

/// The version of the libjpeg-turbo carnet was built against (from pkg-config).
pub const VERSION: &str = env!("CARNET_LIBJPEG_VERSION");

/// `struct carnet_jpeg_header` of the bridge.
#[repr(C)]
#[derive(Default)]
struct Header {
    width: c_uint,
    height: c_uint,
    components: c_int,
    cmyk: c_int,
}

/// `struct carnet_jpeg_decoder` of the bridge: opaque, only ever behind a pointer.
#[repr(C)]
struct RawDecoder {
    _private: [u8; 0],
}

extern "C" {
    fn carnet_jpeg_decoder_new() -> *mut RawDecoder;
    fn carnet_jpeg_decoder_free(d: *mut RawDecoder);
    fn carnet_jpeg_decoder_message(d: *const RawDecoder) -> *const c_char;
    fn carnet_jpeg_read_header(
        d: *mut RawDecoder,
        data: *const u8,
        len: usize,
        header: *mut Header,
    ) -> c_int;
    fn carnet_jpeg_icc(d: *mut RawDecoder, icc: *mut *mut u8, len: *mut c_uint) -> c_int;
    fn carnet_jpeg_start(
        d: *mut RawDecoder,
        scale: c_uint,
        width: *mut c_uint,
        height: *mut c_uint,
        channels: *mut c_int,
    ) -> c_int;
    fn carnet_jpeg_read(d: *mut RawDecoder, buf: *mut u8, stride: usize, len: usize) -> c_int;
    fn carnet_jpeg_free(p: *mut c_void);
    #[allow(clippy::too_many_arguments)]
    fn carnet_jpeg_encode(
        rgb: *const u8,
        width: c_uint,
        height: c_uint,
        stride: usize,
        quality: c_int,
        out: *mut *mut u8,
        out_len: *mut usize,
        message: *mut c_char,
        message_len: usize,
    ) -> c_int;
}

/// One decompression, over `bytes`, which it borrows: libjpeg reads them until the
/// decoder is dropped.
struct Decoder<'a> {
    raw: NonNull<RawDecoder>,
    _bytes: std::marker::PhantomData<&'a [u8]>,
}

impl Drop for Decoder<'_> {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `carnet_jpeg_decoder_new` and is freed only here.
        unsafe { carnet_jpeg_decoder_free(self.raw.as_ptr()) }
    }
}

impl<'a> Decoder<'a> {
    /// Reads the header of `bytes`.
    fn new(bytes: &'a [u8]) -> Result<(Decoder<'a>, Header), PhotoError> {
        // SAFETY: no argument; the bridge returns a fresh handle or null.
        let raw =
            NonNull::new(unsafe { carnet_jpeg_decoder_new() }).ok_or(PhotoError::OutOfMemory)?;
        let decoder = Decoder {
            raw,
            _bytes: std::marker::PhantomData,
        };
        let mut header = Header::default();
        // SAFETY: `raw` is a live handle; `bytes` outlives the decoder (lifetime
        // 'a), and libjpeg only reads them; `header` is a valid place to write.
        let rc = unsafe {
            carnet_jpeg_read_header(raw.as_ptr(), bytes.as_ptr(), bytes.len(), &mut header)
        };
        decoder.check(rc)?;
        Ok((decoder, header))
    }

    /// `Err` with libjpeg's message when `rc` says the last call failed.
    fn check(&self, rc: c_int) -> Result<(), PhotoError> {
        if rc == 0 {
            return Ok(());
        }
        // SAFETY: the handle is live; the bridge's message is a NUL-terminated buffer
        // inside it (libjpeg's format_message writes at most JMSG_LENGTH_MAX bytes).
        let message = unsafe { CStr::from_ptr(carnet_jpeg_decoder_message(self.raw.as_ptr())) };
        Err(PhotoError::Corrupt(message.to_string_lossy().into_owned()))
    }

    /// The ICC profile, read from the markers saved with the header.
    fn icc(&mut self) -> Result<Option<Vec<u8>>, PhotoError> {
        let mut ptr = ptr::null_mut();
        let mut len: c_uint = 0;
        // SAFETY: live handle, header read; `ptr` and `len` are valid places to write.
        let rc = unsafe { carnet_jpeg_icc(self.raw.as_ptr(), &mut ptr, &mut len) };
        self.check(rc)?;
        // SAFETY: on success the bridge gives a malloc'd copy of `len` bytes (or
        // null), which only we free.
        let buffer = unsafe { CBuffer::new(ptr, len as usize, carnet_jpeg_free) };
        Ok(buffer.map(|b| b.as_slice().to_vec()))
    }

    /// Starts decoding at `scale`/8: output width, height and channels (3 RGB, 4 CMYK).
    fn start(&mut self, scale: u32) -> Result<(u32, u32, usize), PhotoError> {
        let (mut w, mut h, mut channels) = (0, 0, 0);
        // SAFETY: live handle, header read; the out-parameters are valid places.
        let rc =
            unsafe { carnet_jpeg_start(self.raw.as_ptr(), scale, &mut w, &mut h, &mut channels) };
        self.check(rc)?;
        match channels {
            3 | 4 => Ok((w, h, channels as usize)),
            n => Err(PhotoError::Corrupt(format!("{n} channels"))),
        }
    }

    /// Decodes every row into `pixels`, `stride` bytes a row.
    fn read(&mut self, pixels: &mut [u8], stride: usize) -> Result<(), PhotoError> {
        // SAFETY: live handle, started; the bridge writes only inside
        // `pixels[..len]` (it checks that `len` holds every row at `stride`).
        let rc = unsafe {
            carnet_jpeg_read(self.raw.as_ptr(), pixels.as_mut_ptr(), stride, pixels.len())
        };
        self.check(rc)
    }
}

/// libjpeg decodes at n/8 of the full size, n = 1 to 8: the smallest n that keeps
/// at least `want` pixels across `full` ones.
fn eighths(full: u32, want: u32) -> u32 {
    (1..=8)
        .find(|&n| (u64::from(full) * u64::from(n)).div_ceil(8) >= u64::from(want))
        .unwrap_or(8)
}

/// Decodes a JPEG of `stored` size (as stored) at the smallest n/8 scale whose
/// width and height are at least `want` (width, height). The pixels are RGB (a
/// grey photo is turned RGB, a CMYK one converted as the pure-Rust codec does).
pub fn decode(bytes: &[u8], stored: (u32, u32), want: (u32, u32)) -> Result<Decoded, PhotoError> {
    let (mut decoder, header) = Decoder::new(bytes)?;
    if (header.width, header.height) != stored {
        return Err(PhotoError::Changed {
            now: (header.width, header.height),
            then: stored,
        });
    }
    let icc = decoder.icc()?;
    let scale = eighths(stored.0, want.0).max(eighths(stored.1, want.1));
    let (w, h, channels) = decoder.start(scale)?;
    let stride = w as usize * channels;
    let mut pixels = vec![0u8; stride * h as usize];
    decoder.read(&mut pixels, stride)?;
    drop(decoder);
    if channels == 4 {
        pixels = cmyk_to_rgb(&pixels, false);
    }
    let image = image::RgbImage::from_raw(w, h, pixels).ok_or(PhotoError::WrongPixelCount)?;
    Ok(Decoded {
        image: DynamicImage::ImageRgb8(image),
        icc,
    })
}

/// Encodes RGB pixels as a baseline JPEG (4:2:0 below quality 90) with no metadata.
pub fn encode(img: &Image<'_>, quality: u8) -> Result<Vec<u8>, PhotoError> {
    let (w, h) = (img.width(), img.height());
    let stride = w as usize * 3;
    let pixels = img.buffer();
    if pixels.len() < stride * h as usize {
        return Err(PhotoError::Encode("short pixel buffer".into()));
    }
    let mut out = ptr::null_mut();
    let mut out_len = 0usize;
    let mut message = [0 as c_char; 200];
    // SAFETY: `pixels` holds `h` rows of `stride` bytes (checked above) and libjpeg
    // only reads them; the out-parameters and the message buffer (with its length)
    // are valid places to write; the bridge writes a NUL-terminated message.
    let rc = unsafe {
        carnet_jpeg_encode(
            pixels.as_ptr(),
            w,
            h,
            stride,
            c_int::from(quality),
            &mut out,
            &mut out_len,
            message.as_mut_ptr(),
            message.len(),
        )
    };
    if rc != 0 {
        // SAFETY: the bridge wrote a NUL-terminated message into `message` (snprintf
        // within its length).
        let message = unsafe { CStr::from_ptr(message.as_ptr()) };
        return Err(PhotoError::Encode(message.to_string_lossy().into_owned()));
    }
    // SAFETY: on success `out` is a malloc'd buffer of `out_len` written bytes that
    // the bridge handed to us alone.
    let buffer = unsafe { CBuffer::new(out, out_len, carnet_jpeg_free) }
        .ok_or_else(|| PhotoError::Encode("no output".into()))?;
    Ok(buffer.as_slice().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eighths_is_the_smallest_scale_that_covers() {
        assert_eq!(eighths(4000, 1600), 4); // 2000 px
        assert_eq!(eighths(4000, 2001), 5); // 2500 px
        assert_eq!(eighths(4000, 320), 1); // 500 px
        assert_eq!(eighths(4000, 4000), 8);
        assert_eq!(eighths(4000, 5000), 8); // never more than full size
        assert_eq!(eighths(1001, 126), 1); // ceil(1001 / 8) = 126
        assert_eq!(eighths(1001, 127), 2);
    }
}
