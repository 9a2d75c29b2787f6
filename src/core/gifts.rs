//! ASF's gifts limiter: every key redemption (commands, `/Redeem`, the background redeemer, all
//! bots together) waits its turn, and turns are `GiftsLimiterDelay` seconds of Steam's time
//! apart.
//!
//! As in ASF, the turn is shared by every instance on the machine in the same network group
//! (`--network-group`): a turn is held as an exclusive `flock` of a file in
//! `$TMPDIR/ASF/`, named as ASF names it (`ArchiSteamFarm-GiftsSemaphore`, plus `-` and the
//! upper-case SHA-256 of the group's name when one is set), for the length of the delay. ASF
//! locks the same file the same way, so instances of either take turns.

use std::os::fd::AsRawFd;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::time::Instant;

/// How often a turn held by another process is tried again (ASF's spin delay).
const RETRY_EVERY: Duration = Duration::from_millis(200);

/// The machine-wide spacing of key redemptions.
pub(crate) struct GiftsLimiter {
    /// When the next redemption of this process may go out.
    next: tokio::sync::Mutex<Option<Instant>>,
    /// The file whose lock is the turn among the instances of the group.
    path: PathBuf,
    /// That file, opened at the first redemption; `None` inside when it cannot be made (no
    /// writable temporary directory): then only this process is paced.
    shared: std::sync::OnceLock<Option<Arc<SharedTurn>>>,
}

/// The open lock file, and which of this process's turns holds its lock.
struct SharedTurn {
    file: std::fs::File,
    /// Counts this process's turns, so that the release of one turn does not end a later one.
    turn: AtomicU64,
}

impl GiftsLimiter {
    /// The limiter of `network_group` (`None`: the default group).
    pub(crate) fn new(network_group: Option<&str>) -> Self {
        Self {
            next: tokio::sync::Mutex::new(None),
            path: shared_file("GiftsSemaphore", network_group),
            shared: std::sync::OnceLock::new(),
        }
    }

    /// Waits for this caller's turn; the turn after it comes `delay` later, in this process
    /// and in every other instance of the group.
    pub(crate) async fn wait_turn(&self, delay: Duration) {
        let mut next = self.next.lock().await;
        if let Some(at) = *next {
            tokio::time::sleep_until(at).await;
        }
        *next = Some(Instant::now() + delay);
        let Some(shared) = self.shared.get_or_init(|| open_shared(&self.path)).clone() else {
            return;
        };
        // A lock this process already holds (from its previous turn) is taken again at once:
        // `flock` locks belong to the open file, which every turn of the process shares.
        while !shared.try_lock() {
            tokio::time::sleep(RETRY_EVERY.min(delay.max(Duration::from_millis(1)))).await;
        }
        let turn = shared.turn.fetch_add(1, Ordering::AcqRel) + 1;
        // The other instances wait out the same delay before their turn.
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            if shared.turn.load(Ordering::Acquire) == turn {
                shared.unlock();
            }
        });
    }
}

impl SharedTurn {
    fn try_lock(&self) -> bool {
        // SAFETY: `flock` on a descriptor this value owns; LOCK_NB never blocks.
        let locked = unsafe { libc::flock(self.file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        // Any failure but contention (a file system without locks) paces this process only.
        locked == 0 || std::io::Error::last_os_error().kind() != std::io::ErrorKind::WouldBlock
    }

    fn unlock(&self) {
        // SAFETY: as above.
        unsafe { libc::flock(self.file.as_raw_fd(), libc::LOCK_UN) };
    }
}

fn open_shared(path: &std::path::Path) -> Option<Arc<SharedTurn>> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).ok()?;
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .ok()?;
    Some(Arc::new(SharedTurn {
        file,
        turn: AtomicU64::new(0),
    }))
}

/// Where ASF keeps the lock file of `object` for `network_group`.
fn shared_file(object: &str, network_group: Option<&str>) -> PathBuf {
    let mut name = format!("ArchiSteamFarm-{object}");
    if let Some(group) = network_group.filter(|g| !g.is_empty()) {
        let digest = Sha256::digest(group.as_bytes());
        name.push('-');
        for byte in digest {
            name.push_str(&format!("{byte:02X}"));
        }
    }
    std::env::temp_dir().join("ASF").join(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_as_asf_names_them() {
        let default = shared_file("GiftsSemaphore", None);
        assert!(default.ends_with("ASF/ArchiSteamFarm-GiftsSemaphore"));
        let grouped = shared_file("GiftsSemaphore", Some("a"));
        let name = grouped.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // SHA-256 of "a", upper-case hex.
        assert_eq!(
            name,
            "ArchiSteamFarm-GiftsSemaphore-CA978112CA1BBDCAFAC231B39A23DC4DA786EFF8147C4E72B9807785AFEE48BB"
        );
    }

    #[tokio::test]
    async fn two_limiters_of_one_group_take_turns() {
        let group = format!("turns-{}", std::process::id());
        let first = GiftsLimiter::new(Some(&group));
        let second = GiftsLimiter::new(Some(&group));
        let delay = Duration::from_millis(600);
        let started = std::time::Instant::now();
        first.wait_turn(delay).await;
        second.wait_turn(delay).await;
        // The second waited for the first's turn to pass (less the lock's retry granularity).
        assert!(
            started.elapsed() >= Duration::from_millis(500),
            "{:?}",
            started.elapsed()
        );
        let other_group = GiftsLimiter::new(Some(&format!("{group}-other")));
        let at = std::time::Instant::now();
        other_group.wait_turn(delay).await;
        assert!(
            at.elapsed() < Duration::from_millis(400),
            "{:?}",
            at.elapsed()
        );
    }
}
