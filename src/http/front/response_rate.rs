//! Kestrel's `MinResponseDataRate`: an answer must be taken by its client at least this fast
//! once the grace period is over, or the client is dropped and what the answer holds is freed.
//!
//! Each answer's body is metered as hyper takes it ([`Metered`], a tap on the body). hyper takes the next piece
//! only once the previous one is on its way (HTTP/1.1: its write buffer has room; HTTP/2: the
//! client's window has room), so the time a body waits to be taken is time spent waiting for
//! the client; time the body itself takes to produce a piece does not count. An answer is too
//! slow when its client has, in all, been waited for longer than the grace period plus its bytes
//! at the minimum rate (Kestrel's rule), or has been waited for, for its last piece alone,
//! longer than the grace period plus that piece at the rate. The second rule is stricter than
//! Kestrel: what the kernel's socket buffers take at once (megabytes on loopback) counts as
//! taken, and would otherwise let a client that never reads hold its answer for hours.
//!
//! Who watches depends on the protocol: an HTTP/1.1 connection's task watches its one answer
//! in flight and closes the connection; each HTTP/2 stream runs in its own task
//! ([`StreamExecutor`]), which watches that stream's answer and ends the stream (hyper then
//! resets it), the connection and its other streams kept. Both find the [`Watch`] of the task
//! they answer in through a task-local, so the answer needs no path back to either.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::Duration;

use tokio::time::Instant;

use crate::core::ipc_config::DataRate;
use crate::http::body::{Polled, ProxyBody, Tap, tapped};

tokio::task_local! {
    /// The watch of the connection (HTTP/1.1) or stream (HTTP/2) whose task answers.
    static WATCH: Arc<Watch>;
}

/// How one answer is being taken by its client.
struct Meter {
    rate: DataRate,
    state: Mutex<MeterState>,
}

struct MeterState {
    /// Bytes the client has taken.
    taken: u64,
    /// Bytes of the piece the client is taking now.
    piece: u64,
    /// Time spent waiting for the client before the current wait.
    waited: Duration,
    /// Since when the body has waited to be taken; `None` while the body itself is producing.
    waiting_since: Option<Instant>,
    /// The body has been taken whole (or dropped).
    done: bool,
}

impl Meter {
    fn new(rate: DataRate) -> Self {
        Self {
            rate,
            state: Mutex::new(MeterState {
                taken: 0,
                piece: 0,
                waited: Duration::ZERO,
                // From the moment the answer is handed over, the client is awaited.
                waiting_since: Some(Instant::now()),
                done: false,
            }),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, MeterState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether the client has fallen below the rate by `now`.
    fn too_slow(&self, now: Instant) -> bool {
        let state = self.state();
        let Some(since) = state.waiting_since.filter(|_| !state.done) else {
            return false;
        };
        let at_rate = |bytes: u64| {
            // A rate so low that no duration holds the time is no limit at all.
            self.rate.grace_period.saturating_add(
                Duration::try_from_secs_f64(bytes as f64 / self.rate.bytes_per_second)
                    .unwrap_or(Duration::MAX),
            )
        };
        let this_wait = now.saturating_duration_since(since);
        state.waited + this_wait > at_rate(state.taken) || this_wait > at_rate(state.piece)
    }

    fn done(&self) -> bool {
        self.state().done
    }
}

/// The answer in flight of one HTTP/1.1 connection or one HTTP/2 stream, for its task to watch.
pub(super) struct Watch {
    rate: DataRate,
    current: Mutex<Option<Arc<Meter>>>,
    installed: tokio::sync::Notify,
}

impl Watch {
    pub(super) fn new(rate: DataRate) -> Arc<Self> {
        Arc::new(Self {
            rate,
            current: Mutex::new(None),
            installed: tokio::sync::Notify::new(),
        })
    }

    fn current(&self) -> Option<Arc<Meter>> {
        self.current
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn install(&self, meter: Arc<Meter>) {
        *self.current.lock().unwrap_or_else(|e| e.into_inner()) = Some(meter);
        self.installed.notify_one();
    }

    /// Resolves when the answer in flight falls below the rate; never while none is.
    pub(super) async fn too_slow(&self) {
        // Checked a few times per grace period: dropping a slow client a little late is
        // harmless, and an idle connection costs no timer at all.
        let every =
            (self.rate.grace_period / 4).clamp(Duration::from_millis(50), Duration::from_secs(1));
        loop {
            match self.current() {
                Some(meter) if !meter.done() => {
                    if meter.too_slow(Instant::now()) {
                        return;
                    }
                    tokio::time::sleep(every).await;
                }
                // Nothing in flight: wait for the next answer.
                _ => self.installed.notified().await,
            }
        }
    }

    /// Runs `work` (a connection, or one stream) with this watch as the one its answers
    /// report to.
    pub(super) fn scope<F: Future>(self: Arc<Self>, work: F) -> impl Future<Output = F::Output> {
        WATCH.scope(self, work)
    }
}

/// `body` metered against the watch of the task that answers, if that task has one (the
/// minimum rate is configured). Called from within the answering task.
pub(super) fn metered(body: ProxyBody) -> ProxyBody {
    let Ok(watch) = WATCH.try_with(Arc::clone) else {
        return body;
    };
    let meter = Arc::new(Meter::new(watch.rate));
    watch.install(meter.clone());
    tapped(body, Metered(meter))
}

/// Reports what the client takes of a body to its [`Meter`].
struct Metered(Arc<Meter>);

impl Tap for Metered {
    fn asked(&mut self) {
        // Asked for more: the client has taken what came before.
        let mut state = self.0.state();
        if let Some(since) = state.waiting_since.take() {
            state.waited += since.elapsed();
        }
    }

    fn gave(&mut self, polled: &Polled) {
        let mut state = self.0.state();
        match polled {
            Poll::Ready(Some(Ok(frame))) => {
                state.piece = frame.data_ref().map_or(0, |d| d.len() as u64);
                state.taken += state.piece;
                state.waiting_since = Some(Instant::now());
            }
            Poll::Ready(_) => state.done = true,
            Poll::Pending => {}
        }
    }
}

impl Drop for Metered {
    fn drop(&mut self) {
        self.0.state().done = true;
    }
}

/// Spawns each HTTP/2 stream in a task of its own (as hyper's default executor does), with a
/// watch on its answer when the minimum rate is configured: a stream whose client stops
/// taking its answer is ended, which resets it and frees what it holds.
#[derive(Clone, Copy)]
pub(super) struct StreamExecutor {
    pub(super) rate: Option<DataRate>,
}

impl<F> hyper::rt::Executor<F> for StreamExecutor
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    fn execute(&self, work: F) {
        let Some(rate) = self.rate else {
            tokio::spawn(work);
            return;
        };
        let watch = Watch::new(rate);
        tokio::spawn(watch.clone().scope(async move {
            tokio::select! {
                _ = work => {}
                () = watch.too_slow() => {}
            }
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: DataRate = DataRate {
        bytes_per_second: 1000.0,
        grace_period: Duration::from_secs(1),
    };

    #[test]
    fn a_client_is_waited_for_the_grace_period_plus_its_bytes_at_the_rate() {
        let meter = Meter::new(RATE);
        let start = meter.state().waiting_since.expect("awaited from the start");
        let at = |ms: u64| start + Duration::from_millis(ms);
        assert!(!meter.too_slow(at(900)));
        assert!(
            meter.too_slow(at(1100)),
            "nothing taken past the grace period"
        );

        // 2,000 bytes taken after 0.5 s: three seconds of waiting in all.
        {
            let mut state = meter.state();
            state.waited = Duration::from_millis(500);
            state.taken = 2000;
            state.piece = 2000;
            state.waiting_since = Some(at(500));
        }
        assert!(!meter.too_slow(at(2900)));
        assert!(meter.too_slow(at(3100)));

        // A fast start earns no pause longer than one piece at the rate (three seconds).
        {
            let mut state = meter.state();
            state.waited = Duration::ZERO;
            state.taken = 10_000_000;
        }
        assert!(!meter.too_slow(at(3400)));
        assert!(meter.too_slow(at(3600)));

        // Producing (not waiting) or done: never too slow.
        meter.state().waiting_since = None;
        assert!(!meter.too_slow(at(100_000)));
        meter.state().waiting_since = Some(at(0));
        meter.state().done = true;
        assert!(!meter.too_slow(at(100_000)));
    }
}
