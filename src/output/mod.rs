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
        for (c, &text) in row.cells().zip(&row.is_text) {
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
