//! Property tests: no input, article or rule file, makes slant panic, and what it returns is
//! well-formed (spans on character boundaries, in order, inside their paragraphs).

use proptest::prelude::*;
use slant::input::Document;
use slant::rules::{RuleSet, RuleSource};
use slant::Engine;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(RuleSet::default_rules()))
}

/// Text made of pieces that matter to the segmenter and matcher, mixed with arbitrary chars.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("''".to_string()),
        Just("``".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("U.S. ".to_string()),
        Just("Mr. ".to_string()),
        Just("said ".to_string()),
        Just("according to ".to_string()),
        Just("vassal forces ".to_string()),
        Just("hegemonic ".to_string()),
        Just("so-called ".to_string()),
        Just("he added".to_string()),
        Just("Kim ".to_string()),
        Just("Erdoğan ".to_string()),
        Just("title: x\n---\n".to_string()),
        Just("By Staff\n\n".to_string()),
        Just("You may also like".to_string()),
        Just(": ".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r\n".to_string()),
        Just("…".to_string()),
        Just("—".to_string()),
        "\\PC{0,12}",
        "[a-zA-Z ]{0,20}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check_well_formed(text: String) {
    let s = engine().score(Document::new("p", text));
    let a = &s.article;
    let mut last_end = 0;
    for p in &a.paragraphs {
        assert!(a.text.is_char_boundary(p.span.start) && a.text.is_char_boundary(p.span.end));
        assert!(p.span.start >= last_end || p.kind == slant::article::ParagraphKind::Headline);
        last_end = p.span.end;
        for s in &p.sentences {
            assert!(s.start >= p.span.start && s.end <= p.span.end && s.start <= s.end);
            assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end));
        }
        for q in &p.quotes {
            assert!(q.start >= p.span.start && q.end <= p.span.end && q.start < q.end);
        }
    }
    let mut prev = 0;
    for m in &s.matches {
        assert!(m.span.start >= prev, "matches overlap or are out of order");
        assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
        prev = m.span.end;
    }
    for c in &s.claims {
        let p = &a.paragraphs[c.paragraph];
        assert!(c.span.start >= p.span.start && c.span.end <= p.span.end);
    }
    assert_eq!(
        s.paragraphs.iter().map(|r| r.words).sum::<usize>(),
        s.summary.words
    );
    for r in &s.paragraphs {
        assert!(r.framing_score.is_finite() && r.quoted_words <= r.words);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn articles_never_panic_and_are_well_formed(text in newsy()) {
        check_well_formed(text);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        check_well_formed(text);
    }

    #[test]
    fn arbitrary_bytes_decode_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(d) = slant::input::decode(&bytes, false) {
            check_well_formed(d.text);
        }
    }

    #[test]
    fn mutated_rule_files_never_panic(pos in 0usize..4000, len in 0usize..6, junk in "\\PC{0,6}") {
        let base = slant::rules::DEFAULT_PACKS[1].1;
        let mut text = base.to_string();
        let start = slant::text::floor_char_boundary(&text, pos.min(text.len()));
        let end = slant::text::floor_char_boundary(&text, (start + len).min(text.len()));
        text.replace_range(start..end, &junk);
        let mut sources = vec![RuleSource::new("<default>/default.toml", slant::rules::DEFAULT_PACKS[0].1)];
        sources.push(RuleSource::new("mutated.toml", text));
        match RuleSet::load(&sources) {
            Ok(set) => {
                let e = Engine::new(set);
                let _ = e.score(Document::new("x", "The regime said “vassal forces” were sinister."));
            }
            Err(err) => {
                for d in &err.diagnostics {
                    let _ = d.render();
                    prop_assert!(d.line_col().is_some() || d.file.is_none());
                }
            }
        }
    }

    #[test]
    fn random_terms_match_safely(terms in prop::collection::vec("\\PC{1,8}\\*?", 1..8), text in newsy()) {
        let list: Vec<String> = terms.iter().map(|t| serde_json::to_string(t).unwrap()).collect();
        let toml = format!("[[category]]\nid = \"c\"\nrole = \"loaded\"\n[[rule]]\nid = \"r\"\ncategory = \"c\"\nterms = [{}]\n", list.join(", "));
        if let Ok(set) = RuleSet::load(&[RuleSource::new("t.toml", toml)]) {
            let e = Engine::new(set);
            let s = e.score(Document::new("x", text));
            for m in &s.matches {
                prop_assert!(s.article.text.is_char_boundary(m.span.start) && s.article.text.is_char_boundary(m.span.end));
            }
        }
    }
}
