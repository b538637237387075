//! A buffer a C bridge (libjpeg-turbo's or libheif's) malloc'd and handed over,
//! freed by that bridge's own free function when dropped.

use std::ffi::c_void;
use std::ptr::NonNull;

/// A buffer malloc'd by a bridge, freed when dropped.
pub(crate) struct CBuffer {
    ptr: NonNull<u8>,
    len: usize,
    free: unsafe extern "C" fn(*mut c_void),
}

impl CBuffer {
    /// Takes ownership of `len` bytes at `ptr` (`None` when `ptr` is null), to be
    /// released with `free`.
    ///
    /// # Safety
    /// `ptr` is null, or was malloc'd by the bridge with at least `len` initialised
    /// bytes, nothing else frees it, and `free` is the bridge's function that does.
    pub(crate) unsafe fn new(
        ptr: *mut u8,
        len: usize,
        free: unsafe extern "C" fn(*mut c_void),
    ) -> Option<CBuffer> {
        NonNull::new(ptr).map(|ptr| CBuffer { ptr, len, free })
    }

    pub(crate) fn as_slice(&self) -> &[u8] {
        // SAFETY: `new`'s contract: `len` initialised bytes at `ptr`, owned by self
        // and alive until drop.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for CBuffer {
    fn drop(&mut self) {
        // SAFETY: the bridge malloc'd `ptr` and handed it to us alone (`new`), and
        // `free` is its function that releases it.
        unsafe { (self.free)(self.ptr.as_ptr().cast()) }
    }
}
