//! `slant score`: per-paragraph (or per-article) framing and attribution metrics, and the
//! per-article sources view.

use super::{note, RunReport};
use crate::input::{Inputs, ReadOptions};
use crate::output::{self, table, CsvWriter, Format, Granularity};
use crate::score::{Engine, ScoredArticle};
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

/// One input's result, rendered on a worker thread.
struct Rendered {
    outcome: Result<Done, crate::input::InputError>,
    /// CSV or JSONL bytes, ready to write.
    bytes: Vec<u8>,
    /// Rows for the table format (aligned when everything is in).
    rows: Vec<Vec<String>>,
}

struct Done {
    id: String,
    warnings: Vec<String>,
    text_len: usize,
    empty: bool,
}

/// Runs `slant score`, writing rows to `out` and notes to `diag`. Rows are rendered on the
/// worker threads; this thread only writes them out in input order.
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
    let render = |item: Result<ScoredArticle, crate::input::InputError>| -> Rendered {
        let s = match item {
            Ok(s) => s,
            Err(e) => {
                return Rendered {
                    outcome: Err(e),
                    bytes: Vec::new(),
                    rows: Vec::new(),
                }
            }
        };
        let done = Done {
            id: s.article.id.clone(),
            warnings: s.article.warnings.clone(),
            text_len: s.article.text.len(),
            empty: s.paragraphs.is_empty(),
        };
        let mut rendered = Rendered {
            outcome: Ok(done),
            bytes: Vec::new(),
            rows: Vec::new(),
        };
        if s.paragraphs.is_empty() {
            return rendered;
        }
        match opts.format {
            Format::Csv => {
                rendered.bytes =
                    output::render_csv_rows(columns, &article_rows(&s, opts), opts.csv_safe)
            }
            Format::Table => rendered.rows = article_rows(&s, opts),
            Format::Jsonl => {
                let mut buf = Vec::new();
                write_jsonl(&mut buf, &s, opts).expect("writing to memory");
                rendered.bytes = buf;
            }
        }
        rendered
    };
    if opts.format == Format::Csv {
        let mut header = CsvWriter::new(&mut *out, columns, false);
        header.header()?;
        header.flush()?;
    }
    let mut report = RunReport::default();
    let mut bytes = 0usize;
    let mut all_rows: Vec<Vec<String>> = Vec::new();
    let inputs = Inputs::new(&opts.inputs, opts.read.clone());
    crate::score::score_stream_map(
        engine,
        inputs,
        opts.threads,
        render,
        |r: Rendered| -> io::Result<()> {
            let done = match r.outcome {
                Ok(d) => d,
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
            for w in &done.warnings {
                note(diag, &format!("warning: {}: {w}", done.id));
            }
            bytes += done.text_len;
            if done.empty {
                report.empty += 1;
                note(
                    diag,
                    &format!(
                        "note: {}: empty article (no text to score); no rows",
                        done.id
                    ),
                );
                return Ok(());
            }
            report.scored += 1;
            out.write_all(&r.bytes)?;
            all_rows.extend(r.rows);
            progress(&report, bytes);
            Ok(())
        },
    )?;
    if opts.format == Format::Table {
        out.write_all(
            table::render(
                table_header(opts),
                &table_rows(columns, &all_rows, opts),
                60,
            )
            .as_bytes(),
        )?;
    }
    out.flush()?;
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

/// The rows of one article, in the current view's columns.
fn article_rows(s: &ScoredArticle, opts: &ScoreOptions) -> Vec<Vec<String>> {
    match (opts.sources, opts.by) {
        (true, _) => source_rows(s),
        (false, Granularity::Paragraph) => {
            s.paragraphs.iter().map(output::paragraph_cells).collect()
        }
        (false, Granularity::Article) => vec![output::article_cells(&s.summary)],
    }
}

/// One article as JSON lines: paragraph rows, the article summary, or its sources.
fn write_jsonl(out: &mut dyn Write, s: &ScoredArticle, opts: &ScoreOptions) -> io::Result<()> {
    match (opts.sources, opts.by) {
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

/// The columns shown in the table view (all of them for sources).
fn table_header(opts: &ScoreOptions) -> &'static [&'static str] {
    match (opts.sources, opts.by) {
        (true, _) => SOURCE_COLUMNS,
        (false, Granularity::Paragraph) => TABLE_PARAGRAPH_COLUMNS,
        (false, Granularity::Article) => TABLE_ARTICLE_COLUMNS,
    }
}

/// Keeps the table view's columns of full rows.
fn table_rows(columns: &[&str], rows: &[Vec<String>], opts: &ScoreOptions) -> Vec<Vec<String>> {
    let idx: Vec<usize> = table_header(opts)
        .iter()
        .filter_map(|w| columns.iter().position(|c| c == w))
        .collect();
    rows.iter()
        .map(|r| idx.iter().map(|&i| r[i].clone()).collect())
        .collect()
}
