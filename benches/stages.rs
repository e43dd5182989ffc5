//! Per-stage benchmarks (divan): reading, segmentation, matching, attribution, metrics, writing,
//! each in MB/s of article text, so a regression shows in the stage where it happened.
//! The input is the fixtures repeated to about 2 MB: real news text with curly quotes and
//! non-ASCII names. Run with `cargo bench`.

use slant::input::{decode, Document};
use slant::rules::RuleSet;
use slant::Engine;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(RuleSet::default_rules()))
}

/// About 2 MB of articles built from the fixtures.
fn docs() -> &'static Vec<Document> {
    static D: OnceLock<Vec<Document>> = OnceLock::new();
    D.get_or_init(|| {
        let mut texts = Vec::new();
        for entry in std::fs::read_dir("fixtures").unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(p).unwrap());
            }
        }
        texts.sort();
        let mut out = Vec::new();
        let mut size = 0;
        let mut i = 0;
        while size < 2_000_000 {
            let t = &texts[i % texts.len()];
            size += t.len();
            out.push(Document::new(format!("d{i}"), t.clone()));
            i += 1;
        }
        out
    })
}

fn bytes() -> u64 {
    docs().iter().map(|d| d.text.len() as u64).sum()
}

#[divan::bench]
fn compile_default_rules() -> Engine {
    Engine::new(RuleSet::default_rules())
}

#[divan::bench]
fn read_decode(b: divan::Bencher) {
    let raw: Vec<Vec<u8>> = docs().iter().map(|d| d.text.as_bytes().to_vec()).collect();
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            raw.iter()
                .map(|r| decode(r, false).unwrap().text.len())
                .sum::<usize>()
        });
}

/// Reading a JSONL stream: lines, UTF-8, JSON records, and the text checks (language, layout).
#[divan::bench]
fn read_jsonl(b: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("docs.jsonl");
    let mut jsonl = String::new();
    for d in docs() {
        jsonl.push_str(&serde_json::json!({"id": d.id, "text": d.text}).to_string());
        jsonl.push('\n');
    }
    std::fs::write(&path, jsonl).unwrap();
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            slant::input::Inputs::new(std::slice::from_ref(&path), Default::default())
                .map(|d| {
                    let mut d = d.unwrap();
                    d.run_checks();
                    d.text.len() + d.warnings.len()
                })
                .sum::<usize>()
        });
}

#[divan::bench]
fn segment(b: divan::Bencher) {
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            docs()
                .iter()
                .map(|d| engine().segment(d.clone()).paragraphs.len())
                .sum::<usize>()
        });
}

#[divan::bench]
fn matching(b: divan::Bencher) {
    let articles: Vec<_> = docs().iter().map(|d| engine().segment(d.clone())).collect();
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            articles
                .iter()
                .map(|a| engine().find_matches(a).len())
                .sum::<usize>()
        });
}

/// Articles segmented and matched, with their claims, ready for later stages.
type Prepared = (
    slant::article::Article,
    Vec<slant::matching::Match>,
    Vec<slant::attribution::Claim>,
);

fn prepared() -> Vec<Prepared> {
    let e = engine();
    docs()
        .iter()
        .map(|d| {
            let a = e.segment(d.clone());
            let m = e.find_matches(&a);
            let c = slant::attribution::attribute(&a, &m, &e.rules, &e.registry);
            (a, m, c)
        })
        .collect()
}

#[divan::bench]
fn attribution(b: divan::Bencher) {
    let e = engine();
    let prepared = prepared();
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            prepared
                .iter()
                .map(|(a, m, _)| slant::attribution::attribute(a, m, &e.rules, &e.registry).len())
                .sum::<usize>()
        });
}

#[divan::bench]
fn metrics(b: divan::Bencher) {
    let e = engine();
    let prepared = prepared();
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            prepared
                .iter()
                .map(|(a, m, c)| slant::metrics::measure(a, m, c, &e.rules).0.len())
                .sum::<usize>()
        });
}

#[divan::bench]
fn write_csv(b: divan::Bencher) {
    let rows: Vec<_> = docs()
        .iter()
        .flat_map(|d| engine().score(d.clone()).paragraphs)
        .collect();
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            let mut buf = Vec::with_capacity(4 << 20);
            let mut w = slant::output::CsvWriter::new(&mut buf, true);
            w.header(&slant::output::rows::columns(
                slant::output::View::Paragraphs,
            ))
            .unwrap();
            for r in &rows {
                let mut row = slant::output::Row::default();
                slant::output::rows::paragraph_row(r, &mut row);
                w.row(&row).unwrap();
            }
            w.flush().unwrap();
            drop(w);
            buf.len()
        });
}

#[divan::bench]
fn score_end_to_end(b: divan::Bencher) {
    b.counter(divan::counter::BytesCount::new(bytes()))
        .bench(|| {
            docs()
                .iter()
                .map(|d| engine().score(d.clone()).paragraphs.len())
                .sum::<usize>()
        });
}
