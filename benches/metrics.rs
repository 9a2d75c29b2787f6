//! The cost of a scrape of `GET /Api/metrics` with 100 and with 1,000 bots logged on and
//! farming (it should grow linearly: the ratio is printed), and what a scrape loop does to the
//! requests served meanwhile (`GET /Api/ASF` latency alone and with scrapes running beside it).
//!
//! Run with `cargo bench --bench metrics`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const SCRAPES: usize = 60;
const PROBES: usize = 400;

/// A farm of `bots` bots logged on and farming, and its address.
async fn start(bots: usize) -> (asf_ipc_test_support::TestServer, String) {
    let farm = asf_ipc_test_support::farm(bots, |i| {
        serde_json::json!({
            "Enabled": true, "SteamLogin": format!("scrape{i}"), "SteamPassword": "secret",
        })
    })
    .await;
    let base = format!("http://{}", farm.addr());
    (farm, base)
}

/// Median and p99 of `samples`, in milliseconds.
fn figures(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() - 1) as f64 * p) as usize].as_secs_f64() * 1e3;
    (at(0.5), at(0.99))
}

async fn scrape_times(client: &reqwest::Client, base: &str) -> (Vec<Duration>, usize) {
    let url = format!("{base}/Api/metrics");
    let mut samples = Vec::with_capacity(SCRAPES);
    let mut size = 0;
    for i in 0..SCRAPES + 5 {
        let t = Instant::now();
        let body = client
            .get(&url)
            .send()
            .await
            .expect("scrape")
            .bytes()
            .await
            .expect("body");
        if i >= 5 {
            samples.push(t.elapsed());
        }
        size = body.len();
    }
    (samples, size)
}

async fn probe(client: &reqwest::Client, base: &str) -> Vec<Duration> {
    let url = format!("{base}/Api/ASF");
    let mut samples = Vec::with_capacity(PROBES);
    for _ in 0..PROBES {
        let t = Instant::now();
        let response = client.get(&url).send().await.expect("GET");
        let _ = response.bytes().await;
        samples.push(t.elapsed());
    }
    samples
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let client = reqwest::Client::new();
        let mut medians = Vec::new();
        for bots in [100, 1000] {
            let (_farm, base) = start(bots).await;
            let (samples, size) = scrape_times(&client, &base).await;
            let (median, p99) = figures(samples);
            println!(
                "scrape with {bots:>4} bots   median {median:>7.2} ms   p99 {p99:>7.2} ms   {size} bytes"
            );
            medians.push(median);
            if bots == 1000 {
                let alone = figures(probe(&client, &base).await);
                let running = Arc::new(AtomicBool::new(true));
                let scraper = {
                    let running = running.clone();
                    let client = client.clone();
                    let url = format!("{base}/Api/metrics");
                    tokio::spawn(async move {
                        let mut scrapes = 0u32;
                        while running.load(Ordering::Relaxed) {
                            let _ = client.get(&url).send().await.expect("scrape").bytes().await;
                            scrapes += 1;
                        }
                        scrapes
                    })
                };
                let beside = figures(probe(&client, &base).await);
                running.store(false, Ordering::Relaxed);
                let scrapes = scraper.await.expect("scraper");
                println!(
                    "GET /Api/ASF, 1000 bots       median {:>7.2} ms   p99 {:>7.2} ms",
                    alone.0, alone.1
                );
                println!(
                    "  with scrapes back to back   median {:>7.2} ms   p99 {:>7.2} ms   ({scrapes} scrapes meanwhile)",
                    beside.0, beside.1
                );
            }
        }
        println!(
            "scrape time ratio 1000/100 bots: {:.1} (linear would be 10)",
            medians[1] / medians[0]
        );
    });
}
