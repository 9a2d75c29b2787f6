//! What ASF's document states and ASF's controllers do, checked against a live server: the
//! rename route, `/Api/NLog` over every method and over HTTP/2, `/HealthCheck`, `/Api/Type` and
//! `/Api/Structure` for every type of the document, the bounds and extensions of the config
//! schemas (each probed against the server), and ASF's schema names and defaults. Each test
//! names the ASF source file whose behaviour it pins.

use asf_ipc_test_support as common;

use std::time::Duration;

use bytes::Bytes;
use common::{TestServer, http, next_log_line, write_bot, write_global_config};
use futures::{SinkExt, StreamExt};
use http_body_util::Empty;
use hyper_util::rt::{TokioExecutor, TokioIo};
use reqwest::Method;
use serde_json::{Value, json};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::Role;

fn document() -> Value {
    serde_json::from_slice(asf_ipc::api::DOCUMENT).expect("openapi/asf.json is JSON")
}

const NOT_A_WEBSOCKET: &str =
    r#"{"Message":"Failed due to error: IsWebSocketRequest: False","Success":false}"#;

// ASF: ArchiSteamFarm/IPC/Controllers/Api/BotController.cs (RenamePost, route
// `{botName:required}/Rename`, `BotRenameRequest`).
#[tokio::test]
async fn rename_takes_one_bot_name_and_never_replaces_a_file() {
    let doc = document();
    let rename = &doc["paths"]["/Api/Bot/{botName}/Rename"]["post"];
    assert_eq!(rename["operationId"], "BotRenamePost");
    assert_eq!(rename["parameters"][0]["name"], "botName");
    assert!(doc["paths"].get("/Api/Bot/{botNames}/Rename").is_none());

    let t = TestServer::start_with_bots(|dir| {
        write_bot(dir, "Old", json!({}));
        // Files of a bot that has no config: a rename onto this name would replace them.
        std::fs::write(dir.join("config/Taken.db"), b"{\"kept\":true}").expect("Taken.db");
    })
    .await;
    let refused = t
        .client()
        .bot_rename_post()
        .bot_name("Old")
        .body(asf_ipc_generated::types::BotRenameRequest {
            new_name: "Taken".into(),
        })
        .send()
        .await
        .expect_err("a name whose files exist is refused");
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
    let config = t.dir.path().join("config");
    assert_eq!(
        std::fs::read(config.join("Taken.db")).expect("Taken.db"),
        b"{\"kept\":true}",
        "the existing file is untouched"
    );
    assert!(config.join("Old.json").exists());

    let renamed = t
        .client()
        .bot_rename_post()
        .bot_name("Old")
        .body(asf_ipc_generated::types::BotRenameRequest {
            new_name: "Fresh".into(),
        })
        .send()
        .await
        .expect("rename")
        .into_inner();
    assert!(renamed.success);
    assert!(config.join("Fresh.json").exists() && !config.join("Old.json").exists());
}

// ASF: ArchiSteamFarm/IPC/Controllers/Api/NLogController.cs (the websocket action has no HTTP
// method attribute, so every method reaches it) and IPC/OpenApi/DocumentTransformer.cs (`get`
// and `connect`).
#[tokio::test]
async fn nlog_answers_every_method_and_refuses_anything_but_a_handshake() {
    let doc = document();
    let nlog = doc["paths"]["/Api/NLog"].as_object().expect("/Api/NLog");
    let mut methods: Vec<&String> = nlog.keys().collect();
    methods.sort();
    assert_eq!(methods, ["connect", "get"]);
    assert!(nlog["connect"]["responses"].get("200").is_some());
    assert!(nlog["get"]["responses"].get("101").is_some());

    let t = TestServer::start().await;
    for method in [
        "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "FOO",
    ] {
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        let response = http()
            .request(method.clone(), t.url("/api/nlog"))
            .header(
                "Upgrade",
                if method == Method::GET {
                    ""
                } else {
                    "websocket"
                },
            )
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 400, "{method}");
        let body = response.text().await.expect("body");
        if method != Method::HEAD {
            assert_eq!(body, NOT_A_WEBSOCKET, "{method}");
        }
    }
    // The same over HTTP/2 (prior knowledge on a plain listener).
    let h2 = reqwest::Client::builder()
        .http2_prior_knowledge()
        .build()
        .expect("h2 client");
    let response = h2
        .post(t.url("/Api/NLog"))
        .send()
        .await
        .expect("h2 request");
    assert_eq!(response.version(), reqwest::Version::HTTP_2);
    assert_eq!(response.status(), 400);
    assert_eq!(response.text().await.expect("body"), NOT_A_WEBSOCKET);
}

type H2Websocket = WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>;

/// Opens `/Api/NLog` as an RFC 8441 websocket over a cleartext HTTP/2 connection (prior
/// knowledge) and returns the status and, on success, the websocket.
async fn h2_websocket(addr: std::net::SocketAddr, query: &str) -> (u16, Option<H2Websocket>) {
    let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    h2_websocket_over(stream, &format!("http://{addr}"), query).await
}

/// The same over any connection speaking HTTP/2; `origin` is scheme and authority.
async fn h2_websocket_over<I>(io: I, origin: &str, query: &str) -> (u16, Option<H2Websocket>)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut send, connection) = hyper::client::conn::http2::Builder::new(TokioExecutor::new())
        .handshake::<_, Empty<Bytes>>(TokioIo::new(io))
        .await
        .expect("HTTP/2 handshake");
    tokio::spawn(connection);
    // A first request makes sure the server's SETTINGS (with extended CONNECT) have arrived.
    let health = http::Request::get(format!("{origin}/HealthCheck"))
        .body(Empty::new())
        .expect("request");
    let health = send
        .send_request(health)
        .await
        .expect("HealthCheck over h2");
    assert_eq!(health.status(), 200);

    let mut request = http::Request::builder()
        .method(http::Method::CONNECT)
        .uri(format!("{origin}/api/nlog{query}"))
        .header("sec-websocket-version", "13")
        .body(Empty::new())
        .expect("request");
    request
        .extensions_mut()
        .insert(hyper::ext::Protocol::from_static("websocket"));
    let mut response = send.send_request(request).await.expect("CONNECT");
    let status = response.status().as_u16();
    if status != 200 {
        return (status, None);
    }
    let upgraded = hyper::upgrade::on(&mut response)
        .await
        .expect("the stream is the websocket");
    let ws = WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Client, None).await;
    (status, Some(ws))
}

// ASF: ArchiSteamFarm/IPC/Controllers/Api/NLogController.cs (`IsWebSocketRequest` holds for
// HTTP/2 extended CONNECT too) and IPC/OpenApi/DocumentTransformer.cs ("HTTP/2 use CONNECT").
#[tokio::test]
async fn nlog_streams_over_http2_extended_connect_behind_the_password() {
    let t = TestServer::start_with(write_global_config(json!({"IPCPassword": "h2 secret"}))).await;
    for i in 0..3 {
        slog::info!(t.asf.log(), "Test() before {i}");
    }
    // Without the password the tunnel is refused like any /Api request.
    let (status, ws) = h2_websocket(t.addr(), "").await;
    assert_eq!(status, 401);
    assert!(ws.is_none());
    let (status, _) = h2_websocket(t.addr(), "?password=wrong").await;
    assert_eq!(status, 401);

    let (status, ws) = h2_websocket(t.addr(), "?password=h2%20secret").await;
    assert_eq!(status, 200);
    let mut ws = ws.expect("websocket");
    let mut seen = Vec::new();
    while !seen.iter().any(|l: &String| l.ends_with("Test() before 2")) {
        seen.push(next_log_line(&mut ws).await);
    }
    slog::info!(t.asf.log(), "Test() live over h2");
    loop {
        if next_log_line(&mut ws)
            .await
            .ends_with("|INFO|ASF|Test() live over h2")
        {
            break;
        }
    }
    // Only Close may be sent; the server answers it and the stream ends.
    ws.send(Message::Close(None)).await.expect("close");
    let ended = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;
    assert!(ended.is_ok(), "the server closes the websocket");
}

// ASF: ArchiSteamFarm/IPC/Controllers/Api/NLogController.cs and IPC/ArchiKestrel.cs (Kestrel's
// HTTP/2 endpoints accept extended CONNECT): an HTTPS listener that speaks only HTTP/2.
#[tokio::test]
async fn nlog_streams_over_http2_on_an_https_listener() {
    use common::instance::{Instance, TestCertificate, free_port, write_ipc_config};
    let dir = tempfile::tempdir().expect("dir");
    let cert = TestCertificate::create(&dir.path().join("tls"));
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({ "Kestrel": { "Endpoints": { "h2": {
            "Url": format!("https://127.0.0.1:{port}"), "Protocols": "Http2",
            "Certificate": { "Path": "tls/cert.pem", "KeyPath": cert.key }
        } } } }),
    );
    let instance = Instance::spawn(dir.path(), &[]);
    instance
        .wait_line(0, "|INFO|ASF|StartInternally() IPC server ready!", 30)
        .await;
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("tcp");
    let connector = tokio_rustls::TlsConnector::from(cert.rustls_client(&[b"h2"]));
    let name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
    let tls = connector.connect(name, tcp).await.expect("tls handshake");
    assert_eq!(tls.get_ref().1.alpn_protocol(), Some(&b"h2"[..]));
    let (status, ws) = h2_websocket_over(tls, &format!("https://localhost:{port}"), "").await;
    assert_eq!(status, 200);
    let mut ws = ws.expect("websocket over h2 and TLS");
    loop {
        if next_log_line(&mut ws).await.contains("IPC server ready!") {
            break;
        }
    }
}

// ASF: ArchiSteamFarm/IPC/Controllers/Api/HealthCheckController.cs (`[HttpGet]`,
// `HealthCheckResponse` for 200 and 503) and IPC/Responses/HealthCheckResponse.cs.
#[tokio::test]
async fn health_check_is_documented_and_answers_get_and_head_only() {
    let doc = document();
    let health = doc["paths"]["/HealthCheck"]
        .as_object()
        .expect("/HealthCheck");
    assert_eq!(health.keys().collect::<Vec<_>>(), ["get"]);
    let responses = &health["get"]["responses"];
    for status in ["200", "503"] {
        assert_eq!(
            responses[status]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/HealthCheckResponse"
        );
    }
    assert!(
        health["get"].get("security").is_none(),
        "no password needed"
    );
    let schema = &doc["components"]["schemas"]["HealthCheckResponse"];
    assert_eq!(schema["properties"]["StatusText"]["type"], "string");
    assert_eq!(
        doc["components"]["schemas"]["HealthStatus"]["x-definition"],
        json!({"Unhealthy": 0, "Degraded": 1, "Healthy": 2})
    );

    let t = TestServer::start_with(write_global_config(json!({"IPCPassword": "pw"}))).await;
    let healthy = t
        .client()
        .health_check_get()
        .send()
        .await
        .expect("GET /HealthCheck")
        .into_inner();
    assert_eq!(healthy.status_text, "Healthy");
    assert_eq!(healthy.status.0, 2);
    // The client crate's call, without a password, as monitors ask.
    assert_eq!(t.client().health().await.expect("health"), healthy);
    let head = http()
        .head(t.url("/healthcheck"))
        .send()
        .await
        .expect("HEAD");
    assert_eq!(head.status(), 200);
    assert!(head.bytes().await.expect("body").is_empty());
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        let response = http()
            .request(method.clone(), t.url("/HealthCheck"))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 405, "{method}");
        assert_eq!(
            response.headers().get("allow").map(|v| v.as_bytes()),
            Some(&b"GET, HEAD"[..])
        );
        assert!(response.bytes().await.expect("body").is_empty(), "{method}");
    }
}

/// The .NET full name of the document's schema `name`: a class's, or an enum's.
fn dotnet_name_of(name: &str) -> &'static str {
    use asf_ipc::api::dotnet_names::dotnet_class_name;
    use asf_ipc::api::enums::all_enums;

    dotnet_class_name(name).unwrap_or_else(|| {
        all_enums()
            .iter()
            .find(|e| e.dotnet_name.rsplit(['.', '+']).next() == Some(name))
            .unwrap_or_else(|| panic!("schema {name} has no .NET name"))
            .dotnet_name
    })
}

// ASF: ArchiSteamFarm/IPC/Controllers/Api/TypeController.cs and StructureController.cs (any
// type by its .NET full name, `WebUtilities.ParseType`).
#[tokio::test]
async fn every_type_of_the_document_resolves_by_its_dotnet_name() {
    let t = TestServer::start().await;
    let client = t.client();
    let doc = document();
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for (name, schema) in schemas {
        let dotnet = dotnet_name_of(name);
        let info = client
            .type_get()
            .type_(dotnet)
            .send()
            .await
            .unwrap_or_else(|e| panic!("/Api/Type/{dotnet}: {e}"))
            .into_inner()
            .result
            .expect("a type");
        let structure = client
            .structure_get()
            .structure(dotnet)
            .send()
            .await
            .unwrap_or_else(|e| panic!("/Api/Structure/{dotnet}: {e}"))
            .into_inner()
            .result
            .unwrap_or_default();
        if dotnet.starts_with("SteamKit2.Internal.") {
            // SteamKit2's messages declare no `[JsonInclude]` member and write only what is
            // set (`shapes::types_have_dotnet_names_in_declaration_order`,
            // `shapes::structures_are_dotnet_default_instances`).
            assert!(info.body.is_empty(), "{dotnet}");
            assert_eq!(info.properties.base_type.as_deref(), Some("System.Object"));
        } else if let Some(properties) = schema["properties"].as_object() {
            assert_eq!(info.properties.base_type.as_deref(), Some("System.Object"));
            // `s_` twins are private properties in ASF, which `/Api/Type` leaves out.
            for property in properties.keys().filter(|p| !p.starts_with("s_")) {
                assert!(info.body.contains_key(property), "{dotnet}.{property}");
            }
            // Configs show their read view (no secrets, tested with the configs); the open
            // generic has no single default.
            let own_view = ["GenericResponse`1", ".GlobalConfig", ".BotConfig"];
            if !own_view.iter().any(|suffix| dotnet.ends_with(suffix)) {
                for property in properties.keys() {
                    assert!(structure.get(property).is_some(), "{dotnet} {property}");
                }
            }
        } else {
            assert_eq!(info.properties.base_type.as_deref(), Some("System.Enum"));
            assert_eq!(structure, json!(0));
        }
    }
}

// ASF: ArchiSteamFarm/IPC/Controllers/Api/TypeController.cs and StructureController.cs, spot
// checks against ASF's own names and defaults; an unknown type is a 400.
#[tokio::test]
async fn types_and_structures_carry_asfs_names_and_defaults() {
    let t = TestServer::start().await;
    let client = t.client();
    let body = |dotnet: &'static str| {
        let client = t.client();
        async move {
            client
                .type_get()
                .type_(dotnet)
                .send()
                .await
                .expect("type")
                .into_inner()
                .result
                .expect("result")
                .body
        }
    };
    let rename = body("ArchiSteamFarm.IPC.Requests.BotRenameRequest").await;
    assert_eq!(
        rename.get("NewName").map(String::as_str),
        Some("System.String")
    );
    let pause = body("ArchiSteamFarm.IPC.Requests.BotPauseRequest").await;
    assert_eq!(
        pause.get("ResumeInSeconds").map(String::as_str),
        Some("System.UInt16")
    );
    let eresult = body("SteamKit2.EResult").await;
    assert_eq!(eresult.get("TryLater").map(String::as_str), Some("131"));
    let pause_default = client
        .structure_get()
        .structure("ArchiSteamFarm.IPC.Requests.BotPauseRequest")
        .send()
        .await
        .expect("structure")
        .into_inner()
        .result
        .unwrap_or_default();
    assert_eq!(
        pause_default,
        json!({"Permanent": false, "ResumeInSeconds": 0})
    );
    let unknown = client
        .type_get()
        .type_("ArchiSteamFarm.IPC.Requests.NoSuchRequest")
        .send()
        .await
        .expect_err("unknown type");
    assert_eq!(unknown.status().map(|s| s.as_u16()), Some(400));
}

/// The values a property's bounds make invalid and valid, read from its schema.
fn probes(schema: &Value) -> (Vec<Value>, Vec<Value>) {
    let (mut bad, mut good) = (Vec::new(), Vec::new());
    let allowed: Vec<Value> = schema["x-valid-values"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    good.extend(allowed.iter().cloned());
    if let (Some(min), Some(max)) = (schema["minimum"].as_u64(), schema["maximum"].as_u64()) {
        good.extend([json!(min), json!(max)]);
        if min > 0 && !allowed.contains(&json!(min - 1)) {
            bad.push(json!(min - 1));
        }
        // Just above the maximum; for a SteamID, +2 is also a non-zero account number in
        // the next instance, which the account check alone would let through.
        bad.push(json!(u128::from(max) + 1));
        bad.push(json!(u128::from(max) + 2));
    }
    if let Some(max) = schema["maxLength"].as_u64() {
        let max = usize::try_from(max).expect("small");
        good.push(json!("1".repeat(max)));
        bad.push(json!("1".repeat(max + 1)));
    }
    if let Some(min) = schema["minLength"].as_u64() {
        let short = json!("1".repeat(usize::try_from(min).expect("small") - 1));
        if !allowed.contains(&short) {
            bad.push(short);
        }
    }
    if let Some(max) = schema["maxItems"].as_u64() {
        good.push(json!((1..=max).collect::<Vec<_>>()));
        bad.push(json!((1..=max + 1).collect::<Vec<_>>()));
    }
    let items = &schema["items"];
    if let (Some(min), Some(max)) = (items["minimum"].as_u64(), items["maximum"].as_u64()) {
        good.extend([json!([min]), json!([max])]);
        if min > 0 {
            bad.push(json!([min - 1]));
        }
    }
    if let Some(values) = items["x-valid-values"].as_array() {
        good.extend(values.iter().map(|v| json!([v])));
        let outside = (0..64)
            .find(|v| !values.contains(&json!(v)))
            .expect("a value");
        bad.push(json!([outside]));
    }
    (bad, good)
}

// ASF: ArchiSteamFarm/Storage/GlobalConfig.cs and Steam/Storage/BotConfig.cs (`[Range]`,
// `[MinLength]`, `[MaxLength]`, `[SwaggerSteamIdentifier]`, `[SwaggerItemsMinMax]`,
// `[SwaggerValidValues]`, `[SwaggerSecurityCritical]`), IPC/Integration/Swagger*Attribute.cs and
// IPC/OpenApi/SchemaTransformer.cs (`format: flags`).
#[tokio::test]
async fn the_server_enforces_exactly_the_bounds_the_document_states() {
    let doc = document();
    let schemas = &doc["components"]["schemas"];
    for (schema, secrets) in [
        (
            "GlobalConfig",
            &["IPCPassword", "LicenseID", "WebProxyPassword"][..],
        ),
        ("BotConfig", &["SteamPassword", "WebProxyPassword"][..]),
    ] {
        let properties = schemas[schema]["properties"]
            .as_object()
            .expect("properties");
        let critical: Vec<&str> = properties
            .iter()
            .filter(|(_, p)| p["x-security-critical"] == true)
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(critical, secrets, "{schema}");
    }
    for name in [
        "EBotBehaviour",
        "EFarmingPreferences",
        "ProtocolTypes",
        "ETradingPreferences",
    ] {
        assert_eq!(schemas[name]["format"], "flags", "{name}");
    }
    assert_eq!(schemas["EAccess"]["format"], "uint8");
    let owner = &schemas["GlobalConfig"]["properties"]["SteamOwnerID"];
    assert_eq!(
        (owner["minimum"].as_u64(), owner["maximum"].as_u64()),
        (Some(76561197960265729), Some(76561202255233023))
    );

    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Probe", json!({}))).await;
    let mut checked = 0;
    for (schema, path, wrapper) in [
        ("BotConfig", "/Api/Bot/Probe", "BotConfig"),
        ("GlobalConfig", "/Api/ASF", "GlobalConfig"),
    ] {
        let properties = schemas[schema]["properties"]
            .as_object()
            .expect("properties");
        for (property, definition) in properties {
            let (mut bad, mut good) = probes(definition);
            // The document lists it as valid, but ASF's `CheckValidation` (BotConfig.cs)
            // refuses it: ASF would not load a file holding it.
            if (schema, property.as_str()) == ("BotConfig", "SteamParentalCode") {
                good.retain(|v| *v != json!("0"));
                bad.push(json!("0"));
            }
            let refused = bad.into_iter().map(|value| (value, 400));
            let accepted = good.into_iter().map(|value| (value, 200));
            for (value, expected) in refused.chain(accepted) {
                let (status, body) = t
                    .call(
                        Method::POST,
                        path,
                        Some(json!({ wrapper: { property: value } })),
                    )
                    .await;
                assert_eq!(status, expected, "{schema}.{property} = {value}: {body}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 60, "every bound was probed ({checked})");
}

// ASF: ArchiSteamFarm/IPC/Requests/BotAddLicenseRequest.cs, BotRemoveLicenseRequest.cs,
// UpdateRequest.cs, PluginUpdateRequest.cs, TwoFactorAuthenticationConfirmationsRequest.cs and
// Steam/Security/MobileAuthenticator.cs: schema names, and booleans that are not nullable.
#[tokio::test]
async fn schema_names_are_asfs() {
    let doc = document();
    let schemas = &doc["components"]["schemas"];
    for name in [
        "BotAddLicenseRequest",
        "BotRemoveLicenseRequest",
        "MobileAuthenticator",
    ] {
        assert!(schemas.get(name).is_some(), "{name}");
    }
    for name in ["BotLicenseRequest", "MobileAuthenticatorFile"] {
        assert!(schemas.get(name).is_none(), "{name}");
    }
    let add = &doc["paths"]["/Api/Bot/{botNames}/AddLicense"]["post"]["requestBody"];
    let remove = &doc["paths"]["/Api/Bot/{botNames}/RemoveLicense"]["post"]["requestBody"];
    assert_eq!(
        add["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/BotAddLicenseRequest"
    );
    assert_eq!(
        remove["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/BotRemoveLicenseRequest"
    );
    for (schema, property) in [
        ("UpdateRequest", "Forced"),
        ("PluginUpdateRequest", "Forced"),
        (
            "TwoFactorAuthenticationConfirmationsRequest",
            "WaitIfNeeded",
        ),
    ] {
        let p = &schemas[schema]["properties"][property];
        assert_eq!(p["type"], "boolean", "{schema}.{property}");
        assert!(
            p.get("nullable").is_none(),
            "{schema}.{property} is not nullable"
        );
    }
}

// ASF: the query defaults of ArchiSteamFarm/IPC/Controllers/Api/NLogController.cs,
// PluginsController.cs and BotController.cs (RedeemPoints), SteamKit's EResult and
// IPC/Responses/StatusCodeResponse.cs.
#[tokio::test]
async fn query_defaults_and_members_are_asfs() {
    let doc = document();
    let schemas = &doc["components"]["schemas"];
    let default_of = |path: &str, method: &str, name: &str| {
        doc["paths"][path][method]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == name)
            .map(|p| p["schema"]["default"].clone())
            .unwrap_or(Value::Null)
    };
    assert_eq!(default_of("/Api/NLog/File", "get", "count"), json!(100));
    assert_eq!(default_of("/Api/NLog/File", "get", "lastAt"), json!(0));
    assert_eq!(default_of("/Api/Plugins", "get", "official"), json!(true));
    assert_eq!(default_of("/Api/Plugins", "get", "custom"), json!(true));
    assert_eq!(
        default_of(
            "/Api/Bot/{botNames}/RedeemPoints/{definitionID}",
            "post",
            "forced"
        ),
        json!(false)
    );
    let members = schemas["EResult"]["x-definition"]
        .as_object()
        .expect("EResult");
    assert_eq!(members.len(), 131, "every SteamKit EResult member");
    for (name, value) in [("Invalid", 0), ("LoggedInElsewhere", 6), ("TryLater", 131)] {
        assert_eq!(members[name], value);
    }
    let permanent = schemas["StatusCodeResponse"]["properties"]["Permanent"]["description"]
        .as_str()
        .expect("described");
    assert!(permanent.contains("401"), "{permanent}");
}

// ASF: ArchiSteamFarm/IPC/Responses/StatusCodeResponse.cs (a 401 is permanent), and the
// request bodies of IPC/Requests/BotRemoveLicenseRequest.cs and
// Steam/Security/MobileAuthenticator.cs as the generated client sends them.
#[tokio::test]
async fn a_401_is_permanent_and_the_renamed_bodies_are_what_the_client_sends() {
    // A 401 is permanent, as described.
    let t = TestServer::start_with_bots(|dir| {
        write_global_config(json!({"IPCPassword": "pw"}))(dir);
        write_bot(dir, "Bot", json!({}));
    })
    .await;
    let (status, body) = t.call(Method::GET, "/Api/ASF", None).await;
    assert_eq!(
        (status, &body["Result"]),
        (401, &json!({"Permanent": true, "StatusCode": 401}))
    );
    // The renamed bodies are what the generated client sends.
    let client = asf_ipc_client::AsfClient::builder(t.base())
        .password("pw")
        .build()
        .expect("client");
    let removed = client
        .bot_remove_license_post()
        .bot_names("Bot")
        .body(asf_ipc_generated::types::BotRemoveLicenseRequest {
            apps: Some(vec![440]),
            packages: None,
        })
        .send()
        .await
        .expect("RemoveLicense")
        .into_inner();
    assert!(removed.result.is_some_and(|r| r.contains_key("Bot")));
    let imported = client
        .two_factor_authentication_post()
        .bot_names("Bot")
        .body(asf_ipc_generated::types::MobileAuthenticator {
            shared_secret: "zvIayp3JPvtvX/QGHqsqKBk/44s=".into(),
            identity_secret: "zvIayp3JPvtvX/QGHqsqKBk/44s=".into(),
        })
        .send()
        .await
        .expect("TwoFactorAuthentication")
        .into_inner();
    assert!(imported.success);
}
