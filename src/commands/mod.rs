//! Commands: what each `slant` subcommand does, as library functions that take options and
//! writers. The binary only parses arguments and calls these.

pub mod compare;
pub mod eval;
pub mod explain;
pub mod rules;
pub mod score;

use std::io::{self, Write};

pub use crate::report::RunReport;

/// Writes a diagnostic line, ignoring a closed stderr.
pub fn note(diag: &mut dyn Write, line: &str) {
    let _ = writeln!(diag, "{line}");
}

/// Maps an I/O error, keeping closed pipes recognisable.
pub fn is_broken_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}
