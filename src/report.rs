//! The reporting channel: the library says what happened to each input as a typed [`Event`]; the
//! caller's [`Reporter`] decides how it looks and whether it is an error. [`Tally`] counts the
//! events into a [`RunReport`], from which the binary takes its exit code, the same way for
//! every command.

use crate::input::InputError;
use std::path::Path;

/// Something that happened while a command ran.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// An input left out on purpose (a binary file met in a directory walk): a warning.
    InputSkipped(&'a InputError),
    /// An input that could not be read or parsed: the run goes on, the exit status says so.
    InputFailed(&'a InputError),
    /// A problem that did not stop a document from being read (invalid UTF-8 replaced, …).
    InputWarning { id: &'a str, message: &'a str },
    /// An article with no text to score: it gives no rows.
    EmptyArticle { id: &'a str },
    /// Something the user asked for that matched nothing (an `--id` no input has).
    NotFound { what: &'a str },
    /// An output file written beside the main output (an HTML page).
    Wrote { path: &'a Path, what: &'a str },
    /// Work done so far (for a progress display): input bytes read.
    Progress { run: &'a RunReport, bytes: u64 },
}

/// Receives the events of a run.
pub trait Reporter {
    fn report(&mut self, event: Event<'_>);
}

/// A reporter that ignores everything (for library callers that only want results).
#[derive(Debug, Default, Clone, Copy)]
pub struct Silent;

impl Reporter for Silent {
    fn report(&mut self, _: Event<'_>) {}
}

/// Collects events as owned lines (`warning: …`, `error: …`), for tests and bindings.
#[derive(Debug, Default, Clone)]
pub struct Collect {
    pub lines: Vec<String>,
}

impl Reporter for Collect {
    fn report(&mut self, event: Event<'_>) {
        if let Some(line) = event.message() {
            self.lines.push(line);
        }
    }
}

impl Event<'_> {
    /// How serious the event is.
    pub fn severity(&self) -> Severity {
        match self {
            Event::InputFailed(_) | Event::NotFound { .. } => Severity::Error,
            Event::InputSkipped(_) | Event::InputWarning { .. } => Severity::Warning,
            Event::EmptyArticle { .. } => Severity::Note,
            Event::Wrote { .. } => Severity::Info,
            Event::Progress { .. } => Severity::Progress,
        }
    }

    /// The event as one line of text (`severity: what`), or None for progress.
    pub fn message(&self) -> Option<String> {
        let text = match self {
            Event::InputSkipped(e) | Event::InputFailed(e) => e.to_string(),
            Event::InputWarning { id, message } => format!("{id}: {message}"),
            Event::EmptyArticle { id } => {
                format!("{id}: empty article (no text to score); no rows")
            }
            Event::NotFound { what } => what.to_string(),
            Event::Wrote { path, what } => format!("wrote {} ({what})", path.display()),
            Event::Progress { .. } => return None,
        };
        Some(match self.severity().label() {
            Some(label) => format!("{label}: {text}"),
            None => text,
        })
    }
}

/// How serious an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    Note,
    /// What was done, said plainly (`wrote report.html`).
    Info,
    Progress,
}

impl Severity {
    /// The prefix of its line (information and progress carry none).
    fn label(self) -> Option<&'static str> {
        match self {
            Severity::Error => Some("error"),
            Severity::Warning => Some("warning"),
            Severity::Note => Some("note"),
            Severity::Info | Severity::Progress => None,
        }
    }
}

/// What happened to the inputs of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunReport {
    pub scored: usize,
    /// Inputs that could not be read or parsed, and requests that matched nothing (exit code 1).
    pub failed: usize,
    /// Inputs skipped on purpose (binary files met in a directory walk).
    pub skipped: usize,
    /// Inputs with no text to score.
    pub empty: usize,
}

impl RunReport {
    /// The closing summary line.
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

    /// Whether every input went through (skipped and empty ones are no failure).
    pub fn all_ok(&self) -> bool {
        self.failed == 0
    }
}

/// Counts what passes through into a [`RunReport`] and hands every event on.
pub struct Tally<'r> {
    pub run: RunReport,
    pub bytes: u64,
    inner: &'r mut dyn Reporter,
}

impl<'r> Tally<'r> {
    pub fn new(inner: &'r mut dyn Reporter) -> Self {
        Tally {
            run: RunReport::default(),
            bytes: 0,
            inner,
        }
    }

    /// One input that could not be used: skipped on purpose, or failed.
    pub fn input_error(&mut self, e: &InputError) {
        if e.skipped {
            self.run.skipped += 1;
            self.inner.report(Event::InputSkipped(e));
        } else {
            self.run.failed += 1;
            self.inner.report(Event::InputFailed(e));
        }
    }

    /// A document's warnings, then whether it was empty or scored, then progress.
    pub fn document(&mut self, id: &str, warnings: &[String], bytes: usize, empty: bool) {
        for w in warnings {
            self.inner.report(Event::InputWarning { id, message: w });
        }
        self.bytes += bytes as u64;
        if empty {
            self.run.empty += 1;
            self.inner.report(Event::EmptyArticle { id });
        } else {
            self.run.scored += 1;
        }
        self.inner.report(Event::Progress {
            run: &self.run,
            bytes: self.bytes,
        });
    }

    /// A record read and used whole (a gold document, a summary line).
    pub fn record(&mut self) {
        self.run.scored += 1;
    }

    /// A request that matched nothing; counts as a failure.
    pub fn not_found(&mut self, what: &str) {
        self.run.failed += 1;
        self.inner.report(Event::NotFound { what });
    }

    /// Hands any other event on.
    pub fn report(&mut self, event: Event<'_>) {
        self.inner.report(event);
    }

    pub fn finish(self) -> RunReport {
        self.run
    }
}
