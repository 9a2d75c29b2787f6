//! Log stream delivery: N websocket subscribers on `/Api/NLog` while lines are logged at a
//! fixed rate. Prints lines delivered versus produced and the delivery latency (time from
//! logging a line to a subscriber reading it).
//!
//! Run with `cargo bench --bench nlog`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use asf_ipc::Logs;
use asf_ipc::{Asf, Options};
use asf_ipc::{IpcServer, ListenConfig};
use futures::StreamExt;
use tokio_tungstenite::tungstenite::Message;

const RATE_PER_SECOND: u64 = 100;
const SECONDS: u64 = 5;

async fn scenario(subscribers: usize) {
    let dir = tempfile::tempdir().expect("dir");
    let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
    let asf = Arc::new(Asf::open(Options::new(dir.path()), logs).expect("core"));
    let config = ListenConfig::http(vec![SocketAddr::from(([127, 0, 0, 1], 0))]);
    let server = IpcServer::start(asf.clone(), config).await.expect("server");
    let url = format!("ws://{}/Api/NLog", server.local_addrs()[0]);
    let epoch = Instant::now();
    let mut readers = Vec::with_capacity(subscribers);
    for _ in 0..subscribers {
        let (mut ws, _) = tokio_tungstenite::connect_async(url.clone())
            .await
            .expect("connect");
        readers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while let Some(Ok(message)) = ws.next().await {
                let Message::Text(text) = message else {
                    continue;
                };
                if text.contains("Bench() done") {
                    break;
                }
                if let Some(sent) = text
                    .split("Bench() at ")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .and_then(|n| n.parse::<u64>().ok())
                {
                    let now = epoch.elapsed().as_micros() as u64;
                    latencies.push(now.saturating_sub(sent));
                }
            }
            latencies
        }));
    }
    let produced = RATE_PER_SECOND * SECONDS;
    let mut ticks = tokio::time::interval(Duration::from_micros(1_000_000 / RATE_PER_SECOND));
    for _ in 0..produced {
        ticks.tick().await;
        slog::info!(asf.log(), "Bench() at {}", epoch.elapsed().as_micros());
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    slog::info!(asf.log(), "Bench() done");
    let mut all = Vec::new();
    for reader in readers {
        if let Ok(Ok(latencies)) = tokio::time::timeout(Duration::from_secs(30), reader).await {
            all.extend(latencies);
        }
    }
    all.sort_unstable();
    let expected = produced * subscribers as u64;
    let pct = |p: f64| {
        all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0) as f64
            / 1000.0
    };
    println!(
        "{subscribers:>5} subscribers x {RATE_PER_SECOND} lines/s for {SECONDS} s: delivered {} of {expected} ({:.2}%), latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        all.len() as f64 * 100.0 / expected as f64,
        pct(0.5),
        pct(0.99),
        pct(1.0)
    );
    server.stop().await;
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        scenario(100).await;
        scenario(1000).await;
    });
}
