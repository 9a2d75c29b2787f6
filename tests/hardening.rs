//! The server as crowds and attackers use it: parallel writers of one file, racing renames,
//! bodies built to cost quadratic time, pages of other sites, rebound host names, forged log
//! lines, secrets in broken configs, addresses in two spellings.

use asf_ipc_test_support as common;

use std::time::{Duration, Instant};

use common::{
    TestServer, http, write_bot, write_disabled_bots_with_databases, write_global_config,
};
use reqwest::Method;
use serde_json::{Value, json};

const PASSWORD: &str = "hardening secret";

async fn text_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// `ASF.json` written by the API: parses, or the assertion names the round.
fn assert_valid_json(path: &std::path::Path, what: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{what}: {e}"));
    serde_json::from_str::<Value>(&text).unwrap_or_else(|e| panic!("{what}: {e}\n{text}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_saves_of_asf_json_all_succeed_and_leave_a_whole_file() {
    let t = TestServer::start_custom(
        write_global_config(json!({})),
        |options| options.config_watch = false,
        common::loopback_ephemeral(),
    )
    .await;
    let path = t.dir.path().join("config/ASF.json");
    for round in 0..3 {
        let saves: Vec<_> = (0..20)
            .map(|i| {
                let url = t.url("/Api/ASF");
                tokio::spawn(async move {
                    let body = json!({"GlobalConfig": {"ConnectionTimeout": 100 + i}});
                    text_of(http().post(url).json(&body).send().await.expect("POST")).await
                })
            })
            .collect();
        for save in saves {
            let (status, body) = save.await.expect("task");
            assert_eq!(status, 200, "round {round}: {body}");
            assert_eq!(body["Success"], true, "round {round}: {body}");
        }
        assert_valid_json(&path, &format!("round {round}"));
    }
    let leftovers: Vec<String> = std::fs::read_dir(t.dir.path().join("config"))
        .expect("config dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name != "ASF.json" && name != "ASF.db")
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    // The next start accepts the file.
    let logs = asf_ipc::Logs::new(false, None, false).expect("logs");
    asf_ipc::Asf::open(asf_ipc::Options::new(t.dir.path()), logs)
        .expect("a restart reads the saved ASF.json");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_saves_of_one_bot_all_succeed() {
    let t = TestServer::start_with(|dir| write_bot(dir, "Main", json!({"Enabled": false}))).await;
    let path = t.dir.path().join("config/Main.json");
    for round in 0..3 {
        let saves: Vec<_> = (0..20)
            .map(|i| {
                let url = t.url("/Api/Bot/Main");
                tokio::spawn(async move {
                    let body = json!({"BotConfig": {"Enabled": false, "FarmingDelay": 1 + i, "SteamTradeToken": "a".repeat(8)}});
                    text_of(http().post(url).json(&body).send().await.expect("POST")).await
                })
            })
            .collect();
        for save in saves {
            let (status, body) = save.await.expect("task");
            assert_eq!(status, 200, "round {round}: {body}");
            assert_eq!(body["Result"]["Main"], true, "round {round}: {body}");
        }
        assert_valid_json(&path, &format!("round {round}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn of_two_renames_to_one_name_exactly_one_wins() {
    for round in 0..10 {
        let t = TestServer::start_with(|dir| write_disabled_bots_with_databases(dir, &["A", "B"]))
            .await;
        let renames: Vec<_> = ["A", "B"]
            .into_iter()
            .map(|name| {
                let url = t.url(&format!("/Api/Bot/{name}/Rename"));
                tokio::spawn(async move {
                    text_of(
                        http()
                            .post(url)
                            .json(&json!({"NewName": "X"}))
                            .send()
                            .await
                            .expect("POST"),
                    )
                    .await
                })
            })
            .collect();
        let mut won = 0;
        for rename in renames {
            let (status, body) = rename.await.expect("task");
            match status {
                200 => {
                    assert_eq!(body["Success"], true, "{body}");
                    won += 1;
                }
                400 => assert_eq!(body["Message"], "NewName is invalid!"),
                other => panic!("round {round}: {other} {body}"),
            }
        }
        assert_eq!(won, 1, "round {round}");
        let config = t.dir.path().join("config");
        let left: Vec<bool> = ["A", "B"]
            .iter()
            .map(|n| config.join(format!("{n}.json")).exists())
            .collect();
        assert_eq!(
            left.iter().filter(|l| **l).count(),
            1,
            "round {round}: {left:?}"
        );
        let renamed: Value =
            serde_json::from_str(&std::fs::read_to_string(config.join("X.json")).expect("X.json"))
                .expect("JSON");
        let db = std::fs::read_to_string(config.join("X.db")).expect("X.db moved along");
        let winner = renamed["SteamLogin"].as_str().expect("login");
        assert!(db.contains(winner), "the winner's database: {db}");
        let loser = if winner == "A" { "B" } else { "A" };
        assert!(config.join(format!("{loser}.json")).exists());
        assert!(config.join(format!("{loser}.db")).exists(), "round {round}");
    }
}

/// `n` members named `k0`… with small values: an object of about `12 n` bytes.
fn object_body(n: usize) -> String {
    let mut body = String::with_capacity(n * 14);
    body.push('{');
    for i in 0..n {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&format!("\"k{i}\":{}", i % 10));
    }
    body.push('}');
    body
}

async fn time_post(url: &str, body: &str) -> Duration {
    let started = Instant::now();
    let response = http()
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    started.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn body_cost_grows_linearly_and_health_checks_stay_fast() {
    let t = TestServer::start().await;
    let url = t.url("/Api/Storage/q");
    let (small, large) = (object_body(20_000), object_body(200_000));
    let posted = |body: String| {
        let url = &url;
        async move {
            time_post(url, &body).await;
        }
    };
    let (ratio, [small_time, large_time]) = common::cost::ratio(small, large, posted).await;
    // Linear is 10; quadratic would be 100.
    assert!(
        ratio < 30.0,
        "10x the body cost {ratio:.1}x the time ({small_time:?} vs {large_time:?})"
    );

    // Health checks while large bodies are being processed: each answer takes a small part of
    // the time one large body takes (the same quantity measured, so a ratio, not a bound).
    // Other work on a shared machine only ever adds time: the better of two rounds counts.
    let huge = object_body(400_000);
    let mut rounds = Vec::new();
    for _ in 0..2 {
        let (slowest, alone) = slowest_health_check_beside(&t, &url, &huge).await;
        if slowest.as_secs_f64() < alone.as_secs_f64() / 4.0 {
            return;
        }
        rounds.push((slowest, alone));
    }
    panic!(
        "a health check took longer than a quarter of one large body: (slowest, alone) {rounds:?}"
    );
}

/// The slowest of ten health checks while three `body`s are posted to `url` at once, and the
/// time one such post takes alone.
async fn slowest_health_check_beside(
    t: &TestServer,
    url: &str,
    body: &str,
) -> (Duration, Duration) {
    let alone = time_post(url, body).await;
    let posts: Vec<_> = (0..3)
        .map(|_| {
            let (url, body) = (url.to_string(), body.to_string());
            tokio::spawn(async move { time_post(&url, &body).await })
        })
        .collect();
    tokio::time::sleep(alone / 5).await;
    let mut slowest = Duration::ZERO;
    for _ in 0..10 {
        let started = Instant::now();
        let response = http().get(t.url("/HealthCheck")).send().await.expect("GET");
        assert_eq!(response.status(), 200);
        slowest = slowest.max(started.elapsed());
        tokio::time::sleep(alone / 50).await;
    }
    for post in posts {
        post.await.expect("task");
    }
    (slowest, alone)
}

/// A browser's `User-Agent`: it marks a request as a browser's, as `Origin` and
/// `Sec-Fetch-*` do.
const BROWSER_AGENT: &str =
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/// Without a password ASF decides on the client address alone
/// (`ArchiSteamFarm/IPC/Integration/ApiAuthenticationMiddleware.cs`); this server keeps that
/// and refuses only what a browser was turned into sending: pages of other sites and rebound
/// host names. A refusal is ASF's `403` `Failed!` envelope, the reason in the log.
#[tokio::test]
async fn without_a_password_other_sites_and_rebound_host_names_are_refused() {
    let t = TestServer::start().await;
    let port = t.addr().port();
    // A page of another site posting to Exit (a cross-site form): refused, and the process
    // keeps running.
    let (status, body) = text_of(
        http()
            .post(t.url("/Api/ASF/Exit"))
            .header("Origin", "http://evil.example")
            .header("Sec-Fetch-Site", "cross-site")
            .header("content-length", "0")
            .send()
            .await
            .expect("POST"),
    )
    .await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["Success"], false);
    assert_eq!(body["Message"], "Failed!", "{body}");
    assert_eq!(body["Result"]["Permanent"], true, "{body}");
    assert!(
        t.log_text()
            .contains("Origin http://evil.example is not allowed"),
        "the reason is in the log"
    );
    // A rebound host name in a browser's request.
    let answer = common::raw(
        t.addr(),
        &format!(
            "GET /Api/ASF HTTP/1.1\r\nHost: evil.example:{port}\r\nUser-Agent: {BROWSER_AGENT}\r\nConnection: close\r\n\r\n"
        ),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    assert!(answer.contains("\"Failed!\""), "{answer}");
    assert!(
        t.log_text().contains("Host evil.example"),
        "the reason is in the log"
    );
    // Origins that differ from the server's own in port or scheme only.
    for origin in [
        format!("http://127.0.0.1:{}", port + 1),
        format!("https://127.0.0.1:{port}"),
    ] {
        let answer = common::raw(
            t.addr(),
            &format!(
                "POST /Api/ASF/Exit HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: {origin}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
        )
        .await;
        assert!(answer.starts_with("HTTP/1.1 403"), "{origin}: {answer}");
    }
    // The log websocket from another site.
    let answer = common::raw(
        t.addr(),
        &format!(
            "GET /Api/NLog HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://evil.example\r\n\
             Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
        ),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    // A navigation or image from another site carries no Origin but says where it came from.
    let (status, _) = text_of(
        http()
            .get(t.url("/Api/ASF"))
            .header("Sec-Fetch-Site", "cross-site")
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(status, 403);
    // Forwarded headers count only from a trusted proxy; a browser cannot send them to
    // another origin without a preflight, which gets no CORS without a password.
    assert_eq!(
        t.call(Method::GET, "/Api/ASF", None).await.0,
        200,
        "still running"
    );
}

/// Without a password, what ASF serves keeps working
/// (`ArchiSteamFarm/IPC/Integration/ApiAuthenticationMiddleware.cs`): same-origin pages,
/// same-site requests, browser extensions, localhost and scripts.
#[tokio::test]
async fn without_a_password_own_pages_extensions_and_scripts_keep_working() {
    let t = TestServer::start().await;
    let port = t.addr().port();
    // Same-origin pages, same-site requests, browser extensions, localhost and scripts keep
    // working.
    for (host, extra) in [
        (
            format!("127.0.0.1:{port}"),
            format!("Origin: http://127.0.0.1:{port}\r\nSec-Fetch-Site: same-origin\r\n"),
        ),
        (
            format!("localhost:{port}"),
            format!("Origin: http://localhost:{port}\r\nSec-Fetch-Site: same-origin\r\n"),
        ),
        (
            format!("localhost:{port}"),
            "Sec-Fetch-Site: same-site\r\n".to_string(),
        ),
        (
            format!("127.0.0.1:{port}"),
            "Origin: chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn\r\n".to_string(),
        ),
        (
            format!("127.0.0.1:{port}"),
            format!("User-Agent: {BROWSER_AGENT}\r\n"),
        ),
    ] {
        let answer = common::raw(
            t.addr(),
            &format!("GET /Api/ASF HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n"),
        )
        .await;
        assert!(
            answer.starts_with("HTTP/1.1 200"),
            "{host} {extra}: {answer}"
        );
    }
    let client = t.client();
    client.asf_info().await.expect("the client crate");
}

/// Without a password ASF judges a client by its address alone (`ArchiSteamFarm/IPC/
/// ArchiKestrel.cs`, `KnownNetworks`): tools in a known network reach the API by any host name
/// (`http://asf:1242` between containers, `http://nas.lan:1242`). Over loopback, where a page
/// of a rebound host name arrives with every browser mark left off (a same-origin `GET` over
/// plain HTTP has no `Origin` and no `Sec-Fetch-*`, and a page may set `User-Agent`), the host
/// name must be the machine's.
#[tokio::test]
async fn without_a_password_tools_reach_the_api_by_any_host_name() {
    let Some(lan) = non_loopback_ipv4() else {
        common::cannot_run(
            "without_a_password_tools_reach_the_api_by_any_host_name",
            "no IPv4 address other than loopback (ip -4 addr)",
        );
        return;
    };
    let mut listen = asf_ipc::ListenConfig::http(vec![
        std::net::SocketAddr::new(lan.into(), 0),
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
    ]);
    listen.known_networks = asf_ipc::KnownNetworks::parse([format!("{lan}/32").as_str()]).0;
    let t = TestServer::start_custom(|_| {}, common::fast_steam, listen).await;
    let addrs = t.server.local_addrs();
    let (from_lan, from_loopback) = (addrs[0], addrs[1]);
    let command = |host: &str, agent: &str| {
        format!(
            "POST /Api/Command HTTP/1.1\r\nHost: {host}\r\n{agent}Content-Type: application/json\r\nContent-Length: 21\r\nConnection: close\r\n\r\n{{\"Command\":\"version\"}}"
        )
    };
    let agents = [
        "",
        "User-Agent: curl/8.5.0\r\n",
        "User-Agent: python-requests/2.31\r\n",
    ];
    for host in ["asf:1242", "nas.lan:1242", "evil.example"] {
        for agent in agents {
            let answer = common::raw(from_lan, &command(host, agent)).await;
            // The command reached ASF's handler, which needs bots for this one.
            assert!(
                answer.contains("No bots are defined"),
                "{host} {agent}: {answer}"
            );
            let answer = common::raw(from_loopback, &command(host, agent)).await;
            assert!(
                answer.starts_with("HTTP/1.1 403"),
                "over loopback {host} {agent}: {answer}"
            );
        }
    }
    for host in ["127.0.0.1", "localhost:1242", "[::1]:1242"] {
        let answer = common::raw(from_loopback, &command(host, agents[1])).await;
        assert!(answer.contains("No bots are defined"), "{host}: {answer}");
    }
}

/// An IPv4 address of this machine other than loopback, as `ip -4 -o addr` lists them.
fn non_loopback_ipv4() -> Option<std::net::Ipv4Addr> {
    let listed = std::process::Command::new("ip")
        .args(["-4", "-o", "addr"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().nth(3))
        .filter_map(|cidr| cidr.split('/').next()?.parse::<std::net::Ipv4Addr>().ok())
        .find(|ip| !ip.is_loopback())
}

/// Behind a trusted proxy the host and scheme the browser used are the proxy's
/// `X-Forwarded-Host` and `X-Forwarded-Proto`, as ASP.NET's forwarded-headers middleware makes
/// them the request's (`ArchiSteamFarm/IPC/ArchiKestrel.cs`, `ForwardedHeaders.All`); from a
/// peer no known network trusts they are ignored.
#[tokio::test]
async fn without_a_password_a_trusted_proxy_names_the_origin() {
    let t = TestServer::start().await;
    // nginx's `Host $host` has no port; `X-Forwarded-Host $host:$server_port` has it.
    let through_proxy = |origin: &str, forwarded_host: &str| {
        format!(
            "POST /Api/Command HTTP/1.1\r\nHost: localhost\r\nOrigin: {origin}\r\n\
             X-Forwarded-For: 127.0.0.1\r\nX-Forwarded-Host: {forwarded_host}\r\n\
             X-Forwarded-Proto: https\r\nContent-Type: application/json\r\n\
             Content-Length: 21\r\nConnection: close\r\n\r\n{{\"Command\":\"version\"}}"
        )
    };
    for (origin, forwarded_host, expected) in [
        // Admitted: the command reached ASF's handler, which needs bots for this one.
        ("https://localhost:8443", "localhost:8443", "HTTP/1.1 400"),
        ("https://localhost", "localhost:443", "HTTP/1.1 400"),
        ("https://localhost:443", "localhost", "HTTP/1.1 400"),
        ("http://localhost:8443", "localhost:8443", "HTTP/1.1 403"),
        ("https://localhost:9443", "localhost:8443", "HTTP/1.1 403"),
        (
            "https://evil.example:8443",
            "evil.example:8443",
            "HTTP/1.1 403",
        ),
    ] {
        let answer = common::raw(t.addr(), &through_proxy(origin, forwarded_host)).await;
        assert!(
            answer.starts_with(expected),
            "{origin} via {forwarded_host}: {answer}"
        );
    }
    // A page on a rebound host name cannot pass for the proxy: its same-origin requests carry
    // no Origin, but the host its connection came with is still judged.
    let port = t.addr().port();
    let answer = common::raw(
        t.addr(),
        &format!(
            "GET /Api/ASF HTTP/1.1\r\nHost: evil.example:{port}\r\nSec-Fetch-Site: same-origin\r\n\
             X-Forwarded-Host: localhost:{port}\r\nX-Forwarded-Proto: http\r\nConnection: close\r\n\r\n"
        ),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
}

#[tokio::test]
async fn allowed_host_names_and_origins_come_from_the_configuration() {
    let listen = asf_ipc::ListenConfig {
        sites: asf_ipc::SiteRules::new(["asf.example.org"], ["https://ui.example.org"]),
        ..common::loopback_ephemeral()
    };
    let t = TestServer::start_custom(|_| {}, |_| {}, listen).await;
    for (host, origin, expected) in [
        ("asf.example.org", "", "HTTP/1.1 200"),
        (
            "ASF.example.org:1242",
            "Origin: http://asf.example.org:1242\r\n",
            "HTTP/1.1 200",
        ),
        (
            "127.0.0.1",
            "Origin: https://ui.example.org\r\n",
            "HTTP/1.1 200",
        ),
        ("other.example.org", "", "HTTP/1.1 403"),
        (
            "127.0.0.1",
            "Origin: https://evil.example.org\r\n",
            "HTTP/1.1 403",
        ),
    ] {
        let answer = common::raw(
            t.addr(),
            &format!(
                "GET /Api/ASF HTTP/1.1\r\nHost: {host}\r\n{origin}User-Agent: {BROWSER_AGENT}\r\nConnection: close\r\n\r\n"
            ),
        )
        .await;
        assert!(answer.starts_with(expected), "{host} {origin}: {answer}");
    }
    // The file's keys reach the rules.
    let config = asf_ipc::IpcConfig::parse(
        r#"{"Kestrel": {"AllowedHosts": "asf.example.org;other.example", "AllowedOrigins": ["https://ui.example.org"]}}"#,
    )
    .expect("config");
    assert_eq!(config.allowed_hosts, ["asf.example.org", "other.example"]);
    assert_eq!(config.allowed_origins, ["https://ui.example.org"]);
}

#[tokio::test]
async fn with_a_password_cors_stays_open() {
    let t = TestServer::start_with_config(json!({"IPCPassword": PASSWORD})).await;
    let response = t
        .request(Method::GET, "/Api/ASF")
        .header("Origin", "http://elsewhere.example")
        .header("Host", "asf.example.org")
        .header("Authentication", PASSWORD)
        .expect_response(200)
        .await;
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
}

#[tokio::test]
async fn body_actions_need_a_json_content_type_and_a_body() {
    let t =
        TestServer::start_with_bots(|dir| write_bot(dir, "Main", json!({"Enabled": false}))).await;
    for path in [
        "/Api/Bot/Main/Pause",
        "/Api/Bot/Main/AddLicense",
        "/Api/Bot/Main/RemoveLicense",
        "/Api/ASF/Update",
        "/Api/Plugins/Update",
    ] {
        // No body and no content type (what a form or `fetch` with no-cors could send).
        let (status, body) = text_of(
            http()
                .post(t.url(path))
                .header("content-length", "0")
                .send()
                .await
                .expect("POST"),
        )
        .await;
        assert_eq!(status, 415, "{path}: {body}");
        assert_eq!(body["Success"], false, "{path}");
        // A form's content type with a JSON-looking body.
        let (status, _) = text_of(
            http()
                .post(t.url(path))
                .header("content-type", "text/plain")
                .body("{}")
                .send()
                .await
                .expect("POST"),
        )
        .await;
        assert_eq!(status, 415, "{path}");
        for blank in ["", "  \n"] {
            let (status, body) = text_of(
                http()
                    .post(t.url(path))
                    .header("content-type", "application/json")
                    .body(blank)
                    .send()
                    .await
                    .expect("POST"),
            )
            .await;
            assert_eq!(status, 400, "{path}: {body}");
            assert_eq!(body["Message"], "A non-empty request body is required.");
        }
    }
    let (status, body) = text_of(
        http()
            .post(t.url("/Api/Bot/Main/Pause"))
            .header("content-type", "application/json; charset=utf-8")
            .body("{}")
            .send()
            .await
            .expect("POST"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn bans_fold_ipv4_mapped_addresses() {
    let t = TestServer::start_with_config(json!({"IPCPassword": PASSWORD})).await;
    // Loopback is a trusted proxy, so the forwarded address is the client's.
    for client in [
        "192.0.2.50",
        "::ffff:192.0.2.50",
        "192.0.2.50",
        "::ffff:192.0.2.50",
        "192.0.2.50",
    ] {
        let response = http()
            .get(t.url("/Api/ASF"))
            .header("X-Forwarded-For", client)
            .header("Authentication", "wrong")
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 401, "{client}");
    }
    for client in ["192.0.2.50", "::ffff:192.0.2.50"] {
        let response = t
            .request(Method::GET, "/Api/ASF")
            .header("X-Forwarded-For", client)
            .header("Authentication", PASSWORD)
            .send()
            .await;
        assert_eq!(
            response.status(),
            403,
            "{client} is banned after five guesses in all"
        );
    }
    let get = |path: &'static str, method: Method| {
        let url = t.url(path);
        async move {
            text_of(
                http()
                    .request(method, url)
                    .header("Authentication", PASSWORD)
                    .send()
                    .await
                    .expect("request"),
            )
            .await
        }
    };
    let (_, bans) = get("/Api/IPC/Bans", Method::GET).await;
    assert_eq!(bans["Result"], json!(["192.0.2.50"]));
    let (status, body) = get("/Api/IPC/Bans/192.0.2.50", Method::DELETE).await;
    assert_eq!(status, 200, "{body}");
    let response = t
        .request(Method::GET, "/Api/ASF")
        .header("X-Forwarded-For", "::ffff:192.0.2.50")
        .header("Authentication", PASSWORD)
        .send()
        .await;
    assert_eq!(response.status(), 200, "the mapped form is lifted too");
}

#[tokio::test]
async fn a_symlink_at_the_old_temporary_name_is_not_followed() {
    let outside = tempfile::tempdir().expect("dir");
    let target = outside.path().join("precious.txt");
    std::fs::write(&target, "precious").expect("write");
    let t = TestServer::start_with(|dir| {
        std::fs::create_dir_all(dir.join("config")).expect("config");
        std::os::unix::fs::symlink(&target, dir.join("config/ASF.json.new")).expect("link");
        std::os::unix::fs::symlink(&target, dir.join("config/Main.json.new")).expect("link");
    })
    .await;
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/ASF",
            Some(json!({"GlobalConfig": {"ConnectionTimeout": 91}})),
        )
        .await;
    assert_eq!((status, &body["Success"]), (200, &json!(true)), "{body}");
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Main",
            Some(json!({"BotConfig": {"Enabled": false}})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(std::fs::read_to_string(&target).expect("read"), "precious");
    assert_valid_json(&t.dir.path().join("config/ASF.json"), "ASF.json");
}

#[tokio::test]
async fn secrets_in_broken_configs_never_reach_the_log() {
    let t = TestServer::start_with(|dir| {
        std::fs::create_dir_all(dir.join("config")).expect("config");
        std::fs::write(
            dir.join("config/Leaky.json"),
            "{\n\t\"Enabled\": true,\n\t\"SteamPassword\": 987654321\n}",
        )
        .expect("bot");
    })
    .await;
    let log = common::wait_for(10, "the bot's load error", || {
        let log = t.log_text();
        async move { log.contains("SteamPassword").then_some(log) }
    })
    .await;
    assert!(!log.contains("987654321"), "{log}");
    let (_, page) = t.call(Method::GET, "/Api/NLog/File?count=100", None).await;
    assert!(!page.to_string().contains("987654321"), "{page}");

    // A numeric IPCPassword in ASF.json: the process refuses to start, naming the property.
    let dir = tempfile::tempdir().expect("dir");
    write_global_config(json!({"IPCPassword": 987654321}))(dir.path());
    let logs = asf_ipc::Logs::new(false, Some(dir.path()), false).expect("logs");
    let error = match asf_ipc::Asf::open(asf_ipc::Options::new(dir.path()), logs) {
        Ok(_) => panic!("a numeric IPCPassword is refused"),
        Err(e) => e.to_string(),
    };
    assert!(error.contains("IPCPassword"), "{error}");
    assert!(!error.contains("987654321"), "{error}");

    // A body with a secret of the wrong type: the answer does not repeat it either.
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Other",
            Some(json!({"BotConfig": {"SteamPassword": 123456789}})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(!body.to_string().contains("123456789"), "{body}");
}

#[tokio::test]
async fn a_bot_name_cannot_forge_log_lines() {
    let t = TestServer::start().await;
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/%0aFORGED%7CERROR%7CASF%7Cx",
            Some(json!({"BotConfig": {"Enabled": false}})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    common::wait_for(10, "a log line about the bot", || {
        let log = t.log_text();
        async move { log.contains("FORGED").then_some(()) }
    })
    .await;
    let log = t.log_text();
    for line in log.lines() {
        assert!(!line.starts_with("FORGED"), "a forged line:\n{log}");
        assert!(
            line.split('|').count() >= 5,
            "not a log line: {line:?}\n{log}"
        );
    }
    assert!(log.contains("\\nFORGED"), "the name is escaped:\n{log}");
}

#[tokio::test]
async fn undecodable_path_bytes_get_the_envelope() {
    let t = TestServer::start().await;
    for path in [
        "/Api/Bot/%ff%fe",
        "/Api/Bot/%ff/GamesToRedeemInBackground",
        "/Api/Storage/%c3",
    ] {
        let (status, body) = t.call(Method::GET, path, None).await;
        assert_eq!(status, 400, "{path}: {body}");
        assert_eq!(body["Success"], false, "{path}: {body}");
        assert!(body["Message"].is_string(), "{path}: {body}");
        assert!(body.get("request_id").is_none(), "{path}: {body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopping_process_does_not_wait_for_large_bodies() {
    use common::instance::{Instance, free_port, write_ipc_config};
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    let mut instance = Instance::spawn(dir.path(), &[]);
    instance.wait_line(0, "IPC server ready!", 30).await;
    let url = format!("http://127.0.0.1:{port}/Api/Storage/big");
    let body = object_body(1_500_000);
    // What one large body costs the server when it is alone: the yardstick.
    let alone = time_post(&url, &body).await;
    let posts: Vec<_> = (0..4)
        .map(|_| {
            let (url, body) = (url.clone(), body.clone());
            tokio::spawn(async move {
                let _ = http()
                    .post(url)
                    .header("content-type", "application/json")
                    .body(body)
                    .send()
                    .await;
            })
        })
        .collect();
    tokio::time::sleep(alone / 4).await;
    let asked = Instant::now();
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &instance.pid().to_string()])
        .status();
    while instance.running() {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let stopping = asked.elapsed();
    for post in posts {
        let _ = post.await;
    }
    // Four bodies in flight would keep a draining server busy for at least `alone` more.
    assert!(
        stopping < alone / 2,
        "stopping took {stopping:?}; one large body takes {alone:?}"
    );
}

// Out of file descriptors, listing `config/` fails: that must read as "nothing known", never
// as every file gone (which restarted the listeners on defaults and unloaded nothing real).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn running_out_of_file_descriptors_changes_no_configuration() {
    let dir = tempfile::tempdir().expect("dir");
    let port = common::instance::free_port();
    common::instance::write_ipc_config(
        dir.path(),
        &json!({"Kestrel": {"Endpoints": {"HTTP": {"Url": format!("http://127.0.0.1:{port}")}}}}),
    );
    let server = common::instance::Instance::spawn(dir.path(), &[]);
    server.wait_line(0, "IPC server ready!", 20).await;
    let limit = libc::rlimit {
        rlim_cur: 128,
        rlim_max: 128,
    };
    // SAFETY: `prlimit` on the child's PID with a valid new limit and no old-limit output.
    let set = unsafe {
        libc::prlimit(
            server.pid() as libc::pid_t,
            libc::RLIMIT_NOFILE,
            &limit,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(set, 0, "prlimit: {}", std::io::Error::last_os_error());
    let mark = server.mark();
    // Far more connections than descriptors: the server runs out while they are held.
    let mut held = Vec::new();
    for _ in 0..300 {
        if let Ok(Ok(stream)) = tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(("127.0.0.1", port)),
        )
        .await
        {
            held.push(stream);
        }
    }
    // Several watcher ticks and quiet periods with the descriptors gone.
    tokio::time::sleep(Duration::from_secs(2)).await;
    drop(held);
    common::wait_for(20, "the listener to answer again", || async {
        let response = http()
            .get(format!("http://127.0.0.1:{port}/HealthCheck"))
            .send()
            .await
            .ok()?;
        (response.status() == 200).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after: Vec<String> = server.lines().into_iter().skip(mark).collect();
    assert!(
        !after.iter().any(|l| l.contains("IPC config has been changed")
            || l.contains("Starting IPC server")),
        "the listeners restarted though nothing changed:\n{}",
        after.join("\n")
    );
}

// Requests dropshot answers share one multiplexed connection to it, whose streams are few:
// slow handlers filling them must not queue everybody else (here 200 confirmations that wait
// about four seconds each, as ASF's WaitIfNeeded does, from clients with the password).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_handlers_in_crowds_leave_other_routes_answering() {
    let t = TestServer::start_with_bots(|dir| write_bot(dir, "Slow", common::farming_bot("slow")))
        .await;
    common::online(&t, "Slow").await;
    let (status, body) = t
        .call(
            Method::POST,
            "/Api/Bot/Slow/TwoFactorAuthentication",
            Some(json!({
                "shared_secret": "KDHC3rsY8+CmiswnXJcE5e5dRfd=",
                "identity_secret": "qrg+wW8/u/TDt2i/+FQuPhuVrmY="
            })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let waiting =
        json!({"Accept": true, "AcceptedCreatorIDs": [999_999_999_999u64], "WaitIfNeeded": true});
    let started = Instant::now();
    let slow: Vec<_> = (0..200)
        .map(|_| {
            let (url, body) = (
                t.url("/Api/Bot/Slow/TwoFactorAuthentication/Confirmations"),
                waiting.clone(),
            );
            tokio::spawn(async move {
                let response = http().post(url).json(&body).send().await.expect("POST");
                assert_eq!(response.status(), 200);
                Instant::now()
            })
        })
        .collect();
    // Once they are all in the backend, a request any other handler answers.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let asked = Instant::now();
    let (status, body) = t.call(Method::GET, "/Api/Storage/crowd", None).await;
    let answered = asked.elapsed();
    assert_eq!(status, 200, "{body}");
    let mut last = started;
    for request in slow {
        last = last.max(request.await.expect("task"));
    }
    let slow_took = last.duration_since(started);
    assert!(
        answered.as_secs_f64() < slow_took.as_secs_f64() / 4.0,
        "a storage read took {answered:?} while the slow requests took {slow_took:?}"
    );
}
