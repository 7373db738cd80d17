//! Where bytes go: the report (standard output or `-o FILE`), and fixed files, replaced
//! atomically.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::Failure;

/// The report's destination.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// Standard error (the report of `--fix` on standard input, whose text goes to stdout).
    Stderr(BufWriter<io::Stderr>),
    /// A file.
    File(BufWriter<fs::File>),
}

impl Output {
    /// Open the destination: `path`, or standard output (standard error with `to_stderr`).
    pub fn open(path: Option<&Path>, to_stderr: bool) -> Result<Output, Failure> {
        Ok(match path {
            Some(path) => Output::File(BufWriter::with_capacity(
                1 << 16,
                fs::File::create(path)
                    .map_err(|e| Failure::new(format!("cannot write `{}`: {e}", path.display())))?,
            )),
            None if to_stderr => Output::Stderr(BufWriter::new(io::stderr())),
            None => Output::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
        })
    }

    /// True when the report goes to standard output.
    pub fn is_stdout(&self) -> bool {
        matches!(self, Output::Stdout(_))
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::Stderr(w) => w.write(buf),
            Output::File(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.write_all(buf),
            Output::Stderr(w) => w.write_all(buf),
            Output::File(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::Stderr(w) => w.flush(),
            Output::File(w) => w.flush(),
        }
    }
}

/// What a write error means for the run: a closed pipe (`agendum lint | head`) ends it quietly;
/// anything else is an error.
pub fn write_error(e: io::Error) -> Option<Failure> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        None
    } else {
        Some(Failure::new(format!("cannot write the report: {e}")))
    }
}

/// Replace a file's contents atomically: a temporary file in the same folder, flushed to disk,
/// given the original's permissions, then renamed over it. A read-only file is left alone. A
/// symbolic link is followed, so that the file it points to is replaced and the link stays a
/// link.
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = fs::canonicalize(path)?;
    let permissions = fs::metadata(&target)?.permissions();
    if permissions.readonly() {
        // Renaming would get past the file's own protection: respect it instead.
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "the file is read-only"));
    }
    write_beside(&target, bytes, Some(permissions))
}

/// Replace a file's contents as [`replace_file`] does, only if the file still holds `read`,
/// the bytes the new contents were made from: a file edited while the run went on keeps the
/// edit (the fixes are not written; a later run makes them again).
pub fn replace_unchanged(path: &Path, read: &[u8], bytes: &[u8]) -> io::Result<()> {
    if fs::read(path)? != read {
        return Err(io::Error::other("the file changed on disk since it was read; run again to fix it"));
    }
    replace_file(path, bytes)
}

/// Write a file atomically whether or not it exists yet (a baseline): as [`replace_file`] when
/// it does; otherwise a new file with the permissions any new file gets (the umask's).
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(_) => replace_file(path, bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => write_beside(path, bytes, None),
        Err(e) => Err(e),
    }
}

/// Write `bytes` to a temporary file next to `target`, then rename it over `target`. Until
/// the rename, `target` is untouched; a process killed before it leaves `target` whole and a
/// `.agendum-*.tmp` file beside it.
fn write_beside(target: &Path, bytes: &[u8], permissions: Option<fs::Permissions>) -> io::Result<()> {
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".agendum-").suffix(".tmp");
    #[cfg(unix)]
    if permissions.is_none() {
        // Temporary files are private (0600); a new file is not, as `File::create` would make it.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir)?;
    debug_write(temp.as_file_mut(), bytes)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// A way for tests to interrupt a write (debug builds only), with `AGENDUM_DEBUG_WRITE`:
/// `fail` makes the write fail once the temporary file is complete, before the rename;
/// `stop` writes half the bytes, says so on standard error and waits to be killed.
fn debug_write(temp: &mut fs::File, bytes: &[u8]) -> io::Result<()> {
    if !cfg!(debug_assertions) {
        return Ok(());
    }
    match std::env::var("AGENDUM_DEBUG_WRITE").as_deref() {
        Ok("fail") => {
            temp.write_all(bytes)?;
            temp.sync_all()?;
            Err(io::Error::other("write failure requested by AGENDUM_DEBUG_WRITE"))
        }
        Ok("stop") => {
            temp.write_all(&bytes[..bytes.len() / 2])?;
            temp.sync_all()?;
            eprintln!("agendum: debug: stopped in the middle of a write");
            loop {
                std::thread::park();
            }
        }
        _ => Ok(()),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    #[test]
    fn replaces_atomically_keeping_the_mode() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("a.txt");
        fs::write(&path, "old").expect("written");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o604)).expect("mode");
        let inode = fs::metadata(&path).expect("metadata").ino();
        replace_file(&path, b"new text").expect("replaced");
        assert_eq!(fs::read(&path).expect("read"), b"new text");
        let meta = fs::metadata(&path).expect("metadata");
        assert_eq!(meta.permissions().mode() & 0o777, 0o604);
        assert_ne!(meta.ino(), inode, "a new file was renamed over the old one");
        let names: Vec<_> =
            fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names, ["a.txt"], "no temporary file is left");
    }

    #[test]
    fn a_file_edited_since_it_was_read_keeps_the_edit() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("a.txt");
        fs::write(&path, "edited meanwhile").expect("written");
        let err = replace_unchanged(&path, b"as read", b"fixed").expect_err("changed on disk");
        assert!(err.to_string().contains("changed on disk"), "{err}");
        assert_eq!(fs::read(&path).expect("read"), b"edited meanwhile");
        replace_unchanged(&path, b"edited meanwhile", b"fixed").expect("unchanged: replaced");
        assert_eq!(fs::read(&path).expect("read"), b"fixed");
    }

    #[test]
    fn follows_links_and_respects_read_only_files() {
        let dir = tempfile::tempdir().expect("a folder");
        let target = dir.path().join("real.txt");
        let link = dir.path().join("link.txt");
        fs::write(&target, "old").expect("written");
        std::os::unix::fs::symlink("real.txt", &link).expect("a link");
        replace_file(&link, b"new").expect("replaced");
        assert!(
            fs::symlink_metadata(&link).expect("metadata").file_type().is_symlink(),
            "the link stays a link"
        );
        assert_eq!(fs::read(&target).expect("read"), b"new");

        fs::set_permissions(&target, fs::Permissions::from_mode(0o444)).expect("mode");
        let err = replace_file(&target, b"newer").expect_err("read-only");
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(fs::read(&target).expect("read"), b"new");
    }

    #[test]
    fn writes_new_files_with_the_usual_permissions() {
        let dir = tempfile::tempdir().expect("a folder");
        let usual = dir.path().join("usual");
        fs::File::create(&usual).expect("created");
        let path = dir.path().join("baseline.json");
        write_file(&path, b"{}").expect("written");
        assert_eq!(fs::read(&path).expect("read"), b"{}");
        let mode = |p: &Path| fs::metadata(p).expect("metadata").permissions().mode();
        assert_eq!(mode(&path), mode(&usual), "as `File::create` makes them, not 0600");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("mode");
        write_file(&path, b"{\"a\": 1}").expect("replaced");
        assert_eq!((mode(&path) & 0o777, fs::read(&path).expect("read")), (0o640, b"{\"a\": 1}".to_vec()));
    }

    #[test]
    fn broken_pipes_end_the_run_quietly() {
        assert!(write_error(io::Error::from(io::ErrorKind::BrokenPipe)).is_none());
        assert!(write_error(io::Error::other("disk full")).is_some());
    }
}
