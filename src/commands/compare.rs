//! `slant compare`: group articles (or per-article summaries from earlier runs) and report each
//! group's rates with bootstrap intervals, as a table, CSV, JSON or an HTML report.

use super::{note, RunReport};
use crate::compare::{CompareOptions, CompareReport, Comparer, RATES};
use crate::input::{Inputs, ReadOptions};
use crate::metrics::ArticleSummary;
use crate::output::{fmt_opt, table, CsvWriter};
use crate::score::{score_stream, Engine};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// Options of `slant compare`.
#[derive(Debug, Clone)]
pub struct CompareCommand {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    /// Inputs are per-article summaries (`slant score --by article --format jsonl`).
    pub from_summaries: bool,
    pub threads: usize,
    pub compare: CompareOptions,
}

/// Builds the comparison (scoring articles, or reading summaries).
pub fn build(
    engine: &Engine,
    cmd: &CompareCommand,
    diag: &mut dyn Write,
) -> io::Result<(CompareReport, RunReport)> {
    let mut comparer = Comparer::new(cmd.compare.clone());
    let mut run = RunReport::default();
    if cmd.from_summaries {
        for path in &cmd.inputs {
            read_summaries(path, &mut comparer, &mut run, diag)?;
        }
    } else {
        let inputs = Inputs::new(&cmd.inputs, cmd.read.clone());
        score_stream(engine, inputs, cmd.threads, |item| -> io::Result<()> {
            match item {
                Ok(s) if s.paragraphs.is_empty() => {
                    run.empty += 1;
                    note(
                        diag,
                        &format!("note: {}: empty article; left out", s.article.id),
                    );
                }
                Ok(s) => {
                    run.scored += 1;
                    comparer.add(&s.summary);
                }
                Err(e) if e.skipped => {
                    run.skipped += 1;
                    note(diag, &format!("warning: {e}"));
                }
                Err(e) => {
                    run.failed += 1;
                    note(diag, &format!("error: {e}"));
                }
            }
            Ok(())
        })?;
    }
    Ok((comparer.finish(), run))
}

fn read_summaries(
    path: &Path,
    comparer: &mut Comparer,
    run: &mut RunReport,
    diag: &mut dyn Write,
) -> io::Result<()> {
    let name = path.to_string_lossy().into_owned();
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                run.failed += 1;
                note(diag, &format!("error: {name}: {e}"));
                return Ok(());
            }
        }
    };
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<ArticleSummary>(&line) {
            Ok(s) => {
                run.scored += 1;
                comparer.add(&s);
            }
            Err(e) => {
                run.failed += 1;
                note(
                    diag,
                    &format!("error: {name}:{}: not an article summary: {e}", i + 1),
                );
            }
        }
    }
    Ok(())
}

/// CSV columns: group, counts, then each rate as value, lo, hi.
pub fn csv_columns() -> Vec<String> {
    let mut cols: Vec<String> = [
        "group",
        "articles",
        "paragraphs",
        "words",
        "narration_words",
        "quoted_words",
        "claims",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for r in RATES {
        cols.push(r.name.to_string());
        cols.push(format!("{}_lo", r.name));
        cols.push(format!("{}_hi", r.name));
    }
    cols
}

pub fn write_csv(report: &CompareReport, out: &mut dyn Write, csv_safe: bool) -> io::Result<()> {
    let mut w = CsvWriter::new(out, &csv_columns(), csv_safe);
    w.header()?;
    for g in &report.groups {
        let mut row = vec![
            g.group.clone(),
            g.articles.to_string(),
            g.paragraphs.to_string(),
            g.words.to_string(),
            g.narration_words.to_string(),
            g.quoted_words.to_string(),
            g.claims.to_string(),
        ];
        for r in RATES {
            let e = g.rates[r.name];
            row.extend([fmt_opt(e.value), fmt_opt(e.lo), fmt_opt(e.hi)]);
        }
        w.row(&row)?;
    }
    w.flush()
}

/// An aligned table: one row per rate, one column per group, `value [lo, hi]` in each cell.
pub fn write_table(report: &CompareReport, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let (b, r) = if color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    writeln!(
        out,
        "{b}slant compare{r}: {} groups by `{}`; 95% intervals from {} bootstrap resamples of articles (seed {})\n",
        report.groups.len(),
        report.group_by,
        report.bootstrap,
        report.seed
    )?;
    let mut header: Vec<String> = vec!["".into()];
    header.extend(report.groups.iter().map(|g| g.group.clone()));
    let mut rows: Vec<Vec<String>> = Vec::new();
    let count_row = |name: &str, f: &dyn Fn(&crate::compare::GroupReport) -> usize| {
        let mut row = vec![name.to_string()];
        row.extend(report.groups.iter().map(|g| f(g).to_string()));
        row
    };
    rows.push(count_row("articles", &|g| g.articles));
    rows.push(count_row("words", &|g| g.words));
    rows.push(count_row("claims", &|g| g.claims));
    for rate in RATES {
        let mut row = vec![rate.name.to_string()];
        for g in &report.groups {
            let e = g.rates[rate.name];
            row.push(match (e.value, e.lo, e.hi) {
                (Some(v), Some(lo), Some(hi)) => format!("{v:.2} [{lo:.2}, {hi:.2}]"),
                (Some(v), _, _) => format!("{v:.2}"),
                _ => "–".into(),
            });
        }
        rows.push(row);
    }
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    out.write_all(table::render(&header_refs, &rows, 40).as_bytes())?;
    if report.separations.is_empty() {
        writeln!(out, "\nNo two groups have non-overlapping intervals.")?;
    } else {
        writeln!(out, "\nIntervals that do not overlap (a difference unlikely to be resampling noise; not a test of cause):")?;
        for s in &report.separations {
            writeln!(out, "  {:<26} {} > {}", s.rate, s.higher, s.lower)?;
        }
    }
    writeln!(
        out,
        "\nTop loaded terms (narration + quoted), with one sentence each as evidence:"
    )?;
    for g in &report.groups {
        writeln!(out, "  {b}{}{r}", g.group)?;
        if g.top_terms.is_empty() {
            writeln!(out, "    (none)")?;
        }
        for t in &g.top_terms {
            let mut sentence = t.sentence.clone();
            if sentence.chars().count() > 110 {
                sentence = sentence.chars().take(109).collect::<String>() + "…";
            }
            writeln!(
                out,
                "    {:<22} {:>3} own, {:>3} quoted  [{} ¶{}] {}",
                t.term, t.narration, t.quoted, t.article_id, t.paragraph, sentence
            )?;
        }
    }
    Ok(())
}
