//! ASF's gifts limiter: every key redemption of the process (commands, `/Redeem`, the
//! background redeemer, all bots together) waits its turn, and turns are `GiftsLimiterDelay`
//! seconds of Steam's time apart.

use std::time::Duration;

use tokio::time::Instant;

/// The process-wide spacing of key redemptions.
#[derive(Default)]
pub(crate) struct GiftsLimiter {
    /// When the next redemption may go out.
    next: tokio::sync::Mutex<Option<Instant>>,
}

impl GiftsLimiter {
    /// Waits for this caller's turn; the turn after it comes `delay` later.
    pub(crate) async fn wait_turn(&self, delay: Duration) {
        let mut next = self.next.lock().await;
        if let Some(at) = *next {
            tokio::time::sleep_until(at).await;
        }
        *next = Some(Instant::now() + delay);
    }
}
