//! `slant rules check` (lint rule files), `slant rules diff` (what a rule change does) and
//! `slant rules suggest` (candidate terms mined from gold annotations).

use crate::rules::{lint, RuleError, RuleSet, Severity};
use std::io::{self, Write};
use std::path::PathBuf;

/// Result of `rules check`: counts and the exit code it implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOutcome {
    pub errors: usize,
    pub warnings: usize,
}

impl CheckOutcome {
    /// 0 clean, 1 warnings with `deny_warnings`, 2 errors.
    pub fn exit_code(&self, deny_warnings: bool) -> u8 {
        if self.errors > 0 {
            2
        } else if deny_warnings && self.warnings > 0 {
            1
        } else {
            0
        }
    }
}

/// Loads `files` (over the defaults unless `with_defaults` is false) and lints the rules they
/// define. Writes every diagnostic and a summary line to `out`.
pub fn check(
    files: &[PathBuf],
    with_defaults: bool,
    out: &mut dyn Write,
) -> io::Result<CheckOutcome> {
    let set = match RuleSet::from_files(files, with_defaults) {
        Ok(set) => set,
        Err(RuleError { diagnostics }) => {
            for d in &diagnostics {
                writeln!(out, "{}\n", d.render())?;
            }
            let n = diagnostics.len();
            writeln!(
                out,
                "{n} error{}, 0 warnings",
                if n == 1 { "" } else { "s" }
            )?;
            return Ok(CheckOutcome {
                errors: n,
                warnings: 0,
            });
        }
    };
    let names: Vec<String> = files
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let in_scope = |file: &str| names.is_empty() || names.iter().any(|n| n == file);
    let diags = lint::lint(&set, &in_scope);
    for d in &diags {
        writeln!(out, "{}\n", d.render())?;
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    writeln!(
        out,
        "{} rule(s) in {} file(s) checked: {errors} error{}, {warnings} warning{}",
        set.rules
            .iter()
            .filter(|r| in_scope(&r.origin.file.name))
            .count(),
        if names.is_empty() {
            set.files.len()
        } else {
            names.len()
        },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    )?;
    Ok(CheckOutcome { errors, warnings })
}
