//! Where output goes: standard output or an atomic `--out` file, with the failures that have an
//! exit status of their own; an output that is also an input refused; a closed standard output
//! noticed; temporary files removed when a signal ends the run.

use anyhow::Context;
use slant::output::AtomicFile;
use slant::rules::RuleError;
use std::io::{self, Write};
use std::path::PathBuf;

/// A failure that maps to an exit code of its own.
pub enum Failure {
    Rules(RuleError),
    /// An output (stdout, `--out`, `--html`) could not be written: exit 3.
    Output(anyhow::Error),
    /// A usage error found after parsing (an output that is also an input): exit 2.
    Usage(anyhow::Error),
    Other(anyhow::Error),
}

/// The exit status of an output that could not be written.
pub const EXIT_OUTPUT: u8 = 3;

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Other(e)
    }
}

impl From<RuleError> for Failure {
    fn from(e: RuleError) -> Self {
        Failure::Rules(e)
    }
}

/// On SIGINT or SIGTERM: removes the temporary files of outputs being written, then ends with
/// 128 + the signal number (130, 143), as a shell reports a process ended by it.
pub fn handle_signals() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            slant::output::remove_temporaries();
            std::process::exit(128 + sig);
        }
    });
}

/// Runs `body` with stdout or an atomic `--out` file as the output. Any error writing it is a
/// [`Failure::Output`] naming the output (exit 3); a closed pipe stays success.
pub fn with_output<T>(
    out: &Option<PathBuf>,
    body: impl FnOnce(&mut dyn Write) -> io::Result<T>,
) -> Result<T, Failure> {
    let fail = |e: anyhow::Error| Failure::Output(e);
    match out {
        Some(path) => {
            let mut file = AtomicFile::create(path)
                .with_context(|| format!("cannot create {}", path.display()))
                .map_err(fail)?;
            let value = body(&mut file)
                .with_context(|| format!("cannot write {}", path.display()))
                .map_err(fail)?;
            file.commit()
                .with_context(|| format!("cannot write {}", path.display()))
                .map_err(fail)?;
            Ok(value)
        }
        None => {
            stdout_is_open().map_err(fail)?;
            let stdout = io::stdout();
            let mut lock = io::BufWriter::with_capacity(1 << 16, stdout.lock());
            let value = body(&mut lock).map_err(|e| {
                // An output file written beside stdout (explain --html) names itself.
                let named = e
                    .get_ref()
                    .is_some_and(|i| i.is::<slant::output::OutputError>());
                fail(if named {
                    anyhow::Error::new(e)
                } else {
                    anyhow::Error::new(e).context("cannot write to standard output")
                })
            })?;
            lock.flush()
                .context("cannot write to standard output")
                .map_err(fail)?;
            Ok(value)
        }
    }
}

/// Whether standard output was closed when slant started (set first thing in `main`, before
/// any file is opened and could take descriptor 1).
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes whether descriptor 1 is open. It must run before Rust's runtime starts `main`: the
/// runtime reopens a closed standard descriptor on /dev/null, which would hide it. On Linux it
/// runs from `.init_array` (as a C constructor does).
#[cfg(target_os = "linux")]
extern "C" fn check_stdout_at_start() {
    use std::os::fd::BorrowedFd;
    // SAFETY: descriptor 1 is only borrowed for `fcntl(F_DUPFD_CLOEXEC)`; the duplicate, if
    // any, is closed at once.
    let closed = unsafe { BorrowedFd::borrow_raw(1) }
        .try_clone_to_owned()
        .is_err();
    STDOUT_CLOSED.store(closed, std::sync::atomic::Ordering::Relaxed);
}

#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static CHECK_STDOUT: extern "C" fn() = check_stdout_at_start;

/// A closed standard output (`slant score x >&-`) is an error: Rust's standard streams treat
/// writes to a closed descriptor as success, which would lose the output with exit 0.
fn stdout_is_open() -> anyhow::Result<()> {
    if STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed) {
        anyhow::bail!("cannot write to standard output: it is closed");
    }
    Ok(())
}

/// Refuses an output file that is one of the inputs (the same file, however named): writing it
/// would replace an article before, or while, it is read.
pub fn refuse_output_over_input(out: Option<&PathBuf>, inputs: &[PathBuf]) -> Result<(), Failure> {
    let Some(out) = out else { return Ok(()) };
    let Ok(o) = std::fs::metadata(out) else {
        return Ok(());
    };
    for input in inputs {
        let Ok(i) = std::fs::metadata(input) else {
            continue;
        };
        if same_file(&o, &i) {
            return Err(Failure::Usage(anyhow::anyhow!(
                "--out {} is also an input ({}); refusing to overwrite an input",
                out.display(),
                input.display()
            )));
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.is_file() && a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}
