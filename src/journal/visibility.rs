//! Who may see an item: a total order from `private` to `public`.

use serde::{Deserialize, Serialize};

/// Visibility of a profile, experience or story. A missing value means [`Visibility::Private`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Deserialize, Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// Only the learner.
    #[default]
    Private,
    /// The learner and their referent.
    Referent,
    /// The learner's groups.
    Community,
    /// Everyone.
    Public,
}

impl Visibility {
    /// All levels, from the most private.
    pub const ALL: [Visibility; 4] = [
        Visibility::Private,
        Visibility::Referent,
        Visibility::Community,
        Visibility::Public,
    ];

    /// The keyword used in front matter.
    pub fn keyword(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Referent => "referent",
            Visibility::Community => "community",
            Visibility::Public => "public",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_goes_from_private_to_public() {
        assert!(Visibility::Private < Visibility::Referent);
        assert!(Visibility::Referent < Visibility::Community);
        assert!(Visibility::Community < Visibility::Public);
        assert_eq!(Visibility::default(), Visibility::Private);
    }
}
