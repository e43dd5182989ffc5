//! The serde output of [`EvalReport`] is what `slant eval --format json` printed when it built
//! its object by hand with `json!`: same keys, same order, same rounding, byte for byte.

use super::*;
use serde_json::{json, Value};
use std::path::PathBuf;

/// The object the report printed before it was a Serialize struct (a copy of the old
/// `EvalReport::to_json`, kept as the reference).
fn reference_json(r: &EvalReport) -> Value {
    let label = |v: &LabelReport| json!({"exact": v.exact.measure(), "token": v.token.measure()});
    let labels: serde_json::Map<String, Value> = r
        .labels
        .iter()
        .map(|(k, v)| (k.clone(), label(v)))
        .collect();
    let by_outlet: serde_json::Map<String, Value> = r
        .labels_by_outlet
        .iter()
        .map(|(o, ls)| {
            let inner: serde_json::Map<String, Value> =
                ls.iter().map(|(k, v)| (k.clone(), label(v))).collect();
            (o.clone(), Value::Object(inner))
        })
        .collect();
    let hits = |m: &BTreeMap<String, Hits>| -> serde_json::Map<String, Value> {
        m.iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    json!({"tp": v.tp, "fp": v.fp, "precision": round4(v.precision())}),
                )
            })
            .collect()
    };
    let mut obj = json!({
        "docs": r.docs,
        "labels": labels,
        "labels_by_outlet": by_outlet,
        "categories": hits(&r.categories),
        "documents": r.documents.measure(),
        "rules": hits(&r.rules),
        "false_positives": r.false_positives.iter().map(|e| json!({
            "term": e.term, "count": e.count, "rule": e.rule, "doc": e.doc, "context": e.context,
        })).collect::<Vec<_>>(),
        "false_negatives": r.false_negatives.iter().map(|e| json!({
            "term": e.term, "count": e.count, "rule": e.rule, "doc": e.doc, "context": e.context,
        })).collect::<Vec<_>>(),
    });
    if let Some(a) = &r.attribution {
        obj["attribution"] = json!({
            "sentence": a.sentence.measure(),
            "cue": a.cue.measure(),
            "cue_spans": a.cue_spans.measure(),
            "sources": a.sources.measure(),
        });
        let by: serde_json::Map<String, Value> = r
            .attribution_by_outlet
            .iter()
            .flatten()
            .map(|(o, a)| {
                (
                    o.clone(),
                    json!({
                        "sentence": a.sentence.measure(),
                        "cue": a.cue.measure(),
                        "sources": a.sources.measure(),
                    }),
                )
            })
            .collect();
        obj["attribution_by_outlet"] = Value::Object(by);
    }
    obj
}

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn engine(small_rules: bool) -> Engine {
    let set = if small_rules {
        crate::rules::RuleSet::from_files(&[data("rules-small.toml")], false)
    } else {
        crate::rules::RuleSet::from_files(&[], true)
    };
    Engine::new(set.expect("rules load"))
}

fn report(engine: &Engine, gold: &str, voice: Option<Voice>) -> EvalReport {
    let mut reporter = crate::report::Collect::default();
    let mut tally = crate::report::Tally::new(&mut reporter);
    let opts = EvalOptions {
        labels: LabelMap::default_for(engine),
        voice,
        top: 15,
    };
    let paths = [data(gold)];
    let r = evaluate(engine, &opts, gold::read_files(&paths, &mut tally));
    assert_eq!(tally.finish().failed, 0);
    r
}

#[test]
fn serde_output_is_the_old_json_object_byte_for_byte() {
    for small in [true, false] {
        let e = engine(small);
        for gold in ["gold-small.jsonl", "gold-sources.jsonl"] {
            for voice in [None, Some(Voice::Narration)] {
                let r = report(&e, gold, voice);
                // The claim classes and the documents' validity are new: everything else is as
                // it was.
                let mut ours = serde_json::to_value(&r).unwrap();
                if let Some(o) = ours.as_object_mut() {
                    o.remove("claim_classes");
                    o.remove("documents_validity");
                }
                let ours = serde_json::to_string_pretty(&ours).unwrap();
                let theirs = serde_json::to_string_pretty(&reference_json(&r)).unwrap();
                assert_eq!(ours, theirs, "{gold}, small rules {small}, {voice:?}");
            }
        }
    }
}

#[test]
fn json_keys_are_the_documented_ones() {
    let keys = |v: &Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    let r = report(&engine(true), "gold-sources.jsonl", None);
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(
        keys(&v),
        [
            "attribution",
            "attribution_by_outlet",
            "categories",
            "claim_classes",
            "docs",
            "documents",
            "false_negatives",
            "false_positives",
            "labels",
            "labels_by_outlet",
            "rules",
        ]
    );
    let measure = ["f1", "fn", "fp", "precision", "recall", "tp"];
    assert_eq!(keys(&v["documents"]), measure);
    assert_eq!(
        keys(&v["attribution"]),
        ["cue", "cue_spans", "sentence", "sources"]
    );
    let (_, outlet) = v["attribution_by_outlet"]
        .as_object()
        .unwrap()
        .iter()
        .next()
        .unwrap();
    assert_eq!(keys(outlet), ["cue", "sentence", "sources"]);
    assert_eq!(keys(&outlet["cue"]), measure);

    assert_eq!(
        keys(&v["claim_classes"]),
        ["by_outlet", "halves", "overall"]
    );
    assert_eq!(
        keys(&v["claim_classes"]["overall"]),
        [
            "accuracy",
            "attributed_sentences",
            "classes",
            "confusion",
            "sentences"
        ]
    );
    assert_eq!(
        keys(&v["claim_classes"]["overall"]["attributed_sentences"]),
        ["content", "content_baseline", "cue", "cue_baseline"]
    );

    // Without attributions in the gold, the attribution keys are left out.
    let v = serde_json::to_value(EvalReport::default()).unwrap();
    assert!(v.get("attribution").is_none() && v.get("attribution_by_outlet").is_none());
    assert!(v.get("claim_classes").is_none());

    let r = report(&engine(true), "gold-small.jsonl", None);
    let v = serde_json::to_value(&r).unwrap();
    let (_, label) = v["labels"].as_object().unwrap().iter().next().unwrap();
    assert_eq!(keys(label), ["exact", "token"]);
    assert_eq!(keys(&label["exact"]), measure);
    let (_, rule) = v["rules"].as_object().unwrap().iter().next().unwrap();
    assert_eq!(keys(rule), ["fp", "precision", "tp"]);
    let (_, cat) = v["categories"].as_object().unwrap().iter().next().unwrap();
    assert_eq!(keys(cat), ["fp", "precision", "tp"]);
    let example = &v["false_positives"][0];
    assert_eq!(keys(example), ["context", "count", "doc", "rule", "term"]);

    // The gold has spans and document labels: the documents' validity is there.
    let dv = &v["documents_validity"];
    assert_eq!(keys(dv), ["all", "chance", "half_a", "half_b", "split"]);
    assert_eq!(keys(&dv["all"]), ["docs", "events", "labels", "outlets"]);
    assert_eq!(
        keys(&dv["all"]["labels"]),
        [validity::DOC_LABEL_BIASED, "loaded"]
    );
    assert_eq!(
        keys(&dv["all"]["labels"]["loaded"]),
        [
            "framing_score",
            "loaded_per_1k",
            "loaded_per_1k_narration",
            "words"
        ]
    );
    assert_eq!(
        keys(&dv["all"]["labels"]["loaded"]["loaded_per_1k"]),
        [
            "docs",
            "events",
            "outlets",
            "pairs",
            "pairs_ordered",
            "rho",
            "rho_outlets",
            "tau"
        ]
    );
    assert_eq!(dv["chance"]["pairs_ordered"], 0.5);
}

#[test]
fn bad_gold_files_and_lines_are_failed_inputs() {
    let dir = std::env::temp_dir().join(format!("slant-gold-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"a\",\"text\":\"x\"}\nnot json\n{\"id\":\"b\",\"text\":\"y\"}\n",
    )
    .unwrap();
    let missing = dir.join("missing.jsonl");
    let mut reporter = crate::report::Collect::default();
    let mut tally = crate::report::Tally::new(&mut reporter);
    let paths = [missing.clone(), bad.clone()];
    let ids: Vec<String> = gold::read_files(&paths, &mut tally).map(|d| d.id).collect();
    let run = tally.finish();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!((run.scored, run.failed), (2, 2));
    assert_eq!(reporter.lines.len(), 2);
    assert!(
        reporter.lines[0].starts_with(&format!("error: {}: ", missing.display())),
        "{:?}",
        reporter.lines
    );
    assert!(
        reporter.lines[1].starts_with(&format!("error: {}:2: invalid gold record", bad.display())),
        "{:?}",
        reporter.lines
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
