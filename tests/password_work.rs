//! What wrong passwords may cost, against the real binary with an SCrypt `IPCPassword`: a flood
//! of guesses from a trusted proxy that names a new client address for each (so no ban ever
//! stops it) runs a bounded number of key derivations, while the right password and
//! `/HealthCheck` stay fast and the server's memory stays within a budget.

use asf_ipc_test_support as common;

use std::time::{Duration, Instant};

use common::budget::{Budget, Limits};
use common::instance::{Instance, free_port, write_ipc_config};
use futures::StreamExt;
use serde_json::json;

const READY: &str = "|INFO|ASF|StartInternally() IPC server ready!";
const PASSWORD: &str = "correct horse battery staple";
const GUESSES: usize = 300;
const IN_FLIGHT: usize = 100;

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("client")
}

/// The 99th percentile of `samples`.
fn p99(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    let at = (samples.len() * 99).div_ceil(100).max(1) - 1;
    samples[at]
}

/// The server binary on loopback (a trusted proxy), its password stored as an SCrypt hash; the
/// config directory (kept while the instance runs), the instance and its port.
async fn spawn_with_scrypt_password() -> (tempfile::TempDir, Instance, u16) {
    let dir = tempfile::tempdir().expect("dir");
    let stored = asf_ipc::algorithms::hash_string(
        asf_ipc::api::enums::EHashingMethod::SCrypt,
        PASSWORD,
        asf_ipc::algorithms::DEFAULT_CRYPT_KEY.as_bytes(),
    )
    .expect("hash");
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({ "Kestrel": { "Endpoints": { "HTTP": { "Url": format!("http://127.0.0.1:{port}") } } } }),
    );
    common::write_config(
        dir.path(),
        "ASF.json",
        &json!({ "IPCPassword": stored, "IPCPasswordFormat": 1 }),
    );
    let instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, READY, 30).await;
    (dir, instance, port)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_derivation_flood_through_a_trusted_proxy_is_bounded() {
    let (_dir, instance, port) = spawn_with_scrypt_password().await;
    let api = format!("http://127.0.0.1:{port}/Api/ASF");
    let health = format!("http://127.0.0.1:{port}/HealthCheck");
    let probe = client();
    let right = probe
        .get(&api)
        .header("Authentication", PASSWORD)
        .send()
        .await
        .expect("right password");
    assert_eq!(right.status(), 200);

    let flooding = std::sync::atomic::AtomicBool::new(true);
    let flood = async {
        let guesser = client();
        let statuses: Vec<u16> = futures::stream::iter(0..GUESSES)
            .map(|i| {
                let guesser = guesser.clone();
                let api = api.clone();
                async move {
                    // Loopback is a trusted proxy: each guess claims a client of its own.
                    let claimed = format!("198.18.{}.{}", i / 250, i % 250 + 1);
                    guesser
                        .get(&api)
                        .header("Authentication", format!("guess {i}"))
                        .header("X-Forwarded-For", claimed)
                        .send()
                        .await
                        .map_or(0, |r| r.status().as_u16())
                }
            })
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        flooding.store(false, std::sync::atomic::Ordering::Relaxed);
        statuses
    };
    let measure = async {
        let (mut healthy, mut authorized) = (Vec::new(), Vec::new());
        while flooding.load(std::sync::atomic::Ordering::Relaxed) || healthy.len() < 10 {
            let started = Instant::now();
            let response = probe.get(&health).send().await.expect("health");
            assert_eq!(response.status(), 200);
            healthy.push(started.elapsed());
            let started = Instant::now();
            let response = probe
                .get(&api)
                .header("Authentication", PASSWORD)
                .send()
                .await
                .expect("right password");
            assert_eq!(response.status(), 200, "the right password is let in");
            authorized.push(started.elapsed());
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        (healthy, authorized)
    };
    let ((statuses, (healthy, authorized)), used) = Budget::of(instance.pid())
        .measure(async { tokio::join!(flood, measure) })
        .await;

    let unauthorized = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 403).count();
    let (health_p99, right_p99) = (p99(healthy), p99(authorized));
    eprintln!(
        "{unauthorized} guesses checked, {refused} refused at once; /HealthCheck p99 \
         {health_p99:?}, right password p99 {right_p99:?}; resident memory +{} KiB",
        used.grown_kib()
    );
    assert!(
        health_p99 < Duration::from_secs(1),
        "/HealthCheck p99 {health_p99:?}"
    );
    assert!(
        right_p99 < Duration::from_secs(1),
        "right password p99 {right_p99:?}"
    );
    used.assert_within(Limits::rss_mib(96));
    assert_eq!(
        unauthorized + refused,
        GUESSES,
        "every guess is refused: {statuses:?}"
    );
    assert!(unauthorized > 0, "some guesses were checked");
    assert!(
        refused > 0,
        "guesses beyond the derivation queue are refused at once"
    );
}
