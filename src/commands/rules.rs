//! `slant rules check` (lint rule files), `slant rules diff` (what a rule change does) and
//! `slant rules suggest` (candidate terms mined from gold annotations).

use crate::analysis;
use crate::analysis::eval::{gold, GoldDoc};
use crate::analysis::suggest::{Suggestions, Thresholds};
use crate::engine::Engine;
use crate::input::{Inputs, ReadOptions};
use crate::output::tuning::{self, ReportFormat, SuggestFormat};
use crate::report::{Reporter, RunReport, Tally};
use crate::rules::{RuleError, RuleSet, Severity};
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
    let files = match rule_files(files) {
        Ok(f) => f,
        Err(e) => {
            writeln!(out, "{e}\n\n1 error, 0 warnings")?;
            return Ok(CheckOutcome {
                errors: 1,
                warnings: 0,
            });
        }
    };
    let files = &files[..];
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
    let diags = crate::analysis::rule_check::check(&set, &in_scope);
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

/// Rule files named on the command line, a folder standing for its `.toml` files (sorted by
/// name, not recursive, hidden files left out). A folder without any is an error: layering
/// nothing where rules were meant is a silent surprise.
pub fn rule_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, RuleError> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut v: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| rules_error(format!("cannot read rule folder {}: {e}", path.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|e| e == "toml")
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        if v.is_empty() {
            return Err(rules_error(format!(
                "rule folder {} holds no .toml file",
                path.display()
            )));
        }
        v.sort();
        files.extend(v);
    }
    Ok(files)
}

fn rules_error(message: String) -> RuleError {
    RuleError {
        diagnostics: vec![crate::rules::Diagnostic {
            severity: Severity::Error,
            message,
            file: None,
            span: 0..0,
            label: String::new(),
        }],
    }
}

/// Loads rule files and folders of them (see [`rule_files`]) over the defaults unless
/// `with_defaults` is false.
pub fn load_rules(paths: &[PathBuf], with_defaults: bool) -> Result<RuleSet, RuleError> {
    RuleSet::from_files(&rule_files(paths)?, with_defaults)
}

/// Loads one side of a diff: a rule file or a folder of `.toml` files (sorted), over the
/// defaults unless `with_defaults` is false.
pub fn load_side(path: &std::path::Path, with_defaults: bool) -> Result<RuleSet, RuleError> {
    load_rules(&[path.to_path_buf()], with_defaults)
}

/// Options of `slant rules diff`.
#[derive(Debug, Clone, Default)]
pub struct DiffOptions {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    pub gold: Vec<PathBuf>,
    /// How many gained/lost matches and score changes to list (text only: JSON has them all).
    pub limit: usize,
    /// Worker threads (0 = all cores); the output is the same whatever the number.
    pub threads: usize,
    /// JSON (the [`analysis::diff::RuleDiff`] as it is) instead of text.
    pub format: ReportFormat,
}

/// Runs `slant rules diff`: both engines over the inputs (and the gold files), then the report
/// as text or JSON. Unreadable inputs and gold lines are reported on `reporter`.
pub fn run_diff(
    old: &Engine,
    new: &Engine,
    opts: &DiffOptions,
    out: &mut dyn Write,
    reporter: &mut dyn Reporter,
) -> io::Result<RunReport> {
    let mut tally = Tally::new(reporter);
    let inputs = Inputs::new(&opts.inputs, opts.read.clone());
    let mut diff = analysis::diff::compare(old, new, inputs, opts.threads, &mut tally);
    if !opts.gold.is_empty() {
        let docs: Vec<GoldDoc> = gold::read_files(&opts.gold, &mut tally).collect();
        diff.gold = Some(analysis::diff::gold_rows(old, new, &docs));
    }
    if opts.format == ReportFormat::Json {
        tuning::write_json(&diff, out)?;
    } else {
        tuning::diff::write_text(&diff, opts.limit, out)?;
    }
    Ok(tally.finish())
}

/// Options of `slant rules suggest`.
#[derive(Debug, Clone)]
pub struct SuggestOptions {
    pub gold: Vec<PathBuf>,
    /// Gold label to mine.
    pub label: String,
    /// Category of the suggested rule.
    pub category: String,
    pub thresholds: Thresholds,
    /// JSON (the [`Suggestions`] as they are) instead of a TOML snippet.
    pub format: SuggestFormat,
}

/// Runs `slant rules suggest`: mines the gold files for spans no rule of `engine` covers and
/// writes them as a TOML rule or JSON. Unreadable gold files and lines are reported on
/// `reporter`. A label that no gold span has is an error (the inner `Err`), with nothing written.
pub fn run_suggest(
    engine: &Engine,
    opts: &SuggestOptions,
    out: &mut dyn Write,
    reporter: &mut dyn Reporter,
) -> io::Result<Result<RunReport, String>> {
    let mut tally = Tally::new(reporter);
    let docs: Vec<GoldDoc> = gold::read_files(&opts.gold, &mut tally).collect();
    if let Err(e) = analysis::suggest::check_label(&docs, &opts.label) {
        return Ok(Err(e));
    }
    let matches = analysis::suggest::doc_matches(engine, &docs);
    let suggestions = Suggestions {
        label: opts.label.clone(),
        category: opts.category.clone(),
        files: opts.gold.iter().map(|p| p.display().to_string()).collect(),
        thresholds: opts.thresholds.clone(),
        candidates: analysis::suggest::suggest(&docs, &matches, &opts.label, &opts.thresholds),
        rules: analysis::suggest::review_rules(
            engine,
            &docs,
            &matches,
            &opts.label,
            &opts.thresholds,
        ),
    };
    if opts.format == SuggestFormat::Json {
        tuning::write_json(&suggestions, out)?;
    } else {
        tuning::suggest::write_toml(&suggestions, out)?;
    }
    Ok(Ok(tally.finish()))
}
