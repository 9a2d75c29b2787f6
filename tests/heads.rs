//! Request heads the access rules read, over raw HTTP/1.1: `Host` as Kestrel requires it
//! (missing, repeated, not visible ASCII, disagreeing with an absolute target), repeated
//! `Origin` and `Sec-Fetch-Site`, and how `Authentication` and `X-Forwarded-For` lines are read
//! when repeated, empty, not ASCII or huge.

use asf_ipc_test_support as common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{TestServer, loopback_ephemeral, write_global_config};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Sends `head` (raw bytes, which may be any octets) and reads the answer until the server
/// closes or 10 s pass; the second value says whether the server closed.
async fn exchange(addr: SocketAddr, head: &[u8]) -> (String, bool) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.write_all(head).await.expect("write");
    let mut out = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out))
        .await
        .is_ok();
    (String::from_utf8_lossy(&out).into_owned(), closed)
}

fn status(answer: &str) -> u16 {
    answer
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {answer:?}"))
}

fn body(answer: &str) -> Value {
    let (_, body) = answer.split_once("\r\n\r\n").expect("head and body");
    serde_json::from_str(body).unwrap_or(Value::Null)
}

fn has_header(answer: &str, line: &str) -> bool {
    let (head, _) = answer.split_once("\r\n\r\n").unwrap_or((answer, ""));
    head.lines().any(|l| l.eq_ignore_ascii_case(line))
}

async fn no_password_server() -> TestServer {
    let mut listen = loopback_ephemeral();
    listen.known_networks = asf_ipc::KnownNetworks::parse(["10.0.0.0/8"]).0;
    TestServer::start_custom(|_| {}, |_| {}, listen).await
}

#[tokio::test]
async fn a_missing_repeated_or_unprintable_host_is_kestrels_400() {
    let t = no_password_server().await;
    let addr = t.addr();
    let port = addr.port();
    let good = format!("Host: 127.0.0.1:{port}\r\n");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "missing",
            b"GET /Api/ASF HTTP/1.1\r\nConnection: close\r\n\r\n".to_vec(),
        ),
        (
            "repeated",
            format!("GET /Api/ASF HTTP/1.1\r\n{good}{good}Connection: close\r\n\r\n").into_bytes(),
        ),
        (
            "repeated, the second elsewhere",
            format!("GET /Api/ASF HTTP/1.1\r\n{good}Host: evil.example\r\n\r\n").into_bytes(),
        ),
        (
            "not ASCII",
            [&b"GET /Api/ASF HTTP/1.1\r\nHost: \xc3\xa9vil.example\r\n\r\n"[..]].concat(),
        ),
        (
            "a byte above 0x7f alone",
            b"GET /Api/ASF HTTP/1.1\r\nHost: evil\xff.example\r\n\r\n".to_vec(),
        ),
        (
            "a space inside",
            b"GET /Api/ASF HTTP/1.1\r\nHost: 127.0.0.1 evil\r\n\r\n".to_vec(),
        ),
        (
            "an absolute target naming another host",
            format!("GET http://evil.example/Api/ASF HTTP/1.1\r\n{good}\r\n").into_bytes(),
        ),
        (
            "missing, for a static file",
            b"GET / HTTP/1.1\r\n\r\n".to_vec(),
        ),
        (
            "missing, for the health check",
            b"GET /HealthCheck HTTP/1.1\r\n\r\n".to_vec(),
        ),
    ];
    for (case, head) in cases {
        let (answer, closed) = exchange(addr, &head).await;
        assert_eq!(status(&answer), 400, "{case}: {answer}");
        assert!(has_header(&answer, "content-length: 0"), "{case}: {answer}");
        assert!(has_header(&answer, "connection: close"), "{case}: {answer}");
        assert!(closed, "{case}: the connection stays open");
    }

    // What stays accepted: HTTP/1.0 without Host, an empty Host (RFC 9112 allows it; the
    // cross-site rule then refuses it from a browser), a matching absolute target, and
    // keep-alive after.
    let (answer, _) = exchange(addr, b"GET /Api/ASF HTTP/1.0\r\n\r\n").await;
    assert_eq!(status(&answer), 200, "{answer}");
    let (answer, _) = exchange(
        addr,
        b"GET /Api/ASF HTTP/1.1\r\nHost:\r\nUser-Agent: Mozilla/5.0\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status(&answer), 403, "{answer}");
    let (answer, _) = exchange(
        addr,
        format!("GET http://127.0.0.1:{port}/Api/ASF HTTP/1.1\r\n{good}Connection: close\r\n\r\n")
            .as_bytes(),
    )
    .await;
    assert_eq!(status(&answer), 200, "{answer}");
    let (answer, _) = exchange(
        addr,
        format!(
            "GET /HealthCheck HTTP/1.1\r\n{good}\r\nGET /Api/ASF HTTP/1.1\r\n{good}Connection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(answer.matches("HTTP/1.1 200").count(), 2, "{answer}");
}

#[tokio::test]
async fn repeated_origin_or_sec_fetch_site_is_refused_in_the_envelope() {
    let t = no_password_server().await;
    let addr = t.addr();
    let port = addr.port();
    let own = format!("http://127.0.0.1:{port}");
    for (case, lines, name) in [
        (
            "own origin first, another site second",
            format!("Origin: {own}\r\nOrigin: http://evil.example\r\n"),
            "Origin",
        ),
        (
            "the same origin twice",
            format!("Origin: {own}\r\nOrigin: {own}\r\n"),
            "Origin",
        ),
        (
            "same-origin first, cross-site second",
            "Sec-Fetch-Site: same-origin\r\nSec-Fetch-Site: cross-site\r\n".to_string(),
            "Sec-Fetch-Site",
        ),
    ] {
        let (answer, _) = exchange(
            addr,
            format!(
                "POST /Api/ASF/Exit HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{lines}Content-Length: 0\r\nConnection: close\r\n\r\n"
            )
            .as_bytes(),
        )
        .await;
        assert_eq!(status(&answer), 400, "{case}: {answer}");
        let body = body(&answer);
        assert_eq!(body["Success"], false, "{case}: {answer}");
        assert_eq!(
            body["Message"],
            format!("The request has more than one {name} header."),
            "{case}"
        );
    }
    // One of each is judged as before.
    let (answer, _) = exchange(
        addr,
        format!(
            "GET /Api/ASF HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: {own}\r\nSec-Fetch-Site: same-origin\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(status(&answer), 200, "{answer}");
    assert_eq!(
        t.call(reqwest::Method::GET, "/Api/ASF", None).await.0,
        200,
        "still running"
    );
}

/// `IPC/ArchiKestrel.cs` (`ForwardedHeadersOptions`): without a password, a client a known
/// network forwards is trusted; 192.0.2.1 is not. Repeated lines are one list, as ASP.NET
/// reads them.
#[tokio::test]
async fn forwarded_lines_are_read_as_asp_net_reads_them() {
    // Without a password: a client a known network forwards is trusted; 192.0.2.1 is not.
    let t = no_password_server().await;
    let addr = t.addr();
    let host = format!("Host: 127.0.0.1:{}\r\n", addr.port());
    let get = |forwarded: &[u8]| {
        [
            b"GET /Api/ASF HTTP/1.1\r\n".as_slice(),
            host.as_bytes(),
            forwarded,
            b"Connection: close\r\n\r\n",
        ]
        .concat()
    };
    for (case, lines, expected) in [
        (
            "untrusted client",
            &b"X-Forwarded-For: 192.0.2.1\r\n"[..],
            403,
        ),
        ("known network", b"X-Forwarded-For: 10.1.2.3\r\n", 200),
        (
            "lines are one list: the last line's entry",
            b"X-Forwarded-For: 10.1.2.3\r\nX-Forwarded-For: 192.0.2.1\r\n",
            403,
        ),
        (
            // The right-most entry does not parse: the proxy itself is the client.
            "a last line that is not ASCII",
            b"X-Forwarded-For: 192.0.2.1\r\nX-Forwarded-For: \xc3\xbc\r\n",
            200,
        ),
        (
            "an empty line adds no entry",
            b"X-Forwarded-For: 192.0.2.1\r\nX-Forwarded-For:\r\n",
            403,
        ),
    ] {
        let (answer, _) = exchange(addr, &get(lines)).await;
        assert_eq!(status(&answer), expected, "{case}: {answer}");
    }
}

/// `IPC/Integration/ApiAuthenticationMiddleware.cs`: a huge Host or Origin (within the 32 KiB
/// head limit) from a browser is refused quickly, its answer short.
#[tokio::test]
async fn a_huge_host_or_origin_is_refused_quickly() {
    let t = no_password_server().await;
    let addr = t.addr();
    let port = addr.port();
    for lines in [
        format!("Host: {}.example\r\n", "a".repeat(30_000)),
        format!(
            "Host: 127.0.0.1:{port}\r\nOrigin: http://{}.example\r\n",
            "a".repeat(30_000)
        ),
    ] {
        let started = Instant::now();
        let (answer, _) = exchange(
            addr,
            format!(
                "GET /Api/ASF HTTP/1.1\r\n{lines}User-Agent: Mozilla/5.0\r\nConnection: close\r\n\r\n"
            )
            .as_bytes(),
        )
        .await;
        assert_eq!(status(&answer), 403, "{answer}");
        assert!(
            answer.len() < 2_000,
            "the message quotes at most 100 characters"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}

/// `IPC/Integration/ApiAuthenticationMiddleware.cs`: with a password, the first non-empty
/// Authentication line is the password, as in ASF; a huge one is refused quickly.
#[tokio::test]
async fn password_lines_are_read_as_asf_reads_them() {
    // With a password: the first non-empty Authentication line is the password, as in ASF.
    let t = TestServer::start_custom(
        write_global_config(json!({ "IPCPassword": "secret" })),
        |_| {},
        loopback_ephemeral(),
    )
    .await;
    let addr = t.addr();
    let host = format!("Host: 127.0.0.1:{}\r\n", addr.port());
    for (case, lines, expected) in [
        (
            "an empty line first",
            &b"Authentication:\r\nAuthentication: secret\r\n"[..],
            200,
        ),
        (
            "the right one first",
            b"Authentication: secret\r\nAuthentication: wrong\r\n",
            200,
        ),
        (
            "only empty lines",
            b"Authentication:\r\nAuthentication:\r\n",
            401,
        ),
        ("not ASCII", b"Authentication: s\xc3\xa9cret\r\n", 401),
    ] {
        let (answer, _) = exchange(
            addr,
            &[
                b"GET /Api/ASF HTTP/1.1\r\n".as_slice(),
                host.as_bytes(),
                lines,
                b"Connection: close\r\n\r\n",
            ]
            .concat(),
        )
        .await;
        assert_eq!(status(&answer), expected, "{case}: {answer}");
    }
    let started = Instant::now();
    let (answer, _) = exchange(
        addr,
        format!(
            "GET /Api/ASF HTTP/1.1\r\n{host}Authentication: {}\r\nConnection: close\r\n\r\n",
            "w".repeat(30_000)
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(status(&answer), 401, "{answer}");
    assert!(started.elapsed() < Duration::from_secs(5));
}
