//! [`AtomicFile`]: an output file that appears whole or not at all.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// An output file written under a temporary name (created fresh, `O_EXCL`, with a random suffix,
/// beside the destination) and renamed into place on [`AtomicFile::commit`], so an interrupted
/// run never leaves a truncated output. Dropped without commit, or on any error in `commit`, the
/// temporary goes.
///
/// - A symbolic link is written through: the file it points to is replaced, the link stays.
/// - An existing file keeps its permission bits; a new one gets `0o666` less the umask, as a
///   plain `File::create` would.
/// - Only a regular file (or a path that does not exist yet) is replaced atomically. Anything
///   else that exists — a device such as `/dev/null`, a FIFO, a socket — is opened and written
///   directly, since renaming over it would replace the device or pipe with a regular file.
pub struct AtomicFile {
    target: Target,
}

enum Target {
    /// Written to a temporary, renamed onto `dest` on commit.
    Replace {
        file: BufWriter<NamedTempFile>,
        dest: PathBuf,
        registered: Registered,
    },
    /// Written in place (a device, FIFO or socket).
    Direct(BufWriter<File>),
}

/// The temporary files of every [`AtomicFile`] not yet committed or dropped, so that a signal
/// handler (installed by the binary: the library installs none) can remove them before the process
/// ends: see [`remove_temporaries`].
static PENDING: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes the temporary file of every [`AtomicFile`] still being written. For a handler of
/// SIGINT/SIGTERM that then ends the process: nothing is left behind and no destination is
/// touched. Safe to call at any time; a later commit of such a file fails.
pub fn remove_temporaries() {
    for path in pending().drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

/// How many symbolic links are followed before giving up (as the kernel's `ELOOP` limit).
const MAX_LINKS: usize = 40;

impl AtomicFile {
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let dest = resolve_links(dest)?;
        let existing = match std::fs::metadata(&dest) {
            Ok(m) => Some(m),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        if let Some(m) = &existing {
            if !m.is_file() {
                // A directory fails here (EISDIR), before anything is written.
                let file = OpenOptions::new().write(true).open(&dest)?;
                return Ok(AtomicFile {
                    target: Target::Direct(BufWriter::new(file)),
                });
            }
        }
        let dir = dest
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let prefix = format!(".{name}.slant-tmp-");
        // `make_in` rather than `tempfile_in`: the file is opened by us (create_new, mode 0o666
        // less the umask, like `File::create`), so an error reads as the plain OS error.
        let tmp = tempfile::Builder::new()
            .prefix(&prefix)
            .make_in(dir, |path| {
                let mut o = OpenOptions::new();
                o.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o666);
                o.open(path)
            })?;
        pending().push(tmp.path().to_path_buf());
        let registered = Registered(tmp.path().to_path_buf());
        if let Some(m) = existing {
            tmp.as_file().set_permissions(m.permissions())?;
        }
        Ok(AtomicFile {
            target: Target::Replace {
                file: BufWriter::new(tmp),
                dest,
                registered,
            },
        })
    }

    /// Flushes, syncs and renames the temporary file onto the destination (for a device or pipe:
    /// flushes). On an error the temporary file is removed.
    pub fn commit(mut self) -> io::Result<()> {
        // Flush while `self` still owns everything: on failure, dropping `self` removes the temp.
        self.flush()?;
        match self.target {
            Target::Direct(_) => Ok(()),
            Target::Replace {
                file,
                dest,
                registered,
            } => {
                let tmp = file.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                let path = tmp.path().to_path_buf();
                // Still registered (not removed by a signal handler meanwhile): persist it.
                let mut list = pending();
                let Some(i) = list.iter().position(|p| *p == path) else {
                    return Err(io::Error::other("interrupted: temporary file removed"));
                };
                list.swap_remove(i);
                let result = tmp.persist(&dest).map_err(|e| e.error);
                drop(list);
                drop(registered);
                result.map(|_| ())
            }
        }
    }
}

/// `path` with every symbolic link in its last component followed (to a target that may not
/// exist yet), so the link itself is not replaced.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// A temporary's place in [`PENDING`], given up when the file is committed or dropped (the file
/// itself is removed by `NamedTempFile`'s drop).
struct Registered(PathBuf);

impl Drop for Registered {
    fn drop(&mut self) {
        pending().retain(|p| *p != self.0);
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.target {
            Target::Replace { file, .. } => file.write(buf),
            Target::Direct(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.target {
            Target::Replace { file, .. } => file.flush(),
            Target::Direct(file) => file.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("slant-atomic-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn names(d: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn commit_replaces_and_drop_discards() {
        let d = dir("basic");
        let dest = d.join("out.csv");
        std::fs::write(&dest, "old\n").unwrap();
        let mut f = AtomicFile::create(&dest).unwrap();
        f.write_all(b"new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old\n");
        drop(f);
        assert_eq!(names(&d), ["out.csv"]);
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old\n");
        let mut f = AtomicFile::create(&dest).unwrap();
        f.write_all(b"new\n").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "new\n");
        assert_eq!(names(&d), ["out.csv"]);
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn relative_symlink_is_written_through() {
        let d = dir("link");
        std::fs::create_dir_all(d.join("real")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("real/target.csv", d.join("link.csv")).unwrap();
            let mut f = AtomicFile::create(&d.join("link.csv")).unwrap();
            f.write_all(b"x").unwrap();
            f.commit().unwrap();
            assert_eq!(
                std::fs::read_to_string(d.join("real/target.csv")).unwrap(),
                "x"
            );
            assert!(std::fs::symlink_metadata(d.join("link.csv"))
                .unwrap()
                .file_type()
                .is_symlink());
        }
        std::fs::remove_dir_all(&d).unwrap();
    }
}
