//! The claims of each fixture article, one record per claim (paragraph, class, source, source
//! kind, cue, direct quote, the step that decided the source, text), kept as insta snapshots in
//! `tests/snapshots/`. A change in attribution shows up as a reviewable diff
//! (`cargo insta review`, or `INSTA_UPDATE=always cargo test --test attribution_snapshots`).

use slant::input::Document;
use slant::rules::RuleSet;
use slant::Engine;
use std::fmt::Write;

fn claims_record(engine: &Engine, path: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let s = engine.score(Document::new(path, text));
    let a = &s.article;
    let mut out = String::new();
    for c in &s.claims {
        let para = &a.paragraphs[c.paragraph];
        let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
        writeln!(out, "- paragraph: {} ({})", para.number, para.kind.name()).unwrap();
        writeln!(out, "  class: {}", c.class.name()).unwrap();
        writeln!(
            out,
            "  source: {}",
            opt(c.source.as_ref().map(|s| s.name.clone()))
        )
        .unwrap();
        writeln!(
            out,
            "  source_kind: {}",
            opt(c.source.as_ref().map(|s| s.kind.to_string()))
        )
        .unwrap();
        writeln!(
            out,
            "  cue: {}",
            opt(c.cue.as_ref().map(|c| c.text.clone()))
        )
        .unwrap();
        writeln!(out, "  direct_quote: {}", c.direct_quote).unwrap();
        writeln!(out, "  step: {}", opt(c.step.map(|s| s.to_string()))).unwrap();
        writeln!(out, "  text: {}", a.text[c.span.clone()].replace('\n', " ")).unwrap();
    }
    out
}

#[test]
fn fixture_claims() {
    let engine = Engine::new(RuleSet::default_rules());
    let mut paths: Vec<String> = std::fs::read_dir("fixtures")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    paths.sort();
    assert!(paths.len() >= 5);
    for path in paths {
        let name = std::path::Path::new(&path)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        insta::assert_snapshot!(name, claims_record(&engine, &path));
    }
}
