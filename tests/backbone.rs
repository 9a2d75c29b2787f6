//! The backbone through the real interface: front door, routing, envelope, docs, listeners.

use asf_ipc_test_support as common;

use common::{TestServer, http, raw};
use serde_json::{Value, json};

#[tokio::test]
async fn asf_get_through_the_generated_client() {
    let t = TestServer::start().await;
    let response = t.client().asf_get().send().await.expect("GET /Api/ASF");
    let body = response.into_inner();
    assert!(body.success);
    assert_eq!(body.message, "OK");
    let result = body.result.expect("a result");
    assert_eq!(result.version, "6.3.9.6");
    assert_eq!(result.build_variant, "source");
    assert!(!result.can_update);
    assert!(!result.service);
    assert!(result.memory_usage > 0, "memory is measured");
    let started = chrono::DateTime::parse_from_rfc3339(&result.process_start_time)
        .expect("ProcessStartTime is ISO-8601");
    assert!(result.process_start_time.ends_with('Z'));
    let age = chrono::Utc::now().signed_duration_since(started);
    assert!(age.num_seconds() >= 0 && age.num_seconds() < 60, "{age}");
}

#[tokio::test]
async fn asf_get_raw_wire_format() {
    let t = TestServer::start_with(|dir| {
        std::fs::create_dir_all(dir.join("config")).expect("config dir");
        std::fs::write(
            dir.join("config/ASF.json"),
            "{\n  // comments are allowed\n  \"IPCPassword\": null,\n  \"Headless\": true,\n  \"SteamOwnerID\": 76561197960287930,\n}\n",
        )
        .expect("ASF.json");
    })
    .await;
    let response = http().get(t.url("/Api/ASF")).send().await.expect("GET");
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(
        headers["content-type"], "application/json; charset=utf-8",
        "ASF's content type"
    );
    assert!(headers.get("server").is_none(), "no Server header");
    assert!(
        headers.get("x-request-id").is_none(),
        "dropshot's id stays inside"
    );
    let text = response.text().await.expect("body");
    assert!(
        text.starts_with("{\"Result\":{")
            && text.ends_with(",\"Message\":\"OK\",\"Success\":true}"),
        "envelope order: {text}"
    );
    let v: Value = serde_json::from_str(&text).expect("JSON");
    let config = &v["Result"]["GlobalConfig"];
    assert_eq!(config["Headless"], true, "read from config/ASF.json");
    assert_eq!(config["CommandPrefix"], "!");
    assert_eq!(config["IPC"], true);
    assert_eq!(config["UpdateChannel"], 1);
    assert_eq!(config["WebLimiterDelay"], 300);
    assert_eq!(config["SteamOwnerID"], 76561197960287930u64);
    assert_eq!(config["s_SteamOwnerID"], "76561197960287930");
    assert_eq!(config["WebProxy"], Value::Null, "null is written");
    for secret in ["IPCPassword", "LicenseID", "WebProxyPassword"] {
        assert!(config.get(secret).is_none(), "{secret} is hidden");
    }
}

#[tokio::test]
async fn literal_segments_match_in_any_case() {
    let t = TestServer::start().await;
    for path in ["/api/asf", "/API/Asf", "/Api/ASF/", "/%41pi/%61sf"] {
        let response = http().get(t.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), 200, "{path}");
        let v: Value = response.json().await.expect("JSON");
        assert_eq!(v["Success"], true, "{path}");
    }
}

#[tokio::test]
async fn unknown_paths_and_wrong_methods_answer_like_asp_net() {
    let t = TestServer::start().await;
    for path in ["/Api/Nope", "/api/asf/nope/deeper"] {
        let response = http().get(t.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(
            response.text().await.expect("body"),
            "",
            "{path}: empty body"
        );
    }
    // Outside /Api a GET gets the web UI under the 404 (the SPA fallback); other methods not.
    let response = http()
        .get(t.url("/nothing-here"))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-type"], "text/html");
    let response = http()
        .post(t.url("/nothing-here"))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 404);
    assert_eq!(response.text().await.expect("body"), "");
    let response = http()
        .delete(t.url("/api/ASF"))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "GET, POST");
    assert_eq!(response.text().await.expect("body"), "");
    let response = http()
        .get(t.url("/Api/ASF/Hash"))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "POST");
}

#[tokio::test]
async fn hash_through_the_generated_client() {
    use asf_ipc_client::types::{AsfHashRequest, EHashingMethod};
    let t = TestServer::start().await;
    let response = t
        .client()
        .asf_hash_post()
        .body(AsfHashRequest {
            hashing_method: EHashingMethod(2),
            string_to_hash: "a2o41PuPdZNDLw9AT6dZt5pLVC23MN9O7NfKI4a0MWJgWWIAVGt3naYiIA0BhPel"
                .into(),
        })
        .send()
        .await
        .expect("POST /Api/ASF/Hash");
    assert_eq!(
        response.into_inner().result.as_deref(),
        Some("WlS48GNrs1hAhcNHPfV09TPTLhf03gExb6zpaKiwX5A=")
    );
}

#[tokio::test]
async fn input_names_ignore_case_and_numbers_may_be_strings() {
    let t = TestServer::start().await;
    let response = http()
        .post(t.url("/api/asf/hash"))
        .json(&json!({"hashingmethod": "0", "STRINGTOHASH": "plain"}))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 200);
    let v: Value = response.json().await.expect("JSON");
    assert_eq!(
        v,
        json!({"Result": "plain", "Message": "OK", "Success": true})
    );
}

async fn expect_envelope_error(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status);
    assert_eq!(
        response.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    let v: Value = response.json().await.expect("JSON error body");
    assert_eq!(v["Success"], false, "{v}");
    assert_eq!(v["Result"], Value::Null, "{v}");
    assert!(v["Message"].as_str().is_some_and(|m| !m.is_empty()), "{v}");
    assert!(v.get("request_id").is_none(), "not dropshot's shape: {v}");
    v
}

#[tokio::test]
async fn malformed_input_gets_the_envelope() {
    let t = TestServer::start().await;
    let url = t.url("/Api/ASF/Hash");
    let cases: Vec<(&str, &str)> = vec![
        ("{\"HashingMethod\": 0,", "application/json"),
        (
            "{\"HashingMethod\": true, \"StringToHash\": \"x\"}",
            "application/json",
        ),
        ("{\"HashingMethod\": 0}", "application/json"),
        ("", "application/json"),
        ("[1, 2]", "application/json"),
        ("HashingMethod=0", "text/plain"),
        (
            "{\"HashingMethod\": 0, \"StringToHash\": \"\"}",
            "application/json",
        ),
        (
            "{\"HashingMethod\": 7, \"StringToHash\": \"x\"}",
            "application/json",
        ),
    ];
    for (body, content_type) in cases {
        let response = http()
            .post(&url)
            .header("content-type", content_type)
            .body(body.to_string())
            .send()
            .await
            .expect("POST");
        // ASF reads action bodies as JSON only: any other content type is 415.
        let status = if content_type == "application/json" {
            400
        } else {
            415
        };
        let v = expect_envelope_error(response, status).await;
        eprintln!("{body:?} -> {}", v["Message"]);
    }
}

#[tokio::test]
async fn health_check_is_open_and_plain() {
    let t = TestServer::start().await;
    for path in ["/HealthCheck", "/healthcheck"] {
        let response = http().get(t.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), 200);
        let v: Value = response.json().await.expect("JSON");
        assert_eq!(v, json!({"StatusText": "Healthy", "Status": 2}));
    }
}

/// The served document is the checked-in file with the `servers` entry ASP.NET's
/// `OpenApiDocumentService` builds from the request (scheme, `Host`, PathBase); ASF's own
/// texts for its security scheme and its bot selector (`IPC/OpenApi/DocumentTransformer.cs`,
/// `IPC/WebUtilities.cs`).
#[tokio::test]
async fn served_document_is_the_checked_in_file_with_the_server_it_was_reached_at() {
    let t = TestServer::start().await;
    let file = std::fs::read("openapi/asf.json").expect("openapi/asf.json");
    for path in ["/swagger/ASF/swagger.json", "/Swagger/asf/swagger.json"] {
        let response = http().get(t.url(path)).send().await.expect("GET");
        assert_eq!(response.status(), 200, "{path}");
        let served = response.bytes().await.expect("body");
        let expected = asf_ipc::document::with_server(&file, &format!("http://{}/", t.addr()));
        assert_eq!(
            String::from_utf8_lossy(&served),
            String::from_utf8_lossy(&expected)
        );
        let served: Value = serde_json::from_slice(&served).expect("JSON");
        assert_eq!(
            served["servers"],
            json!([{"url": format!("http://{}/", t.addr())}])
        );
    }
    let under = TestServer::start_with_path_base("/asf", |_| {}).await;
    let served: Value = http()
        .get(under.url("/asf/swagger/ASF/swagger.json"))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("JSON");
    assert_eq!(
        served["servers"],
        json!([{"url": format!("http://{}/asf", under.addr())}])
    );
    // Behind a trusted proxy (loopback is one) the scheme and host are the ones it forwards,
    // as ASP.NET's forwarded-headers middleware makes them the request's (`ArchiKestrel.cs`),
    // so the docs page behind nginx's TLS calls the API over https, not blocked mixed content.
    let proxied = served_via_proxy(
        &under.url("/asf/swagger/ASF/swagger.json"),
        &[("X-Forwarded-Host", "asf.example.org:8443")],
    )
    .await;
    assert_eq!(
        proxied["servers"],
        json!([{"url": "https://asf.example.org:8443/asf"}])
    );
    let parameters = &served["paths"]["/Api/Bot/{botNames}"]["get"]["parameters"];
    assert_eq!(
        parameters[0]["description"],
        "Plural argument accepting one or many bots, acts the same as [Bots] parameter in the commands - https://github.com/JustArchiNET/ArchiSteamFarm/wiki/Commands#bots-argument"
    );
    assert_eq!(
        served["components"]["securitySchemes"]["IPCPassword"]["description"],
        "IPCPassword authentication using request headers. Check https://github.com/JustArchiNET/ArchiSteamFarm/wiki/IPC#authentication for more info."
    );
    let doc: Value = serde_json::from_slice(&file).expect("JSON");
    assert_eq!(doc["info"]["title"], "ArchiSteamFarm API");
    assert_eq!(doc["info"]["license"]["name"], "Apache 2.0");
    assert_eq!(
        doc["components"]["securitySchemes"]["IPCPassword"],
        json!({"type": "apiKey", "in": "header", "name": "Authentication",
               "description": doc["components"]["securitySchemes"]["IPCPassword"]["description"]})
    );
    assert_eq!(
        doc["paths"]["/Api/ASF"]["get"]["security"],
        json!([{"IPCPassword": []}])
    );
    assert_eq!(
        doc["components"]["schemas"]["EHashingMethod"]["x-definition"],
        json!({"PlainText": 0, "SCrypt": 1, "Pbkdf2": 2})
    );
}

#[tokio::test]
async fn swagger_page_works_offline() {
    let t = TestServer::start().await;
    let response = http().get(t.url("/swagger")).send().await.expect("GET");
    assert_eq!(response.status(), 301);
    assert_eq!(response.headers()["location"], "swagger/");
    let response = http().get(t.url("/swagger/")).send().await.expect("GET");
    assert_eq!(response.status(), 200);
    let html = response.text().await.expect("HTML");
    assert!(html.contains("ArchiSteamFarm API") && html.contains("ASF/swagger.json"));
    for asset in [
        "swagger-ui-bundle.js",
        "swagger-ui.css",
        "swagger-ui-standalone-preset.js",
    ] {
        let response = http()
            .get(t.url(&format!("/swagger/{asset}")))
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 200, "{asset}");
        assert!(
            response.bytes().await.expect("body").len() > 1000,
            "{asset}"
        );
    }
}

#[tokio::test]
async fn backend_refuses_requests_that_bypass_the_front_door() {
    let t = TestServer::start().await;
    let backend = t.server.backend_addr();
    assert!(backend.ip().is_loopback());
    let response = http()
        .get(format!("http://{backend}/Api/ASF"))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 403);
    // A client-supplied token header is replaced, never trusted.
    let response = http()
        .get(format!("http://{backend}/Api/ASF"))
        .header(t.server.backend_token().0, "guess")
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn hop_by_hop_headers_and_keep_alive() {
    let t = TestServer::start().await;
    let answer = raw(
        t.addr(),
        "GET /api/asf HTTP/1.1\r\nHost: localhost\r\nConnection: close, X-Secret\r\nX-Secret: 1\r\nTE: trailers\r\n\r\n",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(!answer.to_ascii_lowercase().contains("x-request-id"));
    assert!(answer.contains("\"Success\":true"));
    // Two requests on one connection.
    let answer = raw(
        t.addr(),
        "GET /Api/ASF HTTP/1.1\r\nHost: localhost\r\n\r\nGET /HealthCheck HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(answer.matches("HTTP/1.1 200").count(), 2, "{answer}");
}

#[tokio::test]
async fn start_is_logged_in_asf_layout() {
    let t = TestServer::start().await;
    let log = t.log_text();
    let re = regex::Regex::new(
        r"(?m)^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\|[^|]+-\d+\|INFO\|ASF\|StartInternally\(\) Starting IPC server\.\.\.\n\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\|[^|]+-\d+\|INFO\|ASF\|StartInternally\(\) IPC server ready!$",
    )
    .expect("regex");
    assert!(re.is_match(&log), "{log}");
    assert!(t.dir.path().join("config").is_dir(), "config/ is created");
}

#[tokio::test]
async fn port_in_use_is_one_clear_error() {
    let blocker = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = blocker.local_addr().expect("addr").port();
    let dir = tempfile::tempdir().expect("dir");
    let logs = asf_ipc::Logs::new(false, Some(dir.path()), false).expect("logs");
    let asf = std::sync::Arc::new(
        asf_ipc::Asf::open(asf_ipc::Options::new(dir.path()), logs).expect("core"),
    );
    let config =
        asf_ipc::ListenConfig::http(vec![std::net::SocketAddr::from(([127, 0, 0, 1], port))]);
    assert!(asf_ipc::IpcServer::start(asf, config).await.is_err());
    let log = std::fs::read_to_string(dir.path().join("log.txt")).expect("log");
    assert!(
        log.contains(&format!(
            "|ERROR|ASF|StartInternally() Failed to bind to address http://127.0.0.1:{port}: address already in use"
        )),
        "{log}"
    );
    assert!(!log.contains("IPC server ready!"));
}

/// The served document's `servers` entry under a trusted proxy's `X-Forwarded-Prefix`: ASF's
/// `ForwardedHeaders.All` (`IPC/ArchiKestrel.cs`) makes it the request's PathBase before
/// `UsePathBase` adds `IPC.config`'s, so the docs page behind a sub-path calls the API there.
/// A prefix that is not an absolute path changes nothing.
#[tokio::test]
async fn served_document_follows_a_trusted_proxys_forwarded_prefix() {
    async fn servers(t: &TestServer, path: &str, prefix: &str) -> Value {
        let forwarded = [
            ("X-Forwarded-Host", "asf.example.org"),
            ("X-Forwarded-Prefix", prefix),
        ];
        served_via_proxy(&t.url(path), &forwarded).await["servers"][0]["url"].clone()
    }
    let t = TestServer::start().await;
    let document = "/swagger/ASF/swagger.json";
    assert_eq!(
        servers(&t, document, "/farm").await,
        "https://asf.example.org/farm"
    );
    assert_eq!(
        servers(&t, document, "farm\"<b>").await,
        "https://asf.example.org/"
    );
    let under = TestServer::start_with_path_base("/asf", |_| {}).await;
    assert_eq!(
        servers(&under, "/asf/swagger/ASF/swagger.json", "/farm/").await,
        "https://asf.example.org/farm/asf"
    );
}

/// The JSON at `url` as a trusted proxy (loopback) forwards an https request to it, with its
/// `forwarded` headers.
async fn served_via_proxy(url: &str, forwarded: &[(&str, &str)]) -> Value {
    let mut request = http()
        .get(url)
        .header("X-Forwarded-For", "127.0.0.1")
        .header("X-Forwarded-Proto", "https");
    for (name, value) in forwarded {
        request = request.header(*name, *value);
    }
    request
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("JSON")
}
