//! The README's examples hold: every ```toml block in README.md is a rule file that
//! `slant rules check` accepts (no errors; its examples match, its counterexamples do not), and
//! the shard recipe under "Past one machine" runs as written and merges to what one run gives.

use std::process::Command;

/// The contents of every fenced block opened with ```toml, with the line it starts on.
fn toml_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in markdown.lines().enumerate() {
        match &mut current {
            None if line.trim_end() == "```toml" => current = Some((i + 2, String::new())),
            None => {}
            Some(_) if line.trim_end() == "```" => blocks.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    assert!(
        current.is_none(),
        "README.md: a ```toml block is not closed"
    );
    blocks
}

#[test]
fn every_toml_block_of_the_readme_passes_rules_check() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let blocks = toml_blocks(&readme);
    assert!(!blocks.is_empty(), "no ```toml block in README.md");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme");
    std::fs::create_dir_all(&dir).unwrap();
    for (line, text) in blocks {
        let file = dir.join(format!("readme-line-{line}.toml"));
        std::fs::write(&file, text).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_slant"))
            .args(["rules", "check"])
            .arg(&file)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README.md's toml block at line {line} fails `slant rules check`:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn blocks_are_found_with_their_lines() {
    let md = "x\n```toml\na = 1\n```\n```sh\nno\n```\n```toml\nb = 2\nc = 3\n```\n";
    assert_eq!(
        toml_blocks(md),
        [
            (3, "a = 1\n".to_string()),
            (9, "b = 2\nc = 3\n".to_string())
        ]
    );
}

/// The first ```sh block after the line containing `marker`.
fn sh_block_after(markdown: &str, marker: &str) -> String {
    let mut lines = markdown.lines().skip_while(|l| !l.contains(marker));
    assert!(lines.next().is_some(), "README.md has no `{marker}`");
    let mut lines = lines.skip_while(|l| l.trim_end() != "```sh").skip(1);
    let mut block = String::new();
    for line in lines.by_ref() {
        if line.trim_end() == "```" {
            return block;
        }
        block.push_str(line);
        block.push('\n');
    }
    panic!("README.md: the ```sh block after `{marker}` is not closed");
}

/// The README's shard recipe, run twice as written in a folder holding `articles.jsonl` (the
/// second run must not pick up the first run's summaries as shards), gives the same comparison as
/// one run over the whole file. Needs GNU parallel (CI installs it; elsewhere the test says
/// SKIPPED without it, and fails under `CI`).
#[test]
fn the_shard_recipe_runs_as_written() {
    let have_parallel = Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_parallel {
        assert!(
            std::env::var_os("CI").is_none(),
            "GNU parallel is missing under CI"
        );
        eprintln!("SKIPPED: GNU parallel is not installed");
        return;
    }
    let readme = std::fs::read_to_string("README.md").unwrap();
    let recipe = sh_block_after(&readme, "Past one machine");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("shard-recipe");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // Articles: the fixtures' paragraphs, eight to an article, under three outlets.
    let mut jsonl = String::new();
    let mut n = 0;
    for name in [
        "anadolu-nato-asia.txt",
        "kremlin-xi-call.txt",
        "ukraine-kharkiv.txt",
        "white-house-nord-stream.txt",
        "wikinews-north-korea.txt",
    ] {
        let text = std::fs::read_to_string(format!("fixtures/{name}")).unwrap();
        let paras: Vec<&str> = text.split("\n\n").filter(|p| !p.contains("---")).collect();
        for chunk in paras.chunks(8) {
            let outlet = ["A", "B", "C"][n % 3];
            let record = serde_json::json!({"id": format!("a{n:02}"), "outlet": outlet, "text": chunk.join("\n\n")});
            jsonl.push_str(&record.to_string());
            jsonl.push('\n');
            n += 1;
        }
    }
    assert!(n >= 8, "{n} articles");
    std::fs::write(dir.join("articles.jsonl"), jsonl).unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_slant"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for run in 1..=2 {
        let out = Command::new("bash")
            .args(["-euo", "pipefail", "-c", &recipe])
            .current_dir(&dir)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "run {run} of the README's shard recipe failed:\n{recipe}\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(dir.join("report.html").exists());
    }
    let compare = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_slant"))
            .arg("compare")
            .args(args)
            .args(["--format", "csv"])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let shards: Vec<String> = (0..8)
        .map(|i| format!("shard-{i:02}.summary.jsonl"))
        .collect();
    let mut args = vec!["--from-summaries"];
    args.extend(shards.iter().map(String::as_str));
    let merged = compare(&args);
    assert_eq!(merged, compare(&["articles.jsonl"]));
    assert!(merged.lines().count() >= 3, "{merged}");
}
