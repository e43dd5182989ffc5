//! Command-line case tests: each folder under `tests/cases/` holds a `case.toml` (arguments,
//! optional stdin, expected exit code and what stdout/stderr must or must not contain) and the
//! input files it uses. `{case}` in arguments stands for the case's folder.

use serde::Deserialize;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    args: Vec<String>,
    #[serde(default)]
    stdin: Option<String>,
    exit: i32,
    #[serde(default)]
    stdout: Option<String>,
    #[serde(default)]
    stdout_contains: Vec<String>,
    #[serde(default)]
    stdout_not_contains: Vec<String>,
    #[serde(default)]
    stderr_contains: Vec<String>,
    #[serde(default)]
    stderr_empty: bool,
    #[serde(default)]
    stdout_lines: Option<usize>,
}

fn run_case(dir: &Path) -> Result<(), String> {
    let spec = std::fs::read_to_string(dir.join("case.toml")).map_err(|e| e.to_string())?;
    let case: Case = toml::from_str(&spec).map_err(|e| format!("case.toml: {e}"))?;
    let dir_s = dir.to_string_lossy();
    let args: Vec<String> = case
        .args
        .iter()
        .map(|a| a.replace("{case}", &dir_s))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(&args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    {
        let mut stdin = child.stdin.take().unwrap();
        if let Some(s) = &case.stdin {
            stdin.write_all(s.as_bytes()).map_err(|e| e.to_string())?;
        }
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ctx = || format!("\n--- args: {args:?}\n--- stdout:\n{stdout}\n--- stderr:\n{stderr}");
    let code = out.status.code().unwrap_or(-1);
    if code != case.exit {
        return Err(format!("exit {code}, expected {}{}", case.exit, ctx()));
    }
    if let Some(expected) = &case.stdout {
        let expected = expected.replace("{case}", &dir_s);
        if stdout != expected {
            return Err(format!("stdout differs; expected:\n{expected}{}", ctx()));
        }
    }
    for s in &case.stdout_contains {
        if !stdout.contains(&s.replace("{case}", &dir_s)) {
            return Err(format!("stdout lacks {s:?}{}", ctx()));
        }
    }
    for s in &case.stdout_not_contains {
        if stdout.contains(s.as_str()) {
            return Err(format!("stdout contains {s:?}{}", ctx()));
        }
    }
    for s in &case.stderr_contains {
        if !stderr.contains(&s.replace("{case}", &dir_s)) {
            return Err(format!("stderr lacks {s:?}{}", ctx()));
        }
    }
    if case.stderr_empty && !stderr.is_empty() {
        return Err(format!("stderr not empty{}", ctx()));
    }
    if let Some(n) = case.stdout_lines {
        if stdout.lines().count() != n {
            return Err(format!(
                "{} stdout lines, expected {n}{}",
                stdout.lines().count(),
                ctx()
            ));
        }
    }
    Ok(())
}

#[test]
fn cli_cases() {
    let mut dirs: Vec<_> = std::fs::read_dir("tests/cases")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("case.toml").exists())
        .collect();
    dirs.sort();
    assert!(
        dirs.len() >= 10,
        "expected the case folders, found {}",
        dirs.len()
    );
    let failures: Vec<String> = dirs
        .iter()
        .filter_map(|d| {
            run_case(d)
                .err()
                .map(|e| format!("case {}: {e}", d.display()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n\n")
    );
}
