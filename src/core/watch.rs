//! Watching `config/` for hand edits.
//!
//! The directory is polled: every tick lists it and compares each file's size, modification
//! time and inode with the previous tick. Polling works the same on every file system (bind
//! mounts, network shares, container volumes) where change notifications do not, and listing a
//! directory of a thousand bots takes about a millisecond. Like ASF, each file is handled only
//! after it has been quiet for a moment, so an editor's several writes count as one change.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

/// How often the directory is listed.
pub(crate) const POLL_INTERVAL: Duration = Duration::from_millis(200);
/// How long a file must stay unchanged before its change is handled.
pub(crate) const QUIET_PERIOD: Duration = Duration::from_millis(400);

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

/// The files of interest in `dir`: `*.json`, `*.keys` and `IPC.config`; `None` when the
/// directory could not be listed completely (out of file descriptors, say). A failed listing
/// must never look like files that disappeared: that would unload bots or restart the
/// listeners with defaults while nothing changed on disk.
fn scan(dir: &Path) -> Option<HashMap<String, Signature>> {
    let mut files = HashMap::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let entry = entry.ok()?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let interesting = name.ends_with(".json")
            || name.ends_with(".keys")
            || name.eq_ignore_ascii_case(super::ipc_config::FILE_NAME);
        if !interesting {
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

/// Polls `dir` until `stop` fires, calling `on_change` with the file name of every file that
/// appeared, changed or disappeared and then stayed quiet for [`QUIET_PERIOD`]. The calls run
/// on the blocking pool, in order: reading and applying a file costs time in its size, which
/// must not be taken from the async workers that answer requests.
pub(crate) async fn watch(
    dir: &Path,
    mut stop: tokio::sync::watch::Receiver<bool>,
    on_change: impl Fn(&str) + Send + Sync + 'static,
) {
    let on_change = std::sync::Arc::new(on_change);
    let mut known = scan(dir).unwrap_or_default();
    let mut pending: HashMap<String, Instant> = HashMap::new();
    let mut ticks = tokio::time::interval(POLL_INTERVAL);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stop.changed() => return,
        }
        if *stop.borrow() {
            return;
        }
        let dir_owned = dir.to_path_buf();
        let Ok(Some(current)) = tokio::task::spawn_blocking(move || scan(&dir_owned)).await else {
            // Try again on the next tick; nothing is known to have changed.
            continue;
        };
        let now = Instant::now();
        for (name, sig) in &current {
            if known.get(name) != Some(sig) {
                pending.insert(name.clone(), now);
            }
        }
        for name in known.keys() {
            if !current.contains_key(name) {
                pending.insert(name.clone(), now);
            }
        }
        known = current;
        let ready: Vec<String> = pending
            .iter()
            .filter(|(_, since)| now.duration_since(**since) >= QUIET_PERIOD)
            .map(|(name, _)| name.clone())
            .collect();
        for name in &ready {
            pending.remove(name);
        }
        if !ready.is_empty() {
            let on_change = on_change.clone();
            let _ = tokio::task::spawn_blocking(move || {
                for name in &ready {
                    on_change(name);
                }
            })
            .await;
        }
    }
}
