//! What Markdown gave before: an experience's text is shown by several sites (its
//! learner's, the referent's, the group's, the public one) and on several pages of
//! each (its page, cards, feeds), and `carnet serve` renders every site again after
//! each save. Its HTML and summary are worked out once per text and kept for the
//! process, keyed by the blake3 of the text and of what was asked of it: the value
//! is a function of the key alone, so a site gets from here only what it would
//! have made from a text it holds.

use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;

use crate::journal::Language;

/// What is worked out of a text.
#[derive(Debug, Clone, Copy)]
pub(super) enum Work {
    /// Its sanitized HTML, for a site in this language.
    Html(Language),
    /// Its summary, at most this many characters.
    Summary(usize),
}

impl Work {
    fn tag(self) -> [u8; 9] {
        let (kind, value) = match self {
            Work::Html(Language::Fr) => (0, 0),
            Work::Html(Language::En) => (0, 1),
            Work::Summary(max) => (1, max as u64),
        };
        let mut tag = [kind; 9];
        tag[1..].copy_from_slice(&value.to_le_bytes());
        tag
    }
}

/// The most text kept (keys' texts are not kept, only their digests): past it, the
/// memo starts again empty.
const MAX_BYTES: usize = 64 << 20;

#[derive(Default)]
struct Memo {
    values: FxHashMap<[u8; 32], Arc<str>>,
    bytes: usize,
}

fn memo() -> &'static Mutex<Memo> {
    static MEMO: OnceLock<Mutex<Memo>> = OnceLock::new();
    MEMO.get_or_init(Default::default)
}

/// `work` of `text`, as `make` makes it: made once per text and kind of work.
pub(super) fn worked_out(work: Work, text: &str, make: impl FnOnce() -> String) -> String {
    let mut key = blake3::Hasher::new();
    key.update(&work.tag());
    key.update(text.as_bytes());
    let key = *key.finalize().as_bytes();
    if let Some(value) = memo().lock().ok().and_then(|m| m.values.get(&key).cloned()) {
        return value.to_string();
    }
    let value = make();
    if let Ok(mut memo) = memo().lock() {
        if memo.bytes + value.len() > MAX_BYTES {
            *memo = Memo::default();
        }
        memo.bytes += value.len();
        memo.values.insert(key, Arc::from(value.as_str()));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_work_is_kept_apart() {
        let text = "Le memo, à part : « essai ».";
        let html = worked_out(Work::Html(Language::Fr), text, || "fr".into());
        assert_eq!(html, "fr");
        assert_eq!(
            worked_out(Work::Html(Language::Fr), text, || unreachable!()),
            "fr"
        );
        assert_eq!(
            worked_out(Work::Html(Language::En), text, || "en".into()),
            "en"
        );
        assert_eq!(worked_out(Work::Summary(160), text, || "160".into()), "160");
        assert_eq!(worked_out(Work::Summary(200), text, || "200".into()), "200");
        assert_eq!(
            worked_out(Work::Html(Language::Fr), "autre", || "autre".into()),
            "autre"
        );
    }
}
