//! Finding many whole-word strings in a text at once. Every string looked for
//! starts and ends with a letter or digit, and is found only where it touches no
//! letter or digit on either side: it is a sequence of words (runs of letters and
//! digits) and the separators between them. The strings are kept in a trie of
//! words; the text is read word by word, and from each word that starts a string
//! the trie is walked along the following words for as long as they match, so
//! every occurrence is found, nested and overlapping ones included.
//!
//! A search only looks for the strings it is told are *live* ([`Live`]): for one
//! site, those that would be evidence there. A word that starts no live string
//! costs one hash and one bit test; most words of a page are such words.

use std::hash::Hasher;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};

/// The strings looked for, as a trie of words.
#[derive(Debug, Default)]
pub(super) struct Matcher {
    texts: Vec<String>,
    /// (node, hash of the next token: separator and word) → child node.
    edges: FxHashMap<(u32, u64), u32>,
    /// For each node (0 is the root), the strings that end there.
    ends: Vec<Vec<u32>>,
    /// For each node, its parent (the root is its own).
    parent: Vec<u32>,
    /// For each string, the node where it ends (`None` for one never found) and
    /// the hash of its first word.
    path: Vec<Option<(u32, u64)>>,
}

/// The hashes of the tokens of `text` as the trie keys them: its first word, then
/// each separator with the word after it; `None` for a string that does not start
/// and end with a letter or digit (it is never found).
fn tokens(text: &str) -> Option<Vec<u64>> {
    let (first_start, first_end) = next_word(text, 0)?;
    if first_start != 0 {
        return None;
    }
    let mut tokens = vec![token_hash(&text[..first_end])];
    let mut previous_end = first_end;
    while let Some((_, end)) = next_word(text, previous_end) {
        tokens.push(token_hash(&text[previous_end..end]));
        previous_end = end;
    }
    (previous_end == text.len()).then_some(tokens)
}

/// Which strings a search looks for: the trie nodes that lead to one of them, and
/// a bit per value of the low bits of their first words' hashes.
#[derive(Debug)]
pub(super) struct Live {
    nodes: Vec<bool>,
    first: Vec<u64>,
}

/// Bits of the first-word filter.
const FILTER_BITS: u64 = 1 << 16;

impl Live {
    fn has_first(&self, hash: u64) -> bool {
        let bit = hash % FILTER_BITS;
        self.first[(bit / 64) as usize] & (1 << (bit % 64)) != 0
    }
}

impl Matcher {
    /// A matcher for `texts`; each must start and end with a letter or digit
    /// (others are never found).
    pub(super) fn new(texts: Vec<String>) -> Matcher {
        // The strings' tokens, hashed on all cores, then put in the trie in order.
        let tokens: Vec<Option<Vec<u64>>> = texts.par_iter().map(|t| tokens(t)).collect();
        let count = tokens.iter().flatten().map(Vec::len).sum();
        let mut m = Matcher {
            ends: Vec::with_capacity(count + 1),
            parent: Vec::with_capacity(count + 1),
            edges: FxHashMap::with_capacity_and_hasher(count, Default::default()),
            ..Matcher::default()
        };
        m.ends.push(Vec::new());
        m.parent.push(0);
        for (id, tokens) in tokens.iter().enumerate() {
            let path = tokens.as_deref().map(|t| m.insert(t, id));
            m.path.push(path);
        }
        m.texts = texts;
        m
    }

    /// Adds the string `id`, of `tokens` (see [`tokens`]), to the trie: the node
    /// where it ends and the hash of its first word.
    fn insert(&mut self, tokens: &[u64], id: usize) -> (u32, u64) {
        let mut node = 0;
        for &hash in tokens {
            node = self.child(node, hash);
        }
        self.ends[node as usize].push(u32::try_from(id).unwrap_or(u32::MAX));
        (node, tokens[0])
    }

    /// The child of `node` along the token of hash `hash`, made if needed.
    fn child(&mut self, node: u32, hash: u64) -> u32 {
        let next = u32::try_from(self.ends.len()).unwrap_or(u32::MAX);
        let child = *self.edges.entry((node, hash)).or_insert(next);
        if child == next {
            self.ends.push(Vec::new());
            self.parent.push(node);
        }
        child
    }

    /// The string of pattern `id`.
    pub(super) fn text(&self, id: usize) -> &str {
        &self.texts[id]
    }

    /// The hash of each word of string `id` (as [`Matcher::find_all_noting`] gives it); `None` for a string that is
    /// never found (one that does not start and end with a letter or digit). A text
    /// holds the string whole-word only if it holds each of these words as words.
    pub(super) fn words_of(&self, id: usize) -> Option<impl Iterator<Item = u64> + '_> {
        self.path[id]?;
        let text = &self.texts[id];
        let mut at = 0;
        Some(std::iter::from_fn(move || {
            let (start, end) = next_word(text, at)?;
            at = end;
            Some(token_hash(&text[start..end]))
        }))
    }

    /// A search for the strings `id` for which `live(id)` holds.
    pub(super) fn live(&self, live: impl Fn(usize) -> bool) -> Live {
        let mut l = Live {
            nodes: vec![false; self.ends.len()],
            first: vec![0; (FILTER_BITS / 64) as usize],
        };
        for (id, path) in self.path.iter().enumerate() {
            let Some((end, first_hash)) = *path else {
                continue;
            };
            if !live(id) {
                continue;
            }
            let bit = first_hash % FILTER_BITS;
            l.first[(bit / 64) as usize] |= 1 << (bit % 64);
            let mut node = end;
            while node != 0 && !l.nodes[node as usize] {
                l.nodes[node as usize] = true;
                node = self.parent[node as usize];
            }
        }
        l
    }

    /// Calls `found` with the id of every string found whole-word in `hay`, once per
    /// occurrence (strings that are not live may be reported too).
    pub(super) fn find_all(&self, hay: &str, live: &Live, found: impl FnMut(usize)) {
        self.find_all_noting(hay, live, found, |_| {});
    }

    /// [`Matcher::find_all`], calling `word` with the hash of each word of
    /// `hay` on the way.
    pub(super) fn find_all_noting(
        &self,
        hay: &str,
        live: &Live,
        mut found: impl FnMut(usize),
        mut word: impl FnMut(u64),
    ) {
        let mut at = 0;
        while let Some((start, end)) = next_word(hay, at) {
            at = end;
            let hash = token_hash(&hay[start..end]);
            word(hash);
            if !live.has_first(hash) {
                continue;
            }
            let mut node = 0u32;
            let mut hash = hash;
            let mut previous_end = end;
            loop {
                match self.edges.get(&(node, hash)) {
                    Some(&child) if live.nodes[child as usize] => node = child,
                    _ => break,
                }
                for &id in &self.ends[node as usize] {
                    // The hashes are checked against the text itself.
                    if hay[start..previous_end] == *self.texts[id as usize] {
                        found(id as usize);
                    }
                }
                let Some((_, next_end)) = next_word(hay, previous_end) else {
                    break;
                };
                hash = token_hash(&hay[previous_end..next_end]);
                previous_end = next_end;
            }
        }
    }
}

/// The hash of a token (a word, with the separator before it).
fn token_hash(token: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(token.as_bytes());
    h.finish()
}

/// ASCII letters and digits.
const fn ascii_word_table() -> [bool; 128] {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
}

static ASCII_WORD: [bool; 128] = ascii_word_table();

/// Whether the character at byte `i` of `text` (a character boundary) is a
/// letter or digit, and its length in bytes. ASCII and the accented Latin letters
/// of U+00C0–U+024F (French text) are told without the Unicode tables.
#[inline(always)]
fn class_at(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (ASCII_WORD[usize::from(b)], 1);
    }
    if (0xC2..=0xC9).contains(&b) {
        if let Some(&next) = bytes.get(i + 1) {
            let c = (u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F);
            let word = if c < 0xC0 {
                // Latin-1 punctuation and signs (« » · ° non-breaking space...),
                // but for the few letters and digits among them.
                matches!(c, 0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE)
            } else {
                c != 0xD7 && c != 0xF7
            };
            return (word, 2);
        }
    }
    if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
        // U+2000–U+203F, general punctuation (’ “ ” … – —): no letter or digit.
        return (false, 3);
    }
    text[i..]
        .chars()
        .next()
        .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
}

/// The first word (run of letters and digits) of `text` at or after byte `from`,
/// as a byte range.
#[inline]
pub(super) fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    let len = text.len();
    let mut i = from;
    while i < len {
        let (word, n) = class_at(text, i);
        if word {
            break;
        }
        i += n;
    }
    if i >= len {
        return None;
    }
    let start = i;
    while i < len {
        let (word, n) = class_at(text, i);
        if !word {
            break;
        }
        i += n;
    }
    Some((start, i))
}

/// The words of `text`, as byte ranges.
#[cfg(test)]
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (s, e) = next_word(text, at)?;
        at = e;
        Some((s, e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(m: &Matcher, hay: &str) -> Vec<String> {
        let mut out = Vec::new();
        let live = m.live(|_| true);
        m.find_all(hay, &live, |id| out.push(m.text(id).to_string()));
        out
    }

    #[test]
    fn finds_whole_words_nested_and_overlapping() {
        let m = Matcher::new(
            [
                "Stage chez Marie",
                "chez Marie",
                "Marie",
                "cafe",
                "été 2021",
            ]
            .map(String::from)
            .to_vec(),
        );
        assert_eq!(
            found(&m, "<h1>Mon Stage chez Marie</h1>"),
            ["Stage chez Marie", "chez Marie", "Marie"]
        );
        assert!(found(&m, "photos/1fcafe2.jpg Maries Stage chez Mariette").is_empty());
        assert_eq!(found(&m, "«été 2021»"), ["été 2021"]);
        assert_eq!(found(&m, "cafe"), ["cafe"]);
    }

    #[test]
    fn only_live_strings_are_looked_for() {
        let m = Matcher::new(["chez Marie", "chez Marius"].map(String::from).to_vec());
        let live = m.live(|id| id == 1);
        let mut out = Vec::new();
        m.find_all("chez Marie, chez Marius", &live, |id| out.push(id));
        assert_eq!(out, [1]);
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let text = "a-b  été_2021 ×÷ Œuvre «ǅ» 日本 ’";
        let w: Vec<&str> = words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(w, ["a", "b", "été", "2021", "Œuvre", "ǅ", "日本"]);
        // The fast paths agree with the Unicode tables.
        for c in ('\u{80}'..='\u{27F}').chain('\u{2000}'..='\u{203F}') {
            let s = c.to_string();
            assert_eq!(class_at(&s, 0).0, c.is_alphanumeric(), "{c:?}");
        }
    }
}
