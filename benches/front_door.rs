//! What the front door and its loopback hop cost: sequential keep-alive `GET /Api/ASF` straight
//! to the dropshot backend, through the front door (answered in process by `http::direct`), and
//! through the front door with a query `direct` does not read (`?hop=1`, so the same operation
//! takes the hop to dropshot). Same process, same client. Prints per-request latency, and the
//! hop's cost as a ratio of the forwarded answer to the one in process.
//!
//! Run with `cargo bench --bench front_door`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use asf_ipc::Logs;
use asf_ipc::{Asf, Options};
use asf_ipc::{IpcServer, ListenConfig};

const WARMUP: usize = 500;
const REQUESTS: usize = 5000;

async fn measure(
    client: &reqwest::Client,
    url: &str,
    token: Option<(&str, &str)>,
) -> Vec<Duration> {
    let mut samples = Vec::with_capacity(REQUESTS);
    for i in 0..WARMUP + REQUESTS {
        let mut request = client.get(url);
        if let Some((name, value)) = token {
            request = request.header(name, value);
        }
        let started = Instant::now();
        let response = request.send().await.expect("request");
        let status = response.status();
        let _ = response.bytes().await.expect("body");
        let elapsed = started.elapsed();
        assert!(status.is_success(), "{url}: {status}");
        if i >= WARMUP {
            samples.push(elapsed);
        }
    }
    samples.sort();
    samples
}

/// Prints `samples` (sorted) as `name`'s line; returns their mean and median, in µs.
fn report(name: &str, samples: &[Duration]) -> (f64, f64) {
    let mean = samples.iter().sum::<Duration>().as_secs_f64() * 1e6 / samples.len() as f64;
    let pct = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    println!(
        "{name:<12} mean {mean:>7.1} µs   p50 {:>7.1} µs   p99 {:>7.1} µs",
        pct(0.50).as_secs_f64() * 1e6,
        pct(0.99).as_secs_f64() * 1e6
    );
    (mean, pct(0.50).as_secs_f64() * 1e6)
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("dir");
        let logs = Logs::new(false, None, false).expect("logs");
        let asf = Arc::new(Asf::open(Options::new(dir.path()), logs).expect("core"));
        let config = ListenConfig::http(vec![SocketAddr::from(([127, 0, 0, 1], 0))]);
        let server = IpcServer::start(asf, config).await.expect("server");
        let front = format!("http://{}/Api/ASF", server.local_addrs()[0]);
        let forwarded = format!("{front}?hop=1");
        let backend = format!("http://{}/Api/ASF", server.backend_addr());
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(1)
            .build()
            .expect("client");
        println!("{REQUESTS} sequential keep-alive GET /Api/ASF after {WARMUP} warm-up requests");
        let token = Some(server.backend_token());
        let alone = report("backend", &measure(&client, &backend, token).await);
        let direct = report("front door", &measure(&client, &front, None).await);
        let hop = report("through hop", &measure(&client, &forwarded, None).await);
        println!("front door adds {:.1} µs per request", direct.0 - alone.0);
        // The median is the figure to compare on a busy machine; the mean carries its stalls.
        println!(
            "the hop adds {:.1} µs per request (median {:.1} µs): forwarded / in process \
             {:.2}x (median {:.2}x)",
            hop.0 - direct.0,
            hop.1 - direct.1,
            hop.0 / direct.0,
            hop.1 / direct.1
        );
        server.stop().await;
    });
}
