//! Response compression as ASF enables it (`ArchiSteamFarm/IPC/ArchiKestrel.cs`:
//! `AddResponseCompression` with `EnableForHttps`, ASP.NET's Brotli and gzip providers at
//! `CompressionLevel.Fastest`, its default MIME types), over HTTP and HTTPS; and a compressed
//! answer to a client that stops reading keeps the slow-reader budget.

use asf_ipc_test_support as common;

use std::time::Duration;

use async_compression::tokio::bufread::{BrotliDecoder, GzipDecoder};
use common::budget::{Budget, Limits};
use common::instance::{Instance, TestCertificate, free_port, write_ipc_config};
use common::{TestServer, http};
use serde_json::json;
use tokio::io::AsyncReadExt;

async fn decoded(encoding: &str, bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match encoding {
        "br" => BrotliDecoder::new(bytes).read_to_end(&mut out).await,
        "gzip" => GzipDecoder::new(bytes).read_to_end(&mut out).await,
        other => panic!("unexpected Content-Encoding {other}"),
    }
    .expect("decodes");
    out
}

/// `GET base+path` with `accept` as `Accept-Encoding` (none when empty): status, the
/// `Content-Encoding` and `Vary` headers, and the body as sent.
async fn get(
    client: &reqwest::Client,
    url: &str,
    accept: &str,
) -> (u16, Option<String>, Option<String>, Vec<u8>) {
    let mut request = client.get(url);
    if !accept.is_empty() {
        request = request.header("Accept-Encoding", accept);
    }
    let response = request.send().await.expect("GET");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().expect("text").to_string())
    };
    let (encoding, vary) = (header("content-encoding"), header("vary"));
    let status = response.status().as_u16();
    let body = response.bytes().await.expect("body").to_vec();
    (status, encoding, vary, body)
}

#[tokio::test]
async fn compressible_answers_are_compressed_as_accept_encoding_asks() {
    let t = TestServer::start().await;
    let client = http();
    for path in ["/swagger/ASF/swagger.json", "/Api/ASF", "/"] {
        let url = t.url(path);
        let (status, encoding, vary, plain) = get(&client, &url, "").await;
        assert_eq!(status, 200, "{path}");
        assert_eq!((encoding, vary), (None, None), "{path}: nothing asked");
        for (accept, expected) in [
            ("gzip, deflate, br", "br"),
            ("gzip", "gzip"),
            ("br;q=0.5, gzip", "gzip"),
            ("*", "br"),
        ] {
            let (status, encoding, vary, body) = get(&client, &url, accept).await;
            assert_eq!(status, 200, "{path} {accept}");
            assert_eq!(encoding.as_deref(), Some(expected), "{path} {accept}");
            assert_eq!(vary.as_deref(), Some("Accept-Encoding"), "{path} {accept}");
            assert_eq!(decoded(expected, &body).await, plain, "{path} {accept}");
            if plain.len() > 10_000 {
                assert!(
                    body.len() * 3 < plain.len(),
                    "{path} {accept}: {}",
                    body.len()
                );
            }
        }
        // Nothing offered is acceptable: as it is, but caches must still vary.
        let (_, encoding, vary, body) = get(&client, &url, "identity").await;
        assert_eq!(encoding, None, "{path}");
        assert_eq!(vary.as_deref(), Some("Accept-Encoding"), "{path}");
        assert_eq!(body, plain, "{path}");
    }
    // Not a compressible type, or no body: left as it is.
    let (status, encoding, vary, _) = get(&client, &t.url("/Api/Nothing"), "gzip").await;
    assert_eq!((status, encoding, vary), (404, None, None));
    // A range of a static file is sent as it is (ASP.NET skips `Content-Range`).
    let response = client
        .get(t.url("/"))
        .header("Accept-Encoding", "gzip")
        .header("Range", "bytes=0-9")
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 206);
    assert!(response.headers().get("content-encoding").is_none());
    assert_eq!(response.bytes().await.expect("body").len(), 10);
}

/// `EnableForHttps = true`: answers over TLS are compressed too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_over_https_are_compressed_too() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {"Endpoints": {"HTTPS": {
            "Url": format!("https://127.0.0.1:{port}"),
            "Certificate": {
                "Path": cert.pfx.display().to_string(),
                "Password": TestCertificate::PFX_PASSWORD,
            },
        }}}}),
    );
    let server = Instance::spawn(dir.path(), &[]);
    server.wait_line(0, "IPC server ready!", 30).await;
    let url = format!("https://localhost:{port}/swagger/ASF/swagger.json");
    let (status, encoding, _, body) = get(&cert.client(), &url, "gzip").await;
    assert_eq!(status, 200);
    assert_eq!(encoding.as_deref(), Some("gzip"));
    let document: serde_json::Value =
        serde_json::from_slice(&decoded("gzip", &body).await).expect("the document");
    assert!(document["paths"].is_object());
}

/// A minimum response rate with a short grace period, as `tests/answers.rs` sets it.
fn short_grace() -> serde_json::Value {
    json!({"MinResponseDataRate": {"BytesPerSecond": 1_000_000, "GracePeriod": "00:00:01"}})
}

/// Twenty HTTP/1.1 clients that ask for a compressed 20 MiB answer and never read it hold
/// little of the server's memory and are dropped after the grace period: compression streams
/// (a piece at a time), and the rate is the compressed bytes the client takes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compressed_answers_to_clients_that_stop_reading_keep_their_budget() {
    use tokio::io::AsyncWriteExt;
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {
            "Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}},
            "Limits": short_grace(),
        }}),
    );
    let server = Instance::spawn(dir.path(), &[]);
    server.wait_line(0, "IPC server ready!", 20).await;
    let base = format!("http://127.0.0.1:{port}");
    // Hex digits of a simple generator: compresses to about half, so the compressed answer
    // (about 10 MiB) is still far more than the socket buffers take.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let value: String = (0..20 * 1024 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from_digit((state % 16) as u32, 16).unwrap_or('0')
        })
        .collect();
    let stored: serde_json::Value = http()
        .post(format!("{base}/Api/Storage/big"))
        .header("content-type", "application/json")
        .body(format!("\"{value}\""))
        .send()
        .await
        .expect("POST")
        .json()
        .await
        .expect("JSON");
    assert_eq!(stored["Success"], true, "{stored}");
    drop(value);
    let address = format!("127.0.0.1:{port}");
    let (closed, used) = Budget::of(server.pid())
        .measure(async {
            let mut clients = Vec::new();
            for i in 0..20 {
                let mut stream = tokio::net::TcpStream::connect(&address)
                    .await
                    .expect("connect");
                let coding = if i % 2 == 0 { "br" } else { "gzip" };
                let request = format!(
                    "GET /Api/Storage/big HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: {coding}\r\n\r\n"
                );
                stream.write_all(request.as_bytes()).await.expect("request");
                clients.push(stream);
            }
            // Compressing what the socket buffers take costs CPU time, which does not count
            // against a client; past that and the grace period, with room to spare on a loaded
            // machine, every connection must be closed.
            tokio::time::sleep(Duration::from_secs(10)).await;
            let mut closed = 0;
            for (i, mut stream) in clients.into_iter().enumerate() {
                let mut buf = vec![0u8; 256 * 1024];
                let mut head = Vec::new();
                let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
                loop {
                    match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
                        Ok(Ok(0)) | Ok(Err(_)) => {
                            closed += 1;
                            break;
                        }
                        Ok(Ok(n)) => {
                            if head.len() < 400 {
                                head.extend_from_slice(&buf[..n.min(400)]);
                            }
                        }
                        Err(_) => break,
                    }
                }
                let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
                let coding = if i % 2 == 0 { "br" } else { "gzip" };
                assert!(
                    head.contains(&format!("content-encoding: {coding}\r\n")),
                    "{head}"
                );
            }
            closed
        })
        .await;
    assert_eq!(closed, 20, "every client that stopped reading is dropped");
    // Twenty whole answers, compressed or not, would be hundreds of MiB.
    used.assert_within(Limits::rss_mib(100));
}
