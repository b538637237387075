//! What a build records of the leak check its sites passed, so that the next build
//! can tell whether the files it leaves in place could hold a needle they were not
//! checked for.
//!
//! When a hidden item is edited, the evidence of most sites changes, and the pages
//! a build leaves in place (their inputs did not change) must pass the new check.
//! They passed the last one, so they hold none of the needles that were evidence in
//! their site then; only the needles that are evidence there now and were not then
//! can be in them. The matcher finds a needle only whole-word (it touches no letter
//! or digit on either side), so where it finds one, each word of the needle (run of
//! letters and digits) is a word of the text read. Hence: a needle one of whose
//! words is in none of the site's files is in none of them, and when every new
//! needle is such, the site's files are cleared without being read.
//!
//! The record of each site (`SiteInputs`) holds the words of everything the check
//! read in the site (each by the high half of the matcher's hash of it: two words
//! of the same hash only make files read), which are all the words its files hold,
//! and which needles were evidence there, one bit each over the list of the check's
//! needles (`PageInputs::patterns`, each by the first 128 bits of the blake3 of its
//! text). Anything unknown (no record, one without these, a site kept whole before
//! the check was made) means reading the files, as before.

use rustc_hash::{FxHashMap, FxHashSet};

use super::LeakCheck;
use crate::output::{Needles, Packed};

impl LeakCheck {
    /// Each pattern's digest: the first 128 bits of the blake3 of its text.
    pub fn pattern_digests(&self) -> &[[u8; 16]] {
        self.digests.get_or_init(|| {
            (0..self.patterns.len())
                .map(|id| {
                    let hash = blake3::hash(self.matcher.text(id).as_bytes());
                    let mut digest = [0; 16];
                    digest.copy_from_slice(&hash.as_bytes()[..16]);
                    digest
                })
                .collect()
        })
    }

    /// The digest of the list of [`LeakCheck::pattern_digests`].
    pub fn pattern_list(&self) -> &str {
        self.list
            .get_or_init(|| list_digest(self.pattern_digests()))
    }

    /// Whether each needle that is evidence in a site now (`now`, by pattern) and
    /// was not when its files were checked (`needles`, over the patterns of
    /// `before`) has a word that none of those files holds (`words`). False when
    /// `needles` counts another list than `before`'s.
    pub fn new_needles_absent(
        &self,
        now: &[bool],
        before: &Before,
        needles: &Needles,
        words: &Packed<u32>,
    ) -> bool {
        if needles.of != before.list {
            return false;
        }
        let needles = &needles.bits;
        let digests = self.pattern_digests();
        let was_evidence = |digest: &[u8; 16]| {
            before.index.get(digest).is_some_and(|&i| {
                let i = i as usize;
                needles
                    .0
                    .get(i / 8)
                    .is_some_and(|b| b & (1 << (i % 8)) != 0)
            })
        };
        let held = |word: u64| words.0.binary_search(&high_half(word)).is_ok();
        now.iter()
            .enumerate()
            .filter(|&(id, &live)| live && !was_evidence(&digests[id]))
            .all(|(id, _)| match self.matcher.words_of(id) {
                // A needle that is never found cannot be in any file.
                None => true,
                Some(mut needle_words) => needle_words.any(|w| !held(w)),
            })
    }
}

/// The needles of the last checked build, by digest.
#[derive(Debug, Default)]
pub struct Before {
    /// The digest of their list.
    list: String,
    index: FxHashMap<[u8; 16], u32>,
}

impl Before {
    /// The needles of the build whose record lists `patterns`.
    pub fn new(patterns: &Packed<[u8; 16]>) -> Before {
        Before {
            list: list_digest(&patterns.0),
            index: patterns
                .0
                .iter()
                .enumerate()
                .map(|(i, d)| (*d, u32::try_from(i).unwrap_or(u32::MAX)))
                .collect(),
        }
    }
}

/// The needles of `check`, for the record.
pub fn patterns(check: &LeakCheck) -> Packed<[u8; 16]> {
    Packed(check.pattern_digests().to_vec())
}

/// Which patterns of `check` are evidence in a site (`live`), for the record.
pub fn needles(check: &LeakCheck, live: &[bool]) -> Needles {
    let mut bits = vec![0u8; live.len().div_ceil(8)];
    for (i, _) in live.iter().enumerate().filter(|(_, l)| **l) {
        bits[i / 8] |= 1 << (i % 8);
    }
    Needles {
        of: check.pattern_list().to_string(),
        bits: Packed(bits),
    }
}

/// The digest of a list of needle digests.
fn list_digest(list: &[[u8; 16]]) -> String {
    let mut h = blake3::Hasher::new();
    for digest in list {
        h.update(digest);
    }
    h.finalize().to_hex().to_string()
}

/// The words of a site for the record: those read now (`read`, the matcher's
/// hashes) and, when some files were not read, those of the last record (`also`).
pub fn words(read: &FxHashSet<u64>, also: Option<&Packed<u32>>) -> Packed<u32> {
    let mut words: Vec<u32> = read.iter().map(|w| high_half(*w)).collect();
    if let Some(also) = also {
        words.extend_from_slice(&also.0);
    }
    words.sort_unstable();
    words.dedup();
    Packed(words)
}

fn high_half(word: u64) -> u32 {
    (word >> 32) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::leak::matcher::Matcher;
    use crate::build::leak::Pattern;

    /// A check looking for `texts`, without items.
    fn check(texts: &[&str]) -> LeakCheck {
        LeakCheck {
            matcher: Matcher::new(texts.iter().map(|t| (*t).to_string()).collect()),
            patterns: texts
                .iter()
                .map(|_| Pattern {
                    sources: Vec::new(),
                    owners: Vec::new(),
                })
                .collect(),
            items: Vec::new(),
            photos: FxHashMap::default(),
            by_digest: std::sync::OnceLock::new(),
            digests: std::sync::OnceLock::new(),
            list: std::sync::OnceLock::new(),
        }
    }

    /// The hashes of the words the check reads in `text`.
    fn read_in(check: &LeakCheck, text: &str) -> FxHashSet<u64> {
        let mut read = FxHashSet::default();
        let live = check.matcher.live(|_| true);
        check.matcher.find_all_noting(
            text,
            &live,
            |_| {},
            |w| {
                read.insert(w);
            },
        );
        read
    }

    /// The words of `text`, as a site's record holds them after reading it.
    fn words_read(check: &LeakCheck, text: &str) -> Packed<u32> {
        words(&read_in(check, text), None)
    }

    #[test]
    fn a_new_needle_whose_words_a_site_holds_makes_its_files_read() {
        let before = check(&["chez Marie", "zqold"]);
        let now = check(&["chez Marie", "zqold", "stage chez Marie", "zqnew 1796"]);
        let site = "<p>Un stage chez Marie.</p>";
        let words = words_read(&before, site);
        let recorded = Before::new(&patterns(&before));
        let needles_then = needles(&before, &[true, true]);
        // Only « zqnew 1796 » is new evidence: « zqnew » is in no file.
        assert!(now.new_needles_absent(
            &[true, true, false, true],
            &recorded,
            &needles_then,
            &words
        ));
        // « stage chez Marie » is new evidence, and each of its words is there.
        assert!(!now.new_needles_absent(
            &[true, true, true, false],
            &recorded,
            &needles_then,
            &words
        ));
        // A needle that was not evidence in the site then is new there now.
        let needles_then = needles(&before, &[false, true]);
        // Bits over another list of needles are not trusted.
        let other = Needles {
            of: now.pattern_list().to_string(),
            bits: needles_then.bits.clone(),
        };
        assert!(!now.new_needles_absent(&[false, false, false, false], &recorded, &other, &words));
        assert!(!now.new_needles_absent(
            &[true, false, false, false],
            &recorded,
            &needles_then,
            &words
        ));
        // Needles that stop being evidence make nothing read.
        assert!(now.new_needles_absent(
            &[false, false, false, false],
            &recorded,
            &needles_then,
            &words
        ));
    }

    #[test]
    fn words_of_files_not_read_again_stay_in_the_record() {
        let c = check(&["x"]);
        let first = words_read(&c, "alpha beta");
        let both = words(&read_in(&c, "gamma"), Some(&first));
        assert_eq!(both.0.len(), 3);
        assert!(first.0.iter().all(|w| both.0.contains(w)));
    }
}
