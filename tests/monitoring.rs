//! `GET /Api/metrics`: ASF's Monitoring plugin's metrics, read over HTTP as Prometheus reads
//! them, and scraped by a real Prometheus (Debian's `prometheus` package; the test says
//! `SKIPPED` without it unless `CI` is set).

use asf_ipc_test_support as common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use common::{TestServer, farming_bot, http, wait_for, write_bot, write_global_config};
use serde_json::{Value, json};

const PASSWORD: &str = "scrape-secret";

/// One sample line: labels and value.
type Sample = (BTreeMap<String, String>, f64);

/// Every sample of `name` in a text exposition, label values unescaped.
fn samples(text: &str, name: &str) -> Vec<Sample> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some(rest) = line.strip_prefix(name) else {
            continue;
        };
        let (labels, value) = if let Some(body) = rest.strip_prefix('{') {
            let (labels, after) = parse_labels(body);
            (labels, after)
        } else if rest.starts_with(' ') {
            (BTreeMap::new(), rest)
        } else {
            continue;
        };
        let value = value.split_whitespace().next().expect("a value");
        out.push((labels, value.parse().expect("a number")));
    }
    out
}

/// Reads `k="v",…}` and returns the labels and what follows the `}`.
fn parse_labels(body: &str) -> (BTreeMap<String, String>, &str) {
    let mut labels = BTreeMap::new();
    let mut chars = body.char_indices().peekable();
    loop {
        let (start, c) = chars.next().expect("label or }");
        if c == '}' {
            return (labels, &body[start + 1..]);
        }
        if c == ',' {
            continue;
        }
        let eq = body[start..].find('=').expect("=") + start;
        let key = body[start..eq].to_string();
        while chars.peek().is_some_and(|(i, _)| *i <= eq + 1) {
            chars.next();
        }
        let mut value = String::new();
        loop {
            let (_, c) = chars.next().expect("closing quote");
            match c {
                '"' => break,
                '\\' => match chars.next().expect("escaped char").1 {
                    'n' => value.push('\n'),
                    other => value.push(other),
                },
                other => value.push(other),
            }
        }
        labels.insert(key, value);
    }
}

fn value_of(text: &str, name: &str, wanted: &[(&str, &str)]) -> Option<f64> {
    samples(text, name)
        .into_iter()
        .find(|(labels, _)| {
            wanted
                .iter()
                .all(|(k, v)| labels.get(*k).map(String::as_str).unwrap_or("") == *v)
        })
        .map(|(_, v)| v)
}

/// Fetches the metrics: status, content type and body.
async fn scrape(t: &TestServer, accept: Option<&str>) -> (u16, String, String) {
    let mut request = http().get(t.url(&format!("/Api/metrics?password={PASSWORD}")));
    if let Some(accept) = accept {
        request = request.header("Accept", accept);
    }
    let response = request.send().await.expect("scrape");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().expect("ascii").to_string())
        .unwrap_or_default();
    (status, content_type, response.text().await.expect("body"))
}

async fn server_with_bots(names: &[(&str, Value)]) -> TestServer {
    let names: Vec<(String, Value)> = names
        .iter()
        .map(|(n, c)| (n.to_string(), c.clone()))
        .collect();
    TestServer::start_with_bots(move |dir| {
        write_global_config(json!({ "IPCPassword": PASSWORD }))(dir);
        for (name, config) in &names {
            write_bot(dir, name, config.clone());
        }
    })
    .await
}

async fn bots_json(t: &TestServer) -> Value {
    let response = http()
        .get(t.url("/Api/Bot/ASF"))
        .header("Authentication", PASSWORD)
        .send()
        .await
        .expect("GET /Api/Bot/ASF");
    let body: Value = response.json().await.expect("JSON");
    body["Result"].clone()
}

/// `asf_bots` by state as `GET /Api/Bot/ASF` shows the bots.
fn states_from_api(bots: &Value) -> BTreeMap<String, f64> {
    let bots = bots.as_object().expect("bots");
    let online = bots
        .values()
        .filter(|b| b["IsConnectedAndLoggedOn"] == true)
        .count();
    let farming = bots
        .values()
        .filter(|b| b["CardsFarmer"]["NowFarming"] == true)
        .count();
    BTreeMap::from([
        ("configured".to_string(), bots.len() as f64),
        ("online".to_string(), online as f64),
        ("offline".to_string(), (bots.len() - online) as f64),
        ("farming".to_string(), farming as f64),
    ])
}

/// A bot name with every character the exposition format must escape in a label value.
const HOSTILE: &str = r#"we"ird {x="1"},y"#;

/// A server with two farming bots (`Alpha` and [`HOSTILE`]) online and `Idle` disabled.
async fn two_online_one_idle() -> TestServer {
    let t = server_with_bots(&[
        ("Alpha", farming_bot("monitor-alpha")),
        (HOSTILE, farming_bot("monitor-hostile")),
        ("Idle", json!({ "Enabled": false })),
    ])
    .await;
    wait_for(10, "two bots online", || async {
        let bots = bots_json(&t).await;
        (states_from_api(&bots)["online"] == 2.0).then_some(())
    })
    .await;
    t
}

#[tokio::test]
async fn metrics_carry_asf_names_and_process_wide_values() {
    let t = two_online_one_idle().await;
    let (status, content_type, text) = scrape(&t, None).await;
    assert_eq!(status, 200, "{text}");
    assert_eq!(content_type, "text/plain; version=0.0.4; charset=utf-8");
    let scope = [
        ("otel_scope_name", "ArchiSteamFarm"),
        ("otel_scope_version", "6.3.9.6"),
    ];
    assert_eq!(
        value_of(
            &text,
            "asf_build_info",
            &[
                scope[0],
                scope[1],
                ("version", "6.3.9.6"),
                ("variant", "source")
            ]
        ),
        Some(1.0)
    );
    let runtime = samples(&text, "asf_runtime_info");
    assert_eq!(runtime.len(), 1, "{text}");
    for label in ["framework", "runtime", "operating_system"] {
        assert!(
            runtime[0].0.get(label).is_some_and(|v| !v.is_empty()),
            "{label}"
        );
    }
    assert_eq!(value_of(&text, "asf_ipc_banned_ips", &scope), Some(0.0));
    // The Monitoring plugin and the three official plugins a release bundles.
    assert_eq!(
        value_of(&text, "asf_active_plugins", &[("type", "")]),
        Some(4.0)
    );
    assert_eq!(
        value_of(&text, "asf_active_plugins", &[("type", "official")]),
        Some(4.0)
    );
    assert_eq!(
        value_of(&text, "asf_active_plugins", &[("type", "custom")]),
        Some(0.0)
    );
    assert_eq!(
        value_of(&text, "asf_bots", &[("state", "configured")]),
        Some(3.0)
    );
    assert_eq!(
        value_of(&text, "asf_bots", &[("state", "offline")]),
        Some(1.0)
    );
    assert!(text.contains("# TYPE process_cpu_seconds_total counter\n"));
    assert!(value_of(&text, "process_resident_memory_bytes", &[]).is_some_and(|v| v > 0.0));
    assert!(value_of(&text, "process_open_fds", &[]).is_some_and(|v| v > 0.0));
    assert!(value_of(&text, "process_start_time_seconds", &[]).is_some_and(|v| v > 1.7e9));
    assert!(!text.contains("# EOF"));
}

#[tokio::test]
async fn per_bot_metrics_carry_the_apis_values_and_escaped_names() {
    let t = two_online_one_idle().await;
    let (status, _, text) = scrape(&t, None).await;
    assert_eq!(status, 200, "{text}");
    // Per bot, with the values the API shows; the hostile name survives escaping intact.
    let bots = bots_json(&t).await;
    for name in ["Alpha", HOSTILE] {
        let bot = &bots[name];
        let id = bot["s_SteamID"].as_str().expect("id");
        let who = [("bot", name), ("steamid", id)];
        for family in [
            "asf_bot_friends",
            "asf_bot_clans",
            "asf_bot_farming_time_remaining_minutes",
            "asf_bot_heartbeat_failures",
            "asf_bot_bgr_keys_remaining",
        ] {
            assert!(
                value_of(&text, family, &who).is_some(),
                "{family} of {name}:\n{text}"
            );
        }
        let wallet: Vec<Sample> = samples(&text, "asf_bot_wallet_balance")
            .into_iter()
            .filter(|(l, _)| l["bot"] == name && l["steamid"] == id)
            .collect();
        assert_eq!(wallet.len(), 1, "{text}");
        assert_eq!(Some(wallet[0].1), bot["WalletBalance"].as_f64());
        let currency = &wallet[0].0["currency"];
        assert!(
            currency.len() == 3 && currency.chars().all(|c| c.is_ascii_uppercase()),
            "ECurrencyCode's name, not its number: {currency}"
        );
    }
    // Offline bots have no friends, clans or farming time, as in ASF.
    assert!(value_of(&text, "asf_bot_friends", &[("bot", "Idle")]).is_none());
    assert_eq!(
        value_of(
            &text,
            "asf_bot_heartbeat_failures",
            &[("bot", "Idle"), ("steamid", "0")]
        ),
        Some(0.0)
    );
    assert!(text.contains(r#"bot="we\"ird {x=\"1\"},y""#), "{text}");
}

#[tokio::test]
async fn openmetrics_is_served_when_asked_for() {
    let t = two_online_one_idle().await;
    // As Prometheus asks.
    let (status, content_type, om) = scrape(
        &t,
        Some("application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        content_type,
        "application/openmetrics-text; version=1.0.0; charset=utf-8"
    );
    assert!(om.ends_with("# EOF\n"));
    assert!(om.contains("# TYPE asf_bot_trades counter\n"));
    assert!(om.contains("# UNIT asf_bot_farming_time_remaining_minutes minutes\n"));
    assert!(om.contains("# TYPE target info\n"));
    assert!(om.contains(r#"bot="we\"ird {x=\"1\"},y""#));
}

#[tokio::test]
async fn a_transfer_counts_as_an_accepted_trade_of_the_receiving_bot() {
    let t = server_with_bots(&[
        ("Main", farming_bot("monitor-trade-main")),
        ("Other", farming_bot("monitor-trade-other")),
        ("Solo", farming_bot("monitor-trade-solo")),
    ])
    .await;
    let client = asf_ipc_client::AsfClient::builder(t.base())
        .password(PASSWORD)
        .build()
        .expect("client");
    for bot in ["Main", "Other"] {
        wait_for(10, &format!("{bot} to have cards"), || async {
            let answer = client.command(&format!("inventory {bot}")).await.ok()?;
            let count: u64 = answer
                .rsplit(": ")
                .next()?
                .trim_end_matches(" assets")
                .parse()
                .ok()?;
            (count > 0).then_some(())
        })
        .await;
    }
    let before = client.metrics(false).await.expect("metrics");
    assert!(
        samples(&before, "asf_bot_trades_total").is_empty(),
        "{before}"
    );
    let cards: f64 = client
        .command("inventory Main")
        .await
        .expect("inventory")
        .rsplit(": ")
        .next()
        .and_then(|n| n.trim_end_matches(" assets").parse().ok())
        .expect("count");

    // Many offers at once, from two senders: each is counted once.
    let sends: Vec<_> = (0..12)
        .map(|i| {
            let client = client.clone();
            let sender = if i % 2 == 0 { "Main" } else { "Other" };
            async move {
                client
                    .command(&format!("transfer {sender} Solo"))
                    .await
                    .expect("transfer")
            }
        })
        .collect();
    for (i, answer) in futures::future::join_all(sends)
        .await
        .into_iter()
        .enumerate()
    {
        let sender = if i % 2 == 0 { "Main" } else { "Other" };
        assert_eq!(answer, format!("<{sender}> Trade offer sent successfully!"));
    }
    let text = client.metrics(false).await.expect("metrics");
    let solo = [("bot", "Solo")];
    for (result, count) in [
        ("accepted", 12.0),
        ("confirmed", 12.0),
        ("rejected", 0.0),
        ("ignored", 0.0),
        ("blacklisted", 0.0),
    ] {
        assert_eq!(
            value_of(
                &text,
                "asf_bot_trades_total",
                &[solo[0], ("result", result)]
            ),
            Some(count),
            "{result}:\n{text}"
        );
    }
    let received = value_of(&text, "asf_bot_items_received_total", &solo).expect("received");
    assert!(received >= 6.0 * cards, "{received} of 6 × {cards}");
    assert_eq!(
        value_of(&text, "asf_bot_items_given_total", &solo),
        Some(0.0)
    );
    // The senders' offers are outgoing: ASF counts only offers a bot settles.
    for sender in ["Main", "Other"] {
        assert!(value_of(&text, "asf_bot_trades_total", &[("bot", sender)]).is_none());
    }
}

#[tokio::test]
async fn every_request_is_counted_once_refusals_and_parallel_ones_included() {
    let t = server_with_bots(&[]).await;
    let client = http();
    let get = |path: &str, password: bool| {
        let mut request = client.get(t.url(path));
        if password {
            request = request.header("Authentication", PASSWORD);
        }
        request.send()
    };
    for _ in 0..3 {
        assert_eq!(get("/Api/ASF", false).await.expect("401").status(), 401);
    }
    // Many clients at once: each request is counted exactly once.
    let parallel: Vec<_> = (0..40).map(|_| get("/api/asf", true)).collect();
    for response in futures::future::join_all(parallel).await {
        assert_eq!(response.expect("200").status(), 200);
    }
    assert_eq!(
        get("/Api/NoSuchThing", true).await.expect("404").status(),
        404
    );
    assert_eq!(
        get("/Api/Bot/x/Start", true).await.expect("405").status(),
        405
    );
    assert_eq!(get("/HealthCheck", false).await.expect("200").status(), 200);

    // A request is counted when its response has been sent, which may be a moment after the
    // client has read it: scrape until all 46 are in, then check each was counted once.
    let text = wait_for(10, "every request to be counted", || async {
        let (_, _, text) = scrape(&t, None).await;
        let counted: f64 = samples(&text, "http_server_request_duration_seconds_count")
            .iter()
            .filter(|(labels, _)| {
                labels.get("http_route").map(String::as_str) != Some("/Api/metrics")
            })
            .map(|(_, count)| count)
            .sum();
        (counted >= 46.0).then_some(text)
    })
    .await;
    let count = |status: &str, route: &str, method: &str| {
        value_of(
            &text,
            "http_server_request_duration_seconds_count",
            &[
                ("otel_scope_name", "Microsoft.AspNetCore.Hosting"),
                ("http_request_method", method),
                ("http_response_status_code", status),
                ("http_route", route),
                ("network_protocol_version", "1.1"),
                ("url_scheme", "http"),
            ],
        )
    };
    assert_eq!(count("401", "/Api/ASF", "GET"), Some(3.0), "{text}");
    assert_eq!(count("200", "/Api/ASF", "GET"), Some(40.0), "{text}");
    // No route matched: no `http_route`, as ASP.NET reports requests no endpoint took.
    assert_eq!(count("404", "", "GET"), Some(1.0), "{text}");
    assert_eq!(count("405", "", "GET"), Some(1.0), "{text}");
    assert_eq!(count("200", "", "GET"), Some(1.0), "{text}");
    let infinity = value_of(
        &text,
        "http_server_request_duration_seconds_bucket",
        &[
            ("http_response_status_code", "200"),
            ("http_route", "/Api/ASF"),
            ("le", "+Inf"),
        ],
    );
    assert_eq!(infinity, Some(40.0));
    // The scrape itself is still in flight while it is written.
    assert_eq!(
        value_of(
            &text,
            "http_server_active_requests",
            &[("http_request_method", "GET"), ("url_scheme", "http")]
        ),
        Some(1.0)
    );
}

#[tokio::test]
async fn metrics_need_the_password_like_every_api_route() {
    let t = server_with_bots(&[]).await;
    for url in [t.url("/Api/metrics"), t.url("/api/METRICS?password=wrong")] {
        let response = http().get(url).send().await.expect("answer");
        assert_eq!(response.status(), 401);
        let body: Value = response.json().await.expect("envelope");
        assert_eq!(body["Success"], false);
    }
    let client = asf_ipc_client::AsfClient::builder(t.base())
        .password("wrong")
        .build()
        .expect("client");
    assert!(matches!(
        client.metrics(false).await,
        Err(asf_ipc_client::Error::WrongPassword { .. })
    ));
}

#[tokio::test]
async fn plugins_lists_the_monitoring_plugin_as_asf_does() {
    let t = server_with_bots(&[]).await;
    let list = |query: &'static str| {
        let url = t.url(&format!("/Api/Plugins{query}"));
        async move {
            let response = http()
                .get(url)
                .header("Authentication", PASSWORD)
                .send()
                .await
                .expect("plugins");
            assert_eq!(response.status(), 200);
            let body: Value = response.json().await.expect("JSON");
            body["Result"].clone()
        }
    };
    // The Monitoring plugin among the official ones a release bundles.
    let monitoring = json!([
        { "Name": "ItemsMatcherPlugin", "Version": "6.3.9.6" },
        { "Name": "MobileAuthenticatorPlugin", "Version": "6.3.9.6" },
        { "Name": "MonitoringPlugin", "Version": "6.3.9.6" },
        { "Name": "SteamTokenDumperPlugin", "Version": "6.3.9.6" }
    ]);
    assert_eq!(list("").await, monitoring);
    assert_eq!(list("?custom=false").await, monitoring);
    assert_eq!(list("?official=false").await, json!([]));
    assert_eq!(list("?official=false&custom=false").await, json!([]));
}

/// A program of Debian's `prometheus` package, or `None` (the test then skips, unless `CI`).
fn prometheus_tool(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        common::cannot_run(
            "the Prometheus tests",
            &format!("{name} is missing (apt-get install prometheus)"),
        );
    }
    found
}

/// A Prometheus server that is stopped when dropped.
struct Prometheus {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Prometheus {
    fn start(binary: &PathBuf, config: &str) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        std::fs::write(dir.path().join("prometheus.yml"), config).expect("config");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let child = Command::new(binary)
            .arg(format!(
                "--config.file={}",
                dir.path().join("prometheus.yml").display()
            ))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.path().join("data").display()
            ))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("prometheus starts");
        Self {
            child,
            port,
            _dir: dir,
        }
    }

    async fn api(&self, path: &str, query: &[(&str, &str)]) -> Option<Value> {
        let response = http()
            .get(format!("http://127.0.0.1:{}/api/v1/{path}", self.port))
            .query(query)
            .send()
            .await
            .ok()?;
        let body: Value = response.json().await.ok()?;
        (body["status"] == "success").then(|| body["data"].clone())
    }

    async fn target(&self, job: &str) -> Option<Value> {
        let targets = self.api("targets", &[]).await?;
        targets["activeTargets"]
            .as_array()?
            .iter()
            .find(|t| t["labels"]["job"] == job)
            .cloned()
    }

    /// The instant vector of `query`: labels and value per series.
    async fn query(&self, query: &str) -> Vec<(Value, f64)> {
        let Some(data) = self.api("query", &[("query", query)]).await else {
            return Vec::new();
        };
        data["result"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| {
                let value = s["value"][1].as_str()?.parse().ok()?;
                Some((s["metric"].clone(), value))
            })
            .collect()
    }
}

/// A server with three farming bots, a disabled one and one without a password, and a second
/// one for a wrong password, both scraped every second by a real Prometheus; `None` when
/// Prometheus is not installed.
async fn scraped_servers() -> Option<(TestServer, TestServer, Prometheus)> {
    let prometheus_binary = prometheus_tool("prometheus")?;
    let t = TestServer::start_custom(
        |dir| {
            write_global_config(json!({ "IPCPassword": PASSWORD }))(dir);
            for name in ["Farmer1", "Farmer2", "Farmer3"] {
                write_bot(dir, name, farming_bot(&format!("prom-{name}")));
            }
            write_bot(dir, "Disabled", json!({ "Enabled": false }));
            write_bot(
                dir,
                "NoPassword",
                json!({ "Enabled": true, "SteamLogin": "prom-x" }),
            );
        },
        // Logons within a second; farming then lasts for minutes, so the states hold still.
        |options| options.simulation_speed = 60.0,
        common::loopback_ephemeral(),
    )
    .await;
    // A second instance for the wrong password: its refusals (and the ban they lead to)
    // must not touch the first one.
    let other = server_with_bots(&[]).await;
    let config = format!(
        "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n\
         \x20 - job_name: asf\n    metrics_path: /Api/metrics\n    params:\n      password: ['{PASSWORD}']\n\
         \x20   static_configs:\n      - targets: ['{}']\n\
         \x20 - job_name: asf-wrong-password\n    metrics_path: /Api/metrics\n    params:\n      password: ['not-the-password']\n\
         \x20   static_configs:\n      - targets: ['{}']\n",
        t.addr(),
        other.addr()
    );
    let prometheus = Prometheus::start(&prometheus_binary, &config);
    Some((t, other, prometheus))
}

#[tokio::test]
async fn a_real_prometheus_scrapes_the_metrics() {
    let Some((t, _other, prometheus)) = scraped_servers().await else {
        return;
    };
    let up = wait_for(30, "the asf target to be up", || async {
        let target = prometheus.target("asf").await?;
        (target["health"] == "up").then_some(target)
    })
    .await;
    assert_eq!(up["lastError"], "");
    let down = wait_for(30, "the wrong-password target to be down", || async {
        let target = prometheus.target("asf-wrong-password").await?;
        (target["health"] == "down").then_some(target)
    })
    .await;
    assert!(
        down["lastError"]
            .as_str()
            .is_some_and(|e| e.contains("401")),
        "{down}"
    );

    // `asf_bots` by state is what `GET /Api/Bot/ASF` shows.
    wait_for(30, "asf_bots to match the API", || async {
        let expected = states_from_api(&bots_json(&t).await);
        if expected["online"] != 3.0 || expected["farming"] != 3.0 {
            return None;
        }
        let scraped: BTreeMap<String, f64> = prometheus
            .query(r#"asf_bots{job="asf"}"#)
            .await
            .into_iter()
            .map(|(m, v)| (m["state"].as_str().unwrap_or("").to_string(), v))
            .collect();
        (scraped == expected).then_some(())
    })
    .await;
    let remaining: Vec<String> = prometheus
        .query(r#"asf_bot_farming_time_remaining_minutes{job="asf"} > 0"#)
        .await
        .into_iter()
        .map(|(m, _)| m["bot"].as_str().unwrap_or("").to_string())
        .collect();
    let mut remaining = remaining;
    remaining.sort();
    assert_eq!(remaining, ["Farmer1", "Farmer2", "Farmer3"]);
}

#[tokio::test]
async fn prometheus_sees_the_histogram_count_exactly_the_requests_made() {
    let Some((t, _other, prometheus)) = scraped_servers().await else {
        return;
    };
    // Nothing else asks for `/Api/ASF` here.
    let client = http();
    for _ in 0..5 {
        let response = client
            .get(t.url("/Api/ASF"))
            .header("Authentication", PASSWORD)
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 200);
    }
    for _ in 0..2 {
        let response = client.get(t.url("/Api/ASF")).send().await.expect("GET");
        assert_eq!(response.status(), 401);
    }
    for (status, expected) in [("200", 5.0), ("401", 2.0)] {
        let query = format!(
            r#"sum(http_server_request_duration_seconds_count{{job="asf",http_route="/Api/ASF",http_request_method="GET",http_response_status_code="{status}"}})"#
        );
        wait_for(
            30,
            &format!("{expected} requests answered {status}"),
            || async {
                let found = prometheus.query(&query).await;
                (found.first().map(|(_, v)| *v) == Some(expected)).then_some(())
            },
        )
        .await;
    }
}

/// What `promtool check metrics` says of `exposition`: its exit status and its remarks.
fn promtool_check(
    promtool: &std::path::Path,
    exposition: &str,
) -> (std::process::ExitStatus, String) {
    let mut check = Command::new(promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool starts");
    {
        use std::io::Write;
        check
            .stdin
            .take()
            .expect("stdin")
            .write_all(exposition.as_bytes())
            .expect("write");
    }
    let output = check.wait_with_output().expect("promtool runs");
    let remarks = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status, remarks)
}

#[tokio::test]
async fn promtool_accepts_the_exposition() {
    let Some(promtool) = prometheus_tool("promtool") else {
        return;
    };
    let t = two_online_one_idle().await;
    // Its one remark is about ASF's own name, kept for compatibility: a gauge in minutes
    // rather than the base unit seconds.
    let (_, _, text) = scrape(&t, None).await;
    let (status, remarks) = promtool_check(&promtool, &text);
    let unexpected: Vec<&str> = remarks
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter(|l| {
            *l != r#"asf_bot_farming_time_remaining_minutes use base unit "seconds" instead of "minutes""#
        })
        .collect();
    assert!(
        status.success() || (status.code() == Some(3) && unexpected.is_empty()),
        "promtool check metrics: {status:?}\n{remarks}"
    );
}

/// ASF's dashboard as this repository keeps it (`src/http/monitoring_plugin/`).
fn official_dashboard() -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/http/monitoring_plugin/grafana-dashboard.json");
    std::fs::read(path).expect("the dashboard")
}

/// `ArchiSteamFarm.OfficialPlugins.Monitoring/MonitoringPlugin.cs` is an `IWebInterface` whose
/// `www/` (with `grafana-dashboard.json`) is hosted at `/`, and `IPC/ArchiKestrel.cs` serves
/// plugins' static files before the web root: the dashboard comes byte for byte, without the
/// password (it is outside `/Api`), whether the web root is the built-in UI or a user's `www/`
/// (even one with a file of the same name).
#[tokio::test]
async fn the_grafana_dashboard_is_served_as_the_monitoring_plugin_serves_it() {
    let expected = official_dashboard();
    let built_in = server_with_bots(&[]).await;
    let users_www = TestServer::start_with(|dir| {
        write_global_config(json!({ "IPCPassword": PASSWORD }))(dir);
        std::fs::create_dir_all(dir.join("www")).expect("www");
        std::fs::write(dir.join("www/index.html"), "<p>mine</p>").expect("index");
        std::fs::write(dir.join("www/grafana-dashboard.json"), "{}").expect("shadow");
    })
    .await;
    for t in [&built_in, &users_www] {
        for path in ["/grafana-dashboard.json", "/grafana-dashboard.json?x=1"] {
            let response = http().get(t.url(path)).send().await.expect("GET");
            assert_eq!(response.status(), 200, "{path}");
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .map(|v| v.to_str().expect("ascii").to_string())
            };
            assert_eq!(header("content-type").as_deref(), Some("application/json"));
            assert_eq!(header("cache-control").as_deref(), Some("no-cache, public"));
            assert!(header("etag").is_some());
            let body = response.bytes().await.expect("body");
            assert!(body[..] == expected[..], "the dashboard, byte for byte");
        }
        let head = http()
            .head(t.url("/grafana-dashboard.json"))
            .send()
            .await
            .expect("HEAD");
        assert_eq!(head.status(), 200);
        assert_eq!(
            head.headers()["content-length"],
            expected.len().to_string().as_str()
        );
        // Only the exact name: file names are case-sensitive, as on ASF's Linux builds.
        let other = http()
            .get(t.url("/Grafana-Dashboard.json"))
            .send()
            .await
            .expect("GET");
        assert_eq!(other.status(), 404);
    }
    let dashboard: Value = serde_json::from_slice(&expected).expect("JSON");
    assert_eq!(dashboard["title"], "ArchiSteamFarm");
}

/// `MonitoringPlugin.cs` maps the scrape endpoint with OpenTelemetry's
/// `MapPrometheusScrapingEndpoint`, a request delegate with no method metadata, and the
/// exporter's middleware never looks at the method: `/Api/metrics` answers every method (after
/// the password check, as every `/Api` path), and is counted under the method asked with.
#[tokio::test]
async fn metrics_answer_every_method_as_the_scrape_endpoint_is_mapped() {
    let t = server_with_bots(&[]).await;
    let client = http();
    let url = t.url(&format!("/Api/metrics?password={PASSWORD}"));
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"] {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let response = client
            .request(method.clone(), &url)
            .header("Content-Type", "application/json")
            .body(r#"{"ignored":true}"#)
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 200, "{method}");
        assert_eq!(
            response.headers()["content-type"],
            "text/plain; version=0.0.4; charset=utf-8",
            "{method}"
        );
        let text = response.text().await.expect("body");
        assert!(text.contains("\nasf_bots{"), "{method}: {text}");
    }
    let head = client.head(&url).send().await.expect("HEAD");
    assert_eq!(head.status(), 200);
    assert_eq!(
        head.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    assert!(head.bytes().await.expect("body").is_empty());
    // The password is still asked for, whatever the method.
    let refused = client
        .post(t.url("/Api/metrics"))
        .send()
        .await
        .expect("answer");
    assert_eq!(refused.status(), 401);

    let text = wait_for(10, "the POST scrape to be counted", || async {
        let (_, _, text) = scrape(&t, None).await;
        value_of(
            &text,
            "http_server_request_duration_seconds_count",
            &[
                ("http_request_method", "POST"),
                ("http_response_status_code", "200"),
                ("http_route", "/Api/metrics"),
            ],
        )
        .is_some()
        .then_some(text)
    })
    .await;
    assert_eq!(
        value_of(
            &text,
            "http_server_request_duration_seconds_count",
            &[
                ("http_request_method", "_OTHER"),
                ("http_response_status_code", "200"),
                ("http_route", "/Api/metrics"),
            ],
        ),
        Some(1.0),
        "{text}"
    );
}

/// A scrape over a connection of its own, closed after the answer.
async fn scrape_alone(t: &TestServer) -> String {
    let answer = common::raw(
        t.addr(),
        &format!(
            "GET /Api/metrics?password={PASSWORD} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        ),
    )
    .await;
    answer
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default()
}

/// ASP.NET Core's Kestrel meter (`KestrelMetrics.cs`, `kestrel.active_connections`, which
/// ASF's plugin exports through `AddAspNetCoreInstrumentation`): the connections being served,
/// by their local end, idle keep-alive connections and websockets included; a closed one
/// stops counting.
#[tokio::test]
async fn kestrel_active_connections_counts_the_connections_being_served() {
    let t = server_with_bots(&[]).await;
    let port = t.addr().port().to_string();
    let labels = [
        ("otel_scope_name", "Microsoft.AspNetCore.Server.Kestrel"),
        ("network_transport", "tcp"),
        ("network_type", "ipv4"),
        ("server_address", "127.0.0.1"),
        ("server_port", port.as_str()),
    ];
    let active = |text: &str| value_of(text, "kestrel_active_connections", &labels);
    let idle: Vec<tokio::net::TcpStream> =
        futures::future::join_all((0..5).map(|_| tokio::net::TcpStream::connect(t.addr())))
            .await
            .into_iter()
            .map(|c| c.expect("connect"))
            .collect();
    // Five idle connections and the scrape's own.
    let text = wait_for(10, "six active connections", || async {
        let text = scrape_alone(&t).await;
        (active(&text) == Some(6.0)).then_some(text)
    })
    .await;
    assert!(
        text.contains("# TYPE kestrel_active_connections gauge\n"),
        "{text}"
    );
    let series = samples(&text, "kestrel_active_connections");
    assert_eq!(series.len(), 1, "one local end: {text}");
    assert_eq!(
        series[0].0.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "network_transport",
            "network_type",
            "otel_scope_name",
            "server_address",
            "server_port"
        ]
    );
    drop(idle);
    wait_for(10, "only the scrape's connection", || async {
        (active(&scrape_alone(&t).await) == Some(1.0)).then_some(())
    })
    .await;
    // A connection upgraded to the log websocket is still open (Kestrel counts it until it
    // closes, as ASF-ui's log stays open).
    let (log, _) =
        tokio_tungstenite::connect_async(format!("ws://{}/Api/NLog?password={PASSWORD}", t.addr()))
            .await
            .expect("websocket handshake");
    wait_for(
        10,
        "the websocket's connection and the scrape's",
        || async { (active(&scrape_alone(&t).await) == Some(2.0)).then_some(()) },
    )
    .await;
    drop(log);
    wait_for(10, "the websocket's connection to end", || async {
        (active(&scrape_alone(&t).await) == Some(1.0)).then_some(())
    })
    .await;
}

/// Grafana's variables of the dashboard, resolved against Prometheus as Grafana resolves them:
/// query variables (`label_values(<selector>, <label>)`) from the series Prometheus holds,
/// several values as a regex alternation (`.*` when there are none), custom ones as their
/// current value.
async fn dashboard_variables(prometheus: &Prometheus, dashboard: &Value) -> Vec<(String, String)> {
    let mut variables = vec![
        // What Grafana makes of it for a 1 s scrape interval (at least four scrapes), widened
        // for a loaded machine.
        ("__rate_interval".to_string(), "10s".to_string()),
    ];
    for variable in dashboard["templating"]["list"]
        .as_array()
        .expect("templating")
    {
        let name = variable["name"].as_str().expect("name").to_string();
        let value = match variable["type"].as_str() {
            Some("query") => {
                let definition =
                    substitute(variable["definition"].as_str().expect("query"), &variables);
                let inner = definition
                    .strip_prefix("label_values(")
                    .and_then(|d| d.strip_suffix(')'))
                    .expect("label_values(…)");
                let (selector, label) = inner.rsplit_once(',').expect("selector, label");
                let series = prometheus
                    .api("series", &[("match[]", selector.trim())])
                    .await
                    .unwrap_or_default();
                let mut values: Vec<String> = series
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s[label.trim()].as_str().map(str::to_string))
                    .collect();
                values.sort();
                values.dedup();
                match values.as_slice() {
                    [] => ".*".to_string(),
                    [one] => one.clone(),
                    many => format!("({})", many.join("|")),
                }
            }
            Some("custom") => variable["current"]["value"]
                .as_str()
                .expect("current value")
                .to_string(),
            _ => continue,
        };
        variables.push((name, value));
    }
    variables
}

/// `text` with `$name` and `${name}` replaced, longest names first.
fn substitute(text: &str, variables: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = variables.iter().collect();
    sorted.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    let mut out = text.to_string();
    for (name, value) in sorted {
        out = out.replace(&format!("${{{name}}}"), value);
        out = out.replace(&format!("${name}"), value);
    }
    out
}

/// Every panel of the dashboard: its row, a name (the title, or the first legend for the
/// untitled stat panels) and its queries.
fn dashboard_panels(dashboard: &Value) -> Vec<(String, String, Vec<String>)> {
    let mut panels = Vec::new();
    let mut row = "(top)".to_string();
    let mut pending: Vec<&Value> = dashboard["panels"]
        .as_array()
        .expect("panels")
        .iter()
        .rev()
        .collect();
    while let Some(panel) = pending.pop() {
        if panel["type"] == "row" {
            row = panel["title"].as_str().unwrap_or_default().to_string();
            // A collapsed row holds its panels.
            pending.extend(panel["panels"].as_array().into_iter().flatten().rev());
            continue;
        }
        let targets = panel["targets"].as_array().cloned().unwrap_or_default();
        let title = panel["title"].as_str().unwrap_or_default();
        let name = if title.is_empty() {
            targets[0]["legendFormat"].as_str().unwrap_or_default()
        } else {
            title
        };
        let queries = targets
            .iter()
            .filter_map(|t| t["expr"].as_str().map(str::to_string))
            .collect();
        panels.push((row.clone(), name.to_string(), queries));
    }
    panels
}

/// ASF's official Grafana dashboard
/// (`ArchiSteamFarm.OfficialPlugins.Monitoring/overlay/all/www/grafana-dashboard.json`), as
/// this server serves it, run through a real Prometheus that scrapes this server the way the
/// dashboard expects: every query with Grafana's variables resolved. Every panel has data
/// except those of the .NET runtime and of `HttpClient` (instruments of .NET itself) and the
/// two about unhandled exceptions, which in ASF too stay empty until a request throws.
#[tokio::test]
async fn asf_grafana_dashboard_has_data_in_every_panel_it_can() {
    let Some(prometheus_binary) = prometheus_tool("prometheus") else {
        return;
    };
    let t = TestServer::start_custom(
        |dir| {
            write_global_config(json!({ "IPCPassword": PASSWORD }))(dir);
            write_bot(dir, "Farmer", farming_bot("dashboard-farmer"));
            write_bot(dir, "Idle", json!({ "Enabled": false }));
        },
        |options| options.simulation_speed = 60.0,
        common::loopback_ephemeral(),
    )
    .await;
    let dashboard: Value = http()
        .get(t.url("/grafana-dashboard.json"))
        .send()
        .await
        .expect("the dashboard")
        .json()
        .await
        .expect("JSON");
    let config = format!(
        "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n\
         \x20 - job_name: asf\n    metrics_path: /Api/metrics\n    params:\n      password: ['{PASSWORD}']\n\
         \x20   static_configs:\n      - targets: ['{}']\n",
        t.addr()
    );
    let prometheus = Prometheus::start(&prometheus_binary, &config);
    wait_for(30, "the bot to be online", || async {
        (states_from_api(&bots_json(&t).await)["online"] == 1.0).then_some(())
    })
    .await;
    // Traffic for the request panels while the queries run (bounded: at most a minute).
    let traffic = {
        let url = t.url("/Api/ASF");
        tokio::spawn(async move {
            let client = http();
            for i in 0..600 {
                let mut request = client.get(&url);
                if i % 4 != 0 {
                    request = request.header("Authentication", PASSWORD);
                }
                let _ = request.send().await;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
        })
    };

    let without_data_in_asf_too = [
        "Total Unhandled Exceptions",
        "Top 10 Unhandled Exception Endpoints",
    ];
    let expected_to_have_data = |(row, name, _): &(String, String, Vec<String>)| {
        row != "Runtime"
            && row != "HTTP Client"
            && !without_data_in_asf_too.contains(&name.as_str())
    };
    let panels = dashboard_panels(&dashboard);
    assert!(
        panels.iter().filter(|p| expected_to_have_data(p)).count() >= 25,
        "{panels:?}"
    );
    // Queries over the last seconds need a few scrapes: asked again until all have data.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(40);
    let report = loop {
        let variables = dashboard_variables(&prometheus, &dashboard).await;
        let mut report = Vec::new();
        let mut missing = 0;
        for panel in &panels {
            let (row, name, queries) = panel;
            let mut has_data = false;
            for query in queries {
                has_data |= !prometheus
                    .query(&substitute(query, &variables))
                    .await
                    .is_empty();
            }
            let status = if has_data { "data" } else { "no data" };
            report.push(format!("{row} / {name}: {status}"));
            if expected_to_have_data(panel) && !has_data {
                missing += 1;
            }
        }
        let report = report.join("\n");
        if missing == 0 {
            break report;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{missing} panels without data:\n{report}"
        );
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    };
    traffic.abort();
    // Which panels have data, for the record.
    println!("{report}");
}

/// Kestrel tags a connection on a unix socket with `network.transport` `unix` and the socket's
/// path as `server.address`, and no port or address family (`KestrelMetrics.cs`).
#[tokio::test]
async fn kestrel_active_connections_names_a_unix_socket_by_its_path() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let t = TestServer::start_from_ipc_config(|dir| {
        let socket = dir.join("asf.sock");
        let config = json!({ "Kestrel": { "Endpoints": {
            "unix": { "Url": format!("http://unix:{}", socket.display()) }
        } } });
        std::fs::write(dir.join("config/IPC.config"), config.to_string()).expect("IPC.config");
    })
    .await;
    let socket = t.dir.path().join("asf.sock");
    let mut stream = tokio::net::UnixStream::connect(&socket)
        .await
        .expect("connect unix socket");
    stream
        .write_all(b"GET /Api/metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("read");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let series = samples(&answer, "kestrel_active_connections");
    let path = socket.display().to_string();
    let expected = BTreeMap::from(
        [
            ("otel_scope_name", "Microsoft.AspNetCore.Server.Kestrel"),
            ("network_transport", "unix"),
            ("server_address", path.as_str()),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    assert_eq!(series, [(expected, 1.0)], "{answer}");
}
