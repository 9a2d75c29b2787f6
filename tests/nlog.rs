//! `/Api/NLog` (websocket) and `/Api/NLog/File` through the front door.

use asf_ipc_test_support as common;

use std::time::Duration;

use common::{TestServer, http, next_log_line};
use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(t: &TestServer, query: &str) -> Ws {
    let url = format!("ws://{}/api/nlog{query}", t.addr());
    let (ws, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("websocket handshake");
    ws
}

fn log(t: &TestServer, text: &str) {
    slog::info!(t.asf.log(), "Test() {}", text);
}

#[tokio::test]
async fn history_first_then_live_lines_to_every_subscriber() {
    let t = TestServer::start().await;
    for i in 0..25 {
        log(&t, &format!("old {i}"));
    }
    let mut subscribers = Vec::new();
    for _ in 0..3 {
        let mut ws = connect(&t, "").await;
        for i in 5..25 {
            let line = next_log_line(&mut ws).await;
            assert!(
                line.ends_with(&format!("|INFO|ASF|Test() old {i}")),
                "history in order: {line}"
            );
        }
        subscribers.push(ws);
    }
    for i in 0..50 {
        log(&t, &format!("new {i}"));
    }
    for ws in &mut subscribers {
        for i in 0..50 {
            let line = next_log_line(ws).await;
            assert!(line.ends_with(&format!("Test() new {i}")), "{line}");
        }
    }
}

#[tokio::test]
async fn long_and_non_ascii_lines_arrive_intact() {
    let t = TestServer::start().await;
    let mut ws = connect(&t, "").await;
    // Drain the start-up history.
    log(&t, "marker");
    while !next_log_line(&mut ws).await.ends_with("marker") {}
    let long = format!("Grüße ✓ 日本語 <&> {}", "x".repeat(100_000));
    log(&t, &long);
    let raw = loop {
        if let Some(Ok(Message::Text(text))) = ws.next().await {
            break text.to_string();
        }
    };
    assert!(raw.contains("Grüße ✓ 日本語 <&>"), "not escaped");
    let v: Value = serde_json::from_str(&raw).expect("JSON");
    assert!(v["Result"].as_str().expect("line").ends_with(&long));
}

/// Pins `ArchiSteamFarm/IPC/Controllers/Api/NLogController.cs` (each line sent as
/// `GenericResponse<string>` through ASF's own serializer, `JsonUtilities` with
/// `JavaScriptEncoder.UnsafeRelaxedJsonEscaping`): HTML's characters and most non-ASCII stay
/// as they are; a character outside the BMP is its surrogate pair, other spaces than U+0020,
/// private use, unassigned code points and U+FEFF are `\uXXXX`, hex in upper case.
#[tokio::test]
async fn frames_are_escaped_as_asf_s_serializer_escapes() {
    let t = TestServer::start().await;
    let mut ws = connect(&t, "").await;
    log(&t, "marker");
    while !next_log_line(&mut ws).await.ends_with("marker") {}
    let line = "<&>'+` Grüße \u{1F600} a\u{a0}b \u{3000} \u{e000} \u{378} \u{feff} \u{200b}/";
    log(&t, line);
    let raw = loop {
        if let Some(Ok(Message::Text(text))) = ws.next().await {
            break text.to_string();
        }
    };
    assert!(
        raw.ends_with(
            "Test() <&>'+` Grüße \\uD83D\\uDE00 a\\u00A0b \\u3000 \\uE000 \\u0378 \\uFEFF \u{200b}/\",\
             \"Message\":\"OK\",\"Success\":true}"
        ),
        "{raw}"
    );
    let v: Value = serde_json::from_str(&raw).expect("JSON");
    assert!(v["Result"].as_str().expect("line").ends_with(line));
}

#[tokio::test]
async fn a_stalled_subscriber_does_not_hold_up_the_others() {
    let t = TestServer::start().await;
    let mut stalled = connect(&t, "").await;
    let mut active = connect(&t, "").await;
    // About 8 MB in total, more than any socket buffer holds, at a pace a live reader keeps up
    // with (a burst faster than the backlog would make every reader skip ahead).
    let total = 2000;
    let filler = "y".repeat(4000);
    let producer = {
        let log = t.asf.log().clone();
        let filler = filler.clone();
        tokio::task::spawn_blocking(move || {
            for i in 0..total {
                slog::info!(log, "Test() bulk {i} {filler}");
                if i % 2 == 0 {
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
        })
    };
    let mut next = 0;
    while next < total {
        let line = next_log_line(&mut active).await;
        if let Some(rest) = line.split("Test() bulk ").nth(1) {
            let n: usize = rest
                .split(' ')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("n");
            assert_eq!(n, next, "the active subscriber misses nothing");
            next += 1;
        }
    }
    producer.await.expect("producer finished");
    // The stalled one now reads: it either got everything or a marker saying what it missed.
    let mut seen = 0;
    let mut skipped = false;
    while let Ok(Some(Ok(message))) =
        tokio::time::timeout(Duration::from_secs(3), stalled.next()).await
    {
        if let Message::Text(text) = message {
            if text.contains("log lines were skipped") {
                skipped = true;
            } else if text.contains("Test() bulk") {
                seen += 1;
            }
        }
    }
    assert!(skipped || seen == total, "seen {seen}, skipped {skipped}");
    assert!(seen <= total);
}

#[tokio::test]
async fn client_messages_other_than_close_get_1003() {
    let t = TestServer::start().await;
    let mut ws = connect(&t, "").await;
    ws.send(Message::Text("hello".into())).await.expect("send");
    let close = loop {
        match tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .expect("answer")
        {
            Some(Ok(Message::Close(frame))) => break frame.expect("close frame"),
            Some(Ok(_)) => continue,
            other => panic!("expected a close frame, got {other:?}"),
        }
    };
    assert_eq!(close.code, CloseCode::Unsupported);
    assert_eq!(
        close.reason.as_str(),
        "You're not supposed to be sending any message but Close!"
    );
}

#[tokio::test]
async fn stopping_the_server_closes_streams_normally() {
    let t = TestServer::start().await;
    let mut ws = connect(&t, "").await;
    let TestServer {
        dir: _dir, server, ..
    } = t;
    let stop = tokio::spawn(server.stop());
    let close = loop {
        match tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .expect("answer")
        {
            Some(Ok(Message::Close(frame))) => break frame,
            Some(Ok(_)) => continue,
            other => panic!("expected a close frame, got {other:?}"),
        }
    };
    assert_eq!(close.map(|f| f.code), Some(CloseCode::Normal));
    stop.await.expect("stopped");
}

#[tokio::test]
async fn plain_http_gets_asf_400() {
    let t = TestServer::start().await;
    let response = http().get(t.url("/Api/NLog")).send().await.expect("GET");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(
        body,
        json!({"Message": "Failed due to error: IsWebSocketRequest: False", "Success": false})
    );
}

#[tokio::test]
async fn stream_is_authenticated_and_secrets_never_reach_the_log() {
    let password = "p@ss word/©";
    let t = TestServer::start_with_config(json!({"IPCPassword": password, "Debug": true})).await;
    let url = format!("ws://{}/Api/NLog", t.addr());
    let refused = tokio_tungstenite::connect_async(url.clone()).await;
    match refused {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), 401)
        }
        other => panic!("expected 401, got {:?}", other.map(|_| ())),
    }
    let encoded =
        percent_encoding::utf8_percent_encode(password, percent_encoding::NON_ALPHANUMERIC)
            .to_string();
    let (mut ws, _) = tokio_tungstenite::connect_async(format!("{url}?password={encoded}"))
        .await
        .expect("authenticated handshake");
    // Requests with the password in every place it can travel, and some wrong ones.
    for _ in 0..3 {
        http()
            .get(t.url("/Api/ASF"))
            .header("Authentication", password)
            .send()
            .await
            .expect("GET");
        http()
            .get(t.url(&format!("/Api/NLog/File?password={encoded}")))
            .send()
            .await
            .expect("GET");
        http()
            .get(t.url("/Api/ASF?password=wrong-guess"))
            .send()
            .await
            .expect("GET");
    }
    log(&t, "done");
    let mut lines = Vec::new();
    loop {
        let line = next_log_line(&mut ws).await;
        let done = line.ends_with("Test() done");
        lines.push(line);
        if done {
            break;
        }
    }
    let file = t.log_text();
    for text in lines.iter().map(String::as_str).chain([file.as_str()]) {
        assert!(
            !text.contains(password) && !text.contains(&encoded) && !text.contains("wrong-guess"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn file_paging_like_asf() {
    let t = TestServer::start().await;
    for i in 0..10 {
        log(&t, &format!("page {i}"));
    }
    let get = |query: &'static str| {
        let url = t.url(&format!("/Api/NLog/File{query}"));
        async move {
            let response = http().get(url).send().await.expect("GET");
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.expect("JSON"))
        }
    };
    let (status, body) = get("").await;
    assert_eq!(status, 200);
    let total = body["Result"]["TotalLines"].as_i64().expect("total");
    assert!(total >= 12, "start lines plus ours: {total}");
    let content = body["Result"]["Content"].as_array().expect("lines");
    assert_eq!(content.len() as i64, total.min(100));
    assert!(
        content
            .last()
            .and_then(Value::as_str)
            .expect("line")
            .ends_with("page 9")
    );

    let (_, body) = get("?count=3").await;
    let lines: Vec<&str> = body["Result"]["Content"]
        .as_array()
        .expect("lines")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].ends_with("page 7") && lines[2].ends_with("page 9"));

    let url = format!("?count=2&lastAt={}", total - 1);
    let (_, body) = get(Box::leak(url.into_boxed_str())).await;
    let lines = body["Result"]["Content"].as_array().expect("lines");
    assert!(lines[0].as_str().expect("line").ends_with("page 7"));
    assert!(lines[1].as_str().expect("line").ends_with("page 8"));

    let (_, beyond) = get("?count=2&lastAt=100000").await;
    let (_, zero) = get("?count=2&lastAt=0").await;
    assert_eq!(beyond, zero, "past the end means the end");
    let (_, all) = get("?count=2147483647").await;
    assert_eq!(
        all["Result"]["Content"].as_array().expect("lines").len() as i64,
        total
    );
    let (_, lower_case) = get("?COUNT=1&LASTAT=1").await;
    assert_eq!(
        lower_case["Result"]["Content"]
            .as_array()
            .expect("lines")
            .len(),
        1
    );

    for (query, message) in [
        ("?count=0", "count is invalid!"),
        ("?count=-5", "count is invalid!"),
        ("?lastAt=-1", "lastAt is invalid!"),
    ] {
        let (status, body) = get(query).await;
        assert_eq!(
            (status, body),
            (400, json!({"Message": message, "Success": false})),
            "{query}"
        );
    }
    let (status, body) = get("?count=abc").await;
    assert_eq!(status, 400);
    assert_eq!(body["Success"], false);
}
