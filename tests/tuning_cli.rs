//! `slant eval`, `rules suggest` and `rules diff` on a small gold file whose figures were worked
//! out by hand (tests/data/gold-small.jsonl), with the fixed rules of tests/data/rules-small.toml:
//! - g1 "The regime slammed the sham vote as a grotesque farce." gold loaded: regime, sham,
//!   grotesque. The rules find regime (label), slammed (loaded cue), sham and farce (loaded):
//!   exact tp 2, fp 2, fn 1. Its sentence has a cue ("slammed") but no gold attribution: one
//!   sentence false positive and one cue-token false positive.
//! - g2 "Officials said the talks failed. The weather was fine." gold cue "said": one sentence and
//!   one cue token right; the second sentence is a true negative.
//! - g3 non-biased, no loaded term: a true negative document; g1 biased with loaded narration: tp.

use serde_json::Value;
use std::process::Command;

const GOLD: &str = "tests/data/gold-small.jsonl";
/// A fixed rule set, so the figures do not move when the default pack is tuned.
const RULES: &str = "tests/data/rules-small.toml";

fn slant(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `slant eval --format json` on `gold` with only the rule file `rules` (and `extra` options),
/// which must succeed.
fn eval_json(gold: &str, rules: &str, extra: &[&str]) -> Value {
    let mut args = vec!["eval", "--gold", gold, "--format", "json"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--no-default-rules", "--rules", rules]);
    let (code, out, err) = slant(&args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn m(v: &Value, path: &[&str]) -> (u64, u64, u64) {
    let mut x = v;
    for p in path {
        x = &x[*p];
    }
    (
        x["tp"].as_u64().unwrap(),
        x["fp"].as_u64().unwrap(),
        x["fn"].as_u64().unwrap(),
    )
}

#[test]
fn eval_json_has_the_documented_shape_and_hand_checked_figures() {
    let v = eval_json(GOLD, RULES, &[]);
    assert_eq!(m(&v, &["labels", "loaded", "exact"]), (2, 2, 1));
    assert_eq!(m(&v, &["labels", "loaded", "token"]), (2, 2, 1));
    let exact = &v["labels"]["loaded"]["exact"];
    assert_eq!(exact["precision"], 0.5);
    assert_eq!(exact["recall"], 0.6667);
    assert_eq!(exact["f1"], 0.5714);
    // No gold name_calling spans at all: not reported.
    assert!(v["labels"].get("name_calling").is_none());
    assert_eq!(m(&v, &["documents"]), (1, 0, 0));
    assert_eq!(m(&v, &["attribution", "sentence"]), (1, 1, 0));
    assert_eq!(m(&v, &["attribution", "cue"]), (1, 1, 0));
    // "said" overlaps the gold cue; "slammed" (g1, no gold attribution) overlaps none.
    assert_eq!(m(&v, &["attribution", "cue_spans"]), (1, 1, 0));
    assert_eq!(v["rules"]["label.regime"]["tp"], 1);
    // Counted once, though its category maps to two gold labels (loaded and name_calling).
    assert_eq!(v["rules"]["label.regime"]["fp"], 0);
    assert_eq!(v["rules"]["loaded.scheme"]["tp"], 1);
    assert_eq!(v["rules"]["loaded.scheme"]["fp"], 1);
    assert_eq!(v["rules"]["verb.slam"]["fp"], 1);
    let fns: Vec<&str> = v["false_negatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["term"].as_str().unwrap())
        .collect();
    assert_eq!(fns, vec!["grotesque"]);
}

#[test]
fn eval_map_option_changes_what_counts() {
    // Only the `loaded` category: regime (label) and slammed (loaded cue) no longer count.
    let v = eval_json(GOLD, RULES, &["--map", "loaded=loaded"]);
    assert_eq!(m(&v, &["labels", "loaded", "exact"]), (1, 1, 2));
    let (code, _, err) = slant(&[
        "eval",
        "--gold",
        GOLD,
        "--map",
        "loaded=nonesuch",
        "--no-default-rules",
        "--rules",
        RULES,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown category `nonesuch`"), "{err}");
}

#[test]
fn suggest_mines_the_uncovered_span_as_valid_toml() {
    let (code, out, err) = slant(&[
        "rules",
        "suggest",
        "--gold",
        GOLD,
        "--min-count",
        "1",
        "--no-default-rules",
        "--rules",
        RULES,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"grotesque\","), "{out}");
    assert!(
        out.contains("annotated 1 of 1 occurrences, precision 1.00"),
        "{out}"
    );
    // What it prints loads as a rule file and then covers the span.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join("suggested.toml");
    // The suggestion layered on the small rule set, as one file.
    let base = std::fs::read_to_string(RULES).unwrap();
    std::fs::write(&file, format!("{base}\n{out}")).unwrap();
    let v = eval_json(GOLD, file.to_str().unwrap(), &[]);
    assert_eq!(m(&v, &["labels", "loaded", "exact"]), (3, 2, 0));

    // rules diff shows the gained match and the F1 change.
    let (code, diff, err) = slant(&[
        "rules",
        "diff",
        "--no-default-rules",
        RULES,
        file.to_str().unwrap(),
        "tests/data/diff-article.txt",
        "--gold",
        GOLD,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(diff.contains("1 match(es) gained, 0 lost"), "{diff}");
    assert!(diff.contains("grotesque"), "{diff}");
    let row: Vec<&str> = diff
        .lines()
        .find(|l| l.starts_with("loaded (exact)"))
        .expect("an exact-span row")
        .split_whitespace()
        .collect();
    // P 0.5 -> 0.6, R 2/3 -> 1, F1 4/7 -> 0.75.
    assert_eq!(
        row[2..],
        ["0.500", "0.600", "0.667", "1.000", "0.571", "0.750", "+0.179"],
        "{diff}"
    );
}

/// Sources of found cues, on tests/data/gold-sources.jsonl (worked out by hand, rules as above):
/// - s1 "Officials said …": slant's source "Officials" overlaps the gold source: tp.
/// - s2 "…, said the man in the blue coat.": slant names nobody (a lower-case phrase after the
///   cue), gold has "the man in the blue coat": fn.
/// - s3 "…, Smith said.": the gold relation has no source (written so for the test), slant says
///   Smith: fp.
/// - s4 "Lee said …": the gold source is put elsewhere ("The result", written so for the test),
///   slant says Lee: fp and fn.
/// - s5 "Nobody answered …": the rules have no cue "answered", so the relation is not counted.
#[test]
fn eval_counts_the_sources_of_found_cues() {
    let v = eval_json("tests/data/gold-sources.jsonl", RULES, &[]);
    assert_eq!(m(&v, &["attribution", "sources"]), (1, 2, 2));
    assert_eq!(m(&v, &["attribution_by_outlet", "A", "sources"]), (1, 2, 2));
}

/// The keys of a JSON object, sorted (a parsed `Value` keeps no order).
fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

/// `names` sorted, to compare with [`keys`].
fn sorted<'a>(names: &[&'a str]) -> Vec<&'a str> {
    let mut v = names.to_vec();
    v.sort_unstable();
    v
}

/// The keys of the top-level object of pretty-printed JSON, in the order written.
fn top_keys(pretty: &str) -> Vec<&str> {
    pretty
        .lines()
        .filter_map(|l| l.strip_prefix("  \""))
        .filter_map(|l| l.split_once("\": ").map(|(k, _)| k))
        .collect()
}

#[test]
fn rules_diff_json_is_the_diff_struct() {
    let args = |format: &str| {
        slant(&[
            "rules",
            "diff",
            "--no-default-rules",
            RULES,
            "tests/data/rules-small-more.toml",
            "tests/data/diff-article.txt",
            "tests/data/two.jsonl",
            "--gold",
            GOLD,
            "--format",
            format,
        ])
    };
    let (code, out, err) = args("json");
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        top_keys(&out),
        [
            "articles",
            "gained",
            "lost",
            "categories",
            "score_changes",
            "outlets",
            "gold"
        ]
    );
    assert_eq!(v["articles"], 3);
    let gained = v["gained"].as_array().unwrap();
    assert_eq!(
        keys(&gained[0]),
        sorted(&[
            "article",
            "paragraph",
            "term",
            "rule",
            "category",
            "voice",
            "sentence"
        ])
    );
    // "grotesque" is gained in the article; "sham" lost in both JSONL records.
    let terms = |list: &Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|c| c["term"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(terms(&v["gained"]), ["grotesque"]);
    assert_eq!(terms(&v["lost"]), ["sham", "sham"]);
    assert_eq!(
        keys(&v["categories"][0]),
        sorted(&["category", "old", "new"])
    );
    assert_eq!(
        keys(&v["score_changes"][0]),
        sorted(&["article", "old", "new"])
    );
    assert_eq!(
        keys(&v["outlets"][0]),
        sorted(&["outlet", "articles", "old", "new"])
    );
    let gold = &v["gold"][0];
    assert_eq!(keys(gold), sorted(&["measure", "old", "new"]));
    assert_eq!(
        keys(&gold["old"]),
        sorted(&["f1", "fn", "fp", "precision", "recall", "tp"])
    );

    // The text says the same.
    let (code, text, err) = args("text");
    assert_eq!(code, 0, "{err}");
    assert!(
        text.starts_with("rules diff over 3 article(s): 1 match(es) gained, 2 lost\n"),
        "{text}"
    );
}

#[test]
fn rules_diff_skips_a_binary_file_in_a_folder_with_a_warning() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff-binary");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/data/diff-article.txt", dir.join("a.txt")).unwrap();
    std::fs::write(dir.join("b.txt"), b"GIF89a\0\0\x01binary").unwrap();
    let (code, out, err) = slant(&[
        "rules",
        "diff",
        "--no-default-rules",
        RULES,
        RULES,
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("rules diff over 1 article(s)"), "{out}");
    assert!(
        err.starts_with("warning: ") && err.contains("b.txt"),
        "{err}"
    );
    assert!(!err.contains("error"), "{err}");

    // Unreadable inputs are errors: exit 1.
    let missing = dir.join("missing.txt");
    let (code, _, err) = slant(&[
        "rules",
        "diff",
        "--no-default-rules",
        RULES,
        RULES,
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn suggest_json_is_the_suggestions_struct() {
    let base = [
        "rules",
        "suggest",
        "--gold",
        GOLD,
        "--min-count",
        "1",
        "--no-default-rules",
        "--rules",
        RULES,
    ];
    let mut args = base.to_vec();
    args.extend_from_slice(&["--format", "json"]);
    let (code, out, err) = slant(&args);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        top_keys(&out),
        [
            "label",
            "category",
            "files",
            "thresholds",
            "candidates",
            "rules"
        ]
    );
    assert_eq!(v["label"], "loaded");
    // The review of existing rules: each with its precision and proposed weight.
    let r = &v["rules"];
    assert_eq!(
        keys(r),
        sorted(&["categories", "matches", "annotated", "precision", "rules"])
    );
    let first = &r["rules"][0];
    assert_eq!(
        keys(first),
        sorted(&[
            "rule",
            "matches",
            "annotated",
            "precision",
            "weight",
            "proposed_weight",
            "action"
        ])
    );
    let actions: Vec<&str> = r["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["action"].as_str().unwrap())
        .collect();
    assert!(
        actions
            .iter()
            .all(|a| ["remove", "lower", "raise", "keep"].contains(a)),
        "{actions:?}"
    );
    assert_eq!(v["files"][0], GOLD);
    assert_eq!(
        keys(&v["thresholds"]),
        sorted(&["min_count", "min_precision", "top", "max_words"])
    );
    let c = &v["candidates"][0];
    assert_eq!(
        keys(c),
        sorted(&["term", "annotated", "occurrences", "precision"])
    );
    assert_eq!(c["term"], "grotesque");
    assert_eq!(
        (&c["annotated"], &c["occurrences"], &c["precision"]),
        (&Value::from(1), &Value::from(1), &Value::from(1.0))
    );

    // A gold file that cannot be read is a failed input: exit 1, the rest still mined.
    let mut args = base.to_vec();
    args.extend_from_slice(&["--gold", "tests/data/missing.jsonl", "--format", "toml"]);
    let (code, out, err) = slant(&args);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.starts_with("error: tests/data/missing.jsonl: "),
        "{err}"
    );
    assert!(out.contains("\"grotesque\","), "{out}");
}
