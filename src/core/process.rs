//! Facts about this process: when it started, how much memory it holds, what it is.

use chrono::{DateTime, Utc};

pub(crate) use crate::api::ASF_VERSION;
use crate::core::texts;

/// Build variant reported to clients: this is a custom build, which cannot update itself.
pub(crate) const BUILD_VARIANT: &str = "source";

/// Why an update did not happen; `Display` is ASF's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum UpdateError {
    /// The latest version found is not newer than this one: `V<this> ≥ V<latest>`.
    NotNewer { latest: String },
}

impl std::fmt::Display for UpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotNewer { latest } => f.write_str(&texts::not_newer(ASF_VERSION, latest)),
        }
    }
}

impl std::error::Error for UpdateError {}

/// What an update attempt reports (`POST /Api/ASF/Update` and the `update` command): a build
/// from source cannot update, so ASF finds no newer version and its version comparison against
/// that absent version fails (an empty latest version). `Ok` would carry the new version.
pub(crate) fn update() -> Result<String, UpdateError> {
    Err(UpdateError::NotNewer {
        latest: String::new(),
    })
}

/// Resident memory of this process in KiB, from `/proc/self/status` (`VmRSS`); 0 where the
/// platform does not say.
pub(crate) fn memory_usage_kib() -> u32 {
    // `/proc/self/status` is costly for the kernel to produce (tens of microseconds, more than
    // the rest of `GET /Api/ASF`); `statm` holds the same resident size, and a figure a second
    // old is as good as a fresh one for a status page.
    static CACHE: std::sync::Mutex<Option<(std::time::Instant, u32)>> = std::sync::Mutex::new(None);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((at, kib)) = *cache
        && at.elapsed() < std::time::Duration::from_secs(1)
    {
        return kib;
    }
    let kib = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|statm| statm.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| {
            u32::try_from(pages * page_size_kib()).unwrap_or(u32::MAX)
        });
    *cache = Some((std::time::Instant::now(), kib));
    kib
}

/// The page size in KiB (4 on the usual Linux machines).
fn page_size_kib() -> u64 {
    // SAFETY: `sysconf` only reads a system constant.
    let bytes = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    u64::try_from(bytes).map_or(4, |b| (b / 1024).max(1))
}

/// Writes a UTC time as .NET's round-trip format does, with trailing fraction zeros trimmed:
/// `2026-08-21T22:01:03.52Z`.
pub(crate) fn format_datetime(time: DateTime<Utc>) -> String {
    let base = time.format("%Y-%m-%dT%H:%M:%S").to_string();
    let ticks = time.timestamp_subsec_nanos() / 100;
    let fraction = format!("{ticks:07}");
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        format!("{base}Z")
    } else {
        format!("{base}.{fraction}Z")
    }
}

/// Writes a duration as .NET's `TimeSpan` does: `[d.]hh:mm:ss[.fffffff]`.
pub(crate) fn format_timespan(duration: std::time::Duration) -> String {
    let secs = duration.as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (h, m, s) = (rem / 3600, (rem % 3600) / 60, rem % 60);
    let ticks = duration.subsec_nanos() / 100;
    let mut out = String::new();
    if days > 0 {
        out.push_str(&format!("{days}."));
    }
    out.push_str(&format!("{h:02}:{m:02}:{s:02}"));
    if ticks > 0 {
        out.push_str(&format!(".{ticks:07}"));
    }
    out
}

/// What the process runs on, in the terms of ASF's `asf_runtime_info`.
pub(crate) struct RuntimeDescription {
    /// The language and toolchain the server is built with (ASF: the .NET framework).
    pub framework: String,
    /// `<os>-<architecture>`, as .NET's runtime identifiers (`linux-x64`).
    pub runtime: String,
    /// Kernel name, release and version, as .NET's `RuntimeInformation.OSDescription`.
    pub operating_system: String,
}

/// Describes the running system.
pub(crate) fn runtime_description() -> RuntimeDescription {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "x86" => "x86",
        "aarch64" => "arm64",
        "arm" => "arm",
        other => other,
    };
    let operating_system = uname().unwrap_or_else(|| std::env::consts::OS.to_string());
    RuntimeDescription {
        framework: format!("Rust; asf-ipc {}", env!("CARGO_PKG_VERSION")),
        runtime: format!("{}-{arch}", std::env::consts::OS),
        operating_system,
    }
}

/// `sysname release version` from `uname(2)`.
fn uname() -> Option<String> {
    // SAFETY: `utsname` is plain data; `uname` fills it and returns 0 on success.
    let mut name: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut name) } != 0 {
        return None;
    }
    let field = |raw: &[libc::c_char]| {
        let bytes: Vec<u8> = raw
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Some(format!(
        "{} {} {}",
        field(&name.sysname),
        field(&name.release),
        field(&name.version)
    ))
}

/// The name this process was started as (`asf-ipc`).
pub(crate) fn executable_name() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "asf-ipc".to_string())
}

/// Process figures as Prometheus's client libraries export them.
#[derive(Clone, Debug, Default)]
pub(crate) struct ProcessFigures {
    pub cpu_seconds: f64,
    pub resident_bytes: u64,
    pub virtual_bytes: u64,
    pub open_fds: u64,
    pub max_fds: u64,
    pub start_time_seconds: f64,
}

/// Reads the figures from `/proc/self`; zeros where the platform does not say.
pub(crate) fn figures() -> ProcessFigures {
    let mut figures = ProcessFigures::default();
    // SAFETY: `sysconf` only reads system constants.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ticks = if ticks > 0 { ticks as f64 } else { 100.0 };
    let page = page_size_kib() * 1024;
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat")
        // The command name may hold spaces and parentheses; the fields follow the last `)`.
        && let Some((_, rest)) = stat.rsplit_once(')')
    {
        let fields: Vec<&str> = rest.split_whitespace().collect();
        // Counting from the state (field 3 of proc(5)) at index 0.
        let number = |i: usize| {
            fields
                .get(i)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        figures.cpu_seconds = (number(11) + number(12)) as f64 / ticks;
        let started_ticks = number(19);
        figures.virtual_bytes = number(20);
        figures.resident_bytes = number(21) * page;
        if let Some(boot) = boot_time_seconds() {
            figures.start_time_seconds = boot + started_ticks as f64 / ticks;
        }
    }
    figures.open_fds = std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count() as u64);
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `getrlimit` fills the struct it is given.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0 {
        figures.max_fds = limit.rlim_cur;
    }
    figures
}

/// When the machine booted, in seconds since the epoch (`btime` of `/proc/stat`).
fn boot_time_seconds() -> Option<f64> {
    std::fs::read_to_string("/proc/stat")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("btime "))
        .and_then(|v| v.trim().parse::<f64>().ok())
}

/// Hands memory the allocator keeps after a burst of work (a thousand connections closing)
/// back to the system. glibc keeps freed heap pages mapped, and the next burst then lands on
/// fresh pages beside them, so the resident size would only ever grow. At most once a second;
/// runs on a blocking thread because trimming a large heap takes a few milliseconds.
pub(crate) fn release_freed_memory() {
    static LAST: std::sync::Mutex<Option<std::time::Instant>> = std::sync::Mutex::new(None);
    {
        let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
        if last.is_some_and(|at| at.elapsed() < std::time::Duration::from_secs(1)) {
            return;
        }
        *last = Some(std::time::Instant::now());
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        runtime.spawn_blocking(|| {
            // SAFETY: `malloc_trim` only returns free pages of the allocator's own heap to the
            // kernel; it touches no memory in use and is safe to call from any thread.
            unsafe {
                libc::malloc_trim(0);
            }
        });
    }
}

/// Stops the process a second from now, once the answer saying so has left: IPC first, then
/// the bots.
pub(crate) fn exit_soon(asf: &std::sync::Arc<crate::core::Asf>) {
    let asf = asf.clone();
    tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        asf.request_exit(0);
    });
}

/// Restarts the core a second from now; `false` (and nothing happens) when restarting is not
/// allowed.
pub(crate) fn restart_soon(asf: &std::sync::Arc<crate::core::Asf>) -> bool {
    if !asf.restart_allowed() {
        return false;
    }
    let asf = asf.clone();
    tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        // Reloading every bot reads a file each: not on the workers that answer requests.
        let _ = tokio::task::spawn_blocking(move || asf.restart()).await;
    });
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn datetime_like_dotnet() {
        let t = Utc
            .with_ymd_and_hms(2026, 8, 21, 22, 1, 3)
            .single()
            .expect("valid");
        assert_eq!(format_datetime(t), "2026-08-21T22:01:03Z");
        let t = t + chrono::Duration::milliseconds(520);
        assert_eq!(format_datetime(t), "2026-08-21T22:01:03.52Z");
    }

    #[test]
    fn timespan_like_dotnet() {
        use std::time::Duration;
        assert_eq!(format_timespan(Duration::ZERO), "00:00:00");
        assert_eq!(format_timespan(Duration::from_secs(95_400)), "1.02:30:00");
        assert_eq!(
            format_timespan(Duration::from_millis(1500)),
            "00:00:01.5000000"
        );
    }

    #[test]
    fn memory_is_reported_on_linux() {
        if cfg!(target_os = "linux") {
            assert!(memory_usage_kib() > 0);
        }
    }
}
