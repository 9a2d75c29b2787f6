//! How unit tests show that a parser's cost grows in proportion to its input: the time of a
//! large input against a small one's, measured in the same run, so the machine's speed cancels
//! out and only the ratio is judged.
//!
//! Other work on a shared machine only ever adds time, so the fastest of several measurements
//! of each side is the figure closest to the code's own cost. Each measurement repeats its input
//! until the small side runs for milliseconds, far above the timer's and the scheduler's
//! granularity, and the two sides alternate, so a burst of load that lasts hits both.

use std::time::{Duration, Instant};

/// The least time one measurement of the small input takes.
const SMALL_RUN: Duration = Duration::from_millis(5);

/// Measurements of each side; the fastest of each counts.
const ROUNDS: usize = 5;

/// Repetitions of the small input at the most, for work too cheap to reach [`SMALL_RUN`].
const MAX_REPETITIONS: u32 = 1 << 20;

/// How many times longer `large` takes than `small`: both run as often as makes one measurement
/// of `small` last [`SMALL_RUN`], in [`ROUNDS`] alternating rounds after a warm-up of each,
/// fastest of each side.
pub(crate) fn ratio(mut small: impl FnMut(), mut large: impl FnMut()) -> f64 {
    let repetitions = repetitions(&mut small);
    large();
    let mut best = [Duration::MAX; 2];
    for _ in 0..ROUNDS {
        best[0] = best[0].min(time(&mut small, repetitions));
        best[1] = best[1].min(time(&mut large, repetitions));
    }
    best[1].as_secs_f64() / best[0].as_secs_f64().max(f64::MIN_POSITIVE)
}

/// How often `work` must run for one measurement to last [`SMALL_RUN`] (found by doubling,
/// which warms it up too).
fn repetitions(work: &mut impl FnMut()) -> u32 {
    let mut repetitions = 1;
    while repetitions < MAX_REPETITIONS && time(work, repetitions) < SMALL_RUN {
        repetitions *= 2;
    }
    repetitions
}

fn time(work: &mut impl FnMut(), repetitions: u32) -> Duration {
    let started = Instant::now();
    for _ in 0..repetitions {
        work();
    }
    started.elapsed()
}

#[cfg(test)]
mod tests {
    use super::ratio;

    /// The sum of the squares of `values`, read from memory the compiler cannot see through.
    fn linear(values: &[u64]) -> u64 {
        std::hint::black_box(values).iter().map(|v| v * v).sum()
    }

    /// Every pair of `values` compared: quadratic.
    fn quadratic(values: &[u64]) -> u64 {
        let values = std::hint::black_box(values);
        values
            .iter()
            .map(|a| values.iter().filter(|b| a < *b).count() as u64)
            .sum()
    }

    /// The cost ratio of `work` on `n` values and on ten times as many.
    fn ratio_of(work: fn(&[u64]) -> u64, n: u64) -> f64 {
        let (small, large): (Vec<u64>, Vec<u64>) = ((0..n).collect(), (0..10 * n).collect());
        ratio(
            || {
                work(&small);
            },
            || {
                work(&large);
            },
        )
    }

    /// The ratio tells linear work from quadratic work at the bound the cost tests use: ten
    /// times the input is about ten times the time for the one and about a hundred times for
    /// the other.
    #[test]
    fn linear_work_stays_under_the_bound_and_quadratic_work_does_not() {
        let linear_ratio = ratio_of(linear, 2_000);
        assert!(linear_ratio < 30.0, "linear work: {linear_ratio:.1}x");
        let quadratic_ratio = ratio_of(quadratic, 200);
        assert!(
            quadratic_ratio > 30.0,
            "quadratic work: {quadratic_ratio:.1}x"
        );
    }
}
