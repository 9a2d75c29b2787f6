//! Watching `config/` for hand edits.
//!
//! The kernel reports changes to the directory (inotify on Linux, through the `notify` crate),
//! so an idle process does no work however many bots it has, as ASF's `FileSystemWatcher`
//! does. Where change events cannot be had, the directory is polled instead: every tick lists
//! it and compares each file's size, modification time and inode with what was seen before.
//! That is the case when the kernel refuses a watch (out of inotify watches or instances), on
//! file systems whose changes made by other machines raise no events (NFS, SMB, 9p, FUSE), and
//! when the operator asks for it (`--config-watch-poll`). Either way, each file is handled only
//! after it has been quiet for a moment, so an editor's several writes count as one change.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// How often the directory is listed when it is polled.
pub(crate) const POLL_INTERVAL: Duration = Duration::from_millis(200);
/// How long a file must stay unchanged before its change is handled.
pub(crate) const QUIET_PERIOD: Duration = Duration::from_millis(400);

/// How changes are noticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    /// The kernel's change events, falling back to polling where they cannot be had.
    Events,
    /// Listing the directory every [`POLL_INTERVAL`].
    Poll,
}

/// What identifies one version of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Signature {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

fn signature(metadata: &std::fs::Metadata) -> Signature {
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(metadata);
    #[cfg(not(unix))]
    let inode = 0;
    Signature {
        len: metadata.len(),
        modified: metadata.modified().ok(),
        inode,
    }
}

/// Whether a file of `config/` is one the process reacts to: `*.json`, `*.keys` and
/// `IPC.config`. Temporary files of atomic writes, databases and logs are not.
fn is_interesting(name: &str) -> bool {
    name.ends_with(".json")
        || name.ends_with(".keys")
        || name.eq_ignore_ascii_case(super::ipc_config::FILE_NAME)
}

/// The files of interest in `dir`; `None` when the directory could not be listed completely
/// (out of file descriptors, say). A failed listing must never look like files that
/// disappeared: that would unload bots or restart the listeners with defaults while nothing
/// changed on disk.
fn scan(dir: &Path) -> Option<HashMap<String, Signature>> {
    let mut files = HashMap::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let entry = entry.ok()?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if !is_interesting(&name) {
            continue;
        }
        match entry.metadata() {
            Ok(metadata) if metadata.is_file() => {
                files.insert(name, signature(&metadata));
            }
            Ok(_) => {}
            // Removed between listing and looking: gone, like a file not listed.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(_) => return None,
        }
    }
    Some(files)
}

/// The signature of one file now: `Ok(None)` when it is gone (or is no file), `Err` when it
/// could not be looked at.
fn look(dir: &Path, name: &str) -> Result<Option<Signature>, ()> {
    match std::fs::metadata(dir.join(name)) {
        Ok(metadata) if metadata.is_file() => Ok(Some(signature(&metadata))),
        Ok(_) => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(_) => Err(()),
    }
}

/// Changes seen and not handled yet, shared with the thread that receives the kernel's events.
#[derive(Default)]
struct Pending {
    /// Files by name, with the time of their last change.
    changed: HashMap<String, Instant>,
    /// Events were lost (the kernel's queue overflowed): the directory must be compared with
    /// what was last seen.
    rescan: bool,
}

#[derive(Default)]
struct Shared {
    pending: Mutex<Pending>,
    /// Wakes the watcher when `pending` gained something.
    wake: tokio::sync::Notify,
}

impl Shared {
    /// Takes the changed files that have been quiet for [`QUIET_PERIOD`], by name.
    fn take_quiet(&self) -> Vec<String> {
        let now = Instant::now();
        let mut pending = self.pending();
        let mut ready: Vec<String> = pending
            .changed
            .iter()
            .filter(|(_, since)| now.duration_since(**since) >= QUIET_PERIOD)
            .map(|(name, _)| name.clone())
            .collect();
        for name in &ready {
            pending.changed.remove(name);
        }
        ready.sort_unstable();
        ready
    }

    fn pending(&self) -> std::sync::MutexGuard<'_, Pending> {
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes one event of the kernel: the names it touches are marked changed now.
    fn on_event(&self, event: notify::Result<notify::Event>) {
        let mut pending = self.pending();
        let mut marked = false;
        match event {
            Ok(event) => {
                // Reading a file is no change of it.
                if let notify::EventKind::Access(access) = event.kind
                    && access != notify::event::AccessKind::Close(notify::event::AccessMode::Write)
                {
                    return;
                }
                if event.need_rescan() {
                    pending.rescan = true;
                    marked = true;
                }
                let now = Instant::now();
                for name in event
                    .paths
                    .iter()
                    .filter_map(|path| path.file_name()?.to_str())
                    .filter(|name| is_interesting(name))
                {
                    pending.changed.insert(name.to_string(), now);
                    marked = true;
                }
            }
            // The backend could not read its events: some may be lost.
            Err(_) => {
                pending.rescan = true;
                marked = true;
            }
        }
        drop(pending);
        if marked {
            self.wake.notify_one();
        }
    }
}

/// Starts receiving the kernel's events for `dir` into `shared`; `Err` says why they cannot
/// be had.
fn watch_events(dir: &Path, shared: &Arc<Shared>) -> Result<notify::RecommendedWatcher, String> {
    use notify::Watcher;
    if let Some(kind) = remote_file_system(dir) {
        return Err(format!(
            "it is on {kind}, where changes made elsewhere raise no events"
        ));
    }
    let events = shared.clone();
    let config = notify::Config::default()
        .with_event_kinds(notify::EventKindMask::CORE | notify::EventKindMask::ACCESS_CLOSE);
    let mut watcher = notify::RecommendedWatcher::new(move |event| events.on_event(event), config)
        .map_err(|e| format!("no file events: {e}"))?;
    watcher
        .watch(dir, notify::RecursiveMode::NonRecursive)
        .map_err(|e| format!("no file events: {e}"))?;
    Ok(watcher)
}

/// The kind of network or user-space file system `dir` is on, if it is on one: there, changes
/// made by other machines (or by the host of a container) reach no local watcher.
#[cfg(target_os = "linux")]
fn remote_file_system(dir: &Path) -> Option<&'static str> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: `statfs` fills the zero-initialised plain-data struct it is given for a valid
    // NUL-terminated path, and reads nothing else.
    let kind = unsafe {
        let mut stats: libc::statfs = std::mem::zeroed();
        if libc::statfs(path.as_ptr(), &mut stats) != 0 {
            return None;
        }
        // `f_type` is signed on some targets and unsigned on others; the magic numbers fit.
        #[allow(clippy::unnecessary_cast)]
        let kind = stats.f_type as u64 & 0xFFFF_FFFF;
        kind
    };
    match kind {
        0x6969 => Some("NFS"),
        0x517B => Some("SMB"),
        0xFF53_4D42 => Some("CIFS"),
        0xFE53_4D42 => Some("SMB2"),
        0x0102_1997 => Some("9p"),
        0x6573_5546 => Some("FUSE"),
        0x00C3_6400 => Some("Ceph"),
        0x5346_414F => Some("AFS"),
        _ => None,
    }
}

#[cfg(not(target_os = "linux"))]
fn remote_file_system(_dir: &Path) -> Option<&'static str> {
    None
}

/// A watch of `config/`: started at once, so that no change after [`ConfigWatch::start`]
/// returns goes unseen, and run by [`ConfigWatch::run`].
pub(crate) struct ConfigWatch {
    dir: std::path::PathBuf,
    shared: Arc<Shared>,
    /// Kept alive while watching: dropping it ends the events. `None` when polling.
    events: Option<notify::RecommendedWatcher>,
    /// Whether the directory is listed every [`POLL_INTERVAL`].
    polling: bool,
    /// What each file looked like when it was last listed or handled.
    known: HashMap<String, Signature>,
}

impl ConfigWatch {
    /// Starts receiving the kernel's events for `dir` (when `method` asks for them and they
    /// can be had; else says why on `log`, once, and polls from then on), then lists `dir`:
    /// every later change is one against that listing. Blocking: it lists a directory.
    pub(crate) fn start(dir: &Path, method: Method, log: &slog::Logger) -> Self {
        let shared = Arc::new(Shared::default());
        let events = match method {
            Method::Poll => {
                slog::info!(
                    log,
                    "InitConfigWatchEvents() Watching {} by listing it every {} ms, as asked.",
                    dir.display(),
                    POLL_INTERVAL.as_millis()
                );
                None
            }
            Method::Events => match watch_events(dir, &shared) {
                Ok(watcher) => Some(watcher),
                Err(reason) => {
                    slog::warn!(
                        log,
                        "InitConfigWatchEvents() Watching {} by listing it every {} ms: {reason}",
                        dir.display(),
                        POLL_INTERVAL.as_millis()
                    );
                    None
                }
            },
        };
        Self {
            dir: dir.to_path_buf(),
            shared,
            polling: events.is_none(),
            events,
            // Listed after the events started, so no change falls between the two.
            known: scan(dir).unwrap_or_default(),
        }
    }

    /// Watches until `stop` fires, calling `on_change` with the file name of every file that
    /// appeared, changed or disappeared and then stayed quiet for [`QUIET_PERIOD`]. The calls
    /// run on the blocking pool, in order: reading and applying a file costs time in its
    /// size, which must not be taken from the async workers that answer requests.
    pub(crate) async fn run(
        self,
        mut stop: tokio::sync::watch::Receiver<bool>,
        on_change: impl Fn(&str) + Send + Sync + 'static,
    ) {
        let Self {
            dir,
            shared,
            events: _events,
            polling,
            mut known,
        } = self;
        let dir = dir.as_path();
        let on_change = Arc::new(on_change);
        let mut ticks = tokio::time::interval(POLL_INTERVAL);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let due = shared
                .pending()
                .changed
                .values()
                .min()
                .map(|since| *since + QUIET_PERIOD);
            let list = tokio::select! {
                _ = stop.changed() => return,
                _ = ticks.tick(), if polling => true,
                _ = shared.wake.notified() => false,
                _ = tokio::time::sleep_until(due.unwrap_or_else(Instant::now).into()), if due.is_some() => false,
            };
            if *stop.borrow() {
                return;
            }
            let rescan = std::mem::take(&mut shared.pending().rescan);
            if list || rescan {
                list_again(dir, &shared, &mut known, rescan).await;
            }
            let ready = shared.take_quiet();
            if ready.is_empty() {
                continue;
            }
            announce(dir, ready, on_change.clone(), &mut known).await;
        }
    }
}

/// Lists `dir` again and marks what differs from `known`; a failed listing tells nothing:
/// try again on the next tick (or, for a `rescan`, the next round).
async fn list_again(
    dir: &Path,
    shared: &Shared,
    known: &mut HashMap<String, Signature>,
    rescan: bool,
) {
    let dir_owned = dir.to_path_buf();
    if let Ok(Some(current)) = tokio::task::spawn_blocking(move || scan(&dir_owned)).await {
        mark_differences(known, &current, &mut shared.pending());
        *known = current;
    } else if rescan {
        shared.pending().rescan = true;
    }
}

/// Calls `on_change` for each of the `ready` files, off the async workers, and notes how each
/// looked just before.
async fn announce(
    dir: &Path,
    ready: Vec<String>,
    on_change: Arc<impl Fn(&str) + Send + Sync + 'static>,
    known: &mut HashMap<String, Signature>,
) {
    let dir_owned = dir.to_path_buf();
    let Ok(seen) = tokio::task::spawn_blocking(move || {
        ready
            .into_iter()
            .map(|name| {
                // Looked at before it is read: a change after this look is seen again.
                let signature = look(&dir_owned, &name);
                on_change(&name);
                (name, signature)
            })
            .collect::<Vec<_>>()
    })
    .await
    else {
        return;
    };
    for (name, signature) in seen {
        match signature {
            Ok(Some(signature)) => {
                known.insert(name, signature);
            }
            Ok(None) => {
                known.remove(&name);
            }
            Err(()) => {}
        }
    }
}

/// Marks, now, every file that differs between two listings (appeared, changed, disappeared).
fn mark_differences(
    before: &HashMap<String, Signature>,
    after: &HashMap<String, Signature>,
    pending: &mut Pending,
) {
    let now = Instant::now();
    for (name, signature) in after {
        if before.get(name) != Some(signature) {
            pending.changed.insert(name.clone(), now);
        }
    }
    for name in before.keys() {
        if !after.contains_key(name) {
            pending.changed.insert(name.clone(), now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A watcher on a fresh directory, reporting the names it handles.
    struct Watched {
        dir: tempfile::TempDir,
        handled: tokio::sync::mpsc::UnboundedReceiver<String>,
        _stop: tokio::sync::watch::Sender<bool>,
    }

    impl Watched {
        async fn start(method: Method) -> Self {
            let dir = tempfile::tempdir().expect("dir");
            let (stop, stopped) = tokio::sync::watch::channel(false);
            let (report, handled) = tokio::sync::mpsc::unbounded_channel();
            let log = slog::Logger::root(slog::Discard, slog::o!());
            let watch = ConfigWatch::start(dir.path(), method, &log);
            tokio::spawn(watch.run(stopped, move |name| {
                let _ = report.send(name.to_string());
            }));
            Self {
                dir,
                handled,
                _stop: stop,
            }
        }

        fn path(&self, name: &str) -> std::path::PathBuf {
            self.dir.path().join(name)
        }

        /// The names handled within `wait`, sorted.
        async fn handled_within(&mut self, wait: Duration) -> Vec<String> {
            let deadline = tokio::time::Instant::now() + wait;
            let mut names = Vec::new();
            while let Ok(Some(name)) = tokio::time::timeout_at(deadline, self.handled.recv()).await
            {
                names.push(name);
            }
            names.sort();
            names
        }

        /// Waits for `name` to be handled; returns how long that took.
        async fn expect(&mut self, name: &str) -> Duration {
            let started = Instant::now();
            let handled = tokio::time::timeout(Duration::from_secs(5), self.handled.recv())
                .await
                .ok()
                .flatten();
            assert_eq!(handled.as_deref(), Some(name));
            started.elapsed()
        }
    }

    async fn sees_hand_edits(method: Method) {
        let mut w = Watched::start(method).await;

        std::fs::write(w.path("A.json"), "{}").expect("create");
        let took = w.expect("A.json").await;
        assert!(
            took >= QUIET_PERIOD,
            "handled before it was quiet: {took:?}"
        );

        // An editor's several writes, each sooner than the quiet period: one change (two at
        // most on a machine that stalls the writer for longer than the quiet period).
        for i in 0..5 {
            std::fs::write(w.path("B.json"), format!("{{\"N\": {i}}}")).expect("write");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let handled = w.handled_within(Duration::from_secs(2)).await;
        assert!(
            (1..=2).contains(&handled.len()) && handled.iter().all(|n| n == "B.json"),
            "{handled:?}"
        );

        std::fs::rename(w.path("A.json"), w.path("C.json")).expect("rename");
        assert_eq!(
            w.handled_within(Duration::from_secs(2)).await,
            ["A.json", "C.json"]
        );

        std::fs::remove_file(w.path("C.json")).expect("delete");
        w.expect("C.json").await;

        // Keys and IPC.config count; databases, temporaries and reads do not.
        std::fs::write(w.path("D.keys"), "key").expect("keys");
        std::fs::write(w.path("ipc.CONFIG"), "{}").expect("ipc");
        std::fs::write(w.path("D.db"), "{}").expect("db");
        std::fs::write(w.path(".D.json.1-2-0123456789abcdef.tmp"), "{}").expect("tmp");
        let _ = std::fs::read(w.path("B.json")).expect("read");
        assert_eq!(
            w.handled_within(Duration::from_secs(2)).await,
            ["D.keys", "ipc.CONFIG"]
        );
    }

    #[tokio::test]
    async fn events_see_hand_edits() {
        sees_hand_edits(Method::Events).await;
    }

    #[tokio::test]
    async fn polling_sees_hand_edits() {
        sees_hand_edits(Method::Poll).await;
    }

    /// When the kernel's queue overflows, the events that were lost are made up for by
    /// comparing the directory with what was last seen.
    #[tokio::test]
    async fn lost_events_are_made_up_for_by_a_listing() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("Gone.json"), "{}").expect("gone");
        std::fs::write(dir.path().join("Same.json"), "{}").expect("same");
        let log = slog::Logger::root(slog::Discard, slog::o!());
        // Events that never come: only the overflow notice below tells of the changes.
        let mut watch = ConfigWatch::start(dir.path(), Method::Poll, &log);
        watch.polling = false;
        let shared = watch.shared.clone();
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let (report, mut handled) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(watch.run(stopped, move |name| {
            let _ = report.send(name.to_string());
        }));
        std::fs::write(dir.path().join("New.json"), "{}").expect("new");
        std::fs::remove_file(dir.path().join("Gone.json")).expect("remove");
        tokio::time::sleep(Duration::from_millis(600)).await;
        assert!(
            handled.try_recv().is_err(),
            "nothing told of the changes yet"
        );

        shared.on_event(Ok(
            notify::Event::new(notify::EventKind::Other).set_flag(notify::event::Flag::Rescan)
        ));
        let mut names = Vec::new();
        while let Ok(Some(name)) =
            tokio::time::timeout(Duration::from_secs(2), handled.recv()).await
        {
            names.push(name);
        }
        names.sort();
        assert_eq!(names, ["Gone.json", "New.json"]);
        drop(stop);
    }
}
