//! Clients that ask for a large answer and never read it: 100 HTTP/1.1 clients of a 20 MiB
//! stored value (`GET /Api/Storage/{key}`), then 2 HTTP/2 connections of 50 streams each with
//! no window (`SETTINGS_INITIAL_WINDOW_SIZE` 0), then 6 clients reading it whole, over and
//! over. Prints the server's resident memory before, at its peak while they run and after they
//! are gone, and `/HealthCheck` latency meanwhile. The value is an array of numbers (what costs
//! most to serialise).
//! The server runs with Kestrel's default minimum response rate (240 B/s after 5 s).
//!
//! Run with `cargo bench --bench slow_readers`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use asf_ipc::Logs;
use asf_ipc::{Asf, Options};
use asf_ipc::{IpcServer, ListenConfig};
use asf_ipc_test_support::instance::resident_kib;
use http_body_util::Empty;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::io::AsyncWriteExt;

const VALUE_BYTES: usize = 20 * 1024 * 1024;
const HTTP1_CLIENTS: usize = 100;
const HTTP2_CONNECTIONS: usize = 2;
const STREAMS_PER_CONNECTION: usize = 50;
/// How long the clients hang while memory and `/HealthCheck` are sampled.
const HANGING: Duration = Duration::from_secs(10);

/// A JSON array of numbers of about `VALUE_BYTES`.
fn large_array() -> String {
    let mut text = String::with_capacity(VALUE_BYTES + 16);
    text.push('[');
    let mut n = 0u64;
    while text.len() < VALUE_BYTES {
        if n > 0 {
            text.push(',');
        }
        text.push_str(&(1_000_000 + n).to_string());
        n += 1;
    }
    text.push(']');
    text
}

/// Samples resident memory and `/HealthCheck` for `HANGING`: peak KiB, p50 and p99 latency.
async fn while_hanging(base: &str) -> (u64, Duration, Duration) {
    let client = reqwest::Client::new();
    let mut peak = 0;
    let mut latencies = Vec::new();
    let until = Instant::now() + HANGING;
    while Instant::now() < until {
        peak = peak.max(resident_kib(std::process::id()));
        let asked = Instant::now();
        let response = client
            .get(format!("{base}/HealthCheck"))
            .send()
            .await
            .expect("HealthCheck");
        let _ = response.bytes().await;
        latencies.push(asked.elapsed());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    (peak, pct(0.50), pct(0.99))
}

fn report(what: &str, before: u64, (peak, p50, p99): (u64, Duration, Duration), after: u64) {
    println!(
        "{what:<34} RSS before {:>6} MiB  peak {:>6} MiB  after {:>6} MiB   /HealthCheck p50 {:>6.1} ms  p99 {:>6.1} ms",
        before / 1024,
        peak / 1024,
        after / 1024,
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("dir");
        let logs = Logs::new(false, None, false).expect("logs");
        let asf = Arc::new(Asf::open(Options::new(dir.path()), logs).expect("core"));
        let config = ListenConfig::http(vec![SocketAddr::from(([127, 0, 0, 1], 0))]);
        let server = IpcServer::start(asf, config).await.expect("server");
        let address = server.local_addrs()[0];
        let base = format!("http://{address}");
        let stored = reqwest::Client::new()
            .post(format!("{base}/Api/Storage/big"))
            .header("content-type", "application/json")
            .body(large_array())
            .send()
            .await
            .expect("POST");
        assert!(stored.status().is_success());
        tokio::time::sleep(Duration::from_secs(1)).await;

        let before = resident_kib(std::process::id());
        let mut clients = Vec::new();
        for _ in 0..HTTP1_CLIENTS {
            let mut stream = tokio::net::TcpStream::connect(address)
                .await
                .expect("connect");
            let request = format!("GET /Api/Storage/big HTTP/1.1\r\nHost: {address}\r\n\r\n");
            stream.write_all(request.as_bytes()).await.expect("request");
            clients.push(stream);
        }
        let hanging = while_hanging(&base).await;
        drop(clients);
        tokio::time::sleep(Duration::from_secs(2)).await;
        let after = resident_kib(std::process::id());
        report(
            &format!("{HTTP1_CLIENTS} HTTP/1.1 clients, 20 MiB each"),
            before,
            hanging,
            after,
        );

        let before = resident_kib(std::process::id());
        let mut held = Vec::new();
        for _ in 0..HTTP2_CONNECTIONS {
            let stream = tokio::net::TcpStream::connect(address)
                .await
                .expect("connect");
            let (sender, connection) =
                hyper::client::conn::http2::Builder::new(TokioExecutor::new())
                    .initial_stream_window_size(0)
                    .max_concurrent_reset_streams(STREAMS_PER_CONNECTION)
                    .handshake(TokioIo::new(stream))
                    .await
                    .expect("HTTP/2 handshake");
            tokio::spawn(connection);
            for _ in 0..STREAMS_PER_CONNECTION {
                let mut sender = sender.clone();
                let request = http::Request::get(format!("{base}/Api/Storage/big"))
                    .body(Empty::<bytes::Bytes>::new())
                    .expect("request");
                held.push(tokio::spawn(
                    async move { sender.send_request(request).await },
                ));
            }
        }
        let hanging = while_hanging(&base).await;
        for stream in &held {
            stream.abort();
        }
        drop(held);
        tokio::time::sleep(Duration::from_secs(2)).await;
        let after = resident_kib(std::process::id());
        report(
            &format!("{HTTP2_CONNECTIONS}x{STREAMS_PER_CONNECTION} HTTP/2 streams, window 0"),
            before,
            hanging,
            after,
        );
        let before = resident_kib(std::process::id());
        let readers: Vec<_> = (0..6)
            .map(|_| {
                let url = format!("{base}/Api/Storage/big");
                tokio::spawn(async move {
                    let client = reqwest::Client::new();
                    loop {
                        let mut response = client.get(&url).send().await.expect("GET");
                        // Read and dropped as it comes: the readers' own memory stays small.
                        while let Some(_chunk) = response.chunk().await.expect("body") {}
                    }
                })
            })
            .collect();
        let hanging = while_hanging(&base).await;
        for reader in &readers {
            reader.abort();
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
        let after = resident_kib(std::process::id());
        report("6 clients reading it whole", before, hanging, after);
        server.stop().await;
    });
}
