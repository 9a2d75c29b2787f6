//! Inputs that once broke something, found by schemathesis or the fuzz targets. Each stays
//! here so it cannot come back.

use asf_ipc_test_support as common;

use common::TestServer;
use reqwest::Method;
use serde_json::json;

/// A selector whose second byte falls inside a multi-byte character used to panic in the
/// `r!` prefix check (found by schemathesis).
#[tokio::test]
async fn selectors_with_multibyte_characters() {
    let t = TestServer::start_with_bots(|dir| {
        common::write_bot(
            dir,
            "alpha",
            json!({"Enabled": false, "SteamLogin": "a", "SteamPassword": "b"}),
        );
    })
    .await;
    for selector in ["a%C3%BF", "%F2%85%92%8B", "%C3%A9", "r%C3%BF", "%C3%BF!x"] {
        for (method, path) in [
            (Method::GET, format!("/Api/Bot/{selector}")),
            (
                Method::DELETE,
                format!("/Api/Bot/{selector}/GamesToRedeemInBackground"),
            ),
            (Method::POST, format!("/Api/Bot/{selector}/Start")),
        ] {
            let (status, body) = t.call(method.clone(), &path, None).await;
            assert!(status < 500, "{method} {path}: {status} {body}");
            // GET answers an empty selection; the actions refuse a selector matching nothing.
            let expected = method == Method::GET;
            assert_eq!(body["Success"], expected, "{method} {path}: {body}");
        }
    }
    // The process is still whole.
    assert_eq!(t.bots("alpha").await["alpha"]["BotName"], "alpha");
}

/// serde reads a struct from a JSON array too; the document allows only objects (found by
/// schemathesis: `[null, null]` was accepted by `POST /Api/ASF/Update`).
#[tokio::test]
async fn bodies_that_are_not_objects() {
    let t = TestServer::start().await;
    for path in ["/Api/ASF/Update", "/Api/Plugins/Update", "/Api/ASF/Hash"] {
        for body in [json!([null, null]), json!("text"), json!(7)] {
            let (status, answer) = t.call(Method::POST, path, Some(body.clone())).await;
            assert_eq!(status, 400, "{path} {body}: {answer}");
            assert_eq!(answer["Success"], false);
        }
    }
}

/// The document once declared ASF's configuration sets `uniqueItems` while the server folded
/// repeats (found by schemathesis). ASF folds them silently and its document declares no
/// `uniqueItems`; so does this one now, and a repeated item is folded, not refused.
#[tokio::test]
async fn repeated_items_in_configuration_sets() {
    let t = TestServer::start().await;
    let (status, answer) = t
        .call(
            Method::POST,
            "/Api/Bot/newbot",
            Some(json!({"BotConfig": {"TransferableTypes": [1, 1]}})),
        )
        .await;
    assert_eq!(status, 200, "{answer}");
    let file: serde_json::Value = serde_json::from_slice(
        &std::fs::read(t.dir.path().join("config/newbot.json")).expect("written"),
    )
    .expect("JSON");
    assert_eq!(file["TransferableTypes"], json!([1]));
    let document: serde_json::Value =
        serde_json::from_str(include_str!("../openapi/asf.json")).expect("document");
    let transferable =
        &document["components"]["schemas"]["BotConfig"]["properties"]["TransferableTypes"];
    assert_eq!(transferable["type"], "array");
    assert!(transferable.get("uniqueItems").is_none());
}

/// Sends `request` on a new connection and returns the answer's head and body, without
/// waiting for the connection to close (these requests keep it open).
async fn answer_of(addr: std::net::SocketAddr, request: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    let complete = |answer: &[u8]| {
        let text = String::from_utf8_lossy(answer);
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            return false;
        };
        let length = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(str::to_owned)
            })
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(0);
        body.len() >= length
    };
    let read = async {
        let mut buffer = [0u8; 4096];
        while !complete(&answer) {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => answer.extend_from_slice(&buffer[..n]),
            }
        }
    };
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), read).await;
    String::from_utf8_lossy(&answer).into_owned()
}

/// Found by an attack pass: a request naming `Content-Type` in its `Connection` header lost
/// its content type on the way to dropshot and was refused with a 415. Kestrel hands ASF every
/// header, so only the connection's own headers may be dropped.
#[tokio::test]
async fn headers_named_in_connection_reach_the_operation() {
    let t = TestServer::start_with_bots(|dir| {
        common::write_bot(dir, "alpha", common::farming_bot("alpha"))
    })
    .await;
    for connection in [
        "keep-alive, Content-Type",
        "close, content-type, content-length",
    ] {
        let body = r#""kept""#;
        let answer = answer_of(
            t.addr(),
            &format!(
                "POST /Api/Storage/named HTTP/1.1\r\nHost: localhost\r\nConnection: {connection}\r\n\
                 Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            ),
        )
        .await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{connection}: {answer}");
    }
    let stored = t
        .request(Method::GET, "/Api/Storage/named")
        .expect(200)
        .await;
    assert_eq!(stored["Result"], "kept");
}

/// Found by an attack pass: a websocket handshake missing a part reached the backend, which
/// answered in its own words, and a `Sec-WebSocket-Key` that is not 16 bytes of base64 was
/// accepted. ASP.NET's `IsWebSocketRequest` is false for each of them, so ASF gives its 400.
#[tokio::test]
async fn incomplete_websocket_handshakes_get_asfs_refusal() {
    let t = TestServer::start().await;
    let key = "dGhlIHNhbXBsZSBub25jZQ==";
    let complete = [
        "Connection: Upgrade",
        "Upgrade: websocket",
        "Sec-WebSocket-Version: 13",
    ];
    let request = |headers: &[&str], key: &str| {
        format!(
            "GET /Api/NLog HTTP/1.1\r\nHost: localhost\r\n{}Sec-WebSocket-Key: {key}\r\n\r\n",
            headers
                .iter()
                .map(|h| format!("{h}\r\n"))
                .collect::<String>()
        )
    };
    for missing in 0..complete.len() {
        let mut headers = complete.to_vec();
        headers.remove(missing);
        let answer = answer_of(t.addr(), &request(&headers, key)).await;
        assert!(answer.starts_with("HTTP/1.1 400"), "{headers:?}: {answer}");
        assert!(
            answer.contains(r#""Message":"Failed due to error: IsWebSocketRequest: False""#),
            "{headers:?}: {answer}"
        );
    }
    let short_key = answer_of(t.addr(), &request(&complete, "short")).await;
    assert!(short_key.starts_with("HTTP/1.1 400"), "{short_key}");
    let accepted = answer_of(t.addr(), &request(&complete, key)).await;
    assert!(accepted.starts_with("HTTP/1.1 101"), "{accepted}");
}

/// Found by an attack pass: a white-space-only `[Required]` string passed, so a bot could be
/// renamed to `" "`. ASP.NET's `RequiredAttribute` refuses it as it refuses an empty one.
#[tokio::test]
async fn white_space_only_required_strings_are_refused() {
    let t = TestServer::start_with_bots(|dir| {
        common::write_bot(dir, "alpha", common::farming_bot("alpha"))
    })
    .await;
    for (path, body) in [
        ("/Api/Bot/alpha/Rename", json!({"NewName": " \t"})),
        (
            "/Api/ASF/Hash",
            json!({"HashingMethod": 0, "StringToHash": "  "}),
        ),
        (
            "/Api/ASF/Encrypt",
            json!({"CryptoMethod": 0, "StringToEncrypt": " "}),
        ),
        ("/Api/Bot/alpha/Input", json!({"Type": 3, "Value": "   "})),
    ] {
        t.request(Method::POST, path).json(&body).expect(400).await;
    }
    let bots = t.request(Method::GET, "/Api/Bot/ASF").expect(200).await;
    assert!(bots["Result"]["alpha"].is_object(), "{bots}");
}

/// A stored value's string holding bytes that are not UTF-8 was kept as sent, so its answer was
/// no JSON (found by the fuzz target `bodies`: `"\xA0z"`).
#[tokio::test]
async fn stored_strings_that_are_not_utf8() {
    let t = TestServer::start().await;
    for body in [
        &b"\"\xA0z\""[..],
        b"{\"a\": \"\xFF\"}",
        b"[\"ok\", \"\xC3\"]",
    ] {
        let response = reqwest::Client::new()
            .post(t.url("/Api/Storage/bytes"))
            .header("content-type", "application/json")
            .body(body.to_vec())
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 400, "{body:?}");
        let answer: serde_json::Value = response.json().await.expect("the envelope");
        assert_eq!(answer["Success"], false, "{answer}");
    }
    let (status, stored) = t.call(Method::GET, "/Api/Storage/bytes", None).await;
    assert_eq!(status, 200);
    assert!(stored["Result"].is_null(), "nothing stored: {stored}");
}
