//! Answers in flight have a budget: slow handlers share a bounded number of links to the
//! backend, and clients that stop reading an answer are dropped once they fall below the
//! minimum response data rate, their memory freed. Measured on the server binary.

use asf_ipc_test_support as common;

use std::time::Duration;

use common::budget::{Budget, Limits};
use common::instance::{Instance, free_port, write_ipc_config};
use serde_json::json;

/// The server binary on a free port of 127.0.0.1, with `limits` as `Kestrel.Limits` and
/// `prepare` run on its directory first.
async fn instance(
    limits: serde_json::Value,
    prepare: impl FnOnce(&std::path::Path),
) -> (Instance, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    std::fs::create_dir_all(dir.path().join("config")).expect("config dir");
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {
            "Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}},
            "Limits": limits,
        }}),
    );
    prepare(dir.path());
    let server = Instance::spawn(dir.path(), &[]);
    server.wait_line(0, "IPC server ready!", 20).await;
    (server, format!("http://127.0.0.1:{port}"), dir)
}

/// A crowd of slow requests (confirmations that wait about four seconds each, as ASF's
/// `WaitIfNeeded` does) costs the server a bounded number of descriptors: they share a few
/// multiplexed links to the backend instead of taking an HTTP/1.1 link (two descriptors) each.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_slow_requests_hold_a_bounded_number_of_descriptors() {
    let (server, base, _dir) = instance(json!({}), |dir| {
        common::write_bot(dir, "Slow", common::farming_bot("slow"));
    })
    .await;
    let client = common::http();
    common::wait_for(20, "Slow to log on", || async {
        let bots: serde_json::Value = client
            .get(format!("{base}/Api/Bot/Slow"))
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        (bots["Result"]["Slow"]["IsConnectedAndLoggedOn"] == true).then_some(())
    })
    .await;
    let imported = client
        .post(format!("{base}/Api/Bot/Slow/TwoFactorAuthentication"))
        .json(&json!({
            "shared_secret": common::SHARED_SECRET,
            "identity_secret": common::IDENTITY_SECRET,
        }))
        .send()
        .await
        .expect("import");
    assert_eq!(imported.status(), 200);
    let waiting =
        json!({"Accept": true, "AcceptedCreatorIDs": [999_999_999_999u64], "WaitIfNeeded": true});
    // Five HTTP/2 connections of 200 streams each: the client's own descriptors stay few.
    let clients: Vec<reqwest::Client> = (0..5)
        .map(|_| {
            reqwest::Client::builder()
                .http2_prior_knowledge()
                .timeout(Duration::from_secs(60))
                .build()
                .expect("client")
        })
        .collect();
    let url = format!("{base}/Api/Bot/Slow/TwoFactorAuthentication/Confirmations");
    let (statuses, used) = Budget::of(server.pid())
        .measure(async {
            let requests = (0..1000).map(|i| {
                let (client, url, body) = (clients[i % 5].clone(), url.clone(), waiting.clone());
                tokio::spawn(async move {
                    client
                        .post(url)
                        .json(&body)
                        .send()
                        .await
                        .map(|r| r.status().as_u16())
                        .unwrap_or(0)
                })
            });
            futures::future::join_all(requests).await
        })
        .await;
    let answered = statuses.iter().filter(|s| matches!(s, Ok(200))).count();
    assert_eq!(answered, 1000, "every slow request is answered");
    // The old way took two descriptors per request past 128 waiting: about 1,750.
    used.assert_within(Limits::only_fds(100));
}

/// The bytes of the stored value that the non-reading clients ask for.
const BIG: usize = 20 * 1024 * 1024;

/// A minimum response rate with a short grace period, so a test need not wait long: a client
/// that stops taking its answer may be waited for the grace period plus its last piece (64 KiB)
/// at the rate, which at 240 bytes a second would be minutes.
fn short_grace() -> serde_json::Value {
    json!({"MinResponseDataRate": {"BytesPerSecond": 1_000_000, "GracePeriod": "00:00:01"}})
}

/// The server binary with a 20 MiB string stored under `big`.
async fn serving_a_large_value() -> (Instance, String, tempfile::TempDir) {
    let (server, base, dir) = instance(short_grace(), |_| {}).await;
    let body = format!("\"{}\"", "x".repeat(BIG));
    let stored: serde_json::Value = common::http()
        .post(format!("{base}/Api/Storage/big"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("POST")
        .json()
        .await
        .expect("JSON");
    assert_eq!(stored["Success"], true, "{stored}");
    (server, base, dir)
}

/// The slowest of a few `/HealthCheck`s.
async fn slowest_health_check(base: &str) -> Duration {
    let client = common::http();
    let mut slowest = Duration::ZERO;
    for _ in 0..5 {
        let asked = std::time::Instant::now();
        let response = client
            .get(format!("{base}/HealthCheck"))
            .send()
            .await
            .expect("HealthCheck");
        assert_eq!(response.status(), 200);
        slowest = slowest.max(asked.elapsed());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    slowest
}

/// HTTP/1.1 clients that ask for a large answer and never read it hold little of the server's
/// memory while they hang, leave `/HealthCheck` fast, and are dropped after the grace period;
/// the server's memory is back near where it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http1_clients_that_stop_reading_are_dropped() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (server, base, _dir) = serving_a_large_value().await;
    let address = base.trim_start_matches("http://").to_string();
    let ((received, slowest), used) = Budget::of(server.pid())
        .measure(async {
            let mut clients = Vec::new();
            for _ in 0..20 {
                let mut stream = tokio::net::TcpStream::connect(&address)
                    .await
                    .expect("connect");
                let request = format!("GET /Api/Storage/big HTTP/1.1\r\nHost: {address}\r\n\r\n");
                stream.write_all(request.as_bytes()).await.expect("request");
                clients.push(stream);
            }
            let slowest = slowest_health_check(&base).await;
            // Past the grace period (1 s) with room to spare, then read what arrived: the server
            // must have closed each connection long before the answer was through.
            tokio::time::sleep(Duration::from_secs(4)).await;
            let mut received = Vec::new();
            for mut stream in clients {
                let mut got = 0usize;
                let mut head = Vec::new();
                let mut buf = vec![0u8; 256 * 1024];
                let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
                loop {
                    match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
                        Ok(Ok(0)) | Ok(Err(_)) => break,
                        Ok(Ok(n)) => {
                            if head.len() < 200 {
                                head.extend_from_slice(&buf[..n.min(200)]);
                            }
                            got += n;
                        }
                        Err(_) => panic!(
                            "the connection was still open, {got} bytes read: {}",
                            String::from_utf8_lossy(&head)
                        ),
                    }
                }
                assert!(
                    head.starts_with(b"HTTP/1.1 200"),
                    "{}",
                    String::from_utf8_lossy(&head)
                );
                received.push(got);
            }
            (received, slowest)
        })
        .await;
    for got in received {
        assert!(
            got < BIG,
            "a client that stopped reading got the whole answer"
        );
    }
    assert!(
        slowest < Duration::from_secs(1),
        "/HealthCheck took {slowest:?} beside the clients"
    );
    // Twenty copies of the answer would be 400 MiB and more.
    used.assert_within(Limits::rss_mib(100));
    let after = common::budget::Budget::of(server.pid())
        .measure(async {})
        .await
        .1;
    assert!(
        after.baseline_kib < used.baseline_kib + 64 * 1024,
        "memory did not come back: {after:?} after {used:?}"
    );
}

/// HTTP/2 streams whose client gives them no window (`SETTINGS_INITIAL_WINDOW_SIZE` 0) hold
/// little memory and are reset after the grace period; their connection is kept and still
/// answers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_streams_without_a_window_are_reset() {
    use http_body_util::{BodyExt, Empty};
    use hyper_util::rt::{TokioExecutor, TokioIo};
    let (server, base, _dir) = serving_a_large_value().await;
    let address = base.trim_start_matches("http://").to_string();
    let request = |path: &str| {
        http::Request::get(format!("{base}{path}"))
            .body(Empty::<bytes::Bytes>::new())
            .expect("request")
    };
    let ((outcomes, kept, slowest), used) = Budget::of(server.pid())
        .measure(async {
            let mut connections = Vec::new();
            let mut answers = Vec::new();
            for _ in 0..2 {
                let stream = tokio::net::TcpStream::connect(&address)
                    .await
                    .expect("connect");
                let (sender, connection) =
                    hyper::client::conn::http2::Builder::new(TokioExecutor::new())
                        .initial_stream_window_size(0)
                        .handshake(TokioIo::new(stream))
                        .await
                        .expect("HTTP/2 handshake");
                tokio::spawn(connection);
                for _ in 0..10 {
                    let mut sender = sender.clone();
                    let head = sender
                        .send_request(request("/Api/Storage/big"))
                        .await
                        .expect("answer head");
                    assert_eq!(head.status(), 200);
                    answers.push(head.into_body());
                }
                connections.push(sender);
            }
            let slowest = slowest_health_check(&base).await;
            tokio::time::sleep(Duration::from_secs(4)).await;
            // A reset stream ends its body with an error at once; one still open would wait
            // for a window that never comes.
            let mut outcomes = Vec::new();
            for mut body in answers {
                let next = tokio::time::timeout(Duration::from_secs(2), body.frame()).await;
                outcomes.push(matches!(next, Ok(Some(Err(_)))));
            }
            let mut kept = Vec::new();
            for mut sender in connections {
                let head = tokio::time::timeout(
                    Duration::from_secs(5),
                    sender.send_request(request("/HealthCheck")),
                )
                .await;
                kept.push(matches!(head, Ok(Ok(r)) if r.status() == 200));
            }
            (outcomes, kept, slowest)
        })
        .await;
    assert!(
        outcomes.iter().all(|reset| *reset),
        "streams reset: {outcomes:?}"
    );
    assert!(kept.iter().all(|k| *k), "connections kept: {kept:?}");
    assert!(
        slowest < Duration::from_secs(1),
        "/HealthCheck took {slowest:?} beside the streams"
    );
    // Twenty copies of the answer would be 400 MiB and more.
    used.assert_within(Limits::rss_mib(100));
}
