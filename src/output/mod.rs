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
    let mut s = String::new();
    push_f64(&mut s, x);
    s
}

/// Appends [`fmt_f64`]'s text for `x` to `out` (`-0.000` is written `0.000`).
pub fn push_f64(out: &mut String, x: f64) {
    if let Some(thousandths) = exact_thousandths(x.abs()) {
        // The same digits `{:.3}` writes (exact value, ties to even), without its slow path.
        if x.is_sign_negative() && thousandths != 0 {
            out.push('-');
        }
        let mut digits = itoa::Buffer::new();
        out.push_str(digits.format(thousandths / 1000));
        out.push('.');
        let frac = (thousandths % 1000) as u16;
        out.push(char::from(b'0' + (frac / 100) as u8));
        out.push(char::from(b'0' + (frac / 10 % 10) as u8));
        out.push(char::from(b'0' + (frac % 10) as u8));
        return;
    }
    use std::fmt::Write;
    let start = out.len();
    write!(out, "{x:.3}").expect("writing to a String");
    if &out[start..] == "-0.000" {
        out.replace_range(start..start + 1, "");
    }
}

/// A finite `x >= 0` below 2^50 rounded to thousandths exactly as `{:.3}` rounds it: its exact
/// binary value times 1,000, to the nearest integer, ties to even. None outside that range.
fn exact_thousandths(x: f64) -> Option<u64> {
    if !x.is_finite() || x >= (1u64 << 50) as f64 {
        return None;
    }
    if x == 0.0 {
        return Some(0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let (mantissa, exp) = if exp == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), exp - 1075)
    };
    // x = mantissa * 2^exp, so x * 1000 = mantissa * 1000 * 2^exp.
    let scaled = u128::from(mantissa) * 1000;
    if exp >= 0 {
        return u64::try_from(scaled << exp).ok();
    }
    let shift = (-exp) as u32;
    if shift >= 127 {
        // Below 2^-64: nearer to 0 than to a thousandth.
        return Some(0);
    }
    let q = scaled >> shift;
    let rem = scaled & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let up = rem > half || (rem == half && q % 2 == 1);
    u64::try_from(q + u128::from(up)).ok()
}

pub fn fmt_opt(x: Option<f64>) -> String {
    x.map(fmt_f64).unwrap_or_default()
}

/// A CSV writer: a header of column names, then rows whose text cells are guarded against
/// spreadsheet formulas when `neutralise` is on. The CSV is what the `csv` crate writes by
/// default: a field is quoted only when it holds a comma, a double quote or a line break (its
/// quotes doubled), records end with `\n`, a record of one empty field is `""`, and every record
/// must have as many fields as the first. Records are buffered and written out 8 KiB at a time.
pub struct CsvWriter<W: Write> {
    out: W,
    buf: Vec<u8>,
    neutralise: bool,
    /// The number of fields of the first record.
    fields: Option<usize>,
}

/// How much [`CsvWriter`] buffers before it writes.
const CSV_BUFFER: usize = 8 * 1024;

impl<W: Write> CsvWriter<W> {
    pub fn new(out: W, neutralise: bool) -> Self {
        CsvWriter {
            out,
            buf: Vec::with_capacity(CSV_BUFFER),
            neutralise,
            fields: None,
        }
    }

    /// Writes the column names (never guarded: they are slant's own).
    pub fn header<S: AsRef<str>>(&mut self, names: &[S]) -> io::Result<()> {
        let start = self.buf.len();
        for (i, name) in names.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            push_csv_field(&mut self.buf, name.as_ref().as_bytes());
        }
        self.end_record(start, names.len())
    }

    pub fn row(&mut self, row: &Row) -> io::Result<()> {
        let start = self.buf.len();
        let mut fields = 0;
        for (c, &text) in row.cells().zip(&row.is_text) {
            if fields > 0 {
                self.buf.push(b',');
            }
            fields += 1;
            let c = without_nul(c);
            if text && self.neutralise {
                push_csv_field(&mut self.buf, neutralise_cell(&c).as_bytes());
            } else {
                push_csv_field(&mut self.buf, c.as_bytes());
            }
        }
        self.end_record(start, fields)
    }

    /// Ends the record begun at byte `start` of the buffer, with `fields` fields.
    fn end_record(&mut self, start: usize, fields: usize) -> io::Result<()> {
        let expected = *self.fields.get_or_insert(fields);
        if expected != fields {
            return Err(io::Error::other(format!(
                "UnequalLengths {{ pos: None, expected_len: {expected}, len: {fields} }}"
            )));
        }
        if self.buf.len() == start {
            self.buf.extend_from_slice(b"\"\"");
        }
        self.buf.push(b'\n');
        if self.buf.len() >= CSV_BUFFER {
            self.write_buffer()?;
        }
        Ok(())
    }

    fn write_buffer(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.write_buffer()?;
        self.out.flush()
    }
}

impl<W: Write> Drop for CsvWriter<W> {
    /// What was not flushed is written out, errors ignored (as `csv::Writer` does).
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// Appends one CSV field: quoted, its quotes doubled, when it holds a comma, a double quote or a
/// line break.
fn push_csv_field(out: &mut Vec<u8>, field: &[u8]) {
    if !field
        .iter()
        .any(|&b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
        out.extend_from_slice(field);
        return;
    }
    out.push(b'"');
    for &b in field {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
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

    /// The fast path writes exactly what `{:.3}` writes: exact ties (which round to even), values
    /// just either side of them, tiny, huge, negative and subnormal numbers, and a million
    /// pseudo-random ratios like the ones slant writes.
    #[test]
    fn numbers_are_written_as_format_writes_them() {
        let reference = |x: f64| {
            let s = format!("{x:.3}");
            if s == "-0.000" {
                "0.000".to_string()
            } else {
                s
            }
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.0005,
            0.0015,
            0.0025,
            0.0625,
            0.1875,
            2.5e-4,
            1.0005,
            -1.0005,
            1e-300,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            123456.7895,
            999.9995,
            0.9995,
            1e15,
            1.5e14,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -2.0004999,
        ];
        for k in 0..20_000u32 {
            let tie = f64::from(k) / 8000.0;
            values.extend([
                tie,
                -tie,
                f64::from_bits(tie.to_bits() + 1),
                f64::from_bits(tie.to_bits().saturating_sub(1)),
            ]);
        }
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..1_000_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let a = (state >> 40) as f64;
            let b = ((state & 0xffff) + 1) as f64;
            values.push(a / b);
            values.push(-(a / b) / 1000.0);
            values.push(f64::from_bits(state >> 2));
        }
        for x in values {
            let mut s = String::new();
            push_f64(&mut s, x);
            assert_eq!(s, reference(x), "{x:e}");
        }
    }

    /// The writer writes what the `csv` crate writes by default, on cells that need quoting,
    /// doubled quotes, line breaks, NULs, empty cells, a record of one empty field, and long rows.
    #[test]
    fn csv_is_written_as_the_csv_crate_writes_it() {
        let cells = [
            "plain",
            "",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\r",
            "nul\0byte",
            "=1+1",
            "-3",
            " lead",
            "‘curly’ “quotes”",
            "tab\there",
            "#hash",
            "''",
        ];
        let mut rows: Vec<Vec<&str>> = vec![vec![""], vec!["x"], vec!["", ""], vec!["\"\""]];
        for i in 0..cells.len() {
            rows.push((0..5).map(|k| cells[(i + 3 * k) % cells.len()]).collect());
        }
        let long = "x,".repeat(6000);
        rows.push(vec![&long, "y"]);
        for neutralise in [false, true] {
            for row_cells in &rows {
                let mut row = Row::default();
                for (k, c) in row_cells.iter().enumerate() {
                    if k % 2 == 0 {
                        row.text("t", c);
                    } else {
                        row.text_of("d", c);
                        row.is_text[k] = false;
                    }
                }
                let mut ours = Vec::new();
                {
                    let mut w = CsvWriter::new(&mut ours, neutralise);
                    w.header(&row.names).unwrap();
                    w.row(&row).unwrap();
                    w.row(&row).unwrap();
                    w.flush().unwrap();
                }
                let mut theirs = csv::Writer::from_writer(Vec::new());
                theirs.write_record(&row.names).unwrap();
                for _ in 0..2 {
                    for (c, &text) in row.cells().zip(&row.is_text) {
                        let c = without_nul(c);
                        let c = if text && neutralise {
                            neutralise_cell(&c).into_owned()
                        } else {
                            c.into_owned()
                        };
                        theirs.write_field(c).unwrap();
                    }
                    theirs.write_record(None::<&[u8]>).unwrap();
                }
                let theirs = theirs.into_inner().unwrap();
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    String::from_utf8(theirs).unwrap(),
                    "{row_cells:?}"
                );
            }
        }
        // Rows of another length are refused, as the csv crate refuses them.
        let mut w = CsvWriter::new(Vec::new(), false);
        w.header(&["a", "b"]).unwrap();
        let mut row = Row::default();
        row.text("a", "1");
        assert!(w.row(&row).is_err());
    }

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
