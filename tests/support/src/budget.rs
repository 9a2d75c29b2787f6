//! What one client makes the server hold: peak resident memory and open descriptors of a server
//! process, sampled while a closure runs, so a test states its budget in one line:
//!
//! ```ignore
//! let used = Budget::of(instance.pid()).measure(async { flood().await }).await;
//! used.assert_within(Limits::rss_mib(200).fds(64));
//! ```

use std::future::Future;
use std::time::Duration;

use crate::instance::resident_kib;

/// How often the server's figures are sampled while a measured closure runs.
const SAMPLE_EVERY: Duration = Duration::from_millis(20);

/// Open descriptors of process `pid` (entries of `/proc/<pid>/fd`), 0 where `/proc` does not say.
pub fn open_fds(pid: u32) -> u64 {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|dir| dir.count() as u64)
        .unwrap_or(0)
}

/// CPU time (user and system) process `pid` has used, in clock ticks; 0 where `/proc` does
/// not say.
pub fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which may hold spaces: state is the first.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    // utime and stime: fields 14 and 15 of the whole line, 12 and 13 after the name.
    field(11).unwrap_or(0) + field(12).unwrap_or(0)
}

/// A process whose resources are measured.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pid: u32,
}

/// What a process held before and at most while a closure ran.
#[derive(Clone, Copy, Debug)]
pub struct Used {
    pub baseline_kib: u64,
    pub peak_kib: u64,
    pub baseline_fds: u64,
    pub peak_fds: u64,
    /// Resident memory right after the closure finished.
    pub after_kib: u64,
}

/// Caps on what a measured closure may make the server hold above its baseline.
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    rss_kib: Option<u64>,
    fds: Option<u64>,
}

impl Limits {
    /// At most `mib` MiB of resident memory above the baseline.
    pub fn rss_mib(mib: u64) -> Self {
        Self {
            rss_kib: Some(mib * 1024),
            fds: None,
        }
    }

    /// At most `fds` more open descriptors than at the baseline.
    pub fn fds(mut self, fds: u64) -> Self {
        self.fds = Some(fds);
        self
    }

    /// Only a descriptor cap.
    pub fn only_fds(fds: u64) -> Self {
        Self {
            rss_kib: None,
            fds: Some(fds),
        }
    }
}

impl Budget {
    /// Measures process `pid` (the server binary, see [`crate::instance::Instance::pid`]).
    pub fn of(pid: u32) -> Self {
        Self { pid }
    }

    /// Measures the test process itself (for a server in the test process; its figures then
    /// include the test's own clients).
    pub fn of_this_process() -> Self {
        Self {
            pid: std::process::id(),
        }
    }

    /// Runs `work`, sampling the process's resident memory and descriptors meanwhile.
    pub async fn measure<T>(self, work: impl Future<Output = T>) -> (T, Used) {
        let pid = self.pid;
        let baseline_kib = resident_kib(pid);
        let baseline_fds = open_fds(pid);
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let sampler = {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let (mut peak_kib, mut peak_fds) = (baseline_kib, baseline_fds);
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    peak_kib = peak_kib.max(resident_kib(pid));
                    peak_fds = peak_fds.max(open_fds(pid));
                    std::thread::sleep(SAMPLE_EVERY);
                }
                (peak_kib.max(resident_kib(pid)), peak_fds.max(open_fds(pid)))
            })
        };
        let out = work.await;
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let (peak_kib, peak_fds) = sampler.join().unwrap_or((baseline_kib, baseline_fds));
        let used = Used {
            baseline_kib,
            peak_kib,
            baseline_fds,
            peak_fds,
            after_kib: resident_kib(pid),
        };
        (out, used)
    }
}

impl Used {
    /// Peak resident memory above the baseline, in KiB.
    pub fn grown_kib(&self) -> u64 {
        self.peak_kib.saturating_sub(self.baseline_kib)
    }

    /// Peak descriptors above the baseline.
    pub fn grown_fds(&self) -> u64 {
        self.peak_fds.saturating_sub(self.baseline_fds)
    }

    /// Peak growth of resident memory as a multiple of `input_bytes`.
    pub fn rss_per_input_byte(&self, input_bytes: u64) -> f64 {
        (self.grown_kib() * 1024) as f64 / input_bytes.max(1) as f64
    }

    /// Panics, with the figures, when the measured growth exceeds `limits`.
    pub fn assert_within(&self, limits: Limits) {
        if let Some(cap) = limits.rss_kib {
            assert!(
                self.grown_kib() <= cap,
                "resident memory grew by {} KiB, over the budget of {cap} KiB ({self:?})",
                self.grown_kib()
            );
        }
        if let Some(cap) = limits.fds {
            assert!(
                self.grown_fds() <= cap,
                "open descriptors grew by {}, over the budget of {cap} ({self:?})",
                self.grown_fds()
            );
        }
    }
}
