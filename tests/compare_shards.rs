//! Scale-out: per-article summaries scored in shards (separate processes) and merged by
//! `compare --from-summaries` give byte for byte the result of one run over everything.

mod common;

use std::process::Command;

fn slant(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "slant {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn shards_merge_to_the_single_run() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("shards");
    std::fs::create_dir_all(&dir).unwrap();
    let files = [
        "fixtures/anadolu-nato-asia.txt",
        "fixtures/wikinews-north-korea.txt",
        "fixtures/kremlin-xi-call.txt",
        "fixtures/white-house-nord-stream.txt",
        "fixtures/ukraine-kharkiv.txt",
    ];
    let mut single_args = vec!["compare", "--format", "json", "--bootstrap", "300"];
    single_args.extend(files);
    let single = slant(&single_args);

    // Two shards, given to the merge in the opposite order.
    let a = dir.join("a.jsonl");
    let b = dir.join("b.jsonl");
    let mut args_a = vec![
        "score",
        "--by",
        "article",
        "--format",
        "jsonl",
        "--quiet",
        "--threads",
        "1",
        "--out",
        a.to_str().unwrap(),
    ];
    args_a.extend(&files[..2]);
    slant(&args_a);
    let mut args_b = vec![
        "score",
        "--by",
        "article",
        "--format",
        "jsonl",
        "--quiet",
        "--threads",
        "2",
        "--out",
        b.to_str().unwrap(),
    ];
    args_b.extend(&files[2..]);
    slant(&args_b);
    let merged = slant(&[
        "compare",
        "--from-summaries",
        b.to_str().unwrap(),
        a.to_str().unwrap(),
        "--format",
        "json",
        "--bootstrap",
        "300",
    ]);
    assert_eq!(
        String::from_utf8(single).unwrap(),
        String::from_utf8(merged).unwrap()
    );
}

#[test]
fn output_is_identical_across_thread_counts() {
    let one = slant(&["score", "fixtures", "--threads", "1", "--quiet"]);
    let two = slant(&["score", "fixtures", "--threads", "2", "--quiet"]);
    let four = slant(&["score", "fixtures", "--threads", "4", "--quiet"]);
    assert!(one.len() > 1000);
    assert_eq!(one, two);
    assert_eq!(one, four);
    if common::shared_or_skip("../shared/corpus", "the corpus is not shipped with slant").is_some()
    {
        let one = slant(&[
            "score",
            "../shared/corpus",
            "--threads",
            "1",
            "--quiet",
            "--by",
            "article",
        ]);
        let two = slant(&[
            "score",
            "../shared/corpus",
            "--threads",
            "2",
            "--quiet",
            "--by",
            "article",
        ]);
        assert_eq!(one, two);
    }
}

/// The same articles get the same intervals whatever the grouping calls them: the eight articles
/// of `tests/data/paired.jsonl` form one group under `--group-by folder` ("tests/data") and one
/// under `--group-by doc_kind` ("news"). The bootstrap stream was seeded from the group's name,
/// so the two intervals differed.
#[test]
fn intervals_do_not_depend_on_the_group_label() {
    let rates = |by: &str| {
        let out = slant(&[
            "compare",
            "tests/data/paired.jsonl",
            "--group-by",
            by,
            "--min-articles",
            "1",
            "--min-words",
            "1",
            "--min-claims",
            "1",
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let groups = v["groups"].as_array().unwrap().clone();
        assert_eq!(groups.len(), 1, "{by}: {groups:?}");
        assert_eq!(groups[0]["articles"], 8);
        groups[0]["rates"].clone()
    };
    let (folder, kind) = (rates("folder"), rates("doc_kind"));
    let narration = &folder["loaded_per_1k_narration"];
    assert_ne!(narration["lo"], narration["hi"], "{narration}");
    assert_eq!(folder, kind);
}
