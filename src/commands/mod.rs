//! Commands: what each `slant` subcommand does, as library functions that take options and
//! writers. The binary only parses arguments and calls these.

pub mod compare;
pub mod eval;
pub mod explain;
pub mod rules;
pub mod score;

use std::io::{self, Write};

/// What happened to the inputs of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunReport {
    pub scored: usize,
    /// Inputs that could not be read or parsed (exit code 1).
    pub failed: usize,
    /// Inputs skipped on purpose (binary files met in a directory walk).
    pub skipped: usize,
    /// Inputs with no text to score.
    pub empty: usize,
}

impl RunReport {
    /// The closing summary line written to stderr.
    pub fn summary_line(&self) -> String {
        let mut s = format!("slant: {} scored", self.scored);
        if self.empty > 0 {
            s.push_str(&format!(", {} empty", self.empty));
        }
        if self.skipped > 0 {
            s.push_str(&format!(", {} skipped", self.skipped));
        }
        s.push_str(&format!(", {} failed", self.failed));
        s
    }
}

/// Writes a diagnostic line, ignoring a closed stderr.
pub fn note(diag: &mut dyn Write, line: &str) {
    let _ = writeln!(diag, "{line}");
}

/// Maps an I/O error, keeping closed pipes recognisable.
pub fn is_broken_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}
