//! Learner Markdown: rendered to sanitized HTML, summarised for cards and meta
//! tags, cut into the fragments the leak check looks for. Nothing may panic, and
//! no script may come out of the sanitizer.

#![no_main]

use carnet::audience::evidence::fragments;
use carnet::render::markdown;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let html = markdown::to_html(&text);
    assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
    let summary = markdown::summary(&text, 160);
    assert!(summary.chars().count() <= 161, "{summary}");
    for f in fragments(&text) {
        assert!(!f.is_empty());
    }
});
