//! Helpers shared by the integration tests that read research data from `../shared`, which the
//! project does not ship.

use std::path::{Path, PathBuf};

/// `path` (under `../shared`) when it exists. When it is missing the test is skipped with a
/// `SKIPPED` note, except under CI (env `CI` set), where a missing file is a failure: a test
/// that did not run must not pass there.
pub fn shared_or_skip(path: &str, what: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if p.exists() {
        return Some(p.to_path_buf());
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{} is required in CI ({what}) but is not present",
            p.display()
        );
    }
    eprintln!("SKIPPED: {} not present ({what})", p.display());
    None
}
