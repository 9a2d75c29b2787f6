//! Response compression: what Brotli and gzip (ASP.NET's fastest levels, as ASF enables them)
//! cost and save on `GET /Api/Bot/ASF` with 1,000 bots logged on and farming, and on the
//! OpenAPI document. Prints, for each answer and each `Accept-Encoding`, the bytes sent and the
//! time per request (median and p95 over a kept-alive connection, the client only collecting
//! the bytes, not decoding them).
//!
//! Run with `cargo bench --bench compression` (or `cargo test --bench compression` for
//! dev-profile figures).

use std::time::Instant;

const BOTS: usize = 1000;
const WARMUP: usize = 5;
const REQUESTS: usize = 60;

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        // Every bot logged on and farming, so the answer is the full one.
        let farm = asf_ipc_test_support::farm(BOTS, |i| {
            serde_json::json!({
                "Enabled": true, "SteamLogin": format!("account{i}"), "SteamPassword": "secret",
                "FarmingOrders": [1], "GamesPlayedWhileIdle": [730],
            })
        })
        .await;
        let base = format!("http://{}", farm.addr());
        let client = reqwest::Client::new();
        for path in ["/Api/Bot/ASF", "/swagger/ASF/swagger.json"] {
            for accept in ["", "gzip", "br"] {
                let figures = measure(&client, &format!("{base}{path}"), accept).await;
                println!(
                    "GET {path:<26} {:<9} {:>9} bytes   median {:>7.2} ms   p95 {:>7.2} ms",
                    if accept.is_empty() {
                        "identity"
                    } else {
                        accept
                    },
                    figures.bytes,
                    figures.median_ms,
                    figures.p95_ms,
                );
            }
        }
        farm.server.stop().await;
        farm.asf.shutdown();
    });
}

struct Figures {
    bytes: usize,
    median_ms: f64,
    p95_ms: f64,
}

async fn measure(client: &reqwest::Client, url: &str, accept: &str) -> Figures {
    let mut samples = Vec::with_capacity(REQUESTS);
    let mut bytes = 0;
    for i in 0..WARMUP + REQUESTS {
        let mut request = client.get(url);
        if !accept.is_empty() {
            request = request.header("Accept-Encoding", accept);
        }
        let started = Instant::now();
        let response = request.send().await.expect("GET");
        assert!(response.status().is_success());
        let encoding = response
            .headers()
            .get("content-encoding")
            .map(|v| v.to_str().unwrap_or("").to_string())
            .unwrap_or_default();
        assert_eq!(encoding, accept, "{url}");
        let body = response.bytes().await.expect("body");
        let elapsed = started.elapsed();
        bytes = body.len();
        if i >= WARMUP {
            samples.push(elapsed);
        }
    }
    samples.sort();
    let at = |p: f64| {
        samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)].as_secs_f64() * 1e3
    };
    Figures {
        bytes,
        median_ms: at(0.5),
        p95_ms: at(0.95),
    }
}
