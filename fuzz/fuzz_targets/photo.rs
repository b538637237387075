//! Photos: any bytes given as a photo are probed (format, size, orientation,
//! metadata found) and, when the probe accepts them, decoded in full and at a
//! reduced scale, as a build does. Nothing may panic, and nothing over the limits
//! may be decoded.

#![no_main]

use std::io::Write;

use carnet::images::{probe, process};
use carnet::journal::{ImageSettings, Language};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = ImageSettings {
        max_pixels: 4_000_000,
        max_bytes: 4 * 1024 * 1024,
        ..ImageSettings::default()
    };
    let Ok(mut file) = tempfile::NamedTempFile::new() else {
        return;
    };
    if file.write_all(data).is_err() {
        return;
    }
    let path = file.path().to_path_buf();
    let Ok(source) = probe::probe(&path, data, &limits, Language::Fr) else {
        return;
    };
    assert!(u64::from(source.width) * u64::from(source.height) <= limits.max_pixels);
    for scale in [1.0, 0.3] {
        if let Ok(img) = process::decode(&path, &source, scale) {
            assert!(img.width() > 0 && img.height() > 0);
        }
    }
});
