//! The front door answers the hot operations itself (`http::direct`); dropshot answers them
//! when asked directly. Both must give the same status and the same bytes.

use asf_ipc_test_support as common;

use common::TestServer;
use serde_json::{Value, json};

async fn both(t: &TestServer, method: reqwest::Method, path: &str, body: Option<Value>) {
    let client = common::http();
    let send = |url: String, token: bool| {
        let mut request = client.request(method.clone(), url);
        if token {
            let (name, value) = t.server.backend_token();
            request = request.header(name, value);
        }
        if let Some(body) = &body {
            request = request.json(body);
        }
        async move {
            let response = request.send().await.expect("request");
            let status = response.status();
            (status, response.bytes().await.expect("body"))
        }
    };
    let front = send(t.url(path), false).await;
    let (status, raw) = send(format!("http://{}{path}", t.server.backend_addr()), true).await;
    // The front door writes characters as ASP.NET does, whichever way it got the answer.
    let backend = (
        status,
        asf_ipc::algorithms::json_text::escape_as_aspnet(&raw).map_or(raw, Into::into),
    );
    assert_eq!(front.0, backend.0, "{method} {path}: status");
    // The memory figure may move between the two calls; everything else must be identical.
    let strip = |bytes: &[u8]| {
        let mut value: Value = serde_json::from_slice(bytes).expect("JSON");
        if let Some(result) = value.get_mut("Result").and_then(Value::as_object_mut) {
            result.remove("MemoryUsage");
        }
        value
    };
    if path == "/Api/ASF" {
        assert_eq!(strip(&front.1), strip(&backend.1), "{method} {path}");
    } else {
        assert_eq!(
            String::from_utf8_lossy(&front.1),
            String::from_utf8_lossy(&backend.1),
            "{method} {path}: body"
        );
    }
}

#[tokio::test]
async fn direct_answers_are_dropshots_answers() {
    let t = TestServer::start_with_bots(|dir| {
        for name in ["alpha", "beta"] {
            common::write_bot(
                dir,
                name,
                json!({"Enabled": true, "SteamLogin": name, "SteamPassword": "pw"}),
            );
        }
    })
    .await;
    common::wait_for(20, "bots online", || async {
        let bots = t.bots("ASF").await;
        (bots["alpha"]["IsConnectedAndLoggedOn"] == true
            && bots["beta"]["IsConnectedAndLoggedOn"] == true)
            .then_some(())
    })
    .await;
    use reqwest::Method;
    both(&t, Method::GET, "/Api/ASF", None).await;
    for selector in [
        "ASF",
        "alpha",
        "alpha,beta",
        "nobody",
        "r!^a",
        "r!(",
        "%C3%A9",
    ] {
        both(&t, Method::GET, &format!("/Api/Bot/{selector}"), None).await;
    }
    for command in [
        "version",
        "status ASF",
        "",
        "nonsense",
        "status nobody",
        "help",
    ] {
        both(
            &t,
            Method::POST,
            "/Api/Command",
            Some(json!({ "Command": command })),
        )
        .await;
    }
    // Bodies that do not parse are dropshot's to refuse, through the front door as well.
    let response = common::http()
        .post(t.url("/Api/Command"))
        .header("content-type", "application/json")
        .body("{\"Command\": 5}")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("envelope");
    assert_eq!(body["Success"], false);
}

/// Answers the front door makes a piece at a time (a bot list of several pieces, with names
/// and values that need escaping) or from shared stored text are dropshot's bytes too.
#[tokio::test]
async fn answers_in_pieces_are_dropshots_answers() {
    let t = TestServer::start_with_bots(|dir| {
        for i in 0..120 {
            common::write_bot(
                dir,
                &format!("bot<é>{i:03}"),
                json!({"Enabled": false, "SteamLogin": format!("l{i}"), "SteamPassword": "pw",
                    "CustomGamePlayedWhileIdle": "Spiel \"ü\" & <more>"}),
            );
        }
    })
    .await;
    let first: Value = common::wait_for(20, "the bots loaded", || async {
        let bots = t.bots("ASF").await;
        (bots.as_object().map_or(0, |o| o.len()) == 120).then_some(bots)
    })
    .await;
    let size = serde_json::to_vec(&first).expect("JSON").len();
    assert!(
        size > 2 * 64 * 1024,
        "the answer spans several pieces: {size} bytes"
    );
    use reqwest::Method;
    both(&t, Method::GET, "/Api/Bot/ASF", None).await;
    let stored = json!({"b": ["é<>\"&'+`", 1.5, -0.0, 12345678901234567890u64], "a": null});
    let (status, _) = t
        .call(Method::POST, "/Api/Storage/k%C3%A9y", Some(stored))
        .await;
    assert_eq!(status, 200);
    both(&t, Method::GET, "/Api/Storage/k%C3%A9y", None).await;
    both(&t, Method::GET, "/Api/Storage/missing", None).await;
}
