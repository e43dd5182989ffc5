//! `slant score`: per-paragraph (or per-article) framing and attribution metrics, and the
//! per-article sources view.

use super::{note, RunReport};
use crate::input::{Inputs, ReadOptions};
use crate::output::{self, table, CsvWriter, Format, Granularity};
use crate::score::{score_stream, Engine, ScoredArticle};
use std::io::{self, Write};
use std::path::PathBuf;

/// Options of `slant score`.
#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    pub format: Format,
    pub by: Granularity,
    /// Worker threads; 0 means all cores.
    pub threads: usize,
    /// Neutralise spreadsheet formulas in CSV text cells.
    pub csv_safe: bool,
    /// Print the sources of each article instead of metrics.
    pub sources: bool,
}

/// Where rows go, by format.
enum Sink<'a> {
    Csv(Box<CsvWriter<&'a mut dyn Write>>),
    Jsonl(&'a mut dyn Write),
    Table {
        out: &'a mut dyn Write,
        rows: Vec<Vec<String>>,
    },
}

/// Runs `slant score`, writing rows to `out` and notes to `diag`.
pub fn run(
    engine: &Engine,
    opts: &ScoreOptions,
    out: &mut dyn Write,
    diag: &mut dyn Write,
    progress: &mut dyn FnMut(&RunReport, usize),
) -> io::Result<RunReport> {
    let columns = match (opts.sources, opts.by) {
        (true, _) => SOURCE_COLUMNS,
        (false, Granularity::Paragraph) => output::PARAGRAPH_COLUMNS,
        (false, Granularity::Article) => output::ARTICLE_COLUMNS,
    };
    let mut sink = match opts.format {
        Format::Csv => Sink::Csv(Box::new(CsvWriter::new(out, columns, opts.csv_safe))),
        Format::Jsonl => Sink::Jsonl(out),
        Format::Table => Sink::Table {
            out,
            rows: Vec::new(),
        },
    };
    let mut report = RunReport::default();
    let mut bytes = 0usize;
    let inputs = Inputs::new(&opts.inputs, opts.read.clone());
    score_stream(engine, inputs, opts.threads, |item| -> io::Result<()> {
        let scored = match item {
            Ok(s) => s,
            Err(e) => {
                if e.skipped {
                    report.skipped += 1;
                    note(diag, &format!("warning: {e}"));
                } else {
                    report.failed += 1;
                    note(diag, &format!("error: {e}"));
                }
                return Ok(());
            }
        };
        for w in &scored.article.warnings {
            note(diag, &format!("warning: {}: {w}", scored.article.id));
        }
        bytes += scored.article.text.len();
        if scored.paragraphs.is_empty() {
            report.empty += 1;
            note(
                diag,
                &format!(
                    "note: {}: empty article (no text to score); no rows",
                    scored.article.id
                ),
            );
            return Ok(());
        }
        report.scored += 1;
        write_article(&mut sink, &scored, opts)?;
        progress(&report, bytes);
        Ok(())
    })?;
    match sink {
        Sink::Csv(mut w) => {
            if opts.format == Format::Csv {
                w.header()?;
            }
            w.flush()?;
        }
        Sink::Jsonl(out) => out.flush()?,
        Sink::Table { out, rows } => {
            out.write_all(
                table::render(
                    &table_header(columns, opts),
                    &table_rows(columns, &rows, opts),
                    60,
                )
                .as_bytes(),
            )?;
            out.flush()?;
        }
    }
    Ok(report)
}

/// Columns of the sources view.
pub const SOURCE_COLUMNS: &[&str] = &[
    "article_id",
    "source",
    "kind",
    "claims",
    "quoted_words",
    "reliability",
    "cues",
];

fn source_rows(s: &ScoredArticle) -> Vec<Vec<String>> {
    s.summary
        .sources
        .iter()
        .map(|src| {
            let cues: Vec<String> = src.cues.iter().map(|(c, n)| format!("{c} ({n})")).collect();
            vec![
                s.article.id.clone(),
                src.name.clone(),
                src.kind.clone(),
                src.claims.to_string(),
                src.quoted_words.to_string(),
                output::fmt_opt(src.reliability),
                cues.join("; "),
            ]
        })
        .collect()
}

fn write_article(sink: &mut Sink, s: &ScoredArticle, opts: &ScoreOptions) -> io::Result<()> {
    let rows: Vec<Vec<String>> = match (opts.sources, opts.by) {
        (true, _) => source_rows(s),
        (false, Granularity::Paragraph) => {
            s.paragraphs.iter().map(output::paragraph_cells).collect()
        }
        (false, Granularity::Article) => vec![output::article_cells(&s.summary)],
    };
    match sink {
        Sink::Csv(w) => {
            for r in &rows {
                w.row(r)?;
            }
        }
        Sink::Jsonl(out) => match (opts.sources, opts.by) {
            (true, _) => {
                for src in &s.summary.sources {
                    output::write_json_line(
                        out,
                        &serde_json::json!({"article_id": s.article.id, "source": src}),
                    )?;
                }
            }
            (false, Granularity::Paragraph) => {
                for p in &s.paragraphs {
                    output::write_json_line(out, p)?;
                }
            }
            (false, Granularity::Article) => output::write_json_line(out, &s.summary)?,
        },
        Sink::Table { rows: all, .. } => all.extend(rows),
    }
    Ok(())
}

/// The table view shows fewer columns than the CSV, to fit a terminal.
const TABLE_PARAGRAPH_COLUMNS: &[&str] = &[
    "article_id",
    "paragraph",
    "kind",
    "words",
    "quoted_words",
    "loaded_narration",
    "loaded_quoted",
    "hedges",
    "verbs_loaded",
    "framing_score",
    "claims",
    "attributed_named",
    "unattributed",
    "terms",
];
const TABLE_ARTICLE_COLUMNS: &[&str] = &[
    "article_id",
    "outlet",
    "words",
    "loaded_narration",
    "loaded_quoted",
    "framing_score",
    "claims",
    "named_share",
    "unattributed_share",
    "source_reliability",
];

fn table_header(columns: &'static [&'static str], opts: &ScoreOptions) -> Vec<&'static str> {
    match (opts.sources, opts.by) {
        (true, _) => columns.to_vec(),
        (false, Granularity::Paragraph) => TABLE_PARAGRAPH_COLUMNS.to_vec(),
        (false, Granularity::Article) => TABLE_ARTICLE_COLUMNS.to_vec(),
    }
}

fn table_rows(columns: &[&str], rows: &[Vec<String>], opts: &ScoreOptions) -> Vec<Vec<String>> {
    let wanted = table_header(SOURCE_COLUMNS, opts);
    if opts.sources {
        return rows.to_vec();
    }
    let idx: Vec<usize> = wanted
        .iter()
        .filter_map(|w| columns.iter().position(|c| c == w))
        .collect();
    rows.iter()
        .map(|r| idx.iter().map(|&i| r[i].clone()).collect())
        .collect()
}
