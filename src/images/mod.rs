//! The image step: probes source photos, plans the resized variants a site references,
//! and makes them in a content-addressed cache outside every output folder.
//!
//! Originals never reach a site: every variant is decoded, oriented, resized and
//! re-encoded, which drops all metadata (EXIF, XMP, IPTC, GPS; a colour profile is
//! applied, converting to sRGB, then dropped). Photos are only ever
//! handed to this module from an [`crate::audience::AudienceView`], so it cannot
//! see a hidden photo.

#[cfg(any(carnet_libjpeg, carnet_libheif))]
mod c_buffer;
pub mod cache;
pub mod codec;
pub mod colour;
pub mod error;
pub mod heif;
pub mod privacy;
pub mod probe;
pub mod process;
pub mod strip;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::audience::AudienceView;
use crate::journal::{Aspect, Focus};

pub use cache::Cache;
pub use error::PhotoError;
pub use privacy::PrivacyReport;
pub use probe::Source;

/// Widths made for a photo shown whole (`contain`).
pub const CONTAIN_WIDTHS: [u32; 4] = [320, 640, 1024, 1600];
/// Widths made for a cropped thumbnail (`cover`).
pub const COVER_WIDTHS: [u32; 2] = [320, 640];

/// What is done to a source before resizing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// The whole photo.
    Contain,
    /// A crop to `aspect` around `focus`.
    Cover {
        /// Aspect of the crop.
        aspect: Aspect,
        /// Point kept in view.
        focus: Focus,
    },
}

impl Op {
    /// A stable text form, part of a variant's cache key.
    fn key(&self) -> String {
        match self {
            Op::Contain => "contain".into(),
            Op::Cover { aspect, focus } => {
                format!("cover-{}x{}-{}-{}", aspect.w, aspect.h, focus.x, focus.y)
            }
        }
    }
}

/// One output file: a source photo, an operation and a width. Variants order by
/// file name first (cheap to compare, and what a site's `photos/` folder is keyed by).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Variant {
    /// File name in the cache and in a site's `photos/` folder (content-addressed).
    pub file: String,
    /// Source photo path.
    pub source: PathBuf,
    /// Output width.
    pub width: u32,
    /// Output height.
    pub height: u32,
    /// File name of the WebP twin, when the journal asks for WebP.
    pub webp: Option<String>,
    /// Crop rectangle in the oriented source: left, top, width, height.
    pub crop: (u32, u32, u32, u32),
}

impl Variant {
    /// Its files: the JPEG, and the WebP twin when there is one.
    pub fn files(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.file).chain(&self.webp)
    }
}

/// The probed sources of a build, by path.
#[derive(Debug, Default)]
pub struct Catalog {
    sources: HashMap<PathBuf, Source>,
    /// Photos inside contributions, read from there (never from the disk).
    packed: HashMap<PathBuf, crate::share::PackedFile>,
    quality: u8,
    webp: bool,
}

impl Catalog {
    /// A catalog of already probed sources.
    pub fn new(sources: HashMap<PathBuf, Source>, quality: u8, webp: bool) -> Self {
        Catalog {
            sources,
            packed: HashMap::new(),
            quality,
            webp,
        }
    }

    /// The same catalogue, whose photos at these paths are read from contributions.
    pub fn with_packed(mut self, packed: HashMap<PathBuf, crate::share::PackedFile>) -> Self {
        self.packed = packed;
        self
    }

    /// The bytes of the photo at `path`: from its contribution (checked against its
    /// signed hash, kept in memory) or from the disk.
    pub fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        match self.packed.get(path) {
            Some(packed) => packed.read(),
            None => std::fs::read(path),
        }
    }

    /// The key of the photo at `path` in the cache's stat index, for a photo of a
    /// contribution: its signed content hash (the same content is probed once).
    pub fn packed_key(&self, path: &Path) -> Option<PathBuf> {
        self.packed
            .get(path)
            .map(|p| PathBuf::from(format!("contribution:{}", p.blake3)))
    }

    /// The probed source at `path`.
    pub fn source(&self, path: &Path) -> Option<&Source> {
        self.sources.get(path)
    }

    /// A catalogue of the photos `view` may show, and nothing else: what the
    /// renderer of that view gets, so it cannot plan a variant of another
    /// audience's photo.
    pub fn for_view(&self, view: &AudienceView) -> Catalog {
        let sources = view
            .photos()
            .filter_map(|p| Some((p.path.clone(), self.sources.get(&p.path)?.clone())))
            .collect();
        let packed = view
            .photos()
            .filter_map(|p| Some((p.path.clone(), self.packed.get(&p.path)?.clone())))
            .collect();
        Catalog {
            sources,
            packed,
            quality: self.quality,
            webp: self.webp,
        }
    }

    /// The variants of the photo at `path` for `op`, at each of `widths` smaller than
    /// the (cropped) source, plus the source width itself when it is smaller than the
    /// largest wanted: a photo is never enlarged. Sorted by width; never empty for a
    /// probed photo.
    pub fn variants(&self, path: &Path, op: Op, widths: &[u32]) -> Vec<Variant> {
        let Some(src) = self.sources.get(path) else {
            return Vec::new();
        };
        let crop = crop_rect(src.width, src.height, op);
        let mut chosen: Vec<u32> = widths.iter().copied().filter(|&w| w < crop.2).collect();
        let largest = widths.iter().copied().max().unwrap_or(crop.2);
        if chosen.len() < widths.len() || crop.2 <= largest {
            chosen.push(crop.2.min(largest));
        }
        chosen.dedup();
        chosen
            .into_iter()
            .map(|width| {
                let height = ((u64::from(crop.3) * u64::from(width) + u64::from(crop.2) / 2)
                    / u64::from(crop.2))
                .max(1) as u32;
                let key = format!("{}|{}|{width}|q{}|v2", src.hash, op.key(), self.quality);
                let name = |format: &str| {
                    let hash = blake3::hash(format!("{key}|{format}").as_bytes()).to_hex();
                    format!("{}.{format}", &hash[..20])
                };
                Variant {
                    source: path.to_path_buf(),
                    file: name("jpg"),
                    width,
                    height,
                    webp: self.webp.then(|| name("webp")),
                    crop,
                }
            })
            .collect()
    }
}

/// The rectangle of a `width` × `height` photo kept by `op`: all of it for
/// [`Op::Contain`], the largest `aspect` rectangle around `focus` for [`Op::Cover`].
pub fn crop_rect(width: u32, height: u32, op: Op) -> (u32, u32, u32, u32) {
    match op {
        Op::Contain => (0, 0, width, height),
        Op::Cover { aspect, focus } => {
            let (w, h) = (u64::from(width), u64::from(height));
            let (aw, ah) = (u64::from(aspect.w), u64::from(aspect.h));
            let (cw, ch) = if w * ah > h * aw {
                (h * aw / ah, h)
            } else {
                (w, w * ah / aw)
            };
            let (cw, ch) = (cw.max(1), ch.max(1));
            let place = |total: u64, size: u64, pct: u8| -> u64 {
                let center = total * u64::from(pct) / 100;
                center.saturating_sub(size / 2).min(total - size)
            };
            let left = place(w, cw, focus.x);
            let top = place(h, ch, focus.y);
            (left as u32, top as u32, cw as u32, ch as u32)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover(a: &str, f: &str) -> Op {
        Op::Cover {
            aspect: Aspect::parse(a).unwrap(),
            focus: Focus::parse(f).unwrap(),
        }
    }

    #[test]
    fn cover_crops_around_focus() {
        assert_eq!(
            crop_rect(400, 300, cover("1:1", "center")),
            (50, 0, 300, 300)
        );
        assert_eq!(crop_rect(400, 300, cover("1:1", "left")), (0, 0, 300, 300));
        assert_eq!(crop_rect(300, 400, cover("1:1", "top")), (0, 0, 300, 300));
        assert_eq!(
            crop_rect(300, 400, cover("1:1", "bottom")),
            (0, 100, 300, 300)
        );
        assert_eq!(
            crop_rect(1600, 900, cover("16:9", "center")),
            (0, 0, 1600, 900)
        );
    }

    #[test]
    fn variants_never_enlarge_and_are_content_addressed() {
        let mut sources = HashMap::new();
        sources.insert(PathBuf::from("a.jpg"), Source::test(1000, 500, "aaaa"));
        sources.insert(PathBuf::from("b.jpg"), Source::test(1000, 500, "bbbb"));
        let cat = Catalog::new(sources, 80, false);
        let v = cat.variants(Path::new("a.jpg"), Op::Contain, &CONTAIN_WIDTHS);
        let widths: Vec<u32> = v.iter().map(|v| v.width).collect();
        assert_eq!(widths, vec![320, 640, 1000]);
        assert_eq!(v[0].height, 160);
        let other = cat.variants(Path::new("b.jpg"), Op::Contain, &CONTAIN_WIDTHS);
        assert_ne!(v[0].file, other[0].file);
        let small = cat.variants(Path::new("a.jpg"), cover("1:1", "center"), &COVER_WIDTHS);
        assert_eq!(
            small
                .iter()
                .map(|v| (v.width, v.height))
                .collect::<Vec<_>>(),
            vec![(320, 320), (500, 500)]
        );
    }
}
