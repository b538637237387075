//! What each page of the last build was made from (`.site.carnet-inputs`, beside
//! the manifest, never inside a site folder: it names every site's pages): for each
//! site, the digest of the leak check's evidence for that site, the digest of all
//! of the site's inputs (see `crate::build::reuse::site_digest`) with what a build
//! that leaves the whole site in place must still know of it (its page count, the
//! photos it publishes), and for each page the digest of its inputs (see
//! `crate::build::reuse`) and the blake3 of the bytes the build wrote. A build trusts it only when its leak-check digest is the one
//! the manifest records: anything else (no manifest, an interrupted commit, a file
//! of another build) is no file at all, and every page is rendered again.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::manifest::sibling;
use super::write_atomic;
use crate::error::Result;

const KIND: &str = "page-inputs";
const VERSION: u32 = 2;

/// The page inputs of one build.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageInputs {
    carnet: String,
    version: u32,
    /// The digest of the leak check every file of the build passed.
    pub leak: String,
    /// By site folder.
    pub sites: BTreeMap<String, SiteInputs>,
    /// The needles of that check, each by the digest of its text, in the order the
    /// sites' [`SiteInputs::needles`] count them (none: not known).
    #[serde(default)]
    pub patterns: Option<Packed<[u8; 16]>>,
}

/// The page inputs of one site.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInputs {
    /// The digest of the leak check's evidence for this site: every file of the
    /// site was checked against it.
    pub evidence: String,
    /// By path inside the site: (digest of the page's inputs, blake3 of its bytes).
    pub pages: BTreeMap<String, (String, String)>,
    /// The digest of everything the site was made from, taken before any page was
    /// rendered: the next build leaves the whole site in place when its own is the
    /// same (none: the site is rendered again).
    #[serde(default)]
    pub site: Option<String>,
    /// The number of HTML pages of the site.
    #[serde(default)]
    pub html: usize,
    /// The photo files of the journal the site publishes, by their place in the
    /// view's photos (`AudienceView::photos`: the same view, when the site digest
    /// is the same).
    #[serde(default)]
    pub sources: Vec<usize>,
    /// Which needles were evidence for this site (none: not known).
    #[serde(default)]
    pub needles: Option<Needles>,
    /// The words (runs of letters and digits) of everything the leak check read of
    /// the site's files, each by the high half of its hash, sorted (none: not
    /// known). It may hold more: words of files since replaced.
    #[serde(default)]
    pub words: Option<Packed<u32>>,
}

/// Which needles were evidence in a site: one bit each over a list of needles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Needles {
    /// The digest of the list the bits count (of [`PageInputs::patterns`] when it
    /// is that list).
    pub of: String,
    /// One bit per needle of that list, in its order.
    pub bits: Packed<u8>,
}

/// Fixed-size values packed end to end, written as one base64 string (a site's
/// thousands of words would be tens of thousands of JSON numbers).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packed<T>(pub Vec<T>);

/// A value of fixed size, as little-endian bytes.
pub trait Fixed: Copy {
    /// Its size in bytes.
    const SIZE: usize;
    /// Appends its bytes to `out`.
    fn put(self, out: &mut Vec<u8>);
    /// The value of `bytes` (`SIZE` of them).
    fn get(bytes: &[u8]) -> Self;
}

impl Fixed for u8 {
    const SIZE: usize = 1;
    fn put(self, out: &mut Vec<u8>) {
        out.push(self);
    }
    fn get(bytes: &[u8]) -> Self {
        bytes[0]
    }
}

impl Fixed for u32 {
    const SIZE: usize = 4;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(bytes: &[u8]) -> Self {
        u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
    }
}

impl Fixed for [u8; 16] {
    const SIZE: usize = 16;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self);
    }
    fn get(bytes: &[u8]) -> Self {
        let mut value = [0; 16];
        value.copy_from_slice(&bytes[..16]);
        value
    }
}

impl<T: Fixed> Serialize for Packed<T> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use base64::Engine as _;
        let mut bytes = Vec::with_capacity(self.0.len() * T::SIZE);
        for value in &self.0 {
            value.put(&mut bytes);
        }
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes))
    }
}

impl<'de, T: Fixed> Deserialize<'de> for Packed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        use base64::Engine as _;
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom)?;
        if bytes.len() % T::SIZE != 0 {
            return Err(serde::de::Error::custom("packed values of another size"));
        }
        Ok(Packed(bytes.chunks_exact(T::SIZE).map(T::get).collect()))
    }
}

impl PageInputs {
    /// An empty record for a build whose files passed the leak check of digest `leak`.
    pub fn new(leak: &str) -> PageInputs {
        PageInputs {
            carnet: KIND.into(),
            version: VERSION,
            leak: leak.to_string(),
            sites: BTreeMap::new(),
            patterns: None,
        }
    }
}

/// Where the page inputs of output folder `out` are: beside it.
pub fn inputs_of(out: &Path) -> PathBuf {
    sibling(out, "inputs")
}

/// The page inputs of `out`'s last build, when they belong to the build whose
/// leak-check digest is `checked` (the manifest's).
pub(super) fn read(out: &Path, checked: Option<&str>) -> Option<PageInputs> {
    let checked = checked?;
    let bytes = fs::read(inputs_of(out)).ok()?;
    let inputs: PageInputs = serde_json::from_slice(&bytes).ok()?;
    (inputs.carnet == KIND && inputs.version == VERSION && inputs.leak == checked).then_some(inputs)
}

/// Writes (atomically) or removes the page inputs of `out`.
pub(super) fn write(out: &Path, inputs: Option<&PageInputs>) -> Result<()> {
    let path = inputs_of(out);
    match inputs {
        Some(inputs) => {
            let json = serde_json::to_vec(inputs).unwrap_or_default();
            write_atomic(&path, &json)
        }
        None => match fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(crate::error::Error::io(&path, e))
            }
            _ => Ok(()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_of_another_build_are_not_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("site");
        let mut inputs = PageInputs::new("d1");
        inputs.sites.insert(
            "public".into(),
            SiteInputs {
                evidence: "e".into(),
                pages: BTreeMap::from([("index.html".into(), ("i".into(), "o".into()))]),
                site: Some("s".into()),
                html: 1,
                sources: vec![0, 2],
                needles: Some(Needles {
                    of: "l".into(),
                    bits: Packed(vec![0b101]),
                }),
                words: Some(Packed(vec![7, 1 << 31])),
            },
        );
        inputs.patterns = Some(Packed(vec![[3; 16], [255; 16]]));
        write(&out, Some(&inputs)).expect("write");
        assert!(dir.path().join(".site.carnet-inputs").is_file());
        assert_eq!(read(&out, Some("d1")), Some(inputs));
        assert_eq!(read(&out, Some("d2")), None, "another leak check");
        assert_eq!(read(&out, None), None, "no checked build");
        write(&out, None).expect("remove");
        assert_eq!(read(&out, Some("d1")), None);
    }
}
