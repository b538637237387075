//! Photos as templates show them: the variants a photo needs for its use (whole,
//! thumbnail, avatar, share image), registered for the image step, and their `img`
//! data (`src`, `srcset`, sizes).

use super::context::{ImageCtx, PhotoCtx};
use super::Renderer;
use crate::audience::LearnerView;
use crate::images::{Op, Variant, CONTAIN_WIDTHS, COVER_WIDTHS};
use crate::journal::{Aspect, Fit, Focus, Framing, Photo};

/// Aspect of share images (Open Graph): 1200 × 630.
const SHARE_ASPECT: Aspect = Aspect { w: 40, h: 21 };

/// Width of share images, when the photo is that wide (never enlarged).
pub(super) const SHARE_WIDTH: u32 = 1200;

impl Renderer<'_> {
    /// Registers the variants of `photo` for `op` and describes them for an `img`.
    pub(super) fn image(
        &mut self,
        photo: &Photo,
        op: Op,
        widths: &[u32],
        root: &str,
        default_width: u32,
    ) -> Option<ImageCtx> {
        let variants = self.catalog.variants(&photo.path, op, widths);
        let largest = variants.last()?.clone();
        let default = variants
            .iter()
            .find(|v| v.width >= default_width)
            .unwrap_or(&largest)
            .clone();
        let srcset_of = |file: &dyn Fn(&Variant) -> Option<&String>| {
            variants
                .iter()
                .map(|v| file(v).map(|f| format!("{root}photos/{f} {}w", v.width)))
                .collect::<Option<Vec<_>>>()
                .map_or_else(String::new, |c| c.join(", "))
        };
        let srcset = srcset_of(&|v| Some(&v.file));
        let webp_srcset = srcset_of(&|v| v.webp.as_ref());
        self.photos.extend(variants);
        Some(ImageCtx {
            src: format!("{root}photos/{}", default.file),
            srcset,
            webp_srcset,
            width: default.width,
            height: default.height,
            large: format!("{root}photos/{}", largest.file),
            large_width: largest.width,
            large_height: largest.height,
        })
    }

    /// The share image of a page (Open Graph, 1.91:1), cropped around the photo's
    /// focus, at most 1200 px wide.
    pub(super) fn share_image(&mut self, photo: &Photo) -> Option<ImageCtx> {
        let op = Op::Cover {
            aspect: SHARE_ASPECT,
            focus: photo.framing.focus.unwrap_or_default(),
        };
        self.image(photo, op, &[SHARE_WIDTH], "", SHARE_WIDTH)
    }

    fn photo(
        &mut self,
        photo: &Photo,
        op: Op,
        widths: &[u32],
        root: &str,
        default_width: u32,
    ) -> Option<PhotoCtx> {
        let img = self.image(photo, op, widths, root, default_width)?;
        Some(PhotoCtx {
            landscape: img.width >= img.height,
            img,
            alt: photo.alt.clone().unwrap_or_default(),
            caption: photo.caption.clone(),
        })
    }

    /// A thumbnail for grids: cropped, around the photo's focal point.
    pub(super) fn thumb(&mut self, photo: &Photo, outer: Framing, root: &str) -> Option<PhotoCtx> {
        let f = photo.framing.or(outer);
        let op = Op::Cover {
            aspect: f.aspect.unwrap_or(Aspect { w: 4, h: 3 }),
            focus: f.focus.unwrap_or_default(),
        };
        self.photo(photo, op, &COVER_WIDTHS, root, 320)
    }

    /// A photo shown on its own: whole, unless the learner asked for a crop.
    pub(super) fn shown(&mut self, photo: &Photo, outer: Framing, root: &str) -> Option<PhotoCtx> {
        let f = photo.framing.or(outer);
        let op = match f.fit {
            Some(Fit::Cover) => Op::Cover {
                aspect: f.aspect.unwrap_or(Aspect { w: 4, h: 3 }),
                focus: f.focus.unwrap_or_default(),
            },
            _ => Op::Contain,
        };
        self.photo(photo, op, &CONTAIN_WIDTHS, root, 640)
    }

    /// A learner's square avatar.
    pub(super) fn avatar(&mut self, learner: &LearnerView, root: &str) -> Option<ImageCtx> {
        let photo = learner.avatar.as_ref()?;
        let op = Op::Cover {
            aspect: Aspect { w: 1, h: 1 },
            focus: Focus::default(),
        };
        self.image(photo, op, &COVER_WIDTHS, root, 320)
    }
}
