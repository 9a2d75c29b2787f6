//! Facts about this process: when it started, how much memory it holds, what it is.

use chrono::{DateTime, Utc};

/// The version of ASF whose interface this process implements.
pub const ASF_VERSION: &str = "6.3.9.6";

/// Build variant reported to clients: this is a custom build, which cannot update itself.
pub const BUILD_VARIANT: &str = "source";

/// Resident memory of this process in KiB, from `/proc/self/status` (`VmRSS`); 0 where the
/// platform does not say.
pub fn memory_usage_kib() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

/// Writes a UTC time as .NET's round-trip format does, with trailing fraction zeros trimmed:
/// `2026-08-21T22:01:03.52Z`.
pub fn format_datetime(time: DateTime<Utc>) -> String {
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
pub fn format_timespan(duration: std::time::Duration) -> String {
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
