//! Connection and request limits (Kestrel's, configurable through `Kestrel.Limits`), probed
//! with raw sockets: the exact status line, or when the server closes the connection. Short
//! timeouts are configured so nothing waits long; none of the probes may wedge the server.

use asf_ipc_test_support as common;

use std::time::Duration;

use asf_ipc::ListenConfig;
use asf_ipc::{DataRate, IpcConfig, Limits};
use common::TestServer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn with_limits(limits: Limits) -> TestServer {
    let mut listen = common::loopback_ephemeral();
    listen.limits = limits;
    TestServer::start_custom(|_| {}, |_| {}, listen).await
}

/// Reads until the server closes or `within` passes; returns what arrived and whether the
/// connection was closed.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> (String, bool) {
    let mut received = Vec::new();
    let deadline = tokio::time::Instant::now() + within;
    let mut buf = [0u8; 16 * 1024];
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&received).into(), true),
            Ok(Ok(n)) => received.extend_from_slice(&buf[..n]),
            Err(_) => return (String::from_utf8_lossy(&received).into(), false),
        }
    }
}

async fn still_serving(t: &TestServer) {
    let response = common::http()
        .get(t.url("/Api/ASF"))
        .send()
        .await
        .expect("a normal request is still served");
    assert_eq!(response.status(), 200);
}

/// Heads up to `MaxRequestHeadersTotalSize` reach every operation, including those dropshot
/// answers (its HTTP/2 header list holds 16 KiB, less than the 32 KiB allowed), and a value
/// written through such a request reads back.
#[tokio::test]
async fn large_heads_within_the_limit_reach_the_backend() {
    let t = TestServer::start().await;
    let client = common::http();
    let big = "a".repeat(24 * 1024);
    let written = client
        .post(t.url("/Api/Storage/large-head"))
        .header("X-Big", &big)
        .header("content-type", "application/json")
        .body(r#""kept""#)
        .send()
        .await
        .expect("post");
    assert_eq!(written.status(), 200, "{:?}", written.text().await);
    let read = client
        .get(t.url("/Api/Storage/large-head"))
        .header("X-Big", &big)
        .send()
        .await
        .expect("get");
    assert_eq!(read.status(), 200);
    let body: serde_json::Value = read.json().await.expect("JSON");
    assert_eq!(body["Result"], "kept", "{body}");
    still_serving(&t).await;
}

#[tokio::test]
async fn kestrel_defaults_when_ipc_config_is_silent() {
    let limits = IpcConfig::parse("{}").expect("parses").limits;
    assert_eq!(limits, Limits::default());
    assert_eq!(limits.max_request_body_size, Some(30_000_000));
    assert_eq!(limits.max_request_header_count, 100);
    assert_eq!(limits.max_request_headers_total_size, 32 * 1024);
    assert_eq!(limits.keep_alive_timeout, Duration::from_secs(130));
    assert_eq!(limits.request_headers_timeout, Duration::from_secs(30));
    assert!(limits.max_concurrent_connections.is_none());
}

#[tokio::test]
async fn declared_oversized_body_gets_413_before_any_of_it_is_read() {
    let t = TestServer::start().await;
    let mut stream = TcpStream::connect(t.addr()).await.expect("connect");
    // 31 MB declared, nothing sent: the answer must not wait for the body.
    stream
        .write_all(
            b"POST /Api/ASF/Hash HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
              Content-Length: 31000000\r\n\r\n",
        )
        .await
        .expect("write");
    let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("30000000"), "{answer}");
    assert!(closed, "the connection closes instead of draining 31 MB");
    still_serving(&t).await;
}

#[tokio::test]
async fn configured_body_limit_applies_to_declared_and_chunked_bodies() {
    let t = with_limits(Limits {
        max_request_body_size: Some(1000),
        ..Limits::default()
    })
    .await;
    let client = common::http();
    let body = |n: usize| {
        format!(
            "{{\"HashingMethod\":0,\"StringToHash\":\"{}\"}}",
            "x".repeat(n)
        )
    };
    let small = body(900);
    assert!(small.len() <= 1000);
    let response = client
        .post(t.url("/Api/ASF/Hash"))
        .header("content-type", "application/json")
        .body(small)
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 200);
    let large = body(1000);
    let response = client
        .post(t.url("/Api/ASF/Hash"))
        .header("content-type", "application/json")
        .body(large.clone())
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 413);
    let value: serde_json::Value = response.json().await.expect("envelope");
    assert_eq!(value["Success"], false);
    // Chunked, no declared length: refused once the limit is crossed.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = large
        .into_bytes()
        .chunks(100)
        .map(|c| Ok(c.to_vec()))
        .collect();
    let response = client
        .post(t.url("/Api/ASF/Hash"))
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn header_count_header_size_and_request_line_limits() {
    let t = TestServer::start().await;
    let addr = t.addr();
    let probe = |head: String| async move {
        let mut stream = TcpStream::connect(addr).await.expect("connect");
        stream.write_all(head.as_bytes()).await.expect("write");
        read_until_closed(&mut stream, Duration::from_secs(10))
            .await
            .0
    };
    let headers = |count: usize| {
        (0..count)
            .map(|i| format!("X-H{i}: v\r\n"))
            .collect::<String>()
    };
    // 100 header lines (Host included) pass, 101 get 431.
    let answer = probe(format!(
        "GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{}\r\n",
        headers(98)
    ))
    .await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let answer = probe(format!(
        "GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{}\r\n",
        headers(99)
    ))
    .await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    // 40 KiB of headers: over the 32 KiB total.
    let answer = probe(format!(
        "GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\n\r\n",
        "a".repeat(40 * 1024)
    ))
    .await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    // A 9 KiB request line: over Kestrel's 8 KiB.
    let answer = probe(format!(
        "GET /Api/ASF?x={} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "a".repeat(9 * 1024)
    ))
    .await;
    assert!(answer.starts_with("HTTP/1.1 414"), "{answer}");
    still_serving(&t).await;
}

#[tokio::test]
async fn slow_headers_and_slow_bodies_are_cut_off() {
    let t = with_limits(Limits {
        request_headers_timeout: Duration::from_secs(1),
        min_request_body_data_rate: Some(DataRate {
            bytes_per_second: 100.0,
            grace_period: Duration::from_secs(1),
        }),
        ..Limits::default()
    })
    .await;
    // Headers that never end: closed about a second after the first byte.
    let mut slow_head = TcpStream::connect(t.addr()).await.expect("connect");
    slow_head
        .write_all(b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        .await
        .expect("write");
    let (_, closed) = read_until_closed(&mut slow_head, Duration::from_secs(10)).await;
    assert!(closed, "slow headers are cut off");

    // A body dripping at 5 bytes/s against a minimum of 100 bytes/s: 408 and closed.
    let mut slow_body = TcpStream::connect(t.addr()).await.expect("connect");
    slow_body
        .write_all(
            b"POST /Api/ASF/Hash HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
              Content-Length: 500\r\n\r\n{",
        )
        .await
        .expect("write");
    let drip = tokio::spawn(async move {
        for _ in 0..40 {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if slow_body.write_all(b" ").await.is_err() {
                break;
            }
        }
        slow_body
    });
    let mut slow_body = drip.await.expect("drip");
    let (answer, closed) = read_until_closed(&mut slow_body, Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(closed);
    still_serving(&t).await;
}

#[tokio::test]
async fn idle_connections_close_after_the_keep_alive_timeout_but_websockets_stay() {
    let t = with_limits(Limits {
        keep_alive_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    // Opened and silent.
    let mut silent = TcpStream::connect(t.addr()).await.expect("connect");
    let (_, closed) = read_until_closed(&mut silent, Duration::from_secs(10)).await;
    assert!(closed, "a silent connection is closed");
    // Idle after one request.
    let mut idle = TcpStream::connect(t.addr()).await.expect("connect");
    idle.write_all(b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .expect("write");
    let (answer, closed) = read_until_closed(&mut idle, Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(closed, "an idle keep-alive connection is closed");
    // A log subscriber that never sends anything stays connected well past the timeout.
    let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://{}/Api/NLog", t.addr()))
        .await
        .expect("websocket");
    tokio::time::sleep(Duration::from_millis(2500)).await;
    slog::info!(t.asf.log(), "Probe() after the keep-alive timeout");
    use futures::StreamExt;
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("the subscriber still receives lines")
            .expect("still open")
            .expect("frame");
        if frame
            .to_text()
            .unwrap_or_default()
            .contains("after the keep-alive")
        {
            break;
        }
    }
}

#[tokio::test]
async fn connections_over_the_maximum_are_closed_at_once() {
    let t = with_limits(Limits {
        max_concurrent_connections: Some(3),
        ..Limits::default()
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut stream = TcpStream::connect(t.addr()).await.expect("connect");
        stream
            .write_all(b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .await
            .expect("write");
        let mut buf = [0u8; 12];
        stream.read_exact(&mut buf).await.expect("answer");
        assert_eq!(&buf, b"HTTP/1.1 200");
        held.push(stream);
    }
    let mut fourth = TcpStream::connect(t.addr()).await.expect("connect");
    let _ = fourth
        .write_all(b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await;
    let (answer, closed) = read_until_closed(&mut fourth, Duration::from_secs(10)).await;
    assert!(closed && answer.is_empty(), "{answer}");
    // A slot frees up when a connection ends.
    drop(held.pop());
    common::wait_for(10, "a free slot", || async {
        let mut stream = TcpStream::connect(t.addr()).await.ok()?;
        stream
            .write_all(b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await
            .ok()?;
        let (answer, _) = read_until_closed(&mut stream, Duration::from_secs(5)).await;
        answer.starts_with("HTTP/1.1 200").then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_slow_clients_leave_normal_requests_served() {
    let t = TestServer::start().await;
    let mut attackers = Vec::new();
    for i in 0..1000 {
        let mut stream = TcpStream::connect(t.addr()).await.expect("connect");
        // Half dribble headers, half promise a body they never send.
        let head: &[u8] = if i % 2 == 0 {
            b"GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
        } else {
            b"POST /Api/ASF/Hash HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        };
        stream.write_all(head).await.expect("write");
        attackers.push(stream);
    }
    for _ in 0..20 {
        still_serving(&t).await;
    }
    let listen = ListenConfig::default();
    assert_eq!(listen.limits, Limits::default());
    drop(attackers);
}
