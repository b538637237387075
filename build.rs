//! Finds the system libjpeg-turbo and compiles carnet's small C bridge to it
//! (`src/images/libjpeg_shim.c`), as `libz-sys` does with the system zlib: when
//! pkg-config finds libjpeg-turbo 2.0 or later, JPEG photos are decoded and encoded
//! by it, and the `carnet_libjpeg` cfg is set; elsewhere (no pkg-config, no
//! `libjpeg62-turbo-dev`, macOS, Windows) carnet builds with its pure-Rust codec and
//! says so in `carnet --version`.
//!
//! Why a C bridge of our own rather than a binding crate: libjpeg reports a fatal
//! error by `longjmp`, which must never cross a Rust frame, so the `setjmp` has to be
//! in C; the crates that link the system library (turbojpeg-sys) want the TurboJPEG 3
//! API, which Debian does not have (2.1), and the others build their own copy of the
//! library (cmake, nasm) or unwind Rust panics through C frames (mozjpeg).
//!
//! `CARNET_LIBJPEG=0` skips the search: a pure-Rust build, as on a machine without
//! libjpeg-turbo (CI checks that it still compiles).
//!
//! The same for HEIC, HEIF and AVIF photos (iPhones save HEIC): when pkg-config
//! finds libheif 1.12 or later (`libheif-dev` on Debian), `src/images/libheif_shim.c`
//! is compiled and linked and the `carnet_libheif` cfg is set; without it, carnet
//! refuses those photos with a message saying how to convert them.
//! `CARNET_LIBHEIF=0` skips the search. No binding crate: libheif-rs 3 needs libheif
//! 1.17, and Debian 12 has 1.15.

use std::env;

fn main() {
    libheif();
    libjpeg();
}

/// Finds libheif and compiles its bridge; sets `carnet_libheif`.
fn libheif() {
    println!("cargo:rustc-check-cfg=cfg(carnet_libheif)");
    println!("cargo:rerun-if-changed=src/images/libheif_shim.c");
    println!("cargo:rerun-if-env-changed=CARNET_LIBHEIF");
    if env::var("CARNET_LIBHEIF").is_ok_and(|v| v == "0") {
        return;
    }
    let library = match pkg_config::Config::new()
        .atleast_version("1.12")
        .cargo_metadata(false)
        .probe("libheif")
    {
        Ok(library) => library,
        Err(e) => {
            let first = e.to_string();
            let first = first.lines().next().unwrap_or_default();
            println!(
                "cargo:warning=no system libheif ({first}): carnet refuses HEIC, HEIF and \
                 AVIF photos (Debian: apt-get install libheif-dev)"
            );
            return;
        }
    };
    let mut shim = cc::Build::new();
    shim.file("src/images/libheif_shim.c")
        .includes(&library.include_paths)
        .opt_level(2)
        .warnings(true);
    if let Err(e) = shim.try_compile("carnet_libheif_shim") {
        println!(
            "cargo:warning=cannot compile carnet's bridge to libheif ({e}): carnet refuses \
             HEIC, HEIF and AVIF photos"
        );
        return;
    }
    for dir in &library.link_paths {
        println!("cargo:rustc-link-search=native={}", dir.display());
    }
    for lib in &library.libs {
        println!("cargo:rustc-link-lib={lib}");
    }
    println!("cargo:rustc-cfg=carnet_libheif");
    println!("cargo:rustc-env=CARNET_LIBHEIF_VERSION={}", library.version);
}

/// Finds libjpeg-turbo and compiles its bridge; sets `carnet_libjpeg`.
fn libjpeg() {
    println!("cargo:rustc-check-cfg=cfg(carnet_libjpeg)");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/images/libjpeg_shim.c");
    println!("cargo:rerun-if-env-changed=CARNET_LIBJPEG");
    if env::var("CARNET_LIBJPEG").is_ok_and(|v| v == "0") {
        return;
    }
    let library = match pkg_config::Config::new()
        .atleast_version("2.0")
        .cargo_metadata(false)
        .probe("libjpeg")
    {
        Ok(library) => library,
        Err(e) => {
            let first = e.to_string();
            let first = first.lines().next().unwrap_or_default();
            println!(
                "cargo:warning=no system libjpeg-turbo ({first}): carnet uses its pure-Rust \
                 JPEG codec, about 1.5x slower (Debian: apt-get install libjpeg62-turbo-dev)"
            );
            return;
        }
    };
    // The shim refuses (#error) a libjpeg that is not libjpeg-turbo 2.0 or later
    // (IJG's libjpeg 9 also ships a libjpeg.pc, with a version above 2.0).
    let mut shim = cc::Build::new();
    shim.file("src/images/libjpeg_shim.c")
        .includes(&library.include_paths)
        .opt_level(2)
        .warnings(true);
    if let Err(e) = shim.try_compile("carnet_libjpeg_shim") {
        println!(
            "cargo:warning=the system libjpeg is not libjpeg-turbo 2.0 or later ({e}): \
             carnet uses its pure-Rust JPEG codec"
        );
        return;
    }
    // Linked only now that the shim compiled: a pure-Rust fallback must not need it.
    for dir in &library.link_paths {
        println!("cargo:rustc-link-search=native={}", dir.display());
    }
    for lib in &library.libs {
        println!("cargo:rustc-link-lib={lib}");
    }
    println!("cargo:rustc-cfg=carnet_libjpeg");
    println!("cargo:rustc-env=CARNET_LIBJPEG_VERSION={}", library.version);
}
