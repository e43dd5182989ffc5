//! Reader and segmenter: arbitrary bytes as a file and as a JSONL line, scored end to end.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::input::{decode, Document};
use slant::rules::RuleSet;
use slant::Engine;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(RuleSet::default_rules()))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = decode(data, false) {
        let s = engine().score(Document::new("fuzz", d.text));
        for m in &s.matches {
            assert!(s.article.text.is_char_boundary(m.span.start));
            assert!(s.article.text.is_char_boundary(m.span.end));
        }
        let _ = slant::output::html::render_article(engine(), &s);
    }
});
