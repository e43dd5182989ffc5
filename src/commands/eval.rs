//! `slant eval`: measure a rule set against gold annotations.

use super::{note, RunReport};
use crate::eval::{gold, EvalOptions, EvalReport, Evaluator};
use crate::score::Engine;
use std::io::{self, BufReader, Write};
use std::path::PathBuf;

/// Evaluates `engine` on the gold files; bad gold lines are reported on `diag` and skipped.
pub fn evaluate(
    engine: &Engine,
    gold_files: &[PathBuf],
    opts: &EvalOptions,
    diag: &mut dyn Write,
) -> (EvalReport, RunReport) {
    let mut ev = Evaluator::new(engine, opts.clone());
    let mut run = RunReport::default();
    for path in gold_files {
        let name = path.to_string_lossy().into_owned();
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                run.failed += 1;
                note(diag, &format!("error: {name}: {e}"));
                continue;
            }
        };
        for item in gold::read(name, BufReader::new(file)) {
            match item {
                Ok(doc) => {
                    ev.add(&doc);
                    run.scored += 1;
                }
                Err(e) => {
                    run.failed += 1;
                    note(diag, &format!("error: {e}"));
                }
            }
        }
    }
    (ev.finish(), run)
}

/// Runs `slant eval`, writing the report as text or JSON.
pub fn run(
    engine: &Engine,
    gold_files: &[PathBuf],
    opts: &EvalOptions,
    json: bool,
    out: &mut dyn Write,
    diag: &mut dyn Write,
) -> io::Result<RunReport> {
    let (report, run) = evaluate(engine, gold_files, opts, diag);
    if json {
        serde_json::to_writer_pretty(&mut *out, &report.to_json()).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(report.to_text().as_bytes())?;
    }
    Ok(run)
}
