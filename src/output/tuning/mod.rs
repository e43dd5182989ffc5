//! Writers of the tuning analyses (`slant eval`, `slant rules diff`, `slant rules suggest`):
//! each analysis returns a plain `Serialize` struct; these render it for people, and
//! [`write_json`] renders any of them as JSON.

pub mod diff;
pub mod eval;
pub mod suggest;

use serde::Serialize;
use std::io::{self, Write};

/// How `eval` and `rules diff` write their report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ReportFormat {
    /// For reading.
    #[default]
    Text,
    /// Every figure, for scripts.
    Json,
}

/// How `rules suggest` writes its candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum SuggestFormat {
    /// A rule to paste into a rule file.
    #[default]
    Toml,
    /// The candidates with their counts, for scripts.
    Json,
}

/// Writes `value` as pretty-printed JSON and a newline.
pub fn write_json(value: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
