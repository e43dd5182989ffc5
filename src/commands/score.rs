//! `slant score`, `slant sources` and `slant claims`: one row per paragraph, article, source or
//! claim, as CSV, JSONL or a table.

use crate::engine::{Engine, ScoredArticle};
use crate::input::{Document, Inputs, ReadOptions};
use crate::metrics::{ArticleSummary, ClaimRecord, ParagraphMetrics};
use crate::output::rows::{self, Row, View};
use crate::output::{self, table, CsvWriter, Format};
use crate::pipeline::run_inputs;
use crate::report::{Reporter, RunReport, Tally};
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;

/// Options of `slant score` and `slant sources`.
#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    pub format: Format,
    pub view: View,
    /// Worker threads; 0 means all cores.
    pub threads: usize,
    /// Neutralise spreadsheet formulas in CSV text cells.
    pub csv_safe: bool,
}

/// One article's output, rendered on a worker thread.
enum Rendered {
    /// CSV or JSONL bytes, ready to write.
    Bytes(Vec<u8>),
    /// Rows for the table format (aligned when everything is in).
    Rows(Vec<Row>),
}

/// Runs `slant score`, writing rows to `out` in input order and events to `reporter`. Rows are
/// rendered on the worker threads; this thread only writes them out.
pub fn run(
    engine: &Engine,
    opts: &ScoreOptions,
    out: &mut dyn Write,
    reporter: &mut dyn Reporter,
) -> io::Result<RunReport> {
    let render = |doc: Document| -> Option<Rendered> {
        let s = engine.score(doc);
        if s.paragraphs.is_empty() {
            return None;
        }
        Some(match opts.format {
            Format::Csv => Rendered::Bytes(render_csv(engine, &s, opts.view, opts.csv_safe)),
            Format::Table => Rendered::Rows(view_rows(engine, &s, opts.view)),
            Format::Jsonl => {
                let mut buf = Vec::new();
                write_jsonl(&mut buf, engine, &s, opts.view).expect("writing to memory");
                Rendered::Bytes(buf)
            }
        })
    };
    if opts.format == Format::Csv {
        let mut header = CsvWriter::new(&mut *out, false);
        header.header(&rows::columns(opts.view))?;
        header.flush()?;
    }
    let mut tally = Tally::new(reporter);
    let mut table_rows: Vec<Row> = Vec::new();
    let inputs = Inputs::new(&opts.inputs, opts.read.clone());
    run_inputs(inputs, opts.threads, &mut tally, render, |r| match r {
        Rendered::Bytes(b) => out.write_all(&b),
        Rendered::Rows(r) => {
            table_rows.extend(r);
            Ok(())
        }
    })?;
    if opts.format == Format::Table {
        write_table(out, opts.view, &table_rows)?;
    }
    out.flush()?;
    Ok(tally.finish())
}

/// Hands each row of one article in a view to `f`, reusing one row's buffers.
pub fn for_each_row(engine: &Engine, s: &ScoredArticle, view: View, f: &mut dyn FnMut(&Row)) {
    // Room for a paragraph row (24 cells, most rows under 256 bytes), so it is seldom grown.
    let mut row = Row::with_capacity(32, 256);
    let mut one = |fill: &dyn Fn(&mut Row)| {
        row.clear();
        fill(&mut row);
        f(&row);
    };
    match view {
        View::Paragraphs => {
            for p in &s.paragraphs {
                one(&|r| rows::paragraph_row(p, r));
            }
        }
        View::Articles => one(&|r| rows::article_row(&s.summary, r)),
        View::Sources => {
            for src in &s.summary.sources {
                one(&|r| rows::source_row(&s.article.id, src, r));
            }
        }
        View::Claims => {
            for c in &claim_records(engine, s) {
                one(&|r| rows::claim_row(c, r));
            }
        }
    }
}

/// The rows of one article in a view.
pub fn view_rows(engine: &Engine, s: &ScoredArticle, view: View) -> Vec<Row> {
    let mut rows = Vec::new();
    for_each_row(engine, s, view, &mut |r| rows.push(r.clone()));
    rows
}

/// One article's rows in a view as CSV bytes without a header.
pub fn render_csv(engine: &Engine, s: &ScoredArticle, view: View, neutralise: bool) -> Vec<u8> {
    let mut buf = Vec::new();
    {
        let mut w = CsvWriter::new(&mut buf, neutralise);
        for_each_row(engine, s, view, &mut |r| {
            w.row(r).expect("writing to memory")
        });
        w.flush().expect("writing to memory");
    }
    buf
}

/// One JSONL record of `score` or `sources`, serialized exactly as [`write_jsonl`] writes it.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum JsonlRecord<'a> {
    /// A paragraph row (`--by paragraph`).
    Paragraph(&'a ParagraphMetrics),
    /// The article summary (`--by article`), mergeable by `compare --from-summaries`.
    Article(&'a ArticleSummary),
    /// One source of the article (`slant sources`): `{"article_id", "source"}`.
    Source(serde_json::Value),
    /// One claim (`slant claims`).
    Claim(Box<ClaimRecord>),
}

/// The JSONL records of one article in a view, in the order [`write_jsonl`] writes them. An
/// article with no scored paragraphs has none (`score` writes nothing for it).
pub fn jsonl_records<'a>(
    engine: &Engine,
    s: &'a ScoredArticle,
    view: View,
) -> Vec<JsonlRecord<'a>> {
    if s.paragraphs.is_empty() {
        return Vec::new();
    }
    match view {
        View::Sources => s
            .summary
            .sources
            .iter()
            .map(|src| {
                JsonlRecord::Source(serde_json::json!({"article_id": s.article.id, "source": src}))
            })
            .collect(),
        View::Paragraphs => s.paragraphs.iter().map(JsonlRecord::Paragraph).collect(),
        View::Articles => vec![JsonlRecord::Article(&s.summary)],
        View::Claims => claim_records(engine, s)
            .into_iter()
            .map(|c| JsonlRecord::Claim(Box::new(c)))
            .collect(),
    }
}

/// One article as JSON lines: paragraph rows, the article summary, or its sources.
pub fn write_jsonl(
    out: &mut dyn Write,
    engine: &Engine,
    s: &ScoredArticle,
    view: View,
) -> io::Result<()> {
    for record in jsonl_records(engine, s, view) {
        output::write_json_line(out, &record)?;
    }
    Ok(())
}

/// The claims of a scored article as records.
pub fn claim_records(engine: &Engine, s: &ScoredArticle) -> Vec<crate::metrics::ClaimRecord> {
    crate::metrics::claim_records(&s.article, &s.claims, &engine.rules)
}

/// The aligned table of a view's rows, in the view's table columns.
fn write_table(out: &mut dyn Write, view: View, all: &[Row]) -> io::Result<()> {
    let header = rows::table_columns(view);
    let cells: Vec<Vec<String>> = all
        .iter()
        .map(|r| {
            header
                .iter()
                .filter_map(|h| r.names.iter().position(|n| n == h))
                .map(|i| r.cell(i).to_string())
                .collect()
        })
        .collect();
    out.write_all(table::render(header, &cells, 60).as_bytes())
}
