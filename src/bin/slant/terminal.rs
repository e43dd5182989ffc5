//! How slant's events look on a terminal: one `severity: what` line per event on stderr, a
//! progress bar when stderr is a terminal, the closing summary, and the colour policy.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use slant::report::{Event, Reporter, RunReport};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Whether standard output takes colour: a terminal, unless `NO_COLOR` is set (or
/// `CLICOLOR_FORCE` forces it), as `anstream` decides for every command alike.
pub fn stdout_color() -> bool {
    anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
}

/// Writes events to stderr; shows progress when stderr is a terminal and `quiet` is off.
pub struct Terminal {
    quiet: bool,
    progress: Option<ProgressBar>,
    /// Shown after the closing summary's counts: `(slant 0.1.0, rules sha256:…)`.
    pub provenance: Option<String>,
}

impl Terminal {
    /// A reporter with a progress display for reading `inputs`: a bar with percentage and ETA
    /// when their size is known, a spinner otherwise.
    pub fn new(quiet: bool, inputs: &[PathBuf]) -> Terminal {
        let show = !quiet && io::stderr().is_terminal();
        let total_bytes = if show {
            slant::input::total_bytes(inputs)
        } else {
            None
        };
        let progress = show.then(|| match total_bytes {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr())
                .with_style(
                ProgressStyle::with_template(
                    "{bar:30} {percent:>3}% {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
                )
                .expect("valid template"),
            ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                    .expect("valid template"),
            ),
        });
        Terminal {
            quiet,
            progress,
            provenance: None,
        }
    }

    /// A reporter for commands that show no progress.
    pub fn plain(quiet: bool) -> Terminal {
        Terminal {
            quiet,
            progress: None,
            provenance: None,
        }
    }

    /// Clears the progress display and writes the closing summary line (unless quiet).
    pub fn summary(&mut self, run: &RunReport) {
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
        if !self.quiet {
            let line = match &self.provenance {
                Some(p) => format!("{} ({p})", run.summary_line()),
                None => run.summary_line(),
            };
            eprintln_lossy(&line);
        }
    }
}

impl Reporter for Terminal {
    fn report(&mut self, event: Event<'_>) {
        if let Event::Progress { run, bytes } = event {
            if let Some(bar) = &self.progress {
                bar.set_position(bytes);
                bar.set_message(format!("{} articles, {} failed", run.scored, run.failed));
            }
            return;
        }
        let Some(line) = event.message() else { return };
        match &self.progress {
            Some(bar) => bar.suspend(|| eprintln_lossy(&line)),
            None => eprintln_lossy(&line),
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
    }
}

/// Writes a line to stderr, ignoring a closed stderr. Control characters (from file names,
/// article ids, rule files) are shown escaped, never sent to the terminal raw.
pub fn eprintln_lossy(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", slant::text::printable(line));
}

/// The exit status of a run: 0 when every input went through, 1 when some failed.
pub fn exit_for(run: &RunReport) -> ExitCode {
    if run.all_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
