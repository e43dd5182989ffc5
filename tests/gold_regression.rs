//! Regression floors for the default pack on the human-annotated development sets. The sets are
//! research data that the project does not ship: the test reads them from ../shared/gold when
//! present and says it skipped otherwise; under CI (env `CI` set) a missing gold file fails.
//!
//! The floors are the figures measured when the pack was last tuned (see the README's evaluation
//! table), less a small margin: a change that loses precision or recall fails here. They are not
//! the targets, most of which the pack does not reach yet.

mod common;

use serde_json::Value;
use std::process::Command;

fn eval(file: &str) -> Option<Value> {
    let path = common::shared_or_skip(
        &format!("../shared/gold/{file}"),
        "gold sets are not shipped with slant",
    )?;
    let out = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(["eval", "--gold", path.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

fn f(v: &Value, path: &[&str]) -> f64 {
    let mut x = v;
    for p in path {
        x = &x[*p];
    }
    x.as_f64()
        .unwrap_or_else(|| panic!("no figure at {path:?}"))
}

fn floor(name: &str, got: f64, min: f64) {
    eprintln!("{name}: {got:.4} (floor {min})");
    assert!(
        got >= min,
        "{name} dropped to {got:.4}, below its floor {min}"
    );
}

#[test]
fn babe_loaded_words() {
    let Some(v) = eval("babe-dev.jsonl") else {
        return;
    };
    floor(
        "BABE loaded token F1",
        f(&v, &["labels", "loaded", "token", "f1"]),
        0.42,
    );
    floor(
        "BABE loaded token precision",
        f(&v, &["labels", "loaded", "token", "precision"]),
        0.57,
    );
    floor("BABE document F1", f(&v, &["documents", "f1"]), 0.64);
}

/// Per-article and outlet validity of the headline rate (`loaded_per_1k`), and a BASIL run that
/// reads every article of `basil-dev.jsonl` (a panic on one of them fails here).
#[test]
fn basil_and_babe_document_validity() {
    let rate = |v: &Value, label: &str, figure: &str| {
        f(
            v,
            &[
                "documents_validity",
                "all",
                "labels",
                label,
                "loaded_per_1k",
                figure,
            ],
        )
    };
    if let Some(v) = eval("basil-dev.jsonl") {
        floor("BASIL loaded_per_1k rho", rate(&v, "loaded", "rho"), 0.27);
        floor(
            "BASIL loaded_per_1k pairs ordered",
            rate(&v, "loaded", "pairs_ordered"),
            0.50,
        );
    }
    if let Some(v) = eval("babe-dev.jsonl") {
        floor(
            "BABE outlet rho (share of biased sentences)",
            rate(&v, "doc_label:biased", "rho_outlets"),
            0.9,
        );
    }
}

#[test]
fn ptc_loaded_language() {
    let Some(v) = eval("ptc-dev.jsonl") else {
        return;
    };
    floor(
        "PTC loaded token F1",
        f(&v, &["labels", "loaded", "token", "f1"]),
        0.14,
    );
}

#[test]
fn polnear_attribution() {
    let Some(v) = eval("polnear-dev.jsonl") else {
        return;
    };
    floor(
        "PolNeAR sentence F1",
        f(&v, &["attribution", "sentence", "f1"]),
        0.85,
    );
    floor(
        "PolNeAR sentence precision",
        f(&v, &["attribution", "sentence", "precision"]),
        0.89,
    );
    floor(
        "PolNeAR cue token F1",
        f(&v, &["attribution", "cue", "f1"]),
        0.54,
    );
    floor(
        "PolNeAR sources of found cues F1",
        f(&v, &["attribution", "sources", "f1"]),
        0.85,
    );
    let cc = &v["claim_classes"]["overall"];
    floor("PolNeAR claim-class accuracy", f(cc, &["accuracy"]), 0.68);
    floor(
        "PolNeAR attributed sentences (cue or content) F1",
        f(cc, &["attributed_sentences", "content", "f1"]),
        0.86,
    );
    floor(
        "PolNeAR named-claim F1",
        f(cc, &["classes", "named", "f1"]),
        0.77,
    );
    floor(
        "PolNeAR anonymous-claim F1",
        f(cc, &["classes", "anonymous", "f1"]),
        0.29,
    );
    let by = v["attribution_by_outlet"].as_object().unwrap();
    assert_eq!(by.len(), 7, "seven publishers");
    for (outlet, m) in by {
        floor(
            &format!("PolNeAR {outlet} sentence F1"),
            f(m, &["sentence", "f1"]),
            0.80,
        );
    }
}
