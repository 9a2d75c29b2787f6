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
