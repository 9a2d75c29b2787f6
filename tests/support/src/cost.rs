//! How the integration tests show that a request's cost grows in proportion to its input: the
//! time of a large request against a small one's, measured in the same run against the same
//! server, so the machine's speed cancels out and only the ratio is judged.
//!
//! Other work on a shared machine only ever adds time, so the fastest of several measurements
//! of each side is the figure closest to the server's own cost. Each measurement repeats its
//! request until the small side takes milliseconds, and the two sides alternate, so a burst of
//! load that lasts hits both. (The server's unit tests measure the same way in
//! `src/core/cost.rs`.)

use std::future::Future;
use std::time::{Duration, Instant};

/// The least time one measurement of the small input takes.
const SMALL_RUN: Duration = Duration::from_millis(5);

/// Measurements of each side; the fastest of each counts.
const ROUNDS: usize = 5;

/// Repetitions of the small input at the most.
const MAX_REPETITIONS: u32 = 1 << 12;

/// How many times longer `cost(large)` takes than `cost(small)`, with the fastest measurement
/// of each (small first): both run as often as makes one measurement of `small` last
/// [`SMALL_RUN`], in [`ROUNDS`] alternating rounds after a warm-up of each. Only the awaiting
/// of `cost`'s future is timed, not the copy of its input.
pub async fn ratio<I, F, Fut>(small: I, large: I, mut cost: F) -> (f64, [Duration; 2])
where
    I: Clone,
    F: FnMut(I) -> Fut,
    Fut: Future<Output = ()>,
{
    let mut repetitions = 1;
    while repetitions < MAX_REPETITIONS && time(&small, &mut cost, repetitions).await < SMALL_RUN {
        repetitions *= 2;
    }
    time(&large, &mut cost, 1).await;
    let mut best = [Duration::MAX; 2];
    for _ in 0..ROUNDS {
        best[0] = best[0].min(time(&small, &mut cost, repetitions).await);
        best[1] = best[1].min(time(&large, &mut cost, repetitions).await);
    }
    let ratio = best[1].as_secs_f64() / best[0].as_secs_f64().max(f64::MIN_POSITIVE);
    (ratio, best)
}

async fn time<I, F, Fut>(input: &I, cost: &mut F, repetitions: u32) -> Duration
where
    I: Clone,
    F: FnMut(I) -> Fut,
    Fut: Future<Output = ()>,
{
    let mut total = Duration::ZERO;
    for _ in 0..repetitions {
        let run = cost(input.clone());
        let started = Instant::now();
        run.await;
        total += started.elapsed();
    }
    total
}
