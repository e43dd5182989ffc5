//! Faults and hostile conditions: closed pipes, interrupted runs, symlink loops, huge paragraphs,
//! `--out` onto links, devices, FIFOs and files with narrow permissions.

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

#[test]
fn many_titles_in_one_article_stay_linear() {
    // Each "The Minister said" looked for the names written after "minister" in all the text
    // before it: about two seconds for 400 KB, minutes for a few MB.
    let (v, n) = score_repeated(
        "titles",
        "The Minister said the plan failed.\n\nThe minister met a minister today.\n\n",
        3_000_000,
    );
    assert_eq!(v["sentences"], 2 * n);
    // With a holder named before each: "The Minister" and "the minister" ask who held the office
    // before them, once per phrase (four seconds at 2 MB when each walked every mention).
    let (v, n) = score_repeated(
        "holders",
        "Interior Minister Elena Vargas spoke. The Minister said the plan failed. The minister left.\n\n",
        3_000_000,
    );
    assert_eq!(v["sentences"], 3 * n);
}

/// Runs `slant score fixtures/anadolu-nato-asia.txt --out DEST`.
fn score_to(dest: &Path) -> std::process::Output {
    bin()
        .args([
            "score",
            "fixtures/anadolu-nato-asia.txt",
            "--quiet",
            "--out",
        ])
        .arg(dest)
        .output()
        .unwrap()
}

/// Names in `dir` other than `keep`.
fn others(dir: &Path, keep: &[&str]) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !keep.contains(&n.as_str()))
        .collect()
}

#[cfg(unix)]
#[test]
fn out_through_a_symlink_replaces_the_target_and_keeps_the_link() {
    let dir = tmp("atomic-link");
    std::fs::write(dir.join("real.csv"), "old\n").unwrap();
    std::os::unix::fs::symlink("real.csv", dir.join("link.csv")).unwrap();
    let out = score_to(&dir.join("link.csv"));
    assert!(out.status.success(), "{out:?}");
    let link = std::fs::symlink_metadata(dir.join("link.csv")).unwrap();
    assert!(link.file_type().is_symlink(), "the link was replaced");
    assert!(std::fs::read_to_string(dir.join("real.csv"))
        .unwrap()
        .starts_with("article_id,"));
    assert_eq!(
        others(&dir, &["real.csv", "link.csv"]),
        Vec::<String>::new()
    );
}

#[cfg(unix)]
#[test]
fn out_keeps_an_existing_files_permissions_and_a_new_file_gets_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tmp("atomic-mode");
    let dest = dir.join("private.csv");
    std::fs::write(&dest, "old\n").unwrap();
    std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(score_to(&dest).status.success());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode(&dest), 0o600);
    std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert!(score_to(&dest).status.success());
    assert_eq!(mode(&dest), 0o640);
    // A new file: what File::create gives under this process's umask (not the temp's 0600).
    let plain = dir.join("plain");
    std::fs::File::create(&plain).unwrap();
    let fresh = dir.join("fresh.csv");
    assert!(score_to(&fresh).status.success());
    assert_eq!(mode(&fresh), mode(&plain));
}

/// Makes a special file with the system's `mknod`/`mkfifo`; false when that is not allowed here.
#[cfg(unix)]
fn make_special(args: &[&str]) -> bool {
    Command::new(args[0])
        .args(&args[1..])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(unix)]
#[test]
fn out_to_a_character_device_writes_to_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tmp("atomic-dev");
    let null = dir.join("null");
    // The same device as /dev/null (1, 3), made here so a failing run cannot replace the real one.
    if !make_special(&["mknod", null.to_str().unwrap(), "c", "1", "3"]) {
        if std::env::var_os("CI").is_some() {
            panic!("mknod is required in CI (runs as root)");
        }
        eprintln!("SKIPPED: cannot mknod here (not root?)");
        return;
    }
    let out = score_to(&null);
    assert!(out.status.success(), "{out:?}");
    let m = std::fs::symlink_metadata(&null).unwrap();
    assert!(
        m.file_type().is_char_device(),
        "the device was replaced by a regular file"
    );
    assert_eq!(others(&dir, &["null"]), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn out_to_a_fifo_writes_into_the_pipe() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tmp("atomic-fifo");
    let fifo = dir.join("pipe");
    assert!(make_special(&["mkfifo", fifo.to_str().unwrap()]));
    let mut reader = Command::new("cat")
        .arg(&fifo)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let out = score_to(&fifo);
    let still_fifo = std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo();
    if !still_fifo {
        // cat is still waiting for a writer that will never come.
        reader.kill().unwrap();
    }
    let got = reader.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(still_fifo, "the FIFO was replaced by a regular file");
    assert!(String::from_utf8_lossy(&got.stdout).starts_with("article_id,"));
    assert_eq!(others(&dir, &["pipe"]), Vec::<String>::new());
}

#[test]
fn failed_out_leaves_no_temporary_file() {
    // The destination is a directory: the run fails and nothing is left beside it.
    let dir = tmp("atomic-fail");
    std::fs::create_dir(dir.join("taken.csv")).unwrap();
    let out = score_to(&dir.join("taken.csv"));
    assert!(!out.status.success());
    assert_eq!(others(&dir, &["taken.csv"]), Vec::<String>::new());
    assert_eq!(
        std::fs::read_dir(dir.join("taken.csv")).unwrap().count(),
        0,
        "the directory was written into"
    );
}

/// Waits for `child` at most `secs` seconds; kills it and fails when it takes longer.
fn wait_or_kill(mut child: std::process::Child, secs: u64) -> std::process::Output {
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed().as_secs() >= secs {
            child.kill().unwrap();
            panic!("still running after {secs} s (hung)");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn fifo_in_a_walked_folder_is_skipped_not_read() {
    let dir = tmp("walk-fifo");
    std::fs::write(
        dir.join("good.txt"),
        "Headline here\n\nThe regime said so.\n",
    )
    .unwrap();
    assert!(make_special(&[
        "mkfifo",
        dir.join("pipe.txt").to_str().unwrap()
    ]));
    let child = bin()
        .args(["score", dir.to_str().unwrap(), "--by", "article"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_or_kill(child, 30);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let expected = format!(
        "warning: {}/pipe.txt: not a regular file (a FIFO); skipped",
        dir.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.contains("1 scored, 1 skipped, 0 failed"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[cfg(unix)]
#[test]
fn two_links_to_one_folder_walk_it_once() {
    let dir = tmp("walk-twice");
    std::fs::create_dir_all(dir.join("real")).unwrap();
    std::fs::write(
        dir.join("real/a.txt"),
        "Headline here\n\nThe regime said so.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("real", dir.join("via")).unwrap();
    let out = bin()
        .args(["score", dir.to_str().unwrap(), "--by", "article"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("{}/via: directory already visited", dir.display())),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

/// Runs slant with `args` (stdout and stderr read while it runs), killed (and failed) after
/// `secs` seconds.
fn run_within(args: &[&str], secs: u64) -> std::process::Output {
    let child = bin()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait_with_output()));
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("slant {args:?} still running after {secs} s");
        }
    }
}

/// Issue #20 item 5: a match's context is a window of its sentence, so a file that is one huge
/// sentence of matches gives output linear in its size (it was matches × sentence length: a
/// 380 KB file printed 7.6 GB).
#[test]
fn explain_context_is_bounded_in_one_huge_sentence() {
    let dir = tmp("explain-window");
    let path = dir.join("rep.txt");
    let unit = "“ regime ” ‘ ";
    let n = 150_000 / unit.len();
    std::fs::write(&path, format!("Head\n\n{}", unit.repeat(n))).unwrap();
    let p = path.to_str().unwrap();
    for format in ["text", "jsonl"] {
        let out = run_within(&["explain", p, "-q", "--format", format], 120);
        assert!(out.status.success(), "{:?}", out.status);
        let per_match = out.stdout.len() / n;
        assert!(per_match < 2_500, "{format}: {per_match} bytes per match");
    }
    // Every match is gained (old: no rules; new: the default rule files), each with context.
    let empty = dir.join("empty.toml");
    std::fs::write(&empty, "").unwrap();
    let e = empty.to_str().unwrap();
    let args = [
        "rules",
        "diff",
        e,
        "rules",
        p,
        "--no-default-rules",
        "--format",
        "json",
    ];
    let out = run_within(&args, 120);
    assert!(out.status.success(), "{:?}", out.status);
    assert!(out.stdout.len() / n < 2_500, "{} bytes", out.stdout.len());
}

/// Issue #20 item 5: explain is linear in paragraphs (80,000 short ones took 66 s).
#[test]
fn explain_is_linear_in_paragraphs() {
    let dir = tmp("explain-paras");
    let path = dir.join("paras.txt");
    let body: Vec<String> = (0..80_000)
        .map(|i| format!("The regime spoke {i}."))
        .collect();
    std::fs::write(&path, format!("Head\n\n{}", body.join("\n\n"))).unwrap();
    let p = path.to_str().unwrap();
    let out = run_within(&["explain", p, "-q", "--format", "jsonl"], 60);
    assert!(out.status.success(), "{:?}", out.status);
    let lines = String::from_utf8_lossy(&out.stdout).lines().count();
    // A match and a paragraph line per body paragraph, and the headline's paragraph line.
    assert_eq!(lines, 2 * 80_000 + 1);
    let out = run_within(&["explain", p, "-q"], 60);
    assert!(out.status.success(), "{:?}", out.status);
}

/// Issue #20 item 8: numeric options have bounds checked at the command line: a clear usage error
/// (exit 2), no panic, no allocation failure, no minutes-long run.
#[test]
fn numeric_options_out_of_range_are_usage_errors() {
    let f = "fixtures/anadolu-nato-asia.txt";
    let cases: &[&[&str]] = &[
        &["compare", f, "--bootstrap", "18446744073709551615"],
        &["compare", f, "--bootstrap", "1000000000000"],
        &["compare", f, "--threads", "20000"],
        &["compare", f, "--top", "99999999999"],
        &["score", f, "--threads", "20000"],
        &["sources", f, "--threads=-1"],
        &[
            "rules",
            "diff",
            "rules",
            "rules",
            f,
            "--limit",
            "99999999999",
        ],
        &["eval", "--gold", f, "--top", "99999999999"],
    ];
    for args in cases {
        let out = run_within(args, 30);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("is not in")
                || stderr.contains("invalid digit")
                || stderr.contains("too large"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// Issue #20 item 9: loading many rules is linear (100,000 one-term rules took 83 s: a scan per
/// rule id).
#[test]
fn many_rules_load_in_linear_time() {
    let dir = tmp("many-rules");
    let mut toml = String::new();
    for i in 0..100_000 {
        toml.push_str(&format!(
            "[[rule]]\nid = \"r{i}\"\ncategory = \"loaded\"\nterms = [\"zzterm{i}\"]\n"
        ));
    }
    let rules = dir.join("many.toml");
    std::fs::write(&rules, toml).unwrap();
    let r = rules.to_str().unwrap();
    let out = run_within(
        &[
            "score",
            "-q",
            "--rules",
            r,
            "fixtures/anadolu-nato-asia.txt",
        ],
        60,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Issue #20 item 9: a deep folder walk is linear in depth (depth 800 took 5 s, 3,000 over a
/// minute: `canonicalize` at every level).
#[test]
fn deep_folder_walk_is_fast() {
    let dir = tmp("deep-walk");
    let mut path = dir.clone();
    for _ in 0..1500 {
        path.push("d");
    }
    std::fs::create_dir_all(&path).unwrap();
    std::fs::write(path.join("a.txt"), "Head\n\nThe regime said so.\n").unwrap();
    let out = run_within(
        &["score", "-q", "--by", "article", dir.to_str().unwrap()],
        30,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

/// Issue #20 item 6: a huge sparse file met in a walk is found binary from its first block and
/// skipped, not read whole first (a 3 GB one took 3.1 GB of memory); a link to /dev/zero in a
/// walked folder is skipped, not read forever.
#[cfg(unix)]
#[test]
fn huge_sparse_file_and_dev_zero_link_are_skipped_quickly() {
    let dir = tmp("walk-sparse");
    std::fs::write(dir.join("good.txt"), "Head\n\nThe regime said so.\n").unwrap();
    let f = std::fs::File::create(dir.join("sparse.txt")).unwrap();
    f.set_len(3 << 30).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.txt")).unwrap();
    let out = run_within(&["score", "--by", "article", dir.to_str().unwrap()], 20);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("sparse.txt: binary file (NUL byte at offset 0)"),
        "{stderr}"
    );
    assert!(stderr.contains("zero.txt: not a regular file"), "{stderr}");
    assert!(stderr.contains("1 scored, 2 skipped, 0 failed"), "{stderr}");
}

/// Issue #20 item 7: --max-article-bytes bounds one JSONL record too; the next record is read.
#[test]
fn overlong_jsonl_record_fails_alone() {
    let dir = tmp("jsonl-limit");
    let path = dir.join("a.jsonl");
    let big = "x".repeat(5000);
    std::fs::write(
        &path,
        format!("{{\"text\":\"{big}\"}}\n{{\"text\":\"Head\\n\\nThe regime said so.\"}}\n"),
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let out = run_within(
        &["score", "--by", "article", "--max-article-bytes", "1000", p],
        20,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "a.jsonl:1: article of 5011 bytes or more is larger than --max-article-bytes (1000)"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("1 scored, 1 failed"), "{stderr}");
}

/// Issue #20 item 3: SIGINT or SIGTERM during a run leaves no temporary file beside `--out`, the
/// destination untouched, and ends with 130 or 143.
#[cfg(unix)]
#[test]
fn signals_leave_no_temporary_file() {
    for (signal, code) in [("INT", 130), ("TERM", 143)] {
        let dir = tmp(&format!("signal-{signal}"));
        let dest = dir.join("out.csv");
        std::fs::write(&dest, "old\n").unwrap();
        let mut child = bin()
            .args(["score", "-", "--quiet", "--out", dest.to_str().unwrap()])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        std::io::Write::write_all(&mut stdin, b"Head\n\nThe regime said so.\n").unwrap();
        // The temporary file is there while the run waits for more input.
        let start = std::time::Instant::now();
        while others(&dir, &["out.csv"]).is_empty() {
            assert!(start.elapsed().as_secs() < 20, "no temporary file appeared");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let st = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(st.success());
        let out = wait_or_kill(child, 20);
        drop(stdin);
        assert_eq!(out.status.code(), Some(code), "SIG{signal}");
        assert_eq!(
            others(&dir, &["out.csv"]),
            Vec::<String>::new(),
            "SIG{signal}"
        );
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old\n");
    }
}

/// Issue #20 item 4: a closed standard output is an error (exit 3), not output lost with exit 0;
/// so is a full disk; a closed pipe stays success (see `closed_pipe_ends_quietly_with_success`).
#[cfg(unix)]
#[test]
fn unwritable_output_exits_3_naming_it() {
    let bin = env!("CARGO_BIN_EXE_slant");
    let f = "fixtures/anadolu-nato-asia.txt";
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("'{bin}' score -q {f} >&-"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("standard output: it is closed"), "{stderr}");
    if Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Command::new(bin)
            .args(["score", "-q", f])
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{stderr}"
        );
    }
    let out = Command::new(bin)
        .args(["score", "-q", f, "--out", "/nonexistent-dir/x.csv"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("/nonexistent-dir/x.csv"), "{stderr}");
}
