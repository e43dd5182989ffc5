//! Writers: turn scored articles into CSV, JSONL or an aligned table. They only format; what to
//! write is decided by the commands.

mod atomic;
pub mod compare_html;
pub mod html;
pub mod rows;
pub mod snippet;
pub mod table;
pub mod tuning;

pub use rows::{Row, View};

pub use atomic::{remove_temporaries, AtomicFile};

use std::io::{self, Write};

/// A p-value for people: four decimals, or `<0.0001`.
pub fn format_p(p: f64) -> String {
    if p < 0.0001 {
        "<0.0001".to_string()
    } else {
        format!("{p:.4}")
    }
}

/// An output file (an HTML page beside the main output) that could not be written, with its path.
#[derive(Debug)]
pub struct OutputError {
    pub path: std::path::PathBuf,
    pub source: io::Error,
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write {}", self.path.display())
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl OutputError {
    /// The error as an `io::Error` (its kind kept) that still names the path.
    pub fn wrap(path: &std::path::Path, source: io::Error) -> io::Error {
        io::Error::new(
            source.kind(),
            OutputError {
                path: path.to_path_buf(),
                source,
            },
        )
    }
}

/// Output format of row-writing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Csv,
    Jsonl,
    Table,
}

/// Makes a text cell safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`, `@`,
/// tab, carriage return or line feed gets a leading `'` so it is not run as a formula.
pub fn neutralise_cell(s: &str) -> std::borrow::Cow<'_, str> {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\n') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// A NUL character in a cell (possible from a JSONL `\u0000`) is written as U+FFFD: a raw NUL
/// byte makes the CSV a binary file to many tools. With or without the formula guard.
fn without_nul(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\0') {
        s.replace('\0', "\u{FFFD}").into()
    } else {
        s.into()
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

/// A CSV writer: a header of column names, then rows whose text cells are guarded against
/// spreadsheet formulas when `neutralise` is on.
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
    neutralise: bool,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(out: W, neutralise: bool) -> Self {
        CsvWriter {
            inner: csv::WriterBuilder::new().from_writer(out),
            neutralise,
        }
    }

    /// Writes the column names (never guarded: they are slant's own).
    pub fn header<S: AsRef<str>>(&mut self, names: &[S]) -> io::Result<()> {
        self.inner
            .write_record(names.iter().map(|n| n.as_ref()))
            .map_err(csv_io)
    }

    pub fn row(&mut self, row: &Row) -> io::Result<()> {
        for (c, &text) in row.cells.iter().zip(&row.is_text) {
            let c = without_nul(c);
            let guarded;
            let field: &str = if text && self.neutralise {
                guarded = neutralise_cell(&c);
                &guarded
            } else {
                &c
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
pub fn render_csv_rows(rows: &[Row], neutralise: bool) -> Vec<u8> {
    let mut buf = Vec::new();
    {
        let mut w = CsvWriter::new(&mut buf, neutralise);
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
        assert_eq!(neutralise_cell("\n=1+1"), "'\n=1+1");
        assert_eq!(neutralise_cell("\t@x"), "'\t@x");
    }

    #[test]
    fn csv_writer_neutralises_text_columns_only() {
        let mut buf = Vec::new();
        {
            let mut row = Row::default();
            row.text("article_id", "=cmd");
            row.real("framing_score", -1.0);
            let mut w = CsvWriter::new(&mut buf, true);
            w.header(&row.names).unwrap();
            w.row(&row).unwrap();
            w.flush().unwrap();
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "article_id,framing_score\n'=cmd,-1.000\n"
        );
    }
}
