//! Access control through the front door: passwords, bans, trusted networks, forwarded
//! headers, CORS, and the crypto endpoints.

use asf_ipc_test_support as common;

use std::sync::Arc;

use common::{TestServer, http, loopback_ephemeral, write_global_config};
use reqwest::Method;
use serde_json::{Value, json};

const PASSWORD: &str = "correct horse";

#[derive(Clone, Copy, Debug)]
enum Offer {
    Neither,
    Header(bool),
    Query(bool),
    /// Header right or wrong, query the opposite.
    Both {
        header_right: bool,
    },
}

#[derive(Clone, Copy, Debug)]
enum Origin {
    Loopback,
    /// Through a loopback proxy, from a known network.
    KnownNetwork,
    /// Through a loopback proxy, from an address nobody trusts.
    Unknown,
}

async fn call(t: &TestServer, offer: Offer, origin: Origin) -> (u16, Value) {
    let secret = |right: bool| if right { PASSWORD } else { "wrong" };
    let mut url = t.url("/Api/ASF");
    let mut request = http().get(&url);
    match offer {
        Offer::Neither => {}
        Offer::Header(right) => request = request.header("Authentication", secret(right)),
        Offer::Query(right) => {
            url = format!("{url}?password={}", secret(right).replace(' ', "%20"));
            request = http().get(&url);
        }
        Offer::Both { header_right } => {
            url = format!(
                "{url}?password={}",
                secret(!header_right).replace(' ', "%20")
            );
            request = http()
                .get(&url)
                .header("Authentication", secret(header_right));
        }
    }
    match origin {
        Origin::Loopback => {}
        Origin::KnownNetwork => request = request.header("X-Forwarded-For", "10.20.30.40"),
        Origin::Unknown => request = request.header("X-Forwarded-For", "198.51.100.7, 192.0.2.10"),
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body)
}

async fn server(password: bool) -> TestServer {
    let config = if password {
        json!({ "IPCPassword": PASSWORD })
    } else {
        json!({})
    };
    let mut listen = loopback_ephemeral();
    listen.known_networks = asf_ipc::KnownNetworks::parse(["10.0.0.0/8"]).0;
    TestServer::start_custom(write_global_config(config), |_| {}, listen).await
}

#[tokio::test]
async fn decision_matrix() {
    use Offer::*;
    use Origin::*;
    let offers = [
        Neither,
        Header(true),
        Header(false),
        Query(true),
        Query(false),
        Both { header_right: true },
        Both {
            header_right: false,
        },
    ];
    for password in [false, true] {
        let t = server(password).await;
        for origin in [Loopback, KnownNetwork, Unknown] {
            for offer in offers {
                t.asf.access().clear();
                let (status, body) = call(&t, offer, origin).await;
                let expected: (u16, Option<bool>) = match (password, offer, origin) {
                    (false, _, Unknown) => (403, Some(true)),
                    (false, _, _) => (200, None),
                    (true, Header(true) | Query(true) | Both { header_right: true }, _) => {
                        (200, None)
                    }
                    (true, _, _) => (401, Some(true)),
                };
                let case = format!("password={password} {offer:?} {origin:?}: {body}");
                assert_eq!(status, expected.0, "{case}");
                match expected.1 {
                    Some(permanent) => {
                        assert_eq!(
                            body,
                            json!({"Result": {"Permanent": permanent, "StatusCode": status},
                                   "Message": "Failed!", "Success": false}),
                            "{case}"
                        );
                    }
                    None => assert_eq!(body["Success"], true, "{case}"),
                }
            }
        }
        let log = t.log_text();
        assert!(!log.contains(PASSWORD) && !log.contains("wrong"), "{log}");
    }
}

#[tokio::test]
async fn empty_header_hides_the_query_and_missing_password_is_not_counted() {
    let t = server(true).await;
    let response = http()
        .get(t.url(&format!("/Api/ASF?password={}", PASSWORD.replace(' ', "+"))))
        .header("Authentication", "")
        .send()
        .await
        .expect("GET");
    assert_eq!(
        response.status(),
        401,
        "an empty header still wins over the query"
    );
    let response = http()
        .get(t.url(&format!("/Api/ASF?PASSWORD={}", PASSWORD.replace(' ', "+"))))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 200, "query key is case-insensitive");
    for _ in 0..10 {
        let (status, _) = call(&t, Offer::Neither, Origin::Loopback).await;
        assert_eq!(status, 401);
    }
    assert!(
        t.asf.access().banned().is_empty(),
        "missing passwords never ban"
    );
}

#[tokio::test]
async fn fifty_concurrent_wrong_attempts_ban_after_exactly_five() {
    let t = Arc::new(server(true).await);
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let url = t.url("/Api/ASF");
        tasks.push(tokio::spawn(async move {
            http()
                .get(url)
                .header("Authentication", "wrong")
                .header("X-Forwarded-For", "192.0.2.50")
                .send()
                .await
                .expect("request")
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("task"));
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 403).count(),
        45,
        "{statuses:?}"
    );

    let as_client = |ip: &'static str, password: &'static str| {
        http()
            .get(t.url("/Api/ASF"))
            .header("Authentication", password)
            .header("X-Forwarded-For", ip)
    };
    let response = as_client("192.0.2.50", PASSWORD).send().await.expect("GET");
    assert_eq!(
        response.status(),
        403,
        "banned even with the right password"
    );
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(
        body["Result"],
        json!({"Permanent": false, "StatusCode": 403})
    );
    let response = as_client("192.0.2.51", PASSWORD).send().await.expect("GET");
    assert_eq!(response.status(), 200, "another address is unaffected");

    let auth = |r: reqwest::RequestBuilder| r.header("Authentication", PASSWORD);
    let bans: Value = auth(http().get(t.url("/Api/IPC/Bans")))
        .send()
        .await
        .expect("GET bans")
        .json()
        .await
        .expect("JSON");
    assert_eq!(
        bans,
        json!({"Result": ["192.0.2.50"], "Message": "OK", "Success": true})
    );

    let response = auth(http().delete(t.url("/Api/IPC/Bans/192.0.2.51")))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["Message"], "The IP address 192.0.2.51 is not banned!");
    let response = auth(http().delete(t.url("/Api/IPC/Bans/not-an-ip")))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["Message"], "ipAddress is invalid!");

    let response = auth(http().delete(t.url("/Api/IPC/Bans/192.0.2.50")))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(response.status(), 200);
    let response = as_client("192.0.2.50", PASSWORD).send().await.expect("GET");
    assert_eq!(response.status(), 200, "unbanned");

    // DELETE /Api/IPC/Bans clears everything, sub-threshold counts too.
    for _ in 0..5 {
        as_client("192.0.2.60", "wrong").send().await.expect("GET");
    }
    let response = auth(http().delete(t.url("/api/ipc/bans")))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(response.status(), 200);
    let response = as_client("192.0.2.60", PASSWORD).send().await.expect("GET");
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn every_api_operation_refuses_unauthenticated_calls() {
    let t = server(true).await;
    let doc: Value = serde_json::from_slice(&std::fs::read("openapi/asf.json").expect("document"))
        .expect("JSON");
    let mut checked = 0;
    let variable = regex::Regex::new(r"\{[^}]+\}").expect("regex");
    for (template, item) in doc["paths"].as_object().expect("paths") {
        if !template.to_ascii_lowercase().starts_with("/api") {
            continue;
        }
        let path = variable.replace_all(template, "x").into_owned();
        for method in item.as_object().expect("operations").keys() {
            // HTTP/1.1 CONNECT names an authority, not a path; `/Api/NLog`'s extended CONNECT
            // is HTTP/2 only and its password check is in tests/fidelity.rs.
            if method == "connect" {
                continue;
            }
            let method = reqwest::Method::from_bytes(method.to_ascii_uppercase().as_bytes())
                .expect("method");
            for variant in [path.clone(), path.to_ascii_lowercase()] {
                let response = http()
                    .request(method.clone(), t.url(&variant))
                    .header("content-type", "application/json")
                    .body("{}")
                    .send()
                    .await
                    .expect("request");
                assert_eq!(response.status(), 401, "{method} {variant}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 6, "walked {checked} operations");
    // Unknown /Api paths are behind the same door.
    let response = http()
        .get(t.url("/api/does/not/exist"))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn cors_only_with_a_password_and_preflight_works() {
    let t = server(true).await;
    let response = http()
        .request(reqwest::Method::OPTIONS, t.url("/api/ipc/bans"))
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "DELETE")
        .header(
            "Access-Control-Request-Headers",
            "authentication, content-type",
        )
        .send()
        .await
        .expect("OPTIONS");
    assert_eq!(response.status(), 204);
    let h = response.headers();
    assert_eq!(h["access-control-allow-origin"], "*");
    assert_eq!(h["access-control-allow-methods"], "DELETE, GET");
    assert!(
        h["access-control-allow-headers"]
            .to_str()
            .expect("text")
            .contains("Authentication")
    );
    assert!(h.get("access-control-allow-credentials").is_none());
    let response = t
        .request(Method::GET, "/Api/ASF")
        .header("Origin", "https://elsewhere.example")
        .header("Authentication", PASSWORD)
        .expect_response(200)
        .await;
    assert_eq!(response.headers()["access-control-allow-origin"], "*");

    let open = server(false).await;
    let response = open
        .request(Method::GET, "/Api/ASF")
        .header("Origin", "https://elsewhere.example")
        .send()
        .await;
    assert_eq!(
        response.status(),
        403,
        "without a password other sites are refused (tests/hardening.rs)"
    );
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    let response = open
        .request(Method::OPTIONS, "/Api/ASF")
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "GET")
        .send()
        .await;
    assert_eq!(response.status(), 403, "no CORS without a password");
}

/// CORS where ASF's pipeline places it (`ArchiSteamFarm/IPC/ArchiKestrel.cs`): `UseCors` comes
/// after static files and after `ApiAuthenticationMiddleware`, so refusals (401, 403) and
/// static files never carry `Access-Control-Allow-Origin`, while `/HealthCheck`, `/swagger`
/// and the document do, as every `/Api` answer that passed authentication does.
#[tokio::test]
async fn cors_comes_after_authentication_and_covers_the_endpoints_outside_api() {
    let t = server(true).await;
    let origin = "https://elsewhere.example";
    for (path, password, status) in [("/Api/ASF", None, 401), ("/Api/ASF", Some("wrong"), 401)] {
        let mut request = t.request(Method::GET, path).header("Origin", origin);
        if let Some(password) = password {
            request = request.header("Authentication", password);
        }
        let response = request.send().await;
        assert_eq!(response.status(), status, "{path}");
        assert!(
            response
                .headers()
                .get("access-control-allow-origin")
                .is_none(),
            "{path}: a refusal carries no CORS header"
        );
    }
    for path in ["/HealthCheck", "/swagger/", "/swagger/ASF/swagger.json"] {
        let response = t
            .request(Method::GET, path)
            .header("Origin", origin)
            .send()
            .await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.headers()["access-control-allow-origin"],
            "*",
            "{path}"
        );
    }
    let response = t
        .request(Method::GET, "/")
        .header("Origin", origin)
        .send()
        .await;
    assert_eq!(response.status(), 200);
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none(),
        "static files are served before CORS"
    );
    let open = server(false).await;
    let response = open
        .request(Method::GET, "/HealthCheck")
        .header("Origin", origin)
        .send()
        .await;
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none(),
        "no CORS without a password"
    );
}

#[tokio::test]
async fn hashed_passwords_verify_with_the_process_crypt_key() {
    use asf_ipc::api::enums::EHashingMethod;
    for format in [EHashingMethod::SCrypt, EHashingMethod::Pbkdf2] {
        let stored =
            asf_ipc::algorithms::hash_string(format, PASSWORD, b"custom key").expect("hash");
        let t = TestServer::start_custom(
            write_global_config(json!({"IPCPassword": stored, "IPCPasswordFormat": format.0})),
            |options| options.crypt_key = b"custom key".to_vec(),
            loopback_ephemeral(),
        )
        .await;
        for _ in 0..3 {
            let (status, _) = call(&t, Offer::Header(true), Origin::Loopback).await;
            assert_eq!(status, 200, "{format:?}");
        }
        let (status, _) = call(&t, Offer::Header(false), Origin::Loopback).await;
        assert_eq!(status, 401, "{format:?}");
        let (status, _) = call(&t, Offer::Query(true), Origin::Loopback).await;
        assert_eq!(status, 200, "{format:?}");
        let body: Value = http()
            .get(t.url("/Api/ASF"))
            .header("Authentication", PASSWORD)
            .send()
            .await
            .expect("GET")
            .json()
            .await
            .expect("JSON");
        assert!(
            !body.to_string().contains(&stored),
            "the stored hash is not shown"
        );
    }
}

#[tokio::test]
async fn hash_and_encrypt_endpoints() {
    let t = TestServer::start().await;
    let post = |path: &'static str, body: Value| {
        let url = t.url(path);
        async move {
            let response = http().post(url).json(&body).send().await.expect("POST");
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.expect("JSON"))
        }
    };
    let vector = "a2o41PuPdZNDLw9AT6dZt5pLVC23MN9O7NfKI4a0MWJgWWIAVGt3naYiIA0BhPel";
    let (status, body) = post(
        "/Api/ASF/Hash",
        json!({"HashingMethod": 1, "StringToHash": vector}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        body["Result"],
        "9LjhjyugakDQ7Haq/ufyTZDfIGeeWbLcE+/9IeKm8gc="
    );

    let (status, body) = post(
        "/Api/ASF/Encrypt",
        json!({"CryptoMethod": 1, "StringToEncrypt": "hunter2"}),
    )
    .await;
    assert_eq!(status, 200);
    let encrypted = body["Result"].as_str().expect("cipher text");
    assert_eq!(
        asf_ipc::algorithms::decrypt_aes(encrypted, b"ArchiSteamFarm").as_deref(),
        Some("hunter2")
    );
    for method in [0, 3, 4] {
        let (status, body) = post(
            "/Api/ASF/Encrypt",
            json!({"cryptoMethod": method, "stringToEncrypt": "same"}),
        )
        .await;
        assert_eq!(
            (status, body),
            (
                200,
                json!({"Result": "same", "Message": "OK", "Success": true})
            )
        );
    }
    let (status, body) = post(
        "/Api/ASF/Encrypt",
        json!({"CryptoMethod": 2, "StringToEncrypt": "x"}),
    )
    .await;
    assert_eq!(
        (status, body),
        (
            200,
            json!({"Result": null, "Message": "Failed!", "Success": false})
        )
    );
    let (status, body) = post(
        "/Api/ASF/Encrypt",
        json!({"CryptoMethod": 9, "StringToEncrypt": "x"}),
    )
    .await;
    assert_eq!(
        (status, body["Message"].clone()),
        (400, json!("CryptoMethod is invalid!"))
    );
    let (status, _) = post("/Api/ASF/Encrypt", json!({"StringToEncrypt": "x"})).await;
    assert_eq!(status, 400, "CryptoMethod is required");
}
