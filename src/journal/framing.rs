//! How a photo is framed: shown whole (`contain`) or cropped (`cover`) to an aspect
//! around a focal point. The field asked for photos « pas rognées »: `contain` is
//! the default wherever a photo is shown on its own.

use serde::{Deserialize, Serialize};

use super::Language;
use crate::t;

/// A framing value the journal wrote that carnet does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FramingError {
    /// An `aspect` not among [`Aspect::ALLOWED`].
    #[error("{}", self.message(Language::Fr))]
    UnknownAspect(String),
    /// A `focus` that is neither a side nor `"x%,y%"`.
    #[error("{}", self.message(Language::Fr))]
    UnknownFocus(String),
}

impl FramingError {
    /// The message a person reads, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            FramingError::UnknownAspect(value) => t!(
                lang,
                "field-unknown-aspect",
                value = value.as_str(),
                allowed = Aspect::ALLOWED.join(", ")
            ),
            FramingError::UnknownFocus(value) => {
                t!(lang, "field-unknown-focus", value = value.as_str())
            }
        }
    }
}

/// Whether a photo may be cropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Fit {
    /// Never crop: the whole photo is shown.
    Contain,
    /// Crop to the aspect, around the focal point.
    Cover,
}

/// An aspect ratio such as 4:3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Aspect {
    /// Width part.
    pub w: u32,
    /// Height part.
    pub h: u32,
}

impl Aspect {
    /// The ratios a journal may ask for.
    pub const ALLOWED: [&'static str; 5] = ["1:1", "4:3", "3:2", "16:9", "3:4"];

    /// Parses `"4:3"` and friends.
    pub fn parse(text: &str) -> Result<Aspect, FramingError> {
        if !Self::ALLOWED.contains(&text) {
            return Err(FramingError::UnknownAspect(text.to_string()));
        }
        let (w, h) = text.split_once(':').unwrap_or(("1", "1"));
        Ok(Aspect {
            w: w.parse().unwrap_or(1),
            h: h.parse().unwrap_or(1),
        })
    }
}

/// The point of a photo kept in view when cropping, in percent of width and height.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Focus {
    /// Horizontal position, 0 (left) to 100 (right).
    pub x: u8,
    /// Vertical position, 0 (top) to 100 (bottom).
    pub y: u8,
}

impl Default for Focus {
    fn default() -> Self {
        Focus { x: 50, y: 50 }
    }
}

impl Focus {
    /// Parses `top`, `center`, `bottom`, `left`, `right` or `"x%,y%"`.
    pub fn parse(text: &str) -> Result<Focus, FramingError> {
        let named = match text {
            "top" => Some((50, 0)),
            "center" | "centre" => Some((50, 50)),
            "bottom" => Some((50, 100)),
            "left" => Some((0, 50)),
            "right" => Some((100, 50)),
            _ => None,
        };
        if let Some((x, y)) = named {
            return Ok(Focus { x, y });
        }
        let bad = || FramingError::UnknownFocus(text.to_string());
        let (x, y) = text.split_once(',').ok_or_else(bad)?;
        let pct = |s: &str| -> Option<u8> {
            let v: u8 = s.trim().strip_suffix('%')?.trim().parse().ok()?;
            (v <= 100).then_some(v)
        };
        Ok(Focus {
            x: pct(x).ok_or_else(bad)?,
            y: pct(y).ok_or_else(bad)?,
        })
    }

    /// CSS `object-position` value.
    pub fn css(&self) -> String {
        format!("{}% {}%", self.x, self.y)
    }
}

/// Framing settings; unset fields inherit from the enclosing item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Framing {
    /// `contain` or `cover`.
    pub fit: Option<Fit>,
    /// The aspect for `cover`.
    pub aspect: Option<Aspect>,
    /// The focal point for `cover`.
    pub focus: Option<Focus>,
}

impl Framing {
    /// Fills the unset fields of `self` from `outer`.
    pub fn or(self, outer: Framing) -> Framing {
        Framing {
            fit: self.fit.or(outer.fit),
            aspect: self.aspect.or(outer.aspect),
            focus: self.focus.or(outer.focus),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_focus_names_and_percentages() {
        assert_eq!(Focus::parse("top").unwrap(), Focus { x: 50, y: 0 });
        assert_eq!(Focus::parse("30%, 20%").unwrap(), Focus { x: 30, y: 20 });
        assert!(Focus::parse("150%,0%").is_err());
        assert!(Focus::parse("middle").is_err());
    }

    #[test]
    fn parses_aspects() {
        assert_eq!(Aspect::parse("16:9").unwrap(), Aspect { w: 16, h: 9 });
        assert!(Aspect::parse("5:4").is_err());
    }

    #[test]
    fn photo_framing_overrides_experience_framing() {
        let exp = Framing {
            fit: Some(Fit::Cover),
            aspect: Aspect::parse("1:1").ok(),
            focus: None,
        };
        let photo = Framing {
            fit: Some(Fit::Contain),
            ..Framing::default()
        };
        let f = photo.or(exp);
        assert_eq!(f.fit, Some(Fit::Contain));
        assert_eq!(f.aspect, Aspect::parse("1:1").ok());
    }
}
