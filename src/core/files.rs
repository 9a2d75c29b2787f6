//! Files under `config/`: atomic writes, ASF's file formatting, and bot-name rules that keep
//! every path inside the directory.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Locks that serialise every write, move and delete of one path. A path maps to one of a fixed
/// set of stripes by its hash: two paths may share a stripe (harmless, they only wait for each
/// other), one path never has two.
const LOCK_STRIPES: usize = 64;
static PATH_LOCKS: [Mutex<()>; LOCK_STRIPES] = [const { Mutex::new(()) }; LOCK_STRIPES];

fn stripe(path: &Path) -> usize {
    use std::hash::{Hash, Hasher};
    // Fixed keys: every caller must land on the same stripe for the same path.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    path.hash(&mut hasher);
    (hasher.finish() % LOCK_STRIPES as u64) as usize
}

/// Holds the locks of a set of paths; taken in stripe order, so two holders never deadlock.
pub(crate) struct PathGuard {
    _guards: Vec<MutexGuard<'static, ()>>,
}

/// Locks `paths` for writing, moving or deleting (blocking; call off the async workers).
pub(crate) fn lock_paths<'a>(paths: impl IntoIterator<Item = &'a Path>) -> PathGuard {
    let mut stripes: Vec<usize> = paths.into_iter().map(stripe).collect();
    stripes.sort_unstable();
    stripes.dedup();
    PathGuard {
        _guards: stripes
            .into_iter()
            .map(|i| PATH_LOCKS[i].lock().unwrap_or_else(|e| e.into_inner()))
            .collect(),
    }
}

/// The longest file name, in bytes, the file system of `dir` takes (`NAME_MAX`); 255, the
/// limit of every common Linux file system, when it cannot tell.
pub(crate) fn name_max(dir: &Path) -> usize {
    use std::os::unix::ffi::OsStrExt;
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(c_dir) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return DEFAULT_NAME_MAX;
    };
    // SAFETY: `c_dir` is a valid NUL-terminated path that outlives the call.
    let limit = unsafe { libc::pathconf(c_dir.as_ptr(), libc::_PC_NAME_MAX) };
    usize::try_from(limit)
        .ok()
        .filter(|l| *l > 0)
        .unwrap_or(DEFAULT_NAME_MAX)
}

const DEFAULT_NAME_MAX: usize = 255;

/// A fresh temporary name next to `path`, hidden (so no watcher takes it for a config), unique
/// within the process and across processes, and never longer than the file system allows: the
/// part that repeats the file's name is cut short when it would not fit (the unique tag alone
/// tells temporaries apart), so a file whose name fits always has a temporary that fits.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
    let file = file.as_deref().unwrap_or("file");
    let tag = format!(
        ".{}-{n}-{:016x}.tmp",
        std::process::id(),
        rand::random::<u64>()
    );
    let dir = path.parent().unwrap_or(Path::new("."));
    let room = name_max(dir).saturating_sub(1 + tag.len());
    let mut cut = room.min(file.len());
    while !file.is_char_boundary(cut) {
        cut -= 1;
    }
    path.with_file_name(format!(".{}{tag}", &file[..cut]))
}

/// The temporary files of writes under way, so that a stopping process can remove those it
/// cannot wait for ([`WriteRegistry::close`]).
struct WriteRegistry {
    state: Mutex<RegistryState>,
    idle: std::sync::Condvar,
}

struct RegistryState {
    /// Set once the process stops: no write starts any more.
    closed: bool,
    temporaries: Vec<PathBuf>,
}

/// The registry of this process's writes.
static WRITES: WriteRegistry = WriteRegistry::new();

impl WriteRegistry {
    const fn new() -> Self {
        Self {
            state: Mutex::new(RegistryState {
                closed: false,
                temporaries: Vec::new(),
            }),
            idle: std::sync::Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, RegistryState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records a write about to create `temp`; refused once the registry is closed.
    fn begin(&self, temp: &Path) -> std::io::Result<()> {
        let mut state = self.lock();
        if state.closed {
            return Err(stopping());
        }
        state.temporaries.push(temp.to_path_buf());
        Ok(())
    }

    /// Whether `temp` is still recorded: [`WriteRegistry::close`] takes the records of the
    /// writes it gives up on (and removes their files).
    fn still_open(&self, temp: &Path) -> bool {
        self.lock().temporaries.iter().any(|t| t == temp)
    }

    /// Records that the write of `temp` ended (its temporary renamed or removed).
    fn end(&self, temp: &Path) {
        let mut state = self.lock();
        state.temporaries.retain(|t| t != temp);
        if state.temporaries.is_empty() {
            self.idle.notify_all();
        }
    }

    /// Refuses new writes, waits up to `grace` for those under way to finish, then removes the
    /// temporary files of any still running (their targets keep the old content).
    fn close(&self, grace: std::time::Duration) {
        let mut state = self.lock();
        state.closed = true;
        let deadline = std::time::Instant::now() + grace;
        while !state.temporaries.is_empty() {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                break;
            }
            state = self
                .idle
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        for temp in std::mem::take(&mut state.temporaries) {
            let _ = std::fs::remove_file(temp);
        }
    }
}

fn stopping() -> std::io::Error {
    std::io::Error::other("the process is stopping")
}

/// Ends this process's file writes before it exits: new writes are refused, those under way
/// get up to `grace` to finish, and the temporaries of the rest are removed.
pub fn close_writes(grace: std::time::Duration) {
    WRITES.close(grace);
}

/// Writes `bytes` to `path` so that a crash or `kill -9` leaves either the old file or the new
/// one, never a torn or empty file: write a fresh temporary file (created exclusively, never
/// through a symlink), fsync it, rename it over `path`, fsync the directory. Writers of one path
/// take turns; the last one wins. A stopping process removes the temporaries of writes it does
/// not wait for ([`close_writes`]); the next start removes those a crash left.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let _guard = lock_paths([path]);
    write_atomic_locked(path, bytes)
}

/// [`write_atomic`] for a caller that already holds the path's lock.
pub(crate) fn write_atomic_locked(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_registered(&WRITES, path, bytes)
}

/// The permission bits a new file of this process gets: its owner's alone. Configs, bot
/// databases and authenticator files hold passwords, tokens and shared secrets, and the umask
/// of a service is often 022.
const NEW_FILE_MODE: u32 = 0o600;

/// Options that create a file only its owner may read, never through a symlink: every file
/// this process creates is opened with them.
pub(crate) fn owner_only() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    options.mode(NEW_FILE_MODE).custom_flags(libc::O_NOFOLLOW);
    options
}

/// The permission bits the file at `path` keeps when it is written again: its own read and
/// write bits when it exists (an operator's `chmod g+r` survives a save; set-id bits do
/// not), else [`NEW_FILE_MODE`].
fn mode_to_keep(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .ok()
        .filter(|meta| meta.is_file())
        .map_or(NEW_FILE_MODE, |meta| meta.permissions().mode() & 0o777)
}

fn write_registered(registry: &WriteRegistry, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let temp = temp_path(path);
    registry.begin(&temp)?;
    let result = (|| {
        let mode = mode_to_keep(path);
        let mut file = owner_only().write(true).create_new(true).open(&temp)?;
        if mode != NEW_FILE_MODE {
            // Created owner-only, widened only to what the replaced file allowed; the umask
            // does not narrow a mode the operator chose. Where the file system keeps no modes,
            // the file stays owner-only, the safe side.
            let _ = file.set_permissions(std::fs::Permissions::from_mode(mode));
        }
        if !registry.still_open(&temp) {
            // Closed between recording this write and creating its file, so the registry
            // removed nothing: the file is removed below.
            return Err(stopping());
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        sync_parent(path);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    registry.end(&temp);
    result
}

/// Whether `name` is one of [`temp_path`]'s names: `.<file>.<pid>-<n>-<16 hex digits>.tmp`.
fn is_temporary_name(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((_, tag)) = inner.rsplit_once('.') else {
        return false;
    };
    let parts: Vec<&str> = tag.split('-').collect();
    matches!(parts.as_slice(), [pid, n, random]
        if pid.bytes().all(|b| b.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit())
            && random.len() == 16
            && random.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Removes the temporary files of writes a crash cut short (one process owns `dir`, so at
/// start none of them is in use).
pub(crate) fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        if entry.file_name().to_str().is_some_and(is_temporary_name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Makes a rename in `path`'s directory durable; not every platform lets a directory be opened.
fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent()
        && let Ok(dir) = std::fs::File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
    {
        let _ = dir.sync_all();
    }
}

/// Moves `from` to `to` only if `to` does not exist (`AlreadyExists` otherwise), atomically.
/// The caller holds both paths' locks.
pub(crate) fn rename_no_replace(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        CString::new(p.as_os_str().as_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
    };
    let (source, target) = (c(from)?, c(to)?);
    // SAFETY: both arguments are valid NUL-terminated paths that outlive the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            source.as_ptr(),
            libc::AT_FDCWD,
            target.as_ptr(),
            libc::RENAME_NOREPLACE,
        )
    };
    if rc == 0 {
        sync_parent(to);
        return Ok(());
    }
    let error = std::io::Error::last_os_error();
    if error.raw_os_error() != Some(libc::EINVAL) {
        return Err(error);
    }
    // A file system without RENAME_NOREPLACE: a hard link fails on an existing target just
    // the same; the source goes once the link stands.
    std::fs::hard_link(from, to)?;
    std::fs::remove_file(from)?;
    sync_parent(to);
    Ok(())
}

/// Moves each `(from, to)` in order with `mover` (in production [`rename_no_replace`]); a
/// missing source is skipped. All or nothing: when one move fails, the moves done so far are
/// undone in reverse order and the first error is returned. The caller holds every path's
/// lock.
pub(crate) fn move_all_or_none(
    moves: &[(PathBuf, PathBuf)],
    mover: impl Fn(&Path, &Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut done: Vec<&(PathBuf, PathBuf)> = Vec::with_capacity(moves.len());
    for step in moves {
        match mover(&step.0, &step.1) {
            Ok(()) => done.push(step),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                for (from, to) in done.into_iter().rev() {
                    // Back to a name that was just freed; only an outside hand could stop it.
                    let _ = mover(to, from);
                }
                return Err(error);
            }
        }
    }
    Ok(())
}

/// Deletes every file of `paths` that exists, all or nothing: each is first moved aside to a
/// temporary name (a rename, which fails without touching anything), and only when every one
/// is aside are they removed; when a move fails, or a name holds a directory, every file stays.
/// A crash between the two steps leaves temporaries that the next start removes. The caller
/// holds every path's lock.
pub(crate) fn remove_all_or_none(paths: &[PathBuf]) -> std::io::Result<()> {
    // A directory under one of the names is nothing to delete: refused before anything moves.
    if paths
        .iter()
        .any(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()))
    {
        return Err(std::io::Error::from(std::io::ErrorKind::IsADirectory));
    }
    let aside: Vec<(PathBuf, PathBuf)> = paths
        .iter()
        .map(|path| (path.clone(), temp_path(path)))
        .collect();
    move_all_or_none(&aside, rename_no_replace)?;
    for (_, temp) in &aside {
        // Cannot fail for a file just moved; a temporary left behind goes at the next start.
        let _ = std::fs::remove_file(temp);
    }
    Ok(())
}

/// JSON as ASF writes its own files: indented with tabs, in its serializer's escaping
/// (`UnsafeRelaxedJsonEscaping`: most non-ASCII kept as is, see `json_text::relaxed_escapes`).
pub(crate) fn to_file_json<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    // Serialising JSON values into memory cannot fail.
    let _ = value.serialize(&mut serializer);
    crate::core::json_text::escape_relaxed(&out).unwrap_or(out)
}

/// ASF's bot-name rule, made strict for paths: not empty, not starting with `.`, not `ASF`
/// (any case), and free of path separators and NUL, so that `config/<name>.json` always names
/// a file directly inside `config/`.
pub(crate) fn is_valid_bot_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.eq_ignore_ascii_case("ASF")
        && !name.contains(['/', '\\', '\0'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("Bot.json");
        write_atomic(&path, b"one").expect("write");
        write_atomic(&path, b"two").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["Bot.json"], "no temporary file is left");
        let missing = dir.path().join("no/such/dir.json");
        assert!(write_atomic(&missing, b"x").is_err());
    }

    #[test]
    fn new_files_are_the_owners_alone_and_rewrites_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("Bot.json");
        let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o7777;
        write_atomic(&path, b"one").expect("write");
        assert_eq!(mode(&path), 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomic(&path, b"two").expect("write");
        assert_eq!(mode(&path), 0o640);
        assert_eq!(std::fs::read(&path).expect("read"), b"two");
    }

    #[test]
    fn a_planted_symlink_is_never_followed() {
        let dir = tempfile::tempdir().expect("dir");
        let outside = dir.path().join("outside.txt");
        std::fs::write(&outside, b"precious").expect("write");
        let config = dir.path().join("config");
        std::fs::create_dir(&config).expect("mkdir");
        let path = config.join("Bot.json");
        // The name every writer used to share, and the name a link at the target itself has.
        std::os::unix::fs::symlink(&outside, config.join("Bot.json.new")).expect("link");
        write_atomic(&path, b"new").expect("write");
        assert_eq!(std::fs::read(&outside).expect("read"), b"precious");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        std::fs::remove_file(&path).expect("rm");
        std::os::unix::fs::symlink(&outside, &path).expect("link");
        write_atomic(&path, b"newer").expect("write");
        assert_eq!(std::fs::read(&outside).expect("read"), b"precious");
        assert_eq!(std::fs::read(&path).expect("read"), b"newer");
    }

    #[test]
    fn parallel_writers_leave_one_whole_file() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("ASF.json");
        std::thread::scope(|scope| {
            for i in 0..20 {
                let path = &path;
                scope.spawn(move || {
                    let body = format!("{{\"n\": {i}, \"pad\": \"{}\"}}", "x".repeat(100_000));
                    write_atomic(path, body.as_bytes()).expect("every writer succeeds");
                });
            }
        });
        let text = std::fs::read_to_string(&path).expect("read");
        serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1);
    }

    #[test]
    fn stale_temporaries_are_recognised() {
        let dir = tempfile::tempdir().expect("dir");
        let temp = temp_path(&dir.path().join("Bot.json"));
        std::fs::write(&temp, b"half").expect("write");
        std::fs::write(dir.path().join(".hidden.tmp"), b"not ours").expect("write");
        remove_stale_temporaries(dir.path());
        assert!(!temp.exists());
        assert!(dir.path().join(".hidden.tmp").exists());
    }

    #[test]
    fn rename_never_replaces() {
        let dir = tempfile::tempdir().expect("dir");
        let (a, b, c) = (
            dir.path().join("a"),
            dir.path().join("b"),
            dir.path().join("c"),
        );
        std::fs::write(&a, b"a").expect("write");
        std::fs::write(&b, b"b").expect("write");
        let error = rename_no_replace(&a, &b).expect_err("b exists");
        assert_eq!(error.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&b).expect("read"), b"b");
        rename_no_replace(&a, &c).expect("c is free");
        assert_eq!(std::fs::read(&c).expect("read"), b"a");
        assert!(!a.exists());
    }

    #[test]
    fn temporaries_fit_the_file_system_whatever_the_name() {
        let dir = tempfile::tempdir().expect("dir");
        let limit = name_max(dir.path());
        for len in [1, limit / 2, limit - 40, limit - 1, limit] {
            let name: String = "é".repeat(len / 2) + &"x".repeat(len % 2);
            let path = dir.path().join(&name);
            let temp = temp_path(&path);
            let temp_name = temp
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            assert!(temp_name.len() <= limit, "{len}: {}", temp_name.len());
            assert!(is_temporary_name(&temp_name), "{temp_name}");
            write_atomic(&path, b"x").unwrap_or_else(|e| panic!("{len}: {e}"));
            std::fs::remove_file(&path).expect("rm");
        }
    }

    #[test]
    fn a_closed_registry_refuses_writes_and_removes_what_it_gave_up_on() {
        let dir = tempfile::tempdir().expect("dir");
        let registry = WriteRegistry::new();
        let path = dir.path().join("Bot.db");
        write_registered(&registry, &path, b"one").expect("open registry writes");
        // A write under way: recorded, its temporary on disk.
        let temp = temp_path(&path);
        registry.begin(&temp).expect("begin");
        std::fs::write(&temp, b"half").expect("temp");
        registry.close(std::time::Duration::from_millis(10));
        assert!(
            !temp.exists(),
            "the temporary of a write given up on is removed"
        );
        assert!(write_registered(&registry, &path, b"two").is_err());
        assert_eq!(std::fs::read(&path).expect("read"), b"one");
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1);
    }

    #[test]
    fn moves_are_all_or_none() {
        let dir = tempfile::tempdir().expect("dir");
        let p = |n: &str| dir.path().join(n);
        for name in ["a.db", "a.keys", "a.json"] {
            std::fs::write(p(name), name).expect("write");
        }
        let moves: Vec<(PathBuf, PathBuf)> = ["a.db", "a.missing", "a.keys", "a.json"]
            .iter()
            .map(|n| (p(n), p(&n.replacen('a', "b", 1))))
            .collect();
        // The third real move fails: the two before it are undone.
        let failing = |from: &Path, to: &Path| {
            if to.ends_with("b.json") {
                return Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
            }
            rename_no_replace(from, to)
        };
        assert!(move_all_or_none(&moves, failing).is_err());
        for name in ["a.db", "a.keys", "a.json"] {
            assert_eq!(std::fs::read_to_string(p(name)).expect("back"), name);
        }
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 3);
        move_all_or_none(&moves, rename_no_replace).expect("moves");
        for name in ["b.db", "b.keys", "b.json"] {
            assert!(p(name).exists(), "{name}");
        }
        // A directory under one of the names: nothing is deleted.
        std::fs::create_dir(p("b.keys.used")).expect("dir");
        let paths: Vec<PathBuf> = ["b.db", "b.keys", "b.keys.used", "b.json"]
            .iter()
            .map(|n| p(n))
            .collect();
        assert!(remove_all_or_none(&paths).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 4);
        std::fs::remove_dir(p("b.keys.used")).expect("rmdir");
        remove_all_or_none(&paths).expect("deleted");
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0);
    }

    #[test]
    fn file_json_uses_tabs() {
        let text = to_file_json(&serde_json::json!({"A": {"B": "ü"}}));
        assert_eq!(
            String::from_utf8(text).expect("utf8"),
            "{\n\t\"A\": {\n\t\t\"B\": \"ü\"\n\t}\n}"
        );
    }

    #[test]
    fn bot_names() {
        for good in ["Main", "bot 1", "a+b", "Ünï", "asf2"] {
            assert!(is_valid_bot_name(good), "{good}");
        }
        for bad in [
            "", ".hidden", "..", "../x", "a/b", "a\\b", "/abs", "ASF", "asf", "a\0b",
        ] {
            assert!(!is_valid_bot_name(bad), "{bad:?}");
        }
    }
}
