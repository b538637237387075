//! Colour profiles. A photo with an embedded ICC profile other than sRGB (a phone's
//! Display P3, a camera's Adobe RGB) is converted to sRGB once decoded, so that its
//! colours look right in every browser although the output carries no profile (a
//! profile is metadata too: it can name the device that made the photo).

use moxcms::{ColorProfile, DataColorSpace, Layout, TransformOptions, Xyzd};

/// Converts `rgb` (8-bit RGB pixels) from the colour space the ICC profile `icc`
/// describes to sRGB. Returns whether the pixels changed: an sRGB profile, a profile
/// of another kind (grey, CMYK) or one that cannot be read leaves them as they are,
/// as a browser would show them.
pub fn to_srgb(rgb: &mut Vec<u8>, icc: &[u8]) -> bool {
    let Ok(profile) = ColorProfile::new_from_slice(icc) else {
        return false;
    };
    let srgb = ColorProfile::new_srgb();
    if profile.color_space != DataColorSpace::Rgb || same_primaries(&profile, &srgb) {
        return false;
    }
    let Ok(transform) =
        profile.create_transform_8bit(Layout::Rgb, &srgb, Layout::Rgb, TransformOptions::default())
    else {
        return false;
    };
    let mut out = vec![0u8; rgb.len()];
    if transform.transform(rgb, &mut out).is_err() {
        return false;
    }
    *rgb = out;
    true
}

/// Whether `profile` has the primaries of `srgb` (the profiles cameras and phones
/// embed for sRGB all use its tone curve too): converting would change nothing.
fn same_primaries(profile: &ColorProfile, srgb: &ColorProfile) -> bool {
    let close = |a: Xyzd, b: Xyzd| {
        (a.x - b.x).abs() < 0.002 && (a.y - b.y).abs() < 0.002 && (a.z - b.z).abs() < 0.002
    };
    close(profile.red_colorant, srgb.red_colorant)
        && close(profile.green_colorant, srgb.green_colorant)
        && close(profile.blue_colorant, srgb.blue_colorant)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_p3_pixels_become_more_saturated_srgb_ones() {
        let icc = ColorProfile::new_display_p3().encode().unwrap();
        let mut px = vec![200, 80, 60, 128, 128, 128];
        assert!(to_srgb(&mut px, &icc));
        // A P3 red is redder than the same numbers in sRGB; greys stay grey.
        assert!(px[0] > 210 && px[1] < 75, "{px:?}");
        assert!(px[3..].iter().all(|&c| c.abs_diff(128) <= 1), "{px:?}");
    }

    #[test]
    fn srgb_and_unreadable_profiles_leave_pixels_alone() {
        let srgb = ColorProfile::new_srgb().encode().unwrap();
        let mut px = vec![200, 80, 60];
        assert!(!to_srgb(&mut px, &srgb));
        assert!(!to_srgb(&mut px, b"not a profile"));
        assert_eq!(px, vec![200, 80, 60]);
    }
}
