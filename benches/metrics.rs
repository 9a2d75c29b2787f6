//! The cost of a scrape of `GET /Api/metrics` with 100 and with 1,000 bots logged on and
//! farming (it should grow linearly: the ratio is printed), and what a scrape loop does to the
//! requests served meanwhile (`GET /Api/ASF` latency alone and with scrapes running beside it).
//!
//! Run with `cargo bench --bench metrics`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use asf_ipc::Logs;
use asf_ipc::{Asf, Options};
use asf_ipc::{IpcServer, ListenConfig};

const SCRAPES: usize = 60;
const PROBES: usize = 400;

struct Instance {
    _dir: tempfile::TempDir,
    _server: IpcServer,
    base: String,
}

async fn start(bots: usize) -> Instance {
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    for i in 0..bots {
        let bot = serde_json::json!({
            "Enabled": true, "SteamLogin": format!("scrape{i}"), "SteamPassword": "secret",
        });
        std::fs::write(config.join(format!("Bot{i:04}.json")), bot.to_string()).expect("bot");
    }
    let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
    let mut options = Options::new(dir.path());
    options.simulation_speed = 60.0;
    let asf = Arc::new(Asf::open(options, logs).expect("core"));
    asf.start();
    let listen = ListenConfig::http(vec![SocketAddr::from(([127, 0, 0, 1], 0))]);
    let server = IpcServer::start(asf.clone(), listen).await.expect("server");
    let deadline = Instant::now() + Duration::from_secs(60);
    while asf.bots().all().iter().filter(|b| b.is_farming()).count() < bots
        && Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Instance {
        base: format!("http://{}", server.local_addrs()[0]),
        _dir: dir,
        _server: server,
    }
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
            let instance = start(bots).await;
            let (samples, size) = scrape_times(&client, &instance.base).await;
            let (median, p99) = figures(samples);
            println!(
                "scrape with {bots:>4} bots   median {median:>7.2} ms   p99 {p99:>7.2} ms   {size} bytes"
            );
            medians.push(median);
            if bots == 1000 {
                let alone = figures(probe(&client, &instance.base).await);
                let running = Arc::new(AtomicBool::new(true));
                let scraper = {
                    let running = running.clone();
                    let client = client.clone();
                    let url = format!("{}/Api/metrics", instance.base);
                    tokio::spawn(async move {
                        let mut scrapes = 0u32;
                        while running.load(Ordering::Relaxed) {
                            let _ = client.get(&url).send().await.expect("scrape").bytes().await;
                            scrapes += 1;
                        }
                        scrapes
                    })
                };
                let beside = figures(probe(&client, &instance.base).await);
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
