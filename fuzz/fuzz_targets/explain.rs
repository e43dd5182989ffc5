//! `explain` on arbitrary text: every match's context is bounded, holds its mark on char
//! boundaries, and the text view is free of raw control characters.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::commands::explain::{explain_matches, explain_scores, ExplainOptions};
use slant::input::{decode, Document};
use slant::metrics::{CONTEXT_SIDE_CHARS, CONTEXT_WHOLE_CHARS};
use slant::rules::RuleSet;
use slant::Engine;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(RuleSet::default_rules()))
}

fuzz_target!(|data: &[u8]| {
    let Ok(d) = decode(data, false) else { return };
    let s = engine().score(Document::new("fuzz", d.text));
    let opts = ExplainOptions::default();
    for m in explain_matches(engine(), &s, &opts) {
        let chars = m.sentence.chars().count();
        let term = m.term.chars().count();
        assert!(chars <= CONTEXT_WHOLE_CHARS.max(2 * CONTEXT_SIDE_CHARS + term + 2));
        assert!(m.mark.start <= m.mark.end && m.mark.end <= m.sentence.len());
        assert!(m.sentence.is_char_boundary(m.mark.start));
        assert!(m.sentence.is_char_boundary(m.mark.end));
    }
    let _ = explain_scores(engine(), &s);
    let shown = slant::text::printable(&s.article.text);
    assert!(!shown.contains(['\x1b', '\u{9b}', '\u{202e}']));
});
