//! Writers: turn scored articles into CSV, JSONL or an aligned table. They only format; what to
//! write is decided by the commands.

mod atomic;
pub mod compare_html;
pub mod html;
pub mod table;

pub use atomic::AtomicFile;

use crate::metrics::{ArticleSummary, ParagraphMetrics};
use std::io::{self, Write};

/// Output format of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Csv,
    Jsonl,
    Table,
}

/// Granularity of `score` rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Granularity {
    #[default]
    Paragraph,
    Article,
}

/// Makes a text cell safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`, `@`,
/// tab or carriage return gets a leading `'` so it is not run as a formula.
pub fn neutralise_cell(s: &str) -> std::borrow::Cow<'_, str> {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// A number with three decimals (deterministic text for floats).
pub fn fmt_f64(x: f64) -> String {
    let s = format!("{x:.3}");
    if s == "-0.000" {
        "0.000".into()
    } else {
        s
    }
}

pub fn fmt_opt(x: Option<f64>) -> String {
    x.map(fmt_f64).unwrap_or_default()
}

/// Column names of the per-paragraph CSV, in order.
pub const PARAGRAPH_COLUMNS: &[&str] = &[
    "article_id",
    "outlet",
    "paragraph",
    "kind",
    "words",
    "sentences",
    "quoted_words",
    "loaded_narration",
    "loaded_quoted",
    "hedges",
    "intensifiers",
    "verbs_neutral",
    "verbs_loaded",
    "scare_quotes",
    "framing_score",
    "claims",
    "attributed_named",
    "attributed_anonymous",
    "agentless",
    "unattributed",
    "direct_quotes",
    "sources",
    "source_reliability",
    "terms",
];

/// Column names of the per-article CSV (`--by article`), in order.
pub const ARTICLE_COLUMNS: &[&str] = &[
    "article_id",
    "outlet",
    "title",
    "paragraphs",
    "words",
    "narration_words",
    "quoted_words",
    "sentences",
    "loaded_narration",
    "loaded_quoted",
    "hedges",
    "intensifiers",
    "verbs_neutral",
    "verbs_loaded",
    "scare_quotes",
    "framing_score",
    "claims",
    "attributed_named",
    "attributed_anonymous",
    "agentless",
    "unattributed",
    "direct_quotes",
    "named_share",
    "anonymous_share",
    "agentless_share",
    "unattributed_share",
    "source_reliability",
    "sources",
];

/// The cells of a paragraph row, in [`PARAGRAPH_COLUMNS`] order.
pub fn paragraph_cells(r: &ParagraphMetrics) -> Vec<String> {
    vec![
        r.article_id.clone(),
        r.outlet.clone(),
        r.paragraph.to_string(),
        r.kind.clone(),
        r.words.to_string(),
        r.sentences.to_string(),
        r.quoted_words.to_string(),
        r.loaded_narration.to_string(),
        r.loaded_quoted.to_string(),
        r.hedges.to_string(),
        r.intensifiers.to_string(),
        r.verbs_neutral.to_string(),
        r.verbs_loaded.to_string(),
        r.scare_quotes.to_string(),
        fmt_f64(r.framing_score),
        r.claims.to_string(),
        r.attributed_named.to_string(),
        r.attributed_anonymous.to_string(),
        r.agentless.to_string(),
        r.unattributed.to_string(),
        r.direct_quotes.to_string(),
        r.sources.clone(),
        fmt_opt(r.source_reliability),
        r.terms.clone(),
    ]
}

/// The cells of an article row, in [`ARTICLE_COLUMNS`] order.
pub fn article_cells(s: &ArticleSummary) -> Vec<String> {
    let share = |n: usize| fmt_opt(crate::metrics::ratio(n, s.claims));
    let sources: Vec<String> = s
        .sources
        .iter()
        .map(|x| format!("{} ({}, {})", x.name, x.kind, x.claims))
        .collect();
    vec![
        s.article_id.clone(),
        s.meta.get("outlet").cloned().unwrap_or_default(),
        s.meta.get("title").cloned().unwrap_or_default(),
        s.paragraphs.to_string(),
        s.words.to_string(),
        s.narration_words.to_string(),
        s.quoted_words.to_string(),
        s.sentences.to_string(),
        s.loaded_narration.to_string(),
        s.loaded_quoted.to_string(),
        s.hedges.to_string(),
        s.intensifiers.to_string(),
        s.verbs_neutral.to_string(),
        s.verbs_loaded.to_string(),
        s.scare_quotes.to_string(),
        fmt_f64(s.framing_score),
        s.claims.to_string(),
        s.attributed_named.to_string(),
        s.attributed_anonymous.to_string(),
        s.agentless.to_string(),
        s.unattributed.to_string(),
        s.direct_quotes.to_string(),
        share(s.attributed_named),
        share(s.attributed_anonymous),
        share(s.agentless),
        share(s.unattributed),
        fmt_opt(s.source_reliability),
        sources.join("; "),
    ]
}

/// Text columns that may carry hostile article text (neutralised in CSV).
fn is_text_column(name: &str) -> bool {
    matches!(
        name,
        "article_id" | "outlet" | "title" | "sources" | "terms"
    )
}

/// A CSV writer for rows of named columns.
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
    columns: Vec<String>,
    /// Per column: a text cell to neutralise (formula guard on and a text column).
    guarded: Vec<bool>,
    wrote_header: bool,
}

impl<W: Write> CsvWriter<W> {
    pub fn new<S: AsRef<str>>(out: W, columns: &[S], neutralise: bool) -> Self {
        CsvWriter {
            inner: csv::WriterBuilder::new().from_writer(out),
            columns: columns.iter().map(|c| c.as_ref().to_string()).collect(),
            guarded: columns
                .iter()
                .map(|c| neutralise && is_text_column(c.as_ref()))
                .collect(),
            wrote_header: false,
        }
    }

    pub fn header(&mut self) -> io::Result<()> {
        if !self.wrote_header {
            self.wrote_header = true;
            self.inner.write_record(&self.columns).map_err(csv_io)?;
        }
        Ok(())
    }

    pub fn row(&mut self, cells: &[String]) -> io::Result<()> {
        self.header()?;
        for (c, &guarded) in cells.iter().zip(&self.guarded) {
            let field = if guarded {
                neutralise_cell(c)
            } else {
                c.as_str().into()
            };
            self.inner.write_field(field.as_bytes()).map_err(csv_io)?;
        }
        self.inner.write_record(None::<&[u8]>).map_err(csv_io)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Renders rows as CSV bytes without a header (for rendering on worker threads; the header is
/// written once by whoever writes the bytes out).
pub fn render_csv_rows<S: AsRef<str>>(
    columns: &[S],
    rows: &[Vec<String>],
    neutralise: bool,
) -> Vec<u8> {
    let mut buf = Vec::new();
    {
        let mut w = CsvWriter::new(&mut buf, columns, neutralise);
        w.wrote_header = true;
        for r in rows {
            w.row(r).expect("writing to memory");
        }
        w.flush().expect("writing to memory");
    }
    buf
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writes one value as a JSON line.
pub fn write_json_line<W: Write + ?Sized, T: serde::Serialize>(
    out: &mut W,
    value: &T,
) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(neutralise_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise_cell("-2+3"), "'-2+3");
        assert_eq!(neutralise_cell("@SUM"), "'@SUM");
        assert_eq!(neutralise_cell("plain"), "plain");
    }

    #[test]
    fn csv_writer_neutralises_text_columns_only() {
        let mut buf = Vec::new();
        {
            let mut w = CsvWriter::new(&mut buf, &["article_id", "framing_score"], true);
            w.row(&["=cmd".into(), "-1.000".into()]).unwrap();
            w.flush().unwrap();
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "article_id,framing_score\n'=cmd,-1.000\n"
        );
    }
}
