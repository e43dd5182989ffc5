//! `slant eval`: measure a rule set against gold annotations.

use crate::analysis::eval::{self, gold, EvalOptions};
use crate::engine::Engine;
use crate::output::tuning::{self, ReportFormat};
use crate::report::{Reporter, RunReport, Tally};
use std::io::{self, Write};
use std::path::PathBuf;

/// Runs `slant eval`: evaluates `engine` on the gold files and writes the report as text or
/// JSON. Unreadable gold files and bad lines are reported on `reporter` and left out.
pub fn run(
    engine: &Engine,
    gold_files: &[PathBuf],
    opts: &EvalOptions,
    format: ReportFormat,
    out: &mut dyn Write,
    reporter: &mut dyn Reporter,
) -> io::Result<RunReport> {
    let mut tally = Tally::new(reporter);
    let mut report = eval::evaluate(engine, opts, gold::read_files(gold_files, &mut tally));
    report.provenance = Some(engine.provenance());
    if format == ReportFormat::Json {
        tuning::write_json(&report, out)?;
    } else {
        out.write_all(tuning::eval::text(&report).as_bytes())?;
    }
    Ok(tally.finish())
}
