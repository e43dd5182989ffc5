//! Faults and hostile conditions: closed pipes, interrupted runs, symlink loops, huge paragraphs.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_slant"))
}

fn tmp(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn closed_pipe_ends_quietly_with_success() {
    let mut args = vec!["score".to_string(), "--quiet".into()];
    for _ in 0..300 {
        args.push("fixtures/anadolu-nato-asia.txt".into());
    }
    let mut child = bin()
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head -c 100`
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "status {:?}, stderr {stderr}",
        out.status
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("error"),
        "{stderr}"
    );
    assert!(first.starts_with(b"article_id,"));
}

#[test]
fn interrupted_run_leaves_no_partial_output() {
    let dir = tmp("atomic");
    let dest = dir.join("metrics.csv");
    std::fs::write(&dest, "old complete output\n").unwrap();
    // Reads stdin forever: killed while running.
    let mut child = bin()
        .args(["score", "-", "--quiet", "--out", dest.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        std::fs::read_to_string(&dest).unwrap(),
        "old complete output\n"
    );
    // A completed run replaces the file; no temporary file is left behind in either case.
    let st = bin()
        .args([
            "score",
            "fixtures/anadolu-nato-asia.txt",
            "--quiet",
            "--out",
            dest.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(st.success());
    assert!(std::fs::read_to_string(&dest)
        .unwrap()
        .starts_with("article_id,"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "metrics.csv")
        .collect();
    // The killed run's temporary file may remain (it was never renamed), but never under the
    // destination's name; the completed run leaves none of its own.
    assert!(
        leftovers
            .iter()
            .all(|n| n.starts_with(".metrics.csv.slant-tmp-")),
        "{leftovers:?}"
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_does_not_hang() {
    let dir = tmp("loop");
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(
        dir.join("a/story.txt"),
        "Headline here\n\nThe regime said so.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("..", dir.join("a/up")).unwrap();
    let out = bin()
        .args(["score", dir.to_str().unwrap(), "--by", "article"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("symbolic link loop"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
}

/// Scores one paragraph of `sentence` repeated to about `bytes`; returns the article summary and
/// the number of repeats.
fn score_repeated(name: &str, sentence: &str, bytes: usize) -> (serde_json::Value, u64) {
    let dir = tmp(name);
    let path = dir.join(format!("{name}.txt"));
    let n = bytes / sentence.len();
    std::fs::write(&path, sentence.repeat(n)).unwrap();
    let out = bin()
        .args([
            "score",
            path.to_str().unwrap(),
            "--by",
            "article",
            "--format",
            "jsonl",
            "--quiet",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    (serde_json::from_slice(&out.stdout).unwrap(), n as u64)
}

#[test]
fn huge_paragraph_without_blank_lines_is_scored() {
    let (v, n) = score_repeated(
        "huge",
        "The regime said the “vassal forces” of Erdoğan’s rivals were sinister, officials said. ",
        20_000_000,
    );
    assert_eq!(v["paragraphs"], 1);
    assert_eq!(v["sentences"], n);
    assert_eq!(v["loaded_quoted"], n);
    // regime (label) and sinister (loaded) in narration.
    assert_eq!(v["loaded_narration"], 2 * n);
}

#[test]
fn many_unless_phrases_in_one_paragraph_stay_linear() {
    // Every sentence holds a vetoed "sanctions regime" and a counted "regime": with a veto check
    // that compared every match with every veto this took minutes.
    let (v, n) = score_repeated(
        "veto",
        "The EU sanctions regime was extended, and the regime said so. ",
        5_000_000,
    );
    assert_eq!(v["loaded_narration"], n);
}
