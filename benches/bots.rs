//! Scale: 1,000 bot configs at start-up, then `GET /Api/Bot/ASF` (what ASF-ui polls every 2.5 s)
//! with all 1,000 bots logged on and farming on the simulated network. Prints the load time,
//! the response size and per-request latency (median, p95, p99) over a kept-alive connection.
//!
//! Run with `cargo bench --bench bots`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use asf_ipc::Logs;
use asf_ipc::{Asf, Options};
use asf_ipc::{IpcServer, ListenConfig};

const BOTS: usize = 1000;
const WARMUP: usize = 10;
const REQUESTS: usize = 200;

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("dir");
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config).expect("config dir");
        for i in 0..BOTS {
            let bot = serde_json::json!({
                "Enabled": true, "SteamLogin": format!("account{i}"), "SteamPassword": "secret",
                "FarmingOrders": [1], "GamesPlayedWhileIdle": [730],
            });
            std::fs::write(config.join(format!("Bot{i:04}.json")), bot.to_string()).expect("bot");
        }

        let logs = Logs::new(false, Some(dir.path()), false).expect("logs");
        let mut options = Options::new(dir.path());
        options.simulation_speed = 60.0;
        let started = Instant::now();
        let asf = Arc::new(Asf::open(options, logs).expect("core"));
        asf.start();
        let loaded = started.elapsed();
        assert_eq!(asf.bots().len(), BOTS);
        println!(
            "load {BOTS} bot configs         {:>8.1} ms",
            loaded.as_secs_f64() * 1e3
        );

        let listen = ListenConfig::http(vec![SocketAddr::from(([127, 0, 0, 1], 0))]);
        let server = IpcServer::start(asf.clone(), listen).await.expect("server");
        let url = format!("http://{}/Api/Bot/ASF", server.local_addrs()[0]);
        let client = reqwest::Client::new();

        // Wait until every bot is logged on and farming, so the answer is the full one.
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let online = asf.bots().all().iter().filter(|b| b.is_farming()).count();
            if online == BOTS || Instant::now() > deadline {
                println!(
                    "all bots farming after          {:>8.1} ms ({online} farming)",
                    started.elapsed().as_secs_f64() * 1e3
                );
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }

        let mut samples = Vec::with_capacity(REQUESTS);
        let mut size = 0;
        for i in 0..WARMUP + REQUESTS {
            let t = Instant::now();
            let response = client.get(&url).send().await.expect("GET");
            assert!(response.status().is_success());
            let body = response.bytes().await.expect("body");
            let elapsed = t.elapsed();
            size = body.len();
            if i >= WARMUP {
                samples.push(elapsed);
            }
        }
        samples.sort();
        let mean = samples.iter().sum::<Duration>().as_secs_f64() * 1e3 / samples.len() as f64;
        let pct = |p: f64| {
            samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)].as_secs_f64()
                * 1e3
        };
        println!(
            "GET /Api/Bot/ASF ({BOTS} bots, {} KiB)  mean {mean:.2} ms   median {:.2} ms   p95 {:.2} ms   p99 {:.2} ms",
            size / 1024,
            pct(0.50),
            pct(0.95),
            pct(0.99)
        );
        println!(
            "resident memory                 {:>8} KiB",
            asf_ipc_test_support::instance::resident_kib(std::process::id())
        );
        server.stop().await;
        asf.shutdown();
    });
}
